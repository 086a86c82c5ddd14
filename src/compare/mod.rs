//! Comparison: claims about the same thing are grouped across articles and languages, and every
//! pair in a group gets a verdict (agreement, contradiction, update, unconfirmed); groups about
//! the same subject with another place or scope are linked by "different scope" findings.
//!
//! The stages: [`grouping`] (blocking keys, no all-pairs pass), [`pairs`] (repetition folded,
//! neighbours in time for big groups), [`verdict`] (one pair at a
//! time, with its reason in words), [`provenance`] (independent sources along the attribution
//! chain), then a status per group ([`status`]: where the statuses are defined, and the
//! independent sources each one rests on). Groups are judged in parallel and everything is sorted
//! before ids are given, so the output never depends on thread timing or input order.

pub mod describe;
pub mod grouping;
pub mod pairs;
pub mod provenance;
pub mod status;
pub mod verdict;

mod judge;
#[cfg(test)]
pub(crate) mod testkit;
#[cfg(test)]
mod tests;

use serde::Serialize;

use crate::Extraction;
use crate::claim::{ClaimKind, Scope};
pub use judge::stable_id;
pub use status::{Parties, Said, Status};
pub use verdict::Verdict;

/// Groups of comparable claims and the findings between them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Comparison {
    /// Groups, most important first (see [`Group::priority`]); groups reported by one article
    /// without dispute come last.
    pub groups: Vec<Group>,
    /// One finding per judged pair, in group order.
    pub findings: Vec<Finding>,
}

/// Who or what a group is about, beyond its concept.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Subject {
    /// The entity ("North Korea").
    pub entity: Option<String>,
    /// The place ("Kursk").
    pub place: Option<String>,
    /// The event ("deployed").
    pub event: Option<String>,
    /// The kind of people a breakdown counts ("police"), when it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
}

/// One step of a group's timeline: a value given on a date, and who gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The reference date, when known.
    pub date: Option<jiff::civil::Date>,
    /// The value in words ("about 3 000").
    pub value: String,
    /// The independent sources that gave it (sorted).
    pub sources: Vec<String>,
    /// How far the value jumped from the previous step when it is by ten times or more, up
    /// ("×150") or down ("÷150"): a story rarely moves that fast, so both figures are worth
    /// checking for the same thing counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jump: Option<String>,
}

/// Claims about the same thing.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// Stable id made from what the group is about ([`stable_id`]): "g7kq2".
    pub id: String,
    /// Count or statement.
    pub kind: ClaimKind,
    /// The language-neutral concept ("soldiers").
    pub concept: String,
    /// Entity, place and event.
    pub subject: Subject,
    /// The scope: planned total, so far (when a claim says so), or none stated.
    pub scope: Option<Scope>,
    /// The subject in words: "soldiers, North Korea, in Russia, deployed, so far".
    pub label: String,
    /// Ids of the claims in the group, in document order.
    pub claims: Vec<String>,
    /// Where the claims are in the compared [`crate::Extraction`]'s `claims`, in the order of
    /// `claims` (empty for a group made otherwise), so that reports need not look ids up.
    #[serde(skip)]
    pub members: Vec<usize>,
    /// How well the claim stands (defined in [`status`]).
    pub status: Status,
    /// The number of independent sources that state it as fact (`parties.asserting`).
    pub independent_sources: usize,
    /// The independent sources by what they do with the claim; the status follows from them.
    pub parties: Parties,
    /// Documents that report it.
    pub reports: usize,
    /// The values over time, when the group holds an update.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<Step>,
}

/// A verdict on a pair of claims.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// What the pair says to each other.
    pub verdict: Verdict,
    /// The first claim's id (the earlier one).
    pub a: String,
    /// The second claim's id.
    pub b: String,
    /// The group of `a`.
    pub group: String,
    /// The group of `b`, for a "different scope" finding between two groups.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_group: Option<String>,
    /// Why, in words.
    pub reason: String,
    /// One of the telling pairs the table shows: every contradiction, and per pair of parties
    /// the closest agreement, update or unconfirmed pair. The others (JSON and CSV hold every
    /// judged pair) say the same between other reports of the same figures.
    pub shown: bool,
    /// How sure the match of the two claims is.
    pub confidence: Confidence,
}

/// How sure the match of a finding's two claims is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Both claims state the same place.
    SamePlace,
    /// One claim states no place (or neither does): the place is inferred.
    PlaceInferred,
    /// One claim leaves its entity or event unstated, or counts people named only as people:
    /// the subject is inferred.
    SubjectInferred,
}

impl Group {
    /// True when the group deserves a row of its own in a table: reported by two articles or
    /// more, or disputed. The rest, one article's word, is listed in one line each.
    pub fn in_table(&self) -> bool {
        self.reports >= 2 || matches!(self.status, Status::Contested | Status::Denied)
    }

    /// How urgently a reader should look at the group, lowest first: a value contradiction,
    /// a denial against an assertion, another denial, a figure that moved over time, a
    /// corroborated claim, a single source, a hedge. Groups are listed in this order.
    pub fn priority(&self) -> u8 {
        let p = &self.parties;
        match self.status {
            Status::Contested => 0,
            Status::Denied if !p.asserting.is_empty() => 1,
            Status::Denied => 2,
            _ if !self.timeline.is_empty() => 3,
            Status::Corroborated => 4,
            Status::SingleSource => 5,
            Status::HedgedOnly => 6,
        }
    }
}

impl Comparison {
    /// True when at least one pair contradicts.
    pub fn has_contradiction(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.verdict == Verdict::Contradiction)
    }
}

/// Compares every claim of an extraction: groups, verdicts, statuses, in a deterministic order.
pub fn compare(extraction: &Extraction) -> Comparison {
    compare_with(extraction, &parties(extraction))
}

/// [`compare`], with each claim's party already worked out: `parties[k]` is the party of
/// `extraction.claims[k]` (see [`parties`]).
pub fn compare_with(extraction: &Extraction, parties: &[&str]) -> Comparison {
    judge::run(extraction, parties)
}

/// The party of each claim of an extraction ([`provenance::party`]), in its order, worked out
/// in parallel: the comparison and the reports both need them.
pub fn parties(extraction: &Extraction) -> Vec<&str> {
    use rayon::prelude::*;
    extraction
        .claims
        .par_iter()
        .map(provenance::party)
        .collect()
}
