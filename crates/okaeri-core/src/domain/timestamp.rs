//! Timestamps on the wire (RFC 3339; written in UTC, as chrono writes them), read and written
//! without chrono's general formatter and parser.
//!
//! A board of 1,000 cards carries thousands of timestamps; chrono's formatter goes through
//! `core::fmt` and its parser through its general format machinery, together about a tenth of
//! the board's first render in a CPU profile, and the parser alone 17 KB of the board's code.
//! The output is byte for byte chrono's (`SecondsFormat::AutoSi` with `Z`); what is read is
//! RFC 3339 with any offset, as chrono reads it. For fields:
//! `#[serde(with = "crate::domain::timestamp")]`.

use super::date::{number, ymd};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDateTime, NaiveTime, Timelike, Utc};
use serde::{de, Deserializer, Serializer};

/// `YYYY-MM-DDTHH:MM:SS` plus up to `.nnnnnnnnn` and `Z`.
const LONGEST: usize = 30;

pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    let mut buf = [0u8; LONGEST];
    match write(t, &mut buf) {
        // Only ASCII digits and separators were written.
        Some(n) => s.serialize_str(std::str::from_utf8(&buf[..n]).unwrap_or_default()),
        None => serde::Serialize::serialize(t, s),
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    d.deserialize_str(Visitor { or_epoch: false })
}

/// For a time kept on the device with its row (the outbox's): read as [`deserialize`] reads
/// it, and one that cannot be read as the Unix epoch, so the row it belongs to is kept, never
/// dropped for its time.
pub fn deserialize_or_epoch<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    d.deserialize_str(Visitor { or_epoch: true })
}

struct Visitor {
    or_epoch: bool,
}

impl de::Visitor<'_> for Visitor {
    type Value = DateTime<Utc>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an RFC 3339 date and time")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        match parse(s) {
            Some(t) => Ok(t),
            None if self.or_epoch => Ok(DateTime::UNIX_EPOCH),
            None => Err(E::invalid_value(de::Unexpected::Str(s), &self)),
        }
    }
}

/// Writes `t` as chrono does; None for what chrono writes differently (years outside
/// 0–9999, leap seconds).
fn write(t: &DateTime<Utc>, buf: &mut [u8; LONGEST]) -> Option<usize> {
    let year = u32::try_from(t.year()).ok().filter(|y| *y <= 9999)?;
    let nanos = t.nanosecond();
    if nanos >= 1_000_000_000 {
        return None;
    }
    let mut at = 0;
    let mut put = |before: Option<u8>, value: u32, digits: u32| {
        if let Some(c) = before {
            buf[at] = c;
            at += 1;
        }
        for i in (0..digits).rev() {
            buf[at] = b'0' + (value / 10u32.pow(i) % 10) as u8;
            at += 1;
        }
    };
    put(None, year, 4);
    put(Some(b'-'), t.month(), 2);
    put(Some(b'-'), t.day(), 2);
    put(Some(b'T'), t.hour(), 2);
    put(Some(b':'), t.minute(), 2);
    put(Some(b':'), t.second(), 2);
    // chrono's AutoSi: no fraction, or milli-, micro- or nanoseconds, whichever is exact.
    match nanos {
        0 => {}
        n if n % 1_000_000 == 0 => put(Some(b'.'), n / 1_000_000, 3),
        n if n % 1_000 == 0 => put(Some(b'.'), n / 1_000, 6),
        n => put(Some(b'.'), n, 9),
    }
    buf[at] = b'Z';
    Some(at + 1)
}

