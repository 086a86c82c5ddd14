//! Matching: claims about the same thing are put in one group, across articles and languages.
//!
//! Two claims are about the same thing when they have the same kind, the same language-neutral
//! concept (soldiers ≠ brigades), the same entity (North Korea), the same event (deployed ≠
//! killed), the same place (in Russia ≠ in Kursk: a narrower place is a different scope, never a
//! contradiction) and, for counts, the same scope class (planned total ≠ what happened so far).
//!
//! **Blocking.** Claims are first split into blocks by kind and concept, and every further
//! decision is taken inside a block on *distinct keys*, never on pairs of claims, so the cost
//! grows with the number of claims (a sort), not with its square.
//!
//! **Under-specified claims.** Extraction does not always find the entity, event or place of a
//! claim ("12 000 soldats" in a sentence that names nobody). Such a claim joins the one group of
//! its block that is consistent with what it does say; when several are, the remaining qualifier
//! words (`Qualifiers.words`) decide by fuzzy matching (Jaro–Winkler), and when they cannot, the
//! claim stays in a group of its own rather than risk a false contradiction.
//!
//! A whole group of counts that stayed apart this way may still join one group: the one that
//! holds every figure it gives, from the same source on the same day (see
//! `Block::join_by_figures`); repeating a source's figure of the day is strong evidence of
//! talking about the same thing.
//!
//! **Dates** are left out of groups: they are context, and they enter the comparison as the
//! reference time (`as_of`) of the counts and statements they date. Their `event` is a
//! language-specific word, so grouping dates by it would not match across languages.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::verdict::Interval;
use crate::claim::{Claim, ClaimKind, Scope, Stance};
use crate::extract::phrase::WordHash;

/// Minimum fuzzy similarity of qualifier words for an under-specified claim to join a group.
pub const WORDS_THRESHOLD: f64 = 0.85;

/// Where a group sits: what it counts, about whom, where, doing what, with which scope.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// Count or statement.
    pub kind: ClaimKind,
    /// The language-neutral concept.
    pub concept: String,
    /// The entity, when known.
    pub entity: Option<String>,
    /// The event, when known.
    pub event: Option<String>,
    /// The place, when known.
    pub place: Option<String>,
    /// `Some(PlannedTotal)` for plans; `None` for what is reported as happened (so far or
    /// unmarked).
    pub scope: Option<Scope>,
    /// The kind of people of a count a list breaks down by kind (`Qualifiers::who`): the
    /// police among the dead are not the toll.
    pub who: Option<String>,
}

impl Key {
    /// The key a claim states, or `None` for claims that are not grouped (dates, quotations,
    /// counts without a concept).
    pub fn of(claim: &Claim) -> Option<Key> {
        let counted = claim.counted.as_ref()?;
        let scope = match claim.kind {
            ClaimKind::Date | ClaimKind::Quote => return None,
            ClaimKind::Count if claim.quantity.is_none() => return None,
            // A toll is never planned: "au total, 103 personnes ont perdu la vie" is the
            // count so far; a part of it stays a part.
            ClaimKind::Count if OUTCOME_CONCEPTS.contains(&counted.concept.as_str()) => {
                claim.qualifiers.scope.filter(|s| *s == Scope::Part)
            }
            ClaimKind::Count => scope_class(claim.qualifiers.scope),
            ClaimKind::Statement => None,
        };
        let q = &claim.qualifiers;
        // "People" with no outcome stated say nothing of what they are: 48 in hospital and 56
        // missing are not one figure. Such counts stay out of the comparison.
        if claim.kind == ClaimKind::Count && counted.concept == "people" && q.event.is_none() {
            return None;
        }
        let keep = |s: &Option<String>| s.clone().filter(|s| !s.trim().is_empty());
        Some(Key {
            kind: claim.kind,
            concept: counted.concept.clone(),
            entity: keep(&q.entity),
            event: keep(&q.event)
                .filter(|e| {
                    claim.kind != ClaimKind::Count
                        || !(OUTCOME_CONCEPTS.contains(&counted.concept.as_str())
                            || SETTING_EVENTS.contains(&e.as_str()))
                })
                .map(|e| event_family(&e).to_string()),
            place: keep(&q.place),
            scope,
            who: keep(&q.who).filter(|_| claim.kind == ClaimKind::Count),
        })
    }

