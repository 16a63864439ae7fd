//! What the profile page derives: evidence per skill, strength tags, the growth timeline and
//! the chart's geometry. Pure functions of the profile, challenges and endorsements.

use super::challenge::Challenge;
use super::endorsement::Endorsement;
use super::fold::name_key;
use super::skill::{Level, Skill};
use super::skill_ref::SkillRef;
use super::worker::Profile;
use crate::domain::look_back::LookBack;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// Up to three skills (her own too) most endorsed by coordinators, most endorsed first.
pub fn strength_tags(endorsements: &[Endorsement]) -> Vec<SkillRef> {
    let mut counts: BTreeMap<SkillRef, (usize, DateTime<Utc>)> = BTreeMap::new();
    for e in endorsements {
        let Some(skill) = e.about() else { continue };
        let entry = counts.entry(skill).or_insert((0, e.at));
        entry.0 += 1;
        entry.1 = entry.1.max(e.at);
    }
    let mut tags: Vec<(SkillRef, (usize, DateTime<Utc>))> = counts.into_iter().collect();
    tags.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(b.1 .1.cmp(&a.1 .1)));
    tags.into_iter().take(3).map(|(s, _)| s).collect()
}

/// One line of the growth timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimelineEvent {
    Level {
        skill: Skill,
        from: Option<Level>,
        to: Level,
        at: DateTime<Utc>,
    },
    Achieved {
        challenge_id: String,
        title: String,
        skill: Option<Skill>,
        at: DateTime<Utc>,
    },
    Endorsed {
        skill: SkillRef,
        message: String,
        by: String,
        /// The challenge it was given for, when it is one of hers.
        challenge: Option<ChallengeRef>,
        at: DateTime<Utc>,
    },
    /// Her weekly look back, with what went well in her words.
    LookedBack {
        went_well: String,
        at: DateTime<Utc>,
    },
}

/// A challenge named where something points at it: its id for the link, its title to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChallengeRef {
    pub id: String,
    pub title: String,
}

/// The challenge an endorsement was given for, if it is among hers.
pub fn endorsed_for(endorsement: &Endorsement, challenges: &[Challenge]) -> Option<ChallengeRef> {
    let id = endorsement.challenge_id.as_deref()?;
    challenges
        .iter()
        .find(|c| c.id == id && c.worker_id == endorsement.worker_id)
        .map(|c| ChallengeRef {
            id: c.id.clone(),
            title: c.request.title.clone(),
        })
}

impl TimelineEvent {
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            TimelineEvent::Level { at, .. }
            | TimelineEvent::Achieved { at, .. }
            | TimelineEvent::Endorsed { at, .. }
            | TimelineEvent::LookedBack { at, .. } => *at,
        }
    }
}

/// Newest first.
pub fn timeline(
    profile: &Profile,
    challenges: &[Challenge],
    endorsements: &[Endorsement],
) -> Vec<TimelineEvent> {
    let mut events: Vec<TimelineEvent> = profile
        .level_history
        .iter()
        .map(|l| TimelineEvent::Level {
            skill: l.skill,
            from: l.from,
            to: l.to,
            at: l.at,
        })
        .collect();
    events.extend(
        challenges
            .iter()
            .filter(|c| c.worker_id == profile.id)
            .filter_map(|c| {
                c.achieved_at().map(|at| TimelineEvent::Achieved {
                    challenge_id: c.id.clone(),
                    title: c.request.title.clone(),
                    skill: c.skill(),
                    at,
                })
            }),
    );
    events.extend(
        endorsements
            .iter()
            .filter(|e| e.worker_id == profile.id)
            .filter_map(|e| {
                Some(TimelineEvent::Endorsed {
                    skill: e.about()?,
                    message: e.message.clone(),
                    by: e.by_name.clone(),
                    challenge: endorsed_for(e, challenges),
                    at: e.at,
                })
            }),
    );
    events.sort_by_key(|e| std::cmp::Reverse(e.at()));
    events
}

/// Her timeline with her weekly look backs among it (her page; her 職務経歴書 leaves them out).
pub fn timeline_with_look_backs(
    profile: &Profile,
    challenges: &[Challenge],
    endorsements: &[Endorsement],
    look_backs: &[LookBack],
) -> Vec<TimelineEvent> {
    let mut events = timeline(profile, challenges, endorsements);
    events.extend(look_backs.iter().map(|l| TimelineEvent::LookedBack {
        went_well: l.answers.went_well.trim().to_string(),
        at: l.at,
    }));
    events.sort_by_key(|e| std::cmp::Reverse(e.at()));
    events
}

/// A skill's level with the evidence behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkillEvidence<'a> {
    pub skill: SkillRef,
    pub level: Option<Level>,
    pub achieved: Vec<&'a Challenge>,
    pub endorsements: Vec<&'a Endorsement>,
}

