//! The demo content in this repository is complete and consistent: every language has every
//! message with no Fluent syntax error, every clip exists, was made from the current text, is
//! mono Ogg Vorbis at about 16 kHz, and all of audio/ stays small.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use survey::pack::{sha256_hex, Source};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

#[test]
fn every_language_has_every_message_without_syntax_errors() {
    // Source::load parses every Fluent file of every language and fails on any syntax error.
    let source = Source::load(&repo()).unwrap();
    assert_eq!(source.languages.len(), 24);
    source
        .catalog
        .check_complete(
            &source.definition.source_language,
            &source.definition.message_ids(),
        )
        .unwrap();
    for language in &source.languages {
        let texts = source.spoken_texts(&language.code).unwrap();
        assert!(
            texts.contains_key("progress-part-2"),
            "{}: the progress line's middle words",
            language.code
        );
        for (id, text) in texts {
            assert!(!text.trim().is_empty(), "{}/{id} is empty", language.code);
        }
    }
    // Words written for a number are words some clip says.
    let highest = survey::spoken_progress::highest_number(&source.definition);
    for (lang, number) in source.number_words.keys() {
        assert!(
            source.languages.iter().any(|l| &l.code == lang) && *number <= highest,
            "{}: words for {lang} {number}, which no clip says",
            survey::spoken_progress::NUMBER_WORDS_FILE
        );
    }
}

