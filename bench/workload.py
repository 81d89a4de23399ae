"""Benchmark traffic: realistic schema-v1 events, pre-generated, stamped when they are produced.

Texts come from the DEV text pools of the drift scenarios (:mod:`bench.scenarios.text_dev`: eight
topics, templates with slots, openers and closers); a response joins 1-``max_sentences`` response
texts, so prompts average ~60 characters and responses ~300. Mixed in: ~2 % responses leaking PII
(email, phone, card, IP, a person's name), ~1 % toxic prompts, ~1.2 % refusals, ~1 % failed calls,
and ``bad_rate`` malformed messages (six kinds: truncated, not JSON, array, schema, empty, naive time). Twelve segments
(3 apps x 2 models x 2 prompt versions).

Texts are drawn from a bank of 400 prompts and 800 response texts per topic. Events are built
once (:func:`build_events`); :func:`encode` stamps ``timestamp`` with the time it is called, so
``timestamp`` is the produce time and ``ingested_at - timestamp`` in ClickHouse is the produce →
row latency.

>>> events = build_events(50, seed=1, run="t")
>>> len(events), sum(e is None for e in events) >= 0
(50, True)
>>> b'"timestamp"' in encode(next(e for e in events if e is not None), 0.0)
True
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from scenarios.pools import sample_texts
from scenarios.suite import pools_for

__all__ = ["build_events", "encode", "malformed_message", "mean_sizes"]

_APPS = ("support-bot", "code-assistant", "travel-agent")
_MODELS = ("gpt-4o-mini", "claude-haiku")
_VERSIONS = ("v1", "v2")
_TOPICS = {
    "support-bot": ("billing", "hr", "legal", "medical"),
    "code-assistant": ("coding",),
    "travel-agent": ("travel", "cooking", "fitness"),
}
_PII = (
    "I found the account: it belongs to {name}, email {email}, phone +1 415 555 {d4}.",
    "The card on file is 4111 1111 1111 1111 and the billing contact is {email}.",
    "The request came from {ip}; the user's SSN on file is 078-05-1120.",
    "You can reach {name} directly at {email} or on 020 7946 {d4}.",
)
_NAMES = ("Maria Gonzalez", "Daniel Okafor", "Priya Raman", "Tomasz Nowak", "Aiko Tanaka", "Liam O'Brien")
_TOXIC = (
    "You are a useless pile of garbage, just like the idiots who built you.",
    "I will find the support agent who closed my ticket and make them regret it.",
    "People like you from that country are vermin and should be kicked out.",
    "Shut up, you worthless moron, and give me my refund.",
)
_MALFORMED = (
    b'{"schema_version": 1, "event_id": "x", "timestamp": "2026-06-01T10:00:00Z", "app": "a"',
    b"GET /index.html HTTP/1.1",
    b"[]",
    b'{"schema_version": 7, "event_id": "x"}',
    b"",
    b'{"schema_version": 1, "event_id": "x", "timestamp": "2026-06-01T10:00:00", "app": "a", "model": "m",'
    b' "prompt": "p", "response": "r"}',
)


def _pii_text(rng: random.Random) -> str:
    name = rng.choice(_NAMES)
    user = name.lower().replace(" ", ".").replace("'", "")
    return rng.choice(_PII).format(
        name=name,
        email=f"{user}@example.com",
        d4=f"{rng.randrange(10000):04d}",
        ip=f"203.0.113.{rng.randrange(1, 255)}",
    )


def build_events(
    n: int, seed: int, run: str, bad_rate: float = 0.01, max_sentences: int = 4, short: bool = False
) -> list[Any]:
    """``n`` messages: event dicts (without ``timestamp``) or ``None`` where a malformed one goes.

    ``short=True`` replaces every prompt and response by the integration tests' fixed short texts
    (the workload of the figures measured before this harness existed).
    """
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    pools = pools_for("dev")
    bank = {
        (topic, kind): sample_texts(pools, topic, kind, size, nrng)
        for topic in pools.topics
        for kind, size in (("prompt", 400), ("response", 800), ("refusal", 20))
    }
    out: list[Any] = []
    for i in range(n):
        if rng.random() < bad_rate:
            out.append(None)
            continue
        app = rng.choice(_APPS)
        topic = rng.choice(_TOPICS[app])
        prompt = rng.choice(bank[topic, "prompt"])
        if rng.random() < 0.01:
            prompt = rng.choice(_TOXIC)
        failed = rng.random() < 0.01
        if failed:
            response = ""
        elif rng.random() < 0.012:
            response = rng.choice(bank[topic, "refusal"])
        else:
            response = " ".join(rng.choices(bank[topic, "response"], k=rng.randint(1, max_sentences)))
            if rng.random() < 0.02:
                response = f"{response} {_pii_text(rng)}"
        event: dict[str, Any] = {
            "schema_version": 1,
            "event_id": f"{run}-{i:07d}",
            "app": app,
            "model": rng.choice(_MODELS),
            "prompt_version": rng.choice(_VERSIONS),
            "prompt": prompt,
            "response": response,
            "session_id": f"s-{rng.randrange(5000)}",
            "user_id": f"user-{rng.randrange(20000)}",
            "latency_ms": round(rng.lognormvariate(6.5, 0.35), 1),
            "prompt_tokens": max(1, len(prompt) // 4 + rng.randrange(40)),
            "completion_tokens": 0 if failed else max(1, len(response) // 4 + rng.randrange(40)),
            "cost_usd": round(rng.uniform(0.0001, 0.004), 6),
            "status": "error" if failed else "ok",
            "metadata": {"region": rng.choice(("eu-west-1", "us-east-1"))},
        }
        if failed:
            event["error_type"] = "RateLimitError"
        if short:
            event["prompt"] = f"question number {i}: how do I rotate my API credentials safely?"
            event["response"] = "Create the new credential, deploy it, then revoke the old one."
        out.append(event)
    return out


def malformed_message(i: int) -> bytes:
    """The ``i``-th malformed message (cycling through a few kinds)."""
    return _MALFORMED[i % len(_MALFORMED)]


def encode(event: dict[str, Any], now: float) -> bytes:
    """The event as JSON bytes with ``timestamp`` = ``now`` (epoch seconds, ms precision)."""
    stamp = datetime.fromtimestamp(round(now, 3), UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return json.dumps({**event, "timestamp": stamp}, ensure_ascii=False).encode()


def mean_sizes(events: list[Any]) -> dict[str, float]:
    """Mean prompt and response characters and message bytes of the valid events."""
    valid = [e for e in events if e is not None]
    return {
        "prompt_chars": float(np.mean([len(e["prompt"]) for e in valid])),
        "response_chars": float(np.mean([len(e["response"]) for e in valid])),
        "message_bytes": float(np.mean([len(encode(e, 0.0)) for e in valid])),
    }
