//! When the first screen is complete: the page in `<main>` shows its heading and nothing in it
//! is loading any more (as `make bench` and public/pwa.js read it). Work that can wait (the
//! outbox's code, the service worker's install) starts then, so that on a slow line a deep
//! link's own code and data do not share it.

use gloo_timers::future::TimeoutFuture;

/// Longest wait: a page that never completes (offline, an error) does not hold work back.
const AT_MOST_MS: u32 = 5_000;
/// How often the page is looked at: a few selector queries, nothing to notice.
const EVERY_MS: u32 = 100;

fn is_complete() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return true;
    };
    let has = |selector: &str| matches!(document.query_selector(selector), Ok(Some(_)));
    !has("#boot") && has("main h1") && !has("main .loading")
}

/// Resolves once the first screen is complete, or after [`AT_MOST_MS`].
pub async fn complete() {
    let mut waited = 0;
    while waited < AT_MOST_MS && !is_complete() {
        TimeoutFuture::new(EVERY_MS).await;
        waited += EVERY_MS;
    }
}
