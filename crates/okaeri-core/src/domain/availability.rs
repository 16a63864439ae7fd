//! Weekly availability: when a worker can work and be reached, and when she is away.
//!
//! Times are wall-clock times in the worker's own IANA time zone; every "now" question is
//! answered by converting the instant into that zone first, so midnight, weekends and
//! viewers in other zones fall out of the same arithmetic.

use super::days_off::{DayOff, MAX_DAYS};
use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Timelike, Utc, Weekday,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

pub const DEFAULT_TIME_ZONE: &str = "Asia/Tokyo";

/// Monday first, as Japanese calendars at work usually are.
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeWindow {
    pub day: Weekday,
    pub start: NaiveTime,
    pub end: NaiveTime,
}

/// A time she is not reachable, e.g. 15:00 school pick-up. `end: None` means "for the rest of
/// the day". The note is family context: shown to coordinators and to her only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwayWindow {
    pub day: Weekday,
    pub start: NaiveTime,
    #[serde(default)]
    pub end: Option<NaiveTime>,
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Availability {
    #[serde(default = "default_zone")]
    pub time_zone: String,
    #[serde(default)]
    pub windows: Vec<TimeWindow>,
    #[serde(default)]
    pub away: Vec<AwayWindow>,
    #[serde(default)]
    pub hours_per_week: Option<u8>,
    #[serde(default, with = "crate::domain::date::optional")]
    pub earliest_start: Option<NaiveDate>,
}

fn default_zone() -> String {
    DEFAULT_TIME_ZONE.to_string()
}

impl Default for Availability {
    fn default() -> Self {
        Availability {
            time_zone: default_zone(),
            windows: Vec::new(),
            away: Vec::new(),
            hours_per_week: None,
            earliest_start: None,
        }
    }
}

/// Why a window cannot be added; each is an i18n key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowError {
    EndNotAfterStart,
    NotHalfHour,
}

impl WindowError {
    pub fn key(self) -> &'static str {
        match self {
            WindowError::EndNotAfterStart => "avail.error.end_before_start",
            WindowError::NotHalfHour => "avail.error.half_hour",
        }
    }
}

fn on_half_hour(t: NaiveTime) -> bool {
    t.minute().is_multiple_of(30) && t.second() == 0
}

/// Checks one window; overlaps are not errors, they are merged by [`Availability::add_window`].
pub fn check_window(start: NaiveTime, end: NaiveTime) -> Result<(), WindowError> {
    if !on_half_hour(start) || !on_half_hour(end) {
        return Err(WindowError::NotHalfHour);
    }
    if end <= start {
        return Err(WindowError::EndNotAfterStart);
    }
    Ok(())
}

/// Every 30-minute step of a day, for the time pickers.
pub fn half_hour_steps() -> impl Iterator<Item = NaiveTime> {
    (0..48u32).filter_map(|i| NaiveTime::from_hms_opt(i / 2, (i % 2) * 30, 0))
}

impl Availability {
    pub fn tz(&self) -> Tz {
        self.time_zone.parse().unwrap_or(chrono_tz::Asia::Tokyo)
    }

    /// Adds a window, merging it with any window of the same day it overlaps or touches.
    pub fn add_window(
        &mut self,
        day: Weekday,
        start: NaiveTime,
        end: NaiveTime,
    ) -> Result<(), WindowError> {
        check_window(start, end)?;
        self.windows.push(TimeWindow { day, start, end });
        self.windows = merge_windows(std::mem::take(&mut self.windows));
        Ok(())
    }

    pub fn remove_window(&mut self, index: usize) {
        if index < self.windows.len() {
            self.windows.remove(index);
        }
    }

    /// Sets the same windows on every weekday (Mon–Fri), replacing theirs.
    pub fn set_weekdays(&mut self, start: NaiveTime, end: NaiveTime) -> Result<(), WindowError> {
        check_window(start, end)?;
        self.windows
            .retain(|w| matches!(w.day, Weekday::Sat | Weekday::Sun));
        for day in &WEEK[..5] {
            self.windows.push(TimeWindow {
                day: *day,
                start,
                end,
            });
        }
        self.windows = merge_windows(std::mem::take(&mut self.windows));
        Ok(())
    }

