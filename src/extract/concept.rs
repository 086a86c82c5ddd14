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
    /// The planned-total cues of [`ConceptWords::scopes`] that only sum up ("au total",
    /// "insgesamt", "in all", "final"): a plan's total ("au total, 12 000 soldats"), but no
    /// scope for an outcome that has happened ("au total, 103 personnes ont perdu la vie").
    pub totals: &'static [&'static str],
    /// True when adjectives come before the noun they qualify (English), so the counted noun
    /// is the last noun of the phrase after a figure; false when the noun comes first (French).
    pub head_last: bool,
    /// Words that may stand between a figure and its noun: "autres", "nouveaux", "more",
    /// "additional".
    pub before_noun: &'static [&'static str],
    /// Words that make a count more of what was counted before ("weitere", "autres", "more",
    /// "altre"): without an entity of its own it takes the earlier count's.
    pub additional: &'static [&'static str],
    /// Possessive relatives ("whose", "dont", "deren", "cuyo", "cui"): after "X, whose", X owns
    /// what the relative clause counts ("Russia, whose army … 1.5 million troops").
    pub possessive_relatives: &'static [&'static str],
    /// Phrases that place a count in the whole country the article is about ("nationwide",
    /// "dans tout le pays", "bundesweit").
    pub national: &'static [&'static str],
    /// Nouns for a capital that, after an article, place a count in the capital of the
    /// article's country ("la capitale", "the capital", "die Hauptstadt").
    pub capital: &'static [&'static str],
    /// Nouns for a country's land that, with a nationality, place a claim in that country
    /// ("sur le sol russe", "on Russian soil", "auf russischem Boden", "em território russo").
    pub territory: &'static [&'static str],
    /// Possessive determiners that make a land noun the speaker's country ("sur son sol", "on
    /// its soil", "auf seinem Boden").
    pub own: &'static [&'static str],
    /// Words of a state that lasts ("encore", "still", "noch", "restano"): injured "still in
    /// hospital" are a part of the injured, those "taken to hospital" the injured themselves.
    pub remaining: &'static [&'static str],
    /// Nouns for a country's own people ("compatriotes", "compatriots", "Staatsbürger",
    /// "connazionali"): counted by a source that speaks for a country, they are that country's.
    pub compatriots: &'static [&'static str],
    /// Plural subject pronouns and partitive pronoun phrases that, opening a clause, stand for
    /// the people the article counts ("ils", "they", "of them", "d'entre eux", "von ihnen").
    pub plural_pronouns: &'static [&'static str],
    /// Pronouns that stand for a count just given ("it had fallen to 26,324", "waren es noch
    /// 23.967", "se ne contano 4.830", "ils étaient 6 650"), or where the subject goes unsaid
    /// the copula that stands for them ("la víspera eran 42.500"): a figure without a noun in a
    /// sentence with one continues the last count of the sentence before.
    pub count_pronouns: &'static [&'static str],
    /// Function words and auxiliaries that are never the counted noun and end a noun phrase.
    pub stops: &'static [&'static str],
    /// Prepositions of place: a country or capital after a noun is its place only after one of
    /// them ("en Russie", "to Russia"); without one it is an actor ("que Pyongyang prévoirait").
    pub locatives: &'static [&'static str],
    /// Nouns that count members of what follows: "membres des forces spéciales", "members of
    /// parliament" count forces and parliament.
    pub partitives: &'static [&'static str],
    /// Phrases that announce the counted noun after a figure: "à 10 000 le nombre de soldats".
    pub number_of: &'static [&'static str],
    /// Words after which a country is where the counted people come from, not where they are:
    /// "quitté la Corée du Nord", "from North Korea".
    pub origins: &'static [&'static str],
    /// Reporting verbs: names before them are sources, not the subject's entity or place
    /// ("South Korea's spy agency said 1,500…", "Kiev compte 11 000…").
    pub reporting: &'static [&'static str],
    /// Words between a counted noun and its entity: "de", "du", "from", "of the".
    pub entity_links: &'static [&'static str],
    /// Words that end a clause: "que", "mais", "that", "but", ";".
    pub clause_breaks: &'static [&'static str],
    /// Verb forms that a clause break word completes into a modal ("tener que", "hay que",
    /// "ter que"): after them the word ends no clause ("personas han tenido que dejar sus
    /// casas").
    pub modals_before_break: &'static [&'static str],
    /// Nouns for people that count soldiers in a military context ("hommes", "men").
    pub personnel: &'static [&'static str],
    /// The personnel words for men ("hommes", "men", "Männer"): outside a military sentence
    /// and without an outcome they count fighters ("25 000 hommes prêts à mourir").
    pub men: &'static [&'static str],
    /// True when every noun is written with a capital (German): a lowercase word after a
    /// figure is then an adjective or a verb, never the counted noun ("zwei gebrochene
    /// Staudämme", "sieben mehr als am Sonntag").
    pub capitalised_nouns: bool,
    /// Endings of the finite verb forms a plural subject takes ("ocorreram", "precisam",
    /// "funzionano", "continúan", "attendent"): an unknown word after a figure that ends so is
    /// its verb, not its noun ("Seis ocorreram em Suzu"). Empty where nouns come last.
    pub verb_endings: &'static [&'static str],
    /// Phrases that, right before a figure and its bound, make it a capacity ("built for fewer
    /// than 400 people", "prévu pour 400 personnes", "con capacidad para unas 400"): it counts
    /// places, not the people there.
    pub capacity: &'static [&'static str],
    /// Phrases that, right after a figure, make it a part of the count before it ("of them",
    /// "davon", "d'entre eux", "de los cuales", "deles"): it counts what that count counts.
    pub parts: &'static [&'static str],
    /// Phrases that, right before a figure, make it a part of the count before it ("dont",
    /// "including", "darunter", "entre ellas", "tra cui", "entre os quais").
    pub inclusions: &'static [&'static str],
    /// Prepositions that name the count a figure is a part of by the noun after them ("among
    /// the dead", "parmi les victimes", "unter den Toten", "entre los heridos", "tra i morti").
    pub among: &'static [&'static str],
    /// Words that put the people a sentence counts on board a vessel or vehicle ("à bord",
    /// "aboard", "an Bord", "a bordo") or say that it carried them ("transportait",
    /// "viaggiavano"): they are its passengers.
    pub on_board: &'static [&'static str],
    /// Nouns for a crowd, a march or a rally ("foule", "cortège", "Kundgebung", "concentración"):
    /// anywhere in a figure's clause, they make a bare figure its protesters.
    pub crowds: &'static [&'static str],
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
/// Bits of [`Tags`] for whole words of a list rather than first words of a phrase: the word is
/// a clause break, a modal that a break after it does not end the clause at, a reporting verb
/// ([`ConceptWords`]), a report noun ([`AttributionWords`]).
///
/// [`AttributionWords`]: crate::extract::attribution::AttributionWords
pub(crate) const CLAUSE_BREAK: u8 = 16;
pub(crate) const MODAL_BEFORE_BREAK: u8 = 32;
pub(crate) const REPORTING: u8 = 64;
pub(crate) const REPORT_NOUN: u8 = 128;

/// Per language, the first words of the entity, place, event and scope phrases, so that a
/// clause is scanned with one hash lookup per token instead of four table searches.
static FIRST_WORDS: LazyLock<Vec<HashMap<String, u8, phrase::WordHash>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            let c = &l.data().concepts;
            let mut first: HashMap<String, u8, phrase::WordHash> = HashMap::default();
            let mut add = |key: &str, bit: u8| {
                if let Some(t) = tokenize(key, 0, key.len()).first() {
                    *first.entry(t.folded.to_string()).or_default() |= bit;
                }
            };
            entities(l.data()).iter().for_each(|(k, _)| add(k, ENTITY));
            c.places.iter().for_each(|(k, _)| add(k, PLACE));
            c.events.iter().for_each(|(k, _)| add(k, EVENT));
            c.scopes.iter().for_each(|(k, _)| add(k, SCOPE));
            let mut member = |words: &[&str], bit: u8| {
                for w in words {
                    *first.entry((*w).to_string()).or_default() |= bit;
                }
            };
            member(c.clause_breaks, CLAUSE_BREAK);
            member(c.modals_before_break, MODAL_BEFORE_BREAK);
            member(c.reporting, REPORTING);
            member(l.data().attribution.report_nouns, REPORT_NOUN);
            first
        })
        .collect()
});

/// Folded words → (date table bits, concept table bits).
type WordBits = HashMap<&'static str, (u32, u8), phrase::WordHash>;

/// Per language, each folded word with the bits of the date tables it may start
/// ([`scan::masks`]) and of the concept tables ([`Tags`]): one look-up for both.
///
/// [`scan::masks`]: crate::extract::date::scan::masks
static WORD_BITS: LazyLock<Vec<Option<WordBits>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let dates = crate::extract::date::scan::start_bits(&l.data().dates)?;
            let mut bits = WordBits::default();
            for (word, &mask) in dates {
                bits.entry(word.as_str()).or_default().0 = mask;
            }
            for (word, &tag) in &FIRST_WORDS[i] {
                bits.entry(word.as_str()).or_default().1 = tag;
            }
            Some(bits)
        })
        .collect()
});

/// For each token of a sentence, its date table masks ([`scan::masks`]) and its concept
/// [`Tags`], read with one look-up per token when `lang` is one of the languages.
///
/// [`scan::masks`]: crate::extract::date::scan::masks
pub fn masks_and_tags(lang: &LangData, tokens: &[Token]) -> (Vec<u32>, Tags) {
    let bits = lang.builtin().and_then(|i| WORD_BITS[i].as_ref());
    let Some(bits) = bits else {
        let masks = crate::extract::date::scan::masks(tokens, &lang.dates);
        return (masks, Tags::new(lang, tokens));
    };
    let mut masks = Vec::with_capacity(tokens.len());
    let mut tags = Vec::with_capacity(tokens.len());
    for t in tokens {
        let (mask, tag) = bits.get(t.folded.as_str()).copied().unwrap_or_default();
        masks.push(mask);
        tags.push(tag);
    }
    (
        masks,
        Tags {
            bits: tags,
            built_in: true,
        },
    )
}

/// True when token `k` is a parenthesis around an acronym ("le Departamento de Gestão de
/// Desastres (DoDMA) registou"): the acronym repeats the name before it, the clause goes on.
fn acronym_parenthesis(tokens: &[Token], k: usize) -> bool {
    let acronym = |t: &Token| {
        t.kind == TokenKind::Word
            && t.text.chars().filter(|c| c.is_uppercase()).count() >= 2
            && t.text.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let around = |open: usize| {
        tokens.get(open).is_some_and(|t| t.text == "(")
            && tokens.get(open + 1).is_some_and(acronym)
            && tokens.get(open + 2).is_some_and(|t| t.text == ")")
    };
    match tokens[k].text {
        "(" => around(k),
        ")" => k >= 2 && around(k - 2),
        _ => false,
    }
}

/// For each token of a sentence, the tables that have a phrase starting with it, and the word
/// lists that hold it.
pub struct Tags {
    bits: Vec<u8>,
    /// True when the tags come from the very tables the sentence is read with (the built-in
    /// ones): only then does a list's bit stand for the list ([`Tags::listed`]).
    built_in: bool,
}

impl Tags {
    /// Tags the tokens of one sentence.
    pub fn new(lang: &LangData, tokens: &[Token]) -> Tags {
        let index = lang.lang.index();
        let first = &FIRST_WORDS[index];
        Tags {
            bits: tokens
                .iter()
                .map(|t| first.get(t.folded.as_str()).copied().unwrap_or(0))
                .collect(),
            built_in: lang.builtin().is_some(),
        }
    }

    /// True when the sorted list `words`, whose bit is `bit`, holds token `k`'s folded form:
    /// the bit read once per sentence when the tags are the built-in tables', else a search.
    #[inline]
    pub(crate) fn listed(&self, bit: u8, words: &[&str], tokens: &[Token], k: usize) -> bool {
        if self.built_in {
            self.bits.get(k).is_some_and(|t| t & bit != 0)
        } else {
            phrase::listed(words, &tokens[k].folded)
        }
    }

    /// The language-neutral event of the phrase starting at token `k` ("a envoyé", "deployed").
    pub fn event(&self, lang: &LangData, tokens: &[Token], k: usize) -> Option<&'static str> {
        self.event_phrase(lang, tokens, k).map(|(_, event)| event)
    }

    /// The event phrase starting at token `k` with its length in tokens ("taken to hospital").
    pub fn event_phrase(
        &self,
        lang: &LangData,
        tokens: &[Token],
        k: usize,
    ) -> Option<(usize, &'static str)> {
        if self.bits.get(k).is_some_and(|t| t & EVENT != 0) {
            event_at(lang, tokens, k)
        } else {
            None
        }
    }

    /// The longest phrase of `table` (whose tag is `bit`) starting at token `k`.
    fn at<T: Copy>(
        &self,
        bit: u8,
        table: &[(&'static str, T)],
        tokens: &[Token],
        k: usize,
    ) -> Option<(usize, T)> {
        if self.bits.get(k).is_some_and(|t| t & bit != 0) {
            phrase::at(table, tokens, k)
        } else {
            None
        }
    }
}

/// The event phrase starting at token `k` with its length, an adverb inside it allowed
/// ("manqueraient encore à l'appel", "sono poi morte").
fn event_at(lang: &LangData, tokens: &[Token], k: usize) -> Option<(usize, &'static str)> {
    let events = lang.concepts.events;
    let direct = phrase::at(events, tokens, k);
    let (adverbs, negations) = (lang.dates.adverbs, lang.stance.negations);
    phrase::at_past_adverb(events, tokens, k, adverbs, negations, direct)
}

/// Per language, the nationality and country words: the hand-written table of the language
/// and the demonyms generated from the place gazetteer and the spelling dictionaries
/// (`src/lang/demonyms.rs`: "libanais", "Jordanian", "sudanesische"), merged and sorted; a
/// hand-written row wins.
static ENTITIES: LazyLock<Vec<Vec<(&'static str, &'static str)>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|&l| {
            let hand = l.data().concepts.entities;
            let mut all: Vec<(&'static str, &'static str)> = hand.to_vec();
            all.extend(
                crate::lang::demonyms(l)
                    .iter()
                    .filter(|(k, _)| phrase::lookup(hand, k).is_none()),
            );
            all.sort_by(|a, b| phrase::compare(a.0, b.0));
            all
        })
        .collect()
});

/// The nationality and country words of `lang` (see [`ENTITIES`]); a table made by hand for a
/// test is its own.
pub fn entities(lang: &LangData) -> &'static [(&'static str, &'static str)] {
    match lang.builtin() {
        Some(index) => &ENTITIES[index],
        None => lang.concepts.entities,
    }
}

/// The entity phrase starting at token `k` ("nord-coréens", "Corée du Nord"), with its length:
/// a token that starts no entity of the built-in tables is passed over with one hash look-up.
fn entity_at(lang: &LangData, tokens: &[Token], k: usize) -> Option<(usize, &'static str)> {
    if let Some(index) = lang.builtin()
        && FIRST_WORDS[index]
            .get(tokens.get(k)?.folded.as_str())
            .is_none_or(|bits| bits & ENTITY == 0)
    {
        return None;
    }
    phrase::at(entities(lang), tokens, k)
}

/// Per language, [`ENTITIES`] by word: one hash look-up for a word instead of a search of a
/// table of some two thousand rows, most words of a text being no nationality.
static ENTITY_WORDS: LazyLock<Vec<HashMap<&'static str, &'static str, phrase::WordHash>>> =
    LazyLock::new(|| {
        ENTITIES
            .iter()
            .map(|table| table.iter().copied().collect())
            .collect()
    });

fn lookup<T: Copy>(table: &[(&'static str, T)], folded: &str) -> Option<T> {
    phrase::lookup(table, folded)
}

/// Per language, every word form that [`concept`] maps: each noun, and each plural the
/// language's endings make of it, kept only when the full rule gives it the same concept. A
/// word is then looked up once instead of searched for in two forms.
static NOUN_FORMS: LazyLock<Vec<HashMap<String, &'static str, phrase::WordHash>>> =
    LazyLock::new(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                let c = &l.data().concepts;
                let mut forms: HashMap<String, &'static str, phrase::WordHash> = HashMap::default();
                for &(noun, value) in c.nouns {
                    forms.insert(noun.to_string(), value);
                }
                for &(noun, value) in c.nouns {
                    for &(plural, single) in c.plurals {
                        let Some(stem) = noun.strip_suffix(single) else {
                            continue;
                        };
                        let form = format!("{stem}{plural}");
                        if !forms.contains_key(&form) && by_rule(l.data(), &form) == Some(value) {
                            forms.insert(form, value);
                        }
                    }
                }
                forms
            })
            .collect()
    });

/// The concepts of a running tally (a disaster's toll, a protest's turnout, arrests): figures
/// that authorities count and outlets relay, so that a named authority beside one is its
/// source (see `attribution`), and a later higher figure is the count going on.
pub const TALLIES: &[&str] = &[
    "arrests",
    "bodies",
    "deaths",
    "displaced",
    "evacuated",
    "homes",
    "hospitalized",
    "injured",
    "migrants",
    "missing",
    "passengers",
    "people",
    "protesters",
    "rescued",
    "survivors",
    "tractors",
    "vehicles",
    "victims",
];

