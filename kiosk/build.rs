//! Builds the content pack the kiosk ships with and the survey owner's public key it pins.
//!
//! By default that is the demo pack, built and signed here from the repository's content with the
//! demo key. A production build points `SURVEY_KIOSK_PACK_DIR` at a pack the survey owner built
//! and signed, and `SURVEY_KIOSK_PINNED_KEY` at the owner's public key file; the build never needs
//! the owner's secret key then.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap())
        .parent()
        .unwrap()
        .to_owned();
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    for var in ["SURVEY_KIOSK_PACK_DIR", "SURVEY_KIOSK_PINNED_KEY"] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    let demo_keys = root.join("demo-keys-NOT-FOR-PRODUCTION");
    let pinned_key_file = std::env::var_os("SURVEY_KIOSK_PINNED_KEY")
        .map(PathBuf::from)
        .unwrap_or_else(|| demo_keys.join("pack-signing-key.pub"));
    println!("cargo:rerun-if-changed={}", pinned_key_file.display());
    let pinned_key = std::fs::read_to_string(&pinned_key_file).expect("reading the pinned key");

    let pack_dir = match std::env::var_os("SURVEY_KIOSK_PACK_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => {
            for input in [
                "content",
                "locales",
                "audio",
                "demo-keys-NOT-FOR-PRODUCTION",
            ] {
                println!("cargo:rerun-if-changed={}", root.join(input).display());
            }
            let key = survey::PackSigningKey::from_file(&demo_keys.join("pack-signing-key.txt"))
                .expect("reading the demo signing key");
            let dir = out.join("embedded-pack");
            survey::pack::build(&root, &key, &dir).expect("building the demo pack");
            dir
        }
    };
    println!("cargo:rerun-if-changed={}", pack_dir.display());

    let mut files = Vec::new();
    collect(&pack_dir, &pack_dir, &mut files);
    files.sort();
    let mut code = String::new();
    writeln!(
        code,
        "pub const PINNED_KEY: &str = {:?};",
        pinned_key.trim()
    )
    .unwrap();
    writeln!(code, "pub static FILES: &[(&str, &[u8])] = &[").unwrap();
    for (rel, path) in &files {
        writeln!(
            code,
            "    ({rel:?}, include_bytes!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    writeln!(code, "];").unwrap();
    std::fs::write(out.join("embedded_pack.rs"), code).unwrap();
}

fn collect(base: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(base, &path, files);
        } else {
            let rel: Vec<String> = path
                .strip_prefix(base)
                .unwrap()
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            files.push((rel.join("/"), path));
        }
    }
}
