//! Home's texts.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English.

crate::i18n::texts! {
    HOME_WELCOME_TITLE = "home.welcome_title":
        "ようこそ、おかえりへ",
        "Welcome to Okaeri";
    HOME_WELCOME_BODY = "home.welcome_body":
        "まずはあなたのことを教えてください。5分ほどで終わります。途中でやめても、続きからできます。",
        "First, tell us a little about yourself. It takes about five minutes, and you can stop and carry on later.";
    HOME_GREETING = "home.greeting":
        "おかえりなさい、{name}さん",
        "Welcome back, {name}";
    HOME_MY_STRENGTHS = "home.my_strengths":
        "わたしの強みを見る",
        "See my strengths";
    HOME_MY_CHALLENGES = "home.my_challenges":
        "わたしのチャレンジ",
        "My challenges";
    HOME_NO_CHALLENGES = "home.no_challenges":
        "まだチャレンジはありません。やってみたいことを相談してみましょう。",
        "No challenges yet. Why not ask about something you would like to try?";
}
