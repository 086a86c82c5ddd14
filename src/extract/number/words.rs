//! Figures in words: numbers spelled out ("quatre", "douze mille", "two hundred and fifty",
//! read by text2num over our own tokens), collective numerals ("une dizaine", "un millier",
//! "a dozen": approximate values) and vague quantities ("plusieurs milliers", "des centaines",
//! "thousands of", "a few hundred": intervals).

use std::borrow::Cow;
use std::sync::LazyLock;

use super::{Figure, Scan};
use crate::claim::Bound;
use crate::extract::phrase;
use crate::lang::{Lang, LangData};
use crate::token::{Token, TokenKind};

/// A token as text2num sees it; tokens already read or blocked are never number parts.
struct Word<'a> {
    text: &'a str,
    /// The folded form, which is the lower case for ASCII words.
    folded: &'a str,
    taken: bool,
}

impl text2num::Token for &Word<'_> {
    /// text2num reads a token's own text only to skip a lone "-" and to tell linking words
    /// ("et", "and") from words that break a sequence of numbers; at threshold 0 a sequence
    /// break changes nothing (it only decides whether to drop isolated small numbers). So every
    /// other token shows as one neutral symbol, which spares a hash look-up per token
    /// (`same_numbers_whatever_the_token_text` checks it).
    fn text(&self) -> Cow<'_, str> {
        Cow::Borrowed(if self.text == "-" { "-" } else { "#" })
    }

    fn text_lowercase(&self) -> Cow<'_, str> {
        self.lowercase()
    }

    fn not_a_number_part(&self) -> bool {
        self.taken
    }
}

impl Word<'_> {
    /// The lower case text2num reads.
    fn lowercase(&self) -> Cow<'_, str> {
        if self.text.is_ascii() {
            Cow::Borrowed(self.folded)
        } else if self.taken {
            Cow::Borrowed(self.text)
        } else {
            // text2num reads Unicode hyphens as `-`.
            let lower = crate::lang::lowercase(self.text);
            if lower.contains(['\u{2010}', '\u{2011}']) {
                Cow::Owned(lower.replace(['\u{2010}', '\u{2011}'], "-"))
            } else {
                lower
            }
        }
    }
}

/// Reads the numbers spelled in words with text2num (threshold 0: every number, our own rules
/// decide later which are counts).
pub(super) fn spelled(scan: &mut Scan, lang: &LangData, figures: &mut Vec<Figure>) {
    let tokens = scan.tokens;
    let word = |i: usize| {
        let t = &tokens[i];
        Word {
            text: t.text,
            folded: &t.folded,
            taken: !scan.free(i)
                || t.kind != TokenKind::Word
                || (lang.numbers.ascii_words && !t.text.is_ascii()),
        }
    };
    let reader = reader(lang);
    // Up to the first word that may be a number part, text2num's parser stays as it started
    // and finds nothing: it reads from there on, and a sentence without such a word not at all
    // (most sentences: their words are never gathered).
    let Some(skipped) = (0..tokens.len()).position(|i| !reader.inert(&word(i))) else {
        return;
    };
    let words: Vec<Word> = (skipped..tokens.len()).map(word).collect();
    for mut found in text2num::find_numbers(words.iter(), &reader.interpreter, 0.0) {
        found.start += skipped;
        found.end += skipped;
        let (start, end) = (found.start, found.end);
        if start >= end || end > tokens.len() || (start..end).any(|k| !scan.free(k)) {
            continue;
        }
        scan.claim(start, end);
        let value = found.value;
        // "un tercer manifestante": an ordinal the reader takes for a cardinal.
        let ordinal = found.is_ordinal
            || (start..end)
                .any(|k| crate::extract::phrase::listed(lang.numbers.ordinals, &tokens[k].folded));
        if ordinal || value.fract() != 0.0 || !(1.0..1e15).contains(&value) {
            figures.push(Figure::skipped(start, end));
            continue;
        }
        let mut figure = Figure::exact(start, end, value as u64);
        figure.spelled = true;
        figure.scale = multiplier(lang, &tokens[end - 1]).unwrap_or(1);
        // "half a million", "eine halbe Million", "un demi-million": half the scale.
        if let Some(k) = half_before(scan, lang, start).filter(|_| value >= 1000.0) {
            let scale = figure.scale;
            figure = Figure::exact(k, end, value as u64 / 2);
            figure.spelled = true;
            figure.scale = scale;
            figure.approx = true;
            figure.bound = crate::claim::Bound::Approx;
            scan.claim(k, start);
            figures.push(figure);
            continue;
        }
        // "a hundred troops", "un million": the article is part of the figure's words.
        if value >= 100.0 && start > 0 && scan.free(start - 1) && is_one(lang, &tokens[start - 1]) {
            figure.start -= 1;
            figure.first -= 1;
            scan.claim(start - 1, start);
        }
        figures.push(figure);
    }
}

