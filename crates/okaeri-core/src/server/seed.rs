//! Demo data for the embedded default: one coordinator, three onboarded workers with
//! realistic profiles, and "you", a new worker who has not onboarded yet.

use super::db::{Db, Record, SCHEMA};
use crate::domain::availability::{Availability, AwayWindow, TimeWindow, WEEK};
use crate::domain::challenge::{Challenge, ChallengeRequest, Comment, Status};
use crate::domain::contact::CoordinatorCard;
use crate::domain::endorsement::Endorsement;
use crate::domain::skill::{Level, Skill};
use crate::domain::worker::{
    Aspiration, Channel, Direction, Profile, ProfileFields, Qualification, QuestionStyle,
    ReplyWindow, Role, SkillEntry, User, WorkStyle,
};
use chrono::{DateTime, Duration, NaiveTime, Utc, Weekday};

pub const DEMO_WORKER_TOKEN: &str = "demo-worker";
pub const DEMO_COORDINATOR_TOKEN: &str = "demo-coordinator";
pub const YOU: &str = "w-you";
pub const COORDINATOR: &str = "c-sato";

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}

fn weekdays(
    start: NaiveTime,
    end: NaiveTime,
    away_from: Option<(NaiveTime, &str)>,
) -> Availability {
    // Written as they are kept (valid, merged, in order), so making the demo needs none of
    // the editing rules.
    let mut a = Availability {
        windows: WEEK[..5]
            .iter()
            .map(|day| TimeWindow {
                day: *day,
                start,
                end,
            })
            .collect(),
        ..Availability::default()
    };
    if let Some((from, note)) = away_from {
        for day in &WEEK[..5] {
            a.away.push(AwayWindow {
                day: *day,
                start: from,
                end: None,
                note: note.to_string(),
            });
        }
    }
    a
}

fn skills(list: &[(Skill, Level, u8)]) -> Vec<SkillEntry> {
    list.iter()
        .map(|(skill, level, years)| SkillEntry {
            skill: *skill,
            level: *level,
            years: Some(*years),
        })
        .collect()
}

fn profile(id: &str, fields: ProfileFields, now: DateTime<Utc>, age_days: i64) -> Record<Profile> {
    let start = now - Duration::days(age_days);
    let mut p = Profile::new(id, start);
    // Record a first level for each skill, then one step up for the first, for the timeline.
    let mut first = fields.clone();
    if let Some(s) = first.skills.first_mut() {
        s.level = match s.level {
            Level::Teach => Level::Strong,
            Level::Strong => Level::Can,
            other => other,
        };
    }
    p.apply(first, start);
    p.apply(fields, now - Duration::days(age_days / 3));
    p.onboarded = true;
    Record::new(p)
}

