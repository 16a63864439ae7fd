//! 「送信待ち N件」 in the header: shown once anything waits to be sent. The button that counts
//! her writes and opens their list comes with the board's part (`outbox_toggle`), which most
//! writes are queued from.

use super::when::when;
use crate::pages::lazy::{lazy, outbox_toggle};
use crate::sync::outbox::use_outbox;
use leptos::prelude::*;

/// Whether her list of waiting writes is open (the list closes it when she fixes one).
#[derive(Clone, Copy)]
pub struct ListOpen(pub RwSignal<bool>);

#[component]
pub fn OutboxStatus() -> impl IntoView {
    let outbox = use_outbox();
    provide_context(ListOpen(RwSignal::new(false)));
    let any = Memo::new(move |_| outbox.holds_any());
    when(any.into(), || lazy(outbox_toggle).into_any())
}
