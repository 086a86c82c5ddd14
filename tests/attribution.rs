//! Source and stance on the written fixtures: runs the binary with `--format json` on each
//! event folder and checks, for every row of `expected.tsv` that fills the `source`, `stance`,
//! `stance_by` or `quoted` column, the claim found at that row's words. Agreement per column is
//! measured, printed (`cargo test --test attribution -- --nocapture`) and must stay above a
//! floor. Skips an event folder that is absent.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

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

fn cell<'a>(row: &'a Row, name: &str) -> &'a str {
    row.get(name).map_or("", |s| s.as_str())
}

fn extract(dir: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(["extract", "--format", "json"])
        .arg(dir)
        .output()
        .expect("run claimdiff");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

/// Per checked column: rows with a value, rows whose claim was found, rows that agree.
#[derive(Default, Debug, Clone, Copy)]
struct Tally {
    rows: usize,
    found: usize,
    agree: usize,
}

const COLUMNS: [&str; 4] = ["source", "stance", "stance_by", "quoted"];

/// The value a claim gives for an `expected.tsv` column.
fn value(claim: &Value, column: &str) -> String {
    match column {
        "source" => claim["source"]["canonical"].as_str().unwrap_or("").into(),
        "stance" => claim["stance"].as_str().unwrap_or("").into(),
        "stance_by" => claim["stance_by"].as_str().unwrap_or("").into(),
        "quoted" => claim["quoted"].as_bool().unwrap_or(false).to_string(),
        _ => String::new(),
    }
}

fn span(claim: &Value, key: &str) -> [usize; 2] {
    let s = &claim[key];
    let n = |i: usize| s[i].as_u64().unwrap_or(0) as usize;
    [n(0), n(1)]
}

/// The tally key counting the rows of a kind that have a claim at all.
fn kind_key(kind: &str) -> &'static str {
    match kind {
        "count" => "found: count",
        "date" => "found: date",
        _ => "found: statement",
    }
}

/// Measures one event folder; returns the tallies per column and the disagreements.
fn measure(event: &str) -> Option<(HashMap<&'static str, Tally>, Vec<String>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(event);
    if !dir.join("expected.tsv").exists() {
        return None;
    }
    let json = extract(&dir);
    let texts: HashMap<String, String> = json["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            let id = d["id"].as_str().unwrap_or("").to_string();
            let path = d["path"].as_str().unwrap_or("");
            (id, std::fs::read_to_string(path).unwrap_or_default())
        })
        .collect();
    let claims = json["claims"].as_array().expect("claims");
    let mut tallies: HashMap<&'static str, Tally> = HashMap::new();
    let mut misses = Vec::new();
    let mut cursor: HashMap<String, usize> = HashMap::new();
    for row in read_tsv(&dir.join("expected.tsv")) {
        let doc = cell(&row, "doc");
        let kind = cell(&row, "kind");
        let words = cell(&row, "text");
        let Some(text) = texts.get(doc) else {
            continue;
        };
        let from = *cursor.get(doc).unwrap_or(&0);
        let at = text[from..]
            .find(words)
            .map(|i| from + i)
            .or_else(|| text.find(words));
        let Some(at) = at else {
            continue;
        };
        cursor.insert(doc.to_string(), at + 1);
        let occurrence = [at, at + words.len()];
        let overlaps = |s: [usize; 2]| s[0] < occurrence[1] && occurrence[0] < s[1];
        let of_doc = |c: &&Value| c["doc"] == doc && c["kind"] == kind;
        let found = claims
            .iter()
            .filter(of_doc)
            .find(|c| overlaps(span(c, "span")))
            .or_else(|| {
                // A statement found in the same sentence, spanning other words of the clause.
                (kind == "statement")
                    .then(|| {
                        claims
                            .iter()
                            .filter(of_doc)
                            .find(|c| overlaps(span(c, "sentence_span")))
                    })
                    .flatten()
            });
        if !cell(&row, "stance").is_empty() {
            let by_kind = tallies.entry(kind_key(kind)).or_default();
            by_kind.rows += 1;
            by_kind.found += usize::from(found.is_some());
        }
        for column in COLUMNS {
            let want = cell(&row, column);
            // An empty stance_by is checked when the stance is: nobody denies an assertion.
            let checked =
                !want.is_empty() || (column == "stance_by" && !cell(&row, "stance").is_empty());
            if !checked {
                continue;
            }
            let tally = tallies.entry(column).or_default();
            tally.rows += 1;
            let Some(claim) = found else {
                continue;
            };
            tally.found += 1;
            let got = value(claim, column);
            if got == want {
                tally.agree += 1;
            } else {
                misses.push(format!(
                    "{doc} {kind} {words:?} {column}: got {got:?}, want {want:?}"
                ));
            }
        }
    }
    Some((tallies, misses))
}

