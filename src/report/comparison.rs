//! The terminal report for `compare`: one row per group, then the contradictions in full, the
//! timelines of updates, the groups of different scope, and a summary line.
//!
//! Rows are groups and sources are stacked inside one "what each source says" cell, one line
//! per independent source: fifteen documents would never fit as fifteen columns in 120. When
//! the whole comparison has at most [`WIDE_SOURCES`] independent sources, each gets its own
//! column instead, which reads best for two or three articles side by side.

use std::collections::BTreeMap;

use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets};

use super::{Lookup, TableStyle};
use crate::Extraction;
use crate::claim::{Claim, ClaimKind, Stance};
use crate::compare::{Comparison, Finding, Group, Status, Verdict, describe, provenance};

/// Up to this many independent sources in the whole comparison, one column per source.
pub const WIDE_SOURCES: usize = 3;

/// At most this many contradictions are spelled out below the table (all are in the CSV).
const CONTRADICTIONS_LISTED: usize = 12;

/// Renders the comparison table and its sections.
pub fn render(extraction: &Extraction, comparison: &Comparison, style: TableStyle) -> Vec<u8> {
    let look = Lookup::new(extraction);
    let with_year = look.years() > 1;
    let (shown, once): (Vec<&Group>, Vec<&Group>) =
        comparison.groups.iter().partition(|g| in_table(g));
    let mut parties: Vec<&str> = shown
        .iter()
        .flat_map(|g| g.claims.iter().filter_map(|id| look.claim(id)))
        .map(provenance::party)
        .collect();
    parties.sort_unstable();
    parties.dedup();
    let wide = parties.len() <= WIDE_SOURCES;

    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(width) = style.width {
        table.set_width(width);
    }
    if style.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    let mut header = vec!["group", "counted", "subject · scope"];
    if wide {
        header.extend(parties.iter().copied());
    } else {
        header.push("what each source says");
    }
    header.extend(["status", "verdict"]);
    table.set_header(header);
    let last = table.column_count() - 1;
    for (index, max) in [(1, 14), (last - 1, 16)] {
        if let Some(column) = table.column_mut(index) {
            column.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(max)));
        }
    }

    let mut by_group: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in &comparison.findings {
        by_group.entry(f.group.as_str()).or_default().push(f);
    }
    for g in shown {
        let claims: Vec<&Claim> = g.claims.iter().filter_map(|id| look.claim(id)).collect();
        let findings = by_group.get(g.id.as_str()).map_or(&[][..], Vec::as_slice);
        let mut row = vec![cell(&g.id), cell(counted(g)), cell(subject(g))];
        if wide {
            for party in &parties {
                let mine: Vec<&Claim> = claims
                    .iter()
                    .copied()
                    .filter(|c| provenance::party(c) == *party)
                    .collect();
                row.push(cell(says(&look, &mine, with_year)));
            }
        } else {
            row.push(cell(sources(&look, &claims, with_year)));
        }
        let status = format!(
            "{}\n{}",
            g.status.as_str(),
            reports(g.reports, g.independent_sources)
        );
        row.push(paint(cell(status), g.status, style.color));
        row.push(cell(verdict(&look, g, findings, with_year)));
        table.add_row(row);
    }

    let mut out = table.to_string();
    out.push('\n');
    let width = style.width.map(usize::from);
    section(
        &mut out,
        "Contradictions",
        contradictions(&look, comparison),
        width,
    );
    section(
        &mut out,
        "Updates over time",
        timelines(comparison, with_year),
        width,
    );
    section(
        &mut out,
        "Different scope (not contradictions)",
        scopes(comparison),
        width,
    );
    section(
        &mut out,
        "Reported once (one article, one source: nothing to compare with)",
        once.iter()
            .map(|g| reported_once(&look, g, with_year))
            .collect(),
        width,
    );
    out.push('\n');
    out.push_str(&wrap(
        &glue_numbers(&summary(extraction, comparison)),
        width,
        "",
    ));
    out.into_bytes()
}

