//! Finding the attribution cues of one sentence and the clause each one governs.

use super::np::{after, before, has, is_break};
use super::{Analysis, Chain, Cue, SentenceCues};
use crate::claim::SourceKind;
use std::sync::LazyLock;

use crate::extract::phrase::{self, Prefixes, word_at};
use crate::lang::{Lang, LangData};
use crate::token::Token;

/// How far back, in tokens, an auxiliary may stand from its participle ("a pour sa part
/// chiffré").
const AUX_REACH: usize = 4;

/// The same in a verb-second language, whose participle closes the clause, after the subject,
/// the objects and the figure ("hatte die Behörde noch 72 Verletzte gezählt").
const AUX_REACH_VERB_FINAL: usize = 10;

/// The longest inverted source, in tokens ("…, a indiqué le ministère des Affaires étrangères").
const INVERTED_WORDS: usize = 8;

/// The longest adjunct after an inverted source, or between a reporting verb and its "that",
/// in tokens ("dans un communiqué publié lundi", "precisó en La Moneda que").
const ADJUNCT_WORDS: usize = 6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// "X a déclaré que": governs its clause, inside any frame.
    Subject,
    /// "…, a indiqué X", "…, X said", "selon X, …": an outer frame over its clause.
    Frame,
    /// "20 000 selon la police": governs what precedes it.
    AccordingBack,
    /// "citant Y": nests Y in the nearest reporting cue.
    Citing,
    /// A second source of the same verb, the verb left out: "la préfecture a dénombré 81 000
    /// manifestants, la CGT 700 000".
    Gapped,
}

struct Raw {
    kind: Kind,
    chain: Chain,
    /// Token index of the cue word.
    at: usize,
    /// Token range of the source's name.
    name: (usize, usize),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Strength {
    Strong,
    Weak,
    CompoundOnly,
    InvertedOnly,
}

/// Which reporting verb tables hold a phrase: bits of [`VERBS`].
const STRONG: u8 = 1;
const WEAK: u8 = 2;
const COMPOUND: u8 = 4;
const INVERTED: u8 = 8;

/// Per language, the phrases of the four reporting verb tables in one sorted table, each with
/// the tables that hold it, so that a token is looked up once instead of four times.
static VERBS: LazyLock<Vec<Vec<(&'static str, u8)>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            let w = &l.data().attribution;
            let mut all: Vec<(&'static str, u8)> = Vec::new();
            for (table, bit) in [
                (w.verbs, STRONG),
                (w.weak_verbs, WEAK),
                (w.compound_verbs, COMPOUND),
                (w.inverted_verbs, INVERTED),
            ] {
                all.extend(table.iter().map(|&k| (k, bit)));
            }
            // Forms made from stems are weak verbs unless a table already lists them; they live
            // as long as the program, like the tables.
            let made: Vec<String> = w
                .stem_forms()
                .filter(|f| !all.iter().any(|(k, _)| k == f))
                .collect();
            all.extend(
                made.into_iter()
                    .map(|f| (&*Box::leak(f.into_boxed_str()), WEAK)),
            );
            all.sort_by(|a, b| crate::extract::phrase::compare(a.0, b.0));
            let mut merged: Vec<(&'static str, u8)> = Vec::with_capacity(all.len());
            for (k, bit) in all {
                match merged.last_mut() {
                    Some(last) if last.0 == k => last.1 |= bit,
                    _ => merged.push((k, bit)),
                }
            }
            merged
        })
        .collect()
});

fn verb_table(lang: &LangData) -> &'static [(&'static str, u8)] {
    &VERBS[lang.lang.index()]
}

/// A verb, its particle and the reporting verb tables that hold them ("blieb", "bei", weak).
type Separable = (&'static str, &'static str, u8);

/// Per verb-second language, the two-word reporting verbs ("blieb bei", "kommt auf", "geht
/// von") as (verb, particle, tables), sorted by verb: the verb-second clause puts dates,
/// adverbs and phrases between the verb and its particle ("blieb am Montag bei 31 Toten",
/// "kommt für Zahedan auf 93", "geht aber von 30.000 aus").
static SEPARABLE: LazyLock<Vec<Vec<Separable>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if !l.data().attribution.verb_second {
                return Vec::new();
            }
            let mut pairs: Vec<Separable> = VERBS[i]
                .iter()
                .filter_map(|&(k, bits)| {
                    let (verb, particle) = k.split_once(' ')?;
                    (!particle.contains(' ')).then_some((verb, particle, bits))
                })
                .collect();
            pairs.sort_by(|a, b| crate::extract::phrase::compare(a.0, b.0));
            pairs
        })
        .collect()
});

/// The most tokens between a verb and its separated particle ("blieb am Montag bei").
const PARTICLE_REACH: usize = 4;

/// Per language, what a first token may be of the keys of the tables a cue is looked up in at
/// its first token ("according to" cues, citing cues, reporting verbs).
static CUE_STARTS: LazyLock<Vec<Prefixes>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let w = &l.data().attribution;
            Prefixes::token_starts(
                w.according_to
                    .iter()
                    .chain(w.according_named)
                    .chain(w.according_estimates)
                    .chain(w.citing)
                    .copied()
                    .chain(VERBS[i].iter().map(|(k, _)| *k)),
            )
        })
        .collect()
});

/// True when a cue may start at token `t`: it starts a key of the cue tables, or it is a verb
/// with an inverted pronoun ("a-t-il"). Most tokens are passed over with this one look-up.
fn may_cue(lang: &LangData, t: &Token) -> bool {
    let f = t.folded.as_str();
    f.contains('-') || CUE_STARTS[lang.lang.index()].starts(f)
}

/// True for a closing quotation mark token.
fn closes_quote(a: &Analysis, t: &Token) -> bool {
    is_break(t) && super::quote::closes_at(&a.quotes, t.end)
}

/// True for an opening quotation mark token.
fn opens_quote(a: &Analysis, t: &Token) -> bool {
    is_break(t) && super::quote::opens_at(&a.quotes, t.start)
}

