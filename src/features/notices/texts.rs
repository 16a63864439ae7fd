//! The texts of お知らせ: the inbox, each kind of notice as a sentence, and the settings.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English.

crate::i18n::texts! {
    INBOX_TITLE = "notices.title":
        "お知らせ",
        "Notices";
    NAV_UNREAD = "notices.nav_unread":
        "（未読 {count}件）",
        " ({count} unread)";
    INBOX_EMPTY = "notices.empty":
        "お知らせはまだありません。カードが動いたり、コメントが届いたりすると、ここに表示されます。",
        "No notices yet. When a card moves or someone writes to you, it shows here.";
    INBOX_MARK_ALL = "notices.mark_all":
        "すべて既読にする",
        "Mark all as read";
    INBOX_ALL_READ = "notices.all_read":
        "すべて既読にしました",
        "All marked as read";
    INBOX_MORE = "notices.more":
        "もっと見る",
        "Show more";
    INBOX_UNREAD = "notices.unread":
        "未読",
        "Unread";
    INBOX_NOT_SAVED = "notices.not_saved":
        "既読にできませんでした。通信が戻ったら、もう一度お試しください。",
        "Could not mark them as read. Please try again when you are back online.";
    REQUEST_NEW = "notices.request_new":
        "{actor}さんが新しいチャレンジを相談したいそうです：「{title}」",
        "{actor} would like to talk about a new challenge: “{title}”";
    REQUEST_EDITED = "notices.request_edited":
        "{actor}さんが相談の内容を直しました：「{title}」",
        "{actor} edited a request: “{title}”";
    REQUEST_WITHDRAWN = "notices.request_withdrawn":
        "{actor}さんが相談を取り下げました：「{title}」",
        "{actor} withdrew a request: “{title}”";
    MOVED = "notices.moved":
        "{actor}さんが「{title}」を「{status}」に移しました",
        "{actor} moved “{title}” to {status}";
    PAUSED = "notices.paused":
        "{actor}さんが「{title}」を見送りにしました。理由：{text}",
        "{actor} paused “{title}”. Reason: {text}";
    COMMENTED = "notices.commented":
        "{actor}さんが「{title}」にコメントしました：「{text}」",
        "{actor} commented on “{title}”: “{text}”";
    ENDORSED = "notices.endorsed":
        "{actor}さんから「{skill}」で推薦が届きました：「{text}」",
        "{actor} endorsed you for {skill}: “{text}”";
    DAY_OFF = "notices.day_off":
        "{actor}さんは今日お休みです",
        "{actor} is off today";
    DAY_OFF_NOTE = "notices.day_off_note":
        "{actor}さんは今日お休みです（{text}）",
        "{actor} is off today ({text})";
    LOOK_BACK_DUE = "notices.look_back":
        "今週のふりかえりの日です。1分で、できたことを残しませんか？",
        "It is your weekly look back day. Take a minute to keep what you did?";
    SETTINGS_TITLE = "notices.settings_title":
        "お知らせの受け取り方",
        "How notices reach you";
    SETTINGS_HINT = "notices.settings_hint":
        "お知らせは、いつでもこの画面の「お知らせ」で読めます。ここでは、通知で知らせてよい時を種類ごとに選べます。「時間内だけ」は、登録した働ける時間の中だけ（お休みの日を除く）知らせます。",
        "You can always read notices under Notices. Here you choose, for each kind, when a notification may interrupt you. “Only in my hours” waits for the hours you registered, and never on your days off.";
    SETTINGS_SAVED = "notices.settings_saved":
        "お知らせの設定を保存しました",
        "Notice settings saved";
    SETTINGS_NOT_SAVED = "notices.settings_not_saved":
        "保存できませんでした。選んだ内容はそのままです。もう一度お試しください。",
        "Could not save. Your choice is still here; please try again.";
    SETTINGS_RETRY = "notices.settings_retry":
        "もう一度保存する",
        "Save again";
    _ = "notices.kind.request":
        "チャレンジの相談（新しい・直した・取り下げた）",
        "Challenge requests (new, edited, withdrawn)";
    _ = "notices.kind.move":
        "カードの移動",
        "Cards moving";
    _ = "notices.kind.comment":
        "コメント",
        "Comments";
    _ = "notices.kind.endorsement":
        "推薦",
        "Endorsements";
    _ = "notices.kind.look_back":
        "週1回のふりかえり",
        "Your weekly look back";
    _ = "notices.kind.day_off":
        "ワーカーの「今日は休みます」",
        "A worker taking today off";
    _ = "notices.delivery.now":
        "すぐ知らせる",
        "Right away";
    _ = "notices.delivery.in_hours":
        "時間内だけ",
        "Only in my hours";
    _ = "notices.delivery.never":
        "知らせない",
        "Never";
    PUSH_TITLE = "notices.push_title":
        "この端末への通知",
        "Notifications on this device";
    PUSH_HINT = "notices.push_hint":
        "通知は端末ごとに選べます。許可をたずねるのは、下のボタンを押したときだけです。届くのは、上で「知らせない」にしていない種類だけです。",
        "You choose notifications for each device. You are asked for permission only when you press the button below. Only the kinds you have not set to “Never” above arrive.";
    PUSH_TURN_ON = "notices.push_turn_on":
        "この端末に通知する",
        "Notify me on this device";
    PUSH_TURN_OFF = "notices.push_turn_off":
        "この端末への通知をやめる",
        "Stop notifications on this device";
    PUSH_ON = "notices.push_on":
        "この端末に通知が届きます。",
        "Notifications arrive on this device.";
    PUSH_OFF_DONE = "notices.push_off_done":
        "この端末への通知をやめました。",
        "Notifications on this device are off.";
    PUSH_NO_SENDER = "notices.push_no_sender":
        "この端末での通知を許可しました。ただ、いまの接続先（デモなど）は通知を送りません。お知らせは「お知らせ」でいつでも読めます。",
        "Notifications are allowed on this device, but the backend in use (such as the demo) does not send them. You can always read notices under Notices.";
    PUSH_DENIED = "notices.push_denied":
        "通知はブラウザの設定で止められています。受け取りたいときは、ブラウザのこのサイトの設定から「通知」を許可してください。",
        "Notifications are blocked in the browser's settings. To receive them, allow notifications for this site in the browser's settings.";
    PUSH_UNSUPPORTED = "notices.push_unsupported":
        "このブラウザでは通知を受け取れません。iPhoneでは、ホーム画面に追加したアプリで受け取れます。",
        "This browser cannot show notifications. On an iPhone, they arrive in the app once it is added to the home screen.";
    PUSH_FAILED = "notices.push_failed":
        "通知の登録ができませんでした。通信が戻ったら、もう一度お試しください。",
        "Could not set up notifications. Please try again when you are back online.";
    PUSH_FALLBACK = "notices.push_fallback":
        "新しいお知らせがあります",
        "You have a new notice";
}
