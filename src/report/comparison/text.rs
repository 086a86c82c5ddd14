//! Text helpers for the terminal report: figures and days that never break across lines,
//! wrapping at a width, and colour that only a terminal sees.

use jiff::civil::Date;

use crate::compare::describe;

/// Colours of the terminal report, as ANSI escape codes: the same 256-colour codes the table's
/// cells get, so that a colour reads the same in the table and in the sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    /// Contradictions.
    Red,
    /// Denials.
    Magenta,
    /// Single sources and hedges.
    Yellow,
    /// Corroborated claims.
    Green,
    /// Section titles.
    Bold,
}

impl Paint {
    fn code(self) -> &'static str {
        match self {
            Paint::Red => "\x1b[38;5;9m",
            Paint::Magenta => "\x1b[38;5;13m",
            Paint::Yellow => "\x1b[38;5;11m",
            Paint::Green => "\x1b[38;5;10m",
            Paint::Bold => "\x1b[1m",
        }
    }

    /// `text` in this colour when `on`, else unchanged; one line at a time, so that a pager
    /// that cuts lines never leaves a colour running.
    pub fn apply(self, text: &str, on: bool) -> String {
        if !on {
            return text.to_string();
        }
        text.split('\n')
            .map(|line| {
                if line.is_empty() {
                    String::new()
                } else {
                    format!("{}{line}\x1b[0m", self.code())
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// "18 Oct" that never breaks across lines (with the year when `with_year`).
pub fn day(date: Date, with_year: bool) -> String {
    describe::day(date, with_year).replace(' ', "\u{a0}")
}

/// Two days as a span: "18 Oct" for one day, "13–18 Oct" within a month, "28 Oct–4 Nov".
pub fn days(first: Date, last: Date, with_year: bool) -> String {
    if first == last {
        return day(first, with_year);
    }
    if first.year() == last.year() && first.month() == last.month() {
        return format!("{}–{}", first.day(), day(last, with_year));
    }
    format!("{}–{}", day(first, with_year), day(last, with_year))
}

/// "1 report", "5 reports".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// At most `max` names, then "+N": "NIS, Pentagon +3".
pub fn some(names: &[String], max: usize) -> String {
    if names.len() <= max {
        return names.join(", ");
    }
    format!("{} +{}", names[..max].join(", "), names.len() - max)
}

/// Keeps the digit groups of a figure together ("10 000" never breaks across lines) by joining
/// them with no-break spaces; only the terminal report does this, data outputs keep plain
/// spaces.
pub fn glue_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &ch) in chars.iter().enumerate() {
        let joins = ch == ' '
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.len() > i + 3
            && chars[i + 1..i + 4].iter().all(char::is_ascii_digit)
            && chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        out.push(if joins { '\u{a0}' } else { ch });
    }
    out
}

/// Wraps `text` at `width` columns (when given), continuing lines with `indent`; ends in a
/// newline.
pub fn wrap(text: &str, width: Option<usize>, indent: &str) -> String {
    let Some(width) = width else {
        return format!("{text}\n");
    };
    let mut out = String::new();
    let mut line = String::new();
    let mut fresh = true;
    for word in text.split(' ') {
        if !fresh && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = indent.to_string();
            fresh = true;
        }
        if !fresh {
            line.push(' ');
        }
        line.push_str(word);
        fresh = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_of_days_read_short() {
        let d = |m, n| jiff::civil::date(2024, m, n);
        assert_eq!(days(d(10, 18), d(10, 18), false), "18\u{a0}Oct");
        assert_eq!(days(d(10, 13), d(10, 18), false), "13–18\u{a0}Oct");
        assert_eq!(days(d(10, 28), d(11, 4), false), "28\u{a0}Oct–4\u{a0}Nov");
    }

    #[test]
    fn figures_stay_whole_and_lines_wrap() {
        assert_eq!(
            glue_numbers("10 000 vs 1 500 000"),
            "10\u{a0}000 vs 1\u{a0}500\u{a0}000"
        );
        assert_eq!(glue_numbers("in 2024 12 soldiers"), "in 2024 12 soldiers");
        assert_eq!(wrap("aaa bbb ccc", Some(7), "  "), "aaa bbb\n  ccc\n");
        assert_eq!(some(&["A".into(), "B".into(), "C".into()], 2), "A, B +1");
    }

    #[test]
    fn colour_is_per_line_and_only_on_request() {
        assert_eq!(Paint::Red.apply("a\nb", false), "a\nb");
        assert_eq!(
            Paint::Red.apply("a\nb", true),
            "\x1b[38;5;9ma\x1b[0m\n\x1b[38;5;9mb\x1b[0m"
        );
    }
}