/// "18 Oct" that never breaks across lines.
fn short_day(date: jiff::civil::Date, with_year: bool) -> String {
    describe::day(date, with_year).replace(' ', "\u{a0}")
}

/// A table cell whose figures never break across lines.
fn cell(text: impl AsRef<str>) -> Cell {
    Cell::new(glue_numbers(text.as_ref()))
}

/// Groups worth a row: reported by two articles or more, or disputed. The rest, one claim of
/// one article, is listed in one line each below the table.
fn in_table(g: &Group) -> bool {
    g.reports >= 2 || matches!(g.status, Status::Contested | Status::Denied)
}

/// "g9 generals, North Korea, in Ukraine: 3 (Ukrainian military intelligence (HUR), 22 Oct) in
/// Northern Ledger".
fn reported_once(look: &Lookup, g: &Group, with_year: bool) -> String {
    let claims: Vec<&Claim> = g.claims.iter().filter_map(|id| look.claim(id)).collect();
    let mut said: Vec<String> = claims
        .iter()
        .map(|c| {
            let stance = match c.stance {
                _ if c.quantity.is_none() => "",
                Stance::Asserted => "",
                Stance::Hedged => ", hedged",
                Stance::Denied => ", denied",
                Stance::NotConfirmed => ", not confirmed",
            };
            format!("{}{stance}", attributed(look, c, with_year))
        })
        .collect();
    said.dedup();
    let doc = claims
        .first()
        .and_then(|c| look.document(&c.doc))
        .map_or(String::new(), |d| format!(" in {}", d.outlet));
    format!("{} {}: {}{doc}", g.id, g.label, said.join("; "))
}

fn paint(cell: Cell, status: Status, color: bool) -> Cell {
    if !color {
        return cell;
    }
    cell.fg(match status {
        Status::Contested => Color::Red,
        Status::Denied => Color::Magenta,
        Status::SingleSource | Status::HedgedOnly => Color::Yellow,
        Status::Corroborated => Color::Green,
    })
}

fn counted(g: &Group) -> String {
    match g.kind {
        ClaimKind::Count => g.concept.clone(),
        ClaimKind::Statement => format!("{} (statement)", g.concept),
        ClaimKind::Date => format!("{} (date)", g.concept),
    }
}

fn subject(g: &Group) -> String {
    let s = &g.subject;
    let mut parts: Vec<String> = Vec::new();
    parts.extend(s.entity.clone());
    parts.extend(s.place.as_ref().map(|p| format!("in {p}")));
    parts.extend(s.event.clone());
    parts.extend(g.scope.map(|sc| describe::scope(sc).to_string()));
    if parts.is_empty() {
        "—".into()
    } else {
        parts.join(" · ")
    }
}

fn reports(reports: usize, independent: usize) -> String {
    if reports == 1 && independent == 1 {
        return "1 report".into();
    }
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    format!(
        "{}, {}",
        plural(reports, "report"),
        plural(independent, "independent source")
    )
}

/// One claim's value with its date and stance: "1 500 (18 Oct)", "denies 1 500", "hedged: 3 000".
fn one(look: &Lookup, c: &Claim, with_year: bool) -> String {
    let value = describe::value(c);
    let date = look
        .when(c)
        .map(|d| format!(" ({})", short_day(d, with_year)))
        .unwrap_or_default();
    match (c.kind, c.stance) {
        (ClaimKind::Statement, _) => format!("{value}{date}"),
        (_, Stance::Asserted) => format!("{value}{date}"),
        (_, Stance::Hedged) => format!("{value}{date}, hedged"),
        (_, Stance::Denied) => format!("denies {value}{date}"),
        (_, Stance::NotConfirmed) => format!("has not confirmed {value}{date}"),
    }
}

/// What one party says in a group: its distinct values, and how many reports carry them.
fn says(look: &Lookup, claims: &[&Claim], with_year: bool) -> String {
    if claims.is_empty() {
        return String::new();
    }
    let mut seen: Vec<String> = Vec::new();
    let mut sorted = claims.to_vec();
    sorted.sort_by_key(|c| look.when(c));
    for c in sorted {
        let v = one(look, c, with_year);
        if !seen.contains(&v) {
            seen.push(v);
        }
    }
    let mut docs: Vec<&str> = claims.iter().map(|c| c.doc.as_str()).collect();
    docs.sort_unstable();
    docs.dedup();
    let repeated = if docs.len() > 1 {
        format!(" [{} reports]", docs.len())
    } else {
        String::new()
    };
    format!("{}{repeated}", seen.join("; "))
}

