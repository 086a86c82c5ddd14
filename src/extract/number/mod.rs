//! Counts: figures in digits or words, with their bounds, what they count and the qualifiers
//! that decide comparability.
//!
//! Each sentence is read in passes over its tokens, each pass claiming the tokens it uses so
//! that no word is read twice: digit figures ([`digits`]), collective and vague quantities
//! ("une dizaine", "des milliers", [`words`]), then numbers in words (text2num). Figures then
//! become ranges and get their bound cues ([`bounds`]); the ones that are not counts (years,
//! times, ages, money, labels…) are dropped ([`filters`]); the rest get the noun they count and
//! the qualifiers of their clause ([`super::concept`]).

mod bounds;
mod digits;
mod filters;
pub(crate) mod national;
mod projection;
#[cfg(test)]
mod tests;
mod words;
pub(crate) use words::is_number_word;

use crate::Document;
use crate::claim::{Bound, Claim, ClaimKind, Counted, Quantity};
use crate::extract::concept;
use crate::lang::LangData;
use crate::segment::Sentence;
use crate::token::{SentenceTokens, Token, TokenKind};

/// Per-language number data. Word lists and table keys are folded phrases (see
/// [`crate::extract::phrase`]), each sorted.
#[derive(Debug)]
pub struct NumberWords {
    /// True when ',' is the decimal separator and '.' groups thousands (French, German…).
    pub decimal_comma: bool,
    /// The text2num interpreter that reads numbers in words.
    pub interpreter: fn() -> text2num::Language,
    /// True when every number word is plain ASCII (French, English), so that words with other
    /// letters ("été", "déjà") never go through text2num.
    pub ascii_words: bool,
    /// Words that multiply the figure before them: "million" → 1 000 000 ("1,5 million").
    pub multipliers: &'static [(&'static str, u64)],
    /// Singular collective nouns → their unit: "dizaine" → 10, "millier" → 1 000, "dozen" → 12.
    pub collectives: &'static [(&'static str, u64)],
    /// Plural collective nouns → their unit: "milliers" → 1 000, "thousands" → 1 000.
    pub collective_plurals: &'static [(&'static str, u64)],
    /// Words that stand for "one" before a collective: "un", "une", "a", "an", "one".
    pub one: &'static [&'static str],
    /// Words for "single" after a "one" that make it a count: "seul", "solo", "einzige".
    pub single: &'static [&'static str],
    /// Prepositions that mark a verb's object, not a place or a time: the Spanish personal
    /// "a" ("mató a varios vecinos").
    pub object_markers: &'static [&'static str],
    /// Vague determiners before a plural collective or a multiplier: "plusieurs", "a few".
    pub vague: &'static [&'static str],
    /// Determiners that make a number in words a reference, not a count: "les", "the".
    pub definite: &'static [&'static str],
    /// Cues before a figure → its bound: "environ" → approx, "plus de" → at least.
    pub bounds_before: &'static [(&'static str, Bound)],
    /// Cues right after a figure → its bound: "environ", "or so", "or more".
    pub bounds_after: &'static [(&'static str, Bound)],
    /// Verbs of going past a figure, right before it ("le bilan dépasse les 2 100 morts", "toll
    /// tops 1,000", "superano quota 180"): a lower bound, the verb left out of the figure.
    pub exceeding: &'static [&'static str],
    /// Range openers → the word that links the two ends: "entre" → "et", "between" → "and".
    pub range_openers: &'static [(&'static str, &'static str)],
    /// Words that link the two ends of a range without an opener: "a", "-", "or".
    pub range_links: &'static [&'static str],
    /// Verbs of change before "de … à" / "from … to": the two figures are then a change over
    /// time, not a range ("passé de 1 500 à 3 000").
    pub changes: &'static [&'static str],
    /// Words after a figure that make it a measure, a time, money or a counter, not a count:
    /// "%", "ans", "h", "euros", "partages".
    pub units_after: &'static [&'static str],
    /// Words before a figure that make it a label, an age or money: "n°", "article", "aged", "$".
    pub units_before: &'static [&'static str],
    /// True when a year may stand before a noun as its modifier ("the 2018 bridge collapse",
    /// English): a year before a singular noun then counts nothing.
    pub year_before_noun: bool,
    /// Nouns that a small figure with no counted noun after it numbers rather than counts
    /// ("aux camps 1 et 2", "runway 34", "binario 5"); a figure they precede that a counted noun
    /// follows, or a large one, still counts ("In campo 3.000 volontari", "am Ausgang 3 Menschen
    /// verletzt").
    pub label_nouns: &'static [&'static str],
    /// Nouns of a scale whose small values are readings, not counts ("magnitude", "Stärke"):
    /// "put the magnitude at 7", "une magnitude évaluée à 6,8".
    pub scale_nouns: &'static [&'static str],
    /// Words after which a number is one to call ("phone", "hotline", "appeler", "linha"):
    /// "la ligne d'urgence 0800 …", "ligue para o 213 456 789", "llamadas al 112".
    pub phone_cues: &'static [&'static str],
    /// Words that make two numbers a proportion: "sur" ("un sur trois"), "in", "out of".
    pub ratios: &'static [&'static str],
    /// Words that link a figure to what it counts: "de", "d'", "of".
    pub links: &'static [&'static str],
    /// Measures and money after a figure, from the Unicode CLDR (`src/lang/measures.rs`,
    /// generated): "nuits", "Jahrzehnten", "reais", "drams". `units_after` holds the rest.
    pub measures: &'static [&'static str],
    /// Money after a figure, from the Unicode CLDR (`src/lang/measures.rs`, generated): "euros",
    /// "reais", "rupias".
    pub money: &'static [&'static str],
    /// Words that open a line of links to other stories ("Lire aussi :", "Leia também:",
    /// "Mehr zum Thema:"): the numbers of the titles after them are no claims.
    pub related_cues: &'static [&'static str],
    /// Words that put an hour of the day after them ("alle 20", "dalle 9 alle 19", "a las 7 de la
    /// mañana", "às 6"), where no unit follows the hour.
    pub clock_before: &'static [&'static str],
    /// Ordinal words that the spelled-number reader takes for cardinals ("tercer" in "un tercer
    /// manifestante"): never a figure.
    pub ordinals: &'static [&'static str],
    /// Words for a half before a spelled scale ("half a million", "eine halbe Million", "meio
    /// milhão", "un demi-million"): the figure is half the scale.
    pub halves: &'static [&'static str],
}

