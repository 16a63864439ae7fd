//! Checks over every part of the texts together: each reads back whole, no key is in two
//! parts, no text is empty, both languages fill the same placeholders, and every key the core
//! names at run time has a text.

use crate::i18n::{entries, Part, Table};
use std::collections::{BTreeSet, HashMap};

fn all_parts() -> Vec<&'static Part> {
    use crate::features::{board, home, notices, onboarding, profile, settings};
    let mut parts = vec![
        &crate::i18n::common::TEXTS,
        &crate::app::texts::TEXTS,
        &home::texts::TEXTS,
    ];
    for chunk in [
        board::chunk_texts(),
        profile::chunk_texts(),
        onboarding::chunk_texts(),
        settings::chunk_texts(),
        notices::chunk_texts(),
    ] {
        for part in chunk {
            if !parts.iter().any(|p| std::ptr::eq(*p, *part)) {
                parts.push(part);
            }
        }
    }
    parts
}

fn keys(table: Table) -> BTreeSet<&'static str> {
    entries(table).map(|(k, _)| k).collect()
}

#[test]
fn every_entry_reads_back_whole_and_both_languages_have_the_same_keys() {
    for part in all_parts() {
        for table in [part.ja, part.en] {
            assert_eq!(entries(table).count(), table.matches('\u{1e}').count());
            assert!(entries(table).all(|(_, text)| !text.contains('\u{1f}')));
        }
        assert_eq!(keys(part.ja), keys(part.en));
    }
}

#[test]
fn no_key_is_in_two_places_and_no_text_is_empty() {
    for lang in [|p: &Part| p.ja, |p: &Part| p.en] {
        let table: Vec<_> = all_parts().iter().flat_map(|p| entries(lang(p))).collect();
        let unique: BTreeSet<&str> = table.iter().map(|(k, _)| *k).collect();
        assert_eq!(unique.len(), table.len(), "a key is in two parts");
        for (k, v) in &table {
            assert!(!v.trim().is_empty(), "{k} is empty");
        }
    }
}

/// The names a text fills. A plural choice names its count: `{n|one|other}` fills from `n`.
fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(inner, _)| inner.split('|').next().unwrap_or(inner).to_string())
        .collect()
}

#[test]
fn placeholders_match_between_languages() {
    for part in all_parts() {
        let en: HashMap<_, _> = entries(part.en).collect();
        for (key, ja_text) in entries(part.ja) {
            let en_text = en.get(key).copied().unwrap_or_default();
            assert_eq!(placeholders(ja_text), placeholders(en_text), "{key}");
        }
    }
}

/// The core names keys at run time (a skill's name, a validation message, a problem's
/// sentence), which no constant checks: each key-shaped string in its source has a text.
#[test]
fn every_key_the_core_names_has_a_text() {
    let known: BTreeSet<&str> = all_parts().iter().flat_map(|p| keys(p.ja)).collect();
    let prefixes: BTreeSet<&str> = known.iter().filter_map(|k| k.split('.').next()).collect();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/crates/okaeri-core/src");
    let mut stack = vec![std::path::PathBuf::from(root)];
    let (mut files, mut missing) = (0, BTreeSet::new());
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            files += 1;
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for literal in code.split('"').skip(1).step_by(2) {
                let shaped = literal.contains('.')
                    && !literal.ends_with('.')
                    && literal.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.'
                    })
                    && prefixes.contains(literal.split('.').next().unwrap_or(""));
                if shaped && !known.contains(literal) {
                    missing.insert(format!("{literal} ({})", path.display()));
                }
            }
        }
    }
    assert!(files > 15, "the scan found only {files} files");
    assert!(missing.is_empty(), "keys with no text: {missing:#?}");
}

/// A counted text filled as `I18n::counted` fills it.
fn counted(text: &str, name: &str, n: &str) -> String {
    crate::i18n::plural::choose(crate::i18n::fill(text, &[(name, n)]), name, n)
}

/// Placeholders that hold a count.
const COUNTS: [&str; 4] = ["n", "count", "years", "hours"];

/// Counted texts whose English reads right for any count as it is: the number stands apart
/// ("All (1)", "Step 1 of 7", "1 h a week", "1 waiting to send").
const COUNT_NEUTRAL: &[&str] = &[
    "board.all_count",
    "board.more",
    "outbox.count",
    "conflict.hours",
    "onb.review.hours",
    "onb.progress",
    "notices.nav_unread",
];

