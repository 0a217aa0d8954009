//! What the app holds between commands: the kiosk engine, coordinator mode and the audio
//! player, and the one way commands reach them ([`AppState::with`]), which turns every engine
//! error into the `{code, message}` the screens show.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use fluent_bundle::FluentArgs;
use kiosk::coordinator::Coordinator;
use kiosk::sync_run::{SyncOptions, SyncReport};
use kiosk::{AudioPlayer, Kiosk, KioskError};
use serde::Serialize;
use tauri::{AppHandle, Manager};

use crate::settings::Settings;

/// The engine's parts that commands change together, behind one lock.
pub struct Engine {
    pub kiosk: Kiosk,
    pub coordinator: Coordinator,
}

pub struct AppState {
    engine: Mutex<Engine>,
    pub audio: AudioPlayer,
    pub settings: Settings,
    /// Set only by the coordinator's exit; every other close or exit request is refused.
    exit_allowed: AtomicBool,
    /// The sync the coordinator started, which the screen follows by asking.
    sync: Mutex<SyncStatus>,
    /// Set by the coordinator's "stop" to end the running sync between requests.
    cancel_sync: AtomicBool,
}

/// How the coordinator's sync is going: progress while it runs, then its report or its error.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncStatus {
    pub running: bool,
    pub done: u64,
    pub total: u64,
    /// Requests tried again so far (the screen says the network is being retried).
    pub retries: u32,
    pub report: Option<SyncReport>,
    pub error: Option<AppError>,
}

/// An error as the screens get it: `code` is the Fluent message id (ui.ftl), `message` its text
/// in the language on screen, for the screen to show as it is.
#[derive(Debug, Clone, Serialize)]
pub struct AppError {
    pub code: &'static str,
    pub message: String,
}

impl AppError {
    /// A failure of the app itself (a worker thread that died), in the source language.
    pub fn internal() -> AppError {
        AppError {
            code: "error-internal",
            message: "Noe gikk galt. Si ifra til læreren.".into(),
        }
    }
}

impl AppState {
    pub fn new(mut kiosk: Kiosk, settings: Settings) -> Result<Self, KioskError> {
        let mut coordinator = Coordinator::load(kiosk.store(), Instant::now())?;
        coordinator.set_auto_lock(settings.coordinator_auto_lock);
        let volume_step = kiosk::listening::volume_step(kiosk.store())?;
        let state = AppState {
            engine: Mutex::new(Engine { kiosk, coordinator }),
            audio: AudioPlayer::start(),
            settings,
            exit_allowed: AtomicBool::new(false),
            sync: Mutex::default(),
            cancel_sync: AtomicBool::new(false),
        };
        state.apply_volume(volume_step);
        Ok(state)
    }

    /// Sets the player to a volume step of [`kiosk::listening::VOLUME_STEPS`].
    pub fn apply_volume(&self, step: usize) {
        let steps = kiosk::listening::VOLUME_STEPS;
        let _ = self.audio.set_volume(steps[step.min(steps.len() - 1)]);
    }

    /// Notes a played clip in the test build's playback log, if one is asked for.
    pub fn note_played(&self, language: &str, clip: &str) {
        let Some(path) = &self.settings.playback_log else {
            return;
        };
        use std::io::Write;
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .and_then(|mut file| writeln!(file, "{language}\t{clip}"));
        if let Err(e) = written {
            log::warn!("the playback log could not be written: {e}");
        }
    }

    /// Runs `action` on the engine, translating its error for the screen.
    pub fn with<T>(
        &self,
        action: impl FnOnce(&mut Engine) -> Result<T, KioskError>,
    ) -> Result<T, AppError> {
        let mut engine = self.lock();
        action(&mut engine).map_err(|error| explain(&engine, &error))
    }

    /// Like [`AppState::with`] for actions that change the participant's screen: the sound of
    /// the screen they leave stops first.
    pub fn moving_on<T>(
        &self,
        action: impl FnOnce(&mut Engine) -> Result<T, KioskError>,
    ) -> Result<T, AppError> {
        let _ = self.audio.stop();
        self.with(action)
    }

    pub fn lock(&self) -> MutexGuard<'_, Engine> {
        // A panic in one command must not lock the kiosk up for every later participant.
        self.engine
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// An engine error as the screens get it.
    pub fn explain(&self, error: &KioskError) -> AppError {
        explain(&self.lock(), error)
    }

    /// Starts a sync on its own thread unless one runs. The engine is locked only between
    /// network requests, so participants' taps and "close" are answered while the network is
    /// slow; the outbox gives each response out once and takes it back only on the collector's
    /// word, so nothing done meanwhile can make a response count twice.
    pub fn start_sync(&self, app: AppHandle) {
        {
            let mut status = self.sync_lock();
            if status.running {
                return;
            }
            *status = SyncStatus {
                running: true,
                ..SyncStatus::default()
            };
        }
        self.cancel_sync.store(false, Ordering::SeqCst);
        std::thread::spawn(move || {
            let state = app.state::<AppState>();
            let state: &AppState = &state;
            let result = kiosk::engine::sync_through(
                state,
                &SyncOptions::default(),
                &mut |p| {
                    let mut status = state.sync_lock();
                    (status.done, status.total, status.retries) = (p.done, p.total, p.retries);
                },
                &state.cancel_sync,
            )
            .map_err(|error| state.explain(&error));
            let mut status = state.sync_lock();
            status.running = false;
            match result {
                Ok(report) => status.report = Some(report),
                Err(error) => status.error = Some(error),
            }
        });
    }

    /// Asks the running sync to stop before its next request.
    pub fn cancel_sync(&self) {
        self.cancel_sync.store(true, Ordering::SeqCst);
    }

    pub fn sync_status(&self) -> SyncStatus {
        self.sync_lock().clone()
    }

    fn sync_lock(&self) -> MutexGuard<'_, SyncStatus> {
        self.sync
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn allow_exit(&self) {
        self.exit_allowed.store(true, Ordering::SeqCst);
    }

    pub fn exit_allowed(&self) -> bool {
        self.exit_allowed.load(Ordering::SeqCst)
    }

    /// The backstop behind the screen's own idle warning: a session idle for the timeout plus
    /// the countdown plus a margin is discarded even if the page stopped running.
    pub fn discard_abandoned(&self, now: Instant) -> bool {
        let grace = self.settings.idle_countdown + Duration::from_secs(10);
        match now.checked_sub(grace) {
            Some(then) => self.lock().kiosk.discard_if_idle(then),
            None => false,
        }
    }
}

impl kiosk::engine::KioskLock for AppState {
    fn with_kiosk<T>(&self, action: impl FnOnce(&mut Kiosk) -> T) -> T {
        action(&mut self.lock().kiosk)
    }
}

/// The error's message in the session's language, or the source language when no session runs
/// (coordinator screens).
fn explain(engine: &Engine, error: &KioskError) -> AppError {
    log::warn!("{error}");
    let kiosk = &engine.kiosk;
    let language = kiosk
        .view()
        .map(|view| view.language)
        .unwrap_or_else(|_| kiosk.definition().source_language.clone());
    let mut args = FluentArgs::new();
    if let KioskError::PinThrottled { seconds } = error {
        args.set("seconds", *seconds);
    }
    let code = error.code();
    AppError {
        code,
        message: kiosk
            .catalog()
            .format(&language, code, Some(&args))
            .unwrap_or_else(|| code.to_owned()),
    }
}
