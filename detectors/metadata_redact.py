"""PII redaction of event ``metadata`` values (string → string), with the texts' redaction mode.

Applications put free text in metadata too (a customer name, an email in a ``ticket`` tag), so the
worker redacts every metadata value before storage exactly like prompt and response. One event's
values are analysed as one text (joined by blank lines), so the cost is one analyzer call per event
with metadata, whatever the number of entries; it is bounded like the texts' by ``max_event_bytes``.
A span is mapped back to every value it overlaps, clipped to that value: a detection that crosses a
separator redacts both sides rather than neither. Keys are kept as they are (they name the tag).

>>> from detectors.pii import PiiAnalyzer
>>> analyzer = PiiAnalyzer(person=False)
>>> redact_metadata([{"ticket": "from bo@example.com", "tier": "gold"}, {}], analyzer.analyze_batch, "tag")
[{'ticket': 'from <EMAIL_ADDRESS>', 'tier': 'gold'}, {}]
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Literal

from detectors.pii import PiiSpan, RedactionMode, redact

__all__ = ["SEPARATOR", "redact_metadata"]

#: Joins one event's values into one analysed text (a paragraph break: no entity spans it).
SEPARATOR = "\n\n"

AnalyzeBatch = Callable[[Sequence[str]], Sequence[Sequence[PiiSpan]]]


def redact_metadata(
    metadatas: Sequence[Mapping[str, str]],
    analyze_batch: AnalyzeBatch,
    mode: RedactionMode | Literal["none"] = "tag",
    salt: bytes = b"",
) -> list[dict[str, str]]:
    """Each mapping with PII in its values redacted (``mode`` and ``salt`` as for the texts; none: as is)."""
    out = [dict(m) for m in metadatas]
    chosen = [i for i, m in enumerate(out) if any(m.values())]
    if not chosen or mode == "none":
        return out
    texts = [SEPARATOR.join(out[i].values()) for i in chosen]
    for i, spans in zip(chosen, analyze_batch(texts), strict=True):
        if spans:
            out[i] = _redact_values(out[i], spans, mode, salt)
    return out


def _redact_values(
    metadata: dict[str, str], spans: Sequence[PiiSpan], mode: RedactionMode, salt: bytes
) -> dict[str, str]:
    starts: list[int] = []  # where each value begins in the joined text
    position = 0
    for value in metadata.values():
        starts.append(position)
        position += len(value) + len(SEPARATOR)
    values = list(metadata.values())
    per_value: list[list[PiiSpan]] = [[] for _ in values]
    for span in spans:  # O(spans x log values): each span goes to the values it overlaps
        k = max(0, bisect.bisect_right(starts, span.start) - 1)
        while k < len(values) and starts[k] < span.end:
            lo, hi = max(span.start, starts[k]), min(span.end, starts[k] + len(values[k]))
            if lo < hi:  # a non-empty part of the span lies in this value
                per_value[k].append(dataclasses.replace(span, start=lo - starts[k], end=hi - starts[k]))
            k += 1
    return {
        key: redact(value, mine, mode=mode, salt=salt) if mine else value
        for (key, value), mine in zip(metadata.items(), per_value, strict=True)
    }
