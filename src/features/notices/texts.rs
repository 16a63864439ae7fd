//! The texts of お知らせ: the inbox, each kind of notice as a sentence, and the settings.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English,
//! plain Japanese.

crate::i18n::texts! {
    INBOX_TITLE = "notices.title":
        "お知らせ",
        "Notices",
        "おしらせ";
    NAV_UNREAD = "notices.nav_unread":
        "（未読 {count}件）",
        " ({count} unread)",
        "（まだ 読《よ》んで いない もの {count}こ）";
    INBOX_EMPTY = "notices.empty":
        "お知らせはまだありません。カードが動いたり、コメントが届いたりすると、ここに表示されます。",
        "No notices yet. When a card moves or someone writes to you, it shows here.",
        "おしらせは まだ ありません。カードが うごいたり、〔コメント〕が とどいたり すると、ここに でます。";
    INBOX_MARK_ALL = "notices.mark_all":
        "すべて既読にする",
        "Mark all as read",
        "ぜんぶ 読《よ》んだ ことに する";
    INBOX_ALL_READ = "notices.all_read":
        "すべて既読にしました",
        "All marked as read",
        "ぜんぶ 読《よ》んだ ことに しました";
    INBOX_MORE = "notices.more":
        "もっと見る",
        "Show more",
        "もっと 見《み》る";
    INBOX_UNREAD = "notices.unread":
        "未読",
        "Unread",
        "まだ 読《よ》んで いない";
    INBOX_NOT_SAVED = "notices.not_saved":
        "既読にできませんでした。通信が戻ったら、もう一度お試しください。",
        "Could not mark them as read. Please try again when you are back online.",
        "読《よ》んだ ことに できませんでした。でんぱが もどったら、もう いちど やって ください。";
    REQUEST_NEW = "notices.request_new":
        "{actor}さんが新しいチャレンジを相談したいそうです：「{title}」",
        "{actor} would like to talk about a new challenge: “{title}”",
        "{actor}さんが あたらしい 〔チャレンジ〕を そうだん したい そうです：「{title}」";
    REQUEST_EDITED = "notices.request_edited":
        "{actor}さんが相談の内容を直しました：「{title}」",
        "{actor} edited a request: “{title}”",
        "{actor}さんが そうだんの なかみを なおしました：「{title}」";
    REQUEST_WITHDRAWN = "notices.request_withdrawn":
        "{actor}さんが相談を取り下げました：「{title}」",
        "{actor} withdrew a request: “{title}”",
        "{actor}さんが そうだんを とりさげました：「{title}」";
    MOVED = "notices.moved":
        "{actor}さんが「{title}」を「{status}」に移しました",
        "{actor} moved “{title}” to {status}",
        "{actor}さんが「{title}」を「{status}」へ うごかしました";
    PAUSED = "notices.paused":
        "{actor}さんが「{title}」を見送りにしました。理由：{text}",
        "{actor} paused “{title}”. Reason: {text}",
        "{actor}さんが「{title}」を いまは やらない ことに しました。わけ：{text}";
    COMMENTED = "notices.commented":
        "{actor}さんが「{title}」にコメントしました：「{text}」",
        "{actor} commented on “{title}”: “{text}”",
        "{actor}さんが「{title}」に 〔コメント〕しました：「{text}」";
    ENDORSED = "notices.endorsed":
        "{actor}さんから「{skill}」で推薦が届きました：「{text}」",
        "{actor} endorsed you for {skill}: “{text}”",
        "{actor}さんが「{skill}」で あなたを すいせん しました：「{text}」";
    DAY_OFF = "notices.day_off":
        "{actor}さんは今日お休みです",
        "{actor} is off today",
        "{actor}さんは 今日《きょう》 おやすみです";
    DAY_OFF_NOTE = "notices.day_off_note":
        "{actor}さんは今日お休みです（{text}）",
        "{actor} is off today ({text})",
        "{actor}さんは 今日《きょう》 おやすみです（{text}）";
    LOOK_BACK_DUE = "notices.look_back":
        "今週のふりかえりの日です。1分で、できたことを残しませんか？",
        "It is your weekly look back day. Take a minute to keep what you did?",
        "今日《きょう》は 1しゅうかんの ふりかえりの 日《ひ》です。1分《ぷん》で、できた ことを のこしませんか？";
    SETTINGS_TITLE = "notices.settings_title":
        "お知らせの受け取り方",
        "How notices reach you",
        "おしらせの うけとりかた";
    SETTINGS_HINT = "notices.settings_hint":
        "お知らせは、いつでもこの画面の「お知らせ」で読めます。ここでは、通知で知らせてよい時を種類ごとに選べます。「時間内だけ」は、登録した働ける時間の中だけ（お休みの日を除く）知らせます。",
        "You can always read notices under Notices. Here you choose, for each kind, when a notification may interrupt you. “Only in my hours” waits for the hours you registered, and never on your days off.",
        "おしらせは、いつでも この 画面《がめん》の「おしらせ」で 読《よ》めます。ここでは、つうちで しらせて よい ときを、しゅるいごとに えらべます。「時間《じかん》の なかだけ」は、とうろくした はたらける 時間《じかん》の なかだけ（おやすみの 日《ひ》を のぞく）しらせます。";
    SETTINGS_SAVED = "notices.settings_saved":
        "お知らせの設定を保存しました",
        "Notice settings saved",
        "おしらせの せっていを ほぞん しました";
    SETTINGS_NOT_SAVED = "notices.settings_not_saved":
        "保存できませんでした。選んだ内容はそのままです。もう一度お試しください。",
        "Could not save. Your choice is still here; please try again.",
        "ほぞん できませんでした。えらんだ ものは そのままです。もう いちど やって ください。";
    SETTINGS_RETRY = "notices.settings_retry":
        "もう一度保存する",
        "Save again",
        "もう いちど ほぞん する";
    _ = "notices.kind.request":
        "チャレンジの相談（新しい・直した・取り下げた）",
        "Challenge requests (new, edited, withdrawn)",
        "〔チャレンジ〕の そうだん（あたらしい・なおした・とりさげた）";
    _ = "notices.kind.move":
        "カードの移動",
        "Cards moving",
        "カードが うごいた とき";
    _ = "notices.kind.comment":
        "コメント",
        "Comments",
        "〔コメント〕";
    _ = "notices.kind.endorsement":
        "推薦",
        "Endorsements",
        "すいせん";
    _ = "notices.kind.look_back":
        "週1回のふりかえり",
        "Your weekly look back",
        "1しゅうかんに 1かいの ふりかえり";
    _ = "notices.kind.day_off":
        "ワーカーの「今日は休みます」",
        "A worker taking today off",
        "〔ワーカー〕の「今日《きょう》は やすみます」";
    _ = "notices.delivery.now":
        "すぐ知らせる",
        "Right away",
        "すぐ しらせる";
    _ = "notices.delivery.in_hours":
        "時間内だけ",
        "Only in my hours",
        "時間《じかん》の なかだけ";
    _ = "notices.delivery.never":
        "知らせない",
        "Never",
        "しらせない";
    PUSH_TITLE = "notices.push_title":
        "この端末への通知",
        "Notifications on this device",
        "この スマホなどへの つうち";
    PUSH_HINT = "notices.push_hint":
        "通知は端末ごとに選べます。許可をたずねるのは、下のボタンを押したときだけです。届くのは、上で「知らせない」にしていない種類だけです。",
        "You choose notifications for each device. You are asked for permission only when you press the button below. Only the kinds you have not set to “Never” above arrive.",
        "つうちは スマホや パソコンごとに えらべます。いいか どうか きくのは、したの ボタンを おした ときだけです。とどくのは、うえで「しらせない」に して いない しゅるいだけです。";
    PUSH_TURN_ON = "notices.push_turn_on":
        "この端末に通知する",
        "Notify me on this device",
        "この スマホなどに つうち する";
    PUSH_TURN_OFF = "notices.push_turn_off":
        "この端末への通知をやめる",
        "Stop notifications on this device",
        "この スマホなどへの つうちを やめる";
    PUSH_ON = "notices.push_on":
        "この端末に通知が届きます。",
        "Notifications arrive on this device.",
        "この スマホなどに つうちが とどきます。";
    PUSH_OFF_DONE = "notices.push_off_done":
        "この端末への通知をやめました。",
        "Notifications on this device are off.",
        "この スマホなどへの つうちを やめました。";
    PUSH_NO_SENDER = "notices.push_no_sender":
        "この端末での通知を許可しました。ただ、いまの接続先（デモなど）は通知を送りません。お知らせは「お知らせ」でいつでも読めます。",
        "Notifications are allowed on this device, but the backend in use (such as the demo) does not send them. You can always read notices under Notices.",
        "この スマホなどでの つうちを ゆるしました。でも、いまの つなぎさき（〔デモ〕など）は つうちを おくりません。おしらせは「おしらせ」で いつでも 読《よ》めます。";
    PUSH_DENIED = "notices.push_denied":
        "通知はブラウザの設定で止められています。受け取りたいときは、ブラウザのこのサイトの設定から「通知」を許可してください。",
        "Notifications are blocked in the browser's settings. To receive them, allow notifications for this site in the browser's settings.",
        "つうちは 〔ブラウザ〕の せっていで とめられて います。うけとりたい ときは、〔ブラウザ〕の この サイトの せっていで「つうち」を ゆるして ください。";
    PUSH_UNSUPPORTED = "notices.push_unsupported":
        "このブラウザでは通知を受け取れません。iPhoneでは、ホーム画面に追加したアプリで受け取れます。",
        "This browser cannot show notifications. On an iPhone, they arrive in the app once it is added to the home screen.",
        "この 〔ブラウザ〕では つうちを うけとれません。iPhoneでは、ホーム画面《がめん》に 入《い》れた アプリで うけとれます。";
    PUSH_FAILED = "notices.push_failed":
        "通知の登録ができませんでした。通信が戻ったら、もう一度お試しください。",
        "Could not set up notifications. Please try again when you are back online.",
        "つうちの とうろくが できませんでした。でんぱが もどったら、もう いちど やって ください。";
    PUSH_FALLBACK = "notices.push_fallback":
        "新しいお知らせがあります",
        "You have a new notice",
        "あたらしい おしらせが あります";
}