/// Every skill she has a level in or evidence for: the catalogue's in its order, then her own
/// in hers, then own skills endorsed that she no longer lists (the words stay hers).
pub fn evidence<'a>(
    profile: &Profile,
    challenges: &'a [Challenge],
    endorsements: &'a [Endorsement],
) -> Vec<SkillEvidence<'a>> {
    let f = &profile.fields;
    let hers: Vec<&'a Endorsement> = endorsements
        .iter()
        .filter(|e| e.worker_id == profile.id)
        .collect();
    let mut skills: Vec<SkillRef> = Skill::ALL.into_iter().map(SkillRef::Listed).collect();
    skills.extend(f.own_skills.iter().map(|o| SkillRef::Own(o.name.clone())));
    for e in &hers {
        if let Some(name) = &e.own_skill {
            if !skills.iter().any(|s| s.is_own(name)) {
                skills.push(SkillRef::Own(name.clone()));
            }
        }
    }
    skills
        .into_iter()
        .filter_map(|skill| {
            let level = skill.level_in(f);
            let achieved: Vec<&Challenge> = match skill {
                SkillRef::Listed(s) => challenges
                    .iter()
                    .filter(|c| {
                        c.worker_id == profile.id
                            && c.skill() == Some(s)
                            && c.achieved_at().is_some()
                    })
                    .collect(),
                SkillRef::Own(_) => Vec::new(),
            };
            let endorsed: Vec<&Endorsement> = hers
                .iter()
                .copied()
                .filter(|e| match (&skill, e.skill, &e.own_skill) {
                    (SkillRef::Listed(s), Some(t), _) => *s == t,
                    (SkillRef::Own(n), None, Some(m)) => name_key(n) == name_key(m),
                    _ => false,
                })
                .collect();
            (level.is_some() || !achieved.is_empty() || !endorsed.is_empty()).then_some(
                SkillEvidence {
                    skill,
                    level,
                    achieved,
                    endorsements: endorsed,
                },
            )
        })
        .collect()
}

/// One bar of the strengths chart, in a 0..=100 wide, `row_height` tall coordinate system.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub skill: Skill,
    pub level: Level,
    pub y: f32,
    pub width: f32,
}

pub const CHART_ROW: f32 = 28.0;

/// Bars, one per skill with a level; the width is the level's share of "can teach".
pub fn chart_bars(profile: &Profile) -> Vec<Bar> {
    profile
        .fields
        .skills
        .iter()
        .enumerate()
        .map(|(i, s)| Bar {
            skill: s.skill,
            level: s.level,
            y: i as f32 * CHART_ROW,
            width: f32::from(s.level.rank()) * 25.0,
        })
        .collect()
}