/// A figure found in a sentence, before it becomes a claim. Token indices are into the
/// sentence's tokens.
#[derive(Debug, Clone, PartialEq)]
struct Figure {
    /// First token of the figure, cues included.
    first: usize,
    /// Just past its last token, cues included.
    last: usize,
    /// First token of the number itself.
    start: usize,
    /// Just past the number itself.
    end: usize,
    low: Option<u64>,
    high: Option<u64>,
    approx: bool,
    bound: Bound,
    /// Spelled in words by text2num ("quatre", "twelve thousand").
    spelled: bool,
    /// The multiplier word that scaled it ("million" → 1 000 000), or 1.
    scale: u64,
    /// One token of digits without separators ("2024"), the only shape a year takes.
    bare: bool,
    /// False for figures that only claim their tokens: ordinals, decimals, phone numbers.
    count: bool,
}

impl Figure {
    fn exact(start: usize, end: usize, value: u64) -> Figure {
        Figure {
            first: start,
            last: end,
            start,
            end,
            low: Some(value),
            high: Some(value),
            approx: false,
            bound: Bound::Exact,
            spelled: false,
            scale: 1,
            bare: false,
            count: value > 0,
        }
    }

    fn skipped(start: usize, end: usize) -> Figure {
        Figure {
            count: false,
            ..Figure::exact(start, end, 0)
        }
    }

    fn value(&self) -> Option<u64> {
        self.low.or(self.high)
    }
}

/// The tokens of one sentence with the marks the passes share.
struct Scan<'a, 't> {
    tokens: &'a [Token<'t>],
    /// Tokens no pass may read: inside a date claim, a URL, an address or a path.
    blocked: Vec<bool>,
    /// Tokens a pass already read.
    used: Vec<bool>,
}

impl Scan<'_, '_> {
    fn free(&self, i: usize) -> bool {
        i < self.tokens.len() && !self.blocked[i] && !self.used[i]
    }

    fn claim(&mut self, from: usize, to: usize) {
        self.used[from..to].iter_mut().for_each(|u| *u = true);
    }
}

/// How many tokens before a figure a pronoun for a count may stand ("waren es am Mittwochmittag
/// noch 23.967").
const PRONOUN_REACH: usize = 5;