pub fn seed(now: DateTime<Utc>) -> Db {
    let users = vec![
        User {
            id: COORDINATOR.into(),
            name: "佐藤 みどり".into(),
            role: Role::Coordinator,
        },
        User {
            id: YOU.into(),
            name: String::new(),
            role: Role::Worker,
        },
        User {
            id: "w-kei".into(),
            name: "けい".into(),
            role: Role::Worker,
        },
        User {
            id: "w-aya".into(),
            name: "あや".into(),
            role: Role::Worker,
        },
        User {
            id: "w-yuki".into(),
            name: "ゆき".into(),
            role: Role::Worker,
        },
    ];
    let mut db = Db {
        schema: SCHEMA,
        users,
        next_id: 100,
        ..Db::default()
    };
    db.tokens.insert(DEMO_WORKER_TOKEN.into(), YOU.into());
    db.tokens
        .insert(DEMO_COORDINATOR_TOKEN.into(), COORDINATOR.into());
    db.coordinator_cards.push((
        COORDINATOR.into(),
        CoordinatorCard {
            availability: weekdays(hm(9, 0), hm(17, 30), None),
            reply_window: Some(ReplyWindow::SameDay),
        },
    ));

    let kei = ProfileFields {
        display_name: "けい".into(),
        furigana: "けい".into(),
        area: "埼玉県".into(),
        strength_statement: "SNSの投稿づくりと、お客さまへの丁寧な連絡は任せてください".into(),
        availability: weekdays(hm(9, 30), hm(14, 30), Some((hm(15, 0), "子どものお迎え"))),
        skills: skills(&[
            (Skill::SnsOperations, Level::Teach, 3),
            (Skill::SalesAssistant, Level::Strong, 2),
            (Skill::DataEntry, Level::Strong, 6),
            (Skill::Writing, Level::Can, 1),
        ]),
        past_work: "事務職で受発注の入力を6年。在宅では営業アシスタントとSNS運用サポート。".into(),
        aspirations: vec![
            Aspiration {
                skill: Skill::Bookkeeping,
                note: "経理の基本を身につけたい".into(),
            },
            Aspiration {
                skill: Skill::SimpleDesign,
                note: String::new(),
            },
        ],
        direction: Some(Direction::TowardsEmployment),
        horizon: "2年以内".into(),
        work_style: WorkStyle {
            question_style: Some(QuestionStyle::AllAtOnce),
            channel: Some(Channel::Chat),
            reply_window: Some(ReplyWindow::WithinAnHour),
            notes: "質問はまとめて送ってもらえると助かります。15時以降は翌朝に返信します。".into(),
        },
        own_skills: Vec::new(),
        qualifications: Vec::new(),
    };
    let mut aya_avail = weekdays(hm(10, 0), hm(16, 0), None);
    aya_avail.away.push(AwayWindow {
        day: Weekday::Wed,
        start: hm(12, 0),
        end: Some(hm(13, 0)),
        note: "通院".into(),
    });
    let aya = ProfileFields {
        display_name: "あや".into(),
        furigana: "あや".into(),
        area: "大阪府".into(),
        strength_statement: "数字の入力とチェックは正確さに自信があります".into(),
        availability: aya_avail,
        skills: skills(&[
            (Skill::Bookkeeping, Level::Strong, 4),
            (Skill::Spreadsheet, Level::Strong, 5),
            (Skill::DataEntry, Level::Teach, 8),
        ]),
        past_work: "会計事務所で記帳代行を4年。".into(),
        aspirations: vec![Aspiration {
            skill: Skill::CustomerSupport,
            note: "電話以外のサポートなら".into(),
        }],
        direction: Some(Direction::KeepPace),
        horizon: String::new(),
        work_style: WorkStyle {
            question_style: Some(QuestionStyle::AsTheyCome),
            channel: Some(Channel::Email),
            reply_window: Some(ReplyWindow::SameDay),
            notes: "水曜の昼は通院で不在です。".into(),
        },
        own_skills: Vec::new(),
        qualifications: vec![Qualification {
            name: "日商簿記2級".into(),
            year: Some(2018),
        }],
    };
    let mut yuki_avail = Availability::default();
    for (day, start, end) in [
        (Weekday::Mon, hm(20, 0), hm(23, 0)),
        (Weekday::Tue, hm(20, 0), hm(23, 0)),
        (Weekday::Thu, hm(20, 0), hm(23, 0)),
        (Weekday::Sat, hm(9, 0), hm(12, 0)),
    ] {
        yuki_avail.windows.push(TimeWindow { day, start, end });
    }
    let yuki = ProfileFields {
        display_name: "ゆき".into(),
        furigana: "ゆき".into(),
        area: "北海道".into(),
        strength_statement: "やさしい言葉で伝わる文章を書きます".into(),
        availability: yuki_avail,
        skills: skills(&[
            (Skill::Writing, Level::Strong, 3),
            (Skill::CustomerSupport, Level::Can, 2),
            (Skill::SimpleDesign, Level::New, 0),
        ]),
        past_work: "地域情報誌のライター。".into(),
        aspirations: vec![Aspiration {
            skill: Skill::SnsOperations,
            note: String::new(),
        }],
        direction: Some(Direction::Undecided),
        horizon: String::new(),
        work_style: WorkStyle {
            question_style: Some(QuestionStyle::AllAtOnce),
            channel: Some(Channel::Chat),
            reply_window: Some(ReplyWindow::NextWorkday),
            notes: "夜の作業が中心です。".into(),
        },
        own_skills: Vec::new(),
        qualifications: Vec::new(),
    };
    db.profiles
        .insert("w-kei".into(), profile("w-kei", kei, now, 300));
    db.profiles
        .insert("w-aya".into(), profile("w-aya", aya, now, 200));
    db.profiles
        .insert("w-yuki".into(), profile("w-yuki", yuki, now, 90));
    db.profiles
        .insert(YOU.into(), Record::new(Profile::new(YOU, now)));

    let coordinator = db.users[0].clone();
    let add = |db: &mut Db,
               worker: &str,
               title: &str,
               skill: Skill,
               why: &str,
               target: Status,
               days_ago: i64,
               comments: &[(&str, &str)]| {
        let Some(user) = db.user(worker).cloned() else {
            return;
        };
        let created = now - Duration::days(days_ago);
        let request = ChallengeRequest {
            title: title.into(),
            skill: Some(skill),
            why: why.into(),
            hours_per_week: Some(3),
            wished_start: Some((created + Duration::days(14)).date_naive()),
            support: "最初は一緒に手順を確認してほしい".into(),
        };
        let id = db.fresh_id("ch");
        let mut c = Challenge::new(id, &user, request, created);
        let path: &[Status] = match target {
            Status::Requested => &[],
            Status::Discussing => &[Status::Discussing],
            Status::InProgress => &[Status::Discussing, Status::InProgress],
            Status::Achieved => &[Status::Discussing, Status::InProgress, Status::Achieved],
            Status::Paused => &[Status::Discussing, Status::Paused],
        };
        for (i, to) in path.iter().enumerate() {
            let reason = if *to == Status::Paused {
                "今は繁忙期なので、来月にもう一度相談しましょう"
            } else {
                ""
            };
            let _ = c.apply_move(
                &coordinator,
                *to,
                reason,
                created + Duration::days(2 * (i as i64 + 1)),
            );
        }
        for (i, (author, text)) in comments.iter().enumerate() {
            let Some(a) = db.user(author).cloned() else {
                continue;
            };
            let mid = db.fresh_id("m");
            c.comments.push(Comment {
                id: mid,
                author_id: a.id,
                author_name: a.name,
                author_role: a.role,
                text: (*text).into(),
                at: created + Duration::hours(5 * (i as i64 + 1)),
            });
        }
        db.challenges.push(Record::new(c));
    };
    add(
        &mut db,
        "w-kei",
        "経理の入門：請求書の処理",
        Skill::Bookkeeping,
        "いつか正社員を目指すために経理の基本を身につけたい",
        Status::Discussing,
        6,
        &[
            ("w-kei", "週3時間くらいから始められると嬉しいです"),
            (
                COORDINATOR,
                "ちょうど請求書の入力の仕事があります。来週お話ししましょう",
            ),
        ],
    );
    add(
        &mut db,
        "w-kei",
        "Instagramの投稿企画を一人で担当",
        Skill::SnsOperations,
        "企画から投稿まで通してやってみたい",
        Status::Achieved,
        60,
        &[(COORDINATOR, "3か月の投稿、反応がとても良かったです！")],
    );
    add(
        &mut db,
        "w-kei",
        "バナー画像の作成",
        Skill::SimpleDesign,
        "投稿用の画像を自分で作れるようになりたい",
        Status::Requested,
        1,
        &[],
    );
    add(
        &mut db,
        "w-kei",
        "営業資料の下書き",
        Skill::SalesAssistant,
        "提案書づくりの流れを知りたい",
        Status::InProgress,
        20,
        &[(COORDINATOR, "まずは過去の資料を3つ読んでみてください")],
    );
    add(
        &mut db,
        "w-aya",
        "問い合わせメールの一次対応",
        Skill::CustomerSupport,
        "電話以外のサポートに挑戦したい",
        Status::InProgress,
        15,
        &[("w-aya", "テンプレートがあると安心です")],
    );
    add(
        &mut db,
        "w-aya",
        "月次の集計表を関数で自動化",
        Skill::Spreadsheet,
        "手作業を減らしたい",
        Status::Achieved,
        45,
        &[],
    );
    add(
        &mut db,
        "w-aya",
        "ブログ記事の校正",
        Skill::Writing,
        "文章のチェックも得意かもしれない",
        Status::Paused,
        30,
        &[(
            COORDINATOR,
            "今月は案件が少ないので、来月にまた相談させてください",
        )],
    );
    add(
        &mut db,
        "w-yuki",
        "SNSのコメント返信",
        Skill::SnsOperations,
        "文章を書く経験を活かしたい",
        Status::Requested,
        2,
        &[],
    );
    add(
        &mut db,
        "w-yuki",
        "商品紹介文の作成",
        Skill::Writing,
        "商品の魅力を伝える文章に挑戦したい",
        Status::Achieved,
        40,
        &[
            ("w-yuki", "納品しました"),
            (COORDINATOR, "お客さまから大好評でした"),
        ],
    );
    add(
        &mut db,
        "w-yuki",
        "簡単なチラシのデザイン",
        Skill::SimpleDesign,
        "デザインを基礎から学びたい",
        Status::Discussing,
        8,
        &[],
    );
    add(
        &mut db,
        "w-aya",
        "データ入力の手順書づくり",
        Skill::DataEntry,
        "後輩に教える資料を作りたい",
        Status::Requested,
        3,
        &[],
    );

    let endorse = |db: &mut Db,
                   worker: &str,
                   skill: Skill,
                   message: &str,
                   challenge: Option<String>,
                   days_ago: i64| {
        let id = db.fresh_id("e");
        db.endorsements.push(Endorsement {
            id,
            worker_id: worker.into(),
            skill: Some(skill),
            own_skill: None,
            message: message.into(),
            challenge_id: challenge,
            by_id: COORDINATOR.into(),
            by_name: "佐藤 みどり".into(),
            at: now - Duration::days(days_ago),
        });
    };
    let kei_sns = db
        .challenges
        .iter()
        .find(|c| c.value.request.title.starts_with("Instagram"))
        .map(|c| c.value.id.clone());
    endorse(
        &mut db,
        "w-kei",
        Skill::SnsOperations,
        "SNSの企画はまずけいさんに頼みたい",
        kei_sns,
        30,
    );
    endorse(
        &mut db,
        "w-yuki",
        Skill::Writing,
        "紹介文はゆきさんに頼みたい",
        None,
        25,
    );
    endorse(
        &mut db,
        "w-aya",
        Skill::Spreadsheet,
        "集計の自動化で毎月2時間短縮できました",
        None,
        20,
    );
    endorse(
        &mut db,
        "w-kei",
        Skill::SalesAssistant,
        "お客さまへの連絡が丁寧で安心してお任せできます",
        None,
        12,
    );
    db
}

