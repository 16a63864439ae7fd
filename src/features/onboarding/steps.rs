//! The seven steps' content. Each edits the shared draft through [`DraftSync::change`].

use crate::app::routes::Route;
use crate::features::onboarding::draft_sync::DraftSync;
use crate::features::onboarding::texts;
use crate::features::profile::fields::availability_editor::AvailabilityEditor;
use crate::features::profile::fields::level_picker::LevelPicker;
use crate::features::profile::fields::texts as field_texts;
use crate::features::profile::fields::words::availability_summary;
use crate::features::profile::fields::work_style_card::{
    channel_key, question_style_key, reply_key,
};
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use crate::i18n::shared;
use crate::ui::field_error::FieldError;
use leptos::prelude::*;
use okaeri_core::domain::availability::summarize;
use okaeri_core::domain::onboarding::{OnboardingDraft, Step};
use okaeri_core::domain::skill::Skill;
use okaeri_core::domain::validation::FieldErrors;
use okaeri_core::domain::worker::{Channel, Direction, QuestionStyle, ReplyWindow};

#[component]
pub fn Welcome() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="step-body">
            <p class="lead">{move || i18n.t(texts::ONB_WELCOME_LEAD)}</p>
            <ul class="promise-list">
                <li>{move || i18n.t(texts::ONB_WELCOME_TIME)}</li>
                <li>{move || i18n.t(texts::ONB_WELCOME_SAVED)}</li>
                <li>{move || i18n.t(texts::ONB_WELCOME_SKIP)}</li>
            </ul>
        </div>
    }
}

fn text_field(
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    value: Signal<String>,
    on_input: impl Fn(String) + 'static,
    required: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        error_id.clone()
    };
    view! {
        <div class="field">
            <label for=id>
                {move || i18n.t(label)}
                {required.then(|| view! { <span class="required">{move || i18n.t(shared::COMMON_REQUIRED)}</span> })}
                {(!required).then(|| view! { <span class="optional">{move || i18n.t(shared::COMMON_OPTIONAL)}</span> })}
            </label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || i18n.t(h)}</p> })}
            <input id=id type="text" aria-describedby=described aria-required=required.to_string()
                prop:value=move || value.get() on:input=move |ev| on_input(event_target_value(&ev))/>
        </div>
    }
}

#[component]
pub fn AboutYou(
    draft: RwSignal<OnboardingDraft>,
    sync: DraftSync,
    errors: RwSignal<FieldErrors>,
) -> impl IntoView {
    let name = Signal::derive(move || draft.with(|d| d.fields.display_name.clone()));
    let furigana = Signal::derive(move || draft.with(|d| d.fields.furigana.clone()));
    let area = Signal::derive(move || draft.with(|d| d.fields.area.clone()));
    let name_error =
        Signal::derive(move || errors.with(|e| e.get("display_name").map(str::to_string)));
    view! {
        <div class="step-body">
            {text_field("display-name", texts::ONB_NAME, Some(texts::ONB_NAME_HINT), name, move |v| {
                if !v.trim().is_empty() { errors.set(FieldErrors::default()); }
                sync.change(move |d| d.fields.display_name = v);
            }, true)}
            <FieldError id="display-name-error" message=name_error/>
            {text_field("furigana", texts::ONB_FURIGANA, None, furigana, move |v| sync.change(move |d| d.fields.furigana = v), false)}
            {text_field("area", texts::ONB_AREA, Some(texts::ONB_AREA_HINT), area, move |v| sync.change(move |d| d.fields.area = v), false)}
        </div>
    }
}

#[component]
pub fn Time(draft: RwSignal<OnboardingDraft>, sync: DraftSync) -> impl IntoView {
    let i18n = use_i18n();
    let value = Signal::derive(move || draft.with(|d| d.fields.availability.clone()));
    view! {
        <div class="step-body">
            <p class="lead">{move || i18n.t(texts::ONB_TIME_LEAD)}</p>
            <p class="summary-preview" aria-live="polite">{move || value.with(|a| availability_summary(i18n.lang(), &summarize(a)))}</p>
            <AvailabilityEditor value=value on_change=Callback::new(move |a| sync.change(move |d| d.fields.availability = a))/>
        </div>
    }
}

