//! The date rows of every `fixtures/<event>/expected.tsv`: each date written in an article must
//! come out as a date claim with the expected first day, last day and granularity; and the
//! `as_of` of each count row must be what `assign_as_of` gives a count at that place.
//!
//! Rows are located by their text in the article (rows are in text order), so the test does not
//! depend on how a date claim's words are cut: a coordinated row ("mardi 22 et mercredi 23
//! octobre") is met by the claims it covers, first day of the first to last day of the last.
//! The times, datelines, dates and years of `negatives.tsv` must be covered by
//! `date::non_count_spans`, which the number extractor may skip. Skipped when the fixtures are
//! absent.

use std::collections::HashMap;
use std::path::Path;

use claimdiff::extract::date;
use claimdiff::segment::{self, Sentence};
use claimdiff::{Claim, ClaimKind, Document, Granularity, Options, ingest};

/// One row of expected.tsv, by column name.
struct Row {
    cells: HashMap<String, String>,
}

impl Row {
    fn get(&self, column: &str) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }
}

fn read_rows(path: &Path) -> Vec<Row> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| Row {
            cells: header
                .iter()
                .zip(l.split('\t'))
                .map(|(h, c)| (h.to_string(), c.to_string()))
                .collect(),
        })
        .collect()
}

fn granularity(g: Granularity) -> &'static str {
    match g {
        Granularity::Day => "day",
        Granularity::Week => "week",
        Granularity::Month => "month",
        Granularity::Year => "year",
    }
}

/// What one event folder gives: (date rows met, date rows), (as_of met, as_of rows), failures.
struct Tally {
    dates: (usize, usize),
    as_of: (usize, usize),
    failures: Vec<String>,
}

fn check_event(dir: &Path) -> Tally {
    let rows = read_rows(&dir.join("expected.tsv"));
    let loaded = ingest::load(&[dir.to_path_buf()], &Options::default());
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let mut tally = Tally {
        dates: (0, 0),
        as_of: (0, 0),
        failures: Vec::new(),
    };
    for doc in &loaded.documents {
        let doc_rows: Vec<&Row> = rows.iter().filter(|r| r.get("doc") == doc.id).collect();
        check_document(doc, &doc_rows, &mut tally);
    }
    tally
}

fn check_document(doc: &Document, rows: &[&Row], tally: &mut Tally) {
    let lang = doc.lang.data();
    let sentences = segment::split(&doc.text, doc.body_start, lang);
    let dates = date::extract(doc, &sentences, lang);
    let mut cursor = doc.body_start;
    let rows: Vec<&&Row> = rows
        .iter()
        .filter(|r| matches!(r.get("kind"), "date" | "count"))
        .collect();
    let mut counts: Vec<(usize, &str, &str)> = Vec::new();
    for row in rows {
        let text = row.get("text");
        let found = doc.text[cursor..]
            .find(text)
            .map(|i| i + cursor)
            .or_else(|| {
                doc.text[doc.body_start..]
                    .find(text)
                    .map(|i| i + doc.body_start)
            });
        let Some(at) = found else {
            tally
                .failures
                .push(format!("{}: text {text:?} not found", doc.id));
            continue;
        };
        cursor = at + text.chars().next().map_or(1, char::len_utf8);
        let (a, b) = (at, at + text.len());
        match row.get("kind") {
            "date" => {
                tally.dates.1 += 1;
                let covered: Vec<&Claim> = dates
                    .iter()
                    .filter(|c| c.span[0] < b && a < c.span[1])
                    .collect();
                let got = summary(&covered);
                let want = (
                    row.get("date_start"),
                    row.get("date_end"),
                    row.get("granularity"),
                );
                let ok = got.as_ref().is_some_and(|(s, e, g)| {
                    (want.0.is_empty() || want.0 == s)
                        && (want.1.is_empty() || want.1 == e)
                        && (want.2.is_empty() || want.2 == g)
                });
                if ok {
                    tally.dates.0 += 1;
                } else {
                    tally.failures.push(format!(
                        "{}: date {text:?}: want {want:?}, got {got:?}",
                        doc.id
                    ));
                }
            }
            "count" if !row.get("as_of").is_empty() => counts.push((at, text, row.get("as_of"))),
            _ => {}
        }
    }
    // A count claim at each count row's place, then the as_of every count gets.
    let mut claims = dates.clone();
    let mut wanted = Vec::new();
    for &(at, text, as_of) in &counts {
        let Some(s) = sentence_at(&sentences, at) else {
            continue;
        };
        claims.push(Claim::new(ClaimKind::Count, doc, s, [at, at + text.len()]));
        wanted.push((text, as_of));
    }
    date::assign_as_of(doc, &sentences, &mut claims);
    let count_claims = claims.iter().filter(|c| c.kind == ClaimKind::Count);
    for ((text, want), claim) in wanted.into_iter().zip(count_claims) {
        tally.as_of.1 += 1;
        let got = claim.as_of.map(|d| d.to_string()).unwrap_or_default();
        if got == want {
            tally.as_of.0 += 1;
        } else {
            tally.failures.push(format!(
                "{}: as_of of {text:?}: want {want}, got {got:?}",
                doc.id
            ));
        }
    }
}