/// Every party's values, one line each, in order of first appearance in time.
fn sources(look: &Lookup, claims: &[&Claim], with_year: bool) -> String {
    let mut by_party: BTreeMap<&str, Vec<&Claim>> = BTreeMap::new();
    for c in claims {
        by_party.entry(provenance::party(c)).or_default().push(c);
    }
    let mut lines: Vec<(Option<jiff::civil::Date>, &str, String)> = by_party
        .iter()
        .map(|(party, mine)| {
            let first = mine.iter().filter_map(|c| look.when(c)).min();
            (first, *party, says(look, mine, with_year))
        })
        .collect();
    lines.sort();
    lines
        .into_iter()
        .map(|(_, party, text)| format!("{party}: {text}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The group's verdict in a few words: its contradiction, its timeline, its agreement.
fn verdict(look: &Lookup, g: &Group, findings: &[&Finding], with_year: bool) -> String {
    let mut lines = Vec::new();
    let of = |v: Verdict| findings.iter().copied().filter(move |f| f.verdict == v);
    let contradictions = distinct(look, of(Verdict::Contradiction));
    if let Some((f, _)) = contradictions.first()
        && let (Some(a), Some(b)) = (look.claim(&f.a), look.claim(&f.b))
    {
        let denial = [a, b].into_iter().find(|c| c.stance == Stance::Denied);
        lines.push(match denial {
            Some(d) => {
                let other = if std::ptr::eq(d, a) { b } else { a };
                format!(
                    "contradiction: {} asserts, {} denies",
                    provenance::party(other),
                    provenance::party(d)
                )
            }
            None => format!(
                "contradiction: {} vs {}",
                attributed(look, a, with_year),
                attributed(look, b, with_year)
            ),
        });
        if contradictions.len() > 1 {
            lines.push(format!("(+{} more)", contradictions.len() - 1));
        }
    }
    if !g.timeline.is_empty() {
        let values: Vec<&str> = g.timeline.iter().map(|s| s.value.as_str()).collect();
        lines.push(format!("update: {}", values.join(" → ")));
    }
    let asserting = |c: &Claim| matches!(c.stance, Stance::Asserted | Stance::Hedged);
    let agreement = of(Verdict::Agreement).find(|f| {
        let (a, b) = (look.claim(&f.a), look.claim(&f.b));
        a.zip(b).is_some_and(|(a, b)| {
            provenance::party(a) != provenance::party(b) && asserting(a) && asserting(b)
        })
    });
    if let Some(f) = agreement {
        let langs = look.languages(&[f.a.clone(), f.b.clone()]);
        let across = if langs.len() > 1 {
            format!(" across {}", langs.join(" and "))
        } else {
            String::new()
        };
        if g.kind == ClaimKind::Count {
            let value = look.claim(&f.a).map(describe::value).unwrap_or_default();
            lines.push(format!("agreement on {value}{across}"));
        } else {
            let mut parties: Vec<&str> = g
                .claims
                .iter()
                .filter_map(|id| look.claim(id))
                .filter(|c| c.stance == Stance::Asserted)
                .map(provenance::party)
                .collect();
            parties.sort_unstable();
            parties.dedup();
            lines.push(format!(
                "asserted by {} independent sources{across}",
                parties.len()
            ));
        }
    }
    if lines.is_empty() {
        let claims: Vec<&Claim> = g.claims.iter().filter_map(|id| look.claim(id)).collect();
        for (stance, words) in [
            (Stance::Denied, "denied by"),
            (Stance::NotConfirmed, "not confirmed by"),
            (Stance::Hedged, "reported with reserve by"),
        ] {
            let mut parties: Vec<&str> = claims
                .iter()
                .filter(|c| c.stance == stance)
                .map(|c| provenance::party(c))
                .collect();
            parties.sort_unstable();
            parties.dedup();
            if !parties.is_empty() {
                lines.push(format!("{words} {}", parties.join(", ")));
            }
        }
    }
    let mut others: Vec<&str> = findings
        .iter()
        .filter_map(|f| f.other_group.as_deref())
        .collect();
    others.sort_unstable();
    others.dedup();
    if !others.is_empty() {
        lines.push(format!("different scope from {}", others.join(", ")));
    }
    if lines.is_empty() {
        lines.push("nothing to compare with".into());
    }
    lines.join("\n")
}

/// "10 000 (US Department of State, 4 Nov)": the value, who said it (the speaker, not the body
/// they speak for), when.
fn attributed(look: &Lookup, c: &Claim, with_year: bool) -> String {
    let date = look
        .when(c)
        .map(|d| format!(", {}", short_day(d, with_year)))
        .unwrap_or_default();
    format!("{} ({}{date})", describe::value(c), provenance::label(c))
}

/// Contradicting pairs with repetition folded: pairs whose sides have the same parties and
/// values are one contradiction, however many outlets repeat them. Returns one finding per
/// contradiction and how many pairs it stands for, in the comparison's order.
pub fn distinct<'f>(
    look: &Lookup,
    findings: impl Iterator<Item = &'f Finding>,
) -> Vec<(&'f Finding, usize)> {
    let mut out: Vec<(&Finding, usize)> = Vec::new();
    type Side = (String, String, bool);
    let mut keys: std::collections::HashMap<(String, [Side; 2]), usize> = Default::default();
    for f in findings {
        let side = |id: &str| {
            look.claim(id)
                .map_or((id.to_string(), String::new(), false), |c| {
                    (
                        provenance::party(c).to_string(),
                        describe::value(c),
                        c.stance == Stance::Denied,
                    )
                })
        };
        let mut pair = [side(&f.a), side(&f.b)];
        pair.sort();
        let key = (f.group.clone(), pair);
        match keys.get(&key) {
            Some(&i) => out[i].1 += 1,
            None => {
                keys.insert(key, out.len());
                out.push((f, 1));
            }
        }
    }
    out
}

fn contradictions(look: &Lookup, comparison: &Comparison) -> Vec<String> {
    let all = distinct(
        look,
        comparison
            .findings
            .iter()
            .filter(|f| f.verdict == Verdict::Contradiction),
    );
    let mut lines: Vec<String> = all
        .iter()
        .take(CONTRADICTIONS_LISTED)
        .map(|(f, pairs)| {
            let repeated = if *pairs > 1 {
                format!(" [{pairs} pairs of reports]")
            } else {
                String::new()
            };
            format!("{}: {}{repeated}", f.group, f.reason)
        })
        .collect();
    if all.len() > CONTRADICTIONS_LISTED {
        lines.push(format!(
            "… and {} more (see --csv)",
            all.len() - CONTRADICTIONS_LISTED
        ));
    }
    lines
}

fn timelines(comparison: &Comparison, with_year: bool) -> Vec<String> {
    comparison
        .groups
        .iter()
        .filter(|g| !g.timeline.is_empty())
        .map(|g| {
            let steps: Vec<String> = g
                .timeline
                .iter()
                .map(|s| {
                    let date = s
                        .date
                        .map_or("undated".to_string(), |d| short_day(d, with_year));
                    format!("{} ({date}, {})", s.value, s.sources.join(" + "))
                })
                .collect();
            format!("{} {}: {}", g.id, g.label, steps.join(" → "))
        })
        .collect()
}

fn scopes(comparison: &Comparison) -> Vec<String> {
    comparison
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::DifferentScope)
        .map(|f| {
            let other = f.other_group.as_deref().unwrap_or("?");
            format!("{} / {}: {}", f.group, other, f.reason)
        })
        .collect()
}

fn section(out: &mut String, title: &str, lines: Vec<String>, width: Option<usize>) {
    if lines.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(title);
    out.push_str(":\n");
    for line in lines {
        out.push_str(&wrap(&glue_numbers(&format!("  {line}")), width, "    "));
    }
}

/// The closing line: how much was read and what was found. Contradictions are counted with
/// repetition folded, updates as groups with a timeline.
pub fn summary(extraction: &Extraction, comparison: &Comparison) -> String {
    let look = Lookup::new(extraction);
    let count_v = |v: Verdict| {
        comparison
            .findings
            .iter()
            .filter(|f| f.verdict == v)
            .count()
    };
    let count_s = |s: Status| comparison.groups.iter().filter(|g| g.status == s).count();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let contradictions = distinct(
        &look,
        comparison
            .findings
            .iter()
            .filter(|f| f.verdict == Verdict::Contradiction),
    )
    .len();
    let updates = comparison
        .groups
        .iter()
        .filter(|g| !g.timeline.is_empty())
        .count();
    let findings = [
        plural(contradictions, "contradiction", "contradictions"),
        plural(updates, "update", "updates"),
        format!("{} different scope", count_v(Verdict::DifferentScope)),
    ];
    let statuses: Vec<String> = [
        Status::Contested,
        Status::Denied,
        Status::SingleSource,
        Status::HedgedOnly,
        Status::Corroborated,
    ]
    .into_iter()
    .map(|s| format!("{} {}", count_s(s), s.as_str()))
    .collect();
    format!(
        "{}, {}, {}: {}; {}",
        plural(extraction.documents.len(), "article", "articles"),
        plural(extraction.claims.len(), "claim", "claims"),
        plural(comparison.groups.len(), "group", "groups"),
        findings.join(", "),
        statuses.join(", ")
    )
}

/// Keeps the digit groups of a figure together ("10 000" never breaks across lines) by joining
/// them with no-break spaces; only the terminal table does this, data outputs keep plain spaces.
fn glue_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &ch) in chars.iter().enumerate() {
        let joins = ch == ' '
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.len() > i + 3
            && chars[i + 1..i + 4].iter().all(char::is_ascii_digit)
            && chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        out.push(if joins { '\u{a0}' } else { ch });
    }
    out
}

