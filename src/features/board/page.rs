//! `/board`: the challenge board. Columns by status with counts; filters live in the URL.

use crate::api::Versioned;
use crate::app::address_search::follow_after_pause;
use crate::app::routes::{use_page_query, Route};
use crate::app::session_error::SessionErrorPanel;
use crate::app::state::use_app;
use crate::features::board::last_seen::{self, Card};
use crate::features::board::move_control::MoveControl;
use crate::features::board::texts;
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use crate::i18n::plural::choose;
use crate::i18n::shared;
use crate::i18n::{format, lookup, Lang};
use crate::platform::dom::to;
use crate::platform::window_listener::on_window_event;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use leptos::prelude::*;
use leptos::task::{spawn_local_scoped, spawn_local_scoped_with_cancellation};
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use okaeri_core::domain::board_filter::{search_key, BoardFilter};
use okaeri_core::domain::challenge::{Challenge, ChallengeRequest, Status};
use okaeri_core::domain::skill::Skill;
use okaeri_core::domain::worker::{Role, User};
use std::sync::Arc;

const NARROW: &str = "(max-width: 47.99rem)";

fn is_narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(NARROW).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The card a coordinator just moved to できた!, to offer an endorsement for.
#[derive(Clone, Copy)]
struct AchievedOffer(RwSignal<Option<Challenge>>);

/// Cards a column draws at first: about two screens, on a phone and on a wide screen, so a
/// board of 1,000 opens quickly. Drawing is the board's largest cost (`make bench`: with 20
/// per column its first render took a fifth longer and a keystroke that brings cards back
/// half as long again).
const FIRST: usize = 8;
/// Cards each tap on 「もっと見る」 adds. A button rather than drawing more as she scrolls:
/// she stays in control of the page, and the end of a column stays reachable.
const PAGE: usize = 20;

