//! これまでの経験: a level and the years for each skill, and her past work in her words.

use crate::features::profile::fields::answers::Answers;
use crate::features::profile::fields::level_picker::LevelPicker;
use crate::features::profile::fields::text_answer::TextAnswer;
use crate::features::profile::fields::texts;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;
use okaeri_core::domain::skill::{Level, Skill};

#[component]
pub fn ExperienceQuestions(answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="level-help">
            <summary>{i18n.v(texts::ANSWER_LEVELS)}</summary>
            <dl>
                {Level::ALL.into_iter().map(|l| view! {
                    <dt>{i18n.v(l.label_key())}</dt>
                    <dd>{i18n.v(l.description_key())}</dd>
                }).collect_view()}
            </dl>
        </details>
        {Skill::ALL.into_iter().map(|skill| {
            let level = Signal::derive(move || answers.read(|f| f.level_of(skill)));
            let years_id = format!("years-{}", skill.id());
            view! {
                <div class="skill-row">
                    <LevelPicker skill=skill value=level on_change=Callback::new(move |l| answers.change(move |f| f.set_level(skill, l)))/>
                    <Show when=move || level.get().is_some()>
                        <div class="field compact years">
                            <label for=years_id.clone()>{i18n.v(texts::ANSWER_YEARS)}</label>
                            <input id=years_id.clone() type="number" inputmode="numeric" min="0" max="60"
                                prop:value=move || answers.read(|f| f.skills.iter().find(|s| s.skill == skill).and_then(|s| s.years).map(|y| y.to_string()).unwrap_or_default())
                                on:input=move |ev| {
                                    let years = event_target_value(&ev).trim().parse::<u8>().ok();
                                    answers.change(move |f| if let Some(s) = f.skills.iter_mut().find(|s| s.skill == skill) { s.years = years; });
                                }/>
                        </div>
                    </Show>
                </div>
            }
        }).collect_view()}
        <TextAnswer id="past-work" label=texts::ANSWER_PAST_WORK placeholder=texts::ANSWER_PAST_WORK_PLACEHOLDER multiline=true
            value=Signal::derive(move || answers.read(|f| f.past_work.clone()))
            on_input=move |v: String| answers.change(move |f| f.past_work = v)/>
    }
}
