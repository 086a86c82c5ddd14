//! `compare --group ID`: the evidence behind one group of the table, for a fact-checker who
//! wants to see every sentence a verdict rests on before quoting it.
//!
//! Per group: its subject and status, then every claim (value or stance, who, when, where it
//! was read, the sentence), then every verdict that is not a plain agreement with its reason
//! (agreements are counted, and listed with `--all`).

use super::Ctx;
use super::cells::{self, subject};
use super::text::{glue_numbers, wrap};
use crate::compare::{Group, Verdict, describe, provenance};

/// The evidence of group `g`, lines wrapped to `width` when given.
pub fn render(ctx: &Ctx, g: &Group, width: Option<usize>) -> String {
    let mut out = String::new();
    let status = cells::status(ctx, g).replace('\n', ": ");
    out.push_str(&wrap(
        &format!("{} {} — {status}", g.id, subject(g)),
        width,
        "  ",
    ));
    out.push_str("\nClaims:\n");
    for c in ctx.claims(g) {
        let day = c.as_of.map_or("undated".to_string(), |d| ctx.day(d));
        let read_in = ctx
            .look
            .document(&c.doc)
            .map_or(c.doc.clone(), |d| d.outlet.clone());
        let who = ctx.who(provenance::party(c), &[c]);
        let chain = if c.source.chain.len() > 1 {
            format!(
                " via {}",
                c.source.chain[..c.source.chain.len() - 1].join(" ← ")
            )
        } else {
            String::new()
        };
        let line = format!(
            "{}: {} by {who}{chain}, {day}, in {read_in}",
            c.id,
            describe::value(c),
        );
        out.push_str(&wrap(&glue_numbers(&format!("  {line}")), width, "      "));
        out.push_str(&wrap(
            &format!("    “{}”", c.sentence.trim()),
            width,
            "     ",
        ));
    }
    let findings = ctx.findings(g);
    let agreements = findings
        .iter()
        .filter(|f| f.verdict == Verdict::Agreement)
        .count();
    out.push_str("\nVerdicts:\n");
    for f in findings
        .iter()
        .filter(|f| ctx.all || f.verdict != Verdict::Agreement)
    {
        let line = format!("  {} ({} / {}): {}", f.verdict.as_str(), f.a, f.b, f.reason);
        out.push_str(&wrap(&glue_numbers(&line), width, "    "));
    }
    if agreements > 0 && !ctx.all {
        out.push_str(&format!(
            "  and {agreements} agreeing {} (--all lists them)\n",
            if agreements == 1 { "pair" } else { "pairs" }
        ));
    }
    if findings.is_empty() {
        out.push_str("  none: one claim, or claims of one source only\n");
    }
    out
}