#[component]
pub fn Experience(draft: RwSignal<OnboardingDraft>, sync: DraftSync) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="step-body">
            <p class="lead">{move || i18n.t(texts::ONB_EXP_LEAD)}</p>
            <details class="level-help">
                <summary>{move || i18n.t(texts::ONB_EXP_LEVELS)}</summary>
                <dl>
                    {okaeri_core::domain::skill::Level::ALL.into_iter().map(|l| view! {
                        <dt>{move || i18n.t(l.label_key())}</dt>
                        <dd>{move || i18n.t(l.description_key())}</dd>
                    }).collect_view()}
                </dl>
            </details>
            {Skill::ALL.into_iter().map(|skill| {
                let level = Signal::derive(move || draft.with(|d| d.fields.level_of(skill)));
                let years_id = format!("years-{}", skill.id());
                view! {
                    <div class="skill-row">
                        <LevelPicker skill=skill value=level on_change=Callback::new(move |l| sync.change(move |d| d.fields.set_level(skill, l)))/>
                        <Show when=move || level.get().is_some()>
                            <div class="field compact years">
                                <label for=years_id.clone()>{move || i18n.t(texts::ONB_EXP_YEARS)}</label>
                                <input id=years_id.clone() type="number" inputmode="numeric" min="0" max="60"
                                    prop:value=move || draft.with(|d| d.fields.skills.iter().find(|s| s.skill == skill).and_then(|s| s.years).map(|y| y.to_string()).unwrap_or_default())
                                    on:input=move |ev| {
                                        let years = event_target_value(&ev).trim().parse::<u8>().ok();
                                        sync.change(move |d| if let Some(s) = d.fields.skills.iter_mut().find(|s| s.skill == skill) { s.years = years; });
                                    }/>
                            </div>
                        </Show>
                    </div>
                }
            }).collect_view()}
            <div class="field">
                <label for="past-work">{move || i18n.t(texts::ONB_PAST_WORK)}<span class="optional">{move || i18n.t(shared::COMMON_OPTIONAL)}</span></label>
                <textarea id="past-work" rows="4" placeholder=move || i18n.t(texts::ONB_PAST_WORK_PLACEHOLDER)
                    prop:value=move || draft.with(|d| d.fields.past_work.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); sync.change(move |d| d.fields.past_work = v); }></textarea>
            </div>
        </div>
    }
}

