//! How many of her writes wait, as a button that opens their list: waiting ones, and those
//! that need her look (refused, or older than a day). Another person's queued writes are
//! not counted. Comes with the board's part, whose forms queue most writes.

use super::outbox_status::ListOpen;
use super::when::when;
use crate::i18n::context::use_i18n;
use crate::sync::outbox::use_outbox;
use leptos::prelude::*;

#[component]
pub fn OutboxToggle() -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let open = use_context::<ListOpen>().map_or_else(|| RwSignal::new(false), |o| o.0);
    let counts = Memo::new(move |_| outbox.counts());
    let summary = move || {
        let (waiting, all) = counts.get();
        let returned = all.saturating_sub(waiting);
        let mut text = i18n.f("outbox.count", &[("n", &waiting.to_string())]);
        if returned > 0 {
            text.push_str(" · ");
            text.push_str(&i18n.f("outbox.returned_count", &[("n", &returned.to_string())]));
        }
        text
    };
    view! {
        <Show when=move || { counts.get().1 > 0 }>
            <div class="outbox-status">
                <button type="button" class="button secondary small outbox-toggle"
                    aria-expanded=move || open.get().to_string() aria-controls="outbox-list"
                    on:click=move |_| open.update(|o| *o = !*o)>
                    {summary}
                </button>
                // The list and what she can do with it come with the board's part
                // (`lazy::outbox_list`): most visits never open it.
                {when(open.into(), || crate::pages::lazy::lazy(crate::pages::lazy::outbox_list).into_any())}
            </div>
        </Show>
    }
}
