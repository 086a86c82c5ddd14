//! German and Italian end to end: the binary's `extract --format json` on the German and Italian
//! fixtures of `fixtures/nk-troops` must give every row of `expected.tsv` for those articles
//! (counts with value, concept, entity, place, scope and as_of; dates with their days and
//! granularity; statements and counts with source and stance), and the same figure reported in
//! German, Italian, French and English must get the same concept, entity, place and scope. When
//! `compare` groups claims, a German, an Italian and a French report of one figure share a group.
//! Language detection must pick German and Italian on short news paragraphs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

type Row = HashMap<String, String>;

fn event_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/nk-troops")
}

fn read_tsv(path: &Path) -> Vec<Row> {
    let text = std::fs::read_to_string(path).expect("expected.tsv");
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
    row.get(name).map_or("", String::as_str)
}

/// Runs the binary on `inputs` with `subcommand` and parses its JSON.
fn run(subcommand: &str, inputs: &[PathBuf]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args([subcommand, "--format", "json"])
        .args(inputs)
        .output()
        .expect("run claimdiff");
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

/// The German and Italian articles of the event.
fn de_it_articles() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(event_dir())
        .expect("fixtures/nk-troops")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            (name.starts_with("de-") || name.starts_with("it-"))
                && (name.ends_with(".md") || name.ends_with(".txt"))
        })
        .collect();
    paths.sort();
    paths
}

fn span(claim: &Value, key: &str) -> [usize; 2] {
    let s = &claim[key];
    [
        s[0].as_u64().unwrap_or(0) as usize,
        s[1].as_u64().unwrap_or(0) as usize,
    ]
}

/// A claim's value for an `expected.tsv` column, as the table spells it.
fn value(claim: &Value, column: &str) -> String {
    let text = |v: &Value| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match column {
        "low" | "high" | "approx" => text(&claim["quantity"][column]),
        "concept" => text(&claim["counted"]["concept"]),
        "entity" | "place" | "scope" => text(&claim["qualifiers"][column]),
        "date_start" => text(&claim["date"]["start"]),
        "date_end" => text(&claim["date"]["end"]),
        "granularity" => text(&claim["date"]["granularity"]),
        "source" => text(&claim["source"]["canonical"]),
        other => text(&claim[other]),
    }
}

const COUNT_COLUMNS: &[&str] = &[
    "low",
    "high",
    "approx",
    "concept",
    "entity",
    "place",
    "scope",
    "as_of",
    "source",
    "stance",
    "stance_by",
    "quoted",
];
const DATE_COLUMNS: &[&str] = &["date_start", "date_end", "granularity"];
const STATEMENT_COLUMNS: &[&str] = &[
    "entity",
    "place",
    "as_of",
    "source",
    "stance",
    "stance_by",
    "quoted",
];

