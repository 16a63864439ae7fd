//! Component tests in headless Chromium (wasm-bindgen-test + chromedriver).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use okaeri::api::config::Config;
use okaeri::app::shell::App;
use okaeri::features::profile::StrengthsChart;
use okaeri_core::domain::skill::{Level, Skill};
use okaeri_core::domain::worker::Profile;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document")
}

fn container() -> web_sys::HtmlElement {
    let el = document()
        .create_element("div")
        .expect("create div")
        .unchecked_into::<web_sys::HtmlElement>();
    document()
        .body()
        .expect("body")
        .append_child(&el)
        .expect("append");
    el
}

/// Polls until `ready()` holds, for up to five seconds.
async fn wait_until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..100 {
        if ready() {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(50).await;
    }
    panic!("{what} never happened");
}

fn page_lang() -> Option<String> {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
}

/// Polls until `selector` matches inside `root`, for up to five seconds.
async fn wait_for(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    for _ in 0..100 {
        if let Ok(Some(found)) = root.query_selector(selector) {
            return found;
        }
        gloo_timers::future::TimeoutFuture::new(50).await;
    }
    panic!("{selector} never appeared; html: {}", root.inner_html());
}

#[wasm_bindgen_test]
async fn shell_has_landmarks_and_switches_language() {
    if let Ok(Some(storage)) = web_sys::window().expect("window").local_storage() {
        let _ = storage.clear();
    }
    let root = container();
    // The shell is built in stages (src/app/start_stages.rs); `shown` marks the last one built.
    let shown = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = shown.clone();
    let _app = leptos::mount::mount_to(root.clone(), move || {
        let flag = flag.clone();
        view! { <App config=Config::default() shown=Box::new(move || flag.set(true))/> }
    });
    let heading = wait_for(&root, "main h1").await;
    assert!(shown.get(), "the app is shown once <main> is built");
    assert!(!heading.text_content().unwrap_or_default().is_empty());
    assert_eq!(root.query_selector_all("main").expect("query").length(), 1);
    assert!(root.query_selector("header").expect("query").is_some());
    assert!(root
        .query_selector("nav[aria-label]")
        .expect("query")
        .is_some());
    // On the embedded default the demo notice and the role switch are shown.
    let notice = wait_for(&root, ".demo-notice").await;
    assert!(notice.text_content().unwrap_or_default().contains("デモ"));
    assert!(root.query_selector("select").expect("query").is_some());

    let button = wait_for(&root, "button.lang-switch")
        .await
        .unchecked_into::<web_sys::HtmlElement>();
    assert_eq!(button.text_content().unwrap_or_default().trim(), "English");
    let label = || button.text_content().unwrap_or_default().trim().to_string();
    button.click();
    // The page's language and the switch's own label both follow.
    wait_until("the page turning English", || {
        page_lang().as_deref() == Some("en") && label() == "日本語"
    })
    .await;
    button.click();
    wait_until("the page turning Japanese again", || {
        page_lang().as_deref() == Some("ja") && label() == "English"
    })
    .await;
}

#[wasm_bindgen_test]
async fn strengths_chart_is_an_accessible_svg_with_a_table() {
    let mut profile = Profile::new("w1", chrono::Utc::now());
    profile
        .fields
        .set_level(Skill::Writing, Some(Level::Strong));
    profile
        .fields
        .set_level(Skill::Bookkeeping, Some(Level::New));
    // Its texts come with the profile pages' chunk, which adds them when it loads.
    okaeri::i18n::add(okaeri::features::profile::chunk_texts());
    let root = container();
    let _chart = leptos::mount::mount_to(root.clone(), move || {
        let p = profile.clone();
        view! { <StrengthsChart profile=Signal::derive(move || p.clone())/> }
    });
    let svg = wait_for(&root, "svg[role='img']").await;
    let labelled_by = svg.get_attribute("aria-labelledby").unwrap_or_default();
    let title = root
        .query_selector(&format!("#{labelled_by}"))
        .expect("query")
        .expect("the chart's title");
    assert!(!title.text_content().unwrap_or_default().trim().is_empty());
    assert_eq!(
        root.query_selector_all("svg rect").expect("query").length(),
        2
    );
    let rows = root.query_selector_all("table tbody tr").expect("query");
    assert_eq!(rows.length(), 2);
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("得意") && text.contains("はじめて"), "{text}");
}

/// The writes an autosave made: (value, ETag it was based on).
type Writes = std::rc::Rc<std::cell::RefCell<Vec<(String, String)>>>;

/// An autosave of a text under `owner`, starting from ETag "e0", whose writes are recorded
/// and answer the ETag plus "+".
fn recording_autosave(
    owner: &Owner,
    key: &str,
) -> (okaeri::sync::autosave::Autosave<String>, Writes) {
    use okaeri::sync::autosave::{Autosave, GetFn, PutFn, Start};
    use std::rc::Rc;

    let puts: Writes = Rc::default();
    let recorded = Rc::clone(&puts);
    let put: PutFn<String> = Rc::new(move |value: String, etag: String| {
        recorded.borrow_mut().push((value, etag.clone()));
        let next = format!("{etag}+");
        Box::pin(async move { Ok(next) })
    });
    let get: GetFn<String> = Rc::new(|| Box::pin(async { Ok((String::new(), "e0".to_string())) }));
    let start = Start {
        value: String::new(),
        etag: "e0".to_string(),
        theirs: None,
        unsent: false,
    };
    let sync = owner.with(|| Autosave::new(key.to_string(), start, put, get));
    (sync, puts)
}

