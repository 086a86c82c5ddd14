//! Attribution: who says each claim and through whom ("Yonhap, citant des renseignements" is the
//! chain Yonhap → intelligence), and quotations with their speakers.
//!
//! Each sentence is read for *cues*: "selon X" / "according to X", a reporting verb with its
//! subject ("X a déclaré que", "X said"), an inverted verb ("…, a indiqué X", "…, X said"),
//! "citant Y" / "citing Y" (which nests Y inside the cue it qualifies) and a pronoun ("a-t-il
//! ajouté") that points back to the previous sentence's source. A cue governs its clause; the
//! claims a clause holds get the chain of every cue that governs them, outer (frames: "selon",
//! inverted verbs) first. A sentence with no cue continues the report of its paragraph; a claim
//! with no source at all is the outlet's own. Names are resolved through the
//! [gazetteer](crate::extract::gazetteer), unknown ones kept as written.
//!
//! `Source.canonical` is the outer named source (who the article cites); `Source.chain` lists
//! every source outer → inner.

pub(crate) mod clause;
mod cues;
pub(crate) mod np;
pub(crate) mod quote;
mod report;
#[cfg(test)]
mod rule_rows;
#[cfg(test)]
pub(crate) mod tests;

use crate::claim::{Claim, ClaimKind, Source, SourceKind};
use crate::extract::concept::Tags;
use crate::extract::date::scan;
use crate::extract::gazetteer::{Gazetteer, Mention};
use crate::extract::stance::StanceCue;
use crate::lang::LangData;
use crate::segment::Sentence;
use crate::token::{SentenceTokens, Token};
use crate::{Document, Options};
use clause::Clause;

pub(crate) use np::Np;