#[test]
fn german_and_italian_fixture_rows() {
    let articles = de_it_articles();
    assert!(articles.len() >= 4, "German and Italian fixtures");
    let json = run("extract", &articles);
    let docs = json["documents"].as_array().expect("documents");
    let texts: HashMap<String, String> = docs
        .iter()
        .map(|d| {
            let path = d["path"].as_str().unwrap_or("");
            let text = std::fs::read_to_string(path).expect("article");
            (d["id"].as_str().unwrap_or("").to_string(), text)
        })
        .collect();
    for d in docs {
        let id = d["id"].as_str().unwrap_or("");
        let want = if id.starts_with("de-") { "de" } else { "it" };
        assert_eq!(d["lang"], want, "{id}: language");
    }
    let claims = json["claims"].as_array().expect("claims");
    let rows: Vec<Row> = read_tsv(&event_dir().join("expected.tsv"))
        .into_iter()
        .filter(|r| texts.contains_key(cell(r, "doc")))
        .collect();
    let mut checked: HashMap<&str, usize> = HashMap::new();
    let mut failures = Vec::new();
    let mut cursor: HashMap<String, usize> = HashMap::new();
    for row in &rows {
        let (doc, kind, words) = (cell(row, "doc"), cell(row, "kind"), cell(row, "text"));
        let text = &texts[doc];
        let body = body_start(text);
        let from = cursor.get(doc).copied().unwrap_or(body);
        let Some(at) = text[from..]
            .find(words)
            .map(|i| from + i)
            .or_else(|| text[body..].find(words).map(|i| body + i))
        else {
            failures.push(format!("{doc}: {words:?} is not in the article"));
            continue;
        };
        cursor.insert(doc.to_string(), at + 1);
        let occurrence = [at, at + words.len()];
        let overlaps = |s: [usize; 2]| s[0] < occurrence[1] && occurrence[0] < s[1];
        let of_row = |c: &&Value| c["doc"] == doc && c["kind"] == kind;
        let claim = claims
            .iter()
            .filter(of_row)
            .find(|c| overlaps(span(c, "span")))
            .or_else(|| {
                (kind == "statement")
                    .then(|| {
                        claims
                            .iter()
                            .filter(of_row)
                            .find(|c| overlaps(span(c, "sentence_span")))
                    })
                    .flatten()
            });
        let Some(claim) = claim else {
            failures.push(format!("{doc}: no {kind} claim at {words:?}"));
            continue;
        };
        let columns = match kind {
            "count" => COUNT_COLUMNS,
            "date" => DATE_COLUMNS,
            _ => STATEMENT_COLUMNS,
        };
        for column in columns {
            let want = cell(row, column);
            // An empty cell is not checked; an empty stance_by is when the stance is.
            let stance_checked = *column == "stance_by" && !cell(row, "stance").is_empty();
            if want.is_empty() && !stance_checked {
                continue;
            }
            let got = value(claim, column);
            if got != want {
                failures.push(format!(
                    "{doc} {kind} {words:?} {column}: got {got:?}, want {want:?}"
                ));
            }
        }
        *checked
            .entry(if doc.starts_with("de-") { "de" } else { "it" })
            .or_default() += 1;
    }
    eprintln!("rows checked: {checked:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked.get("de").copied().unwrap_or(0) >= 30, "{checked:?}");
    assert!(checked.get("it").copied().unwrap_or(0) >= 30, "{checked:?}");
}

/// One figure as several outlets in several languages report it: (document, words).
type Figure = (&'static str, &'static [(&'static str, &'static str)]);

const SAME_FIGURES: &[Figure] = &[
    (
        "1,500 sent by 18 October (NIS)",
        &[
            ("de-der-lotse-2024-10-19", "1.500"),
            ("it-il-faro-2024-10-24", "1.500"),
            ("fr-le-veilleur-2024-10-18", "1 500"),
            ("en-harbor-wire-2024-10-18", "1,500"),
        ],
    ),
    (
        "3,000 by 23 October (NIS)",
        &[
            ("de-rhein-depesche-2024-10-29", "dreitausend"),
            ("it-il-faro-2024-10-24", "circa 3.000"),
            ("fr-la-vigie-2024-10-23", "environ 3 000"),
            ("en-pacific-dispatch-2024-10-23", "About 3,000"),
        ],
    ),
    (
        "12,000 planned in total",
        &[
            ("de-der-lotse-2024-10-19", "12.000"),
            ("it-il-faro-2024-10-24", "dodicimila"),
            ("fr-le-veilleur-2024-10-18", "12 000"),
            ("en-harbor-wire-2024-10-18", "12,000"),
        ],
    ),
    (
        "8,000 in Kursk (Blinken, 31 October)",
        &[
            ("de-der-lotse-2024-11-05", "etwa 8.000"),
            ("it-la-vedetta-2024-11-01", "circa 8.000"),
            ("fr-lecho-des-nations-2024-11-01", "environ 8 000"),
            ("en-harbor-wire-2024-10-31", "About 8,000"),
        ],
    ),
    (
        "10,000 in Russia (28–31 October)",
        &[
            ("de-rhein-depesche-2024-10-29", "rund 10.000"),
            ("it-la-vedetta-2024-11-01", "10 mila"),
            ("fr-lecho-des-nations-2024-11-01", "quelque 10 000"),
            ("en-harbor-wire-2024-10-31", "roughly 10,000"),
        ],
    ),
    (
        "11,000 in Kursk (Zelensky, 4 November)",
        &[
            ("de-der-lotse-2024-11-05", "11.000"),
            ("fr-radio-boussole-2024-11-04", "11 000"),
            ("en-northern-ledger-2024-11-04", "11,000"),
        ],
    ),
];

/// The count claim of `doc` whose words are `words`, no-break spaces aside (the last one, past
/// any headline).
fn count<'a>(claims: &'a [Value], doc: &str, words: &str) -> Option<&'a Value> {
    let words = claimdiff::lang::fold(words);
    claims.iter().rfind(|c| {
        let text = c["quantity"]["text"].as_str().unwrap_or("");
        c["doc"] == doc && c["kind"] == "count" && claimdiff::lang::fold(text) == words
    })
}

