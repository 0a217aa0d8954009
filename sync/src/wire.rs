//! The messages kiosk and collector exchange over HTTP, all JSON, all carrying the protocol
//! version where a reply could come from another release.
//!
//! - `POST /v1/enrol`: [`EnrolRequest`] → [`EnrolReply`]
//! - `POST /v1/batches`: [`SignedBatch`] → [`BatchReply`]
//! - `GET /v1/pack/manifest.json`, `GET /v1/pack/manifest.sig`, `GET /v1/pack/files/{sha256}`
//! - any refusal: an HTTP error status with an [`ErrorReply`]

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrolRequest {
    pub protocol: u32,
    /// As the municipality gave it, e.g. "0301-ABCD-EFGH-JKLM": the municipality number first.
    pub access_code: String,
    /// The kiosk's Ed25519 device public key, base64 of its 32 bytes.
    pub device_public_key: String,
    /// A name the coordinator chose, such as "Rom 204", shown to the municipality's contacts
    /// instead of the kiosk's id. Left out when none was given, so older collectors still
    /// take the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kiosk_name: Option<String>,
}

/// The longest kiosk name a collector keeps.
pub const MAX_KIOSK_NAME_CHARS: usize = 40;

/// A kiosk name as a collector keeps it: trimmed, at most [`MAX_KIOSK_NAME_CHARS`] characters,
/// nothing a page or a mail could misread; `None` for an empty one, `Err` for one refused.
pub fn kiosk_name(typed: &str) -> Result<Option<String>, RefusedKioskName> {
    let name = typed.trim();
    if name.is_empty() {
        return Ok(None);
    }
    if name.chars().count() > MAX_KIOSK_NAME_CHARS
        || name
            .chars()
            .any(|c| c.is_control() || "<>\"&\\".contains(c))
    {
        return Err(RefusedKioskName);
    }
    Ok(Some(name.to_owned()))
}

/// A kiosk name too long, or with characters a page or a mail could misread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RefusedKioskName;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrolReply {
    pub protocol: u32,
    pub kiosk_id: String,
    pub municipality_number: String,
    pub municipality_name: String,
    /// The collector's own id (random, kept in its database), which every batch signature
    /// covers.
    pub collector_id: String,
}

/// One sealed response as it travels. The completion date rides outside the seal so that the
/// collector can check the survey period without opening anything; the sealed response holds
/// the same date, and opening checks that they agree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedResponse {
    pub response_id: String,
    pub survey_id: String,
    pub survey_version: u32,
    pub completed_on: NaiveDate,
    /// The age file, base64.
    pub sealed: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchBody {
    pub responses: Vec<SealedResponse>,
}

/// A batch as sent: `body` is the exact JSON text that `signature` covers, so that no
/// re-serialisation can ever change what was signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedBatch {
    pub protocol: u32,
    pub kiosk_id: String,
    pub body: String,
    /// Ed25519 by the kiosk's device key over [`crate::batch::BATCH_CONTEXT`] and `body`, base64.
    pub signature: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchReply {
    pub protocol: u32,
    /// Every response id of the batch that the collector now holds, new or from before.
    pub held: Vec<String>,
    /// Responses the collector does not take, with the reason.
    pub refused: Vec<RefusedResponse>,
    /// The collector's date, sent when it refused a response for its date, so that a
    /// coordinator sees both clocks. Absent otherwise, so a reply to an older kiosk differs
    /// only then (and that kiosk, not knowing the field, keeps everything for a later sync).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector_today: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefusedResponse {
    pub response_id: String,
    pub reason: String,
}

/// What every refusal carries: a stable reason code and a sentence for logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorReply {
    pub error: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_seconds: Option<u64>,
}

/// The reason codes in [`ErrorReply::error`] and [`RefusedResponse::reason`].
pub mod reason {
    pub const MALFORMED: &str = "malformed";
    pub const UNSUPPORTED_PROTOCOL: &str = "unsupported_protocol";
    pub const WRONG_CODE: &str = "wrong_code";
    pub const LOCKED_OUT: &str = "locked_out";
    pub const UNKNOWN_KIOSK: &str = "unknown_kiosk";
    pub const REVOKED: &str = "revoked";
    pub const BAD_SIGNATURE: &str = "bad_signature";
    pub const TOO_LARGE: &str = "too_large";
    pub const UNKNOWN_SURVEY: &str = "unknown_survey";
    pub const OUTSIDE_PERIOD: &str = "outside_period";
    /// Completed after the collector's today (and the day after, for clocks across midnight):
    /// a kiosk whose date was set forward.
    pub const FUTURE_DATE: &str = "future_date";
    pub const SURVEY_CLOSED: &str = "survey_closed";
    pub const NOT_FOUND: &str = "not_found";
    /// A web response whose bytes are not an age file to one recipient of the right size.
    pub const NOT_SEALED: &str = "not_sealed";
    /// A web response without a valid ticket (what checking the access code gave the page).
    pub const BAD_TICKET: &str = "bad_ticket";
    /// A form post without the token its form was given (a cross-site post).
    pub const BAD_FORM_TOKEN: &str = "bad_form_token";
    /// A state-changing request sent by a page of another site (its `Origin`).
    pub const CROSS_ORIGIN: &str = "cross_origin";
    /// A JSON endpoint sent something that is not `application/json`.
    pub const NOT_JSON: &str = "not_json";
    /// A device key that has been enrolled before: each enrolment needs a fresh one.
    pub const KEY_IN_USE: &str = "key_in_use";
    /// The request took too long to arrive.
    pub const TIMEOUT: &str = "timeout";
    /// More web deliveries from one address or with one ticket than the collector takes at
    /// once: the page keeps the response and sends it after `retry_after_seconds`.
    pub const TOO_MANY_DELIVERIES: &str = "too_many_deliveries";
    /// The collector cannot store anything now: its disk, or the size it was given, is full.
    /// Nothing was stored; the kiosk keeps what it sent and tries again later.
    pub const OUT_OF_SPACE: &str = "out_of_space";
    /// The collector cannot store anything now: its database is read-only.
    pub const READ_ONLY: &str = "read_only";

    /// The refusals of one response that depend on the collector's and the kiosk's clocks and
    /// the survey's dates, all of which can change: the kiosk keeps such a response and sends
    /// it again later. Any other refusal of one response is for good.
    pub fn depends_on_date(reason: &str) -> bool {
        reason == FUTURE_DATE || reason == OUTSIDE_PERIOD
    }

    /// Every reason above: a refusal with any other is a bug.
    pub const ALL: &[&str] = &[
        MALFORMED,
        UNSUPPORTED_PROTOCOL,
        WRONG_CODE,
        LOCKED_OUT,
        UNKNOWN_KIOSK,
        REVOKED,
        BAD_SIGNATURE,
        TOO_LARGE,
        UNKNOWN_SURVEY,
        OUTSIDE_PERIOD,
        FUTURE_DATE,
        SURVEY_CLOSED,
        NOT_FOUND,
        OUT_OF_SPACE,
        READ_ONLY,
        NOT_SEALED,
        BAD_TICKET,
        BAD_FORM_TOKEN,
        CROSS_ORIGIN,
        NOT_JSON,
        KEY_IN_USE,
        TIMEOUT,
        TOO_MANY_DELIVERIES,
    ];
}
