"""Reference control (pin/reset through the drift agent), the toxicity threshold hand-over, and
low-diversity references (the demo's few distinct texts)."""

from __future__ import annotations

import json
import zlib
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pytest
from pydantic import ValidationError

from detectors.drift import DriftConfig, EventFeatures, SegmentDriftState
from detectors.drift.config import ARL_FIELDS
from detectors.drift.segment import design_false_alarm_rate
from detectors.drift.synthetic import synthetic_stream
from detectors.embeddings import dequantize_embeddings, quantize_embeddings
from schemas.settings import Settings
from streams.drift_stage import DriftStage, drift_config, enrichment_toxicity_threshold
from streams.reference_control import (
    REFERENCE_COLUMNS,
    ControlCommand,
    PinAssembler,
    decode_control,
    encode_control,
    is_control,
    pin_messages,
    reference_features,
    reference_sql,
)

SEGMENT = ("support-bot", "gpt-x", "v3")
KEY = json.dumps(list(SEGMENT), separators=(",", ":"))
CFG = DriftConfig(reference_events=600, min_reference_events=300)


class _Sink:
    async def write_drift_metrics(self, rows: list[Any]) -> None:
        del rows


def _stage() -> DriftStage:
    return DriftStage(CFG, _Sink(), checkpoint_every_s=3600.0)  # type: ignore[arg-type]


def _onsets(state: SegmentDriftState, feats: EventFeatures, size: int = 200) -> list[tuple[str, int]]:
    out = []
    for i in range(0, len(feats), size):
        out += [
            (s.signal, s.event_id)
            for s in state.update_batch(feats.take(slice(i, i + size)))
            if s.transition == "onset"
        ]
    return out


# ------------------------------------------------------------------------------- low diversity
def test_low_diversity_reference_raises_no_embedding_alarm() -> None:
    # Like `driftline up --demo`: 8 distinct prompts and 4 distinct answers, float32 rows (replay).
    # The reference is buffered as int8; before monitored rows were quantised the same way, the
    # rounding noise along the empty principal axes made MEWMA fire right after the warm-up.
    rng = np.random.default_rng(5)
    feats = synthetic_stream(6000, dim=256, seed=4)
    prompts = rng.standard_normal((8, 256)).astype(np.float32)
    answers = rng.standard_normal((4, 256)).astype(np.float32)
    prompts /= np.linalg.norm(prompts, axis=1, keepdims=True)
    answers /= np.linalg.norm(answers, axis=1, keepdims=True)
    fields = {f: getattr(feats, f) for f in feats.__dataclass_fields__}
    fields["prompt_emb"] = prompts[rng.integers(0, 8, len(feats))]
    fields["response_emb"] = answers[rng.integers(0, 4, len(feats))]
    state = SegmentDriftState("demo|m|v1", DriftConfig())
    found = _onsets(state, EventFeatures(**fields))
    assert state.monitors["prompt_drift"].detectors["mewma"].active  # monitored, not switched off
    assert [o for o in found if o[0] in ("prompt_drift", "response_drift")] == []


def test_int8_and_float_rows_give_the_same_statistics() -> None:
    feats = synthetic_stream(2600, dim=64, seed=8)
    fields = {f: getattr(feats, f) for f in feats.__dataclass_fields__}
    # the worker's features topic carries int8 rows, dequantised to unit norm; replay has float32
    fields["prompt_emb"] = dequantize_embeddings(quantize_embeddings(feats.prompt_emb))
    a, b = SegmentDriftState("s", CFG), SegmentDriftState("s", CFG)
    a.update_batch(feats)
    b.update_batch(EventFeatures(**fields))
    ra = a.monitors["prompt_drift"].last_raw
    rb = b.monitors["prompt_drift"].last_raw
    assert ra.keys() == rb.keys() and all(np.isfinite(v) for v in ra.values())
    for name in ra:
        assert ra[name] == pytest.approx(rb[name], rel=1e-5, abs=1e-9)


