//! The work done per article grows linearly with the article: shapes that once multiplied a
//! structure at each sentence (attribution chains tripled by "It said …, it added") are read
//! at doubling sizes, and what the run produced — claims, chain links, JSON bytes — is
//! counted. Counts, never wall time: a busy CI machine must not make these tests flaky.

use claimdiff::{Options, extract_all, ingest, report};

/// What one run over `text` produced: claims, the sum of their chains' lengths, the longest
/// chain, and the size of the extraction's JSON report (comparison judges pairs within a
/// group, up to a cap per group: its growth is its own module's to test).
#[derive(Debug, Clone, Copy)]
struct Work {
    claims: usize,
    links: usize,
    longest: usize,
    json: usize,
}

fn work(name: &str, text: &str) -> Work {
    let options = Options {
        date: "2024-10-28".parse().ok(),
        ..Options::default()
    };
    let doc = ingest::from_text(name, text, &options).expect("a readable article");
    let extraction = extract_all(vec![doc], &options);
    let json = report::json::render(&extraction, None);
    Work {
        claims: extraction.claims.len(),
        links: extraction.claims.iter().map(|c| c.source.chain.len()).sum(),
        longest: extraction
            .claims
            .iter()
            .map(|c| c.source.chain.len())
            .max()
            .unwrap_or(0),
        json: json.len(),
    }
}

/// Runs `shape(n)` for n = 64, 128, 256, 512 (past the sizes where a sentence or a group
/// reaches its cap) and checks that each doubling at most doubles the
/// work (with 15 % slack for the fixed part of a report), and that no chain grows past a few
/// links. Returns the work at the largest size, for the caller's own checks.
fn assert_linear(name: &str, shape: impl Fn(usize) -> String) -> Work {
    let sizes = [64, 128, 256, 512];
    let runs: Vec<Work> = sizes.iter().map(|&n| work(name, &shape(n))).collect();
    for (pair, n) in runs.windows(2).zip(&sizes[1..]) {
        let (small, big) = (pair[0], pair[1]);
        for (what, a, b) in [
            ("claims", small.claims, big.claims),
            ("chain links", small.links, big.links),
            ("JSON bytes", small.json, big.json),
        ] {
            assert!(
                b as f64 <= 2.3 * a as f64 + 16.0,
                "{name}: {what} grew from {a} to {b} when the input doubled to {n} units: {runs:?}"
            );
        }
        assert!(big.longest <= 8, "{name}: a chain of {} links", big.longest);
    }
    runs[runs.len() - 1]
}

/// The shape that aborted a run: every sentence continues the previous report through a
/// pronoun, two or three times over ("It said …, it added").
fn pronoun_chain(n: usize) -> String {
    let mut text = String::from(
        "Published Oct. 28, 2024\n\nThe Pentagon said 1,000 troops were in Kursk, citing intelligence.",
    );
    let shapes = [
        " It said 2,000 soldiers had arrived, it added.",
        " He told reporters that 3,000 soldiers were there, it said.",
        " It added, he told reporters, that 500 troops died, it said.",
    ];
    for i in 0..n {
        text.push_str(shapes[i % 3]);
    }
    text.push('\n');
    text
}

#[test]
fn pronoun_chains_stay_short_and_linear() {
    let big = assert_linear("pronoun-chain.txt", pronoun_chain);
    // 512 sentences and the first one: one figure each.
    assert_eq!(big.claims, 513);
    assert_eq!(
        big.longest, 2,
        "Pentagon → intelligence, whatever the length"
    );
}

#[test]
fn french_inverted_pronouns_stay_short_and_linear() {
    let big = assert_linear("fr.txt", |n| {
        let mut text = String::from(
            "Publié le 28/10/2024\n\nSelon Yonhap, citant les renseignements sud-coréens, 1 500 soldats nord-coréens sont en Russie.",
        );
        for i in 0..n {
            text.push_str(&format!(
                " « Ils seraient {} », a-t-il ajouté, a-t-elle précisé, a-t-il dit.",
                1000 + i
            ));
        }
        text
    });
    assert!(big.longest <= 3, "{big:?}");
}

#[test]
fn many_cues_in_one_sentence_stay_linear() {
    assert_linear("cues.txt", |n| {
        let mut text = String::from("Published Oct. 28, 2024\n\n");
        for i in 0..n {
            text.push_str(&format!(
                "{} troops according to the Pentagon, citing Yonhap, citing NATO, ",
                1000 + i
            ));
        }
        text.push_str("the ministry said.\n");
        text
    });
}

#[test]
fn many_quotations_stay_linear() {
    assert_linear("quotes.txt", |n| {
        let mut text = String::from("Published Oct. 28, 2024\n\n");
        for i in 0..n {
            text.push_str(&format!(
                "“There are {} soldiers in Kursk now,” he said. “They arrived by train,” ",
                2000 + i
            ));
        }
        text.push_str("Kirby said.\n");
        text
    });
}

#[test]
fn one_long_paragraph_of_pronoun_subjects_stays_linear() {
    assert_linear("he.txt", |n| {
        let mut text = String::from(
            "Published Oct. 28, 2024\n\nJohn Kirby said 1,000 soldiers were in Kursk.\n\n",
        );
        for i in 0..n {
            text.push_str(&format!(
                "He said {} soldiers arrived; he told reporters they said it, he added, she said. ",
                100 + i
            ));
        }
        text
    });
}