    /// How many of entity, event and place the key leaves unstated.
    pub(crate) fn unknowns(&self) -> usize {
        [&self.entity, &self.event, &self.place]
            .iter()
            .filter(|v| v.is_none())
            .count()
    }

    /// True when `other` says everything this key says and more: this key's claims may join it.
    pub(crate) fn refined_by(&self, other: &Key) -> bool {
        let fits = |mine: &Option<String>, theirs: &Option<String>| match mine {
            Some(m) => theirs.as_ref() == Some(m),
            None => true,
        };
        self != other
            && self.scope == other.scope
            && self.who == other.who
            && fits(&self.entity, &other.entity)
            && fits(&self.event, &other.event)
            && fits(&self.place, &other.place)
    }

    /// True when two groups of counts look comparable but are not: the same concept and entity,
    /// compatible events (equal, or one not stated), and either another scope or kind of people
    /// in a compatible place ("1 500 already sent" vs "12 000 planned in total", the police
    /// among the dead vs the toll) or another place with the same scope ("in Kursk" vs "in
    /// Russia"). Their figures are "different scope", worth showing
    /// because a reader would compare them, never a contradiction.
    pub fn sibling_of(&self, other: &Key) -> bool {
        let compatible =
            |a: &Option<String>, b: &Option<String>| a.is_none() || b.is_none() || a == b;
        let both_placed_apart =
            self.place.is_some() && other.place.is_some() && self.place != other.place;
        self.kind == ClaimKind::Count
            && other.kind == ClaimKind::Count
            && self.concept == other.concept
            && self.entity == other.entity
            && compatible(&self.event, &other.event)
            && if self.scope != other.scope || self.who != other.who {
                compatible(&self.place, &other.place)
            } else {
                both_placed_apart && self.event == other.event
            }
    }
}

/// Events that say the same thing about a count: troops "training" in a country are troops
/// deployed there; equipment lost is equipment destroyed. Everything else stays apart
/// (deployed ≠ fighting ≠ killed).
const SAME_EVENT: &[(&str, &str)] = &[("lost", "destroyed"), ("training", "deployed")];

/// Events that say where a count was taken, not what it counts: the police officers or tractors
/// of a protest ("1 300 Polizisten waren bei der Demonstration im Einsatz") are the same count
/// whether or not the clause names the protest; provinces "affected" are the provinces.
const SETTING_EVENTS: &[&str] = &["affected", "protested"];

/// Concepts that are an outcome themselves ("170 personnes ont perdu la vie" counts deaths): a
/// count of one is not grouped apart for the event its clause names, which restates the outcome
/// or belongs to a neighbouring figure ("103 morts et 1 300 disparus"). Other counts keep their
/// event ("200 soldiers killed" are not the soldiers deployed).
const OUTCOME_CONCEPTS: &[&str] = &[
    "arrests",
    "bodies",
    "deaths",
    "displaced",
    "evacuated",
    "hospitalized",
    "injured",
    "missing",
    "protesters",
    "rescued",
    "survivors",
];

/// The event a claim is grouped under.
pub fn event_family(event: &str) -> &str {
    SAME_EVENT
        .iter()
        .find(|(e, _)| *e == event)
        .map_or(event, |(_, family)| family)
}

/// What a scope means for grouping: a plan is apart; "so far" and an unmarked figure both report
/// what has happened by the reference date.
pub fn scope_class(scope: Option<Scope>) -> Option<Scope> {
    match scope {
        None | Some(Scope::SoFar) => None,
        other => other,
    }
}

/// The texts of the documents, by document id, so that matching can see paragraph breaks.
pub type Texts<'a> = std::collections::HashMap<&'a str, &'a str>;

