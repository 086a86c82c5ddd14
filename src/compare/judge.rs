//! The comparison run: group, judge each group in parallel, link groups of different scope,
//! give each group a status and a timeline, then sort and number everything.
//!
//! Which pairs of a group are judged is decided in [`super::pairs`]; groups are judged in
//! parallel, and so are the pairs of a big group.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use jiff::civil::Date;
use rayon::prelude::*;

use super::grouping::{self, Key};
use super::verdict::{self, Interval, Side, Verdict, Why};
use super::{
    Comparison, Confidence, Finding, Group, Parties, Step, Subject, describe, pairs, provenance,
};
use crate::Extraction;
use crate::claim::{Claim, ClaimKind, Scope, SourceKind, Stance};

/// A finding before ids are given: claims and groups are indices.
struct Raw {
    verdict: Verdict,
    a: usize,
    b: usize,
    group: usize,
    other: Option<usize>,
    reason: String,
    /// One of the pairs the table shows (see [`Finding::shown`]).
    shown: bool,
    confidence: Confidence,
}

/// At most this many findings are written for one group: past it, repetition classes are judged
/// through their first claims only, so a group repeated by thousands of outlets stays linear.
pub const FINDINGS_PER_GROUP: usize = 1024;

/// A judged pair: its claims, verdict, reason, and the pair of class leaders it was judged
/// through.
type Expanded = (usize, usize, Verdict, Why, (usize, usize));

/// The pair `p`, `q` of an expanded finding, the lower index first, with its reason turned to
/// match: a reason that names one claim "first" must name the same claim once the pair is
/// reordered.
fn ordered(p: usize, q: usize, verdict: Verdict, why: Why, rep: (usize, usize)) -> Expanded {
    if p <= q {
        (p, q, verdict, why, rep)
    } else {
        (q, p, verdict, why.swapped(), rep)
    }
}

/// Every pair of claims behind the judged pairs of class leaders: a verdict between two classes
/// holds for each of their members (they share party, stance, value and date), and members of
/// one class from different documents repeat each other. Past [`FINDINGS_PER_GROUP`], the
/// leaders' pairs alone.
fn expand(judged: &[(usize, usize, Verdict, Why)], classes: &[Vec<usize>]) -> Vec<Expanded> {
    let class_of: HashMap<usize, usize> = classes
        .iter()
        .enumerate()
        .map(|(k, class)| (class[0], k))
        .collect();
    let size: usize = judged
        .iter()
        .map(|&(a, b, ..)| match (class_of.get(&a), class_of.get(&b)) {
            (Some(x), Some(y)) if x != y => classes[*x].len() * classes[*y].len(),
            (Some(x), _) => classes[*x].len() * classes[*x].len() / 2,
            _ => 1,
        })
        .sum();
    if size > FINDINGS_PER_GROUP {
        return judged
            .iter()
            .map(|&(a, b, v, why)| (a, b, v, why, (a, b)))
            .collect();
    }
    let mut out = Vec::with_capacity(size);
    for &(a, b, verdict, why) in judged {
        match (class_of.get(&a), class_of.get(&b)) {
            (Some(x), Some(y)) if x != y => {
                for &p in &classes[*x] {
                    for &q in &classes[*y] {
                        out.push(ordered(p, q, verdict, why, (a, b)));
                    }
                }
            }
            (Some(x), _) => {
                let class = &classes[*x];
                for (n, &p) in class.iter().enumerate() {
                    for &q in &class[n + 1..] {
                        out.push(ordered(p, q, verdict, why, (a, b)));
                    }
                }
            }
            _ => out.push((a, b, verdict, why, (a, b))),
        }
    }
    out.sort_unstable_by_key(|&(p, q, ..)| (p, q));
    out.dedup_by_key(|&mut (p, q, ..)| (p, q));
    out
}

/// How sure the match of two claims is: the same place stated by both, a place one of them
/// leaves unstated, or a subject one of them leaves unstated (entity, event, or a kind of people).
fn confidence(a: &Claim, b: &Claim) -> Confidence {
    let (qa, qb) = (&a.qualifiers, &b.qualifiers);
    fn concept(c: &Claim) -> Option<&str> {
        c.counted.as_ref().map(|k| k.concept.as_str())
    }
    if qa.entity.is_none() != qb.entity.is_none()
        || qa.event.is_none() != qb.event.is_none()
        || concept(a) != concept(b)
    {
        Confidence::SubjectInferred
    } else if qa.place.is_some() && qa.place == qb.place {
        Confidence::SamePlace
    } else {
        Confidence::PlaceInferred
    }
}

