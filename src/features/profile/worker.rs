//! `/workers/:id`: a worker's strengths profile, as a coordinator sees it (and she sees her
//! own). Coordinators endorse from here.

use crate::app::routes::{use_page_query, use_route_id, Route};
use crate::app::session_error::SessionErrorPanel;
use crate::app::state::use_app;
use crate::features::profile::availability_view::AvailabilityView;
use crate::features::profile::career_paths::CareerPaths;
use crate::features::profile::direction_view::DirectionView;
use crate::features::profile::endorse_form::EndorseForm;
use crate::features::profile::fields::texts as field_texts;
use crate::features::profile::fields::words::skill_name;
use crate::features::profile::fields::work_style_card::WorkStyleCard;
use crate::features::profile::named_list_editor::qualification_text;
use crate::features::profile::strengths_chart::StrengthsChart;
use crate::features::profile::texts;
use crate::i18n::context::use_i18n;
use crate::i18n::dates::format_date;
use crate::platform::dom::to;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use leptos::prelude::*;
use okaeri_core::domain::board_filter::encode;
use okaeri_core::domain::challenge::Challenge;
use okaeri_core::domain::days_off::DayOff;
use okaeri_core::domain::endorsement::Endorsement;
use okaeri_core::domain::look_back::LookBack;
use okaeri_core::domain::skill_ref::SkillRef;
use okaeri_core::domain::strengths::{
    endorsed_for, evidence, strength_tags, timeline_with_look_backs, ChallengeRef, TimelineEvent,
};
use okaeri_core::domain::worker::{Profile, ProfileFields, User};

/// Everything the profile page shows, loaded together.
#[derive(Clone)]
pub struct ProfileData {
    pub profile: Profile,
    pub etag: String,
    pub endorsements: Vec<Endorsement>,
    pub challenges: Vec<Challenge>,
    /// Her weekly look backs, for her timeline.
    pub look_backs: Vec<LookBack>,
}

pub async fn load_profile(
    client: crate::api::Client,
    id: String,
) -> Result<ProfileData, crate::api::ApiError> {
    let profile = client.get_worker(&id).await?;
    let endorsements = client.list_endorsements(&id).await.unwrap_or_default();
    let challenges = client.list_challenges(Some(&id)).await.unwrap_or_default();
    let look_backs = client
        .look_backs(&id)
        .await
        .map(|l| l.items)
        .unwrap_or_default();
    Ok(ProfileData {
        profile: profile.value,
        etag: profile.etag,
        endorsements,
        challenges,
        look_backs,
    })
}

/// A worker's page that could not be read (no such worker, or the network): still a page with
/// its heading, then why and a retry.
fn unreadable(error: crate::api::ApiError, retry: Callback<()>) -> AnyView {
    view! {
        <section class="page">
            <PageHeading key=texts::WORKER_PAGE/>
            <ErrorPanel error=error on_retry=retry/>
        </section>
    }
    .into_any()
}

/// The worker the route's `:id` names, loaded and drawn by `show`: a loading line first, and
/// a kind error with a retry if she cannot be read (her card and her 職務経歴書).
pub fn route_profile(
    show: impl Fn(ProfileData) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let route_id = use_route_id();
    let data = LocalResource::new(move || load_profile(app.client(), route_id.get()));
    view! {
        <Suspense fallback=Loading>
            {move || data.get().map(|r| match r {
                Ok(d) => show(d),
                Err(e) => unreadable(e, Callback::new(move |_| data.refetch())),
            })}
        </Suspense>
    }
}

#[component]
pub fn WorkerPage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let route_id = use_route_id();
    let query = use_page_query();
    let id = move || route_id.get();
    // Arriving from an achieved challenge: the endorsement form opens prefilled.
    let prefill = move || {
        query.with(|q| {
            q.get("endorse").map(|skill| EndorsePrefill {
                skill: SkillRef::from_id(&skill),
                challenge_id: q.get("challenge"),
            })
        })
    };
    let data = LocalResource::new(move || {
        app.track_data();
        load_profile(app.client(), id())
    });
    view! {
        <Suspense fallback=Loading>
            {move || {
                i18n.lang.track();
                match (data.get(), app.session_state()) {
                (Some(Ok(d)), Some(Ok(me))) => view! { <ProfileView data=d me=me prefill=prefill()/> }.into_any(),
                (Some(Err(e)), _) => unreadable(e, Callback::new(move |_| data.refetch())),
                (_, Some(Err(e))) => view! { <SessionErrorPanel error=e/> }.into_any(),
                _ => view! { <Loading/> }.into_any(),
            }}}
        </Suspense>
    }
}

