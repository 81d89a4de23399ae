"""The drift stage writes no checkpoint to a broker the broker watch doubts (unreachable, or a new
cluster after an embedded-broker restart): such a write made a restarted worker wait in recovery
forever (Tansu acknowledged it before the changelog topic existed and never served it)."""

from __future__ import annotations

import asyncio
from typing import Any

from detectors.drift.config import DriftConfig
from detectors.drift.segment import SegmentDriftState
from schemas.settings import Settings
from streams.broker_watch import BrokerWatch
from streams.drift_stage import DriftStage, checkpoint_before_revoke


class Gate:
    def __init__(self, allowed: bool) -> None:
        self.suspect = not allowed
        self.allowed = allowed
        self.asked = 0

    async def writes_allowed(self) -> bool:
        self.asked += 1
        return self.allowed


class Epoch:
    """Answers ClusterEpoch.read() from a list: (cluster id, sentinel exists) or None (unreachable)."""

    def __init__(self, answers: list[tuple[str, bool] | None]) -> None:
        self.answers = answers

    async def read(self) -> tuple[str, bool] | None:
        return self.answers.pop(0)

    async def close(self) -> None:
        return None


def stage_with_unsaved_updates(n: int) -> DriftStage:
    stage = DriftStage(DriftConfig(), sink=None, checkpoint_every_s=10.0)  # type: ignore[arg-type]
    for i in range(n):
        key = f'["app-{i}","m","v1"]'
        stage.states[key] = SegmentDriftState(key, stage.config)
        stage.updated(key, key.encode(), i % 4)
    return stage


def revoke(stage: DriftStage, gate: Gate | None) -> tuple[int, list[tuple[int, bytes, bytes]], int]:
    sent: list[tuple[int, bytes, bytes]] = []
    flushes = 0

    def send(partition: int, key: bytes, value: bytes) -> None:
        sent.append((partition, key, value))

    async def flush() -> None:
        nonlocal flushes
        flushes += 1

    written = asyncio.run(checkpoint_before_revoke(stage, send, flush, gate))
    return written, sent, flushes


def test_a_graceful_rebalance_checkpoints_every_updated_state() -> None:
    gate = Gate(allowed=True)
    written, sent, flushes = revoke(stage_with_unsaved_updates(3), gate)
    assert written == 3 and flushes == 1 and gate.asked == 1
    assert sorted(partition for partition, _, _ in sent) == [0, 1, 2]


def test_no_checkpoint_reaches_a_broker_the_watch_doubts() -> None:
    stage = stage_with_unsaved_updates(3)
    gate = Gate(allowed=False)
    written, sent, flushes = revoke(stage, gate)
    assert (written, sent, flushes) == (0, [], 0)
    assert gate.asked == 1


def test_nothing_due_asks_nothing() -> None:
    gate = Gate(allowed=True)
    assert revoke(stage_with_unsaved_updates(0), gate) == (0, [], 0)
    assert gate.asked == 0


def test_without_a_gate_the_checkpoints_are_written() -> None:
    written, sent, _ = revoke(stage_with_unsaved_updates(2), None)
    assert written == 2 and len(sent) == 2


def armed_watch(answers: list[tuple[str, bool] | None], resets: list[str]) -> BrokerWatch:
    watch = BrokerWatch(Settings(), on_reset=resets.append)
    watch.cluster_id, watch.armed = "cluster-a", True
    watch._epoch = Epoch(answers)  # type: ignore[assignment]
    return watch


def test_the_watch_is_suspect_from_a_failed_check_until_it_sees_its_cluster_again() -> None:
    resets: list[str] = []
    watch = armed_watch([None, None, ("cluster-a", True)], resets)
    assert watch.suspect is False
    results: list[Any] = []
    for _ in range(2):
        results.append(asyncio.run(watch.writes_allowed()))
        assert watch.suspect is True  # unreachable: write nothing
    results.append(asyncio.run(watch.writes_allowed()))
    assert results == [False, False, True] and watch.suspect is False and not resets


def test_a_new_cluster_keeps_the_watch_suspect_and_is_reported_once() -> None:
    resets: list[str] = []
    watch = armed_watch([("cluster-b", True), ("cluster-a", True)], resets)
    assert asyncio.run(watch.writes_allowed()) is False
    assert watch.suspect is True and len(resets) == 1 and "lost its state" in resets[0]
    assert asyncio.run(watch.writes_allowed()) is False  # fired: never trusted again
    assert watch.suspect is True and len(resets) == 1


def test_a_lost_sentinel_topic_makes_the_watch_suspect() -> None:
    resets: list[str] = []
    watch = armed_watch([("cluster-a", False)], resets)
    assert asyncio.run(watch.writes_allowed()) is False
    assert watch.suspect is True and "is gone" in resets[0]
