//! A forgotten coordinator PIN is reset with `kiosk-cli reset-pin`, and the unsent responses,
//! the enrolment and everything else on the machine stay.

use std::process::Command;
use std::time::Instant;

use kiosk::coordinator::Coordinator;
use kiosk::{Kiosk, KioskConfig};

fn open(dir: &std::path::Path) -> Kiosk {
    let mut config = KioskConfig::new(dir.to_owned());
    config.today = chrono::NaiveDate::from_ymd_opt(2026, 11, 2);
    Kiosk::open(config).unwrap()
}

#[test]
fn reset_pin_forgets_the_pin_and_its_wrong_attempts_and_keeps_the_unsent_responses() {
    let dir = tempfile::tempdir().unwrap();
    let ids = {
        let mut kiosk = open(dir.path());
        let mut coordinator = Coordinator::load(kiosk.store(), Instant::now()).unwrap();
        coordinator.set_pin(kiosk.store(), "4711").unwrap();
        coordinator.lock();
        for _ in 0..3 {
            assert!(coordinator
                .unlock(kiosk.store(), "0000", Instant::now())
                .is_err());
        }
        let mut rng = kiosk::fill::Rng::new(7);
        (0..3)
            .map(|_| kiosk::fill::complete_one_as(&mut kiosk, &mut rng, None).unwrap())
            .collect::<Vec<_>>()
    };

    let reset = Command::new(env!("CARGO_BIN_EXE_kiosk-cli"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--today", "2026-11-02", "reset-pin"])
        .output()
        .unwrap();
    assert!(
        reset.status.success(),
        "{}",
        String::from_utf8_lossy(&reset.stderr)
    );
    let said = String::from_utf8_lossy(&reset.stdout);
    assert!(said.contains("3 unsent responses are kept"), "{said}");

    let mut kiosk = open(dir.path());
    assert_eq!(kiosk.store().response_ids().unwrap(), ids);
    let mut coordinator = Coordinator::load(kiosk.store(), Instant::now()).unwrap();
    assert!(!coordinator.state(kiosk.store()).unwrap().pin_set);
    assert!(matches!(
        coordinator.unlock(kiosk.store(), "4711", Instant::now()),
        Err(kiosk::KioskError::PinNotSet)
    ));
    // A new PIN, at once: the wrong attempts before the reset are forgotten too.
    coordinator.set_pin(kiosk.store(), "2580").unwrap();
    coordinator.lock();
    coordinator
        .unlock(kiosk.store(), "2580", Instant::now())
        .unwrap();
}
