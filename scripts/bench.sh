#!/usr/bin/env bash
# Throughput and memory on real-shaped text: `claimdiff extract` and `compare` over the corpus of
# scripts/gen_corpus.py (N articles made from the project's own fixtures and evaluation articles,
# figures, names and days perturbed; about a fifth saved HTML), with 1 and 2 threads.
#
#   scripts/bench.sh [N]                      (default 2000 articles, about 11 MB)
#   BASE=path/to/claimdiff scripts/bench.sh   also the ratio to another build, run in turn
#
# Timing is farm-bench's (whole process, medians of RUNS=5 runs, A and B in turn): each case is
# paired with a `wc -w` pass over the same files (the yardstick of issue 15) and, with BASE, with
# the same command of the other build. Prints one line per case: median wall and CPU seconds,
# MB/s and claims/s on the wall time, peak resident memory, and the paired CPU ratios.
# The corpus goes to target/bench-real/N (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-2000}"
if [ -z "${BIN:-}" ]; then
    cargo build --release --quiet
fi
export BIN="${BIN:-$PWD/target/release/claimdiff}"
export CORPUS="$PWD/target/bench-real/$n"
export RUNS="${RUNS:-5}"
export BASE="${BASE:-}"
[ -d "$CORPUS" ] || python3 scripts/gen_corpus.py "$CORPUS" "$n" >/dev/null
command -v farm-bench >/dev/null || { echo "bench.sh: farm-bench not found" >&2; exit 2; }

python3 - <<'EOF'
import json, os, re, subprocess
from pathlib import Path

corpus, binary, base, runs = os.environ["CORPUS"], os.environ["BIN"], os.environ["BASE"], os.environ["RUNS"]
files = sorted(str(p) for p in Path(corpus).iterdir())
size = sum(os.path.getsize(f) for f in files)
out = subprocess.run([binary, "extract", "--format", "json", corpus], capture_output=True, text=True)
claims = len(json.loads(out.stdout)["claims"])

def farm(cmd, vs, threads):
    a = f"exec env RAYON_NUM_THREADS={threads} {cmd} >/dev/null 2>&1"
    r = subprocess.run(["farm-bench", "-n", runs, "--timeout", "1200", "--vs", vs, "--", "sh", "-c", a],
                       capture_output=True, text=True)
    med = {}
    for line in r.stdout.splitlines():
        m = re.match(r"(A/B cpu|A wall s|A cpu s|A peak MiB)\s+\S+\s+(\S+)", line)
        if m:
            med[m.group(1)] = float(m.group(2))
    return med

wc = f"sh -c 'exec wc -w {corpus}/* >/dev/null'"
print(f"corpus: {len(files)} articles, {size / 1e6:.1f} MB, {claims} claims; medians of {runs} runs")
print(f"{'case':26} {'thr':>3} {'wall s':>7} {'cpu s':>7} {'MB/s':>6} {'claims/s':>9} {'peak MiB':>9} {'cpu/wc':>7}" + (" cpu/base" if base else ""))
for name, args in [("extract --format json", "extract --format json"),
                   ("compare --format json", "compare --format json"),
                   ("compare (table)", "compare --color never")]:
    for threads in (1, 2):
        m = farm(f"{binary} {args} {corpus}", wc, threads)
        line = (f"{name:26} {threads:>3} {m['A wall s']:>7.2f} {m['A cpu s']:>7.2f} {size / 1e6 / m['A wall s']:>6.1f} "
                f"{claims / m['A wall s']:>9.0f} {m['A peak MiB']:>9.0f} {m['A/B cpu']:>7.1f}")
        if base:
            b = farm(f"{binary} {args} {corpus}", f"sh -c 'exec env RAYON_NUM_THREADS={threads} {base} {args} {corpus} >/dev/null 2>&1'", threads)
            line += f" {b['A/B cpu']:>8.2f}"
        print(line, flush=True)
EOF
