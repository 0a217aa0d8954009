//! The survey as data, with no I/O beyond reading and writing content packs.
//!
//! A survey is a [`Definition`] (questions, blocks, routing) whose every text is a Fluent
//! message id. [`Catalog`] holds the Fluent messages of every language, [`Response`] is what a
//! participant's finished answers become, and [`pack`] builds and verifies the signed content
//! packs that carry all of it to the kiosks.

pub mod answers;
pub mod calendar;
pub mod definition;
mod error;
pub mod languages;
pub mod manifest;
pub mod messages;
pub mod pack;
pub mod recordings;
pub mod routing;
pub mod signing;
pub mod spoken_progress;
pub mod voice_letters;
pub mod vorbis;
pub mod web;
pub mod web_audio;

pub use answers::{Answer, Response, ValidationError, ValidationProblem};
pub use definition::{Definition, Question, QuestionKind};
pub use error::SurveyError;
pub use languages::{Direction, Language};
pub use manifest::Manifest;
pub use messages::Catalog;
pub use pack::VerifiedPack;
pub use signing::{PackSigningKey, PackVerifyingKey};
