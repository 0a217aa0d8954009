//! The registration form as posted: up to four contact persons, read field by field and checked
//! so that every problem is named next to its field and nothing typed is lost.

use std::collections::HashMap;

use crate::contacts::{self, Field, ValidContact};
use crate::db::MAX_CONTACTS;

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

/// A problem with one field: the field's id and what to do, in Norwegian.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

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
    if !known_municipality {
        problems.push(Problem {
            field: "municipality".into(),
            message: "Velg kommunen din fra listen.".into(),
        });
    }
    let mut valid: Vec<ValidContact> = Vec::new();
    for (i, fields) in posted.contacts.iter().enumerate() {
        let n = i + 1;
        if fields.is_blank() {
            continue;
        }
        match contacts::validate(&fields.name, &fields.email, &fields.phone, &fields.role) {
            Ok(contact) if valid.iter().any(|v| v.email == contact.email) => {
                problems.push(Problem {
                    field: format!("email-{n}"),
                    message: "Denne e-postadressen står allerede i skjemaet.".into(),
                })
            }
            Ok(contact) => valid.push(contact),
            Err(found) => problems.extend(found.into_iter().map(|(field, message)| Problem {
                field: format!("{}-{n}", field_name(field)),
                message: message.into(),
            })),
        }
    }
    if posted.contacts.iter().all(ContactFields::is_blank) {
        problems.push(Problem {
            field: "name-1".into(),
            message: "Fyll inn minst én kontaktperson.".into(),
        });
    }
    if problems.is_empty() {
        Ok(valid)
    } else {
        Err(problems)
    }
}

fn field_name(field: Field) -> &'static str {
    match field {
        Field::Name => "name",
        Field::Email => "email",
        Field::Phone => "phone",
        Field::Role => "role",
    }
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
    fn a_quoted_an_ip_literal_and_a_lookalike_address_are_refused_at_their_fields() {
        let form = posted(&[
            ("Kari", "\"x\"@oslo.kommune.no", "40000000", "other"),
            ("Ola", "x@[127.0.0.1]", "40000000", "other"),
            (
                "Per",
                "per@tr\u{043E}ndheim.kommune.no",
                "40000000",
                "other",
            ),
            ("Pål", "pål@x.no", "40000000", "other"),
        ]);
        let problems = validate(&form, true).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["email-1", "email-2", "email-3", "email-4"]);
        assert!(problems[2].message.contains("ligner vanlige bokstaver"));
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
