//! `--csv-bom`: the discrepancy CSV with a UTF-8 byte order mark in front and not one other byte
//! changed; and, where LibreOffice is installed, its headless import reading the fixtures' CSV
//! back cell for cell, accents included, once told the encoding (see README, Outputs: CSV).

use std::path::{Path, PathBuf};
use std::process::Command;

const FIXTURES: &str = "fixtures/nk-troops";

fn claimdiff(args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn records(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn the_mark_and_nothing_else_is_added() {
    for format in [
        &["compare", "--format", "csv"][..],
        &["extract", "--format", "csv"][..],
    ] {
        let mut args = format.to_vec();
        args.push(FIXTURES);
        let plain = claimdiff(&args);
        args.insert(3, "--csv-bom");
        let marked = claimdiff(&args);
        assert!(!plain.starts_with(b"\xEF\xBB\xBF"), "plain CSV has no mark");
        assert_eq!(&marked[..3], b"\xEF\xBB\xBF");
        assert_eq!(&marked[3..], &plain[..], "{format:?}");
        assert!(String::from_utf8(plain).unwrap().contains("Präsidenten"));
    }
}

#[test]
fn libreoffice_reads_the_marked_csv_back_cell_for_cell() {
    let Ok(version) = Command::new("soffice").arg("--version").output() else {
        println!("note: soffice not found: the LibreOffice import check is skipped");
        return;
    };
    println!("{}", String::from_utf8_lossy(&version.stdout).trim());
    let dir = tempfile::tempdir().unwrap();
    let input: PathBuf = dir.path().join("findings.csv");
    let plain = claimdiff(&["compare", "--format", "csv", FIXTURES]);
    let marked = claimdiff(&["compare", "--format", "csv", "--csv-bom", FIXTURES]);
    std::fs::write(&input, &marked).unwrap();
    let out_dir = dir.path().join("out");
    // Its own profile: a LibreOffice the user has open is left alone.
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let status = Command::new("soffice")
        .arg(profile)
        .args(["--headless", "--infilter=CSV:44,34,76"])
        .args([
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
        ])
        .arg(&out_dir)
        .arg(&input)
        .output()
        .unwrap();
    let converted = out_dir.join(Path::new("findings.csv"));
    assert!(
        converted.exists(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let back = std::fs::read(converted).unwrap();
    assert!(
        !back.starts_with(b"\xEF\xBB\xBF"),
        "the mark is read, not kept"
    );
    let (back, plain) = (records(&back), records(&plain));
    assert_eq!(back.len(), plain.len());
    for (b, p) in back.iter().zip(&plain) {
        assert_eq!(b, p);
    }
    assert!(
        back.iter()
            .flatten()
            .any(|cell| cell.contains("Präsidenten"))
    );
}
