//! `/workers/:id/card?as=resume`: her 職務経歴書, laid out for A4 paper (the browser's "save as PDF" makes
//! the PDF). What she can show an employer: her strengths with their evidence, qualifications,
//! past work, her growth in Okaeri and how she would like to work. Family notes never appear.

use crate::features::profile::fields::words::{availability_summary, skill_name};
use crate::features::profile::fields::work_style_card::direction_key;
use crate::features::profile::texts;
use crate::features::profile::worker::{route_profile, timeline_sentence};
use crate::i18n::context::use_i18n;
use crate::i18n::dates::format_date;
use crate::ui::page_heading::PageHeading;
use leptos::prelude::*;
use okaeri_core::domain::availability::summarize;
use okaeri_core::domain::skill_ref::SkillRef;
use okaeri_core::domain::strengths::{evidence, strength_tags, timeline};
use okaeri_core::domain::worker::ProfileFields;

fn years_of(f: &ProfileFields, skill: &SkillRef) -> Option<u8> {
    match skill {
        SkillRef::Listed(s) => f.skills.iter().find(|e| e.skill == *s)?.years,
        SkillRef::Own(name) => {
            f.own_skills
                .iter()
                .find(|o| skill.is_own(&o.name) || o.name == *name)?
                .years
        }
    }
}

