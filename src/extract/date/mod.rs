//! Dates: absolute ("21 octobre 2024", "Oct. 21"), relative to the publication date ("vendredi",
//! "la semaine dernière", "in June"), or relative to an earlier date of the paragraph ("le
//! lendemain", "two days later"); and the `as_of` date of every count and statement.
//!
//! The work is split in five: [`scan`] finds date expressions among a paragraph's tokens (with
//! `days` reading days, coordinations and ranges), `resolve` places them on the calendar against
//! the article's local publication date, [`time`] reads clock times (which are never counts) and
//! `event` names what each date is the date of and whether its clause looks ahead. The dateline,
//! which is metadata, yields no date claim; [`non_count_spans`] tells the number extractor which
//! numbers are dates, times or the dateline.

mod days;
mod event;
mod resolve;
pub mod scan;
pub mod time;

#[cfg(test)]
mod tests;

use jiff::civil::{Date, Weekday};

use crate::claim::{Claim, ClaimDate, ClaimKind, Granularity};
use crate::extract::attribution::Analysis;
use crate::lang::LangData;
use crate::segment::Sentence;
use crate::token::{SentenceTokens, tokenize};
use crate::{Document, Lang};
use scan::listed;

/// Which occurrence of a weekday a phrase means, counted from the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// The most recent one, the publication day included ("vendredi", "on Friday": wire copy
    /// names today's weekday too); in a clause about the future, the next one, today included.
    Recent,
    /// The most recent one strictly before ("vendredi dernier", "last Friday").
    Last,
    /// The one in the publication date's own week, Monday to Sunday ("ce vendredi").
    This,
    /// The first one strictly after ("vendredi prochain", "next Friday").
    Next,
}

/// The part of a month a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthPart {
    /// The whole month ("en juin").
    Whole,
    /// Days 1–10 ("début novembre", "early November").
    Early,
    /// Days 11–20 ("mi-octobre", "mid-October").
    Mid,
    /// Day 21 to the end ("fin octobre", "late October").
    Late,
}

/// A calendar unit for relative dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Days.
    Day,
    /// Weeks, Monday to Sunday.
    Week,
    /// Calendar months.
    Month,
    /// Calendar years.
    Year,
}

