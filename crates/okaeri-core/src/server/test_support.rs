//! What the contract tests share: a request made by someone at a moment, a Tokyo wall-clock
//! time, and an answer's value.

use super::Server;
use crate::contract::answer::decode;
use crate::contract::http::{ApiRequest, ApiResponse};
use chrono::{DateTime, TimeZone, Utc};
use serde::de::DeserializeOwned;

/// `req` sent with `token` as her bearer token, answered as of `now`.
pub fn call_at(s: &mut Server, token: &str, req: ApiRequest, now: DateTime<Utc>) -> ApiResponse {
    s.handle(&req.header("authorization", format!("Bearer {token}")), now)
}

/// The instant of a Tokyo wall-clock hour (UTC+9, no summer time).
pub fn tokyo(year: i32, month: u32, day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(year, month, day, 0, 0, 0)
        .single()
        .unwrap_or_default()
        + chrono::Duration::hours(i64::from(hour) - 9)
}

/// A successful answer's value; anything else fails the test with what came back.
pub fn value<T: DeserializeOwned>(r: ApiResponse) -> T {
    decode(r)
        .map(|v| v.value)
        .unwrap_or_else(|e| panic!("{e:?}"))
}
