//! The REST transport: gloo-net fetch with a timeout, credentials for cookie sessions.
//!
//! Its code is a chunk of its own (`rest`, src/platform/split.rs), as the embedded backend's is: an app on
//! the embedded default never downloads it, and a company backend's app fetches it as soon as
//! it has read its config (`preload`), while the shell is still being built.

use gloo_net::http::{Request, RequestBuilder};
use okaeri_core::contract::http::{ApiRequest, ApiResponse, Method};
use okaeri_core::contract::problem::ApiError;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

#[derive(Clone)]
pub struct RestTransport {
    pub base: String,
    pub timeout_ms: u32,
}

/// A request on its way, from the chunk.
type Sending = Pin<Box<dyn Future<Output = Result<ApiResponse, ApiError>>>>;

crate::split! {
    rest, preload fetch_chunk => fn send_from_chunk(rest: RestTransport, req: ApiRequest) -> Sending {
        Box::pin(async move { rest.fetch(&req).await })
    }
}

/// Fetches the transport's chunk without sending anything (a failure shows on the first request).
pub async fn preload() {
    let _ = fetch_chunk().await;
}

impl RestTransport {
    pub async fn send(&self, req: &ApiRequest) -> Result<ApiResponse, ApiError> {
        match send_from_chunk(self.clone(), req.clone()).await {
            Ok(sending) => sending.await,
            // Offline before the service worker has cached it: as any request that cannot go.
            Err(_) => Err(ApiError::Offline),
        }
    }

    /// The request itself: code of the `rest` chunk, reached only through `send_from_chunk`.
    async fn fetch(&self, req: &ApiRequest) -> Result<ApiResponse, ApiError> {
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
