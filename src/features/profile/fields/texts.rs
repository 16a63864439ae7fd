//! The texts of the profile's fields, which onboarding asks and わたしの強み edits: skills, hours, work style.
//!
//! Each text: its constant (`_` for a key named only at run time), its key, Japanese, English.

crate::i18n::texts! {
    COMMON_NOT_SET = "common.not_set":
        "まだ入力されていません",
        "Not filled in yet";
    LEVEL_NONE = "level.none":
        "なし",
        "None";
    STYLE_TITLE = "style.title":
        "わたしとの仕事のしかた",
        "How to work with me";
    STYLE_QUESTIONS = "style.questions":
        "質問のしかた",
        "Questions";
    STYLE_ALL_AT_ONCE = "style.all_at_once":
        "まとめて",
        "All at once";
    STYLE_AS_THEY_COME = "style.as_they_come":
        "その都度",
        "As they come";
    STYLE_CHANNEL = "style.channel":
        "連絡方法",
        "Channel";
    STYLE_REPLY = "style.reply":
        "返信の目安",
        "Usual reply time";
    STYLE_BEST_TIMES = "style.best_times":
        "連絡しやすい時間",
        "Best times to reach me";
    STYLE_NOTES = "style.notes":
        "ひとこと",
        "Notes";
    CHANNEL_CHAT = "channel.chat":
        "チャット",
        "Chat";
    CHANNEL_EMAIL = "channel.email":
        "メール",
        "Email";
    CHANNEL_PHONE = "channel.phone":
        "電話",
        "Phone";
    CHANNEL_VIDEO_CALL = "channel.video_call":
        "ビデオ通話",
        "Video call";
    REPLY_WITHIN_AN_HOUR = "reply.within_an_hour":
        "1時間以内",
        "Within an hour";
    REPLY_SAME_DAY = "reply.same_day":
        "その日のうち",
        "The same day";
    REPLY_NEXT_WORKDAY = "reply.next_workday":
        "次の稼働日",
        "The next working day";
    AVAIL_WEEKDAYS = "avail.weekdays":
        "平日",
        "Weekdays";
    AVAIL_WEEKEND = "avail.weekend":
        "土日",
        "Weekends";
    AVAIL_EVERY_DAY = "avail.every_day":
        "毎日",
        "Every day";
    AVAIL_NONE = "avail.none":
        "まだ登録されていません",
        "Not filled in yet";
    AVAIL_AWAY_FROM = "avail.away_from":
        "{time}以降は不在",
        "away from {time}";
    AVAIL_AWAY_BETWEEN = "avail.away_between":
        "{from}–{to}は不在",
        "away {from}–{to}";
    AVAIL_WORK_WINDOWS = "avail.work_windows":
        "働ける時間",
        "Working hours";
    AVAIL_AWAY_WINDOWS = "avail.away_windows":
        "連絡できない時間",
        "Times you cannot be reached";
    AVAIL_AWAY_HINT = "avail.away_hint":
        "お迎えや家事など、連絡がつかない時間があれば入れてください",
        "School pick-up, housework: add any time you cannot be reached";
    AVAIL_DAY = "avail.day":
        "曜日",
        "Day";
    AVAIL_START = "avail.start":
        "開始",
        "Start";
    AVAIL_END = "avail.end":
        "終了",
        "End";
    AVAIL_FROM = "avail.from":
        "何時から",
        "From";
    AVAIL_UNTIL = "avail.until":
        "何時まで",
        "Until";
    AVAIL_UNTIL_END = "avail.until_end":
        "その日はずっと",
        "Rest of the day";
    AVAIL_NOTE = "avail.note":
        "メモ",
        "Note";
    AVAIL_NOTE_PLACEHOLDER = "avail.note_placeholder":
        "例: 子どものお迎え",
        "e.g. school pick-up";
    AVAIL_ADD_WINDOW = "avail.add_window":
        "この時間を追加",
        "Add these hours";
    AVAIL_ADD_AWAY = "avail.add_away":
        "連絡できない時間を追加",
        "Add a time away";
    AVAIL_REMOVE = "avail.remove":
        "{what} を削除",
        "Remove {what}";
    AVAIL_HOURS_PER_WEEK = "avail.hours_per_week":
        "1週間に働きたい時間",
        "Hours per week you would like";
    AVAIL_EARLIEST_START = "avail.earliest_start":
        "働き始められる日",
        "Earliest start date";
    REACH_NOW = "reach.now":
        "いま連絡OK（{until}まで）",
        "Reachable now (until {until})";
    REACH_TODAY = "reach.today":
        "次は今日 {time}から",
        "Next: today from {time}";
    REACH_TOMORROW = "reach.tomorrow":
        "次は明日 {time}から",
        "Next: tomorrow from {time}";
    REACH_ON_DAY = "reach.on_day":
        "次は{day}曜 {time}から",
        "Next: {day} from {time}";
    REACH_ON_DATE = "reach.on_date":
        "次は{date} {time}から",
        "Next: {date} from {time}";
    REACH_NEVER = "reach.never":
        "連絡できる時間はまだ登録されていません",
        "No reachable hours filled in yet";
    CONFLICT_TITLE = "conflict.title":
        "別の場所で変更されています",
        "This was changed elsewhere";
    CONFLICT_BODY = "conflict.body":
        "別の端末（またはほかの人）が先に変更しました。どちらの内容を使うか選んでください。選ぶまで、どちらも消えません。",
        "Another device (or someone else) changed this first. Choose which version to keep; nothing is lost until you choose.";
    CONFLICT_MINE = "conflict.mine":
        "この端末の内容",
        "On this device";
    DIRECTION_TOWARDS_EMPLOYMENT = "direction.towards_employment":
        "正社員を目指したい",
        "Aiming for a regular job";
    DIRECTION_KEEP_PACE = "direction.keep_pace":
        "いまのペースで続けたい",
        "Keep my current pace";
    DIRECTION_UNDECIDED = "direction.undecided":
        "まだ決めていない",
        "Not decided yet";
    _ = "conflict.part.name":
        "表示名",
        "Display name";
    _ = "conflict.part.furigana":
        "ふりがな",
        "Reading (furigana)";
    _ = "conflict.part.area":
        "お住まいの地域",
        "Area";
    _ = "conflict.part.statement":
        "わたしの強み（ひとこと）",
        "My strength in a line";
    _ = "conflict.part.availability":
        "働ける時間",
        "When I can work";
    _ = "conflict.part.skills":
        "経験とレベル",
        "Skills and levels";
    _ = "conflict.part.own_skills":
        "一覧にないスキル",
        "Skills of my own";
    _ = "conflict.part.qualifications":
        "資格",
        "Qualifications";
    _ = "conflict.part.past_work":
        "これまでのお仕事",
        "Past work";
    _ = "conflict.part.aspirations":
        "やってみたいこと",
        "What I would like to try";
    _ = "conflict.part.direction":
        "これからの働き方",
        "Where I am heading";
    _ = "conflict.part.horizon":
        "いつごろまでに",
        "By when";
    _ = "conflict.part.work_style":
        "わたしとの仕事のしかた",
        "How to work with me";
    CONFLICT_COMBINE = "conflict.combine":
        "両方を合わせる",
        "Combine both";
    CONFLICT_COMBINE_HINT = "conflict.combine_hint":
        "働ける時間・経験・やってみたいことは、両方の内容を残せます。そのほかは、この端末の内容になります。",
        "Hours, skills and wishes can keep what both versions have; everything else comes from this device.";
    CONFLICT_HOURS = "conflict.hours":
        "週{n}時間",
        "{n} h a week";
    _ = "level.new.desc":
        "やったことはないけれど、やってみたい",
        "Not done it yet, but would like to";
    _ = "level.can.desc":
        "手順があれば、ひとりでできる",
        "Can do it alone with instructions";
    _ = "level.strong.desc":
        "自信をもって任せてもらえる",
        "Can be trusted with it confidently";
    _ = "level.teach.desc":
        "ほかの人に教えられる",
        "Can teach it to others";
    AVAIL_ERROR_END_BEFORE_START = "avail.error.end_before_start":
        "終わりの時間は、始まりより後にしてください",
        "The end must be later than the start";
    _ = "avail.error.half_hour":
        "30分単位で選んでください",
        "Please choose times in 30-minute steps";
    ANSWER_NAME = "answer.name":
        "表示名",
        "Display name";
    ANSWER_NAME_HINT = "answer.name_hint":
        "ニックネームでも大丈夫です",
        "A nickname is fine";
    ANSWER_FURIGANA = "answer.furigana":
        "ふりがな",
        "Reading of your name";
    ANSWER_AREA = "answer.area":
        "お住まいの地域",
        "Where you live";
    ANSWER_AREA_HINT = "answer.area_hint":
        "都道府県くらいで大丈夫です",
        "The prefecture is enough";
    ANSWER_LEVELS = "answer.levels":
        "レベルの目安",
        "What the levels mean";
    ANSWER_YEARS = "answer.years":
        "経験年数",
        "Years of experience";
    ANSWER_PAST_WORK = "answer.past_work":
        "これまでのお仕事",
        "Past work";
    ANSWER_PAST_WORK_PLACEHOLDER = "answer.past_work_placeholder":
        "例: 事務職で受発注の入力を6年",
        "e.g. six years of order entry in an office";
    ANSWER_WANT_SKILLS = "answer.want_skills":
        "やってみたい分野",
        "Areas you would like to try";
    ANSWER_DIRECTION = "answer.direction":
        "これからの働き方",
        "How you want to work from here";
    ANSWER_HORIZON = "answer.horizon":
        "いつごろまでに",
        "By when";
    ANSWER_HORIZON_PLACEHOLDER = "answer.horizon_placeholder":
        "例: 2年以内",
        "e.g. within two years";
    ANSWER_NOTES_PLACEHOLDER = "answer.notes_placeholder":
        "例: 質問はまとめて送ってもらえると助かります",
        "e.g. I prefer to get questions all at once";
}
