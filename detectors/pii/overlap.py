"""Deterministic overlap resolution shared by the analyzer and :func:`~detectors.pii.redact`.

Spans are taken greedily by descending score, then descending length, then start, then type; a
span is kept if it does not overlap one already kept. Touching spans (``a.end == b.start``) do
not overlap.

>>> from detectors.pii.span import PiiSpan
>>> a = PiiSpan("PHONE_NUMBER", 0, 10, 0.7, "Phone")
>>> b = PiiSpan("CREDIT_CARD", 0, 19, 1.0, "Card")
>>> c = PiiSpan("PERSON", 19, 25, 0.7, "Person")
>>> [s.type for s in resolve_overlaps([a, b, c])]
['CREDIT_CARD', 'PERSON']
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from detectors.pii.span import PiiSpan

__all__ = ["priority", "resolve_overlaps"]


def priority(span: PiiSpan) -> tuple[float, int, int, str]:
    """Sort key: higher score first, then longer, then earlier, then by type name."""
    return (-span.score, -(span.end - span.start), span.start, span.type)


def resolve_overlaps(spans: Sequence[PiiSpan]) -> list[PiiSpan]:
    """Return a non-overlapping subset of ``spans`` sorted by start (see the module docstring)."""
    starts: list[int] = []
    kept: list[PiiSpan] = []
    for span in sorted(spans, key=priority):
        i = bisect.bisect_right(starts, span.start)
        if i > 0 and kept[i - 1].end > span.start:
            continue
        if i < len(kept) and kept[i].start < span.end:
            continue
        starts.insert(i, span.start)
        kept.insert(i, span)
    return kept