    /// Windows of one day with the away times cut out, sorted.
    pub fn effective(&self, day: Weekday) -> Vec<(NaiveTime, NaiveTime)> {
        let mut spans: Vec<(NaiveTime, NaiveTime)> = self
            .windows
            .iter()
            .filter(|w| w.day == day)
            .map(|w| (w.start, w.end))
            .collect();
        for away in self.away.iter().filter(|a| a.day == day) {
            spans = spans
                .into_iter()
                .flat_map(|(s, e)| {
                    let mut out = Vec::with_capacity(2);
                    if away.start > s {
                        out.push((s, e.min(away.start)));
                    }
                    // No end means away for the rest of the day.
                    if let Some(away_end) = away.end.filter(|end| *end < e) {
                        out.push((s.max(away_end), e));
                    }
                    out.into_iter().filter(|(a, b)| a < b)
                })
                .collect();
        }
        spans.sort_unstable();
        spans
    }

    pub fn weekly_minutes(&self) -> i64 {
        WEEK.iter()
            .flat_map(|d| self.effective(*d))
            .map(|(s, e)| (e - s).num_minutes())
            .sum()
    }

    /// Her calendar date at this instant, in her zone: what "today" means for her days off.
    pub fn today(&self, now: DateTime<Utc>) -> NaiveDate {
        now.with_timezone(&self.tz()).date_naive()
    }

    /// Is she reachable at this instant, and if not, when next? Every date a day off covers
    /// is skipped, so the answer after a holiday is the first working day after it.
    pub fn reach_at(&self, days_off: &[DayOff], now: DateTime<Utc>) -> Reach {
        let tz = self.tz();
        let local = now.with_timezone(&tz);
        let today = local.date_naive();
        let time = local.time();
        // A week of dates she works, however long the days off between them.
        let mut working_dates = 0;
        for offset in 0..=(MAX_DAYS + 8) {
            let date = today + Duration::days(offset);
            if days_off.iter().any(|d| d.covers(date)) {
                continue;
            }
            working_dates += 1;
            if working_dates > 8 {
                break;
            }
            for (start, end) in self.effective(date.weekday()) {
                if offset == 0 && start <= time && time < end {
                    return Reach::Now { until: end };
                }
                if offset > 0 || start > time {
                    return Reach::Next {
                        days_from_today: offset,
                        date,
                        at: start,
                    };
                }
            }
        }
        Reach::Never
    }
}

/// The answer to "can I contact her now?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reach {
    Now {
        until: NaiveTime,
    },
    /// Next window start, in her zone; `days_from_today` is 0 for later today, 1 for tomorrow.
    Next {
        days_from_today: i64,
        date: NaiveDate,
        at: NaiveTime,
    },
    Never,
}

/// Merges overlapping or touching windows per day; result sorted by day then start.
pub fn merge_windows(mut windows: Vec<TimeWindow>) -> Vec<TimeWindow> {
    windows.sort_unstable_by_key(|w| (w.day.num_days_from_monday(), w.start, w.end));
    let mut out: Vec<TimeWindow> = Vec::with_capacity(windows.len());
    for w in windows {
        match out.last_mut() {
            Some(last) if last.day == w.day && w.start <= last.end => {
                last.end = last.end.max(w.end);
            }
            _ => out.push(w),
        }
    }
    out
}

/// Which days a line of the summary speaks about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayGroup {
    Weekdays,
    Weekend,
    EveryDay,
    Days(Vec<Weekday>),
}

/// One line of the weekly summary, rendered into words by the i18n layer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SummaryLine {
    Works {
        days: DayGroup,
        spans: Vec<(NaiveTime, NaiveTime)>,
    },
    AwayFrom {
        days: DayGroup,
        from: NaiveTime,
    },
    AwayBetween {
        days: DayGroup,
        from: NaiveTime,
        to: NaiveTime,
    },
}

