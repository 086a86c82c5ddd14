//! English: every table and setting claimdiff needs to read English news.
//!
//! Entries are folded (lower case, no accents, straight apostrophes) and each table is sorted.

use super::{Lang, LangData};
use crate::claim::Scope;
use crate::extract::attribution::AttributionWords;
use crate::extract::concept::ConceptWords;
use crate::extract::date::{DateWords, MonthPart, Unit, Which};
use crate::extract::number::NumberWords;
use crate::extract::stance::StanceWords;
use crate::segment::SegmentWords;
use jiff::civil::Weekday;

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
    months: &[
        ("apr", 4),
        ("april", 4),
        ("aug", 8),
        ("august", 8),
        ("dec", 12),
        ("december", 12),
        ("feb", 2),
        ("february", 2),
        ("jan", 1),
        ("january", 1),
        ("jul", 7),
        ("july", 7),
        ("jun", 6),
        ("june", 6),
        ("mar", 3),
        ("march", 3),
        ("may", 5),
        ("nov", 11),
        ("november", 11),
        ("oct", 10),
        ("october", 10),
        ("sep", 9),
        ("sept", 9),
        ("september", 9),
    ],
    weekdays: &[
        ("friday", Weekday::Friday),
        ("monday", Weekday::Monday),
        ("saturday", Weekday::Saturday),
        ("sunday", Weekday::Sunday),
        ("thursday", Weekday::Thursday),
        ("tuesday", Weekday::Tuesday),
        ("wednesday", Weekday::Wednesday),
    ],
    month_first: true,
    numeric_month_first: true,
    capitalised_names: true,
    ordinal_suffixes: &["nd", "rd", "st", "th"],
    day_articles: &["on", "on the", "the"],
    day_of: &["of"],
    ranges: &[("between", "and"), ("from", "to")],
    and: &["and"],
    month_preps: &["during", "in", "since", "until"],
    year_preps: &["in", "since", "until"],
    month_parts: &[
        ("beginning", MonthPart::Early),
        ("early", MonthPart::Early),
        ("end", MonthPart::Late),
        ("late", MonthPart::Late),
        ("mid", MonthPart::Mid),
        ("middle", MonthPart::Mid),
        ("start", MonthPart::Early),
    ],
    part_fillers: &["of", "the"],
    relative: &[
        ("last month", (Unit::Month, -1)),
        ("last night", (Unit::Day, -1)),
        ("last week", (Unit::Week, -1)),
        ("last year", (Unit::Year, -1)),
        ("next month", (Unit::Month, 1)),
        ("next week", (Unit::Week, 1)),
        ("next year", (Unit::Year, 1)),
        ("the day after tomorrow", (Unit::Day, 2)),
        ("the day before yesterday", (Unit::Day, -2)),
        ("this afternoon", (Unit::Day, 0)),
        ("this evening", (Unit::Day, 0)),
        ("this month", (Unit::Month, 0)),
        ("this morning", (Unit::Day, 0)),
        ("this week", (Unit::Week, 0)),
        ("this year", (Unit::Year, 0)),
        ("today", (Unit::Day, 0)),
        ("tomorrow", (Unit::Day, 1)),
        ("tonight", (Unit::Day, 0)),
        ("yesterday", (Unit::Day, -1)),
    ],
    weekday_before: &[
        ("last", Which::Last),
        ("next", Which::Next),
        ("on", Which::Recent),
        ("this", Which::This),
        ("this past", Which::Last),
    ],
    weekday_after: &[],
    times_of_day: &["afternoon", "evening", "morning", "night"],
    anchored: &[
        ("the day after", (1, true)),
        ("the day before", (-1, true)),
        ("the following day", (1, false)),
        ("the next day", (1, false)),
        ("the previous day", (-1, false)),
        ("the same day", (0, false)),
    ],
    anchor_blockers: &["of"],
    later: &[
        ("after", (1, true)),
        ("before", (-1, true)),
        ("earlier", (-1, false)),
        ("later", (1, false)),
    ],
    ago_before: &[],
    ago_after: &["ago"],
    units: &[
        ("day", Unit::Day),
        ("days", Unit::Day),
        ("month", Unit::Month),
        ("months", Unit::Month),
        ("week", Unit::Week),
        ("weeks", Unit::Week),
        ("year", Unit::Year),
        ("years", Unit::Year),
    ],
    number_words: &[
        ("a", 1),
        ("eight", 8),
        ("eleven", 11),
        ("fifteen", 15),
        ("five", 5),
        ("four", 4),
        ("nine", 9),
        ("one", 1),
        ("seven", 7),
        ("six", 6),
        ("ten", 10),
        ("thirty", 30),
        ("three", 3),
        ("twelve", 12),
        ("twenty", 20),
        ("two", 2),
    ],
    hour_marks: &[],
    hour_words: &["o'clock"],
    time_preps: &["around", "at"],
    meridiem: &[("am", false), ("pm", true)],
    dateline_cues: &[
        "first published",
        "last modified",
        "last updated",
        "modified",
        "posted",
        "published",
        "updated",
    ],
    event_nouns: &[
        "announcement",
        "attack",
        "attacks",
        "ceremony",
        "conference",
        "deployment",
        "drill",
        "drills",
        "election",
        "elections",
        "exercise",
        "exercises",
        "invasion",
        "launch",
        "meeting",
        "offensive",
        "parade",
        "protest",
        "protests",
        "speech",
        "statement",
        "strike",
        "strikes",
        "summit",
        "talks",
        "test",
        "visit",
        "vote",
    ],
    event_verbs: &[
        "began", "came", "held", "left", "made", "met", "said", "sent", "struck", "told", "took",
        "went", "wrote",
    ],
    auxiliaries: &[
        "am", "are", "be", "been", "being", "had", "has", "have", "is", "was", "were", "will",
        "would",
    ],
    future_preps: &["by"],
    future_cues: &[
        "due",
        "expected",
        "plan",
        "planned",
        "plans",
        "scheduled",
        "set to",
        "shall",
        "will",
        "would",
    ],
    clause_breaks: &["that", "which", "who"],
    since: &["since"],
    present_cues: &[
        "at present",
        "currently",
        "now",
        "say",
        "says",
        "so far",
        "to date",
    ],
    adverbs: &[
        "already",
        "also",
        "finally",
        "just",
        "never",
        "not",
        "now",
        "recently",
        "reportedly",
        "then",
    ],
    participles: &[("ed", "ed")],
    participle_needs_auxiliary: false,
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