/// Per-language date data. Every table is folded and sorted by its key; multi-word keys join
/// their tokens with one space, except after an elided article ("l'an dernier").
#[derive(Debug)]
pub struct DateWords {
    /// Month names and abbreviations → month number.
    pub months: &'static [(&'static str, i8)],
    /// Weekday names → weekday.
    pub weekdays: &'static [(&'static str, Weekday)],
    /// True when the month may come before the day in words ("October 21"); day-first
    /// ("21 octobre", "21 October") is always read.
    pub month_first: bool,
    /// True when numeric dates put the month first ("10/21/2024"), false for "21/10/2024".
    pub numeric_month_first: bool,
    /// True when month and weekday names count only when capitalised ("May", not "may").
    pub capitalised_names: bool,
    /// Ordinal suffixes after a day number ("1er", "21st").
    pub ordinal_suffixes: &'static [&'static str],
    /// Words that may open a single date and belong to it ("le 18 octobre", "on Oct. 21").
    pub day_articles: &'static [&'static str],
    /// Nouns for a day that a day of the month may follow alone ("no dia 29", "el día 10"): the
    /// day of the current or the previous month.
    pub day_nouns: &'static [&'static str],
    /// Words between a day and its month, and between a month and its year ("the 21st of
    /// October", "18 de octubre de 2024").
    pub day_of: &'static [&'static str],
    /// Range openers → their closer ("du" … "au", "between" … "and").
    pub ranges: &'static [(&'static str, &'static str)],
    /// Words that coordinate two dates ("et", "and").
    pub and: &'static [&'static str],
    /// Prepositions that make a bare month a date ("en juin", "in June").
    pub month_preps: &'static [&'static str],
    /// Prepositions that make a bare year a date ("en 2023", "in 2023").
    pub year_preps: &'static [&'static str],
    /// Month parts ("début", "fin", "mi", "early", "late", "mid").
    pub month_parts: &'static [(&'static str, MonthPart)],
    /// Words allowed between a month part and its month ("fin de", "the end of").
    pub part_fillers: &'static [&'static str],
    /// Phrases relative to the publication date → unit and offset ("hier" → day −1,
    /// "la semaine dernière" → week −1).
    pub relative: &'static [(&'static str, (Unit, i8))],
    /// Words before a weekday that choose which one ("ce", "last", "next"; "on" keeps the default).
    pub weekday_before: &'static [(&'static str, Which)],
    /// Words after a weekday that choose which one ("dernier", "prochain").
    pub weekday_after: &'static [(&'static str, Which)],
    /// Night nouns, also as the end of a compound ("nuit", "night", "overnight", "Nacht" in
    /// "Flutnacht"): with [`Self::night_links`] and [`Self::night_to`] they make a night that runs
    /// into a weekday ("la nuit de dimanche à lundi" → Sunday to Monday).
    pub nights: &'static [&'static str],
    /// Words between a night noun and the weekday it starts on ("de", "from", "von", "tra").
    pub night_links: &'static [&'static str],
    /// Words before the weekday a night runs into ("à", "to", "auf", "zum", "e", "para").
    pub night_to: &'static [&'static str],
    /// Times of day absorbed after a weekday or a relative day ("vendredi soir", "Monday night").
    pub times_of_day: &'static [&'static str],
    /// Phrases relative to an earlier date of the paragraph → days, and whether the phrase must
    /// end the clause ("the day before" alone, not "the day before the summit").
    pub anchored: &'static [(&'static str, (i8, bool))],
    /// Words after which an anchored phrase is about an event, not an earlier date ("la veille
    /// du sommet").
    pub anchor_blockers: &'static [&'static str],
    /// Words after a count of units that place it after or before the earlier date → sign, and
    /// whether the word must end the clause ("plus tard" → +1, "before" → −1 at a clause end).
    pub later: &'static [(&'static str, (i8, bool))],
    /// Phrases before a count of units that count back from publication ("il y a").
    pub ago_before: &'static [&'static str],
    /// Words after a count of units that count back from publication ("ago").
    pub ago_after: &'static [&'static str],
    /// Unit nouns → unit ("jours" → day).
    pub units: &'static [(&'static str, Unit)],
    /// Small number words for counts of units ("deux", "two", "a").
    pub number_words: &'static [(&'static str, i8)],
    /// Marks between hours and minutes ("13 h 07").
    pub hour_marks: &'static [&'static str],
    /// Hour nouns read as a time only after a time preposition ("à 13 heures").
    pub hour_words: &'static [&'static str],
    /// Prepositions before a clock time ("à", "vers", "at").
    pub time_preps: &'static [&'static str],
    /// Morning and afternoon marks, dots removed → true for the afternoon ("am", "pm").
    pub meridiem: &'static [(&'static str, bool)],
    /// Phrases that open a dateline ("publie le", "mis a jour", "updated", "posted").
    pub dateline_cues: &'static [&'static str],
    /// Event nouns a date can belong to ("sommet", "summit").
    pub event_nouns: &'static [&'static str],
    /// Verb forms that name an event without the participle shape ("dit", "met", "said").
    pub event_verbs: &'static [&'static str],
    /// Auxiliaries, never an event themselves ("a", "ont", "has").
    pub auxiliaries: &'static [&'static str],
    /// Prepositions that point to the future and stay outside the date's words ("d'ici
    /// décembre", "by December").
    pub future_preps: &'static [&'static str],
    /// Words that put a clause in the future ("devrait", "will", "due").
    pub future_cues: &'static [&'static str],
    /// Endings of the synthetic future, as written with their accents ("resteront",
    /// "permanecerán", "resterà", "ficarão"): a lowercase word of at least seven letters that
    /// ends so is a future cue too.
    pub future_endings: &'static [&'static str],
    /// Words that open a new clause, beyond which no future cue is looked for ("que", "that").
    pub clause_breaks: &'static [&'static str],
    /// Prepositions that open a date running up to now ("depuis", "since").
    pub since: &'static [&'static str],
    /// Prepositions that attach a date to the noun before it ("l'explosion du 4 août", "the
    /// quake of 6 February", "la DANA del 29 de octubre"): the date of that event, not of a
    /// toll counted since, unless the noun is a report ("le bilan du 5 août").
    pub genitives: &'static [&'static str],
    /// Street and square nouns ("Straße des 17. Juni", "avenida 17 de Junho", "Platz des 18.
    /// März"): a date right after one (or after one and a short article) names a place, not a
    /// day of the story.
    pub street_names: &'static [&'static str],
    /// Words that make a sentence's figures hold at publication ("désormais", "now", "so far").
    pub present_cues: &'static [&'static str],
    /// Words that put a sentence's figures before publication without saying the day
    /// ("auparavant", "earlier", "initially", "zuvor"): a superseded figure, not today's.
    pub earlier_cues: &'static [&'static str],
    /// Past-perfect auxiliaries ("avait", "had", "hatte", "había"): before a reporting verb
    /// ("had spoken of 1,300 missing", "hatte 1.300 Vermisste gemeldet") they date the report
    /// before the story's present.
    pub past_auxiliaries: &'static [&'static str],
    /// Adverbs that may stand between an auxiliary and its participle ("a déjà annoncé").
    pub adverbs: &'static [&'static str],
    /// Participle endings as written → the ending of the lemma ("ées" → "é", "ed" → "ed").
    pub participles: &'static [(&'static str, &'static str)],
    /// True when a participle names an event only after an auxiliary (French "a annoncé").
    pub participle_needs_auxiliary: bool,
}

