//! `/notifications`: her notices, newest first, unread ones marked; opening one marks it read
//! and leads to what it is about; "mark all read"; older ones a page at a time.

use crate::app::state::use_app;
use crate::features::notices::sentence::sentence;
use crate::features::notices::target::target;
use crate::features::notices::texts;
use crate::features::notices::unread;
use crate::i18n::context::{use_i18n, I18n};
use crate::i18n::dates::format_date_time;
use crate::platform::dom::to;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use leptos::prelude::*;
use okaeri_core::contract::notice_wire::{MarkRead, NoticePage};
use okaeri_core::domain::notice::Notice;

#[component]
pub fn Inbox() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app().for_page();
    // Once she is known: asked twice, the list blinked out and back (`once_known`).
    let first = app.once_known(move || {
        app.track_data();
        let client = app.client();
        async move { client.notices(None).await }
    });
    // Pages asked for after the first, and the cursor for the next one.
    let older = RwSignal::new(Vec::<Notice>::new());
    let next = RwSignal::new(None::<String>);
    let all_read = RwSignal::new(false);
    let failed = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(Some(Ok(page))) = first.get() {
            older.set(Vec::new());
            next.set(page.next_cursor.clone());
            all_read.set(false);
            unread::set(page.unread);
        }
    });
    let more = Action::new_local(move |cursor: &String| {
        let (client, cursor) = (app.client(), cursor.clone());
        async move { client.notices(Some(&cursor)).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(page)) = more.value().get() {
            older.update(|list| list.extend(page.items.clone()));
            next.set(page.next_cursor.clone());
        }
    });
    let mark_all = Action::new_local(move |_: &()| {
        let client = app.client();
        let all = MarkRead {
            all: true,
            ..Default::default()
        };
        async move { client.mark_read(&all).await }
    });
    Effect::new(move |_| match mark_all.value().get() {
        Some(Ok(unread)) => {
            all_read.set(true);
            failed.set(false);
            unread::set(unread);
            app.announce(i18n.t_now(texts::INBOX_ALL_READ));
        }
        Some(Err(_)) => failed.set(true),
        None => {}
    });
    view! {
        <section class="page inbox">
            <PageHeading key=texts::INBOX_TITLE/>
            <Suspense fallback=Loading>
                {move || match first.get().flatten() {
                    Some(Err(e)) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| first.refetch())/> }.into_any(),
                    Some(Ok(page)) => inbox_view(i18n, page, older, next, all_read, failed, more, mark_all),
                    None => view! { <Loading/> }.into_any(),
                }}
            </Suspense>
        </section>
    }
}

#[allow(clippy::too_many_arguments)]
fn inbox_view(
    i18n: I18n,
    page: NoticePage,
    older: RwSignal<Vec<Notice>>,
    next: RwSignal<Option<String>>,
    all_read: RwSignal<bool>,
    failed: RwSignal<bool>,
    more: Action<String, Result<NoticePage, crate::api::ApiError>>,
    mark_all: Action<(), Result<usize, crate::api::ApiError>>,
) -> AnyView {
    if page.items.is_empty() {
        return view! { <p class="card">{i18n.v(texts::INBOX_EMPTY)}</p> }.into_any();
    }
    let has_unread = page.unread > 0;
    let first_items = page.items;
    view! {
        <Show when=move || has_unread && !all_read.get()>
            <button type="button" class="button secondary" disabled=move || mark_all.pending().get()
                on:click=move |_| { mark_all.dispatch(()); }>
                {i18n.v(texts::INBOX_MARK_ALL)}
            </button>
        </Show>
        <Show when=move || failed.get()>
            <p class="error-panel" role="alert">{i18n.v(texts::INBOX_NOT_SAVED)}</p>
        </Show>
        <ul class="notice-list">
            {first_items.into_iter().map(|n| item(i18n, n, all_read)).collect_view()}
            {move || older.get().into_iter().map(|n| item(i18n, n, all_read)).collect_view()}
        </ul>
        {move || next.get().map(|cursor| view! {
            <button type="button" class="button secondary" disabled=move || more.pending().get()
                on:click=move |_| { more.dispatch(cursor.clone()); }>
                {i18n.v(texts::INBOX_MORE)}
            </button>
        })}
    }
    .into_any()
}

/// One notice: its sentence and when, linking to what it is about; opening it marks it read.
fn item(i18n: I18n, n: Notice, all_read: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let href = to(target(&n));
    let local = n.at.with_timezone(&chrono::Local);
    let when = move || format_date_time(i18n.lang(), local.date_naive(), local.time());
    let unread = move || !n.read && !all_read.get();
    let id = n.id.clone();
    let open = move |_| {
        if n.read {
            return;
        }
        let (client, id) = (app.client(), id.clone());
        // Its own task: the page she opens next must not cut it short.
        leptos::task::spawn_local(async move {
            let one = MarkRead {
                ids: vec![id],
                ..Default::default()
            };
            if let Ok(unread) = client.mark_read(&one).await {
                unread::set(unread);
            }
        });
    };
    let text = sentence_signal(i18n, n.clone());
    view! {
        <li class="notice card" class:unread=unread>
            <a href=href on:click=open>
                <Show when=unread>
                    <span class="unread-dot"><span class="visually-hidden">{i18n.v(texts::INBOX_UNREAD)}</span></span>
                </Show>
                <span class="notice-text">{text}</span>
                <time datetime=n.at.to_rfc3339()>{when}</time>
            </a>
        </li>
    }
}

fn sentence_signal(i18n: I18n, n: Notice) -> impl Fn() -> String {
    move || sentence(i18n, &n)
}
