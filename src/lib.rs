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
pub mod fuzzing;
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
pub fn extract_all(documents: Vec<Document>, options: &Options) -> Extraction {
    extract_all_with(documents, options, &|| {})
}

/// [`extract_all`], calling `done` once after each document, from whichever thread extracted
/// it: the binary draws a progress bar with it (the library never prints).
pub fn extract_all_with(
    mut documents: Vec<Document>,
    options: &Options,
    done: &(dyn Fn() + Sync),
) -> Extraction {
    use rayon::prelude::*;
    documents.sort_by(|a, b| a.id.cmp(&b.id));
    let per_doc: Vec<Vec<Claim>> = documents
        .par_iter()
        .map(|doc| {
            let claims = extract_document(doc, options);
            done();
            claims
        })
        .collect();
    Extraction {
        documents,
        claims: concat(per_doc),
    }
}

/// The vectors of `parts` end to end, moved in parallel: claims are large, and moving them
/// all on one thread (faulting in every page of the result) is a serial step of every run.
fn concat<T: Send>(mut parts: Vec<Vec<T>>) -> Vec<T> {
    use rayon::prelude::*;
    // One part (one document) is the result as it is: copying it would hold it twice.
    if parts.len() == 1 {
        return parts.pop().unwrap_or_default();
    }
    let total = parts.iter().map(Vec::len).sum();
    let mut out: Vec<T> = Vec::with_capacity(total);
    let mut slots: Vec<&mut [std::mem::MaybeUninit<T>]> = Vec::with_capacity(parts.len());
    let mut rest = &mut out.spare_capacity_mut()[..total];
    for part in &parts {
        let (head, tail) = rest.split_at_mut(part.len());
        slots.push(head);
        rest = tail;
    }
    slots.into_par_iter().zip(parts).for_each(|(slots, part)| {
        for (slot, item) in slots.iter_mut().zip(part) {
            slot.write(item);
        }
    });
    // SAFETY: the slots partition the first `total` elements of `out`'s spare capacity, one
    // slot per item of `parts`, and every item was written to its slot above (moving an item
    // cannot panic, and `for_each` returns once every part is done).
    unsafe { out.set_len(total) };
    out
}

#[cfg(test)]
mod tests {
    use super::concat;

    #[test]
    fn concat_keeps_every_item_in_order() {
        let parts: Vec<Vec<String>> = (0..300)
            .map(|p| (0..p % 7).map(|i| format!("{p}.{i}")).collect())
            .collect();
        let expected: Vec<String> = parts.iter().flatten().cloned().collect();
        assert_eq!(concat(parts), expected);
        assert!(concat(Vec::<Vec<u8>>::new()).is_empty());
        assert_eq!(
            concat(vec![vec![], vec![1], vec![], vec![2, 3]]),
            vec![1, 2, 3]
        );
    }
}
