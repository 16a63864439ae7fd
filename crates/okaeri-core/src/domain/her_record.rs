//! Her record, to take with her: everything Okaeri keeps about her work, as one JSON file she
//! downloads from settings — her profile (skills, qualifications, direction, hours), the
//! endorsements she received, and her challenges with their conversations. It reads back
//! whole, so another service (or Okaeri again) can take it in.

use super::challenge::Challenge;
use super::endorsement::Endorsement;
use super::worker::Profile;
use crate::domain::look_back::LookBack;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Names the file's shape; a later shape gets a new number.
pub const FORMAT: &str = "okaeri.her-record/1";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HerRecord {
    pub format: String,
    #[serde(with = "super::timestamp")]
    pub exported_at: DateTime<Utc>,
    pub profile: Profile,
    pub endorsements: Vec<Endorsement>,
    pub challenges: Vec<Challenge>,
    /// Her weekly look backs, oldest first.
    #[serde(default)]
    pub look_backs: Vec<LookBack>,
}

impl HerRecord {
    /// Hers only, whatever the lists given hold.
    pub fn new(
        profile: Profile,
        endorsements: Vec<Endorsement>,
        challenges: Vec<Challenge>,
        now: DateTime<Utc>,
    ) -> HerRecord {
        let id = profile.id.clone();
        HerRecord {
            format: FORMAT.to_string(),
            exported_at: now,
            endorsements: endorsements
                .into_iter()
                .filter(|e| e.worker_id == id)
                .collect(),
            challenges: challenges
                .into_iter()
                .filter(|c| c.worker_id == id)
                .collect(),
            look_backs: Vec::new(),
            profile,
        }
    }

    /// The file's name: `okaeri-<date>.json` (her name stays out of file lists).
    pub fn file_name(&self) -> String {
        format!("okaeri-{}.json", self.exported_at.format("%Y-%m-%d"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::seed::seed;
    use chrono::TimeZone;

    #[test]
    fn her_record_reads_back_whole_and_holds_only_hers() {
        let now = Utc
            .with_ymd_and_hms(2026, 12, 8, 1, 0, 0)
            .single()
            .unwrap_or_default();
        let db = seed(now);
        let kei = db.profiles.get("w-kei").map(|r| r.value.clone());
        let Some(kei) = kei else {
            panic!("the demo has けい");
        };
        let challenges: Vec<Challenge> = db.challenges.iter().map(|r| r.value.clone()).collect();
        let record = HerRecord::new(kei, db.endorsements.clone(), challenges, now);
        assert!(!record.challenges.is_empty() && !record.endorsements.is_empty());
        assert!(record.challenges.iter().all(|c| c.worker_id == "w-kei"));
        assert!(record.endorsements.iter().all(|e| e.worker_id == "w-kei"));
        let json = serde_json::to_string(&record).unwrap_or_default();
        let back: Result<HerRecord, _> = serde_json::from_str(&json);
        assert_eq!(back.ok(), Some(record.clone()));
        assert_eq!(record.file_name(), "okaeri-2026-12-08.json");
    }
}
