//! The coordinator cannot be locked out or leave the kiosk open: the PIN is chosen twice on a
//! keypad with its rule shown, the panel locks itself when left alone, no participant's timer
//! draws over it, leaving the kiosk asks first, and a forgotten PIN is reset without losing
//! the responses waiting to be sent.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::harness::{App, Launch, PIN};
use crate::{answer_everything, begin};

/// Types `digits` with the on-screen keypad into the PIN field `field`.
async fn tap_pin(app: &App, field: &str, digits: &str) {
    app.wait_for(field).await.click().await.unwrap();
    for digit in digits.chars() {
        app.wait_for(&format!(".key[data-digit='{digit}']"))
            .await
            .click()
            .await
            .unwrap();
    }
}

async fn open_panel(app: &App, pin: &str) {
    app.long_press_corner().await;
    app.wait_for_screen("coordinator-unlock", Duration::from_secs(5))
        .await;
    tap_pin(app, "#pin", pin).await;
    app.click_through("#pin-submit").await;
    assert_eq!(app.screen().await, "coordinator");
}

#[tokio::test]
async fn the_pin_is_chosen_twice_on_the_keypad_and_two_different_ones_are_refused() {
    let app = App::launch(Launch {
        pin: None,
        ..Launch::default()
    })
    .await;
    assert_eq!(app.screen().await, "coordinator-set-pin");
    assert_eq!(
        app.text("#pin-rule").await,
        "PIN-koden skal ha 4 til 12 sifre."
    );
    tap_pin(&app, "#pin", "2580").await;
    tap_pin(&app, "#pin-again", "2590").await;
    app.wait_for("#pin-submit").await.click().await.unwrap();
    let refusal = app.text("#pin-message").await;
    assert_eq!(refusal, "De to PIN-kodene er ikke like. Skriv dem på nytt.");
    assert_eq!(app.screen().await, "coordinator-set-pin");
    assert!(app
        .engine()
        .store()
        .setting(kiosk::coordinator::PIN_SETTING)
        .unwrap()
        .is_none());

    // A slip is erased with the keypad's own key.
    tap_pin(&app, "#pin", "25801").await;
    app.wait_for("#keypad-erase").await.click().await.unwrap();
    tap_pin(&app, "#pin-again", "2580").await;
    app.click_through("#pin-submit").await;
    assert_eq!(app.screen().await, "coordinator");
    // The languages whose clips another language's voice reads are named.
    let voices = app.text("#coord-voices").await;
    // The languages whose clips another language's voice reads are named, with that voice.
    for stand_in in [
        "Pashto (ps): Urdu",
        "Tigrinya (ti): Amharic",
        "Sorani (ckb): Persian",
    ] {
        assert!(voices.contains(stand_in), "{voices}");
    }
    assert!(voices.contains("Dari (prs)"), "{voices}");
    assert!(!voices.contains("(nb)"), "{voices}");
    // No clip of the demo pack is recorded: every one is said to be synthetic.
    assert_eq!(
        app.text("#coord-recorded").await,
        "Ingen ennå: alle klipp er syntetisk stemme"
    );
    app.screenshot("coordinator-panel").await;
    app.click_through("#coord-close").await;
    open_panel(&app, "2580").await;
    app.quit().await;
}

/// Where `css` lies in the window: whether all of it is inside the window's height.
async fn inside_the_window(app: &App, css: &str) -> bool {
    app.js(&format!(
        "const r = document.querySelector(\"{css}\").getBoundingClientRect(); \
         return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;"
    ))
    .await
    .as_bool()
    .unwrap()
}

