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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{compare, testkit};

    #[test]
    fn compare_json_has_groups_and_findings() {
        let ext = testkit::scenario();
        let cmp = compare(&ext);
        let v: serde_json::Value = serde_json::from_slice(&render(&ext, Some(&cmp))).unwrap();
        assert_eq!(v["schema"], 1);
        let groups = v["groups"].as_array().unwrap();
        assert_eq!(groups[0]["id"], "g1");
        for key in [
            "id",
            "kind",
            "concept",
            "subject",
            "scope",
            "claims",
            "status",
            "independent_sources",
        ] {
            assert!(groups.iter().all(|g| g.get(key).is_some()), "{key}");
        }
        assert_eq!(groups[0]["status"], "contested");
        let findings = v["findings"].as_array().unwrap();
        let first = &findings[0];
        assert_eq!(first["verdict"], "contradiction");
        assert_eq!(first["group"], "g1");
        assert!(first["reason"].as_str().unwrap().contains("do not overlap"));
        assert!(
            findings
                .iter()
                .any(|f| f["verdict"] == "different_scope" && f["other_group"].is_string())
        );
    }

    #[test]
    fn extract_json_has_no_groups() {
        let ext = testkit::scenario();
        let v: serde_json::Value = serde_json::from_slice(&render(&ext, None)).unwrap();
        assert!(v.get("groups").is_none() && v.get("findings").is_none());
    }
}
