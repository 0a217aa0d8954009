//! Opening sealed responses with the collector's identity and keeping what analysis needs.
//!
//! A response is opened once. It must decrypt, parse, match what travelled beside it (id, survey,
//! date) and validate against the survey definition; then its answers go into the analysis
//! table, with no kiosk id and no time of day. Anything else is recorded in `unopened` with the
//! reason and stays stored sealed: nothing is dropped silently.

use rusqlite::params;
use survey::{Definition, Response};

use crate::db::Db;
use crate::CollectorError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct OpenSummary {
    pub opened: usize,
    pub failed: usize,
}

struct Sealed {
    response_id: String,
    municipality: String,
    survey_id: String,
    survey_version: u32,
    completed_on: String,
    sealed: Vec<u8>,
}

pub fn open_pending(
    db: &mut Db,
    identity: &age::x25519::Identity,
    definition: &Definition,
) -> Result<OpenSummary, CollectorError> {
    let pending: Vec<Sealed> = {
        let mut statement = db.connection().prepare(
            "SELECT r.response_id, r.municipality, r.survey_id, r.survey_version, r.completed_on, r.sealed
             FROM responses r
             WHERE NOT EXISTS (SELECT 1 FROM analysis a WHERE a.response_id = r.response_id)
               AND NOT EXISTS (SELECT 1 FROM unopened u WHERE u.response_id = r.response_id)",
        )?;
        let rows = statement.query_map([], |r| {
            Ok(Sealed {
                response_id: r.get(0)?,
                municipality: r.get(1)?,
                survey_id: r.get(2)?,
                survey_version: r.get(3)?,
                completed_on: r.get(4)?,
                sealed: r.get(5)?,
            })
        })?;
        rows.collect::<Result<_, _>>()?
    };
    let mut summary = OpenSummary::default();
    let tx = db.transaction()?;
    for sealed in pending {
        match open_one(&sealed, identity, definition) {
            Ok(response) => {
                tx.execute(
                    "INSERT INTO analysis (response_id, municipality, survey_version, language,
                         participant_group, completed_on, answers)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        sealed.response_id,
                        sealed.municipality,
                        response.survey_version,
                        response.language,
                        response.group,
                        response.completed_on.to_string(),
                        serde_json::to_string(&response.answers).expect("answers serialise"),
                    ],
                )?;
                summary.opened += 1;
            }
            Err(reason) => {
                log::warn!("response {} stays sealed: {reason}", sealed.response_id);
                tx.execute(
                    "INSERT INTO unopened (response_id, municipality, reason) VALUES (?1, ?2, ?3)",
                    params![sealed.response_id, sealed.municipality, reason],
                )?;
                summary.failed += 1;
            }
        }
    }
    tx.commit()?;
    Ok(summary)
}

fn open_one(
    sealed: &Sealed,
    identity: &age::x25519::Identity,
    definition: &Definition,
) -> Result<Response, String> {
    let plaintext =
        age::decrypt(identity, &sealed.sealed).map_err(|e| format!("cannot be opened: {e}"))?;
    let response: Response =
        serde_json::from_slice(&plaintext).map_err(|e| format!("is not a response: {e}"))?;
    if response.response_id != sealed.response_id
        || response.survey_id != sealed.survey_id
        || response.survey_version != sealed.survey_version
        || response.completed_on.to_string() != sealed.completed_on
    {
        return Err("does not match what travelled with it (id, survey or date)".into());
    }
    response.validate(definition).map_err(|errors| {
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        format!("does not validate: {}", listed.join("; "))
    })?;
    Ok(response)
}

/// (response id, municipality, reason) of every response that stays sealed, for the admin.
pub fn unopened(db: &Db) -> Result<Vec<(String, String, String)>, CollectorError> {
    let mut statement = db.connection().prepare(
        "SELECT response_id, municipality, reason FROM unopened ORDER BY municipality, response_id",
    )?;
    let rows = statement.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