/// Extracts the counts of a document. `dates` are the date claims already found: their words
/// are never counts.
pub fn extract(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    dates: &[Claim],
) -> Vec<Claim> {
    let tokens = SentenceTokens::new(&doc.text, sentences);
    extract_with(doc, sentences, lang, &tokens, dates)
}

/// [`extract`] over sentences already tokenised.
pub fn extract_with(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    sentence_tokens: &SentenceTokens,
    dates: &[Claim],
) -> Vec<Claim> {
    extract_tagged(doc, sentences, lang, sentence_tokens, None, dates)
}

/// [`extract_with`], with each sentence's concept tags when they are known already (read in
/// `lang`).
pub(crate) fn extract_tagged(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    sentence_tokens: &SentenceTokens,
    tags: Option<&[concept::Tags]>,
    dates: &[Claim],
) -> Vec<Claim> {
    let mut date_spans: Vec<[usize; 2]> = dates.iter().map(|d| d.span).collect();
    date_spans.sort_unstable();
    let mut topic = Topic::default();
    // The last sentence with a count.
    let mut counted_sentence: Option<usize> = None;
    // The dates by where they start, to find a sentence's dates without scanning them all.
    let mut by_start: Vec<usize> = (0..dates.len()).collect();
    by_start.sort_by_key(|&d| dates[d].span[0]);
    // A sentence's figures depend on it alone: found in parallel; what they count may depend
    // on the counts before them, so that part reads them in order.
    let figures = crate::par::map(sentences.len(), |i| {
        let sentence = &sentences[i];
        let first_date = date_spans
            .partition_point(|d| d[0] < sentence.start)
            .saturating_sub(1);
        let in_sentence: Vec<[usize; 2]> = date_spans[first_date..]
            .iter()
            .take_while(|d| d[0] < sentence.end)
            .filter(|d| d[1] > sentence.start)
            .copied()
            .collect();
        find_figures(&doc.text, &sentence_tokens[i], lang, &in_sentence)
    });
    // Claims are large: sized once, for at most one count per figure.
    let mut claims: Vec<Claim> = Vec::with_capacity(figures.iter().map(Vec::len).sum());
    for ((i, sentence), figures) in sentences.iter().enumerate().zip(figures) {
        if figures.is_empty() {
            continue;
        }
        let tokens = &sentence_tokens[i];
        // "… peaked at more than 36,000. By Sunday it had fallen to 26,324": with a pronoun for
        // a count, a figure without a noun continues the last count of the sentence before;
        // otherwise what the article counts most ("the total to reach about 10,000").
        let pronoun =
            |t: &Token| crate::extract::phrase::listed(lang.concepts.count_pronouns, &t.folded);
        let refers_back = counted_sentence.is_some_and(|k| k + 1 == i)
            && figures.iter().any(|f| {
                tokens[f.first.saturating_sub(PRONOUN_REACH)..f.first]
                    .iter()
                    .any(pronoun)
            });
        let best = claims
            .last()
            .filter(|_| refers_back)
            .and_then(|c| Some((c.counted.clone()?, c.qualifiers.entity.clone())))
            .filter(|(counted, _)| concept::is_known(&counted.concept))
            .or_else(|| topic.best(&claims));
        let from = by_start.partition_point(|&d| dates[d].span[0] < sentence.start);
        let to = by_start.partition_point(|&d| dates[d].span[0] < sentence.end);
        let mut in_order = by_start[from..to.max(from)].to_vec();
        in_order.sort_unstable();
        let sentence_dates: Vec<&Claim> = in_order.iter().map(|&d| &dates[d]).collect();
        let published = doc.published.map(|p| p.date);
        let tags = tags.map(|t| &t[i]);
        // The count a part opening a sentence ("Fünf von ihnen") is of: the last of people
        // among the article's last counts, else the last.
        let recent = &claims[claims.len().saturating_sub(3)..];
        let last = recent
            .iter()
            .rev()
            .find(|c| {
                c.counted
                    .as_ref()
                    .is_some_and(|n| concept::counts_people(&n.concept))
            })
            .or(recent.last())
            .and_then(|c| Some((c.counted.clone()?, c.qualifiers.entity.clone())));
        let counts = counts_of(
            &doc.text,
            tokens,
            lang,
            tags,
            figures,
            best.as_ref(),
            last.as_ref(),
        );
        for mut found in counts {
            let figure = tokens.partition_point(|t| t.end <= found.span[0]);
            if projection::projected(lang, tokens, figure, &sentence_dates, published) {
                found.qualifiers.scope = Some(crate::claim::Scope::PlannedTotal);
            }
            // "Police said 338,000 people were on the route": in a story that counts
            // protesters most, people with no outcome of their own, in a sentence that reports
            // a count or names a crowd or a protest, are its crowd ("a country of 54 million
            // people" is not).
            if found.counted.concept == "people"
                && found.qualifiers.event.is_none()
                && topic
                    .best(&claims)
                    .is_some_and(|(c, _)| c.concept == "protesters")
                && crowd_counted(lang, tokens)
            {
                found.counted.concept = "protesters".to_string();
            }
            let mut claim = Claim::new(ClaimKind::Count, doc, sentence, found.span);
            claim.quantity = Some(found.quantity);
            claim.counted = Some(found.counted);
            claim.qualifiers = found.qualifiers;
            claims.push(claim);
            topic.add(&claims);
            counted_sentence = Some(i);
        }
    }
    place_national(
        lang,
        sentences,
        sentence_tokens,
        &mut claims,
        ClaimKind::Count,
    );
    claims
}

