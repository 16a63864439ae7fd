//! The onboarding draft: a profile in the making plus where she left off.

use super::availability::Availability;
use super::fold::name_key;
use super::skill::Skill;
use super::validation::{check_display_name, too_long, FieldErrors, LINE_MAX, NAME_MAX, TEXT_MAX};
use super::worker::{Profile, ProfileFields};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub const STEPS: u8 = 7;

/// The seven steps, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Welcome = 1,
    AboutYou = 2,
    Time = 3,
    Experience = 4,
    WantToTry = 5,
    WorkingWithYou = 6,
    Review = 7,
}

impl Step {
    pub fn from_number(n: u8) -> Step {
        match n {
            0 | 1 => Step::Welcome,
            2 => Step::AboutYou,
            3 => Step::Time,
            4 => Step::Experience,
            5 => Step::WantToTry,
            6 => Step::WorkingWithYou,
            _ => Step::Review,
        }
    }

    pub fn number(self) -> u8 {
        self as u8
    }

    pub fn title_key(self) -> &'static str {
        match self {
            Step::Welcome => "onb.step1.title",
            Step::AboutYou => "onb.step2.title",
            Step::Time => "onb.step3.title",
            Step::Experience => "onb.step4.title",
            Step::WantToTry => "onb.step5.title",
            Step::WorkingWithYou => "onb.step6.title",
            Step::Review => "onb.step7.title",
        }
    }

    pub fn next(self) -> Step {
        Step::from_number(self.number() + 1)
    }

    pub fn back(self) -> Step {
        Step::from_number(self.number().saturating_sub(1))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnboardingDraft {
    #[serde(default = "first_step")]
    pub step: u8,
    #[serde(default)]
    pub fields: ProfileFields,
    #[serde(default)]
    pub completed: bool,
    #[serde(default)]
    pub updated_at: Option<DateTime<Utc>>,
}

fn first_step() -> u8 {
    1
}

impl Default for OnboardingDraft {
    fn default() -> Self {
        OnboardingDraft {
            step: 1,
            fields: ProfileFields::default(),
            completed: false,
            updated_at: None,
        }
    }
}

impl OnboardingDraft {
    pub fn current(&self) -> Step {
        Step::from_number(self.step)
    }

    /// Has she typed anything yet? Decides whether to greet her with "welcome back".
    pub fn started(&self) -> bool {
        self.step > 1 || self.fields != ProfileFields::default()
    }

    /// What blocks "Next" on a step: only the name on step 2.
    pub fn step_errors(&self, step: Step) -> FieldErrors {
        let mut errors = FieldErrors::default();
        if step == Step::AboutYou {
            check_display_name(&self.fields.display_name, &mut errors);
        }
        errors
    }

    /// Everything a finished draft must satisfy.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        validate_fields(&self.fields)
    }

    /// Turns the draft into her profile. Fields are moved, never re-entered.
    pub fn into_profile(
        self,
        mut existing: Profile,
        now: DateTime<Utc>,
    ) -> Result<Profile, FieldErrors> {
        self.validate()?;
        existing.apply(self.fields, now);
        existing.onboarded = true;
        Ok(existing)
    }
}

/// Validation shared by onboarding, profile edits and the backend.
pub fn validate_fields(f: &ProfileFields) -> Result<(), FieldErrors> {
    let mut errors = FieldErrors::default();
    check_display_name(&f.display_name, &mut errors);
    for (field, text, max) in [
        ("furigana", &f.furigana, LINE_MAX),
        ("area", &f.area, LINE_MAX),
        ("strength_statement", &f.strength_statement, LINE_MAX),
        ("horizon", &f.horizon, LINE_MAX),
        ("past_work", &f.past_work, TEXT_MAX),
        ("work_style.notes", &f.work_style.notes, TEXT_MAX),
    ] {
        if too_long(text, max) {
            errors.add(field, "error.too_long");
        }
    }
    check_availability(&f.availability, &mut errors);
    if f.skills.iter().any(|s| s.years.is_some_and(|y| y > 60)) {
        errors.add("skills", "error.years_range");
    }
    // Lists a phone screen can hold; anything longer is not hers but a broken or hostile client.
    for (field, len, max) in [
        ("skills", f.skills.len(), MAX_SKILLS),
        ("aspirations", f.aspirations.len(), MAX_SKILLS),
    ] {
        if len > max {
            errors.add(field, "error.too_many");
        }
    }
    check_named(
        "own_skills",
        f.own_skills.iter().map(|s| s.name.as_str()),
        &mut errors,
    );
    check_named(
        "qualifications",
        f.qualifications.iter().map(|q| q.name.as_str()),
        &mut errors,
    );
    if f.own_skills.iter().any(|s| s.years.is_some_and(|y| y > 60)) {
        errors.add("own_skills", "error.years_range");
    }
    if f.qualifications
        .iter()
        .any(|q| q.year.is_some_and(|y| !(1950..=2100).contains(&y)))
    {
        errors.add("qualifications", "error.year_range");
    }
    if f.aspirations.iter().any(|a| too_long(&a.note, LINE_MAX)) {
        errors.add("notes", "error.too_long");
    }
    errors.into_result()
}

/// Someone's hours, wherever they are kept (her profile, a coordinator's own card): at most 60
/// a week, windows that end after they start, no more than a week holds, short notes.
pub fn check_availability(a: &Availability, errors: &mut FieldErrors) {
    if a.hours_per_week.is_some_and(|h| h > 60) {
        errors.add("availability.hours_per_week", "error.hours_range");
    }
    for w in &a.windows {
        if let Err(e) = super::availability::check_window(w.start, w.end) {
            errors.add("availability.windows", e.key());
        }
    }
    for (field, len) in [
        ("availability.windows", a.windows.len()),
        ("availability.away", a.away.len()),
    ] {
        if len > MAX_WINDOWS {
            errors.add(field, "error.too_many");
        }
    }
    if a.away.iter().any(|w| too_long(&w.note, LINE_MAX)) {
        errors.add("notes", "error.too_long");
    }
}

