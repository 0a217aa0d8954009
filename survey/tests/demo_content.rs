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
        for id in source.definition.clip_ids() {
            let text = source
                .catalog
                .format_for_speech(&language.code, &id)
                .unwrap();
            assert!(!text.trim().is_empty(), "{}/{id} is empty", language.code);
        }
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
        for clip in source.definition.clip_ids() {
            assert!(
                source.clip_path(&language.code, &clip).is_file(),
                "audio/{}/{clip}.ogg is missing: run `cargo xtask audio`",
                language.code
            );
            let text = source
                .catalog
                .format_for_speech(&language.code, &clip)
                .unwrap();
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

/// Channels and sample rate from the Vorbis identification header on an Ogg file's first page.
fn vorbis_format(bytes: &[u8]) -> Option<(u8, u32)> {
    if !bytes.starts_with(b"OggS") {
        return None;
    }
    let at = bytes.windows(7).position(|w| w == b"\x01vorbis")?;
    let header = &bytes[at + 7..];
    let channels = header[4];
    let rate = u32::from_le_bytes(header[5..9].try_into().ok()?);
    Some((channels, rate))
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
                vorbis_format(&bytes),
                Some((1, 16_000)),
                "{}",
                path.display()
            );
        }
    }
    assert!(total < 25 * 1024 * 1024, "audio/ holds {total} bytes");
}
