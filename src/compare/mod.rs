//! Comparison: claims about the same thing are grouped across articles and languages, and every
//! pair in a group gets a verdict (agreement, contradiction, update, unconfirmed); groups about
//! the same subject with another place or scope are linked by "different scope" findings.
//!
//! The stages: [`grouping`] (blocking keys, no all-pairs pass), [`pairs`] (repetition folded,
//! neighbours in time for big groups), [`verdict`] (one pair at a
//! time, with its reason in words), [`provenance`] (independent sources along the attribution
//! chain), then a status per group. Groups are judged in parallel and everything is sorted
//! before ids are given, so the output never depends on thread timing or input order.

pub mod describe;
pub mod grouping;
pub mod pairs;
pub mod provenance;
pub mod verdict;

mod judge;
#[cfg(test)]
pub(crate) mod testkit;
#[cfg(test)]
mod tests;

use serde::Serialize;

use crate::Extraction;
use crate::claim::{ClaimKind, Scope};
pub use verdict::Verdict;

/// Groups of comparable claims and the findings between them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Comparison {
    /// Groups, contested first.
    pub groups: Vec<Group>,
    /// One finding per judged pair, in group order.
    pub findings: Vec<Finding>,
}

/// How well a group's claim stands, all sources considered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Independent sources give values that contradict each other.
    Contested,
    /// One party denies what is claimed.
    Denied,
    /// Asserted by one independent source only (however many outlets repeat it).
    SingleSource,
    /// Nobody asserts it: only hedged or not confirmed.
    HedgedOnly,
    /// Two or more independent sources assert values that agree.
    Corroborated,
}

impl Status {
    /// The status in words, as reports print it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Contested => "contested",
            Status::Denied => "denied",
            Status::SingleSource => "single source",
            Status::HedgedOnly => "hedged only",
            Status::Corroborated => "corroborated",
        }
    }
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
}

/// Claims about the same thing.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// Stable id: `g1`, `g2`… in output order.
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
    /// How well the claim stands.
    pub status: Status,
    /// Independent sources (origins along the attribution chain, deniers included).
    pub independent_sources: usize,
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
    judge::run(extraction)
}
