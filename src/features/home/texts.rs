//! Home's texts.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English,
//! plain Japanese.

crate::i18n::texts! {
    HOME_WELCOME_TITLE = "home.welcome_title":
        "ようこそ、おかえりへ",
        "Welcome to Okaeri",
        "ようこそ、おかえりへ";
    HOME_WELCOME_BODY = "home.welcome_body":
        "まずはあなたのことを教えてください。5分ほどで終わります。途中でやめても、続きからできます。",
        "First, tell us a little about yourself. It takes about five minutes, and you can stop and carry on later.",
        "まず あなたの ことを おしえて ください。5分《ふん》ぐらいで おわります。とちゅうで やめても、つづきから できます。";
    HOME_GREETING = "home.greeting":
        "おかえりなさい、{name}さん",
        "Welcome back, {name}",
        "おかえりなさい、{name}さん";
    HOME_MY_STRENGTHS = "home.my_strengths":
        "わたしの強みを見る",
        "See my strengths",
        "わたしの つよみを 見《み》る";
    HOME_MY_CHALLENGES = "home.my_challenges":
        "わたしのチャレンジ",
        "My challenges",
        "わたしの 〔チャレンジ〕";
    HOME_NO_CHALLENGES = "home.no_challenges":
        "まだチャレンジはありません。やってみたいことを相談してみましょう。",
        "No challenges yet. Why not ask about something you would like to try?",
        "まだ 〔チャレンジ〕は ありません。やって みたい ことを そうだん してみましょう。";
}
