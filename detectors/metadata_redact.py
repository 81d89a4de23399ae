"""PII redaction of an event's free-text fields besides prompt and response, with the texts' mode.

Applications put free text in more places than the prompt: a customer name or an e-mail address in
a ``metadata`` value or key, an unknown top-level field (stored JSON-encoded in ``extra``), an
``error_type`` that quotes its input, a ``session_id`` built from an address. The worker redacts
all of them before storage, with the same analyzer, mode and salt as the texts
(:class:`FreeText`, :func:`redact_free_text`):

* ``metadata`` and ``extra`` **values** and ``error_type``: the configured ``redaction_mode``. An
  ``extra`` value stays valid JSON (a redaction that would break it stores the redacted text as a
  JSON string instead).
* ``metadata`` and ``extra`` **keys** and ``session_id`` are identifiers: only the PII found inside
  them is replaced, always by its salted hash token (``<EMAIL_ADDRESS:1a2b3c4d>``), whatever the
  mode. Identifiers without PII stay as they are (joins with the application's own logs work), and
  two different identifiers stay different (``tag`` would merge every ``sess-<EMAIL_ADDRESS>``
  and drop map entries whose keys collide), so grouping by session or by key keeps working.

One analyzer call per batch. One event's values and session id are analysed as one text (joined by
blank lines), whatever the number of entries; a span is mapped back to every part it overlaps,
clipped to that part (a detection that crosses a separator redacts both sides rather than neither).
Map keys and ``error_type`` are analysed alone, once per distinct value in the batch: applications
repeat the same few (keys alone in the joined text cost 2.5x on four-entry maps). The cost is
bounded like the texts' by ``max_event_bytes``.

>>> from detectors.pii import PiiAnalyzer
>>> analyzer = PiiAnalyzer(person=False)
>>> redact_metadata([{"ticket": "from bo@example.com", "tier": "gold"}, {}], analyzer.analyze_batch, "tag")
[{'ticket': 'from <EMAIL_ADDRESS>', 'tier': 'gold'}, {}]
>>> item = FreeText(metadata={"bo@example.com": "vip"}, error_type="bad bo@example.com", session_id="bo@example.com")
>>> out = redact_free_text([item], analyzer.analyze_batch, "tag", salt=b"pepper")[0]
>>> out.metadata, out.error_type, out.session_id
({'<EMAIL_ADDRESS:9c545277>': 'vip'}, 'bad <EMAIL_ADDRESS>', '<EMAIL_ADDRESS:9c545277>')
"""

from __future__ import annotations

import bisect
import dataclasses
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from detectors.pii import PiiSpan, RedactionMode, redact

__all__ = ["IDENTIFIER_MODE", "SEPARATOR", "FreeText", "redact_free_text", "redact_metadata"]

#: Joins one event's parts into one analysed text (a paragraph break: no entity spans it).
SEPARATOR = "\n\n"
#: How PII inside identifiers (map keys, ``session_id``) is replaced: distinct values stay distinct.
IDENTIFIER_MODE: RedactionMode = "hash"

AnalyzeBatch = Callable[[Sequence[str]], Sequence[Sequence[PiiSpan]]]
Mode = RedactionMode | Literal["none"]
Relabel = Callable[[str, RedactionMode], str]  # one label (a key, an error_type) -> its redaction


@dataclass(frozen=True, slots=True)
class FreeText:
    """The free-text fields of one event that reach storage besides prompt and response."""

    metadata: Mapping[str, str] = field(default_factory=dict)
    extra: Mapping[str, str] = field(default_factory=dict)  # values JSON-encoded
    error_type: str = ""
    session_id: str = ""

    def texts(self) -> list[str]:
        """The parts analysed together, as one text: metadata values, extra values, session_id."""
        return [*self.metadata.values(), *self.extra.values(), self.session_id]

    def labels(self) -> list[str]:
        """The parts analysed alone (once per distinct value in a batch): map keys and error_type."""
        return [*self.metadata, *self.extra, self.error_type]

    def text_modes(self, mode: RedactionMode) -> list[RedactionMode]:
        """The redaction mode of each of :meth:`texts`: values per ``mode``, the session id hashed."""
        return [mode] * (len(self.metadata) + len(self.extra)) + [IDENTIFIER_MODE]

    def rebuilt(self, texts: Sequence[str], relabel: Relabel, mode: RedactionMode) -> FreeText:
        """A copy holding ``texts`` (:meth:`texts`, redacted) and its labels passed through ``relabel``."""
        n = len(self.metadata)
        metadata = [(relabel(key, IDENTIFIER_MODE), value) for key, value in zip(self.metadata, texts[:n], strict=True)]
        extra = [
            (relabel(key, IDENTIFIER_MODE), value if value == old else _as_json(value))
            for key, value, old in zip(self.extra, texts[n:-1], self.extra.values(), strict=True)
        ]
        return FreeText(_unique_keys(metadata), _unique_keys(extra), relabel(self.error_type, mode), texts[-1])


