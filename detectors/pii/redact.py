"""Redaction of detected spans: ``mask``, ``tag`` or ``hash``.

* ``mask`` replaces every character of the span with ``*``: the text keeps its length, so every
  offset (of other spans, of the caller's own annotations) stays valid.
* ``tag`` replaces the span with ``<TYPE>``.
* ``hash`` replaces it with ``<TYPE:xxxxxxxx>``: the first 8 hex digits of
  ``sha256(salt + value)``. The same value and salt always give the same token (joins and counts
  still work on redacted data); without the salt the token cannot be reversed by hashing guesses.

Overlapping spans are resolved first (:func:`~detectors.pii.overlap.resolve_overlaps`: higher score,
then longer span).

>>> from detectors.pii.span import PiiSpan
>>> text = "mail bo@example.com now"
>>> spans = [PiiSpan("EMAIL_ADDRESS", 5, 19, 1.0, "EmailRecognizer")]
>>> redact(text, spans)
'mail <EMAIL_ADDRESS> now'
>>> redact(text, spans, "mask")
'mail ************** now'
>>> redact(text, spans, "hash", salt=b"pepper")
'mail <EMAIL_ADDRESS:9c545277> now'
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import get_args

from detectors.pii.overlap import resolve_overlaps
from detectors.pii.span import PiiSpan, RedactionMode

__all__ = ["REDACTION_MODES", "redact", "redaction_token"]

#: The valid values of :data:`~detectors.pii.span.RedactionMode`.
REDACTION_MODES: tuple[str, ...] = get_args(RedactionMode)


def redaction_token(value: str, entity: str, mode: RedactionMode = "tag", salt: bytes = b"") -> str:
    """The replacement for one entity value ``value`` of type ``entity``."""
    if mode == "tag":
        return f"<{entity}>"
    if mode == "mask":
        return "*" * len(value)
    if mode == "hash":
        digest = hashlib.sha256(salt + value.encode("utf-8")).hexdigest()[:8]
        return f"<{entity}:{digest}>"
    raise ValueError(f"unknown redaction mode {mode!r}; valid modes: {', '.join(REDACTION_MODES)}")


def redact(text: str, spans: Sequence[PiiSpan], mode: RedactionMode = "tag", salt: bytes = b"") -> str:
    """Return ``text`` with every span replaced according to ``mode`` (see the module docstring).

    Raises
    ------
    ValueError
        If ``mode`` is unknown or a span lies outside ``text`` or is empty.
    """
    if mode not in REDACTION_MODES:
        raise ValueError(f"unknown redaction mode {mode!r}; valid modes: {', '.join(REDACTION_MODES)}")
    for span in spans:
        if not 0 <= span.start < span.end <= len(text):
            raise ValueError(f"span {span.start}:{span.end} is empty or outside the text (length {len(text)})")
    parts: list[str] = []
    pos = 0
    for span in resolve_overlaps(spans):
        parts.append(text[pos : span.start])
        parts.append(redaction_token(text[span.start : span.end], span.type, mode, salt))
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)