/// The words for "one" no pass has read ("un", "una", "ein", "one"): figures of one, which
/// [`super::filters`] keeps only where they count someone who met an outcome ("un mort", "una
/// persona murió").
pub(super) fn ones(scan: &mut Scan, lang: &LangData, figures: &mut Vec<Figure>) {
    for k in 0..scan.tokens.len() {
        if scan.free(k) && is_one(lang, &scan.tokens[k]) {
            scan.claim(k, k + 1);
            let mut figure = Figure::exact(k, k + 1, 1);
            figure.spelled = true;
            figures.push(figure);
        }
    }
}

/// True when text2num reads the folded word alone as a number ("trois", "zwölf"), with this
/// thread's cached reader of the language.
pub(crate) fn is_number_word(lang: &LangData, folded: &str) -> bool {
    text2num::text2digits(folded, &reader(lang).interpreter).is_ok()
}

/// The token of a word for a half right before token `start` ("half", "halben", "demi-"),
/// past a hyphen or an article, unless a conjunction joins it to a whole number before it.
fn half_before(scan: &Scan, lang: &LangData, start: usize) -> Option<usize> {
    let tokens = scan.tokens;
    let mut k = start.checked_sub(1)?;
    if tokens[k].text == "-" || is_one(lang, &tokens[k]) {
        k = k.checked_sub(1)?;
    }
    // "two and a half million", "zwei und eine halbe Million": no half of a million.
    let mut j = k.checked_sub(1);
    if let Some(before) = j.filter(|&b| is_one(lang, &tokens[b])) {
        j = before.checked_sub(1);
    }
    let after_and = j.is_some_and(|j| {
        crate::extract::phrase::listed(lang.attribution.conjunctions, &tokens[j].folded)
    });
    (scan.free(k)
        && !after_and
        && crate::extract::phrase::listed(lang.numbers.halves, &tokens[k].folded))
    .then_some(k)
}

/// A language's text2num interpreter, with what it made of the words it was shown alone.
struct Reader {
    interpreter: text2num::Language,
    /// Per word (as text2num reads it, see [`Word::lowercase`]): true when pushing it alone
    /// onto a fresh parser fails and leaves the parser as it was.
    inert: std::cell::RefCell<std::collections::HashMap<Box<str>, bool, phrase::WordHash>>,
}

/// How many words a [`Reader`] remembers before it forgets them all: the words of news copy
/// repeat, and a document of distinct words must not grow the memory without bound.
const INERT_WORDS: usize = 1 << 16;

