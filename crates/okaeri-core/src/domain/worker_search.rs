//! Coordinators finding the right person: words, filters and order for the list of workers,
//! and the matching view's question, "who can do X at level L or above, and when can I reach
//! her; who wants to try X". Lives in the address, as the board's filters do.

use super::availability::Reach;
use super::board_filter::encode;
use super::days_off::off_on;
use super::fold::fold;
use super::quiet_hours::next_reachable;
use super::skill::{Level, Skill};
use super::skill_ref::SkillRef;
use super::worker::Profile;
use chrono::{DateTime, Utc};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Name,
    /// Reachable now first, then whoever can be reached soonest.
    NextReachable,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkerQuery {
    /// Words, each of which must appear in her name, statement, skills or wishes.
    pub words: String,
    /// A catalogue skill or one some worker named herself.
    pub skill: Option<SkillRef>,
    /// With `skill`: that level or above.
    pub min_level: Option<Level>,
    /// She would like to try this.
    pub wants: Option<Skill>,
    pub reachable_now: bool,
    pub sort: Sort,
}

/// Where she stands today, as the list says it: 連絡OK, 次は…, or 今日はお休み.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Today {
    pub reach: Reach,
    pub off_today: bool,
}

pub fn today(p: &Profile, now: DateTime<Utc>) -> Today {
    let a = &p.fields.availability;
    Today {
        reach: a.reach_at(&p.days_off, now),
        off_today: off_on(&p.days_off, a.today(now)).is_some(),
    }
}

/// When she can next be reached, as an instant (now counts as now): the order of
/// 「連絡がつく順」, fair across time zones. Never reachable sorts last.
pub fn next_reachable_at(p: &Profile, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    next_reachable(&p.fields.availability, &p.days_off, now)
}

/// What the words are searched in: her name and its reading, her statement, her skills (her own
/// too) and wishes by name (`label` gives a skill's name in the coordinator's language), her
/// qualifications and her notes.
pub fn search_text(p: &Profile, label: &dyn Fn(Skill) -> String) -> String {
    let f = &p.fields;
    let mut parts = vec![
        f.display_name.clone(),
        f.furigana.clone(),
        f.strength_statement.clone(),
    ];
    parts.extend(f.skills.iter().map(|s| label(s.skill)));
    parts.extend(f.own_skills.iter().map(|s| s.name.clone()));
    parts.extend(f.qualifications.iter().map(|q| q.name.clone()));
    for a in &f.aspirations {
        parts.push(label(a.skill));
        parts.push(a.note.clone());
    }
    fold(&parts.join("\n"))
}

