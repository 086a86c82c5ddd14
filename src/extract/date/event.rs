//! What a date's sentence says around it: the event it belongs to, the nearest event noun
//! ("sommet en juin") or verb ("ont annoncé vendredi", "said on Monday") as a folded word, and
//! whether its clause looks ahead ("d'ici décembre", "is due in Moscow on Friday").
//! Deterministic and local: a few tokens either side, the left side winning ties.

use super::DateWords;
use super::scan::{Reader, listed};
use crate::lang::fold;
use crate::token::{Token, TokenKind};

/// How far from the date an event word is looked for, in tokens.
const WINDOW: usize = 8;

/// How many tokens may separate an auxiliary from its participle ("a déjà été transférés").
const AUXILIARY_REACH: usize = 3;

/// The event of the date spanning tokens `first..=last`; `taken` marks tokens of dates.
pub(crate) fn event_of(
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    taken: &[bool],
    words: &DateWords,
) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    let left = (first.saturating_sub(WINDOW)..first).rev();
    let right = (last + 1)..tokens.len().min(last + 1 + WINDOW);
    // The search stops at the end of the date's sentence on either side.
    let ends = |k: &usize| matches!(tokens[*k].text, "." | "!" | "?") && !taken[*k];
    let left = left.take_while(|k| !ends(k));
    let right = right.take_while(|k| !ends(k));
    for (k, cost_extra) in left.map(|k| (k, 0)).chain(right.map(|k| (k, 1))) {
        if taken[k] || tokens[k].kind != TokenKind::Word {
            continue;
        }
        let distance = if k < first { first - k } else { k - last };
        let Some((word, noun)) = event_word(tokens, k, words) else {
            continue;
        };
        // A noun right beside its date ("sommet en juin") beats a verb one word further.
        let cost = 2 * distance + cost_extra - usize::from(noun && distance <= 3);
        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
            best = Some((cost, word));
        }
    }
    best.map(|(_, w)| w)
}

/// The event word token `k` names, and whether it is a noun.
fn event_word(tokens: &[Token<'_>], k: usize, words: &DateWords) -> Option<(String, bool)> {
    let t = &tokens[k];
    if listed(words.auxiliaries, &t.folded) {
        return None;
    }
    if listed(words.event_nouns, &t.folded) {
        return Some((t.folded.to_string(), true));
    }
    if listed(words.event_verbs, &t.folded) {
        return Some((t.folded.to_string(), false));
    }
    let lower = crate::lang::lowercase(t.text);
    let (ending, lemma_ending) = words
        .participles
        .iter()
        .filter(|(e, _)| lower.ends_with(e) && lower.len() > e.len() + 2)
        .max_by_key(|(e, _)| e.len())?;
    if words.participle_needs_auxiliary && !after_auxiliary(tokens, k, words) {
        return None;
    }
    let stem = &lower[..lower.len() - ending.len()];
    Some((fold(&format!("{stem}{lemma_ending}")), false))
}

/// True when an auxiliary governs token `k`: it comes right before, or with only auxiliaries and
/// adverbs between ("a déjà été transférés").
fn after_auxiliary(tokens: &[Token<'_>], k: usize, words: &DateWords) -> bool {
    for a in tokens[k.saturating_sub(AUXILIARY_REACH)..k].iter().rev() {
        if listed(words.auxiliaries, &a.folded) {
            return true;
        }
        if !listed(words.adverbs, &a.folded) {
            return false;
        }
    }
    false
}

/// How far back a future cue is looked for, in tokens.
const FUTURE_REACH: usize = 8;

/// True when the clause of the date starting at token `first` is about the future: a future
/// preposition right before it ("d'ici", "by"), or a future cue earlier in its clause ("doit",
/// "will", "due") with no clause break between. Before a weekday, the preposition alone does
/// not say it: news counts run up to a past day ("bis Sonntag zählte …", "by Saturday evening
/// the toll was …"), so only a future cue does.
pub(crate) fn looks_ahead(
    tokens: &[Token<'_>],
    first: usize,
    words: &DateWords,
    weekday: bool,
) -> bool {
    let r = Reader {
        tokens,
        words,
        masks: &[],
    };
    let reach = first.saturating_sub(FUTURE_REACH);
    let future =
        |k: usize| r.list_phrase(k, words.future_cues).is_some() || future_form(&tokens[k], words);
    // "d'ici", "by", "de aquí a": a future preposition of a few words ending at the date.
    let longest = words.future_preps.iter().map(|p| p.split(' ').count() + 1);
    let reach_back = longest.max().unwrap_or(0);
    if (first.saturating_sub(reach_back)..first)
        .any(|k| r.list_phrase(k, words.future_preps) == Some(first))
    {
        if !weekday {
            return true;
        }
        // Up to a weekday, a clause without a figure sets a deadline ("was given until
        // Saturday", "tiene hasta el sábado"): the day ahead. One with a figure is a tally up
        // to a past day ("bis Sonntag 45 Tote"), unless a future cue says otherwise.
        let clause_end = tokens[first..]
            .iter()
            .position(|t| t.kind == TokenKind::Punct && matches!(t.text, "." | ";" | ":"))
            .map_or(tokens.len(), |n| first + n);
        let clause_start = tokens[..first]
            .iter()
            .rposition(|t| t.kind == TokenKind::Punct && matches!(t.text, "." | ";" | ":"))
            .map_or(0, |n| n + 1);
        if !tokens[clause_start..clause_end]
            .iter()
            .any(|t| t.kind == TokenKind::Number)
        {
            return true;
        }
        // "Bis Sonntag soll der Damm halten": the cue may follow the day.
        for (k, t) in tokens.iter().enumerate().skip(first + 1).take(FUTURE_REACH) {
            if t.kind == TokenKind::Punct || listed(words.clause_breaks, &t.folded) {
                break;
            }
            if future(k) {
                return true;
            }
        }
    }
    for k in (reach..first).rev() {
        let t = &tokens[k];
        if t.kind == TokenKind::Punct || listed(words.clause_breaks, &t.folded) {
            return false;
        }
        if future(k) {
            return true;
        }
    }
    false
}

/// True when the clause of the date spanning tokens `first..=last` holds a figure of its own
/// (a number outside the date): "até 23 de dezembro, 94 mortos" counts up to that day.
pub(crate) fn tally_clause(tokens: &[Token<'_>], [first, last]: [usize; 2]) -> bool {
    let stop = |t: &Token<'_>| t.kind == TokenKind::Punct && matches!(t.text, "." | ";" | ":");
    let clause_end = tokens[first..]
        .iter()
        .position(stop)
        .map_or(tokens.len(), |n| first + n);
    let clause_start = tokens[..first].iter().rposition(stop).map_or(0, |n| n + 1);
    (clause_start..clause_end)
        .any(|k| !(first..=last).contains(&k) && tokens[k].kind == TokenKind::Number)
}

/// True for a lowercase word in the synthetic future by its ending ("resteront", "resterà").
fn future_form(t: &Token<'_>, words: &DateWords) -> bool {
    t.kind == TokenKind::Word
        && t.text.chars().count() >= 7
        && !t.text.starts_with(char::is_uppercase)
        && words.future_endings.iter().any(|e| t.text.ends_with(e))
}
