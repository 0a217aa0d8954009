//! The contact persons' use cases that registration and the owner's admin share: registering a
//! contact with the mail that asks them to confirm, and approving one, which issues the
//! municipality's access code with its first approved contact and gives every approved contact
//! without a key their own results key with the code, by e-mail. Each runs in one transaction
//! (the change and its mails together or not at all). Keys are made here and kept only as
//! hashes; the mail's body holds them until it is sent (see [`crate::mail::outbox`]).

use chrono::NaiveDate;

use crate::db::{setting_names, ContactRole, ContactRow, Db, NewContact};
use crate::mail::{letter, outbox, OutgoingMail};
use crate::{code_vault, secrets, CollectorError, DataError};

/// How long a confirmation link works, in days after the registration's own: a registration
/// nobody confirms is gone after this (about 48 hours), leaving nothing that blocks the address.
pub const CONFIRM_DAYS: u64 = 2;
/// Longest name taken: enough for any real one, short enough for a mail.
const MAX_NAME_CHARS: usize = 100;

/// Which field of a contact a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Email,
    Phone,
    Role,
}

/// A contact person's fields that passed every check: the address in its one spelling
/// ([`crate::mail::address::parse`]), name and phone trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidContact {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub role: ContactRole,
}

/// Checks a contact person's fields as typed, for the registration form and the owner's
/// replacement form alike; every problem is named with its field, in Norwegian.
pub fn validate(
    name: &str,
    email: &str,
    phone: &str,
    role: &str,
) -> Result<ValidContact, Vec<(Field, &'static str)>> {
    let mut problems = Vec::new();
    let name = name.trim();
    if name.is_empty() {
        problems.push((Field::Name, "Skriv navnet til kontaktpersonen."));
    } else if name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(|c| c.is_control() || "<>\"@".contains(c))
    {
        problems.push((
            Field::Name,
            "Navnet er for langt eller har tegn som ikke kan brukes.",
        ));
    }
    let email = crate::mail::address::parse(email);
    if let Err(problem) = email {
        problems.push((Field::Email, problem.message()));
    }
    let phone = phone.trim();
    if !is_phone(phone) {
        problems.push((
            Field::Phone,
            "Skriv et telefonnummer med 8 til 15 sifre, for eksempel 400 00 000.",
        ));
    }
    let role = ContactRole::parse(role.trim());
    if role.is_none() {
        problems.push((Field::Role, "Velg hva kontaktpersonen arbeider med."));
    }
    match (email, role) {
        (Ok(email), Some(role)) if problems.is_empty() => Ok(ValidContact {
            name: name.to_owned(),
            email,
            phone: phone.to_owned(),
            role,
        }),
        _ => Err(problems),
    }
}

fn is_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (8..=15).contains(&digits)
        && phone
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || c == ' ' || c == '-' || (c == '+' && i == 0))
}

/// A role as the owner and the form name it, in Norwegian.
pub fn role_label(role: ContactRole) -> &'static str {
    match role {
        ContactRole::AdultEducation => "Voksenopplæring",
        ContactRole::IntroductionProgramme => "Introduksjonsprogrammet",
        ContactRole::Other => "Annet",
    }
}

/// Why a contact's address is not on its municipality's own domains, in words for the owner's
/// decision; `None` when it is. Domains are compared in their ASCII form, so a lookalike in
/// another script never passes for the real one.
pub fn off_domain_reason(email: &str, domains: &[String]) -> Option<String> {
    let domain = email
        .rsplit_once('@')
        .map_or("", |(_, d)| d)
        .to_ascii_lowercase();
    if domains.contains(&domain) {
        return None;
    }
    let listed = domains.join(", ");
    Some(if domains.is_empty() {
        format!("kommunen har ikke oppgitt noe e-postdomene; adressen er på {domain}")
    } else if domains
        .iter()
        .any(|d| domain.contains(d.as_str()) || d.contains(domain.as_str()))
    {
        format!("{domain} ligner, men er ikke, kommunens domene ({listed})")
    } else if domain.split('.').any(|label| label.starts_with("xn--")) {
        format!("{domain} har bokstaver utenom a–z og er ikke kommunens domene ({listed})")
    } else {
        format!("{domain} er ikke kommunens domene ({listed})")
    })
}

