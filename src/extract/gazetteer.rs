//! The source gazetteer: a multilingual alias table mapping names ("NIS", "renseignements
//! sud-coréens", "Seoul's spy agency") to one canonical source with its kind and country.
//!
//! The built-in table is `data/sources.tsv`, embedded at build time and compiled once; `--aliases
//! FILE` adds a file in the same format (documented at the top of `data/sources.tsv`). Matching
//! runs one Aho-Corasick automaton (leftmost-longest) over folded text, checks word boundaries
//! itself, and falls back to a small edit distance for long single-word names ("Zelenskyy",
//! "Zelenski" → "Zelensky").

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::claim::{Source, SourceKind};
use crate::error::Error;

/// The built-in table, as shipped.
const BUILTIN: &str = include_str!("../../data/sources.tsv");

/// The header line of the file format.
const HEADER: &str = "canonical\tkind\tcountry\taffiliation\taliases";

/// One canonical source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The canonical name.
    pub canonical: String,
    /// What sort of body it is.
    pub kind: SourceKind,
    /// Its country, when it has one.
    pub country: Option<String>,
    /// For a person, the canonical name of the body they speak for.
    pub affiliation: Option<String>,
}

/// One entry an alias may stand for.
#[derive(Debug, Clone)]
struct Candidate {
    entry: usize,
    /// Only valid once the entry has been named in full earlier in the same text.
    contextual: bool,
    /// The alias as written, when it must match in capitals ("NIS", "US").
    exact: Option<String>,
    /// A one-word place name that stands for a country's government ("Seul", "Washington"):
    /// it names the government only capitalised, never as a lower-case word ("un seul décès").
    capitalised: bool,
}

/// Aliases → canonical sources.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// One list of candidates per automaton pattern.
    candidates: Vec<Vec<Candidate>>,
    automaton: AhoCorasick,
    /// Single-word aliases of six letters or more, for near matches, by their first character.
    long_words: HashMap<char, Vec<LongWord>>,
}

/// A single-word alias of six letters or more, for near matches.
#[derive(Debug, Clone)]
struct LongWord {
    /// The folded alias.
    key: String,
    /// Its length in characters: an alias whose length differs from a word's by more than the
    /// distance allowed cannot be near it, and is passed over without measuring.
    chars: usize,
    /// The entry it names.
    entry: usize,
}

/// A source named in a text: `text[start..end]` names `entry`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the name's first byte.
    pub start: usize,
    /// Byte offset just past the name.
    pub end: usize,
    /// Index of the entry (see [`Gazetteer::entry`]).
    pub entry: usize,
}

/// One parsed line: an entry and its aliases.
struct Line {
    entry: Entry,
    aliases: Vec<String>,
    /// The 1-based line number in its file.
    number: usize,
}

static BUILT_IN: LazyLock<Gazetteer> = LazyLock::new(|| {
    let lines = builtin_lines();
    Gazetteer::build(lines).unwrap_or_else(|e| panic!("built-in gazetteer: {e}"))
});

/// The lines of the built-in table; a bad line there is a bug of the build, caught by tests.
fn builtin_lines() -> Vec<Line> {
    let (lines, errors) = parse(Path::new("data/sources.tsv"), BUILTIN);
    if let Some(e) = errors.first() {
        panic!("built-in gazetteer: {e}");
    }
    lines
}

/// The most aliases indexed with a DFA (the built-in table has under a thousand): past it,
/// building the DFA would take longer than a run.
const DFA_MAX_ALIASES: usize = 10_000;

/// The most aliases an aliases file may add. The automaton's build, linear for most sets of
/// names, grows faster than that on some (many aliases sharing a long prefix): this bounds a
/// run's start-up to a second or two.
pub const MAX_EXTRA_ALIASES: usize = 50_000;

/// At most this many bad lines of an aliases file are reported one by one.
pub const MAX_REPORTED_LINES: usize = 20;

