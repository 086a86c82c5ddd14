//! Word tokens with byte offsets, shared by every extractor so that they all agree on where a
//! word starts and ends.
//!
//! A token is a run of letters and digits, joined across inner hyphens when one side holds a
//! letter ("nord-coréens", "quatre-vingt-dix", "Su-25", but not "10-12"), or a single punctuation
//! character. Elided articles split off with their apostrophe ("l'", "d'", "jusqu'"), and so does
//! an English possessive ("Seoul" "'s"). Whitespace, including no-break spaces, separates tokens
//! and is not a token.

use crate::lang::fold;
use crate::segment::Sentence;

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
    pub folded: Folded<'a>,
    /// Byte offset of the first byte in the tokenised text.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// What it is made of.
    pub kind: TokenKind,
}

/// A token's folded form: borrowed from the text when folding leaves the word as it is (plain
/// lower-case ASCII, most words), owned otherwise. It reads as a `&str`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Folded<'a>(std::borrow::Cow<'a, str>);

impl<'a> Folded<'a> {
    /// Folds `raw` (see [`fold`]), borrowing it when it is folded already.
    pub fn new(raw: &'a str) -> Folded<'a> {
        let folded_already = raw
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'`');
        Folded(if folded_already {
            std::borrow::Cow::Borrowed(raw)
        } else {
            std::borrow::Cow::Owned(fold(raw))
        })
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Folded<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Folded<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Folded<'_> {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Folded<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Folded<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Folded<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Folded<'_> {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl From<Folded<'_>> for String {
    fn from(folded: Folded<'_>) -> String {
        folded.0.into_owned()
    }
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
    tokenize_into(&mut tokens, text, start, end);
    tokens
}

/// Tokenises `text[start..end]` onto the end of `tokens`; offsets are into `text`.
fn tokenize_into<'a>(tokens: &mut Vec<Token<'a>>, text: &'a str, start: usize, end: usize) {
    let slice = &text[start..end];
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_space(c) {
            continue;
        }
        if !c.is_alphanumeric() {
            push(
                tokens,
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
        push(tokens, text, start + i, start + j, kind);
        // Skip the characters already consumed up to j.
        while let Some(&(k, _)) = chars.peek() {
            if k < j {
                chars.next();
            } else {
                break;
            }
        }
    }
}

/// The tokens of a document's sentences, tokenised once and shared by every extractor: one
/// vector per run of whole paragraphs, one range of it per sentence.
#[derive(Debug, Clone, Default)]
pub struct SentenceTokens<'a> {
    /// The tokens of consecutive runs of paragraphs (one run unless the document is large).
    runs: Vec<Vec<Token<'a>>>,
    /// Per sentence: its run, its token range there, and whether it may be joined to the
    /// sentence before (blank space between them, so tokenising both at once gives the same
    /// tokens).
    ranges: Vec<(usize, std::ops::Range<usize>, bool)>,
}

impl<'a> SentenceTokens<'a> {
    /// Tokenises every sentence of `text`. A large document is tokenised in parallel, by runs
    /// of whole paragraphs so that a paragraph's tokens stay one slice ([`Self::joined`]).
    pub fn new(text: &'a str, sentences: &[Sentence]) -> SentenceTokens<'a> {
        let mut bounds = vec![0];
        for k in 1..sentences.len() {
            let run_start = bounds[bounds.len() - 1];
            if k - run_start >= crate::par::MIN_ITEMS
                && sentences[k].paragraph != sentences[k - 1].paragraph
            {
                bounds.push(k);
            }
        }
        bounds.push(sentences.len());
        let per_run = crate::par::map(bounds.len() - 1, |r| {
            let run = &sentences[bounds[r]..bounds[r + 1]];
            let size = run.last().map_or(0, |l| l.end) - run.first().map_or(0, |f| f.start);
            let mut tokens = Vec::with_capacity(size / 5);
            let mut ends = Vec::with_capacity(run.len());
            for s in run {
                tokenize_into(&mut tokens, text, s.start, s.end);
                ends.push(tokens.len());
            }
            (tokens, ends)
        });
        let mut runs = Vec::with_capacity(per_run.len());
        let mut ranges = Vec::with_capacity(sentences.len());
        let mut previous_end: Option<usize> = None;
        let mut sentence = sentences.iter();
        for (r, (tokens, ends)) in per_run.into_iter().enumerate() {
            let mut from = 0;
            for end in ends {
                let s = sentence.next().expect("one end per sentence");
                let joinable = previous_end.is_some_and(|end| {
                    end < s.start
                        && text
                            .get(end..s.start)
                            .is_some_and(|gap| gap.chars().all(is_space))
                });
                ranges.push((r, from..end, joinable));
                from = end;
                previous_end = Some(s.end);
            }
            runs.push(tokens);
        }
        SentenceTokens { runs, ranges }
    }

    /// How many sentences.
    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// True when there are no sentences.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// The tokens of sentences `first..=last` as one slice, the same as tokenising the text
    /// from the first one's start to the last one's end; `None` when two of them touch and
    /// could form one token, or when they lie in two runs (never within one paragraph).
    pub fn joined(&self, first: usize, last: usize) -> Option<&[Token<'a>]> {
        let (run, ref from, _) = self.ranges[first];
        let (last_run, ref to, _) = self.ranges[last];
        let all_joinable = self.ranges[first + 1..=last].iter().all(|(_, _, j)| *j);
        (all_joinable && run == last_run).then(|| &self.runs[run][from.start..to.end])
    }
}

impl SentenceTokens<'_> {
    /// Where sentence `i`'s tokens start in a slice [`Self::joined`] returns that begins with
    /// sentence `first` of the same paragraph.
    pub fn offset(&self, first: usize, i: usize) -> usize {
        self.ranges[i].1.start - self.ranges[first].1.start
    }
}

impl<'a> std::ops::Index<usize> for SentenceTokens<'a> {
    type Output = [Token<'a>];

    /// The tokens of sentence `i`.
    fn index(&self, i: usize) -> &[Token<'a>] {
        let (run, ref range, _) = self.ranges[i];
        &self.runs[run][range.clone()]
    }
}

fn push<'a>(tokens: &mut Vec<Token<'a>>, text: &'a str, start: usize, end: usize, kind: TokenKind) {
    let raw = &text[start..end];
    tokens.push(Token {
        text: raw,
        folded: Folded::new(raw),
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
