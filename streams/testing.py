"""Test and benchmark helpers: real driftline worker processes on the real embedded broker.

Shipped next to the real code (like httpx's mock transport) so tests and `bench/` share them.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from schemas.settings import Settings
from streams.broker import free_port


@dataclass
class WorkerEnv:
    """Settings (as DRIFTLINE_* variables) for one isolated pipeline: own topics, group, store."""

    bootstrap: str
    data_dir: Path
    name: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def events_topic(self) -> str:
        return f"it-{self.name}.events"

    @property
    def dlq_topic(self) -> str:
        return f"it-{self.name}.events.dlq"

    def variables(self, group: str | None = None, web_port: int | None = None) -> dict[str, str]:
        values = {
            "DRIFTLINE_KAFKA_BOOTSTRAP": self.bootstrap,
            "DRIFTLINE_DATA_DIR": str(self.data_dir),
            "DRIFTLINE_TOPIC_EVENTS": self.events_topic,
            "DRIFTLINE_TOPIC_DLQ": self.dlq_topic,
            "DRIFTLINE_TOPIC_ALERTS": f"it-{self.name}.alerts",
            "DRIFTLINE_TOPIC_RETRAIN": f"it-{self.name}.retrain",
            "DRIFTLINE_TOPIC_REINDEX": f"it-{self.name}.reindex",
            "DRIFTLINE_CONSUMER_GROUP": group or f"it-{self.name}",
            "DRIFTLINE_WEB_PORT": str(web_port or free_port()),
            "DRIFTLINE_BATCH_MAX_EVENTS": "500",
            "DRIFTLINE_LOG_LEVEL": "INFO",
            "HF_HUB_OFFLINE": "1",
            **self.extra,
        }
        return values

    def settings(self) -> Settings:
        """The same configuration as a :class:`Settings` object (for in-process helpers)."""
        values = {
            k.removeprefix("DRIFTLINE_").lower(): v for k, v in self.variables().items() if k.startswith("DRIFTLINE_")
        }
        return Settings.model_validate(values)

    def cli(self, *args: str, timeout_s: float = 120) -> subprocess.CompletedProcess[str]:
        """Run ``driftline ARGS`` with this environment (a separate process, like a user would)."""
        env = {**os.environ, **self.variables()}
        return subprocess.run(
            [sys.executable, "-m", "streams.cli", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )

    def query(self, sql: str) -> list[dict[str, Any]]:
        """``driftline query --format json`` in a separate process; rows as dicts."""
        done = self.cli("query", "--format", "json", sql)
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


class WorkerProcess:
    """``driftline worker`` (or ``command``, e.g. ``sink``) as a subprocess, with its log kept for failure messages."""

    def __init__(
        self, env: WorkerEnv, group: str | None = None, label: str = "worker", command: str = "worker"
    ) -> None:
        self.env = env
        self.port = free_port()
        self.variables = env.variables(group=group, web_port=self.port)
        self.log_path = env.data_dir / f"{label}-{self.port}.log"
        env.data_dir.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", command],
            env={**os.environ, **self.variables},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()

    @property
    def web(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def health(self) -> dict[str, Any] | None:
        try:
            with urllib.request.urlopen(f"{self.web}/health", timeout=2) as response:
                return json.loads(response.read())
        except Exception:
            return None

    def metrics(self) -> str:
        """The /metrics text, or '' while the web server is not up yet."""
        try:
            with urllib.request.urlopen(f"{self.web}/metrics", timeout=5) as response:
                return response.read().decode()
        except OSError:
            return ""

    def wait_for(self, condition: Callable[[], bool], timeout_s: float, what: str) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(
                    f"worker exited with {self.process.returncode} while waiting for {what}:\n{self.log_tail()}"
                )
            if condition():
                return
            time.sleep(0.1)
        raise AssertionError(f"timed out after {timeout_s:.0f}s waiting for {what}:\n{self.log_tail()}")

    def rows_written(self) -> int:
        health = self.health()
        return int(health["rows_written"]) if health else -1

    def stop(self, timeout_s: float = 60) -> int:
        """SIGTERM and wait: a graceful stop."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return int(self.process.returncode)

    def kill(self) -> None:
        """SIGKILL: no cleanup, no commit, no goodbye."""
        self.process.kill()
        self.process.wait()
