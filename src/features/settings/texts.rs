//! Settings' texts: language, the device, signing in and out.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English.

crate::i18n::texts! {
    SETTINGS_TITLE = "settings.title":
        "設定",
        "Settings";
    SETTINGS_LANGUAGE = "settings.language":
        "表示する言葉",
        "Language";
    SETTINGS_BACKEND = "settings.backend":
        "データの保存先",
        "Where your data is kept";
    SETTINGS_BACKEND_EMBEDDED = "settings.backend_embedded":
        "デモ: この端末のブラウザの中に保存しています",
        "Demo: kept in this browser on this device";
    SETTINGS_BACKEND_REST = "settings.backend_rest":
        "会社のサーバー（{base}）",
        "Your company's server ({base})";
    SETTINGS_SIGN_OUT = "settings.sign_out":
        "ログアウト",
        "Sign out";
    SETTINGS_SIGN_OUT_BODY = "settings.sign_out_body":
        "ログアウトすると、この端末に保存したデータはすべて消えます。",
        "Signing out removes everything this app stored on this device.";
    SETTINGS_SIGN_OUT_CONFIRM = "settings.sign_out_confirm":
        "この端末のデータをすべて消してログアウトします。よろしいですか？",
        "Remove all data on this device and sign out?";
    SETTINGS_SIGN_OUT_PENDING = "settings.sign_out_pending":
        "まだ送っていない内容が{n}件あります。ログアウトすると送られずに消えます。",
        "{n} {n|thing you wrote has|things you wrote have} not been sent yet. Logging out deletes {n|it|them} unsent.";
    SETTINGS_SIGN_OUT_NOW = "settings.sign_out_now":
        "消してログアウトする",
        "Remove and sign out";
    SIGNIN_TITLE = "signin.title":
        "もう一度ログインしてください",
        "Please sign in again";
    SIGNIN_BODY = "signin.body":
        "ログインの期限が切れました。入力中の内容はそのまま残っています。ログインすると、続きから進めます。",
        "Your sign-in has expired. Everything you were typing is still here; sign in and carry on where you were.";
    SIGNIN_CODE = "signin.code":
        "ログイン用のコード",
        "Sign-in code";
    SIGNIN_SUBMIT = "signin.submit":
        "ログインして続ける",
        "Sign in and continue";
    SIGNIN_LATER = "signin.later":
        "あとで",
        "Later";
    SIGNIN_WRONG_CODE = "signin.wrong_code":
        "コードが違うようです。もう一度確かめてください。",
        "That code does not seem right. Please check it.";
    SIGNIN_COMPANY_PAGE = "signin.company_page":
        "会社のログインページを開く",
        "Open the company sign-in page";
    SIGNIN_DONE_ELSEWHERE = "signin.done_elsewhere":
        "ログインしました",
        "I have signed in";
    SIGNIN_DONE = "signin.done":
        "ログインしました。続きから進めます。",
        "Signed in. Carry on where you were.";
    PWA_INSTALL_TITLE = "pwa.install_title":
        "ホーム画面に追加",
        "Add to home screen";
    PWA_INSTALL_BODY = "pwa.install_body":
        "アプリのように、ホーム画面からすぐに開けます。",
        "Open Okaeri straight from your home screen, like an app.";
    PWA_INSTALL = "pwa.install":
        "ホーム画面に追加する",
        "Add to home screen";
    PWA_INSTALL_IOS = "pwa.install_ios":
        "iPhoneでは、Safariの共有ボタン（□に↑）から「ホーム画面に追加」を選んでください。",
        "On iPhone, tap Safari's Share button (a square with an arrow) and choose “Add to Home Screen”.";
    PWA_INSTALL_OTHER = "pwa.install_other":
        "ブラウザのメニューから「ホーム画面に追加」または「アプリをインストール」を選んでください。",
        "Choose “Add to home screen” or “Install app” from your browser's menu.";
    DATA_TITLE = "data.title":
        "わたしのデータ",
        "My data";
    DATA_HINT = "data.hint":
        "あなたの記録は、あなたのものです。職務経歴書として印刷したり、すべてをファイル（JSON）で持ち出したりできます。家族についてのメモは職務経歴書には載りません。",
        "Your record is yours. Print it as a résumé, or take all of it with you as a file (JSON). Notes about your family never appear on the résumé.";
    DATA_RESUME = "data.resume":
        "職務経歴書を見る・印刷する",
        "View and print my résumé";
    DATA_DOWNLOAD = "data.download":
        "すべてのデータをダウンロード（JSON）",
        "Download all my data (JSON)";
    DATA_DOWNLOADED = "data.downloaded":
        "データのファイルを保存しました",
        "Your data file has been saved";
    DATA_NOT_DOWNLOADED = "data.not_downloaded":
        "データを読み込めませんでした。通信が戻ったら、もう一度お試しください。",
        "Could not read your data. Please try again when you are back online.";
    DATA_DELETE_TITLE = "data.delete_title":
        "アカウントの削除",
        "Delete my account";
    DATA_DELETE = "data.delete":
        "アカウントを削除する",
        "Delete my account";
    DATA_DELETE_CONFIRM = "data.delete_confirm":
        "削除すると、プロフィール、チャレンジとそのコメント、推薦、お知らせがすべて消え、元に戻せません。残したいものは、先にダウンロードしてください。",
        "Deleting removes your profile, your challenges and their comments, endorsements and notices, for good. Download anything you want to keep first.";
    DATA_DELETE_NOW = "data.delete_now":
        "すべて削除する",
        "Delete everything";
    DATA_NOT_DELETED = "data.not_deleted":
        "削除できませんでした。何も消えていません。通信が戻ったら、もう一度お試しください。",
        "Could not delete. Nothing has been removed. Please try again when you are back online.";
}
