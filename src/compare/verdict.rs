//! Verdicts: what two claims about the same thing say to each other, with the reason in words.
//!
//! Matching comes first (see [`super::grouping`]); here both claims are already known to be
//! about the same subject and scope. A verdict then depends on three things, in this order:
//!
//! 1. **stance** — a denial against an assertion of the figure it denies, from another party,
//!    is a contradiction; a non-confirmation or a hedge never is (DOMAIN.md, hard case 5);
//! 2. **values** — counts are intervals ([`Interval::of`]): an approximate value allows ±10 %,
//!    "more than X" allows up to 1.5 X and "up to X" down to X/2 (strict with `--strict-bounds`),
//!    a vague "plusieurs milliers" is the interval extraction gave it; overlapping intervals agree,
//!    and a vague quantity is an order of magnitude: it never contradicts a figure;
//! 3. **time** — values that do not overlap are a contradiction only for the same reference time
//!    and from different sources: the same day, or the next day when the later figure is the
//!    smaller (a toll that rose overnight is the story moving, one that fell is a dispute).
//!    Further apart, the story moved (update), and a later figure from the same source
//!    supersedes the earlier one, the same day included (a running toll's bulletins). An
//!    undated claim agrees or differs by what it says; differing, it is read as an update,
//!    since nothing places it beside the other — except for a count of one occasion (a march's
//!    crowd, a ship's passengers), which no day makes larger: figures that differ dispute it,
//!    dated or not, a day apart or the same day. An outlet's own running toll, given without a
//!    source, is a stage of the toll it relays: differing, it is an update, not a dispute; so
//!    is a toll's lower bound ("at least 60") that another figure passes (133): an early,
//!    partial count, both true.

use jiff::civil::Date;
use serde::Serialize;

use super::{describe, provenance};
use crate::claim::{Claim, Quantity, Stance};

/// Two reference dates at most this many days apart are the same time: figures from different
/// sources that do not overlap contradict each other (a figure that rose on a later day
/// excepted, see [`judge`]).
pub const SAME_TIME_DAYS: i32 = 2;

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
    /// The party that takes its stance ([`provenance::party`]).
    pub party: &'a str,
    /// True when the claim is its outlet's own figure, given without a source.
    pub unattributed: bool,
    /// Its reference time (`as_of`); `None` for projections and unresolved dates.
    pub when: Option<Date>,
    /// The earliest later date at which the same party gave a value that does not overlap.
    pub superseded: Option<Date>,
}

/// A count's value as a closed interval of whole numbers, `high == None` meaning unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    /// Lowest value allowed.
    pub low: u64,
    /// Highest value allowed, `None` when open above.
    pub high: Option<u64>,
}

/// How open bounds are read, for the whole run (see [`Interval::of`]): as news means them
/// (the default) or strictly, as pure half-lines. Set once by [`set_strict_bounds`].
static STRICT_BOUNDS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// A lower bound "more than X" is read as at most this many times X (news rounds down to a
/// figure it can defend: "more than 2 000" is not 9 000).
pub const AT_LEAST_SPAN: (u64, u64) = (3, 2);
/// An upper bound "up to X" is read as at least X divided by this.
pub const AT_MOST_DIVISOR: u64 = 2;
/// An approximate figure ("about 1 500") allows this share of its value each way, in percent.
pub const APPROX_PERCENT: u64 = 10;

/// Reads open bounds strictly (`true`: "more than X" allows any value above X) or as news means
/// them (`false`, the default). The `--strict-bounds` flag sets it.
pub fn set_strict_bounds(strict: bool) {
    STRICT_BOUNDS.store(strict, std::sync::atomic::Ordering::Relaxed);
}

impl Interval {
    /// The interval a quantity allows. This is the one place where bounds are read:
    /// - an approximate figure is widened by [`APPROX_PERCENT`] each way;
    /// - "more than X" allows X to 1.5 X ([`AT_LEAST_SPAN`]), "up to X" allows X/2 to X
    ///   ([`AT_MOST_DIVISOR`]): a reporter who writes "more than 2 000" does not mean 9 000;
    /// - with [`set_strict_bounds`], open bounds stay open.
    pub fn of(q: &Quantity) -> Interval {
        use crate::claim::Bound;
        let approx = q.approx || q.bound == Bound::Approx;
        let mut low = q.low.unwrap_or(0);
        let mut high = q.high;
        if !STRICT_BOUNDS.load(std::sync::atomic::Ordering::Relaxed) {
            match q.bound {
                Bound::AtLeast if high.is_none() && low > 0 => {
                    let (num, den) = AT_LEAST_SPAN;
                    high = Some((low.saturating_mul(num)).div_ceil(den));
                }
                Bound::AtMost if q.low.is_none() => {
                    if let Some(h) = high {
                        low = h / AT_MOST_DIVISOR;
                    }
                }
                _ => {}
            }
        }
        if !approx {
            return Interval { low, high };
        }
        let margin = |v: u64| (v.saturating_mul(APPROX_PERCENT)).div_ceil(100);
        Interval {
            low: low - margin(low),
            high: high.map(|v| v.saturating_add(margin(v))),
        }
    }

