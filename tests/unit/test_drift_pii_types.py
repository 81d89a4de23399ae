"""The PII-type bank (`detectors/drift/rate_bank.py`) and its place in the `pii` signal."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from detectors.drift import DriftConfig, EventFeatures, SegmentDriftState
from detectors.drift.bernoulli import POSTERIOR_POINTS, BernoulliCUSUM, bernoulli_arl, beta_quantiles
from detectors.drift.config import PII_TYPE_GROUPS
from detectors.drift.features import PII_TYPES, pii_type_mask
from detectors.drift.rate_bank import BernoulliBank
from detectors.drift.segment import design_false_alarm_rate, pii_type_groups
from detectors.pii.span import PII_ENTITY_TYPES

# Base rates per group (person, e-mail, phone, rare structured) like the scenario generator's.
BASE = (0.0055, 0.0017, 0.0023, 0.0025)


def _masks(rng: np.random.Generator, n: int, rates: tuple[float, ...]) -> np.ndarray:
    groups = pii_type_groups()
    mask = np.zeros(n, dtype=np.int64)
    for g, p in zip(groups, rates, strict=True):
        low = g & -g  # lowest bit of the group stands for it
        mask |= np.where(rng.random(n) < p, low, 0)
    return mask


def _fitted_bank(rng: np.random.Generator, target_arl: float = 1e7) -> BernoulliBank:
    bank = BernoulliBank(pii_type_groups(), target_arl=target_arl)
    ref = _masks(rng, 2000, BASE)
    bank.fit_counts([int(np.count_nonzero(ref & g)) for g in bank.groups], 2000)
    return bank


def test_type_names_match_the_pii_detector() -> None:
    assert PII_TYPES == PII_ENTITY_TYPES
    assert {t for group in PII_TYPE_GROUPS for t in group} == set(PII_TYPES)
    assert pii_type_mask([["EMAIL_ADDRESS", "NOT_A_TYPE"], []]).tolist() == [1, 0]


def test_one_leaking_type_is_detected_quickly() -> None:
    """A 9% leak of e-mail addresses (base 0.17%) fires the bank within ~100 events."""
    rng = np.random.default_rng(11)
    bank = _fitted_bank(rng)
    stable = _masks(rng, 3000, BASE)
    wave = _masks(rng, 1000, (BASE[0], 0.09, BASE[2], BASE[3]))
    _, alarm = bank.update(np.concatenate([stable, wave]))
    assert not alarm[:3000].any()
    first = int(np.flatnonzero(alarm)[0]) - 3000
    assert 0 <= first < 150


def test_no_alarm_on_long_stable_stream() -> None:
    rng = np.random.default_rng(5)
    bank = _fitted_bank(rng)
    stat, alarm = bank.update(_masks(rng, 50_000, BASE))
    assert not alarm.any()
    assert 0.0 <= float(stat.max()) < 1.0


def test_each_member_meets_its_budget_on_average_over_the_posterior() -> None:
    """Calibration sanity: each member's posterior-averaged false-alarm rate is within budget, and
    one step lower would not be (the threshold is the smallest that is)."""
    rng = np.random.default_rng(3)
    bank = _fitted_bank(rng, target_arl=1e6)
    ref = _masks(np.random.default_rng(3), 2000, BASE)
    for det, g in zip(bank.members, bank.groups, strict=True):
        pos = int(np.count_nonzero(ref & g))
        ps = beta_quantiles(pos + 0.5, 2000 - pos + 0.5, POSTERIOR_POINTS)

        def rate(limit: int, ps: np.ndarray = ps, det: object = det) -> float:
            return float(np.mean([1.0 / bernoulli_arl(float(p), det.up, det.down, limit) for p in ps]))  # type: ignore[attr-defined]

        assert rate(det.limit) <= 1e-6 < rate(det.limit - 1)


def test_design_budget_is_unchanged() -> None:
    """The bank's members are paid for by the "any PII" detector (its ARL went from 4e5 to 4.8e5
    when the bank came): the segment total is no more than without the bank at 4e5, and at or
    under half the 1-per-100,000 requirement."""
    cfg = DriftConfig()
    assert design_false_alarm_rate(cfg) <= 5.0e-6
    off = replace(cfg, pii_type_target_arl=0, pii_response_target_arl=4e5)
    assert design_false_alarm_rate(cfg) <= design_false_alarm_rate(off)
    assert "response_types" not in SegmentDriftState("s", off).monitors["pii"].detectors


def _stream(n: int, seed: int, leak_from: int | None, leak_bit: int) -> EventFeatures:
    rng = np.random.default_rng(seed)
    f = EventFeatures.synthetic(n, dim=8, seed=seed)
    mask = _masks(rng, n, BASE)
    if leak_from is not None:
        leak = (np.arange(n) >= leak_from) & (rng.random(n) < 0.09)
        mask = np.where(leak, mask | leak_bit, mask)
    count = np.where(mask > 0, 1.0, 0.0)
    fields = {k: getattr(f, k) for k in f.__dataclass_fields__}
    fields.update(pii_response_types=mask, pii_response_count=count, is_error=np.zeros(n, dtype=bool))
    return EventFeatures(**fields)


def _onsets(state: SegmentDriftState, f: EventFeatures, cuts: list[int]) -> list[tuple[str, str, str]]:
    out = []
    for a, b in zip([0, *cuts], [*cuts, len(f)], strict=True):
        out += [(s.event_id, s.signal, s.detector) for s in state.update_batch(f.take(slice(a, b)))]
    return out


def test_segment_fires_pii_on_a_one_type_leak_and_is_batch_independent() -> None:
    f = _stream(6000, 21, leak_from=4000, leak_bit=1 << PII_TYPES.index("IBAN_CODE"))
    cfg = DriftConfig(signals=("pii",))
    a = _onsets(SegmentDriftState("s", cfg), f, [1000, 2500, 3000, 4100, 5000])
    b = _onsets(SegmentDriftState("s", cfg), f, list(range(137, 6000, 137)))
    assert a == b
    assert a and a[0][1] == "pii" and a[0][2] == "response_types"
    assert 4000 <= int(a[0][0][1:]) < 4100


def test_unknown_types_leave_the_aggregate_detector_working() -> None:
    """Producers that send counts but no types: the bank sees nothing, "any PII" still fires."""
    f = _stream(6000, 22, leak_from=4000, leak_bit=1)
    fields = {k: getattr(f, k) for k in f.__dataclass_fields__}
    fields.pop("pii_response_types")
    f = EventFeatures(**fields)
    onsets = _onsets(SegmentDriftState("s", DriftConfig(signals=("pii",))), f, [3000])
    assert onsets and {d for _, _, d in onsets} == {"response"}


def test_checkpoint_round_trip_and_old_checkpoint_without_the_bank() -> None:
    f = _stream(6000, 23, leak_from=4000, leak_bit=1)
    cfg = DriftConfig(signals=("pii",))
    ref = SegmentDriftState("s", cfg)
    expected = _onsets(ref, f, [2500])
    state = SegmentDriftState("s", cfg)
    _onsets(state, f.take(slice(0, 2500)), [])
    restored = SegmentDriftState.from_dict(state.to_dict())
    assert _onsets(restored, f.take(slice(2500, 6000)), []) == expected
    # A checkpoint written before the bank existed: it warms up on the events after the restore.
    old = state.to_dict()
    mon = old["monitors"]["pii"]
    for key in ("inputs", "fitted", "n_reference", "detectors", "last_raw"):
        mon[key].pop("response_types")
    restored = SegmentDriftState.from_dict(old)
    assert not restored.monitors["pii"].fitted["response_types"]
    _onsets(restored, f.take(slice(2500, 3200)), [])
    assert restored.monitors["pii"].fitted["response_types"]


def test_features_topic_carries_the_types_and_older_messages_decode(monkeypatch: pytest.MonkeyPatch) -> None:
    import streams.features_codec as codec

    f = _stream(2000, 24, leak_from=None, leak_bit=0)
    assert f.pii_response_types.any()
    _, g = codec.decode_features(codec.encode_features(("a", "m", ""), f))
    assert g.pii_response_types.tolist() == f.pii_response_types.tolist()
    older = tuple(n for n in codec._SCALARS if n != "pii_response_types")
    monkeypatch.setattr(codec, "_SCALARS", older)
    _, h = codec.decode_features(codec.encode_features(("a", "m", ""), f))
    assert not h.pii_response_types.any() and h.pii_response_count.tolist() == f.pii_response_count.tolist()


def test_vectorised_bank_equals_its_members_run_one_by_one_in_any_batching() -> None:
    rng = np.random.default_rng(8)
    n = 12_000
    mask = _masks(rng, n, BASE)
    mask[5000:6000] |= np.where(rng.random(1000) < 0.1, 1, 0)  # alarms (and resets) in the e-mail member
    bank = _fitted_bank(np.random.default_rng(9))
    members = [BernoulliCUSUM.from_dict(m.to_dict()) for m in bank.members]
    flags = bank.flags(mask)
    runs = [m.update(flags[:, k]) for k, m in enumerate(members)]
    expected = np.max([path / m.threshold for (path, _), m in zip(runs, members, strict=True)], axis=0)
    stats, alarms, i = [], [], 0
    while i < n:
        j = min(n, i + int(rng.integers(1, 400)))
        stat, alarm = bank.update(mask[i:j])
        stats.append(stat)
        alarms.append(alarm)
        i = j
    assert np.array_equal(np.concatenate(stats), expected)
    assert np.array_equal(np.concatenate(alarms), np.any([hit for _, hit in runs], axis=0))
    assert np.concatenate(alarms)[5000:6000].any()


def test_worker_features_carry_the_response_entity_types() -> None:
    from dataclasses import replace

    from detectors.pii.span import PiiSpan
    from streams.drift_stage import features_by_segment
    from tests.unit.test_features_by_segment import enrichment, event

    spans = [[PiiSpan("PERSON", 0, 3, 0.9, "r"), PiiSpan("EMAIL_ADDRESS", 4, 9, 1.0, "r")], []]
    out = features_by_segment([event("a"), event("b")], replace(enrichment(2), pii_response=spans))
    f = out[("chat", "m", "")]
    assert f.pii_response_types.tolist() == [(1 << 7) | 1, 0]
    assert f.pii_response_count.tolist() == [2.0, 0.0]
