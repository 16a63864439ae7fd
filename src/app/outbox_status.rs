//! 「送信待ち N件」 in the header: shown once anything waits to be sent. The button that counts
//! her writes and opens their list comes with the board's part (`outbox_toggle`), which most
//! writes are queued from.

use crate::app::chunks::lazy;
use crate::features::board::outbox_toggle;
use crate::sync::outbox::use_outbox;
use crate::ui::when::when;
use leptos::prelude::*;

#[component]
pub fn OutboxStatus() -> impl IntoView {
    let outbox = use_outbox();
    let any = Memo::new(move |_| outbox.holds_any());
    when(any.into(), || lazy(outbox_toggle).into_any())
}
