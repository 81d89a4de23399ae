"""Slack notifier: Block Kit messages through slack-sdk, off the pipeline's path.

:class:`SlackNotifier` never blocks its caller: :meth:`~SlackNotifier.submit` puts the
notification on a bounded queue and returns at once; one background task posts them in order
(a resolution never overtakes its firing) on a dedicated thread, with slack-sdk's blocking
clients (:class:`~slack_sdk.webhook.WebhookClient` for an incoming webhook,
:class:`~slack_sdk.WebClient` ``chat.postMessage`` for a bot token).

Retries use slack-sdk's retry handlers: connection errors and timeouts, HTTP 5xx, and HTTP 429
honouring ``Retry-After`` (capped), with capped exponential back-off. ``WebhookClient`` returns
4xx/5xx responses without raising, so the final status code is checked. Every notification ends
in exactly one :class:`DeliveryResult` passed to ``on_result``: ``delivered``, or ``failed`` with
the reason (HTTP status and Slack's error, the exception, ``queue_full``, or shutdown). The alert
itself is never lost with a message: it is in the ``alerts`` table and on ``llm.alerts`` already.

Secrets (the webhook URL embeds a token; the bot token) never reach logs or failure reasons:
slack-sdk logs through a dedicated logger that drops DEBUG/INFO and redacts them.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import inspect
import logging
import math
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.client import RemoteDisconnected
from typing import Any, Literal, Protocol
from urllib.error import URLError
from urllib.parse import urlsplit

from pydantic import SecretStr
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import (
    ConnectionErrorRetryHandler,
    HttpRequest,
    HttpResponse,
    RateLimitErrorRetryHandler,
    RetryHandler,
    RetryIntervalCalculator,
    RetryState,
)
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from detectors.alerting.blocks import SlackMessage, render_notification
from detectors.alerting.grouping import Notification
from schemas.settings import Settings as AlertingSettings

__all__ = [
    "BotTransport",
    "CappedBackoff",
    "DeliveryAborted",
    "DeliveryResult",
    "NotifierStats",
    "PostResult",
    "SlackNotifier",
    "SlackTransport",
    "WebhookTransport",
    "notifier_from_settings",
    "parse_retry_after",
    "retry_handlers",
    "transport_from_settings",
]

log = logging.getLogger(__name__)

Sleep = Callable[[float], None]
ResultCallback = Callable[["DeliveryResult"], Awaitable[None] | None]


class DeliveryAborted(Exception):
    """Raised inside a retry wait when the notifier shuts down."""


class CappedBackoff(RetryIntervalCalculator):
    """Exponential back-off ``initial * 2**attempt`` capped at ``maximum`` seconds (no jitter).

    >>> [CappedBackoff(1, 5).calculate_sleep_duration(n) for n in range(5)]
    [1.0, 2.0, 4.0, 5.0, 5.0]
    """

    def __init__(self, initial: float = 1.0, maximum: float = 30.0) -> None:
        self.initial = float(initial)
        self.maximum = float(maximum)

    def calculate_sleep_duration(self, current_attempt: int) -> float:
        return min(self.maximum, self.initial * 2 ** min(current_attempt, 30))


def parse_retry_after(value: str | None, default: float, cap: float) -> float:
    """Seconds to wait from a ``Retry-After`` value (seconds; an HTTP date falls back to ``default``).

    >>> parse_retry_after("7", 1, 60), parse_retry_after("2.5", 1, 60), parse_retry_after("900", 1, 60)
    (7.0, 2.5, 60.0)
    >>> parse_retry_after(None, 1, 60), parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT", 1, 60)
    (1.0, 1.0)
    """
    try:
        seconds = float(value) if value is not None else default
    except ValueError:
        seconds = default
    if not math.isfinite(seconds) or seconds < 0:
        seconds = default
    return float(min(seconds, cap))


class _Counter:
    def __init__(self) -> None:
        self.retries = 0


class _Waiting:
    """Mixin: waits through an injectable ``sleep`` and counts retries."""

    _sleep: Sleep
    _counter: _Counter

    def _wait(self, state: RetryState, seconds: float) -> None:
        state.next_attempt_requested = True
        self._counter.retries += 1
        self._sleep(seconds)
        state.increment_current_attempt()


class _BackoffWaiting(_Waiting):
    """Mixin: waits the handler's back-off interval before the next attempt."""

    interval_calculator: RetryIntervalCalculator

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        self._wait(state, self.interval_calculator.calculate_sleep_duration(state.current_attempt))


class _ConnectionRetry(_BackoffWaiting, ConnectionErrorRetryHandler):
    def __init__(self, max_retry_count: int, backoff: RetryIntervalCalculator, sleep: Sleep, counter: _Counter):
        super().__init__(
            max_retry_count=max_retry_count,
            interval_calculator=backoff,
            error_types=[URLError, ConnectionError, RemoteDisconnected, TimeoutError],
        )
        self._sleep, self._counter = sleep, counter


