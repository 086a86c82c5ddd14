//! CSV output: one row per claim for `extract`, one row per discrepancy for `compare`.
//! RFC 4180, UTF-8, header row; a cell that a spreadsheet would run as a formula is neutralised.

use std::collections::BTreeMap;
use std::io;

use super::Lookup;
use crate::Extraction;
use crate::claim::{Claim, ClaimKind};
use crate::compare::{Comparison, Finding, Group, Status, Verdict, describe, provenance};

/// The columns of the discrepancy report, in order.
pub const FINDING_COLUMNS: [&str; 21] = [
    "finding",
    "subject",
    "concept",
    "scope",
    "value_a",
    "low_a",
    "high_a",
    "source_a",
    "stance_a",
    "document_a",
    "date_a",
    "evidence_a",
    "value_b",
    "low_b",
    "high_b",
    "source_b",
    "stance_b",
    "document_b",
    "date_b",
    "evidence_b",
    "reason",
];

/// Renders the discrepancy report: one row per contradiction, update, different scope and
/// unconfirmed pair, then one per distinct claim of a group that rests on a single source or on
/// hedges only. Agreements are not discrepancies and are left out.
pub fn findings(extraction: &Extraction, comparison: &Comparison) -> Vec<u8> {
    findings_with(&Lookup::new(extraction), comparison)
}

/// [`findings`] with the extraction's [`Lookup`] already built.
pub fn findings_with(look: &Lookup, comparison: &Comparison) -> Vec<u8> {
    let mut out = Vec::new();
    write_findings(&mut out, look, comparison).expect("writing to memory cannot fail");
    out
}

/// Writes [`findings_with`]'s bytes to `out` row by row, never holding the report whole.
pub fn write_findings<W: io::Write>(
    out: W,
    look: &Lookup,
    comparison: &Comparison,
) -> io::Result<()> {
    let mut by_group: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in &comparison.findings {
        if f.verdict != Verdict::Agreement {
            by_group.entry(f.group.as_str()).or_default().push(f);
        }
    }
    let mut w = csv::Writer::from_writer(out);
    w.write_record(FINDING_COLUMNS).map_err(io_error)?;
    let mut write = |cells: Vec<String>| {
        w.write_record(cells.iter().map(|s| neutralise(s)))
            .map_err(io_error)
    };
    for g in &comparison.groups {
        for f in by_group.get(g.id.as_str()).into_iter().flatten() {
            let (Some(a), Some(b)) = (look.claim(&f.a), look.claim(&f.b)) else {
                continue;
            };
            let mut cells = head(f.verdict.as_str(), g);
            cells.extend(side(look, Some(a)));
            cells.extend(side(look, Some(b)));
            cells.push(f.reason.clone());
            write(cells)?;
        }
        if matches!(g.status, Status::SingleSource | Status::HedgedOnly) {
            let mut seen = std::collections::HashSet::new();
            for (c, party) in look.group(g) {
                let key = (party, describe::value(c), look.when(c));
                if !seen.insert(key) {
                    continue;
                }
                let mut cells = head(g.status.as_str(), g);
                cells.extend(side(look, Some(c)));
                cells.extend(side(look, None));
                cells.push(format!(
                    "only {party} says so ({})",
                    describe::stance_verb(c.stance)
                ));
                write(cells)?;
            }
        }
    }
    w.flush()
}

/// A CSV writer's error as the I/O error it is (or wraps).
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