/// The tallies that authorities revise day after day (a toll, not a turnout or a fleet): such a
/// figure is dated by when it was given, not by the event its article's lead names.
pub const RUNNING_TOLLS: &[&str] = &[
    "arrests",
    "bodies",
    "deaths",
    "displaced",
    "buildings damaged",
    "buildings destroyed",
    "evacuated",
    "homes",
    "homes damaged",
    "homes destroyed",
    "hospitalized",
    "injured",
    "missing",
    "rescued",
    "survivors",
    "victims",
];

/// Counts of people in a state they leave as days pass: the patients still in hospital, the
/// missing not yet found, the trapped, the people out of their homes. A later, lower figure of
/// another source is the count falling, not a dispute.
pub const STOCKS: &[&str] = &[
    "displaced",
    "evacuated",
    "homeless",
    "hospitalized",
    "missing",
    "trapped",
];

/// True when `concept` counts people who leave the count as days pass ([`STOCKS`]).
pub fn is_stock(concept: &str) -> bool {
    STOCKS.contains(&concept)
}

/// Homes and buildings by what happened to them ([`refine`]).
pub const DAMAGE_CONCEPTS: &[&str] = &[
    "buildings damaged",
    "buildings destroyed",
    "homes damaged",
    "homes destroyed",
];

/// Concepts that count what one occasion gathered or carried: no later figure makes them
/// larger, so figures that differ dispute them whatever day they were given.
pub const ONE_OCCASION: &[&str] = &["passengers", "people on board", "protesters"];

/// True when `concept` counts what one occasion gathered or carried ([`ONE_OCCASION`]).
pub fn is_one_occasion(concept: &str) -> bool {
    ONE_OCCASION.contains(&concept)
}

/// Every concept some language's lexicon maps a noun to ("deaths", "tractors"…).
static KNOWN_CONCEPTS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .flat_map(|l| l.data().concepts.nouns.iter().map(|&(_, concept)| concept))
        .chain(["people", "passengers"])
        .chain(DAMAGE_CONCEPTS.iter().copied())
        .chain(SUMMED_KINDS.iter().map(|&(_, _, sum)| sum))
        .collect()
});

/// True when `concept` is one of the lexicon's concepts, not a noun no lexicon knows (a
/// singular made from an unknown word, such as "mille" from "47 milles nautiques").
pub fn is_known(concept: &str) -> bool {
    KNOWN_CONCEPTS.contains(concept)
}

/// The concept a folded noun counts, if the language knows it (in this form or its singular);
/// a compound joined by hyphens counts what its last part counts ("wagner-kampfer").
pub fn concept(lang: &LangData, folded: &str) -> Option<&'static str> {
    word_concept(lang, folded).or_else(|| {
        let (_, last) = folded.rsplit_once('-')?;
        word_concept(lang, last)
    })
}

/// [`concept`] of one word, without splitting a compound.
fn word_concept(lang: &LangData, folded: &str) -> Option<&'static str> {
    let Some(index) = lang.builtin() else {
        return by_rule(lang, folded);
    };
    let found = NOUN_FORMS[index].get(folded).copied();
    debug_assert_eq!(found, by_rule(lang, folded), "noun forms of {folded:?}");
    found
}

/// [`concept`] by its rule: the word itself, else its singular by the plural endings.
fn by_rule(lang: &LangData, folded: &str) -> Option<&'static str> {
    lookup(lang.concepts.nouns, folded).or_else(|| {
        // A word without a plural ending is its own singular: already looked up.
        let (plural, single) = plural_ending(lang, folded)?;
        let stem = &folded[..folded.len() - plural.len()];
        lookup_joined(lang.concepts.nouns, stem, single)
    })
}

