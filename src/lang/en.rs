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
    not_sources: &["which", "whom"],
    source_words: &[],
    citing: &["citing", "quoting"],
    verbs: &[
        "added",
        "adds",
        "announced",
        "argued",
        "asserted",
        "claimed",
        "confirmed",
        "declared",
        "disclosed",
        "estimated",
        "explained",
        "indicated",
        "insisted",
        "noted",
        "reported",
        "revealed",
        "said",
        "says",
        "stated",
        "stressed",
        "tells",
        "told",
        "warned",
        "warns",
        "writes",
        "wrote",
    ],
    weak_verbs: &[
        "announces",
        "claims",
        "confirms",
        "estimates",
        "explains",
        "insists",
        "notes",
        "reports",
        "states",
    ],
    inverted_verbs: &["continued"],
    auxiliaries: &["had", "has", "have"],
    complementizers: &["that"],
    pronouns: &["he", "it", "she", "they"],
    determiners: &[
        "a", "an", "her", "his", "its", "the", "their", "these", "this", "those",
    ],
    stops: &[
        "after",
        "as",
        "at",
        "before",
        "by",
        "during",
        "for",
        "friday",
        "from",
        "in",
        "last",
        "monday",
        "on",
        "saturday",
        "since",
        "sunday",
        "thursday",
        "today",
        "tuesday",
        "wednesday",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "yesterday",
    ],
    conjunctions: &["and"],
    recipients: &["to"],
    document_nouns: &["release", "report", "statement"],
    coordinators: &["but", "whereas", "while"],
    relatives: &["which", "who"],
};

// ---------------------------------------------------------------------------------------------
// Stance
// ---------------------------------------------------------------------------------------------

const STANCE: StanceWords = StanceWords {
    hedges: &[
        "alleged",
        "allegedly",
        "apparently",
        "are said to",
        "believed to",
        "could",
        "is said to",
        "may be",
        "may have",
        "might",
        "possibly",
        "probably",
        "purported",
        "purportedly",
        "reportedly",
        "supposedly",
        "thought to",
        "was said to",
        "were said to",
    ],
    conditionals: &[],
    firm_conditionals: &[],
    conditional_endings: &[],
    not_conditionals: &[],
    denials: &[
        "denied",
        "denies",
        "deny",
        "denying",
        "dismissed",
        "dismisses",
        "refuted",
        "rejected",
        "rejects",
    ],
    confirmations: &[
        "acknowledge",
        "acknowledged",
        "comment",
        "commented",
        "confirm",
        "confirmation",
        "confirmed",
        "confirms",
        "corroborate",
        "verified",
        "verify",
    ],
    unconfirmed: &["unconfirmed", "unverifiable", "unverified"],
    negations: &["never", "no", "not", "without"],
    refusals: &["declined", "declines", "refused", "refuses", "unable"],
    passives: &["are", "be", "been", "being", "is", "was", "were"],
    agents: &["by"],
    modals: &[
        "able", "can", "cannot", "could", "did", "do", "does", "to", "will", "would",
    ],
    reflexives: &[],
    anaphors: &["which"],
    according_relatives: &["which", "whom"],
};