impl Analysis<'_> {
    fn is_aux(&self, t: &Token) -> bool {
        has(self.lang.attribution.auxiliaries, &t.folded) && !t.text.starts_with(['à', 'À'])
    }

    /// True when the sentence opens with words that stand for what the sentence before said
    /// and only auxiliaries or clitics stand between them and the verb at token `verb` ("Lo ha
    /// annunciato", "Así lo informó"; "This, said the mayor, was…" resumes nothing).
    fn resumes_previous(&self, tokens: &[Token], verb: usize) -> bool {
        let words = &self.lang.attribution;
        word_at(words.resuming, tokens, 0).is_some_and(|n| {
            n <= verb
                && tokens[n].kind == crate::token::TokenKind::Word
                && (n..verb)
                    .all(|j| self.is_aux(&tokens[j]) || has(words.clitics, &tokens[j].folded))
        })
    }

    fn is_negation(&self, t: &Token) -> bool {
        has(self.lang.stance.negations, &t.folded) || t.folded.ends_with("n't")
    }

    /// The base of a verb with an inverted subject pronoun: "ajoute-t-il" → "ajoute",
    /// "a-t-elle" → "a".
    fn pronoun_suffix<'t>(&self, t: &'t Token) -> Option<&'t str> {
        let words = &self.lang.attribution;
        let (base, pronoun) = t.folded.rsplit_once('-')?;
        if !has(words.pronouns, pronoun) {
            return None;
        }
        Some(base.strip_suffix("-t").unwrap_or(base))
    }

    /// True when a reporting verb stands at token `k`.
    pub(super) fn is_verb(&self, tokens: &[Token], k: usize) -> bool {
        self.verb_at(tokens, k).is_some()
    }

    /// The reporting verb at token `k`: its length in tokens and strength.
    fn verb_at(&self, tokens: &[Token], k: usize) -> Option<(usize, Strength)> {
        let words = &self.lang.attribution;
        if let Some(base) = self.pronoun_suffix(&tokens[k]) {
            let known = has(words.verbs, base)
                || has(words.weak_verbs, base)
                || has(words.compound_verbs, base)
                || has(words.inverted_verbs, base)
                || words.is_stem_form(base);
            return known.then_some((1, Strength::Strong));
        }
        // The longest verb of the four tables; on a tie the table later in this order wins:
        // strong, weak, compound-only, inverted-only.
        let direct = crate::extract::phrase::at(verb_table(self.lang), tokens, k)
            .or_else(|| self.separated_verb(tokens, k));
        // An adverb inside the verb: "fait désormais état de", "hat zuletzt".
        let (adverbs, negations) = (self.lang.dates.adverbs, self.lang.stance.negations);
        let (n, tables) = crate::extract::phrase::at_past_adverb(
            verb_table(self.lang),
            tokens,
            k,
            adverbs,
            negations,
            direct,
        )?;
        // A capitalised word inside a sentence followed by an auxiliary ends a name: "the
        // United States has 1,100 troops" (a verb-second language puts its auxiliary after a
        // participle: "gemeldet hat"). An infinitive has no subject: "declined to confirm".
        let in_name = k > 0
            && !words.verb_second
            && tokens[k].text.starts_with(char::is_uppercase)
            && tokens.get(k + n).is_some_and(|t| self.is_aux(t));
        let infinitive = k > 0 && has(words.infinitive_markers, &tokens[k - 1].folded);
        let idiom = word_at(words.verb_idioms, tokens, k).is_some();
        if in_name || infinitive || idiom {
            return None;
        }
        let strength = [
            (INVERTED, Strength::InvertedOnly),
            (COMPOUND, Strength::CompoundOnly),
            (WEAK, Strength::Weak),
        ]
        .into_iter()
        .find(|(bit, _)| tables & bit != 0)
        .map_or(Strength::Strong, |(_, s)| s);
        Some((n, strength))
    }

    /// A two-word verb of a verb-second language whose particle stands a few words after it,
    /// no break or figure between ("blieb am Montag bei 31 Toten"): one token long, with the
    /// tables that hold it.
    fn separated_verb(&self, tokens: &[Token], k: usize) -> Option<(usize, u8)> {
        let pairs = &SEPARABLE[self.lang.lang.index()];
        let verb = tokens[k].folded.as_str();
        let first = pairs.partition_point(|p| crate::extract::phrase::compare(p.0, verb).is_lt());
        let candidates = pairs[first..].iter().take_while(|p| p.0 == verb);
        for &(_, particle, bits) in candidates {
            let found = tokens
                .iter()
                .enumerate()
                .skip(k + 2)
                .take(PARTICLE_REACH - 1)
                .take_while(|(_, t)| !is_break(t) && t.kind != crate::token::TokenKind::Number)
                .any(|(_, t)| t.folded == particle)
                && !tokens[k + 1..]
                    .first()
                    .is_some_and(|t| is_break(t) || t.kind == crate::token::TokenKind::Number);
            if found {
                return Some((1, bits));
            }
        }
        None
    }

    /// The reporting verb cue at token `k` of sentence `i`, if the verb has a source.
    fn verb_cue(
        &self,
        i: usize,
        k: usize,
        len: usize,
        strength: Strength,
        previous: Option<&Chain>,
    ) -> Option<Raw> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let mut group = k;
        let mut aux = false;
        let mut pronoun = self.pronoun_suffix(&tokens[k]).is_some();
        let reach = if words.verb_second {
            AUX_REACH_VERB_FINAL
        } else {
            AUX_REACH
        };
        for j in (k.saturating_sub(reach)..k).rev() {
            let t = &tokens[j];
            if self.is_aux(t)
                || self
                    .pronoun_suffix(t)
                    .is_some_and(|b| has(words.auxiliaries, b))
            {
                pronoun |= self.pronoun_suffix(t).is_some();
                group = j;
                aux = true;
                break;
            }
            if is_break(t) || has(words.complementizers, &t.folded) {
                break;
            }
        }
        if tokens[group.saturating_sub(2)..k]
            .iter()
            .any(|t| self.is_negation(t))
        {
            return None;
        }
        // After a genitive the word is a noun: "il doppio della stima", "the size of the
        // estimate".
        if group == k && k > 0 && has(words.genitives, &tokens[k - 1].folded) {
            return None;
        }
        let end = k + len;
        let next = tokens.get(end);
        // "precisó que", and past a short place or time phrase: "precisó en La Moneda que".
        let content_follows = next.is_some_and(|t| {
            has(words.complementizers, &t.folded) || t.text == ":" || opens_quote(self, t)
        }) || next.is_some_and(|t| has(words.stops, &t.folded))
            && tokens[end + 1..]
                .iter()
                .take(ADJUNCT_WORDS)
                .take_while(|t| t.kind == crate::token::TokenKind::Word)
                .any(|t| has(words.complementizers, &t.folded));
        // "Lo ha annunciato X", "Así lo informó X": an opening that resumes the sentence before
        // leaves the subject after the verb, as a break does.
        let after_break = group > 0 && {
            let p = &tokens[group - 1];
            p.text == "," || closes_quote(self, p) || self.resumes_previous(tokens, k)
        };
        if pronoun {
            return Some(Raw {
                kind: if after_break {
                    Kind::Frame
                } else {
                    Kind::Subject
                },
                chain: previous?.clone(),
                at: k,
                name: (k, k),
            });
        }
        // A gerund makes a progressive, not a passive ("NDTV is now reporting 141 deaths"), and
        // after a comma it opens an adjunct, not an inverted frame ("…, saying it was
        // consulting with Seoul").
        let gerund = words
            .gerund_endings
            .iter()
            .any(|e| tokens[k].folded.ends_with(e));
        if after_break && gerund {
            return None;
        }
        if after_break {
            // A date between the verb and its subject: "…, ont annoncé ce vendredi les
            // autorités".
            // And the agency it was said to: "…, a indiqué jeudi à l'AEOP le porte-parole".
            let mut subject_at = end;
            while subject_at < tokens.len() && self.date_tokens[i][subject_at] {
                subject_at += 1;
            }
            subject_at = self.past_recipient(i, subject_at);
            while subject_at < tokens.len() && self.date_tokens[i][subject_at] {
                subject_at += 1;
            }
            let (from, mut to) = after(words, tokens, subject_at);
            let mut longest = INVERTED_WORDS;
            let ends_clause = tokens.get(to).is_none_or(|t| is_break(t))
                || match self.inverted_tail(i, from, to) {
                    Some(last) => {
                        longest += last - to;
                        to = last;
                        true
                    }
                    None => false,
                };
            if from < to
                && to - from <= longest
                && ends_clause
                && !has(words.recipients, &tokens[from].folded)
                // "…, disse não ter os dados": a negated clause, not a source.
                && !self.is_negation(&tokens[from])
                && let Some(chain) = self.resolve_one(i, from, to, previous)
            {
                return Some(Raw {
                    kind: Kind::Frame,
                    chain,
                    at: k,
                    name: (from, to),
                });
            }
            if strength == Strength::InvertedOnly {
                return None;
            }
            // Verb-second after a clause: "Als Merkel das Dorf besuchte, sprach
            // Ministerpräsidentin Malu Dreyer von 112 Toten".
            if let Some((from, to)) = self.inverted_subject(i, group, k, end, aux)
                && let Some(chain) = self.resolve_one(i, from, to, previous)
            {
                return Some(Raw {
                    kind: Kind::Subject,
                    chain,
                    at: k,
                    name: (from, to),
                });
            }
            if tokens[group - 1].text != "," {
                return None;
            }
            // An apposition: "le secrétaire général de l'OTAN, Mark Rutte, a mis en garde".
            let comma = (0..group - 1).rev().find(|&j| tokens[j].text == ",")?;
            let (mut from, mut to) = (comma + 1, group - 1);
            // "citant Y, a dit X", "Kovalenko, who heads the centre, said": the name before.
            if word_at(words.citing, tokens, from).is_some()
                || has(words.relatives, &tokens[from].folded)
            {
                (from, to) = before(words, tokens, comma);
            } else if has(words.stops, &tokens[from].folded)
                && word_at(words.according_to, tokens, from).is_none()
            {
                // "lo stato maggiore russo, nei primi giorni, parlava di": a time or place
                // phrase is never the source; the subject is the phrase before it.
                (from, to) = self.aside_antecedent(i, comma, true)?;
            } else if !self.names_speaker(i, from, to)
                && !self.holds_source_name(i, from, to)
                && word_at(words.according_to, tokens, from).is_none()
                && let Some(antecedent) = self.aside_antecedent(i, comma, false)
            {
                // "La police de Séoul, chargée d'identifier les corps, avance", "X, con sede en
                // Oslo, contabilizó": the aside describes the name before it.
                (from, to) = antecedent;
            }
            let chain = self.resolve_one(i, from, to, previous)?;
            return Some(Raw {
                kind: Kind::Subject,
                chain,
                at: k,
                name: (from, to),
            });
        }
        if strength == Strength::InvertedOnly || (strength == Strength::CompoundOnly && !aux) {
            return None;
        }
        let (mut from, mut to) = self.subject_before(i, group);
        if from == to && from > 0 && has(words.relatives, &tokens[from - 1].folded) {
            // "Mark Rutte, qui a déclaré": the relative's antecedent.
            let end = from - 1;
            let end = if end > 0 && tokens[end - 1].text == "," {
                end - 1
            } else {
                end
            };
            (from, to) = self.subject_before(i, end);
        }
        // Verb-second: a fronted adverb, object or phrase that names no one leaves the subject
        // after the verb ("Gleichzeitig meldete Levine Cava 22 Todesopfer", "Abweichende Zahlen
        // nannte das Katastrophenschutzministerium", "In Ishikawa, Toyama und Niigata zählten die
        // Behörden 223 Häuser").
        if words.verb_second
            && from < to
            && !self.gazetteer_named(i, from, to)
            && !self.names_body(i, from, to)
            && !self.names_country(i, from, to)
            && !super::np::is_acronym(&tokens[from])
            && let Some(subject) = self
                .inverted_subject(i, group, k, end, aux)
                .or_else(|| self.inverted_name(i, end))
        {
            (from, to) = subject;
        }
        // A noun after a preposition is its object, not the verb's subject: "Am Abend sprach
        // Ministerpräsidentin Malu Dreyer von 112 Toten", "Am Donnerstagabend hatte die
        // Kreisverwaltung 1.300 Menschen als vermisst gemeldet".
        let after_preposition = to == from + 1 && {
            let mut open = from;
            while open > 0 && has(words.determiners, &tokens[open - 1].folded) {
                open -= 1;
            }
            open > 0
                && has(words.stops, &tokens[open - 1].folded)
                && !has(words.relatives, &tokens[open - 1].folded)
                && !self.gazetteer_named(i, from, to)
                && !self.names_body(i, from, to)
        };
        // A verb-second language's auxiliary may stand far from its participle, the subject
        // and the object between them ("hatte die Kreisverwaltung 1.300 Menschen als vermisst
        // gemeldet").
        let far_aux = (words.verb_second && !aux)
            .then(|| {
                (0..group)
                    .rev()
                    .take_while(|&j| {
                        (!is_break(&tokens[j]) || super::np::inside_number(tokens, j))
                            && !has(words.complementizers, &tokens[j].folded)
                    })
                    .find(|&j| self.is_aux(&tokens[j]))
            })
            .flatten();
        // A fronted object: "Die Zahl der geborgenen Leichen korrigierte die Küstenwache".
        // The figure's own noun is what is counted, never who counts ("the number of people
        // confirmed dead rose to 57"); a capitalised one belongs to a name or a title ("ministro
        // al Bilancio").
        let fronted_figure = from < to
            && has(words.figure_nouns, &tokens[from].folded)
            && (!tokens[from].text.starts_with(char::is_uppercase)
                || (words.verb_second && !self.gazetteer_named(i, from, to)));
        if from >= to || after_preposition || fronted_figure {
            let inverted = self
                .inverted_subject(i, group, k, end, aux)
                .or_else(|| far_aux.and_then(|g| self.inverted_subject(i, g, k, end, true)));
            if let Some((f, t)) = inverted {
                (from, to) = (f, t);
            } else if fronted_figure || (after_preposition && words.verb_second) {
                // "Am Abend sprach …": the phrase after the preposition is no subject.
                return None;
            }
        }
        // "The regional government of Ivanovo, where the crew was based, later said": an adverb
        // after an aside; the subject is the name before the aside.
        if from < to
            && from > 0
            && tokens[from - 1].text == ","
            && !has(words.pronouns, &tokens[to - 1].folded)
            && !self.names_speaker(i, from, to)
            && !self.names_body(i, from, to)
            && !self.holds_source_name(i, from, to)
            && let Some(open) = (0..from - 1).rev().find(|&j| tokens[j].text == ",")
            && let Some(antecedent) = self.aside_antecedent(i, open, false)
        {
            (from, to) = antecedent;
        }
        // A capitalised word is a name's ("Dipartimento di Stato ha detto"), not an auxiliary.
        let passive = !gerund
            && tokens[group.saturating_sub(1)..k].iter().any(|t| {
                has(self.lang.stance.passives, &t.folded) && !t.text.starts_with(char::is_uppercase)
            });
        // "According to South Korean estimates": the verb form is the noun of the source.
        if (from..to).any(|j| word_at(words.according_to, tokens, j).is_some()) {
            return None;
        }
        let credible = strength == Strength::Strong
            || aux
            || content_follows
            || self.is_named(i, from, to)
            || self.names_body(i, from, to);
        if from >= to || !credible || passive {
            return None;
        }
        let mut chain = self.resolve_one(i, from, to, previous)?;
        if let Some(outlet) = self.recipient(i, end) {
            chain.insert(0, outlet);
        }
        let frame = from > 1 && {
            let p = &tokens[from - 1];
            (p.text == "," || closes_quote(self, p)) && !content_follows
        };
        Some(Raw {
            kind: if frame { Kind::Frame } else { Kind::Subject },
            chain,
            at: k,
            name: (from, to),
        })
    }

    /// True when tokens `from..to` of sentence `i` open with a name: their first word after
    /// the articles is capitalised (not only as the sentence's first word) or starts a gazetteer
    /// name ("Mark Rutte", "l'OTAN"), unlike a description ("chargée d'identifier les corps",
    /// "province voisine", "un voisin rencontré sur place", "for its part").
    fn names_speaker(&self, i: usize, from: usize, to: usize) -> bool {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let (head, to) = trim_determiners(words, tokens, from, to);
        head < to && {
            let t = &tokens[head];
            let named = self
                .mentions_in(t.start, t.end)
                .iter()
                .any(|m| m.start == t.start);
            named || (t.text.starts_with(char::is_uppercase) && (head > 0 || to - head > 1))
        }
    }

    /// True when tokens `from..to` of sentence `i` hold a gazetteer name that is not a country,
    /// a nationality or a place ("known as HUR", but not "con sede en Oslo").
    pub(super) fn holds_source_name(&self, i: usize, from: usize, to: usize) -> bool {
        let tokens = &self.tokens[i];
        let concepts = &self.lang.concepts;
        from < to
            && self
                .mentions_in(tokens[from].start, tokens[to - 1].end)
                .iter()
                .any(|m| {
                    let k = tokens.partition_point(|t| t.start < m.start);
                    k < to
                        && ![self.lang.concepts.entities, concepts.places]
                            .iter()
                            .any(|table| crate::extract::phrase::at(table, tokens, k).is_some())
                })
    }

    /// The name an aside opened by the comma at token `comma` of sentence `i` describes: the
    /// noun phrase before that comma, when it is a name, a body or a capitalised word ("Hassan,
    /// un voisin rencontré sur place, assure"); with `any_noun`, any noun phrase ("lo stato
    /// maggiore russo, nei primi giorni, parlava").
    fn aside_antecedent(&self, i: usize, comma: usize, any_noun: bool) -> Option<(usize, usize)> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let (from, to) = before(words, tokens, comma);
        // The name opens its clause: what precedes it (articles aside) is the sentence's start,
        // a break or a stop word, not the rest of a phrase too long to read back over.
        let mut open = from;
        while open > 0 && has(words.determiners, &tokens[open - 1].folded) {
            open -= 1;
        }
        let opens_clause = open == 0 || {
            let t = &tokens[open - 1];
            is_break(t) || has(words.stops, &t.folded) || has(words.complementizers, &t.folded)
        };
        if !opens_clause {
            return None;
        }
        let (from, to) = self.without_dates(i, from, to);
        let capital = from < to && tokens[from].text.starts_with(char::is_uppercase);
        let accepted = from < to
            && !(from..to).any(|j| tokens[j].kind == crate::token::TokenKind::Number)
            && (capital || any_noun || self.is_named(i, from, to) || self.names_body(i, from, to));
        accepted.then_some((from, to))
    }

    /// Where an inverted source (tokens `from..to` of sentence `i`) ends when a preposition
    /// or a date follows it before the end of its clause: at `to` when those words qualify the
    /// verb — a date ("…, a assuré X lundi"), a document ("…, a assuré X dans un communiqué",
    /// "…, said X in a statement"), any short phrase after a proper name ("…, a répété Peskov
    /// lors d'un point presse") — and at the end of the clause when a title or role heads the
    /// source ("…, résume un chercheur de l'Institut pour l'unification"). `None` for a
    /// clause that goes on ("…, a annoncé le déploiement de troupes dans la région").
    fn inverted_tail(&self, i: usize, from: usize, to: usize) -> Option<usize> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        if from >= to || to >= tokens.len() {
            return None;
        }
        let end = tokens[to..]
            .iter()
            .position(is_break)
            .map_or(tokens.len(), |p| to + p);
        if end - to > ADJUNCT_WORDS {
            return None;
        }
        let dated = (to..end).all(|j| self.date_tokens[i][j]);
        let preposition =
            has(words.stops, &tokens[to].folded) && !has(words.relatives, &tokens[to].folded);
        let document = tokens[to..end].iter().any(|t| {
            has(words.document_nouns, &t.folded) && super::np::common_noun_case(self.lang, t)
        });
        let proper = tokens[to - 1].text.starts_with(char::is_uppercase);
        if dated || (preposition && (document || proper)) {
            return Some(to);
        }
        let titled = super::np::is_title(words.titles, tokens, from).is_some();
        (preposition && titled && end - from <= INVERTED_WORDS + 2).then_some(end)
    }

    /// True when tokens `from..to` of sentence `i` hold a gazetteer name.
    fn gazetteer_named(&self, i: usize, from: usize, to: usize) -> bool {
        let tokens = &self.tokens[i];
        from < to && {
            let (start, end) = (tokens[from].start, tokens[to - 1].end);
            self.mentions_in(start, end)
                .iter()
                .any(|m| m.start >= start && m.end <= end)
        }
    }

    /// The subject of a verb-second clause, where something else opens the clause: between the
    /// auxiliary and the participle ("Am 23. Oktober hatte der NIS erklärt") or right after a
    /// simple verb, before a particle or the end of the clause ("Am Freitag teilte der NIS mit,
    /// dass"), or before the figure it gives ("Am Montag meldete das Polizeipräsidium 117 Tote").
    /// Only read when no subject precedes the verb, and only a gazetteer name, a phrase naming a
    /// body or role, or a pronoun is taken.
    fn inverted_subject(
        &self,
        i: usize,
        group: usize,
        k: usize,
        end: usize,
        aux: bool,
    ) -> Option<(usize, usize)> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let (from, to) = if aux && group + 1 < k {
            let (from, to) = after(words, tokens, group + 1);
            (from, to.min(k))
        } else {
            let (from, to) = after(words, tokens, self.past_recipient(i, end));
            // The subject ends its clause or comes before the figure the verb gives ("Am
            // Montag meldete das Polizeipräsidium 117 Tote").
            let closes = tokens.get(to).is_none_or(|t| {
                is_break(t)
                    || has(words.stops, &t.folded)
                    || has(words.complementizers, &t.folded)
                    || t.kind == crate::token::TokenKind::Number
            });
            if !closes {
                return None;
            }
            (from, to)
        };
        let pronoun = to == from + 1
            && has(words.pronouns, &tokens[from].folded)
            && !super::np::is_acronym(&tokens[from]);
        let acronym = to == from + 1 && super::np::is_acronym(&tokens[from]);
        let subject =
            self.gazetteer_named(i, from, to) || self.names_body(i, from, to) || pronoun || acronym;
        subject.then_some((from, to))
    }

    /// Past the agency a statement was made to, when the subject follows it ("a indiqué jeudi à
    /// l'AEOP le porte-parole du ministère", "told Reuters the minister"): the token after the
    /// agency's name; `end` otherwise.
    fn past_recipient(&self, i: usize, end: usize) -> usize {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        if !tokens
            .get(end)
            .is_some_and(|t| has(words.recipients, &t.folded) && !self.is_aux(t))
        {
            return end;
        }
        let mut k = end + 1;
        while tokens
            .get(k)
            .is_some_and(|t| has(words.determiners, &t.folded))
        {
            k += 1;
        }
        let named = tokens.get(k).is_some_and(super::np::is_acronym)
            || k < tokens.len() && self.gazetteer_named(i, k, k + 1);
        let subject_follows = tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == crate::token::TokenKind::Word && !is_break(t));
        if named && subject_follows { k + 1 } else { end }
    }

    /// A proper name right after a verb-second verb, with no article and before the figure the
    /// verb gives: "Gleichzeitig meldete Levine Cava 22 Todesopfer" (a common noun there takes
    /// an article: "meldete die Polizei").
    fn inverted_name(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let (from, to) = after(words, tokens, end);
        let named = from == end
            && from < to
            && to - from <= 3
            && tokens
                .get(to)
                .is_some_and(|t| t.kind == crate::token::TokenKind::Number)
            && tokens[from..to].iter().all(|t| {
                t.kind == crate::token::TokenKind::Word && t.text.starts_with(char::is_uppercase)
            });
        named.then_some((from, to))
    }

    /// The body or known name that opens the clause of sentence `i` that holds token `end`
    /// (after a dash, a colon or a semicolon), articles and dates aside, ending before `end`: a known name other than a place that starts there, else its first words up to
    /// the one that names a body ("Der Bauernverband", "Die Behörden", "Amnesty
    /// International"). None when the sentence opens with anything else (a preposition, a
    /// figure).
    fn opening_subject(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        // The sentence's clause that holds `end`: "13.30 Uhr – Der Bauernverband legt sich".
        let clause = tokens[..end]
            .iter()
            .rposition(|t| matches!(t.text, ";" | ":" | "–" | "—"))
            .map_or(0, |p| p + 1);
        let from = (clause..end)
            .find(|&j| !has(words.determiners, &tokens[j].folded) && !self.date_tokens[i][j])?;
        let start = tokens[from].start;
        if let Some(m) = self
            .mentions_in(start, tokens[from].end)
            .iter()
            .find(|m| m.start == start)
        {
            let to = tokens.partition_point(|t| t.start < m.end);
            return (to <= end && self.holds_source_name(i, from, to)).then_some((from, to));
        }
        (from + 1..=end.min(from + 4))
            .take_while(|&to| {
                let t = &tokens[to - 1];
                t.kind == crate::token::TokenKind::Word && !has(words.stops, &t.folded)
            })
            .find(|&to| self.names_body(i, from, to))
            .map(|to| (from, to))
    }

    /// The agency or outlet a statement was made to: "a déclaré à l'AFP", "told Reuters".
    fn recipient(&self, i: usize, end: usize) -> Option<crate::claim::Source> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let start = match tokens.get(end) {
            Some(t) if has(words.recipients, &t.folded) && !self.is_aux(t) => end + 1,
            Some(_) => end,
            None => return None,
        };
        let (from, to) = after(words, tokens, start);
        let chain = self.resolve_one(i, from, to, None)?;
        let source = chain.into_iter().next()?;
        matches!(source.kind, SourceKind::Agency | SourceKind::Outlet).then_some(source)
    }

    /// The speaker of a "Name: statement" sentence, as headlines write them ("Blinken: 8,000
    /// soldiers in Kursk"): a gazetteer name, alone before the colon, speaks for the rest of a
    /// sentence with no other cue. A country or place there is the topic ("Ukraine: …").
    fn colon_cue(&self, i: usize) -> Option<Raw> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let colon = tokens.iter().take(6).position(|t| t.text == ":")?;
        let (from, to) = trim_determiners(words, tokens, 0, colon);
        if from >= to || !self.gazetteer_named(i, from, to) {
            return None;
        }
        let (start, end) = (tokens[from].start, tokens[to - 1].end);
        let whole = self
            .mentions_in(start, end)
            .iter()
            .any(|m| m.start == start && m.end == end);
        // "Corée du Nord : …", "Ukraine: …": a country or place before the colon is the topic.
        let concepts = &self.lang.concepts;
        let topic = [self.lang.concepts.entities, concepts.places]
            .iter()
            .any(|table| {
                crate::extract::phrase::at(table, tokens, from).is_some_and(|(n, _)| from + n == to)
            });
        if !whole || topic {
            return None;
        }
        let chain = self.resolve_one(i, from, to, None)?;
        Some(Raw {
            kind: Kind::Frame,
            chain,
            at: colon,
            name: (from, to),
        })
    }

    /// The "nach … Schätzungen" cue at token `k`: a preposition that attributes only when an
    /// estimate noun follows within a few words, the source ending there.
    fn estimate_cue(
        &self,
        i: usize,
        k: usize,
        len: usize,
        previous: Option<&Chain>,
    ) -> Option<Raw> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let from = k + len;
        // A compound ending in an estimate noun names its author first: "nach UN-Angaben",
        // "nach Polizeiangaben".
        let estimate = |f: &str| {
            has(words.estimates, f)
                || words.estimates.iter().any(|e| {
                    e.len() >= super::COMPOUND_PART && f.len() > e.len() + 1 && f.ends_with(e)
                })
        };
        let noun = (from..tokens.len().min(from + 4))
            .take_while(|&j| !is_break(&tokens[j]))
            .find(|&j| estimate(&tokens[j].folded))?;
        // "nach den jüngsten Angaben des Gesundheitsministeriums": the report's author.
        let (chain, (from, to)) = match self.report_chain(i, noun, previous) {
            Some(found) => found,
            None => (
                self.compound_author(&tokens[noun])
                    .or_else(|| self.resolve_one(i, from, noun + 1, previous))?,
                (from, noun + 1),
            ),
        };
        Some(Raw {
            kind: Kind::AccordingBack,
            chain,
            at: k,
            name: (from, to),
        })
    }

    /// The known source that a closed compound of a name and an estimate noun starts with:
    /// "Polizeiangaben" → police.
    fn compound_author(&self, t: &Token) -> Option<Chain> {
        let words = &self.lang.attribution;
        let estimate = words.estimates.iter().find(|e| t.folded.ends_with(*e))?;
        // Folding keeps one character per letter: the name is the text's first characters.
        let keep = t
            .text
            .chars()
            .count()
            .checked_sub(estimate.chars().count())?;
        let prefix = &t.text[..t.text.char_indices().nth(keep)?.0];
        let [named] = self.gazetteer.mentions(prefix)[..] else {
            return None;
        };
        (named.start == 0 && named.end == prefix.len())
            .then(|| vec![self.gazetteer.source(named.entry, t.text)])
    }

    /// The "selon X" / "according to X" cue at token `k`.
    fn according_cue(
        &self,
        i: usize,
        k: usize,
        len: usize,
        previous: Option<&Chain>,
    ) -> Option<Raw> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let next = tokens.get(k + len)?;
        if has(words.not_sources, &next.folded) {
            return None;
        }
        let start = if has(words.source_words, &tokens[k + len - 1].folded) {
            k + len - 1
        } else {
            k + len
        };
        let (from, mut to) = after(words, tokens, start);
        // "selon le dernier bilan communiqué par les pompiers", "segundo dados verificados
        // pela OMS": the report's author.
        let report = (from..to.min(from + 3)).find(|&h| has(words.report_nouns, &tokens[h].folded));
        if let Some((chain, name)) = report.and_then(|h| self.report_chain(i, h, previous)) {
            return Some(Raw {
                kind: Kind::AccordingBack,
                chain,
                at: k,
                name,
            });
        }
        // Verb-second: the name ends at its last capitalised noun ("nach Angaben der
        // Regionalregierung sind allein").
        while words.verb_second
            && to > from + 1
            && tokens[to - 1].kind == crate::token::TokenKind::Word
            && !tokens[to - 1].text.starts_with(char::is_uppercase)
        {
            to -= 1;
        }
        let chain = self.resolve_one(i, from, to, previous)?;
        Some(Raw {
            kind: Kind::AccordingBack,
            chain,
            at: k,
            name: (from, to),
        })
    }
}