impl Gazetteer {
    /// The built-in gazetteer, compiled on first use.
    pub fn builtin() -> &'static Gazetteer {
        &BUILT_IN
    }

    /// The built-in gazetteer plus the aliases of `path` (same format as `data/sources.tsv`).
    /// Every bad line is an error naming the file and the line (the first
    /// [`MAX_REPORTED_LINES`] of them, then one saying how many more).
    pub fn load(path: &Path) -> Result<Gazetteer, Vec<Error>> {
        let meta = std::fs::metadata(path).map_err(|source| {
            vec![Error::Io {
                path: path.to_path_buf(),
                source,
            }]
        })?;
        if !meta.is_file() {
            return Err(vec![Error::Decode {
                path: path.to_path_buf(),
                reason: "not a regular file (give the aliases file itself)".into(),
            }]);
        }
        let bytes = std::fs::read(path).map_err(|source| {
            vec![Error::Io {
                path: path.to_path_buf(),
                source,
            }]
        })?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let line = e.utf8_error().valid_up_to();
            vec![Error::Aliases {
                path: path.to_path_buf(),
                line: 1 + e.as_bytes()[..line].iter().filter(|&&b| b == b'\n').count(),
                reason: "not UTF-8 text (save the aliases file as UTF-8)".into(),
            }]
        })?;
        Gazetteer::with_extra(path, &text)
    }

    /// The built-in gazetteer plus the aliases in `text`, read from `path` (named in errors).
    /// A line whose canonical name is known replaces its entry and puts its aliases first;
    /// new entries come before the built-in ones, the file's last first. Linear in the
    /// number of lines: each canonical name is looked up in a map.
    pub fn with_extra(path: &Path, text: &str) -> Result<Gazetteer, Vec<Error>> {
        let (extra, mut errors) = parse(path, text);
        if !errors.is_empty() {
            if errors.len() > MAX_REPORTED_LINES {
                let more = errors.len() - MAX_REPORTED_LINES;
                errors.truncate(MAX_REPORTED_LINES);
                errors.push(Error::Decode {
                    path: path.to_path_buf(),
                    reason: format!("{more} more bad lines not shown (fix the ones above first)"),
                });
            }
            return Err(errors);
        }
        let mut count = 0;
        for line in &extra {
            count += line.aliases.len();
            if count > MAX_EXTRA_ALIASES {
                return Err(vec![Error::Aliases {
                    path: path.to_path_buf(),
                    line: line.number,
                    reason: format!(
                        "more than {MAX_EXTRA_ALIASES} aliases: not read (keep the names your articles use)"
                    ),
                }]);
            }
        }
        let mut lines = builtin_lines();
        let mut added: Vec<Line> = Vec::new();
        // Where each canonical name is: (among the added lines?, index).
        let mut at: HashMap<String, (bool, usize)> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| (l.entry.canonical.clone(), (false, i)))
            .collect();
        // Aliases of later lines for a known name, in file order; they go first, last first.
        let mut later: HashMap<(bool, usize), Vec<Vec<String>>> = HashMap::new();
        for line in extra {
            match at.get(&line.entry.canonical) {
                Some(&(new, i)) => {
                    let known = if new { &mut added[i] } else { &mut lines[i] };
                    known.entry = line.entry;
                    later.entry((new, i)).or_default().push(line.aliases);
                }
                None => {
                    at.insert(line.entry.canonical.clone(), (true, added.len()));
                    added.push(line);
                }
            }
        }
        for ((new, i), chunks) in later {
            let known = if new { &mut added[i] } else { &mut lines[i] };
            let mut aliases: Vec<String> = chunks.into_iter().rev().flatten().collect();
            aliases.append(&mut known.aliases);
            known.aliases = aliases;
        }
        added.reverse();
        added.append(&mut lines);
        Gazetteer::build(added).map_err(|reason| {
            vec![Error::Decode {
                path: path.to_path_buf(),
                reason,
            }]
        })
    }

    /// The gazetteer of `lines`; fails, in words, when the aliases are too many to index.
    fn build(lines: Vec<Line>) -> Result<Gazetteer, String> {
        let mut entries = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        let mut candidates: Vec<Vec<Candidate>> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut long_words: HashMap<char, Vec<LongWord>> = HashMap::new();
        for line in lines {
            let entry = entries.len();
            entries.push(line.entry);
            for alias in line.aliases {
                let (contextual, name) = match alias.strip_prefix('~') {
                    Some(rest) => (true, rest.trim()),
                    None => (false, alias.as_str()),
                };
                let key = match_key(name);
                let exact = is_initialism(name).then(|| name.to_string());
                // "Interior", "Intérieur", "Viminale": a body's one-word name is matched only as
                // written, with its capital ("el interior del país" names no ministry).
                let capitalised = entries[entry].kind == SourceKind::Government
                    && !name.contains([' ', '-', '\''])
                    && name.starts_with(char::is_uppercase);
                let slot = *index.entry(key.clone()).or_insert_with(|| {
                    keys.push(key.clone());
                    candidates.push(Vec::new());
                    keys.len() - 1
                });
                let list = &mut candidates[slot];
                // An entry's aliases are added together: only the last candidate can be it.
                if list.last().is_some_and(|c| c.entry == entry) {
                    continue;
                }
                // A full alias of one entry wins over another entry's contextual one.
                list.push(Candidate {
                    entry,
                    contextual,
                    exact,
                    capitalised,
                });
                if !contextual
                    && !key.contains(' ')
                    && key.chars().filter(|c| c.is_alphabetic()).count() >= 6
                    && let Some(first) = key.chars().next()
                {
                    let chars = key.chars().count();
                    long_words
                        .entry(first)
                        .or_default()
                        .push(LongWord { key, chars, entry });
                }
            }
        }
        // A DFA: built once per run, it scans every document's text several times faster than
        // the NFA the builder would pick for this many aliases. A DFA's build grows faster
        // than its aliases (and past a size its state ids overflow): a large aliases file
        // gets an NFA, built in time linear in the aliases' bytes.
        let build = |kind| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(kind))
                .build(&keys)
        };
        let automaton = if keys.len() <= DFA_MAX_ALIASES {
            build(AhoCorasickKind::DFA)
        } else {
            build(AhoCorasickKind::ContiguousNFA)
        };
        let automaton = automaton
            .or_else(|_| build(AhoCorasickKind::NoncontiguousNFA))
            .map_err(|e| {
                format!(
                    "{} aliases are too many to index ({e}): split the file or keep fewer aliases",
                    keys.len()
                )
            })?;
        Ok(Gazetteer {
            entries,
            candidates,
            automaton,
            long_words,
        })
    }

    /// The entry at `index`.
    pub fn entry(&self, index: usize) -> &Entry {
        &self.entries[index]
    }

    /// Number of canonical sources.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the gazetteer holds no source.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The index of the entry whose canonical name is `canonical`.
    pub fn find_canonical(&self, canonical: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.canonical == canonical)
    }

    /// Every source named in `text`, in text order, without overlaps, longest name first.
    /// A contextual alias counts only after its source was named in full earlier in `text`;
    /// when two sources share it, the one named last wins.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let folded = fold_with_map(text);
        let (folded, map) = (folded.text.as_str(), &folded);
        let mut named: HashMap<usize, usize> = HashMap::new();
        let mut out = Vec::new();
        for m in self.automaton.find_iter(folded) {
            let (fs, fe) = (m.start(), m.end());
            let before = folded[..fs].chars().next_back();
            let after = folded[fe..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let (start, end) = (map.original(fs), map.original(fe));
            let written = &text[start..end];
            let opens_sentence = text[..start]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '«' | '“'));
            let capital = written.starts_with(char::is_uppercase);
            let usable = self.candidates[m.pattern().as_usize()].iter().filter(|c| {
                c.exact
                    .as_deref()
                    .is_none_or(|e| e == written || title_cased(e, written, opens_sentence))
                    && (capital || !c.capitalised)
            });
            let mut full = None;
            let mut contextual: Option<(usize, usize)> = None;
            for c in usable {
                if !c.contextual {
                    full.get_or_insert(c.entry);
                } else if let Some(&at) = named.get(&c.entry)
                    && contextual.is_none_or(|(_, best)| at > best)
                {
                    contextual = Some((c.entry, at));
                }
            }
            let Some(entry) = full.or(contextual.map(|(e, _)| e)) else {
                continue;
            };
            named.insert(entry, start);
            out.push(Mention { start, end, entry });
        }
        out
    }

    /// The entry a single word nearly names: a long alias within a small edit distance
    /// ("Zelenskyy", "Zelenski" for "Zelensky"). Words shorter than six letters never match.
    pub fn near(&self, word: &str) -> Option<usize> {
        let key = match_key(word);
        let len = key.chars().count();
        if len < 6 || key.contains(' ') {
            return None;
        }
        let allowed = if len >= 9 { 2 } else { 1 };
        let first = key.chars().next()?;
        self.long_words
            .get(&first)?
            .iter()
            .filter(|alias| alias.chars.abs_diff(len) <= allowed)
            .map(|alias| (strsim::levenshtein(&alias.key, &key), alias.entry))
            .filter(|&(d, _)| d <= allowed)
            .min_by_key(|&(d, e)| (d, e))
            .map(|(_, e)| e)
    }

    /// The government of `country` as a source, written `text`: the entry named after the
    /// country ("United States", "South Korea (government)"), else the government entry the
    /// country's name is an alias of ("Russia" → "Kremlin"), else its one government entry
    /// without a qualifier, else "government (Country)", the name an institution named by
    /// its type takes in that country ([`crate::extract::locale`]).
    pub fn government_of(&self, country: &str, text: &str) -> Source {
        let governs =
            |e: &&Entry| e.kind == SourceKind::Government && e.country.as_deref() == Some(country);
        let named = self.entries.iter().filter(governs).find(|e| {
            e.canonical == country
                || e.canonical
                    .strip_prefix(country)
                    .is_some_and(|rest| rest.starts_with(" ("))
        });
        let plain = || {
            let mut plain = self
                .entries
                .iter()
                .filter(governs)
                .filter(|e| !e.canonical.contains('('));
            let first = plain.next();
            first.filter(|_| plain.next().is_none())
        };
        let aliased = || {
            self.mentions(country)
                .into_iter()
                .find(|m| m.start == 0 && m.end == country.len())
                .map(|m| &self.entries[m.entry])
                .filter(|e| governs(e))
        };
        match named.or_else(aliased).or_else(plain) {
            Some(e) => e.source(text),
            None => {
                let canonical = format!("government ({country})");
                Source {
                    text: text.to_string(),
                    canonical: canonical.clone(),
                    kind: SourceKind::Government,
                    country: Some(country.to_string()),
                    affiliation: None,
                    chain: vec![canonical],
                }
            }
        }
    }

    /// The source that entry `index` names, written `text` in the article.
    pub fn source(&self, index: usize, text: &str) -> Source {
        self.entries[index].source(text)
    }
}

