//! Every page's address, named once: [`Route`] builds links and navigations, and `patterns`
//! gives the router the same paths to match. Nothing else writes a path.

use crate::platform::dom;

/// A page of the app, with what its address needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route<'a> {
    Home,
    Onboarding,
    MyProfile,
    Worker(&'a str),
    WorkerCard(&'a str),
    /// Her 職務経歴書: printable, like her card, so it shares its address.
    Resume(&'a str),
    Board,
    NewRequest,
    Challenge(&'a str),
    Notifications,
    /// 今週できたこと: her weekly look back.
    LookBack,
    Settings,
    /// ことばの説明: the katakana terms and what they mean.
    Glossary,
}

impl Route<'_> {
    /// The path inside the app ("/board/ch101"), ids encoded.
    pub fn path(self) -> String {
        use okaeri_core::domain::board_filter::encode;
        match self {
            Route::Home => "/".into(),
            Route::Onboarding => "/onboarding".into(),
            Route::MyProfile => "/profile".into(),
            Route::Worker(id) => format!("/workers/{}", encode(id)),
            Route::WorkerCard(id) => format!("/workers/{}/card", encode(id)),
            Route::Resume(id) => format!("/workers/{}/card?as=resume", encode(id)),
            Route::Board => "/board".into(),
            Route::NewRequest => "/board/new".into(),
            Route::Challenge(id) => format!("/board/{}", encode(id)),
            Route::Notifications => "/notifications".into(),
            Route::LookBack => "/look-back".into(),
            Route::Settings => "/settings".into(),
            Route::Glossary => "/glossary".into(),
        }
    }

    /// The path with a query string (`query` already encoded); none if it is empty.
    pub fn with_query(self, query: &str) -> String {
        let path = self.path();
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    }

    /// The address under the app's mount point ("/apps/okaeri/board/ch101"), for `href`.
    pub fn href(self) -> String {
        dom::to(self.path())
    }
}

/// The router's patterns for the same pages (leptos_router's `path!` needs literals).
pub mod patterns {
    use leptos_router::{path, ParamSegment, StaticSegment};

    type Static = StaticSegment<&'static str>;

    pub fn home() {
        path!("/")
    }
    pub fn onboarding() -> (Static,) {
        path!("/onboarding")
    }
    pub fn my_profile() -> (Static,) {
        path!("/profile")
    }
    pub fn worker() -> (Static, ParamSegment) {
        path!("/workers/:id")
    }
    pub fn worker_card() -> (Static, ParamSegment, Static) {
        path!("/workers/:id/card")
    }
    pub fn board() -> (Static,) {
        path!("/board")
    }
    pub fn new_request() -> (Static, Static) {
        path!("/board/new")
    }
    pub fn challenge() -> (Static, ParamSegment) {
        path!("/board/:id")
    }
    pub fn notifications() -> (Static,) {
        path!("/notifications")
    }
    pub fn look_back() -> (Static,) {
        path!("/look-back")
    }
    pub fn settings() -> (Static,) {
        path!("/settings")
    }
    pub fn glossary() -> (Static,) {
        path!("/glossary")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_each_page_and_encode_ids() {
        assert_eq!(Route::Home.path(), "/");
        assert_eq!(Route::Challenge("ch 1/2").path(), "/board/ch%201%2F2");
        assert_eq!(Route::WorkerCard("w1").path(), "/workers/w1/card");
        assert_eq!(Route::Board.with_query(""), "/board");
        assert_eq!(Route::Board.with_query("q=x"), "/board?q=x");
    }
}
