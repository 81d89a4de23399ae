"""PII detection and redaction for LLM prompts and responses.

Entity types follow Presidio's names (``EMAIL_ADDRESS``, ``PHONE_NUMBER``, ``CREDIT_CARD``,
``IBAN_CODE``, ``US_SSN``, ``IP_ADDRESS``, ``PERSON``) plus ``API_KEY`` for credentials. One
recognizer per module; structured types are regexes plus validators (Luhn, mod-97, SSA rules,
IP parsing, entropy), PERSON is spaCy NER plus context rules plus a census first-name list.

>>> from detectors.pii import PiiAnalyzer, redact
>>> analyzer = PiiAnalyzer(person=False)
>>> text = "card 4111 1111 1111 1111, key AKIA2E0A8F3B244C9986"
>>> redact(text, analyzer.analyze(text))
'card <CREDIT_CARD>, key <API_KEY>'
"""

from __future__ import annotations

from detectors.pii.analyzer import PiiAnalyzer, default_recognizers
from detectors.pii.overlap import resolve_overlaps
from detectors.pii.redact import REDACTION_MODES, redact
from detectors.pii.span import PII_ENTITY_TYPES, STRUCTURED_ENTITY_TYPES, Detection, PiiSpan, RedactionMode

__all__ = [
    "PII_ENTITY_TYPES",
    "REDACTION_MODES",
    "STRUCTURED_ENTITY_TYPES",
    "Detection",
    "PiiAnalyzer",
    "PiiSpan",
    "RedactionMode",
    "default_recognizers",
    "redact",
    "resolve_overlaps",
]
