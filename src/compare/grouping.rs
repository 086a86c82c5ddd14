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
//! **Dates** are left out of groups: they are context, and they enter the comparison as the
//! reference time (`as_of`) of the counts and statements they date. Their `event` is a
//! language-specific word, so grouping dates by it would not match across languages.

use std::collections::{BTreeMap, BTreeSet};

use crate::claim::{Claim, ClaimKind, Scope};

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
}

impl Key {
    /// The key a claim states, or `None` for claims that are not grouped (dates, counts without
    /// a concept).
    pub fn of(claim: &Claim) -> Option<Key> {
        let counted = claim.counted.as_ref()?;
        let scope = match claim.kind {
            ClaimKind::Date => return None,
            ClaimKind::Count if claim.quantity.is_none() => return None,
            ClaimKind::Count => scope_class(claim.qualifiers.scope),
            ClaimKind::Statement => None,
        };
        let q = &claim.qualifiers;
        let keep = |s: &Option<String>| s.clone().filter(|s| !s.trim().is_empty());
        Some(Key {
            kind: claim.kind,
            concept: counted.concept.clone(),
            entity: keep(&q.entity),
            event: keep(&q.event).map(|e| event_family(&e).to_string()),
            place: keep(&q.place),
            scope,
        })
    }

    fn unknowns(&self) -> usize {
        [&self.entity, &self.event, &self.place]
            .iter()
            .filter(|v| v.is_none())
            .count()
    }

    /// True when `other` says everything this key says and more: this key's claims may join it.
    fn refined_by(&self, other: &Key) -> bool {
        let fits = |mine: &Option<String>, theirs: &Option<String>| match mine {
            Some(m) => theirs.as_ref() == Some(m),
            None => true,
        };
        self != other
            && self.scope == other.scope
            && fits(&self.entity, &other.entity)
            && fits(&self.event, &other.event)
            && fits(&self.place, &other.place)
    }

    /// True when two groups of counts look comparable but are not: the same concept and entity,
    /// compatible events (equal, or one not stated), and either another scope in a compatible
    /// place ("1 500 already sent" vs "12 000 planned in total") or another place with the same
    /// scope ("in Kursk" vs "in Russia"). Their figures are "different scope", worth showing
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
            && if self.scope != other.scope {
                compatible(&self.place, &other.place)
            } else {
                both_placed_apart && self.event == other.event
            }
    }
}

/// Events that say the same thing about a count: troops "training" in a country are troops
/// deployed there. Everything else stays apart (deployed ≠ fighting ≠ killed).
const SAME_EVENT: &[(&str, &str)] = &[("training", "deployed")];

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
/// by key then first member. `texts` may be empty (claims built without documents).
pub fn group(claims: &[&Claim], texts: &Texts) -> Vec<(Key, Vec<usize>)> {
    let mut blocks: BTreeMap<(ClaimKind, &str), Vec<(usize, Key)>> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        if let Some(key) = Key::of(claim) {
            let concept = claim.counted.as_ref().map_or("", |c| c.concept.as_str());
            blocks
                .entry((key.kind, concept))
                .or_default()
                .push((i, key));
        }
    }
    let mut groups: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
    for members in blocks.into_values() {
        for (i, key) in resolve_block(claims, texts, members) {
            groups.entry(key).or_default().push(i);
        }
    }
    groups
        .into_iter()
        .map(|(key, mut members)| {
            members.sort_unstable();
            (key, members)
        })
        .collect()
}

/// Gives every claim of one block its final key: under-specified keys join the group they
/// refine, most specific first, so that a claim missing only its place is settled before one
/// missing its place and its event.
fn resolve_block(
    claims: &[&Claim],
    texts: &Texts,
    members: Vec<(usize, Key)>,
) -> Vec<(usize, Key)> {
    let mut by_key: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
    for (i, key) in members {
        by_key.entry(key).or_default().push(i);
    }
    let mut pending: Vec<Key> = by_key
        .keys()
        .filter(|k| k.unknowns() > 0)
        .cloned()
        .collect();
    pending.sort_by_key(|k| (k.unknowns(), k.clone()));
    for key in pending {
        let candidates: Vec<Key> = by_key
            .keys()
            .filter(|other| key.refined_by(other))
            .cloned()
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let indices = by_key.remove(&key).unwrap_or_default();
        let mut stay = Vec::new();
        for i in indices {
            match choose(claims, texts, i, &candidates, &by_key) {
                Some(target) => by_key.get_mut(target).expect("candidate exists").push(i),
                None => stay.push(i),
            }
        }
        if !stay.is_empty() {
            by_key.insert(key, stay);
        }
    }
    by_key
        .into_iter()
        .flat_map(|(key, indices)| indices.into_iter().map(move |i| (i, key.clone())))
        .collect()
}

/// The group an under-specified claim joins: the only candidate, or the one whose qualifier words
/// it matches clearly best.
fn choose<'k>(
    claims: &[&Claim],
    texts: &Texts,
    i: usize,
    candidates: &'k [Key],
    by_key: &BTreeMap<Key, Vec<usize>>,
) -> Option<&'k Key> {
    if let [only] = candidates {
        return Some(only);
    }
    if let Some(key) = same_paragraph(claims, texts, i, candidates, by_key) {
        return Some(key);
    }
    let words = &claims[i].qualifiers.words;
    let mut scored: Vec<(f64, &Key)> = candidates
        .iter()
        .map(|k| {
            let theirs: BTreeSet<&str> = by_key[k]
                .iter()
                .flat_map(|&j| claims[j].qualifiers.words.iter().map(String::as_str))
                .collect();
            (similarity(words, &theirs), k)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    match scored.as_slice() {
        [(best, key), (second, _), ..] if *best >= WORDS_THRESHOLD && best - second > 0.05 => {
            Some(key)
        }
        _ => None,
    }
}

/// The candidate that the claim's own paragraph was just talking about: the group of the nearest
/// earlier claim of the same document, if no paragraph break lies between them. "Le nombre de
/// soldats déjà partis" refers to the soldiers the paragraph has been counting; across a
/// paragraph break ("Dans la capitale, …") the subject may have changed, so nothing is assumed.
fn same_paragraph<'k>(
    claims: &[&Claim],
    texts: &Texts,
    i: usize,
    candidates: &'k [Key],
    by_key: &BTreeMap<Key, Vec<usize>>,
) -> Option<&'k Key> {
    let me = claims[i];
    let mut before: Option<(usize, &Key)> = None;
    for key in candidates {
        for &j in &by_key[key] {
            let other = claims[j];
            let at = other.span[0];
            if other.doc == me.doc && at <= me.span[0] && before.is_none_or(|(b, _)| at > b) {
                before = Some((at, key));
            }
        }
    }
    let (at, key) = before?;
    let between = texts
        .get(me.doc.as_str())
        .and_then(|text| text.get(at..me.span[0]))
        .unwrap_or("");
    let paragraph_break = between
        .split('\n')
        .skip(1)
        .any(|line| line.trim().is_empty());
    (!paragraph_break).then_some(key)
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
