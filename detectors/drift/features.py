"""The per-batch input of the drift stage: one row per event, as numpy arrays.

Missing values: ``NaN`` in the float columns (``latency_ms``, token counts, toxicity scores) and a
row of zeros (or ``NaN``) in an embedding matrix mean "not available"; such rows are left out of
that signal and counted. ``event_time`` is seconds since the epoch (event time, not arrival time).

>>> f = EventFeatures.synthetic(3, dim=4)
>>> len(f), f.prompt_emb.shape
(3, (3, 4))
>>> len(f.take(slice(1, 3))), f.take(slice(1, 3)).event_ids
(2, ('e1', 'e2'))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

__all__ = ["PII_TYPES", "SCALAR_FIELDS", "EventFeatures", "pii_type_mask"]

#: Bit ``i`` of a PII type mask is entity type ``PII_TYPES[i]`` (the order of
#: ``detectors.pii.PII_ENTITY_TYPES``; a unit test keeps the two equal). Unknown names are ignored.
PII_TYPES: tuple[str, ...] = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "API_KEY",
    "PERSON",
)
_PII_BIT = {name: 1 << i for i, name in enumerate(PII_TYPES)}


def pii_type_mask(types_per_event: Sequence[Sequence[str]]) -> np.ndarray:
    """(n,) int64 bit masks of the PII entity types found in each event (see :data:`PII_TYPES`).

    >>> pii_type_mask([["PERSON", "EMAIL_ADDRESS"], [], ["PHONE_NUMBER", "PHONE_NUMBER"]]).tolist()
    [129, 0, 2]
    """
    out = np.zeros(len(types_per_event), dtype=np.int64)
    for i, types in enumerate(types_per_event):
        m = 0
        for t in types:
            m |= _PII_BIT.get(t, 0)
        out[i] = m
    return out


#: The per-event columns of :class:`EventFeatures` other than the embeddings and the ids (the
#: order the features codec writes them in).
SCALAR_FIELDS: tuple[str, ...] = (
    "event_time",
    "latency_ms",
    "prompt_tokens",
    "completion_tokens",
    "is_error",
    "is_refusal",
    "toxicity_prompt",
    "toxicity_response",
    "pii_prompt_count",
    "pii_response_count",
    "pii_response_types",
)

_FLOAT_COLS = (
    "event_time",
    "latency_ms",
    "prompt_tokens",
    "completion_tokens",
    "toxicity_prompt",
    "toxicity_response",
    "pii_prompt_count",
    "pii_response_count",
)
_BOOL_COLS = ("is_error", "is_refusal")


@dataclass(frozen=True)
class EventFeatures:
    """Features of ``n`` events, in arrival order.

    Attributes:
        event_time: (n,) float64 seconds since the epoch.
        prompt_emb: (n, d) float32 L2-normalised prompt embeddings (zero/NaN row = missing).
        response_emb: (n, d) float32 L2-normalised response embeddings (zero/NaN row = missing).
        latency_ms: (n,) float64, NaN if missing.
        prompt_tokens: (n,) float64, NaN if missing.
        completion_tokens: (n,) float64, NaN if missing.
        is_error: (n,) bool, ``status == "error"``.
        is_refusal: (n,) bool, output of :func:`detectors.refusal.is_refusal` on the response.
        toxicity_prompt: (n,) float64 toxicity score in [0, 1], NaN if not scored.
        toxicity_response: (n,) float64 toxicity score in [0, 1], NaN if not scored.
        pii_prompt_count: (n,) float64 number of PII entities found in the prompt.
        pii_response_count: (n,) float64 number of PII entities found in the response.
        event_ids: the ``event_id`` of each row.
        pii_response_types: (n,) int64 bit mask of the PII entity types found in the response
            (:func:`pii_type_mask`); optional: empty or not given means all zeros (types unknown).
    """

    event_time: np.ndarray
    prompt_emb: np.ndarray
    response_emb: np.ndarray
    latency_ms: np.ndarray
    prompt_tokens: np.ndarray
    completion_tokens: np.ndarray
    is_error: np.ndarray
    is_refusal: np.ndarray
    toxicity_prompt: np.ndarray
    toxicity_response: np.ndarray
    pii_prompt_count: np.ndarray
    pii_response_count: np.ndarray
    event_ids: tuple[str, ...]
    pii_response_types: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def __post_init__(self) -> None:
        n = len(self.event_ids)
        types = np.asarray(self.pii_response_types, dtype=np.int64)
        if types.size == 0:  # not given: types unknown
            types = np.zeros(n, dtype=np.int64)
        object.__setattr__(self, "pii_response_types", types)
        if types.shape != (n,):
            raise ValueError(f"pii_response_types has shape {types.shape}, expected ({n},)")
        for name in _FLOAT_COLS:
            arr = np.asarray(getattr(self, name), dtype=np.float64)
            object.__setattr__(self, name, arr)
            if arr.shape != (n,):
                raise ValueError(f"{name} has shape {arr.shape}, expected ({n},)")
        for name in _BOOL_COLS:
            arr = np.asarray(getattr(self, name), dtype=bool)
            object.__setattr__(self, name, arr)
            if arr.shape != (n,):
                raise ValueError(f"{name} has shape {arr.shape}, expected ({n},)")
        for name in ("prompt_emb", "response_emb"):
            arr = np.asarray(getattr(self, name), dtype=np.float32)
            object.__setattr__(self, name, arr)
            if arr.ndim != 2 or arr.shape[0] != n:
                raise ValueError(f"{name} has shape {arr.shape}, expected ({n}, d)")
        object.__setattr__(self, "event_ids", tuple(self.event_ids))

    def __len__(self) -> int:
        return len(self.event_ids)

    def take(self, index: slice | np.ndarray) -> EventFeatures:
        """The rows selected by a slice, an index array or a boolean mask."""
        kwargs: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "event_ids":
                ids = np.asarray(value, dtype=object)[index]
                kwargs[f.name] = tuple(str(i) for i in np.atleast_1d(ids))
            else:
                kwargs[f.name] = value[index]
        return EventFeatures(**kwargs)

    @staticmethod
    def concat(parts: Sequence[EventFeatures]) -> EventFeatures:
        """Rows of several batches, in order."""
        if not parts:
            raise ValueError("concat needs at least one batch")
        kwargs: dict[str, Any] = {}
        for f in fields(EventFeatures):
            if f.name == "event_ids":
                kwargs[f.name] = tuple(i for p in parts for i in p.event_ids)
            else:
                kwargs[f.name] = np.concatenate([getattr(p, f.name) for p in parts])
        return EventFeatures(**kwargs)

    @staticmethod
    def synthetic(n: int, dim: int = 8, seed: int = 0, start_time: float = 0.0) -> EventFeatures:
        """A small random stable batch (for doctests and examples), 10 events per second."""
        rng = np.random.default_rng(seed)

        def unit(m: int) -> np.ndarray:
            v = rng.standard_normal((m, dim)).astype(np.float32)
            return v / np.linalg.norm(v, axis=1, keepdims=True)

        return EventFeatures(
            event_time=start_time + np.arange(n) / 10.0,
            prompt_emb=unit(n),
            response_emb=unit(n),
            latency_ms=np.exp(rng.normal(np.log(800.0), 0.4, n)),
            prompt_tokens=np.round(np.exp(rng.normal(np.log(300.0), 0.3, n))),
            completion_tokens=np.round(np.exp(rng.normal(np.log(150.0), 0.5, n))),
            is_error=rng.random(n) < 0.01,
            is_refusal=rng.random(n) < 0.01,
            toxicity_prompt=rng.beta(1.0, 40.0, n),
            toxicity_response=rng.beta(1.0, 60.0, n),
            pii_prompt_count=(rng.random(n) < 0.03).astype(float),
            pii_response_count=(rng.random(n) < 0.01).astype(float),
            event_ids=tuple(f"e{i}" for i in range(n)),
        )
