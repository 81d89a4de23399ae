"""One-shot and demo tasks the compose file runs in the driftline image.

``python compose_tasks.py init``   apply the ClickHouse migrations and declare the Kafka topics
                                   (retrying while the servers start), then exit.
``python compose_tasks.py demo``   publish synthetic traffic with scheduled drift and safety
                                   incidents (``streams.demo.DemoTraffic``) until stopped.

Settings come from the usual ``DRIFTLINE_*`` environment variables.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TypeVar

from schemas.settings import Settings
from streams.demo import DemoTraffic
from streams.kafka import ensure_topics
from streams.producer import EventProducer
from streams.store import open_store

log = logging.getLogger("driftline.compose")
T = TypeVar("T")


async def _retry(what: str, action: Callable[[], Awaitable[T]], attempts: int, delay_s: float) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return await action()
        except Exception as exc:
            if attempt == attempts:
                raise
            log.warning("%s not ready (%s); retry %d/%d in %.0f s", what, str(exc)[:200], attempt, attempts, delay_s)
            await asyncio.sleep(delay_s)
    raise AssertionError("unreachable")


async def init(settings: Settings, attempts: int) -> None:
    """Apply migrations and declare topics."""

    async def migrate() -> list[int]:
        with open_store(settings.resolved_clickhouse_url(), settings.clickhouse_database) as store:
            return store.migrate()

    applied = await _retry("ClickHouse", migrate, attempts, 2.0)
    log.info("%s: %s", settings.safe_clickhouse_url(), f"applied {applied}" if applied else "up to date")
    created = await _retry("Kafka", lambda: ensure_topics(settings), attempts, 2.0)
    log.info("topics created: %s", ", ".join(created) or "none (all present)")


async def demo(settings: Settings, rate: float, seed: int, incident_after: int) -> None:
    """Publish demo events at ``rate`` per second, stamped with the current time, until SIGTERM."""
    await _retry("Kafka", lambda: ensure_topics(settings), 60, 2.0)
    producer = EventProducer(settings)
    await producer.start()
    traffic = DemoTraffic(seed=seed, incident_after=incident_after)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    interval = 1.0 / max(rate, 0.1)
    next_at = time.monotonic()
    last_report = next_at
    try:
        while not stop.is_set():
            event = traffic.next_event()
            # Wall-clock event time, so dashboards over "now-6h" show the traffic as it arrives.
            event["timestamp"] = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
            producer.emit(event)
            next_at += interval
            if time.monotonic() - last_report >= 30:
                last_report = time.monotonic()
                log.info("demo: %s", producer.stats)
            delay = next_at - time.monotonic()
            if delay > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=delay)
    finally:
        await producer.stop(timeout_s=5.0)
        log.info("demo stopped: %s", producer.stats)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="task", required=True)
    init_parser = sub.add_parser("init", help="apply migrations and declare topics, then exit")
    init_parser.add_argument("--attempts", type=int, default=60, help="connection attempts, 2 s apart")
    demo_parser = sub.add_parser("demo", help="publish synthetic traffic with incidents")
    demo_parser.add_argument("--rate", type=float, default=20.0, help="events per second")
    demo_parser.add_argument("--seed", type=int, default=0, help="random seed (0: from the clock)")
    demo_parser.add_argument("--incident-after", type=int, default=3000, help="events before the incidents")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings()
    if args.task == "init":
        asyncio.run(init(settings, args.attempts))
    else:
        asyncio.run(demo(settings, args.rate, args.seed or int(time.time()), args.incident_after))
    return 0


if __name__ == "__main__":
    sys.exit(main())
