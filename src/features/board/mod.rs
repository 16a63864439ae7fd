//! The challenge board (`/board`): her requests in columns, one challenge with its comments, a
//! new request, and 「送信待ち」, her writes waiting to be sent (most are queued from here).
//! Each is a chunk of its own: a coordinator's deep link to the board fetches the columns' code
//! (and the header's 「送信待ち」 button), not the card page's, the form's and the outbox list's.

mod challenge;
mod last_seen;
mod move_control;
mod new_request;
mod outbox_list;
mod outbox_toggle;
mod page;
mod texts;

use crate::app::chunks::PageLoad;

crate::app::chunks::chunk! {
    board, texts: [texts, crate::i18n::shared] => {
        columns => page::Board,
        request_form => new_request::RequestForm [in board_new_request],
        card_page => challenge::ChallengePage [in board_challenge],
        pub outbox_list => outbox_list::OutboxList [in board_outbox_list],
        pub outbox_toggle => outbox_toggle::OutboxToggle [in board_outbox],
    }
}

/// The board's columns (`/board`).
pub fn board() -> PageLoad {
    with_what_it_leads_to(columns, &[outbox_toggle])
}

/// A new request (`/board/new`).
pub fn new_request() -> PageLoad {
    with_what_it_leads_to(request_form, &[columns, outbox_toggle])
}

/// One challenge with its comments (`/board/:id`).
pub fn challenge() -> PageLoad {
    with_what_it_leads_to(card_page, &[columns, outbox_toggle])
}

/// A board page arrives with what it leads to while she may be offline: the header's
/// 「送信待ち」 button, which shows a write she queues there, and the columns, where a sent
/// request or a withdrawal takes her. A deep link to `/board` fetches the columns alone.
fn with_what_it_leads_to(page: fn() -> PageLoad, also: &'static [fn() -> PageLoad]) -> PageLoad {
    Box::pin(async move {
        let others = futures_util::future::join_all(also.iter().map(|load| load()));
        let (page, others) = futures_util::future::join(page(), others).await;
        for other in others {
            other?;
        }
        page
    })
}

crate::split! {
    board => pub fn rehearse() -> () {
        crate::i18n::add(chunk_texts());
        page::rehearse()
    }
}
