//! The owner's list of municipalities: imported before any code exists, with the e-mail domains
//! each uses. A listed municipality's code hash is random bytes no code matches until its code
//! is issued (on its first contact's approval), so it can neither enrol a kiosk nor open the web
//! survey before then.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::Db;
use crate::secrets::{self, Hashed};
use crate::DataError;

/// A municipality on the owner's list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ListedMunicipality {
    pub number: String,
    pub name: String,
    pub domains: Vec<String>,
    /// The day its access code was issued; None while it has none.
    pub code_issued_on: Option<String>,
}

fn check_number(number: &str) -> Result<(), DataError> {
    if number.len() != 4 || !number.chars().all(|c| c.is_ascii_digit()) {
        return Err(DataError::BadMunicipalityNumber(number.into()));
    }
    Ok(())
}

impl Db {
    /// Adds a municipality to the list or renames it and replaces its domains; an issued code
    /// stays as it is.
    pub fn upsert_listed_municipality(
        &self,
        number: &str,
        name: &str,
        domains: &[String],
    ) -> Result<(), DataError> {
        self.import_municipalities(&[(number.to_owned(), name.to_owned(), domains.to_vec())])
    }

    /// Upserts every (number, name, domains) in one transaction: all or nothing.
    pub fn import_municipalities(
        &self,
        list: &[(String, String, Vec<String>)],
    ) -> Result<(), DataError> {
        let tx = self.transaction()?;
        for (number, name, domains) in list {
            check_number(number)?;
            let unusable = secrets::unusable();
            tx.execute(
                "INSERT INTO municipalities (number, name, code_salt, code_hash, code_issued_on)
                 VALUES (?1, ?2, ?3, ?4, NULL)
                 ON CONFLICT (number) DO UPDATE SET name = excluded.name",
                params![number, name, unusable.salt, unusable.hash],
            )?;
            tx.execute(
                "DELETE FROM municipality_domains WHERE municipality = ?1",
                [number],
            )?;
            for domain in domains {
                tx.execute(
                    "INSERT INTO municipality_domains (municipality, domain) VALUES (?1, ?2)
                     ON CONFLICT DO NOTHING",
                    params![number, domain.to_ascii_lowercase()],
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Every municipality, listed or added by hand, by number.
    pub fn listed_municipalities(&self) -> Result<Vec<ListedMunicipality>, DataError> {
        let mut statement = self.conn.prepare(
            "SELECT m.number, m.name, m.code_issued_on,
                    (SELECT group_concat(domain, ' ') FROM
                        (SELECT domain FROM municipality_domains d
                         WHERE d.municipality = m.number ORDER BY domain))
             FROM municipalities m ORDER BY m.number",
        )?;
        let rows = statement.query_map([], |r| {
            let domains: Option<String> = r.get(3)?;
            Ok(ListedMunicipality {
                number: r.get(0)?,
                name: r.get(1)?,
                code_issued_on: r.get(2)?,
                domains: domains
                    .map(|d| d.split(' ').map(str::to_owned).collect())
                    .unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn municipality_domains(&self, number: &str) -> Result<Vec<String>, DataError> {
        let mut statement = self.conn.prepare(
            "SELECT domain FROM municipality_domains WHERE municipality = ?1 ORDER BY domain",
        )?;
        let rows = statement.query_map([number], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The day the municipality's code was issued; None when it has none or does not exist.
    pub fn code_issued_on(&self, number: &str) -> Result<Option<String>, DataError> {
        Ok(self
            .conn
            .query_row(
                "SELECT code_issued_on FROM municipalities WHERE number = ?1",
                [number],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }

    /// Stores a newly issued access code: its hash (which replaces any earlier code for new
    /// enrolments and the web survey) and its sealed form for contacts approved later.
    pub fn set_access_code(
        &self,
        number: &str,
        code: &Hashed,
        sealed: &[u8],
        today: NaiveDate,
    ) -> Result<(), DataError> {
        let changed = self.conn.execute(
            "UPDATE municipalities SET code_salt = ?2, code_hash = ?3, code_sealed = ?4,
                 code_issued_on = ?5 WHERE number = ?1",
            params![number, code.salt, code.hash, sealed, today.to_string()],
        )?;
        if changed == 0 {
            return Err(DataError::UnknownMunicipality(number.into()));
        }
        Ok(())
    }

    /// The sealed access code, if one was issued through registration.
    pub fn sealed_access_code(&self, number: &str) -> Result<Option<Vec<u8>>, DataError> {
        Ok(self
            .conn
            .query_row(
                "SELECT code_sealed FROM municipalities WHERE number = ?1",
                [number],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_municipality_has_no_code_until_one_is_issued() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        db.upsert_listed_municipality("0301", "Oslo", &["Oslo.kommune.no".into()])
            .unwrap();
        assert_eq!(db.code_issued_on("0301").unwrap(), None);
        assert_eq!(
            db.municipality_domains("0301").unwrap(),
            ["oslo.kommune.no"]
        );
        let (_, salt, hash) = db.municipality("0301").unwrap().unwrap();
        assert!(!secrets::verify("0301-AAAA-AAAA-AAAA-AAAA", &salt, &hash));

        let code = secrets::new_access_code("0301");
        let day = NaiveDate::from_ymd_opt(2026, 9, 2).unwrap();
        db.set_access_code("0301", &secrets::hash(&code), b"sealed", day)
            .unwrap();
        assert_eq!(
            db.code_issued_on("0301").unwrap().as_deref(),
            Some("2026-09-02")
        );
        // Importing the list again renames and keeps the code.
        db.upsert_listed_municipality("0301", "Oslo kommune", &[])
            .unwrap();
        let (name, salt, hash) = db.municipality("0301").unwrap().unwrap();
        assert_eq!(name, "Oslo kommune");
        assert!(secrets::verify(&code, &salt, &hash));
        assert_eq!(db.sealed_access_code("0301").unwrap().unwrap(), b"sealed");
        let listed = db.listed_municipalities().unwrap();
        assert_eq!(listed.len(), 1);
        assert!(listed[0].domains.is_empty());
    }

    #[test]
    fn a_municipality_added_by_hand_has_its_code_issued() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(dir.path()).unwrap();
        db.add_municipality("0301", "Oslo").unwrap();
        assert!(db.code_issued_on("0301").unwrap().is_some());
    }
}
