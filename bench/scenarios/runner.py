"""Run a scenario through :class:`~detectors.drift.segment.SegmentDriftState` and score it."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from detectors.drift.config import DriftConfig
from detectors.drift.features import EventFeatures
from detectors.drift.segment import SegmentDriftState

from .generator import TextBank, generate_stream, iter_batches
from .suite import Scenario

__all__ = ["Outcome", "event_index", "materialise", "merge_onsets", "run_ours", "score_onsets"]


@dataclass
class Outcome:
    """Detection result of one method on one scenario."""

    delays: dict[str, int | None] = field(default_factory=dict)
    false_alarms: list[tuple[str, int]] = field(default_factory=list)
    other_alarms: list[tuple[str, int]] = field(default_factory=list)
    onsets: list[tuple[str, int]] = field(default_factory=list)


def event_index(event_id: str) -> int:
    """Position of an event in its scenario stream (ids are ``<prefix>-<index>``)."""
    return int(event_id.rsplit("-", 1)[1])


def materialise(scn: Scenario, bank: TextBank, seed: int) -> list[tuple[str, EventFeatures]]:
    """The scenario's events as (segment key, features) streams, indices global to the scenario."""
    feats, _ = generate_stream(scn.params, scn.n_events, bank, seed, id_prefix="ev")
    if not scn.split_segment or scn.onset is None or scn.second is None:
        return [("app|model|v1", feats)]
    first = feats.take(slice(0, scn.onset))
    rest, _ = generate_stream(
        scn.second, scn.n_events - scn.onset, bank, seed + 7, start_time=float(first.event_time[-1]), id_prefix="ev"
    )
    ids = tuple(f"ev-{scn.onset + i}" for i in range(len(rest)))
    rest = EventFeatures(**{**{f: getattr(rest, f) for f in rest.__dataclass_fields__}, "event_ids": ids})
    return [("app|model|v1", first), ("app|model|v2", rest)]


def merge_onsets(detections: list[tuple[str, int]], recovery: int = 1000) -> list[tuple[str, int]]:
    """Apply our onset/recovery rule to raw detections of a baseline (per signal: a detection within
    ``recovery`` events of the previous one continues the same episode)."""
    out: list[tuple[str, int]] = []
    last: dict[str, int] = {}
    for sig, i in sorted(detections, key=lambda x: x[1]):
        if sig not in last or i - last[sig] > recovery:
            out.append((sig, i))
        last[sig] = i
    return out


def score_onsets(scn: Scenario, onsets: list[tuple[str, int]]) -> Outcome:
    """Delays on expected signals, false alarms (before the onset, or unexpected signals)."""
    out = Outcome(onsets=sorted(onsets, key=lambda x: x[1]))
    for sig in scn.expected:
        after = [i for s, i in onsets if s == sig and scn.onset is not None and i >= scn.onset]
        out.delays[sig] = (min(after) - scn.onset) if after and scn.onset is not None else None
    for sig, i in onsets:
        if scn.onset is None or i < scn.onset or (sig not in scn.expected and sig not in scn.allowed):
            out.false_alarms.append((sig, i))
        elif sig in scn.allowed:
            out.other_alarms.append((sig, i))
    return out


def run_ours(
    scn: Scenario,
    streams: list[tuple[str, EventFeatures]],
    config: DriftConfig,
    seed: int,
) -> tuple[Outcome, list[SegmentDriftState]]:
    """Feed the streams in random-size batches; return the scored outcome and the final states."""
    rng = np.random.default_rng(seed)
    onsets: list[tuple[str, int]] = []
    states = []
    for segment, feats in streams:
        state = SegmentDriftState(segment, config)
        for batch in iter_batches(feats, rng):
            for sig in state.update_batch(batch):
                if sig.transition == "onset":
                    onsets.append((sig.signal, event_index(sig.event_id)))
            state.pop_ticks()
        state.flush()
        states.append(state)
    return score_onsets(scn, onsets), states
