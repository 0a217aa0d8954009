//! What the collector's router tests share: the repository and the demo pack built once.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// The demo pack, built once per test binary with the demo key.
pub fn pack_dir() -> &'static Path {
    static PACK: OnceLock<PathBuf> = OnceLock::new();
    PACK.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep().join("pack");
        let keys = repo().join("demo-keys-NOT-FOR-PRODUCTION");
        let key = survey::PackSigningKey::from_file(&keys.join("pack-signing-key.txt")).unwrap();
        survey::pack::build(&repo(), &key, &dir).unwrap();
        dir
    })
}
