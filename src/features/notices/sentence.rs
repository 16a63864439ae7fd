//! A notice as one sentence in her language: who, what, about which card.

use crate::features::notices::texts;
use crate::i18n::context::I18n;
use okaeri_core::domain::challenge::Status;
use okaeri_core::domain::notice::{Notice, NoticeKind, RequestChange};

fn skill_name(i18n: I18n, n: &Notice) -> String {
    match (&n.skill, &n.own_skill) {
        (Some(s), _) => i18n.t(s.label_key()).to_string(),
        (None, Some(name)) => name.clone(),
        (None, None) => String::new(),
    }
}

pub fn sentence(i18n: I18n, n: &Notice) -> String {
    let status = n.to.map(|s| i18n.t(s.label_key())).unwrap_or_default();
    let skill = skill_name(i18n, n);
    let key = match n.kind {
        NoticeKind::Request => match n.change {
            Some(RequestChange::Edited) => texts::REQUEST_EDITED,
            Some(RequestChange::Withdrawn) => texts::REQUEST_WITHDRAWN,
            _ => texts::REQUEST_NEW,
        },
        NoticeKind::Move if n.to == Some(Status::Paused) && !n.text.is_empty() => texts::PAUSED,
        NoticeKind::Move => texts::MOVED,
        NoticeKind::Comment => texts::COMMENTED,
        NoticeKind::Endorsement => texts::ENDORSED,
        NoticeKind::DayOff if n.text.is_empty() => texts::DAY_OFF,
        NoticeKind::DayOff => texts::DAY_OFF_NOTE,
        NoticeKind::LookBack => texts::LOOK_BACK_DUE,
    };
    i18n.f(
        key,
        &[
            ("actor", &n.actor_name),
            ("title", &n.title),
            ("status", status),
            ("text", &n.text),
            ("skill", &skill),
        ],
    )
}
