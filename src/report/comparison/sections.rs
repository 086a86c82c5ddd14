//! The sections below the table: contradictions (one line per pair of sources that disagree
//! on a figure, one per party that denies), figures over time, different scopes, and the
//! groups reported once. Everything a row's "(+N more)" leaves out is here.

use std::collections::BTreeSet;

use jiff::civil::Date;

use super::Ctx;
use super::cells::subject;
use super::text::{Paint, plural, some};
use crate::claim::{Claim, Scope, Stance};
use crate::compare::{Comparison, Group, Verdict, describe, provenance};

/// Two parties that give figures which cannot both hold, and on which days.
pub struct Dispute<'a> {
    /// One party (the one of the earlier claim of the first contradiction).
    pub a: &'a str,
    /// The other party.
    pub b: &'a str,
    /// Each day they disagree: the day, `a`'s figure, `b`'s figure; in date order.
    pub days: Vec<(Option<Date>, String, String)>,
    /// The claims on `a`'s side and on `b`'s side.
    pub claims: [Vec<&'a Claim>; 2],
}

/// The contradictions between figures of one group, one per pair of parties, repetition
/// folded.
pub fn disputes<'a>(ctx: &Ctx<'a>, g: &Group) -> Vec<Dispute<'a>> {
    let mut out: Vec<Dispute> = Vec::new();
    for f in ctx.findings(g) {
        if f.verdict != Verdict::Contradiction {
            continue;
        }
        let (Some(a), Some(b)) = (ctx.look.claim(&f.a), ctx.look.claim(&f.b)) else {
            continue;
        };
        if a.stance == Stance::Denied || b.stance == Stance::Denied {
            continue;
        }
        let (pa, pb) = (provenance::party(a), provenance::party(b));
        let index = out
            .iter()
            .position(|d| (d.a, d.b) == (pa, pb) || (d.a, d.b) == (pb, pa));
        let index = index.unwrap_or_else(|| {
            out.push(Dispute {
                a: pa,
                b: pb,
                days: Vec::new(),
                claims: [Vec::new(), Vec::new()],
            });
            out.len() - 1
        });
        let d = &mut out[index];
        let (first, second) = if d.a == pa { (a, b) } else { (b, a) };
        let day = (first.as_of, describe::value(first), describe::value(second));
        if !d.days.contains(&day) {
            d.days.push(day);
        }
        d.claims[0].push(first);
        d.claims[1].push(second);
    }
    for d in &mut out {
        d.days.sort();
    }
    out
}

/// The parties that deny what others state in one group, with those others (sorted); deniers
/// facing the same asserters are listed together ("Kremlin and North Korea deny it").
pub fn denials(g: &Group) -> Vec<(Vec<&str>, Vec<&str>)> {
    let p = &g.parties;
    let mut out: Vec<(Vec<&str>, Vec<&str>)> = Vec::new();
    for denier in &p.denying {
        let asserters: Vec<&str> = p
            .asserting
            .iter()
            .filter(|a| *a != denier)
            .map(String::as_str)
            .collect();
        if asserters.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(_, a)| *a == asserters) {
            Some((deniers, _)) => deniers.push(denier),
            None => out.push((vec![denier.as_str()], asserters)),
        }
    }
    out
}

/// "Kremlin denies it", "Kremlin and North Korea deny it".
pub fn deny(ctx: &Ctx, deniers: &[&str]) -> String {
    let names: Vec<&str> = deniers.iter().map(|d| ctx.name(d)).collect();
    match names.as_slice() {
        [one] => format!("{one} denies it"),
        [rest @ .., last] => format!("{} and {last} deny it", rest.join(", ")),
        [] => String::new(),
    }
}

