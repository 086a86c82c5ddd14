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
use crate::extract::attribution::clause::{self, Clause};
use crate::extract::attribution::np::has;
use crate::extract::concept;
use crate::extract::stance::{self, CueKind};
use crate::lang::LangData;
use crate::segment::Sentence;
use crate::token::{Token, TokenKind, tokenize};

/// How far after a figure, in bytes, its counted noun may stand ("1 500 soldats nord-coréens").
const COUNTED_REACH: usize = 48;

/// Extracts the statement claims of a document. `found` are the counts and dates already found.
pub fn extract(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    found: &[Claim],
) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    for sentence in sentences.iter().filter(|s| !s.heading) {
        let tokens = tokenize(&doc.text, sentence.start, sentence.end);
        if tokens.is_empty() {
            continue;
        }
        let clauses = clause::split(lang, &tokens);
        let counts: Vec<&Claim> = found
            .iter()
            .filter(|c| c.kind == ClaimKind::Count)
            .filter(|c| sentence.start <= c.span[0] && c.span[0] < sentence.end)
            .collect();
        let mut made: Vec<Claim> = Vec::new();
        for c in &clauses {
            if let Some(claim) = fact(doc, sentence, lang, &tokens, c, &counts) {
                made.push(claim);
            }
        }
        let topic = |before: usize| {
            found
                .iter()
                .chain(&out)
                .chain(&made)
                .filter(|c| c.span[0] < before)
                .filter(|c| c.counted.is_some())
                .max_by_key(|c| c.span[0])
                .and_then(|c| c.counted.clone())
        };
        let mut reactions = Vec::new();
        for cue in stance::cues(lang, &tokens) {
            if cue.kind == CueKind::Hedge || cue.passive {
                continue;
            }
            let Some(c) = clauses
                .iter()
                .position(|c| c.from <= cue.at && cue.at < c.to)
            else {
                continue;
            };
            let reach = clause::reach(&clauses, c, true);
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
            let Some(subject) = topic(tokens[cue.at].start) else {
                continue;
            };
            let own = &clauses[c];
            let Some(span) = clause_span(lang, &tokens, own) else {
                continue;
            };
            let object = (cue.at + 1..own.to)
                .map(|k| &tokens[k])
                .find(|t| {
                    t.kind == TokenKind::Word
                        && !has(lang.attribution.determiners, &t.folded)
                        && !has(lang.attribution.recipients, &t.folded)
                })
                .unwrap_or(&tokens[cue.at]);
            let mut claim = Claim::new(ClaimKind::Statement, doc, sentence, span);
            claim.counted = Some(Counted {
                concept: subject.concept,
                text: object.text.to_string(),
            });
            claim.qualifiers = concept::qualifiers(lang, &tokens[own.from..own.to]);
            claim.qualifiers.event = None;
            reactions.push(claim);
        }
        made.extend(reactions);
        out.extend(made);
    }
    out.sort_by_key(|c| (c.span[0], c.span[1]));
    out.dedup_by_key(|c| c.span);
    out
}

/// The statement of fact clause `c` makes, if it has an uncounted concept noun and an event.
fn fact(
    doc: &Document,
    sentence: &Sentence,
    lang: &LangData,
    tokens: &[Token],
    c: &Clause,
    counts: &[&Claim],
) -> Option<Claim> {
    let range = c.from..c.to;
    let events: Vec<usize> = range
        .clone()
        .filter(|&k| concept::event(lang, &tokens[k].folded).is_some())
        .collect();
    let first_event = *events.first()?;
    let counted_here = |k: usize, name: &str| {
        let t = &tokens[k];
        counts.iter().any(|n| {
            let overlaps = n.span[0] <= t.start && t.start < n.span[1];
            let follows = n.span[1] <= t.start && t.start - n.span[1] <= COUNTED_REACH;
            let same_concept = n.counted.as_ref().is_some_and(|x| x.concept == name);
            let in_clause = tokens[c.from].start <= n.span[0] && n.span[0] < tokens[c.to - 1].end;
            overlaps || (follows && same_concept) || (in_clause && same_concept)
        })
    };
    let noun = range
        .clone()
        .filter_map(|k| concept::concept(lang, &tokens[k].folded).map(|name| (k, name)))
        .filter(|&(k, name)| !counted_here(k, name))
        .min_by_key(|&(k, _)| (k.abs_diff(first_event), k))?;
    let (k, name) = noun;
    let span = clause_span(lang, tokens, c)?;
    let mut claim = Claim::new(ClaimKind::Statement, doc, sentence, span);
    claim.counted = Some(Counted {
        concept: name.to_string(),
        text: tokens[k].text.to_string(),
    });
    let mut q = concept::qualifiers(lang, &tokens[c.from..c.to]);
    // The entity next to the noun is the subject's ("soldats nord-coréens", "North Korean
    // troops"), whatever other nationality the clause names first.
    let lo = k.saturating_sub(3).max(c.from);
    let hi = (k + 3).min(c.to);
    let mut window: Vec<usize> = (lo..hi).filter(|&j| j != k).collect();
    window.sort_by_key(|&j| (j.abs_diff(k), j < k));
    let near = window
        .into_iter()
        .find_map(|j| concept::entity(lang, &tokens[j].folded));
    if let Some(entity) = near {
        q.entity = Some(entity.to_string());
    }
    claim.qualifiers = q;
    Some(claim)
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
            || has(words.according_to, &t.folded)
            || has(lang.stance.anaphors, &t.folded)
            || has(lang.stance.according_relatives, &t.folded);
        if !link {
            break;
        }
        from += 1;
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

    #[test]
    fn statement_rows() {
        let rows: &[(Lang, &str, &[(&str, &str)])] = &[
            (
                Lang::Fr,
                "La Russie dément que des soldats nord-coréens combattent en Ukraine.",
                &[(
                    "des soldats nord-coréens combattent en Ukraine",
                    "soldiers North Korea fighting Ukraine",
                )],
            ),
            (Lang::Fr, "Des soldats défilent à Paris.", &[]),
            (Lang::Fr, "Les soldats sont fatigués.", &[]),
            (
                Lang::En,
                "North Korean troops have been deployed to Kursk.",
                &[(
                    "North Korean troops have been deployed to Kursk",
                    "soldiers North Korea deployed Kursk",
                )],
            ),
            (Lang::En, "The soldiers looked tired.", &[]),
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
