#!/usr/bin/env bash
# End-to-end throughput of `claimdiff extract` (release build) over generated corpora:
#   articles   1 500 fixture-derived articles, one file each
#   doc5mb     one 5 MB French document with paragraphs
#   line5mb, line10mb, line20mb   article-like prose without a single line break
#   cmp1000, cmp10000   `claimdiff compare` (table, as a user runs it) over the generated corpus
#                       of benches/compare.rs (`cargo bench --bench compare -- --write`)
#   cmp1000j   the same with --format json
# Prints MB/s and claims/s, median of $RUNS runs (default 3), with RAYON_NUM_THREADS=1 and 2.
#
# "cpu s" is the median user+system time: steadier than the wall time on a shared machine;
# "peak MB" the largest resident memory of a run.
#
# Usage: scripts/bench-extract.sh [CASE...]     (default: every extract case, no cmp case)
# The corpus is generated into target/bench-corpus (never committed); set CORPUS to move it,
# BIN=path to time a binary built elsewhere (for example from main, to compare).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BIN:-}" ]; then
    cargo build --release --quiet
fi
export BIN="${BIN:-$PWD/target/release/claimdiff}"
export CORPUS="${CORPUS:-$PWD/target/bench-corpus}"
export RUNS="${RUNS:-3}"

python3 - "$@" <<'EOF'
import os, statistics, subprocess, sys, time
from pathlib import Path

corpus = Path(os.environ["CORPUS"])
runs = int(os.environ["RUNS"])
fixtures = sorted(p for p in Path("fixtures").rglob("*") if p.suffix in (".txt", ".md"))

def body(path):
    """The article text without its front matter."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")  # fixtures include a Windows-1252 article
    if text.startswith("---\n"):
        text = text[text.index("\n---\n", 4) + 5:]
    return text.strip() + "\n"

def articles(dir):
    dir.mkdir(parents=True, exist_ok=True)
    for i in range(1500):
        src = fixtures[i % len(fixtures)]
        stem = src.stem  # <lang>-<outlet>-<yyyy-mm-dd>
        (dir / f"{stem[:-11]}-{i:04}-{stem[-10:]}{src.suffix}").write_bytes(src.read_bytes())

def document(path, size):
    french = [body(p) for p in fixtures if p.name.startswith("fr-")]
    parts, n, i = [], 0, 0
    while n < size:
        parts.append(french[i % len(french)] + "\n")
        n += len(parts[-1].encode())
        i += 1
    path.write_text("".join(parts), encoding="utf-8")

def one_line(path, size):
    # The same prose as tests/cli.rs: a figure every tenth sentence, no line break.
    plain = "Selon le ministère, les soldats sont arrivés dans l'est du pays et M. Kim a parlé. "
    figure = "Environ 1 500 soldats « seraient déjà sur place », a dit un responsable. "
    unit = (plain * 9 + figure).encode()
    path.write_bytes(unit * (size // len(unit) + 1))

def generated(n):
    def make(path):
        subprocess.run(["cargo", "bench", "--quiet", "--bench", "compare", "--", "--only", str(n),
                        "--write", str(path.parent)], check=True, stdout=subprocess.DEVNULL)
    return make

extract = [os.environ["BIN"], "extract", "--format", "json", "--date", "2024-10-23"]
compare = [os.environ["BIN"], "compare", "--color", "never", "--width", "120"]
cases = {
    "articles": (corpus / "articles", articles, extract),
    "doc5mb": (corpus / "doc5mb.txt", lambda p: document(p, 5 << 20), extract),
    "line5mb": (corpus / "line5mb.txt", lambda p: one_line(p, 5 << 20), extract),
    "line10mb": (corpus / "line10mb.txt", lambda p: one_line(p, 10 << 20), extract),
    "line20mb": (corpus / "line20mb.txt", lambda p: one_line(p, 20 << 20), extract),
    "cmp1000": (corpus / "generated" / "1000", generated(1000), compare),
    "cmp1000j": (corpus / "generated" / "1000", generated(1000), compare + ["--format", "json"]),
    "cmp10000": (corpus / "generated" / "10000", generated(10000), compare),
}
wanted = sys.argv[1:] or [c for c in cases if not c.startswith("cmp")]
for name in wanted:
    if name not in cases:
        sys.exit(f"bench-extract: unknown case {name!r} (one of {', '.join(cases)})")

def size_of(path):
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir())
    return path.stat().st_size

def count_claims(path):
    """Claims in the JSON output, counted in its bytes: parsing it would grow this process, and
    a child's peak memory counts the memory of the process it was forked from."""
    out = subprocess.run(extract + [str(path)], check=True, capture_output=True).stdout
    claims = out.split(b'\n  "claims": [', 1)[1]
    return claims.count(b'\n    {')

print(f"{'case':<10} {'MB':>6} {'claims':>7} {'thr':>3} {'median s':>9} {'MB/s':>7} {'claims/s':>9}"
      f" {'cpu s':>6} {'peak MB':>7}")
for name in wanted:
    path, make, cmd = cases[name]
    if not path.exists():
        make(path)
    mb = size_of(path) / 1e6
    claims = count_claims(path)
    for threads in (1, 2):
        env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
        times, cpus, peaks = [], [], []
        for _ in range(runs):
            t = time.perf_counter()
            child = subprocess.Popen(cmd + [str(path)], env=env, stdout=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)
            times.append(time.perf_counter() - t)
            code = os.waitstatus_to_exitcode(status)
            # compare exits 1 when it finds a contradiction: an answer, not a failure.
            if code not in (0, 1) or (cmd is extract and code):
                sys.exit(f"bench-extract: {name}: exit status {code}")
            cpus.append(usage.ru_utime + usage.ru_stime)
            peaks.append(usage.ru_maxrss / 1024)
        s = statistics.median(times)
        cpu = statistics.median(cpus)
        print(f"{name:<10} {mb:6.1f} {claims:7} {threads:3} {s:9.3f} {mb / s:7.1f} {claims / s:9.0f}"
              f" {cpu:6.2f} {max(peaks):7.0f}", flush=True)
EOF
