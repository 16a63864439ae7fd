//! 今週できたこと: her one-minute weekly look back. When home offers it (on the weekday she
//! picks, once a week, never again once she has done or skipped it), what it suggests from her
//! answers and the week's events, and what accepting a suggestion changes.
//!
//! Her look backs are a resource of their own (`/workers/{id}/look-backs`), not part of her
//! profile: the profile is read on every first screen, and they are not.

use crate::domain::challenge::Challenge;
use crate::domain::endorsement::Endorsement;
use crate::domain::skill::{Level, Skill};
use crate::domain::skill_ref::SkillRef;
use crate::domain::validation::{blank, too_long, FieldErrors, LINE_MAX};
use crate::domain::worker::Profile;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Each answer is a few words, not an essay.
pub const ANSWER_MAX: usize = 400;
/// Look backs kept in her profile: two years of weeks.
pub const KEPT: usize = 104;
/// At most this many suggestions: a minute, not a form.
const SUGGESTIONS_MAX: usize = 3;
/// Friday, unless she picks another day (1 = Monday … 7 = Sunday).
pub const DEFAULT_DAY: u8 = 5;

/// Her look backs: the day they are offered from, which weeks are settled, and those kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LookBacks {
    /// The weekday home offers it from, 1 = Monday … 7 = Sunday.
    #[serde(default = "default_day")]
    pub day: u8,
    /// The last week she looked back or chose to skip ("2026-W49").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settled_week: Option<String>,
    /// The last week a notice reminded her: at most once a week.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminded_week: Option<String>,
    /// Oldest first.
    #[serde(default)]
    pub items: Vec<LookBack>,
    /// In an answer only (`as_of`), never kept: her week as the backend counts it, in her
    /// time zone, and whether home offers the look back today.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub this_week: String,
    #[serde(default)]
    pub due: bool,
}

impl LookBacks {
    /// Hers as an answer says them on `today` (her date).
    pub fn as_of(&self, today: NaiveDate) -> LookBacks {
        LookBacks {
            this_week: week_of(today),
            due: is_due(self, today),
            ..self.clone()
        }
    }
}

fn default_day() -> u8 {
    DEFAULT_DAY
}

impl Default for LookBacks {
    fn default() -> Self {
        LookBacks {
            day: DEFAULT_DAY,
            settled_week: None,
            reminded_week: None,
            items: Vec::new(),
            this_week: String::new(),
            due: false,
        }
    }
}

/// Her answers to the two or three short questions; any may stay empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LookBackAnswers {
    /// うまくいったこと.
    #[serde(default)]
    pub went_well: String,
    /// もっとやってみたいこと.
    #[serde(default)]
    pub more_of: String,
    /// 大変だったこと.
    #[serde(default)]
    pub hard: String,
}

/// An update the look back proposes; she accepts or dismisses each with one tap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "SuggestionWire", into = "SuggestionWire")]
pub enum Suggestion {
    /// 「表計算を『得意』にしますか？」: one step up for a skill the week showed.
    Level {
        skill: Skill,
        from: Option<Level>,
        to: Level,
    },
    /// 「『請求書の確認』をチャレンジとして相談しますか？」: what she would like to do more of.
    Challenge { title: String },
}

/// A suggestion on the wire: one flat object, its kind a `kind` field beside the rest. Written
/// out rather than an internally tagged enum, whose buffering reader would join the embedded
/// default's first download (profiles are read there).
#[derive(Serialize, Deserialize)]
struct SuggestionWire {
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    skill: Option<Skill>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
}

impl TryFrom<SuggestionWire> for Suggestion {
    type Error = &'static str;

    fn try_from(w: SuggestionWire) -> Result<Self, Self::Error> {
        match (w.kind.as_str(), w.skill, w.to, w.title) {
            ("level", Some(skill), Some(to), _) => Ok(Suggestion::Level {
                skill,
                from: w.from,
                to,
            }),
            ("challenge", _, _, Some(title)) => Ok(Suggestion::Challenge { title }),
            _ => Err("a level suggestion needs skill and to; a challenge, a title"),
        }
    }
}

impl From<Suggestion> for SuggestionWire {
    fn from(s: Suggestion) -> Self {
        match s {
            Suggestion::Level { skill, from, to } => SuggestionWire {
                kind: "level".into(),
                skill: Some(skill),
                from,
                to: Some(to),
                title: None,
            },
            Suggestion::Challenge { title } => SuggestionWire {
                kind: "challenge".into(),
                skill: None,
                from: None,
                to: None,
                title: Some(title),
            },
        }
    }
}

