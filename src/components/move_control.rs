//! 「移動」: moving a card by tap or keyboard (a select, then a reason when pausing).
//! No dragging needed anywhere.

use crate::api::{ApiError, Versioned};
use crate::domain::challenge::{allowed_moves, Challenge, Status};
use crate::domain::worker::User;
use crate::i18n::context::use_i18n;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn MoveControl(
    card: Versioned<Challenge>,
    me: User,
    /// Called with the moved card (or None after a conflict reloaded the data).
    #[prop(into)]
    on_moved: Callback<Option<Versioned<Challenge>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let targets: Vec<Status> =
        if me.role == crate::domain::worker::Role::Worker && me.id != card.value.worker_id {
            Vec::new()
        } else {
            allowed_moves(me.role, card.value.status).to_vec()
        };
    let id = card.value.id.clone();
    let select_id = format!("move-{id}");
    let reason_id = format!("reason-{id}");
    let title = card.value.request.title.clone();
    let pending_pause = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let card = StoredValue::new(card);
    let act = Action::new_local(move |(to, why): &(Status, String)| {
        let client = app.client();
        let (to, why) = (*to, why.clone());
        let c = card.get_value();
        async move {
            (
                to,
                client.move_challenge(&c.value.id, to, &why, &c.etag).await,
            )
        }
    });
    let title_for_effect = title.clone();
    Effect::new(move |_| {
        let Some((to, result)) = act.value().get() else {
            return;
        };
        match result {
            Ok(moved) => {
                error.set(None);
                pending_pause.set(false);
                app.announce(i18n.f(
                    "move.done",
                    &[
                        ("title", &title_for_effect),
                        ("status", i18n.t(to.label_key())),
                    ],
                ));
                on_moved.run(Some(moved));
            }
            Err(ApiError::Conflict { .. }) => {
                error.set(Some("move.conflict"));
                app.announce(i18n.t("move.conflict"));
                on_moved.run(None);
            }
            Err(ApiError::Validation(e)) => error.set(Some(if e.get("reason").is_some() {
                "error.reason_required"
            } else {
                "error.move_not_allowed"
            })),
            Err(e) => error.set(Some(e.message_key())),
        }
    });
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let Some(to) = Status::from_id(&value) else {
            return;
        };
        if to == Status::Paused {
            pending_pause.set(true);
            crate::browser::dom::focus_by_id(&format!(
                "reason-{}",
                card.with_value(|c| c.value.id.clone())
            ));
            return;
        }
        if !act.pending().get_untracked() {
            act.dispatch((to, String::new()));
        }
    };
    if targets.is_empty() {
        return ().into_any();
    }
    let label = i18n.f("move.label_for", &[("title", &title)]);
    view! {
        <div class="move-control">
            <label for=select_id.clone() class="visually-hidden">{label}</label>
            <span class="move-label" aria-hidden="true">{move || i18n.t("move.label")}</span>
            <select id=select_id on:change=on_change disabled=move || act.pending().get()>
                <option value="" selected=true>{move || i18n.t("move.choose")}</option>
                {targets.into_iter().map(|s| view! { <option value=s.id()>{move || i18n.t(s.label_key())}</option> }).collect_view()}
            </select>
            <Show when=move || pending_pause.get()>
                <div class="field">
                    <label for=reason_id.clone()>{move || i18n.t("move.reason")}</label>
                    <input id=reason_id.clone() type="text" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))
                        on:keydown=move |ev| if crate::components::ime::is_plain_enter(&ev) { ev.prevent_default(); act.dispatch((Status::Paused, reason.get_untracked())); }/>
                    <div class="actions">
                        <button type="button" class="button secondary" on:click=move |_| pending_pause.set(false)>{move || i18n.t("common.cancel")}</button>
                        <button type="button" class="button primary" on:click=move |_| { act.dispatch((Status::Paused, reason.get_untracked())); }>{move || i18n.t("move.pause")}</button>
                    </div>
                </div>
            </Show>
            {move || error.get().map(|k| view! { <p class="field-error" role="alert">{i18n.t(k)}</p> })}
        </div>
    }
    .into_any()
}
