//! A day off in words: "2026年8月10日(月)–2026年8月16日(日)", or the one date.

use crate::i18n::dates::format_date;
use crate::i18n::Lang;
use okaeri_core::domain::days_off::DayOff;

pub fn when(lang: Lang, day_off: &DayOff) -> String {
    if day_off.is_single_day() {
        format_date(lang, day_off.first)
    } else {
        format!(
            "{}–{}",
            format_date(lang, day_off.first),
            format_date(lang, day_off.last)
        )
    }
}