/// Wraps `text` at `width` columns (when given), continuing lines with `indent`; ends in a
/// newline.
fn wrap(text: &str, width: Option<usize>, indent: &str) -> String {
    let Some(width) = width else {
        return format!("{text}\n");
    };
    let mut out = String::new();
    let mut line = String::new();
    let mut fresh = true;
    for word in text.split(' ') {
        if !fresh && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = indent.to_string();
            fresh = true;
        }
        if !fresh {
            line.push(' ');
        }
        line.push_str(word);
        fresh = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{compare, testkit};

    #[test]
    fn the_table_reads_for_a_fact_checker() {
        let ext = testkit::scenario();
        let cmp = compare(&ext);
        let style = TableStyle {
            color: false,
            width: Some(120),
        };
        let text = String::from_utf8(render(&ext, &cmp, style)).unwrap();
        println!("{text}");
        assert!(text.lines().all(|l| l.chars().count() <= 120), "{text}");
        let text = text.replace('\u{a0}', " ");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for expected in [
            "g1: 11 000 (Volodymyr Zelensky, 2024-11-04) vs 10 000 (US Department of State, \
             2024-11-04): values do not overlap for the same day",
            "Pentagon asserts it, Kremlin denies it",
            "Updates over time: g5 soldiers, North Korea, in Russia, deployed, so far: 1 500 (18 Oct, \
             National Intelligence Service + Pentagon) → 3 000 (23 Oct, National Intelligence \
             Service) → 10 000 (28 Oct, Pentagon)",
            "different scope (so far vs planned total), not comparable",
            "different scope (in Kursk vs in Russia), not comparable",
            "5 articles, 11 claims, 5 groups: 2 contradictions, 1 update, 2 different scope; \
             1 contested, 1 denied, 2 single source, 0 hedged only, 1 corroborated",
        ] {
            assert!(flat.contains(expected), "{expected}\n{text}");
        }
        assert!(text.contains("agreement on 1 500"), "{text}");
    }
}
