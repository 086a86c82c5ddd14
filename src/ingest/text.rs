//! Decoding bytes into text, and telling text from what is not.
//!
//! The order is the one that gives no false positives on real articles: a byte order mark
//! decides (UTF-8, UTF-16 LE/BE); then NUL or control bytes mean a binary file (or UTF-16 without
//! a byte order mark, which cannot be read reliably); then valid UTF-8 is UTF-8; then a file that
//! is mostly UTF-8 with a few bad bytes is a damaged UTF-8 file, not a legacy one; only then does
//! chardetng guess a legacy encoding (Windows-1252 for French, German, Spanish…), and the guess is
//! kept only if the decoded text reads as Latin-script text. Every refusal is an error naming the
//! file and saying what to do.

use std::path::Path;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::Error;

/// Decoded text and the encoding it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte order mark.
    pub text: String,
    /// The encoding's WHATWG name ("UTF-8", "UTF-16LE", "windows-1252").
    pub encoding: &'static str,
}

/// Share of control bytes (other than tab, line feed, form feed and carriage return) above
/// which a file is binary rather than text with a few stray control characters.
const MAX_CONTROL_SHARE: f64 = 0.10;

/// Share of non-ASCII characters among the non-blank ones above which a legacy decoding is
/// rejected: accented letters are well under a tenth of the letters of any Western European
/// language, while a wrong guess (or bytes that are no text at all) is mostly non-ASCII.
const MAX_NON_ASCII_SHARE: f64 = 0.30;

/// Decodes `bytes` read from `path`.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<Decoded, Error> {
    let fail = |reason: String| Error::Decode {
        path: path.to_path_buf(),
        reason,
    };
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(text) => checked(text.to_string(), UTF_8).map_err(fail),
            Err(e) => Err(fail(format!(
                "starts with a UTF-8 byte order mark but has invalid UTF-8 at byte {}: fix the file or re-save it as UTF-8",
                e.valid_up_to() + 3
            ))),
        };
    }
    for (bom, encoding) in [(&b"\xFF\xFE"[..], UTF_16LE), (&b"\xFE\xFF"[..], UTF_16BE)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return match encoding.decode_without_bom_handling_and_without_replacement(rest) {
                Some(text) => checked(text.into_owned(), encoding).map_err(fail),
                None => Err(fail(format!(
                    "starts with a {} byte order mark but is not valid {0} (odd length or unpaired surrogate): re-save it as UTF-8",
                    encoding.name()
                ))),
            };
        }
    }
    if bytes.contains(&0) {
        return Err(fail(if looks_like_utf16(bytes) {
            "looks like UTF-16 without a byte order mark, which cannot be read reliably: re-save it as UTF-8".into()
        } else {
            "binary data (NUL bytes), not a text article: skipped".into()
        }));
    }
    if control_share(bytes) > MAX_CONTROL_SHARE {
        return Err(fail(
            "binary data (mostly control bytes), not a text article: skipped".into(),
        ));
    }
    let first_error = match std::str::from_utf8(bytes) {
        Ok(text) => {
            return Ok(Decoded {
                text: text.to_string(),
                encoding: UTF_8.name(),
            });
        }
        Err(e) => e.valid_up_to(),
    };
    if mostly_utf8(bytes) {
        return Err(fail(format!(
            "invalid UTF-8 at byte {first_error} although the rest is UTF-8 (a damaged file?): fix it or re-save it as UTF-8"
        )));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) else {
        return Err(fail(format!(
            "not UTF-8, and not valid {} either (the closest guess): convert it to UTF-8",
            encoding.name()
        )));
    };
    if non_ascii_share(&text) > MAX_NON_ASCII_SHARE {
        return Err(fail(format!(
            "not UTF-8, and read as {} (the closest guess) it is not Latin-script text: convert it to UTF-8",
            encoding.name()
        )));
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
    })
}

/// Refuses decoded text that is binary data in disguise (a file that happens to start with a
/// byte order mark).
fn checked(text: String, encoding: &'static Encoding) -> Result<Decoded, String> {
    let controls = text.chars().filter(|&c| is_binary_control(c)).count();
    let total = text.chars().count().max(1);
    if text.contains('\0') || controls as f64 / total as f64 > MAX_CONTROL_SHARE {
        return Err(format!(
            "binary data after a {} byte order mark, not a text article: skipped",
            encoding.name()
        ));
    }
    Ok(Decoded {
        text,
        encoding: encoding.name(),
    })
}

fn is_binary_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r')) && (c as u32) < 0x80
}

