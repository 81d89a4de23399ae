"""The `pii` signal: a response-only PII wave is caught by the PII-in-responses detector, a stable
stream with the same baseline stays quiet, the segment's false-alarm budget is accounted, and a
checkpoint written before `pii_response_target_arl` existed still restores."""

from __future__ import annotations

import json

import numpy as np
import pytest
from scipy.stats import binom

from detectors.drift import DriftConfig, EventFeatures, SegmentDriftState
from detectors.drift.bernoulli import BernoulliCUSUM, bernoulli_arl
from detectors.drift.segment import build_monitor, design_false_alarm_rate
from detectors.drift.synthetic import synthetic_stream

SEG = "app|model|v1"
PII = DriftConfig(signals=("pii",))  # default reference (2,000 events) and budgets
ONSET = 4000


def feed(state: SegmentDriftState, feats: EventFeatures, size: int = 333) -> list:
    out = []
    for i in range(0, len(feats), size):
        out += state.update_batch(feats.take(slice(i, i + size)))
    return out


def onsets(signals: list) -> list[tuple[str, str, int]]:
    return [(s.signal, s.detector, int(s.event_id[1:])) for s in signals if s.transition == "onset"]


def test_response_only_pii_wave_fires_the_response_detector() -> None:
    # 1% PII in responses, 3% in prompts; from event 4,000 10% in responses, prompts unchanged.
    feats = synthetic_stream(6000, dim=4, seed=11, change_at=ONSET, pii_rate=0.10)
    state = SegmentDriftState(SEG, PII)
    found = onsets(feed(state, feats))
    assert found, "the wave was not detected"
    signal, detector, at = found[0]
    assert (signal, detector) == ("pii", "response")
    assert ONSET <= at < ONSET + 250
    prompt = state.monitors["pii"].detectors["prompt"]
    assert not [f for f in found if f[1] == "prompt"] and prompt.s < prompt.threshold
    # The larger budget only lowers the threshold of the same chain: never a later alarm.
    old = SegmentDriftState(SEG, DriftConfig(signals=("pii",), pii_response_target_arl=1e6))
    old_found = onsets(feed(old, feats))
    resp, old_resp = state.monitors["pii"].detectors["response"], old.monitors["pii"].detectors["response"]
    assert (resp.up, resp.down, resp.unit) == (old_resp.up, old_resp.down, old_resp.unit)
    assert resp.threshold < old_resp.threshold
    assert not old_found or old_found[0][2] >= at


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_stable_stream_with_the_same_baseline_raises_nothing(seed: int) -> None:
    # 2,000 reference events, then 12,000 stable ones (the scenario suite's stable length).
    feats = synthetic_stream(14_000, dim=4, seed=seed)
    state = SegmentDriftState(SEG, PII)
    assert onsets(feed(state, feats)) == []
    resp = state.monitors["pii"].detectors["response"]
    assert 0.005 < resp.p0 < 0.02 and 9.0 < resp.threshold < 12.0
    # Control: the same stream does alarm under a budget of one false alarm per 2,000 events.
    loose = SegmentDriftState(SEG, DriftConfig(signals=("pii",), pii_response_target_arl=2000))
    assert [f[1] for f in onsets(feed(loose, feats))][:1] == ["response"]


def test_segment_design_budget_counts_every_detector() -> None:
    cfg = DriftConfig()
    # 16 detectors: 2 novelty, 2 MEWMA + 2 residual, toxic prompts, PII responses, the PII-type
    # bank (4 CUSUMs, counted 4 times in the budget), 7 others.
    assert sum(len(build_monitor(s, cfg, SEG).specs) for s in cfg.signals) == 16
    total = design_false_alarm_rate(cfg)
    assert total <= 0.5e-5 * (1 + 1e-9)  # half of the 1-per-100,000-events requirement
    # Split D1 (session 17): the PII-in-responses CUSUM keeps 4.8e5, every other ARL is 3x its
    # session-16 value (4.98e-6 per event then), so the total is 3.05e-6.
    assert total == pytest.approx(1 / 4.8e5 + (4.98333e-6 - 1 / 4.8e5) / 3, rel=1e-5)
    spec = {s.name: s for s in build_monitor("pii", cfg, SEG).specs}
    assert spec["response"].params["target_arl"] == cfg.pii_response_target_arl
    assert spec["prompt"].params["target_arl"] == cfg.target_arl
    old = DriftConfig(pii_response_target_arl=1e6)
    assert abs(total - design_false_alarm_rate(old) - (1 / cfg.pii_response_target_arl - 1 / 1e6)) < 1e-15
    assert spec["response_types"].params["target_arl"] == cfg.pii_type_target_arl


def test_pii_response_budget_holds_on_average_over_references() -> None:
    # Exact: mean 1/ARL at a 1.13% true rate over the binomial law of 2,000-event references.
    p_true, n, arl = 0.0113, 2000, DriftConfig().pii_response_target_arl
    ks = np.arange(0, 80)
    weights = binom.pmf(ks, n, p_true)
    keep = weights > 1e-6
    rate = 0.0
    for k, w in zip(ks[keep], weights[keep], strict=True):
        det = BernoulliCUSUM(target_arl=arl)
        det.fit_counts(int(k), n)
        rate += w / bernoulli_arl(p_true, det.up, det.down, det.limit)
    assert 0.9 < rate / weights[keep].sum() * arl < 1.3


def test_checkpoint_without_pii_response_budget_restores_with_its_fitted_threshold() -> None:
    feats = synthetic_stream(6000, dim=4, seed=11, change_at=ONSET, pii_rate=0.10)
    old = SegmentDriftState(SEG, DriftConfig(signals=("pii",), pii_response_target_arl=1e6))
    feed(old, feats.take(slice(0, 3000)))
    blob = json.loads(json.dumps(old.to_dict()))
    del blob["config"]["pii_response_target_arl"]  # written by the previous code
    restored = SegmentDriftState.from_dict(blob)
    assert restored.config.pii_response_target_arl == DriftConfig().pii_response_target_arl
    det = restored.monitors["pii"].detectors["response"]
    assert det.target_arl == 1e6 and det.threshold == old.monitors["pii"].detectors["response"].threshold
    rest = feats.take(slice(3000, 6000))
    assert onsets(feed(restored, rest)) == onsets(feed(old, rest))
