//! The challenge board's texts: the board, a challenge, a new request and her writes waiting to be sent.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English,
//! plain Japanese.

crate::i18n::texts! {
    BOARD_TITLE = "board.title":
        "チャレンジボード",
        "Challenge board",
        "〔チャレンジ〕の ボード";
    BOARD_FILTERS = "board.filters":
        "チャレンジの絞り込み",
        "Filter challenges",
        "〔チャレンジ〕を しぼりこむ";
    BOARD_SEARCH = "board.search":
        "ことばで探す",
        "Search",
        "ことばで 探《さが》す";
    BOARD_SKILL = "board.skill":
        "分野",
        "Skill",
        "しごとの しゅるい";
    BOARD_WORKER = "board.worker":
        "ワーカー",
        "Worker",
        "〔ワーカー〕";
    BOARD_STATUS_FILTER = "board.status_filter":
        "状態で表示を切り替える",
        "Show by status",
        "じょうたいで 見《み》る ものを かえる";
    BOARD_ALL_COUNT = "board.all_count":
        "すべて（{n}）",
        "All ({n})",
        "ぜんぶ（{n}）";
    BOARD_EMPTY_COLUMN = "board.empty_column":
        "ここにはまだありません",
        "Nothing here yet",
        "ここには まだ ありません";
    BOARD_MORE = "board.more":
        "もっと見る（残り{n}件）",
        "Show more ({n} left)",
        "もっと 見《み》る（あと {n}こ）";
    BOARD_COMMENTS = "board.comments":
        "コメント{n}件",
        "{n} {n|comment|comments}",
        "〔コメント〕 {n}こ";
    BOARD_NEW_COMMENTS = "board.new_comments":
        "新着コメント{n}件",
        "{n} new {n|comment|comments}",
        "あたらしい 〔コメント〕 {n}こ";
    BOARD_PAUSED_REASON = "board.paused_reason":
        "見送りの理由: ",
        "Paused because: ",
        "いまは やらない わけ: ";
    BOARD_ACHIEVED_OFFER = "board.achieved_offer":
        "{name}さんの「{title}」ができました！この分野で推薦しますか？",
        "{name} has done “{title}”! Endorse her for this skill?",
        "{name}さんの「{title}」が できました！この しごとで {name}さんを すいせん しますか？";
    BOARD_ENDORSE_OFFER = "board.endorse_offer":
        "推薦する（これを頼みたい）",
        "Endorse (I'd like to ask her)",
        "すいせん する（これを たのみたい）";
    MOVE_LABEL = "move.label":
        "移動",
        "Move",
        "うごかす";
    MOVE_LABEL_FOR = "move.label_for":
        "「{title}」を移動",
        "Move “{title}”",
        "「{title}」を うごかす";
    MOVE_CHOOSE = "move.choose":
        "移動先を選ぶ",
        "Move to…",
        "どこへ うごかすか えらぶ";
    MOVE_REASON = "move.reason":
        "見送りの理由",
        "Reason for pausing",
        "いまは やらない わけ";
    MOVE_PAUSE = "move.pause":
        "見送りにする",
        "Pause",
        "いまは やらない ことに する";
    MOVE_DONE = "move.done":
        "「{title}」を{status}に移動しました",
        "Moved “{title}” to {status}",
        "「{title}」を {status}へ うごかしました";
    MOVE_CONFLICT = "move.conflict":
        "ほかの人が先に変更しました。最新の内容を読み込みました。もう一度選んでください。",
        "Someone changed this first. The latest version is loaded; please choose again.",
        "ほかの 人《ひと》が さきに かえました。あたらしい なかみを よみこみました。もう いちど えらんで ください。";
    REQUEST_TITLE = "request.title":
        "チャレンジを相談する",
        "Ask about a challenge",
        "〔チャレンジ〕を そうだん する";
    REQUEST_LEAD = "request.lead":
        "やってみたいことを気軽に書いてください。コーディネーターと一緒に考えます。",
        "Write freely what you would like to try. Your coordinator will think it through with you.",
        "やって みたい ことを 気軽《きがる》に かいて ください。〔コーディネーター〕と いっしょに かんがえます。";
    REQUEST_COORDINATOR = "request.coordinator":
        "チャレンジの相談はワーカーが行います。「デモの立場」をワーカーにすると試せます。",
        "Workers ask for challenges. Switch the demo role to Worker to try it.",
        "〔チャレンジ〕の そうだんは 〔ワーカー〕が します。「〔デモ〕での たちば」を 〔ワーカー〕に すると ためせます。";
    REQUEST_FIELD_TITLE = "request.field_title":
        "やってみたいこと",
        "What you would like to try",
        "やって みたい こと";
    REQUEST_TITLE_PLACEHOLDER = "request.title_placeholder":
        "例: 経理の入門として請求書の処理をしてみたい",
        "e.g. Handle invoices as a first step into bookkeeping",
        "れい: けいりの はじめとして、せいきゅうしょの しごとを して みたい";
    REQUEST_SKILL = "request.skill":
        "分野",
        "Skill",
        "しごとの しゅるい";
    REQUEST_WHY = "request.why":
        "やってみたい理由",
        "Why you would like to try it",
        "やって みたい わけ";
    REQUEST_HOURS = "request.hours":
        "1週間に使える時間",
        "Hours per week",
        "1しゅうかんに つかえる 時間《じかん》";
    REQUEST_START = "request.start":
        "始めたい日",
        "Wished start date",
        "はじめたい 日《ひ》";
    REQUEST_SUPPORT = "request.support":
        "してほしいサポート",
        "Support you would like",
        "して ほしい てつだい";
    REQUEST_SUPPORT_PLACEHOLDER = "request.support_placeholder":
        "例: 最初は一緒に手順を確認してほしい",
        "e.g. Go through the steps together at first",
        "れい: さいしょは いっしょに やりかたを たしかめて ほしい";
    REQUEST_SUBMIT = "request.submit":
        "この内容で相談する",
        "Send this request",
        "これで そうだん する";
    REQUEST_SENT = "request.sent":
        "相談を送りました",
        "Request sent",
        "そうだんを おくりました";
    REQUEST_KEPT = "request.kept":
        "入力した内容はこの端末に保存されています。",
        "What you typed is saved on this device.",
        "かいた ことは この スマホなどに ほぞん されて います。";
    CHALLENGE_BACK = "challenge.back":
        "← チャレンジボードへ",
        "← Challenge board",
        "← 〔チャレンジ〕の ボードへ";
    CHALLENGE_HISTORY = "challenge.history":
        "これまでの流れ",
        "History",
        "いままでの ながれ";
    CHALLENGE_COMMENTS = "challenge.comments":
        "やりとり",
        "Conversation",
        "やりとり";
    CHALLENGE_NO_COMMENTS = "challenge.no_comments":
        "まだコメントはありません。",
        "No comments yet.",
        "まだ 〔コメント〕は ありません。";
    CHALLENGE_COMMENT = "challenge.comment":
        "コメント",
        "Comment",
        "〔コメント〕";
    CHALLENGE_SEND = "challenge.send":
        "送信",
        "Send",
        "おくる";
    CHALLENGE_COMMENT_SENT = "challenge.comment_sent":
        "コメントを送りました",
        "Comment sent",
        "〔コメント〕を おくりました";
    CHALLENGE_WITHDRAW = "challenge.withdraw":
        "この相談を取り下げる",
        "Withdraw this request",
        "この そうだんを とりさげる";
    CHALLENGE_EDIT = "challenge.edit":
        "相談の内容を直す",
        "Edit this request",
        "そうだんの なかみを なおす";
    CHALLENGE_SAVE = "challenge.save":
        "直した内容で保存する",
        "Save the changes",
        "なおした なかみで ほぞん する";
    CHALLENGE_WITHDRAW_CONFIRM = "challenge.withdraw_confirm":
        "取り下げると、この相談は消えます。よろしいですか？",
        "Withdrawing removes this request. Are you sure?",
        "とりさげると、この そうだんは きえます。よろしいですか？";
    CHALLENGE_WITHDRAW_NOW = "challenge.withdraw_now":
        "取り下げる",
        "Withdraw",
        "とりさげる";
    CHALLENGE_CHANGED_RELOADED = "challenge.changed_reloaded":
        "ほかの人が先に変更しました。最新の内容を読み込みました。確かめてから、もう一度お試しください。",
        "Someone changed this first. The latest version is shown now; check it, then try again.",
        "ほかの 人《ひと》が さきに かえました。あたらしい なかみを よみこみました。たしかめてから、もう いちど やって ください。";
    CHALLENGE_WITHDRAWN = "challenge.withdrawn":
        "相談を取り下げました",
        "Request withdrawn",
        "そうだんを とりさげました";
    OUTBOX_TITLE = "outbox.title":
        "送信待ち",
        "Waiting to send",
        "まだ おくって いない もの";
    OUTBOX_QUEUED = "outbox.queued":
        "送信待ちに入れました。つながったら自動で送ります。",
        "Saved to send later. It goes by itself once you are connected.",
        "まだ おくって いない ものに 入《い》れました。つながったら じどうで おくります。";
    OUTBOX_NOT_KEPT = "outbox.not_kept":
        "この端末に保存できませんでした（空き容量が足りないか、保存が許可されていません）。入力した内容は消していません。このページを開いたままにしておけば、つながったときに送ります。",
        "This device could not keep it (its storage is full, or saving is not allowed). Nothing you typed was removed. Keep this page open and it is sent once you are connected.",
        "この スマホなどに ほぞん できませんでした（あきが たりないか、ほぞんが ゆるされて いません）。かいた ことは けして いません。この ページを ひらいた ままに すれば、つながった ときに おくります。";
    OUTBOX_RETURNED = "outbox.returned":
        "送れませんでした。",
        "Could not be sent.",
        "おくれませんでした。";
    OUTBOX_STALE = "outbox.stale":
        "1日以上前に書いたものです。前の送信が届いていた場合、二重になることがあります。送ってよいか確かめてください。",
        "Written more than a day ago. If an earlier try did arrive, sending it again could make it twice: check before it goes.",
        "1日《にち》より まえに かいた ものです。まえに おくった ものが とどいて いたら、2つに なる ことが あります。おくって よいか たしかめて ください。";
    OUTBOX_NOT_KEPT_ROW = "outbox.not_kept_row":
        "この端末には保存できていません。このページを閉じないでください（つながったら送ります）",
        "Not kept on this device. Keep this page open (it is sent once you are connected)",
        "この スマホなどには ほぞん できて いません。この ページを とじないで ください（つながったら おくります）";
    OUTBOX_WAITING = "outbox.waiting":
        "送信待ち（つながったら自動で送ります）",
        "Waiting to send (goes by itself once you are connected)",
        "まだ おくって いません（つながったら じどうで おくります）";
    OUTBOX_KIND_CHALLENGE = "outbox.kind.challenge":
        "チャレンジの相談:",
        "Challenge request:",
        "〔チャレンジ〕の そうだん:";
    OUTBOX_KIND_COMMENT = "outbox.kind.comment":
        "コメント:",
        "Comment:",
        "〔コメント〕:";
    OUTBOX_KIND_DAY_OFF = "outbox.kind.day_off":
        "お休み:",
        "Day off:",
        "おやすみ:";
    OUTBOX_KIND_LOOK_BACK = "outbox.kind.look_back":
        "ふりかえり:",
        "Look back:",
        "ふりかえり:";
    OUTBOX_KIND_ONBOARDING = "outbox.kind.onboarding":
        "はじめての登録の回答",
        "Your registration answers",
        "はじめての とうろくの こたえ";
    OUTBOX_KIND_PROFILE = "outbox.kind.profile":
        "わたしの強みの変更",
        "Changes to your strengths",
        "わたしの つよみを かえた こと";
    OUTBOX_EDIT_WAITING = "outbox.edit_waiting":
        "この端末に保存してあります。つながったら自動で送ります。",
        "Saved on this device. They go by themselves once you are connected.",
        "この スマホなどに ほぞん して あります。つながったら じどうで おくります。";
    OUTBOX_EXPLAIN = "outbox.explain":
        "電波が戻ったら、この端末から自動で送ります。アプリを閉じても消えません。",
        "These go from this device by themselves when the network is back, even if you close the app.",
        "でんぱが もどったら、この スマホなどから じどうで おくります。アプリを とじても きえません。";
    OUTBOX_FIX = "outbox.fix":
        "直して送る",
        "Fix and send",
        "なおして おくる";
    OUTBOX_DISCARD = "outbox.discard":
        "送らずに消す",
        "Delete without sending",
        "おくらずに けす";
    OUTBOX_SEND_ANYWAY = "outbox.send_anyway":
        "このまま送る",
        "Send it",
        "このまま おくる";
    OUTBOX_SEND_NOW = "outbox.send_now":
        "今すぐ送ってみる",
        "Try sending now",
        "いま おくって みる";
    OUTBOX_COUNT = "outbox.count":
        "送信待ち {n}件",
        "{n} waiting to send",
        "まだ おくって いない もの {n}こ";
    OUTBOX_RETURNED_COUNT = "outbox.returned_count":
        "確認が必要 {n}件",
        "{n} {n|needs|need} a look",
        "たしかめて ほしい もの {n}こ";
}
