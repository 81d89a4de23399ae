"""A/B of the PERSON recognizer against a baseline copy of ``detectors/pii/person.py``.

Per PII eval set: PERSON F1 (strict, lenient) and the share of texts and sentences that reach spaCy
NER, for the baseline and the current code; on the benchmark workload (:mod:`workload`): the same
shares, whether the PERSON spans differ, and PII ``analyze_batch`` CPU seconds per 1,000 events
(batches of 2,000 events, alternating baseline/current, median of ``--runs``).

    git show d325f81:detectors/pii/person.py > /tmp/person_base.py
    .venv/bin/python bench/ab_person_gate.py /tmp/person_base.py data/pii/eval_dev.jsonl data/pii/eval_heldout*.jsonl
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from eval_pii import _prf, evaluate
from workload import build_events

import detectors.pii.person as current
from detectors.pii import PiiAnalyzer


def _shares(rec: Any, texts: list[str]) -> tuple[float, float]:
    sentences = [(t, s, e) for t in texts for s, e in current._sentences(t)]
    n_sent = sum(rec._needs_ner(t[s:e]) for t, s, e in sentences)
    n_text = sum(any(rec._needs_ner(t[s:e]) for s, e in current._sentences(t)) for t in texts)
    return n_text / max(1, len(texts)), n_sent / max(1, len(sentences))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("baseline", help="a copy of detectors/pii/person.py to compare with")
    parser.add_argument("sets", nargs="*", help="PII eval sets (jsonl)")
    parser.add_argument("--events", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location("person_baseline", args.baseline)
    assert spec is not None and spec.loader is not None
    baseline = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(baseline)
    analyzer = PiiAnalyzer(person_model="spacy")  # the NER gate is what is compared
    assert analyzer.person is not None
    recs = {"baseline": baseline.PersonRecognizer(nlp=analyzer.person.nlp), "current": analyzer.person}
    for path in args.sets:
        records = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
        texts = [r["text"] for r in records]
        for name, rec in recs.items():
            analyzer.person = rec
            counts = evaluate(records, analyzer.analyze_batch(texts), False)["counts"]
            strict, lenient = counts["strict"]["PERSON"], counts["lenient"]["PERSON"]
            f1 = _prf(strict["tp"], strict["fp"], strict["fn"])[2]
            f1_lenient = _prf(lenient["tp"], lenient["fp"], lenient["fn"])[2]
            share_t, share_s = _shares(rec, texts)
            print(
                f"{Path(path).name:22s} {name:8s} PERSON F1 {f1:.4f} (lenient {f1_lenient:.4f}; tp {strict['tp']} "
                f"fp {strict['fp']} fn {strict['fn']}); to NER: texts {share_t:.1%}, sentences {share_s:.1%}",
                flush=True,
            )
    events = [e for e in build_events(args.events, seed=0, run="ab") if e is not None]
    texts = [*(e["prompt"] for e in events), *(e["response"] for e in events)]
    spans = {}
    for name, rec in recs.items():
        analyzer.person = rec
        spans[name] = analyzer.analyze_batch(texts)
        share_t, share_s = _shares(rec, texts)
        print(f"workload {len(events):,} events  {name:8s} to NER: texts {share_t:.1%}, sentences {share_s:.1%}")
    print("workload texts whose PII spans differ:", sum(a != b for a, b in zip(*spans.values(), strict=True)))
    cpu: dict[str, list[float]] = {name: [] for name in recs}
    print("load before", os.getloadavg())
    for _ in range(args.runs):
        for name, rec in recs.items():
            analyzer.person = rec
            started = time.process_time()
            for i in range(0, len(texts), 4000):
                analyzer.analyze_batch(texts[i : i + 4000])
            cpu[name].append((time.process_time() - started) / len(events) * 1000)
    for name, values in cpu.items():
        runs = [round(v, 3) for v in values]
        print(f"PII CPU s per 1,000 events, {name}: median {statistics.median(values):.3f} {runs}")
    print(f"ratio current/baseline: {statistics.median(cpu['current']) / statistics.median(cpu['baseline']):.3f}")
    print("load after", os.getloadavg())


if __name__ == "__main__":
    main()
