//! Reading a request: who sends it (token or cookie), its path's segments and its query.

use crate::contract::bodies::SESSION_COOKIE;
use crate::contract::http::ApiRequest;

/// The token a request carries: `Authorization: Bearer …`, else the session cookie.
pub(super) fn session_token(req: &ApiRequest) -> &str {
    let bearer = req
        .get_header("authorization")
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(str::trim);
    let cookie = || {
        req.get_header("cookie").and_then(|c| {
            c.split(';')
                .filter_map(|kv| kv.trim().split_once('='))
                .find(|(k, _)| *k == SESSION_COOKIE)
                .map(|(_, v)| v.trim())
        })
    };
    bearer.or_else(cookie).unwrap_or("")
}

pub(super) fn query_param(path: &str, name: &str) -> Option<String> {
    let query = path.split_once('?')?.1;
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| decode(v))
}

pub(super) fn decode(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // Two hex digits read as bytes: a `%` before a multibyte character is no escape
            // (slicing the text there would cut the character and panic).
            b'%' => match (hex(bytes.get(i + 1)), hex(bytes.get(i + 2))) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 3;
                }
                _ => {
                    out.push(b'%');
                    i += 1;
                }
            },
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(super) fn hex(digit: Option<&u8>) -> Option<u8> {
    (*digit? as char).to_digit(16).map(|d| d as u8)
}

/// The path's segments after `/api/v1`, without the query.
pub(super) fn segments(path: &str) -> Vec<&str> {
    path.split('?')
        .next()
        .unwrap_or("")
        .trim_start_matches("/api/v1")
        .split('/')
        .filter(|s| !s.is_empty())
        .collect()
}

/// Whether a request is one no first screen makes (`Server::handle_in_touch`): お知らせ
/// (`/api/v1/notifications…`), the cards beside a thread (`/api/v1/contact-card`,
/// `/api/v1/challenges/{id}/contacts`), the next roles (`/api/v1/roles`), her weekly look back
/// (`/api/v1/workers/{id}/look-backs`, `…/look-back-plan`).
///
/// Plain string tests: this runs on the first screen, where `segments` is not yet needed.
pub fn is_in_touch(path: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let Some(rest) = path.strip_prefix("/api/v1/") else {
        return false;
    };
    let rest = rest.trim_end_matches('/');
    let her_own = |tail: &str| matches!(tail, "look-backs" | "look-back-plan");
    rest == "notifications"
        || rest.starts_with("notifications/")
        || rest
            .strip_prefix("workers/")
            .and_then(|r| r.split_once('/'))
            .is_some_and(|(id, tail)| !id.is_empty() && her_own(tail))
        || rest == "contact-card"
        || rest == "roles"
        || rest
            .strip_prefix("challenges/")
            .and_then(|r| r.strip_suffix("/contacts"))
            .is_some_and(|id| !id.is_empty() && !id.contains('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_touch_paths_are_told_apart_as_the_router_does() {
        for path in [
            "/api/v1/notifications",
            "/api/v1/notifications?cursor=n1",
            "/api/v1/notifications/count",
            "/api/v1/notifications/push?endpoint=x",
            "/api/v1/contact-card",
            "/api/v1/challenges/ch1/contacts",
            "/api/v1/roles",
            "/api/v1/workers/w1/look-backs",
            "/api/v1/workers/w1/look-back-plan",
        ] {
            assert!(is_in_touch(path), "{path}");
        }
        for path in [
            "/api/v1/notificationsx",
            "/api/v1/challenges/ch1",
            "/api/v1/challenges/contacts",
            "/api/v1/challenges/a/b/contacts",
            "/api/v1/contact-cards",
            "/notifications",
            "/api/v1/workers/w1",
            "/api/v1/workers//look-backs",
            "/api/v1/workers/w1/days-off",
        ] {
            assert!(!is_in_touch(path), "{path}");
        }
    }
}
