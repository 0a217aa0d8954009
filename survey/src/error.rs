//! The one error type of the survey crate.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum SurveyError {
    #[error("could not read or write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not a valid survey definition: {detail}")]
    Definition { path: String, detail: String },
    #[error("{lang}/{file} has Fluent syntax errors: {detail}")]
    FluentSyntax {
        lang: String,
        file: String,
        detail: String,
    },
    #[error("language {lang} lacks messages: {}", .missing.join(", "))]
    MissingMessages { lang: String, missing: Vec<String> },
    #[error("language {lang} has messages the source language does not: {}", .extra.join(", "))]
    ExtraMessages { lang: String, extra: Vec<String> },
    #[error("language {lang} lacks sound clips: {}", .missing.join(", "))]
    MissingClips { lang: String, missing: Vec<String> },
    #[error("the language list is invalid: {0}")]
    Languages(String),
    #[error("the number words for the spoken progress line are invalid: {0}")]
    NumberWords(String),
    #[error("the letters written for a voice (content/voice-letters.tsv) are invalid: {0}")]
    VoiceLetters(String),
    #[error("the pack has no signature (manifest.sig is missing)")]
    MissingSignature,
    #[error("the pack's signature does not match its manifest and the pinned key")]
    BadSignature,
    #[error("the key file {path} is invalid: {detail}")]
    BadKey { path: PathBuf, detail: String },
    #[error("the manifest is not valid: {0}")]
    Manifest(String),
    #[error("the pack expired on {expires}")]
    Expired { expires: chrono::NaiveDate },
    #[error("the pack's version {offered} is older than the installed version {installed}")]
    Rollback { offered: u64, installed: u64 },
    #[error("{path} is in the pack but not in its manifest")]
    UnlistedFile { path: String },
    #[error("{path} is listed in the manifest but missing from the pack")]
    MissingFile { path: String },
    #[error("{path} has length {actual}, the manifest says {expected}")]
    LengthMismatch {
        path: String,
        expected: u64,
        actual: u64,
    },
    #[error("{path} does not have the SHA-256 the manifest says")]
    HashMismatch { path: String },
    #[error("the recording {path} {reason}")]
    Recording { path: PathBuf, reason: String },
    #[error("could not encode sound: {detail}")]
    Encoder { detail: String },
    #[error("language {lang} lacks the web form of sound clips: {}", .missing.join(", "))]
    MissingWebClips { lang: String, missing: Vec<String> },
    #[error("the manifest lists an unsafe path {path:?}")]
    UnsafePath { path: String },
}

impl SurveyError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> SurveyError {
        let path = path.into();
        move |source| SurveyError::Io { path, source }
    }
}