#[component]
pub fn Resume() -> impl IntoView {
    // Written for an employer: in standard Japanese even while she reads plain Japanese.
    let i18n = use_i18n().for_others();
    provide_context(i18n);
    route_profile(move |d| {
        {
            let lang = i18n.lang.get_untracked();
            // Her family context (a pick-up time's note) is for her coordinators only.
            let f = d.profile.fields.clone().without_family_notes();
            let today = format_date(lang, chrono::Local::now().date_naive());
            let evidence = evidence(&d.profile, &d.challenges, &d.endorsements);
            let has_skills = !evidence.is_empty();
            let skills = evidence
                        .into_iter()
                        .map(|ev| {
                            let name = skill_name(lang, &ev.skill);
                            let level = ev.level.map(|l| i18n.t(l.label_key()).to_string()).unwrap_or_default();
                            let years = years_of(&f, &ev.skill)
                                .map(|y| i18n.counted(texts::RESUME_YEARS, "n", y as usize))
                                .unwrap_or_default();
                            let proof: Vec<String> = ev.achieved.iter().map(|c| i18n.f(texts::TIMELINE_ACHIEVED, &[("title", &c.request.title)]))
                                .chain(ev.endorsements.iter().map(|e| format!("「{}」 — {}", e.message, e.by_name)))
                                .collect();
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td>{level}</td>
                                    <td>{years}</td>
                                    <td><ul class="plain-list">{proof.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul></td>
                                </tr>
                            }
                        })
                        .collect_view();
            let tags: Vec<String> = strength_tags(&d.endorsements)
                .iter()
                .map(|s| skill_name(lang, s))
                .collect();
            let qualifications = f
                .qualifications
                .iter()
                .map(|q| {
                    let text = match q.year {
                        Some(y) => i18n.f(
                            texts::QUALIFICATION_WITH_YEAR,
                            &[("name", &q.name), ("year", &y.to_string())],
                        ),
                        None => q.name.clone(),
                    };
                    view! { <li>{text}</li> }
                })
                .collect_view();
            // Without her weekly look backs: hers and her team's, not an employer's.
            let events = timeline(&d.profile, &d.challenges, &d.endorsements);
            let has_growth = !events.is_empty();
            let growth = events
                        .into_iter()
                        .map(|e| view! { <li><time>{format_date(lang, e.at().date_naive())}</time>" "{timeline_sentence(i18n, &e)}</li> })
                        .collect_view();
            let mut wishes: Vec<(&'static str, String)> = Vec::new();
            if let Some(dir) = f.direction {
                wishes.push((
                    texts::RESUME_DIRECTION,
                    i18n.t(direction_key(dir)).to_string(),
                ));
            }
            if let Some(h) = f.availability.hours_per_week {
                wishes.push((
                    texts::RESUME_HOURS,
                    i18n.counted(texts::RESUME_HOURS_VALUE, "n", h as usize),
                ));
            }
            wishes.push((
                texts::RESUME_TIMES,
                availability_summary(lang, &summarize(&f.availability)),
            ));
            let name = if f.furigana.is_empty() || f.furigana == f.display_name {
                f.display_name.clone()
            } else {
                format!("{}（{}）", f.display_name, f.furigana)
            };
            view! {
                        <article class="page resume">
                            <PageHeading key=texts::RESUME_TITLE/>
                            <p class="resume-meta">{i18n.f(texts::RESUME_AS_OF, &[("date", &today)])}</p>
                            <dl class="resume-who">
                                <div class="card-row"><dt>{i18n.t(texts::RESUME_NAME)}</dt><dd>{name}</dd></div>
                                {(!f.area.is_empty()).then(|| view! { <div class="card-row"><dt>{i18n.t(texts::RESUME_AREA)}</dt><dd>{f.area.clone()}</dd></div> })}
                            </dl>
                            {(!f.strength_statement.is_empty() || !tags.is_empty()).then(|| view! {
                                <section aria-labelledby="resume-pr">
                                    <h2 id="resume-pr">{i18n.t(texts::RESUME_PR)}</h2>
                                    <p>{f.strength_statement.clone()}</p>
                                    {(!tags.is_empty()).then(|| view! { <p>{i18n.f(texts::RESUME_STRENGTHS, &[("skills", &tags.join("、"))])}</p> })}
                                </section>
                            })}
                            {has_skills.then(|| view! { <section aria-labelledby="resume-skills">
                                <h2 id="resume-skills">{i18n.t(texts::RESUME_SKILLS)}</h2>
                                <table class="resume-table">
                                    <thead><tr>
                                        <th scope="col">{i18n.t(texts::RESUME_SKILL)}</th>
                                        <th scope="col">{i18n.t(texts::RESUME_LEVEL)}</th>
                                        <th scope="col">{i18n.t(texts::RESUME_EXPERIENCE)}</th>
                                        <th scope="col">{i18n.t(texts::RESUME_EVIDENCE)}</th>
                                    </tr></thead>
                                    <tbody>{skills}</tbody>
                                </table>
                            </section> })}
                            {(!f.qualifications.is_empty()).then(|| view! {
                                <section aria-labelledby="resume-qualifications">
                                    <h2 id="resume-qualifications">{i18n.t(texts::RESUME_QUALIFICATIONS)}</h2>
                                    <ul>{qualifications}</ul>
                                </section>
                            })}
                            {(!f.past_work.is_empty()).then(|| view! {
                                <section aria-labelledby="resume-past">
                                    <h2 id="resume-past">{i18n.t(texts::RESUME_PAST_WORK)}</h2>
                                    <p class="resume-text">{f.past_work.clone()}</p>
                                </section>
                            })}
                            {has_growth.then(|| view! {
                                <section aria-labelledby="resume-growth">
                                    <h2 id="resume-growth">{i18n.t(texts::RESUME_GROWTH)}</h2>
                                    <ol class="plain-list">{growth}</ol>
                                </section>
                            })}
                            <section aria-labelledby="resume-wishes">
                                <h2 id="resume-wishes">{i18n.t(texts::RESUME_WISHES)}</h2>
                                <dl>{wishes.into_iter().map(|(k, v)| view! { <div class="card-row"><dt>{i18n.t(k)}</dt><dd>{v}</dd></div> }).collect_view()}</dl>
                            </section>
                            <button type="button" class="button primary no-print" on:click=|_| crate::platform::dom::print_page()>{i18n.v(texts::RESUME_PRINT)}</button>
                        </article>
                    }.into_any()
        }
    })
}
