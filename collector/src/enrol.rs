//! Enrolment: a kiosk sends its device key with the municipality's access code and gets a kiosk
//! id tied to that municipality. The code is checked under the guessing throttle.

use std::net::IpAddr;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use sync::wire::{reason, EnrolReply, EnrolRequest};
use sync::PROTOCOL_VERSION;

use crate::api::{
    blocking, internal, parse_body, unsupported_protocol, AppState, ClientAddr, Refusal,
};
use crate::secret_check::{address_key, check_secret};
use crate::secrets;

pub(crate) async fn enrol(
    State(state): State<Arc<AppState>>,
    ClientAddr(addr): ClientAddr,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<EnrolReply>, Refusal> {
    let request: EnrolRequest = parse_body(&state, body)?;
    if request.protocol != PROTOCOL_VERSION {
        return Err(unsupported_protocol(&state, request.protocol));
    }
    let device_key = BASE64
        .decode(&request.device_public_key)
        .ok()
        .filter(|k| k.len() == 32)
        .ok_or_else(|| {
            state.refuse(
                StatusCode::BAD_REQUEST,
                reason::MALFORMED,
                "the device key is not 32 bytes of base64",
            )
        })?;
    let reply = blocking(&state, move |state| {
        enrol_blocking(state, addr, &request.access_code, &device_key)
    })
    .await?;
    state
        .metrics
        .enrolments
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(Json(reply))
}

fn enrol_blocking(
    state: &AppState,
    addr: Option<IpAddr>,
    code: &str,
    device_key: &[u8],
) -> Result<EnrolReply, Refusal> {
    let municipality = secrets::municipality_of(code);
    let mut keys = vec![format!("address:{}", address_key(addr))];
    if let Some(number) = &municipality {
        keys.push(format!("municipality:{number}"));
    }
    let name = check_secret(
        state,
        &keys,
        |db| match &municipality {
            Some(number) => db.municipality(number),
            None => Ok(None),
        },
        code,
        "too many wrong access codes; wait before trying again",
        (reason::WRONG_CODE, "the access code is wrong"),
    )?;
    let number = municipality.expect("a matching code names its municipality");
    let kiosk_id = state
        .db()
        .add_kiosk(&number, device_key, state.today())
        .map_err(|e| internal(state, e))?;
    Ok(EnrolReply {
        protocol: PROTOCOL_VERSION,
        kiosk_id,
        municipality_number: number,
        municipality_name: name,
    })
}
