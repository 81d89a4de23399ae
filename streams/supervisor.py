"""``driftline up --workers N`` (N > 1): the embedded broker, one sink process and N topic-mode workers.

The embedded store admits one process, so the workers publish rows to ``<group>-rows`` and
the sink process owns the store (:mod:`streams.row_topic`, :mod:`streams.sink_process`). Each
child is ``python -m streams.cli sink|worker`` in its own session with its own web port (the
sink on ``web_port``, so ``driftline query`` and ``/metrics`` are where they are with one
worker; workers on the ports after it) and its log under ``data_dir``. The supervisor stops
them all (SIGTERM, workers first) on Ctrl-C, SIGTERM, or when any child exits.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemas.settings import Settings

__all__ = ["Child", "run_cluster", "start_child", "stop_children"]

log = logging.getLogger(__name__)
console = logging.getLogger("driftline.console")


@dataclass
class Child:
    """One supervised process."""

    name: str
    process: subprocess.Popen[bytes]
    web: str
    log_path: Path


def start_child(name: str, command: str, env: dict[str, str], web_port: int, log_dir: Path) -> Child:
    """Start ``driftline COMMAND`` with ``env`` and its own web port; output goes to ``log_dir/NAME.log``."""
    log_path = log_dir / f"{name}.log"
    with log_path.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", command],
            env={**env, "DRIFTLINE_WEB_PORT": str(web_port)},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Child(name, process, f"http://127.0.0.1:{web_port}", log_path)


def stop_children(children: Sequence[Child], timeout_s: float = 60.0) -> None:
    """SIGTERM each running child in order and wait for it (SIGKILL after ``timeout_s``)."""
    for child in children:
        if child.process.poll() is None:
            child.process.send_signal(signal.SIGTERM)
            try:
                child.process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                log.warning("%s did not stop in %.0fs: killed", child.name, timeout_s)
                child.process.kill()
                child.process.wait()


def _health(web: str) -> dict[str, Any] | None:
    try:
        with urllib.request.urlopen(f"{web}/health", timeout=2) as response:
            body = json.loads(response.read())
    except Exception:
        return None
    return body if isinstance(body, dict) else None


async def _demo(settings: Settings, rate: float) -> None:
    from streams.demo import DemoTraffic
    from streams.producer import EventProducer

    producer = EventProducer(settings)
    await producer.start()
    traffic = DemoTraffic(seed=int(time.time()), live=True, reference_events=settings.drift_reference_events)
    try:
        while True:
            producer.emit(traffic.next_event())
            await asyncio.sleep(1.0 / max(rate, 0.1))
    finally:
        await producer.stop(timeout_s=2.0)


async def _watch(children: Sequence[Child], every_s: float) -> str:
    """Report progress every ``every_s``; return the name of the first child that exits."""
    while True:
        for child in children:
            if child.process.poll() is not None:
                return child.name
        sink = _health(children[0].web)
        consumed = sum(int((_health(c.web) or {}).get("events_consumed", 0)) for c in children[1:])
        if sink is not None:
            console.info(
                "workers consumed %d · sink stored %d · store %s",
                consumed,
                sink.get("rows_written", 0),
                "up" if sink.get("status") == "ok" else "DOWN (retrying)",
            )
        await asyncio.sleep(every_s)


async def _supervise(children: Sequence[Child], settings: Settings, demo_rate: float | None) -> str:
    demo = asyncio.create_task(_demo(settings, demo_rate)) if demo_rate is not None else None
    try:
        return await _watch(children, 5.0)
    finally:
        if demo is not None:
            demo.cancel()
            await asyncio.gather(demo, return_exceptions=True)


def run_cluster(settings: Settings, workers: int, demo_rate: float | None = None) -> int:
    """Run the sink and ``workers`` topic-mode workers against ``settings.kafka_bootstrap``
    (topics already declared) until interrupted; returns the exit code."""
    from streams.row_topic import ensure_internal_topics
    from streams.secrets import load_hash_salt

    topic_settings = settings.model_copy(update={"sink_mode": "topic"})
    asyncio.run(ensure_internal_topics(topic_settings))
    load_hash_salt(settings)  # created once here, shared by every worker through data_dir
    env = {
        **os.environ,
        "DRIFTLINE_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
        "DRIFTLINE_DATA_DIR": str(settings.data_dir.resolve()),
        "DRIFTLINE_SINK_MODE": "topic",
    }
    logs = settings.data_dir.resolve()
    children = [start_child("sink", "sink", env, settings.web_port, logs)]
    children += [start_child(f"worker-{i + 1}", "worker", env, settings.web_port + 1 + i, logs) for i in range(workers)]

    def terminate(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, terminate)
    code = 0
    try:
        exited = asyncio.run(_supervise(children, settings, demo_rate))
        child = next(c for c in children if c.name == exited)
        log.error("%s exited with %s; stopping the others (log: %s)", exited, child.process.returncode, child.log_path)
        code = 1
    except KeyboardInterrupt:
        pass
    finally:
        stop_children([*children[1:], children[0]])  # workers first: their last rows reach the sink
        signal.signal(signal.SIGTERM, previous)
    return code
