//! The coordinator's `/`: who can do what, who is reachable now, who wants to try what. Words,
//! filters and order live in the address; choosing a skill turns the list into the matching
//! view ("who can do X at level ≥ L, soonest reachable first; who wants to try X"), each with a
//! line of why. It comes with the profile pages she opens from it (`profile::worker_list`),
//! not with the first screen a worker's phone downloads.

use crate::app::address_search::follow_after_pause;
use crate::app::routes::{use_page_query, Route};
use crate::app::state::use_app;
use crate::features::profile::availability_view::ReachBadge;
use crate::features::profile::fields::summaries::{skill_levels, wished_skills};
use crate::features::profile::fields::words::{reach_text, skill_name};
use crate::features::profile::texts;
use crate::i18n::context::{use_i18n, I18n};
use crate::i18n::shared;
use crate::platform::dom::to;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use okaeri_core::domain::skill::{Level, Skill};
use okaeri_core::domain::skill_ref::{own_skill_names, SkillRef};
use okaeri_core::domain::worker::Profile;
use okaeri_core::domain::worker_search::{today, Sort, WorkerQuery};

#[component]
pub fn WorkerList() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let query_map = use_page_query();
    let navigate = use_navigate();
    // What she has typed and the address does not hold yet.
    let typed = RwSignal::new(None::<String>);
    let query = Memo::new(move |_| {
        let mut q = query_map.with(|m| WorkerQuery::from_query(|k| m.get(k)));
        if let Some(words) = typed.get() {
            q.words = words;
        }
        q
    });
    let set_query = StoredValue::new_local(move |edit: &dyn Fn(&mut WorkerQuery)| {
        let mut q = query.get_untracked();
        edit(&mut q);
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&Route::Home.with_query(&q.to_query()), options);
    });
    let update = move |edit: &dyn Fn(&mut WorkerQuery)| set_query.with_value(|set| set(edit));
    let search = follow_after_pause(typed, move || update(&|_| {}));
    let workers = LocalResource::new(move || {
        app.track_data();
        let client = app.client();
        async move { client.list_workers().await }
    });
    let label = move |s: Skill| i18n.t(s.label_key()).to_string();
    let own_names = Signal::derive(move || {
        workers
            .get()
            .and_then(Result::ok)
            .map(|list| own_skill_names(list.iter().map(|p| &p.fields)))
            .unwrap_or_default()
    });
    let skill_options = move || {
        Skill::ALL
            .into_iter()
            .map(|s| view! { <option value=s.id()>{move || i18n.t(s.label_key())}</option> })
            .collect_view()
    };
    view! {
        <section class="page">
            <PageHeading key=texts::WORKERS_TITLE/>
            <div class="filters" role="search" aria-label=move || i18n.t(texts::WORKERS_FILTERS)>
                <div class="field compact">
                    <label for="worker-words">{i18n.v(texts::WORKERS_WORDS)}</label>
                    <p class="hint" id="worker-words-hint">{i18n.v(texts::WORKERS_WORDS_HINT)}</p>
                    // Narrowed when a Japanese conversion is confirmed, not at every kana on the way.
                    <input id="worker-words" type="search" aria-describedby="worker-words-hint"
                        prop:value=move || query.with(|q| q.words.clone())
                        on:input=move |ev| if !crate::ui::ime::is_composing_input(&ev) { search(event_target_value(&ev)) }
                        on:compositionend=move |ev| search(event_target_value(&ev))/>
                </div>
                <div class="field compact">
                    <label for="worker-skill">{i18n.v(texts::WORKERS_SKILL)}</label>
                    <select id="worker-skill" prop:value=move || query.with(|q| q.skill.as_ref().map(SkillRef::id).unwrap_or_default())
                        on:change=move |ev| { let s = SkillRef::from_id(&event_target_value(&ev)); update(&move |q| q.skill = s.clone()); }>
                        <option value="">{move || i18n.t(shared::COMMON_ALL)}</option>
                        {skill_options()}
                        // The skills workers named themselves, once the list has come.
                        {move || {
                            let names = own_names.get();
                            (!names.is_empty()).then(|| view! {
                                <optgroup label=move || i18n.t(texts::OWN_SKILLS_GROUP)>
                                    {names.into_iter().map(|n| {
                                        let id = SkillRef::Own(n.clone()).id();
                                        // Drawn after the select took its value from the address.
                                        let chosen = query.with_untracked(|q| q.skill.as_ref().is_some_and(|s| s.is_own(&n)));
                                        view! { <option value=id selected=chosen>{n}</option> }
                                    }).collect_view()}
                                </optgroup>
                            })
                        }}
                    </select>
                </div>
                <div class="field compact">
                    <label for="worker-level">{i18n.v(texts::WORKERS_LEVEL)}</label>
                    <select id="worker-level" prop:value=move || query.with(|q| q.min_level.map(Level::id).unwrap_or(""))
                        on:change=move |ev| { let l = Level::from_id(&event_target_value(&ev)); update(&move |q| q.min_level = l); }>
                        <option value="">{move || i18n.t(texts::WORKERS_ANY_LEVEL)}</option>
                        {Level::ALL.into_iter().map(|l| view! {
                            <option value=l.id()>{move || i18n.f(texts::WORKERS_LEVEL_OR_ABOVE, &[("level", i18n.t(l.label_key()))])}</option>
                        }).collect_view()}
                    </select>
                </div>
                <label class="check">
                    <input type="checkbox" prop:checked=move || query.with(|q| q.reachable_now)
                        on:change=move |ev| { let on = event_target_checked(&ev); update(&move |q| q.reachable_now = on); }/>
                    <span>{i18n.v(texts::WORKERS_REACHABLE_NOW)}</span>
                </label>
                // Less asked for: folded away on a phone, open when the address sets one.
                <details class="more-filters" open=query.with_untracked(|q| q.wants.is_some() || q.sort != Sort::Name)>
                    <summary>{i18n.v(texts::WORKERS_MORE)}</summary>
                    <div class="field compact">
                        <label for="worker-wants">{i18n.v(texts::WORKERS_WANTS)}</label>
                        <select id="worker-wants" prop:value=move || query.with(|q| q.wants.map(Skill::id).unwrap_or(""))
                            on:change=move |ev| { let s = Skill::from_id(&event_target_value(&ev)); update(&move |q| q.wants = s); }>
                            <option value="">{move || i18n.t(shared::COMMON_ALL)}</option>
                            {skill_options()}
                        </select>
                    </div>
                    <div class="field compact">
                        <label for="worker-sort">{i18n.v(texts::WORKERS_SORT)}</label>
                        <select id="worker-sort" prop:value=move || query.with(|q| if q.sort == Sort::NextReachable { "next" } else { "name" })
                            on:change=move |ev| { let next = event_target_value(&ev) == "next"; update(&move |q| q.sort = if next { Sort::NextReachable } else { Sort::Name }); }>
                            <option value="name">{move || i18n.t(texts::WORKERS_SORT_NAME)}</option>
                            <option value="next">{move || i18n.t(texts::WORKERS_SORT_NEXT)}</option>
                        </select>
                    </div>
                </details>
            </div>
            <Suspense fallback=Loading>
                {move || workers.get().map(|r| match r {
                    Err(e) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| workers.refetch())/> }.into_any(),
                    Ok(list) => {
                        let now = chrono::Utc::now();
                        let q = query.get();
                        match q.matches(&list, &label, now) {
                            Some(found) => {
                                let skill = &skill_name(i18n.lang(), &found.skill);
                                let can_title = match q.min_level {
                                    Some(l) => i18n.f(texts::WORKERS_CAN_TITLE_LEVEL, &[("skill", skill), ("level", i18n.t(l.label_key()))]),
                                    None => i18n.f(texts::WORKERS_CAN_TITLE, &[("skill", skill)]),
                                };
                                let wants_title = i18n.f(texts::WORKERS_WANTS_TITLE, &[("skill", skill)]);
                                let can: Vec<_> = found.can.iter().map(|p| matched(i18n, p, &found.skill, false, now)).collect();
                                let wants: Vec<_> = found.wants.iter().map(|p| matched(i18n, p, &found.skill, true, now)).collect();
                                view! {
                                    <section class="matches" aria-labelledby="can-title">
                                        <h2 id="can-title">{can_title}</h2>
                                        {people(i18n, can)}
                                    </section>
                                    <section class="matches" aria-labelledby="wants-title">
                                        <h2 id="wants-title">{wants_title}</h2>
                                        {people(i18n, wants)}
                                    </section>
                                }.into_any()
                            }
                            None => {
                                let shown: Vec<_> = q.list(&list, &label, now).into_iter().map(|p| listed(i18n, p)).collect();
                                if shown.is_empty() {
                                    view! { <p>{i18n.v(texts::WORKERS_NONE)}</p> }.into_any()
                                } else {
                                    view! { <ul class="worker-list">{shown}</ul> }.into_any()
                                }
                            }
                        }
                    }
                })}
            </Suspense>
        </section>
    }
}

