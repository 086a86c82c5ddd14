//! `--aliases FILE`: extra sources on top of the built-in gazetteer, and a clear one-line
//! error (file, line, reason; exit status 2) for a malformed file.

use assert_cmd::Command;
use predicates::prelude::*;

fn claimdiff() -> Command {
    Command::cargo_bin("claimdiff").expect("binary built")
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("claimdiff-aliases-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn malformed_aliases_file_is_a_one_line_error_with_exit_status_2() {
    let dir = temp_dir("bad");
    let aliases = dir.join("sources.tsv");
    std::fs::write(
        &aliases,
        "# mine\nAndriy Yusov\tperson\tUkraine\t\tYusov\nSomeone\tspy\tX\t\tSomeone\n",
    )
    .unwrap();
    let article = dir.join("a.txt");
    std::fs::write(&article, "Selon Yusov, 500 soldats sont arrivés.\n").unwrap();
    let out = claimdiff()
        .args(["extract", "--aliases"])
        .arg(&aliases)
        .arg(&article)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "sources.tsv:3: unknown kind 'spy'",
        ))
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn wrong_column_count_names_the_line() {
    let dir = temp_dir("columns");
    let aliases = dir.join("short.tsv");
    std::fs::write(
        &aliases,
        "canonical\tkind\tcountry\taffiliation\taliases\nA\tperson\n",
    )
    .unwrap();
    let article = dir.join("a.txt");
    std::fs::write(&article, "Selon A, 500 soldats sont arrivés.\n").unwrap();
    claimdiff()
        .args(["extract", "--aliases"])
        .arg(&aliases)
        .arg(&article)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "short.tsv:2: expected 5 tab-separated columns",
        ));
}

#[test]
fn missing_aliases_file_is_an_error() {
    let dir = temp_dir("missing");
    let article = dir.join("a.txt");
    std::fs::write(&article, "Selon A, 500 soldats sont arrivés.\n").unwrap();
    claimdiff()
        .args(["extract", "--aliases"])
        .arg(dir.join("nope.tsv"))
        .arg(&article)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nope.tsv"));
}

#[test]
fn extra_aliases_name_sources_in_json() {
    let dir = temp_dir("good");
    let aliases = dir.join("sources.tsv");
    std::fs::write(
        &aliases,
        "Andriy Yusov\tperson\tUkraine\tUkrainian military intelligence (HUR)\tAndriy Yusov|Yusov\n",
    )
    .unwrap();
    let article = dir.join("a.txt");
    std::fs::write(
        &article,
        "Publié le 21/10/2024\nSelon Yusov, la formation des soldats nord-coréens aurait commencé en Russie.\n",
    )
    .unwrap();
    let out = claimdiff()
        .args(["extract", "--format", "json", "--lang", "fr", "--aliases"])
        .arg(&aliases)
        .arg(&article)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let claims = json["claims"].as_array().expect("claims");
    let named: Vec<&serde_json::Value> = claims
        .iter()
        .filter(|c| c["source"]["canonical"] == "Andriy Yusov")
        .collect();
    assert!(!named.is_empty(), "{json:#}");
    assert_eq!(
        named[0]["source"]["affiliation"],
        "Ukrainian military intelligence (HUR)"
    );
}
