//! Enrolment: the coordinator types the municipality's access code once; the kiosk makes its own
//! Ed25519 device key, sends the public half with the code, and keeps the kiosk id the collector
//! answers with. Batches are signed with that key from then on.

use serde::Serialize;
use sync::batch::DeviceKey;
use sync::client::Client;
use sync::wire::EnrolRequest;
use sync::PROTOCOL_VERSION;

use crate::store::Store;
use crate::KioskError;

const DEVICE_KEY: &str = "device.pkcs8";
const KIOSK_ID: &str = "enrolment.kiosk_id";
const MUNICIPALITY_NUMBER: &str = "enrolment.municipality_number";
const MUNICIPALITY_NAME: &str = "enrolment.municipality_name";
const COLLECTOR_URL: &str = "enrolment.collector_url";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Enrolment {
    pub kiosk_id: String,
    pub municipality_number: String,
    pub municipality_name: String,
    pub collector_url: String,
}

pub fn current(store: &Store) -> Result<Option<Enrolment>, KioskError> {
    let Some(kiosk_id) = store.setting(KIOSK_ID)? else {
        return Ok(None);
    };
    Ok(Some(Enrolment {
        kiosk_id,
        municipality_number: store.setting(MUNICIPALITY_NUMBER)?.unwrap_or_default(),
        municipality_name: store.setting(MUNICIPALITY_NAME)?.unwrap_or_default(),
        collector_url: store.setting(COLLECTOR_URL)?.unwrap_or_default(),
    }))
}

/// The kiosk's device key, made on first use and kept.
pub fn device_key(store: &mut Store) -> Result<DeviceKey, KioskError> {
    if let Some(pkcs8) = store.setting(DEVICE_KEY)? {
        return Ok(DeviceKey::from_pkcs8_base64(&pkcs8)?);
    }
    let (key, pkcs8) = DeviceKey::generate();
    store.set_setting(DEVICE_KEY, &pkcs8)?;
    Ok(key)
}

pub fn enrol(
    store: &mut Store,
    client: &Client,
    collector_url: &str,
    access_code: &str,
) -> Result<Enrolment, KioskError> {
    let key = device_key(store)?;
    let reply = client
        .enrol(&EnrolRequest {
            protocol: PROTOCOL_VERSION,
            access_code: access_code.trim().to_owned(),
            device_public_key: key.public_key_base64(),
        })
        .map_err(KioskError::from_sync)?;
    store.set_settings(&[
        (KIOSK_ID, &reply.kiosk_id),
        (MUNICIPALITY_NUMBER, &reply.municipality_number),
        (MUNICIPALITY_NAME, &reply.municipality_name),
        (COLLECTOR_URL, collector_url),
    ])?;
    Ok(Enrolment {
        kiosk_id: reply.kiosk_id,
        municipality_number: reply.municipality_number,
        municipality_name: reply.municipality_name,
        collector_url: collector_url.to_owned(),
    })
}
