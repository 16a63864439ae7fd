//! When the backend has another version (412): each part that differs, both versions in
//! words, and her choice — keep hers, take the other, or, where lists can hold both, combine
//! them. Nothing is overwritten until she chooses.

use crate::features::profile::fields::summaries::{skill_levels, wished_skills};
use crate::features::profile::fields::texts;
use crate::features::profile::fields::words::availability_summary;
use crate::i18n::context::{use_i18n, I18n};
use crate::i18n::shared;
use crate::sync::autosave::Autosave;
use leptos::prelude::*;
use okaeri_core::domain::availability::summarize;
use okaeri_core::domain::conflict::{combined, differing, Part};
use okaeri_core::domain::worker::{ProfileFields, WorkStyle};
use serde::{de::DeserializeOwned, Serialize};

/// `fields` reads her profile's answers out of what is saved; `with_fields` puts combined
/// answers back into it.
#[component]
pub fn ConflictChoice<T>(
    sync: Autosave<T>,
    fields: fn(&T) -> &ProfileFields,
    with_fields: fn(&T, ProfileFields) -> T,
) -> impl IntoView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let i18n = use_i18n();
    // Both versions' answers, while there is a choice to make.
    let both = move || {
        let theirs = sync.theirs.get()?;
        Some((fields(&sync.value.get()).clone(), fields(&theirs).clone()))
    };
    let parts = move || {
        both().map(|(mine, theirs)| {
            differing(&mine, &theirs)
                .into_iter()
                .map(|part| {
                    view! {
                        <li class="conflict-part">
                            <h3>{i18n.t(part.label_key())}</h3>
                            <dl>
                                <dt>{i18n.t(texts::CONFLICT_MINE)}</dt>
                                <dd>{describe(i18n, part, &mine)}</dd>
                                <dt>{i18n.t(shared::CONFLICT_THEIRS)}</dt>
                                <dd>{describe(i18n, part, &theirs)}</dd>
                            </dl>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let combination = move || both().and_then(|(mine, theirs)| combined(&mine, &theirs));
    view! {
        <Show when=move || sync.theirs.with(Option::is_some)>
            <div class="conflict card" role="alert">
                <h2>{i18n.v(texts::CONFLICT_TITLE)}</h2>
                <p>{i18n.v(texts::CONFLICT_BODY)}</p>
                <ul class="conflict-parts">{parts}</ul>
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| sync.resolve(true)>{i18n.v(shared::CONFLICT_KEEP_MINE)}</button>
                    <button type="button" class="button secondary" on:click=move |_| sync.resolve(false)>{i18n.v(shared::CONFLICT_TAKE_THEIRS)}</button>
                </div>
                {move || combination().map(|both_fields| {
                    let both_fields = StoredValue::new(both_fields);
                    view! {
                        <p class="hint">{i18n.t(texts::CONFLICT_COMBINE_HINT)}</p>
                        <div class="actions">
                            <button type="button" class="button secondary" on:click=move |_| {
                                let value = with_fields(&sync.value.get_untracked(), both_fields.get_value());
                                sync.resolve_with(value);
                            }>{i18n.t(texts::CONFLICT_COMBINE)}</button>
                        </div>
                    }
                })}
            </div>
        </Show>
    }
}

/// One part of one version, in words.
fn describe(i18n: I18n, part: Part, f: &ProfileFields) -> String {
    let text = match part {
        Part::Name => f.display_name.clone(),
        Part::Furigana => f.furigana.clone(),
        Part::Area => f.area.clone(),
        Part::Statement => f.strength_statement.clone(),
        Part::PastWork => f.past_work.clone(),
        Part::Horizon => f.horizon.clone(),
        Part::Availability => {
            let mut text = availability_summary(i18n.lang(), &summarize(&f.availability));
            if let Some(h) = f.availability.hours_per_week {
                let hours = i18n.f(texts::CONFLICT_HOURS, &[("n", &h.to_string())]);
                text = [text, hours]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ");
            }
            text
        }
        Part::Skills => skill_levels(i18n, &f.skills),
        Part::Aspirations => wished_skills(i18n, &f.aspirations),
        Part::OwnSkills => f
            .own_skills
            .iter()
            .map(|s| format!("{}（{}）", s.name, i18n.t(s.level.label_key())))
            .collect::<Vec<_>>()
            .join("、"),
        Part::Qualifications => f
            .qualifications
            .iter()
            .map(|q| match q.year {
                Some(y) => format!("{} {y}", q.name),
                None => q.name.clone(),
            })
            .collect::<Vec<_>>()
            .join("、"),
        Part::Direction => f
            .direction
            .map(|d| {
                i18n.t(crate::features::profile::fields::work_style_card::direction_key(d))
                    .to_string()
            })
            .unwrap_or_default(),
        Part::WorkStyle => work_style(i18n, &f.work_style),
    };
    if text.trim().is_empty() {
        i18n.t(texts::COMMON_NOT_SET).to_string()
    } else {
        text
    }
}

fn work_style(i18n: I18n, w: &WorkStyle) -> String {
    use crate::features::profile::fields::work_style_card::{
        channel_key, question_style_key, reply_key,
    };
    [
        w.question_style
            .map(|q| i18n.t(question_style_key(q)).to_string()),
        w.channel.map(|c| i18n.t(channel_key(c)).to_string()),
        w.reply_window.map(|r| i18n.t(reply_key(r)).to_string()),
        Some(w.notes.clone()).filter(|n| !n.trim().is_empty()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}