/// Finishing onboarding flushes the draft and then sends `complete` with the ETag that flush
/// got back. The debounced save of her last keystroke must not fire in between: it would make
/// that ETag stale (a 412 seen on the REST pass under load).
#[wasm_bindgen_test]
async fn flush_cancels_the_pending_debounced_save() {
    // Mounting anything sets up Leptos's task executor, which the debounced save runs on.
    let _mounted = leptos::mount::mount_to(container(), || view! { <p>"autosave"</p> });
    let owner = Owner::new();
    let (sync, puts) = recording_autosave(&owner, "test.flush");
    owner.with(|| sync.change(|v| v.push_str("はな")));
    assert!(sync.flush().await.is_ok());
    assert_eq!(sync.kept().etag(), "e0+");
    // Longer than the half-second pause before a save.
    gloo_timers::future::TimeoutFuture::new(900).await;
    assert_eq!(
        *puts.borrow(),
        vec![("はな".to_string(), "e0".to_string())],
        "one write, and the ETag flush handed back is still current"
    );
    drop(owner);
}

/// She edits and leaves the page within the half-second pause: the page's state goes, and the
/// edit is still sent, once, with the ETag, and the device copy is marked sent.
#[wasm_bindgen_test]
async fn leaving_within_the_pause_still_sends_the_edit_once() {
    use okaeri::platform::storage;
    use okaeri::sync::autosave::DeviceCopy;

    let _mounted = leptos::mount::mount_to(container(), || view! { <p>"autosave"</p> });
    let owner = Owner::new();
    let key = "test.leaving";
    let (sync, puts) = recording_autosave(&owner, key);
    owner.with(|| sync.change(|v| v.push_str("ゆき")));
    owner.cleanup();
    // Longer than the pause: the page's own timer must not send it a second time.
    gloo_timers::future::TimeoutFuture::new(900).await;
    assert_eq!(
        *puts.borrow(),
        vec![("ゆき".to_string(), "e0".to_string())],
        "sent once, with the ETag it was based on"
    );
    let copy: Option<DeviceCopy<String>> = storage::get_json(key);
    let copy = copy.expect("the device copy is kept");
    assert!(!copy.unsent, "marked sent");
    assert_eq!(copy.base_etag, "e0+");
    storage::remove(key);
}

/// `has` sees what is stored under the app's prefix, and only that, without reading it.
#[wasm_bindgen_test]
fn storage_has_sees_a_stored_key_only() {
    use okaeri::platform::storage;

    let key = "test.has";
    storage::remove(key);
    assert!(!storage::has(key), "nothing stored yet");
    assert!(storage::set(key, ""), "an empty value is still stored");
    assert!(storage::has(key));
    assert!(!storage::has("test.has.other"));
    storage::remove(key);
    assert!(!storage::has(key), "removed");
}

/// What the first download loads with (who she is, home's data, a page's chunk): an answer to
/// an older asking that comes after a newer one's never replaces it (she switched roles while
/// the first session was on its way), and asked again, the last answer stays until the new one
/// comes.
#[wasm_bindgen_test]
async fn loaded_keeps_the_latest_asking_answer() {
    use futures_channel::oneshot;
    use okaeri::ui::loaded::Loaded;
    use std::cell::RefCell;
    use std::rc::Rc;

    let _mounted = leptos::mount::mount_to(container(), || view! { <p>"loaded"</p> });
    let owner = Owner::new();
    let who = RwSignal::new("worker");
    // Each asking waits for the test to answer it.
    let pending: Rc<RefCell<Vec<oneshot::Sender<String>>>> = Rc::default();
    let asked = Rc::clone(&pending);
    // How many askings have had their answer: `Loaded` keeps or drops it in the same step.
    let answered_count = Rc::new(std::cell::Cell::new(0));
    let counted = Rc::clone(&answered_count);
    let loaded = owner.with(|| {
        Loaded::new(move || {
            let (answer, answered) = oneshot::channel();
            asked.borrow_mut().push(answer);
            let who = who.get();
            let counted = Rc::clone(&counted);
            async move {
                let text = format!("{who}:{}", answered.await.unwrap_or_default());
                counted.set(counted.get() + 1);
                text
            }
        })
    });
    let answer = |i: usize, text: &str| {
        let sender = std::mem::replace(&mut pending.borrow_mut()[i], oneshot::channel().0);
        let _ = sender.send(text.to_string());
    };
    wait_until("the first asking", || pending.borrow().len() == 1).await;
    assert_eq!(loaded.get(), None, "nothing before the first answer");
    who.set("coordinator");
    wait_until("the asking for the new role", || {
        pending.borrow().len() == 2
    })
    .await;
    answer(1, "new");
    wait_until("the new role's answer", || {
        loaded.get().as_deref() == Some("coordinator:new")
    })
    .await;
    answer(0, "old");
    wait_until("the older asking's answer", || answered_count.get() == 2).await;
    assert_eq!(
        loaded.get().as_deref(),
        Some("coordinator:new"),
        "the late, older answer is dropped"
    );
    loaded.refetch();
    wait_until("asked again", || pending.borrow().len() == 3).await;
    assert_eq!(
        loaded.get().as_deref(),
        Some("coordinator:new"),
        "kept until the new answer"
    );
    answer(2, "again");
    wait_until("the new answer", || {
        loaded.get().as_deref() == Some("coordinator:again")
    })
    .await;
    drop(owner);
}