pub fn chart_height(bars: usize) -> f32 {
    (bars.max(1) as f32) * CHART_ROW
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::challenge::{ChallengeRequest, Status};
    use crate::domain::worker::{OwnSkill, Role, User};

    fn t(days: i64) -> DateTime<Utc> {
        DateTime::<Utc>::default() + chrono::Duration::days(days)
    }

    fn endorsement(skill: Skill, days: i64) -> Endorsement {
        Endorsement {
            id: format!("e{days}"),
            worker_id: "w1".into(),
            skill: Some(skill),
            own_skill: None,
            message: "頼みたい".into(),
            challenge_id: None,
            by_id: "c1".into(),
            by_name: "佐藤".into(),
            at: t(days),
        }
    }

    fn profile() -> Profile {
        let mut p = Profile::new("w1", t(0));
        let mut f = p.fields.clone();
        f.set_level(Skill::Writing, Some(Level::Can));
        f.set_level(Skill::SnsOperations, Some(Level::Teach));
        p.apply(f, t(1));
        p
    }

    fn achieved(skill: Skill, days: i64) -> Challenge {
        let worker = User {
            id: "w1".into(),
            name: "けい".into(),
            role: Role::Worker,
        };
        let coordinator = User {
            id: "c1".into(),
            name: "佐藤".into(),
            role: Role::Coordinator,
        };
        let mut c = Challenge::new(
            format!("ch{days}"),
            &worker,
            ChallengeRequest {
                title: "挑戦".into(),
                skill: Some(skill),
                ..Default::default()
            },
            t(0),
        );
        for to in [Status::Discussing, Status::InProgress, Status::Achieved] {
            assert!(c.apply_move(&coordinator, to, "", t(days)).is_ok());
        }
        c
    }

    #[test]
    fn tags_are_the_three_most_endorsed() {
        let e = vec![
            endorsement(Skill::Writing, 1),
            endorsement(Skill::Writing, 2),
            endorsement(Skill::SnsOperations, 3),
            endorsement(Skill::DataEntry, 4),
            endorsement(Skill::Bookkeeping, 5),
        ];
        assert_eq!(
            strength_tags(&e),
            [Skill::Writing, Skill::Bookkeeping, Skill::DataEntry].map(SkillRef::Listed)
        );
        assert!(strength_tags(&[]).is_empty());
    }

    #[test]
    fn timeline_is_newest_first_and_has_every_kind() {
        let p = profile();
        let cs = vec![achieved(Skill::Writing, 5)];
        let es = vec![endorsement(Skill::Writing, 7)];
        let events = timeline(&p, &cs, &es);
        assert_eq!(events.len(), 4);
        assert!(matches!(events[0], TimelineEvent::Endorsed { .. }));
        assert!(matches!(events[1], TimelineEvent::Achieved { .. }));
        assert!(events.windows(2).all(|w| w[0].at() >= w[1].at()));
    }

    #[test]
    fn evidence_joins_levels_challenges_and_endorsements() {
        let p = profile();
        let cs = vec![achieved(Skill::Writing, 5), achieved(Skill::Bookkeeping, 6)];
        let es = vec![endorsement(Skill::Writing, 7)];
        let ev = evidence(&p, &cs, &es);
        let skills: Vec<SkillRef> = ev.iter().map(|e| e.skill.clone()).collect();
        assert_eq!(
            skills,
            [Skill::SnsOperations, Skill::Bookkeeping, Skill::Writing].map(SkillRef::Listed)
        );
        let writing = ev
            .iter()
            .find(|e| e.skill == SkillRef::Listed(Skill::Writing));
        assert!(writing.is_some_and(|w| w.achieved.len() == 1
            && w.endorsements.len() == 1
            && w.level == Some(Level::Can)));
        let book = ev
            .iter()
            .find(|e| e.skill == SkillRef::Listed(Skill::Bookkeeping));
        assert!(book.is_some_and(|b| b.level.is_none()));
    }

    #[test]
    fn her_own_skills_carry_their_endorsements_even_once_she_drops_one() {
        let mut p = profile();
        p.fields.own_skills.push(OwnSkill {
            name: "Canva".into(),
            level: Level::Strong,
            years: None,
        });
        p.fields.own_skills.push(OwnSkill {
            name: "英語".into(),
            level: Level::Can,
            years: None,
        });
        let own = |name: &str, days: i64| Endorsement {
            skill: None,
            own_skill: Some(name.into()),
            ..endorsement(Skill::Writing, days)
        };
        let es = vec![own("Canva", 2), own("Canva", 3), own("Excel マクロ", 4)];
        let ev = evidence(&p, &[], &es);
        let mine: Vec<(SkillRef, Option<Level>, usize)> = ev
            .iter()
            .filter(|e| matches!(e.skill, SkillRef::Own(_)))
            .map(|e| (e.skill.clone(), e.level, e.endorsements.len()))
            .collect();
        assert_eq!(
            mine,
            [
                (SkillRef::Own("Canva".into()), Some(Level::Strong), 2),
                (SkillRef::Own("英語".into()), Some(Level::Can), 0),
                (SkillRef::Own("Excel マクロ".into()), None, 1),
            ]
        );
        assert_eq!(strength_tags(&es)[0], SkillRef::Own("Canva".into()));
        assert!(timeline(&p, &[], &es).iter().any(|e| matches!(
            e,
            TimelineEvent::Endorsed { skill: SkillRef::Own(n), .. } if n == "Excel マクロ"
        )));
    }

    #[test]
    fn an_endorsement_names_the_challenge_it_was_given_for_when_it_is_hers() {
        let cs = vec![achieved(Skill::Writing, 5)];
        let mut given = endorsement(Skill::Writing, 7);
        given.challenge_id = Some("ch5".into());
        let linked = endorsed_for(&given, &cs);
        assert_eq!(
            linked,
            Some(ChallengeRef {
                id: "ch5".into(),
                title: "挑戦".into()
            })
        );
        let events = timeline(&profile(), &cs, std::slice::from_ref(&given));
        assert!(events.iter().any(
            |e| matches!(e, TimelineEvent::Endorsed { challenge, .. } if *challenge == linked)
        ));
        // Unknown, or someone else's: no link rather than a wrong one.
        given.challenge_id = Some("ch-gone".into());
        assert_eq!(endorsed_for(&given, &cs), None);
        let mut theirs = achieved(Skill::Writing, 5);
        theirs.worker_id = "w2".into();
        given.challenge_id = Some("ch5".into());
        assert_eq!(endorsed_for(&given, &[theirs]), None);
        given.challenge_id = None;
        assert_eq!(endorsed_for(&given, &cs), None);
    }

    #[test]
    fn chart_geometry_for_zero_one_and_many() {
        let empty = Profile::new("w1", t(0));
        assert!(chart_bars(&empty).is_empty());
        assert_eq!(chart_height(0), CHART_ROW);
        let mut one = Profile::new("w1", t(0));
        one.fields.set_level(Skill::Writing, Some(Level::Strong));
        assert_eq!(
            chart_bars(&one),
            vec![Bar {
                skill: Skill::Writing,
                level: Level::Strong,
                y: 0.0,
                width: 75.0
            }]
        );
        let mut many = Profile::new("w1", t(0));
        for s in Skill::ALL {
            many.fields.set_level(s, Some(Level::Teach));
        }
        let bars = chart_bars(&many);
        assert_eq!(bars.len(), 8);
        assert!(bars.iter().all(|b| (b.width - 100.0).abs() < f32::EPSILON));
        assert!((bars[7].y - 7.0 * CHART_ROW).abs() < f32::EPSILON);
        assert!((chart_height(8) - 8.0 * CHART_ROW).abs() < f32::EPSILON);
    }
}
