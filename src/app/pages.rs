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
use crate::app::routes::{Address, Page, RouteId};
use crate::app::state::{use_app, AppState};
use crate::features::home::Home;
use crate::features::{board, notices, onboarding, profile, settings};
use crate::i18n::context::{use_i18n, I18n};
use crate::platform::dom;
use leptos::prelude::*;
use leptos_router::hooks::use_url;
use leptos_router::location::{BrowserUrl, LocationProvider};

/// The page for the current address, inside the app's `<main>`.
#[component]
pub fn Pages() -> impl IntoView {
    let url = use_url();
    let address = Memo::new(move |_| {
        url.with(|u| Address::parse(u.path().strip_prefix(dom::mount()).unwrap_or(u.path())))
    });
    let page = Memo::new(move |_| address.with(|a| a.as_ref().map(|a| a.page)));
    let id = Memo::new(move |_| {
        address.with(|a| a.as_ref().and_then(|a| a.id.clone()).unwrap_or_default())
    });
    provide_context(RouteId(id.into()));
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
    let (i18n, app) = (use_i18n(), use_app());
    // Only a change of page draws again: a new id or query is the page's own to follow.
    move || {
        let page = page.get();
        untrack(|| show(page, i18n, app))
    }
}

/// A page, given its own language and user memos (`I18n::for_page`, `AppState::for_page`):
/// what it subscribes to is freed when she leaves it. Each is one visit (`PageVisit`), so work
/// it started can tell when she has gone elsewhere.
fn show(page: Option<Page>, i18n: I18n, app: AppState) -> AnyView {
    provide_context(PageVisit::begin());
    provide_context(i18n.for_page(|lang| page_memo(move || lang.get())));
    provide_context(app.for_page());
    match page.map(code) {
        None => NotFound().into_any(),
        Some(None) => Home().into_any(),
        Some(Some(load)) => lazy(load).into_any(),
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
