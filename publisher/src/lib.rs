//! The survey owner's publisher: the only code that opens responses. It runs after the survey
//! and its grace days, on the collector's data folder (on the server or a copy) with the
//! identity that never lives on the server, and:
//!
//! 1. opens every sealed response in memory and validates it against the pack ([`opening`]);
//! 2. builds every municipality's tables and the national ones, to a plan that depends on the
//!    counts per municipality and group only, so that no set of fewer than the threshold of
//!    respondents can be singled out ([`tables`]);
//! 3. audits the finished publication, together with any publication it replaces, as an
//!    attacker holding every page would ([`audit`]);
//! 4. writes the analysts' microdata, coarsened so that no row stands out ([`microdata`]), and
//!    the deliveries per kiosk or web and day ([`deliveries`]), then stores the publication in
//!    the collector's database for `serve`.
//!
//! Every published count is perturbed ([`perturb`]) with keys derived from the identity; and
//! [`keygen`] makes that identity offline in the first place.
//!
//! The online collector does not depend on this crate, so nothing online can open a response.

pub mod audit;
pub mod deliveries;
pub mod keygen;
pub mod microdata;
pub mod opening;
pub mod perturb;
pub mod publish;
pub mod tables;

use std::path::PathBuf;

use chrono::NaiveDate;

/// One opened, valid response as analysis sees it: no kiosk, no time of day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Kept only to match a publication's counted responses; never written out.
    pub response_id: String,
    pub municipality: String,
    pub group: String,
    pub language: String,
    pub completed_on: NaiveDate,
    pub answers: survey::answers::Answers,
}

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error(
        "the survey closed on {closes} and kiosks may deliver until {last_delivery}; \
         publishing may run from {may_run_from}"
    )]
    TooEarly {
        closes: NaiveDate,
        last_delivery: NaiveDate,
        may_run_from: NaiveDate,
    },
    #[error(
        "{0} already exists; keygen never overwrites a file that may hold a survey's only identity"
    )]
    IdentityExists(PathBuf),
    #[error("{path} does not hold an age identity (a line starting with AGE-SECRET-KEY-)")]
    BadIdentity { path: PathBuf },
    #[error("the identity is not the one this collector's responses are sealed to (its recipient is {expected})")]
    WrongIdentity { expected: String },
    #[error(
        "{0} is inside the collector's data folder; the microdata must never be written there"
    )]
    OutInsideCollector(PathBuf),
    #[error("a threshold of {threshold} is below {least}, the least any publication may use")]
    ThresholdTooLow { threshold: u64, least: u64 },
    #[error("there is no valid response to publish ({invalid} could not be used); nothing was published")]
    NothingToPublish { invalid: usize },
    #[error("the audit refused the publication:\n{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    AuditFailed(Vec<audit::Finding>),
    #[error("could not read or write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Data(#[from] collector_data::DataError),
}
