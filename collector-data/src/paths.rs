//! Where files may go: what the online collector keeps must never sit beside what only the
//! survey owner may hold (the identity, the opened microdata).

use std::path::{Path, PathBuf};

/// Whether `path` is, or would be created, inside `dir`.
pub fn is_inside(path: &Path, dir: &Path) -> bool {
    let Ok(dir) = std::fs::canonicalize(dir) else {
        return false;
    };
    // Resolve the longest part of `path` that exists, then add the rest back.
    let mut existing: PathBuf = path.to_owned();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_owned());
                existing = if parent.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    parent.to_owned()
                };
            }
            _ => return false,
        }
    }
    let Ok(mut resolved) = std::fs::canonicalize(&existing) else {
        return false;
    };
    resolved.extend(rest.iter().rev());
    resolved.starts_with(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_inside_are_told_from_paths_beside() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        assert!(is_inside(&data.join("identity.txt"), &data));
        assert!(is_inside(&data.join("new/deeper/file"), &data));
        assert!(is_inside(&data.join("../data/x"), &data));
        assert!(!is_inside(&dir.path().join("identity.txt"), &data));
        assert!(!is_inside(&dir.path().join("data-copy/x"), &data));
        assert!(!is_inside(
            &dir.path().join("x"),
            &dir.path().join("missing")
        ));
    }
}
