//! The coordinator's `/`: who can do what, who is reachable now. It comes with the profile
//! pages she opens from it (`profile::worker_list`), not with the first screen a worker's phone
//! downloads.

use crate::app::routes::Route;
use crate::app::state::use_app;
use crate::features::profile::availability_view::ReachBadge;
use crate::features::profile::texts;
use crate::i18n::context::use_i18n;
use crate::i18n::shared;
use crate::platform::dom::to;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use leptos::prelude::*;
use okaeri_core::domain::availability::Reach;
use okaeri_core::domain::skill::Skill;
use okaeri_core::domain::worker::Profile;

/// Coordinators' list: who can do what, who is reachable now.
#[component]
pub fn WorkerList() -> impl IntoView {
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
            <PageHeading text=Signal::derive(move || i18n.t(texts::WORKERS_TITLE).to_string())/>
            <div class="filters" role="search" aria-label=move || i18n.t(texts::WORKERS_FILTERS)>
                <div class="field">
                    <label for="worker-skill">{move || i18n.t(texts::WORKERS_SKILL)}</label>
                    <select id="worker-skill" on:change=move |ev| skill.set(Skill::from_id(&event_target_value(&ev)))>
                        <option value="">{move || i18n.t(shared::COMMON_ALL)}</option>
                        {Skill::ALL.into_iter().map(|s| view! { <option value=s.id()>{move || i18n.t(s.label_key())}</option> }).collect_view()}
                    </select>
                </div>
                <label class="check">
                    <input type="checkbox" prop:checked=move || reachable_only.get() on:change=move |ev| reachable_only.set(event_target_checked(&ev))/>
                    <span>{move || i18n.t(texts::WORKERS_REACHABLE_NOW)}</span>
                </label>
            </div>
            <Suspense fallback=Loading>
                {move || workers.get().map(|r| match r {
                    Ok(list) => {
                        let shown = visible(&list);
                        if shown.is_empty() {
                            return view! { <p>{move || i18n.t(texts::WORKERS_NONE)}</p> }.into_any();
                        }
                        view! {
                            <ul class="worker-list">
                                {shown.into_iter().map(|p| {
                                    let href = Route::Worker(&p.id).path();
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
