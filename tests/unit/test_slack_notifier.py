"""The Slack notifier against a local HTTP server standing in for Slack (nothing reaches the internet).

Retry waits go through an injected ``sleep`` that records the requested durations and returns at
once: the tests check what was waited for (Retry-After, back-off) without waiting.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from detectors.alerting.blocks import SlackMessage, render_notification
from detectors.alerting.grouping import Notification
from schemas.alerts import Alert, Segment
from schemas.settings import Settings as AlertingSettings
from streams.broker import free_port
from streams.slack import (
    BotTransport,
    DeliveryResult,
    PostResult,
    SlackNotifier,
    WebhookTransport,
    notifier_from_settings,
    transport_from_settings,
)

T = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
SECRET_PATH = "/services/T0000/B0000/SECRETwebhookTOKEN"
BOT_TOKEN = "xoxb-0000-SECRETbotTOKEN"
DASHBOARD = "https://grafana.example.com/d/driftline-drift/driftline-drift?var-app=support-bot&var-model=gpt-4o"


@dataclass
class Reply:
    status: int = 200
    body: str = "ok"
    headers: dict[str, str] = field(default_factory=dict)
    hang: bool = False  # hold the response until the test ends (the client times out)
    content_type: str = "text/plain"


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class SlackStub:
    """A local HTTP server replying from a script (default: 200 ok) and recording every request."""

    def __init__(self) -> None:
        self.requests: list[Received] = []
        self.replies: deque[Reply] = deque()
        self.release = threading.Event()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                stub.requests.append(Received(self.path, dict(self.headers), body))
                reply = stub.replies.popleft() if stub.replies else Reply()
                if reply.hang:
                    stub.release.wait(10)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    data = reply.body.encode()
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the client gave up (timeout)
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub() -> Iterator[SlackStub]:
    server = SlackStub()
    yield server
    server.close()


def make_alert(app: str = "support-bot", state: str = "firing", value: float = 0.18, **extra: Any) -> Alert:
    fields: dict[str, Any] = {
        "alert_id": f"a1b2c3-{app}",
        "idempotency_key": f"a1b2c3-{app}:{state}",
        "rule": "prompt-drift",
        "kind": "prompt_drift",
        "severity": "warning",
        "state": state,
        "segment": Segment(app=app, model="gpt-4o", prompt_version="v3"),
        "value": value,
        "threshold": 0.12,
        "condition": "verdict",
        "event_id": "evt-42",
        "timestamp": T + timedelta(minutes=10 if state == "firing" else 55),
        "started_at": T,
        "detector": "mmd",
        "window_start": T - timedelta(minutes=30),
        "window_end": T + timedelta(minutes=10),
        "n_events": 412,
        "message": "m",
        "actions": ["slack", "reindex"],
        "links": {"dashboard": DASHBOARD},
        **extra,
    }
    return Alert.model_validate(fields)


def notification(*alerts: Alert) -> Notification:
    return Notification.of(alerts or (make_alert(),), T)


EXPECTED_FIRING_BLOCKS = [
    {
        "type": "header",
        "text": {
            "type": "plain_text",
            "text": ":large_orange_circle: WARNING: prompt_drift firing on support-bot / gpt-4o / v3",
            "emoji": True,
        },
    },
    {
        "type": "section",
        "text": {
            "type": "mrkdwn",
            "text": "*prompt_drift* drifted on *support-bot / gpt-4o / v3*: "
            "value *0.18* vs threshold 0.12 (1.50× threshold)",
        },
    },
    {
        "type": "section",
        "fields": [
            {"type": "mrkdwn", "text": "*Since*\n2026-03-01 12:00:00 UTC"},
            {"type": "mrkdwn", "text": "*Window*\n2026-03-01 11:30:00 UTC → 2026-03-01 12:10:00 UTC, 412 events"},
            {"type": "mrkdwn", "text": "*Fired at event*\n`evt-42`"},
            {"type": "mrkdwn", "text": "*Actions*\nSlack, re-index request sent"},
        ],
    },
    {
        "type": "section",
        "text": {"type": "mrkdwn", "text": f"<{DASHBOARD}|Open the Grafana dashboard for this segment>"},
    },
    {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": "rule `prompt-drift` · alert `a1b2c3-support-bot` · detector `mmd`"}],
    },
]
EXPECTED_FIRING_TEXT = " ".join(
    [
        "WARNING prompt_drift firing on support-bot / gpt-4o / v3:",
        "value 0.18 vs threshold 0.12 since 2026-03-01 12:00:00 UTC",
    ]
)


class Recorder:
    """Collects delivery results and requested sleeps."""

    def __init__(self) -> None:
        self.results: list[DeliveryResult] = []
        self.sleeps: list[float] = []

    def on_result(self, result: DeliveryResult) -> None:
        self.results.append(result)


def webhook(stub: SlackStub, recorder: Recorder, **kwargs: Any) -> WebhookTransport:
    return WebhookTransport(stub.base + SECRET_PATH, sleep=recorder.sleeps.append, **kwargs)


async def deliver(transport: Any, recorder: Recorder, *notifications: Notification) -> list[DeliveryResult]:
    notifier = SlackNotifier(transport, on_result=recorder.on_result)
    await notifier.start()
    for n in notifications or (notification(),):
        assert notifier.submit(n)
    await notifier.drain()
    await notifier.close()
    return recorder.results


async def test_webhook_posts_the_exact_block_kit_payload(stub: SlackStub) -> None:
    recorder = Recorder()
    [result] = await deliver(webhook(stub, recorder), recorder)
    assert (result.status, result.attempts, result.http_status, result.reason) == ("delivered", 1, 200, "")
    [request] = stub.requests
    assert request.path == SECRET_PATH
    assert request.headers["Content-Type"].startswith("application/json")
    assert request.body == {
        "text": EXPECTED_FIRING_TEXT,
        "blocks": EXPECTED_FIRING_BLOCKS,
        "unfurl_links": False,
        "unfurl_media": False,
    }


async def test_bot_token_posts_with_chat_post_message(stub: SlackStub) -> None:
    stub.replies.append(Reply(body='{"ok": true, "channel": "C0ALERTS", "ts": "1.2"}', content_type="application/json"))
    recorder = Recorder()
    transport = BotTransport(BOT_TOKEN, "C0ALERTS", base_url=stub.base + "/api/", sleep=recorder.sleeps.append)
    [result] = await deliver(transport, recorder)
    assert result.status == "delivered"
    [request] = stub.requests
    assert request.path == "/api/chat.postMessage"
    assert request.headers["Authorization"] == f"Bearer {BOT_TOKEN}"
    assert request.body == {
        "channel": "C0ALERTS",
        "text": EXPECTED_FIRING_TEXT,
        "blocks": EXPECTED_FIRING_BLOCKS,
        "unfurl_links": False,
        "unfurl_media": False,
    }


async def test_bot_api_errors_are_reported_not_retried(stub: SlackStub) -> None:
    stub.replies.append(Reply(body='{"ok": false, "error": "channel_not_found"}', content_type="application/json"))
    recorder = Recorder()
    transport = BotTransport(BOT_TOKEN, "C-gone", base_url=stub.base + "/api/", sleep=recorder.sleeps.append)
    [result] = await deliver(transport, recorder)
    assert (result.status, result.attempts, result.reason) == ("failed", 1, "HTTP 200: channel_not_found")
    assert len(stub.requests) == 1 and recorder.sleeps == []


async def test_429_waits_exactly_retry_after_then_delivers(stub: SlackStub) -> None:
    stub.replies.extend([Reply(429, "rate_limited", {"Retry-After": "7"}), Reply()])
    recorder = Recorder()
    [result] = await deliver(webhook(stub, recorder), recorder)
    assert (result.status, result.attempts) == ("delivered", 2)
    assert recorder.sleeps == [7.0]
    assert stub.requests[0].body == stub.requests[1].body  # the same message again


async def test_429_over_and_over_gives_up_with_the_reason_and_caps_the_wait(stub: SlackStub) -> None:
    stub.replies.extend([Reply(429, "rate_limited", {"Retry-After": "3600"})] * 5)
    recorder = Recorder()
    [result] = await deliver(webhook(stub, recorder, max_retries=2, max_retry_after=60), recorder)
    assert (result.status, result.attempts, result.http_status) == ("failed", 3, 429)
    assert result.reason == "HTTP 429: rate_limited"
    assert recorder.sleeps == [60.0, 60.0] and len(stub.requests) == 3


async def test_5xx_are_retried_with_capped_backoff(stub: SlackStub) -> None:
    stub.replies.extend([Reply(500, "oops"), Reply(502, "bad gateway"), Reply(503, "down"), Reply()])
    recorder = Recorder()
    [result] = await deliver(webhook(stub, recorder, backoff_initial=1, backoff_max=3), recorder)
    assert (result.status, result.attempts) == ("delivered", 4)
    assert recorder.sleeps == [1.0, 2.0, 3.0]


async def test_persistent_5xx_fails_with_status_and_body(stub: SlackStub) -> None:
    stub.replies.extend([Reply(500, "internal_error")] * 10)
    recorder = Recorder()
    [result] = await deliver(webhook(stub, recorder, max_retries=2), recorder)
    assert (result.status, result.attempts, result.reason) == ("failed", 3, "HTTP 500: internal_error")


@pytest.mark.parametrize(("status", "body"), [(404, "no_service"), (403, "invalid_token"), (400, "invalid_blocks")])
async def test_4xx_fail_at_once(stub: SlackStub, status: int, body: str) -> None:
    stub.replies.append(Reply(status, body))
    recorder = Recorder()
    [result] = await deliver(webhook(stub, recorder), recorder)
    assert (result.status, result.attempts, result.reason) == ("failed", 1, f"HTTP {status}: {body}")
    assert recorder.sleeps == []


async def test_a_timeout_is_retried(stub: SlackStub) -> None:
    stub.replies.extend([Reply(hang=True), Reply()])
    recorder = Recorder()
    [result] = await deliver(webhook(stub, recorder, timeout=0.3), recorder)
    assert (result.status, result.attempts) == ("delivered", 2)
    assert recorder.sleeps == [1.0] and len(stub.requests) == 2


async def test_a_dead_endpoint_fails_after_the_retries() -> None:
    recorder = Recorder()
    transport = WebhookTransport(
        f"http://127.0.0.1:{free_port()}{SECRET_PATH}", max_retries=3, sleep=recorder.sleeps.append
    )
    [result] = await deliver(transport, recorder)
    assert (result.status, result.attempts, result.http_status) == ("failed", 4, None)
    assert result.reason.startswith("URLError:") and "refused" in result.reason.lower()
    assert recorder.sleeps == [1.0, 2.0, 4.0]


async def test_messages_go_out_in_submission_order(stub: SlackStub) -> None:
    recorder = Recorder()
    firing, resolved = notification(make_alert()), notification(make_alert(state="resolved", value=0.05))
    results = await deliver(webhook(stub, recorder), recorder, firing, resolved)
    assert [r.notification.state for r in results] == ["firing", "resolved"]
    assert [r.body["blocks"][0]["text"]["text"].split(":")[1] for r in stub.requests] == [
        "large_orange_circle",
        "white_check_mark",
    ]
    assert (
        "recovered on *support-bot / gpt-4o / v3*: value *0.05*" in stub.requests[1].body["blocks"][1]["text"]["text"]
    )


class BlockingTransport:
    """A transport that blocks until released or interrupted (no HTTP)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.posted: list[SlackMessage] = []

    def post(self, message: SlackMessage) -> PostResult:
        self.posted.append(message)
        if not self.release.wait(10):
            return PostResult(False, 1, None, "test timeout")
        return PostResult(True, 1, 200)

    def interrupt(self) -> None:
        self.release.set()


