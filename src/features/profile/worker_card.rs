//! `/workers/:id/card`: the "how to work with me" card on its own, laid out for printing; with
//! `?as=resume`, her 職務経歴書 (`resume`).

use crate::features::profile::fields::words::skill_name;
use crate::features::profile::fields::work_style_card::WorkStyleCard;
use crate::features::profile::texts;
use crate::features::profile::worker::route_profile;
use crate::i18n::context::use_i18n;
use crate::ui::page_heading::PageHeading;
use leptos::prelude::*;
use okaeri_core::domain::strengths::strength_tags;

#[component]
pub fn WorkerCard() -> impl IntoView {
    let query = crate::app::routes::use_page_query();
    if query.with_untracked(|q| q.get("as").as_deref() == Some("resume")) {
        return view! { <crate::features::profile::resume::Resume/> }.into_any();
    }
    let i18n = use_i18n();
    route_profile(move |d| {
                {
                    let name = d.profile.fields.display_name.clone();
                    let statement = d.profile.fields.strength_statement.clone();
                    let tags = strength_tags(&d.endorsements);
                    let style = d.profile.fields.work_style.clone();
                    let availability = d.profile.fields.availability.clone();
                    view! {
                        <article class="page print-card">
                            <PageHeading text=Signal::derive(move || i18n.f(texts::CARD_TITLE, &[("name", &name)]))/>
                            <p class="strength-statement">{statement}</p>
                            <ul class="strength-tags">{tags.into_iter().map(|s| view! { <li class="tag">{move || skill_name(i18n.lang(), &s)}</li> }).collect_view()}</ul>
                            <WorkStyleCard style=Signal::derive(move || style.clone()) availability=Signal::derive(move || availability.clone())/>
                            <button type="button" class="button primary no-print" on:click=|_| crate::platform::dom::print_page()>{i18n.v(texts::CARD_PRINT)}</button>
                        </article>
                    }.into_any()
                }
    })
    .into_any()
}
