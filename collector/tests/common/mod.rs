//! What the collector's router tests share: the repository and the demo pack built once.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use collector::db::Db;
use collector::served_pack::ServedPack;
use collector::{AppState, ServeConfig};

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

/// A collector's state on a fresh data folder, serving the demo pack with "today" fixed inside
/// the survey period (2026-11-02); `prepare` may register what a test needs first.
#[allow(dead_code)] // each test binary uses what it needs
pub fn state_with(prepare: impl FnOnce(&mut Db)) -> (tempfile::TempDir, Arc<AppState>) {
    state_configured(ServeConfig::default(), prepare)
}

/// Like [`state_with`], with `config` (its "today", when it has none, is the fixed one).
#[allow(dead_code)]
pub fn state_configured(
    config: ServeConfig,
    prepare: impl FnOnce(&mut Db),
) -> (tempfile::TempDir, Arc<AppState>) {
    let data = tempfile::tempdir().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    let key = survey::PackVerifyingKey::from_file(
        &repo().join("demo-keys-NOT-FOR-PRODUCTION/pack-signing-key.pub"),
    )
    .unwrap();
    let pack = ServedPack::load(pack_dir(), &key, today).unwrap();
    let config = ServeConfig {
        today: Some(config.today.unwrap_or(today)),
        ..config
    };
    let mut db = Db::open(data.path()).unwrap();
    prepare(&mut db);
    (data, AppState::new(db, pack, config))
}