/// Per-language attribution data. Every table is folded and sorted; a multi-word entry spells
/// its tokens joined by a space where the text has one ("according to") and glued where it has
/// none ("d'apres").
#[derive(Debug)]
pub struct AttributionWords {
    /// "According to" cues that precede a source ("selon", "d'apres", "according to").
    pub according_to: &'static [&'static str],
    /// Prepositions that mean "according to" only before a known name that opens the sentence or
    /// a clause ("per l'Oms i morti sono 3.958", "pour l'OMS, le bilan", "para a OMS"): elsewhere
    /// they mean "for" ("per il servizio d'ordine").
    pub according_named: &'static [&'static str],
    /// Prepositions that mean "according to" only before estimates ("nach südkoreanischen
    /// Schätzungen"; "nach Russland" is a direction): the source ends at the estimate noun.
    pub according_estimates: &'static [&'static str],
    /// Words that, right after an "according to" cue, show it names no source ("lesquelles",
    /// "toute", "independante").
    pub not_sources: &'static [&'static str],
    /// Words that start a source's name right after "de": "de source policière".
    pub source_words: &'static [&'static str],
    /// Cues that nest a source inside the reporting one ("citant", "citing").
    pub citing: &'static [&'static str],
    /// Reporting verb forms that attribute wherever they stand ("said", "told").
    pub verbs: &'static [&'static str],
    /// Reporting verb forms that attribute only after an auxiliary, before "que"/"that" or a
    /// colon, or after a name ("déclare", "reports", "claims"): they double as nouns or
    /// adjectives.
    pub weak_verbs: &'static [&'static str],
    /// Reporting verbs that attribute only after an auxiliary ("a compté", not "compte
    /// envoyer").
    pub compound_verbs: &'static [&'static str],
    /// Reporting verbs that attribute only in inverted position, after a comma or a quotation
    /// ("…, a poursuivi Kim", "…, a lancé X").
    pub inverted_verbs: &'static [&'static str],
    /// Auxiliaries of compound tenses ("a", "ont", "has", "had").
    pub auxiliaries: &'static [&'static str],
    /// Words that introduce reported content ("que", "qu'", "that").
    pub complementizers: &'static [&'static str],
    /// Subject pronouns that point back to the previous source ("il", "elle", "he", "they").
    pub pronouns: &'static [&'static str],
    /// Articles and determiners dropped at the start of a source's name ("le", "les", "the").
    pub determiners: &'static [&'static str],
    /// Words that end a source's name ("qui", "dont", "which", "on").
    pub stops: &'static [&'static str],
    /// Conjunctions that join two sources ("et", "and").
    pub conjunctions: &'static [&'static str],
    /// Prepositions that introduce the recipient of a statement ("a", "au", "to"): "a déclaré
    /// à l'AFP".
    pub recipients: &'static [&'static str],
    /// Prepositions that introduce a passive's agent ("par", "by", "von", "pela"): "the 43
    /// reported by the interior ministry", "o número avançado pela polícia".
    pub agents: &'static [&'static str],
    /// A minister's title → the word of the ministry, folded ("ministre" → "ministere",
    /// "minister" → "ministry"; German compounds end in the title: "Gesundheitsminister"):
    /// "le ministre de la Santé, Hamad Hassan" speaks for the ministère de la Santé.
    pub minister_titles: &'static [(&'static str, &'static str)],
    /// Nouns for a document that speaks for its author ("communique", "statement"): "précise
    /// le communiqué" is the source of the previous sentence.
    pub document_nouns: &'static [&'static str],
    /// Courtesy titles before a person's name, without their dot ("M.", "Mme", "Mr", "Herr",
    /// "Sr."): not part of the name ("M. Bush" is Bush).
    pub honorifics: &'static [&'static str],
    /// Nouns for a body that, alone after an article, refer back to the body cited just before
    /// ("l'agence", "the group", "il centro", "a organização"): a general noun names no party
    /// of its own.
    pub referring_nouns: &'static [&'static str],
    /// Participles of publishing ("diffusé", "difundido", "published"): alone before a
    /// reporting verb they describe its subject ("le bilan, diffusé samedi, fait état de") and
    /// name no one.
    pub publication_participles: &'static [&'static str],
    /// Words that start a new coordinate clause and end a cue's reach ("mais", "but").
    pub coordinators: &'static [&'static str],
    /// Genitive prepositions that make a noun the complement of the word before ("le nombre
    /// de soldats", "programmes de missiles").
    pub genitives: &'static [&'static str],
    /// Prepositions that, after a report noun, name where the report comes from as a genitive
    /// does ("the latest count from the coast guard", "Zahlen aus dem Ministerium").
    pub report_origins: &'static [&'static str],
    /// Relative pronouns whose antecedent is the subject: "Rutte, qui a déclaré".
    pub relatives: &'static [&'static str],
    /// Object, neuter and demonstrative pronouns that never name a source on their own ("lo"
    /// in "lo que indica", "cela", "ciò").
    pub clitics: &'static [&'static str],
    /// Openings that stand for what the sentence before said, before an inverted reporting verb
    /// ("Lo ha annunciato X", "Así lo informó X", "Dies teilte X mit", "This was announced by
    /// X"): the source they name is that sentence's.
    pub resuming: &'static [&'static str],
    /// Words that make the verb after them an infinitive, never a reporting verb with a
    /// subject ("declined to confirm", "refused to say"; "zu bestätigen").
    pub infinitive_markers: &'static [&'static str],
    /// Nouns for estimates and figures that speak for whoever made them: with a nationality
    /// they are that country's government's ("estimations sud-coréennes", "South Korean
    /// estimates").
    pub estimates: &'static [&'static str],
    /// "According to" words that follow their source ("den Ärzten zufolge"): the source is the
    /// phrase its article opens.
    pub postpositions: &'static [&'static str],
    /// Idioms that open with a reporting verb but report nothing ("gave way", "give way"): no
    /// cue, so that what gave way is no source.
    pub verb_idioms: &'static [&'static str],
    /// Prepositions that put an estimate's figure after its maker when the verb is not
    /// repeated ("la police à 80 000, les organisateurs à 100 000"; "local media at 12,000").
    pub estimate_links: &'static [&'static str],
    /// Nouns for a body that, without a name, refer back to the last body named with that word
    /// in its canonical name: "the department", "a department spokesman" → "US Department of
    /// State" ("department" → "Department", "ministère" → "Ministry").
    pub body_nouns: &'static [(&'static str, &'static str)],
    /// Titles and roles that head a person's noun phrase ("ambassadeur", "porte-parole",
    /// "spokesman"): not part of the name that follows them ("ambassadeur Gueorgui Zinoviev"
    /// is "Gueorgui Zinoviev"); the last part of a compound counts ("Pentagon-Sprecherin").
    pub titles: &'static [&'static str],
    /// Nouns that head the name of a body that gives figures ("police", "ministère",
    /// "administration", "verwaltung"): a phrase headed by one speaks even in lower case ("la
    /// policía habló de 6.000", "the district administration had spoken of 1,300"); a compound
    /// ending in one counts ("Kreisverwaltung", "Polizeipräsidium").
    pub institutions: &'static [&'static str],
    /// Stems of reporting and tally verbs, each with the endings of its paradigm: every stem
    /// followed by one of its endings is a weak reporting verb form ("contabiliz" + "o" →
    /// "contabilizo", "denombr" + "ait" → "denombrait").
    pub verb_stems: &'static [(&'static str, &'static [&'static str])],
    /// Nouns for the figure itself ("number", "toll", "Zahl", "cifra"): a phrase headed by one
    /// is what is counted, never who counts ("the number of people confirmed dead rose to 57",
    /// "Die Zahl der geborgenen Leichen korrigierte die Küstenwache").
    pub figure_nouns: &'static [&'static str],
    /// Endings of gerunds, which make a progressive with a passive's auxiliary ("is now
    /// reporting", "está informando"): no passive.
    pub gerund_endings: &'static [&'static str],
    /// Adjectives that name the author of the figure noun they qualify, each with the canonical
    /// gazetteer name it gives ("cifras oficiales" → "authorities", "balance policial" →
    /// "police").
    pub figure_authors: &'static [(&'static str, &'static str)],
    /// Adjectives that say a figure or report has no author to name ("unconfirmed",
    /// "unbestätigten", "officieuses"): "according to unconfirmed reports" is the outlet
    /// relaying hearsay, not a source. A negated adjective ("non confirmées", "no oficiales")
    /// says the same through the language's negations.
    pub unsourced: &'static [&'static str],
    /// Nouns for a report, a tally or a statement whose author a genitive, an agent or a
    /// possessive names: the author is the source of the figures the report gives ("le bilan
    /// communiqué par les pompiers", "Angaben des Ministeriums", "the ministry's latest count",
    /// "el balance del ministerio era de 160").
    pub report_nouns: &'static [&'static str],
    /// Stressed pronouns and possessives after an "according to" cue that point to the
    /// clause's subject or the previous source ("selon lui", "nach eigenen Angaben", "según
    /// sus datos", "according to him").
    pub own_words: &'static [&'static str],
    /// Adjectives for "same" that make the noun they open refer back to the previous source ("la
    /// misma fuente", "la même source", "the same source", "dieselbe Quelle", "el mismo
    /// organismo"); before a name they only stress it ("la stessa Levine Cava").
    pub same: &'static [&'static str],
    /// Phrases by which the outlet gives a figure of its own making — a sum, a comparison, a
    /// conclusion, a hypothesis ("selon nos calculs", "by our tally", "addiert man", "zum
    /// Vergleich", "con ello", "somando", "portanto", "si l'hypothese"): the sentence's figures
    /// that no cue of their own attributes are the outlet's, not the report's it continues.
    pub own_account: &'static [&'static str],
    /// Verb-second word order (German): the subject may follow the finite verb ("Am Abend
    /// sprach X von …"), an auxiliary may stand far from its participle, nouns are capitalised
    /// and compounds end in their head ("Bezirkssprecher").
    pub verb_second: bool,
}

