//! `/board/new`: asking for a challenge. The draft stays on the device as she types, and its
//! Idempotency-Key with it, so a retry (even after a reload) never makes two requests.

use crate::api::ApiError;
use crate::app::page_visit::use_page_visit;
use crate::app::routes::{use_page_query, Route};
use crate::app::session_error::SessionErrorPanel;
use crate::app::state::use_app;
use crate::features::board::texts;
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use crate::i18n::shared;
use crate::platform::random::uuid_v4;
use crate::platform::storage;
use crate::sync::outbox::entry::PendingWrite;
use crate::sync::outbox::use_outbox;
use crate::sync::save_state::SaveState;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::field_error::FieldError;
use crate::ui::ime;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use crate::ui::save_status::SaveStatus;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use okaeri_core::domain::challenge::ChallengeRequest;
use okaeri_core::domain::skill::Skill;
use okaeri_core::domain::validation::FieldErrors;
use okaeri_core::domain::worker::Role;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RequestDraft {
    pub request: ChallengeRequest,
    pub idempotency_key: String,
}

/// Where the form keeps a worker's draft (hers alone on a shared device); the outbox puts a
/// refused request back here.
pub fn draft_key(user: &str) -> String {
    format!("draft.challenge_request.{user}")
}

#[component]
pub fn RequestForm() -> impl IntoView {
    let app = use_app();
    // Her draft is hers: the form opens once it is known who she is.
    move || match app.session_state() {
        Some(Ok(user)) => view! { <Form user=user.id/> }.into_any(),
        Some(Err(e)) => view! { <SessionErrorPanel error=e/> }.into_any(),
        None => view! { <Loading/> }.into_any(),
    }
}

