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
    months: &[("octobre", 10)],
};

// ---------------------------------------------------------------------------------------------
// Attribution and quotations
// ---------------------------------------------------------------------------------------------

const ATTRIBUTION: AttributionWords = AttributionWords {
    according_to: &["d'apres", "de source", "de sources", "selon"],
    not_sources: &[
        "independante",
        "independantes",
        "laquelle",
        "lequel",
        "lesquelles",
        "lesquels",
        "moi",
        "nous",
        "qu'",
        "que",
        "toute",
        "vous",
    ],
    source_words: &["source", "sources"],
    citing: &["citant", "invoquant"],
    verbs: &[],
    weak_verbs: &[
        "affirmait",
        "affirme",
        "affirment",
        "ajoutait",
        "ajoute",
        "ajoutent",
        "annonce",
        "annoncent",
        "assurait",
        "assure",
        "assurent",
        "averti",
        "avertit",
        "confirme",
        "confirment",
        "considere",
        "considerent",
        "declarait",
        "declare",
        "declarent",
        "disait",
        "disent",
        "dit",
        "ecrit",
        "ecrivent",
        "estimait",
        "estime",
        "estiment",
        "evoquait",
        "evoque",
        "evoquent",
        "expliquait",
        "explique",
        "expliquent",
        "exprime",
        "fait savoir",
        "fait valoir",
        "indiquait",
        "indique",
        "indiquent",
        "informe",
        "insiste",
        "juge",
        "jugent",
        "martele",
        "met en garde",
        "mettent en garde",
        "mis en garde",
        "note",
        "notent",
        "precisait",
        "precise",
        "precisent",
        "prevenu",
        "previent",
        "raconte",
        "rappele",
        "rappelle",
        "rappellent",
        "rapportait",
        "rapporte",
        "rapportent",
        "reconnait",
        "reconnu",
        "repete",
        "revele",
        "revelent",
        "revendique",
        "revendiquent",
        "signale",
        "signalent",
        "soulignait",
        "souligne",
        "soulignent",
        "soutenu",
        "soutiennent",
        "soutient",
        "temoigne",
    ],
    inverted_verbs: &[
        "commente",
        "conclu",
        "conclut",
        "ironise",
        "lance",
        "poursuit",
        "poursuivi",
        "resume",
        "tranche",
    ],
    auxiliaries: &[
        "a", "ai", "aura", "auraient", "aurait", "auront", "avaient", "avait", "ont",
    ],
    complementizers: &["qu'", "que"],
    pronouns: &["elle", "elles", "il", "ils"],
    determiners: &[
        "ce", "ces", "cet", "cette", "d'", "de", "des", "du", "l'", "la", "le", "les", "leur",
        "leurs", "sa", "ses", "son", "un", "une",
    ],
    stops: &[
        "apres",
        "avant",
        "car",
        "concernant",
        "contre",
        "dans",
        "depuis",
        "dimanche",
        "dont",
        "hier",
        "jeudi",
        "laquelle",
        "lequel",
        "lesquelles",
        "lesquels",
        "lors",
        "lorsque",
        "lundi",
        "mardi",
        "mercredi",
        "ou",
        "par",
        "pour",
        "quand",
        "qui",
        "samedi",
        "selon",
        "si",
        "sur",
        "vendredi",
    ],
    conjunctions: &["et"],
    recipients: &["a", "au", "aux"],
    document_nouns: &[
        "communique",
        "declaration",
        "document",
        "note",
        "rapport",
        "texte",
    ],
    coordinators: &["mais", "tandis"],
    relatives: &["qui"],
};

// ---------------------------------------------------------------------------------------------
// Stance
// ---------------------------------------------------------------------------------------------

const STANCE: StanceWords = StanceWords {
    hedges: &[
        "apparemment",
        "peut-etre",
        "presume",
        "presumee",
        "presumees",
        "presumes",
        "pretendu",
        "pretendue",
        "pretendues",
        "pretendus",
        "probablement",
        "selon toute vraisemblance",
        "semble-t-il",
        "soi-disant",
        "suppose",
        "supposee",
        "supposees",
        "supposes",
        "vraisemblablement",
    ],
    conditionals: &[
        "auraient",
        "aurait",
        "devraient",
        "devrait",
        "pourraient",
        "pourrait",
        "seraient",
        "serait",
    ],
    firm_conditionals: &[
        "auraient",
        "aurait",
        "devraient",
        "devrait",
        "pourraient",
        "pourrait",
    ],
    conditional_endings: &["raient", "rait"],
    not_conditionals: &[
        "abstrait",
        "attrait",
        "distrait",
        "extrait",
        "portrait",
        "retrait",
        "soustrait",
    ],
    denials: &[
        "conteste",
        "contestent",
        "contester",
        "dement",
        "dementent",
        "dementi",
        "dementie",
        "dementir",
        "nie",
        "nient",
        "nier",
        "refute",
        "refutent",
        "refuter",
        "rejete",
        "rejeter",
        "rejette",
        "rejettent",
    ],
    confirmations: &[
        "commentaire",
        "commentaires",
        "commente",
        "commenter",
        "confirmation",
        "confirme",
        "confirmee",
        "confirmees",
        "confirment",
        "confirmer",
        "confirmes",
        "corrobore",
        "corroborer",
        "reconnait",
        "reconnaitre",
        "reconnu",
        "reconnue",
        "verifie",
        "verifiee",
        "verifiees",
        "verifier",
        "verifies",
    ],
    unconfirmed: &[
        "inverifiable",
        "inverifiables",
        "non confirme",
        "non confirmee",
        "non confirmees",
        "non confirmes",
        "non verifie",
        "non verifiee",
        "non verifiees",
        "non verifies",
    ],
    negations: &[
        "aucun", "aucune", "jamais", "n'", "ne", "ni", "non", "pas", "sans",
    ],
    refusals: &["refusant", "refuse", "refusent", "refuser"],
    passives: &["ete", "etre"],
    agents: &["par"],
    modals: &[
        "peut",
        "peuvent",
        "pourra",
        "pouvaient",
        "pouvait",
        "pu",
        "souhaite",
        "su",
        "veut",
        "voulu",
    ],
    reflexives: &["s'", "se"],
    anaphors: &["ce"],
    according_relatives: &["laquelle", "lequel", "lesquelles", "lesquels"],
};
