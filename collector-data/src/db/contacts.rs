//! Contact persons as registration keeps them: registered through the form, confirmed through a
//! mailed link, approved by their e-mail domain or the owner, removed rather than deleted (the
//! owner's overview shows who was). Keys exist only as salted hashes; until a key is issued the
//! stored hash is random bytes that no key matches.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::{Db, MAX_CONTACTS};
use crate::secrets::{self, Hashed};
use crate::DataError;

/// What a contact person does in the municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactRole {
    AdultEducation,
    IntroductionProgramme,
    Other,
}

impl ContactRole {
    pub const ALL: [ContactRole; 3] = [
        ContactRole::AdultEducation,
        ContactRole::IntroductionProgramme,
        ContactRole::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ContactRole::AdultEducation => "adult-education",
            ContactRole::IntroductionProgramme => "introduction-programme",
            ContactRole::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<ContactRole> {
        ContactRole::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// A contact person's row, without the key or token hashes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ContactRow {
    pub id: String,
    pub municipality: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub role: ContactRole,
    pub registered_on: Option<String>,
    pub confirmed_on: Option<String>,
    pub approved_on: Option<String>,
    pub removed_on: Option<String>,
    pub key_issued: bool,
}

impl ContactRow {
    pub fn is_active(&self) -> bool {
        self.removed_on.is_none()
    }

    /// Approved and not removed: the contact receives the code and has a key.
    pub fn is_approved(&self) -> bool {
        self.approved_on.is_some() && self.removed_on.is_none()
    }
}

/// A contact person as the registration form (or the owner) gives them.
#[derive(Debug, Clone)]
pub struct NewContact<'a> {
    pub municipality: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub phone: &'a str,
    pub role: ContactRole,
}

/// A contact takes one of the municipality's places once they have proved their address (or the
/// owner added them) and until removed. An unconfirmed registration holds none: anyone can type
/// an address, so four made-up ones must not keep the real contact out.
const HOLDS_A_PLACE: &str = "removed_on IS NULL AND confirmed_on IS NOT NULL";

const CONTACT_COLUMNS: &str = "id, municipality, name, email, phone, role, registered_on,
    confirmed_on, approved_on, removed_on, key_issued";

fn contact_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ContactRow> {
    let role: String = r.get(5)?;
    Ok(ContactRow {
        id: r.get(0)?,
        municipality: r.get(1)?,
        name: r.get(2)?,
        email: r.get(3)?,
        phone: r.get(4)?,
        role: ContactRole::parse(&role).unwrap_or(ContactRole::Other),
        registered_on: r.get(6)?,
        confirmed_on: r.get(7)?,
        approved_on: r.get(8)?,
        removed_on: r.get(9)?,
        key_issued: r.get::<_, i64>(10)? != 0,
    })
}

impl Db {
    /// Registers a contact waiting for confirmation through the link whose token hashes to
    /// `confirm_token_hash`; refuses an unknown municipality. The registration holds no place
    /// until confirmed ([`Db::confirm_contact`] refuses a fifth). Returns the contact's id.
    pub fn register_contact(
        &self,
        contact: &NewContact<'_>,
        confirm_token_hash: &[u8],
        registered_on: NaiveDate,
        confirm_expires_on: NaiveDate,
    ) -> Result<String, DataError> {
        let tx = self.transaction()?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM municipalities WHERE number = ?1)",
            [contact.municipality],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(DataError::UnknownMunicipality(contact.municipality.into()));
        }
        let id = secrets::random_id()[..8].to_owned();
        let unusable = secrets::unusable();
        tx.execute(
            "INSERT INTO contacts (id, municipality, name, email, phone, role, key_salt, key_hash,
                 registered_on, confirm_token_hash, confirm_expires_on, key_issued)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0)",
            params![
                id,
                contact.municipality,
                contact.name,
                contact.email,
                contact.phone,
                contact.role.as_str(),
                unusable.salt,
                unusable.hash,
                registered_on.to_string(),
                confirm_token_hash,
                confirm_expires_on.to_string(),
            ],
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// How many of a municipality's places (of four) are taken: by confirmed contacts not
    /// removed.
    pub fn places_taken(&self, municipality: &str) -> Result<usize, DataError> {
        let count: i64 = self.conn.query_row(
            &format!("SELECT COUNT(*) FROM contacts WHERE municipality = ?1 AND {HOLDS_A_PLACE}"),
            [municipality],
            |r| r.get(0),
        )?;
        Ok(count as usize)
    }

    /// The municipality's contact (not removed) with this address, compared in lower case.
    pub fn contact_by_address(
        &self,
        municipality: &str,
        email: &str,
    ) -> Result<Option<ContactRow>, DataError> {
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {CONTACT_COLUMNS} FROM contacts WHERE municipality = ?1
                     AND lower(email) = lower(?2) AND removed_on IS NULL"
                ),
                params![municipality, email],
                contact_row,
            )
            .optional()?)
    }

    /// Gives an unconfirmed contact a new link (the old one stops working) valid until
    /// `expires_on`.
    pub fn renew_confirmation(
        &self,
        id: &str,
        token_hash: &[u8],
        expires_on: NaiveDate,
    ) -> Result<(), DataError> {
        let changed = self.conn.execute(
            "UPDATE contacts SET confirm_token_hash = ?2, confirm_expires_on = ?3
             WHERE id = ?1 AND confirmed_on IS NULL AND removed_on IS NULL",
            params![id, token_hash, expires_on.to_string()],
        )?;
        if changed == 0 {
            return Err(DataError::UnknownContact(id.into()));
        }
        Ok(())
    }

    /// Deletes registrations whose link expired unused before `today`: they leave no trace
    /// that could block the address or be mistaken for a contact. Returns how many.
    pub fn forget_unconfirmed(&self, today: NaiveDate) -> Result<usize, DataError> {
        Ok(self.conn.execute(
            "DELETE FROM contacts WHERE confirmed_on IS NULL AND removed_on IS NULL
                 AND confirm_expires_on IS NOT NULL AND confirm_expires_on < ?1",
            [today.to_string()],
        )?)
    }

    /// How many contacts a municipality has that are not removed.
    pub fn active_contact_count(&self, municipality: &str) -> Result<usize, DataError> {
        let count: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM contacts WHERE municipality = ?1 AND removed_on IS NULL",
            [municipality],
            |r| r.get(0),
        )?;
        Ok(count as usize)
    }

    /// Every contact of a municipality, removed ones included, in the order they registered.
    pub fn contacts_of(&self, municipality: &str) -> Result<Vec<ContactRow>, DataError> {
        let mut statement = self.conn.prepare(&format!(
            "SELECT {CONTACT_COLUMNS} FROM contacts WHERE municipality = ?1
             ORDER BY registered_on, rowid"
        ))?;
        let rows = statement.query_map([municipality], contact_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn contact_row(&self, id: &str) -> Result<Option<ContactRow>, DataError> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {CONTACT_COLUMNS} FROM contacts WHERE id = ?1"),
                [id],
                contact_row,
            )
            .optional()?)
    }

    /// Confirms the contact whose link token hashes to `token_hash`. The token works once:
    /// its hash is cleared here, so a reused link is as unknown as a made-up one. An expired
    /// link's registration is deleted, and so is one whose municipality has all its places
    /// taken by confirmed contacts (refused with [`DataError::TooManyContacts`]).
    pub fn confirm_contact(
        &self,
        token_hash: &[u8],
        today: NaiveDate,
    ) -> Result<ContactRow, DataError> {
        let tx = self.transaction()?;
        let found: Option<(String, String)> = tx
            .query_row(
                "SELECT id, confirm_expires_on FROM contacts
                 WHERE confirm_token_hash = ?1 AND removed_on IS NULL",
                [token_hash],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((id, expires_on)) = found else {
            return Err(DataError::UnknownConfirmation);
        };
        if expires_on.as_str() < today.to_string().as_str() {
            tx.execute("DELETE FROM contacts WHERE id = ?1", [&id])?;
            tx.commit()?;
            return Err(DataError::ConfirmationExpired);
        }
        let municipality: String = tx.query_row(
            "SELECT municipality FROM contacts WHERE id = ?1",
            [&id],
            |r| r.get(0),
        )?;
        if self.places_taken(&municipality)? >= MAX_CONTACTS {
            tx.execute("DELETE FROM contacts WHERE id = ?1", [&id])?;
            tx.commit()?;
            return Err(DataError::TooManyContacts(municipality));
        }
        tx.execute(
            "UPDATE contacts SET confirmed_on = ?2, confirm_token_hash = NULL WHERE id = ?1",
            params![id, today.to_string()],
        )?;
        let row = tx.query_row(
            &format!("SELECT {CONTACT_COLUMNS} FROM contacts WHERE id = ?1"),
            [&id],
            contact_row,
        )?;
        tx.commit()?;
        Ok(row)
    }

    /// Records the approval only; `collector::contacts::approve_contact` does what approval implies.
    pub fn mark_contact_approved(&self, id: &str, today: NaiveDate) -> Result<(), DataError> {
        let changed = self.conn.execute(
            "UPDATE contacts SET approved_on = COALESCE(approved_on, ?2)
             WHERE id = ?1 AND removed_on IS NULL",
            params![id, today.to_string()],
        )?;
        if changed == 0 {
            return Err(DataError::UnknownContact(id.into()));
        }
        Ok(())
    }

    /// Removes a contact: their key stops working, their row stays for the owner's overview.
    pub fn remove_contact(&self, id: &str, today: NaiveDate) -> Result<(), DataError> {
        let unusable = secrets::unusable();
        let changed = self.conn.execute(
            "UPDATE contacts SET removed_on = ?2, key_salt = ?3, key_hash = ?4,
                 confirm_token_hash = NULL
             WHERE id = ?1 AND removed_on IS NULL",
            params![id, today.to_string(), unusable.salt, unusable.hash],
        )?;
        if changed == 0 {
            return Err(DataError::UnknownContact(id.into()));
        }
        Ok(())
    }

    /// Stores a newly issued results key's hash (the old key, if any, stops working).
    pub fn set_contact_key(&self, id: &str, key: &Hashed) -> Result<(), DataError> {
        let changed = self.conn.execute(
            "UPDATE contacts SET key_salt = ?2, key_hash = ?3, key_issued = 1
             WHERE id = ?1 AND removed_on IS NULL",
            params![id, key.salt, key.hash],
        )?;
        if changed == 0 {
            return Err(DataError::UnknownContact(id.into()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 9, d).unwrap()
    }

    fn contact<'a>(email: &'a str) -> NewContact<'a> {
        NewContact {
            municipality: "0301",
            name: "Kari Nordmann",
            email,
            phone: "+47 400 00 000",
            role: ContactRole::AdultEducation,
        }
    }

    #[test]
    fn a_registered_contact_confirms_once_before_expiry_and_a_fifth_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        db.upsert_listed_municipality("0301", "Oslo", &["oslo.kommune.no".into()])
            .unwrap();
        let token = secrets::random_token();
        let id = db
            .register_contact(
                &contact("kari@oslo.kommune.no"),
                &secrets::token_hash(&token),
                day(1),
                day(15),
            )
            .unwrap();
        let row = db.contact_row(&id).unwrap().unwrap();
        assert_eq!(row.confirmed_on, None);
        assert!(!row.key_issued);
        let (_, salt, hash) = db.contact(&id).unwrap().unwrap();
        assert!(!secrets::verify("", &salt, &hash));

        let confirmed = db
            .confirm_contact(&secrets::token_hash(&token), day(2))
            .unwrap();
        assert_eq!(confirmed.confirmed_on.as_deref(), Some("2026-09-02"));
        assert!(matches!(
            db.confirm_contact(&secrets::token_hash(&token), day(2)),
            Err(DataError::UnknownConfirmation)
        ));

        let late = secrets::random_token();
        db.register_contact(
            &contact("b@oslo.kommune.no"),
            &secrets::token_hash(&late),
            day(1),
            day(15),
        )
        .unwrap();
        assert!(matches!(
            db.confirm_contact(&secrets::token_hash(&late), day(16)),
            Err(DataError::ConfirmationExpired)
        ));
        // Confirmed contacts take places; a fifth confirmation is refused and leaves nothing.
        for n in 0..3 {
            let t = secrets::random_token();
            db.register_contact(
                &contact(&format!("{n}@x.no")),
                &secrets::token_hash(&t),
                day(1),
                day(15),
            )
            .unwrap();
            db.confirm_contact(&secrets::token_hash(&t), day(2))
                .unwrap();
        }
        assert_eq!(db.places_taken("0301").unwrap(), 4);
        let t = secrets::random_token();
        let fifth = db
            .register_contact(
                &contact("fifth@x.no"),
                &secrets::token_hash(&t),
                day(1),
                day(15),
            )
            .unwrap();
        assert!(matches!(
            db.confirm_contact(&secrets::token_hash(&t), day(2)),
            Err(DataError::TooManyContacts(_))
        ));
        assert_eq!(
            db.contact_row(&fifth).unwrap(),
            None,
            "the refused fifth leaves no row"
        );
        db.remove_contact(&id, day(3)).unwrap();
        assert_eq!(db.active_contact_count("0301").unwrap(), 3);
        assert_eq!(db.places_taken("0301").unwrap(), 3);
        assert_eq!(db.contacts_of("0301").unwrap().len(), 4);
        assert!(
            db.contact(&id).unwrap().is_none(),
            "a removed key is no key"
        );
    }

    #[test]
    fn unconfirmed_registrations_hold_no_place_and_expired_ones_are_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        db.upsert_listed_municipality("0301", "Oslo", &[]).unwrap();
        for n in 0..MAX_CONTACTS + 2 {
            let t = secrets::token_hash(&secrets::random_token());
            db.register_contact(&contact(&format!("{n}@x.no")), &t, day(1), day(3))
                .unwrap();
        }
        assert_eq!(db.places_taken("0301").unwrap(), 0);
        let real = secrets::random_token();
        db.register_contact(
            &contact("real@x.no"),
            &secrets::token_hash(&real),
            day(1),
            day(3),
        )
        .unwrap();
        db.confirm_contact(&secrets::token_hash(&real), day(2))
            .unwrap();
        assert_eq!(db.places_taken("0301").unwrap(), 1);
        assert!(db.contact_by_address("0301", "0@X.no").unwrap().is_some());
        assert_eq!(
            db.forget_unconfirmed(day(3)).unwrap(),
            0,
            "still valid on its last day"
        );
        assert_eq!(db.forget_unconfirmed(day(4)).unwrap(), MAX_CONTACTS + 2);
        assert!(db.contact_by_address("0301", "0@x.no").unwrap().is_none());
        assert!(db
            .contact_by_address("0301", "real@x.no")
            .unwrap()
            .is_some());
    }

    #[test]
    fn a_renewed_link_replaces_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        db.upsert_listed_municipality("0301", "Oslo", &[]).unwrap();
        let old = secrets::random_token();
        let id = db
            .register_contact(
                &contact("k@x.no"),
                &secrets::token_hash(&old),
                day(1),
                day(3),
            )
            .unwrap();
        let new = secrets::random_token();
        db.renew_confirmation(&id, &secrets::token_hash(&new), day(5))
            .unwrap();
        assert!(matches!(
            db.confirm_contact(&secrets::token_hash(&old), day(4)),
            Err(DataError::UnknownConfirmation)
        ));
        db.confirm_contact(&secrets::token_hash(&new), day(4))
            .unwrap();
        assert!(
            matches!(
                db.renew_confirmation(&id, &secrets::token_hash(&old), day(9)),
                Err(DataError::UnknownContact(_))
            ),
            "a confirmed contact gets no new link"
        );
    }

    #[test]
    fn a_key_set_for_an_approved_contact_verifies() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        db.upsert_listed_municipality("0301", "Oslo", &[]).unwrap();
        let t = secrets::token_hash(&secrets::random_token());
        let id = db
            .register_contact(&contact("k@x.no"), &t, day(1), day(15))
            .unwrap();
        db.mark_contact_approved(&id, day(2)).unwrap();
        let key = format!("{id}-ABCD");
        db.set_contact_key(&id, &secrets::hash(&key)).unwrap();
        let (_, salt, hash) = db.contact(&id).unwrap().unwrap();
        assert!(secrets::verify(&key, &salt, &hash));
        let row = db.contact_row(&id).unwrap().unwrap();
        assert!(row.is_approved() && row.key_issued);
        assert!(matches!(
            db.mark_contact_approved("nobody", day(2)),
            Err(DataError::UnknownContact(_))
        ));
    }
}
