//! Small DOM helpers: focus management and the document's language.

use wasm_bindgen::JsCast;

/// Moves focus to an element (e.g. a page heading with tabindex=-1) so screen readers
/// announce where the user now is.
pub fn focus_by_id(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// The element that has the focus now (`<body>` when none has).
pub fn focused() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.active_element()
}

/// Whether a link, a button, a label or another control holds `element`: such a control may
/// not hold a control of its own.
pub fn inside_control(element: &web_sys::Element) -> bool {
    element
        .parent_element()
        .and_then(|parent| {
            parent
                .closest("a, button, label, summary, select, option, textarea, [role=button], [role=link]")
                .ok()
                .flatten()
        })
        .is_some()
}

/// Loads a script of the app's own (a path beside index.html); each call adds it again.
pub fn add_script(src: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Ok(script), Some(head)) = (document.create_element("script"), document.head()) {
        let _ = script.set_attribute("src", src);
        let _ = head.append_child(&script);
    }
}

pub fn set_document_lang(lang: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang);
    }
}

/// The path the app is mounted under ("/" or e.g. "/apps/okaeri/"), from `<base href>`.
pub fn base_path() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let path = base
        .split_once("://")
        .map(|(_, rest)| rest.find('/').map(|i| &rest[i..]).unwrap_or("/"))
        .unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

/// The mount point without its last `/` ("" or e.g. "/apps/okaeri"): what an app path
/// ("/board") follows in the address. Read once; `<base href>` does not change.
pub fn mount() -> &'static str {
    static MOUNT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    MOUNT.get_or_init(|| base_path().trim_end_matches('/').to_string())
}

/// An app path ("/board/x") as a link under the mount point ("/apps/okaeri/board/x").
/// leptos_router's `<A>` leaves absolute paths as they are; navigate() resolves them itself.
pub fn to(path: impl AsRef<str>) -> String {
    format!("{}{}", mount(), path.as_ref())
}

pub fn is_online() -> bool {
    web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true)
}

/// A named moment on the page's performance timeline (`performance.mark`), for the tests and
/// `make bench`, which wait for it.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Tells `public/pwa.js` (or anyone listening on the window) that `name` happened.
pub fn dispatch(name: &str) {
    if let (Some(w), Ok(ev)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = w.dispatch_event(&ev);
    }
}

/// The browser's print dialog (where "save as PDF" also is).
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
