//! Building and verifying signed content packs.
//!
//! A pack is a folder: `manifest.json`, `manifest.sig`, `survey.toml`, `locales/<lang>/*.ftl`
//! and `audio/<lang>/<clip>.ogg`. Verification trusts nothing in the folder until the manifest's
//! signature checks out against the pinned key, then holds every file to the manifest's hash and
//! length, refuses files the manifest does not list, and checks that every language has every
//! message and clip. Building runs the same content checks first, so a broken pack is never
//! signed.
//!
//! A pack may also carry a web-only part (`web/`, [`crate::web_audio`]): listed and hashed in
//! the manifest's `web_files`, checked wherever present, required complete only where the web
//! survey is served ([`verify_web_part`]); a kiosk's copy leaves it out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chrono::NaiveDate;
use serde::Deserialize;

use crate::definition::Definition;
use crate::languages::{self, Language};
use crate::manifest::{
    CollectorInfo, FileEntry, Manifest, SurveyPeriod, SurveyRef, MANIFEST_FILE, MANIFEST_FORMAT,
    SIGNATURE_FILE,
};
use crate::messages::{Catalog, MESSAGE_FILES};
use crate::signing::{PackSigningKey, PackVerifyingKey, MANIFEST_CONTEXT};
use crate::spoken_progress;
use crate::voice_letters;
use crate::web_audio;
use crate::SurveyError;

pub const SURVEY_FILE: &str = "survey.toml";

/// What `content/pack.toml` says about the pack besides its files.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackConfig {
    pub pack_id: String,
    pub version: u64,
    pub issued_at: NaiveDate,
    pub expires: NaiveDate,
    pub translation_status: String,
    pub survey_period: SurveyPeriod,
    pub collector: CollectorConfig,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectorConfig {
    pub url: String,
    /// Relative to the source root.
    pub public_key_file: String,
}

/// The content sources in a checkout of this repository.
pub struct Source {
    pub root: PathBuf,
    pub config: PackConfig,
    pub definition: Definition,
    pub languages: Vec<Language>,
    pub catalog: Catalog,
    pub number_words: spoken_progress::NumberWords,
    pub voice_letters: voice_letters::VoiceLetters,
}

impl Source {
    pub fn load(root: &Path) -> Result<Self, SurveyError> {
        let read = |rel: &str| {
            let path = root.join(rel);
            std::fs::read_to_string(&path).map_err(SurveyError::io(path))
        };
        let config: PackConfig = toml::from_str(&read("content/pack.toml")?)
            .map_err(|e| SurveyError::Manifest(format!("content/pack.toml: {e}")))?;
        let definition =
            Definition::from_toml("content/survey.toml", &read("content/survey.toml")?)?;
        let languages = languages::parse_tsv(&read("content/languages.tsv")?)?;
        let codes: Vec<String> = languages.iter().map(|l| l.code.clone()).collect();
        let catalog = Catalog::from_dir(&root.join("locales"), &codes)?;
        // Only the making of clips needs it: a source without it speaks every number's digits.
        let number_words_path = root.join(spoken_progress::NUMBER_WORDS_FILE);
        let number_words = match std::fs::read_to_string(&number_words_path) {
            Ok(text) => spoken_progress::parse_number_words(&text)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Default::default(),
            Err(e) => return Err(SurveyError::io(number_words_path)(e)),
        };
        let voice_letters_path = root.join(voice_letters::VOICE_LETTERS_FILE);
        let voice_letters = match std::fs::read_to_string(&voice_letters_path) {
            Ok(text) => voice_letters::parse(&text)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Default::default(),
            Err(e) => return Err(SurveyError::io(voice_letters_path)(e)),
        };
        Ok(Source {
            root: root.to_owned(),
            config,
            definition,
            languages,
            catalog,
            number_words,
            voice_letters,
        })
    }

    pub fn clip_path(&self, lang: &str, clip: &str) -> PathBuf {
        self.root
            .join("audio")
            .join(lang)
            .join(format!("{clip}.ogg"))
    }

