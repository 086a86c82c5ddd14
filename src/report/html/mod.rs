//! The HTML report for `compare` (`--html FILE`): one self-contained page an editor can open
//! in any browser, offline, with no script.
//!
//! The page holds the summary line, the contradictions first, then every group in the
//! comparison's order with its status, its independent sources, every claim (value, source with
//! its chain, stance, date, article) and the evidence sentence with the figure marked, a chart
//! of the figures over time when a group has more than one date ([`chart`]), and every finding
//! with its reason. Filters by status are checkboxes placed before the groups, read by CSS
//! sibling selectors: they work from a file, without a server or a script.
//!
//! Markup is made with maud, which escapes every interpolated string: article text, outlet
//! names and file names can never become markup.

pub mod chart;

use std::collections::HashMap;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{Lookup, Skipped, stance_name};
use crate::Extraction;
use crate::claim::Claim;
use crate::compare::{Comparison, Finding, Group, Status, Verdict, describe, provenance};

/// The page's style sheet: small, inline, readable in print; one rule per status filter.
const STYLE: &str = include_str!("report.css");

/// Renders the report of a comparison as one HTML page (UTF-8 bytes).
pub fn render(extraction: &Extraction, comparison: &Comparison, skipped: &[Skipped]) -> Vec<u8> {
    let look = Lookup::new(extraction);
    page(&look, extraction, comparison, skipped)
        .into_string()
        .into_bytes()
}

/// A status as a CSS class and a filter id: "single-source".
pub fn status_class(s: Status) -> String {
    s.as_str().replace(' ', "-")
}

fn page(
    look: &Lookup,
    extraction: &Extraction,
    comparison: &Comparison,
    skipped: &[Skipped],
) -> Markup {
    let mut findings: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for f in &comparison.findings {
        findings.entry(f.group.as_str()).or_default().push(f);
    }
    let with_year = look.years() > 1;
    // Contradictions within a group; those across an inferred match (a claim compared with each
    // group it may belong to) are listed in their groups.
    let contradictions: Vec<&Finding> = comparison
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradiction && f.other_group.is_none())
        .collect();
    let contradicted_groups = {
        let mut ids: Vec<&str> = contradictions.iter().map(|f| f.group.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    };
    let summary = super::comparison::summary(extraction, comparison);
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "claimdiff report" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                @for s in Status::ALL {
                    input.filter type="checkbox" id={ "show-" (status_class(s)) } checked;
                }
                header {
                    h1 { "claimdiff report" }
                    p.summary { (summary) }
                    nav.filters aria-label="filter groups by status" {
                        "Show: "
                        @for s in Status::ALL {
                            @let n = comparison.groups.iter().filter(|g| g.status == s).count();
                            label for={ "show-" (status_class(s)) } class={ "badge " (status_class(s)) } {
                                (s.as_str()) " (" (n) ")"
                            }
                        }
                    }
                }
                main {
                    section #contradictions {
                        h2 {
                            "Contradictions: " (plural(contradictions.len(), "pair of claims", "pairs of claims"))
                            " in " (plural(contradicted_groups, "group", "groups"))
                        }
                        @if contradictions.is_empty() {
                            p { "No two independent sources contradict each other." }
                        } @else {
                            p.meta { "Each line is one pair of independent sources with their figures; ×N counts the pairs of reports that repeat it. Every pair is listed in its group below." }
                            ol.findings {
                                @for (f, n) in distinct(look, &contradictions) {
                                    li {
                                        (finding_line(look, f, with_year))
                                        @if n > 1 { " " span.times { "×" (n) } }
                                    }
                                }
                            }
                        }
                    }
                    @if !skipped.is_empty() {
                        section #skipped {
                            h2 { "Skipped inputs (" (skipped.len()) ")" }
                            ul { @for s in skipped { li { code { (s.file) } ": " (s.reason) } } }
                        }
                    }
                    section #groups {
                        h2 { "Groups (" (comparison.groups.len()) ")" }
                        nav.index aria-label="groups at a glance" {
                            ul {
                                @for g in &comparison.groups {
                                    li class={ "idx " (status_class(g.status)) } {
                                        a href={ "#" (g.id) } { span.gid { (g.id) } " " (g.label) }
                                        " " span class={ "badge " (status_class(g.status)) } { (g.status.as_str()) }
                                    }
                                }
                            }
                        }
                        @for g in &comparison.groups {
                            (group(look, g, findings.get(g.id.as_str()).map_or(&[][..], Vec::as_slice), with_year))
                        }
                    }
                    section #articles {
                        h2 { "Articles (" (extraction.documents.len()) ")" }
                        table {
                            thead { tr { th { "article" } th { "outlet" } th { "title" } th { "language" } th { "published" } th { "file" } } }
                            tbody {
                                @for d in &extraction.documents {
                                    tr id={ "doc-" (d.id) } {
                                        td { (d.id) }
                                        td { (d.outlet) }
                                        td { (d.title.as_deref().unwrap_or("")) }
                                        td { (d.lang.code()) }
                                        td { @if let Some(p) = &d.published { (p.date) } }
                                        td { code { (d.path) } }
                                    }
                                }
                            }
                        }
                    }
                }
                footer { "Made by claimdiff " (env!("CARGO_PKG_VERSION")) ". Every verdict rests on the sentences shown; check a surprising one against them." }
            }
        }
    }
}

