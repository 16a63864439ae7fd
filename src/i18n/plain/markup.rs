//! The marks of the plain Japanese table, read into pieces.
//!
//! - `今日《きょう》`: furigana. The reading in 《》 belongs to the run of kanji just before it;
//!   `｜` marks where a base starts when that run is not the whole base (as in Aozora Bunko).
//! - `〔ワーカー〕`: a term the app cannot avoid, explained by a tap (`i18n::glossary`).
//!
//! Everything else is text as it is.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Ruby { base: &'a str, reading: &'a str },
    Term(&'a str),
}

/// A kanji, or a mark that repeats or stands for one (々, 〆, ヶ): what needs furigana.
pub fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '々' | '〆' | 'ヶ')
}

/// The pieces of a marked text, in order. A mark that does not close is text.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    // Where the text not yet given out starts, and where an explicit base (after `｜`) starts.
    let mut start = 0;
    let mut bar: Option<usize> = None;
    let mut rest = text;
    let mut at = 0;
    while let Some(c) = rest.chars().next() {
        let width = c.len_utf8();
        match c {
            '｜' => {
                push_text(&mut out, &text[start..at]);
                start = at + width;
                bar = Some(start);
            }
            '《' | '〔' => {
                let close = if c == '《' { '》' } else { '〕' };
                if let Some(len) = text[at + width..].find(close) {
                    let inner = &text[at + width..at + width + len];
                    let end = at + width + len + close.len_utf8();
                    if c == '《' {
                        let base_start = bar.unwrap_or_else(|| kanji_run_start(text, start, at));
                        push_text(&mut out, &text[start..base_start]);
                        if base_start < at {
                            out.push(Piece::Ruby {
                                base: &text[base_start..at],
                                reading: inner,
                            });
                        } else {
                            // A reading with nothing to sit on: shown as written.
                            push_text(&mut out, &text[at..end]);
                        }
                    } else {
                        push_text(&mut out, &text[start..at]);
                        out.push(Piece::Term(inner));
                    }
                    bar = None;
                    start = end;
                    at = end;
                    rest = &text[end..];
                    continue;
                }
            }
            _ => {}
        }
        at += width;
        rest = &rest[width..];
    }
    push_text(&mut out, &text[start..]);
    out
}

/// The text as read aloud: each reading in place of its kanji, each term as its word. What
/// attributes (a placeholder, a button's name) and formatted texts show in plain Japanese.
pub fn reading(text: &str) -> String {
    pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(t) | Piece::Term(t) => t,
            Piece::Ruby { reading, .. } => reading,
        })
        .collect()
}

/// Where the run of kanji that ends at `end` starts, no earlier than `floor`.
fn kanji_run_start(text: &str, floor: usize, end: usize) -> usize {
    let mut start = end;
    for (i, c) in text[floor..end].char_indices().rev() {
        if !is_kanji(c) {
            break;
        }
        start = floor + i;
    }
    start
}

fn push_text<'a>(out: &mut Vec<Piece<'a>>, text: &'a str) {
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
}

#[cfg(test)]
mod tests {
    use super::Piece::*;
    use super::*;

    #[test]
    fn a_reading_belongs_to_the_kanji_just_before_it() {
        assert_eq!(
            pieces("今日《きょう》は 見《み》る 日《ひ》"),
            vec![
                Ruby {
                    base: "今日",
                    reading: "きょう"
                },
                Text("は "),
                Ruby {
                    base: "見",
                    reading: "み"
                },
                Text("る "),
                Ruby {
                    base: "日",
                    reading: "ひ"
                },
            ]
        );
        assert_eq!(reading("今日《きょう》は 見《み》る"), "きょうは みる");
    }

    #[test]
    fn a_bar_marks_a_longer_base_and_terms_are_their_word() {
        assert_eq!(
            pieces("｜お仕事《おしごと》の 〔ワーカー〕さん"),
            vec![
                Ruby {
                    base: "お仕事",
                    reading: "おしごと"
                },
                Text("の "),
                Term("ワーカー"),
                Text("さん"),
            ]
        );
        assert_eq!(
            reading("〔チャレンジ〕を 1時間《じかん》"),
            "チャレンジを 1じかん"
        );
    }

    #[test]
    fn marks_that_do_not_close_or_sit_on_nothing_are_text() {
        assert_eq!(reading("あ《い"), "あ《い");
        assert_eq!(reading("〔ワーカー"), "〔ワーカー");
        assert_eq!(pieces("かな《よみ》"), vec![Text("かな"), Text("《よみ》")]);
        assert_eq!(pieces(""), vec![]);
        assert_eq!(reading("{n}こ の {name}さん"), "{n}こ の {name}さん");
    }
}
