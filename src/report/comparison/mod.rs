//! The terminal report for `compare`: one screen of key facts, then the details.
//!
//! The table has one row per group that two articles or more report, or that is disputed, in
//! the comparison's order (contradictions, denials, figures that moved, corroborated claims, the
//! rest; see [`crate::compare::Group::priority`]). A row says what is counted, what each
//! independent source says with repetition folded ("≈8 000 (31 Oct) ×2": one figure of one day
//! in two reports), the status with the sources it rests on (the words of
//! [`crate::compare::status`]), and the most important verdict, "+N more" pointing to the
//! sections below: contradictions (one line per pair of sources, one per denier), figures over
//! time, different scopes, groups reported once. A legend gives the short names and the
//! statuses in use; a summary line closes. By default a row shows its [`MAX_SOURCES`] main
//! sources and one verdict; [`TableStyle::all`] shows everything. The CSV and JSON always hold
//! every pair.

mod cells;
mod evidence;
mod names;
mod sections;
mod text;

use std::collections::{BTreeSet, HashMap, HashSet};

use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets};
use jiff::civil::Date;
use rayon::prelude::*;

use super::{Lookup, TableStyle};
use crate::Extraction;
use crate::claim::Claim;
use crate::compare::{Comparison, Finding, Group, Said, Status, provenance};
use crate::extract::phrase::WordHash;
use names::Names;
use text::{Paint, glue_numbers, wrap};

/// A row shows at most this many sources unless `--all`; the others are counted.
pub const MAX_SOURCES: usize = 3;

/// At most this many contradictions are spelled out below the table unless `--all` (all are
/// in the CSV).
pub const CONTRADICTIONS_LISTED: usize = 12;

/// What every part of the report needs: claims by id, findings by group, short names.
struct Ctx<'a> {
    look: &'a Lookup<'a>,
    names: Names,
    with_year: bool,
    all: bool,
    color: bool,
    findings: HashMap<&'a str, Vec<&'a Finding>>,
    groups: HashMap<&'a str, &'a Group>,
    /// Each group's claims with their parties, by group id, looked up once.
    said: HashMap<&'a str, Vec<Said<'a>>>,
}

impl<'a> Ctx<'a> {
    fn new(look: &'a Lookup<'a>, comparison: &'a Comparison, style: TableStyle) -> Self {
        let with_year = look.years() > 1;
        // The telling pairs; with `--all`, every judged pair.
        let mut findings: HashMap<&str, Vec<&Finding>> = HashMap::new();
        for f in comparison.findings.iter().filter(|f| style.all || f.shown) {
            findings.entry(f.group.as_str()).or_default().push(f);
        }
        let said: HashMap<&str, Vec<Said>> = comparison
            .groups
            .par_iter()
            .map(|g| (g.id.as_str(), look.group(g)))
            .collect();
        // Few parties among many claims: hash sets first (one per thread), sorted once.
        let parties: HashSet<&str, WordHash> = said
            .par_iter()
            .flat_map_iter(|(_, said)| said.iter().map(|&(_, party)| party))
            .fold(HashSet::default, |mut set, party| {
                set.insert(party);
                set
            })
            .reduce(HashSet::default, |mut a, b| {
                a.extend(b);
                a
            });
        let parties: BTreeSet<&str> = parties.into_iter().collect();
        Ctx {
            names: Names::new(parties),
            look,
            with_year,
            all: style.all,
            color: style.color,
            findings,
            groups: comparison
                .groups
                .iter()
                .map(|g| (g.id.as_str(), g))
                .collect(),
            said,
        }
    }

