//! Statements: claims of fact without a number ("North Korean soldiers are fighting alongside
//! Russian troops"), built from a clause's subject concept, entity, place and event.
//!
//! A clause yields a statement when it holds a counted noun (a concept: "soldats", "missiles")
//! that no figure counts and an event word ("combattraient", "utilise", "deployed"); one
//! statement per clause at most, so that a sentence merely mentioning soldiers yields none.
//! A clause that denies or does not confirm earlier reports without naming them ("Le Kremlin a
//! rejeté ces informations", "Pyongyang has not commented") yields a statement too, about the
//! article's current topic (the concept of the nearest claim before it), so that its stance is
//! kept.

use crate::Document;
use crate::claim::{Claim, ClaimKind, Counted};
use crate::extract::attribution::Analysis;
use crate::extract::attribution::clause::{self, Clause};
use crate::extract::attribution::np::has;
use crate::extract::attribution::quote;
use crate::extract::concept::{self, Tags};
use crate::extract::stance::CueKind;
use crate::lang::LangData;
use crate::segment::Sentence;
use crate::token::{Token, TokenKind};

mod subject;

/// How far after a figure, in bytes, its counted noun may stand ("1 500 soldats nord-coréens").
const COUNTED_REACH: usize = 48;

/// Extracts the statement claims of a document. `found` are the counts and dates already found.
pub fn extract(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    found: &[Claim],
) -> Vec<Claim> {
    let options = crate::Options::default();
    extract_with(&Analysis::new(doc, sentences, lang, &options), found)
}

/// Extracts the statement claims of a document already read for attribution (see
/// [`extract`]).
pub(crate) fn extract_with(a: &Analysis, found: &[Claim]) -> Vec<Claim> {
    let (doc, lang) = (a.doc, a.lang);
    let mut out: Vec<Claim> = Vec::new();
    // Counts by where they start, so that each sentence finds its own with a binary search.
    let mut all_counts: Vec<&Claim> = found
        .iter()
        .filter(|c| c.kind == ClaimKind::Count)
        .collect();
    all_counts.sort_by_key(|c| c.span[0]);
    let topics = Topics::new(found);
    // Each clause's own statement depends on its sentence alone: found in parallel.
    let per_sentence = crate::par::map(a.sentences.len(), |i| {
        if a.sentences[i].heading || a.tokens[i].is_empty() {
            return None;
        }
        let tags = &a.tags[i];
        let (context, counts) = context_of(a, &all_counts, i, tags);
        let mut made: Vec<Claim> = a.clauses[i]
            .iter()
            .filter_map(|c| fact(&context, c, counts))
            .collect();
        // Held for every sentence until the pass in order: no room for claims never made.
        made.shrink_to_fit();
        Some((tags, made))
    });
    for (i, found) in per_sentence.into_iter().enumerate() {
        let Some((tags, mut made)) = found else {
            continue;
        };
        let (context, counts) = context_of(a, &all_counts, i, tags);
        let (sentence, tokens, clauses) = (context.sentence, context.tokens, &a.clauses[i]);
        // "Ils ont été transférés", "none of them has seen a real war": a clause whose subject
        // is a plural pronoun is about the article's topic.
        let mut anaphoric = Vec::new();
        for c in clauses {
            let bytes = [tokens[c.from].start, tokens[c.to - 1].end];
            let inside = |k: &&Claim| bytes[0] <= k.span[0] && k.span[0] < bytes[1];
            if counts.iter().any(&inside) || made.iter().any(|k| inside(&k)) {
                continue;
            }
            let Some(made) = pronoun_fact(&context, c, |at| topics.people_topic(&out, &made, at))
            else {
                continue;
            };
            anaphoric.push(made);
        }
        made.extend(anaphoric);
        made.sort_by_key(|c| c.span[0]);
        let topic = |before: usize| topics.topic(&out, &made, before);
        let mut reactions = Vec::new();
        for &cue in &a.stance_cues[i] {
            if cue.kind == CueKind::Hedge || cue.passive {
                continue;
            }
            let Some(c) = clauses
                .iter()
                .position(|c| c.from <= cue.at && cue.at < c.to)
            else {
                continue;
            };
            let reach = clause::reach(clauses, c, true);
            if reach.is_empty() {
                continue;
            }
            let from = tokens[clauses[reach.start].from].start;
            let to = tokens[clauses[reach.end - 1].to - 1].end;
            let covered = counts
                .iter()
                .copied()
                .chain(&made)
                .any(|k| from <= k.span[0] && k.span[0] < to);
            if covered {
                continue;
            }
            let own = &clauses[c];
            // What is denied or left unconfirmed: nothing ("n'a pas souhaité commenter"), the
            // reports ("ces informations") or an event ("l'envoi", "leur présence").
            let object = (cue.at + 1..own.to)
                .map(|k| &tokens[k])
                .take_while(|t| t.kind != TokenKind::Punct)
                .find(|t| {
                    t.kind == TokenKind::Word
                        && !has(lang.attribution.determiners, &t.folded)
                        && !has(lang.attribution.recipients, &t.folded)
                        // "n'a pas reconnu officiellement leur présence"
                        && !has(lang.dates.adverbs, &t.folded)
                        // "sans confirmer ni démentir": the second verb has no object either
                        && !has(lang.attribution.conjunctions, &t.folded)
                        && !has(lang.stance.denials, &t.folded)
                        && !has(lang.stance.confirmations, &t.folded)
                });
            let about_reports = object.is_none_or(|t| {
                has(lang.stance.report_nouns, &t.folded)
                    // "described them as rumours": a pronoun for what was reported
                    || has(lang.attribution.clitics, &t.folded)
                    || concept::event(lang, &t.folded).is_some()
                    || concept::concept(lang, &t.folded).is_some()
            });
            if !about_reports {
                continue;
            }
            // "the deployment", "leur présence": an event of the people counted.
            let event_object = object.is_some_and(|t| concept::event(lang, &t.folded).is_some());
            let at = tokens[cue.at].start;
            let subject = if event_object {
                topics.people_topic(&out, &made, at).or_else(|| topic(at))
            } else {
                topic(at)
            };
            let Some(subject) = subject else {
                continue;
            };
            // A denial in an anaphoric clause ("…, ce que Moscou dément") is about the clause
            // before: the statement is that clause, which the denial governs.
            let about = if reach.start < c {
                Clause {
                    from: clauses[reach.start].from,
                    to: clauses[reach.end - 1].to,
                    link: own.link,
                }
            } else {
                *own
            };
            let Some(span) = clause_span(lang, tokens, &about) else {
                continue;
            };
            let object = object.unwrap_or(&tokens[cue.at]);
            let mut claim = Claim::new(ClaimKind::Statement, doc, sentence, span);
            claim.counted = Some(Counted {
                concept: subject.0.concept,
                text: object.text.to_string(),
            });
            claim.qualifiers.entity = subject.1;
            reactions.push(claim);
        }
        made.extend(reactions);
        out.extend(made);
    }
    out.sort_by_key(|c| (c.span[0], c.span[1]));
    out.dedup_by_key(|c| c.span);
    out
}

