//! What a count counts and the subject's qualifiers: counted nouns mapped to language-neutral
//! concepts, nationalities and places mapped to canonical names, events and scope cues.
//!
//! The lookups here are shared: counts use them for the noun a number counts, statements use
//! them for the subject and predicate of a clause. Entity, place, event and scope tables may key
//! phrases of several words ("coree du nord", "north korean", "au total"): see
//! [`crate::extract::phrase`] for how keys are spelt.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::claim::{Counted, Qualifiers, Scope};
use crate::extract::phrase;
use crate::lang::{Lang, LangData};
use crate::token::{Token, TokenKind, tokenize};

/// Per-language concept data. Every table is sorted by its folded key.
#[derive(Debug)]
pub struct ConceptWords {
    /// Folded counted nouns → concept ("soldats" → "soldiers"). A noun missing here is also
    /// looked up in its singular form.
    pub nouns: &'static [(&'static str, &'static str)],
    /// Folded nationality adjectives and country names → canonical entity
    /// ("nord-coreens" → "North Korea", "north korean" → "North Korea").
    pub entities: &'static [(&'static str, &'static str)],
    /// Folded place names → canonical place ("russie" → "Russia", "koursk" → "Kursk").
    pub places: &'static [(&'static str, &'static str)],
    /// Folded verb forms and event nouns → language-neutral event ("transferes" → "deployed").
    pub events: &'static [(&'static str, &'static str)],
    /// Folded scope cues → scope ("au total" → planned total, "deja" → so far).
    pub scopes: &'static [(&'static str, Scope)],
    /// True when adjectives come before the noun they qualify (English), so the counted noun
    /// is the last noun of the phrase after a figure; false when the noun comes first (French).
    pub head_last: bool,
    /// Words that may stand between a figure and its noun: "autres", "nouveaux", "more",
    /// "additional".
    pub before_noun: &'static [&'static str],
    /// Function words and auxiliaries that are never the counted noun and end a noun phrase.
    pub stops: &'static [&'static str],
    /// Words between a counted noun and its entity: "de", "du", "from", "of the".
    pub entity_links: &'static [&'static str],
    /// Words that end a clause: "que", "mais", "that", "but", ";".
    pub clause_breaks: &'static [&'static str],
    /// Nouns for people that count soldiers in a military context ("hommes", "men").
    pub personnel: &'static [&'static str],
    /// Words that make a sentence military, for [`ConceptWords::personnel`] and demonyms.
    pub military: &'static [&'static str],
    /// Plural endings → singular endings, for the lemma of an unknown noun ("aux" → "al").
    /// The longest matching ending wins.
    pub plurals: &'static [(&'static str, &'static str)],
}

/// How far a clause may reach from a figure, in tokens, at most.
const CLAUSE_REACH: usize = 40;

/// Which tables have a phrase that starts with a given word: bits of [`Tags`].
const ENTITY: u8 = 1;
const PLACE: u8 = 2;
const EVENT: u8 = 4;
const SCOPE: u8 = 8;

/// Per language, the first words of the entity, place, event and scope phrases, so that a
/// clause is scanned with one hash lookup per token instead of four table searches.
static FIRST_WORDS: LazyLock<Vec<HashMap<String, u8>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            let c = &l.data().concepts;
            let mut first: HashMap<String, u8> = HashMap::new();
            let mut add = |key: &str, bit: u8| {
                if let Some(t) = tokenize(key, 0, key.len()).first() {
                    *first.entry(t.folded.clone()).or_default() |= bit;
                }
            };
            c.entities.iter().for_each(|(k, _)| add(k, ENTITY));
            c.places.iter().for_each(|(k, _)| add(k, PLACE));
            c.events.iter().for_each(|(k, _)| add(k, EVENT));
            c.scopes.iter().for_each(|(k, _)| add(k, SCOPE));
            first
        })
        .collect()
});

/// For each token of a sentence, the tables that have a phrase starting with it.
pub struct Tags(Vec<u8>);

impl Tags {
    /// Tags the tokens of one sentence.
    pub fn new(lang: &LangData, tokens: &[Token]) -> Tags {
        let index = Lang::ALL.iter().position(|l| *l == lang.lang).unwrap_or(0);
        let first = &FIRST_WORDS[index];
        Tags(
            tokens
                .iter()
                .map(|t| first.get(t.folded.as_str()).copied().unwrap_or(0))
                .collect(),
        )
    }

