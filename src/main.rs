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

/// `config.json` beside index.html; missing or broken means the embedded default.
async fn load_config() -> Config {
    let Ok(response) = gloo_net::http::Request::get("config.json")
        .cache(web_sys::RequestCache::NoCache)
        .send()
        .await
    else {
        return Config::default();
    };
    if !response.ok() {
        return Config::default();
    }
    Config::parse(&response.text().await.unwrap_or_default())
}
