//! Crash safety: a child process completes responses in a loop and is killed with SIGKILL at
//! random moments. After every kill the database passes `PRAGMA integrity_check`, and every
//! response the child reported as completed is in the outbox exactly once, unless it was
//! acknowledged between kills, in which case it is gone and counted.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use kiosk::store::Store;

const KILLS: usize = 32;

#[test]
fn killing_the_kiosk_mid_write_never_loses_or_duplicates_a_completed_response() {
    let dir = tempfile::tempdir().unwrap();
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    eprintln!("kill moments seeded with {seed}");
    let mut rng = kiosk::fill::Rng::new(seed);
    let mut reported: Vec<String> = Vec::new();
    let mut acknowledged: BTreeSet<String> = BTreeSet::new();

    for round in 0..KILLS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kiosk-cli"))
            .arg("--data-dir")
            .arg(dir.path())
            .args([
                "--today",
                "2026-11-02",
                "fill",
                "--count",
                "1000000",
                "--report-ids",
            ])
            .arg("--seed")
            .arg(round.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (ids_tx, ids_rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(id) = line.strip_prefix("completed ") {
                    let _ = ids_tx.send(id.to_owned());
                }
            }
        });
        // Kill at a random moment once the child is writing, however slow the machine is.
        reported.push(
            ids_rx
                .recv_timeout(Duration::from_secs(120))
                .expect("the child completes responses"),
        );
        std::thread::sleep(Duration::from_millis(rng.below(250) as u64));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        reported.extend(ids_rx.try_iter());

        let mut store = Store::open(&dir.path().join(kiosk::paths::DATABASE_FILE)).unwrap();
        assert_eq!(store.integrity_check().unwrap(), "ok", "round {round}");
        let mut held: BTreeMap<String, usize> = BTreeMap::new();
        for id in store.response_ids().unwrap() {
            *held.entry(id).or_default() += 1;
        }
        for id in &reported {
            let expected = if acknowledged.contains(id) {
                None
            } else {
                Some(&1)
            };
            assert_eq!(
                held.get(id),
                expected,
                "round {round}: {id} held {:?} times",
                held.get(id)
            );
        }
        assert_eq!(store.counts().unwrap().synced, acknowledged.len() as u64);

        // As a collector's reply would, acknowledge some before the next child runs.
        let now: Vec<String> = reported
            .iter()
            .filter(|id| !acknowledged.contains(*id) && rng.below(2) == 0)
            .cloned()
            .collect();
        assert_eq!(store.forget_held(&now).unwrap(), now.len(), "round {round}");
        acknowledged.extend(now);
    }
    assert!(
        reported.len() > KILLS,
        "the child completed only {} responses",
        reported.len()
    );
    eprintln!(
        "{} responses reported across {KILLS} kills, all held once",
        reported.len()
    );
}