impl WorkerQuery {
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        WorkerQuery {
            words: get("q").unwrap_or_default(),
            skill: get("skill").and_then(|s| SkillRef::from_id(&s)),
            min_level: get("level").and_then(|l| Level::from_id(&l)),
            wants: get("wants").and_then(|s| Skill::from_id(&s)),
            reachable_now: get("now").is_some_and(|v| v == "1"),
            sort: match get("sort").as_deref() {
                Some("next") => Sort::NextReachable,
                _ => Sort::Name,
            },
        }
    }

    /// Query string without the leading "?", empty when nothing is asked.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.words.trim().is_empty() {
            parts.push(format!("q={}", encode(self.words.trim())));
        }
        if let Some(s) = &self.skill {
            parts.push(format!("skill={}", encode(&s.id())));
        }
        if let Some(l) = self.min_level {
            parts.push(format!("level={}", l.id()));
        }
        if let Some(s) = self.wants {
            parts.push(format!("wants={}", s.id()));
        }
        if self.reachable_now {
            parts.push("now=1".into());
        }
        if self.sort == Sort::NextReachable {
            parts.push("sort=next".into());
        }
        parts.join("&")
    }

    /// Whether she can do the skill asked, at the level asked or above.
    pub fn can(&self, p: &Profile) -> bool {
        self.skill.as_ref().is_none_or(|s| {
            s.level_in(&p.fields)
                .is_some_and(|l| self.min_level.is_none_or(|min| l.rank() >= min.rank()))
        })
    }

    /// Everything but the skill: words (folded, in her [`search_text`]), wishes, reachable now.
    fn fits_besides_skill(&self, p: &Profile, words: &str, text: &str, now: DateTime<Utc>) -> bool {
        p.onboarded
            && words.split_whitespace().all(|w| text.contains(w))
            && self.wants.is_none_or(|s| p.fields.wants(s))
            && (!self.reachable_now || matches!(today(p, now).reach, Reach::Now { .. }))
    }

    /// The list: who fits every filter, in the order asked (name, or soonest reachable).
    pub fn list<'a>(
        &self,
        profiles: &'a [Profile],
        label: &dyn Fn(Skill) -> String,
        now: DateTime<Utc>,
    ) -> Vec<&'a Profile> {
        let words = fold(&self.words);
        let mut found: Vec<&Profile> = profiles
            .iter()
            .filter(|p| {
                self.can(p) && self.fits_besides_skill(p, &words, &search_text(p, label), now)
            })
            .collect();
        sort(&mut found, self.sort, now);
        found
    }

    /// The matching view, for a skill: who can do it (soonest reachable first) and, apart,
    /// who would like to try it and does not reach the level yet. Every other filter holds.
    pub fn matches<'a>(
        &self,
        profiles: &'a [Profile],
        label: &dyn Fn(Skill) -> String,
        now: DateTime<Utc>,
    ) -> Option<Matches<'a>> {
        let skill = self.skill.clone()?;
        let words = fold(&self.words);
        let others: Vec<&Profile> = profiles
            .iter()
            .filter(|p| self.fits_besides_skill(p, &words, &search_text(p, label), now))
            .collect();
        let mut can: Vec<&Profile> = others.iter().copied().filter(|p| self.can(p)).collect();
        sort(&mut can, Sort::NextReachable, now);
        let mut wants: Vec<&Profile> = others
            .into_iter()
            .filter(|p| wants(p, &skill) && !self.can(p))
            .collect();
        sort(&mut wants, self.sort, now);
        Some(Matches { skill, can, wants })
    }
}

/// The answer to "skill X at level ≥ L".
#[derive(Debug, PartialEq)]
pub struct Matches<'a> {
    pub skill: SkillRef,
    pub can: Vec<&'a Profile>,
    pub wants: Vec<&'a Profile>,
}

/// Wishes name catalogue skills only.
fn wants(p: &Profile, skill: &SkillRef) -> bool {
    matches!(skill, SkillRef::Listed(s) if p.fields.wants(*s))
}

