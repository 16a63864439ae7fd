//! 「もう一度ログインしてください」: a modal shown when the backend answers 401. The request
//! that got the 401 waits (see `api::sign_in_gate`) and is sent again once she is back, so
//! what she was typing or saving carries on with nothing retyped.

use crate::app::state::use_app;
use crate::features::settings::texts;
use crate::i18n::context::use_i18n;
use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn SignInDialog() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let dialog = NodeRef::<Dialog>::new();
    let code = RwSignal::new(String::new());
    let sign_in_url = app.config().sign_in_url.filter(|u| !u.trim().is_empty());

    let sign_in = Action::new_local(move |code: &String| {
        let client = app.client();
        let code = code.clone();
        async move {
            let result = client.sign_in(&code).await;
            if let Ok(user) = &result {
                app.set_sign_in_needed(false);
                app.announce(i18n.t(texts::SIGNIN_DONE));
                // Someone else now: the app becomes hers (the other person's writes wait).
                if app.user_untracked().is_none_or(|u| u.id != user.id) {
                    app.refetch_session();
                }
            }
            result
        }
    });
    let error = move || {
        sign_in
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| match e {
                crate::api::ApiError::Unauthorized => texts::SIGNIN_WRONG_CODE,
                other => other.message_key(),
            })
    };

    // The native modal keeps focus inside and makes the page behind it inert.
    Effect::new(move |_| {
        let Some(el) = dialog.get() else { return };
        if app.sign_in_needed() {
            if !el.open() {
                sign_in.value().set(None);
                code.set(String::new());
                let _ = el.show_modal();
            }
        } else if el.open() {
            el.close();
        }
    });
    let later = move || {
        app.set_sign_in_needed(false);
        app.client().cancel_sign_in();
    };

    view! {
        <dialog node_ref=dialog class="sign-in-dialog" aria-labelledby="sign-in-title"
            on:cancel=move |ev: web_sys::Event| { ev.prevent_default(); later(); }>
            <h2 id="sign-in-title">{i18n.v(texts::SIGNIN_TITLE)}</h2>
            <p>{i18n.v(texts::SIGNIN_BODY)}</p>
            <form on:submit=move |ev| {
                ev.prevent_default();
                if !sign_in.pending().get_untracked() {
                    sign_in.dispatch(code.get_untracked());
                }
            }>
                <label for="sign-in-code">{i18n.v(texts::SIGNIN_CODE)}</label>
                <input id="sign-in-code" type="password" autocomplete="current-password"
                    aria-describedby="sign-in-error"
                    prop:value=move || code.get()
                    on:input=move |ev| code.set(event_target_value(&ev))/>
                <p id="sign-in-error" class="field-error" role="alert">
                    {move || error().map(|k| i18n.t(k))}
                </p>
                <div class="actions">
                    <button type="submit" class="button primary" disabled=move || sign_in.pending().get()>
                        {i18n.v(texts::SIGNIN_SUBMIT)}
                    </button>
                    <button type="button" class="button ghost" on:click=move |_| later()>
                        {i18n.v(texts::SIGNIN_LATER)}
                    </button>
                </div>
            </form>
            {sign_in_url.map(|url| view! {
                <p class="sign-in-elsewhere">
                    <a href=url target="_blank" rel="noopener">{i18n.v(texts::SIGNIN_COMPANY_PAGE)}</a>
                    " "
                    <button type="button" class="button secondary small" on:click=move |_| {
                        app.set_sign_in_needed(false);
                        leptos::task::spawn_local(async move {
                            app.client().signed_in_elsewhere().await;
                            app.refetch_session();
                        });
                    }>{i18n.v(texts::SIGNIN_DONE_ELSEWHERE)}</button>
                </p>
            })}
        </dialog>
    }
}
