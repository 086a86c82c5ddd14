//! JSON lines out: `--format jsonl` holds the JSON's objects one per line, each with its `type`,
//! and validates against `claimdiff schema --format jsonl`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");

/// Runs claimdiff in the crate's folder with `stdin` as its input.
fn run(args: &[&str], stdin: &[u8], threads: &str) -> Output {
    let mut child = Command::new(BIN)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RAYON_NUM_THREADS", threads)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The parsed lines of JSON lines output.
fn lines(bytes: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(bytes).unwrap();
    assert!(text.is_empty() || text.ends_with('\n'));
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The article files of a fixture event, sorted.
fn fixture_files(event: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(event);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("txt" | "md" | "html")
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn jsonl_lines_validate_against_the_schema() {
    let o = run(&["schema", "--format", "jsonl"], b"", "1");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let schema: Value = serde_json::from_slice(&o.stdout).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for args in [
        &["compare", "--format", "jsonl", "fixtures/nk-troops"][..],
        &["extract", "--format", "jsonl", "fixtures/pension-protests"][..],
        &[
            "extract",
            "--format",
            "jsonl",
            "fixtures/pension-protests",
            "missing.txt",
        ][..],
    ] {
        let o = run(args, b"", "2");
        for line in lines(&o.stdout) {
            seen.insert(line["type"].as_str().unwrap().to_string());
            let errors: Vec<String> = validator
                .iter_errors(&line)
                .take(3)
                .map(|e| format!("{e} at {}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{args:?}: {errors:#?}");
        }
    }
    assert_eq!(
        seen.into_iter().collect::<Vec<_>>(),
        ["claim", "document", "error", "finding", "group", "schema"]
    );
    // The schema is strict: an unknown field or a missing type is refused.
    let o = run(
        &["extract", "--format", "jsonl", "fixtures/nk-troops"],
        b"",
        "2",
    );
    let mut claim = lines(&o.stdout)
        .into_iter()
        .find(|l| l["type"] == "claim")
        .unwrap();
    assert!(validator.is_valid(&claim));
    claim["surprise"] = json!(1);
    assert!(!validator.is_valid(&claim));
    claim.as_object_mut().unwrap().remove("surprise");
    claim.as_object_mut().unwrap().remove("type");
    assert!(!validator.is_valid(&claim));
    assert!(!validator.is_valid(&json!({"type": "schema", "schema": 2})));
}

#[test]
fn jsonl_is_the_same_bytes_for_any_thread_count_and_input_order() {
    let files = fixture_files("nk-troops");
    let forward: Vec<&str> = files.iter().map(|f| f.to_str().unwrap()).collect();
    let mut backward = forward.clone();
    backward.reverse();
    for command in ["extract", "compare"] {
        let a: Vec<&str> = [command, "--format", "jsonl"]
            .into_iter()
            .chain(forward.iter().copied())
            .collect();
        let b: Vec<&str> = [command, "--format", "jsonl"]
            .into_iter()
            .chain(backward.iter().copied())
            .collect();
        let one = run(&a, b"", "1");
        let two = run(&a, b"", "2");
        let back = run(&b, b"", "2");
        assert!(!one.stdout.is_empty());
        assert_eq!(one.stdout, two.stdout, "{command}: 1 vs 2 threads");
        assert_eq!(one.stdout, back.stdout, "{command}: input order");
        assert_eq!(one.status.code(), two.status.code());
    }
}

#[test]
fn jsonl_goes_where_o_says() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("jsonl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let target = dir.join("claims.jsonl");
    let file = "fixtures/pension-protests";
    let o = run(
        &[
            "extract",
            "--format",
            "jsonl",
            "-o",
            target.to_str().unwrap(),
            file,
        ],
        b"",
        "2",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let stdout = run(&["extract", "--format", "jsonl", "-o", "-", file], b"", "2");
    assert_eq!(std::fs::read(&target).unwrap(), stdout.stdout);
    // An input is never overwritten, whatever the format.
    let input = dir.join("article.txt");
    std::fs::write(
        &input,
        "Environ 3 000 soldats nord-coréens sont en Russie.\n",
    )
    .unwrap();
    let o = run(
        &[
            "extract",
            "--format",
            "jsonl",
            "-o",
            input.to_str().unwrap(),
            input.to_str().unwrap(),
        ],
        b"",
        "1",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is also an input"), "{}", stderr(&o));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// One fixture's lines, and the error line of a file that is not there.
#[test]
fn harbor_wire_extract_jsonl() {
    let o = run(
        &[
            "extract",
            "--format",
            "jsonl",
            "fixtures/pension-protests/en-harbor-wire-2023-01-31.md",
            "fixtures/pension-protests/missing.txt",
        ],
        b"",
        "2",
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    insta::assert_snapshot!(String::from_utf8(o.stdout).unwrap());
}