class _ServerErrorRetry(_BackoffWaiting, ServerErrorRetryHandler):
    """Retries every 5xx (slack-sdk's own handler covers only 500 and 503)."""

    def __init__(self, max_retry_count: int, backoff: RetryIntervalCalculator, sleep: Sleep, counter: _Counter):
        super().__init__(max_retry_count=max_retry_count, interval_calculator=backoff)
        self._sleep, self._counter = sleep, counter

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return response is not None and 500 <= response.status_code < 600


class _RateLimitRetry(_Waiting, RateLimitErrorRetryHandler):
    """Honours ``Retry-After`` exactly (capped); slack-sdk's own handler adds up to 1 s and needs an integer."""

    def __init__(self, max_retry_count: int, max_wait: float, sleep: Sleep, counter: _Counter):
        super().__init__(max_retry_count=max_retry_count)
        self._max_wait, self._sleep, self._counter = max_wait, sleep, counter

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        value = None
        if response is not None:
            for name, values in response.headers.items():
                if name.lower() == "retry-after" and values:
                    value = values[0] if isinstance(values, list) else str(values)
                    break
        self._wait(state, parse_retry_after(value, 1.0, self._max_wait))


def retry_handlers(
    max_retries: int, backoff: RetryIntervalCalculator, max_retry_after: float, sleep: Sleep, counter: _Counter
) -> list[RetryHandler]:
    """slack-sdk retry handlers for connection errors/timeouts, 429 (Retry-After) and 5xx."""
    return [
        _ConnectionRetry(max_retries, backoff, sleep, counter),
        _RateLimitRetry(max_retries, max_retry_after, sleep, counter),
        _ServerErrorRetry(max_retries, backoff, sleep, counter),
    ]


