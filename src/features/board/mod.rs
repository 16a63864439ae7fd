//! The challenge board (`/board`): her requests in columns, one challenge with its comments, a
//! new request, and 「送信待ち」, her writes waiting to be sent (most are queued from here).

mod challenge;
mod move_control;
mod new_request;
mod outbox_list;
mod outbox_toggle;
mod page;
mod texts;

crate::app::chunks::chunk! {
    board, texts: [texts, crate::i18n::shared] => {
        pub board => page::Board,
        pub new_request => new_request::RequestForm,
        pub challenge => challenge::ChallengePage,
        pub outbox_list => outbox_list::OutboxList,
        pub outbox_toggle => outbox_toggle::OutboxToggle,
    }
}

crate::split! {
    board => pub fn rehearse() -> () {
        crate::i18n::add(chunk_texts());
        page::rehearse()
    }
}
