#!/usr/bin/env bash
# The blind evaluation set: builds the release binary, merges each half's per-event gold files into its
# gold.json (scripts/eval_gold.py, which checks them first) and scores both halves with
# ../shared/eval/score.py. eval/dev is for reading errors; eval/test is only measured.
#
#   scripts/eval.sh            # both halves
#   scripts/eval.sh dev        # one half
#   BIN=path/to/claimdiff scripts/eval.sh   # another build (no cargo build)
#   OUT=dir scripts/eval.sh    # also write score.py's details as dir/<half>.json
set -euo pipefail
cd "$(dirname "$0")/.."
score=${SCORE:-../shared/eval/score.py}
if [ -z "${BIN:-}" ]; then
  cargo build --release --quiet
  BIN=target/release/claimdiff
fi
halves=("$@")
[ ${#halves[@]} -gt 0 ] || halves=(dev test)
for half in "${halves[@]}"; do
  python3 scripts/eval_gold.py merge "eval/$half" >/dev/null || {
    echo "eval/$half: gold files have problems (scripts/eval_gold.py merge eval/$half)" >&2
    exit 2
  }
  extra=()
  [ -z "${OUT:-}" ] || { mkdir -p "$OUT"; extra=(--out "$OUT/$half.json"); }
  echo "== eval/$half"
  python3 "$score" --bin "$BIN" --gold "eval/$half/gold.json" --articles "eval/$half/articles" "${extra[@]}"
done
