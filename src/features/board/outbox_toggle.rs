//! How many of her writes wait, as a button that opens their list: waiting ones, and those
//! that need her look (refused, or older than a day). Another person's queued writes are
//! not counted. Comes with the board's part, whose forms queue most writes.

use crate::features::board::texts;
use crate::i18n::context::use_i18n;
use crate::sync::outbox::use_outbox;
use crate::ui::when::when;
use leptos::prelude::*;

/// Whether her list of waiting writes is open (the list closes it when she fixes one).
#[derive(Clone, Copy)]
pub struct ListOpen(pub RwSignal<bool>);

#[component]
pub fn OutboxToggle() -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let open = RwSignal::new(false);
    provide_context(ListOpen(open));
    let counts = Memo::new(move |_| outbox.counts());
    let summary = move || {
        let (waiting, all) = counts.get();
        let returned = all.saturating_sub(waiting);
        let mut text = i18n.f(texts::OUTBOX_COUNT, &[("n", &waiting.to_string())]);
        if returned > 0 {
            text.push_str(" · ");
            text.push_str(&i18n.counted(texts::OUTBOX_RETURNED_COUNT, "n", returned));
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
                // (`outbox_list`): most visits never open it.
                {when(open.into(), || crate::app::chunks::lazy(super::outbox_list).into_any())}
            </div>
        </Show>
    }
}