impl Entry {
    /// The source this entry names, written `text` in the article.
    fn source(&self, text: &str) -> Source {
        Source {
            text: text.to_string(),
            canonical: self.canonical.clone(),
            kind: self.kind,
            country: self.country.clone(),
            affiliation: self.affiliation.clone(),
            chain: vec![self.canonical.clone()],
        }
    }
}

/// Parses the gazetteer format: the good lines, and an error for each bad one, naming `path`
/// and the 1-based line.
fn parse(path: &Path, text: &str) -> (Vec<Line>, Vec<Error>) {
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        match parse_line(path, n + 1, raw) {
            Ok(Some(line)) => lines.push(line),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    (lines, errors)
}

/// One line of the gazetteer format (line number `n`): `None` for a blank, comment or header
/// line.
fn parse_line(path: &Path, n: usize, raw: &str) -> Result<Option<Line>, Error> {
    // A name never carries a terminal sequence into a report.
    let line = crate::ingest::controls::blank(raw.trim_end_matches('\r'));
    let line = line.as_ref();
    let fail = |reason: String| Error::Aliases {
        path: path.to_path_buf(),
        line: n,
        reason: crate::error::escape_controls(&reason),
    };
    if line.trim().is_empty() || line.trim_start().starts_with('#') || line == HEADER {
        return Ok(None);
    }
    let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
    if cols.len() != 5 {
        return Err(fail(format!(
            "expected 5 tab-separated columns (canonical, kind, country, affiliation, \
             aliases), found {}",
            cols.len()
        )));
    }
    let canonical = cols[0];
    if canonical.is_empty() {
        return Err(fail("empty canonical name".into()));
    }
    let kind = parse_kind(cols[1]).ok_or_else(|| {
        fail(format!(
            "unknown kind '{}' (use government, intelligence, military, agency, outlet, \
             person, organisation or expert)",
            cols[1]
        ))
    })?;
    let aliases: Vec<String> = cols[4]
        .split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(String::from)
        .collect();
    if aliases.is_empty() {
        return Err(fail("no alias (list names separated by '|')".into()));
    }
    if let Some(bad) = aliases
        .iter()
        .find(|a| match_key(a.trim_start_matches('~')).is_empty())
    {
        return Err(fail(format!("alias '{bad}' has no letters or digits")));
    }
    let optional = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Ok(Some(Line {
        entry: Entry {
            canonical: canonical.to_string(),
            kind,
            country: optional(cols[2]),
            affiliation: optional(cols[3]),
        },
        aliases,
        number: n,
    }))
}

fn parse_kind(s: &str) -> Option<SourceKind> {
    Some(match s.to_ascii_lowercase().as_str() {
        "government" => SourceKind::Government,
        "intelligence" => SourceKind::Intelligence,
        "military" => SourceKind::Military,
        "agency" => SourceKind::Agency,
        "outlet" => SourceKind::Outlet,
        "person" => SourceKind::Person,
        "organisation" | "organization" => SourceKind::Organisation,
        "expert" => SourceKind::Expert,
        "unknown" => SourceKind::Unknown,
        _ => return None,
    })
}

/// True when `written` is the three-letter initialism `exact` in title case, as Italian,
/// Spanish and Portuguese copy writes it ("l'Oms", "l'Onu", "la Oim"), away from the start of a
/// sentence, where a title-cased word ("Who said…") is more likely a word than a name.
fn title_cased(exact: &str, written: &str, opens_sentence: bool) -> bool {
    let mut chars = written.chars();
    !opens_sentence
        && exact.chars().count() == 3
        && exact.chars().all(|c| c.is_ascii_uppercase())
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase())
        && written.eq_ignore_ascii_case(exact)
}

