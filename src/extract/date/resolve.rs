//! Placing date expressions on the calendar.
//!
//! News is written about the past: a weekday is the most recent one strictly before the
//! publication date (never the next one, as general-purpose parsers assume), a day or month
//! without a year is the most recent one, allowing a few days (a day) or the next month (a
//! month) ahead for announced events. Everything is computed in the article's own local date.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::scan::{Expr, Point};
use super::{MonthPart, Unit, Which};
use crate::claim::Granularity;

/// How many days after publication a day without a year may still fall ("le 31 janvier" in an
/// article of 19 January is the coming one).
const DAYS_AHEAD: i64 = 14;

/// An expression placed on the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub granularity: Granularity,
    pub relative: bool,
    pub unresolved: Option<String>,
}

impl Resolved {
    fn ok(start: Date, end: Date, granularity: Granularity, relative: bool) -> Resolved {
        Resolved {
            start: Some(start),
            end: Some(end),
            granularity,
            relative,
            unresolved: None,
        }
    }

    fn unresolved(granularity: Granularity, relative: bool, why: &str) -> Resolved {
        Resolved {
            start: None,
            end: None,
            granularity,
            relative,
            unresolved: Some(why.to_string()),
        }
    }
}

const NO_PUBLICATION: &str = "no publication date (give --date YYYY-MM-DD)";
const NO_YEAR: &str = "no year and no publication date (give --date YYYY-MM-DD)";
const NO_EARLIER: &str = "no earlier date in the text to count from";

/// Places `expr` on the calendar, counting from the publication date or, for "le lendemain",
/// from the previous day-precise date of the text (`previous`, as first and last day). When the
/// clause looks `ahead` ("d'ici décembre", "will meet on Friday"), a date without a year or week
/// is the next one instead of the most recent.
pub(crate) fn resolve(
    expr: &Expr,
    published: Option<Date>,
    previous: Option<(Date, Date)>,
    ahead: bool,
) -> Resolved {
    use Granularity::{Day, Month, Week, Year};
    let done = |r: Option<Resolved>, g, relative| {
        r.unwrap_or_else(|| Resolved::unresolved(g, relative, "date out of range"))
    };
    match *expr {
        Expr::Days { from, to } => match (from.year, published) {
            (Some(_), _) => done(absolute_days(from, to), Day, false),
            (None, Some(p)) => done(days_near(from, to, p, ahead), Day, false),
            (None, None) => Resolved::unresolved(Day, false, NO_YEAR),
        },
        Expr::Month { year, month, part } => match (year, published) {
            (Some(y), _) => done(month_part(y, month, part), Month, false),
            (None, Some(p)) => done(month_near(month, part, p, ahead), Month, true),
            (None, None) => Resolved::unresolved(Month, true, NO_YEAR),
        },
        Expr::Year(y) => {
            let start = Date::new(y, 1, 1).ok();
            done(
                start.map(|s| Resolved::ok(s, s.last_of_year(), Year, false)),
                Year,
                false,
            )
        }
        Expr::WeekdayDay { weekday, day } => match published {
            Some(p) => done(nearest_weekday_day(p, weekday, day), Day, true),
            None => Resolved::unresolved(Day, true, NO_PUBLICATION),
        },
        Expr::DayOfMonth(day) => match published {
            Some(p) => done(day_of_month(p, day, ahead), Day, true),
            None => Resolved::unresolved(Day, true, NO_PUBLICATION),
        },
        Expr::Weekday { weekday, which } => match published {
            Some(p) => done(weekday_from(p, weekday, which, ahead), Day, true),
            None => Resolved::unresolved(Day, true, NO_PUBLICATION),
        },
        Expr::Night { weekday, which } => match published {
            Some(p) => done(
                weekday_from(p, weekday, which, ahead).and_then(|r| {
                    let eve = r.start?.yesterday().ok()?;
                    Some(Resolved {
                        start: Some(eve),
                        ..r
                    })
                }),
                Day,
                true,
            ),
            None => Resolved::unresolved(Day, true, NO_PUBLICATION),
        },
        Expr::Shift { unit, n } => {
            let g = match unit {
                Unit::Day => Day,
                Unit::Week => Week,
                Unit::Month => Month,
                Unit::Year => Year,
            };
            match published {
                Some(p) => done(shift(p, unit, n), g, true),
                None => Resolved::unresolved(g, true, NO_PUBLICATION),
            }
        }
        Expr::AfterPrevious { unit, n } => match previous {
            Some((start, end)) => {
                let base = if n >= 0 { end } else { start };
                let day = add(base, unit, n);
                done(day.map(|d| Resolved::ok(d, d, Day, true)), Day, true)
            }
            None => Resolved::unresolved(Day, true, NO_EARLIER),
        },
    }
}

fn date(year: i16, p: Point) -> Option<Date> {
    Date::new(year, p.month, p.day).ok()
}

/// Days with a written year; a range whose start would fall after its end started the year
/// before ("du 28 décembre au 3 janvier 2025").
fn absolute_days(from: Point, to: Point) -> Option<Resolved> {
    let mut start = date(from.year?, from)?;
    let end = date(to.year?, to)?;
    if start > end {
        start = date(from.year? - 1, from)?;
    }
    Some(Resolved::ok(start, end, Granularity::Day, false))
}

