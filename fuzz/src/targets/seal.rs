//! The sealed envelope (`sync::seal`): the shape check the collector applies to every sealed
//! response it cannot open, opening as the publisher does it (the `age` crate with the
//! survey's identity), and the recipient text a pack names.

use std::str::FromStr;

use sync::seal::{has_sealed_shape, sealed_len, Recipient};

use crate::{broken, fixtures, FuzzError, Target};

pub struct Seal {
    identity: age::x25519::Identity,
    recipient: Recipient,
    recipient_text: String,
}

impl Seal {
    pub fn new() -> Result<Self, FuzzError> {
        let identity = age::x25519::Identity::generate();
        let recipient_text = identity.to_public().to_string();
        let recipient = Recipient::from_str(&recipient_text).map_err(fixtures::setup)?;
        Ok(Seal {
            identity,
            recipient,
            recipient_text,
        })
    }
}

impl Target for Seal {
    fn name(&self) -> &'static str {
        "seal"
    }

    fn seeds(&self) -> Vec<Vec<u8>> {
        let seal = |plaintext: &[u8]| sync::seal(&self.recipient, plaintext).expect("seals");
        vec![
            seal(br#"{"format":1,"answers":{}}"#),
            seal(b""),
            // The size every demo response is padded to.
            seal(&[b' '; 8192]),
            self.recipient_text.clone().into_bytes(),
        ]
    }

    fn run(&mut self, input: &[u8]) -> Result<String, FuzzError> {
        let shape = has_sealed_shape(input);
        let opened = age::decrypt(&self.identity, input);
        if let (true, Ok(plaintext)) = (shape, &opened) {
            // What the collector takes by its shape and the publisher opens has exactly the
            // length sealing that plaintext gives, so the length check of web deliveries holds.
            let expected = sealed_len(plaintext.len());
            if input.len() != expected {
                return Err(broken!(
                    "an opened file of {} bytes has the sealed shape, but sealing {} bytes makes {expected}",
                    input.len(),
                    plaintext.len()
                ));
            }
        }
        let recipient = match std::str::from_utf8(input).map(Recipient::from_str) {
            Ok(Ok(recipient)) => {
                // A recipient that parses either seals or is refused cleanly (low-order keys).
                match sync::seal(&recipient, b"{}") {
                    Ok(sealed) if !has_sealed_shape(&sealed) => {
                        return Err(broken!(
                            "a seal to a parsed recipient lacks the sealed shape"
                        ))
                    }
                    Ok(_) => "recipient",
                    Err(sync::SyncError::Crypto) => "recipient_refused_by_seal",
                    Err(other) => return Err(broken!("sealing failed with {other:?}")),
                }
            }
            Ok(Err(sync::SyncError::BadRecipient(_))) | Err(_) => "no_recipient",
            Ok(Err(other)) => return Err(broken!("a recipient was refused with {other:?}")),
        };
        let opened = match opened {
            Ok(_) => "opened".to_owned(),
            Err(e) => kind(&format!("{e:?}")),
        };
        Ok(format!("shape={shape} {opened} {recipient}"))
    }
}

/// The variant name of a debug-printed error, without its details.
fn kind(debug: &str) -> String {
    debug
        .split(['(', ' ', '{'])
        .next()
        .unwrap_or_default()
        .to_owned()
}
