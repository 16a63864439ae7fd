//! `/onboarding`: seven gentle steps. Every change is kept on the device at once and sent to
//! the backend shortly after (PUT with If-Match), so leaving at any moment loses nothing.

use crate::app::routes::Route;
use crate::app::session_error::SessionErrorPanel;
use crate::app::state::use_app;
use crate::features::onboarding::texts;
use crate::features::profile::fields::answers::Answers;
use crate::features::profile::fields::conflict_choice::ConflictChoice;
use crate::i18n::context::use_i18n;
use crate::i18n::shared;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::ime;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use crate::ui::save_status::SaveStatus;
use leptos::prelude::*;
use okaeri_core::domain::onboarding::{OnboardingDraft, Step, STEPS};
use okaeri_core::domain::validation::FieldErrors;
use okaeri_core::domain::worker::{Role, User};

#[component]
pub fn Onboarding() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    view! {
        <Suspense fallback=Loading>
            {move || match app.session_state() {
                Some(Ok(user)) if user.role == Role::Worker => view! { <OnboardingLoader user=user/> }.into_any(),
                Some(Ok(_)) => view! {
                    <section class="page">
                        <PageHeading key=texts::ONB_TITLE/>
                        <p>{i18n.v(texts::ONB_COORDINATOR)}</p>
                    </section>
                }.into_any(),
                Some(Err(e)) => view! { <SessionErrorPanel error=e/> }.into_any(),
                None => view! { <Loading/> }.into_any(),
            }}
        </Suspense>
    }
}

#[component]
fn OnboardingLoader(user: User) -> impl IntoView {
    let app = use_app();
    let id = user.id.clone();
    let loaded = LocalResource::new(move || {
        let client = app.client();
        let id = id.clone();
        async move { super::draft_sync::load(&client, &id).await }
    });
    view! {
        <Suspense fallback=Loading>
            {move || loaded.get().map(|start| {
                // Completing happens once: her profile is where she changes things from now on.
                let done = start.value.completed || start.theirs.as_ref().is_some_and(|t| t.completed);
                if done {
                    view! { <AlreadyDone/> }.into_any()
                } else {
                    view! { <Flow user=user.clone() start=start/> }.into_any()
                }
            })}
        </Suspense>
    }
}

/// `/onboarding` after she has registered: no second completion, a way to her profile.
#[component]
fn AlreadyDone() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page onboarding">
            <PageHeading key=texts::ONB_TITLE/>
            <div class="notice card" role="status">
                <p>{i18n.v(texts::ONB_ALREADY_DONE)}</p>
                <a href=Route::MyProfile.href() class="button primary">{i18n.v(texts::ONB_EDIT_PROFILE)}</a>
            </div>
        </section>
    }
}

