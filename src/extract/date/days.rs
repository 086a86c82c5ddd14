//! Days with their month: numeric ("21/10/2024", "10/21/2024", "2024-10-21"), single ("le 18
//! octobre", "Oct. 21, 2024"), coordinated ("mardi 7 et samedi 11 février", "October 7 and 11")
//! and ranges ("du 8 au 13 octobre", "entre le 8 et le 13 octobre", "October 8-13").
//!
//! Coordinated points share their month and year: an elided one takes them from the nearest
//! later point that has them, else from the nearest earlier one.

use super::scan::{AND, DAY_ARTICLES, DAY_OF, Expr, Found, Point, RANGES, Reader, listed};
use crate::token::{Token, TokenKind};

/// A point before its month and year are filled in from its neighbours.
#[derive(Debug, Clone, Copy)]
struct RawPoint {
    first: usize,
    last: usize,
    day: i8,
    month: Option<i8>,
    year: Option<i16>,
}

/// How two coordinated points are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joint {
    Dash,
    Closer,
    And,
}

impl Reader<'_, '_> {
    /// Numeric dates: "2024-10-21", "21/10/2024" (day first) or "10/21/2024" (month first).
    pub(super) fn numeric(&self, i: usize, found: &mut Vec<Found>) -> Option<usize> {
        if !(0..4).all(|k| self.adjacent(i + k)) {
            return None;
        }
        let t: Vec<&Token<'_>> = (0..5).filter_map(|k| self.tok(i + k)).collect();
        let sep = t[1].text;
        if t[3].text != sep
            || !matches!(sep, "-" | "/" | ".")
            || [t[0], t[2], t[4]]
                .iter()
                .any(|n| n.kind != TokenKind::Number)
        {
            return None;
        }
        if self.adjacent(i + 4)
            && self
                .tok(i + 5)
                .is_some_and(|n| n.kind == TokenKind::Number || matches!(n.text, "/" | "-"))
        {
            return None;
        }
        let n = |k: usize| t[k].text.parse::<i16>().ok();
        let (year, month, day) = if sep == "-" && t[0].text.len() == 4 {
            (n(0)?, n(2)?, n(4)?)
        } else if sep != "-" && t[4].text.len() == 4 && t[0].text.len() <= 2 && t[2].text.len() <= 2
        {
            let (a, b) = (n(0)?, n(2)?);
            let (m, d) = if self.words.numeric_month_first {
                (a, b)
            } else {
                (b, a)
            };
            (n(4)?, m, d)
        } else {
            return None;
        };
        let point = valid_point(Some(year), month, day)?;
        found.push(Found {
            first: i,
            last: i + 4,
            expr: Expr::Days {
                from: point,
                to: point,
            },
        });
        Some(i + 5)
    }

    /// One point: `[article] [weekday [,]] day [of] [month [year]]`, or month first
    /// (`[weekday ,] month day [, year]`) where the language writes it so.
    fn point(&self, i: usize) -> Option<(usize, RawPoint)> {
        let mut j = self.list(i, DAY_ARTICLES).unwrap_or(i);
        let mut weekday = false;
        if let Some((k, _)) = self.weekday_name(j) {
            j = k;
            weekday = true;
        }
        if self.words.month_first {
            let k = if weekday && self.is(j, ",") { j + 1 } else { j };
            if let Some((k, month)) = self.month_name(k)
                && let Some((k, day)) = self.day_number(k)
            {
                let mut p = RawPoint {
                    first: i,
                    last: k - 1,
                    day,
                    month: Some(month),
                    year: None,
                };
                let y = if self.is(k, ",") { k + 1 } else { k };
                // "Oct. 21, 2000 soldiers": a round figure before a noun is a count.
                if let Some((e, year)) = self.year_number(y)
                    && (year % 100 != 0
                        || self
                            .tok(e)
                            .is_none_or(|t| !t.text.starts_with(char::is_lowercase)))
                {
                    p.year = Some(year);
                    p.last = e - 1;
                }
                return Some((p.last + 1, p));
            }
        }
        let (k, day) = self.day_number(j)?;
        let k = self.ordinal_period(k);
        let mut p = RawPoint {
            first: i,
            last: k - 1,
            day,
            month: None,
            year: None,
        };
        let m = self.list(k, DAY_OF).unwrap_or(k);
        if let Some((m, month)) = self.month_name(m) {
            p.month = Some(month);
            p.last = m - 1;
            if let Some((y, year)) = self.year_after_month(m) {
                p.year = Some(year);
                p.last = y - 1;
            }
        }
        Some((p.last + 1, p))
    }

    /// Past the period glued to the day number ending before `k` when the language marks
    /// ordinal days with one ("am 18. Oktober": `ordinal_suffixes` lists "."); else `k`.
    fn ordinal_period(&self, k: usize) -> usize {
        let marked = listed(self.words.ordinal_suffixes, ".")
            && self.is(k, ".")
            && k > 0
            && self.tokens[k - 1].end == self.tokens[k].start;
        if marked { k + 1 } else { k }
    }

