"""Cost of redacting every free-text field besides prompt and response (detectors.metadata_redact).

For each event shape, the time per event of :func:`~detectors.metadata_redact.redact_free_text`
(metadata keys and values, ``extra``, ``error_type``, ``session_id``) next to the analyzer call the
worker made before it covered more than the metadata values (one text per event: the values
joined). Default analyzer (PERSON on); medians over ``--runs`` interleaved runs of ``--n`` events.

Shapes: ``demo`` -- what ``driftline up --demo`` produces (``session_id``, one metadata entry, 1 %
``error_type``); ``rich`` -- four metadata entries, an unknown top-level field, 25 % ``error_type``;
``rich+pii`` -- the same with a name, an e-mail and a card number in 10 % of the events.

Usage::

    nice -n 19 .venv/bin/python bench/bench_free_text_redact.py
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable

from detectors.metadata_redact import SEPARATOR, FreeText, redact_free_text
from detectors.pii import PiiAnalyzer
from streams.demo import DemoTraffic


def demo_items(n: int) -> list[FreeText]:
    traffic = DemoTraffic()
    docs = [traffic.next_event() for _ in range(n)]
    return [FreeText(d["metadata"], {}, d.get("error_type", ""), d["session_id"]) for d in docs]


def rich_items(n: int, pii_share: float, seed: int = 1) -> list[FreeText]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        metadata = {"tier": rng.choice(["gold", "free"]), "region": "eu-west-1", "ticket": f"T-{rng.randrange(10**6)}"}
        session, error = f"s-{rng.randrange(5000)}", rng.choice(["", "", "", "RateLimitError"])
        if rng.random() < pii_share:
            metadata["customer"] = "Maria Gonzalez <maria.g@example.org>"
            session, error = "maria.g@example.org#web", "CardDeclined 4111 1111 1111 1111"
        out.append(FreeText(metadata, {"team": json.dumps("search")}, error, session))
    return out


def per_event_us(fn: Callable[[], object], n: int) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1e6 / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    analyzer = PiiAnalyzer()
    shapes = {"demo": demo_items(args.n), "rich": rich_items(args.n, 0.0), "rich+pii": rich_items(args.n, 0.1)}
    for name, items in shapes.items():
        values = [SEPARATOR.join(i.metadata.values()) for i in items if any(i.metadata.values())]

        def old(values: list[str] = values) -> object:
            return analyzer.analyze_batch(values)

        def new(items: list[FreeText] = items) -> object:
            return redact_free_text(items, analyzer.analyze_batch, "tag", b"s")

        old(), new()  # warm-up
        before, after = [], []
        for _ in range(args.runs):  # interleaved: load changes hit both alike
            before.append(per_event_us(old, args.n))
            after.append(per_event_us(new, args.n))
        print(
            f"{name:9s} metadata values only {statistics.median(before):7.1f} us/event   "
            f"every free-text field {statistics.median(after):7.1f} us/event"
        )


if __name__ == "__main__":
    main()