/// Tokens `from..to` without the determiners they start with ("Le Kremlin").
fn trim_determiners(
    words: &super::AttributionWords,
    tokens: &[Token],
    mut from: usize,
    to: usize,
) -> (usize, usize) {
    while from < to
        && has(words.determiners, &tokens[from].folded)
        && !super::np::is_acronym(&tokens[from])
    {
        from += 1;
    }
    (from, to)
}

/// The cues of sentence `i`; `previous` is the chain a pronoun refers to.
pub(super) fn find(a: &Analysis, i: usize, previous: Option<&Chain>) -> SentenceCues {
    let tokens = &a.tokens[i];
    let words = &a.lang.attribution;
    let mut raws: Vec<Raw> = Vec::new();
    // "per l'Oms, …" opening the sentence or a clause, before a known name. Two of them in one
    // sentence ("per l'Oms i morti sono 3.958, per l'Onu 11.300") each open a clause that
    // runs to the next.
    let named_opens: Vec<bool> = (0..tokens.len())
        .map(|k| {
            (k == 0 || matches!(tokens[k - 1].text, "," | ";" | ":"))
                && word_at(words.according_named, tokens, k).is_some_and(|len| {
                    let (from, to) = after(words, tokens, k + len);
                    a.gazetteer_named(i, from, to)
                })
        })
        .collect();
    let named_open_count = named_opens.iter().filter(|&&o| o).count();
    let mut k = 0;
    // The first quotation that ends after the current token: tokens only move forward.
    let mut quote = tokens
        .first()
        .map_or(0, |t| a.quotes.partition_point(|q| q[1] <= t.start));
    while k < tokens.len() {
        let pos = tokens[k].start;
        while a.quotes.get(quote).is_some_and(|q| q[1] <= pos) {
            quote += 1;
        }
        if a.quotes
            .get(quote)
            .is_some_and(|q| q[0] < pos && pos < q[1])
            || !may_cue(a.lang, &tokens[k])
        {
            // Debug builds check that no cue table holds a phrase starting here.
            debug_assert!(
                a.quotes
                    .get(quote)
                    .is_some_and(|q| q[0] < pos && pos < q[1])
                    || (word_at(words.according_to, tokens, k).is_none()
                        && word_at(words.according_named, tokens, k).is_none()
                        && word_at(words.according_estimates, tokens, k).is_none()
                        && word_at(words.citing, tokens, k).is_none()
                        && a.verb_at(tokens, k).is_none()),
                "a cue starts at {:?}, which the start words miss",
                tokens[k].text
            );
            k += 1;
            continue;
        }
        if let Some(len) = word_at(words.according_to, tokens, k) {
            match own_cue(a, i, k, len, &raws, previous) {
                Some(own) => raws.push(own),
                None => raws.extend(a.according_cue(i, k, len, previous)),
            }
            k += len;
        } else if let Some(len) = word_at(words.according_named, tokens, k)
            && named_opens[k]
        {
            let cue = a.according_cue(i, k, len, previous);
            // Two or more of them ("per l'Oms i morti sono 3.958, per l'Onu 11.300"): each
            // opens a clause of its own and governs the figures in it.
            raws.extend(cue.map(|mut raw| {
                if named_open_count > 1 {
                    raw.kind = Kind::Frame;
                }
                raw
            }));
            k += len;
        } else if let Some(len) = word_at(words.according_estimates, tokens, k) {
            // "nach eigenen Angaben" with no subject to point to names no source.
            let own_words = tokens
                .get(k + len)
                .is_some_and(|t| has(words.own_words, &t.folded));
            match own_cue(a, i, k, len, &raws, previous) {
                Some(own) => raws.push(own),
                None if own_words => {}
                None => raws.extend(a.estimate_cue(i, k, len, previous)),
            }
            k += len;
        } else if let Some(len) = word_at(words.citing, tokens, k) {
            let (mut from, mut to) = after(words, tokens, k + len);
            // "citing a briefing by the NIS", "citant un rapport du NIS": the document's author.
            let of =
                |t: &Token| has(a.lang.stance.agents, &t.folded) || has(words.genitives, &t.folded);
            if !a.gazetteer_named(i, from, to) && tokens.get(to).is_some_and(of) {
                let (f, t) = after(words, tokens, to + 1);
                if a.gazetteer_named(i, f, t) {
                    (from, to) = (f, t);
                }
            }
            if let Some(chain) = a.resolve_one(i, from, to, previous) {
                raws.push(Raw {
                    kind: Kind::Citing,
                    chain,
                    at: k,
                    name: (from, to),
                });
            }
            k += len;
        } else if let Some((len, strength)) = a.verb_at(tokens, k) {
            match a.verb_cue(i, k, len, strength, previous) {
                Some(cue) => raws.push(cue),
                None => raws.extend(elided_subject_cue(a, i, k, strength, &raws, previous)),
            }
            k += len;
        } else {
            k += 1;
        }
    }
    raws.extend(report_cues(a, i, &raws, previous));
    if raws.is_empty() {
        raws.extend(a.colon_cue(i));
    }
    let name_bytes =
        |r: &Raw| (r.name.0 < r.name.1).then(|| [tokens[r.name.0].start, tokens[r.name.1 - 1].end]);
    let mut names: Vec<[usize; 2]> = raws.iter().filter_map(name_bytes).collect();
    nest_citations(&mut raws);
    let gapped = gapped(a, i, &raws, previous);
    names.extend(gapped.iter().filter_map(name_bytes));
    raws.extend(gapped);
    let mut bounds = clause_bounds(a, i, &raws);
    if named_open_count > 1 {
        bounds.extend((0..tokens.len()).filter(|&k| named_opens[k]));
        bounds.sort_unstable();
        bounds.dedup();
    }
    let clause_of = |at: usize| {
        let b = bounds.partition_point(|&x| x <= at);
        (bounds[b - 1], bounds[b])
    };
    let byte = |tok: usize| tokens.get(tok).map_or(a.sentences[i].end, |t| t.start);
    // The opening's own inverted frame names the source of the sentence before.
    let resumed = raws
        .iter()
        .find(|r| r.kind == Kind::Frame && r.name.0 > r.at && a.resumes_previous(tokens, r.at))
        .map(|r| r.chain.clone());
    let mut out = SentenceCues {
        names,
        resumed,
        ..SentenceCues::default()
    };
    // Per-source figures: two or more trailing "selon" cues in one clause.
    let mut by_clause: Vec<((usize, usize), Vec<&Raw>)> = Vec::new();
    for raw in &raws {
        let clause = clause_of(raw.at);
        let forward = raw.kind == Kind::AccordingBack
            && raw.at <= clause.0 + 3
            && tokens.get(raw.name.1).is_some_and(|t| t.text == ",");
        if raw.kind == Kind::AccordingBack && !forward {
            match by_clause.iter_mut().find(|(c, _)| *c == clause) {
                Some((_, list)) => list.push(raw),
                None => by_clause.push((clause, vec![raw])),
            }
            continue;
        }
        out.cues.push(Cue {
            chain: raw.chain.clone(),
            region: [byte(clause.0), byte(clause.1)],
            frame: !matches!(raw.kind, Kind::Subject | Kind::Gapped),
            anchor: tokens[raw.at].start,
        });
    }
    for (clause, list) in by_clause {
        if list.len() == 1 {
            out.cues.push(Cue {
                chain: list[0].chain.clone(),
                region: [byte(clause.0), byte(clause.1)],
                frame: true,
                anchor: tokens[list[0].at].start,
            });
            continue;
        }
        let mut from = clause.0;
        for raw in &list {
            out.cues.push(Cue {
                chain: raw.chain.clone(),
                region: [byte(from), byte(raw.at)],
                frame: true,
                anchor: tokens[raw.at].start,
            });
            from = raw.name.1;
        }
        out.per_source = list.iter().map(|r| r.chain.clone()).collect();
    }
    out.cues.sort_by_key(|c| c.anchor);
    // What the next sentences continue: the report, not a list of figures per source.
    let reports: Vec<&Cue> = if out.per_source.is_empty() {
        out.cues.iter().collect()
    } else {
        out.cues
            .iter()
            .filter(|c| !out.per_source.contains(&c.chain))
            .collect()
    };
    out.last = reports.last().map(|&last| {
        let mut governing: Vec<&Cue> = reports
            .iter()
            .copied()
            .filter(|c| c.region[0] <= last.anchor && last.anchor < c.region[1])
            .collect();
        if governing.is_empty() {
            governing.push(last);
        }
        governing.sort_by_key(|c| (!c.frame, c.anchor));
        let mut chain: Chain = Vec::new();
        for cue in governing {
            super::join(&mut chain, &cue.chain);
        }
        chain
    });
    out
}

