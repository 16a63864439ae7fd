//! The challenge board (`/board`): her requests in columns, one challenge with its comments, a
//! new request, and 「送信待ち」, her writes waiting to be sent (most are queued from here).
//! Each is a chunk of its own: a coordinator's deep link to the board fetches the columns' code,
//! not the card page's, the form's, the outbox list's or the header's 「送信待ち」 button's.

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
    with_what_it_leads_to(columns, &[])
}

/// A new request (`/board/new`).
pub fn new_request() -> PageLoad {
    with_what_it_leads_to(request_form, &[columns])
}

/// One challenge with its comments (`/board/:id`).
pub fn challenge() -> PageLoad {
    with_what_it_leads_to(card_page, &[columns])
}

/// A board page arrives with the columns, where a sent request or a withdrawal takes her while
/// she may be offline. The header's 「送信待ち」 button, which shows a write she queues there,
/// follows once the first screen is complete: on a deep link the page's own code and data
/// have the line to themselves (`platform::first_screen`), as for the outbox's sending code.
fn with_what_it_leads_to(page: fn() -> PageLoad, also: &'static [fn() -> PageLoad]) -> PageLoad {
    Box::pin(async move {
        wasm_bindgen_futures::spawn_local(async {
            crate::platform::first_screen::complete().await;
            // If it cannot come now (offline), the header asks for it again when it has a
            // write to show (`app::outbox_status`).
            let _ = outbox_toggle().await;
        });
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
