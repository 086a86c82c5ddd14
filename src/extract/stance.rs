//! Stance: asserted, hedged, denied (and by whom) or not confirmed (and by whom), per claim.
//!
//! Cues are per language: hedges ("prétendu", the French conditional, "reportedly", "is
//! believed to"), denials ("a démenti", "nient", "denied") and non-confirmations ("n'ont pas
//! confirmé", "could not be independently verified", "declined to confirm"). A cue governs its
//! clause and the complements that follow ("a démenti les informations selon lesquelles …");
//! a denial in an anaphoric clause governs the clause before ("…, ce que Moscou et Pyongyang
//! nient"). Where cues meet, denied beats not confirmed, which beats hedged. A denial is never a
//! non-confirmation, and a negated denial ("n'a pas démenti") is no cue at all.
//!
//! `stance_by` names the denying or non-confirming party by its canonical name; several
//! parties are joined by "; " in text order ("Kremlin; North Korea"). A passive
//! non-confirmation ("n'a pas pu être vérifié") is the outlet's.

use std::sync::LazyLock;

use crate::claim::{Claim, Source, Stance};
use crate::extract::attribution::clause::{self, Clause, Link};
use crate::extract::attribution::{Analysis, Np, np};
use crate::extract::phrase::Prefixes;

use crate::lang::{Lang, LangData};
use crate::segment::Sentence;
use crate::token::{Token, TokenKind};
use crate::{Document, Options};

/// Per-language stance cues. Every table is folded and sorted; multi-word entries are keyed
/// like the attribution tables.
#[derive(Debug)]
pub struct StanceWords {
    /// Hedge words and phrases ("pretendu", "selon toute vraisemblance", "reportedly", "is said
    /// to").
    pub hedges: &'static [&'static str],
    /// Hedges matched as written in lower case, for forms whose folded spelling is another
    /// word: German "könnte" folds to "konnte" ("was able"), "würde" to "wurde" ("was").
    pub unfolded_hedges: &'static [&'static str],
    /// Conditional verb forms that hedge ("aurait", "pourraient").
    pub conditionals: &'static [&'static str],
    /// Conditionals that hedge even in reported speech, where others are a future in the past
    /// ("a déclaré que la Corée enverrait" is not hedged; "auraient été transférés" is).
    pub firm_conditionals: &'static [&'static str],
    /// Endings of conditional verb forms not listed ("rait", "raient": "combattraient").
    pub conditional_endings: &'static [&'static str],
    /// Words with a conditional ending that are not verbs ("retrait", "portrait").
    pub not_conditionals: &'static [&'static str],
    /// Denial verb forms ("dementi", "nient", "denied").
    pub denials: &'static [&'static str],
    /// Confirmation words that, negated or refused, make a non-confirmation ("confirme",
    /// "verifie", "commenter", "confirm").
    pub confirmations: &'static [&'static str],
    /// Words and phrases that mark a report as unconfirmed by the outlet ("non confirmees",
    /// "unverified").
    pub unconfirmed: &'static [&'static str],
    /// Negation words ("n'", "pas", "sans", "not", "without").
    pub negations: &'static [&'static str],
    /// Function words that may stand between a negation and the figure it denies ("not in the
    /// thousands", "no por miles", "não aos milhares").
    pub negated_links: &'static [&'static str],
    /// Openers of a correlative negation before the subjects ("ni", "neither", "weder", "nem"):
    /// "ni el Kremlin ni Pyongyang han confirmado" is a non-confirmation.
    pub neither: &'static [&'static str],
    /// Verbs of refusal that negate what follows ("refuse", "declined").
    pub refusals: &'static [&'static str],
    /// Passive auxiliaries ("ete", "etre", "been"): the party is the agent or the outlet.
    pub passives: &'static [&'static str],
    /// Prepositions that introduce a passive's agent ("par", "by").
    pub agents: &'static [&'static str],
    /// Modal and helper verbs between a subject and its verb ("pu", "souhaite", "could", "to").
    pub modals: &'static [&'static str],
    /// Reflexive pronouns in a verb group ("s'", "se").
    pub reflexives: &'static [&'static str],
    /// Words that start an anaphoric clause after a comma ("ce" in "ce que", "which").
    pub anaphors: &'static [&'static str],
    /// Nouns for reports that a denial or non-confirmation may take as its object without
    /// restating them ("ces informations", "the reports").
    pub report_nouns: &'static [&'static str],
    /// Relative pronouns that make "selon" introduce content, not a source ("lesquelles").
    pub according_relatives: &'static [&'static str],
    /// Verbs that say what their object is ("qualifie", "described", "bezeichnete"): a denial
    /// when a [dismissive](StanceWords::dismissive) word follows in their clause.
    pub describing: &'static [&'static str],
    /// Words that dismiss a report as false ("rumeurs", "rumours", "propaganda"): "a qualifié
    /// ces informations de rumeurs" denies them.
    pub dismissive: &'static [&'static str],
}

/// What a stance cue says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum CueKind {
    /// A hedge.
    Hedge,
    /// A non-confirmation.
    NotConfirmed,
    /// A denial.
    Denial,
}

