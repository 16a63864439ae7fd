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
    WORKERS_WORDS = "workers.words":
        "ことばでさがす",
        "Search";
    WORKERS_WORDS_HINT = "workers.words_hint":
        "名前・ひとこと・スキル・やってみたいこと",
        "Names, statements, skills and wishes";
    WORKERS_LEVEL = "workers.level":
        "レベル",
        "Level";
    WORKERS_ANY_LEVEL = "workers.any_level":
        "どのレベルでも",
        "Any level";
    WORKERS_LEVEL_OR_ABOVE = "workers.level_or_above":
        "{level}以上",
        "{level} or above";
    WORKERS_MORE = "workers.more":
        "ほかの条件",
        "More filters";
    WORKERS_WANTS = "workers.wants":
        "やってみたい分野",
        "Would like to try";
    WORKERS_SORT = "workers.sort":
        "並べ方",
        "Order";
    WORKERS_SORT_NAME = "workers.sort_name":
        "名前順",
        "By name";
    WORKERS_SORT_NEXT = "workers.sort_next":
        "連絡がつく順",
        "Reachable soonest first";
    WORKERS_CAN_TITLE = "workers.can_title":
        "{skill}ができる人（連絡がつく順）",
        "Can do {skill} (reachable soonest first)";
    WORKERS_CAN_TITLE_LEVEL = "workers.can_title_level":
        "{skill}が{level}以上の人（連絡がつく順）",
        "{skill} at {level} or above (reachable soonest first)";
    WORKERS_WANTS_TITLE = "workers.wants_title":
        "{skill}をやってみたい人",
        "Would like to try {skill}";
    WORKERS_WANTS_LINE = "workers.wants_line":
        "やってみたい: {skills}",
        "Would like to try: {skills}";
    WORKERS_WHY_WANTS = "workers.why_wants":
        "やってみたい",
        "Would like to try it";
    WORKERS_WHY_LEVEL_NOW = "workers.why_level_now":
        "いまのレベル: {level}",
        "Level now: {level}";
    WORKERS_WHY_YEARS = "workers.why_years":
        "{years}年",
        "{years} {years|yr|yrs}";
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
    PROFILE_ANSWERS = "profile.answers":
        "登録した内容",
        "What I have told you";
    PROFILE_ANSWERS_HINT = "profile.answers_hint":
        "開くと直せます。直した内容はその場で保存されます。",
        "Open a part to change it. Changes are saved as you type.";
    PROFILE_GROUP_ABOUT = "profile.group.about":
        "わたしについて",
        "About me";
    PROFILE_GROUP_EXPERIENCE = "profile.group.experience":
        "これまでの経験",
        "My experience";
    PROFILE_GROUP_WANT = "profile.group.want":
        "やってみたいこと・これからの働き方",
        "What I would like to try, and where I am heading";
    PROFILE_GROUP_STYLE = "profile.group.style":
        "やりとりのしかた",
        "How to work with me";
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
    PROFILE_FOR_CHALLENGE = "profile.for_challenge":
        "チャレンジ: ",
        "Challenge: ";
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
    WORKER_PAGE = "profile.worker_page":
        "ワーカーのページ",
        "A worker's page";
    TIMELINE_LOOKED_BACK = "timeline.looked_back":
        "今週のふりかえり：{text}",
        "Weekly look back: {text}";
    TIMELINE_LOOKED_BACK_PLAIN = "timeline.looked_back_plain":
        "今週のふりかえりをしました",
        "Looked back on the week";
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
    DAYOFF_CARD_TITLE = "dayoff.card_title":
        "お休みの連絡",
        "Taking a day off";
    DAYOFF_TODAY_BUTTON = "dayoff.today.button":
        "今日は休みます",
        "I am taking today off";
    DAYOFF_TODAY_NOTE = "dayoff.today.note":
        "ひとこと",
        "A word";
    DAYOFF_TODAY_NOTE_PLACEHOLDER = "dayoff.today.note_placeholder":
        "例: 子どもの発熱",
        "e.g. my child has a fever";
    DAYOFF_TODAY_HINT = "dayoff.today.hint":
        "コーディネーターに「今日はお休み」と表示されます。今日のうちなら取り消せます。",
        "Coordinators will see that you are off today. You can undo it until the day ends.";
    DAYOFF_TODAY_TAKEN = "dayoff.today.taken":
        "今日はお休みにしました",
        "You are off today";
    DAYOFF_UNDO = "dayoff.undo":
        "取り消す（今日も働けます）",
        "Undo (I can work today)";
    DAYOFF_UNDONE = "dayoff.undone":
        "お休みを取り消しました",
        "Your day off is undone";
    DAYOFF_QUEUED = "dayoff.queued":
        "お休みは送信待ちです。つながったら伝えます",
        "Your day off is waiting to be sent. It goes when you are back online";
    DAYOFF_OFF_TODAY = "dayoff.off_today":
        "今日はお休み",
        "Off today";
    DAYOFF_AHEAD = "dayoff.ahead":
        "お休みの予定",
        "Days off ahead";
    DAYOFF_AHEAD_HINT = "dayoff.ahead_hint":
        "夏休みや帰省など、働かない日を入れてください。その日は「連絡OK」になりません。",
        "Add the days you will not work, such as school holidays. You are not shown as reachable on them.";
    DAYOFF_FIRST = "dayoff.first":
        "最初の日",
        "First day";
    DAYOFF_LAST = "dayoff.last":
        "最後の日",
        "Last day";
    DAYOFF_LAST_HINT = "dayoff.last_hint":
        "1日だけなら空のままで大丈夫です",
        "Leave it empty for a single day";
    DAYOFF_NOTE = "dayoff.note":
        "メモ",
        "Note";
    DAYOFF_NOTE_PLACEHOLDER = "dayoff.note_placeholder":
        "例: 夏休み",
        "e.g. summer holidays";
    DAYOFF_ADD = "dayoff.add":
        "お休みを追加",
        "Add the days off";
    DAYOFF_ADDED = "dayoff.added":
        "お休みを追加しました",
        "Days off added";
    DAYOFF_REMOVE = "dayoff.remove":
        "{when} のお休みを削除",
        "Remove the days off {when}";
    DAYOFF_REMOVE_SHORT = "dayoff.remove_short":
        "削除",
        "Remove";
    DAYOFF_REMOVED = "dayoff.removed":
        "お休みを削除しました",
        "Days off removed";
    DAYOFF_NONE = "dayoff.none":
        "予定しているお休みはありません",
        "No days off planned";
    DAYOFF_FIRST_MISSING = "dayoff.first_missing":
        "最初の日を選んでください",
        "Please choose the first day";
    _ = "dayoff.error.order":
        "最後の日は、最初の日と同じか、それより後にしてください",
        "The last day must be the first day or later";
    _ = "dayoff.error.too_long":
        "1年を超えるお休みは、コーディネーターに相談してください",
        "For a break longer than a year, please talk to your coordinator";
    _ = "dayoff.error.today_is_one_day":
        "「今日は休みます」は今日1日だけです",
        "Taking today off is for today only";
    _ = "dayoff.error.too_many":
        "お休みの予定が多すぎます。終わったものから消えていきます",
        "Too many days off planned. Past ones are removed as they end";
    OWN_SKILLS = "own.skills":
        "一覧にないスキル",
        "Skills of my own";
    OWN_SKILLS_GROUP = "own.skills_group":
        "本人が追加したスキル",
        "Skills they added themselves";
    OWN_SKILLS_HINT = "own.skills_hint":
        "Canva、Excel マクロ、英語など、上の一覧にないものを名前とレベルで追加できます",
        "Canva, Excel macros, English: add what the list above does not have, with a level";
    OWN_SKILL_NAME = "own.skill_name":
        "スキルの名前",
        "Skill";
    OWN_SKILL_PLACEHOLDER = "own.skill_placeholder":
        "例: Canva",
        "e.g. Canva";
    OWN_SKILL_LEVEL = "own.skill_level":
        "レベル",
        "Level";
    OWN_SKILL_LEVEL_OF = "own.skill_level_of":
        "{name}のレベル",
        "Level of {name}";
    OWN_SKILL_ADD = "own.skill_add":
        "スキルを追加",
        "Add the skill";
    QUALIFICATIONS = "own.qualifications":
        "資格",
        "Qualifications";
    QUALIFICATION_NAME = "own.qualification_name":
        "資格の名前",
        "Qualification";
    QUALIFICATION_PLACEHOLDER = "own.qualification_placeholder":
        "例: 簿記3級",
        "e.g. Bookkeeping level 3";
    QUALIFICATION_YEAR = "own.qualification_year":
        "取得した年",
        "Year gained";
    QUALIFICATION_ADD = "own.qualification_add":
        "資格を追加",
        "Add the qualification";
    QUALIFICATION_WITH_YEAR = "own.qualification_with_year":
        "{name}（{year}年）",
        "{name} ({year})";
    NAMED_REMOVE = "own.remove":
        "{name} を削除",
        "Remove {name}";
    NAMED_EMPTY = "own.empty":
        "名前を入れてください",
        "Please enter a name";
    NAMED_TOO_LONG = "own.too_long":
        "40文字までにしてください",
        "Please keep it to 40 characters";
    NAMED_TWICE = "own.twice":
        "同じ名前がもう入っています",
        "That name is already there";
    CONTACT_ASIDE = "contact.aside":
        "やりとりの相手",
        "Who you are writing to";
    CONTACT_TITLE_WORKER = "contact.title_worker":
        "{name}さんとのやりとり",
        "Working with {name}";
    CONTACT_TITLE_COORDINATOR = "contact.title_coordinator":
        "{name}さん（コーディネーター）",
        "{name} (coordinator)";
    CONTACT_HOURS = "contact.hours":
        "連絡のつく時間",
        "Reachable hours";
    CONTACT_HINT_GATHER = "contact.hint_gather":
        "{name}さんは、質問をまとめて受け取るのが好みです。いくつかあれば、ひとつのメッセージにまとめて送りましょう。",
        "{name} prefers questions gathered together. If you have several, send them in one message.";
    CONTACT_HINT_LATER = "contact.hint_later":
        "いまは{name}さんの時間外です（{reach}）。返事はそのころからになりそうです。",
        "It is outside {name}'s hours now ({reach}). Expect an answer from then.";
    CONTACT_HINT_OFF = "contact.hint_off":
        "{name}さんは今日お休みです（{reach}）。返事はそのころからになりそうです。",
        "{name} is off today ({reach}). Expect an answer from then.";
    CONTACT_MY_CARD = "contact.my_card":
        "わたしの連絡カード",
        "My contact card";
    CONTACT_MY_CARD_HINT = "contact.my_card_hint":
        "ワーカーさんのチャレンジのやりとりの横に表示され、いつ返事が来るかの目安になります。この時間は、お知らせが届く時間にもなります。",
        "Shown to workers beside the conversations you take part in, so they know when to expect an answer. Notices also reach you in these hours.";
    CONTACT_WEEKDAY_HOURS = "contact.weekday_hours":
        "平日の連絡がつく時間",
        "Weekday hours you can be reached";
    CONTACT_FROM = "contact.from":
        "開始",
        "From";
    CONTACT_TO = "contact.to":
        "終了",
        "Until";
    CONTACT_TIME_INVALID = "contact.time_invalid":
        "時刻を「9:00」のように入れてください",
        "Please enter times like 9:00";
    CONTACT_SAVE = "contact.save":
        "連絡カードを保存する",
        "Save my contact card";
    CONTACT_SAVED = "contact.saved":
        "連絡カードを保存しました",
        "Contact card saved";
    CONTACT_NOT_SAVED = "contact.not_saved":
        "保存できませんでした。入れた内容はそのままです。もう一度お試しください。",
        "Could not save. What you entered is still here; please try again.";
    CONTACT_RETRY = "contact.retry":
        "もう一度保存する",
        "Save again";
    RESUME_TITLE = "resume.title":
        "職務経歴書",
        "Résumé";
    RESUME_AS_OF = "resume.as_of":
        "{date} 現在",
        "As of {date}";
    RESUME_NAME = "resume.name":
        "氏名",
        "Name";
    RESUME_AREA = "resume.area":
        "地域",
        "Area";
    RESUME_PR = "resume.pr":
        "自己PR",
        "About me";
    RESUME_STRENGTHS = "resume.strengths":
        "コーディネーターから推薦された強み：{skills}",
        "Strengths endorsed by coordinators: {skills}";
    RESUME_SKILLS = "resume.skills":
        "スキルと実績",
        "Skills and evidence";
    RESUME_SKILL = "resume.skill":
        "分野",
        "Area";
    RESUME_LEVEL = "resume.level":
        "レベル",
        "Level";
    RESUME_EXPERIENCE = "resume.experience":
        "経験",
        "Experience";
    RESUME_EVIDENCE = "resume.evidence":
        "実績・推薦",
        "Achievements and endorsements";
    RESUME_YEARS = "resume.years":
        "{n}年",
        "{n} {n|year|years}";
    RESUME_QUALIFICATIONS = "resume.qualifications":
        "資格",
        "Qualifications";
    RESUME_PAST_WORK = "resume.past_work":
        "これまでの仕事",
        "Past work";
    RESUME_GROWTH = "resume.growth":
        "Okaeriでの歩み",
        "Growth in Okaeri";
    RESUME_WISHES = "resume.wishes":
        "希望する働き方",
        "How I would like to work";
    RESUME_DIRECTION = "resume.direction":
        "これから",
        "Direction";
    RESUME_HOURS = "resume.hours":
        "働ける時間",
        "Hours";
    RESUME_HOURS_VALUE = "resume.hours_value":
        "週{n}時間まで",
        "Up to {n} {n|hour|hours} a week";
    RESUME_TIMES = "resume.times":
        "働ける時間帯",
        "When";
    RESUME_PRINT = "resume.print":
        "印刷する（PDFとして保存もできます）",
        "Print (or save as PDF)";
    PATHS_TITLE = "paths.title":
        "正社員への道",
        "The way to regular employment";
    PATHS_HINT = "paths.hint":
        "会社が用意している次の役割と、いまの強みとの近さです。スキルのレベルを上げると、ここも変わります。",
        "The company's next roles, and how close your strengths are to each. As your skills grow, this changes too.";
    PATHS_FITS = "paths.fits":
        "いま目指せる役割",
        "Roles that fit you now";
    PATHS_NONE_YET = "paths.none_yet":
        "まだありません。下の「あと少し」から始めましょう。",
        "None yet. Start from the close ones below.";
    PATHS_CLOSE = "paths.close":
        "あと少しの役割",
        "Close";
    PATHS_MISSING = "paths.missing":
        "足りないもの：",
        "What is missing:";
    PATHS_GAP = "paths.gap":
        "{skill}：「{has}」→「{needs}」",
        "{skill}: {has} → {needs}";
    PATHS_GAP_NEW = "paths.gap_new":
        "{skill}：「{needs}」まで",
        "{skill}: up to {needs}";
    PATHS_ASK = "paths.ask":
        "チャレンジとして相談する",
        "Ask for it as a challenge";
    PATHS_REQUEST_TITLE = "paths.request_title":
        "{skill}を「{needs}」にする",
        "Reach {needs} in {skill}";
    PATHS_REQUEST_WHY = "paths.request_why":
        "{role}を目指すため",
        "Toward the role of {role}";
}
