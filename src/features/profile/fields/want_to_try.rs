//! やってみたいこと: the skills she would like to try, and where she is heading, by when.

use crate::features::profile::fields::answers::Answers;
use crate::features::profile::fields::text_answer::TextAnswer;
use crate::features::profile::fields::texts;
use crate::features::profile::fields::work_style_card::direction_key;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;
use okaeri_core::domain::skill::Skill;
use okaeri_core::domain::worker::Direction;

#[component]
pub fn WantToTryQuestions(answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset>
            <legend>{i18n.v(texts::ANSWER_WANT_SKILLS)}</legend>
            <div class="chips wrap">
                {Skill::ALL.into_iter().map(|skill| view! {
                    <label class="chip">
                        <input type="checkbox" prop:checked=move || answers.read(|f| f.wants(skill))
                            on:change=move |_| answers.change(move |f| f.toggle_aspiration(skill))/>
                        <span>{i18n.v(skill.label_key())}</span>
                    </label>
                }).collect_view()}
            </div>
        </fieldset>
        <fieldset>
            <legend>{i18n.v(texts::ANSWER_DIRECTION)}</legend>
            <div class="chips wrap">
                {Direction::ALL.into_iter().map(|dir| view! {
                    <label class="chip">
                        <input type="radio" name="direction" prop:checked=move || answers.read(|f| f.direction == Some(dir))
                            on:change=move |_| answers.change(move |f| f.direction = Some(dir))/>
                        <span>{i18n.v(direction_key(dir))}</span>
                    </label>
                }).collect_view()}
            </div>
        </fieldset>
        <TextAnswer id="horizon" label=texts::ANSWER_HORIZON placeholder=texts::ANSWER_HORIZON_PLACEHOLDER
            value=Signal::derive(move || answers.read(|f| f.horizon.clone()))
            on_input=move |v: String| answers.change(move |f| f.horizon = v)/>
    }
}
