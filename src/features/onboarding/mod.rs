//! Onboarding (`/onboarding`): the gentle first questions, saved as she goes, finished once.

mod draft_sync;
mod page;
mod steps;
mod texts;

crate::app::chunks::chunk! {
    onboarding, texts: [
        texts::TEXTS,
        crate::features::profile::fields::texts::TEXTS,
        crate::i18n::shared::TEXTS,
    ] => {
        pub onboarding => page::Onboarding,
    }
}
