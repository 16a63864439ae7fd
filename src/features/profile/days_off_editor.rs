//! お休みの予定 on her profile: planned days off (夏休み 8/10–8/16), added and removed at once
//! (each is its own record, not part of the answers the autosave sends).

use crate::app::state::use_app;
use crate::features::profile::days_off_words::when;
use crate::features::profile::texts;
use crate::i18n::context::use_i18n;
use crate::i18n::shared;
use crate::platform::random::uuid_v4;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::field_error::FieldError;
use chrono::NaiveDate;
use leptos::prelude::*;
use okaeri_core::contract::problem::ApiError;
use okaeri_core::domain::days_off::{ahead, DayOff, DayOffInput, DayOffKind};
use okaeri_core::domain::validation::FieldErrors;

#[component]
pub fn DaysOffEditor(
    worker_id: String,
    /// Her days off, shared with the rest of her page (reachability follows them).
    days_off: RwSignal<Vec<DayOff>>,
    #[prop(into)] today: Signal<NaiveDate>,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let worker = StoredValue::new(worker_id);
    let (first, last, note) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let errors = RwSignal::new(FieldErrors::default());
    let failure = RwSignal::new(None::<ApiError>);
    // One key per day off she is adding: a repeat after a lost answer makes no second one.
    let key = StoredValue::new(uuid_v4());
    let add = Action::new_local(move |input: &DayOffInput| {
        let (client, input, k) = (app.client(), input.clone(), key.get_value());
        async move { client.take_day_off(&worker.get_value(), &input, &k).await }
    });
    let remove = Action::new_local(move |id: &String| {
        let (client, id) = (app.client(), id.clone());
        async move {
            client
                .remove_day_off(&worker.get_value(), &id)
                .await
                .map(|_| id)
        }
    });
    Effect::new(move |_| match add.value().get() {
        Some(Ok(day_off)) => {
            days_off.update(|list| list.push(day_off));
            first.set(String::new());
            last.set(String::new());
            note.set(String::new());
            key.set_value(uuid_v4());
            app.announce(i18n.t(texts::DAYOFF_ADDED));
        }
        Some(Err(ApiError::Validation(e))) => errors.set(e),
        Some(Err(e)) => failure.set(Some(e)),
        None => {}
    });
    Effect::new(move |_| match remove.value().get() {
        Some(Ok(id)) => {
            days_off.update(|list| list.retain(|d| d.id != id));
            app.announce(i18n.t(texts::DAYOFF_REMOVED));
        }
        Some(Err(e)) => failure.set(Some(e)),
        None => {}
    });
    let submit = move |_| {
        errors.set(FieldErrors::default());
        failure.set(None);
        let Ok(first_day) = first.get_untracked().parse::<NaiveDate>() else {
            errors.update(|e| e.add("first", texts::DAYOFF_FIRST_MISSING));
            return;
        };
        let input = DayOffInput {
            first: first_day,
            last: last.get_untracked().parse::<NaiveDate>().ok(),
            note: note.get_untracked().trim().to_string(),
            kind: DayOffKind::Planned,
        };
        match input.validate() {
            Ok(()) => {
                add.dispatch(input);
            }
            Err(e) => errors.set(e),
        }
    };
    let error_of = move |field: &'static str| {
        Signal::derive(move || errors.with(|e| e.get(field).map(str::to_string)))
    };
    let list = move || {
        let today = today.get();
        days_off.with(|all| ahead(all, today).into_iter().cloned().collect::<Vec<_>>())
    };
    view! {
        <fieldset class="days-off">
            <legend>{i18n.v(texts::DAYOFF_AHEAD)}</legend>
            <p class="hint">{i18n.v(texts::DAYOFF_AHEAD_HINT)}</p>
            <ul class="plain-list">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li>{i18n.v(texts::DAYOFF_NONE)}</li> }.into_any();
                    }
                    list.into_iter().map(|d| {
                        let id = d.id.clone();
                        let text = when(i18n.lang(), &d);
                        let label = i18n.f(texts::DAYOFF_REMOVE, &[("when", &text)]);
                        view! {
                            <li class="day-off-item">
                                <span>{text}{(!d.note.is_empty()).then(|| format!(" · {}", d.note))}</span>
                                <button type="button" class="button ghost small" aria-label=label disabled=move || remove.pending().get()
                                    on:click=move |_| { remove.dispatch(id.clone()); }>
                                    {i18n.v(texts::DAYOFF_REMOVE_SHORT)}
                                </button>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="inline-fields">
                <div class="field compact">
                    <label for="dayoff-first">{i18n.v(texts::DAYOFF_FIRST)}</label>
                    <input id="dayoff-first" type="date" aria-describedby="dayoff-first-error"
                        prop:value=move || first.get() on:input=move |ev| first.set(event_target_value(&ev))/>
                    <FieldError id="dayoff-first-error" message=error_of("first")/>
                </div>
                <div class="field compact">
                    <label for="dayoff-last">{i18n.v(texts::DAYOFF_LAST)}<span class="optional">{i18n.v(shared::COMMON_OPTIONAL)}</span></label>
                    <p class="hint" id="dayoff-last-hint">{i18n.v(texts::DAYOFF_LAST_HINT)}</p>
                    <input id="dayoff-last" type="date" aria-describedby="dayoff-last-hint dayoff-last-error"
                        prop:value=move || last.get() on:input=move |ev| last.set(event_target_value(&ev))/>
                    <FieldError id="dayoff-last-error" message=error_of("last")/>
                </div>
            </div>
            <div class="field">
                <label for="dayoff-note">{i18n.v(texts::DAYOFF_NOTE)}<span class="optional">{i18n.v(shared::COMMON_OPTIONAL)}</span></label>
                <input id="dayoff-note" type="text" maxlength="120" aria-describedby="dayoff-note-error" placeholder=move || i18n.t(texts::DAYOFF_NOTE_PLACEHOLDER)
                    prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
                <FieldError id="dayoff-note-error" message=error_of("note")/>
            </div>
            <button type="button" class="button secondary" disabled=move || add.pending().get() on:click=submit>
                {i18n.v(texts::DAYOFF_ADD)}
            </button>
            {move || failure.get().map(|e| view! { <ErrorPanel error=e/> })}
        </fieldset>
    }
}
