//! Settings' texts: language, the device, signing in and out.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English,
//! plain Japanese.

crate::i18n::texts! {
    SETTINGS_TITLE = "settings.title":
        "設定",
        "Settings",
        "せってい";
    SETTINGS_LANGUAGE = "settings.language":
        "表示する言葉",
        "Language",
        "ことば";
    SETTINGS_BACKEND = "settings.backend":
        "データの保存先",
        "Where your data is kept",
        "データを ほぞん する ところ";
    SETTINGS_BACKEND_EMBEDDED = "settings.backend_embedded":
        "デモ: この端末のブラウザの中に保存しています",
        "Demo: kept in this browser on this device",
        "〔デモ〕: この スマホなどの 〔ブラウザ〕の なかに ほぞん して います";
    SETTINGS_BACKEND_REST = "settings.backend_rest":
        "会社のサーバー（{base}）",
        "Your company's server ({base})",
        "かいしゃの 〔サーバー〕（{base}）";
    SETTINGS_SIGN_OUT = "settings.sign_out":
        "ログアウト",
        "Sign out",
        "〔ログアウト〕";
    SETTINGS_SIGN_OUT_BODY = "settings.sign_out_body":
        "ログアウトすると、この端末に保存したデータはすべて消えます。",
        "Signing out removes everything this app stored on this device.",
        "〔ログアウト〕すると、この スマホなどに ほぞん した データは ぜんぶ きえます。";
    SETTINGS_SIGN_OUT_CONFIRM = "settings.sign_out_confirm":
        "この端末のデータをすべて消してログアウトします。よろしいですか？",
        "Remove all data on this device and sign out?",
        "この スマホなどの データを ぜんぶ けして 〔ログアウト〕します。よろしいですか？";
    SETTINGS_SIGN_OUT_PENDING = "settings.sign_out_pending":
        "まだ送っていない内容が{n}件あります。ログアウトすると送られずに消えます。",
        "{n} {n|thing you wrote has|things you wrote have} not been sent yet. Logging out deletes {n|it|them} unsent.",
        "まだ おくって いない ものが {n}こ あります。〔ログアウト〕すると、おくられずに きえます。";
    SETTINGS_SIGN_OUT_NOW = "settings.sign_out_now":
        "消してログアウトする",
        "Remove and sign out",
        "けして 〔ログアウト〕する";
    SIGNIN_TITLE = "signin.title":
        "もう一度ログインしてください",
        "Please sign in again",
        "もう いちど 〔ログイン〕して ください";
    SIGNIN_BODY = "signin.body":
        "ログインの期限が切れました。入力中の内容はそのまま残っています。ログインすると、続きから進めます。",
        "Your sign-in has expired. Everything you were typing is still here; sign in and carry on where you were.",
        "〔ログイン〕の きげんが きれました。かいて いた ことは そのまま のこって います。〔ログイン〕すると、つづきから できます。";
    SIGNIN_CODE = "signin.code":
        "ログイン用のコード",
        "Sign-in code",
        "〔ログイン〕の ための コード";
    SIGNIN_SUBMIT = "signin.submit":
        "ログインして続ける",
        "Sign in and continue",
        "〔ログイン〕して つづける";
    SIGNIN_LATER = "signin.later":
        "あとで",
        "Later",
        "あとで";
    SIGNIN_WRONG_CODE = "signin.wrong_code":
        "コードが違うようです。もう一度確かめてください。",
        "That code does not seem right. Please check it.",
        "コードが ちがう ようです。もう いちど たしかめて ください。";
    SIGNIN_COMPANY_PAGE = "signin.company_page":
        "会社のログインページを開く",
        "Open the company sign-in page",
        "かいしゃの 〔ログイン〕ページを ひらく";
    SIGNIN_DONE_ELSEWHERE = "signin.done_elsewhere":
        "ログインしました",
        "I have signed in",
        "〔ログイン〕しました";
    SIGNIN_DONE = "signin.done":
        "ログインしました。続きから進めます。",
        "Signed in. Carry on where you were.",
        "〔ログイン〕しました。つづきから できます。";
    PWA_INSTALL_TITLE = "pwa.install_title":
        "ホーム画面に追加",
        "Add to home screen",
        "ホーム画面《がめん》に 入《い》れる";
    PWA_INSTALL_BODY = "pwa.install_body":
        "アプリのように、ホーム画面からすぐに開けます。",
        "Open Okaeri straight from your home screen, like an app.",
        "アプリの ように、ホーム画面《がめん》から すぐに ひらけます。";
    PWA_INSTALL = "pwa.install":
        "ホーム画面に追加する",
        "Add to home screen",
        "ホーム画面《がめん》に 入《い》れる";
    PWA_INSTALL_IOS = "pwa.install_ios":
        "iPhoneでは、Safariの共有ボタン（□に↑）から「ホーム画面に追加」を選んでください。",
        "On iPhone, tap Safari's Share button (a square with an arrow) and choose “Add to Home Screen”.",
        "iPhoneでは、Safariの「きょうゆう」ボタン（□に↑）から「ホーム画面《がめん》に追加《ついか》」を えらんで ください。";
    PWA_INSTALL_OTHER = "pwa.install_other":
        "ブラウザのメニューから「ホーム画面に追加」または「アプリをインストール」を選んでください。",
        "Choose “Add to home screen” or “Install app” from your browser's menu.",
        "〔ブラウザ〕の メニューから「ホーム画面《がめん》に追加《ついか》」か「アプリを インストール」を えらんで ください。";
    DATA_TITLE = "data.title":
        "わたしのデータ",
        "My data",
        "わたしの データ";
    DATA_HINT = "data.hint":
        "あなたの記録は、あなたのものです。職務経歴書として印刷したり、すべてをファイル（JSON）で持ち出したりできます。家族についてのメモは職務経歴書には載りません。",
        "Your record is yours. Print it as a résumé, or take all of it with you as a file (JSON). Notes about your family never appear on the résumé.",
        "あなたの きろくは、あなたの ものです。しごとの きろく（しょくむけいれきしょ）として いんさつ したり、ぜんぶを ファイル（JSON）で もちだしたり できます。かぞくに ついての メモは、しごとの きろくには のりません。";
    DATA_RESUME = "data.resume":
        "職務経歴書を見る・印刷する",
        "View and print my résumé",
        "しごとの きろく（しょくむけいれきしょ）を 見《み》る・いんさつ する";
    DATA_DOWNLOAD = "data.download":
        "すべてのデータをダウンロード（JSON）",
        "Download all my data (JSON)",
        "データを ぜんぶ ダウンロード する（JSON）";
    DATA_DOWNLOADED = "data.downloaded":
        "データのファイルを保存しました",
        "Your data file has been saved",
        "データの ファイルを ほぞん しました";
    DATA_NOT_DOWNLOADED = "data.not_downloaded":
        "データを読み込めませんでした。通信が戻ったら、もう一度お試しください。",
        "Could not read your data. Please try again when you are back online.",
        "データを よみこめませんでした。でんぱが もどったら、もう いちど やって ください。";
    DATA_DELETE_TITLE = "data.delete_title":
        "アカウントの削除",
        "Delete my account",
        "〔アカウント〕を けす";
    DATA_DELETE = "data.delete":
        "アカウントを削除する",
        "Delete my account",
        "〔アカウント〕を けす";
    DATA_DELETE_CONFIRM = "data.delete_confirm":
        "削除すると、プロフィール、チャレンジとそのコメント、推薦、お知らせがすべて消え、元に戻せません。残したいものは、先にダウンロードしてください。",
        "Deleting removes your profile, your challenges and their comments, endorsements and notices, for good. Download anything you want to keep first.",
        "けすと、あなたの つよみ、〔チャレンジ〕と その 〔コメント〕、すいせん、おしらせが ぜんぶ きえます。もとに もどせません。のこしたい ものは、さきに ダウンロード して ください。";
    DATA_DELETE_NOW = "data.delete_now":
        "すべて削除する",
        "Delete everything",
        "ぜんぶ けす";
    DATA_NOT_DELETED = "data.not_deleted":
        "削除できませんでした。何も消えていません。通信が戻ったら、もう一度お試しください。",
        "Could not delete. Nothing has been removed. Please try again when you are back online.",
        "けせませんでした。なにも きえて いません。でんぱが もどったら、もう いちど やって ください。";
    SETTINGS_PLAIN_MISSING = "settings.plain_missing":
        "やさしい にほんごを よみこめませんでした。インターネットに つながって いるか たしかめて、もう いちど えらんで ください。",
        "Plain Japanese could not be loaded. Check that you are online, then choose it again.",
        "やさしい にほんごを よみこめませんでした。インターネットに つながって いるか たしかめて、もう いちど えらんで ください。";
    SETTINGS_GLOSSARY = "settings.glossary":
        "カタカナのことばの説明",
        "What the app's katakana words mean",
        "カタカナの ことばの せつめい";
    GLOSSARY_TITLE = "glossary.title":
        "ことばの説明",
        "Words the app uses",
        "ことばの せつめい";
    GLOSSARY_LEAD = "glossary.lead":
        "アプリで使うカタカナのことばと、その意味です。",
        "The katakana words the app uses, and what they mean.",
        "アプリで つかう カタカナの ことばと、その いみです。";
}
