//! `/look-back`: her questions, then the suggestions the week brings (each accepted or
//! dismissed with one tap), then her look back kept. Her answers stay on this device as she
//! types (`draft`), and a look back that cannot go now waits in the outbox: none of it is lost.

use super::{draft, texts};
use crate::api::{ApiError, Client};
use crate::app::routes::Route;
use crate::app::state::use_app;
use crate::i18n::context::{use_i18n, I18n};
use crate::platform::dom::to;
use crate::platform::random::uuid_v4;
use crate::sync::outbox::entry::PendingWrite;
use crate::sync::outbox::use_outbox;
use crate::ui::error_panel::ErrorPanel;
use crate::ui::loading::Loading;
use crate::ui::page_heading::PageHeading;
use chrono::Utc;
use leptos::prelude::*;
use okaeri_core::domain::board_filter::encode;
use okaeri_core::domain::challenge::Challenge;
use okaeri_core::domain::endorsement::Endorsement;
use okaeri_core::domain::look_back::{
    suggestions, LookBackAnswers, LookBackInput, LookBacks, Suggestion, ANSWER_MAX,
};
use okaeri_core::domain::worker::{Profile, Role};

/// What the suggestions are made from (her profile and the week's events), and her look backs.
#[derive(Clone)]
struct Week {
    profile: Profile,
    challenges: Vec<Challenge>,
    endorsements: Vec<Endorsement>,
    look_backs: LookBacks,
}

async fn load(client: Client, id: String) -> Result<Week, ApiError> {
    let profile = client.get_worker(&id).await?.value;
    let look_backs = client.look_backs(&id).await?;
    let endorsements = client.list_endorsements(&id).await.unwrap_or_default();
    let challenges = client.list_challenges(Some(&id)).await.unwrap_or_default();
    Ok(Week {
        profile,
        challenges,
        endorsements,
        look_backs,
    })
}

#[component]
pub fn LookBackPage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    // Opened directly, the page comes before her session: it loads once she is known.
    let data = LocalResource::new(move || {
        let (client, me) = (app.client(), app.user());
        async move {
            match me {
                Some(me) if me.role == Role::Worker => Some(load(client, me.id).await),
                _ => None,
            }
        }
    });
    view! {
        <section class="page look-back">
            <PageHeading key=texts::TITLE/>
            {move || match (app.session_state(), data.get()) {
                (Some(Ok(me)), _) if me.role == Role::Coordinator => view! { <p>{i18n.v(texts::FOR_WORKERS)}</p> }.into_any(),
                (Some(Err(e)), _) | (_, Some(Some(Err(e)))) => view! { <ErrorPanel error=e on_retry=Callback::new(move |_| data.refetch())/> }.into_any(),
                (_, Some(Some(Ok(week)))) if !week.profile.onboarded => view! {
                    <a href=Route::Onboarding.href() class="button primary big">{i18n.v(crate::i18n::common::HOME_START_ONBOARDING)}</a>
                }.into_any(),
                (_, Some(Some(Ok(week)))) => untrack(|| view! { <Flow week=week/> }.into_any()),
                _ => view! { <Loading/> }.into_any(),
            }}
        </section>
    }
}

/// Where she is in it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Questions,
    Suggestions,
    Kept { queued: bool },
}

