//! 「今週できたこと」 on her home screen: from the weekday she picked to the end of the week,
//! until she has looked back or said 「今週はやめておく」. Nothing else: never a second nudge.

use super::texts;
use crate::api::ApiError;
use crate::app::routes::Route;
use crate::app::state::use_app;
use crate::i18n::context::use_i18n;
use crate::platform::random::uuid_v4;
use crate::ui::error_panel::ErrorPanel;
use leptos::prelude::*;
use okaeri_core::domain::look_back::LookBackInput;

#[component]
pub fn LookBackOffer() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let id = StoredValue::new(app.user().map(|u| u.id).unwrap_or_default());
    let data = LocalResource::new(move || {
        app.track_data();
        let client = app.client();
        async move { client.look_backs(&id.get_value()).await }
    });
    let skipped = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let skip = Action::new_local(move |week: &String| {
        let (client, owner, key) = (app.client(), id.get_value(), uuid_v4());
        let input = LookBackInput {
            week: week.clone(),
            skipped: true,
            ..LookBackInput::default()
        };
        async move {
            match client.settle_look_back(&owner, &input, &key).await {
                Ok(_) => {
                    skipped.try_set(true);
                    app.announce(i18n.t_now(texts::SKIPPED));
                }
                Err(e) => {
                    failure.try_set(Some(e));
                }
            }
        }
    });
    view! {
        {move || {
            if skipped.get() {
                return Some(view! { <p class="card">{i18n.v(texts::SKIPPED)}</p> }.into_any());
            }
            let mine = data.get()?.ok()?;
            if !mine.due {
                return None;
            }
            let week = mine.this_week;
            Some(view! {
                <section class="card look-back-offer" aria-labelledby="look-back-title">
                    <h2 id="look-back-title" class="small-heading">{i18n.v(texts::TITLE)}</h2>
                    <p>{i18n.v(texts::OFFER)}</p>
                    <div class="actions">
                        <a href=Route::LookBack.href() class="button primary">{i18n.v(texts::START)}</a>
                        <button type="button" class="button ghost" disabled=move || skip.pending().get()
                            on:click=move |_| { failure.set(None); skip.dispatch(week.clone()); }>
                            {i18n.v(texts::SKIP)}
                        </button>
                    </div>
                    {move || failure.get().map(|e| view! { <ErrorPanel error=e/> })}
                </section>
            }.into_any())
        }}
    }
}
