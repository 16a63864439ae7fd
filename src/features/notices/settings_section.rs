//! On the settings page: for each kind of notice her role receives, when it may interrupt her —
//! すぐ知らせる, 時間内だけ (the default) or 知らせない. Saved as she chooses; said saved only
//! once the backend has it, and a failed save keeps her choice on screen with a retry.

use crate::app::state::use_app;
use crate::features::notices::texts;
use crate::i18n::context::use_i18n;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::loading::Loading;
use leptos::prelude::*;
use okaeri_core::domain::notice::{Delivery, NoticeKind, NoticeSettings};

fn kind_key(kind: NoticeKind) -> &'static str {
    match kind {
        NoticeKind::Request => "notices.kind.request",
        NoticeKind::Move => "notices.kind.move",
        NoticeKind::Comment => "notices.kind.comment",
        NoticeKind::Endorsement => "notices.kind.endorsement",
        NoticeKind::DayOff => "notices.kind.day_off",
        NoticeKind::LookBack => "notices.kind.look_back",
    }
}

fn delivery_key(d: Delivery) -> &'static str {
    match d {
        Delivery::Now => "notices.delivery.now",
        Delivery::InHours => "notices.delivery.in_hours",
        Delivery::Never => "notices.delivery.never",
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Saving {
    Idle,
    Saved,
    Failed,
}

#[component]
pub fn NoticeSettingsSection() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app().for_page();
    // Once she is known: on a deep link to 設定 her choices were asked for twice (`once_known`).
    let loaded = app.once_known(move || {
        let client = app.client();
        async move { client.notice_settings().await }
    });
    let settings = RwSignal::new(None::<NoticeSettings>);
    Effect::new(move |_| {
        if let Some(Some(Ok(s))) = loaded.get() {
            settings.set(Some(s));
        }
    });
    let state = RwSignal::new(Saving::Idle);
    let save = Action::new_local(move |s: &NoticeSettings| {
        let (client, s) = (app.client(), s.clone());
        async move { client.save_notice_settings(&s).await }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(_)) => {
            state.set(Saving::Saved);
            // A kind turned off stops on this device's notifications too.
            let client = app.client();
            leptos::task::spawn_local(async move {
                super::push_words::refresh(client, i18n).await;
            });
        }
        Some(Err(_)) => state.set(Saving::Failed),
        None => {}
    });
    let send = move || {
        if let Some(s) = settings.get_untracked() {
            state.set(Saving::Idle);
            save.dispatch(s);
        }
    };
    let kinds = move || {
        app.user()
            .map(|u| NoticeKind::for_role(u.role).to_vec())
            .unwrap_or_default()
    };
    let rows = move || {
        kinds()
            .into_iter()
            .map(|kind| {
                let id = format!("notice-{}", kind.id());
                let chosen = move || settings.with(|s| s.as_ref().map(|s| s.delivery(kind)).unwrap_or_default());
                view! {
                    <div class="field">
                        <label for=id.clone()>{i18n.v(kind_key(kind))}</label>
                        <select id=id prop:value=move || chosen().id() on:change=move |ev| {
                            if let Some(d) = Delivery::from_id(&event_target_value(&ev)) {
                                settings.update(|s| if let Some(s) = s { s.kinds.insert(kind, d); });
                                send();
                            }
                        }>
                            {Delivery::ALL.into_iter().map(|d| view! {
                                <option value=d.id() selected=move || chosen() == d>{move || i18n.t(delivery_key(d))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="notice-settings-title">
            <h2 id="notice-settings-title">{i18n.v(texts::SETTINGS_TITLE)}</h2>
            <p class="hint">{i18n.v(texts::SETTINGS_HINT)}</p>
            <Suspense fallback=Loading>
                {move || match loaded.get().flatten() {
                    Some(Err(e)) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| loaded.refetch())/> }.into_any(),
                    Some(Ok(_)) => rows.into_any(),
                    None => view! { <Loading/> }.into_any(),
                }}
            </Suspense>
            <p role="status" class="save-status">
                {move || match state.get() {
                    Saving::Saved => i18n.t(texts::SETTINGS_SAVED),
                    _ => "",
                }}
            </p>
            <Show when=move || state.get() == Saving::Failed>
                <p class="error-panel" role="alert">{i18n.v(texts::SETTINGS_NOT_SAVED)}</p>
                <button type="button" class="button secondary" on:click=move |_| send()>{i18n.v(texts::SETTINGS_RETRY)}</button>
            </Show>
            <super::device_section::DeviceNotifications/>
        </section>
    }
}
