"""`driftline up --demo`, the README's main command, end to end: it starts the embedded broker and a
worker, stores the demo's events, and stops cleanly on Ctrl-C.

Ctrl-C reaches every process of the terminal's process group, the detector child included; the test
sends SIGINT to the whole group the way a terminal does. A clean stop means exit status 0, no
traceback from any process, and every row the worker reported as written readable afterwards.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from streams.broker import free_port
from streams.store import open_store

pytestmark = pytest.mark.integration


def _health(port: int) -> dict[str, Any] | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
            return dict(json.loads(response.read()))
    except Exception:
        return None


def test_up_demo_stores_events_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    web_port = free_port()
    env = {
        **os.environ,
        "DRIFTLINE_KAFKA_BOOTSTRAP": f"127.0.0.1:{free_port()}",
        "DRIFTLINE_DATA_DIR": str(tmp_path / "data"),
        "DRIFTLINE_WEB_PORT": str(web_port),
        "HF_HUB_OFFLINE": "1",
    }
    log_path = tmp_path / "up.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "up", "--demo", "--demo-rate", "100"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, as a terminal gives a foreground job
        )

    def output() -> str:
        return log_path.read_text(errors="replace")

    try:
        deadline = time.monotonic() + 600
        health = None
        while time.monotonic() < deadline and process.poll() is None:
            health = _health(web_port)
            if health and health["rows_written"] >= 300:
                break
            time.sleep(1.0)
        assert health is not None and health["rows_written"] >= 300, f"no demo rows stored:\n{output()[-4000:]}"
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: the whole group
        code = process.wait(timeout=180)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    text = output()
    assert code == 0, text[-4000:]
    assert "Traceback" not in text, text[-6000:]
    assert "KeyboardInterrupt" not in text, text[-6000:]

    store = open_store(f"chdb://{tmp_path / 'data' / 'store'}", "driftline")
    try:
        stored, distinct = store.query("SELECT count(), uniqExact(event_id) FROM driftline.llm_events")[1][0]
    finally:
        store.close()
    assert stored == distinct >= health["rows_written"]
