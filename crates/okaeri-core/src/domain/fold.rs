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
        .flat_map(char::to_lowercase)
        .collect()
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
}
