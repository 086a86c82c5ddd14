//! The comparison table on a narrow terminal: at 60, 80 and 100 columns it fits, every status
//! and verdict is whole (the same words as on a wide terminal), and only what each source says
//! is cut, with "…" ending a line. Snapshots at 80 columns, the width of a default terminal.

use std::path::Path;
use std::process::Command;

use claimdiff::report::table::columns;

const FIXTURES: [&str; 2] = ["nk-troops", "pension-protests"];

fn compare(event: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("compare")
        .args(["--color", "never"])
        .args(args)
        .arg(Path::new("fixtures").join(event))
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The table's rows, each as the lines of its four cells (no-break spaces read as spaces); a row
/// starts where the first cell starts with one of the group `ids`.
fn rows(text: &str, ids: &[String]) -> Vec<[Vec<String>; 4]> {
    let mut rows: Vec<[Vec<String>; 4]> = Vec::new();
    let mut in_body = false;
    for line in text.lines() {
        if line.starts_with('╞') {
            in_body = true;
            continue;
        }
        if line.starts_with('└') {
            break;
        }
        if !in_body {
            continue;
        }
        let cells: Vec<String> = line
            .trim_start_matches('│')
            .trim_end_matches('│')
            .split('┆')
            .map(|c| c.trim().replace('\u{a0}', " "))
            .collect();
        assert_eq!(cells.len(), 4, "{line}");
        let first_word = cells[0].split(' ').next().unwrap_or_default();
        if ids.iter().any(|id| id == first_word) || rows.is_empty() {
            rows.push(Default::default());
        }
        let row = rows.last_mut().unwrap();
        for (i, cell) in cells.into_iter().enumerate() {
            if !cell.is_empty() {
                row[i].push(cell);
            }
        }
    }
    rows
}

#[test]
fn narrow_tables_fit_and_keep_status_and_verdict_whole() {
    for event in FIXTURES {
        let json: serde_json::Value =
            serde_json::from_str(&compare(event, &["--format", "json"])).unwrap();
        let ids: Vec<String> = json["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["id"].as_str().unwrap().to_string())
            .collect();
        let wide = rows(&compare(event, &["--width", "400"]), &ids);
        for width in [60, 80, 100, 120] {
            let text = compare(event, &["--width", &width.to_string()]);
            for line in text.lines() {
                assert!(
                    columns(line) <= width,
                    "{event} at {width}: {} columns\n{line}",
                    columns(line)
                );
            }
            let narrow = rows(&text, &ids);
            assert_eq!(narrow.len(), wide.len(), "{event} at {width}");
            for (n, w) in narrow.iter().zip(&wide) {
                let joined = |cells: &[String]| cells.join(" ");
                for column in [0, 2, 3] {
                    assert_eq!(
                        joined(&n[column]),
                        joined(&w[column]),
                        "{event} at {width}: column {column} is not whole"
                    );
                }
                // What each source says is cut at the end of a line only.
                for line in &n[1] {
                    if let Some(at) = line.find('…') {
                        assert_eq!(at + '…'.len_utf8(), line.len(), "{event}: {line}");
                    }
                }
            }
        }
    }
}

#[test]
fn all_keeps_every_word_of_the_sources_at_80_columns() {
    let text = compare("nk-troops", &["--width", "80", "--all"]);
    let table: Vec<&str> = text.lines().take_while(|l| !l.starts_with('└')).collect();
    assert!(
        !table.iter().any(|l| l.contains('…')),
        "{}",
        table.join("\n")
    );
    for line in text.lines() {
        assert!(columns(line) <= 80, "{line}");
    }
}

#[test]
fn at_80_columns_a_row_is_shorter_than_when_every_cell_wraps() {
    // Before the arrangement by content, the nk-troops table took 168 lines at 80 columns.
    let text = compare("nk-troops", &["--width", "80"]);
    let table_lines = text.lines().position(|l| l.starts_with('└')).unwrap() + 1;
    assert!(table_lines < 150, "{table_lines} lines");
    assert!(text.contains('…'), "the evidence-heavy cells are cut");
}

#[test]
fn nk_troops_table_at_80_columns() {
    insta::assert_snapshot!(compare("nk-troops", &["--width", "80"]));
}

#[test]
fn pension_protests_table_at_80_columns() {
    insta::assert_snapshot!(compare("pension-protests", &["--width", "80"]));
}

#[test]
fn evidence_of_the_contested_row_at_80_columns() {
    let text = compare("nk-troops", &["--group", "gxrdb", "--width", "80"]);
    for line in text.lines() {
        assert!(columns(line) <= 80, "{line}");
    }
    insta::assert_snapshot!(text);
}
