//! Where she is heading: the way of working she wants next (正社員を目指したい …) and by when,
//! as she answered at onboarding. Shown to her and to her coordinator.

use crate::features::profile::fields::texts as field_texts;
use crate::features::profile::fields::work_style_card::direction_key;
use crate::features::profile::texts;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;
use okaeri_core::domain::worker::ProfileFields;

#[component]
pub fn DirectionView(#[prop(into)] fields: Signal<ProfileFields>) -> impl IntoView {
    let i18n = use_i18n();
    let unset = move || i18n.t(field_texts::COMMON_NOT_SET).to_string();
    let way = move || {
        fields
            .with(|f| f.direction)
            .map(|d| i18n.t(direction_key(d)).to_string())
            .unwrap_or_else(unset)
    };
    let by_when = move || {
        fields.with(|f| {
            if f.horizon.is_empty() {
                unset()
            } else {
                f.horizon.clone()
            }
        })
    };
    view! {
        <section class="direction" aria-labelledby="direction-title">
            <h2 id="direction-title">{i18n.v(texts::PROFILE_DIRECTION)}</h2>
            <p class="direction-way">{way}</p>
            <dl>
                <div class="card-row">
                    <dt>{i18n.v(texts::PROFILE_DIRECTION_BY_WHEN)}</dt>
                    <dd>{by_when}</dd>
                </div>
            </dl>
        </section>
    }
}
