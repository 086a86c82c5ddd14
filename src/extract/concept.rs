//! What a count counts and the subject's qualifiers: counted nouns mapped to language-neutral
//! concepts, nationalities and places mapped to canonical names, events and scope cues.
//!
//! The lookups here are shared: counts use them for the noun a number counts, statements use
//! them for the subject and predicate of a clause.

use crate::claim::{Qualifiers, Scope};
use crate::lang::LangData;
use crate::token::Token;

/// Per-language concept data. Every table is sorted by its folded key.
#[derive(Debug)]
pub struct ConceptWords {
    /// Folded counted nouns → concept ("soldats" → "soldiers").
    pub nouns: &'static [(&'static str, &'static str)],
    /// Folded nationality adjectives and country names → canonical entity
    /// ("nord-coreens" → "North Korea").
    pub entities: &'static [(&'static str, &'static str)],
    /// Folded place names → canonical place ("russie" → "Russia", "koursk" → "Kursk").
    pub places: &'static [(&'static str, &'static str)],
    /// Folded verb forms and event nouns → language-neutral event ("transferes" → "deployed").
    pub events: &'static [(&'static str, &'static str)],
    /// Folded scope cues → scope ("au total" → planned total, "deja" → so far).
    pub scopes: &'static [(&'static str, Scope)],
}

fn lookup<T: Copy>(table: &[(&'static str, T)], folded: &str) -> Option<T> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(folded))
        .ok()
        .map(|i| table[i].1)
}

/// The concept a folded noun counts, if the language knows it.
pub fn concept(lang: &LangData, folded: &str) -> Option<&'static str> {
    lookup(lang.concepts.nouns, folded)
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

/// The qualifiers found in `tokens` (a clause around a counted noun): the first entity, place,
/// event and scope cue met.
pub fn qualifiers(lang: &LangData, tokens: &[Token]) -> Qualifiers {
    let mut q = Qualifiers::default();
    for t in tokens {
        if q.entity.is_none() {
            q.entity = entity(lang, &t.folded).map(String::from);
        }
        if q.place.is_none() {
            q.place = place(lang, &t.folded).map(String::from);
        }
        if q.event.is_none() {
            q.event = event(lang, &t.folded).map(String::from);
        }
        if q.scope.is_none() {
            q.scope = lookup(lang.concepts.scopes, &t.folded);
        }
    }
    q
}
