//! Words for values, dates and subjects, shared by the verdicts' reasons and the reports, so
//! that a figure reads the same everywhere ("≈3 000", "≥2 000", "several thousand (2 000–9 999)",
//! "18 Oct").

use jiff::civil::Date;

use crate::claim::{Bound, Claim, Quantity, Scope, Stance};

/// A whole number with its thousands grouped by spaces: 12000 → "12 000".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(ch);
    }
    out
}

/// A count's value, the same in every report: "1 500", "≈3 000" (approximate), "≥2 000" (at
/// least), "≤1 000" (at most), "10 000–12 000" (a range), and a vague quantity as words with
/// its interval: "several thousand (2 000–9 999)".
pub fn quantity(q: &Quantity) -> String {
    if q.bound == Bound::Vague {
        let interval = match (q.low, q.high) {
            (Some(l), Some(h)) => format!("{}–{}", thousands(l), thousands(h)),
            (Some(l), None) => format!("≥{}", thousands(l)),
            (None, Some(h)) => format!("≤{}", thousands(h)),
            (None, None) => return q.text.clone(),
        };
        let words = q.low.zip(q.high).and_then(|(l, h)| vague_words(l, h));
        return format!("{} ({interval})", words.unwrap_or("vague"));
    }
    let about = if q.approx || q.bound == Bound::Approx {
        "≈"
    } else {
        ""
    };
    match (q.low, q.high) {
        (Some(l), Some(h)) if l == h => format!("{about}{}", thousands(l)),
        (Some(l), Some(h)) => format!("{about}{}–{}", thousands(l), thousands(h)),
        (Some(l), None) => format!("≥{}", thousands(l)),
        (None, Some(h)) => format!("≤{}", thousands(h)),
        (None, None) => q.text.clone(),
    }
}

/// A vague interval in words, when it is the one extraction gives a plural of a power of ten:
/// 2 000–9 999 is "several thousand", 20 000–99 999 "tens of thousands".
fn vague_words(low: u64, high: u64) -> Option<&'static str> {
    const WORDS: [(u64, &str); 6] = [
        (10, "dozens"),
        (100, "several hundred"),
        (1_000, "several thousand"),
        (10_000, "tens of thousands"),
        (100_000, "hundreds of thousands"),
        (1_000_000, "several million"),
    ];
    WORDS
        .iter()
        .find(|&&(unit, _)| low == 2 * unit && high == 10 * unit - 1)
        .map(|&(_, words)| words)
}

/// A claim's value in words: the quantity of a count, the stance of a statement.
pub fn value(claim: &Claim) -> String {
    match &claim.quantity {
        Some(q) => quantity(q),
        None => stance_verb(claim.stance).to_string(),
    }
}

/// What a stance means, as a verb phrase: "asserted", "hedged", "denied", "not confirmed".
pub fn stance_verb(stance: Stance) -> &'static str {
    match stance {
        Stance::Asserted => "asserted",
        Stance::Hedged => "hedged",
        Stance::Denied => "denied",
        Stance::NotConfirmed => "not confirmed",
    }
}

/// A scope in words: "so far", "planned total".
pub fn scope(scope: Scope) -> &'static str {
    match scope {
        Scope::PlannedTotal => "planned total",
        Scope::SoFar => "so far",
        Scope::Part => "part of a count",
    }
}

/// A day, short: "18 Oct" (with the year when `with_year`).
pub fn day(date: Date, with_year: bool) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS[usize::from(date.month().unsigned_abs()) - 1];
    if with_year {
        format!("{} {month} {}", date.day(), date.year())
    } else {
        format!("{} {month}", date.day())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_the_same_everywhere() {
        let q = |low, high, approx, bound| Quantity {
            low,
            high,
            approx,
            bound,
            text: "x".into(),
        };
        let rows = [
            (q(Some(1500), Some(1500), false, Bound::Exact), "1 500"),
            (q(Some(3000), Some(3000), true, Bound::Approx), "≈3 000"),
            (q(Some(2000), None, false, Bound::AtLeast), "≥2 000"),
            (q(None, Some(1000), false, Bound::AtMost), "≤1 000"),
            (
                q(Some(2000), Some(9999), true, Bound::Vague),
                "several thousand (2 000–9 999)",
            ),
            (
                q(Some(20000), Some(99999), true, Bound::Vague),
                "tens of thousands (20 000–99 999)",
            ),
            (q(Some(24), Some(119), true, Bound::Vague), "vague (24–119)"),
            (q(Some(2000), None, true, Bound::Vague), "vague (≥2 000)"),
            (
                q(Some(10000), Some(12000), true, Bound::Range),
                "≈10 000–12 000",
            ),
            (
                q(Some(10000), Some(12000), false, Bound::Range),
                "10 000–12 000",
            ),
            (q(Some(12), Some(12), false, Bound::Exact), "12"),
            (
                q(Some(1_500_000), Some(1_500_000), false, Bound::Exact),
                "1 500 000",
            ),
        ];
        for (quantity_, expected) in rows {
            assert_eq!(quantity(&quantity_), expected);
        }
    }

    #[test]
    fn days_are_short() {
        let d = jiff::civil::date(2024, 11, 4);
        assert_eq!(day(d, false), "4 Nov");
        assert_eq!(day(d, true), "4 Nov 2024");
    }
}