fn group_days(days: Vec<Weekday>) -> DayGroup {
    let is = |set: &[Weekday]| days.len() == set.len() && set.iter().all(|d| days.contains(d));
    if is(&WEEK) {
        DayGroup::EveryDay
    } else if is(&WEEK[..5]) {
        DayGroup::Weekdays
    } else if is(&WEEK[5..]) {
        DayGroup::Weekend
    } else {
        DayGroup::Days(days)
    }
}

type Spans = Vec<(NaiveTime, NaiveTime)>;
/// An away time by its start and (optional) end.
type AwayKey = (NaiveTime, Option<NaiveTime>);

/// Groups days that share the same hours, e.g. "weekdays 9:30–14:30 · away from 15:00".
pub fn summarize(availability: &Availability) -> Vec<SummaryLine> {
    let mut lines = Vec::new();
    let mut groups: Vec<(Spans, Vec<Weekday>)> = Vec::new();
    for day in WEEK {
        let spans: Vec<(NaiveTime, NaiveTime)> = merge_windows(
            availability
                .windows
                .iter()
                .filter(|w| w.day == day)
                .cloned()
                .collect(),
        )
        .into_iter()
        .map(|w| (w.start, w.end))
        .collect();
        if spans.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(s, _)| *s == spans) {
            Some((_, days)) => days.push(day),
            None => groups.push((spans, vec![day])),
        }
    }
    for (spans, days) in groups {
        lines.push(SummaryLine::Works {
            days: group_days(days),
            spans,
        });
    }
    let mut away_groups: Vec<(AwayKey, Vec<Weekday>)> = Vec::new();
    for day in WEEK {
        for a in availability.away.iter().filter(|a| a.day == day) {
            let key = (a.start, a.end);
            match away_groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, days)) if !days.contains(&day) => days.push(day),
                Some(_) => {}
                None => away_groups.push((key, vec![day])),
            }
        }
    }
    for ((from, to), days) in away_groups {
        let days = group_days(days);
        lines.push(match to {
            Some(to) => SummaryLine::AwayBetween { days, from, to },
            None => SummaryLine::AwayFrom { days, from },
        });
    }
    lines
}

/// The same wall-clock time of her zone, seen from another zone on a given date of hers.
pub fn time_in_zone(
    date: NaiveDate,
    time: NaiveTime,
    from: Tz,
    to: Tz,
) -> Option<(NaiveDate, NaiveTime)> {
    let local = from.from_local_datetime(&date.and_time(time)).earliest()?;
    let there = local.with_timezone(&to);
    Some((there.date_naive(), there.time()))
}

/// Parses "9:30" / "09:30" into a time.
pub fn parse_hm(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()
}