impl AttributionWords {
    /// Every weak reporting verb form [`AttributionWords::verb_stems`] makes, its words joined
    /// by a space ("hablo de").
    pub(crate) fn stem_forms(&self) -> impl Iterator<Item = String> + '_ {
        self.verb_stems
            .iter()
            .flat_map(|(stem, endings)| endings.iter().map(move |e| format!("{stem}{e}")))
    }

    /// True when the one-word `folded` is a form [`AttributionWords::verb_stems`] makes (the
    /// first word of the form when it has several).
    pub(crate) fn is_stem_form(&self, folded: &str) -> bool {
        self.verb_stems.iter().any(|(stem, endings)| {
            folded.strip_prefix(stem).is_some_and(|rest| {
                endings
                    .iter()
                    .any(|e| e.split(' ').next().is_some_and(|first| first == rest))
            })
        })
    }

    /// True when `folded` heads an institution's name: listed in
    /// [`AttributionWords::institutions`], or a compound whose last part is ("kreisverwaltung").
    pub(crate) fn is_institution(&self, folded: &str) -> bool {
        np::has(self.institutions, folded)
            || self
                .institutions
                .iter()
                .any(|i| i.len() >= COMPOUND_PART && folded.len() > i.len() && folded.ends_with(i))
    }
}

/// The fewest bytes the last part of a compound needs to count as an institution's noun: a
/// shorter one ("amt") ends too many unrelated words.
pub(crate) const COMPOUND_PART: usize = 6;

/// True for a token that ends a verb group or a name: punctuation, a stop word or a
/// complementizer.
pub(crate) fn is_stop(lang: &LangData, t: &Token) -> bool {
    let words = &lang.attribution;
    np::is_break(t) || np::has(words.stops, &t.folded) || np::has(words.complementizers, &t.folded)
}

/// A chain of sources, outer → inner.
pub(crate) type Chain = Vec<Source>;

/// The most sources a chain holds. A chain is a short path from the outlet to the origin
/// (outlet → agency → ministry → official); sentences that continue a report ("It said…",
/// "he told reporters") join their neighbours' chains, and without a bound a few dozen such
/// sentences would multiply a chain's length at each one.
pub(crate) const MAX_CHAIN: usize = 8;

/// Appends to `chain` the sources of `more` it does not name yet, up to [`MAX_CHAIN`]: a
/// source named twice ("X said, citing Y; X added") is one link, never two.
pub(crate) fn join(chain: &mut Chain, more: &[Source]) {
    for s in more {
        if chain.len() >= MAX_CHAIN {
            return;
        }
        if !chain.iter().any(|c| c.canonical == s.canonical) {
            chain.push(s.clone());
        }
    }
}

