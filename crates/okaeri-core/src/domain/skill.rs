//! The skill catalogue and the four described levels.

use serde::{Deserialize, Serialize};

/// Kinds of work the company matches workers with. The i18n layer names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Skill {
    DataEntry,
    SalesAssistant,
    SnsOperations,
    CustomerSupport,
    Bookkeeping,
    Writing,
    Spreadsheet,
    SimpleDesign,
}

impl Skill {
    pub const ALL: [Skill; 8] = [
        Skill::DataEntry,
        Skill::SalesAssistant,
        Skill::SnsOperations,
        Skill::CustomerSupport,
        Skill::Bookkeeping,
        Skill::Writing,
        Skill::Spreadsheet,
        Skill::SimpleDesign,
    ];

    /// Stable identifier used in URLs, JSON and i18n keys.
    pub fn id(self) -> &'static str {
        match self {
            Skill::DataEntry => "data_entry",
            Skill::SalesAssistant => "sales_assistant",
            Skill::SnsOperations => "sns_operations",
            Skill::CustomerSupport => "customer_support",
            Skill::Bookkeeping => "bookkeeping",
            Skill::Writing => "writing",
            Skill::Spreadsheet => "spreadsheet",
            Skill::SimpleDesign => "simple_design",
        }
    }

    pub fn from_id(id: &str) -> Option<Skill> {
        Skill::ALL.into_iter().find(|s| s.id() == id)
    }

    /// i18n key of the skill's display name.
    pub fn label_key(self) -> &'static str {
        match self {
            Skill::DataEntry => "skill.data_entry",
            Skill::SalesAssistant => "skill.sales_assistant",
            Skill::SnsOperations => "skill.sns_operations",
            Skill::CustomerSupport => "skill.customer_support",
            Skill::Bookkeeping => "skill.bookkeeping",
            Skill::Writing => "skill.writing",
            Skill::Spreadsheet => "skill.spreadsheet",
            Skill::SimpleDesign => "skill.simple_design",
        }
    }
}

/// Described levels: each one says what the worker can do, not a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// はじめて: new to it, wants to learn.
    New,
    /// できる: can do it with a little help.
    Can,
    /// 得意: good at it, works independently.
    Strong,
    /// 教えられる: can teach others.
    Teach,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::New, Level::Can, Level::Strong, Level::Teach];

    pub fn id(self) -> &'static str {
        match self {
            Level::New => "new",
            Level::Can => "can",
            Level::Strong => "strong",
            Level::Teach => "teach",
        }
    }

    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.id() == id)
    }

    /// 1..=4, used by the strengths chart.
    pub fn rank(self) -> u8 {
        match self {
            Level::New => 1,
            Level::Can => 2,
            Level::Strong => 3,
            Level::Teach => 4,
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Level::New => "level.new",
            Level::Can => "level.can",
            Level::Strong => "level.strong",
            Level::Teach => "level.teach",
        }
    }

    pub fn description_key(self) -> &'static str {
        match self {
            Level::New => "level.new.desc",
            Level::Can => "level.can.desc",
            Level::Strong => "level.strong.desc",
            Level::Teach => "level.teach.desc",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for s in Skill::ALL {
            assert_eq!(Skill::from_id(s.id()), Some(s));
            assert_eq!(
                serde_json::to_string(&s).ok(),
                Some(format!("\"{}\"", s.id()))
            );
        }
        for l in Level::ALL {
            assert_eq!(Level::from_id(l.id()), Some(l));
        }
        assert_eq!(Skill::from_id("juggling"), None);
    }

    #[test]
    fn levels_are_ordered() {
        assert!(
            Level::New < Level::Can && Level::Can < Level::Strong && Level::Strong < Level::Teach
        );
        assert_eq!(Level::Teach.rank(), 4);
    }
}
