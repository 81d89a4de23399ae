"""Helpers shared by the PII unit tests: what an analyzer finds in a text, as (type, value) pairs.

>>> from detectors.pii import PiiAnalyzer
>>> typed(PiiAnalyzer(person=False), "mail ana.silva@correo.pt")
[('EMAIL_ADDRESS', 'ana.silva@correo.pt')]
"""

from __future__ import annotations

from detectors.pii import PiiAnalyzer


def typed(analyzer: PiiAnalyzer, text: str, kind: str | None = None) -> list[tuple[str, str]]:
    """(type, value) of every span ``analyzer`` finds in ``text``, only those of ``kind`` if given."""
    return [(s.type, text[s.start : s.end]) for s in analyzer.analyze(text) if kind is None or s.type == kind]


def values(analyzer: PiiAnalyzer, text: str, kind: str) -> list[str]:
    """The values of the spans of one ``kind``."""
    return [v for _, v in typed(analyzer, text, kind)]
