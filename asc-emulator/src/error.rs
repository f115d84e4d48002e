//! The one error type of the emulator's public API.

use std::path::PathBuf;

/// Why the emulator could not start or accept a seed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EmulatorError {
    /// The address could not be bound (port in use, no permission).
    #[error("could not listen on 127.0.0.1:{port}: {source} (pass port 0 for a free one)")]
    Bind {
        /// The port that was asked for.
        port: u16,
        /// What the operating system said.
        source: std::io::Error,
    },

    /// The key given to [`EmulatorBuilder::key_pem`](crate::EmulatorBuilder::key_pem) is not
    /// a PKCS#8 P-256 private key, or a key could not be generated.
    #[error("emulator key: {0}")]
    Key(String),

    /// A seed document is not a JSON:API document in Apple's shape.
    #[error("seed {origin}: {message}")]
    Seed {
        /// Which seed: a file path or `value #N` for documents passed as values.
        origin: String,
        /// What is wrong and how to fix it.
        message: String,
    },

    /// A seed file could not be read.
    #[error("cannot read seed file {path}: {source}")]
    SeedFile {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },

    /// A declaration contradicts another one (two paths for one route, say).
    #[error("resource declaration: {0}")]
    Declaration(String),

    /// The emulator's own client could not be built.
    #[error("could not build a client for the emulator: {0}")]
    Client(#[from] asc_core::Error),
}
