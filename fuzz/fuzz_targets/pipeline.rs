//! cargo-fuzz target: any bytes through ingest → extract → compare → every report, with the
//! checks of `claimdiff::fuzzing` (spans, chain lengths, no control characters, valid JSON).
//! Run with `scripts/fuzz.sh N` (N minutes), or `cargo fuzz run pipeline -s none fuzz/seeds`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    claimdiff::fuzzing::run_input(data);
});