/// Places the unplaced claims of `kind` in sentences that say "nationwide", "in the capital" or
/// "on Russian soil" in the article's country, its capital or the country named ([`national`]).
/// `claims` are in text order.
pub(crate) fn place_national(
    lang: &LangData,
    sentences: &[Sentence],
    sentence_tokens: &SentenceTokens,
    claims: &mut [Claim],
    kind: ClaimKind,
) {
    let country = national::article_country(claims);
    let mut i = 0;
    let mut last = None;
    for claim in claims.iter_mut() {
        if claim.kind != kind || claim.qualifiers.place.is_some() {
            continue;
        }
        while i + 1 < sentences.len() && sentences[i].end <= claim.span[0] {
            i += 1;
        }
        let place = national::extent_remembered(&mut last, lang, sentence_tokens, i)
            .and_then(|extent| national::place(extent, country));
        if let Some(place) = place {
            claim.qualifiers.place = Some(place.to_string());
        }
    }
}

/// True when a sentence reports a count (a reporting verb), names a crowd or a protest.
fn crowd_counted(lang: &LangData, tokens: &[Token]) -> bool {
    use crate::extract::phrase::listed;
    let c = &lang.concepts;
    tokens.iter().any(|t| {
        listed(c.reporting, &t.folded)
            || listed(c.crowds, &t.folded)
            || concept::event(lang, &t.folded) == Some("protested")
    })
}

/// What the document's counts so far count most often (the first met on a tie), with its
/// entity: what a figure without a noun in its own sentence counts ("The agency expects the
/// total to reach about 10,000", "3 000 d'entre eux").
#[derive(Default)]
struct Topic {
    /// Concept → how many counts, and the index of the first of them.
    seen: std::collections::HashMap<String, (usize, usize)>,
}

impl Topic {
    fn add(&mut self, claims: &[Claim]) {
        let Some((i, c)) = claims.iter().enumerate().next_back() else {
            return;
        };
        if let Some(counted) = &c.counted {
            let entry = self.seen.entry(counted.concept.clone()).or_insert((0, i));
            entry.0 += 1;
        }
    }

    fn best(&self, claims: &[Claim]) -> Option<(Counted, Option<String>)> {
        // On a tie, the concept met first: the lede's.
        let (_, &(_, i)) = self
            .seen
            .iter()
            .max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)))?;
        let claim = &claims[i];
        Some((claim.counted.clone()?, claim.qualifiers.entity.clone()))
    }
}

/// One count of a sentence, before it becomes a [`Claim`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    /// Bytes of the figure words, bound cues included.
    pub span: [usize; 2],
    /// The value.
    pub quantity: Quantity,
    /// What it counts.
    pub counted: Counted,
    /// Entity, place, scope and event of its clause.
    pub qualifiers: crate::claim::Qualifiers,
}