    /// The values both intervals allow (call only when they overlap).
    pub fn intersection(self, other: Interval) -> Interval {
        let high = match (self.high, other.high) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Interval {
            low: self.low.max(other.low),
            high,
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

/// One claim in words for a reason: "10 000 (US Department of State, 4 Nov 2024)".
pub fn side_words(side: &Side) -> String {
    let who = provenance::label(side.claim);
    let value = describe::value(side.claim);
    match side.when {
        Some(d) => format!("{value} ({who}, {})", describe::day(d, true)),
        None => format!("{value} ({who}, undated)"),
    }
}

/// Why a pair got its verdict; [`reason`] turns it into words. Kept apart from the words so that
/// big groups can classify many pairs and spell out only those they keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Both parties say they have not confirmed it.
    NeitherConfirms,
    /// One party has not confirmed what the other reports (`first`: the first claim's party).
    NotConfirmed {
        /// True when the first claim is the non-confirmation.
        first: bool,
    },
    /// Two parties deny it.
    BothDeny,
    /// One party asserted, then denied (or the reverse).
    ChangedPosition,
    /// One party asserts, another denies.
    AssertedDenied {
        /// True when the first claim is the denial.
        first: bool,
    },
    /// One party denies a figure, another asserts a figure the denial does not cover.
    DeniedOther {
        /// True when the first claim is the denial.
        first: bool,
    },
    /// One party denies what another reports with reserve: a dispute, the report being
    /// hedged.
    DeniedHedged {
        /// True when the first claim is the denial.
        first: bool,
    },
    /// Values (or statements) agree.
    Agree {
        /// Both come from the same party: a repetition.
        same_party: bool,
        /// `Some(true)` when the first claim is hedged, `Some(false)` the second.
        hedged: Option<bool>,
    },
    /// The same party gave another figure, higher (`down`: lower) than before.
    Revised {
        /// True when the later figure is the lower one: a revision down.
        down: bool,
    },
    /// Different sources one or two days apart, the later figure the higher: a running figure
    /// rose.
    Rose(i32),
    /// Different sources one or two days apart, the later figure the lower, of people who
    /// leave the count as days pass (patients discharged, the missing found): it fell.
    Fell(i32),
    /// Values differ and one side has no reference date.
    Undated,
    /// Values differ this many days apart.
    Apart(i32),
    /// One side's own source later replaced its figure, at this date.
    Superseded {
        /// True when the first claim is the superseded one.
        first: bool,
        /// When.
        at: Date,
    },
    /// One side is a vague quantity.
    TooVague {
        /// True when the first claim is the vague one.
        first: bool,
    },
    /// Values differ but one side is hedged.
    HedgedDiffer {
        /// True when the first claim is hedged.
        first: bool,
    },
    /// Values do not overlap this many days apart (at most [`SAME_TIME_DAYS`]).
    Conflict(i32),
    /// Values of a count of one occasion do not overlap, one side undated.
    OneOccasion,
    /// Values at the same time, one this many times the other (at least [`FAR_APART`]): likely
    /// another place or a part.
    FarApart(u32),
    /// A running toll at the same time, one side a lower bound the other's value passes: an
    /// early, partial count and a fuller one.
    PastBound {
        /// True when the first claim is the lower bound.
        first: bool,
    },
    /// A running toll at the same time, one side the outlet's own figure without a source: a
    /// stage of the toll it relays, not a party disputing the other.
    Unattributed {
        /// True when the first claim is the unattributed one.
        first: bool,
    },
}

impl Why {
    /// The same reason for the pair taken the other way round: each "first" names the other
    /// claim.
    pub fn swapped(self) -> Why {
        match self {
            Why::NotConfirmed { first } => Why::NotConfirmed { first: !first },
            Why::AssertedDenied { first } => Why::AssertedDenied { first: !first },
            Why::DeniedOther { first } => Why::DeniedOther { first: !first },
            Why::DeniedHedged { first } => Why::DeniedHedged { first: !first },
            Why::Agree { same_party, hedged } => Why::Agree {
                same_party,
                hedged: hedged.map(|first| !first),
            },
            Why::Superseded { first, at } => Why::Superseded { first: !first, at },
            Why::TooVague { first } => Why::TooVague { first: !first },
            Why::HedgedDiffer { first } => Why::HedgedDiffer { first: !first },
            Why::PastBound { first } => Why::PastBound { first: !first },
            Why::Unattributed { first } => Why::Unattributed { first: !first },
            other => other,
        }
    }
}

/// Judges a pair of claims from one group (`a` the earlier). `None` when the pair is not a
/// finding: the same figure repeated by the same source in one article.
pub fn judge(a: &Side, b: &Side) -> Option<(Verdict, Why)> {
    let (ca, cb) = (a.claim, b.claim);
    let same_party = a.party == b.party;
    let overlap = values_overlap(ca, cb);
    if same_party && ca.stance == cb.stance && overlap && ca.doc == cb.doc {
        return None;
    }
    use Stance::*;
    let found = match (ca.stance, cb.stance) {
        (NotConfirmed, NotConfirmed) => (Verdict::Unconfirmed, Why::NeitherConfirms),
        (NotConfirmed, _) | (_, NotConfirmed) => (
            Verdict::Unconfirmed,
            Why::NotConfirmed {
                first: ca.stance == NotConfirmed,
            },
        ),
        (Denied, Denied) => (Verdict::Agreement, Why::BothDeny),
        (Denied, other) | (other, Denied) => {
            let first = ca.stance == Denied;
            if same_party {
                (Verdict::Update, Why::ChangedPosition)
            } else if !overlap {
                // A denial of one figure says nothing of another: "no 66 dead" is not "201 dead".
                (Verdict::Unconfirmed, Why::DeniedOther { first })
            } else if other == Asserted {
                (Verdict::Contradiction, Why::AssertedDenied { first })
            } else {
                // What one reports with reserve and another denies is in dispute all the same.
                (Verdict::Contradiction, Why::DeniedHedged { first })
            }
        }
        (Asserted | Hedged, Asserted | Hedged) => judge_values(a, b, same_party, overlap),
    };
    Some(found)
}

/// Two asserted or hedged claims: values first, then source, then time.
fn judge_values(a: &Side, b: &Side, same_party: bool, overlap: bool) -> (Verdict, Why) {
    let (ca, cb) = (a.claim, b.claim);
    let hedged = match (ca.stance, cb.stance) {
        (Stance::Hedged, _) => Some(true),
        (_, Stance::Hedged) => Some(false),
        _ => None,
    };
    if overlap {
        return (Verdict::Agreement, Why::Agree { same_party, hedged });
    }
    let rose = rise(a, b);
    if same_party {
        // One party's figures, one of them undated: nothing says which came first, so neither
        // revises the other up or down.
        if a.when.is_none() || b.when.is_none() {
            return (Verdict::Update, Why::Undated);
        }
        return (Verdict::Update, Why::Revised { down: !rose });
    }
    // A count of one occasion (a march's crowd, a ship's passengers) does not grow with the
    // days: figures that differ dispute it, whenever they were given.
    let one_occasion = is_one_occasion(ca) && is_one_occasion(cb);
    // An undated side (its article gives no date) cannot be placed in the story's time: values
    // that differ are read as the story moving, never as a contradiction.
    let days = match (a.when, b.when) {
        (Some(ta), Some(tb)) => Some((tb - ta).get_days().abs()),
        _ if one_occasion => None,
        _ => return (Verdict::Update, Why::Undated),
    };
    if let Some(days) = days {
        if days > SAME_TIME_DAYS {
            return (Verdict::Update, Why::Apart(days));
        }
        if days > 0 && rose && !one_occasion {
            return (Verdict::Update, Why::Rose(days));
        }
        if days > 0 && !rose && is_stock(ca) && is_stock(cb) {
            return (Verdict::Update, Why::Fell(days));
        }
    }
    for (first, old, new) in [(true, a, b), (false, b, a)] {
        // Revised at or soon after the other side's date: the two figures were never both
        // current. A figure for a later day (the next protest) revises nothing.
        // A crowd or a ship's passengers is counted once: a revision does not make the first
        // figure a lagging one.
        if let (Some(at), Some(other)) = (old.superseded, new.when)
            && !one_occasion
            && at >= other
            && (at - other).get_days() <= SAME_TIME_DAYS
        {
            return (Verdict::Update, Why::Superseded { first, at });
        }
    }
    let is_vague = |c: &Claim| {
        c.quantity
            .as_ref()
            .is_some_and(|q| q.bound == crate::claim::Bound::Vague)
    };
    if is_vague(ca) || is_vague(cb) {
        return (
            Verdict::Unconfirmed,
            Why::TooVague {
                first: is_vague(ca),
            },
        );
    }
    if let Some(first) = hedged {
        return (Verdict::Unconfirmed, Why::HedgedDiffer { first });
    }
    if let Some(times) = far_apart(ca, cb) {
        return (Verdict::DifferentScope, Why::FarApart(times));
    }
    if is_running_toll(ca)
        && let Some(first) = passed_bound(ca, cb)
    {
        return (Verdict::Update, Why::PastBound { first });
    }
    if (a.unattributed || b.unattributed) && is_running_toll(ca) {
        return (
            Verdict::Update,
            Why::Unattributed {
                first: a.unattributed,
            },
        );
    }
    match days {
        Some(days) => (Verdict::Contradiction, Why::Conflict(days)),
        None => (Verdict::Contradiction, Why::OneOccasion),
    }
}

/// True when a claim counts something of one occasion, which no later figure makes larger:
/// a march's crowd, the people a ship or a train carried.
fn is_one_occasion(c: &Claim) -> bool {
    c.counted
        .as_ref()
        .is_some_and(|k| crate::extract::concept::is_one_occasion(&k.concept))
}

/// `Some(first)` when one claim is a lower bound ("at least 60") that the other's value passes
/// (133): both can be true, and of a running toll the bound is an early, partial count that the
/// higher figure completes (`first`: the first claim is the bound).
fn passed_bound(a: &Claim, b: &Claim) -> Option<bool> {
    let bound = |c: &Claim| {
        c.quantity
            .as_ref()
            .filter(|q| q.bound == crate::claim::Bound::AtLeast)
            .and_then(|q| q.low)
    };
    let lowest = |c: &Claim| c.quantity.as_ref().map(|q| Interval::of(q).low);
    [(true, a, b), (false, b, a)]
        .into_iter()
        .find(|(_, at_least, other)| {
            bound(at_least).is_some_and(|x| lowest(other).is_some_and(|y| y > x))
        })
        .map(|(first, _, _)| first)
}

/// True when a claim counts people who leave the count as days pass (patients, the missing).
fn is_stock(c: &Claim) -> bool {
    c.counted
        .as_ref()
        .is_some_and(|k| crate::extract::concept::is_stock(&k.concept))
}

/// True when a claim counts a toll that authorities revise as it runs (deaths, missing…).
fn is_running_toll(c: &Claim) -> bool {
    c.counted
        .as_ref()
        .is_some_and(|k| crate::extract::concept::is_running_toll(&k.concept))
}

/// Figures given at the same time that differ by at least this factor are read as measuring
/// different things (a town's toll and the country's, a part and the whole: "98 dead in the
/// district" and "141 across Germany" are close, "27" and "2 000" are not): sources that really
/// dispute a count stay within a few times each other (police and organisers, a government and
/// a rights group). Such a pair is a likely difference of scope, never a contradiction.
pub const FAR_APART: f64 = 10.0;

/// How many times the larger figure of two is the smaller, when at least [`FAR_APART`].
fn far_apart(a: &Claim, b: &Claim) -> Option<u32> {
    let middle = |c: &Claim| {
        let v = Interval::of(c.quantity.as_ref()?);
        let m = v.high.map_or(v.low, |h| v.low / 2 + h / 2) as f64;
        (m > 0.0).then_some(m)
    };
    let (x, y) = (middle(a)?, middle(b)?);
    let times = x.max(y) / x.min(y);
    // `as` saturates: a ratio too large for a u32 is as far apart as can be.
    (times >= FAR_APART).then_some(times as u32)
}

/// True when the later of two claims (`b`, unless `a` is dated later) gives the higher value.
fn rise(a: &Side, b: &Side) -> bool {
    let middle = |s: &Side| {
        s.claim.quantity.as_ref().map(|q| {
            let v = Interval::of(q);
            v.high.map_or(v.low, |h| v.low / 2 + h / 2)
        })
    };
    let (early, late) = match (a.when, b.when) {
        (Some(x), Some(y)) if y < x => (b, a),
        _ => (a, b),
    };
    middle(late) > middle(early)
}

/// The reason in words: both claims, then why ("10 000 (US Department of State, 4 Nov 2024) vs
/// 11 000 (Volodymyr Zelensky, 4 Nov 2024): values do not overlap for the same day").
pub fn reason(a: &Side, b: &Side, why: Why) -> String {
    reason_between(&side_words(a), &side_words(b), a, b, why)
}

/// [`reason`], with each claim's [`side_words`] given: a claim is in many pairs, and its
/// words are written once for all of them.
pub fn reason_between(a_words: &str, b_words: &str, a: &Side, b: &Side, why: Why) -> String {
    let pick = |first: bool| if first { a.claim } else { b.claim };
    let other = |first: bool| pick(!first);
    let party = |c: &Claim| provenance::party(c).to_string();
    let label = provenance::label;
    let text = |c: &Claim| {
        c.quantity
            .as_ref()
            .map_or(String::new(), |q| q.text.clone())
    };
    let because = match why {
        Why::NeitherConfirms => "neither party confirms it".to_string(),
        Why::NotConfirmed { first } if other(first).stance == Stance::Denied => format!(
            "{} has not confirmed it and {} denies it; neither asserts it",
            party(pick(first)),
            party(other(first))
        ),
        Why::NotConfirmed { first } => format!(
            "{} has not confirmed what {} reports; not a contradiction",
            party(pick(first)),
            label(other(first))
        ),
        Why::BothDeny => "both deny it".into(),
        Why::ChangedPosition => format!("{} changed its position", party(a.claim)),
        Why::AssertedDenied { first } => format!(
            "{} asserts it, {} denies it",
            label(other(first)),
            party(pick(first))
        ),
        Why::DeniedOther { first } => format!(
            "{} denies another figure than the one {} gives; neither confirms the other",
            party(pick(first)),
            label(other(first))
        ),
        Why::DeniedHedged { first } => format!(
            "{} denies what {} reports with reserve",
            party(pick(first)),
            label(other(first))
        ),
        Why::Agree { same_party, hedged } => {
            let mut why = if a.claim.quantity.is_some() {
                "values overlap".to_string()
            } else {
                "both state it".to_string()
            };
            if same_party {
                why.push_str("; same source repeated, not an independent confirmation");
            }
            if let Some(first) = hedged {
                why.push_str(&format!(
                    "; {} reports it only with reserve",
                    label(pick(first))
                ));
            }
            why
        }
        Why::Revised { down: false } => {
            "the same source gave a higher figure; the later one supersedes the earlier".into()
        }
        Why::Revised { down: true } => {
            "revised down: the same source gave a lower figure, which supersedes the earlier".into()
        }
        Why::Rose(1) => "a day later, another source gives a higher figure; the count rose".into(),
        Why::Rose(days) => {
            format!("{days} days later, another source gives a higher figure; the count rose")
        }
        Why::Fell(1) => "a day later, another source gives a lower figure; the count fell as \
                         people left it"
            .into(),
        Why::Fell(days) => format!(
            "{days} days later, another source gives a lower figure; the count fell as people \
             left it"
        ),
        Why::Undated => "values differ and one has no date: read as the story moving, not as a \
                         contradiction"
            .into(),
        Why::Apart(days) => format!("values differ {days} days apart; the story moved"),
        Why::Superseded { first, at } => {
            format!(
                "{} later revised its own figure ({})",
                label(pick(first)),
                describe::day(at, true)
            )
        }
        Why::TooVague { first } => format!(
            "values differ, but \"{}\" is an order of magnitude, too vague to contradict a figure",
            text(pick(first))
        ),
        Why::HedgedDiffer { first } => format!(
            "values differ, but {} reports its figure only with reserve; not a contradiction",
            label(pick(first))
        ),
        Why::FarApart(times) => format!(
            "values {times} times apart at the same time: likely another place or a part, not \
             a dispute"
        ),
        Why::PastBound { first } => format!(
            "{} is a lower bound the other figure passes: an early, partial count of a running \
             toll, not a dispute",
            text(pick(first))
        ),
        Why::Unattributed { first } => format!(
            "values differ, but {} gives its figure without a source: a stage of the running \
             toll, not a dispute",
            label(pick(first))
        ),
        Why::OneOccasion => "values do not overlap for one occasion, counted once whatever the \
                             date"
            .into(),
        Why::Conflict(0) => "values do not overlap for the same day".into(),
        Why::Conflict(days) => format!("values do not overlap within {days} days"),
    };
    let mut reason = String::with_capacity(a_words.len() + b_words.len() + because.len() + 6);
    for part in [a_words, " vs ", b_words, ": ", &because] {
        reason.push_str(part);
    }
    reason
}
