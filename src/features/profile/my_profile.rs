//! `/profile`: her own strengths profile. Her statement and every answer she gave at
//! onboarding, in groups that open, are edited in place with autosave.

use crate::api::{ApiError, Client};
use crate::app::routes::Route;
use crate::app::state::use_app;
use crate::features::profile::days_off_editor::DaysOffEditor;
use crate::features::profile::fields::about_you::AboutYouQuestions;
use crate::features::profile::fields::answers::Answers;
use crate::features::profile::fields::availability_editor::AvailabilityEditor;
use crate::features::profile::fields::conflict_choice::ConflictChoice;
use crate::features::profile::fields::experience::ExperienceQuestions;
use crate::features::profile::fields::summaries::{summary, Group};
use crate::features::profile::fields::want_to_try::WantToTryQuestions;
use crate::features::profile::fields::work_style_questions::WorkStyleQuestions;
use crate::features::profile::named_list_editor::{OwnSkillsEditor, QualificationsEditor};
use crate::features::profile::texts;
use crate::features::profile::worker::{load_profile, ProfileData, ProfileView};
use crate::i18n::common;
use crate::i18n::context::{use_i18n, I18n};
use crate::sync::autosave::{self, Autosave, GetFn, PutFn, Start};
use crate::ui::error_panel::ErrorPanel;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use crate::ui::save_status::SaveStatus;
use chrono::Utc;
use leptos::prelude::*;
use okaeri_core::domain::days_off::DayOff;
use okaeri_core::domain::onboarding::validate_fields;
use okaeri_core::domain::validation::{check_display_name, FieldErrors};
use okaeri_core::domain::worker::{ProfileFields, Role, User};
use std::rc::Rc;

#[component]
pub fn MyProfile() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let data = LocalResource::new(move || {
        let client = app.client();
        let me = app.user();
        async move {
            match me {
                Some(me) if me.role == Role::Worker => Some(load_profile(client, me.id).await),
                _ => None,
            }
        }
    });
    view! {
        <Suspense fallback=Loading>
            {move || {
                i18n.lang.track();
                match (app.session_state(), data.get()) {
                    (Some(Ok(me)), _) if me.role == Role::Coordinator => view! {
                        <section class="page">
                            <PageHeading key=texts::PROFILE_MINE/>
                            <p>{i18n.v(texts::PROFILE_COORDINATOR)}</p>
                            <a href=Route::Home.href() class="button primary">{i18n.v(texts::WORKERS_TITLE)}</a>
                        </section>
                    }.into_any(),
                    (Some(Ok(me)), Some(Some(Ok(d)))) if !d.profile.onboarded => {
                        let _ = me;
                        view! {
                            <section class="page">
                                <PageHeading key=texts::PROFILE_MINE/>
                                <p>{i18n.v(texts::PROFILE_NOT_YET)}</p>
                                <a href=Route::Onboarding.href() class="button primary big">{i18n.v(common::HOME_START_ONBOARDING)}</a>
                            </section>
                        }.into_any()
                    }
                    (Some(Ok(me)), Some(Some(Ok(d)))) => view! { <MyProfileEditing data=d me=me/> }.into_any(),
                    (Some(Err(e)), _) | (_, Some(Some(Err(e)))) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| data.refetch())/> }.into_any(),
                    _ => view! { <Loading/> }.into_any(),
                }
            }}
        </Suspense>
    }
}

fn endpoints(client: Client, id: String) -> (PutFn<ProfileFields>, GetFn<ProfileFields>) {
    let (c1, i1) = (client.clone(), id.clone());
    let put: PutFn<ProfileFields> = Rc::new(move |fields, etag| {
        let (c, i) = (c1.clone(), i1.clone());
        Box::pin(async move {
            // What the backend would refuse (a blank name) stays on the device, unsent, and the
            // field says why; nothing is sent until she fixes it.
            validate_fields(&fields).map_err(ApiError::Validation)?;
            c.put_worker(&i, &fields, &etag).await.map(|v| v.etag)
        })
    });
    let get: GetFn<ProfileFields> = Rc::new(move || {
        let (c, i) = (client.clone(), id.clone());
        Box::pin(async move { c.get_worker(&i).await.map(|v| (v.value.fields, v.etag)) })
    });
    (put, get)
}

