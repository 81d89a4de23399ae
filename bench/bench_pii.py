"""PII detector throughput, side by side with Presidio (regex-only) when it is installed.

Corpus: seeded synthetic LLM prompts/responses of 50-400 characters built from sentence
fragments -- mostly PII-free but full of digits, dates, versions, prices, hashes and code --
with PII in ``--pii-rate`` of them (default 10%). Figures are medians over ``--runs`` runs on
ONE core (the machine is shared and noisy: compare ratios, not absolute numbers).

Configurations:

* ``driftline structured``  -- ``PiiAnalyzer(person=False)``: the seven structured types.
* ``driftline +PERSON (tagger)`` -- ``PiiAnalyzer()``: plus the PERSON rules and the learned name tagger.
* ``driftline +PERSON (spacy)``  -- ``PiiAnalyzer(person_model="spacy")``: rules and spaCy NER (batched).
* ``presidio comparable``   -- Presidio ``AnalyzerEngine`` with ``NoOpNlpEngine`` and only the
  recognizers we also have (email, phone, credit card, IBAN, US SSN, IP); Presidio has no API-key
  recognizer. Presidio is not a project dependency: it runs in its own environment
  (``.venv-presidio``, ``make presidio-venv``; ``make bench`` creates it) through
  ``bench/presidio_peer.py``, on the same texts and one core. Skipped when no interpreter has it.
* ``presidio all regex``    -- the same engine with every predefined recognizer (what a default
  regex-only Presidio runs).

Usage::

    .venv/bin/python bench/bench_pii.py                 # 4,000 texts, 5 runs
    .venv/bin/python bench/bench_pii.py --n 2000 --runs 3 --no-person
    .venv/bin/python bench/bench_pii.py --n 2000 --runs 3 --no-person --no-presidio --policy identifying
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from detectors.pii import PiiAnalyzer  # noqa: E402

# ------------------------------------------------------------------------------------ corpus
_PLAIN = (
    "How do I reverse a linked list in place?",
    "Sure! Here is a short explanation of how the garbage collector decides what to free.",
    "Summarize the following article in three bullet points.",
    "Translate this paragraph into French, keeping the formal tone.",
    "I'm sorry, but I can't help with that request.",
    "In Python, a list comprehension is usually the idiomatic choice for simple transformations.",
    "Can you rewrite this email so it sounds more polite but still firm?",
    "The main difference is that a process has its own memory space while threads share one.",
    "Write a haiku about autumn rain in the city.",
    "Great question! Caching helps when the same expensive computation is repeated often.",
    "Please review my cover letter and suggest improvements to the opening paragraph.",
    "What is the difference between a left join and an inner join?",
    "Use a context manager so the file is closed even when an exception is raised.",
    "Here are some ideas for a team offsite: a cooking class, a hike, or an escape room.",
    "The function returns None because the loop never reaches the return statement.",
    "Explain the concept of eventual consistency to a product manager.",
    "Open Settings, choose Privacy, then toggle the switch next to Location.",
    "The error says: TypeError: unsupported operand type(s) for +: 'int' and 'str'.",
)
_NUMERIC = (
    "The build failed at step 7/12 with exit code 137.",
    "Upgrade numpy to 2.1.3 and pandas to 2.2.2, then rerun the tests.",
    "The p99 latency went from 245 ms to 1,320 ms after the deploy on 2024-03-15.",
    "Here is a function that parses ISO dates like 2024-03-17T10:30:00Z.",
    "Commit 3f9a1c2b7d4e fixed the race condition in the scheduler.",
    "The checksum is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.",
    "Request 550e8400-e29b-41d4-a716-446655440000 timed out after 30 s.",
    "Your order #48213 ships in 3-5 business days; total $129.99 incl. tax.",
    "Kubernetes v1.29.2 removed the flowcontrol v1beta2 API.",
    "The matrix has shape (1024, 768) and 12,582,912 float32 values.",
    "Use SELECT COUNT(*) FROM events WHERE ts >= '2024-01-01' GROUP BY app;",
    "The recipe needs 250 g flour, 2 eggs and 180 °C for 35 minutes.",
    "The train leaves at 08:47 from platform 7 and arrives at 11:02.",
    "Version 3.4.1 of the firmware fixes the Bluetooth pairing bug.",
    "Population grew by 1.8% to 37,400,068 between 2010 and 2020.",
    "Our Q3 revenue was $3.2M, up 12.4% year over year.",
    "Set the timeout to 30 seconds and retry up to 5 times with exponential backoff.",
    "The ISBN is 978-3-16-148410-0 and the book has 412 pages.",
    "Tracking number 1Z999AA10123456784 shows the parcel in Memphis.",
    "Docker image python:3.11.4-slim is 48 MB compressed.",
    "The meeting is on 15/03/2024 at 14:30 in room 4.12.",
)
_PII = (
    "Contact me at maria.gonzalez@example.com about the refund.",
    "My phone is +44 20 7946 0958, call after 5pm.",
    "Card 4111 1111 1111 1111 was charged twice.",
    "Please wire it to DE89 3704 0044 0532 0130 00 by Friday.",
    "My SSN is 536-22-1234, is that needed for the form?",
    "The server at 203.0.113.42 refuses connections on port 5432.",
    "export OPENAI_API_KEY=sk-proj-Q8zT3rVx1PlM9kD2wN7yS4hB6cJ0fG5a",
    "Dear Ms. Okafor, your appointment is confirmed.",
    "Call (415) 555-0132 and ask for Tomasz Kowalczyk.",
    "GITHUB_TOKEN=ghp_4f8Kq2ZxR7mT1vB9nL3pW6sY0cH5dJ8aE2gU",
)


def make_corpus(n: int, pii_rate: float, numeric_rate: float = 0.3, seed: int = 7) -> list[str]:
    """``n`` texts of 50-400 characters.

    Each sentence has numbers (versions, dates, hashes, prices, ...) with probability
    ``numeric_rate``; a fraction ``pii_rate`` of the texts contains one PII sentence.
    """
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts: list[str] = []
        target = rng.randint(50, 400)
        while sum(len(p) + 1 for p in parts) < target - 40:
            parts.append(rng.choice(_NUMERIC if rng.random() < numeric_rate else _PLAIN))
        if rng.random() < pii_rate:
            parts.insert(rng.randint(0, len(parts)), rng.choice(_PII))
        texts.append(" ".join(parts)[:400])
    return texts


# ---------------------------------------------------------------------------------- presidio
PRESIDIO_VENV_PYTHON = Path(__file__).resolve().parent.parent / ".venv-presidio" / "bin" / "python"


def presidio_python(explicit: str | None) -> str | None:
    """The interpreter that has presidio-analyzer: ``explicit``, else ``.venv-presidio`` (``make
    presidio-venv``), else this one if it has it; ``None`` when there is none."""
    if explicit:
        return explicit
    if PRESIDIO_VENV_PYTHON.exists():
        return str(PRESIDIO_VENV_PYTHON)
    try:
        import presidio_analyzer  # noqa: F401
    except ImportError:
        return None
    return sys.executable


def presidio_rates(python: str, texts: Sequence[str], runs: int) -> dict[str, tuple[float, float]]:
    """Presidio's regex-only engines timed on ``texts`` by ``bench/presidio_peer.py`` under ``python``."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "texts.json"
        path.write_text(json.dumps(list(texts)), encoding="utf-8")
        peer = Path(__file__).resolve().parent / "presidio_peer.py"
        out = subprocess.run([python, str(peer), str(path), "--runs", str(runs)], check=True,
                             capture_output=True, text=True)  # fmt: skip
    return {name: (cpu, wall) for name, (cpu, wall) in json.loads(out.stdout).items()}