    /// Every clip a language needs, with the text it says (see [`clip_ids`]), written in
    /// letters its voice knows ([`voice_letters`]).
    pub fn spoken_texts(&self, lang: &str) -> Result<BTreeMap<String, String>, SurveyError> {
        let mut texts = self.texts_as_written(lang)?;
        for text in texts.values_mut() {
            *text = voice_letters::respell(&self.voice_letters, lang, text);
        }
        Ok(texts)
    }

    /// How many of a language's spoken texts [`voice_letters`] writes in other letters.
    pub fn texts_respelled(&self, lang: &str) -> Result<usize, SurveyError> {
        Ok(self
            .texts_as_written(lang)?
            .values()
            .filter(|text| voice_letters::respell(&self.voice_letters, lang, text) != **text)
            .count())
    }

    fn texts_as_written(&self, lang: &str) -> Result<BTreeMap<String, String>, SurveyError> {
        let mut texts = spoken_progress::clips(&self.definition, &self.catalog, lang);
        for ((words_lang, number), words) in &self.number_words {
            if words_lang == lang {
                if let Some(text) = texts.get_mut(&spoken_progress::number_clip(*number)) {
                    text.clone_from(words);
                }
            }
        }
        let mut missing = Vec::new();
        for clip in self.definition.clip_ids() {
            match self.catalog.format_for_speech(lang, &clip) {
                Some(text) => {
                    texts.insert(clip, text);
                }
                None => missing.push(clip),
            }
        }
        if !missing.is_empty() {
            return Err(SurveyError::MissingMessages {
                lang: lang.to_owned(),
                missing,
            });
        }
        Ok(texts)
    }

    /// (path in pack, path on disk) of every file the pack carries.
    fn files(&self) -> Vec<(String, PathBuf)> {
        let mut files = vec![(
            SURVEY_FILE.to_owned(),
            self.root.join("content/survey.toml"),
        )];
        for language in &self.languages {
            let code = &language.code;
            for file in MESSAGE_FILES {
                files.push((
                    format!("locales/{code}/{file}"),
                    self.root.join("locales").join(code).join(file),
                ));
            }
            for clip in clip_ids(&self.definition, &self.catalog, code) {
                files.push((
                    format!("audio/{code}/{clip}.ogg"),
                    self.clip_path(code, &clip),
                ));
            }
        }
        files
    }
}

/// What a build adds besides what every kiosk needs.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Make the web-only part (each clip as MP3), keeping encoded clips in this folder.
    pub web_audio_cache: Option<PathBuf>,
}

/// Builds and signs the pack a kiosk carries (no web-only part) from the sources under `root`
/// into `out`, replacing it whole.
pub fn build(root: &Path, key: &PackSigningKey, out: &Path) -> Result<Manifest, SurveyError> {
    build_with(root, key, out, &BuildOptions::default())
}