/// The value of the key `head` + `tail` in a table sorted by key, without joining them.
fn lookup_joined<T: Copy>(table: &[(&'static str, T)], head: &str, tail: &str) -> Option<T> {
    // Byte by byte in an inlined loop, as `phrase::compare` does: keys are short.
    let joined = || head.bytes().chain(tail.bytes());
    table
        .binary_search_by(|(k, _)| k.bytes().cmp(joined()))
        .ok()
        .map(|i| table[i].1)
}

/// The canonical entity of a folded nationality adjective or country name.
pub fn entity(lang: &LangData, folded: &str) -> Option<&'static str> {
    match lang.builtin() {
        Some(index) => ENTITY_WORDS[index].get(folded).copied(),
        None => lookup(lang.concepts.entities, folded),
    }
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
    match plural_ending(lang, folded) {
        Some((plural, single)) => format!("{}{single}", &folded[..folded.len() - plural.len()]),
        None => folded.to_string(),
    }
}

/// True when `folded` ends like a plural of the language ("bridges", "Soldaten"); a word
/// without a plural ending reads as singular ("bridge").
pub fn has_plural_ending(lang: &LangData, folded: &str) -> bool {
    plural_ending(lang, folded).is_some()
}

/// The longest plural ending of the language that `folded` has, with its singular ending.
fn plural_ending(lang: &LangData, folded: &str) -> Option<(&'static str, &'static str)> {
    lang.concepts
        .plurals
        .iter()
        .filter(|(plural, _)| folded.len() > plural.len() + 2 && folded.ends_with(plural))
        .max_by_key(|(plural, _)| plural.len())
        .copied()
}

/// The qualifiers found in `tokens` (a clause around a counted noun): the first entity, place,
/// event and scope cue met, phrases of several words included.
pub fn qualifiers(lang: &LangData, tokens: &[Token]) -> Qualifiers {
    let c = &lang.concepts;
    let mut q = Qualifiers::default();
    for k in 0..tokens.len() {
        if q.entity.is_none() {
            q.entity = entity_at(lang, tokens, k).map(|(_, v)| v.to_string());
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
    t.kind != TokenKind::Word || phrase::listed(lang.concepts.stops, &t.folded)
}

/// A run of tokens as written, one space where the text had space between them
/// ("Castilla-La Mancha", "Bad Neuenahr").
fn written(run: &[Token]) -> String {
    let mut name = String::new();
    for (j, t) in run.iter().enumerate() {
        if j > 0 && run[j - 1].end != t.start {
            name.push(' ');
        }
        name.push_str(t.text);
    }
    name
}

/// The most words of a name no table knows, after a locative right after a figure.
const UNKNOWN_PLACE_WORDS: usize = 3;

/// The name right after a figure's noun phrase (from token `after`), past a locative ("à",
/// "in", "en"), when no table knows it (nor a day, a month or an entity) and a list goes on
/// after it: the figure's own place, nearer than the next figure's ("23 à Suzu et cinq à
/// Nanao"). Not where every noun has a capital.
fn own_unknown_place(
    lang: &LangData,
    tokens: &[Token],
    tags: &Tags,
    after: usize,
    to: usize,
) -> Option<String> {
    let c = &lang.concepts;
    // Where every noun has a capital, a capital says nothing of a name.
    if c.capitalised_nouns {
        return None;
    }
    let n = phrase::word_at(c.locatives, tokens, after)?;
    let first = after + n;
    let capital = |k: usize| {
        k < to
            && tokens[k].kind == TokenKind::Word
            && tokens[k].text.starts_with(char::is_uppercase)
            && !crate::extract::date::names_a_day(&lang.dates, &tokens[k].folded)
    };
    if !capital(first)
        || tags.at(PLACE, c.places, tokens, first).is_some()
        || tags.at(ENTITY, entities(lang), tokens, first).is_some()
    {
        return None;
    }
    let end = (first..to.min(first + UNKNOWN_PLACE_WORDS))
        .take_while(|&k| capital(k))
        .last()?
        + 1;
    // The list goes on after the name: a comma or "et", "and", "y", then the next figure with
    // a place of its own ("…, 23 à Suzu et cinq à Nanao"), not a frame (", según la DGT") nor
    // a second name ("in Suzu and Wajima").
    let mark = tokens
        .get(end)
        .is_some_and(|t| t.is(",") || phrase::listed(lang.attribution.conjunctions, &t.folded));
    let next_figure = tokens.get(end + 1).is_some_and(|t| {
        t.kind == TokenKind::Number
            || (end + 2..(end + 4).min(tokens.len()))
                .any(|k| phrase::word_at(c.locatives, tokens, k).is_some())
    });
    if !(mark && next_figure) {
        return None;
    }
    let name = written(&tokens[first..end]);
    // A name the gazetteer knows is its place, under its one name ("Derna" is Darnah); one it
    // knows twice is left to the clause.
    match crate::extract::places::lookup(&name).as_slice() {
        [] => Some(name),
        _ => crate::extract::places::unambiguous(&name).map(|p| p.name.to_string()),
    }
}

fn is_lower(t: &Token) -> bool {
    t.text.chars().next().is_some_and(char::is_lowercase)
}

/// The counted noun at token `t`: its concept, or for a noun no lexicon knows the word as
/// written (folded), not a singular guessed from an ending ("provincias", not "provincia").
fn counted_at(lang: &LangData, t: &Token) -> Counted {
    Counted {
        concept: concept(lang, &t.folded).map_or_else(|| t.folded.to_string(), str::to_string),
        text: t.text.to_string(),
    }
}

/// The noun a figure counts when it follows the figure from token `from` on ("1 500 soldats
/// nord-coréens", "a dozen North Korean officers", "1,500 North Koreans"), with its token.
pub fn counted_after(lang: &LangData, tokens: &[Token], from: usize) -> Option<(usize, Counted)> {
    let c = &lang.concepts;
    // "Nineteen of the injured", "Mehr als 100 der Toten", "six des blessés": part of a known
    // count, of its kind.
    // Not the "cent" of "30 pour cent des soldats": no unit of the language ends at the figure
    // (asked only after a link, most figures have none).
    let alone = || {
        !(from.saturating_sub(2)..=from)
            .any(|k| phrase::word_before(lang.numbers.units_after, tokens, k).is_some())
    };
    let genitive = |k: usize| is_genitive_link(lang, &tokens[k]);
    // The link itself may have been passed over already ("19 of | the injured").
    let start = match tokens.get(from) {
        Some(t)
            if from > 0
                && genitive(from - 1)
                && phrase::listed(lang.attribution.determiners, &t.folded) =>
        {
            Some(from - 1)
        }
        Some(_) if genitive(from) => Some(from),
        _ => None,
    };
    if let Some(start) = start
        && alone()
    {
        let mut k = start + 1;
        let determined = tokens
            .get(k)
            .is_some_and(|t| phrase::listed(lang.attribution.determiners, &t.folded));
        if determined {
            k += 1;
        }
        // "3 de ses principaux hôpitaux": an adjective before the noun is passed over.
        while tokens
            .get(k)
            .is_some_and(|t| phrase::listed(lang.concepts.before_noun, &t.folded))
        {
            k += 1;
        }
        // "40 de sus nacionales": past a determiner, a plural the lexicon does not know is
        // still the noun counted (its predicate may say more, see `refine`).
        if let Some(noun) = tokens.get(k)
            && noun.kind == TokenKind::Word
            && (concept(lang, &noun.folded).is_some()
                || determined && is_lower(noun) && plural_ending(lang, &noun.folded).is_some())
        {
            return Some((k, counted_at(lang, noun)));
        }
    }
    let mut k = from;
    let mut head: Option<usize> = None;
    let mut demonym: Option<(usize, usize)> = None;
    while k < tokens.len() && k < from + 6 {
        let t = &tokens[k];
        if t.kind != TokenKind::Word {
            break;
        }
        if let Some((n, _)) = entity_at(lang, tokens, k) {
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
        if phrase::listed(c.before_noun, &t.folded) && head.is_none() {
            k += 1;
            continue;
        }
        // A personnel word ("hommes", "men", "Mann") is a counted noun whatever its case.
        let known = concept(lang, &t.folded).is_some() || c.personnel.contains(&t.folded.as_str());
        // "en recense 72 mercredi soir": a weekday or a month is a date, never what is counted.
        let dated = crate::extract::date::names_a_day(&lang.dates, &t.folded);
        if is_stop(lang, t) || (dated && !known) {
            break;
        }
        // Where every noun has a capital, a lowercase word is an adjective before the noun
        // ("zwei gebrochene Staudämme") or a verb ("13 weitere gelten als vermisst").
        if c.capitalised_nouns && !known {
            if head.is_some() || !is_lower(t) {
                if head.is_none() && !is_verb_like(lang, t) {
                    head = Some(k);
                }
                break;
            }
            k += 1;
            continue;
        }
        // "Neuf Égyptiens", "12 Pakistanis": a capitalised plural right after the figure names
        // people of a nationality or group the tables do not know.
        let group = !known
            && !is_lower(t)
            && head.is_none()
            && k == from
            && plural_ending(lang, &t.folded).is_some()
            && place(lang, &t.folded).is_none()
            && !is_verb_like(lang, t)
            && !tokens
                .get(k + 1)
                .is_some_and(|n| n.kind == TokenKind::Word && !is_lower(n));
        if group {
            head = Some(k);
            break;
        }
        if !known && (!is_lower(t) || is_verb_like(lang, t) || is_finite_verb(lang, t)) {
            break;
        }
        let is_event = event(lang, &t.folded).is_some();
        // "1,500 soldiers killed": a participle after the noun is its predicate; "1,500 troops
        // nationwide", "25,000 men ready to die": so is an unknown word after a known noun.
        // "25,000 men ready", but "300 personnel carriers": a plural after a personnel word is
        // the head.
        let known_head = |h: usize| {
            let folded = tokens[h].folded.as_str();
            concept(lang, folded).is_some()
                || (c.personnel.contains(&folded) && plural_ending(lang, &t.folded).is_none())
        };
        if let Some(h) = head
            && (is_event || (!known && known_head(h)))
        {
            break;
        }
        // "10 000 envoyés en Russie", "when 1,800 died": a participle or verb right after the
        // figure is a predicate, the noun is elsewhere.
        let outcome = || {
            event(lang, &t.folded)
                .is_some_and(|e| stated_outcome(e).or(people_outcome(e)).is_some())
        };
        if is_event && !known && (!c.head_last || (head.is_none() && outcome())) {
            return None;
        }
        head = Some(k);
        if !c.head_last {
            break;
        }
        k += 1;
    }
    if let Some(h) = head {
        if let Some(broader) = coordinated_kind(lang, tokens, h) {
            return Some((
                h,
                Counted {
                    concept: broader.to_string(),
                    text: tokens[h].text.to_string(),
                },
            ));
        }
        if let Some(k) = partitive_of(lang, tokens, h) {
            let text: Vec<&str> = tokens[h..=k].iter().map(|t| t.text).collect();
            let mut counted = Counted {
                text: text.join(" "),
                ..counted_at(lang, &tokens[k])
            };
            if let Some(broader) = coordinated_kind(lang, tokens, k) {
                counted.concept = broader.to_string();
            }
            return Some((k, counted));
        }
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

/// True for a word that links a figure to what it is some of: a genitive or a number's link
/// ("of", "des", "der", "dos", "di").
pub fn is_genitive_link(lang: &LangData, t: &Token) -> bool {
    phrase::listed(lang.attribution.genitives, &t.folded)
        || phrase::listed(lang.numbers.links, &t.folded)
}

/// True for a word that is a verb form, a pronoun or a cue rather than a noun, as the language's
/// tables know them: an auxiliary, a reporting verb, a participle by its ending ("anunciados",
/// "reported"), a pronoun or relative ("deles", "cuales"), a hedge or a denial ("presuntos",
/// "niegan"). A figure followed by one counts no noun of its own.
fn is_verb_like(lang: &LangData, t: &Token) -> bool {
    let w = t.folded.as_str();
    let a = &lang.attribution;
    let listed = |list: &[&str]| phrase::listed(list, w);
    let participle = lang
        .dates
        .participles
        .iter()
        .any(|(ending, _)| w.len() > ending.len() + 2 && w.ends_with(ending));
    participle
        || [
            a.auxiliaries,
            a.verbs,
            a.weak_verbs,
            a.compound_verbs,
            a.inverted_verbs,
            a.pronouns,
            a.clitics,
            a.relatives,
            a.complementizers,
            lang.dates.auxiliaries,
            lang.stance.hedges,
            lang.stance.denials,
            lang.stance.anaphors,
        ]
        .into_iter()
        .any(listed)
}

/// True for a word the language's verb endings mark as a finite verb ("precisam",
/// "funzionano"), long enough not to be a short noun or a preposition.
fn is_finite_verb(lang: &LangData, t: &Token) -> bool {
    let w = t.folded.as_str();
    lang.concepts
        .verb_endings
        .iter()
        .any(|ending| w.len() > ending.len() + 3 && w.ends_with(ending))
}

/// Concepts that are a kind of a broader one: "566 tracteurs, camions et remorques" and "73,700
/// tractors and other vehicles" count vehicles.
const KINDS_OF: &[(&str, &str)] = &[
    ("buses", "vehicles"),
    ("tractors", "vehicles"),
    ("trucks", "vehicles"),
];

/// Two outcomes one figure sums when their nouns are coordinated after it ("302 morts et
/// disparus", "398 tra morti e dispersi", "40 entre muertos y heridos"), in either order: a
/// count neither of them alone.
const SUMMED_KINDS: &[(&str, &str, &str)] = &[
    ("deaths", "missing", "dead or missing"),
    ("deaths", "injured", "casualties"),
];

/// The concept a figure sums when its noun is coordinated with another outcome's
/// ([`SUMMED_KINDS`]).
fn summed_kind(mine: &str, theirs: &str) -> Option<&'static str> {
    SUMMED_KINDS
        .iter()
        .find(|(a, b, _)| (*a, *b) == (mine, theirs) || (*b, *a) == (mine, theirs))
        .map(|(_, _, sum)| *sum)
}

/// True when token `at` opens a range whose closer is a conjunction ("tra", "entre",
/// "between") and a counted noun follows it: the figure before it sums the kinds named after
/// ("398 tra morti e dispersi").
pub fn between_kinds(lang: &LangData, tokens: &[Token], at: usize) -> bool {
    let Some(t) = tokens.get(at) else {
        return false;
    };
    lang.numbers.range_openers.iter().any(|&(opener, closer)| {
        t.folded == opener && phrase::listed(lang.attribution.conjunctions, closer)
    }) && tokens
        .get(at + 1)
        .is_some_and(|n| concept(lang, &n.folded).is_some())
}

/// The broader concept of a counted noun at token `head` coordinated with a noun of a sibling
/// or broader concept ("tractors and trucks", "Traktoren und Lkw", "tractors and other
/// vehicles"), or the sum of two outcomes ([`SUMMED_KINDS`]), if any.
fn coordinated_kind(lang: &LangData, tokens: &[Token], head: usize) -> Option<&'static str> {
    let mine = concept(lang, &tokens[head].folded)?;
    let broader = |c: &'static str| {
        KINDS_OF
            .iter()
            .find(|(kind, _)| *kind == c)
            .map_or(c, |(_, b)| *b)
    };
    let mut k = head + 1;
    let mut joined = false;
    while let Some(t) = tokens.get(k) {
        let link = t.text == ","
            || phrase::listed(lang.attribution.conjunctions, &t.folded)
            || phrase::listed(lang.concepts.additional, &t.folded);
        if !link {
            break;
        }
        joined = true;
        k += 1;
    }
    let theirs = concept(lang, &tokens.get(k)?.folded)?;
    if !joined || theirs == mine {
        return None;
    }
    summed_kind(mine, theirs).or((broader(mine) == broader(theirs)).then(|| broader(mine)))
}

/// The longest name a place gazetteer run may have, in tokens ("Bad Neuenahr-Ahrweiler").
const PLACE_WORDS: usize = 4;

/// A place the language's own table does not know, from the generated gazetteer
/// ([`crate::extract::places`]): a capitalised name right after a locative ("98 dead in
/// Rhineland-Palatinate", "En Renania-Palatinado han muerto"), never a name that is also a
/// common word. `(left, start)` are the clause's first token and the figure's: the name is
/// looked for after the figure up to `right`, or where the clause opens, never in between,
/// where "said in Washington" places the speaker, not the figure. Its canonical name is the
/// gazetteer's, the same in every language.
fn gazetteer_place(
    lang: &LangData,
    tokens: &[Token],
    (left, start): (usize, usize),
    right: usize,
    skip: &Option<std::ops::Range<usize>>,
) -> Option<String> {
    let c = &lang.concepts;
    let capital = |t: &Token| t.text.chars().next().is_some_and(char::is_uppercase);
    (left.max(1)..right).find_map(|k| {
        if skip.as_ref().is_some_and(|s| s.contains(&k))
            || !capital(&tokens[k])
            || (k > left + 2 && k < start)
        {
            return None;
        }
        let after_locative = phrase::word_before(c.locatives, tokens, k).is_some()
            || (k >= 2
                && is_stop(lang, &tokens[k - 1])
                && phrase::word_before(c.locatives, tokens, k - 1).is_some());
        if !after_locative {
            return None;
        }
        (1..=PLACE_WORDS.min(right - k)).rev().find_map(|n| {
            let run = &tokens[k..k + n];
            if run.iter().any(|t| t.kind == TokenKind::Number) {
                return None;
            }
            let place = crate::extract::places::unambiguous(&written(run))?;
            Some(place.name.to_string())
        })
    })
}

/// "membres des forces spéciales", "members of parliament": the known noun a partitive head
/// counts members of.
fn partitive_of(lang: &LangData, tokens: &[Token], head: usize) -> Option<usize> {
    let c = &lang.concepts;
    let folded = tokens[head].folded.as_str();
    if !phrase::listed(c.partitives, folded) && !phrase::listed(c.personnel, folded) {
        return None;
    }
    let link = phrase::word_at(c.entity_links, tokens, head + 1)?;
    let k = head + 1 + link;
    (tokens.get(k)?.kind == TokenKind::Word && concept(lang, &tokens[k].folded).is_some())
        .then_some(k)
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
    // "40,000 according to police, 205,000", "police counted 800,000": a noun after "selon" /
    // "according to" or before a reporting verb is a source.
    let source = |k: usize| {
        let cue = lang.attribution.according_to;
        let reports = |t: &Token| phrase::listed(lang.concepts.reporting, &t.folded);
        tokens.get(k + 1).is_some_and(reports)
            || phrase::word_before(cue, tokens, k).is_some()
            || (k > 0
                && is_stop(lang, &tokens[k - 1])
                && phrase::word_before(cue, tokens, k - 1).is_some())
    };
    // "dos responsables del Gobierno dijeron … que serían alrededor de 300": people before a
    // reporting verb are its speakers.
    let reporting = |t: &Token| {
        phrase::listed(lang.concepts.reporting, &t.folded)
            || phrase::listed(lang.attribution.verbs, &t.folded)
    };
    let speaks = |k: usize| (k + 1..before).any(|j| reporting(&tokens[j]));
    // "The number of people forced out of their homes peaked at 36,000": the noun after "the
    // number of" is what the figure counts, whatever nouns its own modifiers name.
    // Only a phrase of two words or more: the lists also hold bare articles ("los", "gli").
    let numbered = (from..before).find_map(|k| {
        let n = phrase::word_at(lang.concepts.number_of, tokens, k).filter(|&n| n > 1)?;
        let noun = k + n;
        (noun < before
            && tokens[noun].kind == TokenKind::Word
            && concept(lang, &tokens[noun].folded).is_some_and(|c| !CONTAINERS.contains(&c))
            && !source(noun))
        .then_some(noun)
    });
    if let Some(noun) = numbered {
        return Some((noun, counted_at(lang, &tokens[noun])));
    }
    (from..before)
        .rev()
        .find(|&k| {
            tokens[k].kind == TokenKind::Word
                && concept(lang, &tokens[k].folded)
                    .is_some_and(|c| !(CONTAINERS.contains(&c) || (is_person(c) && speaks(k))))
                && !source(k)
        })
        .map(|k| (k, counted_at(lang, &tokens[k])))
}

/// Concepts of places that hold what is counted: before a figure without a noun they say
/// where ("28 Tote in der Provinz Masandaran und 14 in Kurdistan", "34.000 Menschen sind in
/// Notunterkünften", "the death toll in the factory rose to 1,134"), not what it counts.
const CONTAINERS: &[&str] = &[
    "bridges",
    "churches",
    "cities",
    "companies",
    "countries",
    "districts",
    "factories",
    "hospitals",
    "locations",
    "mosques",
    "municipalities",
    "provinces",
    "settlements",
    "shelters",
    "shops",
    "villages",
];

/// The first token of the clause that holds token `at`.
pub fn clause_start(lang: &LangData, tokens: &[Token], at: usize) -> usize {
    clause_bounds(lang, tokens, None, at, at).0
}

/// The clause around tokens `from..to`: back to the previous clause break, on to the next one
/// (read in the sentence's `tags` when given).
fn clause_bounds(
    lang: &LangData,
    tokens: &[Token],
    tags: Option<&Tags>,
    from: usize,
    to: usize,
) -> (usize, usize) {
    let (breaks, modals) = (
        lang.concepts.clause_breaks,
        lang.concepts.modals_before_break,
    );
    let listed = |bit: u8, words: &[&str], k: usize| match tags {
        Some(tags) => tags.listed(bit, words, tokens, k),
        None => phrase::listed(words, &tokens[k].folded),
    };
    let is_break = |k: usize| {
        listed(CLAUSE_BREAK, breaks, k)
            && !(k > 0 && listed(MODAL_BEFORE_BREAK, modals, k - 1))
            && !acronym_parenthesis(tokens, k)
    };
    let left = (from.saturating_sub(CLAUSE_REACH)..from)
        .rev()
        .find(|&k| is_break(k))
        .map_or(from.saturating_sub(CLAUSE_REACH), |k| k + 1);
    // A relative pronoun right after the noun phrase opens a clause about it ("10 000 that
    // Pyongyang has sent", "hommes que Pyongyang prévoirait d'envoyer"): it does not end it.
    let reach = (to + CLAUSE_REACH).min(tokens.len());
    let relative = tokens.get(to).is_some_and(|t| t.kind == TokenKind::Word);
    let first = if relative { to + 1 } else { to };
    let right = (first..reach).find(|&k| is_break(k)).unwrap_or(reach);
    (left, right.max(to.min(tokens.len())))
}

/// The qualifiers of a figure at tokens `figure[0]..figure[1]` counting the noun at `noun`:
/// the entity of the noun phrase ("soldats nord-coréens", "North Korean troops"), else the
/// nearest one before in the clause; the place and event after the noun in its clause, else
/// the nearest before; and any scope cue of the clause. Names before a reporting verb are
/// sources and are not read; a country after an origin cue is the entity, not the place.
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
    let (left, right) = clause_bounds(lang, tokens, Some(tags), start.min(noun), after);
    let scan = Scan { lang, tokens, tags };
    // The entity is not looked for before a reporting verb: what comes before it is the source.
    let entity_left = || {
        (left..start)
            .rev()
            .find(|&k| tags.listed(REPORTING, c.reporting, tokens, k))
            .map_or(left, |k| k + 1)
    };
    let mut q = Qualifiers::default();

    // A noun found before the figure ("le nombre de soldats nord-coréens … 8 000") has its
    // noun phrase there.
    let (np_end, np_after) = if noun < start {
        (noun + 1, noun + 1)
    } else {
        (end, after)
    };
    let mut entity = entity_near(&scan, np_end, np_after, right)
        .or_else(|| scan.nearest_before(ENTITY, entities(lang), entity_left(), start, true));
    let skip = |entity: &Option<(usize, usize, &str)>| entity.map(|(k, n, _)| k..k + n);
    // "34 deaths, most of them in Cabo Delgado", "73 Tote, davon 66 in der Provinz": the place
    // after a part is the part's, not the figure's; past a part set off by commas ("30 people,
    // including 12 children, in Kharkiv") the figure's clause goes on.
    // Read from the commas and the figures of the clause only: a part cue stands after a comma
    // or right before a figure ("dont 12", "including some 12").
    let part_at = |k: usize| {
        tokens[k].is(",")
            && (k + 1..(k + 3).min(tokens.len()))
                .any(|j| phrase::word_at(c.parts, tokens, j).is_some())
    };
    let inclusion_before = |j: usize| {
        [j, j.saturating_sub(1)]
            .into_iter()
            .filter(|&end| end > after)
            .find_map(|end| phrase::word_before(c.inclusions, tokens, end).map(|n| end - n))
            .filter(|&k| k >= after)
    };
    let part = (after..right).find_map(|k| {
        if part_at(k) {
            Some(k)
        } else if tokens[k].kind == TokenKind::Number {
            inclusion_before(k)
        } else {
            None
        }
    });
    let place_right = part.unwrap_or(right);
    let (mut place, mut origin) = scan.place_after(&skip(&entity), after, place_right);
    // "39 morts à Wajima, 23 à Suzu et cinq à Nanao": a figure of a list followed by its own
    // place, a name no table knows, is there, not at the next figure's place.
    if let Some(own) = own_unknown_place(lang, tokens, tags, after, place_right) {
        place = Some(own);
    }
    let resumed = part.and_then(|k| (k + 2..right).find(|&j| tokens[j].is(",")));
    if place.is_none()
        && let Some(comma) = resumed
    {
        (place, origin) = scan.place_after(&skip(&entity), comma + 1, right);
    }
    if entity.is_none() {
        entity = origin;
    }
    q.entity = entity.map(|(_, _, e)| e.to_string());
    let skip = skip(&entity);
    let before = |bit, table| {
        scan.nearest_before(bit, table, left, start, false)
            .filter(|(k, _, _)| !skip.as_ref().is_some_and(|s| s.contains(k)))
            .map(|(_, _, v)| v.to_string())
    };
    // A city or region that opens the sentence ("In Paris, police counted 87,000 marchers,
    // while the CGT claimed 500,000") places every clause of it.
    let opening = || {
        scan.nearest_before(PLACE, c.places, 0, left, false)
            .filter(|(k, _, _)| tags.at(ENTITY, entities(lang), tokens, *k).is_none())
            .map(|(_, _, v)| v.to_string())
    };
    q.place = place
        .or_else(|| before(PLACE, c.places))
        .or_else(opening)
        .or_else(|| gazetteer_place(lang, tokens, (left, start), place_right, &skip));
    // The event of this figure, not of the next one: "han muerto 110 personas y 670 heridos";
    // past the next number only when nothing nearer names one ("Neuf Égyptiens âgés de 20 à
    // 40 ans ont été arrêtés").
    let next_number = (after..right)
        .find(|&k| tokens[k].kind == TokenKind::Number)
        .unwrap_or(right);
    // "13 getöteten Fliegern": a participle between the figure and its noun is its predicate.
    // A noun that is itself an outcome ("Dos 117 mortos, só 40 tinham sido identificados")
    // does not take the predicate of the figure after it.
    let outcome_noun = tokens
        .get(noun)
        .and_then(|t| concept(lang, &t.folded))
        .is_some_and(|k| OUTCOMES.contains(&k));
    // A figure coordinated with the next one ("39 vittime e 1.361 feriti", "462 people were on
    // board, 174 have been rescued") takes no predicate from past it: what follows is the next
    // figure's; unless that figure is a part of this one ("739 rioters, 60 of them women, had
    // been arrested") or an aside a second comma closes ("Some 40 people, 12 seriously, were
    // injured").
    let coordinated = (after..next_number)
        .any(|k| phrase::listed(lang.attribution.conjunctions, &tokens[k].folded))
        || (next_number < right
            && next_number > after
            && tokens[next_number - 1].is(",")
            && !part_follows(lang, tokens, next_number + 1)
            && !tokens[next_number..right].iter().any(|t| t.is(",")));
    // A list of kinds of people shares the predicate after it.
    let shares_predicate = coordinated && persons_listed(lang, tokens, next_number, right);
    q.who = list_kind(lang, tokens, start, noun, shares_predicate);
    q.event = scan
        .first_after(EVENT, c.events, &skip, end, noun.max(end))
        .or_else(|| scan.first_after(EVENT, c.events, &skip, after, next_number))
        .or_else(|| before(EVENT, c.events))
        .or_else(|| {
            (!outcome_noun && (!coordinated || shares_predicate))
                .then(|| scan.first_after(EVENT, c.events, &skip, next_number, right))
                .flatten()
        });
    let cues: Vec<(usize, usize, Scope)> = (left..right)
        .filter_map(|k| tags.at(SCOPE, c.scopes, tokens, k).map(|(n, s)| (k, n, s)))
        .collect();
    // A total of what has happened is no plan: "au total" over deaths is just their count.
    let happened = tokens
        .get(noun)
        .and_then(|t| concept(lang, &t.folded))
        .is_some_and(|k| HAPPENED.contains(&k))
        || q.event.as_deref().is_some_and(|e| HAPPENED.contains(&e));
    let sums_up = |&(k, n, s): &(usize, usize, Scope)| {
        s == Scope::PlannedTotal && phrase::word_at(c.totals, tokens, k) == Some(n)
    };
    q.scope = cues
        .iter()
        .find(|cue| !(happened && sums_up(cue)))
        .map(|&(_, _, s)| s);
    q.words = noun_phrase_words(lang, tokens, end..noun, skip.clone());
    q.words.extend(noun_phrase_words(
        lang,
        tokens,
        after..(after + 3).min(right),
        skip,
    ));
    q
}

/// The kind of people the figure at token `start` counts with its noun at `noun`, when it is
/// an item of a list that breaks people down by kind ("41 policiers et 47 civils tués", "145
/// civilians, 60 police officers and three soldiers were among the dead"): the next figure
/// of the list counts another kind (`after`, [`persons_listed`]), or the figure before it does.
fn list_kind(
    lang: &LangData,
    tokens: &[Token],
    start: usize,
    noun: usize,
    after: bool,
) -> Option<String> {
    let kind = noun_phrase_kind(lang, tokens, start, noun)?;
    let before = start.checked_sub(2).is_some_and(|kind_noun| {
        let link = &tokens[kind_noun + 1];
        let figure = |k: usize| {
            tokens[k].kind == TokenKind::Number
                || crate::extract::number::is_number_word(lang, &tokens[k].folded)
        };
        (link.is(",") || phrase::listed(lang.attribution.conjunctions, &link.folded))
            && concept(lang, &tokens[kind_noun].folded).is_some_and(kind_of_people)
            && (kind_noun.saturating_sub(3)..kind_noun).any(figure)
    });
    (after || before).then(|| kind.to_string())
}

/// True for a concept that names a kind of people an outcome may befall, not the outcome or
/// people at large: civilians, police, soldiers, children.
pub(crate) fn kind_of_people(concept: &str) -> bool {
    (is_person(concept) || concept == "soldiers") && !matches!(concept, "people" | "victims")
}

/// The kind of people the noun phrase from the figure at token `start` to its noun at `noun`
/// names: its first word that names one ("60 police officers": police; "five crew members":
/// crew).
pub(crate) fn noun_phrase_kind(
    lang: &LangData,
    tokens: &[Token],
    start: usize,
    noun: usize,
) -> Option<&'static str> {
    (start..=noun)
        .filter_map(|k| concept(lang, &tokens.get(k)?.folded))
        .find(|k| kind_of_people(k))
}

/// True when the figure at token `next` counts people of another kind right after it, as a
/// list's next item does ("41 policiers et 47 civils tués", "145 civilians, 60 police officers
/// and three soldiers were killed"): the predicate after the list is every item's. A next
/// figure that names an outcome ("39 vittime e 1.361 feriti") or none ("462 people were on
/// board, 174 have been rescued") has a predicate of its own.
fn persons_listed(lang: &LangData, tokens: &[Token], next: usize, right: usize) -> bool {
    (next + 1..(next + 3).min(right))
        .find_map(|k| concept(lang, &tokens[k].folded))
        .is_some_and(kind_of_people)
}

/// The entity of a noun phrase: between the figure and the noun ("North Korean troops"), after
/// the noun and its adjectives ("soldats nord-coréens", "forces spéciales nord-coréennes"), or
/// after an entity link ("soldiers from North Korea"). Returns its first token, length and
/// value.
fn entity_near(
    scan: &Scan,
    end: usize,
    after: usize,
    right: usize,
) -> Option<(usize, usize, &'static str)> {
    let c = &scan.lang.concepts;
    let tokens = scan.tokens;
    let at = |k: usize| {
        scan.tags
            .at(ENTITY, entities(scan.lang), tokens, k)
            .map(|(n, e)| (k, n, e))
    };
    if let Some(found) = (end..after).find_map(at) {
        return Some(found);
    }
    let mut k = after;
    while k < right.min(after + 5) {
        if let Some(found) = at(k) {
            return Some(found);
        }
        if let Some(n) = phrase::word_at(c.entity_links, tokens, k) {
            k += n;
            continue;
        }
        let adjective = tokens[k].kind == TokenKind::Word
            && is_lower(&tokens[k])
            && !is_stop(scan.lang, &tokens[k])
            && event(scan.lang, &tokens[k].folded).is_none();
        if !adjective {
            return None;
        }
        k += 1;
    }
    None
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
        .map(|(_, t)| t.folded.to_string())
        .collect()
}

/// A sentence's tokens with their tags, for the clause scans.
struct Scan<'a, 't> {
    lang: &'a LangData,
    tokens: &'a [Token<'t>],
    tags: &'a Tags,
}

