"""Slack failing (HTTP 500, HTTP 429 then OK, unreachable) while alerts fire: the pipeline is
unaffected (every row stored), the alert is recorded in ``alerts`` either way, delivery is retried
a bounded number of times, and the outcome is visible on the alert's row."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from streams.broker import EmbeddedBroker, free_port
from streams.testing import WorkerEnv, WorkerProcess
from tests.integration.faults import FakeSlack, declare, metric, shifted_latency_events, stored_counts
from tests.integration.test_pipeline_e2e import publish_with_librdkafka

pytestmark = pytest.mark.integration

TOTAL, SHIFT_AT, MAX_RETRIES = 1_100, 700, 2


def delivery_rows(env: WorkerEnv) -> list[dict[str, Any]]:
    return env.query(
        "SELECT kind, state, delivery_status, delivery_error, delivery_attempts FROM driftline.alerts FINAL "
        "WHERE delivery_status NOT IN ('not_requested', 'disabled') ORDER BY kind, state"
    )


@pytest.mark.parametrize(
    ("mode", "responses", "expected"),
    [
        ("http_500", [500] * 100, "failed"),
        ("http_429_then_ok", [429, 429], "delivered"),
        ("unreachable", [], "failed"),
    ],
)
def test_slack_faults_do_not_touch_the_pipeline(
    broker: EmbeddedBroker, tmp_path: Path, mode: str, responses: list[int], expected: str
) -> None:
    with FakeSlack(responses) as slack:
        api_url = slack.api_url if mode != "unreachable" else f"http://127.0.0.1:{free_port()}/api/"
        env = WorkerEnv(
            broker.bootstrap,
            tmp_path / "dl",
            extra={
                "DRIFTLINE_DRIFT_REFERENCE_EVENTS": "500",
                "DRIFTLINE_PII_PERSON": "false",
                "DRIFTLINE_SLACK_BOT_TOKEN": "xoxb-test-token",
                "DRIFTLINE_SLACK_CHANNEL": "#alerts",
                "DRIFTLINE_SLACK_API_URL": api_url,
                "DRIFTLINE_SLACK_MAX_RETRIES": str(MAX_RETRIES),
                "DRIFTLINE_SLACK_BACKOFF_MAX_SECONDS": "1",
                "DRIFTLINE_SLACK_TIMEOUT_SECONDS": "2",
            },
        )
        declare(env)
        publish_with_librdkafka(broker.bootstrap, env.events_topic, shifted_latency_events(env.name, TOTAL, SHIFT_AT))
        worker = WorkerProcess(env, label=mode)
        try:
            worker.wait_for(lambda: worker.rows_written() >= TOTAL, 300, "every row")
            worker.wait_for(
                lambda: (
                    any(r["kind"] == "latency_drift" for r in delivery_rows(env))
                    and all(r["delivery_status"] != "pending" for r in delivery_rows(env))
                ),
                120,
                "the latency alert's delivery outcome",
            )
            rows = delivery_rows(env)
            metrics = worker.metrics()
            assert stored_counts(env) == (TOTAL, TOTAL)  # the pipeline did not wait for Slack
            assert metric(metrics, "driftline_events_consumed_total") == TOTAL
            assert (metric(metrics, "driftline_alerts_total", kind="latency_drift") or 0) >= 1
        finally:
            assert worker.stop() == 0, worker.log_tail()
        log = worker.log_path.read_text(errors="replace")

    assert {r["delivery_status"] for r in rows} == {expected}, rows
    attempts = {int(r["delivery_attempts"]) for r in rows}
    if mode == "http_500":
        assert attempts == {MAX_RETRIES + 1}  # bounded: 1 try + MAX_RETRIES retries, then given up
        assert all("HTTP 500" in r["delivery_error"] for r in rows)
        # every notification was tried exactly 1 + MAX_RETRIES times
        assert slack.requests and len(slack.requests) % (MAX_RETRIES + 1) == 0
        assert "failed after 3 attempt(s)" in log
    elif mode == "http_429_then_ok":
        assert max(attempts) == 3 and all(r["delivery_error"] == "" for r in rows)
        assert [request["path"] for request in slack.requests][:3] == ["/api/chat.postMessage"] * 3
    else:
        assert attempts == {MAX_RETRIES + 1}
        assert all(r["delivery_error"] for r in rows) and not slack.requests
    assert "xoxb-test-token" not in log


def test_shutdown_records_undelivered_slack_messages_as_failed(broker: EmbeddedBroker, tmp_path: Path) -> None:
    """Slack answers 429 for as long as the worker runs: SIGTERM must not leave the alert 'pending'."""
    with FakeSlack([], then=429, retry_after="30") as slack:
        env = WorkerEnv(
            broker.bootstrap,
            tmp_path / "dl",
            extra={
                "DRIFTLINE_DRIFT_REFERENCE_EVENTS": "500",
                "DRIFTLINE_PII_PERSON": "false",
                "DRIFTLINE_SLACK_BOT_TOKEN": "xoxb-test-token",
                "DRIFTLINE_SLACK_CHANNEL": "#alerts",
                "DRIFTLINE_SLACK_API_URL": slack.api_url,
                "DRIFTLINE_SLACK_MAX_RETRIES": "20",
                "DRIFTLINE_SLACK_BACKOFF_MAX_SECONDS": "10",  # Retry-After honoured up to 100 s
            },
        )
        declare(env)
        publish_with_librdkafka(broker.bootstrap, env.events_topic, shifted_latency_events(env.name, TOTAL, SHIFT_AT))
        worker = WorkerProcess(env, label="shutdown")
        try:
            worker.wait_for(lambda: worker.rows_written() >= TOTAL, 300, "every row")
            worker.wait_for(lambda: len(slack.requests) >= 1, 120, "Slack being tried (then told to wait 30 s)")
            assert {r["delivery_status"] for r in delivery_rows(env)} == {"pending"}
        finally:
            assert worker.stop() == 0, worker.log_tail()
        requests_at_stop = len(slack.requests)

    rows = delivery_rows(env)
    assert rows and {r["delivery_status"] for r in rows} == {"failed"}, rows
    # the message in flight is aborted mid-retry, anything still queued is "not delivered before shutdown"
    assert all(re.search("shut ?down", r["delivery_error"]) for r in rows), rows
    assert 1 <= requests_at_stop <= 21  # tried while running; the 30 s waits were cut short by the shutdown