/// Builds and signs the pack, with the parts `options` ask for.
pub fn build_with(
    root: &Path,
    key: &PackSigningKey,
    out: &Path,
    options: &BuildOptions,
) -> Result<Manifest, SurveyError> {
    let source = Source::load(root)?;
    source.catalog.check_complete(
        &source.definition.source_language,
        &source.definition.message_ids(),
    )?;
    for language in &source.languages {
        let missing: Vec<String> = clip_ids(&source.definition, &source.catalog, &language.code)
            .into_iter()
            .filter(|clip| !source.clip_path(&language.code, clip).is_file())
            .collect();
        if !missing.is_empty() {
            return Err(SurveyError::MissingClips {
                lang: language.code.clone(),
                missing,
            });
        }
    }
    let key_path = root.join(&source.config.collector.public_key_file);
    let collector_key = std::fs::read_to_string(&key_path).map_err(SurveyError::io(&key_path))?;

    // Written beside the destination and renamed into place, so `out` is never half a pack.
    let staging = out.with_extension("pack-tmp");
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(SurveyError::io(&staging))?;
    }
    let mut entries = Vec::new();
    for (rel, from) in source.files() {
        let bytes = std::fs::read(&from).map_err(SurveyError::io(&from))?;
        let to = staging.join(&rel);
        std::fs::create_dir_all(to.parent().expect("a file in the pack has a folder"))
            .map_err(SurveyError::io(&to))?;
        std::fs::write(&to, &bytes).map_err(SurveyError::io(&to))?;
        entries.push(FileEntry {
            path: rel,
            sha256: sha256_hex(&bytes),
            length: bytes.len() as u64,
        });
    }
    let web_entries = match &options.web_audio_cache {
        Some(cache) => copy_web_clips(&source, cache, &staging)?,
        None => Vec::new(),
    };
    let config = &source.config;
    let manifest = Manifest {
        format: MANIFEST_FORMAT,
        pack_id: config.pack_id.clone(),
        version: config.version,
        issued_at: config.issued_at,
        expires: config.expires,
        survey_period: config.survey_period,
        survey: SurveyRef {
            id: source.definition.id.clone(),
            version: source.definition.version,
            path: SURVEY_FILE.into(),
        },
        collector: CollectorInfo {
            url: config.collector.url.clone(),
            public_key: collector_key.trim().to_owned(),
        },
        translation_status: config.translation_status.clone(),
        languages: source.languages.clone(),
        files: entries,
        web_files: web_entries,
        recorded: crate::recordings::recorded_clips(&source)?
            .into_iter()
            .map(|(lang, clips)| (lang, clips.into_iter().collect()))
            .collect(),
    };
    let manifest_bytes = serde_json::to_vec_pretty(&manifest).expect("a manifest serialises");
    let signature = key.sign(MANIFEST_CONTEXT, &manifest_bytes);
    write(&staging.join(MANIFEST_FILE), &manifest_bytes)?;
    write(
        &staging.join(SIGNATURE_FILE),
        BASE64.encode(signature).as_bytes(),
    )?;
    if out.exists() {
        std::fs::remove_dir_all(out).map_err(SurveyError::io(out))?;
    }
    std::fs::rename(&staging, out).map_err(SurveyError::io(out))?;
    Ok(manifest)
}

/// Encodes (or takes from the cache) every clip's web form and copies it into the pack.
fn copy_web_clips(
    source: &Source,
    cache: &Path,
    staging: &Path,
) -> Result<Vec<FileEntry>, SurveyError> {
    let mut clips = Vec::new();
    for language in &source.languages {
        for clip in clip_ids(&source.definition, &source.catalog, &language.code) {
            clips.push((language.code.clone(), clip));
        }
    }
    let oggs: Vec<PathBuf> = clips
        .iter()
        .map(|(lang, clip)| source.clip_path(lang, clip))
        .collect();
    let encoded = web_audio::encode(&oggs, cache)?;
    let mut entries = Vec::new();
    for ((lang, clip), from) in clips.iter().zip(encoded) {
        let rel = web_audio::path_in_pack(lang, clip);
        let bytes = std::fs::read(&from).map_err(SurveyError::io(&from))?;
        let to = staging.join(&rel);
        std::fs::create_dir_all(to.parent().expect("a clip has a folder"))
            .map_err(SurveyError::io(&to))?;
        write(&to, &bytes)?;
        entries.push(FileEntry {
            path: rel,
            sha256: sha256_hex(&bytes),
            length: bytes.len() as u64,
        });
    }
    Ok(entries)
}

/// What a kiosk knows when it checks a pack.
#[derive(Debug, Clone, Copy)]
pub struct VerifyOptions {
    pub today: NaiveDate,
    /// The version installed now; an older pack is a rollback and is refused.
    pub installed_version: Option<u64>,
}

pub struct VerifiedPack {
    pub manifest: Manifest,
    pub definition: Definition,
    pub catalog: Catalog,
    pub clip_count: usize,
}

impl VerifiedPack {
    /// Messages per language (every language has the same ones).
    pub fn messages_per_language(&self) -> usize {
        let source = &self.definition.source_language;
        self.catalog.count_messages(source)
    }
}

