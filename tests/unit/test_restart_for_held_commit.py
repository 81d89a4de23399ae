"""The gap guard's last resort restarts the process in place, a bounded number of times."""

from __future__ import annotations

from typing import Any

import pytest

from streams import worker


def test_restarts_in_place_at_most_three_times_then_only_logs(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    restarts: list[str] = []
    monkeypatch.setattr(worker, "restart_in_place", lambda runtime, message: restarts.append(message))
    monkeypatch.setenv(worker.HELD_COMMIT_RESTARTS_ENV, "0")
    runtime: Any = object()
    for _ in range(5):
        worker.restart_for_held_commit(runtime, "held")
    assert restarts == ["held"] * 3
    assert "not restarting again (3 restarts for held commits already)" in caplog.text
