//! Dates: absolute, relative to the publication date, or relative to an earlier date of the
//! paragraph; and the `as_of` date of every count and statement.

use crate::Document;
use crate::claim::Claim;
use crate::lang::LangData;
use crate::segment::Sentence;

/// Per-language date data.
#[derive(Debug)]
pub struct DateWords {
    /// Folded month names and abbreviations → month number, sorted by name.
    pub months: &'static [(&'static str, i8)],
}

/// Extracts the date claims of a document.
pub fn extract(doc: &Document, sentences: &[Sentence], lang: &LangData) -> Vec<Claim> {
    let _ = (doc, sentences, lang);
    Vec::new()
}

/// Sets `as_of` on counts and statements: a date in the same sentence, else the date of the
/// report the sentence continues, else the publication date.
pub fn assign_as_of(doc: &Document, sentences: &[Sentence], claims: &mut [Claim]) {
    let _ = sentences;
    for claim in claims.iter_mut() {
        if claim.kind != crate::ClaimKind::Date {
            claim.as_of = doc.published.map(|p| p.date);
        }
    }
}
