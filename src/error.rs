//! One typed error for the library. Every variant names the file it concerns so that the binary
//! can print `claimdiff: <file>: <what>` and move on to the other inputs.

use std::path::{Path, PathBuf};

/// Everything that can go wrong while reading inputs or settings.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read.
    #[error("{}: {source}", shown(path))]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The bytes could not be decoded as text.
    #[error("{}: {reason}", shown(path))]
    Decode {
        /// The file.
        path: PathBuf,
        /// What is wrong with the bytes and what to do.
        reason: String,
    },
    /// The input holds no article text to read.
    #[error("{}: {reason}", shown(path))]
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
    #[error("{}:{line}: {reason}", shown(path))]
    Aliases {
        /// The aliases file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        reason: String,
    },
    /// An output file could not be written.
    #[error("{}: cannot write: {source}", shown(path))]
    Write {
        /// The output file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// Result with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// A path as a message shows it: on one line and harmless on a terminal. Control characters
/// (a newline, ESC starting a terminal sequence) are shown escaped (`\n`, `\u{1b}`), so a
/// file named with them cannot break a one-line error or drive the terminal.
pub fn shown(path: &Path) -> String {
    escape_controls(&path.to_string_lossy())
}

/// `text` with its control characters (C0 and C1, DEL) shown escaped: `\n`, `\t`, `\r`,
/// else `\u{..}`; a backslash is kept as it is.
pub fn escape_controls(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_shown_on_one_line() {
        let rows = [
            ("a.txt", "a.txt"),
            ("a\nb.txt", "a\\nb.txt"),
            (
                "x\u{1b}]52;c;SGVsbG8=\u{7}.md",
                "x\\u{1b}]52;c;SGVsbG8=\\u{7}.md",
            ),
            ("tab\there", "tab\\there"),
            ("c1\u{9b}31m", "c1\\u{9b}31m"),
            ("Séoul.txt", "Séoul.txt"),
        ];
        for (path, want) in rows {
            assert_eq!(shown(Path::new(path)), want, "{path:?}");
        }
    }
}
