//! The command line as a shell user meets it: completions, the man page, `--help` with examples
//! and exit statuses, `--quiet`, `--only`, colour rules, `--width` limits, a progress bar that
//! never reaches a pipe, the CSV's numeric columns and BOM, the JSON's `errors` and its schema.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");
const FIXTURES: &str = "fixtures/nk-troops";

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env("TERM", "xterm-256color");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn tmp(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn completions_for_every_shell() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef claimdiff"),
        ("fish", "complete -c claimdiff"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let o = run(&["completions", shell], &[]);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let script = stdout(&o);
        assert!(script.contains(marker), "{shell} script lacks {marker}");
        assert!(script.contains("--html"), "{shell} completes --html");
    }
    assert_eq!(run(&["completions", "tcsh"], &[]).status.code(), Some(2));
}

#[test]
fn bash_completion_loads_in_bash() {
    if Command::new("bash").arg("--version").output().is_err() {
        println!("note: bash not found: skipped");
        return;
    }
    let script = tmp("claimdiff.bash");
    std::fs::write(&script, run(&["completions", "bash"], &[]).stdout).unwrap();
    let o = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source {} && complete -p claimdiff",
            script.display()
        ))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("claimdiff"));
}

#[test]
fn man_page_renders() {
    let o = run(&["man"], &[]);
    assert_eq!(o.status.code(), Some(0));
    let roff = stdout(&o);
    assert!(
        roff.starts_with(".ie") || roff.contains(".TH claimdiff"),
        "{roff}"
    );
    assert!(roff.contains("compare"));
    if Command::new("man").arg("--version").output().is_err() {
        println!("note: man not found: the rendering check is skipped");
        return;
    }
    let page = tmp("claimdiff.1");
    std::fs::write(&page, &o.stdout).unwrap();
    let shown = Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
        .unwrap();
    assert!(shown.status.success(), "{}", stderr(&shown));
    let text = String::from_utf8_lossy(&shown.stdout);
    assert!(text.contains("NAME"), "{text}");
    assert!(text.contains("claimdiff"), "{text}");
    assert!(text.contains("Exit status"), "{text}");
    // A subcommand's page lists its options.
    let o = run(&["man", "compare"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let roff = stdout(&o);
    for option in ["html", "only", "quiet", "csv\\-bom", "width"] {
        assert!(
            roff.contains(option),
            "{option} missing from claimdiff-compare(1)"
        );
    }
    assert_eq!(run(&["man", "nothing"], &[]).status.code(), Some(2));
}

#[test]
fn help_shows_examples_and_exit_statuses() {
    for args in [&["--help"][..], &["compare", "--help"][..]] {
        let o = run(args, &[]);
        assert_eq!(o.status.code(), Some(0));
        let help = stdout(&o);
        assert!(help.contains("Examples:"), "{help}");
        assert!(help.contains("claimdiff compare fixtures/nk-troops --html"));
        assert!(help.contains("1  at least one contradiction found"));
        assert!(help.contains("2  a usage or input error"));
    }
}

#[test]
fn quiet_prints_nothing_and_says_it_by_the_exit_status() {
    let o = run(&["compare", "-q", FIXTURES], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    let calm = tmp("calm.md");
    std::fs::write(
        &calm,
        "---\ndate: 2024-10-28\nlang: en\n---\nAbout 10,000 North Korean soldiers are in Russia, the Pentagon said.\n",
    )
    .unwrap();
    let o = run(&["compare", "--quiet", calm.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    // Asked-for files are still written.
    let csv = tmp("quiet.csv");
    let o = run(
        &["compare", "-q", FIXTURES, "--csv", csv.to_str().unwrap()],
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        std::fs::read_to_string(&csv)
            .unwrap()
            .starts_with("finding,")
    );
}

fn json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["compare", "--format", "json"];
    all.extend(args);
    all.push(FIXTURES);
    serde_json::from_slice(&run(&all, &[]).stdout).unwrap()
}

#[test]
fn only_keeps_the_groups_asked_for() {
    let everything = json(&[]);
    let contradictions = json(&["--only", "contradictions"]);
    let groups = contradictions["groups"].as_array().unwrap();
    assert!(!groups.is_empty());
    assert!(groups.len() < everything["groups"].as_array().unwrap().len());
    let findings = contradictions["findings"].as_array().unwrap();
    assert!(findings.iter().all(|f| f["verdict"] == "contradiction"));
    let all_contradictions = everything["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] == "contradiction")
        .count();
    assert_eq!(findings.len(), all_contradictions);

    let disputed = json(&["--only", "disputed"]);
    for g in disputed["groups"].as_array().unwrap() {
        assert!(g["status"] == "contested" || g["status"] == "denied", "{g}");
    }
    let unconfirmed = json(&["--only", "unconfirmed"]);
    let groups = unconfirmed["groups"].as_array().unwrap();
    assert!(!groups.is_empty());
    for g in groups {
        assert!(
            g["status"] == "single_source" || g["status"] == "hedged_only",
            "{g}"
        );
    }
    // The table too, and the exit status still counts every contradiction.
    let o = run(
        &[
            "compare",
            "--only",
            "unconfirmed",
            "--width",
            "120",
            FIXTURES,
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    let table = stdout(&o);
    assert!(table.contains("┆ single source"), "{table}");
    assert!(!table.contains("┆ contested"), "{table}");
    assert!(!table.contains("┆ corroborated"), "{table}");
    assert_eq!(
        run(&["compare", "--only", "everything", FIXTURES], &[])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn colour_follows_the_ecosystem_rules() {
    let esc = |env: &[(&str, &str)], extra: &[&str]| {
        let mut args = vec!["compare", "--width", "120"];
        args.extend(extra);
        args.push(FIXTURES);
        stdout(&run(&args, env)).contains('\x1b')
    };
    assert!(!esc(&[], &[]), "a pipe gets no colour");
    assert!(
        esc(&[("CLICOLOR_FORCE", "1")], &[]),
        "CLICOLOR_FORCE forces it"
    );
    assert!(
        !esc(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], &[]),
        "NO_COLOR wins"
    );
    assert!(
        esc(&[("NO_COLOR", "1")], &["--color", "always"]),
        "--color always wins"
    );
    assert!(!esc(&[("CLICOLOR_FORCE", "1")], &["--color", "never"]));
}

#[test]
fn width_below_a_usable_minimum_is_refused() {
    let o = run(&["compare", "--width", "20", FIXTURES], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--width"), "{}", stderr(&o));
    assert!(stderr(&o).contains("60"), "{}", stderr(&o));
    assert_eq!(
        run(&["compare", "-q", "--width", "60", FIXTURES], &[])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let o = run(&["compare", FIXTURES], &[]);
    let err = stderr(&o);
    assert!(!err.contains("articles ("), "{err}");
    assert!(!err.contains('\r'), "{err}");
}

#[test]
fn csv_has_numeric_bounds_and_one_stance_spelling() {
    let o = run(&["compare", "--format", "csv", FIXTURES], &[]);
    let text = stdout(&o);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(at("low_a"), at("value_a") + 1);
    assert_eq!(at("high_a"), at("value_a") + 2);
    assert_eq!(at("low_b"), at("value_b") + 1);
    let mut checked = 0;
    let mut findings = std::collections::BTreeSet::new();
    for row in reader.records() {
        let row = row.unwrap();
        findings.insert(row[0].to_string());
        assert!(
            ["asserted", "hedged", "denied", "not_confirmed"].contains(&&row[at("stance_a")]),
            "{row:?}"
        );
        if &row[at("value_a")] == "11 000" {
            assert_eq!(&row[at("low_a")], "11000");
            assert_eq!(&row[at("high_a")], "11000");
            checked += 1;
        }
        if let (Ok(low), Ok(high)) = (
            row[at("low_b")].parse::<u64>(),
            row[at("high_b")].parse::<u64>(),
        ) {
            assert!(low <= high);
        }
    }
    assert!(checked > 0);
    // Every finding value is one the README lists.
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for f in &findings {
        assert!(
            readme.contains(&format!("`{f}`")),
            "README does not list finding `{f}`"
        );
    }
    let extract = stdout(&run(&["extract", "--format", "csv", FIXTURES], &[]));
    assert!(!extract.contains(",Asserted,"));
    assert!(extract.contains(",asserted,"));
}

#[test]
fn csv_bom_starts_the_file_and_the_stdout() {
    let path = tmp("bom.csv");
    run(
        &[
            "compare",
            "-q",
            FIXTURES,
            "--csv",
            path.to_str().unwrap(),
            "--csv-bom",
        ],
        &[],
    );
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\xef\xbb\xbffinding,"));
    let o = run(&["compare", "--format", "csv", "--csv-bom", FIXTURES], &[]);
    assert!(o.stdout.starts_with(b"\xef\xbb\xbffinding,"));
    let o = run(&["compare", "--format", "csv", FIXTURES], &[]);
    assert!(o.stdout.starts_with(b"finding,"));
}

#[test]
fn json_lists_skipped_inputs() {
    let bin = tmp("scan.bin");
    std::fs::write(&bin, b"\x00\x01binary\x00").unwrap();
    let good = "fixtures/nk-troops/fr-le-veilleur-2024-10-18.md";
    let o = run(
        &["extract", "--format", "json", good, bin.to_str().unwrap()],
        &[],
    );
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["file"], bin.to_str().unwrap());
    assert!(
        errors[0]["reason"].as_str().unwrap().contains("binary"),
        "{errors:?}"
    );
    let o = run(&["extract", "--format", "json", good], &[]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["errors"], serde_json::json!([]));
    // An empty file is skipped too, and listed; like any input error it makes the status 2
    // (issue 13: the README's promise for empty files).
    let empty = tmp("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let o = run(
        &["extract", "--format", "json", good, empty.to_str().unwrap()],
        &[],
    );
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["errors"][0]["file"], empty.to_str().unwrap());
    assert!(
        v["errors"][0]["reason"].as_str().unwrap().contains("empty"),
        "{v}"
    );
}

#[test]
fn json_output_validates_against_the_schema() {
    let o = run(&["schema"], &[]);
    assert_eq!(o.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for args in [
        &["compare", "--format", "json", FIXTURES][..],
        &["extract", "--format", "json", FIXTURES][..],
        &["compare", "--format", "json", "fixtures/pension-protests"][..],
    ] {
        let out: serde_json::Value = serde_json::from_slice(&run(args, &[]).stdout).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&out)
            .take(5)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
    }
    // The schema is strict: an unknown field is refused.
    let mut out = json(&[]);
    out["claims"][0]["surprise"] = serde_json::json!(1);
    assert!(!validator.is_valid(&out));
}

#[test]
fn markdown_and_front_matter_read_by_crates() {
    let dir = tmp("ingest");
    std::fs::create_dir_all(&dir).unwrap();
    let toml = dir.join("la-vigie-2024-10-23.md");
    std::fs::write(
        &toml,
        "+++\ntitle = \"Essai\"\noutlet = \"La Vigie\"\nlang = \"fr\"\n+++\n\
         Selon Séoul, plus de <b>3 000</b> soldats[^1] nord-coréens sont en Russie.\n\n[^1]: Source : NIS.\n",
    )
    .unwrap();
    let yaml = dir.join("le-test.md");
    std::fs::write(
        &yaml,
        "---\nOutlet: [Le Test]\nDate: 28/10/2024\nlang: fr\n---\nEnviron 10 000 soldats nord-coréens sont en Russie.\n",
    )
    .unwrap();
    let bad = dir.join("bad-date.md");
    std::fs::write(
        &bad,
        "---\nlang: fr\ndate: 32/13/2024\n---\nUn texte sans date.\n",
    )
    .unwrap();
    let o = run(
        &[
            "extract",
            "--format",
            "json",
            toml.to_str().unwrap(),
            yaml.to_str().unwrap(),
            bad.to_str().unwrap(),
        ],
        &[],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let doc = |id: &str| {
        v["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == id)
            .unwrap()
            .clone()
    };
    let vigie = doc("la-vigie-2024-10-23");
    assert_eq!(vigie["outlet"], "La Vigie");
    assert_eq!(vigie["title"], "Essai");
    assert_eq!(vigie["published"], "2024-10-23");
    assert_eq!(vigie["published_from"], "file_name");
    let test = doc("le-test");
    assert_eq!(test["outlet"], "Le Test");
    assert_eq!(test["published"], "2024-10-28");
    assert_eq!(test["published_from"], "front_matter");
    assert!(
        stderr(&o).contains("front matter date '32/13/2024' is not a date"),
        "{}",
        stderr(&o)
    );
    let counts: Vec<(&str, u64)> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "count")
        .map(|c| {
            (
                c["doc"].as_str().unwrap(),
                c["quantity"]["low"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert!(
        counts.contains(&("la-vigie-2024-10-23", 3000)),
        "{counts:?}"
    );
    assert!(!counts.contains(&("la-vigie-2024-10-23", 1)), "{counts:?}");
    // The TOML block is front matter, not article text, and spans point into the file.
    let source = std::fs::read_to_string(&toml).unwrap();
    for c in v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["doc"] == "la-vigie-2024-10-23")
    {
        let [s, e] = [
            c["span"][0].as_u64().unwrap() as usize,
            c["span"][1].as_u64().unwrap() as usize,
        ];
        assert!(s > source.find("+++\nSelon").unwrap(), "{c}");
        if c["kind"] == "count" {
            assert_eq!(&source[s..e], "plus de <b>3 000", "{c}");
        }
    }
}

#[test]
fn on_a_terminal_colour_unless_term_is_dumb() {
    // `script` gives the binary a pseudo-terminal (util-linux); skipped where it is missing.
    if Command::new("script").arg("--version").output().is_err() {
        println!("note: script not found: the terminal colour check is skipped");
        return;
    }
    let coloured = |term: &str, no_color: bool| {
        let mut cmd = Command::new("script");
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
            .arg("-qec")
            .arg(format!("{BIN} compare --width 100 {FIXTURES}"))
            .arg("/dev/null")
            .env("TERM", term)
            // On CI, anstream colours a terminal whatever TERM says (CI logs render colour).
            .env_remove("CI")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("CLICOLOR")
            .env_remove("NO_COLOR");
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let o = cmd.output().unwrap();
        // A colour is a select-graphic-rendition sequence ("ESC [ 1 ; 31 m"); a slow run's
        // progress line clears itself with other sequences ("ESC [ 2 K"), which are not colour.
        let out = String::from_utf8_lossy(&o.stdout);
        out.split("\x1b[").skip(1).any(|rest| {
            let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ';'));
            end.is_some_and(|e| rest[e..].starts_with('m'))
        })
    };
    assert!(coloured("xterm-256color", false), "a terminal gets colour");
    assert!(!coloured("dumb", false), "TERM=dumb gets none");
    assert!(!coloured("xterm-256color", true), "NO_COLOR gets none");
}

#[test]
fn on_a_terminal_a_long_run_shows_progress_and_clears_it() {
    if Command::new("script").arg("--version").output().is_err() {
        println!("note: script not found: the terminal progress check is skipped");
        return;
    }
    // stdin held open for a second and a half: the run is long, the spinner must show.
    let screen = |quiet: &str| {
        let o = Command::new("script")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .arg("-qec")
            .arg(format!(
                "(sleep 1.5; cat fixtures/nk-troops/fr-le-phare-2024-10-28.txt) | {BIN} extract {quiet} - > /dev/null"
            ))
            .arg("/dev/null")
            .env("TERM", "xterm-256color")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let shown = screen("");
    assert!(shown.contains("claimdiff: reading files"), "{shown:?}");
    assert!(!screen("--quiet").contains("reading files"));
}