/// The "according to" cue at token `k` (`len` tokens long) of sentence `i` when a stressed
/// pronoun or a possessive follows it ("selon lui", "nach eigenen Angaben", "según sus datos"):
/// it points to the subject of a cue before it in the sentence ("Prigojine a accusé…, tuant selon
/// lui"), else to the subject before the sentence's first auxiliary ("Das IKRK hat nach eigenen
/// Angaben") or, in a verb-second language, before the verb right before it ("Das Ministerium
/// suspendierte nach eigenen Angaben"), else to the previous source. `raws` are the cues found before it.
fn own_cue(
    a: &Analysis,
    i: usize,
    k: usize,
    len: usize,
    raws: &[Raw],
    previous: Option<&Chain>,
) -> Option<Raw> {
    let tokens = &a.tokens[i];
    let words = &a.lang.attribution;
    let start = k + len;
    let mut m = start;
    while m < tokens.len() && m < start + 2 && has(words.own_words, &tokens[m].folded) {
        m += 1;
    }
    if m == start {
        return None;
    }
    let next = tokens.get(m);
    // "selon lui, …", "selon lui 30 soldats"; "según el 112" is an article.
    let pronoun = next.is_none_or(|t| {
        is_break(t)
            || (t.kind == crate::token::TokenKind::Number
                && !has(words.determiners, &tokens[m - 1].folded))
    });
    // "según sus datos": a possessive; "según el recuento" is an article ("el", folded like the
    // pronoun "él"): a determiner that is no possessive opens a report noun of its own.
    let own = &tokens[m - 1].folded;
    let article = has(words.determiners, own)
        && !has(a.lang.concepts.own, own)
        && !has(a.lang.numbers.definite, own);
    let report = !article
        && next
            .is_some_and(|t| has(words.report_nouns, &t.folded) || has(words.estimates, &t.folded));
    if !pronoun && !report {
        return None;
    }
    let end = if report { m + 1 } else { m };
    let chain = raws
        .iter()
        .rev()
        .find(|r| r.at < k && matches!(r.kind, Kind::Subject | Kind::Frame))
        .map(|r| r.chain.clone())
        .or_else(|| {
            // The first auxiliary, or in a verb-second language the finite verb right before
            // the cue ("Das Bildungsministerium suspendierte nach eigenen Angaben").
            let finite_before = || {
                k.checked_sub(1).filter(|&verb| {
                    words.verb_second
                        && verb > 0
                        && tokens[verb].kind == crate::token::TokenKind::Word
                        && tokens[verb].text.starts_with(char::is_lowercase)
                })
            };
            let auxiliary = (0..k).find(|&j| a.is_aux(&tokens[j]));
            let aux = auxiliary.or_else(finite_before)?;
            let (from, to) = a.subject_before(i, aux);
            // Before a finite verb, only a phrase that opens the sentence is its subject: "In
            // Berlin demonstrierten nach eigenen Angaben 30.000" names no one.
            let opens = auxiliary.is_some()
                || tokens[..from]
                    .iter()
                    .all(|t| has(words.determiners, &t.folded));
            let credible =
                from < to && opens && (a.is_named(i, from, to) || a.names_body(i, from, to));
            credible
                .then(|| a.resolve_one(i, from, to, previous))
                .flatten()
        })
        .or_else(|| previous.cloned())?;
    Some(Raw {
        kind: Kind::AccordingBack,
        chain,
        at: k,
        name: (start, end),
    })
}

