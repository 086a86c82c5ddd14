//! Decoding bytes into text. For now only UTF-8 (with or without a byte order mark) is read;
//! anything else is an input error that names the file, never a panic.

use std::path::Path;

use crate::Error;

/// Decoded text and the encoding it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding's name ("UTF-8").
    pub encoding: &'static str,
}

/// Decodes `bytes` read from `path`.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<Decoded, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(Error::Decode {
            path: path.to_path_buf(),
            reason: "binary file (NUL bytes): not an article".into(),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            encoding: "UTF-8",
        }),
        Err(e) => Err(Error::Decode {
            path: path.to_path_buf(),
            reason: format!(
                "not valid UTF-8 (byte {}): convert the file to UTF-8",
                e.valid_up_to()
            ),
        }),
    }
}
