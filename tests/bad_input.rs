//! The bad-input matrix: one row per hostile or broken input or output, each run through the
//! real binary beside two good articles. Every row asserts the exit status, the one-line
//! messages (each naming its file), that the good articles' claims are still output (where the
//! run is not refused as a whole), and that no input file changed. Runs are bounded: a run
//! that has not ended in 60 s (a FIFO that blocks, a blow-up) is killed and fails its row.

#![cfg(unix)]

use std::collections::BTreeMap;
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");

const GOOD_FR: &str = "---\ntitle: Essai\ndate: 2024-10-23\noutlet: La Gazette\n---\n\
    Les services sud-coréens affirment que 3 000 soldats nord-coréens sont en Russie.\n";
const GOOD_EN: &str = "---\ndate: 2024-10-28\n---\n\
    The Pentagon said on Monday that about 10,000 North Korean soldiers were in Russia.\n";

/// A scratch folder with the two good articles in `in/`, removed at the end.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("claimdiff-bad-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("in")).unwrap();
        std::fs::write(dir.join("in/gazette.md"), GOOD_FR).unwrap();
        std::fs::write(dir.join("in/ledger.md"), GOOD_EN).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn fifo(&self, name: &str) -> PathBuf {
        let path = self.0.join(name);
        let status = Command::new("mkfifo").arg(&path).status().unwrap();
        assert!(status.success());
        path
    }

    /// Every entry under the folder with what it is and, for a regular file, its bytes and
    /// permissions.
    fn state(&self) -> BTreeMap<PathBuf, String> {
        let mut out = BTreeMap::new();
        let mut stack = vec![self.0.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                let meta = std::fs::symlink_metadata(&path).unwrap();
                let t = meta.file_type();
                let what = if t.is_dir() {
                    stack.push(path.clone());
                    "dir".to_string()
                } else if t.is_symlink() {
                    format!("link → {:?}", std::fs::read_link(&path).unwrap())
                } else if t.is_file() {
                    let bytes = std::fs::read(&path).unwrap();
                    format!("file {:o} {bytes:?}", meta.permissions().mode())
                } else if t.is_fifo() {
                    "fifo".into()
                } else {
                    "other".into()
                };
                out.insert(path, what);
            }
        }
        out
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// What one run gave.
struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    /// stderr lines, warnings about dates aside unless a row asks for them.
    lines: Vec<String>,
}

