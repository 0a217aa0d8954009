//! One binary Debian package from a list of files: staged in a temporary folder with its
//! control file, md5sums, maintainer scripts, copyright and changelog (what Debian policy and
//! lintian ask of every package), then written with `dpkg-deb`.

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{io_at, tools, PackagingError, Result};

/// Who answers for the packages, in the control file and the changelog.
pub const MAINTAINER: &str = "Survey Kiosk maintainers <survey-kiosk@imdi.no>";
const HOMEPAGE: &str = "https://www.imdi.no/";

/// What a file in the package holds.
#[derive(Debug, Clone)]
pub enum Content {
    /// A copy of this file; an ELF executable is stripped of its debug symbols on the way.
    Copy(PathBuf),
    Text(String),
}

/// A file as installed: its absolute path on the target machine, content and mode.
#[derive(Debug, Clone)]
pub struct Entry {
    pub installed_at: String,
    pub content: Content,
    pub mode: u32,
}

impl Entry {
    pub fn program(installed_at: &str, source: &Path) -> Entry {
        Entry {
            installed_at: installed_at.into(),
            content: Content::Copy(source.to_owned()),
            mode: 0o755,
        }
    }

    pub fn text(installed_at: &str, text: impl Into<String>) -> Entry {
        Entry {
            installed_at: installed_at.into(),
            content: Content::Text(text.into()),
            mode: 0o644,
        }
    }

    pub fn file(installed_at: &str, source: &Path) -> Entry {
        Entry {
            installed_at: installed_at.into(),
            content: Content::Copy(source.to_owned()),
            mode: 0o644,
        }
    }
}

/// How the package's files are compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// xz, for the packages machines download (`cargo xtask bundle`).
    Smallest,
    /// gzip, about ten times faster on a debug build: for the tests, which only install
    /// the package on the machine that built it.
    Fastest,
}

/// A binary package to build.
#[derive(Debug, Clone)]
pub struct Package {
    pub name: String,
    pub version: String,
    pub section: String,
    /// Besides the shared libraries the programs link, which dpkg-shlibdeps adds.
    pub depends: Vec<String>,
    pub recommends: Vec<String>,
    /// The one-line summary, and the paragraph below it.
    pub summary: String,
    pub description: String,
    pub entries: Vec<Entry>,
    /// Files under /etc that the administrator edits, which dpkg keeps on upgrade and removal.
    pub conffiles: Vec<String>,
    /// Maintainer scripts by name (`postinst`, `prerm`, `postrm`).
    pub scripts: Vec<(String, String)>,
}

impl Package {
    /// The file name Debian gives this package.
    pub fn file_name(&self, architecture: &str) -> String {
        format!("{}_{}_{}.deb", self.name, self.version, architecture)
    }

