//! Running the Debian tools packaging relies on (dpkg-deb, dpkg-shlibdeps, strip, gzip, gpg,
//! apt-ftparchive) with their failures turned into [`PackagingError`]s that say which one.

use std::process::{Command, Output};

use crate::{PackagingError, Result};

/// Runs `command` to its end and returns its output; a non-zero exit is an error with stderr.
pub fn output(command: &mut Command) -> Result<Output> {
    let program = command.get_program().to_string_lossy().into_owned();
    let output = command
        .output()
        .map_err(|source| PackagingError::ToolMissing { program, source })?;
    if !output.status.success() {
        return Err(PackagingError::ToolFailed {
            command: format!("{command:?}"),
            status: output.status,
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        });
    }
    Ok(output)
}

/// The same, for what it prints on standard output.
pub fn stdout(command: &mut Command) -> Result<String> {
    Ok(String::from_utf8_lossy(&output(command)?.stdout).into_owned())
}

/// The Debian name of this machine's architecture (`amd64`, `arm64`).
pub fn debian_architecture() -> Result<String> {
    Ok(stdout(Command::new("dpkg").arg("--print-architecture"))?
        .trim()
        .to_owned())
}
