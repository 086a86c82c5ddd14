//! Clauses of a sentence, for the stance cues and statements that must stay inside theirs.
//!
//! A sentence splits at semicolons, dashes and colons, at "mais"/"but" and ", et"/", and", at a
//! complementizer
//! ("que", "that", "selon lesquelles") and at an anaphoric relative (", ce que", ", which").
//! Each clause records how it links to the one before, which decides how far a cue reaches:
//! forward into complements ("a démenti les informations selon lesquelles …"), back from an
//! anaphoric clause ("…, ce que Moscou dément").

use std::sync::LazyLock;

use super::np::has;
use crate::extract::phrase::WordSet;
use crate::lang::{Lang, LangData};
use crate::token::{Token, TokenKind};

/// The fewest tokens before ", which" / ", ce que" for the relative to be about a clause.
const ANAPHOR_MIN_CLAUSE: usize = 5;

/// How a clause is joined to the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Link {
    /// The sentence's first clause, or one after a semicolon, dash or "mais"/"but".
    Coordinate,
    /// Reported or embedded content: after "que", "that", ":" or "selon lesquelles".
    Complement,
    /// A clause about the previous one: ", ce que …", ", which …".
    Anaphoric,
}

/// One clause: tokens `from..to` of its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clause {
    /// First token.
    pub from: usize,
    /// One past the last token.
    pub to: usize,
    /// How it is joined to the clause before.
    pub link: Link,
}

/// Per language, every word that may open a clause (coordinators, conjunctions, anaphoric
/// relatives, complementizers, "according to" words): any other word is passed over with one
/// set test.
static OPENERS: LazyLock<Vec<WordSet>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            let d = l.data();
            let w = &d.attribution;
            [
                w.coordinators,
                w.conjunctions,
                d.stance.anaphors,
                w.complementizers,
                w.according_to,
            ]
            .concat()
            .into_iter()
            .collect()
        })
        .collect()
});

/// The clauses of a sentence's tokens, in order, covering every token.
pub(crate) fn split(lang: &LangData, tokens: &[Token]) -> Vec<Clause> {
    let words = &lang.attribution;
    let relatives = lang.stance.according_relatives;
    let openers = lang.builtin().map(|index| &OPENERS[index]);
    let mut starts: Vec<(usize, Link)> = vec![(0, Link::Coordinate)];
    for (k, t) in tokens.iter().enumerate() {
        let folded = t.folded.as_str();
        if t.kind != TokenKind::Punct && openers.is_some_and(|o| !o.contains(folded)) {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| &tokens[p]);
        let link = if matches!(t.text, ";" | "–" | "—")
            || (t.text == "-" && prev.is_some_and(|p| p.end < t.start))
        {
            Some((k + 1, Link::Coordinate))
        } else if t.text == ":" {
            Some((k + 1, Link::Complement))
        } else if has(words.coordinators, folded)
            || (prev.is_some_and(|p| p.text == ",") && has(words.conjunctions, folded))
        {
            Some((k, Link::Coordinate))
        } else if prev.is_some_and(|p| p.text == ",")
            && has(lang.stance.anaphors, folded)
            // After a bare name the relative is about that name, not about a clause: "The
            // Kremlin, which has dismissed the reports, …".
            && k - starts.last().map_or(0, |s| s.0) > ANAPHOR_MIN_CLAUSE
        {
            Some((k, Link::Anaphoric))
        } else if has(words.complementizers, folded) {
            let after_anaphor = prev.is_some_and(|p| has(lang.stance.anaphors, &p.folded));
            // After a counted noun or a figure, "que"/"that" is a relative pronoun and the
            // relative clause belongs to its noun: "douze mille hommes que Pyongyang
            // prévoirait d'envoyer".
            let relative = prev.is_some_and(|p| {
                p.kind == TokenKind::Number
                    || crate::extract::concept::concept(lang, &p.folded).is_some()
                    || has(lang.concepts.personnel, &p.folded)
            });
            (!after_anaphor && !relative).then_some((k, Link::Complement))
        } else if has(words.according_to, folded)
            && tokens.get(k + 1).is_some_and(|n| has(relatives, &n.folded))
        {
            Some((k, Link::Complement))
        } else {
            None
        };
        if let Some((at, link)) = link
            && at < tokens.len()
        {
            match starts.last_mut() {
                Some(last) if last.0 == at => last.1 = link,
                _ => starts.push((at, link)),
            }
        }
    }
    let mut out = Vec::with_capacity(starts.len());
    for (n, &(from, link)) in starts.iter().enumerate() {
        let to = starts.get(n + 1).map_or(tokens.len(), |s| s.0);
        if from < to {
            out.push(Clause { from, to, link });
        }
    }
    out
}

/// The clauses a cue in clause `c` reaches: itself and the complements that follow it, or,
/// for a cue `back` in an anaphoric clause, the clauses before it back to the last coordinate
/// one. Returns a range of clause indexes.
pub(crate) fn reach(clauses: &[Clause], c: usize, back: bool) -> std::ops::Range<usize> {
    if back && clauses[c].link == Link::Anaphoric {
        let mut first = c;
        while first > 0 {
            first -= 1;
            if clauses[first].link == Link::Coordinate {
                break;
            }
        }
        return first..c;
    }
    let mut last = c + 1;
    while last < clauses.len() && clauses[last].link == Link::Complement {
        last += 1;
    }
    c..last
}