#[component]
fn Flow(user: User, start: crate::sync::autosave::Start<OnboardingDraft>) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let resumed = start.value.started() && !start.value.completed;
    let sync = super::draft_sync::start(&app.client(), &user.id, start);
    let draft = sync.value;
    let user_id = StoredValue::new(user.id.clone());
    let step = Memo::new(move |_| draft.with(OnboardingDraft::current));
    let answers = Answers::new(
        Memo::new(move |_| draft.with(|d| d.fields.clone())).into(),
        move |edit| sync.change(move |d| edit(&mut d.fields)),
    );
    let errors = RwSignal::new(FieldErrors::default());
    let finished = RwSignal::new(false);
    let finish_error = RwSignal::new(None::<crate::api::ApiError>);

    let go = move |to: Step| {
        errors.set(FieldErrors::default());
        sync.change(move |d| d.step = to.number());
    };
    let next = move || {
        let current = step.get_untracked();
        let problems = draft.with_untracked(|d| d.step_errors(current));
        if !problems.is_empty() {
            errors.set(problems);
            app.announce(i18n.t(shared::ERROR_NAME_REQUIRED));
            crate::platform::dom::focus_by_id("display-name");
            return;
        }
        go(current.next());
    };
    let finish = Action::new_local(move |_: &()| {
        let done = super::draft_sync::finish(sync, app.client(), user_id.get_value());
        async move {
            done.await?;
            // Here, not in an effect of this page: she may have left while it was sent.
            app.data_changed();
            Ok(())
        }
    });
    Effect::new(move |_| {
        if let Some(result) = finish.value().get() {
            match result {
                Ok(()) => {
                    finished.set(true);
                }
                Err(e) => finish_error.set(Some(e)),
            }
        }
    });

    // Enter moves on from a one-line field, but never while an IME is composing Japanese.
    let composing = RwSignal::new(false);
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Enter" {
            return;
        }
        let in_text_line = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
            .is_some_and(|input| {
                !matches!(
                    input.type_().as_str(),
                    "checkbox" | "radio" | "button" | "submit"
                )
            });
        if !in_text_line {
            return;
        }
        ev.prevent_default();
        if composing.get_untracked() || ime::is_composing(&ev) {
            return;
        }
        if step.get_untracked() != Step::Review {
            next();
        }
    };

    let title = Signal::derive(move || i18n.t(step.get().title_key()).to_string());
    let focus_key = Signal::derive(move || step.get().number().to_string());
    let progress = move || {
        i18n.f(
            texts::ONB_PROGRESS,
            &[
                ("n", &step.get().number().to_string()),
                ("total", &STEPS.to_string()),
            ],
        )
    };

    view! {
        <section class="page onboarding">
            <Show when=move || !finished.get() fallback=move || view! { <super::steps::Done/> }>
                <Show when=move || resumed>
                    <p class="notice welcome-back" role="status">{i18n.v(texts::ONB_WELCOME_BACK)}</p>
                </Show>
                <div class="progress-line">
                    <p class="step-count">{progress}</p>
                    <progress max=STEPS value=move || step.get().number() aria-label=progress></progress>
                </div>
                <PageHeading text=title focus_key=focus_key/>
                <form class="step-form" novalidate
                    on:submit=move |ev| { ev.prevent_default(); next(); }
                    on:keydown=on_keydown
                    on:compositionstart=move |_| composing.set(true)
                    on:compositionend=move |_| composing.set(false)
                >
                    {move || match step.get() {
                        Step::Welcome => view! { <super::steps::Welcome/> }.into_any(),
                        Step::AboutYou => view! { <super::steps::AboutYou draft=draft answers=answers errors=errors/> }.into_any(),
                        Step::Time => view! { <super::steps::Time answers=answers/> }.into_any(),
                        Step::Experience => view! { <super::steps::Experience answers=answers/> }.into_any(),
                        Step::WantToTry => view! { <super::steps::WantToTry answers=answers/> }.into_any(),
                        Step::WorkingWithYou => view! { <super::steps::WorkingWithYou answers=answers go=Callback::new(go)/> }.into_any(),
                        Step::Review => view! { <super::steps::Review answers=answers go=Callback::new(go)/> }.into_any(),
                    }}
                    <ConflictChoice sync=sync fields=|d: &OnboardingDraft| &d.fields with_fields=|d: &OnboardingDraft, fields| OnboardingDraft { fields, ..d.clone() }/>
                    {move || finish_error.get().map(|e| view! { <ErrorPanel error=e/> })}
                    <SaveStatus state=sync.state/>
                    <div class="step-actions thumb-zone">
                        <Show when=move || step.get() != Step::Welcome>
                            <button type="button" class="button secondary" on:click=move |_| go(step.get_untracked().back())>{i18n.v(texts::ONB_BACK)}</button>
                        </Show>
                        <Show when=move || !matches!(step.get(), Step::Welcome | Step::AboutYou | Step::Review)>
                            <button type="button" class="button ghost" on:click=move |_| go(step.get_untracked().next())>{i18n.v(texts::ONB_LATER)}</button>
                        </Show>
                        <Show
                            when=move || step.get() == Step::Review
                            fallback=move || view! { <button type="submit" class="button primary">{i18n.v(texts::ONB_NEXT)}</button> }
                        >
                            <button type="button" class="button primary" disabled=move || finish.pending().get()
                                on:click=move |_| { if !finish.pending().get_untracked() { finish.dispatch(()); } }>
                                {i18n.v(texts::ONB_FINISH)}
                            </button>
                        </Show>
                    </div>
                </form>
            </Show>
        </section>
    }
}