/// Runs the binary in `dir` with `args`, killing it after 60 s.
fn run(dir: &Path, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Run {
    let mut cmd = Command::new(BIN);
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for a in args {
        cmd.arg(a);
    }
    let mut child = cmd.spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stderr.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!(
                "claimdiff {:?} did not end in 60 s",
                cmd.get_args().collect::<Vec<_>>()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = out_reader.join().unwrap();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned();
    for bad in ["panicked", "backtrace", "internal error", "\u{1b}"] {
        assert!(!stderr.contains(bad), "stderr shows {bad:?}:\n{stderr}");
    }
    Run {
        code: status.code(),
        stdout,
        lines: stderr.lines().map(str::to_string).collect(),
    }
}

/// What a row expects.
struct Expect {
    code: i32,
    /// One stderr line per entry, each containing every word of its entry.
    lines: &'static [&'static [&'static str]],
    /// Whether the good articles' claims are on stdout as JSON.
    good_claims: bool,
    /// Files the run is asked to write, left out of the check that nothing changed.
    outputs: &'static [&'static str],
}

fn check(name: &str, s: &Scratch, args: &[&dyn AsRef<std::ffi::OsStr>], expect: Expect) -> Run {
    let before = s.state();
    let run = run(&s.0, args);
    let lines: Vec<&String> = run
        .lines
        .iter()
        .filter(|l| !l.contains("no publication date found"))
        .collect();
    assert_eq!(
        run.code,
        Some(expect.code),
        "{name}: exit status; stderr {lines:#?}"
    );
    assert_eq!(lines.len(), expect.lines.len(), "{name}: stderr {lines:#?}");
    for (line, words) in lines.iter().zip(expect.lines) {
        assert!(line.starts_with("claimdiff: "), "{name}: {line}");
        for w in *words {
            assert!(line.contains(w), "{name}: {line:?} should mention {w:?}");
        }
    }
    if expect.good_claims {
        let json: serde_json::Value = serde_json::from_slice(&run.stdout)
            .unwrap_or_else(|e| panic!("{name}: stdout is not JSON ({e})"));
        let claims = json["claims"].as_array().unwrap();
        for doc in ["gazette", "ledger"] {
            let values: Vec<&serde_json::Value> = claims
                .iter()
                .filter(|c| c["doc"] == doc && c["kind"] == "count")
                .map(|c| &c["quantity"]["low"])
                .collect();
            let want = if doc == "gazette" { 3000.0 } else { 10000.0 };
            assert!(
                values.iter().any(|v| v.as_f64() == Some(want)),
                "{name}: {doc}'s count {want} is missing: {values:?}"
            );
        }
    }
    let after = s.state();
    for (path, what) in &before {
        if expect.outputs.iter().any(|o| path.ends_with(o)) {
            continue;
        }
        assert_eq!(after.get(path), Some(what), "{name}: {path:?} changed");
    }
    run
}

/// A row whose bad input sits beside the good folder: exit `code`, the listed lines, and the
/// good claims still in the JSON.
fn input_row(
    name: &str,
    make: impl FnOnce(&Scratch) -> PathBuf,
    code: i32,
    lines: &'static [&'static [&'static str]],
) {
    let s = Scratch::new(name);
    let bad = make(&s);
    check(
        name,
        &s,
        &[&"extract", &"--format", &"json", &"in", &bad],
        Expect {
            code,
            lines,
            good_claims: true,
            outputs: &[],
        },
    );
}

#[test]
fn missing_file() {
    input_row(
        "missing",
        |s| s.path("no/such.txt"),
        2,
        &[&["no/such.txt", "no such file"]],
    );
}

#[test]
fn empty_file() {
    input_row(
        "empty",
        |s| s.file("empty.txt", ""),
        2,
        &[&["empty.txt", "empty file"]],
    );
}

#[test]
fn blank_file() {
    input_row(
        "blank",
        |s| s.file("blank.md", " \n\t\n\n"),
        2,
        &[&["blank.md", "empty file"]],
    );
}

#[test]
fn front_matter_only() {
    input_row(
        "frontonly",
        |s| s.file("front.md", "---\ntitle: x\ndate: 2024-10-23\n---\n"),
        2,
        &[&["front.md", "empty file"]],
    );
}

#[test]
fn binary_file() {
    input_row(
        "binary",
        |s| s.file("scan.txt", b"\x89PNG\0\0\0\rIHDR\0\0"),
        2,
        &[&["scan.txt", "binary data"]],
    );
}

#[test]
fn mostly_control_bytes() {
    input_row(
        "controls",
        |s| s.file("ctl.txt", [1u8, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16].repeat(20)),
        2,
        &[&["ctl.txt", "binary data"]],
    );
}

#[test]
fn damaged_utf8() {
    let mut bytes = "Les services affirment que 3 000 soldats sont là, écrit-on. "
        .repeat(20)
        .into_bytes();
    bytes.extend_from_slice(b"\xff\xfe\xfd");
    input_row(
        "damaged",
        |s| s.file("damaged.txt", bytes),
        2,
        &[&["damaged.txt", "invalid UTF-8"]],
    );
}

#[test]
fn utf16_without_bom() {
    let bytes: Vec<u8> = "Three thousand soldiers arrived."
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    input_row(
        "utf16",
        |s| s.file("wide.txt", bytes),
        2,
        &[&["wide.txt", "UTF-16"]],
    );
}

#[test]
fn bad_bom() {
    input_row(
        "badbom",
        |s| s.file("bom.txt", b"\xEF\xBB\xBFok \xff then"),
        2,
        &[&["bom.txt", "byte order mark"]],
    );
}

#[test]
fn directory_without_articles() {
    input_row(
        "noarticles",
        |s| {
            s.file("pdfs/report.pdf", "%PDF");
            s.file("pdfs/.hidden.txt", GOOD_FR);
            s.path("pdfs")
        },
        2,
        &[&["pdfs", "no articles"]],
    );
}

#[test]
fn empty_directory() {
    input_row(
        "emptydir",
        |s| {
            std::fs::create_dir_all(s.path("nothing")).unwrap();
            s.path("nothing")
        },
        2,
        &[&["nothing", "no articles"]],
    );
}

#[test]
fn page_without_article() {
    input_row(
        "chrome",
        |s| {
            s.file("chrome.html", "<!doctype html><html><body><nav><a href='/'>Home</a></nav><footer>© 2024</footer></body></html>")
        },
        2,
        &[&["chrome.html", "no article text"]],
    );
}

#[test]
fn deeply_nested_html() {
    input_row(
        "nested",
        |s| {
            s.file(
                "deep.html",
                format!("<html><body>{}x</body></html>", "<div>".repeat(5000)),
            )
        },
        2,
        &[&["deep.html", "levels deep"]],
    );
}

#[test]
fn fifo_named_on_the_command_line() {
    input_row(
        "fifoarg",
        |s| s.fifo("pipe.txt"),
        2,
        &[&["pipe.txt", "FIFO", "not a regular file"]],
    );
}

#[test]
fn device_named_on_the_command_line() {
    input_row(
        "device",
        |_| PathBuf::from("/dev/zero"),
        2,
        &[&["/dev/zero", "a device"]],
    );
}

#[test]
fn fifo_and_socket_inside_a_directory_are_skipped() {
    let s = Scratch::new("fifodir");
    s.fifo("in/pipe.txt");
    let _socket = std::os::unix::net::UnixListener::bind(s.path("in/sock.md")).unwrap();
    check(
        "fifodir",
        &s,
        &[&"extract", &"--format", &"json", &"in"],
        Expect {
            code: 0,
            lines: &[],
            good_claims: true,
            outputs: &[],
        },
    );
}

#[test]
fn symlink_loop_and_dangling_link_in_a_directory() {
    let s = Scratch::new("links");
    std::os::unix::fs::symlink("..", s.path("in/up")).unwrap();
    std::os::unix::fs::symlink("nowhere.txt", s.path("in/dangling.txt")).unwrap();
    check(
        "links",
        &s,
        &[&"extract", &"--format", &"json", &"in"],
        Expect {
            code: 0,
            lines: &[],
            good_claims: true,
            outputs: &[],
        },
    );
}

#[test]
fn file_name_with_a_newline_stays_on_one_line() {
    input_row(
        "newline",
        |s| s.file("two\nlines.txt", "\0\0"),
        2,
        &[&["two\\nlines.txt", "binary data"]],
    );
}

#[test]
fn file_name_with_an_escape_sequence_is_escaped() {
    input_row(
        "escname",
        |s| s.file("x\u{1b}]52;c;aGk=\u{7}.txt", ""),
        2,
        &[&["x\\u{1b}]52;c;aGk=\\u{7}.txt", "empty"]],
    );
}

#[test]
fn bad_front_matter_date_is_a_warning_with_its_value() {
    input_row(
        "baddate",
        |s| {
            s.file(
                "late.md",
                "---\ndate: 2024-13-45\n---\nThe ministry said 12 soldiers died.\n",
            )
        },
        0,
        &[&["warning", "late.md", "'2024-13-45'", "not a date"]],
    );
}

#[test]
fn attribution_chain_blow_up_article() {
    let mut text = String::from(
        "---\ndate: 2024-10-28\n---\nThe Pentagon said 1,000 troops were in Kursk, citing intelligence.",
    );
    for i in 0..40 {
        text.push_str(
            [
                " It said 2,000 soldiers had arrived, it added.",
                " He told reporters that 3,000 soldiers were there, it said.",
                " It added, he told reporters, that 500 troops died, it said.",
            ][i % 3],
        );
    }
    let s = Scratch::new("chain");
    let bad = s.file("chain.md", text);
    let run = check(
        "chain",
        &s,
        &[&"extract", &"--format", &"json", &"in", &bad],
        Expect {
            code: 0,
            lines: &[],
            good_claims: true,
            outputs: &[],
        },
    );
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let chains: Vec<usize> = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["doc"] == "chain")
        .map(|c| c["source"]["chain"].as_array().unwrap().len())
        .collect();
    assert_eq!(chains.len(), 41);
    assert!(chains.iter().all(|&n| n == 2), "{chains:?}");
}

#[test]
fn terminal_sequences_never_reach_the_table() {
    let s = Scratch::new("esc");
    s.file(
        "in/evil.md",
        "---\ndate: 2024-10-28\noutlet: \"Evil\u{1b}[31m Wire\"\n---\n\
         The Pentagon said \u{1b}]52;c;SGVsbG8=\u{7}about 10,000 North Korean soldiers\u{9b}2J were in Russia.\n",
    );
    for args in [
        vec!["extract", "in"],
        vec!["compare", "in", "--color", "never"],
        vec!["compare", "in", "--format", "csv"],
    ] {
        let args: Vec<&dyn AsRef<std::ffi::OsStr>> = args.iter().map(|a| a as _).collect();
        let run = check(
            "esc",
            &s,
            &args,
            Expect {
                code: 0,
                lines: &[],
                good_claims: false,
                outputs: &[],
            },
        );
        let out = String::from_utf8(run.stdout).unwrap();
        assert!(!out.contains(['\u{1b}', '\u{7}', '\u{9b}']), "{out}");
        assert!(out.contains("Pentagon"), "{out}");
    }
    let evidence = run(&s.0, &[&"compare", &"in", &"--format", &"json"]);
    let json: serde_json::Value = serde_json::from_slice(&evidence.stdout).unwrap();
    let docs = json["documents"].as_array().unwrap();
    assert!(
        docs.iter().any(|d| d["outlet"] == "Evil      Wire"),
        "{docs:?}"
    );
}

#[test]
fn stdin_still_reads() {
    let s = Scratch::new("stdin");
    let mut child = Command::new(BIN)
        .current_dir(&s.0)
        .args(["extract", "--format", "json", "in", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"The ministry said 12 soldiers died on 28 October 2024.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = json["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["gazette", "ledger", "stdin"]);
}

/// A row about `--aliases FILE`: the whole run is refused (the gazetteer is every article's).
fn aliases_row(
    name: &str,
    make: impl FnOnce(&Scratch) -> PathBuf,
    lines: &'static [&'static [&'static str]],
) {
    let s = Scratch::new(name);
    let aliases = make(&s);
    let run = check(
        name,
        &s,
        &[
            &"extract",
            &"--format",
            &"json",
            &"--aliases",
            &aliases,
            &"in",
        ],
        Expect {
            code: 2,
            lines,
            good_claims: false,
            outputs: &[],
        },
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn aliases_bad_lines_each_named() {
    aliases_row(
        "aliasbad",
        |s| {
            s.file(
                "mine.tsv",
                "# mine\nA\tspy\tX\t\ta\nB\tperson\nC\tperson\tX\t\tC\n\tperson\tX\t\tz\n",
            )
        },
        &[
            &["mine.tsv:2:", "unknown kind"],
            &["mine.tsv:3:", "expected 5"],
            &["mine.tsv:5:", "empty canonical"],
        ],
    );
}

#[test]
fn aliases_missing() {
    aliases_row("aliasmissing", |s| s.path("none.tsv"), &[&["none.tsv"]]);
}

#[test]
fn aliases_fifo() {
    aliases_row(
        "aliasfifo",
        |s| s.fifo("pipe.tsv"),
        &[&["pipe.tsv", "not a regular file"]],
    );
}

#[test]
fn aliases_not_utf8() {
    aliases_row(
        "aliaslatin",
        |s| s.file("latin.tsv", b"# ok\nS\xe9oul\tgovernment\tX\t\tS\xe9oul\n"),
        &[&["latin.tsv:2:", "not UTF-8"]],
    );
}

#[test]
fn aliases_too_many() {
    aliases_row(
        "aliasmany",
        |s| {
            let names: Vec<String> = (0..50_001).map(|i| format!("alias{i}")).collect();
            s.file(
                "many.tsv",
                format!("Many\tperson\t\t\t{}\n", names.join("|")),
            )
        },
        &[&["many.tsv:1:", "more than 50000 aliases"]],
    );
}

#[test]
fn aliases_large_file_loads() {
    let s = Scratch::new("aliasbig");
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "Source {i}\tagency\tFrance\t\tSource {i}|Src{i} Press\n"
        ));
    }
    let aliases = s.file("big.tsv", text);
    check(
        "aliasbig",
        &s,
        &[
            &"extract",
            &"--format",
            &"json",
            &"--aliases",
            &aliases,
            &"in",
        ],
        Expect {
            code: 0,
            lines: &[],
            good_claims: true,
            outputs: &[],
        },
    );
}

/// A row about an output target: the run is refused before anything is written.
fn refused_output(
    name: &str,
    s: &Scratch,
    args: &[&dyn AsRef<std::ffi::OsStr>],
    lines: &'static [&'static [&'static str]],
) {
    let run = check(
        name,
        s,
        args,
        Expect {
            code: 2,
            lines,
            good_claims: false,
            outputs: &[],
        },
    );
    assert!(run.stdout.is_empty(), "{name}: wrote to stdout");
    let leftovers: Vec<_> = std::fs::read_dir(&s.0)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("claimdiff"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "{name}: temporary files left: {leftovers:?}"
    );
}

#[test]
fn output_onto_a_walked_input() {
    let s = Scratch::new("ontowalked");
    refused_output(
        "ontowalked",
        &s,
        &[&"compare", &"in", &"-o", &"in/gazette.md"],
        &[&["in/gazette.md", "is also an input", "-o"]],
    );
}

#[test]
fn csv_onto_an_input() {
    let s = Scratch::new("csvinput");
    refused_output(
        "csvinput",
        &s,
        &[&"compare", &"in", &"--csv", &"in/ledger.md"],
        &[&["in/ledger.md", "is also an input", "--csv"]],
    );
}

#[test]
fn output_and_csv_to_one_file() {
    let s = Scratch::new("samefile");
    refused_output(
        "samefile",
        &s,
        &[&"compare", &"in", &"-o", &"r.txt", &"--csv", &"./r.txt"],
        &[&["--csv ./r.txt", "another output goes there too"]],
    );
    assert!(!s.path("r.txt").exists());
}

#[test]
fn html_and_output_to_one_file() {
    let s = Scratch::new("samehtml");
    refused_output(
        "samehtml",
        &s,
        &[&"compare", &"in", &"-o", &"r.html", &"--html", &"r.html"],
        &[&["--html r.html", "another output goes there too"]],
    );
    assert!(!s.path("r.html").exists());
}

#[test]
fn html_onto_an_input() {
    let s = Scratch::new("htmlinput");
    refused_output(
        "htmlinput",
        &s,
        &[&"compare", &"in", &"--html", &"in/gazette.md"],
        &[&["in/gazette.md", "is also an input", "--html"]],
    );
}

#[test]
fn output_and_csv_both_on_stdout() {
    let s = Scratch::new("bothstdout");
    refused_output(
        "bothstdout",
        &s,
        &[&"compare", &"in", &"-o", &"-", &"--csv", &"-"],
        &[&["--csv -", "another output goes there too"]],
    );
    assert!(!s.path("-").exists());
}

#[test]
fn output_through_a_symlink_to_an_input() {
    let s = Scratch::new("linkinput");
    std::os::unix::fs::symlink("in/gazette.md", s.path("report.txt")).unwrap();
    refused_output(
        "linkinput",
        &s,
        &[&"compare", &"in", &"-o", &"report.txt"],
        &[&["report.txt", "is also an input", "in/gazette.md"]],
    );
}

#[test]
fn output_onto_a_hard_link_of_an_input() {
    let s = Scratch::new("hardlink");
    std::fs::hard_link(s.path("in/ledger.md"), s.path("copy.txt")).unwrap();
    refused_output(
        "hardlink",
        &s,
        &[&"extract", &"in", &"-o", &"copy.txt"],
        &[&["copy.txt", "is also an input"]],
    );
}

#[test]
fn output_onto_the_aliases_file() {
    let s = Scratch::new("ontoaliases");
    s.file(
        "mine.tsv",
        "Agence Horizon\tagency\tFrance\t\tAgence Horizon|AH\n",
    );
    refused_output(
        "ontoaliases",
        &s,
        &[
            &"extract",
            &"in",
            &"--aliases",
            &"mine.tsv",
            &"-o",
            &"mine.tsv",
        ],
        &[&["mine.tsv", "is also an input"]],
    );
}

#[test]
fn output_into_a_missing_folder() {
    let s = Scratch::new("nofolder");
    refused_output(
        "nofolder",
        &s,
        &[&"extract", &"in", &"-o", &"no/such/out.txt"],
        &[&["no/such/out.txt", "folder does not exist"]],
    );
}

#[test]
fn output_onto_a_directory() {
    let s = Scratch::new("ontodir");
    refused_output(
        "ontodir",
        &s,
        &[&"extract", &"in", &"--format", &"json", &"-o", &"in"],
        &[&["in", "is a directory"]],
    );
}

#[test]
fn output_onto_a_read_only_file() {
    let s = Scratch::new("readonly");
    let ro = s.file("ro.txt", "keep me");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    refused_output(
        "readonly",
        &s,
        &[&"extract", &"in", &"-o", &"ro.txt"],
        &[&["ro.txt", "read-only"]],
    );
    assert_eq!(std::fs::read_to_string(&ro).unwrap(), "keep me");
}

#[test]
fn output_onto_a_dangling_symlink() {
    let s = Scratch::new("dangling");
    std::os::unix::fs::symlink("/nonexistent/claimdiff-target", s.path("out.txt")).unwrap();
    refused_output(
        "dangling",
        &s,
        &[&"extract", &"in", &"-o", &"out.txt"],
        &[&["out.txt", "symbolic link to a missing file"]],
    );
}

#[test]
fn dash_means_stdout_for_output_and_csv() {
    let s = Scratch::new("dash");
    let run = check(
        "dash",
        &s,
        &[&"compare", &"in", &"--format", &"json", &"-o", &"-"],
        Expect {
            code: 0,
            lines: &[],
            good_claims: true,
            outputs: &[],
        },
    );
    assert!(!run.stdout.is_empty());
    assert!(!s.path("-").exists());
    let run = check(
        "dash-csv",
        &s,
        &[
            &"compare",
            &"in",
            &"-o",
            &"report.json",
            &"--format",
            &"json",
            &"--csv",
            &"-",
        ],
        Expect {
            code: 0,
            lines: &[],
            good_claims: false,
            outputs: &[],
        },
    );
    let csv = String::from_utf8(run.stdout).unwrap();
    assert!(
        csv.starts_with("finding,subject,concept,scope,value_a"),
        "{csv}"
    );
    assert!(!s.path("-").exists());
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(s.path("report.json")).unwrap()).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), 2);
}

#[test]
fn devices_are_written_not_replaced() {
    let s = Scratch::new("devnull");
    let run = check(
        "devnull",
        &s,
        &[
            &"compare",
            &"in",
            &"-o",
            &"/dev/null",
            &"--csv",
            &"/dev/null",
        ],
        Expect {
            code: 0,
            lines: &[],
            good_claims: false,
            outputs: &[],
        },
    );
    assert!(run.stdout.is_empty());
    let meta = std::fs::metadata("/dev/null").unwrap();
    assert!(meta.file_type().is_char_device());
    let run = check(
        "devstdout",
        &s,
        &[
            &"extract",
            &"in",
            &"--format",
            &"json",
            &"-o",
            &"/dev/stdout",
        ],
        Expect {
            code: 0,
            lines: &[],
            good_claims: true,
            outputs: &[],
        },
    );
    assert!(!run.stdout.is_empty());
}

#[test]
fn a_fifo_output_is_written_to() {
    let s = Scratch::new("fifoout");
    let fifo = s.fifo("out.fifo");
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    check(
        "fifoout",
        &s,
        &[&"extract", &"in", &"--format", &"json", &"-o", &fifo],
        Expect {
            code: 0,
            lines: &[],
            good_claims: false,
            outputs: &[],
        },
    );
    let bytes = reader.join().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), 2);
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn regular_output_replaced_whole_keeping_its_mode_and_no_temporary_left() {
    let s = Scratch::new("replace");
    let out = s.file("out/report.json", "old");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    check(
        "replace",
        &s,
        &[&"extract", &"in", &"--format", &"json", &"-o", &out],
        Expect {
            code: 0,
            lines: &[],
            good_claims: false,
            outputs: &["out/report.json"],
        },
    );
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), 2);
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    let names: Vec<String> = std::fs::read_dir(s.path("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["report.json"]);
}

#[test]
fn output_through_a_symlink_writes_its_file() {
    let s = Scratch::new("linkout");
    let real = s.file("reports/real.json", "old");
    std::os::unix::fs::symlink("reports/real.json", s.path("latest.json")).unwrap();
    check(
        "linkout",
        &s,
        &[
            &"extract",
            &"in",
            &"--format",
            &"json",
            &"-o",
            &"latest.json",
        ],
        Expect {
            code: 0,
            lines: &[],
            good_claims: false,
            outputs: &["reports/real.json"],
        },
    );
    assert!(
        std::fs::symlink_metadata(s.path("latest.json"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&real).unwrap()).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), 2);
}
