//! Settings (`/settings`): language, this device, her data (her record to take with her, or
//! her account deleted) and signing out; and the sign-in-again
//! dialog, which only a company backend's 401 asks for (her session, like signing out).

mod confirm_step;
mod install_hint;
mod my_data;
mod page;
mod sign_in_dialog;
mod texts;

crate::app::chunks::chunk! {
    settings, texts: [texts::TEXTS] => {
        pub settings => page::Settings,
        pub sign_in_dialog => sign_in_dialog::SignInDialog,
    }
}
