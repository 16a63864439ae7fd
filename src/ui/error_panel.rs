//! A kind sentence and a way forward when something failed.

use crate::api::ApiError;
use crate::i18n::common;
use crate::i18n::context::use_i18n;
use leptos::prelude::*;

#[component]
pub fn ErrorPanel(
    error: ApiError,
    #[prop(optional, into)] on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let key = error.message_key();
    match on_retry {
        Some(retry) => view! { <ErrorMessage key=key on_retry=retry/> }.into_any(),
        None => view! { <ErrorMessage key=key/> }.into_any(),
    }
}

/// The sentence behind `key` (an i18n key), and a retry when there is one.
#[component]
pub fn ErrorMessage(
    key: &'static str,
    #[prop(optional)] on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="error-panel" role="alert">
            <p>{i18n.v(key)}</p>
            {on_retry.map(|retry| view! {
                <button type="button" class="button" on:click=move |_| retry.run(())>{i18n.v(common::COMMON_RETRY)}</button>
            })}
        </div>
    }
}