#[test]
fn every_clip_exists_and_was_made_from_the_current_text() {
    let source = Source::load(&repo()).unwrap();
    let index_text = std::fs::read_to_string(repo().join("audio/clips.tsv")).unwrap();
    let index: BTreeMap<(&str, &str), &str> = index_text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            ((f[0], f[1]), f[2])
        })
        .collect();
    let mut stale = Vec::new();
    for language in &source.languages {
        // The survey's and screen texts, and the words and numbers of the progress line.
        for (clip, text) in source.spoken_texts(&language.code).unwrap() {
            assert!(
                source.clip_path(&language.code, &clip).is_file(),
                "audio/{}/{clip}.ogg is missing: run `cargo xtask audio`",
                language.code
            );
            if index.get(&(language.code.as_str(), clip.as_str()))
                != Some(&sha256_hex(text.as_bytes()).as_str())
            {
                stale.push(format!("{}/{clip}", language.code));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "clips older than their text (run `cargo xtask audio`): {stale:?}"
    );
}

#[test]
fn clips_are_small_mono_vorbis_at_16_khz() {
    let mut total = 0u64;
    for language in std::fs::read_dir(repo().join("audio")).unwrap() {
        let folder = language.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        for clip in std::fs::read_dir(&folder).unwrap() {
            let path = clip.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            total += bytes.len() as u64;
            assert_eq!(
                survey::vorbis::format(&bytes),
                Some((1, 16_000)),
                "{}",
                path.display()
            );
        }
    }
    // Most of a short clip is Vorbis's own header (some 3.4 kB a file): the progress line's
    // words and numbers 1 to 30, 770 small clips in all, took audio/ from 22.9 to 26.5 MiB;
    // the demo banner and the spoken invitation (192 clips, 2.6 MiB) to 29.4 MiB; the web
    // survey's own screen texts (the code screen, its errors, the endings: 312 clips, 4.7 MiB)
    // to 32.1 MiB.
    assert!(total < 34 * 1024 * 1024, "audio/ holds {total} bytes");
}

/// How much slower than its voice's own language a language may speak before its voice must be
/// named a stand-in: a voice that does not know the language reads it letter by letter.
const STAND_IN_PACE: f64 = 1.6;

#[test]
fn every_language_speaks_near_the_pace_of_its_voice_or_its_voice_is_named_a_stand_in() {
    let source = Source::load(&repo()).unwrap();
    let pace: BTreeMap<&str, f64> = source
        .languages
        .iter()
        .map(|language| {
            let (mut seconds, mut characters) = (0.0, 0usize);
            for clip in source.definition.clip_ids() {
                let bytes = std::fs::read(source.clip_path(&language.code, &clip)).unwrap();
                seconds += survey::vorbis::seconds(&bytes).unwrap();
                let text = source
                    .catalog
                    .format_for_speech(&language.code, &clip)
                    .unwrap();
                characters += text.chars().filter(|c| !c.is_whitespace()).count();
            }
            (language.code.as_str(), seconds / characters as f64)
        })
        .collect();
    // Languages spoken by their own voice set the pace a voice has on its own language.
    let mut own: Vec<f64> = source
        .languages
        .iter()
        .filter(|l| l.voice_note.is_none())
        .map(|l| pace[l.code.as_str()])
        .collect();
    own.sort_by(f64::total_cmp);
    let typical = own[own.len() / 2];
    let mut report = Vec::new();
    let mut unnamed = Vec::new();
    for language in &source.languages {
        let reference = pace
            .get(language.voice.as_str())
            .copied()
            .unwrap_or(typical);
        let ratio = pace[language.code.as_str()] / reference;
        report.push(format!(
            "{} ({} voice): {:.3} s per character, {ratio:.1}× its voice's own",
            language.code,
            language.voice,
            pace[language.code.as_str()]
        ));
        let named = language
            .voice_note
            .as_deref()
            .is_some_and(|note| note.starts_with("stand-in"));
        if ratio > STAND_IN_PACE && !named {
            unnamed.push(language.code.clone());
        }
    }
    eprintln!("{}", report.join("\n"));
    assert!(
        unnamed.is_empty(),
        "these languages are read far slower than their voice reads its own language and must be \
         named stand-ins in content/languages.tsv (or get a better voice): {unnamed:?}\n{}",
        report.join("\n")
    );
}

/// What a clip may take beyond its text at its voice's pace: the silence espeak-ng leaves at
/// either end, and a short text's pauses.
const CLIP_SLACK_SECONDS: f64 = 0.8;

/// How many letters a digit counts for against a clip's length.
const DIGIT_LETTERS: usize = 5;

/// Each clip against its own text: a clip that names letters (a second and more for each) or
/// spells words by their letters' names is several times longer than its text at its voice's
/// pace, where a clip that reads its text stays near it.
#[test]
fn no_clip_is_far_longer_than_its_text_at_its_voices_pace() {
    let source = Source::load(&repo()).unwrap();
    // A digit is said as a word's worth of letters ("26": "twenty-six").
    let chars = |text: &str| {
        text.chars()
            .map(|c| match c {
                c if c.is_numeric() => DIGIT_LETTERS,
                c if c.is_alphabetic() => 1,
                _ => 0,
            })
            .sum::<usize>()
    };
    let pace_of = |code: &str| {
        let (mut seconds, mut characters) = (0.0, 0usize);
        for (clip, text) in source.spoken_texts(code).unwrap() {
            let bytes = std::fs::read(source.clip_path(code, &clip)).unwrap();
            seconds += survey::vorbis::seconds(&bytes).unwrap();
            characters += chars(&text);
        }
        seconds / characters as f64
    };
    let mut worst = Vec::new();
    let mut too_long = Vec::new();
    for language in &source.languages {
        // The pace of the voice on its own language, or of this language where none is ours.
        let reference = source
            .languages
            .iter()
            .find(|l| l.code == language.voice)
            .map_or_else(|| pace_of(&language.code), |own| pace_of(&own.code));
        let mut longest = (0.0, String::new());
        for (clip, text) in source.spoken_texts(&language.code).unwrap() {
            let bytes = std::fs::read(source.clip_path(&language.code, &clip)).unwrap();
            let seconds = survey::vorbis::seconds(&bytes).unwrap();
            let expected = reference * chars(&text) as f64;
            let ratio = (seconds - CLIP_SLACK_SECONDS).max(0.0) / expected.max(0.01);
            if ratio > longest.0 {
                longest = (ratio, clip.clone());
            }
            if seconds > CLIP_SLACK_SECONDS + STAND_IN_PACE * expected {
                too_long.push(format!(
                    "{}/{clip}: {seconds:.1} s for {} characters ({expected:.1} s at its voice's pace)",
                    language.code,
                    chars(&text)
                ));
            }
        }
        worst.push(format!(
            "{}: longest against its text {} ({:.2}×)",
            language.code, longest.1, longest.0
        ));
    }
    eprintln!("{}", worst.join("\n"));
    assert!(
        too_long.is_empty(),
        "these clips are far longer than their text at their voice's pace (a voice naming or \
         spelling letters?):\n{}",
        too_long.join("\n")
    );
}
