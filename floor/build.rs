//! The Tauri context of the empty window, with the one command its page calls.

fn main() {
    let commands = tauri_build::AppManifest::new().commands(&["mark_interactive"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(commands))
        .expect("generating the Tauri context");
}
