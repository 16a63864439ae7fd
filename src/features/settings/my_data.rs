//! 「わたしのデータ」, for a worker: her record to take with her — a printable 職務経歴書 and
//! the whole of it as JSON — and deleting her account, after a clear confirmation. Deleting
//! removes everything of hers on the backend, then this device forgets her as logging out does.

use super::confirm_step::ConfirmStep;
use crate::app::routes::Route;
use crate::app::state::use_app;
use crate::features::settings::texts;
use crate::i18n::context::use_i18n;
use crate::platform::dom::to;
use crate::platform::tabs;
use crate::sync::outbox::use_outbox;
use crate::sync::wipe::wipe_device;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Hands `text` to the browser as a file download named `name`.
fn download(name: &str, text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let encoded: String = js_sys::encode_uri_component(text).into();
    let href = format!("data:application/json;charset=utf-8,{encoded}");
    let set =
        link.set_attribute("href", &href).is_ok() && link.set_attribute("download", name).is_ok();
    if set {
        link.click();
    }
    set
}

#[derive(Clone, Copy, PartialEq)]
enum Said {
    Nothing,
    Downloaded,
    NotDownloaded,
    NotDeleted,
}

#[component]
pub fn MyData() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let outbox = use_outbox();
    let said = RwSignal::new(Said::Nothing);
    let busy = RwSignal::new(false);
    let me = move || app.user().map(|u| u.id).unwrap_or_default();
    let export = move |_| {
        busy.set(true);
        let (client, id) = (app.client(), me());
        leptos::task::spawn_local(async move {
            let saved = match client.her_record(&id).await {
                Ok(record) => serde_json::to_string_pretty(&record)
                    .ok()
                    .is_some_and(|json| download(&record.file_name(), &json)),
                Err(_) => false,
            };
            said.set(if saved {
                Said::Downloaded
            } else {
                Said::NotDownloaded
            });
            busy.set(false);
        });
    };
    let delete = move |_: ()| {
        busy.set(true);
        let (client, id) = (app.client(), me());
        leptos::task::spawn_local(async move {
            if client.delete_account(&id).await.is_err() {
                // Nothing is gone: she can try again, or keep her account.
                said.set(Said::NotDeleted);
                busy.set(false);
                return;
            }
            // Gone on the backend: this device forgets her too, every tab of the app with it.
            tabs::tell_others(tabs::LOGGING_OUT);
            outbox.stop().await;
            wipe_device().await;
            tabs::tell_others(tabs::LOGGED_OUT);
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
    };
    let message = move || match said.get() {
        Said::Nothing => "",
        Said::Downloaded => i18n.t(texts::DATA_DOWNLOADED),
        Said::NotDownloaded => i18n.t(texts::DATA_NOT_DOWNLOADED),
        Said::NotDeleted => i18n.t(texts::DATA_NOT_DELETED),
    };
    view! {
        <section class="card" aria-labelledby="my-data-title">
            <h2 id="my-data-title">{i18n.v(texts::DATA_TITLE)}</h2>
            <p class="hint">{i18n.v(texts::DATA_HINT)}</p>
            <div class="actions">
                <a class="button secondary" href=move || to(Route::Resume(&me()).path())>{i18n.v(texts::DATA_RESUME)}</a>
                <button type="button" class="button secondary" prop:disabled=move || busy.get() on:click=export>{i18n.v(texts::DATA_DOWNLOAD)}</button>
            </div>
            <p role="status" class="save-status">{message}</p>
            <h3 class="small-heading">{i18n.v(texts::DATA_DELETE_TITLE)}</h3>
            <ConfirmStep ask=texts::DATA_DELETE ask_class="danger" warning=texts::DATA_DELETE_CONFIRM
                act=texts::DATA_DELETE_NOW busy=busy on_act=Callback::new(delete)/>
        </section>
    }
}
