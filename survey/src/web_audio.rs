//! The web's second form of each clip: MP3, which every browser plays, where Ogg Vorbis is not
//! played by Safari on iPhone and iPad before 18.4 (and so by no browser on those devices).
//! Made from the pack's Ogg clips with ffmpeg when a pack is built, and carried in the pack's
//! web-only part (`web/`), which kiosks neither download nor need.
//!
//! ffmpeg starts once for a batch of clips (its start costs more than a short clip's
//! encoding), and each result is kept in a cache folder under the SHA-256 of its source and
//! the encoder's settings, so a rebuild encodes only what changed.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::pack::sha256_hex;
use crate::SurveyError;

/// The web-only part of a pack: files for browsers, never for kiosks.
pub const FOLDER: &str = "web";
pub const EXTENSION: &str = "mp3";
pub const CONTENT_TYPE: &str = "audio/mpeg";

/// 16 kHz mono at 24 kbit/s, like the Ogg clips' bandwidth; no tags and no encoder version in
/// the bytes, so the same source always gives the same file.
const SETTINGS: &[&str] = &[
    "-ac",
    "1",
    "-ar",
    "16000",
    "-c:a",
    "libmp3lame",
    "-b:a",
    "24k",
    "-map_metadata",
    "-1",
    "-fflags",
    "+bitexact",
    "-flags:a",
    "+bitexact",
    "-write_xing",
    "0",
    "-id3v2_version",
    "0",
];

/// Clips per ffmpeg run: enough to spread its start, few enough for any command line.
const BATCH: usize = 100;

/// Where the pack keeps a clip's web form.
pub fn path_in_pack(lang: &str, clip: &str) -> String {
    format!("{FOLDER}/audio/{lang}/{clip}.{EXTENSION}")
}

/// The web form of each of `sources` (Ogg files), made where the cache lacks it; returned in
/// the order given, as paths inside `cache`.
pub fn encode(sources: &[PathBuf], cache: &Path) -> Result<Vec<PathBuf>, SurveyError> {
    std::fs::create_dir_all(cache).map_err(SurveyError::io(cache))?;
    let mut results = Vec::with_capacity(sources.len());
    let mut missing = Vec::new();
    for source in sources {
        let bytes = std::fs::read(source).map_err(SurveyError::io(source))?;
        let mut keyed = SETTINGS.join(" ").into_bytes();
        keyed.extend_from_slice(&bytes);
        let cached = cache.join(format!("{}.{EXTENSION}", sha256_hex(&keyed)));
        if !cached.is_file() && !missing.iter().any(|(_, c)| c == &cached) {
            missing.push((source.clone(), cached.clone()));
        }
        results.push(cached);
    }
    for batch in missing.chunks(BATCH) {
        run_batch(batch, cache)?;
    }
    Ok(results)
}

/// One ffmpeg run for many clips, written beside the cache and renamed into it, so an
/// interrupted run leaves no half file under a valid name.
fn run_batch(batch: &[(PathBuf, PathBuf)], cache: &Path) -> Result<(), SurveyError> {
    let mut command = Command::new("ffmpeg");
    command.args(["-nostdin", "-v", "error", "-y"]);
    for (source, _) in batch {
        command.arg("-i").arg(source);
    }
    let partial = |index: usize| {
        cache.join(format!(
            "partial-{}-{index}.{EXTENSION}",
            std::process::id()
        ))
    };
    for index in 0..batch.len() {
        command.args(["-map", &index.to_string()]);
        command.args(SETTINGS);
        command.arg(partial(index));
    }
    let output = command.output().map_err(|e| SurveyError::Encoder {
        detail: format!("ffmpeg could not start ({e}); it makes the web's MP3 clips"),
    })?;
    if !output.status.success() {
        return Err(SurveyError::Encoder {
            detail: format!(
                "ffmpeg failed with {}: {}",
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        });
    }
    for (index, (_, cached)) in batch.iter().enumerate() {
        std::fs::rename(partial(index), cached).map_err(SurveyError::io(cached))?;
    }
    Ok(())
}
