//! The binary on bad inputs: exit statuses, one stderr line per problem naming the file, never
//! a panic or a backtrace, other inputs never lost, output written whole or not at all.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");

/// A scratch directory removed at the end of the test.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("claimdiff-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const GOOD_FR: &str = "---\ntitle: Essai\ndate: 2024-10-23\noutlet: La Gazette\n---\n\
    Les services sud-coréens affirment que 3 000 soldats nord-coréens sont en Russie.\n";
const GOOD_EN: &str = "---\ndate: 2024-10-28\n---\n\
    The Pentagon said on Monday that about 10,000 North Korean soldiers were in Russia.\n";

fn claimdiff(args: &[&dyn AsRef<std::ffi::OsStr>], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(BIN);
    for a in args {
        cmd.arg(a);
    }
    cmd.env("RUST_BACKTRACE", "1")
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the binary runs");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    child.wait_with_output().unwrap()
}

/// The stderr lines, after checking that nothing looks like a panic or a backtrace.
fn stderr_lines(out: &Output) -> Vec<String> {
    let err = String::from_utf8_lossy(&out.stderr);
    for bad in ["panicked", "backtrace", "RUST_BACKTRACE", "internal error"] {
        assert!(!err.contains(bad), "stderr shows {bad:?}:\n{err}");
    }
    err.lines().map(str::to_string).collect()
}