/// Groups the claims: returns each group's key and its members (indices into `claims`), sorted
/// by key then first member. `texts` may be empty (claims built without documents). Blocks are
/// resolved in parallel; the result is sorted, so it never depends on thread timing.
/// `parties[i]` is claim `i`'s party ([`super::provenance::party`]).
pub fn group(claims: &[&Claim], parties: &[&str], texts: &Texts) -> Vec<(Key, Vec<usize>)> {
    use rayon::prelude::*;
    // Keys are built in parallel: each one copies a few strings.
    let keys: Vec<Option<Key>> = claims.par_iter().map(|c| Key::of(c)).collect();
    let places = places(claims);
    let mut blocks: BTreeMap<(ClaimKind, &str), Vec<usize>> = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        if let Some(key) = key {
            blocks
                .entry((key.kind, key.concept.as_str()))
                .or_default()
                .push(i);
        }
    }
    let resolved: Vec<Vec<(Key, Vec<usize>)>> = blocks
        .into_values()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|members| Block::new(claims, parties, texts, &keys, &places, members).resolve())
        .collect();
    let mut groups: Vec<(Key, Vec<usize>)> = resolved.into_iter().flatten().collect();
    join_unnamed_people(claims, &keys, &mut groups);
    for (_, members) in &mut groups {
        members.sort_unstable();
    }
    groups.sort();
    groups
}

/// The smallest figure of people named only as people that joins a group by its value: small
/// figures (two people, five) coincide too often to say what they count.
pub const UNNAMED_JOIN_MIN: u64 = 10;

/// True when a source's claim asserts (or hedges) a count of people named only as people, with
/// no outcome: such a count has no key of its own ([`Key::of`]). The outlet's own figures
/// ("1,000 people live in the village") describe the place, not what a source counted.
fn is_unnamed_people(claim: &Claim) -> bool {
    claim.kind == ClaimKind::Count
        && matches!(claim.stance, Stance::Asserted | Stance::Hedged)
        && claim.source.kind != crate::claim::SourceKind::Outlet
        && claim.quantity.is_some()
        && claim.qualifiers.event.is_none()
        && claim
            .counted
            .as_ref()
            .is_some_and(|k| k.concept == "people")
}

/// A count of people named only as people ("Police said 338,000 people were on the route")
/// joins the one group of people of a kind (protesters, displaced, passengers…) in which
/// another claim gives the very same figure within [`super::verdict::SAME_TIME_DAYS`] (or
/// undated), in a compatible place, entity and scope: the same figure at the same time is
/// what the same thing counts. When no group or several do, it stays out of the comparison.
/// Cost: one hash look-up per such claim, after one pass over the grouped claims.
fn join_unnamed_people(claims: &[&Claim], keys: &[Option<Key>], groups: &mut [(Key, Vec<usize>)]) {
    use super::verdict::SAME_TIME_DAYS;
    let figure = |c: &Claim| c.quantity.as_ref().map(|q| (q.low, q.high));
    // A figure's low and high ends, and where it is given: (group, claim).
    type Figure = (Option<u64>, Option<u64>);
    let mut by_figure: HashMap<Figure, Vec<(usize, usize)>, WordHash> = HashMap::default();
    for (g, (key, members)) in groups.iter().enumerate() {
        if key.kind != ClaimKind::Count
            || !crate::extract::concept::counts_people(&key.concept)
            || key.concept == "people"
        {
            continue;
        }
        for &i in members {
            if let Some(value) = figure(claims[i]) {
                by_figure.entry(value).or_default().push((g, i));
            }
        }
    }
    if by_figure.is_empty() {
        return;
    }
    let compatible = |mine: &Option<String>, theirs: &Option<String>| {
        mine.is_none() || theirs.is_none() || mine == theirs
    };
    let mut joins = Vec::new();
    for (i, claim) in claims.iter().enumerate() {
        if keys[i].is_some() || !is_unnamed_people(claim) {
            continue;
        }
        let Some(value) = figure(claim) else { continue };
        if value.0.or(value.1).is_none_or(|v| v < UNNAMED_JOIN_MIN) {
            continue;
        }
        let Some(same) = by_figure.get(&value) else {
            continue;
        };
        let q = &claim.qualifiers;
        let mut targets: Vec<usize> = same
            .iter()
            .filter(|&&(g, j)| {
                let key = &groups[g].0;
                let near = match (claim.as_of, claims[j].as_of) {
                    (Some(a), Some(b)) => (a - b).get_days().abs() <= SAME_TIME_DAYS,
                    _ => true,
                };
                near && compatible(&q.place, &key.place)
                    && compatible(&q.entity, &key.entity)
                    && scope_class(q.scope) == key.scope
                    && q.who == key.who
            })
            .map(|&(g, _)| g)
            .collect();
        targets.dedup();
        if let [g] = targets[..] {
            joins.push((g, i));
        }
    }
    for (g, i) in joins {
        groups[g].1.push(i);
    }
}

