//! The app's commands: each a few lines that call the kiosk engine. The capability in
//! capabilities/kiosk-screens.json allows exactly these and nothing else.

use std::collections::BTreeMap;
use std::time::Instant;

use kiosk::coordinator::CoordinatorState;
use kiosk::SessionView;
use survey::Answer;
use tauri::{AppHandle, Manager, State};

use crate::info::{AppInfo, CoordinatorView};
use crate::state::{AppError, AppState, SyncStatus};
use kiosk::enrolment::Enrolment;

type Reply<T> = Result<T, AppError>;

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    state.with(|engine| AppInfo::of(engine, &state))
}

#[tauri::command]
pub fn ui_texts(state: State<'_, AppState>, language: String) -> BTreeMap<String, String> {
    crate::texts::ui_templates(state.lock().kiosk.catalog(), &language)
}

/// The welcome screen is ready: returns (and logs) the milliseconds since the process started.
#[tauri::command]
pub fn mark_interactive() -> Option<u128> {
    let elapsed = crate::startup::since_process_start()?.as_millis();
    log::info!("interactive {elapsed} ms after the process started");
    Some(elapsed)
}

#[tauri::command]
pub fn start_session(state: State<'_, AppState>, language: String) -> Reply<SessionView> {
    // A practice run is used up only by a session that really started.
    state.moving_on(|e| {
        let view = e.kiosk.start_session(&language, e.coordinator.practice())?;
        e.coordinator.take_practice();
        Ok(view)
    })
}

#[tauri::command]
pub fn accept_privacy(state: State<'_, AppState>) -> Reply<SessionView> {
    state.moving_on(|e| e.kiosk.accept_privacy())
}

#[tauri::command]
pub fn answer(state: State<'_, AppState>, question: String, answer: Answer) -> Reply<SessionView> {
    state.moving_on(|e| e.kiosk.answer(&question, answer))
}

#[tauri::command]
pub fn skip(state: State<'_, AppState>, question: String) -> Reply<SessionView> {
    state.moving_on(|e| e.kiosk.skip(&question))
}

#[tauri::command]
pub fn back(state: State<'_, AppState>) -> Reply<SessionView> {
    state.moving_on(|e| e.kiosk.back())
}

/// The participant is done, left, or was idle too long: nothing of the session is kept.
#[tauri::command]
pub fn end_session(state: State<'_, AppState>) {
    let _ = state.audio.stop();
    state.lock().kiosk.end_session();
}

#[tauri::command]
pub fn touch(state: State<'_, AppState>) {
    state.lock().kiosk.touch();
}

/// Where the session is now: the screen to draw again after a tap that came too late.
#[tauri::command]
pub fn session_view(state: State<'_, AppState>) -> Reply<SessionView> {
    state.with(|e| e.kiosk.view())
}

#[tauri::command]
pub fn play_clip(state: State<'_, AppState>, language: String, clip: String) -> Reply<()> {
    state.with(|e| {
        e.kiosk.touch();
        state
            .audio
            .play_file(&e.kiosk.clip_path(&language, &clip)?)?;
        state.note_played(&language, &clip);
        Ok(())
    })
}

/// Whether a clip is still playing; listening counts as activity for the idle timer.
#[tauri::command]
pub fn sound_playing(state: State<'_, AppState>) -> bool {
    let playing = state.audio.is_playing();
    if playing {
        state.lock().kiosk.touch();
    }
    playing
}

/// One step louder or quieter; returns the step now in use.
#[tauri::command]
pub fn change_volume(state: State<'_, AppState>, up: bool) -> Reply<usize> {
    state
        .with(|e| kiosk::listening::change_volume(e.kiosk.store(), up))
        .inspect(|step| state.apply_volume(*step))
}

#[tauri::command]
pub fn stop_sound(state: State<'_, AppState>) -> Reply<()> {
    state.with(|_| state.audio.stop())
}