    /// The longest phrase of `table` (whose tag is `bit`) starting at token `k`.
    fn at<T: Copy>(
        &self,
        bit: u8,
        table: &[(&'static str, T)],
        tokens: &[Token],
        k: usize,
    ) -> Option<(usize, T)> {
        if self.0.get(k).is_some_and(|t| t & bit != 0) {
            phrase::at(table, tokens, k)
        } else {
            None
        }
    }
}

fn lookup<T: Copy>(table: &[(&'static str, T)], folded: &str) -> Option<T> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(folded))
        .ok()
        .map(|i| table[i].1)
}

/// The concept a folded noun counts, if the language knows it (in this form or its singular).
pub fn concept(lang: &LangData, folded: &str) -> Option<&'static str> {
    lookup(lang.concepts.nouns, folded)
        .or_else(|| lookup(lang.concepts.nouns, &singular(lang, folded)))
}

/// The canonical entity of a folded nationality adjective or country name.
pub fn entity(lang: &LangData, folded: &str) -> Option<&'static str> {
    lookup(lang.concepts.entities, folded)
}

/// The canonical place of a folded place name.
pub fn place(lang: &LangData, folded: &str) -> Option<&'static str> {
    lookup(lang.concepts.places, folded)
}

/// The language-neutral event of a folded verb form or event noun.
pub fn event(lang: &LangData, folded: &str) -> Option<&'static str> {
    lookup(lang.concepts.events, folded)
}

/// The singular of a folded plural noun by the language's endings ("missiles" → "missile",
/// "canaux" → "canal"); words without a plural ending come back unchanged.
pub fn singular(lang: &LangData, folded: &str) -> String {
    let best = lang
        .concepts
        .plurals
        .iter()
        .filter(|(plural, _)| folded.len() > plural.len() + 2 && folded.ends_with(plural))
        .max_by_key(|(plural, _)| plural.len());
    match best {
        Some((plural, single)) => format!("{}{single}", &folded[..folded.len() - plural.len()]),
        None => folded.to_string(),
    }
}

/// The qualifiers found in `tokens` (a clause around a counted noun): the first entity, place,
/// event and scope cue met, phrases of several words included.
pub fn qualifiers(lang: &LangData, tokens: &[Token]) -> Qualifiers {
    let c = &lang.concepts;
    let mut q = Qualifiers::default();
    for k in 0..tokens.len() {
        if q.entity.is_none() {
            q.entity = phrase::at(c.entities, tokens, k).map(|(_, v)| v.to_string());
        }
        if q.place.is_none() {
            q.place = phrase::at(c.places, tokens, k).map(|(_, v)| v.to_string());
        }
        if q.event.is_none() {
            q.event = phrase::at(c.events, tokens, k).map(|(_, v)| v.to_string());
        }
        if q.scope.is_none() {
            q.scope = phrase::at(c.scopes, tokens, k).map(|(_, v)| v);
        }
    }
    q
}

fn is_stop(lang: &LangData, t: &Token) -> bool {
    t.kind != TokenKind::Word || lang.concepts.stops.contains(&t.folded.as_str())
}

fn is_lower(t: &Token) -> bool {
    t.text.chars().next().is_some_and(char::is_lowercase)
}

fn counted_at(lang: &LangData, t: &Token) -> Counted {
    Counted {
        concept: concept(lang, &t.folded).map_or_else(|| singular(lang, &t.folded), str::to_string),
        text: t.text.to_string(),
    }
}

/// The noun a figure counts when it follows the figure from token `from` on ("1 500 soldats
/// nord-coréens", "a dozen North Korean officers", "1,500 North Koreans"), with its token.
pub fn counted_after(lang: &LangData, tokens: &[Token], from: usize) -> Option<(usize, Counted)> {
    let c = &lang.concepts;
    let mut k = from;
    let mut head: Option<usize> = None;
    let mut demonym: Option<(usize, usize)> = None;
    while k < tokens.len() && k < from + 6 {
        let t = &tokens[k];
        if t.kind != TokenKind::Word {
            break;
        }
        if let Some((n, _)) = phrase::at(c.entities, tokens, k) {
            if head.is_some() {
                break;
            }
            demonym = Some((k, n));
            k += n;
            if !c.head_last {
                break;
            }
            continue;
        }
        if c.before_noun.contains(&t.folded.as_str()) && head.is_none() {
            k += 1;
            continue;
        }
        let known = concept(lang, &t.folded).is_some();
        if is_stop(lang, t) || !(known || is_lower(t)) {
            break;
        }
        // "1,500 soldiers killed": a participle after the noun is its predicate.
        if head.is_some() && event(lang, &t.folded).is_some() {
            break;
        }
        head = Some(k);
        if !c.head_last {
            break;
        }
        k += 1;
    }
    if let Some(h) = head {
        return Some((h, counted_at(lang, &tokens[h])));
    }
    let (d, n) = demonym?;
    let text: Vec<&str> = tokens[d..d + n].iter().map(|t| t.text).collect();
    let counted = Counted {
        concept: "people".to_string(),
        text: text.join(" "),
    };
    Some((d, counted))
}