/// Every contradiction, in group order: figures first, then denials, coloured.
pub fn contradictions(ctx: &Ctx, comparison: &Comparison) -> Vec<(String, Option<Paint>)> {
    let mut lines = Vec::new();
    for g in &comparison.groups {
        for d in disputes(ctx, g) {
            let days: Vec<String> = d
                .days
                .iter()
                .map(|(day, va, vb)| {
                    let on = day.map_or("undated".to_string(), |d| ctx.day(d));
                    format!("{va} vs {vb} ({on})")
                })
                .collect();
            lines.push((
                format!(
                    "{} {}: {} vs {}: {}",
                    g.id,
                    subject(g),
                    ctx.who(d.a, &d.claims[0]),
                    ctx.who(d.b, &d.claims[1]),
                    days.join(", ")
                ),
                Some(Paint::Red),
            ));
        }
        let denied = denials(g);
        // Looked up only for a group with a denial: most have none.
        let claims = if denied.is_empty() {
            Vec::new()
        } else {
            ctx.claims(g)
        };
        for (deniers, asserters) in denied {
            let asserters: Vec<String> = asserters.iter().map(|a| ctx.who(a, &claims)).collect();
            lines.push((
                format!(
                    "{} {}: {}; stated by {}",
                    g.id,
                    subject(g),
                    deny(ctx, &deniers),
                    asserters.join(", ")
                ),
                Some(Paint::Magenta),
            ));
        }
    }
    lines
}

/// The figures of a group over time, or `None` without a timeline. `short` for a table cell
/// ("1 500 → 3 000 → ≈10 000"), else with days and sources ("1 500 (18 Oct, NIS) → …"). When
/// two figures share a day (police and organisers), one story per source instead: "police
/// 20 000 → 22 000; unions 45 000 → 55 000". A step that jumps ten times or more is marked.
pub fn story(ctx: &Ctx, g: &Group, short: bool) -> Option<String> {
    let steps = &g.timeline;
    if steps.is_empty() {
        return None;
    }
    let jump = |s: &crate::compare::Step| match (&s.jump, short) {
        (None, _) => String::new(),
        (Some(j), true) => format!(" ({j}: check)"),
        (Some(j), false) => format!(" ({j} jump: check both count the same thing)"),
    };
    let dates: BTreeSet<Option<Date>> = steps.iter().map(|s| s.date).collect();
    let on = |s: &crate::compare::Step| s.date.map_or("undated".to_string(), |d| ctx.day(d));
    if dates.len() == steps.len() {
        let parts: Vec<String> = steps
            .iter()
            .map(|s| {
                if short {
                    format!("{}{}", s.value, jump(s))
                } else {
                    let names: Vec<String> =
                        s.sources.iter().map(|n| ctx.name(n).to_string()).collect();
                    format!("{} ({}, {}){}", s.value, on(s), some(&names, 2), jump(s))
                }
            })
            .collect();
        return Some(parts.join(" → "));
    }
    let mut parties: Vec<&str> = Vec::new();
    for s in steps {
        for p in &s.sources {
            if !parties.contains(&p.as_str()) {
                parties.push(p);
            }
        }
    }
    let lines: Vec<(bool, String)> = parties
        .iter()
        .map(|party| {
            // A party repeating its figure on later days has not changed it: one step, its days
            // as a span.
            let mut runs: Vec<(&crate::compare::Step, Option<Date>)> = Vec::new();
            for s in steps
                .iter()
                .filter(|s| s.sources.iter().any(|p| p == party))
            {
                match runs.last_mut() {
                    Some((first, last)) if first.value == s.value && s.jump.is_none() => {
                        *last = s.date;
                    }
                    _ => runs.push((s, s.date)),
                }
            }
            let mine: Vec<String> = runs
                .iter()
                .map(|(s, last)| {
                    if short {
                        format!("{}{}", s.value, jump(s))
                    } else {
                        let when = match (s.date, last) {
                            (Some(f), Some(l)) => super::text::days(f, *l, ctx.with_year),
                            _ => on(s),
                        };
                        format!("{} ({when}){}", s.value, jump(s))
                    }
                })
                .collect();
            (
                mine.len() > 1,
                format!("{} {}", ctx.name(party), mine.join(" → ")),
            )
        })
        .collect();
    // In a cell, only the parties whose figure moved (all of them when none did).
    let moved = lines.iter().any(|(moved, _)| *moved);
    let lines: Vec<String> = lines
        .into_iter()
        .filter(|(m, _)| !short || !moved || *m)
        .map(|(_, line)| line)
        .collect();
    Some(lines.join("; "))
}

