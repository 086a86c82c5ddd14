//! `claimdiff compare` on the fixtures, read as a fact-checker would: the findings that must be
//! there, and no contradiction that is not one.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

struct Run {
    status: Option<i32>,
    json: Value,
}

impl Run {
    fn of(event: &str) -> Run {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures")
            .join(event);
        let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
            .args(["compare", "--format", "json"])
            .arg(&dir)
            .output()
            .unwrap();
        Run {
            status: out.status.code(),
            json: serde_json::from_slice(&out.stdout).unwrap(),
        }
    }

    fn claims(&self) -> HashMap<&str, &Value> {
        self.json["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["id"].as_str().unwrap(), c))
            .collect()
    }

    fn langs(&self) -> HashMap<&str, &str> {
        self.json["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["id"].as_str().unwrap(), d["lang"].as_str().unwrap()))
            .collect()
    }

    fn groups(&self) -> HashMap<&str, &Value> {
        self.json["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| (g["id"].as_str().unwrap(), g))
            .collect()
    }

    /// Findings of `verdict` as (finding, claim a, claim b).
    fn findings(&self, verdict: &str) -> Vec<(&Value, &Value, &Value)> {
        let claims = self.claims();
        self.json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["verdict"] == verdict)
            .map(|f| {
                (
                    f,
                    claims[f["a"].as_str().unwrap()],
                    claims[f["b"].as_str().unwrap()],
                )
            })
            .collect()
    }
}

fn low(c: &Value) -> Option<u64> {
    c["quantity"]["low"].as_u64()
}

/// One party denies what another asserts.
fn is_denial_against_assertion(a: &Value, b: &Value) -> bool {
    let stances = [a["stance"].as_str().unwrap(), b["stance"].as_str().unwrap()];
    stances.contains(&"denied") && stances.contains(&"asserted")
}

/// One party denies what another asserts or reports with reserve ("reportedly"): a dispute
/// either way.
fn is_denial_against_a_report(a: &Value, b: &Value) -> bool {
    let stances = [a["stance"].as_str().unwrap(), b["stance"].as_str().unwrap()];
    is_denial_against_assertion(a, b)
        || (stances.contains(&"denied") && stances.contains(&"hedged"))
}

#[test]
fn nk_troops_findings() {
    let run = Run::of("nk-troops");
    let groups = run.groups();
    let langs = run.langs();
    assert_eq!(run.status, Some(1), "a contradiction exits 1");

    // The contradiction between sources: 10 000 vs 11 000 in Kursk on 4 Nov.
    let contradictions = run.findings("contradiction");
    let kursk = contradictions.iter().find(|(f, a, b)| {
        let mut values = [low(a), low(b)];
        values.sort();
        values == [Some(10_000), Some(11_000)]
            && a["as_of"] == "2024-11-04"
            && b["as_of"] == "2024-11-04"
            && groups[f["group"].as_str().unwrap()]["subject"]["place"] == "Kursk"
    });
    assert!(kursk.is_some(), "10 000 vs 11 000 in Kursk on 4 Nov");

    // No false contradiction: every other one is a denial against an assertion.
    for (f, a, b) in &contradictions {
        let same_day_kursk = a["as_of"] == "2024-11-04" && b["as_of"] == "2024-11-04";
        assert!(
            same_day_kursk || is_denial_against_a_report(a, b),
            "false contradiction: {}",
            f["reason"]
        );
    }

    // One party denies what another asserts.
    assert!(
        contradictions
            .iter()
            .any(|(_, a, b)| is_denial_against_assertion(a, b)),
        "a denial against an assertion"
    );

    // The story moves: 1 500 (18 Oct) → about 3 000 (23 Oct) → about 10 000 (28 Oct) in Russia,
    // updates, not contradictions.
    let russia = groups
        .values()
        .find(|g| {
            g["kind"] == "count"
                && g["concept"] == "soldiers"
                && g["subject"]["place"] == "Russia"
                && g["scope"] != "planned_total"
                && g.get("timeline").is_some()
        })
        .expect("a timeline for North Korean soldiers in Russia");
    let steps: Vec<(&str, &str)> = russia["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["date"].as_str().unwrap(), s["value"].as_str().unwrap()))
        .collect();
    assert_eq!(
        steps,
        [
            ("2024-10-18", "1 500"),
            ("2024-10-23", "3 000"),
            ("2024-10-28", "≈10 000")
        ],
        "the story as it moves"
    );
    let nis = "National Intelligence Service (South Korea)";
    assert!(
        russia["timeline"][0]["sources"]
            .as_array()
            .unwrap()
            .contains(&Value::from(nis))
    );
    // Told once: the NIS figures that name no country joined this group, no other group
    // retells the same story.
    let retold = groups.values().filter(|g| {
        g["timeline"]
            .as_array()
            .is_some_and(|t| t.len() >= 2 && t[0]["value"] == "1 500" && t[1]["value"] == "3 000")
    });
    assert_eq!(retold.count(), 1, "the 1 500 → 3 000 story in one group");
    let updates = run.findings("update");
    for ((from, from_day), (to, to_day)) in [
        ((1_500, "2024-10-18"), (3_000, "2024-10-23")),
        ((3_000, "2024-10-23"), (10_000, "2024-10-28")),
    ] {
        assert!(
            updates.iter().any(|(f, a, b)| {
                f["group"] == russia["id"]
                    && low(a) == Some(from)
                    && a["as_of"] == from_day
                    && low(b) == Some(to)
                    && b["as_of"] == to_day
            }),
            "update {from} ({from_day}) → {to} ({to_day})"
        );
    }

    // A part is not the plan: 1 500 already sent vs 12 000 planned in total.
    assert!(
        run.findings("different_scope").iter().any(|(_, a, b)| {
            let scopes = [
                a["qualifiers"]["scope"].as_str(),
                b["qualifiers"]["scope"].as_str(),
            ];
            scopes.contains(&Some("planned_total"))
        }),
        "so far vs planned total is a different scope"
    );

    // The same figure in French and English articles.
    assert!(
        run.findings("agreement").iter().any(|(_, a, b)| {
            langs[a["doc"].as_str().unwrap()] != langs[b["doc"].as_str().unwrap()]
        }),
        "an agreement across French and English"
    );

    // Something only one source says.
    assert!(groups.values().any(|g| g["status"] == "single_source"));

    // The Kremlin denies what several independent sources state.
    assert!(groups.values().any(|g| {
        g["status"] == "denied"
            && names(&g["parties"]["denying"]).contains(&"Kremlin")
            && g["parties"]["asserting"].as_array().unwrap().len() >= 3
    }));
    statuses_follow_their_parties(&run);
    jumps_are_marked(&run);
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

/// The status and the count shown beside it come from the same lists: no "single source" with
/// two agreeing sources, no "corroborated" with one.
fn statuses_follow_their_parties(run: &Run) {
    for g in run.json["groups"].as_array().unwrap() {
        let p = &g["parties"];
        let n = |k: &str| p[k].as_array().unwrap().len();
        let status = g["status"].as_str().unwrap();
        let expected = if n("disputing") >= 2 {
            "contested"
        } else if n("denying") > 0 {
            "denied"
        } else if n("asserting") == 0 {
            "hedged_only"
        } else if n("agreeing") >= 2 {
            "corroborated"
        } else {
            "single_source"
        };
        assert_eq!(status, expected, "{}", g["label"]);
        assert_eq!(g["independent_sources"], n("asserting"), "{}", g["label"]);
    }
}

/// The first figure of a timeline value: "≈10 000" → 10000, "10 000–12 000" → 10000.
fn figure(value: &str) -> Option<u64> {
    let digits: String = value
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ' ')
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// A timeline step ten times or more away from every value of the day before is marked.
fn jumps_are_marked(run: &Run) {
    for g in run.json["groups"].as_array().unwrap() {
        let Some(steps) = g["timeline"].as_array() else {
            continue;
        };
        for (k, step) in steps.iter().enumerate() {
            let before: Vec<&Value> = steps[..k]
                .iter()
                .filter(|s| s["date"] != step["date"])
                .collect();
            let Some(last_day) = before.last().map(|s| &s["date"]) else {
                continue;
            };
            let here = figure(step["value"].as_str().unwrap()).unwrap_or(1).max(1);
            let far = before.iter().filter(|s| &s["date"] == last_day).all(|s| {
                let there = figure(s["value"].as_str().unwrap()).unwrap_or(1).max(1);
                here.max(there) >= 12 * here.min(there)
            });
            if far {
                assert!(step.get("jump").is_some(), "{}: {step}", g["label"]);
            }
        }
    }
}

#[test]
fn nk_troops_table_is_compact_and_says_each_denial_once() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/nk-troops");
    let table = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
            .args(["compare", "--color", "never", "--width", "120"])
            .args(extra)
            .arg(&dir)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stdout)
            .unwrap()
            .replace('\u{a0}', " ")
    };
    let short = table(&[]);
    let rows = short.lines().take_while(|l| !l.starts_with('└')).count();
    assert!(rows <= 120, "{rows} table lines:\n{short}");
    let denials: Vec<&str> = short
        .lines()
        .filter(|l| l.contains("Kremlin denies it;"))
        .collect();
    let groups: std::collections::BTreeSet<&str> = denials
        .iter()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert!(!denials.is_empty(), "{short}");
    assert_eq!(denials.len(), groups.len(), "one line per denier and group");
    assert!(short.contains("Short names: "), "a legend for short names");
    assert!(short.contains("NIS = National Intelligence Service (South Korea)"));
    let all = table(&["--all"]);
    assert!(all.lines().count() > short.lines().count());
    assert!(
        !all.contains(" more)") && !all.contains("more sources"),
        "{all}"
    );
}

#[test]
fn pension_protests_contradictions_are_police_against_organisers() {
    let run = Run::of("pension-protests");
    let contradictions = run.findings("contradiction");
    assert!(!contradictions.is_empty());
    assert_eq!(run.status, Some(1));
    statuses_follow_their_parties(&run);
    jumps_are_marked(&run);
    for (f, a, b) in contradictions {
        assert_eq!(a["as_of"], b["as_of"], "{}", f["reason"]);
        assert_ne!(
            a["source"]["canonical"], b["source"]["canonical"],
            "{}",
            f["reason"]
        );
    }
}
