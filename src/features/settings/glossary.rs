//! `/glossary`: every katakana term the app cannot avoid, with what it means in plain words.
//! In plain Japanese each is also explained where it appears (`i18n::plain`).

use crate::features::settings::texts;
use crate::i18n::context::use_i18n;
use crate::i18n::glossary::TERMS;
use crate::ui::page_heading::PageHeading;
use leptos::prelude::*;

#[component]
pub fn Glossary() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page">
            <PageHeading key=texts::GLOSSARY_TITLE/>
            <p>{i18n.v(texts::GLOSSARY_LEAD)}</p>
            <dl class="glossary">
                {TERMS.iter().map(|(word, meaning)| view! {
                    <dt>{i18n.v(word)}</dt>
                    <dd>{i18n.v(meaning)}</dd>
                }).collect_view()}
            </dl>
        </section>
    }
}
