//! `/`: a worker's starting point, or a coordinator's list of workers (`worker_list`).

use crate::api::ApiError;
use crate::app::chunks::lazy;
use crate::app::routes::Route;
use crate::app::session_error::SessionErrorPanel;
use crate::app::state::use_app;
use crate::features::home::texts;
use crate::features::profile;
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use crate::platform::dom::to;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::loaded::Loaded;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use futures_util::future::join;
use leptos::prelude::*;
use okaeri_core::domain::summary::{ChallengeSummary, ProfileSummary};
use okaeri_core::domain::worker::{Role, User};

#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    // The first screen waits for its data by matching on it, not inside `<Suspense>`: the first
    // download then carries none of Suspense's code (docs/performance.md), and a reload keeps
    // the last answer on screen until the new one comes.
    view! {
        {move || match app.session_state() {
            // The coordinator's list comes with the profile pages, not with this first screen.
            Some(Ok(user)) if user.role == Role::Coordinator => lazy(profile::worker_list).into_any(),
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
    let data = Loaded::new(move || {
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
                            <PageHeading key=texts::HOME_WELCOME_TITLE/>
                            <div class="hero card">
                                <p>{i18n.v(texts::HOME_WELCOME_BODY)}</p>
                                <a href=Route::Onboarding.href() class="button primary big">{i18n.v(common::HOME_START_ONBOARDING)}</a>
                            </div>
                        }.into_any(),
                        Ok(p) => {
                            let name = p.display_name.clone();
                            view! {
                                <PageHeading text=Signal::derive(move || i18n.f(texts::HOME_GREETING, &[("name", &name)]))/>
                                {lazy(profile::today_off)}
                                <div class="quick-links">
                                    <a href=Route::MyProfile.href() class="button secondary big">{i18n.v(texts::HOME_MY_STRENGTHS)}</a>
                                    <a href=Route::NewRequest.href() class="button primary big">{i18n.v(common::BOARD_NEW)}</a>
                                </div>
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| data.refetch())/> }.into_any(),
                    }}
                    <h2>{i18n.v(texts::HOME_MY_CHALLENGES)}</h2>
                    {if challenges.is_empty() {
                        view! { <p>{i18n.v(texts::HOME_NO_CHALLENGES)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="plain-list">
                                {challenges.into_iter().map(|c| {
                                    let href = Route::Challenge(&c.id).path();
                                    let status = c.status.label_key();
                                    view! { <li><a href=to(href)>{c.title.clone()}</a>" · "<span class="status-tag">{i18n.v(status)}</span></li> }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }.into_any(),
            }}
        </section>
    }
}
