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


def test_a_restart_in_place_keeps_the_run_file_and_drops_inherited_descriptors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Withdrawing the run file let a `driftline query` open the embedded store during the restart
    # and lock the new image out of it (fresh-clone CI, session 9).
    calls: list[tuple[str, Any]] = []

    class Runtime:
        def close(self, keep_run_file: bool = False) -> None:
            calls.append(("close", keep_run_file))

    monkeypatch.setattr(worker.os, "closerange", lambda low, high: calls.append(("closerange", low)))
    monkeypatch.setattr(worker.os, "execv", lambda path, argv: calls.append(("execv", path)))
    monkeypatch.setattr(worker.logging, "shutdown", lambda: None)
    worker.restart_in_place(Runtime(), "test")  # type: ignore[arg-type]
    assert [name for name, _ in calls] == ["close", "closerange", "execv"]
    assert calls[0][1] is True and calls[1][1] == 3
