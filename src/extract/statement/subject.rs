//! Which nouns a statement may be about, and the anaphoric subjects that stand for the
//! article's topic: a source's name ("lawmaker Park Sun-won said"), the recipient of a report
//! ("told lawmakers", "informou a deputados") and the noun a figure counts ("80 000 personnes")
//! are never a statement's subject; "they", "ils", "d'entre eux", "none of them" are the
//! troops the article is counting.

use crate::claim::Claim;
use crate::extract::attribution::np::has;
use crate::lang::LangData;
use crate::token::{Token, TokenKind};

/// How many words back from a noun a reporting verb may stand for the noun to be its recipient
/// ("a rapporté ce mercredi aux députés").
const RECIPIENT_REACH: usize = 4;

/// True when token `t` lies inside one of a sentence's source names.
pub(super) fn in_source_name(names: &[[usize; 2]], t: &Token) -> bool {
    names.iter().any(|n| n[0] <= t.start && t.start < n[1])
}

/// True when the noun at `k` is the recipient of a reporting verb: back over articles,
/// recipient prepositions and dates, a reporting verb ("told lawmakers", "a rapporté aux
/// députés", "informou a deputados").
pub(super) fn is_recipient(lang: &LangData, tokens: &[Token], dated: &[bool], k: usize) -> bool {
    let words = &lang.attribution;
    let mut j = k;
    for _ in 0..RECIPIENT_REACH {
        let Some(p) = j.checked_sub(1) else {
            return false;
        };
        let t = &tokens[p];
        let f = t.folded.as_str();
        if has(words.verbs, f) || has(words.weak_verbs, f) || has(words.inverted_verbs, f) {
            return true;
        }
        let skip = has(words.determiners, f)
            || has(words.recipients, f)
            || dated.get(p).copied().unwrap_or(false);
        if !skip {
            return false;
        }
        j = p;
    }
    false
}

/// True when the noun at `k` is what a figure just before it counts ("80 000 personnes", "1 500
/// membres des forces spéciales"), whatever concept the count settled on.
pub(super) fn counted_by_figure(
    lang: &LangData,
    tokens: &[Token],
    counts: &[&Claim],
    k: usize,
) -> bool {
    let t = &tokens[k];
    let Some(before) = counts
        .iter()
        .filter(|c| c.span[1] <= t.start)
        .map(|c| c.span[1])
        .max()
    else {
        return false;
    };
    let c = &lang.concepts;
    tokens[..k]
        .iter()
        .rev()
        .take_while(|x| x.start >= before)
        .all(|x| {
            has(lang.numbers.links, &x.folded)
                || has(c.before_noun, &x.folded)
                || has(c.additional, &x.folded)
        })
}

/// How many tokens into its clause a pronoun may stand and still be its subject ("Une partie
/// d'entre eux", "Dort würden sie").
const SUBJECT_REACH: usize = 4;

/// Concepts for people, what a plural pronoun can stand for.
pub(super) const PEOPLE: &[&str] = &[
    "members",
    "officers",
    "people",
    "protesters",
    "recruits",
    "soldiers",
    "units",
];

/// The token of a plural pronoun (or "of them", "d'entre eux") near the start of clause tokens
/// `from..event`, before the clause's event: its subject.
pub(super) fn pronoun_subject(
    lang: &LangData,
    tokens: &[Token],
    from: usize,
    event: usize,
) -> Option<usize> {
    (from..event.min(from + SUBJECT_REACH)).find(|&k| {
        tokens[k].kind == TokenKind::Word
            && crate::extract::phrase::word_at(lang.concepts.plural_pronouns, tokens, k).is_some()
    })
}
