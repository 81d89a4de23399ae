"""The features wire format: version 2 round trip, version 1 still readable, corrupt input rejected."""

from __future__ import annotations

import io
import json
import struct

import numpy as np
import pytest

from detectors.drift.features import EventFeatures
from detectors.embeddings import quantize_embeddings
from streams.features_codec import _SCALARS, decode_features, encode_features


def _features() -> EventFeatures:
    f = EventFeatures.synthetic(7, dim=16, seed=3, start_time=1_700_000_000.0)
    latency = f.latency_ms.copy()
    latency[2] = np.nan  # missing values survive
    return EventFeatures(**{**{k: getattr(f, k) for k in f.__dataclass_fields__}, "latency_ms": latency})


def test_round_trip_is_exact_for_scalars_and_quantised_embeddings() -> None:
    f = _features()
    segment, g = decode_features(encode_features(("app", "model|x", "v1"), f))
    assert segment == ("app", "model|x", "v1")
    assert g.event_ids == f.event_ids
    for name in _SCALARS:
        np.testing.assert_array_equal(getattr(g, name), getattr(f, name))
        assert getattr(g, name).dtype == getattr(f, name).dtype
    for name in ("prompt_emb", "response_emb"):
        expected = decode_features(encode_features(("a", "m", ""), f))[1]
        np.testing.assert_array_equal(getattr(g, name), getattr(expected, name))
        assert np.abs(getattr(g, name) - getattr(f, name)).max() < 0.02
    g.latency_ms[0] = 1.0  # decoded arrays are writable, like np.load's


def test_version_1_messages_still_decode() -> None:
    f = _features()
    header = json.dumps({"v": 1, "segment": ["a", "m", "v"], "event_ids": list(f.event_ids)}).encode()
    arrays = {name: getattr(f, name) for name in _SCALARS}
    arrays["prompt_emb"] = quantize_embeddings(f.prompt_emb)
    arrays["response_emb"] = quantize_embeddings(f.response_emb)
    payload = io.BytesIO()
    np.savez(payload, **arrays)
    old = struct.pack(">I", len(header)) + header + payload.getvalue()
    segment, g = decode_features(old)
    new = decode_features(encode_features(("a", "m", "v"), f))[1]
    assert segment == ("a", "m", "v")
    np.testing.assert_array_equal(g.prompt_emb, new.prompt_emb)
    np.testing.assert_array_equal(g.event_time, new.event_time)


@pytest.mark.parametrize("cut", [1, 10, 100])
def test_truncated_or_padded_messages_are_rejected(cut: int) -> None:
    data = encode_features(("a", "m", ""), _features())
    with pytest.raises(ValueError):
        decode_features(data[:-cut])
    with pytest.raises(ValueError):
        decode_features(data + b"\0" * cut)


def test_unknown_version_is_rejected() -> None:
    header = json.dumps({"v": 9, "segment": ["a", "m", ""], "event_ids": []}).encode()
    with pytest.raises(ValueError, match="version"):
        decode_features(struct.pack(">I", len(header)) + header)


def test_scalar_fields_are_every_per_event_column_but_the_embeddings_and_ids() -> None:
    import dataclasses

    from detectors.drift.features import SCALAR_FIELDS, EventFeatures

    names = [f.name for f in dataclasses.fields(EventFeatures)]
    assert sorted(SCALAR_FIELDS) == sorted(set(names) - {"prompt_emb", "response_emb", "event_ids"})