/// Extracts the date claims of a document, in text order. The dateline yields none.
///
/// Dates are read over a whole paragraph and each claim goes to the sentence where it starts,
/// so a splitter that cuts after "Oct." does not lose "Oct. 21, 2024".
pub fn extract(doc: &Document, sentences: &[Sentence], lang: &LangData) -> Vec<Claim> {
    extract_with(
        doc,
        sentences,
        lang,
        &SentenceTokens::new(&doc.text, sentences),
    )
}

/// [`extract`] over sentences already tokenised.
pub fn extract_with(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    sentence_tokens: &SentenceTokens,
) -> Vec<Claim> {
    extract_scanned(doc, sentences, lang, sentence_tokens, None)
}

/// [`extract_with`], given what [`scan::scan`] finds in each sentence alone (`sentence_scans`,
/// one per sentence): a paragraph of one sentence is not scanned again.
pub fn extract_scanned(
    doc: &Document,
    sentences: &[Sentence],
    lang: &LangData,
    sentence_tokens: &SentenceTokens,
    sentence_scans: Option<&[Vec<scan::Found>]>,
) -> Vec<Claim> {
    let words = &lang.dates;
    let published = doc.published.map(|p| p.date);
    let dateline = doc.dateline;
    let mut claims = Vec::new();
    let mut in_document: Option<(Date, Date)> = None;
    // Paragraphs with the index of their first sentence.
    let mut paragraphs = Vec::new();
    let mut first = 0;
    for group in sentences.chunk_by(|a, b| a.paragraph == b.paragraph) {
        paragraphs.push((first, group));
        first += group.len();
    }
    // Scanning a paragraph needs nothing from the others: done in parallel; resolving its
    // dates needs the dates before it, so that part reads them in order.
    let scanned = crate::par::map(paragraphs.len(), |p| {
        let (first, group) = paragraphs[p];
        let last = first + group.len() - 1;
        let own = match sentence_tokens.joined(first, last) {
            Some(_) => None,
            None => Some(tokenize(
                &doc.text,
                group[0].start,
                group[group.len() - 1].end,
            )),
        };
        let tokens = own
            .as_deref()
            .or_else(|| sentence_tokens.joined(first, last))
            .expect("joined or tokenised");
        let found = match sentence_scans {
            // The paragraph's tokens are its sentences' tokens end to end, and no date runs
            // from one sentence into the next: the sentences' scans, placed in the paragraph.
            Some(scans) if own.is_none() => (first..=last)
                .flat_map(|i| {
                    let offset = sentence_tokens.offset(first, i);
                    scans[i].iter().map(move |f| scan::Found {
                        first: f.first + offset,
                        last: f.last + offset,
                        ..*f
                    })
                })
                .collect(),
            _ => scan::scan(tokens, words),
        };
        let taken = scan::taken(&found, tokens.len());
        (own, found, taken)
    });
    // An article with no date of its own still writes its year in full dates ("em agosto de
    // 2024", "on 14 August 2021"): the year most of them give (the latest of equals) places the
    // days and months it writes without one.
    let written_year = if published.is_none() {
        let mut years: Vec<i16> = scanned
            .iter()
            .flat_map(|(_, found, _)| found.iter())
            .filter_map(|f| match f.expr {
                scan::Expr::Days { from, .. } => from.year,
                scan::Expr::Month { year, .. } => year,
                _ => None,
            })
            .collect();
        years.sort_unstable();
        years
            .chunk_by(|a, b| a == b)
            .max_by_key(|run| (run.len(), run[0]))
            .map(|run| run[0])
    } else {
        None
    };
    for (&(first, group), (own, found, taken)) in paragraphs.iter().zip(&scanned) {
        let mut in_paragraph: Option<(Date, Date)> = None;
        let last = first + group.len() - 1;
        let tokens = own
            .as_deref()
            .or_else(|| sentence_tokens.joined(first, last))
            .expect("joined or tokenised");
        for f in found {
            let span = [tokens[f.first].start, tokens[f.last].end];
            let sentence = &group[group.partition_point(|s| s.start <= span[0]).max(1) - 1];
            if dateline.is_some_and(|[s, e]| span[0] < e && s < span[1])
                || (!matches!(f.expr, scan::Expr::Weekday { .. })
                    && names_a_street(tokens, f.first, words))
                || is_metadata(tokens, f, sentence, words)
            {
                continue;
            }
            let previous = in_paragraph.or(in_document);
            let weekday = matches!(
                f.expr,
                scan::Expr::Weekday { .. } | scan::Expr::Night { .. }
            );
            let ahead = event::looks_ahead(tokens, f.first, words, weekday);
            let r = match written_year.and_then(|y| scan::with_year(f.expr, y)) {
                Some(expr) => resolve::resolve(&expr, published, previous, false),
                None => {
                    let r = resolve::resolve(&f.expr, published, previous, ahead);
                    // "até 23 de dezembro, 94 mortos": a tally up to a day just past, not a
                    // deadline a year ahead.
                    let past = || resolve::resolve(&f.expr, published, previous, false);
                    match published {
                        Some(p) if ahead && event::tally_clause(tokens, [f.first, f.last]) => {
                            let past = past();
                            let recent = past
                                .start
                                .is_some_and(|s| s <= p && (p - s).get_days() <= RECENT_TALLY_DAYS);
                            if recent { past } else { r }
                        }
                        _ => r,
                    }
                }
            };
            if let (Some(start), Some(end), Granularity::Day) = (r.start, r.end, r.granularity) {
                in_paragraph = Some((start, end));
                in_document = in_paragraph;
            }
            let mut claim = Claim::new(ClaimKind::Date, doc, sentence, span);
            claim.date = Some(Box::new(ClaimDate {
                start: r.start,
                end: r.end,
                granularity: r.granularity,
                text: doc.text[span[0]..span[1]].to_string(),
                relative: r.relative,
                unresolved: r.unresolved,
                event: event::event_of(tokens, f.first, f.last, taken, words),
            }));
            claims.push(claim);
        }
    }
    claims
}

