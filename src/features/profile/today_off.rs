//! 「今日は休みます」 on her home screen: one tap (with a word if she likes) marks her off for
//! the rest of today, and she may undo it the same day. Coordinators then see 「今日はお休み」.
//! Comes with the profile pages, so the first screen's download does not grow.

use crate::api::ApiError;
use crate::app::state::use_app;
use crate::features::profile::texts;
use crate::i18n::context::use_i18n;
use crate::platform::random::uuid_v4;
use crate::sync::outbox::entry::PendingWrite;
use crate::sync::outbox::use_outbox;
use crate::ui::error_panel::ErrorPanel;
use chrono::Utc;
use leptos::prelude::*;
use okaeri_core::domain::days_off::{taken_today, DayOff, DayOffInput, DayOffKind};
use okaeri_core::domain::worker::Profile;

/// Today in her zone, and her one-tap day off for it if she has taken it.
fn today_of(profile: &Profile) -> (chrono::NaiveDate, Option<DayOff>) {
    let today = profile.fields.availability.today(Utc::now());
    (today, taken_today(&profile.days_off, today).cloned())
}

/// What home shows for today: 「今日は休みます」, and 今週できたこと on her look back days.
#[component]
pub fn TodayOnHome() -> impl IntoView {
    view! {
        <TodayOffCard/>
        <super::look_back::offer::LookBackOffer/>
    }
}

#[component]
pub fn TodayOffCard() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let outbox = use_outbox();
    let id = StoredValue::new(app.user().map(|u| u.id).unwrap_or_default());
    let data = LocalResource::new(move || {
        app.track_data();
        let client = app.client();
        async move { client.get_worker(&id.get_value()).await.map(|v| v.value) }
    });
    let note = RwSignal::new(String::new());
    // The Idempotency-Key of a day off waiting in the outbox, until it has gone.
    let queued = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<ApiError>);
    let take = Action::new_local(move |today: &chrono::NaiveDate| {
        let client = app.client();
        let input = DayOffInput {
            first: *today,
            last: None,
            note: note.get_untracked().trim().to_string(),
            kind: DayOffKind::Today,
        };
        let (key, owner) = (uuid_v4(), id.get_value());
        async move {
            match client.take_day_off(&owner, &input, &key).await {
                Ok(_) => app.announce(i18n.t_now(texts::DAYOFF_TODAY_TAKEN)),
                Err(e) if e.is_transient() && !client.is_embedded() => {
                    let label = i18n.t_now(texts::DAYOFF_OFF_TODAY);
                    if !outbox
                        .enqueue(PendingWrite::day_off(key.clone(), &owner, &input, label))
                        .await
                    {
                        return Err(e);
                    }
                    queued.try_set(Some(key));
                    app.announce(i18n.t_now(texts::DAYOFF_QUEUED));
                }
                Err(e) => return Err(e),
            }
            app.data_changed();
            Ok(())
        }
    });
    let undo = Action::new_local(move |day_off: &String| {
        let (client, day_off) = (app.client(), day_off.clone());
        async move {
            client.remove_day_off(&id.get_value(), &day_off).await?;
            app.announce(i18n.t_now(texts::DAYOFF_UNDONE));
            app.data_changed();
            Ok(())
        }
    });
    Effect::new(move |_| {
        if let Some(Err(e)) = take.value().get().or_else(|| undo.value().get()) {
            failure.set(Some(e));
        }
    });
    // Sent from the outbox at last: now the backend has it.
    Effect::new(move |_| {
        let sent = outbox.last_sent();
        if sent.is_some() && sent == queued.get_untracked() {
            queued.set(None);
            app.data_changed();
        }
    });
    let busy = move || take.pending().get() || undo.pending().get();
    view! {
        <section class="card day-off" aria-labelledby="day-off-title">
            {move || data.get().map(|loaded| match loaded {
                Err(e) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| data.refetch())/> }.into_any(),
                Ok(profile) => {
                    let (today, taken) = today_of(&profile);
                    match taken {
                        Some(day_off) => view! {
                            <h2 id="day-off-title" class="small-heading">{i18n.v(texts::DAYOFF_TODAY_TAKEN)}</h2>
                            {(!day_off.note.is_empty()).then(|| view! { <p>{day_off.note.clone()}</p> })}
                            <button type="button" class="button secondary" disabled=busy
                                on:click=move |_| { undo.dispatch(day_off.id.clone()); }>
                                {i18n.v(texts::DAYOFF_UNDO)}
                            </button>
                        }.into_any(),
                        None if queued.get().is_some() => view! {
                            <h2 id="day-off-title" class="small-heading">{i18n.v(texts::DAYOFF_TODAY_TAKEN)}</h2>
                            <p>{i18n.v(texts::DAYOFF_QUEUED)}</p>
                        }.into_any(),
                        None => view! {
                            <h2 id="day-off-title" class="small-heading">{i18n.v(texts::DAYOFF_CARD_TITLE)}</h2>
                            <p class="hint" id="day-off-hint">{i18n.v(texts::DAYOFF_TODAY_HINT)}</p>
                            <div class="field">
                                <label for="day-off-note">{i18n.v(texts::DAYOFF_TODAY_NOTE)}<span class="optional">{i18n.v(crate::i18n::shared::COMMON_OPTIONAL)}</span></label>
                                <input id="day-off-note" type="text" maxlength="120" aria-describedby="day-off-hint"
                                    placeholder=move || i18n.t(texts::DAYOFF_TODAY_NOTE_PLACEHOLDER)
                                    prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
                            </div>
                            <button type="button" class="button primary" disabled=busy
                                on:click=move |_| { failure.set(None); take.dispatch(today); }>
                                {i18n.v(texts::DAYOFF_TODAY_BUTTON)}
                            </button>
                        }.into_any(),
                    }
                }
            })}
            {move || failure.get().map(|e| view! { <ErrorPanel error=e/> })}
        </section>
    }
}
