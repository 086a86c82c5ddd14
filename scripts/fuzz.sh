#!/usr/bin/env bash
# Fuzzes the whole pipeline (ingest → extract → compare → every report) for N minutes on one
# core and keeps what breaks it in fuzz/artifacts/.
#
#   scripts/fuzz.sh [MINUTES]          (default 30)
#
# With cargo-fuzz installed (`cargo install cargo-fuzz`; stable Rust, no sanitizer) it runs the
# libFuzzer target fuzz/fuzz_targets/pipeline.rs from the seeds in fuzz/seeds/, with a 2 s
# timeout and a 2 GiB memory limit per input: crashes, timeouts and out-of-memory inputs are
# kept in fuzz/artifacts/pipeline/. Without it, the stable harness of tests/fuzz_pipeline.rs
# mutates the same seeds for the same time, keeping crash-* and slow-* (over 2 s) inputs in
# fuzz/artifacts/. Either way the last lines say how many inputs ran and how fast. See why a
# kept input fails: CLAIMDIFF_REPLAY=fuzz/artifacts/crash-… cargo test --test fuzz_pipeline
# replay -- --ignored --nocapture
# Move an input worth keeping into fuzz/seeds/ with a name that says what it is: every seed
# runs in `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-30}"
secs=$((minutes * 60))
mkdir -p fuzz/artifacts
if cargo fuzz --version >/dev/null 2>&1; then
    mkdir -p fuzz/corpus/pipeline fuzz/artifacts/pipeline
    # -a: overflow checks and debug assertions stay on, so a wrapped figure is a crash.
    cargo fuzz run pipeline -s none --release -a fuzz/corpus/pipeline fuzz/seeds -- \
        -max_total_time="$secs" -timeout=2 -rss_limit_mb=2048 \
        -artifact_prefix=fuzz/artifacts/pipeline/ -print_final_stats=1
else
    echo "cargo-fuzz not found: running the stable harness (tests/fuzz_pipeline.rs) for ${minutes} min" >&2
    # The test profile (dependencies optimised, overflow checks on): a wrapped figure panics.
    CLAIMDIFF_FUZZ_SECS="$secs" RAYON_NUM_THREADS=1 \
        cargo test --test fuzz_pipeline fuzz_for_a_while -- --ignored --nocapture --test-threads=1
fi