/// A timeline step this many times above or below the previous day's values is marked.
pub const JUMP: u64 = 10;

/// How many times `after` is above (`true`) or below `before`, rounded, from a representative
/// value of each interval (its middle, or its one bound when open).
fn ratio(before: Interval, after: Interval) -> (u64, bool) {
    let middle = |v: Interval| {
        match v.high {
            Some(h) => v.low / 2 + h / 2,
            None => v.low,
        }
        .max(1)
    };
    let (b, a) = (middle(before), middle(after));
    let (big, small) = (a.max(b), a.min(b));
    ((big + small / 2) / small, a > b)
}

/// One judged group before sorting.
struct Judged {
    group: Group,
    findings: Vec<Raw>,
    first: usize,
}

/// Runs the whole comparison; `given[k]` is the party of `extraction.claims[k]`.
pub fn run<'a>(extraction: &'a Extraction, given: &[&'a str]) -> Comparison {
    // Where each claim (in document order) is in the extraction. An extraction comes in this
    // order already: checked in parallel, then sorted only if needed, each claim's key read
    // once (a key parses the claim's id).
    let all = &extraction.claims;
    let mut order: Vec<usize> = (0..all.len()).collect();
    if !all
        .par_windows(2)
        .all(|w| claim_order(&w[0]) <= claim_order(&w[1]))
    {
        order.par_sort_by_cached_key(|&k| claim_order(&all[k]));
    }
    let claims: Vec<&Claim> = order.iter().map(|&k| &all[k]).collect();
    // The reference time is `as_of` only: extraction already falls back to the publication
    // date, and leaves it empty on purpose for projections ("d'ici décembre").
    let when: Vec<Option<Date>> = claims.par_iter().map(|c| c.as_of).collect();
    let parties: Vec<&str> = if given.len() == all.len() {
        order.iter().map(|&k| given[k]).collect()
    } else {
        claims.par_iter().map(|c| provenance::party(c)).collect()
    };
    let parties = provenance::unify(&parties);
    // An outlet's own figure, given without a source: its source is the outlet of its document.
    let outlets: HashMap<&str, &str> = extraction
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.outlet.as_str()))
        .collect();
    let unattributed: Vec<bool> = claims
        .par_iter()
        .map(|c| {
            c.source.kind == SourceKind::Outlet
                && c.source.chain.len() <= 1
                && outlets.get(c.doc.as_str()) == Some(&c.source.canonical.as_str())
        })
        .collect();

    let texts: grouping::Texts = extraction
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    // The countries named (few among many claims: a set per thread, merged) are gathered
    // beside the grouping, on the cores its big blocks leave idle.
    let (planned, countries) = rayon::join(
        || grouping::group(&claims, &parties, &texts),
        || {
            claims
                .par_iter()
                .flat_map_iter(|c| [c.qualifiers.entity.as_deref(), c.source.country.as_deref()])
                .flatten()
                .fold(Countries::default, |mut set, country| {
                    set.insert(country);
                    set
                })
                .reduce(Countries::default, |mut a, b| {
                    a.extend(b);
                    a
                })
        },
    );
    let undated: HashSet<&str> = extraction
        .documents
        .iter()
        .filter(|d| d.published.is_none())
        .map(|d| d.id.as_str())
        .collect();
    let when = dated_by_repetition(&claims, &parties, &planned, when, &undated);
    let ctx = Context {
        claims: &claims,
        order: &order,
        when: &when,
        parties: &parties,
        unattributed: &unattributed,
    };
    let mut judged: Vec<Judged> = planned
        .par_iter()
        .enumerate()
        .map(|(g, (key, members))| ctx.judge_group(g, key, members))
        .collect();
    let scope_findings: Vec<Raw> = sibling_pairs(&planned, &countries)
        .par_iter()
        .filter_map(|&(g, h)| ctx.different_scope(g, &planned[g], h, &planned[h]))
        .chain(
            refining_pairs(&planned)
                .par_iter()
                .flat_map_iter(|&(g, h)| {
                    ctx.compared_with_each(g, &planned[g].1, h, &planned[h].1)
                }),
        )
        .collect();

    let mut order: Vec<usize> = (0..judged.len()).collect();
    order.sort_by(|&x, &y| {
        let key = |j: &Judged| {
            let g = &j.group;
            (
                !g.in_table(),
                g.priority(),
                std::cmp::Reverse(g.reports),
                g.kind,
                g.concept.clone(),
                g.label.clone(),
                j.first,
            )
        };
        key(&judged[x]).cmp(&key(&judged[y]))
    });
    let mut position = vec![0; judged.len()];
    let mut taken: HashMap<String, usize> = HashMap::new();
    for (pos, &g) in order.iter().enumerate() {
        position[g] = pos;
        let base = stable_id(&planned[g].0);
        let n = taken.entry(base.clone()).or_insert(0);
        *n += 1;
        judged[g].group.id = if *n == 1 { base } else { format!("{base}-{n}") };
    }

    let mut raw: Vec<Raw> = judged
        .iter_mut()
        .flat_map(|j| std::mem::take(&mut j.findings))
        .chain(scope_findings)
        .collect();
    raw.sort_by(|x, y| {
        (position[x.group], x.verdict, x.a, x.b).cmp(&(position[y.group], y.verdict, y.a, y.b))
    });
    let findings = raw
        .into_iter()
        .map(|r| Finding {
            verdict: r.verdict,
            a: claims[r.a].id.clone(),
            b: claims[r.b].id.clone(),
            group: judged[r.group].group.id.clone(),
            other_group: r.other.map(|o| judged[o].group.id.clone()),
            reason: r.reason,
            shown: r.shown,
            confidence: r.confidence,
        })
        .collect();
    let mut groups: Vec<Option<Group>> = judged.into_iter().map(|j| Some(j.group)).collect();
    let groups = order.iter().filter_map(|&g| groups[g].take()).collect();
    Comparison { groups, findings }
}