/// The nearest known counted noun before token `before`, back to token `from`, for a figure
/// that no noun follows ("le nombre de soldats pourrait atteindre 10 000").
pub fn counted_before(
    lang: &LangData,
    tokens: &[Token],
    from: usize,
    before: usize,
) -> Option<(usize, Counted)> {
    let from = from.max(before.saturating_sub(CLAUSE_REACH));
    (from..before)
        .rev()
        .find(|&k| tokens[k].kind == TokenKind::Word && concept(lang, &tokens[k].folded).is_some())
        .map(|k| (k, counted_at(lang, &tokens[k])))
}

/// The first token of the clause that holds token `at`.
pub fn clause_start(lang: &LangData, tokens: &[Token], at: usize) -> usize {
    clause_bounds(lang, tokens, at, at).0
}

/// The clause around tokens `from..to`: back to the previous clause break, on to the next one.
fn clause_bounds(lang: &LangData, tokens: &[Token], from: usize, to: usize) -> (usize, usize) {
    let breaks = lang.concepts.clause_breaks;
    let is_break = |k: usize| breaks.contains(&tokens[k].folded.as_str());
    let left = (from.saturating_sub(CLAUSE_REACH)..from)
        .rev()
        .find(|&k| is_break(k))
        .map_or(from.saturating_sub(CLAUSE_REACH), |k| k + 1);
    let reach = (to + CLAUSE_REACH).min(tokens.len());
    let right = (to..reach).find(|&k| is_break(k)).unwrap_or(reach);
    (left, right)
}

/// The qualifiers of a figure at tokens `figure[0]..figure[1]` counting the noun at `noun`:
/// the entity next to the noun ("soldats nord-coréens", "North Korean troops"), else the
/// nearest one before in the clause; the place and event after the noun in its clause, else
/// the nearest before; and any scope cue of the clause.
pub fn clause_qualifiers(
    lang: &LangData,
    tokens: &[Token],
    tags: &Tags,
    figure: [usize; 2],
    noun: usize,
) -> Qualifiers {
    let c = &lang.concepts;
    let [start, end] = figure;
    let after = (noun + 1).max(end);
    let (left, right) = clause_bounds(lang, tokens, start.min(noun), after);
    let mut q = Qualifiers::default();

    let scan = Scan { lang, tokens, tags };
    let entity = entity_near(&scan, end, after, right)
        .or_else(|| scan.nearest_before(ENTITY, c.entities, left, start.min(noun), true));
    q.entity = entity.map(|(_, _, e)| e.to_string());
    let skip = entity.map(|(k, n, _)| k..k + n);
    let before = |bit, table| {
        scan.nearest_before(bit, table, left, start.min(noun), false)
            .filter(|(k, _, _)| !skip.as_ref().is_some_and(|s| s.contains(k)))
            .map(|(_, _, v)| v.to_string())
    };
    q.place = scan
        .first_after(PLACE, c.places, &skip, after, right)
        .or_else(|| before(PLACE, c.places));
    q.event = scan
        .first_after(EVENT, c.events, &skip, after, right)
        .or_else(|| before(EVENT, c.events));
    q.scope = (left..right).find_map(|k| tags.at(SCOPE, c.scopes, tokens, k).map(|(_, s)| s));
    q.words = noun_phrase_words(lang, tokens, end..noun, skip.clone());
    q.words.extend(noun_phrase_words(
        lang,
        tokens,
        after..(after + 3).min(right),
        skip,
    ));
    q
}