async fn value(app: &App, css: &str) -> String {
    app.js(&format!("return document.querySelector(\"{css}\").value"))
        .await
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn the_keypad_types_the_first_pin_until_it_is_confirmed_and_then_the_second() {
    let app = App::launch(Launch {
        pin: None,
        ..Launch::default()
    })
    .await;
    assert_eq!(app.screen().await, "coordinator-set-pin");
    assert!(
        inside_the_window(&app, "#pin-submit").await,
        "the button that saves the PIN is in view at 1280 x 800"
    );
    // Keys only, as a coordinator at a touch screen does it: no tap on a field.
    for digit in "2580".chars() {
        app.wait_for(&format!(".key[data-digit='{digit}']"))
            .await
            .click()
            .await
            .unwrap();
    }
    assert_eq!(value(&app, "#pin").await, "2580");
    assert_eq!(value(&app, "#pin-again").await, "");
    app.wait_for("#pin-submit").await.click().await.unwrap();
    assert_eq!(app.screen().await, "coordinator-set-pin");
    assert_eq!(
        app.text_or_empty("#pin-message").await,
        "",
        "no refusal yet"
    );
    for digit in "2580".chars() {
        app.wait_for(&format!(".key[data-digit='{digit}']"))
            .await
            .click()
            .await
            .unwrap();
    }
    assert_eq!(value(&app, "#pin").await, "2580");
    assert_eq!(value(&app, "#pin-again").await, "2580");
    app.screenshot("coordinator-set-pin").await;
    app.click_through("#pin-submit").await;
    assert_eq!(app.screen().await, "coordinator");
    app.quit().await;
}

#[tokio::test]
async fn taps_anywhere_on_the_panel_keep_it_unlocked_in_the_engine_too() {
    let app = App::launch(Launch {
        coordinator_lock_seconds: Some(4),
        ..Launch::default()
    })
    .await;
    open_panel(&app, PIN).await;
    // Taps on what does nothing (the title, the state), for longer than the lock's time.
    for target in ["#coord-title", ".status", "#coord-title", ".status"] {
        tokio::time::sleep(Duration::from_millis(1500)).await;
        app.wait_for(target).await.click().await.unwrap();
    }
    assert_eq!(app.screen().await, "coordinator");
    // The next button works: no "Noe gikk galt", no PIN prompt.
    app.wait_for("#coord-practice").await.click().await.unwrap();
    app.wait_for("#coord-practice-ready").await;
    assert_eq!(app.screen().await, "coordinator");
    assert_eq!(app.text_or_empty("#notice").await, "");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_panel_shows_its_sync_controls_at_1024_by_768_and_stop_only_while_sending() {
    let collector = end_to_end::Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let app = App::launch(Launch {
        screen: (1024, 768),
        ..Launch::default()
    })
    .await;
    end_to_end::fill(&mut app.engine(), 2, 5);
    crate::enrol_in_window(&app, &collector.url, &code).await;
    for control in ["#coord-sync", "#coord-enrolled"] {
        assert!(inside_the_window(&app, control).await, "{control}");
    }
    let stop_shows =
        "return getComputedStyle(document.getElementById('coord-sync-stop')).display !== 'none'";
    assert_eq!(app.js(stop_shows).await, false, "no sync runs: no stop");
    app.wait_for("#coord-sync").await.click().await.unwrap();
    app.wait_for("#sync-report li").await;
    for control in ["#coord-sync", "#connection-message", "#sync-report"] {
        assert!(inside_the_window(&app, control).await, "{control}");
    }
    assert_eq!(app.js(stop_shows).await, false, "the sync is over: no stop");
    app.screenshot("coordinator-panel-1024x768").await;
    assert_eq!(collector.response_count(), 2);
    app.quit().await;
}

#[tokio::test]
async fn the_coordinator_screen_locks_itself_when_left_alone() {
    let app = App::launch(Launch {
        coordinator_lock_seconds: Some(4),
        ..Launch::default()
    })
    .await;
    open_panel(&app, PIN).await;
    // This machine has no sound card: the sound test says so in plain words.
    app.wait_for("#coord-sound-test")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(
        app.text("#coord-sound-message").await,
        "Fant ingen lydenhet. Koble til hodetelefoner eller høyttaler, og start kiosken på nytt."
    );
    // Used, it stays open past the time…
    for _ in 0..3 {
        tokio::time::sleep(Duration::from_secs(2)).await;
        app.wait_for("#coord-sound-test")
            .await
            .click()
            .await
            .unwrap();
    }
    assert_eq!(app.screen().await, "coordinator");
    // …left alone, it locks, says why, and wants the PIN again.
    app.wait_for_screen("coordinator-unlock", Duration::from_secs(10))
        .await;
    assert_eq!(
        app.text("#pin-message").await,
        "Skjermen ble låst fordi ingen brukte den på en stund."
    );
    tap_pin(&app, "#pin", PIN).await;
    app.click_through("#pin-submit").await;
    assert_eq!(app.screen().await, "coordinator");
    app.quit().await;
}

#[tokio::test]
async fn a_thank_you_timer_cannot_replace_the_coordinator_screen() {
    let app = App::launch(Launch::default()).await;
    begin(&app, "nb").await;
    answer_everything(&app, "ltr").await;
    // The thank-you screen would give way to the welcome after a few seconds.
    app.long_press_corner().await;
    app.wait_for_screen("coordinator-unlock", Duration::from_secs(5))
        .await;
    tokio::time::sleep(Duration::from_secs(9)).await;
    assert_eq!(app.screen().await, "coordinator-unlock");
    tap_pin(&app, "#pin", PIN).await;
    app.click_through("#pin-submit").await;
    assert_eq!(app.text("#coord-pending").await, "1");
    app.quit().await;
}

#[tokio::test]
async fn leaving_the_kiosk_asks_first() {
    let app = App::launch(Launch::default()).await;
    open_panel(&app, PIN).await;
    app.wait_for("#coord-exit").await.click().await.unwrap();
    assert_eq!(
        app.text("#coord-exit-question").await,
        "Vil du avslutte kiosken? Ingen kan svare før den blir startet igjen."
    );
    app.screenshot("coordinator-exit-question").await;
    app.wait_for("#coord-exit-cancel")
        .await
        .click()
        .await
        .unwrap();
    app.wait_for("#coord-exit").await;
    assert!(app.app_running());
    app.wait_for("#coord-exit").await.click().await.unwrap();
    let _ = app.wait_for("#coord-exit-confirm").await.click().await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while app.app_running() {
        assert!(std::time::Instant::now() < deadline, "the app did not exit");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn reset_pin(data: &Path) {
    let status = Command::new(end_to_end::workspace_binary("kiosk-cli"))
        .arg("--data-dir")
        .arg(data)
        .arg("reset-pin")
        .env("SURVEY_KIOSK_TODAY", crate::harness::TODAY)
        .status()
        .unwrap();
    assert!(status.success(), "kiosk-cli reset-pin failed");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_forgotten_pin_is_reset_and_the_waiting_response_is_kept_and_sent() {
    let collector = end_to_end::Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let app = App::launch(Launch::default()).await;
    begin(&app, "nb").await;
    answer_everything(&app, "ltr").await;
    app.done_with_ending().await;
    let waiting = app.engine().store().response_ids().unwrap();
    assert_eq!(waiting.len(), 1);

    let app = app
        .restart(
            Launch {
                pin: None,
                ..Launch::default()
            },
            reset_pin,
        )
        .await;
    assert_eq!(app.screen().await, "coordinator-set-pin");
    tap_pin(&app, "#pin", "9753").await;
    tap_pin(&app, "#pin-again", "9753").await;
    app.click_through("#pin-submit").await;
    assert_eq!(app.text("#coord-pending").await, "1");
    assert_eq!(app.engine().store().response_ids().unwrap(), waiting);

    app.wait_for("#collector-url")
        .await
        .send_keys(&collector.url)
        .await
        .unwrap();
    app.wait_for("#access-code")
        .await
        .send_keys(&code)
        .await
        .unwrap();
    app.click_through("#coord-enrol").await;
    app.wait_for("#coord-sync").await.click().await.unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while collector.response_count() < 1 {
        assert!(
            std::time::Instant::now() < deadline,
            "the response was sent"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(collector.response_ids(), waiting);
    app.quit().await;
}
