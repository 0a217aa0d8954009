//! Recordings in place of synthetic clips: `survey-pack import-audio --dir DIR` takes
//! `DIR/<lang>/<message-id>.<wav|mp3|ogg|m4a>`, trims leading and trailing silence, brings
//! each to one loudness ([`TARGET_LUFS`], EBU R128, measured first and then applied as one
//! gain so the voice is not reshaped) with ffmpeg, and writes it as the clip, encoded like
//! the synthetic ones (16 kHz mono Vorbis). `audio/recorded.tsv` notes the SHA-256 of each
//! clip made from a recording, so a clip later made again by a synthesiser counts as synthetic.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::pack::{clip_ids, sha256_hex, Source};
use crate::SurveyError;

/// Integrated loudness of every recorded clip: -16 LUFS, the level usual for speech on small
/// speakers (phones, tablets, a kiosk's built-in speaker), with true peaks under -1.5 dBTP.
pub const TARGET_LUFS: f64 = -16.0;
const TRUE_PEAK: f64 = -1.5;
/// Quieter than this at either end is silence.
const SILENCE: &str = "-50dB";

pub const RECORDED_INDEX: &str = "audio/recorded.tsv";
pub const COVERAGE_REPORT: &str = "audio/coverage.txt";
const EXTENSIONS: [&str; 4] = ["wav", "mp3", "ogg", "m4a"];

/// Per language, the clips made from a recording; every other clip is synthetic.
pub type Recorded = BTreeMap<String, BTreeSet<String>>;

/// Imports every recording under `dir` into the sources under `root`; returns the coverage.
pub fn import(root: &Path, dir: &Path) -> Result<Recorded, SurveyError> {
    let source = Source::load(root)?;
    let mut found = Vec::new();
    for entry in read_dir(dir)? {
        let lang = file_name(&entry);
        if !entry.is_dir() || !source.languages.iter().any(|l| l.code == lang) {
            return Err(refused(
                &entry,
                "is not a folder named by one of the pack's languages",
            ));
        }
        let clips = clip_ids(&source.definition, &source.catalog, &lang);
        for file in read_dir(&entry)? {
            let name = file_name(&file);
            let Some((clip, ext)) = name.rsplit_once('.') else {
                return Err(refused(&file, "has no extension (wav, mp3, ogg or m4a)"));
            };
            if !EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) {
                return Err(refused(&file, "is not a WAV, MP3, Ogg or M4A file"));
            }
            if !clips.contains(clip) {
                return Err(refused(&file, "is not named by a message id of the survey"));
            }
            if found
                .iter()
                .any(|(l, c, _): &(String, String, PathBuf)| *l == lang && c == clip)
            {
                return Err(refused(&file, "is a second recording of the same message"));
            }
            found.push((lang.clone(), clip.to_owned(), file));
        }
    }
    let mut index = read_index(&root.join(RECORDED_INDEX));
    let mut texts = BTreeMap::new();
    for (lang, clip, file) in &found {
        let out = source.clip_path(lang, clip);
        encode(file, &out)?;
        let bytes = std::fs::read(&out).map_err(SurveyError::io(&out))?;
        index.insert((lang.clone(), clip.clone()), sha256_hex(&bytes));
        if !texts.contains_key(lang) {
            texts.insert(lang.clone(), source.spoken_texts(lang)?);
        }
    }
    write_index(&root.join(RECORDED_INDEX), &index)?;
    mark_texts_current(root, &found, &texts)?;
    let recorded = recorded_clips(&source)?;
    let report = coverage_report(&source, &recorded);
    let path = root.join(COVERAGE_REPORT);
    std::fs::write(&path, report).map_err(SurveyError::io(&path))?;
    Ok(recorded)
}

/// The clips whose file is still the one made from a recording.
pub fn recorded_clips(source: &Source) -> Result<Recorded, SurveyError> {
    let index = read_index(&source.root.join(RECORDED_INDEX));
    let mut recorded = Recorded::new();
    for ((lang, clip), sha256) in index {
        let path = source.clip_path(&lang, &clip);
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        if sha256_hex(&bytes) == sha256 {
            recorded.entry(lang).or_default().insert(clip);
        }
    }
    Ok(recorded)
}

/// Per language, how many clips are recorded, and which are still synthetic.
pub fn coverage_report(source: &Source, recorded: &Recorded) -> String {
    let mut report = String::new();
    for language in &source.languages {
        let all = clip_ids(&source.definition, &source.catalog, &language.code);
        let mine = recorded.get(&language.code).cloned().unwrap_or_default();
        report.push_str(&coverage_line(&language.code, &language.voice, &all, &mine));
        report.push('\n');
    }
    report
}

/// One language: "nb: 3 of 138 clips recorded; synthetic (espeak-ng voice nb): a, b, …".
pub fn coverage_line(
    lang: &str,
    voice: &str,
    all: &BTreeSet<String>,
    recorded: &BTreeSet<String>,
) -> String {
    let synthetic: Vec<&str> = all
        .iter()
        .filter(|c| !recorded.contains(*c))
        .map(String::as_str)
        .collect();
    let mut line = format!(
        "{lang}: {} of {} clips recorded",
        all.len() - synthetic.len(),
        all.len()
    );
    if synthetic.len() == all.len() {
        line.push_str(&format!("; all synthetic (espeak-ng voice {voice})"));
    } else if !synthetic.is_empty() {
        line.push_str(&format!(
            "; synthetic (espeak-ng voice {voice}): {}",
            synthetic.join(", ")
        ));
    }
    line
}

