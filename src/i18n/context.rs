//! The language as reactive state: read it in views with `i18n.v("key")` (a text that may
//! carry furigana) or `i18n.t("key")` (a plain string, for attributes and sentences built in
//! code).

use super::plain::{self, PlainLoad};
use super::{format, lookup, lookup_marked, Lang};
use crate::platform::{dom, storage};
use leptos::prelude::*;

const KEY: &str = "lang";
/// Set beside `lang` = ja while she reads plain Japanese.
const PLAIN_KEY: &str = "plain";

#[derive(Clone, Copy)]
pub struct I18n {
    /// What views read: the app-wide choice, or a page's own memo of it (see `for_page`).
    pub lang: Signal<Lang>,
    chosen: RwSignal<Lang>,
    /// She asked for plain Japanese and its texts could not be fetched (offline on a first
    /// visit): her settings say so.
    plain_missing: RwSignal<bool>,
    /// The same, as views read it: the app-wide signal or a page's own memo (`for_page`).
    missing_shown: Signal<bool>,
    /// Fetches the plain chunk: the app's (`app::plain_texts`); none in component tests.
    plain_loader: Option<fn() -> PlainLoad>,
}

impl I18n {
    /// Japanese unless she chose English before; plain Japanese once its texts have come, if
    /// she chose it.
    pub fn start(plain_loader: fn() -> PlainLoad) -> I18n {
        I18n::begin(Some(plain_loader))
    }

    /// As `start`, without plain Japanese (component tests).
    pub fn load() -> I18n {
        I18n::begin(None)
    }

    fn begin(plain_loader: Option<fn() -> PlainLoad>) -> I18n {
        let lang = storage::get(KEY)
            .and_then(|c| Lang::from_code(&c))
            .unwrap_or_default();
        dom::set_document_lang(lang.code());
        let chosen = RwSignal::new(lang);
        let plain_missing = RwSignal::new(false);
        let i18n = I18n {
            lang: chosen.into(),
            chosen,
            plain_missing,
            missing_shown: plain_missing.into(),
            plain_loader,
        };
        if lang == Lang::Ja && storage::get(PLAIN_KEY).is_some() {
            i18n.use_plain();
        }
        i18n
    }

    /// The same language through a memo owned by the current page. A subscriber of an app-wide
    /// signal stays allocated until that signal next changes, and the language rarely does:
    /// read directly, every text of every page visited stayed in memory. Through the page's
    /// memo, they go with the page.
    /// `lang` and `missing` make those memos (`app::page_scope`, which pages own); the second,
    /// of whether plain Japanese could not be fetched, for the same reason.
    pub fn for_page(
        &self,
        lang: impl FnOnce(Signal<Lang>) -> Signal<Lang>,
        missing: impl FnOnce(Signal<bool>) -> Signal<bool>,
    ) -> I18n {
        I18n {
            lang: lang(self.chosen.into()),
            missing_shown: missing(self.plain_missing.into()),
            ..*self
        }
    }

    /// Her choice, remembered. Plain Japanese takes effect once its texts have come.
    pub fn set(&self, lang: Lang) {
        storage::set(KEY, lang.code());
        dom::set_document_lang(lang.code());
        match lang {
            Lang::Ja => {
                storage::remove(PLAIN_KEY);
                self.chosen.set(Lang::Ja);
            }
            Lang::Plain => {
                storage::set(PLAIN_KEY, "1");
                self.use_plain();
            }
            Lang::En => self.chosen.set(Lang::En),
        }
    }

    /// The header's one switch: English, or back to Japanese as she reads it.
    pub fn toggle(&self) {
        match self.chosen.get_untracked() {
            Lang::En if storage::get(PLAIN_KEY).is_some() => self.set(Lang::Plain),
            Lang::En => self.set(Lang::Ja),
            Lang::Ja | Lang::Plain => self.set(Lang::En),
        }
    }

    fn use_plain(self) {
        if plain::draw().is_some() {
            self.chosen.set(Lang::Plain);
            return;
        }
        let Some(load) = self.plain_loader else {
            return;
        };
        self.plain_missing.set(false);
        leptos::task::spawn_local(async move {
            match load().await {
                // Unless she has chosen otherwise meanwhile.
                Ok(())
                    if storage::get(PLAIN_KEY).is_some()
                        && self.chosen.get_untracked() == Lang::Ja =>
                {
                    self.chosen.set(Lang::Plain)
                }
                Ok(()) => {}
                Err(_) => self.plain_missing.set(true),
            }
        });
    }

    /// The same language for a document others read (her 職務経歴書, for an employer): standard
    /// Japanese while she reads plain Japanese.
    pub fn for_others(&self) -> I18n {
        let lang = self.lang;
        I18n {
            lang: Signal::derive(move || match lang.get() {
                Lang::Plain => Lang::Ja,
                other => other,
            }),
            ..*self
        }
    }

    /// Plain Japanese was asked for and could not be fetched.
    pub fn plain_missing(&self) -> bool {
        self.missing_shown.get()
    }

    /// Tracked: a view calling this re-renders when the language changes. A plain string:
    /// in plain Japanese, kana in place of kanji (an attribute cannot hold furigana).
    pub fn t(&self, key: &str) -> &'static str {
        lookup(self.lang.get(), key)
    }

    /// A text as a view: in plain Japanese, with furigana and its terms explained. Every
    /// text is an `AnyView`, so the first download has no renderer of its own for this.
    pub fn v(&self, key: &'static str) -> impl IntoView + use<> {
        let lang = self.lang;
        move || {
            let lang = lang.get();
            let marked = match lang {
                Lang::Plain => plain::draw().zip(lookup_marked(key)),
                Lang::Ja | Lang::En => None,
            };
            match marked {
                Some((draw, text)) => draw(text),
                None => lookup(lang, key).into_any(),
            }
        }
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
