//! Enrolment: the coordinator types the municipality's access code once; the kiosk makes a fresh
//! Ed25519 device key, sends the public half with the code, and keeps the kiosk id and collector
//! id the collector answers with. Batches are signed with that key, for that kiosk and collector,
//! from then on. The key is kept only once the collector has said yes, so a failed enrolment
//! leaves the previous one working.
//!
//! Unsent responses belong to the municipality they were answered for: a kiosk holding some
//! cannot be enrolled to another municipality until they are sent.

use serde::Serialize;
use sync::batch::DeviceKey;
use sync::client::Client;
use sync::wire::{EnrolReply, EnrolRequest};
use sync::PROTOCOL_VERSION;

use crate::store::Store;
use crate::KioskError;

const DEVICE_KEY: &str = "device.pkcs8";
const KIOSK_ID: &str = "enrolment.kiosk_id";
const MUNICIPALITY_NUMBER: &str = "enrolment.municipality_number";
const MUNICIPALITY_NAME: &str = "enrolment.municipality_name";
const COLLECTOR_URL: &str = "enrolment.collector_url";
const COLLECTOR_ID: &str = "enrolment.collector_id";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Enrolment {
    pub kiosk_id: String,
    pub municipality_number: String,
    pub municipality_name: String,
    pub collector_url: String,
    /// What the collector calls itself; every batch signature covers it.
    pub collector_id: String,
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
        collector_id: store.setting(COLLECTOR_ID)?.unwrap_or_default(),
    }))
}

/// The device key of the current enrolment.
pub fn device_key(store: &Store) -> Result<DeviceKey, KioskError> {
    let pkcs8 = store.setting(DEVICE_KEY)?.ok_or(KioskError::NotEnrolled)?;
    Ok(DeviceKey::from_pkcs8_base64(&pkcs8)?)
}

/// The municipality number an access code starts with ("0301-..."), if it has one.
fn municipality_of(code: &str) -> Option<&str> {
    let code = code.trim();
    let digits = code.chars().take_while(char::is_ascii_digit).count();
    (digits == 4).then(|| &code[..4])
}

/// Refuses to move unsent responses to another municipality than the enrolled one.
fn keep_unsent_with_their_municipality(
    store: &Store,
    new_municipality: &str,
) -> Result<(), KioskError> {
    let Some(current) = current(store)? else {
        return Ok(());
    };
    let pending = store.counts()?.pending;
    if pending > 0 && current.municipality_number != new_municipality {
        return Err(KioskError::UnsentForOtherMunicipality {
            pending,
            municipality: current.municipality_name,
        });
    }
    Ok(())
}

/// What can be checked before asking the collector: unsent responses stay with their
/// municipality, as far as the code's number tells.
pub fn check_before(store: &Store, access_code: &str) -> Result<(), KioskError> {
    match municipality_of(access_code) {
        Some(number) => keep_unsent_with_their_municipality(store, number),
        None => Ok(()),
    }
}

/// Asks the collector with a fresh device key, under the name the coordinator chose (if
/// any); returns its answer and the key to keep.
pub fn request(
    client: &Client,
    access_code: &str,
    kiosk_name: Option<&str>,
) -> Result<(EnrolReply, String), KioskError> {
    let (key, pkcs8) = DeviceKey::generate();
    let reply = client
        .enrol(&EnrolRequest {
            protocol: PROTOCOL_VERSION,
            access_code: access_code.trim().to_owned(),
            device_public_key: key.public_key_base64(),
            kiosk_name: kiosk_name
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(str::to_owned),
        })
        .map_err(KioskError::from_sync)?;
    Ok((reply, pkcs8))
}

