//! A path to regular employment: the next roles a home-team company offers (営業事務, 経理事務 …),
//! each naming the skills and levels it asks for, and how far she is from each — fits now,
//! close (what is missing, each a challenge she can ask for), or further away.

use super::skill::{Level, Skill};
use super::worker::ProfileFields;
use serde::{Deserialize, Serialize};

/// A skill at a level, as a role asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirement {
    pub skill: Skill,
    pub level: Level,
}

/// A role she could grow into. A company supplies its own (`GET /roles`); names are its words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextRole {
    pub id: String,
    pub name: String,
    /// The name in English, where the company gives one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name_en: String,
    pub needs: Vec<Requirement>,
}

/// A skill she has below what a role asks (or not at all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    pub skill: Skill,
    pub has: Option<Level>,
    pub needs: Level,
}

/// How far she is from a role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fit {
    Now,
    /// One or two skills short: each a next step.
    Close(Vec<Gap>),
    Far(Vec<Gap>),
}

/// Close means at most this many skills short.
pub const CLOSE_GAPS: usize = 2;

pub fn fit(f: &ProfileFields, role: &NextRole) -> Fit {
    let gaps: Vec<Gap> = role
        .needs
        .iter()
        .filter_map(|r| {
            let has = f.level_of(r.skill);
            (has < Some(r.level)).then_some(Gap {
                skill: r.skill,
                has,
                needs: r.level,
            })
        })
        .collect();
    match gaps.len() {
        0 => Fit::Now,
        n if n <= CLOSE_GAPS => Fit::Close(gaps),
        _ => Fit::Far(gaps),
    }
}

/// The roles that fit now, and the close ones nearest first (fewest gaps).
pub fn paths<'a>(
    f: &ProfileFields,
    roles: &'a [NextRole],
) -> (Vec<&'a NextRole>, Vec<(&'a NextRole, Vec<Gap>)>) {
    let mut now = Vec::new();
    let mut close = Vec::new();
    for role in roles {
        match fit(f, role) {
            Fit::Now => now.push(role),
            Fit::Close(gaps) => close.push((role, gaps)),
            Fit::Far(_) => {}
        }
    }
    close.sort_by_key(|(_, gaps)| gaps.len());
    (now, close)
}

fn role(id: &str, name: &str, name_en: &str, needs: &[(Skill, Level)]) -> NextRole {
    NextRole {
        id: id.into(),
        name: name.into(),
        name_en: name_en.into(),
        needs: needs
            .iter()
            .map(|(skill, level)| Requirement {
                skill: *skill,
                level: *level,
            })
            .collect(),
    }
}

/// The roles a home-team company typically offers, until it supplies its own.
pub fn default_roles() -> Vec<NextRole> {
    use Level::*;
    use Skill::*;
    vec![
        role(
            "sales_admin",
            "営業事務",
            "Sales administration",
            &[
                (SalesAssistant, Strong),
                (DataEntry, Strong),
                (Writing, Can),
            ],
        ),
        role(
            "accounting_clerk",
            "経理事務",
            "Accounting clerk",
            &[
                (Bookkeeping, Strong),
                (Spreadsheet, Strong),
                (DataEntry, Can),
            ],
        ),
        role(
            "sns_marketing",
            "SNSマーケティング担当",
            "Social media marketing",
            &[
                (SnsOperations, Strong),
                (Writing, Strong),
                (SimpleDesign, Can),
            ],
        ),
        role(
            "customer_support",
            "カスタマーサポート",
            "Customer support",
            &[(CustomerSupport, Strong), (Writing, Can)],
        ),
        role(
            "web_design_assistant",
            "Webデザインアシスタント",
            "Web design assistant",
            &[(SimpleDesign, Strong), (SnsOperations, Can)],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::worker::SkillEntry;

    fn with(levels: &[(Skill, Level)]) -> ProfileFields {
        ProfileFields {
            skills: levels
                .iter()
                .map(|(skill, level)| SkillEntry {
                    skill: *skill,
                    level: *level,
                    years: None,
                })
                .collect(),
            ..ProfileFields::default()
        }
    }

    #[test]
    fn a_role_fits_when_every_skill_is_at_its_level_or_above() {
        let roles = default_roles();
        let f = with(&[
            (Skill::SalesAssistant, Level::Teach),
            (Skill::DataEntry, Level::Strong),
            (Skill::Writing, Level::Can),
            (Skill::SnsOperations, Level::Teach),
        ]);
        let (now, close) = paths(&f, &roles);
        let now: Vec<&str> = now.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(now, ["sales_admin"]);
        // SNS: writing one level short and design missing: close, with both named.
        let sns = close.iter().find(|(r, _)| r.id == "sns_marketing");
        let gaps = sns.map(|(_, g)| g.clone()).unwrap_or_default();
        assert_eq!(
            gaps,
            [
                Gap {
                    skill: Skill::Writing,
                    has: Some(Level::Can),
                    needs: Level::Strong
                },
                Gap {
                    skill: Skill::SimpleDesign,
                    has: None,
                    needs: Level::Can
                }
            ]
        );
    }

    #[test]
    fn three_skills_short_is_further_than_close_and_nearest_come_first() {
        let roles = default_roles();
        let (now, close) = paths(&ProfileFields::default(), &roles);
        assert!(now.is_empty());
        // With nothing yet, only the two-skill roles are close.
        let ids: Vec<&str> = close.iter().map(|(r, _)| r.id.as_str()).collect();
        assert_eq!(ids, ["customer_support", "web_design_assistant"]);
        let f = with(&[(Skill::CustomerSupport, Level::Strong)]);
        let (_, close) = paths(&f, &roles);
        assert_eq!(
            close.first().map(|(r, g)| (r.id.as_str(), g.len())),
            Some(("customer_support", 1))
        );
    }
}
