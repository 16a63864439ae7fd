//! The REST transport: gloo-net fetch with a timeout, credentials for cookie sessions.

use super::http::{ApiRequest, ApiResponse, Method};
use super::problem::ApiError;
use gloo_net::http::{Request, RequestBuilder};
use std::cell::Cell;
use std::rc::Rc;

pub struct RestTransport {
    pub base: String,
    pub timeout_ms: u32,
}

impl RestTransport {
    pub async fn send(&self, req: &ApiRequest) -> Result<ApiResponse, ApiError> {
        let url = format!("{}{}", self.base, req.path);
        let mut builder: RequestBuilder = match req.method {
            Method::Get => Request::get(&url),
            Method::Post => Request::post(&url),
            Method::Put => Request::put(&url),
            Method::Delete => Request::delete(&url),
        };
        builder = builder
            .credentials(web_sys::RequestCredentials::Include)
            .header("accept", "application/json, application/problem+json");
        for (name, value) in &req.headers {
            builder = builder.header(name, value);
        }
        let controller = web_sys::AbortController::new().ok();
        builder = builder.abort_signal(controller.as_ref().map(|c| c.signal()).as_ref());
        let timed_out = Rc::new(Cell::new(false));
        let flag = timed_out.clone();
        let timer = gloo_timers::callback::Timeout::new(self.timeout_ms, move || {
            flag.set(true);
            if let Some(c) = controller {
                c.abort();
            }
        });
        let sent = match &req.body {
            Some(body) => {
                builder
                    .body(body.clone())
                    .map_err(|e| ApiError::Unexpected(e.to_string()))?
                    .send()
                    .await
            }
            None => builder.send().await,
        };
        let response = match sent {
            Ok(r) => r,
            Err(_) if timed_out.get() => return Err(ApiError::Timeout),
            Err(_) => return Err(ApiError::Offline),
        };
        let status = response.status();
        let headers: Vec<(String, String)> =
            ["etag", "retry-after", "content-type", "idempotent-replayed"]
                .into_iter()
                .filter_map(|h| response.headers().get(h).map(|v| (h.to_string(), v)))
                .collect();
        let body = match response.text().await {
            Ok(b) => b,
            Err(_) if timed_out.get() => return Err(ApiError::Timeout),
            Err(_) => return Err(ApiError::Offline),
        };
        drop(timer);
        Ok(ApiResponse {
            status,
            headers,
            body,
        })
    }
}