/// The article's current topic before a position: the first claim with a subject in the
/// nearest sentence before that has one ("12 000 soldats, répartis en quatre brigades":
/// soldiers). The claims already found are indexed once, so that each look-up reads only the
/// claims of that sentence.
struct Topics<'c> {
    found: &'c [Claim],
    /// The `found` claims with a subject.
    any: Index,
    /// The `found` claims about people ([`subject::PEOPLE`]).
    people: Index,
}

/// Some of the claims already found, indexed for [`Topics`].
struct Index {
    /// Which claims it holds (and which of `out` and `made` a look-up reads).
    keep: fn(&Claim) -> bool,
    /// Their indexes in `found`, by start (in `found` order on a tie).
    by_start: Vec<usize>,
    /// For each prefix of `by_start`, the latest sentence start among its claims.
    latest_sentence: Vec<usize>,
    /// Their indexes by sentence start, in `found` order.
    by_sentence: std::collections::HashMap<usize, Vec<usize>>,
}

impl Index {
    fn new(found: &[Claim], keep: fn(&Claim) -> bool) -> Index {
        let kept: Vec<usize> = (0..found.len()).filter(|&k| keep(&found[k])).collect();
        let mut by_start = kept.clone();
        by_start.sort_by_key(|&k| found[k].span[0]);
        let latest_sentence = by_start
            .iter()
            .scan(0, |latest, &k| {
                *latest = (*latest).max(found[k].sentence_span[0]);
                Some(*latest)
            })
            .collect();
        let mut by_sentence: std::collections::HashMap<usize, Vec<usize>> = Default::default();
        for k in kept {
            by_sentence
                .entry(found[k].sentence_span[0])
                .or_default()
                .push(k);
        }
        Index {
            keep,
            by_start,
            latest_sentence,
            by_sentence,
        }
    }
}

