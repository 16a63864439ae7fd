//! The seven steps' content: onboarding's words around the questions of `profile::fields`,
//! which edit the draft's answers through the page's autosave.

use crate::app::routes::Route;
use crate::features::onboarding::texts;
use crate::features::profile::fields::about_you::AboutYouQuestions;
use crate::features::profile::fields::answers::Answers;
use crate::features::profile::fields::availability_editor::AvailabilityEditor;
use crate::features::profile::fields::experience::ExperienceQuestions;
use crate::features::profile::fields::summaries::{summary, Group};
use crate::features::profile::fields::texts as field_texts;
use crate::features::profile::fields::want_to_try::WantToTryQuestions;
use crate::features::profile::fields::words::availability_summary;
use crate::features::profile::fields::work_style_questions::WorkStyleQuestions;
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use crate::i18n::Lang;
use leptos::prelude::*;
use okaeri_core::domain::availability::summarize;
use okaeri_core::domain::onboarding::{OnboardingDraft, Step};
use okaeri_core::domain::validation::{check_display_name, FieldErrors};

#[component]
pub fn Welcome() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="step-body">
            <p class="lead">{i18n.v(texts::ONB_WELCOME_LEAD)}</p>
            <ul class="promise-list">
                <li>{i18n.v(texts::ONB_WELCOME_TIME)}</li>
                <li>{i18n.v(texts::ONB_WELCOME_SAVED)}</li>
                <li>{i18n.v(texts::ONB_WELCOME_SKIP)}</li>
            </ul>
            // Offered here once, in words a reader of hiragana alone can read.
            <div class="card plain-offer">
                <p>{i18n.v(texts::ONB_PLAIN_OFFER)}</p>
                <button type="button" class="button" aria-pressed=move || (i18n.lang() == Lang::Plain).to_string()
                    on:click=move |_| i18n.set(if i18n.lang.get_untracked() == Lang::Plain { Lang::Ja } else { Lang::Plain })>
                    {i18n.v(texts::ONB_PLAIN_USE)}
                </button>
            </div>
        </div>
    }
}

#[component]
pub fn AboutYou(
    draft: RwSignal<OnboardingDraft>,
    answers: Answers,
    errors: RwSignal<FieldErrors>,
) -> impl IntoView {
    // Shown once she has tried to go on, for as long as the name still needs her.
    let name_error = Signal::derive(move || {
        errors.with(|e| e.get("display_name").is_some()).then(|| {
            let mut now = FieldErrors::default();
            draft.with(|d| check_display_name(&d.fields.display_name, &mut now));
            now.get("display_name").map(str::to_string)
        })?
    });
    view! {
        <div class="step-body">
            <AboutYouQuestions answers=answers name_error=name_error/>
        </div>
    }
}

#[component]
pub fn Time(answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    let value = Signal::derive(move || answers.read(|f| f.availability.clone()));
    view! {
        <div class="step-body">
            <p class="lead">{i18n.v(texts::ONB_TIME_LEAD)}</p>
            <p class="summary-preview" aria-live="polite">{move || value.with(|a| availability_summary(i18n.lang(), &summarize(a)))}</p>
            <AvailabilityEditor value=value on_change=Callback::new(move |a| answers.change(move |f| f.availability = a))/>
        </div>
    }
}

#[component]
pub fn Experience(answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="step-body">
            <p class="lead">{i18n.v(texts::ONB_EXP_LEAD)}</p>
            <ExperienceQuestions answers=answers/>
        </div>
    }
}

#[component]
pub fn WantToTry(answers: Answers) -> impl IntoView {
    view! {
        <div class="step-body">
            <WantToTryQuestions answers=answers/>
        </div>
    }
}

#[component]
pub fn WorkingWithYou(answers: Answers, go: Callback<Step>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="step-body">
            <p class="lead">{i18n.v(texts::ONB_STYLE_LEAD)}</p>
            <WorkStyleQuestions answers=answers>
                <div class="card prefilled">
                    <h2 class="small-heading">{i18n.v(field_texts::STYLE_BEST_TIMES)}</h2>
                    <p>{move || answers.read(|f| availability_summary(i18n.lang(), &summarize(&f.availability)))}</p>
                    <button type="button" class="link-button" on:click=move |_| go.run(Step::Time)>{i18n.v(texts::ONB_STYLE_CHANGE_TIMES)}</button>
                </div>
            </WorkStyleQuestions>
        </div>
    }
}

#[component]
pub fn Review(answers: Answers, go: Callback<Step>) -> impl IntoView {
    let i18n = use_i18n();
    let section = move |step: Step, group: Group| {
        let title = step.title_key();
        view! {
            <section class="review-section card">
                <div class="review-head">
                    <h2>{i18n.v(title)}</h2>
                    <button type="button" class="link-button" on:click=move |_| go.run(step)
                        aria-label=move || i18n.f(texts::ONB_REVIEW_EDIT_NAMED, &[("section", i18n.t(title))])>
                        {i18n.v(texts::ONB_REVIEW_EDIT)}
                    </button>
                </div>
                <p class="review-body">{move || answers.read(|f| summary(i18n, group, f))}</p>
            </section>
        }
    };
    view! {
        <div class="step-body review">
            <p class="lead">{i18n.v(texts::ONB_REVIEW_LEAD)}</p>
            {section(Step::AboutYou, Group::AboutYou)}
            {section(Step::Time, Group::Time)}
            {section(Step::Experience, Group::Experience)}
            {section(Step::WantToTry, Group::WantToTry)}
            {section(Step::WorkingWithYou, Group::WorkStyle)}
        </div>
    }
}

#[component]
pub fn Done() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="done card">
            <crate::ui::page_heading::PageHeading text=Signal::derive(move || i18n.t(texts::ONB_DONE_TITLE).to_string())/>
            <p>{i18n.v(texts::ONB_DONE_BODY)}</p>
            <div class="actions">
                <a href=Route::MyProfile.href() class="button secondary big">{i18n.v(texts::ONB_DONE_PROFILE)}</a>
                <a href=Route::NewRequest.href() class="button primary big">{i18n.v(common::BOARD_NEW)}</a>
            </div>
        </div>
    }
}