impl Scan<'_, '_> {
    /// The first place from `from` to `to` outside `skip`, the more precise one of "Russia's
    /// Kursk region". A country or capital counts as the place only after a preposition of
    /// place; after an origin cue ("quitté la Corée du Nord", "from North Korea") or as the
    /// subject of a clause about the counted ("que Pyongyang prévoirait d'envoyer") it is the
    /// entity of the counted, returned second.
    #[allow(clippy::type_complexity)]
    fn place_after(
        &self,
        skip: &Option<std::ops::Range<usize>>,
        from: usize,
        to: usize,
    ) -> (Option<String>, Option<(usize, usize, &'static str)>) {
        let c = &self.lang.concepts;
        let tokens = self.tokens;
        let mut actor = None;
        let mut k = from;
        while k < to {
            if skip.as_ref().is_some_and(|s| s.contains(&k)) {
                k += 1;
                continue;
            }
            let Some((n, place)) = self.tags.at(PLACE, c.places, tokens, k) else {
                k += 1;
                continue;
            };
            let entity = self
                .tags
                .at(ENTITY, entities(self.lang), tokens, k)
                .map(|(n, e)| (k, n, e));
            // The words just before the name, past an article: "en", "vers la", "from the".
            let cue_end = if k > 0
                && is_stop(self.lang, &tokens[k - 1])
                && !phrase::listed(c.locatives, &tokens[k - 1].folded)
            {
                k - 1
            } else {
                k
            };
            let near = |list: &[&'static str]| {
                phrase::word_before(list, tokens, cue_end).is_some()
                    || phrase::word_before(list, tokens, k).is_some()
            };
            if entity.is_some() && !near(c.locatives) {
                let reports = tokens
                    .get(k + n)
                    .is_some_and(|t| phrase::listed(c.reporting, &t.folded));
                if actor.is_none() && (near(c.origins) || !reports) {
                    actor = entity;
                }
                k += n;
                continue;
            }
            // "Russia's Kursk region": the possessor is the wider place.
            let possessive = tokens.get(k + n).is_some_and(|t| t.is("'"))
                && tokens.get(k + n + 1).is_some_and(|t| t.is("s"));
            if possessive && let Some((_, inner)) = self.tags.at(PLACE, c.places, tokens, k + n + 2)
            {
                return (Some(inner.to_string()), actor);
            }
            return (Some(place.to_string()), actor);
        }
        (None, actor)
    }

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
                if bit == EVENT {
                    return self
                        .tags
                        .event_phrase(self.lang, self.tokens, k)
                        .filter(|(_, v)| !NEXT_FIGURE_EVENTS.contains(v))
                        .map(|(_, v)| v.to_string());
                }
                self.tags
                    .at(bit, table, self.tokens, k)
                    .map(|(_, v)| v.to_string())
            })
    }

    /// False for a name that plays the other role where it stands: a located country as an
    /// entity, an unlocated country or capital as a place.
    fn fits(&self, bit: u8, k: usize) -> bool {
        let c = &self.lang.concepts;
        let tokens = self.tokens;
        match bit {
            ENTITY => !(self.located(k) && self.tags.at(PLACE, c.places, tokens, k).is_some()),
            PLACE => {
                self.tags
                    .at(ENTITY, entities(self.lang), tokens, k)
                    .is_none()
                    || self.located(k)
            }
            _ => true,
        }
    }

    /// True when the name at token `k` follows a preposition of place, past an article ("in
    /// Russia", "nella Russia", "in den Osten"): there it is a place, not an actor.
    fn located(&self, k: usize) -> bool {
        let c = &self.lang.concepts;
        let tokens = self.tokens;
        // A locative that is also an article ("a" in Portuguese) is a preposition only after a
        // word ("enviou à Rússia"), not after a comma or at the start ("Segundo a Yonhap, a
        // Coreia do Norte pretende…").
        let determiners = self.lang.attribution.determiners;
        let at_cue = |end: usize| {
            phrase::word_before(c.locatives, tokens, end).is_some_and(|n| {
                let first = end - n;
                let article = n == 1
                    && determiners
                        .binary_search(&tokens[first].folded.as_str())
                        .is_ok();
                !article || (first > 0 && tokens[first - 1].kind == TokenKind::Word)
            })
        };
        at_cue(k)
            || (k > 0
                && is_stop(self.lang, &tokens[k - 1])
                && !c.locatives.contains(&tokens[k - 1].folded.as_str())
                && at_cue(k - 1))
    }

    /// The nearest phrase of `table` before `before`, back to `left`, as its first token,
    /// length and value; with `stop_at_comma`, not across a comma (a subject's entity, not a
    /// source's: "Selon Séoul, …"). A name right after "selon" / "according to" is a source,
    /// never taken. A country after a preposition of place is not an entity ("sent to Russia
    /// 10,000 troops"), nor is a country or capital without one a place ("Pyongyang plans").
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
            // "Russia, whose army …": the name before the comma owns the relative clause.
            let owner = tokens.get(k + 1).is_some_and(|t| {
                phrase::listed(self.lang.concepts.possessive_relatives, &t.folded)
            });
            if stop_at_comma && tokens[k].is(",") && !owner {
                return None;
            }
            if let Some((n, v)) = self.tags.at(bit, table, tokens, k)
                && k + n <= before
                && !(bit == EVENT && NEXT_FIGURE_EVENTS.contains(&v))
                && phrase::word_before(self.lang.attribution.according_to, tokens, k).is_none()
                && self.fits(bit, k)
            {
                return Some((k, n, v));
            }
        }
        None
    }
}

/// Events that state what happened only to the figure right after them ([`predicate_before`]),
/// never to a figure elsewhere in the clause nor to a statement: a death named by a noun ("la
/// muerte de 132 personas", "costó la vida a 72", but "detuvo a 719 personas tras la muerte de
/// Nahel"), people pulled out ("pulled 17 people from the water", but "the troops be pulled
/// out").
pub(crate) const NEXT_FIGURE_EVENTS: &[&str] = &["death of", "pulled"];

/// Concepts that count people of some kind: a predicate that states an outcome ("ont été
/// arrêtés", "were wounded", "getötet") makes them count that outcome. Soldiers are not among
/// them: "1,500 soldiers killed" stay soldiers, with the event killed, as armies count them.
const PERSONS: &[&str] = &[
    "airmen",
    "children",
    "civilians",
    "crew",
    "divers",
    "doctors",
    "engineers",
    "executives",
    "farmers",
    "fighters",
    "firefighters",
    "guests",
    "hostages",
    "inhabitants",
    "journalists",
    "members",
    "mercenaries",
    "migrants",
    "miners",
    "minors",
    "nurses",
    "officers",
    "officials",
    "passengers",
    "pilgrims",
    "pilots",
    "police",
    "protesters",
    "relatives",
    "rescuers",
    "rioters",
    "smugglers",
    "students",
    "survivors",
    "suspects",
    "teachers",
    "technicians",
    "tourists",
    "victims",
    "villagers",
    "visitors",
    "women",
    "workers",
];

/// Concepts that count people by what happened to them or what they did: a part of such a
/// count ("739 interpellations, dont 60 femmes") counts the same.
pub(crate) const OUTCOMES: &[&str] = &[
    "accounted for",
    "affected",
    "arrests",
    "deaths",
    "displaced",
    "evacuated",
    "foreign nationals",
    "homeless",
    "hospitalized",
    "identified",
    "indictments",
    "injured",
    "missing",
    "passengers",
    "protesters",
    "rescued",
    "survivors",
    "trapped",
];

/// True when `concept` counts people of some kind, not what happened to them.
fn is_person(concept: &str) -> bool {
    concept == "people" || PERSONS.contains(&concept)
}

/// Concepts and events of what has already happened to whoever is counted: their total is no
/// plan ([`ConceptWords::totals`]). Evacuations and deployments are often planned, so they are
/// not here.
const HAPPENED: &[&str] = &[
    "arrested",
    "arrests",
    "bodies",
    "buildings damaged",
    "buildings destroyed",
    "damaged",
    "dead or missing",
    "deaths",
    "destroyed",
    "homes damaged",
    "homes destroyed",
    "hospitalized",
    "identified",
    "injured",
    "killed",
    "missing",
    "rescued",
    "survived",
    "trapped",
];

/// True when `concept` counts a toll that authorities revise as it runs ([`RUNNING_TOLLS`]).
pub fn is_running_toll(concept: &str) -> bool {
    RUNNING_TOLLS.contains(&concept)
}

/// True when `concept` counts people: of a kind ("women", "police") or by what happened to
/// them ("deaths", "arrests").
pub fn counts_people(concept: &str) -> bool {
    is_person(concept) || OUTCOMES.contains(&concept)
}

/// The concept a part of a count takes: the whole's when the whole counts people by an
/// outcome and the part names only who they are ("dont 60 femmes", "tra cui 558 bambini",
/// "entre ellas cinco policías") or nothing the lexicon knows ("dont 37 grièvement
/// atteints"); else the part's own.
pub fn part_of(whole: &Counted, part: Counted) -> Counted {
    let kind_only = is_person(&part.concept) || !is_known(&part.concept);
    if kind_only && OUTCOMES.contains(&whole.concept.as_str()) {
        Counted {
            concept: whole.concept.clone(),
            text: part.text,
        }
    } else {
        part
    }
}

/// The concept of a part with no noun of its own ("Doce de ellos habrían fallecido"): the
/// outcome its own predicate states, when the whole counts people, else the whole's.
pub fn refine_part(
    lang: &LangData,
    tokens: &[Token],
    whole: Counted,
    qualifiers: &mut Qualifiers,
) -> Counted {
    if !(is_person(&whole.concept) || OUTCOMES.contains(&whole.concept.as_str())) {
        return whole;
    }
    let as_people = Counted {
        concept: "people".to_string(),
        text: whole.text.clone(),
    };
    let refined = refine(lang, tokens, as_people, qualifiers);
    if matches!(
        refined.concept.as_str(),
        "people" | "passengers" | "fighters"
    ) {
        whole
    } else {
        refined
    }
}

/// The event of a verb right before a figure's first token, whose object the figure is ("has
/// killed at least 820 people", "ont hélitreuillé plus de 300 personnes").
pub fn predicate_before(lang: &LangData, tokens: &[Token], first: usize) -> Option<&'static str> {
    phrase::before(lang.concepts.events, tokens, first).map(|(_, event)| event)
}

/// The outcome a verb right before a figure with no noun states, as what the figure counts
/// ("kills at least 820" → deaths, "a évacué 3 000" → evacuated); `None` for other verbs.
pub fn outcome_before(lang: &LangData, tokens: &[Token], first: usize) -> Option<Counted> {
    let (n, event) = phrase::before(lang.concepts.events, tokens, first)?;
    let concept = stated_outcome(event).or_else(|| people_outcome(event))?;
    Some(Counted {
        concept: concept.to_string(),
        text: tokens[first - n].text.to_string(),
    })
}

/// The outcome a verb right after a figure with no noun states, past its auxiliaries ("when
/// 1,800 died", "12 drowned", "et 40 ont été blessées"); `None` for other words.
pub fn outcome_after(lang: &LangData, tokens: &[Token], end: usize) -> Option<Counted> {
    let (at, event) = event_after(lang, tokens, end)?;
    let concept = stated_outcome(event).or_else(|| people_outcome(event))?;
    Some(Counted {
        concept: concept.to_string(),
        text: tokens[at].text.to_string(),
    })
}

/// The event word right after a figure, past its auxiliaries ("ont été blessées"), with its
/// token.
pub fn event_after(lang: &LangData, tokens: &[Token], end: usize) -> Option<(usize, &'static str)> {
    // Folding makes the Portuguese "é" and the Italian "è" the conjunction "e": a conjunction
    // is never skipped, but a one-letter conjunction written with an accent is that copula ("è
    // stato ucciso"; "né" stays a conjunction).
    let auxiliary = |t: &Token| {
        let conjunction = phrase::listed(lang.attribution.conjunctions, &t.folded);
        (conjunction && t.text.chars().count() == 1 && !t.text.is_ascii())
            || (phrase::listed(lang.dates.auxiliaries, &t.folded)
                || phrase::listed(lang.stance.passives, &t.folded))
                && !conjunction
    };
    let at = (end..tokens.len().min(end + AUXILIARIES_BEFORE_OUTCOME + 1))
        .find(|&k| !auxiliary(&tokens[k]))
        .unwrap_or(end);
    event_at(lang, tokens, at).map(|(_, event)| (at, event))
}

/// The most words between a crowd and the figure that sizes it ("estimated the crowd at
/// about 80,000", "cifró la manifestación en 9.000").
const CROWD_REACH: usize = 3;

/// Protesters, for a figure with no noun that sizes a crowd, a march or a rally named just
/// before it ("estimated the crowd at about 80,000", "la foule à 20 000") or that marched
/// ("80,000 marched"); else named anywhere in its clause by a crowd noun
/// ([`ConceptWords::crowds`]) with no other figure between ("police estimated the crowd on the
/// Odeonsplatz at about 8,000", "El Ministerio cifró esa concentración en 65.000").
pub fn crowd_near(
    lang: &LangData,
    tokens: &[Token],
    tags: &Tags,
    first: usize,
    end: usize,
) -> Option<Counted> {
    let protest = |k: usize| event(lang, &tokens[k].folded) == Some("protested");
    // A capital inside the sentence makes "March" the month, not a march.
    let crowd_word = |k: usize| {
        phrase::listed(lang.concepts.crowds, &tokens[k].folded)
            && (k == 0
                || lang.concepts.capitalised_nouns
                || !tokens[k].text.starts_with(char::is_uppercase))
    };
    let in_clause = || {
        let (left, right) = clause_bounds(lang, tokens, Some(tags), first, end);
        (left..first)
            .rev()
            .take_while(|&k| tokens[k].kind != TokenKind::Number)
            .find(|&k| crowd_word(k))
            .or_else(|| {
                (end..right)
                    .take_while(|&k| tokens[k].kind != TokenKind::Number)
                    .find(|&k| crowd_word(k))
            })
    };
    let at = (first.saturating_sub(CROWD_REACH)..first)
        .rev()
        .take_while(|&k| tokens[k].kind == TokenKind::Word)
        .find(|&k| protest(k))
        .or_else(|| (end < tokens.len() && protest(end)).then_some(end))
        .or_else(in_clause)?;
    Some(Counted {
        concept: "protesters".to_string(),
        text: tokens[at].text.to_string(),
    })
}