    /// The claims of a group, in its order.
    fn claims(&self, g: &Group) -> Vec<&'a Claim> {
        self.said(g).iter().map(|&(c, _)| c).collect()
    }

    /// The claims of a group with their parties, in the group's order.
    fn said(&self, g: &Group) -> &[Said<'a>] {
        self.said.get(g.id.as_str()).map_or(&[], Vec::as_slice)
    }

    /// The findings of a group, in the comparison's order.
    fn findings(&self, g: &Group) -> &[&'a Finding] {
        self.findings.get(g.id.as_str()).map_or(&[], Vec::as_slice)
    }

    /// A party as the report prints it.
    fn name<'n>(&'n self, party: &'n str) -> &'n str {
        self.names.get(party)
    }

    /// A day as the report prints it ("18 Oct", never broken across lines).
    fn day(&self, date: Date) -> String {
        text::day(date, self.with_year)
    }

    /// Who said one claim, for a place between brackets: the party, or the person who spoke for
    /// it ("Mark Rutte for NATO").
    fn speaker(&self, c: &Claim) -> String {
        let party = provenance::party(c);
        let canonical = c.source.canonical.as_str();
        if c.source.affiliation.as_deref() == Some(party) && canonical != party {
            format!("{canonical} for {}", self.name(party))
        } else {
            self.name(party).to_string()
        }
    }

    /// A party with the people who spoke for it among `claims`: "NATO (Mark Rutte)".
    fn who(&self, party: &str, claims: &[&Claim]) -> String {
        let mut speakers: Vec<&str> = claims
            .iter()
            .filter(|c| provenance::party(c) == party)
            .filter(|c| c.source.affiliation.as_deref() == Some(party))
            .map(|c| c.source.canonical.as_str())
            .filter(|s| *s != party)
            .collect();
        speakers.sort_unstable();
        speakers.dedup();
        if speakers.is_empty() {
            self.name(party).to_string()
        } else {
            format!("{} ({})", self.name(party), speakers.join(", "))
        }
    }
}

/// Renders the comparison table and its sections.
pub fn render(extraction: &Extraction, comparison: &Comparison, style: TableStyle) -> Vec<u8> {
    render_with(&Lookup::new(extraction), extraction, comparison, style)
}

/// [`render`] with the extraction's [`Lookup`] already built (a caller may build it while the
/// comparison runs).
pub fn render_with(
    look: &Lookup,
    extraction: &Extraction,
    comparison: &Comparison,
    style: TableStyle,
) -> Vec<u8> {
    let ctx = Ctx::new(look, comparison, style);
    let (shown, once): (Vec<&Group>, Vec<&Group>) =
        comparison.groups.iter().partition(|g| g.in_table());

    // Each row's cells come from its own group: made in parallel, in order; the sections
    // below the table are made beside them.
    let (rows, (contradictions, over_time, scopes, reported_once)) = rayon::join(
        || {
            shown
                .par_iter()
                .map(|g| Row {
                    sources: cells::sources(&ctx, g),
                    status: cells::status(&ctx, g),
                    verdict: cells::verdict(&ctx, g),
                })
                .collect::<Vec<Row>>()
        },
        || {
            (
                sections::contradictions(&ctx, comparison),
                sections::over_time(&ctx, comparison),
                sections::scopes(&ctx, comparison),
                once.iter()
                    .map(|g| sections::reported_once(&ctx, g))
                    .collect::<Vec<_>>(),
            )
        },
    );
    let mut out = String::new();
    if !shown.is_empty() {
        out.push_str(&table(&shown, &rows, style));
        out.push('\n');
    }
    let width = style.width.map(usize::from);
    let mut legend = Vec::new();
    legend.push(
        "Sources are independent sources: outlets repeating one source count once.".to_string(),
    );
    legend.push(
        "--group ID shows every sentence and verdict behind a row (ids stay the same when \
         articles are added)."
            .to_string(),
    );
    // A row folds repeated figures: the legend explains the sign.
    if rows.iter().any(|r| r.sources.contains('×')) {
        legend.push("×N: the same figure of the same day in N reports.".to_string());
    }
    let names = ctx.names.legend();
    if !names.is_empty() {
        legend.push(format!("Short names: {}.", names.join("; ")));
    }
    let mut legend = plain(legend);
    let statuses: BTreeSet<Status> = comparison.groups.iter().map(|g| g.status).collect();
    for status in Status::ALL.into_iter().filter(|s| statuses.contains(s)) {
        legend.push((
            format!("{}: {}.", status.as_str(), status.definition()),
            Some(status_paint(status)),
        ));
    }
    section(&ctx, &mut out, "Legend", legend, width);

    let total = contradictions.len();
    let mut listed: Vec<(String, Option<Paint>)> = if ctx.all {
        contradictions
    } else {
        contradictions
            .into_iter()
            .take(CONTRADICTIONS_LISTED)
            .collect()
    };
    if listed.len() < total {
        listed.push((
            format!(
                "… and {} more (see --all, --format csv)",
                total - listed.len()
            ),
            None,
        ));
    }
    section(&ctx, &mut out, "Contradictions", listed, width);
    section(
        &ctx,
        &mut out,
        "Over time (updates, not contradictions)",
        plain(over_time),
        width,
    );
    let scope_count = scopes.len();
    section(
        &ctx,
        &mut out,
        "Different scope (not contradictions)",
        plain(scopes),
        width,
    );
    section(
        &ctx,
        &mut out,
        "Reported once (one article: nothing to compare with)",
        plain(reported_once),
        width,
    );
    out.push('\n');
    out.push_str(&wrap(
        &glue_numbers(&summary_of(extraction, comparison, total, scope_count)),
        width,
        "",
    ));
    out.into_bytes()
}

