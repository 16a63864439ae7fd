//! Running inside a company intranet's iframe: the app tells the host its content height (and
//! nothing else) so the frame can fit it, and takes a theme from the host. Both only with
//! origins listed in `config.json` (`allowed_origins`), matched exactly.
//!
//! The code that does it is a chunk of its own (`embed`, src/platform/split.rs), fetched only in a frame,
//! as soon as the config is read. The first height message always follows the theme listener:
//! both wait for the same chunk, the listener first, so a host may send its theme as soon as it
//! hears from the app.

pub mod theme;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The embedding page's origin, when the browser tells it: `location.ancestorOrigins`
/// (Chromium, Safari), else the referrer's origin (Firefox).
fn host_origin(w: &web_sys::Window) -> Option<String> {
    // Not in web-sys's bindings yet, so read the property directly.
    let from_ancestors = js_sys::Reflect::get(&w.location(), &"ancestorOrigins".into())
        .ok()
        .and_then(|v| v.dyn_into::<web_sys::DomStringList>().ok())
        .and_then(|list| list.item(0));
    from_ancestors.or_else(|| {
        let referrer = w.document()?.referrer();
        let url = web_sys::Url::new(&referrer).ok()?;
        Some(url.origin())
    })
}

/// In a frame, takes a theme from a listed host from now on; does nothing at top level.
pub fn listen(allowed: Vec<String>) {
    if framed().is_some() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = listen_from_chunk(allowed).await;
        });
    }
}

/// In a frame, tells a listed host the content's height from now on: called once the app is
/// shown, so the host never fits its frame to the boot shell.
pub fn report_height(allowed: &[String]) {
    if framed().is_some() {
        let allowed = allowed.to_vec();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = report_from_chunk(allowed).await;
        });
    }
}

crate::split! {
    embed => fn listen_from_chunk(allowed: Vec<String>) -> () {
        if let Some((w, parent)) = framed() {
            listen_for_theme(&w, parent, allowed);
        }
    }
}

crate::split! {
    embed => fn report_from_chunk(allowed: Vec<String>) -> () {
        if let Some((w, parent)) = framed() {
            if let Some(origin) = host_origin(&w).filter(|o| theme::origin_allowed(o, &allowed)) {
                post_height(&w, parent, origin);
            }
        }
    }
}

/// This window and its parent, when it runs in a frame.
fn framed() -> Option<(web_sys::Window, web_sys::Window)> {
    let w = web_sys::window()?;
    let parent = w.parent().ok().flatten()?;
    (parent != w).then_some((w, parent))
}

fn post_height(w: &web_sys::Window, parent: web_sys::Window, origin: String) {
    let Some(root) = w.document().and_then(|d| d.document_element()) else {
        return;
    };
    let observed = root.clone();
    let last = std::cell::Cell::new(-1i32);
    let send = Closure::<dyn Fn()>::new(move || {
        let height = observed.scroll_height();
        if height != last.replace(height) {
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &"okaeri:height".into());
            let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
            let _ = parent.post_message(&msg, &origin);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
        observer.observe(&root);
        if let Some(body) = w.document().and_then(|d| d.body()) {
            observer.observe(&body);
        }
    }
    // Lives as long as the page.
    send.forget();
}

fn listen_for_theme(w: &web_sys::Window, parent: web_sys::Window, allowed: Vec<String>) {
    let root = w
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(root) = root else { return };
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            // Compared as plain JS values: a cross-origin parent is not `instanceof Window` here.
            let from_parent = ev.source().is_some_and(|s| {
                let s: &wasm_bindgen::JsValue = s.as_ref();
                s == parent.as_ref() as &wasm_bindgen::JsValue
            });
            if !from_parent {
                return;
            }
            let data = js_sys::JSON::stringify(&ev.data())
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default();
            if let Some(tokens) = theme::accept_theme(&ev.origin(), &allowed, &data) {
                let style = root.style();
                for (name, value) in tokens {
                    let _ = style.set_property(&name, &value);
                }
            }
        });
    let _ = w.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}
