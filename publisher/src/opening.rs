//! Opening sealed responses with the survey's identity, in memory only.
//!
//! A response counts only if it decrypts, parses (padding is trailing whitespace, which JSON
//! ignores), matches what travelled beside it (id, survey, date), names one of the pack's
//! languages, has a UUID for its id and validates against the survey definition (known
//! questions only, each answer of its question's kind, options of that question, free text
//! within its length). Anything else is listed with its reason and left out of every figure:
//! nothing is dropped silently, nothing invalid is published.

use std::path::Path;
use std::str::FromStr;

use collector_data::db::StoredResponse;
use collector_data::served_pack::ServedPack;
use survey::Response;

use crate::{PublishError, Row};

/// A response that stays out of the publication, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub response_id: String,
    pub municipality: String,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct Opened {
    /// Every valid response, revoked kiosks' included.
    pub rows: Vec<Row>,
    /// Response ids of valid responses delivered by a kiosk that has since been revoked.
    pub from_revoked: Vec<String>,
    pub invalid: Vec<Invalid>,
}

/// Reads the identity file the owner keeps off the server.
pub fn read_identity(path: &Path) -> Result<age::x25519::Identity, PublishError> {
    let bad = || PublishError::BadIdentity {
        path: path.to_owned(),
    };
    let text = std::fs::read_to_string(path).map_err(|source| PublishError::Io {
        path: path.to_owned(),
        source,
    })?;
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .ok_or_else(bad)?;
    age::x25519::Identity::from_str(line).map_err(|_| bad())
}

pub fn open_all(
    stored: Vec<StoredResponse>,
    identity: &age::x25519::Identity,
    pack: &ServedPack,
) -> Opened {
    let mut opened = Opened::default();
    for sealed in stored {
        match open_one(&sealed, identity, pack) {
            Ok(response) => {
                if sealed.kiosk_revoked {
                    opened.from_revoked.push(sealed.response_id.clone());
                }
                opened.rows.push(Row {
                    response_id: sealed.response_id,
                    municipality: sealed.municipality,
                    group: response.group,
                    language: response.language,
                    completed_on: response.completed_on,
                    answers: response.answers,
                });
            }
            Err(reason) => opened.invalid.push(Invalid {
                response_id: sealed.response_id,
                municipality: sealed.municipality,
                reason,
            }),
        }
    }
    opened
}

fn open_one(
    sealed: &StoredResponse,
    identity: &age::x25519::Identity,
    pack: &ServedPack,
) -> Result<Response, String> {
    if !is_response_id(&sealed.response_id) {
        return Err("its id is longer than a UUID or has characters a UUID has not".into());
    }
    let plaintext =
        age::decrypt(identity, &sealed.sealed).map_err(|e| format!("cannot be opened: {e}"))?;
    let response: Response =
        serde_json::from_slice(&plaintext).map_err(|e| format!("is not a response: {e}"))?;
    if response.response_id != sealed.response_id
        || response.survey_id != sealed.survey_id
        || response.survey_version != sealed.survey_version
        || response.completed_on.to_string() != sealed.completed_on
    {
        return Err("does not match what travelled with it (id, survey or date)".into());
    }
    if !pack.languages.iter().any(|l| l.code == response.language) {
        // Shown only to the owner, and cut short: the text came from whoever sealed it.
        let shown: String = response.language.chars().take(24).collect();
        return Err(format!(
            "language {shown:?} is not one of the pack's languages"
        ));
    }
    response.validate(&pack.definition).map_err(|errors| {
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        format!("does not validate: {}", listed.join("; "))
    })?;
    Ok(response)
}

/// At most a UUID's 36 characters, of letters, digits and hyphens: what kiosks and web pages
/// make (a hyphenated UUID), and what the padded size of a response was computed for. The
/// collector now refuses web ids that are not UUIDs; this also covers what arrived before.
fn is_response_id(id: &str) -> bool {
    (1..=36).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}