fn head(finding: &str, g: &Group) -> Vec<String> {
    let s = &g.subject;
    let subject: Vec<String> = [
        s.entity.clone(),
        s.place.as_ref().map(|p| format!("in {p}")),
        s.event.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    vec![
        finding.to_string(),
        subject.join(", "),
        g.concept.clone(),
        g.scope.map(describe::scope).unwrap_or_default().to_string(),
    ]
}

/// value, low, high, source, stance, document, date, evidence of one claim (empty cells for
/// none; low and high are plain integers a spreadsheet sorts, empty when the bound is open).
fn side(look: &Lookup, claim: Option<&Claim>) -> Vec<String> {
    let Some(c) = claim else {
        return vec![String::new(); 8];
    };
    let q = c.quantity.as_ref();
    let number = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_default();
    vec![
        describe::value(c),
        number(q.and_then(|q| q.low)),
        number(q.and_then(|q| q.high)),
        provenance::label(c),
        super::stance_name(c.stance).to_string(),
        c.doc.clone(),
        look.when(c).map(|d| d.to_string()).unwrap_or_default(),
        super::excerpt(&c.sentence, usize::MAX),
    ]
}

/// Renders one row per claim.
pub fn claims(extraction: &Extraction) -> Vec<u8> {
    let mut out = Vec::new();
    write_claims(&mut out, extraction).expect("writing to memory cannot fail");
    out
}

/// Writes [`claims`]'s bytes to `out` row by row, never holding the report whole.
pub fn write_claims<W: io::Write>(out: W, extraction: &Extraction) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
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
    w.write_record(header).map_err(io_error)?;
    for c in &extraction.claims {
        let row = row(c);
        w.write_record(row.iter().map(|s| neutralise(s)))
            .map_err(io_error)?;
    }
    w.flush()
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
        opt(c.qualifiers.scope.map(|s| scope_name(s).to_string())),
        c.source.canonical.clone(),
        super::stance_name(c.stance).to_string(),
        opt(c.stance_by.clone()),
        c.quoted.to_string(),
        opt(c.speaker.clone()),
        c.sentence.to_string(),
        c.span[0].to_string(),
        c.span[1].to_string(),
    ]
}

/// A scope as JSON spells it.
fn scope_name(s: crate::claim::Scope) -> &'static str {
    match s {
        crate::claim::Scope::PlannedTotal => "planned_total",
        crate::claim::Scope::SoFar => "so_far",
        crate::claim::Scope::Part => "part",
    }
}

fn kind(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Count => "count",
        ClaimKind::Date => "date",
        ClaimKind::Statement => "statement",
        ClaimKind::Quote => "quote",
    }
}

/// Prefixes a cell that starts with `=`, `+`, `-`, `@`, their full-width forms (`＝`, `＋`,
/// `－`, `＠`, which some spreadsheets read as the ASCII ones), tab or carriage return with an
/// apostrophe, so that spreadsheets show it as text instead of running it as a formula.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠') => {
            format!("'{cell}")
        }
        _ => cell.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{compare, testkit};

    #[test]
    fn the_discrepancy_report_reads_back() {
        let ext = testkit::scenario();
        let cmp = compare(&ext);
        let bytes = findings(&ext, &cmp);
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, FINDING_COLUMNS);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert!(rows.iter().all(|r| r.len() == FINDING_COLUMNS.len()));
        let finding = |r: &csv::StringRecord| r[0].to_string();
        let kinds: Vec<String> = rows.iter().map(finding).collect();
        for expected in [
            "contradiction",
            "update",
            "different scope",
            "unconfirmed",
            "single source",
        ] {
            assert!(kinds.iter().any(|k| k == expected), "{expected}: {kinds:?}");
        }
        assert!(!kinds.iter().any(|k| k == "agreement"));
        let cells: Vec<&str> = rows.iter().flat_map(|r| r.iter()).collect();
        assert!(cells.contains(&"'- Selon Séoul, 1 500 soldats nord-coréens sont arrivés."));
        assert!(cells.contains(&"'=12 000 soldats au total, d'après l'agence."));
        assert!(
            cells
                .iter()
                .all(|c| !c.starts_with(['=', '+', '-', '@', '\t', '\r']))
        );
        let contradiction = &rows[0];
        assert_eq!(&contradiction[0], "contradiction");
        assert_eq!(&contradiction[4], "11 000");
        assert_eq!(&contradiction[5], "11000");
        assert_eq!(&contradiction[6], "11000");
        assert_eq!(&contradiction[7], "Volodymyr Zelensky");
        assert_eq!(&contradiction[8], "asserted");
        assert_eq!(&contradiction[9], "kyivpost");
        assert_eq!(&contradiction[10], "2024-11-04");
        assert_eq!(&contradiction[12], "10 000");
        assert_eq!(&contradiction[13], "10000");
        assert_eq!(&contradiction[14], "10000");
    }

    #[test]
    fn formulas_are_neutralised() {
        for (cell, expected) in [
            ("=SUM(A1)", "'=SUM(A1)"),
            ("+33 1", "'+33 1"),
            ("-5", "'-5"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("＝SUM(A1)", "'＝SUM(A1)"),
            ("＋1", "'＋1"),
            ("－1", "'－1"),
            ("＠cmd", "'＠cmd"),
            ("a＝b", "a＝b"),
            ("Séoul", "Séoul"),
            ("", ""),
            ("1 500", "1 500"),
        ] {
            assert_eq!(neutralise(cell), expected);
        }
    }
}
