//! One typed error for the library. Every variant names the file it concerns so that the binary
//! can print `claimdiff: <file>: <what>` and move on to the other inputs.

use std::path::PathBuf;

/// Everything that can go wrong while reading inputs or settings.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The bytes could not be decoded as text.
    #[error("{path}: {reason}")]
    Decode {
        /// The file.
        path: PathBuf,
        /// What is wrong with the bytes and what to do.
        reason: String,
    },
    /// The input holds no article text to read.
    #[error("{path}: {reason}")]
    Empty {
        /// The file.
        path: PathBuf,
        /// Why there is nothing to read.
        reason: String,
    },
    /// A language code that claimdiff does not know.
    #[error("unsupported language '{0}' (use fr, en, de, es, it or pt)")]
    UnsupportedLanguage(String),
    /// A malformed line in an aliases file.
    #[error("{path}:{line}: {reason}")]
    Aliases {
        /// The aliases file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        reason: String,
    },
    /// An output file could not be written.
    #[error("{path}: cannot write: {source}")]
    Write {
        /// The output file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// Result with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