    /// Builds the package into `out_dir` and returns the `.deb`'s path.
    pub fn build(&self, out_dir: &Path, compression: Compression) -> Result<PathBuf> {
        if !self.version.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(PackagingError::Invalid(format!(
                "a package version starts with a digit, not {:?}",
                self.version
            )));
        }
        let architecture = tools::debian_architecture()?;
        let staging = tempfile::tempdir().map_err(io_at(std::env::temp_dir()))?;
        let root = staging.path().join("root");
        for entry in self.entries.iter().chain(&self.documentation()) {
            stage(&root, entry)?;
        }
        let control_dir = root.join("DEBIAN");
        create_dir(&control_dir)?;
        let depends = self.depends_with_libraries(staging.path(), &root)?;
        write(
            &control_dir.join("control"),
            &self.control(&architecture, &depends, installed_kib(&root)?),
            0o644,
        )?;
        write(&control_dir.join("md5sums"), &md5sums(&root)?, 0o644)?;
        if !self.conffiles.is_empty() {
            let list: String = self.conffiles.iter().map(|c| format!("{c}\n")).collect();
            write(&control_dir.join("conffiles"), &list, 0o644)?;
        }
        for (name, script) in &self.scripts {
            write(&control_dir.join(name), script, 0o755)?;
        }
        fs::create_dir_all(out_dir).map_err(io_at(out_dir))?;
        let deb = out_dir.join(self.file_name(&architecture));
        tools::output(
            Command::new("dpkg-deb")
                .arg("--root-owner-group")
                .arg(match compression {
                    Compression::Smallest => "-Zxz",
                    Compression::Fastest => "-Zgzip",
                })
                .arg("--build")
                .arg(&root)
                .arg(&deb),
        )?;
        Ok(deb)
    }

    /// The copyright and changelog every package carries in /usr/share/doc.
    fn documentation(&self) -> Vec<Entry> {
        let doc = format!("/usr/share/doc/{}", self.name);
        vec![
            Entry::text(&format!("{doc}/copyright"), COPYRIGHT),
            Entry {
                installed_at: format!("{doc}/changelog.gz"),
                content: Content::Text(self.changelog()),
                mode: 0o644,
            },
        ]
    }

    fn changelog(&self) -> String {
        format!(
            "{name} ({version}) stable; urgency=medium\n\n  * Release {version} of Survey Kiosk.\n\n -- {MAINTAINER}  Mon, 07 Dec 2026 12:00:00 +0000\n",
            name = self.name,
            version = self.version,
        )
    }

    fn control(&self, architecture: &str, depends: &[String], installed_kib: u64) -> String {
        let mut control = format!(
            "Package: {}\nVersion: {}\nArchitecture: {architecture}\nMaintainer: {MAINTAINER}\n\
             Installed-Size: {installed_kib}\nSection: {}\nPriority: optional\nHomepage: {HOMEPAGE}\n",
            self.name, self.version, self.section
        );
        if !depends.is_empty() {
            control += &format!("Depends: {}\n", depends.join(", "));
        }
        if !self.recommends.is_empty() {
            control += &format!("Recommends: {}\n", self.recommends.join(", "));
        }
        control += &format!("Description: {}\n", self.summary);
        for line in wrap(&self.description, 72) {
            control += &format!(" {line}\n");
        }
        control
    }

    /// `depends` plus the packages of the shared libraries the programs link, as
    /// dpkg-shlibdeps finds them on this machine (so the names fit this Debian or Ubuntu).
    fn depends_with_libraries(&self, staging: &Path, root: &Path) -> Result<Vec<String>> {
        let programs: Vec<PathBuf> = self
            .entries
            .iter()
            .filter(|e| matches!(e.content, Content::Copy(_)) && e.mode & 0o111 != 0)
            .map(|e| root.join(e.installed_at.trim_start_matches('/')))
            .collect();
        let mut depends = self.depends.clone();
        if programs.is_empty() {
            return Ok(depends);
        }
        // dpkg-shlibdeps wants to run inside a source package.
        let debian = staging.join("debian");
        create_dir(&debian)?;
        write(
            &debian.join("control"),
            &format!(
                "Source: {0}\n\nPackage: {0}\nArchitecture: any\n",
                self.name
            ),
            0o644,
        )?;
        let found = tools::stdout(
            Command::new("dpkg-shlibdeps")
                .current_dir(staging)
                .arg("-O")
                .args(&programs),
        )?;
        for line in found.lines() {
            if let Some(list) = line.strip_prefix("shlibs:Depends=") {
                depends.extend(list.split(", ").map(str::to_owned));
            }
        }
        fs::remove_dir_all(&debian).map_err(io_at(&debian))?;
        Ok(depends)
    }
}

/// The licence statement in Debian's machine-readable format.
const COPYRIGHT: &str =
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\
Upstream-Name: survey-kiosk\n\
Source: https://www.imdi.no/\n\
\n\
Files: *\n\
Copyright: 2026 IMDi (Integrerings- og mangfoldsdirektoratet)\n\
License: MIT or Apache-2.0\n\
\n\
License: MIT\n\
 On Debian systems the MIT licence's text is in /usr/share/common-licenses/MIT when\n\
 base-files provides it; it is also at https://opensource.org/license/mit.\n\
\n\
License: Apache-2.0\n\
 On Debian systems the full text of the Apache License 2.0 is in\n\
 /usr/share/common-licenses/Apache-2.0.\n";

