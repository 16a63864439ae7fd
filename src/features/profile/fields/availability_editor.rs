//! Editing a week by tap: pick day, start and end from 30-minute steps, add; remove with a
//! button. Away times (e.g. 15:00 pick-up) likewise. No dragging anywhere.

use crate::features::profile::fields::texts;
use crate::i18n::context::use_i18n;
use crate::i18n::dates::weekday_short;
use crate::ui::field_error::FieldError;
use chrono::{NaiveTime, Weekday};
use leptos::prelude::*;
use okaeri_core::domain::availability::{
    check_window, format_hm, half_hour_steps, parse_hm, Availability, AwayWindow, WEEK,
};

/// "weekdays" or a single day, as picked in the editor's day list.
fn days_of(choice: &str) -> Vec<Weekday> {
    match choice {
        "weekdays" => WEEK[..5].to_vec(),
        "weekend" => WEEK[5..].to_vec(),
        other => other
            .parse::<usize>()
            .ok()
            .and_then(|i| WEEK.get(i).copied())
            .into_iter()
            .collect(),
    }
}

#[component]
fn DayOptions() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <option value="weekdays">{move || i18n.t(texts::AVAIL_WEEKDAYS)}</option>
        <option value="weekend">{move || i18n.t(texts::AVAIL_WEEKEND)}</option>
        {WEEK.iter().enumerate().map(|(i, d)| {
            let d = *d;
            view! { <option value=i.to_string()>{move || weekday_short(i18n.lang(), d)}</option> }
        }).collect_view()}
    }
}

#[component]
fn TimeOptions(#[prop(optional)] allow_none: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {allow_none.then(|| view! { <option value="">{move || i18n.t(texts::AVAIL_UNTIL_END)}</option> })}
        {half_hour_steps().map(|t| view! { <option value=format_hm(t)>{format_hm(t)}</option> }).collect_view()}
    }
}