/// One stance cue of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StanceCue {
    /// What it says.
    pub kind: CueKind,
    /// Token index of the cue word.
    pub at: usize,
    /// First token of its verb group ("n'" in "n'ont pas confirmé").
    pub group: usize,
    /// A passive group ("n'a pas pu être vérifié").
    pub passive: bool,
}

/// How far back, in tokens, a verb group reaches from its verb.
const GROUP_REACH: usize = 5;

fn has(table: &[&str], folded: &str) -> bool {
    crate::extract::phrase::listed(table, folded)
}

fn is_negation(lang: &LangData, t: &Token) -> bool {
    has(lang.stance.negations, &t.folded) || t.folded.ends_with("n't")
}

/// The verb group before token `k`: its first token, whether it holds a negation or refusal,
/// and whether it is passive (a passive auxiliary among the two tokens before `k`).
fn group(lang: &LangData, tokens: &[Token], k: usize) -> (usize, bool, bool) {
    let words = &lang.stance;
    let attribution = &lang.attribution;
    let (mut first, mut negated, mut passive) = (k, false, false);
    for j in (k.saturating_sub(GROUP_REACH)..k).rev() {
        let t = &tokens[j];
        let f = t.folded.as_str();
        // "Nem o Kremlin nem Pyongyang confirmaram": a correlative opens a subject, not the
        // verb group ([`correlative`] reads it).
        if crate::extract::attribution::is_stop(lang, t) || has(words.neither, f) {
            break;
        }
        let aux = has(attribution.auxiliaries, f) && !t.text.starts_with(['à', 'À']);
        if is_negation(lang, t) || has(words.refusals, f) {
            negated = true;
            first = j;
        } else if has(words.passives, f) {
            passive |= j + 2 >= k;
            first = j;
        } else if aux || has(words.reflexives, f) {
            first = j;
        } else if has(words.modals, f) {
            // A modal that is also a preposition ("to") is the group's only right before it:
            // "declined to confirm", not "its mission to the United Nations described".
            if j + 1 == first || !has(attribution.recipients, f) {
                first = j;
            }
        }
    }
    (first, negated, passive)
}

/// True for a conditional verb form that hedges.
pub(crate) fn is_conditional(lang: &LangData, t: &Token) -> bool {
    let words = &lang.stance;
    let f = t.folded.as_str();
    has(words.conditionals, f)
        || (f.chars().count() >= 7
            && f.chars().all(char::is_alphabetic)
            && words.conditional_endings.iter().any(|e| f.ends_with(e))
            && !has(words.not_conditionals, f))
}

/// Per language, what a first token may be of the keys of the tables a cue word is looked up
/// in (hedges, non-confirmations, denials, confirmations, conditionals).
static CUE_STARTS: LazyLock<Vec<Prefixes>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            let w = &l.data().stance;
            Prefixes::token_starts(
                [
                    w.hedges,
                    w.unconfirmed,
                    w.denials,
                    w.confirmations,
                    w.conditionals,
                    w.describing,
                ]
                .concat(),
            )
        })
        .collect()
});

fn cue_starts(lang: &LangData) -> &'static Prefixes {
    let index = lang.lang.index();
    &CUE_STARTS[index]
}

/// True when a token folded `f` may be a stance cue: it starts a key of the cue tables or ends
/// like a conditional. Most tokens are passed over with this one look-up.
fn may_cue(lang: &LangData, starts: &Prefixes, f: &str) -> bool {
    starts.starts(f)
        || lang
            .stance
            .conditional_endings
            .iter()
            .any(|e| f.ends_with(e))
}

/// The stance cues of a sentence's tokens, in text order.
pub(crate) fn cues(lang: &LangData, tokens: &[Token]) -> Vec<StanceCue> {
    let words = &lang.stance;
    let starts = cue_starts(lang);
    let mut out = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        let f = t.folded.as_str();
        // Most languages have no such hedge: no word is lower-cased for them.
        if !words.unfolded_hedges.is_empty()
            && !t.text.is_ascii()
            && has(words.unfolded_hedges, &crate::lang::lowercase(t.text))
        {
            let (first, _, passive) = group(lang, tokens, k);
            out.push(StanceCue {
                kind: CueKind::Hedge,
                at: k,
                group: first,
                passive,
            });
            k += 1;
            continue;
        }
        if !may_cue(lang, starts, f) {
            // Debug builds check that no cue table holds a phrase starting here.
            debug_assert!(
                crate::extract::phrase::word_at(words.hedges, tokens, k).is_none()
                    && crate::extract::phrase::word_at(words.unconfirmed, tokens, k).is_none()
                    && !has(words.denials, f)
                    && !split_verb(lang, words.denials, tokens, k)
                    && !has(words.confirmations, f),
                "a stance cue starts at {f:?}, which the start words miss"
            );
            k += 1;
            continue;
        }
        // The verb group is read only where a cue word stands.
        let cue = |kind| {
            let (first, _, passive) = group(lang, tokens, k);
            StanceCue {
                kind,
                at: k,
                group: first,
                passive,
            }
        };
        let negated = || group(lang, tokens, k).1;
        if let Some(len) = crate::extract::phrase::word_at(words.hedges, tokens, k) {
            // "May 2024", "Could" as a name: a capitalised hedge inside a sentence or before a
            // number is not one.
            let capital = t.text.chars().next().is_some_and(char::is_uppercase);
            let number = tokens
                .get(k + 1)
                .is_some_and(|n| n.kind == TokenKind::Number);
            if !(len == 1 && capital && (k > 0 || number)) {
                out.push(cue(CueKind::Hedge));
            }
            k += len;
            continue;
        }
        if let Some(len) = crate::extract::phrase::word_at(words.unconfirmed, tokens, k) {
            out.push(StanceCue {
                kind: CueKind::NotConfirmed,
                at: k,
                group: k,
                passive: true,
            });
            k += len;
            continue;
        }
        if has(words.denials, f) || split_verb(lang, words.denials, tokens, k) {
            let nor = k > 0 && tokens[k - 1].folded == "ni";
            if !nor && !negated() {
                out.push(cue(CueKind::Denial));
            }
        } else if has(words.describing, f) && dismisses(lang, tokens, k) {
            if !negated() {
                out.push(cue(CueKind::Denial));
            }
        } else if has(words.confirmations, f) {
            if negated()
                || (k > 0 && has(words.negations, &tokens[k - 1].folded))
                || negation_closes(lang, tokens, k)
                || correlative(lang, tokens, group(lang, tokens, k).0)
            {
                out.push(cue(CueKind::NotConfirmed));
            }
        } else if is_conditional(lang, t) {
            out.push(cue(CueKind::Hedge));
        }
        k += 1;
    }
    out
}

