//! The shell's texts: the header, the navigation, demo roles, updates and installing.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English,
//! plain Japanese.

crate::i18n::texts! {
    APP_NAME = "app.name":
        "おかえり",
        "Okaeri",
        "おかえり";
    NAV_SKIP = "nav.skip":
        "本文へ移動",
        "Skip to content",
        "ほんぶんへ いく";
    NAV_LABEL = "nav.label":
        "メインメニュー",
        "Main menu",
        "メインメニュー";
    NAV_HOME = "nav.home":
        "ホーム",
        "Home",
        "ホーム";
    NAV_PROFILE = "nav.profile":
        "わたしの強み",
        "My strengths",
        "わたしの つよみ";
    NAV_BOARD = "nav.board":
        "チャレンジ",
        "Challenges",
        "〔チャレンジ〕";
    NAV_NOTICES = "nav.notices":
        "お知らせ",
        "Notices",
        "おしらせ";
    NAV_SETTINGS = "nav.settings":
        "設定",
        "Settings",
        "せってい";
    DEMO_NOTICE = "demo.notice":
        "デモ版です。データはこの端末のブラウザの中だけに保存されます。",
        "This is the demo. Data is kept only in this browser on this device.",
        "〔デモ〕です。データは この スマホなどの 〔ブラウザ〕の なかだけに ほぞん されます。";
    DEMO_ROLE = "demo.role":
        "デモの立場",
        "Demo role",
        "〔デモ〕での たちば";
    DEMO_ROLE_CHANGED = "demo.role_changed":
        "{role}として表示しています",
        "Now showing the app as the {role}",
        "{role}として 見《み》て います";
    ERROR_PAGE_UNAVAILABLE = "error.page_unavailable":
        "このページを読み込めませんでした。インターネットにつながっているか確かめて、もう一度お試しください。",
        "This page could not be loaded. Please check that you are connected, then try again.",
        "この ページを よみこめませんでした。インターネットに つながって いるか たしかめて、もう いちど やって ください。";
    PWA_UPDATE = "pwa.update":
        "新しいバージョンがあります",
        "A new version is available",
        "あたらしい 〔バージョン〕が あります";
    PWA_UPDATE_NOW = "pwa.update_now":
        "更新する",
        "Update",
        "あたらしく する";
    PWA_LATER = "pwa.later":
        "あとで",
        "Later",
        "あとで";
    NOTFOUND_TITLE = "notfound.title":
        "ページが見つかりません",
        "Page not found",
        "ページが 見《み》つかりません";
    NOTFOUND_BODY = "notfound.body":
        "アドレスが変わったか、ページがなくなったのかもしれません。",
        "The address may have changed, or the page is gone.",
        "アドレスが かわったか、ページが なくなったのかも しれません。";
    NOTFOUND_HOME = "notfound.home":
        "ホームへ戻る",
        "Back to home",
        "ホームへ もどる";
}