/// The cue of a reporting verb at token `k` of sentence `i` whose subject is left out because
/// it is the subject of the clause before, joined by a conjunction or a coordinator (or, in a
/// verb-second language, a comma): "o general … disse não ter os dados, mas estimou que 300",
/// "Die Behörden bestreiten das und sprechen von 19 Toten", "Der Bauernverband legt sich nicht
/// fest, geht aber von 30.000 aus". The subject is the source of the latest cue before, else
/// a body or a known name that opens the sentence. `raws` are the cues found before.
fn elided_subject_cue(
    a: &Analysis,
    i: usize,
    k: usize,
    strength: Strength,
    raws: &[Raw],
    previous: Option<&Chain>,
) -> Option<Raw> {
    let tokens = &a.tokens[i];
    let words = &a.lang.attribution;
    if strength == Strength::InvertedOnly {
        return None;
    }
    let group = if k > 0 && a.is_aux(&tokens[k - 1]) {
        k - 1
    } else {
        k
    };
    let joined = group > 0 && {
        let p = &tokens[group - 1];
        has(words.coordinators, &p.folded)
            || has(words.conjunctions, &p.folded)
            || (words.verb_second && p.text == ",")
    };
    if !joined {
        return None;
    }
    let chain = match raws
        .iter()
        .rev()
        .find(|r| matches!(r.kind, Kind::Subject | Kind::Frame))
    {
        Some(r) => r.chain.clone(),
        None => {
            let (from, to) = a.opening_subject(i, group - 1)?;
            a.resolve_one(i, from, to, previous)?
        }
    };
    Some(Raw {
        kind: Kind::Subject,
        chain,
        at: k,
        name: (k, k),
    })
}

