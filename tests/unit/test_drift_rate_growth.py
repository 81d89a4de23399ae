"""Rate CUSUMs with a growing reference (session 7): monitored events join the reference in
doubling blocks and the detector recalibrates, deterministically and batch-independently; an
alarm or a block unlike the reference stops the growth; pinned references never grow; a
checkpoint written without growth state restores as a fixed-reference detector."""

from __future__ import annotations

import json

import numpy as np

from detectors.drift import DriftConfig, EventFeatures, SegmentDriftState
from detectors.drift.bernoulli import BernoulliCUSUM
from detectors.drift.synthetic import synthetic_stream

ARL = 4.8e5


def growing(positives: int = 18, n: int = 2000) -> BernoulliCUSUM:
    det = BernoulliCUSUM(target_arl=ARL, grow=True)
    det.fit_counts(positives, n)
    return det


def test_reference_grows_in_doubling_blocks_and_lowers_the_threshold() -> None:
    flags = np.random.default_rng(1).random(40_000) < 0.0113
    fixed = BernoulliCUSUM(target_arl=ARL)
    fixed.fit_counts(18, 2000)  # an unlucky reference: 0.9% for a 1.13% stream
    det = growing()
    steps = []
    for i in range(0, len(flags), 1000):
        det.update(flags[i : i + 1000])
        steps.append(det.ref_n)
    # absorbed at 4,000 / 8,000 / 16,000 / 32,000 monitored events, each block >= 2,000 events old
    assert steps[2] == 2000 and steps[3] == 4000 and steps[6] == 4000 and steps[7] == 8000
    assert steps[14] == 8000 and steps[15] == 16000 and steps[30] == 16000 and steps[31] == 32000
    assert det.ref_n == 32000 and det.stopped  # 16 x the initial reference: done
    assert det.ref_pos == int(flags[:30000].sum()) + 18
    assert abs(det.p0 - 0.0113) < 0.0015
    assert det.threshold < fixed.threshold - 0.5  # 9.4 vs 10.3 nats


def test_growth_is_independent_of_batching_and_checkpoints() -> None:
    rng = np.random.default_rng(2)
    flags = rng.random(36_000) < np.where(np.arange(36_000) < 20_000, 0.012, 0.03)
    whole = growing(22)
    path, alarm = whole.update(flags)
    thresholds = whole.event_thresholds
    assert thresholds is not None and len(np.unique(thresholds)) > 2
    det = growing(22)
    paths, alarms, thr, i = [], [], [], 0
    while i < len(flags):
        j = min(len(flags), i + int(rng.integers(1, 700)))
        det = BernoulliCUSUM.from_dict(json.loads(json.dumps(det.to_dict())))
        p, a = det.update(flags[i:j])
        paths.append(p)
        alarms.append(a)
        thr.append(det.event_thresholds if det.event_thresholds is not None else np.full(j - i, det.threshold))
        i = j
    assert np.array_equal(np.concatenate(paths), path)
    assert np.array_equal(np.concatenate(alarms), alarm)
    assert np.array_equal(np.concatenate(thr), thresholds)
    assert det.to_dict() == whole.to_dict()


def test_a_block_unlike_the_reference_stops_the_growth() -> None:
    # 1.1% in the reference, 2.5% in the first monitored block: too few events to alarm quickly,
    # too many to be the same rate (the block would drag p0 up and hide a later wave).
    rng = np.random.default_rng(3)
    flags = rng.random(12_000) < np.where(np.arange(12_000) < 2000, 0.025, 0.011)
    det = growing(22)
    det.update(flags)
    assert det.stopped and det.ref_n == 2000 and det.ref_pos == 22


def test_an_alarm_stops_the_growth() -> None:
    rng = np.random.default_rng(4)
    p = np.full(12_000, 0.011)
    p[1000:1300] = 0.2  # a short wave inside the first block
    det = growing(22)
    _, alarm = det.update(rng.random(12_000) < p)
    assert alarm[1000:1300].any()
    assert det.stopped and det.ref_n == 2000


def test_a_pinned_reference_never_grows() -> None:
    cfg = DriftConfig(signals=("pii",), reference_events=500, min_reference_events=500, rate_reference_growth=True)
    feats = synthetic_stream(9000, dim=4, seed=5)
    warm = SegmentDriftState("app|model|v1", cfg)
    pinned = SegmentDriftState("app|model|v1", cfg)
    pinned.pin_reference(synthetic_stream(600, dim=4, seed=6))
    for i in range(0, len(feats), 400):
        batch: EventFeatures = feats.take(slice(i, i + 400))
        warm.update_batch(batch)
        pinned.update_batch(batch)
    grown = warm.monitors["pii"].detectors["response"]
    kept = pinned.monitors["pii"].detectors["response"]
    assert isinstance(grown, BernoulliCUSUM) and isinstance(kept, BernoulliCUSUM)
    assert grown.ref_n >= 4 * grown.ref_n0  # 500 -> 1,000 -> 2,000 -> 4,000 in 8,000 monitored events
    assert kept.ref_n == kept.ref_n0 and kept.stopped
    assert not DriftConfig().rate_reference_growth  # opt-in
    off = SegmentDriftState("app|model|v1", DriftConfig(signals=("pii",), rate_reference_growth=False))
    off.update_batch(synthetic_stream(2500, dim=4, seed=7))
    det = off.monitors["pii"].detectors["response"]
    assert isinstance(det, BernoulliCUSUM) and not det.grow and det.stopped


def test_a_checkpoint_without_growth_state_restores_as_a_fixed_reference() -> None:
    det = growing(22)
    blob = det.to_dict()
    blob.pop("growth")  # as written before growth existed
    old = BernoulliCUSUM.from_dict(blob)
    assert not old.grow and old.stopped and old.threshold == det.threshold
    flags = np.random.default_rng(8).random(10_000) < 0.011
    old.update(flags)
    assert old.ref_n == 0 and old.threshold == det.threshold


def test_a_guess_only_speeds_up_the_threshold_search() -> None:
    for positives, n, arl in ((22, 2000, ARL), (90, 8000, ARL), (0, 100, 1e6), (361, 32000, 1e7), (5, 2000, 1e7)):
        plain = BernoulliCUSUM(target_arl=arl)
        plain.fit_counts(positives, n)
        for guess in (0.0, 1.0, plain.threshold - 0.7, plain.threshold, plain.threshold + 2.0, 200.0):
            warm = BernoulliCUSUM(target_arl=arl)
            warm.fit_posterior(positives + 0.5, n - positives + 0.5, guess_nats=guess)
            assert warm.limit == plain.limit and warm.up == plain.up and warm.down == plain.down
