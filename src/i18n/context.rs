//! The language as reactive state: read it in views with `i18n.t("key")`.

use super::{format, lookup, Lang};
use crate::platform::{dom, storage};
use leptos::prelude::*;

const KEY: &str = "lang";

#[derive(Clone, Copy)]
pub struct I18n {
    /// What views read: the app-wide choice, or a page's own memo of it (see `for_page`).
    pub lang: Signal<Lang>,
    chosen: RwSignal<Lang>,
}

impl I18n {
    /// Japanese unless she chose English before.
    pub fn load() -> I18n {
        let lang = storage::get(KEY)
            .and_then(|c| Lang::from_code(&c))
            .unwrap_or_default();
        dom::set_document_lang(lang.code());
        let chosen = RwSignal::new(lang);
        I18n {
            lang: chosen.into(),
            chosen,
        }
    }

    /// The same language through a memo owned by the current page. A subscriber of an app-wide
    /// signal stays allocated until that signal next changes, and the language rarely does:
    /// read directly, every text of every page visited stayed in memory. Through the page's
    /// memo, they go with the page.
    /// `page_memo` makes that memo (`app::page_scope`, which pages own).
    pub fn for_page(&self, page_memo: impl FnOnce(Signal<Lang>) -> Signal<Lang>) -> I18n {
        I18n {
            lang: page_memo(self.chosen.into()),
            chosen: self.chosen,
        }
    }

    pub fn set(&self, lang: Lang) {
        storage::set(KEY, lang.code());
        dom::set_document_lang(lang.code());
        self.chosen.set(lang);
    }

    /// Tracked: a view calling this re-renders when the language changes.
    pub fn t(&self, key: &str) -> &'static str {
        lookup(self.lang.get(), key)
    }

    /// Untracked and app-wide, for work that may finish after its page has gone: a page's own
    /// memo of the language goes with the page, and reading it then would panic.
    pub fn t_now(&self, key: &str) -> &'static str {
        lookup(self.chosen.get_untracked(), key)
    }

    /// `f` for work that may finish after its page has gone, as `t_now`.
    pub fn f_now(&self, key: &str, args: &[(&str, &str)]) -> String {
        format(self.chosen.get_untracked(), key, args)
    }

    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        format(self.lang.get(), key, args)
    }

    pub fn lang(&self) -> Lang {
        self.lang.get()
    }
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| {
        let i18n = I18n::load();
        provide_context(i18n);
        i18n
    })
}
