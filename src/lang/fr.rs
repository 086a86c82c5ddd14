//! French: every table and setting claimdiff needs to read French news.
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
    abbreviations: &["dr", "m", "mm", "mme", "mlle", "st"],
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
    months: &[
        ("aout", 8),
        ("avr", 4),
        ("avril", 4),
        ("dec", 12),
        ("decembre", 12),
        ("fev", 2),
        ("fevr", 2),
        ("fevrier", 2),
        ("janv", 1),
        ("janvier", 1),
        ("juil", 7),
        ("juillet", 7),
        ("juin", 6),
        ("mai", 5),
        ("mars", 3),
        ("nov", 11),
        ("novembre", 11),
        ("oct", 10),
        ("octobre", 10),
        // "sept" alone is the number seven.
        ("septembre", 9),
    ],
    weekdays: &[
        ("dimanche", Weekday::Sunday),
        ("jeudi", Weekday::Thursday),
        ("lundi", Weekday::Monday),
        ("mardi", Weekday::Tuesday),
        ("mercredi", Weekday::Wednesday),
        ("samedi", Weekday::Saturday),
        ("vendredi", Weekday::Friday),
    ],
    month_first: false,
    numeric_month_first: false,
    capitalised_names: false,
    ordinal_suffixes: &["er", "re"],
    day_articles: &["ce", "le", "les"],
    day_of: &[],
    ranges: &[("du", "au"), ("entre", "et")],
    and: &["et"],
    month_preps: &[
        "au mois d'",
        "au mois de",
        "courant",
        "depuis",
        "en",
        "jusqu'en",
    ],
    year_preps: &["depuis", "en", "jusqu'en"],
    month_parts: &[
        ("debut", MonthPart::Early),
        ("fin", MonthPart::Late),
        ("mi", MonthPart::Mid),
    ],
    part_fillers: &["d'", "de", "du", "mois"],
    relative: &[
        ("apres-demain", (Unit::Day, 2)),
        ("aujourd'hui", (Unit::Day, 0)),
        ("avant-hier", (Unit::Day, -2)),
        ("ce matin", (Unit::Day, 0)),
        ("ce mois-ci", (Unit::Month, 0)),
        ("ce soir", (Unit::Day, 0)),
        ("cet apres-midi", (Unit::Day, 0)),
        ("cette annee", (Unit::Year, 0)),
        ("cette nuit", (Unit::Day, 0)),
        ("cette semaine", (Unit::Week, 0)),
        ("demain", (Unit::Day, 1)),
        ("hier", (Unit::Day, -1)),
        ("l'an dernier", (Unit::Year, -1)),
        ("l'an passe", (Unit::Year, -1)),
        ("l'an prochain", (Unit::Year, 1)),
        ("l'annee derniere", (Unit::Year, -1)),
        ("l'annee passee", (Unit::Year, -1)),
        ("l'annee prochaine", (Unit::Year, 1)),
        ("la semaine derniere", (Unit::Week, -1)),
        ("la semaine passee", (Unit::Week, -1)),
        ("la semaine prochaine", (Unit::Week, 1)),
        ("le mois dernier", (Unit::Month, -1)),
        ("le mois passe", (Unit::Month, -1)),
        ("le mois prochain", (Unit::Month, 1)),
    ],
    weekday_before: &[("ce", Which::This)],
    weekday_after: &[
        ("dernier", Which::Last),
        ("passe", Which::Last),
        ("prochain", Which::Next),
    ],
    times_of_day: &["apres-midi", "matin", "nuit", "soir"],
    anchored: &[
        ("l'avant-veille", (-2, false)),
        ("la veille", (-1, false)),
        ("le lendemain", (1, false)),
        ("le meme jour", (0, false)),
        ("le surlendemain", (2, false)),
    ],
    anchor_blockers: &["d'", "de", "des", "du"],
    later: &[
        ("apres", (1, true)),
        ("auparavant", (-1, false)),
        ("avant", (-1, true)),
        ("plus tard", (1, false)),
        ("plus tot", (-1, false)),
    ],
    ago_before: &["il y a"],
    ago_after: &[],
    units: &[
        ("an", Unit::Year),
        ("annee", Unit::Year),
        ("annees", Unit::Year),
        ("ans", Unit::Year),
        ("jour", Unit::Day),
        ("jours", Unit::Day),
        ("mois", Unit::Month),
        ("semaine", Unit::Week),
        ("semaines", Unit::Week),
    ],
    number_words: &[
        ("cinq", 5),
        ("deux", 2),
        ("dix", 10),
        ("douze", 12),
        ("huit", 8),
        ("neuf", 9),
        ("onze", 11),
        ("quatorze", 14),
        ("quatre", 4),
        ("quinze", 15),
        ("sept", 7),
        ("six", 6),
        ("treize", 13),
        ("trente", 30),
        ("trois", 3),
        ("un", 1),
        ("une", 1),
        ("vingt", 20),
    ],
    hour_marks: &["h"],
    hour_words: &["heure", "heures"],
    time_preps: &["a", "des", "vers"],
    meridiem: &[],
    dateline_cues: &[
        "actualise",
        "en date du",
        "mis a jour",
        "mise a jour",
        "modifie",
        "publie",
    ],
    event_nouns: &[
        "annonce",
        "attaque",
        "audience",
        "bombardement",
        "ceremonie",
        "communique",
        "conference",
        "declaration",
        "defile",
        "deploiement",
        "discours",
        "election",
        "elections",
        "entretien",
        "essai",
        "exercice",
        "exercices",
        "frappe",
        "frappes",
        "greve",
        "invasion",
        "lancement",
        "manifestation",
        "manifestations",
        "offensive",
        "rencontre",
        "reunion",
        "scrutin",
        "signature",
        "sommet",
        "tir",
        "tirs",
        "visite",
        "vote",
    ],
    event_verbs: &[
        "atteint", "conclu", "dit", "ecrit", "pris", "recu", "rejoint", "tenu",
    ],
    auxiliaries: &[
        "a", "ai", "aient", "ait", "as", "aura", "auraient", "aurait", "auront", "avaient",
        "avait", "avez", "avoir", "avons", "est", "etaient", "etait", "ete", "etre", "ont", "sera",
        "seraient", "serait", "seront", "sommes", "sont",
    ],
    future_preps: &["d'ici", "jusqu'a", "jusqu'au"],
    future_cues: &[
        "aura",
        "auront",
        "devra",
        "devraient",
        "devrait",
        "devront",
        "doit",
        "doivent",
        "ira",
        "iront",
        "pourra",
        "pourront",
        "prevu",
        "prevue",
        "prevues",
        "prevus",
        "sera",
        "seront",
    ],
    clause_breaks: &["qu'", "que", "qui"],
    since: &["depuis"],
    present_cues: &[
        "a ce jour",
        "a present",
        "actuellement",
        "affirme",
        "affirment",
        "assure",
        "assurent",
        "desormais",
        "estime",
        "estiment",
        "indique",
        "indiquent",
        "jusqu'ici",
        "maintenant",
        "pour l'instant",
    ],
    adverbs: &[
        "aussi",
        "bien",
        "deja",
        "egalement",
        "encore",
        "enfin",
        "ensuite",
        "finalement",
        "jamais",
        "meme",
        "ne",
        "notamment",
        "pas",
        "plus",
        "recemment",
        "toujours",
    ],
    participles: &[("ées", "é"), ("és", "é"), ("ée", "é"), ("é", "é")],
    participle_needs_auxiliary: true,
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
