//! Bounds and ranges: "environ", "près de", "plus de", "jusqu'à", "at least", "up to" before a
//! figure, "environ", "or so", "or more" after it; ranges "10 000 à 12 000", "entre … et …",
//! "de … à …", "between … and …", "10,000-12,000". A bound is kept as an interval and its kind,
//! never collapsed to a number.

use super::{Figure, NumberWords};
use crate::claim::Bound;
use crate::extract::phrase;
use crate::token::Token;

/// Joins figures into ranges and applies the bound cues around them. `figures` are sorted.
pub(super) fn resolve(tokens: &[Token], words: &NumberWords, figures: Vec<Figure>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(figures.len());
    let mut i = 0;
    while i < figures.len() {
        let mut figure = figures[i].clone();
        i += 1;
        if !figure.count {
            out.push(figure);
            continue;
        }
        if let Some(next) = figures.get(i)
            && let Some(range) = range(tokens, words, &figure, next)
        {
            figure = range;
            i += 1;
        }
        apply_cues(tokens, words, &mut figure);
        out.push(figure);
    }
    out
}

/// How many words may stand between a verb of change and the "de … à" it governs ("relevé son
/// bilan de 30 à 43").
const CHANGE_REACH: usize = 3;

/// The range that `a` and `b` form, if the words between them link them as one.
fn range(tokens: &[Token], words: &NumberWords, a: &Figure, b: &Figure) -> Option<Figure> {
    if !b.count || a.bound != b.bound || a.bound == Bound::Vague {
        return None;
    }
    // "tra i 60 e gli 80", "entre los 60 y los 80": an article may follow the opener and the
    // link.
    let article = |k: usize| phrase::listed(words.definite, &tokens[k].folded);
    let opener = phrase::before(words.range_openers, tokens, a.start).or_else(|| {
        let k = a.start.checked_sub(1).filter(|&k| article(k))?;
        phrase::before(words.range_openers, tokens, k).map(|(n, link)| (n + 1, link))
    });
    let b_start = match b.start.checked_sub(1) {
        Some(k) if opener.is_some() && k > a.end && article(k) => k,
        _ => b.start,
    };
    let link_len = match opener {
        Some((_, link)) if link_word(tokens, a.end, b_start) == Some(link) => b_start - a.end,
        _ => {
            let link = link_word(tokens, a.end, b.start)?;
            words.range_links.binary_search(&link).ok()?;
            b.start - a.end
        }
    };
    if link_len != 1 {
        return None;
    }
    // "passé de 1 500 à 3 000", "a relevé son bilan de 30 à 43", "subió el sábado de 49 a
    // 53": a change over time, two figures; the verb's object or a date may stand between.
    if let Some((n, _)) = opener {
        let from = a.start - n;
        let changed = (from.saturating_sub(CHANGE_REACH)..=from)
            .rev()
            .take_while(|&end| end == from || tokens[end].kind == crate::token::TokenKind::Word)
            .any(|end| phrase::word_before(words.changes, tokens, end).is_some());
        if changed {
            return None;
        }
    }
    let (mut low, high) = (a.value()?, b.value()?);
    // "entre 10 et 12 000"? no; "de 3 à 5 millions": the multiplier covers both ends.
    if b.scale > 1 && a.scale == 1 && low < b.scale && low.saturating_mul(b.scale) <= high {
        low *= b.scale;
    }
    if low >= high {
        return None;
    }
    Some(Figure {
        first: opener.map_or(a.start, |(n, _)| a.start - n),
        last: b.end,
        start: a.start,
        end: b.end,
        low: Some(low),
        high: Some(high),
        approx: a.approx || b.approx,
        bound: Bound::Range,
        spelled: a.spelled && b.spelled,
        scale: b.scale,
        bare: a.bare && b.bare,
        count: true,
    })
}

/// The folded word between two figures when exactly one token separates them.
fn link_word<'t>(tokens: &'t [Token], from: usize, to: usize) -> Option<&'t str> {
    (to == from + 1).then(|| tokens[from].folded.as_str())
}

/// Applies the bound cue before the figure, then the one right after it.
fn apply_cues(tokens: &[Token], words: &NumberWords, figure: &mut Figure) {
    if let Some((n, bound)) = phrase::before(words.bounds_before, tokens, figure.first) {
        figure.first -= n;
        apply(figure, bound);
    } else if phrase::word_before(words.exceeding, tokens, figure.first).is_some() {
        apply(figure, Bound::AtLeast);
    }
    if let Some((n, bound)) = phrase::at(words.bounds_after, tokens, figure.last) {
        figure.last += n;
        apply(figure, bound);
    }
}

fn apply(figure: &mut Figure, bound: Bound) {
    match bound {
        Bound::Approx => {
            figure.approx = true;
            if figure.bound == Bound::Exact {
                figure.bound = Bound::Approx;
            }
        }
        Bound::AtLeast if figure.bound != Bound::Range => {
            figure.high = None;
            figure.bound = Bound::AtLeast;
        }
        Bound::AtMost if figure.bound != Bound::Range => {
            figure.low = None;
            figure.bound = Bound::AtMost;
        }
        _ => {}
    }
}
