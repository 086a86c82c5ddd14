//! Snapshots of `claimdiff compare` on the fixtures: the table at 120 columns without colour,
//! the discrepancy CSV and the JSON. Review changes with `cargo insta review`.

use std::path::Path;
use std::process::Command;

fn compare(event: &str, args: &[&str]) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(event);
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("compare")
        .args(args)
        .arg(Path::new("fixtures").join(event))
        .output()
        .unwrap();
    assert!(dir.is_dir());
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn nk_troops_table() {
    insta::assert_snapshot!(compare(
        "nk-troops",
        &["--color", "never", "--width", "120"]
    ));
}

#[test]
fn nk_troops_csv() {
    insta::assert_snapshot!(compare("nk-troops", &["--format", "csv"]));
}

#[test]
fn nk_troops_json() {
    let json: serde_json::Value =
        serde_json::from_str(&compare("nk-troops", &["--format", "json"])).unwrap();
    insta::assert_json_snapshot!(json);
}

#[test]
fn pension_protests_table() {
    insta::assert_snapshot!(compare(
        "pension-protests",
        &["--color", "never", "--width", "120"]
    ));
}

#[test]
fn pension_protests_csv() {
    insta::assert_snapshot!(compare("pension-protests", &["--format", "csv"]));
}

#[test]
fn nk_troops_evidence_of_the_contested_row() {
    insta::assert_snapshot!(compare(
        "nk-troops",
        &["--group", "gxrdb", "--width", "120"]
    ));
}
