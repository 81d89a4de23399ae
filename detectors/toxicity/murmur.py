"""MurmurHash3 (x86, 32-bit) of a string's UTF-8 bytes: the word hash of the toxicity features.

The same function as ``sklearn.utils.murmurhash3_32(s, seed=0, positive=True)``, which the features
used before; importing it loads scikit-learn and SciPy, ~120 MB of RSS in every detector process, to
hash only the words the feature cache has not seen yet (each word once per process). Pure Python is
fast enough for that (a few microseconds per word) and gives the identical hash, so stored models
keep working.

>>> murmurhash3_32("insult"), murmurhash3_32("")
(2267736875, 0)
"""

from __future__ import annotations

__all__ = ["murmurhash3_32"]

_MASK = 0xFFFFFFFF
_C1 = 0xCC9E2D51
_C2 = 0x1B873593


def _rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (32 - r))) & _MASK


def murmurhash3_32(text: str, seed: int = 0) -> int:
    """Unsigned 32-bit MurmurHash3_x86_32 of ``text.encode("utf-8")``."""
    data = text.encode("utf-8")
    length = len(data)
    h = seed & _MASK
    full = length - length % 4
    for i in range(0, full, 4):
        k = int.from_bytes(data[i : i + 4], "little")
        k = _rotl((k * _C1) & _MASK, 15)
        h ^= (k * _C2) & _MASK
        h = (_rotl(h, 13) * 5 + 0xE6546B64) & _MASK
    tail = data[full:]
    if tail:
        k = int.from_bytes(tail, "little")
        k = _rotl((k * _C1) & _MASK, 15)
        h ^= (k * _C2) & _MASK
    h ^= length
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & _MASK
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & _MASK
    h ^= h >> 16
    return h
