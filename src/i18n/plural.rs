//! Texts that hold a count choose their words by it: `{n|one|other}` is the first form when
//! the count is 1, else the second (English: "{n} {n|comment|comments}"). Apart from `fill`,
//! as only the pages that count use it, none of the first screen's.

use super::context::I18n;
use super::format;

/// `text` with each `{name|one|other}` chosen for `count`.
pub fn choose(mut text: String, name: &str, count: &str) -> String {
    let open = format!("{{{name}|");
    while let Some(start) = text.find(&open) {
        let Some(len) = text[start..].find('}') else {
            break;
        };
        let forms = &text[start + open.len()..start + len];
        let (one, other) = forms.split_once('|').unwrap_or((forms, forms));
        let word = if count == "1" { one } else { other }.to_string();
        text.replace_range(start..=start + len, &word);
    }
    text
}

impl I18n {
    /// The text for `key` with `name` filled by `count`, in the words its count asks for.
    pub fn counted(&self, key: &str, name: &str, count: usize) -> String {
        let count = count.to_string();
        choose(format(self.lang(), key, &[(name, &count)]), name, &count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_takes_the_first_form_and_any_other_count_the_second() {
        let text = || "{n} new {n|comment|comments}".to_string();
        assert_eq!(
            choose(text().replace("{n}", "1"), "n", "1"),
            "1 new comment"
        );
        assert_eq!(
            choose(text().replace("{n}", "0"), "n", "0"),
            "0 new comments"
        );
        assert_eq!(
            choose(text().replace("{n}", "12"), "n", "12"),
            "12 new comments"
        );
        // Japanese has none: nothing changes.
        assert_eq!(choose("コメント3件".into(), "n", "3"), "コメント3件");
    }
}