/// Keeps what the collector answered, with the key it enrolled, in one transaction.
pub fn keep(
    store: &mut Store,
    collector_url: &str,
    reply: EnrolReply,
    pkcs8: &str,
) -> Result<Enrolment, KioskError> {
    // The code's number said which municipality; the collector's answer is what counts (and
    // responses may have been finished while the request was on its way).
    keep_unsent_with_their_municipality(store, &reply.municipality_number)?;
    store.set_settings(&[
        (DEVICE_KEY, pkcs8),
        (KIOSK_ID, &reply.kiosk_id),
        (MUNICIPALITY_NUMBER, &reply.municipality_number),
        (MUNICIPALITY_NAME, &reply.municipality_name),
        (COLLECTOR_URL, collector_url),
        (COLLECTOR_ID, &reply.collector_id),
    ])?;
    Ok(Enrolment {
        kiosk_id: reply.kiosk_id,
        municipality_number: reply.municipality_number,
        municipality_name: reply.municipality_name,
        collector_url: collector_url.to_owned(),
        collector_id: reply.collector_id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_names_its_municipality_by_its_four_first_digits() {
        assert_eq!(municipality_of(" 0301-ABCD-EFGH"), Some("0301"));
        assert_eq!(municipality_of("0301"), Some("0301"));
        assert_eq!(municipality_of("030-ABCD"), None);
        assert_eq!(municipality_of("03011-ABCD"), None);
        assert_eq!(municipality_of("ABCD-0301"), None);
    }

    fn enrolled_to(store: &mut Store, number: &str, name: &str) -> String {
        let (_, pkcs8) = DeviceKey::generate();
        store
            .set_settings(&[
                (DEVICE_KEY, &pkcs8),
                (KIOSK_ID, "kiosk-1"),
                (MUNICIPALITY_NUMBER, number),
                (MUNICIPALITY_NAME, name),
                (COLLECTOR_URL, "https://collector.example"),
                (COLLECTOR_ID, "collector-a"),
            ])
            .unwrap();
        pkcs8
    }

    fn one_pending(store: &mut Store) {
        store
            .add_sealed(&crate::store::Sealed {
                response_id: "r1".into(),
                survey_id: "s".into(),
                survey_version: 1,
                completed_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
                sealed: b"sealed".to_vec(),
            })
            .unwrap();
    }

    #[test]
    fn the_enrolment_and_its_key_are_read_back_from_the_store_and_absent_before() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("kiosk.sqlite")).unwrap();
        assert_eq!(current(&store).unwrap(), None);
        assert!(matches!(device_key(&store), Err(KioskError::NotEnrolled)));

        let pkcs8 = enrolled_to(&mut store, "0301", "Oslo");
        assert_eq!(
            current(&store).unwrap(),
            Some(Enrolment {
                kiosk_id: "kiosk-1".into(),
                municipality_number: "0301".into(),
                municipality_name: "Oslo".into(),
                collector_url: "https://collector.example".into(),
                collector_id: "collector-a".into(),
            })
        );
        let kept = DeviceKey::from_pkcs8_base64(&pkcs8).unwrap();
        assert_eq!(
            device_key(&store).unwrap().public_key_base64(),
            kept.public_key_base64()
        );
    }

    #[test]
    fn unsent_responses_keep_a_kiosk_with_their_municipality_and_only_unsent_ones_do() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("kiosk.sqlite")).unwrap();
        one_pending(&mut store);
        assert!(
            keep_unsent_with_their_municipality(&store, "4601").is_ok(),
            "not enrolled: nothing to keep them with"
        );
        let mut store = Store::open(&dir.path().join("enrolled.sqlite")).unwrap();
        enrolled_to(&mut store, "0301", "Oslo");
        assert!(
            keep_unsent_with_their_municipality(&store, "4601").is_ok(),
            "nothing unsent: any municipality"
        );
        one_pending(&mut store);
        assert!(
            keep_unsent_with_their_municipality(&store, "0301").is_ok(),
            "the same municipality again"
        );
        match keep_unsent_with_their_municipality(&store, "4601") {
            Err(KioskError::UnsentForOtherMunicipality {
                pending,
                municipality,
            }) => assert_eq!((pending, municipality.as_str()), (1, "Oslo")),
            other => panic!("{other:?}"),
        }
    }
}
