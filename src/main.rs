//! Entry point: read the runtime config, then mount the app over the static boot shell.

use leptos::prelude::*;
use okaeri::api::config::Config;

fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let config = load_config().await;
        okaeri::browser::embed::start(config.allowed_origins.clone());
        if let Some(boot) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("boot"))
        {
            boot.remove();
        }
        leptos::mount::mount_to_body(move || view! { <okaeri::app::App config=config.clone()/> });
        let _ = web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.mark("okaeri-interactive"));
    });
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