/// Her page with its autosave: the page below the editor follows her answers as she types.
#[component]
fn MyProfileEditing(data: ProfileData, me: User) -> impl IntoView {
    let app = use_app();
    let id = data.profile.id.clone();
    let (put, get) = endpoints(app.client(), id.clone());
    // The page was just loaded from the backend, so it starts from the backend's version
    // unless this device holds unsent edits.
    let device_key = format!("profile.{id}");
    let stored: Option<autosave::DeviceCopy<ProfileFields>> =
        crate::platform::storage::get_json(&device_key);
    let start = match stored {
        Some(local) if local.unsent && local.value != data.profile.fields => {
            let theirs = (local.base_etag != data.etag).then(|| data.profile.fields.clone());
            Start {
                value: local.value,
                etag: data.etag.clone(),
                theirs,
                unsent: true,
            }
        }
        _ => Start {
            value: data.profile.fields.clone(),
            etag: data.etag.clone(),
            theirs: None,
            unsent: false,
        },
    };
    let sync: Autosave<ProfileFields> = Autosave::new(device_key, start, put, get);
    let days_off = RwSignal::new(data.profile.days_off.clone());
    let editor = view! { <ProfileEditor sync=sync worker_id=id days_off=days_off/> }.into_any();
    view! { <ProfileView data=data me=me live=sync.value live_days_off=days_off editor=editor/> }
}

/// One group of her answers, closed until she opens it, its summary saying what is there.
fn group(
    i18n: I18n,
    answers: Answers,
    id: &'static str,
    title: &'static str,
    which: Group,
    body: AnyView,
) -> impl IntoView {
    view! {
        <details class="card answer-group" id=id>
            <summary>
                <span class="group-title">{i18n.v(title)}</span>
                <span class="hint">{move || answers.read(|f| summary(i18n, which, f))}</span>
            </summary>
            {body}
        </details>
    }
}

#[component]
fn ProfileEditor(
    sync: Autosave<ProfileFields>,
    worker_id: String,
    days_off: RwSignal<Vec<DayOff>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let fields = sync.value;
    let answers = Answers::new(fields.into(), move |edit| sync.change(edit));
    let name_error = Signal::derive(move || {
        let mut errors = FieldErrors::default();
        fields.with(|f| check_display_name(&f.display_name, &mut errors));
        errors.get("display_name").map(str::to_string)
    });
    let availability = Signal::derive(move || fields.with(|f| f.availability.clone()));
    let today = Signal::derive(move || fields.with(|f| f.availability.today(Utc::now())));
    view! {
        <div class="profile-editor">
            <div class="field">
                <label for="strength-statement">{i18n.v(texts::PROFILE_STATEMENT)}</label>
                <p class="hint" id="statement-hint">{i18n.v(texts::PROFILE_STATEMENT_HINT)}</p>
                <input id="strength-statement" type="text" aria-describedby="statement-hint"
                    prop:value=move || fields.with(|f| f.strength_statement.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); sync.change(move |f| f.strength_statement = v); }/>
            </div>
            <section aria-labelledby="answers-title">
                <h2 id="answers-title">{i18n.v(texts::PROFILE_ANSWERS)}</h2>
                <p class="hint">{i18n.v(texts::PROFILE_ANSWERS_HINT)}</p>
                {group(i18n, answers, "about-me", texts::PROFILE_GROUP_ABOUT, Group::AboutYou,
                    view! { <AboutYouQuestions answers=answers name_error=name_error/> }.into_any())}
                {group(i18n, answers, "my-time", texts::PROFILE_AVAILABILITY, Group::Time,
                    view! {
                        <AvailabilityEditor value=availability on_change=Callback::new(move |a| sync.change(move |f| f.availability = a))/>
                        <DaysOffEditor worker_id=worker_id days_off=days_off today=today/>
                    }.into_any())}
                {group(i18n, answers, "my-experience", texts::PROFILE_GROUP_EXPERIENCE, Group::Experience,
                    view! {
                        <ExperienceQuestions answers=answers/>
                        <OwnSkillsEditor answers=answers/>
                        <QualificationsEditor answers=answers/>
                    }.into_any())}
                {group(i18n, answers, "my-wishes", texts::PROFILE_GROUP_WANT, Group::WantToTry,
                    view! { <WantToTryQuestions answers=answers/> }.into_any())}
                {group(i18n, answers, "my-work-style", texts::PROFILE_GROUP_STYLE, Group::WorkStyle,
                    view! { <WorkStyleQuestions answers=answers/> }.into_any())}
            </section>
            <ConflictChoice sync=sync fields=|f: &ProfileFields| f with_fields=|_: &ProfileFields, f| f/>
            <SaveStatus state=sync.state/>
        </div>
    }
}
