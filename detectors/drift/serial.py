"""Compact JSON encoding of numpy arrays for checkpoints (base64 of little-endian bytes).

>>> a = np.array([[1.5, -2.0], [0.25, 3.0]], dtype=np.float32)
>>> d = encode_array(a, "float16")
>>> d["dtype"], d["shape"]
('float16', [2, 2])
>>> decode_array(d).tolist()
[[1.5, -2.0], [0.25, 3.0]]
"""

from __future__ import annotations

import base64
from typing import Any

import numpy as np

__all__ = ["decode_array", "encode_array", "quantise_rows"]

_ALLOWED = ("int8", "float16", "float32", "float64", "int64")


def encode_array(arr: np.ndarray, dtype: str | None = None) -> dict[str, Any]:
    """``{"dtype", "shape", "data"}`` with ``data`` the base64 of the array cast to ``dtype``."""
    arr = np.asarray(arr)
    dtype = dtype or str(arr.dtype)
    if dtype not in _ALLOWED:
        raise ValueError(f"unsupported dtype {dtype!r}; valid: {', '.join(_ALLOWED)}")
    raw = np.ascontiguousarray(arr, dtype=np.dtype(dtype).newbyteorder("<")).tobytes()
    return {"dtype": dtype, "shape": list(arr.shape), "data": base64.b64encode(raw).decode("ascii")}


def decode_array(d: dict[str, Any], dtype: str = "float32") -> np.ndarray:
    """Inverse of :func:`encode_array`, returned as ``dtype`` (default float32)."""
    if d["dtype"] not in _ALLOWED:
        raise ValueError(f"unsupported dtype {d['dtype']!r}; valid: {', '.join(_ALLOWED)}")
    raw = base64.b64decode(d["data"])
    arr = np.frombuffer(raw, dtype=np.dtype(d["dtype"]).newbyteorder("<")).reshape(d["shape"])
    return arr.astype(dtype)


def quantise_rows(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and per-row scales such that ``q * scale`` approximates ``x``.

    >>> q, s = quantise_rows(np.array([[0.5, -1.0], [0.0, 0.0]], dtype=np.float32))
    >>> q.tolist(), np.round(q * s[:, None].astype(float), 4).tolist()
    ([[64, -127], [0, 0]], [[0.5039, -1.0], [0.0, 0.0]])
    """
    x = np.asarray(x, dtype=np.float32)
    scale = np.abs(x).max(axis=1) / 127.0 if x.size else np.zeros(len(x), dtype=np.float32)
    scale = scale.astype(np.float32)
    safe = np.where(scale > 0, scale, 1.0).astype(np.float32)
    q = np.clip(np.rint(x / safe[:, None]), -127, 127).astype(np.int8)
    return q, scale