/// True for an alias of at most three capital letters (dots allowed): "NIS", "US", "U.S.".
fn is_initialism(alias: &str) -> bool {
    let letters = alias.chars().filter(|c| c.is_alphabetic()).count();
    (1..=3).contains(&letters)
        && alias
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit())
}

/// The form aliases and texts are compared in: folded, hyphens and runs of spaces as one space.
pub fn match_key(text: &str) -> String {
    fold_with_map(text).text.trim().to_string()
}

/// A text folded for matching, with the way back to the original's byte offsets.
struct FoldedText {
    /// The folded text.
    text: String,
    /// Where the offset mapping leaves a straight line: at `(folded, original)`, folded byte
    /// `folded + d` comes from original byte `original + d` until the next break. The last
    /// break maps the end to the end.
    breaks: Vec<(usize, usize)>,
}

impl FoldedText {
    /// The original byte offset of folded byte `pos` (the original's end for the end).
    fn original(&self, pos: usize) -> usize {
        let k = self.breaks.partition_point(|&(f, _)| f <= pos) - 1;
        let (f, o) = self.breaks[k];
        o + (pos - f)
    }
}

/// Folds `text` for matching and maps every byte of the result back to a byte offset of `text`
/// (the end to the end), so that a match in folded text has a span in the original.
fn fold_with_map(text: &str) -> FoldedText {
    let mut folded: Vec<u8> = Vec::with_capacity(text.len());
    let mut breaks: Vec<(usize, usize)> = Vec::new();
    // The original offset that the next folded byte comes from if the line goes straight on.
    let mut straight = usize::MAX;
    let mut piece = String::new();
    let bytes = text.as_bytes();
    let mut offset = 0;
    while offset < bytes.len() {
        // A run of ASCII letters, digits and marks folds to itself in lower case: most of a
        // text, copied whole. Blanks, hyphens and backquotes are read one by one.
        let run = bytes[offset..]
            .iter()
            .take_while(|&&b| {
                b.is_ascii() && b != b' ' && ASCII_FOLD[usize::from(b)] == b.to_ascii_lowercase()
            })
            .count();
        if run > 0 {
            if offset != straight {
                breaks.push((folded.len(), offset));
            }
            folded.extend(
                bytes[offset..offset + run]
                    .iter()
                    .map(u8::to_ascii_lowercase),
            );
            offset += run;
            straight = offset;
            continue;
        }
        let b = bytes[offset];
        if b.is_ascii() {
            let p = ASCII_FOLD[usize::from(b)];
            if !(p == b' ' && folded.last().is_none_or(|&l| l == b' ')) {
                if offset != straight {
                    breaks.push((folded.len(), offset));
                }
                folded.push(p);
                straight = offset + 1;
            }
            offset += 1;
            continue;
        }
        let c = text[offset..]
            .chars()
            .next()
            .expect("offset is on a character boundary");
        piece.clear();
        if c.is_whitespace() || crate::token::is_space(c) {
            piece.push(' ');
        } else {
            crate::lang::fold_char(c, &mut piece);
        }
        for p in piece.chars() {
            let p = if p == '-' { ' ' } else { p };
            if p == ' ' && folded.last().is_none_or(|&l| l == b' ') {
                continue;
            }
            let mut buf = [0; 4];
            // Every byte of what one character folds to maps to that character.
            for &byte in p.encode_utf8(&mut buf).as_bytes() {
                if offset != straight {
                    breaks.push((folded.len(), offset));
                }
                folded.push(byte);
                straight = offset + 1;
            }
        }
        offset += c.len_utf8();
    }
    if text.len() != straight {
        breaks.push((folded.len(), text.len()));
    }
    let text = String::from_utf8(folded).expect("whole characters were pushed");
    FoldedText { text, breaks }
}

