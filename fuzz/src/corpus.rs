//! The checked-in corpus (`fuzz/corpus/<target>/<sha256>.bin`): the inputs earlier runs found
//! worth keeping (new code or a new outcome), and requests recorded from the end-to-end tests'
//! real traffic, so that each run starts where the last one ended instead of from the seeds.

use std::collections::BTreeMap;
use std::path::Path;

/// The inputs kept for `target` under `dir`, in a stable order (by name); none when absent.
pub fn load(dir: &Path, target: &str) -> std::io::Result<Vec<Vec<u8>>> {
    let folder = dir.join(target);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(Vec::new());
    };
    let mut inputs = BTreeMap::new();
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "bin") {
            inputs.insert(path.clone(), std::fs::read(&path)?);
        }
    }
    Ok(inputs.into_values().collect())
}

/// Replaces what is kept for `target` under `dir` with `inputs`, each named by its SHA-256.
pub fn store(dir: &Path, target: &str, inputs: &[Vec<u8>]) -> std::io::Result<()> {
    let folder = dir.join(target);
    std::fs::create_dir_all(&folder)?;
    let mut keep = std::collections::BTreeSet::new();
    for input in inputs {
        let name = format!("{}.bin", sha256_hex(input));
        std::fs::write(folder.join(&name), input)?;
        keep.insert(name);
    }
    for entry in std::fs::read_dir(&folder)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".bin") && !keep.contains(&name) {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// Adds one input for `target` under `dir` (a recorded request), named by its SHA-256.
pub fn add(dir: &Path, target: &str, input: &[u8]) -> std::io::Result<()> {
    let folder = dir.join(target);
    std::fs::create_dir_all(&folder)?;
    std::fs::write(folder.join(format!("{}.bin", sha256_hex(input))), input)
}

fn sha256_hex(input: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, input);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_corpus_loads_back_and_replaces_what_was_there() {
        let dir = tempfile::tempdir().unwrap();
        assert!(load(dir.path(), "wire").unwrap().is_empty());
        store(dir.path(), "wire", &[b"b".to_vec(), b"a".to_vec()]).unwrap();
        let mut loaded = load(dir.path(), "wire").unwrap();
        loaded.sort();
        assert_eq!(loaded, [b"a".to_vec(), b"b".to_vec()]);
        store(dir.path(), "wire", &[b"c".to_vec()]).unwrap();
        assert_eq!(load(dir.path(), "wire").unwrap(), [b"c".to_vec()]);
        add(dir.path(), "wire", b"d").unwrap();
        assert_eq!(load(dir.path(), "wire").unwrap().len(), 2);
        assert!(
            load(dir.path(), "seal").unwrap().is_empty(),
            "targets are apart"
        );
    }
}