/// What a registration post led to for one address: told only to that address, by mail, never
/// on the page (which says the same whatever happened, so that nobody learns from it who is
/// registered or how many places a municipality has left).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registered {
    /// A new registration (the contact's id), with a link to confirm.
    New(String),
    /// Registered before (the contact's id) and not yet confirmed: a new link replaces the old.
    NewLink(String),
    /// A contact already: told so.
    Known,
    /// The municipality has all its places taken by confirmed contacts: told so.
    Full,
}

/// Registers `contact`, or tells the address why not, by mail, in one transaction.
pub fn register(
    db: &Db,
    contact: &NewContact<'_>,
    municipality_name: &str,
    today: NaiveDate,
    public_url: &str,
) -> Result<Registered, CollectorError> {
    let expires = today + chrono::Days::new(CONFIRM_DAYS);
    db.write(|db| {
        db.forget_unconfirmed(today)?;
        let existing = db.contact_by_address(contact.municipality, contact.email)?;
        let token = secrets::random_token();
        let link = |id: &str| {
            confirmation_mail(
                id,
                contact.email,
                municipality_name,
                &token,
                expires,
                public_url,
            )
        };
        let (outcome, mail) = match existing {
            Some(known) if known.confirmed_on.is_some() => (
                Registered::Known,
                notice(contact.email, municipality_name, ALREADY_REGISTERED),
            ),
            Some(waiting) => {
                db.renew_confirmation(&waiting.id, &secrets::token_hash(&token), expires)?;
                (Registered::NewLink(waiting.id.clone()), link(&waiting.id))
            }
            None if db.places_taken(contact.municipality)? >= crate::db::MAX_CONTACTS => (
                Registered::Full,
                notice(contact.email, municipality_name, MUNICIPALITY_FULL),
            ),
            None => {
                let id =
                    db.register_contact(contact, &secrets::token_hash(&token), today, expires)?;
                let mail = link(&id);
                (Registered::New(id), mail)
            }
        };
        outbox::enqueue(db, &mail)?;
        Ok(outcome)
    })
}

/// What the owner of an address registered again is told.
const ALREADY_REGISTERED: &str = "Adressen din er allerede registrert som kontaktperson for \
    {municipality}. Du trenger ikke gjøre noe. Har du mistet tilgangskoden eller \
    resultatnøkkelen, kan direktoratet sende deg en ny.";
/// What the owner of an address is told when the municipality has four contacts.
const MUNICIPALITY_FULL: &str = "{municipality} har allerede fire bekreftede kontaktpersoner, \
    og det er det meste som er tillatt. Skal du erstatte en av dem, kan direktoratet gjøre det.";

/// A mail that tells the address's owner what their registration led to. It holds no text
/// typed into the form: whoever posted it may not be the address's owner.
fn notice(email: &str, municipality: &str, text: &str) -> OutgoingMail {
    OutgoingMail {
        dedupe_key: format!("register-notice:{}", secrets::random_id()),
        to: email.to_owned(),
        subject: format!("Registrering som kontaktperson for {municipality}"),
        body: format!(
            "Hei,\n\nNoen har registrert denne e-postadressen som kontaktperson for \
             {municipality} i brukerundersøkelsen for voksne i opplæring.\n\n{}\n\n\
             Hvis du ikke kjenner til dette, kan du se bort fra e-posten.{}",
            text.replace("{municipality}", municipality),
            letter::signature()
        ),
    }
}