fn stage(root: &Path, entry: &Entry) -> Result<()> {
    let relative = entry.installed_at.trim_start_matches('/');
    if relative.is_empty() || relative.split('/').any(|part| part == "..") {
        return Err(PackagingError::Invalid(format!(
            "{:?} is not a path inside the package",
            entry.installed_at
        )));
    }
    let target = root.join(relative);
    create_dir(target.parent().expect("a file has a folder"))?;
    match &entry.content {
        Content::Text(text) if entry.installed_at.ends_with(".gz") => {
            let compressed = gzip(text.as_bytes())?;
            fs::write(&target, compressed).map_err(io_at(&target))?;
        }
        Content::Text(text) => fs::write(&target, text).map_err(io_at(&target))?,
        Content::Copy(source) => {
            fs::copy(source, &target).map_err(io_at(source))?;
            if entry.mode & 0o111 != 0 && is_elf(&target)? {
                tools::output(
                    Command::new("strip")
                        .args(["--strip-unneeded", "--remove-section=.comment"])
                        .arg(&target),
                )?;
            }
        }
    }
    fs::set_permissions(&target, fs::Permissions::from_mode(entry.mode)).map_err(io_at(&target))
}

fn create_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).map_err(io_at(dir))?;
    // Folders in a package are 0755 whatever the umask of whoever builds it.
    fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).map_err(io_at(dir))
}

fn write(path: &Path, text: &str, mode: u32) -> Result<()> {
    fs::write(path, text).map_err(io_at(path))?;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(io_at(path))
}

fn is_elf(path: &Path) -> Result<bool> {
    let mut magic = [0u8; 4];
    use std::io::Read;
    let read = fs::File::open(path)
        .and_then(|mut f| f.read(&mut magic))
        .map_err(io_at(path))?;
    Ok(read == 4 && magic == *b"\x7fELF")
}

/// gzip without a name or time in the header (`-n`), so the same text packs the same bytes.
fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut child = Command::new("gzip")
        .args(["-9n", "-c"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|source| PackagingError::ToolMissing {
            program: "gzip".into(),
            source,
        })?;
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(bytes)
        .map_err(io_at("gzip"))?;
    let output = child.wait_with_output().map_err(io_at("gzip"))?;
    Ok(output.stdout)
}

/// Every file's MD5 (what `dpkg --verify` and debsums check), relative to the root.
fn md5sums(root: &Path) -> Result<String> {
    let files = files_under(root)?;
    let relative: Vec<String> = files
        .iter()
        .map(|f| {
            f.strip_prefix(root)
                .expect("under root")
                .to_string_lossy()
                .into_owned()
        })
        .filter(|f| !f.starts_with("DEBIAN"))
        .collect();
    if relative.is_empty() {
        return Ok(String::new());
    }
    tools::stdout(Command::new("md5sum").current_dir(root).args(&relative))
}

fn installed_kib(root: &Path) -> Result<u64> {
    let mut bytes = 0;
    for file in files_under(root)? {
        bytes += fs::metadata(&file).map_err(io_at(&file))?.len();
    }
    Ok(bytes.div_ceil(1024))
}

fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_at(dir))? {
        let path = entry.map_err(io_at(dir))?.path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        } else {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Splits a paragraph into lines of at most `width` characters, as a control file's extended
/// description wants them.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_wrap_at_the_width_without_losing_words() {
        let text = "one two three four five six seven eight nine ten";
        let lines = wrap(text, 14);
        assert!(lines.iter().all(|l| l.len() <= 14), "{lines:?}");
        assert_eq!(lines.join(" "), text);
    }
}