/// Claims in document order: by document, then by the number in their id (`doc#2` before
/// `doc#10`), so results never depend on the order claims were handed in.
fn claim_order(c: &Claim) -> (&str, u64, &str) {
    let n =
        c.id.rsplit_once('#')
            .and_then(|(_, n)| n.parse().ok())
            .unwrap_or(u64::MAX);
    (c.doc.as_str(), n, c.id.as_str())
}

/// The countries named in a comparison, as entities or as sources' countries.
type Countries<'a> = std::collections::HashSet<&'a str, crate::extract::phrase::WordHash>;

/// Pairs of groups (by index) that look comparable but differ in scope or place (see
/// [`Key::sibling_of`]), found inside blocks of the same kind, concept and entity. Each group is
/// linked to the largest sibling it could be confused with, once for scope and once for place,
/// so that a plan is set against the main count rather than against every local figure. Two
/// places are linked only when one is a country (named as an entity or a source's country in
/// this comparison) and the other is not: "in Kursk" against "in Russia", "in Paris" against "in
/// France"; Lyon and Marseille are simply two groups. A scope difference with one place unstated
/// is linked only when the stated place is a country.
fn sibling_pairs(planned: &[(Key, Vec<usize>)], countries: &Countries) -> Vec<(usize, usize)> {
    // Another place: only a region against a country. Another scope with one place unstated:
    // only when the stated place is a country (a plan for Russia vs so far in Russia, not a plan
    // vs the local figure for Kursk).
    let nested = |a: &Key, b: &Key| match (a.place.as_deref(), b.place.as_deref()) {
        (Some(x), Some(y)) if x != y => countries.contains(x) != countries.contains(y),
        (Some(x), None) | (None, Some(x)) => countries.contains(x),
        _ => true,
    };
    type Block<'a> = (ClaimKind, &'a str, Option<&'a str>);
    let mut blocks: BTreeMap<Block, Vec<usize>> = BTreeMap::new();
    for (g, (key, _)) in planned.iter().enumerate() {
        let block = (key.kind, key.concept.as_str(), key.entity.as_deref());
        blocks.entry(block).or_default().push(g);
    }
    let mut pairs = BTreeSet::new();
    for members in blocks.values() {
        for &g in members {
            for scope_differs in [true, false] {
                let largest = members
                    .iter()
                    .copied()
                    .filter(|&h| h != g && planned[g].0.sibling_of(&planned[h].0))
                    .filter(|&h| (planned[g].0.scope != planned[h].0.scope) == scope_differs)
                    .filter(|&h| nested(&planned[g].0, &planned[h].0))
                    .max_by_key(|&h| (planned[h].1.len(), std::cmp::Reverse(h)));
                if let Some(h) = largest {
                    pairs.insert((g.min(h), g.max(h)));
                }
            }
        }
    }
    pairs.into_iter().collect()
}

/// At most this many pairs of claims are judged between an under-specified group and one group
/// it may belong to; past it the two groups are too big to be one story's figures.
pub const CROSS_PAIRS_MAX: usize = 1024;