/// Checks the manifest's signature, then its dates and version. Nothing else in the manifest is
/// looked at before the signature holds.
pub fn verify_manifest(
    manifest_bytes: &[u8],
    signature_text: Option<&str>,
    key: &PackVerifyingKey,
    options: VerifyOptions,
) -> Result<Manifest, SurveyError> {
    let signature_text = signature_text.ok_or(SurveyError::MissingSignature)?;
    let signature = BASE64
        .decode(signature_text.trim())
        .map_err(|_| SurveyError::BadSignature)?;
    if !key.verify(MANIFEST_CONTEXT, manifest_bytes, &signature) {
        return Err(SurveyError::BadSignature);
    }
    let manifest: Manifest =
        serde_json::from_slice(manifest_bytes).map_err(|e| SurveyError::Manifest(e.to_string()))?;
    if manifest.format != MANIFEST_FORMAT {
        return Err(SurveyError::Manifest(format!(
            "unknown format {}",
            manifest.format
        )));
    }
    if options.today > manifest.expires {
        return Err(SurveyError::Expired {
            expires: manifest.expires,
        });
    }
    if let Some(installed) = options.installed_version {
        if manifest.version < installed {
            return Err(SurveyError::Rollback {
                offered: manifest.version,
                installed,
            });
        }
    }
    for file in manifest.files.iter().chain(&manifest.web_files) {
        check_safe_path(&file.path)?;
    }
    Ok(manifest)
}

/// Reads a manifest without checking anything; only for manifests already verified.
pub fn parse_manifest(bytes: &[u8]) -> Result<Manifest, SurveyError> {
    serde_json::from_slice(bytes).map_err(|e| SurveyError::Manifest(e.to_string()))
}

/// Verifies the pack in `dir` completely: signature, dates, version, files, messages, clips.
pub fn verify(
    dir: &Path,
    key: &PackVerifyingKey,
    options: VerifyOptions,
) -> Result<VerifiedPack, SurveyError> {
    let manifest_path = dir.join(MANIFEST_FILE);
    let manifest_bytes = std::fs::read(&manifest_path).map_err(SurveyError::io(&manifest_path))?;
    let signature = match std::fs::read_to_string(dir.join(SIGNATURE_FILE)) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(SurveyError::io(dir.join(SIGNATURE_FILE))(e)),
    };
    let manifest = verify_manifest(&manifest_bytes, signature.as_deref(), key, options)?;
    verify_files(dir, &manifest)?;
    verify_contents(dir, manifest)
}

/// Every listed file is there with its hash and length, and nothing unlisted is. Of the web-only
/// part, those present are checked (a kiosk's copy has none of it).
pub fn verify_files(dir: &Path, manifest: &Manifest) -> Result<(), SurveyError> {
    let listed: BTreeSet<&str> = manifest
        .files
        .iter()
        .chain(&manifest.web_files)
        .map(|f| f.path.as_str())
        .collect();
    for present in files_under(dir)? {
        let is_signature_pair = present == MANIFEST_FILE || present == SIGNATURE_FILE;
        if !is_signature_pair && !listed.contains(present.as_str()) {
            return Err(SurveyError::UnlistedFile { path: present });
        }
    }
    for entry in &manifest.files {
        verify_file(dir, entry)?;
    }
    for entry in &manifest.web_files {
        match verify_file(dir, entry) {
            Err(SurveyError::MissingFile { .. }) => {}
            checked => checked?,
        }
    }
    Ok(())
}

/// Where the web survey is served: the web-only part is there whole, each file as listed.
pub fn verify_web_part(dir: &Path, manifest: &Manifest) -> Result<(), SurveyError> {
    for entry in &manifest.web_files {
        verify_file(dir, entry)?;
    }
    Ok(())
}

/// One file against its manifest entry; the kiosk also uses it on each download.
pub fn verify_file(dir: &Path, entry: &FileEntry) -> Result<(), SurveyError> {
    let path = dir.join(&entry.path);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(SurveyError::MissingFile {
                path: entry.path.clone(),
            })
        }
        Err(e) => return Err(SurveyError::io(path)(e)),
    };
    verify_bytes(entry, &bytes)
}