fn control_share(bytes: &[u8]) -> f64 {
    // Without short-circuits, so that the count runs many bytes at a time. Tab, line feed,
    // vertical tab, form feed and carriage return (9 to 13) are text.
    let controls: usize = bytes
        .iter()
        .map(|&b| usize::from(((b < 0x20) & !(0x09..=0x0D).contains(&b)) | (b == 0x7F)))
        .sum();
    controls as f64 / bytes.len().max(1) as f64
}

/// UTF-16 text in a Latin script has a NUL in every other byte, on one side only, and text
/// bytes on the other side.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(1 << 16)];
    if sample.len() < 16 {
        return false;
    }
    let mut nuls = [0usize; 2];
    let mut texty = [0usize; 2];
    for (i, &b) in sample.iter().enumerate() {
        if b == 0 {
            nuls[i % 2] += 1;
        } else if b >= 0x20 && b != 0x7F || matches!(b, b'\t' | b'\n' | b'\r') {
            texty[i % 2] += 1;
        }
    }
    let half = (sample.len() / 2) as f64;
    let zero_side = if nuls[0] > nuls[1] { 0 } else { 1 };
    let text_side = 1 - zero_side;
    nuls[zero_side] as f64 / half > 0.4
        && (nuls[text_side] as f64 / half) < 0.05
        && texty[text_side] as f64 / half > 0.9
}

/// True when the valid multi-byte UTF-8 sequences outnumber the invalid ones: a UTF-8 file with a
/// few damaged bytes, which a legacy decoding would turn into mojibake ("Ã©").
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    valid > 0 && valid >= invalid
}

fn non_ascii_share(text: &str) -> f64 {
    let (mut total, mut non_ascii) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        total += 1;
        if !c.is_ascii() {
            non_ascii += 1;
        }
    }
    non_ascii as f64 / total.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoding_of(bytes: &[u8]) -> Result<&'static str, String> {
        decode(Path::new("a.txt"), bytes)
            .map(|d| d.encoding)
            .map_err(|e| e.to_string())
    }

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend_from_slice(if big_endian { b"\xFE\xFF" } else { b"\xFF\xFE" });
        }
        for unit in text.encode_utf16() {
            let b = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            out.extend_from_slice(&b);
        }
        out
    }

    const FRENCH: &str =
        "Les députés ont voté à l'unanimité. Près de 3 000 manifestants étaient réunis à Nîmes.\n";

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(encoding_of(FRENCH.as_bytes()), Ok("UTF-8"));
        let with_bom = [b"\xEF\xBB\xBF", FRENCH.as_bytes()].concat();
        let d = decode(Path::new("a.txt"), &with_bom).unwrap();
        assert_eq!(d.text, FRENCH);
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        for big_endian in [false, true] {
            let d = decode(Path::new("a.txt"), &utf16(FRENCH, big_endian, true)).unwrap();
            assert_eq!(d.text, FRENCH);
            assert_eq!(d.encoding, if big_endian { "UTF-16BE" } else { "UTF-16LE" });
        }
    }

    #[test]
    fn utf16_without_bom_is_refused() {
        let err = encoding_of(&utf16(FRENCH, false, false)).unwrap_err();
        assert!(err.contains("UTF-16 without a byte order mark"), "{err}");
    }

    #[test]
    fn windows_1252_is_detected_and_round_trips() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(FRENCH);
        let d = decode(Path::new("a.txt"), &bytes).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(d.text, FRENCH);
    }

    #[test]
    fn binary_files_are_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0";
        assert!(
            encoding_of(png)
                .unwrap_err()
                .contains("binary data (NUL bytes)")
        );
        let short = b"\0\x01bin";
        assert!(
            encoding_of(short)
                .unwrap_err()
                .contains("binary data (NUL bytes)")
        );
        let controls: Vec<u8> = (0..200u8).map(|i| i % 8 + 1).collect();
        assert!(
            encoding_of(&controls)
                .unwrap_err()
                .contains("control bytes")
        );
        let bom_then_binary = utf16("\u{1}\u{2}\u{3}\u{4}", false, true);
        assert!(
            encoding_of(&bom_then_binary)
                .unwrap_err()
                .contains("binary data")
        );
    }

    #[test]
    fn damaged_utf8_is_not_read_as_legacy() {
        let mut bytes = FRENCH.as_bytes().to_vec();
        bytes.insert(10, 0xFF);
        let err = encoding_of(&bytes).unwrap_err();
        assert!(err.contains("invalid UTF-8 at byte 10"), "{err}");
    }

    #[test]
    fn garbage_high_bytes_are_refused() {
        let garbage: Vec<u8> = (0..2000u32).map(|i| 0x80 + (i * 37 % 128) as u8).collect();
        let err = encoding_of(&garbage).unwrap_err();
        assert!(err.contains("not UTF-8"), "{err}");
    }
}
