"""Alerting end to end on the embedded stack: real worker process, real Tansu broker, real chdb,
Slack pointed at a local HTTP server, and the reference consumer (its command line) reading the
request topics.

The stream: two segments ("shifty" and "steady") with the same technical questions; in "shifty"
the prompts switch to cooking questions for 300 events, then return to the reference topics for
the rest. The default rule for ``prompt_drift`` asks for Slack and a re-index request, so the
pipeline must give exactly: one firing and one resolved alert for prompt-drift × shifty (rows and
``llm.alerts`` messages), one Slack message for each, one re-index request (none to retrain) that
the reference consumer receives, and nothing for "steady". The recovery is real: the detector
clears after 1,000 events without an alarm and the alert resolves with the same id.

The second test restarts the worker while the alert is firing: the restarted worker must neither
announce it again nor forget to announce its resolution (engine state comes back from the
``alerts`` table).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition

from streams.broker import EmbeddedBroker
from streams.kafka import ensure_topics
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.test_drift_alerts_e2e import CONTEXTS, THINGS, VERBS
from tests.unit.test_slack_notifier import Received, SlackStub

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
GRAFANA = "https://grafana.test"
WEBHOOK_PATH = "/services/T0/B0/e2eSECRET"
START = datetime(2026, 8, 1, tzinfo=UTC)
TOTAL, DRIFT_FROM, DRIFT_TO = 3000, 800, 1100  # per segment; events 200 ms apart in event time
RESTART_AT = 1400  # the second test stops the worker after this many events per segment (alert firing)

DISHES = ["a sourdough loaf", "ramen broth", "a lemon tart", "paella", "pho", "a chocolate souffle"]
DISHES += ["falafel", "risotto", "kimchi", "a pumpkin pie", "gnocchi", "a beef stew"]
COOKING = ["bake", "braise", "ferment", "season", "roast", "simmer", "plate", "marinate", "glaze", "knead"]
OCCASIONS = ["for a dinner party", "for two", "without an oven", "in a cast-iron pan", "for vegans"]
OCCASIONS += ["at high altitude", "the night before", "with leftovers", "for kids", "in under an hour"]


def event(i: int, segment: str, rng: random.Random) -> dict[str, object]:
    """Event ``i`` of a segment; "shifty" asks cooking questions in [DRIFT_FROM, DRIFT_TO)."""
    if segment == "shifty" and DRIFT_FROM <= i < DRIFT_TO:
        prompt = f"How should I {rng.choice(COOKING)} {rng.choice(DISHES)} {rng.choice(OCCASIONS)}?"
    else:
        prompt = f"How should I {rng.choice(VERBS)} {rng.choice(THINGS)} {rng.choice(CONTEXTS)}?"
    when = START + timedelta(milliseconds=200 * i)
    return {
        "schema_version": 1,
        "event_id": f"{segment}-{i}",
        "timestamp": when.isoformat().replace("+00:00", "Z"),
        "app": segment,
        "model": "m1",
        "prompt_version": "v1",
        "prompt": prompt,
        "response": f"Start by checking {rng.choice(THINGS)}, then {rng.choice(VERBS)} it {rng.choice(CONTEXTS)}.",
        "latency_ms": round(rng.lognormvariate(6.0, 0.25), 1),
        "prompt_tokens": rng.randrange(20, 60),
        "completion_tokens": rng.randrange(80, 200),
    }


def stream() -> Iterator[dict[str, object]]:
    rng = random.Random(7)
    for i in range(TOTAL):
        for segment in ("shifty", "steady"):
            yield event(i, segment, rng)


def produce(env: WorkerEnv, events: list[dict[str, object]]) -> None:
    producer = Producer({"bootstrap.servers": env.bootstrap, "linger.ms": 20})
    for doc in events:
        producer.produce(env.events_topic, json.dumps(doc).encode(), key=str(doc["event_id"]).encode())
    assert producer.flush(60) == 0


def read_topic(env: WorkerEnv, topic: str, idle_s: float = 5.0) -> list[dict[str, Any]]:
    """Every message on ``topic`` from the beginning (stops after ``idle_s`` without a new one)."""
    consumer = Consumer({"bootstrap.servers": env.bootstrap, "group.id": f"reader-{time.monotonic_ns()}"})
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(env.settings().topic_partitions)])
    out: list[dict[str, Any]] = []
    quiet_since = time.monotonic()
    while time.monotonic() - quiet_since < idle_s:
        message = consumer.poll(0.5)
        if message is not None and not message.error():
            out.append(json.loads(message.value()))
            quiet_since = time.monotonic()
    consumer.close()
    return out


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str, worker: WorkerProcess) -> None:
    worker.wait_for(condition, timeout_s, what)


def alert_rows(env: WorkerEnv) -> list[dict[str, Any]]:
    return env.query(
        "SELECT alert_id, rule, kind, state, app, model, prompt_version, event_id, delivery_status, "
        "delivery_error, dashboard_url FROM driftline.alerts FINAL ORDER BY timestamp, state"
    )


def delivered(env: WorkerEnv, state: str) -> Callable[[], bool]:
    def check() -> bool:
        return any(r["state"] == state and r["delivery_status"] == "delivered" for r in alert_rows(env))

    return check


class ReferenceConsumerProcess:
    """``python -m streams.reference_consumer`` on both request topics, printing what it handles."""

    def __init__(self, env: WorkerEnv) -> None:
        settings = env.settings()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streams.reference_consumer",
                "--topic",
                settings.topic_retrain,
                "--topic",
                settings.topic_reindex,
                "--bootstrap",
                env.bootstrap,
                "--group",
                f"downstream-{env.name}",
            ],
            cwd=REPO,
            env={**os.environ, "DRIFTLINE_LOG_LEVEL": "INFO"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def stop(self) -> tuple[list[dict[str, Any]], str]:
        """SIGTERM it; returns the requests it handled (its JSON lines) and its log."""
        self.process.send_signal(signal.SIGTERM)
        out, err = self.process.communicate(timeout=60)
        assert self.process.returncode == 0, err
        return [json.loads(line) for line in out.splitlines() if line.strip()], err


def worker_env(broker: EmbeddedBroker, tmp_path: Path, slack: SlackStub) -> WorkerEnv:
    env = WorkerEnv(
        broker.bootstrap,
        tmp_path / "dl",
        extra={
            "DRIFTLINE_DRIFT_REFERENCE_EVENTS": "500",
            "DRIFTLINE_PII_PERSON": "false",
            "DRIFTLINE_SLACK_WEBHOOK_URL": slack.base + WEBHOOK_PATH,
            "DRIFTLINE_SLACK_MAX_RETRIES": "2",
            "DRIFTLINE_GRAFANA_URL": GRAFANA,
        },
    )
    asyncio.run(ensure_topics(env.settings()))
    return env


def dashboard_filter(url: str) -> dict[str, str]:
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    return {k: v[0] for k, v in query.items() if k.startswith("var-")}


def check_slack(requests: list[Received], alert_id: str) -> None:
    """Exactly one firing and one resolution message for prompt-drift × shifty, in that order."""
    assert [r.path for r in requests] == [WEBHOOK_PATH, WEBHOOK_PATH], [r.body.get("text") for r in requests]
    firing, resolved = (r.body for r in requests)
    headers = [body["blocks"][0]["text"]["text"] for body in (firing, resolved)]
    assert headers == [
        ":large_orange_circle: WARNING: prompt_drift firing on shifty / m1 / v1",
        ":white_check_mark: RESOLVED: prompt_drift on shifty / m1 / v1",
    ]
    assert firing["text"].startswith("WARNING prompt_drift firing on shifty / m1 / v1: value ")
    assert resolved["text"].startswith("RESOLVED prompt_drift on shifty / m1 / v1 after ")
    fields = {f["text"].split("\n")[0]: f["text"].split("\n")[1] for f in firing["blocks"][2]["fields"]}
    assert fields["*Actions*"] == "Slack, re-index request sent"
    fired_at = int(fields["*Fired at event*"].strip("`").split("-")[1])
    assert DRIFT_FROM <= fired_at < DRIFT_FROM + 100, f"fired at event {fired_at}, drift from {DRIFT_FROM}"
    for body in (firing, resolved):
        link = next(b for b in body["blocks"] if "Grafana" in b.get("text", {}).get("text", ""))
        url = link["text"]["text"][1:].split("|")[0]
        assert url.startswith(f"{GRAFANA}/d/driftline-drift/")
        assert dashboard_filter(url) == {"var-app": "shifty", "var-model": "m1", "var-prompt_version": "v1"}
        assert f"alert `{alert_id}`" in body["blocks"][-1]["elements"][0]["text"]
        assert body.get("unfurl_links") is False


def check_records(env: WorkerEnv, downstream: list[dict[str, Any]]) -> str:
    """Alerts rows, ``llm.alerts``, request topics and the reference consumer; returns the alert id."""
    rows = alert_rows(env)
    assert [(r["rule"], r["kind"], r["app"], r["state"], r["delivery_status"]) for r in rows] == [
        ("prompt-drift", "prompt_drift", "shifty", "firing", "delivered"),
        ("prompt-drift", "prompt_drift", "shifty", "resolved", "delivered"),
    ], rows
    alert_id = rows[0]["alert_id"]
    assert rows[1]["alert_id"] == alert_id
    assert dashboard_filter(rows[0]["dashboard_url"])["var-app"] == "shifty"
    resolved_at = int(str(rows[1]["event_id"]).split("-")[1])
    assert DRIFT_TO + 900 <= resolved_at < TOTAL, f"resolved at event {resolved_at}"

    settings = env.settings()
    published = read_topic(env, settings.topic_alerts)
    assert [(a["alert_id"], a["state"], a["idempotency_key"]) for a in published] == [
        (alert_id, "firing", f"{alert_id}:firing"),
        (alert_id, "resolved", f"{alert_id}:resolved"),
    ]
    assert read_topic(env, settings.topic_retrain) == []
    reindex = read_topic(env, settings.topic_reindex)
    assert [(r["request_type"], r["alert_id"], r["signal"]) for r in reindex] == [("reindex", alert_id, "prompt_drift")]
    request = reindex[0]
    assert request["segment"] == {"app": "shifty", "model": "m1", "prompt_version": "v1"}
    assert request["query"]["parameters"]["app"] == "shifty"
    # the affected events are really selectable with the request's own query
    chosen = env.query(request["query"]["sql"].replace("\n", " "))
    assert chosen and {row["app"] for row in chosen} == {"shifty"}

    assert [(d["type"], d["idempotency_key"], d["segment"]["app"]) for d in downstream] == [
        ("reindex", f"reindex:{alert_id}", "shifty")
    ]
    return str(alert_id)


def test_injected_prompt_drift_gives_one_alert_one_message_one_request_and_one_resolution(
    broker: EmbeddedBroker, tmp_path: Path
) -> None:
    slack = SlackStub()
    env = worker_env(broker, tmp_path, slack)
    consumer = ReferenceConsumerProcess(env)
    produce(env, list(stream()))
    worker = WorkerProcess(env)
    try:
        worker.wait_for(lambda: worker.rows_written() >= 2 * TOTAL, 600, "all rows")
        wait_until(delivered(env, "resolved"), 120, "the resolution delivered to Slack", worker)
        time.sleep(3)  # let any (wrong) extra alert or message land before counting
    finally:
        assert worker.stop() == 0, worker.log_tail()
        downstream, consumer_log = consumer.stop()
        slack.close()
    alert_id = check_records(env, downstream)
    check_slack(slack.requests, alert_id)
    assert "received 1, handled 1, duplicates 0, invalid 0" in consumer_log


def test_restart_while_firing_neither_repeats_the_alert_nor_loses_its_resolution(
    broker: EmbeddedBroker, tmp_path: Path
) -> None:
    slack = SlackStub()
    env = worker_env(broker, tmp_path, slack)
    consumer = ReferenceConsumerProcess(env)
    events = list(stream())
    produce(env, events[: 2 * RESTART_AT])
    worker = WorkerProcess(env, label="first")
    try:
        worker.wait_for(lambda: worker.rows_written() >= 2 * RESTART_AT, 600, "the first part's rows")
        wait_until(delivered(env, "firing"), 120, "the firing alert delivered to Slack", worker)
    finally:
        assert worker.stop() == 0, worker.log_tail()
    assert len(slack.requests) == 1
    assert [r["state"] for r in alert_rows(env)] == ["firing"]  # firing, not resolved, at the restart

    produce(env, events[2 * RESTART_AT :])
    worker = WorkerProcess(env, label="second")
    try:
        worker.wait_for(lambda: worker.health() is not None, 300, "the restarted worker")  # it owns the store now
        wait_until(delivered(env, "resolved"), 600, "the resolution after the restart", worker)
        worker.wait_for(lambda: worker.rows_written() >= 2 * (TOTAL - RESTART_AT), 120, "the second part's rows")
        time.sleep(3)
        restored = "alert state restored from the alerts table" in worker.log_path.read_text(errors="replace")
    finally:
        assert worker.stop() == 0, worker.log_tail()
        downstream, _ = consumer.stop()
        slack.close()
    assert restored
    alert_id = check_records(env, downstream)
    check_slack(slack.requests, alert_id)


def test_a_bad_rules_file_stops_the_worker_at_start_with_a_clear_error(broker: EmbeddedBroker, tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rules]]\nname = "slow"\nsignal = "latency"\ncondition = "above"\nthreshold = "high"\n')
    env = WorkerEnv(broker.bootstrap, tmp_path / "dl", extra={"DRIFTLINE_ALERT_RULES_FILE": str(rules)})
    done = env.cli("worker", timeout_s=120)
    assert done.returncode != 0
    assert f"invalid alert rules in {rules}:" in done.stderr
    assert "rules[0] ('slow') signal: unknown signal 'latency' (did you mean 'latency_drift'?)" in done.stderr
    assert "rules[0] ('slow') threshold: must be a number, got 'high'" in done.stderr
    assert "Traceback" not in done.stderr and "detectors loaded" not in done.stderr
