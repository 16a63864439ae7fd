//! Turns structured domain values into sentences: the availability summary, "reachable" and a
//! skill's name.

use crate::features::profile::fields::texts;
use crate::i18n::dates::{format_date, format_time, weekday_short};
use crate::i18n::{format, lookup, Lang};
use okaeri_core::domain::availability::{DayGroup, Reach, SummaryLine};
use okaeri_core::domain::skill_ref::SkillRef;

/// A catalogue skill in her language; her own skill as she named it.
pub fn skill_name(lang: Lang, skill: &SkillRef) -> String {
    match skill {
        SkillRef::Listed(s) => lookup(lang, s.label_key()).to_string(),
        SkillRef::Own(name) => name.clone(),
    }
}

fn days_text(lang: Lang, days: &DayGroup) -> String {
    match days {
        DayGroup::Weekdays => lookup(lang, texts::AVAIL_WEEKDAYS).to_string(),
        DayGroup::Weekend => lookup(lang, texts::AVAIL_WEEKEND).to_string(),
        DayGroup::EveryDay => lookup(lang, texts::AVAIL_EVERY_DAY).to_string(),
        DayGroup::Days(list) => {
            let sep = if lang.is_japanese() { "・" } else { ", " };
            list.iter()
                .map(|d| weekday_short(lang, *d))
                .collect::<Vec<_>>()
                .join(sep)
        }
    }
}

/// "平日 9:30–14:30 · 15:00以降は不在". Away lines repeat no days already said.
pub fn availability_summary(lang: Lang, lines: &[SummaryLine]) -> String {
    if lines.is_empty() {
        return lookup(lang, texts::AVAIL_NONE).to_string();
    }
    let first_days = lines.iter().find_map(|l| match l {
        SummaryLine::Works { days, .. } => Some(days.clone()),
        _ => None,
    });
    let prefix = |days: &DayGroup| {
        if Some(days) == first_days.as_ref() {
            String::new()
        } else {
            format!("{} ", days_text(lang, days))
        }
    };
    lines
        .iter()
        .map(|line| match line {
            SummaryLine::Works { days, spans } => {
                let spans: Vec<String> = spans
                    .iter()
                    .map(|(s, e)| format!("{}–{}", format_time(*s), format_time(*e)))
                    .collect();
                format!("{} {}", days_text(lang, days), spans.join(", "))
            }
            SummaryLine::AwayFrom { days, from } => format!(
                "{}{}",
                prefix(days),
                format(
                    lang,
                    texts::AVAIL_AWAY_FROM,
                    &[("time", &format_time(*from))]
                )
            ),
            SummaryLine::AwayBetween { days, from, to } => {
                format!(
                    "{}{}",
                    prefix(days),
                    format(
                        lang,
                        texts::AVAIL_AWAY_BETWEEN,
                        &[("from", &format_time(*from)), ("to", &format_time(*to))]
                    )
                )
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "いま連絡OK" / "次は明日 9:30から".
pub fn reach_text(lang: Lang, reach: &Reach) -> String {
    match reach {
        Reach::Now { until } => format(lang, texts::REACH_NOW, &[("until", &format_time(*until))]),
        Reach::Next {
            days_from_today: 0,
            at,
            ..
        } => format(lang, texts::REACH_TODAY, &[("time", &format_time(*at))]),
        Reach::Next {
            days_from_today: 1,
            at,
            ..
        } => format(lang, texts::REACH_TOMORROW, &[("time", &format_time(*at))]),
        // After a holiday: the weekday alone could be this week's.
        Reach::Next {
            days_from_today: 7..,
            date,
            at,
        } => format(
            lang,
            texts::REACH_ON_DATE,
            &[
                ("date", &format_date(lang, *date)),
                ("time", &format_time(*at)),
            ],
        ),
        Reach::Next { date, at, .. } => format(
            lang,
            texts::REACH_ON_DAY,
            &[
                ("day", weekday_short(lang, chrono::Datelike::weekday(date))),
                ("time", &format_time(*at)),
            ],
        ),
        Reach::Never => lookup(lang, texts::REACH_NEVER).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, NaiveTime};
    use okaeri_core::domain::availability::{summarize, Availability, AwayWindow, WEEK};

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    /// These sentences are shown by the profile and onboarding chunks, which add their texts.
    fn added() {
        crate::i18n::add(crate::features::profile::chunk_texts());
    }

    #[test]
    fn k_sans_week_in_words() {
        added();
        let mut a = Availability::default();
        assert!(a.set_weekdays(t(9, 30), t(14, 30)).is_ok());
        for d in &WEEK[..5] {
            a.away.push(AwayWindow {
                day: *d,
                start: t(15, 0),
                end: None,
                note: String::new(),
            });
        }
        assert_eq!(
            availability_summary(Lang::Ja, &summarize(&a)),
            "平日 9:30–14:30 · 15:00以降は不在"
        );
        assert_eq!(
            availability_summary(Lang::En, &summarize(&a)),
            "Weekdays 9:30–14:30 · away from 15:00"
        );
        assert_eq!(
            availability_summary(Lang::Ja, &[]),
            lookup(Lang::Ja, texts::AVAIL_NONE)
        );
    }

    #[test]
    fn reach_in_words() {
        added();
        let d = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default();
        assert_eq!(
            reach_text(Lang::Ja, &Reach::Now { until: t(14, 30) }),
            "いま連絡OK（14:30まで）"
        );
        assert_eq!(
            reach_text(
                Lang::Ja,
                &Reach::Next {
                    days_from_today: 1,
                    date: d,
                    at: t(9, 30)
                }
            ),
            "次は明日 9:30から"
        );
        assert_eq!(
            reach_text(
                Lang::Ja,
                &Reach::Next {
                    days_from_today: 3,
                    date: d,
                    at: t(9, 30)
                }
            ),
            "次は月曜 9:30から"
        );
        assert_eq!(
            reach_text(
                Lang::En,
                &Reach::Next {
                    days_from_today: 1,
                    date: d,
                    at: t(9, 30)
                }
            ),
            "Next: tomorrow from 9:30"
        );
    }
}