/// One week's look back, kept in her profile and shown on her growth timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LookBack {
    pub week: String,
    pub at: DateTime<Utc>,
    #[serde(default)]
    pub answers: LookBackAnswers,
    /// The suggestions she accepted.
    #[serde(default)]
    pub accepted: Vec<Suggestion>,
}

/// What the app sends: her answers and what she accepted, or that she skips this week.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LookBackInput {
    pub week: String,
    #[serde(default)]
    pub skipped: bool,
    #[serde(default)]
    pub answers: LookBackAnswers,
    #[serde(default)]
    pub accepted: Vec<Suggestion>,
}

/// The ISO week a date falls in: "2026-W49".
pub fn week_of(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// Whether home offers the look back today: from her weekday to the end of the week, until
/// she has done or skipped this week's.
pub fn is_due(plan: &LookBacks, today: NaiveDate) -> bool {
    today.weekday().number_from_monday() >= u32::from(plan.day)
        && plan.settled_week.as_deref() != Some(week_of(today).as_str())
}

/// Whether a notice may remind her today: due, and not reminded this week yet.
pub fn may_remind(plan: &LookBacks, today: NaiveDate) -> bool {
    is_due(plan, today) && plan.reminded_week.as_deref() != Some(week_of(today).as_str())
}

/// The level one step above `level` (none for 教えられる, the top).
fn step_up(level: Option<Level>) -> Option<Level> {
    match level {
        None | Some(Level::New) => Some(Level::Can),
        Some(Level::Can) => Some(Level::Strong),
        Some(Level::Strong) => Some(Level::Teach),
        Some(Level::Teach) => None,
    }
}

/// What the look back proposes: a step up for each skill the last seven days showed (an
/// endorsement, an achieved challenge; most recent first), and what she would like to do more
/// of as a challenge to ask for.
pub fn suggestions(
    profile: &Profile,
    challenges: &[Challenge],
    endorsements: &[Endorsement],
    answers: &LookBackAnswers,
    now: DateTime<Utc>,
) -> Vec<Suggestion> {
    let since = now - Duration::days(7);
    let mut shown: Vec<(DateTime<Utc>, Skill)> = endorsements
        .iter()
        .filter(|e| e.worker_id == profile.id && e.at >= since)
        .filter_map(|e| match e.about()? {
            SkillRef::Listed(skill) => Some((e.at, skill)),
            SkillRef::Own(_) => None,
        })
        .collect();
    shown.extend(
        challenges
            .iter()
            .filter(|c| c.worker_id == profile.id)
            .filter_map(|c| Some((c.achieved_at().filter(|at| *at >= since)?, c.skill()?))),
    );
    shown.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    let mut out: Vec<Suggestion> = Vec::new();
    for (_, skill) in shown {
        let from = profile.fields.level_of(skill);
        let already = out
            .iter()
            .any(|s| matches!(s, Suggestion::Level { skill: s, .. } if *s == skill));
        if let (false, Some(to)) = (already, step_up(from)) {
            out.push(Suggestion::Level { skill, from, to });
        }
    }
    out.truncate(SUGGESTIONS_MAX - 1);
    let wish = answers
        .more_of
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty());
    if let Some(wish) = wish {
        out.push(Suggestion::Challenge {
            title: wish.chars().take(LINE_MAX).collect(),
        });
    }
    out
}

/// Checks what the app sends: a well-formed week, short answers, nothing answered when she
/// skips, and suggestions only of the kinds the look back makes.
pub fn validate(input: &LookBackInput) -> Result<(), FieldErrors> {
    let mut e = FieldErrors::default();
    if parse_week(&input.week).is_none() {
        e.add("week", "error.validation");
    }
    let a = &input.answers;
    for (field, text) in [
        ("went_well", &a.went_well),
        ("more_of", &a.more_of),
        ("hard", &a.hard),
    ] {
        if too_long(text, ANSWER_MAX) {
            e.add(field, "error.too_long");
        }
    }
    let answered = !(blank(&a.went_well) && blank(&a.more_of) && blank(&a.hard));
    if input.skipped && (answered || !input.accepted.is_empty()) {
        e.add("skipped", "error.validation");
    }
    for s in &input.accepted {
        let fine = match s {
            Suggestion::Level { to, .. } => *to != Level::New,
            Suggestion::Challenge { title } => !blank(title) && !too_long(title, LINE_MAX),
        };
        if !fine {
            e.add("accepted", "error.validation");
        }
    }
    e.into_result()
}

/// The Monday of an ISO week written as `week_of` writes it.
pub fn parse_week(week: &str) -> Option<NaiveDate> {
    let (year, number) = week.split_once("-W")?;
    if number.len() != 2 {
        return None;
    }
    NaiveDate::from_isoywd_opt(
        year.parse().ok()?,
        number.parse().ok()?,
        chrono::Weekday::Mon,
    )
}