async def test_submit_never_blocks_full_queue_and_shutdown_are_reported() -> None:
    recorder = Recorder()
    transport = BlockingTransport()
    notifier = SlackNotifier(transport, queue_size=2, on_result=recorder.on_result)
    assert notifier.submit(notification()) is False  # not started: reported, not raised
    await notifier.start()
    ids = [notification(make_alert(app=f"a{i}")) for i in range(5)]
    accepted = [notifier.submit(n) for n in ids]  # returns at once although Slack is stuck
    assert accepted[:2] == [True, True] and accepted[-1] is False
    transport.interrupt()  # Slack answers again
    await notifier.drain()
    await notifier.close()
    by_id = {r.notification_id: r for r in recorder.results}
    assert len(recorder.results) == 6  # one result per submitted notification, no more
    assert sum(r.status == "delivered" for r in recorder.results) == sum(accepted)
    dropped = [r for r in recorder.results if r.status == "failed"]
    assert {r.reason.split(":")[0] for r in dropped} == {"notifier is not running", "queue_full"}
    assert by_id[ids[-1].notification_id].reason.startswith("queue_full")
    assert notifier.stats.dropped == 6 - sum(accepted)


async def test_close_reports_what_could_not_be_delivered() -> None:
    recorder = Recorder()
    transport = BlockingTransport()
    notifier = SlackNotifier(transport, on_result=recorder.on_result)
    await notifier.start()
    for i in range(3):
        notifier.submit(notification(make_alert(app=f"a{i}")))
    await notifier.close(timeout=0.2)
    # the message in flight finishes once the wait is interrupted; the two queued ones are reported failed
    assert [(r.status, r.reason) for r in recorder.results] == [
        ("delivered", ""),
        ("failed", "not delivered before shutdown"),
        ("failed", "not delivered before shutdown"),
    ]
    assert len(transport.posted) == 1