impl Reader {
    /// True when text2num's parser, fresh, stays fresh and reads no number at `word`: it skips
    /// it, or it sees a token that is no number part, or `apply` fails without touching the
    /// digits (the parser is then as it started: each word after it is read as if first). A
    /// stretch of such words finds nothing.
    fn inert(&self, word: &Word) -> bool {
        use text2num::LangInterpreter;
        if word.taken || word.text == "-" {
            return true;
        }
        let lower = word.lowercase();
        if let Some(&inert) = self.inert.borrow().get(lower.as_ref()) {
            return inert;
        }
        let mut digits = text2num::digit_string::DigitString::new();
        // Fresh: no digit and no leading zero, no flag, no marker, and not frozen (a fresh,
        // empty digit string takes a "1"; a frozen one refuses it).
        let inert = self.interpreter.apply(&lower, &mut digits).is_err()
            && digits.is_empty()
            && digits.flags == 0
            && digits.marker == text2num::lang::MorphologicalMarker::None
            && digits.put(b"1").is_ok();
        let mut known = self.inert.borrow_mut();
        if known.len() >= INERT_WORDS {
            known.clear();
        }
        known.insert(lower.into(), inert);
        inert
    }
}

thread_local! {
    /// The text2num reader of each language met by this thread, built once: German's and
    /// Italian's interpreters build a word-splitting automaton each time they are made.
    static READERS: std::cell::RefCell<Vec<(Lang, std::rc::Rc<Reader>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The text2num reader of `lang`, from this thread's cache.
fn reader(lang: &LangData) -> std::rc::Rc<Reader> {
    READERS.with_borrow_mut(|cache| {
        if let Some((_, made)) = cache.iter().find(|(l, _)| *l == lang.lang) {
            return made.clone();
        }
        let made = std::rc::Rc::new(Reader {
            interpreter: (lang.numbers.interpreter)(),
            inert: Default::default(),
        });
        cache.push((lang.lang, made.clone()));
        made
    })
}

/// Per language, the words that start a collective or vague quantity: one set look-up per
/// word instead of three table searches.
static TRIGGERS: LazyLock<Vec<phrase::WordSet>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            let n = &l.data().numbers;
            let tables = [n.collectives, n.collective_plurals, n.multipliers];
            tables
                .iter()
                .flat_map(|t| t.iter().map(|(k, _)| *k))
                .collect()
        })
        .collect()
});

fn triggers(lang: &LangData) -> &'static phrase::WordSet {
    let index = lang.lang.index();
    &TRIGGERS[index]
}