#[component]
pub fn AvailabilityEditor(
    #[prop(into)] value: Signal<Availability>,
    #[prop(into)] on_change: Callback<Availability>,
) -> impl IntoView {
    let i18n = use_i18n();
    let day = RwSignal::new("weekdays".to_string());
    let start = RwSignal::new("9:30".to_string());
    let end = RwSignal::new("14:30".to_string());
    let window_error = RwSignal::new(None::<String>);
    let away_day = RwSignal::new("weekdays".to_string());
    let away_start = RwSignal::new("15:00".to_string());
    let away_end = RwSignal::new(String::new());
    let away_note = RwSignal::new(String::new());

    let add_window = move |_| {
        let (Some(s), Some(e)) = (
            parse_hm(&start.get_untracked()),
            parse_hm(&end.get_untracked()),
        ) else {
            return;
        };
        if let Err(err) = check_window(s, e) {
            window_error.set(Some(err.key().to_string()));
            return;
        }
        window_error.set(None);
        let mut a = value.get_untracked();
        for d in days_of(&day.get_untracked()) {
            let _ = a.add_window(d, s, e);
        }
        on_change.run(a);
    };
    let add_away = move |_| {
        let Some(s) = parse_hm(&away_start.get_untracked()) else {
            return;
        };
        let e: Option<NaiveTime> = parse_hm(&away_end.get_untracked());
        if e.is_some_and(|e| e <= s) {
            window_error.set(Some(texts::AVAIL_ERROR_END_BEFORE_START.to_string()));
            return;
        }
        window_error.set(None);
        let mut a = value.get_untracked();
        for d in days_of(&away_day.get_untracked()) {
            a.away.push(AwayWindow {
                day: d,
                start: s,
                end: e,
                note: away_note.get_untracked().trim().to_string(),
            });
        }
        away_note.set(String::new());
        on_change.run(a);
    };
    let remove_window = move |i: usize| {
        let mut a = value.get_untracked();
        a.remove_window(i);
        on_change.run(a);
    };
    let remove_away = move |i: usize| {
        let mut a = value.get_untracked();
        if i < a.away.len() {
            a.away.remove(i);
        }
        on_change.run(a);
    };
    let select = |id: &'static str,
                  sig: RwSignal<String>,
                  label: &'static str,
                  allow_none: bool,
                  days: bool| {
        view! {
            <div class="field compact">
                <label for=id>{i18n.v(label)}</label>
                <select id=id on:change=move |ev| sig.set(event_target_value(&ev)) prop:value=move || sig.get()>
                    {if days { view! { <DayOptions/> }.into_any() } else { view! { <TimeOptions allow_none=allow_none/> }.into_any() }}
                </select>
            </div>
        }
    };

    view! {
        <div class="availability-editor">
            <fieldset class="card">
                <legend>{i18n.v(texts::AVAIL_WORK_WINDOWS)}</legend>
                <ul class="window-list" aria-live="polite">
                    {move || value.with(|a| a.windows.iter().enumerate().map(|(i, w)| {
                        let text = format!("{} {}–{}", weekday_short(i18n.lang(), w.day), format_hm(w.start), format_hm(w.end));
                        let label = i18n.f(texts::AVAIL_REMOVE, &[("what", &text)]);
                        view! {
                            <li class="window-chip">
                                <span>{text}</span>
                                <button type="button" class="icon-button" aria-label=label on:click=move |_| remove_window(i)>"✕"</button>
                            </li>
                        }
                    }).collect_view())}
                </ul>
                <div class="inline-fields">
                    {select("win-day", day, texts::AVAIL_DAY, false, true)}
                    {select("win-start", start, texts::AVAIL_START, false, false)}
                    {select("win-end", end, texts::AVAIL_END, false, false)}
                </div>
                <button type="button" class="button secondary" on:click=add_window aria-describedby="window-error">{i18n.v(texts::AVAIL_ADD_WINDOW)}</button>
                <FieldError id="window-error" message=window_error/>
            </fieldset>
            <fieldset class="card">
                <legend>{i18n.v(texts::AVAIL_AWAY_WINDOWS)}</legend>
                <p class="hint">{i18n.v(texts::AVAIL_AWAY_HINT)}</p>
                <ul class="window-list">
                    {move || value.with(|a| a.away.iter().enumerate().map(|(i, w)| {
                        let until = w.end.map(format_hm).unwrap_or_default();
                        let text = format!("{} {}–{} {}", weekday_short(i18n.lang(), w.day), format_hm(w.start), until, w.note);
                        let label = i18n.f(texts::AVAIL_REMOVE, &[("what", &text)]);
                        view! {
                            <li class="window-chip away">
                                <span>{text}</span>
                                <button type="button" class="icon-button" aria-label=label on:click=move |_| remove_away(i)>"✕"</button>
                            </li>
                        }
                    }).collect_view())}
                </ul>
                <div class="inline-fields">
                    {select("away-day", away_day, texts::AVAIL_DAY, false, true)}
                    {select("away-start", away_start, texts::AVAIL_FROM, false, false)}
                    {select("away-end", away_end, texts::AVAIL_UNTIL, true, false)}
                </div>
                <div class="field">
                    <label for="away-note">{i18n.v(texts::AVAIL_NOTE)}</label>
                    <input id="away-note" type="text" placeholder=move || i18n.t(texts::AVAIL_NOTE_PLACEHOLDER)
                        prop:value=move || away_note.get() on:input=move |ev| away_note.set(event_target_value(&ev))/>
                </div>
                <button type="button" class="button secondary" on:click=add_away>{i18n.v(texts::AVAIL_ADD_AWAY)}</button>
            </fieldset>
            <div class="inline-fields">
                <div class="field compact">
                    <label for="hours-per-week">{i18n.v(texts::AVAIL_HOURS_PER_WEEK)}</label>
                    <input id="hours-per-week" type="number" inputmode="numeric" min="1" max="60"
                        prop:value=move || value.with(|a| a.hours_per_week.map(|h| h.to_string()).unwrap_or_default())
                        on:input=move |ev| {
                            let mut a = value.get_untracked();
                            a.hours_per_week = event_target_value(&ev).trim().parse::<u8>().ok();
                            on_change.run(a);
                        }/>
                </div>
                <div class="field compact">
                    <label for="earliest-start">{i18n.v(texts::AVAIL_EARLIEST_START)}</label>
                    <input id="earliest-start" type="date"
                        prop:value=move || value.with(|a| a.earliest_start.map(|d| d.to_string()).unwrap_or_default())
                        on:input=move |ev| {
                            let mut a = value.get_untracked();
                            a.earliest_start = event_target_value(&ev).parse().ok();
                            on_change.run(a);
                        }/>
                </div>
            </div>
        </div>
    }
}