/// Pairs of groups (by index) where the first leaves its place, entity or event unstated and the
/// second states them and agrees on the rest ([`Key::refined_by`]): a claim that grouping could
/// not settle (several groups fit it equally) is compared with each, inside blocks of the same
/// kind and concept.
fn refining_pairs(planned: &[(Key, Vec<usize>)]) -> Vec<(usize, usize)> {
    let mut blocks: BTreeMap<(ClaimKind, &str), Vec<usize>> = BTreeMap::new();
    for (g, (key, _)) in planned.iter().enumerate() {
        blocks
            .entry((key.kind, key.concept.as_str()))
            .or_default()
            .push(g);
    }
    let mut pairs = Vec::new();
    for members in blocks.values() {
        for &g in members {
            if planned[g].0.unknowns() == 0 {
                continue;
            }
            for &h in members {
                if h != g && planned[g].0.refined_by(&planned[h].0) {
                    pairs.push((g, h));
                }
            }
        }
    }
    pairs
}

struct Context<'a> {
    claims: &'a [&'a Claim],
    /// Where `claims[i]` is in the extraction: `order[i]`.
    order: &'a [usize],
    when: &'a [Option<Date>],
    /// Each claim's party ([`provenance::party`]), read once.
    parties: &'a [&'a str],
    /// Whether each claim is its outlet's own, given without a source.
    unattributed: &'a [bool],
}

/// The words of each claim of `claims` (indices, repeats allowed) for a reason
/// ([`verdict::side_words`] of `side(i)`), by index: written once per claim, not once per pair.
fn side_words<'s>(
    claims: impl Iterator<Item = usize>,
    side: &(impl Fn(usize) -> Side<'s> + Sync),
) -> HashMap<usize, String> {
    let mut distinct: Vec<usize> = claims.collect();
    distinct.sort_unstable();
    distinct.dedup();
    distinct
        .into_par_iter()
        .map(|i| (i, verdict::side_words(&side(i))))
        .collect()
}

