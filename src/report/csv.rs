//! CSV output: one row per claim for `extract`. RFC 4180, UTF-8, header row; a cell that a
//! spreadsheet would run as a formula is neutralised.

use crate::Extraction;
use crate::claim::{Claim, ClaimKind};

/// Renders one row per claim.
pub fn claims(extraction: &Extraction) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "id",
        "document",
        "kind",
        "low",
        "high",
        "approx",
        "value",
        "concept",
        "counted",
        "date_start",
        "date_end",
        "granularity",
        "as_of",
        "entity",
        "place",
        "scope",
        "source",
        "stance",
        "stance_by",
        "quoted",
        "speaker",
        "evidence",
        "span_start",
        "span_end",
    ];
    w.write_record(header).expect("write to memory");
    for c in &extraction.claims {
        let row = row(c);
        w.write_record(row.iter().map(|s| neutralise(s)))
            .expect("write to memory");
    }
    w.into_inner().expect("flush to memory")
}

fn row(c: &Claim) -> Vec<String> {
    let opt = |v: Option<String>| v.unwrap_or_default();
    let q = c.quantity.as_ref();
    let d = c.date.as_ref();
    vec![
        c.id.clone(),
        c.doc.clone(),
        kind(c.kind).into(),
        opt(q.and_then(|q| q.low).map(|v| v.to_string())),
        opt(q.and_then(|q| q.high).map(|v| v.to_string())),
        opt(q.map(|q| q.approx.to_string())),
        crate::report::table::value(c),
        opt(c.counted.as_ref().map(|x| x.concept.clone())),
        opt(c.counted.as_ref().map(|x| x.text.clone())),
        opt(d.and_then(|d| d.start).map(|v| v.to_string())),
        opt(d.and_then(|d| d.end).map(|v| v.to_string())),
        opt(d.map(|d| format!("{:?}", d.granularity).to_lowercase())),
        opt(c.as_of.map(|v| v.to_string())),
        opt(c.qualifiers.entity.clone()),
        opt(c.qualifiers.place.clone()),
        opt(c.qualifiers.scope.map(|s| format!("{s:?}"))),
        c.source.canonical.clone(),
        format!("{:?}", c.stance),
        opt(c.stance_by.clone()),
        c.quoted.to_string(),
        opt(c.speaker.clone()),
        c.sentence.clone(),
        c.span[0].to_string(),
        c.span[1].to_string(),
    ]
}

fn kind(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Count => "count",
        ClaimKind::Date => "date",
        ClaimKind::Statement => "statement",
    }
}

/// Prefixes a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return with an apostrophe,
/// so that spreadsheets show it as text instead of running it as a formula.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}
