"""Micro-benchmark of the rows-topic codec (streams.row_topic): bytes and time per llm_events row.

Run: ``.venv/bin/python scripts/bench_row_codec.py`` (median of 7 runs over 200 rows; note ``uptime``
beside the figures). Embeddings are random int8 values, the worst case for compression.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import UTC, datetime

from schemas.rows import EventRow
from streams.row_topic import decode_message, encode_rows

ROWS, RUNS = 200, 7


def row(i: int, rng: random.Random) -> EventRow:
    return EventRow(
        f"ev-{i:06d}",
        datetime(2026, 1, 1, tzinfo=UTC),
        "support-bot",
        "gpt-4o-mini",
        prompt_version="v1",
        prompt=f"question number {i}: how do I rotate my API credentials safely?",
        response="Create the new credential, deploy it, then revoke the old one.",
        latency_ms=512.3,
        prompt_tokens=40,
        completion_tokens=120,
        metadata={"region": "eu-west-1"},
        embedding_model="static-256",
        prompt_embedding=[rng.randint(-127, 127) for _ in range(256)],
        response_embedding=[rng.randint(-127, 127) for _ in range(256)],
    )


def main() -> None:
    rng = random.Random(1)
    rows = [row(i, rng) for i in range(ROWS)]
    encode, decode, size = [], [], 0
    for _ in range(RUNS):
        started = time.perf_counter()
        message = encode_rows("llm_events", rows, features=True)
        encode.append(time.perf_counter() - started)
        started = time.perf_counter()
        decode_message(message)
        decode.append(time.perf_counter() - started)
        size = len(message)
    per_row = 1e6 / ROWS
    enc, dec = statistics.median(encode) * per_row, statistics.median(decode) * per_row
    print(f"{ROWS} rows: {size} bytes ({size / ROWS:.0f} B/row); encode {enc:.1f} us/row, decode {dec:.1f} us/row")


if __name__ == "__main__":
    main()
