//! Telling whether a collector is serving a data folder: `serve` holds a shared advisory lock
//! (flock) on a file in the folder for as long as it runs, and `restore` takes that lock
//! exclusively, so a restore is refused while any collector serves the folder. The kernel drops
//! the lock when the process ends, however it ends, so a crashed collector never blocks a
//! restore, and a collector started during a restore waits the moment it takes to swap files.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use crate::CollectorError;

/// Empty; only its lock matters. Named after the database so the identity scan at every start
/// passes it over like the database's own files.
pub const LOCK_FILE: &str = "collector.sqlite.serving-lock";

/// A held lock on a data folder, released when dropped (or when the process ends).
#[derive(Debug)]
pub struct ServingLock {
    _file: File,
}

impl ServingLock {
    /// What `serve` holds while it runs. Several collectors may hold it at once; it waits while
    /// a restore holds the folder.
    pub fn serving(data_dir: &Path) -> Result<Self, CollectorError> {
        let (file, path) = open_lock_file(data_dir)?;
        file.lock_shared().map_err(CollectorError::io(path))?;
        Ok(ServingLock { _file: file })
    }

    /// What `restore` holds while it swaps the database; refused while a collector serves.
    pub fn exclusive(data_dir: &Path) -> Result<Self, CollectorError> {
        let (file, path) = open_lock_file(data_dir)?;
        match file.try_lock() {
            Ok(()) => Ok(ServingLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(CollectorError::BeingServed(data_dir.to_owned())),
            Err(TryLockError::Error(error)) => Err(CollectorError::io(path)(error)),
        }
    }
}

fn open_lock_file(data_dir: &Path) -> Result<(File, std::path::PathBuf), CollectorError> {
    std::fs::create_dir_all(data_dir).map_err(CollectorError::io(data_dir))?;
    let path = data_dir.join(LOCK_FILE);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(CollectorError::io(&path))?;
    Ok((file, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exclusive_hold_is_refused_while_serving_and_given_once_serving_stops() {
        let dir = tempfile::tempdir().unwrap();
        let first = ServingLock::serving(dir.path()).unwrap();
        let second = ServingLock::serving(dir.path()).unwrap();
        assert!(matches!(
            ServingLock::exclusive(dir.path()),
            Err(CollectorError::BeingServed(_))
        ));
        drop(first);
        assert!(ServingLock::exclusive(dir.path()).is_err());
        drop(second);
        let restoring = ServingLock::exclusive(dir.path()).unwrap();
        assert!(ServingLock::exclusive(dir.path()).is_err());
        drop(restoring);
    }
}
