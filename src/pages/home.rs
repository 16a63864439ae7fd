//! `/`: a worker's starting point, or a coordinator's list of workers.

use crate::browser::dom::to;
use crate::components::availability_view::ReachBadge;
use crate::components::error_panel::{ErrorPanel, SessionErrorPanel};
use crate::components::loading::Loading;
use crate::components::page_heading::PageHeading;
use crate::domain::availability::Reach;
use crate::domain::skill::Skill;
use crate::domain::worker::{Profile, Role, User};
use crate::i18n::context::use_i18n;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    view! {
        <Suspense fallback=Loading>
            {move || match app.session_state() {
                Some(Ok(user)) if user.role == Role::Coordinator => view! { <WorkerList/> }.into_any(),
                Some(Ok(user)) => view! { <WorkerHome user=user/> }.into_any(),
                Some(Err(e)) => view! { <SessionErrorPanel error=e/> }.into_any(),
                None => view! { <Loading/> }.into_any(),
            }}
        </Suspense>
    }
}

#[component]
fn WorkerHome(user: User) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let id = user.id.clone();
    let profile = LocalResource::new(move || {
        app.track_data();
        let client = app.client();
        let id = id.clone();
        async move { client.get_worker(&id).await }
    });
    let challenges = LocalResource::new(move || {
        app.track_data();
        let client = app.client();
        async move { client.list_challenges(None).await.unwrap_or_default() }
    });
    view! {
        <section class="page home">
            <Suspense fallback=Loading>
                {move || profile.get().map(|p| match p {
                    Ok(p) if !p.value.onboarded => view! {
                        <PageHeading text=Signal::derive(move || i18n.t("home.welcome_title").to_string())/>
                        <div class="hero card">
                            <p>{move || i18n.t("home.welcome_body")}</p>
                            <a href=to("/onboarding") class="button primary big">{move || i18n.t("home.start_onboarding")}</a>
                        </div>
                    }.into_any(),
                    Ok(p) => {
                        let name = p.value.fields.display_name.clone();
                        view! {
                            <PageHeading text=Signal::derive(move || i18n.f("home.greeting", &[("name", &name)]))/>
                            <div class="quick-links">
                                <a href=to("/profile") class="button secondary big">{move || i18n.t("home.my_strengths")}</a>
                                <a href=to("/board/new") class="button primary big">{move || i18n.t("board.new")}</a>
                            </div>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| profile.refetch())/> }.into_any(),
                })}
            </Suspense>
            <h2>{move || i18n.t("home.my_challenges")}</h2>
            <Suspense fallback=Loading>
                {move || challenges.get().map(|list| {
                    if list.is_empty() {
                        view! { <p>{move || i18n.t("home.no_challenges")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="plain-list">
                                {list.into_iter().map(|c| {
                                    let href = format!("/board/{}", c.id);
                                    let status = c.status.label_key();
                                    view! { <li><a href=to(href)>{c.request.title.clone()}</a>" · "<span class="status-tag">{move || i18n.t(status)}</span></li> }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

/// Coordinators' list: who can do what, who is reachable now.
#[component]
fn WorkerList() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let skill = RwSignal::new(None::<Skill>);
    let reachable_only = RwSignal::new(false);
    let workers = LocalResource::new(move || {
        app.track_data();
        let client = app.client();
        async move { client.list_workers().await }
    });
    let visible = move |list: &[Profile]| -> Vec<Profile> {
        let now = chrono::Utc::now();
        list.iter()
            .filter(|p| p.onboarded)
            .filter(|p| skill.get().is_none_or(|s| p.fields.level_of(s).is_some()))
            .filter(|p| {
                !reachable_only.get()
                    || matches!(p.fields.availability.reach_at(now), Reach::Now { .. })
            })
            .cloned()
            .collect()
    };
    view! {
        <section class="page">
            <PageHeading text=Signal::derive(move || i18n.t("workers.title").to_string())/>
            <div class="filters" role="search" aria-label=move || i18n.t("workers.filters")>
                <div class="field">
                    <label for="worker-skill">{move || i18n.t("workers.skill")}</label>
                    <select id="worker-skill" on:change=move |ev| skill.set(Skill::from_id(&event_target_value(&ev)))>
                        <option value="">{move || i18n.t("common.all")}</option>
                        {Skill::ALL.into_iter().map(|s| view! { <option value=s.id()>{move || i18n.t(s.label_key())}</option> }).collect_view()}
                    </select>
                </div>
                <label class="check">
                    <input type="checkbox" prop:checked=move || reachable_only.get() on:change=move |ev| reachable_only.set(event_target_checked(&ev))/>
                    <span>{move || i18n.t("workers.reachable_now")}</span>
                </label>
            </div>
            <Suspense fallback=Loading>
                {move || workers.get().map(|r| match r {
                    Ok(list) => {
                        let shown = visible(&list);
                        if shown.is_empty() {
                            return view! { <p>{move || i18n.t("workers.none")}</p> }.into_any();
                        }
                        view! {
                            <ul class="worker-list">
                                {shown.into_iter().map(|p| {
                                    let href = format!("/workers/{}", p.id);
                                    let availability = p.fields.availability.clone();
                                    let skills: Vec<&'static str> = p.fields.skills.iter().map(|s| s.skill.label_key()).collect();
                                    view! {
                                        <li class="worker-item card">
                                            <a href=to(href) class="worker-name">{p.fields.display_name.clone()}</a>
                                            <p class="statement">{p.fields.strength_statement.clone()}</p>
                                            <ReachBadge availability=Signal::derive(move || availability.clone())/>
                                            <p class="skill-line">{move || skills.iter().map(|k| i18n.t(k)).collect::<Vec<_>>().join(" · ")}</p>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| workers.refetch())/> }.into_any(),
                })}
            </Suspense>
        </section>
    }
}
