//! Texts written in letters their voice knows. A stand-in voice (Urdu's for Pashto, Persian's
//! for Sorani, Amharic's for Tigrinya) names the letters of its language it does not have
//! ("letter six-nine-A"), so before the audio build speaks a text, each such letter is written
//! as the nearest one the voice reads (Pashto ښ as ش, Sorani ڵ as ل). Only speech changes: the
//! screens show the language's own letters.

use std::collections::BTreeMap;

use crate::SurveyError;

/// `language<TAB>letters<TAB>written as<TAB>why`, one replacement a line.
pub const VOICE_LETTERS_FILE: &str = "content/voice-letters.tsv";

/// Per language, its replacements in the order given (longer sequences first where it matters).
pub type VoiceLetters = BTreeMap<String, Vec<(String, String)>>;

/// Reads the file's lines; `#` starts a comment line, and the last field (why) may be empty.
pub fn parse(text: &str) -> Result<VoiceLetters, SurveyError> {
    let mut letters = VoiceLetters::new();
    for (index, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let bad = |why: &str| SurveyError::VoiceLetters(format!("line {}: {why}", index + 1));
        let fields: Vec<&str> = line.split('\t').collect();
        let [lang, from, to, ..] = fields[..] else {
            return Err(bad(
                "needs language, letters and what they are written as, split by tabs",
            ));
        };
        if from.is_empty() {
            return Err(bad("no letters to replace"));
        }
        letters
            .entry(lang.to_owned())
            .or_default()
            .push((from.to_owned(), to.to_owned()));
    }
    Ok(letters)
}

/// `text` with a language's replacements made, in order.
pub fn respell(letters: &VoiceLetters, lang: &str, text: &str) -> String {
    letters
        .get(lang)
        .into_iter()
        .flatten()
        .fold(text.to_owned(), |text, (from, to)| text.replace(from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacements_are_made_in_order_for_their_language_only() {
        let letters = parse("# comment\nps\tښ\tش\tnearest\nps\tټ\tٹ\t\nckb\tڵ\tل\n").unwrap();
        assert_eq!(respell(&letters, "ps", "ښه ټول"), "شه ٹول");
        assert_eq!(respell(&letters, "ur", "ښه"), "ښه");
        assert_eq!(respell(&letters, "ckb", "باڵ"), "بال");
        for bad in ["ps\tښ", "ps\t\tش\n"] {
            assert!(
                matches!(parse(bad), Err(SurveyError::VoiceLetters(_))),
                "{bad:?}"
            );
        }
    }
}