/// The fold of each ASCII byte: lower case, a backquote as an apostrophe, hyphens and blanks
/// (the vertical tab included) as a space.
const ASCII_FOLD: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = match c {
            b'-' | b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => b' ',
            b'`' => b'\'',
            _ => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical_of(text: &str) -> Vec<String> {
        let g = Gazetteer::builtin();
        g.mentions(text)
            .into_iter()
            .map(|m| g.entry(m.entry).canonical.clone())
            .collect()
    }

    /// The fold character by character, as the rule reads: runs of plain ASCII must come out
    /// the same.
    fn fold_char_by_char(text: &str) -> (String, Vec<usize>) {
        let mut folded = String::new();
        let mut map = Vec::new();
        for (offset, c) in text.char_indices() {
            let mut piece = String::new();
            if c == '-' || c.is_whitespace() || crate::token::is_space(c) {
                piece.push(' ');
            } else if c == '`' {
                piece.push('\'');
            } else if c.is_ascii() {
                piece.push(c.to_ascii_lowercase());
            } else {
                crate::lang::fold_char(c, &mut piece);
            }
            for p in piece.chars() {
                let p = if p == '-' { ' ' } else { p };
                if p == ' ' && (folded.is_empty() || folded.ends_with(' ')) {
                    continue;
                }
                map.extend(std::iter::repeat_n(offset, p.len_utf8()));
                folded.push(p);
            }
        }
        map.push(text.len());
        (folded, map)
    }

    /// The folded text with the original offset of each of its bytes, and the end's.
    fn by_byte(folded: &FoldedText) -> (String, Vec<usize>) {
        let map = (0..=folded.text.len())
            .map(|b| folded.original(b))
            .collect();
        (folded.text.clone(), map)
    }

    #[test]
    fn folds_with_a_map_back_to_the_text() {
        for text in [
            "",
            "Le  Service national\tde RENSEIGNEMENT",
            "Corée-du-Nord — l’`agence` Yonhap\u{0B}(NIS)",
            "  Zelensky\u{00A0}a dit: «\u{202F}non\u{202F}»  ",
            "ÉTATS-UNIS, Škoda, straße, 1 500 soldats",
        ] {
            assert_eq!(
                by_byte(&fold_with_map(text)),
                fold_char_by_char(text),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn folds_as_character_by_character(text in "\\PC{0,40}") {
            proptest::prop_assert_eq!(by_byte(&fold_with_map(&text)), fold_char_by_char(&text));
        }

        #[test]
        fn folds_blanks_and_accents_as_character_by_character(
            text in "[ aZ\t\n\r\u{0B}`'-éÉßæœ\u{00A0}\u{202F}\u{0301}]{0,30}"
        ) {
            proptest::prop_assert_eq!(by_byte(&fold_with_map(&text)), fold_char_by_char(&text));
        }
    }

    #[test]
    fn a_title_cased_initialism_names_its_source_away_from_a_sentence_start() {
        let who = "World Health Organization".to_string();
        let un = "United Nations".to_string();
        let rows: &[(&str, Vec<String>)] = &[
            ("Per l'Oms i morti sono 3.958.", vec![who.clone()]),
            ("Secondo l'Onu, i dispersi sono 10.100.", vec![un.clone()]),
            ("Según la Oms, hay 40 muertos.", vec![who.clone()]),
            ("Who said so? Nobody.", vec![]),
            ("Those who died, the WHO said.", vec![who]),
            ("The oms is not a name.", vec![]),
        ];
        for (text, want) in rows {
            assert_eq!(&canonical_of(text), want, "{text:?}");
        }
    }

    #[test]
    fn builtin_builds_with_unique_canonical_names() {
        let g = Gazetteer::builtin();
        assert!(g.len() > 40);
        let mut names: Vec<&str> = g.entries.iter().map(|e| e.canonical.as_str()).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "duplicate canonical names");
    }

    #[test]
    fn builtin_full_aliases_name_one_source_each() {
        let g = Gazetteer::builtin();
        for list in &g.candidates {
            let full: Vec<usize> = list
                .iter()
                .filter(|c| !c.contextual)
                .map(|c| c.entry)
                .collect();
            assert!(full.len() <= 1, "alias shared by {full:?}");
        }
    }

    #[test]
    fn affiliations_name_known_sources() {
        let g = Gazetteer::builtin();
        for e in &g.entries {
            if let Some(a) = &e.affiliation {
                assert!(g.find_canonical(a).is_some(), "{}: {a}", e.canonical);
            }
        }
    }

    #[test]
    fn mention_rows() {
        let rows: &[(&str, &[&str])] = &[
            (
                "Les renseignements sud-coréens ont dit",
                &["National Intelligence Service (South Korea)"],
            ),
            (
                "SERVICES DE RENSEIGNEMENT SUD‑CORÉENS",
                &["National Intelligence Service (South Korea)"],
            ),
            (
                "Seoul’s spy agency said",
                &["National Intelligence Service (South Korea)"],
            ),
            (
                "the NIS said",
                &["National Intelligence Service (South Korea)"],
            ),
            ("a nis of", &[]),
            ("Kimberley said", &[]),
            ("l'agence de presse sud-coréenne Yonhap", &["Yonhap"]),
            ("l'OTAN et les États-Unis", &["NATO", "United States"]),
            ("tell us more", &[]),
            ("the US said", &["United States"]),
            (
                "Kim Hong Kyun puis Kim",
                &["Kim Hong-kyun", "Kim Hong-kyun"],
            ),
            ("Kim a dit", &[]),
            (
                "Kim Jong-un, Kim Hong-kyun, Kim",
                &["Kim Jong Un", "Kim Hong-kyun", "Kim Hong-kyun"],
            ),
            ("selon la préfecture de police", &["police"]),
            ("le ministère de l'Intérieur", &["Interior Ministry"]),
            (
                "le ministère français de l'Intérieur",
                &["Interior Ministry (France)"],
            ),
            ("Dmitry Peskov", &["Kremlin"]),
            ("Moscou et Pyongyang", &["Kremlin", "North Korea"]),
            (
                "experts militaires puis les experts",
                &["Military experts", "Military experts"],
            ),
            ("les experts", &[]),
            // A place standing for its government names it only capitalised.
            ("un seul décès confirmé", &[]),
            ("Seul ha confermato", &["South Korea (government)"]),
            (
                "a Seul, la polizia",
                &["South Korea (government)", "police"],
            ),
            ("selon la préfecture", &["prefecture"]),
            ("la protezione civile", &["civil protection"]),
        ];
        for (text, want) in rows {
            assert_eq!(canonical_of(text), *want, "{text:?}");
        }
    }

    #[test]
    fn mention_spans_are_in_the_original_text() {
        let text = "Selon l’OTAN, les États‑Unis…";
        let g = Gazetteer::builtin();
        let spans: Vec<&str> = g
            .mentions(text)
            .iter()
            .map(|m| &text[m.start..m.end])
            .collect();
        assert_eq!(spans, ["OTAN", "États‑Unis"]);
    }

    #[test]
    fn near_rows() {
        let g = Gazetteer::builtin();
        let name = |w: &str| g.near(w).map(|e| g.entry(e).canonical.clone());
        let rows: &[(&str, Option<&str>)] = &[
            ("Zelenskiy", Some("Volodymyr Zelensky")),
            ("Zelenskyi", Some("Volodymyr Zelensky")),
            ("Pentagone", Some("Pentagon")),
            ("Blinkenn", Some("Antony Blinken")),
            ("Yonhapp", Some("Yonhap")),
            ("Kremlim", Some("Kremlin")),
            ("Rutte", None),
            ("Kreml", None),
            ("Sabotage", None),
            ("Washingtonian", None),
        ];
        for (word, want) in rows {
            assert_eq!(name(word).as_deref(), *want, "{word:?}");
        }
    }

    #[test]
    fn extra_aliases_extend_and_override() {
        let extra = "# mine\nGUR spokesman\tperson\tUkraine\tUkrainian military intelligence (HUR)\tAndriy Yusov|Yusov\nNATO\torganisation\t\t\tl'Alliance\n";
        let g = Gazetteer::with_extra(Path::new("mine.tsv"), extra).unwrap();
        let names: Vec<String> = g
            .mentions("Yusov et l'Alliance, puis l'OTAN")
            .iter()
            .map(|m| g.entry(m.entry).canonical.clone())
            .collect();
        assert_eq!(names, ["GUR spokesman", "NATO", "NATO"]);
    }

    #[test]
    fn every_bad_line_is_reported_and_repeated_names_merge() {
        let errors = Gazetteer::with_extra(
            Path::new("x.tsv"),
            "A\tspy\tX\t\ta\nok\tperson\t\t\tok\nB\tperson\n",
        )
        .unwrap_err();
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[0].starts_with("x.tsv:1: unknown kind 'spy'"),
            "{lines:?}"
        );
        assert!(lines[1].starts_with("x.tsv:3: expected 5"), "{lines:?}");
        let many = "A\tspy\tX\t\ta\n".repeat(MAX_REPORTED_LINES + 5);
        let errors = Gazetteer::with_extra(Path::new("x.tsv"), &many).unwrap_err();
        assert_eq!(errors.len(), MAX_REPORTED_LINES + 1);
        assert_eq!(
            errors[MAX_REPORTED_LINES].to_string(),
            "x.tsv: 5 more bad lines not shown (fix the ones above first)"
        );

        let g = Gazetteer::with_extra(
            Path::new("x.tsv"),
            "Agence Horizon\tagency\tFrance\t\tAH\nAgence Horizon\tagency\tFrance\t\tHorizon Press\n",
        )
        .unwrap();
        let names: Vec<&str> = g
            .mentions("AH et Horizon Press")
            .iter()
            .map(|m| g.entry(m.entry).canonical.as_str())
            .collect();
        assert_eq!(names, ["Agence Horizon", "Agence Horizon"]);
        assert_eq!(g.len(), Gazetteer::builtin().len() + 1);
    }

    #[test]
    fn too_many_aliases_are_an_error_not_a_stall() {
        let aliases: Vec<String> = (0..=MAX_EXTRA_ALIASES)
            .map(|i| format!("alias{i}"))
            .collect();
        let text = format!("# big\nA\tperson\t\t\t{}\n", aliases.join("|"));
        let errors = Gazetteer::with_extra(Path::new("x.tsv"), &text).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .to_string()
                .starts_with("x.tsv:2: more than 50000 aliases"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn malformed_lines_name_the_line_and_reason() {
        let rows: &[(&str, usize, &str)] = &[
            ("a\tperson\t\t\n", 1, "expected 5"),
            ("# c\nA\tspy\tX\t\ta|b\n", 2, "unknown kind 'spy'"),
            ("\tperson\tX\t\ta\n", 1, "empty canonical"),
            ("A\tperson\tX\t\t | \n", 1, "no alias"),
            ("A\tperson\tX\t\t~-\n", 1, "no letters"),
        ];
        for (text, line, reason) in rows {
            let errors = Gazetteer::with_extra(Path::new("x.tsv"), text).unwrap_err();
            assert_eq!(errors.len(), 1, "{text:?}");
            let msg = errors[0].to_string();
            assert!(
                msg.starts_with(&format!("x.tsv:{line}: ")) && msg.contains(reason),
                "{text:?} → {msg}"
            );
        }
    }
}
