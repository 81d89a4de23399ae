"""Reference downstream consumer: how a retrain or re-index pipeline subscribes to driftline.

Run it::

    python -m streams.reference_consumer --topic llm.retrain.requests \\
        --bootstrap kafka:9092 --group my-retrain-pipeline \\
        --state-file ./handled-keys.txt --exec ./retrain.sh

Without ``--exec`` it prints one JSON line per request it handles. With ``--exec CMD`` it runs
``CMD`` (no shell) once per request with the request JSON on standard input; a non-zero exit is
a failure and the request is retried. Kafka security settings come from the usual
``DRIFTLINE_KAFKA_*`` environment variables.

What it does, and what a downstream team should copy:

1. **Subscribe** with a consumer group, auto-commit off, from the earliest offset for a new group.
2. **Validate** each message against the published JSON Schema
   (``schemas/json/{retrain_request,reindex_request,alert}.v1.schema.json``, chosen by the
   message's ``request_type``) and check ``schema_version``. Invalid messages are logged and
   skipped: they never become valid.
3. **Deduplicate** on ``idempotency_key``: delivery is at least once, and replays republish the
   same keys. Keys are kept in memory (bounded) and, with ``--state-file``, on disk.
4. **Act**, then record the key and commit the offset. A failing handler is retried with
   back-off; the offset is never committed past a request that was not handled.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import inspect
import json
import logging
import os
import shlex
import signal
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from aiokafka import AIOKafkaConsumer, TopicPartition
from pydantic import ValidationError

from schemas.alerts import Alert, ReindexRequest, RetrainRequest
from schemas.jsonschema import SCHEMA_DIR
from schemas.settings import Settings
from streams.kafka import aiokafka_kwargs
from streams.sink import RetryPolicy

__all__ = [
    "ConsumerStats",
    "FileIdempotencyStore",
    "IdempotencyStore",
    "InvalidMessage",
    "MemoryIdempotencyStore",
    "ReferenceConsumer",
    "main",
    "parse_message",
]

log = logging.getLogger(__name__)

Message = RetrainRequest | ReindexRequest | Alert
Handler = Callable[[Message], Awaitable[None] | None]

_SCHEMAS: dict[str, tuple[str, type[Message]]] = {
    "retrain": ("retrain_request.v1.schema.json", RetrainRequest),
    "reindex": ("reindex_request.v1.schema.json", ReindexRequest),
    "alert": ("alert.v1.schema.json", Alert),
}
_SUPPORTED_VERSION = 1


class InvalidMessage(ValueError):
    """A message that does not match its schema (it is skipped, never retried)."""


@cache
def _validator(name: str) -> Any:
    """A JSON Schema validator for a published schema file (None without ``jsonschema``)."""
    try:
        import jsonschema
    except ImportError:  # the pydantic model still validates
        return None
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def parse_message(value: bytes) -> Message:
    """Decode and validate one message; raises :class:`InvalidMessage` with the reason.

    >>> parse_message(b'{"schema_version": 2, "request_type": "retrain"}')
    Traceback (most recent call last):
    ...
    streams.reference_consumer.InvalidMessage: unsupported schema_version 2 (this consumer reads 1)
    """
    try:
        document = json.loads(value)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidMessage(f"not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise InvalidMessage(f"expected a JSON object, got {type(document).__name__}")
    version = document.get("schema_version")
    if version != _SUPPORTED_VERSION:
        raise InvalidMessage(f"unsupported schema_version {version!r} (this consumer reads {_SUPPORTED_VERSION})")
    kind = document.get("request_type", "alert")
    if kind not in _SCHEMAS:
        raise InvalidMessage(f"unknown request_type {kind!r}; valid: retrain, reindex")
    file_name, model = _SCHEMAS[kind]
    validator = _validator(file_name)
    if validator is not None:
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            where = "/".join(str(p) for p in errors[0].absolute_path) or "(root)"
            raise InvalidMessage(f"{file_name}: {where}: {errors[0].message}")
    try:
        return model.model_validate(document)
    except ValidationError as exc:
        raise InvalidMessage(f"{file_name}: {exc.errors(include_url=False)[0]['msg']}") from None


class IdempotencyStore(Protocol):
    """Remembers which idempotency keys were handled."""

    def seen(self, key: str) -> bool: ...

    def add(self, key: str) -> None: ...


class MemoryIdempotencyStore:
    """The most recent ``max_keys`` keys, in memory."""

    def __init__(self, max_keys: int = 100_000) -> None:
        self.max_keys = max_keys
        self._keys: collections.OrderedDict[str, None] = collections.OrderedDict()

    def seen(self, key: str) -> bool:
        return key in self._keys

    def add(self, key: str) -> None:
        self._keys[key] = None
        self._keys.move_to_end(key)
        while len(self._keys) > self.max_keys:
            self._keys.popitem(last=False)


class FileIdempotencyStore(MemoryIdempotencyStore):
    """Keys in memory plus an append-only file (one key a line, fsynced), reloaded at start."""

    def __init__(self, path: Path, max_keys: int = 1_000_000) -> None:
        super().__init__(max_keys)
        self.path = path
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    super().add(line.strip())

    def add(self, key: str) -> None:
        super().add(key)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(key.replace("\n", " ") + "\n")
            handle.flush()
            os.fsync(handle.fileno())


@dataclass(slots=True)
class ConsumerStats:
    """Counters (monotonic)."""

    received: int = 0
    handled: int = 0
    duplicates: int = 0
    invalid: int = 0
    handler_failures: int = 0


class ReferenceConsumer:
    """Consumes request (or alert) topics and calls ``handler`` once per idempotency key.

    Parameters
    ----------
    topics:
        Topics to subscribe to, e.g. ``["llm.retrain.requests"]``.
    handler:
        Called with the parsed :class:`RetrainRequest`, :class:`ReindexRequest` or :class:`Alert`;
        sync or async; raising means "not handled, retry".
    """

    def __init__(
        self,
        topics: Sequence[str],
        handler: Handler,
        *,
        settings: Settings | None = None,
        group_id: str = "driftline-reference-consumer",
        idempotency: IdempotencyStore | None = None,
        retry: RetryPolicy | None = None,
        max_handler_attempts: int | None = None,
    ) -> None:
        self.topics = list(topics)
        self.handler = handler
        self.settings = settings or Settings()
        self.group_id = group_id
        self.idempotency = idempotency or MemoryIdempotencyStore()
        self.retry = retry or RetryPolicy(1.0, 60.0)
        self.max_handler_attempts = max_handler_attempts
        self.stats = ConsumerStats()
        self._consumer: AIOKafkaConsumer | None = None

    async def start(self) -> None:
        """Connect and subscribe."""
        s = self.settings
        self._consumer = AIOKafkaConsumer(
            *self.topics,
            group_id=self.group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            session_timeout_ms=int(s.broker_session_timeout * 1000),
            rebalance_timeout_ms=int(s.broker_rebalance_timeout * 1000),
            heartbeat_interval_ms=int(s.broker_heartbeat_interval * 1000),
            **aiokafka_kwargs(s),
        )
        await self._consumer.start()

    async def stop(self) -> None:
        """Leave the group and disconnect."""
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None

    async def __aenter__(self) -> ReferenceConsumer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def handle(self, value: bytes) -> str:
        """Process one message value: ``"handled"``, ``"duplicate"`` or ``"invalid"``.

        Returns only once the handler succeeded (retrying it with back-off) or gave up after
        ``max_handler_attempts`` (then ``"failed"``).
        """
        self.stats.received += 1
        try:
            message = parse_message(value)
        except InvalidMessage as exc:
            self.stats.invalid += 1
            log.warning("skipping an invalid message: %s", exc)
            return "invalid"
        key = message.idempotency_key
        if self.idempotency.seen(key):
            self.stats.duplicates += 1
            log.info("skipping %s: already handled", key)
            return "duplicate"
        attempt = 0
        while True:
            try:
                outcome = self.handler(message)
                if inspect.isawaitable(outcome):
                    await outcome
                break
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                attempt += 1
                self.stats.handler_failures += 1
                log.warning("handler failed for %s (attempt %d): %s", key, attempt, exc)
                if self.max_handler_attempts is not None and attempt >= self.max_handler_attempts:
                    log.error("giving up on %s after %d attempts", key, attempt)
                    return "failed"
                await asyncio.sleep(self.retry.delay(attempt))
        self.idempotency.add(key)
        self.stats.handled += 1
        return "handled"

    async def run(self, max_messages: int | None = None, stop: asyncio.Event | None = None) -> ConsumerStats:
        """Consume until ``stop`` is set or ``max_messages`` were received (handled, duplicate or invalid)."""
        if self._consumer is None:
            raise RuntimeError("call start() first")
        consumer = self._consumer
        stop = stop or asyncio.Event()
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=500, max_records=100)
            for partition, records in sorted(batches.items()):
                for record in records:
                    await self.handle(record.value or b"")
                    await consumer.commit({TopicPartition(partition.topic, partition.partition): record.offset + 1})
                    if max_messages is not None and self.stats.received >= max_messages:
                        return self.stats
        return self.stats


def _print_handler(message: Message) -> None:
    summary: dict[str, Any] = {
        "type": getattr(message, "request_type", "alert"),
        "idempotency_key": message.idempotency_key,
        "alert_id": message.alert_id,
        "segment": message.segment.model_dump(),
    }
    if isinstance(message, RetrainRequest | ReindexRequest):
        summary.update(signal=message.signal, statistic=message.statistic, threshold=message.threshold)
        summary["sql"] = message.query.sql
    print(json.dumps(summary), flush=True)


def _exec_handler(command: str) -> Handler:
    argv = shlex.split(command)

    async def run(message: Message) -> None:
        process = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.PIPE,
            env={**os.environ, "DRIFTLINE_IDEMPOTENCY_KEY": message.idempotency_key},
        )
        await process.communicate(message.model_dump_json().encode())
        if process.returncode != 0:
            raise RuntimeError(f"{argv[0]} exited with status {process.returncode}")

    return run


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m streams.reference_consumer",
        description="Consume driftline retrain / re-index requests: validate, deduplicate, act, commit.",
    )
    parser.add_argument("--topic", action="append", required=True, help="topic to consume (repeatable)")
    parser.add_argument("--bootstrap", help="Kafka bootstrap servers (default: DRIFTLINE_KAFKA_BOOTSTRAP)")
    parser.add_argument("--group", default="driftline-reference-consumer", help="consumer group id")
    parser.add_argument("--state-file", type=Path, help="file keeping handled idempotency keys across restarts")
    parser.add_argument("--exec", dest="command", help="command run per request, request JSON on stdin")
    parser.add_argument("--max-messages", type=int, help="exit after this many messages (for scripts and tests)")
    parser.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    return parser.parse_args(argv)


async def _main(args: argparse.Namespace) -> int:
    settings = Settings(kafka_bootstrap=args.bootstrap) if args.bootstrap else Settings()
    handler = _exec_handler(args.command) if args.command else _print_handler
    store = FileIdempotencyStore(args.state_file) if args.state_file else MemoryIdempotencyStore()
    consumer = ReferenceConsumer(args.topic, handler, settings=settings, group_id=args.group, idempotency=store)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    async with consumer:
        stats = await consumer.run(args.max_messages, stop)
    log.info(
        "received %d, handled %d, duplicates %d, invalid %d",
        stats.received,
        stats.handled,
        stats.duplicates,
        stats.invalid,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    args = _arguments(argv)
    logging.basicConfig(
        level=args.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    return asyncio.run(_main(args))


if __name__ == "__main__":
    sys.exit(main())
