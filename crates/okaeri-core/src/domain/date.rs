//! Dates on the wire (`YYYY-MM-DD`, the contract's `format: date`), read without chrono's
//! general parser, whose format machinery was most of the code the board's chunks kept only to
//! read a wished start date; written by chrono, as before. For fields:
//! `#[serde(with = "crate::domain::date")]`, or `crate::domain::date::optional` for an `Option`.

use chrono::NaiveDate;
use serde::{de, Deserializer, Serialize, Serializer};

pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    date.serialize(s)
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_str(Visitor)
}

/// The same for an optional date: absent or `null` is `None`.
pub mod optional {
    use super::*;

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        date.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        d.deserialize_option(Optional)
    }

    struct Optional;

    impl<'de> de::Visitor<'de> for Optional {
        type Value = Option<NaiveDate>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date (YYYY-MM-DD) or null")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            super::deserialize(d).map(Some)
        }
    }
}

struct Visitor;

impl de::Visitor<'_> for Visitor {
    type Value = NaiveDate;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a date (YYYY-MM-DD)")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        parse(s).ok_or_else(|| E::invalid_value(de::Unexpected::Str(s), &self))
    }
}

/// Reads `YYYY-MM-DD` (spaces around it too, as chrono reads them); None for anything else or
/// a day that does not exist.
fn parse(s: &str) -> Option<NaiveDate> {
    let b = s.trim_ascii().as_bytes();
    if b.len() != 10 {
        return None;
    }
    ymd(b)
}

/// The date `YYYY-MM-DD` at the start of `b` (what follows is the caller's: a timestamp's
/// time); None if it is not there or the day does not exist.
pub(super) fn ymd(b: &[u8]) -> Option<NaiveDate> {
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let year = number(b.get(..4)?)?;
    NaiveDate::from_ymd_opt(year as i32, number(b.get(5..7)?)?, number(b.get(8..10)?)?)
}

/// ASCII digits as a number (the few a date or a time has); None if any byte is not a digit.
pub(super) fn number(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(serde::Deserialize, serde::Serialize, PartialEq, Debug)]
    struct Row {
        #[serde(with = "super")]
        day: NaiveDate,
        #[serde(default, with = "super::optional")]
        maybe: Option<NaiveDate>,
    }

    proptest! {
        #[test]
        fn reads_what_chrono_reads_in_its_shape(text in "[0-9]{4}-[0-1][0-9]-[0-3][0-9]") {
            let json = format!("\"{text}\"");
            let ours = deserialize(&mut serde_json::Deserializer::from_str(&json)).ok();
            prop_assert_eq!(ours, serde_json::from_str::<NaiveDate>(&json).ok(), "{}", text);
        }

        #[test]
        fn writes_what_chrono_writes_and_reads_it_back(days in 0i32..3_652_059) {
            let day = NaiveDate::from_num_days_from_ce_opt(days + 1).unwrap_or_default();
            let row = Row { day, maybe: Some(day) };
            let json = serde_json::to_string(&row).unwrap_or_default();
            prop_assert_eq!(&json, &format!("{{\"day\":\"{day}\",\"maybe\":\"{day}\"}}"));
            prop_assert_eq!(serde_json::from_str::<Row>(&json).ok(), Some(row));
        }
    }

    #[test]
    fn absent_or_null_is_none_and_nonsense_fails() {
        for json in [
            r#"{"day":"2026-01-05"}"#,
            r#"{"day":"2026-01-05","maybe":null}"#,
        ] {
            let row = serde_json::from_str::<Row>(json).ok();
            assert_eq!(row.map(|r| r.maybe), Some(None), "{json}");
        }
        for bad in [
            "2026-02-30",
            "2026-1-5",
            "26-01-05",
            "2026/01/05",
            "tomorrow",
            "",
        ] {
            let json = format!(r#"{{"day":"{bad}"}}"#);
            assert!(serde_json::from_str::<Row>(&json).is_err(), "{bad}");
        }
    }
}
