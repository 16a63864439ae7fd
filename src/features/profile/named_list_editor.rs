//! Her own skills (Canva, Excel マクロ, 英語 … with a level) and qualifications (簿記3級 with
//! the year), beside the catalogue: each added by name, changed in place, removed with a tap,
//! through the same autosave as every answer.

use crate::features::profile::fields::answers::Answers;
use crate::features::profile::texts;
use crate::i18n::context::use_i18n;
use crate::i18n::shared;
use crate::ui::field_error::FieldError;
use leptos::prelude::*;
use okaeri_core::domain::fold::name_key;
use okaeri_core::domain::skill::Level;
use okaeri_core::domain::worker::{OwnSkill, Qualification};

/// Whether `name` is new to the list (in any width, case or spacing, as the backend sees it).
fn is_new(name: &str, names: &[String]) -> bool {
    !names.iter().any(|n| name_key(n) == name_key(name))
}

/// The name she typed, or the reason it cannot be added (a text key).
fn checked(name: &str, names: &[String]) -> Result<String, &'static str> {
    let name = name.trim();
    if name.is_empty() {
        Err(texts::NAMED_EMPTY)
    } else if name.chars().count() > 40 {
        Err(texts::NAMED_TOO_LONG)
    } else if !is_new(name, names) {
        Err(texts::NAMED_TWICE)
    } else {
        Ok(name.to_string())
    }
}

/// 「削除」 beside an item, named for it ("Canva を削除").
fn remove_button(name: &str, remove: impl Fn() + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let label = i18n.f(texts::NAMED_REMOVE, &[("name", name)]);
    view! {
        <button type="button" class="button ghost small" aria-label=label on:click=move |_| remove()>
            {i18n.v(texts::DAYOFF_REMOVE_SHORT)}
        </button>
    }
}

/// The name of the item to add, with the reason it cannot be added under it.
fn name_field(
    id: &'static str,
    label: &'static str,
    placeholder: &'static str,
    described_by: &'static str,
    name: RwSignal<String>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{id}-error");
    view! {
        <div class="field compact">
            <label for=id>{i18n.v(label)}</label>
            <input id=id type="text" maxlength="40" aria-describedby=described_by
                placeholder=move || i18n.t(placeholder)
                prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            <FieldError id=error_id message=error/>
        </div>
    }
}

#[component]
pub fn OwnSkillsEditor(answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(String::new());
    let level = RwSignal::new(Level::Can);
    let error = RwSignal::new(None::<String>);
    let add = move |_| {
        let names: Vec<String> =
            answers.read(|f| f.own_skills.iter().map(|s| s.name.clone()).collect());
        match checked(&name.get_untracked(), &names) {
            Ok(n) => {
                let level = level.get_untracked();
                answers.change(move |f| {
                    f.own_skills.push(OwnSkill {
                        name: n,
                        level,
                        years: None,
                    })
                });
                name.set(String::new());
                error.set(None);
            }
            Err(key) => error.set(Some(key.to_string())),
        }
    };
    let level_options = move |selected: Level| {
        Level::ALL
            .into_iter()
            .map(|l| view! { <option value=l.id() selected=l == selected>{move || i18n.t(l.label_key())}</option> })
            .collect_view()
    };
    view! {
        <fieldset class="named-list">
            <legend>{i18n.v(texts::OWN_SKILLS)}</legend>
            <p class="hint" id="own-skill-hint">{i18n.v(texts::OWN_SKILLS_HINT)}</p>
            <ul class="plain-list">
                {move || answers.read(|f| f.own_skills.clone()).into_iter().enumerate().map(|(i, s)| {
                    let select_id = format!("own-skill-level-{i}");
                    let label = i18n.f(texts::OWN_SKILL_LEVEL_OF, &[("name", &s.name)]);
                    view! {
                        <li class="named-item">
                            <span class="named-name">{s.name.clone()}</span>
                            <select id=select_id aria-label=label on:change=move |ev| {
                                if let Some(l) = Level::from_id(&event_target_value(&ev)) {
                                    answers.change(move |f| if let Some(x) = f.own_skills.get_mut(i) { x.level = l; });
                                }
                            }>{level_options(s.level)}</select>
                            {remove_button(&s.name, move || answers.change(move |f| { if i < f.own_skills.len() { f.own_skills.remove(i); } }))}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="inline-fields">
                {name_field("own-skill-name", texts::OWN_SKILL_NAME, texts::OWN_SKILL_PLACEHOLDER, "own-skill-hint own-skill-name-error", name, error)}
                <div class="field compact">
                    <label for="own-skill-level">{i18n.v(texts::OWN_SKILL_LEVEL)}</label>
                    <select id="own-skill-level" on:change=move |ev| if let Some(l) = Level::from_id(&event_target_value(&ev)) { level.set(l) }>
                        {level_options(Level::Can)}
                    </select>
                </div>
            </div>
            <button type="button" class="button secondary" on:click=add>{i18n.v(texts::OWN_SKILL_ADD)}</button>
        </fieldset>
    }
}

#[component]
pub fn QualificationsEditor(answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(String::new());
    let year = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |_| {
        let names: Vec<String> =
            answers.read(|f| f.qualifications.iter().map(|q| q.name.clone()).collect());
        match checked(&name.get_untracked(), &names) {
            Ok(n) => {
                let gained = year
                    .get_untracked()
                    .trim()
                    .parse::<u16>()
                    .ok()
                    .filter(|y| (1950..=2100).contains(y));
                answers.change(move |f| {
                    f.qualifications.push(Qualification {
                        name: n,
                        year: gained,
                    })
                });
                name.set(String::new());
                year.set(String::new());
                error.set(None);
            }
            Err(key) => error.set(Some(key.to_string())),
        }
    };
    view! {
        <fieldset class="named-list">
            <legend>{i18n.v(texts::QUALIFICATIONS)}</legend>
            <ul class="plain-list">
                {move || answers.read(|f| f.qualifications.clone()).into_iter().enumerate().map(|(i, q)| {
                    view! {
                        <li class="named-item">
                            <span class="named-name">{qualification_text(i18n, &q)}</span>
                            {remove_button(&q.name, move || answers.change(move |f| { if i < f.qualifications.len() { f.qualifications.remove(i); } }))}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="inline-fields">
                {name_field("qualification-name", texts::QUALIFICATION_NAME, texts::QUALIFICATION_PLACEHOLDER, "qualification-name-error", name, error)}
                <div class="field compact">
                    <label for="qualification-year">{i18n.v(texts::QUALIFICATION_YEAR)}<span class="optional">{i18n.v(shared::COMMON_OPTIONAL)}</span></label>
                    <input id="qualification-year" type="number" inputmode="numeric" min="1950" max="2100"
                        prop:value=move || year.get() on:input=move |ev| year.set(event_target_value(&ev))/>
                </div>
            </div>
            <button type="button" class="button secondary" on:click=add>{i18n.v(texts::QUALIFICATION_ADD)}</button>
        </fieldset>
    }
}

/// "簿記3級（2019年）".
pub fn qualification_text(i18n: crate::i18n::context::I18n, q: &Qualification) -> String {
    match q.year {
        Some(y) => i18n.f(
            texts::QUALIFICATION_WITH_YEAR,
            &[("name", &q.name), ("year", &y.to_string())],
        ),
        None => q.name.clone(),
    }
}
