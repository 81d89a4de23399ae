"""Drift-state checkpoints: Huffman-only zlib, read back by plain ``zlib.decompress``."""

from __future__ import annotations

import json
import zlib
from typing import Any

from detectors.drift import DriftConfig, SegmentDriftState
from detectors.drift.synthetic import synthetic_stream
from streams.drift_stage import DriftStage

CFG = DriftConfig(reference_events=600, min_reference_events=300)
KEY = json.dumps(["app", "model", "v1"], separators=(",", ":"))


class _Sink:
    async def write_drift_metrics(self, rows: list[Any]) -> None:
        del rows


def _fitted_state() -> SegmentDriftState:
    state = SegmentDriftState(KEY, CFG)
    state.update_batch(synthetic_stream(900, dim=64, seed=3))
    return state


def test_a_checkpoint_restores_the_same_state() -> None:
    stage = DriftStage(CFG, _Sink(), checkpoint_every_s=3600.0)  # type: ignore[arg-type]
    state = _fitted_state()
    text = json.dumps(state.to_dict(), separators=(",", ":")).encode()
    stored = stage.checkpoint(KEY, state)
    assert zlib.decompress(stored) == text
    restored = SegmentDriftState.from_dict(json.loads(zlib.decompress(stored)), CFG)
    assert json.dumps(restored.to_dict(), separators=(",", ":")).encode() == text


def test_a_checkpoint_written_at_level_3_by_older_versions_still_restores() -> None:
    state = _fitted_state()
    old = zlib.compress(json.dumps(state.to_dict(), separators=(",", ":")).encode(), 3)
    restored = SegmentDriftState.from_dict(json.loads(zlib.decompress(old)), CFG)
    assert restored.n_events == state.n_events and restored.to_dict() == state.to_dict()
