//! The contact persons' use cases that registration and the owner's admin share: registering a
//! contact with the mail that asks them to confirm, and approving one, which issues the
//! municipality's access code with its first approved contact and gives every approved contact
//! without a key their own results key with the code, by e-mail. Each runs in one transaction
//! (the change and its mails together or not at all). Keys are made here and kept only as
//! hashes; the mail's body holds them until it is sent (see [`crate::mail::outbox`]).

use chrono::NaiveDate;

use crate::db::{setting_names, ContactRow, Db, NewContact};
use crate::mail::{outbox, OutgoingMail};
use crate::{code_vault, secrets, CollectorError, DataError};

/// How long a confirmation link works.
pub const CONFIRM_DAYS: u64 = 14;
/// The longest address SMTP takes.
const MAX_EMAIL_CHARS: usize = 254;

/// An address the relay can take: one `@`, a domain with a dot, nothing a header could misuse.
pub fn is_email(email: &str) -> bool {
    email.len() <= MAX_EMAIL_CHARS
        && email.parse::<lettre::Address>().is_ok()
        && email
            .split_once('@')
            .is_some_and(|(_, domain)| domain.contains('.'))
}

/// Registers `contact` and puts the mail with their confirmation link in the outbox, in one
/// transaction; returns the new contact's id.
pub fn register(
    db: &Db,
    contact: &NewContact<'_>,
    municipality_name: &str,
    today: NaiveDate,
    public_url: &str,
) -> Result<String, CollectorError> {
    let token = secrets::random_token();
    let expires = today + chrono::Days::new(CONFIRM_DAYS);
    db.write(|db| {
        let id = db.register_contact(contact, &secrets::token_hash(&token), today, expires)?;
        outbox::enqueue(
            db.connection(),
            &confirmation_mail(
                &id,
                contact.name,
                contact.email,
                municipality_name,
                &token,
                expires,
                public_url,
            ),
        )?;
        Ok(id)
    })
}

pub(crate) fn confirmation_mail(
    contact_id: &str,
    name: &str,
    email: &str,
    municipality: &str,
    token: &str,
    expires: NaiveDate,
    public_url: &str,
) -> OutgoingMail {
    let base = public_url.trim_end_matches('/');
    OutgoingMail {
        dedupe_key: format!("confirm:{contact_id}"),
        to: email.to_owned(),
        subject: format!("Bekreft at du er kontaktperson for {municipality}"),
        body: format!(
            "Hei {name},\n\n\
             Du er registrert som kontaktperson for {municipality} i spørreundersøkelsen for \
             voksne i opplæring.\n\n\
             Åpne denne lenken for å bekrefte e-postadressen din (lenken virker til og med \
             {expires}):\n\n    {base}/register/confirm/{token}\n\n\
             Hvis du ikke kjenner til dette, kan du se bort fra e-posten.\n\n\
             Hilsen\nDirektoratet\n",
            expires = expires.format("%d.%m.%Y"),
        ),
    }
}

/// What an approval did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    /// The municipality's code was issued by this approval (its first).
    pub code_issued: bool,
    /// Code mails put in the outbox (one per contact that got a key now).
    pub code_mails: usize,
}

/// Approves a confirmed contact person and does what that implies: issues the municipality's
/// code if it has none, and mails the code with a new results key to each approved contact that
/// has no key yet. Approving an approved contact again changes nothing and sends nothing.
pub fn approve_contact(
    db: &Db,
    contact_id: &str,
    today: NaiveDate,
    public_url: &str,
) -> Result<Approval, CollectorError> {
    let contact = db
        .contact_row(contact_id)?
        .filter(ContactRow::is_active)
        .ok_or_else(|| DataError::UnknownContact(contact_id.into()))?;
    if contact.confirmed_on.is_none() {
        return Err(CollectorError::ContactNotConfirmed(contact_id.into()));
    }
    let number = contact.municipality.clone();
    let tx = db.transaction()?;
    db.mark_contact_approved(contact_id, today)?;
    let (code, code_issued) = match db.code_issued_on(&number)? {
        None => {
            let code = secrets::new_access_code(&number);
            let sealed = code_vault::seal(db.data_dir(), &number, &code)?;
            db.set_access_code(&number, &secrets::hash(&code), &sealed, today)?;
            (code, true)
        }
        Some(_) => {
            let sealed = db
                .sealed_access_code(&number)?
                .ok_or_else(|| DataError::SealedCodeUnusable(number.clone()))?;
            (code_vault::open(db.data_dir(), &number, &sealed)?, false)
        }
    };
    let name = db.municipality_name(&number)?.unwrap_or_default();
    let message = db.setting(setting_names::CODE_MAIL_MESSAGE)?;
    let mut code_mails = 0;
    for waiting in db
        .contacts_of(&number)?
        .into_iter()
        .filter(|c| c.is_approved() && !c.key_issued)
    {
        let key = format!("{}-{}", waiting.id, secrets::random_groups(5));
        db.set_contact_key(&waiting.id, &secrets::hash(&key))?;
        let mail = code_mail(&waiting, &name, &code, &key, message.as_deref(), public_url);
        if outbox::enqueue(db.connection(), &mail)? {
            code_mails += 1;
        }
    }
    tx.commit()?;
    Ok(Approval {
        code_issued,
        code_mails,
    })
}

