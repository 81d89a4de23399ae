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
import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from detectors.pii.redact import redact as redact_spans
from detectors.pii.span import PiiSpan
from schemas.settings import Settings
from streams.ingest import DeadLetterContent

__all__ = [
    "IDENTIFIER_FIELDS",
    "UNNEEDED_IMPORTS",
    "DeadLetterRedactor",
    "dead_letter_content",
    "imports_blocked",
    "load_dead_letter_analyzer",
]

log = logging.getLogger(__name__)

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


#: Imported through spaCy when installed, and used by neither PERSON model (spaCy's CPU NER
#: pipeline; the name tagger, which no longer imports spaCy at all: detectors.pii.stop_words): thinc imports torch to
#: offer PyTorch layers, and a spaCy factory entry point that presidio-analyzer registers
#: (installed in the dev environment) imports transformers. Blocked while a worker without
#: detectors loads its dead-letter analyzer: 180-420 MB of RSS and seconds of start-up saved
#: (docs/benchmarks.md, session 6).
UNNEEDED_IMPORTS = ("torch", "transformers")


@contextmanager
def imports_blocked(names: Sequence[str]) -> Iterator[None]:
    """Make ``import NAME`` raise ImportError inside the block, for modules not imported yet.

    >>> import sys
    >>> with imports_blocked(["a_module_nobody_imported"]):
    ...     import a_module_nobody_imported
    Traceback (most recent call last):
    ...
    ModuleNotFoundError: import of a_module_nobody_imported halted; None in sys.modules
    >>> "a_module_nobody_imported" in sys.modules
    False
    """
    blocked = [name for name in names if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # the documented way to block an import
    try:
        yield
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


class _GuardedAnalyzer:
    """A PII analyzer that serves one caller at a time: spaCy pipelines are not thread-safe."""

    def __init__(self, analyzer: _Analyzer) -> None:
        self.analyzer = analyzer
        self._lock = threading.Lock()

    def analyze(self, text: str) -> list[PiiSpan]:
        with self._lock:
            return self.analyzer.analyze(text)


def load_dead_letter_analyzer(settings: Settings) -> _GuardedAnalyzer:
    """A PII analyzer configured like the enrich stage's (entity types, ``pii_person``, ``pii_person_model``,
    ``pii_policy``).

    Loaded now, at worker start-up, not on the first dead letter (that stalled the stream for
    seconds mid-run). spaCy is imported without torch and transformers when neither is loaded
    yet (:data:`UNNEEDED_IMPORTS`): the NER pipeline runs on thinc's NumPy ops either way.
    """
    from detectors.pii import PiiAnalyzer

    started = time.perf_counter()
    with imports_blocked(UNNEEDED_IMPORTS if "thinc" not in sys.modules else ()):
        analyzer = PiiAnalyzer(
            entities=settings.pii_entities,
            person=settings.pii_person,
            person_model=settings.pii_person_model,
            policy=settings.pii_policy,
        )
    log.info(
        "dead-letter redactor loaded in %.1fs (PERSON %s)",
        time.perf_counter() - started,
        "off" if analyzer.person is None else f"on, {settings.pii_person_model}",
    )
    return _GuardedAnalyzer(analyzer)


def dead_letter_content(settings: Settings, enricher: object | None = None) -> DeadLetterContent:
    """What the worker's dead letters keep (setting ``dlq_original``).

    ``redacted`` and ``omitted`` redact with the enricher's own PII analyzer when it offers one
    (``redact_dead_letter``: the in-process detectors, under their lock; spaCy pipelines are not
    thread-safe, and a shared unguarded one leaked a PERSON name into the DLQ in
    tests/integration/test_security_e2e.py). Otherwise (no detectors, or detectors in child
    processes, which would make a dead letter wait behind the batch being enriched) an analyzer of
    its own is loaded here, before the worker consumes (:func:`load_dead_letter_analyzer`).
    Callers run the redaction off the event loop.
    """
    redactor: Callable[[str], str] | None = None
    if settings.dlq_original != "original":  # omitted: still redacts the detail's field paths
        shared = getattr(enricher, "redact_dead_letter", None)
        redactor = shared if callable(shared) else DeadLetterRedactor(load_dead_letter_analyzer(settings))
    return DeadLetterContent(settings.dlq_original, redactor, settings.dlq_max_original_bytes)