/// The most auxiliaries between a figure and the participle that states its outcome ("ont
/// été blessées").
const AUXILIARIES_BEFORE_OUTCOME: usize = 2;

/// True when the "one" from token `first` to `noun` is a count: the noun after it (past a word for
/// "single": "un solo decesso", "ein einziges Opfer") is itself the outcome ("un mort", "one
/// death"), or it counts people, or no lexicon knows it, and a verb within
/// [`ONE_OUTCOME_GAP`] words after it states an outcome ("one protester had died", "una persona
/// resultó herida", "un sottufficiale ucraino è stato ucciso", "one person was still missing"),
/// or right before it ("murió un buzo").
pub fn one_met_an_outcome(lang: &LangData, tokens: &[Token], first: usize, noun: usize) -> bool {
    let noun = match tokens.get(noun) {
        Some(t) if phrase::listed(lang.numbers.single, &t.folded) => noun + 1,
        _ => noun,
    };
    let Some(t) = tokens.get(noun).filter(|t| t.kind == TokenKind::Word) else {
        return false;
    };
    // "un bilan", "a toll", "un bilancio": a figure's own noun, not someone it counts.
    // "a death toll": so is a noun before one.
    let words = &lang.attribution;
    let figure_noun = |t: &Token| {
        [words.figure_nouns, words.report_nouns, words.document_nouns]
            .iter()
            .any(|list| phrase::listed(list, &t.folded))
    };
    if figure_noun(t) || tokens.get(noun + 1).is_some_and(figure_noun) {
        return false;
    }
    let known = concept(lang, &t.folded);
    if known.is_some_and(|c| matches!(c, "deaths" | "injured" | "missing")) {
        return true;
    }
    // A word no lexicon knows may be a noun: lower case, or capitalised where nouns are.
    let unknown_noun = known.is_none()
        && t.text.starts_with(char::is_uppercase) == lang.concepts.capitalised_nouns;
    if !(known.is_some_and(is_person) || unknown_noun) {
        return false;
    }
    // "murió un buzo", "è morto un sommozzatore": the verb may come first.
    let stated = |event: &str| {
        matches!(
            stated_outcome(event),
            Some("deaths" | "injured" | "missing" | "arrests")
        )
    };
    if phrase::before(lang.concepts.events, tokens, first).is_some_and(|(_, event)| stated(event)) {
        return true;
    }
    // "un incendie a tué trois personnes", "… a tué des habitants", "a fire killed dozens of
    // residents", "mató a varios vecinos": one who killed others, not one who died. An object
    // opens with a number, an article, a vague or collective quantity or a counted noun, maybe
    // after a word that marks it (`NumberWords::object_markers`).
    let opens_object = |t: &Token| {
        t.kind == TokenKind::Number
            || [lang.numbers.one, lang.numbers.definite, lang.numbers.vague]
                .iter()
                .any(|list| phrase::listed(list, &t.folded))
            || phrase::lookup(lang.numbers.collective_plurals, &t.folded).is_some()
            || concept(lang, &t.folded).is_some()
            || crate::extract::number::is_number_word(lang, &t.folded)
    };
    let object_follows = |at: usize| {
        let marked = tokens
            .get(at + 1)
            .is_some_and(|t| phrase::listed(lang.numbers.object_markers, &t.folded));
        tokens
            .get(at + 1 + usize::from(marked))
            .is_some_and(opens_object)
    };
    let outcome = |k: usize| {
        event_after(lang, tokens, k).is_some_and(|(at, event)| stated(event) && !object_follows(at))
    };
    // The words between the person and the verb describe the person ("ucraino", "still"): no
    // conjunction, clause break, reporting verb or counted noun of its own ("A spokesman said
    // protesters were arrested").
    let plain_word = |k: &usize| {
        let t = &tokens[*k];
        t.kind == TokenKind::Word
            && !phrase::listed(lang.attribution.conjunctions, &t.folded)
            && !phrase::listed(lang.numbers.links, &t.folded)
            && !phrase::listed(lang.concepts.clause_breaks, &t.folded)
            && !phrase::listed(lang.concepts.reporting, &t.folded)
            && !phrase::listed(lang.attribution.verbs, &t.folded)
            && concept(lang, &t.folded).is_none()
    };
    (noun + 1..tokens.len().min(noun + 2 + ONE_OUTCOME_GAP))
        .take_while(|k| *k == noun + 1 || plain_word(&(k - 1)))
        .any(outcome)
}

/// The most words between the person "one" counts and the verb of its outcome ("un sottufficiale
/// ucraino è stato ucciso", "one person was still missing").
const ONE_OUTCOME_GAP: usize = 2;

/// The outcome an event states of whoever it happened to, whatever they are called ("ont été
/// tués" → deaths, "festgenommen" → arrests).
fn stated_outcome(event: &str) -> Option<&'static str> {
    Some(match event {
        "killed" => "deaths",
        "injured" => "injured",
        "missing" => "missing",
        "dead or missing" => "dead or missing",
        "survived" => "survivors",
        "death of" => "deaths",
        "pulled" => "rescued",
        "arrested" => "arrests",
        "hospitalized" => "hospitalized",
        "evacuated" => "evacuated",
        "charged" => "indictments",
        "under investigation" => "suspects",
        "recovered" => "bodies",
        "trapped" => "trapped",
        "sentenced" => "death sentences",
        "death penalty" => "people facing the death penalty",
        _ => return None,
    })
}

/// The outcome an event states of people named only as people ("300 000 personnes sans
/// logement" → homeless), beyond [`stated_outcome`].
fn people_outcome(event: &str) -> Option<&'static str> {
    Some(match event {
        "displaced" => "displaced",
        "homeless" => "homeless",
        "affected" => "affected",
        "rescued" => "rescued",
        "accounted" => "accounted for",
        _ => return None,
    })
}

/// The movement an event states of people ([`refine`] applies it to people named only as
/// people, by nationality outside a military sentence, or by a word no lexicon knows): arrivals,
/// departures, call-ups.
fn movement(event: &str) -> Option<&'static str> {
    Some(match event {
        "entered" => "arrivals",
        "departed" => "departures",
        "mobilized" => "mobilized",
        _ => return None,
    })
}

/// True when an event word stands between a figure's number and its noun at `noun` ("13
/// getöteten Fliegern"): the noun's own predicate.
pub fn modified(lang: &LangData, tokens: &[Token], end: usize, noun: usize) -> bool {
    (end..noun).any(|k| event(lang, &tokens[k].folded).is_some())
}

/// True when an event word right after the noun at `noun` is its participle, not a finite
/// verb ("cinco tripulantes fallecidos", not "seis tripulantes morreram").
pub fn participle_after(lang: &LangData, tokens: &[Token], noun: usize) -> bool {
    tokens
        .get(noun + 1)
        .is_some_and(|t| event(lang, &t.folded).is_some() && !is_finite_verb(lang, t))
}

/// True when a phrase of [`ConceptWords::capacity`] ends right before token `start`, where a
/// figure and its bound begin ("prévu pour | plus de 400 personnes").
pub fn capacity_before(lang: &LangData, tokens: &[Token], start: usize) -> bool {
    phrase::word_before(lang.concepts.capacity, tokens, start).is_some()
}

/// True when a phrase of [`ConceptWords::parts`] follows the figure ending before token
/// `end` ("34 davon", "12 delas", "two of them"): the figure is a part of the count before.
pub fn part_follows(lang: &LangData, tokens: &[Token], end: usize) -> bool {
    phrase::word_at(lang.concepts.parts, tokens, end).is_some()
}

/// The count a figure is a part of when its sentence names it after a preposition of
/// [`ConceptWords::among`] ("Unter den Toten sind 47 Kinder", "Parmi les victimes figurent 33
/// enfants", "Four children were among the dead"): the outcome the noun a few words after the
/// preposition counts, victims being the dead. `None` when no such noun follows, or when the
/// figure stands inside the phrase ("unter den 84 Toten", "entre 5 e 10 mortos") or takes its
/// noun `noun` there ("Entre os mortos, só 40 tinham sido identificados": the dead identified).
pub fn among_whole(
    lang: &LangData,
    tokens: &[Token],
    first: usize,
    last: usize,
    noun: usize,
) -> Option<Counted> {
    let words = lang.concepts.among;
    // Within the figure's reach only: a sentence with many figures stays linear.
    let reach = first.saturating_sub(CLAUSE_REACH)..tokens.len().min(last + CLAUSE_REACH);
    reach.into_iter().find_map(|k| {
        let n = phrase::word_at(words, tokens, k)?;
        let (head, outcome) = (k + n..tokens.len().min(k + n + AMONG_REACH))
            .take_while(|&h| matches!(tokens[h].kind, TokenKind::Word | TokenKind::Number))
            .find_map(|h| concept(lang, &tokens[h].folded).map(|c| (h, c)))?;
        let outcome = if outcome == "victims" {
            "deaths"
        } else {
            outcome
        };
        let apart = (first > head || last <= k) && !(k..=head).contains(&noun);
        // A figure before the phrase is in its clause only with no comma between ("300
        // Menschen nahmen teil, unter den Toten …" counts mourners); one after it may follow
        // an aside ("Entre las víctimas, precisó, hay tres niños").
        let breaks: &[&str] = if last <= k {
            &[";", ":", "(", ")", ","]
        } else {
            &[";", ":", "(", ")"]
        };
        let clause = tokens[k.min(first)..head.max(last)]
            .iter()
            .all(|t| !breaks.contains(&t.text));
        // "50 vittime tra morti e feriti": the dead and the injured together, no part.
        let joined = tokens.get(head + 1).is_some_and(|t| {
            phrase::listed(lang.attribution.conjunctions, &t.folded)
                && tokens
                    .get(head + 2)
                    .and_then(|n| concept(lang, &n.folded))
                    .is_some_and(|c| OUTCOMES.contains(&c) || c == "victims")
        });
        (OUTCOMES.contains(&outcome) && apart && clause && !joined).then(|| Counted {
            concept: outcome.to_string(),
            text: tokens[head].text.to_string(),
        })
    })
}

/// How many words after an "among" preposition its noun may stand ("unter den bisher 84
/// geborgenen Toten").
const AMONG_REACH: usize = 4;

/// True when a phrase of [`ConceptWords::inclusions`] ends right before token `first`, the
/// figure's first token ("dont 60", "tra cui 558"), past a comma.
pub fn included_before(lang: &LangData, tokens: &[Token], first: usize) -> bool {
    let cue = |end: usize| phrase::word_before(lang.concepts.inclusions, tokens, end).is_some();
    cue(first) || (first > 0 && tokens[first - 1].is(",") && cue(first - 1))
}

/// How far from a word of hospital care a word of lasting state may stand ("lagen noch im
/// Krankenhaus", "siguen ingresados"), in tokens, within its clause.
const REMAINING_REACH: usize = 4;

/// True when a word of [`ConceptWords::remaining`] stands near a word of hospital care in its
/// clause ("38 Verletzte lagen noch im Krankenhaus"), not anywhere in the sentence ("The 72
/// injured were taken to hospital, police still said").
fn still_in_hospital(lang: &LangData, tokens: &[Token]) -> bool {
    let c = &lang.concepts;
    tokens.iter().enumerate().any(|(k, t)| {
        phrase::listed(c.remaining, &t.folded) && {
            let near = |j: usize| {
                phrase::at(c.events, tokens, j).is_some_and(|(_, e)| e == "hospitalized")
            };
            let before = (k.saturating_sub(REMAINING_REACH)..k)
                .rev()
                .take_while(|&j| tokens[j].kind != TokenKind::Punct);
            let after = (k + 1..tokens.len().min(k + 1 + REMAINING_REACH))
                .take_while(|&j| tokens[j].kind != TokenKind::Punct);
            before.chain(after).any(near)
        }
    })
}

/// Adjusts a count's concept with its qualifiers and sentence: people words and demonyms count
/// soldiers in a military sentence or when sent ("4 000 hommes", "1 500 Nord-Coréens"), men
/// fighters elsewhere ("25 000 hommes"); people of any kind whose predicate states an outcome
/// count that outcome: killed ("ont perdu la vie", "ums Leben gekommen") are deaths, and so on
/// for injured, missing, evacuated, arrested, hospitalised and charged; people, besides,
/// displaced, rescued and marching; people named only as people or by nationality who entered a
/// country, left it or were called up, that movement. Dead or bodies identified count the
/// identified; homes and buildings destroyed or damaged count that damage.
pub fn refine(
    lang: &LangData,
    tokens: &[Token],
    mut counted: Counted,
    qualifiers: &mut Qualifiers,
) -> Counted {
    let c = &lang.concepts;
    // Who an outcome befell is kept only where a kind of people becomes that outcome.
    let who = qualifiers.who.take();
    let folded = crate::lang::fold(&counted.text);
    if let Some(e) = entity(lang, &folded) {
        qualifiers.entity = Some(e.to_string());
    }
    let demonym = entity(lang, &folded).is_some();
    let personnel = demonym || phrase::listed(c.personnel, &folded);
    let people = personnel || counted.concept == "people";
    let event = qualifiers.event.as_deref();
    // Lives are lost ("the floods claimed 50 lives", "se cobró 50 vidas") unless saved.
    if counted.concept == "lives" {
        counted.concept = if event == Some("rescued") {
            "rescued"
        } else {
            "deaths"
        }
        .to_string();
        return counted;
    }
    // "Dos 117 mortos, só 40 tinham sido identificados": the identified.
    if event == Some("identified")
        && matches!(counted.concept.as_str(), "deaths" | "bodies" | "victims")
    {
        counted.concept = "identified".to_string();
        return counted;
    }
    // "13 694 maisons ont été détruites", "77.000 casas dañadas": homes and buildings destroyed
    // and damaged are counts of their own, never set against each other.
    if matches!(counted.concept.as_str(), "homes" | "buildings")
        && let Some(state) = event.filter(|e| matches!(*e, "destroyed" | "damaged"))
    {
        counted.concept = format!("{} {state}", counted.concept);
        return counted;
    }
    // "38 Verletzte lagen noch im Krankenhaus", "alrededor de 200 siguen ingresados": those
    // still in hospital, a part of the injured; "98 blessés ont été hospitalisés", "1.175
    // Verletzte in Kliniken" are the injured themselves.
    if event == Some("hospitalized")
        && counted.concept == "injured"
        && still_in_hospital(lang, tokens)
    {
        counted.concept = "hospitalized".to_string();
        return counted;
    }
    // People of any kind whose predicate states an outcome count that outcome: "neuf Égyptiens
    // ont été arrêtés" are arrests, "570 passagers manqueraient" missing, "drei Beamte wurden
    // verletzt" injured.
    // Injured restated ("12 blessés hospitalisés" stay injured) and survivors taken off are
    // what they are.
    let outcome = event
        .filter(|e| {
            !(*e == "injured" && counted.concept == "injured"
                || *e == "evacuated" && counted.concept == "survivors")
        })
        .and_then(stated_outcome);
    // People named only as people, by their nationality outside a military sentence or by a
    // word no lexicon knows, who crossed a border or were called up are that movement: "7,000
    // Russian citizens entered Finland", "82.000 mobilitati"; police, firefighters or soldiers
    // mobilised stay what they are.
    let military = || tokens.iter().any(|t| phrase::listed(c.military, &t.folded));
    let unnamed = || {
        (counted.concept == "people" && !personnel)
            || (demonym && !military())
            || !is_known(&counted.concept)
    };
    let outcome = outcome.or_else(|| event.and_then(movement).filter(|_| unnamed()));
    // A noun no lexicon knows with such a predicate is people of a kind it does not know
    // ("neun Ägypter festgenommen").
    if !is_known(&counted.concept) && !people {
        if let Some(outcome) = outcome {
            counted.concept = outcome.to_string();
        }
        return counted;
    }
    // Soldiers and police officers killed, wounded, missing or captured are that outcome:
    // "192 militares muertos", "vier getötete Soldaten" (sent or deployed, they stay soldiers);
    // soldiers lost are casualties.
    if matches!(counted.concept.as_str(), "soldiers" | "police officers")
        && !people
        && let Some(outcome) = outcome.filter(|o| {
            matches!(
                *o,
                "deaths" | "injured" | "missing" | "arrests" | "hospitalized"
            )
        })
    {
        counted.concept = outcome.to_string();
        qualifiers.who = who;
        return counted;
    }
    // "Ukraine had lost 660 servicemen", "a perdu 1 120 militaires": an army's losses.
    if counted.concept == "soldiers" && event == Some("lost") {
        counted.concept = "casualties".to_string();
        return counted;
    }
    // Hostages held or detained stay hostages; only what befalls their bodies counts.
    let outcome = outcome.filter(|o| {
        counted.concept != "hostages"
            || matches!(
                *o,
                "deaths" | "injured" | "missing" | "hospitalized" | "rescued"
            )
    });
    if is_person(&counted.concept) && !people {
        if let Some(outcome) = outcome {
            counted.concept = outcome.to_string();
            qualifiers.who = who;
        } else if counted.concept == "victims" {
            // "Victims" in a toll are its dead, unless an outcome says otherwise.
            counted.concept = "deaths".to_string();
        } else if counted.concept == "inhabitants"
            && let Some(outcome) = event.and_then(people_outcome)
        {
            // Residents are people named by where they live: "33 400 habitants hébergés dans
            // des centres d'évacuation" are displaced, "vecinos acogidos" too.
            counted.concept = outcome.to_string();
        }
        return counted;
    }
    if people {
        counted.concept = match (event, outcome.or_else(|| event.and_then(people_outcome))) {
            (_, Some(outcome)) => outcome,
            (Some("protested"), _) => "protesters",
            (Some("deployed" | "fighting" | "training"), _) if personnel => "soldiers",
            _ if personnel && military() => "soldiers",
            _ if phrase::listed(c.men, &folded) => "fighters",
            _ if tokens.iter().any(|t| phrase::listed(c.on_board, &t.folded)) => "passengers",
            _ => "people",
        }
        .to_string();
    }
    counted
}