impl Context<'_> {
    fn judge_group(&self, g: usize, key: &Key, members: &[usize]) -> Judged {
        let mut members = members.to_vec();
        members.sort_by_key(|&i| (self.when[i], i));
        // Independent passes over a group run side by side: a big group is one task.
        let (superseded, (selected, classes)) = rayon::join(
            || self.superseded(&members),
            || pairs::select(self.claims, self.parties, self.when, &members),
        );
        let side = |i: usize| Side {
            claim: self.claims[i],
            party: self.parties[i],
            unattributed: self.unattributed[i],
            when: self.when[i],
            superseded: superseded.get(&i).copied(),
        };
        let judged: Vec<(usize, usize, Verdict, Why)> = selected
            .par_iter()
            .filter_map(|&(a, b)| {
                let (verdict, why) = verdict::judge(&side(a), &side(b))?;
                Some((a, b, verdict, why))
            })
            .collect();
        let group_claims: Vec<&Claim> = members.iter().map(|&i| self.claims[i]).collect();
        let said = |i: usize| (self.claims[i], self.parties[i]);
        // Closest pairs keep at least one pair of every verdict judged: an update judged means
        // an update kept, and a timeline to draw.
        let has_update = judged.iter().any(|&(_, _, v, _)| v == Verdict::Update);
        let ((parties, timeline), closest) = rayon::join(
            || {
                rayon::join(
                    || {
                        Parties::of(
                            &members.iter().map(|&i| said(i)).collect::<Vec<_>>(),
                            judged
                                .iter()
                                .map(|&(a, b, verdict, _)| (said(a), said(b), verdict)),
                        )
                    },
                    || {
                        if has_update {
                            self.timeline(&members)
                        } else {
                            Vec::new()
                        }
                    },
                )
            },
            || self.closest_per_parties(&judged),
        );
        // Every judged pair is a finding; the closest per pair of parties are the ones the
        // table shows.
        let shown: HashSet<(usize, usize)> = closest.iter().map(|&(a, b, _, _)| (a, b)).collect();
        let expanded = expand(&judged, &classes);
        let words = side_words(expanded.iter().flat_map(|&(a, b, ..)| [a, b]), &side);
        let findings: Vec<Raw> = expanded
            .into_par_iter()
            .map(|(a, b, verdict, why, rep)| Raw {
                verdict,
                a,
                b,
                group: g,
                other: None,
                reason: verdict::reason_between(&words[&a], &words[&b], &side(a), &side(b), why),
                shown: shown.contains(&rep) && (rep == (a, b) || rep == (b, a)),
                confidence: confidence(self.claims[a], self.claims[b]),
            })
            .collect();
        let scope = group_scope(key, &group_claims);
        let mut ids = members.clone();
        ids.sort_unstable();
        Judged {
            group: Group {
                id: String::new(),
                kind: key.kind,
                concept: key.concept.clone(),
                subject: Subject {
                    entity: key.entity.clone(),
                    place: key.place.clone(),
                    event: key.event.clone(),
                    who: key.who.clone(),
                },
                scope,
                label: label(key, scope),
                claims: ids.iter().map(|&i| self.claims[i].id.clone()).collect(),
                members: ids.iter().map(|&i| self.order[i]).collect(),
                status: parties.status(),
                independent_sources: parties.asserting.len(),
                parties,
                reports: group_claims
                    .iter()
                    .map(|c| c.doc.as_str())
                    .collect::<HashSet<_, crate::extract::phrase::WordHash>>()
                    .len(),
                timeline,
            },
            findings,
            first: ids[0],
        }
    }

    /// Keeps every contradiction, but only one agreement, update or unconfirmed pair per pair of
    /// parties: the closest in time (then the earliest). Five agreements between the same two
    /// sources say no more than one, and the timeline already shows every step.
    fn closest_per_parties(
        &self,
        judged: &[(usize, usize, Verdict, Why)],
    ) -> Vec<(usize, usize, Verdict, Why)> {
        let mut kept: Vec<(usize, usize, Verdict, Why)> = Vec::new();
        let mut best: HashMap<(Verdict, &str, &str), usize> = HashMap::new();
        let gap = |a: usize, b: usize| match (self.when[a], self.when[b]) {
            (Some(x), Some(y)) => i64::from((y - x).get_days().abs()),
            _ => i64::MAX,
        };
        for &(a, b, verdict, why) in judged {
            if verdict == Verdict::Contradiction {
                kept.push((a, b, verdict, why));
                continue;
            }
            let (pa, pb) = (self.parties[a], self.parties[b]);
            let key = (verdict, pa.min(pb), pa.max(pb));
            match best.get(&key) {
                Some(&k) => {
                    let (ka, kb, _, _) = kept[k];
                    if (gap(a, b), a, b) < (gap(ka, kb), ka, kb) {
                        kept[k] = (a, b, verdict, why);
                    }
                }
                None => {
                    best.insert(key, kept.len());
                    kept.push((a, b, verdict, why));
                }
            }
        }
        kept
    }

    /// For each claim, the earliest later date at which its own party gave a value that does
    /// not overlap with it. Works on distinct (date, value) pairs per party, so repetition does
    /// not make it quadratic.
    fn superseded(&self, members: &[usize]) -> HashMap<usize, Date> {
        let mut by_party: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &i in members {
            let c = self.claims[i];
            if matches!(c.stance, Stance::Asserted | Stance::Hedged) && c.quantity.is_some() {
                by_party.entry(self.parties[i]).or_default().push(i);
            }
        }
        let mut out = HashMap::new();
        for list in by_party.values() {
            // Each claim's (date, value) numbered among the party's distinct ones, and the
            // answer worked out once per distinct pair.
            let mut numbers: HashMap<(Date, Interval), usize> = HashMap::new();
            let mut distinct: Vec<(Date, Interval)> = Vec::new();
            let entries: Vec<Option<usize>> = list
                .iter()
                .map(|&i| {
                    let (d, q) = (self.when[i]?, self.claims[i].quantity.as_ref()?);
                    let entry = (d, Interval::of(q));
                    Some(*numbers.entry(entry).or_insert_with(|| {
                        distinct.push(entry);
                        distinct.len() - 1
                    }))
                })
                .collect();
            let later: Vec<Option<Date>> = distinct
                .iter()
                .map(|&(d, mine)| {
                    distinct
                        .iter()
                        .filter(|(other, v)| *other > d && !v.overlaps(mine))
                        .map(|(other, _)| *other)
                        .min()
                })
                .collect();
            for (&i, entry) in list.iter().zip(entries) {
                if let Some(later) = entry.and_then(|e| later[e]) {
                    out.insert(i, later);
                }
            }
        }
        out
    }

    /// The values of a group over time: dated counts in date order (then by value), consecutive
    /// values that all overlap merged into one step (the first one's words, every source that
    /// gave it; "≈10 000" then "10 000" then "11 000" is two steps, since 10 000 and 11 000 do
    /// not overlap); vague quantities ("plusieurs milliers") left out when there are figures. Two values
    /// for one day stay two steps: a reader sees them side by side, each with its sources. A
    /// step ten times or more away from every value of the previous day is marked (see
    /// [`Step::jump`]).
    fn timeline(&self, members: &[usize]) -> Vec<Step> {
        let is_vague = |i: usize| {
            self.claims[i]
                .quantity
                .as_ref()
                .is_some_and(|q| q.bound == crate::claim::Bound::Vague)
        };
        let mut sorted: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| self.claims[i].quantity.is_some() && self.when[i].is_some())
            .filter(|&i| matches!(self.claims[i].stance, Stance::Asserted | Stance::Hedged))
            .collect();
        if sorted.iter().any(|&i| !is_vague(i)) {
            sorted.retain(|&i| !is_vague(i));
        }
        sorted.sort_by_key(|&i| {
            let low = self.claims[i].quantity.as_ref().and_then(|q| q.low);
            (self.when[i], low, i)
        });
        // Each step with the values all its claims allow, and its first claim's value.
        let mut steps: Vec<(Step, Interval, Interval)> = Vec::new();
        for i in sorted {
            let c = self.claims[i];
            let value = c.quantity.as_ref().map(Interval::of).expect("counts only");
            let party = self.parties[i].to_string();
            match steps.last_mut() {
                Some((last, seen, _)) if seen.overlaps(value) => {
                    *seen = seen.intersection(value);
                    if !last.sources.contains(&party) {
                        last.sources.push(party);
                        last.sources.sort();
                    }
                }
                _ => steps.push((
                    Step {
                        date: self.when[i],
                        value: describe::value(c),
                        sources: vec![party],
                        jump: None,
                    },
                    value,
                    value,
                )),
            }
        }
        for k in 0..steps.len() {
            let day = steps[k].0.date;
            let previous_day = steps[..k]
                .iter()
                .rev()
                .map(|(s, ..)| s.date)
                .find(|&d| d < day);
            let Some(previous_day) = previous_day else {
                continue;
            };
            let here = steps[k].2;
            steps[k].0.jump = steps[..k]
                .iter()
                .filter(|(s, ..)| s.date == previous_day)
                .map(|&(_, _, before)| ratio(before, here))
                .min_by_key(|&(factor, _)| factor)
                .filter(|&(factor, _)| factor >= JUMP)
                .map(|(factor, up)| format!("{}{factor}", if up { '×' } else { '÷' }));
        }
        steps.into_iter().map(|(step, ..)| step).collect()
    }

    /// The "different scope" finding between two sibling groups: their two claims closest in
    /// time, asserted ones first.
    fn different_scope(
        &self,
        g: usize,
        (gk, gm): &(Key, Vec<usize>),
        h: usize,
        (hk, hm): &(Key, Vec<usize>),
    ) -> Option<Raw> {
        let pick = |members: &[usize]| -> Vec<usize> {
            let asserted: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&i| self.claims[i].stance == Stance::Asserted)
                .collect();
            let mut chosen = if asserted.is_empty() {
                members.to_vec()
            } else {
                asserted
            };
            chosen.sort_by_key(|&i| (self.when[i], i));
            chosen
        };
        let (gs, hs) = (pick(gm), pick(hm));
        let gap = |a: usize, b: usize| match (self.when[a], self.when[b]) {
            (Some(x), Some(y)) => i64::from((y - x).get_days().abs()),
            _ => i64::MAX,
        };
        let mut best: Option<(i64, usize, usize)> = None;
        for &a in &gs {
            let p = hs.partition_point(|&b| self.when[b] < self.when[a]);
            for &b in hs[p.saturating_sub(1)..hs.len().min(p + 1)].iter() {
                let cand = (gap(a, b), a.min(b), a.max(b));
                if best.is_none_or(|bst| cand < bst) {
                    best = Some(cand);
                }
            }
        }
        let (_, x, y) = best?;
        let (a, b, ga, gb, ka, kb) = if gm.contains(&x) {
            (x, y, g, h, gk, hk)
        } else {
            (x, y, h, g, hk, gk)
        };
        let side = |i: usize| Side {
            claim: self.claims[i],
            party: self.parties[i],
            unattributed: self.unattributed[i],
            when: self.when[i],
            superseded: None,
        };
        let what = |k: &Key, members: &[usize]| {
            let claims: Vec<&Claim> = members.iter().map(|&i| self.claims[i]).collect();
            let scope = match k.scope {
                Some(s) => describe::scope(s),
                None if group_scope(k, &claims).is_some() => "so far",
                None => "so far or unmarked",
            };
            let place = k
                .place
                .as_deref()
                .map_or("no place stated".to_string(), |p| format!("in {p}"));
            (place, scope)
        };
        let (wa, wb) = if ga == g {
            (what(ka, gm), what(kb, hm))
        } else {
            (what(ka, hm), what(kb, gm))
        };
        let kind = |k: &Key| {
            k.who
                .as_ref()
                .map_or("all".to_string(), |w| format!("of {w}"))
        };
        let differ = if ka.scope != kb.scope {
            format!("{} vs {}", wa.1, wb.1)
        } else if ka.who != kb.who {
            format!("{} vs {}", kind(ka), kind(kb))
        } else {
            format!("{} vs {}", wa.0, wb.0)
        };
        Some(Raw {
            verdict: Verdict::DifferentScope,
            a,
            b,
            group: ga,
            other: Some(gb),
            reason: format!(
                "{} vs {}: different scope ({differ}), not comparable",
                verdict::side_words(&side(a)),
                verdict::side_words(&side(b)),
            ),
            shown: true,
            confidence: confidence(self.claims[a], self.claims[b]),
        })
    }
}

