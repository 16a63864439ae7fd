//! On the settings page, for coordinators: her own short card (weekday hours, reply window),
//! shown to workers beside the threads she takes part in. Her hours also decide when a notice
//! may interrupt her. Said saved only once the backend has it; a failed save keeps what she
//! chose on screen with a retry.

use crate::app::state::use_app;
use crate::features::profile::fields::texts as fields;
use crate::features::profile::fields::work_style_card::reply_key;
use crate::features::profile::texts;
use crate::i18n::context::use_i18n;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::field_error::FieldError;
use crate::ui::loading::Loading;
use chrono::{NaiveTime, Weekday};
use leptos::prelude::*;
use okaeri_core::domain::contact::CoordinatorCard;
use okaeri_core::domain::worker::ReplyWindow;

#[derive(Clone, Copy, PartialEq)]
enum Saving {
    Idle,
    Saved,
    Failed,
}

fn hhmm(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// Her weekday span as the two fields show it: the first weekday window, or 9:00–17:00.
fn weekday_span(card: &CoordinatorCard) -> (String, String) {
    card.availability
        .windows
        .iter()
        .find(|w| w.day.num_days_from_monday() < Weekday::Sat.num_days_from_monday())
        .map(|w| (hhmm(w.start), hhmm(w.end)))
        .unwrap_or_else(|| ("09:00".into(), "17:00".into()))
}

fn parse_time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M").ok()
}

#[component]
pub fn MyContactCard() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app().for_page();
    let loaded = LocalResource::new(move || {
        app.user();
        let client = app.client();
        async move { client.contact_card().await }
    });
    let card = RwSignal::new(CoordinatorCard::default());
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let reply = RwSignal::new(String::new());
    Effect::new(move |_| {
        if let Some(Ok(c)) = loaded.get() {
            let (s, e) = weekday_span(&c);
            start.set(s);
            end.set(e);
            reply.set(
                c.reply_window
                    .map(|r| r.id().to_string())
                    .unwrap_or_default(),
            );
            card.set(c);
        }
    });
    let error = RwSignal::new(None::<String>);
    let state = RwSignal::new(Saving::Idle);
    let save = Action::new_local(move |c: &CoordinatorCard| {
        let (client, c) = (app.client(), c.clone());
        async move { client.save_contact_card(&c).await }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(c)) => {
            card.set(c);
            state.set(Saving::Saved);
        }
        Some(Err(_)) => state.set(Saving::Failed),
        None => {}
    });
    let submit = move || {
        state.set(Saving::Idle);
        let mut next = card.get_untracked();
        let (Some(s), Some(e)) = (
            parse_time(&start.get_untracked()),
            parse_time(&end.get_untracked()),
        ) else {
            error.set(Some(texts::CONTACT_TIME_INVALID.to_string()));
            return;
        };
        if let Err(e) = next.availability.set_weekdays(s, e) {
            error.set(Some(e.key().to_string()));
            return;
        }
        error.set(None);
        next.reply_window = ReplyWindow::from_id(&reply.get_untracked());
        save.dispatch(next);
    };
    let form = move || {
        view! {
            <form class="contact-card-form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
                <fieldset aria-describedby="contact-hours-error">
                    <legend>{i18n.v(texts::CONTACT_WEEKDAY_HOURS)}</legend>
                    <div class="time-range">
                        <div class="field">
                            <label for="contact-start">{i18n.v(texts::CONTACT_FROM)}</label>
                            <input id="contact-start" type="time" prop:value=move || start.get() on:input=move |ev| start.set(event_target_value(&ev))/>
                        </div>
                        <div class="field">
                            <label for="contact-end">{i18n.v(texts::CONTACT_TO)}</label>
                            <input id="contact-end" type="time" prop:value=move || end.get() on:input=move |ev| end.set(event_target_value(&ev))/>
                        </div>
                    </div>
                    <FieldError id="contact-hours-error" message=error/>
                </fieldset>
                <div class="field">
                    <label for="contact-reply">{i18n.v(fields::STYLE_REPLY)}</label>
                    <select id="contact-reply" prop:value=move || reply.get() on:change=move |ev| reply.set(event_target_value(&ev))>
                        <option value="">{move || i18n.t(fields::COMMON_NOT_SET)}</option>
                        {ReplyWindow::ALL.into_iter().map(|r| view! {
                            <option value=r.id() selected=move || reply.get() == r.id()>{move || i18n.t(reply_key(r))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button primary">{i18n.v(texts::CONTACT_SAVE)}</button>
            </form>
        }
    };
    view! {
        <section class="card" aria-labelledby="contact-card-title">
            <h2 id="contact-card-title">{i18n.v(texts::CONTACT_MY_CARD)}</h2>
            <p class="hint">{i18n.v(texts::CONTACT_MY_CARD_HINT)}</p>
            <Suspense fallback=Loading>
                {move || loaded.get().map(|r| match r {
                    Err(e) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| loaded.refetch())/> }.into_any(),
                    Ok(_) => form().into_any(),
                })}
            </Suspense>
            <p role="status" class="save-status">
                {move || if state.get() == Saving::Saved { i18n.t(texts::CONTACT_SAVED) } else { "" }}
            </p>
            <Show when=move || state.get() == Saving::Failed>
                <p class="error-panel" role="alert">{i18n.v(texts::CONTACT_NOT_SAVED)}</p>
                <button type="button" class="button secondary" on:click=move |_| submit()>{i18n.v(texts::CONTACT_RETRY)}</button>
            </Show>
        </section>
    }
}
