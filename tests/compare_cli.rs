//! `claimdiff compare` as a user runs it: formats, the CSV file, exit statuses.

use std::path::Path;
use std::process::Command;

fn claimdiff() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimdiff"));
    cmd.env_remove("NO_COLOR").env("RAYON_NUM_THREADS", "2");
    cmd
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("claimdiff-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn article(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const FR: &str = "---\noutlet: La Gazette\nlang: fr\ndate: 2024-10-23\n---\n\nSelon le renseignement sud-coréen, environ 3 000 soldats nord-coréens sont déjà en Russie.\n";
const EN: &str = "---\noutlet: The Courier\nlang: en\ndate: 2024-10-23\n---\n\nAbout 3,000 North Korean soldiers are already in Russia, South Korean intelligence said on Wednesday.\n";

#[test]
fn csv_to_stdout_has_the_discrepancy_columns() {
    let dir = temp_dir("csv-stdout");
    let a = article(&dir, "a.md", FR);
    let b = article(&dir, "b.md", EN);
    let out = claimdiff()
        .args(["compare", "--format", "csv"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert!(out.status.code() == Some(0) || out.status.code() == Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().next().unwrap(),
        "finding,subject,concept,scope,value_a,low_a,high_a,source_a,stance_a,document_a,date_a,\
         evidence_a,value_b,low_b,high_b,source_b,stance_b,document_b,date_b,evidence_b,reason"
    );
}

#[test]
fn csv_file_is_written_beside_the_table() {
    let dir = temp_dir("csv-file");
    let a = article(&dir, "a.md", FR);
    let csv = dir.join("report.csv");
    let out = claimdiff()
        .args(["compare", "--color", "never", "--width", "120", "--csv"])
        .arg(&csv)
        .arg(&a)
        .output()
        .unwrap();
    assert!(out.status.code() == Some(0) || out.status.code() == Some(1));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("finding,subject,concept,scope,"));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("1 article,"), "{table}");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn an_unwritable_csv_is_an_error_and_leaves_nothing() {
    let dir = temp_dir("csv-unwritable");
    let a = article(&dir, "a.md", FR);
    let csv = dir.join("missing-folder").join("report.csv");
    let out = claimdiff()
        .args(["compare", "--csv"])
        .arg(&csv)
        .arg(&a)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("report.csv"), "{stderr}");
    assert!(!csv.exists());
}

#[test]
fn json_has_groups_and_findings() {
    let dir = temp_dir("json");
    let a = article(&dir, "a.md", FR);
    let b = article(&dir, "b.md", EN);
    let out = claimdiff()
        .args(["compare", "--format", "json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], 1);
    assert!(v["groups"].is_array() && v["findings"].is_array());
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
}

#[test]
fn a_missing_input_exits_2_and_the_others_are_still_compared() {
    let dir = temp_dir("missing");
    let a = article(&dir, "a.md", FR);
    let out = claimdiff()
        .args(["compare", "--format", "json"])
        .arg(&a)
        .arg(dir.join("nope.md"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("nope.md"), "{stderr}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn no_readable_input_exits_2() {
    let out = claimdiff()
        .args(["compare", "/nonexistent/claimdiff/input.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn plain_when_piped_coloured_on_request() {
    let dir = temp_dir("color");
    let a = article(&dir, "a.md", FR);
    let plain = claimdiff().arg("compare").arg(&a).output().unwrap();
    assert!(!plain.stdout.contains(&0x1b));
    let coloured = claimdiff()
        .args(["compare", "--color", "always"])
        .arg(&a)
        .output()
        .unwrap();
    let groups = String::from_utf8_lossy(&coloured.stdout).contains("group");
    assert!(groups);
}

#[test]
fn group_shows_the_evidence_behind_a_row() {
    let dir = temp_dir("group");
    let fr = article(&dir, "a.md", FR);
    let en = article(&dir, "b.md", EN);
    let first = first_group(&[&fr, &en]);
    let out = claimdiff()
        .args(["compare", "--group", &first])
        .arg(&fr)
        .arg(&en)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(&format!("{first} soldiers")), "{text}");
    // Both outlets cite the NIS: one independent source, two reports.
    assert!(
        text.contains("single source: 2 reports, 1 independent source (NIS)"),
        "{text}"
    );
    // Every claim of the group with its sentence, in both languages.
    assert!(
        text.contains("environ 3 000 soldats nord-coréens"),
        "{text}"
    );
    assert!(text.contains("About 3,000 North Korean soldiers"), "{text}");
    assert!(text.contains("Verdicts:"), "{text}");

    let missing = claimdiff()
        .args(["compare", "--group", "g99"])
        .arg(&fr)
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let stderr = String::from_utf8(missing.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("g99"), "{stderr}");

    let json = claimdiff()
        .args(["compare", "--group", &first, "--format", "json"])
        .arg(&fr)
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(2));
    assert!(json.stdout.is_empty());
}

/// The id of the first group of the comparison of `inputs`, read from its JSON.
fn first_group(inputs: &[&std::path::Path]) -> String {
    let out = claimdiff()
        .args(["compare", "--format", "json"])
        .args(inputs)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["groups"][0]["id"].as_str().unwrap().to_string()
}

#[test]
fn group_ids_stay_when_an_article_is_added() {
    let ids = |inputs: &[&str]| -> std::collections::BTreeMap<String, String> {
        let out = claimdiff()
            .args(["compare", "--format", "json"])
            .args(inputs.iter().map(|f| format!("fixtures/nk-troops/{f}")))
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| {
                (
                    g["label"].as_str().unwrap().to_string(),
                    g["id"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let before = ids(&[
        "fr-le-veilleur-2024-10-18.md",
        "en-harbor-wire-2024-10-18.md",
    ]);
    let after = ids(&[
        "fr-le-veilleur-2024-10-18.md",
        "en-harbor-wire-2024-10-18.md",
        "en-northern-ledger-2024-11-04.md",
        "de-der-lotse-2024-10-19.md",
    ]);
    assert!(!before.is_empty());
    for (label, id) in &before {
        if let Some(again) = after.get(label) {
            assert_eq!(id, again, "{label}");
        }
    }
    assert!(
        before.keys().filter(|l| after.contains_key(*l)).count() >= 2,
        "{before:?} {after:?}"
    );
}