#[component]
fn Form(user: String) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let query = use_page_query();
    let navigate = use_navigate();
    let visit = use_page_visit();
    let draft_key = StoredValue::new(draft_key(&user));
    let owner = StoredValue::new(user);
    let mut initial: RequestDraft = storage::get_json(&draft_key.get_value()).unwrap_or_default();
    if initial.idempotency_key.is_empty() {
        initial.idempotency_key = uuid_v4();
    }
    // A profile aspiration, or a step toward a next role, opens the form prefilled.
    query.with_untracked(|q| {
        if let Some(skill) = q.get("skill").and_then(|s| Skill::from_id(&s)) {
            initial.request.skill = Some(skill);
        }
        if let Some(title) = q.get("title").filter(|t| !t.is_empty()) {
            if initial.request.title.trim().is_empty() {
                initial.request.title = title;
            }
        }
        if let Some(why) = q.get("why").filter(|t| !t.is_empty()) {
            if initial.request.why.trim().is_empty() {
                initial.request.why = why;
            }
        }
    });
    let draft = RwSignal::new(initial);
    let save_state = RwSignal::new(SaveState::Idle);
    let errors = RwSignal::new(FieldErrors::default());
    let failure = RwSignal::new(None::<ApiError>);
    // Whether the device keeps her draft: said only when it does.
    let draft_kept = RwSignal::new(true);
    // Sent without the device keeping it: the outbox sends it while the page is open.
    let not_kept = RwSignal::new(false);
    let edit = move |f: &dyn Fn(&mut ChallengeRequest)| {
        draft.update(|d| f(&mut d.request));
        let ok = draft.with_untracked(|d| storage::set_json(&draft_key.get_value(), d));
        draft_kept.set(ok);
        save_state.set(if ok {
            SaveState::Saved
        } else {
            SaveState::DeviceRefused
        });
    };
    let outbox = use_outbox();
    // Sent, or in the outbox with its key when the network is away. What a sent request
    // changes is done here, not in an effect of this page: she may have left while it was on
    // its way, and the page with it. The draft must go then too, or the form would offer her
    // the request she already sent.
    let submit = Action::new_local(move |d: &RequestDraft| {
        let client = app.client();
        let d = d.clone();
        let navigate = navigate.clone();
        // Read now: the page (and these) may be gone when the answer comes.
        let (key, owner) = (draft_key.get_value(), owner.get_value());
        async move {
            let (said, to) = match client
                .create_challenge(&d.request, &d.idempotency_key)
                .await
            {
                Ok(created) => (
                    texts::REQUEST_SENT,
                    Route::Challenge(&created.value.id).path(),
                ),
                Err(e) if e.is_transient() && !client.is_embedded() => {
                    let write =
                        PendingWrite::new_challenge(d.idempotency_key.clone(), &owner, &d.request);
                    if !outbox.enqueue(write).await {
                        // Her draft stays (same key: sending it again makes no second request).
                        app.announce(i18n.t_now(texts::OUTBOX_NOT_KEPT));
                        return Ok(false);
                    }
                    (texts::OUTBOX_QUEUED, Route::Board.path())
                }
                Err(e) => return Err(e),
            };
            storage::remove(&key);
            app.data_changed();
            app.announce(i18n.t_now(said));
            // Taken to the result only if she waited here.
            if visit.is_shown() {
                navigate(&to, Default::default());
            }
            Ok(true)
        }
    });
    Effect::new(move |_| match submit.value().get() {
        Some(Err(ApiError::Validation(e))) => {
            errors.set(e);
            app.announce(i18n.t(common::ERROR_VALIDATION));
        }
        Some(Err(e)) => failure.set(Some(e)),
        Some(Ok(kept)) => not_kept.set(!kept),
        None => {}
    });
    // The write the device could not keep went out from the outbox: the draft goes too.
    let navigate_sent = use_navigate();
    Effect::new(move |_| {
        let sent = outbox.last_sent();
        if not_kept.get_untracked()
            && sent == draft.with_untracked(|d| Some(d.idempotency_key.clone()))
        {
            not_kept.set(false);
            storage::remove(&draft_key.get_value());
            app.data_changed();
            app.announce(i18n.t_now(texts::REQUEST_SENT));
            navigate_sent(&Route::Board.path(), Default::default());
        }
    });
    let send = move || {
        if submit.pending().get_untracked() {
            return;
        }
        let d = draft.get_untracked();
        match d.request.validate(chrono::Local::now().date_naive()) {
            Ok(()) => {
                errors.set(FieldErrors::default());
                failure.set(None);
                submit.dispatch(d);
            }
            Err(e) => {
                let first = e.0.keys().next().cloned().unwrap_or_default();
                errors.set(e);
                app.announce(i18n.t(common::ERROR_VALIDATION));
                crate::platform::dom::focus_by_id(&format!("req-{}", first.replace('_', "-")));
            }
        }
    };
    let err = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.get(field).map(str::to_string)))
    };
    let is_coordinator = move || app.user().is_some_and(|u| u.role == Role::Coordinator);
    let req = move || draft.with(|d| d.request.clone());
    view! {
        <section class="page">
            <PageHeading key=texts::REQUEST_TITLE/>
            <Show when=is_coordinator>
                <p class="notice card">{i18n.v(texts::REQUEST_COORDINATOR)}</p>
            </Show>
            <p class="lead">{i18n.v(texts::REQUEST_LEAD)}</p>
            <form class="request-form" novalidate
                on:submit=move |ev| { ev.prevent_default(); send(); }
                on:keydown=move |ev| {
                    let in_line = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()).is_some();
                    if ev.key() == "Enter" && in_line { ev.prevent_default(); if !ime::is_composing(&ev) { send(); } }
                }>
                <div class="field">
                    <label for="req-title">{i18n.v(texts::REQUEST_FIELD_TITLE)}<span class="required">{i18n.v(shared::COMMON_REQUIRED)}</span></label>
                    <input id="req-title" type="text" aria-describedby="title-error" aria-required="true"
                        placeholder=move || i18n.t(texts::REQUEST_TITLE_PLACEHOLDER)
                        prop:value=move || req().title on:input=move |ev| { let v = event_target_value(&ev); edit(&move |r| r.title = v.clone()); }/>
                    <FieldError id="title-error" message=err("title")/>
                </div>
                <div class="field">
                    <label for="req-skill">{i18n.v(texts::REQUEST_SKILL)}<span class="required">{i18n.v(shared::COMMON_REQUIRED)}</span></label>
                    <select id="req-skill" aria-describedby="skill-error" aria-required="true" prop:value=move || req().skill.map(|s| s.id()).unwrap_or("")
                        on:change=move |ev| { let v = Skill::from_id(&event_target_value(&ev)); edit(&move |r| r.skill = v); }>
                        <option value="">{move || i18n.t(shared::COMMON_CHOOSE)}</option>
                        {Skill::ALL.into_iter().map(|s| view! { <option value=s.id()>{move || i18n.t(s.label_key())}</option> }).collect_view()}
                    </select>
                    <FieldError id="skill-error" message=err("skill")/>
                </div>
                <div class="field">
                    <label for="req-why">{i18n.v(texts::REQUEST_WHY)}<span class="optional">{i18n.v(shared::COMMON_OPTIONAL)}</span></label>
                    <textarea id="req-why" rows="3" aria-describedby="why-error" prop:value=move || req().why
                        on:input=move |ev| { let v = event_target_value(&ev); edit(&move |r| r.why = v.clone()); }></textarea>
                    <FieldError id="why-error" message=err("why")/>
                </div>
                <div class="inline-fields">
                    <div class="field compact">
                        <label for="req-hours-per-week">{i18n.v(texts::REQUEST_HOURS)}</label>
                        <input id="req-hours-per-week" type="number" inputmode="numeric" min="1" max="60" aria-describedby="hours-error"
                            prop:value=move || req().hours_per_week.map(|h| h.to_string()).unwrap_or_default()
                            on:input=move |ev| { let v = event_target_value(&ev).trim().parse::<u8>().ok(); edit(&move |r| r.hours_per_week = v); }/>
                        <FieldError id="hours-error" message=err("hours_per_week")/>
                    </div>
                    <div class="field compact">
                        <label for="req-wished-start">{i18n.v(texts::REQUEST_START)}</label>
                        <input id="req-wished-start" type="date" aria-describedby="start-error"
                            prop:value=move || req().wished_start.map(|d| d.to_string()).unwrap_or_default()
                            on:input=move |ev| { let v = event_target_value(&ev).parse().ok(); edit(&move |r| r.wished_start = v); }/>
                        <FieldError id="start-error" message=err("wished_start")/>
                    </div>
                </div>
                <div class="field">
                    <label for="req-support">{i18n.v(texts::REQUEST_SUPPORT)}<span class="optional">{i18n.v(shared::COMMON_OPTIONAL)}</span></label>
                    <textarea id="req-support" rows="2" placeholder=move || i18n.t(texts::REQUEST_SUPPORT_PLACEHOLDER) prop:value=move || req().support
                        on:input=move |ev| { let v = event_target_value(&ev); edit(&move |r| r.support = v.clone()); }></textarea>
                </div>
                {move || failure.get().map(|e| view! { <ErrorPanel error=e/> <Show when=move || draft_kept.get()><p class="hint">{i18n.t(texts::REQUEST_KEPT)}</p></Show> })}
                <Show when=move || not_kept.get()>
                    <p class="notice card" role="status">{i18n.v(texts::OUTBOX_NOT_KEPT)}</p>
                </Show>
                <SaveStatus state=save_state/>
                <div class="actions thumb-zone">
                    <button type="submit" class="button primary big" disabled=move || submit.pending().get() || is_coordinator()>
                        {i18n.v(texts::REQUEST_SUBMIT)}
                    </button>
                </div>
            </form>
        </section>
    }
}