/// How far after a describing verb, in tokens, the dismissive word may stand ("a qualifié ces
/// informations de « rumeurs sans fondement »").
const DISMISSAL_REACH: usize = 10;

/// True when a dismissive word follows the describing verb at `k` within its clause.
fn dismisses(lang: &LangData, tokens: &[Token], k: usize) -> bool {
    tokens[k + 1..tokens.len().min(k + 1 + DISMISSAL_REACH)]
        .iter()
        .take_while(|t| !matches!(t.text, "," | ";" | "." | ":"))
        .any(|t| has(lang.stance.dismissive, &t.folded))
}

/// How far back from a verb group, in tokens, a correlative negation may open its subjects.
const CORRELATIVE_REACH: usize = 12;

/// True when the subjects before the verb group at `first` open with "ni", "neither",
/// "weder" or "nem", with no punctuation between: "ni el Kremlin ni Pyongyang han confirmado".
fn correlative(lang: &LangData, tokens: &[Token], first: usize) -> bool {
    tokens[first.saturating_sub(CORRELATIVE_REACH)..first]
        .iter()
        .rev()
        .take_while(|t| t.kind != TokenKind::Punct)
        .any(|t| has(lang.stance.neither, &t.folded))
}

/// How far after a verb, in tokens, a clause-final negation or particle may stand.
const CLAUSE_TAIL: usize = 8;

/// True when the first token after `k` that ends the clause (punctuation, a complementizer or
/// the end of the sentence) comes right after a token `is_tail` accepts, with no clause end
/// before it: "bestätigte die Angaben nicht.", "wies die Berichte zurück.".
fn closes_clause(
    lang: &LangData,
    tokens: &[Token],
    k: usize,
    is_tail: impl Fn(&Token) -> bool,
) -> bool {
    // "1.500": a separator glued between digits is part of a figure.
    let in_figure = |j: usize| {
        j > 0
            && tokens[j - 1].kind == TokenKind::Number
            && tokens[j - 1].end == tokens[j].start
            && tokens
                .get(j + 1)
                .is_some_and(|n| n.kind == TokenKind::Number && n.start == tokens[j].end)
    };
    let ends = |j: usize| {
        tokens.get(j).is_none_or(|t| {
            (t.kind == TokenKind::Punct && !in_figure(j))
                || has(lang.attribution.complementizers, &t.folded)
                || has(lang.attribution.coordinators, &t.folded)
        })
    };
    let tail = tokens.iter().enumerate().skip(k + 1).take(CLAUSE_TAIL);
    for (j, t) in tail {
        if ends(j) {
            return false;
        }
        if is_tail(t) && ends(j + 1) {
            return true;
        }
    }
    false
}

/// A confirmation negated at the end of its clause, where verb-second languages put the
/// negation: "Das Pentagon bestätigte die Angaben nicht."
fn negation_closes(lang: &LangData, tokens: &[Token], k: usize) -> bool {
    closes_clause(lang, tokens, k, |t| is_negation(lang, t))
}

/// A separable verb of `table` written "verb particle" ("wies zuruck"): the verb at `k` and its
/// particle at the end of the clause ("Der Kreml wies die Berichte zurück.").
fn split_verb(lang: &LangData, table: &[&str], tokens: &[Token], k: usize) -> bool {
    let f = tokens[k].folded.as_str();
    table.iter().any(|entry| {
        entry.split_once(' ').is_some_and(|(verb, particle)| {
            verb == f && closes_clause(lang, tokens, k, |t| t.folded == particle)
        })
    })
}