/// One attribution cue of a sentence and the part of the text it governs.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    /// The sources the cue names, outer → inner.
    pub chain: Chain,
    /// Byte range it governs.
    pub region: [usize; 2],
    /// An outer frame ("selon X", "…, a indiqué X") rather than a subject ("X a déclaré").
    pub frame: bool,
    /// Byte offset of the cue word, for ordering.
    pub anchor: usize,
}

/// The cues of one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceCues {
    /// Every cue, in text order.
    pub cues: Vec<Cue>,
    /// Sources given figure by figure ("20 000 selon la police, 45 000 selon les syndicats"),
    /// in order, when there are at least two.
    pub per_source: Vec<Chain>,
    /// The chain governing the sentence's last cue: what a pronoun in the next sentence means.
    pub last: Option<Chain>,
    /// The chain of a cue at an opening that resumes the sentence before ("Lo ha annunciato
    /// X"): the source of that sentence's figures.
    pub resumed: Option<Chain>,
    /// Byte ranges of the sources' names ("lawmaker Park Sun-won", "The CGT union"): never
    /// what a statement is about.
    pub names: Vec<[usize; 2]>,
}

/// A document read for attribution: tokens, named sources, quotations and cues per sentence.
/// Stance and statements read it too, and every stage takes its tokens from it: a document is
/// tokenised once.
pub(crate) struct Analysis<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Its sentences.
    pub sentences: &'a [Sentence],
    /// Its language's data.
    pub lang: &'a LangData,
    /// Every gazetteer source named in the text.
    pub mentions: Vec<Mention>,
    /// The gazetteer in use.
    pub gazetteer: &'a Gazetteer,
    /// Quotations, byte ranges including their marks.
    pub quotes: Vec<[usize; 2]>,
    /// Tokens of each sentence.
    pub tokens: SentenceTokens<'a>,
    /// Clauses of each sentence ([`clause::split`]).
    pub clauses: Vec<Vec<Clause>>,
    /// Stance cues of each sentence ([`crate::extract::stance`]).
    pub stance_cues: Vec<Vec<StanceCue>>,
    /// Cues of each sentence.
    pub cues: Vec<SentenceCues>,
    /// For each sentence, the chain a pronoun refers to (the latest of the previous sentences).
    pub previous: Vec<Option<Chain>>,
    /// For each sentence, which tokens belong to a date or time phrase ("la semana pasada",
    /// "in 2019"): never a source's name.
    pub date_tokens: Vec<Vec<bool>>,
    /// The dates the date scanner finds in each sentence alone: what date extraction finds in
    /// a paragraph of one sentence, so that it need not scan it again.
    pub date_scans: Vec<Vec<crate::extract::date::scan::Found>>,
    /// For each sentence, the date tables each token may start ([`scan::masks`]).
    pub date_masks: Vec<Vec<u32>>,
    /// For each sentence, the concept tables each token may start ([`Tags`]).
    pub tags: Vec<Tags>,
}

/// How many sentences back a pronoun may look for its source.
const PRONOUN_REACH: usize = 3;

/// Per language, what a first token of an [`AttributionWords::own_account`] phrase may be: most
/// tokens are passed over with one set look-up.
static OWN_ACCOUNT_STARTS: std::sync::LazyLock<Vec<crate::extract::phrase::Prefixes>> =
    std::sync::LazyLock::new(|| {
        crate::lang::Lang::ALL
            .iter()
            .map(|l| {
                crate::extract::phrase::Prefixes::token_starts(
                    l.data().attribution.own_account.iter().copied(),
                )
            })
            .collect()
    });

