//! Onboarding (`/onboarding`): the gentle first questions, saved as she goes, finished once.

mod draft_sync;
mod page;
mod steps;
mod texts;

crate::app::chunks::chunk! {
    onboarding, texts: [
        texts,
        crate::features::profile::fields::texts,
        crate::i18n::shared,
    ] => {
        pub onboarding => page::Onboarding,
    }
}
