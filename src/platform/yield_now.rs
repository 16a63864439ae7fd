//! Letting the browser run what waits (a tap, a paint) between two pieces of work.

/// Ends the current task; the work after the `.await` goes on in a new one. Where
/// `scheduler.yield()` exists (Chromium) that task comes before other queued work, so a long
/// job split this way still finishes about as soon as in one piece; elsewhere a zero timer,
/// which other queued tasks (a page still loading has many) may precede.
pub async fn yield_now() {
    match scheduler_yield() {
        Some(promise) => {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        }
        None => gloo_timers::future::TimeoutFuture::new(0).await,
    }
}

/// `scheduler.yield()`, read by name: web-sys has it only among its unstable APIs.
fn scheduler_yield() -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let scheduler = js_sys::Reflect::get(&window, &"scheduler".into()).ok()?;
    crate::platform::unbound::call_for_promise(&scheduler, "yield")
}
