//! Quiet by default: a notice may interrupt her only inside her own working windows and never on
//! a day off, unless she chose 「すぐ知らせる」. A home worker's evenings belong to her family.

use super::availability::{Availability, Reach};
use super::days_off::DayOff;
use super::notice::Delivery;
use chrono::{DateTime, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// The next instant from `now` at which she can be reached: now inside a window, else the start
/// of her next window on a date she works. None if she has no windows at all.
pub fn next_reachable(
    a: &Availability,
    days_off: &[DayOff],
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    match a.reach_at(days_off, now) {
        Reach::Now { .. } => Some(now),
        Reach::Next { date, at, .. } => a
            .tz()
            .from_local_datetime(&NaiveDateTime::new(date, at))
            .earliest()
            .map(|t| t.with_timezone(&Utc)),
        Reach::Never => None,
    }
}

/// Hours assumed for someone who has said none (a coordinator, or a worker who skipped that
/// step): weekdays 9:00–17:00 in her zone.
fn office_hours(time_zone: &str) -> Availability {
    let mut a = Availability {
        time_zone: time_zone.to_string(),
        ..Default::default()
    };
    let at = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or(NaiveTime::MIN);
    // 9:00–17:00 is a valid window: this cannot fail.
    let _ = a.set_weekdays(at(9), at(17));
    a
}

/// When a notice made at `made` may interrupt her; None for 知らせない.
pub fn interrupt_at(
    delivery: Delivery,
    hours: &Availability,
    days_off: &[DayOff],
    made: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    match delivery {
        Delivery::Now => Some(made),
        Delivery::Never => None,
        Delivery::InHours => next_reachable(hours, days_off, made)
            .or_else(|| next_reachable(&office_hours(&hours.time_zone), days_off, made)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::days_off::DayOffKind;
    use chrono::{NaiveDate, Weekday};

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
    }

    fn at(tz: chrono_tz::Tz, y: i32, mo: u32, d: u32, h: u32, m: u32) -> DateTime<Utc> {
        tz.with_ymd_and_hms(y, mo, d, h, m, 0)
            .single()
            .map(|x| x.with_timezone(&Utc))
            .unwrap_or_default()
    }

    fn tokyo(d: u32, h: u32, m: u32) -> DateTime<Utc> {
        at(chrono_tz::Asia::Tokyo, 2026, 11, d, h, m)
    }

    /// 平日 9:30–14:30 in Tokyo.
    fn school_hours() -> Availability {
        let mut a = Availability::default();
        assert!(a.set_weekdays(t(9, 30), t(14, 30)).is_ok());
        a
    }

    fn off(first: NaiveDate, last: NaiveDate) -> DayOff {
        DayOff {
            id: "d1".into(),
            first,
            last,
            note: String::new(),
            kind: DayOffKind::Planned,
            created_at: DateTime::<Utc>::default(),
        }
    }

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default()
    }

    #[test]
    fn an_evening_notice_waits_for_her_next_weekday_morning() {
        let a = school_hours();
        // Tuesday 24 Nov, 20:00 → Wednesday 9:30.
        assert_eq!(
            interrupt_at(Delivery::InHours, &a, &[], tokyo(24, 20, 0)),
            Some(tokyo(25, 9, 30))
        );
        // Friday 27 Nov, 20:00 → Monday 30 Nov 9:30, past the weekend.
        assert_eq!(
            interrupt_at(Delivery::InHours, &a, &[], tokyo(27, 20, 0)),
            Some(tokyo(30, 9, 30))
        );
        // Inside her hours: at once.
        assert_eq!(
            interrupt_at(Delivery::InHours, &a, &[], tokyo(24, 10, 0)),
            Some(tokyo(24, 10, 0))
        );
    }

    #[test]
    fn just_after_midnight_is_still_the_night() {
        let a = school_hours();
        // Wednesday 00:05 → the same Wednesday at 9:30, not Thursday.
        assert_eq!(
            interrupt_at(Delivery::InHours, &a, &[], tokyo(25, 0, 5)),
            Some(tokyo(25, 9, 30))
        );
        // 14:30 is the end of her window: the next one.
        assert_eq!(
            interrupt_at(Delivery::InHours, &a, &[], tokyo(25, 14, 30)),
            Some(tokyo(26, 9, 30))
        );
    }

    #[test]
    fn days_off_are_skipped() {
        let a = school_hours();
        // Off Wednesday to Friday: a Tuesday-evening notice waits until Monday.
        let away = [off(date(25), date(27))];
        assert_eq!(
            interrupt_at(Delivery::InHours, &a, &away, tokyo(24, 20, 0)),
            Some(tokyo(30, 9, 30))
        );
        // Off today: not now, though it is inside her hours.
        let today = [off(date(24), date(24))];
        assert_eq!(
            interrupt_at(Delivery::InHours, &a, &today, tokyo(24, 10, 0)),
            Some(tokyo(25, 9, 30))
        );
    }

    #[test]
    fn her_hours_are_in_her_zone() {
        let mut a = Availability {
            time_zone: "America/New_York".into(),
            ..Default::default()
        };
        assert!(a.add_window(Weekday::Tue, t(9, 0), t(12, 0)).is_ok());
        // Tuesday 10:00 in Tokyo is Monday 20:00 in New York: Tuesday 9:00 there.
        assert_eq!(
            interrupt_at(Delivery::InHours, &a, &[], tokyo(24, 10, 0)),
            Some(at(chrono_tz::America::New_York, 2026, 11, 24, 9, 0))
        );
    }

    #[test]
    fn her_choice_overrides_and_no_hours_means_office_hours() {
        let a = school_hours();
        let evening = tokyo(24, 20, 0);
        assert_eq!(interrupt_at(Delivery::Now, &a, &[], evening), Some(evening));
        assert_eq!(interrupt_at(Delivery::Never, &a, &[], evening), None);
        // Nothing said: weekdays 9:00–17:00 in her zone.
        let none = Availability::default();
        assert_eq!(
            interrupt_at(Delivery::InHours, &none, &[], evening),
            Some(tokyo(25, 9, 0))
        );
        // Saturday noon → Monday 9:00.
        assert_eq!(
            interrupt_at(Delivery::InHours, &none, &[], tokyo(28, 12, 0)),
            Some(tokyo(30, 9, 0))
        );
    }
}
