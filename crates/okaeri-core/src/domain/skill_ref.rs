//! A skill as coordinators speak of it when they endorse or search: one of the catalogue, or one
//! she named herself (Canva, Excel マクロ).

use super::fold::name_key;
use super::skill::{Level, Skill};
use super::worker::ProfileFields;

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SkillRef {
    Listed(Skill),
    /// Her own skill, by the name she gave it.
    Own(String),
}

/// How an own skill is told apart from the catalogue's ids in an address or a form's value.
const OWN: &str = "own:";

impl SkillRef {
    /// For addresses and form values: the catalogue's id, or `own:` and the name.
    pub fn id(&self) -> String {
        match self {
            SkillRef::Listed(s) => s.id().to_string(),
            SkillRef::Own(name) => format!("{OWN}{name}"),
        }
    }

    pub fn from_id(id: &str) -> Option<SkillRef> {
        match id.strip_prefix(OWN) {
            Some(name) => {
                let name = name.trim();
                (!name.is_empty()).then(|| SkillRef::Own(name.to_string()))
            }
            None => Skill::from_id(id).map(SkillRef::Listed),
        }
    }

    /// Her level in it and her years of it, if she has it (an own skill found by its name in
    /// any spelling).
    pub fn held_in(&self, f: &ProfileFields) -> Option<(Level, Option<u8>)> {
        match self {
            SkillRef::Listed(s) => f
                .skills
                .iter()
                .find(|e| e.skill == *s)
                .map(|e| (e.level, e.years)),
            SkillRef::Own(name) => {
                let key = name_key(name);
                f.own_skills
                    .iter()
                    .find(|o| name_key(&o.name) == key)
                    .map(|o| (o.level, o.years))
            }
        }
    }

    pub fn level_in(&self, f: &ProfileFields) -> Option<Level> {
        self.held_in(f).map(|(level, _)| level)
    }

    /// Whether this is the own skill called `name`, in any spelling.
    pub fn is_own(&self, name: &str) -> bool {
        matches!(self, SkillRef::Own(n) if name_key(n) == name_key(name))
    }
}

/// Every own skill among these workers, once each (the first spelling met), in name order:
/// what a coordinator can filter by besides the catalogue.
pub fn own_skill_names<'a>(fields: impl IntoIterator<Item = &'a ProfileFields>) -> Vec<String> {
    let mut names: Vec<(String, String)> = Vec::new();
    for f in fields {
        for s in &f.own_skills {
            let key = name_key(&s.name);
            if !names.iter().any(|(k, _)| *k == key) {
                names.push((key, s.name.clone()));
            }
        }
    }
    names.sort_unstable();
    names.into_iter().map(|(_, name)| name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::worker::OwnSkill;

    fn with_own(names: &[(&str, Level)]) -> ProfileFields {
        ProfileFields {
            own_skills: names
                .iter()
                .map(|(n, l)| OwnSkill {
                    name: (*n).into(),
                    level: *l,
                    years: None,
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn ids_round_trip_and_nonsense_is_nothing() {
        for s in [
            SkillRef::Listed(Skill::Bookkeeping),
            SkillRef::Own("Excel マクロ".into()),
        ] {
            assert_eq!(SkillRef::from_id(&s.id()), Some(s));
        }
        assert_eq!(SkillRef::from_id("own:  "), None);
        assert_eq!(SkillRef::from_id("cooking"), None);
    }

    #[test]
    fn an_own_skill_is_found_in_any_spelling() {
        let f = with_own(&[("Canva", Level::Strong)]);
        assert_eq!(
            SkillRef::Own("ｃａｎｖａ".into()).level_in(&f),
            Some(Level::Strong)
        );
        assert_eq!(SkillRef::Own("Figma".into()).level_in(&f), None);
        assert_eq!(SkillRef::Listed(Skill::Writing).level_in(&f), None);
    }

    #[test]
    fn the_teams_own_skills_are_listed_once_each() {
        let a = with_own(&[("Canva", Level::Can), ("英語", Level::Strong)]);
        let b = with_own(&[("canva", Level::Teach), ("Excel マクロ", Level::New)]);
        assert_eq!(own_skill_names([&a, &b]), ["Canva", "Excel マクロ", "英語"]);
    }
}
