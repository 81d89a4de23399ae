"""Per-signal inputs: what a signal reads from a batch, and its bounded reference buffer.

* :class:`EmbeddingInput` — rows of ``prompt_emb`` / ``response_emb`` (missing rows skipped;
  response rows of error events skipped). The warm-up buffer stores int8 rows with a per-row
  scale (a quarter of float32), quantised on the way in so a restored buffer is identical.
* :class:`ScalarInput` — a float column (latency, token counts), optionally skipping errors.
* :class:`ScoreInput` — a score column (toxicity), buffered like a scalar, no tick sketch.
* :class:`FlagInput` — a boolean derived from the batch; the reference keeps only counts.
* :class:`MaskInput` — an integer bit mask per event (PII entity types); the reference keeps one
  count per group of bits.

>>> f = EventFeatures.synthetic(5, dim=4)
>>> values, valid = ScalarInput("latency_ms", skip_errors=True).extract(f)
>>> valid.tolist() == (~f.is_error).tolist()
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from .features import EventFeatures
from .serial import decode_array, encode_array, quantise_rows

__all__ = ["EmbeddingInput", "FlagInput", "Input", "MaskInput", "ScalarInput", "ScoreInput"]


def _unit(q: np.ndarray) -> np.ndarray:
    """int8 rows as unit-norm float32 rows (all-zero rows stay zero)."""
    x = np.asarray(q, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)


class Input:
    """Base class: extraction plus a reference buffer of at most ``capacity`` usable events."""

    kind = "base"

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity

    @property
    def count(self) -> int:
        """Usable events in the reference buffer."""
        raise NotImplementedError

    def extract(self, batch: EventFeatures) -> tuple[np.ndarray, np.ndarray]:
        """Values of all rows and the mask of usable rows."""
        raise NotImplementedError

    def collect(self, values: np.ndarray) -> None:
        """Append usable values to the reference buffer (at most up to capacity)."""
        raise NotImplementedError

    def reference(self) -> Any:
        """The buffered reference, in the form the detectors' ``fit`` takes."""
        raise NotImplementedError

    def clear(self) -> None:
        """Drop the buffer (after fitting: detectors keep only their own compact state)."""
        raise NotImplementedError

    @staticmethod
    def roundtrip(values: np.ndarray) -> Any:
        """What usable ``values`` look like after buffering (a pinned reference is fitted on exactly
        what a warm-up buffer would hold)."""
        return values

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def load(self, d: dict[str, Any]) -> None:
        raise NotImplementedError


class EmbeddingInput(Input):
    """Embedding rows of ``field`` (``"prompt_emb"`` or ``"response_emb"``)."""

    kind = "embedding"

    def __init__(self, field: str, capacity: int, skip_errors: bool = False) -> None:
        super().__init__(capacity)
        self.field = field
        self.skip_errors = skip_errors
        self._rows: list[np.ndarray] = []
        self._scales: list[np.ndarray] = []
        self._count = 0

    @property
    def count(self) -> int:
        return self._count

    def extract(self, batch: EventFeatures) -> tuple[np.ndarray, np.ndarray]:
        """Rows in the buffer's own int8 representation (see :meth:`roundtrip`), so monitored
        events and the reference they are compared with are quantised identically — whether the
        rows arrived as float32 (replay) or int8 (the worker's features topic). Without this, on a
        low-diversity reference (a handful of distinct texts) the quantisation error is the only
        variance along some principal axes and unquantised live rows look like drift."""
        x = getattr(batch, self.field)
        finite = np.isfinite(x).all(axis=1)
        clean = np.where(finite[:, None], x, 0.0)
        norms = np.linalg.norm(clean, axis=1)
        valid = finite & (norms > 0.5)
        if self.skip_errors:
            valid &= ~batch.is_error
        return self.roundtrip(clean), valid

    def collect(self, values: np.ndarray) -> None:
        take = values[: max(0, self.capacity - self._count)]
        if len(take):
            q, s = quantise_rows(take)
            self._rows.append(q)
            self._scales.append(s)
            self._count += len(take)

    def reference(self) -> np.ndarray:
        if not self._rows:
            return np.zeros((0, 0), dtype=np.float32)
        return _unit(np.concatenate(self._rows))

    @staticmethod
    def roundtrip(values: np.ndarray) -> np.ndarray:
        """``values`` as buffered: int8 rows, L2-normalised again. Idempotent, and equal to what
        the worker's features topic delivers (``dequantize_embeddings(quantize_embeddings(x))``),
        so replay and worker see the same numbers."""
        return _unit(quantise_rows(values)[0])

    def clear(self) -> None:
        self._rows, self._scales, self._count = [], [], 0

    def to_dict(self) -> dict[str, Any]:
        rows = np.concatenate(self._rows) if self._rows else np.zeros((0, 0), dtype=np.int8)
        scales = np.concatenate(self._scales) if self._scales else np.zeros(0, dtype=np.float32)
        return {"rows": encode_array(rows, "int8"), "scales": encode_array(scales, "float32"), "count": self._count}

    def load(self, d: dict[str, Any]) -> None:
        rows = decode_array(d["rows"], "int8")
        scales = decode_array(d["scales"])
        self._rows = [rows] if len(rows) else []
        self._scales = [scales] if len(scales) else []
        self._count = int(d["count"])


