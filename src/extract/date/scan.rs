//! Finding date expressions among a sentence's tokens, one left-to-right pass.
//!
//! At each token the readers are tried from the most specific to the least: numeric dates,
//! counts of days from an earlier date, relative phrases, days with their month (single,
//! coordinated or ranges), months, years, weekdays. The first that reads something wins and the
//! scan resumes after it, so the pass is linear in the number of tokens.

use std::collections::HashMap;
use std::sync::LazyLock;

use jiff::civil::Weekday;

use super::{DateWords, MonthPart, Unit, Which};
use crate::extract::phrase;
use crate::lang::Lang;
use crate::token::{Token, TokenKind, tokenize};

/// A calendar day whose year may be missing ("18 octobre").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// The year, when written.
    pub year: Option<i16>,
    /// Month 1–12.
    pub month: i8,
    /// Day 1–31.
    pub day: i8,
}

/// A date expression before it is placed on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expr {
    /// One day (`from == to`) or a range of days.
    Days {
        /// First day.
        from: Point,
        /// Last day.
        to: Point,
    },
    /// A month or part of a month ("en juin", "début novembre").
    Month {
        /// The year, when written.
        year: Option<i16>,
        /// Month 1–12.
        month: i8,
        /// Which part.
        part: MonthPart,
    },
    /// A year ("en 2023").
    Year(i16),
    /// A weekday with its day of the month, the month left out ("el martes 20", "domingo, 10",
    /// "terça-feira (17)").
    WeekdayDay {
        /// The weekday.
        weekday: Weekday,
        /// Day 1–31.
        day: i8,
    },
    /// A day of the month alone after a noun for a day ("no dia 29", "el día 10"): the month
    /// is the current one, or the one before when that day is yet to come.
    DayOfMonth(i8),
    /// A weekday ("vendredi", "last Monday").
    Weekday {
        /// The weekday.
        weekday: Weekday,
        /// Which occurrence.
        which: Which,
    },
    /// A night that runs into a weekday: the day before it and the weekday ("la nuit de dimanche
    /// à lundi", "overnight from Sunday to Monday", "in der Nacht zum Montag").
    Night {
        /// The weekday the night runs into.
        weekday: Weekday,
        /// Which occurrence of that weekday.
        which: Which,
    },
    /// A day, week, month or year counted from the publication date ("hier", "last week").
    Shift {
        /// The unit, which is also the granularity.
        unit: Unit,
        /// The offset in units.
        n: i32,
    },
    /// Days, weeks, months or years counted from the previous date of the text ("le lendemain").
    AfterPrevious {
        /// The unit.
        unit: Unit,
        /// The offset in units (negative: before).
        n: i32,
    },
}

/// The expression with the year `year` where it writes none (a day or a period of days, a
/// month); `None` for every other expression.
pub fn with_year(expr: Expr, year: i16) -> Option<Expr> {
    let dated = |p: Point| Point {
        year: Some(p.year.unwrap_or(year)),
        ..p
    };
    match expr {
        Expr::Days { from, to } if from.year.is_none() => Some(Expr::Days {
            from: dated(from),
            to: dated(to),
        }),
        Expr::Month {
            year: None,
            month,
            part,
        } => Some(Expr::Month {
            year: Some(year),
            month,
            part,
        }),
        _ => None,
    }
}

/// One date expression found in a token slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Index of its first token.
    pub first: usize,
    /// Index of its last token (inclusive).
    pub last: usize,
    /// What it says.
    pub expr: Expr,
}

/// Finds every date expression in `tokens`, in order, without overlaps.
pub fn scan(tokens: &[Token<'_>], words: &DateWords) -> Vec<Found> {
    let masks = masks(tokens, words);
    scan_with(&Reader {
        tokens,
        words,
        masks: &masks,
    })
}

/// [`scan`] with a reader whose token masks are worked out already.
pub(crate) fn scan_with(r: &Reader) -> Vec<Found> {
    let tokens = r.tokens;
    let read = |i: usize, found: &mut Vec<Found>| {
        r.numeric(i, found)
            .or_else(|| r.count(i, found))
            .or_else(|| r.anchored(i, found))
            .or_else(|| r.relative(i, found))
            .or_else(|| r.days(i, found))
            .or_else(|| r.month(i, found))
            .or_else(|| r.year(i, found))
            .or_else(|| r.weekday(i, found))
            .or_else(|| r.day_of_month(i, found))
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let before = found.len();
        if !may_start(r, i) {
            // Debug builds check that no reader would have read a date here.
            #[cfg(debug_assertions)]
            {
                let next = read(i, &mut found);
                debug_assert!(
                    !matches!(next, Some(n) if n > i),
                    "a date reader starts at {:?}, which the start words miss",
                    tokens[i].text
                );
                found.truncate(before);
            }
            i += 1;
            continue;
        }
        let next = read(i, &mut found);
        match next {
            Some(n) if n > i => i = n,
            _ => {
                found.truncate(before);
                i += 1;
            }
        }
    }
    found
}

/// A phrase list of [`DateWords`] that the readers search, with its bit in a token's mask.
#[derive(Clone, Copy)]
pub(crate) struct List {
    bit: u32,
    of: fn(&DateWords) -> &'static [&'static str],
}

