//! Device keys and batch signatures. A kiosk signs each batch with its own Ed25519 key, made
//! fresh at each enrolment, so that the collector knows which enrolled kiosk sent it and one lost
//! kiosk can be revoked without changing its municipality's access code.
//!
//! The signature covers the kiosk id and the collector's id as well as the body: a batch cannot
//! be passed off as another kiosk's, nor replayed to another collector (a test or training one
//! the same kiosk once enrolled with).

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair, UnparsedPublicKey, ED25519};

use crate::wire::{BatchBody, SignedBatch};
use crate::{SyncError, PROTOCOL_VERSION};

/// Domain separation: a batch signature can never pass for a signature of anything else.
pub const BATCH_CONTEXT: &[u8] = b"survey-kiosk batch v2\0";

pub struct DeviceKey {
    pair: Ed25519KeyPair,
}

impl DeviceKey {
    /// A new key and its PKCS#8 document (base64) for the kiosk to keep.
    pub fn generate() -> (Self, String) {
        let pkcs8 =
            Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).expect("the system RNG works");
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).expect("ring made this document");
        (DeviceKey { pair }, BASE64.encode(pkcs8.as_ref()))
    }

    pub fn from_pkcs8_base64(text: &str) -> Result<Self, SyncError> {
        let der = BASE64.decode(text.trim()).map_err(|_| SyncError::Crypto)?;
        let pair = Ed25519KeyPair::from_pkcs8(&der).map_err(|_| SyncError::Crypto)?;
        Ok(DeviceKey { pair })
    }

    pub fn public_key_base64(&self) -> String {
        BASE64.encode(self.pair.public_key().as_ref())
    }

    /// Signs `body` as kiosk `kiosk_id`'s batch for the collector `collector_id` (what the
    /// collector's enrolment reply named).
    pub fn sign_batch(&self, kiosk_id: &str, collector_id: &str, body: &BatchBody) -> SignedBatch {
        let body = serde_json::to_string(body).expect("a batch serialises");
        let signature = self
            .pair
            .sign(&signed_message(kiosk_id, collector_id, body.as_bytes()));
        SignedBatch {
            protocol: PROTOCOL_VERSION,
            kiosk_id: kiosk_id.to_owned(),
            body,
            signature: BASE64.encode(signature.as_ref()),
        }
    }
}

/// Checks a batch's signature against a device public key (raw 32 bytes), as a batch of the
/// kiosk it names for the collector `collector_id`.
pub fn verify_batch(batch: &SignedBatch, device_public_key: &[u8], collector_id: &str) -> bool {
    let Ok(signature) = BASE64.decode(&batch.signature) else {
        return false;
    };
    let message = signed_message(&batch.kiosk_id, collector_id, batch.body.as_bytes());
    UnparsedPublicKey::new(&ED25519, device_public_key)
        .verify(&message, &signature)
        .is_ok()
}

/// What a batch signature signs: context, then kiosk id and collector id each after its length
/// (so no two pairs of ids run together the same way), then the body.
pub fn signed_message(kiosk_id: &str, collector_id: &str, body: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(
        BATCH_CONTEXT.len() + 8 + kiosk_id.len() + collector_id.len() + body.len(),
    );
    message.extend_from_slice(BATCH_CONTEXT);
    for id in [kiosk_id, collector_id] {
        message.extend_from_slice(&(id.len() as u32).to_be_bytes());
        message.extend_from_slice(id.as_bytes());
    }
    message.extend_from_slice(body);
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body() -> BatchBody {
        BatchBody { responses: vec![] }
    }

    #[test]
    fn a_batch_verifies_under_its_device_key_only_and_only_unchanged() {
        let (key, pkcs8) = DeviceKey::generate();
        let public = BASE64.decode(key.public_key_base64()).unwrap();
        let batch = key.sign_batch("kiosk-1", "collector-a", &body());
        assert!(verify_batch(&batch, &public, "collector-a"));

        let mut changed = batch.clone();
        changed.body = changed.body.replace("[]", "[ ]");
        assert!(!verify_batch(&changed, &public, "collector-a"));

        let (other, _) = DeviceKey::generate();
        let other_public = BASE64.decode(other.public_key_base64()).unwrap();
        assert!(!verify_batch(&batch, &other_public, "collector-a"));

        let reloaded = DeviceKey::from_pkcs8_base64(&pkcs8).unwrap();
        assert_eq!(reloaded.public_key_base64(), key.public_key_base64());
    }

    #[test]
    fn a_batch_verifies_only_as_the_kiosk_and_for_the_collector_it_was_signed_for() {
        let (key, _) = DeviceKey::generate();
        let public = BASE64.decode(key.public_key_base64()).unwrap();
        let batch = key.sign_batch("kiosk-1", "collector-a", &body());
        assert!(
            !verify_batch(&batch, &public, "collector-b"),
            "replayed elsewhere"
        );
        let mut renamed = batch.clone();
        renamed.kiosk_id = "kiosk-2".into();
        assert!(
            !verify_batch(&renamed, &public, "collector-a"),
            "passed off as another kiosk"
        );
        // Moving a character from one id to the other does not give the same signed message.
        let mut moved = batch.clone();
        moved.kiosk_id = "kiosk-1c".into();
        assert!(!verify_batch(&moved, &public, "ollector-a"));
    }
}