/// Her own skills and qualifications: each named (not blank, a line at most), at most
/// [`MAX_NAMED`], and no name twice (compared as she would: ignoring case and spaces).
fn check_named<'a>(field: &str, names: impl Iterator<Item = &'a str>, errors: &mut FieldErrors) {
    let mut seen: Vec<String> = Vec::new();
    for name in names {
        let key = name_key(name);
        if key.is_empty() {
            errors.add(field, "error.name_blank");
        } else if too_long(name, NAME_MAX) {
            errors.add(field, "error.too_long");
        } else if seen.contains(&key) {
            errors.add(field, "error.duplicate");
        }
        seen.push(key);
    }
    if seen.len() > MAX_NAMED {
        errors.add(field, "error.too_many");
    }
}

/// At most this many own skills, and as many qualifications.
pub const MAX_NAMED: usize = 20;

/// At most this many skills (each of the catalogue once) and wishes.
pub const MAX_SKILLS: usize = Skill::ALL.len();
/// At most this many weekly windows, and as many away times: four a day.
pub const MAX_WINDOWS: usize = 28;

/// What a draft in progress must satisfy: the bounds of a profile, though any field, the name
/// too, may still be empty, and a step that exists.
pub fn validate_draft(d: &OnboardingDraft) -> Result<(), FieldErrors> {
    let mut errors = validate_fields(&d.fields).err().unwrap_or_default();
    if d.fields.display_name.trim().is_empty() {
        errors.0.remove("display_name");
    }
    if !(1..=STEPS).contains(&d.step) {
        errors.add("step", "error.step_range");
    }
    errors.into_result()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::skill::{Level, Skill};

    #[test]
    fn steps_walk_forward_and_back_within_bounds() {
        assert_eq!(Step::Welcome.back(), Step::Welcome);
        assert_eq!(Step::Review.next(), Step::Review);
        assert_eq!(Step::AboutYou.next(), Step::Time);
        assert_eq!(Step::from_number(200), Step::Review);
        assert_eq!(Step::Review.number(), STEPS);
    }

    #[test]
    fn only_the_name_blocks() {
        let mut d = OnboardingDraft::default();
        for n in 1..=STEPS {
            let errors = d.step_errors(Step::from_number(n));
            assert_eq!(errors.is_empty(), n != 2, "step {n}");
        }
        d.fields.display_name = "けい".into();
        assert!(d.step_errors(Step::AboutYou).is_empty());
    }

    #[test]
    fn started_means_something_typed_or_moved() {
        let mut d = OnboardingDraft::default();
        assert!(!d.started());
        d.fields.area = "埼玉".into();
        assert!(d.started());
        let d2 = OnboardingDraft {
            step: 3,
            ..OnboardingDraft::default()
        };
        assert!(d2.started());
    }

    #[test]
    fn draft_becomes_profile() {
        let now = DateTime::<Utc>::default();
        let mut d = OnboardingDraft::default();
        d.fields.display_name = "けい".into();
        d.fields
            .set_level(Skill::SnsOperations, Some(Level::Strong));
        d.fields.toggle_aspiration(Skill::Bookkeeping);
        let p = d.clone().into_profile(Profile::new("w9", now), now);
        let p = p.unwrap_or_else(|e| panic!("{e:?}"));
        assert!(p.onboarded);
        assert_eq!(p.fields, d.fields);
        assert_eq!(p.level_history.len(), 1);
    }

    #[test]
    fn nameless_draft_cannot_finish() {
        let now = DateTime::<Utc>::default();
        let err = OnboardingDraft::default().into_profile(Profile::new("w9", now), now);
        assert!(matches!(err, Err(e) if e.get("display_name") == Some("error.name_required")));
    }

    #[test]
    fn drafts_are_bounded_but_may_be_empty() {
        assert_eq!(validate_draft(&OnboardingDraft::default()), Ok(()));
        let mut d = OnboardingDraft {
            step: 9,
            ..OnboardingDraft::default()
        };
        let e = validate_draft(&d).err().unwrap_or_default();
        assert_eq!(e.get("step"), Some("error.step_range"));
        d.step = 3;
        d.fields.past_work = "あ".repeat(TEXT_MAX + 1);
        let window = crate::domain::availability::TimeWindow {
            day: chrono::Weekday::Mon,
            start: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            end: chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap_or_default(),
        };
        d.fields.availability.windows = vec![window; MAX_WINDOWS + 1];
        let e = validate_draft(&d).err().unwrap_or_default();
        assert_eq!(e.get("past_work"), Some("error.too_long"));
        assert_eq!(e.get("availability.windows"), Some("error.too_many"));
        assert_eq!(e.get("display_name"), None, "a draft may still be nameless");
    }

    #[test]
    fn long_texts_are_refused_per_field() {
        let mut f = ProfileFields {
            display_name: "けい".into(),
            ..ProfileFields::default()
        };
        f.area = "あ".repeat(LINE_MAX + 1);
        f.availability.hours_per_week = Some(99);
        let e = validate_fields(&f).err().unwrap_or_default();
        assert_eq!(e.get("area"), Some("error.too_long"));
        assert_eq!(
            e.get("availability.hours_per_week"),
            Some("error.hours_range")
        );
    }
}
