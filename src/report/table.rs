//! The terminal table for `extract`: one row per claim; and the measures every terminal table
//! uses to fit a narrow terminal (cells cut with "…" between graphemes, lines kept to a count).

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::{TableStyle, excerpt};
use crate::Extraction;
use crate::claim::{Claim, ClaimKind};

/// Renders one row per claim.
pub fn claims(extraction: &Extraction, style: TableStyle) -> Vec<u8> {
    let mut out = Vec::new();
    write_claims(&mut out, extraction, style).expect("writing to memory");
    out
}

/// Above this many claims the table is written in blocks of this many rows, each rendered and
/// written before the next, so that a very large run never holds its whole table (a 50 MB
/// article gives some 300 000 rows); the blocks share fixed column widths and read as one table.
const ROWS_PER_BLOCK: usize = 2000;

/// The widest each short column may be; the evidence takes the rest.
const SHORT_COLUMNS: [u16; 7] = [18, 11, 14, 11, 18, 22, 16];

/// The table width used for blocks when no width is known (output not on a terminal).
const BLOCK_WIDTH: u16 = 120;

/// Writes one row per claim to `out`: the table of [`claims`], in blocks for a large run.
pub fn write_claims(
    out: &mut dyn std::io::Write,
    extraction: &Extraction,
    style: TableStyle,
) -> std::io::Result<()> {
    let rows = &extraction.claims;
    if rows.len() <= ROWS_PER_BLOCK {
        let table = claims_table(rows, style, None);
        out.write_all(table.to_string().as_bytes())?;
        return out.write_all(b"\n");
    }
    // Each column costs its two spaces of padding and one border, and the table a last border.
    let width = style.width.unwrap_or(BLOCK_WIDTH);
    let short: u16 = SHORT_COLUMNS.iter().sum();
    let evidence = width.saturating_sub(short + 3 * 8 + 1).max(20);
    let blocks = rows.len().div_ceil(ROWS_PER_BLOCK);
    for (n, block) in rows.chunks(ROWS_PER_BLOCK).enumerate() {
        let text = claims_table(block, style, Some(evidence)).to_string();
        let lines: Vec<&str> = text.lines().collect();
        // Later blocks drop their top border and header; all but the last their bottom border.
        let from = if n == 0 {
            0
        } else {
            lines
                .iter()
                .position(|l| l.contains('╞'))
                .map_or(0, |p| p + 1)
        };
        let to = if n + 1 == blocks {
            lines.len()
        } else {
            lines.len().saturating_sub(1)
        };
        for line in &lines[from..to] {
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// The table of `rows`; with `evidence`, every column has a fixed width (the short ones their
/// upper bound, the evidence that many columns), so that tables of consecutive blocks line up.
fn claims_table(rows: &[Claim], style: TableStyle, evidence: Option<u16>) -> Table {
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
    for (index, max) in SHORT_COLUMNS.iter().enumerate() {
        if let Some(column) = table.column_mut(index) {
            column.set_constraint(match evidence {
                Some(_) => ColumnConstraint::Absolute(Width::Fixed(*max)),
                None => ColumnConstraint::UpperBoundary(Width::Fixed(*max)),
            });
        }
    }
    if let Some(column) = table.column_mut(7) {
        column.set_constraint(match evidence {
            Some(width) => ColumnConstraint::Absolute(Width::Fixed(width)),
            None => ColumnConstraint::LowerBoundary(Width::Percentage(30)),
        });
    }
    for c in rows {
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
    table
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

/// The terminal columns `text` takes (a wide character two, a combining mark none).
pub fn columns(text: &str) -> usize {
    text.width()
}

/// `text` cut to at most `width` terminal columns, ending in "…" when something was cut. The cut
/// falls between graphemes (never inside a character or between a letter and its accent), and
/// the spaces or comma it leaves at the end go.
pub fn clip(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(1);
    let mut kept = String::new();
    let mut used = 0;
    for grapheme in text.graphemes(true) {
        let w = grapheme.width();
        if used + w > room {
            break;
        }
        kept.push_str(grapheme);
        used += w;
    }
    let kept = kept.trim_end_matches([' ', '\u{a0}', ',', ';']);
    format!("{kept}…")
}

/// `text` cut like [`clip`], but after a whole word when one fits (a word wider than `width` is
/// cut inside).
pub fn clip_at_word(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut kept = String::new();
    for word in text.split(' ') {
        let grown = if kept.is_empty() {
            word.width()
        } else {
            kept.width() + 1 + word.width()
        };
        if grown + 1 > width {
            break;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        kept.push_str(word);
    }
    if kept.is_empty() {
        return clip(text, width);
    }
    format!("{}…", kept.trim_end_matches([' ', '\u{a0}', ',', ';']))
}

/// Each line of `text` wrapped at `width` columns where the table would break it (at plain
/// spaces: a figure's no-break spaces hold), at most `max_lines` lines of each, the last one cut
/// with "…" when the line is longer. A word wider than the column is cut on its own line.
pub fn clamp(text: &str, width: usize, max_lines: usize) -> String {
    let max_lines = max_lines.max(1);
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let mut wrapped: Vec<String> = Vec::new();
        let mut current = String::new();
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            if !current.is_empty() && current.width() + 1 + word.width() > width {
                wrapped.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        wrapped.push(current);
        if wrapped.len() > max_lines {
            let rest = wrapped[max_lines - 1..].join(" ");
            wrapped.truncate(max_lines - 1);
            wrapped.push(clip_at_word(&rest, width));
        }
        out.extend(wrapped.iter().map(|l| clip(l, width)));
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run of more claims than a block is written block by block as one table: one header,
    /// every line the same width, every claim a row.
    #[test]
    fn a_large_run_is_one_table_written_in_blocks() {
        use unicode_width::UnicodeWidthStr;
        let claims: Vec<Claim> = (0..ROWS_PER_BLOCK as u64 * 2 + 7)
            .map(|n| crate::compare::testkit::count("doc", 100 + n))
            .collect();
        let extraction = Extraction {
            documents: Vec::new(),
            claims,
        };
        let style = TableStyle {
            width: Some(140),
            ..TableStyle::default()
        };
        let text = String::from_utf8(super::claims(&extraction, style)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.iter().filter(|l| l.contains("evidence")).count(), 1);
        assert_eq!(lines.iter().filter(|l| l.contains('╞')).count(), 1);
        assert!(lines[0].starts_with('┌') && lines[lines.len() - 1].starts_with('└'));
        let width = lines[0].width();
        assert!(lines.iter().all(|l| l.width() == width), "ragged blocks");
        for n in [
            100,
            100 + ROWS_PER_BLOCK as u64,
            100 + 2 * ROWS_PER_BLOCK as u64 + 6,
        ] {
            assert!(text.contains(&format!(" {n} ")), "row {n} missing");
        }
    }

    #[test]
    fn clip_cuts_between_graphemes_and_marks_the_cut() {
        for (text, width, expected) in [
            ("Präsidenten", 20, "Präsidenten"),
            ("Präsidenten", 11, "Präsidenten"),
            ("Präsidenten", 4, "Prä…"),
            // "a" + combining acute: one grapheme of one column, never split.
            ("Pra\u{301}sident", 4, "Pra\u{301}…"),
            ("Pra\u{301}sident", 3, "Pr…"),
            // Wide characters take two columns: the cut never leaves half of one.
            ("北朝鮮の兵士", 6, "北朝…"),
            ("北朝鮮の兵士", 5, "北朝…"),
            (
                "≈8 000 (31 Oct) ×8, 10 000 (4 Nov)",
                21,
                "≈8 000 (31 Oct) ×8…",
            ),
            ("1\u{a0}500 soldiers", 7, "1\u{a0}500…"),
            ("", 3, ""),
        ] {
            let got = clip(text, width);
            assert_eq!(got, expected, "{text:?} at {width}");
            assert!(columns(&got) <= width, "{got:?} wider than {width}");
        }
    }

    #[test]
    fn clamp_wraps_each_line_and_keeps_a_count() {
        let text =
            "Kremlin: denies (18–31 Oct) ×7, has not confirmed (21 Oct–4 Nov) ×3\nNIS: states";
        assert_eq!(
            clamp(text, 24, 2),
            "Kremlin: denies (18–31\nOct) ×7, has not…\nNIS: states"
        );
        assert_eq!(clamp(text, 24, 1), "Kremlin: denies (18–31…\nNIS: states");
        assert_eq!(clamp("short", 24, 2), "short");
        assert_eq!(
            clip_at_word("NIS: 1 500 (18 Oct) ×9, 3 000", 22),
            "NIS: 1 500 (18 Oct)…"
        );
        assert_eq!(clip_at_word("Präsidentenpalast", 8), "Präside…");
        // A figure's no-break spaces hold: "10 000" is one word.
        assert_eq!(clamp("a 10\u{a0}000 b", 7, 3), "a\n10\u{a0}000\nb");
        for line in clamp(text, 7, 3).lines() {
            assert!(columns(line) <= 7, "{line:?}");
        }
    }
}