/// Report nouns that open their clause and name their author ("Nouveau bilan du Comité
/// d'enquête : 133 morts", "El balance anterior del ministerio era de 160", "The Health
/// Ministry's latest count: 78 dead"): the author speaks for the clause, inside any frame. A
/// report that is already part of a cue's name ("selon le bilan du ministère") is that cue's.
fn report_cues(a: &Analysis, i: usize, raws: &[Raw], previous: Option<&Chain>) -> Vec<Raw> {
    let tokens = &a.tokens[i];
    let words = &a.lang.attribution;
    let mut out = Vec::new();
    for (h, t) in tokens.iter().enumerate() {
        if !a.tags[i].listed(
            crate::extract::concept::REPORT_NOUN,
            words.report_nouns,
            tokens,
            h,
        ) || a.quote_at(t.start).is_some()
            || raws.iter().any(|r| r.at <= h && h <= r.name.1.max(r.at))
        {
            continue;
        }
        let Some(authors) = a.report_authors(i, h) else {
            continue;
        };
        let (from, to) = authors[0];
        // A possessive author stands before the noun and opens the clause itself.
        let opens = if to <= h {
            a.opens_clause(i, from)
        } else {
            a.opens_clause(i, h)
        };
        if !opens {
            continue;
        }
        if let Some((chain, name)) = a.report_chain(i, h, previous) {
            out.push(Raw {
                kind: Kind::Subject,
                chain,
                at: h,
                name,
            });
        }
    }
    out
}

