//! Languages and their data.
//!
//! Each language has one file (`fr.rs`, `en.rs`, …) that fills one [`LangData`]: sorted static
//! tables (number words, months, weekdays, reporting verbs, hedge and denial cues, counted nouns
//! → concepts) and the few settings that truly differ (decimal comma, date order). Adding a
//! language means adding one file, one [`Lang`] variant and its tests.
//!
//! Table entries are *folded* (see [`fold`]): lower case, no accents, straight apostrophes.

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

mod de;
#[cfg(test)]
mod de_tests;
mod demonyms;
mod en;
mod es;
mod fr;
mod it;
#[cfg(test)]
mod it_tests;
mod measures;
mod pt;
#[cfg(test)]
pub(crate) mod rows;
#[cfg(test)]
pub(crate) mod rows_es_pt;

/// A language claimdiff reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Portuguese.
    Pt,
}

impl Lang {
    /// Every supported language, in a fixed order.
    pub const ALL: &'static [Lang] = &[Lang::Fr, Lang::En, Lang::De, Lang::Es, Lang::It, Lang::Pt];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
        }
    }

    /// Parses an ISO 639-1 code or a region-qualified tag ("fr", "fr-FR", "en_GB").
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// The same language in whatlang's terms, for detection.
    pub fn whatlang(self) -> whatlang::Lang {
        match self {
            Lang::Fr => whatlang::Lang::Fra,
            Lang::En => whatlang::Lang::Eng,
            Lang::De => whatlang::Lang::Deu,
            Lang::Es => whatlang::Lang::Spa,
            Lang::It => whatlang::Lang::Ita,
            Lang::Pt => whatlang::Lang::Por,
        }
    }

    /// Its place in [`Lang::ALL`], for per-language tables built from it.
    pub(crate) fn index(self) -> usize {
        Lang::ALL
            .iter()
            .position(|&l| l == self)
            .expect("every language is in Lang::ALL")
    }

    /// This language's data.
    pub fn data(self) -> &'static LangData {
        match self {
            Lang::Fr => &fr::DATA,
            Lang::En => &en::DATA,
            Lang::De => &de::DATA,
            Lang::Es => &es::DATA,
            Lang::It => &it::DATA,
            Lang::Pt => &pt::DATA,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Lang, crate::Error> {
        Lang::from_code(s).ok_or_else(|| crate::Error::UnsupportedLanguage(s.to_string()))
    }
}

/// Everything one language contributes, one section per pipeline stage. Each section's type lives
/// beside the code that reads it.
#[derive(Debug)]
pub struct LangData {
    /// The language this data is for.
    pub lang: Lang,
    /// Abbreviations and other cues for the sentence splitter.
    pub segment: crate::segment::SegmentWords,
    /// Number words, separators, bounds and vague quantities.
    pub numbers: crate::extract::number::NumberWords,
    /// Counted nouns → concepts, nationalities, places and scope cues.
    pub concepts: crate::extract::concept::ConceptWords,
    /// Months, weekdays, relative dates and datelines.
    pub dates: crate::extract::date::DateWords,
    /// Reporting verbs, "according to" cues and quotation marks.
    pub attribution: crate::extract::attribution::AttributionWords,
    /// Hedge, denial and non-confirmation cues.
    pub stance: crate::extract::stance::StanceWords,
}

impl LangData {
    /// The place in [`Lang::ALL`] of the language whose built-in tables these are; `None` for
    /// tables made elsewhere (tests), for which tables derived from the built-in ones must not
    /// be used.
    pub(crate) fn builtin(&self) -> Option<usize> {
        let index = self.lang.index();
        std::ptr::eq(Lang::ALL[index].data(), self).then_some(index)
    }
}

/// `text` in lower case, borrowed when no character changes (most words of a text).
pub(crate) fn lowercase(text: &str) -> std::borrow::Cow<'_, str> {
    let unchanged = |c: char| {
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    };
    if text.chars().all(unchanged) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.to_lowercase())
    }
}

/// The nationality words of `lang` generated from the place gazetteer and the spelling
/// dictionaries (`src/lang/demonyms.rs`), folded and sorted, with their country.
pub(crate) fn demonyms(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Fr => demonyms::FR,
        Lang::En => demonyms::EN,
        Lang::De => demonyms::DE,
        Lang::Es => demonyms::ES,
        Lang::It => demonyms::IT,
        Lang::Pt => demonyms::PT,
    }
}

