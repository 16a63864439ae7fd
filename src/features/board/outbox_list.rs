//! Her waiting writes, as a list: each one's state. Waiting writes go by themselves when the
//! network returns; one the backend refused waits for her, with the message, and 「直す」 puts
//! it back into the form it came from; one older than a day waits for her word. Comes with the
//! board's part, with its texts.

use super::outbox_toggle::ListOpen;
use crate::app::routes::Route;
use crate::features::board::challenge::comment_draft_key;
use crate::features::board::new_request::{draft_key, RequestDraft};
use crate::features::board::texts;
use crate::i18n::context::use_i18n;
use crate::platform::dom::to;
use crate::platform::random::uuid_v4;
use crate::platform::storage;
use crate::sync::outbox::entry::{PendingWrite, WriteKind};
use crate::sync::outbox::use_outbox;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use okaeri_core::domain::challenge::ChallengeRequest;
use okaeri_core::domain::look_back::LookBackInput;

/// Puts a refused write back where she wrote it; returns the route of that form.
fn back_to_draft(w: &PendingWrite) -> String {
    match &w.kind {
        WriteKind::NewChallenge => {
            let request: ChallengeRequest = serde_json::from_str(&w.body).unwrap_or_default();
            storage::set_json(
                &draft_key(&w.owner),
                &RequestDraft {
                    request,
                    idempotency_key: uuid_v4(),
                },
            );
            Route::NewRequest.path()
        }
        WriteKind::Comment { challenge_id } => {
            let text = w.comment_text();
            storage::set(&comment_draft_key(&w.owner, challenge_id), &text);
            Route::Challenge(challenge_id).path()
        }
        // Taken again from home with one tap: nothing to put back.
        WriteKind::DayOff => Route::Home.path(),
        WriteKind::LookBack => {
            let input: LookBackInput = serde_json::from_str(&w.body).unwrap_or_default();
            crate::features::profile::keep_look_back_draft(&w.owner, &input.week, &input.answers);
            Route::LookBack.path()
        }
    }
}

/// Her waiting writes: each one's state, and for one the backend refused, 「直す」 and 「破棄」.
#[component]
pub fn OutboxList() -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let navigate = use_navigate();
    let open = use_context::<ListOpen>().map_or_else(|| RwSignal::new(true), |o| o.0);
    let fix = StoredValue::new_local(move |w: PendingWrite| {
        let route = back_to_draft(&w);
        outbox.forget(w.key);
        open.set(false);
        navigate(&to(route), Default::default());
    });
    let row = move |w: PendingWrite| {
        let kind = match w.kind {
            WriteKind::NewChallenge => texts::OUTBOX_KIND_CHALLENGE,
            WriteKind::Comment { .. } => texts::OUTBOX_KIND_COMMENT,
            WriteKind::DayOff => texts::OUTBOX_KIND_DAY_OFF,
            WriteKind::LookBack => texts::OUTBOX_KIND_LOOK_BACK,
        };
        let returned = w.returned.clone();
        let stale = w.needs_confirmation(chrono::Utc::now());
        let state = {
            let (returned, kept) = (returned.clone(), w.kept);
            move || match &returned {
                Some(why) => format!("{} {}", i18n.t(texts::OUTBOX_RETURNED), i18n.t(why)),
                None if stale => i18n.t(texts::OUTBOX_STALE).to_string(),
                None if !kept => i18n.t(texts::OUTBOX_NOT_KEPT_ROW).to_string(),
                None => i18n.t(texts::OUTBOX_WAITING).to_string(),
            }
        };
        let label = w.label.clone();
        let key = w.key.clone();
        let confirm_key = w.key.clone();
        let discard_key = w.key.clone();
        view! {
            <li class="outbox-item">
                <p><strong>{i18n.v(kind)}</strong>" "{label}</p>
                <p class="outbox-state">{state}</p>
                {(stale && returned.is_none()).then(|| view! {
                    <div class="actions">
                        <button type="button" class="button primary small" on:click=move |_| outbox.confirm(confirm_key.clone())>{i18n.v(texts::OUTBOX_SEND_ANYWAY)}</button>
                        <button type="button" class="button ghost small" on:click=move |_| outbox.forget(discard_key.clone())>{i18n.v(texts::OUTBOX_DISCARD)}</button>
                    </div>
                })}
                {returned.is_some().then(|| view! {
                    <div class="actions">
                        <button type="button" class="button primary small" on:click=move |_| fix.with_value(|f| f(w.clone()))>{i18n.v(texts::OUTBOX_FIX)}</button>
                        <button type="button" class="button ghost small" on:click=move |_| outbox.forget(key.clone())>{i18n.v(texts::OUTBOX_DISCARD)}</button>
                    </div>
                })}
            </li>
        }
    };
    view! {
        <div id="outbox-list" class="outbox-list card">
            <p>{i18n.v(texts::OUTBOX_EXPLAIN)}</p>
            <ul>
                {move || outbox.my_unsent_edits().into_iter().map(|key| {
                    let kind = if key.starts_with("onboarding.") { texts::OUTBOX_KIND_ONBOARDING } else { texts::OUTBOX_KIND_PROFILE };
                    view! {
                        <li class="outbox-item">
                            <p><strong>{i18n.v(kind)}</strong></p>
                            <p class="outbox-state">{i18n.v(texts::OUTBOX_EDIT_WAITING)}</p>
                        </li>
                    }
                }).collect_view()}
                {move || outbox.mine().into_iter().map(row).collect_view()}
            </ul>
            <button type="button" class="button small" on:click=move |_| {
                spawn_local(async move { outbox.flush().await; });
            }>{i18n.v(texts::OUTBOX_SEND_NOW)}</button>
        </div>
    }
}
