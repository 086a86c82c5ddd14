//! French: every table and setting claimdiff needs to read French news.
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

/// The French data.
pub static DATA: LangData = LangData {
    lang: Lang::Fr,
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
        "apr", "av", "avr", "bd", "boul", "c.-a-d", "cf", "col", "dec", "dr", "env", "ex", "fevr",
        "gal", "gen", "hab", "ibid", "janv", "juil", "lt", "m", "me", "mgr", "mlle", "mlles", "mm",
        "mme", "mmes", "mr", "nov", "oct", "p.ex", "pr", "prof", "sept", "st", "ste", "vs",
    ],
    before_numbers: &["art", "ch", "chap", "fig", "n", "no", "p", "pp", "vol"],
    starters: &[
        "ce",
        "cela",
        "cependant",
        "d'apres",
        "depuis",
        "elle",
        "elles",
        "en",
        "il",
        "ils",
        "la",
        "le",
        "les",
        "mais",
        "on",
        "par",
        "pour",
        "selon",
        "un",
        "une",
    ],
};

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

const NUMBERS: NumberWords = NumberWords {
    decimal_comma: true,
};

// ---------------------------------------------------------------------------------------------
// Concepts, entities, places and scope
// ---------------------------------------------------------------------------------------------

const CONCEPTS: ConceptWords = ConceptWords {
    nouns: &[
        ("militaires", "soldiers"),
        ("soldats", "soldiers"),
        ("troupes", "soldiers"),
    ],
    entities: &[("nord-coreens", "North Korea")],
    places: &[("russie", "Russia")],
    events: &[("transferes", "deployed")],
    scopes: &[("deja", Scope::SoFar)],
};

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const DATES: DateWords = DateWords {
    months: &[("octobre", 10)],
};

// ---------------------------------------------------------------------------------------------
// Attribution and quotations
// ---------------------------------------------------------------------------------------------

const ATTRIBUTION: AttributionWords = AttributionWords {
    according_to: &["selon"],
};

// ---------------------------------------------------------------------------------------------
// Stance
// ---------------------------------------------------------------------------------------------

const STANCE: StanceWords = StanceWords {
    hedges: &["aurait"],
};
