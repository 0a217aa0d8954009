//! Fuzzing every parser of outside input, on the stable toolchain.
//!
//! Each [`Target`] feeds bytes to one parser exactly as the product calls it (the wire
//! messages, the sealed envelope, the pack manifest and its signature, Fluent files, and the
//! collector's public requests through its real router) and checks what must hold whatever the
//! bytes: no panic, a refusal is a clean error, and what parses re-serialises to the same
//! value. [`mutate`] changes inputs, [`runner`] drives the loop `survey-fuzz` runs and saves
//! findings; the property tests in `tests/` run every target briefly on each `cargo test`.

pub mod corpus;
pub mod coverage;
pub mod crash;
pub mod fixtures;
pub mod mutate;
pub mod runner;
pub mod targets;

/// The one error type of the fuzz crate.
#[derive(Debug, thiserror::Error)]
pub enum FuzzError {
    /// What a parser did with an input breaks a promise of the product: a finding.
    #[error("invariant broken: {0}")]
    Broken(String),
    /// The fuzzer could not build what a target needs (a pack, a collector's state).
    #[error("setting up the fuzz target failed: {0}")]
    Setup(String),
}

/// Builds a [`FuzzError::Broken`] from a format string.
#[macro_export]
macro_rules! broken {
    ($($arg:tt)*) => {
        $crate::FuzzError::Broken(format!($($arg)*))
    };
}

/// Fails with [`FuzzError::Broken`] unless the condition holds.
#[macro_export]
macro_rules! ensure {
    ($cond:expr, $($arg:tt)*) => {
        if !$cond {
            return Err($crate::broken!($($arg)*));
        }
    };
}

/// One parser under test.
pub trait Target {
    /// Short and stable, for `--target` and the findings folder.
    fn name(&self) -> &'static str;

    /// Valid inputs made from the real types, so mutations reach past the first checks.
    fn seeds(&self) -> Vec<Vec<u8>>;

    /// Feeds `input` to the parser and checks its invariants. `Ok` carries a short label of
    /// what the parser made of it (accepted, or which refusal), which the fuzzer uses to keep
    /// inputs that reach somewhere new.
    fn run(&mut self, input: &[u8]) -> Result<String, FuzzError>;
}
