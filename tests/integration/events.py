"""Test traffic: valid events and malformed messages of many kinds."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta

MALFORMED_KINDS = (
    "truncated_json",
    "not_json",
    "array",
    "missing_prompt",
    "naive_timestamp",
    "negative_latency",
    "wrong_schema_version",
    "invalid_utf8",
    "empty",
    "metadata_not_strings",
)


def valid_event(i: int, rng: random.Random, run: str) -> dict[str, object]:
    start = datetime(2026, 6, 1, tzinfo=UTC)
    return {
        "schema_version": 1,
        "event_id": f"{run}-{i:06d}",
        "timestamp": (start + timedelta(milliseconds=100 * i)).isoformat().replace("+00:00", "Z"),
        "app": rng.choice(["support-bot", "code-assistant", "search"]),
        "model": rng.choice(["gpt-4o-mini", "claude-haiku"]),
        "prompt_version": rng.choice(["v1", "v2"]),
        "prompt": f"question number {i}: how do I rotate my API credentials safely?",
        "response": "Create the new credential, deploy it, then revoke the old one.",
        "latency_ms": round(rng.lognormvariate(6.3, 0.4), 1),
        "prompt_tokens": rng.randrange(5, 200),
        "completion_tokens": rng.randrange(5, 400),
        "user_id": f"user-{rng.randrange(1000)}",
        "metadata": {"region": "eu-west-1"},
    }


def malformed(kind: str, i: int, rng: random.Random, run: str) -> bytes:
    event = valid_event(i, rng, run)
    if kind == "truncated_json":
        return json.dumps(event).encode()[:-7]
    if kind == "not_json":
        return b"GET /index.html HTTP/1.1"
    if kind == "array":
        return json.dumps([event]).encode()
    if kind == "missing_prompt":
        event.pop("prompt")
    elif kind == "naive_timestamp":
        event["timestamp"] = "2026-06-01T10:00:00"
    elif kind == "negative_latency":
        event["latency_ms"] = -5
    elif kind == "wrong_schema_version":
        event["schema_version"] = 7
    elif kind == "invalid_utf8":
        return json.dumps(event).encode().replace(b"question", b"qu\xc3\x28stion")
    elif kind == "empty":
        return b""
    elif kind == "metadata_not_strings":
        event["metadata"] = {"retries": 3}
    return json.dumps(event).encode()


def traffic(total: int, bad: int, seed: int, run: str) -> tuple[list[tuple[bytes, bytes]], int]:
    """``total`` messages of which ``bad`` are malformed (spread evenly); returns (messages, n_valid)."""
    rng = random.Random(seed)
    every = total // bad
    messages = []
    for i in range(total):
        if i % every == every // 2 and i // every < bad:
            kind = MALFORMED_KINDS[(i // every) % len(MALFORMED_KINDS)]
            messages.append((f"{run}-bad-{i}".encode(), malformed(kind, i, rng, run)))
        else:
            messages.append((f"{run}-{i:06d}".encode(), json.dumps(valid_event(i, rng, run)).encode()))
    return messages, total - bad
