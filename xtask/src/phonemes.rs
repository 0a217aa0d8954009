//! Whether espeak-ng can read a text with a voice, or falls back to naming letters it does not
//! know ("letter six-nine-A" for a Pashto letter read by the Urdu voice). A voice says such a
//! letter as its word for "letter" followed by the character's code, which shows in its
//! phoneme output (`-x`); the word differs between voices, so each voice is first asked to
//! read a letter no voice knows, and what it says before the code is that voice's mark.
//! (A word the voice spells letter by letter by their names is not caught here; it makes a
//! clip far longer than its text, which `survey/tests/demo_content.rs` fails on.)

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

use anyhow::{bail, Context};

/// A Vai letter: a script no espeak-ng voice reads, so every voice names it.
const UNKNOWN_LETTER: &str = "\u{A500}";

/// The phoneme word each voice starts a letter's name with.
#[derive(Default)]
pub struct LetterNames {
    marks: BTreeMap<String, String>,
}

impl LetterNames {
    /// The letters of `text` that `voice` would name rather than read, empty when it reads
    /// all of it.
    pub fn named_letters(&mut self, voice: &str, text: &str) -> anyhow::Result<Vec<char>> {
        if !self.falls_back(voice, text)? {
            return Ok(Vec::new());
        }
        let mut letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        letters.sort_unstable();
        letters.dedup();
        let mut named = Vec::new();
        for letter in letters {
            if self.falls_back(voice, &letter.to_string())? {
                named.push(letter);
            }
        }
        if named.is_empty() {
            // Only in context (a letter pair, a word the voice spells): name the whole text.
            named.push('\u{FFFD}');
        }
        Ok(named)
    }

    /// Whether `voice` names a letter somewhere in `text`: the voice's mark, or a switch to
    /// English's letter names in a text without a Latin letter (the Urdu voice says a lone
    /// Arabic heh as English "aitch").
    pub fn falls_back(&mut self, voice: &str, text: &str) -> anyhow::Result<bool> {
        let mark = self.mark(voice)?;
        let said = phonemes(voice, text)?;
        let latin = text.chars().any(|c| c.is_ascii_alphabetic());
        Ok(said
            .split(|c: char| c == '_' || c == '|' || c.is_whitespace())
            .any(|word| word == mark)
            || (!latin && !voice.starts_with("en") && said.contains("(en)")))
    }

    fn mark(&mut self, voice: &str) -> anyhow::Result<String> {
        if let Some(mark) = self.marks.get(voice) {
            return Ok(mark.clone());
        }
        let said = phonemes(voice, UNKNOWN_LETTER)?;
        let mark = said
            .split(['_', '|'])
            .find(|word| !word.trim().is_empty())
            .map(|word| word.trim().to_owned())
            .with_context(|| format!("espeak-ng's {voice} voice said nothing for a letter"))?;
        self.marks.insert(voice.to_owned(), mark.clone());
        Ok(mark)
    }
}

/// espeak-ng's phoneme mnemonics for `text` read by `voice`, with no sound made.
pub fn phonemes(voice: &str, text: &str) -> anyhow::Result<String> {
    let mut child = Command::new("espeak-ng")
        .args(["-q", "-x", "-v", voice])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .context("starting espeak-ng")?;
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(text.as_bytes())?;
    let output = child.wait_with_output()?;
    if !output.status.success() {
        bail!("espeak-ng -x -v {voice} failed with {}", output.status);
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
