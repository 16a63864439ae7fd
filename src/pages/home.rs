//! `/`: a worker's starting point, or a coordinator's list of workers (`worker_list`).

use crate::api::ApiError;
use crate::browser::dom::to;
use crate::components::error_panel::{ErrorPanel, SessionErrorPanel};
use crate::components::loading::Loading;
use crate::components::page_heading::PageHeading;
use crate::i18n::context::use_i18n;
use crate::pages::lazy::{self, lazy};
use crate::state::use_app;
use futures_util::future::join;
use leptos::prelude::*;
use okaeri_core::domain::summary::{ChallengeSummary, ProfileSummary};
use okaeri_core::domain::worker::{Role, User};

#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    // The first screen waits for its data by matching on it, not inside `<Suspense>`: the first
    // download then carries none of Suspense's code (measured: 3.6 KB brotli), and a reload keeps
    // the last answer on screen until the new one comes.
    view! {
        {move || match app.session_state() {
            // The coordinator's list comes with the profile pages, not with this first screen.
            Some(Ok(user)) if user.role == Role::Coordinator => lazy(lazy::worker_list).into_any(),
            Some(Ok(user)) => view! { <WorkerHome user=user/> }.into_any(),
            Some(Err(e)) => view! { <SessionErrorPanel error=e/> }.into_any(),
            None => view! { <Loading/> }.into_any(),
        }}
    }
}

/// What her starting point shows: her profile's summary and her challenges, asked for together
/// (one resource, one loading state: the first screen is drawn once, when both have come).
#[derive(Clone)]
struct HomeData {
    profile: Result<ProfileSummary, ApiError>,
    /// Shown as none when they cannot be read: the profile's error says what went wrong.
    challenges: Vec<ChallengeSummary>,
}

#[component]
fn WorkerHome(user: User) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let id = user.id.clone();
    let data = LocalResource::new(move || {
        app.track_data();
        let client = app.client();
        let id = id.clone();
        async move {
            let (profile, challenges) =
                join(client.worker_summary(&id), client.challenge_summaries()).await;
            HomeData {
                profile,
                challenges: challenges.unwrap_or_default(),
            }
        }
    });
    view! {
        <section class="page home">
            {move || match data.get() {
                None => view! { <Loading/> }.into_any(),
                Some(HomeData { profile, challenges }) => view! {
                    {match profile {
                        Ok(p) if !p.onboarded => view! {
                            <PageHeading text=Signal::derive(move || i18n.t("home.welcome_title").to_string())/>
                            <div class="hero card">
                                <p>{move || i18n.t("home.welcome_body")}</p>
                                <a href=to("/onboarding") class="button primary big">{move || i18n.t("home.start_onboarding")}</a>
                            </div>
                        }.into_any(),
                        Ok(p) => {
                            let name = p.display_name.clone();
                            view! {
                                <PageHeading text=Signal::derive(move || i18n.f("home.greeting", &[("name", &name)]))/>
                                <div class="quick-links">
                                    <a href=to("/profile") class="button secondary big">{move || i18n.t("home.my_strengths")}</a>
                                    <a href=to("/board/new") class="button primary big">{move || i18n.t("board.new")}</a>
                                </div>
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| data.refetch())/> }.into_any(),
                    }}
                    <h2>{move || i18n.t("home.my_challenges")}</h2>
                    {if challenges.is_empty() {
                        view! { <p>{move || i18n.t("home.no_challenges")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="plain-list">
                                {challenges.into_iter().map(|c| {
                                    let href = format!("/board/{}", c.id);
                                    let status = c.status.label_key();
                                    view! { <li><a href=to(href)>{c.title.clone()}</a>" · "<span class="status-tag">{move || i18n.t(status)}</span></li> }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }.into_any(),
            }}
        </section>
    }
}
