"""PII redaction of dead-letter content (what ``dlq_original = "redacted"`` stores).

A rejected message is often almost an event: JSON whose strings hold prompts and responses. The
redactor keeps the structure readable for whoever debugs the rejection and replaces PII in every
string (keys too) by ``<TYPE>`` tags. Identifier fields that are PII by definition (``user_id``,
``session_id``) are replaced whole. Text that is not JSON is redacted as one string.

>>> from detectors.pii import PiiAnalyzer
>>> redact = DeadLetterRedactor(PiiAnalyzer(person=False))
>>> redact('{"user_id": "alice", "prompt": "mail bo@example.com", "n": 3')
'{"user_id": "<user_id>", "prompt": "mail <EMAIL_ADDRESS>", "n": 3'
>>> redact('{"user_id": "alice", "prompt": "mail bo@example.com", "n": 3}')
'{"user_id": "<user_id>", "prompt": "mail <EMAIL_ADDRESS>", "n": 3}'
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from typing import Any, Protocol

from detectors.pii.redact import redact as redact_spans
from detectors.pii.span import PiiSpan
from schemas.settings import Settings
from streams.ingest import DeadLetterContent

__all__ = ["IDENTIFIER_FIELDS", "DeadLetterRedactor", "dead_letter_content"]

#: Fields whose whole value identifies a person or a conversation.
IDENTIFIER_FIELDS = ("user_id", "session_id")

_MAX_DEPTH = 64
_IDENTIFIER_VALUE = re.compile(r'"(?P<key>' + "|".join(IDENTIFIER_FIELDS) + r')"(?P<sep>\s*:\s*)"(?:[^"\\]|\\.)*"')


class _Analyzer(Protocol):
    def analyze(self, text: str) -> list[PiiSpan]: ...


class DeadLetterRedactor:
    """Callable ``text -> redacted text`` over a PII analyzer (see the module docstring)."""

    def __init__(self, analyzer: _Analyzer) -> None:
        self.analyzer = analyzer

    def __call__(self, text: str) -> str:
        try:
            document = json.loads(text)
        except (ValueError, RecursionError):
            return self._text(_IDENTIFIER_VALUE.sub(lambda m: f'"{m["key"]}"{m["sep"]}"<{m["key"]}>"', text))
        if isinstance(document, dict | list):
            return json.dumps(self._walk(document, None, 0), ensure_ascii=False)
        return self._text(text)

    def _text(self, text: str) -> str:
        if not text:
            return text
        return redact_spans(text, self.analyzer.analyze(text), "tag")

    def _walk(self, value: Any, key: str | None, depth: int) -> Any:
        if depth > _MAX_DEPTH:
            return "<nested too deep>"
        if key in IDENTIFIER_FIELDS and value is not None:
            return f"<{key}>"
        if isinstance(value, str):
            return self._text(value)
        if isinstance(value, dict):
            return {self._text(str(k)): self._walk(v, str(k), depth + 1) for k, v in value.items()}
        if isinstance(value, list):
            return [self._walk(v, None, depth + 1) for v in value]
        return value


class _LazyAnalyzer:
    """A PII analyzer configured like the enrich stage's, loaded on the first dead letter (thread-safe)."""

    def __init__(self, settings: Settings) -> None:
        self.entities, self.person = settings.pii_entities, settings.pii_person
        self._analyzer: Any = None
        self._lock = threading.Lock()

    def analyze(self, text: str) -> list[PiiSpan]:
        with self._lock:  # one caller at a time: spaCy pipelines are not thread-safe
            if self._analyzer is None:
                from detectors.pii import PiiAnalyzer

                self._analyzer = PiiAnalyzer(entities=self.entities, person=self.person)
            spans: list[PiiSpan] = self._analyzer.analyze(text)
            return spans


def dead_letter_content(settings: Settings, enricher: object | None = None) -> DeadLetterContent:
    """What the worker's dead letters keep (setting ``dlq_original``).

    ``redacted`` and ``omitted`` redact with the enricher's own PII analyzer when it offers one
    (``redact_dead_letter``: in the detector process, or in-process under the detectors' lock;
    spaCy pipelines are not thread-safe, and a shared unguarded one leaked a PERSON name into the
    DLQ in tests/integration/test_security_e2e.py). Without detectors, an analyzer configured like
    the enrich stage's (same entity types, PERSON per ``pii_person``) is loaded on the first dead
    letter. Callers run the redaction off the event loop (it may wait for a detector process).
    """
    redactor: Callable[[str], str] | None = None
    if settings.dlq_original != "original":  # omitted: still redacts the detail's field paths
        shared = getattr(enricher, "redact_dead_letter", None)
        redactor = shared if callable(shared) else DeadLetterRedactor(_LazyAnalyzer(settings))
    return DeadLetterContent(settings.dlq_original, redactor, settings.dlq_max_original_bytes)
