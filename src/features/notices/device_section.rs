//! On the settings page: whether this device shows system notifications. Permission is asked
//! for only when she taps the button, never on load. "On" is said only once the backend keeps
//! this device's subscription.

use crate::app::state::use_app;
use crate::features::notices::push_words;
use crate::features::notices::texts;
use crate::i18n::context::use_i18n;
use crate::platform::push::{self, Permission};
use leptos::prelude::*;
use okaeri_core::contract::notice_wire::PushSubscription;

/// Where this device stands, as she is told.
#[derive(Clone, Copy, PartialEq)]
enum Device {
    /// Not asked, or turned off: the button to turn it on.
    Off,
    /// Turned off just now.
    TurnedOff,
    On,
    /// Allowed, but the backend sends no pushes.
    NoSender,
    Denied,
    Unsupported,
    Failed,
}

#[component]
pub fn DeviceNotifications() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app().for_page();
    let state = RwSignal::new(match push::permission() {
        Permission::Denied => Device::Denied,
        Permission::Unsupported => Device::Unsupported,
        _ => Device::Off,
    });
    let busy = RwSignal::new(false);
    // Already subscribed here (an earlier visit): say so, with the way to stop.
    leptos::task::spawn_local(async move {
        if push::permission() == Permission::Granted && push::endpoint().await.is_some() {
            state.set(Device::On);
        }
    });
    let turn_on = move |_| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            let client = app.client();
            let next = match push::ask().await {
                Permission::Denied => Device::Denied,
                Permission::Unsupported => Device::Unsupported,
                Permission::Ask => Device::Off,
                Permission::Granted => {
                    push_words::refresh(client.clone(), i18n).await;
                    match client.push_key().await {
                        Ok(None) => Device::NoSender,
                        Ok(Some(key)) => match push::subscribe(&key)
                            .await
                            .and_then(|json| serde_json::from_str::<PushSubscription>(&json).ok())
                        {
                            Some(sub) if client.subscribe_push(&sub).await.is_ok() => Device::On,
                            _ => Device::Failed,
                        },
                        Err(_) => Device::Failed,
                    }
                }
            };
            state.set(next);
            busy.set(false);
        });
    };
    let turn_off = move |_| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            // Ended in the browser first: the push service then refuses anything sent to it,
            // even if the backend cannot be told now.
            if let Some(endpoint) = push::unsubscribe().await {
                let _ = app.client().unsubscribe_push(&endpoint).await;
            }
            state.set(Device::TurnedOff);
            busy.set(false);
        });
    };
    let message = move || match state.get() {
        Device::Off => "",
        Device::TurnedOff => i18n.t(texts::PUSH_OFF_DONE),
        Device::On => i18n.t(texts::PUSH_ON),
        Device::NoSender => i18n.t(texts::PUSH_NO_SENDER),
        Device::Denied => i18n.t(texts::PUSH_DENIED),
        Device::Unsupported => i18n.t(texts::PUSH_UNSUPPORTED),
        Device::Failed => i18n.t(texts::PUSH_FAILED),
    };
    let can_turn_on = move || {
        matches!(
            state.get(),
            Device::Off | Device::TurnedOff | Device::Failed
        )
    };
    view! {
        <div class="device-notifications" role="group" aria-labelledby="push-title">
            <h3 id="push-title" class="small-heading">{i18n.v(texts::PUSH_TITLE)}</h3>
            <p class="hint">{i18n.v(texts::PUSH_HINT)}</p>
            <p role="status" class="save-status">{message}</p>
            <Show when=can_turn_on>
                <button type="button" class="button secondary" prop:disabled=move || busy.get() on:click=turn_on>{i18n.v(texts::PUSH_TURN_ON)}</button>
            </Show>
            <Show when=move || state.get() == Device::On>
                <button type="button" class="button secondary" prop:disabled=move || busy.get() on:click=turn_off>{i18n.v(texts::PUSH_TURN_OFF)}</button>
            </Show>
        </div>
    }
}
