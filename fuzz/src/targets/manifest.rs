//! The pack manifest (`survey::pack`): reading it, and verifying it with its signature as a
//! kiosk and the collector do. [`Manifest`] fuzzes the manifest's bytes (signed by a key of the
//! fuzzer's own, so the checks behind the signature are reached too); [`ManifestSignature`]
//! fuzzes the signature text of the demo pack's real manifest.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use survey::manifest::{MANIFEST_FILE, SIGNATURE_FILE};
use survey::pack::{parse_manifest, verify_manifest, VerifyOptions};
use survey::signing::MANIFEST_CONTEXT;
use survey::{PackSigningKey, PackVerifyingKey, SurveyError};

use crate::{broken, fixtures, FuzzError, Target};

/// The demo pack's manifest and signature as the collector serves them.
struct RealPack {
    manifest: Vec<u8>,
    signature: String,
    key: PackVerifyingKey,
}

impl RealPack {
    fn load() -> Result<Self, FuzzError> {
        let dir = fixtures::pack_dir()?;
        let read = |name: &str| std::fs::read(dir.join(name)).map_err(fixtures::setup);
        Ok(RealPack {
            manifest: read(MANIFEST_FILE)?,
            signature: String::from_utf8(read(SIGNATURE_FILE)?).map_err(fixtures::setup)?,
            key: fixtures::pack_verifying_key()?,
        })
    }
}

fn options() -> VerifyOptions {
    VerifyOptions {
        today: fixtures::open_day(),
        installed_version: Some(1),
    }
}

pub struct Manifest {
    real: RealPack,
    signer: PackSigningKey,
}

impl Manifest {
    pub fn new() -> Result<Self, FuzzError> {
        Ok(Manifest {
            real: RealPack::load()?,
            signer: PackSigningKey::generate().0,
        })
    }
}

impl Target for Manifest {
    fn name(&self) -> &'static str {
        "manifest"
    }

    fn seeds(&self) -> Vec<Vec<u8>> {
        let real = parse_manifest(&self.real.manifest).expect("the demo manifest parses");
        let compact = serde_json::to_vec(&real).expect("a manifest serialises");
        // The demo manifest lists every clip of 24 languages; a few files and languages keep
        // the same structure at a size that mutates and parses many times faster.
        let mut small = real;
        small.files.truncate(3);
        small.languages.truncate(2);
        let small = serde_json::to_vec_pretty(&small).expect("a manifest serialises");
        vec![self.real.manifest.clone(), compact, small]
    }

    fn run(&mut self, input: &[u8]) -> Result<String, FuzzError> {
        let parsed = match parse_manifest(input) {
            Ok(manifest) => {
                let again = serde_json::to_vec_pretty(&manifest)
                    .map_err(|e| broken!("a parsed manifest does not serialise: {e}"))?;
                let reparsed = parse_manifest(&again)
                    .map_err(|e| broken!("a manifest does not parse its own output: {e}"))?;
                if reparsed != manifest {
                    return Err(broken!("a manifest changed on a round trip"));
                }
                "parsed"
            }
            Err(SurveyError::Manifest(_)) => "unparsed",
            Err(other) => return Err(broken!("parse_manifest refused with {other:?}")),
        };

        // The demo pack's signature covers its manifest's bytes and nothing else.
        let with_real_signature =
            verify_manifest(input, Some(&self.real.signature), &self.real.key, options());
        match with_real_signature {
            Err(SurveyError::BadSignature) if input != self.real.manifest.as_slice() => {}
            Ok(_) if input == self.real.manifest.as_slice() => {}
            other => {
                return Err(broken!(
                    "the demo signature over changed bytes gave {:?}",
                    other.map(|m| m.pack_id)
                ))
            }
        }

        // Signed by whoever holds a key: everything behind the signature must still hold.
        let signature = BASE64.encode(self.signer.sign(MANIFEST_CONTEXT, input));
        let verified = verify_manifest(
            input,
            Some(&signature),
            &self.signer.verifying_key(),
            options(),
        );
        let verified = match verified {
            Ok(manifest) => {
                check_verified(&manifest)?;
                "verified".to_owned()
            }
            Err(SurveyError::BadSignature | SurveyError::MissingSignature) => {
                return Err(broken!(
                    "a manifest signed by the key was refused as unsigned"
                ))
            }
            Err(e) => refusal_kind(&e),
        };
        Ok(format!("{parsed} {verified}"))
    }
}

/// What `verify_manifest` promises of a manifest it returns.
fn check_verified(manifest: &survey::Manifest) -> Result<(), FuzzError> {
    let options = options();
    crate::ensure!(manifest.format == 1, "format {} verified", manifest.format);
    crate::ensure!(
        options.today <= manifest.expires,
        "a pack that expired on {} verified",
        manifest.expires
    );
    crate::ensure!(
        manifest.version >= options.installed_version.unwrap_or(0),
        "a rollback to version {} verified",
        manifest.version
    );
    for file in &manifest.files {
        let path = &file.path;
        let escapes = path.starts_with('/')
            || path.contains('\\')
            || path.contains('\0')
            || path
                .split('/')
                .any(|part| part.is_empty() || part == "." || part == "..");
        crate::ensure!(!escapes, "the unsafe path {path:?} verified");
    }
    Ok(())
}

fn refusal_kind(error: &SurveyError) -> String {
    let debug = format!("{error:?}");
    debug
        .split(['(', ' ', '{'])
        .next()
        .unwrap_or_default()
        .to_owned()
}

pub struct ManifestSignature {
    real: RealPack,
    signature: Vec<u8>,
}

impl ManifestSignature {
    pub fn new() -> Result<Self, FuzzError> {
        let real = RealPack::load()?;
        let signature = BASE64
            .decode(real.signature.trim())
            .map_err(fixtures::setup)?;
        Ok(ManifestSignature { real, signature })
    }
}

impl Target for ManifestSignature {
    fn name(&self) -> &'static str {
        "manifest_signature"
    }

    fn seeds(&self) -> Vec<Vec<u8>> {
        vec![
            self.real.signature.clone().into_bytes(),
            format!("{}\n", self.real.signature.trim()).into_bytes(),
        ]
    }

    fn run(&mut self, input: &[u8]) -> Result<String, FuzzError> {
        // The kiosk reads manifest.sig as text; bytes that are not UTF-8 never get this far.
        let Ok(text) = std::str::from_utf8(input) else {
            return Ok("not_utf8".into());
        };
        let is_the_signature = BASE64
            .decode(text.trim())
            .is_ok_and(|decoded| decoded == self.signature);
        match verify_manifest(&self.real.manifest, Some(text), &self.real.key, options()) {
            Ok(_) if is_the_signature => Ok("verified".into()),
            Ok(_) => Err(broken!("another signature text verified the demo manifest")),
            Err(SurveyError::BadSignature) if !is_the_signature => Ok("bad_signature".into()),
            Err(e) => Err(broken!("the demo manifest's own signature gave {e}")),
        }
    }
}