/// Asserts the exit status and that stderr is exactly one line per expected problem, each
/// naming what it should.
fn assert_problems(out: &Output, status: i32, problems: &[&[&str]]) {
    let lines = stderr_lines(out);
    assert_eq!(
        out.status.code(),
        Some(status),
        "exit status; stderr: {lines:#?}"
    );
    assert_eq!(lines.len(), problems.len(), "stderr lines: {lines:#?}");
    for (line, words) in lines.iter().zip(problems) {
        assert!(line.starts_with("claimdiff: "), "{line}");
        for w in *words {
            assert!(line.contains(w), "{line:?} should mention {w:?}");
        }
    }
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn doc_ids(out: &Output) -> Vec<String> {
    json(out)["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn missing_file_is_an_error_naming_it() {
    let out = claimdiff(&[&"extract", &"no/such/article.txt"], None);
    assert_problems(&out, 2, &[&["no/such/article.txt", "no such file"]]);
    assert!(out.stdout.is_empty());
}

#[test]
fn directory_without_articles_is_an_error() {
    let s = Scratch::new("emptydir");
    s.file("empty/notes.pdf", "x");
    s.file("empty/.hidden.txt", GOOD_FR);
    let good = s.file("good.md", GOOD_FR);
    let dir = s.path("empty");
    let out = claimdiff(&[&"extract", &dir], None);
    assert_problems(&out, 2, &[&["empty", "no articles"]]);
    let out = claimdiff(&[&"extract", &"--format", &"json", &dir, &good], None);
    assert_problems(&out, 2, &[&["empty", "no articles"]]);
    assert_eq!(doc_ids(&out), ["good"]);
}

#[test]
fn empty_file_is_an_error() {
    let s = Scratch::new("emptyfile");
    let empty = s.file("empty.txt", "  \n\n");
    let good = s.file("good.md", GOOD_FR);
    let out = claimdiff(&[&"extract", &empty], None);
    assert_problems(&out, 2, &[&["empty.txt", "empty"]]);
    let out = claimdiff(&[&"extract", &"--format", &"json", &empty, &good], None);
    assert_problems(&out, 2, &[&["empty.txt", "empty file"]]);
    assert_eq!(doc_ids(&out), ["good"]);
}

#[test]
fn bad_encodings_are_errors_naming_the_file() {
    let s = Scratch::new("encodings");
    let good = s.file("good.md", GOOD_FR);
    let binary = s.file(
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06",
    );
    let utf16: Vec<u8> = GOOD_EN.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let no_bom = s.file("utf16.txt", &utf16);
    let mut damaged = GOOD_FR.as_bytes().to_vec();
    damaged.insert(60, 0xFF);
    let damaged = s.file("damaged.md", damaged);
    let garbage: Vec<u8> = (0..3000u32).map(|i| 0x80 + (i * 37 % 128) as u8).collect();
    let garbage = s.file("garbage.txt", garbage);
    let rows: &[(&Path, &[&str])] = &[
        (&binary, &["photo.txt", "binary"]),
        (&no_bom, &["utf16.txt", "UTF-16 without a byte order mark"]),
        (&damaged, &["damaged.md", "invalid UTF-8"]),
        (&garbage, &["garbage.txt", "not UTF-8"]),
    ];
    for (bad, words) in rows {
        let out = claimdiff(&[&"extract", &"--format", &"json", &good, bad], None);
        assert_problems(&out, 2, &[words]);
        assert_eq!(doc_ids(&out), ["good"], "{bad:?}");
    }
}

#[test]
fn legacy_and_utf16_encodings_are_read_and_reported() {
    let s = Scratch::new("legacy");
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(GOOD_FR);
    let latin = s.file("latin.md", &latin);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(GOOD_EN.encode_utf16().flat_map(u16::to_le_bytes));
    let utf16 = s.file("wide.md", &utf16);
    let bom8 = s.file(
        "bom.md",
        [&b"\xEF\xBB\xBF"[..], GOOD_EN.as_bytes()].concat(),
    );
    let out = claimdiff(
        &[&"extract", &"--format", &"json", &latin, &utf16, &bom8],
        None,
    );
    assert_problems(&out, 0, &[]);
    let docs = json(&out)["documents"].clone();
    let encodings: Vec<(&str, &str, &str)> = docs
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap(),
                d["encoding"].as_str().unwrap(),
                d["lang"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        encodings,
        [
            ("bom", "UTF-8", "en"),
            ("latin", "windows-1252", "fr"),
            ("wide", "UTF-16LE", "en")
        ]
    );
    assert_eq!(docs[1]["outlet"], "La Gazette");
}

#[test]
fn twenty_megabytes_without_a_line_break() {
    let s = Scratch::new("big");
    // Article-like prose, a figure every tenth sentence, and not a single line break.
    let plain =
        "Selon le ministère, les soldats sont arrivés dans l'est du pays et M. Kim a parlé. ";
    let figure = "Environ 1 500 soldats « seraient déjà sur place », a dit un responsable. ";
    let mut text = String::with_capacity(21 << 20);
    let mut n = 0;
    while text.len() < 20 << 20 {
        text.push_str(if n % 10 == 9 { figure } else { plain });
        n += 1;
    }
    let big = s.file("big.txt", &text);
    drop(text);
    let mut child = Command::new(BIN)
        .args(["extract", "--format", "csv", "--date", "2024-10-23"])
        .arg(&big)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A hang guard, not a timing test: linear code takes seconds even in a debug build.
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(480) {
            child.kill().unwrap();
            panic!("claimdiff did not finish on a 20 MB line");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let out = child.wait_with_output().unwrap();
    let lines = stderr_lines(&out);
    assert_eq!(status.code(), Some(0), "{lines:#?}");
}

#[test]
fn html_pages_truncated_or_without_article() {
    let s = Scratch::new("html");
    let page = std::fs::read_to_string("tests/data/page_fr.html").unwrap();
    let cut = page.find("<h2>").unwrap();
    let truncated = s.file("truncated.html", &page[..cut]);
    let empty = s.file(
        "chrome.html",
        "<!doctype html><html lang=fr><body><nav><a href='/'>Accueil</a> <a href='/a'>12 articles</a></nav>\
         <div class='cookie-banner'>Nous utilisons 14 cookies.</div>\
         <footer><p>Service abonnés : 01 45 67 89 10.</p></footer></body></html>",
    );
    let out = claimdiff(&[&"extract", &"--format", &"json", &truncated], None);
    assert_problems(&out, 0, &[]);
    let doc = &json(&out)["documents"][0];
    assert_eq!(doc["outlet"], "Le Veilleur du Matin");
    assert_eq!(doc["published"], "2024-10-23T09:15");
    assert_eq!(doc["lang"], "fr");
    let out = claimdiff(&[&"extract", &empty], None);
    assert_problems(&out, 2, &[&["chrome.html", "no article text"]]);
}

#[test]
fn one_bad_input_among_good_ones() {
    let s = Scratch::new("mixed");
    let a = s.file("a/gazette.md", GOOD_FR);
    let b = s.file("b/ledger.md", GOOD_EN);
    let bad = s.file("b/broken.txt", b"\0\0\0\0binary\0\0");
    let out = claimdiff(
        &[
            &"extract",
            &"--format",
            &"json",
            &a,
            &bad,
            &b,
            &"missing.md",
        ],
        None,
    );
    assert_problems(
        &out,
        2,
        &[&["broken.txt", "binary"], &["missing.md", "no such file"]],
    );
    assert_eq!(doc_ids(&out), ["gazette", "ledger"]);
}

#[test]
fn same_stem_in_same_named_folders_and_any_order() {
    let s = Scratch::new("stems");
    let x = s.file("p/news/x.md", GOOD_FR);
    let y = s.file("q/news/x.md", GOOD_EN);
    let forward = claimdiff(&[&"extract", &"--format", &"json", &x, &y], None);
    let backward = claimdiff(&[&"extract", &"--format", &"json", &y, &x], None);
    assert_problems(&forward, 0, &[]);
    assert_eq!(doc_ids(&forward), ["p/news/x", "q/news/x"]);
    assert_eq!(forward.stdout, backward.stdout);
    let dir = claimdiff(&[&"extract", &"--format", &"json", &s.0], None);
    assert_eq!(doc_ids(&dir), ["p/news/x", "q/news/x"]);
}

#[test]
fn json_from_stdin() {
    let out = claimdiff(
        &[&"extract", &"--format", &"json", &"-"],
        Some(GOOD_EN.as_bytes()),
    );
    assert_problems(&out, 0, &[]);
    let doc = &json(&out)["documents"][0];
    assert_eq!(doc["id"], "stdin");
    assert_eq!(doc["path"], "-");
    assert_eq!(doc["lang"], "en");
}

#[test]
fn output_file_is_written_whole_or_not_at_all() {
    let s = Scratch::new("output");
    let good = s.file("good.md", GOOD_FR);
    let target = s.path("out.json");
    let out = claimdiff(
        &[&"extract", &"--format", &"json", &"-o", &target, &good],
        None,
    );
    assert_problems(&out, 0, &[]);
    assert!(out.stdout.is_empty());
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(written["documents"][0]["id"], "good");
    let leftovers: Vec<_> = std::fs::read_dir(&s.0)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let nowhere = s.path("no/such/dir/out.json");
    let out = claimdiff(&[&"extract", &"-o", &nowhere, &good], None);
    assert_problems(&out, 2, &[&["out.json", "cannot write"]]);
    assert!(!nowhere.exists());

    let out = claimdiff(&[&"extract", &"-o", &good, &good], None);
    assert_problems(&out, 2, &[&["good.md", "also an input"]]);
    assert_eq!(std::fs::read_to_string(&good).unwrap(), GOOD_FR);
}

#[test]
fn broken_pipe_is_not_an_error() {
    let s = Scratch::new("pipe");
    let mut inputs = Vec::new();
    for i in 0..20 {
        inputs.push(s.file(&format!("a{i:02}.md"), GOOD_FR));
    }
    for format in ["table", "json", "csv"] {
        let mut child = Command::new(BIN)
            .args(["extract", "--format", format])
            .args(&inputs)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_problems(&out, 0, &[]);
    }
}

#[test]
fn bad_flags_are_one_line_usage_errors() {
    let s = Scratch::new("flags");
    let good = s.file("good.md", GOOD_FR);
    let out = claimdiff(&[&"extract", &"--lang", &"xx", &good], None);
    assert_problems(&out, 2, &[&["--lang", "'xx'", "fr"]]);
    let out = claimdiff(&[&"extract", &"--date", &"2024-13-45", &good], None);
    assert_problems(&out, 2, &[&["--date", "2024-13-45", "YYYY-MM-DD"]]);
    let out = claimdiff(&[&"extract", &"--date", &"23/10/2024", &good], None);
    assert_problems(&out, 2, &[&["--date", "23/10/2024"]]);
    assert!(out.stdout.is_empty());
}