/// A list of people, or the sentence that there is no one.
fn people(i18n: I18n, items: Vec<AnyView>) -> AnyView {
    if items.is_empty() {
        view! { <p>{i18n.v(texts::WORKERS_NONE)}</p> }.into_any()
    } else {
        view! { <ul class="worker-list">{items}</ul> }.into_any()
    }
}

/// One worker in the list: her name, statement, today's status, skills with levels and wishes.
fn listed(i18n: I18n, p: &Profile) -> AnyView {
    let href = Route::Worker(&p.id).path();
    let availability = p.fields.availability.clone();
    let days_off = p.days_off.clone();
    let (skills, wishes) = (p.fields.skills.clone(), p.fields.aspirations.clone());
    let own: Vec<(String, &'static str)> = p
        .fields
        .own_skills
        .iter()
        .map(|s| (s.name.clone(), s.level.label_key()))
        .collect();
    let has_wants = !wishes.is_empty();
    let skill_line = move || {
        let own = own
            .iter()
            .map(|(name, level)| format!("{name}（{}）", i18n.t(level)));
        [skill_levels(i18n, &skills)]
            .into_iter()
            .chain(own)
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("、")
    };
    let wants_line = move || {
        i18n.f(
            texts::WORKERS_WANTS_LINE,
            &[("skills", &wished_skills(i18n, &wishes))],
        )
    };
    view! {
        <li class="worker-item card">
            <a href=to(href) class="worker-name">{p.fields.display_name.clone()}</a>
            <p class="statement">{p.fields.strength_statement.clone()}</p>
            <ReachBadge availability=Signal::derive(move || availability.clone()) days_off=Signal::derive(move || days_off.clone())/>
            <p class="skill-line">{skill_line}</p>
            {has_wants.then(|| view! { <p class="skill-line">{wants_line}</p> })}
        </li>
    }
    .into_any()
}

/// One worker in the matching view, with one line of why: her level (and years) or her wish,
/// and when she can be reached.
fn matched(
    i18n: I18n,
    p: &Profile,
    skill: &SkillRef,
    wishes: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> AnyView {
    let href = Route::Worker(&p.id).path();
    let held = skill.held_in(&p.fields);
    let mut why = Vec::new();
    if wishes {
        why.push(i18n.t(texts::WORKERS_WHY_WANTS).to_string());
        if let Some(note) = p
            .fields
            .aspirations
            .iter()
            .find(|a| *skill == SkillRef::Listed(a.skill))
            .map(|a| a.note.clone())
            .filter(|n| !n.is_empty())
        {
            why.push(format!("「{note}」"));
        }
        if let Some((level, _)) = held {
            why.push(i18n.f(
                texts::WORKERS_WHY_LEVEL_NOW,
                &[("level", i18n.t(level.label_key()))],
            ));
        }
    } else if let Some((level, years)) = held {
        let mut level = i18n.t(level.label_key()).to_string();
        if let Some(years) = years {
            level.push_str(&format!(
                "（{}）",
                i18n.counted(texts::WORKERS_WHY_YEARS, "years", years as usize)
            ));
        }
        why.push(level);
    }
    let status = today(p, now);
    let reach = reach_text(i18n.lang(), &status.reach);
    why.push(if status.off_today {
        format!("{} · {reach}", i18n.t(texts::DAYOFF_OFF_TODAY))
    } else {
        reach
    });
    view! {
        <li class="worker-item card">
            <a href=to(href) class="worker-name">{p.fields.display_name.clone()}</a>
            <p class="why">{why.join(" · ")}</p>
        </li>
    }
    .into_any()
}
