//! What a failed write says about the storage under the data folder: full or read-only, the
//! two troubles only an operator mends, which the collector says plainly (`503` with a reason,
//! `/healthz` not ready) instead of as an internal error.

use sync::wire::reason;

/// Whether `error`, or what caused it, is the storage being full ([`reason::OUT_OF_SPACE`]:
/// `SQLITE_FULL`, which the size limit gives too, or `ENOSPC`) or read-only
/// ([`reason::READ_ONLY`]).
pub fn trouble(error: &(dyn std::error::Error + 'static)) -> Option<&'static str> {
    const ENOSPC: i32 = 28;
    const EROFS: i32 = 30;
    let mut cause = Some(error);
    while let Some(error) = cause {
        if let Some(rusqlite::Error::SqliteFailure(failure, _)) = error.downcast_ref() {
            match failure.code {
                rusqlite::ErrorCode::DiskFull => return Some(reason::OUT_OF_SPACE),
                rusqlite::ErrorCode::ReadOnly => return Some(reason::READ_ONLY),
                _ => {}
            }
        }
        if let Some(io) = error.downcast_ref::<std::io::Error>() {
            match io.raw_os_error() {
                Some(ENOSPC) => return Some(reason::OUT_OF_SPACE),
                Some(EROFS) => return Some(reason::READ_ONLY),
                _ => {}
            }
        }
        cause = error.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_or_read_only_file_system_is_named_through_the_errors_that_wrap_it() {
        let wrapped = |code| crate::DataError::Io {
            path: "data".into(),
            source: std::io::Error::from_raw_os_error(code),
        };
        assert_eq!(trouble(&wrapped(28)), Some(reason::OUT_OF_SPACE));
        assert_eq!(trouble(&wrapped(30)), Some(reason::READ_ONLY));
        assert_eq!(
            trouble(&wrapped(13)),
            None,
            "permission denied is not storage trouble"
        );
        let full = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            None,
        );
        assert_eq!(
            trouble(&crate::CollectorError::from(crate::DataError::Storage(
                full
            ))),
            Some(reason::OUT_OF_SPACE)
        );
    }
}
