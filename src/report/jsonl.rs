//! JSON lines output (`--format jsonl`): one compact JSON object per line, each tagged with its
//! `type`, for tools that read a stream of records (DuckDB's `read_json_auto`, `jq -c`, a log
//! pipeline):
//!
//! ```text
//! {"type":"schema","schema":1}
//! {"type":"document","id":…}      one per document, sorted by id
//! {"type":"claim","id":…}         one per claim, by document then position
//! {"type":"group","id":…}         compare only
//! {"type":"finding","verdict":…}  compare only
//! {"type":"error","file":…}       one per input skipped
//! ```
//!
//! Each object holds the fields of the matching object of the JSON ([`super::json`]), in the same
//! order, after `type`: the same serde types are written, so the two outputs cannot drift apart.
//! The schema of one line is [`super::schema::jsonl`]. The lines are rendered in parallel batches
//! and written in order, never held whole.

use std::io;

use serde::Serialize;

use super::Skipped;
use super::json::in_batches;
use crate::Extraction;
use crate::compare::Comparison;

/// The `type` of each kind of line, in the order the lines come.
pub const TYPES: [&str; 6] = ["schema", "document", "claim", "group", "finding", "error"];

/// An item of the JSON with its `type` before its own fields.
#[derive(Serialize)]
struct Tagged<'a, T> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(flatten)]
    item: &'a T,
}

/// The first line: the schema version, as the JSON's top-level `schema`.
#[derive(Serialize)]
struct Version {
    #[serde(rename = "type")]
    kind: &'static str,
    schema: u32,
}

/// Renders an extraction, and a comparison when given, as JSON lines.
pub fn render(
    extraction: &Extraction,
    comparison: Option<&Comparison>,
    errors: &[Skipped],
) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out, extraction, comparison, errors).expect("writing to memory cannot fail");
    out
}

/// Writes [`render`]'s bytes to `out` as they are made: the schema line, then the documents,
/// the claims, the groups and findings of `comparison`, and the inputs skipped (`errors`).
pub fn write<W: io::Write + ?Sized>(
    out: &mut W,
    extraction: &Extraction,
    comparison: Option<&Comparison>,
    errors: &[Skipped],
) -> io::Result<()> {
    let version = Version {
        kind: "schema",
        schema: 1,
    };
    serde_json::to_writer(&mut *out, &version)?;
    out.write_all(b"\n")?;
    let mut buffers = Vec::new();
    lines(out, &mut buffers, "document", &extraction.documents)?;
    lines(out, &mut buffers, "claim", &extraction.claims)?;
    if let Some(c) = comparison {
        lines(out, &mut buffers, "group", &c.groups)?;
        lines(out, &mut buffers, "finding", &c.findings)?;
    }
    lines(out, &mut buffers, "error", errors)
}

/// Writes one line per item, tagged `kind`.
fn lines<W: io::Write + ?Sized, T: Serialize + Sync>(
    out: &mut W,
    buffers: &mut Vec<Vec<u8>>,
    kind: &'static str,
    items: &[T],
) -> io::Result<()> {
    in_batches(out, buffers, items, |buf, _, item| {
        serde_json::to_writer(&mut *buf, &Tagged { kind, item }).expect("items serialise to JSON");
        buf.push(b'\n');
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{compare, testkit};
    use serde_json::Value;

    /// Every line of the JSON lines as (type, the object without its type), and the JSON as the
    /// same pairs: the two must match item for item.
    fn both(ext: &Extraction, cmp: Option<&Comparison>, errors: &[Skipped]) {
        let jsonl = render(ext, cmp, errors);
        assert!(jsonl.ends_with(b"\n"));
        let mut from_lines = Vec::new();
        for line in jsonl.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            assert!(line.starts_with(b"{\"type\":\""), "type comes first");
            let mut v: Value = serde_json::from_slice(line).unwrap();
            let kind = v["type"].as_str().unwrap().to_string();
            v.as_object_mut().unwrap().remove("type");
            from_lines.push((kind, v));
        }
        let mut json = Vec::new();
        super::super::json::write_with_errors(&mut json, ext, cmp, errors).unwrap();
        let json: Value = serde_json::from_slice(&json).unwrap();
        let mut from_json = vec![("schema".to_string(), serde_json::json!({"schema": 1}))];
        for (field, kind) in [
            ("documents", "document"),
            ("claims", "claim"),
            ("groups", "group"),
            ("findings", "finding"),
            ("errors", "error"),
        ] {
            for item in json
                .get(field)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                from_json.push((kind.to_string(), item.clone()));
            }
        }
        assert_eq!(from_lines.len(), from_json.len());
        for (l, j) in from_lines.iter().zip(&from_json) {
            assert_eq!(l, j);
        }
        let kinds: Vec<&str> = from_lines.iter().map(|(k, _)| k.as_str()).collect();
        let mut order: Vec<usize> = kinds
            .iter()
            .map(|k| TYPES.iter().position(|t| t == k).unwrap())
            .collect();
        let sorted = order.clone();
        order.sort();
        assert_eq!(order, sorted, "lines come in the order of TYPES");
    }

    #[test]
    fn every_line_is_the_json_object_with_its_type() {
        let small = testkit::scenario();
        let mut large = small.clone();
        // More claims than one batch holds.
        while large.claims.len() < 5000 {
            large.claims.extend(small.claims.iter().cloned());
        }
        let errors = [Skipped {
            file: "scan.bin".into(),
            reason: "binary data".into(),
        }];
        for ext in [&small, &large, &Extraction::default()] {
            let cmp = compare(ext);
            both(ext, None, &[]);
            both(ext, Some(&cmp), &errors);
        }
    }

    #[test]
    fn one_line_per_object_even_when_text_holds_newlines() {
        let mut ext = testkit::scenario();
        ext.claims[0].sentence = "two\nlines\u{2028}and a separator".into();
        let jsonl = render(&ext, None, &[]);
        let lines = jsonl.split(|&b| b == b'\n').filter(|l| !l.is_empty());
        assert_eq!(lines.count(), 1 + ext.documents.len() + ext.claims.len());
    }
}
