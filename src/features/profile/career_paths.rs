//! 「正社員への道」 on her profile, when regular employment is the direction she chose: the
//! company's next roles that fit her now, the close ones with what is missing, and for her each
//! missing piece as a challenge to ask for, prefilled. Coordinators see the same on her page.

use crate::app::routes::Route;
use crate::app::state::use_app;
use crate::features::profile::texts;
use crate::i18n::context::{use_i18n, I18n};
use crate::i18n::Lang;
use crate::platform::dom::to;
use leptos::prelude::*;
use okaeri_core::domain::board_filter::encode;
use okaeri_core::domain::career::{paths, Gap, NextRole};
use okaeri_core::domain::worker::{Direction, ProfileFields};

fn role_name(lang: Lang, role: &NextRole) -> String {
    if lang == Lang::En && !role.name_en.is_empty() {
        role.name_en.clone()
    } else {
        role.name.clone()
    }
}

/// 「文章作成：できる → 得意」, or 「… → できる」 for a skill she has not named yet.
fn gap_text(i18n: I18n, gap: &Gap) -> String {
    let skill = i18n.t(gap.skill.label_key());
    let needs = i18n.t(gap.needs.label_key());
    match gap.has {
        Some(has) => i18n.f(
            texts::PATHS_GAP,
            &[
                ("skill", skill),
                ("has", i18n.t(has.label_key())),
                ("needs", needs),
            ],
        ),
        None => i18n.f(texts::PATHS_GAP_NEW, &[("skill", skill), ("needs", needs)]),
    }
}

/// The request form, prefilled for this step toward this role.
fn ask_href(i18n: I18n, role: &str, gap: &Gap) -> String {
    let skill = i18n.t(gap.skill.label_key());
    let needs = i18n.t(gap.needs.label_key());
    let title = i18n.f(
        texts::PATHS_REQUEST_TITLE,
        &[("skill", skill), ("needs", needs)],
    );
    let why = i18n.f(texts::PATHS_REQUEST_WHY, &[("role", role)]);
    to(Route::NewRequest.with_query(&format!(
        "skill={}&title={}&why={}",
        gap.skill.id(),
        encode(&title),
        encode(&why)
    )))
}

#[component]
pub fn CareerPaths(fields: Signal<ProfileFields>, is_me: bool) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let roles = LocalResource::new(move || {
        let client = app.client();
        async move { client.roles().await }
    });
    let toward = move || fields.with(|f| f.direction == Some(Direction::TowardsEmployment));
    let shown = move || {
        let roles = roles.get()?.ok()?;
        let lang = i18n.lang();
        let (now, close) = fields.with(|f| {
            let (now, close) = paths(f, &roles);
            let now: Vec<String> = now.into_iter().map(|r| role_name(lang, r)).collect();
            let close: Vec<(String, Vec<Gap>)> = close
                .into_iter()
                .map(|(r, gaps)| (role_name(lang, r), gaps))
                .collect();
            (now, close)
        });
        let fits = if now.is_empty() {
            view! { <p>{i18n.t(texts::PATHS_NONE_YET)}</p> }.into_any()
        } else {
            view! { <ul class="plain-list">{now.into_iter().map(|n| view! { <li><strong>{n}</strong></li> }).collect_view()}</ul> }.into_any()
        };
        let near = close
            .into_iter()
            .map(|(name, gaps)| {
                let steps = gaps
                    .iter()
                    .map(|g| {
                        let link = is_me.then(|| view! {
                            " "<a class="button secondary small" href=ask_href(i18n, &name, g)>{i18n.t(texts::PATHS_ASK)}</a>
                        });
                        view! { <li>{gap_text(i18n, g)}{link}</li> }
                    })
                    .collect_view();
                view! {
                    <li class="path-role">
                        <strong>{name}</strong>
                        <p class="hint">{i18n.t(texts::PATHS_MISSING)}</p>
                        <ul class="plain-list">{steps}</ul>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <h3 class="small-heading">{i18n.t(texts::PATHS_FITS)}</h3>
            {fits}
            <h3 class="small-heading">{i18n.t(texts::PATHS_CLOSE)}</h3>
            <ul class="plain-list path-roles">{near}</ul>
        })
    };
    view! {
        <Show when=toward>
            <section aria-labelledby="paths-title">
                <h2 id="paths-title">{i18n.v(texts::PATHS_TITLE)}</h2>
                <p class="hint">{i18n.v(texts::PATHS_HINT)}</p>
                <Transition fallback=crate::ui::loading::Loading>{shown}</Transition>
            </section>
        </Show>
    }
}
