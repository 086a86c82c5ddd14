//! Helpers for the Spanish and Portuguese row tests (`es/tests.rs`, `pt/tests.rs`): one phrase per row and
//! the exact claim it must yield, read by the real extractors.
//!
//! Counts are read by the number extractor on one sentence, as its own tests do; dates,
//! attribution and stance go through the whole pipeline on a one-paragraph document with a
//! known publication date, so that each row also checks the stages agree.

use crate::claim::{Bound, Claim, ClaimKind, Granularity, Scope};
use crate::extract::number::{Found, counts_in};
use crate::token::tokenize;
use crate::{Lang, Options, ingest};

/// The counts of one sentence.
pub(crate) fn counts(lang: Lang, text: &str) -> Vec<Found> {
    let tokens = tokenize(text, 0, text.len());
    counts_in(text, &tokens, lang.data(), &[], None)
}

/// Parses an interval as the rows write it: `1500`, `~3000` (approximate), `10000..12000`,
/// `2000..` (open above), `..12000` (open below).
fn interval(spec: &str) -> (Option<u64>, Option<u64>, bool) {
    let approx = spec.starts_with('~');
    let spec = spec.trim_start_matches('~');
    let num = |s: &str| (!s.is_empty()).then(|| s.parse::<u64>().expect(spec));
    match spec.split_once("..") {
        Some((low, high)) => (num(low), num(high), approx),
        None => (num(spec), num(spec), approx),
    }
}

/// A count row: the phrase, its interval (see [`interval`]), its bound and its concept.
pub(crate) type CountRow = (&'static str, &'static str, Bound, &'static str);

/// Checks that each phrase yields exactly one count with the row's value, bound and concept,
/// and that the count's text is the span it claims.
pub(crate) fn check_counts(lang: Lang, rows: &[CountRow]) {
    for &(text, spec, bound, concept) in rows {
        let found = counts(lang, text);
        assert_eq!(
            found.len(),
            1,
            "{lang} {text:?}: want one count, got {found:#?}"
        );
        let f = &found[0];
        let q = &f.quantity;
        let (low, high, approx) = interval(spec);
        let got = (q.low, q.high, q.approx, q.bound, f.counted.concept.as_str());
        assert_eq!(got, (low, high, approx, bound, concept), "{lang} {text:?}");
        assert_eq!(&text[f.span[0]..f.span[1]], q.text, "{lang} {text:?}: span");
    }
}

/// Checks that no phrase yields a count.
pub(crate) fn check_no_counts(lang: Lang, rows: &[&str]) {
    for text in rows {
        let found = counts(lang, text);
        assert!(
            found.is_empty(),
            "{lang} {text:?}: want no count, got {found:#?}"
        );
    }
}

/// A qualifier row: the phrase, then the first count's entity, place, scope and event.
pub(crate) type QualifierRow = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<Scope>,
    Option<&'static str>,
);

/// Checks the qualifiers of each phrase's first count.
pub(crate) fn check_qualifiers(lang: Lang, rows: &[QualifierRow]) {
    for &(text, entity, place, scope, event) in rows {
        let found = counts(lang, text);
        let q = &found
            .first()
            .unwrap_or_else(|| panic!("{text:?}"))
            .qualifiers;
        let got = (
            q.entity.as_deref(),
            q.place.as_deref(),
            q.scope,
            q.event.as_deref(),
        );
        assert_eq!(got, (entity, place, scope, event), "{lang} {text:?}");
    }
}

/// Every claim of a one-paragraph document in `lang` published on `published` (YYYY-MM-DD).
pub(crate) fn claims(lang: Lang, published: &str, text: &str) -> Vec<Claim> {
    let options = Options {
        lang: Some(lang),
        date: Some(published.parse().expect("publication date")),
        ..Options::default()
    };
    let doc = ingest::from_text("row.txt", text, &options).expect("row document");
    crate::extract::extract_document(&doc, &options)
}

/// A date row: publication date, sentence, then each date as (text, start, end, granularity
/// `d`/`w`/`m`/`y`), start and end empty when unresolved.
pub(crate) type DateRow = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str, char)],
);

/// Checks the date claims of each sentence, in order.
pub(crate) fn check_dates(lang: Lang, rows: &[DateRow]) {
    for &(published, text, want) in rows {
        let got: Vec<(String, String, String, char)> = claims(lang, published, text)
            .iter()
            .filter(|c| c.kind == ClaimKind::Date)
            .map(|c| {
                let d = c.date.as_ref().expect("date claim");
                let g = match d.granularity {
                    Granularity::Day => 'd',
                    Granularity::Week => 'w',
                    Granularity::Month => 'm',
                    Granularity::Year => 'y',
                };
                let s = |x: Option<jiff::civil::Date>| x.map(|x| x.to_string()).unwrap_or_default();
                (d.text.clone(), s(d.start), s(d.end), g)
            })
            .collect();
        let want: Vec<(String, String, String, char)> = want
            .iter()
            .map(|(t, s, e, g)| (t.to_string(), s.to_string(), e.to_string(), *g))
            .collect();
        assert_eq!(got, want, "{lang} {published} {text:?}");
    }
}

/// Checks that a sentence yields no count claim in the whole pipeline (times, datelines, dates).
pub(crate) fn check_no_pipeline_counts(lang: Lang, published: &str, rows: &[&str]) {
    for text in rows {
        let counts: Vec<Claim> = claims(lang, published, text)
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Count)
            .collect();
        assert!(counts.is_empty(), "{lang} {text:?}: got {counts:#?}");
    }
}

/// Used by the rows to name bounds briefly.
pub(crate) use Bound::{Approx, AtLeast, AtMost, Exact, Range, Vague};

/// An attribution or stance row: the text, the figure the claim stands on, and what it must
/// get (a source chain "A → B", or a stance in words: "hedged", "denied by Kremlin").
pub(crate) type CueRow = (&'static str, &'static str, &'static str);

/// Checks the source chain of a claim built on each row's figure; lists every failure.
pub(crate) fn check_sources(lang: Lang, rows: &[CueRow]) {
    use crate::extract::attribution::tests::{chain, claims_at};
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|&(text, target, want)| {
            let got = chain(&claims_at(lang, text, &[target])[0]);
            (got != want).then(|| format!("{text:?} [{target}]: got {got:?}, want {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{lang}:\n{}", failures.join("\n"));
}

/// Checks the stance of a claim built on each row's figure; lists every failure.
pub(crate) fn check_stances(lang: Lang, rows: &[CueRow]) {
    use crate::extract::attribution::tests::{claims_at, stance};
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|&(text, target, want)| {
            let got = stance(&claims_at(lang, text, &[target])[0]);
            (got != want).then(|| format!("{text:?} [{target}]: got {got:?}, want {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{lang}:\n{}", failures.join("\n"));
}

/// Checks the publication date and time each dateline gives (`""` when none).
pub(crate) fn check_datelines(lang: Lang, rows: &[(&str, &str)]) {
    for &(text, want) in rows {
        let got = crate::ingest::dateline::find(text, lang).map(|p| p.to_string());
        assert_eq!(got.as_deref().unwrap_or(""), want, "{lang} {text:?}");
    }
}
