//! Sentences with byte offsets into the document's text.
//!
//! Paragraphs first: a blank line always ends one; a single line break ends one too when the
//! line before it ends a sentence (files where every line is a paragraph) or is a heading (a
//! short line without final punctuation followed by a capital); otherwise the line break is a
//! wrapped line inside a sentence. Then sentences inside each paragraph: a sentence never ends
//! inside a number ("1.500", "3.5"), after an abbreviation of its language ("M. Kim", "Oct. 28",
//! "St."), after an initial ("J. Smith"), after an acronym ("U.S.", "U.N.") unless a
//! sentence-opening word follows, inside a quotation (« … », “ … ”, "…"), or before a lower-case
//! word (`« … ». a-t-il dit` keeps its attribution).
//!
//! Hand-written rather than sentencex: sentencex gave the right splits once fed our
//! abbreviations, but it is quadratic on some inputs a bad file can hold (a megabyte of
//! `A!A!…` or of `« ` took 20–100 s), and its paragraphs are blank-line ones only. This splitter
//! looks at most 64 bytes around each candidate boundary, so it is linear in the text.

use crate::lang::{LangData, fold};

/// Per-language data for the splitter.
#[derive(Debug)]
pub struct SegmentWords {
    /// Folded abbreviations without their final period ("m", "mme", "oct", "st", "u.s"); a
    /// period after one never ends a sentence.
    pub abbreviations: &'static [&'static str],
    /// Folded abbreviations that hold only before a number ("no" in "No. 10", "p" in "p. 12"):
    /// before a word, their period ends the sentence ("The answer was no. The vote…").
    pub before_numbers: &'static [&'static str],
    /// Folded words that open sentences and are rarely capitalised inside one ("the", "il");
    /// after an acronym such as "U.S." a period followed by one of them ends the sentence.
    pub starters: &'static [&'static str],
}

/// One sentence of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of its first character in the document's text.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// Index of its paragraph, from 0.
    pub paragraph: usize,
    /// Index of the sentence in the document, from 0.
    pub index: usize,
    /// True for a line that reads as a heading (short, no final punctuation).
    pub heading: bool,
}

impl Sentence {
    /// The sentence's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// A longer "sentence" is cut at a space: nothing in a news article runs this long without a
/// full stop, and later stages can then rely on sentences of bounded length.
pub const MAX_SENTENCE_BYTES: usize = 2048;

/// A heading has at most this many words.
const HEADING_MAX_WORDS: usize = 12;

/// How far the splitter looks back for the word before a period, or ahead for the next word.
const LOOK: usize = 64;

/// Splits `text[body_start..]` into sentences.
pub fn split(text: &str, body_start: usize, lang: &LangData) -> Vec<Sentence> {
    let paragraphs = paragraphs(text, body_start.min(text.len()), &lang.segment);
    // Each paragraph splits on its own: large documents split theirs in parallel.
    let spans = crate::par::map(paragraphs.len(), |p| {
        let (start, end, _) = paragraphs[p];
        let mut spans = Vec::new();
        split_paragraph(text, start, end, lang, &mut |s, e| spans.push((s, e)));
        spans
    });
    let mut sentences = Vec::with_capacity(spans.iter().map(Vec::len).sum());
    let mut paragraph = 0;
    for (&(_, _, heading), spans) in paragraphs.iter().zip(spans) {
        if spans.is_empty() {
            continue;
        }
        for (start, end) in spans {
            let index = sentences.len();
            sentences.push(Sentence {
                start,
                end,
                paragraph,
                index,
                heading,
            });
        }
        paragraph += 1;
    }
    sentences
}

/// [`split`], with a front matter's title (in `text[..body_start]`, as `title` gives it) read
/// first, as a heading of its own: headlines carry figures too.
pub fn split_titled(
    text: &str,
    body_start: usize,
    title: Option<&str>,
    lang: &LangData,
) -> Vec<Sentence> {
    let mut sentences = split(text, body_start, lang);
    let head = &text[..body_start.min(text.len())];
    let Some(start) = title
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .and_then(|t| head.find(t).map(|at| (at, at + t.len())))
    else {
        return sentences;
    };
    let repeated = sentences.first().is_some_and(|s| {
        crate::lang::fold(text[s.start..s.end].trim_start_matches('#').trim())
            == crate::lang::fold(&text[start.0..start.1])
    });
    if repeated {
        return sentences;
    }
    for s in &mut sentences {
        s.index += 1;
        s.paragraph += 1;
    }
    sentences.insert(
        0,
        Sentence {
            start: start.0,
            end: start.1,
            paragraph: 0,
            index: 0,
            heading: true,
        },
    );
    sentences
}

/// One line of the body: where its content starts and ends (white space trimmed).
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// The paragraphs of `text[body_start..]`: byte ranges (trimmed) and whether each is a heading.
fn paragraphs(text: &str, body_start: usize, words: &SegmentWords) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    // The paragraph being built: its first line, its last line and its number of lines.
    let mut current: Option<(Line, Line, usize)> = None;
    let mut close = |current: &mut Option<(Line, Line, usize)>| {
        if let Some((first, last, lines)) = current.take() {
            let heading = lines == 1 && is_heading(&text[first.start..first.end]);
            out.push((first.start, last.end, heading));
        }
    };
    let mut offset = body_start;
    for raw in text[body_start..].split_inclusive('\n') {
        let start = offset + (raw.len() - raw.trim_start().len());
        let end = offset + raw.trim_end().len();
        offset += raw.len();
        if start >= end {
            close(&mut current);
            continue;
        }
        let line = Line { start, end };
        match current {
            None => current = Some((line, line, 1)),
            Some((first, last, lines)) => {
                let previous = &text[last.start..last.end];
                let next = &text[line.start..line.end];
                let breaks = if starts_lowercase(next) {
                    false
                } else if ends_sentence(previous, words) {
                    true
                } else {
                    // A heading is short, or shorter than the line after it; a wrapped line is
                    // neither (wrapping leaves lines of about the same, larger, width).
                    let short = previous.chars().count();
                    lines == 1
                        && is_heading(previous)
                        && (short <= 40 || short * 4 < next.chars().take(400).count() * 3)
                };
                if breaks {
                    close(&mut current);
                    current = Some((line, line, 1));
                } else {
                    current = Some((first, line, lines + 1));
                }
            }
        }
    }
    close(&mut current);
    out
}