/// Where each claim is: its document, numbered in the order they are met, and its first byte.
/// Claims come sorted by document, so a document is looked up only where it changes.
fn places(claims: &[&Claim]) -> Vec<(usize, usize)> {
    use rayon::prelude::*;
    let fresh: Vec<bool> = (0..claims.len())
        .into_par_iter()
        .map(|i| i == 0 || claims[i].doc != claims[i - 1].doc)
        .collect();
    let mut numbers: HashMap<&str, usize, WordHash> = HashMap::default();
    let mut doc = 0;
    let mut out = Vec::with_capacity(claims.len());
    for (i, claim) in claims.iter().enumerate() {
        if fresh[i] {
            let next = numbers.len();
            doc = *numbers.entry(claim.doc.as_str()).or_insert(next);
        }
        out.push((doc, claim.span[0]));
    }
    out
}

/// How far back in its document a claim looks for what it refers to (claims, not bytes).
const LOOK_BACK: usize = 64;

/// One block (same kind and concept) while its under-specified keys are being settled. Keys are
/// interned: `members[k]` and `words[k]` belong to `keys[k]`; `key_of[i]` is claim `i`'s key,
/// and `by_position` lists the members by document (numbered) and position, claim `i` at
/// `position[i]`, so that settling a claim costs a look-up, not a scan of the block.
struct Block<'a> {
    claims: &'a [&'a Claim],
    parties: &'a [&'a str],
    texts: &'a Texts<'a>,
    keys: Vec<Key>,
    members: Vec<Vec<usize>>,
    /// The qualifier words of `members[k]`, built when first needed (`None` until then).
    words: Vec<Option<BTreeSet<&'a str>>>,
    key_of: Vec<usize>,
    position: Vec<usize>,
    by_position: Vec<(usize, usize, usize)>,
}