/// True when clause `c` is reported speech after a past reporting verb ("a déclaré que …"),
/// where a plain conditional is a future in the past.
fn reported_past(lang: &LangData, tokens: &[Token], clauses: &[Clause], c: usize) -> bool {
    if c == 0 || clauses[c].link != Link::Complement {
        return false;
    }
    let words = &lang.attribution;
    let prev = &clauses[c - 1];
    let reporting = |t: &Token| has(words.verbs, &t.folded) || has(words.weak_verbs, &t.folded);
    (prev.from..prev.to).any(|k| {
        let t = &tokens[k];
        let aux = has(words.auxiliaries, &t.folded) && !t.text.starts_with(['à', 'À']);
        (aux && (k + 1..prev.to.min(k + 4)).any(|j| reporting(&tokens[j])))
            // A simple past reports as well: "dijo que serían", "disse que seriam".
            || (k + 1 == prev.to && reporting(t))
    })
}

/// A cue's verdict over a byte range.
struct Ruling {
    range: [usize; 2],
    stance: Stance,
    /// Every party, canonical, in text order.
    by: Vec<String>,
}

fn rank(stance: Stance) -> u8 {
    match stance {
        Stance::Asserted => 0,
        Stance::Hedged => 1,
        Stance::NotConfirmed => 2,
        Stance::Denied => 3,
    }
}

/// Sets `stance` and `stance_by` on every claim.
pub fn assign(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    options: &Options,
    claims: &mut [Claim],
) {
    assign_with(&Analysis::new(doc, sentences, lang, options), claims);
}

/// Sets `stance` and `stance_by` on every claim of a document already read for attribution.
pub(crate) fn assign_with(analysis: &Analysis, claims: &mut [Claim]) {
    let sentences = analysis.sentences;
    let mut rulings: Vec<Vec<Ruling>> = Vec::with_capacity(sentences.len());
    // Each sentence's rulings depend on it alone: read in parallel.
    let per_sentence = crate::par::map(sentences.len(), |i| sentence_rulings(analysis, i));
    for (i, (own, earlier)) in per_sentence.into_iter().enumerate() {
        rulings.push(own);
        // "The account could not be independently verified": about the sentence before.
        let before = (0..i).rev().find(|&j| !sentences[j].heading);
        if let Some(j) = before.filter(|&j| sentences[j].paragraph == sentences[i].paragraph) {
            for (stance, by) in earlier {
                let range = [sentences[j].start, sentences[j].end];
                rulings[j].push(Ruling { range, stance, by });
            }
        }
    }
    for claim in claims.iter_mut() {
        let pos = claim.span[0];
        let Some(i) = analysis.sentence_at(pos) else {
            continue;
        };
        let best = rulings[i]
            .iter()
            .filter(|r| r.range[0] <= pos && pos < r.range[1])
            .max_by_key(|r| rank(r.stance));
        if let Some(r) = best {
            claim.stance = r.stance;
            claim.stance_by = (!r.by.is_empty()).then(|| r.by.join("; "));
            claim.stance_parties = r.by.clone();
        }
        if rank(claim.stance) < rank(Stance::Denied) && negated_figure(analysis, i, claim) {
            let by = claim.source.canonical.clone();
            claim.stance = Stance::Denied;
            claim.stance_by = Some(by.clone());
            claim.stance_parties = vec![by];
        }
    }
}

/// The most words ([`StanceWords::negated_links`]) between a negation and the figure it denies.
const NEGATION_REACH: usize = 3;

/// True when a figure without a bound comes right after a negation, past function words only:
/// "por decenas y no por miles", "not in the thousands", "il n'y avait pas 200 000
/// manifestants". Its speaker denies it. A bound after a negation ("no fewer than 60", "pas
/// plus de 300") is a bound, not a denial.
fn negated_figure(a: &Analysis, i: usize, claim: &Claim) -> bool {
    use crate::claim::{Bound, ClaimKind};
    let bounded = claim
        .quantity
        .as_ref()
        .is_some_and(|q| matches!(q.bound, Bound::AtLeast | Bound::AtMost));
    if claim.kind != ClaimKind::Count || bounded {
        return false;
    }
    let tokens = &a.tokens[i];
    let k = tokens.partition_point(|t| t.start < claim.span[0]);
    if tokens.get(k).is_none_or(|t| t.start != claim.span[0]) {
        return false;
    }
    for j in (k.saturating_sub(NEGATION_REACH)..k).rev() {
        let t = &tokens[j];
        // "n'inclut pas les 300 disparus", "aucun des 300 passagers": an article after the
        // negation makes the figure the object of a negated verb, not a denied figure.
        if is_negation(a.lang, t) {
            return j + 1 == k || !has(a.lang.attribution.determiners, &tokens[j + 1].folded);
        }
        if !has(a.lang.stance.negated_links, &t.folded) {
            return false;
        }
    }
    false
}