/// Characters that close a quotation or a bracket after a sentence's final punctuation.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '»' | '”' | '“' | '"' | '\'' | '’' | '›' | ')' | ']' | '}'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇')
}

/// Spaces that may sit between a period and a closing guillemet (`menace. »`).
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// The line without its trailing closers and spaces (`… menace. »` → `… menace.`).
fn without_closers(line: &str) -> &str {
    line.trim_end_matches(|c: char| is_closer(c) || is_space(c))
}

/// A short line without final punctuation (a question mark is allowed: "Un programme
/// nucléaire ?").
fn is_heading(line: &str) -> bool {
    let core = without_closers(line);
    let Some(last) = core.chars().next_back() else {
        return false;
    };
    let words = line.split_whitespace().take(HEADING_MAX_WORDS + 1).count();
    words <= HEADING_MAX_WORDS
        && line.len() <= 160
        && !matches!(last, '.' | '!' | '…' | ':' | ';' | ',' | '-' | '–' | '—')
}

/// True when `line` ends a sentence: final punctuation (before any closers), and not an
/// abbreviation. A capital before the period ends the line's sentence too: at the end of a line
/// it is a letter ("le réseau X."), not the initial of a name.
fn ends_sentence(line: &str, words: &SegmentWords) -> bool {
    let core = without_closers(line);
    match core.chars().next_back() {
        Some('.') => {
            let dot = core.len() - 1;
            let word = fold(word_before(line, dot));
            words.abbreviations.binary_search(&word.as_str()).is_err()
        }
        Some(c) => is_terminal(c),
        None => false,
    }
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// True when the period at `dot` in `text` belongs to the word before it: an abbreviation, an
/// initial, or an acronym not followed by a sentence-opening word (`next_word`, folded).
fn period_continues(text: &str, dot: usize, words: &SegmentWords, next_word: Option<&str>) -> bool {
    let word = word_before(text, dot);
    if word.is_empty() {
        return false;
    }
    let letters: Vec<&str> = word.split(['.', '-']).filter(|p| !p.is_empty()).collect();
    let initials = !letters.is_empty()
        && letters
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    let folded = fold(word);
    if words.abbreviations.binary_search(&folded.as_str()).is_ok() {
        return true;
    }
    if words.before_numbers.binary_search(&folded.as_str()).is_ok() {
        return next_word.is_some_and(str::is_empty);
    }
    if initials && letters.len() == 1 {
        return true;
    }
    let acronym = word.contains('.')
        && letters.len() >= 2
        && letters
            .iter()
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    if acronym {
        return next_word.is_none_or(|w| words.starters.binary_search(&w).is_err());
    }
    false
}

/// True when the period at `dot` marks an ordinal day before a month name ("am 18. Oktober"),
/// in a language that writes ordinal days with a period (its `ordinal_suffixes` list ".").
fn ordinal_day(text: &str, dot: usize, lang: &LangData, next_word: &str) -> bool {
    let dates = &lang.dates;
    let day = word_before(text, dot);
    dates.ordinal_suffixes.binary_search(&".").is_ok()
        && (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && dates
            .months
            .binary_search_by(|(k, _)| (*k).cmp(next_word))
            .is_ok()
}

/// The word just before byte `dot` (at most [`LOOK`] bytes), without opening punctuation.
fn word_before(text: &str, dot: usize) -> &str {
    let mut from = dot.saturating_sub(LOOK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..dot];
    let start = window
        .char_indices()
        .rev()
        .find(|&(_, c)| {
            c.is_whitespace() || matches!(c, '(' | '[' | '«' | '“' | '„' | '"' | '/' | '\'' | '’')
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    if start == 0 && from > 0 {
        return "";
    }
    window[start..].trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// The folded word starting at byte `at` (letters only, at most [`LOOK`] bytes); empty before a
/// digit.
fn word_after(text: &str, at: usize) -> String {
    let rest = &text[at..];
    let end = rest
        .char_indices()
        .find(|&(i, c)| !c.is_alphabetic() || i >= LOOK)
        .map_or(rest.len(), |(i, _)| i);
    fold(&rest[..end])
}

/// The ranges (start, end) of the quotations of a paragraph, outermost, sorted. Each kind of
/// quotation mark has its own stack, so a stray mark of one kind cannot swallow a quotation of
/// another; an opening mark never closed is not a quotation.
fn quotations(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut guillemets: Vec<usize> = Vec::new();
    let mut curly: Vec<usize> = Vec::new();
    let mut low: Vec<usize> = Vec::new();
    let mut straight: Option<usize> = None;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        let after = at + c.len_utf8();
        let mut close = |stack: &mut Vec<usize>| {
            if let Some(open) = stack.pop() {
                ranges.push((open, after));
            }
        };
        match c {
            '«' => guillemets.push(at),
            '»' => close(&mut guillemets),
            '„' => low.push(at),
            '“' if !low.is_empty() => close(&mut low),
            '“' => curly.push(at),
            '”' if !curly.is_empty() => close(&mut curly),
            '”' => close(&mut low),
            '"' => match straight.take() {
                Some(open) => ranges.push((open, after)),
                None => straight = Some(at),
            },
            _ => {}
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// Splits the paragraph `text[start..end]` into sentences, calling `emit(start, end)` for each.
fn split_paragraph(
    text: &str,
    start: usize,
    end: usize,
    lang: &LangData,
    emit: &mut dyn FnMut(usize, usize),
) {
    let words = &lang.segment;
    let quotes = quotations(text, start, end);
    let mut quote = 0;
    let mut sentence_start = start;
    let paragraph = &text[start..end];
    let mut chars = paragraph.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // Only final punctuation or a closing mark can end a sentence.
        if !is_terminal(c) && !is_closer(c) {
            continue;
        }
        let at = start + i;
        while quote < quotes.len() && quotes[quote].1 <= at {
            quote += 1;
        }
        let inside = quote < quotes.len() && quotes[quote].0 <= at;
        // A candidate boundary: a run of final punctuation outside quotations, or the closing
        // mark of a quotation whose last words end with final punctuation.
        let run_end = if is_terminal(c) && !inside {
            let mut run_end = at + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !is_terminal(d) {
                    break;
                }
                run_end = start + j + d.len_utf8();
                chars.next();
            }
            run_end
        } else if inside && quotes[quote].1 == at + c.len_utf8() && is_closer(c) {
            let before = text[quotes[quote].0..at].trim_end_matches(is_space);
            if !before.ends_with(is_terminal) {
                continue;
            }
            at + c.len_utf8()
        } else {
            continue;
        };
        // Closers after the punctuation belong to this sentence (`done.")`, and with French
        // spacing `menace. »`).
        let mut boundary = run_end;
        loop {
            let rest = &text[boundary..end];
            match rest.chars().next() {
                Some(d) if is_closer(d) => boundary += d.len_utf8(),
                Some(d) if is_space(d) => {
                    let spaces: usize = rest
                        .chars()
                        .take_while(|&s| is_space(s))
                        .take(4)
                        .map(char::len_utf8)
                        .sum();
                    match rest[spaces..].chars().next() {
                        Some(q @ ('»' | '›')) => boundary += spaces + q.len_utf8(),
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        let next = text[boundary..end]
            .char_indices()
            .find(|&(_, d)| !is_space(d))
            .map(|(j, _)| boundary + j);
        let Some(next) = next else {
            break;
        };
        if next == boundary {
            continue; // "1.500", "U.S", "oui.»,": no space after the punctuation
        }
        let Some(first) = text[next..].chars().next() else {
            break;
        };
        if first.is_lowercase() || matches!(first, ',' | ';' | ':' | ')' | ']' | '}') {
            continue;
        }
        let period = &text[at..run_end] == ".";
        let next_word = word_after(text, next);
        if period
            && (period_continues(text, at, words, Some(&next_word))
                || ordinal_day(text, at, lang, &next_word))
        {
            continue;
        }
        push(text, sentence_start, boundary, emit);
        sentence_start = next;
        // Skip the characters already looked at.
        while chars.peek().is_some_and(|&(j, _)| start + j < next) {
            chars.next();
        }
    }
    push(text, sentence_start, end, emit);
}

/// Emits `text[start..end]` trimmed, cut at spaces into pieces of at most
/// [`MAX_SENTENCE_BYTES`].
fn push(text: &str, start: usize, end: usize, emit: &mut dyn FnMut(usize, usize)) {
    let mut start = start + (text[start..end].len() - text[start..end].trim_start().len());
    let end = start + text[start..end].trim_end().len();
    while end - start > MAX_SENTENCE_BYTES {
        let mut cut = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let piece = &text[start..cut];
        let cut = match piece.rfind(char::is_whitespace) {
            Some(space) if space > 0 => start + space,
            _ => cut,
        };
        emit(start, cut);
        start = cut + (text[cut..end].len() - text[cut..end].trim_start().len());
    }
    if start < end {
        emit(start, end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn texts(lang: Lang, text: &str) -> Vec<String> {
        split(text, 0, lang.data())
            .iter()
            .map(|s| s.text(text).to_string())
            .collect()
    }

    /// One row per case: language, text, expected sentences.
    const ROWS: &[(Lang, &str, &[&str])] = &[
        (
            Lang::De,
            "Am 18. Oktober meldete der NIS 1.500 Soldaten. Er sagte z. B. nichts.",
            &[
                "Am 18. Oktober meldete der NIS 1.500 Soldaten.",
                "Er sagte z. B. nichts.",
            ],
        ),
        (
            Lang::De,
            "Vom 8. bis 13. Okt. fuhren Schiffe. Dr. Kim kam u. a. mit.",
            &[
                "Vom 8. bis 13. Okt. fuhren Schiffe.",
                "Dr. Kim kam u. a. mit.",
            ],
        ),
        (
            Lang::De,
            "Die Zahl stieg auf 18. Dann kam der Winter.",
            &["Die Zahl stieg auf 18.", "Dann kam der Winter."],
        ),
        (
            Lang::It,
            "Il Sig. Rossi è arrivato. Il dott. Bianchi no.",
            &["Il Sig. Rossi è arrivato.", "Il dott. Bianchi no."],
        ),
        (Lang::Fr, "Il pleut. Il vente.", &["Il pleut.", "Il vente."]),
        (
            Lang::Fr,
            "Ils sont 1.500 en Russie. Puis 3.000.",
            &["Ils sont 1.500 en Russie.", "Puis 3.000."],
        ),
        (
            Lang::Fr,
            "Le taux est de 3.5 %. Il monte.",
            &["Le taux est de 3.5 %.", "Il monte."],
        ),
        (
            Lang::Fr,
            "M. Kim a parlé. Mme Dupont aussi.",
            &["M. Kim a parlé.", "Mme Dupont aussi."],
        ),
        (
            Lang::Fr,
            "Le Dr. Martin est venu. Il a dit non.",
            &["Le Dr. Martin est venu.", "Il a dit non."],
        ),
        (
            Lang::Fr,
            "Depuis le 28 oct. 2024, rien. Puis tout.",
            &["Depuis le 28 oct. 2024, rien.", "Puis tout."],
        ),
        (
            Lang::Fr,
            "Il vit à St. Malo. Elle non.",
            &["Il vit à St. Malo.", "Elle non."],
        ),
        (
            Lang::Fr,
            "J.-P. Martin a signé. C'est fait.",
            &["J.-P. Martin a signé.", "C'est fait."],
        ),
        (
            Lang::Fr,
            "Il a exprimé « de sérieuses inquiétudes. Vraiment. » Il a ajouté un mot.",
            &[
                "Il a exprimé « de sérieuses inquiétudes. Vraiment. »",
                "Il a ajouté un mot.",
            ],
        ),
        (
            Lang::Fr,
            "« Nous répondrons ensemble. », a poursuivi Kim. Fin.",
            &["« Nous répondrons ensemble. », a poursuivi Kim.", "Fin."],
        ),
        (
            Lang::Fr,
            "« Ils arrivent. » a-t-il dit. Fin.",
            &["« Ils arrivent. » a-t-il dit.", "Fin."],
        ),
        (
            Lang::Fr,
            "Cela « signifierait une escalade ». a-t-il écrit. Fin.",
            &["Cela « signifierait une escalade ». a-t-il écrit.", "Fin."],
        ),
        (
            Lang::Fr,
            "Cela « signifierait une escalade », a-t-il écrit. Fin.",
            &["Cela « signifierait une escalade », a-t-il écrit.", "Fin."],
        ),
        (
            Lang::Fr,
            "“Nous répondrons. Avec tous les moyens”, a poursuivi Kim. Fin.",
            &[
                "“Nous répondrons. Avec tous les moyens”, a poursuivi Kim.",
                "Fin.",
            ],
        ),
        (
            Lang::Fr,
            "Il a dit « non ». Puis il est parti.",
            &["Il a dit « non ».", "Puis il est parti."],
        ),
        (
            Lang::Fr,
            "Vraiment ? Oui ! Bon…",
            &["Vraiment ?", "Oui !", "Bon…"],
        ),
        (Lang::Fr, "Ah ! dit-il. Fin.", &["Ah ! dit-il.", "Fin."]),
        (
            Lang::Fr,
            "Voir l'art. 5 du traité. Fin.",
            &["Voir l'art. 5 du traité.", "Fin."],
        ),
        (
            Lang::Fr,
            "Il est à l'ONU. Les autres non.",
            &["Il est à l'ONU.", "Les autres non."],
        ),
        (
            Lang::Fr,
            "Un, deux... trois. Quatre.",
            &["Un, deux... trois.", "Quatre."],
        ),
        (
            Lang::En,
            "It rained. It stopped.",
            &["It rained.", "It stopped."],
        ),
        (
            Lang::En,
            "The U.S. and the U.N. said so. Then nothing.",
            &["The U.S. and the U.N. said so.", "Then nothing."],
        ),
        (
            Lang::En,
            "U.S. forces moved. The U.N. Security Council met.",
            &["U.S. forces moved.", "The U.N. Security Council met."],
        ),
        (
            Lang::En,
            "They are in the U.S. The rest stayed.",
            &["They are in the U.S.", "The rest stayed."],
        ),
        (
            Lang::En,
            "On Oct. 28 it happened. Fine.",
            &["On Oct. 28 it happened.", "Fine."],
        ),
        (
            Lang::En,
            "J. Smith said 3.5 percent. OK.",
            &["J. Smith said 3.5 percent.", "OK."],
        ),
        (
            Lang::En,
            "He lives on St. James St. in Jan. 2024. Fine.",
            &["He lives on St. James St. in Jan. 2024.", "Fine."],
        ),
        (
            Lang::En,
            "Mr. Kim met Dr. Lee. They spoke.",
            &["Mr. Kim met Dr. Lee.", "They spoke."],
        ),
        (
            Lang::En,
            "\"We will respond.\" said Kim. Then nothing.",
            &["\"We will respond.\" said Kim.", "Then nothing."],
        ),
        (
            Lang::En,
            "\"We will respond,\" Kim said. \"Soon.\" Then nothing.",
            &[
                "\"We will respond,\" Kim said.",
                "\"Soon.\"",
                "Then nothing.",
            ],
        ),
        (
            Lang::En,
            "The No. 2 official left. Fine.",
            &["The No. 2 official left.", "Fine."],
        ),
        (
            Lang::En,
            "The answer was no. The vote failed.",
            &["The answer was no.", "The vote failed."],
        ),
        (
            Lang::En,
            "It cost $1,500. 12 people paid.",
            &["It cost $1,500.", "12 people paid."],
        ),
        (
            Lang::En,
            "He said (quietly.) Then left.",
            &["He said (quietly.)", "Then left."],
        ),
        (
            Lang::En,
            "At 9 a.m. the talks began. Fine.",
            &["At 9 a.m. the talks began.", "Fine."],
        ),
        (
            Lang::En,
            "Really? Yes! Fine.",
            &["Really?", "Yes!", "Fine."],
        ),
    ];

    #[test]
    fn sentence_rows() {
        for (lang, text, want) in ROWS {
            assert_eq!(texts(*lang, text), *want, "{lang}: {text:?}");
        }
    }

    /// An expected sentence: its text, its paragraph, whether it is a heading.
    type Expected = (&'static str, usize, bool);

    /// Paragraph shapes: text, expected sentences.
    const PARAGRAPH_ROWS: &[(&str, &[Expected])] = &[
        (
            "Titre court\nPremière ligne du texte qui est longue.\nDeuxième ligne.\n",
            &[
                ("Titre court", 0, true),
                ("Première ligne du texte qui est longue.", 1, false),
                ("Deuxième ligne.", 2, false),
            ],
        ),
        (
            "Une phrase coupée en fin de ligne parce que le texte est\nreplié à soixante-dix colonnes. Puis une autre.\n",
            &[
                (
                    "Une phrase coupée en fin de ligne parce que le texte est\nreplié à soixante-dix colonnes.",
                    0,
                    false,
                ),
                ("Puis une autre.", 0, false),
            ],
        ),
        (
            "Premier paragraphe. Suite.\n\nSecond paragraphe.\n",
            &[
                ("Premier paragraphe.", 0, false),
                ("Suite.", 0, false),
                ("Second paragraphe.", 1, false),
            ],
        ),
        (
            "Les services sud-coréens ont indiqué mercredi que des unités entières\nMark Rutte a réagi.\n",
            &[(
                "Les services sud-coréens ont indiqué mercredi que des unités entières\nMark Rutte a réagi.",
                0,
                false,
            )],
        ),
        (
            "« Nous répondrons. »\na-t-il dit.\n",
            &[("« Nous répondrons. »\na-t-il dit.", 0, false)],
        ),
        (
            "“Un titre entre guillemets”\nUn programme nucléaire ?\nLe texte commence ici, et il est assez long.\n",
            &[
                ("“Un titre entre guillemets”", 0, true),
                ("Un programme nucléaire ?", 1, true),
                ("Le texte commence ici, et il est assez long.", 2, false),
            ],
        ),
        (
            "Il l'a écrit sur le réseau X.\nRutte a répondu.\n",
            &[
                ("Il l'a écrit sur le réseau X.", 0, false),
                ("Rutte a répondu.", 1, false),
            ],
        ),
        ("\n\n   \n", &[]),
    ];

    #[test]
    fn paragraph_rows() {
        for (text, want) in PARAGRAPH_ROWS {
            let got: Vec<(&str, usize, bool)> = split(text, 0, Lang::Fr.data())
                .iter()
                .map(|s| (s.text(text), s.paragraph, s.heading))
                .collect();
            assert_eq!(got, *want, "{text:?}");
        }
    }

    #[test]
    fn body_start_is_respected() {
        let text = "---\ntitle: x\n---\nUn. Deux.\n";
        let got = split(text, 17, Lang::Fr.data());
        assert_eq!(got[0].start, 17);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn long_runs_are_cut_on_spaces() {
        let text = "mot ".repeat(5000);
        let got = split(&text, 0, Lang::Fr.data());
        assert!(got.len() >= 2);
        for s in &got {
            assert!(s.end - s.start <= MAX_SENTENCE_BYTES);
            assert!(!s.text(&text).starts_with(' ') && !s.text(&text).ends_with(' '));
        }
        let unbroken = "é".repeat(10_000);
        let got = split(&unbroken, 0, Lang::Fr.data());
        assert_eq!(got.last().unwrap().end, unbroken.len());
        assert!(got.iter().all(|s| unbroken.is_char_boundary(s.start)));
    }

    #[test]
    fn word_tables_are_folded_sorted_unique() {
        for &lang in Lang::ALL {
            let w = &lang.data().segment;
            for (name, table) in [
                ("abbreviations", w.abbreviations),
                ("before_numbers", w.before_numbers),
                ("starters", w.starters),
            ] {
                assert!(
                    table.windows(2).all(|p| p[0] < p[1]),
                    "{lang} {name} must be sorted and unique"
                );
                for entry in table {
                    assert_eq!(
                        &fold(entry),
                        entry,
                        "{lang} {name}: {entry:?} is not folded"
                    );
                }
            }
        }
    }
}
