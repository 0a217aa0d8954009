//! `survey-publish keygen` as the owner runs it: the binary, a real file.

use std::process::Command;

#[test]
fn keygen_writes_a_private_identity_prints_its_recipient_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("survey-identity.txt");
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_survey-publish"))
            .args(["keygen", "--out"])
            .arg(&out)
            .output()
            .unwrap()
    };
    let first = run();
    assert!(first.status.success(), "{first:?}");
    let printed = String::from_utf8(first.stdout).unwrap().trim().to_owned();
    assert!(printed.starts_with("age1"), "{printed}");
    let identity = publisher::opening::read_identity(&out).unwrap();
    assert_eq!(identity.to_public().to_string(), printed);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{mode:o}");
    }
    let kept = std::fs::read(&out).unwrap();
    let second = run();
    assert!(!second.status.success(), "a second run must be refused");
    assert!(
        String::from_utf8_lossy(&second.stderr).contains("already exists"),
        "{second:?}"
    );
    assert!(second.stdout.is_empty());
    assert_eq!(
        std::fs::read(&out).unwrap(),
        kept,
        "the identity is untouched"
    );
}
