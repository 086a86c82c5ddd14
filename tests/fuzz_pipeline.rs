//! The fuzz harness's stable half: the hostile seeds of `fuzz/seeds/` (each a regression input:
//! chain blow-ups, terminal sequences, broken encodings, deep HTML…) and mutations of them run
//! through ingest → extract → compare → every report ([`claimdiff::fuzzing`]), which checks
//! spans, chain lengths, reports free of control characters and parseable JSON.
//!
//! In the test suite the property run is bounded (a few dozen cases, well under a minute on
//! CI's two cores). `scripts/fuzz.sh` runs the ignored `fuzz_for_a_while` test for N minutes
//! when cargo-fuzz is not installed, keeping every crashing or slow input in `fuzz/artifacts/`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use claimdiff::fuzzing::run_input;
use proptest::prelude::*;

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds")
}

/// Every seed, sorted by name.
fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(seeds_dir())
        .expect("fuzz/seeds exists")
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// Pieces that hostile inputs are made of, spliced in by the mutations.
const TOKENS: &[&str] = &[
    " It said 2,000 soldiers arrived, it added.",
    " he told reporters,",
    ", a-t-il ajouté.",
    "\u{1b}]52;c;SGVsbG8=\u{7}",
    "\u{1b}[2J",
    "\u{9b}31m",
    "« ",
    " »",
    "“",
    "”",
    "<div>",
    "</p>",
    "---\ndate: 2024-13-45\n---\n",
    " according to the Pentagon, citing Yonhap,",
    " 10,000 ",
    " 1 500 ",
    " selon la police ",
    "\r",
    "\n\n",
    "\u{0}",
    "\u{feff}",
    ". ",
];