/// What the endorsement form starts with when opened from an achieved challenge.
#[derive(Clone, Debug, PartialEq)]
pub struct EndorsePrefill {
    pub skill: Option<SkillRef>,
    pub challenge_id: Option<String>,
}

/// " · チャレンジ: 請求書の処理", linked to the challenge.
fn challenge_link(challenge: ChallengeRef) -> impl IntoView {
    let i18n = use_i18n();
    let href = Route::Challenge(&challenge.id).path();
    view! {
        " · "<span class="evidence-for">{i18n.v(texts::PROFILE_FOR_CHALLENGE)}</span>
        <a href=to(href)>{challenge.title}</a>
    }
}

/// "けい（けい） · 北海道": who she is, under the page's heading (her name is the heading on a
/// coordinator's view).
fn who_line(f: &ProfileFields, with_name: bool) -> String {
    let mut parts = Vec::new();
    if with_name {
        parts.push(f.display_name.clone());
    }
    if !f.furigana.is_empty() {
        parts.push(format!("（{}）", f.furigana));
    }
    let mut line = parts.concat();
    if !f.area.is_empty() {
        if !line.is_empty() {
            line.push_str(" · ");
        }
        line.push_str(&f.area);
    }
    line
}

#[component]
pub fn ProfileView(
    data: ProfileData,
    me: User,
    /// Her answers as she edits them (わたしの強み), so the page follows as she types.
    #[prop(optional, into)]
    live: Option<Signal<ProfileFields>>,
    /// Her days off as she adds and removes them on her page.
    #[prop(optional, into)]
    live_days_off: Option<Signal<Vec<DayOff>>>,
    #[prop(optional)] editor: Option<AnyView>,
    #[prop(optional_no_strip)] prefill: Option<EndorsePrefill>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ProfileData {
        profile,
        endorsements,
        challenges,
        look_backs,
        ..
    } = data;
    let is_me = me.id == profile.id;
    let can_endorse = me.may_endorse(&profile.id);
    let sees_family = me.may_see_family_notes(&profile.id);
    let endorsing = RwSignal::new(prefill.is_some());
    let (pre_skill, pre_challenge) = prefill
        .map(|p| (p.skill, p.challenge_id))
        .unwrap_or_default();
    let fields = live.unwrap_or_else(|| Signal::stored(profile.fields.clone()));
    let days_off = live_days_off.unwrap_or_else(|| Signal::stored(profile.days_off.clone()));
    let tags = strength_tags(&endorsements);
    let name = profile.fields.display_name.clone();
    let heading = if is_me {
        i18n.t(texts::PROFILE_MINE).to_string()
    } else {
        name.clone()
    };
    let achieved: Vec<Challenge> = challenges
        .iter()
        .filter(|c| c.achieved_at().is_some())
        .cloned()
        .collect();
    let events = timeline_with_look_backs(&profile, &challenges, &endorsements, &look_backs);
    let profile_signal = Signal::derive({
        let p = profile.clone();
        move || Profile {
            fields: fields.get(),
            ..p.clone()
        }
    });
    let (challenges, endorsements) = (StoredValue::new(challenges), StoredValue::new(endorsements));
    let evidence_view = move || {
        let profile = profile_signal.get();
        let (challenges, endorsements) = (challenges.get_value(), endorsements.get_value());
        evidence(&profile, &challenges, &endorsements)
        .into_iter()
        .map(|ev| {
            let skill = ev.skill.clone();
            let level_key = ev.level.map(|l| l.label_key()).unwrap_or(field_texts::LEVEL_NONE);
            let achieved: Vec<(String, String, String)> = ev
                .achieved
                .iter()
                .map(|c| (Route::Challenge(&c.id).path(), c.request.title.clone(), c.achieved_at().map(|t| format_date(i18n.lang(), t.date_naive())).unwrap_or_default()))
                .collect();
            // An endorsement given for a challenge links it: what she did, beside the words.
            let endorsed: Vec<(String, String, String, Option<ChallengeRef>)> = ev
                .endorsements
                .iter()
                .map(|e| (e.message.clone(), e.by_name.clone(), format_date(i18n.lang(), e.at.date_naive()), endorsed_for(e, &challenges)))
                .collect();
            let items = achieved
                .into_iter()
                .map(|(href, title, when)| view! { <li class="evidence achieved"><span class="evidence-kind">{i18n.v(texts::PROFILE_EVIDENCE_ACHIEVED)}</span><a href=to(href)>{title}</a>" · "{when}</li> }.into_any())
                .chain(endorsed.into_iter().map(|(message, by, when, challenge)| {
                    view! { <li class="evidence endorsed"><span class="evidence-kind">{i18n.v(texts::PROFILE_EVIDENCE_ENDORSED)}</span>"「"{message}"」 — "{by}" · "{when}{challenge.map(challenge_link)}</li> }.into_any()
                }))
                .collect_view();
            view! {
                <li class="skill-evidence card">
                    <div class="skill-head">
                        <h3>{move || skill_name(i18n.lang(), &skill)}</h3>
                        <span class=format!("level-tag level-{}", ev.level.map(|l| l.id()).unwrap_or("none"))>{i18n.v(level_key)}</span>
                    </div>
                    <ul class="plain-list">{items}</ul>
                </li>
            }
        })
        .collect_view()
    };
    let timeline_view = events
        .into_iter()
        .map(|e| {
            let when = format_date(i18n.lang(), e.at().date_naive());
            let text = timeline_sentence(i18n, &e);
            let challenge = match e {
                TimelineEvent::Endorsed { challenge, .. } => challenge,
                _ => None,
            };
            view! { <li><time>{when}</time><span>{text}{challenge.map(challenge_link)}</span></li> }
        })
        .collect_view();
    let aspirations = move || {
        fields.with(|f| f.aspirations.clone())
        .into_iter()
        .map(|a| {
            let skill = a.skill;
            let title = if a.note.is_empty() { i18n.t(skill.label_key()).to_string() } else { a.note.clone() };
            let href = Route::NewRequest.with_query(&format!("skill={}&title={}", skill.id(), encode(&title)));
            view! {
                <li class="aspiration">
                    <span>{i18n.v(skill.label_key())}{(!a.note.is_empty()).then(|| format!(" — {}", a.note))}</span>
                    {is_me.then(|| view! { <a href=to(href.clone()) class="button secondary small">{i18n.v(texts::PROFILE_ASK_CHALLENGE)}</a> })}
                </li>
            }
        })
        .collect_view()
    };
    let card_href = Route::WorkerCard(&profile.id).path();
    let worker_id = profile.id.clone();
    let statement = profile.fields.strength_statement.clone();
    let has_editor = editor.is_some();
    let who = move || fields.with(|f| who_line(f, is_me));
    view! {
        <article class="page profile">
            <PageHeading text=Signal::derive(move || heading.clone())/>
            <Show when=move || !who().is_empty()>
                <p class="profile-who">{who}</p>
            </Show>
            <Show when=move || !statement.is_empty() && !has_editor>
                <p class="strength-statement">"「"{profile.fields.strength_statement.clone()}"」"</p>
            </Show>
            {editor}
            <ul class="strength-tags" aria-label=move || i18n.t(texts::PROFILE_TAGS)>
                {tags.into_iter().map(|s| view! { <li class="tag">{move || skill_name(i18n.lang(), &s)}</li> }).collect_view()}
            </ul>
            {can_endorse.then(|| {
                let worker_id = worker_id.clone();
                let name = name.clone();
                let achieved = achieved.clone();
                view! {
                    <Show when=move || endorsing.get() fallback=move || view! {
                        <button type="button" class="button primary" on:click=move |_| {
                            endorsing.set(true);
                            // The form replaces this button; its first field takes focus once drawn.
                            request_animation_frame(|| crate::platform::dom::focus_by_id("endorse-skill"));
                        }>
                            {i18n.v(texts::ENDORSE_OPEN)}
                        </button>
                    }>
                        <EndorseForm worker_id=worker_id.clone() worker_name=Signal::derive({ let n = name.clone(); move || n.clone() })
                            skill=pre_skill.clone() challenge_id=pre_challenge.clone()
                            challenges=Signal::derive({ let a = achieved.clone(); move || a.clone() })
                            own_skills=Signal::derive(move || fields.with(|f| f.own_skills.iter().map(|o| o.name.clone()).collect()))
                            on_done=Callback::new(move |_| endorsing.set(false)) on_cancel=Callback::new(move |_| endorsing.set(false))/>
                    </Show>
                }
            })}
            <section aria-labelledby="availability-title">
                <h2 id="availability-title">{i18n.v(texts::PROFILE_AVAILABILITY)}</h2>
                <AvailabilityView availability=Signal::derive(move || fields.with(|f| f.availability.clone())) days_off=days_off show_notes=sees_family/>
            </section>
            <section aria-labelledby="skills-title">
                <h2 id="skills-title">{i18n.v(texts::PROFILE_SKILLS)}</h2>
                <ul class="evidence-list">{evidence_view}</ul>
            </section>
            <Show when=move || fields.with(|f| !f.qualifications.is_empty())>
                <section aria-labelledby="qualifications-title">
                    <h2 id="qualifications-title">{i18n.v(texts::QUALIFICATIONS)}</h2>
                    <ul class="plain-list">
                        {move || fields.with(|f| f.qualifications.clone()).into_iter().map(|q| view! {
                            <li>{qualification_text(i18n, &q)}</li>
                        }).collect_view()}
                    </ul>
                </section>
            </Show>
            <section aria-labelledby="chart-section-title">
                <h2 id="chart-section-title">{i18n.v(texts::CHART_TITLE)}</h2>
                <StrengthsChart profile=profile_signal/>
            </section>
            <WorkStyleCard style=Signal::derive(move || fields.with(|f| f.work_style.clone())) availability=Signal::derive(move || fields.with(|f| f.availability.clone()))/>
            <a href=to(card_href) class="button secondary">{i18n.v(texts::PROFILE_PRINT_CARD)}</a>
            <section aria-labelledby="aspirations-title">
                <h2 id="aspirations-title">{i18n.v(texts::PROFILE_ASPIRATIONS)}</h2>
                <ul class="plain-list">{aspirations}</ul>
            </section>
            <DirectionView fields=fields/>
            <CareerPaths fields=fields is_me=is_me/>
            <section aria-labelledby="timeline-title">
                <h2 id="timeline-title">{i18n.v(texts::PROFILE_TIMELINE)}</h2>
                <ol class="timeline">{timeline_view}</ol>
            </section>
        </article>
    }
}

/// One line of her growth timeline, in her language (her page and her 職務経歴書).
pub(super) fn timeline_sentence(i18n: crate::i18n::context::I18n, e: &TimelineEvent) -> String {
    match e {
        TimelineEvent::Level { skill, to, .. } => i18n.f(
            texts::TIMELINE_LEVEL,
            &[
                ("skill", i18n.t(skill.label_key())),
                ("level", i18n.t(to.label_key())),
            ],
        ),
        TimelineEvent::Achieved { title, .. } => {
            i18n.f(texts::TIMELINE_ACHIEVED, &[("title", title)])
        }
        TimelineEvent::Endorsed {
            skill, message, by, ..
        } => i18n.f(
            texts::TIMELINE_ENDORSED,
            &[
                ("skill", &skill_name(i18n.lang(), skill)),
                ("message", message),
                ("by", by),
            ],
        ),
        TimelineEvent::LookedBack { went_well, .. } if went_well.is_empty() => {
            i18n.t(texts::TIMELINE_LOOKED_BACK_PLAIN).to_string()
        }
        TimelineEvent::LookedBack { went_well, .. } => {
            i18n.f(texts::TIMELINE_LOOKED_BACK, &[("text", went_well)])
        }
    }
}