/// The evidence behind the groups `ids` of a comparison (`compare --group g1`): every claim
/// with its sentence and every verdict with its reason, group after group; an error naming
/// the first id that is no group.
pub fn evidence(
    extraction: &Extraction,
    comparison: &Comparison,
    ids: &[String],
    style: TableStyle,
) -> Result<String, String> {
    let look = Lookup::new(extraction);
    let ctx = Ctx::new(&look, comparison, style);
    let width = style.width.map(usize::from);
    let mut parts = Vec::with_capacity(ids.len());
    for id in ids {
        let Some(g) = ctx.groups.get(id.trim()) else {
            let first = comparison.groups.first().map_or("none", |g| g.id.as_str());
            return Err(format!(
                "--group: no group '{id}' in this comparison (ids are in the table's first \
                 column, e.g. {first})"
            ));
        };
        parts.push(evidence::render(&ctx, g, width));
    }
    Ok(parts.join("\n"))
}

/// The cells of one table row, beside its group's id and subject.
struct Row {
    /// What each source says.
    sources: String,
    /// The status with the sources it rests on.
    status: String,
    /// The verdicts, with the colour of the first.
    verdict: (String, Option<Paint>),
}

/// The table's header, column by column.
const HEADER: [&str; 4] = [
    "group · subject",
    "what each source says",
    "status",
    "verdict",
];

/// The widest the subject, status and verdict columns grow when the terminal has room (the
/// sources take the rest).
const ROOMY: [(usize, usize); 3] = [(0, 22), (2, 19), (3, 30)];

/// Below this many columns left for what each source says, the table is arranged for a narrow
/// terminal (see [`narrow_widths`]).
const ROOMY_SOURCES: usize = 36;

/// A narrow table's status column is at least this wide when a status's detail needs it
/// ("10 reports; 3" on one line).
const STATUS_WIDTH: usize = 14;

/// A source's line takes at most this many lines of a narrow table; the rest is cut with "…".
const LINES_PER_SOURCE: usize = 2;

/// The table: one row per group worth one.
fn table(shown: &[&Group], rows: &[Row], style: TableStyle) -> String {
    let texts: Vec<[String; 4]> = shown
        .iter()
        .zip(rows)
        .map(|(g, row)| {
            [
                format!("{} {}", g.id, cells::subject(g)),
                row.sources.clone(),
                row.status.clone(),
                row.verdict.0.clone(),
            ]
            .map(|text| glue_numbers(&text))
        })
        .collect();
    let narrow = style
        .width
        .and_then(|width| narrow_widths(&texts, usize::from(width), source_lines(style)));
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
    table.set_header(HEADER);
    match narrow {
        Some(widths) => {
            for (index, width) in widths.into_iter().enumerate() {
                if let Some(column) = table.column_mut(index) {
                    // The constraint counts the padding, one column each side.
                    let width = u16::try_from(width + 2).unwrap_or(u16::MAX);
                    column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width)));
                }
            }
        }
        None => {
            for (index, max) in ROOMY {
                if let Some(column) = table.column_mut(index) {
                    let max = u16::try_from(max).unwrap_or(u16::MAX);
                    column.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(max)));
                }
            }
        }
    }
    for ((g, row), [subject, sources, status_text, verdict_text]) in
        shown.iter().zip(rows).zip(texts)
    {
        let sources = match narrow {
            Some([_, width, ..]) => super::table::clamp(&sources, width, source_lines(style)),
            None => sources,
        };
        let mut verdict = Cell::new(verdict_text);
        if let Some(paint) = row.verdict.1.filter(|_| style.color) {
            verdict = verdict.fg(color(paint));
        }
        let mut status = Cell::new(status_text);
        if style.color {
            status = status.fg(color(status_paint(g.status)));
        }
        table.add_row([Cell::new(subject), Cell::new(sources), status, verdict]);
    }
    let mut out = table.to_string();
    out.push('\n');
    out
}

