//! Onboarding's texts.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English.

crate::i18n::texts! {
    ONB_TITLE = "onb.title":
        "はじめての登録",
        "Getting started";
    ONB_COORDINATOR = "onb.coordinator":
        "はじめての登録はワーカー向けのページです。「デモの立場」でワーカーに切り替えると試せます。",
        "Getting started is for workers. Switch the demo role to Worker to try it.";
    ONB_PROGRESS = "onb.progress":
        "ステップ {n} / {total}",
        "Step {n} of {total}";
    ONB_WELCOME_BACK = "onb.welcome_back":
        "おかえりなさい。前回の続きからどうぞ",
        "Welcome back. Carry on where you left off";
    ONB_ALREADY_DONE = "onb.already_done":
        "登録は済んでいます。内容は「わたしの強み」からいつでも直せます。",
        "You are registered. You can change anything from My strengths.";
    ONB_EDIT_PROFILE = "onb.edit_profile":
        "わたしの強みを編集する",
        "Edit my strengths";
    ONB_NEXT = "onb.next":
        "次へ",
        "Next";
    ONB_BACK = "onb.back":
        "戻る",
        "Back";
    ONB_LATER = "onb.later":
        "あとで",
        "Later";
    ONB_FINISH = "onb.finish":
        "この内容で登録する",
        "Complete registration";
    ONB_WELCOME_LEAD = "onb.welcome.lead":
        "あなたに合ったお仕事と、次の挑戦を一緒に考えるために、少しだけ教えてください。",
        "Tell us a little about yourself, so we can find work that suits you and plan your next challenge together.";
    ONB_WELCOME_TIME = "onb.welcome.time":
        "5分ほどで終わります",
        "It takes about five minutes";
    ONB_WELCOME_SAVED = "onb.welcome.saved":
        "入力した内容はその場で保存されます",
        "Everything is saved as you type";
    ONB_WELCOME_SKIP = "onb.welcome.skip":
        "必要なのは表示名だけ。ほかは「あとで」で飛ばせます",
        "Only a display name is needed; skip the rest with Later";
    ONB_NAME = "onb.name":
        "表示名",
        "Display name";
    ONB_NAME_HINT = "onb.name_hint":
        "ニックネームでも大丈夫です",
        "A nickname is fine";
    ONB_FURIGANA = "onb.furigana":
        "ふりがな",
        "Reading of your name";
    ONB_AREA = "onb.area":
        "お住まいの地域",
        "Where you live";
    ONB_AREA_HINT = "onb.area_hint":
        "都道府県くらいで大丈夫です",
        "The prefecture is enough";
    ONB_TIME_LEAD = "onb.time.lead":
        "お仕事ができる時間を、曜日ごとに教えてください。",
        "When can you work? Add your hours for each day.";
    ONB_EXP_LEAD = "onb.exp.lead":
        "これまでにやったことがある分野を選んでください。",
        "Choose the areas you have experience in.";
    ONB_EXP_LEVELS = "onb.exp.levels":
        "レベルの目安",
        "What the levels mean";
    ONB_EXP_YEARS = "onb.exp.years":
        "経験年数",
        "Years of experience";
    ONB_PAST_WORK = "onb.past_work":
        "これまでのお仕事",
        "Past work";
    ONB_PAST_WORK_PLACEHOLDER = "onb.past_work_placeholder":
        "例: 事務職で受発注の入力を6年",
        "e.g. six years of order entry in an office";
    _ = "onb.skills_count":
        "選んだ分野の数",
        "Areas chosen";
    ONB_WANT_SKILLS = "onb.want.skills":
        "やってみたい分野",
        "Areas you would like to try";
    ONB_WANT_DIRECTION = "onb.want.direction":
        "これからの働き方",
        "How you want to work from here";
    ONB_WANT_HORIZON = "onb.want.horizon":
        "いつごろまでに",
        "By when";
    ONB_WANT_HORIZON_PLACEHOLDER = "onb.want.horizon_placeholder":
        "例: 2年以内",
        "e.g. within two years";
    ONB_STYLE_LEAD = "onb.style.lead":
        "やりとりのしかたを教えてください。担当者があなたに合わせます。",
        "Tell us how you like to work together. Your coordinator will adapt.";
    ONB_STYLE_CHANGE_TIMES = "onb.style.change_times":
        "時間を直す（働ける時間へ）",
        "Change the hours (Your time)";
    ONB_STYLE_NOTES_PLACEHOLDER = "onb.style.notes_placeholder":
        "例: 質問はまとめて送ってもらえると助かります",
        "e.g. I prefer to get questions all at once";
    ONB_REVIEW_LEAD = "onb.review.lead":
        "内容を確認してください。あとからでも直せます。",
        "Please check. You can change anything later.";
    ONB_REVIEW_EDIT = "onb.review.edit":
        "直す",
        "Edit";
    ONB_REVIEW_EDIT_NAMED = "onb.review.edit_named":
        "「{section}」を直す",
        "Edit “{section}”";
    ONB_DONE_TITLE = "onb.done.title":
        "登録できました！",
        "You are registered!";
    ONB_DONE_BODY = "onb.done.body":
        "ありがとうございます。あなたの強みのページができました。やってみたいことがあれば、いつでも相談してください。",
        "Thank you. Your strengths page is ready. Whenever there is something you would like to try, just ask.";
    ONB_DONE_PROFILE = "onb.done.profile":
        "わたしの強みを見る",
        "See my strengths";
    _ = "onb.step1.title":
        "ようこそ",
        "Welcome";
    _ = "onb.step2.title":
        "あなたについて",
        "About you";
    _ = "onb.step3.title":
        "働ける時間",
        "Your time";
    _ = "onb.step4.title":
        "これまでの経験",
        "Your experience";
    _ = "onb.step5.title":
        "やってみたいこと",
        "What you want to try";
    _ = "onb.step6.title":
        "やりとりのしかた",
        "How to work with you";
    _ = "onb.step7.title":
        "確認",
        "Review";
}