/// The counts of one sentence's tokens; `date_spans` are bytes no count may use. `topic` is
/// what the document's counts mostly count, for a figure without a noun in its sentence.
#[cfg(test)]
pub(crate) fn counts_in(
    text: &str,
    tokens: &[Token],
    lang: &LangData,
    date_spans: &[[usize; 2]],
    topic: Option<&(Counted, Option<String>)>,
) -> Vec<Found> {
    let figures = find_figures(text, tokens, lang, date_spans);
    counts_of(text, tokens, lang, None, figures, topic, None)
}

/// The counts of one sentence's `figures` (see [`counts_in`]).
fn counts_of(
    text: &str,
    tokens: &[Token],
    lang: &LangData,
    tags: Option<&concept::Tags>,
    figures: Vec<Figure>,
    topic: Option<&(Counted, Option<String>)>,
    last: Option<&(Counted, Option<String>)>,
) -> Vec<Found> {
    let mut found = Vec::new();
    let mut previous_end = 0;
    if figures.is_empty() {
        return found;
    }
    let tagged;
    let tags = match tags {
        Some(tags) => tags,
        None => {
            tagged = concept::Tags::new(lang, tokens);
            &tagged
        }
    };
    // The count a part belongs to while its parts are listed: "739 interpellations, dont 60
    // femmes", "tra cui 50 minorenni e 39 membri".
    let mut whole: Option<Counted> = None;
    // "five of the six crew members had died": the first figure is a part of the second, which
    // names the noun; the outcome is the part's, the whole stays what its noun counts.
    let part_of_next: Vec<bool> = figures
        .windows(2)
        .map(|pair| part_of_figure(lang, tokens, &pair[0], &pair[1]))
        .chain([false])
        .collect();
    for (i, figure) in figures.iter().enumerate() {
        let whole_of_previous = i > 0 && part_of_next[i - 1];
        let listed_on = figure.first > 0
            && tokens[figure.first - 1].kind != TokenKind::Number
            && (tokens[figure.first - 1].is(",")
                || crate::extract::phrase::listed(
                    lang.attribution.conjunctions,
                    &tokens[figure.first - 1].folded,
                ));
        if concept::included_before(lang, tokens, figure.first) {
            whole = found.last().map(|f: &Found| f.counted.clone());
        } else if !listed_on {
            whole = None;
        }
        let part = concept::part_follows(lang, tokens, figure.last);
        let noun_found = if part_of_next[i] {
            noun_of(lang, tokens, &figures[i + 1], previous_end)
        } else {
            noun_of(lang, tokens, figure, previous_end)
        };
        let borrowed_noun = noun_found.is_none();
        let (noun, counted, borrowed) = match noun_found {
            Some((noun, counted)) => (noun, counted, None),
            // A figure without a noun continues the count before it, when that one counts a
            // concept the lexicon knows (never "47 milles" for "en comptent 78"); a part ("Fünf
            // von ihnen") the last count of the article.
            // A figure whose own verb after it, or else the verb before it, states an outcome
            // counts that outcome ("et 40 ont été blessées", "quake kills at least 820", "a
            // évacué 3 000"), before any count it might continue.
            None => match concept::outcome_after(lang, tokens, figure.end)
                .or_else(|| concept::outcome_before(lang, tokens, figure.first))
                .or_else(|| concept::crowd_near(lang, tokens, tags, figure.first, figure.end))
                .filter(|_| !part)
                .map(|counted| (counted, None))
                .or_else(|| {
                    found
                        .iter()
                        .rev()
                        .find(|f: &&Found| part && concept::counts_people(&f.counted.concept))
                        .or(found.last())
                        .map(|f: &Found| (f.counted.clone(), f.qualifiers.entity.clone()))
                })
                .or_else(|| if part { last.cloned() } else { None })
                .or_else(|| topic.cloned())
                .filter(|(counted, _)| concept::is_known(&counted.concept))
            {
                Some((counted, entity)) => (figure.start, counted, entity),
                None => continue,
            },
        };
        previous_end = figure.last;
        let mut qualifiers =
            concept::clause_qualifiers(lang, tokens, tags, [figure.start, figure.end], noun);
        // "has killed at least 820 people": the verb the figure is the object of.
        if (noun < figure.end || !concept::modified(lang, tokens, figure.end, noun))
            && let Some(event) = concept::predicate_before(lang, tokens, figure.first)
        {
            qualifiers.event = Some(event.to_string());
        }
        // "et 40 ont été blessées": a figure without a noun is what its own verb says of it,
        // not what the clause's first verb says.
        if borrowed_noun && let Some((_, event)) = concept::event_after(lang, tokens, figure.end) {
            qualifiers.event = Some(event.to_string());
        }
        if qualifiers.entity.is_none() {
            qualifiers.entity = borrowed;
        }
        // The whole of a part keeps what its noun counts: the six crew, not six deaths; unless
        // the outcome is its noun's own ("los cinco tripulantes fallecidos").
        let own_outcome = concept::modified(lang, tokens, figure.end, noun)
            || concept::participle_after(lang, tokens, noun);
        if whole_of_previous && !own_outcome {
            qualifiers.event = None;
        }
        if qualifiers.entity.is_none() && more_of_the_same(lang, tokens, figure, noun) {
            // "Tausende weitere Soldaten", "altre migliaia": the entity of the earlier count.
            qualifiers.entity = found
                .iter()
                .rev()
                .map(|f| (&f.counted, &f.qualifiers.entity))
                .chain(topic.map(|(c, e)| (c, e)))
                .find(|(c, e)| c.concept == counted.concept && e.is_some())
                .and_then(|(_, e)| e.clone());
        }
        let mut counted = if borrowed_noun {
            concept::refine_part(lang, tokens, counted, &mut qualifiers)
        } else {
            concept::refine(lang, tokens, counted, &mut qualifiers)
        };
        if let Some(whole) = &whole {
            counted = concept::part_of(whole, counted);
        }
        // "Unter den Toten sind 47 Kinder", "four children were among the dead": a part of the
        // count the preposition names, counting what it counts.
        let among = (whole.is_none() && !borrowed_noun)
            .then(|| concept::among_whole(lang, tokens, figure.first, figure.last, noun))
            .flatten()
            .and_then(|w| {
                let part = concept::part_of(&w, counted.clone());
                (part.concept == w.concept).then_some(part)
            });
        let in_among = among.is_some();
        if let Some(part) = among {
            counted = part;
        }
        // "398 morts ou disparus": a noun joined to another outcome counts both.
        if !borrowed_noun
            && let Some((_, "dead or missing")) = tags.event_phrase(lang, tokens, noun)
        {
            counted.concept = "dead or missing".to_string();
        }
        // "un centre prévu pour 400 personnes": people a place is built for are its places.
        if concept::counts_people(&counted.concept)
            && concept::capacity_before(lang, tokens, figure.first)
        {
            counted.concept = "places".to_string();
        }
        // "dont 60 femmes", "34 davon": a part is never set against the whole it belongs to.
        // "16 weitere Tote", "58 nouveaux décès", "otros 28 cuerpos": an increment is some of
        // the toll, never set against it.
        let increment = more_of_the_same(lang, tokens, figure, noun);
        if part
            || whole.is_some()
            || in_among
            || part_of_next[i]
            || increment
            || some_of_the(lang, tokens, figure.last)
        {
            qualifiers.scope = Some(crate::claim::Scope::Part);
            // "dont 60 femmes", "Four children were among the dead": a part that names a kind
            // of people is that kind's count of the outcome.
            // The part of a whole of one kind ("five of the six crew") is no breakdown.
            let own = (!borrowed_noun && !part_of_next[i])
                .then(|| concept::noun_phrase_kind(lang, tokens, figure.last, noun))
                .flatten()
                .filter(|k| *k != counted.concept);
            if qualifiers.who.is_none() && concept::OUTCOMES.contains(&counted.concept.as_str()) {
                qualifiers.who = own.map(str::to_string);
            }
        }
        let span = [tokens[figure.first].start, tokens[figure.last - 1].end];
        found.push(Found {
            span,
            quantity: Quantity {
                low: figure.low,
                high: figure.high,
                approx: figure.approx,
                bound: figure.bound,
                text: text[span[0]..span[1]].to_string(),
            },
            counted,
            qualifiers,
        });
    }
    mark_summed_parts(&mut found);
    keep_shared_kinds(&mut found);
    found
}

