//! Statements: claims of fact without a number ("North Korean soldiers are fighting alongside
//! Russian troops"), built from a clause's subject concept, entity, place and event.

use crate::Document;
use crate::claim::Claim;
use crate::lang::LangData;
use crate::segment::Sentence;

/// Extracts the statement claims of a document. `found` are the counts and dates already found.
pub fn extract(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    found: &[Claim],
) -> Vec<Claim> {
    let _ = (doc, sentences, lang, found);
    Vec::new()
}