/// The lines a source's line may take in a narrow table: [`LINES_PER_SOURCE`], or all of them
/// with `--all`, which asks for every word.
fn source_lines(style: TableStyle) -> usize {
    if style.all {
        usize::MAX
    } else {
        LINES_PER_SOURCE
    }
}

/// The content widths of the four columns when the table must fit `width` terminal columns and
/// the roomy arrangement would leave what each source says fewer than [`ROOMY_SOURCES`]; `None`
/// when there is room. Arranged by content: the status column holds the widest status name on
/// one line, so a status is never cut; the subject and the verdict wrap, whole, at the widths
/// (between their longest word and their longest line) that make the table shortest; what each
/// source says, the evidence-heavy cell, keeps two fifths of the room (less only when the words
/// of the other cells need it) and is cut with "…" after `source_lines` lines a source (see
/// [`source_lines`]).
fn narrow_widths(cells: &[[String; 4]], width: usize, source_lines: usize) -> Option<[usize; 4]> {
    use super::table::{clamp, columns};
    // Four columns: five borders and one space of padding on each side of each.
    let available = width.checked_sub(3 * HEADER.len() + 1)?;
    let longest_line = |i: usize| {
        cells
            .iter()
            .flat_map(|c| c[i].lines())
            .chain([HEADER[i]])
            .map(columns)
            .max()
            .unwrap_or(0)
    };
    let longest_word = |i: usize| {
        cells
            .iter()
            .flat_map(|c| c[i].split([' ', '\n']))
            .map(columns)
            .max()
            .unwrap_or(0)
    };
    let roomy: usize = ROOMY.iter().map(|&(i, max)| longest_line(i).min(max)).sum();
    if available >= roomy + ROOMY_SOURCES {
        return None;
    }
    let status_name = cells
        .iter()
        .filter_map(|c| c[2].lines().next())
        .map(columns)
        .max()
        .unwrap_or(0);
    let status = status_name
        .max(longest_word(2))
        .max(longest_line(2).min(STATUS_WIDTH))
        .min(available / 3);
    let rest = available - status;
    let lines = |text: &str, width: usize, most: usize| clamp(text, width, most).lines().count();
    let height = |subject: usize, sources: usize, verdict: usize| -> usize {
        cells
            .iter()
            .map(|c| {
                lines(&c[0], subject, usize::MAX)
                    .max(lines(&c[1], sources, source_lines))
                    .max(lines(&c[2], status, usize::MAX))
                    .max(lines(&c[3], verdict, usize::MAX))
            })
            .sum()
    };
    let span = |i: usize, most: usize| {
        let low = longest_word(i).min(most);
        low..=longest_line(i).clamp(low, most)
    };
    // Two fifths of the room for the sources when the words of the other cells allow it, less
    // on a very narrow terminal: a verdict's or a subject's word is never split.
    for floor in [rest * 2 / 5, rest / 4, 1] {
        let mut best: Option<(usize, usize, [usize; 4])> = None;
        for subject in span(0, rest / 3) {
            for verdict in span(3, rest / 2) {
                let Some(sources) = rest.checked_sub(subject + verdict).filter(|s| *s >= floor)
                else {
                    continue;
                };
                let key = (height(subject, sources, verdict), usize::MAX - sources);
                if best.is_none_or(|(h, s, _)| key < (h, s)) {
                    best = Some((key.0, key.1, [subject, sources, status, verdict]));
                }
            }
        }
        if let Some((_, _, widths)) = best {
            return Some(widths);
        }
    }
    let subject = longest_word(0).min(rest / 3);
    let verdict = longest_word(3).min(rest / 3);
    Some([subject, rest - subject - verdict, status, verdict])
}

/// The colour of a status.
fn status_paint(status: Status) -> Paint {
    match status {
        Status::Contested => Paint::Red,
        Status::Denied => Paint::Magenta,
        Status::SingleSource | Status::HedgedOnly => Paint::Yellow,
        Status::Corroborated => Paint::Green,
    }
}

fn color(paint: Paint) -> Color {
    match paint {
        Paint::Red => Color::Red,
        Paint::Magenta => Color::Magenta,
        Paint::Yellow => Color::Yellow,
        Paint::Green => Color::Green,
        Paint::Bold => Color::Reset,
    }
}

fn plain(lines: Vec<String>) -> Vec<(String, Option<Paint>)> {
    lines.into_iter().map(|l| (l, None)).collect()
}

