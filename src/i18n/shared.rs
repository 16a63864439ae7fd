//! Texts the board, profile and onboarding chunks share and the first screen never shows:
//! choosing and what is required, the messages a form's fields get back from the core or a
//! backend (a 422's keys), the names of skills and levels, and choosing between two versions.
//! Each of those chunks adds them, so a first visit does not download them.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English,
//! plain Japanese.

crate::i18n::texts! {
    COMMON_CHOOSE = "common.choose":
        "選んでください",
        "Please choose",
        "えらんで ください";
    COMMON_ALL = "common.all":
        "すべて",
        "All",
        "ぜんぶ";
    COMMON_OPTIONAL = "common.optional":
        "任意",
        "Optional",
        "かかなくても よい";
    COMMON_REQUIRED = "common.required":
        "必須",
        "Required",
        "かならず かく";
    ERROR_NAME_REQUIRED = "error.name_required":
        "表示名を入力してください（ニックネームでも大丈夫です）",
        "Please enter a display name (a nickname is fine)",
        "よびなを かいて ください（ニックネームでも だいじょうぶです）";
    _ = "error.too_long":
        "少し長すぎます。短くしてください",
        "This is a little too long. Please shorten it",
        "すこし ながすぎます。みじかく して ください";
    _ = "error.too_many":
        "数が多すぎます。いくつか減らしてから、もう一度お試しください。",
        "There are too many. Remove a few, then try again.",
        "かずが おおすぎます。すこし へらしてから、もう いちど やって ください。";
    _ = "error.step_range":
        "ステップの番号が正しくありません。ページを開き直してください。",
        "That step does not exist. Please open the page again.",
        "〔ステップ〕の ばんごうが ただしく ありません。ページを ひらき なおして ください。";
    _ = "error.hours_range":
        "1〜60の数字で入力してください",
        "Please enter a number from 1 to 60",
        "1から 60までの すうじを かいて ください";
    _ = "error.name_blank":
        "名前を入れてください",
        "Please enter a name",
        "名前《なまえ》を かいて ください";
    _ = "error.duplicate":
        "同じ名前が2回入っています",
        "The same name is there twice",
        "おなじ 名前《なまえ》が 2かい あります";
    _ = "error.year_range":
        "年は1950〜2100で入力してください",
        "Please enter a year from 1950 to 2100",
        "年《ねん》は 1950から 2100までで かいて ください";
    _ = "error.years_range":
        "年数は0〜60で入力してください",
        "Please enter years from 0 to 60",
        "なんねんかは 0から 60までで かいて ください";
    ERROR_TITLE_REQUIRED = "error.title_required":
        "やってみたいことを一言で書いてください",
        "Please say in a few words what you would like to try",
        "やって みたい ことを みじかく かいて ください";
    _ = "error.skill_required":
        "分野を選んでください",
        "Please choose an area",
        "しごとの しゅるいを えらんで ください";
    _ = "error.not_her_skill":
        "このスキルはいまの登録内容にありません。ページを読み込み直してから選んでください",
        "This skill is no longer in her profile. Please reload the page and choose again",
        "この 〔スキル〕は いまの とうろくに ありません。ページを よみこみ なおしてから えらんで ください";
    _ = "error.time_zone":
        "タイムゾーンが正しくありません。ページを開き直してください。",
        "That time zone is not known. Please open the page again.",
        "じかんの せってい（タイムゾーン）が ただしく ありません。ページを ひらき なおして ください。";
    _ = "error.push_endpoint":
        "このブラウザの通知の登録を受け付けられませんでした。ブラウザを新しくしてから、もう一度お試しください。",
        "This browser's notification sign-up was not accepted. Please update the browser and try again.",
        "この 〔ブラウザ〕の おしらせの とうろくが できませんでした。〔ブラウザ〕を あたらしく してから、もう いちど やって ください。";
    _ = "error.push_keys":
        "このブラウザの通知の登録を受け付けられませんでした。ブラウザを新しくしてから、もう一度お試しください。",
        "This browser's notification sign-up was not accepted. Please update the browser and try again.",
        "この 〔ブラウザ〕の おしらせの とうろくが できませんでした。〔ブラウザ〕を あたらしく してから、もう いちど やって ください。";
    _ = "error.date_past":
        "今日以降の日付を選んでください",
        "Please choose today or a later date",
        "今日《きょう》か、それより あとの 日《ひ》を えらんで ください";
    _ = "error.comment_required":
        "コメントを入力してください",
        "Please write a comment",
        "〔コメント〕を かいて ください";
    _ = "error.message_required":
        "ひとことメッセージを書いてください",
        "Please write a short message",
        "みじかい メッセージを かいて ください";
    ERROR_MOVE_NOT_ALLOWED = "error.move_not_allowed":
        "この移動はできません",
        "This move is not possible",
        "ここへは うごかせません";
    ERROR_REASON_REQUIRED = "error.reason_required":
        "見送りの理由を書いてください",
        "Please give a reason for pausing",
        "いまは やらない わけを かいて ください";
    _ = "skill.data_entry":
        "データ入力",
        "Data entry",
        "データの にゅうりょく";
    _ = "skill.sales_assistant":
        "営業アシスタント",
        "Sales assistant",
        "えいぎょうの おてつだい";
    _ = "skill.sns_operations":
        "SNS運用",
        "Social media",
        "SNSの うんよう";
    _ = "skill.customer_support":
        "お客さま対応",
        "Customer support",
        "おきゃくさまへの たいおう";
    _ = "skill.bookkeeping":
        "経理・記帳",
        "Bookkeeping",
        "おかねの きろく（けいり）";
    _ = "skill.writing":
        "文章作成",
        "Writing",
        "文《ぶん》を かく";
    _ = "skill.spreadsheet":
        "表計算",
        "Spreadsheets",
        "ひょうけいさん（エクセルなど）";
    _ = "skill.simple_design":
        "かんたんなデザイン",
        "Simple design",
        "かんたんな デザイン";
    _ = "level.new":
        "はじめて",
        "New to it",
        "はじめて";
    _ = "level.can":
        "できる",
        "Can do",
        "できる";
    _ = "level.strong":
        "得意",
        "Strong",
        "とくい";
    _ = "level.teach":
        "教えられる",
        "Can teach",
        "おしえられる";
    ONB_REVIEW_HOURS = "onb.review.hours":
        "週{hours}時間",
        "{hours} h a week",
        "1しゅうかんに {hours}時間《じかん》";
    CONFLICT_THEIRS = "conflict.theirs":
        "もう一方の内容",
        "The other version",
        "もう ひとつの なかみ";
    CONFLICT_KEEP_MINE = "conflict.keep_mine":
        "この端末の内容を使う",
        "Keep this device's version",
        "この スマホなどの なかみを つかう";
    CONFLICT_TAKE_THEIRS = "conflict.take_theirs":
        "もう一方の内容を使う",
        "Use the other version",
        "もう ひとつの なかみを つかう";
}
