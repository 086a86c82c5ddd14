#!/usr/bin/env python3
"""A realistic benchmark corpus: N articles made from the project's own articles (fixtures/ and
the development half of the evaluation set, eval/dev; never the blind eval/test), not from
sentence templates, with their figures, names and days
perturbed so that no two articles are the same text.

  scripts/gen_corpus.py OUT_DIR [N] [SEED]     (defaults: 2000 articles, seed 1)

Deterministic: the same N and SEED give the same bytes. Each article is 2-8 KB: a source
article, lengthened with paragraphs of other articles in its language when it is short. About a
fifth are saved HTML pages (with their page chrome); a source in Windows-1252 stays in it.
Figures are scaled by 0.7-1.4 in the article's own digit grouping ("1 300", "1.300", "1,300"),
years and small numbers (up to 31: days, list items) are left alone; capitalised names are
swapped with other names of the same language, consistently within an article. Text inside HTML
tags is never touched. The corpus is generated under target/ by scripts/bench.sh and never
committed.
"""
import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "fixtures", ROOT / "eval" / "dev" / "articles"]
MIN_BYTES, MAX_BYTES = 2048, 8192
HTML_SHARE = 0.2

NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:([ .,'\u202f\u00a0])\d{3})+|\d+)(?![\w])")
NAME = re.compile(r"(?<=[a-zà-ÿ,;:] )([A-ZÀ-Ý][a-zà-ÿ]{3,})\b")
TAG = re.compile(r"(<[^>]*>)")


def read(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252"), "cp1252"


def lang_of(path, text):
    m = re.search(r"^lang:\s*(\w\w)", text, re.M) or re.search(r'<html[^>]*lang="(\w\w)', text)
    if m:
        return m.group(1)
    for part in path.stem.split("-")[:2]:
        if part in ("fr", "en", "de", "es", "it", "pt"):
            return part
    return "xx"


def paragraphs(text, ext):
    """The body's paragraphs as plain text (no front matter, no tags)."""
    if ext == ".html":
        return [re.sub(r"<[^>]+>", "", p).strip() for p in re.findall(r"<p[^>]*>(.*?)</p>", text, re.S)]
    if text.startswith("---\n") and "\n---\n" in text[4:]:
        text = text[text.index("\n---\n", 4) + 5:]
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]


def scaled(match, rng):
    digits, sep = match.group(1), match.group(2)
    value = int(re.sub(r"\D", "", digits))
    if value <= 31 or (1900 <= value <= 2100 and not sep):
        return digits
    value = max(32, round(value * rng.uniform(0.7, 1.4)))
    if not sep:
        return str(value)
    groups = f"{value:,}".split(",")
    return sep.join(groups)


def perturb(text, rng, names):
    swap = {}

    def name(m):
        word = m.group(1)
        if word not in swap:
            swap[word] = rng.choice(names) if names and rng.random() < 0.15 else word
        return swap[word]

    out = []
    for piece in TAG.split(text):
        if piece.startswith("<") and piece.endswith(">"):
            out.append(piece)
            continue
        piece = NUMBER.sub(lambda m: scaled(m, rng), piece)
        out.append(NAME.sub(name, piece))
    return "".join(out)


def lengthen(text, ext, extra):
    if ext == ".html":
        more = "".join(f"\n<p>{p}</p>" for p in extra)
        at = text.rfind("</article>")
        return text[:at] + more + "\n" + text[at:] if at >= 0 else text + more
    return text.rstrip("\n") + "\n\n" + "\n\n".join(extra) + "\n"


def main():
    ap = argparse.ArgumentParser(description="Writes a realistic benchmark corpus of N articles.")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("n", type=int, nargs="?", default=2000)
    ap.add_argument("seed", type=int, nargs="?", default=1)
    args = ap.parse_args()
    out, n, seed = args.out_dir, args.n, args.seed
    files = sorted(p for d in SOURCES for p in d.rglob("*") if p.suffix in (".txt", ".md", ".html"))
    articles = []
    for p in files:
        text, enc = read(p)
        articles.append((p, text, enc, lang_of(p, text)))
    by_lang = {}
    names = {}
    for p, text, _, lang in articles:
        paras = paragraphs(text, p.suffix)
        by_lang.setdefault(lang, []).extend(paras)
        for para in paras:
            names.setdefault(lang, set()).update(NAME.findall(para))
    names = {k: sorted(v) for k, v in names.items()}
    html = [a for a in articles if a[0].suffix == ".html"]
    other = [a for a in articles if a[0].suffix != ".html"]
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        path, text, enc, lang = rng.choice(html if rng.random() < HTML_SHARE else other)
        want = rng.randint(MIN_BYTES, MAX_BYTES)
        pool = by_lang.get(lang, [])
        extra, size = [], len(text.encode())
        while pool and size < want:
            para = rng.choice(pool)
            if size + len(para.encode()) > MAX_BYTES:
                break
            extra.append(para)
            size += len(para.encode()) + 2
        body = perturb(lengthen(text, path.suffix, extra) if extra else text, rng, names.get(lang, []))
        data = body.encode(enc, errors="replace")
        (out / f"{lang}-{i:06}-{path.stem[:24]}{path.suffix}").write_bytes(data)
        total += len(data)
    print(f"{out}: {n} articles, {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
