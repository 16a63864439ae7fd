//! `/board/:id`: one challenge: details, status history and the conversation about it.

use crate::api::{ApiError, Versioned};
use crate::app::page_visit::use_page_visit;
use crate::app::routes::{use_route_id, Route};
use crate::app::session_error::SessionErrorPanel;
use crate::app::state::use_app;
use crate::features::board::move_control::MoveControl;
use crate::features::board::texts;
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use crate::i18n::dates::{format_date, format_date_time};
use crate::i18n::shared;
use crate::platform::dom::to;
use crate::platform::random::uuid_v4;
use crate::sync::outbox::entry::{PendingWrite, WriteKind};
use crate::sync::outbox::use_outbox;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::field_error::FieldError;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use okaeri_core::domain::challenge::{check_comment, may_edit_request, Challenge, Comment};
use okaeri_core::domain::worker::{Role, User};

#[component]
pub fn ChallengePage() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let route_id = use_route_id();
    let id = move || route_id.get();
    let data = LocalResource::new(move || {
        app.track_data();
        let client = app.client();
        let id = id();
        async move { client.get_challenge(&id).await }
    });
    // Survives the reload after a 412, so she sees why the page changed under her.
    let notice = RwSignal::new(None::<&'static str>);
    view! {
        <p class="notice" role="status">{move || notice.get().map(|k| i18n.t(k))}</p>
        <Suspense fallback=Loading>
            {move || {
                i18n.lang.track();
                match (data.get(), app.session_state()) {
                    (Some(Ok(c)), Some(Ok(me))) => view! { <Detail card=c me=me notice=notice/> }.into_any(),
                    (Some(Err(ApiError::NotFound)), _) => view! { <crate::app::not_found::NotFound/> }.into_any(),
                    (Some(Err(e)), _) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| data.refetch())/> }.into_any(),
                    (_, Some(Err(e))) => view! { <SessionErrorPanel error=e/> }.into_any(),
                    _ => view! { <Loading/> }.into_any(),
                }
            }}
        </Suspense>
    }
}