/// The rulings of sentence `i`'s stance cues, and the verdicts it passes on the sentence before
/// when a report noun is what it denies or leaves unconfirmed ("The account could not be
/// verified", "Ces informations n'ont pas été confirmées").
fn sentence_rulings(a: &Analysis, i: usize) -> (Vec<Ruling>, Vec<(Stance, Vec<String>)>) {
    let tokens = &a.tokens[i];
    let mut earlier = Vec::new();
    if tokens.is_empty() {
        return (Vec::new(), earlier);
    }
    let lang = a.lang;
    let clauses = &a.clauses[i];
    let clause_of = |k: usize| {
        clauses
            .iter()
            .position(|c| c.from <= k && k < c.to)
            .unwrap_or(0)
    };
    let byte = |tok: usize| tokens.get(tok).map_or(a.sentences[i].end, |t| t.start);
    let mut out = Vec::new();
    for &cue in &a.stance_cues[i] {
        let c = clause_of(cue.at);
        let firm = has(lang.stance.firm_conditionals, &tokens[cue.at].folded)
            || has(lang.stance.hedges, &tokens[cue.at].folded);
        if cue.kind == CueKind::Hedge
            && !firm
            && is_conditional(lang, &tokens[cue.at])
            && reported_past(lang, tokens, clauses, c)
        {
            continue;
        }
        let (stance, by) = match cue.kind {
            CueKind::Hedge => (Stance::Hedged, Vec::new()),
            CueKind::Denial => (Stance::Denied, parties(a, i, &cue)),
            CueKind::NotConfirmed => {
                let mut by = parties(a, i, &cue);
                if by.is_empty() {
                    by.push(a.doc.outlet.clone());
                }
                (Stance::NotConfirmed, by)
            }
        };
        let reach = clause::reach(clauses, c, cue.kind != CueKind::Hedge);
        if reach.is_empty() {
            continue;
        }
        if cue.kind != CueKind::Hedge && reports_subject(a, i, &cue) {
            earlier.push((stance, by.clone()));
        }
        out.push(Ruling {
            range: [
                byte(clauses[reach.start].from),
                byte(clauses[reach.end - 1].to),
            ],
            stance,
            by,
        });
    }
    (out, earlier)
}

/// True when the subject of a stance cue's verb is a report noun: "The account could not be
/// verified", "Ces informations n'ont pas été confirmées".
fn reports_subject(a: &Analysis, i: usize, cue: &StanceCue) -> bool {
    use crate::extract::attribution::np;
    let tokens = &a.tokens[i];
    let (from, to) = np::before(&a.lang.attribution, tokens, cue.group);
    from < to && has(a.lang.stance.report_nouns, &tokens[to - 1].folded)
}

/// The canonical names of the parties that deny or do not confirm, in text order (see
/// [`party_sources`]): "Moscou et Pyongyang nient" is `["Kremlin", "North Korea"]`.
pub(crate) fn parties(a: &Analysis, i: usize, cue: &StanceCue) -> Vec<String> {
    party_sources(a, i, cue)
        .map(|(sources, _)| sources.into_iter().map(|s| s.canonical).collect())
        .unwrap_or_default()
}

/// The party that denies or does not confirm as one source, several parties merged ("Kremlin;
/// North Korea").
pub(crate) fn party_source(a: &Analysis, i: usize, cue: &StanceCue) -> Option<Source> {
    party_sources(a, i, cue).map(|(sources, text)| np::merge(sources, &text))
}

/// The parties that deny or do not confirm, and the words that name them: the subject before
/// the verb group, the subject after it ("ce que dément le Kremlin"), a passive's agent or the
/// outlet; a pronoun is the source of its sentence or the previous one.
fn party_sources(a: &Analysis, i: usize, cue: &StanceCue) -> Option<(Vec<Source>, String)> {
    use crate::extract::attribution::np;
    let tokens = &a.tokens[i];
    let words = &a.lang.attribution;
    let outlet = || {
        let outlet = Source::outlet(&a.doc.outlet);
        let text = outlet.text.clone();
        Some((vec![outlet], text))
    };
    let single = |s: Source| {
        let text = s.text.clone();
        (vec![s], text)
    };
    if cue.passive {
        let agent = (cue.at + 1..tokens.len().min(cue.at + 4))
            .find(|&k| has(a.lang.stance.agents, &tokens[k].folded));
        let Some(agent) = agent else {
            return outlet();
        };
        let (from, to) = np::after(words, tokens, agent + 1);
        return names(a, i, from, to).or_else(outlet);
    }
    // "Die Angaben hat Washington nicht bestätigt": in verb-second order a named subject
    // stands inside the verb group and the words before it are the object.
    let inside = (cue.group < cue.at).then(|| {
        let (start, end) = (tokens[cue.group].end, tokens[cue.at].start);
        a.mentions_in(start, end)
            .iter()
            .find(|m| m.start >= start && m.end <= end)
            .map(|m| a.gazetteer.source(m.entry, &a.doc.text[m.start..m.end]))
    });
    let (mut from, mut to) = a.subject_before(i, cue.group);
    let before_named = from < to
        && !a
            .mentions_in(tokens[from].start, tokens[to - 1].end)
            .is_empty();
    if !before_named && let Some(Some(found)) = inside {
        return Some(single(found));
    }
    if from == to && from > 0 && np::has(words.relatives, &tokens[from - 1].folded) {
        // "The Kremlin, which has dismissed the reports": the relative's antecedent.
        let end = from - 1;
        let end = if end > 0 && tokens[end - 1].text == "," {
            end - 1
        } else {
            end
        };
        (from, to) = a.subject_before(i, end);
    }
    // A figure is never the party: in verb-final clauses the words before the verb are its
    // object ("die Entsendung von 1.500 Soldaten nicht bestätigt").
    let figure = from < to && tokens[from].kind == TokenKind::Number;
    // "es könne die Angaben nicht bestätigen": a clause that opens with a pronoun has it as
    // its subject, however far the verb.
    if from < to
        && np::has(words.pronouns, &tokens[from].folded)
        && let Some(found) = names(a, i, from, from + 1)
    {
        return Some(found);
    }
    if !figure && let Some(found) = names(a, i, from, to) {
        return Some(found);
    }
    if cue.kind == CueKind::Denial {
        // "…, ce que dément le Kremlin": a named subject after the verb.
        let (from, to) = np::after(words, tokens, cue.at + 1);
        if a.is_named(i, from, to)
            && tokens.get(to).is_none_or(np::is_break)
            && let Some(found) = names(a, i, from, to)
        {
            return Some(found);
        }
    }
    // "Le Kremlin a réagi, sans confirmer ni démentir": the source that opens the sentence,
    // its subject ("Poutine s'est contenté d'invoquer le traité conclu avec la Corée du Nord,
    // sans confirmer"), else the sentence's last named source.
    let before = tokens[cue.group].start;
    let named = a.mentions_in(a.sentences[i].start, before);
    let opening = trim_determiners(words, tokens, 0);
    let subject = named
        .first()
        .filter(|m| tokens.get(opening).is_some_and(|t| t.start == m.start));
    subject
        .or_else(|| {
            named
                .iter()
                .rfind(|m| m.start >= a.sentences[i].start && m.end <= before)
        })
        .map(|m| single(a.gazetteer.source(m.entry, &a.doc.text[m.start..m.end])))
}

