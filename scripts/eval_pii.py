"""Evaluate the PII analyzer on a gold set (``data/pii/eval_*.jsonl``, built by build_pii_eval.py).

Prints per-type precision/recall/F1 (strict: same type and exact character offsets; and lenient:
same type and overlapping), the micro-F1 over the structured types, PERSON F1, and the number of
predicted spans that hit a look-alike (order numbers, versions, hashes, dates, ...).

Usage::

    .venv/bin/python scripts/eval_pii.py data/pii/eval_dev.jsonl -v      # while developing
    .venv/bin/python scripts/eval_pii.py data/pii/eval_heldout.jsonl     # the held-out figures
    .venv/bin/python scripts/eval_pii.py data/pii/eval_heldout.jsonl --no-person
    .venv/bin/python scripts/eval_pii.py data/pii/eval_heldout.jsonl --presidio   # Presidio, same gold
    .venv/bin/python scripts/eval_pii.py data/pii/eval_heldout21.jsonl --gold identifying
    .venv/bin/python scripts/eval_pii.py data/pii/eval_heldout21.jsonl --gold identifying --policy identifying

``--gold identifying`` scores a set whose spans carry ``"identifying": false`` for values of a type that identify
nobody (placeholder addresses, documentation IPs, test cards...): such spans count as look-alikes instead of
gold (see :func:`gold_view`). The default, ``--gold all``, counts every span, as the standard policy does.

``--policy identifying`` runs the detector with ``PiiAnalyzer(policy="identifying")``, which skips values that
identify nobody (docs/pii.md "Session 15").

``--presidio`` scores Presidio's regex recognizers for the six types both have (no API_KEY, no
PERSON) against the same gold, restricted to those six types. Presidio runs in its own interpreter
(``.venv-presidio``, ``make presidio-venv``) through ``bench/presidio_peer.py --spans``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors.pii import PII_ENTITY_TYPES, STRUCTURED_ENTITY_TYPES, PiiAnalyzer, PiiSpan, resolve_overlaps

Gold = tuple[str, int, int]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _match(gold: list[Gold], pred: list[Gold], strict: bool) -> tuple[set[int], set[int]]:
    """Greedy one-to-one matching; returns indices of matched gold and matched predictions."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    for i, (gt, gs, ge) in enumerate(gold):
        for j, (pt, ps, pe) in enumerate(pred):
            if j in used_p or pt != gt:
                continue
            ok = (gs, ge) == (ps, pe) if strict else (ps < ge and gs < pe)
            if ok:
                used_g.add(i)
                used_p.add(j)
                break
    return used_g, used_p


def gold_view(records: list[dict], view: str) -> list[dict]:
    """The records as gold for one labelling policy: ``all`` (every span) or ``identifying``.

    Under ``identifying`` a span marked ``"identifying": false`` becomes a look-alike: kind ``notperson`` for a
    PERSON, ``non_identifying_<TYPE>`` otherwise. Spans without the field count as identifying.

    >>> rec = {"text": "mail a@example.com", "spans": [
    ...     {"type": "EMAIL_ADDRESS", "start": 5, "end": 18, "identifying": False}], "lookalikes": []}
    >>> [len(r["spans"]) for r in gold_view([rec], "all")], gold_view([rec], "identifying")[0]["lookalikes"][0]["kind"]
    ([1], 'non_identifying_EMAIL_ADDRESS')
    """
    if view == "all":
        return records
    if view != "identifying":
        raise ValueError(f"unknown gold view {view!r}; valid: all, identifying")
    out = []
    for rec in records:
        keep = [s for s in rec["spans"] if s.get("identifying", True)]
        moved = [
            {**s, "kind": "notperson" if s["type"] == "PERSON" else f"non_identifying_{s['type']}"}
            for s in rec["spans"]
            if not s.get("identifying", True)
        ]
        out.append({**rec, "spans": keep, "lookalikes": [*rec["lookalikes"], *moved]})
    return out


def evaluate(records: list[dict], preds: list[list[PiiSpan]], verbose: bool) -> dict[str, object]:
    counts: dict[str, dict[str, Counter[str]]] = {
        mode: {t: Counter() for t in PII_ENTITY_TYPES} for mode in ("strict", "lenient")
    }
    lookalike_hits: Counter[str] = Counter()
    lookalike_total: Counter[str] = Counter()
    for rec, spans in zip(records, preds, strict=True):
        gold = [(s["type"], s["start"], s["end"]) for s in rec["spans"]]
        pred = [(s.type, s.start, s.end) for s in spans]
        for mode in ("strict", "lenient"):
            mg, mp = _match(gold, pred, mode == "strict")
            for i, g in enumerate(gold):
                counts[mode][g[0]]["tp" if i in mg else "fn"] += 1
            for j, p in enumerate(pred):
                if j not in mp:
                    counts[mode][p[0]]["fp"] += 1
            if verbose and mode == "strict":
                text = rec["text"]
                for i, g in enumerate(gold):
                    if i not in mg:
                        print(f"  FN {rec['id']} {g[0]:13} {text[g[1] : g[2]]!r}")
                for j, p in enumerate(pred):
                    if j not in mp:
                        print(f"  FP {rec['id']} {p[0]:13} {text[p[1] : p[2]]!r} in {text[:90]!r}")
        for la in rec["lookalikes"]:
            lookalike_total[la["kind"]] += 1
            hit = [p for p in pred if p[1] < la["end"] and la["start"] < p[2]]
            if hit:
                lookalike_hits[la["kind"]] += 1
                if verbose:
                    print(f"  LA {rec['id']} {la['kind']:10} {la['text']!r} -> {[h[0] for h in hit]}")
    return {"counts": counts, "lookalike_hits": lookalike_hits, "lookalike_total": lookalike_total}


