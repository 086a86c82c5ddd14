//! Control characters blanked out of an article's text, so that nothing read from an article
//! can drive the terminal that shows a report: an ESC sequence can recolour or clear the
//! screen, and OSC 52 writes the clipboard.
//!
//! Every control character (C0 except tab and newline, DEL, C1) becomes spaces of the same
//! byte length — a vertical tab or a form feed a newline — and so does the whole terminal
//! sequence it starts (`ESC [ … m`, `ESC ] … BEL`), so that every byte offset into the text
//! stays what it was and the evidence shows no half-sequence such as `[31m`.

use std::borrow::Cow;

/// `text` with its control characters and terminal sequences blanked (see the module doc);
/// borrowed when there is none, which is the usual case.
pub fn blank(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| is_c0(b) || b == 0x7f || b == 0xc2) {
        return Cow::Borrowed(text);
    }
    if !text.chars().any(is_blanked) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !is_blanked(c) {
            out.push(c);
            continue;
        }
        if matches!(c, '\u{0b}' | '\u{0c}') {
            out.push('\n');
            continue;
        }
        blank_char(&mut out, c);
        // What the sequence introduced by `c` spans, if it is one.
        let kind = match c {
            '\u{1b}' => match chars.peek().map(|&(_, n)| n) {
                Some('[') => Some(Seq::Csi),
                Some(']' | 'P' | '_' | '^' | 'X') => Some(Seq::String),
                Some(n) if (' '..='~').contains(&n) => {
                    chars.next();
                    out.push(' ');
                    None
                }
                _ => None,
            },
            '\u{9b}' => {
                // Already inside: no introducer byte to skip.
                consume_csi(&mut chars, &mut out);
                None
            }
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                consume_string(&mut chars, &mut out);
                None
            }
            _ => None,
        };
        match kind {
            Some(Seq::Csi) => {
                chars.next();
                out.push(' ');
                consume_csi(&mut chars, &mut out);
            }
            Some(Seq::String) => {
                chars.next();
                out.push(' ');
                consume_string(&mut chars, &mut out);
            }
            None => {}
        }
    }
    debug_assert_eq!(out.len(), text.len());
    Cow::Owned(out)
}

/// `text` with its control characters blanked, for a value read from metadata (a title, an
/// outlet): the same rule, owned.
pub fn blank_owned(text: String) -> String {
    match blank(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(clean) => clean,
    }
}

enum Seq {
    /// `ESC [` params, intermediates, one final byte.
    Csi,
    /// `ESC ]`, `ESC P`…: a string up to BEL or ST.
    String,
}

fn is_c0(b: u8) -> bool {
    b < 0x20 && b != b'\n' && b != b'\t'
}

fn is_blanked(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

fn blank_char(out: &mut String, c: char) {
    for _ in 0..c.len_utf8() {
        out.push(' ');
    }
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// The rest of a CSI sequence: parameter and intermediate bytes, then one final byte.
fn consume_csi(chars: &mut Chars, out: &mut String) {
    while let Some(&(_, c)) = chars.peek() {
        if ('\u{30}'..='\u{3f}').contains(&c) || ('\u{20}'..='\u{2f}').contains(&c) {
            chars.next();
            out.push(' ');
            continue;
        }
        if ('\u{40}'..='\u{7e}').contains(&c) {
            chars.next();
            out.push(' ');
        }
        return;
    }
}

/// The rest of an OSC, DCS, APC, PM or SOS string: up to BEL, ST (`ESC \` or U+009C) or the end
/// of the line, whichever comes first (a string never spans lines of an article).
fn consume_string(chars: &mut Chars, out: &mut String) {
    while let Some(&(_, c)) = chars.peek() {
        if c == '\n' {
            return;
        }
        chars.next();
        blank_char(out, c);
        match c {
            '\u{07}' | '\u{9c}' => return,
            '\u{1b}' => {
                if chars.peek().is_some_and(|&(_, n)| n == '\\') {
                    chars.next();
                    out.push(' ');
                }
                return;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_sequences_become_spaces_of_the_same_length() {
        // Text before, the hostile part (blanked whole), text after.
        let rows = [
            ("red ", "\u{1b}[31m", "ALERT"),
            ("reset ", "\u{1b}[0;1;38;5;196m", " done"),
            ("clip ", "\u{1b}]52;c;SGVsbG8=\u{07}", " end"),
            ("title ", "\u{1b}]0;pwned\u{1b}\\", " end"),
            ("c1 ", "\u{9b}2J", " x"),
            ("osc c1 ", "\u{9d}0;t\u{9c}", "!"),
            ("bell", "\u{07}", " del"),
            ("del", "\u{7f}", "x"),
            ("soh", "\u{01}", "x"),
            ("esc alone ", "\u{1b}", ""),
            ("esc then letter ", "\u{1b}c", " reset"),
            ("unterminated ", "\u{1b}]52;c;abc", "\nnext line"),
            ("Séoul ", "\u{85}", " nel"),
            ("dcs ", "\u{1b}Pq#0;2;0;0;0\u{1b}\\", "after"),
        ];
        for (before, hostile, after) in rows {
            let text = format!("{before}{hostile}{after}");
            let want = format!("{before}{}{after}", " ".repeat(hostile.len()));
            assert_eq!(blank(&text), want, "{text:?}");
        }
        assert_eq!(blank("page\u{0c}break\u{0b}x"), "page\nbreak\nx");
        assert_eq!(blank("kept\n\tas is"), "kept\n\tas is");
        assert!(matches!(blank("nothing to do"), Cow::Borrowed(_)));
        assert!(matches!(blank("é ü ß « »"), Cow::Borrowed(_)));
    }
}
