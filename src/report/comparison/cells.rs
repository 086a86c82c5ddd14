//! The cells of one table row: the subject, what each source says, the status with the
//! sources it rests on, and the verdicts, most important first.

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap, HashSet};

use jiff::civil::Date;

use super::text::{Paint, days, plural, some};
use super::{Ctx, MAX_SOURCES, sections};
use crate::claim::{Claim, ClaimKind, Stance};
use crate::compare::verdict::Interval;
use crate::compare::{Group, Status, describe};
use crate::extract::phrase::WordHash;

/// "soldiers · North Korea · in Kursk · deployed · so far"; a statement group says so.
pub fn subject(g: &Group) -> String {
    let s = &g.subject;
    let mut parts = vec![match g.kind {
        ClaimKind::Count => g.concept.clone(),
        ClaimKind::Statement => format!("{} (statement)", g.concept),
        ClaimKind::Date => format!("{} (date)", g.concept),
        ClaimKind::Quote => format!("{} (quote)", g.concept),
    }];
    parts.extend(s.entity.clone());
    parts.extend(s.place.as_ref().map(|p| format!("in {p}")));
    parts.extend(s.who.as_ref().map(|w| format!("of {w}")));
    parts.extend(s.event.clone());
    parts.extend(g.scope.map(|sc| describe::scope(sc).to_string()));
    parts.join(" · ")
}

/// What each party says, one line each: first the parties the status rests on, then by how
/// many reports carry them. Without `--all`, at most [`MAX_SOURCES`] lines.
pub fn sources(ctx: &Ctx, g: &Group) -> String {
    // Hashed: the rows are sorted below, the party last among their keys.
    let mut by_party: HashMap<&str, Vec<&Claim>, WordHash> = HashMap::default();
    for &(c, party) in ctx.said(g) {
        by_party.entry(party).or_default().push(c);
    }
    let key: BTreeSet<&str> = g
        .parties
        .behind(g.status)
        .into_iter()
        .chain(g.parties.disputing.iter().map(String::as_str))
        .collect();
    let mut rows: Vec<_> = by_party
        .iter()
        .map(|(party, mine)| {
            let docs: HashSet<&str, WordHash> = mine.iter().map(|c| c.doc.as_str()).collect();
            let first = mine.iter().filter_map(|c| c.as_of).min();
            (
                !key.contains(party),
                Reverse(docs.len()),
                first,
                *party,
                mine,
            )
        })
        .collect();
    rows.sort_by(|x, y| (x.0, x.1, x.2, x.3).cmp(&(y.0, y.1, y.2, y.3)));
    let shown = if ctx.all || rows.len() <= MAX_SOURCES {
        rows.len()
    } else {
        MAX_SOURCES - 1
    };
    let mut lines: Vec<String> = rows[..shown]
        .iter()
        .map(|(_, _, _, party, mine)| format!("{}: {}", ctx.name(party), says(ctx, mine)))
        .collect();
    if shown < rows.len() {
        let more = rows.len() - shown;
        lines.push(format!("+{}", plural(more, "more source", "more sources")));
    }
    lines.join("\n")
}

