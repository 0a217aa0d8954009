//! Every fuzz target by name. The HTTP targets each build their own collector, so a target is
//! made only when it is asked for.

mod fluent;
mod http;
mod manifest;
mod response;
mod seal;
mod wire;

use crate::{FuzzError, Target};

pub use http::Route;

/// The names `--target` takes, in the order a full run goes through them.
pub const NAMES: &[&str] = &[
    "wire",
    "seal",
    "manifest",
    "manifest_signature",
    "fluent",
    "response",
    "http_code",
    "http_responses",
    "http_enrol",
    "http_batches",
    "http_signed_batch_body",
];

/// Makes the target called `name`.
pub fn build(name: &str) -> Result<Box<dyn Target>, FuzzError> {
    let target: Box<dyn Target> = match name {
        "wire" => Box::new(wire::Wire),
        "seal" => Box::new(seal::Seal::new()?),
        "manifest" => Box::new(manifest::Manifest::new()?),
        "manifest_signature" => Box::new(manifest::ManifestSignature::new()?),
        "fluent" => Box::new(fluent::Fluent::new()?),
        "response" => Box::new(response::ResponseTarget::new()?),
        other => {
            let route = Route::ALL
                .into_iter()
                .find(|route| route.target_name() == other)
                .ok_or_else(|| {
                    FuzzError::Setup(format!(
                        "no target {other:?}; the targets are {}",
                        NAMES.join(", ")
                    ))
                })?;
            Box::new(http::Http::new(route)?)
        }
    };
    debug_assert_eq!(target.name(), name);
    Ok(target)
}
