//! `/profile`: her own strengths profile, editable in place with autosave.

use crate::api::Client;
use crate::app::routes::Route;
use crate::app::state::use_app;
use crate::features::profile::fields::availability_editor::AvailabilityEditor;
use crate::features::profile::fields::conflict_choice::ConflictChoice;
use crate::features::profile::fields::level_picker::LevelPicker;
use crate::features::profile::fields::texts as field_texts;
use crate::features::profile::texts;
use crate::features::profile::worker::{load_profile, ProfileData, ProfileView};
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use crate::sync::autosave::{self, Autosave, GetFn, PutFn, Start};
use crate::ui::error_panel::ErrorPanel;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use crate::ui::save_status::SaveStatus;
use leptos::prelude::*;
use okaeri_core::domain::skill::Skill;
use okaeri_core::domain::worker::{ProfileFields, Role};
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
                            <PageHeading text=Signal::derive(move || i18n.t(texts::PROFILE_MINE).to_string())/>
                            <p>{move || i18n.t(texts::PROFILE_COORDINATOR)}</p>
                            <a href=Route::Home.href() class="button primary">{move || i18n.t(texts::WORKERS_TITLE)}</a>
                        </section>
                    }.into_any(),
                    (Some(Ok(me)), Some(Some(Ok(d)))) if !d.profile.onboarded => {
                        let _ = me;
                        view! {
                            <section class="page">
                                <PageHeading text=Signal::derive(move || i18n.t(texts::PROFILE_MINE).to_string())/>
                                <p>{move || i18n.t(texts::PROFILE_NOT_YET)}</p>
                                <a href=Route::Onboarding.href() class="button primary big">{move || i18n.t(common::HOME_START_ONBOARDING)}</a>
                            </section>
                        }.into_any()
                    }
                    (Some(Ok(me)), Some(Some(Ok(d)))) => {
                        let editor = view! { <ProfileEditor data=d.clone()/> }.into_any();
                        view! { <ProfileView data=d me=me editor=editor/> }.into_any()
                    }
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
        Box::pin(async move { c.put_worker(&i, &fields, &etag).await.map(|v| v.etag) })
    });
    let get: GetFn<ProfileFields> = Rc::new(move || {
        let (c, i) = (client.clone(), id.clone());
        Box::pin(async move { c.get_worker(&i).await.map(|v| (v.value.fields, v.etag)) })
    });
    (put, get)
}

#[component]
fn ProfileEditor(data: ProfileData) -> impl IntoView {
    let i18n = use_i18n();
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
    let fields = sync.value;
    view! {
        <div class="profile-editor">
            <div class="field">
                <label for="strength-statement">{move || i18n.t(texts::PROFILE_STATEMENT)}</label>
                <p class="hint" id="statement-hint">{move || i18n.t(texts::PROFILE_STATEMENT_HINT)}</p>
                <input id="strength-statement" type="text" aria-describedby="statement-hint"
                    prop:value=move || fields.with(|f| f.strength_statement.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); sync.change(move |f| f.strength_statement = v); }/>
            </div>
            <details class="card">
                <summary>{move || i18n.t(texts::PROFILE_EDIT_MORE)}</summary>
                <div class="field">
                    <label for="profile-notes">{move || i18n.t(field_texts::STYLE_NOTES)}</label>
                    <textarea id="profile-notes" rows="3"
                        prop:value=move || fields.with(|f| f.work_style.notes.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); sync.change(move |f| f.work_style.notes = v); }></textarea>
                </div>
                <h2 class="small-heading">{move || i18n.t(texts::PROFILE_SKILLS)}</h2>
                {Skill::ALL.into_iter().map(|skill| view! {
                    <LevelPicker skill=skill value=Signal::derive(move || fields.with(|f| f.level_of(skill)))
                        on_change=Callback::new(move |l| sync.change(move |f| f.set_level(skill, l)))/>
                }).collect_view()}
                <h2 class="small-heading">{move || i18n.t(texts::PROFILE_AVAILABILITY)}</h2>
                <AvailabilityEditor value=Signal::derive(move || fields.with(|f| f.availability.clone()))
                    on_change=Callback::new(move |a| sync.change(move |f| f.availability = a))/>
            </details>
            <ConflictChoice sync=sync fields=|f: &ProfileFields| f with_fields=|_: &ProfileFields, f| f/>
            <SaveStatus state=sync.state/>
        </div>
    }
}