#[component]
fn Detail(
    card: Versioned<Challenge>,
    me: User,
    notice: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let c = card.value.clone();
    // She has now seen the card and every comment so far: its notices are read on every
    // device (a stale render after a role switch marks nothing).
    if me.may_view(&c.worker_id) {
        let id = c.id.clone();
        leptos::task::spawn_local(async move {
            let _ = crate::features::notices::seen(app, id).await;
        });
    }
    let title = c.request.title.clone();
    let status_key = c.status.label_key();
    let lang = i18n.lang.get_untracked();
    let details = [
        (
            texts::REQUEST_SKILL,
            c.request
                .skill
                .map(|s| i18n.t(s.label_key()).to_string())
                .unwrap_or_default(),
        ),
        (texts::REQUEST_WHY, c.request.why.clone()),
        (
            texts::REQUEST_HOURS,
            c.request
                .hours_per_week
                .map(|h| i18n.f(shared::ONB_REVIEW_HOURS, &[("hours", &h.to_string())]))
                .unwrap_or_default(),
        ),
        (
            texts::REQUEST_START,
            c.request
                .wished_start
                .map(|d| format_date(lang, d))
                .unwrap_or_default(),
        ),
        (texts::REQUEST_SUPPORT, c.request.support.clone()),
    ];
    let history = c
        .history
        .iter()
        .rev()
        .map(|h| {
            let local = h.at.with_timezone(&chrono::Local);
            let when = format_date_time(lang, local.date_naive(), local.time());
            let text = i18n.t(h.to.label_key());
            let reason = (!h.reason.is_empty()).then(|| format!(" — {}", h.reason));
            view! { <li><time>{when}</time>" "<strong>{text}</strong>{reason}</li> }
        })
        .collect_view();
    let editable = may_edit_request(&me, &c);
    let worker_href = Route::Worker(&c.worker_id).path();
    let show_worker_link = me.role == Role::Coordinator;
    let worker_name = c.worker_name.clone();
    let comments = RwSignal::new(c.comments.clone());
    let paused = (!c.paused_reason.is_empty()).then(|| c.paused_reason.clone());
    view! {
        <article class="page challenge-detail">
            <p><a href=Route::Board.href()>{i18n.v(texts::CHALLENGE_BACK)}</a></p>
            <PageHeading text=Signal::derive(move || title.clone())/>
            <p class="status-line">
                <span class="status-tag">{i18n.v(status_key)}</span>
                {show_worker_link.then(|| view! { " · " <a href=to(worker_href.clone())>{worker_name.clone()}</a> })}
            </p>
            {paused.map(|r| view! { <p class="paused-reason">{i18n.v(texts::BOARD_PAUSED_REASON)}{r.clone()}</p> })}
            <MoveControl card=card.clone() me=me.clone() lang=lang on_moved=Callback::new(move |moved: Option<_>| {
                notice.set(moved.is_none().then_some(texts::MOVE_CONFLICT));
                app.data_changed();
            })/>
            <dl class="details card">
                {details.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| view! {
                    <div class="card-row"><dt>{i18n.v(k)}</dt><dd>{v}</dd></div>
                }).collect_view()}
            </dl>
            {editable.then(|| view! { <div class="actions"><EditRequest card=card.clone()/><Withdraw card=card.clone() notice=notice/></div> })}
            <section aria-labelledby="history-title">
                <h2 id="history-title">{i18n.v(texts::CHALLENGE_HISTORY)}</h2>
                <ol class="timeline">{history}</ol>
            </section>
            <section aria-labelledby="comments-title">
                <h2 id="comments-title">{i18n.v(texts::CHALLENGE_COMMENTS)}</h2>
                <ol class="comments">
                    <For each=move || comments.get() key=|m| m.id.clone() let:m>
                        <CommentItem comment=m me=me.id.clone()/>
                    </For>
                </ol>
                <PendingComments challenge_id=c.id.clone()/>
                <Show when=move || comments.with(Vec::is_empty)>
                    <p>{i18n.v(texts::CHALLENGE_NO_COMMENTS)}</p>
                </Show>
                <CommentBox challenge_id=c.id.clone() on_sent=Callback::new(move |m: Comment| comments.update(|list| if !list.iter().any(|x| x.id == m.id) { list.push(m) }))/>
                // Who she is writing to and how they work, with hints for the box. Below it: they
                // arrive later (another chunk, another request), and arriving above would move
                // the box she may already be typing in. In its own boundary: its chunk arriving
                // must not suspend the page around it (which took the heading, and her focus,
                // away and back).
                <Suspense fallback=Loading>
                    {crate::app::chunks::lazy(crate::features::profile::thread_contacts)}
                </Suspense>
            </section>
        </article>
    }
}

/// Her comments still in the outbox, shown where they will appear, marked 「送信待ち」.
#[component]
fn PendingComments(challenge_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let mine = move || {
        outbox
            .mine()
            .into_iter()
            .filter(
                |x| matches!(&x.kind, WriteKind::Comment { challenge_id: c } if *c == challenge_id),
            )
            .collect::<Vec<_>>()
    };
    view! {
        <ol class="comments pending" aria-label=move || i18n.t(texts::OUTBOX_TITLE)>
            <For each=mine key=|w| (w.key.clone(), w.returned.clone(), w.kept) let:w>
                <li class="comment mine pending">
                    <p class="comment-meta">
                        <span class="tag">{let (r, kept) = (w.returned.clone(), w.kept); move || i18n.t(match (&r, kept) {
                            (Some(_), _) => texts::OUTBOX_RETURNED,
                            (None, false) => texts::OUTBOX_NOT_KEPT_ROW,
                            (None, true) => texts::OUTBOX_WAITING,
                        })}</span>
                    </p>
                    <p class="comment-text">{w.comment_text()}</p>
                </li>
            </For>
        </ol>
    }
}