/// One line per group with a timeline.
pub fn over_time(ctx: &Ctx, comparison: &Comparison) -> Vec<String> {
    comparison
        .groups
        .iter()
        .filter_map(|g| {
            Some(format!(
                "{} {}: {}",
                g.id,
                subject(g),
                story(ctx, g, false)?
            ))
        })
        .collect()
}

/// One line per pair of groups of different scope: what differs, and the two claims closest
/// in time.
pub fn scopes(ctx: &Ctx, comparison: &Comparison) -> Vec<String> {
    let planned = |g: &Group| g.scope == Some(Scope::PlannedTotal);
    let scope_words = |g: &Group| g.scope.map_or("so far or unmarked", describe::scope);
    let place_words = |g: &Group| {
        g.subject
            .place
            .as_ref()
            .map_or("no place stated".to_string(), |p| format!("in {p}"))
    };
    comparison
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::DifferentScope)
        .filter_map(|f| {
            let g = ctx.groups.get(f.group.as_str())?;
            let h = ctx.groups.get(f.other_group.as_deref()?)?;
            let (a, b) = (ctx.look.claim(&f.a)?, ctx.look.claim(&f.b)?);
            let kind_words = |g: &Group| {
                g.subject
                    .who
                    .as_ref()
                    .map_or("all".to_string(), |w| format!("of {w}"))
            };
            let differ = if planned(g) != planned(h) {
                format!("{} vs {}", scope_words(g), scope_words(h))
            } else if g.subject.who != h.subject.who {
                format!("{} vs {}", kind_words(g), kind_words(h))
            } else {
                format!("{} vs {}", place_words(g), place_words(h))
            };
            Some(format!(
                "{} / {} ({differ}): {} vs {}",
                g.id,
                h.id,
                said(ctx, a),
                said(ctx, b)
            ))
        })
        .collect()
}

/// "g9 generals · North Korea: 3 (HUR, 22 Oct) in Northern Ledger".
pub fn reported_once(ctx: &Ctx, g: &Group) -> String {
    let claims = ctx.claims(g);
    let mut said_: Vec<String> = claims.iter().map(|c| said(ctx, c)).collect();
    said_.dedup();
    let outlets: BTreeSet<&str> = claims
        .iter()
        .filter_map(|c| ctx.look.document(&c.doc))
        .map(|d| d.outlet.as_str())
        .collect();
    let outlets: Vec<&str> = outlets.into_iter().collect();
    let shown = if ctx.all || said_.len() <= 3 {
        said_.len()
    } else {
        2
    };
    let mut text = said_[..shown].join("; ");
    if shown < said_.len() {
        text.push_str(&format!(
            "; +{}",
            plural(said_.len() - shown, "more claim", "more claims")
        ));
    }
    format!("{} {}: {text} in {}", g.id, subject(g), outlets.join(", "))
}

/// One claim with who and when: "3 (HUR, 22 Oct)", "≈12 000 (NIS, 18 Oct, hedged)", "denied by
/// Kremlin (31 Oct)", "stated by NIS (18 Oct)".
pub fn said(ctx: &Ctx, c: &Claim) -> String {
    let who = ctx.speaker(c);
    let day = c.as_of.map_or("undated".to_string(), |d| ctx.day(d));
    let value = c.quantity.as_ref().map(|_| describe::value(c));
    match (value, c.stance) {
        (Some(v), Stance::Asserted) => format!("{v} ({who}, {day})"),
        (Some(v), Stance::Hedged) => format!("{v} ({who}, {day}, hedged)"),
        (Some(v), Stance::Denied) => format!("{v} denied by {who} ({day})"),
        (Some(v), Stance::NotConfirmed) => format!("{v} not confirmed by {who} ({day})"),
        (None, Stance::Asserted) => format!("stated by {who} ({day})"),
        (None, Stance::Hedged) => format!("reported with reserve by {who} ({day})"),
        (None, Stance::Denied) => format!("denied by {who} ({day})"),
        (None, Stance::NotConfirmed) => format!("not confirmed by {who} ({day})"),
    }
}
