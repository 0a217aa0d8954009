//! The mails the owner's actions send, in Norwegian Bokmål: a new results key, a new access
//! code, a contact removed. (A replacement is asked to confirm by registration's own mail.) A mail that carries a code or key
//! holds it in the outbox only until it is sent (see [`crate::mail::outbox`]).
//!
//! Each mail's dedupe key names the action and a random part: the same action taken twice is
//! two mails, while a retry of one mail is never a second.

use crate::db::ContactRow;
use crate::mail::letter;
use crate::mail::outbox::OutgoingMail;

fn dedupe_key(action: &str, object: &str) -> String {
    format!("admin:{action}:{object}:{}", crate::secrets::random_id())
}

pub fn new_key(
    contact: &ContactRow,
    municipality_name: &str,
    key: &str,
    public_url: &str,
) -> OutgoingMail {
    let base = public_url.trim_end_matches('/');
    OutgoingMail {
        dedupe_key: dedupe_key("reissue-key", &contact.id),
        to: contact.email.clone(),
        subject: "Ny resultatnøkkel for spørreundersøkelsen".into(),
        body: format!(
            "Hei {},\n\nDu har fått en ny personlig resultatnøkkel for {} ({}). Den gamle \
             nøkkelen virker ikke lenger.\n\nDin nye nøkkel: {key}\n\nBruk den på kommunens \
             resultatside, {base}/results/{}. Ikke del nøkkelen med andre.{signature}",
            contact.name,
            municipality_name,
            contact.municipality,
            contact.municipality,
            signature = letter::signature(),
        ),
    }
}

pub fn new_code(
    contact: &ContactRow,
    municipality_name: &str,
    code: &str,
    owner_message: &str,
) -> OutgoingMail {
    let message = if owner_message.trim().is_empty() {
        String::new()
    } else {
        format!("\n\n{}", owner_message.trim())
    };
    OutgoingMail {
        dedupe_key: dedupe_key(
            "rotate-code",
            &format!("{}:{}", contact.municipality, contact.id),
        ),
        to: contact.email.clone(),
        subject: format!("Ny tilgangskode for {municipality_name}"),
        body: format!(
            "Hei {},\n\n{} ({}) har fått en ny tilgangskode til spørreundersøkelsen. Bruk den \
             når en ny kiosk skal registreres og i lenken til nettundersøkelsen. Den gamle koden \
             kan ikke lenger registrere nye kiosker, men kiosker som alt er registrert, fortsetter \
             å sende svar som før.\n\nNy tilgangskode: {code}{message}{signature}",
            contact.name,
            municipality_name,
            contact.municipality,
            signature = letter::signature(),
        ),
    }
}

/// To the removed contact, and to each contact who stays.
pub fn removed(
    removed: &ContactRow,
    recipient: &ContactRow,
    municipality_name: &str,
) -> OutgoingMail {
    let body = if recipient.id == removed.id {
        format!(
            "Hei {},\n\nDu er ikke lenger kontaktperson for spørreundersøkelsen i {} ({}). \
             Resultatnøkkelen din virker ikke lenger.{signature}",
            removed.name,
            municipality_name,
            removed.municipality,
            signature = letter::signature(),
        )
    } else {
        format!(
            "Hei {},\n\n{} ({}) er ikke lenger kontaktperson for spørreundersøkelsen i {} \
             ({}). Du er fortsatt kontaktperson.{signature}",
            recipient.name,
            removed.name,
            removed.email,
            municipality_name,
            removed.municipality,
            signature = letter::signature(),
        )
    };
    OutgoingMail {
        dedupe_key: dedupe_key(
            "remove-contact",
            &format!("{}:{}", removed.id, recipient.id),
        ),
        to: recipient.email.clone(),
        subject: format!("Endring av kontaktpersoner for {municipality_name}"),
        body,
    }
}