#[component]
fn CommentItem(comment: Comment, me: String) -> impl IntoView {
    let i18n = use_i18n();
    let local = comment.at.with_timezone(&chrono::Local);
    let when = format_date_time(i18n.lang.get_untracked(), local.date_naive(), local.time());
    let role_key = if comment.author_role == Role::Coordinator {
        common::ROLE_COORDINATOR
    } else {
        common::ROLE_WORKER
    };
    let mine = comment.author_id == me;
    view! {
        <li class=if mine { "comment mine" } else { "comment" }>
            <p class="comment-meta"><strong>{comment.author_name.clone()}</strong>" ("{i18n.v(role_key)}") · "<time>{when}</time></p>
            <p class="comment-text">{comment.text.clone()}</p>
        </li>
    }
}

/// Where a comment being written is kept: per person, so a shared device never offers one
/// person's words to another.
pub fn comment_draft_key(user: &str, challenge_id: &str) -> String {
    format!("comment.draft.{user}.{challenge_id}")
}

/// What became of a comment she sent.
#[derive(Clone)]
enum Sent {
    Now(Comment),
    /// In the outbox, kept on the device.
    Queued,
    /// In the outbox for as long as the page is open: the device would not keep it.
    NotKept,
}

/// The comment box. One Idempotency-Key per comment being written: a double tap or a retry
/// after a lost response makes one comment.
#[component]
fn CommentBox(challenge_id: String, #[prop(into)] on_sent: Callback<Comment>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let owner = StoredValue::new(app.user_untracked().map(|u| u.id).unwrap_or_default());
    let draft_key = comment_draft_key(&owner.get_value(), &challenge_id);
    let text = RwSignal::new(crate::platform::storage::get(&draft_key).unwrap_or_default());
    let key = StoredValue::new(uuid_v4());
    let error = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<ApiError>);
    let id = StoredValue::new(challenge_id);
    let draft_key = StoredValue::new(draft_key);
    let outbox = use_outbox();
    // A comment the device could not keep stays in the box until the outbox has sent it.
    let not_kept = RwSignal::new(false);
    Effect::new(move |_| {
        let sent = outbox.last_sent();
        if not_kept.get_untracked() && sent == Some(key.get_value()) {
            not_kept.set(false);
            crate::platform::storage::remove(&draft_key.get_value());
            key.set_value(uuid_v4());
            text.set(String::new());
            app.data_changed();
        }
    });
    // `Sent::Queued`: the network is away, so the comment went into the outbox with its key. The
    // draft is forgotten and the news announced in the task, not in an effect of this page:
    // she may have left while it was sent, and the page with it. A draft left behind would
    // come back in the box, and sending it again would make a second comment.
    let send = Action::new_local(move |body: &String| {
        let client = app.client();
        let body = body.clone();
        let k = key.get_value();
        let id = id.get_value();
        let draft = draft_key.get_value();
        let owner = owner.get_value();
        async move {
            let sent = match client.add_comment(&id, &body, &k).await {
                Ok(m) => Sent::Now(m),
                Err(e) if e.is_transient() && !client.is_embedded() => {
                    let write = PendingWrite::comment(k, &owner, &id, &body);
                    if outbox.enqueue(write).await {
                        Sent::Queued
                    } else {
                        // Her text stays in the box, with the same key: sent twice, it is one.
                        app.announce(i18n.t_now(texts::OUTBOX_NOT_KEPT));
                        return Ok(Sent::NotKept);
                    }
                }
                Err(e) => return Err(e),
            };
            crate::platform::storage::remove(&draft);
            let said = if matches!(sent, Sent::Now(_)) {
                texts::CHALLENGE_COMMENT_SENT
            } else {
                texts::OUTBOX_QUEUED
            };
            app.announce(i18n.t_now(said));
            Ok(sent)
        }
    });
    Effect::new(move |_| {
        let Some(result) = send.value().get() else {
            return;
        };
        match result {
            Ok(Sent::NotKept) => not_kept.set(true),
            Ok(sent) => {
                key.set_value(uuid_v4());
                text.set(String::new());
                failure.set(None);
                if let Sent::Now(m) = sent {
                    on_sent.run(m);
                }
            }
            Err(ApiError::Validation(e)) => error.set(e.get("text").map(str::to_string)),
            Err(e) => failure.set(Some(e)),
        }
    });
    let submit = move || {
        if send.pending().get_untracked() {
            return;
        }
        let body = text.get_untracked();
        match check_comment(&body) {
            Ok(()) => {
                error.set(None);
                send.dispatch(body);
            }
            Err(e) => error.set(e.get("text").map(str::to_string)),
        }
    };
    view! {
        <form class="comment-box" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <label for="comment-text">{i18n.v(texts::CHALLENGE_COMMENT)}</label>
            <textarea id="comment-text" rows="3" aria-describedby="comment-hint comment-error"
                prop:value=move || text.get()
                on:input=move |ev| { let v = event_target_value(&ev); crate::platform::storage::set(&draft_key.get_value(), &v); text.set(v); }
                on:keydown=move |ev| {
                    // Ctrl/⌘+Enter sends; a plain Enter is a new line, and never while composing.
                    if (ev.ctrl_key() || ev.meta_key()) && crate::ui::ime::is_plain_enter(&ev) { ev.prevent_default(); submit(); }
                }></textarea>
            <FieldError id="comment-error" message=error/>
            {move || failure.get().map(|e| view! { <ErrorPanel error=e/> })}
            <Show when=move || not_kept.get()>
                <p class="notice card" role="status">{i18n.v(texts::OUTBOX_NOT_KEPT)}</p>
            </Show>
            <div class="actions">
                <button type="submit" class="button primary" disabled=move || send.pending().get()>{i18n.v(texts::CHALLENGE_SEND)}</button>
            </div>
        </form>
    }
}

