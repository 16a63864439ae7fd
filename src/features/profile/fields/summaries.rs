//! One line for each group of her answers: onboarding's review and the closed sections of
//! わたしの強み say what is there without opening it.

use crate::features::profile::fields::texts;
use crate::features::profile::fields::words::availability_summary;
use crate::features::profile::fields::work_style_card::{
    channel_key, direction_key, question_style_key, reply_key,
};
use crate::i18n::context::I18n;
use crate::i18n::shared;
use okaeri_core::domain::availability::summarize;
use okaeri_core::domain::worker::{Aspiration, ProfileFields, SkillEntry};

/// The groups of questions, in the order onboarding asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    AboutYou,
    Time,
    Experience,
    WantToTry,
    WorkStyle,
}

/// "データ入力（得意）、SNS運用（できる）".
pub fn skill_levels(i18n: I18n, skills: &[SkillEntry]) -> String {
    skills
        .iter()
        .map(|s| {
            format!(
                "{}（{}）",
                i18n.t(s.skill.label_key()),
                i18n.t(s.level.label_key())
            )
        })
        .collect::<Vec<_>>()
        .join("、")
}

/// "経理・記帳、文章作成": what she would like to try.
pub fn wished_skills(i18n: I18n, aspirations: &[Aspiration]) -> String {
    aspirations
        .iter()
        .map(|a| i18n.t(a.skill.label_key()))
        .collect::<Vec<_>>()
        .join("、")
}

pub fn summary(i18n: I18n, group: Group, f: &ProfileFields) -> String {
    let text = match group {
        Group::AboutYou => {
            let mut parts = vec![f.display_name.clone()];
            if !f.furigana.is_empty() {
                parts.push(format!("（{}）", f.furigana));
            }
            if !f.area.is_empty() {
                parts.push(format!(" · {}", f.area));
            }
            parts.concat()
        }
        Group::Time => {
            let a = &f.availability;
            let mut text = availability_summary(i18n.lang(), &summarize(a));
            if let Some(h) = a.hours_per_week {
                let hours = i18n.f(shared::ONB_REVIEW_HOURS, &[("hours", &h.to_string())]);
                text.push_str(&format!(" · {hours}"));
            }
            text
        }
        Group::Experience => {
            let mut text = skill_levels(i18n, &f.skills);
            if !f.past_work.is_empty() {
                text.push_str(&format!(" · {}", f.past_work));
            }
            text
        }
        Group::WantToTry => {
            let wants = wished_skills(i18n, &f.aspirations);
            let direction = f.direction.map(|d| i18n.t(direction_key(d)));
            [
                wants.as_str(),
                direction.unwrap_or_default(),
                f.horizon.as_str(),
            ]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
        }
        Group::WorkStyle => {
            let s = &f.work_style;
            let mut parts: Vec<&str> = [
                s.question_style.map(question_style_key),
                s.channel.map(channel_key),
                s.reply_window.map(reply_key),
            ]
            .into_iter()
            .flatten()
            .map(|k| i18n.t(k))
            .collect();
            if !s.notes.is_empty() {
                parts.push(&s.notes);
            }
            parts.join(" · ")
        }
    };
    if text.trim().is_empty() {
        i18n.t(texts::COMMON_NOT_SET).to_string()
    } else {
        text
    }
}
