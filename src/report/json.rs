//! JSON output, schema 1: `{"schema": 1, "documents": [...], "claims": [...]}`, plus `groups`
//! and `findings` for `compare`, and `errors` (the inputs skipped, with why) last. Its JSON
//! Schema is [`super::schema`].
//!
//! The output is serde_json's pretty JSON (two-space indent), byte for byte; it is written by
//! hand at the top level so that the long arrays (claims, groups, findings) can be serialised in
//! parallel, in chunks, each into its own buffer, then written out in order.

use std::io;

use rayon::prelude::*;
use serde::Serialize;
use serde_json::ser::Formatter;

use super::Skipped;
use crate::Extraction;
use crate::compare::Comparison;

/// Items serialised by one task: large enough that a task is worth its buffer, small enough
/// that the work splits evenly between threads.
const CHUNK: usize = 256;

/// Chunks serialised before they are written out: the buffers are reused from batch to batch,
/// so that a run never holds its whole output in memory (ten times the size of its articles).
const BATCH_CHUNKS: usize = 16;

/// Renders an extraction, and a comparison when given, as pretty JSON ending in a newline.
pub fn render(extraction: &Extraction, comparison: Option<&Comparison>) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out, extraction, comparison).expect("writing to memory cannot fail");
    out
}

/// Writes [`render`]'s bytes to `out` as they are made, in parallel batches.
pub fn write<W: io::Write + ?Sized>(
    out: &mut W,
    extraction: &Extraction,
    comparison: Option<&Comparison>,
) -> io::Result<()> {
    write_with_errors(out, extraction, comparison, &[])
}

/// [`write`], with the inputs that were skipped listed in `errors` (file and reason), so that a
/// reader of the JSON alone knows what it does not cover.
pub fn write_with_errors<W: io::Write + ?Sized>(
    out: &mut W,
    extraction: &Extraction,
    comparison: Option<&Comparison>,
    errors: &[Skipped],
) -> io::Result<()> {
    let mut buffers = Vec::new();
    out.write_all(b"{\n  \"schema\": 1")?;
    field(out, &mut buffers, "documents", &extraction.documents)?;
    field(out, &mut buffers, "claims", &extraction.claims)?;
    if let Some(c) = comparison {
        field(out, &mut buffers, "groups", &c.groups)?;
        field(out, &mut buffers, "findings", &c.findings)?;
    }
    field(out, &mut buffers, "errors", errors)?;
    out.write_all(b"\n}\n")
}