/// Every English text with a count chooses its words by it ("1 comment", "2 comments"), or is
/// declared as reading right for any count: a new counted text fails here until it is one or
/// the other.
#[test]
fn every_counted_english_text_agrees_with_its_count() {
    let mut checked = 0;
    for part in all_parts() {
        for (key, text) in entries(part.en) {
            let names =
                |c: &&&str| text.contains(&format!("{{{c}}}")) || text.contains(&format!("{{{c}|"));
            let Some(count) = COUNTS.iter().find(names) else {
                continue;
            };
            checked += 1;
            let chooses = text.contains(&format!("{{{count}|"));
            assert!(
                chooses || COUNT_NEUTRAL.contains(&key),
                "{key}: “{text}” needs plural forms ({{{count}|one|other}}) or a place in COUNT_NEUTRAL"
            );
            for n in ["1", "2"] {
                let filled = counted(text, count, n);
                assert!(
                    !filled.contains(&format!("{{{count}}}"))
                        && !filled.contains(&format!("{{{count}|")),
                    "{key}: {filled}"
                );
            }
        }
    }
    assert!(checked >= 14, "only {checked} counted texts found");
    let board = crate::features::board::chunk_texts();
    let en = |key: &str| {
        board
            .iter()
            .flat_map(|p| entries(p.en))
            .find(|(k, _)| *k == key)
            .map(|(_, t)| t)
            .unwrap_or_default()
    };
    assert_eq!(counted(en("board.comments"), "n", "1"), "1 comment");
    assert_eq!(counted(en("board.comments"), "n", "3"), "3 comments");
    assert_eq!(counted(en("board.new_comments"), "n", "1"), "1 new comment");
    assert_eq!(
        counted(en("outbox.returned_count"), "n", "1"),
        "1 needs a look"
    );
}

/// Every plain Japanese text, by key, as the plain chunk brings them.
fn plain_texts() -> HashMap<&'static str, &'static str> {
    crate::app::plain_texts::tables()
        .iter()
        .flat_map(|part| part.iter())
        .flat_map(|table| entries(table))
        .collect()
}

/// The third table is whole: every key the app has, in plain Japanese, with the same
/// placeholders, and nothing the other tables lack.
#[test]
fn every_key_has_a_plain_japanese_text_with_the_same_placeholders() {
    let plain = plain_texts();
    let mut known = BTreeSet::new();
    for part in all_parts() {
        for (key, ja) in entries(part.ja) {
            known.insert(key);
            let text = plain.get(key).copied().unwrap_or_default();
            assert!(!text.trim().is_empty(), "{key} has no plain Japanese text");
            assert_eq!(placeholders(ja), placeholders(text), "{key}");
        }
    }
    let extra: Vec<_> = plain.keys().filter(|k| !known.contains(*k)).collect();
    assert!(
        extra.is_empty(),
        "plain texts with no key elsewhere: {extra:?}"
    );
    assert!(plain.len() > 500, "only {} plain texts", plain.len());
}

/// A reader of hiragana alone can read every plain text: each kanji left has its furigana, in
/// kana, and each marked term is one the glossary explains.
#[test]
fn every_kanji_in_plain_japanese_has_furigana_and_every_term_an_explanation() {
    use crate::i18n::glossary::TERMS;
    use crate::i18n::plain::markup::{is_kanji, pieces, reading, Piece};
    let plain = plain_texts();
    let terms: BTreeSet<&str> = TERMS
        .iter()
        .filter_map(|(word, _)| plain.get(word).copied())
        .collect();
    assert_eq!(terms.len(), TERMS.len());
    let kana = |c: char| matches!(c, 'ぁ'..='ゖ' | 'ァ'..='ヺ' | 'ー');
    let mut with_ruby = 0;
    for (key, text) in &plain {
        let bare: String = reading(text);
        assert!(
            !bare.chars().any(is_kanji),
            "{key}: a kanji without furigana in “{text}”"
        );
        for piece in pieces(text) {
            match piece {
                Piece::Ruby { reading, .. } => {
                    with_ruby += 1;
                    assert!(
                        reading.chars().all(kana),
                        "{key}: furigana “{reading}” is not kana"
                    );
                }
                Piece::Term(word) => assert!(
                    terms.contains(word),
                    "{key}: “{word}” is not in the glossary"
                ),
                Piece::Text(_) => {}
            }
        }
    }
    assert!(with_ruby > 50, "only {with_ruby} furigana");
}
