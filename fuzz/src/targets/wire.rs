//! The wire messages (`sync::wire`): what the collector reads from kiosks (a signed batch, the
//! batch body inside it, an enrolment request) and what a kiosk reads back (replies, refusals,
//! health). Every message is tried on every input, as serde_json reads them.

use serde::de::DeserializeOwned;
use serde::Serialize;
use sync::wire::{
    BatchBody, BatchReply, EnrolReply, EnrolRequest, ErrorReply, RefusedResponse, SealedResponse,
    SignedBatch,
};
use sync::{batch::DeviceKey, SyncError, PROTOCOL_VERSION};

use crate::{broken, FuzzError, Target};

pub struct Wire;

impl Target for Wire {
    fn name(&self) -> &'static str {
        "wire"
    }

    fn seeds(&self) -> Vec<Vec<u8>> {
        let (key, _) = DeviceKey::generate();
        let body = BatchBody {
            responses: vec![SealedResponse {
                response_id: "0b6f5e1c-8c1e-4d7a-9d55-3f1f2e6c1a00".into(),
                survey_id: "demo".into(),
                survey_version: 1,
                completed_on: crate::fixtures::open_day(),
                sealed: "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOQ==".into(),
            }],
        };
        let batch = key.sign_batch("kiosk-1", "collector-1", &body);
        vec![
            json(&batch),
            batch.body.clone().into_bytes(),
            json(&EnrolRequest {
                protocol: PROTOCOL_VERSION,
                access_code: "0301-ABCD-EFGH-JKLM".into(),
                device_public_key: key.public_key_base64(),
                kiosk_name: None,
            }),
            json(&EnrolReply {
                protocol: PROTOCOL_VERSION,
                kiosk_id: "kiosk-1".into(),
                municipality_number: "0301".into(),
                municipality_name: "Oslo".into(),
                collector_id: "collector-1".into(),
            }),
            json(&BatchReply {
                protocol: PROTOCOL_VERSION,
                held: vec!["a".into()],
                refused: vec![RefusedResponse {
                    response_id: "b".into(),
                    reason: "outside_period".into(),
                }],
                collector_today: chrono::NaiveDate::from_ymd_opt(2026, 11, 2),
            }),
            json(&ErrorReply {
                error: "locked_out".into(),
                message: "wait".into(),
                retry_after_seconds: Some(30),
            }),
            br#"{"protocol":1,"status":"ok"}"#.to_vec(),
        ]
    }

    fn run(&mut self, input: &[u8]) -> Result<String, FuzzError> {
        let mut parsed = Vec::new();
        if let Some(batch) = round_trip::<SignedBatch>(input)? {
            parsed.push("signed_batch");
            // The collector parses the body only after the signature holds; a body that fails
            // to parse is refused the same way whatever signed it.
            if round_trip::<BatchBody>(batch.body.as_bytes())?.is_some() {
                parsed.push("with_body");
            }
        }
        if round_trip::<BatchBody>(input)?.is_some() {
            parsed.push("batch_body");
        }
        if round_trip::<EnrolRequest>(input)?.is_some() {
            parsed.push("enrol_request");
        }
        if round_trip::<EnrolReply>(input)?.is_some() {
            parsed.push("enrol_reply");
        }
        if round_trip::<BatchReply>(input)?.is_some() {
            parsed.push("batch_reply");
        }
        if round_trip::<ErrorReply>(input)?.is_some() {
            parsed.push("error_reply");
        }
        match sync::parse_health(input) {
            Ok(health) if health.protocol != PROTOCOL_VERSION => {
                return Err(broken!("parse_health took protocol {}", health.protocol))
            }
            Ok(_) => parsed.push("health"),
            Err(SyncError::Malformed(_)) => {}
            Err(SyncError::UnsupportedVersion(v)) if v != PROTOCOL_VERSION => {}
            Err(other) => return Err(broken!("parse_health refused with {other:?}")),
        }
        Ok(if parsed.is_empty() {
            "refused".into()
        } else {
            parsed.join("+")
        })
    }
}

/// Parses as the collector or kiosk does; what parses must serialise and parse again to the
/// same value.
fn round_trip<T>(input: &[u8]) -> Result<Option<T>, FuzzError>
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let Ok(value) = serde_json::from_slice::<T>(input) else {
        return Ok(None);
    };
    let again = serde_json::to_vec(&value)
        .map_err(|e| broken!("{} parsed but does not serialise: {e}", type_name::<T>()))?;
    let reparsed: T = serde_json::from_slice(&again)
        .map_err(|e| broken!("{} does not parse its own output: {e}", type_name::<T>()))?;
    if reparsed != value {
        return Err(broken!(
            "{} changed on a round trip: {value:?} became {reparsed:?}",
            type_name::<T>()
        ));
    }
    Ok(Some(value))
}

fn type_name<T>() -> &'static str {
    std::any::type_name::<T>()
}

fn json<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("a wire message serialises")
}