/// Keeps the kind of people (`who`) of a list's item only where a neighbouring item has a kind
/// too and counts the same outcome with the same predicate: "41 policiers et 47 civils tués"
/// is a breakdown of one toll; in "a tué 10 soldats et blessé 5 civils" each figure is an
/// outcome of its own, and the soldiers killed are not a part of anything. A part's kind
/// ("dont 60 femmes") stays.
fn keep_shared_kinds(found: &mut [Found]) {
    let listed = |f: &Found| {
        f.qualifiers.who.is_some() && f.qualifiers.scope != Some(crate::claim::Scope::Part)
    };
    let shared = |a: &Found, b: &Found| {
        b.qualifiers.who.is_some()
            && a.counted.concept == b.counted.concept
            && a.qualifiers.event == b.qualifiers.event
    };
    let keep: Vec<bool> = (0..found.len())
        .map(|i| {
            !listed(&found[i])
                || (i > 0 && shared(&found[i], &found[i - 1]))
                || found.get(i + 1).is_some_and(|next| shared(&found[i], next))
        })
        .collect();
    for (f, keep) in found.iter_mut().zip(keep) {
        if !keep {
            f.qualifiers.who = None;
        }
    }
}

/// The most figures a breakdown of a total lists ("six Azerbaijanis - four police officers and
/// two road workers", "81 Verletzte – 57 Männer und 24 Frauen").
const MAX_SUMMANDS: usize = 4;

