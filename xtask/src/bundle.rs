//! `cargo xtask bundle`: the release packages and the signed apt repository that carries them.
//!
//! Builds the release programs, packages the kiosk (`survey-kiosk`), the collector
//! (`survey-collector`) and the owner's publisher (`survey-publish`) as `.deb`s with the
//! `packaging` crate (the same code the install tests use on debug builds), and writes them
//! into an apt repository signed with the owner's OpenPGP key, ready for the collector's
//! `SURVEY_COLLECTOR_APT_REPOSITORY` or any static host.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context};
use packaging::apt_repository::{self, Signer};
use packaging::collector::{collector_package, publish_package};
use packaging::deb::Compression;
use packaging::kiosk::{kiosk_package, KioskPrograms};

use crate::system;

/// The Debian tools packaging runs: dpkg-deb and dpkg-shlibdeps, strip, apt-ftparchive, gpg.
pub const PACKAGING_PACKAGES: &[&str] = &["dpkg-dev", "binutils", "apt-utils", "gnupg"];

struct Options {
    version: String,
    out: PathBuf,
    signer: Option<Signer>,
}

pub fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    let options = parse(root, args)?;
    system::ensure_packages(system::BUILD_PACKAGES)?;
    system::ensure_packages(PACKAGING_PACKAGES)?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    system::run(Command::new(&cargo).current_dir(root).args([
        "build",
        "--release",
        "--bins",
        "-p",
        "survey-kiosk-app",
        "-p",
        "kiosk",
        "-p",
        "collector",
        "-p",
        "publisher",
    ]))?;
    let release = crate::target_dir(root).join("release");
    let debs_dir = options.out.join("debs");
    let programs = KioskPrograms {
        app: release.join("survey-kiosk"),
        cli: release.join("kiosk-cli"),
    };
    let debs = vec![
        kiosk_package(&programs, root, &options.version).build(&debs_dir, Compression::Smallest)?,
        collector_package(&release.join("survey-collector"), &options.version)
            .build(&debs_dir, Compression::Smallest)?,
        publish_package(&release.join("survey-publish"), &options.version)
            .build(&debs_dir, Compression::Smallest)?,
    ];
    let signer = match options.signer {
        Some(signer) => signer,
        None => demo_signer(&options.out)?,
    };
    let repo = options.out.join("apt");
    apt_repository::write(&repo, &debs, &signer)?;
    for deb in &debs {
        println!("{}", deb.display());
    }
    println!(
        "apt repository: {} (serve it with SURVEY_COLLECTOR_APT_REPOSITORY={0}, or from any \
         static host; machines trust {})",
        repo.display(),
        apt_repository::KEYRING_FILE
    );
    Ok(())
}

/// A throwaway key for trying the repository out, made once in the output folder. A real
/// repository is signed with `--gpg-key`, the owner's key.
fn demo_signer(out: &Path) -> anyhow::Result<Signer> {
    let home = out.join("demo-gnupg-NOT-FOR-PRODUCTION");
    let user_id = "Survey Kiosk demo repository NOT FOR PRODUCTION <demo@example.org>";
    println!(
        "no --gpg-key: signing with a demo key in {}",
        home.display()
    );
    if home.join("pubring.kbx").exists() {
        return Ok(Signer {
            gnupg_home: home,
            key: user_id.into(),
        });
    }
    Ok(Signer::generate(&home, user_id)?)
}

fn parse(root: &Path, args: &[String]) -> anyhow::Result<Options> {
    let mut options = Options {
        version: env!("CARGO_PKG_VERSION").into(),
        out: crate::target_dir(root).join("bundle"),
        signer: None,
    };
    let mut gnupg_home = std::env::var_os("GNUPGHOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".gnupg")));
    let mut key = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || {
            rest.next()
                .cloned()
                .with_context(|| format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "--version" => options.version = value()?,
            "--out" => options.out = PathBuf::from(value()?),
            "--gpg-key" => key = Some(value()?),
            "--gpg-home" => gnupg_home = Some(PathBuf::from(value()?)),
            other => bail!(
                "unknown option {other}: cargo xtask bundle [--version V] [--out DIR] \
                 [--gpg-key ID [--gpg-home DIR]]"
            ),
        }
    }
    if let Some(key) = key {
        let gnupg_home = gnupg_home.context("--gpg-key needs --gpg-home or GNUPGHOME")?;
        options.signer = Some(Signer { gnupg_home, key });
    }
    Ok(options)
}
