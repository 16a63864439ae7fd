//! Texts every part of the app may show: common words, saving, errors, and the names of skills, levels and statuses the core and the backend name at run time.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English,
//! plain Japanese.

crate::i18n::texts! {
    ROLE_WORKER = "role.worker":
        "ワーカー",
        "Worker",
        "〔ワーカー〕";
    ROLE_COORDINATOR = "role.coordinator":
        "コーディネーター",
        "Coordinator",
        "〔コーディネーター〕";
    COMMON_LOADING = "common.loading":
        "読み込んでいます…",
        "Loading…",
        "よみこんで います…";
    COMMON_RETRY = "common.retry":
        "もう一度試す",
        "Try again",
        "もう いちど やってみる";
    COMMON_CANCEL = "common.cancel":
        "やめる",
        "Cancel",
        "やめる";
    SAVE_SAVING = "save.saving":
        "保存しています…",
        "Saving…",
        "ほぞん して います…";
    SAVE_SAVED = "save.saved":
        "保存しました",
        "Saved",
        "ほぞん しました";
    SAVE_OFFLINE = "save.offline":
        "オフラインで保存しました。つながったら送ります",
        "Saved offline. It will be sent when you are back online",
        "いまは 〔オフライン〕です。この スマホなどに ほぞん しました。つながったら おくります";
    SAVE_FAILED = "save.failed":
        "保存できませんでした。入力した内容はこの端末に残っています",
        "Could not save. What you typed is still on this device",
        "ほぞん できませんでした。かいた ことは この スマホなどに のこって います";
    SAVE_NOT_KEPT = "save.not_kept":
        "この端末に保存できませんでした。このページを閉じないでください。つながったら送ります",
        "This device could not keep it. Keep this page open; it is sent once you are connected",
        "この スマホなどに ほぞん できませんでした。この 画面《がめん》を とじないで ください。つながったら おくります";
    SAVE_DEVICE_REFUSED = "save.device_refused":
        "この端末に保存できませんでした。このページを閉じないでください",
        "This device could not keep it. Keep this page open",
        "この スマホなどに ほぞん できませんでした。この 画面《がめん》を とじないで ください";
    _ = "error.offline":
        "インターネットにつながっていないようです。入力した内容は残っています。つながったらもう一度お試しください。",
        "You seem to be offline. What you typed is kept. Please try again once you are connected.",
        "インターネットに つながって いない ようです。かいた ことは のこって います。つながったら もう いちど やって ください。";
    _ = "error.timeout":
        "応答に時間がかかっています。少し待ってから、もう一度お試しください。",
        "This is taking longer than usual. Please wait a moment and try again.",
        "こたえが くるまで 時間《じかん》が かかって います。すこし まってから、もう いちど やって ください。";
    _ = "error.unauthorized":
        "ログインの期限が切れました。もう一度ログインしてください。入力した内容は残っています。",
        "Your sign-in has expired. Please sign in again; what you typed is kept.",
        "〔ログイン〕の きげんが きれました。もう いちど 〔ログイン〕して ください。かいた ことは のこって います。";
    ERROR_FORBIDDEN = "error.forbidden":
        "このページを見る権限がありません。",
        "You do not have access to this page.",
        "あなたは この ページを 見《み》る ことが できません。";
    ERROR_NOT_FOUND = "error.not_found":
        "見つかりませんでした。削除されたか、アドレスが違うかもしれません。",
        "We could not find it. It may have been removed, or the address is different.",
        "見《み》つかりませんでした。けされたか、アドレスが ちがうのかも しれません。";
    _ = "error.conflict":
        "ほかの人（または別の端末）が先に変更しました。内容を確認してください。",
        "Someone else (or another device) changed this first. Please check the content.",
        "ほかの 人《ひと》（または べつの スマホなど）が さきに かえました。なかみを たしかめて ください。";
    _ = "error.in_progress":
        "前の送信を処理しています。少し待ってからもう一度お試しください。",
        "Your previous request is still being processed. Please try again in a moment.",
        "まえに おくった ものを しょりして います。すこし まってから、もう いちど やって ください。";
    ERROR_VALIDATION = "error.validation":
        "入力内容を確認してください。",
        "Please check what you entered.",
        "かいた ことを たしかめて ください。";
    _ = "error.server":
        "サーバーで問題が起きています。入力した内容は残っています。少し待ってからもう一度お試しください。",
        "The server is having trouble. What you typed is kept. Please try again in a moment.",
        "〔サーバー〕で もんだいが おきて います。かいた ことは のこって います。すこし まってから、もう いちど やって ください。";
    _ = "error.busy":
        "混み合っています。入力した内容は残っています。少し待ってからお試しください。",
        "The server is busy. What you typed is kept; try again in a moment.",
        "いま こんで います。かいた ことは のこって います。すこし まってから やって ください。";
    _ = "error.device_full":
        "この端末に保存できませんでした。入力した内容は画面に残っています。",
        "This device could not keep it. What you typed is still on the screen.",
        "この スマホなどに ほぞん できませんでした。かいた ことは 画面《がめん》に のこって います。";
    _ = "error.unexpected":
        "思わぬ応答がありました。画面を読み込み直すか、少し待ってからお試しください。",
        "We got an unexpected answer. Please reload the page or try again in a moment.",
        "おもわない こたえが ありました。画面《がめん》を よみこみ なおすか、すこし まってから やって ください。";
    _ = "status.requested":
        "相談したい",
        "Would like to talk",
        "そうだん したい";
    _ = "status.discussing":
        "相談中",
        "Talking",
        "そうだん ちゅう";
    _ = "status.in_progress":
        "挑戦中",
        "Trying",
        "やって いる";
    _ = "status.achieved":
        "できた!",
        "Done!",
        "できた!";
    _ = "status.paused":
        "見送り",
        "Paused",
        "いまは やらない";
    HOME_START_ONBOARDING = "home.start_onboarding":
        "はじめての登録をする",
        "Start registering",
        "はじめての とうろくを する";
    BOARD_NEW = "board.new":
        "チャレンジを相談する",
        "Ask about a challenge",
        "〔チャレンジ〕を そうだん する";
}
