//! An inline message under a field, tied to it with aria-describedby (id = "{field}-error").

use crate::i18n::context::use_i18n;
use leptos::prelude::*;

#[component]
pub fn FieldError(
    #[prop(into)] id: String,
    #[prop(into)] message: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="field-error" id=id role="alert">
            {move || message.get().map(|key| i18n.t(&key).to_string())}
        </p>
    }
}
