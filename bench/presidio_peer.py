"""Time Presidio's regex-only analyzer on a list of texts: the peer of ``bench_pii.py``.

Presidio is not a driftline dependency (it pins spaCy and friends that would change the project's
own environment), so this script runs in its own environment, ``.venv-presidio`` (``make
presidio-venv``; ``make bench`` creates it). It imports nothing from driftline: it reads a JSON
list of texts, pins itself to one core, and prints one JSON object ``{name: [cpu_texts_per_s,
wall_texts_per_s]}`` with the median over ``--runs`` runs.

Engines (``AnalyzerEngine`` with ``NoOpNlpEngine``, so no NER model runs):

* ``presidio comparable``: only the recognizers driftline also has (email, phone, credit card,
  IBAN, US SSN, IP); Presidio has no API-key recognizer.
* ``presidio all regex``: every predefined recognizer (what a default regex-only Presidio runs).

With ``--spans`` it times nothing and prints, per text, the spans of ``presidio comparable``
(``[[entity_type, start, end, score], ...]``): ``scripts/eval_pii.py --presidio`` scores them.

Usage::

    .venv-presidio/bin/python bench/presidio_peer.py texts.json --runs 3
    .venv-presidio/bin/python bench/presidio_peer.py texts.json --spans
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def engines() -> dict[str, Callable[[str], object]]:
    """The two regex-only engines, keyed by the names ``bench_pii.py`` reports."""
    # The email recognizer validates domains with tldextract, which fetches the public suffix list
    # on first use: it is pointed at the snapshot bundled in the package below (no network here).
    import presidio_analyzer.predefined_recognizers.generic.email_recognizer as email_mod
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        PhoneRecognizer,
        UsSsnRecognizer,
    )

    if hasattr(email_mod, "tldextract"):
        email_mod.tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    nlp.load()
    comparable = RecognizerRegistry(supported_languages=["en"])
    for rec in (EmailRecognizer(), PhoneRecognizer(), CreditCardRecognizer(), IbanRecognizer(),
                UsSsnRecognizer(), IpRecognizer()):  # fmt: skip
        comparable.add_recognizer(rec)
    every = RecognizerRegistry(supported_languages=["en"])
    every.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    built = {
        "presidio comparable": AnalyzerEngine(registry=comparable, nlp_engine=nlp, supported_languages=["en"]),
        "presidio all regex": AnalyzerEngine(registry=every, nlp_engine=nlp, supported_languages=["en"]),
    }
    return {name: _analyzer(engine) for name, engine in built.items()}


def _analyzer(engine: Any) -> Callable[[str], object]:
    return lambda text: engine.analyze(text, language="en")


def median_rate(analyze: Callable[[str], object], texts: Sequence[str], runs: int) -> tuple[float, float]:
    """Median texts/s over ``runs`` runs: (from process CPU time, from wall-clock time).

    >>> cpu, wall = median_rate(len, ["a", "bb"] * 500, runs=3)
    >>> cpu > 0 and wall > 0
    True
    """
    cpu, wall = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        for text in texts:
            analyze(text)
        cpu.append(len(texts) / max(time.process_time() - c0, 1e-9))
        wall.append(len(texts) / max(time.perf_counter() - w0, 1e-9))
    return statistics.median(cpu), statistics.median(wall)


def spans(analyze: Callable[[str], Any], texts: Sequence[str]) -> list[list[list[Any]]]:
    """Per text, the ``[entity_type, start, end, score]`` of every result of ``analyze``.

    >>> class R:
    ...     entity_type, start, end, score = "EMAIL_ADDRESS", 3, 12, 1.0
    >>> spans(lambda text: [R()], ["hi a@b.co"])
    [[['EMAIL_ADDRESS', 3, 12, 1.0]]]
    """
    return [[[r.entity_type, r.start, r.end, r.score] for r in analyze(text)] for text in texts]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("texts", type=Path, help="JSON list of texts")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--spans", action="store_true", help="print the comparable engine's spans per text, no timing")
    args = ap.parse_args(argv)
    if args.spans:
        texts = json.loads(args.texts.read_text(encoding="utf-8"))
        json.dump(spans(engines()["presidio comparable"], texts), sys.stdout)
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, as bench_pii
    texts = json.loads(args.texts.read_text(encoding="utf-8"))
    results = {}
    for name, analyze in engines().items():
        analyze(texts[0])  # warm-up (regex compilation)
        results[name] = median_rate(analyze, texts, args.runs)
    json.dump(results, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
