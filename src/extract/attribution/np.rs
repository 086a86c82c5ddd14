//! Source names around cue words: the noun phrase before a reporting verb ("Les renseignements
//! sud-coréens ont annoncé"), after "selon" or an inverted verb, and what it names.

use super::{Analysis, AttributionWords, Chain, unknown};
use crate::claim::{Source, SourceKind};
use crate::token::{Token, TokenKind};

/// The longest source name, in tokens, that is read without a gazetteer match.
const MAX_WORDS: usize = 8;

/// What a noun phrase names.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Np {
    /// One source, or several joined by a conjunction ("Moscou et Pyongyang").
    Sources(Vec<Source>),
    /// A pronoun ("il", "they"): the previous source.
    Pronoun,
    /// A phrase that refers back with "same" ("la misma fuente", "the same source"): the
    /// previous source, written as the phrase (without its articles).
    Same(String),
}

/// True when `folded` is in the sorted `table`.
#[inline]
pub(crate) fn has(table: &[&str], folded: &str) -> bool {
    crate::extract::phrase::listed(table, folded)
}

/// True for a comma, semicolon, colon, period, bracket or quotation mark: what ends a name.
pub(crate) fn is_break(t: &Token) -> bool {
    t.kind == TokenKind::Punct && !matches!(t.text, "'" | "’" | "&")
}

/// The length in tokens of the title at token `k` ("porte-parole", "secrétaire général"), or
/// of a compound ending in one ("Pentagon-Sprecherin", "NATO-Generalsekretär").
pub(crate) fn is_title(titles: &[&'static str], tokens: &[Token], k: usize) -> Option<usize> {
    crate::extract::phrase::word_at(titles, tokens, k).or_else(|| {
        let (_, last) = tokens[k].folded.rsplit_once('-')?;
        has(titles, last).then_some(1)
    })
}

/// True when token `t` is written as a common noun may be: in lower case, or in a language
/// whose nouns all take a capital (German "Liste", "Bilanz").
pub(crate) fn common_noun_case(lang: &crate::lang::LangData, t: &Token) -> bool {
    !t.text.starts_with(char::is_uppercase) || lang.concepts.capitalised_nouns
}

/// True for a word of two or more letters all in capitals ("IHR", "OMS"): a name's acronym,
/// even where its letters spell a determiner ("ihr").
pub(crate) fn is_acronym(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && t.text.chars().count() >= 2
        && t.text.chars().all(|c| c.is_uppercase())
}

/// The acronym in parentheses right at token `at` ("(KNCHR)"): two to eight capitals, with
/// lower-case letters inside ("DoDMA") but not at its start.
fn acronym_after<'t>(tokens: &[Token<'t>], at: usize) -> Option<&'t str> {
    let [open, word, close] = tokens.get(at..at + 3)? else {
        return None;
    };
    let letters = word.text.chars().count();
    let capitals = word.text.chars().filter(|c| c.is_uppercase()).count();
    (open.text == "("
        && close.text == ")"
        && word.kind == TokenKind::Word
        && (2..=8).contains(&letters)
        && capitals >= 2
        && word.text.starts_with(char::is_uppercase))
    .then_some(word.text)
}

/// True for a separator between the digit groups of one figure ("1.300" is "1", ".", "300").
pub(crate) fn inside_number(tokens: &[Token], k: usize) -> bool {
    k > 0
        && k + 1 < tokens.len()
        && matches!(tokens[k].text, "." | ",")
        && tokens[k - 1].kind == TokenKind::Number
        && tokens[k + 1].kind == TokenKind::Number
        && tokens[k - 1].end == tokens[k].start
        && tokens[k].end == tokens[k + 1].start
}

/// True for a period inside an initialism ("U.S."), which does not end a name.
fn initialism_dot(tokens: &[Token], k: usize) -> bool {
    tokens[k].text == "."
        && k > 0
        && tokens[k - 1].text.chars().count() == 1
        && tokens[k - 1].text.chars().all(char::is_uppercase)
        && tokens[k - 1].end == tokens[k].start
}

