//! An act that cannot be undone (logging out wipes the device; deleting her account removes
//! everything), asked for twice: a first button, then what will be lost — with how many of
//! her writes are still unsent — and 「やめる」 beside the act itself.

use crate::features::settings::texts;
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use crate::sync::outbox::use_outbox;
use leptos::prelude::*;

#[component]
pub fn ConfirmStep(
    /// The first button's text, and its class (`secondary`, or `danger` for the gravest).
    ask: &'static str,
    ask_class: &'static str,
    /// What will be lost, said before it is.
    warning: &'static str,
    /// The second button's text.
    act: &'static str,
    #[prop(into)] busy: Signal<bool>,
    #[prop(into)] on_act: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let pending = move || outbox.waiting();
    let confirming = RwSignal::new(false);
    view! {
        <Show when=move || confirming.get() fallback=move || view! {
            <button type="button" class=format!("button {ask_class}") on:click=move |_| confirming.set(true)>{i18n.v(ask)}</button>
        }>
            <p role="alert">{i18n.v(warning)}
                <Show when=move || { pending() > 0 }>
                    " "<strong>{move || i18n.counted(texts::SETTINGS_SIGN_OUT_PENDING, "n", pending())}</strong>
                </Show>
            </p>
            <div class="actions">
                <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>{i18n.v(common::COMMON_CANCEL)}</button>
                <button type="button" class="button danger" prop:disabled=move || busy.get() on:click=move |_| on_act.run(())>{i18n.v(act)}</button>
            </div>
        </Show>
    }
}