impl Context<'_> {
    /// The findings between the claims of under-specified group `g` and those of group `h`, one
    /// of the groups it may belong to: each pair judged as if in one group, none shown in the
    /// table (the match is inferred), each saying so in its reason.
    fn compared_with_each(&self, g: usize, gm: &[usize], h: usize, hm: &[usize]) -> Vec<Raw> {
        if gm.len() * hm.len() > CROSS_PAIRS_MAX {
            return Vec::new();
        }
        let side = |i: usize| Side {
            claim: self.claims[i],
            party: self.parties[i],
            unattributed: self.unattributed[i],
            when: self.when[i],
            superseded: None,
        };
        let words = side_words(gm.iter().chain(hm).copied(), &side);
        let mut out = Vec::new();
        for &x in gm {
            for &y in hm {
                let (a, b) = if (self.when[y], y) < (self.when[x], x) {
                    (y, x)
                } else {
                    (x, y)
                };
                // One article repeating its source's figure, once with a place and once
                // without, links the unplaced claim to that group: an agreement worth showing,
                // though within a group such a repetition is no finding.
                let (mut verdict, why) = verdict::judge(&side(a), &side(b)).unwrap_or((
                    Verdict::Agreement,
                    Why::Agree {
                        same_party: true,
                        hedged: None,
                    },
                ));
                // Values that differ across an inferred match may measure another place or part:
                // no contradiction is claimed on a guess.
                // A denial of what another reports with reserve, across such a match, settles
                // nothing either way.
                if verdict == Verdict::Contradiction {
                    verdict = match why {
                        Why::AssertedDenied { .. } => Verdict::Contradiction,
                        Why::DeniedHedged { .. } => Verdict::Unconfirmed,
                        _ => Verdict::DifferentScope,
                    };
                }
                let mut reason =
                    verdict::reason_between(&words[&a], &words[&b], &side(a), &side(b), why);
                if let Some(place) = self.share_of_whole(x, y) {
                    verdict = Verdict::DifferentScope;
                    reason = format!(
                        "{} vs {}: the figure for {place} is less than half the one that states \
                         no place, a share of the whole: different scope",
                        verdict::side_words(&side(a)),
                        verdict::side_words(&side(b)),
                    );
                }
                out.push(Raw {
                    verdict,
                    a,
                    b,
                    group: g,
                    other: Some(h),
                    reason: format!(
                        "{reason}; one of them states no {}, so it is compared with each group it \
                         may belong to",
                        unstated(&self.claims[x].qualifiers)
                    ),
                    shown: false,
                    confidence: confidence(self.claims[a], self.claims[b])
                        .max(Confidence::PlaceInferred),
                });
            }
        }
        out
    }

    /// The place of claim `placed` when it counts a city's or a region's share of what claim
    /// `unplaced`, which states no place, counts: its place is no country, it is no earlier
    /// than the other (an earlier, smaller figure may be the toll still rising), and its highest
    /// value is less than half the other's lowest ("40 morts à Suzu" beside "168 morts"). A
    /// city's toll is not the country's. The missing are left out: their count falls as people
    /// are found.
    fn share_of_whole(&self, unplaced: usize, placed: usize) -> Option<&str> {
        let (u, p) = (self.claims[unplaced], self.claims[placed]);
        let earlier =
            matches!((self.when[placed], self.when[unplaced]), (Some(a), Some(b)) if a < b);
        let missing = p.counted.as_ref().is_some_and(|c| c.concept == "missing");
        if u.qualifiers.place.is_some() || earlier || missing {
            return None;
        }
        let place = p.qualifiers.place.as_deref()?;
        if crate::extract::number::national::country_named(place).is_some() {
            return None;
        }
        let (Some(whole), Some(share)) = (
            u.quantity.as_ref().and_then(|q| q.low),
            p.quantity.as_ref().and_then(|q| q.high),
        ) else {
            return None;
        };
        (share.saturating_mul(2) < whole).then_some(place)
    }
}

