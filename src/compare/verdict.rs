//! Verdicts: what two claims about the same thing say to each other, with the reason in words.
//!
//! Matching comes first (see [`super::grouping`]); here both claims are already known to be
//! about the same subject and scope. A verdict then depends on three things, in this order:
//!
//! 1. **stance** — a denial against an assertion from another party is a contradiction; a
//!    non-confirmation or a hedge never is (DOMAIN.md, hard case 5);
//! 2. **values** — counts are intervals: an approximate value allows ±10 %, open bounds stay open,
//!    a vague "plusieurs milliers" is the interval extraction gave it; overlapping intervals agree,
//!    and a vague quantity is an order of magnitude: it never contradicts a figure;
//! 3. **time** — values that do not overlap are a contradiction only for the same reference time
//!    (within [`SAME_TIME_DAYS`]) and from different sources; otherwise the story moved (update),
//!    and a later figure from the same source supersedes the earlier one.

use jiff::civil::Date;
use serde::Serialize;

use super::{describe, provenance};
use crate::claim::{Claim, Quantity, Stance};

/// Two reference dates at most this many days apart are the same time.
pub const SAME_TIME_DAYS: i32 = 3;

/// The verdict on a pair of claims; the order is the order of importance in reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Different sources give values that cannot both be true at the same time, or one party
    /// denies what another asserts.
    Contradiction,
    /// The same subject and scope at different times: the story moved.
    Update,
    /// The same subject with a different scope or place: not comparable.
    DifferentScope,
    /// Neither agreement nor contradiction can be established: one side is hedged, not
    /// confirmed, or undated.
    Unconfirmed,
    /// The values (or stances) agree.
    Agreement,
}

impl Verdict {
    /// The verdict in words, as reports print it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Contradiction => "contradiction",
            Verdict::Update => "update",
            Verdict::DifferentScope => "different scope",
            Verdict::Unconfirmed => "unconfirmed",
            Verdict::Agreement => "agreement",
        }
    }
}

/// A claim as the judge sees it: the claim, the date it refers to, and the date from which its
/// own source gave a different figure, if it did.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// The claim.
    pub claim: &'a Claim,
    /// Its reference time (`as_of`); `None` for projections and unresolved dates.
    pub when: Option<Date>,
    /// The earliest later date at which the same party gave a value that does not overlap.
    pub superseded: Option<Date>,
}

/// A count's value as a closed interval of whole numbers, `high == None` meaning unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    /// Lowest value allowed.
    pub low: u64,
    /// Highest value allowed, `None` when open above.
    pub high: Option<u64>,
}

impl Interval {
    /// The interval a quantity allows: an approximate figure is widened by 10 % each way, a
    /// missing bound stays open.
    pub fn of(q: &Quantity) -> Interval {
        let approx = q.approx || q.bound == crate::claim::Bound::Approx;
        let low = q.low.unwrap_or(0);
        let high = q.high;
        if !approx {
            return Interval { low, high };
        }
        let widen_down = |v: u64| v - v.div_ceil(10);
        let widen_up = |v: u64| v.saturating_add(v.div_ceil(10));
        Interval {
            low: widen_down(low),
            high: high.map(widen_up),
        }
    }

    /// True when the two intervals share at least one value.
    pub fn overlaps(self, other: Interval) -> bool {
        let below = |i: Interval, v: u64| i.high.is_none_or(|h| v <= h);
        below(self, other.low) && below(other, self.low)
    }
}

/// True when two claims' values can both hold (statements always can).
pub fn values_overlap(a: &Claim, b: &Claim) -> bool {
    match (&a.quantity, &b.quantity) {
        (Some(qa), Some(qb)) => Interval::of(qa).overlaps(Interval::of(qb)),
        _ => true,
    }
}

/// One claim in words for a reason: "10 000 (US Department of State, 2024-11-04)".
pub fn side_words(side: &Side) -> String {
    let who = provenance::label(side.claim);
    let value = describe::value(side.claim);
    match side.when {
        Some(d) => format!("{value} ({who}, {d})"),
        None => format!("{value} ({who}, undated)"),
    }
}