/// Separators of a byline's or a page's fields ("Par X · 23 septembre 2023 · 4 min").
const FIELD_SEPARATORS: [&str; 4] = ["·", "|", "•", "/"];

/// How many days before publication a day may be that a tally runs up to ("até 23 de
/// dezembro, 94 mortos" in an article of 31 December), against a deadline ahead.
const RECENT_TALLY_DAYS: i32 = 31;

/// True when the date `f` is a page's metadata, not a date of the story: a weekday with its day
/// number alone in their sentence (a live blog's day heading, "Dimanche 30 octobre"; clock times and
/// punctuation aside), or a date with a field separator right before or after it (a byline,
/// "Lucía B. · Madrid · 2 de noviembre de 2022, 09:40").
fn is_metadata(
    tokens: &[crate::token::Token],
    f: &scan::Found,
    sentence: &Sentence,
    words: &DateWords,
) -> bool {
    use crate::token::TokenKind;
    let separator = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| FIELD_SEPARATORS.contains(&t.text))
    };
    if separator(f.last + 1) || (f.first > 0 && separator(f.first - 1)) {
        return true;
    }
    let weekday_first = scan::lookup(words.weekdays, &tokens[f.first].folded).is_some();
    let with_day = !matches!(
        f.expr,
        scan::Expr::Weekday { .. } | scan::Expr::Night { .. }
    );
    if !(weekday_first && with_day) {
        return false;
    }
    // The sentence's tokens, found by binary search; the check stops at its first word outside
    // the date, so that a paragraph of many dates stays linear.
    let from = tokens.partition_point(|t| t.start < sentence.start);
    let to = tokens.partition_point(|t| t.end <= sentence.end);
    (from..to.max(from))
        .filter(|k| !(f.first..=f.last).contains(k))
        .all(|k| matches!(tokens[k].kind, TokenKind::Punct | TokenKind::Number))
}

/// True when the date starting at token `first` follows a street or square noun, directly or
/// through one short article ("Straße des 17. Juni", "avenida 17 de Junho"); a weekday alone
/// names no street ("sur place ce mercredi").
fn names_a_street(tokens: &[crate::token::Token], first: usize, words: &DateWords) -> bool {
    let noun = |k: usize| listed(words.street_names, &tokens[k].folded);
    match first {
        0 => false,
        1 => noun(0),
        _ => {
            noun(first - 1)
                || (noun(first - 2)
                    && tokens[first - 1].text.chars().count() <= 5
                    && tokens[first - 1].text.chars().all(char::is_lowercase))
        }
    }
}

