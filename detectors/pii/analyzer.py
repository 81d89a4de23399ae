"""The PII analyzer: runs the recognizers over texts and resolves overlapping results.

Structured types are cheap: one fast scan finds the digit clusters of a text
(:class:`~detectors.pii.features.TextFeatures`), each recognizer has a ``quick`` pre-check on those
features (largest cluster, an ``@``, a key-like word), and digit-based patterns run only in small
windows around the clusters -- the common case (no PII) costs a handful of C-level scans.
PERSON runs spaCy NER batched over the texts that need it.

>>> analyzer = PiiAnalyzer(person=False)
>>> text = "Reach Ana at ana@example.org or +44 20 7946 0958."
>>> [(s.type, text[s.start : s.end]) for s in analyzer.analyze(text)]
[('EMAIL_ADDRESS', 'ana@example.org'), ('PHONE_NUMBER', '+44 20 7946 0958')]
>>> PiiAnalyzer(entities=["EMAIL"], person=False)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
ValueError: unknown PII entity type(s) ['EMAIL']; valid types: EMAIL_ADDRESS, PHONE_NUMBER, ...
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

from detectors.pii.api_key import ApiKeyRecognizer
from detectors.pii.credit_card import CreditCardRecognizer
from detectors.pii.email import EmailRecognizer
from detectors.pii.features import TextFeatures
from detectors.pii.iban import IbanRecognizer
from detectors.pii.ip_address import IpAddressRecognizer
from detectors.pii.overlap import resolve_overlaps
from detectors.pii.person import DEFAULT_PERSON_MODEL, PersonModel, PersonRecognizer
from detectors.pii.phone import PhoneRecognizer
from detectors.pii.policy import PII_POLICIES, PiiPolicy, identifies_nobody
from detectors.pii.recognizer import Recognizer
from detectors.pii.span import PII_ENTITY_TYPES, Detection, PiiSpan
from detectors.pii.us_ssn import UsSsnRecognizer

__all__ = ["PiiAnalyzer", "default_recognizers"]

# Decimal digits of other scripts (Arabic-Indic, Eastern Arabic-Indic/Persian, Devanagari, full-width): the
# structured recognizers read them as the ASCII digits they are (one character each, so offsets are kept).
_DIGIT_BASES = (0x0660, 0x06F0, 0x0966, 0xFF10)
_OTHER_DIGITS = re.compile("[" + "".join(f"{chr(b)}-{chr(b + 9)}" for b in _DIGIT_BASES) + "]")
_ASCII_DIGITS = str.maketrans({chr(b + i): str(i) for b in _DIGIT_BASES for i in range(10)})


def default_recognizers() -> list[Recognizer]:
    """One instance of every structured recognizer, in a fixed order."""
    return [
        EmailRecognizer(),
        PhoneRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
        UsSsnRecognizer(),
        IpAddressRecognizer(),
        ApiKeyRecognizer(),
    ]


class PiiAnalyzer:
    """Detect PII entities in texts.

    Parameters
    ----------
    entities
        Entity types to report (default: all of :data:`~detectors.pii.span.PII_ENTITY_TYPES`).
    person
        Run the PERSON recognizer (spaCy NER + rules). ``False`` skips it even when ``entities``
        includes ``PERSON``: the analyzer is then regex-only and much faster.
    nlp
        A loaded spaCy pipeline to use for PERSON instead of loading the default model.
    batch_size
        Batch size for spaCy NER.
    person_model
        ``"tagger"`` (the learned name tagger, default) or ``"spacy"`` (spaCy NER) behind the PERSON rules.
    policy
        ``"standard"`` (default) reports every valid value; ``"identifying"`` skips values that identify no
        person or system (role mailboxes, fictional numbers, private IPs, test cards, ...:
        :mod:`detectors.pii.policy`).

    >>> text = "Write to support@acme.com or maria.keller@gmx.de from 10.0.0.7"
    >>> [text[s.start : s.end] for s in PiiAnalyzer(person=False).analyze(text)]
    ['support@acme.com', 'maria.keller@gmx.de', '10.0.0.7']
    >>> [text[s.start : s.end] for s in PiiAnalyzer(person=False, policy="identifying").analyze(text)]
    ['maria.keller@gmx.de']
    """

    def __init__(
        self,
        entities: Collection[str] | None = None,
        person: bool = True,
        *,
        nlp: Any | None = None,
        batch_size: int = 64,
        person_model: PersonModel = DEFAULT_PERSON_MODEL,
        policy: PiiPolicy = "standard",
    ) -> None:
        if policy not in PII_POLICIES:
            raise ValueError(f"unknown PII policy {policy!r}; valid policies: {', '.join(PII_POLICIES)}")
        wanted = tuple(PII_ENTITY_TYPES) if entities is None else tuple(entities)
        unknown = sorted(set(wanted) - set(PII_ENTITY_TYPES))
        if unknown:
            raise ValueError(f"unknown PII entity type(s) {unknown}; valid types: {', '.join(PII_ENTITY_TYPES)}")
        self.entities = frozenset(wanted)
        self.recognizers = [r for r in default_recognizers() if r.entity in self.entities]
        self._checks = [(r.quick, r.analyze) for r in self.recognizers]  # bound once: a hot loop
        self.policy = policy
        self._skip_nobody = policy == "identifying"
        self.person: PersonRecognizer | None = None
        if person and "PERSON" in self.entities:
            self.person = PersonRecognizer(nlp=nlp, batch_size=batch_size, model=person_model)

    def analyze(self, text: str) -> list[PiiSpan]:
        """Non-overlapping PII spans in ``text``, sorted by start offset."""
        return self.analyze_batch([text])[0]

    def analyze_batch(self, texts: Sequence[str]) -> list[list[PiiSpan]]:
        """:meth:`analyze` for many texts (PERSON NER is batched); one list per text, same order."""
        return [[d.span for d in dets] for dets in self.explain_batch(texts)]

    def explain(self, text: str) -> list[Detection]:
        """Like :meth:`analyze`, with the pattern and a one-line explanation for every span."""
        return self.explain_batch([text])[0]

    def explain_batch(self, texts: Sequence[str]) -> list[list[Detection]]:
        """:meth:`explain` for many texts."""
        results = [self._structured(t) for t in texts]
        if self.person is not None:
            for dets, person_dets in zip(results, self.person.analyze_batch(texts), strict=True):
                dets.extend(person_dets)
        return [self._resolve(dets) for dets in results]

    def _structured(self, text: str) -> list[Detection]:
        out: list[Detection] = []
        if not text.isascii() and _OTHER_DIGITS.search(text) is not None:
            text = text.translate(_ASCII_DIGITS)  # "+٩٧١ ٥١ ٦٣٩ ٥٥٨٢" is "+971 51 639 5582"; same offsets
        feats = TextFeatures(text)
        for quick, analyze in self._checks:
            if quick(feats):
                out.extend(analyze(text, feats))
        if self._skip_nobody and out:
            out = [d for d in out if not identifies_nobody(d.span.type, text[d.span.start : d.span.end])]
        return out

    @staticmethod
    def _resolve(dets: list[Detection]) -> list[Detection]:
        if len(dets) <= 1:
            return dets
        by_span = {id(d.span): d for d in dets}
        return [by_span[id(s)] for s in resolve_overlaps([d.span for d in dets])]
