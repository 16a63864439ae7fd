//! Two versions of her profile (hers on this device, another saved meanwhile): which parts
//! differ, and the two combined where both can stand — lists whose entries from either side
//! can all be kept (weekly hours, away times, skills, wishes). Pure, tested natively.

use super::worker::ProfileFields;

/// A part of the profile, as the conflict choice names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Name,
    Furigana,
    Area,
    Statement,
    Availability,
    Skills,
    OwnSkills,
    Qualifications,
    PastWork,
    Aspirations,
    Direction,
    Horizon,
    WorkStyle,
}

impl Part {
    /// i18n key of the part's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Part::Name => "conflict.part.name",
            Part::Furigana => "conflict.part.furigana",
            Part::Area => "conflict.part.area",
            Part::Statement => "conflict.part.statement",
            Part::Availability => "conflict.part.availability",
            Part::Skills => "conflict.part.skills",
            Part::OwnSkills => "conflict.part.own_skills",
            Part::Qualifications => "conflict.part.qualifications",
            Part::PastWork => "conflict.part.past_work",
            Part::Aspirations => "conflict.part.aspirations",
            Part::Direction => "conflict.part.direction",
            Part::Horizon => "conflict.part.horizon",
            Part::WorkStyle => "conflict.part.work_style",
        }
    }
}

/// The parts whose two versions differ, in the order the profile shows them.
pub fn differing(mine: &ProfileFields, theirs: &ProfileFields) -> Vec<Part> {
    let (m, t) = (mine, theirs);
    [
        (Part::Name, m.display_name != t.display_name),
        (Part::Furigana, m.furigana != t.furigana),
        (Part::Area, m.area != t.area),
        (
            Part::Statement,
            m.strength_statement != t.strength_statement,
        ),
        (Part::Availability, m.availability != t.availability),
        (Part::Skills, m.skills != t.skills),
        (Part::OwnSkills, m.own_skills != t.own_skills),
        (Part::Qualifications, m.qualifications != t.qualifications),
        (Part::PastWork, m.past_work != t.past_work),
        (Part::Aspirations, m.aspirations != t.aspirations),
        (Part::Direction, m.direction != t.direction),
        (Part::Horizon, m.horizon != t.horizon),
        (Part::WorkStyle, m.work_style != t.work_style),
    ]
    .into_iter()
    .filter_map(|(part, differs)| differs.then_some(part))
    .collect()
}

/// Hers, with every list also holding the other version's entries she does not have (the same
/// skill or wish at another level or with another note counts as hers); `None` when that
/// would be hers unchanged, so there is nothing to combine.
pub fn combined(mine: &ProfileFields, theirs: &ProfileFields) -> Option<ProfileFields> {
    let mut both = mine.clone();
    let a = &mut both.availability;
    for w in &theirs.availability.windows {
        if !a.windows.contains(w) {
            a.windows.push(w.clone());
        }
    }
    for w in &theirs.availability.away {
        if !a.away.contains(w) {
            a.away.push(w.clone());
        }
    }
    for s in &theirs.skills {
        if !both.skills.iter().any(|x| x.skill == s.skill) {
            both.skills.push(s.clone());
        }
    }
    for s in &theirs.own_skills {
        if !both.own_skills.iter().any(|x| x.name == s.name) {
            both.own_skills.push(s.clone());
        }
    }
    for q in &theirs.qualifications {
        if !both.qualifications.iter().any(|x| x.name == q.name) {
            both.qualifications.push(q.clone());
        }
    }
    for w in &theirs.aspirations {
        if !both.aspirations.iter().any(|x| x.skill == w.skill) {
            both.aspirations.push(w.clone());
        }
    }
    (both != *mine).then_some(both)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::availability::TimeWindow;
    use crate::domain::skill::{Level, Skill};
    use chrono::{NaiveTime, Weekday};

    fn window(day: Weekday, from: u32, to: u32) -> TimeWindow {
        TimeWindow {
            day,
            start: NaiveTime::from_hms_opt(from, 0, 0).unwrap_or_default(),
            end: NaiveTime::from_hms_opt(to, 0, 0).unwrap_or_default(),
        }
    }

    #[test]
    fn only_the_parts_that_differ_are_named() {
        let mine = ProfileFields {
            display_name: "けい".into(),
            ..ProfileFields::default()
        };
        assert_eq!(differing(&mine, &mine), vec![]);
        let mut theirs = mine.clone();
        theirs.area = "千葉県".into();
        theirs
            .availability
            .windows
            .push(window(Weekday::Mon, 9, 12));
        assert_eq!(
            differing(&mine, &theirs),
            vec![Part::Area, Part::Availability]
        );
    }

    #[test]
    fn lists_combine_and_the_rest_stays_hers() {
        let mut mine = ProfileFields {
            display_name: "けい".into(),
            ..ProfileFields::default()
        };
        mine.availability.windows.push(window(Weekday::Mon, 9, 12));
        mine.set_level(Skill::Writing, Some(Level::Strong));
        let mut theirs = mine.clone();
        theirs.display_name = "けいこ".into();
        theirs
            .availability
            .windows
            .push(window(Weekday::Tue, 13, 15));
        theirs.set_level(Skill::Writing, Some(Level::New));
        theirs.set_level(Skill::Bookkeeping, Some(Level::Can));
        let both = combined(&mine, &theirs).unwrap_or_default();
        assert_eq!(both.display_name, "けい", "a single value stays hers");
        assert_eq!(
            both.availability.windows,
            vec![window(Weekday::Mon, 9, 12), window(Weekday::Tue, 13, 15)]
        );
        assert_eq!(
            both.level_of(Skill::Writing),
            Some(Level::Strong),
            "her level"
        );
        assert_eq!(
            both.level_of(Skill::Bookkeeping),
            Some(Level::Can),
            "their skill added"
        );
        // Nothing of theirs to add: nothing to combine.
        assert_eq!(
            combined(&theirs, &mine.clone()).map(|b| b.skills.len()),
            None
        );
    }
}
