//! Figures in digits: "1 500" (with any no-break space), "1.500", "1,500", "12 000", "1,5
//! million", "2.5 million", "10k", "10mila"; and the digit runs that are never counts (phone
//! numbers, decimals without a multiplier).
//!
//! Thousands groups are read only as exactly three digits after a head of one to three digits,
//! with one separator throughout, so "en 2023 1 500 soldats" stays two figures.

use super::{Figure, NumberWords, Scan};
use crate::extract::phrase;
use crate::token::{Token, TokenKind};

/// What joins two digit groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    /// One space, no-break space or narrow no-break space.
    Space,
    /// A character glued to both groups: '.', ',' or '-'.
    Char(char),
}

/// Finds the digit figures of a sentence, claims their tokens and returns them.
pub(super) fn find(text: &str, scan: &mut Scan, words: &NumberWords) -> Vec<Figure> {
    let tokens = scan.tokens;
    let mut figures = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !scan.free(i) || !starts_figure(&tokens[i], words) {
            i += 1;
            continue;
        }
        let figure = if is_phone_like(text, tokens, i) {
            Figure::skipped(i, run_end(text, tokens, i))
        } else {
            read(text, scan, i, words)
        };
        scan.claim(figure.start, figure.end);
        i = figure.end;
        figures.push(figure);
    }
    figures
}

fn starts_figure(t: &Token, words: &NumberWords) -> bool {
    match t.kind {
        TokenKind::Number => t.text.bytes().all(|b| b.is_ascii_digit()),
        TokenKind::Mixed => k_suffixed(t.text).is_some() || glued_multiplier(t, words).is_some(),
        _ => false,
    }
}

/// "10mila", "12mila": digits with the language's multiplier glued on → value and multiplier.
fn glued_multiplier(t: &Token, words: &NumberWords) -> Option<(u64, u64)> {
    let digits = t.text.find(|c: char| !c.is_ascii_digit())?;
    if !(1..=3).contains(&digits) {
        return None;
    }
    let unit = &t.folded[digits..];
    let i = words
        .multipliers
        .binary_search_by(|(k, _)| (*k).cmp(unit))
        .ok()?;
    Some((t.text[..digits].parse().ok()?, words.multipliers[i].1))
}

/// "10k" → 10.
fn k_suffixed(text: &str) -> Option<u64> {
    let digits = text.strip_suffix(['k', 'K'])?;
    if digits.is_empty() || digits.len() > 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn digits_of<'t>(t: &Token<'t>) -> Option<&'t str> {
    (t.kind == TokenKind::Number && t.text.bytes().all(|b| b.is_ascii_digit())).then_some(t.text)
}

/// The separator between the digit group ending at token `k` and the next one, and the index
/// of the next group's token.
fn next_group(text: &str, tokens: &[Token], k: usize) -> Option<(Sep, usize)> {
    let next = tokens.get(k + 1)?;
    let gap = &text[tokens[k].end..next.start];
    if gap.is_empty() && next.kind == TokenKind::Punct {
        let c = next.text.chars().next()?;
        let after = tokens.get(k + 2)?;
        let glued = after.start == next.end;
        return (matches!(c, '.' | ',' | '-') && glued && after.kind != TokenKind::Punct)
            .then_some((Sep::Char(c), k + 2));
    }
    let one_space = gap.chars().count() == 1 && gap.chars().all(crate::token::is_space);
    (one_space && next.kind == TokenKind::Number && !gap.contains(['\n', '\r', '\t']))
        .then_some((Sep::Space, k + 1))
}

/// The end of the run of digit groups starting at `i`, joined by spaces, dots or hyphens.
fn run_end(text: &str, tokens: &[Token], i: usize) -> usize {
    let mut k = i;
    while let Some((sep, next)) = next_group(text, tokens, k) {
        if sep == Sep::Char(',') || digits_of(&tokens[next]).is_none() {
            break;
        }
        k = next;
    }
    k + 1
}

/// Phone numbers, identifiers and numeric dates: "01 45 62 18 07", "+33 1 45 62 18 07",
/// "555-123-4567", "2024-10-28".
fn is_phone_like(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(head) = digits_of(&tokens[i]) else {
        return false;
    };
    if head.len() >= 2 && head.starts_with('0') {
        return true;
    }
    let mut groups = vec![head];
    let (mut dashed, mut spaced) = (false, false);
    let mut seps = Vec::new();
    let mut k = i;
    while let Some((sep, next)) = next_group(text, tokens, k) {
        let Some(g) = digits_of(&tokens[next]).filter(|_| sep != Sep::Char(',')) else {
            break;
        };
        dashed |= sep != Sep::Space;
        spaced |= sep == Sep::Space;
        seps.push(sep);
        groups.push(g);
        k = next;
    }
    // "10.000-12.000": thousands groups and a dash between two figures, never an identifier.
    if dashed && seps.contains(&Sep::Char('-')) && seps.iter().any(|s| *s != Sep::Char('-')) {
        return false;
    }
    let pairs = groups.iter().filter(|g| g.len() == 2).count();
    // "2024-10-28", "21.10.2024", "555-123-4567"; but "1.500.000" groups thousands.
    let thousands = groups[1..].iter().all(|g| g.len() == 3);
    (groups.len() >= 4 && pairs >= 3) || (dashed && !spaced && groups.len() >= 3 && !thousands)
}

