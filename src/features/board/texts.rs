//! The challenge board's texts: the board, a challenge, a new request and her writes waiting to be sent.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English.

crate::i18n::texts! {
    BOARD_TITLE = "board.title":
        "チャレンジボード",
        "Challenge board";
    BOARD_FILTERS = "board.filters":
        "チャレンジの絞り込み",
        "Filter challenges";
    BOARD_SEARCH = "board.search":
        "ことばで探す",
        "Search";
    BOARD_SKILL = "board.skill":
        "分野",
        "Skill";
    BOARD_WORKER = "board.worker":
        "ワーカー",
        "Worker";
    BOARD_STATUS_FILTER = "board.status_filter":
        "状態で表示を切り替える",
        "Show by status";
    BOARD_ALL_COUNT = "board.all_count":
        "すべて（{n}）",
        "All ({n})";
    BOARD_EMPTY_COLUMN = "board.empty_column":
        "ここにはまだありません",
        "Nothing here yet";
    BOARD_MORE = "board.more":
        "もっと見る（残り{n}件）",
        "Show more ({n} left)";
    BOARD_COMMENTS = "board.comments":
        "コメント{n}件",
        "{n} {n|comment|comments}";
    BOARD_NEW_COMMENTS = "board.new_comments":
        "新着コメント{n}件",
        "{n} new {n|comment|comments}";
    BOARD_PAUSED_REASON = "board.paused_reason":
        "見送りの理由: ",
        "Paused because: ";
    BOARD_ACHIEVED_OFFER = "board.achieved_offer":
        "{name}さんの「{title}」ができました！この分野で推薦しますか？",
        "{name} has done “{title}”! Endorse her for this skill?";
    BOARD_ENDORSE_OFFER = "board.endorse_offer":
        "推薦する（これを頼みたい）",
        "Endorse (I'd like to ask her)";
    MOVE_LABEL = "move.label":
        "移動",
        "Move";
    MOVE_LABEL_FOR = "move.label_for":
        "「{title}」を移動",
        "Move “{title}”";
    MOVE_CHOOSE = "move.choose":
        "移動先を選ぶ",
        "Move to…";
    MOVE_REASON = "move.reason":
        "見送りの理由",
        "Reason for pausing";
    MOVE_PAUSE = "move.pause":
        "見送りにする",
        "Pause";
    MOVE_DONE = "move.done":
        "「{title}」を{status}に移動しました",
        "Moved “{title}” to {status}";
    MOVE_CONFLICT = "move.conflict":
        "ほかの人が先に変更しました。最新の内容を読み込みました。もう一度選んでください。",
        "Someone changed this first. The latest version is loaded; please choose again.";
    REQUEST_TITLE = "request.title":
        "チャレンジを相談する",
        "Ask about a challenge";
    REQUEST_LEAD = "request.lead":
        "やってみたいことを気軽に書いてください。コーディネーターと一緒に考えます。",
        "Write freely what you would like to try. Your coordinator will think it through with you.";
    REQUEST_COORDINATOR = "request.coordinator":
        "チャレンジの相談はワーカーが行います。「デモの立場」をワーカーにすると試せます。",
        "Workers ask for challenges. Switch the demo role to Worker to try it.";
    REQUEST_FIELD_TITLE = "request.field_title":
        "やってみたいこと",
        "What you would like to try";
    REQUEST_TITLE_PLACEHOLDER = "request.title_placeholder":
        "例: 経理の入門として請求書の処理をしてみたい",
        "e.g. Handle invoices as a first step into bookkeeping";
    REQUEST_SKILL = "request.skill":
        "分野",
        "Skill";
    REQUEST_WHY = "request.why":
        "やってみたい理由",
        "Why you would like to try it";
    REQUEST_HOURS = "request.hours":
        "1週間に使える時間",
        "Hours per week";
    REQUEST_START = "request.start":
        "始めたい日",
        "Wished start date";
    REQUEST_SUPPORT = "request.support":
        "してほしいサポート",
        "Support you would like";
    REQUEST_SUPPORT_PLACEHOLDER = "request.support_placeholder":
        "例: 最初は一緒に手順を確認してほしい",
        "e.g. Go through the steps together at first";
    REQUEST_SUBMIT = "request.submit":
        "この内容で相談する",
        "Send this request";
    REQUEST_SENT = "request.sent":
        "相談を送りました",
        "Request sent";
    REQUEST_KEPT = "request.kept":
        "入力した内容はこの端末に保存されています。",
        "What you typed is saved on this device.";
    CHALLENGE_BACK = "challenge.back":
        "← チャレンジボードへ",
        "← Challenge board";
    CHALLENGE_HISTORY = "challenge.history":
        "これまでの流れ",
        "History";
    CHALLENGE_COMMENTS = "challenge.comments":
        "やりとり",
        "Conversation";
    CHALLENGE_NO_COMMENTS = "challenge.no_comments":
        "まだコメントはありません。",
        "No comments yet.";
    CHALLENGE_COMMENT = "challenge.comment":
        "コメント",
        "Comment";
    CHALLENGE_SEND = "challenge.send":
        "送信",
        "Send";
    CHALLENGE_COMMENT_SENT = "challenge.comment_sent":
        "コメントを送りました",
        "Comment sent";
    CHALLENGE_WITHDRAW = "challenge.withdraw":
        "この相談を取り下げる",
        "Withdraw this request";
    CHALLENGE_EDIT = "challenge.edit":
        "相談の内容を直す",
        "Edit this request";
    CHALLENGE_SAVE = "challenge.save":
        "直した内容で保存する",
        "Save the changes";
    CHALLENGE_WITHDRAW_CONFIRM = "challenge.withdraw_confirm":
        "取り下げると、この相談は消えます。よろしいですか？",
        "Withdrawing removes this request. Are you sure?";
    CHALLENGE_WITHDRAW_NOW = "challenge.withdraw_now":
        "取り下げる",
        "Withdraw";
    CHALLENGE_CHANGED_RELOADED = "challenge.changed_reloaded":
        "ほかの人が先に変更しました。最新の内容を読み込みました。確かめてから、もう一度お試しください。",
        "Someone changed this first. The latest version is shown now; check it, then try again.";
    CHALLENGE_WITHDRAWN = "challenge.withdrawn":
        "相談を取り下げました",
        "Request withdrawn";
    OUTBOX_TITLE = "outbox.title":
        "送信待ち",
        "Waiting to send";
    OUTBOX_QUEUED = "outbox.queued":
        "送信待ちに入れました。つながったら自動で送ります。",
        "Saved to send later. It goes by itself once you are connected.";
    OUTBOX_NOT_KEPT = "outbox.not_kept":
        "この端末に保存できませんでした（空き容量が足りないか、保存が許可されていません）。入力した内容は消していません。このページを開いたままにしておけば、つながったときに送ります。",
        "This device could not keep it (its storage is full, or saving is not allowed). Nothing you typed was removed. Keep this page open and it is sent once you are connected.";
    OUTBOX_RETURNED = "outbox.returned":
        "送れませんでした。",
        "Could not be sent.";
    OUTBOX_STALE = "outbox.stale":
        "1日以上前に書いたものです。前の送信が届いていた場合、二重になることがあります。送ってよいか確かめてください。",
        "Written more than a day ago. If an earlier try did arrive, sending it again could make it twice: check before it goes.";
    OUTBOX_NOT_KEPT_ROW = "outbox.not_kept_row":
        "この端末には保存できていません。このページを閉じないでください（つながったら送ります）",
        "Not kept on this device. Keep this page open (it is sent once you are connected)";
    OUTBOX_WAITING = "outbox.waiting":
        "送信待ち（つながったら自動で送ります）",
        "Waiting to send (goes by itself once you are connected)";
    OUTBOX_KIND_CHALLENGE = "outbox.kind.challenge":
        "チャレンジの相談:",
        "Challenge request:";
    OUTBOX_KIND_COMMENT = "outbox.kind.comment":
        "コメント:",
        "Comment:";
    OUTBOX_KIND_DAY_OFF = "outbox.kind.day_off":
        "お休み:",
        "Day off:";
    OUTBOX_KIND_LOOK_BACK = "outbox.kind.look_back":
        "ふりかえり:",
        "Look back:";
    OUTBOX_KIND_ONBOARDING = "outbox.kind.onboarding":
        "はじめての登録の回答",
        "Your registration answers";
    OUTBOX_KIND_PROFILE = "outbox.kind.profile":
        "わたしの強みの変更",
        "Changes to your strengths";
    OUTBOX_EDIT_WAITING = "outbox.edit_waiting":
        "この端末に保存してあります。つながったら自動で送ります。",
        "Saved on this device. They go by themselves once you are connected.";
    OUTBOX_EXPLAIN = "outbox.explain":
        "電波が戻ったら、この端末から自動で送ります。アプリを閉じても消えません。",
        "These go from this device by themselves when the network is back, even if you close the app.";
    OUTBOX_FIX = "outbox.fix":
        "直して送る",
        "Fix and send";
    OUTBOX_DISCARD = "outbox.discard":
        "送らずに消す",
        "Delete without sending";
    OUTBOX_SEND_ANYWAY = "outbox.send_anyway":
        "このまま送る",
        "Send it";
    OUTBOX_SEND_NOW = "outbox.send_now":
        "今すぐ送ってみる",
        "Try sending now";
    OUTBOX_COUNT = "outbox.count":
        "送信待ち {n}件",
        "{n} waiting to send";
    OUTBOX_RETURNED_COUNT = "outbox.returned_count":
        "確認が必要 {n}件",
        "{n} {n|needs|need} a look";
}