fn sort(list: &mut [&Profile], by: Sort, now: DateTime<Utc>) {
    // By how her name reads (ふりがな when she gave it), so kanji names sort among kana ones.
    let name = |p: &Profile| {
        let f = &p.fields;
        let reading = if f.furigana.is_empty() {
            &f.display_name
        } else {
            &f.furigana
        };
        (fold(reading), p.id.clone())
    };
    match by {
        Sort::Name => list.sort_by_cached_key(|p| name(p)),
        Sort::NextReachable => list.sort_by_cached_key(|p| {
            // None (never reachable) after every instant.
            let at = next_reachable_at(p, now);
            (at.is_none(), at, name(p))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::days_off::{DayOff, DayOffKind};
    use crate::domain::worker::{Aspiration, OwnSkill, ProfileFields};
    use chrono::{NaiveTime, TimeZone};

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
    }

    /// Tuesday 24 Nov 2026, in Tokyo.
    fn tokyo(h: u32, m: u32) -> DateTime<Utc> {
        chrono_tz::Asia::Tokyo
            .with_ymd_and_hms(2026, 11, 24, h, m, 0)
            .single()
            .map(|x| x.with_timezone(&Utc))
            .unwrap_or_default()
    }

    fn worker(id: &str, name: &str, kana: &str, hours: (NaiveTime, NaiveTime)) -> Profile {
        let mut p = Profile::new(id, DateTime::<Utc>::default());
        p.onboarded = true;
        p.fields = ProfileFields {
            display_name: name.into(),
            furigana: kana.into(),
            ..Default::default()
        };
        assert!(p.fields.availability.set_weekdays(hours.0, hours.1).is_ok());
        p
    }

    fn label(s: Skill) -> String {
        s.id().replace('_', " ")
    }

    /// けい: data entry strong, reachable 9:30–14:30. あや: data entry can, 13:00–17:00, wants
    /// bookkeeping. ゆき: none, wants data entry, 9:00–12:00. はな: not registered.
    fn team() -> Vec<Profile> {
        let mut kei = worker("w-kei", "けい", "けい", (t(9, 30), t(14, 30)));
        kei.fields.set_level(Skill::DataEntry, Some(Level::Strong));
        kei.fields.strength_statement = "入力の速さと正確さ".into();
        let mut aya = worker("w-aya", "あや", "あや", (t(13, 0), t(17, 0)));
        aya.fields.set_level(Skill::DataEntry, Some(Level::Can));
        aya.fields.aspirations.push(Aspiration {
            skill: Skill::Bookkeeping,
            note: "簿記の基本".into(),
        });
        let mut yuki = worker("w-yuki", "ゆき", "ゆき", (t(9, 0), t(12, 0)));
        yuki.fields.aspirations.push(Aspiration {
            skill: Skill::DataEntry,
            note: String::new(),
        });
        let mut hana = worker("w-hana", "はな", "はな", (t(9, 0), t(17, 0)));
        hana.onboarded = false;
        vec![yuki, aya, kei, hana]
    }

    fn ids(list: &[&Profile]) -> Vec<String> {
        list.iter().map(|p| p.id.clone()).collect()
    }

    #[test]
    fn words_find_names_in_either_script_and_skills_by_name() {
        let team = team();
        let q = |words: &str| WorkerQuery {
            words: words.into(),
            ..Default::default()
        };
        assert_eq!(ids(&q("ケイ").list(&team, &label, tokyo(10, 0))), ["w-kei"]);
        assert_eq!(ids(&q("正確").list(&team, &label, tokyo(10, 0))), ["w-kei"]);
        // Full-width letters and space; ゆき is found by her wish.
        assert_eq!(
            ids(&q("ＤＡＴＡ　entry").list(&team, &label, tokyo(10, 0))),
            ["w-aya", "w-kei", "w-yuki"]
        );
        assert_eq!(ids(&q("簿記").list(&team, &label, tokyo(10, 0))), ["w-aya"]);
        assert!(q("経理 けい").list(&team, &label, tokyo(10, 0)).is_empty());
        // Not registered: never listed.
        assert_eq!(
            ids(&q("").list(&team, &label, tokyo(10, 0))),
            ["w-aya", "w-kei", "w-yuki"]
        );
    }

    #[test]
    fn filters_by_skill_level_wishes_and_reachable_now() {
        let team = team();
        let now = tokyo(10, 0);
        let mut q = WorkerQuery {
            skill: Some(SkillRef::Listed(Skill::DataEntry)),
            ..Default::default()
        };
        assert_eq!(ids(&q.list(&team, &label, now)), ["w-aya", "w-kei"]);
        q.min_level = Some(Level::Strong);
        assert_eq!(ids(&q.list(&team, &label, now)), ["w-kei"]);
        let wants = WorkerQuery {
            wants: Some(Skill::DataEntry),
            ..Default::default()
        };
        assert_eq!(ids(&wants.list(&team, &label, now)), ["w-yuki"]);
        let reachable = WorkerQuery {
            reachable_now: true,
            ..Default::default()
        };
        // At 10:00 けい and ゆき are working; あや starts at 13:00.
        assert_eq!(
            ids(&reachable.list(&team, &label, now)),
            ["w-kei", "w-yuki"]
        );
    }

    #[test]
    fn sorted_by_name_reading_or_by_who_can_be_reached_first() {
        let mut team = team();
        let at = tokyo(12, 30);
        let by_next = WorkerQuery {
            sort: Sort::NextReachable,
            ..Default::default()
        };
        // 12:30: けい now; あや at 13:00; ゆき tomorrow at 9:00.
        assert_eq!(
            ids(&by_next.list(&team, &label, at)),
            ["w-kei", "w-aya", "w-yuki"]
        );
        // けい takes today off: tomorrow at 9:30, after ゆき's 9:00.
        let date = team[2].fields.availability.today(at);
        team[2].days_off.push(DayOff {
            id: "d1".into(),
            first: date,
            last: date,
            note: String::new(),
            kind: DayOffKind::Today,
            created_at: at,
        });
        assert_eq!(
            ids(&by_next.list(&team, &label, at)),
            ["w-aya", "w-yuki", "w-kei"]
        );
        assert!(today(&team[2], at).off_today);
    }

    #[test]
    fn the_matching_view_says_who_can_and_who_wants_to_try() {
        let team = team();
        let q = WorkerQuery {
            skill: Some(SkillRef::Listed(Skill::DataEntry)),
            min_level: Some(Level::Strong),
            ..Default::default()
        };
        let found = q.matches(&team, &label, tokyo(13, 30));
        let found = found.as_ref().map(|m| (ids(&m.can), ids(&m.wants)));
        // あや can, but not at 得意: she neither counts as able nor wished it.
        assert_eq!(
            found,
            Some((vec!["w-kei".to_string()], vec!["w-yuki".to_string()]))
        );
        let any_level = WorkerQuery {
            skill: Some(SkillRef::Listed(Skill::DataEntry)),
            ..Default::default()
        };
        let m = any_level.matches(&team, &label, tokyo(13, 30));
        // 13:30: both reachable now; the same instant, so by name.
        assert_eq!(
            m.as_ref().map(|m| ids(&m.can)),
            Some(vec!["w-aya".into(), "w-kei".into()])
        );
        assert_eq!(
            WorkerQuery::default().matches(&team, &label, tokyo(10, 0)),
            None
        );
    }

    #[test]
    fn her_own_skills_are_filtered_and_matched_by_name_in_any_spelling() {
        let mut team = team();
        team[2].fields.own_skills.push(OwnSkill {
            name: "Canva".into(),
            level: Level::Strong,
            years: None,
        });
        team[1].fields.own_skills.push(OwnSkill {
            name: "canva".into(),
            level: Level::New,
            years: None,
        });
        let q = WorkerQuery {
            skill: SkillRef::from_id("own:ＣＡＮＶＡ"),
            min_level: Some(Level::Can),
            ..Default::default()
        };
        assert_eq!(ids(&q.list(&team, &label, tokyo(10, 0))), ["w-kei"]);
        let m = q.matches(&team, &label, tokyo(10, 0));
        // Wishes name catalogue skills only, so nobody "wants to try" an own skill.
        assert_eq!(
            m.map(|m| (ids(&m.can), m.wants.len())),
            Some((vec!["w-kei".to_string()], 0))
        );
        assert_eq!(
            WorkerQuery {
                min_level: None,
                ..q
            }
            .to_query(),
            "skill=own%3A%EF%BC%A3%EF%BC%A1%EF%BC%AE%EF%BC%B6%EF%BC%A1"
        );
    }

    #[test]
    fn next_reachable_is_an_instant_in_her_zone() {
        let mut ny = worker("w-ny", "エマ", "えま", (t(9, 0), t(17, 0)));
        ny.fields.availability.time_zone = "America/New_York".into();
        // Tokyo 10:00 Tuesday = New York 20:00 Monday: next is Tuesday 9:00 New York.
        let next = next_reachable_at(&ny, tokyo(10, 0));
        assert_eq!(next, Utc.with_ymd_and_hms(2026, 11, 24, 14, 0, 0).single());
    }

    #[test]
    fn the_query_round_trips_through_the_address() {
        let q = WorkerQuery {
            words: "入力 けい".into(),
            skill: Some(SkillRef::Listed(Skill::DataEntry)),
            min_level: Some(Level::Strong),
            wants: Some(Skill::Bookkeeping),
            reachable_now: true,
            sort: Sort::NextReachable,
        };
        assert_eq!(
            q.to_query(),
            "q=%E5%85%A5%E5%8A%9B%20%E3%81%91%E3%81%84&skill=data_entry&level=strong&wants=bookkeeping&now=1&sort=next"
        );
        // As the router gives them back, decoded.
        let back = WorkerQuery::from_query(|k| {
            let v = match k {
                "q" => "入力 けい",
                "skill" => "data_entry",
                "level" => "strong",
                "wants" => "bookkeeping",
                "now" => "1",
                "sort" => "next",
                _ => return None,
            };
            Some(v.to_string())
        });
        assert_eq!(back, q);
        assert_eq!(WorkerQuery::default().to_query(), "");
        assert_eq!(
            WorkerQuery::from_query(|_| Some("nonsense".into())),
            WorkerQuery {
                words: "nonsense".into(),
                ..Default::default()
            }
        );
    }
}
