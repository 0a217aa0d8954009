//! The kiosk engine, with no Tauri dependency, so that tests and the headless `kiosk-cli`
//! reach all of it: the offline store, participant sessions, the sealed outbox, content packs
//! and audio playback. The app in src-tauri is a thin shell over [`Kiosk`].

pub mod audio;
pub mod coordinator;
pub mod engine;
pub mod enrolment;
mod error;
pub mod fill;
pub mod listening;
pub mod packs;
pub mod paths;
pub mod release;
pub mod session;
pub mod store;
pub mod sync_run;

pub use audio::AudioPlayer;
pub use engine::{Kiosk, KioskConfig, QuestionView, SessionView, Status};
pub use error::KioskError;