impl<'a> Analysis<'a> {
    /// Reads `doc` for attribution cues.
    pub fn new(
        doc: &'a Document,
        sentences: &'a [Sentence],
        lang: &'a LangData,
        options: &'a Options,
    ) -> Analysis<'a> {
        let tokens = SentenceTokens::new(&doc.text, sentences);
        Analysis::with_tokens(doc, sentences, lang, options, tokens)
    }

    /// Reads `doc` for attribution cues, its sentences already tokenised.
    pub fn with_tokens(
        doc: &'a Document,
        sentences: &'a [Sentence],
        lang: &'a LangData,
        options: &'a Options,
        tokens: SentenceTokens<'a>,
    ) -> Analysis<'a> {
        let gazetteer = options.aliases.as_ref().unwrap_or(Gazetteer::builtin());
        // Per sentence, clauses, stance cues and date tokens; beside them, the document-wide
        // name mentions and quotations: all independent, read in parallel.
        let (per_sentence, (mentions, quotes)) = crate::par::join(
            || {
                crate::par::map(sentences.len(), |i| {
                    let (masks, tags) = crate::extract::concept::masks_and_tags(lang, &tokens[i]);
                    (
                        clause::split(lang, &tokens[i]),
                        crate::extract::stance::cues(lang, &tokens[i]),
                        date_tokens(lang, &tokens[i], masks),
                        tags,
                    )
                })
            },
            || {
                (
                    gazetteer.mentions(&doc.text),
                    quote::spans(&doc.text, sentences),
                )
            },
        );
        let mut clauses: Vec<Vec<Clause>> = Vec::with_capacity(sentences.len());
        let mut stance_cues = Vec::with_capacity(sentences.len());
        let mut date_tokens = Vec::with_capacity(sentences.len());
        let mut date_scans = Vec::with_capacity(sentences.len());
        let mut date_masks = Vec::with_capacity(sentences.len());
        let mut tags = Vec::with_capacity(sentences.len());
        for (c, s, (d, found, masks), t) in per_sentence {
            tags.push(t);
            clauses.push(c);
            stance_cues.push(s);
            date_tokens.push(d);
            date_scans.push(found);
            date_masks.push(masks);
        }
        let mut analysis = Analysis {
            doc,
            sentences,
            lang,
            mentions,
            gazetteer,
            quotes,
            tokens,
            clauses,
            stance_cues,
            cues: Vec::with_capacity(sentences.len()),
            previous: Vec::with_capacity(sentences.len()),
            date_tokens,
            date_scans,
            date_masks,
            tags,
        };
        for i in 0..sentences.len() {
            let previous = (i.saturating_sub(PRONOUN_REACH)..i)
                .rev()
                .filter(|&j| !sentences[j].heading)
                .find_map(|j| analysis.cues[j].last.clone());
            // A headline attributes its own words ("Pentagon says …") but no pronoun after it
            // refers to it and no sentence continues it.
            let found = cues::find(&analysis, i, previous.as_ref());
            analysis.previous.push(previous);
            analysis.cues.push(found);
        }
        analysis
    }

    /// The index of the sentence holding byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }

    /// The quotation holding byte `pos`, if any.
    pub fn quote_at(&self, pos: usize) -> Option<usize> {
        quote::holding(&self.quotes, pos)
    }

    /// The named sources that overlap bytes `start..end` (mentions are sorted and disjoint).
    pub fn mentions_in(&self, start: usize, end: usize) -> &[Mention] {
        let lo = self.mentions.partition_point(|m| m.end <= start);
        let hi = self.mentions.partition_point(|m| m.start < end);
        &self.mentions[lo..hi.max(lo)]
    }

    /// The chain of the cues of sentence `i` that govern byte `pos`, outer first.
    pub fn chain_at(&self, i: usize, pos: usize) -> Option<Chain> {
        let mut governing: Vec<&Cue> = self.cues[i]
            .cues
            .iter()
            .filter(|c| c.region[0] <= pos && pos < c.region[1])
            .collect();
        governing.sort_by_key(|c| (!c.frame, c.anchor));
        let mut chain: Chain = Vec::new();
        for cue in governing {
            join(&mut chain, &cue.chain);
        }
        (!chain.is_empty()).then_some(chain)
    }

    /// The chain of the latest clause of sentence `i` before byte `pos` that has cues of its
    /// own: a clause after a semicolon, a dash or "but" with no cue continues the report of the
    /// clause before it, as a sentence with no cue continues its paragraph's ("Selon le
    /// ministère, les morts sont 171 ; une trentaine de personnes restent disparues", "Amnesty
    /// zählte 66 Tote; in den Tagen danach seien 16 weitere getötet worden").
    ///
    /// A clause opened by "but" that has a subject of its own is the outlet's ("The Pentagon
    /// said the figure was wrong, but 300 soldiers remain"): a coordinator on the way back ends
    /// the report.
    pub fn earlier_clause_chain(&self, i: usize, pos: usize) -> Option<Chain> {
        let last = self.cues[i]
            .cues
            .iter()
            .filter(|c| c.region[1] <= pos)
            .max_by_key(|c| (c.region[1], c.anchor))?;
        let coordinated = self.tokens[i]
            .iter()
            .skip_while(|t| t.start < last.region[1])
            .take_while(|t| t.start < pos)
            .any(|t| np::has(self.lang.attribution.coordinators, &t.folded));
        if coordinated {
            return None;
        }
        self.chain_at(i, last.anchor)
            .or_else(|| Some(last.chain.clone()))
    }

    /// True when sentence `i` holds a phrase of
    /// [`AttributionWords::own_account`] outside quotations: the outlet sums, compares or
    /// concludes there ("Addiert man die Länderangaben, ergeben sich 160 Tote").
    pub fn gives_own_account(&self, i: usize) -> bool {
        let tokens = &self.tokens[i];
        let table = self.lang.attribution.own_account;
        let starts = &OWN_ACCOUNT_STARTS[self.lang.lang.index()];
        (0..tokens.len()).any(|k| {
            crate::extract::phrase::word_at_starting(starts, table, tokens, k).is_some()
                && self.quote_at(tokens[k].start).is_none()
        })
    }

    /// True when bytes `span` of sentence `i` open the name of one of its sources ("two
    /// officials told dpa"): a figure there counts the speakers.
    pub fn names_a_source(&self, i: usize, span: [usize; 2]) -> bool {
        let words = &self.lang.attribution;
        let tokens = &self.tokens[i];
        // "the 14 rescues it announced": the pronoun at the end is the speaker.
        let ends_in_pronoun = |end: usize| {
            let last = tokens.partition_point(|t| t.end < end);
            tokens
                .get(last)
                .is_some_and(|t| np::has(words.pronouns, &t.folded))
        };
        self.cues[i]
            .names
            .iter()
            .any(|n| n[0] == span[0] && span[1] < n[1] && !ends_in_pronoun(n[1]))
    }

    /// The chain a quotation is spoken under: the cues around it, else the previous speaker.
    fn quote_chain(&self, q: usize) -> Option<Chain> {
        let [start, end] = self.quotes[q];
        let first = self.sentence_at(start)?;
        if self.sentences[first].heading {
            return None;
        }
        let last = self.sentence_at(end.saturating_sub(1)).unwrap_or(first);
        self.chain_at(first, start)
            .or_else(|| self.chain_at(last, end.saturating_sub(1)))
            .or_else(|| self.previous[first].clone())
    }
}