/// A phrase table of [`DateWords`] that the readers search, with its bit in a token's mask.
#[derive(Clone, Copy)]
pub(crate) struct Table<T: 'static> {
    bit: u32,
    of: fn(&DateWords) -> &'static [(&'static str, T)],
}

pub(crate) const DAY_ARTICLES: List = List {
    bit: 1,
    of: |w| w.day_articles,
};
pub(crate) const DAY_NOUNS: List = List {
    bit: 1 << 23,
    of: |w| w.day_nouns,
};
pub(crate) const DAY_OF: List = List {
    bit: 1 << 1,
    of: |w| w.day_of,
};
pub(crate) const AND: List = List {
    bit: 1 << 2,
    of: |w| w.and,
};
pub(crate) const MONTH_PREPS: List = List {
    bit: 1 << 3,
    of: |w| w.month_preps,
};
pub(crate) const YEAR_PREPS: List = List {
    bit: 1 << 4,
    of: |w| w.year_preps,
};
pub(crate) const PART_FILLERS: List = List {
    bit: 1 << 5,
    of: |w| w.part_fillers,
};
pub(crate) const TIMES_OF_DAY: List = List {
    bit: 1 << 6,
    of: |w| w.times_of_day,
};
pub(crate) const AGO_BEFORE: List = List {
    bit: 1 << 7,
    of: |w| w.ago_before,
};
pub(crate) const AGO_AFTER: List = List {
    bit: 1 << 8,
    of: |w| w.ago_after,
};
pub(crate) const FUTURE_PREPS: List = List {
    bit: 1 << 9,
    of: |w| w.future_preps,
};
pub(crate) const TIME_PREPS: List = List {
    bit: 1 << 21,
    of: |w| w.time_preps,
};
pub(crate) const PRESENT_CUES: List = List {
    bit: 1 << 22,
    of: |w| w.present_cues,
};
pub(crate) const RANGES: Table<&str> = Table {
    bit: 1 << 10,
    of: |w| w.ranges,
};
pub(crate) const MONTH_PARTS: Table<MonthPart> = Table {
    bit: 1 << 11,
    of: |w| w.month_parts,
};
pub(crate) const RELATIVE: Table<(Unit, i8)> = Table {
    bit: 1 << 12,
    of: |w| w.relative,
};
pub(crate) const WEEKDAY_BEFORE: Table<Which> = Table {
    bit: 1 << 13,
    of: |w| w.weekday_before,
};
pub(crate) const WEEKDAY_AFTER: Table<Which> = Table {
    bit: 1 << 14,
    of: |w| w.weekday_after,
};
pub(crate) const ANCHORED: Table<(i8, bool)> = Table {
    bit: 1 << 15,
    of: |w| w.anchored,
};
pub(crate) const LATER: Table<(i8, bool)> = Table {
    bit: 1 << 16,
    of: |w| w.later,
};
pub(crate) const UNITS: Table<Unit> = Table {
    bit: 1 << 17,
    of: |w| w.units,
};
const MONTHS: Table<i8> = Table {
    bit: 1 << 18,
    of: |w| w.months,
};
const WEEKDAYS: Table<Weekday> = Table {
    bit: 1 << 19,
    of: |w| w.weekdays,
};
const NUMBER_WORDS: Table<i8> = Table {
    bit: 1 << 20,
    of: |w| w.number_words,
};

