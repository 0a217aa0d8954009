//! The web survey's ticket: what checking an access code gives a page, so that it delivers
//! later (offline too) without the code. It names the municipality, the survey period it was
//! given for (its last day) and the code it was made from (by that code's salt), signed with
//! the key of `web_ticket` (a file beside the database, never in it). So a ticket ends with the
//! period, and one made from a code that was later replaced stops for responses completed after
//! the day it was replaced (`web_survey`). The same for everyone the municipality invites.

use base64::engine::general_purpose::URL_SAFE_NO_PAD as BASE64_URL;
use base64::Engine;
use chrono::NaiveDate;
use ring::hmac;

const CONTEXT: &[u8] = b"survey-kiosk web ticket v2\0";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub municipality: String,
    /// The last day of the survey period the ticket was given in.
    pub closes: NaiveDate,
    /// The salt of the access code the ticket was made from (not secret: it opens nothing).
    pub code_salt: Vec<u8>,
}

fn signed_part(municipality: &str, closes: &str, salt: &str) -> Vec<u8> {
    [
        CONTEXT,
        municipality.as_bytes(),
        b"\0",
        closes.as_bytes(),
        b"\0",
        salt.as_bytes(),
    ]
    .concat()
}

impl Ticket {
    /// `<municipality>.<closes>.<salt>.<signature>`.
    pub fn sign(&self, key: &[u8]) -> String {
        let key = hmac::Key::new(hmac::HMAC_SHA256, key);
        let closes = self.closes.to_string();
        let salt = BASE64_URL.encode(&self.code_salt);
        let tag = hmac::sign(&key, &signed_part(&self.municipality, &closes, &salt));
        format!(
            "{}.{closes}.{salt}.{}",
            self.municipality,
            BASE64_URL.encode(tag.as_ref())
        )
    }

    /// The ticket, if `key` signed it.
    pub fn read(key: &[u8], text: &str) -> Option<Ticket> {
        let key = hmac::Key::new(hmac::HMAC_SHA256, key);
        let mut parts = text.split('.');
        let (municipality, closes, salt, tag) =
            (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let tag = BASE64_URL.decode(tag).ok()?;
        hmac::verify(&key, &signed_part(municipality, closes, salt), &tag).ok()?;
        Some(Ticket {
            municipality: municipality.to_owned(),
            closes: closes.parse().ok()?,
            code_salt: BASE64_URL.decode(salt).ok()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ticket_reads_back_with_its_key_and_nothing_altered_passes() {
        let key = b"0123456789abcdef0123456789abcdef";
        let other = b"fedcba9876543210fedcba9876543210";
        let ticket = Ticket {
            municipality: "0301".into(),
            closes: NaiveDate::from_ymd_opt(2026, 12, 15).unwrap(),
            code_salt: vec![1, 2, 3, 4],
        };
        let text = ticket.sign(key);
        assert_eq!(Ticket::read(key, &text), Some(ticket.clone()));
        assert_eq!(Ticket::read(other, &text), None);
        for altered in [
            text.replacen("0301", "4601", 1),
            text.replacen("2026-12-15", "2027-12-15", 1),
            text.replacen(".AQIDBA.", ".AQIDBQ.", 1),
            format!("{text}.x"),
            text[..text.len() - 1].to_owned(),
            "0301".to_owned(),
        ] {
            assert_ne!(altered, text);
            assert_eq!(Ticket::read(key, &altered), None, "{altered}");
        }
    }
}