/// Where the body starts: past the front matter, whose title has no rows.
fn body_start(text: &str) -> usize {
    if !text.starts_with("---") {
        return 0;
    }
    text[3..].find("\n---\n").map_or(0, |i| 3 + i + 5)
}

#[test]
fn the_same_figure_reads_the_same_in_four_languages() {
    let json = run("extract", &[event_dir()]);
    let claims = json["claims"].as_array().expect("claims");
    let mut failures = Vec::new();
    for (figure, reports) in SAME_FIGURES {
        let mut seen: Vec<(String, [String; 5])> = Vec::new();
        for (doc, words) in *reports {
            let Some(c) = count(claims, doc, words) else {
                failures.push(format!("{figure}: no count {words:?} in {doc}"));
                continue;
            };
            let low = c["quantity"]["low"].as_u64().unwrap_or(0).to_string();
            let key = ["concept", "entity", "place", "scope"].map(|k| value(c, k));
            seen.push((
                doc.to_string(),
                [
                    low,
                    key[0].clone(),
                    key[1].clone(),
                    key[2].clone(),
                    key[3].clone(),
                ],
            ));
        }
        if let Some((first_doc, first)) = seen.first() {
            for (doc, got) in &seen[1..] {
                if got != first {
                    failures.push(format!(
                        "{figure}: {doc} reads {got:?}, {first_doc} reads {first:?}"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn compare_groups_a_figure_across_languages() {
    let json = run("compare", &[event_dir()]);
    let Some(groups) = json["groups"].as_array().filter(|g| !g.is_empty()) else {
        eprintln!("compare gives no groups yet: grouping across languages not checked");
        return;
    };
    let claims = json["claims"].as_array().expect("claims");
    let id = |doc: &str, words: &str| {
        count(claims, doc, words).and_then(|c| c["id"].as_str().map(String::from))
    };
    let reports = [
        ("de-der-lotse-2024-10-19", "1.500"),
        ("it-il-faro-2024-10-24", "1.500"),
        ("fr-le-veilleur-2024-10-18", "1 500"),
    ];
    let ids: Vec<String> = reports
        .iter()
        .map(|(doc, words)| id(doc, words).unwrap_or_else(|| panic!("{doc}: {words}")))
        .collect();
    let together = groups.iter().any(|g| {
        let members: Vec<&str> = g["claims"]
            .as_array()
            .map(|m| m.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        ids.iter().all(|id| members.contains(&id.as_str()))
    });
    assert!(together, "{ids:?} are not in one group");
}

#[test]
fn detection_picks_german_and_italian_on_short_paragraphs() {
    use claimdiff::Lang;
    let rows: &[(&str, Lang)] = &[
        (
            "Nordkorea hat nach Angaben aus Seoul rund 1.500 Soldaten nach Russland geschickt.",
            Lang::De,
        ),
        (
            "Der Kreml bestreitet die Berichte über nordkoreanische Truppen.",
            Lang::De,
        ),
        (
            "Laut Pentagon sind etwa 10.000 Soldaten im Osten Russlands.",
            Lang::De,
        ),
        (
            "Selenskyj sagte am Montag, 11.000 Soldaten seien in der Region Kursk.",
            Lang::De,
        ),
        (
            "La Corea del Nord ha inviato circa 1.500 soldati in Russia, secondo Seul.",
            Lang::It,
        ),
        ("Il Cremlino smentisce le notizie sulle truppe.", Lang::It),
        (
            "Secondo il Pentagono, diecimila militari nordcoreani sono in Russia.",
            Lang::It,
        ),
        (
            "Zelensky ha detto lunedì che 11.000 soldati sono nella regione di Kursk.",
            Lang::It,
        ),
        (
            "La Corée du Nord a envoyé 1 500 soldats en Russie, selon Séoul.",
            Lang::Fr,
        ),
        (
            "North Korea has sent about 1,500 troops to Russia, Seoul said.",
            Lang::En,
        ),
    ];
    for (text, want) in rows {
        assert_eq!(claimdiff::ingest::detect_lang(text), *want, "{text:?}");
    }
}
