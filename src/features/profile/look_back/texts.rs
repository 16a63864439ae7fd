//! The weekly look back's texts.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English.

crate::i18n::texts! {
    TITLE = "lookback.title":
        "今週できたこと",
        "What I did this week";
    OFFER = "lookback.offer":
        "1分で、今週をふりかえってみませんか？できたことは、あなたの成長の記録に残ります。",
        "Take a minute to look back on your week? What you did goes into your growth timeline.";
    START = "lookback.start":
        "ふりかえる",
        "Look back";
    SKIP = "lookback.skip":
        "今週はやめておく",
        "Not this week";
    SKIPPED = "lookback.skipped":
        "今週のふりかえりはお休みにしました。また来週。",
        "No look back this week. See you next week.";
    INTRO = "lookback.intro":
        "思いついたことだけで大丈夫です。空のままでもかまいません。書いたことは、担当のコーディネーターも読めます。",
        "Just what comes to mind; any answer may stay empty. Your coordinators can read what you write.";
    WENT_WELL = "lookback.went_well":
        "うまくいったこと",
        "What went well";
    MORE_OF = "lookback.more_of":
        "もっとやってみたいこと",
        "What you would like to do more of";
    HARD = "lookback.hard":
        "大変だったこと",
        "Anything that was hard";
    NEXT = "lookback.next":
        "次へ",
        "Next";
    SUGGESTIONS = "lookback.suggestions":
        "こんな更新はどうですか？",
        "How about these updates?";
    NO_SUGGESTIONS = "lookback.no_suggestions":
        "今週の提案はありません。このまま残しましょう。",
        "No suggestions this week. Let's keep your look back as it is.";
    SUGGEST_LEVEL = "lookback.suggest_level":
        "{skill}を「{level}」にしますか？",
        "Set {skill} to \u{201c}{level}\u{201d}?";
    SUGGEST_CHALLENGE = "lookback.suggest_challenge":
        "「{title}」をチャレンジとして相談しますか？",
        "Ask for \u{201c}{title}\u{201d} as a challenge?";
    YES = "lookback.yes":
        "はい",
        "Yes";
    NO = "lookback.no":
        "いいえ",
        "No";
    BACK = "lookback.back":
        "戻る",
        "Back";
    SAVE = "lookback.save":
        "ふりかえりを残す",
        "Keep my look back";
    SAVING = "lookback.saving":
        "残しています…",
        "Keeping it…";
    SAVED = "lookback.saved":
        "今週のふりかえりを残しました。おつかれさまでした。",
        "Your look back is kept. Well done this week.";
    QUEUED = "lookback.queued":
        "いまはつながっていません。ふりかえりはこの端末に残し、つながったら送ります。",
        "You are offline. Your look back is kept on this device and goes once you are back online.";
    LEVEL_DONE = "lookback.level_done":
        "{skill}を「{level}」にしました。",
        "{skill} is now \u{201c}{level}\u{201d}.";
    ASK_CHALLENGE = "lookback.ask_challenge":
        "「{title}」を相談する",
        "Ask for \u{201c}{title}\u{201d}";
    CHALLENGE_WHY = "lookback.challenge_why":
        "今週のふりかえりで、もっとやってみたいと思いました。",
        "In my weekly look back, I found I would like to do more of this.";
    SEE_STRENGTHS = "lookback.see_strengths":
        "わたしの強みを見る",
        "See my strengths";
    NOT_DUE = "lookback.not_due":
        "今週のふりかえりは、もう済んでいます。また来週。",
        "This week's look back is done. See you next week.";
    DAY = "lookback.day":
        "ふりかえりの曜日",
        "Look back day";
    DAY_HINT = "lookback.day_hint":
        "この曜日から週末まで、ホームに「今週できたこと」が出ます。お知らせは週に1回まで、あなたの時間内だけです。",
        "From this day to the end of the week, home offers \u{201c}What I did this week\u{201d}. At most one reminder a week, inside your hours.";
    DAY_SAVED = "lookback.day_saved":
        "曜日を保存しました。",
        "Day saved.";
    FOR_WORKERS = "lookback.for_workers":
        "ふりかえりは、ワーカーが自分の1週間を残すページです。",
        "The weekly look back is where a worker keeps her week.";
    QUEUE_LABEL = "lookback.queue_label":
        "今週のふりかえり",
        "This week's look back";
}
