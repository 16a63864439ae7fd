//! The router and the shell every page sits in: header, navigation, one `<main>`.

use crate::api::config::Config;
use crate::browser::dom;
use crate::components::header::AppHeader;
use crate::components::live_region::LiveRegion;
use crate::components::nav::NavBar;
use crate::components::when::when;
use crate::i18n::context::{use_i18n, I18n};
use crate::page_visit::PageVisit;
use crate::pages::lazy::{self, lazy};
use crate::pages::{home::Home, not_found::NotFound};
use crate::start_stages::{use_stage, Stage, StartStages};
use crate::state::{use_app, AppState};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App(config: Config, shown: Box<dyn FnOnce()>) -> impl IntoView {
    let stages = StartStages::begin(shown);
    provide_context(stages);
    let i18n = I18n::load();
    provide_context(i18n);
    let app = AppState::new(config);
    provide_context(app);
    provide_context(crate::sync::outbox::Outbox::start(
        app.client(),
        app.data_version,
        app.session_signal(),
    ));
    lazy::warm_up();
    // The sign-in dialog is drawn (from its chunk) the first time a request asks for it, and
    // then stays, so closing it returns her focus as a native dialog does.
    let sign_in_asked = Memo::new(move |asked: Option<&bool>| {
        asked.copied().unwrap_or(false) || app.sign_in_needed.get()
    });
    let base = dom::base_path();
    let base = base.trim_end_matches('/').to_string();

    view! {
        <Show when=move || stages.reached(Stage::Router)>
            <Router base=base.clone()>
                {when(use_stage(Stage::Nav), || {
                    let i18n = use_i18n();
                    view! { <a class="skip-link" href="#main">{move || i18n.t("nav.skip")}</a> }.into_any()
                })}
                {when(use_stage(Stage::Header), || view! { <AppHeader/> }.into_any())}
                <div class="layout">
                    {when(use_stage(Stage::Nav), || view! { <NavBar/> }.into_any())}
                    {when(use_stage(Stage::Main), || view! {
                        <main id="main" tabindex="-1">
                            <Routes fallback=page(NotFound)>
                                <Route path=path!("/") view=page(Home)/>
                                <Route path=path!("/onboarding") view=page(|| lazy(lazy::onboarding))/>
                                <Route path=path!("/profile") view=page(|| lazy(lazy::my_profile))/>
                                <Route path=path!("/workers/:id") view=page(|| lazy(lazy::worker))/>
                                <Route path=path!("/workers/:id/card") view=page(|| lazy(lazy::worker_card))/>
                                <Route path=path!("/board") view=page(|| lazy(lazy::board))/>
                                <Route path=path!("/board/new") view=page(|| lazy(lazy::request_form))/>
                                <Route path=path!("/board/:id") view=page(|| lazy(lazy::challenge))/>
                                <Route path=path!("/settings") view=page(|| lazy(lazy::settings))/>
                            </Routes>
                        </main>
                    }.into_any())}
                </div>
                {when(use_stage(Stage::Notices), || view! { <LiveRegion/> }.into_any())}
                {when(sign_in_asked.into(), || lazy(lazy::sign_in_dialog).into_any())}
            </Router>
        </Show>
        // Listening from the start: pwa.js may say a new version waits at any moment.
        <crate::components::app_updates::UpdatePrompt/>
    }
}

/// A route's view, given its own language and user memos (`I18n::for_page`,
/// `AppState::for_page`): what the page subscribes to is freed when she leaves it. Each is
/// one visit (`PageVisit`), so work it started can tell when she has gone elsewhere.
fn page<V: IntoView + 'static>(view: fn() -> V) -> impl Fn() -> AnyView + Clone + Send + 'static {
    move || {
        provide_context(PageVisit::begin());
        provide_context(use_i18n().for_page());
        provide_context(use_app().for_page());
        view().into_any()
    }
}
