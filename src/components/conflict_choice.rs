//! When the backend has another version (412): both versions side by side, one button each.
//! Nothing is overwritten until she chooses.

use crate::i18n::context::{use_i18n, I18n};
use crate::sync::autosave::Autosave;
use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

#[component]
pub fn ConflictChoice<T>(sync: Autosave<T>, summary: fn(I18n, &T) -> Vec<String>) -> impl IntoView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let lines = move |v: &T| {
        summary(i18n, v)
            .into_iter()
            .map(|l| view! { <li>{l}</li> })
            .collect_view()
    };
    view! {
        <Show when=move || sync.theirs.with(Option::is_some)>
            <div class="conflict card" role="alert">
                <h2>{move || i18n.t("conflict.title")}</h2>
                <p>{move || i18n.t("conflict.body")}</p>
                <div class="conflict-columns">
                    <div>
                        <h3>{move || i18n.t("conflict.mine")}</h3>
                        <ul>{move || sync.value.with(lines)}</ul>
                        <button type="button" class="button primary" on:click=move |_| sync.resolve(true)>{move || i18n.t("conflict.keep_mine")}</button>
                    </div>
                    <div>
                        <h3>{move || i18n.t("conflict.theirs")}</h3>
                        <ul>{move || sync.theirs.with(|t| t.as_ref().map(lines))}</ul>
                        <button type="button" class="button secondary" on:click=move |_| sync.resolve(false)>{move || i18n.t("conflict.take_theirs")}</button>
                    </div>
                </div>
            </div>
        </Show>
    }
}