/// The first token from `k` on that is not a determiner.
fn trim_determiners(
    words: &crate::extract::attribution::AttributionWords,
    tokens: &[Token],
    mut k: usize,
) -> usize {
    while tokens
        .get(k)
        .is_some_and(|t| has(words.determiners, &t.folded))
    {
        k += 1;
    }
    k
}

/// The sources tokens `from..to` of sentence `i` name, a pronoun resolved, and their words.
fn names(a: &Analysis, i: usize, from: usize, to: usize) -> Option<(Vec<Source>, String)> {
    if from >= to {
        return None;
    }
    let tokens = &a.tokens[i];
    let text = a.doc.text[tokens[from].start..tokens[to - 1].end].to_string();
    match a.resolve(i, from, to)? {
        Np::Pronoun | Np::Same(_) => a
            .chain_at(i, a.tokens[i][from].start)
            .or_else(|| a.previous[i].clone())
            .and_then(|c| c.last().cloned())
            .map(|s| (vec![s], text)),
        Np::Sources(sources) => Some((sources, text)),
    }
}

/// The party whose own clause holds byte `pos` of sentence `i` and who denies or does not
/// confirm in it ("Le Kremlin a rejeté ces informations"): the claim's source when no other
/// cue names one.
pub(crate) fn reacting_party(a: &Analysis, i: usize, pos: usize) -> Option<Source> {
    let tokens = &a.tokens[i];
    if tokens.is_empty() {
        return None;
    }
    let clauses = &a.clauses[i];
    let clause_of = |k: usize| clauses.iter().position(|c| c.from <= k && k < c.to);
    let at = tokens.partition_point(|t| t.end <= pos);
    let here = clause_of(at.min(tokens.len() - 1))?;
    a.stance_cues[i]
        .iter()
        .filter(|c| c.kind != CueKind::Hedge && !c.passive)
        .filter(|c| clause_of(c.at) == Some(here))
        .find_map(|c| party_source(a, i, c))
}

#[cfg(test)]
mod tests {
    use crate::extract::attribution::tests::{claims_at, stance};
    use crate::lang::Lang;

