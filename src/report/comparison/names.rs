//! Short names for long source names in the terminal report, and the legend that says so.
//!
//! A fact-checker scans a column of sources: "NIS" reads faster than "National Intelligence
//! Service (South Korea)". Names are shortened by rules on the canonical name alone, never by a
//! list: an initialism in brackets is the name ("Ukrainian military intelligence (HUR)" →
//! "HUR"); a "(government)" qualifier is dropped ("Ukraine (government)" → "Ukraine"); a name of
//! three or more capitalised words with a qualifier becomes its initials ("National
//! Intelligence Service (South Korea)" → "NIS"). A short name that two sources would share, or
//! that is another source's name, is not used. Only the terminal report shortens; the CSV and
//! JSON keep canonical names.

use std::collections::{BTreeMap, BTreeSet};

/// Names up to this many characters are short enough.
pub const LONG: usize = 16;

/// The short names of one report.
#[derive(Debug, Default)]
pub struct Names {
    short: BTreeMap<String, String>,
}

impl Names {
    /// Short names for those of `names` that need one and can have one without ambiguity.
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Names {
        let all: BTreeSet<&str> = names.into_iter().collect();
        let mut proposed: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for &name in &all {
            if let Some(short) = abbreviate(name) {
                proposed.entry(short).or_default().push(name);
            }
        }
        let short = proposed
            .into_iter()
            .filter(|(short, names)| names.len() == 1 && !all.contains(short.as_str()))
            .map(|(short, names)| (names[0].to_string(), short))
            .collect();
        Names { short }
    }

    /// The name to print for `name`.
    pub fn get<'n>(&'n self, name: &'n str) -> &'n str {
        self.short.get(name).map_or(name, String::as_str)
    }

    /// The legend, one entry per short name in use: "NIS = National Intelligence Service
    /// (South Korea)", sorted by short name.
    pub fn legend(&self) -> Vec<String> {
        let mut entries: Vec<String> = self
            .short
            .iter()
            .map(|(name, short)| format!("{short} = {name}"))
            .collect();
        entries.sort();
        entries
    }
}

/// The short form of a long canonical name, if a rule gives one.
fn abbreviate(name: &str) -> Option<String> {
    if name.chars().count() <= LONG {
        return None;
    }
    let (head, inside) = name.strip_suffix(')').and_then(|n| n.rsplit_once(" ("))?;
    if is_initialism(inside) {
        return Some(inside.to_string());
    }
    if inside == "government" {
        return Some(head.to_string());
    }
    initials(head)
}

/// Two to five capital letters: "HUR", "NIS".
fn is_initialism(s: &str) -> bool {
    (2..=5).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_uppercase())
}

/// The initials of a name of three or more capitalised words (short lower-case words such as
/// "of" skipped): "National Intelligence Service" → "NIS"; `None` for anything else.
fn initials(head: &str) -> Option<String> {
    let mut letters = String::new();
    for word in head.split_whitespace() {
        let mut chars = word.chars();
        let first = chars.next()?;
        if first.is_uppercase() && chars.all(|c| c.is_lowercase() || c == '-') {
            letters.push(first);
        } else if !(word.chars().all(char::is_lowercase) && word.chars().count() <= 3) {
            return None;
        }
    }
    (letters.chars().count() >= 3).then_some(letters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_shorten_by_rule() {
        #[rustfmt::skip]
        let rows = [
            ("National Intelligence Service (South Korea)", Some("NIS")),
            ("Ukrainian military intelligence (HUR)", Some("HUR")),
            ("Ukraine (government)", Some("Ukraine")),
            ("South Korea (government)", Some("South Korea")),
            ("Bureau of Investigation Services (Ruritania)", Some("BIS")),
            ("Interior Ministry (France)", None),
            ("US Department of State", None),
            ("The New York Times", None),
            ("Institute for the Study of War", None),
            ("Pentagon", None),
            ("Kremlin (Russia)", None),
        ];
        for (name, expected) in rows {
            assert_eq!(abbreviate(name).as_deref(), expected, "{name}");
        }
    }

    #[test]
    fn a_short_name_is_used_only_when_unambiguous() {
        let names = Names::new([
            "National Intelligence Service (South Korea)",
            "National Investigation Service (Ruritania)",
            "Ukraine (government)",
            "Ukraine",
            "Ukrainian military intelligence (HUR)",
        ]);
        assert_eq!(
            names.get("National Intelligence Service (South Korea)"),
            "National Intelligence Service (South Korea)"
        );
        assert_eq!(names.get("Ukraine (government)"), "Ukraine (government)");
        assert_eq!(names.get("Ukrainian military intelligence (HUR)"), "HUR");
        assert_eq!(
            names.legend(),
            ["HUR = Ukrainian military intelligence (HUR)"]
        );
    }
}
