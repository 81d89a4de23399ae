"""Score-weighted toxic-prompt CUSUM (``detectors/drift/score_cusum.py``) and its wiring (session 12)."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from detectors.drift import DriftConfig, EventFeatures, SegmentDriftState
from detectors.drift.bernoulli import BernoulliCUSUM, bernoulli_arl
from detectors.drift.score_cusum import (
    SCORE_EDGES,
    TOXIC_PROFILE,
    ScoreCUSUM,
    integer_cusum_arl,
    merge_bins,
    stratified_dirichlet,
)
from detectors.drift.segment import design_false_alarm_rate


def _scores(n: int, toxic_rate: float, rng: np.random.Generator) -> np.ndarray:
    """The simulated prompt-score model of ``bench/scenarios/generator.py``."""
    toxic = rng.random(n) < toxic_rate
    missed = rng.random(n) < 0.10
    return np.where(
        toxic,
        np.where(missed, rng.beta(2, 6, n), rng.beta(8, 2, n)),
        np.where(rng.random(n) < 0.004, rng.beta(6, 3, n), rng.beta(0.6, 25, n)),
    )


def _true_bins(det: ScoreCUSUM, toxic_rate: float) -> np.ndarray:
    from scipy.stats import beta

    cdf = np.concatenate([[0.0], det.edges, [1.0]])

    def mass(a: float, b: float) -> np.ndarray:
        return np.diff(beta.cdf(cdf, a, b))

    clean = 0.996 * mass(0.6, 25) + 0.004 * mass(6, 3)
    toxic = 0.9 * mass(8, 2) + 0.1 * mass(2, 6)
    return np.asarray((1 - toxic_rate) * clean + toxic_rate * toxic)


def test_integer_arl_matches_the_bernoulli_chain_and_a_simulation() -> None:
    exact = integer_cusum_arl(np.array([23, -1]), np.array([0.015, 0.985]), 126)
    assert exact == pytest.approx(bernoulli_arl(0.015, up=23, down=1, limit=126), rel=1e-9)
    rng = np.random.default_rng(0)
    offsets, probs, limit = np.array([-2, -1, 3, 7]), np.array([0.5, 0.3, 0.15, 0.05]), 12
    runs = []
    for _ in range(4000):
        s, t = 0, 0
        while s <= limit:
            s = max(0, s + int(rng.choice(offsets, p=probs)))
            t += 1
        runs.append(t)
    assert integer_cusum_arl(offsets, probs, limit) == pytest.approx(np.mean(runs), rel=0.05)


def test_threshold_is_a_bin_edge_so_bins_refine_the_flag() -> None:
    det = ScoreCUSUM(threshold=0.592)
    edge = SCORE_EDGES.index(0.0) + 1  # first bin of flagged scores
    below = np.nextafter(np.float32(0.592), np.float32(0)).astype(np.float64)
    scores = np.array([0.0, below, 0.592, 0.59200001, 0.999, 1.0])
    b = det.bins(scores)
    assert ((b >= edge) == (scores >= 0.592)).all()
    assert b.min() == 0 and b.max() == len(SCORE_EDGES)


def test_fit_picks_the_smallest_limit_within_the_averaged_budget() -> None:
    rng = np.random.default_rng(1)
    det = ScoreCUSUM(threshold=0.5, target_arl=1e5)
    det.fit(_scores(2000, 0.015, rng), np.random.default_rng(2))
    groups = det.groups
    alpha = np.bincount(groups, weights=det.counts) + det.prior
    draws = stratified_dirichlet(alpha, det.draws, np.random.default_rng(2))
    group_weights = np.array([det.weights[np.flatnonzero(groups == g)[0]] for g in range(len(alpha))])

    def rate(limit: int) -> float:
        return float(np.mean([1.0 / integer_cusum_arl(group_weights, p, limit) for p in draws]))

    assert rate(det.limit) <= 1e-5 < rate(det.limit - 1)
    # flagged, clearly toxic scores weigh more than borderline ones; clean scores pull down
    assert det.weights[-1] > 0 and det.weights[0] < 0


def test_false_alarm_budget_holds_on_average_over_references() -> None:
    """Realised 1/ARL at the true score distribution, averaged over references drawn from it, is
    within the margin the Bernoulli CUSUMs show (1.03-1.26x); a miscalibrated threshold fails."""
    target = 1e5
    det0 = ScoreCUSUM(threshold=0.5, target_arl=target)
    true = _true_bins(det0, 0.015)
    rng = np.random.default_rng(3)
    fa = []
    for _ in range(24):
        det = ScoreCUSUM(threshold=0.5, target_arl=target)
        det.fit_counts(rng.multinomial(2000, true), rng)
        fa.append(1.0 / integer_cusum_arl(det.weights, true, det.limit))
    assert np.mean(fa) * target < 1.5
    assert np.mean(fa) * target > 0.2  # not grossly conservative either


def test_detects_a_toxic_wave_sooner_than_the_bernoulli_cusum_at_the_same_budget() -> None:
    """With ``f1`` the wave's own score profile (here the simulator's toxic scores), the score CUSUM
    beats the flag CUSUM at the same budget (with a mismatched profile it need not: the built-in
    scorer's profile puts half its mass above logit + 3, where Beta(8, 2) puts 8 %)."""
    rng = np.random.default_rng(4)
    ref = _scores(2000, 0.015, rng)
    profile = tuple(int(c) for c in np.rint(1000 * _true_bins(ScoreCUSUM(threshold=0.5), 1.0)))
    score = ScoreCUSUM(threshold=0.5, target_arl=1e6, profile=profile)
    score.fit(ref, np.random.default_rng(5))
    flag = BernoulliCUSUM(target_arl=1e6)
    flag.fit_counts(int((ref >= 0.5).sum()), len(ref))
    d_score, d_flag = [], []
    for _ in range(150):
        wave = _scores(1500, 0.15, rng)
        for det, out, x in ((score, d_score, wave), (flag, d_flag, wave >= 0.5)):
            det.s = 0.0
            _, alarm = det.update(x)
            out.append(int(np.flatnonzero(alarm)[0]) if alarm.any() else 1500)
    assert np.mean(d_score) < np.mean(d_flag)
    assert np.mean(np.array(d_score) > 100) <= np.mean(np.array(d_flag) > 100)


def test_update_is_batch_invariant_and_roundtrips() -> None:
    rng = np.random.default_rng(6)
    det = ScoreCUSUM(threshold=0.5, target_arl=1e4)
    det.fit(_scores(2000, 0.02, rng), np.random.default_rng(0))
    x = _scores(800, 0.08, rng)
    whole = ScoreCUSUM.from_dict(json.loads(json.dumps(det.to_dict())))
    p_all, a_all = whole.update(x)
    p1, a1 = det.update(x[:333])
    det = ScoreCUSUM.from_dict(json.loads(json.dumps(det.to_dict())))
    p2, a2 = det.update(x[333:])
    np.testing.assert_allclose(np.concatenate([p1, p2]), p_all, atol=1e-9)
    assert (np.concatenate([a1, a2]) == a_all).all()
    assert a_all.any()


def test_sparse_bins_are_merged_per_side_of_the_threshold() -> None:
    groups = merge_bins(np.array([900, 80, 3, 1, 2, 9, 0, 30]), 4, 5)
    assert groups.tolist() == [1, 0, 0, 0, 2, 2, 3, 3]
    # a flagged side without any reference event is one group; no group straddles the threshold
    groups = merge_bins(np.array([1990, 10, 0, 0]), 2, 5)
    assert groups[2] == groups[3] and groups[1] != groups[2]


def test_profile_length_is_checked() -> None:
    assert len(TOXIC_PROFILE) == len(SCORE_EDGES) + 1
    with pytest.raises(ValueError):
        ScoreCUSUM(profile=(1, 2, 3))
    with pytest.raises(ValueError):
        DriftConfig(toxicity_prompt_detector="scores")


def _stream(n: int, seed: int, wave_from: int | None = None) -> EventFeatures:
    f = EventFeatures.synthetic(n, dim=8, seed=seed)
    rng = np.random.default_rng(seed)
    rate = np.full(n, 0.015)
    if wave_from is not None:
        rate[wave_from:] = 0.15
    toxic = rng.random(n) < rate
    clean = _scores(n, 0.0, rng)
    hot = _scores(n, 1.0, rng)
    return dataclasses.replace(f, toxicity_prompt=np.where(toxic, hot, clean))


@pytest.mark.parametrize("mode", ["flag", "score", "both"])
def test_segment_modes_keep_the_budget_and_are_batch_invariant(mode: str) -> None:
    cfg = DriftConfig(signals=("toxicity",), toxicity_prompt_detector=mode, reference_events=1000)
    assert design_false_alarm_rate(cfg) == pytest.approx(design_false_alarm_rate(DriftConfig(signals=("toxicity",))))
    f = _stream(3000, 7, wave_from=2000)
    a = SegmentDriftState("a|b|c", cfg)
    sig_a = a.update_batch(f)
    b = SegmentDriftState("a|b|c", cfg)
    sig_b = []
    for i in range(0, 3000, 377):
        b = SegmentDriftState.from_dict(json.loads(json.dumps(b.to_dict())))
        sig_b += b.update_batch(f.take(slice(i, i + 377)))
    assert sig_a == sig_b
    onsets = [s for s in sig_a if s.transition == "onset" and s.signal == "toxicity"]
    assert onsets and int(onsets[0].event_id[1:]) >= 2000
    dets = a.monitors["toxicity"].detectors
    assert ("prompt_score" in dets) == (mode != "flag")
    assert ("prompt" in dets) == (mode != "score")


def test_flag_mode_equals_the_previous_default() -> None:
    """``flag`` is exactly the Bernoulli toxic-prompt CUSUM at ``safety_target_arl``."""
    cfg = DriftConfig(signals=("toxicity",), toxicity_prompt_detector="flag", reference_events=1000)
    st = SegmentDriftState("a|b|c", cfg)
    f = _stream(1500, 8)
    st.update_batch(f)
    det = st.monitors["toxicity"].detectors["prompt"]
    ref = BernoulliCUSUM(target_arl=cfg.safety_target_arl)
    ref.fit_counts(int((f.toxicity_prompt[:1000] >= 0.5).sum()), 1000)
    assert isinstance(det, BernoulliCUSUM) and det.limit == ref.limit and det.p0 == ref.p0
