//! Ed25519 signatures over content-pack manifests, with ring.
//!
//! The signature covers a domain-separation prefix followed by the manifest's exact bytes, so a
//! signature made for any other purpose with the same key can never pass as a manifest's.
//! Keys live in text files: the secret key as base64 PKCS#8, the public key as base64 of its
//! 32 bytes, which is what a kiosk build pins.

use std::path::Path;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair, UnparsedPublicKey, ED25519};

use crate::SurveyError;

pub const MANIFEST_CONTEXT: &[u8] = b"survey-kiosk content-pack manifest v1\0";

/// The domain-separated message that is actually signed.
pub fn message_with_context(context: &[u8], bytes: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(context.len() + bytes.len());
    message.extend_from_slice(context);
    message.extend_from_slice(bytes);
    message
}

pub struct PackSigningKey {
    pair: Ed25519KeyPair,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackVerifyingKey {
    bytes: [u8; 32],
}

impl PackSigningKey {
    /// Makes a new key and returns it with its PKCS#8 document in base64, for the key file.
    pub fn generate() -> (Self, String) {
        let rng = SystemRandom::new();
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).expect("the system RNG works");
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).expect("ring made this document");
        (PackSigningKey { pair }, BASE64.encode(pkcs8.as_ref()))
    }

    pub fn from_file(path: &Path) -> Result<Self, SurveyError> {
        let text = std::fs::read_to_string(path).map_err(SurveyError::io(path))?;
        let bad = |detail: &str| SurveyError::BadKey {
            path: path.into(),
            detail: detail.into(),
        };
        let der = BASE64.decode(text.trim()).map_err(|_| bad("not base64"))?;
        let pair =
            Ed25519KeyPair::from_pkcs8(&der).map_err(|_| bad("not an Ed25519 PKCS#8 key"))?;
        Ok(PackSigningKey { pair })
    }

    pub fn verifying_key(&self) -> PackVerifyingKey {
        let mut bytes = [0u8; 32];
        bytes.copy_from_slice(self.pair.public_key().as_ref());
        PackVerifyingKey { bytes }
    }

    pub fn sign(&self, context: &[u8], bytes: &[u8]) -> [u8; 64] {
        let signature = self.pair.sign(&message_with_context(context, bytes));
        let mut out = [0u8; 64];
        out.copy_from_slice(signature.as_ref());
        out
    }
}

impl PackVerifyingKey {
    pub fn from_base64(text: &str) -> Option<Self> {
        let raw = BASE64.decode(text.trim()).ok()?;
        Some(PackVerifyingKey {
            bytes: raw.try_into().ok()?,
        })
    }

    pub fn from_file(path: &Path) -> Result<Self, SurveyError> {
        let text = std::fs::read_to_string(path).map_err(SurveyError::io(path))?;
        PackVerifyingKey::from_base64(&text).ok_or_else(|| SurveyError::BadKey {
            path: path.into(),
            detail: "not the base64 of a 32-byte Ed25519 public key".into(),
        })
    }

    pub fn to_base64(&self) -> String {
        BASE64.encode(self.bytes)
    }

    pub fn verify(&self, context: &[u8], bytes: &[u8], signature: &[u8]) -> bool {
        UnparsedPublicKey::new(&ED25519, self.bytes)
            .verify(&message_with_context(context, bytes), signature)
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_only_for_its_bytes_key_and_context() {
        let (key, _) = PackSigningKey::generate();
        let (other, _) = PackSigningKey::generate();
        let public = key.verifying_key();
        let signature = key.sign(MANIFEST_CONTEXT, b"manifest");
        assert!(public.verify(MANIFEST_CONTEXT, b"manifest", &signature));
        assert!(!public.verify(MANIFEST_CONTEXT, b"manifesT", &signature));
        assert!(!public.verify(b"another purpose\0", b"manifest", &signature));
        assert!(!other
            .verifying_key()
            .verify(MANIFEST_CONTEXT, b"manifest", &signature));
    }

    #[test]
    fn keys_round_trip_through_their_files() {
        let dir = tempfile::tempdir().unwrap();
        let (key, pkcs8) = PackSigningKey::generate();
        std::fs::write(dir.path().join("secret"), &pkcs8).unwrap();
        std::fs::write(dir.path().join("public"), key.verifying_key().to_base64()).unwrap();
        let loaded = PackSigningKey::from_file(&dir.path().join("secret")).unwrap();
        let public = PackVerifyingKey::from_file(&dir.path().join("public")).unwrap();
        assert_eq!(loaded.verifying_key(), public);
        std::fs::write(dir.path().join("public"), "not a key").unwrap();
        assert!(PackVerifyingKey::from_file(&dir.path().join("public")).is_err());
    }
}
