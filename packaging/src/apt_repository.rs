//! A signed apt repository of the packages, as one folder any static web server (the
//! collector's `/apt/` among them) can serve: `pool/` with the `.deb`s, `dists/stable/` with
//! the package index and its `Release` signed by the owner's OpenPGP key, and that key's public
//! half for the machines to trust. `apt update && apt upgrade` on a kiosk then brings a newer
//! kiosk signed by the owner, and nothing signed by anyone else.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{io_at, tools, Result};

pub const SUITE: &str = "stable";
pub const COMPONENT: &str = "main";
/// The owner's public key in the repository, for `signed-by=` in the machines' apt source.
pub const KEYRING_FILE: &str = "survey-kiosk-archive-keyring.gpg";

/// An OpenPGP key in a GnuPG home folder.
#[derive(Debug, Clone)]
pub struct Signer {
    pub gnupg_home: PathBuf,
    /// A fingerprint, key id or user id that names one secret key in that home.
    pub key: String,
}

impl Signer {
    /// Makes a new Ed25519 signing key without a passphrase in `gnupg_home`: for tests and
    /// for a demo repository, never for a real one, whose key the owner keeps offline.
    pub fn generate(gnupg_home: &Path, user_id: &str) -> Result<Signer> {
        fs::create_dir_all(gnupg_home).map_err(io_at(gnupg_home))?;
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(gnupg_home, fs::Permissions::from_mode(0o700))
            .map_err(io_at(gnupg_home))?;
        tools::output(
            gpg(gnupg_home)
                .args(["--passphrase", "", "--quick-gen-key", user_id])
                .args(["ed25519", "sign", "never"]),
        )?;
        Ok(Signer {
            gnupg_home: gnupg_home.to_owned(),
            key: user_id.into(),
        })
    }
}

fn gpg(home: &Path) -> Command {
    let mut command = Command::new("gpg");
    command
        .args([
            "--batch",
            "--yes",
            "--pinentry-mode",
            "loopback",
            "--homedir",
        ])
        .arg(home);
    command
}

/// Writes (or rewrites) the repository in `repo` with `debs` added to what its pool holds,
/// and signs it. Older versions stay in the pool, so a machine can still be pointed back.
pub fn write(repo: &Path, debs: &[PathBuf], signer: &Signer) -> Result<()> {
    let pool = repo.join("pool").join(COMPONENT);
    fs::create_dir_all(&pool).map_err(io_at(&pool))?;
    for deb in debs {
        let name = deb.file_name().expect("a .deb has a file name");
        fs::copy(deb, pool.join(name)).map_err(io_at(deb))?;
    }
    let architecture = tools::debian_architecture()?;
    let suite = repo.join("dists").join(SUITE);
    let binary = suite.join(COMPONENT).join(format!("binary-{architecture}"));
    fs::create_dir_all(&binary).map_err(io_at(&binary))?;
    // Filenames in the index are relative to the repository's root, as apt asks for them.
    let packages = tools::stdout(
        Command::new("apt-ftparchive")
            .current_dir(repo)
            .args(["packages", "pool"]),
    )?;
    let index = binary.join("Packages");
    fs::write(&index, &packages).map_err(io_at(&index))?;
    tools::output(Command::new("gzip").args(["-9nkf"]).arg(&index))?;
    for stale in ["Release", "InRelease", "Release.gpg"] {
        let _ = fs::remove_file(suite.join(stale));
    }
    let release = tools::stdout(
        Command::new("apt-ftparchive")
            .current_dir(&suite)
            .args(["-o", &format!("APT::FTPArchive::Release::Suite={SUITE}")])
            .args(["-o", &format!("APT::FTPArchive::Release::Codename={SUITE}")])
            .args([
                "-o",
                &format!("APT::FTPArchive::Release::Components={COMPONENT}"),
            ])
            .args([
                "-o",
                &format!("APT::FTPArchive::Release::Architectures={architecture}"),
            ])
            .args(["-o", "APT::FTPArchive::Release::Origin=Survey Kiosk"])
            .args(["-o", "APT::FTPArchive::Release::Label=Survey Kiosk"])
            .args(["release", "."]),
    )?;
    let release_file = suite.join("Release");
    fs::write(&release_file, release).map_err(io_at(&release_file))?;
    let sign = |args: &[&str], out: &str| {
        tools::output(
            gpg(&signer.gnupg_home)
                .args(["--local-user", &signer.key, "--digest-algo", "SHA512"])
                .args(args)
                .arg("--output")
                .arg(suite.join(out))
                .arg(&release_file),
        )
    };
    sign(&["--clearsign"], "InRelease")?;
    sign(&["--armor", "--detach-sign"], "Release.gpg")?;
    let public = tools::output(gpg(&signer.gnupg_home).args(["--export", &signer.key]))?;
    let keyring = repo.join(KEYRING_FILE);
    fs::write(&keyring, public.stdout).map_err(io_at(&keyring))
}

/// The line of `/etc/apt/sources.list.d/survey-kiosk.sources` (deb822) for a repository at
/// `url`, trusting only the key at `keyring`.
pub fn apt_source(url: &str, keyring: &Path) -> String {
    format!(
        "Types: deb\nURIs: {url}\nSuites: {SUITE}\nComponents: {COMPONENT}\nSigned-By: {}\n",
        keyring.display()
    )
}