/// Marks as parts the figures of a sentence that add up, right after or right before it, to
/// another exact figure of the sentence: a breakdown of a total is never set against it. The
/// parts are kinds of what the total counts (men and women of the injured, officers and workers
/// of the dead), never another outcome beside it ("10 morts, 20 blessés et 30 disparus").
fn mark_summed_parts(found: &mut [Found]) {
    let exact = |f: &Found| {
        let q = &f.quantity;
        (!q.approx && q.low == q.high).then_some(q.low).flatten()
    };
    let values: Vec<Option<u64>> = found.iter().map(exact).collect();
    let outcome = |k: usize| {
        let c = found[k].counted.concept.as_str();
        concept::OUTCOMES.contains(&c).then_some(c)
    };
    let adds_up = |total: usize, run: std::ops::Range<usize>| {
        let Some(sum_to) = values[total] else {
            return false;
        };
        let kinds = run
            .clone()
            .all(|k| outcome(k).is_none_or(|o| Some(o) == outcome(total)));
        kinds
            && values[run].iter().try_fold(0u64, |sum, v| {
                v.filter(|&v| v > 0 && v < sum_to)
                    .and_then(|v| sum.checked_add(v))
            }) == Some(sum_to)
    };
    let mut parts = vec![false; found.len()];
    for i in 0..found.len() {
        for n in 2..=MAX_SUMMANDS {
            if i + n < found.len() && adds_up(i, i + 1..i + 1 + n) {
                parts[i + 1..i + 1 + n].iter_mut().for_each(|p| *p = true);
            }
            if i >= n && adds_up(i, i - n..i) {
                parts[i - n..i].iter_mut().for_each(|p| *p = true);
            }
        }
    }
    for (f, part) in found.iter_mut().zip(parts) {
        if part {
            f.qualifiers.scope = Some(crate::claim::Scope::Part);
        }
    }
}

/// True when the figure ending before token `end` is followed by "of the" and a known noun
/// ("323 of the dead", "six des blessés", "100 der Toten", "40 dos mortos"): some of a count
/// the article gives whole, not another count of the same thing. A bare "of" ("millions of
/// people") is no part.
fn some_of_the(lang: &LangData, tokens: &[Token], end: usize) -> bool {
    let listed = |list: &[&str], k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| crate::extract::phrase::listed(list, &t.folded))
    };
    let a = &lang.attribution;
    let with_article = listed(a.genitives, end)
        && (!listed(lang.numbers.links, end) || listed(a.determiners, end + 1));
    let noun = if listed(a.determiners, end + 1) {
        end + 2
    } else {
        end + 1
    };
    with_article
        && tokens
            .get(noun)
            .is_some_and(|t| concept::concept(lang, &t.folded).is_some())
}