#[cfg(test)]
mod tests {
    use crate::claim::Scope;
    use crate::lang::Lang;
    use crate::lang::rows_es_pt::check_qualifiers;

    /// Per language, a sentence of words in and out of the lists that [`super::Tags`] marks
    /// (each list's own words and a word none holds): the tags, read with one look-up per
    /// token, say what a search of each list says, on both tagging paths.
    #[test]
    fn tags_list_what_the_lists_hold() {
        use super::{CLAUSE_BREAK, MODAL_BEFORE_BREAK, REPORT_NOUN, REPORTING};
        for lang in Lang::ALL {
            let data = lang.data();
            let c = &data.concepts;
            let lists: [(u8, &[&str]); 4] = [
                (CLAUSE_BREAK, c.clause_breaks),
                (MODAL_BEFORE_BREAK, c.modals_before_break),
                (REPORTING, c.reporting),
                (REPORT_NOUN, data.attribution.report_nouns),
            ];
            let mut text: String = lists
                .iter()
                .flat_map(|(_, words)| words.iter().copied())
                .collect::<Vec<_>>()
                .join(" ");
            text.push_str(" zzyzx Paris 12");
            let tokens = crate::token::tokenize(&text, 0, text.len());
            let tagged = [
                super::masks_and_tags(data, &tokens).1,
                super::Tags::new(data, &tokens),
            ];
            for tags in &tagged {
                for (bit, words) in lists {
                    for k in 0..tokens.len() {
                        assert_eq!(
                            tags.listed(bit, words, &tokens, k),
                            crate::extract::phrase::listed(words, &tokens[k].folded),
                            "{lang} {:?} bit {bit}",
                            tokens[k].text
                        );
                    }
                }
            }
        }
    }

