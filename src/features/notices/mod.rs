//! お知らせ (`/notifications`): what concerns her, newest first, read on any device; and, on
//! the settings page, when each kind may interrupt her. The unread count on the navigation is
//! drawn by the shell and kept fresh from here (`keep_count`, started once the app has settled:
//! `app::chunks::warm_up`), so this chunk is not part of the first screen.

mod counter;
mod device_section;
mod inbox;
mod push_words;
mod sentence;
mod settings_section;
mod target;
mod texts;
mod unread;

crate::app::chunks::chunk! {
    notices, texts: [texts, crate::i18n::shared] => {
        pub inbox => inbox::Inbox,
        pub notice_settings => settings_section::NoticeSettingsSection,
    }
}

crate::split! {
    notices =>
    /// Keeps her unread count fresh from now on (see `counter`).
    pub fn keep_count(app: crate::app::state::AppState) -> () {
        // The count's words come with this chunk, as its pages' do.
        crate::i18n::add(chunk_texts());
        counter::keep_count(app)
    }
}

crate::split! {
    notices =>
    /// She has opened a card: its notices are read everywhere (see `counter`).
    pub fn seen(app: crate::app::state::AppState, challenge_id: String) -> () {
        counter::seen(app, challenge_id)
    }
}
