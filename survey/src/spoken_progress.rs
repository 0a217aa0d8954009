//! The progress line ("Question 3 of 12") spoken as a sequence of pre-made clips, since its
//! numbers change: the language's own words around the numbers, and one clip per number.
//!
//! The rule, kept the same in `ui/js/sound.js` (`progressClips`): the `progress` template (the
//! message formatted with its variables left as `{current}` and `{total}`, as the page gets
//! it) is split at each `{name}`. The literal parts between are numbered by position from 1,
//! empty ones too, so that `progress-part-2` is always the text after the first number. A part
//! is spoken when, without Fluent's isolation marks and outer spaces, something is left. Each
//! variable is spoken as the clip `number-N`. A language may put `{total}` first.

use std::collections::BTreeMap;

use crate::definition::Definition;
use crate::messages::{Catalog, ISOLATION_MARKS, UI_VARIABLES};
use crate::SurveyError;

/// Where a language's numbers are written out in words, for voices that would not say its
/// digits right (a voice reading 23 as "two three", or a stand-in voice's own numbers).
pub const NUMBER_WORDS_FILE: &str = "content/number-words.tsv";

/// (language, number) to the words the clip says instead of the digits.
pub type NumberWords = BTreeMap<(String, usize), String>;

pub const PROGRESS_MESSAGE: &str = "progress";

/// One piece of the progress line, in the language's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// The literal part at this position (from 1), and its text as spoken.
    Part(usize, String),
    /// A variable: `current` or `total`.
    Number(String),
}

pub fn part_clip(position: usize) -> String {
    format!("progress-part-{position}")
}

pub fn number_clip(n: usize) -> String {
    format!("number-{n}")
}

/// The pieces of a template, empty parts left out (their positions still counted).
pub fn pieces(template: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = template;
    let mut position = 0;
    loop {
        let variable = next_variable(rest);
        let literal_end = variable.map_or(rest.len(), |(open, _, _)| open);
        position += 1;
        let spoken = rest[..literal_end].replace(ISOLATION_MARKS, "");
        if !spoken.trim().is_empty() {
            pieces.push(Piece::Part(position, spoken.trim().to_owned()));
        }
        match variable {
            Some((_, close, name)) => {
                pieces.push(Piece::Number(name.to_owned()));
                rest = &rest[close + 1..];
            }
            None => return pieces,
        }
    }
}

/// The first `{name}` in `text` (name of letters, digits, `_`, as `\w+` in the page), as
/// (where `{` is, where `}` is, name).
fn next_variable(text: &str) -> Option<(usize, usize, &str)> {
    text.match_indices('{').find_map(|(open, _)| {
        let close = open + text[open..].find('}')?;
        let name = &text[open + 1..close];
        let is_name =
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        is_name.then_some((open, close, name))
    })
}

/// The highest number the progress line can show: every question of the survey, rounded up
/// to a ten, so a small change to the survey does not need new clips at once.
pub fn highest_number(definition: &Definition) -> usize {
    let questions = definition.all_questions().count();
    questions.div_ceil(10).max(1) * 10
}

/// The progress clips a language needs, each with the text it says: its literal parts and
/// the numbers 1 to [`highest_number`]. Empty when the language has no progress message (the
/// message check reports that).
pub fn clips(definition: &Definition, catalog: &Catalog, lang: &str) -> BTreeMap<String, String> {
    let mut clips = BTreeMap::new();
    let templates = catalog.templates(lang, "ui.ftl", UI_VARIABLES);
    let Some(template) = templates.get(PROGRESS_MESSAGE) else {
        return clips;
    };
    for piece in pieces(template) {
        if let Piece::Part(position, text) = piece {
            clips.insert(part_clip(position), text);
        }
    }
    for n in 1..=highest_number(definition) {
        clips.insert(number_clip(n), n.to_string());
    }
    clips
}

/// Reads `language<TAB>number<TAB>words` lines; `#` starts a comment line.
pub fn parse_number_words(text: &str) -> Result<NumberWords, SurveyError> {
    let mut words = NumberWords::new();
    for (index, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let bad = |why: &str| SurveyError::NumberWords(format!("line {}: {why}", index + 1));
        let fields: Vec<&str> = line.split('\t').collect();
        let [lang, number, said] = fields[..] else {
            return Err(bad("needs language, number and words, split by tabs"));
        };
        let number: usize = number
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| bad("the number is not a whole number above 0"))?;
        if said.trim().is_empty() {
            return Err(bad("the words are empty"));
        }
        if words
            .insert((lang.to_owned(), number), said.trim().to_owned())
            .is_some()
        {
            return Err(bad("the number is given twice for the language"));
        }
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_are_read_and_bad_lines_refused() {
        let words = parse_number_words("# comment\nth\t23\tยี่สิบสาม\n").unwrap();
        assert_eq!(words[&("th".to_string(), 23)], "ยี่สิบสาม");
        for bad in [
            "th\t23",
            "th\tx\twords",
            "th\t0\twords",
            "th\t1\t ",
            "th\t1\ta\nth\t1\tb",
        ] {
            assert!(
                matches!(parse_number_words(bad), Err(SurveyError::NumberWords(_))),
                "{bad:?}"
            );
        }
    }

    fn part(position: usize, text: &str) -> Piece {
        Piece::Part(position, text.into())
    }

    fn number(name: &str) -> Piece {
        Piece::Number(name.into())
    }

    #[test]
    fn parts_are_numbered_by_position_in_the_languages_order() {
        assert_eq!(
            pieces("Spørsmål \u{2068}{current}\u{2069} av \u{2068}{total}\u{2069}"),
            vec![
                part(1, "Spørsmål"),
                number("current"),
                part(2, "av"),
                number("total")
            ]
        );
        // Urdu says the total first and starts with it: its first part is empty.
        assert_eq!(
            pieces("\u{2068}{total}\u{2069} میں سے سوال \u{2068}{current}\u{2069}"),
            vec![number("total"), part(2, "میں سے سوال"), number("current")]
        );
        assert_eq!(
            pieces("Gaaffii {current} kan {total} keessaa"),
            vec![
                part(1, "Gaaffii"),
                number("current"),
                part(2, "kan"),
                number("total"),
                part(3, "keessaa")
            ]
        );
    }

    #[test]
    fn braces_that_are_no_variable_stay_in_the_text() {
        assert_eq!(pieces("a { b } {n}"), vec![part(1, "a { b }"), number("n")]);
        assert_eq!(pieces("only text"), vec![part(1, "only text")]);
    }
}