class _Redact(logging.Filter):
    def __init__(self, secrets: Sequence[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        for secret in self.secrets:
            text = text.replace(secret, "***")
        record.msg, record.args = text, None
        return True


def _sdk_logger(secrets: Sequence[str]) -> logging.Logger:
    """A private logger for slack-sdk: WARNING and above only, secrets redacted.

    Not registered with :mod:`logging` (one per transport, garbage-collected with it); its
    records propagate to this module's logger.
    """
    logger = logging.Logger(f"{__name__}.sdk")
    logger.parent = log
    logger.setLevel(logging.WARNING)  # slack-sdk logs URLs and bodies at DEBUG/INFO
    logger.addFilter(_Redact(secrets))
    return logger


@dataclass(frozen=True, slots=True)
class PostResult:
    """The outcome of posting one message (after slack-sdk's retries)."""

    ok: bool
    attempts: int
    http_status: int | None = None
    reason: str = ""


class SlackTransport(Protocol):
    """Posts one message, blocking (runs on the notifier's thread)."""

    def post(self, message: SlackMessage) -> PostResult: ...

    def interrupt(self) -> None:
        """Make retry waits end at once (shutdown)."""
        ...


class _BaseTransport:
    def __init__(
        self,
        secrets: Sequence[str],
        max_retries: int,
        backoff_initial: float,
        backoff_max: float,
        max_retry_after: float | None,
        sleep: Sleep | None,
    ) -> None:
        self._secrets = [s for s in secrets if s]
        self._stop = threading.Event()
        self._counter = _Counter()
        self.handlers = retry_handlers(
            max_retries,
            CappedBackoff(backoff_initial, backoff_max),
            max_retry_after if max_retry_after is not None else 10 * backoff_max,
            sleep or self._interruptible_sleep,
            self._counter,
        )
        self.logger = _sdk_logger(self._secrets)

    def _interruptible_sleep(self, seconds: float) -> None:
        if self._stop.wait(seconds):
            raise DeliveryAborted("notifier is shutting down")

    def interrupt(self) -> None:
        self._stop.set()

    def scrub(self, text: str) -> str:
        """``text`` with every secret replaced by ``***``."""
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def _failure(self, exc: BaseException) -> PostResult:
        if isinstance(exc, DeliveryAborted):
            return PostResult(False, self._counter.retries + 1, None, "aborted: notifier shut down while retrying")
        reason = self.scrub(f"{type(exc).__name__}: {exc}")[:500]
        return PostResult(False, self._counter.retries + 1, None, reason)


def _secret(value: str | SecretStr) -> str:
    return value.get_secret_value() if isinstance(value, SecretStr) else value


class WebhookTransport(_BaseTransport):
    """Posts to a Slack incoming webhook (the URL is a secret)."""

    def __init__(
        self,
        url: str | SecretStr,
        *,
        timeout: float = 10.0,
        max_retries: int = 4,
        backoff_initial: float = 1.0,
        backoff_max: float = 30.0,
        max_retry_after: float | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        raw = _secret(url)
        if not raw.lower().startswith(("https://", "http://")):
            raise ValueError("the Slack webhook URL must start with https:// (or http:// for a local test server)")
        path = urlsplit(raw).path  # the token is the path: redact it on its own too
        secrets = [raw, path] if len(path) > 1 else [raw]
        super().__init__(secrets, max_retries, backoff_initial, backoff_max, max_retry_after, sleep)
        self._client = WebhookClient(
            raw,
            timeout=timeout,  # type: ignore[arg-type]
            retry_handlers=self.handlers,
            logger=self.logger,
        )

    def post(self, message: SlackMessage) -> PostResult:
        self._counter.retries = 0
        try:
            response = self._client.send(
                text=message.text, blocks=message.blocks, unfurl_links=False, unfurl_media=False
            )
        except Exception as exc:
            return self._failure(exc)
        attempts = self._counter.retries + 1
        if response.status_code == 200:
            return PostResult(True, attempts, 200)
        body = self.scrub(str(response.body or "")).strip()[:200]
        return PostResult(False, attempts, response.status_code, f"HTTP {response.status_code}: {body or 'no body'}")


class BotTransport(_BaseTransport):
    """Posts with a bot token through ``chat.postMessage`` to one channel."""

    def __init__(
        self,
        token: str | SecretStr,
        channel: str,
        *,
        base_url: str = "https://slack.com/api/",
        timeout: float = 10.0,
        max_retries: int = 4,
        backoff_initial: float = 1.0,
        backoff_max: float = 30.0,
        max_retry_after: float | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        raw = _secret(token)
        super().__init__([raw], max_retries, backoff_initial, backoff_max, max_retry_after, sleep)
        self.channel = channel
        self._client = WebClient(
            token=raw,
            base_url=base_url,
            timeout=math.ceil(timeout),
            retry_handlers=self.handlers,
            logger=self.logger,
        )

    def post(self, message: SlackMessage) -> PostResult:
        self._counter.retries = 0
        try:
            self._client.chat_postMessage(
                channel=self.channel,
                text=message.text,
                blocks=message.blocks,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as exc:
            response = exc.response
            status = getattr(response, "status_code", None)
            error = response.get("error") if hasattr(response, "get") else None
            reason = self.scrub(f"HTTP {status}: {error or 'slack api error'}")
            return PostResult(False, self._counter.retries + 1, status, reason)
        except Exception as exc:
            return self._failure(exc)
        return PostResult(True, self._counter.retries + 1, 200)


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    """What became of one notification."""

    notification: Notification
    status: Literal["delivered", "failed"]
    attempts: int
    reason: str = ""
    http_status: int | None = None
    finished_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def notification_id(self) -> str:
        return self.notification.notification_id


@dataclass(slots=True)
class NotifierStats:
    """Counters (monotonic)."""

    submitted: int = 0
    delivered: int = 0
    failed: int = 0
    dropped: int = 0


class SlackNotifier:
    """Posts notifications in the background (see the module docstring for the guarantees).

    Use ``await start()``, then :meth:`submit` from the event loop, and ``await close()``.
    ``on_result`` (sync or async) receives one :class:`DeliveryResult` per submitted
    notification; its errors are logged, never raised.
    """

    def __init__(
        self,
        transport: SlackTransport,
        *,
        queue_size: int = 1000,
        on_result: ResultCallback | None = None,
        max_listed: int = 10,
    ) -> None:
        self.transport = transport
        self.queue_size = queue_size
        self.on_result = on_result
        self.max_listed = max_listed
        self.stats = NotifierStats()
        self._queue: asyncio.Queue[Notification] | None = None
        self._task: asyncio.Task[None] | None = None
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._inflight: Notification | None = None
        self._callbacks: set[asyncio.Task[None]] = set()
        self._closing = False
        self._stopping = False

    async def start(self) -> None:
        """Start the background task (idempotent)."""
        if self._task is not None:
            return
        self._queue = asyncio.Queue(maxsize=self.queue_size)
        self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="driftline-slack")
        self._task = asyncio.create_task(self._run(), name="driftline-slack-notifier")

    def submit(self, notification: Notification) -> bool:
        """Queue ``notification``; returns False (and reports it failed) when not running or full."""
        self.stats.submitted += 1
        if self._queue is None or self._closing:
            self._drop(notification, "notifier is not running")
            return False
        try:
            self._queue.put_nowait(notification)
        except asyncio.QueueFull:
            self._drop(notification, f"queue_full: {self.queue_size} notifications already waiting for Slack")
            return False
        return True

    async def drain(self) -> None:
        """Wait until every queued notification has a result (tests, orderly shutdown)."""
        if self._queue is not None:
            await self._queue.join()
        while self._callbacks:
            await asyncio.gather(*list(self._callbacks), return_exceptions=True)

    async def close(self, timeout: float = 10.0, grace: float = 5.0) -> None:
        """Deliver what is queued within ``timeout`` seconds, then report the rest failed and stop.

        After ``timeout``, retry waits are interrupted and the message in flight gets ``grace``
        more seconds to finish its HTTP request (so a message Slack did receive is not reported
        failed); whatever is left is reported ``failed`` with "not delivered before shutdown".
        """
        self._closing = True
        if self._task is None or self._queue is None:
            return
        try:
            await asyncio.wait_for(self._queue.join(), timeout)
        except TimeoutError:
            self._stopping = True
            self.transport.interrupt()
            await asyncio.wait({self._task}, timeout=grace)
        inflight = self._inflight
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        leftovers = [inflight] if inflight is not None else []
        while not self._queue.empty():
            leftovers.append(self._queue.get_nowait())
            self._queue.task_done()
        for notification in leftovers:
            await self._report(DeliveryResult(notification, "failed", 0, "not delivered before shutdown"))
        while self._callbacks:
            await asyncio.gather(*list(self._callbacks), return_exceptions=True)
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._task = None

    # --- internals ----------------------------------------------------------------------
    def _drop(self, notification: Notification, reason: str) -> None:
        self.stats.dropped += 1
        result = DeliveryResult(notification, "failed", 0, reason)
        try:
            task = asyncio.get_running_loop().create_task(self._report(result))
        except RuntimeError:  # no loop: nobody to tell but the log
            log.warning("Slack notification %s dropped: %s", notification.notification_id, reason)
            return
        self._callbacks.add(task)
        task.add_done_callback(self._callbacks.discard)

    def _deliver(self, notification: Notification) -> DeliveryResult:
        started = time.monotonic()
        try:
            message = render_notification(notification, self.max_listed)
            posted = self.transport.post(message)
        except Exception as exc:  # a bug in rendering or a transport: report, never kill the worker
            log.exception("Slack notification %s could not be posted", notification.notification_id)
            return DeliveryResult(notification, "failed", 1, f"internal error: {type(exc).__name__}")
        status: Literal["delivered", "failed"] = "delivered" if posted.ok else "failed"
        log.debug(
            "Slack notification %s %s after %d attempt(s) in %.2f s",
            notification.notification_id,
            status,
            posted.attempts,
            time.monotonic() - started,
        )
        return DeliveryResult(notification, status, posted.attempts, posted.reason, posted.http_status)

    async def _run(self) -> None:
        assert self._queue is not None
        loop = asyncio.get_running_loop()
        while not self._stopping:
            notification = await self._queue.get()
            self._inflight = notification
            try:
                result = await loop.run_in_executor(self._executor, self._deliver, notification)
                self._inflight = None  # from here on it is reported exactly once, below
                await self._report(result)
            finally:
                self._inflight = None
                self._queue.task_done()

    async def _report(self, result: DeliveryResult) -> None:
        if result.status == "delivered":
            self.stats.delivered += 1
        else:
            self.stats.failed += 1
            log.warning(
                "Slack notification %s (rule %s, %d alert(s)) failed after %d attempt(s): %s",
                result.notification_id,
                result.notification.rule,
                len(result.notification.alerts),
                result.attempts,
                result.reason,
            )
        if self.on_result is None:
            return
        try:
            outcome = self.on_result(result)
            if inspect.isawaitable(outcome):
                await outcome
        except Exception:
            log.exception("on_result callback failed for notification %s", result.notification_id)


def transport_from_settings(settings: AlertingSettings, sleep: Sleep | None = None) -> SlackTransport | None:
    """The transport the settings ask for (None when Slack is not configured)."""
    common: dict[str, Any] = {
        "timeout": settings.slack_timeout_seconds,
        "max_retries": settings.slack_max_retries,
        "backoff_max": settings.slack_backoff_max_seconds,
        "sleep": sleep,
    }
    if settings.slack_webhook_url is not None:
        return WebhookTransport(settings.slack_webhook_url, **common)
    if settings.slack_bot_token is not None and settings.slack_channel:
        return BotTransport(settings.slack_bot_token, settings.slack_channel, base_url=settings.slack_api_url, **common)
    return None


def notifier_from_settings(
    settings: AlertingSettings, on_result: ResultCallback | None = None, max_listed: int = 10
) -> SlackNotifier | None:
    """A notifier for the configured Slack (None when Slack is not configured); call ``start()``."""
    transport = transport_from_settings(settings)
    if transport is None:
        return None
    return SlackNotifier(transport, queue_size=settings.slack_queue_size, on_result=on_result, max_listed=max_listed)
