//! JSON output, schema 1: `{"schema": 1, "documents": [...], "claims": [...]}`, plus `groups`
//! and `findings` for `compare`.

use serde::Serialize;

use crate::Extraction;
use crate::compare::Comparison;

#[derive(Serialize)]
struct Schema<'a> {
    schema: u32,
    documents: &'a [crate::Document],
    claims: &'a [crate::Claim],
    #[serde(skip_serializing_if = "Option::is_none")]
    groups: Option<&'a [crate::compare::Group]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    findings: Option<&'a [crate::compare::Finding]>,
}

/// Renders an extraction, and a comparison when given, as pretty JSON ending in a newline.
pub fn render(extraction: &Extraction, comparison: Option<&Comparison>) -> Vec<u8> {
    let schema = Schema {
        schema: 1,
        documents: &extraction.documents,
        claims: &extraction.claims,
        groups: comparison.map(|c| c.groups.as_slice()),
        findings: comparison.map(|c| c.findings.as_slice()),
    };
    let mut out = serde_json::to_vec_pretty(&schema).expect("claims serialise to JSON");
    out.push(b'\n');
    out
}
