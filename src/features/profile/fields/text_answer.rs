//! A labelled text answer: one line or several, marked required or optional, with a hint and
//! room for an inline error (`{id}-error`).

use crate::i18n::context::use_i18n;
use crate::i18n::shared;
use leptos::prelude::*;

#[component]
pub fn TextAnswer(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] placeholder: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] multiline: bool,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        error_id
    };
    let placeholder = move || placeholder.map(|p| i18n.t(p));
    let input = if multiline {
        view! {
            <textarea id=id rows="3" aria-describedby=described placeholder=placeholder
                prop:value=move || value.get() on:input=move |ev| on_input.run(event_target_value(&ev))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id type="text" aria-describedby=described aria-required=required.to_string() placeholder=placeholder
                prop:value=move || value.get() on:input=move |ev| on_input.run(event_target_value(&ev))/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>
                {i18n.v(label)}
                {if required {
                    view! { <span class="required">{i18n.v(shared::COMMON_REQUIRED)}</span> }.into_any()
                } else {
                    view! { <span class="optional">{i18n.v(shared::COMMON_OPTIONAL)}</span> }.into_any()
                }}
            </label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{i18n.v(h)}</p> })}
            {input}
        </div>
    }
}
