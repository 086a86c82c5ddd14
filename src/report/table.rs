//! The terminal table for `extract`: one row per claim.

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};

use super::{TableStyle, excerpt};
use crate::Extraction;
use crate::claim::{Claim, ClaimKind};

/// Renders one row per claim.
pub fn claims(extraction: &Extraction, style: TableStyle) -> Vec<u8> {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(width) = style.width {
        table.set_width(width);
    }
    if !style.color {
        table.force_no_tty();
    }
    table.set_header([
        "document",
        "kind",
        "value",
        "counted",
        "qualifiers",
        "source",
        "stance",
        "evidence",
    ]);
    // Short columns stay short so that the evidence keeps most of a narrow terminal.
    for (index, max) in [
        (0, 18),
        (1, 11),
        (2, 14),
        (3, 11),
        (4, 18),
        (5, 22),
        (6, 16),
    ] {
        if let Some(column) = table.column_mut(index) {
            column.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(max)));
        }
    }
    if let Some(column) = table.column_mut(7) {
        column.set_constraint(ColumnConstraint::LowerBoundary(Width::Percentage(30)));
    }
    for c in &extraction.claims {
        table.add_row([
            c.doc.clone(),
            kind(c.kind).to_string(),
            // A quotation's words are in the evidence: the value cell only announces them.
            excerpt(&value(c), if c.kind == ClaimKind::Quote { 24 } else { 40 }),
            c.counted
                .as_ref()
                .map(|x| x.concept.clone())
                .unwrap_or_default(),
            qualifiers(c),
            source(c),
            stance(c),
            excerpt(&c.sentence, 80),
        ]);
    }
    let mut out = table.to_string().into_bytes();
    out.push(b'\n');
    out
}

/// A claim's source with its chain, outer first ("Yonhap → National Intelligence Service (South
/// Korea)"), and a quotation's speaker when another source reports it.
pub fn source(c: &Claim) -> String {
    let mut out = c.source.chain.join(" → ");
    if let Some(speaker) = c
        .speaker
        .as_ref()
        .filter(|s| c.source.chain.last() != Some(s))
    {
        out.push_str(&format!(" (quoting {speaker})"));
    }
    out
}

/// A claim's stance in words, with who denies or does not confirm it.
pub fn stance(c: &Claim) -> String {
    use crate::claim::Stance;
    let by = c.stance_by.as_deref().unwrap_or("?");
    match c.stance {
        Stance::Asserted => "asserted".into(),
        Stance::Hedged => "hedged".into(),
        Stance::Denied => format!("denied by {by}"),
        Stance::NotConfirmed => format!("not confirmed by {by}"),
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

/// A claim's value in words: a count as every report writes it ("1 500", "≈1 500", "≥3 000",
/// "10 000–12 000", see [`crate::compare::describe::quantity`]), a date as "2024-10-18" or
/// "2024-06-01…2024-06-30", a quotation between « ».
pub fn value(c: &Claim) -> String {
    if let Some(q) = &c.quantity {
        return crate::compare::describe::quantity(q);
    }
    if let Some(d) = &c.date {
        return match (d.start, d.end) {
            (Some(s), Some(e)) if s == e => s.to_string(),
            (Some(s), Some(e)) => format!("{s}…{e}"),
            _ => format!("{} (unresolved)", d.text),
        };
    }
    if let Some(q) = &c.quote {
        return format!("« {q} »");
    }
    String::new()
}

/// "North Korea, in Russia, planned total": entity, place and scope, as the comparison table
/// words them.
fn qualifiers(c: &Claim) -> String {
    let q = &c.qualifiers;
    let mut parts = Vec::new();
    if let Some(e) = &q.entity {
        parts.push(e.clone());
    }
    if let Some(p) = &q.place {
        parts.push(format!("in {p}"));
    }
    if let Some(s) = q.scope {
        parts.push(crate::compare::describe::scope(s).to_string());
    }
    parts.join(", ")
}