/// Agreement floors per column, as a share of the rows whose claim was found (measured on
/// the fixtures; raise them as the rules improve, never lower them to pass).
const FLOORS: [(&str, f64); 4] = [
    ("source", 0.95),
    ("stance", 0.95),
    ("stance_by", 0.95),
    ("quoted", 0.98),
];

#[test]
fn sources_and_stances_agree_with_the_fixtures() {
    let mut total: HashMap<&'static str, Tally> = HashMap::new();
    let mut all_misses = Vec::new();
    for event in ["nk-troops", "pension-protests"] {
        let Some((tallies, misses)) = measure(event) else {
            continue;
        };
        for (column, t) in tallies {
            let sum = total.entry(column).or_default();
            sum.rows += t.rows;
            sum.found += t.found;
            sum.agree += t.agree;
        }
        all_misses.extend(misses);
    }
    if total.is_empty() {
        return;
    }
    for miss in &all_misses {
        println!("miss: {miss}");
    }
    let mut failures = Vec::new();
    for (column, floor) in FLOORS {
        let t = total.get(column).copied().unwrap_or_default();
        let share = if t.found == 0 {
            1.0
        } else {
            t.agree as f64 / t.found as f64
        };
        println!(
            "{column}: {} rows, {} claims found, {} agree ({:.0}%)",
            t.rows,
            t.found,
            t.agree,
            share * 100.0
        );
        if share < floor {
            failures.push(format!("{column}: {:.2} < {floor}", share));
        }
    }
    for kind in ["found: count", "found: statement"] {
        let t = total.get(kind).copied().unwrap_or_default();
        println!("{kind}: {} of {} rows with a stance", t.found, t.rows);
    }
    assert!(failures.is_empty(), "{failures:?}");
}

/// Quotations are claims of their own, spoken by the person the text names, with the quoted
/// words inside the claim's sentence and its span.
#[test]
fn quotations_are_claims_of_their_speakers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/nk-troops");
    if !dir.exists() {
        return;
    }
    let json = extract(&dir);
    let quotes: Vec<&Value> = json["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter(|c| c["kind"] == "quote")
        .collect();
    assert!(quotes.len() >= 10, "{} quote claims", quotes.len());
    for q in &quotes {
        let words = q["quote"].as_str().expect("quoted words");
        assert!(q["sentence"].as_str().unwrap_or("").contains(words), "{q}");
        assert_eq!(q["quoted"], true, "{q}");
        assert!(q["speaker"].is_string(), "{q}");
        let [start, end] = span(q, "span");
        assert_eq!(end - start, words.len(), "{q}");
    }
    let speaker_of = |doc: &str, opening: &str| {
        quotes
            .iter()
            .find(|q| q["doc"] == doc && q["quote"].as_str().unwrap_or("").starts_with(opening))
            .map(|q| q["speaker"].as_str().unwrap_or("").to_string())
    };
    for (doc, opening, speaker) in [
        (
            "en-harbor-wire-2024-10-31",
            "None of them",
            "Antony Blinken",
        ),
        (
            "fr-radio-boussole-2024-11-04",
            "Le nombre de Nord-Coréens",
            "Volodymyr Zelensky",
        ),
        (
            "en-capitol-sentinel-2024-10-28",
            "We believe",
            "Sabrina Singh",
        ),
        (
            "fr-le-courrier-du-soir-2024-10-28",
            "Environ 10 000",
            "Pentagon",
        ),
    ] {
        assert_eq!(speaker_of(doc, opening).as_deref(), Some(speaker), "{doc}");
    }
}
