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

fn is_denial_against_assertion(a: &Value, b: &Value) -> bool {
    let stances = [a["stance"].as_str().unwrap(), b["stance"].as_str().unwrap()];
    stances.contains(&"denied") && stances.contains(&"asserted")
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
            same_day_kursk || is_denial_against_assertion(a, b),
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
    let first = &russia["timeline"][0];
    assert_eq!(
        (&first["date"], &first["value"]),
        (&Value::from("2024-10-18"), &Value::from("1 500"))
    );
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
}

#[test]
fn pension_protests_contradictions_are_police_against_organisers() {
    let run = Run::of("pension-protests");
    let contradictions = run.findings("contradiction");
    assert!(!contradictions.is_empty());
    assert_eq!(run.status, Some(1));
    for (f, a, b) in contradictions {
        assert_eq!(a["as_of"], b["as_of"], "{}", f["reason"]);
        assert_ne!(
            a["source"]["canonical"], b["source"]["canonical"],
            "{}",
            f["reason"]
        );
    }
}