/// Writes `,\n  "name": [...]`, the items at depth 2 as the pretty serialiser indents them.
fn field<W: io::Write + ?Sized, T: Serialize + Sync>(
    out: &mut W,
    buffers: &mut Vec<Vec<u8>>,
    name: &str,
    items: &[T],
) -> io::Result<()> {
    write!(out, ",\n  \"{name}\": ")?;
    if items.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[")?;
    in_batches(out, buffers, items, |buf, first, item| {
        buf.extend_from_slice(if first { b"\n    " } else { b",\n    " });
        let mut ser = serde_json::Serializer::with_formatter(&mut *buf, Pretty::at(2));
        item.serialize(&mut ser).expect("claims serialise to JSON");
    })?;
    out.write_all(b"\n  ]")
}

/// Writes `items` to `out` in order, each as `serialise(buffer, first, item)` renders it
/// (`first` for the first of `items`): batches of [`BATCH_CHUNKS`] chunks of [`CHUNK`] items are
/// rendered in parallel, each chunk into its own buffer of `buffers` (reused from batch to batch),
/// then written out in order, so that the bytes never depend on the thread count.
pub(super) fn in_batches<W: io::Write + ?Sized, T: Sync>(
    out: &mut W,
    buffers: &mut Vec<Vec<u8>>,
    items: &[T],
    serialise: impl Fn(&mut Vec<u8>, bool, &T) + Sync,
) -> io::Result<()> {
    for (b, batch) in items.chunks(CHUNK * BATCH_CHUNKS).enumerate() {
        let n = batch.len().div_ceil(CHUNK);
        if buffers.len() < n {
            buffers.resize_with(n, Vec::new);
        }
        buffers[..n]
            .par_iter_mut()
            .zip(batch.par_chunks(CHUNK))
            .enumerate()
            .for_each(|(c, (buf, chunk))| {
                buf.clear();
                for (i, item) in chunk.iter().enumerate() {
                    serialise(buf, b == 0 && c == 0 && i == 0, item);
                }
            });
        for buf in &buffers[..n] {
            out.write_all(buf)?;
        }
    }
    Ok(())
}

/// serde_json's `PrettyFormatter` (two-space indent) starting at a given depth, which serde_json's
/// own cannot: each item of a top-level array is serialised alone, as if inside the document.
struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    fn at(depth: usize) -> Pretty {
        Pretty {
            depth,
            has_value: false,
        }
    }

    fn newline<W: ?Sized + io::Write>(&self, w: &mut W, comma: bool) -> io::Result<()> {
        const SPACES: &[u8] = &[b' '; 64];
        w.write_all(if comma { b",\n" } else { b"\n" })?;
        let mut n = self.depth * 2;
        while n > 0 {
            let k = n.min(SPACES.len());
            w.write_all(&SPACES[..k])?;
            n -= k;
        }
        Ok(())
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(w, false)?;
        }
        w.write_all(b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.newline(w, !first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(w, false)?;
        }
        w.write_all(b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.newline(w, !first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
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
        let first_id = groups[0]["id"].as_str().unwrap();
        assert!(
            first_id.starts_with('g') && first_id.len() >= 5,
            "{first_id}"
        );
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
        assert_eq!(first["group"], first_id);
        assert!(first["reason"].as_str().unwrap().contains("do not overlap"));
        assert!(
            findings
                .iter()
                .any(|f| f["verdict"] == "different_scope" && f["other_group"].is_string())
        );
    }

    /// The output before it was written by hand: serde_json's pretty printer over one struct.
    #[derive(Serialize)]
    struct Reference<'a> {
        schema: u32,
        documents: &'a [crate::Document],
        claims: &'a [crate::Claim],
        #[serde(skip_serializing_if = "Option::is_none")]
        groups: Option<&'a [crate::compare::Group]>,
        #[serde(skip_serializing_if = "Option::is_none")]
        findings: Option<&'a [crate::compare::Finding]>,
        errors: &'a [Skipped],
    }

    fn reference(ext: &Extraction, cmp: Option<&Comparison>) -> Vec<u8> {
        let schema = Reference {
            schema: 1,
            documents: &ext.documents,
            claims: &ext.claims,
            groups: cmp.map(|c| c.groups.as_slice()),
            findings: cmp.map(|c| c.findings.as_slice()),
            errors: &[],
        };
        let mut out = serde_json::to_vec_pretty(&schema).unwrap();
        out.push(b'\n');
        out
    }

    #[test]
    fn bytes_are_serde_json_pretty_output() {
        let small = testkit::scenario();
        let mut large = small.clone();
        // More claims than one chunk holds, so that chunks are joined.
        for _ in 0..(2 * CHUNK / small.claims.len().max(1) + 1) {
            large.claims.extend(small.claims.iter().cloned());
        }
        let empty = Extraction::default();
        for ext in [&small, &large, &empty] {
            let cmp = compare(ext);
            assert_eq!(
                String::from_utf8(render(ext, None)).unwrap(),
                String::from_utf8(reference(ext, None)).unwrap()
            );
            assert_eq!(
                String::from_utf8(render(ext, Some(&cmp))).unwrap(),
                String::from_utf8(reference(ext, Some(&cmp))).unwrap()
            );
        }
    }

    #[test]
    fn extract_json_has_no_groups() {
        let ext = testkit::scenario();
        let v: serde_json::Value = serde_json::from_slice(&render(&ext, None)).unwrap();
        assert!(v.get("groups").is_none() && v.get("findings").is_none());
    }
}