/// The tables a reader may read at the first token of a date: a token that starts a key of none
/// of them (and is no number and has no hyphen, as in "mi-octobre") starts no date.
const FIRST: u32 = NUMBER_WORDS.bit
    | ANCHORED.bit
    | RELATIVE.bit
    | RANGES.bit
    | WEEKDAYS.bit
    | MONTHS.bit
    | MONTH_PARTS.bit
    | WEEKDAY_BEFORE.bit
    | AGO_BEFORE.bit
    | DAY_ARTICLES.bit
    | DAY_NOUNS.bit
    | FUTURE_PREPS.bit
    | MONTH_PREPS.bit
    | YEAR_PREPS.bit;

/// Folded first tokens → the bits of the tables with a key that starts with them.
type StartBits = HashMap<String, u32, phrase::WordHash>;

/// Per language, the tables (bits) whose keys start with a given folded token, so that a token
/// is looked up once and each table search it cannot begin is skipped.
static STARTS: LazyLock<Vec<(&'static DateWords, StartBits)>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            let w = &l.data().dates;
            let mut starts = StartBits::default();
            let mut add = |key: &str, bit: u32| {
                // An elided article alone ("d'") is split off only before a word, as
                // in the text: read it before one.
                let key = if key.ends_with('\'') {
                    format!("{key}a")
                } else {
                    key.to_string()
                };
                if let Some(t) = tokenize(&key, 0, key.len()).first() {
                    *starts.entry(t.folded.to_string()).or_default() |= bit;
                }
            };
            for list in [
                DAY_ARTICLES,
                DAY_NOUNS,
                DAY_OF,
                AND,
                MONTH_PREPS,
                YEAR_PREPS,
                PART_FILLERS,
                TIMES_OF_DAY,
                AGO_BEFORE,
                AGO_AFTER,
                FUTURE_PREPS,
                TIME_PREPS,
                PRESENT_CUES,
            ] {
                (list.of)(w).iter().for_each(|k| add(k, list.bit));
            }
            fn keys<T>(t: Table<T>, w: &DateWords) -> impl Iterator<Item = (&'static str, u32)> {
                (t.of)(w).iter().map(move |(k, _)| (*k, t.bit))
            }
            keys(RANGES, w)
                .chain(keys(MONTH_PARTS, w))
                .chain(keys(RELATIVE, w))
                .chain(keys(WEEKDAY_BEFORE, w))
                .chain(keys(WEEKDAY_AFTER, w))
                .chain(keys(ANCHORED, w))
                .chain(keys(LATER, w))
                .chain(keys(UNITS, w))
                .chain(keys(MONTHS, w))
                .chain(keys(WEEKDAYS, w))
                .chain(keys(NUMBER_WORDS, w))
                .for_each(|(k, bit)| add(k, bit));
            (w, starts)
        })
        .collect()
});

/// The folded first tokens of the tables of `words` with their bits (see [`STARTS`]), when
/// `words` are a language's.
pub(crate) fn start_bits(
    words: &DateWords,
) -> Option<&'static HashMap<String, u32, phrase::WordHash>> {
    STARTS
        .iter()
        .find(|(w, _)| std::ptr::eq(*w, words))
        .map(|(_, starts)| starts)
}

/// For each token, the bits of the tables whose keys start with it (see [`STARTS`]); empty for
/// date words of no language, which then search every table.
pub(crate) fn masks(tokens: &[Token], words: &DateWords) -> Vec<u32> {
    let Some((_, starts)) = STARTS.iter().find(|(w, _)| std::ptr::eq(*w, words)) else {
        return Vec::new();
    };
    tokens
        .iter()
        .map(|t| starts.get(t.folded.as_str()).copied().unwrap_or(0))
        .collect()
}

/// True when a reader may read a date from token `i`: a number, a hyphenated word, or the
/// start of a key of the tables the readers begin with.
fn may_start(r: &Reader, i: usize) -> bool {
    let t = &r.tokens[i];
    matches!(t.kind, TokenKind::Number | TokenKind::Mixed)
        || t.folded.contains('-')
        || r.masks.get(i).is_none_or(|m| m & FIRST != 0)
}

/// Marks the tokens that belong to a found date.
pub fn taken(found: &[Found], len: usize) -> Vec<bool> {
    let mut taken = vec![false; len];
    for f in found {
        taken[f.first..=f.last].fill(true);
    }
    taken
}

/// Longest phrase length (in tokens, up to this many) tried against a table.
const MAX_PHRASE: usize = 5;