/// Formats a time as "9:30" (no leading zero, as Japanese schedules write it).
pub fn format_hm(t: NaiveTime) -> String {
    format!("{}:{:02}", t.hour(), t.minute())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::days_off::DayOffKind;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
    }

    fn k_san() -> Availability {
        let mut a = Availability::default();
        assert!(a.set_weekdays(t(9, 30), t(14, 30)).is_ok());
        for day in &WEEK[..5] {
            a.away.push(AwayWindow {
                day: *day,
                start: t(15, 0),
                end: None,
                note: "お迎え".into(),
            });
        }
        a
    }

    /// A UTC instant from a Tokyo wall-clock time (Tokyo is UTC+9, no DST).
    fn tokyo(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        chrono_tz::Asia::Tokyo
            .with_ymd_and_hms(y, mo, d, h, mi, 0)
            .single()
            .map(|x| x.with_timezone(&Utc))
            .unwrap_or_default()
    }

    #[test]
    fn window_rules() {
        assert_eq!(check_window(t(9, 30), t(14, 30)), Ok(()));
        assert_eq!(
            check_window(t(14, 30), t(9, 30)),
            Err(WindowError::EndNotAfterStart)
        );
        assert_eq!(
            check_window(t(9, 30), t(9, 30)),
            Err(WindowError::EndNotAfterStart)
        );
        assert_eq!(
            check_window(t(9, 15), t(10, 0)),
            Err(WindowError::NotHalfHour)
        );
        // Across noon is an ordinary window.
        assert_eq!(check_window(t(11, 0), t(13, 30)), Ok(()));
        assert_eq!(half_hour_steps().count(), 48);
    }

    #[test]
    fn overlapping_and_touching_windows_merge() {
        let mut a = Availability::default();
        assert!(a.add_window(Weekday::Mon, t(9, 0), t(11, 0)).is_ok());
        assert!(a.add_window(Weekday::Mon, t(10, 30), t(12, 0)).is_ok());
        assert!(a.add_window(Weekday::Mon, t(12, 0), t(13, 0)).is_ok());
        assert!(a.add_window(Weekday::Mon, t(15, 0), t(16, 0)).is_ok());
        assert!(a.add_window(Weekday::Tue, t(9, 0), t(10, 0)).is_ok());
        assert_eq!(
            a.windows,
            vec![
                TimeWindow {
                    day: Weekday::Mon,
                    start: t(9, 0),
                    end: t(13, 0)
                },
                TimeWindow {
                    day: Weekday::Mon,
                    start: t(15, 0),
                    end: t(16, 0)
                },
                TimeWindow {
                    day: Weekday::Tue,
                    start: t(9, 0),
                    end: t(10, 0)
                },
            ]
        );
        assert_eq!(
            a.add_window(Weekday::Mon, t(16, 0), t(15, 0)),
            Err(WindowError::EndNotAfterStart)
        );
    }

    #[test]
    fn away_cuts_windows() {
        let mut a = Availability::default();
        assert!(a.add_window(Weekday::Wed, t(9, 0), t(17, 0)).is_ok());
        a.away.push(AwayWindow {
            day: Weekday::Wed,
            start: t(12, 0),
            end: Some(t(13, 0)),
            note: String::new(),
        });
        a.away.push(AwayWindow {
            day: Weekday::Wed,
            start: t(15, 0),
            end: None,
            note: "お迎え".into(),
        });
        assert_eq!(
            a.effective(Weekday::Wed),
            vec![(t(9, 0), t(12, 0)), (t(13, 0), t(15, 0))]
        );
        assert_eq!(a.weekly_minutes(), 5 * 60);
    }

    #[test]
    fn reach_table() {
        let a = k_san();
        // 2026-11-24 is a Tuesday.
        let cases = [
            (
                tokyo(2026, 11, 24, 8, 0),
                Reach::Next {
                    days_from_today: 0,
                    date: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default(),
                    at: t(9, 30),
                },
            ),
            (tokyo(2026, 11, 24, 10, 0), Reach::Now { until: t(14, 30) }),
            (tokyo(2026, 11, 24, 9, 30), Reach::Now { until: t(14, 30) }),
            (
                tokyo(2026, 11, 24, 14, 30),
                Reach::Next {
                    days_from_today: 1,
                    date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default(),
                    at: t(9, 30),
                },
            ),
            (
                tokyo(2026, 11, 24, 23, 59),
                Reach::Next {
                    days_from_today: 1,
                    date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default(),
                    at: t(9, 30),
                },
            ),
            // Friday evening: next is Monday.
            (
                tokyo(2026, 11, 27, 16, 0),
                Reach::Next {
                    days_from_today: 3,
                    date: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default(),
                    at: t(9, 30),
                },
            ),
            // Sunday just before midnight: tomorrow.
            (
                tokyo(2026, 11, 29, 23, 59),
                Reach::Next {
                    days_from_today: 1,
                    date: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default(),
                    at: t(9, 30),
                },
            ),
        ];
        for (now, want) in cases {
            assert_eq!(a.reach_at(&[], now), want, "at {now}");
        }
    }

    #[test]
    fn away_window_blocks_reach() {
        let mut a = Availability::default();
        assert!(a.set_weekdays(t(9, 0), t(17, 0)).is_ok());
        a.away.push(AwayWindow {
            day: Weekday::Tue,
            start: t(15, 0),
            end: None,
            note: String::new(),
        });
        assert_eq!(
            a.reach_at(&[], tokyo(2026, 11, 24, 15, 30)),
            Reach::Next {
                days_from_today: 1,
                date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default(),
                at: t(9, 0)
            }
        );
        assert_eq!(
            a.reach_at(&[], tokyo(2026, 11, 24, 14, 59)),
            Reach::Now { until: t(15, 0) }
        );
    }

    #[test]
    fn viewer_in_another_zone() {
        let a = k_san();
        // Monday 23:30 in London (UTC in winter) is Tuesday 08:30 in Tokyo.
        let london = chrono_tz::Europe::London
            .with_ymd_and_hms(2026, 11, 23, 23, 30, 0)
            .single()
            .map(|x| x.with_timezone(&Utc))
            .unwrap_or_default();
        assert_eq!(
            a.reach_at(&[], london),
            Reach::Next {
                days_from_today: 0,
                date: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default(),
                at: t(9, 30)
            }
        );
        // Tokyo 9:30 on a Tuesday is 0:30 that day in London.
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        assert_eq!(
            time_in_zone(
                day,
                t(9, 30),
                chrono_tz::Asia::Tokyo,
                chrono_tz::Europe::London
            ),
            Some((day, t(0, 30)))
        );
        // And 9:30 in Tokyo is the previous evening in New York.
        assert_eq!(
            time_in_zone(
                day,
                t(9, 30),
                chrono_tz::Asia::Tokyo,
                chrono_tz::America::New_York
            ),
            Some((day - Duration::days(1), t(19, 30)))
        );
    }

    #[test]
    fn nobody_never_reachable() {
        assert_eq!(
            Availability::default().reach_at(&[], tokyo(2026, 11, 24, 10, 0)),
            Reach::Never
        );
    }

    #[test]
    fn summary_groups_weekdays_and_away() {
        let lines = summarize(&k_san());
        assert_eq!(
            lines,
            vec![
                SummaryLine::Works {
                    days: DayGroup::Weekdays,
                    spans: vec![(t(9, 30), t(14, 30))]
                },
                SummaryLine::AwayFrom {
                    days: DayGroup::Weekdays,
                    from: t(15, 0)
                },
            ]
        );
        let mut b = Availability::default();
        assert!(b.add_window(Weekday::Sat, t(10, 0), t(12, 0)).is_ok());
        assert!(b.add_window(Weekday::Mon, t(10, 0), t(12, 0)).is_ok());
        assert_eq!(
            summarize(&b),
            vec![SummaryLine::Works {
                days: DayGroup::Days(vec![Weekday::Mon, Weekday::Sat]),
                spans: vec![(t(10, 0), t(12, 0))]
            }]
        );
        assert!(summarize(&Availability::default()).is_empty());
    }

    fn off(first: (u32, u32), last: (u32, u32), kind: DayOffKind) -> DayOff {
        let date = |(m, d): (u32, u32)| NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default();
        DayOff {
            id: "d".into(),
            first: date(first),
            last: date(last),
            note: String::new(),
            kind,
            created_at: DateTime::<Utc>::default(),
        }
    }

    fn next(days_from_today: i64, m: u32, d: u32, at: NaiveTime) -> Reach {
        Reach::Next {
            days_from_today,
            date: NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default(),
            at,
        }
    }

    #[test]
    fn today_off_ends_reachable_now_until_the_next_working_day() {
        let a = k_san();
        // Tuesday 24 Nov, 10:00: reachable, until she takes today off.
        let now = tokyo(2026, 11, 24, 10, 0);
        assert_eq!(a.reach_at(&[], now), Reach::Now { until: t(14, 30) });
        let today = [off((11, 24), (11, 24), DayOffKind::Today)];
        assert_eq!(a.reach_at(&today, now), next(1, 11, 25, t(9, 30)));
        // The next day she is back, from the start of her hours.
        assert_eq!(
            a.reach_at(&today, tokyo(2026, 11, 25, 0, 0)),
            next(0, 11, 25, t(9, 30))
        );
        assert_eq!(
            a.reach_at(&today, tokyo(2026, 11, 25, 9, 30)),
            Reach::Now { until: t(14, 30) }
        );
        // Friday off: next is Monday.
        let friday = [off((11, 27), (11, 27), DayOffKind::Today)];
        assert_eq!(
            a.reach_at(&friday, tokyo(2026, 11, 27, 11, 0)),
            next(3, 11, 30, t(9, 30))
        );
    }

    #[test]
    fn a_range_hides_her_inside_it_only() {
        let a = k_san();
        // 夏休み: Monday 10 Aug to Sunday 16 Aug 2026.
        let summer = [off((8, 10), (8, 16), DayOffKind::Planned)];
        // Friday before, in her hours: reachable; after them, next is the Monday after the break.
        assert_eq!(
            a.reach_at(&summer, tokyo(2026, 8, 7, 10, 0)),
            Reach::Now { until: t(14, 30) }
        );
        assert_eq!(
            a.reach_at(&summer, tokyo(2026, 8, 7, 16, 0)),
            next(10, 8, 17, t(9, 30))
        );
        // The first and last day of the break, at 10:00 on a weekday.
        assert_eq!(
            a.reach_at(&summer, tokyo(2026, 8, 10, 10, 0)),
            next(7, 8, 17, t(9, 30))
        );
        assert_eq!(
            a.reach_at(&summer, tokyo(2026, 8, 14, 10, 0)),
            next(3, 8, 17, t(9, 30))
        );
        // Across midnight into the first day after it.
        assert_eq!(
            a.reach_at(&summer, tokyo(2026, 8, 16, 23, 59)),
            next(1, 8, 17, t(9, 30))
        );
        assert_eq!(
            a.reach_at(&summer, tokyo(2026, 8, 17, 10, 0)),
            Reach::Now { until: t(14, 30) }
        );
    }

    #[test]
    fn days_off_are_her_dates_whatever_the_instant_in_utc() {
        let a = k_san();
        let monday = [off((8, 10), (8, 10), DayOffKind::Planned)];
        // 00:30 UTC on Monday is 9:30 in Tokyo on Monday: off. 23:30 UTC on Sunday is already
        // Monday 8:30 in Tokyo: next is Tuesday.
        let utc = |d: u32, h: u32, m: u32| {
            Utc.with_ymd_and_hms(2026, 8, d, h, m, 0)
                .single()
                .unwrap_or_default()
        };
        assert_eq!(
            a.today(utc(9, 23, 30)),
            NaiveDate::from_ymd_opt(2026, 8, 10).unwrap_or_default()
        );
        assert_eq!(
            a.reach_at(&monday, utc(10, 0, 30)),
            next(1, 8, 11, t(9, 30))
        );
        assert_eq!(
            a.reach_at(&monday, utc(9, 23, 30)),
            next(1, 8, 11, t(9, 30))
        );
        // A worker in New York: her Monday off is Monday there, while Tokyo is already Tuesday.
        let mut ny = k_san();
        ny.time_zone = "America/New_York".into();
        let tuesday_in_tokyo = tokyo(2026, 8, 11, 0, 30); // Monday 11:30 in New York
        assert_eq!(
            ny.today(tuesday_in_tokyo),
            NaiveDate::from_ymd_opt(2026, 8, 10).unwrap_or_default()
        );
        assert_eq!(
            ny.reach_at(&monday, tuesday_in_tokyo),
            next(1, 8, 11, t(9, 30))
        );
        assert_eq!(
            ny.reach_at(&[], tuesday_in_tokyo),
            Reach::Now { until: t(14, 30) }
        );
    }

    #[test]
    fn a_long_leave_still_finds_her_first_day_back() {
        let a = k_san();
        let leave = [off((4, 1), (9, 30), DayOffKind::Planned)];
        assert_eq!(
            a.reach_at(&leave, tokyo(2026, 4, 1, 10, 0)),
            next(183, 10, 1, t(9, 30))
        );
    }

    #[test]
    fn unknown_zone_falls_back_to_tokyo() {
        let a = Availability {
            time_zone: "Mars/Olympus".into(),
            ..Availability::default()
        };
        assert_eq!(a.tz(), chrono_tz::Asia::Tokyo);
        assert_eq!(format_hm(t(9, 30)), "9:30");
        assert_eq!(parse_hm("09:30"), Some(t(9, 30)));
    }
}
