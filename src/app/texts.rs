//! The shell's texts: the header, the navigation, demo roles, updates and installing.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English.

crate::i18n::texts! {
    APP_NAME = "app.name":
        "おかえり",
        "Okaeri";
    NAV_SKIP = "nav.skip":
        "本文へ移動",
        "Skip to content";
    NAV_LABEL = "nav.label":
        "メインメニュー",
        "Main menu";
    NAV_HOME = "nav.home":
        "ホーム",
        "Home";
    NAV_PROFILE = "nav.profile":
        "わたしの強み",
        "My strengths";
    NAV_BOARD = "nav.board":
        "チャレンジ",
        "Challenges";
    NAV_NOTICES = "nav.notices":
        "お知らせ",
        "Notices";
    NAV_SETTINGS = "nav.settings":
        "設定",
        "Settings";
    DEMO_NOTICE = "demo.notice":
        "デモ版です。データはこの端末のブラウザの中だけに保存されます。",
        "This is the demo. Data is kept only in this browser on this device.";
    DEMO_ROLE = "demo.role":
        "デモの立場",
        "Demo role";
    DEMO_ROLE_CHANGED = "demo.role_changed":
        "{role}として表示しています",
        "Now showing the app as the {role}";
    ERROR_PAGE_UNAVAILABLE = "error.page_unavailable":
        "このページを読み込めませんでした。インターネットにつながっているか確かめて、もう一度お試しください。",
        "This page could not be loaded. Please check that you are connected, then try again.";
    PWA_UPDATE = "pwa.update":
        "新しいバージョンがあります",
        "A new version is available";
    PWA_UPDATE_NOW = "pwa.update_now":
        "更新する",
        "Update";
    PWA_LATER = "pwa.later":
        "あとで",
        "Later";
    NOTFOUND_TITLE = "notfound.title":
        "ページが見つかりません",
        "Page not found";
    NOTFOUND_BODY = "notfound.body":
        "アドレスが変わったか、ページがなくなったのかもしれません。",
        "The address may have changed, or the page is gone.";
    NOTFOUND_HOME = "notfound.home":
        "ホームへ戻る",
        "Back to home";
}
