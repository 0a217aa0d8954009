//! The read-only pictures of the kiosk that the screens start from: the welcome screen's
//! languages and timings, and the coordinator's overview.

use kiosk::coordinator::CoordinatorState;
use kiosk::enrolment::Enrolment;
use kiosk::{KioskError, Status};
use serde::Serialize;
use survey::manifest::SurveyPeriod;
use survey::Direction;

use crate::state::{AppState, Engine};

/// One language tile: its own name, greeting and "listen" label, in its own script.
#[derive(Debug, Serialize)]
pub struct Tile {
    pub code: String,
    pub autonym: String,
    pub script: String,
    pub direction: Direction,
    pub greeting: String,
    pub listen: String,
}

#[derive(Debug, Serialize)]
pub struct AppInfo {
    pub languages: Vec<Tile>,
    /// The language of the coordinator screens and of the welcome screen's heading.
    pub source_language: String,
    /// When the survey is open, for the "closed" screen.
    pub survey_period: SurveyPeriod,
    pub idle_timeout_seconds: u64,
    pub idle_countdown_seconds: u64,
    pub audio_available: bool,
    /// Each question is read aloud as it shows (a per-kiosk setting, on by default).
    pub auto_play: bool,
    /// Every message that has a clip, for the screens to play errors that have one.
    pub clips: Vec<String>,
    pub coordinator: CoordinatorState,
    /// After this long unused the coordinator screen locks itself (the engine refuses too).
    pub coordinator_auto_lock_seconds: u64,
}

#[derive(Debug, Serialize)]
pub struct CoordinatorView {
    pub status: Status,
    pub enrolment: Option<Enrolment>,
    pub last_sync: Option<String>,
    pub audio_available: bool,
    pub audio_problem: Option<String>,
    pub practice: bool,
    pub auto_play: bool,
    /// Languages whose clips are read by another language's voice, so the coordinator can
    /// warn a class before they listen.
    pub stand_in_voices: Vec<StandInVoice>,
    /// Per language with any, how many of its clips are recordings; every other clip is
    /// synthetic (`survey-pack import-audio`).
    pub recorded_voices: Vec<RecordedVoices>,
    /// A newer app version the collector offered at the last sync, for the coordinator to ask
    /// for the update.
    pub update_offered: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct StandInVoice {
    pub code: String,
    pub name: String,
    pub voice: String,
    /// The language whose voice reads it, in English as `name` is ("Urdu" for Pashto).
    pub voice_language: String,
}

/// A language of which some clips are a person's recordings, not a synthetic voice.
#[derive(Debug, Serialize)]
pub struct RecordedVoices {
    pub code: String,
    pub name: String,
    pub recorded: usize,
}

impl AppInfo {
    pub fn of(engine: &mut Engine, state: &AppState) -> Result<Self, KioskError> {
        let kiosk = &engine.kiosk;
        let text =
            |lang: &str, id: &str| kiosk.catalog().format(lang, id, None).unwrap_or_default();
        let languages = kiosk
            .languages()
            .iter()
            .map(|l| Tile {
                code: l.code.clone(),
                autonym: l.autonym.clone(),
                script: l.script.clone(),
                direction: l.direction,
                greeting: text(&l.code, "welcome-greeting"),
                listen: text(&l.code, "nav-play"),
            })
            .collect();
        Ok(AppInfo {
            languages,
            source_language: kiosk.definition().source_language.clone(),
            survey_period: kiosk.manifest().survey_period,
            idle_timeout_seconds: kiosk.idle_timeout().as_secs(),
            idle_countdown_seconds: state.settings.idle_countdown.as_secs(),
            audio_available: state.audio.is_available(),
            clips: kiosk.definition().clip_ids().into_iter().collect(),
            auto_play: kiosk::listening::auto_play(engine.kiosk.store())?,
            coordinator: engine.coordinator.state(engine.kiosk.store())?,
            coordinator_auto_lock_seconds: engine.coordinator.auto_lock().as_secs(),
        })
    }
}

impl CoordinatorView {
    pub fn of(engine: &mut Engine, state: &AppState) -> Result<Self, KioskError> {
        engine.coordinator.require_unlocked()?;
        Ok(CoordinatorView {
            status: engine.kiosk.status()?,
            enrolment: engine.kiosk.enrolment()?,
            last_sync: engine.kiosk.last_sync()?,
            audio_available: state.audio.is_available(),
            audio_problem: state.audio.unavailable_reason().map(str::to_owned),
            practice: engine.coordinator.practice(),
            auto_play: kiosk::listening::auto_play(engine.kiosk.store())?,
            stand_in_voices: stand_in_voices(engine.kiosk.languages()),
            recorded_voices: recorded_voices(engine.kiosk.manifest()),
            update_offered: engine.kiosk.update_offered()?,
        })
    }
}

/// The languages another language's voice reads, each with that language's name.
fn stand_in_voices(languages: &[survey::Language]) -> Vec<StandInVoice> {
    let english_of = |voice: &str| {
        // An espeak-ng voice is named by its language's code, perhaps with a region ("en-gb").
        let code = voice.split('-').next().unwrap_or(voice);
        languages
            .iter()
            .find(|l| l.code == code)
            .map_or_else(|| voice.to_owned(), |l| l.english.clone())
    };
    languages
        .iter()
        .filter(|l| l.voice_note.is_some())
        .map(|l| StandInVoice {
            code: l.code.clone(),
            name: l.english.clone(),
            voice: l.voice.clone(),
            voice_language: english_of(&l.voice),
        })
        .collect()
}

fn recorded_voices(manifest: &survey::Manifest) -> Vec<RecordedVoices> {
    manifest
        .languages
        .iter()
        .filter_map(|l| {
            let recorded = manifest.recorded.get(&l.code).map_or(0, Vec::len);
            (recorded > 0).then(|| RecordedVoices {
                code: l.code.clone(),
                name: l.english.clone(),
                recorded,
            })
        })
        .collect()
}