# ------------------------------------------------------------------------- toxicity threshold
def test_drift_config_takes_the_enrichment_threshold() -> None:
    class Detectors:
        toxicity_threshold = 0.638

    class Enricher:
        detectors = Detectors()

    threshold = enrichment_toxicity_threshold(Enricher())
    assert threshold == pytest.approx(0.638)
    assert drift_config(Settings(), threshold).toxicity_threshold == pytest.approx(0.638)
    assert drift_config(Settings(toxicity_threshold=0.7)).toxicity_threshold == pytest.approx(0.7)
    assert drift_config(Settings()).toxicity_threshold == DriftConfig().toxicity_threshold
    assert enrichment_toxicity_threshold(object()) is None


def test_drift_arl_scale_scales_the_whole_budget() -> None:
    """``drift_arl_scale`` multiplies every target ARL (the PII-in-responses one included) and
    divides the design budget; a switched-off PII-type bank (ARL 0) stays off."""
    base, scaled = drift_config(Settings()), drift_config(Settings(drift_arl_scale=2.5))
    assert base == DriftConfig()  # scale 1.0: the defaults
    for name in ARL_FIELDS:
        assert getattr(scaled, name) == pytest.approx(2.5 * getattr(base, name))
    assert replace(scaled, **{name: getattr(base, name) for name in ARL_FIELDS}) == base
    assert design_false_alarm_rate(scaled) == pytest.approx(design_false_alarm_rate(base) / 2.5)
    assert DriftConfig(pii_type_target_arl=0).with_arl_scale(3.0).pii_type_target_arl == 0
    with pytest.raises(ValidationError):
        Settings(drift_arl_scale=0)
    with pytest.raises(ValueError, match="positive"):
        base.with_arl_scale(-1.0)


def test_toxicity_rate_counts_scores_at_the_given_threshold() -> None:
    feats = synthetic_stream(50, dim=8, seed=1)
    fields = {f: getattr(feats, f) for f in feats.__dataclass_fields__}
    fields["toxicity_prompt"] = np.full(50, 0.6)
    batch = EventFeatures(**fields)
    for threshold, expected in ((0.5, 50), (0.638, 0)):
        state = SegmentDriftState(
            "s", DriftConfig(reference_events=600, min_reference_events=300, toxicity_threshold=threshold)
        )
        values, valid = state.monitors["toxicity"].inputs["prompt"].extract(batch)
        assert int(values[valid].sum()) == expected


# ------------------------------------------------------------------------------ control codec
def test_control_codec_roundtrip_and_rejects() -> None:
    events = synthetic_stream(30, dim=8, seed=2)
    msg = encode_control(ControlCommand("pin", SEGMENT, "r1", 0, 1, "now"), events)
    assert is_control(msg)
    cmd, got = decode_control(msg)
    assert cmd == ControlCommand("pin", SEGMENT, "r1", 0, 1, "now")
    assert got is not None and got.event_ids == events.event_ids
    with pytest.raises(ValueError, match="valid: pin, reset"):
        ControlCommand("drop", SEGMENT)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        decode_control(b'{"v": 2, "action": "reset"}')
    with pytest.raises(ValueError):
        decode_control(b"{not json")


def test_features_messages_are_not_control() -> None:
    from streams.features_codec import encode_features

    assert not is_control(encode_features(SEGMENT, synthetic_stream(3, dim=4)))


def test_pin_parts_assemble_in_any_order_and_newer_request_wins() -> None:
    events = synthetic_stream(1000, dim=8, seed=3)
    messages = pin_messages(SEGMENT, events)
    assert len(messages) == 3  # 400 + 400 + 200
    decoded = [decode_control(m) for m in messages]
    pins = PinAssembler()
    assert pins.add(KEY, decoded[2][0], decoded[2][1]) is None  # type: ignore[arg-type]
    assert pins.add(KEY, decoded[0][0], decoded[0][1]) is None  # type: ignore[arg-type]
    whole = pins.add(KEY, decoded[1][0], decoded[1][1])  # type: ignore[arg-type]
    assert whole is not None and whole.event_ids == events.event_ids
    other = decode_control(pin_messages(SEGMENT, events)[0])
    pins.add(KEY, other[0], other[1])  # type: ignore[arg-type]
    newer = decode_control(pin_messages(SEGMENT, events)[0])
    pins.add(KEY, newer[0], newer[1])  # type: ignore[arg-type]
    assert [k[1] for k in pins.pending] == [newer[0].request_id]