#[component]
pub fn WantToTry(draft: RwSignal<OnboardingDraft>, sync: DraftSync) -> impl IntoView {
    let i18n = use_i18n();
    let direction_key = crate::features::profile::fields::work_style_card::direction_key;
    view! {
        <div class="step-body">
            <fieldset>
                <legend>{move || i18n.t(texts::ONB_WANT_SKILLS)}</legend>
                <div class="chips wrap">
                    {Skill::ALL.into_iter().map(|skill| view! {
                        <label class="chip">
                            <input type="checkbox" prop:checked=move || draft.with(|d| d.fields.wants(skill))
                                on:change=move |_| sync.change(move |d| d.fields.toggle_aspiration(skill))/>
                            <span>{move || i18n.t(skill.label_key())}</span>
                        </label>
                    }).collect_view()}
                </div>
            </fieldset>
            <fieldset>
                <legend>{move || i18n.t(texts::ONB_WANT_DIRECTION)}</legend>
                <div class="chips wrap">
                    {Direction::ALL.into_iter().map(|dir| view! {
                        <label class="chip">
                            <input type="radio" name="direction" prop:checked=move || draft.with(|d| d.fields.direction == Some(dir))
                                on:change=move |_| sync.change(move |d| d.fields.direction = Some(dir))/>
                            <span>{move || i18n.t(direction_key(dir))}</span>
                        </label>
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="field">
                <label for="horizon">{move || i18n.t(texts::ONB_WANT_HORIZON)}<span class="optional">{move || i18n.t(shared::COMMON_OPTIONAL)}</span></label>
                <input id="horizon" type="text" placeholder=move || i18n.t(texts::ONB_WANT_HORIZON_PLACEHOLDER)
                    prop:value=move || draft.with(|d| d.fields.horizon.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); sync.change(move |d| d.fields.horizon = v); }/>
            </div>
        </div>
    }
}

#[component]
pub fn WorkingWithYou(
    draft: RwSignal<OnboardingDraft>,
    sync: DraftSync,
    go: Callback<Step>,
) -> impl IntoView {
    let i18n = use_i18n();
    let style = move || draft.with(|d| d.fields.work_style.clone());
    view! {
        <div class="step-body">
            <p class="lead">{move || i18n.t(texts::ONB_STYLE_LEAD)}</p>
            <fieldset>
                <legend>{move || i18n.t(field_texts::STYLE_QUESTIONS)}</legend>
                <div class="chips wrap">
                    {[QuestionStyle::AllAtOnce, QuestionStyle::AsTheyCome].into_iter().map(|q| view! {
                        <label class="chip">
                            <input type="radio" name="question-style" prop:checked=move || style().question_style == Some(q)
                                on:change=move |_| sync.change(move |d| d.fields.work_style.question_style = Some(q))/>
                            <span>{move || i18n.t(question_style_key(q))}</span>
                        </label>
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="inline-fields">
                <div class="field compact">
                    <label for="channel">{move || i18n.t(field_texts::STYLE_CHANNEL)}</label>
                    <select id="channel" prop:value=move || style().channel.map(Channel::id).unwrap_or("")
                        on:change=move |ev| { let c = Channel::from_id(&event_target_value(&ev)); sync.change(move |d| d.fields.work_style.channel = c); }>
                        <option value="">{move || i18n.t(shared::COMMON_CHOOSE)}</option>
                        {Channel::ALL.into_iter().map(|c| view! { <option value=c.id()>{move || i18n.t(channel_key(c))}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field compact">
                    <label for="reply-window">{move || i18n.t(field_texts::STYLE_REPLY)}</label>
                    <select id="reply-window" prop:value=move || style().reply_window.map(ReplyWindow::id).unwrap_or("")
                        on:change=move |ev| { let r = ReplyWindow::from_id(&event_target_value(&ev)); sync.change(move |d| d.fields.work_style.reply_window = r); }>
                        <option value="">{move || i18n.t(shared::COMMON_CHOOSE)}</option>
                        {ReplyWindow::ALL.into_iter().map(|r| view! { <option value=r.id()>{move || i18n.t(reply_key(r))}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="card prefilled">
                <h2 class="small-heading">{move || i18n.t(field_texts::STYLE_BEST_TIMES)}</h2>
                <p>{move || draft.with(|d| availability_summary(i18n.lang(), &summarize(&d.fields.availability)))}</p>
                <button type="button" class="link-button" on:click=move |_| go.run(Step::Time)>{move || i18n.t(texts::ONB_STYLE_CHANGE_TIMES)}</button>
            </div>
            <div class="field">
                <label for="style-notes">{move || i18n.t(field_texts::STYLE_NOTES)}<span class="optional">{move || i18n.t(shared::COMMON_OPTIONAL)}</span></label>
                <textarea id="style-notes" rows="3" placeholder=move || i18n.t(texts::ONB_STYLE_NOTES_PLACEHOLDER)
                    prop:value=move || style().notes
                    on:input=move |ev| { let v = event_target_value(&ev); sync.change(move |d| d.fields.work_style.notes = v); }></textarea>
            </div>
        </div>
    }
}

#[component]
pub fn Review(draft: RwSignal<OnboardingDraft>, go: Callback<Step>) -> impl IntoView {
    let i18n = use_i18n();
    let section = move |step: Step, body: Box<dyn Fn() -> String + Send + Sync>| {
        let title = step.title_key();
        view! {
            <section class="review-section card">
                <div class="review-head">
                    <h2>{move || i18n.t(title)}</h2>
                    <button type="button" class="link-button" on:click=move |_| go.run(step)
                        aria-label=move || i18n.f(texts::ONB_REVIEW_EDIT_NAMED, &[("section", i18n.t(title))])>
                        {move || i18n.t(texts::ONB_REVIEW_EDIT)}
                    </button>
                </div>
                <p class="review-body">{body}</p>
            </section>
        }
    };
    let unset = move || i18n.t(field_texts::COMMON_NOT_SET).to_string();
    let or_unset = move |s: String| if s.trim().is_empty() { unset() } else { s };
    view! {
        <div class="step-body review">
            <p class="lead">{move || i18n.t(texts::ONB_REVIEW_LEAD)}</p>
            {section(Step::AboutYou, Box::new(move || draft.with(|d| {
                let f = &d.fields;
                let mut parts = vec![f.display_name.clone()];
                if !f.furigana.is_empty() { parts.push(format!("（{}）", f.furigana)); }
                if !f.area.is_empty() { parts.push(format!(" · {}", f.area)); }
                or_unset(parts.concat())
            })))}
            {section(Step::Time, Box::new(move || draft.with(|d| {
                let a = &d.fields.availability;
                let mut text = availability_summary(i18n.lang(), &summarize(a));
                if let Some(h) = a.hours_per_week { text.push_str(&format!(" · {}", i18n.f(shared::ONB_REVIEW_HOURS, &[("hours", &h.to_string())]))); }
                text
            })))}
            {section(Step::Experience, Box::new(move || draft.with(|d| {
                let list: Vec<String> = d.fields.skills.iter().map(|s| format!("{}（{}）", i18n.t(s.skill.label_key()), i18n.t(s.level.label_key()))).collect();
                let mut text = list.join("、");
                if !d.fields.past_work.is_empty() { text.push_str(&format!(" · {}", d.fields.past_work)); }
                or_unset(text)
            })))}
            {section(Step::WantToTry, Box::new(move || draft.with(|d| {
                let list: Vec<&str> = d.fields.aspirations.iter().map(|a| i18n.t(a.skill.label_key())).collect();
                or_unset(list.join("、"))
            })))}
            {section(Step::WorkingWithYou, Box::new(move || draft.with(|d| {
                let s = &d.fields.work_style;
                let parts: Vec<&str> = [s.question_style.map(question_style_key), s.channel.map(channel_key), s.reply_window.map(reply_key)]
                    .into_iter().flatten().map(|k| i18n.t(k)).collect();
                let mut text = parts.join(" · ");
                if !s.notes.is_empty() { text.push_str(&format!(" · {}", s.notes)); }
                or_unset(text)
            })))}
        </div>
    }
}

#[component]
pub fn Done() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="done card">
            <crate::ui::page_heading::PageHeading text=Signal::derive(move || i18n.t(texts::ONB_DONE_TITLE).to_string())/>
            <p>{move || i18n.t(texts::ONB_DONE_BODY)}</p>
            <div class="actions">
                <a href=Route::MyProfile.href() class="button secondary big">{move || i18n.t(texts::ONB_DONE_PROFILE)}</a>
                <a href=Route::NewRequest.href() class="button primary big">{move || i18n.t(common::BOARD_NEW)}</a>
            </div>
        </div>
    }
}
