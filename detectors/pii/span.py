"""Result types of the PII detector: :class:`PiiSpan`, :class:`Detection` and the entity names.

>>> span = PiiSpan("EMAIL_ADDRESS", 9, 24, 1.0, "EmailRecognizer")
>>> "write to ana@example.org"[span.start : span.end]
'ana@example.org'
>>> "PERSON" in PII_ENTITY_TYPES
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "PII_ENTITY_TYPES",
    "STRUCTURED_ENTITY_TYPES",
    "Detection",
    "PiiSpan",
    "RedactionMode",
]

#: Entity types with a deterministic recognizer (patterns plus validators).
STRUCTURED_ENTITY_TYPES: tuple[str, ...] = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "API_KEY",
)

#: Every entity type the analyzer can report (Presidio's names, plus ``API_KEY``).
PII_ENTITY_TYPES: tuple[str, ...] = (*STRUCTURED_ENTITY_TYPES, "PERSON")

#: How :func:`detectors.pii.redact` replaces a span: ``mask`` (``*`` per character, same length),
#: ``tag`` (``<TYPE>``) or ``hash`` (``<TYPE:8 hex digits>``, salted SHA-256 of the value).
RedactionMode = Literal["mask", "tag", "hash"]


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """One detected entity: ``text[start:end]`` is the entity text (character offsets).

    Attributes
    ----------
    type
        Entity type, one of :data:`PII_ENTITY_TYPES`.
    start, end
        Character offsets into the analysed text, ``start < end``.
    score
        Confidence in ``(0, 1]``; 1.0 means a checksum or an unambiguous format validated it.
    recognizer
        Name of the recognizer that produced the span (e.g. ``"CreditCardRecognizer"``).
    """

    type: str
    start: int
    end: int
    score: float
    recognizer: str


@dataclass(frozen=True, slots=True)
class Detection:
    """A :class:`PiiSpan` plus why it was reported (Presidio's ``AnalysisExplanation``, condensed).

    Attributes
    ----------
    span
        The result itself.
    pattern
        Name of the pattern or rule that matched (e.g. ``"intl_e164"``, ``"ner"``, ``"dear_x"``).
    explanation
        One human-readable sentence: what matched, what validated it, which context word helped.
    """

    span: PiiSpan
    pattern: str
    explanation: str