def report(result: dict, person: bool) -> str:
    counts = result["counts"]
    lines = [
        "| type | gold | strict P | strict R | strict F1 | lenient F1 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    types = [t for t in PII_ENTITY_TYPES if person or t != "PERSON"]
    for t in types:
        c, cl = counts["strict"][t], counts["lenient"][t]
        if not (c["tp"] or c["fn"] or c["fp"]):
            continue
        p, r, f = _prf(c["tp"], c["fp"], c["fn"])
        fl = _prf(cl["tp"], cl["fp"], cl["fn"])[2]
        lines.append(f"| {t} | {c['tp'] + c['fn']} | {p:.3f} | {r:.3f} | {f:.3f} | {fl:.3f} |")
    for mode in ("strict", "lenient"):
        tot: Counter[str] = Counter()
        for t in STRUCTURED_ENTITY_TYPES:
            tot.update(counts[mode][t])
        p, r, f = _prf(tot["tp"], tot["fp"], tot["fn"])
        lines.append(f"| **structured micro ({mode})** | {tot['tp'] + tot['fn']} | {p:.3f} | {r:.3f} | **{f:.3f}** | |")
    hits, total = result["lookalike_hits"], result["lookalike_total"]
    structured_kinds = [k for k in total if k != "notperson"]
    n_hit = sum(hits[k] for k in structured_kinds)
    n_all = sum(total[k] for k in structured_kinds)
    lines.append("")
    lines.append(f"Look-alikes flagged: {n_hit} of {n_all}" + (f" ({dict(hits)})" if hits else ""))
    if total["notperson"]:
        lines.append(f"Not-a-person capitalised words flagged: {hits['notperson']} of {total['notperson']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path)
    ap.add_argument("--no-person", action="store_true", help="structured types only (no spaCy)")
    ap.add_argument("--no-tech-terms", action="store_true", help="ablation: keep lone technology names")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss and false positive")
    ap.add_argument("--presidio", action="store_true", help="evaluate Presidio (regex-only) instead")
    ap.add_argument("--person-model", choices=["tagger", "spacy"], default="tagger", help="model behind PERSON rules")
    ap.add_argument(
        "--gold", choices=["all", "identifying"], default="all", help="labelling policy of the gold (see gold_view)"
    )
    ap.add_argument(
        "--policy", choices=["standard", "identifying"], default="standard", help="detector's PII policy (docs/pii.md)"
    )
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    records = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line]
    records = gold_view(records, args.gold)
    texts = [r["text"] for r in records]
    t0 = time.perf_counter()
    if args.presidio:
        preds = _presidio_predictions(texts)
        for r in records:
            r["spans"] = [s for s in r["spans"] if s["type"] in _PRESIDIO_TYPES]
    else:
        analyzer = PiiAnalyzer(person=not args.no_person, person_model=args.person_model, policy=args.policy)
        if args.no_tech_terms and analyzer.person is not None:
            analyzer.person.tech_terms = frozenset()
        preds = analyzer.analyze_batch(texts)
    elapsed = time.perf_counter() - t0
    result = evaluate(records, preds, args.verbose)
    who = (
        "Presidio regex-only (6 shared types)"
        if args.presidio
        else f"driftline (PERSON: {args.person_model}, policy: {args.policy})"
    )
    print(f"{args.path} - {who} - {len(records)} texts, analysed in {elapsed:.2f} s\n")
    print(report(result, person=not (args.no_person or args.presidio)))
    return 0


_PRESIDIO_TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS")


def _presidio_predictions(texts: list[str]) -> list[list[PiiSpan]]:
    """Presidio's own recognizers for the shared types: ``bench/presidio_peer.py --spans`` run by the interpreter
    that has presidio-analyzer (``.venv-presidio``, ``make presidio-venv``; as ``bench/bench_pii.py`` does)."""
    bench = Path(__file__).resolve().parent.parent / "bench"
    sys.path.insert(0, str(bench))
    from bench_pii import presidio_python

    python = presidio_python(None)
    if python is None:
        raise SystemExit("presidio-analyzer is not installed: make presidio-venv")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "texts.json"
        path.write_text(json.dumps(texts), encoding="utf-8")
        run = subprocess.run(
            [python, str(bench / "presidio_peer.py"), str(path), "--spans"], check=True, capture_output=True, text=True
        )
    out = []
    for results in json.loads(run.stdout):
        spans = [PiiSpan(kind, start, end, score, "presidio") for kind, start, end, score in results]
        out.append(resolve_overlaps([s for s in spans if s.type in _PRESIDIO_TYPES]))
    return out


if __name__ == "__main__":
    sys.exit(main())
