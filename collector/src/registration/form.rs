//! The registration form as posted: up to four contact persons, read field by field and checked
//! so that every problem is named next to its field and nothing typed is lost.

use std::collections::HashMap;

use crate::contacts::is_email;
use crate::db::{ContactRole, MAX_CONTACTS};

/// What was posted, kept as typed so a refused form comes back filled in.
#[derive(Debug, Clone, Default)]
pub struct Posted {
    pub municipality: String,
    pub contacts: Vec<ContactFields>,
}

#[derive(Debug, Clone, Default)]
pub struct ContactFields {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub role: String,
}

impl ContactFields {
    fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.email.trim().is_empty() && self.phone.trim().is_empty()
    }
}

/// A contact that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidContact {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub role: ContactRole,
}

/// A problem with one field: the field's id and what to do, in Norwegian.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

/// Longest name and phone number taken: enough for any real one, short enough for a mail.
const MAX_NAME_CHARS: usize = 100;

pub fn read(fields: &HashMap<String, String>) -> Posted {
    let get = |name: &str| fields.get(name).cloned().unwrap_or_default();
    Posted {
        municipality: get("municipality").trim().to_owned(),
        contacts: (1..=MAX_CONTACTS)
            .map(|n| ContactFields {
                name: get(&format!("name-{n}")),
                email: get(&format!("email-{n}")),
                phone: get(&format!("phone-{n}")),
                role: get(&format!("role-{n}")),
            })
            .collect(),
    }
}

/// The filled-in contacts, or every problem found.
pub fn validate(
    posted: &Posted,
    known_municipality: bool,
) -> Result<Vec<ValidContact>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut problem = |field: String, message: &str| {
        problems.push(Problem {
            field,
            message: message.to_owned(),
        })
    };
    if !known_municipality {
        problem("municipality".into(), "Velg kommunen din fra listen.");
    }
    let mut valid = Vec::new();
    let mut emails = Vec::new();
    for (i, fields) in posted.contacts.iter().enumerate() {
        let n = i + 1;
        if fields.is_blank() {
            continue;
        }
        let name = fields.name.trim();
        if name.is_empty() {
            problem(format!("name-{n}"), "Skriv navnet til kontaktpersonen.");
        } else if name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
            problem(
                format!("name-{n}"),
                "Navnet er for langt eller har tegn som ikke kan brukes.",
            );
        }
        let email = fields.email.trim().to_lowercase();
        if !is_email(&email) {
            problem(
                format!("email-{n}"),
                "Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.",
            );
        } else if emails.contains(&email) {
            problem(
                format!("email-{n}"),
                "Denne e-postadressen står allerede i skjemaet.",
            );
        }
        let phone = fields.phone.trim();
        if !is_phone(phone) {
            problem(
                format!("phone-{n}"),
                "Skriv et telefonnummer med 8 til 15 sifre, for eksempel 400 00 000.",
            );
        }
        let role = ContactRole::parse(fields.role.trim());
        if role.is_none() {
            problem(
                format!("role-{n}"),
                "Velg hva kontaktpersonen arbeider med.",
            );
        }
        emails.push(email.clone());
        if let Some(role) = role {
            valid.push(ValidContact {
                name: name.to_owned(),
                email,
                phone: phone.to_owned(),
                role,
            });
        }
    }
    if posted.contacts.iter().all(ContactFields::is_blank) {
        problem("name-1".into(), "Fyll inn minst én kontaktperson.");
    }
    if problems.is_empty() {
        Ok(valid)
    } else {
        Err(problems)
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

/// The part after `@`, lower case.
pub fn domain_of(email: &str) -> Option<String> {
    email
        .rsplit_once('@')
        .map(|(_, domain)| domain.trim().to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posted(slots: &[(&str, &str, &str, &str)]) -> Posted {
        let mut fields = HashMap::new();
        fields.insert("municipality".to_owned(), "0301".to_owned());
        for (i, (name, email, phone, role)) in slots.iter().enumerate() {
            let n = i + 1;
            fields.insert(format!("name-{n}"), name.to_string());
            fields.insert(format!("email-{n}"), email.to_string());
            fields.insert(format!("phone-{n}"), phone.to_string());
            fields.insert(format!("role-{n}"), role.to_string());
        }
        read(&fields)
    }

    #[test]
    fn filled_slots_are_taken_and_blank_ones_skipped() {
        let form = posted(&[
            (
                "Kari",
                "Kari@Oslo.Kommune.no",
                "+47 400 00 000",
                "adult-education",
            ),
            ("", "", "", "other"),
            ("Ola", "ola@oslo.kommune.no", "400-00-001", "other"),
        ]);
        let valid = validate(&form, true).unwrap();
        assert_eq!(valid.len(), 2);
        assert_eq!(valid[0].email, "kari@oslo.kommune.no");
        assert_eq!(
            domain_of(&valid[0].email).as_deref(),
            Some("oslo.kommune.no")
        );
    }

    #[test]
    fn each_problem_is_named_at_its_field() {
        let form = posted(&[
            ("", "not-an-address", "12", "boss"),
            ("Ola", "o@x.no\r\nBcc: a@b.no", "40000000", "other"),
        ]);
        let problems = validate(&form, false).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "municipality",
                "name-1",
                "email-1",
                "phone-1",
                "role-1",
                "email-2"
            ]
        );
        let empty = posted(&[]);
        assert_eq!(validate(&empty, true).unwrap_err()[0].field, "name-1");
    }
}