/// Reads RFC 3339, `YYYY-MM-DDTHH:MM:SS[.n…]` then `Z` or `±HH:MM` (its `T` also `t` or a
/// space, as the RFC allows; `±HHMM` too), as the moment in UTC; None for anything else or an
/// impossible date or time. A leap second (`:60`) is kept as chrono keeps it; a fraction's
/// digits past the ninth are dropped, as chrono drops them.
fn parse(s: &str) -> Option<DateTime<Utc>> {
    // Spaces around it too, as chrono reads them.
    let b = s.trim_ascii().as_bytes();
    let num = |from: usize, to: usize| number(b.get(from..to)?);
    if b.len() < 20 || b[13] != b':' || b[16] != b':' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let date = ymd(b)?;
    let (mut second, mut nanos, mut at) = (num(17, 19)?, 0, 19);
    if b[19] == b'.' {
        let digits = b[20..].iter().take_while(|c| c.is_ascii_digit()).count();
        let kept = digits.min(9);
        if digits == 0 {
            return None;
        }
        nanos = num(20, 20 + kept)? * 10u32.pow(9 - kept as u32);
        at = 20 + digits;
    }
    let offset_minutes = match &b[at..] {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), rest @ ..] if matches!(rest.len(), 4 | 5) => {
            // `±HH:MM`, or `±HHMM` as some servers write it (chrono reads both).
            let minutes_at = at + rest.len() - 1;
            if rest.len() == 5 && rest[2] != b':' {
                return None;
            }
            let (hours, minutes) = (num(at + 1, at + 3)?, num(minutes_at, minutes_at + 2)?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let total = (hours * 60 + minutes) as i32;
            if *sign == b'-' {
                -total
            } else {
                total
            }
        }
        _ => return None,
    };
    if second == 60 {
        second = 59;
        nanos += 1_000_000_000;
    }
    let time = NaiveTime::from_hms_nano_opt(num(11, 13)?, num(14, 16)?, second, nanos)?;
    // As chrono does, so that a leap second stays one.
    let offset = FixedOffset::east_opt(offset_minutes * 60)?;
    Some(
        NaiveDateTime::new(date, time)
            .checked_sub_offset(offset)?
            .and_utc(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, SecondsFormat, TimeZone};
    use proptest::prelude::*;

    fn ours(t: &DateTime<Utc>) -> String {
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::new(&mut out);
        let _ = serialize(t, &mut ser);
        String::from_utf8(out).unwrap_or_default()
    }

    fn read(json: &str) -> Option<DateTime<Utc>> {
        let mut de = serde_json::Deserializer::from_str(json);
        deserialize(&mut de).ok()
    }

    proptest! {
        #[test]
        fn writes_what_chrono_writes_and_reads_it_back(
            secs in -62_135_596_800i64..253_402_300_799,
            nanos in prop_oneof![Just(0u32), 0u32..1000, (0u32..1000).prop_map(|n| n * 1_000_000), (0u32..1_000_000).prop_map(|n| n * 1000), 0u32..1_000_000_000],
        ) {
            let t = Utc.timestamp_opt(secs, nanos).single().unwrap_or_default();
            let json = ours(&t);
            prop_assert_eq!(&json, &serde_json::to_string(&t).unwrap_or_default());
            prop_assert_eq!(read(&json), Some(t));
        }

        #[test]
        fn reads_every_fraction_length_as_chrono_does(secs in 0i64..4_102_444_800, digits in 1usize..=9, n in 0u32..1_000_000_000) {
            let t = Utc.timestamp_opt(secs, 0).single().unwrap_or_default();
            let fraction = format!("{n:09}");
            let text = format!("\"{}.{}Z\"", t.format("%Y-%m-%dT%H:%M:%S"), &fraction[..digits]);
            prop_assert_eq!(read(&text), serde_json::from_str::<DateTime<Utc>>(&text).ok());
        }

        #[test]
        fn reads_any_offset_as_chrono_does(
            secs in 86_400i64..253_402_200_000,
            minutes in -1439i32..=1439,
            nanos in prop_oneof![Just(0u32), 0u32..1_000_000_000],
        ) {
            let t = Utc.timestamp_opt(secs, nanos).single().unwrap_or_default();
            let Some(zone) = FixedOffset::east_opt(minutes * 60) else {
                return Ok(());
            };
            let text = format!("\"{}\"", t.with_timezone(&zone).to_rfc3339());
            prop_assert_eq!(read(&text), Some(t));
            prop_assert_eq!(read(&text), serde_json::from_str::<DateTime<Utc>>(&text).ok());
        }

        #[test]
        fn reads_what_chrono_reads_in_every_shape_near_rfc_3339(
            text in "[0-9]{4}-[0-1][0-9]-[0-3][0-9][Tt ][0-2][0-9]:[0-6][0-9]:[0-6][0-9](\\.[0-9]{0,12})?([Zz]|[+-][0-2][0-9]:?[0-6][0-9])?",
        ) {
            let json = format!("\"{text}\"");
            prop_assert_eq!(read(&json), serde_json::from_str::<DateTime<Utc>>(&json).ok(), "{}", text);
        }
    }

    #[test]
    fn what_the_fast_path_does_not_write_is_written_by_chrono() {
        let leap = NaiveDate::from_ymd_opt(2016, 12, 31)
            .and_then(|d| d.and_hms_nano_opt(23, 59, 59, 1_500_000_000))
            .map(|t| t.and_utc());
        let far = NaiveDate::from_ymd_opt(10_000, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc());
        for t in [leap, far].into_iter().flatten() {
            assert_eq!(ours(&t), serde_json::to_string(&t).unwrap_or_default());
        }
        assert!(ours(&leap.unwrap_or_default()).contains(":60.5"));
    }

    #[test]
    fn what_rfc_3339_also_allows_is_read_as_chrono_reads_it() {
        for text in [
            "\"2026-11-24t19:00:00+09:00\"",
            "\"2026-11-24 10:00:00z\"",
            "\"2026-11-24T10:00:00.1234567891234Z\"",
            "\"2016-12-31T23:59:60Z\"",
            "\"2016-12-31T23:59:60.5-00:00\"",
            "\"2026-11-24T19:00:00+0900\"",
            "\"2026-11-24T10:00:00Z \"",
        ] {
            let chrono = serde_json::from_str::<DateTime<Utc>>(text).ok();
            assert!(chrono.is_some(), "chrono reads {text}");
            assert_eq!(read(text), chrono, "{text}");
        }
    }

    #[test]
    fn offsets_are_read_and_nonsense_fails() {
        let tokyo = read("\"2026-11-24T19:00:00+09:00\"");
        assert_eq!(
            tokyo.map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true)),
            Some("2026-11-24T10:00:00Z".into())
        );
        assert_eq!(
            read("\"2026-11-24T10:00:00+00:00\""),
            read("\"2026-11-24T10:00:00Z\"")
        );
        for bad in [
            "\"2026-02-30T10:00:00Z\"",
            "\"2026-11-24T24:00:00Z\"",
            "\"2026-11-24T10:00:00.Z\"",
            "\"2026-11-24 10:00Z\"",
            "\"2026-11-24T10:00:00+24:00\"",
            "\"2026-11-24T10:00:00+09\"",
            "\"2026-11-24T10:00:00\"",
            "\"2026-11-24X10:00:00Z\"",
            "\"tomorrow\"",
            "\"\"",
            "12",
        ] {
            assert_eq!(read(bad), None, "{bad}");
            assert!(
                serde_json::from_str::<DateTime<Utc>>(bad).is_err(),
                "chrono rejects {bad} too"
            );
        }
    }
}
