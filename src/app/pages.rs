//! The page the address shows, drawn from its typed [`Address`].
//!
//! leptos_router's `<Router>` keeps the address: links, history, `navigate`, the query. Which
//! page that address shows is decided here, in one `match`, rather than by its `<Routes>`:
//! those made a child owner per navigation under their own long-lived one, and
//! reactive_graph 0.2 frees a child owner's memory only when its parent is cleaned up, so a
//! long session grew by a few hundred bytes with every page she opened (`make bench`,
//! memory). Here every page is a child of this switch, which lets the last one go as it
//! draws the next; and the router's table of twelve patterns, compiled into the first
//! download, is gone.

use crate::app::chunks::{lazy, PageLoad};
use crate::app::not_found::NotFound;
use crate::app::page_scope::page_memo;
use crate::app::page_visit::PageVisit;
use crate::app::routes::{Address, Page, PageQuery, RouteId};
use crate::app::state::{use_app, AppState};
use crate::features::home::Home;
use crate::features::{board, notices, onboarding, profile, settings};
use crate::i18n::context::{use_i18n, I18n};
use crate::platform::dom;
use crate::sync::outbox::{use_outbox, Outbox, Shown};
use leptos::prelude::*;
use leptos_router::hooks::{use_query_map, use_url};
use leptos_router::location::{BrowserUrl, LocationProvider};
use leptos_router::params::ParamsMap;

/// The page for the current address, inside the app's `<main>`.
#[component]
pub fn Pages() -> impl IntoView {
    let url = use_url();
    let address = Memo::new(move |_| {
        url.with(|u| Address::parse(u.path().strip_prefix(dom::mount()).unwrap_or(u.path())))
    });
    let page = Memo::new(move |_| address.with(|a| a.as_ref().map(|a| a.page)));
    // A followed link reaches the browser's history (and the page scrolls to its top) once
    // its page is drawn: the router waits to be told, as its `<Routes>` did.
    if let Some(location) = use_context::<BrowserUrl>() {
        Effect::new(move |_| {
            url.track();
            location.ready_to_complete();
        });
    }
    // Read here, once: each page is given its own from these. Read inside the switch they
    // would be the last page's own, disposed with it as the next is drawn.
    let (i18n, app, outbox) = (use_i18n(), use_app(), use_outbox());
    let query = use_query_map();
    // Only a change of page draws again: a new id or query is the page's own to follow.
    move || {
        let page = page.get();
        untrack(|| show(page, (address, query), i18n, app, outbox))
    }
}

/// A page, given its own memos of what the whole app shares (`I18n::for_page`,
/// `AppState::for_page`, `Outbox::for_page`, its id and query):
/// what it subscribes to is freed when she leaves it. Each is one visit (`PageVisit`), so work
/// it started can tell when she has gone elsewhere.
fn show(
    page: Option<Page>,
    (address, query): (Memo<Option<Address>>, Memo<ParamsMap>),
    i18n: I18n,
    app: AppState,
    outbox: Outbox,
) -> AnyView {
    provide_context(PageVisit::begin());
    provide_context(RouteId(own(page, address, move |a| {
        a.id.clone().unwrap_or_default()
    })));
    provide_context(PageQuery(own(page, address, move |_| query.get())));
    provide_context(i18n.for_page(
        |lang| page_memo(move || lang.get()),
        |missing| page_memo(move || missing.get()),
    ));
    let app = app.for_page();
    provide_context(app);
    provide_context(outbox.for_page(Shown {
        session: app.session_signal(),
        writes: page_memo(move || outbox.writes.get()),
        unsent_edits: page_memo(move || outbox.unsent_edits.get()),
        last_sent: page_memo(move || outbox.last_sent.get()),
    }));
    match page.map(code) {
        None => NotFound().into_any(),
        Some(None) => Home().into_any(),
        Some(Some(load)) => lazy(load).into_any(),
    }
}

/// What `read` takes from the address, for the page `page` alone: when she leaves for another
/// page it stays as it was. Otherwise the page she leaves would follow the next address (its id
/// or query gone) for the moment before it is let go, and start fetching and drawing for it;
/// work left waiting as the page goes kept its memory (`make leaks`).
fn own<T>(
    page: Option<Page>,
    address: Memo<Option<Address>>,
    read: impl Fn(&Address) -> T + Send + Sync + 'static,
) -> Signal<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let last = StoredValue::new(T::default());
    page_memo(move || {
        let here = address.with(|a| a.as_ref().filter(|a| Some(a.page) == page).map(&read));
        match here {
            Some(now) => {
                last.set_value(now.clone());
                now
            }
            None => last.get_value(),
        }
    })
}

/// Starts fetching the code of the page the address shows, before the app is built: a deep
/// link's page then downloads while the shell is drawn, rather than after (on a slow phone
/// those few hundred milliseconds left the line idle). The page asks for it again when it is
/// drawn and finds it on its way.
pub fn fetch_ahead() {
    let Some(path) = web_sys::window().and_then(|w| w.location().pathname().ok()) else {
        return;
    };
    let address = Address::parse(path.strip_prefix(dom::mount()).unwrap_or(&path));
    if let Some(load) = address.and_then(|a| code(a.page)) {
        // Not leptos' spawner: the app that sets it up is not mounted yet. In a task of its
        // own (the chunk loader's work for a page's dozens of files), not in the one that
        // instantiated the app: together they were a long task on a deep link.
        wasm_bindgen_futures::spawn_local(async move {
            crate::platform::yield_now::yield_now().await;
            let _ = load().await;
        });
    }
}

/// Where a page's code comes from: its feature's chunk; none for home, which is in the first
/// download.
fn code(page: Page) -> Option<fn() -> PageLoad> {
    Some(match page {
        Page::Home => return None,
        Page::Onboarding => onboarding::onboarding,
        Page::MyProfile => profile::my_profile,
        Page::Worker => profile::worker,
        Page::WorkerCard => profile::worker_card,
        Page::Board => board::board,
        Page::NewRequest => board::new_request,
        Page::Challenge => board::challenge,
        Page::Notifications => notices::inbox,
        Page::LookBack => profile::look_back,
        Page::Settings => settings::settings,
        Page::Glossary => settings::glossary,
    })
}