#[component]
fn Withdraw(card: Versioned<Challenge>, notice: RwSignal<Option<&'static str>>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let navigate = use_navigate();
    let visit = use_page_visit();
    let confirming = RwSignal::new(false);
    let card = StoredValue::new(card);
    // Done in the task, not in an effect of this page: she may have left while it was sent.
    let act = Action::new_local(move |_: &()| {
        let client = app.client();
        let c = card.get_value();
        let navigate = navigate.clone();
        async move {
            client.withdraw_challenge(&c.value.id, &c.etag).await?;
            app.announce(i18n.t_now(texts::CHALLENGE_WITHDRAWN));
            if visit.is_shown() {
                // No data_changed() here: this page would fetch the challenge that is now
                // gone, and the board loads afresh when it mounts.
                navigate(&Route::Board.path(), Default::default());
            } else {
                app.data_changed();
            }
            Ok(())
        }
    });
    let error = RwSignal::new(None::<&'static str>);
    Effect::new(move |_| match act.value().get() {
        Some(Ok(())) => {}
        Some(Err(ApiError::Conflict { .. })) => {
            // Changed elsewhere: show the latest version before she decides again.
            notice.set(Some(texts::CHALLENGE_CHANGED_RELOADED));
            app.data_changed();
        }
        Some(Err(e)) => error.set(Some(e.message_key())),
        None => {}
    });
    view! {
        <div class="withdraw">
            <Show when=move || confirming.get() fallback=move || view! {
                <button type="button" class="button secondary" on:click=move |_| confirming.set(true)>{i18n.v(texts::CHALLENGE_WITHDRAW)}</button>
            }>
                <p role="alert">{i18n.v(texts::CHALLENGE_WITHDRAW_CONFIRM)}</p>
                <div class="actions">
                    <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>{i18n.v(common::COMMON_CANCEL)}</button>
                    <button type="button" class="button danger" on:click=move |_| { act.dispatch(()); }>{i18n.v(texts::CHALLENGE_WITHDRAW_NOW)}</button>
                </div>
            </Show>
            {move || error.get().map(|k| view! { <p class="field-error" role="alert">{i18n.t(k)}</p> })}
        </div>
    }
}

/// Her own request, while nobody has started on it: edit the title, the why and the support.
#[component]
fn EditRequest(card: Versioned<Challenge>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let open = RwSignal::new(false);
    let title = RwSignal::new(card.value.request.title.clone());
    let why = RwSignal::new(card.value.request.why.clone());
    let support = RwSignal::new(card.value.request.support.clone());
    let error = RwSignal::new(None::<&'static str>);
    // On 412, the version saved elsewhere; nothing is overwritten until she chooses.
    let theirs = RwSignal::new(None::<Versioned<Challenge>>);
    let card = StoredValue::new(card);
    let save = Action::new_local(move |_: &()| {
        let client = app.client();
        let c = card.get_value();
        let mut request = c.value.request.clone();
        request.title = title.get_untracked();
        request.why = why.get_untracked();
        request.support = support.get_untracked();
        async move {
            let result = client
                .update_challenge(&c.value.id, &request, &c.etag)
                .await;
            match &result {
                // Told wherever she is by now.
                Ok(_) => {
                    app.announce(i18n.t_now(common::SAVE_SAVED));
                    app.data_changed();
                }
                Err(ApiError::Conflict { .. }) => {
                    theirs.try_set(client.get_challenge(&c.value.id).await.ok());
                }
                Err(_) => {}
            }
            result
        }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(saved)) => {
            error.set(None);
            card.set_value(saved);
            open.set(false);
        }
        Some(Err(ApiError::Validation(e))) => error.set(Some(if e.get("title").is_some() {
            shared::ERROR_TITLE_REQUIRED
        } else {
            common::ERROR_VALIDATION
        })),
        Some(Err(e)) => error.set(Some(e.message_key())),
        None => {}
    });
    let choose = move |keep_mine: bool| {
        let Some(latest) = theirs.get_untracked() else {
            return;
        };
        if !keep_mine {
            title.set(latest.value.request.title.clone());
            why.set(latest.value.request.why.clone());
            support.set(latest.value.request.support.clone());
        }
        card.set_value(latest);
        theirs.set(None);
        error.set(None);
        if keep_mine {
            save.dispatch(());
        }
    };
    let their_lines = move || {
        theirs.with(|t| {
            t.as_ref().map(|t| {
                let r = &t.value.request;
                [r.title.clone(), r.why.clone(), r.support.clone()]
                    .into_iter()
                    .filter(|l| !l.is_empty())
                    .map(|l| view! { <li>{l}</li> })
                    .collect_view()
            })
        })
    };
    view! {
        <Show when=move || open.get() fallback=move || view! {
            <button type="button" class="button secondary" on:click=move |_| open.set(true)>{i18n.v(texts::CHALLENGE_EDIT)}</button>
        }>
            <form class="card" novalidate on:submit=move |ev| { ev.prevent_default(); if !save.pending().get_untracked() { save.dispatch(()); } }>
                <div class="field">
                    <label for="edit-title">{i18n.v(texts::REQUEST_FIELD_TITLE)}</label>
                    <input id="edit-title" type="text" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="edit-why">{i18n.v(texts::REQUEST_WHY)}</label>
                    <textarea id="edit-why" rows="3" prop:value=move || why.get() on:input=move |ev| why.set(event_target_value(&ev))></textarea>
                </div>
                <div class="field">
                    <label for="edit-support">{i18n.v(texts::REQUEST_SUPPORT)}</label>
                    <textarea id="edit-support" rows="2" prop:value=move || support.get() on:input=move |ev| support.set(event_target_value(&ev))></textarea>
                </div>
                {move || error.get().map(|k| view! { <p class="field-error" role="alert">{i18n.t(k)}</p> })}
                <Show when=move || theirs.with(Option::is_some)>
                    <div class="conflict" role="group" aria-labelledby="edit-conflict-title">
                        <h3 id="edit-conflict-title">{i18n.v(shared::CONFLICT_THEIRS)}</h3>
                        <ul>{their_lines}</ul>
                        <div class="actions">
                            <button type="button" class="button primary" on:click=move |_| choose(true)>{i18n.v(shared::CONFLICT_KEEP_MINE)}</button>
                            <button type="button" class="button secondary" on:click=move |_| choose(false)>{i18n.v(shared::CONFLICT_TAKE_THEIRS)}</button>
                        </div>
                    </div>
                </Show>
                <div class="actions">
                    <button type="button" class="button secondary" on:click=move |_| open.set(false)>{i18n.v(common::COMMON_CANCEL)}</button>
                    <button type="submit" class="button primary" disabled=move || save.pending().get()>{i18n.v(texts::CHALLENGE_SAVE)}</button>
                </div>
            </form>
        </Show>
    }
}
