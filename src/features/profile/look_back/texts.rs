//! The weekly look back's texts.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English,
//! plain Japanese.

crate::i18n::texts! {
    TITLE = "lookback.title":
        "今週できたこと",
        "What I did this week",
        "今週《こんしゅう》 できた こと";
    OFFER = "lookback.offer":
        "1分で、今週をふりかえってみませんか？できたことは、あなたの成長の記録に残ります。",
        "Take a minute to look back on your week? What you did goes into your growth timeline.",
        "1分《ぷん》で、今週《こんしゅう》を ふりかえって みませんか？できた ことは、あなたが のびた きろくに のこります。";
    START = "lookback.start":
        "ふりかえる",
        "Look back",
        "ふりかえる";
    SKIP = "lookback.skip":
        "今週はやめておく",
        "Not this week",
        "今週《こんしゅう》は やめて おく";
    SKIPPED = "lookback.skipped":
        "今週のふりかえりはお休みにしました。また来週。",
        "No look back this week. See you next week.",
        "今週《こんしゅう》の ふりかえりは やすみに しました。また らいしゅう。";
    INTRO = "lookback.intro":
        "思いついたことだけで大丈夫です。空のままでもかまいません。書いたことは、担当のコーディネーターも読めます。",
        "Just what comes to mind; any answer may stay empty. Your coordinators can read what you write.",
        "おもいついた ことだけで だいじょうぶです。かかなくても かまいません。かいた ことは、たんとうの 〔コーディネーター〕も 読《よ》めます。";
    WENT_WELL = "lookback.went_well":
        "うまくいったこと",
        "What went well",
        "うまく いった こと";
    MORE_OF = "lookback.more_of":
        "もっとやってみたいこと",
        "What you would like to do more of",
        "もっと やって みたい こと";
    HARD = "lookback.hard":
        "大変だったこと",
        "Anything that was hard",
        "たいへんだった こと";
    NEXT = "lookback.next":
        "次へ",
        "Next",
        "つぎへ";
    SUGGESTIONS = "lookback.suggestions":
        "こんな更新はどうですか？",
        "How about these updates?",
        "こんな ふうに かえて みませんか？";
    NO_SUGGESTIONS = "lookback.no_suggestions":
        "今週の提案はありません。このまま残しましょう。",
        "No suggestions this week. Let's keep your look back as it is.",
        "今週《こんしゅう》の ていあんは ありません。このまま のこしましょう。";
    SUGGEST_LEVEL = "lookback.suggest_level":
        "{skill}を「{level}」にしますか？",
        "Set {skill} to \u{201c}{level}\u{201d}?",
        "{skill}を「{level}」に しますか？";
    SUGGEST_CHALLENGE = "lookback.suggest_challenge":
        "「{title}」をチャレンジとして相談しますか？",
        "Ask for \u{201c}{title}\u{201d} as a challenge?",
        "「{title}」を 〔チャレンジ〕として そうだん しますか？";
    YES = "lookback.yes":
        "はい",
        "Yes",
        "はい";
    NO = "lookback.no":
        "いいえ",
        "No",
        "いいえ";
    BACK = "lookback.back":
        "戻る",
        "Back",
        "もどる";
    SAVE = "lookback.save":
        "ふりかえりを残す",
        "Keep my look back",
        "ふりかえりを のこす";
    SAVING = "lookback.saving":
        "残しています…",
        "Keeping it…",
        "のこして います…";
    SAVED = "lookback.saved":
        "今週のふりかえりを残しました。おつかれさまでした。",
        "Your look back is kept. Well done this week.",
        "今週《こんしゅう》の ふりかえりを のこしました。おつかれさまでした。";
    QUEUED = "lookback.queued":
        "いまはつながっていません。ふりかえりはこの端末に残し、つながったら送ります。",
        "You are offline. Your look back is kept on this device and goes once you are back online.",
        "いまは つながって いません。ふりかえりは この スマホなどに のこして、つながったら おくります。";
    LEVEL_DONE = "lookback.level_done":
        "{skill}を「{level}」にしました。",
        "{skill} is now \u{201c}{level}\u{201d}.",
        "{skill}を「{level}」に しました。";
    ASK_CHALLENGE = "lookback.ask_challenge":
        "「{title}」を相談する",
        "Ask for \u{201c}{title}\u{201d}",
        "「{title}」を そうだん する";
    CHALLENGE_WHY = "lookback.challenge_why":
        "今週のふりかえりで、もっとやってみたいと思いました。",
        "In my weekly look back, I found I would like to do more of this.",
        "今週《こんしゅう》の ふりかえりで、もっと やって みたいと おもいました。";
    SEE_STRENGTHS = "lookback.see_strengths":
        "わたしの強みを見る",
        "See my strengths",
        "わたしの つよみを 見《み》る";
    NOT_DUE = "lookback.not_due":
        "今週のふりかえりは、もう済んでいます。また来週。",
        "This week's look back is done. See you next week.",
        "今週《こんしゅう》の ふりかえりは、もう おわって います。また らいしゅう。";
    DAY = "lookback.day":
        "ふりかえりの曜日",
        "Look back day",
        "ふりかえりの ようび";
    DAY_HINT = "lookback.day_hint":
        "この曜日から週末まで、ホームに「今週できたこと」が出ます。お知らせは週に1回まで、あなたの時間内だけです。",
        "From this day to the end of the week, home offers \u{201c}What I did this week\u{201d}. At most one reminder a week, inside your hours.",
        "この ようびから しゅうまつまで、ホームに「今週《こんしゅう》 できた こと」が でます。おしらせは 1しゅうかんに 1かいまで、あなたの 時間《じかん》の なかだけです。";
    DAY_SAVED = "lookback.day_saved":
        "曜日を保存しました。",
        "Day saved.",
        "ようびを ほぞん しました。";
    FOR_WORKERS = "lookback.for_workers":
        "ふりかえりは、ワーカーが自分の1週間を残すページです。",
        "The weekly look back is where a worker keeps her week.",
        "ふりかえりは、〔ワーカー〕が じぶんの 1しゅうかんを のこす ページです。";
    QUEUE_LABEL = "lookback.queue_label":
        "今週のふりかえり",
        "This week's look back",
        "今週《こんしゅう》の ふりかえり";
}
