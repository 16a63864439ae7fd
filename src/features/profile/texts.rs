//! The profile's texts: わたしの強み, a worker's page and card, the coordinator's list, endorsements.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English,
//! plain Japanese.

crate::i18n::texts! {
    AVAIL_ZONE = "avail.zone":
        "時間帯: {zone}",
        "Time zone: {zone}",
        "時間《じかん》の ちいき: {zone}";
    AVAIL_IN_YOUR_ZONE = "avail.in_your_zone":
        "あなたの時間帯（{zone}）では {spans}",
        "In your time zone ({zone}): {spans}",
        "あなたの 時間《じかん》（{zone}）では {spans}";
    AVAIL_WEEK_CHART = "avail.week_chart":
        "1週間の働ける時間の図（6時〜24時）",
        "Chart of the working hours of the week (6:00 to 24:00)",
        "1しゅうかんの はたらける 時間《じかん》の え（6じ〜24じ）";
    WORKERS_TITLE = "workers.title":
        "ワーカーのみなさん",
        "Our workers",
        "〔ワーカー〕の みなさん";
    WORKERS_FILTERS = "workers.filters":
        "ワーカーの絞り込み",
        "Filter workers",
        "〔ワーカー〕を しぼりこむ";
    WORKERS_SKILL = "workers.skill":
        "得意な分野",
        "Skill",
        "とくいな しごと";
    WORKERS_WORDS = "workers.words":
        "ことばでさがす",
        "Search",
        "ことばで さがす";
    WORKERS_WORDS_HINT = "workers.words_hint":
        "名前・ひとこと・スキル・やってみたいこと",
        "Names, statements, skills and wishes",
        "名前《なまえ》・ひとこと・〔スキル〕・やって みたい こと";
    WORKERS_LEVEL = "workers.level":
        "レベル",
        "Level",
        "レベル";
    WORKERS_ANY_LEVEL = "workers.any_level":
        "どのレベルでも",
        "Any level",
        "どの レベルでも";
    WORKERS_LEVEL_OR_ABOVE = "workers.level_or_above":
        "{level}以上",
        "{level} or above",
        "{level}より うえ（{level}も ふくむ）";
    WORKERS_MORE = "workers.more":
        "ほかの条件",
        "More filters",
        "ほかの じょうけん";
    WORKERS_WANTS = "workers.wants":
        "やってみたい分野",
        "Would like to try",
        "やって みたい しごと";
    WORKERS_SORT = "workers.sort":
        "並べ方",
        "Order",
        "ならべかた";
    WORKERS_SORT_NAME = "workers.sort_name":
        "名前順",
        "By name",
        "名前《なまえ》の じゅん";
    WORKERS_SORT_NEXT = "workers.sort_next":
        "連絡がつく順",
        "Reachable soonest first",
        "れんらく できる じゅん";
    WORKERS_CAN_TITLE = "workers.can_title":
        "{skill}ができる人（連絡がつく順）",
        "Can do {skill} (reachable soonest first)",
        "{skill}が できる 人《ひと》（れんらく できる じゅん）";
    WORKERS_CAN_TITLE_LEVEL = "workers.can_title_level":
        "{skill}が{level}以上の人（連絡がつく順）",
        "{skill} at {level} or above (reachable soonest first)",
        "{skill}が {level}より うえの 人《ひと》（れんらく できる じゅん）";
    WORKERS_WANTS_TITLE = "workers.wants_title":
        "{skill}をやってみたい人",
        "Would like to try {skill}",
        "{skill}を やって みたい 人《ひと》";
    WORKERS_WANTS_LINE = "workers.wants_line":
        "やってみたい: {skills}",
        "Would like to try: {skills}",
        "やって みたい: {skills}";
    WORKERS_WHY_WANTS = "workers.why_wants":
        "やってみたい",
        "Would like to try it",
        "やって みたい";
    WORKERS_WHY_LEVEL_NOW = "workers.why_level_now":
        "いまのレベル: {level}",
        "Level now: {level}",
        "いまの レベル: {level}";
    WORKERS_WHY_YEARS = "workers.why_years":
        "{years}年",
        "{years} {years|yr|yrs}",
        "{years}年《ねん》";
    WORKERS_REACHABLE_NOW = "workers.reachable_now":
        "いま連絡できる人だけ",
        "Only those reachable now",
        "いま れんらく できる 人《ひと》だけ";
    WORKERS_NONE = "workers.none":
        "条件に合うワーカーはいません。",
        "No worker matches.",
        "じょうけんに あう 〔ワーカー〕は いません。";
    PROFILE_MINE = "profile.mine":
        "わたしの強み",
        "My strengths",
        "わたしの つよみ";
    PROFILE_COORDINATOR = "profile.coordinator":
        "コーディネーターには自分の強みのページはありません。ワーカーの一覧からそれぞれのページを開けます。",
        "Coordinators have no strengths page of their own. Open any worker's page from the list.",
        "〔コーディネーター〕には じぶんの つよみの ページは ありません。〔ワーカー〕の いちらんから、それぞれの ページを ひらけます。";
    PROFILE_NOT_YET = "profile.not_yet":
        "まだ登録が済んでいません。5分ほどで終わります。",
        "You have not registered yet. It takes about five minutes.",
        "まだ とうろくが おわって いません。5分《ふん》ぐらいで おわります。";
    PROFILE_STATEMENT = "profile.statement":
        "わたしの強み（ひとこと）",
        "My strength in a sentence",
        "わたしの つよみ（ひとこと）";
    PROFILE_STATEMENT_HINT = "profile.statement_hint":
        "例: これは私に頼んでください",
        "e.g. Ask me for this",
        "れい: これは わたしに たのんで ください";
    PROFILE_ANSWERS = "profile.answers":
        "登録した内容",
        "What I have told you",
        "とうろく した こと";
    PROFILE_ANSWERS_HINT = "profile.answers_hint":
        "開くと直せます。直した内容はその場で保存されます。",
        "Open a part to change it. Changes are saved as you type.",
        "ひらくと なおせます。なおした ことは すぐに ほぞん されます。";
    PROFILE_GROUP_ABOUT = "profile.group.about":
        "わたしについて",
        "About me",
        "わたしの こと";
    PROFILE_GROUP_EXPERIENCE = "profile.group.experience":
        "これまでの経験",
        "My experience",
        "いままでの しごと";
    PROFILE_GROUP_WANT = "profile.group.want":
        "やってみたいこと・これからの働き方",
        "What I would like to try, and where I am heading",
        "やって みたい こと・これからの はたらきかた";
    PROFILE_GROUP_STYLE = "profile.group.style":
        "やりとりのしかた",
        "How to work with me",
        "れんらくの しかた";
    PROFILE_TAGS = "profile.tags":
        "みんなが認めた強み",
        "Strengths others recognise",
        "みんなが みとめた つよみ";
    PROFILE_AVAILABILITY = "profile.availability":
        "働ける時間",
        "Working hours",
        "はたらける 時間《じかん》";
    PROFILE_SKILLS = "profile.skills":
        "スキルとその裏づけ",
        "Skills and the proof behind them",
        "〔スキル〕と その しょうこ";
    PROFILE_ASPIRATIONS = "profile.aspirations":
        "次にやってみたいこと",
        "What I would like to try next",
        "つぎに やって みたい こと";
    PROFILE_DIRECTION = "profile.direction":
        "これからの働き方",
        "Where I am heading",
        "これからの はたらきかた";
    PROFILE_DIRECTION_BY_WHEN = "profile.direction.by_when":
        "いつごろまでに",
        "By when",
        "いつごろまでに";
    PROFILE_ASK_CHALLENGE = "profile.ask_challenge":
        "チャレンジとして相談する",
        "Ask for this as a challenge",
        "〔チャレンジ〕として そうだん する";
    PROFILE_TIMELINE = "profile.timeline":
        "成長の記録",
        "Growth",
        "のびた きろく";
    PROFILE_EVIDENCE_ACHIEVED = "profile.evidence_achieved":
        "できた",
        "Done",
        "できた";
    PROFILE_EVIDENCE_ENDORSED = "profile.evidence_endorsed":
        "推薦",
        "Endorsed",
        "すいせん";
    PROFILE_FOR_CHALLENGE = "profile.for_challenge":
        "チャレンジ: ",
        "Challenge: ",
        "〔チャレンジ〕: ";
    PROFILE_PRINT_CARD = "profile.print_card":
        "仕事のしかたカードを印刷用に開く",
        "Open the work-with-me card for printing",
        "しごとの しかたの カードを いんさつ する";
    CHART_TITLE = "chart.title":
        "強みのグラフ",
        "Strengths chart",
        "つよみの グラフ";
    CHART_EMPTY = "chart.empty":
        "まだスキルが登録されていません",
        "No skills yet",
        "まだ 〔スキル〕が とうろく されて いません";
    CHART_TABLE_CAPTION = "chart.table_caption":
        "強みのグラフ（表）",
        "Strengths chart as a table",
        "つよみの グラフ（ひょう）";
    CHART_SKILL = "chart.skill":
        "分野",
        "Skill",
        "しごとの しゅるい";
    CHART_LEVEL = "chart.level":
        "レベル",
        "Level",
        "レベル";
    TIMELINE_LEVEL = "timeline.level":
        "{skill}が「{level}」になりました",
        "{skill} is now “{level}”",
        "{skill}が「{level}」に なりました";
    TIMELINE_ACHIEVED = "timeline.achieved":
        "チャレンジ「{title}」ができた!",
        "Challenge “{title}” done!",
        "〔チャレンジ〕「{title}」が できた!";
    TIMELINE_ENDORSED = "timeline.endorsed":
        "{by}さんから{skill}で「{message}」",
        "{by} on {skill}: “{message}”",
        "{by}さんから {skill}で「{message}」";
    WORKER_PAGE = "profile.worker_page":
        "ワーカーのページ",
        "A worker's page",
        "〔ワーカー〕の ページ";
    TIMELINE_LOOKED_BACK = "timeline.looked_back":
        "今週のふりかえり：{text}",
        "Weekly look back: {text}",
        "今週《こんしゅう》の ふりかえり：{text}";
    TIMELINE_LOOKED_BACK_PLAIN = "timeline.looked_back_plain":
        "今週のふりかえりをしました",
        "Looked back on the week",
        "今週《こんしゅう》の ふりかえりを しました";
    ENDORSE_OPEN = "endorse.open":
        "これを頼みたい",
        "I'd like to ask her for this (頼みたい)",
        "これを たのみたい";
    ENDORSE_TITLE = "endorse.title":
        "{name}さんに、これを頼みたい",
        "I'd like to ask {name} for this",
        "{name}さんに、これを たのみたい";
    ENDORSE_SKILL = "endorse.skill":
        "どの分野で",
        "Which skill",
        "どの しごとで";
    ENDORSE_MESSAGE = "endorse.message":
        "ひとことメッセージ",
        "A short message",
        "みじかい メッセージ";
    ENDORSE_PLACEHOLDER = "endorse.placeholder":
        "例: SNSの企画はまずこの人に頼みたい",
        "e.g. For social media plans, she is the first I'd ask",
        "れい: SNSの ことは まず この 人《ひと》に たのみたい";
    ENDORSE_ABOUT = "endorse.about":
        "どのお仕事について（任意）",
        "Which piece of work (optional)",
        "どの しごとの ことか（かかなくても よい）";
    ENDORSE_ABOUT_NONE = "endorse.about_none":
        "特定のお仕事ではない",
        "Not about one piece of work",
        "きまった しごとでは ない";
    ENDORSE_SUBMIT = "endorse.submit":
        "この内容で伝える",
        "Send",
        "これで つたえる";
    ENDORSE_DONE = "endorse.done":
        "推薦を届けました",
        "Endorsement sent",
        "すいせんを とどけました";
    CARD_TITLE = "card.title":
        "{name}さんとの仕事のしかた",
        "How to work with {name}",
        "{name}さんとの しごとの しかた";
    CARD_PRINT = "card.print":
        "印刷する",
        "Print",
        "いんさつ する";
    DAYOFF_CARD_TITLE = "dayoff.card_title":
        "お休みの連絡",
        "Taking a day off",
        "おやすみの れんらく";
    DAYOFF_TODAY_BUTTON = "dayoff.today.button":
        "今日は休みます",
        "I am taking today off",
        "今日《きょう》は やすみます";
    DAYOFF_TODAY_NOTE = "dayoff.today.note":
        "ひとこと",
        "A word",
        "ひとこと";
    DAYOFF_TODAY_NOTE_PLACEHOLDER = "dayoff.today.note_placeholder":
        "例: 子どもの発熱",
        "e.g. my child has a fever",
        "れい: こどもの ねつ";
    DAYOFF_TODAY_HINT = "dayoff.today.hint":
        "コーディネーターに「今日はお休み」と表示されます。今日のうちなら取り消せます。",
        "Coordinators will see that you are off today. You can undo it until the day ends.",
        "〔コーディネーター〕に「今日《きょう》は おやすみ」と でます。今日《きょう》の うちなら とりけせます。";
    DAYOFF_TODAY_TAKEN = "dayoff.today.taken":
        "今日はお休みにしました",
        "You are off today",
        "今日《きょう》は おやすみに しました";
    DAYOFF_UNDO = "dayoff.undo":
        "取り消す（今日も働けます）",
        "Undo (I can work today)",
        "とりけす（今日《きょう》も はたらけます）";
    DAYOFF_UNDONE = "dayoff.undone":
        "お休みを取り消しました",
        "Your day off is undone",
        "おやすみを とりけしました";
    DAYOFF_QUEUED = "dayoff.queued":
        "お休みは送信待ちです。つながったら伝えます",
        "Your day off is waiting to be sent. It goes when you are back online",
        "おやすみは まだ おくって いません。つながったら つたえます";
    DAYOFF_OFF_TODAY = "dayoff.off_today":
        "今日はお休み",
        "Off today",
        "今日《きょう》は おやすみ";
    DAYOFF_AHEAD = "dayoff.ahead":
        "お休みの予定",
        "Days off ahead",
        "おやすみの よてい";
    DAYOFF_AHEAD_HINT = "dayoff.ahead_hint":
        "夏休みや帰省など、働かない日を入れてください。その日は「連絡OK」になりません。",
        "Add the days you will not work, such as school holidays. You are not shown as reachable on them.",
        "なつやすみや じっかに かえる ときなど、はたらかない 日《ひ》を 入《い》れて ください。その 日《ひ》は「れんらく できます」に なりません。";
    DAYOFF_FIRST = "dayoff.first":
        "最初の日",
        "First day",
        "さいしょの 日《ひ》";
    DAYOFF_LAST = "dayoff.last":
        "最後の日",
        "Last day",
        "さいごの 日《ひ》";
    DAYOFF_LAST_HINT = "dayoff.last_hint":
        "1日だけなら空のままで大丈夫です",
        "Leave it empty for a single day",
        "1日《にち》だけなら かかなくて だいじょうぶです";
    DAYOFF_NOTE = "dayoff.note":
        "メモ",
        "Note",
        "メモ";
    DAYOFF_NOTE_PLACEHOLDER = "dayoff.note_placeholder":
        "例: 夏休み",
        "e.g. summer holidays",
        "れい: なつやすみ";
    DAYOFF_ADD = "dayoff.add":
        "お休みを追加",
        "Add the days off",
        "おやすみを くわえる";
    DAYOFF_ADDED = "dayoff.added":
        "お休みを追加しました",
        "Days off added",
        "おやすみを くわえました";
    DAYOFF_REMOVE = "dayoff.remove":
        "{when} のお休みを削除",
        "Remove the days off {when}",
        "{when} の おやすみを けす";
    DAYOFF_REMOVE_SHORT = "dayoff.remove_short":
        "削除",
        "Remove",
        "けす";
    DAYOFF_REMOVED = "dayoff.removed":
        "お休みを削除しました",
        "Days off removed",
        "おやすみを けしました";
    DAYOFF_NONE = "dayoff.none":
        "予定しているお休みはありません",
        "No days off planned",
        "よていの おやすみは ありません";
    DAYOFF_FIRST_MISSING = "dayoff.first_missing":
        "最初の日を選んでください",
        "Please choose the first day",
        "さいしょの 日《ひ》を えらんで ください";
    _ = "dayoff.error.order":
        "最後の日は、最初の日と同じか、それより後にしてください",
        "The last day must be the first day or later",
        "さいごの 日《ひ》は、さいしょの 日《ひ》と おなじか、それより あとに して ください";
    _ = "dayoff.error.too_long":
        "1年を超えるお休みは、コーディネーターに相談してください",
        "For a break longer than a year, please talk to your coordinator",
        "1年《ねん》より ながい おやすみは、〔コーディネーター〕に そうだん して ください";
    _ = "dayoff.error.today_is_one_day":
        "「今日は休みます」は今日1日だけです",
        "Taking today off is for today only",
        "「今日《きょう》は やすみます」は 今日《きょう》 1日《にち》だけです";
    _ = "dayoff.error.too_many":
        "お休みの予定が多すぎます。終わったものから消えていきます",
        "Too many days off planned. Past ones are removed as they end",
        "おやすみの よていが おおすぎます。おわった ものから きえて いきます";
    OWN_SKILLS = "own.skills":
        "一覧にないスキル",
        "Skills of my own",
        "いちらんに ない 〔スキル〕";
    OWN_SKILLS_GROUP = "own.skills_group":
        "本人が追加したスキル",
        "Skills they added themselves",
        "じぶんで くわえた 〔スキル〕";
    OWN_SKILLS_HINT = "own.skills_hint":
        "Canva、Excel マクロ、英語など、上の一覧にないものを名前とレベルで追加できます",
        "Canva, Excel macros, English: add what the list above does not have, with a level",
        "Canva、Excel マクロ、えいごなど、うえの いちらんに ない ものを、名前《なまえ》と レベルで くわえられます";
    OWN_SKILL_NAME = "own.skill_name":
        "スキルの名前",
        "Skill",
        "〔スキル〕の 名前《なまえ》";
    OWN_SKILL_PLACEHOLDER = "own.skill_placeholder":
        "例: Canva",
        "e.g. Canva",
        "れい: Canva";
    OWN_SKILL_LEVEL = "own.skill_level":
        "レベル",
        "Level",
        "レベル";
    OWN_SKILL_LEVEL_OF = "own.skill_level_of":
        "{name}のレベル",
        "Level of {name}",
        "{name}の レベル";
    OWN_SKILL_ADD = "own.skill_add":
        "スキルを追加",
        "Add the skill",
        "〔スキル〕を くわえる";
    QUALIFICATIONS = "own.qualifications":
        "資格",
        "Qualifications",
        "しかく";
    QUALIFICATION_NAME = "own.qualification_name":
        "資格の名前",
        "Qualification",
        "しかくの 名前《なまえ》";
    QUALIFICATION_PLACEHOLDER = "own.qualification_placeholder":
        "例: 簿記3級",
        "e.g. Bookkeeping level 3",
        "れい: ぼき 3きゅう";
    QUALIFICATION_YEAR = "own.qualification_year":
        "取得した年",
        "Year gained",
        "とった 年《とし》";
    QUALIFICATION_ADD = "own.qualification_add":
        "資格を追加",
        "Add the qualification",
        "しかくを くわえる";
    QUALIFICATION_WITH_YEAR = "own.qualification_with_year":
        "{name}（{year}年）",
        "{name} ({year})",
        "{name}（{year}年《ねん》）";
    NAMED_REMOVE = "own.remove":
        "{name} を削除",
        "Remove {name}",
        "{name} を けす";
    NAMED_EMPTY = "own.empty":
        "名前を入れてください",
        "Please enter a name",
        "名前《なまえ》を 入《い》れて ください";
    NAMED_TOO_LONG = "own.too_long":
        "40文字までにしてください",
        "Please keep it to 40 characters",
        "40もじまでに して ください";
    NAMED_TWICE = "own.twice":
        "同じ名前がもう入っています",
        "That name is already there",
        "おなじ 名前《なまえ》が もう 入《はい》って います";
    CONTACT_ASIDE = "contact.aside":
        "やりとりの相手",
        "Who you are writing to",
        "やりとりの あいて";
    CONTACT_TITLE_WORKER = "contact.title_worker":
        "{name}さんとのやりとり",
        "Working with {name}",
        "{name}さんとの やりとり";
    CONTACT_TITLE_COORDINATOR = "contact.title_coordinator":
        "{name}さん（コーディネーター）",
        "{name} (coordinator)",
        "{name}さん（〔コーディネーター〕）";
    CONTACT_HOURS = "contact.hours":
        "連絡のつく時間",
        "Reachable hours",
        "れんらく できる 時間《じかん》";
    CONTACT_HINT_GATHER = "contact.hint_gather":
        "{name}さんは、質問をまとめて受け取るのが好みです。いくつかあれば、ひとつのメッセージにまとめて送りましょう。",
        "{name} prefers questions gathered together. If you have several, send them in one message.",
        "{name}さんは、しつもんを まとめて うけとるのが すきです。いくつか あれば、ひとつの メッセージに まとめて おくりましょう。";
    CONTACT_HINT_LATER = "contact.hint_later":
        "いまは{name}さんの時間外です（{reach}）。返事はそのころからになりそうです。",
        "It is outside {name}'s hours now ({reach}). Expect an answer from then.",
        "いまは {name}さんの 時間《じかん》の そとです（{reach}）。へんじは その ころからに なりそうです。";
    CONTACT_HINT_OFF = "contact.hint_off":
        "{name}さんは今日お休みです（{reach}）。返事はそのころからになりそうです。",
        "{name} is off today ({reach}). Expect an answer from then.",
        "{name}さんは 今日《きょう》 おやすみです（{reach}）。へんじは その ころからに なりそうです。";
    CONTACT_MY_CARD = "contact.my_card":
        "わたしの連絡カード",
        "My contact card",
        "わたしの れんらく カード";
    CONTACT_MY_CARD_HINT = "contact.my_card_hint":
        "ワーカーさんのチャレンジのやりとりの横に表示され、いつ返事が来るかの目安になります。この時間は、お知らせが届く時間にもなります。",
        "Shown to workers beside the conversations you take part in, so they know when to expect an answer. Notices also reach you in these hours.",
        "〔ワーカー〕さんの 〔チャレンジ〕の やりとりの よこに でて、いつ へんじが くるかの めやすに なります。この 時間《じかん》は、おしらせが とどく 時間《じかん》にも なります。";
    CONTACT_WEEKDAY_HOURS = "contact.weekday_hours":
        "平日の連絡がつく時間",
        "Weekday hours you can be reached",
        "へいじつに れんらく できる 時間《じかん》";
    CONTACT_FROM = "contact.from":
        "開始",
        "From",
        "はじめ";
    CONTACT_TO = "contact.to":
        "終了",
        "Until",
        "おわり";
    CONTACT_TIME_INVALID = "contact.time_invalid":
        "時刻を「9:00」のように入れてください",
        "Please enter times like 9:00",
        "時間《じかん》を「9:00」の ように 入《い》れて ください";
    CONTACT_SAVE = "contact.save":
        "連絡カードを保存する",
        "Save my contact card",
        "れんらく カードを ほぞん する";
    CONTACT_SAVED = "contact.saved":
        "連絡カードを保存しました",
        "Contact card saved",
        "れんらく カードを ほぞん しました";
    CONTACT_NOT_SAVED = "contact.not_saved":
        "保存できませんでした。入れた内容はそのままです。もう一度お試しください。",
        "Could not save. What you entered is still here; please try again.",
        "ほぞん できませんでした。入《い》れた ことは そのままです。もう いちど やって ください。";
    CONTACT_RETRY = "contact.retry":
        "もう一度保存する",
        "Save again",
        "もう いちど ほぞん する";
    RESUME_TITLE = "resume.title":
        "職務経歴書",
        "Résumé",
        "しょくむけいれきしょ（しごとの きろく）";
    RESUME_AS_OF = "resume.as_of":
        "{date} 現在",
        "As of {date}",
        "{date} の とき";
    RESUME_NAME = "resume.name":
        "氏名",
        "Name",
        "名前《なまえ》";
    RESUME_AREA = "resume.area":
        "地域",
        "Area",
        "すんで いる ところ";
    RESUME_PR = "resume.pr":
        "自己PR",
        "About me",
        "じぶんの よい ところ";
    RESUME_STRENGTHS = "resume.strengths":
        "コーディネーターから推薦された強み：{skills}",
        "Strengths endorsed by coordinators: {skills}",
        "〔コーディネーター〕が すいせん した つよみ：{skills}";
    RESUME_SKILLS = "resume.skills":
        "スキルと実績",
        "Skills and evidence",
        "〔スキル〕と できた こと";
    RESUME_SKILL = "resume.skill":
        "分野",
        "Area",
        "しごとの しゅるい";
    RESUME_LEVEL = "resume.level":
        "レベル",
        "Level",
        "レベル";
    RESUME_EXPERIENCE = "resume.experience":
        "経験",
        "Experience",
        "やった ねんすう";
    RESUME_EVIDENCE = "resume.evidence":
        "実績・推薦",
        "Achievements and endorsements",
        "できた こと・すいせん";
    RESUME_YEARS = "resume.years":
        "{n}年",
        "{n} {n|year|years}",
        "{n}年《ねん》";
    RESUME_QUALIFICATIONS = "resume.qualifications":
        "資格",
        "Qualifications",
        "しかく";
    RESUME_PAST_WORK = "resume.past_work":
        "これまでの仕事",
        "Past work",
        "いままでの しごと";
    RESUME_GROWTH = "resume.growth":
        "Okaeriでの歩み",
        "Growth in Okaeri",
        "おかえりで のびた こと";
    RESUME_WISHES = "resume.wishes":
        "希望する働き方",
        "How I would like to work",
        "のぞむ はたらきかた";
    RESUME_DIRECTION = "resume.direction":
        "これから",
        "Direction",
        "これから";
    RESUME_HOURS = "resume.hours":
        "働ける時間",
        "Hours",
        "はたらける 時間《じかん》";
    RESUME_HOURS_VALUE = "resume.hours_value":
        "週{n}時間まで",
        "Up to {n} {n|hour|hours} a week",
        "1しゅうかんに {n}時間《じかん》まで";
    RESUME_TIMES = "resume.times":
        "働ける時間帯",
        "When",
        "はたらける 時間《じかん》";
    RESUME_PRINT = "resume.print":
        "印刷する（PDFとして保存もできます）",
        "Print (or save as PDF)",
        "いんさつ する（PDFとして ほぞんも できます）";
    PATHS_TITLE = "paths.title":
        "正社員への道",
        "The way to regular employment",
        "せいしゃいんへの みち";
    PATHS_HINT = "paths.hint":
        "会社が用意している次の役割と、いまの強みとの近さです。スキルのレベルを上げると、ここも変わります。",
        "The company's next roles, and how close your strengths are to each. As your skills grow, this changes too.",
        "かいしゃに ある つぎの しごとと、いまの あなたの つよみが どれぐらい ちかいかです。〔スキル〕の レベルが あがると、ここも かわります。";
    PATHS_FITS = "paths.fits":
        "いま目指せる役割",
        "Roles that fit you now",
        "いま めざせる しごと";
    PATHS_NONE_YET = "paths.none_yet":
        "まだありません。下の「あと少し」から始めましょう。",
        "None yet. Start from the close ones below.",
        "まだ ありません。したの「あと すこし」から はじめましょう。";
    PATHS_CLOSE = "paths.close":
        "あと少しの役割",
        "Close",
        "あと すこしの しごと";
    PATHS_MISSING = "paths.missing":
        "足りないもの：",
        "What is missing:",
        "たりない もの：";
    PATHS_GAP = "paths.gap":
        "{skill}：「{has}」→「{needs}」",
        "{skill}: {has} → {needs}",
        "{skill}：「{has}」→「{needs}」";
    PATHS_GAP_NEW = "paths.gap_new":
        "{skill}：「{needs}」まで",
        "{skill}: up to {needs}",
        "{skill}：「{needs}」まで";
    PATHS_ASK = "paths.ask":
        "チャレンジとして相談する",
        "Ask for it as a challenge",
        "〔チャレンジ〕として そうだん する";
    PATHS_REQUEST_TITLE = "paths.request_title":
        "{skill}を「{needs}」にする",
        "Reach {needs} in {skill}",
        "{skill}を「{needs}」に する";
    PATHS_REQUEST_WHY = "paths.request_why":
        "{role}を目指すため",
        "Toward the role of {role}",
        "{role}を めざす ため";
}
