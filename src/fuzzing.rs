//! The whole pipeline on arbitrary bytes, for the fuzz target (`fuzz/`) and the bounded
//! property run of the test suite (`tests/fuzz_pipeline.rs`): read the bytes as a file,
//! extract, compare, render every report, and check what must hold for any input. A broken
//! invariant panics, which both harnesses report as a crash with its input.

use crate::report::{self, TableStyle};
use crate::{Options, compare, extract_all, ingest, segment};

/// What one run produced, for a harness that wants to check growth or print figures.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Produced {
    /// Whether the bytes were read as an article.
    pub read: bool,
    /// Claims extracted.
    pub claims: usize,
    /// Bytes of every report rendered (table, CSV, JSON, evidence).
    pub report_bytes: usize,
}

/// The file names a fuzz input is read under; the first byte of the input chooses one, so
/// that every reader (plain text, Markdown, HTML, stdin) gets fuzzed.
pub const NAMES: &[&str] = &["a.txt", "a.md", "a.html", "-"];

/// Runs `bytes` through the pipeline under the name its first byte chooses (see [`NAMES`]).
pub fn run_input(bytes: &[u8]) -> Produced {
    let (name, rest) = match bytes.split_first() {
        Some((&b, rest)) => (NAMES[b as usize % NAMES.len()], rest),
        None => (NAMES[0], bytes),
    };
    run(name, rest)
}

/// Runs `bytes`, read as the file `name`, through ingest → extract → compare → every report,
/// checking that spans stay inside the text on character boundaries, that attribution chains
/// stay short, and that the reports hold no terminal control character.
pub fn run(name: &str, bytes: &[u8]) -> Produced {
    let options = Options {
        date: "2024-10-28".parse().ok(),
        ..Options::default()
    };
    let Ok(doc) = ingest::from_bytes(name, bytes, &options) else {
        return Produced::default();
    };
    let text = doc.text.clone();
    assert!(doc.body_start <= text.len() && text.is_char_boundary(doc.body_start));
    for s in segment::split(&text, doc.body_start, doc.lang.data()) {
        assert!(s.start < s.end && s.end <= text.len(), "{s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "a control character survived ingest"
    );
    // A second document, so that comparison has pairs to judge.
    let other = ingest::from_text(
        "other.txt",
        "The Pentagon said about 10,000 North Korean soldiers were in Russia on 28 October 2024.\n",
        &options,
    )
    .expect("the fixed article reads");
    let other_text = other.text.clone();
    let extraction = extract_all(vec![doc, other], &options);
    for claim in &extraction.claims {
        let doc_text = if claim.doc == "other" {
            &other_text
        } else {
            &text
        };
        for [start, end] in [claim.span, claim.sentence_span] {
            assert!(start <= end && end <= doc_text.len(), "{claim:?}");
            assert!(doc_text.is_char_boundary(start) && doc_text.is_char_boundary(end));
        }
        assert!(
            claim.source.chain.len() <= 9,
            "a chain of {} links",
            claim.source.chain.len()
        );
    }
    let comparison = compare::compare(&extraction);
    let style = TableStyle {
        color: false,
        width: Some(100),
        all: true,
    };
    let look = report::Lookup::new(&extraction);
    let table = report::comparison::render_with(&look, &extraction, &comparison, style);
    let claims_table = report::table::claims(&extraction, style);
    let ids: Vec<String> = comparison.groups.iter().map(|g| g.id.clone()).collect();
    let evidence = report::comparison::evidence(&extraction, &comparison, &ids, style)
        .map(String::into_bytes)
        .unwrap_or_default();
    for (what, bytes) in [
        ("table", &table),
        ("extract table", &claims_table),
        ("evidence", &evidence),
    ] {
        let shown = String::from_utf8_lossy(bytes);
        assert!(
            !shown
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "a control character in the {what}"
        );
    }
    let csv = report::csv::findings(&extraction, &comparison);
    let claims_csv = report::csv::claims(&extraction);
    let json = report::json::render(&extraction, Some(&comparison));
    serde_json::from_slice::<serde_json::Value>(&json).expect("the JSON report parses");
    Produced {
        read: true,
        claims: extraction.claims.len(),
        report_bytes: table.len()
            + claims_table.len()
            + evidence.len()
            + csv.len()
            + claims_csv.len()
            + json.len(),
    }
}
