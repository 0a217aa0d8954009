//! Enrolment: a kiosk sends its device key with the municipality's access code and gets a kiosk
//! id tied to that municipality. The code is checked under the guessing guard.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use sync::wire::{reason, EnrolReply, EnrolRequest};
use sync::PROTOCOL_VERSION;

use crate::client_addr::ClientAddr;
use crate::refusal::{blocking, parse_body, unsupported_protocol, Refusal};
use crate::secret_check::{Guess, GuessGuard, OnRepeatedFailures, Wording};
use crate::state::AppState;
use crate::{secrets, DataError};

pub fn routes() -> Router<Arc<AppState>> {
    Router::new().route("/v1/enrol", post(enrol))
}

async fn enrol(
    State(state): State<Arc<AppState>>,
    ClientAddr(addr): ClientAddr,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<EnrolReply>, Refusal> {
    let request: EnrolRequest = parse_body(body)?;
    if request.protocol != PROTOCOL_VERSION {
        return Err(unsupported_protocol(request.protocol));
    }
    let device_key = BASE64
        .decode(&request.device_public_key)
        .ok()
        .filter(|k| k.len() == 32)
        .ok_or_else(|| {
            Refusal::new(
                StatusCode::BAD_REQUEST,
                reason::MALFORMED,
                "the device key is not 32 bytes of base64",
            )
        })?;
    let kiosk_name =
        sync::wire::kiosk_name(request.kiosk_name.as_deref().unwrap_or("")).map_err(|_| {
            Refusal::new(
                StatusCode::BAD_REQUEST,
                reason::MALFORMED,
                "the kiosk's name is too long or has characters that cannot be used",
            )
        })?;
    let municipality = secrets::municipality_of(&request.access_code);
    let lookup_number = municipality.clone();
    let name = GuessGuard::check(
        &state,
        Guess {
            scope: "enrolment",
            address: addr,
            subject: municipality.clone().map(|number| ("access-code", number)),
            policy: OnRepeatedFailures::Wait,
            budget: &crate::secret_check::PBKDF2_CHECKS,
        },
        move |db| match &lookup_number {
            Some(number) => db.municipality(number),
            None => Ok(None),
        },
        request.access_code,
        Wording {
            locked: "too many wrong access codes; wait before trying again",
            wrong_reason: reason::WRONG_CODE,
            wrong: "the access code is wrong",
        },
    )
    .await?;
    let number = municipality.expect("a matching code names its municipality");
    let reply = blocking(&state, move |state| {
        // The guard is released before collector_id(), which may take it again.
        let added = state.db().write(|db| {
            let id = db.add_kiosk(&number, &device_key, state.today())?;
            if let Some(name) = &kiosk_name {
                db.name_kiosk(&id, name)?;
            }
            Ok::<_, DataError>(id)
        });
        let kiosk_id = match added {
            Ok(kiosk_id) => kiosk_id,
            Err(DataError::DeviceKeyInUse) => {
                return Err(Refusal::new(
                    StatusCode::CONFLICT,
                    reason::KEY_IN_USE,
                    "this device key has enrolled before; enrol with a fresh one",
                ))
            }
            Err(e) => return Err(Refusal::from(e)),
        };
        Ok(EnrolReply {
            protocol: PROTOCOL_VERSION,
            kiosk_id,
            municipality_number: number,
            municipality_name: name,
            collector_id: state.collector_id()?.to_owned(),
        })
    })
    .await?;
    state
        .metrics
        .enrolments
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(Json(reply))
}
