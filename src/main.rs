//! Entry point: read the runtime config, then mount the app over the static boot shell.

use leptos::prelude::*;
use okaeri::api::config::Config;

fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let config = load_config().await;
        if config.rest_base().is_some() {
            // The REST transport's chunk arrives while the shell is built, before the first request.
            wasm_bindgen_futures::spawn_local(okaeri::api::rest::preload());
        }
        okaeri::browser::embed::listen(config.allowed_origins.clone());
        // Instantiating the WebAssembly was a task of its own; the app starts in the next.
        okaeri::browser::yield_now::yield_now().await;
        leptos::mount::mount_to_body(move || {
            let allowed = config.allowed_origins.clone();
            let shown = Box::new(move || show_app(&allowed));
            view! { <okaeri::app::App config=config.clone() shown=shown/> }
        });
    });
}

/// The app, built hidden beside the boot shell (src/start_stages.rs), takes its place.
fn show_app(allowed_origins: &[String]) {
    let window = web_sys::window();
    if let Some(boot) = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    let _ = window
        .and_then(|w| w.performance())
        .map(|p| p.mark("okaeri-interactive"));
    okaeri::browser::embed::report_height(allowed_origins);
}

/// `config.json` beside index.html; missing or broken means the embedded default. index.html
/// starts fetching it while the WebAssembly downloads (one round trip less before the app can
/// start on a slow phone) and leaves the promise of its text in `window.okaeriConfig`.
async fn load_config() -> Config {
    Config::parse(&config_text().await.unwrap_or_default())
}

async fn config_text() -> Option<String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let promise = js_sys::Reflect::get(&window, &"okaeriConfig".into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_string()
}