/// How far around a sentence, within its line, dates and times are read for
/// [`non_count_spans`], so that "Oct." cut off by the splitter still joins "21, 2024".
const NEIGHBOURHOOD: usize = 48;

/// Byte spans overlapping `sentence` whose numbers are never counts: clock times and date words,
/// or the whole sentence when it is part of the document's dateline. The number extractor may
/// skip them.
pub fn non_count_spans(doc: &Document, sentence: &Sentence, lang: &LangData) -> Vec<[usize; 2]> {
    if let Some([s, e]) = doc.dateline
        && sentence.start < e
        && s < sentence.end
    {
        return vec![[sentence.start, sentence.end]];
    }
    let text = &doc.text;
    let line_start = text[..sentence.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[sentence.end..]
        .find('\n')
        .map_or(text.len(), |i| sentence.end + i);
    let mut from = sentence.start.saturating_sub(NEIGHBOURHOOD).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (sentence.end + NEIGHBOURHOOD).min(line_end);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let tokens = tokenize(text, from, to);
    let mut spans: Vec<[usize; 2]> = scan::scan(&tokens, &lang.dates)
        .iter()
        .map(|f| [tokens[f.first].start, tokens[f.last].end])
        .collect();
    spans.extend(
        time::times(&tokens, &lang.dates)
            .iter()
            .map(|t| [tokens[t.first].start, tokens[t.last].end]),
    );
    spans.retain(|s| s[0] < sentence.end && sentence.start < s[1]);
    spans.sort_unstable();
    spans
}

/// Sets `as_of` on counts and statements: the date of the same sentence that governs the claim
/// (a day first; the nearest, a date before the claim counting as nearer than one after; a range
/// gives its end), else the date of the report the sentence continues (the day-precise date of
/// the latest earlier sentence of the paragraph that has one), else the lead's (the event the
/// article reports), else the publication date. A date right after another figure is that
/// figure's ("contre 1,27 million le 31 janvier"). Dates after publication are projections, never
/// an `as_of`, nor are "depuis"/"since" dates; a sentence that says "now" ("désormais", "so far",
/// "says") is as of publication.
pub fn assign_as_of(doc: &Document, sentences: &[Sentence], claims: &mut [Claim]) {
    let tokens = SentenceTokens::new(&doc.text, sentences);
    assign_as_of_with(doc, sentences, &tokens, claims);
}

/// [`assign_as_of`] over sentences already tokenised.
pub fn assign_as_of_with(
    doc: &Document,
    sentences: &[Sentence],
    tokens: &SentenceTokens,
    claims: &mut [Claim],
) {
    assign(doc, sentences, tokens, None, claims);
}

/// [`assign_as_of`] over a document already analysed: its tokens, clauses and date table
/// masks are read, not worked out again.
pub(crate) fn assign_as_of_analysed(analysis: &Analysis, claims: &mut [Claim]) {
    let (doc, sentences) = (analysis.doc, analysis.sentences);
    assign(doc, sentences, &analysis.tokens, Some(analysis), claims);
}

/// [`assign_as_of`], with the analysis of the document when there is one.
fn assign(
    doc: &Document,
    sentences: &[Sentence],
    tokens: &SentenceTokens,
    analysis: Option<&Analysis>,
    claims: &mut [Claim],
) {
    // The analysis's clauses and masks are this document's when it read it in its language.
    let analysis = analysis.filter(|a| std::ptr::eq(a.lang, doc.lang.data()));
    let published = doc.published.map(|p| p.date);
    let past = |d: Date| published.is_none_or(|p| d <= p);
    let words = &doc.lang.data().dates;
    // "depuis 2010", "depuis le 18 octobre", "depuis la nuit de mercredi à jeudi" run up to
    // now: not the date of a figure. A short article may stand between.
    let since = |span: [usize; 2]| {
        let mut before = doc.text[..span[0]].split_whitespace().rev();
        let last = before.next();
        let article = last.filter(|w| w.chars().count() <= 3).and(before.next());
        let first = doc.text[span[0]..span[1]].split_whitespace().next();
        [last, article, first]
            .into_iter()
            .flatten()
            .any(|w| listed(words.since, &crate::lang::fold(w)))
    };
    // "l'explosion du 4 août", "l'effondrement du 14 août", "the quake of 6 February": the date
    // of an event, which a toll counted since does not take as its own; "le bilan du 5 août"
    // is the toll's.
    let report_nouns = doc.lang.data().attribution.report_nouns;
    let of_event = |span: [usize; 2]| {
        let mut before = doc.text[..span[0]].split_whitespace().rev();
        let genitive = before
            .next()
            .is_some_and(|w| listed(words.genitives, &crate::lang::fold(w)));
        genitive
            && before.next().is_some_and(|head| {
                // "l'effondrement du 14 août": the noun past its elided article.
                let head = head.rsplit(['\'', '’']).next().unwrap_or(head);
                let head = crate::lang::fold(head.trim_matches(|c: char| !c.is_alphanumeric()));
                head.chars().all(char::is_alphabetic) && !listed(report_nouns, &head)
            })
    };
    let sentence_of = |start: usize| {
        sentences
            .partition_point(|s| s.start <= start)
            .checked_sub(1)
    };
    // Counts by where they end, to find the figure a date is attached to ("1,27 million le 31
    // janvier", "up from 1.12 million on Jan. 19").
    let mut counts: Vec<[usize; 2]> = claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Count)
        .map(|c| c.span)
        .collect();
    counts.sort_unstable_by_key(|s| s[1]);
    let attached_to = |date_start: usize| {
        let k = counts
            .partition_point(|c| c[1] <= date_start)
            .checked_sub(1)?;
        let gap = &doc.text[counts[k][1]..date_start];
        (gap.len() <= ATTACH_GAP && gap.chars().all(|c| c.is_whitespace())).then_some(counts[k][0])
    };
    // Per sentence, the first date of a past more than a year before the report: "the 2018
    // floods killed 483 people". A "since" date runs up to now ("depuis 2010, les 8
    // syndicats").
    let mut history: Vec<Option<(usize, Date)>> = vec![None; sentences.len()];
    let long_before = |d: Date| {
        published.is_some_and(|p| p.since(d).is_ok_and(|span| span.get_days() > HISTORY_DAYS))
    };
    for claim in claims.iter() {
        if let (Some(d), Some(i)) = (&claim.date, sentence_of(claim.sentence_span[0]))
            && let Some(end) = d.end.filter(|&e| long_before(e))
            && history[i].is_none()
            && !since(claim.span)
        {
            history[i] = Some((claim.span[1], end));
        }
    }
    let mut dates: Vec<Vec<DateAt>> = vec![Vec::new(); sentences.len()];
    for claim in claims.iter() {
        if let (Some(d), Some(i)) = (&claim.date, sentence_of(claim.sentence_span[0]))
            && let Some(end) = d.end.filter(|&e| past(e))
            && !since(claim.span)
        {
            dates[i].push(DateAt {
                span: claim.span,
                end,
                granularity: d.granularity,
                owner: attached_to(claim.span[0]),
                range: d.start.is_some_and(|s| s < end),
                of_event: of_event(claim.span),
            });
        }
    }
    // The report date each sentence inherits from earlier sentences of its paragraph; for a
    // plan, from single days only: a span of days ("entre le 8 et le 13 octobre") dates the
    // events it frames, not the plan announced after it.
    let mut report: Vec<Option<Date>> = vec![None; sentences.len()];
    let mut plan_report: Vec<Option<Date>> = vec![None; sentences.len()];
    let (mut carry, mut plan_carry) = (None, None);
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 && sentences[i - 1].paragraph != s.paragraph {
            (carry, plan_carry) = (None, None);
        }
        report[i] = carry;
        plan_report[i] = plan_carry;
        if let Some(d) = dates[i].iter().find(|d| d.reports()) {
            carry = Some(d.end);
        }
        if let Some(d) = dates[i].iter().find(|d| d.reports() && !d.range) {
            plan_carry = Some(d.end);
        }
    }
    // The date of the event the article reports: the first day-precise date of its lead.
    let lead_end = first_paragraph(sentences) + LEAD_PARAGRAPHS;
    let lead = sentences
        .iter()
        .zip(&dates)
        .filter(|(s, _)| !s.heading)
        .take_while(|(s, _)| s.paragraph < lead_end)
        .find_map(|(_, ds)| ds.iter().find(|d| d.reports()))
        .map(|d| d.end);
    let mut says_now: Vec<Option<bool>> = vec![None; sentences.len()];
    let mut joins: Vec<Option<Vec<usize>>> = vec![None; sentences.len()];
    let mut says_earlier: Vec<Option<bool>> = vec![None; sentences.len()];
    for claim in claims.iter_mut() {
        if claim.kind == ClaimKind::Date {
            continue;
        }
        let Some(i) = sentence_of(claim.sentence_span[0]) else {
            claim.as_of = published;
            continue;
        };
        let now = *says_now[i].get_or_insert_with(|| {
            let masks = analysis.map(|a| a.date_masks[i].as_slice());
            says_now_in(&tokens[i], words, masks)
        });
        let joins = joins[i].get_or_insert_with(|| {
            let clauses = analysis.map(|a| a.clauses[i].as_slice());
            conjunction_joins(doc.lang, &tokens[i], clauses)
        });
        let part = |pos: usize| joins.partition_point(|&j| j <= pos);
        let own: Vec<DateAt> = dates[i]
            .iter()
            .filter(|d| part(d.span[0]) == part(claim.span[0]))
            .copied()
            .collect();
        let earlier = claim.kind == ClaimKind::Count
            && *says_earlier[i].get_or_insert_with(|| says_earlier_in(&tokens[i], doc.lang));
        let tally = claim
            .counted
            .as_ref()
            .is_some_and(|c| crate::extract::concept::is_running_toll(&c.concept));
        // A toll is not dated by the event it counts the victims of.
        let own: Vec<DateAt> = own.into_iter().filter(|d| !(tally && d.of_event)).collect();
        let governed = governing(&own, claim.span);
        // A figure after a date of years ago in its clause counts that past, not the story's
        // present: never set against today's figures.
        if governed.is_none()
            && let Some((end, date)) = history[i]
            && end <= claim.span[0]
            && part(end) == part(claim.span[0])
        {
            claim.as_of = Some(date);
            continue;
        }
        if governed.is_none() && earlier && !now {
            // A figure reported earlier than the story's present, its day unsaid: undated, so
            // that it is never set against today's figures as if given at the same time.
            claim.as_of = None;
            continue;
        }
        claim.as_of = governed
            .or(if now {
                None
            } else if claim.qualifiers.scope == Some(crate::claim::Scope::PlannedTotal) {
                plan_report[i].or(lead)
            } else if tally {
                // A running toll is dated by when it was given: the day its paragraph gives, else
                // the article's, never the day of the disaster its lead names.
                report[i]
            } else {
                report[i].or(lead)
            })
            .or(published);
    }
}

