//! Survey Kiosk's window: a Tauri shell over the kiosk engine, locked down for a shared PC in a
//! classroom. Fullscreen without decorations; closing refused except through coordinator mode;
//! no navigation away from the app's own pages and no new windows; no devtools in release
//! builds; one instance at a time. The screens live in ui/, the logic in the `kiosk` crate.

mod commands;
mod info;
mod settings;
mod startup;
mod state;
mod texts;

use std::time::{Duration, Instant};

use anyhow::Context;
use tauri::webview::NewWindowResponse;
use tauri::{Manager, RunEvent, WebviewUrl, WebviewWindowBuilder, WindowEvent};

use crate::settings::Settings;
use crate::state::AppState;

/// The window's label; the capability grants the app's commands to this window only.
const WINDOW: &str = "kiosk";

fn main() -> anyhow::Result<()> {
    init_logging();
    let settings = Settings::from_env()?;
    let kiosk = startup::part("kiosk and pack", || {
        kiosk::Kiosk::open(settings.config.clone())
    })
    .with_context(|| {
        format!(
            "opening the kiosk in {}",
            settings.config.data_dir.display()
        )
    })?;
    let state = startup::part("state and sound device", || AppState::new(kiosk, settings))?;

    let app = tauri::Builder::default()
        // A second start shows the running kiosk instead of opening another window.
        .plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| {
            if let Some(window) = app.get_webview_window(WINDOW) {
                let _ = window.set_focus();
            }
        }))
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::ui_texts,
            commands::mark_interactive,
            commands::start_session,
            commands::accept_privacy,
            commands::answer,
            commands::skip,
            commands::back,
            commands::end_session,
            commands::touch,
            commands::session_view,
            commands::play_clip,
            commands::sound_playing,
            commands::change_volume,
            commands::stop_sound,
            commands::coordinator_state,
            commands::coordinator_set_pin,
            commands::coordinator_unlock,
            commands::coordinator_status,
            commands::coordinator_practice,
            commands::coordinator_auto_play,
            commands::coordinator_lock,
            commands::coordinator_touch,
            commands::coordinator_sound_test,
            commands::coordinator_enrol,
            commands::coordinator_sync,
            commands::coordinator_sync_cancel,
            commands::coordinator_sync_status,
            commands::coordinator_exit,
        ])
        .setup(|app| {
            open_window(app)?;
            watch_idle(app.handle().clone());
            Ok(())
        })
        .on_window_event(|window, event| {
            if let WindowEvent::CloseRequested { api, .. } = event {
                if !window.state::<AppState>().exit_allowed() {
                    api.prevent_close();
                }
            }
        })
        .build(tauri::generate_context!())
        .context("starting the window")?;

    app.run(|app, event| {
        if let RunEvent::ExitRequested { api, .. } = event {
            if !app.state::<AppState>().exit_allowed() {
                api.prevent_exit();
            }
        }
    });
    Ok(())
}

fn open_window(app: &tauri::App) -> tauri::Result<()> {
    let window = WebviewWindowBuilder::new(app, WINDOW, WebviewUrl::App("index.html".into()))
        .title("Survey Kiosk")
        .fullscreen(true)
        // A window that cannot be resized keeps its first size as its least (GTK), and the
        // default 800 px would stick out of a 768 px tablet: start smaller than any screen.
        .inner_size(320.0, 320.0)
        .decorations(false)
        .resizable(false)
        .closable(false)
        .always_on_top(true)
        .devtools(cfg!(debug_assertions))
        .on_navigation(is_own_page)
        .on_new_window(|_url, _features| NewWindowResponse::Deny)
        .build()?;
    // Without a window manager (a bare X server on a kiosk) fullscreen is only a request, so
    // the window also takes the whole monitor itself.
    if let Some(monitor) = window.primary_monitor()? {
        window.set_position(tauri::PhysicalPosition::new(0, 0))?;
        window.set_size(*monitor.size())?;
    }
    Ok(())
}

/// The app's own pages, as the webview serves them on Linux (tauri://) and Windows (http://).
fn is_own_page(url: &tauri::Url) -> bool {
    matches!(
        (url.scheme(), url.host_str()),
        ("tauri", Some("localhost")) | ("http" | "https", Some("tauri.localhost"))
    )
}

/// Discards abandoned sessions even if the page stopped counting down.
fn watch_idle(app: tauri::AppHandle) {
    std::thread::Builder::new()
        .name("idle".into())
        .spawn(move || loop {
            std::thread::sleep(Duration::from_secs(1));
            if app.state::<AppState>().discard_abandoned(Instant::now()) {
                log::info!("discarded an abandoned session");
            }
        })
        .expect("spawning the idle watcher");
}

/// Warnings and above to stderr, `RUST_LOG=info` for more; no logging crate needed.
fn init_logging() {
    struct Stderr(log::LevelFilter);
    impl log::Log for Stderr {
        fn enabled(&self, metadata: &log::Metadata) -> bool {
            metadata.level() <= self.0
        }
        fn log(&self, record: &log::Record) {
            if self.enabled(record.metadata()) {
                eprintln!("{} {}: {}", record.level(), record.target(), record.args());
            }
        }
        fn flush(&self) {}
    }
    let level = match std::env::var("RUST_LOG").as_deref() {
        Ok("debug") => log::LevelFilter::Debug,
        Ok("info") => log::LevelFilter::Info,
        _ => log::LevelFilter::Warn,
    };
    let logger: &'static Stderr = Box::leak(Box::new(Stderr(level)));
    if log::set_logger(logger).is_ok() {
        log::set_max_level(level);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_pages_may_load() {
        let own = ["tauri://localhost/index.html", "http://tauri.localhost/"];
        let foreign = [
            "https://example.org/",
            "file:///etc/passwd",
            "http://localhost:8080/",
            "tauri://evil.example/",
        ];
        for url in own {
            assert!(is_own_page(&url.parse().unwrap()), "{url}");
        }
        for url in foreign {
            assert!(!is_own_page(&url.parse().unwrap()), "{url}");
        }
    }
}