/// Reads collective numerals and vague quantities, absorbing the digit figure before a
/// collective ("2 douzaines").
pub(super) fn collectives(scan: &mut Scan, lang: &LangData, figures: &mut Vec<Figure>) {
    let words = &lang.numbers;
    let tokens = scan.tokens;
    let mut i = 0;
    while i < tokens.len() {
        if !scan.free(i) || tokens[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let folded = tokens[i].folded.as_str();
        if !triggers(lang).contains(folded) {
            i += 1;
            continue;
        }
        let single = lookup(words.collectives, folded);
        let plural = lookup(words.collective_plurals, folded);
        let multiplier = lookup(words.multipliers, folded);
        let Some(unit) = single.or(plural).or(multiplier) else {
            i += 1;
            continue;
        };
        let before = number_before(scan, lang, figures, i);
        let vague_start = phrase::word_before(words.vague, tokens, i)
            .filter(|n| (i - n..i).all(|k| scan.free(k)))
            .map(|n| i - n);
        let figure = if single.is_some() {
            // "une dizaine", "a dozen", "2 douzaines": an approximate value.
            before.map(|(start, n)| approx(start, i + 1, n.saturating_mul(unit)))
        } else if plural.is_some() {
            match before {
                // "deux millions" is a plain number: text2num reads it.
                Some(_) if multiplier.is_some() => None,
                // "deux milliers".
                Some((start, n)) => Some(approx(start, i + 1, n.saturating_mul(unit))),
                // "plusieurs milliers", "des centaines", "thousands".
                None => Some(vague(vague_start.unwrap_or(i), i + 1, unit)),
            }
        } else {
            // "several thousand", "a few hundred".
            vague_start.map(|start| vague(start, i + 1, unit))
        };
        let Some(figure) = figure else {
            i += 1;
            continue;
        };
        let figure = chain(scan, lang, figure);
        figures.retain(|f| f.end <= figure.start || f.start >= figure.end);
        scan.claim(figure.start, figure.end);
        i = figure.end;
        figures.push(figure);
    }
}

/// "des dizaines de milliers", "hundreds of thousands", "several hundred thousand": a second
/// unit multiplies the first.
fn chain(scan: &Scan, lang: &LangData, mut figure: Figure) -> Figure {
    let words = &lang.numbers;
    let tokens = scan.tokens;
    let mut k = figure.end;
    if scan.free(k) && crate::extract::phrase::listed(words.links, &tokens[k].folded) {
        k += 1;
    }
    if !scan.free(k) {
        return figure;
    }
    let folded = tokens[k].folded.as_str();
    let unit = lookup(words.collective_plurals, folded).or_else(|| {
        (k == figure.end)
            .then(|| lookup(words.multipliers, folded))
            .flatten()
    });
    let Some(unit) = unit.filter(|u| *u >= 1000) else {
        return figure;
    };
    figure.low = figure.low.map(|v| v.saturating_mul(unit));
    figure.high = figure.high.map(|v| match figure.bound {
        Bound::Vague => v.saturating_mul(unit).saturating_add(unit - 1),
        _ => v.saturating_mul(unit),
    });
    figure.end = k + 1;
    figure.last = k + 1;
    figure
}

/// The number just before token `i`: an article for one ("un", "a"), a number word ("deux"),
/// or a digit figure ("2"), with the token where it starts.
fn number_before(
    scan: &Scan,
    lang: &LangData,
    figures: &[Figure],
    i: usize,
) -> Option<(usize, u64)> {
    let prev = i.checked_sub(1)?;
    if let Some(f) = figures.iter().find(|f| f.end == i && f.count) {
        return f.value().map(|v| (f.start, v));
    }
    if !scan.free(prev) {
        return None;
    }
    let t = &scan.tokens[prev];
    if is_one(lang, t) {
        return Some((prev, 1));
    }
    let interpreter = (lang.numbers.interpreter)();
    let digits = text2num::text2digits(&t.text.to_lowercase(), &interpreter).ok()?;
    digits.parse().ok().map(|v| (prev, v))
}

fn is_one(lang: &LangData, t: &Token) -> bool {
    crate::extract::phrase::listed(lang.numbers.one, &t.folded)
}

fn multiplier(lang: &LangData, t: &Token) -> Option<u64> {
    lookup(lang.numbers.multipliers, &t.folded)
}

fn lookup(table: &[(&'static str, u64)], key: &str) -> Option<u64> {
    crate::extract::phrase::lookup(table, key)
}

fn approx(start: usize, end: usize, value: u64) -> Figure {
    Figure {
        approx: true,
        bound: Bound::Approx,
        ..Figure::exact(start, end, value)
    }
}

/// A plural unit without a number: between two and ten of them ("des centaines" = 200–999).
fn vague(start: usize, end: usize, unit: u64) -> Figure {
    Figure {
        low: Some(unit * 2),
        high: Some(unit * 10 - 1),
        approx: true,
        bound: Bound::Vague,
        ..Figure::exact(start, end, unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    /// A token that shows text2num its own text, as text2num's own tokens do.
    struct Plain<'a>(Word<'a>);

    impl text2num::Token for &Plain<'_> {
        fn text(&self) -> Cow<'_, str> {
            Cow::Borrowed(self.0.text)
        }

        fn text_lowercase(&self) -> Cow<'_, str> {
            self.0.lowercase()
        }

        fn not_a_number_part(&self) -> bool {
            self.0.taken
        }
    }

    #[test]
    fn same_numbers_whatever_the_token_text() {
        let rows = [
            (
                Lang::Fr,
                "vingt et un soldats, et deux cent mille - trois, moins quatre et 5 : six.",
            ),
            (
                Lang::Fr,
                "Il y a mille et une nuits ; plus deux ou trois cents, alors neuf.",
            ),
            (
                Lang::En,
                "two hundred and fifty, and one. Minus three - four and 5 six, ok seven",
            ),
            (
                Lang::De,
                "zweihundertfünfzig und drei, minus vier - fünf; eins und zwanzig",
            ),
            (
                Lang::Es,
                "doscientos cincuenta y uno, y dos - tres; menos cuatro y 5 seis",
            ),
            (
                Lang::It,
                "duecentocinquanta e uno, e due - tre; meno quattro e 5 sei",
            ),
            (
                Lang::Pt,
                "duzentos e cinquenta e um, e dois - três; menos quatro e 5 seis",
            ),
        ];
        for (lang, text) in rows {
            let data = lang.data();
            let tokens = tokenize(text, 0, text.len());
            let words = || {
                tokens.iter().map(|t| Word {
                    text: t.text,
                    folded: &t.folded,
                    taken: t.kind != TokenKind::Word,
                })
            };
            let masked: Vec<Word> = words().collect();
            let plain: Vec<Plain> = words().map(Plain).collect();
            let reader = reader(data);
            let interpreter = &reader.interpreter;
            let found = |o: Vec<text2num::Occurence>| -> Vec<(usize, usize, String, bool)> {
                o.into_iter()
                    .map(|o| (o.start, o.end, o.text, o.is_ordinal))
                    .collect()
            };
            let got = found(text2num::find_numbers(masked.iter(), interpreter, 0.0));
            let want = found(text2num::find_numbers(plain.iter(), interpreter, 0.0));
            assert!(!want.is_empty(), "{text}");
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn reading_from_the_first_word_that_is_not_inert_finds_the_same_numbers() {
        let rows = [
            (
                Lang::Fr,
                "Selon la police, vingt et un soldats et deux cent mille civils.",
            ),
            (
                Lang::Fr,
                "Et il y a eu un mort et une blessée, puis trois autres.",
            ),
            (
                Lang::Fr,
                "Aucun chiffre ici, seulement des mots et des noms.",
            ),
            (
                Lang::En,
                "And the police said two hundred and fifty people, and one more.",
            ),
            (
                Lang::En,
                "And then there was none: no figure, no number at all.",
            ),
            (
                Lang::De,
                "Und dann meldete die Polizei zweihundertfünfzig und drei Tote.",
            ),
            (Lang::De, "Und dann kamen keine weiteren Zahlen mehr hinzu."),
            (
                Lang::Es,
                "Y la policía informó de doscientos cincuenta y un muertos.",
            ),
            (
                Lang::It,
                "E la polizia ha contato duecentocinquanta e uno morti.",
            ),
            (
                Lang::Pt,
                "E a polícia contou duzentos e cinquenta e um mortos.",
            ),
        ];
        for (lang, text) in rows {
            let tokens = tokenize(text, 0, text.len());
            let words: Vec<Word> = tokens
                .iter()
                .map(|t| Word {
                    text: t.text,
                    folded: &t.folded,
                    taken: t.kind != TokenKind::Word,
                })
                .collect();
            let reader = reader(lang.data());
            let found =
                |o: Vec<text2num::Occurence>, shift: usize| -> Vec<(usize, usize, String)> {
                    o.into_iter()
                        .map(|o| (o.start + shift, o.end + shift, o.text))
                        .collect()
                };
            let want = found(
                text2num::find_numbers(words.iter(), &reader.interpreter, 0.0),
                0,
            );
            let got = match words.iter().position(|w| !reader.inert(w)) {
                Some(k) => found(
                    text2num::find_numbers(words[k..].iter(), &reader.interpreter, 0.0),
                    k,
                ),
                None => Vec::new(),
            };
            assert_eq!(got, want, "{text}");
        }
    }
}
