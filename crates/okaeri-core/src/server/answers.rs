//! The answers a handler gives: JSON with its ETag, and problem+json for every failure.

use super::db::Record;
use crate::contract::http::{ApiRequest, ApiResponse};
use crate::contract::problem::{Problem, RawJson};
use crate::domain::validation::FieldErrors;
use serde::{Deserialize, Serialize};

/// A handler's answer: `Err` ends the request early with a problem.
pub(super) type Reply = Result<ApiResponse, ApiResponse>;

pub(super) fn json<T: Serialize>(status: u16, value: &T, etag: Option<String>) -> ApiResponse {
    let mut headers = vec![("content-type".to_string(), "application/json".to_string())];
    if let Some(etag) = etag {
        headers.push(("etag".to_string(), etag));
    }
    let body = serde_json::to_string(value).unwrap_or_else(|_| "null".to_string());
    ApiResponse {
        status,
        headers,
        body,
    }
}

/// 204: done, nothing to say back.
pub(super) fn no_content() -> ApiResponse {
    ApiResponse {
        status: 204,
        headers: Vec::new(),
        body: String::new(),
    }
}

pub(super) fn problem(status: u16, title: &str, detail: &str) -> ApiResponse {
    problem_with(Problem {
        kind: "about:blank".into(),
        title: title.into(),
        status,
        detail: detail.into(),
        ..Problem::default()
    })
}

pub(super) fn problem_with(p: Problem) -> ApiResponse {
    let body = serde_json::to_string(&p).unwrap_or_default();
    ApiResponse {
        status: p.status,
        headers: vec![("content-type".into(), "application/problem+json".into())],
        body,
    }
}

pub(super) fn invalid(errors: FieldErrors) -> ApiResponse {
    problem_with(Problem {
        kind: "about:blank".into(),
        title: "Unprocessable Content".into(),
        status: 422,
        errors,
        ..Problem::default()
    })
}

pub(super) fn conflict<T: Serialize>(current: &Record<T>) -> ApiResponse {
    let mut r = problem_with(Problem {
        kind: "about:blank".into(),
        title: "Precondition Failed".into(),
        status: 412,
        detail: "The resource was changed by someone else.".into(),
        current: RawJson::of(&current.value),
        ..Problem::default()
    });
    r.headers.push(("etag".into(), current.etag()));
    r
}

pub(super) fn forbidden() -> ApiResponse {
    problem(403, "Forbidden", "")
}

pub(super) fn not_found() -> ApiResponse {
    problem(404, "Not Found", "")
}

pub(super) fn parse<T: for<'de> Deserialize<'de>>(req: &ApiRequest) -> Result<T, ApiResponse> {
    serde_json::from_str(req.body.as_deref().unwrap_or(""))
        .map_err(|e| problem(400, "Bad Request", &format!("Invalid JSON body: {e}")))
}

/// `If-Match` must name the current version of what is being updated.
pub(super) fn check_if_match<T: Serialize>(
    req: &ApiRequest,
    record: &Record<T>,
) -> Result<(), ApiResponse> {
    match req.get_header("if-match") {
        None => Err(problem(
            428,
            "Precondition Required",
            "Send If-Match with the ETag you last saw.",
        )),
        Some(tag) if tag.trim() == record.etag() || tag.trim() == "*" => Ok(()),
        Some(_) => Err(conflict(record)),
    }
}