    /// The joint after a point, and where the next point starts.
    fn joint(&self, i: usize, closer: Option<&str>, first: bool) -> Option<(usize, Joint)> {
        let t = self.tok(i)?;
        if matches!(t.folded.as_str(), "-" | "—") {
            return Some((i + 1, Joint::Dash));
        }
        if first
            && let Some(c) = closer
            && let Some(k) = self.list_phrase(i, &[c])
        {
            return Some((k, Joint::Closer));
        }
        if let Some(k) = self.list(i, AND) {
            return Some((k, Joint::And));
        }
        (t.text == ",").then_some((i + 1, Joint::And))
    }

    /// Days with their month: single ("le 18 octobre"), coordinated ("mardi 7 et samedi 11
    /// février") or ranges ("du 8 au 13 octobre", "entre le 8 et le 13", "October 8-13").
    pub(super) fn days(&self, i: usize, found: &mut Vec<Found>) -> Option<usize> {
        let opener = self.table(i, RANGES);
        let start = opener.map_or(i, |(k, _)| k);
        let closer = opener.map(|(_, c)| c);
        let (mut next, first) = self.point(start)?;
        let mut points = vec![first];
        let mut joints = Vec::new();
        while let Some((k, joint)) = self.joint(next, closer, points.len() == 1) {
            let Some((after, p)) = self.point(k) else {
                break;
            };
            // A point that gives only a day must not be a time or the head of a figure.
            if p.month.is_none() && (!self.elision_ends(after) || self.time(k).is_some()) {
                break;
            }
            // After a date with its month, a comma and a bare number start the next clause's
            // figure ("Le 5 mars, 30 personnes ont été évacuées"), not another day: a list
            // that shares a month gives it last ("les 5, 6 et 7 mars").
            let comma = self.tok(next).is_some_and(|t| t.text == ",");
            if comma && p.month.is_none() && points.last().is_some_and(|q| q.month.is_some()) {
                break;
            }
            points.push(p);
            joints.push(joint);
            next = after;
        }
        if points[0].month.is_none() && points.len() == 1 {
            return None;
        }
        // Elided months and years come from the nearest later point, else the nearest earlier.
        for k in 0..points.len() {
            if points[k].month.is_none() {
                points[k].month = points[k + 1..]
                    .iter()
                    .find_map(|p| p.month)
                    .or_else(|| points[..k].iter().rev().find_map(|p| p.month));
            }
            if points[k].year.is_none() {
                points[k].year = points[k + 1..]
                    .iter()
                    .find_map(|p| p.year)
                    .or_else(|| points[..k].iter().rev().find_map(|p| p.year));
            }
        }
        // Drop trailing points that still lack a month (nothing to inherit from).
        while points.last().is_some_and(|p| p.month.is_none()) {
            points.pop();
            joints.pop();
        }
        if points.is_empty() {
            return None;
        }
        let points: Vec<(RawPoint, Point)> = points
            .into_iter()
            .map(|p| Some((p, valid_point(p.year, p.month?.into(), p.day.into())?)))
            .collect::<Option<_>>()?;
        let mut k = 0;
        while k < points.len() {
            let range = k + 1 < points.len()
                && match joints[k] {
                    Joint::Dash => true,
                    Joint::Closer => k == 0,
                    Joint::And => false,
                };
            let (raw, from) = points[k];
            if range {
                let (raw_to, to) = points[k + 1];
                let first = if k == 0 && joints[k] == Joint::Closer {
                    i
                } else {
                    raw.first
                };
                found.push(Found {
                    first,
                    last: raw_to.last,
                    expr: Expr::Days { from, to },
                });
                k += 2;
            } else {
                found.push(Found {
                    first: raw.first,
                    last: raw.last,
                    expr: Expr::Days { from, to: from },
                });
                k += 1;
            }
        }
        Some(found.last().map_or(next, |f| f.last + 1))
    }

    /// True when a day-only point ending before `i` can borrow a month from a neighbour: the
    /// next token does not carry the figure on ("8 et 13 000 soldats") and is no capitalised
    /// noun the number counts ("vom 14. Juli auf 20 Tote"), unless it is a month.
    fn elision_ends(&self, i: usize) -> bool {
        self.tok(i).is_none_or(|t| match t.kind {
            TokenKind::Number => false,
            TokenKind::Word => {
                !t.text.starts_with(char::is_uppercase) || self.month_name(i).is_some()
            }
            _ => true,
        })
    }
}

/// A point if the day exists in that month (of that year when known; 29 February otherwise).
fn valid_point(year: Option<i16>, month: i16, day: i16) -> Option<Point> {
    let month = i8::try_from(month).ok()?;
    let day = i8::try_from(day).ok()?;
    jiff::civil::Date::new(year.unwrap_or(2024), month, day).ok()?;
    Some(Point { year, month, day })
}
