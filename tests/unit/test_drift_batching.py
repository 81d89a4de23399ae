"""Golden test: drift results are a function of the ordered per-segment event stream only.

The same seeded stream fed one event at a time, in batches of 7 or 400, in random cuts, or all at
once must give exactly equal tick records, drift signals and final state. This is what makes N
workers produce the statistics of one: a segment's events always reach one worker in order, only
the batching (ingest batches, features messages) differs.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import numpy as np
import pytest

from detectors.drift import DriftConfig, SegmentDriftState
from detectors.drift.features import EventFeatures
from detectors.drift.kernels import cusum_path, stable_matmul
from detectors.drift.synthetic import synthetic_stream

CONFIG = DriftConfig(reference_events=300, min_reference_events=100, recovery_events=150, tick_seconds=10.0)


def awkward_stream() -> EventFeatures:
    """2,000 events (~200 s) with a new topic and 3x latency from event 1,100, plus what batching
    code gets wrong: untimed events first and later, time going backwards, missing values and rows."""
    f = synthetic_stream(
        2000,
        dim=24,
        seed=5,
        change_at=1100,
        new_topic=True,
        latency_factor=3.0,
        error_rate=0.08,
        refusal_rate=0.06,
    )
    rng = np.random.default_rng(9)
    t = f.event_time.copy()
    t[:3] = np.nan  # before the first timed event
    t[rng.choice(np.arange(3, 2000), 30, replace=False)] = np.nan
    back = rng.choice(np.arange(10, 2000), 40, replace=False)
    t[back] -= 25.0  # late events: counted in the current tick
    latency = f.latency_ms.copy()
    latency[rng.choice(2000, 60, replace=False)] = np.nan
    prompt = f.prompt_emb.copy()
    prompt[rng.choice(2000, 40, replace=False)] = 0.0  # missing embedding rows
    kwargs = {name: getattr(f, name) for name in f.__dataclass_fields__}
    return EventFeatures(**{**kwargs, "event_time": t, "latency_ms": latency, "prompt_emb": prompt})


def run(stream: EventFeatures, cuts: list[int], checkpoint: bool = False) -> dict[str, Any]:
    """Feed ``stream`` cut at ``cuts``; tick records, signals and final state as plain data."""
    state = SegmentDriftState("app|model|v1", CONFIG)
    ticks: list[dict[str, Any]] = []
    signals: list[dict[str, Any]] = []
    bounds = [0, *cuts, len(stream)]
    for a, b in itertools.pairwise(bounds):
        signals += [s.to_dict() for s in state.update_batch(stream.take(slice(a, b)))]
        ticks += [t.to_dict() for t in state.pop_ticks()]
        if checkpoint:  # a restart from a checkpoint between every two batches
            state = SegmentDriftState.from_dict(json.loads(json.dumps(state.to_dict())))
    ticks += [t.to_dict() for t in state.flush()]
    return {"ticks": ticks, "signals": signals, "state": json.loads(json.dumps(state.to_dict()))}


def same(a: Any, b: Any) -> bool:
    """Exact equality in which NaN equals NaN: a signal raised on an untimed event carries
    ``event_time`` NaN, and two NaN floats compare unequal unless they are one object. JSON writes
    every float with ``repr`` (round-trip exact) and NaN as ``NaN``, so nothing else is loosened."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


@pytest.fixture(scope="module")
def stream() -> EventFeatures:
    return awkward_stream()


@pytest.fixture(scope="module")
def whole(stream: EventFeatures) -> dict[str, Any]:
    return run(stream, [])


def test_the_golden_stream_exercises_every_path(whole: dict[str, Any]) -> None:
    statuses = {t["status"] for t in whole["ticks"]}
    assert {"warming_up", "ok", "drift"} <= statuses, statuses
    transitions = {(s["signal"], s["transition"]) for s in whole["signals"]}
    assert ("latency_drift", "onset") in transitions and ("prompt_drift", "onset") in transitions, transitions
    assert any(s["transition"] == "recovery" for s in whole["signals"]), transitions
    warm = [t["n_reference"] for t in whole["ticks"] if t["status"] == "warming_up"]
    assert len(set(warm)) > 3  # the warm-up reference grows from tick to tick
    assert len(whole["ticks"]) >= 8 * 19


@pytest.mark.parametrize("size", [1, 7, 400])
def test_fixed_batch_sizes_give_identical_results(stream: EventFeatures, whole: dict[str, Any], size: int) -> None:
    cut = run(stream, list(range(size, len(stream), size)))
    assert same(cut["ticks"], whole["ticks"])
    assert same(cut["signals"], whole["signals"])
    assert same(cut["state"], whole["state"])


def test_random_cuts_with_a_checkpoint_restore_between_batches(stream: EventFeatures, whole: dict[str, Any]) -> None:
    rng = np.random.default_rng(3)
    cuts = sorted(rng.choice(np.arange(1, len(stream)), 60, replace=False).tolist())
    cut = run(stream, cuts, checkpoint=True)
    assert same(cut["ticks"], whole["ticks"])
    assert same(cut["signals"], whole["signals"])


def test_stable_matmul_rows_do_not_depend_on_their_batch() -> None:
    rng = np.random.default_rng(0)
    x = rng.standard_normal((500, 64)).astype(np.float32)
    w = rng.standard_normal((64, 300))
    full = stable_matmul(x, w)
    parts = np.vstack([stable_matmul(x[a : a + n], w) for a, n in ((0, 1), (1, 7), (8, 33), (41, 459))])
    assert (parts == full).all()
    np.testing.assert_allclose(full, x.astype(np.float64) @ w, rtol=1e-12, atol=1e-12)


def test_cusum_path_is_exact_across_batches() -> None:
    y = np.random.default_rng(1).normal(-0.05, 1.0, 5000)
    whole = cusum_path(y, 0.3)
    parts, s = [], 0.3
    for a in range(0, len(y), 37):
        part = cusum_path(y[a : a + 37], s)
        parts.append(part)
        s = float(part[-1])
    assert (np.concatenate(parts) == whole).all()
    loop, acc = [], 0.3
    for v in y:
        acc = max(0.0, acc + v)
        loop.append(acc)
    np.testing.assert_allclose(whole, loop, atol=1e-6)
