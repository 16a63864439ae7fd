//! Keeps her unread count fresh without waste: counted when she is known, when the app becomes
//! visible or regains focus, when another tab of this device changes the demo's data, and every
//! few minutes while it is visible; never while hidden.
//! The count is shown by the navigation and on the installed app's icon.

use crate::app::state::AppState;
use crate::features::notices::unread;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;
use okaeri_core::contract::notice_wire::MarkRead;

/// While visible, counted again this often: a notice is never urgent to the minute.
const EVERY: std::time::Duration = std::time::Duration::from_secs(120);

fn visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| !d.hidden())
}

/// Starts counting, for as long as the app runs (its listeners are never removed). Called in
/// the app's owner, which its effect belongs to.
pub fn keep_count(app: AppState) {
    unread::show_on_navigation(use_i18n());
    let count = move || {
        if app.user_untracked().is_none() || !visible() {
            return;
        }
        let client = app.client();
        leptos::task::spawn_local(async move {
            // Offline or refused: the last count stays; the next chance counts again.
            if let Ok(n) = client.unread_notices().await {
                unread::set(n.unread);
            }
        });
    };
    // Whoever she is now (a sign-in, the demo's other role), and after writes she or the
    // outbox made.
    Effect::new(move |_| {
        app.user();
        app.track_data();
        count();
    });
    // A tapped notification leads this window to its page.
    crate::platform::push::follow_taps();
    // This device's notifications speak her language, for whoever she is now.
    let i18n = use_i18n();
    Effect::new(move |_| {
        i18n.lang.track();
        if app.user().is_some() {
            let client = app.client();
            leptos::task::spawn_local(async move {
                super::push_words::refresh(client, i18n).await;
            });
        }
    });
    // `visibilitychange` is fired at the document and reaches the window.
    for event in ["focus", "visibilitychange"] {
        std::mem::forget(window_event_listener_untyped(event, move |_| count()));
    }
    // Read or written in another tab of this device (the demo's data, kept on the device).
    crate::api::embedded::when_another_tab_writes(count);
    set_interval(count, EVERY);
}

/// She has opened a card: every notice of hers about it is read, on every device.
pub fn seen(app: AppState, challenge_id: String) {
    let client = app.client();
    leptos::task::spawn_local(async move {
        let which = MarkRead {
            challenge_id: Some(challenge_id),
            ..Default::default()
        };
        // Views that show read state (the board's 「新着コメント」) ask again; the page she is
        // on is not drawn again under her hands.
        if let Ok(n) = client.mark_read(&which).await {
            unread::set(n);
            app.notices_were_read();
        }
    });
}