    /// Checks that each phrase yields counts of exactly the concepts listed, in order.
    fn check_concepts(lang: Lang, rows: &[(&str, &[&str])]) {
        let mut failures = Vec::new();
        for (text, want) in rows {
            let got: Vec<String> = crate::lang::rows::counts(lang, text)
                .into_iter()
                .map(|row| row.5)
                .collect();
            if got != *want {
                failures.push(format!(
                    "{lang} {text:?}\n   got  {got:?}\n   want {want:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// A figure without a noun in a clause that names a crowd, a march or a rally counts its
    /// protesters, with no other figure between.
    #[test]
    #[rustfmt::skip]
    fn a_crowd_in_the_clause_sizes_a_bare_figure() {
        check_concepts(Lang::En, &[("Police estimated the crowd on the Odeonsplatz at about 8,000.", &["protesters"])]);
        check_concepts(Lang::De, &[("Die Veranstalter kamen bei der Kundgebung auf 150.000.", &["protesters"])]);
        check_concepts(Lang::Es, &[("El Ministerio del Interior cifró esa concentración en 65.000.", &["protesters"])]);
        check_concepts(Lang::En, &[("In March, the ministry counted 12,000 arrivals.", &["arrivals"])]);
    }

    /// A figure coordinated with the next one does not take that figure's noun as its
    /// predicate: the victims beside the injured are the dead.
    #[test]
    #[rustfmt::skip]
    fn a_coordinated_figure_keeps_its_own_noun() {
        check_concepts(Lang::It, &[
            ("L'organizzazione aveva contato 39 vittime e 361 feriti.", &["deaths", "injured"]),
            ("Un funzionario parla di 79 vittime afghane e di più di 120 feriti.", &["deaths", "injured"]),
        ]);
    }

    /// A predicate after a list of people of several kinds is every item's: each counts the
    /// outcome; hostages who died are deaths; attackers are one concept in every language.
    #[test]
    #[rustfmt::skip]
    fn a_list_of_people_shares_its_predicate() {
        check_concepts(Lang::Fr, &[("Le bilan fait état de 41 policiers et 47 civils tués.", &["deaths", "deaths"])]);
        check_concepts(Lang::En, &[("He said 145 civilians, 60 police officers and three soldiers were killed.", &["deaths", "deaths", "deaths"])]);
        check_concepts(Lang::En, &[("There were 462 people on board, 174 have been rescued.", &["passengers", "rescued"])]);
        check_concepts(Lang::Fr, &[("Au moins 100 otages auraient péri dans l'incendie.", &["deaths"])]);
        check_concepts(Lang::It, &[("Il bilancio parla di 334 ostaggi uccisi.", &["deaths"])]);
        check_concepts(Lang::Fr, &[("Le FSB affirme que 20 preneurs d'otages sont entrés dans l'école.", &["attackers"])]);
        check_concepts(Lang::De, &[("Der Stab meldete 35 Geiselnehmer.", &["attackers"])]);
        check_concepts(Lang::Es, &[("La Fiscalía sostiene que eran 32 asaltantes.", &["attackers"])]);
        check_concepts(Lang::Pt, &[("A polícia procura dois atiradores.", &["attackers"])]);
        check_concepts(Lang::En, &[("Police said four gunmen had entered the building.", &["attackers"])]);
        check_concepts(Lang::En, &[("There were 3 terrorist attacks in the region.", &["attacks"])]);
        check_concepts(Lang::En, &[("More than 1,100 hostages were detained in the gym.", &["hostages"])]);
        check_concepts(Lang::De, &[("Die Geiselnehmer hielten 1.100 Geiseln fest.", &["hostages"])]);
        check_concepts(Lang::Fr, &[("Au total, 30 000 volailles ont été abattues.", &["volailles"])]);
        check_concepts(Lang::En, &[("Russia sent 300 personnel carriers to the front.", &["carriers"])]);
    }

    /// Each item of a list that breaks an outcome down by kind of people keeps its kind; a
    /// kind alone, or the toll beside a kind, keeps none.
    #[test]
    fn a_list_item_keeps_its_kind_of_people() {
        let rows: &[(Lang, &str, &[Option<&str>])] = &[
            (
                Lang::Fr,
                "Le bilan fait état de 41 policiers et 47 civils tués.",
                &[Some("police"), Some("civilians")],
            ),
            (
                Lang::En,
                "He said 145 civilians, 60 police officers and three soldiers were killed.",
                &[Some("civilians"), Some("police"), Some("soldiers")],
            ),
            (Lang::En, "He said 145 civilians were killed.", &[None]),
            (
                Lang::En,
                "The toll rose to 208 dead and 1,491 injured.",
                &[None, None],
            ),
            (
                Lang::Fr,
                "La police a procédé à 739 interpellations, dont 60 femmes.",
                &[None, Some("women")],
            ),
            (
                Lang::En,
                "Four children were among the dead.",
                &[Some("children")],
            ),
            (
                Lang::Fr,
                "L'attaque a tué 10 soldats et blessé 5 civils.",
                &[None, None],
            ),
            (
                Lang::En,
                "Five of the six crew members died.",
                &[None, None],
            ),
        ];
        for (lang, text, want) in rows {
            let tokens = crate::token::tokenize(text, 0, text.len());
            let got: Vec<Option<String>> =
                crate::extract::number::counts_in(text, &tokens, lang.data(), &[], None)
                    .into_iter()
                    .map(|f| f.qualifiers.who)
                    .collect();
            let want: Vec<Option<String>> = want.iter().map(|w| w.map(String::from)).collect();
            assert_eq!(got, want, "{lang} {text:?}");
        }
    }

    /// counted together are a count of their own.
    #[test]
    #[rustfmt::skip]
    fn identified_and_dead_or_missing() {
        check_concepts(Lang::En, &[("Seven victims have been identified so far.", &["identified"])]);
        check_concepts(Lang::Es, &[("Bastrikin añadió que se había identificado a 75 de los fallecidos.", &["identified"])]);
        check_concepts(Lang::Pt, &[("Ao todo, 398 pessoas morreram ou desapareceram na província.", &["dead or missing"])]);
        check_concepts(Lang::Pt, &[("A investigação levou à prisão temporária de cinco pessoas.", &["arrests"])]);
        check_concepts(Lang::Fr, &[("Le bilan est de 398 morts ou disparus.", &["dead or missing"])]);
        check_concepts(Lang::Fr, &[("Les pompiers ont permis d'évacuer environ 200 personnes.", &["evacuated"])]);
        check_concepts(Lang::Fr, &[("Les blessés sont de 29 nationalités différentes.", &["nationalities"])]);
        check_concepts(Lang::It, &[("Il bilancio sale a 398 morti o dispersi.", &["dead or missing"])]);
        check_concepts(Lang::De, &[("Mehr als 20.000 Menschen sind tot oder vermisst.", &["dead or missing"])]);
    }

    /// A death named by a noun before the figure counts deaths ("la muerte de 132 personas"),
    /// never the figure of another verb in its clause; people pulled out are rescued, people
    /// who survived survivors.
    #[test]
    #[rustfmt::skip]
    fn deaths_named_by_a_noun_rescues_and_survivors() {
        check_concepts(Lang::Es, &[
            ("Fue la causa principal de la muerte de 132 personas.", &["deaths"]),
            ("El naufragio costó la vida a 72 personas.", &["deaths"]),
            ("La policía detuvo a 719 personas tras la muerte de Nahel.", &["arrests"]),
        ]);
        check_concepts(Lang::De, &[
            ("Das Unwetter ist für den Tod von mindestens 38 Menschen verantwortlich.", &["deaths"]),
            ("Insgesamt 80 Menschen überlebten das Unglück.", &["survivors"]),
        ]);
        check_concepts(Lang::Pt, &[("O frio pode ter matado cerca de 700 pessoas.", &["deaths"])]);
        check_concepts(Lang::En, &[
            ("Crews pulled 17 people from the water.", &["rescued"]),
            ("Eighty-one people survived, she said.", &["survivors"]),
        ]);
    }

    /// Homes and buildings destroyed and damaged are counts of their own, in every language.
    #[test]
    #[rustfmt::skip]
    fn homes_destroyed_and_damaged_are_apart() {
        check_concepts(Lang::Fr, &[("Au total, 13 694 maisons ont été détruites et 13 785 autres endommagées.", &["homes destroyed", "homes damaged"])]);
        check_concepts(Lang::En, &[("More than 37,000 homes were destroyed and 500 buildings damaged.", &["homes destroyed", "buildings damaged"])]);
        check_concepts(Lang::De, &[("Mehr als 2.000 Häuser wurden zerstört.", &["homes destroyed"])]);
        check_concepts(Lang::Es, &[("Casi 53.000 casas quedaron destruidas y más de 77.000 resultaron dañadas.", &["homes destroyed", "homes damaged"])]);
        check_concepts(Lang::It, &[("Quasi 53.000 abitazioni sono state distrutte.", &["homes destroyed"])]);
        check_concepts(Lang::Pt, &[("Cerca de 130 mil casas ficaram danificadas.", &["homes damaged"])]);
    }

    /// People named only as people or by their nationality who crossed a border, left the
    /// country or were called up count that movement; police or firefighters mobilised stay
    /// what they are.
    #[test]
    #[rustfmt::skip]
    fn people_who_cross_leave_or_are_called_up() {
        check_concepts(Lang::En, &[
            ("Almost 7,000 Russian citizens entered Finland on Friday.", &["arrivals"]),
            ("About 1,000 people have left the country since Wednesday.", &["departures"]),
        ]);
        check_concepts(Lang::Es, &[("Entre 600.000 y 700.000 personas habrían abandonado el país.", &["departures"])]);
        check_concepts(Lang::It, &[
            ("Centinaia di migliaia di russi hanno lasciato il Paese.", &["departures"]),
            ("Finora 82.000 mobilitati sono stati trasferiti al fronte.", &["mobilized"]),
        ]);
        check_concepts(Lang::De, &[("Täglich seien 5000 bis 6000 Russen eingereist.", &["arrivals"])]);
        check_concepts(Lang::Fr, &[
            ("Plus de 200 000 réservistes ont été appelés.", &["reservists"]),
            ("Le texte vise jusqu'à 300 000 réservistes.", &["reservists"]),
            ("Quelque 2 000 policiers ont été mobilisés.", &["police"]),
            ("1 500 Nord-Coréens sont entrés dans la région de Koursk, selon l'armée.", &["soldiers"]),
        ]);
        check_concepts(Lang::Pt, &[("Cerca de 87 mil mobilizados estão na zona de combate.", &["mobilized"])]);
    }

    /// People of any kind count what their predicate says happened to them: the verb they are
    /// the object of, a participle before the noun, or the verb after it.
    #[test]
    #[rustfmt::skip]
    fn people_count_the_outcome_of_their_predicate() {
        check_concepts(Lang::En, &[
            ("The quake has killed at least 820 people, officials said.", &["deaths"]),
            ("Two police officers were wounded when a shell hit.", &["injured"]),
            ("Authorities had arrested more than a dozen suspected smugglers.", &["arrests"]),
            ("Some 48 people remained in hospital on Thursday.", &["hospitalized"]),
            ("462 people were on board, 174 have been rescued.", &["passengers", "rescued"]),
            ("Some 40 people, 12 seriously, were injured.", &["injured", "injured"]),
            ("Up to 5,000 people were left without a home.", &["homeless"]),
            ("Police announced the arrest of 14 people.", &["arrests"]),
        ]);
        check_concepts(Lang::Fr, &[
            ("Les hélicoptères ont hélitreuillé plus de 300 personnes.", &["rescued"]),
            ("Il a ordonné à 4 500 habitants de quitter leur domicile.", &["evacuated"]),
            ("450 « émeutiers » ont été arrêtés.", &["arrests"]),
            ("Quatre manifestants auraient été tués.", &["deaths"]),
            ("Près de 2 000 personnes se sont retrouvées sans logement.", &["homeless"]),
            ("La gendarmerie a annoncé l'arrestation de sept personnes.", &["arrests"]),
        ]);
        check_concepts(Lang::De, &[
            ("Sie sprechen von 13 getöteten Fliegern.", &["deaths"]),
            ("Drei Beamte wurden verletzt.", &["injured"]),
            ("Rund 2.000 Beamte wurden verletzt.", &["injured"]),
            ("Etwa 8.000 Menschen sind nun obdachlos.", &["homeless"]),
            ("Betroffen sind mehr als 33 Millionen Menschen.", &["affected"]),
            ("Noch 64 Menschen werden in Krankenhäusern behandelt.", &["hospitalized"]),
            ("38 Verletzte lagen noch im Krankenhaus.", &["hospitalized"]),
            ("Die 72 Verletzten kamen in Kliniken, teilte die Polizei weiter mit.", &["injured"]),
            ("Insgesamt wurden 1.175 Verletzte in Kliniken behandelt.", &["injured"]),
        ]);
        check_concepts(Lang::Es, &[
            ("Alrededor de un millar de personas han sido procesadas.", &["indictments"]),
            ("Solo 45.000 personas salieron a protestar.", &["protesters"]),
            ("Daba una cifra de 283 manifestantes muertos.", &["deaths"]),
            ("Unas 12.000 personas se quedaron sin hogar.", &["homeless"]),
            ("La riada mató a 62 personas en la provincia.", &["deaths"]),
            ("Hay 8.000 personas damnificadas.", &["affected"]),
            ("Otras 31 personas siguen en paradero desconocido.", &["missing"]),
            ("Unos 200 heridos siguen hospitalizados.", &["hospitalized"]),
            ("Los 72 heridos fueron hospitalizados.", &["injured"]),
        ]);
        check_concepts(Lang::It, &[
            ("Sono stati incriminati undici persone.", &["indictments"]),
            ("Migliaia di persone sono tornate in piazza.", &["protesters"]),
            ("Sono almeno 900 le persone rimaste senza casa.", &["homeless"]),
            ("Sono sei le persone in custodia cautelare.", &["arrests"]),
            ("Sono otto i dipendenti della società finiti in manette.", &["arrests"]),
            ("Le persone trattenute in attesa di giudizio erano 173.", &["arrests"]),
            ("Tre ingegneri sono stati arrestati.", &["arrests"]),
            ("Sono stati rinviati a giudizio i 15 membri dell'equipaggio.", &["indictments"]),
        ]);
        check_concepts(Lang::Pt, &[
            ("Teriam morrido pelo menos nove pessoas.", &["deaths"]),
            ("Cerca de 40 mil pessoas desfilaram hoje.", &["protesters"]),
            ("Segundo ele, 21 pessoas arriscam a pena de morte.", &["people facing the death penalty"]),
            ("Entre os mortos, só 40 tinham sido identificados.", &["identified"]),
            ("Dos 117 mortos, só 40 tinham sido identificados.", &["deaths", "identified"]),
            ("Cerca de 7 mil pessoas ficaram desabrigadas.", &["homeless"]),
            ("As cheias de 2010 mataram mais de 1.700 pessoas.", &["deaths"]),
            ("A agência contabiliza 33.046.329 pessoas afetadas.", &["affected"]),
            ("Duas pessoas teriam desaparecido no rio.", &["missing"]),
        ]);
    }

    /// Trapped, stranded or cut off people are their own outcome in every language; pilgrims,
    /// tourists, miners and other people named by what they do count what happened to them.
    #[test]
    #[rustfmt::skip]
    fn trapped_people_and_people_named_by_what_they_do() {
        check_concepts(Lang::En, &[
            ("About 340 people were still stranded in the park.", &["trapped"]),
            ("At least 550 pilgrims have died during the hajj.", &["deaths"]),
            ("Organisers said 1.03 million people turned out for the march.", &["protesters"]),
        ]);
        check_concepts(Lang::Fr, &[("Au moins 143 personnes restaient prises au piège.", &["trapped"])]);
        check_concepts(Lang::De, &[
            ("Rund 705 Menschen sind im Nationalpark eingeschlossen.", &["trapped"]),
            ("Tunesien hatte 49 Todesfälle bestätigt.", &["deaths"]),
        ]);
        check_concepts(Lang::Es, &[("Unas 671 personas quedaron atrapadas o aisladas.", &["trapped"])]);
        check_concepts(Lang::It, &[
            ("Restano 405 persone bloccate sulle montagne.", &["trapped"]),
            ("Ben 1.301 pellegrini sono morti durante l'hajj.", &["deaths"]),
            ("Secondo gli organizzatori sono scese in piazza 500 mila persone.", &["protesters"]),
        ]);
        check_concepts(Lang::Pt, &[
            ("Cerca de mil pessoas estariam soterradas.", &["trapped"]),
            ("O governo reconheceu apenas 31 mortes.", &["deaths"]),
        ]);
    }

    /// A modal "tener que" / "ter que" does not end the clause: the verb after it says what
    /// happened to the people counted.
    #[test]
    #[rustfmt::skip]
    fn a_modal_que_does_not_end_the_clause() {
        check_concepts(Lang::Es, &[
            ("Unas 43.059 personas han tenido que dejar sus casas.", &["evacuated"]),
            ("Dijo que 50 personas murieron.", &["deaths"]),
        ]);
        check_concepts(Lang::Pt, &[("Cerca de 5 mil pessoas tiveram que deixar as suas casas.", &["evacuated"])]);
    }

    /// Soldiers killed, wounded or captured count that outcome, lost are casualties; sent, they
    /// stay soldiers.
    #[test]
    #[rustfmt::skip]
    fn soldiers_killed_are_deaths() {
        check_concepts(Lang::Es, &[
            ("Azerbaiyán admite 192 militares muertos en Karabaj.", &["deaths"]),
            ("Rusia envió 3.000 soldados.", &["soldiers"]),
            ("Murieron 200 soldados en el ataque.", &["deaths"]),
            ("Llegaron 300 soldados.", &["soldiers"]),
        ]);
        check_concepts(Lang::En, &[("He said at least 100 soldiers had been killed.", &["deaths"])]);
        check_concepts(Lang::En, &[("Prigozhin put his force at 25,000 men ready to die.", &["fighters"])]);
        check_concepts(Lang::Pt, &[("Baku reconheceu 192 militares mortos na ofensiva.", &["deaths"])]);
        check_concepts(Lang::Fr, &[("Le ministère a reconnu 192 soldats tués.", &["deaths"])]);
        check_concepts(Lang::It, &[("Il ministero ha ammesso 192 soldati uccisi.", &["deaths"])]);
        check_concepts(Lang::Pt, &[("A Ucrânia já perdeu mais de 5.550 militares.", &["casualties"])]);
        check_concepts(Lang::En, &[("Ukraine had lost 660 servicemen.", &["casualties"])]);
    }

    /// People who are the object of an outcome verb in the active voice count that outcome.
    #[test]
    #[rustfmt::skip]
    fn the_object_of_an_outcome_verb_counts_the_outcome() {
        check_concepts(Lang::It, &[("La polizia ha arrestato 28 persone.", &["arrests"])]);
        check_concepts(Lang::Pt, &[
            ("A polícia prendeu nove pessoas nesta segunda-feira.", &["arrests"]),
            ("O atirador abriu fogo, matando oito e ferindo 14.", &["deaths", "injured"]),
        ]);
        check_concepts(Lang::Es, &[("La policía detuvo a 15 personas el martes.", &["arrests"])]);
    }

    /// A figure without a noun after another's counts what its own verb says of it, past the
    /// auxiliaries, not the noun of the figure before it.
    #[test]
    #[rustfmt::skip]
    fn a_figure_without_a_noun_counts_its_own_outcome() {
        check_concepts(Lang::Fr, &[("Deux personnes sont mortes et 40 ont été blessées.", &["deaths", "injured"])]);
        check_concepts(Lang::En, &[
            ("Ten people died and 1099 were injured.", &["deaths", "injured"]),
            ("Five people are missing and 12 injured.", &["missing", "injured"]),
        ]);
        check_concepts(Lang::Es, &[("Dos personas murieron y 40 resultaron heridas.", &["deaths", "injured"])]);
        check_concepts(Lang::Fr, &[("Au total, 12 000 soldats ont été envoyés.", &["soldiers"])]);
    }

    /// Two outcomes coordinated after one figure are summed: dead or missing, dead or injured
    /// (casualties); with a figure each, each counts its own.
    #[test]
    #[rustfmt::skip]
    fn coordinated_outcomes_after_one_figure_are_summed() {
        check_concepts(Lang::It, &[
            ("Le piogge hanno causato 398 tra morti e dispersi.", &["dead or missing"]),
            ("Hanno nascosto 139 casi di morti e dispersi.", &["dead or missing"]),
            ("Il bilancio è di 302 morti e 20 dispersi.", &["deaths", "missing"]),
        ]);
        check_concepts(Lang::Fr, &[("Le bilan est de 302 morts et disparus.", &["dead or missing"])]);
        check_concepts(Lang::Es, &[("El ataque dejó 40 entre muertos y heridos.", &["casualties"])]);
        check_concepts(Lang::De, &[("Die Flut forderte 302 Tote und Vermisste.", &["dead or missing"])]);
        check_concepts(Lang::Pt, &[("O governo ocultou 139 casos de mortos e desaparecidos.", &["dead or missing"])]);
    }

    /// A figure that is part of the next ("five of the six crew", "40 of the island's 78
    /// municipalities") takes the outcome; the whole keeps its noun, unless the outcome is the
    /// noun's own.
    #[test]
    #[rustfmt::skip]
    fn a_part_of_a_figure_takes_the_outcome() {
        check_concepts(Lang::En, &[("Five of the six crew aboard had died.", &["deaths", "crew"])]);
        check_concepts(Lang::Pt, &[("Cinco dos seis tripulantes morreram.", &["deaths", "crew"])]);
        check_concepts(Lang::De, &[("Fünf der sechs Besatzungsmitglieder kamen ums Leben.", &["deaths", "crew"])]);
        check_concepts(Lang::Es, &[("Tres de los cinco tripulantes fallecidos eran militares.", &["deaths", "deaths"])]);
        check_concepts(Lang::En, &[("Officials said 1,360 of Puerto Rico's 1,600 cellphone towers were down.", &["towers", "towers"])]);
        check_concepts(Lang::En, &[("There was no contact with 40 of the island's 78 municipalities.", &["municipalities", "municipalities"])]);
    }

    /// People in a crowd, a march or a turnout are protesters, in every language; people
    /// counted without one stay people.
    #[test]
    #[rustfmt::skip]
    fn a_crowd_counts_protesters() {
        check_concepts(Lang::Pt, &[("Os repórteres estimaram a multidão em mais de 50 mil pessoas.", &["protesters"])]);
        check_concepts(Lang::De, &[("Bis zu 100.000 Menschen sollen an dem Marsch teilgenommen haben.", &["protesters"])]);
        check_concepts(Lang::Es, &[("La policía cifró la participación en 9.000 personas.", &["protesters"])]);
        check_concepts(Lang::It, &[("Un corteo di 40.000 persone secondo la polizia.", &["protesters"])]);
        check_concepts(Lang::En, &[
            ("A crowd of 338,000 people gathered, police said.", &["protesters"]),
            ("Serbia has 6.6 million people.", &["people"]),
        ]);
        check_concepts(Lang::Fr, &[
            ("La foule comptait 20 000 personnes.", &["protesters"]),
            ("La police a estimé la foule à 80 000.", &["protesters"]),
        ]);
        check_concepts(Lang::En, &[
            ("Police estimated the crowd at about 80,000.", &["protesters"]),
            ("Some 80,000 marched in Tel Aviv.", &["protesters"]),
        ]);
    }

    /// People a place is built for are its places, in every language.
    #[test]
    #[rustfmt::skip]
    fn people_a_place_is_built_for_are_places() {
        check_concepts(Lang::En, &[("The centre was built for fewer than 400 people.", &["places"])]);
        check_concepts(Lang::Fr, &[("Un centre prévu pour 400 personnes en accueille 6 000.", &["places", "people"])]);
        check_concepts(Lang::De, &[("Das Lager bietet Platz für 400 Menschen.", &["places"])]);
        check_concepts(Lang::Es, &[("El centro, con capacidad para unas 400 personas, acoge a 6.000.", &["places", "people"])]);
        check_concepts(Lang::It, &[("L'hotspot ha una capienza di 400 persone.", &["places"])]);
        check_concepts(Lang::Pt, &[("Um espaço concebido para menos de 400 pessoas.", &["places"])]);
    }

    /// Missing, accounted for, sheltered and located people in every language; residents
    /// sheltered are displaced; the noun after "the number of" is what a later figure counts;
    /// a finite verb after a figure is not its noun.
    #[test]
    #[rustfmt::skip]
    fn missing_accounted_for_and_sheltered_people() {
        check_concepts(Lang::En, &[
            ("The county said 102 people have now been accounted for.", &["accounted for"]),
            ("Investigators still had no word from 99 people.", &["missing"]),
            ("About 36,000 people were forced out of their homes.", &["displaced"]),
            ("The number of people forced out of their homes peaked at 36,000.", &["displaced"]),
            ("Some 5,000 people are sheltering in schools.", &["displaced"]),
            ("Three of the four runways reopened.", &["runways", "runways"]),
            ("As many as 750 people may have been aboard the boat.", &["passengers"]),
            ("It was the worst quake since 1999, when 1,800 died.", &["deaths"]),
            ("Some 70 fire engines were sent to the runway.", &["engines"]),
            ("Relatives waited where the city said it had logged 355 reports of missing persons.", &["reports"]),
            ("More than 100 boats reached the island.", &["boats"]),
            ("About 1,200 aftershocks of intensity 1 or more were recorded.", &["aftershocks"]),
            ("The quake killed 200 people. About 36,000 people were uprooted. By Sunday it had fallen to 26,324.", &["deaths", "displaced", "displaced"]),
        ]);
        check_concepts(Lang::Fr, &[
            ("Nous avons désormais 120 personnes localisées.", &["accounted for"]),
            ("Le bilan est de 64 morts. Le Yomiuri en recense 72 mercredi soir.", &["deaths", "deaths"]),
            ("Quelque 33 400 habitants ont passé la nuit dans des centres d'évacuation.", &["displaced"]),
            ("Au moins 200 personnes ont été tuées. Selon Erevan, 13 550 déplacés sont arrivés. Ils étaient 6 650 lundi.", &["deaths", "displaced", "displaced"]),
        ]);
        check_concepts(Lang::De, &[
            ("Noch galten 179 Menschen als verschollen.", &["missing"]),
            ("Die rund 34.000 Menschen, die in Notunterkünften ausharren, brauchen Wasser.", &["displaced"]),
            ("Rund 1400 Menschen seien wohlbehalten aufgetaucht.", &["accounted for"]),
            ("Die Flut hat bereits mehr als 1100 Menschen das Leben gekostet.", &["deaths"]),
            ("Bis Freitag wurden vier Arbeiter geborgen.", &["bodies"]),
            ("603 Straßen sind gesperrt.", &["roads"]),
            ("Rund 300 Studierende und zwölf Journalisten kamen zur Kundgebung.", &["students", "journalists"]),
            ("Zwei Züge mit 21 Waggons entgleisten.", &["trains", "carriages"]),
            ("Die Flut tötete 17 Menschen. Rund 34.000 Menschen sind in Notunterkünften. Am Mittwoch waren es noch 23.967.", &["deaths", "displaced", "displaced"]),
        ]);
        check_concepts(Lang::Es, &[
            ("La alcaldesa cifró en 109 las personas que siguen sin localizar.", &["missing"]),
            ("Por la tarde eran 27.785 los vecinos acogidos en pabellones.", &["displaced"]),
            ("Hay 191 personas localizadas y a salvo.", &["accounted for"]),
            ("El balance elevó a 3.600 el de muertos y a 49.910 el de heridos.", &["deaths", "injured"]),
            ("Según los bomberos, los fallecidos ascienden a 30.", &["deaths"]),
            ("Al menos 200 soldados murieron. Ya han llegado 70.500 desplazados. La víspera eran 42.500.", &["deaths", "displaced", "displaced"]),
        ]);
        check_concepts(Lang::It, &[
            ("E 76 persone mancano all'appello.", &["missing"]),
            ("All'appello mancano ancora almeno dieci persone.", &["missing"]),
            ("Sul peschereccio viaggiavano 750 persone.", &["passengers"]),
            ("Sono arrivati 40 giornalisti e 12 medici.", &["journalists", "doctors"]),
            ("Le persone rintracciate e al sicuro restano 200.", &["accounted for"]),
            ("Tre grandi ospedali sono fuori uso e altri tre funzionano appena.", &["hospitals", "hospitals"]),
        ]);
        check_concepts(Lang::Pt, &[
            ("Mais de 28.000 pessoas continuavam alojadas em abrigos.", &["displaced"]),
            ("Mais de 400 estradas continuam cortadas.", &["roads"]),
            ("A autoridade aponta para 1.545 vítimas mortais.", &["deaths"]),
            ("O balanço é de 30 mortos; seis ocorreram em Suzu.", &["deaths", "deaths"]),
        ]);
    }

    /// A place after "the whole of" or an administrative noun ("in tutta la Spagna", "nella
    /// provincia di Valencia", "en el conjunto de España") is the figure's place.
    #[test]
    #[rustfmt::skip]
    fn places_past_a_whole_or_an_administrative_noun() {
        use crate::lang::rows::check_qualifiers;
        check_qualifiers(Lang::It, &[
            ("I morti sono 211 nella provincia di Valencia.", None, Some("Valencia"), None),
            ("I morti sono 219 in tutta la Spagna.", None, Some("Spain"), None),
        ]);
        check_qualifiers(Lang::Es, &[
            ("Los muertos son 211 en la provincia de Valencia.", None, Some("Valencia"), None),
            ("Asciende ya a 95 fallecidos en el conjunto de España.", None, Some("Spain"), Some(Scope::SoFar)),
        ]);
        check_qualifiers(Lang::Fr, &[("On compte 95 morts dans toute l'Espagne.", None, Some("Spain"), None)]);
        check_qualifiers(Lang::Pt, &[("São 214 mortos na província de Valência.", None, Some("Valencia"), None)]);
        check_qualifiers(Lang::De, &[("Es gab 217 Tote in ganz Spanien.", None, Some("Spain"), None)]);
        check_qualifiers(Lang::En, &[
            ("There were 219 deaths throughout Spain.", None, Some("Spain"), None),
            ("At least 60 dead after gunmen storm a concert hall outside Moscow.", None, Some("Moscow"), None),
        ]);
    }

    /// An acronym in parentheses after a name repeats it and ends no clause: a place that opens
    /// the sentence still places the figure.
    #[test]
    #[rustfmt::skip]
    fn an_acronym_in_parentheses_ends_no_clause() {
        use crate::lang::rows::check_qualifiers;
        check_qualifiers(Lang::Pt, &[("No Malawi, o Departamento de Gestão de Desastres (DoDMA) registou 13 mortos.", None, Some("Malawi"), None)]);
        check_qualifiers(Lang::En, &[("In Malawi, the Department of Disaster Management Affairs (DoDMA) counted 13 deaths.", None, Some("Malawi"), None)]);
    }

    /// The place after a part ("most of them in Cabo Delgado", "davon 66 in der Provinz") is the
    /// part's, not the whole figure's.
    #[test]
    #[rustfmt::skip]
    fn a_place_after_a_part_is_the_parts() {
        use crate::lang::rows::check_qualifiers;
        check_qualifiers(Lang::En, &[("The institute reported 34 deaths on Tuesday, most of them in Cabo Delgado province.", None, None, None)]);
        check_qualifiers(Lang::Es, &[("Murieron 15 personas, de las cuales 11 en Santiago.", None, None, None)]);
        check_qualifiers(Lang::En, &[("The strike killed 30 people, including 12 children, in Kharkiv.", None, Some("Kharkiv"), None)]);
        check_qualifiers(Lang::Fr, &[("La frappe a tué 30 personnes, dont 12 enfants, à Kharkiv.", None, Some("Kharkiv"), None)]);
    }

    /// People with no outcome of their own, in a story that counts protesters most, are its
    /// crowd when their sentence reports a count; elsewhere they stay people. Read on whole
    /// articles, since the story's count runs across sentences. Treated people are injured.
    #[test]
    #[rustfmt::skip]
    fn people_in_a_protest_story_are_its_crowd() {
        let rows: &[(Lang, &str, &[&str])] = &[
            (Lang::En, "Some 20,000 protesters marched on Sunday. Police said 338,000 people were on the route.", &["protesters", "protesters"]),
            (Lang::En, "Some 20,000 protesters marched on Sunday. Myanmar is a country of 54 million people.", &["protesters", "people"]),
            (Lang::En, "Some 600 tractors blocked the roads. Police counted 8,000 people.", &["tractors", "people"]),
            (Lang::Es, "Unos 20.000 manifestantes marcharon el domingo. La policía contó 9.000 personas.", &["protesters", "protesters"]),
        ];
        for (lang, text, want) in rows {
            let claims = crate::extract::testkit::claims(*lang, "2024-01-10", text);
            let got: Vec<&str> = claims
                .iter()
                .filter_map(|c| c.counted.as_ref().filter(|_| c.kind == crate::claim::ClaimKind::Count))
                .map(|k| k.concept.as_str())
                .collect();
            assert_eq!(got, *want, "{lang} {text:?}");
        }
        check_concepts(Lang::It, &[("Secondo l'Autorità ospedaliera, 81 persone sono state medicate.", &["injured"])]);
    }

    /// A figure right after a verb of outcome counts that outcome, not a noun earlier in the
    /// clause; "the number of" in its plural forms leads to the noun counted.
    #[test]
    #[rustfmt::skip]
    fn an_outcome_verb_before_a_bare_figure_wins_over_an_earlier_noun() {
        check_concepts(Lang::En, &[("Migrant boat breaks apart off Calabria, killing at least 59.", &["deaths"])]);
        check_concepts(Lang::Fr, &[("Le bateau a chaviré, tuant au moins 59 personnes.", &["deaths"])]);
        check_concepts(Lang::It, &[("È salito a 158 il numero delle vittime della calca.", &["deaths"])]);
        check_concepts(Lang::Pt, &[("Subiu para 158 o número dos mortos.", &["deaths"])]);
    }

    /// A figure of a list followed by its own place, a name no table knows, is placed there,
    /// not at the next figure's place; a known name under its gazetteer name.
    #[test]
    #[rustfmt::skip]
    fn a_listed_figure_keeps_its_own_place() {
        use crate::lang::rows::check_qualifiers;
        check_qualifiers(Lang::Fr, &[("On compte 23 morts à Suzu et cinq à Nanao.", None, Some("Suzu"), None)]);
        check_qualifiers(Lang::En, &[("Officials counted 23 dead in Suzu and five in Nanao.", None, Some("Suzu"), None)]);
        check_qualifiers(Lang::It, &[("Si contano 23 morti a Suzu, cinque a Nanao.", None, Some("Suzu"), None)]);
        // Not a name: a month.
        check_qualifiers(Lang::En, &[("Officials counted 23 dead in January and five in Nanao.", None, Some("Nanao"), None)]);
        // No list goes on: a frame after the comma, or a second name.
        check_qualifiers(Lang::Es, &[("Hubo 23 muertos en Semana Santa, según la DGT.", None, None, None)]);
        check_qualifiers(Lang::En, &[("Officials counted 23 dead in Suzu and Wajima.", None, None, None)]);
    }

    /// The noun counted past a possessive ("75 sus muertos") or, after "of" and a determiner, a
    /// plural no lexicon knows, which its predicate states ("40 de sus nacionales murieron").
    #[test]
    #[rustfmt::skip]
    fn a_possessive_before_the_noun_keeps_the_figure() {
        check_concepts(Lang::Es, &[
            ("Jordania cifra en 75 sus muertos.", &["deaths"]),
            ("Indonesia informó de que 40 de sus nacionales murieron.", &["deaths"]),
        ]);
        check_concepts(Lang::It, &[("Il governo ha detto che 40 dei suoi connazionali sono morti.", &["deaths"])]);
        // An adjective after the determiner is passed over.
        check_concepts(Lang::Fr, &[("Le séisme a endommagé 3 de ses principaux hôpitaux.", &["hospitals"])]);
        check_concepts(Lang::Fr, &[("L'Indonésie a annoncé que 40 de ses concitoyens sont morts.", &["deaths"])]);
    }

    /// Lives and martyrs counted are deaths, in every language; lives saved are the rescued.
    #[test]
    #[rustfmt::skip]
    fn lives_lost_are_deaths_and_lives_saved_the_rescued() {
        check_concepts(Lang::En, &[
            ("The floods have claimed 50 lives.", &["deaths"]),
            ("Rescuers saved 300 lives.", &["rescued"]),
        ]);
        check_concepts(Lang::Es, &[("La riada se cobró 50 vidas.", &["deaths"]), ("Los talibanes hablan de 40 mártires.", &["deaths"])]);
        check_concepts(Lang::It, &[("Sono state salvate 30 vite.", &["rescued"])]);
        check_concepts(Lang::Fr, &[("La catastrophe a coûté 50 vies.", &["deaths"])]);
        check_concepts(Lang::Pt, &[("A enchente custou 50 vidas.", &["deaths"])]);
        check_concepts(Lang::De, &[("Die Flut forderte 50 Menschenleben.", &["deaths"])]);
    }

    /// People under investigation are suspects, people who had to leave their homes are
    /// evacuated, in each language's words.
    #[test]
    #[rustfmt::skip]
    fn people_under_investigation_held_or_made_to_leave() {
        check_concepts(Lang::It, &[
            ("Sei persone sono indagate per negligenza.", &["suspects"]),
        ]);
        check_concepts(Lang::Pt, &[("Seis pessoas foram formalmente constituídas suspeitas.", &["suspects"])]);
        check_concepts(Lang::Es, &[("Once personas están investigadas por el incendio.", &["suspects"])]);
        check_concepts(Lang::Fr, &[("Quelque 61 867 habitants ont dû quitter leur logement.", &["evacuated"])]);
    }

    /// A figure of people after or before "among" and an outcome noun ("unter den Toten",
    /// "parmi les victimes") is a part of that count, counting what it counts; a figure inside
    /// the phrase, or a range after "entre", is not.
    #[test]
    #[rustfmt::skip]
    fn a_figure_among_the_dead_counts_the_dead() {
        use crate::lang::rows::check_qualifiers;
        check_concepts(Lang::De, &[
            ("Unter den Toten sind nach Behördenangaben mindestens 47 Kinder.", &["deaths"]),
            ("Unter den 84 Toten sind zehn Kinder.", &["deaths", "deaths"]),
        ]);
        check_concepts(Lang::Fr, &[
            ("Parmi les victimes figurent 33 enfants.", &["deaths"]),
            ("Quatre enfants figurent parmi les blessés.", &["injured"]),
        ]);
        check_concepts(Lang::Es, &[("Entre las víctimas, precisó, hay tres niños.", &["deaths"])]);
        check_concepts(Lang::Pt, &[
            ("Entre as vítimas há 27 crianças e 76 mulheres.", &["deaths", "deaths"]),
            ("Entre 400 e 750 pessoas estavam a bordo.", &["passengers"]),
        ]);
        check_concepts(Lang::It, &[("Tra i dispersi ci sono cinque bambini.", &["missing"])]);
        check_concepts(Lang::En, &[("Among the dead were 12 children.", &["deaths"])]);
        check_qualifiers(Lang::It, &[("Si contano 50 vittime tra morti e feriti.", None, None, None)]);
        check_concepts(Lang::De, &[("300 Menschen nahmen an der Trauerfeier teil, unter den Toten waren Kinder.", &["people"])]);
        check_qualifiers(Lang::De, &[("Unter den Toten sind zehn Kinder.", None, None, Some(Scope::Part))]);
        check_qualifiers(Lang::De, &[("Unter den 84 Toten sind zehn Kinder.", None, None, None)]);
    }

    /// A part of a count ("dont", "of them", "davon", "tra cui") counts what the whole counts,
    /// unless its own predicate states another outcome.
    #[test]
    #[rustfmt::skip]
    fn a_part_counts_what_its_whole_counts() {
        check_concepts(Lang::Fr, &[
            ("La police a annoncé 739 interpellations, dont 60 femmes.", &["arrests", "arrests"]),
        ]);
        check_concepts(Lang::En, &[
            ("Police said 739 rioters, 60 of them women, had been arrested.", &["arrests", "arrests"]),
        ]);
        check_concepts(Lang::De, &[
            ("Drei Beamte wurden verletzt, zwei von ihnen blieben im Dienst.", &["injured", "injured"]),
            ("48 Ortschaften stehen unter Wasser, 34 davon im Süden.", &["settlements", "settlements"]),
        ]);
        check_concepts(Lang::Es, &[
            ("Resultaron heridas 40 personas, entre ellas cinco policías y dos rescatistas.", &["injured", "injured", "injured"]),
            ("Fueron evacuadas 2.000 personas; doce de ellos habrían fallecido.", &["evacuated", "deaths"]),
        ]);
        check_concepts(Lang::It, &[
            ("Sono morte 300 persone, tra cui 50 minorenni e 39 membri delle forze di sicurezza.", &["deaths", "deaths", "deaths"]),
        ]);
        check_concepts(Lang::Pt, &[
            ("A ONG contabiliza 300 mortos, entre os quais 60 crianças e 29 mulheres.", &["deaths", "deaths", "deaths"]),
        ]);
    }

    /// German nouns have capitals: a lowercase word after a figure is an adjective or a verb.
    #[test]
    #[rustfmt::skip]
    fn a_lowercase_word_is_no_german_noun() {
        check_concepts(Lang::De, &[
            ("Ein Sturm und zwei gebrochene Staudämme zerstörten die Stadt.", &["dams"]),
            ("117 Tote in Rheinland-Pfalz, sieben mehr als am Sonntag.", &["deaths", "deaths"]),
            ("Vier Menschen kamen ums Leben, 13 weitere gelten als vermisst.", &["deaths", "missing"]),
        ]);
    }

    /// Nouns the lexicon does not know are kept as written, not as a guessed singular; a
    /// capitalised plural after a figure names people of a group; places are never what a
    /// figure without a noun counts, nor are the speakers of a reporting verb.
    #[test]
    #[rustfmt::skip]
    fn unknown_nouns_places_and_speakers() {
        check_concepts(Lang::Es, &[
            ("Se registraron en 31 comarcas del país.", &["comarcas"]),
                        ("Dos responsables dijeron a la agencia que serían alrededor de 300.", &["responsables"]),
        ]);
        check_concepts(Lang::Fr, &[
            ("Neuf Égyptiens ont été arrêtés jeudi.", &["arrests"]),
            ("La contestation a gagné plus de 80 villes.", &["cities"]),
        ]);
        check_concepts(Lang::It, &[
            ("Il piano riguarderà sei province.", &["provinces"]),
        ]);
        check_concepts(Lang::De, &[
            ("28 Tote in der Provinz Masandaran und 14 in Kurdistan.", &["deaths", "deaths"]),
        ]);
        check_concepts(Lang::En, &[
            ("Two dams burst above the port city.", &["dams"]),
        ]);
    }

    /// A key looked up in two pieces is found exactly where the joined key is.
    #[test]
    fn lookup_joined_agrees_with_the_joined_key() {
        const TABLE: &[(&str, u8)] = &[("a", 1), ("missile", 2), ("missiles", 3), ("soldat", 4)];
        for (head, tail) in [
            ("missi", "le"),
            ("missil", "es"),
            ("missile", ""),
            ("", "a"),
            ("sold", "at"),
            ("sold", "a"),
            ("soldats", ""),
            ("m", "issile"),
            ("z", "z"),
            ("", ""),
        ] {
            let joined = format!("{head}{tail}");
            assert_eq!(
                super::lookup_joined(TABLE, head, tail),
                super::lookup(TABLE, &joined),
                "{head:?} + {tail:?}"
            );
        }
    }

    /// Nationalities beyond the hand-written tables, from the generated demonyms: the counted
    /// people's country in every language.
    #[test]
    #[rustfmt::skip]
    fn generated_demonyms_name_the_counted_peoples_country() {
        use crate::lang::rows::check_qualifiers;
        check_qualifiers(Lang::En, &[("At least 98 Indian pilgrims died in the heat.", Some("India"), None, None)]);
        check_qualifiers(Lang::Fr, &[("Au moins 41 pèlerins jordaniens sont morts.", Some("Jordan"), None, None)]);
        check_qualifiers(Lang::De, &[("Mindestens 41 jordanische Pilger starben.", Some("Jordan"), None, None)]);
        check_qualifiers(Lang::Es, &[("Al menos 41 peregrinos libaneses murieron.", Some("Lebanon"), None, None)]);
        check_qualifiers(Lang::It, &[("Almeno 41 pellegrini libanesi sono morti.", Some("Lebanon"), None, None)]);
        check_qualifiers(Lang::Pt, &[("Pelo menos 41 peregrinos libaneses morreram.", Some("Lebanon"), None, None)]);
    }

    /// A total of what has happened is no planned total; a total of a plan still is.
    #[test]
    #[rustfmt::skip]
    fn a_total_of_what_happened_is_no_plan() {
        use crate::lang::rows::check_qualifiers;
        check_qualifiers(Lang::Fr, &[
            ("Au total, 103 personnes ont perdu la vie.", None, None, None),
            ("Au total, 12 000 soldats nord-coréens seront envoyés.", Some("North Korea"), None, Some(Scope::PlannedTotal)),
        ]);
        check_qualifiers(Lang::De, &[("Insgesamt kamen 117 Menschen ums Leben.", None, None, None)]);
        check_qualifiers(Lang::En, &[
            ("The final death toll was 43.", None, None, None),
            ("In total, 5,000 troops will be deployed.", None, None, Some(Scope::PlannedTotal)),
        ]);
        check_qualifiers(Lang::Es, &[("En total, 40 personas fueron detenidas.", None, None, None)]);
        check_qualifiers(Lang::It, &[("In tutto sono morte 43 persone.", None, None, None)]);
        check_qualifiers(Lang::Pt, &[("No total, os ataques fizeram 17 mortos.", None, None, None)]);
    }

    /// A word both the hand-written entity table and the generated demonyms hold names one
    /// country in both.
    #[test]
    fn generated_demonyms_agree_with_the_hand_written_tables() {
        for &lang in Lang::ALL {
            let hand = lang.data().concepts.entities;
            for (word, country) in crate::lang::demonyms(lang) {
                if let Some(listed) = crate::extract::phrase::lookup(hand, word) {
                    assert_eq!(listed, *country, "{lang} {word:?}");
                }
            }
        }
    }

    /// "Russia, whose army …": the name before a possessive relative owns what it counts; a
    /// plain comma still ends the subject's reach.
    #[test]
    #[rustfmt::skip]
    fn the_owner_of_a_possessive_relative_is_the_entity() {
        use crate::lang::rows::check_qualifiers;
        check_qualifiers(Lang::En, &[
            ("For Russia, whose army Putin ordered to grow to 1.5 million troops, it is little.", Some("Russia"), None, Some(Scope::PlannedTotal)),
            ("For Russia, Putin ordered 1.5 million troops.", None, None, Some(Scope::PlannedTotal)),
        ]);
        check_qualifiers(Lang::Fr, &[
            ("La Russie, dont l'armée doit compter 1,5 million de soldats, recrute.", Some("Russia"), None, None),
        ]);
        check_qualifiers(Lang::De, &[
            ("Russland, dessen Armee 1,5 Millionen Soldaten zählen soll, rekrutiert.", Some("Russia"), None, None),
        ]);
        check_qualifiers(Lang::Es, &[
            ("Rusia, cuyo ejército debe llegar a 1,5 millones de soldados, recluta.", Some("Russia"), None, None),
        ]);
    }

    /// A country after a preposition of place is where the counted go, not who they are; the
    /// same word as an article after a comma leaves the country the actor.
    #[test]
    #[rustfmt::skip]
    fn a_destination_is_not_the_entity() {
        check_qualifiers(Lang::Es, &[
            ("Corea del Norte ya ha enviado a Rusia unos 3.000 soldados", Some("North Korea"), Some("Russia"), Some(Scope::SoFar), Some("deployed")),
        ]);
        check_qualifiers(Lang::Pt, &[
            ("Segundo a Yonhap, a Coreia do Norte pretende enviar ao todo 12 mil militares", Some("North Korea"), None, Some(Scope::PlannedTotal), Some("deployed")),
            ("A Coreia do Norte enviou para a Rússia 3.000 soldados", Some("North Korea"), Some("Russia"), None, Some("deployed")),
        ]);
        check_qualifiers(Lang::Fr, &[
            ("Pyongyang a déjà envoyé en Russie quelque 3 000 soldats", Some("North Korea"), Some("Russia"), Some(Scope::SoFar), Some("deployed")),
        ]);
    }
}