/// What one party says in a group, repetition folded: "1 500 (18 Oct) ×3, 3 000 (23 Oct)" for
/// counts (the same day, stance and overlapping value are one entry, shown in the words most
/// reports use), "states (13–18 Oct) ×3, denies (28 Oct)" for statements.
fn says(ctx: &Ctx, claims: &[&Claim]) -> String {
    let mut sorted = claims.to_vec();
    sorted.sort_by_key(|c| c.as_of);
    if sorted.iter().all(|c| c.quantity.is_none()) {
        return stances(ctx, &sorted);
    }
    struct Entry<'c> {
        when: Option<Date>,
        class: u8,
        hedged: bool,
        value: Interval,
        words: Vec<String>,
        docs: BTreeSet<&'c str>,
    }
    let class = |s: Stance| match s {
        Stance::Asserted | Stance::Hedged => 0,
        Stance::Denied => 1,
        Stance::NotConfirmed => 2,
    };
    let mut entries: Vec<Entry> = Vec::new();
    for c in sorted {
        let Some(q) = &c.quantity else { continue };
        let value = Interval::of(q);
        let hedged = c.stance == Stance::Hedged;
        let found = entries
            .iter_mut()
            .find(|e| e.when == c.as_of && e.class == class(c.stance) && e.value.overlaps(value));
        match found {
            Some(e) => {
                e.words.push(describe::value(c));
                e.docs.insert(&c.doc);
                e.hedged &= hedged;
            }
            None => entries.push(Entry {
                when: c.as_of,
                class: class(c.stance),
                hedged,
                value,
                words: vec![describe::value(c)],
                docs: BTreeSet::from([c.doc.as_str()]),
            }),
        }
    }
    entries
        .iter()
        .map(|e| {
            let word = most_frequent(&e.words);
            let date = e.when.map_or("undated".to_string(), |d| ctx.day(d));
            let hedge = if e.hedged { ", hedged" } else { "" };
            let text = match e.class {
                0 => format!("{word} ({date}{hedge})"),
                1 => format!("denies {word} ({date})"),
                _ => format!("has not confirmed {word} ({date})"),
            };
            times(text, e.docs.len())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A statement's stances by one party: "states (13–18 Oct) ×3, denies (28 Oct)".
fn stances(ctx: &Ctx, claims: &[&Claim]) -> String {
    /// A stance, its first and last day, the reports that carry it.
    type Span<'c> = (Stance, Option<Date>, Option<Date>, BTreeSet<&'c str>);
    let mut by: Vec<Span> = Vec::new();
    for c in claims {
        match by.iter_mut().find(|(s, ..)| *s == c.stance) {
            Some((_, first, last, docs)) => {
                *first = first.or(c.as_of);
                *last = (*last).max(c.as_of);
                docs.insert(&c.doc);
            }
            None => by.push((c.stance, c.as_of, c.as_of, BTreeSet::from([c.doc.as_str()]))),
        }
    }
    by.iter()
        .map(|(stance, first, last, docs)| {
            let verb = match stance {
                Stance::Asserted => "states",
                Stance::Hedged => "hedges",
                Stance::Denied => "denies",
                Stance::NotConfirmed => "has not confirmed",
            };
            let when = match (first, last) {
                (Some(f), Some(l)) => format!(" ({})", days(*f, *l, ctx.with_year)),
                _ => String::new(),
            };
            times(format!("{verb}{when}"), docs.len())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `text` with "×n" when more than one report carries it.
fn times(text: String, reports: usize) -> String {
    if reports > 1 {
        format!("{text} ×{reports}")
    } else {
        text
    }
}

/// The words most often used (the first of them on a tie).
fn most_frequent(words: &[String]) -> &str {
    let mut best: (usize, &str) = (0, "");
    for w in words {
        let n = words.iter().filter(|x| *x == w).count();
        if n > best.0 {
            best = (n, w);
        }
    }
    best.1
}

/// The status and, below it, the sources it rests on, from the same [`crate::compare::Parties`]
/// that decided it: "single source / 5 reports, 1 independent source (NIS)".
pub fn status(ctx: &Ctx, g: &Group) -> String {
    let p = &g.parties;
    let reports = plural(g.reports, "report", "reports");
    let names =
        |list: &[String]| -> Vec<String> { list.iter().map(|n| ctx.name(n).to_string()).collect() };
    let detail = match g.status {
        Status::Contested => format!("{reports}; {} sources disagree", p.disputing.len()),
        Status::Denied if p.asserting.is_empty() => {
            format!("by {}; no source states it", some(&names(&p.denying), 2))
        }
        Status::Denied => format!(
            "by {}; {} {} it",
            some(&names(&p.denying), 2),
            plural(p.asserting.len(), "source", "sources"),
            if p.asserting.len() == 1 {
                "states"
            } else {
                "state"
            }
        ),
        Status::Corroborated => format!("{reports}; {} sources agree", p.agreeing.len()),
        Status::SingleSource if p.asserting.len() == 1 => format!(
            "{reports}, 1 independent source ({})",
            ctx.name(&p.asserting[0])
        ),
        Status::SingleSource => format!(
            "{reports}; {} sources, none confirmed by another",
            p.asserting.len()
        ),
        Status::HedgedOnly => {
            let mut parts = Vec::new();
            if !p.hedging.is_empty() {
                parts.push(format!("hedged by {}", some(&names(&p.hedging), 2)));
            }
            if !p.not_confirming.is_empty() {
                parts.push(format!(
                    "not confirmed by {}",
                    some(&names(&p.not_confirming), 2)
                ));
            }
            format!("{reports}; {}", parts.join("; "))
        }
    };
    format!("{}\n{detail}", g.status.as_str())
}

/// The verdict cell: the most important verdict and "(+N more)", or every verdict with
/// `--all`; with the colour of the first.
pub fn verdict(ctx: &Ctx, g: &Group) -> (String, Option<Paint>) {
    let lines = verdicts(ctx, g);
    let paint = lines.first().and_then(|(_, p)| *p);
    let text: Vec<String> = lines.into_iter().map(|(l, _)| l).collect();
    if ctx.all || text.len() <= 1 {
        return (text.join("\n"), paint);
    }
    (format!("{} (+{} more)", text[0], text.len() - 1), paint)
}

/// Every verdict of a group in a few words, most important first: contradictions between
/// figures, denials against assertions, the figures over time, the agreement, the stances of a
/// claim nobody states as fact, the groups of different scope.
fn verdicts(ctx: &Ctx, g: &Group) -> Vec<(String, Option<Paint>)> {
    let mut lines: Vec<(String, Option<Paint>)> = Vec::new();
    for d in sections::disputes(ctx, g) {
        let (day, va, vb) = &d.days[0];
        let on = day.map_or(String::new(), |d| format!(", {}", ctx.day(d)));
        let mut line = format!(
            "contradiction: {va} ({}) vs {vb} ({}){on}",
            ctx.name(d.a),
            ctx.name(d.b)
        );
        if d.days.len() > 1 {
            let others = plural(d.days.len() - 1, "other day", "other days");
            line.push_str(&format!(", and {others}"));
        }
        lines.push((line, Some(Paint::Red)));
    }
    for (deniers, asserters) in sections::denials(g) {
        let denied = sections::deny(ctx, &deniers);
        let line = match asserters.as_slice() {
            [one] => format!("contradiction: {denied}, {} states it", ctx.name(one)),
            many => format!("contradiction: {denied}, {} sources state it", many.len()),
        };
        lines.push((line, Some(Paint::Magenta)));
    }
    if let Some(story) = sections::story(ctx, g, true) {
        lines.push((format!("update: {story}"), None));
    }
    if g.status == Status::Corroborated {
        lines.push((agreement(ctx, g), None));
    }
    if lines.is_empty() {
        let p = &g.parties;
        let names = |l: &[String]| -> String {
            l.iter().map(|n| ctx.name(n)).collect::<Vec<_>>().join(", ")
        };
        for (list, words) in [
            (&p.denying, "denied by"),
            (&p.not_confirming, "not confirmed by"),
            (&p.hedging, "reported with reserve by"),
        ] {
            if !list.is_empty() && g.status != Status::SingleSource {
                lines.push((format!("{words} {}", names(list)), None));
            }
        }
    }
    let mut others: Vec<&str> = ctx
        .findings(g)
        .iter()
        .filter(|f| f.verdict == crate::compare::Verdict::DifferentScope)
        .filter_map(|f| f.other_group.as_deref())
        .collect();
    others.sort_unstable();
    others.dedup();
    if !others.is_empty() {
        lines.push((format!("different scope from {}", others.join(", ")), None));
    }
    if lines.is_empty() {
        let p = &g.parties;
        let line = match p.asserting.len() {
            _ if g.status != Status::SingleSource => "nothing to compare with",
            1 => {
                // The reports in which the one asserting party states it.
                let own: BTreeSet<&str> = ctx
                    .claims(g)
                    .into_iter()
                    .filter(|c| c.stance == Stance::Asserted)
                    .map(|c| c.doc.as_str())
                    .collect();
                let reserved = !p.hedging.is_empty() || !p.not_confirming.is_empty();
                match (own.len() > 1, reserved) {
                    (true, _) => "repeated; no other source confirms it",
                    (false, true) => "stated once; others only hedge or do not confirm it",
                    (false, false) => "nothing to compare with",
                }
            }
            _ => "no figure confirmed by another source",
        };
        lines.push((line.to_string(), None));
    }
    lines
}

/// "agreement on 1 500 across en and es" for counts, "stated by 3 independent sources across
/// de and en" for statements.
fn agreement(ctx: &Ctx, g: &Group) -> String {
    let agreeing: BTreeSet<&str> = g.parties.agreeing.iter().map(String::as_str).collect();
    let agreed: Vec<&Claim> = ctx
        .said(g)
        .iter()
        .filter(|(c, party)| c.stance == Stance::Asserted && agreeing.contains(party))
        .map(|&(c, _)| c)
        .collect();
    let across = |claims: &[&Claim]| {
        let langs = ctx.look.languages(claims.iter().copied());
        if langs.len() > 1 {
            format!(" across {}", langs.join(", "))
        } else {
            String::new()
        }
    };
    if g.kind != ClaimKind::Count {
        return format!(
            "stated by {} independent sources{}",
            g.parties.agreeing.len(),
            across(&agreed)
        );
    }
    let values: Vec<String> = agreed.iter().map(|c| describe::value(c)).collect();
    let value = most_frequent(&values);
    // The languages of the reports whose figures overlap the agreed one, not of the parties'
    // other figures.
    let bounds = |c: &Claim| {
        let q = c.quantity.as_ref();
        (
            q.and_then(|q| q.low).unwrap_or(0),
            q.and_then(|q| q.high).unwrap_or(u64::MAX),
        )
    };
    let chosen = agreed
        .iter()
        .zip(&values)
        .find(|(_, v)| v.as_str() == value)
        .map(|(c, _)| bounds(c));
    let giving: Vec<&Claim> = agreed
        .iter()
        .copied()
        .filter(|c| {
            let (low, high) = bounds(c);
            chosen.is_none_or(|(l, h)| low <= h && l <= high)
        })
        .collect();
    format!("agreement on {value}{}", across(&giving))
}
