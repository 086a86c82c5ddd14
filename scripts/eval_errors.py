#!/usr/bin/env python3
"""Every error of claimdiff on one half of the evaluation set, for reading (eval/dev only: eval/test is
measured, never read).

  scripts/eval_errors.py BIN eval/dev [extract|compare|all]

Uses ../shared/eval/score.py's own matching, so what it lists is what the score counts.
"""
import json
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score  # noqa: E402
from claims import run_json, quantity, concept, date_start, source_names, stance, sentence, get  # noqa: E402


def show_q(c):
    if c.get("kind") == "date":
        return f"date {date_start(c)}..{get(c, 'date', 'end')} «{get(c, 'date', 'text')}»"
    lo, hi, ap = quantity(c)
    return (f"[{lo},{hi}]{'~' if ap else ''} «{get(c, 'quantity', 'text')}» {concept(c)!r} "
            f"src={source_names(c)[:2]} {stance(c)} as_of={c.get('as_of')}")


def show_g(g):
    if g["kind"] == "date":
        return f"date {g['value']}..{g.get('value_max')}"
    return (f"[{g['value']},{g['value_max']}]{'~' if g['approx'] else ''} {g['counted']!r} "
            f"src={g['source']!r} {g['stance']} as_of={g.get('as_of')}")


def main():
    bin_path, half = sys.argv[1], sys.argv[2]
    what = sys.argv[3] if len(sys.argv) > 3 else "all"
    gold = json.load(open(os.path.join(half, "gold.json"), encoding="utf-8"))
    for name, words in (gold.get("concepts") or {}).items():
        score.CONCEPTS.setdefault(name, set()).update(score.fold(w) for w in words)
    arts = os.path.join(half, "articles")
    outlets = {d["file"]: d.get("outlet") or "" for d in gold["documents"]}
    if what in ("extract", "all"):
        for doc in gold["documents"]:
            f = doc["file"]
            data, _, _ = run_json(bin_path, ["extract", "--format", "json", os.path.join(arts, f)])
            gcl = [g for g in gold["claims"] if g["file"] == f]
            matched, by_file, used = score.match(gcl, data)
            print(f"\n=== {f}")
            for g in gcl:
                if g["kind"] == "date" and g.get("value") is None:
                    continue
                c = matched.get(g["id"])
                if c is None:
                    print(f"  MISS {g['id']} {show_g(g)}  «{g['evidence']}»")
                    for p in by_file.get(f, []):
                        if p.get("kind") == g["kind"] and score.evidence_in(g, p):
                            print(f"       near: {show_q(p)}")
                    continue
                errs = []
                if g["kind"] == "count" and not score.concept_ok(g["counted"], concept(c)):
                    errs.append("concept")
                if not score.source_ok(g, c, outlets[f]):
                    errs.append("source")
                if stance(c) != g["stance"]:
                    errs.append("stance")
                if errs:
                    print(f"  {'/'.join(errs).upper()} {g['id']} gold {show_g(g)}\n       got {show_q(c)}  «{g['evidence']}»")
            traps = [score.fold(t["text"]) for t in gold.get("traps") or [] if t["file"] == f]
            for p in by_file.get(f, []):
                if id(p) not in used and (p.get("kind") == "count" or date_start(p)) and p.get("kind") in ("count", "date"):
                    raw = score.fold(get(p, "quantity", "text") or get(p, "date", "text") or "")
                    s = sentence(p)
                    trap = any(raw and raw in t and (t in s or (s and s in t)) for t in traps)
                    print(f"  {'FP TRAP' if trap else 'FP'} {show_q(p)}  «{sentence(p)[:110]}»")
    if what in ("compare", "all"):
        events = defaultdict(list)
        for g in gold["claims"]:
            if g["file"] not in events[g["event"]]:
                events[g["event"]].append(g["file"])
        byid = {g["id"]: g for g in gold["claims"]}
        for ev, files in sorted(events.items()):
            data, _, _ = run_json(bin_path, ["compare", "--format", "json"] + [os.path.join(arts, f) for f in files])
            gcl = [g for g in gold["claims"] if g["event"] == ev]
            matched, _, _ = score.match(gcl, data)
            pid = {g: c.get("id") for g, c in matched.items()}
            gid = {v: k for k, v in pid.items()}
            links, reasons = defaultdict(set), {}
            for fnd in data.get("findings") or []:
                links[frozenset((fnd.get("a"), fnd.get("b")))].add(score.fold(fnd.get("verdict")))
                reasons[frozenset((fnd.get("a"), fnd.get("b")))] = fnd.get("reason")
            group_of = {cid: grp["id"] for grp in data.get("groups") or [] for cid in grp.get("claims") or []}
            label_of = {grp["id"]: grp.get("label") for grp in data.get("groups") or []}
            pred = {c.get("id"): c for c in data.get("claims") or []}
            def tool(cid):
                c = pred.get(cid)
                if c is None:
                    return "unmatched"
                q = c.get("qualifiers") or {}
                return (f"[{(c.get('counted') or {}).get('concept')}|{(c.get('counted') or {}).get('text')}] place={q.get('place')} "
                        f"scope={q.get('scope')} as_of={c.get('as_of')} src={(c.get('source') or {}).get('canonical')} "
                        f"group={label_of.get(group_of.get(cid))}")
            print(f"\n=== event {ev}")
            gold_rel = {frozenset((r["a"], r["b"])): r["verdict"] for r in gold["relations"]}
            for r in gold["relations"]:
                if not r["a"].startswith(ev + "-"):
                    continue
                a, b = pid.get(r["a"]), pid.get(r["b"])
                found = links.get(frozenset((a, b)), set()) if a and b else set()
                v = r["verdict"]
                contra = any(x in score.VERDICT["contradict"] for x in found)
                ok = {"contradict": contra, "update": any(x in score.VERDICT["update"] for x in found),
                      "different_scope": not contra,
                      "agree": not contra and (any(x in score.VERDICT["agree"] for x in found) or
                                               (a is not None and group_of.get(a) == group_of.get(b)))}[v]
                if a is None or b is None:
                    ok = False
                if not ok:
                    ga, gb = byid[r["a"]], byid[r["b"]]
                    print(f"  {v.upper()} want, got {sorted(found) or ('unmatched' if not (a and b) else 'nothing')}"
                          f" groups {group_of.get(a)}/{group_of.get(b)}\n     {r['a']} {show_g(ga)} «{ga['evidence']}»"
                          f"\n     {r['b']} {show_g(gb)} «{gb['evidence']}»")
                    if found:
                        print(f"     why: {reasons.get(frozenset((a, b)))}")
                    else:
                        print(f"     tool a: {tool(a)}\n     tool b: {tool(b)}")
            for fnd in data.get("findings") or []:
                if score.fold(fnd.get("verdict")) not in score.VERDICT["contradict"]:
                    continue
                ga, gb = gid.get(fnd.get("a")), gid.get(fnd.get("b"))
                if ga and gb and gold_rel.get(frozenset((ga, gb))) not in (None, "contradict"):
                    print(f"  FALSE CONTRADICTION ({gold_rel.get(frozenset((ga, gb)))}) {ga} / {gb}: {fnd.get('reason')}")


if __name__ == "__main__":
    main()