impl<'a> Block<'a> {
    fn new(
        claims: &'a [&'a Claim],
        parties: &'a [&'a str],
        texts: &'a Texts<'a>,
        keys: &[Option<Key>],
        places: &[(usize, usize)],
        members: Vec<usize>,
    ) -> Self {
        use rayon::prelude::*;
        // Keys are numbered by hashing, then only the distinct keys are sorted: a block holds
        // many claims and few keys.
        let key = |i: usize| keys[i].as_ref().expect("a block's claims have keys");
        let mut ids: HashMap<&Key, usize, WordHash> = HashMap::default();
        let mut distinct: Vec<&Key> = Vec::new();
        let id_of: Vec<usize> = members
            .iter()
            .map(|&i| {
                *ids.entry(key(i)).or_insert_with(|| {
                    distinct.push(key(i));
                    distinct.len() - 1
                })
            })
            .collect();
        drop(ids);
        let mut order: Vec<usize> = (0..distinct.len()).collect();
        order.sort_by(|&x, &y| distinct[x].cmp(distinct[y]));
        let mut rank = vec![0; order.len()];
        for (r, &id) in order.iter().enumerate() {
            rank[id] = r;
        }
        // A claim looks back only within its own document, so the order of documents among
        // themselves does not matter.
        let mut by_position: Vec<(usize, usize, usize)> = members
            .iter()
            .map(|&i| (places[i].0, places[i].1, i))
            .collect();
        by_position.par_sort_unstable();
        let mut position = vec![usize::MAX; claims.len()];
        for (at, &(_, _, i)) in by_position.iter().enumerate() {
            position[i] = at;
        }
        let mut block = Block {
            claims,
            parties,
            texts,
            keys: order.iter().map(|&id| distinct[id].clone()).collect(),
            members: vec![Vec::new(); order.len()],
            words: vec![None; order.len()],
            key_of: vec![usize::MAX; claims.len()],
            position,
            by_position,
        };
        for (&i, &id) in members.iter().zip(&id_of) {
            block.key_of[i] = rank[id];
            block.members[rank[id]].push(i);
        }
        block
    }

    fn words_of(&self, indices: &[usize]) -> BTreeSet<&'a str> {
        let claims = self.claims;
        indices
            .iter()
            .flat_map(|&i| claims[i].qualifiers.words.iter().map(String::as_str))
            .collect()
    }

    /// Gives every claim its final key: under-specified keys join the group they refine, most
    /// specific first, so that a claim missing only its place is settled before one missing
    /// its place and its event.
    fn resolve(mut self) -> Vec<(Key, Vec<usize>)> {
        let mut pending: Vec<usize> = (0..self.keys.len())
            .filter(|&k| self.keys[k].unknowns() > 0)
            .collect();
        pending.sort_by(|&a, &b| {
            (self.keys[a].unknowns(), &self.keys[a]).cmp(&(self.keys[b].unknowns(), &self.keys[b]))
        });
        let order = pending.clone();
        for p in pending {
            let candidates: Vec<usize> = (0..self.keys.len())
                .filter(|&q| !self.members[q].is_empty() && self.keys[p].refined_by(&self.keys[q]))
                .collect();
            if candidates.is_empty() {
                continue;
            }
            let mut is_candidate = vec![false; self.keys.len()];
            for &q in &candidates {
                is_candidate[q] = true;
            }
            let indices = std::mem::take(&mut self.members[p]);
            let mut stay = Vec::new();
            for i in indices {
                match self.choose(i, &candidates, &is_candidate) {
                    Some(target) => {
                        self.members[target].push(i);
                        let claims = self.claims;
                        if let Some(words) = &mut self.words[target] {
                            words.extend(claims[i].qualifiers.words.iter().map(String::as_str));
                        }
                        self.key_of[i] = target;
                    }
                    None => stay.push(i),
                }
            }
            self.words[p] = None;
            self.members[p] = stay;
        }
        self.join_by_figures(&order);
        self.keys
            .into_iter()
            .zip(self.members)
            .filter(|(_, members)| !members.is_empty())
            .collect()
    }

    /// An under-specified group of counts that stayed apart joins the one group that refines it
    /// and holds every figure it gives: the same party, the same reference day, an overlapping
    /// value. "Le NIS évaluait à 1 500 le nombre de soldats déjà partis" names no country, but
    /// only one group has both the NIS's 1 500 of that Friday and its 3 000 of the next
    /// Wednesday. When two groups hold them all, or none does, the group stays apart.
    fn join_by_figures(&mut self, pending: &[usize]) {
        // Built when first needed: most groups are never asked about.
        let mut figures: Vec<Option<Figures>> = (0..self.keys.len()).map(|_| None).collect();
        let (claims, parties) = (self.claims, self.parties);
        for &p in pending {
            if self.members[p].is_empty() {
                continue;
            }
            let refining: Vec<usize> = (0..self.keys.len())
                .filter(|&q| q != p && !self.members[q].is_empty())
                .filter(|&q| self.keys[p].refined_by(&self.keys[q]))
                .collect();
            for &k in refining.iter().chain([&p]) {
                if figures[k].is_none() {
                    figures[k] = Some(figures_of(claims, parties, &self.members[k]));
                }
            }
            let figures_of_key = |k: usize| figures[k].as_ref().expect("built above");
            if figures_of_key(p).is_empty() {
                continue;
            }
            let holds = |q: usize| {
                figures_of_key(p).iter().all(|(at, values)| {
                    figures_of_key(q).get(at).is_some_and(|theirs| {
                        values.iter().all(|v| theirs.iter().any(|t| t.overlaps(*v)))
                    })
                })
            };
            let covering: Vec<usize> = refining.into_iter().filter(|&q| holds(q)).collect();
            let [target] = covering[..] else {
                continue;
            };
            let moved = std::mem::take(&mut self.members[p]);
            for &i in &moved {
                self.key_of[i] = target;
            }
            if self.words[target].is_some() {
                let words = self.words_of(&moved);
                self.words[target].get_or_insert_default().extend(words);
            }
            self.words[p] = None;
            // A target whose figures are not built yet builds them from its members, the moved
            // claims included.
            let mine = figures[p].take().unwrap_or_default();
            if let Some(theirs) = &mut figures[target] {
                for (at, values) in mine {
                    theirs.entry(at).or_default().extend(values);
                }
            }
            self.members[target].extend(moved);
        }
    }

    /// The group an under-specified claim joins: the only candidate, the one its own paragraph
    /// was talking about, or the one whose qualifier words it matches clearly best.
    fn choose(&mut self, i: usize, candidates: &[usize], is_candidate: &[bool]) -> Option<usize> {
        if let [only] = candidates {
            return Some(*only);
        }
        if let Some(k) = self.same_paragraph(i, is_candidate) {
            return Some(k);
        }
        for &k in candidates {
            if self.words[k].is_none() {
                self.words[k] = Some(self.words_of(&self.members[k]));
            }
        }
        let words = &self.claims[i].qualifiers.words;
        let mut scored: Vec<(f64, &Key, usize)> = candidates
            .iter()
            .map(|&k| {
                let theirs = self.words[k].as_ref().expect("built above");
                (similarity(words, theirs), &self.keys[k], k)
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        match scored.as_slice() {
            [(best, _, k), (second, _, _), ..]
                if *best >= WORDS_THRESHOLD && best - second > 0.05 =>
            {
                Some(*k)
            }
            _ => None,
        }
    }

    /// The candidate that the claim's own paragraph was just talking about: the group of the
    /// nearest earlier claim of the same document among the candidates, if no paragraph break
    /// lies between them. "Le nombre de soldats déjà partis" refers to the soldiers the
    /// paragraph has been counting; across a paragraph break ("Dans la capitale, …") the
    /// subject may have changed, so nothing is assumed.
    fn same_paragraph(&self, i: usize, is_candidate: &[bool]) -> Option<usize> {
        let me = self.claims[i];
        let here = self.position[i];
        let doc = self.by_position[here].0;
        let (at, k) = self.by_position[..here]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .take_while(|&&(d, _, _)| d == doc)
            .map(|&(_, at, j)| (at, self.key_of[j]))
            .find(|&(_, k)| is_candidate[k])?;
        let between = self
            .texts
            .get(me.doc.as_str())
            .and_then(|text| text.get(at..me.span[0]))
            .unwrap_or("");
        let paragraph_break = between
            .split('\n')
            .skip(1)
            .any(|line| line.trim().is_empty());
        (!paragraph_break).then_some(k)
    }
}

/// A group's dated figures: the values each party gave on each reference day.
type Figures<'a> = HashMap<(&'a str, jiff::civil::Date), Vec<Interval>, WordHash>;

/// The dated figures of `members`, asserted or hedged counts only.
fn figures_of<'a>(claims: &[&'a Claim], parties: &[&'a str], members: &[usize]) -> Figures<'a> {
    let mut out: Figures = HashMap::default();
    for &i in members {
        let c = claims[i];
        if !matches!(c.stance, Stance::Asserted | Stance::Hedged) {
            continue;
        }
        if let (Some(q), Some(day)) = (&c.quantity, c.as_of) {
            out.entry((parties[i], day))
                .or_default()
                .push(Interval::of(q));
        }
    }
    out
}

/// How well `words` are matched by `theirs`: the mean, over `words`, of the best Jaro–Winkler
/// similarity with any of `theirs` (0 when either side is empty).
pub fn similarity(words: &[String], theirs: &BTreeSet<&str>) -> f64 {
    if words.is_empty() || theirs.is_empty() {
        return 0.0;
    }
    let total: f64 = words
        .iter()
        .map(|w| {
            theirs
                .iter()
                .map(|t| strsim::jaro_winkler(w, t))
                .fold(0.0, f64::max)
        })
        .sum();
    total / words.len() as f64
}