/// Adds `n` generated cards across workers, skills and statuses (for the board benchmark).
pub fn add_generated_challenges(db: &mut Db, n: usize, now: DateTime<Utc>) {
    let workers = ["w-kei", "w-aya", "w-yuki"];
    for i in 0..n {
        let Some(user) = db.user(workers[i % workers.len()]).cloned() else {
            return;
        };
        let skill = Skill::ALL[i % Skill::ALL.len()];
        let request = ChallengeRequest {
            title: format!("練習課題 {i}: {}", skill.id()),
            skill: Some(skill),
            why: "スキルを広げたい".into(),
            ..Default::default()
        };
        let id = db.fresh_id("ch");
        let mut c = Challenge::new(id, &user, request, now - Duration::minutes(i as i64));
        c.status = Status::ALL[i % Status::ALL.len()];
        if c.status == Status::Paused {
            c.paused_reason = "来月に再開".into();
        }
        db.challenges.push(Record::new(c));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_covers_both_roles_and_every_status() {
        let db = seed(Utc::now());
        assert!(db.users.iter().any(|u| u.role == Role::Coordinator));
        assert!(db.users.iter().filter(|u| u.role == Role::Worker).count() >= 4);
        assert!(db.challenges.len() >= 10);
        for s in Status::ALL {
            assert!(db.challenges.iter().any(|c| c.value.status == s), "{s:?}");
        }
        assert!(db.challenges.iter().any(|c| !c.value.comments.is_empty()));
        assert!(db.endorsements.len() >= 3);
        assert!(db.profiles.get(YOU).is_some_and(|p| !p.value.onboarded));
        let mut big = seed(Utc::now());
        add_generated_challenges(&mut big, 1000, Utc::now());
        assert_eq!(big.challenges.len(), db.challenges.len() + 1000);
        for p in db.profiles.values().filter(|p| p.value.onboarded) {
            assert!(
                crate::domain::onboarding::validate_fields(&p.value.fields).is_ok(),
                "{}",
                p.value.id
            );
        }
    }

    /// Tabs that make the demo from the same stored moment must get the same data: it is
    /// not written out until she changes something (`embedded::SEEDED_KEY`).
    #[test]
    fn the_demo_is_kept_as_the_rules_keep_data() {
        let db = seed(Utc::now());
        assert!(
            db.endorsements.windows(2).all(|w| w[0].at <= w[1].at),
            "oldest first"
        );
        for p in db.profiles.values() {
            let a = &p.value.fields.availability;
            let merged = crate::domain::availability::merge_windows(a.windows.clone());
            assert_eq!(
                a.windows, merged,
                "{}: windows as add_window keeps them",
                p.value.id
            );
        }
    }

    #[test]
    fn the_same_moment_makes_the_same_demo() {
        let at = Utc::now();
        let made = |extra| {
            let mut db = seed(at);
            add_generated_challenges(&mut db, extra, at);
            db
        };
        assert_eq!(made(0), made(0));
        assert_eq!(made(40), made(40));
        assert_ne!(seed(at), seed(at - chrono::Duration::seconds(1)));
    }
}