/// Which of a sentence's tokens belong to a date or a clock time, with the dates found; the
/// tokens' date table masks (`masks`) come back with them.
fn date_tokens(
    lang: &LangData,
    tokens: &[Token],
    masks: Vec<u32>,
) -> (Vec<bool>, Vec<scan::Found>, Vec<u32>) {
    use crate::extract::date::time;
    // One reader, its token masks worked out once, for dates and clock times.
    let reader = scan::Reader {
        tokens,
        words: &lang.dates,
        masks: &masks,
    };
    let found = scan::scan_with(&reader);
    let mut taken = scan::taken(&found, tokens.len());
    for t in time::times_with(&reader) {
        taken[t.first..=t.last].fill(true);
    }
    (taken, found, masks)
}

/// The claim's source built from a chain: the outer source, with every canonical name.
pub(crate) fn source_of(chain: &Chain) -> Source {
    let outer = &chain[0];
    Source {
        chain: chain.iter().map(|s| s.canonical.clone()).collect(),
        ..outer.clone()
    }
}

/// A source the gazetteer does not know, kept as written.
pub(crate) fn unknown(text: &str) -> Source {
    Source {
        text: text.to_string(),
        canonical: text.to_string(),
        kind: SourceKind::Unknown,
        country: None,
        affiliation: None,
        chain: vec![text.to_string()],
    }
}

/// Sets `source`, `quoted` and `speaker` on every claim.
pub fn attribute(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    options: &Options,
    claims: &mut [Claim],
) {
    attribute_with(&Analysis::new(doc, sentences, lang, options), claims);
}

/// Sets `source`, `quoted` and `speaker` on every claim of a document already read.
pub(crate) fn attribute_with(analysis: &Analysis, claims: &mut [Claim]) {
    let inherited = inherited_chains(analysis);
    let quote_chains: Vec<Option<Chain>> = (0..analysis.quotes.len())
        .map(|q| analysis.quote_chain(q))
        .collect();
    // Each claim's sentence, and for counts whether a cue of their own governs them.
    let located: Vec<Option<(usize, bool)>> = crate::par::map(claims.len(), |c| {
        let pos = claims[c].span[0];
        let i = analysis.sentence_at(pos)?;
        let governed = claims[c].kind == ClaimKind::Count && analysis.chain_at(i, pos).is_some();
        Some((i, governed))
    });
    let mut figures = PerSource {
        bare: bare_counts(analysis, claims, &located),
        ..PerSource::default()
    };
    let own_account: Vec<bool> = (0..analysis.sentences.len())
        .map(|i| analysis.gives_own_account(i))
        .collect();
    let resumed_next = resumed_by_next(analysis);
    // The chains of a block of claims are read in parallel, then the block in order: blocks
    // keep few chains alive at once.
    for block in (0..claims.len()).step_by(CHAIN_BLOCK) {
        let end = claims.len().min(block + CHAIN_BLOCK);
        let chains = crate::par::map(end - block, |k| {
            let (i, _) = located[block + k]?;
            analysis.chain_at(i, claims[block + k].span[0])
        });
        for ((claim, located), chain) in claims[block..end]
            .iter_mut()
            .zip(&located[block..end])
            .zip(chains)
        {
            let Some((i, _)) = *located else {
                continue;
            };
            let context = Context {
                quote_chains: &quote_chains,
                inherited: &inherited,
                own_account: &own_account,
                resumed_next: &resumed_next,
            };
            attribute_one(analysis, claim, i, chain, &context, &mut figures);
        }
    }
}

