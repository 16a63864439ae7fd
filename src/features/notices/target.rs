//! Where a notice leads: the card, comment or profile it is about.

use crate::app::routes::Route;
use okaeri_core::domain::notice::{Notice, NoticeKind, RequestChange};

/// The path a notice links to.
pub fn target(n: &Notice) -> String {
    let challenge = n.challenge_id.as_deref();
    match (n.kind, challenge) {
        // A withdrawn request has no card any more: the board.
        (NoticeKind::Request, _) if n.change == Some(RequestChange::Withdrawn) => {
            Route::Board.path()
        }
        (NoticeKind::Comment, Some(id)) => match &n.comment_id {
            Some(c) => format!("{}#comment-{c}", Route::Challenge(id).path()),
            None => Route::Challenge(id).path(),
        },
        (NoticeKind::Request | NoticeKind::Move, Some(id)) => Route::Challenge(id).path(),
        (NoticeKind::Endorsement, _) => Route::MyProfile.path(),
        (NoticeKind::LookBack, _) => Route::LookBack.path(),
        (NoticeKind::DayOff, _) => match &n.worker_id {
            Some(w) => Route::Worker(w).path(),
            None => Route::Home.path(),
        },
        _ => Route::Board.path(),
    }
}
