//! Counts: figures in digits or words, with their bounds, what they count and the qualifiers
//! that decide comparability.

use crate::Document;
use crate::claim::Claim;
use crate::lang::LangData;
use crate::segment::Sentence;

/// Per-language number data.
#[derive(Debug)]
pub struct NumberWords {
    /// True when ',' is the decimal separator and '.' groups thousands (French, German…).
    pub decimal_comma: bool,
}

/// Extracts the counts of a document. `dates` are the date claims already found: their words
/// are never counts.
pub fn extract(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    dates: &[Claim],
) -> Vec<Claim> {
    let _ = (doc, sentences, lang, dates);
    Vec::new()
}
