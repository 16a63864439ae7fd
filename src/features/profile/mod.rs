//! Profiles: わたしの強み (`/profile`, where she edits her answers), a worker's page and card
//! (`/workers/:id`), the coordinator's list of workers with endorsements, and her days off
//! (「今日は休みます」 on home, planned ones on her page), and the cards beside a thread: how
//! the other side works and when they can be reached; and her weekly look back (`look_back`).

mod availability_view;
mod career_paths;
mod days_off_editor;
mod days_off_words;
mod direction_view;
mod endorse_form;
pub mod fields;
mod look_back;
mod my_contact_card;
mod my_profile;
mod named_list_editor;
mod resume;
mod strengths_chart;
mod texts;
mod thread_contacts;
mod today_off;
mod worker;
mod worker_card;
mod worker_list;

crate::app::chunks::chunk! {
    profile, texts: [texts, fields::texts, crate::i18n::shared, look_back] => {
        pub my_profile => my_profile::MyProfile,
        pub worker => worker::WorkerPage,
        pub worker_card => worker_card::WorkerCard,
        // The coordinator's home: with the worker pages she opens from it.
        pub worker_list => worker_list::WorkerList,
        // 「今日は休みます」 on her home screen, and her weekly look back when it is due.
        pub today_off => today_off::TodayOnHome,
        // Her weekly look back, and on the settings page the weekday it is offered from (a
        // chunk of its own, as the card below: the settings page needs no more of the profiles).
        pub look_back => look_back::page::LookBackPage,
        pub look_back_day => look_back::day_setting::LookBackDay [in profile_look_back_day],
        // Beside a card's thread: the other side's card and hints for the comment box; its own
        // chunk, so a card page does not wait for the rest of the profiles to draw it.
        pub thread_contacts => thread_contacts::ThreadContacts [in profile_thread_contacts],
        // A coordinator's own card, on the settings page.
        pub my_contact_card => my_contact_card::MyContactCard [in profile_contact_card],
    }
}

// The outbox's 「直す」 puts a refused look back's answers back for its page.
pub use look_back::keep_draft as keep_look_back_draft;

// The component tests draw it (tests/web.rs).
pub use strengths_chart::StrengthsChart;