/// The findings as a reader tells them apart: one per group and unordered pair of independent
/// sources with their values, in order, each with the number of findings that say the same
/// (ten reports of one figure against ten of another are one line, not a hundred).
fn distinct<'f>(look: &Lookup, findings: &[&'f Finding]) -> Vec<(&'f Finding, usize)> {
    let side = |id: &str| look.said(id).map(|(c, party)| (party, describe::value(c)));
    let mut out: Vec<(&Finding, usize)> = Vec::new();
    let mut seen: HashMap<_, usize> = HashMap::new();
    for &f in findings {
        let (a, b) = (side(&f.a), side(&f.b));
        let pair = if a <= b { (a, b) } else { (b, a) };
        match seen.get(&(f.group.as_str(), pair.clone())) {
            Some(&i) => out[i].1 += 1,
            None => {
                seen.insert((f.group.as_str(), pair), out.len());
                out.push((f, 1));
            }
        }
    }
    out
}

/// "1 group", "3 groups".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// One finding in words: "11 000 (Ukraine, 4 Nov) vs 10 000 (US Department of State, 4 Nov):
/// reason", with a link to its group.
fn finding_line(look: &Lookup, f: &Finding, with_year: bool) -> Markup {
    let side = |id: &str| -> Markup {
        match look.claim(id) {
            Some(c) => html! {
                strong.value { (describe::value(c)) }
                " (" (provenance::label(c))
                @if let Some(d) = c.as_of { ", " (describe::day(d, with_year)) }
                ")"
            },
            None => html! { (id) },
        }
    };
    html! {
        a.gid href={ "#" (f.group) } { (f.group) }
        " "
        span class={ "verdict " (f.verdict.as_str().replace(' ', "-")) } { (f.verdict.as_str()) }
        ": " (side(&f.a)) " vs " (side(&f.b))
        @if let Some(other) = &f.other_group { " (group " a href={ "#" (other) } { (other) } ")" }
        span.reason { " — " (f.reason) }
    }
}