/// The position-based readers; each returns the index after what it read.
pub(crate) struct Reader<'t, 'a> {
    pub(crate) tokens: &'t [Token<'a>],
    pub(crate) words: &'t DateWords,
    /// Per token, the tables it may start ([`masks`]); empty when not worked out, and then
    /// every table is searched.
    pub(crate) masks: &'t [u32],
}

/// Looks up a folded key in a table sorted by key.
pub(crate) fn lookup<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    phrase::lookup(table, key)
}

/// True when a sorted list holds `key`.
pub(crate) fn listed(list: &[&str], key: &str) -> bool {
    phrase::listed(list, key)
}

impl Reader<'_, '_> {
    pub(super) fn tok(&self, i: usize) -> Option<&Token<'_>> {
        self.tokens.get(i)
    }

    pub(super) fn is(&self, i: usize, folded: &str) -> bool {
        self.tok(i).is_some_and(|t| t.folded == folded)
    }

    pub(super) fn adjacent(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.tokens[i].end == self.tokens[i + 1].start
    }

    /// The longest phrase starting at `i` among `n` sorted keys (`key(k)` is the k-th): the
    /// index after it and the index of its key. Keys join their tokens with one space, none
    /// after an apostrophe. The search stops as soon as no key starts with the words read.
    fn longest<'k>(
        &self,
        i: usize,
        n: usize,
        key: impl Fn(usize) -> &'k str,
    ) -> Option<(usize, usize)> {
        let mut best = None;
        // Keys before `lo` sort before the words read so far.
        let mut lo = 0;
        let mut phrase = String::new();
        for j in i..self.tokens.len().min(i + MAX_PHRASE) {
            let folded = self.tokens[j].folded.as_str();
            let words = if j == i {
                folded
            } else {
                if j == i + 1 {
                    phrase.push_str(&self.tokens[i].folded);
                }
                if !phrase.ends_with('\'') {
                    phrase.push(' ');
                }
                phrase.push_str(folded);
                phrase.as_str()
            };
            lo = phrase::partition_point(lo, n, |k| phrase::compare(key(k), words).is_lt());
            // The keys that start with the words read follow `lo`: none, and no longer phrase
            // can match.
            if lo == n || !phrase::starts_with(key(lo), words) {
                break;
            }
            if key(lo) == words {
                best = Some((j + 1, lo));
            }
        }
        best
    }

    /// True when the mask of token `i` rules out every key with table bit `bit`.
    fn ruled_out(&self, i: usize, bit: u32) -> bool {
        self.masks.get(i).is_some_and(|m| m & bit == 0)
    }

    /// A phrase from one of the language's lists, skipped at once when token `i` starts none.
    pub(crate) fn list(&self, i: usize, list: List) -> Option<usize> {
        if self.ruled_out(i, list.bit) {
            debug_assert!(
                self.list_phrase(i, (list.of)(self.words)).is_none(),
                "a list key starts at {:?}, which its mask misses",
                self.tokens[i].folded
            );
            return None;
        }
        self.list_phrase(i, (list.of)(self.words))
    }

    /// A phrase from one of the language's tables, with its value, skipped at once when token
    /// `i` starts none.
    pub(crate) fn table<T: Copy>(&self, i: usize, table: Table<T>) -> Option<(usize, T)> {
        if self.ruled_out(i, table.bit) {
            debug_assert!(
                self.table_phrase(i, (table.of)(self.words)).is_none(),
                "a table key starts at {:?}, which its mask misses",
                self.tokens[i].folded
            );
            return None;
        }
        self.table_phrase(i, (table.of)(self.words))
    }

    /// A phrase from a sorted list.
    pub(crate) fn list_phrase(&self, i: usize, list: &[&str]) -> Option<usize> {
        self.longest(i, list.len(), |k| list[k])
            .map(|(next, _)| next)
    }

    /// A phrase from a sorted table, with its value.
    pub(crate) fn table_phrase<T: Copy>(
        &self,
        i: usize,
        table: &[(&str, T)],
    ) -> Option<(usize, T)> {
        self.longest(i, table.len(), |k| table[k].0)
            .map(|(next, k)| (next, table[k].1))
    }

    pub(super) fn name_ok(&self, t: &Token<'_>) -> bool {
        !self.words.capitalised_names || t.text.starts_with(|c: char| c.is_uppercase())
    }

    /// A month name at `i`, with the period of an abbreviation.
    pub(super) fn month_name(&self, i: usize) -> Option<(usize, i8)> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Word || !self.name_ok(t) {
            return None;
        }
        if self.ruled_out(i, MONTHS.bit) {
            return None;
        }
        let m = lookup(self.words.months, &t.folded)?;
        // An abbreviation is a key that a longer name of the same month starts with ("oct").
        let abbreviated =
            self.words.months.iter().any(|(k, n)| {
                *n == m && k.len() > t.folded.len() && k.starts_with(t.folded.as_str())
            });
        if abbreviated && self.adjacent(i) && self.is(i + 1, ".") {
            return Some((i + 2, m));
        }
        Some((i + 1, m))
    }

    /// A weekday name at `i`.
    pub(crate) fn weekday_name(&self, i: usize) -> Option<(usize, Weekday)> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Word || !self.name_ok(t) {
            return None;
        }
        if self.ruled_out(i, WEEKDAYS.bit) {
            return None;
        }
        let w = lookup(self.words.weekdays, &t.folded)?;
        // A short form of a longer name ("terça" of "terça-feira") is also an ordinal ("a
        // segunda vez"): a weekday only after a weekday's article ("nesta terça"), "and" or a
        // range's opener ("entre segunda e quarta-feira").
        let short = self.words.weekdays.iter().any(|(k, d)| {
            *d == w
                && k.strip_prefix(t.folded.as_str())
                    .is_some_and(|rest| rest.starts_with('-'))
        });
        let introduced = || {
            i.checked_sub(1).and_then(|p| self.tok(p)).is_some_and(|p| {
                lookup(self.words.weekday_before, &p.folded).is_some()
                    || listed(self.words.and, &p.folded)
                    || self
                        .words
                        .ranges
                        .iter()
                        .any(|(from, _)| *from == p.folded.as_str())
            })
        };
        // "na segunda volta", "na quinta posição": an ordinal before its noun. A weekday is
        // followed by punctuation, a short function word or a time of day.
        let before_noun = || {
            self.tok(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && n.text.chars().count() > 2
                    && !listed(self.words.times_of_day, &n.folded)
            })
        };
        (!short || (introduced() && !before_noun())).then_some((i + 1, w))
    }

    /// True when the token after a number continues it ("1.500", "13:07", "21/10", "13h").
    pub(super) fn number_goes_on(&self, i: usize) -> bool {
        self.adjacent(i)
            && self.tok(i + 1).is_some_and(|n| {
                matches!(n.text, "." | "," | ":" | "/")
                    && self.adjacent(i + 1)
                    && self.tok(i + 2).is_some_and(|d| d.kind == TokenKind::Number)
            })
    }

    /// A day of the month at `i`: "8", "1er", "21st".
    pub(super) fn day_number(&self, i: usize) -> Option<(usize, i8)> {
        let t = self.tok(i)?;
        let digits_end = t
            .text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(t.text.len());
        if digits_end == 0 || digits_end > 2 {
            return None;
        }
        let ok = match t.kind {
            TokenKind::Number => !self.number_goes_on(i),
            TokenKind::Mixed => listed(self.words.ordinal_suffixes, &t.folded[digits_end..]),
            _ => false,
        };
        let day: i8 = t.text[..digits_end].parse().ok()?;
        (ok && (1..=31).contains(&day)).then_some((i + 1, day))
    }

    /// A four-digit year at `i`, 1900–2100.
    pub(crate) fn year_number(&self, i: usize) -> Option<(usize, i16)> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Number || t.text.len() != 4 || self.number_goes_on(i) {
            return None;
        }
        // "2 000 000" style grouping: a year is not followed by a three-digit group.
        if self
            .tok(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Number && n.text.len() == 3)
        {
            return None;
        }
        let year: i16 = t.text.parse().ok()?;
        (1900..=2100).contains(&year).then_some((i + 1, year))
    }

    /// The year that follows a month ending before `i`: right after it ("octobre 2024") or after
    /// a word of [`DateWords::day_of`] ("octubre de 2024", "October of 2024").
    pub(super) fn year_after_month(&self, i: usize) -> Option<(usize, i16)> {
        self.year_number(i).or_else(|| {
            let k = self.list(i, DAY_OF)?;
            self.year_number(k)
        })
    }

    /// A number of units: digits up to 99 or a number word.
    pub(super) fn small_number(&self, i: usize) -> Option<(usize, i32)> {
        let t = self.tok(i)?;
        match t.kind {
            TokenKind::Number if t.text.len() <= 2 && !self.number_goes_on(i) => {
                t.text.parse().ok().map(|n| (i + 1, n))
            }
            TokenKind::Word => {
                lookup(self.words.number_words, &t.folded).map(|n| (i + 1, n.into()))
            }
            _ => None,
        }
    }

    /// True when nothing but the end of a clause follows index `i`.
    pub(super) fn clause_ends(&self, i: usize) -> bool {
        self.tok(i)
            .is_none_or(|t| t.kind == TokenKind::Punct && !matches!(t.text, "'" | "’" | "-"))
    }

    /// A count of units from the previous date ("cinq jours plus tard", "two days later") or back
    /// from publication ("il y a deux jours", "three weeks ago").
    fn count(&self, i: usize, found: &mut Vec<Found>) -> Option<usize> {
        let ago = self.list(i, AGO_BEFORE);
        let j = ago.unwrap_or(i);
        let (j, n) = self.small_number(j)?;
        let (j, unit) = self.table(j, UNITS)?;
        let (next, expr) = if ago.is_some() {
            (j, Expr::Shift { unit, n: -n })
        } else if let Some(k) = self.list(j, AGO_AFTER) {
            (k, Expr::Shift { unit, n: -n })
        } else {
            let (k, (sign, needs_end)) = self.table(j, LATER)?;
            if needs_end && !self.clause_ends(k) {
                return None;
            }
            (
                k,
                Expr::AfterPrevious {
                    unit,
                    n: n * i32::from(sign),
                },
            )
        };
        found.push(Found {
            first: i,
            last: next - 1,
            expr,
        });
        Some(next)
    }

    /// "le lendemain", "la veille", "the next day".
    fn anchored(&self, i: usize, found: &mut Vec<Found>) -> Option<usize> {
        let (next, (days, needs_end)) = self.table(i, ANCHORED)?;
        if needs_end && !self.clause_ends(next) {
            return None;
        }
        if self
            .tok(next)
            .is_some_and(|t| listed(self.words.anchor_blockers, &t.folded))
        {
            return None;
        }
        found.push(Found {
            first: i,
            last: next - 1,
            expr: Expr::AfterPrevious {
                unit: Unit::Day,
                n: days.into(),
            },
        });
        Some(next)
    }

    /// Phrases relative to publication: "hier", "la semaine dernière", "last year".
    fn relative(&self, i: usize, found: &mut Vec<Found>) -> Option<usize> {
        let (mut next, (unit, n)) = self.table(i, RELATIVE)?;
        if unit == Unit::Day
            && let Some(k) = self.list(next, TIMES_OF_DAY)
        {
            next = k;
        }
        found.push(Found {
            first: i,
            last: next - 1,
            expr: Expr::Shift { unit, n: n.into() },
        });
        Some(next)
    }

    /// Months: "en juin", "octobre 2024", "début novembre", "mi-octobre", "late October".
    fn month(&self, i: usize, found: &mut Vec<Found>) -> Option<usize> {
        let (j, part) = match self.month_part(i) {
            Some((j, part, Some(month))) => {
                return self.push_month(i, j, month, part, found);
            }
            Some((j, part, None)) => {
                let j = self.skip_fillers(j);
                (j, Some(part))
            }
            None => (i, None),
        };
        // A future preposition licenses a bare month but stays outside its words.
        let (first, prep) = match part {
            Some(_) => (i, None),
            None => match self.list(j, FUTURE_PREPS) {
                Some(k) => (k, Some(k)),
                None => (i, self.list(j, MONTH_PREPS)),
            },
        };
        let (k, month) = self.month_name(prep.unwrap_or(j))?;
        if part.is_none() && prep.is_none() && self.year_number(k).is_none() {
            return None;
        }
        self.push_month(first, k, month, part.unwrap_or(MonthPart::Whole), found)
    }

    fn push_month(
        &self,
        i: usize,
        k: usize,
        month: i8,
        part: MonthPart,
        found: &mut Vec<Found>,
    ) -> Option<usize> {
        let (next, year) = match self.year_after_month(k) {
            Some((n, y)) => (n, Some(y)),
            None => (k, None),
        };
        found.push(Found {
            first: i,
            last: next - 1,
            expr: Expr::Month { year, month, part },
        });
        Some(next)
    }

    fn skip_fillers(&self, mut j: usize) -> usize {
        while let Some(k) = self.list(j, PART_FILLERS) {
            j = k;
        }
        j
    }

    /// A month part at `i`; a hyphenated one ("mi-octobre") brings its month.
    fn month_part(&self, i: usize) -> Option<(usize, MonthPart, Option<i8>)> {
        let t = self.tok(i)?;
        if let Some((head, tail)) = t.folded.split_once('-')
            && let Some(part) = lookup(self.words.month_parts, head)
            && let Some(month) = lookup(self.words.months, tail)
        {
            let capital_ok = !self.words.capitalised_names
                || t.text
                    .chars()
                    .skip_while(|c| c.is_alphabetic())
                    .find(|c| c.is_alphabetic())
                    .is_some_and(char::is_uppercase);
            return capital_ok.then_some((i + 1, part, Some(month)));
        }
        let (j, part) = self.table(i, MONTH_PARTS)?;
        Some((j, part, None))
    }

    /// Years used as dates: "en 2023", "in 2023".
    fn year(&self, i: usize, found: &mut Vec<Found>) -> Option<usize> {
        let j = self.list(i, YEAR_PREPS)?;
        let (next, year) = self.year_number(j)?;
        found.push(Found {
            first: i,
            last: next - 1,
            expr: Expr::Year(year),
        });
        Some(next)
    }

    /// Weekdays: "vendredi", "ce vendredi", "vendredi dernier", "on Monday", "last Friday".
    fn weekday(&self, i: usize, found: &mut Vec<Found>) -> Option<usize> {
        let before = self.table(i, WEEKDAY_BEFORE);
        let (mut next, weekday) = self.weekday_name(before.map_or(i, |(k, _)| k))?;
        let mut which = before.map_or(Which::Recent, |(_, w)| w);
        if let Some((k, w)) = self.table(next, WEEKDAY_AFTER) {
            next = k;
            which = w;
        }
        if let Some(k) = self.list(next, TIMES_OF_DAY) {
            next = k;
        }
        if let Some((first, last, weekday)) = self.night(i, next, weekday) {
            found.push(Found {
                first,
                last,
                expr: Expr::Night { weekday, which },
            });
            return Some(last + 1);
        }
        // "quarta-feira, 5 de agosto", "Tuesday, Oct. 29", "Dienstag, dem 6. Juni": the weekday
        // names the day the date after it gives; one date, read from that date.
        if which == Which::Recent
            && let Some((k, expr)) = self.date_after_weekday(next)
        {
            found.push(Found {
                first: i,
                last: k - 1,
                expr,
            });
            return Some(k);
        }
        if which == Which::Recent
            && let Some((k, day)) = self.day_after_weekday(next)
        {
            found.push(Found {
                first: i,
                last: k - 1,
                expr: Expr::WeekdayDay { weekday, day },
            });
            return Some(k);
        }
        found.push(Found {
            first: i,
            last: next - 1,
            expr: Expr::Weekday { weekday, which },
        });
        Some(next)
    }

    /// "no dia 29", "el día 10": a noun for a day, then a day of the month that no month
    /// follows (with one, the day reader reads the whole date from the number).
    fn day_of_month(&self, i: usize, found: &mut Vec<Found>) -> Option<usize> {
        let at = self.list(i, DAY_NOUNS)?;
        let (next, day) = self.day_number(at)?;
        let of = self.list(next, DAY_OF).unwrap_or(next);
        if self.month_name(of).is_some() || self.month_name(next).is_some() {
            return None;
        }
        found.push(Found {
            first: i,
            last: next - 1,
            expr: Expr::DayOfMonth(day),
        });
        Some(next)
    }

    /// A night that runs into a weekday, read at the weekday name found at token `i` (its
    /// phrase ends before `next`): "nuit de dimanche à lundi", "night from Sunday to Monday",
    /// "notte tra domenica e lunedì" (a night noun, a link, the weekday, a connector, the next
    /// weekday), or "Nacht zum Montag", "nuit vers lundi" (a night noun and a connector right
    /// before the weekday). Returns the phrase's first and last token and the weekday the night
    /// runs into. Compounds count ("Flutnacht").
    fn night(&self, i: usize, next: usize, weekday: Weekday) -> Option<(usize, usize, Weekday)> {
        let w = self.words;
        let is_night = |k: usize| {
            self.tok(k).is_some_and(|t| {
                w.nights.iter().any(|n| {
                    t.folded == *n || (t.folded.len() > n.len() + 2 && t.folded.ends_with(n))
                })
            })
        };
        let before = |k: usize, list: &[&str]| {
            k > 0 && self.tok(k - 1).is_some_and(|t| listed(list, &t.folded))
        };
        if before(i, w.night_links) && i >= 2 && is_night(i - 2) {
            self.tok(next).filter(|t| listed(w.night_to, &t.folded))?;
            let (end, into) = self.weekday_name(next + 1)?;
            let end = self.list(end, TIMES_OF_DAY).unwrap_or(end);
            let expected = weekday.next();
            return (into == expected).then_some((i - 2, end - 1, into));
        }
        if before(i, w.night_to) && i >= 2 && is_night(i - 2) {
            return Some((i - 2, next - 1, weekday));
        }
        None
    }

    /// The day of the month right after a weekday ("martes 20", "domingo, 10", "terça-feira
    /// (17)"): a number up to 31 that ends the phrase (punctuation, the end, or a short
    /// function word follows), never a count's figure ("Monday, 10 people died").
    /// A day and month right after a weekday name, past a comma and a day article: the date
    /// and the index after it.
    fn date_after_weekday(&self, i: usize) -> Option<(usize, Expr)> {
        let mut at = i;
        if self.tok(at).is_some_and(|t| t.text == ",") {
            at += 1;
        }
        if self
            .tok(at)
            .is_some_and(|t| listed(self.words.day_articles, &t.folded))
        {
            at += 1;
        }
        let mut found = Vec::new();
        let next = self.days(at, &mut found)?;
        match found.first()?.expr {
            expr @ Expr::Days { .. } => Some((next, expr)),
            _ => None,
        }
    }

    fn day_after_weekday(&self, i: usize) -> Option<(usize, i8)> {
        let comma = self.tok(i).is_some_and(|t| t.text == ",");
        let paren = self.tok(i).is_some_and(|t| t.text == "(");
        let at = if comma || paren { i + 1 } else { i };
        let t = self.tok(at)?;
        if t.kind != TokenKind::Number || t.text.len() > 2 || self.number_goes_on(at) {
            return None;
        }
        let day: i8 = t.text.parse().ok()?;
        if !(1..=31).contains(&day) {
            return None;
        }
        let mut next = at + 1;
        if paren {
            if self.tok(next).is_none_or(|t| t.text != ")") {
                return None;
            }
            next += 1;
        }
        let ends = paren
            || match self.tok(next) {
                None => true,
                Some(t) if t.kind == TokenKind::Punct => !matches!(t.text, "'" | "’" | "-" | "%"),
                Some(t) => {
                    !comma
                        && t.kind == TokenKind::Word
                        && t.text.chars().count() <= 3
                        && t.text.chars().all(char::is_lowercase)
                }
            };
        ends.then_some((next, day))
    }

    /// A day with its month at token `i`, with or without a year ("16 juillet", "Oct 30").
    pub(crate) fn day_and_month(&self, i: usize) -> Option<Point> {
        let mut found = Vec::new();
        self.days(i, &mut found)?;
        match found.first()?.expr {
            Expr::Days { from, .. } => Some(from),
            _ => None,
        }
    }

    /// An absolute date with its year, as a dateline gives it ("21 octobre 2024",
    /// "Oct. 28, 2024", "2024-10-28", "23/10/2024"); returns the index after it.
    pub(crate) fn dated(&self, i: usize) -> Option<(usize, Point)> {
        let mut found = Vec::new();
        let next = self
            .numeric(i, &mut found)
            .or_else(|| self.days(i, &mut found))?;
        match found.first()?.expr {
            Expr::Days { from, .. } if from.year.is_some() => Some((next, from)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::token::tokenize;

    /// A year joined to its month by a `day_of` word ("octubre de 2024") belongs to the date.
    #[test]
    fn year_after_month_through_day_of_words() {
        let rows: [(Lang, &str, Option<i16>); 4] = [
            (Lang::Es, "18 de octubre de 2024", Some(2024)),
            (Lang::Pt, "em junho de 2023", Some(2023)),
            (Lang::En, "21st of October of 2024", Some(2024)),
            (Lang::Fr, "18 octobre de 2024", None),
        ];
        for (lang, text, year) in rows {
            let tokens = tokenize(text, 0, text.len());
            let found = scan(&tokens, &lang.data().dates);
            let got = match found.first().map(|f| f.expr) {
                Some(Expr::Days { from, .. }) => from.year,
                Some(Expr::Month { year, .. }) => year,
                other => panic!("{text:?}: {other:?}"),
            };
            assert_eq!(got, year, "{lang} {text:?}");
        }
    }
}