/// Settles her week: the look back kept in `mine` (unless skipped) and each accepted step up
/// applied to her profile, recorded on her timeline as any level change is. A step she has
/// already reached (the same look back sent twice, or set meanwhile) changes nothing. Answers
/// whether her profile's fields changed (then its ETag must change too).
pub fn settle(
    profile: &mut Profile,
    mine: &mut LookBacks,
    input: LookBackInput,
    now: DateTime<Utc>,
) -> bool {
    let mut fields = profile.fields.clone();
    for s in &input.accepted {
        if let Suggestion::Level { skill, to, .. } = s {
            if fields.level_of(*skill).is_none_or(|l| l < *to) {
                fields.set_level(*skill, Some(*to));
            }
        }
    }
    let changed = fields != profile.fields;
    if changed {
        profile.apply(fields, now);
    }
    mine.settled_week = Some(input.week.clone());
    if !input.skipped {
        mine.items.retain(|l| l.week != input.week);
        mine.items.push(LookBack {
            week: input.week,
            at: now,
            answers: input.answers,
            accepted: input.accepted,
        });
        let extra = mine.items.len().saturating_sub(KEPT);
        mine.items.drain(..extra);
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::challenge::{ChallengeRequest, Status, StatusChange};
    use crate::domain::worker::{Role, SkillEntry, User};
    use chrono::TimeZone;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, day, 3, 0, 0)
            .single()
            .unwrap()
    }

    fn her() -> Profile {
        let mut p = Profile::new("w1", at(1));
        p.fields.skills = vec![SkillEntry {
            skill: Skill::Spreadsheet,
            level: Level::Can,
            years: None,
        }];
        p
    }

    fn endorsement(skill: Skill, day: u32) -> Endorsement {
        Endorsement {
            id: format!("e{day}"),
            worker_id: "w1".into(),
            skill: Some(skill),
            own_skill: None,
            message: "助かりました".into(),
            challenge_id: None,
            by_id: "c1".into(),
            by_name: "さとう".into(),
            at: at(day),
        }
    }

    fn achieved(skill: Skill, day: u32) -> Challenge {
        let worker = User {
            id: "w1".into(),
            name: "けい".into(),
            role: Role::Worker,
        };
        let request = ChallengeRequest {
            title: "請求書の確認".into(),
            skill: Some(skill),
            ..ChallengeRequest::default()
        };
        let mut c = Challenge::new("ch1".into(), &worker, request, at(1));
        c.status = Status::Achieved;
        c.history.push(StatusChange {
            from: Some(Status::InProgress),
            to: Status::Achieved,
            by: "c1".into(),
            reason: String::new(),
            at: at(day),
        });
        c
    }

    #[test]
    fn a_suggestion_is_one_flat_object_both_ways() {
        let level = r#"{"kind":"level","skill":"spreadsheet","from":"can","to":"strong"}"#;
        let s: Suggestion = serde_json::from_str(level).unwrap();
        assert_eq!(
            s,
            Suggestion::Level {
                skill: Skill::Spreadsheet,
                from: Some(Level::Can),
                to: Level::Strong
            }
        );
        assert_eq!(serde_json::to_string(&s).unwrap(), level);
        let ask = r#"{"kind":"challenge","title":"請求書の確認"}"#;
        let s: Suggestion = serde_json::from_str(ask).unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), ask);
        for bad in [
            r#"{"kind":"level","skill":"spreadsheet"}"#,
            r#"{"kind":"other"}"#,
        ] {
            assert!(serde_json::from_str::<Suggestion>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn weeks_are_iso_weeks_and_read_back() {
        let friday = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        assert_eq!(week_of(friday), "2026-W49");
        assert_eq!(
            parse_week("2026-W49"),
            NaiveDate::from_ymd_opt(2026, 11, 30)
        );
        // The last days of a year can belong to the next one's first week.
        assert_eq!(
            week_of(NaiveDate::from_ymd_opt(2024, 12, 30).unwrap()),
            "2025-W01"
        );
        for bad in ["2026-49", "2026-W4", "2026-W54", "W49", ""] {
            assert_eq!(parse_week(bad), None, "{bad}");
        }
    }

    #[test]
    fn offered_from_her_day_to_the_end_of_the_week_until_settled() {
        let mut plan = LookBacks::default();
        let thursday = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let friday = thursday.succ_opt().unwrap();
        let sunday = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let monday = sunday.succ_opt().unwrap();
        assert!(!is_due(&plan, thursday));
        assert!(is_due(&plan, friday));
        assert!(is_due(&plan, sunday));
        assert!(!is_due(&plan, monday));
        plan.settled_week = Some(week_of(friday));
        assert!(!is_due(&plan, sunday));
        plan.day = 1;
        assert!(is_due(&plan, monday));
    }

    #[test]
    fn reminded_at_most_once_a_week() {
        let friday = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let mut plan = LookBacks::default();
        assert!(may_remind(&plan, friday));
        plan.reminded_week = Some(week_of(friday));
        assert!(!may_remind(&plan, friday));
        assert!(!may_remind(&plan, friday.succ_opt().unwrap()));
        let next_friday = friday + Duration::days(7);
        assert!(may_remind(&plan, next_friday));
    }

    #[test]
    fn an_endorsement_this_week_suggests_one_step_up() {
        let es = [endorsement(Skill::Spreadsheet, 3)];
        let got = suggestions(&her(), &[], &es, &LookBackAnswers::default(), at(4));
        assert_eq!(
            got,
            vec![Suggestion::Level {
                skill: Skill::Spreadsheet,
                from: Some(Level::Can),
                to: Level::Strong
            }]
        );
        // Older than a week: nothing to suggest.
        let got = suggestions(&her(), &[], &es, &LookBackAnswers::default(), at(12));
        assert!(got.is_empty());
    }

    #[test]
    fn an_achieved_challenge_suggests_a_skill_she_has_not_listed_and_her_wish_a_challenge() {
        let answers = LookBackAnswers {
            more_of: "\n 請求書の確認 \nもっと".into(),
            ..LookBackAnswers::default()
        };
        let cs = [achieved(Skill::Bookkeeping, 3)];
        let es = [endorsement(Skill::Bookkeeping, 2)];
        let got = suggestions(&her(), &cs, &es, &answers, at(4));
        assert_eq!(
            got,
            vec![
                Suggestion::Level {
                    skill: Skill::Bookkeeping,
                    from: None,
                    to: Level::Can
                },
                Suggestion::Challenge {
                    title: "請求書の確認".into()
                },
            ]
        );
    }

    #[test]
    fn accepting_a_step_up_changes_her_level_and_her_timeline_once() {
        let mut p = her();
        let input = LookBackInput {
            week: "2026-W49".into(),
            answers: LookBackAnswers {
                went_well: "表の集計が早くなった".into(),
                ..LookBackAnswers::default()
            },
            accepted: vec![Suggestion::Level {
                skill: Skill::Spreadsheet,
                from: Some(Level::Can),
                to: Level::Strong,
            }],
            skipped: false,
        };
        let mut mine = LookBacks::default();
        assert!(validate(&input).is_ok());
        assert!(settle(&mut p, &mut mine, input.clone(), at(4)));
        assert_eq!(p.fields.level_of(Skill::Spreadsheet), Some(Level::Strong));
        assert_eq!(p.level_history.len(), 1);
        assert_eq!(mine.items.len(), 1);
        assert_eq!(mine.settled_week.as_deref(), Some("2026-W49"));
        // Sent again (an answer lost on the way): nothing more changes.
        assert!(!settle(&mut p, &mut mine, input, at(4)));
        assert_eq!(p.level_history.len(), 1);
        assert_eq!(mine.items.len(), 1);
    }

    #[test]
    fn skipping_settles_the_week_and_keeps_nothing() {
        let mut p = her();
        let input = LookBackInput {
            week: "2026-W49".into(),
            skipped: true,
            ..LookBackInput::default()
        };
        let mut mine = LookBacks::default();
        assert!(validate(&input).is_ok());
        assert!(!settle(&mut p, &mut mine, input, at(4)));
        assert!(mine.items.is_empty());
        assert!(!is_due(&mine, at(4).date_naive()));
    }

    #[test]
    fn validation_refuses_what_the_look_back_never_sends() {
        let long = "あ".repeat(ANSWER_MAX + 1);
        let input = LookBackInput {
            week: "49".into(),
            skipped: true,
            answers: LookBackAnswers {
                hard: long,
                ..LookBackAnswers::default()
            },
            accepted: vec![Suggestion::Challenge { title: " ".into() }],
        };
        let e = validate(&input).unwrap_err();
        for field in ["week", "hard", "skipped", "accepted"] {
            assert!(e.0.contains_key(field), "{field}");
        }
    }

    #[test]
    fn only_the_last_two_years_are_kept() {
        let (mut p, mut mine) = (her(), LookBacks::default());
        let monday = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        for i in 0..(KEPT as i64 + 3) {
            let week = week_of(monday + Duration::weeks(i));
            let input = LookBackInput {
                week,
                ..LookBackInput::default()
            };
            settle(&mut p, &mut mine, input, at(4));
        }
        assert_eq!(mine.items.len(), KEPT);
        assert_eq!(mine.items[0].week, week_of(monday + Duration::weeks(3)));
    }
}
