//! Generates the Tauri context and the permissions of the app's own commands: the capability
//! in capabilities/ grants exactly these, and nothing of Tauri's core or of any plugin.

fn main() {
    let commands = tauri_build::AppManifest::new().commands(&[
        "app_info",
        "ui_texts",
        "mark_interactive",
        "start_session",
        "accept_privacy",
        "answer",
        "skip",
        "back",
        "end_session",
        "touch",
        "session_view",
        "play_clip",
        "sound_playing",
        "change_volume",
        "stop_sound",
        "coordinator_state",
        "coordinator_set_pin",
        "coordinator_unlock",
        "coordinator_status",
        "coordinator_practice",
        "coordinator_auto_play",
        "coordinator_lock",
        "coordinator_touch",
        "coordinator_sound_test",
        "coordinator_enrol",
        "coordinator_sync",
        "coordinator_sync_cancel",
        "coordinator_sync_status",
        "coordinator_exit",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(commands))
        .expect("generating the Tauri context");
}
