//! A sync run: send the outbox in signed batches until nothing is pending, then fetch a newer
//! content pack if the collector has one.
//!
//! A response leaves the outbox (only a count remains) when the collector's reply lists it as
//! held, and not before (one refused for good moves aside, one refused for its date stays), so a run cut at any point — before the request,
//! after the collector committed but before the reply arrived — leaves it pending, and the next
//! attempt sends it again; the collector stores each id once. Each batch is a random choice of
//! pending responses in random order, so the collector cannot tell in which order they were
//! completed. Retries wait with exponential backoff and jitter.

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ring::rand::{SecureRandom, SystemRandom};
use serde::Serialize;
use survey::manifest::{Manifest, MANIFEST_FILE, SIGNATURE_FILE};
use survey::pack::{self, VerifyOptions};
use sync::client::Client;
use sync::wire::{BatchBody, SealedResponse};
use sync::SyncError;

use crate::KioskError;

#[derive(Debug, Clone)]
pub struct SyncOptions {
    pub batch_size: usize,
    pub max_attempts: u32,
    pub first_retry_delay: Duration,
    pub request_timeout: Duration,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            batch_size: 100,
            max_attempts: 6,
            first_retry_delay: Duration::from_millis(250),
            request_timeout: Duration::from_secs(30),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SyncProgress {
    pub done: u64,
    pub total: u64,
    /// Requests tried again so far in this run (network trouble, a busy collector).
    pub retries: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    pub held: u64,
    pub refused: u64,
    /// How many the collector refused for good, by its reason code; they are kept aside.
    pub refused_reasons: std::collections::BTreeMap<String, u64>,
    /// Refused in this run for their date (a clock is wrong, the kiosk's or the collector's):
    /// still pending, sent again by the next sync.
    pub kept_for_date: u64,
    /// Every pending response whose last refusal was for its date, with both clocks.
    pub date_refusals: Vec<crate::store::DateRefusals>,
    /// Still in the outbox, safe on this machine, for the next sync.
    pub remaining: u64,
    /// The new pack version, when the run installed one.
    pub pack_updated: Option<u64>,
    /// The coordinator stopped the run; what was acknowledged before stays acknowledged.
    pub cancelled: bool,
}

pub(crate) fn batch_body(pending: &[crate::store::Sealed]) -> BatchBody {
    BatchBody {
        responses: pending
            .iter()
            .map(|p| SealedResponse {
                response_id: p.response_id.clone(),
                survey_id: p.survey_id.clone(),
                survey_version: p.survey_version,
                completed_on: p.completed_on,
                sealed: BASE64.encode(&p.sealed),
            })
            .collect(),
    }
}

/// Splits a reply into the ids of this batch that are held and refused; ids the batch did not
/// send are ignored, so a confused reply can never make the kiosk forget another response.
pub(crate) fn acknowledged(
    sent: &[crate::store::Sealed],
    held: Vec<String>,
    refused: Vec<String>,
) -> (Vec<String>, Vec<String>) {
    let sent: HashSet<&str> = sent.iter().map(|p| p.response_id.as_str()).collect();
    let keep = |ids: Vec<String>| {
        ids.into_iter()
            .filter(|id| sent.contains(id.as_str()))
            .collect()
    };
    (keep(held), keep(refused))
}

/// Calls `request` until it succeeds, fails for good, or runs out of attempts.
pub fn with_retries<T>(
    options: &SyncOptions,
    request: impl FnMut() -> Result<T, SyncError>,
) -> Result<T, SyncError> {
    with_retries_while(options, &|| true, &mut |_| {}, request)
}

/// Like [`with_retries`], telling `on_retry` before each new attempt and giving up (with the
/// last error) once `keep_going` says no.
pub fn with_retries_while<T>(
    options: &SyncOptions,
    keep_going: &dyn Fn() -> bool,
    on_retry: &mut dyn FnMut(&SyncError),
    mut request: impl FnMut() -> Result<T, SyncError>,
) -> Result<T, SyncError> {
    let rng = SystemRandom::new();
    let mut attempt = 0;
    loop {
        match request() {
            Err(error)
                if error.is_retryable() && attempt + 1 < options.max_attempts && keep_going() =>
            {
                let backoff = options.first_retry_delay * 2u32.pow(attempt.min(6));
                let mut jitter = [0u8; 2];
                rng.fill(&mut jitter).expect("the system RNG works");
                let jitter = backoff.mul_f64(u16::from_le_bytes(jitter) as f64 / u16::MAX as f64);
                log::info!(
                    "attempt {} failed ({error}); retrying in {:?}",
                    attempt + 1,
                    backoff + jitter
                );
                on_retry(&error);
                std::thread::sleep((backoff + jitter).min(Duration::from_secs(20)));
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// Downloads the files of `manifest` into `download` that are not there yet (so an interrupted
/// download resumes), copying the ones the current pack already has instead of fetching them.
/// Each file is checked against the signed manifest before it is kept.
pub(crate) fn download_pack(
    client: &Client,
    options: &SyncOptions,
    manifest: &Manifest,
    manifest_bytes: &[u8],
    signature: &str,
    current: (&Path, &Manifest),
    download: &Path,
) -> Result<(), KioskError> {
    for entry in &manifest.files {
        let target = download.join(&entry.path);
        if pack::verify_file(download, entry).is_ok() {
            continue;
        }
        let local = current
            .1
            .files
            .iter()
            .find(|f| f.sha256 == entry.sha256)
            .map(|f| current.0.join(&f.path))
            .and_then(|path| std::fs::read(path).ok())
            .filter(|bytes| pack::verify_bytes(entry, bytes).is_ok());
        let bytes = match local {
            Some(bytes) => bytes,
            None => {
                let bytes = with_retries(options, || client.pack_file(&entry.sha256))
                    .map_err(KioskError::from_sync)?;
                pack::verify_bytes(entry, &bytes)?;
                bytes
            }
        };
        write_atomically(&target, &bytes)?;
    }
    write_atomically(&download.join(MANIFEST_FILE), manifest_bytes)?;
    write_atomically(&download.join(SIGNATURE_FILE), signature.as_bytes())?;
    Ok(())
}

/// Checks the collector's manifest; `None` when it is not newer than what is installed.
pub(crate) fn newer_manifest(
    manifest_bytes: &[u8],
    signature: &str,
    installed: u64,
    today: chrono::NaiveDate,
) -> Result<Option<Manifest>, KioskError> {
    let options = VerifyOptions {
        today,
        installed_version: Some(installed),
    };
    let manifest = pack::verify_manifest(
        manifest_bytes,
        Some(signature),
        &crate::packs::pinned_key(),
        options,
    )?;
    Ok((manifest.version > installed).then_some(manifest))
}

/// Written beside its place and renamed, so a half-written file never has the final name.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), KioskError> {
    let parent = path.parent().expect("a pack file has a folder");
    std::fs::create_dir_all(parent).map_err(KioskError::io(parent))?;
    let partial = path.with_extension("partial");
    std::fs::write(&partial, bytes).map_err(KioskError::io(&partial))?;
    std::fs::rename(&partial, path).map_err(KioskError::io(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_stop_at_success_at_a_final_refusal_or_after_the_last_attempt() {
        let options = SyncOptions {
            max_attempts: 4,
            first_retry_delay: Duration::from_millis(1),
            ..SyncOptions::default()
        };
        let mut calls = 0;
        let result = with_retries(&options, || {
            calls += 1;
            if calls < 3 {
                Err(SyncError::Network("down".into()))
            } else {
                Ok(calls)
            }
        });
        assert_eq!(result.unwrap(), 3);

        let mut calls = 0;
        let refused = with_retries(&options, || -> Result<(), _> {
            calls += 1;
            Err(SyncError::Refused {
                status: 401,
                reply: sync::wire::ErrorReply {
                    error: "wrong_code".into(),
                    message: String::new(),
                    retry_after_seconds: None,
                },
            })
        });
        assert!(refused.is_err());
        assert_eq!(calls, 1, "a final refusal is not retried");

        let mut calls = 0;
        let _ = with_retries(&options, || -> Result<(), _> {
            calls += 1;
            Err(SyncError::Network("down".into()))
        });
        assert_eq!(calls, 4);
    }
}