fn section(
    ctx: &Ctx,
    out: &mut String,
    title: &str,
    lines: Vec<(String, Option<Paint>)>,
    width: Option<usize>,
) {
    if lines.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(&Paint::Bold.apply(&format!("{title}:"), ctx.color));
    out.push('\n');
    for (line, paint) in lines {
        let wrapped = wrap(&glue_numbers(&format!("  {line}")), width, "    ");
        match paint {
            Some(p) => {
                out.push_str(&p.apply(wrapped.trim_end_matches('\n'), ctx.color));
                out.push('\n');
            }
            None => out.push_str(&wrapped),
        }
    }
}

/// The closing line: how much was read and what was found, in the words of the sections and
/// the legend.
pub fn summary(extraction: &Extraction, comparison: &Comparison) -> String {
    let look = Lookup::new(extraction);
    let ctx = Ctx::new(&look, comparison, TableStyle::default());
    let contradictions = sections::contradictions(&ctx, comparison).len();
    let scopes = sections::scopes(&ctx, comparison).len();
    summary_of(extraction, comparison, contradictions, scopes)
}

/// [`summary`] from the numbers of contradictions and of scope differences the sections list.
fn summary_of(
    extraction: &Extraction,
    comparison: &Comparison,
    contradictions: usize,
    scopes: usize,
) -> String {
    use text::plural;
    let updates = comparison
        .groups
        .iter()
        .filter(|g| !g.timeline.is_empty())
        .count();
    let statuses: Vec<String> = Status::ALL
        .into_iter()
        .map(|s| {
            let n = comparison.groups.iter().filter(|g| g.status == s).count();
            format!("{n} {}", s.as_str())
        })
        .collect();
    format!(
        "{}, {}, {}: {}, {}, {} different scope; {}",
        plural(extraction.documents.len(), "article", "articles"),
        plural(extraction.claims.len(), "claim", "claims"),
        plural(comparison.groups.len(), "group", "groups"),
        plural(contradictions, "contradiction", "contradictions"),
        plural(updates, "figure over time", "figures over time"),
        scopes,
        statuses.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{compare, testkit};

    fn rendered(all: bool) -> String {
        let ext = testkit::scenario();
        let cmp = compare(&ext);
        let style = TableStyle {
            color: false,
            width: Some(120),
            all,
        };
        String::from_utf8(render(&ext, &cmp, style)).unwrap()
    }

    #[test]
    fn the_table_reads_for_a_fact_checker() {
        let text = rendered(false);
        println!("{text}");
        assert!(text.lines().all(|l| l.chars().count() <= 120), "{text}");
        let text = text.replace('\u{a0}', " ");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for expected in [
            " soldiers · North Korea · in Kursk · deployed: Volodymyr Zelensky vs US \
             Department of State: 11 000 vs 10 000 (4 Nov)",
            "Kremlin denies it; stated by Pentagon",
            " soldiers · North Korea · in Russia · deployed · so far: 1 500 (18 Oct, National \
             Intelligence Service, Pentagon) → 3 000 (23 Oct, National Intelligence Service) → \
             10 000 (28 Oct, Pentagon)",
            "(so far vs planned total)",
            "(in Kursk vs in Russia)",
            "corroborated: two or more independent sources state it as fact and agree.",
            "5 articles, 11 claims, 5 groups: 2 contradictions, 1 figure over time, 2 different \
             scope; 1 contested, 1 denied, 1 corroborated, 2 single source, 0 hedged only",
        ] {
            assert!(flat.contains(expected), "{expected}\n{text}");
        }
        assert!(flat.contains("(+2 more)"), "{text}");
        // --all: every verdict of a row, the agreement behind the update included.
        let all = rendered(true).replace('\u{a0}', " ");
        let flat = all.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("agreement on 1 500"), "{all}");
        assert!(!flat.contains("more)"), "{all}");
    }

    #[test]
    fn colour_only_on_request() {
        let ext = testkit::scenario();
        let cmp = compare(&ext);
        let style = |color| TableStyle {
            color,
            width: Some(120),
            all: false,
        };
        let plain = render(&ext, &cmp, style(false));
        assert!(!plain.contains(&0x1b));
        let coloured = String::from_utf8(render(&ext, &cmp, style(true))).unwrap();
        assert!(coloured.contains("\x1b[38;5;9m"), "contradictions in red");
        assert!(coloured.contains("\x1b[38;5;13m"), "denials in magenta");
        assert!(coloured.contains("\x1b[38;5;10m"), "corroborated in green");
    }
}
