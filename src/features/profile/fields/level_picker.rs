//! A skill's level as four chips (radio buttons), plus "none". Tap or arrow keys.

use crate::features::profile::fields::texts;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;
use okaeri_core::domain::skill::{Level, Skill};

#[component]
pub fn LevelPicker(
    skill: Skill,
    #[prop(into)] value: Signal<Option<Level>>,
    #[prop(into)] on_change: Callback<Option<Level>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = format!("level-{}", skill.id());
    let legend_id = format!("legend-{}", skill.id());
    let legend_ref = legend_id.clone();
    let chip = {
        let name = name.clone();
        move |level: Option<Level>| {
            let key = level.map(Level::label_key).unwrap_or(texts::LEVEL_NONE);
            let title = level.map(Level::description_key);
            let name = name.clone();
            view! {
                <label class="chip" title=move || title.map(|k| i18n.t(k))>
                    <input type="radio" name=name prop:checked=move || value.get() == level on:change=move |_| on_change.run(level)/>
                    <span>{i18n.v(key)}</span>
                </label>
            }
        }
    };
    view! {
        <fieldset class="level-picker" aria-labelledby=legend_ref>
            <legend id=legend_id>{i18n.v(skill.label_key())}</legend>
            <div class="chips">
                {chip(None)}
                {Level::ALL.into_iter().map(|l| chip(Some(l))).collect_view()}
            </div>
        </fieldset>
    }
}
