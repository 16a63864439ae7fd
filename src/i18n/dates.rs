//! Dates and times in the user's locale, through chrono: 2026年11月24日(火) / Tue, 24 Nov 2026,
//! and in plain Japanese 2026ねん 11がつ 24にち（か）, in kana as its sentences are.

use super::Lang;
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

pub fn weekday_short(lang: Lang, day: Weekday) -> &'static str {
    let i = day.num_days_from_monday() as usize;
    match lang {
        Lang::Ja => ["月", "火", "水", "木", "金", "土", "日"][i],
        Lang::Plain => ["げつ", "か", "すい", "もく", "きん", "ど", "にち"][i],
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i],
    }
}

/// A weekday in full: 金曜日 / Friday.
pub fn weekday_long(lang: Lang, day: Weekday) -> String {
    let i = day.num_days_from_monday() as usize;
    match lang {
        Lang::Ja => format!("{}曜日", weekday_short(lang, day)),
        Lang::Plain => format!("{}ようび", weekday_short(lang, day)),
        Lang::En => [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][i]
            .to_string(),
    }
}

pub fn format_date(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Ja => format!(
            "{}年{}月{}日({})",
            date.year(),
            date.month(),
            date.day(),
            weekday_short(lang, date.weekday())
        ),
        Lang::Plain => format!(
            "{}ねん {}がつ {}にち（{}）",
            date.year(),
            date.month(),
            date.day(),
            weekday_short(lang, date.weekday())
        ),
        Lang::En => date.format("%a, %-d %b %Y").to_string(),
    }
}

pub fn format_time(time: NaiveTime) -> String {
    okaeri_core::domain::availability::format_hm(time)
}

pub fn format_date_time(lang: Lang, date: NaiveDate, time: NaiveTime) -> String {
    format!("{} {}", format_date(lang, date), format_time(time))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_products_examples() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        assert_eq!(format_date(Lang::Ja, d), "2026年11月24日(火)");
        assert_eq!(format_date(Lang::En, d), "Tue, 24 Nov 2026");
        let d = NaiveDate::from_ymd_opt(2027, 1, 3).unwrap_or_default();
        assert_eq!(format_date(Lang::En, d), "Sun, 3 Jan 2027");
        let t = NaiveTime::from_hms_opt(9, 30, 0).unwrap_or_default();
        assert_eq!(format_date_time(Lang::Ja, d, t), "2027年1月3日(日) 9:30");
        assert_eq!(format_date(Lang::Plain, d), "2027ねん 1がつ 3にち（にち）");
        assert_eq!(weekday_long(Lang::Plain, d.weekday()), "にちようび");
    }
}