# ------------------------------------------------------------------------------------- timing
def _time_batch(fn: Callable[[Sequence[str]], object], texts: Sequence[str], runs: int) -> tuple[float, float]:
    """Median texts/s over ``runs`` runs: (from process CPU time, from wall-clock time)."""
    cpu, wall = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        fn(texts)
        cpu.append(len(texts) / (time.process_time() - c0))
        wall.append(len(texts) / (time.perf_counter() - w0))
    return statistics.median(cpu), statistics.median(wall)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=4000, help="texts per run (default 4000)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pii-rate", type=float, default=0.1)
    ap.add_argument("--no-person", action="store_true", help="skip the spaCy PERSON configuration")
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--presidio-python", help="interpreter with presidio-analyzer (default: .venv-presidio)")
    ap.add_argument(
        "--policy", choices=["standard", "identifying"], default="standard", help="PII policy of the driftline runs"
    )
    args = ap.parse_args(argv)

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    load_before = os.getloadavg()
    texts = make_corpus(args.n, args.pii_rate)
    heavy = make_corpus(args.n, args.pii_rate, numeric_rate=1.0, seed=11)
    mean_len = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} texts, mean {mean_len:.0f} chars, PII in ~{args.pii_rate:.0%} of texts, numbers in 30% "
          f"of sentences ('digit-heavy': 100%).\nMedian of {args.runs} runs pinned to one core; texts/s from "
          "process CPU time (wall-clock in brackets). Shared, noisy machine: compare ratios.\n")  # fmt: skip

    results: dict[str, tuple[float, float]] = {}
    structured = PiiAnalyzer(person=False, policy=args.policy)
    print(f"driftline PII policy: {args.policy}\n")
    structured.analyze_batch(texts[:200])  # warm-up
    results["driftline structured"] = _time_batch(structured.analyze_batch, texts, args.runs)
    results["driftline structured, digit-heavy"] = _time_batch(structured.analyze_batch, heavy, args.runs)
    if not args.no_person:
        person_texts = texts[: max(500, args.n // 4)]
        for model in ("tagger", "spacy"):
            full = PiiAnalyzer(person_model=model, policy=args.policy)  # type: ignore[arg-type]
            full.analyze_batch(texts[:200])
            runs = args.runs if model == "tagger" else max(1, args.runs // 2)
            results[f"driftline +PERSON ({model})"] = _time_batch(full.analyze_batch, person_texts, runs)
    if not args.no_presidio:
        python = presidio_python(args.presidio_python)
        if python is None:
            print("presidio-analyzer not found (run `make presidio-venv`): skipping the Presidio comparison\n")
        else:
            sample = texts[: max(500, args.n // 4)]
            results.update(presidio_rates(python, sample, max(1, args.runs // 2)))

    load_after = os.getloadavg()
    print("load average (1/5/15 min) before: {:.2f} {:.2f} {:.2f}, after: {:.2f} {:.2f} {:.2f}".format(
        *load_before, *load_after))  # fmt: skip
    base = results.get("presidio comparable", (0.0, 0.0))[0]
    print(f"{'configuration':38} {'texts/s (cpu)':>14} {'[wall]':>10}  {'vs presidio comparable':>22}")
    for name, (cpu, wall) in results.items():
        ratio = f"{cpu / base:.1f}x" if base else "-"
        print(f"{name:38} {cpu:14,.0f} {f'[{wall:,.0f}]':>10}  {ratio:>22}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
