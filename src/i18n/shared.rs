//! Texts the board, profile and onboarding chunks share and the first screen never shows:
//! choosing and what is required, the messages a form's fields get back from the core or a
//! backend (a 422's keys), the names of skills and levels, and choosing between two versions.
//! Each of those chunks adds them, so a first visit does not download them.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English.

crate::i18n::texts! {
    COMMON_CHOOSE = "common.choose":
        "選んでください",
        "Please choose";
    COMMON_ALL = "common.all":
        "すべて",
        "All";
    COMMON_OPTIONAL = "common.optional":
        "任意",
        "Optional";
    COMMON_REQUIRED = "common.required":
        "必須",
        "Required";
    ERROR_NAME_REQUIRED = "error.name_required":
        "表示名を入力してください（ニックネームでも大丈夫です）",
        "Please enter a display name (a nickname is fine)";
    _ = "error.too_long":
        "少し長すぎます。短くしてください",
        "This is a little too long. Please shorten it";
    _ = "error.too_many":
        "数が多すぎます。いくつか減らしてから、もう一度お試しください。",
        "There are too many. Remove a few, then try again.";
    _ = "error.step_range":
        "ステップの番号が正しくありません。ページを開き直してください。",
        "That step does not exist. Please open the page again.";
    _ = "error.hours_range":
        "1〜60の数字で入力してください",
        "Please enter a number from 1 to 60";
    _ = "error.name_blank":
        "名前を入れてください",
        "Please enter a name";
    _ = "error.duplicate":
        "同じ名前が2回入っています",
        "The same name is there twice";
    _ = "error.year_range":
        "年は1950〜2100で入力してください",
        "Please enter a year from 1950 to 2100";
    _ = "error.years_range":
        "年数は0〜60で入力してください",
        "Please enter years from 0 to 60";
    ERROR_TITLE_REQUIRED = "error.title_required":
        "やってみたいことを一言で書いてください",
        "Please say in a few words what you would like to try";
    _ = "error.skill_required":
        "分野を選んでください",
        "Please choose an area";
    _ = "error.not_her_skill":
        "このスキルはいまの登録内容にありません。ページを読み込み直してから選んでください",
        "This skill is no longer in her profile. Please reload the page and choose again";
    _ = "error.time_zone":
        "タイムゾーンが正しくありません。ページを開き直してください。",
        "That time zone is not known. Please open the page again.";
    _ = "error.push_endpoint":
        "このブラウザの通知の登録を受け付けられませんでした。ブラウザを新しくしてから、もう一度お試しください。",
        "This browser's notification sign-up was not accepted. Please update the browser and try again.";
    _ = "error.push_keys":
        "このブラウザの通知の登録を受け付けられませんでした。ブラウザを新しくしてから、もう一度お試しください。",
        "This browser's notification sign-up was not accepted. Please update the browser and try again.";
    _ = "error.date_past":
        "今日以降の日付を選んでください",
        "Please choose today or a later date";
    _ = "error.comment_required":
        "コメントを入力してください",
        "Please write a comment";
    _ = "error.message_required":
        "ひとことメッセージを書いてください",
        "Please write a short message";
    ERROR_MOVE_NOT_ALLOWED = "error.move_not_allowed":
        "この移動はできません",
        "This move is not possible";
    ERROR_REASON_REQUIRED = "error.reason_required":
        "見送りの理由を書いてください",
        "Please give a reason for pausing";
    _ = "skill.data_entry":
        "データ入力",
        "Data entry";
    _ = "skill.sales_assistant":
        "営業アシスタント",
        "Sales assistant";
    _ = "skill.sns_operations":
        "SNS運用",
        "Social media";
    _ = "skill.customer_support":
        "お客さま対応",
        "Customer support";
    _ = "skill.bookkeeping":
        "経理・記帳",
        "Bookkeeping";
    _ = "skill.writing":
        "文章作成",
        "Writing";
    _ = "skill.spreadsheet":
        "表計算",
        "Spreadsheets";
    _ = "skill.simple_design":
        "かんたんなデザイン",
        "Simple design";
    _ = "level.new":
        "はじめて",
        "New to it";
    _ = "level.can":
        "できる",
        "Can do";
    _ = "level.strong":
        "得意",
        "Strong";
    _ = "level.teach":
        "教えられる",
        "Can teach";
    ONB_REVIEW_HOURS = "onb.review.hours":
        "週{hours}時間",
        "{hours} h a week";
    CONFLICT_THEIRS = "conflict.theirs":
        "もう一方の内容",
        "The other version";
    CONFLICT_KEEP_MINE = "conflict.keep_mine":
        "この端末の内容を使う",
        "Keep this device's version";
    CONFLICT_TAKE_THEIRS = "conflict.take_theirs":
        "もう一方の内容を使う",
        "Use the other version";
}