pub fn verify_bytes(entry: &FileEntry, bytes: &[u8]) -> Result<(), SurveyError> {
    if bytes.len() as u64 != entry.length {
        return Err(SurveyError::LengthMismatch {
            path: entry.path.clone(),
            expected: entry.length,
            actual: bytes.len() as u64,
        });
    }
    if sha256_hex(bytes) != entry.sha256 {
        return Err(SurveyError::HashMismatch {
            path: entry.path.clone(),
        });
    }
    Ok(())
}

/// The survey parses, and every language has every message and clip.
fn verify_contents(dir: &Path, manifest: Manifest) -> Result<VerifiedPack, SurveyError> {
    let survey_path = dir.join(&manifest.survey.path);
    let survey_text =
        std::fs::read_to_string(&survey_path).map_err(SurveyError::io(&survey_path))?;
    let definition = Definition::from_toml(&manifest.survey.path, &survey_text)?;
    if definition.id != manifest.survey.id || definition.version != manifest.survey.version {
        return Err(SurveyError::Manifest(format!(
            "the manifest names survey {} v{}, the pack holds {} v{}",
            manifest.survey.id, manifest.survey.version, definition.id, definition.version
        )));
    }
    let codes: Vec<String> = manifest.languages.iter().map(|l| l.code.clone()).collect();
    if !codes.contains(&definition.source_language) {
        return Err(SurveyError::MissingMessages {
            lang: definition.source_language.clone(),
            missing: vec!["(the source language is not in the pack)".into()],
        });
    }
    for code in &codes {
        for file in MESSAGE_FILES {
            if manifest.file(&format!("locales/{code}/{file}")).is_none() {
                return Err(SurveyError::MissingMessages {
                    lang: code.clone(),
                    missing: vec![format!("(no {file})")],
                });
            }
        }
    }
    let catalog = Catalog::from_dir(&dir.join("locales"), &codes)?;
    catalog.check_complete(&definition.source_language, &definition.message_ids())?;
    let mut clip_count = 0;
    for code in &codes {
        let needed = clip_ids(&definition, &catalog, code);
        let missing: Vec<String> = needed
            .iter()
            .filter(|clip| manifest.file(&format!("audio/{code}/{clip}.ogg")).is_none())
            .cloned()
            .collect();
        if !missing.is_empty() {
            return Err(SurveyError::MissingClips {
                lang: code.clone(),
                missing,
            });
        }
        if !manifest.web_files.is_empty() {
            let missing: Vec<String> = needed
                .iter()
                .filter(|clip| {
                    manifest
                        .web_file(&web_audio::path_in_pack(code, clip))
                        .is_none()
                })
                .cloned()
                .collect();
            if !missing.is_empty() {
                return Err(SurveyError::MissingWebClips {
                    lang: code.clone(),
                    missing,
                });
            }
        }
        clip_count += needed.len();
    }
    Ok(VerifiedPack {
        manifest,
        definition,
        catalog,
        clip_count,
    })
}

/// Every clip a language needs: the survey's and screen texts, and its spoken progress line.
pub fn clip_ids(definition: &Definition, catalog: &Catalog, lang: &str) -> BTreeSet<String> {
    let mut ids = definition.clip_ids();
    ids.extend(spoken_progress::clips(definition, catalog, lang).into_keys());
    ids
}

/// A manifest path must stay inside the pack: relative, forward slashes, no `.` or `..`. An
/// empty path and an absolute one both have an empty part.
fn check_safe_path(path: &str) -> Result<(), SurveyError> {
    let unsafe_path = path.contains('\\')
        || path.contains('\0')
        || path
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == "..");
    if unsafe_path {
        return Err(SurveyError::UnsafePath { path: path.into() });
    }
    Ok(())
}

/// Relative paths (with `/`) of every file under `dir`.
fn files_under(dir: &Path) -> Result<Vec<String>, SurveyError> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).map_err(SurveyError::io(&folder))? {
            let entry = entry.map_err(SurveyError::io(&folder))?;
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let rel = path.strip_prefix(dir).expect("found under dir");
                let parts: Vec<_> = rel.iter().map(|p| p.to_string_lossy()).collect();
                found.push(parts.join("/"));
            }
        }
    }
    found.sort();
    Ok(found)
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), SurveyError> {
    std::fs::write(path, bytes).map_err(SurveyError::io(path))
}