/// Second sources of a reporting verb that is not repeated: after the verb's clause, a comma or
/// a conjunction, a named source and a figure with its bound ("…, la CGT 700 000", "…, les
/// organisateurs plus de 100 000", "… y los organizadores 12.000", "…, local media at about
/// 12,000").
fn gapped(a: &Analysis, i: usize, raws: &[Raw], previous: Option<&Chain>) -> Vec<Raw> {
    let tokens = &a.tokens[i];
    let words = &a.lang.attribution;
    let Some(verb) = raws.iter().find(|r| r.kind == Kind::Subject) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for j in verb.at + 1..tokens.len() {
        if tokens[j].text != "," && !has(words.conjunctions, &tokens[j].folded) {
            continue;
        }
        let Some(number) = (j + 1..tokens.len().min(j + 9))
            .take_while(|&m| !is_break(&tokens[m]))
            .find(|&m| tokens[m].kind == crate::token::TokenKind::Number)
        else {
            continue;
        };
        // The figure's bound and the preposition of an estimate stand between the name and
        // the figure: the name ends where they begin.
        let mut lead = number;
        if let Some((n, _)) = phrase::before(a.lang.numbers.bounds_before, tokens, lead) {
            lead = (lead - n).max(j + 1);
        }
        if lead > j + 1 && has(words.estimate_links, &tokens[lead - 1].folded) {
            lead -= 1;
        }
        let (from, to) = after(words, &tokens[..lead], j + 1);
        // The name ends right before the figure ("…, la CGT 700 000"), not a clause with a
        // name in it ("…, Pjöngjang wolle insgesamt 12.000").
        let (start, end) = (tokens[j + 1].start, tokens[lead - 1].end);
        let named = lead > j + 1
            && a.mentions_in(start, end)
                .iter()
                .any(|m| m.start >= start && m.end == end);
        if to != lead || from >= to || !named {
            continue;
        }
        if let Some(chain) = a.resolve_one(i, from, to, previous) {
            out.push(Raw {
                kind: Kind::Gapped,
                chain,
                at: from,
                name: (from, to),
            });
        }
    }
    out
}

