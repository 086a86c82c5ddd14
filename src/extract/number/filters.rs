//! Numbers that are not counts: the words of dates, years, times ("13 h 07", "4:02 PM"), ages
//! ("40 ans", "aged 40"), percentages, money, labels ("n° 5", "article 5", "Boeing 737"),
//! counters ("1 245 partages"), numbers in URLs and paths, spelled "un"/"one" as an article and
//! spelled numbers used as references ("les deux pays").

use super::Figure;
use crate::extract::{concept, phrase};
use crate::lang::LangData;
use crate::token::{Token, TokenKind};

/// Marks the tokens no figure may use: inside a date claim's span, or in a run of text without
/// spaces that holds a URL, a path, an address or an assignment ("www.x.fr/2024/10", "a@b.c").
pub(super) fn blocked(text: &str, tokens: &[Token], date_spans: &[[usize; 2]]) -> Vec<bool> {
    let mut blocked: Vec<bool> = tokens
        .iter()
        .map(|t| date_spans.iter().any(|d| t.start < d[1] && t.end > d[0]))
        .collect();
    let mut chunk = 0;
    for k in 1..=tokens.len() {
        if k < tokens.len() && tokens[k - 1].end == tokens[k].start {
            continue;
        }
        let words = &text[tokens[chunk].start..tokens[k - 1].end];
        let starts = |prefix: &str| {
            words
                .get(..prefix.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(prefix))
        };
        // Byte by byte: the marks are ASCII, which never occurs inside another character.
        let marked = words
            .bytes()
            .any(|b| matches!(b, b'/' | b'@' | b'=' | b'_' | b'\\'));
        if marked || starts("www.") || starts("http") {
            blocked[chunk..k].iter_mut().for_each(|b| *b = true);
        }
        chunk = k;
    }
    blocked
}

/// Keeps the figures that are counts. Figures coordinated with a measure or a label share it:
/// "de 5 y 7 años", "figli di otto e cinque anni" (the unit after the last), "sections 304 and
/// 308", "los artículos 337, 338 y 304A" (the label before the first, unless a counted noun
/// follows: "flight 516 and 379 passengers").
pub(super) fn counts(tokens: &[Token], lang: &LangData, figures: Vec<Figure>) -> Vec<Figure> {
    if related_links(tokens, lang) {
        return Vec::new();
    }
    let mut keep: Vec<bool> = figures
        .iter()
        .map(|f| f.count && is_count(tokens, lang, f))
        .collect();
    let between =
        |i: usize| &tokens[figures[i].last.min(figures[i + 1].first)..figures[i + 1].first];
    let and = |t: &Token| phrase::listed(lang.attribution.conjunctions, &t.folded);
    // A unit after the last of two figures joined by a conjunction alone ("5 y 7 años"); a
    // label before the first of a list ("337, 338 y 304A").
    let joined = |i: usize| matches!(between(i), [t] if and(t));
    // A comma joins a list only while it goes on past the figure ("337, 338 y 304A"), not
    // "la carretera 340, 12 murieron".
    let goes_on = |i: usize| {
        tokens
            .get(figures[i + 1].end)
            .is_some_and(|t| t.is(",") || and(t))
    };
    let listed = |i: usize| matches!(between(i), [t] if and(t) || t.is(",") && goes_on(i));
    let mut measured = vec![false; figures.len()];
    for i in (0..figures.len()).rev() {
        let f = &figures[i];
        measured[i] = !keep[i] && unit_after(tokens, lang, f.end)
            || i + 1 < figures.len() && measured[i + 1] && joined(i);
        keep[i] &= !measured[i];
    }
    let mut labelled = vec![false; figures.len()];
    for i in 0..figures.len() {
        let f = &figures[i];
        labelled[i] = !keep[i]
            && phrase::word_before(lang.numbers.units_before, tokens, f.first).is_some()
            || i > 0
                && labelled[i - 1]
                && listed(i - 1)
                && !f.spelled
                && !counted_next(tokens, lang, f);
        keep[i] &= !labelled[i];
    }
    figures
        .into_iter()
        .zip(keep)
        .filter_map(|(f, keep)| keep.then_some(f))
        .collect()
}

