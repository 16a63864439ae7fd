//! Folding text so that what someone types meets what is stored: ケイ finds けい, ＣＡＮＶＡ is
//! Canva.

/// Lower case, full-width letters and digits as ASCII, katakana as hiragana, and U+3000 as a
/// space.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            _ => c,
        })
        .map(lower)
        .collect()
}

/// A capital letter as small, in the alphabets names and words here are written in: Latin
/// (with Latin-1's accented letters), Greek and Cyrillic. Not the standard library's
/// `to_lowercase`, whose tables for every script would be the biggest part of the board's
/// search (about 5 KB of its download); other letters stay as they are.
fn lower(c: char) -> char {
    let shift = match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' | 'Α'..='Ρ' | 'Σ'..='Ϋ' | 'А'..='Я' => 0x20,
        'Ѐ'..='Џ' => 0x50,
        _ => 0,
    };
    char::from_u32(c as u32 + shift).unwrap_or(c)
}

/// A name as compared with others: folded, without spaces ("Excel マクロ" is "excelまくろ").
pub fn name_key(name: &str) -> String {
    fold(name).split_whitespace().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_meet_across_width_case_script_and_spaces() {
        assert_eq!(name_key("ＣＡＮＶＡ"), name_key("canva"));
        assert_eq!(name_key("Excel　マクロ"), name_key("excelまくろ"));
        assert_ne!(name_key("簿記2級"), name_key("簿記3級"));
        assert_eq!(fold("ケイ"), "けい");
    }

    #[test]
    fn lower_is_the_standard_lower_case_of_every_capital_it_knows() {
        for c in '\u{0}'..='\u{4FF}' {
            let small = lower(c);
            assert!(
                small == c || c.to_lowercase().eq([small]),
                "{c} became {small}"
            );
        }
        let known = ('A'..='Z').chain('À'..='Þ').chain('Α'..='Ω');
        for c in known.chain('Ѐ'..='Я').filter(|c| c.is_uppercase()) {
            assert_ne!(lower(c), c, "{c}");
        }
    }
}
