//! `survey-pack`: the survey owner's tool to make signing keys, build signed content packs and
//! verify them.

use std::path::PathBuf;

use anyhow::{bail, Context};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use survey::pack::{self, VerifyOptions};
use survey::{PackSigningKey, PackVerifyingKey};

#[derive(Parser)]
#[command(about = "Build, sign and verify survey content packs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Make a new pack-signing key pair in DIR (refuses to overwrite one).
    Keygen {
        #[arg(long)]
        out: PathBuf,
    },
    /// Build and sign a pack from the content in a checkout of this repository.
    Build {
        #[arg(long)]
        out: PathBuf,
        /// The secret key file made by `keygen`.
        #[arg(long)]
        key: PathBuf,
        /// The repository root holding content/, locales/ and audio/.
        #[arg(long, default_value = ".")]
        source: PathBuf,
        /// Leave out the web-only part (each clip as MP3, made with ffmpeg): a pack for
        /// kiosks only.
        #[arg(long)]
        no_web_audio: bool,
        /// Where encoded MP3 clips are kept between builds (by default in the user's cache
        /// folder).
        #[arg(long)]
        web_audio_cache: Option<PathBuf>,
    },
    /// Import recordings, DIR/<lang>/<message-id>.<wav|mp3|ogg|m4a>, in place of synthetic
    /// clips: trimmed, brought to -16 LUFS and encoded like the other clips; writes
    /// audio/coverage.txt, which names per language what is still synthetic.
    ImportAudio {
        #[arg(long)]
        dir: PathBuf,
        /// The repository root holding content/, locales/ and audio/.
        #[arg(long, default_value = ".")]
        source: PathBuf,
    },
    /// Verify a pack against the survey owner's public key, as a kiosk would.
    Verify {
        dir: PathBuf,
        #[arg(long)]
        public_key: PathBuf,
        /// Refuse the pack if it is older than this installed version.
        #[arg(long)]
        installed_version: Option<u64>,
        /// Check expiry against this date instead of today (YYYY-MM-DD).
        #[arg(long)]
        today: Option<NaiveDate>,
    },
}

pub const SECRET_KEY_FILE: &str = "pack-signing-key.txt";
pub const PUBLIC_KEY_FILE: &str = "pack-signing-key.pub";

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Keygen { out } => {
            let secret_path = out.join(SECRET_KEY_FILE);
            if secret_path.exists() {
                bail!(
                    "{} exists already; not overwriting a key",
                    secret_path.display()
                );
            }
            std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
            let (key, pkcs8) = PackSigningKey::generate();
            write_secret(&secret_path, &pkcs8)?;
            let public = key.verifying_key().to_base64();
            std::fs::write(out.join(PUBLIC_KEY_FILE), format!("{public}\n"))?;
            println!("secret key: {}", secret_path.display());
            println!("public key: {public}");
        }
        Command::Build {
            out,
            key,
            source,
            no_web_audio,
            web_audio_cache,
        } => {
            let key = PackSigningKey::from_file(&key)?;
            let web_audio_cache = match web_audio_cache {
                Some(dir) => dir,
                None => user_cache()?.join("survey-pack").join("web-audio"),
            };
            let options = pack::BuildOptions {
                web_audio_cache: (!no_web_audio).then_some(web_audio_cache),
            };
            let manifest = pack::build_with(&source, &key, &out, &options)
                .with_context(|| format!("building the pack from {}", source.display()))?;
            println!(
                "built pack {} version {} with {} files and {} web-only files in {}",
                manifest.pack_id,
                manifest.version,
                manifest.files.len(),
                manifest.web_files.len(),
                out.display()
            );
        }
        Command::ImportAudio { dir, source } => {
            let recorded = survey::recordings::import(&source, &dir)
                .with_context(|| format!("importing the recordings in {}", dir.display()))?;
            let count: usize = recorded.values().map(|clips| clips.len()).sum();
            println!("{count} clips are made from recordings");
            let report = source.join(survey::recordings::COVERAGE_REPORT);
            print!("{}", std::fs::read_to_string(&report)?);
            println!("(written to {})", report.display());
        }
        Command::Verify {
            dir,
            public_key,
            installed_version,
            today,
        } => {
            let key = PackVerifyingKey::from_file(&public_key)?;
            let options = VerifyOptions {
                today: today.unwrap_or_else(|| chrono::Local::now().date_naive()),
                installed_version,
            };
            let verified = pack::verify(&dir, &key, options)
                .with_context(|| format!("refusing the pack in {}", dir.display()))?;
            let m = &verified.manifest;
            println!("pack {} version {}: valid", m.pack_id, m.version);
            println!(
                "survey {} version {}, open {} to {}, expires {}",
                m.survey.id,
                m.survey.version,
                m.survey_period.opens,
                m.survey_period.closes,
                m.expires
            );
            println!(
                "{} languages, {} messages in each, {} clips in all ({} texts in each, and the words and numbers of each language's progress line); every message and clip present",
                m.languages.len(),
                verified.messages_per_language(),
                verified.clip_count,
                verified.definition.clip_ids().len()
            );
            println!("translations: {}", m.translation_status);
            for language in &m.languages {
                let all = pack::clip_ids(&verified.definition, &verified.catalog, &language.code);
                let recorded = m
                    .recorded
                    .get(&language.code)
                    .map(|clips| clips.iter().cloned().collect())
                    .unwrap_or_default();
                let mut line = survey::recordings::coverage_line(
                    &language.code,
                    &language.voice,
                    &all,
                    &recorded,
                );
                if let Some(note) = &language.voice_note {
                    line.push_str(&format!(" ({note})"));
                }
                println!("{line}");
            }
        }
    }
    Ok(())
}

/// `$XDG_CACHE_HOME`, or `~/.cache`.
fn user_cache() -> anyhow::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    let home = std::env::var_os("HOME").context("neither XDG_CACHE_HOME nor HOME is set")?;
    Ok(PathBuf::from(home).join(".cache"))
}

fn write_secret(path: &std::path::Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    writeln!(file, "{text}")?;
    Ok(())
}