#[tauri::command]
pub fn coordinator_state(state: State<'_, AppState>) -> Reply<CoordinatorState> {
    state.with(|e| e.coordinator.state(e.kiosk.store()))
}

#[tauri::command]
pub fn coordinator_set_pin(state: State<'_, AppState>, pin: String, repeated: String) -> Reply<()> {
    state.with(|e| e.coordinator.choose_pin(e.kiosk.store(), &pin, &repeated))
}

#[tauri::command]
pub fn coordinator_unlock(state: State<'_, AppState>, pin: String) -> Reply<()> {
    state.with(|e| e.coordinator.unlock(e.kiosk.store(), &pin, Instant::now()))
}

#[tauri::command]
pub fn coordinator_status(state: State<'_, AppState>) -> Reply<CoordinatorView> {
    state.with(|engine| CoordinatorView::of(engine, &state))
}

#[tauri::command]
pub fn coordinator_practice(state: State<'_, AppState>, on: bool) -> Reply<CoordinatorView> {
    state.with(|e| e.coordinator.set_practice(on))?;
    coordinator_status(state)
}

/// Plays the source language's greeting, so the coordinator hears whether sound works.
#[tauri::command]
pub fn coordinator_sound_test(state: State<'_, AppState>) -> Reply<()> {
    state.with(|e| {
        e.coordinator.require_unlocked()?;
        let clip = e
            .kiosk
            .clip_path(&e.kiosk.definition().source_language, "welcome-greeting")?;
        state.audio.play_file(&clip)
    })
}

#[tauri::command]
pub fn coordinator_auto_play(state: State<'_, AppState>, on: bool) -> Reply<CoordinatorView> {
    state.with(|e| e.coordinator.require_unlocked())?;
    state.with(|e| kiosk::listening::set_auto_play(e.kiosk.store(), on))?;
    coordinator_status(state)
}

#[tauri::command]
pub fn coordinator_lock(state: State<'_, AppState>) {
    state.lock().coordinator.lock();
}

/// A tap or key on the coordinator's screens: keeps coordinator mode open in the engine as on
/// screen, so the next button works (or says it is locked, which shows the PIN prompt).
#[tauri::command]
pub fn coordinator_touch(state: State<'_, AppState>) -> Reply<()> {
    state.with(|e| e.coordinator.require_unlocked())
}

/// Enrols the kiosk with its municipality's access code (the pack's collector unless given),
/// off the main thread and without holding the engine during the request.
#[tauri::command]
pub async fn coordinator_enrol(
    app: AppHandle,
    collector: Option<String>,
    code: String,
    name: Option<String>,
) -> Reply<Enrolment> {
    let work = tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        state.with(|e| e.coordinator.require_unlocked())?;
        let collector = collector.as_deref().filter(|url| !url.trim().is_empty());
        kiosk::engine::enrol_through(&*state, collector, &code, name.as_deref())
            .map_err(|e| state.explain(&e))
    });
    work.await.map_err(|_| AppError::internal())?
}

/// Starts sending the outbox; the screen follows with `coordinator_sync_status`.
#[tauri::command]
pub fn coordinator_sync(app: AppHandle, state: State<'_, AppState>) -> Reply<()> {
    state.with(|e| e.coordinator.require_unlocked())?;
    state.start_sync(app);
    Ok(())
}

/// Stops the running sync before its next request; what was sent stays sent.
#[tauri::command]
pub fn coordinator_sync_cancel(state: State<'_, AppState>) -> Reply<()> {
    state.with(|e| e.coordinator.require_unlocked())?;
    state.cancel_sync();
    Ok(())
}

#[tauri::command]
pub fn coordinator_sync_status(state: State<'_, AppState>) -> SyncStatus {
    state.sync_status()
}

/// Leaves the kiosk: the only way the window closes.
#[tauri::command]
pub fn coordinator_exit(app: AppHandle, state: State<'_, AppState>) -> Reply<()> {
    state.with(|e| e.coordinator.require_unlocked())?;
    state.allow_exit();
    app.exit(0);
    Ok(())
}
