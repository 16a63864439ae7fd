//! The plain Japanese tables of every part of the texts, with the code that draws their
//! furigana and terms: one chunk, fetched only when she reads in やさしい日本語
//! (`i18n::plain`).

use crate::features::{board, home, notices, onboarding, profile, settings};
use crate::i18n::plain::PlainLoad;
use crate::i18n::{common, Table};

/// Every part's plain table: the first screen's, then each chunk's (`texts_check` holds this
/// list to every part there is).
pub(crate) fn tables() -> [&'static [Table]; 6] {
    static FIRST_SCREEN: [Table; 3] = [common::PLAIN, crate::app::texts::PLAIN, home::texts::PLAIN];
    [
        &FIRST_SCREEN,
        board::chunk_plain(),
        profile::chunk_plain(),
        onboarding::chunk_plain(),
        settings::chunk_plain(),
        notices::chunk_plain(),
    ]
}

crate::split! {
    plain_texts => fn install() -> () {
        crate::i18n::plain::install(&tables())
    }
}

/// Fetches the chunk and installs its tables (`I18n::start`).
pub fn load() -> PlainLoad {
    Box::pin(install())
}