/// Folds text for matching: lower case, accents stripped (Latin script only), typographic
/// apostrophes and no-break spaces made plain, ligatures expanded.
///
/// ```
/// assert_eq!(claimdiff::lang::fold("Séoul’s ŒUVRE"), "seoul's oeuvre");
/// ```
pub fn fold(text: &str) -> String {
    // Most words are plain ASCII: no decomposition needed (only '`' is rewritten).
    if text.bytes().all(|b| b.is_ascii() && b != b'`') {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    if text.chars().all(|c| fold_latin(c, &mut out)) {
        return out;
    }
    out.clear();
    fold_nfd(text, &mut out);
    out
}

/// Appends the folded form of one character to `out` (the same as `fold` of it alone).
pub(crate) fn fold_char(c: char, out: &mut String) {
    if !fold_latin(c, out) {
        fold_nfd(c.encode_utf8(&mut [0; 4]), out);
    }
}

/// The characters below this one that are starters (combining class 0) fold through
/// [`LATIN`].
const LATIN_END: usize = 0x250;

/// The folded form of each starter below [`LATIN_END`] (Latin-1 and Latin Extended), computed
/// once by the full fold. A text made of such characters folds character by character: with no
/// combining mark in it, its decomposition is the concatenation of theirs.
static LATIN: std::sync::LazyLock<Vec<Option<Box<str>>>> = std::sync::LazyLock::new(|| {
    (0..LATIN_END as u32)
        .map(|n| {
            let c = char::from_u32(n)?;
            let starter = |c: char| unicode_normalization::char::canonical_combining_class(c) == 0;
            let decomposed = std::iter::once(c).nfd().next();
            (starter(c) && decomposed.is_some_and(starter)).then(|| {
                let mut out = String::new();
                fold_nfd(c.encode_utf8(&mut [0; 4]), &mut out);
                out.into_boxed_str()
            })
        })
        .collect()
});

/// Appends the fold of `c` to `out` when [`LATIN`] has it; false otherwise.
#[inline]
fn fold_latin(c: char, out: &mut String) -> bool {
    match LATIN.get(c as usize) {
        Some(Some(folded)) => {
            out.push_str(folded);
            true
        }
        _ => false,
    }
}

/// The full fold: canonical decomposition, then per character.
fn fold_nfd(text: &str, out: &mut String) {
    for c in text.nfd() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => out.push('\''),
            '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' => out.push(' '),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => out.push('-'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            c if is_latin_mark(c) => {}
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Combining marks that decorate Latin letters (U+0300–U+036F); other scripts keep theirs.
fn is_latin_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for &lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.data().lang, lang);
        }
        assert_eq!(Lang::from_code("fr-FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("xx"), None);
    }

    /// Checks that a table's keys are folded, sorted and unique, so binary search works.
    pub(crate) fn assert_folded_sorted(lang: Lang, name: &str, keys: &[&str]) {
        for w in keys.windows(2) {
            assert!(
                w[0] < w[1],
                "{lang} {name}: {:?} must sort before {:?}",
                w[0],
                w[1]
            );
        }
        for k in keys {
            assert_eq!(fold(k), *k, "{lang} {name}: {k:?} is not folded");
        }
    }

    /// CLDR's measures and money never name a counted thing of the same language: a figure before
    /// them is left out as a measure.
    #[test]
    fn measures_are_never_counted_things() {
        for &lang in Lang::ALL {
            let d = lang.data();
            for w in d.numbers.measures {
                assert_eq!(
                    crate::extract::concept::concept(d, w),
                    None,
                    "{lang} measure {w:?} is a counted thing"
                );
            }
        }
    }

    #[test]
    fn tables_are_folded_sorted_unique() {
        for &lang in Lang::ALL {
            let d = lang.data();
            fn keys(t: &[(&'static str, &'static str)]) -> Vec<&'static str> {
                t.iter().map(|(k, _)| *k).collect()
            }
            assert_folded_sorted(lang, "nouns", &keys(d.concepts.nouns));
            assert_folded_sorted(lang, "entities", &keys(d.concepts.entities));
            assert_folded_sorted(lang, "places", &keys(d.concepts.places));
            assert_folded_sorted(lang, "events", &keys(d.concepts.events));
            let scopes: Vec<&str> = d.concepts.scopes.iter().map(|(k, _)| *k).collect();
            assert_folded_sorted(lang, "scopes", &scopes);
            let c = &d.concepts;
            assert_folded_sorted(lang, "before_noun", c.before_noun);
            assert_folded_sorted(lang, "stops", c.stops);
            assert_folded_sorted(lang, "entity_links", c.entity_links);
            assert_folded_sorted(lang, "clause_breaks", c.clause_breaks);
            assert_folded_sorted(lang, "personnel", c.personnel);
            assert_folded_sorted(lang, "locatives", c.locatives);
            assert_folded_sorted(lang, "partitives", c.partitives);
            assert_folded_sorted(lang, "number_of", c.number_of);
            assert_folded_sorted(lang, "capacity", c.capacity);
            assert_folded_sorted(lang, "count_pronouns", c.count_pronouns);
            assert_folded_sorted(lang, "on_board", c.on_board);
            assert_folded_sorted(lang, "remaining", c.remaining);
            assert_folded_sorted(lang, "origins", c.origins);
            assert_folded_sorted(lang, "reporting", c.reporting);
            assert_folded_sorted(lang, "military", c.military);
            assert_folded_sorted(lang, "plurals", &keys(c.plurals));

            let n = &d.numbers;
            fn number_keys<T>(t: &[(&'static str, T)]) -> Vec<&'static str> {
                t.iter().map(|(k, _)| *k).collect()
            }
            assert_folded_sorted(lang, "multipliers", &number_keys(n.multipliers));
            assert_folded_sorted(lang, "collectives", &number_keys(n.collectives));
            assert_folded_sorted(
                lang,
                "collective_plurals",
                &number_keys(n.collective_plurals),
            );
            assert_folded_sorted(lang, "one", n.one);
            assert_folded_sorted(lang, "single", n.single);
            assert_folded_sorted(lang, "object_markers", n.object_markers);
            assert_folded_sorted(lang, "vague", n.vague);
            assert_folded_sorted(lang, "definite", n.definite);
            assert_folded_sorted(lang, "bounds_before", &number_keys(n.bounds_before));
            assert_folded_sorted(lang, "bounds_after", &number_keys(n.bounds_after));
            assert_folded_sorted(lang, "exceeding", n.exceeding);
            assert_folded_sorted(lang, "range_openers", &number_keys(n.range_openers));
            assert_folded_sorted(lang, "range_links", n.range_links);
            assert_folded_sorted(lang, "changes", n.changes);
            assert_folded_sorted(lang, "units_after", n.units_after);
            assert_folded_sorted(lang, "units_before", n.units_before);
            assert_folded_sorted(lang, "ratios", n.ratios);
            assert_folded_sorted(lang, "links", n.links);
            assert_folded_sorted(lang, "measures", n.measures);
            assert_folded_sorted(lang, "money", n.money);
            assert_folded_sorted(
                lang,
                "minister_titles",
                &keys(d.attribution.minister_titles),
            );
            assert_folded_sorted(lang, "demonyms", &keys(demonyms(lang)));
            assert_folded_sorted(lang, "related_cues", n.related_cues);
            assert_folded_sorted(lang, "clock_before", n.clock_before);
            assert_folded_sorted(lang, "ordinals", n.ordinals);
            assert_folded_sorted(lang, "halves", n.halves);
            dates_tables_are_folded_sorted(lang);
        }
    }

    fn firsts<T>(table: &[(&'static str, T)]) -> Vec<&'static str> {
        table.iter().map(|(k, _)| *k).collect()
    }

    fn dates_tables_are_folded_sorted(lang: Lang) {
        let w = &lang.data().dates;
        let keyed: [(&str, Vec<&str>); 11] = [
            ("months", firsts(w.months)),
            ("weekdays", firsts(w.weekdays)),
            ("ranges", firsts(w.ranges)),
            ("month_parts", firsts(w.month_parts)),
            ("relative", firsts(w.relative)),
            ("weekday_before", firsts(w.weekday_before)),
            ("weekday_after", firsts(w.weekday_after)),
            ("anchored", firsts(w.anchored)),
            ("later", firsts(w.later)),
            ("units", firsts(w.units)),
            ("number_words", firsts(w.number_words)),
        ];
        for (name, keys) in &keyed {
            assert_folded_sorted(lang, name, keys);
        }
        assert_folded_sorted(lang, "meridiem", &firsts(w.meridiem));
        let lists: [(&str, &[&str]); 25] = [
            ("ordinal_suffixes", w.ordinal_suffixes),
            ("day_articles", w.day_articles),
            ("day_nouns", w.day_nouns),
            ("day_of", w.day_of),
            ("and", w.and),
            ("month_preps", w.month_preps),
            ("year_preps", w.year_preps),
            ("part_fillers", w.part_fillers),
            ("times_of_day", w.times_of_day),
            ("anchor_blockers", w.anchor_blockers),
            ("ago_before", w.ago_before),
            ("ago_after", w.ago_after),
            ("hour_marks", w.hour_marks),
            ("hour_words", w.hour_words),
            ("time_preps", w.time_preps),
            ("dateline_cues", w.dateline_cues),
            ("event_nouns", w.event_nouns),
            ("event_verbs", w.event_verbs),
            ("auxiliaries", w.auxiliaries),
            ("adverbs", w.adverbs),
            ("future_preps", w.future_preps),
            ("future_cues", w.future_cues),
            ("clause_breaks", w.clause_breaks),
            ("present_cues", w.present_cues),
            ("since", w.since),
        ];
        for (name, list) in lists {
            assert_folded_sorted(lang, name, list);
        }
        // Range closers are looked up as phrases too.
        for (_, closer) in w.ranges {
            assert_eq!(fold(closer), *closer, "{lang} range closer {closer:?}");
        }
    }

    #[test]
    fn latin_fast_path_folds_as_the_full_fold() {
        let full = |s: &str| {
            let mut out = String::new();
            fold_nfd(s, &mut out);
            out
        };
        for n in 0..LATIN_END as u32 + 16 {
            let Some(c) = char::from_u32(n) else {
                continue;
            };
            for s in [
                c.to_string(),
                format!("é{c}Ç"),
                format!("{c}\u{0301}"),
                format!("{c}\u{0327}\u{0301}x"),
            ] {
                assert_eq!(fold(&s), full(&s), "fold({s:?})");
                let mut one = String::new();
                s.chars().for_each(|c| fold_char(c, &mut one));
                if s.chars()
                    .all(|c| LATIN.get(c as usize).is_some_and(Option::is_some))
                {
                    assert_eq!(one, full(&s), "fold_char over {s:?}");
                }
            }
        }
    }

    #[test]
    fn attribution_and_stance_tables_are_folded_sorted_unique() {
        for &lang in Lang::ALL {
            let a = &lang.data().attribution;
            let lists: [(&str, &[&str]); 26] = [
                ("according_to", a.according_to),
                ("same", a.same),
                ("own_account", a.own_account),
                ("not_sources", a.not_sources),
                ("source_words", a.source_words),
                ("citing", a.citing),
                ("verbs", a.verbs),
                ("weak_verbs", a.weak_verbs),
                ("compound_verbs", a.compound_verbs),
                ("inverted_verbs", a.inverted_verbs),
                ("auxiliaries", a.auxiliaries),
                ("complementizers", a.complementizers),
                ("pronouns", a.pronouns),
                ("determiners", a.determiners),
                ("attribution stops", a.stops),
                ("conjunctions", a.conjunctions),
                ("recipients", a.recipients),
                ("document_nouns", a.document_nouns),
                ("referring_nouns", a.referring_nouns),
                ("honorifics", a.honorifics),
                ("publication_participles", a.publication_participles),
                ("coordinators", a.coordinators),
                ("genitives", a.genitives),
                ("report_origins", a.report_origins),
                ("relatives", a.relatives),
                ("titles", a.titles),
            ];
            for (name, list) in lists {
                assert_folded_sorted(lang, name, list);
            }
            let s = &lang.data().stance;
            let lists: [(&str, &[&str]); 20] = [
                ("hedges", s.hedges),
                ("conditionals", s.conditionals),
                ("firm_conditionals", s.firm_conditionals),
                ("conditional_endings", s.conditional_endings),
                ("not_conditionals", s.not_conditionals),
                ("denials", s.denials),
                ("confirmations", s.confirmations),
                ("unconfirmed", s.unconfirmed),
                ("negations", s.negations),
                ("negated_links", s.negated_links),
                ("refusals", s.refusals),
                ("passives", s.passives),
                ("agents", s.agents),
                ("modals", s.modals),
                ("reflexives", s.reflexives),
                ("anaphors", s.anaphors),
                ("report_nouns", s.report_nouns),
                ("according_relatives", s.according_relatives),
                ("describing", s.describing),
                ("dismissive", s.dismissive),
            ];
            for (name, list) in lists {
                assert_folded_sorted(lang, name, list);
            }
        }
    }

    #[test]
    fn fold_rows() {
        let rows = [
            ("Séoul", "seoul"),
            ("SÉOUL", "seoul"),
            ("aujourd’hui", "aujourd'hui"),
            ("1\u{202F}500", "1 500"),
            ("nord‑coréens", "nord-coreens"),
            ("Zwölftausend", "zwolftausend"),
            ("Straße", "strasse"),
            ("Москва", "москва"),
        ];
        for (input, want) in rows {
            assert_eq!(fold(input), want, "fold({input:?})");
        }
    }

    #[test]
    fn builtin_tables_know_their_place() {
        for (i, lang) in Lang::ALL.iter().enumerate() {
            assert_eq!(lang.index(), i);
            assert_eq!(lang.data().builtin(), Some(i), "{lang}");
        }
    }

    #[test]
    fn lowercase_borrows_words_already_in_lower_case() {
        use std::borrow::Cow;
        let rows = [
            ("soldats", "soldats", true),
            ("été", "été", true),
            ("Séoul", "séoul", false),
            ("DÜRFTE", "dürfte", false),
            ("ΟΔΟΣ", "οδος", false),
        ];
        for (text, want, borrowed) in rows {
            let got = lowercase(text);
            assert_eq!(got, want, "{text:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{text:?}");
        }
    }
}