class ScalarInput(Input):
    """A float column; usable when finite and not negative (and not an error, if asked)."""

    kind = "scalar"

    def __init__(self, field: str, capacity: int = 2000, skip_errors: bool = False) -> None:
        super().__init__(capacity)
        self.field = field
        self.skip_errors = skip_errors
        self._values: list[np.ndarray] = []
        self._count = 0

    @property
    def count(self) -> int:
        return self._count

    def extract(self, batch: EventFeatures) -> tuple[np.ndarray, np.ndarray]:
        x = getattr(batch, self.field)
        valid = np.isfinite(x) & (x >= 0)
        if self.skip_errors:
            valid &= ~batch.is_error
        return x, valid

    def collect(self, values: np.ndarray) -> None:
        take = np.asarray(values[: max(0, self.capacity - self._count)], dtype=np.float32)
        if len(take):
            self._values.append(take)
            self._count += len(take)

    def reference(self) -> np.ndarray:
        return np.concatenate(self._values).astype(np.float64) if self._values else np.zeros(0)

    @staticmethod
    def roundtrip(values: np.ndarray) -> np.ndarray:
        return np.asarray(values, dtype=np.float32).astype(np.float64)

    def clear(self) -> None:
        self._values, self._count = [], 0

    def to_dict(self) -> dict[str, Any]:
        return {"values": encode_array(self.reference(), "float32"), "count": self._count}

    def load(self, d: dict[str, Any]) -> None:
        values = decode_array(d["values"])
        self._values = [values] if len(values) else []
        self._count = int(d["count"])


class ScoreInput(ScalarInput):
    """A score column (toxicity) read like a scalar, but not summarised in tick records: the
    signal's flag input already reports its counts."""

    kind = "score"


class FlagInput(Input):
    """A boolean per event; the reference is just (positives, events)."""

    kind = "flag"

    def __init__(
        self,
        name: str,
        flag: Callable[[EventFeatures], tuple[np.ndarray, np.ndarray]],
        capacity: int = 2000,
    ) -> None:
        super().__init__(capacity)
        self.name = name
        self.flag = flag
        self.positives = 0
        self._count = 0

    @property
    def count(self) -> int:
        return self._count

    def extract(self, batch: EventFeatures) -> tuple[np.ndarray, np.ndarray]:
        return self.flag(batch)

    def collect(self, values: np.ndarray) -> None:
        take = np.asarray(values[: max(0, self.capacity - self._count)], dtype=bool)
        self.positives += int(take.sum())
        self._count += len(take)

    def reference(self) -> tuple[int, int]:
        return self.positives, self._count

    @staticmethod
    def roundtrip(values: np.ndarray) -> np.ndarray:
        return np.asarray(values, dtype=bool)

    def clear(self) -> None:
        self.positives, self._count = 0, 0

    def to_dict(self) -> dict[str, Any]:
        return {"positives": self.positives, "count": self._count}

    def load(self, d: dict[str, Any]) -> None:
        self.positives, self._count = int(d["positives"]), int(d["count"])


class MaskInput(Input):
    """An int64 bit mask per event; the reference is (events hitting each group, events)."""

    kind = "mask"

    def __init__(
        self,
        name: str,
        mask: Callable[[EventFeatures], tuple[np.ndarray, np.ndarray]],
        groups: tuple[int, ...],
        capacity: int = 2000,
    ) -> None:
        super().__init__(capacity)
        self.name = name
        self.mask = mask
        self.groups = groups
        self.positives = [0] * len(groups)
        self._count = 0

    @property
    def count(self) -> int:
        return self._count

    def extract(self, batch: EventFeatures) -> tuple[np.ndarray, np.ndarray]:
        return self.mask(batch)

    def group_counts(self, values: np.ndarray) -> list[int]:
        """Events of ``values`` that hit each group."""
        m = np.asarray(values, dtype=np.int64)
        return [int(np.count_nonzero(m & g)) for g in self.groups]

    def collect(self, values: np.ndarray) -> None:
        take = np.asarray(values[: max(0, self.capacity - self._count)], dtype=np.int64)
        self.positives = [a + b for a, b in zip(self.positives, self.group_counts(take), strict=True)]
        self._count += len(take)

    def reference(self) -> tuple[list[int], int]:
        return list(self.positives), self._count

    @staticmethod
    def roundtrip(values: np.ndarray) -> np.ndarray:
        return np.asarray(values, dtype=np.int64)

    def clear(self) -> None:
        self.positives, self._count = [0] * len(self.groups), 0

    def to_dict(self) -> dict[str, Any]:
        return {"positives": list(self.positives), "count": self._count}

    def load(self, d: dict[str, Any]) -> None:
        self.positives, self._count = [int(x) for x in d["positives"]], int(d["count"])