/// Judges a pair of claims from one group. `None` when the pair is not a finding: the same
/// figure repeated by the same source in one article.
pub fn judge(a: &Side, b: &Side) -> Option<(Verdict, String)> {
    let (ca, cb) = (a.claim, b.claim);
    let same_party = provenance::party(ca) == provenance::party(cb);
    let overlap = values_overlap(ca, cb);
    if same_party && ca.stance == cb.stance && overlap && ca.doc == cb.doc {
        return None;
    }
    let both = format!("{} vs {}", side_words(a), side_words(b));
    use Stance::*;
    let found = match (ca.stance, cb.stance) {
        (NotConfirmed, NotConfirmed) => (
            Verdict::Unconfirmed,
            format!("{both}: neither party confirms it"),
        ),
        (NotConfirmed, _) | (_, NotConfirmed) => {
            let (nc, other) = if ca.stance == NotConfirmed {
                (ca, cb)
            } else {
                (cb, ca)
            };
            (
                Verdict::Unconfirmed,
                format!(
                    "{both}: {} has not confirmed what {} reports; not a contradiction",
                    provenance::party(nc),
                    provenance::label(other)
                ),
            )
        }
        (Denied, Denied) => (Verdict::Agreement, format!("{both}: both deny it")),
        (Denied, other) | (other, Denied) => {
            let (denial, claim) = if ca.stance == Denied {
                (ca, cb)
            } else {
                (cb, ca)
            };
            let denier = provenance::party(denial);
            if same_party {
                (
                    Verdict::Update,
                    format!("{both}: {denier} changed its position"),
                )
            } else if other == Asserted {
                (
                    Verdict::Contradiction,
                    format!(
                        "{both}: {} asserts it, {denier} denies it",
                        provenance::label(claim)
                    ),
                )
            } else {
                (
                    Verdict::Unconfirmed,
                    format!(
                        "{both}: {denier} denies what {} reports only with reserve",
                        provenance::label(claim)
                    ),
                )
            }
        }
        (Asserted | Hedged, Asserted | Hedged) => judge_values(a, b, &both, same_party, overlap),
    };
    Some(found)
}

/// Two asserted or hedged claims: values first, then time, then source.
fn judge_values(
    a: &Side,
    b: &Side,
    both: &str,
    same_party: bool,
    overlap: bool,
) -> (Verdict, String) {
    let (ca, cb) = (a.claim, b.claim);
    let hedged = [ca, cb].into_iter().find(|c| c.stance == Stance::Hedged);
    if overlap {
        let why = match (ca.quantity.is_some(), same_party, hedged) {
            (false, false, None) => "both state it".to_string(),
            (false, true, None) => "same source repeated, not an independent confirmation".into(),
            (true, false, None) => "values overlap".into(),
            (true, true, None) => {
                "values overlap; same source repeated, not an independent confirmation".into()
            }
            (_, _, Some(h)) => format!(
                "consistent, but {} reports it only with reserve",
                provenance::label(h)
            ),
        };
        return (Verdict::Agreement, format!("{both}: {why}"));
    }
    if same_party {
        return (
            Verdict::Update,
            format!(
                "{both}: the same source gave a different figure; the later one supersedes the earlier"
            ),
        );
    }
    let (Some(ta), Some(tb)) = (a.when, b.when) else {
        return (
            Verdict::Unconfirmed,
            format!(
                "{both}: values differ but a reference date is unknown, so update and contradiction cannot be told apart"
            ),
        );
    };
    let days = (tb - ta).get_days().abs();
    if days > SAME_TIME_DAYS {
        return (
            Verdict::Update,
            format!("{both}: values differ {days} days apart; the story moved"),
        );
    }
    for (old, new) in [(a, b), (b, a)] {
        if let (Some(revised), Some(other)) = (old.superseded, new.when)
            && revised >= other
        {
            return (
                Verdict::Update,
                format!(
                    "{both}: {} later revised its own figure ({revised})",
                    provenance::label(old.claim)
                ),
            );
        }
    }
    let vague = [ca, cb].into_iter().find(|c| {
        c.quantity
            .as_ref()
            .is_some_and(|q| q.bound == crate::claim::Bound::Vague)
    });
    if let Some(v) = vague {
        return (
            Verdict::Unconfirmed,
            format!(
                "{both}: values differ, but \"{}\" is an order of magnitude, too vague to contradict a figure",
                v.quantity.as_ref().map_or("", |q| q.text.as_str())
            ),
        );
    }
    if let Some(h) = hedged {
        return (
            Verdict::Unconfirmed,
            format!(
                "{both}: values differ, but {} reports its figure only with reserve; not a contradiction",
                provenance::label(h)
            ),
        );
    }
    let when = if days == 0 {
        "for the same day".to_string()
    } else {
        format!("within {days} days")
    };
    (
        Verdict::Contradiction,
        format!("{both}: values do not overlap {when}"),
    )
}
