//! A sync through a slow network does not hold the kiosk: while a batch is on its way, the
//! kiosk answers (a participant's tap, the coordinator's "close"), and the coordinator can stop
//! the sync, which keeps what was not sent safe in the outbox.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Mutex;
use std::time::Duration;

use end_to_end::slow::slow_forwarder;
use end_to_end::*;
use kiosk::engine::{sync_through, KioskLock};

#[test]
fn while_a_batch_is_on_its_way_the_kiosk_answers_and_the_sync_can_be_stopped() {
    let collector = Collector::start();
    let code = collector.add_municipality("0301", "Oslo");
    let (arrived, requests) = mpsc::channel();
    let slow = slow_forwarder(&collector.url, Duration::from_secs(2), arrived);
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_in(dir.path());
    kiosk.enrol(Some(&slow), &code).unwrap();
    requests.recv().unwrap(); // the enrolment's
    fill(&mut kiosk, 3, 9);
    let kiosk = Mutex::new(kiosk);
    let cancel = AtomicBool::new(false);

    std::thread::scope(|scope| {
        let sync = scope.spawn(|| sync_through(&kiosk, &quick_retries(1), &mut |_| {}, &cancel));
        requests.recv().unwrap(); // the first batch is held on its way
        let pending = kiosk.with_kiosk(|k| k.status().unwrap().responses.pending);
        assert!(
            !sync.is_finished(),
            "the kiosk answered while the batch was on its way"
        );
        assert_eq!(pending, 3);
        cancel.store(true, Ordering::SeqCst);
        let report = sync.join().unwrap().unwrap();
        assert!(report.cancelled);
        assert_eq!((report.held, report.remaining), (1, 2), "{report:?}");
    });
    assert_eq!(collector.response_count(), 1);
    let kiosk = kiosk.into_inner().unwrap();
    assert_eq!(
        kiosk.status().unwrap().responses.pending,
        2,
        "the rest wait safely"
    );
}
