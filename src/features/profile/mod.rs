//! Profiles: わたしの強み (`/profile`, where she edits her answers), a worker's page and card
//! (`/workers/:id`), and the coordinator's list of workers with endorsements.

mod availability_view;
mod direction_view;
mod endorse_form;
pub mod fields;
mod my_profile;
mod strengths_chart;
mod texts;
mod worker;
mod worker_card;
mod worker_list;

crate::app::chunks::chunk! {
    profile, texts: [texts::TEXTS, fields::texts::TEXTS, crate::i18n::shared::TEXTS] => {
        pub my_profile => my_profile::MyProfile,
        pub worker => worker::WorkerPage,
        pub worker_card => worker_card::WorkerCard,
        // The coordinator's home: with the worker pages she opens from it.
        pub worker_list => worker_list::WorkerList,
    }
}

// The component tests draw it (tests/web.rs).
pub use strengths_chart::StrengthsChart;