/// The noun phrase that ends just before token `end`: back to a break, a stop word or a
/// complementizer. Returns its token range, possibly empty.
pub(crate) fn before(words: &AttributionWords, tokens: &[Token], end: usize) -> (usize, usize) {
    let mut k = end;
    while k > 0 {
        let t = &tokens[k - 1];
        // A parenthesis belongs to the name before it: "Service national du renseignement (NIS)".
        if t.text == ")"
            && let Some(open) = tokens[..k - 1].iter().rposition(|o| o.text == "(")
            && k - 1 - open <= 4
        {
            k = open;
            continue;
        }
        let stop = (is_break(t) && !initialism_dot(tokens, k - 1))
            || has(words.stops, &t.folded)
            || has(words.complementizers, &t.folded)
            || has(words.coordinators, &t.folded)
            || has(words.verbs, &t.folded)
            || has(words.weak_verbs, &t.folded)
            || words.is_stem_form(&t.folded);
        if stop || end - k >= MAX_WORDS + 2 {
            break;
        }
        k -= 1;
        // Before a postposition, an article after a lowercase word (a verb, an adverb) opens
        // the phrase: "In Lebensgefahr schweben den Ärzten zufolge" is "den Ärzten"'s; after a
        // noun it is a genitive inside it ("dem Ministerium der Verteidigung zufolge").
        let opens = tokens
            .get(end)
            .is_some_and(|t| has(words.postpositions, &t.folded))
            && has(words.determiners, &tokens[k].folded)
            && k > 0
            && tokens[k - 1].kind == TokenKind::Word
            && !tokens[k - 1].text.starts_with(char::is_uppercase);
        if opens {
            break;
        }
    }
    trim(words, tokens, k, end)
}

/// The noun phrase that starts at token `start`: on to a break, a stop word, a number or a
/// complementizer. Returns its token range, possibly empty.
pub(crate) fn after(words: &AttributionWords, tokens: &[Token], start: usize) -> (usize, usize) {
    let mut k = start;
    while k < tokens.len() {
        let t = &tokens[k];
        if t.text == "("
            && k > start
            && let Some(close) = tokens[k..].iter().position(|c| c.text == ")")
            && close <= 4
        {
            k += close + 1;
            continue;
        }
        let stop = (is_break(t) && !initialism_dot(tokens, k))
            || (k > start && has(words.stops, &t.folded))
            || has(words.complementizers, &t.folded)
            || has(words.coordinators, &t.folded)
            || t.kind == TokenKind::Number
            || (has(words.conjunctions, &t.folded)
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.kind == TokenKind::Number));
        if stop || k - start > MAX_WORDS + 2 {
            break;
        }
        k += 1;
    }
    trim(words, tokens, start, k)
}

/// Drops leading determiners and conjunctions, and trailing conjunctions.
fn trim(
    words: &AttributionWords,
    tokens: &[Token],
    mut from: usize,
    mut to: usize,
) -> (usize, usize) {
    while from < to
        && !is_acronym(&tokens[from])
        && (has(words.determiners, &tokens[from].folded)
            || has(words.conjunctions, &tokens[from].folded))
    {
        from += 1;
    }
    while to > from && has(words.conjunctions, &tokens[to - 1].folded) {
        to -= 1;
    }
    (from, to)
}