/// The reference time of counts from an undated article, where the same party gives a figure
/// that overlaps it (the same figure, within its bounds) in a dated article of the same group:
/// the earliest such date. An article without a date that repeats a ministry's toll reports it
/// as of when the ministry gave it, so it is compared in time like the others instead of being
/// read as the story moving. Other claims keep `when`.
fn dated_by_repetition(
    claims: &[&Claim],
    parties: &[&str],
    groups: &[(Key, Vec<usize>)],
    mut when: Vec<Option<Date>>,
    undated: &HashSet<&str>,
) -> Vec<Option<Date>> {
    if undated.is_empty() {
        return when;
    }
    let interval = |i: usize| claims[i].quantity.as_ref().map(Interval::of);
    for (_, members) in groups {
        for &i in members {
            if when[i].is_some() || !undated.contains(claims[i].doc.as_str()) {
                continue;
            }
            let Some(mine) = interval(i) else { continue };
            when[i] = members
                .iter()
                .filter(|&&j| parties[j] == parties[i] && !undated.contains(claims[j].doc.as_str()))
                .filter(|&&j| interval(j).is_some_and(|theirs| theirs.overlaps(mine)))
                .filter_map(|&j| when[j])
                .min();
        }
    }
    when
}

/// What a claim's qualifiers leave unstated, in words: "place", "event", "entity".
fn unstated(q: &crate::claim::Qualifiers) -> &'static str {
    if q.place.is_none() {
        "place"
    } else if q.event.is_none() {
        "event"
    } else {
        "entity"
    }
}

