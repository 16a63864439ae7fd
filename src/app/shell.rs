//! The router and the shell every page sits in: header, navigation, one `<main>`.

use crate::api::config::Config;
use crate::app::chunks::{self, lazy};
use crate::app::header::AppHeader;
use crate::app::live_region::LiveRegion;
use crate::app::nav::NavBar;
use crate::app::pages::Pages;
use crate::app::start_stages::{use_stage, Stage, StartStages};
use crate::app::state::AppState;
use crate::app::texts;
use crate::app::updates::{self, UpdatePrompt};
use crate::features::home;
use crate::features::settings;
use crate::i18n::context::{use_i18n, I18n};
use crate::i18n::Part;
use crate::platform::dom;
use crate::ui::when::when;
use leptos::prelude::*;
use leptos_router::components::Router;

#[component]
pub fn App(config: Config, shown: Box<dyn FnOnce()>) -> impl IntoView {
    // The shell's and home's texts come with the first download, as their code does.
    static FIRST_SCREEN: [&Part; 2] = [&texts::TEXTS, &home::texts::TEXTS];
    crate::i18n::add(&FIRST_SCREEN);
    let stages = StartStages::begin(shown);
    provide_context(stages);
    let i18n = I18n::start(crate::app::plain_texts::load);
    provide_context(i18n);
    let app = AppState::new(config);
    provide_context(app);
    provide_context(crate::sync::outbox::Outbox::start(
        app.client(),
        app.data_version(),
        app.session_signal(),
    ));
    chunks::warm_up();
    // The sign-in dialog is drawn (from its chunk) the first time a request asks for it, and
    // then stays, so closing it returns her focus as a native dialog does.
    let sign_in_asked = Memo::new(move |asked: Option<&bool>| {
        asked.copied().unwrap_or(false) || app.sign_in_needed()
    });
    let update_ready = updates::listen();
    let base = dom::mount().to_string();

    view! {
        <Show when=move || stages.reached(Stage::Router)>
            <Router base=base.clone()>
                {when(use_stage(Stage::Nav), || {
                    let i18n = use_i18n();
                    view! { <a class="skip-link" href="#main">{i18n.v(texts::NAV_SKIP)}</a> }.into_any()
                })}
                {when(use_stage(Stage::Header), || view! { <AppHeader/> }.into_any())}
                <UpdatePrompt ready=update_ready/>
                <div class="layout">
                    {when(use_stage(Stage::Nav), || view! { <NavBar/> }.into_any())}
                    {when(use_stage(Stage::Main), || view! {
                        <main id="main" tabindex="-1"><Pages/></main>
                    }.into_any())}
                </div>
                {when(use_stage(Stage::Notices), || view! { <LiveRegion/> }.into_any())}
                {when(sign_in_asked.into(), || lazy(settings::sign_in_dialog).into_any())}
            </Router>
        </Show>
    }
}