/// Byte offsets where a sentence's coordinate clauses joined by a conjunction start (", et",
/// ", and", "mais", "but"): a date in one of them is not the date of a figure in another ("a
/// reçu en septembre l'ordre …, et les analystes tablent sur 10 000 à 12 000").
fn conjunction_joins(
    lang: Lang,
    tokens: &[crate::token::Token],
    clauses: Option<&[crate::extract::attribution::clause::Clause]>,
) -> Vec<usize> {
    use crate::extract::attribution::clause::{self, Link};
    let split;
    let clauses = match clauses {
        Some(clauses) => clauses,
        None => {
            split = clause::split(lang.data(), tokens);
            &split
        }
    };
    clauses
        .iter()
        .filter(|c| c.link == Link::Coordinate && c.from > 0)
        .filter(|c| tokens[c.from].kind == crate::token::TokenKind::Word)
        .map(|c| tokens[c.from].start)
        .collect()
}

/// How many paragraphs make an article's lead.
const LEAD_PARAGRAPHS: usize = 1;

/// The paragraph of the first sentence that is not a heading.
fn first_paragraph(sentences: &[Sentence]) -> usize {
    sentences
        .iter()
        .find(|s| !s.heading)
        .map_or(0, |s| s.paragraph)
}

/// How many days before the report a date must lie for a figure after it to count that past
/// ("the 2018 floods, which killed 483 people").
const HISTORY_DAYS: i32 = 365;

