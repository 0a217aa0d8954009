//! Embeds the participant screens (`ui/`) in the collector, which serves them as the web
//! survey (the same files the kiosk app embeds, so there is one set of screens), and the
//! invitation texts of every language (`locales/<lang>/invitation.ftl`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui");
    println!("cargo:rerun-if-changed={}", ui.display());
    let mut files = Vec::new();
    walk(&ui, &mut files);
    files.sort();
    let mut code = String::from("/// Every file of `ui/`, by its path relative to it.\npub static UI_FILES: &[(&str, &[u8])] = &[\n");
    for file in &files {
        let relative = file.strip_prefix(&ui).expect("inside ui/");
        let name = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let absolute = file.canonicalize().expect("a file that exists");
        writeln!(
            code,
            "    ({name:?}, include_bytes!({:?})),",
            absolute.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    code.push_str("/// Each language's invitation.ftl, by language code.\npub static INVITATION_FTL: &[(&str, &str)] = &[\n");
    let mut languages: Vec<PathBuf> = std::fs::read_dir(&locales)
        .expect("locales/ is readable")
        .map(|e| e.expect("locales/ is readable").path())
        .filter(|p| p.join("invitation.ftl").is_file())
        .collect();
    languages.sort();
    for dir in languages {
        let code_name = dir
            .file_name()
            .expect("a folder name")
            .to_string_lossy()
            .into_owned();
        let file = dir
            .join("invitation.ftl")
            .canonicalize()
            .expect("a file that exists");
        writeln!(
            code,
            "    ({code_name:?}, include_str!({:?})),",
            file.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("ui_files.rs"), code).expect("OUT_DIR is writable");
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("ui/ is readable") {
        let path = entry.expect("ui/ is readable").path();
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, files);
        } else {
            files.push(path);
        }
    }
}