#[component]
fn Flow(week: Week) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let outbox = use_outbox();
    let user = week.profile.id.clone();
    // Her week as the backend counts it, in her time zone.
    let this_week = week.look_backs.this_week.clone();
    if week.look_backs.settled_week.as_ref() == Some(&this_week) {
        return view! {
            <p class="card">{i18n.v(texts::NOT_DUE)}</p>
            <a href=Route::MyProfile.href() class="button secondary">{i18n.v(texts::SEE_STRENGTHS)}</a>
        }
        .into_any();
    }
    let answers = RwSignal::new(draft::load(&user, &this_week));
    let step = RwSignal::new(Step::Questions);
    let offered = StoredValue::new(Vec::<Suggestion>::new());
    // Each suggestion's answer: yes, no, or not yet.
    let choices = RwSignal::new(Vec::<Option<bool>>::new());
    let failure = RwSignal::new(None::<ApiError>);
    // One Idempotency-Key for this look back, however often she retries.
    let key = StoredValue::new(uuid_v4());
    let (user, this_week) = (StoredValue::new(user), StoredValue::new(this_week));
    let week = StoredValue::new(week);

    let edit = move |field: fn(&mut LookBackAnswers) -> &mut String, text: String| {
        answers.update(|a| *field(a) = text);
        answers.with_untracked(|a| draft::keep(&user.get_value(), &this_week.get_value(), a));
    };
    let to_suggestions = move || {
        let made = week.with_value(|w| {
            answers.with_untracked(|a| {
                suggestions(&w.profile, &w.challenges, &w.endorsements, a, Utc::now())
            })
        });
        choices.set(vec![None; made.len()]);
        offered.set_value(made);
        step.set(Step::Suggestions);
    };
    let accepted = move || -> Vec<Suggestion> {
        let chosen = choices.get_untracked();
        offered
            .get_value()
            .into_iter()
            .zip(chosen)
            .filter_map(|(s, c)| (c == Some(true)).then_some(s))
            .collect()
    };
    let save = Action::new_local(move |_: &()| {
        let client = app.client();
        let (owner, key) = (user.get_value(), key.get_value());
        let input = LookBackInput {
            week: this_week.get_value(),
            skipped: false,
            answers: answers.get_untracked(),
            accepted: accepted(),
        };
        async move {
            let queued = match client.settle_look_back(&owner, &input, &key).await {
                Ok(_) => false,
                Err(e) if e.is_transient() && !client.is_embedded() => {
                    let label = i18n.t_now(texts::QUEUE_LABEL);
                    if !outbox
                        .enqueue(PendingWrite::look_back(key, &owner, &input, label))
                        .await
                    {
                        failure.try_set(Some(e));
                        return;
                    }
                    true
                }
                Err(e) => {
                    failure.try_set(Some(e));
                    return;
                }
            };
            draft::forget(&owner);
            app.announce(i18n.t_now(if queued { texts::QUEUED } else { texts::SAVED }));
            app.data_changed();
            step.try_set(Step::Kept { queued });
        }
    });

    let question = move |id: &'static str,
                         label: &'static str,
                         field: fn(&mut LookBackAnswers) -> &mut String| {
        view! {
            <div class="field">
                <label for=id>{i18n.v(label)}</label>
                <textarea id=id rows="2" maxlength=ANSWER_MAX.to_string()
                    prop:value=move || answers.with(|a| field(&mut a.clone()).clone())
                    on:input=move |ev| edit(field, event_target_value(&ev))></textarea>
            </div>
        }
    };
    view! {
        {move || match step.get() {
            Step::Questions => view! {
                <form class="card" on:submit=move |ev| { ev.prevent_default(); to_suggestions(); }>
                    <p class="hint">{i18n.v(texts::INTRO)}</p>
                    {question("went-well", texts::WENT_WELL, |a| &mut a.went_well)}
                    {question("more-of", texts::MORE_OF, |a| &mut a.more_of)}
                    {question("hard", texts::HARD, |a| &mut a.hard)}
                    <div class="actions">
                        <button type="submit" class="button primary">{i18n.v(texts::NEXT)}</button>
                    </div>
                </form>
            }.into_any(),
            Step::Suggestions => view! {
                <section class="card" aria-labelledby="suggestions-title">
                    <h2 id="suggestions-title">{i18n.v(texts::SUGGESTIONS)}</h2>
                    {move || offered.with_value(Vec::is_empty).then(|| view! { <p>{i18n.v(texts::NO_SUGGESTIONS)}</p> })}
                    <ul class="plain-list suggestions">
                        {offered.get_value().into_iter().enumerate().map(|(i, s)| suggestion_row(i18n, i, &s, choices)).collect_view()}
                    </ul>
                    {move || failure.get().map(|e| view! { <ErrorPanel error=e/> })}
                    <div class="actions">
                        <button type="button" class="button secondary" on:click=move |_| step.set(Step::Questions)>{i18n.v(texts::BACK)}</button>
                        <button type="button" class="button primary" disabled=move || save.pending().get()
                            on:click=move |_| { failure.set(None); save.dispatch(()); }>
                            {move || i18n.t(if save.pending().get() { texts::SAVING } else { texts::SAVE })}
                        </button>
                    </div>
                </section>
            }.into_any(),
            Step::Kept { queued } => kept_view(i18n, queued, accepted()).into_any(),
        }}
    }
    .into_any()
}

