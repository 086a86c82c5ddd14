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
    abbreviations: &["dr", "mr", "mrs", "ms", "oct", "st"],
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