/// How many claims have their chains read at once by [`attribute_with`].
const CHAIN_BLOCK: usize = 4096;

/// What a document's claims are attributed with beyond their own cues.
struct Context<'c> {
    /// The chain each quotation is spoken under.
    quote_chains: &'c [Option<Chain>],
    /// The report each sentence continues ([`inherited_chains`]).
    inherited: &'c [Option<Chain>],
    /// For each sentence, whether the outlet gives its own account there
    /// ([`Analysis::gives_own_account`]).
    own_account: &'c [bool],
    /// For each sentence, the source the next sentence names for it ([`resumed_by_next`]).
    resumed_next: &'c [Option<Chain>],
}

/// Sets `source`, `quoted` and `speaker` on one claim of sentence `i`; `chain` is the chain of
/// its own cues.
fn attribute_one(
    analysis: &Analysis,
    claim: &mut Claim,
    i: usize,
    mut chain: Option<Chain>,
    context: &Context,
    figures: &mut PerSource,
) {
    let Context {
        quote_chains,
        inherited,
        own_account,
        resumed_next,
    } = *context;
    let pos = claim.span[0];
    if let Some(q) = analysis.quote_at(pos) {
        claim.quoted = true;
        let spoken = quote_chains[q].as_ref();
        claim.speaker = spoken.and_then(|c| c.last()).map(|s| s.canonical.clone());
        if chain.is_none() {
            chain = spoken.cloned();
        }
    }
    if claim.kind == ClaimKind::Count && analysis.names_a_source(i, claim.span) {
        // "two officials told dpa", "Tres supervivientes … sostienen": the outlet counts the
        // speakers; they do not count themselves.
        return;
    }
    if claim.kind == ClaimKind::Count {
        chain = figures.next(analysis, i, claim.span, chain);
        if chain.is_none() && own_account[i] {
            // "Con ello, Alemania suma al menos 156", "by our tally": the outlet's own sum.
            return;
        }
        if chain.is_none() {
            // "Sono 225 i morti. Lo ha annunciato X": the next sentence names the source.
            chain = resumed_next[i].clone();
        }
        let tally = crate::extract::concept::TALLIES.contains(&claim_concept(claim));
        if chain.is_none() && tally {
            chain = named_in_sentence(analysis, i, claim.span);
        }
        if chain.is_none() {
            chain = analysis.earlier_clause_chain(i, pos);
        }
    }
    let reacting =
        || crate::extract::stance::reacting_party(analysis, i, pos).map(|party| vec![party]);
    if let Some(chain) = chain.or_else(reacting).or_else(|| inherited[i].clone()) {
        claim.source = source_of(&chain);
    }
}

/// The concept a claim counts ("" for none).
fn claim_concept(claim: &Claim) -> &str {
    claim.counted.as_ref().map_or("", |c| c.concept.as_str())
}

/// The institution or person the figure's own sentence names, when no cue attributes the figure:
/// the agent of a passive after it ("the 43 reported by the interior ministry", "avançado pela
/// polícia"), else the nearest name before it with no other figure between ("Koblenz police
/// now count 98 dead", "la agencia ANSA contabilizaba 80", "il centro di crisi contava almeno
/// 31 morti"). News copy that names an authority beside a figure gives the figure as that
/// authority's; a country or nationality named there is the figure's topic, not its source.
/// Only tallies ([`crate::extract::concept::TALLIES`]) are read so: "Mark Rutte met 30 leaders"
/// is the outlet's account of a meeting.
fn named_in_sentence(analysis: &Analysis, i: usize, span: [usize; 2]) -> Option<Chain> {
    let sentence = &analysis.sentences[i];
    let tokens = &analysis.tokens[i];
    let words = &analysis.lang.attribution;
    let text = &analysis.doc.text;
    let is_source = |m: &Mention| {
        let written = &text[m.start..m.end];
        crate::extract::concept::entity(analysis.lang, &crate::lang::fold(written)).is_none()
            && analysis.quote_at(m.start).is_none()
    };
    let first_token = |m: &Mention| tokens.iter().position(|t| t.start == m.start);
    let mentions = analysis.mentions_in(sentence.start, sentence.end);
    // The agent of a passive after the figure, in its clause.
    let agent = mentions.iter().filter(|m| m.start >= span[1]).find(|m| {
        let Some(k) = first_token(m) else {
            return false;
        };
        let between = &text[span[1]..m.start];
        // "by the ministry", "pela polícia": the preposition right before the name, or before
        // its article.
        let agent_word = (1..=2).any(|n| {
            k.checked_sub(n).is_some_and(|f| {
                crate::extract::phrase::word_at(words.agents, tokens, f)
                    .is_some_and(|len| f + len == k || f + len + 1 == k)
            })
        });
        agent_word && !between.contains([';', '.', ':', '(']) && is_source(m)
    });
    // Else the nearest name before the figure, no other figure or clause break between.
    let named = agent.or_else(|| {
        mentions
            .iter()
            .rev()
            .filter(|m| m.end <= span[0])
            .find(|m| {
                let between = &text[m.end..span[0]];
                !between.contains([';', ':']) && !between.bytes().any(|b| b.is_ascii_digit())
            })
            .filter(|m| is_source(m))
    })?;
    let source = analysis
        .gazetteer
        .source(named.entry, &text[named.start..named.end]);
    Some(vec![source])
}

