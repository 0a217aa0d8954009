//! `cargo xtask vendor`: (re)makes `ui/vendor/`, the modules of @noble that the web survey's
//! own age sealing (ui/js/web/age.js) imports: X25519, HKDF, HMAC and SHA-256,
//! ChaCha20-Poly1305. Only those files and what they import are kept, so a phone's first visit
//! fetches no code the sealing does not run.
//!
//! npm fetches the pinned releases into target/vendor-npm; the files age.js imports are then
//! copied with their licences, and each bare import ("@noble/hashes/hmac.js") is rewritten to the
//! relative path of the copied file, so the browser loads them without a bundler or an import
//! map (which the page's content security policy would have to allow inline).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context};

use crate::system;

const PACKAGES: &[&str] = &[
    "@noble/ciphers@2.4.0",
    "@noble/hashes@2.4.0",
    "@noble/curves@2.4.0",
];
/// The module that imports the vendored files, each as "../../vendor/<package>/<file>".
const IMPORTER: &str = "ui/js/web/age.js";
const FROM_IMPORTER: &str = "../../vendor/";

pub fn run(root: &Path, _args: &[String]) -> anyhow::Result<()> {
    if system::which("npm").is_none() {
        system::ensure_packages(&["npm"])?;
    }
    let npm_dir = root.join("target/vendor-npm");
    std::fs::create_dir_all(&npm_dir)?;
    system::run(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&npm_dir)
            .args(PACKAGES),
    )?;
    let modules = npm_dir.join("node_modules");
    let importer = std::fs::read_to_string(root.join(IMPORTER))?;
    let entries: Vec<String> = specifiers(&importer)
        .into_iter()
        .filter_map(|s| s.strip_prefix(FROM_IMPORTER).map(str::to_owned))
        .collect();
    let files = closure(&modules, entries)?;
    let out = root.join("ui/vendor");
    if out.exists() {
        std::fs::remove_dir_all(&out)?;
    }
    let mut packages = BTreeMap::new();
    for (relative, imports) in &files {
        let source = std::fs::read_to_string(modules.join(relative))?;
        let rewritten = rewrite_imports(&source, relative, imports);
        let target = out.join(relative);
        std::fs::create_dir_all(target.parent().expect("a file has a folder"))?;
        std::fs::write(&target, rewritten)?;
        packages.insert(package_of(relative), ());
    }
    let mut readme = String::from(
        "# Vendored ES modules\n\nMade by `cargo xtask vendor` from npm; do not edit. The web \
         survey's sealing (`ui/js/web/age.js`) imports these files, and only they and what they \
         import are here. Bare imports were rewritten to relative paths; nothing else was \
         changed.\n\n",
    );
    for package in packages.keys() {
        let manifest: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
            modules.join(package).join("package.json"),
        )?)?;
        let licence = modules.join(package).join("LICENSE");
        std::fs::copy(&licence, out.join(package).join("LICENSE"))
            .with_context(|| format!("{}", licence.display()))?;
        readme.push_str(&format!(
            "- {package} {} ({} licence)\n",
            manifest["version"].as_str().unwrap_or("?"),
            manifest["license"].as_str().unwrap_or("see LICENSE"),
        ));
    }
    std::fs::write(out.join("README.md"), readme)?;
    println!("{} files in {}", files.len(), out.display());
    Ok(())
}

/// Every file the entry imports, directly or not, with the resolved target of each import.
fn closure(
    modules: &Path,
    entries: Vec<String>,
) -> anyhow::Result<BTreeMap<String, Vec<(String, String)>>> {
    if entries.is_empty() {
        bail!("{IMPORTER} imports nothing from {FROM_IMPORTER}");
    }
    let mut files = BTreeMap::new();
    let mut pending = entries;
    let mut seen = BTreeSet::new();
    while let Some(relative) = pending.pop() {
        if !seen.insert(relative.clone()) {
            continue;
        }
        let source = std::fs::read_to_string(modules.join(&relative))
            .with_context(|| format!("reading {relative}"))?;
        let mut imports = Vec::new();
        for specifier in specifiers(&source) {
            let resolved = resolve(modules, &relative, &specifier)?;
            pending.push(resolved.clone());
            imports.push((specifier, resolved));
        }
        files.insert(relative, imports);
    }
    Ok(files)
}

