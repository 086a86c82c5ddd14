//! Counts on the written fixtures: every count row of `expected.tsv` must be found with its
//! value, and no count may come from a string of `negatives.tsv`. Qualifier agreement (entity,
//! place, scope) is measured and must stay above a floor. Skips an event folder that is absent.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use claimdiff::{Claim, ClaimKind, Options, ingest};

type Row = HashMap<String, String>;

fn read_tsv(path: &Path) -> Vec<Row> {
    let text = std::fs::read_to_string(path).expect("fixture tsv");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            header
                .iter()
                .zip(l.split('\t'))
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The byte range of the first occurrence of `needle` in a document's body (front matter has
/// no rows) at or after `from`.
fn occurrence(doc: &(String, usize), needle: &str, from: usize) -> Option<[usize; 2]> {
    let (text, body) = doc;
    let from = from.max(*body);
    text[from..]
        .find(needle)
        .map(|i| [from + i, from + i + needle.len()])
}

fn overlaps(a: [usize; 2], b: [usize; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

fn cell<'a>(row: &'a Row, name: &str) -> &'a str {
    row.get(name).map_or("", |s| s.as_str())
}

/// Empty cells are not checked.
fn agrees(want: &str, got: Option<String>) -> bool {
    want.is_empty() || got.as_deref() == Some(want)
}

struct Event {
    /// Document id → its text and the offset where its body starts.
    texts: HashMap<String, (String, usize)>,
    claims: Vec<Claim>,
    /// Documents with at least one date claim.
    dates: Vec<String>,
}

fn extract(dir: &Path) -> Event {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixture dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e == "md" || e == "txt" || e == "html")
        })
        .collect();
    inputs.sort();
    let options = Options::default();
    let loaded = ingest::load(&inputs, &options);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let texts = loaded
        .documents
        .iter()
        .map(|d| (d.id.clone(), (d.text.clone(), d.body_start)))
        .collect();
    let extraction = claimdiff::extract_all(loaded.documents, &options);
    let mut dates: Vec<String> = extraction
        .claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Date)
        .map(|c| c.doc.clone())
        .collect();
    dates.dedup();
    let claims = extraction
        .claims
        .into_iter()
        .filter(|c| c.kind == ClaimKind::Count)
        .collect();
    Event {
        texts,
        claims,
        dates,
    }
}

#[derive(Default, Debug)]
struct Score {
    rows: usize,
    found: usize,
    value: usize,
    concept: usize,
    qualifiers: usize,
    extra: usize,
    claims: usize,
    misses: Vec<String>,
}