/// The mail that gives a contact person the municipality's access code and their own key.
fn code_mail(
    contact: &ContactRow,
    municipality: &str,
    code: &str,
    key: &str,
    owner_message: Option<&str>,
    public_url: &str,
) -> OutgoingMail {
    let base = public_url.trim_end_matches('/');
    let number = &contact.municipality;
    let mut body = format!(
        "Hei {name},\n\n\
         {municipality} er nå med i spørreundersøkelsen for voksne i opplæring.\n\n\
         Tilgangskoden for kommunen er:\n\n    {code}\n\n\
         Den brukes når en kiosk tas i bruk, og når deltakere svarer på nett \
         ({base}/survey/). Del den bare med dem som skal bruke den.\n\n\
         Din personlige resultatnøkkel er:\n\n    {key}\n\n\
         Med den ser du fremdriften, og senere resultatene, på {base}/results/{number}. \
         Nøkkelen er bare din; ikke del den.\n",
        name = contact.name,
    );
    if let Some(message) = owner_message.filter(|m| !m.trim().is_empty()) {
        body.push('\n');
        body.push_str(message.trim());
        body.push('\n');
    }
    body.push_str("\nHilsen\nDirektoratet\n");
    OutgoingMail {
        // A key is made only for a contact without one, in the transaction that mails it, so
        // each issued key is mailed exactly once; the key itself stays out of the dedupe key,
        // which outlives the body.
        dedupe_key: format!("code:{}:{}", contact.id, secrets::random_id()),
        to: contact.email.clone(),
        subject: format!("Tilgangskode for {municipality} ({number})"),
        body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{ContactRole, NewContact};

    fn registered(db: &mut Db, email: &str) -> String {
        let token = secrets::random_token();
        let day = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let id = db
            .register_contact(
                &NewContact {
                    municipality: "0301",
                    name: "Kari",
                    email,
                    phone: "40000000",
                    role: ContactRole::Other,
                },
                &secrets::token_hash(&token),
                day,
                day + chrono::Days::new(14),
            )
            .unwrap();
        db.confirm_contact(&secrets::token_hash(&token), day)
            .unwrap();
        id
    }

    fn bodies(db: &Db) -> Vec<(String, String)> {
        outbox::due(db.connection(), i64::MAX, 100)
            .unwrap()
            .into_iter()
            .map(|m| (m.mail.to, m.mail.body))
            .collect()
    }

    #[test]
    fn the_first_approval_issues_the_code_and_a_later_contact_gets_the_same_code() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::open(dir.path()).unwrap();
        db.upsert_listed_municipality("0301", "Oslo", &[]).unwrap();
        db.set_setting(setting_names::CODE_MAIL_MESSAGE, "Webinar 3. september.")
            .unwrap();
        let first = registered(&mut db, "a@oslo.kommune.no");
        let today = NaiveDate::from_ymd_opt(2026, 9, 2).unwrap();
        let approval = approve_contact(&db, &first, today, "https://x.no/").unwrap();
        assert_eq!(
            approval,
            Approval {
                code_issued: true,
                code_mails: 1
            }
        );
        assert_eq!(
            approve_contact(&db, &first, today, "https://x.no").unwrap(),
            Approval {
                code_issued: false,
                code_mails: 0
            },
            "approving again sends nothing"
        );
        let second = registered(&mut db, "b@oslo.kommune.no");
        approve_contact(&db, &second, today, "https://x.no").unwrap();
        let mails = bodies(&db);
        assert_eq!(mails.len(), 2);
        let code_in = |body: &str| {
            body.lines()
                .map(str::trim)
                .find(|l| l.starts_with("0301-"))
                .unwrap()
                .to_owned()
        };
        let code = code_in(&mails[0].1);
        assert_eq!(code, code_in(&mails[1].1), "one code for the municipality");
        let (_, salt, hash) = db.municipality("0301").unwrap().unwrap();
        assert!(secrets::verify(&code, &salt, &hash));
        assert!(mails[0].1.contains("Webinar 3. september."));
        assert!(mails[0].1.contains("https://x.no/results/0301"));
        let key = mails[1]
            .1
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with(&second))
            .unwrap()
            .to_owned();
        let (_, salt, hash) = db.contact(&second).unwrap().unwrap();
        assert!(secrets::verify(&key, &salt, &hash));
    }

    #[test]
    fn a_registered_contact_s_link_works_for_the_confirmation_days_and_no_longer() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        db.upsert_listed_municipality("0301", "Oslo", &[]).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let contact = NewContact {
            municipality: "0301",
            name: "Kari",
            email: "kari@oslo.kommune.no",
            phone: "40000000",
            role: ContactRole::Other,
        };
        register(&db, &contact, "Oslo", today, "https://x.no").unwrap();
        let (_, body) = bodies(&db).remove(0);
        assert!(body.contains("til og med 15.09.2026"), "{body}");
        let token = body
            .split("/register/confirm/")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_owned();
        let last_day = today + chrono::Days::new(CONFIRM_DAYS);
        assert!(matches!(
            db.confirm_contact(
                &secrets::token_hash(&token),
                last_day + chrono::Days::new(1)
            ),
            Err(DataError::ConfirmationExpired)
        ));
        assert!(db
            .confirm_contact(&secrets::token_hash(&token), last_day)
            .is_ok());
    }

    #[test]
    fn an_unconfirmed_contact_cannot_be_approved() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        db.upsert_listed_municipality("0301", "Oslo", &[]).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let id = db
            .register_contact(
                &NewContact {
                    municipality: "0301",
                    name: "Kari",
                    email: "k@x.no",
                    phone: "40000000",
                    role: ContactRole::Other,
                },
                &secrets::token_hash("t"),
                day,
                day,
            )
            .unwrap();
        assert!(matches!(
            approve_contact(&db, &id, day, "https://x.no"),
            Err(CollectorError::ContactNotConfirmed(_))
        ));
        assert_eq!(db.code_issued_on("0301").unwrap(), None);
        assert!(bodies(&db).is_empty());
    }
}
