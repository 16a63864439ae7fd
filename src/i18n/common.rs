//! Texts every part of the app may show: common words, saving, errors, and the names of skills, levels and statuses the core and the backend name at run time.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English.

crate::i18n::texts! {
    ROLE_WORKER = "role.worker":
        "ワーカー",
        "Worker";
    ROLE_COORDINATOR = "role.coordinator":
        "コーディネーター",
        "Coordinator";
    COMMON_LOADING = "common.loading":
        "読み込んでいます…",
        "Loading…";
    COMMON_RETRY = "common.retry":
        "もう一度試す",
        "Try again";
    COMMON_CANCEL = "common.cancel":
        "やめる",
        "Cancel";
    SAVE_SAVING = "save.saving":
        "保存しています…",
        "Saving…";
    SAVE_SAVED = "save.saved":
        "保存しました",
        "Saved";
    SAVE_OFFLINE = "save.offline":
        "オフラインで保存しました。つながったら送ります",
        "Saved offline. It will be sent when you are back online";
    SAVE_FAILED = "save.failed":
        "保存できませんでした。入力した内容はこの端末に残っています",
        "Could not save. What you typed is still on this device";
    SAVE_NOT_KEPT = "save.not_kept":
        "この端末に保存できませんでした。このページを閉じないでください。つながったら送ります",
        "This device could not keep it. Keep this page open; it is sent once you are connected";
    SAVE_DEVICE_REFUSED = "save.device_refused":
        "この端末に保存できませんでした。このページを閉じないでください",
        "This device could not keep it. Keep this page open";
    _ = "error.offline":
        "インターネットにつながっていないようです。入力した内容は残っています。つながったらもう一度お試しください。",
        "You seem to be offline. What you typed is kept. Please try again once you are connected.";
    _ = "error.timeout":
        "応答に時間がかかっています。少し待ってから、もう一度お試しください。",
        "This is taking longer than usual. Please wait a moment and try again.";
    _ = "error.unauthorized":
        "ログインの期限が切れました。もう一度ログインしてください。入力した内容は残っています。",
        "Your sign-in has expired. Please sign in again; what you typed is kept.";
    ERROR_FORBIDDEN = "error.forbidden":
        "このページを見る権限がありません。",
        "You do not have access to this page.";
    ERROR_NOT_FOUND = "error.not_found":
        "見つかりませんでした。削除されたか、アドレスが違うかもしれません。",
        "We could not find it. It may have been removed, or the address is different.";
    _ = "error.conflict":
        "ほかの人（または別の端末）が先に変更しました。内容を確認してください。",
        "Someone else (or another device) changed this first. Please check the content.";
    _ = "error.in_progress":
        "前の送信を処理しています。少し待ってからもう一度お試しください。",
        "Your previous request is still being processed. Please try again in a moment.";
    ERROR_VALIDATION = "error.validation":
        "入力内容を確認してください。",
        "Please check what you entered.";
    _ = "error.server":
        "サーバーで問題が起きています。入力した内容は残っています。少し待ってからもう一度お試しください。",
        "The server is having trouble. What you typed is kept. Please try again in a moment.";
    _ = "error.busy":
        "混み合っています。入力した内容は残っています。少し待ってからお試しください。",
        "The server is busy. What you typed is kept; try again in a moment.";
    _ = "error.device_full":
        "この端末に保存できませんでした。入力した内容は画面に残っています。",
        "This device could not keep it. What you typed is still on the screen.";
    _ = "error.unexpected":
        "思わぬ応答がありました。画面を読み込み直すか、少し待ってからお試しください。",
        "We got an unexpected answer. Please reload the page or try again in a moment.";
    _ = "status.requested":
        "相談したい",
        "Would like to talk";
    _ = "status.discussing":
        "相談中",
        "Talking";
    _ = "status.in_progress":
        "挑戦中",
        "Trying";
    _ = "status.achieved":
        "できた!",
        "Done!";
    _ = "status.paused":
        "見送り",
        "Paused";
    HOME_START_ONBOARDING = "home.start_onboarding":
        "はじめての登録をする",
        "Start registering";
    BOARD_NEW = "board.new":
        "チャレンジを相談する",
        "Ask about a challenge";
}
