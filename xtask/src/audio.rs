//! Makes the spoken clips: for every language and every clip id, the Fluent text formatted as
//! plain text, spoken by espeak-ng with the voice the language list names, resampled to 16 kHz
//! mono and encoded as low-quality Ogg Vorbis. Besides the messages, each language gets the
//! clips of its spoken progress line (`survey::spoken_progress`): its words around the
//! numbers, and the numbers.
//!
//! No clip names a letter: before a text is spoken, its phonemes are checked for a letter the
//! voice would name rather than read (`phonemes`), and the build fails on any, saying which
//! letters of which texts. A stand-in voice gets its language's text written first in letters
//! it knows (`content/voice-letters.tsv`, applied by `Source::spoken_texts`). `--check` checks
//! every text and makes nothing.
//!
//! `audio/clips.tsv` records the SHA-256 of the text each clip was made from, so that only new
//! or changed texts are spoken again, and a test can tell when a clip is stale.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context};
use survey::pack::{sha256_hex, Source};

use crate::phonemes::LetterNames;
use crate::system;

pub const CLIP_INDEX: &str = "audio/clips.tsv";

pub fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    let force = args.iter().any(|a| a == "--force");
    system::ensure_packages(&["espeak-ng", "vorbis-tools"])?;
    let source = Source::load(root)?;
    check_letters(&source)?;
    if args.iter().any(|a| a == "--check") {
        return Ok(());
    }
    let index_path = root.join(CLIP_INDEX);
    let mut index = read_index(&index_path);
    let scratch = tempdir(root)?;
    let mut made = 0;
    for language in &source.languages {
        let folder = root.join("audio").join(&language.code);
        std::fs::create_dir_all(&folder)?;
        for (clip, text) in source.spoken_texts(&language.code)? {
            let text_hash = sha256_hex(text.as_bytes());
            let out = folder.join(format!("{clip}.ogg"));
            let key = (language.code.clone(), clip.clone());
            if !force && out.is_file() && index.get(&key) == Some(&text_hash) {
                continue;
            }
            speak(&language.voice, &text, &scratch, &out)
                .with_context(|| format!("making {}", out.display()))?;
            index.insert(key, text_hash);
            made += 1;
        }
    }
    write_index(&index_path, &index)?;
    std::fs::remove_dir_all(&scratch).ok();
    println!("made {made} clips; the rest were up to date");
    Ok(())
}

/// Fails, naming every text and letter, when a voice would name a letter of any text.
fn check_letters(source: &Source) -> anyhow::Result<()> {
    let mut names = LetterNames::default();
    let mut named = Vec::new();
    for language in &source.languages {
        let texts = source.spoken_texts(&language.code)?;
        let mut here = Vec::new();
        for (clip, text) in &texts {
            let letters = names.named_letters(&language.voice, text)?;
            if !letters.is_empty() {
                here.push(format!("  {clip}: {}", letters.iter().collect::<String>()));
            }
        }
        println!(
            "{} ({} voice): {} of {} texts read in the voice's letters, {} would name letters",
            language.code,
            language.voice,
            source.texts_respelled(&language.code)?,
            texts.len(),
            here.len()
        );
        if !here.is_empty() {
            named.push(format!(
                "{} ({} voice):\n{}",
                language.code,
                language.voice,
                here.join("\n")
            ));
        }
    }
    if !named.is_empty() {
        bail!(
            "espeak-ng would name letters it cannot read in these texts (write them in letters \
             the voice knows in {}, or give the language another voice):\n{}",
            survey::voice_letters::VOICE_LETTERS_FILE,
            named.join("\n")
        );
    }
    Ok(())
}

fn speak(voice: &str, text: &str, scratch: &Path, out: &Path) -> anyhow::Result<()> {
    let text_file = scratch.join("text.txt");
    let wav = scratch.join("clip.wav");
    std::fs::write(&text_file, text)?;
    system::run(
        Command::new("espeak-ng")
            .args(["-v", voice, "-s", "150", "-f"])
            .arg(&text_file)
            .arg("-w")
            .arg(&wav),
    )?;
    system::run(
        Command::new("oggenc")
            .args(["-Q", "-q", "-1", "--resample", "16000", "-o"])
            .arg(out)
            .arg(&wav),
    )?;
    if std::fs::metadata(out)?.len() < 200 {
        bail!("espeak-ng produced no sound for {text:?}");
    }
    Ok(())
}

type Index = BTreeMap<(String, String), String>;

/// Reads `lang<TAB>clip<TAB>sha256 of its text` lines; a missing index means nothing is known.
pub fn read_index(path: &Path) -> Index {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (lang, clip, hash) = (fields.next()?, fields.next()?, fields.next()?);
            Some(((lang.to_owned(), clip.to_owned()), hash.to_owned()))
        })
        .collect()
}

fn write_index(path: &Path, index: &Index) -> anyhow::Result<()> {
    let mut text =
        String::from("# language\tclip\tsha256 of the text spoken (made by `cargo xtask audio`)\n");
    for ((lang, clip), hash) in index {
        text.push_str(&format!("{lang}\t{clip}\t{hash}\n"));
    }
    std::fs::write(path, text)?;
    Ok(())
}

fn tempdir(root: &Path) -> anyhow::Result<std::path::PathBuf> {
    let dir = root.join("target").join("audio-scratch");
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
