//! The texts of the profile's fields, which onboarding asks and わたしの強み edits: skills, hours, work style.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English,
//! plain Japanese.

crate::i18n::texts! {
    COMMON_NOT_SET = "common.not_set":
        "まだ入力されていません",
        "Not filled in yet",
        "まだ かいて いません";
    LEVEL_NONE = "level.none":
        "なし",
        "None",
        "なし";
    STYLE_TITLE = "style.title":
        "わたしとの仕事のしかた",
        "How to work with me",
        "わたしとの しごとの しかた";
    STYLE_QUESTIONS = "style.questions":
        "質問のしかた",
        "Questions",
        "しつもんの しかた";
    STYLE_ALL_AT_ONCE = "style.all_at_once":
        "まとめて",
        "All at once",
        "まとめて";
    STYLE_AS_THEY_COME = "style.as_they_come":
        "その都度",
        "As they come",
        "その つど";
    STYLE_CHANNEL = "style.channel":
        "連絡方法",
        "Channel",
        "れんらくの しかた";
    STYLE_REPLY = "style.reply":
        "返信の目安",
        "Usual reply time",
        "へんじが くるまでの 時間《じかん》";
    STYLE_BEST_TIMES = "style.best_times":
        "連絡しやすい時間",
        "Best times to reach me",
        "れんらく しやすい 時間《じかん》";
    STYLE_NOTES = "style.notes":
        "ひとこと",
        "Notes",
        "ひとこと";
    CHANNEL_CHAT = "channel.chat":
        "チャット",
        "Chat",
        "チャット";
    CHANNEL_EMAIL = "channel.email":
        "メール",
        "Email",
        "メール";
    CHANNEL_PHONE = "channel.phone":
        "電話",
        "Phone",
        "でんわ";
    CHANNEL_VIDEO_CALL = "channel.video_call":
        "ビデオ通話",
        "Video call",
        "ビデオで はなす";
    REPLY_WITHIN_AN_HOUR = "reply.within_an_hour":
        "1時間以内",
        "Within an hour",
        "1時間《じかん》いない";
    REPLY_SAME_DAY = "reply.same_day":
        "その日のうち",
        "The same day",
        "その 日《ひ》の うち";
    REPLY_NEXT_WORKDAY = "reply.next_workday":
        "次の稼働日",
        "The next working day",
        "つぎに はたらく 日《ひ》";
    AVAIL_WEEKDAYS = "avail.weekdays":
        "平日",
        "Weekdays",
        "へいじつ（月《げつ》〜金《きん》）";
    AVAIL_WEEKEND = "avail.weekend":
        "土日",
        "Weekends",
        "土日《どにち》";
    AVAIL_EVERY_DAY = "avail.every_day":
        "毎日",
        "Every day",
        "まいにち";
    AVAIL_NONE = "avail.none":
        "まだ登録されていません",
        "Not filled in yet",
        "まだ とうろく されて いません";
    AVAIL_AWAY_FROM = "avail.away_from":
        "{time}以降は不在",
        "away from {time}",
        "{time}からは いません";
    AVAIL_AWAY_BETWEEN = "avail.away_between":
        "{from}–{to}は不在",
        "away {from}–{to}",
        "{from}–{to}は いません";
    AVAIL_WORK_WINDOWS = "avail.work_windows":
        "働ける時間",
        "Working hours",
        "はたらける 時間《じかん》";
    AVAIL_AWAY_WINDOWS = "avail.away_windows":
        "連絡できない時間",
        "Times you cannot be reached",
        "れんらく できない 時間《じかん》";
    AVAIL_AWAY_HINT = "avail.away_hint":
        "お迎えや家事など、連絡がつかない時間があれば入れてください",
        "School pick-up, housework: add any time you cannot be reached",
        "こどもの おむかえや いえの ことなどで、れんらく できない 時間《じかん》が あれば 入《い》れて ください";
    AVAIL_DAY = "avail.day":
        "曜日",
        "Day",
        "ようび";
    AVAIL_START = "avail.start":
        "開始",
        "Start",
        "はじめ";
    AVAIL_END = "avail.end":
        "終了",
        "End",
        "おわり";
    AVAIL_FROM = "avail.from":
        "何時から",
        "From",
        "なんじから";
    AVAIL_UNTIL = "avail.until":
        "何時まで",
        "Until",
        "なんじまで";
    AVAIL_UNTIL_END = "avail.until_end":
        "その日はずっと",
        "Rest of the day",
        "その 日《ひ》は ずっと";
    AVAIL_NOTE = "avail.note":
        "メモ",
        "Note",
        "メモ";
    AVAIL_NOTE_PLACEHOLDER = "avail.note_placeholder":
        "例: 子どものお迎え",
        "e.g. school pick-up",
        "れい: こどもの おむかえ";
    AVAIL_ADD_WINDOW = "avail.add_window":
        "この時間を追加",
        "Add these hours",
        "この 時間《じかん》を くわえる";
    AVAIL_ADD_AWAY = "avail.add_away":
        "連絡できない時間を追加",
        "Add a time away",
        "れんらく できない 時間《じかん》を くわえる";
    AVAIL_REMOVE = "avail.remove":
        "{what} を削除",
        "Remove {what}",
        "{what} を けす";
    AVAIL_HOURS_PER_WEEK = "avail.hours_per_week":
        "1週間に働きたい時間",
        "Hours per week you would like",
        "1しゅうかんに はたらきたい 時間《じかん》";
    AVAIL_EARLIEST_START = "avail.earliest_start":
        "働き始められる日",
        "Earliest start date",
        "はたらき はじめられる 日《ひ》";
    REACH_NOW = "reach.now":
        "いま連絡OK（{until}まで）",
        "Reachable now (until {until})",
        "いま れんらく できます（{until}まで）";
    REACH_TODAY = "reach.today":
        "次は今日 {time}から",
        "Next: today from {time}",
        "つぎは 今日《きょう》 {time}から";
    REACH_TOMORROW = "reach.tomorrow":
        "次は明日 {time}から",
        "Next: tomorrow from {time}",
        "つぎは あした {time}から";
    REACH_ON_DAY = "reach.on_day":
        "次は{day}曜 {time}から",
        "Next: {day} from {time}",
        "つぎは {day}ようび {time}から";
    REACH_ON_DATE = "reach.on_date":
        "次は{date} {time}から",
        "Next: {date} from {time}",
        "つぎは {date} {time}から";
    REACH_NEVER = "reach.never":
        "連絡できる時間はまだ登録されていません",
        "No reachable hours filled in yet",
        "れんらく できる 時間《じかん》は まだ とうろく されて いません";
    CONFLICT_TITLE = "conflict.title":
        "別の場所で変更されています",
        "This was changed elsewhere",
        "べつの ところで かえられて います";
    CONFLICT_BODY = "conflict.body":
        "別の端末（またはほかの人）が先に変更しました。どちらの内容を使うか選んでください。選ぶまで、どちらも消えません。",
        "Another device (or someone else) changed this first. Choose which version to keep; nothing is lost until you choose.",
        "べつの スマホなど（または ほかの 人《ひと》）が さきに かえました。どちらの なかみを つかうか えらんで ください。えらぶまで、どちらも きえません。";
    CONFLICT_MINE = "conflict.mine":
        "この端末の内容",
        "On this device",
        "この スマホなどの なかみ";
    DIRECTION_TOWARDS_EMPLOYMENT = "direction.towards_employment":
        "正社員を目指したい",
        "Aiming for a regular job",
        "せいしゃいんを めざしたい";
    DIRECTION_KEEP_PACE = "direction.keep_pace":
        "いまのペースで続けたい",
        "Keep my current pace",
        "いまの ペースで つづけたい";
    DIRECTION_UNDECIDED = "direction.undecided":
        "まだ決めていない",
        "Not decided yet",
        "まだ きめて いない";
    _ = "conflict.part.name":
        "表示名",
        "Display name",
        "よびな";
    _ = "conflict.part.furigana":
        "ふりがな",
        "Reading (furigana)",
        "ふりがな";
    _ = "conflict.part.area":
        "お住まいの地域",
        "Area",
        "すんで いる ところ";
    _ = "conflict.part.statement":
        "わたしの強み（ひとこと）",
        "My strength in a line",
        "わたしの つよみ（ひとこと）";
    _ = "conflict.part.availability":
        "働ける時間",
        "When I can work",
        "はたらける 時間《じかん》";
    _ = "conflict.part.skills":
        "経験とレベル",
        "Skills and levels",
        "いままでの しごとと レベル";
    _ = "conflict.part.own_skills":
        "一覧にないスキル",
        "Skills of my own",
        "いちらんに ない 〔スキル〕";
    _ = "conflict.part.qualifications":
        "資格",
        "Qualifications",
        "しかく";
    _ = "conflict.part.past_work":
        "これまでのお仕事",
        "Past work",
        "いままでの しごと";
    _ = "conflict.part.aspirations":
        "やってみたいこと",
        "What I would like to try",
        "やって みたい こと";
    _ = "conflict.part.direction":
        "これからの働き方",
        "Where I am heading",
        "これからの はたらきかた";
    _ = "conflict.part.horizon":
        "いつごろまでに",
        "By when",
        "いつごろまでに";
    _ = "conflict.part.work_style":
        "わたしとの仕事のしかた",
        "How to work with me",
        "わたしとの しごとの しかた";
    CONFLICT_COMBINE = "conflict.combine":
        "両方を合わせる",
        "Combine both",
        "りょうほうを あわせる";
    CONFLICT_COMBINE_HINT = "conflict.combine_hint":
        "働ける時間・経験・やってみたいことは、両方の内容を残せます。そのほかは、この端末の内容になります。",
        "Hours, skills and wishes can keep what both versions have; everything else comes from this device.",
        "はたらける 時間《じかん》・いままでの しごと・やって みたい ことは、りょうほうを のこせます。ほかは、この スマホなどの なかみに なります。";
    CONFLICT_HOURS = "conflict.hours":
        "週{n}時間",
        "{n} h a week",
        "1しゅうかんに {n}時間《じかん》";
    _ = "level.new.desc":
        "やったことはないけれど、やってみたい",
        "Not done it yet, but would like to",
        "やった ことは ないけれど、やって みたい";
    _ = "level.can.desc":
        "手順があれば、ひとりでできる",
        "Can do it alone with instructions",
        "やりかたが わかれば、ひとりで できる";
    _ = "level.strong.desc":
        "自信をもって任せてもらえる",
        "Can be trusted with it confidently",
        "あんしんして まかせて もらえる";
    _ = "level.teach.desc":
        "ほかの人に教えられる",
        "Can teach it to others",
        "ほかの 人《ひと》に おしえられる";
    AVAIL_ERROR_END_BEFORE_START = "avail.error.end_before_start":
        "終わりの時間は、始まりより後にしてください",
        "The end must be later than the start",
        "おわりの 時間《じかん》は、はじめより あとに して ください";
    _ = "avail.error.half_hour":
        "30分単位で選んでください",
        "Please choose times in 30-minute steps",
        "30分《ぷん》ごとに えらんで ください";
    ANSWER_NAME = "answer.name":
        "表示名",
        "Display name",
        "よびな";
    ANSWER_NAME_HINT = "answer.name_hint":
        "ニックネームでも大丈夫です",
        "A nickname is fine",
        "ニックネームでも だいじょうぶです";
    ANSWER_FURIGANA = "answer.furigana":
        "ふりがな",
        "Reading of your name",
        "ふりがな";
    ANSWER_AREA = "answer.area":
        "お住まいの地域",
        "Where you live",
        "すんで いる ところ";
    ANSWER_AREA_HINT = "answer.area_hint":
        "都道府県くらいで大丈夫です",
        "The prefecture is enough",
        "けん（とどうふけん）ぐらいで だいじょうぶです";
    ANSWER_LEVELS = "answer.levels":
        "レベルの目安",
        "What the levels mean",
        "レベルの めやす";
    ANSWER_YEARS = "answer.years":
        "経験年数",
        "Years of experience",
        "なんねん やったか";
    ANSWER_PAST_WORK = "answer.past_work":
        "これまでのお仕事",
        "Past work",
        "いままでの しごと";
    ANSWER_PAST_WORK_PLACEHOLDER = "answer.past_work_placeholder":
        "例: 事務職で受発注の入力を6年",
        "e.g. six years of order entry in an office",
        "れい: じむの しごとで ちゅうもんの にゅうりょくを 6年《ねん》";
    ANSWER_WANT_SKILLS = "answer.want_skills":
        "やってみたい分野",
        "Areas you would like to try",
        "やって みたい しごと";
    ANSWER_DIRECTION = "answer.direction":
        "これからの働き方",
        "How you want to work from here",
        "これからの はたらきかた";
    ANSWER_HORIZON = "answer.horizon":
        "いつごろまでに",
        "By when",
        "いつごろまでに";
    ANSWER_HORIZON_PLACEHOLDER = "answer.horizon_placeholder":
        "例: 2年以内",
        "e.g. within two years",
        "れい: 2年《ねん》いない";
    ANSWER_NOTES_PLACEHOLDER = "answer.notes_placeholder":
        "例: 質問はまとめて送ってもらえると助かります",
        "e.g. I prefer to get questions all at once",
        "れい: しつもんは まとめて おくって もらえると たすかります";
}
