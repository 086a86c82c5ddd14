#!/usr/bin/env bash
# End-to-end throughput of `claimdiff extract` (release build) over generated corpora:
#   articles   1 500 fixture-derived articles, one file each
#   doc5mb     one 5 MB French document with paragraphs
#   line5mb, line10mb, line20mb   article-like prose without a single line break
# Prints MB/s and claims/s, median of $RUNS runs (default 3), with RAYON_NUM_THREADS=1 and 2.
#
# "cpu s" is the median user+system time: steadier than the wall time on a shared machine.
#
# Usage: scripts/bench-extract.sh [CASE...]     (default: every case)
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
import json, os, resource, statistics, subprocess, sys, time
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

cases = {
    "articles": (corpus / "articles", articles),
    "doc5mb": (corpus / "doc5mb.txt", lambda p: document(p, 5 << 20)),
    "line5mb": (corpus / "line5mb.txt", lambda p: one_line(p, 5 << 20)),
    "line10mb": (corpus / "line10mb.txt", lambda p: one_line(p, 10 << 20)),
    "line20mb": (corpus / "line20mb.txt", lambda p: one_line(p, 20 << 20)),
}
wanted = sys.argv[1:] or list(cases)
for name in wanted:
    if name not in cases:
        sys.exit(f"bench-extract: unknown case {name!r} (one of {', '.join(cases)})")

def size_of(path):
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir())
    return path.stat().st_size

cmd = [os.environ["BIN"], "extract", "--format", "json", "--date", "2024-10-23"]
print(f"{'case':<10} {'MB':>6} {'claims':>7} {'thr':>3} {'median s':>9} {'MB/s':>7} {'claims/s':>9} {'cpu s':>6}")
for name in wanted:
    path, make = cases[name]
    if not path.exists():
        make(path)
    mb = size_of(path) / 1e6
    out = subprocess.run(cmd + [str(path)], check=True, capture_output=True).stdout
    claims = len(json.loads(out)["claims"])
    for threads in (1, 2):
        env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
        times, cpus = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(cmd + [str(path)], check=True, env=env, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - t)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        s = statistics.median(times)
        cpu = statistics.median(cpus)
        print(f"{name:<10} {mb:6.1f} {claims:7} {threads:3} {s:9.3f} {mb / s:7.1f} {claims / s:9.0f}"
              f" {cpu:6.2f}", flush=True)
EOF
