//! Availability at a glance: the summary in words, a small week chart, "reachable now" and
//! her days off ahead.

use crate::features::profile::days_off_words::when;
use crate::features::profile::fields::words::{availability_summary, reach_text};
use crate::features::profile::texts;
use crate::i18n::context::use_i18n;
use crate::i18n::dates::weekday_short;
use chrono::{Datelike, NaiveTime, Timelike};
use leptos::prelude::*;
use okaeri_core::domain::availability::{summarize, time_in_zone, Availability, Reach, WEEK};
use okaeri_core::domain::days_off::{ahead, off_on, DayOff};

fn hours(t: NaiveTime) -> f32 {
    t.hour() as f32 + t.minute() as f32 / 60.0
}

/// The viewer's own zone, from the browser.
fn viewer_zone() -> Option<chrono_tz::Tz> {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&options, &"timeZone".into())
        .ok()?
        .as_string()?
        .parse()
        .ok()
}

/// 「いま連絡OK」, 「次は…」, or 「今日はお休み · 次は…」 on a day off.
#[component]
pub fn ReachBadge(
    #[prop(into)] availability: Signal<Availability>,
    #[prop(into)] days_off: Signal<Vec<DayOff>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = move || {
        let now = chrono::Utc::now();
        availability
            .with(|a| days_off.with(|d| (a.reach_at(d, now), off_on(d, a.today(now)).is_some())))
    };
    let text = move || {
        let (reach, off) = status();
        let reach = reach_text(i18n.lang(), &reach);
        if off {
            format!("{} · {reach}", i18n.t(texts::DAYOFF_OFF_TODAY))
        } else {
            reach
        }
    };
    view! {
        <p class=move || if matches!(status().0, Reach::Now { .. }) { "reach reach-now" } else { "reach" }>
            <span class="reach-dot" aria-hidden="true"></span>
            {text}
        </p>
    }
}

#[component]
pub fn AvailabilityView(
    #[prop(into)] availability: Signal<Availability>,
    #[prop(into)] days_off: Signal<Vec<DayOff>>,
    #[prop(optional)] show_notes: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = move || availability.with(|a| availability_summary(i18n.lang(), &summarize(a)));
    // A coordinator in another zone sees her hours in her zone and in their own.
    let other_zone = move || {
        let theirs = availability.with(|a| a.tz());
        let mine = viewer_zone()?;
        if mine == theirs {
            return None;
        }
        let today = chrono::Utc::now().with_timezone(&theirs).date_naive();
        let spans: Vec<String> = availability.with(|a| {
            let day = WEEK
                .iter()
                .find(|d| !a.effective(**d).is_empty())
                .copied()?;
            let date = (0..7)
                .map(|i| today + chrono::Duration::days(i))
                .find(|d| d.weekday() == day)?;
            Some(
                a.effective(day)
                    .into_iter()
                    .filter_map(|(s, e)| {
                        let (_, s2) = time_in_zone(date, s, theirs, mine)?;
                        let (_, e2) = time_in_zone(date, e, theirs, mine)?;
                        Some(format!(
                            "{}–{}",
                            crate::i18n::dates::format_time(s2),
                            crate::i18n::dates::format_time(e2)
                        ))
                    })
                    .collect(),
            )
        })?;
        Some(i18n.f(
            texts::AVAIL_IN_YOUR_ZONE,
            &[("zone", mine.name()), ("spans", &spans.join(", "))],
        ))
    };
    view! {
        <div class="availability">
            <p class="availability-summary">{summary}</p>
            <p class="availability-zone">{move || i18n.f(texts::AVAIL_ZONE, &[("zone", &availability.with(|a| a.time_zone.clone()))])}</p>
            {move || other_zone().map(|text| view! { <p class="availability-zone">{text}</p> })}
            <ReachBadge availability=availability days_off=days_off/>
            <DaysOffAhead availability=availability days_off=days_off show_notes=show_notes/>
            <WeekChart availability=availability/>
            <Show when=move || show_notes && availability.with(|a| a.away.iter().any(|w| !w.note.is_empty()))>
                <ul class="away-notes">
                    {move || availability.with(|a| {
                        a.away.iter().filter(|w| !w.note.is_empty()).map(|w| {
                            let text = format!("{} {}〜 {}", weekday_short(i18n.lang(), w.day), crate::i18n::dates::format_time(w.start), w.note);
                            view! { <li>{text}</li> }
                        }).collect_view()
                    })}
                </ul>
            </Show>
        </div>
    }
}

/// Her days off not yet over, with their notes for those who may see family context.
#[component]
fn DaysOffAhead(
    availability: Signal<Availability>,
    days_off: Signal<Vec<DayOff>>,
    show_notes: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let list = move || {
        let today = availability.with(|a| a.today(chrono::Utc::now()));
        days_off.with(|d| ahead(d, today).into_iter().cloned().collect::<Vec<_>>())
    };
    view! {
        <Show when=move || !list().is_empty()>
            <div class="days-off-ahead">
                <h3 class="small-heading">{i18n.v(texts::DAYOFF_AHEAD)}</h3>
                <ul class="plain-list">
                    {move || list().into_iter().map(|d| {
                        let note = (show_notes && !d.note.is_empty()).then(|| format!(" · {}", d.note));
                        view! { <li>{when(i18n.lang(), &d)}{note}</li> }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

#[component]
fn WeekChart(#[prop(into)] availability: Signal<Availability>) -> impl IntoView {
    let i18n = use_i18n();
    // 6:00–24:00 across 270 units after a 30-unit day label; one 14-unit row a day.
    let x = |t: NaiveTime| ((hours(t) - 6.0).max(0.0) / 18.0 * 270.0) + 30.0;
    view! {
        <svg class="week-chart" viewBox="0 0 300 112" role="img" aria-label=move || i18n.t(texts::AVAIL_WEEK_CHART)>
            {move || {
                WEEK.iter().enumerate().map(|(i, day)| {
                    let y = i as f32 * 16.0 + 2.0;
                    let spans = availability.with(|a| a.effective(*day));
                    view! {
                        <g>
                            <text x="0" y=y + 11.0 class="week-label">{weekday_short(i18n.lang(), *day)}</text>
                            <rect x="30" y=y width="270" height="13" class="week-track"></rect>
                            {spans.into_iter().map(|(s, e)| view! {
                                <rect x=x(s) y=y width=(x(e) - x(s)).max(1.0) height="13" class="week-span"></rect>
                            }).collect_view()}
                        </g>
                    }
                }).collect_view()
            }}
        </svg>
    }
}
