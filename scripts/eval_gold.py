#!/usr/bin/env python3
"""Check and merge the blind evaluation set's gold files (format: ../shared/eval/GOLD.md).

Each event of a half has its own file, eval/<half>/gold/<EVENT>.json, written by the helper who wrote the
event's articles (eval/<half>/articles/). This script checks them and merges them into eval/<half>/gold.json,
which ../shared/eval/score.py reads.

  scripts/eval_gold.py check eval/dev/gold/A.json   # one event's file against its articles
  scripts/eval_gold.py merge eval/dev               # check every event of a half and write its gold.json
"""
import html
import json
import os
import re
import sys
import unicodedata

KINDS = {"count", "date"}
STANCES = {"asserted", "hedged", "denied", "not_confirmed"}
VERDICTS = {"agree", "contradict", "update", "different_scope"}


def fold(s):
    s = unicodedata.normalize("NFD", str(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def article_text(path, encoding, fmt):
    raw = open(path, "rb").read()
    text = raw.decode(encoding or "utf-8")
    if fmt == "html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
    return raw, html.unescape(text)


def check(gold, articles):
    problems = []
    docs = {d["file"]: d for d in gold.get("documents", [])}
    texts = {}
    for f, d in docs.items():
        p = os.path.join(articles, f)
        if not os.path.isfile(p):
            problems.append(f"{f}: no such article in {articles}")
            continue
        for key in ("lang", "format", "encoding"):
            if key not in d:
                problems.append(f"{f}: document has no '{key}'")
        try:
            texts[f] = article_text(p, d.get("encoding"), d.get("format"))
        except (UnicodeDecodeError, LookupError) as e:
            problems.append(f"{f}: cannot decode as {d.get('encoding')}: {e}")
    ids = set()
    for c in gold.get("claims", []):
        cid = c.get("id", "?")
        if cid in ids:
            problems.append(f"{cid}: duplicate id")
        ids.add(cid)
        if not cid.startswith(str(c.get("event")) + "-"):
            problems.append(f"{cid}: id does not start with its event '{c.get('event')}-'")
        if c.get("kind") not in KINDS:
            problems.append(f"{cid}: kind {c.get('kind')!r}")
        if c.get("file") not in docs:
            problems.append(f"{cid}: file {c.get('file')!r} is not a document")
            continue
        if c.get("stance") not in STANCES:
            problems.append(f"{cid}: stance {c.get('stance')!r} (score.py reads it for dates too)")
        if c.get("kind") == "count":
            if not c.get("counted"):
                problems.append(f"{cid}: no 'counted'")
            if c.get("value") is None and c.get("value_max") is None:
                problems.append(f"{cid}: neither value nor value_max")
        ev = c.get("evidence") or ""
        n = len(ev.split())
        if n < 3 or n > 16:
            problems.append(f"{cid}: evidence has {n} words (5 to 12 wanted)")
        if c.get("file") in texts and fold(ev) not in fold(texts[c["file"]][1]):
            problems.append(f"{cid}: evidence not found verbatim in {c['file']}: {ev!r}")
    for r in gold.get("relations", []):
        for k in ("a", "b"):
            if r.get(k) not in ids:
                problems.append(f"relation {r}: unknown claim {r.get(k)!r}")
        if r.get("verdict") not in VERDICTS:
            problems.append(f"relation {r}: verdict {r.get('verdict')!r}")
    for u in gold.get("unconfirmed", []):
        if u not in ids:
            problems.append(f"unconfirmed: unknown claim {u!r}")
    for t in gold.get("traps", []):
        if t.get("file") not in texts:
            problems.append(f"trap {t}: unknown file")
        elif t["text"].encode(docs[t["file"]].get("encoding") or "utf-8") not in texts[t["file"]][0]:
            problems.append(f"trap {t['text']!r}: not in the raw file {t['file']}")
    return problems


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("check", "merge"):
        sys.exit(__doc__)
    if sys.argv[1] == "check":
        path = sys.argv[2]
        articles = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), "articles")
        problems = check(json.load(open(path, encoding="utf-8")), articles)
        print("\n".join(problems) or "ok")
        sys.exit(1 if problems else 0)
    half = sys.argv[2]
    merged = {"documents": [], "claims": [], "relations": [], "unconfirmed": [], "traps": [], "concepts": {}}
    bad = False
    gold_dir = os.path.join(half, "gold")
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        part = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        problems = check(part, os.path.join(half, "articles"))
        for p in problems:
            print(f"{name}: {p}")
        bad |= bool(problems)
        for key in ("documents", "claims", "relations", "unconfirmed", "traps"):
            merged[key] += part.get(key, [])
        for concept, words in (part.get("concepts") or {}).items():
            merged["concepts"].setdefault(concept, [])
            merged["concepts"][concept] += [w for w in words if w not in merged["concepts"][concept]]
    with open(os.path.join(half, "gold.json"), "w", encoding="utf-8") as out:
        json.dump(merged, out, ensure_ascii=False, indent=1)
        out.write("\n")
    print(f"{half}: {len(merged['documents'])} articles, {len(merged['claims'])} claims, "
          f"{len(merged['relations'])} relations")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
