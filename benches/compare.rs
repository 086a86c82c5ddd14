//! End-to-end throughput of claimdiff on a generated corpus: `cargo bench --bench compare`.
//!
//! For N = 100, 1 000 and 10 000 articles (French and English, see `corpus`), prints the median
//! over repeated runs of:
//! - extraction: ingest + extract, in MB/s of article text and claims/s;
//! - comparison of the extracted claims, and of the claims the generator wrote (so that the
//!   comparison is measured even while extraction is partial);
//! - end to end: ingest + extract + compare + the table, CSV and JSON reports, in MB/s;
//! - baselines in the same run: the comparison on 1 thread vs the default pool, and a naive
//!   all-pairs pass over the generated claims (N ≤ 1 000 only: it is quadratic);
//! - the peak resident memory so far (VmHWM).
//!
//! `-- --quick` runs N = 100 and 1 000 only, `-- --only N` one size; `-- --no-naive` skips the
//! all-pairs baseline. Nothing is written to disk, except with `-- --write DIR`, which writes
//! the corpus of each size into `DIR/N/` instead of measuring (for timing the binary on it,
//! `scripts/bench-extract.sh cmp1000`).

mod corpus;

use std::time::{Duration, Instant};

use claimdiff::compare::{compare, grouping::Key};
use claimdiff::report::{self, TableStyle};
use claimdiff::{Claim, Extraction, Options, ingest};
use rayon::prelude::*;

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let naive_baseline = !std::env::args().any(|a| a == "--no-naive");
    let only: Option<usize> = std::env::args()
        .skip_while(|a| a != "--only")
        .nth(1)
        .and_then(|n| n.parse().ok());
    let sizes: Vec<usize> = match (only, quick) {
        (Some(n), _) => vec![n],
        (None, true) => vec![100, 1000],
        (None, false) => vec![100, 1000, 10_000],
    };
    if let Some(dir) = std::env::args().skip_while(|a| a != "--write").nth(1) {
        for &n in &sizes {
            let dir = std::path::Path::new(&dir).join(n.to_string());
            std::fs::create_dir_all(&dir).expect("the corpus folder can be made");
            for a in corpus::corpus(n, seed(n)) {
                std::fs::write(dir.join(&a.name), &a.text).expect("the corpus can be written");
            }
            println!("wrote {n} articles to {}", dir.display());
        }
        return;
    }
    println!(
        "claimdiff bench: {} threads in the default pool",
        rayon::current_num_threads()
    );
    println!(
        "{:>6} {:>8} {:>8} {:>9} {:>10} {:>11} {:>11} {:>11} {:>9} {:>10} {:>9} {:>8}",
        "N",
        "MB",
        "claims",
        "extr MB/s",
        "claims/s",
        "cmp extr",
        "cmp gen",
        "cmp gen 1t",
        "1t/2t",
        "all-pairs",
        "e2e MB/s",
        "VmHWM"
    );
    let mut previous: Option<(usize, Duration)> = None;
    for &n in &sizes {
        let runs = if n >= 10_000 { 3 } else { 5 };
        let articles = corpus::corpus(n, seed(n));
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        let mb = bytes as f64 / 1e6;
        let generated: Vec<Claim> = articles.iter().flat_map(|a| a.claims.clone()).collect();
        let gen_extraction = Extraction {
            documents: Vec::new(),
            claims: generated,
        };

        let mut extraction = Extraction::default();
        let extract_time = median(runs, || {
            extraction = extract(&articles);
        });
        let claims = extraction.claims.len();
        let cmp_extracted = median(runs, || {
            std::hint::black_box(compare(&extraction));
        });
        let cmp_generated = median(runs, || {
            std::hint::black_box(compare(&gen_extraction));
        });
        let one_thread = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("a one-thread pool");
        let cmp_single = median(runs, || {
            one_thread.install(|| std::hint::black_box(compare(&gen_extraction)));
        });
        let naive = (naive_baseline && n <= 1000).then(|| {
            median(runs.min(3), || {
                std::hint::black_box(all_pairs(&gen_extraction.claims));
            })
        });
        let end_to_end = median(runs, || {
            let e = extract(&articles);
            let c = compare(&e);
            let style = TableStyle {
                color: false,
                width: Some(120),
                all: false,
            };
            std::hint::black_box(report::comparison::render(&e, &c, style));
            std::hint::black_box(report::csv::findings(&e, &c));
            std::hint::black_box(report::json::render(&e, Some(&c)));
        });

        let secs = |d: Duration| d.as_secs_f64();
        println!(
            "{:>6} {:>8.2} {:>8} {:>9.1} {:>10.0} {:>11} {:>11} {:>11} {:>9.2} {:>10} {:>9.1} {:>8}",
            n,
            mb,
            claims,
            mb / secs(extract_time),
            claims as f64 / secs(extract_time),
            fmt(cmp_extracted),
            fmt(cmp_generated),
            fmt(cmp_single),
            secs(cmp_single) / secs(cmp_generated),
            naive.map_or("skipped".to_string(), fmt),
            mb / secs(end_to_end),
            peak_memory(),
        );
        if let Some((m, t)) = previous {
            let ratio = secs(cmp_generated) / secs(t);
            let nlogn = (n as f64 * (n as f64).ln()) / (m as f64 * (m as f64).ln());
            println!(
                "       comparison (generated claims) grew ×{ratio:.1} from N={m} to N={n}; \
                 n·log n would be ×{nlogn:.1}, n² ×{:.0}",
                (n as f64 / m as f64).powi(2)
            );
        }
        if let Some(naive) = naive {
            println!(
                "       naive all-pairs pass / blocked comparison: ×{:.1}",
                secs(naive) / secs(cmp_generated)
            );
        }
        previous = Some((n, cmp_generated));
    }
}

/// The corpus seed for `n` articles.
fn seed(n: usize) -> u64 {
    0x5eed_0000 + n as u64
}

/// Ingest and extract every article, in parallel, as the binary does.
fn extract(articles: &[corpus::Article]) -> Extraction {
    let options = Options::default();
    let documents = articles
        .par_iter()
        .map(|a| ingest::from_text(&a.name, &a.text, &options).expect("generated articles read"))
        .collect();
    claimdiff::extract_all(documents, &options)
}

/// The naive baseline: every pair of claims, same-key test then the verdict.
fn all_pairs(claims: &[Claim]) -> usize {
    use claimdiff::compare::verdict::{Side, judge};
    let keys: Vec<Option<Key>> = claims.iter().map(Key::of).collect();
    let mut found = 0;
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            if keys[i].is_some() && keys[i] == keys[j] {
                let (a, b) = (&claims[i], &claims[j]);
                let side_a = Side {
                    claim: a,
                    party: claimdiff::compare::provenance::party(a),
                    unattributed: false,
                    when: a.as_of,
                    superseded: None,
                };
                let side_b = Side {
                    claim: b,
                    party: claimdiff::compare::provenance::party(b),
                    unattributed: false,
                    when: b.as_of,
                    superseded: None,
                };
                found += usize::from(judge(&side_a, &side_b).is_some());
            }
        }
    }
    found
}

/// The median wall time of `runs` calls.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn fmt(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else {
        format!("{ms:.0} ms")
    }
}

/// Peak resident memory of this process so far, from /proc/self/status.
fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or("?".into(), |kb| format!("{} MB", kb / 1024))
}
