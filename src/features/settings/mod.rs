//! Settings (`/settings`): language (and the glossary of terms, `/glossary`), this device, her data (her record to take with her, or
//! her account deleted) and signing out; and the sign-in-again
//! dialog, which only a company backend's 401 asks for (her session, like signing out).

mod confirm_step;
mod glossary;
mod install_hint;
mod my_data;
mod page;
mod sign_in_dialog;
mod texts;

crate::app::chunks::chunk! {
    settings, texts: [texts, crate::i18n::glossary] => {
        pub settings => page::Settings,
        pub glossary => glossary::Glossary,
        pub sign_in_dialog => sign_in_dialog::SignInDialog,
    }
}
