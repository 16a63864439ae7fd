//! The weekday her look back is offered from, on the settings page: saved as she picks it.

use super::texts;
use crate::api::ApiError;
use crate::app::state::use_app;
use crate::i18n::context::use_i18n;
use crate::i18n::dates::weekday_long;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::loading::Loading;
use chrono::Weekday;
use leptos::prelude::*;

#[component]
pub fn LookBackDay() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let id = StoredValue::new(app.user().map(|u| u.id).unwrap_or_default());
    let data = LocalResource::new(move || {
        let client = app.client();
        async move { client.look_backs(&id.get_value()).await.map(|l| l.day) }
    });
    let saved = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let save = Action::new_local(move |day: &u8| {
        let (client, day) = (app.client(), *day);
        async move {
            match client.set_look_back_day(&id.get_value(), day).await {
                Ok(_) => {
                    saved.try_set(true);
                }
                Err(e) => {
                    failure.try_set(Some(e));
                }
            }
        }
    });
    let days = || (1u8..=7).filter_map(|d| Some((d, Weekday::try_from(d - 1).ok()?)));
    view! {
        <section class="card" aria-labelledby="look-back-day-title">
            <h2 id="look-back-day-title">{i18n.v(texts::TITLE)}</h2>
            // A calm line while her day loads, so the page does not grow under her finger.
            <Suspense fallback=Loading>
                {move || data.get().map(|day| match day {
                    Err(e) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| data.refetch())/> }.into_any(),
                    Ok(day) => view! {
                        <div class="field">
                            <label for="look-back-day">{i18n.v(texts::DAY)}</label>
                            <select id="look-back-day" aria-describedby="look-back-day-hint"
                                on:change=move |ev| {
                                    saved.set(false);
                                    failure.set(None);
                                    if let Ok(d) = event_target_value(&ev).parse::<u8>() {
                                        save.dispatch(d);
                                    }
                                }>
                                {days().map(|(d, weekday)| view! {
                                    <option value=d.to_string() selected=d == day>{move || weekday_long(i18n.lang(), weekday)}</option>
                                }).collect_view()}
                            </select>
                            <p class="hint" id="look-back-day-hint">{i18n.v(texts::DAY_HINT)}</p>
                        </div>
                    }.into_any(),
                })}
            </Suspense>
            <div role="status">{move || saved.get().then(|| i18n.t(texts::DAY_SAVED))}</div>
            {move || failure.get().map(|e| view! { <ErrorPanel error=e/> })}
        </section>
    }
}