/// One suggestion as a question, with 「はい」 and 「いいえ」 (pressed when chosen).
fn suggestion_row(
    i18n: I18n,
    i: usize,
    s: &Suggestion,
    choices: RwSignal<Vec<Option<bool>>>,
) -> impl IntoView {
    let s = s.clone();
    let question = move || sentence(i18n, &s, texts::SUGGEST_LEVEL, texts::SUGGEST_CHALLENGE);
    let id = format!("suggestion-{i}");
    let labelled_by = id.clone();
    let chosen = move || choices.with(|c| c.get(i).copied().flatten());
    let choose = move |yes: bool| choices.update(|c| c[i] = Some(yes));
    view! {
        <li class="suggestion">
            <div role="group" aria-labelledby=labelled_by>
                <p id=id>{question}</p>
                <div class="actions">
                    <button type="button" class="button secondary" aria-pressed=move || (chosen() == Some(true)).to_string()
                        on:click=move |_| choose(true)>{i18n.v(texts::YES)}</button>
                    <button type="button" class="button ghost" aria-pressed=move || (chosen() == Some(false)).to_string()
                        on:click=move |_| choose(false)>{i18n.v(texts::NO)}</button>
                </div>
            </div>
        </li>
    }
}

/// A suggestion in words: a level with `level_key`, a challenge with `challenge_key`.
fn sentence(i18n: I18n, s: &Suggestion, level_key: &str, challenge_key: &str) -> String {
    match s {
        Suggestion::Level { skill, to, .. } => i18n.f(
            level_key,
            &[
                ("skill", i18n.t(skill.label_key())),
                ("level", i18n.t(to.label_key())),
            ],
        ),
        Suggestion::Challenge { title } => i18n.f(challenge_key, &[("title", title)]),
    }
}

/// After: what was kept, the levels she raised, and each challenge she wants to ask for.
fn kept_view(i18n: I18n, queued: bool, accepted: Vec<Suggestion>) -> impl IntoView {
    let rows = accepted
        .into_iter()
        .map(|s| match &s {
            Suggestion::Level { .. } => {
                view! { <li>{move || sentence(i18n, &s, texts::LEVEL_DONE, texts::ASK_CHALLENGE)}</li> }
                    .into_any()
            }
            Suggestion::Challenge { title } => {
                let href = to(Route::NewRequest.with_query(&format!(
                    "title={}&why={}",
                    encode(title),
                    encode(i18n.t_now(texts::CHALLENGE_WHY))
                )));
                view! { <li><a class="button primary" href=href>{move || sentence(i18n, &s, texts::LEVEL_DONE, texts::ASK_CHALLENGE)}</a></li> }
                    .into_any()
            }
        })
        .collect_view();
    view! {
        <div class="card" role="status">
            <p>{move || i18n.t(if queued { texts::QUEUED } else { texts::SAVED })}</p>
        </div>
        <ul class="plain-list">{rows}</ul>
        <a href=Route::MyProfile.href() class="button secondary">{i18n.v(texts::SEE_STRENGTHS)}</a>
    }
}