# ---------------------------------------------------------------------- the drift agent's side
def test_stage_applies_pin_then_reset_and_skips_redelivery() -> None:
    stage = _stage()
    state = stage.state_for(KEY, None)
    state.update_batch(synthetic_stream(100, dim=32, seed=9), offset=10)
    baseline = synthetic_stream(800, dim=32, seed=12)
    messages = pin_messages(SEGMENT, baseline)
    results = [stage.control(None, m, offset=11 + i) for i, m in enumerate(messages)]
    assert [r[1] is None for r in results] == [True, False]  # fitted when the last part arrived
    assert state.reference_source == "pinned" and state.last_offset == 12
    assert all(
        state.monitors[name].fitted[inp] for name in ("latency_drift", "pii") for inp in state.monitors[name].inputs
    )
    # the pinned baseline detects a latency doubling in the live stream right away
    live = synthetic_stream(600, dim=32, seed=13, change_at=200, latency_factor=2.0)
    found = [s for s in state.update_batch(live, offset=20) if s.transition == "onset"]
    assert found and found[0].signal == "latency_drift"
    # the checkpoint carries the pinned reference
    restored = SegmentDriftState.from_dict(json.loads(zlib.decompress(stage.checkpoint(KEY, state))), CFG)
    assert restored.reference_source == "pinned"
    reset = encode_control(ControlCommand("reset", SEGMENT, "r2"))
    assert stage.control(None, reset, offset=21)[1] is state
    assert state.reference_source == "warmup" and not state.monitors["latency_drift"].fitted["latency"]
    assert stage.control(None, reset, offset=21)[1] is None  # redelivered: skipped


def test_stage_refuses_a_too_small_baseline_and_keeps_the_reference() -> None:
    stage = _stage()
    state = stage.state_for(KEY, None)
    state.update_batch(synthetic_stream(700, dim=32, seed=9), offset=1)
    assert state.monitors["latency_drift"].fitted["latency"]
    (msg,) = pin_messages(SEGMENT, synthetic_stream(100, dim=32, seed=1))
    assert stage.control(None, msg, offset=2)[1] is None
    assert state.reference_source == "warmup" and state.monitors["latency_drift"].fitted["latency"]


def test_pin_current_reference_marks_it() -> None:
    stage = _stage()
    (msg,) = pin_messages(SEGMENT, None)
    key, state = stage.control(None, msg, offset=5)
    assert key == KEY and state is not None and state.reference_source == "pinned"


# ------------------------------------------------------------------------------- the CLI side
def test_reference_sql_quotes_and_samples() -> None:
    t0 = datetime(2026, 11, 22, 10, tzinfo=UTC)
    t1 = datetime(2026, 11, 22, 12, tzinfo=UTC)
    sql = reference_sql("driftline", ("it's", "m\\x", ""), t0, t1, max_events=2000, total=5000)
    assert "app = 'it\\'s'" in sql and "model = 'm\\\\x'" in sql
    assert "ORDER BY cityHash64(event_id) LIMIT 2000" in sql
    assert "LIMIT" not in reference_sql("driftline", SEGMENT, t0, t1, max_events=2000, total=1500)
    with pytest.raises(ValueError, match="zone"):
        reference_sql("driftline", SEGMENT, datetime(2026, 1, 1), t1, 10, 10)


def test_reference_features_from_stored_rows() -> None:
    columns = [c.split(" AS ")[-1] for c in REFERENCE_COLUMNS]
    emb = [1] * 8
    rows = [
        ["e1", 1_700_000_000_000, emb, emb, 250.0, 12, 40, "ok", 0, 0.1, 0.2, 0, 1, ["PERSON"]],
        ["e2", 1_700_000_000_500, emb, [0] * 8, None, None, None, "error", 1, 0.9, 0.0, 2, 0, []],
    ]
    f = reference_features(columns, rows)
    assert f.event_ids == ("e1", "e2")
    assert f.event_time.tolist() == [1_700_000_000.0, 1_700_000_000.5]
    assert f.is_error.tolist() == [False, True] and f.is_refusal.tolist() == [False, True]
    assert np.isnan(f.latency_ms[1]) and f.pii_response_count.tolist() == [1.0, 0.0]
    assert f.pii_response_types.tolist() == [1 << 7, 0]  # PERSON is bit 7
    assert np.linalg.norm(f.prompt_emb[0]) == pytest.approx(1.0, abs=1e-5)
