"""Recognizer base classes (Presidio-style): declarative patterns, a validator hook, context words.

A recognizer reports one entity type. :class:`PatternRecognizer` runs its compiled patterns, hands
each match to :meth:`PatternRecognizer.validate` (checksums, format rules; ``None`` rejects), and
raises the score when a context word appears near the match.

>>> import re
>>> class Digits(PatternRecognizer):
...     entity = "DEMO"
...     patterns = (Pattern("four_digits", re.compile(r"\\b\\d{4}\\b"), 0.4),)
...     context = ContextWords(("pin",), before=8)
>>> [(d.span.start, d.span.end, d.span.score) for d in Digits().analyze("PIN 1234, room 5678")]
[(4, 8, 0.75)]

"5678" has no context word within 8 characters, so it keeps 0.4, below :attr:`Recognizer.min_score`.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from detectors.pii.features import TextFeatures
from detectors.pii.span import Detection, PiiSpan

__all__ = ["ContextWords", "Pattern", "PatternRecognizer", "Recognizer"]


@dataclass(frozen=True, slots=True)
class Pattern:
    """A named compiled regex with a base score; ``group`` selects the entity inside the match.

    With ``min_digits > 0`` the regex only runs in windows around digit clusters of at least that
    many digits (:meth:`TextFeatures.windows`, padded by ``pad`` characters), not over the whole text.
    """

    name: str
    regex: re.Pattern[str]
    score: float
    group: int | str = 0
    min_digits: int = 0
    pad: tuple[int, int] = (4, 4)


class ContextWords:
    """Words that make a nearby match more likely to be the entity (case-insensitive, whole words).

    Parameters
    ----------
    words
        The context words; multi-word phrases are allowed.
    before, after
        How many characters before the match start / after the match end are searched.
    boost
        Added to the score when a word is found (the result is capped at 1.0).
    patterns
        Regex alternatives for whole words that are not listed one by one (compounds such as
        "Telefonnummer", "kundenTelefon").
    """

    def __init__(
        self,
        words: Iterable[str],
        before: int = 40,
        after: int = 0,
        boost: float = 0.35,
        patterns: Iterable[str] = (),
    ) -> None:
        self.words = tuple(words)
        patterns = tuple(patterns)
        ordered = sorted(self.words, key=lambda w: len(re.escape(w)), reverse=True)
        self._regex = self._compile(patterns, ordered)
        # Most windows are ASCII, where a word with a character no ASCII letter matches case-insensitively
        # ("телефон", "電話") cannot match: a second regex without those words, same order, same answers.
        self._ascii_regex = self._compile(patterns, [w for w in ordered if all(map(_ascii_foldable, w))])
        self.before, self.after, self.boost = before, after, boost

    @staticmethod
    def _compile(patterns: tuple[str, ...], words: list[str]) -> re.Pattern[str]:
        alternatives = "|".join([*patterns, *(re.escape(w) for w in words if not _unspaced(w))])
        regex = rf"(?<![^\W_])(?:{alternatives})(?![^\W_])"
        glued = [re.escape(w) for w in words if _unspaced(w)]
        if glued:  # Chinese and Japanese write no blanks between words: "请打我电话1864...", "联系138..."
            regex += "|" + "|".join(glued)
        return re.compile(regex, re.IGNORECASE)

    def find(self, text: str, start: int, end: int) -> str | None:
        """Return the first context word near ``text[start:end]``, or ``None``."""
        lo = max(0, start - self.before)
        regex = self._ascii_regex if text[lo:start].isascii() else self._regex
        m = regex.search(text, lo, start)
        if m is None and self.after:
            regex = self._ascii_regex if text[end : end + self.after].isascii() else self._regex
            m = regex.search(text, end, end + self.after)
        return m.group(0).lower() if m else None


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _unspaced(word: str) -> bool:
    """``word`` is written in a script without blanks between words (Han, kana): it needs no word boundary.

    >>> ContextWords(("电话", "tel")).find("请打我电话18643296118", 5, 16), ContextWords(("tel",)).find("hotel 5", 6, 7)
    ('电话', None)
    """
    return _UNSPACED.fullmatch(word) is not None


@cache
def _ascii_foldable(ch: str) -> bool:
    """Some ASCII character matches ``ch`` case-insensitively (as :data:`re.IGNORECASE` compares them)."""
    return ch.isascii() or re.compile(re.escape(ch), re.IGNORECASE).search(_ASCII_CHARS) is not None


_ASCII_CHARS = "".join(map(chr, range(128)))


class Recognizer(ABC):
    """Base class: reports one entity type; :meth:`quick` is a cheap necessary condition."""

    entity: ClassVar[str]
    #: Minimum score for a detection to be reported.
    min_score: ClassVar[float] = 0.5

    @property
    def name(self) -> str:
        """The recognizer's name as reported in :attr:`PiiSpan.recognizer`."""
        return type(self).__name__

    def quick(self, feats: TextFeatures) -> bool:
        """Cheap pre-check; ``False`` guarantees :meth:`analyze` would find nothing."""
        return True

    @abstractmethod
    def analyze(self, text: str, feats: TextFeatures | None = None) -> list[Detection]:
        """Return every detection in ``text`` (may overlap; the analyzer resolves overlaps)."""

    def detection(self, start: int, end: int, score: float, pattern: str, explanation: str) -> Detection:
        """Build a :class:`Detection` for ``text[start:end]`` from this recognizer."""
        span = PiiSpan(self.entity, start, end, round(min(score, 1.0), 4), self.name)
        return Detection(span, pattern, explanation)


class PatternRecognizer(Recognizer):
    """Regex recognizer: ``patterns`` propose, :meth:`validate` accepts or rejects, context boosts."""

    patterns: ClassVar[tuple[Pattern, ...]] = ()
    context: ClassVar[ContextWords | None] = None

    def active_patterns(self, feats: TextFeatures) -> Iterable[Pattern]:
        """The patterns worth running on this text (default: all); a cheap per-pattern pre-check hook."""
        return self.patterns

    def validate(self, text: str, start: int, end: int, pattern: Pattern) -> tuple[float, str] | None:
        """Return ``(score, reason)`` for the candidate ``text[start:end]``, or ``None`` to reject it."""
        return pattern.score, f"matched pattern {pattern.name!r}"

    def analyze(self, text: str, feats: TextFeatures | None = None) -> list[Detection]:
        feats = feats if feats is not None else TextFeatures(text)
        out: dict[tuple[int, int], Detection] = {}
        whole = [(0, len(text))]
        for pattern in self.active_patterns(feats):
            regions = feats.windows(pattern.min_digits, *pattern.pad) if pattern.min_digits else whole
            matches = [m for ws, we in regions for m in pattern.regex.finditer(text, ws, we)]
            for m in matches:
                start, end = m.span(pattern.group)
                if start < 0 or start == end:
                    continue
                verdict = self.validate(text, start, end, pattern)
                if verdict is None:
                    continue
                score, reason = verdict
                if self.context is not None and score < 1.0:
                    word = self.context.find(text, start, end)
                    if word is not None:
                        score = min(1.0, score + self.context.boost)
                        reason += f"; context word {word!r}"
                if score < self.min_score:
                    continue
                det = self.detection(start, end, score, pattern.name, f"{self.entity}: {reason}")
                best = out.get((start, end))
                if best is None or det.span.score > best.span.score:
                    out[(start, end)] = det
        return list(out.values())