    fn check(lang: Lang, rows: &[(&str, &str, &str)]) {
        let mut failures = Vec::new();
        for (text, target, want) in rows {
            let got = stance(&claims_at(lang, text, &[target])[0]);
            if got != *want {
                failures.push(format!("{text:?} [{target}]: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn french_stance_rows() {
        check(
            Lang::Fr,
            &[
                (
                    "Environ 1 500 soldats auraient été envoyés en Russie.",
                    "1 500",
                    "hedged",
                ),
                (
                    "Le prétendu envoi de 1 500 soldats inquiète Séoul.",
                    "1 500",
                    "hedged",
                ),
                (
                    "La présumée arrivée de 300 soldats a été signalée.",
                    "300",
                    "hedged",
                ),
                (
                    "Selon toute vraisemblance, 400 soldats sont arrivés.",
                    "400",
                    "hedged",
                ),
                (
                    "Des soldats combattraient aux côtés de 200 chars russes.",
                    "200",
                    "hedged",
                ),
                ("Cela signifierait 300 soldats de plus.", "300", "hedged"),
                (
                    "« 300 soldats seraient là », a dit Kim Hong-kyun.",
                    "300",
                    "hedged",
                ),
                (
                    "Le NIS a déclaré que 1 500 soldats auraient été transférés.",
                    "1 500",
                    "hedged",
                ),
                (
                    "Séoul a indiqué que 1 500 soldats pourraient rejoindre le front.",
                    "1 500",
                    "hedged",
                ),
                ("Le retrait de 300 soldats a commencé.", "300", "asserted"),
                ("Un portrait de 30 officiers circule.", "30", "asserted"),
                (
                    "Yoon a déclaré que la Corée enverrait 20 experts.",
                    "20",
                    "asserted",
                ),
                (
                    "Le NIS a confirmé que 1 500 soldats étaient partis et que d'autres pourraient suivre.",
                    "1 500",
                    "asserted",
                ),
                (
                    "Moscou a démenti les informations selon lesquelles 300 soldats seraient arrivés.",
                    "300",
                    "denied by Kremlin",
                ),
                (
                    "Selon des experts militaires, la Russie utilise 100 missiles nord-coréens, ce que Moscou et Pyongyang nient.",
                    "100",
                    "denied by Kremlin; North Korea",
                ),
                (
                    "Le Kremlin nie que 500 soldats soient présents.",
                    "500",
                    "denied by Kremlin",
                ),
                (
                    "Pyongyang rejette les accusations concernant 1 000 soldats.",
                    "1 000",
                    "denied by North Korea",
                ),
                (
                    "La Russie a toujours démenti que 300 soldats combattraient en Ukraine.",
                    "300",
                    "denied by Kremlin",
                ),
                (
                    "Plus de 300 soldats sont arrivés, ce que dément le Kremlin.",
                    "300",
                    "denied by Kremlin",
                ),
                (
                    "Le Kremlin n'a pas démenti l'arrivée de 500 soldats.",
                    "500",
                    "asserted",
                ),
                (
                    "Moscou dément toute présence militaire ; 300 soldats sont pourtant arrivés.",
                    "300",
                    "asserted",
                ),
                (
                    "Les États-Unis et l'OTAN n'ont pas encore confirmé l'envoi de 1 500 soldats.",
                    "1 500",
                    "not confirmed by United States; NATO",
                ),
                (
                    "Le chiffre de 300 morts n'a pas pu être vérifié de manière indépendante.",
                    "300",
                    "not confirmed by outlet",
                ),
                (
                    "Le Pentagone a refusé de confirmer la présence de 3 000 soldats.",
                    "3 000",
                    "not confirmed by Pentagon",
                ),
                (
                    "Le Kremlin s'est refusé à tout commentaire sur les 500 soldats.",
                    "500",
                    "not confirmed by Kremlin",
                ),
                (
                    "Le Kremlin, sans confirmer ni démentir, a évoqué 500 soldats.",
                    "500",
                    "not confirmed by Kremlin",
                ),
                (
                    "Le Kremlin n'a pas souhaité commenter l'arrivée de 500 soldats.",
                    "500",
                    "not confirmed by Kremlin",
                ),
                (
                    "Poutine a invoqué le traité conclu avec la Corée du Nord, sans confirmer ni démentir l'envoi de 500 soldats.",
                    "500",
                    "not confirmed by Vladimir Putin",
                ),
                (
                    "Selon Séoul, Moscou a réagi sans confirmer l'envoi de 500 soldats.",
                    "500",
                    "not confirmed by Kremlin",
                ),
                (
                    "Des informations non confirmées font état de 200 morts.",
                    "200",
                    "not confirmed by outlet",
                ),
                (
                    "Le Pentagone n'a pas confirmé que 400 soldats étaient arrivés.",
                    "400",
                    "not confirmed by Pentagon",
                ),
                (
                    "Le Kremlin a démenti. Le NIS a annoncé que 500 soldats étaient partis.",
                    "500",
                    "asserted",
                ),
            ],
        );
    }

    /// A figure without a bound right after a negation is denied by whoever gives it; a bound
    /// after a negation stays a bound.
    #[test]
    #[rustfmt::skip]
    fn a_negated_figure_is_denied() {
        check(Lang::En, &[
            ("Bayrou said the dead would number in the dozens, not in the thousands.", "thousands", "denied by Bayrou"),
            ("Bayrou said the dead would number in the dozens, not in the thousands.", "dozens", "asserted"),
            ("No fewer than 60 people died.", "60", "asserted"),
            ("Investigators had no word from 99 people.", "99", "asserted"),
            ("The toll does not include the 300 missing.", "300", "asserted"),
        ]);
        check(Lang::Es, &[("Bayrou dijo que los muertos se contarían por decenas y no por miles.", "miles", "denied by Bayrou")]);
        check(Lang::Fr, &[
            ("Il n'y avait pas 200 000 manifestants.", "200 000", "denied by outlet"),
            ("Le bilan n'inclut pas les 300 disparus.", "300", "asserted"),
            ("Aucun des 300 passagers n'a été blessé.", "300", "asserted"),
        ]);
        check(Lang::De, &[("Die Zahl umfasst nicht die 12 Vermissten.", "12", "asserted")]);
    }

    #[test]
    #[rustfmt::skip]
    fn describing_as_false_is_a_denial() {
        check(Lang::Fr, &[
            ("La mission nord-coréenne a qualifié de « rumeurs » l'envoi de 500 soldats.", "500", "denied by North Korea"),
            ("Le Kremlin a qualifié le déploiement de 500 soldats de « pure propagande ».", "500", "denied by Kremlin"),
            ("Le ministre a qualifié de préoccupant l'envoi de 500 soldats.", "500", "asserted"),
        ]);
        check(Lang::En, &[
            ("The Kremlin described the reports of 500 soldiers as groundless.", "500", "denied by Kremlin"),
            ("The Pentagon described the arrival of 500 soldiers as an escalation.", "500", "asserted"),
            ("North Korea spoke. Its mission to the United Nations described the 500 soldiers as rumours.", "500", "denied by North Korea"),
            ("The Kremlin declined to confirm the arrival of 500 soldiers.", "500", "not confirmed by Kremlin"),
        ]);
        check(Lang::De, &[
            ("Der Kreml bezeichnete die Berichte über 500 Soldaten als Propaganda.", "500", "denied by Kremlin"),
        ]);
        check(Lang::Es, &[
            ("El Kremlin calificó de bulos los informes sobre 500 soldados.", "500", "denied by Kremlin"),
        ]);
        check(Lang::It, &[
            ("Il Cremlino ha definito infondate le notizie sui 500 soldati.", "500", "denied by Kremlin"),
        ]);
        check(Lang::Pt, &[
            ("O Kremlin classificou como boatos as notícias sobre 500 soldados.", "500", "denied by Kremlin"),
        ]);
    }

    #[test]
    fn english_stance_rows() {
        check(
            Lang::En,
            &[
                (
                    "North Korea reportedly sent 1,500 soldiers.",
                    "1,500",
                    "hedged",
                ),
                (
                    "About 3,000 soldiers are believed to be in Russia.",
                    "3,000",
                    "hedged",
                ),
                (
                    "The alleged transfer of 500 soldiers worried Seoul.",
                    "500",
                    "hedged",
                ),
                ("Russia may have received 100 missiles.", "100", "hedged"),
                ("Russia could supply 20 fighter jets.", "20", "hedged"),
                (
                    "Some 300 soldiers are said to be in Kursk.",
                    "300",
                    "hedged",
                ),
                ("May 2024 saw 300 soldiers arrive.", "300", "asserted"),
                (
                    "Officials said 8,000 soldiers had arrived.",
                    "8,000",
                    "asserted",
                ),
                (
                    "The Kremlin denied that 500 soldiers were in Russia.",
                    "500",
                    "denied by Kremlin",
                ),
                (
                    "Moscow dismissed reports of 3,000 soldiers as propaganda.",
                    "3,000",
                    "denied by Kremlin",
                ),
                (
                    "About 3,000 soldiers were deployed, which Pyongyang denies.",
                    "3,000",
                    "denied by North Korea",
                ),
                (
                    "Ukraine rejected claims that 40 soldiers had been captured.",
                    "40",
                    "denied by Ukraine (government)",
                ),
                (
                    "The Kremlin did not deny that 500 soldiers were in Russia.",
                    "500",
                    "asserted",
                ),
                (
                    "The Kremlin denied the report, but 500 soldiers were seen in Kursk.",
                    "500",
                    "asserted",
                ),
                (
                    "The report of 10,000 soldiers could not be independently verified.",
                    "10,000",
                    "not confirmed by outlet",
                ),
                (
                    "The Pentagon declined to confirm that 1,500 soldiers had arrived.",
                    "1,500",
                    "not confirmed by Pentagon",
                ),
                (
                    "NATO has not confirmed the presence of 3,000 soldiers.",
                    "3,000",
                    "not confirmed by NATO",
                ),
                (
                    "NATO said it could not confirm that 3,000 soldiers were in Russia.",
                    "3,000",
                    "not confirmed by NATO",
                ),
                (
                    "Pyongyang has not commented on the 1,500 soldiers.",
                    "1,500",
                    "not confirmed by North Korea",
                ),
                (
                    "NATO could not verify the figure of 10,000 soldiers.",
                    "10,000",
                    "not confirmed by NATO",
                ),
                (
                    "Unconfirmed reports put the toll at 300 deaths.",
                    "300",
                    "not confirmed by outlet",
                ),
                (
                    "The figure of 300 deaths has not been confirmed by NATO.",
                    "300",
                    "not confirmed by NATO",
                ),
            ],
        );
    }

    #[test]
    fn stance_reach_rows() {
        check(
            Lang::Fr,
            &[
                (
                    "Même les 12 000 hommes que Pyongyang prévoirait d'envoyer ne changeraient rien.",
                    "12 000",
                    "hedged",
                ),
                (
                    "Kiev affirme que 300 soldats sont tombés. Cette information n'a pas pu être vérifiée.",
                    "300",
                    "not confirmed by outlet",
                ),
                (
                    "Kiev affirme que 300 soldats sont tombés.\n\nCette information n'a pas pu être vérifiée.",
                    "300",
                    "asserted",
                ),
            ],
        );
        check(
            Lang::En,
            &[
                (
                    "Kyiv said 300 soldiers were hit. The account could not be independently verified.",
                    "300",
                    "not confirmed by outlet",
                ),
                (
                    "The Kremlin has not confirmed the 300 soldiers, and Pyongyang has not commented.",
                    "300",
                    "not confirmed by Kremlin",
                ),
                (
                    "The Kremlin, which has dismissed reports of 300 soldiers, said nothing.",
                    "300",
                    "denied by Kremlin",
                ),
                (
                    "The Kremlin has brushed the reports of 300 soldiers aside.",
                    "300",
                    "denied by Kremlin",
                ),
            ],
        );
    }
}
