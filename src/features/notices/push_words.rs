//! The words the service worker writes system notifications in (public/sw.js): her language,
//! the kinds she allows, each kind's sentence and where a tap leads. Given to it whenever she
//! or her language changes, and kept by it for when the app is closed.

use crate::api::Client;
use crate::app::routes::Route;
use crate::features::notices::texts;
use crate::i18n::context::I18n;
use crate::platform::push::{self, Permission};
use okaeri_core::domain::challenge::Status;
use okaeri_core::domain::notice::{Delivery, NoticeKind, NoticeSettings};
use okaeri_core::domain::skill::Skill;
use serde_json::{json, Map, Value};

/// A path inside the app, relative to where it is mounted (the worker resolves it).
fn relative(route: Route) -> String {
    route.path().trim_start_matches('/').to_string()
}

fn words(i18n: I18n, settings: &NoticeSettings) -> Value {
    let allowed: Vec<&str> = NoticeKind::ALL
        .into_iter()
        .filter(|k| settings.delivery(*k) != Delivery::Never)
        .map(NoticeKind::id)
        .collect();
    // The same keys as `sentence`, which picks among them the same way.
    let sentences: Map<String, Value> = [
        ("request_new", texts::REQUEST_NEW),
        ("request_edited", texts::REQUEST_EDITED),
        ("request_withdrawn", texts::REQUEST_WITHDRAWN),
        ("moved", texts::MOVED),
        ("paused", texts::PAUSED),
        ("commented", texts::COMMENTED),
        ("endorsed", texts::ENDORSED),
        ("day_off", texts::DAY_OFF),
        ("day_off_note", texts::DAY_OFF_NOTE),
        ("look_back", texts::LOOK_BACK_DUE),
    ]
    .into_iter()
    .map(|(name, key)| (name.to_string(), Value::from(i18n.t(key))))
    .collect();
    let statuses: Map<String, Value> = Status::ALL
        .into_iter()
        .map(|s| (s.id().to_string(), Value::from(i18n.t(s.label_key()))))
        .collect();
    let skills: Map<String, Value> = Skill::ALL
        .into_iter()
        .map(|s| (s.id().to_string(), Value::from(i18n.t(s.label_key()))))
        .collect();
    let id = "{id}";
    json!({
        "lang": i18n.lang().code(),
        "title": i18n.t(texts::INBOX_TITLE),
        "fallback": i18n.t(texts::PUSH_FALLBACK),
        "allowed": allowed,
        "sentences": sentences,
        "statuses": statuses,
        "skills": skills,
        "paths": {
            "home": relative(Route::Home),
            "board": relative(Route::Board),
            "challenge": relative(Route::Challenge(id)).replace("%7Bid%7D", id),
            "profile": relative(Route::MyProfile),
            "worker": relative(Route::Worker(id)).replace("%7Bid%7D", id),
            "inbox": relative(Route::Notifications),
            "look_back": relative(Route::LookBack),
        },
    })
}

/// Gives the service worker her words, if she allowed notifications on this device. Her
/// settings as the backend has them; unreachable, every kind (the backend makes no notice of
/// a kind she turned off, so none of those arrive).
pub async fn refresh(client: Client, i18n: I18n) -> bool {
    if push::permission() != Permission::Granted {
        return false;
    }
    let settings = client.notice_settings().await.unwrap_or_default();
    push::tell_worker(&words(i18n, &settings).to_string()).await
}