/// Days without a year: the most recent year that puts the first day at most a few days after
/// publication, or the first on or after publication when the clause looks ahead.
fn days_near(from: Point, to: Point, published: Date, ahead: bool) -> Option<Resolved> {
    let limit = published.checked_add(DAYS_AHEAD.days()).ok()?;
    let year = published.year();
    let start = if ahead {
        [year, year + 1]
            .into_iter()
            .filter_map(|y| date(y, from))
            .find(|d| *d >= published)?
    } else {
        [year + 1, year, year - 1, year - 2]
            .into_iter()
            .filter_map(|y| date(y, from))
            .find(|d| *d <= limit)?
    };
    let mut end = date(start.year(), to)?;
    if end < start {
        end = date(start.year() + 1, to)?;
    }
    Some(Resolved::ok(start, end, Granularity::Day, false))
}

/// A month (or part) of a written year.
fn month_part(year: i16, month: i8, part: MonthPart) -> Option<Resolved> {
    let first = Date::new(year, month, 1).ok()?;
    let (start, end) = match part {
        MonthPart::Whole => (first, first.last_of_month()),
        MonthPart::Early => (first, Date::new(year, month, 10).ok()?),
        MonthPart::Mid => (
            Date::new(year, month, 11).ok()?,
            Date::new(year, month, 20).ok()?,
        ),
        MonthPart::Late => (Date::new(year, month, 21).ok()?, first.last_of_month()),
    };
    Some(Resolved::ok(start, end, Granularity::Month, false))
}

/// A month without a year: the most recent one that starts no later than the month after
/// publication, or the first not yet over when the clause looks ahead.
fn month_near(month: i8, part: MonthPart, published: Date, ahead: bool) -> Option<Resolved> {
    let limit = published.first_of_month().checked_add(1.month()).ok()?;
    let year = published.year();
    let y = if ahead {
        [year, year + 1]
            .into_iter()
            .find(|&y| Date::new(y, month, 1).is_ok_and(|d| d.last_of_month() >= published))?
    } else {
        [year + 1, year, year - 1]
            .into_iter()
            .find(|&y| Date::new(y, month, 1).is_ok_and(|d| d <= limit))?
    };
    month_part(y, month, part).map(|r| Resolved {
        relative: true,
        ..r
    })
}

fn monday_of(d: Date) -> Option<Date> {
    d.tomorrow().ok()?.nth_weekday(-1, Weekday::Monday).ok()
}

fn weekday_from(published: Date, weekday: Weekday, which: Which, ahead: bool) -> Option<Resolved> {
    let d = match which {
        Which::Recent if ahead => published.yesterday().ok()?.nth_weekday(1, weekday).ok()?,
        Which::Recent => published.tomorrow().ok()?.nth_weekday(-1, weekday).ok()?,
        Which::Last => published.nth_weekday(-1, weekday).ok()?,
        Which::Next => published.nth_weekday(1, weekday).ok()?,
        Which::This => monday_of(published)?
            .checked_add(i64::from(weekday.to_monday_zero_offset()).days())
            .ok()?,
    };
    Some(Resolved::ok(d, d, Granularity::Day, true))
}

fn add(base: Date, unit: Unit, n: i32) -> Option<Date> {
    let span = match unit {
        Unit::Day => n.days(),
        Unit::Week => n.weeks(),
        Unit::Month => n.months(),
        Unit::Year => n.years(),
    };
    base.checked_add(span).ok()
}

fn shift(published: Date, unit: Unit, n: i32) -> Option<Resolved> {
    let (start, end, g) = match unit {
        Unit::Day => {
            let d = add(published, Unit::Day, n)?;
            (d, d, Granularity::Day)
        }
        Unit::Week => {
            let s = add(monday_of(published)?, Unit::Week, n)?;
            (s, s.checked_add(6.days()).ok()?, Granularity::Week)
        }
        Unit::Month => {
            let s = add(published.first_of_month(), Unit::Month, n)?;
            (s, s.last_of_month(), Granularity::Month)
        }
        Unit::Year => {
            let s = add(published.first_of_year(), Unit::Year, n)?;
            (s, s.last_of_year(), Granularity::Year)
        }
    };
    Some(Resolved::ok(start, end, g, true))
}

/// The day nearest `published` (the past first on a tie, within seven weeks) that is day `day`
/// of its month and falls on `weekday`: "el martes 20" in a story of Saturday 17 July 2021 is
/// Tuesday 20 July.
/// Day `day` of the month of `published`, or of the month before when that day is still to
/// come (of the month after when the clause looks `ahead` and the day is past).
fn day_of_month(published: Date, day: i8, ahead: bool) -> Option<Resolved> {
    let step = match ahead {
        true if day < published.day() => 1,
        false if day > published.day() => -1,
        _ => 0,
    };
    let month = published
        .first_of_month()
        .checked_add(jiff::Span::new().months(step))
        .ok()?;
    let date = month.with().day(day).build().ok()?;
    Some(Resolved::ok(date, date, Granularity::Day, true))
}

fn nearest_weekday_day(published: Date, weekday: Weekday, day: i8) -> Option<Resolved> {
    (0..50).find_map(|d| {
        [-d, d].into_iter().find_map(|offset| {
            let date = published.checked_add(jiff::Span::new().days(offset)).ok()?;
            (date.day() == day && date.weekday() == weekday)
                .then(|| Resolved::ok(date, date, Granularity::Day, true))
        })
    })
}
