"""Wire format of the internal features topic: one segment's slice of an ingest batch.

The ingest stage publishes, keyed by segment, what the drift stage needs per event (event
time, int8 embeddings, scalars, flags); the drift stage decodes it. Layout (version 2): a 4-byte
big-endian header length, a JSON header (version, segment, event ids, and each array's name,
dtype and shape), then the arrays' raw bytes back to back, in header order. Version 1 (an ``.npz``
after the header) is still decoded; writing it cost ~10x more CPU than version 2 (zip
container and CRCs for a few kilobytes). Embeddings travel as int8 (see
:func:`detectors.embeddings.quantize_embeddings`): ~0.5 KB per event for two 256-d vectors.

>>> from detectors.drift.features import SCALAR_FIELDS, EventFeatures
>>> f = EventFeatures.synthetic(3, dim=4)
>>> segment, g = decode_features(encode_features(("app", "model", "v1"), f))
>>> segment, g.event_ids, bool(abs(g.latency_ms - f.latency_ms).max() < 1e-9)
(('app', 'model', 'v1'), ('e0', 'e1', 'e2'), True)
"""

from __future__ import annotations

import io
import json
import struct
from collections.abc import Iterator
from typing import Any

import numpy as np

from detectors.drift.features import SCALAR_FIELDS, EventFeatures
from detectors.embeddings import dequantize_embeddings, quantize_embeddings

__all__ = ["decode_features", "encode_features", "segment_bytes", "split_features"]

_VERSION = 2
_SCALARS = SCALAR_FIELDS


def segment_bytes(segment: tuple[str, str, str]) -> bytes:
    """The Kafka key of a segment (same segment, same partition).

    >>> segment_bytes(("a", "m", ""))
    b'["a","m",""]'
    """
    return json.dumps(list(segment), separators=(",", ":")).encode()


def encode_features(segment: tuple[str, str, str], features: EventFeatures) -> bytes:
    """Serialise one segment's features (version 2)."""
    arrays = {name: np.ascontiguousarray(getattr(features, name)) for name in _SCALARS}
    arrays["prompt_emb"] = quantize_embeddings(features.prompt_emb)
    arrays["response_emb"] = quantize_embeddings(features.response_emb)
    header = json.dumps(
        {
            "v": _VERSION,
            "segment": list(segment),
            "event_ids": list(features.event_ids),
            "arrays": [[name, a.dtype.str, list(a.shape)] for name, a in arrays.items()],
        }
    ).encode()
    return b"".join([struct.pack(">I", len(header)), header, *(a.tobytes() for a in arrays.values())])


def decode_features(data: bytes) -> tuple[tuple[str, str, str], EventFeatures]:
    """Inverse of :func:`encode_features` (versions 1 and 2); raises ValueError on anything else."""
    if len(data) < 4:
        raise ValueError("features message too short")
    (size,) = struct.unpack(">I", data[:4])
    header = json.loads(data[4 : 4 + size])
    version = header.get("v")
    if version == _VERSION:
        arrays = _raw_arrays(header["arrays"], data, 4 + size)
    elif version == 1:
        with np.load(io.BytesIO(data[4 + size :])) as npz:
            arrays = {name: npz[name] for name in npz.files}
    else:
        raise ValueError(f"unsupported features message version {version!r}")
    segment = tuple(header["segment"])
    features = EventFeatures(
        prompt_emb=dequantize_embeddings(arrays.pop("prompt_emb")),
        response_emb=dequantize_embeddings(arrays.pop("response_emb")),
        event_ids=tuple(header["event_ids"]),
        **arrays,
    )
    return (segment[0], segment[1], segment[2]), features


def _raw_arrays(manifest: list[list[Any]], data: bytes, offset: int) -> dict[str, np.ndarray]:
    buffer = bytearray(data[offset:])  # one copy: the arrays are writable, like np.load's
    arrays: dict[str, np.ndarray] = {}
    at = 0
    for name, dtype_text, shape in manifest:
        dtype = np.dtype(dtype_text)
        if dtype.hasobject:
            raise ValueError(f"features array {name!r}: object dtype not allowed")
        count = int(np.prod(shape, dtype=np.int64))
        end = at + count * dtype.itemsize
        if end > len(buffer):
            raise ValueError(f"features array {name!r} runs past the end of the message")
        arrays[str(name)] = np.frombuffer(buffer, dtype=dtype, count=count, offset=at).reshape(shape)
        at = end
    if at != len(buffer):
        raise ValueError("trailing bytes after the features arrays")
    return arrays


def split_features(features: EventFeatures, max_events: int) -> Iterator[EventFeatures]:
    """Chunks of at most ``max_events`` rows (keeps messages under Kafka's size limit)."""
    for start in range(0, len(features), max_events):
        yield features.take(slice(start, start + max_events))
