//! Onboarding's texts.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English,
//! plain Japanese.

crate::i18n::texts! {
    ONB_TITLE = "onb.title":
        "はじめての登録",
        "Getting started",
        "はじめての とうろく";
    ONB_COORDINATOR = "onb.coordinator":
        "はじめての登録はワーカー向けのページです。「デモの立場」でワーカーに切り替えると試せます。",
        "Getting started is for workers. Switch the demo role to Worker to try it.",
        "はじめての とうろくは 〔ワーカー〕の ための ページです。「〔デモ〕での たちば」で 〔ワーカー〕に かえると ためせます。";
    ONB_PROGRESS = "onb.progress":
        "ステップ {n} / {total}",
        "Step {n} of {total}",
        "〔ステップ〕 {n} / {total}";
    ONB_WELCOME_BACK = "onb.welcome_back":
        "おかえりなさい。前回の続きからどうぞ",
        "Welcome back. Carry on where you left off",
        "おかえりなさい。まえの つづきから どうぞ";
    ONB_ALREADY_DONE = "onb.already_done":
        "登録は済んでいます。内容は「わたしの強み」からいつでも直せます。",
        "You are registered. You can change anything from My strengths.",
        "とうろくは おわって います。「わたしの つよみ」から いつでも なおせます。";
    ONB_EDIT_PROFILE = "onb.edit_profile":
        "わたしの強みを編集する",
        "Edit my strengths",
        "わたしの つよみを なおす";
    ONB_NEXT = "onb.next":
        "次へ",
        "Next",
        "つぎへ";
    ONB_BACK = "onb.back":
        "戻る",
        "Back",
        "もどる";
    ONB_LATER = "onb.later":
        "あとで",
        "Later",
        "あとで";
    ONB_FINISH = "onb.finish":
        "この内容で登録する",
        "Complete registration",
        "これで とうろく する";
    ONB_WELCOME_LEAD = "onb.welcome.lead":
        "あなたに合ったお仕事と、次の挑戦を一緒に考えるために、少しだけ教えてください。",
        "Tell us a little about yourself, so we can find work that suits you and plan your next challenge together.",
        "あなたに あう しごとと、つぎに やって みる ことを いっしょに かんがえます。すこしだけ おしえて ください。";
    ONB_WELCOME_TIME = "onb.welcome.time":
        "5分ほどで終わります",
        "It takes about five minutes",
        "5分《ふん》ぐらいで おわります";
    ONB_WELCOME_SAVED = "onb.welcome.saved":
        "入力した内容はその場で保存されます",
        "Everything is saved as you type",
        "かいた ことは すぐに ほぞん されます";
    ONB_WELCOME_SKIP = "onb.welcome.skip":
        "必要なのは表示名だけ。ほかは「あとで」で飛ばせます",
        "Only a display name is needed; skip the rest with Later",
        "かならず かくのは よびなだけです。ほかは「あとで」で とばせます";
    ONB_TIME_LEAD = "onb.time.lead":
        "お仕事ができる時間を、曜日ごとに教えてください。",
        "When can you work? Add your hours for each day.",
        "しごとが できる 時間《じかん》を、ようびごとに おしえて ください。";
    ONB_EXP_LEAD = "onb.exp.lead":
        "これまでにやったことがある分野を選んでください。",
        "Choose the areas you have experience in.",
        "いままでに やった ことが ある しごとを えらんで ください。";
    ONB_STYLE_LEAD = "onb.style.lead":
        "やりとりのしかたを教えてください。担当者があなたに合わせます。",
        "Tell us how you like to work together. Your coordinator will adapt.",
        "れんらくの しかたを おしえて ください。たんとうの 人《ひと》が あなたに あわせます。";
    ONB_STYLE_CHANGE_TIMES = "onb.style.change_times":
        "時間を直す（働ける時間へ）",
        "Change the hours (Your time)",
        "時間《じかん》を なおす（はたらける 時間《じかん》へ）";
    ONB_REVIEW_LEAD = "onb.review.lead":
        "内容を確認してください。あとからでも直せます。",
        "Please check. You can change anything later.",
        "なかみを たしかめて ください。あとからでも なおせます。";
    ONB_REVIEW_EDIT = "onb.review.edit":
        "直す",
        "Edit",
        "なおす";
    ONB_REVIEW_EDIT_NAMED = "onb.review.edit_named":
        "「{section}」を直す",
        "Edit “{section}”",
        "「{section}」を なおす";
    ONB_DONE_TITLE = "onb.done.title":
        "登録できました！",
        "You are registered!",
        "とうろく できました！";
    ONB_DONE_BODY = "onb.done.body":
        "ありがとうございます。あなたの強みのページができました。やってみたいことがあれば、いつでも相談してください。",
        "Thank you. Your strengths page is ready. Whenever there is something you would like to try, just ask.",
        "ありがとう ございます。あなたの つよみの ページが できました。やって みたい ことが あれば、いつでも そうだん して ください。";
    ONB_DONE_PROFILE = "onb.done.profile":
        "わたしの強みを見る",
        "See my strengths",
        "わたしの つよみを 見《み》る";
    _ = "onb.step1.title":
        "ようこそ",
        "Welcome",
        "ようこそ";
    _ = "onb.step2.title":
        "あなたについて",
        "About you",
        "あなたの こと";
    _ = "onb.step3.title":
        "働ける時間",
        "Your time",
        "はたらける 時間《じかん》";
    _ = "onb.step4.title":
        "これまでの経験",
        "Your experience",
        "いままでの しごと";
    _ = "onb.step5.title":
        "やってみたいこと",
        "What you want to try",
        "やって みたい こと";
    _ = "onb.step6.title":
        "やりとりのしかた",
        "How to work with you",
        "れんらくの しかた";
    _ = "onb.step7.title":
        "確認",
        "Review",
        "たしかめる";
    ONB_PLAIN_OFFER = "onb.plain.offer":
        "ひらがなが よみやすい かたは、「やさしい にほんご」に できます。かんじには ふりがなが つきます。あとから「せってい」でも かえられます。",
        "Prefer simpler Japanese? Okaeri can show plain Japanese, with furigana over the kanji. You can change this later in Settings.",
        "ひらがなが 読《よ》みやすい かたは、「やさしい にほんご」に できます。かんじには ふりがなが つきます。あとから「せってい」でも かえられます。";
    ONB_PLAIN_USE = "onb.plain.use":
        "やさしい にほんごで みる",
        "Show plain Japanese",
        "やさしい にほんごで 見《み》る";
}