/// One edit of an input.
#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Insert(usize, usize),
    Delete(usize, usize),
    Repeat(usize, usize, u8),
    Truncate(usize),
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for edit in edits {
        let len = bytes.len().max(1);
        match *edit {
            Edit::Flip(at, b) => {
                if !bytes.is_empty() {
                    bytes[at % len] ^= b;
                }
            }
            Edit::Insert(at, token) => {
                let at = (at % len).min(bytes.len());
                let token = TOKENS[token % TOKENS.len()].as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
            Edit::Delete(at, n) => {
                let at = (at % len).min(bytes.len());
                let end = (at + n % 64).min(bytes.len());
                bytes.drain(at..end);
            }
            Edit::Repeat(at, n, times) => {
                let at = (at % len).min(bytes.len());
                let end = (at + 1 + n % 80).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                for _ in 0..times % 24 {
                    bytes.splice(end..end, piece.iter().copied());
                }
            }
            Edit::Truncate(at) => bytes.truncate(at % len),
        }
        // A mutated input stays small enough for a bounded run.
        bytes.truncate(256 << 10);
    }
    bytes
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1..=255u8).prop_map(|(a, b)| Edit::Flip(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, t)| Edit::Insert(a, t)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), any::<usize>(), any::<u8>()).prop_map(|(a, n, t)| Edit::Repeat(a, n, t)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

#[test]
fn every_seed_runs_through_the_pipeline() {
    let seeds = seeds();
    assert!(seeds.len() >= 30, "{} seeds", seeds.len());
    for (name, bytes) in &seeds {
        let produced = run_input(bytes);
        if name == "chain-pronouns.txt" {
            // One count per sentence, and the fixed article's count and date.
            assert_eq!(produced.claims, 17 + 2, "{name}: {produced:?}");
        }
        if name.starts_with("esc-") || name == "html-entities.html" {
            assert!(produced.read && produced.claims > 0, "{name}: {produced:?}");
        }
        if name.starts_with("overflow-") {
            // The figure past 2^64 is skipped: only the fixed article's count and date.
            assert_eq!((produced.read, produced.claims), (true, 2), "{name}");
        }
        if name == "nul.txt" || name == "empty.txt" || name == "html-chrome.html" {
            assert!(!produced.read, "{name} should be refused");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_seeds_never_break_the_pipeline(
        seed in any::<prop::sample::Index>(),
        kind in 0..4u8,
        edits in prop::collection::vec(edit(), 1..8),
    ) {
        let seeds = seeds();
        let (_, bytes) = &seeds[seed.index(seeds.len())];
        let mut bytes = apply(bytes.clone(), &edits);
        if let Some(first) = bytes.first_mut() {
            *first = kind;
        }
        run_input(&bytes);
    }
}

/// A small, fast generator: the long run needs no more than this.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn random_edit(rng: &mut XorShift) -> Edit {
    let (a, b, c) = (rng.next() as usize, rng.next() as usize, rng.next() as u8);
    match rng.below(5) {
        0 => Edit::Flip(a, c | 1),
        1 => Edit::Insert(a, b),
        2 => Edit::Delete(a, b),
        3 => Edit::Repeat(a, b, c),
        _ => Edit::Truncate(a),
    }
}

/// The long fuzz run of `scripts/fuzz.sh` when cargo-fuzz is missing: mutates seeds for
/// `CLAIMDIFF_FUZZ_SECS` seconds; an input that panics or takes over 2 s is saved in
/// `fuzz/artifacts/` (`crash-…`, `slow-…`); the input being run is kept in
/// `fuzz/artifacts/current` so that an abort leaves it behind. Prints iterations and inputs/s.
#[test]
#[ignore = "long: run by scripts/fuzz.sh"]
fn fuzz_for_a_while() {
    let secs: u64 = std::env::var("CLAIMDIFF_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let seeds = seeds();
    let mut rng = XorShift(
        std::env::var("CLAIMDIFF_FUZZ_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0x9e37_79b9_7f4a_7c15),
    );
    std::panic::set_hook(Box::new(|_| {}));
    let start = Instant::now();
    let (mut runs, mut crashes, mut slow) = (0u64, 0u64, 0u64);
    let mut slowest = Duration::ZERO;
    while start.elapsed() < Duration::from_secs(secs) {
        let (_, seed) = &seeds[rng.below(seeds.len())];
        let edits: Vec<Edit> = (0..1 + rng.below(8))
            .map(|_| random_edit(&mut rng))
            .collect();
        let mut bytes = apply(seed.clone(), &edits);
        if let Some(first) = bytes.first_mut() {
            *first = rng.below(4) as u8;
        }
        std::fs::write(artifacts.join("current"), &bytes).unwrap();
        let t = Instant::now();
        let ok = std::panic::catch_unwind(|| run_input(&bytes)).is_ok();
        let took = t.elapsed();
        slowest = slowest.max(took);
        runs += 1;
        let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
            (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
        });
        if !ok {
            crashes += 1;
            std::fs::write(artifacts.join(format!("crash-{hash:016x}")), &bytes).unwrap();
        } else if took > Duration::from_secs(2) {
            slow += 1;
            std::fs::write(artifacts.join(format!("slow-{hash:016x}")), &bytes).unwrap();
        }
    }
    let _ = std::fs::remove_file(artifacts.join("current"));
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "fuzz: {runs} inputs in {elapsed:.0} s ({:.1} inputs/s), {crashes} panics, {slow} over 2 s, slowest {:.2} s",
        runs as f64 / elapsed,
        slowest.as_secs_f64()
    );
    assert_eq!(
        (crashes, slow),
        (0, 0),
        "inputs kept in {}",
        artifacts.display()
    );
}

/// Runs the files named in `CLAIMDIFF_REPLAY` (separated by `:`) through the pipeline, to see
/// why a kept input fails: `CLAIMDIFF_REPLAY=fuzz/artifacts/crash-… cargo test --test
/// fuzz_pipeline replay -- --ignored --nocapture`.
#[test]
#[ignore = "replays the inputs named in CLAIMDIFF_REPLAY"]
fn replay() {
    let paths = std::env::var("CLAIMDIFF_REPLAY").unwrap_or_default();
    for path in paths.split(':').filter(|p| !p.is_empty()) {
        let bytes = std::fs::read(path).unwrap();
        println!("{path}: {:?}", run_input(&bytes));
    }
}
