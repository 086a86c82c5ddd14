//! Report nouns that name their author: "le bilan communiqué par les pompiers", "Angaben des
//! Gesundheitsministeriums", "the ministry's latest count", "el balance del ministerio era de
//! 160". The author — named in a genitive, an agent after a participle, or a possessive — is the
//! source of the figures the report gives, whether the report follows "selon" or opens its clause.

use super::Analysis;
use super::np::{after, before, has, is_break, is_title};
use crate::extract::phrase::word_at;
use crate::token::{Token, TokenKind};

/// The most words (participles, adverbs, dates) between a report noun and the agent that names
/// its author ("publiés vendredi par", "diffuso lunedì 12 giugno dal").
const AGENT_REACH: usize = 8;

/// The most undated words between a report noun and its agent ("communiqué mercredi par" has
/// one: dates do not count).
const AGENT_WORDS: usize = 3;

/// The most words that may describe a report noun on either side ("dernier", "ufficiale").
const DESCRIBING: usize = 3;

impl Analysis<'_> {
    /// True for token `k` of sentence `i` when it may describe a report noun: a word that is no
    /// preposition, auxiliary, complementizer or reporting verb ("ultimo", "oficial",
    /// "jüngsten"); capitalised words count only before the noun (`before`: "Nouveau bilan").
    fn describes(&self, i: usize, k: usize, before_noun: bool) -> bool {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let t = &tokens[k];
        let f = t.folded.as_str();
        t.kind == TokenKind::Word
            && (before_noun || !t.text.starts_with(char::is_uppercase))
            && !has(words.stops, f)
            && !has(words.genitives, f)
            && !has(words.report_origins, f)
            && !has(words.agents, f)
            && !has(words.complementizers, f)
            && !has(words.auxiliaries, f)
            && !has(words.report_nouns, f)
            && word_at(words.according_to, tokens, k).is_none()
            && word_at(words.according_named, tokens, k).is_none()
            && word_at(words.according_estimates, tokens, k).is_none()
            && !self.is_verb(tokens, k)
    }

    /// The authors the report noun at token `h` of sentence `i` names, as token ranges, outer
    /// first: an agent after a participle ("publiés vendredi par les autorités"), a genitive
    /// ("bilan du Comité d'enquête", "Angaben des Ministeriums") or a possessive before it ("the
    /// Health Ministry's latest count"). A report of one body relayed by another names both,
    /// the relay first ("dados das autoridades compilados pela dpa", "il bilancio della Guardia
    /// costiera, rilanciato da Ana-Mpa"). Only a body, a role or a known name is an author:
    /// "le bilan des inondations" names none.
    pub(super) fn report_authors(&self, i: usize, h: usize) -> Option<Vec<(usize, usize)>> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let mut k = h + 1;
        while k < tokens.len() && k <= h + DESCRIBING && self.describes(i, k, false) {
            k += 1;
        }
        let mut genitive = None;
        let mut agent_from = h + 1;
        if let Some(len) =
            word_at(words.genitives, tokens, k).or_else(|| word_at(words.report_origins, tokens, k))
        {
            let (from, to) = self.author_phrase(i, k + len);
            if self.credible_author(i, from, to) {
                genitive = Some((from, to));
                agent_from = to;
            }
        }
        let authors: Vec<(usize, usize)> = self
            .report_agent(i, agent_from)
            .into_iter()
            .chain(genitive)
            .chain(
                (genitive.is_none())
                    .then(|| self.possessive_author(i, h))
                    .flatten(),
            )
            .collect();
        (!authors.is_empty()).then_some(authors)
    }

    /// The chain the authors of the report noun at token `h` of sentence `i` make, with the
    /// token range of the outer one.
    pub(super) fn report_chain(
        &self,
        i: usize,
        h: usize,
        previous: Option<&super::Chain>,
    ) -> Option<(super::Chain, (usize, usize))> {
        let authors = self.report_authors(i, h)?;
        let mut chain = super::Chain::new();
        for &(from, to) in &authors {
            if let Some(more) = self.resolve_one(i, from, to, previous) {
                super::join(&mut chain, &more);
            }
        }
        (!chain.is_empty()).then(|| (chain, authors[0]))
    }

    /// The author named by an agent ("par", "by", "dal", "pelo") among the few words from token
    /// `from` of sentence `i`: participles, dates and one comma ("…, diffuso lunedì dal
    /// ministro").
    fn report_agent(&self, i: usize, from: usize) -> Option<(usize, usize)> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let mut undated = 0;
        for k in from..tokens.len().min(from + AGENT_REACH) {
            if let Some(len) = word_at(words.agents, tokens, k) {
                let (f, t) = self.author_phrase(i, k + len);
                return self.credible_author(i, f, t).then_some((f, t));
            }
            let t = &tokens[k];
            if self.date_tokens[i][k] {
                continue;
            }
            if t.text == "," && k == from {
                continue;
            }
            undated += 1;
            let participle = t.kind == TokenKind::Word
                && !t.text.starts_with(char::is_uppercase)
                && !has(words.complementizers, &t.folded)
                && !has(words.relatives, &t.folded)
                && !has(words.auxiliaries, &t.folded);
            if !participle || undated > AGENT_WORDS {
                return None;
            }
        }
        None
    }

    /// The author of a possessive before the report noun at token `h` of sentence `i`: "the
    /// Health Ministry's latest count".
    fn possessive_author(&self, i: usize, h: usize) -> Option<(usize, usize)> {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let mut k = h;
        while k > 0
            && h - k < DESCRIBING
            && tokens[k - 1].folded != "s"
            && self.describes(i, k - 1, false)
        {
            k -= 1;
        }
        let s = k.checked_sub(1)?;
        let apostrophe = s.checked_sub(1)?;
        let possessive = tokens[s].folded == "s"
            && matches!(tokens[apostrophe].text, "'" | "’")
            && tokens[apostrophe].start == tokens[s].start - tokens[apostrophe].text.len();
        if !possessive {
            return None;
        }
        let (from, to) = before(words, tokens, apostrophe);
        self.credible_author(i, from, to).then_some((from, to))
    }

    /// The author's phrase from token `start` of sentence `i`: the noun phrase there, run on
    /// to the end of a known name it opens, and cut after its last name, body, role or
    /// capitalised word (with a nationality or an acronym in parentheses after it): "ministère
    /// libanais de la Santé", not "Regionalregierung sind allein".
    fn author_phrase(&self, i: usize, start: usize) -> (usize, usize) {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let (from, mut to) = after(words, tokens, start);
        if from >= to {
            return (from, from);
        }
        // A known name that runs past a stop word: "Organizzazione internazionale per le
        // migrazioni".
        let (first, last) = (tokens[from].start, tokens[to - 1].end);
        if let Some(m) = self
            .mentions_in(first, last)
            .iter()
            .find(|m| m.start >= first && m.end > last)
        {
            to = tokens.partition_point(|t| t.start < m.end);
        }
        let named = |t: &Token| {
            self.mentions_in(t.start, t.end)
                .iter()
                .any(|m| m.start <= t.start && t.end <= m.end)
        };
        let mut end = from;
        let mut k = from;
        // Right after a genitive that follows the phrase kept so far: "Comité d'enquête".
        let mut genitive_at = None;
        while k < to {
            let t = &tokens[k];
            if self.date_tokens[i][k] {
                break;
            }
            if k == end && has(words.genitives, &t.folded) {
                genitive_at = Some(k);
                k += 1;
                continue;
            }
            if genitive_at.is_some_and(|g| g + 1 == k) && has(words.determiners, &t.folded) {
                genitive_at = Some(k);
                k += 1;
                continue;
            }
            if t.text == "("
                && let Some(close) = tokens[k..to.min(k + 6)].iter().position(|c| c.text == ")")
            {
                k += close + 1;
                end = k;
                continue;
            }
            if k == end
                && k > from
                && let Some((n, _)) =
                    crate::extract::phrase::at(self.lang.concepts.entities, tokens, k)
            {
                k += n;
                end = k.min(to);
                continue;
            }
            // A Romance adjective that ends the phrase: "comitato regionale", "direção regional".
            let adjective = !words.verb_second
                && k == end
                && k + 1 == to
                && t.kind == TokenKind::Word
                && !t.folded.contains('-')
                && !has(words.auxiliaries, &t.folded)
                && !self.is_verb(tokens, k);
            let anchor = adjective
                || genitive_at.is_some_and(|g| g + 1 == k)
                || t.text.starts_with(char::is_uppercase)
                || words.is_institution(&t.folded)
                || is_title(words.titles, tokens, k).is_some()
                || named(t);
            k += 1;
            if anchor {
                end = k;
            }
        }
        // "(Oim)" right after the phrase repeats its name.
        if end == to
            && tokens.get(to).is_some_and(|t| t.text == "(")
            && let Some(close) = tokens[to..tokens.len().min(to + 4)]
                .iter()
                .position(|c| c.text == ")")
        {
            end = to + close + 1;
        }
        (from, end)
    }

    /// True when tokens `from..to` of sentence `i` may author a report: a body or a role in
    /// common nouns, a known name other than a place, or a capitalised name that is no
    /// country or nationality.
    fn credible_author(&self, i: usize, from: usize, to: usize) -> bool {
        let tokens = &self.tokens[i];
        let (from, to) = self.without_dates(i, from, to);
        if from >= to || (from..to).any(|k| tokens[k].kind == TokenKind::Number) {
            return false;
        }
        let concepts = &self.lang.concepts;
        let place = [self.lang.concepts.entities, concepts.places]
            .iter()
            .any(|table| crate::extract::phrase::at(table, tokens, from).is_some());
        self.names_body(i, from, to)
            || self.holds_source_name(i, from, to)
            || (tokens[from].text.starts_with(char::is_uppercase)
                && !place
                && !is_break(&tokens[from]))
    }

    /// True when the words before token `h` of sentence `i` that describe it ("El último
    /// balance", "Nouveau bilan", "The Health Ministry") open the sentence or a clause: the
    /// report is then the clause's subject or heading.
    pub(super) fn opens_clause(&self, i: usize, h: usize) -> bool {
        let tokens = &self.tokens[i];
        let words = &self.lang.attribution;
        let mut k = h;
        while k > 0
            && h - k < DESCRIBING
            && (has(words.determiners, &tokens[k - 1].folded) || self.describes(i, k - 1, true))
        {
            k -= 1;
        }
        k == 0 || matches!(tokens[k - 1].text, ":" | ";" | "–" | "—" | "-" | "(")
    }
}
