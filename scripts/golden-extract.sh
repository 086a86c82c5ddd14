#!/usr/bin/env bash
# Golden check for behaviour-preserving changes to extraction: `save` writes the JSON output of
# `claimdiff extract` (release build) for every fixture, the user's seed article, a sample of the
# bench corpus and tests/data into DIR; `check` writes them again and diffs against DIR.
#
# Usage: scripts/golden-extract.sh save|check [DIR]   (DIR defaults to /tmp/claimdiff-golden)
# Run scripts/bench-extract.sh once first so that the bench corpus exists. BIN=path checks a
# binary built elsewhere (for example from main, to save the outputs before a merge).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:?usage: golden-extract.sh save|check [DIR]}"
dir="${2:-/tmp/claimdiff-golden}"
corpus="${CORPUS:-$PWD/target/bench-corpus}"
if [ -z "${BIN:-}" ]; then
    cargo build --release --quiet
fi
bin="${BIN:-$PWD/target/release/claimdiff}"

inputs=(fixtures/*/*.txt fixtures/*/*.md fixtures/*/*.html tests/data/*.html)
[ -f /work/shared/seeds/000_cb85311f7cd0bcf8.txt ] && inputs+=(/work/shared/seeds/000_cb85311f7cd0bcf8.txt)
for f in "$corpus"/doc5mb.txt "$corpus"/line5mb.txt; do [ -f "$f" ] && inputs+=("$f"); done

out="$dir"
[ "$mode" = check ] && out="$(mktemp -d)"
mkdir -p "$out"
for f in "${inputs[@]}"; do
    name="$(echo "$f" | tr '/' '_')"
    "$bin" extract --format json --date 2024-10-23 "$f" >"$out/$name.json"
done
"$bin" extract --format json fixtures >"$out/all-fixtures.json"
# compare exits 1 when it finds a contradiction: that is an answer, not a failure.
"$bin" compare --format json fixtures/nk-troops >"$out/compare-nk.json" || [ $? -eq 1 ]
if [ "$mode" = check ]; then
    if diff -rq "$dir" "$out"; then
        echo "golden: ${#inputs[@]} inputs identical"
        rm -rf "$out"
    else
        echo "golden: outputs differ (new outputs kept in $out)" >&2
        exit 1
    fi
else
    echo "golden: saved ${#inputs[@]} inputs to $dir"
fi
