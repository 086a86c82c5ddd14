//! Output: one module per format, each returning bytes; the binary decides file or stdout.

pub mod comparison;
pub mod csv;
pub mod html;
pub mod json;
pub mod jsonl;
pub mod schema;
pub mod table;

use crate::compare::Said;
use crate::extract::phrase::WordHash;

/// How to render a table.
#[derive(Debug, Clone, Copy, Default)]
pub struct TableStyle {
    /// Use colours (on a terminal, without `NO_COLOR`).
    pub color: bool,
    /// Fixed width in columns; `None` lets the table take its natural width.
    pub width: Option<u16>,
    /// Show every source and verdict in the table and every contradiction below it, instead
    /// of the main ones.
    pub all: bool,
}

/// Shortens `text` to at most `max` characters, marking the cut with "…".
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// Claims and documents by id, for reports that start from a comparison's ids (hashed with the
/// fast word hasher: ids are short and a report looks up every claim several times).
/// Each claim is kept with its party (see [`crate::compare::provenance::party`]), worked out
/// once for every report.
pub struct Lookup<'a> {
    claims: std::collections::HashMap<&'a str, Said<'a>, WordHash>,
    /// Every claim with its party, in the extraction's order (see [`Group::members`]).
    ///
    /// [`Group::members`]: crate::compare::Group::members
    by_index: Vec<Said<'a>>,
    documents: std::collections::HashMap<&'a str, &'a crate::Document, WordHash>,
}

impl<'a> Lookup<'a> {
    /// Indexes an extraction.
    pub fn new(extraction: &'a crate::Extraction) -> Lookup<'a> {
        Lookup::with_parties(extraction, &crate::compare::parties(extraction))
    }

    /// Indexes an extraction whose claims' parties are known: `parties[k]` is the party of
    /// `extraction.claims[k]` ([`crate::compare::parties`]).
    /// Parties of another length are worked out again.
    pub fn with_parties(extraction: &'a crate::Extraction, parties: &[&'a str]) -> Lookup<'a> {
        if parties.len() != extraction.claims.len() {
            return Lookup::new(extraction);
        }
        let by_index: Vec<Said> = extraction
            .claims
            .iter()
            .zip(parties.iter().copied())
            .collect();
        Lookup {
            claims: by_index
                .iter()
                .map(|&said| (said.0.id.as_str(), said))
                .collect(),
            by_index,
            documents: extraction
                .documents
                .iter()
                .map(|d| (d.id.as_str(), d))
                .collect(),
        }
    }

    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&'a crate::Claim> {
        self.claims.get(id).map(|&(c, _)| c)
    }

    /// The claim with this id, with its party.
    pub fn said(&self, id: &str) -> Option<Said<'a>> {
        self.claims.get(id).copied()
    }

    /// The claims of a group with their parties, in the group's order: by their place in the
    /// extraction when the group gives it (a comparison of this extraction: every place within
    /// it, the first and last ids matching), else by id.
    pub fn group(&self, g: &crate::compare::Group) -> Vec<Said<'a>> {
        let id_at = |k: Option<&usize>| k.and_then(|&k| self.by_index.get(k)).map(|(c, _)| &c.id);
        if g.members.len() == g.claims.len()
            && g.members.iter().all(|&k| k < self.by_index.len())
            && id_at(g.members.first()) == g.claims.first()
            && id_at(g.members.last()) == g.claims.last()
        {
            g.members.iter().map(|&k| self.by_index[k]).collect()
        } else {
            g.claims.iter().filter_map(|id| self.said(id)).collect()
        }
    }

    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&'a crate::Document> {
        self.documents.get(id).copied()
    }

    /// A claim's reference date (`as_of`), as the comparison uses it.
    pub fn when(&self, claim: &crate::Claim) -> Option<jiff::civil::Date> {
        claim.as_of
    }

    /// How many calendar years the claims' reference dates span (dates show the year when
    /// more than one).
    pub fn years(&self) -> usize {
        // Hashed, not sorted: few distinct years among many claims.
        let years: std::collections::HashSet<i16, WordHash> = self
            .claims
            .values()
            .filter_map(|(c, _)| self.when(c))
            .map(|d| d.year())
            .collect();
        years.len()
    }

    /// The languages of the documents behind these claims, sorted ("en", "fr").
    pub fn languages<'c>(
        &self,
        claims: impl IntoIterator<Item = &'c crate::Claim>,
    ) -> Vec<&'static str> {
        let mut langs: Vec<&'static str> = claims
            .into_iter()
            .filter_map(|c| self.document(&c.doc))
            .map(|d| d.lang.code())
            .collect();
        langs.sort_unstable();
        langs.dedup();
        langs
    }
}

/// A stance as JSON spells it ("asserted", "not_confirmed"): the one spelling every output
/// uses.
pub fn stance_name(stance: crate::Stance) -> &'static str {
    match stance {
        crate::Stance::Asserted => "asserted",
        crate::Stance::Hedged => "hedged",
        crate::Stance::Denied => "denied",
        crate::Stance::NotConfirmed => "not_confirmed",
    }
}

/// An input that was skipped, as the JSON (`errors`) and the HTML report list it: the file and
/// why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Skipped {
    /// The file as given.
    pub file: String,
    /// Why it was skipped, and what to do.
    pub reason: String,
}

impl Skipped {
    /// The file and the reason of an input error.
    pub fn from_error(e: &crate::Error) -> Skipped {
        use crate::Error;
        let (file, reason) = match e {
            Error::Io { path, source } => (path.display().to_string(), source.to_string()),
            Error::Decode { path, reason } | Error::Empty { path, reason } => {
                (path.display().to_string(), reason.clone())
            }
            Error::Aliases { path, line, reason } => {
                (path.display().to_string(), format!("line {line}: {reason}"))
            }
            Error::Write { path, source } => (
                path.display().to_string(),
                format!("cannot write: {source}"),
            ),
            Error::UnsupportedLanguage(_) => (String::new(), e.to_string()),
        };
        Skipped { file, reason }
    }
}