/// For each sentence, the source that the next sentence of its paragraph names for it by
/// opening with words that resume it ("Lo ha annunciato X", "Así lo informó X").
fn resumed_by_next(analysis: &Analysis) -> Vec<Option<Chain>> {
    let sentences = analysis.sentences;
    (0..sentences.len())
        .map(|i| {
            let next = sentences.get(i + 1)?;
            (next.paragraph == sentences[i].paragraph && !next.heading && !sentences[i].heading)
                .then(|| analysis.cues[i + 1].resumed.clone())
                .flatten()
        })
        .collect()
}

/// For each sentence, the report it continues: the last chain of the nearest earlier sentence
/// of its paragraph that has cues of its own.
fn inherited_chains(analysis: &Analysis) -> Vec<Option<Chain>> {
    let mut out = Vec::with_capacity(analysis.sentences.len());
    let mut current: Option<Chain> = None;
    let mut paragraph = usize::MAX;
    for (i, s) in analysis.sentences.iter().enumerate() {
        if s.paragraph != paragraph || s.heading {
            current = None;
            paragraph = s.paragraph;
        }
        out.push(current.clone());
        if analysis.cues[i].last.is_some() {
            current = analysis.cues[i].last.clone();
        }
    }
    out
}

/// For each sentence, how many of its counts no cue of its own governs; `located` is each
/// claim's sentence and, for a count, whether a cue of its own governs it.
fn bare_counts(
    analysis: &Analysis,
    claims: &[Claim],
    located: &[Option<(usize, bool)>],
) -> Vec<usize> {
    let mut bare = vec![0; analysis.sentences.len()];
    for (c, located) in claims.iter().zip(located) {
        if c.kind == ClaimKind::Count
            && let Some((i, false)) = located
        {
            bare[*i] += 1;
        }
    }
    bare
}

/// Figures given per source and continued without repeating them: "Lyon : 20 000 selon la
/// police, 45 000 selon les syndicats ; Marseille : 26 000 et 140 000".
#[derive(Default)]
struct PerSource {
    /// Counts without a cue of their own, per sentence (see [`bare_counts`]).
    bare: Vec<usize>,
    paragraph: Option<usize>,
    /// The sentence that listed the sources.
    listed_in: usize,
    sources: Vec<Chain>,
    next: usize,
    /// End of the last count seen, to find list separators between two counts.
    last_end: usize,
}

impl PerSource {
    /// The chain of a count at `span` in sentence `i`, given its own chain `own`.
    fn next(
        &mut self,
        analysis: &Analysis,
        i: usize,
        span: [usize; 2],
        own: Option<Chain>,
    ) -> Option<Chain> {
        let paragraph = analysis.sentences[i].paragraph;
        if self.paragraph != Some(paragraph) {
            self.paragraph = Some(paragraph);
            self.sources.clear();
            self.next = 0;
            self.last_end = 0;
        }
        let listed = &analysis.cues[i].per_source;
        let between = analysis
            .doc
            .text
            .get(self.last_end.min(span[0])..span[0])
            .unwrap_or("");
        let new_group = self.last_end == 0
            || between.contains([';', ':', '.', '\n'])
            || analysis.sentence_at(self.last_end) != Some(i);
        self.last_end = span[1];
        if listed.len() >= 2 {
            self.sources = listed.clone();
            self.listed_in = i;
        }
        if own.is_some() {
            self.next = 0;
            return own;
        }
        // A later sentence continues the list only with figures in groups of the same size.
        let n = self.sources.len();
        if n == 0 || (i != self.listed_in && !self.bare[i].is_multiple_of(n)) {
            return None;
        }
        if new_group {
            self.next = 0;
        }
        let chain = self.sources[self.next % self.sources.len()].clone();
        self.next += 1;
        Some(chain)
    }
}
