//! Coverage feedback for the fuzzing loop, on the stable toolchain: built by
//! `cargo xtask fuzz` with LLVM's SanitizerCoverage (`-C passes=sancov-module` and
//! `-sanitizer-coverage-inline-8bit-counters`), every edge of the instrumented code bumps a
//! byte counter, and each module hands its counters to [`__sanitizer_cov_8bit_counters_init`]
//! before `main`. After each execution [`new_edges`] says how many edges ran for the first
//! time, so the loop keeps the inputs that reach new code (as libFuzzer and AFL do), not only
//! those with a new outcome. In a build without the instrumentation no module registers
//! counters and the feedback is simply absent.

use std::sync::Mutex;

/// The counter regions the instrumented modules registered, as (start, end) addresses.
static REGIONS: Mutex<Vec<(usize, usize)>> = Mutex::new(Vec::new());
/// One byte per counter: whether that edge has ever run.
static SEEN: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Called by the instrumentation, once per module, before `main`.
///
/// # Safety
/// `start..end` must be the module's counters, valid for the whole run (LLVM guarantees both).
#[no_mangle]
pub unsafe extern "C" fn __sanitizer_cov_8bit_counters_init(start: *mut u8, end: *mut u8) {
    if start.is_null() || end <= start {
        return;
    }
    let mut regions = REGIONS.lock().unwrap_or_else(|p| p.into_inner());
    if !regions.contains(&(start as usize, end as usize)) {
        regions.push((start as usize, end as usize));
    }
}

/// Whether this build carries the coverage instrumentation.
pub fn instrumented() -> bool {
    !REGIONS.lock().unwrap_or_else(|p| p.into_inner()).is_empty()
}

/// Edges that ran since the last call and never before, and clears the counters for the next
/// execution. Zero in a build without the instrumentation.
pub fn new_edges() -> usize {
    let regions = REGIONS.lock().unwrap_or_else(|p| p.into_inner());
    let mut seen = SEEN.lock().unwrap_or_else(|p| p.into_inner());
    let total: usize = regions.iter().map(|(start, end)| end - start).sum();
    if seen.len() < total {
        seen.resize(total, 0);
    }
    let mut fresh = 0;
    let mut offset = 0;
    for &(start, end) in regions.iter() {
        let len = end - start;
        // SAFETY: the region was registered by the instrumentation and lives as long as the
        // program; the counters are plain bytes that only this thread reads and clears between
        // executions (the targets run on the fuzzing thread, or are joined before this call).
        let counters = unsafe { std::slice::from_raw_parts_mut(start as *mut u8, len) };
        for (i, counter) in counters.iter_mut().enumerate() {
            if *counter != 0 {
                if seen[offset + i] == 0 {
                    seen[offset + i] = 1;
                    fresh += 1;
                }
                *counter = 0;
            }
        }
        offset += len;
    }
    fresh
}

/// Forgets every edge seen and clears the counters: a new target starts from nothing.
pub fn reset() {
    let _ = new_edges();
    SEEN.lock().unwrap_or_else(|p| p.into_inner()).clear();
}

/// Every edge that has run since the last [`reset`].
pub fn edges_seen() -> usize {
    SEEN.lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .filter(|&&b| b != 0)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_registered_region_reports_each_edge_once() {
        // A region of our own, standing in for a module's counters, touched only through raw
        // pointers as the instrumented code does.
        const LEN: usize = 8;
        let start = Box::into_raw(vec![0u8; LEN].into_boxed_slice()) as *mut u8;
        let bump = |i: usize| unsafe { start.add(i).write(1) };
        let all_clear = || (0..LEN).all(|i| unsafe { start.add(i).read() } == 0);
        unsafe { __sanitizer_cov_8bit_counters_init(start, start.add(LEN)) };
        assert!(instrumented());
        let _ = new_edges(); // whatever other tests' regions held
        bump(2);
        bump(5);
        assert_eq!(new_edges(), 2);
        assert!(all_clear(), "counters are cleared for the next execution");
        bump(5);
        assert_eq!(new_edges(), 0, "an edge seen before is not new");
        bump(0);
        assert_eq!(new_edges(), 1);
        assert!(edges_seen() >= 3);
    }
}