/// True when `whole` follows `part` across only a genitive link and determiners ("five of the
/// six", "cinq des six", "Fünf der sechs", "tres de los cinco"), or an English possessive of
/// one or two words ("1,360 of Puerto Rico's 1,600 towers", "40 of the island's 78
/// municipalities"): `part` counts some of it.
fn part_of_figure(lang: &LangData, tokens: &[Token], part: &Figure, whole: &Figure) -> bool {
    let between = &tokens[part.last.min(whole.first)..whole.first];
    let determiner =
        |t: &Token| crate::extract::phrase::listed(lang.attribution.determiners, &t.folded);
    let Some((link, rest)) = between.split_first() else {
        return false;
    };
    if !concept::is_genitive_link(lang, link) {
        return false;
    }
    let rest = match rest {
        [owner @ .., apostrophe, s]
            if matches!(apostrophe.text, "'" | "’") && s.text == "s" && !owner.is_empty() =>
        {
            let named = owner.iter().skip_while(|t| determiner(t)).count();
            if !(1..=2).contains(&named) || owner.iter().any(|t| t.kind != TokenKind::Word) {
                return false;
            }
            &owner[..owner.len() - named]
        }
        _ => rest,
    };
    rest.len() <= 2 && rest.iter().all(determiner)
}

/// True when an "additional" word stands right before the figure or between it and its noun:
/// "altre migliaia", "Tausende weitere Soldaten", "3,000 more troops".
fn more_of_the_same(lang: &LangData, tokens: &[Token], figure: &Figure, noun: usize) -> bool {
    let additional = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| crate::extract::phrase::listed(lang.concepts.additional, &t.folded))
    };
    (figure.first > 0 && additional(figure.first - 1)) || (figure.last..noun).any(additional)
}

/// Every count-like figure of a sentence, in text order, with its bound and range resolved and
/// the non-counts removed.
fn find_figures(
    text: &str,
    tokens: &[Token],
    lang: &LangData,
    date_spans: &[[usize; 2]],
) -> Vec<Figure> {
    let mut scan = Scan {
        tokens,
        blocked: filters::blocked(text, tokens, date_spans),
        used: vec![false; tokens.len()],
    };
    let mut figures = digits::find(text, &mut scan, &lang.numbers);
    words::collectives(&mut scan, lang, &mut figures);
    words::spelled(&mut scan, lang, &mut figures);
    words::ones(&mut scan, lang, &mut figures);
    figures.sort_by_key(|f| f.start);
    let figures = bounds::resolve(tokens, &lang.numbers, figures);
    filters::counts(tokens, lang, figures)
}

/// The token and the counted noun of a figure: the noun after it ("1 500 soldats", "des
/// milliers de soldats", "à 8 000 le nombre de soldats"), else a known counted noun before it in
/// its clause, since the previous figure (`since`).
fn noun_of(
    lang: &LangData,
    tokens: &[Token],
    figure: &Figure,
    since: usize,
) -> Option<(usize, Counted)> {
    let mut from = figure.last;
    // "un solo decesso", "un seul mort": the noun after the word for "single".
    if figure.value() == Some(1)
        && tokens
            .get(from)
            .is_some_and(|t| crate::extract::phrase::listed(lang.numbers.single, &t.folded))
    {
        from += 1;
    }
    // "34 davon", "two of them": a part of the count before, with no noun of its own.
    if concept::part_follows(lang, tokens, from) {
        return None;
    }
    // « plus de 2 millions » de manifestants, 450 « émeutiers »: a quote may stand before the
    // noun.
    while tokens
        .get(from)
        .is_some_and(|t| is_closing_quote(t.text) || matches!(t.text, "«" | "“" | "„"))
    {
        from += 1;
    }
    while from < tokens.len()
        && crate::extract::phrase::listed(lang.numbers.links, &tokens[from].folded)
    {
        from += 1;
    }
    if let Some(n) = crate::extract::phrase::word_at(lang.concepts.number_of, tokens, from) {
        from += n;
    }
    if concept::between_kinds(lang, tokens, from) {
        from += 1;
    }
    if let Some(found) = concept::counted_after(lang, tokens, from) {
        return Some(found);
    }
    // "Deux personnes sont mortes et 40 ont été blessées": a figure whose own verb states an
    // outcome counts that outcome, not the noun of the figure before it;
    // "Migrant boat breaks apart, killing at least 59": so does the verb right before it; the
    // noun earlier in the clause is another thing.
    if concept::outcome_after(lang, tokens, figure.end).is_some()
        || concept::outcome_before(lang, tokens, figure.first).is_some()
    {
        return None;
    }
    let clause = concept::clause_start(lang, tokens, figure.first).max(since);
    concept::counted_before(lang, tokens, clause, figure.first)
}

fn is_closing_quote(text: &str) -> bool {
    matches!(text, "»" | "\"" | "”" | "’" | "'")
}
