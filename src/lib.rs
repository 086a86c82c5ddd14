//! claimdiff reads several news articles about one event, turns each into normalised claims
//! (counts, dates and statements, each with its source and stance) and compares them across
//! articles and languages.
//!
//! The pipeline reads top to bottom, one module per stage:
//!
//! 1. [`ingest`]: files (plain text, Markdown with front matter, saved HTML) become [`Document`]s;
//! 2. [`segment`]: a document's text becomes sentences with byte offsets;
//! 3. [`extract`]: sentences become [`Claim`]s (counts, dates, statements, attribution, stance);
//! 4. [`compare`]: claims about the same thing are grouped and every pair gets a verdict;
//! 5. [`report`]: tables, CSV and JSON, each returned as bytes.
//!
//! Per-language data (number words, months, reporting verbs, hedges…) lives in [`lang`], one
//! file per language.
//!
//! ```
//! use claimdiff::{extract_document, ingest, Lang, Options};
//!
//! let text = "Publié le 23/10/2024 à 09h15\nEnviron 3 000 soldats nord-coréens sont en Russie.\n";
//! let doc = ingest::from_text("exemple.txt", text, &Options::default()).unwrap();
//! assert_eq!(doc.lang, Lang::Fr);
//! let claims = extract_document(&doc, &Options::default());
//! assert!(claims.iter().all(|c| c.doc == "exemple"));
//! assert!(claims.iter().any(|c| c.kind == claimdiff::ClaimKind::Count));
//! ```

#![deny(missing_docs)]

pub mod claim;
pub mod compare;
pub mod error;
pub mod extract;
pub mod ingest;
pub mod lang;
mod par;
pub mod report;
pub mod segment;
pub mod token;

pub use claim::{
    Claim, ClaimDate, ClaimKind, Counted, Granularity, Qualifiers, Quantity, Scope, Source,
    SourceKind, Stance,
};
pub use error::Error;
pub use extract::extract_document;
pub use ingest::{Document, Published};
pub use lang::Lang;

use jiff::civil::Date;

/// Settings shared by every stage of one run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Force this language for every document instead of detecting it.
    pub lang: Option<Lang>,
    /// Publication date for documents whose own date cannot be found.
    pub date: Option<Date>,
    /// The source gazetteer: the built-in one plus the aliases of `--aliases FILE`
    /// ([`Gazetteer::load`](extract::gazetteer::Gazetteer::load)); `None` uses the built-in one.
    pub aliases: Option<extract::gazetteer::Gazetteer>,
}

/// Documents and the claims extracted from them, sorted so that output never depends on the
/// order of the inputs or on thread timing.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// The documents, sorted by id.
    pub documents: Vec<Document>,
    /// Every claim of every document, sorted by document then position.
    pub claims: Vec<Claim>,
}

/// Extracts claims from every document in parallel and returns them in a deterministic order.
pub fn extract_all(mut documents: Vec<Document>, options: &Options) -> Extraction {
    use rayon::prelude::*;
    documents.sort_by(|a, b| a.id.cmp(&b.id));
    let per_doc: Vec<Vec<Claim>> = documents
        .par_iter()
        .map(|doc| extract_document(doc, options))
        .collect();
    // Sized once: claims are large, and growing the vector would copy them again and again.
    let mut claims = Vec::with_capacity(per_doc.iter().map(Vec::len).sum());
    for doc_claims in per_doc {
        claims.extend(doc_claims);
    }
    Extraction { documents, claims }
}
