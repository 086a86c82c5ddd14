//! Word tokens with byte offsets, shared by every extractor so that they all agree on where a
//! word starts and ends.
//!
//! A token is a run of letters and digits, joined across inner hyphens when one side holds a
//! letter ("nord-coréens", "quatre-vingt-dix", "Su-25", but not "10-12"), or a single punctuation
//! character. Elided articles split off with their apostrophe ("l'", "d'", "jusqu'"), and so does
//! an English possessive ("Seoul" "'s"). Whitespace, including no-break spaces, separates tokens
//! and is not a token.

use crate::lang::fold;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters only (with inner hyphens or apostrophes).
    Word,
    /// Digits only.
    Number,
    /// Letters and digits mixed: "G7", "Su-25", "10k", "COVID-19".
    Mixed,
    /// One punctuation or symbol character.
    Punct,
}

/// One token of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Its folded form (see [`fold`]).
    pub folded: String,
    /// Byte offset of the first byte in the tokenised text.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// What it is made of.
    pub kind: TokenKind,
}

impl Token<'_> {
    /// True for a word token whose folded form is `word`.
    pub fn is(&self, word: &str) -> bool {
        self.folded == word
    }
}

/// Elided forms that split off before an apostrophe (French and Italian); folded.
const ELISIONS: &[&str] = &[
    "all", "c", "d", "dall", "dell", "j", "jusqu", "l", "lorsqu", "m", "n", "nell", "puisqu", "qu",
    "quoiqu", "s", "sull", "t", "un",
];

/// True for the characters that separate tokens and are not tokens themselves.
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' | '\u{FEFF}'
        )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Tokenises `text[start..end]`; offsets are into `text`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let slice = &text[start..end];
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_space(c) {
            continue;
        }
        if !c.is_alphanumeric() {
            push(
                &mut tokens,
                text,
                start + i,
                start + i + c.len_utf8(),
                TokenKind::Punct,
            );
            continue;
        }
        // An alphanumeric run with inner hyphens and apostrophes.
        let mut j = i + c.len_utf8();
        let mut has_letter = c.is_alphabetic();
        let mut has_digit = c.is_numeric();
        let mut segment_has_letter = has_letter;
        while let Some(&(k, d)) = chars.peek() {
            if d.is_alphanumeric() {
                has_letter |= d.is_alphabetic();
                has_digit |= d.is_numeric();
                segment_has_letter |= d.is_alphabetic();
                j = k + d.len_utf8();
                chars.next();
                continue;
            }
            let next = slice[k + d.len_utf8()..].chars().next();
            let Some(next) = next.filter(|n| n.is_alphanumeric()) else {
                break;
            };
            if is_hyphen(d) && (segment_has_letter || next.is_alphabetic()) {
                segment_has_letter = next.is_alphabetic();
                j = k + d.len_utf8();
                chars.next();
                continue;
            }
            // "l'8 ottobre", "dell'11": an elided article splits off before a number too.
            if is_apostrophe(d)
                && has_letter
                && next.is_numeric()
                && ELISIONS.contains(&fold(&slice[i..k]).as_str())
            {
                j = k + d.len_utf8();
                chars.next();
                break;
            }
            if is_apostrophe(d) && has_letter && next.is_alphabetic() {
                let before = fold(&slice[i..k]);
                let after_end = slice[k + d.len_utf8()..]
                    .find(|ch: char| !ch.is_alphabetic())
                    .map_or(slice.len(), |n| k + d.len_utf8() + n);
                let after = fold(&slice[k + d.len_utf8()..after_end]);
                if ELISIONS.contains(&before.as_str()) {
                    // "l'" then the word: end this token after the apostrophe.
                    j = k + d.len_utf8();
                    chars.next();
                    break;
                }
                if after == "s" {
                    // English possessive: "Seoul" then "'s".
                    break;
                }
                j = k + d.len_utf8();
                chars.next();
                continue;
            }
            break;
        }
        let kind = match (has_letter, has_digit) {
            (true, true) => TokenKind::Mixed,
            (false, true) => TokenKind::Number,
            _ => TokenKind::Word,
        };
        push(&mut tokens, text, start + i, start + j, kind);
        // Skip the characters already consumed up to j.
        while let Some(&(k, _)) = chars.peek() {
            if k < j {
                chars.next();
            } else {
                break;
            }
        }
    }
    tokens
}

fn push<'a>(tokens: &mut Vec<Token<'a>>, text: &'a str, start: usize, end: usize, kind: TokenKind) {
    let raw = &text[start..end];
    tokens.push(Token {
        text: raw,
        folded: fold(raw),
        start,
        end,
        kind,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<&str> {
        tokenize(input, 0, input.len())
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn token_rows() {
        let rows: &[(&str, &[&str])] = &[
            ("1 500 soldats", &["1", "500", "soldats"]),
            ("1\u{202F}500", &["1", "500"]),
            ("1.500", &["1", ".", "500"]),
            ("nord-coréens", &["nord-coréens"]),
            ("quatre-vingt-dix-neuf", &["quatre-vingt-dix-neuf"]),
            ("l’ambassadeur", &["l’", "ambassadeur"]),
            ("jusqu'à 12 000", &["jusqu'", "à", "12", "000"]),
            ("aujourd'hui", &["aujourd'hui"]),
            ("Seoul's spy agency", &["Seoul", "'", "s", "spy", "agency"]),
            ("Su-25 et G7", &["Su-25", "et", "G7"]),
            ("COVID-19", &["COVID-19"]),
            ("10-12", &["10", "-", "12"]),
            ("10k", &["10k"]),
            ("« retrait »", &["«", "retrait", "»"]),
            ("12-year-old", &["12-year-old"]),
            ("l'8 ottobre", &["l'", "8", "ottobre"]),
            ("dell’11 ottobre", &["dell’", "11", "ottobre"]),
            ("rock'n'roll 3", &["rock'n'roll", "3"]),
        ];
        for (input, want) in rows {
            assert_eq!(texts(input), *want, "tokenize({input:?})");
        }
    }

    #[test]
    fn kinds_and_offsets() {
        let text = "xx Su-25 10k 500 mots";
        let toks = tokenize(text, 3, text.len());
        let kinds: Vec<TokenKind> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Mixed,
                TokenKind::Mixed,
                TokenKind::Number,
                TokenKind::Word
            ]
        );
        for t in &toks {
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }
}