/// Puts each "citant Y" inside the reporting cue nearest to it: Yonhap, citing intelligence,
/// is the chain Yonhap → intelligence. A citation with no reporting cue stands as a frame.
fn nest_citations(raws: &mut Vec<Raw>) {
    let mut k = 0;
    while k < raws.len() {
        if raws[k].kind != Kind::Citing {
            k += 1;
            continue;
        }
        let at = raws[k].at;
        let host = raws
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r.kind, Kind::Subject | Kind::Frame))
            .min_by_key(|(_, r)| r.at.abs_diff(at))
            .map(|(j, _)| j);
        match host {
            Some(j) => {
                let cited = raws.remove(k);
                let j = if j > k { j - 1 } else { j };
                super::join(&mut raws[j].chain, &cited.chain);
            }
            None => {
                raws[k].kind = Kind::Frame;
                k += 1;
            }
        }
    }
}

/// Token indexes where the sentence's coordinate clauses start, with 0 first and the token
/// count last: semicolons, dashes, "mais"/"but", and the subject of a second reporting verb
/// after a conjunction ("…, et la CGT a affirmé").
fn clause_bounds(a: &Analysis, i: usize, raws: &[Raw]) -> Vec<usize> {
    let tokens = &a.tokens[i];
    let words = &a.lang.attribution;
    let mut bounds = vec![0];
    for (k, t) in tokens.iter().enumerate() {
        let dash = matches!(t.text, "–" | "—" | ";")
            || (t.text == "-" && k > 0 && tokens[k - 1].end < t.start);
        // "geht aber von 30.000 aus": right after the verb, "aber" is an adverb of its clause.
        let after_verb = raws.iter().any(|r| r.at + 1 == k);
        if dash {
            bounds.push(k + 1);
        } else if k > 0 && has(words.coordinators, &t.folded) && !after_verb {
            bounds.push(k);
        }
    }
    for raw in raws {
        let (from, _) = raw.name;
        let joined = from > 1
            && raw.kind == Kind::Subject
            && has(words.conjunctions, &tokens[from - 1].folded);
        if joined {
            bounds.push(from - 1);
        } else if raw.kind == Kind::Gapped {
            bounds.push(from);
        }
    }
    bounds.push(tokens.len());
    bounds.sort_unstable();
    bounds.dedup();
    bounds
}
