"""The CLI's offline commands over a file of hostile lines: ``score`` and ``replay`` report every
bad line as FILE:LINE: reason, and carry on with the rest (``produce`` is covered in
tests/integration/test_faults_hostile.py: it needs a broker)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from streams.cli import main
from tests.unit.test_fuzz_event import CASES, doc

BAD = [(name, raw, reason) for name, raw, reason in CASES if reason != "accepted" and raw.strip()]


def hostile_file(path: Path) -> tuple[Path, dict[int, str], list[int]]:
    """Valid events interleaved with every rejected case; returns (file, bad line -> reason, good lines)."""
    lines: list[bytes] = []
    bad: dict[int, str] = {}
    good: list[int] = []
    for i, (_, raw, reason) in enumerate(BAD):
        lines.append(doc(event_id=f"ok-{i}", prompt=f"ordinary question {i}"))
        good.append(len(lines))
        lines.append(raw)
        bad[len(lines)] = reason
    lines.append(b"")  # blank lines are skipped, not errors
    lines.append(doc(event_id="last"))
    good.append(len(lines))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path, bad, good


def reported(stderr: str, path: Path) -> dict[int, str]:
    found = {}
    for match in re.finditer(rf"^{re.escape(str(path))}:(\d+): (\w+): ", stderr, re.MULTILINE):
        found[int(match.group(1))] = match.group(2)
    return found


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setenv("DRIFTLINE_DATA_DIR", str(tmp_path / "dl"))
    monkeypatch.setenv("DRIFTLINE_PII_PERSON", "false")
    return CliRunner()


def test_score_reports_each_bad_line_and_scores_the_rest(runner: CliRunner, tmp_path: Path) -> None:
    path, bad, good = hostile_file(tmp_path / "events.jsonl")
    result = runner.invoke(main, ["score", str(path)])
    assert result.exit_code == 0, result.output
    assert reported(result.stderr, path) == bad
    assert f"{len(bad)} invalid line(s) skipped" in result.stderr
    scored = [json.loads(line) for line in result.stdout.splitlines()]
    assert [s["line"] for s in scored] == good


def test_replay_reports_each_bad_line_and_replays_the_rest(runner: CliRunner, tmp_path: Path) -> None:
    path, bad, good = hostile_file(tmp_path / "events.jsonl")
    alerts = tmp_path / "alerts.jsonl"
    result = runner.invoke(main, ["replay", str(path), "--alerts-out", str(alerts)])
    assert result.exit_code == 0, result.output
    assert reported(result.stderr, path) == bad
    assert f"replayed {len(good)} event(s)" in result.stderr and f"{len(bad)} invalid line(s) skipped" in result.stderr
    assert alerts.exists()


def test_produce_reports_every_bad_line_before_refusing(runner: CliRunner, tmp_path: Path) -> None:
    path, bad, _ = hostile_file(tmp_path / "events.jsonl")
    # An unreachable broker: validation runs (and reports) first; nothing is sent without --skip-invalid.
    result = runner.invoke(main, ["produce", str(path)], env={"DRIFTLINE_KAFKA_BOOTSTRAP": "127.0.0.1:1"})
    assert result.exit_code != 0
    assert reported(result.stderr, path) == bad
    assert f"{len(bad)} invalid line(s)" in result.stderr and "nothing published" in result.stderr