/// The scope a group shows: a plan, "so far" when one of its claims says so, else none stated.
fn group_scope(key: &Key, claims: &[&Claim]) -> Option<Scope> {
    key.scope.or_else(|| {
        claims
            .iter()
            .any(|c| c.qualifiers.scope == Some(Scope::SoFar))
            .then_some(Scope::SoFar)
    })
}

/// The subject in words: "soldiers, North Korea, in Russia, deployed, so far".
fn label(key: &Key, scope: Option<Scope>) -> String {
    let mut parts = vec![key.concept.clone()];
    parts.extend(key.entity.clone());
    parts.extend(key.place.as_ref().map(|p| format!("in {p}")));
    parts.extend(key.who.as_ref().map(|w| format!("of {w}")));
    parts.extend(key.event.clone());
    parts.extend(scope.map(|s| describe::scope(s).to_string()));
    parts.join(", ")
}

/// A group's id, made from what it is about (kind, concept, entity, event, place, scope, kind of
/// people) so that adding an article does not renumber the others: "g" and four characters of
/// a 64-bit FNV-1a hash of the key, in an alphabet without vowels or look-alikes ("g7kq2"). Two groups with the
/// same four characters are told apart by a suffix in output order ("g7kq2-2").
pub fn stable_id(key: &Key) -> String {
    const ALPHABET: &[u8] = b"23456789bcdfghjkmnpqrstvwxz";
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes.iter().chain(std::iter::once(&0xff)) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    let kind: &[u8] = match key.kind {
        ClaimKind::Count => b"count",
        ClaimKind::Date => b"date",
        ClaimKind::Statement => b"statement",
        ClaimKind::Quote => b"quote",
    };
    eat(kind);
    eat(key.concept.as_bytes());
    for part in [&key.entity, &key.event, &key.place] {
        eat(part.as_deref().unwrap_or("").as_bytes());
    }
    eat(match key.scope {
        None => b"",
        Some(Scope::PlannedTotal) => b"planned total",
        Some(Scope::SoFar) => b"so far",
        Some(Scope::Part) => b"part",
    });
    // Only a key that names a kind of people feeds it: the other ids stay as they were.
    if let Some(who) = &key.who {
        eat(who.as_bytes());
    }
    let mut id = String::with_capacity(5);
    id.push('g');
    for _ in 0..4 {
        id.push(char::from(
            ALPHABET[(hash % ALPHABET.len() as u64) as usize],
        ));
        hash /= ALPHABET.len() as u64;
    }
    id
}
