//! Helpers for the extraction tests: a text read as one article of a given language and
//! publication date, and the count written a given way among its claims.

use crate::claim::{Claim, ClaimKind};
use crate::lang::Lang;
use crate::{Options, extract_document, ingest};

/// Every claim of `text` read as an article in `lang` published on `published` (YYYY-MM-DD).
pub(crate) fn claims(lang: Lang, published: &str, text: &str) -> Vec<Claim> {
    let options = Options {
        lang: Some(lang),
        date: published.parse().ok(),
        aliases: None,
    };
    let doc = ingest::from_text("outlet.txt", text, &options).expect("test document");
    extract_document(&doc, &options)
}

/// The first count whose words end with `figure` ("700 000", "about 10,000"); panics with the
/// claims found when there is none.
pub(crate) fn count<'c>(claims: &'c [Claim], figure: &str, text: &str) -> &'c Claim {
    claims
        .iter()
        .find(|c| {
            c.kind == ClaimKind::Count
                && c.quantity
                    .as_ref()
                    .is_some_and(|q| q.text.ends_with(figure))
        })
        .unwrap_or_else(|| panic!("no count {figure:?} in {text:?}: {claims:#?}"))
}