/// A claim with a subject.
fn has_subject(c: &Claim) -> bool {
    c.counted.is_some()
}

/// A claim about people: what "ils", "they" or "the deployment" can refer to.
fn about_people(c: &Claim) -> bool {
    c.counted
        .as_ref()
        .is_some_and(|x| subject::PEOPLE.contains(&x.concept.as_str()))
}

impl<'c> Topics<'c> {
    fn new(found: &'c [Claim]) -> Topics<'c> {
        Topics {
            found,
            any: Index::new(found, has_subject),
            people: Index::new(found, about_people),
        }
    }

    /// The topic before byte `before`, among the found claims, the statements of earlier
    /// sentences (`out`, in sentence order) and those of the current one (`made`): the same as
    /// reading `found`, `out` and `made` in that order for the first claim with the least start
    /// in the latest sentence.
    fn topic(
        &self,
        out: &[Claim],
        made: &[Claim],
        before: usize,
    ) -> Option<(Counted, Option<String>)> {
        self.lookup(&self.any, out, made, before)
    }

    /// Like [`Topics::topic`], among claims about people only ([`subject::PEOPLE`]): what
    /// "ils", "they" or "the deployment" refers to.
    fn people_topic(
        &self,
        out: &[Claim],
        made: &[Claim],
        before: usize,
    ) -> Option<(Counted, Option<String>)> {
        self.lookup(&self.people, out, made, before)
    }

    /// [`Topics::topic`] among the claims `index` keeps.
    fn lookup(
        &self,
        index: &Index,
        out: &[Claim],
        made: &[Claim],
        before: usize,
    ) -> Option<(Counted, Option<String>)> {
        let prior = |c: &&Claim| c.span[0] < before && (index.keep)(c);
        let in_found = index
            .by_start
            .partition_point(|&k| self.found[k].span[0] < before)
            .checked_sub(1)
            .map(|p| index.latest_sentence[p]);
        // `out` holds earlier sentences in order: its last claim is in the latest one.
        let in_out = out.iter().rfind(prior).map(|c| c.sentence_span[0]);
        let in_made = made.iter().filter(prior).map(|c| c.sentence_span[0]).max();
        let last = in_found.max(in_out).max(in_made)?;
        let from_found = index
            .by_sentence
            .get(&last)
            .into_iter()
            .flatten()
            .map(|&k| &self.found[k]);
        let tail = out.partition_point(|c| c.sentence_span[0] < last);
        from_found
            .chain(&out[tail..])
            .chain(made)
            .filter(prior)
            .filter(|c| c.sentence_span[0] == last)
            .min_by_key(|c| c.span[0])
            .and_then(|c| Some((c.counted.clone()?, c.qualifiers.entity.clone())))
    }
}

/// What the clauses of one sentence are read against.
struct Context<'a> {
    doc: &'a Document,
    sentence: &'a Sentence,
    lang: &'a LangData,
    tokens: &'a [Token<'a>],
    tags: &'a Tags,
    quotes: &'a [[usize; 2]],
    /// Byte ranges of the sentence's source names.
    names: &'a [[usize; 2]],
    /// Which tokens belong to a date.
    dated: &'a [bool],
}

