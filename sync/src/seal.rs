//! Sealing a response to the collector: the age v1 format with one X25519 recipient, built on
//! ring (<https://age-encryption.org/v1>).
//!
//! The kiosk only ever holds the collector's public key, so what it seals it cannot open again:
//! a stolen kiosk reveals no answers. Because the output is real age, the collector opens it with
//! the `age` crate and anyone holding the identity can check it with the `age` command.

use std::str::FromStr;

use base64::engine::general_purpose::STANDARD_NO_PAD as BASE64;
use base64::Engine;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305};
use ring::agreement::{agree_ephemeral, EphemeralPrivateKey, UnparsedPublicKey, X25519};
use ring::rand::{SecureRandom, SystemRandom};
use ring::{hkdf, hmac};

use crate::SyncError;

const INTRO: &[u8] = b"age-encryption.org/v1\n";
const X25519_INFO: &[u8] = b"age-encryption.org/v1/X25519";
const CHUNK: usize = 64 * 1024;
const TAG: usize = 16;

/// An age X25519 recipient, parsed from its "age1..." Bech32 text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient([u8; 32]);

impl FromStr for Recipient {
    type Err = SyncError;

    fn from_str(text: &str) -> Result<Self, SyncError> {
        let bad = || SyncError::BadRecipient(text.chars().take(80).collect());
        let (hrp, data) = bech32::decode(text.trim()).map_err(|_| bad())?;
        if hrp.as_str() != "age" {
            return Err(bad());
        }
        Ok(Recipient(data.try_into().map_err(|_| bad())?))
    }
}

/// Seals `plaintext` to `recipient` as an age v1 file (binary, not armored).
pub fn seal(recipient: &Recipient, plaintext: &[u8]) -> Result<Vec<u8>, SyncError> {
    let rng = SystemRandom::new();
    let mut file_key = [0u8; 16];
    rng.fill(&mut file_key).map_err(|_| SyncError::Crypto)?;

    let ephemeral = EphemeralPrivateKey::generate(&X25519, &rng).map_err(|_| SyncError::Crypto)?;
    let ephemeral_share = ephemeral
        .compute_public_key()
        .map_err(|_| SyncError::Crypto)?;
    let peer = UnparsedPublicKey::new(&X25519, recipient.0);
    let mut salt = Vec::with_capacity(64);
    salt.extend_from_slice(ephemeral_share.as_ref());
    salt.extend_from_slice(&recipient.0);
    let wrap_key = agree_ephemeral(ephemeral, &peer, |shared| {
        // A low-order recipient key gives an all-zero secret; age requires refusing it.
        if shared.iter().all(|b| *b == 0) {
            return None;
        }
        Some(hkdf_32(&salt, shared, X25519_INFO))
    })
    .map_err(|_| SyncError::Crypto)?
    .ok_or(SyncError::Crypto)?;
    let mut wrapped = file_key.to_vec();
    aead_seal(&wrap_key, [0u8; 12], &mut wrapped)?;

    let mut out = Vec::with_capacity(plaintext.len() + 256);
    out.extend_from_slice(INTRO);
    out.extend_from_slice(b"-> X25519 ");
    out.extend_from_slice(BASE64.encode(ephemeral_share.as_ref()).as_bytes());
    out.push(b'\n');
    // The 32-byte body encodes to 43 columns: one line, shorter than the 64-column wrap.
    out.extend_from_slice(BASE64.encode(&wrapped).as_bytes());
    out.push(b'\n');
    out.extend_from_slice(b"---");
    let mac_key = hmac::Key::new(hmac::HMAC_SHA256, &hkdf_32(&[], &file_key, b"header"));
    let mac = hmac::sign(&mac_key, &out);
    out.push(b' ');
    out.extend_from_slice(BASE64.encode(mac.as_ref()).as_bytes());
    out.push(b'\n');

    let mut payload_nonce = [0u8; 16];
    rng.fill(&mut payload_nonce)
        .map_err(|_| SyncError::Crypto)?;
    out.extend_from_slice(&payload_nonce);
    let payload_key = hkdf_32(&payload_nonce, &file_key, b"payload");
    let chunks: Vec<&[u8]> = if plaintext.is_empty() {
        vec![&[]]
    } else {
        plaintext.chunks(CHUNK).collect()
    };
    let last = chunks.len() - 1;
    for (counter, chunk) in chunks.into_iter().enumerate() {
        let mut nonce = [0u8; 12];
        nonce[3..11].copy_from_slice(&(counter as u64).to_be_bytes());
        nonce[11] = u8::from(counter == last);
        let mut buffer = Vec::with_capacity(chunk.len() + TAG);
        buffer.extend_from_slice(chunk);
        aead_seal(&payload_key, nonce, &mut buffer)?;
        out.extend_from_slice(&buffer);
    }
    Ok(out)
}

fn aead_seal(key: &[u8; 32], nonce: [u8; 12], in_out: &mut Vec<u8>) -> Result<(), SyncError> {
    let key =
        LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, key).map_err(|_| SyncError::Crypto)?);
    key.seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), in_out)
        .map_err(|_| SyncError::Crypto)
}

struct Len32;

impl hkdf::KeyType for Len32 {
    fn len(&self) -> usize {
        32
    }
}

