//! The floor: an empty Tauri 2 window, fullscreen like the kiosk's, whose page reports when it
//! takes input. `cargo xtask floor` starts it and the kiosk in turn on one display and compares
//! their start time and memory; anything the kiosk costs above this is the kiosk's own.

use tauri::{WebviewUrl, WebviewWindowBuilder};

/// Prints the milliseconds since this process started, in the kiosk's own words, so that
/// `cargo xtask floor` reads both programs the same way.
#[tauri::command]
fn mark_interactive() {
    if let Some(ms) = since_process_start_ms() {
        eprintln!("INFO floor: interactive {ms} ms after the process started");
    }
}

/// The kernel's record of the start (as the kiosk's `startup` module reads it), so that loading
/// libraries before `main` counts too.
fn since_process_start_ms() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after_name = &stat[stat.rfind(')')? + 2..];
    let start_ticks: f64 = after_name.split(' ').nth(19)?.parse().ok()?;
    let uptime = std::fs::read_to_string("/proc/uptime").ok()?;
    let uptime: f64 = uptime.split(' ').next()?.parse().ok()?;
    Some(((uptime - start_ticks / 100.0).max(0.0) * 1000.0) as u64)
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![mark_interactive])
        .setup(|app| {
            WebviewWindowBuilder::new(app, "floor", WebviewUrl::App("index.html".into()))
                .fullscreen(true)
                .decorations(false)
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("running the empty window");
}
