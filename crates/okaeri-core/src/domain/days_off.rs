//! Days off: 「今日は休みます」 with one tap on the day, and planned ones (夏休み 8/10–8/16).
//!
//! Dates are her own calendar days, in her time zone: a day off covers whole days from the
//! first to the last, and "today" is the date her zone has at that instant. Reachability
//! ([`super::availability::Availability::reach_at`]) skips every date a day off covers.

use super::validation::{too_long, FieldErrors, LINE_MAX};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The longest day off one entry may cover. Longer leave is a conversation, not a setting.
pub const MAX_DAYS: i64 = 366;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayOffKind {
    /// 「今日は休みます」: taken on the day itself, for the rest of it. Coordinators are told.
    Today,
    /// Planned ahead, in her availability.
    #[default]
    Planned,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayOff {
    pub id: String,
    #[serde(with = "super::date")]
    pub first: NaiveDate,
    /// The last day off, inclusive (the same as `first` for one day).
    #[serde(with = "super::date")]
    pub last: NaiveDate,
    /// Family context (子どもの発熱): for her and coordinators only.
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub kind: DayOffKind,
    pub created_at: DateTime<Utc>,
}

impl DayOff {
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.first <= date && date <= self.last
    }

    /// Over by `today`: it stays in the record, but no one needs to see it any more.
    pub fn is_over(&self, today: NaiveDate) -> bool {
        self.last < today
    }

    pub fn is_single_day(&self) -> bool {
        self.first == self.last
    }
}

/// What she sends to take a day off. `last` left out means one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayOffInput {
    #[serde(with = "super::date")]
    pub first: NaiveDate,
    #[serde(default, with = "super::date::optional")]
    pub last: Option<NaiveDate>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub kind: DayOffKind,
}

impl DayOffInput {
    pub fn last_day(&self) -> NaiveDate {
        self.last.unwrap_or(self.first)
    }

    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::default();
        let last = self.last_day();
        if last < self.first {
            errors.add("last", "dayoff.error.order");
        } else if (last - self.first).num_days() >= MAX_DAYS {
            errors.add("last", "dayoff.error.too_long");
        }
        if self.kind == DayOffKind::Today && last != self.first {
            errors.add("last", "dayoff.error.today_is_one_day");
        }
        if too_long(&self.note, LINE_MAX) {
            errors.add("note", "error.too_long");
        }
        errors.into_result()
    }

    pub fn into_day_off(self, id: String, now: DateTime<Utc>) -> DayOff {
        DayOff {
            id,
            last: self.last_day(),
            first: self.first,
            note: self.note.trim().to_string(),
            kind: self.kind,
            created_at: now,
        }
    }
}

/// The day off covering `date`, if any (the one-tap kind first: its note is the day's news).
pub fn off_on(days_off: &[DayOff], date: NaiveDate) -> Option<&DayOff> {
    days_off
        .iter()
        .filter(|d| d.covers(date))
        .min_by_key(|d| d.kind != DayOffKind::Today)
}

/// Days off not yet over, soonest first.
pub fn ahead(days_off: &[DayOff], today: NaiveDate) -> Vec<&DayOff> {
    let mut list: Vec<&DayOff> = days_off.iter().filter(|d| !d.is_over(today)).collect();
    list.sort_by_key(|d| (d.first, d.last));
    list
}

/// Her one-tap day off for `today`, which she may still undo.
pub fn taken_today(days_off: &[DayOff], today: NaiveDate) -> Option<&DayOff> {
    days_off
        .iter()
        .find(|d| d.kind == DayOffKind::Today && d.first == today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default()
    }

    fn off(id: &str, first: NaiveDate, last: NaiveDate, kind: DayOffKind) -> DayOff {
        DayOff {
            id: id.into(),
            first,
            last,
            note: String::new(),
            kind,
            created_at: DateTime::<Utc>::default(),
        }
    }

    #[test]
    fn a_range_covers_its_first_and_last_day_only() {
        let summer = off("d1", day(8, 10), day(8, 16), DayOffKind::Planned);
        assert!(!summer.covers(day(8, 9)));
        assert!(
            summer.covers(day(8, 10)) && summer.covers(day(8, 13)) && summer.covers(day(8, 16))
        );
        assert!(!summer.covers(day(8, 17)));
        assert!(!summer.is_over(day(8, 16)) && summer.is_over(day(8, 17)));
    }

    #[test]
    fn input_rules() {
        let input = |first, last: Option<NaiveDate>, kind| DayOffInput {
            first,
            last,
            note: String::new(),
            kind,
        };
        assert!(input(day(8, 10), Some(day(8, 16)), DayOffKind::Planned)
            .validate()
            .is_ok());
        assert!(input(day(8, 10), None, DayOffKind::Today)
            .validate()
            .is_ok());
        let backwards = input(day(8, 16), Some(day(8, 10)), DayOffKind::Planned).validate();
        assert_eq!(
            backwards
                .err()
                .and_then(|e| e.get("last").map(str::to_string))
                .as_deref(),
            Some("dayoff.error.order")
        );
        let year = input(day(1, 1), Some(day(12, 31)), DayOffKind::Planned);
        assert!(year.validate().is_ok(), "a calendar year is 365 days");
        let long = input(
            day(1, 1),
            NaiveDate::from_ymd_opt(2027, 1, 2),
            DayOffKind::Planned,
        );
        assert!(long.validate().is_err());
        assert!(input(day(8, 10), Some(day(8, 11)), DayOffKind::Today)
            .validate()
            .is_err());
        let mut noted = input(day(8, 10), None, DayOffKind::Today);
        noted.note = "あ".repeat(121);
        assert!(noted.validate().is_err());
        noted.note = "子どもの発熱".into();
        let taken = noted.into_day_off("d9".into(), DateTime::<Utc>::default());
        assert_eq!(
            (taken.first, taken.last, taken.note.as_str()),
            (day(8, 10), day(8, 10), "子どもの発熱")
        );
    }

    #[test]
    fn the_days_news_and_whats_ahead() {
        let list = vec![
            off("summer", day(8, 10), day(8, 16), DayOffKind::Planned),
            off("fever", day(8, 12), day(8, 12), DayOffKind::Today),
            off("spring", day(3, 30), day(4, 3), DayOffKind::Planned),
        ];
        assert_eq!(
            off_on(&list, day(8, 12)).map(|d| d.id.as_str()),
            Some("fever")
        );
        assert_eq!(
            off_on(&list, day(8, 11)).map(|d| d.id.as_str()),
            Some("summer")
        );
        assert_eq!(off_on(&list, day(8, 17)), None);
        let ahead: Vec<&str> = ahead(&list, day(8, 12))
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(ahead, ["summer", "fever"]);
        assert_eq!(
            taken_today(&list, day(8, 12)).map(|d| d.id.as_str()),
            Some("fever")
        );
        assert_eq!(
            taken_today(&list, day(8, 13)),
            None,
            "undo is for the same day only"
        );
    }
}