/// Reads the figure starting at token `i`: thousands groups, a decimal part, a multiplier.
fn read(text: &str, scan: &Scan, i: usize, words: &NumberWords) -> Figure {
    let tokens = scan.tokens;
    if let Some(v) = k_suffixed(tokens[i].text) {
        return scaled(i, i + 1, v as f64, 1000);
    }
    if let Some((v, m)) = glued_multiplier(&tokens[i], words) {
        return scaled(i, i + 1, v as f64, m);
    }
    let head = tokens[i].text;
    if head.len() > 15 {
        return Figure::skipped(i, i + 1);
    }
    let mut value: u64 = head.parse().unwrap_or(0);
    let mut end = i + 1;
    let mut used_sep = None;
    if head.len() <= 3 {
        while let Some((sep, next)) = next_group(text, tokens, end - 1) {
            let Some(group) = digits_of(&tokens[next]).filter(|g| g.len() == 3) else {
                break;
            };
            let decimal_first = used_sep.is_none()
                && sep == Sep::Char(decimal_char(words))
                && multiplier_at(scan, next + 1, words).is_some();
            if decimal_first
                || sep == Sep::Char('-')
                || used_sep.is_some_and(|s| s != sep)
                || !scan.free(next)
            {
                break;
            }
            used_sep = Some(sep);
            // Too many groups for any count ("11,001,001,…" past 2^64): skipped whole, as a
            // head of more than 15 digits is.
            let Some(grown) = value
                .checked_mul(1000)
                .and_then(|v| v.checked_add(group.parse::<u64>().unwrap_or(0)))
            else {
                let mut last = next;
                while let Some((_, after)) = next_group(text, tokens, last)
                    .filter(|&(_, a)| digits_of(&tokens[a]).is_some_and(|g| g.len() == 3))
                {
                    last = after;
                }
                return Figure::skipped(i, last + 1);
            };
            value = grown;
            end = next + 1;
        }
    }
    // A decimal part: "1,5 million", "2.5 million", "2.5k"; without a multiplier it is not a
    // count ("3,5").
    if let Some((Sep::Char(c), next)) = next_group(text, tokens, end - 1)
        && matches!(c, '.' | ',')
        && used_sep.is_none_or(|s| s != Sep::Char(c))
        && scan.free(next)
    {
        let frac_text = tokens[next].text;
        let (frac, k) = match k_suffixed(frac_text) {
            Some(_) => (frac_text.trim_end_matches(['k', 'K']), true),
            None => (frac_text, false),
        };
        if digits_of(&tokens[next]).is_some() || k {
            let decimal: f64 = format!("{value}.{frac}").parse().unwrap_or(0.0);
            if k {
                return scaled(i, next + 1, decimal, 1000);
            }
            return match multiplier_at(scan, next + 1, words) {
                Some((n, m)) => scaled(i, next + 1 + n, decimal, m),
                None => Figure::skipped(i, next + 1),
            };
        }
    }
    if let Some((n, m)) = multiplier_at(scan, end, words) {
        return scaled(i, end + n, value as f64, m);
    }
    let mut figure = Figure::exact(i, end, value);
    figure.bare = end == i + 1;
    figure
}

fn decimal_char(words: &NumberWords) -> char {
    if words.decimal_comma { ',' } else { '.' }
}

/// The multiplier word or phrase at token `k` ("million", "mil milhões"), with its length in
/// tokens.
fn multiplier_at(scan: &Scan, k: usize, words: &NumberWords) -> Option<(usize, u64)> {
    phrase::at(words.multipliers, scan.tokens, k).filter(|(n, _)| (k..k + n).all(|j| scan.free(j)))
}

fn scaled(start: usize, end: usize, value: f64, scale: u64) -> Figure {
    let v = (value * scale as f64).round();
    if !(1.0..1e15).contains(&v) {
        return Figure::skipped(start, end);
    }
    let mut figure = Figure::exact(start, end, v as u64);
    figure.scale = scale;
    figure
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn dotted_thousands_joined_by_a_dash_are_a_range_not_an_identifier() {
        let rows = [
            ("10.000-12.000", false),
            ("1.500-3.000.000", false),
            ("555-123-4567", true),
            ("2024-10-28", true),
        ];
        for (text, phone) in rows {
            let tokens = tokenize(text, 0, text.len());
            assert_eq!(is_phone_like(text, &tokens, 0), phone, "{text:?}");
        }
    }
}
