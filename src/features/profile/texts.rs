//! The profile's texts: わたしの強み, a worker's page and card, the coordinator's list, endorsements.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English.

crate::i18n::texts! {
    AVAIL_ZONE = "avail.zone":
        "時間帯: {zone}",
        "Time zone: {zone}";
    AVAIL_IN_YOUR_ZONE = "avail.in_your_zone":
        "あなたの時間帯（{zone}）では {spans}",
        "In your time zone ({zone}): {spans}";
    AVAIL_WEEK_CHART = "avail.week_chart":
        "1週間の働ける時間の図（6時〜24時）",
        "Chart of the working hours of the week (6:00 to 24:00)";
    WORKERS_TITLE = "workers.title":
        "ワーカーのみなさん",
        "Our workers";
    WORKERS_FILTERS = "workers.filters":
        "ワーカーの絞り込み",
        "Filter workers";
    WORKERS_SKILL = "workers.skill":
        "得意な分野",
        "Skill";
    WORKERS_REACHABLE_NOW = "workers.reachable_now":
        "いま連絡できる人だけ",
        "Only those reachable now";
    WORKERS_NONE = "workers.none":
        "条件に合うワーカーはいません。",
        "No worker matches.";
    PROFILE_MINE = "profile.mine":
        "わたしの強み",
        "My strengths";
    PROFILE_COORDINATOR = "profile.coordinator":
        "コーディネーターには自分の強みのページはありません。ワーカーの一覧からそれぞれのページを開けます。",
        "Coordinators have no strengths page of their own. Open any worker's page from the list.";
    PROFILE_NOT_YET = "profile.not_yet":
        "まだ登録が済んでいません。5分ほどで終わります。",
        "You have not registered yet. It takes about five minutes.";
    PROFILE_STATEMENT = "profile.statement":
        "わたしの強み（ひとこと）",
        "My strength in a sentence";
    PROFILE_STATEMENT_HINT = "profile.statement_hint":
        "例: これは私に頼んでください",
        "e.g. Ask me for this";
    PROFILE_EDIT_MORE = "profile.edit_more":
        "ほかの内容を直す",
        "Edit more";
    PROFILE_TAGS = "profile.tags":
        "みんなが認めた強み",
        "Strengths others recognise";
    PROFILE_AVAILABILITY = "profile.availability":
        "働ける時間",
        "Working hours";
    PROFILE_SKILLS = "profile.skills":
        "スキルとその裏づけ",
        "Skills and the proof behind them";
    PROFILE_ASPIRATIONS = "profile.aspirations":
        "次にやってみたいこと",
        "What I would like to try next";
    PROFILE_DIRECTION = "profile.direction":
        "これからの働き方",
        "Where I am heading";
    PROFILE_DIRECTION_BY_WHEN = "profile.direction.by_when":
        "いつごろまでに",
        "By when";
    PROFILE_ASK_CHALLENGE = "profile.ask_challenge":
        "チャレンジとして相談する",
        "Ask for this as a challenge";
    PROFILE_TIMELINE = "profile.timeline":
        "成長の記録",
        "Growth";
    PROFILE_EVIDENCE_ACHIEVED = "profile.evidence_achieved":
        "できた",
        "Done";
    PROFILE_EVIDENCE_ENDORSED = "profile.evidence_endorsed":
        "推薦",
        "Endorsed";
    PROFILE_PRINT_CARD = "profile.print_card":
        "仕事のしかたカードを印刷用に開く",
        "Open the work-with-me card for printing";
    CHART_TITLE = "chart.title":
        "強みのグラフ",
        "Strengths chart";
    CHART_EMPTY = "chart.empty":
        "まだスキルが登録されていません",
        "No skills yet";
    CHART_TABLE_CAPTION = "chart.table_caption":
        "強みのグラフ（表）",
        "Strengths chart as a table";
    CHART_SKILL = "chart.skill":
        "分野",
        "Skill";
    CHART_LEVEL = "chart.level":
        "レベル",
        "Level";
    TIMELINE_LEVEL = "timeline.level":
        "{skill}が「{level}」になりました",
        "{skill} is now “{level}”";
    TIMELINE_ACHIEVED = "timeline.achieved":
        "チャレンジ「{title}」ができた!",
        "Challenge “{title}” done!";
    TIMELINE_ENDORSED = "timeline.endorsed":
        "{by}さんから{skill}で「{message}」",
        "{by} on {skill}: “{message}”";
    ENDORSE_OPEN = "endorse.open":
        "これを頼みたい",
        "I'd like to ask her for this (頼みたい)";
    ENDORSE_TITLE = "endorse.title":
        "{name}さんに、これを頼みたい",
        "I'd like to ask {name} for this";
    ENDORSE_SKILL = "endorse.skill":
        "どの分野で",
        "Which skill";
    ENDORSE_MESSAGE = "endorse.message":
        "ひとことメッセージ",
        "A short message";
    ENDORSE_PLACEHOLDER = "endorse.placeholder":
        "例: SNSの企画はまずこの人に頼みたい",
        "e.g. For social media plans, she is the first I'd ask";
    ENDORSE_ABOUT = "endorse.about":
        "どのお仕事について（任意）",
        "Which piece of work (optional)";
    ENDORSE_ABOUT_NONE = "endorse.about_none":
        "特定のお仕事ではない",
        "Not about one piece of work";
    ENDORSE_SUBMIT = "endorse.submit":
        "この内容で伝える",
        "Send";
    ENDORSE_DONE = "endorse.done":
        "推薦を届けました",
        "Endorsement sent";
    CARD_TITLE = "card.title":
        "{name}さんとの仕事のしかた",
        "How to work with {name}";
    CARD_PRINT = "card.print":
        "印刷する",
        "Print";
}
