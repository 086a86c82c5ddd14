//! Helpers for the per-language row tests (`de_tests.rs`, `it_tests.rs`): run one stage of the
//! pipeline on one phrase and return what it found in a shape a row can spell out.

use crate::claim::{Bound, Claim, Granularity, Scope};
use crate::extract::number::counts_in;
use crate::lang::Lang;
use crate::segment::Sentence;
use crate::token::tokenize;
use crate::{Document, Options, extract, ingest};

/// A count as a row spells it: words, low, high, approx, bound, concept.
pub(crate) type CountRow = (String, Option<u64>, Option<u64>, bool, Bound, String);

/// The counts of one phrase.
pub(crate) fn counts(lang: Lang, text: &str) -> Vec<CountRow> {
    let tokens = tokenize(text, 0, text.len());
    counts_in(text, &tokens, lang.data(), &[], None)
        .into_iter()
        .map(|f| {
            let q = f.quantity;
            (q.text, q.low, q.high, q.approx, q.bound, f.counted.concept)
        })
        .collect()
}

/// Entity, place and scope of the first count of one phrase.
pub(crate) fn qualifiers(
    lang: Lang,
    text: &str,
) -> (Option<String>, Option<String>, Option<Scope>) {
    let tokens = tokenize(text, 0, text.len());
    let found = counts_in(text, &tokens, lang.data(), &[], None);
    let q = &found
        .first()
        .unwrap_or_else(|| panic!("{text:?}"))
        .qualifiers;
    (q.entity.clone(), q.place.clone(), q.scope)
}

/// A document whose lines are the sentences of one paragraph, so that rows do not depend on
/// the sentence splitter.
fn document(lang: Lang, published: &str, text: &str) -> (Document, Vec<Sentence>) {
    let options = Options {
        lang: Some(lang),
        date: Some(published.parse().expect("row date")),
        aliases: None,
    };
    let doc = ingest::from_text("row.txt", text, &options).expect("row text");
    let mut sentences = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.trim_end().len();
        sentences.push(Sentence {
            start,
            end,
            paragraph: 0,
            index: sentences.len(),
            heading: false,
        });
        start += line.len();
    }
    (doc, sentences)
}

/// A date as a row spells it: words, first day, last day, granularity (d/w/m/y).
pub(crate) type DateRow = (String, String, String, char);

/// The date claims of one phrase published on `published` (YYYY-MM-DD).
pub(crate) fn dates(lang: Lang, published: &str, text: &str) -> Vec<DateRow> {
    let (doc, sentences) = document(lang, published, text);
    extract::date::extract(&doc, &sentences, lang.data())
        .iter()
        .map(date_row)
        .collect()
}

fn date_row(c: &Claim) -> DateRow {
    let d = c.date.as_ref().expect("date claim");
    let g = match d.granularity {
        Granularity::Day => 'd',
        Granularity::Week => 'w',
        Granularity::Month => 'm',
        Granularity::Year => 'y',
    };
    let s = |x: Option<jiff::civil::Date>| x.map(|x| x.to_string()).unwrap_or_default();
    (d.text.clone(), s(d.start), s(d.end), g)
}

