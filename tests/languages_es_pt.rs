//! Spanish and Portuguese end to end: the binary's `extract --format json` on the Spanish,
//! Portuguese, saved-HTML and Windows-1252 fixtures of `fixtures/nk-troops/` must give the values,
//! concepts, entities, places, scopes, dates, sources and stances of their `expected.tsv` rows;
//! the same figure reported in Spanish or Portuguese and in French or English must be read
//! alike; page chrome must yield no claim; the legacy-encoded file keeps its accents; and short
//! news paragraphs are detected as Spanish or Portuguese.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");

/// The fixtures this file checks: Spanish, Portuguese, the two saved pages and the
/// Windows-1252 article.
const DOCS: &[&str] = &[
    "es-diario-del-estrecho-2024-10-23.md",
    "es-la-gaceta-austral-2024-11-01.md",
    "es-el-mirador-2024-10-18.html",
    "pt-correio-atlantico-2024-10-28.md",
    "pt-jornal-do-tejo-2024-11-04.md",
    "en-bayside-courier-2024-10-31.html",
    "fr-le-phare-2024-10-28.txt",
];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/nk-troops")
}

/// Runs `claimdiff extract --format json` on `files` (or on stdin when `stdin` is given).
fn extract(files: &[PathBuf], stdin: Option<&str>) -> Value {
    let mut cmd = Command::new(BIN);
    cmd.args(["extract", "--format", "json"]).args(files);
    if stdin.is_some() {
        cmd.arg("-").stdin(Stdio::piped());
    }
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run claimdiff");
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(text.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("claimdiff output");
    assert!(
        out.status.success(),
        "claimdiff failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

fn paths(names: &[&str]) -> Vec<PathBuf> {
    names.iter().map(|n| fixtures().join(n)).collect()
}

fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

type Row = HashMap<String, String>;

fn expected_rows() -> Vec<Row> {
    let text = std::fs::read_to_string(fixtures().join("expected.tsv")).expect("expected.tsv");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
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

/// A claim's value in an expected.tsv column, as the fixtures spell it.
fn column(claim: &Value, name: &str) -> String {
    let s = |v: &Value| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match name {
        "low" | "high" | "approx" => s(&claim["quantity"][name]),
        "concept" => s(&claim["counted"]["concept"]),
        "entity" | "place" | "scope" => s(&claim["qualifiers"][name]),
        "date_start" => s(&claim["date"]["start"]),
        "date_end" => s(&claim["date"]["end"]),
        "granularity" => s(&claim["date"]["granularity"]),
        "source" => s(&claim["source"]["canonical"]),
        other => s(&claim[other]),
    }
}

/// The words a count or date claim stands on.
fn words(claim: &Value) -> &str {
    claim["quantity"]["text"]
        .as_str()
        .or_else(|| claim["date"]["text"].as_str())
        .unwrap_or("")
}

/// The claims of a document's body: its headline's claims (read from the title) are left out,
/// since the rows describe the body.
fn claims_of<'a>(json: &'a Value, doc: &str) -> Vec<&'a Value> {
    let title = json["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .find(|d| d["id"] == doc)
        .and_then(|d| d["title"].as_str())
        .unwrap_or("");
    json["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter(|c| c["doc"] == doc && !c["sentence"].as_str().is_some_and(|s| title.contains(s)))
        .collect()
}

/// The claim a row describes: a count or date with exactly the row's words (the n-th such row
/// of the document takes the n-th such claim), or a statement whose sentence holds them.
fn claim_for<'a>(claims: &[&'a Value], row: &Row, nth: usize) -> Option<&'a Value> {
    let kind = row["kind"].as_str();
    let text = row["text"].as_str();
    if kind == "statement" {
        return claims.iter().copied().find(|c| {
            c["sentence"].as_str().is_some_and(|s| s.contains(text))
                && (c["kind"] == "statement" || c["kind"] == "count")
        });
    }
    claims
        .iter()
        .copied()
        .filter(|c| c["kind"] == kind && words(c) == text)
        .nth(nth)
}

const COLUMNS: &[&str] = &[
    "low",
    "high",
    "approx",
    "concept",
    "entity",
    "place",
    "scope",
    "as_of",
    "date_start",
    "date_end",
    "granularity",
    "source",
    "stance",
    "stance_by",
    "quoted",
];

#[test]
fn spanish_portuguese_html_and_legacy_fixtures_match_their_rows() {
    let json = extract(&paths(DOCS), None);
    let mut failures = Vec::new();
    let mut checked = HashMap::<&str, usize>::new();
    let mut seen: HashMap<(String, String, String), usize> = HashMap::new();
    for row in expected_rows() {
        let doc = row["doc"].as_str();
        let Some(name) = DOCS.iter().find(|n| stem(n) == doc) else {
            continue;
        };
        let claims = claims_of(&json, doc);
        let key = (doc.to_string(), row["kind"].clone(), row["text"].clone());
        let nth = *seen.entry(key.clone()).and_modify(|n| *n += 1).or_default();
        let Some(claim) = claim_for(&claims, &row, nth) else {
            failures.push(format!(
                "{name}: no {} claim for {:?}",
                row["kind"], row["text"]
            ));
            continue;
        };
        for &col in COLUMNS {
            let want = row.get(col).map_or("", String::as_str);
            if want.is_empty() || (row["kind"] == "statement" && !col.starts_with("stance")) {
                continue;
            }
            *checked.entry(col).or_default() += 1;
            let got = column(claim, col);
            if got != want {
                failures.push(format!(
                    "{doc} {:?} {col}: got {got:?}, want {want:?}",
                    row["text"]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for col in [
        "low",
        "concept",
        "entity",
        "place",
        "date_start",
        "source",
        "stance",
    ] {
        assert!(
            checked.get(col).copied().unwrap_or(0) >= 5,
            "few {col} checks: {checked:?}"
        );
    }
}

/// The sources and stances of the saved pages (their expected.tsv cells stay empty: the
/// attribution fixture test reads raw files, whose offsets are not the extracted text's).
#[test]
fn saved_pages_sources_and_stances() {
    let json = extract(
        &paths(&[
            "es-el-mirador-2024-10-18.html",
            "en-bayside-courier-2024-10-31.html",
        ]),
        None,
    );
    const NIS: &str = "National Intelligence Service (South Korea)";
    // (doc, figure or words of the sentence, source, stance, stance_by)
    let rows: &[(&str, &str, &str, &str, &str)] = &[
        ("es-el-mirador-2024-10-18", "1.500", NIS, "asserted", ""),
        (
            "es-el-mirador-2024-10-18",
            "12.000",
            "Yonhap",
            "asserted",
            "",
        ),
        (
            "es-el-mirador-2024-10-18",
            "El Kremlin negó esas informaciones",
            "Kremlin",
            "denied",
            "Kremlin",
        ),
        (
            "es-el-mirador-2024-10-18",
            "no ha confirmado el despliegue",
            "Pentagon",
            "not_confirmed",
            "Pentagon",
        ),
        (
            "en-bayside-courier-2024-10-31",
            "about 8,000",
            "Antony Blinken",
            "asserted",
            "",
        ),
        (
            "en-bayside-courier-2024-10-31",
            "Roughly 10,000",
            "US Department of State",
            "asserted",
            "",
        ),
        (
            "en-bayside-courier-2024-10-31",
            "1,500",
            NIS,
            "asserted",
            "",
        ),
    ];
    let mut failures = Vec::new();
    for &(doc, text, source, stance, by) in rows {
        let claims = claims_of(&json, doc);
        let claim = claims.iter().find(|c| words(c) == text).or_else(|| {
            claims.iter().find(|c| {
                c["kind"] == "statement" && c["sentence"].as_str().is_some_and(|s| s.contains(text))
            })
        });
        let Some(claim) = claim else {
            failures.push(format!("{doc}: no claim for {text:?}"));
            continue;
        };
        let got = (
            column(claim, "source"),
            column(claim, "stance"),
            column(claim, "stance_by"),
        );
        if got != (source.to_string(), stance.to_string(), by.to_string()) {
            failures.push(format!("{doc} {text:?}: got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Figures of the same report read alike whatever the language: (Spanish or Portuguese
/// document, figure) and (French or English document, figure).
const SAME_FIGURE: &[(&str, &str, &str, &str)] = &[
    (
        "es-el-mirador-2024-10-18.html",
        "1.500",
        "fr-le-veilleur-2024-10-18.md",
        "1\u{a0}500",
    ),
    (
        "es-el-mirador-2024-10-18.html",
        "12.000",
        "en-harbor-wire-2024-10-18.md",
        "12,000",
    ),
    (
        "es-el-mirador-2024-10-18.html",
        "cuatro",
        "fr-le-veilleur-2024-10-18.md",
        "quatre",
    ),
    (
        "es-diario-del-estrecho-2024-10-23.md",
        "unos 3.000",
        "en-pacific-dispatch-2024-10-23.md",
        "About 3,000",
    ),
    (
        "es-la-gaceta-austral-2024-11-01.md",
        "unos 8.000",
        "fr-lecho-des-nations-2024-11-01.md",
        "environ 8 000",
    ),
    (
        "es-la-gaceta-austral-2024-11-01.md",
        "unos 10.000",
        "en-capitol-sentinel-2024-10-28.txt",
        "about 10,000",
    ),
    (
        "pt-correio-atlantico-2024-10-28.md",
        "cerca de 10 mil",
        "en-capitol-sentinel-2024-10-28.txt",
        "about 10,000",
    ),
    (
        "pt-correio-atlantico-2024-10-28.md",
        "12 mil",
        "fr-le-veilleur-2024-10-18.md",
        "12\u{a0}000",
    ),
    (
        "pt-jornal-do-tejo-2024-11-04.md",
        "11 mil",
        "en-northern-ledger-2024-11-04.md",
        "11,000",
    ),
    (
        "pt-jornal-do-tejo-2024-11-04.md",
        "10 mil",
        "fr-radio-boussole-2024-11-04.md",
        "10 000",
    ),
    (
        "pt-jornal-do-tejo-2024-11-04.md",
        "8.000",
        "en-harbor-wire-2024-10-31.md",
        "About 8,000",
    ),
    (
        "fr-le-phare-2024-10-28.txt",
        "Environ 10\u{a0}000",
        "en-capitol-sentinel-2024-10-28.txt",
        "about 10,000",
    ),
];

#[test]
fn the_same_figure_reads_alike_across_languages() {
    let mut names: Vec<&str> = SAME_FIGURE.iter().flat_map(|r| [r.0, r.2]).collect();
    names.sort_unstable();
    names.dedup();
    let json = extract(&paths(&names), None);
    let describe = |doc: &str, text: &str| -> Option<Vec<String>> {
        let claims = claims_of(&json, stem(doc));
        let c = claims
            .iter()
            .find(|c| c["kind"] == "count" && words(c) == text)?;
        Some(
            ["low", "concept", "entity", "place", "scope", "source"]
                .iter()
                .map(|col| column(c, col))
                .collect(),
        )
    };
    let mut failures = Vec::new();
    for &(doc, text, other_doc, other_text) in SAME_FIGURE {
        let here = describe(doc, text);
        let there = describe(other_doc, other_text);
        if here.is_none() || here != there {
            failures.push(format!(
                "{doc} {text:?} {here:?} ≠ {other_doc} {other_text:?} {there:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What a saved page must never turn into a claim: share counters, the cookie banner, related
/// headlines, the newsletter box and the footer's phone number (the rows of negatives.tsv whose
/// reason is page chrome).
#[test]
fn page_chrome_yields_no_claim() {
    let text = std::fs::read_to_string(fixtures().join("negatives.tsv")).expect("negatives");
    let chrome: Vec<(&str, &str)> = text
        .lines()
        .filter_map(|l| {
            let mut f = l.split('\t');
            let (doc, words, reason) = (f.next()?, f.next()?, f.next()?);
            reason.contains("chrome").then_some((doc, words))
        })
        .collect();
    assert!(chrome.len() >= 8, "chrome negatives: {chrome:?}");
    let json = extract(
        &paths(&[
            "es-el-mirador-2024-10-18.html",
            "en-bayside-courier-2024-10-31.html",
        ]),
        None,
    );
    for (doc, words) in chrome {
        for claim in claims_of(&json, doc) {
            let sentence = claim["sentence"].as_str().unwrap_or("");
            assert!(
                !sentence.contains(words),
                "{doc}: chrome {words:?} became a claim: {claim}"
            );
        }
    }
    let docs = json["documents"].as_array().expect("documents");
    let meta: Vec<(String, String, String, String)> = docs
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or("").to_string();
            (s("id"), s("lang"), s("outlet"), s("published"))
        })
        .collect();
    let want = |id: &str, lang: &str, outlet: &str, published: &str| {
        (id.into(), lang.into(), outlet.into(), published.into())
    };
    assert!(meta.contains(&want(
        "es-el-mirador-2024-10-18",
        "es",
        "El Mirador",
        "2024-10-18T11:40"
    )));
    assert!(meta.contains(&want(
        "en-bayside-courier-2024-10-31",
        "en",
        "Bayside Courier",
        "2024-10-31T18:20"
    )));
}

#[test]
fn windows_1252_article_keeps_its_accents() {
    let path = fixtures().join("fr-le-phare-2024-10-28.txt");
    let bytes = std::fs::read(&path).expect("fixture");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture must stay Windows-1252"
    );
    let json = extract(&[path], None);
    let doc = &json["documents"][0];
    assert_eq!(doc["encoding"], "windows-1252");
    assert_eq!(doc["lang"], "fr");
    assert_eq!(doc["published"], "2024-10-28T20:45");
    let sentences: Vec<&str> = json["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter_map(|c| c["sentence"].as_str())
        .collect();
    for piece in [
        "dans l’est de la Russie",
        "« très préoccupante »",
        "Le Kremlin dément toujours la présence de troupes nord-coréennes",
        "35 milliards € pour Kyiv",
        "Pyongyang, de son côté, n’a fait aucun commentaire",
    ] {
        assert!(
            sentences.iter().any(|s| s.contains(piece)),
            "{piece:?} not in {sentences:#?}"
        );
    }
}

/// Short news paragraphs, without front matter: the detector (whatlang with our languages
/// allowed) must say Spanish or Portuguese, never the other one.
const DETECTION: &[(&str, &str)] = &[
    (
        "es",
        "El Gobierno anunció ayer que enviará más ayuda a las zonas afectadas por las lluvias.",
    ),
    (
        "es",
        "Según el ministerio, unos 3.000 soldados ya han llegado a la frontera.",
    ),
    (
        "es",
        "La policía detuvo a dos hombres en el centro de la ciudad durante la noche.",
    ),
    (
        "es",
        "Los sindicatos convocaron una huelga general para el próximo jueves.",
    ),
    (
        "pt",
        "O Governo anunciou ontem que vai enviar mais ajuda às regiões afetadas pelas chuvas.",
    ),
    (
        "pt",
        "Segundo o ministério, cerca de 3.000 soldados já chegaram à fronteira.",
    ),
    (
        "pt",
        "A polícia deteve dois homens no centro da cidade durante a noite.",
    ),
    (
        "pt",
        "Os sindicatos convocaram uma greve geral para a próxima quinta-feira.",
    ),
];

#[test]
fn short_paragraphs_are_detected_as_spanish_or_portuguese() {
    for &(want, text) in DETECTION {
        let got = claimdiff::ingest::detect_lang(text);
        assert_eq!(got.code(), want, "{text:?}");
    }
    // Through the binary, on stdin: detected, not declared.
    for &(want, text) in &DETECTION[..1] {
        let json = extract(&[], Some(text));
        assert_eq!(json["documents"][0]["lang"], want);
        assert_eq!(json["documents"][0]["lang_origin"], "detected");
    }
    let pt = DETECTION[4].1;
    let json = extract(&[], Some(pt));
    assert_eq!(json["documents"][0]["lang"], "pt");
}