/// The context of sentence `i` with its tags, and the counts that start in it (`all_counts`
/// sorted by start).
fn context_of<'a>(
    a: &'a Analysis,
    all_counts: &'a [&'a Claim],
    i: usize,
    tags: &'a Tags,
) -> (Context<'a>, &'a [&'a Claim]) {
    let sentence = &a.sentences[i];
    let first = all_counts.partition_point(|c| c.span[0] < sentence.start);
    let last = all_counts.partition_point(|c| c.span[0] < sentence.end);
    let context = Context {
        doc: a.doc,
        sentence,
        lang: a.lang,
        tokens: &a.tokens[i],
        tags,
        quotes: &a.quotes,
        names: &a.cues[i].names,
        dated: &a.date_tokens[i],
    };
    (context, &all_counts[first..last.max(first)])
}

/// The statement of a clause whose subject is a plural pronoun before its event, about the
/// topic `topic` gives at the pronoun.
fn pronoun_fact(
    x: &Context,
    c: &Clause,
    topic: impl Fn(usize) -> Option<(Counted, Option<String>)>,
) -> Option<Claim> {
    let (lang, tokens) = (x.lang, x.tokens);
    // An event word after an article is a noun ("une partie d'entre eux" is a share, not
    // "partie", left): the predicate is a verb.
    let noun = |k: usize| k > c.from && has(lang.attribution.determiners, &tokens[k - 1].folded);
    let event = (c.from..c.to).find(|&k| x.tags.event(lang, tokens, k).is_some() && !noun(k))?;
    let p = subject::pronoun_subject(lang, tokens, c.from, event)?;
    if subject::in_source_name(x.names, &tokens[p]) {
        return None;
    }
    let (counted, entity) = topic(tokens[p].start)?;
    let span = clause_span(lang, tokens, c)?;
    let mut claim = Claim::new(ClaimKind::Statement, x.doc, x.sentence, span);
    claim.qualifiers = concept::clause_qualifiers(lang, tokens, x.tags, [p, p + 1], p);
    claim.qualifiers.entity = claim.qualifiers.entity.take().or(entity);
    claim.qualifiers.event = x.tags.event(lang, tokens, event).map(String::from);
    let n = crate::extract::phrase::word_at(lang.concepts.plural_pronouns, tokens, p).unwrap_or(1);
    claim.counted = Some(Counted {
        concept: counted.concept,
        text: x.doc.text[tokens[p].start..tokens[p + n - 1].end].to_string(),
    });
    Some(claim)
}

/// The statement of fact clause `c` makes, if it has an uncounted concept noun and an event.
fn fact(x: &Context, c: &Clause, counts: &[&Claim]) -> Option<Claim> {
    let (lang, tokens) = (x.lang, x.tokens);
    let range = c.from..c.to;
    let first_event = range.clone().find(|&k| {
        x.tags
            .event(lang, tokens, k)
            .is_some_and(|e| !concept::NEXT_FIGURE_EVENTS.contains(&e))
    })?;
    let event = x.tags.event(lang, tokens, first_event);
    let clause_bytes = [tokens[c.from].start, tokens[c.to - 1].end];
    let counted_here = |k: usize, name: &str| {
        let t = &tokens[k];
        counts.iter().any(|n| {
            let overlaps = n.span[0] <= t.start && t.start < n.span[1];
            let follows = n.span[1] <= t.start && t.start - n.span[1] <= COUNTED_REACH;
            let same_concept = n.counted.as_ref().is_some_and(|x| x.concept == name);
            let in_clause = clause_bytes[0] <= n.span[0] && n.span[0] < clause_bytes[1];
            overlaps || (follows && same_concept) || (in_clause && same_concept)
        })
    };
    // The first known noun is the clause's subject or object: "la formation des soldats",
    // "la Russie utilise des missiles".
    // A personnel word sent, deployed or trained counts soldiers ("les hommes auraient été
    // répartis"), as it does with a figure.
    let personnel = |k: usize| {
        let sent = matches!(event, Some("deployed" | "fighting" | "training"));
        (sent && has(lang.concepts.personnel, &tokens[k].folded)).then_some("soldiers")
    };
    let (k, name) = range
        .clone()
        .filter(|&k| tokens[k].kind == TokenKind::Word)
        .filter_map(|k| {
            concept::concept(lang, &tokens[k].folded)
                .or_else(|| personnel(k))
                .map(|name| (k, name))
        })
        .filter(|&(k, _)| !modifies(lang, tokens, k) || heads_relative(lang, tokens, k))
        .filter(|&(k, _)| {
            !subject::in_source_name(x.names, &tokens[k])
                && !subject::is_recipient(lang, tokens, x.dated, k)
                && !subject::counted_by_figure(lang, tokens, counts, k)
        })
        // "taken to hospital", "in relief camps": a noun inside an event phrase of several
        // words is no subject ("blessés", an event of one word, still is one). Checked last:
        // few nouns reach it.
        .find(|&(k, name)| {
            !counted_here(k, name)
                && !(k.saturating_sub(crate::extract::phrase::MAX_WORDS - 1)..=k).any(|j| {
                    x.tags
                        .event_phrase(lang, tokens, j)
                        .is_some_and(|(n, _)| n > 1 && j + n > k)
                })
        })?;
    // Words quoted in a clause are the speaker's statement: the span is the quotation.
    let quoted = |k: usize| quote::holding(x.quotes, tokens[k].start);
    let mut span = clause_span(lang, tokens, c)?;
    if let Some(q) = quoted(k)
        && quoted(first_event) == Some(q)
    {
        let [qs, qe] = x.quotes[q];
        let inner = (qs.max(span[0]), qe.min(span[1]));
        let from = tokens
            .iter()
            .position(|t| t.start >= inner.0 && t.start != qs)?;
        let to = tokens
            .iter()
            .rposition(|t| t.end <= inner.1 && t.end != qe)?
            + 1;
        span = clause_span(
            lang,
            tokens,
            &Clause {
                from,
                to,
                link: c.link,
            },
        )?;
    }
    let mut claim = Claim::new(ClaimKind::Statement, x.doc, x.sentence, span);
    claim.counted = Some(Counted {
        concept: name.to_string(),
        text: tokens[k].text.to_string(),
    });
    // The noun phrase starts before the noun where English puts its adjectives ("North Korean
    // troops"): back over capitalised words and known entities, never past a determiner.
    let mut start = k;
    while start > c.from && k - start < 3 {
        let t = &tokens[start - 1];
        let capital = t.text.chars().next().is_some_and(char::is_uppercase);
        let entity = concept::entity(lang, &t.folded).is_some();
        let determiner = has(lang.attribution.determiners, &t.folded);
        if t.kind != TokenKind::Word || determiner || !(capital || entity) {
            break;
        }
        start -= 1;
    }
    claim.qualifiers = concept::clause_qualifiers(lang, tokens, x.tags, [start, start], k);
    // The clause's predicate is its first event ("la formation … aurait commencé").
    claim.qualifiers.event = event.map(String::from);
    Some(claim)
}

/// True when the known noun at `k` is the antecedent of a relative clause, after its
/// nationality: "le départ des soldats nord-coréens qui auraient été envoyés" is about the
/// soldiers sent, whatever noun they complement.
fn heads_relative(lang: &LangData, tokens: &[Token], k: usize) -> bool {
    let mut j = k + 1;
    while j < tokens.len().min(k + 4) && concept::entity(lang, &tokens[j].folded).is_some() {
        j += 1;
    }
    tokens
        .get(j)
        .is_some_and(|t| has(lang.attribution.relatives, &t.folded))
}

/// True when the known noun at `k` follows a lower-case word that is not a determiner or a
/// function word, or a genitive after anything but an event: it is then an adjective or a
/// complement of that word ("secrétaire général", "experts militaires", "programmes de
/// missiles"), not what the clause is about. In a language that puts modifiers first, when
/// another known noun follows it.
fn modifies(lang: &LangData, tokens: &[Token], k: usize) -> bool {
    // Where modifiers come first ("ballistic missiles"), a noun modifies only the known noun
    // right after it ("troop movements").
    if lang.concepts.head_last {
        return tokens.get(k + 1).is_some_and(|n| {
            n.kind == TokenKind::Word && concept::concept(lang, &n.folded).is_some()
        });
    }
    let Some(prev) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    let words = &lang.attribution;
    let function = has(words.determiners, &prev.folded)
        || has(lang.concepts.before_noun, &prev.folded)
        || has(words.stops, &prev.folded)
        || has(words.recipients, &prev.folded)
        || has(words.conjunctions, &prev.folded)
        || has(words.complementizers, &prev.folded)
        || concept::entity(lang, &prev.folded).is_some();
    let lower = prev.text.chars().next().is_some_and(char::is_lowercase);
    if has(words.genitives, &prev.folded) {
        // "la formation des soldats", "l'envoi de troupes" name an event of the noun; "le
        // nombre de soldats", "programmes nucléaires et de missiles" make it a complement.
        // A "des" after a verb or a function word is an article ("utilise des missiles",
        // "selon lesquelles des soldats").
        let Some(head) = k.checked_sub(2).map(|h| &tokens[h]) else {
            return false;
        };
        let f = head.folded.as_str();
        let noun_like = head.kind == TokenKind::Word
            && head.text.chars().next().is_some_and(char::is_lowercase)
            && concept::event(lang, f).is_none()
            && ![
                words.determiners,
                words.stops,
                words.complementizers,
                words.coordinators,
                words.recipients,
                words.verbs,
                words.weak_verbs,
                lang.stance.according_relatives,
            ]
            .iter()
            .any(|table| has(table, f));
        return noun_like;
    }
    prev.kind == TokenKind::Word && lower && !function
}

/// The byte span of a clause without its leading link words and trailing punctuation.
fn clause_span(lang: &LangData, tokens: &[Token], c: &Clause) -> Option<[usize; 2]> {
    let words = &lang.attribution;
    let mut from = c.from;
    let mut to = c.to;
    while from < to {
        let t = &tokens[from];
        let link = t.kind == TokenKind::Punct
            || has(words.complementizers, &t.folded)
            || has(words.coordinators, &t.folded)
            || has(words.conjunctions, &t.folded)
            || (has(words.according_to, &t.folded)
                && tokens
                    .get(from + 1)
                    .is_some_and(|n| has(lang.stance.according_relatives, &n.folded)))
            || has(lang.stance.anaphors, &t.folded)
            || has(lang.stance.according_relatives, &t.folded);
        if !link {
            break;
        }
        from += 1;
    }
    // "Selon des experts, la Russie utilise …": the source is not part of the statement.
    if crate::extract::phrase::word_at(words.according_to, tokens, from).is_some()
        && let Some(comma) = (from..to).find(|&k| tokens[k].text == ",")
    {
        from = comma + 1;
    }
    while to > from && tokens[to - 1].kind == TokenKind::Punct {
        to -= 1;
    }
    (from < to).then(|| [tokens[from].start, tokens[to - 1].end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::{Options, ingest, segment};

    fn statements(lang: Lang, text: &str) -> Vec<(String, String)> {
        let options = Options {
            lang: Some(lang),
            date: "2024-10-21".parse().ok(),
            aliases: None,
        };
        let doc = ingest::from_text("outlet.txt", text, &options).unwrap();
        let sentences = segment::split(&doc.text, doc.body_start, lang.data());
        extract(&doc, &sentences, lang.data(), &[])
            .into_iter()
            .map(|c| {
                let q = &c.qualifiers;
                let what = format!(
                    "{} {} {} {}",
                    c.counted.map(|x| x.concept).unwrap_or_default(),
                    q.entity.as_deref().unwrap_or("-"),
                    q.event.as_deref().unwrap_or("-"),
                    q.place.as_deref().unwrap_or("-"),
                );
                (doc.text[c.span[0]..c.span[1]].to_string(), what)
            })
            .collect()
    }

    /// Language, text, and each statement as (span text, "concept entity event place").
    type Row = (Lang, &'static str, &'static [(&'static str, &'static str)]);

    #[test]
    fn statement_rows() {
        let rows: &[Row] = &[
            (
                Lang::Fr,
                "La Russie dément que des soldats nord-coréens combattent en Ukraine.",
                &[(
                    "des soldats nord-coréens combattent en Ukraine",
                    "soldiers North Korea fighting Ukraine",
                )],
            ),
            (
                Lang::Fr,
                "Selon des experts, la Russie utilise des missiles nord-coréens en Ukraine.",
                &[(
                    "la Russie utilise des missiles nord-coréens en Ukraine",
                    "missiles North Korea used Ukraine",
                )],
            ),
            (
                Lang::Fr,
                "La formation des soldats nord-coréens aurait commencé en Russie.",
                &[(
                    "La formation des soldats nord-coréens aurait commencé en Russie",
                    "soldiers North Korea training Russia",
                )],
            ),
            (
                Lang::Fr,
                "Kim a dénoncé « l'envoi de troupes nord-coréennes en Russie ».",
                &[(
                    "l'envoi de troupes nord-coréennes en Russie",
                    "soldiers North Korea deployed Russia",
                )],
            ),
            (Lang::Fr, "Des soldats défilent à Paris.", &[]),
            (Lang::Fr, "Les soldats sont fatigués.", &[]),
            (Lang::Fr, "Le secrétaire général a été envoyé à Séoul.", &[]),
            (Lang::Fr, "Le nombre de soldats envoyés reste inconnu.", &[]),
            (Lang::Fr, "Le Kremlin a contesté toute visée hostile.", &[]),
            (
                Lang::En,
                "North Korean troops have been deployed to Kursk.",
                &[(
                    "North Korean troops have been deployed to Kursk",
                    "soldiers North Korea deployed Kursk",
                )],
            ),
            (
                Lang::En,
                "The army has fired North Korean missiles in Ukraine.",
                &[(
                    "The army has fired North Korean missiles in Ukraine",
                    "missiles North Korea used Ukraine",
                )],
            ),
            (Lang::En, "The soldiers looked tired.", &[]),
            // Anaphoric subjects stand for the people counted before.
            (
                Lang::Fr,
                "Le NIS a annoncé la présence de soldats nord-coréens. Ils auraient été transférés en Russie.",
                &[
                    (
                        "Le NIS a annoncé la présence de soldats nord-coréens",
                        "soldiers North Korea deployed -",
                    ),
                    (
                        "Ils auraient été transférés en Russie",
                        "soldiers North Korea deployed Russia",
                    ),
                ],
            ),
            (
                Lang::En,
                "North Korean soldiers were deployed to Russia. None of them has gone into battle yet.",
                &[
                    (
                        "North Korean soldiers were deployed to Russia",
                        "soldiers North Korea deployed Russia",
                    ),
                    (
                        "None of them has gone into battle yet",
                        "soldiers North Korea fighting -",
                    ),
                ],
            ),
            (
                Lang::En,
                "North Korean soldiers were deployed to Russia, and some may already have been moved to the front.",
                &[
                    (
                        "North Korean soldiers were deployed to Russia",
                        "soldiers North Korea deployed Russia",
                    ),
                    (
                        "some may already have been moved to the front",
                        "soldiers North Korea deployed Russia",
                    ),
                ],
            ),
            (Lang::En, "They have gone into battle.", &[]),
            (Lang::En, "Moscow intends to use them in combat.", &[]),
            // In English a noun after an adjective is the head: "ballistic missiles".
            (
                Lang::En,
                "Russia has fired North Korean ballistic missiles at Ukraine.",
                &[(
                    "Russia has fired North Korean ballistic missiles at Ukraine",
                    "missiles North Korea used Ukraine",
                )],
            ),
            // A source's name, a report's recipient and a counted noun are no subject.
            (
                Lang::En,
                "The deployment goes on, lawmaker Park Sun-won told reporters.",
                &[],
            ),
            (
                Lang::Pt,
                "O NIS informou a deputados que os militares chegaram.",
                &[(
                    "NIS informou a deputados que os militares chegaram",
                    "soldiers - deployed -",
                )],
            ),
        ];
        for (lang, text, want) in rows {
            let got = statements(*lang, text);
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// The noun a figure counts is the count's, not a statement's, whatever concept the count
    /// settled on ("80 000 personnes" counts protesters).
    #[test]
    fn a_counted_noun_makes_no_statement() {
        let options = Options {
            lang: Some(Lang::Fr),
            date: "2023-01-19".parse().ok(),
            aliases: None,
        };
        let text = "À Paris, le défilé a rassemblé 80 000 personnes selon la police.";
        let doc = ingest::from_text("outlet.txt", text, &options).unwrap();
        let claims = crate::extract_document(&doc, &options);
        assert!(claims.iter().any(|c| c.kind == ClaimKind::Count));
        assert!(
            !claims.iter().any(|c| c.kind == ClaimKind::Statement),
            "{claims:#?}"
        );
    }

    #[test]
    fn reaction_rows() {
        let rows: &[(Lang, &str, &str)] = &[
            (
                Lang::Fr,
                "Le NIS a dit que 3 000 soldats sont partis. Le Kremlin a rejeté ces informations.",
                "Le Kremlin a rejeté ces informations",
            ),
            (
                Lang::Fr,
                "Le NIS a dit que 3 000 soldats sont partis. Le Kremlin n'a pas souhaité commenter.",
                "Le Kremlin n'a pas souhaité commenter",
            ),
            (
                Lang::En,
                "The NIS said 3,000 soldiers had left. Pyongyang has not commented.",
                "Pyongyang has not commented",
            ),
            (
                Lang::Fr,
                "Le NIS a dit que 3 000 soldats sont partis. Le Kremlin a réagi, sans confirmer ni démentir.",
                "Le Kremlin a réagi, sans confirmer ni démentir",
            ),
            (
                Lang::Fr,
                "Le NIS a dit que 3 000 soldats sont partis. Le Kremlin n'a pas reconnu officiellement leur présence.",
                "Le Kremlin n'a pas reconnu officiellement leur présence",
            ),
            (
                Lang::En,
                "The NIS said 3,000 soldiers had left. The Kremlin has not officially confirmed the reports.",
                "The Kremlin has not officially confirmed the reports",
            ),
        ];
        for (lang, text, want) in rows {
            let options = Options {
                lang: Some(*lang),
                date: "2024-10-21".parse().ok(),
                aliases: None,
            };
            let doc = ingest::from_text("outlet.txt", text, &options).unwrap();
            let sentences = segment::split(&doc.text, doc.body_start, lang.data());
            let figure = doc.text.find("3").unwrap();
            let sentence = &sentences[0];
            let mut count = Claim::new(ClaimKind::Count, &doc, sentence, [figure, figure + 5]);
            count.counted = Some(Counted {
                concept: "soldiers".into(),
                text: "soldats".into(),
            });
            let made = extract(&doc, &sentences, lang.data(), &[count]);
            let spans: Vec<&str> = made
                .iter()
                .map(|c| &doc.text[c.span[0]..c.span[1]])
                .collect();
            assert_eq!(spans, [*want], "{text:?}");
            assert_eq!(made[0].counted.as_ref().unwrap().concept, "soldiers");
        }
    }

    /// Multi-word events ("on their way", "en route") make statements as single words do, and
    /// a personnel word sent or deployed is about soldiers.
    #[test]
    fn phrase_events_and_personnel_rows() {
        let rows: &[Row] = &[
            (
                Lang::En,
                "Some of these troops are already on their way toward the front.",
                &[(
                    "Some of these troops are already on their way toward the front",
                    "soldiers - deployed -",
                )],
            ),
            (
                Lang::Fr,
                "Une partie des troupes serait déjà en route vers le front.",
                &[(
                    "Une partie des troupes serait déjà en route vers le front",
                    "soldiers - deployed -",
                )],
            ),
            (
                Lang::Fr,
                "Les hommes auraient été répartis dans des bases militaires.",
                &[(
                    "Les hommes auraient été répartis dans des bases militaires",
                    "soldiers - deployed -",
                )],
            ),
            (Lang::Fr, "Les hommes politiques ont débattu.", &[]),
            (
                Lang::Fr,
                "Moscou et Pyongyang ont signé un traité de défense.",
                &[(
                    "Moscou et Pyongyang ont signé un traité de défense",
                    "treaties North Korea signed -",
                )],
            ),
            (Lang::Fr, "C'est un signe de faiblesse du traité.", &[]),
            (
                Lang::En,
                "Moscow and Pyongyang signed a defence treaty.",
                &[(
                    "Moscow and Pyongyang signed a defence treaty",
                    "treaties North Korea signed -",
                )],
            ),
            (
                Lang::De,
                "Moskau und Pjöngjang unterzeichneten einen Vertrag.",
                &[(
                    "Moskau und Pjöngjang unterzeichneten einen Vertrag",
                    "treaties North Korea signed -",
                )],
            ),
            (
                Lang::Es,
                "Moscú y Pyongyang firmaron un tratado.",
                &[(
                    "Moscú y Pyongyang firmaron un tratado",
                    "treaties North Korea signed -",
                )],
            ),
            (
                Lang::It,
                "Mosca e Pyongyang hanno firmato un trattato.",
                &[(
                    "Mosca e Pyongyang hanno firmato un trattato",
                    "treaties North Korea signed -",
                )],
            ),
            (
                Lang::Pt,
                "Moscovo e Pyongyang assinaram um tratado.",
                &[(
                    "Moscovo e Pyongyang assinaram um tratado",
                    "treaties North Korea signed -",
                )],
            ),
            (
                Lang::Fr,
                "Une partie d'entre eux s'est rapprochée du front.",
                &[],
            ),
            (
                Lang::Fr,
                "Séoul réclame le départ des soldats nord-coréens qui ont été envoyés en Russie.",
                &[(
                    "Séoul réclame le départ des soldats nord-coréens qui ont été envoyés en Russie",
                    "soldiers North Korea deployed Russia",
                )],
            ),
            (
                Lang::Fr,
                "Séoul réclame le départ des soldats nord-coréens.",
                &[],
            ),
            (
                Lang::En,
                "Seoul demands the return of North Korean soldiers who were sent to Russia.",
                &[(
                    "Seoul demands the return of North Korean soldiers who were sent to Russia",
                    "soldiers North Korea deployed Russia",
                )],
            ),
            (
                Lang::Fr,
                "Le contingent serait déjà en route vers le front.",
                &[(
                    "Le contingent serait déjà en route vers le front",
                    "soldiers - deployed -",
                )],
            ),
            (
                Lang::De,
                "Das Kontingent wurde nach Russland verlegt.",
                &[(
                    "Das Kontingent wurde nach Russland verlegt",
                    "soldiers - deployed Russia",
                )],
            ),
            (Lang::En, "The men were on the road.", &[]),
        ];
        for (lang, text, want) in rows {
            let got = statements(*lang, text);
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
