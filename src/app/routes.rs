//! Every page's address, named once: [`Route`] builds links and navigations, and
//! [`Address::parse`] reads an address back into the page it shows (`app::pages` draws it).
//! Nothing else writes or reads a path.

use crate::platform::dom;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;
use okaeri_core::domain::board_filter::{decode, encode};

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

/// Which page an address shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Onboarding,
    MyProfile,
    Worker,
    /// Her card, and her 職務経歴書 (`?as=resume`).
    WorkerCard,
    Board,
    NewRequest,
    Challenge,
    Notifications,
    LookBack,
    Settings,
    Glossary,
}

/// An address read back: the page it shows and the id it names, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub page: Page,
    pub id: Option<String>,
}

impl Address {
    /// The page a path inside the app ("/board/ch%20101", no query) shows, as [`Route::path`]
    /// writes it; a trailing slash is allowed. None where no page is (her "not found").
    pub fn parse(path: &str) -> Option<Address> {
        let path = path.trim_end_matches('/');
        let segments: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.strip_prefix('/')?.split('/').collect()
        };
        let id = |segment: &str| decode(segment).filter(|id| !id.is_empty());
        let (page, id) = match segments.as_slice() {
            [] => (Page::Home, None),
            ["onboarding"] => (Page::Onboarding, None),
            ["profile"] => (Page::MyProfile, None),
            ["workers", worker] => (Page::Worker, Some(id(worker)?)),
            ["workers", worker, "card"] => (Page::WorkerCard, Some(id(worker)?)),
            ["board"] => (Page::Board, None),
            ["board", "new"] => (Page::NewRequest, None),
            ["board", challenge] => (Page::Challenge, Some(id(challenge)?)),
            ["notifications"] => (Page::Notifications, None),
            ["look-back"] => (Page::LookBack, None),
            ["settings"] => (Page::Settings, None),
            ["glossary"] => (Page::Glossary, None),
            _ => return None,
        };
        Some(Address { page, id })
    }
}

/// The id the address names (a worker, a challenge), for the page that shows it.
#[derive(Clone, Copy)]
pub struct RouteId(pub Signal<String>);

/// The id in the address of the page this component sits in (tracked); empty outside one.
pub fn use_route_id() -> Signal<String> {
    use_context::<RouteId>().map_or_else(|| Signal::stored(String::new()), |id| id.0)
}

/// The address's query, for the page that reads it.
#[derive(Clone, Copy)]
pub struct PageQuery(pub Signal<ParamsMap>);

/// The query of the page this component sits in (tracked): as the address has it while she is
/// on the page; as it was once she leaves. Outside a page, the router's.
pub fn use_page_query() -> Signal<ParamsMap> {
    use_context::<PageQuery>().map_or_else(|| use_query_map().into(), |q| q.0)
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

    /// Every page with a sample id, as a link names it, and what reading it back gives.
    fn every_page(id: &str) -> Vec<(Route<'_>, Page, Option<String>)> {
        let some = Some(id.to_string());
        vec![
            (Route::Home, Page::Home, None),
            (Route::Onboarding, Page::Onboarding, None),
            (Route::MyProfile, Page::MyProfile, None),
            (Route::Worker(id), Page::Worker, some.clone()),
            (Route::WorkerCard(id), Page::WorkerCard, some.clone()),
            (Route::Board, Page::Board, None),
            (Route::NewRequest, Page::NewRequest, None),
            (Route::Challenge(id), Page::Challenge, some),
            (Route::Notifications, Page::Notifications, None),
            (Route::LookBack, Page::LookBack, None),
            (Route::Settings, Page::Settings, None),
            (Route::Glossary, Page::Glossary, None),
        ]
    }

    proptest::proptest! {
        #[test]
        fn every_link_reads_back_as_its_page_and_id(id in "\\PC+") {
            // "new" names the request form, not a challenge: ids are never that word.
            proptest::prop_assume!(id != "new");
            for (route, page, id) in every_page(&id) {
                let read = Address::parse(&route.path());
                proptest::prop_assert_eq!(read, Some(Address { page, id }), "{:?}", route);
            }
        }
    }

    #[test]
    fn her_resume_is_her_card_and_a_trailing_slash_is_the_same_page() {
        let card = Address::parse(&Route::WorkerCard("w1").path());
        assert_eq!(Address::parse("/workers/w1/card/"), card);
        assert_eq!(card.map(|a| a.page), Some(Page::WorkerCard));
        assert_eq!(Address::parse("").map(|a| a.page), Some(Page::Home));
        assert_eq!(Address::parse("/board/").map(|a| a.page), Some(Page::Board));
    }

    #[test]
    fn an_address_no_page_has_is_not_found() {
        for path in [
            "/nowhere",
            "/board/a/b",
            "/workers",
            "/workers//card",
            "/board/%zz",
            "board",
            "/profile/x",
        ] {
            assert_eq!(Address::parse(path), None, "{path}");
        }
    }
}
