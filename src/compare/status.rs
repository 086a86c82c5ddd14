//! Statuses: how well a group's claim stands, all its independent sources considered. This is
//! the one place where the statuses are defined; reports print [`Status::definition`], which
//! repeats these words.
//!
//! Sources are counted as independent *parties* (see [`super::provenance`]): ten outlets
//! repeating one agency are one source, a spokesperson speaks for their body, and for a denial
//! the party is the one who denies. Each party is sorted by what it does with the claim into
//! [`Parties`], and the status follows from those lists alone, the first rule that holds:
//!
//! 1. **contested**: two or more independent sources state figures that cannot both be true at
//!    the same time.
//! 2. **denied**: a party denies it, whoever else states it.
//! 3. **hedged only**: no source states it as fact; it is only reported with reserve or not
//!    confirmed.
//! 4. **corroborated**: two or more independent sources state it as fact and agree.
//!    Agreeing means giving figures that overlap, a vague quantity ("several thousand")
//!    confirming no figure.
//! 5. **single source**: no second independent source confirms it, however many reports repeat
//!    it.
//!
//! A report that shows a count beside a status takes it from the same [`Parties`]: the sources
//! that disagree for *contested*, the deniers and the sources that state it for *denied*, the
//! sources that agree for *corroborated*, the sources that state it for *single source* (one,
//! or several that each give a figure nobody confirms), the hedging and non-confirming parties
//! for *hedged only*. [`super::Group::independent_sources`] is the number of sources that state
//! it as fact.

use std::collections::BTreeSet;

use serde::Serialize;

use super::Verdict;
use crate::claim::{Bound, Claim, Stance};

/// How well a group's claim stands, all sources considered (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Two or more independent sources state figures that cannot both be true at the same time.
    Contested,
    /// A party denies it, whoever else states it.
    Denied,
    /// No second independent source confirms it, however many reports repeat it.
    SingleSource,
    /// No source states it as fact; it is only reported with reserve or not confirmed.
    HedgedOnly,
    /// Two or more independent sources state it as fact and agree.
    Corroborated,
}

impl Status {
    /// Every status, in the order reports list them.
    pub const ALL: [Status; 5] = [
        Status::Contested,
        Status::Denied,
        Status::Corroborated,
        Status::SingleSource,
        Status::HedgedOnly,
    ];

    /// The status in words, as reports print it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Contested => "contested",
            Status::Denied => "denied",
            Status::SingleSource => "single source",
            Status::HedgedOnly => "hedged only",
            Status::Corroborated => "corroborated",
        }
    }

    /// What the status means, in the words of the module documentation.
    pub fn definition(self) -> &'static str {
        match self {
            Status::Contested => {
                "two or more independent sources state figures that cannot both be true at the \
                 same time"
            }
            Status::Denied => "a party denies it, whoever else states it",
            Status::HedgedOnly => {
                "no source states it as fact; it is only reported with reserve or not confirmed"
            }
            Status::Corroborated => "two or more independent sources state it as fact and agree",
            Status::SingleSource => {
                "no second independent source confirms it, however many reports repeat it"
            }
        }
    }
}

/// The independent sources of a group, by what they do with its claim. Each list is sorted and
/// holds a party at most once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Parties {
    /// Parties that state it as fact (asserted).
    pub asserting: Vec<String>,
    /// Of those, the ones whose figure (or statement) another asserting party shares; a vague
    /// quantity ("several thousand") is compatible with a figure but confirms none.
    pub agreeing: Vec<String>,
    /// Of those, the ones whose figure another asserting party contradicts at the same time.
    pub disputing: Vec<String>,
    /// Parties that report it only with reserve and never state it as fact.
    pub hedging: Vec<String>,
    /// Parties that deny it.
    pub denying: Vec<String>,
    /// Parties that say they have not confirmed it, and neither state nor deny it.
    pub not_confirming: Vec<String>,
}

/// A claim with the party that takes its stance ([`super::provenance::party`]), read once.
pub type Said<'a> = (&'a Claim, &'a str);