/// The module specifiers of `from "..."` clauses (the only import form these modules use),
/// outside comments: the modules' documentation shows imports of other modules in examples.
fn specifiers(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in code_lines(source) {
        let mut rest = line;
        while let Some(at) = rest.find("from ") {
            rest = &rest[at + 5..];
            let trimmed = rest.trim_start();
            let Some(quote) = trimmed.chars().next().filter(|c| *c == '"' || *c == '\'') else {
                continue;
            };
            if let Some(end) = trimmed[1..].find(quote) {
                found.push(trimmed[1..1 + end].to_owned());
            }
        }
    }
    found
}

/// The lines of a module that are not comments (these modules comment in whole lines).
fn code_lines(source: &str) -> impl Iterator<Item = &str> {
    source.lines().filter(|line| !is_comment(line))
}

fn is_comment(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("//") || line.starts_with("/*") || line.starts_with('*')
}

fn resolve(modules: &Path, from: &str, specifier: &str) -> anyhow::Result<String> {
    if specifier.starts_with('.') {
        let base = Path::new(from).parent().expect("a file has a folder");
        return Ok(normalise(&base.join(specifier)));
    }
    let parts: Vec<&str> = specifier.split('/').collect();
    let name_parts = if specifier.starts_with('@') { 2 } else { 1 };
    let package = parts[..name_parts].join("/");
    let sub = parts[name_parts..].join("/");
    let manifest: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
        modules.join(&package).join("package.json"),
    )?)?;
    let key = if sub.is_empty() {
        ".".to_owned()
    } else {
        format!("./{sub}")
    };
    let target = match &manifest["exports"][&key] {
        serde_json::Value::String(path) => path.clone(),
        serde_json::Value::Object(conditions) => conditions
            .get("import")
            .or_else(|| conditions.get("default"))
            .and_then(|v| v.as_str())
            .map(str::to_owned)
            .with_context(|| format!("{specifier}: no import condition"))?,
        _ if sub.is_empty() => manifest["module"]
            .as_str()
            .or(manifest["main"].as_str())
            .map(str::to_owned)
            .with_context(|| format!("{specifier}: no entry"))?,
        _ => key.clone(),
    };
    let path = modules.join(&package).join(&target);
    if !path.is_file() {
        bail!(
            "{specifier} resolves to {}, which is missing",
            path.display()
        );
    }
    Ok(normalise(&Path::new(&package).join(target)))
}

fn normalise(path: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for component in path.components() {
        match component.as_os_str().to_string_lossy().as_ref() {
            "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part.to_owned()),
        }
    }
    parts.join("/")
}

fn rewrite_imports(source: &str, file: &str, imports: &[(String, String)]) -> String {
    let depth = file.matches('/').count();
    let mut out = String::with_capacity(source.len());
    for line in source.split_inclusive('\n') {
        let mut line = line.to_owned();
        if !is_comment(&line) {
            for (specifier, resolved) in imports {
                if specifier.starts_with('.') {
                    continue;
                }
                let relative = format!("{}{resolved}", "../".repeat(depth));
                for quote in ['"', '\''] {
                    line = line.replace(
                        &format!("from {quote}{specifier}{quote}"),
                        &format!("from {quote}{relative}{quote}"),
                    );
                }
            }
        }
        out.push_str(&line);
    }
    out
}

fn package_of(relative: &str) -> String {
    let parts: Vec<&str> = relative.split('/').collect();
    if relative.starts_with('@') {
        parts[..2].join("/")
    } else {
        parts[0].to_owned()
    }
}
