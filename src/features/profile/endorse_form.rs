//! "これを頼みたい": a coordinator's endorsement of a worker for a skill, one of the catalogue
//! or one she named herself.

use crate::api::ApiError;
use crate::app::state::use_app;
use crate::features::profile::texts;
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use crate::i18n::shared;
use crate::platform::random::uuid_v4;
use crate::ui::field_error::FieldError;
use leptos::prelude::*;
use okaeri_core::domain::challenge::Challenge;
use okaeri_core::domain::endorsement::{Endorsement, EndorsementInput};
use okaeri_core::domain::skill::Skill;
use okaeri_core::domain::skill_ref::SkillRef;
use okaeri_core::domain::validation::FieldErrors;

#[component]
pub fn EndorseForm(
    #[prop(into)] worker_id: String,
    #[prop(into)] worker_name: Signal<String>,
    /// Her achieved challenges, to tie the endorsement to a piece of work.
    #[prop(into)]
    challenges: Signal<Vec<Challenge>>,
    /// Her own skills by name, offered after the catalogue's.
    #[prop(into)]
    own_skills: Signal<Vec<String>>,
    #[prop(optional_no_strip)] skill: Option<SkillRef>,
    #[prop(optional_no_strip)] challenge_id: Option<String>,
    #[prop(into)] on_done: Callback<Endorsement>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let skill_sel = RwSignal::new(skill);
    let message = RwSignal::new(String::new());
    let about = RwSignal::new(challenge_id.unwrap_or_default());
    let errors = RwSignal::new(FieldErrors::default());
    let failure = RwSignal::new(None::<ApiError>);
    // One key per endorsement being written: a retry or double tap never makes two.
    let key = StoredValue::new(uuid_v4());
    let worker_id = StoredValue::new(worker_id);
    let submit = Action::new_local(move |input: &EndorsementInput| {
        let input = input.clone();
        let client = app.client();
        let worker = worker_id.get_value();
        let key = key.get_value();
        async move {
            let endorsed = client.endorse(&worker, &input, &key).await?;
            // Told wherever she is by now: she may have left while it was sent.
            app.announce(i18n.t_now(texts::ENDORSE_DONE));
            app.data_changed();
            Ok(endorsed)
        }
    });
    Effect::new(move |_| {
        if let Some(result) = submit.value().get() {
            match result {
                Ok(e) => {
                    key.set_value(uuid_v4());
                    message.set(String::new());
                    failure.set(None);
                    on_done.run(e);
                }
                Err(ApiError::Validation(e)) => errors.set(e),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if submit.pending().get_untracked() {
            return;
        }
        let message = message.get_untracked();
        let challenge = Some(about.get_untracked()).filter(|s| !s.is_empty());
        let input = match skill_sel.get_untracked() {
            Some(skill) => EndorsementInput::new(skill, message, challenge),
            None => EndorsementInput {
                message,
                ..Default::default()
            },
        };
        match input.validate() {
            Ok(()) => {
                errors.set(FieldErrors::default());
                submit.dispatch(input);
            }
            Err(e) => errors.set(e),
        }
    };
    let err = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.get(field).map(str::to_string)))
    };
    view! {
        <form class="endorse-form card" on:submit=on_submit novalidate>
            <h2 id="endorse-title" tabindex="-1">{move || i18n.f(texts::ENDORSE_TITLE, &[("name", &worker_name.get())])}</h2>
            <div class="field">
                <label for="endorse-skill">{i18n.v(texts::ENDORSE_SKILL)}</label>
                <select id="endorse-skill" aria-describedby="skill-error"
                    on:change=move |ev| skill_sel.set(SkillRef::from_id(&event_target_value(&ev)))
                    prop:value=move || skill_sel.with(|s| s.as_ref().map(SkillRef::id).unwrap_or_default())>
                    <option value="">{move || i18n.t(shared::COMMON_CHOOSE)}</option>
                    {Skill::ALL.into_iter().map(|s| view! { <option value=s.id()>{move || i18n.t(s.label_key())}</option> }).collect_view()}
                    {move || {
                        let names = own_skills.get();
                        (!names.is_empty()).then(|| view! {
                            <optgroup label=move || i18n.t(texts::OWN_SKILLS_GROUP)>
                                {names.into_iter().map(|n| view! { <option value=SkillRef::Own(n.clone()).id()>{n.clone()}</option> }).collect_view()}
                            </optgroup>
                        })
                    }}
                </select>
                <FieldError id="skill-error" message=err("skill")/>
            </div>
            <div class="field">
                <label for="endorse-message">{i18n.v(texts::ENDORSE_MESSAGE)}</label>
                <textarea id="endorse-message" rows="3" aria-describedby="message-error"
                    placeholder=move || i18n.t(texts::ENDORSE_PLACEHOLDER)
                    prop:value=move || message.get() on:input=move |ev| message.set(event_target_value(&ev))></textarea>
                <FieldError id="message-error" message=err("message")/>
            </div>
            <div class="field">
                <label for="endorse-about">{i18n.v(texts::ENDORSE_ABOUT)}</label>
                <select id="endorse-about" on:change=move |ev| about.set(event_target_value(&ev)) prop:value=move || about.get()>
                    <option value="">{move || i18n.t(texts::ENDORSE_ABOUT_NONE)}</option>
                    {move || challenges.get().into_iter().map(|c| view! { <option value=c.id.clone()>{c.request.title.clone()}</option> }).collect_view()}
                </select>
            </div>
            {move || failure.get().map(|e| view! { <p class="error-panel" role="alert">{i18n.t(e.message_key())}</p> })}
            <div class="actions">
                <button type="button" class="button secondary" on:click=move |_| on_cancel.run(())>{i18n.v(common::COMMON_CANCEL)}</button>
                <button type="submit" class="button primary" disabled=move || submit.pending().get()>{i18n.v(texts::ENDORSE_SUBMIT)}</button>
            </div>
        </form>
    }
}