impl Parties {
    /// Sorts the parties of `claims` (one group) by stance; `judged` are the group's judged
    /// pairs, which say who agrees with and who contradicts whom.
    pub fn of<'a>(
        claims: &[Said<'a>],
        judged: impl IntoIterator<Item = (Said<'a>, Said<'a>, Verdict)>,
    ) -> Parties {
        let with = |stance: Stance| -> BTreeSet<&str> {
            claims
                .iter()
                .filter(|(c, _)| c.stance == stance)
                .map(|&(_, party)| party)
                .collect()
        };
        // A joint denial ("ni le Kremlin ni Pyongyang") is one denial by each of its parties.
        let each = |stance: Stance| -> BTreeSet<&str> {
            claims
                .iter()
                .filter(|(c, _)| c.stance == stance)
                .flat_map(|&(c, party)| {
                    if c.stance_parties.is_empty() {
                        vec![party]
                    } else {
                        c.stance_parties.iter().map(String::as_str).collect()
                    }
                })
                .collect()
        };
        let asserting = with(Stance::Asserted);
        let denying = each(Stance::Denied);
        let hedging: BTreeSet<&str> = with(Stance::Hedged)
            .difference(&asserting)
            .copied()
            .collect();
        let not_confirming: BTreeSet<&str> = each(Stance::NotConfirmed)
            .into_iter()
            .filter(|p| !asserting.contains(p) && !denying.contains(p))
            .collect();
        let mut agreeing = BTreeSet::new();
        let mut disputing = BTreeSet::new();
        let vague = |c: &Claim| c.quantity.as_ref().is_some_and(|q| q.bound == Bound::Vague);
        for ((a, pa), (b, pb), verdict) in judged {
            if a.stance != Stance::Asserted || b.stance != Stance::Asserted {
                continue;
            }
            // "Several thousand" is compatible with 3 000 but does not confirm it.
            if verdict == Verdict::Agreement && (vague(a) || vague(b)) {
                continue;
            }
            if pa == pb {
                continue;
            }
            match verdict {
                Verdict::Agreement => agreeing.extend([pa, pb]),
                Verdict::Contradiction => disputing.extend([pa, pb]),
                _ => {}
            }
        }
        let owned = |set: BTreeSet<&str>| set.into_iter().map(String::from).collect();
        Parties {
            asserting: owned(asserting),
            agreeing: owned(agreeing),
            disputing: owned(disputing),
            hedging: owned(hedging),
            denying: owned(denying),
            not_confirming: owned(not_confirming),
        }
    }

    /// The status these parties give the claim: the first rule of the module documentation
    /// that holds.
    pub fn status(&self) -> Status {
        if self.disputing.len() >= 2 {
            Status::Contested
        } else if !self.denying.is_empty() {
            Status::Denied
        } else if self.asserting.is_empty() {
            Status::HedgedOnly
        } else if self.agreeing.len() >= 2 {
            Status::Corroborated
        } else {
            Status::SingleSource
        }
    }

    /// The parties a status rests on, the ones a report counts beside it: the disputing ones
    /// for contested, the agreeing ones for corroborated, the hedging and non-confirming ones
    /// for hedged only, the deniers for denied, the asserting ones for single source.
    pub fn behind(&self, status: Status) -> Vec<&str> {
        let list: Vec<&String> = match status {
            Status::Contested => self.disputing.iter().collect(),
            Status::Corroborated => self.agreeing.iter().collect(),
            Status::Denied => self.denying.iter().collect(),
            Status::SingleSource => self.asserting.iter().collect(),
            Status::HedgedOnly => self.hedging.iter().chain(&self.not_confirming).collect(),
        };
        list.into_iter().map(String::as_str).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The module documentation, as one line of words.
    fn module_doc() -> String {
        include_str!("status.rs")
            .lines()
            .filter_map(|l| l.strip_prefix("//!"))
            .collect::<Vec<_>>()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn definitions_are_the_module_documentation() {
        let doc = module_doc();
        for status in Status::ALL {
            let line = format!("**{}**: {}.", status.as_str(), status.definition());
            assert!(doc.contains(&line), "{line}");
        }
    }

    #[test]
    fn one_party_is_one_source_however_often_repeated() {
        use crate::compare::testkit::{Edit, count};
        let claims = [
            count("a", 1500).by("NIS"),
            count("b", 1500).by("NIS"),
            count("c", 1500).by("Pentagon").hedged(),
        ];
        let said: Vec<Said> = claims
            .iter()
            .map(|c| (c, crate::compare::provenance::party(c)))
            .collect();
        let parties = Parties::of(
            &said,
            [
                (said[0], said[1], Verdict::Agreement),
                (said[0], said[2], Verdict::Agreement),
            ],
        );
        assert_eq!(parties.asserting, ["NIS"]);
        assert!(parties.agreeing.is_empty());
        assert_eq!(parties.hedging, ["Pentagon"]);
        assert_eq!(parties.status(), Status::SingleSource);
        assert_eq!(parties.behind(Status::SingleSource), ["NIS"]);
    }
}