fn hkdf_32(salt: &[u8], ikm: &[u8], info: &[u8]) -> [u8; 32] {
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(ikm);
    let info = [info];
    let okm = prk
        .expand(&info, Len32)
        .expect("32 bytes is a valid HKDF-SHA256 length");
    let mut out = [0u8; 32];
    okm.fill(&mut out).expect("the length matches");
    out
}

/// The size of an age file sealing `plaintext_len` bytes to one X25519 recipient: the fixed
/// header, the payload nonce, the plaintext and one tag per 64 KiB chunk (at least one).
pub fn sealed_len(plaintext_len: usize) -> usize {
    const HEADER: usize =
        INTRO.len() + "-> X25519 ".len() + 43 + 1 + 43 + 1 + "--- ".len() + 43 + 1;
    HEADER + 16 + plaintext_len + TAG * plaintext_len.div_ceil(CHUNK).max(1)
}

/// Whether `bytes` has the shape of an age file to exactly one X25519 recipient, as every
/// sealed response has (the kiosk's and the browser's alike). Whoever cannot open it can check
/// no more than this; the publisher's opening checks the rest.
pub fn has_sealed_shape(bytes: &[u8]) -> bool {
    let Some(rest) = bytes.strip_prefix(INTRO) else {
        return false;
    };
    let mut lines = rest.splitn(4, |b| *b == b'\n');
    let (Some(stanza), Some(body), Some(mac)) = (lines.next(), lines.next(), lines.next()) else {
        return false;
    };
    let is_b64_32 = |text: &[u8]| BASE64.decode(text).is_ok_and(|decoded| decoded.len() == 32);
    stanza.strip_prefix(b"-> X25519 ").is_some_and(is_b64_32)
        && is_b64_32(body)
        && mac.strip_prefix(b"--- ").is_some_and(is_b64_32)
        && lines.next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::secrecy::ExposeSecret;

    fn identity() -> (age::x25519::Identity, Recipient) {
        let identity = age::x25519::Identity::generate();
        let recipient: Recipient = identity.to_public().to_string().parse().unwrap();
        (identity, recipient)
    }

    #[test]
    fn age_opens_what_we_seal_with_the_exact_bytes() {
        let (identity, recipient) = identity();
        for size in [0, 1, 1000, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17] {
            let plaintext: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            let sealed = seal(&recipient, &plaintext).unwrap();
            assert_eq!(
                age::decrypt(&identity, &sealed).unwrap(),
                plaintext,
                "size {size}"
            );
        }
    }

    #[test]
    fn another_identity_cannot_open_it() {
        let (_, recipient) = identity();
        let (stranger, _) = identity();
        let sealed = seal(&recipient, b"{\"answers\":{}}").unwrap();
        assert!(age::decrypt(&stranger, &sealed).is_err());
    }

    #[test]
    fn changing_any_byte_makes_opening_fail() {
        let (identity, recipient) = identity();
        let sealed = seal(&recipient, b"the answers of one participant").unwrap();
        for position in 0..sealed.len() {
            let mut tampered = sealed.clone();
            tampered[position] ^= 0x01;
            let opened = age::decrypt(&identity, &tampered);
            assert!(
                opened.is_err(),
                "flipping byte {position} of {} went unnoticed",
                sealed.len()
            );
        }
    }

    #[test]
    fn two_seals_of_the_same_text_differ() {
        let (_, recipient) = identity();
        assert_ne!(
            seal(&recipient, b"same").unwrap(),
            seal(&recipient, b"same").unwrap()
        );
    }

    #[test]
    fn sealed_len_is_the_length_of_what_seal_writes() {
        let (_, recipient) = identity();
        for len in [0, 1, 8192, 64 * 1024, 64 * 1024 + 1] {
            assert_eq!(
                seal(&recipient, &vec![b' '; len]).unwrap().len(),
                sealed_len(len),
                "{len}"
            );
        }
    }

    #[test]
    fn a_seal_has_the_sealed_shape_and_other_bytes_do_not() {
        let (_, recipient) = identity();
        let sealed = seal(&recipient, b"{}").unwrap();
        assert!(has_sealed_shape(&sealed));
        assert!(!has_sealed_shape(b"age-encryption.org/v1\n"));
        assert!(!has_sealed_shape(&sealed[1..]));
        let text = String::from_utf8_lossy(&sealed[..168]).into_owned();
        for (from, to) in [("-> X25519 ", "-> scrypt "), ("\n--- ", "\n---X")] {
            let mut changed = text.replacen(from, to, 1).into_bytes();
            changed.extend_from_slice(&sealed[168..]);
            assert!(!has_sealed_shape(&changed), "{from} -> {to}");
        }
        // A share that is not 32 bytes of base64, and a header with nothing after it.
        let mut short = sealed.clone();
        short[32] = b'!';
        assert!(!has_sealed_shape(&short));
        assert!(!has_sealed_shape(&sealed[..167]));
    }

    #[test]
    fn a_malformed_recipient_is_refused() {
        let (identity, _) = identity();
        let secret = identity.to_string();
        assert!(secret.expose_secret().parse::<Recipient>().is_err());
        assert!("age1notbech32".parse::<Recipient>().is_err());
    }
}
