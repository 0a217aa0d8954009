//! Access codes and results keys: made here, shown once, stored only as salted PBKDF2 hashes
//! (ring), and checked in constant time.
//!
//! An access code starts with its municipality's number ("0301-K7QM-..."), so the collector
//! checks one hash, not every municipality's, and can throttle guesses per municipality.

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};

use ring::pbkdf2;
use ring::rand::{SecureRandom, SystemRandom};

const ITERATIONS: NonZeroU32 = match NonZeroU32::new(100_000) {
    Some(n) => n,
    None => unreachable!(),
};
const ALGORITHM: pbkdf2::Algorithm = pbkdf2::PBKDF2_HMAC_SHA256;
/// Letters and digits a person cannot confuse when reading them aloud or typing them.
const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A salted hash: 16 bytes of salt, 32 of PBKDF2-HMAC-SHA256.
pub struct Hashed {
    pub salt: Vec<u8>,
    pub hash: Vec<u8>,
}

/// PBKDF2 derivations made so far by this process (hashes and checks): what a guess costs.
pub fn derivations() -> u64 {
    DERIVATIONS.load(Ordering::Relaxed)
}

static DERIVATIONS: AtomicU64 = AtomicU64::new(0);

pub fn hash(secret: &str) -> Hashed {
    DERIVATIONS.fetch_add(1, Ordering::Relaxed);
    let mut salt = vec![0u8; 16];
    SystemRandom::new()
        .fill(&mut salt)
        .expect("the system RNG works");
    let mut hash = vec![0u8; 32];
    pbkdf2::derive(
        ALGORITHM,
        ITERATIONS,
        &salt,
        normalise(secret).as_bytes(),
        &mut hash,
    );
    Hashed { salt, hash }
}

/// A hash no secret matches (random bytes in place of a derivation): what a municipality
/// without an issued code, or a contact without an issued key, holds.
pub fn unusable() -> Hashed {
    Hashed {
        salt: random_bytes::<16>().to_vec(),
        hash: random_bytes::<32>().to_vec(),
    }
}

/// SHA-256 of a long random token (a confirmation link's): no salt or stretching needed, since
/// the token itself has 256 random bits.
pub fn token_hash(token: &str) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, token.trim().as_bytes())
        .as_ref()
        .to_vec()
}

/// A token for a link: 256 random bits, URL-safe.
pub fn random_token() -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

/// Constant-time comparison inside ring.
pub fn verify(secret: &str, salt: &[u8], hash: &[u8]) -> bool {
    DERIVATIONS.fetch_add(1, Ordering::Relaxed);
    pbkdf2::verify(
        ALGORITHM,
        ITERATIONS,
        salt,
        normalise(secret).as_bytes(),
        hash,
    )
    .is_ok()
}

/// Codes are typed by people: case, spaces and dashes do not matter.
fn normalise(secret: &str) -> String {
    secret
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// `groups` groups of four unambiguous characters, 20 bits of entropy per group.
pub fn random_groups(groups: usize) -> String {
    let mut bytes = vec![0u8; groups * 4];
    SystemRandom::new()
        .fill(&mut bytes)
        .expect("the system RNG works");
    bytes
        .chunks(4)
        .map(|chunk| {
            chunk
                .iter()
                .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// A municipality's access code: its number, then 80 random bits.
pub fn new_access_code(municipality: &str) -> String {
    format!("{municipality}-{}", random_groups(4))
}

/// The municipality number an access code names, if it is well formed.
pub fn municipality_of(code: &str) -> Option<String> {
    let number: String = code
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    (number.len() == 4).then_some(number)
}

/// Random bytes from the system's generator.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    SystemRandom::new()
        .fill(&mut bytes)
        .expect("the system RNG works");
    bytes
}

/// Random opaque identifiers (kiosk ids, contact ids).
pub fn random_id() -> String {
    let mut bytes = [0u8; 12];
    SystemRandom::new()
        .fill(&mut bytes)
        .expect("the system RNG works");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_verifies_however_it_is_typed_and_a_wrong_one_does_not() {
        let code = new_access_code("0301");
        assert!(code.starts_with("0301-"));
        assert_eq!(municipality_of(&code).as_deref(), Some("0301"));
        let stored = hash(&code);
        assert!(verify(&code, &stored.salt, &stored.hash));
        assert!(verify(
            &code.to_lowercase().replace('-', " "),
            &stored.salt,
            &stored.hash
        ));
        let mut wrong = code.clone();
        wrong.pop();
        wrong.push(if code.ends_with('A') { 'B' } else { 'A' });
        assert!(!verify(&wrong, &stored.salt, &stored.hash));
        assert_ne!(hash(&code).salt, stored.salt, "every hash has its own salt");
    }

    #[test]
    fn malformed_codes_name_no_municipality() {
        assert_eq!(municipality_of("03-ABCD"), None);
        assert_eq!(municipality_of("ABCD-0301"), None);
    }

    #[test]
    fn random_groups_are_groups_of_four_unambiguous_characters_that_can_be_any_of_them() {
        let groups = random_groups(500);
        let parts: Vec<&str> = groups.split('-').collect();
        assert_eq!(parts.len(), 500);
        assert!(parts.iter().all(|part| part.len() == 4));
        let used: std::collections::BTreeSet<u8> = parts.concat().bytes().collect();
        // 2 000 draws miss one of 32 characters with a probability below 1e-25.
        assert_eq!(used, ALPHABET.iter().copied().collect(), "{groups}");
        assert_ne!(random_groups(4), random_groups(4));
    }

    #[test]
    fn random_bytes_and_ids_never_repeat() {
        assert_ne!(random_bytes::<16>(), random_bytes::<16>());
        let id = random_id();
        assert_eq!(id.len(), 24);
        assert!(id.bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
        assert_ne!(random_id(), id);
    }

    #[test]
    fn each_hash_and_each_check_is_counted_as_one_derivation() {
        let before = derivations();
        let stored = hash("0301-AAAA");
        assert!(verify("0301-AAAA", &stored.salt, &stored.hash));
        // Other tests in this binary may derive at the same time: at least ours are counted.
        assert!(derivations() >= before + 2);
    }
}
