//! Keeping the input that kills the process. A stack overflow or an abort cannot be caught by
//! `catch_unwind`: the process dies. While [`Armed`], every execution's input is known to a
//! SIGABRT handler (Rust turns a stack overflow into an abort), which writes it to a file opened
//! beforehand, so the input that killed the fuzzer is never lost.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI32, AtomicPtr, AtomicUsize, Ordering};

static FD: AtomicI32 = AtomicI32::new(-1);
static INPUT: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());
static LEN: AtomicUsize = AtomicUsize::new(0);

/// Set up for one target's run; disarms (and removes the empty file) when dropped.
pub struct Armed {
    path: PathBuf,
}

impl Armed {
    /// Opens `<dir>/<target>/crash-<pid>.bin` and installs the handler.
    pub fn new(dir: &Path, target: &str) -> std::io::Result<Self> {
        let folder = dir.join(target);
        std::fs::create_dir_all(&folder)?;
        let path = folder.join(format!("crash-{}.bin", std::process::id()));
        let file = std::fs::File::create(&path)?;
        FD.store(std::os::fd::IntoRawFd::into_raw_fd(file), Ordering::SeqCst);
        // SAFETY: the handler only calls async-signal-safe functions (write, signal, raise).
        unsafe {
            libc::signal(
                libc::SIGABRT,
                on_abort as extern "C" fn(libc::c_int) as libc::sighandler_t,
            );
        }
        Ok(Armed { path })
    }

    /// The input about to run; it must stay alive until the next call or the drop.
    pub fn running(&self, input: &[u8]) {
        LEN.store(0, Ordering::SeqCst);
        INPUT.store(input.as_ptr().cast_mut(), Ordering::SeqCst);
        LEN.store(input.len(), Ordering::SeqCst);
    }

    /// The input has run; nothing is written should the process abort outside an execution.
    pub fn finished(&self) {
        LEN.store(0, Ordering::SeqCst);
        INPUT.store(std::ptr::null_mut(), Ordering::SeqCst);
    }
}

impl Drop for Armed {
    fn drop(&mut self) {
        // SAFETY: restores the default action and closes the descriptor this value opened.
        unsafe {
            libc::signal(libc::SIGABRT, libc::SIG_DFL);
            libc::close(FD.swap(-1, Ordering::SeqCst));
        }
        LEN.store(0, Ordering::SeqCst);
        INPUT.store(std::ptr::null_mut(), Ordering::SeqCst);
        let _ = std::fs::remove_file(&self.path);
        // The target's findings folder, unless something was found in it.
        if let Some(folder) = self.path.parent() {
            let _ = std::fs::remove_dir(folder);
        }
    }
}

extern "C" fn on_abort(_: libc::c_int) {
    const NOTE: &[u8] = b"survey-fuzz: the process is aborting; the input it was running is \
saved as crash-<pid>.bin in the target's findings folder\n";
    let fd = FD.load(Ordering::SeqCst);
    let input = INPUT.load(Ordering::SeqCst);
    let len = LEN.load(Ordering::SeqCst);
    // SAFETY: write, signal and raise are async-signal-safe; `input` points at `len` live bytes
    // (set by `running` before each execution and cleared before they are freed).
    unsafe {
        if fd >= 0 && !input.is_null() {
            libc::write(fd, input.cast(), len);
        }
        libc::write(2, NOTE.as_ptr().cast(), NOTE.len());
        libc::signal(libc::SIGABRT, libc::SIG_DFL);
        libc::raise(libc::SIGABRT);
    }
}