fn sentence_at(sentences: &[Sentence], at: usize) -> Option<&Sentence> {
    sentences.iter().find(|s| s.start <= at && at < s.end)
}

/// First day of the first claim, last day of the last, and their common granularity.
fn summary(claims: &[&Claim]) -> Option<(String, String, String)> {
    let first = claims.first()?.date.as_ref()?;
    let last = claims.last()?.date.as_ref()?;
    let g = granularity(first.granularity);
    if claims.iter().any(|c| {
        c.date
            .as_ref()
            .is_none_or(|d| granularity(d.granularity) != g)
    }) {
        return None;
    }
    let show = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    Some((show(first.start), show(last.end), g.to_string()))
}

/// Share of rows met below which the test fails; the remainder is listed on stderr.
const MIN_DATE_RECALL: f64 = 1.0;
const MIN_AS_OF_RECALL: f64 = 0.95;

#[test]
fn fixture_date_rows() {
    let events = event_dirs("expected.tsv");
    if events.is_empty() {
        eprintln!("no fixtures/: skipped");
        return;
    }
    let (mut dates, mut as_of, mut failures) = ((0, 0), (0, 0), Vec::new());
    for dir in &events {
        let t = check_event(dir);
        dates = (dates.0 + t.dates.0, dates.1 + t.dates.1);
        as_of = (as_of.0 + t.as_of.0, as_of.1 + t.as_of.1);
        failures.extend(t.failures);
    }
    for f in &failures {
        eprintln!("{f}");
    }
    eprintln!(
        "date rows {}/{}, count as_of {}/{}",
        dates.0, dates.1, as_of.0, as_of.1
    );
    let share = |(met, all): (usize, usize)| {
        if all == 0 {
            1.0
        } else {
            met as f64 / all as f64
        }
    };
    assert!(share(dates) >= MIN_DATE_RECALL, "date rows {dates:?}");
    assert!(share(as_of) >= MIN_AS_OF_RECALL, "count as_of {as_of:?}");
}

/// The event folders that have fixtures, sorted.
fn event_dirs(file: &str) -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let Ok(entries) = std::fs::read_dir(&root) else {
        return Vec::new();
    };
    let mut dirs: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join(file).is_file())
        .collect();
    dirs.sort();
    dirs
}

/// Share of the time, date and year negatives that `non_count_spans` must cover.
const MIN_NEGATIVES_COVERED: f64 = 1.0;

#[test]
fn fixture_times_dates_and_years_are_not_counts() {
    let (mut covered, mut all, mut missed) = (0, 0, Vec::new());
    for dir in event_dirs("negatives.tsv") {
        let rows = read_rows(&dir.join("negatives.tsv"));
        let loaded = ingest::load(std::slice::from_ref(&dir), &Options::default());
        for doc in &loaded.documents {
            let lang = doc.lang.data();
            let sentences = segment::split(&doc.text, doc.body_start, lang);
            for row in rows.iter().filter(|r| r.get("doc") == doc.id) {
                let reason = row.get("reason");
                if !["time", "date", "year"].iter().any(|k| reason.contains(k)) {
                    continue;
                }
                let text = row.get("text");
                let Some(at) = doc.text[doc.body_start..].find(text) else {
                    missed.push(format!("{}: {text:?} not found", doc.id));
                    continue;
                };
                let (a, b) = (doc.body_start + at, doc.body_start + at + text.len());
                all += 1;
                let spans: Vec<[usize; 2]> = sentences
                    .iter()
                    .filter(|s| s.start < b && a < s.end)
                    .flat_map(|s| date::non_count_spans(doc, s, lang))
                    .collect();
                // Every digit of the negative must lie in some span.
                let ok = text
                    .char_indices()
                    .filter(|(_, c)| c.is_ascii_digit())
                    .all(|(i, _)| spans.iter().any(|s| s[0] <= a + i && a + i < s[1]));
                if ok {
                    covered += 1;
                } else {
                    missed.push(format!("{}: {text:?} ({reason}) not covered", doc.id));
                }
            }
        }
    }
    for m in &missed {
        eprintln!("{m}");
    }
    eprintln!("time/date/year negatives covered {covered}/{all}");
    if all > 0 {
        assert!(
            covered as f64 / all as f64 >= MIN_NEGATIVES_COVERED,
            "{covered}/{all}"
        );
    }
}