#[component]
pub fn Board() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let query = use_page_query();
    let navigate = use_navigate();
    // What she has typed in the search and the address does not hold yet (see `search`).
    let typed = RwSignal::new(None::<String>);
    let filter = Memo::new(move |_| {
        let mut f = query.with(|q| BoardFilter::from_query(|k| q.get(k)));
        if let Some(text) = typed.get() {
            f.text = text;
        }
        f
    });
    let narrow = RwSignal::new(is_narrow());
    on_window_event("resize", move |_| narrow.set(is_narrow()));
    // Phones show one column at a time; "all" is the wide layout.
    let shown_status = move || {
        filter
            .with(|f| f.status)
            .or_else(|| narrow.get().then_some(Status::Requested))
    };

    compile_cards_ahead();
    let fresh = LocalResource::new(move || {
        app.track_data();
        let client = app.client();
        let key = last_seen::key(app);
        async move {
            // Asked for in a task after the page's own: the embedded default answers at once,
            // and her cards were drawn in the same long task as the page.
            crate::platform::yield_now::yield_now().await;
            let list = client.list_challenges_versioned(None).await;
            let list = list.map(|cards| cards.into_iter().map(Arc::new).collect::<Vec<Card>>());
            if let (Ok(cards), Some(key)) = (&list, key) {
                last_seen::keep(key, cards);
            }
            list
        }
    });
    // The fresh copy once it is here; until then the board as she last saw it, if nothing has
    // changed since (`last_seen`). A memo made outside the `<Suspense>` below, so the board is
    // drawn at once from what she saw, and an equal fresh copy changes nothing on screen.
    let cards = Memo::new(move |_| {
        fresh.get().or_else(|| {
            app.user()?;
            last_seen::key(app)
                .and_then(|key| last_seen::get(&key))
                .map(Ok)
        })
    });
    // Comments she has not read, per card: her unread notices, so every device agrees. Asked
    // apart from the cards, which never wait for it.
    let unread = LocalResource::new(move || {
        app.track_data();
        app.track_notices_read();
        let client = app.client();
        async move {
            client
                .unread_notices()
                .await
                .map(|u| u.new_comments)
                .unwrap_or_default()
        }
    });
    // Read through a memo made here, outside the `<Suspense>` below: a card reading the
    // resource itself would make the board wait for it (on the embedded default, for the
    // chunk that answers notices).
    provide_context(NewComments(
        Memo::new(move |_| unread.get().unwrap_or_default()).into(),
    ));
    // Each card's lower-cased search text, in the order of the list: made the first time she
    // searches (a memo runs when first read), not when the board opens.
    let keys = Memo::new(move |_| {
        cards.with(|r| match r {
            Some(Ok(list)) => list.iter().map(|c| search_key(&c.value)).collect(),
            _ => Vec::<String>::new(),
        })
    });
    let loaded = move || {
        cards.with(|r| {
            r.as_ref()
                .map(|r| r.as_ref().map(|_| ()).map_err(Clone::clone))
        })
    };
    // Read in place (`with`): a thousand cards are shared, never copied.
    let matching = Memo::new(move |_| {
        let f = filter.get();
        let matches = f.matcher();
        cards.with(|r| match r {
            Some(Ok(all)) if f.text.trim().is_empty() => all
                .iter()
                .filter(|c| matches(&c.value, ""))
                .cloned()
                .collect(),
            Some(Ok(all)) => keys.with(|keys| {
                all.iter()
                    .zip(keys)
                    .filter(|(c, key)| matches(&c.value, key))
                    .map(|(c, _)| Arc::clone(c))
                    .collect()
            }),
            _ => Vec::<Card>::new(),
        })
    });
    // One memo per status, read by its column and its count: a keystroke sorts the cards once.
    let by_status = Status::ALL.map(|s| {
        let cards = Memo::new(move |_| {
            matching.with(|m| {
                m.iter()
                    .filter(|c| c.value.status == s)
                    .cloned()
                    .collect::<Vec<Card>>()
            })
        });
        (s, cards)
    });
    let count = move |s: Status| {
        by_status
            .iter()
            .find(|(t, _)| *t == s)
            .map_or(0, |(_, cards)| cards.with(Vec::len))
    };

    let set_filter = move |edit: &dyn Fn(&mut BoardFilter)| {
        let mut f = filter.get_untracked();
        edit(&mut f);
        let href = Route::Board.with_query(&f.to_query());
        navigate(
            &href,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let set_filter = StoredValue::new_local(set_filter);
    let update = move |edit: &dyn Fn(&mut BoardFilter)| set_filter.with_value(|f| f(edit));
    let search = follow_after_pause(typed, move || update(&|_| {}));

    // Each worker once, found by reference: a large board has a handful of workers and a
    // thousand cards, so nothing is copied until she is known to be new.
    let workers = Memo::new(move |_| {
        cards.with(|all| match all {
            Some(Ok(all)) => all
                .iter()
                .map(|c| (c.value.worker_id.as_str(), c.value.worker_name.as_str()))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .map(|(id, name)| (id.to_string(), name.to_string()))
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    });
    let is_coordinator = move || app.user().is_some_and(|u| u.role == Role::Coordinator);
    let offer = AchievedOffer(RwSignal::new(None));
    provide_context(offer);

    view! {
        <section class="page board-page">
            <div class="page-head">
                <PageHeading key=texts::BOARD_TITLE/>
                <Show when=move || !is_coordinator()>
                    <a href=Route::NewRequest.href() class="button primary">{i18n.v(common::BOARD_NEW)}</a>
                </Show>
            </div>
            <div class="filters" role="search" aria-label=move || i18n.t(texts::BOARD_FILTERS)>
                <div class="field compact">
                    <label for="board-search">{i18n.v(texts::BOARD_SEARCH)}</label>
                    // While a Japanese conversion is open the text is not hers yet: the board
                    // narrows when it is confirmed, not at every romaji and kana on the way.
                    <input id="board-search" type="search" prop:value=move || filter.with(|f| f.text.clone())
                        on:input=move |ev| if !crate::ui::ime::is_composing_input(&ev) { search(event_target_value(&ev)) }
                        on:compositionend=move |ev| search(event_target_value(&ev))/>
                </div>
                <div class="field compact">
                    <label for="board-skill">{i18n.v(texts::BOARD_SKILL)}</label>
                    <select id="board-skill" prop:value=move || filter.with(|f| f.skill.map(|s| s.id()).unwrap_or(""))
                        on:change=move |ev| { let v = Skill::from_id(&event_target_value(&ev)); update(&move |f| f.skill = v); }>
                        <option value="">{move || i18n.t(shared::COMMON_ALL)}</option>
                        {Skill::ALL.into_iter().map(|s| view! { <option value=s.id()>{move || i18n.t(s.label_key())}</option> }).collect_view()}
                    </select>
                </div>
                <Show when=is_coordinator>
                    <div class="field compact">
                        <label for="board-worker">{i18n.v(texts::BOARD_WORKER)}</label>
                        <select id="board-worker" prop:value=move || filter.with(|f| f.worker.clone().unwrap_or_default())
                            on:change=move |ev| { let v = event_target_value(&ev); update(&move |f| f.worker = Some(v.clone()).filter(|w| !w.is_empty())); }>
                            <option value="">{move || i18n.t(shared::COMMON_ALL)}</option>
                            {move || workers.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                        </select>
                    </div>
                </Show>
            </div>
            <div class="segmented" role="group" aria-label=move || i18n.t(texts::BOARD_STATUS_FILTER)>
                <Show when=move || !narrow.get()>
                    <button type="button" aria-pressed=move || filter.with(|f| f.status.is_none()).to_string()
                        on:click=move |_| update(&|f| f.status = None)>
                        {move || i18n.f(texts::BOARD_ALL_COUNT, &[("n", &matching.with(Vec::len).to_string())])}
                    </button>
                </Show>
                {Status::ALL.into_iter().map(|s| view! {
                    <button type="button" aria-pressed=move || (shown_status() == Some(s)).to_string()
                        on:click=move |_| update(&move |f| f.status = Some(s))>
                        {i18n.v(s.label_key())}
                        <span class="count">{move || count(s)}</span>
                    </button>
                }).collect_view()}
            </div>
            {move || offer.0.get().map(|c| {
                let href = Route::Worker(&c.worker_id).with_query(&format!("endorse={}&challenge={}", c.request.skill.map(|s| s.id()).unwrap_or(""), c.id));
                let text = i18n.f(texts::BOARD_ACHIEVED_OFFER, &[("name", &c.worker_name), ("title", &c.request.title)]);
                view! {
                    <div class="notice card" role="status">
                        <p>{text}</p>
                        <a href=to(href) class="button primary">{i18n.v(texts::BOARD_ENDORSE_OFFER)}</a>
                    </div>
                }
            })}
            <Suspense fallback=Loading>
                // Who she is decides what each card offers (moving is a coordinator's), so the
                // board waits for it, and says so when it could not be learnt.
                {move || match (loaded(), app.session_state()) {
                    (Some(Err(e)), _) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| fresh.refetch())/> }.into_any(),
                    (_, Some(Err(e))) => view! { <SessionErrorPanel error=e/> }.into_any(),
                    (Some(Ok(_)), Some(Ok(_))) => view! {
                        <div class="board" data-status=move || shown_status().map(|s| s.id()).unwrap_or("all")>
                            {by_status.into_iter().map(|(s, cards)| view! {
                                <Show when=move || shown_status().is_none_or(|shown| shown == s)>
                                    <Column status=s cards=cards/>
                                </Show>
                            }).collect_view()}
                        </div>
                    }.into_any(),
                    _ => view! { <Loading/> }.into_any(),
                }}
            </Suspense>
        </section>
    }
}

/// Draws a column of cards once, off screen, and throws it away. V8 compiles a WebAssembly
/// function the first time it runs, on the main thread: without this, a first tap on the board
/// compiled its code while she waited (a third of the 1,000-card board's first render, `make
/// bench`). Run in the background once the app has settled (`app::chunks::warm_up`), in the app's
/// owner, so the column finds the contexts a page would.
pub fn rehearse() {
    let app = use_app();
    spawn_local_scoped(async move {
        // The board's own cards on the embedded default (read on the phone, and its reading
        // compiled too); against a company backend one made up here: never a request of her data.
        let key = last_seen::key(app);
        let mut cards: Vec<Card> = if app.is_embedded() {
            let list = app.client().list_challenges_versioned(None).await;
            list.unwrap_or_default().into_iter().map(Arc::new).collect()
        } else {
            Vec::new()
        };
        // Also what she sees first when she opens the board (`last_seen`).
        if let (false, Some(key)) = (cards.is_empty(), key) {
            last_seen::keep(key, &cards);
        }
        cards.truncate(FIRST);
        if cards.is_empty() {
            let Some(me) = untrack(|| app.user()) else {
                return;
            };
            cards.push(made_up_card(&me));
        }
        draw_off_screen(cards);
        // For tests and `make bench`: the board's code has run once.
        crate::platform::dom::mark("okaeri-board-rehearsed");
    });
}

thread_local! {
    /// Whether a card has been drawn in this app yet, off screen or on: its code is compiled.
    static CARDS_DRAWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// On a deep link to the board, before the app has rehearsed it, one made-up card is drawn off
/// screen in a task of its own, between the page's and her cards' (see `fresh` in `Board`):
/// compiling the cards' code, drawing the page and drawing her cards were one long task.
fn compile_cards_ahead() {
    if CARDS_DRAWN.get() {
        return;
    }
    let app = use_app();
    // Not if she has left the board meanwhile: the column would look for the page's contexts.
    spawn_local_scoped_with_cancellation(async move {
        crate::platform::yield_now::yield_now().await;
        if let (false, Some(me)) = (CARDS_DRAWN.get(), untrack(|| app.user())) {
            draw_off_screen(vec![made_up_card(&me)]);
        }
    });
}

/// A card made up here, never a request of her data: what a rehearsal draws without her cards.
fn made_up_card(me: &User) -> Card {
    let request = ChallengeRequest {
        title: String::from("-"),
        skill: Skill::ALL.first().copied(),
        ..ChallengeRequest::default()
    };
    Arc::new(Versioned {
        value: Challenge::new(String::from("rehearsal"), me, request, chrono::Utc::now()),
        etag: String::new(),
    })
}

fn draw_off_screen(cards: Vec<Card>) {
    let (Some(parent), Some(owner)) = (
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("div").ok()),
        Owner::current().map(|o| o.child()),
    ) else {
        return;
    };
    owner.with(|| {
        provide_context(AchievedOffer(RwSignal::new(None)));
        let mut column =
            view! { <Column status=Status::Requested cards=Signal::stored(cards)/> }.build();
        column.mount(&parent, None);
    });
    owner.cleanup();
}

/// Per card, how many of its comments she has not read.
#[derive(Clone, Copy)]
struct NewComments(Signal<std::collections::BTreeMap<String, usize>>);

#[component]
fn Column(status: Status, #[prop(into)] cards: Signal<Vec<Card>>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let heading_id = format!("col-{}", status.id());
    let heading_ref = heading_id.clone();
    let limit = RwSignal::new(FIRST);
    let new_comments = use_context::<NewComments>();
    // A card's texts are drawn once, for one language, one person and what she has read;
    // when any of these changes (rarely) the whole list is drawn again. Per-text effects in
    // a hundred cards made the board's first render and each keystroke slow (`make bench`).
    let list = move || {
        let lang = i18n.lang();
        let me = app.user();
        let unread = new_comments.map(|n| n.0.get()).unwrap_or_default();
        view! {
            <For each=move || cards.with(|all| all.iter().take(limit.get()).cloned().collect::<Vec<_>>()) key=|c| (c.value.id.clone(), c.etag.clone()) let:card>
                <CardItem unread=unread.get(&card.value.id).copied().unwrap_or(0)
                    card=card lang=lang me=me.clone()/>
            </For>
        }
    };
    view! {
        <section class=format!("column status-{}", status.id()) aria-labelledby=heading_ref>
            <h2 id=heading_id>{i18n.v(status.label_key())}<span class="count">{move || cards.with(Vec::len)}</span></h2>
            // An empty column says so rather than holding an empty list, and a search that
            // empties it drops the list whole, not card by card.
            <Show when=move || !cards.with(Vec::is_empty)
                fallback=move || view! { <p class="empty">{i18n.v(texts::BOARD_EMPTY_COLUMN)}</p> }>
                <ul class="cards">{list}</ul>
            </Show>
            <Show when=move || { cards.with(Vec::len) > limit.get() }>
                <button type="button" class="button secondary more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move || i18n.f(texts::BOARD_MORE, &[("n", &(cards.with(Vec::len) - limit.get()).to_string())])}
                </button>
            </Show>
        </section>
    }
}

/// One card: plain text for the given language and person (see `Column`), and the move control.
/// Kept to few parts: a card is drawn and dropped by the dozen at a keystroke, and with
/// `erase_components` each element's children are a list with a marker node of its own, and
/// each absent optional part is a placeholder.
#[component]
fn CardItem(card: Card, lang: Lang, me: Option<User>, unread: usize) -> impl IntoView {
    CARDS_DRAWN.set(true);
    let app = use_app();
    let c = &card.value;
    let href = Route::Challenge(&c.id).path();
    let skill = c.request.skill.map(|s| lookup(lang, s.label_key()));
    let worker = me
        .as_ref()
        .is_some_and(|u| u.role == Role::Coordinator && !c.worker_name.is_empty())
        .then(|| c.worker_name.clone());
    let comments = (!c.comments.is_empty()).then(|| {
        let n = c.comments.len().to_string();
        choose(format(lang, texts::BOARD_COMMENTS, &[("n", &n)]), "n", &n)
    });
    let unread = (unread > 0).then(|| {
        let n = unread.to_string();
        choose(
            format(lang, texts::BOARD_NEW_COMMENTS, &[("n", &n)]),
            "n",
            &n,
        )
    });
    let paused = (c.status == Status::Paused && !c.paused_reason.is_empty()).then(|| {
        format!(
            "{}{}",
            lookup(lang, texts::BOARD_PAUSED_REASON),
            c.paused_reason
        )
    });
    let meta = [
        ("tag", skill.map(str::to_string)),
        ("worker", worker),
        ("comments", comments),
        ("badge-new", unread),
    ]
    .into_iter()
    .filter_map(|(class, text)| text.map(|t| view! { <span class=class>{t}</span> }))
    .collect_view();
    let title = c.request.title.clone();
    let offer = use_context::<AchievedOffer>();
    let on_moved = Callback::new(move |moved: Option<Versioned<Challenge>>| {
        if let (Some(m), Some(offer)) =
            (moved.filter(|m| m.value.status == Status::Achieved), offer)
        {
            offer.0.set(Some(m.value));
        }
        app.data_changed();
    });
    view! {
        <li class="card challenge-card">
            // A plain link (the router still handles the click): `<A>` follows the location to
            // mark itself current, which a card never is, and 200 of them slowed each keystroke.
            <a href=to(href) class="card-title">{title}</a>
            // Only the tags a card has, as one list: each absent one was a part of its own.
            <p class="card-meta">{meta}</p>
            {paused.map(|t| view! { <p class="paused-reason">{t}</p> })}
            {me.map(|me| view! { <MoveControl card=card me=me lang=lang on_moved=on_moved/> })}
        </li>
    }
}
