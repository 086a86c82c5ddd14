//! Clock times: "13 h 07", "09h15", "4:02 PM", "4 p.m.", "à 13 heures". A time is never a count;
//! datelines read it as the publication time.

use jiff::civil::Time;

use super::DateWords;
use super::scan::{Reader, listed, lookup};
use crate::token::{Token, TokenKind};

/// A clock time found in a token slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundTime {
    /// Index of its first token.
    pub first: usize,
    /// Index of its last token (inclusive).
    pub last: usize,
    /// The time, local.
    pub time: Time,
}

/// Every clock time in `tokens`, in order.
pub fn times(tokens: &[Token<'_>], words: &DateWords) -> Vec<FoundTime> {
    let masks = super::scan::masks(tokens, words);
    times_with(&Reader {
        tokens,
        words,
        masks: &masks,
    })
}

/// [`times`] with a reader whose token masks are worked out already.
pub(crate) fn times_with(r: &Reader) -> Vec<FoundTime> {
    let tokens = r.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match r.time(i) {
            Some((next, t)) => {
                out.push(t);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

fn hour_minute(hour: &str, minute: Option<&str>) -> Option<Time> {
    if hour.is_empty() || hour.len() > 2 || minute.is_some_and(|m| m.len() != 2) {
        return None;
    }
    let h: i8 = hour.parse().ok()?;
    let m: i8 = minute.map_or(Some(0), |m| m.parse().ok())?;
    Time::new(h, m, 0, 0).ok()
}

fn with_meridiem(time: Time, afternoon: bool) -> Option<Time> {
    let h = time.hour();
    if !(1..=12).contains(&h) {
        return None;
    }
    let h = match (afternoon, h) {
        (false, 12) => 0,
        (true, 12) => 12,
        (true, h) => h + 12,
        (false, h) => h,
    };
    Time::new(h, time.minute(), 0, 0).ok()
}

impl Reader<'_, '_> {
    /// A clock time starting at `i`; returns the index after it.
    pub(crate) fn time(&self, i: usize) -> Option<(usize, FoundTime)> {
        let after_prep = self.list(i, super::scan::TIME_PREPS);
        let (next, time) = self.bare_time(after_prep.unwrap_or(i), after_prep.is_some())?;
        let first = after_prep.unwrap_or(i);
        Some((
            next,
            FoundTime {
                first,
                last: next - 1,
                time,
            },
        ))
    }

    fn bare_time(&self, i: usize, after_prep: bool) -> Option<(usize, Time)> {
        let t = self.tokens.get(i)?;
        match t.kind {
            TokenKind::Mixed => {
                // "13h07", "9h", "4pm".
                let digits = t.text.find(|c: char| !c.is_ascii_digit())?;
                let rest = &t.folded[digits..];
                if let Some(minute) = self.hour_mark_minutes(rest) {
                    let minute = (!minute.is_empty()).then_some(minute);
                    return hour_minute(&t.text[..digits], minute).map(|tm| (i + 1, tm));
                }
                let afternoon = lookup(self.words.meridiem, rest)?;
                let tm = with_meridiem(hour_minute(&t.text[..digits], None)?, afternoon)?;
                Some((i + 1, tm))
            }
            TokenKind::Number => {
                let next = self.tokens.get(i + 1)?;
                if next.text == ":" && self.joined(i) && self.joined(i + 1) {
                    let minute = self.tokens.get(i + 2)?;
                    if minute.kind != TokenKind::Number {
                        return None;
                    }
                    let tm = hour_minute(t.text, Some(minute.text))?;
                    return Some(match self.meridiem(i + 3) {
                        Some((k, pm)) => (k, with_meridiem(tm, pm)?),
                        None => (i + 3, tm),
                    });
                }
                if listed(self.words.hour_marks, &next.folded) {
                    let tm = hour_minute(t.text, None)?;
                    if let Some(m) = self.tokens.get(i + 2)
                        && m.kind == TokenKind::Number
                        && m.text.len() == 2
                        && let Some(tm) = hour_minute(t.text, Some(m.text))
                    {
                        return Some((i + 3, tm));
                    }
                    return Some((i + 2, tm));
                }
                if after_prep && listed(self.words.hour_words, &next.folded) {
                    return hour_minute(t.text, None).map(|tm| (i + 2, tm));
                }
                let (k, pm) = self.meridiem(i + 1)?;
                Some((k, with_meridiem(hour_minute(t.text, None)?, pm)?))
            }
            _ => None,
        }
    }

    fn joined(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.tokens[i].end == self.tokens[i + 1].start
    }

    /// "h07" → "07" ("h" → "") when the language writes hours with a mark.
    fn hour_mark_minutes<'s>(&self, rest: &'s str) -> Option<&'s str> {
        self.words.hour_marks.iter().find_map(|m| {
            let minute = rest.strip_prefix(m)?;
            minute.chars().all(|c| c.is_ascii_digit()).then_some(minute)
        })
    }

    /// "PM", "pm", "p.m." starting at `i`: the index after it and true for the afternoon.
    fn meridiem(&self, i: usize) -> Option<(usize, bool)> {
        if self.words.meridiem.is_empty() {
            return None;
        }
        let mut key = String::new();
        let mut best = None;
        for k in i..self.tokens.len().min(i + 4) {
            if k > i && !self.joined(k - 1) {
                break;
            }
            let t = &self.tokens[k];
            if t.text != "." {
                key.push_str(&t.folded);
            }
            if let Some(pm) = lookup(self.words.meridiem, &key) {
                best = Some((k + 1, pm));
            }
        }
        best
    }
}