/// The mail with the link that confirms an address. It greets nobody by name: the name was
/// typed by whoever posted the form, who may not be the address's owner.
pub(crate) fn confirmation_mail(
    contact_id: &str,
    email: &str,
    municipality: &str,
    token: &str,
    expires: NaiveDate,
    public_url: &str,
) -> OutgoingMail {
    let base = public_url.trim_end_matches('/');
    OutgoingMail {
        dedupe_key: format!("confirm:{contact_id}:{}", secrets::random_id()),
        to: email.to_owned(),
        subject: format!("Bekreft at du er kontaktperson for {municipality}"),
        body: format!(
            "Hei,\n\n\
             Denne e-postadressen er registrert som kontaktperson for {municipality} i \
             brukerundersøkelsen for voksne i opplæring.\n\n\
             Åpne denne lenken for å bekrefte adressen (lenken virker til og med \
             {expires}):\n\n    {base}/register/confirm/{token}\n\n\
             Hvis du ikke kjenner til dette, kan du se bort fra e-posten. Da slettes \
             registreringen av seg selv.{signature}",
            expires = letter::date(expires),
            signature = letter::signature(),
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
/// has no key yet; the contacts who had their keys already are told who got the code now.
/// Approving an approved contact again changes nothing and sends nothing. A code issued is
/// audited under `actor`'s name.
pub fn approve_contact(
    db: &Db,
    contact_id: &str,
    today: NaiveDate,
    public_url: &str,
    actor: &str,
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
            db.audit(actor, "issue-code", &number)?;
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
    let contacts = db.contacts_of(&number)?;
    let (waiting, keyed): (Vec<&ContactRow>, Vec<&ContactRow>) = contacts
        .iter()
        .filter(|c| c.is_approved())
        .partition(|c| !c.key_issued);
    for waiting in &waiting {
        let key = format!("{}-{}", waiting.id, secrets::random_groups(5));
        db.set_contact_key(&waiting.id, &secrets::hash(&key))?;
        let mail = code_mail(waiting, &name, &code, &key, message.as_deref(), public_url);
        if outbox::enqueue(db, &mail)? {
            code_mails += 1;
        }
    }
    for told in &keyed {
        for new in &waiting {
            outbox::enqueue(db, &new_contact_notice(told, new, &name))?;
        }
    }
    tx.commit()?;
    Ok(Approval {
        code_issued,
        code_mails,
    })
}

/// Tells a contact who has the code that `new` got it too: a code shared with someone they do
/// not know is something they should hear of.
fn new_contact_notice(told: &ContactRow, new: &ContactRow, municipality: &str) -> OutgoingMail {
    OutgoingMail {
        dedupe_key: format!("new-contact:{}:{}", told.id, new.id),
        to: told.email.clone(),
        subject: format!("Ny kontaktperson for {municipality}"),
        body: format!(
            "Hei {},\n\n{} <{}> er nå også kontaktperson for {municipality} og har fått \
             kommunens tilgangskode. Kjenner du ikke til dette, ta kontakt med direktoratet, \
             som kan fjerne kontaktpersonen og lage en ny kode.{}",
            told.name,
            new.name,
            new.email,
            letter::signature()
        ),
    }
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
         Nøkkelen er bare din; ikke del den.\n\n\
         Slik kommer dere i gang:\n\
         - Deltakere som svarer på egen telefon, nettbrett eller PC, åpner {base}/survey/ og \
         skriver tilgangskoden.\n\
         - Gå gjerne gjennom demoen sammen først, i klasserommet eller på Teams eller Zoom: \
         {base}/survey/demo/ viser hele undersøkelsen på alle 24 språk, uten kode, og ingenting \
         blir lagret eller sendt.\n\
         - Invitasjoner på 24 språk (side til utskrift med QR-kode, SMS, e-post og veiledning \
         for undervisning på Teams eller Zoom) laster du ned på kommunens side over, der du \
         logger inn med resultatnøkkelen.\n\
         - Kiosk-appen for klasserommet installerer kommunens IT-avdeling fra pakken \
         direktoratet gir ut; se veiledningen på kommunens side.\n",
        name = contact.name,
    );
    if let Some(message) = owner_message.filter(|m| !m.trim().is_empty()) {
        body.push('\n');
        body.push_str(message.trim());
        body.push('\n');
    }
    body.push_str(&letter::signature());
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
        outbox::due(db, i64::MAX, 100)
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
        let approval = approve_contact(&db, &first, today, "https://x.no/", "system").unwrap();
        assert_eq!(
            approval,
            Approval {
                code_issued: true,
                code_mails: 1
            }
        );
        assert_eq!(
            approve_contact(&db, &first, today, "https://x.no", "system").unwrap(),
            Approval {
                code_issued: false,
                code_mails: 0
            },
            "approving again sends nothing"
        );
        let second = registered(&mut db, "b@oslo.kommune.no");
        approve_contact(&db, &second, today, "https://x.no", "system").unwrap();
        let mut mails = bodies(&db);
        assert_eq!(mails.len(), 3, "two code mails and a notice: {mails:?}");
        let notice = mails.remove(2);
        assert_eq!(notice.0, "a@oslo.kommune.no", "the first contact is told");
        assert!(notice.1.contains("b@oslo.kommune.no") && notice.1.contains("tilgangskode"));
        assert!(!notice.1.contains("0301-"), "the notice holds no code");
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
        assert!(
            mails[0].1.contains("https://x.no/survey/demo/"),
            "the code mail gives the demo link"
        );
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
        let late = NewContact {
            email: "ola@oslo.kommune.no",
            ..contact.clone()
        };
        register(&db, &late, "Oslo", today, "https://x.no").unwrap();
        let mails = bodies(&db);
        let body = &mails[0].1;
        assert!(body.contains("til og med 03.09.2026"), "{body}");
        assert!(
            !body.contains("Kari"),
            "the typed name is not repeated: {body}"
        );
        assert!(
            body.contains("Integrerings- og mangfoldsdirektoratet"),
            "{body}"
        );
        let token_in = |body: &str| {
            body.split("/register/confirm/")
                .nth(1)
                .unwrap()
                .split_whitespace()
                .next()
                .unwrap()
                .to_owned()
        };
        let last_day = today + chrono::Days::new(CONFIRM_DAYS);
        assert!(db
            .confirm_contact(&secrets::token_hash(&token_in(body)), last_day)
            .is_ok());
        assert!(matches!(
            db.confirm_contact(
                &secrets::token_hash(&token_in(&mails[1].1)),
                last_day + chrono::Days::new(1)
            ),
            Err(DataError::ConfirmationExpired)
        ));
        assert_eq!(
            db.contact_by_address("0301", "ola@oslo.kommune.no")
                .unwrap(),
            None,
            "an expired registration leaves nothing"
        );
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
            approve_contact(&db, &id, day, "https://x.no", "system"),
            Err(CollectorError::ContactNotConfirmed(_))
        ));
        assert_eq!(db.code_issued_on("0301").unwrap(), None);
        assert!(bodies(&db).is_empty());
    }

    #[test]
    fn an_address_off_the_municipality_s_domains_is_named_with_the_reason() {
        let domains = vec!["oslo.kommune.no".to_owned()];
        assert_eq!(off_domain_reason("kari@Oslo.kommune.no", &domains), None);
        let lookalike = off_domain_reason("kari@oslo.kommune.no.example.org", &domains).unwrap();
        assert!(lookalike.contains("ligner"), "{lookalike}");
        let elsewhere = off_domain_reason("kari@gmail.example", &domains).unwrap();
        assert!(
            elsewhere.contains("gmail.example er ikke kommunens domene"),
            "{elsewhere}"
        );
        assert!(off_domain_reason("kari@x.no", &[])
            .unwrap()
            .contains("ikke oppgitt"));
    }

    #[test]
    fn a_name_with_a_line_break_or_markup_or_too_long_and_a_phone_with_markup_are_refused() {
        let ok = |name: &str, phone: &str| validate(name, "k@x.no", phone, "other");
        assert!(
            ok(&"a".repeat(100), "400 00 000").is_ok(),
            "100 characters are taken"
        );
        for name in [
            &*"a".repeat(101),
            "Kari\nBcc: x",
            "<b>Kari</b>",
            "Kari \"K\"",
        ] {
            let problems = ok(name, "40000000").unwrap_err();
            assert_eq!(problems.len(), 1, "{name:?}");
            assert_eq!(problems[0].0, Field::Name, "{name:?}");
        }
        for phone in [
            "<b>40000000</b>",
            "4000",
            "+47 400 00 000 000 000",
            "40+000000",
        ] {
            let problems = ok("Kari", phone).unwrap_err();
            assert_eq!(problems[0].0, Field::Phone, "{phone:?}");
        }
        let valid = ok(" Kari ", "+47 400 00 000").unwrap();
        assert_eq!(
            (valid.name.as_str(), valid.phone.as_str()),
            ("Kari", "+47 400 00 000")
        );
        assert_eq!(
            validate("Kari", "k@x.no", "40000000", "boss").unwrap_err()[0].0,
            Field::Role
        );
    }
}
