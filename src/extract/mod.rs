//! Extraction: a document's sentences become claims.
//!
//! Order matters and reads top to bottom: dates first (their numbers are never counts), then
//! counts with what they count and its qualifiers, then statements without numbers and quoted
//! words; then each
//! claim gets its source, quotation and stance, and counts and statements get the date they
//! refer to (`as_of`).

pub mod attribution;
pub mod concept;
pub mod date;
pub mod gazetteer;
pub mod locale;
pub mod number;
pub mod phrase;
pub mod places;
pub mod quotation;
pub mod stance;
pub mod statement;
#[cfg(test)]
pub(crate) mod testkit;

use crate::claim::{Claim, ClaimKind};
use crate::{Document, Options, segment};

/// Extracts every claim of one document, in text order, with ids `<doc>#<n>`.
pub fn extract_document(doc: &Document, options: &Options) -> Vec<Claim> {
    let lang = doc.lang.data();
    let sentences = segment::split_titled(&doc.text, doc.body_start, doc.title.as_deref(), lang);
    // Every stage reads the same tokens, quotations and cues: tokenised and read once.
    let analysis = attribution::Analysis::new(doc, &sentences, lang, options);
    let tokens = &analysis.tokens;
    let mut claims =
        date::extract_scanned(doc, &sentences, lang, tokens, Some(&analysis.date_scans));
    let tags = Some(analysis.tags.as_slice());
    let counts = number::extract_tagged(doc, &sentences, lang, tokens, tags, &claims);
    // Claims are large: the vector grows once for each batch, by its exact size.
    claims.reserve_exact(counts.len());
    claims.extend(counts);
    let statements = statement::extract_with(&analysis, &claims);
    let quotes = quotation::extract_with(&analysis);
    claims.reserve_exact(statements.len() + quotes.len());
    claims.extend(statements);
    claims.extend(quotes);
    claims.sort_by_key(|c| (c.span[0], c.span[1]));
    number::place_national(lang, &sentences, tokens, &mut claims, ClaimKind::Statement);
    attribution::attribute_with(&analysis, &mut claims);
    // A date says when something happened, in the outlet's own telling: the reporting frame
    // around it is the source of the figures and statements beside it, not of the day.
    for claim in claims.iter_mut().filter(|c| c.kind == ClaimKind::Date) {
        claim.source = crate::claim::Source::outlet(&doc.outlet);
    }
    locale::localise(&analysis, &mut claims);
    // Quoted words nobody is found to speak are titles or names, not statements.
    claims.retain(|c| c.kind != ClaimKind::Quote || c.speaker.is_some());
    stance::assign_with(&analysis, &mut claims);
    // A date is the outlet's telling of when something happened: the denial or hedge beside it
    // is about the figure or the event, not about the day.
    for claim in claims.iter_mut().filter(|c| c.kind == ClaimKind::Date) {
        claim.stance = crate::claim::Stance::Asserted;
        claim.stance_by = None;
    }
    number::national::place_own_territory(&analysis, &mut claims);
    headlines_take_the_body_source(&sentences, &mut claims);
    date::assign_as_of_analysed(&analysis, &mut claims);
    for (n, claim) in claims.iter_mut().enumerate() {
        use std::fmt::Write;
        // Sized once: `format!` would grow the id on the way.
        let mut id = String::with_capacity(doc.id.len() + 8);
        id.push_str(&doc.id);
        let _ = write!(id, "#{}", n + 1);
        claim.id = id;
    }
    claims
}

/// A headline states its figure without a source ("11 000 soldats nord-coréens à Koursk"): when
/// the body gives the same figure of the same thing, the headline relays the body's source, so
/// that comparisons see the body's origin rather than a new voice.
fn headlines_take_the_body_source(sentences: &[segment::Sentence], claims: &mut [Claim]) {
    use crate::claim::SourceKind;
    use std::collections::HashMap;
    let mut headings: Vec<[usize; 2]> = sentences
        .iter()
        .filter(|s| s.heading)
        .map(|s| [s.start, s.end])
        .collect();
    if headings.is_empty() {
        return;
    }
    // Sorted by start, with the furthest end reached so far: a span lies inside a heading when
    // one of the headings starting at or before it ends at or after it (linear in the claims,
    // whatever the number of headings).
    headings.sort_unstable();
    let furthest_end: Vec<usize> = headings
        .iter()
        .scan(0, |end, h| {
            *end = (*end).max(h[1]);
            Some(*end)
        })
        .collect();
    let heading = |c: &Claim| {
        let before = headings.partition_point(|h| h[0] <= c.span[0]);
        before > 0 && furthest_end[before - 1] >= c.span[1]
    };
    let in_heading: Vec<bool> = claims.iter().map(heading).collect();
    // The first body count with a source for each figure of each thing.
    let mut first_body = HashMap::new();
    for (j, b) in claims.iter().enumerate() {
        if b.kind == ClaimKind::Count && b.source.kind != SourceKind::Outlet && !in_heading[j] {
            first_body.entry(figure(b)).or_insert(j);
        }
    }
    let relayed: Vec<(usize, usize)> = claims
        .iter()
        .enumerate()
        .filter(|&(i, c)| {
            c.kind == ClaimKind::Count && c.source.kind == SourceKind::Outlet && in_heading[i]
        })
        .filter_map(|(i, c)| first_body.get(&figure(c)).map(|&j| (i, j)))
        .collect();
    for (i, j) in relayed {
        claims[i].source = claims[j].source.clone();
    }
}

/// What a headline and a body count must share: the same bounds of the same thing.
fn figure(c: &Claim) -> (Option<(Option<u64>, Option<u64>)>, Option<&str>) {
    (
        c.quantity.as_ref().map(|q| (q.low, q.high)),
        c.counted.as_ref().map(|c| c.concept.as_str()),
    )
}