def redact_free_text(
    items: Sequence[FreeText], analyze_batch: AnalyzeBatch, mode: Mode = "tag", salt: bytes = b""
) -> list[FreeText]:
    """Each item with the PII in its fields redacted (see the module docstring; ``none``: as is)."""
    out = list(items)
    if mode == "none":
        return out
    texts = [item.texts() for item in items]
    chosen = [i for i, t in enumerate(texts) if any(t)]
    labels = sorted({label for item in items for label in item.labels() if label})
    if not chosen and not labels:
        return out
    results = analyze_batch([SEPARATOR.join(texts[i]) for i in chosen] + labels)
    text_spans = {i: spans for i, spans in zip(chosen, results[: len(chosen)], strict=True) if spans}
    label_spans = {label: spans for label, spans in zip(labels, results[len(chosen) :], strict=True) if spans}

    def relabel(label: str, label_mode: RedactionMode) -> str:
        spans = label_spans.get(label)
        return redact(label, spans, mode=label_mode, salt=salt) if spans else label

    for i, item in enumerate(items):
        spans = text_spans.get(i)
        if spans is None and not any(label in label_spans for label in item.labels()):
            continue
        redacted = _redact_parts(texts[i], spans, item.text_modes(mode), salt) if spans else texts[i]
        out[i] = item.rebuilt(redacted, relabel, mode)
    return out


def redact_metadata(
    metadatas: Sequence[Mapping[str, str]], analyze_batch: AnalyzeBatch, mode: Mode = "tag", salt: bytes = b""
) -> list[dict[str, str]]:
    """Each mapping with PII in its keys and values redacted (:func:`redact_free_text` on metadata alone)."""
    items = redact_free_text([FreeText(metadata=m) for m in metadatas], analyze_batch, mode, salt)
    return [dict(item.metadata) for item in items]


def _redact_parts(parts: list[str], spans: Sequence[PiiSpan], modes: list[RedactionMode], salt: bytes) -> list[str]:
    starts: list[int] = []  # where each part begins in the joined text
    position = 0
    for part in parts:
        starts.append(position)
        position += len(part) + len(SEPARATOR)
    per_part: list[list[PiiSpan]] = [[] for _ in parts]
    for span in spans:  # O(spans x log parts): each span goes to the parts it overlaps
        k = max(0, bisect.bisect_right(starts, span.start) - 1)
        while k < len(parts) and starts[k] < span.end:
            lo, hi = max(span.start, starts[k]), min(span.end, starts[k] + len(parts[k]))
            if lo < hi:  # a non-empty part of the span lies in this part
                per_part[k].append(dataclasses.replace(span, start=lo - starts[k], end=hi - starts[k]))
            k += 1
    return [
        redact(part, mine, mode=mode, salt=salt) if mine else part
        for part, mine, mode in zip(parts, per_part, modes, strict=True)
    ]


def _unique_keys(pairs: Sequence[tuple[str, str]]) -> dict[str, str]:
    """A dict of ``pairs`` that drops no entry: a key seen before (two redacted keys that became
    equal) gets a ``#2``, ``#3``... suffix."""
    out: dict[str, str] = {}
    for key, value in pairs:
        unique, n = key, 1
        while unique in out:
            n += 1
            unique = f"{key}#{n}"
        out[unique] = value
    return out


def _as_json(text: str) -> str:
    """``text`` if it is still JSON after redaction, else the JSON string holding it."""
    try:
        json.loads(text)
    except ValueError:
        return json.dumps(text, ensure_ascii=False)
    return text
