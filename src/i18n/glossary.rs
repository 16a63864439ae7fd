//! The katakana terms the app cannot avoid, each with its meaning in plain words: explained by
//! a tap where plain Japanese marks them (`plain::term`), and gathered on the glossary page.
//!
//! Each text: its key, Japanese, English, plain Japanese.

/// Every term, in the order the glossary lists them: the key of its word, and of what it means.
pub const TERMS: [(&str, &str); 14] = [
    ("term.worker", "term.worker.means"),
    ("term.coordinator", "term.coordinator.means"),
    ("term.challenge", "term.challenge.means"),
    ("term.skill", "term.skill.means"),
    ("term.comment", "term.comment.means"),
    ("term.sign_in", "term.sign_in.means"),
    ("term.sign_out", "term.sign_out.means"),
    ("term.browser", "term.browser.means"),
    ("term.demo", "term.demo.means"),
    ("term.server", "term.server.means"),
    ("term.step", "term.step.means"),
    ("term.account", "term.account.means"),
    ("term.offline", "term.offline.means"),
    ("term.version", "term.version.means"),
];

crate::i18n::texts! {
    _ = "term.worker":
        "ワーカー",
        "Worker",
        "ワーカー";
    _ = "term.worker.means":
        "チームの一員として、家からお仕事をする人のことです。",
        "Someone who works from home as part of the team.",
        "チームで、いえから しごとを する 人《ひと》の ことです。";
    _ = "term.coordinator":
        "コーディネーター",
        "Coordinator",
        "コーディネーター";
    _ = "term.coordinator.means":
        "ワーカーにお仕事をお願いしたり、相談にのったりする会社の担当者です。",
        "The person at the company who gives workers their work and talks their plans through with them.",
        "〔ワーカー〕に しごとを たのんだり、そうだんに のったり する、かいしゃの 人《ひと》です。";
    _ = "term.challenge":
        "チャレンジ",
        "Challenge",
        "チャレンジ";
    _ = "term.challenge.means":
        "新しくやってみたいお仕事のことです。相談すると、コーディネーターと一緒に考えます。",
        "A new kind of work you would like to try. Ask about it, and a coordinator thinks it through with you.",
        "あたらしく やって みたい しごとの ことです。そうだん すると、〔コーディネーター〕と いっしょに かんがえます。";
    _ = "term.skill":
        "スキル",
        "Skill",
        "スキル";
    _ = "term.skill.means":
        "できることや、お仕事の力のことです。",
        "Something you can do, and how well you do it.",
        "できる ことや、しごとの ちからの ことです。";
    _ = "term.comment":
        "コメント",
        "Comment",
        "コメント";
    _ = "term.comment.means":
        "チャレンジのページで送る、短いメッセージのことです。",
        "A short message on a challenge's page.",
        "〔チャレンジ〕の ページで おくる、みじかい メッセージの ことです。";
    _ = "term.sign_in":
        "ログイン",
        "Sign in",
        "ログイン";
    _ = "term.sign_in.means":
        "自分だと知らせて、アプリを使い始めることです。",
        "Telling the app who you are, so you can start using it.",
        "じぶんだと しらせて、アプリを つかい はじめる ことです。";
    _ = "term.sign_out":
        "ログアウト",
        "Log out",
        "ログアウト";
    _ = "term.sign_out.means":
        "アプリを使うのを終わりにすることです。この端末のデータは消えます。",
        "Stopping using the app on this device. What it kept on this device is deleted.",
        "アプリを つかうのを おわりに する ことです。この スマホなどの データは きえます。";
    _ = "term.browser":
        "ブラウザ",
        "Browser",
        "ブラウザ";
    _ = "term.browser.means":
        "インターネットのページを見るアプリです（Chrome、Safari など）。",
        "The app you look at web pages with (Chrome, Safari and so on).",
        "インターネットの ページを 見《み》る アプリです（Chrome、Safari など）。";
    _ = "term.demo":
        "デモ",
        "Demo",
        "デモ";
    _ = "term.demo.means":
        "試しに使うための版です。データはこの端末の中だけにあり、会社には送りません。",
        "A version to try things out. Its data stays on this device and is not sent to any company.",
        "ためしに つかう ための ものです。データは この スマホなどの なかだけに あって、かいしゃには おくりません。";
    _ = "term.server":
        "サーバー",
        "Server",
        "サーバー";
    _ = "term.server.means":
        "会社のデータを預かるコンピューターです。",
        "The company's computer that keeps the data.",
        "かいしゃの データを あずかる コンピューターです。";
    _ = "term.step":
        "ステップ",
        "Step",
        "ステップ";
    _ = "term.step.means":
        "順番に進むときの、ひとつひとつの段階です。",
        "One of the parts you go through in order.",
        "じゅんばんに すすむ ときの、ひとつずつの ところです。";
    _ = "term.account":
        "アカウント",
        "Account",
        "アカウント";
    _ = "term.account.means":
        "このアプリであなたを表す登録のことです。",
        "Your registration: what stands for you in this app.",
        "この アプリで あなたを あらわす とうろくの ことです。";
    _ = "term.offline":
        "オフライン",
        "Offline",
        "オフライン";
    _ = "term.offline.means":
        "インターネットにつながっていないことです。",
        "Not connected to the internet.",
        "インターネットに つながって いない ことです。";
    _ = "term.version":
        "バージョン",
        "Version",
        "バージョン";
    _ = "term.version.means":
        "アプリの新しさのことです。新しくすると、直ったところが使えます。",
        "How new the app is. Updating it brings what has been fixed or added.",
        "アプリの あたらしさの ことです。あたらしく すると、なおった ところが つかえます。";
}