fn score(event: &str) -> Option<Score> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(event);
    let expected = dir.join("expected.tsv");
    if !expected.exists() {
        eprintln!("skipping {event}: no {}", expected.display());
        return None;
    }
    let found = extract(&dir);
    let mut score = Score::default();
    // Rows are in text order within a document: each is searched after the previous one.
    let mut cursor: HashMap<String, usize> = HashMap::new();
    let mut matched: Vec<usize> = Vec::new();
    for row in read_tsv(&expected) {
        if cell(&row, "kind") != "count" {
            continue;
        }
        score.rows += 1;
        let (doc, text) = (cell(&row, "doc"), cell(&row, "text"));
        let from = cursor.entry(doc.into()).or_default();
        let range = found
            .texts
            .get(doc)
            .and_then(|t| occurrence(t, text, *from));
        let Some(range) = range else {
            score
                .misses
                .push(format!("{doc}: {text:?} not in the article"));
            continue;
        };
        *from = range[1];
        let claim = found
            .claims
            .iter()
            .position(|c| c.doc == doc && overlaps(c.span, range));
        let Some(k) = claim else {
            score.misses.push(format!("{doc}: {text:?} no count"));
            continue;
        };
        matched.push(k);
        let c = &found.claims[k];
        score.found += 1;
        let q = c.quantity.as_ref().expect("count quantity");
        let num = |v: Option<u64>| v.map(|v| v.to_string());
        let value_ok = agrees(cell(&row, "low"), num(q.low))
            && agrees(cell(&row, "high"), num(q.high))
            && agrees(cell(&row, "approx"), Some(q.approx.to_string()));
        let concept = c.counted.as_ref().map(|c| c.concept.clone());
        let concept_ok = agrees(cell(&row, "concept"), concept.clone());
        let scope = c.qualifiers.scope.map(|s| {
            serde_json::to_value(s)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default()
        });
        let qualifiers_ok = agrees(cell(&row, "entity"), c.qualifiers.entity.clone())
            && agrees(cell(&row, "place"), c.qualifiers.place.clone())
            && agrees(cell(&row, "scope"), scope.clone());
        score.value += usize::from(value_ok);
        score.concept += usize::from(concept_ok);
        score.qualifiers += usize::from(qualifiers_ok);
        if !(value_ok && concept_ok && qualifiers_ok) {
            score.misses.push(format!(
                "{doc}: {text:?} got {:?}/{:?}/{} {concept:?} {:?} {:?} {scope:?}",
                q.low, q.high, q.approx, c.qualifiers.entity, c.qualifiers.place
            ));
        }
    }
    score.claims = found.claims.len();
    for (k, c) in found.claims.iter().enumerate() {
        if !matched.contains(&k) {
            score.extra += 1;
            let q = c.quantity.as_ref().map(|q| q.text.as_str());
            let concept = c.counted.as_ref().map(|c| c.concept.as_str());
            score
                .misses
                .push(format!("{}: extra count {q:?} {concept:?}", c.doc));
        }
    }

    // Datelines and dates are the date extractor's to claim (counts never read a date claim's
    // words); where it found no date in a document, its date negatives are not checked here.
    let dated: Vec<&str> = found.dates.iter().map(|d| d.as_str()).collect();
    let negatives = dir.join("negatives.tsv");
    let mut false_positives = Vec::new();
    if negatives.exists() {
        for row in read_tsv(&negatives) {
            let (doc, text) = (cell(&row, "doc"), cell(&row, "text"));
            let Some(hay) = found.texts.get(doc) else {
                continue;
            };
            if cell(&row, "reason").contains("date") && !dated.contains(&doc) {
                continue;
            }
            let (body, start) = hay;
            let ranges = body[*start..]
                .match_indices(text)
                .map(|(i, _)| [start + i, start + i + text.len()]);
            let hit = ranges.into_iter().find_map(|range| {
                found
                    .claims
                    .iter()
                    .find(|c| c.doc == doc && overlaps(c.span, range))
            });
            if let Some(c) = hit {
                false_positives.push(format!(
                    "{doc}: count {:?} from negative {text:?} ({})",
                    c.quantity.as_ref().map(|q| &q.text),
                    cell(&row, "reason")
                ));
            }
        }
    }
    eprintln!(
        "{event}: {} count rows, found {}, value ok {}, concept ok {}, entity/place/scope ok {}; \
         {} count claims, {} not in expected.tsv",
        score.rows,
        score.found,
        score.value,
        score.concept,
        score.qualifiers,
        score.claims,
        score.extra
    );
    for miss in &score.misses {
        eprintln!("  {miss}");
    }
    for fp in &false_positives {
        eprintln!("  {fp}");
    }
    assert!(false_positives.is_empty(), "{event}: counts from negatives");
    Some(score)
}

/// Checks an event's score: every figure found with its value; concepts and qualifiers
/// (entity, place, scope) agree on at least the given shares of rows, in percent.
fn check(score: &Score, concepts: usize, qualifiers: usize) {
    assert_eq!(score.found, score.rows, "every expected figure is found");
    assert_eq!(score.value, score.rows, "every figure has its value");
    assert!(score.concept * 100 >= score.rows * concepts, "{score:?}");
    assert!(
        score.qualifiers * 100 >= score.rows * qualifiers,
        "{score:?}"
    );
}

#[test]
fn nk_troops_counts() {
    if let Some(score) = score("nk-troops") {
        check(&score, 95, 90);
    }
}

#[test]
fn pension_protests_counts() {
    if let Some(score) = score("pension-protests") {
        check(&score, 95, 80);
    }
}