/// The entity of a noun phrase: between the figure and the noun ("North Korean troops"), right
/// after the noun ("soldats nord-coréens"), or after an entity link ("soldiers from North
/// Korea"). Returns its first token, length and value.
fn entity_near(
    scan: &Scan,
    end: usize,
    after: usize,
    right: usize,
) -> Option<(usize, usize, &'static str)> {
    let c = &scan.lang.concepts;
    let at = |k: usize| {
        scan.tags
            .at(ENTITY, c.entities, scan.tokens, k)
            .map(|(n, e)| (k, n, e))
    };
    if let Some(found) = (end..after).find_map(at) {
        return Some(found);
    }
    if after >= right {
        return None;
    }
    let link = phrase::word_at(c.entity_links, scan.tokens, after).unwrap_or(0);
    at(after).or_else(|| {
        (link > 0 && after + link < right)
            .then(|| at(after + link))
            .flatten()
    })
}

/// The folded words of a noun phrase's part `range` up to its first function word, without the
/// entity's tokens: "elite", "speciales".
fn noun_phrase_words(
    lang: &LangData,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    skip: Option<std::ops::Range<usize>>,
) -> Vec<String> {
    range
        .map(|k| (k, &tokens[k]))
        .take_while(|(_, t)| !is_stop(lang, t))
        .filter(|(k, _)| !skip.as_ref().is_some_and(|s| s.contains(k)))
        .filter(|(_, t)| event(lang, &t.folded).is_none() && place(lang, &t.folded).is_none())
        .map(|(_, t)| t.folded.clone())
        .collect()
}

/// A sentence's tokens with their tags, for the clause scans.
struct Scan<'a, 't> {
    lang: &'a LangData,
    tokens: &'a [Token<'t>],
    tags: &'a Tags,
}

impl Scan<'_, '_> {
    /// The first phrase of `table` from `from` to `to`, outside the tokens `skip` (the entity
    /// of the noun phrase, so that "Corée du Nord" after the noun is not also its place).
    fn first_after(
        &self,
        bit: u8,
        table: &[(&'static str, &'static str)],
        skip: &Option<std::ops::Range<usize>>,
        from: usize,
        to: usize,
    ) -> Option<String> {
        (from..to)
            .filter(|k| !skip.as_ref().is_some_and(|s| s.contains(k)))
            .find_map(|k| {
                self.tags
                    .at(bit, table, self.tokens, k)
                    .map(|(_, v)| v.to_string())
            })
    }

    /// The nearest phrase of `table` before `before`, back to `left`, as its first token,
    /// length and value; with `stop_at_comma`, not across a comma (a subject's entity, not a
    /// source's: "Selon Séoul, …"). A name right after "selon" / "according to" is a source,
    /// never taken.
    fn nearest_before(
        &self,
        bit: u8,
        table: &[(&'static str, &'static str)],
        left: usize,
        before: usize,
        stop_at_comma: bool,
    ) -> Option<(usize, usize, &'static str)> {
        let tokens = self.tokens;
        for k in (left..before).rev() {
            if stop_at_comma && tokens[k].is(",") {
                return None;
            }
            if let Some((n, v)) = self.tags.at(bit, table, tokens, k)
                && k + n <= before
                && phrase::word_before(self.lang.attribution.according_to, tokens, k).is_none()
            {
                return Some((k, n, v));
            }
        }
        None
    }
}

/// Adjusts a count's concept with its qualifiers and sentence: people words and demonyms count
/// soldiers in a military sentence ("4 000 hommes", "1 500 Nord-Coréens"); people killed or
/// injured are deaths or injured.
pub fn refine(
    lang: &LangData,
    tokens: &[Token],
    mut counted: Counted,
    qualifiers: &mut Qualifiers,
) -> Counted {
    let c = &lang.concepts;
    let folded = crate::lang::fold(&counted.text);
    if let Some(e) = lookup(c.entities, &folded) {
        qualifiers.entity = Some(e.to_string());
    }
    let demonym = lookup(c.entities, &folded).is_some();
    let personnel = demonym || c.personnel.contains(&folded.as_str());
    let people = personnel || counted.concept == "people";
    if people {
        let military = || {
            tokens
                .iter()
                .any(|t| c.military.contains(&t.folded.as_str()))
        };
        counted.concept = match qualifiers.event.as_deref() {
            Some("killed") => "deaths",
            Some("injured") => "injured",
            Some("deployed" | "fighting" | "training") if personnel => "soldiers",
            _ if personnel && military() => "soldiers",
            _ => "people",
        }
        .to_string();
    }
    counted
}