/// How many bytes of blank may separate a figure from the date attached to it.
const ATTACH_GAP: usize = 2;

/// A resolved date of a sentence, for `as_of`.
#[derive(Debug, Clone, Copy)]
struct DateAt {
    span: [usize; 2],
    end: Date,
    granularity: Granularity,
    /// The start of the count this date is attached to, right after it.
    owner: Option<usize>,
    /// Days from a start to an end ("entre le 8 et le 13 octobre"): the time of events, not of
    /// a plan.
    range: bool,
    /// Attached to an event noun ("l'explosion du 4 août"): the event's date, not a report's.
    of_event: bool,
}

impl DateAt {
    /// True for a date that can be the date of a whole report: a day, not attached to a figure.
    fn reports(&self) -> bool {
        self.granularity == Granularity::Day && self.owner.is_none() && !self.of_event
    }
}

/// How much farther a date after a claim is than one before it ("a annoncé vendredi que 1 500"
/// beats "1 500 … partis vendredi"; "1,27 million le 31 janvier" still takes its own date).
const AFTER_WEIGHT: usize = 3;

/// The date among a sentence's dates that governs a claim at `span`.
fn governing(dates: &[DateAt], span: [usize; 2]) -> Option<Date> {
    let cost = |d: &&DateAt| {
        if d.span[1] <= span[0] {
            span[0] - d.span[1]
        } else if d.span[0] >= span[1] {
            (d.span[0] - span[1]) * AFTER_WEIGHT
        } else {
            0
        }
    };
    let pick = |day_only: bool| {
        dates
            .iter()
            .filter(|d| d.owner.is_none_or(|o| o == span[0]))
            .filter(|d| !day_only || d.granularity == Granularity::Day)
            .min_by_key(cost)
            .map(|d| d.end)
    };
    pick(true).or_else(|| pick(false))
}

