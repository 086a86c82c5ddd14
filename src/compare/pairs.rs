//! Which pairs of a group are judged.
//!
//! Repetition first: claims with the same party, stance, value and reference date say the same
//! thing, however many outlets carry them. They form one *class*, judged once against each other
//! class through its first claim; inside a class, one pair of two different documents records
//! the repetition. This keeps findings to what a reader needs ("10 000 (State Department) vs
//! 11 000 (Zelensky)" once, not once per pair of outlets) and the work proportional to what was
//! said rather than to how often it was repeated.
//!
//! Then size: a group of up to [`ALL_PAIRS_MAX`] classes is judged on every pair. Past that,
//! classes are taken in time order and each is judged against its [`WINDOW`] predecessors plus
//! the nearest earlier class of up to [`WINDOW`] other parties (looking back at most
//! [`LOOK_BACK`] classes), so the cost grows linearly with the number of classes while every
//! claim still meets its neighbours in time and the other sources of its days.

use std::collections::HashMap;

use jiff::civil::Date;

use super::verdict::Interval;
use crate::claim::{Claim, Stance};

/// Groups of up to this many classes are judged on every pair.
pub const ALL_PAIRS_MAX: usize = 64;

/// In bigger groups, each class meets this many predecessors, and this many other parties.
pub const WINDOW: usize = 8;

/// How far back (in classes) a big group looks for other parties.
pub const LOOK_BACK: usize = 256;

/// Claims that say the same thing: same party, stance, value and reference date.
type ClassKey<'a> = (&'a str, Stance, Option<(u64, Option<u64>)>, Option<Date>);

/// The pairs of claim indices to judge in one group, and the classes of repetition (each led by
/// the claim its pairs are judged through); `members` must be sorted by time. `parties[i]` is
/// claim `i`'s party ([`crate::compare::provenance::party`]).
pub fn select(
    claims: &[&Claim],
    parties: &[&str],
    when: &[Option<Date>],
    members: &[usize],
) -> (Vec<(usize, usize)>, Vec<Vec<usize>>) {
    let mut classes: Vec<Vec<usize>> = Vec::new();
    let mut index: HashMap<ClassKey, usize, crate::extract::phrase::WordHash> = HashMap::default();
    for &i in members {
        let c = claims[i];
        let value = c.quantity.as_ref().map(|q| {
            let v = Interval::of(q);
            (v.low, v.high)
        });
        let key = (parties[i], c.stance, value, when[i]);
        let k = *index.entry(key).or_insert_with(|| {
            classes.push(Vec::new());
            classes.len() - 1
        });
        classes[k].push(i);
    }

    let mut pairs = Vec::new();
    for class in &classes {
        let first = class[0];
        if let Some(&other) = class.iter().find(|&&j| claims[j].doc != claims[first].doc) {
            pairs.push((first, other));
        }
    }
    let reps: Vec<usize> = classes.iter().map(|c| c[0]).collect();
    if reps.len() <= ALL_PAIRS_MAX {
        for (n, &a) in reps.iter().enumerate() {
            for &b in &reps[n + 1..] {
                pairs.push((a, b));
            }
        }
        return (pairs, classes);
    }
    // Each class's party as a number, so that the look-back compares numbers, not names.
    let mut numbers: HashMap<&str, usize, crate::extract::phrase::WordHash> = HashMap::default();
    let party_of: Vec<usize> = reps
        .iter()
        .map(|&r| {
            let next = numbers.len();
            *numbers.entry(parties[r]).or_insert(next)
        })
        .collect();
    // The other parties met so far, at most `WINDOW`: a short list.
    let mut met: Vec<usize> = Vec::with_capacity(WINDOW);
    for (k, &b) in reps.iter().enumerate() {
        met.clear();
        let own = party_of[k];
        for back in 0..k {
            if back >= LOOK_BACK || met.len() >= WINDOW && back >= WINDOW {
                break;
            }
            let (a, party) = (reps[k - 1 - back], party_of[k - 1 - back]);
            let new = party != own && !met.contains(&party);
            if back < WINDOW {
                pairs.push((a, b));
                if new {
                    met.push(party);
                }
            } else if new && met.len() < WINDOW {
                met.push(party);
                pairs.push((a, b));
            }
        }
    }
    (pairs, classes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::{Edit, count};

    fn pairs_of(claims: &[Claim]) -> Vec<(usize, usize)> {
        let refs: Vec<&Claim> = claims.iter().collect();
        let when: Vec<Option<Date>> = claims.iter().map(|c| c.as_of).collect();
        let members: Vec<usize> = (0..claims.len()).collect();
        let parties: Vec<&str> = claims
            .iter()
            .map(crate::compare::provenance::party)
            .collect();
        select(&refs, &parties, &when, &members).0
    }

    #[test]
    fn repetition_is_one_class() {
        // Five outlets repeat the State Department, two repeat Zelensky: one pair between the
        // two classes, one repetition pair inside each.
        let mut claims: Vec<Claim> = (0..5)
            .map(|i| count(&format!("s{i}"), 10000).by("State Dept"))
            .collect();
        claims.extend((0..2).map(|i| count(&format!("z{i}"), 11000).by("Zelensky")));
        assert_eq!(pairs_of(&claims), [(0, 1), (5, 6), (0, 5)]);
    }

    #[test]
    fn big_groups_stay_linear_and_meet_other_parties() {
        // 2 000 classes from one party, then one claim from another on the first day.
        let mut claims: Vec<Claim> = (0..2000).map(|i| count("a", 1000 + i).by("A")).collect();
        claims.push(count("b", 5).by("B"));
        let pairs = pairs_of(&claims);
        assert!(pairs.len() <= claims.len() * 2 * WINDOW);
        assert!(pairs.iter().filter(|p| p.1 == 2000).count() >= WINDOW);
    }
}
