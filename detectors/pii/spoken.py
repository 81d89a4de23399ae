"""Numbers spoken or OCR'd one digit at a time: ``3 8 8 4 5 6 9 6 7 7`` in a voice transcript.

Speech-to-text and OCR often print a number as single digits separated by single spaces. Such a run
has no grouping to recognise it by, and spaced digits are common in other text (confirmation codes,
one-time passwords read back, lottery numbers), so a run is an entity only when both hold:

* the kind's validator accepts the digits (card: brand prefix and length, Luhn; SSN: nine digits and
  the SSA rules; phone: 7-13 digits -- after a phone word any national length counts, as for a
  labelled national number in :class:`~detectors.pii.phone.PhoneRecognizer`);
* the nearest field word before the run names that kind -- on the run's own line, or, when the run's
  line has none (``CALLER: 3 8 8 ...``), on the line before it (the agent's question, a form prompt).
  An identifier or code word nearer to the run ("confirmation", "code", "OTP", "order") decides
  against it.

>>> text = "AGENT: and a callback number\\nCALLER: 4 1 5 5 5 5 0 1 3 2"
>>> spoken_kind(text, text.index("4 1"))
'phone'
>>> spoken_kind("your code is 4 1 5 5 5 5 0 1 3 2", 13) is None
True
>>> from detectors.pii.features import TextFeatures
>>> text = "CALLER: 4 1 5 5 5 5 0 1 3 2 thanks"
>>> [d for _, _, d in spoken_runs(text, TextFeatures(text), 9)]
['4155550132']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from detectors.pii.id_context import CARD_WORDS, ID_WORDS, PHONE_WORDS, SSN_WORDS, entity_word

if TYPE_CHECKING:
    from detectors.pii.features import TextFeatures

__all__ = ["SpokenKind", "spoken_kind", "spoken_runs"]

SpokenKind = Literal["card", "ssn", "phone"]

# Single digits joined by single spaces (7-19 digits): the run itself; its ends are checked apart.
_SPOKEN = re.compile(r"[0-9](?: [0-9]){6,18}", re.ASCII)
_WORD = re.compile(r"[^\W\d_]+")
# Words that make a spaced number a code, not an entity (besides the identifier words).
_CODE_WORDS = frozenset(
    ["code", "codes", "otp", "pin", "passcode", "password", "token", "ref", "reference",
     "confirmation", "confirm", "tan", "auth", "authorization", "authorisation", "ticket", "case"]
)  # fmt: skip
# "social" and "security" label an SSN; "tax" only as "tax id"/"taxpayer" -- too broad alone here.
_SSN_WORDS = SSN_WORDS - {"tax", "security", "ss", "soc"} | {"sozialversicherungsnummer"}
_LOOKBACK = 160


def spoken_runs(text: str, feats: TextFeatures, min_digits: int) -> list[tuple[int, int, str]]:
    """``(start, end, digits)`` of every run of >= ``min_digits`` single spaced digits in a cluster."""
    out: list[tuple[int, int, str]] = []
    n = len(text)
    for cs, ce, digits in feats.clusters:
        if digits < min_digits or text[cs + 1 : cs + 2] != " ":
            continue
        for m in _SPOKEN.finditer(text, cs, ce):
            start, end = m.span()
            before = text[start - 1] if start else " "
            if before.isalnum() or before in "+-./,:_#$€£":
                continue  # glued to a word, a number or a currency
            after = text[end] if end < n else " "
            if after.isalnum() or after in "-/_%" or (after in ".,:" and text[end + 1 : end + 2].isdigit()):
                continue
            value = m.group(0).replace(" ", "")
            if len(value) >= min_digits:
                out.append((start, end, value))
    return out


def _kind_of(word: str) -> SpokenKind | Literal["id"] | None:
    if word in _CODE_WORDS or word in ID_WORDS:
        return "id"
    if word in _SSN_WORDS:
        return "ssn"
    if word in CARD_WORDS or entity_word(word, CARD_WORDS):
        return "card"
    if word in PHONE_WORDS or entity_word(word, PHONE_WORDS):
        return "phone"
    return None


def spoken_kind(text: str, start: int) -> SpokenKind | None:
    """The entity kind the nearest field word before ``text[start]`` names (this line, else the one before)."""
    ls = text.rfind("\n", 0, start) + 1
    lines = [(ls, start)]
    if ls:
        lines.append((text.rfind("\n", 0, ls - 1) + 1, ls - 1))
    for lo, hi in lines:
        window = text[max(lo, hi - _LOOKBACK) : hi].lower()
        if any(ch.isdigit() for ch in window):
            return None  # another number stands between the label and the run
        for m in reversed(list(_WORD.finditer(window))):
            kind = _kind_of(m.group(0))
            if kind is not None:
                return None if kind == "id" else kind
    return None
