//! English: every table and setting claimdiff needs to read English news.
//!
//! Entries are folded (lower case, no accents, straight apostrophes) and each table is sorted.

use super::{Lang, LangData};
use crate::claim::Scope;
use crate::extract::attribution::AttributionWords;
use crate::extract::concept::ConceptWords;
use crate::extract::date::DateWords;
use crate::extract::number::NumberWords;
use crate::extract::stance::StanceWords;
use crate::segment::SegmentWords;

/// The English data.
pub static DATA: LangData = LangData {
    lang: Lang::En,
    segment: SEGMENT,
    numbers: NUMBERS,
    concepts: CONCEPTS,
    dates: DATES,
    attribution: ATTRIBUTION,
    stance: STANCE,
};

// ---------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------

const SEGMENT: SegmentWords = SegmentWords {
    abbreviations: &[
        "adm", "apr", "aug", "capt", "cmdr", "col", "cpl", "dec", "dept", "dr", "e.g", "feb", "ft",
        "gen", "gov", "i.e", "jan", "jr", "lt", "maj", "messrs", "mr", "mrs", "ms", "mt", "nov",
        "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "vs",
    ],
    before_numbers: &["art", "fig", "no", "nos", "p", "pp", "vol"],
    starters: &[
        "a",
        "according",
        "but",
        "he",
        "her",
        "his",
        "however",
        "i",
        "in",
        "it",
        "its",
        "she",
        "that",
        "the",
        "their",
        "there",
        "they",
        "this",
        "we",
    ],
};

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

const NUMBERS: NumberWords = NumberWords {
    decimal_comma: false,
};

// ---------------------------------------------------------------------------------------------
// Concepts, entities, places and scope
// ---------------------------------------------------------------------------------------------

const CONCEPTS: ConceptWords = ConceptWords {
    nouns: &[("soldiers", "soldiers"), ("troops", "soldiers")],
    entities: &[("north", "North Korea")],
    places: &[("russia", "Russia")],
    events: &[("deployed", "deployed")],
    scopes: &[("already", Scope::SoFar)],
};

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const DATES: DateWords = DateWords {
    months: &[("october", 10)],
};

// ---------------------------------------------------------------------------------------------
// Attribution and quotations
// ---------------------------------------------------------------------------------------------

const ATTRIBUTION: AttributionWords = AttributionWords {
    according_to: &["according to"],
};

// ---------------------------------------------------------------------------------------------
// Stance
// ---------------------------------------------------------------------------------------------

const STANCE: StanceWords = StanceWords {
    hedges: &["reportedly"],
};