impl Analysis<'_> {
    /// The noun phrase before token `end` of sentence `i` (see [`before`]) after the last date
    /// or time phrase in it. A phrase that is only a date is no subject: "Moscú, que la
    /// semana pasada negó" gives the empty range right after "que", so that the relative's
    /// antecedent is read.
    pub fn subject_before(&self, i: usize, end: usize) -> (usize, usize) {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        // A date between the subject and its final verb is no subject: "wie die
        // Provinzregierung am Montag mitteilte".
        let mut end = end;
        while words.verb_second && end > 0 && self.date_tokens[i][end - 1] {
            end -= 1;
        }
        let (mut from, to) = before(words, tokens, end);
        // A fronted date is no part of the subject after it: "La sera del 15 luglio il
        // distretto parlava", "Late on Friday the health ministry published".
        if let Some(last) = (from..to).rev().find(|&j| self.date_tokens[i][j])
            && last + 1 < to
        {
            from = last + 1;
        }
        let (f, t) = self.without_dates(i, from, to);
        if f < t {
            return (f, t);
        }
        let mut k = from;
        while k > 0 && (self.date_tokens[i][k - 1] || has(words.determiners, &tokens[k - 1].folded))
        {
            k -= 1;
        }
        (k, k)
    }

    /// Tokens `from..to` of sentence `i` without the date or time phrases at their ends ("la
    /// semana pasada", "in 2019", "mercoledì"), articles trimmed again.
    pub fn without_dates(&self, i: usize, mut from: usize, mut to: usize) -> (usize, usize) {
        let dated = &self.date_tokens[i];
        while from < to && dated[from] {
            from += 1;
        }
        while to > from && dated[to - 1] {
            to -= 1;
        }
        trim(&self.lang.attribution, &self.tokens[i], from, to)
    }

    /// What tokens `from..to` of sentence `i` name: gazetteer sources (several when joined by
    /// a conjunction), a near spelling of a long name, a pronoun, or an unknown source as
    /// written. `None` for an empty or overlong phrase.
    pub fn resolve(&self, i: usize, from: usize, to: usize) -> Option<Np> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        // A date or a time is never a source: "la semana pasada negó", "in 2019 told".
        let (mut from, mut to) = self.without_dates(i, from, to);
        if from >= to {
            return None;
        }
        // "la misma fuente", "the same source": the previous source; "(in mattinata) la stessa
        // Levine Cava": the name the word stresses.
        // A German genitive article may hold the word itself and stand before the phrase read:
        // "Angaben derselben Quelle".
        let opened = from
            .checked_sub(1)
            .filter(|&k| has(words.same, &tokens[k].folded));
        if let Some(k) = opened.or_else(|| {
            (from..to).find(|&k| {
                has(words.same, &tokens[k].folded)
                    && (k == from || has(words.determiners, &tokens[k - 1].folded))
            })
        }) {
            // A capital opens a name, except on a German noun: a known name must follow there.
            let name = k + 1 < to
                && tokens[k + 1].text.starts_with(char::is_uppercase)
                && (!words.verb_second
                    || !self
                        .mentions_in(tokens[k + 1].start, tokens[to - 1].end)
                        .is_empty());
            // "at the same time the police": "same" qualifies another noun, the subject follows.
            let other_phrase = (k + 1..to).any(|j| has(words.determiners, &tokens[j].folded));
            if name {
                from = k + 1;
            } else if !other_phrase && to - k <= 2 {
                let text = &self.doc.text[tokens[k].start..tokens[to - 1].end];
                return Some(Np::Same(text.to_string()));
            } else if !other_phrase {
                // "on the same day officials": "same" qualifies the noun after it, the subject
                // follows that noun.
                from = k + 2;
            }
        }
        // "Western officials now", "Prokudin dagegen", "des Roten Halbmonds etwa": an adverb or
        // a bound after a name is the clause's, not the name's.
        let trailing = |t: &Token| {
            let f = t.folded.as_str();
            t.kind == TokenKind::Word
                && !t.text.starts_with(char::is_uppercase)
                && (has(self.lang.dates.adverbs, f)
                    || has(self.lang.dates.present_cues, f)
                    || crate::extract::date::scan::lookup(self.lang.numbers.bounds_before, f)
                        .is_some())
        };
        // "le comté en recensait", "la police le confirme": an object pronoun before the verb.
        let clitic =
            |t: &Token| has(words.clitics, &t.folded) && !t.text.starts_with(char::is_uppercase);
        // A name never ends in a preposition or an article: "el parte nacional del".
        let dangling = |t: &Token| {
            !is_acronym(t) && (has(words.genitives, &t.folded) || has(words.determiners, &t.folded))
        };
        while to > from + 1
            && (trailing(&tokens[to - 1]) || clitic(&tokens[to - 1]) || dangling(&tokens[to - 1]))
        {
            to -= 1;
        }
        // "Iran Human Rights (IHR)": the acronym in parentheses after a name repeats it.
        let acronym = (to >= from + 4)
            .then(|| acronym_after(tokens, to - 3))
            .flatten();
        if acronym.is_some() {
            to -= 3;
        }
        // "lo que indica", "ce qui montre": a pronoun alone names no one; nor does a
        // participle that describes the subject ("L'aggiornamento, diffuso mercoledì, parlava").
        // Nor does a function word ("…, with an estimated 39").
        let function_word = |t: &Token| {
            !t.text.starts_with(char::is_uppercase)
                && !has(words.pronouns, &t.folded)
                && crate::extract::phrase::listed(self.lang.concepts.stops, &t.folded)
        };
        if to - from == 1
            && (has(words.clitics, &tokens[from].folded)
                || has(self.lang.stance.anaphors, &tokens[from].folded)
                || has(words.publication_participles, &tokens[from].folded)
                || function_word(&tokens[from]))
        {
            return None;
        }
        // "the figure it announced": the subject is the pronoun that ends the phrase.
        if has(words.pronouns, &tokens[to - 1].folded) {
            return Some(Np::Pronoun);
        }
        let (start, end) = (tokens[from].start, tokens[to - 1].end);
        let text = &self.doc.text[start..end];
        let named: Vec<_> = self
            .mentions_in(start, end)
            .iter()
            .filter(|m| m.end <= end)
            .collect();
        if !named.is_empty() {
            let joined = tokens[from..to]
                .iter()
                .any(|t| has(words.conjunctions, &t.folded) || t.text == ",");
            let sources: Vec<Source> = if joined {
                let mut out: Vec<Source> = Vec::new();
                for m in &named {
                    if !out
                        .iter()
                        .any(|s| s.canonical == self.gazetteer.entry(m.entry).canonical)
                    {
                        out.push(
                            self.gazetteer
                                .source(m.entry, &self.doc.text[m.start..m.end]),
                        );
                    }
                }
                out
            } else {
                // A person named in the phrase speaks ("NATO chief Mark Rutte"); else the
                // longest name is the head ("South Korea's National Intelligence Service").
                let best = named
                    .iter()
                    .find(|m| self.gazetteer.entry(m.entry).kind == SourceKind::Person)
                    .or_else(|| named.iter().rev().max_by_key(|m| m.end - m.start))
                    .unwrap_or(&named[0]);
                let last = self.name_end(i, best.end, to);
                // A person's title is not part of their name: "ambassadeur Gueorgui Zinoviev".
                let person = self.gazetteer.entry(best.entry).kind == SourceKind::Person;
                let first = if person || !self.leads_to_name(i, from, best.start) {
                    best.start
                } else {
                    start
                };
                let written = &self.doc.text[first..tokens[last - 1].end.max(best.end)];
                vec![self.gazetteer.source(best.entry, written)]
            };
            return Some(Np::Sources(sources));
        }
        if let Some(entry) = self.name_around_nationality(i, from, to) {
            return Some(Np::Sources(vec![self.gazetteer.source(entry, text)]));
        }
        if let Some(entry) = self.body_referred(i, from, to) {
            return Some(Np::Sources(vec![self.gazetteer.source(entry, text)]));
        }
        let near = tokens[from..to].iter().find_map(|t| {
            let capital = t.text.chars().next().is_some_and(char::is_uppercase);
            capital.then(|| self.gazetteer.near(t.text)).flatten()
        });
        if let Some(entry) = near {
            return Some(Np::Sources(vec![self.gazetteer.source(entry, text)]));
        }
        if let Some(country) = self.estimate_country(i, from, to) {
            return Some(Np::Sources(vec![
                self.gazetteer.government_of(country, text),
            ]));
        }
        if let Some(country) = self.country_speaking(i, from, to) {
            return Some(Np::Sources(vec![
                self.gazetteer.government_of(country, text),
            ]));
        }
        // A role is named at length: "chercheur de l'Institut coréen pour l'unification
        // nationale".
        let titled = is_title(words.titles, tokens, from).is_some();
        if to - from > MAX_WORDS && !(titled && to - from <= MAX_WORDS + 2) {
            return None;
        }
        // A source is a name or a noun phrase: never a fragment with a figure in it ("to the
        // 43", "62 anos"), one that opens with a preposition, or words too short to name anyone
        // ("come", "em").
        // A number in words counts too ("lists six helicopters", "listet sechs zerstörte
        // Hubschrauber": the object, not the speaker).
        let spelled = |t: &Token| {
            self.lang
                .dates
                .number_words
                .iter()
                .any(|(w, n)| *n > 1 && *w == t.folded.as_str())
        };
        let fragment = tokens[from..to]
            .iter()
            .any(|t| t.kind == TokenKind::Number || spelled(t))
            || [
                words.genitives,
                words.recipients,
                words.agents,
                words.complementizers,
            ]
            .iter()
            .any(|list| has(list, &tokens[from].folded))
            || tokens[from..to].iter().all(|t| {
                t.text.chars().all(|c| !c.is_uppercase())
                    && t.text.chars().filter(|c| c.is_alphabetic()).count() < 4
            })
            // A clause, not a name: "dont une équipe est présente à Derna depuis", "le
            // président s'est".
            || tokens[from..to].iter().any(|t| {
                t.kind == TokenKind::Word
                    && !t.text.starts_with(char::is_uppercase)
                    && ((has(words.relatives, &t.folded)
                        && !has(words.determiners, &t.folded)
                        && !has(words.genitives, &t.folded))
                        || has(words.auxiliaries, &t.folded)
                        || self.is_clause_verb(t)
                        || has(self.lang.stance.reflexives, &t.folded)
                        || has(words.complementizers, &t.folded))
            });
        if fragment {
            return None;
        }
        if self.names_a_figure(i, from, to) {
            // "les chiffres officiels", "el balance policial": the adjective names the author.
            // "estimations non officielles", "cifras no oficiales": a negated adjective names
            // no author.
            let negations = self.lang.stance.negations;
            let author = (from..to).find_map(|k| {
                if k > from && has(negations, &tokens[k - 1].folded) {
                    return None;
                }
                let canonical =
                    crate::extract::phrase::lookup(words.figure_authors, &tokens[k].folded)?;
                self.gazetteer.find_canonical(canonical)
            });
            if let Some(entry) = author {
                return Some(Np::Sources(vec![self.gazetteer.source(entry, text)]));
            }
            let unsourced = tokens[from..to].iter().any(|t| {
                has(words.unsourced, &t.folded) || has(self.lang.stance.negations, &t.folded)
            });
            if unsourced || !self.after_according(i, from) {
                return None;
            }
        }
        let name = self.after_title(i, from, to);
        let mut source = unknown(&self.doc.text[tokens[name].start..end]);
        // A body no gazetteer knows is named by its acronym, which news copy keeps in every
        // language ("Comissão Nacional de Direitos Humanos do Quênia (KNCHR)", "la KNCHR"); a
        // person's party or state in parentheses is not their name ("Olaf Scholz (SPD)").
        let body = tokens[from..to]
            .iter()
            .any(|t| words.is_institution(&t.folded));
        if body && let Some(acronym) = acronym.or_else(|| acronym_after(tokens, to)) {
            source.canonical = acronym.to_string();
            source.chain = vec![acronym.to_string()];
        }
        Some(Np::Sources(vec![source]))
    }

    /// True for a conditional, subjunctive or hedging verb form ("sarebbero", "seien",
    /// "soll"): a clause's verb, never part of a name.
    fn is_clause_verb(&self, t: &Token) -> bool {
        crate::extract::stance::is_conditional(self.lang, t)
            || has(self.lang.stance.hedges, &t.folded)
    }

    /// True when an "according to" or a citing cue ends right before token `from` of sentence
    /// `i`, articles aside: "selon le bilan officiel", "nach saudischen Angaben", "citing a
    /// report". What follows such a cue is how the article names its source, even when it
    /// names only the figures.
    fn after_according(&self, i: usize, from: usize) -> bool {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let mut end = from;
        while end > 0 && has(words.determiners, &tokens[end - 1].folded) {
            end -= 1;
        }
        (end.saturating_sub(4)..end).any(|k| {
            [
                words.according_to,
                words.according_named,
                words.according_estimates,
                words.citing,
            ]
            .iter()
            .any(|cues| crate::extract::phrase::word_at(cues, tokens, k) == Some(end - k))
        })
    }

    /// True when tokens `from..to` of sentence `i`, which name no known party, speak of a
    /// figure or a report rather than of who gives it: a figure, report or estimate noun in
    /// lower case and no capitalised word, title or institution ("gives a slightly different
    /// count:", "andere Zahlen nennen", "cifras oficiales indican"). Such a phrase is the
    /// subject or object of a reporting verb only as the figure's carrier: its author is
    /// elsewhere, or named by an adjective ([`AttributionWords::figure_authors`]).
    fn names_a_figure(&self, i: usize, from: usize, to: usize) -> bool {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let figure = |t: &Token| {
            has(words.figure_nouns, &t.folded)
                || has(words.report_nouns, &t.folded)
                || has(words.estimates, &t.folded)
        };
        // A capital opens a sentence or a German noun, and a figure noun in capitals is still a
        // figure: other capitals, titles, institutions and nationalities name a party ("nach
        // Vučićs Angaben", "saudischen Angaben").
        let party = |k: usize| {
            let t = &tokens[k];
            (k > 0 && t.text.starts_with(char::is_uppercase) && !figure(t))
                || is_title(words.titles, tokens, k).is_some()
                || words.is_institution(&t.folded)
                || crate::extract::concept::entity(self.lang, &t.folded).is_some()
        };
        tokens[from..to].iter().any(figure) && !(from..to).any(party)
    }

    /// The first token of the proper name that tokens `from..to` of sentence `i` end with,
    /// after a title: "ambassadeur Gueorgui Zinoviev" → "Gueorgui Zinoviev", "Russian
    /// ambassador Georgy Zinoviev" → "Georgy Zinoviev". `from` when the phrase has no title or
    /// does not end with a capitalised name ("conseiller de l'exécutif").
    pub fn after_title(&self, i: usize, from: usize, to: usize) -> usize {
        let tokens = &self.tokens[i];
        let titles = self.lang.attribution.titles;
        let Some(last_title) = (from..to)
            .rev()
            .find(|&k| is_title(titles, tokens, k).is_some())
        else {
            return from;
        };
        let after = last_title + is_title(titles, tokens, last_title).unwrap_or(1);
        let capital = |t: &Token| t.text.starts_with(char::is_uppercase);
        let mut name = to;
        while name > after && capital(&tokens[name - 1]) {
            name -= 1;
        }
        // A country before the name is the title's, not the name's: "ambassadeur de Russie X".
        while name < to
            && let Some((n, _)) =
                crate::extract::phrase::at(self.lang.concepts.entities, tokens, name)
        {
            name += n;
        }
        if name >= to { from } else { name }
    }

    /// True when the words of sentence `i` from token `from` up to a name at byte `name` belong
    /// to that name's phrase: the word right before it (articles aside) is a genitive, a
    /// title, a nationality or a capitalised word ("porte-parole du Pentagone", "Kremlin
    /// spokesman Dmitry Peskov"), not a verb or a preposition the phrase ran back over
    /// ("announcement vindicates Kyiv", "known as HUR").
    fn leads_to_name(&self, i: usize, from: usize, name: usize) -> bool {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let mut k = tokens.partition_point(|t| t.start < name);
        while k > from
            && has(words.determiners, &tokens[k - 1].folded)
            && !has(words.genitives, &tokens[k - 1].folded)
        {
            k -= 1;
        }
        if k <= from {
            return true;
        }
        let t = &tokens[k - 1];
        // "South Korea's National Intelligence Service": a possessive.
        let possessive = k >= 2 && matches!(tokens[k - 2].text, "'" | "’") && t.folded == "s";
        possessive
            || has(words.genitives, &t.folded)
            || is_title(words.titles, tokens, k - 1).is_some()
            || crate::extract::concept::entity(self.lang, &t.folded).is_some()
            || t.text.starts_with(char::is_uppercase)
            || t.kind != TokenKind::Word
    }

    /// The end of a gazetteer name's phrase: the name at `end` (a byte offset) and what still
    /// belongs to it after it — a parenthesis ("(NIS)"), a nationality ("sud-coréen"), capitalised
    /// words and the genitives between them ("de Corea del Sur") — but not the verb or adverb
    /// a long phrase ran on to ("Selenskyj befinden sich", "intelligence service first").
    /// Returns the token index one past the phrase.
    fn name_end(&self, i: usize, end: usize, to: usize) -> usize {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        // The token the name ends in ("Ukraine's") is the name's.
        let mut k = tokens.partition_point(|t| t.start < end);
        let mut kept = k;
        while k < to {
            let t = &tokens[k];
            if t.text == "("
                && let Some(close) = tokens[k..to].iter().position(|c| c.text == ")")
            {
                k += close + 1;
                kept = k;
            } else if let Some((n, _)) =
                crate::extract::phrase::at(self.lang.concepts.entities, tokens, k)
            {
                k += n;
                kept = k;
            } else if t.text.starts_with(char::is_uppercase) {
                k += 1;
                kept = k;
            } else if has(words.genitives, &t.folded) || has(words.determiners, &t.folded) {
                k += 1;
            } else {
                break;
            }
        }
        kept.min(to)
    }

    /// The gazetteer entry an unnamed body refers back to: tokens `from..to` of sentence `i`
    /// hold a body noun ("the department", "a department spokesman", "le ministère") and no
    /// other name; the last source named before them whose canonical name has the body's word
    /// (of the nationality given, if one is) is the one meant.
    fn body_referred(&self, i: usize, from: usize, to: usize) -> Option<usize> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let mut keyword = None;
        let country = self.country_among(i, from, to, |k, t| {
            let body = crate::extract::phrase::lookup(words.body_nouns, &t.folded);
            if body.is_some() {
                keyword = body;
                return true;
            }
            t.kind == TokenKind::Word && !(k > from && t.text.starts_with(char::is_uppercase))
        })?;
        let keyword = keyword?;
        let start = tokens[from].start;
        let end = self.mentions.partition_point(|m| m.end <= start);
        self.mentions[..end].iter().rev().find_map(|m| {
            let e = self.gazetteer.entry(m.entry);
            let fits = e.canonical.contains(keyword)
                && country.is_none_or(|c| e.country.as_deref() == Some(c));
            fits.then_some(m.entry)
        })
    }

    /// True when tokens `from..to` of sentence `i` name a country or its capital, which speaks
    /// for its government ("Jordanien korrigierte seine Bilanz").
    pub fn names_country(&self, i: usize, from: usize, to: usize) -> bool {
        self.country_speaking(i, from, to).is_some()
    }

    /// The country tokens `from..to` of sentence `i` name, by its name in any language of the
    /// place gazetteer or by its capital ("Frankreich", "Marruecos", "Moscou"): its
    /// government speaks.
    fn country_speaking(&self, i: usize, from: usize, to: usize) -> Option<&'static str> {
        let tokens = &self.tokens[i];
        let (from, to) = trim(&self.lang.attribution, tokens, from, to);
        if from >= to || !tokens[from].text.starts_with(char::is_uppercase) {
            return None;
        }
        let name = &self.doc.text[tokens[from].start..tokens[to - 1].end];
        let national = crate::extract::number::national::country_named;
        national(name).or_else(|| {
            let place = crate::extract::places::unambiguous(name)?;
            crate::extract::number::national::capital_country(place.name)
        })
    }

    /// The country whose estimates tokens `from..to` of sentence `i` name: an estimate noun
    /// and a nationality or country, nothing but lower-case words around them ("estimations
    /// sud-coréennes", "South Korean estimates", "stime sudcoreane").
    fn estimate_country(&self, i: usize, from: usize, to: usize) -> Option<&'static str> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        if to - from > 5
            || !tokens[from..to]
                .iter()
                .any(|t| has(words.estimates, &t.folded))
        {
            return None;
        }
        self.country_among(i, from, to, |k, t| {
            let name = k > from
                && t.text.starts_with(char::is_uppercase)
                && !has(words.estimates, &t.folded);
            t.kind == TokenKind::Word && !name
        })?
    }

    /// The last nationality or country named in tokens `from..to` of sentence `i` (`Some(None)`
    /// when none is), provided `word` accepts every other token (given its index); `None` when
    /// it refuses one.
    fn country_among(
        &self,
        i: usize,
        from: usize,
        to: usize,
        mut word: impl FnMut(usize, &Token) -> bool,
    ) -> Option<Option<&'static str>> {
        let tokens = &self.tokens[i];
        let mut country = None;
        let mut k = from;
        while k < to {
            if let Some((n, entity)) =
                crate::extract::phrase::at(self.lang.concepts.entities, tokens, k)
                && k + n <= to
            {
                country = Some(entity);
                k += n;
                continue;
            }
            if !word(k, &tokens[k]) {
                return None;
            }
            k += 1;
        }
        Some(country)
    }

    /// Like [`Analysis::resolve`], with a pronoun replaced by `previous` and several sources
    /// merged into one: the chain element a cue contributes.
    pub fn resolve_one(
        &self,
        i: usize,
        from: usize,
        to: usize,
        previous: Option<&Chain>,
    ) -> Option<Chain> {
        let from = self.past_honorific(i, from, to);
        match self.resolve(i, from, to)? {
            Np::Pronoun => previous.cloned(),
            Np::Same(text) => {
                let mut chain = previous?.clone();
                if let Some(outer) = chain.first_mut() {
                    outer.text = text;
                }
                Some(chain)
            }
            Np::Sources(sources) => {
                let tokens = &self.tokens[i];
                let head = &tokens[from].folded;
                let words = &self.lang.attribution;
                let unknown = sources.len() == 1 && sources[0].kind == SourceKind::Unknown;
                let lower = common_noun_case(self.lang, &tokens[from]);
                // A document speaks for the source before it ("le dernier bilan", "the latest
                // tally": its noun among the phrase's first words, as for report nouns); "el
                // recuento del diario Prothom Alo": a name after the noun is its author.
                let document = (from..to.min(from + 3)).find(|&h| {
                    has(words.document_nouns, &tokens[h].folded)
                        && common_noun_case(self.lang, &tokens[h])
                });
                let author_named = |h: usize| {
                    if self.lang.concepts.capitalised_nouns {
                        to - h > 2
                    } else {
                        tokens[h + 1..to]
                            .iter()
                            .any(|t| t.text.starts_with(char::is_uppercase))
                    }
                };
                if unknown
                    && let Some(h) = document
                    && !author_named(h)
                    && let Some(previous) = previous
                {
                    return Some(previous.clone());
                }
                // "l'agenzia", "the group": the body cited before, else the last one named.
                // A preposition after the noun makes it the head of a longer name: "il centro
                // per i diritti umani Viasna".
                // A date after the noun leaves it alone: "the agency on Monday said", "l'agenzia
                // ieri ha comunicato".
                let dated = |k: usize| self.date_tokens[i].get(k).copied().unwrap_or(false);
                let named_on = tokens.get(to).is_some_and(|t| {
                    (has(words.stops, &t.folded) || has(words.genitives, &t.folded))
                        && !dated(to)
                        && !dated(to + 1)
                });
                if unknown
                    && lower
                    && to - from == 1
                    && !named_on
                    && has(words.referring_nouns, head)
                {
                    // A body, not a person: "Le porte-parole Jean Dupont … Selon l'agence" is
                    // the last body named.
                    let body = |chain: &&Chain| {
                        chain.first().is_some_and(|s| s.kind != SourceKind::Person)
                    };
                    if let Some(previous) = previous.filter(body) {
                        return Some(previous.clone());
                    }
                    if let Some(body) = self.body_named_before(tokens[from].start) {
                        return Some(vec![body]);
                    }
                }
                let text = &self.doc.text[tokens[from].start..tokens[to - 1].end];
                Some(vec![merge(sources, text)])
            }
        }
    }

    /// The first token of the name from token `from` of sentence `i`, past a courtesy title and
    /// its dot ("M. Bush", "Mrs Ardern"), when a capitalised word follows it before `to`.
    fn past_honorific(&self, i: usize, from: usize, to: usize) -> usize {
        let tokens = &self.tokens[i];
        let titled = tokens
            .get(from)
            .is_some_and(|t| has(self.lang.attribution.honorifics, &t.folded));
        if from >= to || !titled {
            return from;
        }
        let next = if tokens.get(from + 1).is_some_and(|t| t.is(".")) {
            from + 2
        } else {
            from + 1
        };
        if next < to && tokens[next].text.starts_with(char::is_uppercase) {
            next
        } else {
            from
        }
    }

    /// The last body (not a person, a place or an outlet) the article names before byte
    /// `start`, as a source.
    fn body_named_before(&self, start: usize) -> Option<Source> {
        let end = self.mentions.partition_point(|m| m.end <= start);
        self.mentions[..end].iter().rev().find_map(|m| {
            let entry = self.gazetteer.entry(m.entry);
            let body = !matches!(
                entry.kind,
                SourceKind::Person | SourceKind::Outlet | SourceKind::Unknown
            );
            body.then(|| {
                self.gazetteer
                    .source(m.entry, &self.doc.text[m.start..m.end])
            })
        })
    }

    /// The gazetteer entry of a body named with a nationality inside its name ("ministère
    /// libanais de la Santé", "ministero russo per le Situazioni d'emergenza"): the name read
    /// without the nationality, which then gives the body its country ([`crate::extract::locale`]).
    fn name_around_nationality(&self, i: usize, from: usize, to: usize) -> Option<usize> {
        let tokens = &self.tokens[i];
        let entities = crate::extract::concept::entities(self.lang);
        let k = (from + 1..to.saturating_sub(1)).find(|&k| {
            !tokens[k].text.starts_with(char::is_uppercase)
                && crate::extract::phrase::lookup(entities, &tokens[k].folded).is_some()
        })?;
        let head = &self.doc.text[tokens[from].start..tokens[k - 1].end];
        let tail = &self.doc.text[tokens[k + 1].start..tokens[to - 1].end];
        let joined = format!("{head} {tail}");
        self.gazetteer
            .mentions(&joined)
            .into_iter()
            .find(|m| m.start < head.len() && m.end > head.len() + 1)
            .map(|m| m.entry)
    }

    /// True when tokens `from..to` of sentence `i` name a body or a role in common nouns: a
    /// word of theirs heads an institution ("el centro de crisis", "die Kreisverwaltung") or
    /// is a title ("un porte-parole").
    pub fn names_body(&self, i: usize, from: usize, to: usize) -> bool {
        let words = &self.lang.attribution;
        let tokens = &self.tokens[i];
        // A compound ending in a title counts: "Bezirkssprecher", "Ministerpräsidentin".
        let compound_title = |f: &str| {
            words.verb_second
                && words
                    .titles
                    .iter()
                    .any(|t| t.len() >= 6 && f.len() > t.len() && f.ends_with(t))
        };
        (from..to.min(tokens.len())).any(|k| {
            let f = &tokens[k].folded;
            words.is_institution(f)
                || is_title(words.titles, tokens, k).is_some()
                || compound_title(f)
        })
    }

    /// True when tokens `from..to` of sentence `i` hold a gazetteer name or start with a
    /// capital (a proper name).
    pub fn is_named(&self, i: usize, from: usize, to: usize) -> bool {
        let tokens = &self.tokens[i];
        if from >= to {
            return false;
        }
        let (start, end) = (tokens[from].start, tokens[to - 1].end);
        let capital = |t: &Token| t.text.chars().next().is_some_and(char::is_uppercase);
        // A capital at the start of the sentence proves nothing on its own.
        let capitals = tokens[from..to].iter().filter(|t| capital(t)).count();
        self.mentions_in(start, end)
            .iter()
            .any(|m| m.start >= start && m.end <= end)
            || (capitals > 0 && from > 0)
            || capitals > 1
            // An acronym names wherever it stands: "IHR kommt auf 93 Tote".
            || tokens[from..to].iter().any(is_acronym)
    }
}

/// Several sources named together become one chain element: "Kremlin; North Korea".
pub(crate) fn merge(mut sources: Vec<Source>, text: &str) -> Source {
    if sources.len() == 1 {
        return sources.pop().expect("one source");
    }
    let canonical = sources
        .iter()
        .map(|s| s.canonical.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    let same = |f: &dyn Fn(&Source) -> Option<String>| {
        let first = f(&sources[0]);
        sources
            .iter()
            .all(|s| f(s) == first)
            .then_some(first)
            .flatten()
    };
    let kind = if sources.iter().all(|s| s.kind == sources[0].kind) {
        sources[0].kind
    } else {
        SourceKind::Unknown
    };
    Source {
        text: text.to_string(),
        country: same(&|s: &Source| s.country.clone()),
        affiliation: None,
        kind,
        chain: vec![canonical.clone()],
        canonical,
    }
}
