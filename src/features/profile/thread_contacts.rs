//! Beside a card's thread, just below the comment box: gentle hints for what she is about to
//! write, and who is on the other side and how to reach them (for a coordinator, the worker's
//! "how to work with me"; for her, the coordinators' hours and reply window).

use crate::app::routes::use_route_id;
use crate::app::state::use_app;
use crate::features::profile::availability_view::ReachBadge;
use crate::features::profile::fields::texts as fields;
use crate::features::profile::fields::words::{availability_summary, reach_text};
use crate::features::profile::fields::work_style_card::{
    channel_key, question_style_key, reply_key,
};
use crate::features::profile::texts;
use crate::i18n::context::{use_i18n, I18n};
use crate::ui::loading::Loading;
use leptos::prelude::*;
use okaeri_core::domain::availability::summarize;
use okaeri_core::domain::contact::Contact;
use okaeri_core::domain::days_off::off_on;
use okaeri_core::domain::worker::Role;

/// The id the comment box's field is described by: the hints below.
pub const HINT_ID: &str = "comment-hint";

#[component]
pub fn ThreadContacts() -> impl IntoView {
    let app = use_app();
    let route_id = use_route_id();
    let data = LocalResource::new(move || {
        let client = app.client();
        let id = route_id.get();
        async move { client.thread_contacts(&id).await }
    });
    // Without the cards the thread still works: nothing is shown rather than an error, as
    // nothing she typed depends on them.
    view! {
        <Transition fallback=Loading>
            {move || match data.get() {
                Some(Ok(list)) if !list.is_empty() => view! { <Cards list=list/> }.into_any(),
                _ => view! { <div id=HINT_ID></div> }.into_any(),
            }}
        </Transition>
    }
}

#[component]
fn Cards(list: Vec<Contact>) -> impl IntoView {
    let i18n = use_i18n();
    let now = chrono::Utc::now();
    let hints = list.clone();
    view! {
        // The hints first, right under the box they describe.
        <div id=HINT_ID class="comment-hints">
            {move || hints.iter().flat_map(|c| hint_texts(i18n, c, now)).map(|t| view! { <p class="hint">{t}</p> }).collect_view()}
        </div>
        // A group, not an aside: a complementary landmark may not sit inside the page's main.
        <div class="contact-cards" role="group" aria-label=move || i18n.t(texts::CONTACT_ASIDE)>
            {list.into_iter().map(|c| view! { <ContactCard contact=c/> }).collect_view()}
        </div>
    }
}

/// What the comment box should know about writing to `c` now.
fn hint_texts(i18n: I18n, c: &Contact, now: chrono::DateTime<chrono::Utc>) -> Vec<String> {
    let name = [("name", c.name.as_str())];
    let mut out = Vec::new();
    if c.role == Role::Worker && c.prefers_gathered() {
        out.push(i18n.f(texts::CONTACT_HINT_GATHER, &name));
    }
    if c.answers_later(now) {
        let reach = reach_text(i18n.lang(), &c.reach(now));
        let off = off_on(&c.days_off, c.availability.today(now)).is_some();
        let key = if off {
            texts::CONTACT_HINT_OFF
        } else {
            texts::CONTACT_HINT_LATER
        };
        out.push(i18n.f(key, &[("name", &c.name), ("reach", &reach)]));
    }
    out
}

#[component]
fn ContactCard(contact: Contact) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("contact-{}", contact.user_id);
    let labelled_by = heading_id.clone();
    let name = contact.name.clone();
    let is_worker = contact.role == Role::Worker;
    let title = move || {
        let key = if is_worker {
            texts::CONTACT_TITLE_WORKER
        } else {
            texts::CONTACT_TITLE_COORDINATOR
        };
        i18n.f(key, &[("name", &name)])
    };
    let style = contact.work_style.clone();
    let unset = move || i18n.t(fields::COMMON_NOT_SET).to_string();
    let mut rows: Vec<(&'static str, String)> = Vec::new();
    let lang = i18n.lang.get_untracked();
    let or_unset = |v: Option<&'static str>| v.map(|k| i18n.t(k).to_string()).unwrap_or_else(unset);
    if is_worker {
        rows.push((
            fields::STYLE_QUESTIONS,
            or_unset(style.question_style.map(question_style_key)),
        ));
        rows.push((
            fields::STYLE_CHANNEL,
            or_unset(style.channel.map(channel_key)),
        ));
    }
    rows.push((
        fields::STYLE_REPLY,
        or_unset(style.reply_window.map(reply_key)),
    ));
    rows.push((
        texts::CONTACT_HOURS,
        availability_summary(lang, &summarize(&contact.availability)),
    ));
    if !style.notes.is_empty() {
        rows.push((fields::STYLE_NOTES, style.notes.clone()));
    }
    let availability = contact.availability.clone();
    let days_off = contact.days_off.clone();
    view! {
        <section class="contact-card" aria-labelledby=labelled_by>
            <h3 id=heading_id class="small-heading">{title}</h3>
            <ReachBadge availability=Signal::stored(availability) days_off=Signal::stored(days_off)/>
            <dl>
                {rows.into_iter().map(|(k, v)| view! {
                    <div class="card-row"><dt>{i18n.v(k)}</dt><dd>{v}</dd></div>
                }).collect_view()}
            </dl>
        </section>
    }
}
