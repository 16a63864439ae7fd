//! 「移動」: moving a card by tap or keyboard (a select, then a reason when pausing).
//! No dragging needed anywhere.
//!
//! A board shows up to a hundred of these, so each is kept light: three signals and two
//! effects until it is used. The request runs as a task (no `Action` and result `Effect` per
//! card), and the pause form is built only when asked for: this control was once most of a
//! card's render time (`make bench`).

use crate::api::{ApiError, Versioned};
use crate::app::state::use_app;
use crate::features::board::texts;
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use crate::i18n::shared;
use crate::i18n::{lookup, Lang};
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use okaeri_core::domain::challenge::{allowed_moves, Challenge, Status};
use okaeri_core::domain::worker::{Role, User};
use std::sync::Arc;

#[component]
pub fn MoveControl(
    #[prop(into)] card: Arc<Versioned<Challenge>>,
    me: User,
    /// The language its texts are in: both pages draw their cards again when it changes, so
    /// the control does not follow it itself (one effect fewer per card on the board).
    lang: Lang,
    /// Called with the moved card (or None after a conflict reloaded the data).
    #[prop(into)]
    on_moved: Callback<Option<Versioned<Challenge>>>,
) -> impl IntoView {
    let targets: Vec<Status> = if me.role == Role::Worker && me.id != card.value.worker_id {
        Vec::new()
    } else {
        allowed_moves(me.role, card.value.status).to_vec()
    };
    if targets.is_empty() {
        return ().into_any();
    }
    let i18n = use_i18n();
    let app = use_app();
    let sending = RwSignal::new(false);
    let asking_reason = RwSignal::new(false);
    let error = RwSignal::new(None::<&'static str>);
    let id = card.value.id.clone();
    let select_id = format!("move-{id}");
    let reason_id = format!("reason-{id}");

    let send = {
        let card = Arc::clone(&card);
        Callback::new(move |(to, why): (Status, String)| {
            if sending.get_untracked() {
                return;
            }
            sending.set(true);
            let client = app.client();
            let card = Arc::clone(&card);
            // Not tied to the card: she may open the card or another page before the answer
            // comes, and the move is still announced there, in the app-wide language. Where
            // the card is gone, whatever she sees now is refreshed instead.
            spawn_local(async move {
                let result = client
                    .move_challenge(&card.value.id, to, &why, &card.etag)
                    .await;
                sending.set(false);
                match result {
                    Ok(moved) => {
                        error.set(None);
                        asking_reason.set(false);
                        let title = &card.value.request.title;
                        app.announce(i18n.f_now(
                            texts::MOVE_DONE,
                            &[("title", title), ("status", i18n.t_now(to.label_key()))],
                        ));
                        if on_moved.try_run(Some(moved)).is_none() {
                            app.data_changed();
                        }
                    }
                    Err(ApiError::Conflict { .. }) => {
                        error.set(Some(texts::MOVE_CONFLICT));
                        app.announce(i18n.t_now(texts::MOVE_CONFLICT));
                        if on_moved.try_run(None).is_none() {
                            app.data_changed();
                        }
                    }
                    Err(ApiError::Validation(e)) => error.set(Some(if e.get("reason").is_some() {
                        shared::ERROR_REASON_REQUIRED
                    } else {
                        shared::ERROR_MOVE_NOT_ALLOWED
                    })),
                    Err(e) => error.set(Some(e.message_key())),
                }
            });
        })
    };
    let on_change = move |ev: leptos::ev::Event| match Status::from_id(&event_target_value(&ev)) {
        Some(Status::Paused) => asking_reason.set(true),
        Some(to) => send.run((to, String::new())),
        None => {}
    };
    let title = card.value.request.title.clone();
    // The select's texts are plain strings, in the language given.
    let select = {
        let label = crate::i18n::format(lang, texts::MOVE_LABEL_FOR, &[("title", &title)]);
        let options = targets
            .iter()
            .map(|s| view! { <option value=s.id()>{lookup(lang, s.label_key())}</option> })
            .collect_view();
        view! {
            <label for=select_id.clone() class="visually-hidden">{label}</label>
            <span class="move-label" aria-hidden="true">{lookup(lang, texts::MOVE_LABEL)}</span>
            <select id=select_id on:change=on_change disabled=move || sending.get()>
                <option value="" selected=true>{lookup(lang, texts::MOVE_CHOOSE)}</option>
                {options}
            </select>
        }
    };
    view! {
        <div class="move-control">
            {select}
            // The reason asked for and what went wrong, in one part: two per card made each
            // card dearer to draw and to drop, for what a card rarely shows.
            {move || {
                let reason = asking_reason.get().then(|| view! {
                    <PauseReason id=reason_id.clone() send=send cancel=Callback::new(move |_| asking_reason.set(false))/>
                });
                let error = error.get().map(|k| view! { <p class="field-error" role="alert">{i18n.t(k)}</p> });
                (reason.is_some() || error.is_some()).then(|| view! { {reason}{error} })
            }}
        </div>
    }
    .into_any()
}

/// Why the card is paused: asked for only when 「一時停止」 is chosen, and focused then.
#[component]
fn PauseReason(
    id: String,
    send: Callback<(Status, String)>,
    cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reason = RwSignal::new(String::new());
    let input = NodeRef::<Input>::new();
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            request_animation_frame(move || {
                let _ = el.focus();
            });
        }
    });
    let submit = move || send.run((Status::Paused, reason.get_untracked()));
    view! {
        <div class="field">
            <label for=id.clone()>{i18n.v(texts::MOVE_REASON)}</label>
            <input id=id type="text" node_ref=input prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))
                on:keydown=move |ev| if crate::ui::ime::is_plain_enter(&ev) { ev.prevent_default(); submit(); }/>
            <div class="actions">
                <button type="button" class="button secondary" on:click=move |_| cancel.run(())>{i18n.v(common::COMMON_CANCEL)}</button>
                <button type="button" class="button primary" on:click=move |_| submit()>{i18n.v(texts::MOVE_PAUSE)}</button>
            </div>
        </div>
    }
}