/// True when a sum of money stands before token `end`: a currency symbol before a number, or a
/// currency after a number or its multiplier, maybe past a link ("20 millions d'euros", "$3
/// billion", "3,8 bilhões de dólares"). A currency's name alone may be a word ("lei", "real").
fn sum_before(tokens: &[Token], lang: &LangData, end: usize) -> bool {
    let number = |k: usize| {
        tokens[k].kind == TokenKind::Number
            || phrase::lookup(lang.numbers.multipliers, &tokens[k].folded).is_some()
    };
    (0..end).any(|k| {
        let t = &tokens[k];
        if matches!(t.text, "€" | "$" | "£" | "¥" | "₹") {
            return tokens
                .get(k + 1)
                .is_some_and(|n| n.kind == TokenKind::Number);
        }
        phrase::listed(lang.numbers.money, &t.folded)
            && (k >= 1 && number(k - 1)
                || k >= 2
                    && phrase::listed(lang.numbers.links, &tokens[k - 1].folded)
                    && number(k - 2))
    })
}

/// True when a counted noun follows figure `f`, possibly after a link word ("and 379
/// passengers", "4,2 milioni di abitanti").
fn counted_next(tokens: &[Token], lang: &LangData, f: &Figure) -> bool {
    let counted = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| concept::concept(lang, &t.folded).is_some())
    };
    let link = tokens
        .get(f.end)
        .is_some_and(|t| phrase::listed(lang.numbers.links, &t.folded));
    counted(f.end) || link && counted(f.end + 1)
}

/// True when the sentence is a line of links to other stories: it opens with a cue and a colon
/// ("Lire aussi : …", "Leia também: Cinco perguntas sobre…", "Mehr zum Thema: zehn Tipps").
fn related_links(tokens: &[Token], lang: &LangData) -> bool {
    let first = tokens
        .iter()
        .position(|t| t.kind != TokenKind::Punct)
        .unwrap_or(tokens.len());
    phrase::word_at(lang.numbers.related_cues, tokens, first)
        .is_some_and(|n| tokens.get(first + n).is_some_and(|t| t.is(":")))
}

/// The largest number a label noun gives its items ("camp 3", "runway 34").
const LABEL_MAX: u64 = 100;