async def test_secrets_never_reach_logs_or_reasons(stub: SlackStub, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder()
    stub.replies.extend([Reply(500, f"echo {SECRET_PATH}")] * 3)  # a proxy echoing the URL back
    await deliver(webhook(stub, recorder, max_retries=2), recorder)
    dead = WebhookTransport(f"http://127.0.0.1:{free_port()}{SECRET_PATH}", max_retries=1, sleep=lambda s: None)
    await deliver(dead, recorder)
    stub.replies.extend([Reply(500, f"echo {BOT_TOKEN}")] * 2 + [Reply(429, "x", {"Retry-After": "1"})])
    bot = BotTransport(BOT_TOKEN, "C1", base_url=stub.base + "/api/", max_retries=2, sleep=lambda s: None)
    await deliver(bot, recorder)
    assert [r.status for r in recorder.results] == ["failed"] * 3
    text = caplog.text + " ".join(r.reason for r in recorder.results)
    assert "SECRET" not in text and "***" in text
    assert "Slack notification" in caplog.text  # failures are logged, just not the secrets


def test_grouped_message_lists_the_largest_within_block_kit_limits() -> None:
    alerts = [make_alert(app=f"app-{i:03d}", value=0.1 + i / 1000) for i in range(150)]
    message = render_notification(Notification.of(tuple(alerts), T, transient=2), max_listed=10)
    header, intro, listing, context = message.blocks
    assert header["text"]["text"] == ":large_orange_circle: WARNING: prompt_drift firing on 150 segments"
    assert intro["text"]["text"].startswith("Rule `prompt-drift`: *150 segments* firing between")
    lines = listing["text"]["text"].splitlines()
    assert len(lines) == 10 and lines[0].startswith("• *app-149 / gpt-4o / v3*: 0.249 vs 0.12")
    assert context["elements"][0]["text"].startswith("…and 140 more segments")
    assert "2 more fired and recovered within the window" in context["elements"][0]["text"]
    huge = [make_alert(app="x" * 400 + str(i)) for i in range(40)]
    long = render_notification(Notification.of(tuple(huge), T), max_listed=40)
    assert all(len(b["text"]["text"]) <= 3000 for b in long.blocks if b["type"] == "section")
    assert len(render_notification(Notification.of((huge[0],), T)).blocks[0]["text"]["text"]) <= 150
    assert message.text == "WARNING prompt_drift firing on 150 segments (rule prompt-drift)"


def test_transport_and_notifier_follow_the_settings() -> None:
    assert transport_from_settings(AlertingSettings()) is None
    assert notifier_from_settings(AlertingSettings()) is None
    hook = transport_from_settings(AlertingSettings(slack_webhook_url="https://hooks.slack.com/services/x"))
    assert isinstance(hook, WebhookTransport)
    bot = transport_from_settings(AlertingSettings(slack_bot_token="xoxb-1", slack_channel="C1"))
    assert isinstance(bot, BotTransport) and bot.channel == "C1"
    with pytest.raises(ValueError, match="not both"):
        AlertingSettings(slack_webhook_url="https://a", slack_bot_token="xoxb-1", slack_channel="C1")
    with pytest.raises(ValueError, match="must start with https://"):
        WebhookTransport("hooks.slack.com/services/x")


OK_JSON = Reply(body='{"ok": true, "channel": "C0ALERTS", "ts": "1.2"}', content_type="application/json")


def bot(base: str, recorder: Recorder, **kwargs: Any) -> BotTransport:
    return BotTransport(BOT_TOKEN, "C0ALERTS", base_url=base + "/api/", sleep=recorder.sleeps.append, **kwargs)


async def test_bot_token_honours_retry_after_and_retries_5xx(stub: SlackStub) -> None:
    limited = Reply(429, '{"ok": false, "error": "ratelimited"}', {"Retry-After": "4"}, content_type="application/json")
    stub.replies.extend([limited, Reply(503, "unavailable"), OK_JSON])
    recorder = Recorder()
    [result] = await deliver(bot(stub.base, recorder, backoff_initial=1, backoff_max=30), recorder)
    assert (result.status, result.attempts, result.http_status) == ("delivered", 3, 200)
    assert recorder.sleeps == [4.0, 2.0]  # Retry-After exactly, then the back-off of the second attempt
    assert [r.path for r in stub.requests] == ["/api/chat.postMessage"] * 3
    assert stub.requests[0].body == stub.requests[2].body


async def test_bot_token_gives_up_on_persistent_429_with_the_reason(stub: SlackStub) -> None:
    limited = Reply(429, '{"ok": false, "error": "ratelimited"}', {"Retry-After": "2"}, content_type="application/json")
    stub.replies.extend([limited] * 5)
    recorder = Recorder()
    [result] = await deliver(bot(stub.base, recorder, max_retries=2), recorder)
    assert (result.status, result.attempts, result.http_status) == ("failed", 3, 429)
    assert result.reason == "HTTP 429: ratelimited" and recorder.sleeps == [2.0, 2.0]


async def test_bot_token_against_a_dead_endpoint_fails_after_the_retries() -> None:
    recorder = Recorder()
    [result] = await deliver(bot(f"http://127.0.0.1:{free_port()}", recorder, max_retries=2), recorder)
    assert (result.status, result.attempts, result.http_status) == ("failed", 3, None)
    assert result.reason.startswith("URLError:") and "refused" in result.reason.lower()
    assert BOT_TOKEN not in result.reason and recorder.sleeps == [1.0, 2.0]


async def test_a_persistent_timeout_fails_with_the_reason(stub: SlackStub) -> None:
    stub.replies.extend([Reply(hang=True)] * 3)
    recorder = Recorder()
    [result] = await deliver(webhook(stub, recorder, timeout=0.2, max_retries=2), recorder)
    assert (result.status, result.attempts, result.http_status) == ("failed", 3, None)
    assert "timed out" in result.reason.lower() and SECRET_PATH not in result.reason
    assert recorder.sleeps == [1.0, 2.0] and len(stub.requests) == 3


async def test_retry_after_as_an_http_date_falls_back_to_one_second(stub: SlackStub) -> None:
    stub.replies.extend([Reply(429, "rate_limited", {"Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT"}), Reply()])
    recorder = Recorder()
    [result] = await deliver(webhook(stub, recorder), recorder)
    assert (result.status, result.attempts) == ("delivered", 2) and recorder.sleeps == [1.0]
