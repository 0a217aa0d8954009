//! The one frozen publication of results: what `survey-publish` computes after the survey has
//! closed and stores in the collector's database, and the only source of every answer figure the
//! collector ever shows. The collector renders it; it never computes a figure from responses
//! (it cannot open them).
//!
//! Every figure says exactly whom it counts (its [`Filter`]), so the publisher's audit can
//! recompute it and check it together with every other figure, in this publication and in the
//! one it replaces.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::DataError;

/// Fewest respondents any published figure may stand for.
pub const DEFAULT_THRESHOLD: u64 = 10;

/// Bumped when the stored form changes incompatibly.
pub const PUBLICATION_FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    pub format: u32,
    pub survey_id: String,
    pub survey_version: u32,
    pub published_on: NaiveDate,
    /// Fewest respondents any figure may stand for.
    pub threshold: u64,
    /// Results can be read until this day (1 October of the year after the survey).
    pub results_close: NaiveDate,
    pub national: National,
    /// Municipalities with results, by number; a municipality with fewer than `threshold`
    /// responses is absent.
    pub municipalities: BTreeMap<String, MunicipalityResults>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct National {
    /// Responses counted in the national figures (those of municipalities with results).
    pub responses: u64,
    pub municipalities: u64,
    pub tables: Vec<Table>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MunicipalityResults {
    pub name: String,
    pub responses: u64,
    pub tables: Vec<Table>,
    /// Question texts not shown, to protect small groups (one reason for all, on purpose).
    pub withheld: Vec<String>,
}

/// One question's figures: its parts (the first counts everyone the table covers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub question: String,
    pub text: String,
    pub parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub label: String,
    pub filter: Filter,
    /// Respondents in the filter who answered the question.
    pub respondents: u64,
    pub options: Vec<OptionCount>,
}

/// Whom a figure counts: respondents of these municipalities, and where given, of these
/// participant groups and languages only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filter {
    pub municipalities: Vec<String>,
    pub groups: Option<Vec<String>>,
    pub languages: Option<Vec<String>>,
}

/// How many chose one option, or any of a few options shown together (so that no shown count
/// is 0 or everyone).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionCount {
    pub values: Vec<String>,
    pub label: String,
    pub count: u64,
}

impl Publication {
    pub fn from_json(body: &str) -> Result<Self, DataError> {
        let publication: Publication =
            serde_json::from_str(body).map_err(|e| DataError::Corrupt(e.to_string()))?;
        if publication.format != PUBLICATION_FORMAT {
            return Err(DataError::Corrupt(format!(
                "publication format {} is not {PUBLICATION_FORMAT}",
                publication.format
            )));
        }
        Ok(publication)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a publication serialises")
    }

    /// The newest stored publication, if there is one.
    pub fn latest(db: &Db) -> Result<Option<(u32, Publication)>, DataError> {
        db.latest_publication()?
            .map(|(version, body)| Ok((version, Publication::from_json(&body)?)))
            .transpose()
    }
}