/// True when a sentence says its figures hold now ("désormais", "so far").
fn says_now_in(tokens: &[crate::token::Token], words: &DateWords, masks: Option<&[u32]>) -> bool {
    let worked_out;
    let masks = match masks {
        Some(masks) => masks,
        None => {
            worked_out = scan::masks(tokens, words);
            &worked_out
        }
    };
    let r = scan::Reader {
        tokens,
        words,
        masks,
    };
    (0..tokens.len()).any(|k| r.list(k, scan::PRESENT_CUES).is_some())
}

/// How far after a past-perfect auxiliary its reporting verb may stand, in tokens ("had
/// earlier spoken", "hatte die Kreisverwaltung … gemeldet" is too far and stays unread).
const PAST_PERFECT_REACH: usize = 3;

/// Per language, what a whole token may be at the start of an "earlier" cue, and of a reporting
/// verb: [`says_earlier_in`] passes over most tokens with one set look-up each.
static EARLIER_STARTS: std::sync::LazyLock<
    Vec<(
        crate::extract::phrase::Prefixes,
        crate::extract::phrase::Prefixes,
    )>,
> = std::sync::LazyLock::new(|| {
    use crate::extract::phrase::Prefixes;
    Lang::ALL
        .iter()
        .map(|l| {
            let (dates, verbs) = (&l.data().dates, &l.data().attribution);
            let reporting = [verbs.verbs, verbs.weak_verbs, verbs.compound_verbs].concat();
            (
                Prefixes::token_starts(dates.earlier_cues.iter().copied()),
                Prefixes::token_starts(reporting),
            )
        })
        .collect()
});

/// True when a sentence puts its figures before the story's present: an "earlier" adverb, or a
/// past-perfect reporting verb ("had spoken of", "avait annoncé", "aveva riferito"), unless
/// reported speech backshifts it (a reporting verb before it: "Austin said Washington had
/// warned"; a passive: "56 people had been reported missing").
fn says_earlier_in(tokens: &[crate::token::Token], lang: Lang) -> bool {
    use crate::extract::phrase::word_at_starting;
    let data = lang.data();
    let (words, verbs) = (&data.dates, &data.attribution);
    let (earlier_starts, verb_starts) = &EARLIER_STARTS[lang.index()];
    let reports = |k: usize| {
        [verbs.verbs, verbs.weak_verbs, verbs.compound_verbs]
            .iter()
            .any(|table| word_at_starting(verb_starts, table, tokens, k).is_some())
    };
    // One pass: whether a reporting verb stood before is carried along, so that a long
    // sentence stays linear.
    let mut reported_before = false;
    for k in 0..tokens.len() {
        if word_at_starting(earlier_starts, words.earlier_cues, tokens, k).is_some() {
            return true;
        }
        if !reported_before
            && listed(words.past_auxiliaries, &tokens[k].folded)
            && !tokens
                .get(k + 1)
                .is_some_and(|t| listed(data.stance.passives, &t.folded))
            && (k + 1..tokens.len().min(k + 1 + PAST_PERFECT_REACH)).any(reports)
        {
            return true;
        }
        reported_before |= reports(k);
    }
    false
}

/// True when `folded` (a folded word, its abbreviation point allowed) names a weekday or a month
/// in the language of `words`: a date word, never a count's noun or a place.
pub(crate) fn names_a_day(words: &DateWords, folded: &str) -> bool {
    let folded = folded.trim_end_matches('.');
    scan::lookup(words.weekdays, folded).is_some() || scan::lookup(words.months, folded).is_some()
}

/// The languages to try on a dateline: the detected one first, then the others.
pub(crate) fn languages_from(lang: Lang) -> impl Iterator<Item = Lang> {
    std::iter::once(lang).chain(Lang::ALL.iter().copied().filter(move |&l| l != lang))
}