/// Trims, measures, applies one gain to reach the target, and encodes as the clip.
fn encode(input: &Path, out: &Path) -> Result<(), SurveyError> {
    let trim = format!(
        "silenceremove=start_periods=1:start_threshold={SILENCE},areverse,\
         silenceremove=start_periods=1:start_threshold={SILENCE},areverse"
    );
    let measure = ffmpeg(&[
        "-i".as_ref(),
        input.as_os_str(),
        "-af".as_ref(),
        format!("{trim},loudnorm=I={TARGET_LUFS}:TP={TRUE_PEAK}:print_format=json").as_ref(),
        "-f".as_ref(),
        "null".as_ref(),
        "-".as_ref(),
    ])?;
    let measured = |key: &str| -> Result<String, SurveyError> {
        let start = measure
            .rfind('{')
            .ok_or_else(|| encoder(input, "no loudness measured"))?;
        let json: serde_json::Value = serde_json::from_str(&measure[start..])
            .map_err(|_| encoder(input, "the loudness could not be read"))?;
        json[key]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| encoder(input, "the loudness could not be read"))
    };
    let apply = format!(
        "{trim},loudnorm=I={TARGET_LUFS}:TP={TRUE_PEAK}:linear=true:measured_I={}:measured_TP={}:measured_LRA={}:measured_thresh={}:offset={}",
        measured("input_i")?,
        measured("input_tp")?,
        measured("input_lra")?,
        measured("input_thresh")?,
        measured("target_offset")?,
    );
    if let Some(folder) = out.parent() {
        std::fs::create_dir_all(folder).map_err(SurveyError::io(folder))?;
    }
    ffmpeg(&[
        "-i".as_ref(),
        input.as_os_str(),
        "-af".as_ref(),
        apply.as_ref(),
        "-ar".as_ref(),
        "16000".as_ref(),
        "-ac".as_ref(),
        "1".as_ref(),
        "-c:a".as_ref(),
        "libvorbis".as_ref(),
        "-q:a".as_ref(),
        "1".as_ref(),
        "-map_metadata".as_ref(),
        "-1".as_ref(),
        "-fflags".as_ref(),
        "+bitexact".as_ref(),
        "-y".as_ref(),
        out.as_os_str(),
    ])?;
    Ok(())
}

/// Runs ffmpeg; its messages (where loudnorm prints what it measured) come back.
fn ffmpeg(args: &[&std::ffi::OsStr]) -> Result<String, SurveyError> {
    let output = Command::new("ffmpeg")
        .args(["-nostdin", "-hide_banner", "-nostats"])
        .args(args)
        .output()
        .map_err(|e| SurveyError::Encoder {
            detail: format!("ffmpeg could not start ({e}); it imports recordings"),
        })?;
    let messages = String::from_utf8_lossy(&output.stderr).into_owned();
    if !output.status.success() {
        return Err(SurveyError::Encoder {
            detail: format!("ffmpeg failed with {}: {}", output.status, messages.trim()),
        });
    }
    Ok(messages)
}

/// Clips made from recordings are up to date with their text as `cargo xtask audio` sees it
/// (`audio/clips.tsv`), so it does not speak them again over the recording.
fn mark_texts_current(
    root: &Path,
    found: &[(String, String, PathBuf)],
    texts: &BTreeMap<String, BTreeMap<String, String>>,
) -> Result<(), SurveyError> {
    let path = root.join("audio/clips.tsv");
    let mut index = read_index(&path);
    for (lang, clip, _) in found {
        if let Some(text) = texts.get(lang).and_then(|t| t.get(clip)) {
            index.insert((lang.clone(), clip.clone()), sha256_hex(text.as_bytes()));
        }
    }
    let mut out =
        String::from("# language\tclip\tsha256 of the text spoken (made by `cargo xtask audio`)\n");
    for ((lang, clip), hash) in &index {
        out.push_str(&format!("{lang}\t{clip}\t{hash}\n"));
    }
    std::fs::write(&path, out).map_err(SurveyError::io(&path))
}

type Index = BTreeMap<(String, String), String>;

fn read_index(path: &Path) -> Index {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (lang, clip, hash) = (fields.next()?, fields.next()?, fields.next()?);
            Some(((lang.to_owned(), clip.to_owned()), hash.to_owned()))
        })
        .collect()
}

fn write_index(path: &Path, index: &Index) -> Result<(), SurveyError> {
    let mut text = String::from(
        "# language\tclip\tsha256 of the clip made from a recording (survey-pack import-audio)\n",
    );
    for ((lang, clip), hash) in index {
        text.push_str(&format!("{lang}\t{clip}\t{hash}\n"));
    }
    std::fs::write(path, text).map_err(SurveyError::io(path))
}

fn read_dir(dir: &Path) -> Result<Vec<PathBuf>, SurveyError> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(SurveyError::io(dir))? {
        entries.push(entry.map_err(SurveyError::io(dir))?.path());
    }
    entries.sort();
    Ok(entries)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn refused(path: &Path, reason: &str) -> SurveyError {
    SurveyError::Recording {
        path: path.to_owned(),
        reason: reason.to_owned(),
    }
}

fn encoder(input: &Path, detail: &str) -> SurveyError {
    SurveyError::Encoder {
        detail: format!("{}: {detail}", input.display()),
    }
}
