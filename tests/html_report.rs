//! The HTML report (`compare --html FILE`): every group and every finding of the fixtures is on
//! the page, the page needs nothing from the network, and nothing from an article becomes
//! markup.

use std::path::{Path, PathBuf};
use std::process::Command;

fn tmp(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// Runs `claimdiff compare ARGS --html OUT` and returns the page and the JSON of the same run.
fn report(inputs: &[&Path], name: &str) -> (String, serde_json::Value) {
    let page = tmp(name);
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["compare", "--format", "json", "--html"])
        .arg(&page)
        .args(inputs)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = serde_json::from_slice(&out.stdout).unwrap();
    (std::fs::read_to_string(&page).unwrap(), json)
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn every_group_claim_and_finding_of_the_fixtures_is_on_the_page() {
    let (page, json) = report(&[Path::new("fixtures/nk-troops")], "nk.html");
    let groups = json["groups"].as_array().unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert!(groups.len() > 20, "{} groups", groups.len());
    for g in groups {
        let id = g["id"].as_str().unwrap();
        let status = g["status"].as_str().unwrap().replace('_', "-");
        assert!(
            page.contains(&format!("<section class=\"group {status}\" id=\"{id}\">")),
            "group {id} ({status}) missing"
        );
        for c in g["claims"].as_array().unwrap() {
            let row = format!("id=\"claim-{}\"", c.as_str().unwrap());
            assert!(page.contains(&row), "claim {c} of {id} missing");
        }
    }
    assert_eq!(count(&page, "<section class=\"group "), groups.len());
    // And once in the index at the top of the groups, with its status.
    assert_eq!(count(&page, "<li class=\"idx "), groups.len());
    // Every finding once in its group; the contradictions within a group, told apart, once more
    // at the top (those across an inferred match stay in their groups).
    let contradictions = findings
        .iter()
        .filter(|f| f["verdict"] == "contradiction" && f.get("other_group").is_none())
        .count();
    assert!(contradictions > 0);
    let groups_section = &page[page.find("id=\"groups\"").unwrap()..];
    assert_eq!(
        count(groups_section, "<span class=\"verdict "),
        findings.len()
    );
    let top =
        &page[page.find("id=\"contradictions\"").unwrap()..page.find("id=\"groups\"").unwrap()];
    let lines = count(top, "<span class=\"verdict contradiction\"");
    assert!(
        lines > 0 && lines <= contradictions,
        "{lines} lines for {contradictions}"
    );
    let repeated: usize = top
        .split("<span class=\"times\">×")
        .skip(1)
        .map(|s| s[..s.find('<').unwrap()].parse::<usize>().unwrap() - 1)
        .sum();
    assert_eq!(
        lines + repeated,
        contradictions,
        "every contradiction is counted at the top"
    );
    assert!(page.contains(&format!(
        "Contradictions: {contradictions} pairs of claims in "
    )));
    // Contradictions come before the groups.
    assert!(page.find("id=\"contradictions\"").unwrap() < page.find("id=\"groups\"").unwrap());
    // Every article is listed.
    for d in json["documents"].as_array().unwrap() {
        assert!(page.contains(&format!("id=\"doc-{}\"", d["id"].as_str().unwrap())));
    }
}

#[test]
fn the_figure_is_marked_in_its_sentence() {
    let (page, _) = report(&[Path::new("fixtures/nk-troops")], "marks.html");
    // fr-le-veilleur: "… environ 1 500 soldats …" style sentences: the figure alone is marked.
    assert!(count(&page, "<mark>") > 50);
    assert!(page.contains("<mark>1.500</mark>") || page.contains("<mark>1 500</mark>"));
}

#[test]
fn groups_with_several_dates_have_a_chart_with_one_series_per_source() {
    let (page, json) = report(&[Path::new("fixtures/nk-troops")], "charts.html");
    let charts = count(&page, "<figure class=\"chart\">");
    assert!(charts >= 3, "{charts} charts");
    assert_eq!(count(&page, "<svg"), charts);
    // Exactly the groups of figures with more than one date have one.
    let claims: std::collections::HashMap<&str, &serde_json::Value> = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_str().unwrap(), c))
        .collect();
    let mut expected = 0;
    for g in json["groups"].as_array().unwrap() {
        let mut dates: Vec<&str> = g["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|id| claims[id.as_str().unwrap()])
            .filter(|c| {
                let q = &c["quantity"];
                q.is_object() && (!q["low"].is_null() || !q["high"].is_null())
            })
            .filter_map(|c| c["as_of"].as_str())
            .collect();
        dates.sort_unstable();
        dates.dedup();
        let id = g["id"].as_str().unwrap();
        let start = page.find(&format!("id=\"{id}\">")).unwrap();
        let section = &page[start..start + page[start..].find("</section>").unwrap()];
        let wanted = g["kind"] == "count" && dates.len() > 1;
        assert_eq!(
            section.contains("<figure class=\"chart\">"),
            wanted,
            "group {id}: {dates:?}"
        );
        expected += usize::from(wanted);
    }
    assert_eq!(charts, expected);
    // The contested Kursk group: two independent sources, both in the legend, contradictions
    // crossed.
    let contested = json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["status"] == "contested" && g["timeline"].is_array())
        .unwrap();
    let id = contested["id"].as_str().unwrap();
    let start = page.find(&format!("id=\"{id}\"")).unwrap();
    let section = &page[start..start + page[start..].find("</section>").unwrap()];
    assert!(section.contains("<figure class=\"chart\">"));
    for party in contested["parties"]["asserting"].as_array().unwrap() {
        assert!(section.contains(&format!("</span>{}</span>", party.as_str().unwrap())));
    }
    assert!(section.contains("in a contradiction"));
}

#[test]
fn the_page_needs_no_network_and_no_script() {
    let (page, _) = report(&[Path::new("fixtures/nk-troops")], "offline.html");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("<script"));
    assert!(!page.contains("<link"));
    assert!(!page.contains(" src="));
    assert!(!page.contains("url("));
    // The only address is the SVG namespace, which is a name, never fetched.
    let addresses = count(&page, "http://") + count(&page, "https://");
    assert_eq!(
        addresses,
        count(&page, "xmlns=\"http://www.w3.org/2000/svg\"")
    );
    // The status filters work without a script: one checkbox per status, read by CSS.
    for s in [
        "contested",
        "denied",
        "corroborated",
        "single-source",
        "hedged-only",
    ] {
        assert!(page.contains(&format!("id=\"show-{s}\"")));
        assert!(page.contains(&format!("#show-{s}:not(:checked) ~ main .group.{s}")));
    }
}

#[test]
fn nothing_from_an_article_becomes_markup() {
    let dir = tmp("hostile");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "---\ntitle: \"<script>alert('t')</script>\"\noutlet: \"<img src=x onerror=alert(1)>\"\ndate: 2024-10-21\nlang: en\n---\n\
         About 3,000 North Korean soldiers are in Russia <script>alert(1)</script> & more, officials said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.md"),
        "---\noutlet: Plain & Simple\ndate: 2024-10-28\nlang: en\n---\n\
         About 10,000 North Korean soldiers are in Russia, the Pentagon said.\n",
    )
    .unwrap();
    let (page, json) = report(&[dir.as_path()], "hostile.html");
    assert!(!json["claims"].as_array().unwrap().is_empty());
    assert!(
        !page.contains("<script"),
        "an article's <script> became markup"
    );
    assert!(!page.contains("<img"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(page.contains("Plain &amp; Simple"));
    assert!(
        page.contains("&lt;script&gt;alert('t')&lt;/script&gt;"),
        "the title is shown, escaped"
    );
}
