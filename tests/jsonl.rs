//! JSON lines in and out: `--format jsonl` holds the JSON's objects one per line, each with its
//! `type`, and validates against `claimdiff schema --format jsonl`; articles given as JSON lines
//! on stdin (`--stdin-jsonl`) give the claims their files give; bad lines are named and skipped.

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

/// A file's text: UTF-8, or Windows-1252 (one fixture is), as claimdiff decodes it.
fn text_of(file: &Path) -> String {
    let bytes = std::fs::read(file).unwrap();
    String::from_utf8(bytes.clone())
        .unwrap_or_else(|_| encoding_rs::WINDOWS_1252.decode(&bytes).0.into_owned())
}

/// The articles of `files` as JSON lines: each file's stem as id, its text, its extension as
/// format.
fn as_lines(files: &[PathBuf]) -> Vec<u8> {
    let mut out = Vec::new();
    for f in files {
        let line = json!({
            "id": f.file_stem().unwrap().to_str().unwrap(),
            "text": text_of(f),
            "format": f.extension().unwrap().to_str().unwrap(),
        });
        serde_json::to_writer(&mut out, &line).unwrap();
        out.push(b'\n');
    }
    out
}

#[test]
fn articles_on_stdin_give_the_claims_their_files_give() {
    let files = fixture_files("nk-troops");
    let paths: Vec<&str> = files.iter().map(|f| f.to_str().unwrap()).collect();
    let mut from_files = vec!["extract", "--format", "json"];
    from_files.extend(&paths);
    let files_out = run(&from_files, b"", "2");
    assert_eq!(files_out.status.code(), Some(0), "{}", stderr(&files_out));
    let stdin_out = run(
        &["extract", "--format", "json", "--stdin-jsonl"],
        &as_lines(&files),
        "2",
    );
    assert_eq!(stdin_out.status.code(), Some(0), "{}", stderr(&stdin_out));
    let by_file: Value = serde_json::from_slice(&files_out.stdout).unwrap();
    let by_line: Value = serde_json::from_slice(&stdin_out.stdout).unwrap();
    let claims = by_file["claims"].as_array().unwrap();
    assert!(claims.len() > 100, "{}", claims.len());
    assert_eq!(by_line["claims"], by_file["claims"]);
    // The documents too, but for their path (`-`: the lines came from stdin) and encoding (a
    // JSON line is UTF-8).
    let mut documents = by_file["documents"].clone();
    for d in documents.as_array_mut().unwrap() {
        d["path"] = json!("-");
        d["encoding"] = json!("UTF-8");
    }
    assert_eq!(by_line["documents"], documents);
    // And the JSON lines give the same claims as the JSON.
    let jsonl_out = run(
        &["extract", "--format", "jsonl", "--stdin-jsonl", "-"],
        &as_lines(&files),
        "2",
    );
    assert_eq!(jsonl_out.status.code(), Some(0), "{}", stderr(&jsonl_out));
    let claim_lines: Vec<Value> = lines(&jsonl_out.stdout)
        .into_iter()
        .filter(|l| l["type"] == "claim")
        .map(|mut l| {
            l.as_object_mut().unwrap().remove("type");
            l
        })
        .collect();
    assert_eq!(&claim_lines, claims);
}

#[test]
fn metadata_given_on_the_line_wins_over_the_text() {
    let text = "Publié le 23/10/2024 à 09h15\nEnviron 3 000 soldats nord-coréens sont en Russie, selon Séoul.\n";
    let line = json!({"id": "essai", "text": text, "published": "2024-10-30", "outlet": "La Vigie", "lang": "fr"});
    let o = run(
        &["extract", "--format", "jsonl", "--stdin-jsonl"],
        format!("{line}\n").as_bytes(),
        "1",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = lines(&o.stdout);
    let doc = out.iter().find(|l| l["type"] == "document").unwrap();
    assert_eq!(doc["id"], "essai");
    assert_eq!(doc["outlet"], "La Vigie");
    assert_eq!(doc["published"], "2024-10-30");
    assert_eq!(doc["published_from"], "metadata");
    assert_eq!(doc["lang_origin"], "declared");
}

#[test]
fn bad_lines_are_named_and_skipped_with_status_2() {
    let good = json!({"id": "a", "text": "Environ 3 000 soldats nord-coréens sont en Russie, selon Séoul."});
    let input = format!(
        "{good}\n{{\"id\": \"b\", \"text\": \"x\", \"published\": \"30/10/2024\"}}\nnot json\n{{\"text\": \"y\"}}\n{{\"id\": \"c\", \"text\": \"z\", \"format\": \"pdf\"}}\n"
    );
    for format in ["jsonl", "json"] {
        let o = run(
            &["compare", "--format", format, "--stdin-jsonl"],
            input.as_bytes(),
            "1",
        );
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        let err = stderr(&o);
        for want in [
            "claimdiff: stdin line 2: \"published\" is '30/10/2024', not a date: write YYYY-MM-DD\n",
            "claimdiff: stdin line 3: not valid JSON: expected ident at column 2\n",
            "claimdiff: stdin line 4: no \"id\": give each article an id\n",
            "claimdiff: stdin line 5: \"format\" is 'pdf': use txt, md or html\n",
        ] {
            assert!(err.contains(want), "{format}: {want} not in {err}");
        }
        let errors = err
            .lines()
            .filter(|l| !l.starts_with("claimdiff: warning:"));
        assert_eq!(
            errors.filter(|l| l.contains("stdin line")).count(),
            4,
            "{err}"
        );
        let errors: Vec<Value> = if format == "jsonl" {
            let out = lines(&o.stdout);
            assert_eq!(out.iter().filter(|l| l["type"] == "document").count(), 1);
            out.into_iter().filter(|l| l["type"] == "error").collect()
        } else {
            let v: Value = serde_json::from_slice(&o.stdout).unwrap();
            v["errors"].as_array().unwrap().clone()
        };
        let files: Vec<&str> = errors.iter().map(|e| e["file"].as_str().unwrap()).collect();
        assert_eq!(
            files,
            [
                "stdin line 2",
                "stdin line 3",
                "stdin line 4",
                "stdin line 5"
            ]
        );
    }
    // Nothing readable at all: status 2, the lines' errors only.
    let o = run(&["extract", "--stdin-jsonl"], b"{}\n", "1");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "claimdiff: stdin line 1: no \"id\": give each article an id\n"
    );
}

#[test]
fn lines_and_files_together_with_ids_kept_apart() {
    let file = fixture_files("pension-protests")[0].clone();
    let stem = file.file_stem().unwrap().to_str().unwrap().to_string();
    let line = json!({"id": stem, "text": text_of(&file), "format": "md"});
    let o = run(
        &[
            "extract",
            "--format",
            "jsonl",
            "--stdin-jsonl",
            file.to_str().unwrap(),
        ],
        format!("{line}\n").as_bytes(),
        "2",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ids: Vec<String> = lines(&o.stdout)
        .iter()
        .filter(|l| l["type"] == "document")
        .map(|l| l["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(ids.contains(&stem), "{ids:?}");
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
    // Articles from stdin, read on one thread or two.
    let input = as_lines(&files);
    let one = run(
        &["compare", "--format", "jsonl", "--stdin-jsonl"],
        &input,
        "1",
    );
    let two = run(
        &["compare", "--format", "jsonl", "--stdin-jsonl"],
        &input,
        "2",
    );
    assert_eq!(one.stdout, two.stdout);
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
