//! Entry point: read the runtime config, then mount the app over the static boot shell.

use leptos::prelude::*;
use okaeri::api::config::{Config, Unreadable};
use okaeri::platform::storage;
use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    okaeri::app::pages::fetch_ahead();
    wasm_bindgen_futures::spawn_local(async {
        let Ok(config) = load_config().await else {
            // Never the demo in place of her company's backend: index.html says so, kindly,
            // with a way to try again.
            start_failed("config");
            return;
        };
        if config.rest_base().is_some() {
            // The REST transport's chunk arrives while the shell is built, before the first request.
            wasm_bindgen_futures::spawn_local(okaeri::api::rest::preload());
        }
        okaeri::features::embed::listen(config.allowed_origins.clone());
        // Instantiating the WebAssembly was a task of its own; the app starts in the next.
        okaeri::platform::yield_now::yield_now().await;
        leptos::mount::mount_to_body(move || {
            let allowed = config.allowed_origins.clone();
            let shown = Box::new(move || show_app(&allowed));
            view! { <okaeri::app::shell::App config=config.clone() shown=shown/> }
        });
    });
}

/// The app, built hidden beside the boot shell (src/app/start_stages.rs), takes its place.
fn show_app(allowed_origins: &[String]) {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    okaeri::platform::dom::mark("okaeri-interactive");
    okaeri::features::embed::report_height(allowed_origins);
    // The service worker's bridge (install, updates) is not needed to draw the first screen:
    // its download waits until the first screen is complete, and then installs the worker.
    wasm_bindgen_futures::spawn_local(async {
        okaeri::platform::first_screen::complete().await;
        okaeri::platform::dom::add_script("pwa.js");
    });
}

/// The company config this device last ran with; logging out forgets it with the rest (a
/// start that then cannot read `config.json` says so, as on a new device).
const REMEMBERED: &str = "config.company";

/// `config.json` beside index.html, read by the rule in `Config::decide`. index.html starts
/// fetching it while the WebAssembly downloads (one round trip less before the app can start
/// on a slow phone) and leaves the promise of `{ status, text }` in `window.okaeriConfig`.
async fn load_config() -> Result<Config, Unreadable> {
    let (status, text) = config_answer().await.unwrap_or((0, String::new()));
    let remembered = storage::get(REMEMBERED).and_then(|t| Config::parse(&t));
    let decided = Config::decide(status, &text, remembered.clone());
    // A config read from the answer (one other than what is remembered) is remembered if it
    // names a company backend, as the text it came as (writing JSON is code the first screen
    // otherwise lacks); an explicit demo config forgets it. A sign-in page never replaces it.
    match &decided {
        Ok(config) if status == 200 && remembered.as_ref() != Some(config) => {
            if config.rest_base().is_some() {
                storage::set(REMEMBERED, &text);
            } else {
                storage::remove(REMEMBERED);
            }
        }
        _ => {}
    }
    decided
}

async fn config_answer() -> Option<(u16, String)> {
    let window = web_sys::window()?;
    let promise = js_sys::Reflect::get(&window, &"okaeriConfig".into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let field = |name: &str| js_sys::Reflect::get(&answer, &name.into()).ok();
    let status = field("status")?.as_f64()? as u16;
    Some((status, field("text")?.as_string().unwrap_or_default()))
}

/// index.html's own message for a start that cannot go on (`okaeriStartFailed`).
fn start_failed(why: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(show) = js_sys::Reflect::get(&window, &"okaeriStartFailed".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = show.call1(&window, &why.into());
    }
}