/// Checks count rows: each phrase yields exactly the counts listed (words, interval, approx,
/// bound, concept); an empty list means no count.
pub(crate) fn check_counts(lang: Lang, rows: &[(&str, &[CountWant])]) {
    let mut failures = Vec::new();
    for (text, want) in rows {
        let got = counts(lang, text);
        let want: Vec<CountRow> = want
            .iter()
            .map(|(w, low, high, approx, bound, concept)| {
                (
                    w.to_string(),
                    *low,
                    *high,
                    *approx,
                    *bound,
                    concept.to_string(),
                )
            })
            .collect();
        if got != want {
            failures.push(format!(
                "{lang} {text:?}\n   got  {got:?}\n   want {want:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A count row's expectation: words, low, high, approx, bound, concept.
pub(crate) type CountWant = (
    &'static str,
    Option<u64>,
    Option<u64>,
    bool,
    Bound,
    &'static str,
);

/// Checks date rows: each phrase, published on its date, yields exactly the dates listed.
pub(crate) fn check_dates(lang: Lang, rows: &[(&str, &str, &[DateWant])]) {
    let mut failures = Vec::new();
    for (published, text, want) in rows {
        let got = dates(lang, published, text);
        let want: Vec<DateRow> = want
            .iter()
            .map(|(t, s, e, g)| (t.to_string(), s.to_string(), e.to_string(), *g))
            .collect();
        if got != want {
            failures.push(format!(
                "{lang} {published} {text:?}\n   got  {got:?}\n   want {want:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A date row's expectation: words, first day, last day, granularity.
pub(crate) type DateWant = (&'static str, &'static str, &'static str, char);

/// An exact figure.
pub(crate) const fn exact(text: &'static str, v: u64, concept: &'static str) -> CountWant {
    (text, Some(v), Some(v), false, Bound::Exact, concept)
}

/// An approximate figure.
pub(crate) const fn approx(text: &'static str, v: u64, concept: &'static str) -> CountWant {
    (text, Some(v), Some(v), true, Bound::Approx, concept)
}

/// A lower bound, open above.
pub(crate) const fn at_least(text: &'static str, v: u64, concept: &'static str) -> CountWant {
    (text, Some(v), None, false, Bound::AtLeast, concept)
}

/// An upper bound, open below.
pub(crate) const fn at_most(text: &'static str, v: u64, concept: &'static str) -> CountWant {
    (text, None, Some(v), false, Bound::AtMost, concept)
}

/// An explicit range.
pub(crate) const fn range(
    text: &'static str,
    low: u64,
    high: u64,
    concept: &'static str,
) -> CountWant {
    (text, Some(low), Some(high), false, Bound::Range, concept)
}

/// A vague quantity.
pub(crate) const fn vague(
    text: &'static str,
    low: u64,
    high: u64,
    concept: &'static str,
) -> CountWant {
    (text, Some(low), Some(high), true, Bound::Vague, concept)
}

/// A qualifier row: a sentence and the entity, place and scope of its first count.
pub(crate) type QualifierWant = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<Scope>,
);

/// Checks qualifier rows.
pub(crate) fn check_qualifiers(lang: Lang, rows: &[QualifierWant]) {
    let mut failures = Vec::new();
    for (text, entity, place, scope) in rows {
        let got = qualifiers(lang, text);
        let want = (entity.map(String::from), place.map(String::from), *scope);
        if got != want {
            failures.push(format!(
                "{lang} {text:?}\n   got  {got:?}\n   want {want:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// An attribution row: a text, the figure's words in it, its source chain ("Yonhap → …") and
/// its stance in words ("hedged", "denied by Kremlin", "not confirmed by outlet").
pub(crate) type SourceWant = (&'static str, &'static str, &'static str, &'static str);

/// Checks attribution and stance rows on a count claim built at each row's figure.
pub(crate) fn check_sources(lang: Lang, rows: &[SourceWant]) {
    use crate::extract::attribution::tests::{chain, claims_at, stance};
    let mut failures = Vec::new();
    for (text, target, want_chain, want_stance) in rows {
        let claims = claims_at(lang, text, &[target]);
        let got = (chain(&claims[0]), stance(&claims[0]));
        if got != (want_chain.to_string(), want_stance.to_string()) {
            failures.push(format!(
                "{lang} {text:?} [{target}]\n   got  {got:?}\n   want ({want_chain:?}, {want_stance:?})"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Checks dateline rows: the first lines of a body and the publication date and time they
/// give ("2024-10-25T14:30", "2024-10-25"), or "" for none.
pub(crate) fn check_datelines(lang: Lang, rows: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (body, want) in rows {
        let got = crate::ingest::dateline::find(body, lang)
            .map(|p| p.to_string())
            .unwrap_or_default();
        if got != *want {
            failures.push(format!("{lang} {body:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