fn group(look: &Lookup, g: &Group, findings: &[&Finding], with_year: bool) -> Markup {
    let said = look.group(g);
    let p = &g.parties;
    let contradicted: Vec<&str> = findings
        .iter()
        .filter(|f| f.verdict == Verdict::Contradiction)
        .flat_map(|f| [f.a.as_str(), f.b.as_str()])
        .collect();
    let svg = chart::svg(g, &said, &contradicted, with_year);
    // The telling pairs, as the table has them; the others say the same between other
    // reports of the same figures, and are folded.
    let (shown, folded): (Vec<&Finding>, Vec<&Finding>) = findings.iter().partition(|f| f.shown);
    let (notable, agreements): (Vec<&Finding>, Vec<&Finding>) = shown
        .into_iter()
        .partition(|f| f.verdict != Verdict::Agreement);
    let parties: [(&str, &Vec<String>); 5] = [
        ("disputing", &p.disputing),
        ("denying", &p.denying),
        ("agreeing", &p.agreeing),
        ("hedging", &p.hedging),
        ("not confirming", &p.not_confirming),
    ];
    html! {
        section class={ "group " (status_class(g.status)) } id=(g.id) {
            h3 {
                a.gid href={ "#" (g.id) } { (g.id) } " "
                (g.label)
                " " span class={ "badge " (status_class(g.status)) } title=(g.status.definition()) { (g.status.as_str()) }
            }
            p.meta {
                (g.reports) " report" @if g.reports != 1 { "s" } ", "
                (g.independent_sources) " independent source" @if g.independent_sources != 1 { "s" } " stating it"
                @if !p.asserting.is_empty() { ": " (p.asserting.join(", ")) }
                @for (what, names) in parties {
                    @if !names.is_empty() { "; " (what) ": " (names.join(", ")) }
                }
            }
            @if !g.timeline.is_empty() {
                p.timeline {
                    "Over time: "
                    @for (i, step) in g.timeline.iter().enumerate() {
                        @if i > 0 { " → " }
                        strong { (step.value) }
                        " (" @if let Some(d) = step.date { (describe::day(d, with_year)) ", " } (step.sources.join(", ")) ")"
                        @if let Some(j) = &step.jump { " " span.jump { (j) } }
                    }
                }
            }
            @if let Some(chart) = svg {
                (chart)
            }
            table.claims {
                thead { tr { th { "value" } th { "source" } th { "stance" } th { "date" } th { "article" } th { "evidence" } } }
                tbody {
                    @for &(c, party) in &said {
                        tr id={ "claim-" (c.id) } class=[contradicted.contains(&c.id.as_str()).then_some("contradicted")] {
                            td.value { (describe::value(c)) }
                            td {
                                (provenance::label(c))
                                @if c.source.chain.len() > 1 { br; small.chain { (c.source.chain.join(" → ")) } }
                                @if party != provenance::label(c) { br; small { "party: " (party) } }
                            }
                            td { span class={ "stance " (stance_name(c.stance)) } { (stance_name(c.stance)) }
                                 @if let Some(by) = &c.stance_by { br; small { "by " (by) } } }
                            td.date { @if let Some(d) = c.as_of { (d) } }
                            td { a href={ "#doc-" (c.doc) } { (c.doc) } br; small { (look.document(&c.doc).map_or("", |d| d.outlet.as_str())) } }
                            td.evidence { (evidence(c)) }
                        }
                    }
                }
            }
            @if !notable.is_empty() {
                ul.findings {
                    @for f in &notable { li { (finding_line(look, f, with_year)) } }
                }
            }
            @if !agreements.is_empty() {
                details {
                    summary { (plural(agreements.len(), "agreement", "agreements")) }
                    ul.findings {
                        @for f in &agreements { li { (finding_line(look, f, with_year)) } }
                    }
                }
            }
            @if !folded.is_empty() {
                details {
                    summary { (plural(folded.len(), "more pair", "more pairs")) " saying the same between other reports" }
                    ul.findings {
                        @for f in &folded { li { (finding_line(look, f, with_year)) } }
                    }
                }
            }
        }
    }
}

/// The claim's sentence with its own words marked, when the offsets fall inside the sentence
/// on character boundaries (they always should; a claim whose spans do not gets the plain
/// sentence rather than a wrong mark).
pub fn evidence(c: &Claim) -> Markup {
    let s = &c.sentence;
    let start = c.span[0].wrapping_sub(c.sentence_span[0]);
    let end = c.span[1].wrapping_sub(c.sentence_span[0]);
    if start < end && end <= s.len() && s.is_char_boundary(start) && s.is_char_boundary(end) {
        html! { (&s[..start]) mark { (&s[start..end]) } (&s[end..]) }
    } else {
        html! { (s) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{compare, testkit};

    #[test]
    fn the_figure_is_marked_even_among_accents() {
        let mut c = testkit::count("lemonde", 1500);
        c.sentence = "Selon Séoul, 1 500 soldats sont arrivés.".into();
        c.sentence_span = [100, 100 + c.sentence.len()];
        let at = c.sentence.find("1 500").unwrap();
        c.span = [100 + at, 100 + at + "1 500".len()];
        assert_eq!(
            evidence(&c).into_string(),
            "Selon Séoul, <mark>1 500</mark> soldats sont arrivés."
        );
        // A span that does not fall inside the sentence on character boundaries marks nothing.
        for span in [[90, 95], [100 + 8, 100 + 12], [100 + at, 100 + 999]] {
            c.span = span;
            assert_eq!(evidence(&c).into_string(), c.sentence, "{span:?}");
        }
    }

    #[test]
    fn every_group_once_and_contradictions_counted_at_the_top() {
        let ext = testkit::scenario();
        let cmp = compare(&ext);
        let page = String::from_utf8(render(&ext, &cmp, &[])).unwrap();
        for g in &cmp.groups {
            assert_eq!(
                page.matches(&format!(" id=\"{}\">", g.id)).count(),
                1,
                "{}",
                g.id
            );
        }
        let contradictions = cmp
            .findings
            .iter()
            .filter(|f| f.verdict == Verdict::Contradiction && f.other_group.is_none())
            .count();
        assert!(contradictions > 0);
        assert!(page.contains(&format!("Contradictions: {contradictions} pair")));
        let skipped = [Skipped {
            file: "a<b>.txt".into(),
            reason: "binary & co".into(),
        }];
        let page = String::from_utf8(render(&ext, &cmp, &skipped)).unwrap();
        assert!(page.contains("<code>a&lt;b&gt;.txt</code>: binary &amp; co"));
    }
}