fn is_count(tokens: &[Token], lang: &LangData, f: &Figure) -> bool {
    let words = &lang.numbers;
    let glued = |a: usize, b: usize| tokens[a].end == tokens[b].start;
    let Some(value) = f.value() else {
        return false;
    };
    let before = f.first.checked_sub(1).map(|k| &tokens[k]);
    let is_before = |list: &[&'static str]| phrase::word_before(list, tokens, f.start).is_some();
    // "un soldat", "one of them": an article or a pronoun, not a count; unless a person it
    // names met an outcome ("one protester had died", "un manifestant a été tué").
    if f.spelled && value == 1 && !concept::one_met_an_outcome(lang, tokens, f.first, f.end) {
        return false;
    }
    // "del 50 per cento", "pour cent": a number word that ends a unit is part of it.
    if f.spelled
        && f.start > 0
        && phrase::word_at(words.units_after, tokens, f.start - 1)
            .is_some_and(|n| f.start - 1 + n >= f.end)
    {
        return false;
    }
    // "les deux pays", "the two leaders": a reference to a pair already met.
    if f.spelled && value < 3 && phrase::word_before(words.definite, tokens, f.start).is_some() {
        return false;
    }
    // "one in three", "un train sur trois", "1 out of 5": a proportion.
    let is_number = |t: &Token| {
        t.kind == TokenKind::Number || crate::extract::phrase::listed(words.one, &t.folded)
    };
    if let Some(n) = phrase::word_before(words.ratios, tokens, f.start)
        && (f.start.saturating_sub(n + 3)..f.start - n).any(|k| is_number(&tokens[k]))
    {
        return false;
    }
    if let Some(n) = phrase::word_at(words.ratios, tokens, f.end)
        && tokens
            .get(f.end + n)
            .is_some_and(|t| t.kind == TokenKind::Number)
    {
        return false;
    }
    if f.bare && (1800..=2100).contains(&value) && tokens[f.start].text.len() == 4 {
        // Where a year may modify a noun (English), a year before a singular noun does ("the
        // 2018 bridge collapse"); a count takes a plural or a people noun.
        let noun_follows = tokens.get(f.end).is_some_and(|t| {
            concept::concept(lang, &t.folded).is_some_and(|c| {
                !words.year_before_noun
                    || concept::has_plural_ending(lang, &t.folded)
                    || concept::counts_people(c)
            })
        });
        if !noun_follows {
            return false;
        }
    }
    // "2) oltre 766 persone", "1. The toll": a list's numbering opens its sentence.
    if f.bare
        && f.start == 0
        && value < 100
        && tokens
            .get(f.end)
            .is_some_and(|t| matches!(t.text, ")" | "." | "]") && glued(f.end - 1, f.end))
    {
        return false;
    }
    // "IT60 X054 2811 1010 0000 012": groups of an account or reference number, beside a group
    // that mixes letters and digits or starts with a zero. No count is written "0012".
    let code_like = |t: &Token| {
        (matches!(t.kind, TokenKind::Word | TokenKind::Mixed)
            && t.text.bytes().any(|b| b.is_ascii_digit()))
            || (t.kind == TokenKind::Number && t.text.len() > 1 && t.text.starts_with('0'))
    };
    // "1577-0199": a number glued by a hyphen to a group that starts with a zero.
    let hyphen_code = tokens.get(f.end).is_some_and(|t| t.is("-"))
        && tokens.get(f.end + 1).is_some_and(|t| {
            t.kind == TokenKind::Number && t.text.len() > 1 && t.text.starts_with('0')
        })
        && glued(f.end - 1, f.end);
    if f.bare
        && (code_like(&tokens[f.start])
            || hyphen_code
            || f.start
                .checked_sub(1)
                .is_some_and(|k| code_like(&tokens[k]))
            || tokens.get(f.end).is_some_and(code_like))
    {
        return false;
    }
    // "put the magnitude at 7", "une magnitude évaluée à 6": a reading of a scale named a few
    // words before, in the same clause.
    let clause_back = (f.start.saturating_sub(SCALE_REACH)..f.start)
        .rev()
        .take_while(|&k| !matches!(tokens[k].text, "." | ";" | ":" | "!" | "?"));
    if value <= 12
        && clause_back
            .clone()
            .any(|k| phrase::listed(words.scale_nouns, &tokens[k].folded))
    {
        return false;
    }
    // "ligue para o 213 456 789", "llamadas al 112": a number to call.
    if value >= 100
        && clause_back
            .clone()
            .any(|k| phrase::word_at(words.phone_cues, tokens, k).is_some())
    {
        return false;
    }
    // "Informações: 213 456 789.", "para o 281 000 417": nine digits in groups with nothing
    // counted after them are a number to call; counts that large are written "213 millions".
    if !f.spelled
        && f.scale == 1
        && value >= 100_000_000
        && tokens[f.start..f.end]
            .iter()
            .all(|t| t.kind == TokenKind::Number)
        && tokens.get(f.end).is_none_or(|t| t.kind == TokenKind::Punct)
    {
        return false;
    }
    // "Youssef, 34, a taxi driver": an age in apposition to a name.
    let is = |k: usize, text: &str| tokens.get(k).is_some_and(|t| t.is(text));
    // "+44 20 7946 0718": a group after a country code.
    if f.start >= 2
        && tokens[f.start - 1].kind == TokenKind::Number
        && is(f.start - 2, "+")
        && glued(f.start - 2, f.start - 1)
    {
        return false;
    }
    // "(877) 777-4066", "(61) 3345-2210": an area code in parentheses before a number.
    if f.bare
        && f.start >= 1
        && is(f.start - 1, "(")
        && is(f.end, ")")
        && tokens
            .get(f.end + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
        && is(f.end + 2, "-")
        && glued(f.end + 1, f.end + 2)
    {
        return false;
    }
    // "perdas de 2,9 a 3,5 bilhões", "soit 30 millions au total": millions without a noun after
    // a sum of money in the same sentence are more of it.
    if f.scale >= 1_000_000 && !counted_next(tokens, lang, f) && sum_before(tokens, lang, f.first) {
        return false;
    }
    // "alle 20 erano diventati 93", "a las 7 de la mañana", "dalle 9 alle 19": an hour of the
    // day, unless a counted noun follows ("salito alle 20 vittime").
    if value <= 24
        && !f.spelled
        && f.first == f.start
        && phrase::word_before(words.clock_before, tokens, f.start).is_some()
        && !counted_next(tokens, lang, f)
    {
        return false;
    }
    // "(808) 566-4300", "+1 (410) 205-6625": a number after an area code in parentheses.
    if f.start >= 3
        && is(f.start - 1, ")")
        && is(f.start - 3, "(")
        && tokens[f.start - 2].kind == TokenKind::Number
        && tokens[f.start - 2].text.len() <= 4
    {
        return false;
    }
    if f.bare
        && value < 120
        && f.start >= 2
        && is(f.start - 1, ",")
        && is_name(&tokens[f.start - 2])
        && is(f.end, ",")
    {
        return false;
    }
    // "Comentarios (14)", "Shares (1 245)": a page's counter after its name.
    if f.start >= 2
        && is(f.start - 1, "(")
        && is(f.end, ")")
        && phrase::listed(words.units_after, &tokens[f.start - 2].folded)
    {
        return false;
    }
    // "6.ª região", "3º": an ordinal.
    let ordinal_mark = |t: &Token| matches!(t.text, "ª" | "º" | "°");
    if f.bare
        && (tokens.get(f.end).is_some_and(ordinal_mark)
            || tokens.get(f.end).is_some_and(|t| t.is("."))
                && tokens.get(f.end + 1).is_some_and(ordinal_mark))
    {
        return false;
    }
    // "Straße des 17. Juni", "Platz des 18. März", "Platz acht": a street named after a date, a
    // rank; a grouped number or one a counted noun follows counts ("scese in piazza 500 mila
    // persone", "in piazza 800 studenti").
    let street = |k: usize| phrase::listed(lang.dates.street_names, &tokens[k].folded);
    let noun_next = || {
        tokens.get(f.end).is_some_and(|t| {
            t.kind == TokenKind::Word && concept::concept(lang, &t.folded).is_some()
        })
    };
    if (f.bare || f.spelled)
        && f.start >= 1
        && (street(f.start - 1)
            || f.start >= 2
                && street(f.start - 2)
                && phrase::listed(lang.attribution.genitives, &tokens[f.start - 1].folded))
        && !noun_next()
    {
        return false;
    }
    // "Commenti: 9", "Shares: 1 245": a page's counter after its label and a colon.
    if f.start >= 2
        && is(f.start - 1, ":")
        && phrase::listed(words.units_before, &tokens[f.start - 2].folded)
    {
        return false;
    }
    // "9656938689": seven or more digits without a separator are a phone or account number;
    // counts that large are written in groups or with a word ("1,2 million").
    if f.bare
        && f.scale == 1
        && f.end == f.start + 1
        && tokens[f.start].text.len() >= 7
        && tokens[f.start].text.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    // "the retirement age from 62 to 64": a label before the opener of a range counts too.
    // (Without cues, the figure's first token is the number's: the same question, asked once.)
    let label_before_cue =
        || f.first != f.start && phrase::word_before(words.units_before, tokens, f.first).is_some();
    // "feb. 26 (Agency)": an abbreviated month and its period before a day.
    let month_before = is_month(lang, before)
        || before.is_some_and(|t| t.is("."))
            && f.first == f.start
            && f.first >= 2
            && !counted_next(tokens, lang, f)
            && is_month(lang, Some(&tokens[f.first - 2]))
            && glued(f.first - 2, f.first - 1);
    if is_before(words.units_before) || label_before_cue() || month_before {
        return false;
    }
    // "aux camps 1 et 2", "runway 34": a small number after a noun it labels.
    let labelled = f.bare
        && !f.spelled
        && value < LABEL_MAX
        && (is_before(words.label_nouns)
            || f.start >= 2
                && phrase::listed(lang.attribution.conjunctions, &tokens[f.start - 1].folded)
                && tokens[f.start - 2].kind == TokenKind::Number
                && phrase::word_before(words.label_nouns, tokens, f.start - 2).is_some())
        && !counted_next(tokens, lang, f);
    if labelled {
        return false;
    }
    if unit_after(tokens, lang, f.end) || (f.last != f.end && unit_after(tokens, lang, f.last)) {
        return false;
    }
    // "CS-20241028-5531": the tail of an identifier.
    if f.start >= 2
        && tokens[f.start - 1].is("-")
        && glued(f.start - 1, f.start)
        && glued(f.start - 2, f.start - 1)
        && tokens[f.start - 2].kind != TokenKind::Punct
    {
        return false;
    }
    // "4:02", "13:07": a time.
    if let Some(t) = tokens.get(f.end)
        && t.is(":")
        && tokens
            .get(f.end + 1)
            .is_some_and(|n| n.kind == TokenKind::Number)
        && glued(f.end - 1, f.end)
    {
        return false;
    }
    if f.start >= 2 && tokens[f.start - 1].is(":") && tokens[f.start - 2].kind == TokenKind::Number
    {
        return false;
    }
    // "Boeing 737", "Hwasong 19", "Article 5": a digit label after a capitalised name (but "la
    // CGT 700 000" is a figure: labels have no thousands groups). A counted noun after it makes
    // it a figure ("meldete die Polizei 110 Tote", German capitalising every noun), and so does
    // a weekday, a month or a known place before it ("reported on Monday 11 dead", "celle de
    // Taroudant 492").
    let counted_next = || {
        tokens.get(f.end).is_some_and(|t| {
            t.kind == TokenKind::Word
                && concept::concept(lang, &t.folded)
                    .is_some_and(|c| concept::TALLIES.contains(&c) && !LABELLED.contains(&c))
        })
    };
    let dated_name = |t: &Token| crate::extract::date::names_a_day(&lang.dates, &t.folded);
    // "in Taroudant 492", "celle de Chichaoua 201": a known place after a preposition.
    let placed_name = |k: usize| {
        k > 0
            && tokens[k - 1].text.chars().count() <= 3
            && tokens[k - 1].text.chars().all(char::is_lowercase)
            && crate::extract::places::first(tokens[k].text).is_some()
    };
    if f.bare
        && f.first == f.start
        && f.start > 0
        && is_name(&tokens[f.start - 1])
        // "Sono 225 i morti", "Sarebbero 225": a function word opening the sentence names nothing;
        // nor does a verb of what happened ("Murieron 200 soldados", "Llegaron 300 soldados").
        && !(f.start == 1 && phrase::lookup(lang.concepts.events, &tokens[0].folded).is_some())
        && !phrase::listed(lang.concepts.stops, &tokens[f.start - 1].folded)
        && concept::place(lang, &tokens[f.start - 1].folded).is_none()
        && !counted_next()
        && !dated_name(&tokens[f.start - 1])
        && !placed_name(f.start - 1)
    {
        return false;
    }
    true
}

/// How far back a scale noun or a phone cue may stand from its number, in tokens.
const SCALE_REACH: usize = 6;

/// Tallied things that are also named by a model and a number ("Boeing 737 jets"): after a
/// capitalised word, a number before them stays a label.
const LABELLED: &[&str] = &["tractors", "vehicles"];

/// A measure, a time, money, a counter or a month right after token `at`, possibly after a
/// link word ("10 millions d'euros", "40 ans", "21 octobre").
fn unit_after(tokens: &[Token], lang: &LangData, at: usize) -> bool {
    let words = &lang.numbers;
    for k in at..at + 2 {
        if phrase::word_at(words.units_after, tokens, k).is_some()
            || phrase::word_at(words.measures, tokens, k).is_some()
            || is_month(lang, tokens.get(k))
        {
            return true;
        }
        if !tokens
            .get(k)
            .is_some_and(|t| crate::extract::phrase::listed(words.links, &t.folded))
        {
            break;
        }
    }
    false
}

fn is_month(lang: &LangData, t: Option<&Token>) -> bool {
    t.is_some_and(|t| {
        let f = t.folded.trim_end_matches('.');
        lang.dates
            .months
            .binary_search_by(|(k, _)| (*k).cmp(f))
            .is_ok()
    })
}

/// A capitalised word: a name, unless it opens the sentence as a word the caller knows.
fn is_name(t: &Token) -> bool {
    t.kind == TokenKind::Word && t.text.chars().next().is_some_and(char::is_uppercase)
}
