//! 今週できたこと (`/look-back`): her one-minute weekly look back. Home offers it on the
//! weekday she picked (`offer`, drawn by the profile's chunk with 「今日は休みます」), she answers two or three short questions, accepts or dismisses
//! each suggestion with one tap (`page`), and it joins her growth timeline; the day is hers to
//! pick in settings (`day_setting`). The rules are in `okaeri_core::domain::look_back`.

mod day_setting;
mod draft;
mod offer;
mod page;
mod texts;

// Drawn on home beside 「今日は休みます」, from the profile's chunk (which carries these texts
// too): home then loads one chunk, not two.
pub use offer::LookBackOffer;
pub use texts::TEXTS;
// The outbox's 「直す」 puts a refused look back's answers back for the page.
pub use draft::keep as keep_draft;

crate::app::chunks::chunk! {
    look_back, texts: [texts::TEXTS, crate::i18n::shared::TEXTS] => {
        pub page => page::LookBackPage,
        // On the settings page: the weekday it is offered from.
        pub day_setting => day_setting::LookBackDay,
    }
}
