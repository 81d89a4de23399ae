"""Helpers for the fault-injection tests: Prometheus text parsing, topic declaration, store counts."""

from __future__ import annotations

import asyncio
import http.server
import json
import random
import re
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition
from prometheus_client.parser import text_string_to_metric_families

from streams.kafka import ensure_topics
from streams.testing import WorkerEnv

__all__ = [
    "FakeSlack",
    "declare",
    "drift_checkpoints",
    "drift_state_lines",
    "health",
    "metric",
    "metric_sum",
    "shifted_latency_events",
    "stored_counts",
]

#: What a worker logs when it obtains a segment's drift state (streams.drift_stage.DriftStage.state_for).
_STATE_LINE = re.compile(r"drift segment (\S+) (?:restored from its checkpoint: n_events (\d+)|(has no checkpoint))")


def metric(text: str, name: str, **labels: str) -> float | None:
    """The value of sample ``name`` with exactly these labels in a /metrics text (None when absent)."""
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return float(sample.value)
    return None


def metric_sum(text: str, name: str) -> float:
    """Sum of every sample called ``name`` (all label values)."""
    return sum(
        float(sample.value)
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == name
    )


def declare(env: WorkerEnv) -> None:
    """Create the pipeline's topics before anything produces (Tansu auto-creates 4 partitions)."""
    asyncio.run(ensure_topics(env.settings()))


def stored_counts(env: WorkerEnv) -> tuple[int, int]:
    """(rows, distinct event_ids) in llm_events."""
    row = env.query("SELECT count() AS n, uniqExact(event_id) AS u FROM driftline.llm_events")[0]
    return int(row["n"]), int(row["u"])


def stored_rows_or_none(env: WorkerEnv) -> int:
    """Rows in llm_events, or -1 while the process that owns the store is restarting in place."""
    try:
        return stored_counts(env)[0]
    except AssertionError:
        return -1


def health(web: str) -> tuple[int, dict[str, Any]]:
    """(HTTP status, document) of a worker's /health, 503 included."""
    try:
        with urllib.request.urlopen(f"{web}/health", timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def shifted_latency_events(
    run: str,
    total: int,
    shift_at: int,
    app: str = "shifty",
    text: Callable[[int], tuple[str, str] | None] | None = None,
) -> list[tuple[bytes, bytes]]:
    """One segment, 200 ms apart in event time, latency x10 from event ``shift_at`` on (a sure alert).

    Texts vary like real traffic (the drift stage needs a non-degenerate reference); ``text(i)``
    may override event ``i``'s (prompt, response).
    """
    from tests.integration.test_drift_alerts_e2e import CONTEXTS, THINGS, VERBS

    rng = random.Random(7)
    start = datetime(2026, 8, 1, tzinfo=UTC)
    out = []
    for i in range(total):
        prompt = f"How should I {rng.choice(VERBS)} {rng.choice(THINGS)} {rng.choice(CONTEXTS)}?"
        response = f"Start by checking {rng.choice(THINGS)}, then {rng.choice(VERBS)} it {rng.choice(CONTEXTS)}."
        prompt, response = (text(i) if text else None) or (prompt, response)
        latency = rng.lognormvariate(6.0, 0.25) * (10 if i >= shift_at else 1)
        document = {
            "schema_version": 1,
            "event_id": f"{run}-{i}",
            "timestamp": (start + timedelta(milliseconds=200 * i)).isoformat().replace("+00:00", "Z"),
            "app": app,
            "model": "m1",
            "prompt_version": "v1",
            "prompt": prompt,
            "response": response,
            "latency_ms": round(latency, 1),
            "prompt_tokens": rng.randrange(20, 60),
            "completion_tokens": rng.randrange(80, 200),
        }
        out.append((str(document["event_id"]).encode(), json.dumps(document).encode()))
    return out


class FakeSlack:
    """A local stand-in for Slack's Web API (``chat.postMessage``) that fails on demand.

    ``responses`` is consumed one per request: an int status (429 carries ``Retry-After:
    retry_after``); when it runs out, ``then`` applies. Every request body and header set is kept.
    """

    def __init__(self, responses: list[int], then: int = 200, retry_after: str = "1") -> None:
        self.responses = list(responses)
        self.then = then
        self.retry_after = retry_after
        self.requests: list[dict[str, Any]] = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8", "replace")
                owner.requests.append({"path": self.path, "body": body, "headers": dict(self.headers)})
                status = owner.responses.pop(0) if owner.responses else owner.then
                payload = b'{"ok": true, "channel": "C1", "ts": "1.0"}' if status == 200 else b'{"ok": false}'
                self.send_response(status)
                if status == 429:
                    self.send_header("Retry-After", owner.retry_after)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/"

    def __enter__(self) -> FakeSlack:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def drift_checkpoints(bootstrap: str, topic: str, partitions: int) -> list[dict[str, Any]]:
    """Every drift-state checkpoint on the drift table's changelog ``topic`` up to its end at the
    call, in offset order per partition (a segment's checkpoints all live in one partition), each
    with its segment ``key`` added."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": f"reader-{topic}-{time.time()}"})
    ends = {p: consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1] for p in range(partitions)}
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions) if ends[p] > 0])
    found: list[dict[str, Any]] = []
    deadline = time.monotonic() + 60
    try:
        while any(end > 0 for end in ends.values()) and time.monotonic() < deadline:
            message = consumer.poll(0.3)
            if message is None or message.error():
                continue
            if message.offset() >= ends[message.partition()] - 1:
                ends[message.partition()] = 0  # reached the end seen at the call
            if message.value():
                checkpoint = json.loads(zlib.decompress(message.value()))
                checkpoint["key"] = checkpoint["segment"]  # the state's segment key text
                found.append(checkpoint)
    finally:
        consumer.close()
    assert not any(end > 0 for end in ends.values()), f"changelog {topic} not read to its end in 60 s"
    return found


def drift_state_lines(log: str) -> list[tuple[str, int | None]]:
    """(segment key, restored n_events or ``None`` for a new state) for each drift state a worker's
    log says it created, in order."""
    return [(key, None if new else int(n)) for key, n, new in _STATE_LINE.findall(log)]
