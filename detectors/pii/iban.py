"""``IBAN_CODE``: international bank account numbers, by country length and the mod-97 checksum.

Accepts the electronic form (``DE89370400440532013000``) and the printed form in groups of four,
separated by spaces or by dashes (``SE47-8489-6195-9148-2254-5962``; one kind of separator per IBAN,
and a dash-grouped code that runs on past the country length, ``-99``, is some other code).
The scan stops at the country's length, so trailing words (``... 00 EUR``) are never swallowed.

>>> [(d.span.start, d.span.end) for d in IbanRecognizer().analyze("IBAN GB82 WEST 1234 5698 7654 32.")]
[(5, 32)]
>>> IbanRecognizer().analyze("GB82 WEST 1234 5698 7654 33")  # checksum fails
[]
"""

from __future__ import annotations

import re

from detectors.pii.features import TextFeatures
from detectors.pii.recognizer import Recognizer
from detectors.pii.span import Detection
from detectors.pii.validators import IBAN_LENGTHS, iban_valid

__all__ = ["IbanRecognizer"]

_START = re.compile(r"([A-Z])(?<![A-Za-z0-9][A-Z])([A-Z])[0-9][0-9]", re.ASCII)
# The dash-grouped form ("NL28-KNAB-1328-0533-67") may have no 7-digit cluster: its head, found from the "-".
_DASHED_HEAD = re.compile(r"-(?<=[A-Z]{2}[0-9]{2}-)[A-Z0-9]{4}-[A-Z0-9]{4}-", re.ASCII)


# An IBAN typed in lower case ("IBAN: de94 ..." compact): only right after the word IBAN.
_LOWER_AFTER_LABEL = re.compile(r"(?i:\biban)[ \t]*[:=]?[ \t]*([a-z]{2}[0-9]{2}[a-z0-9]{11,30})(?![\w-])", re.ASCII)


def _is_bban_char(ch: str) -> bool:
    return ch.isascii() and (ch.isdigit() or ch.isupper())


class IbanRecognizer(Recognizer):
    """IBANs with a known country code, the exact country length and a valid checksum (score 1.0)."""

    entity = "IBAN_CODE"

    def quick(self, feats: TextFeatures) -> bool:
        text = feats.text
        if "iban" in text or "IBAN" in text or "Iban" in text:
            return True  # a lower-case IBAN after its label has no digit cluster
        # Every IBAN holds a run of >= 7 digits (its account number): a cluster, or a run glued to
        # the country code / bank code in the electronic form ("DE8937...", "GB82WEST1234...").
        # The dash-grouped form is found by its head ("SE47-8489-6195-"): its clusters may be short.
        if feats.max_digits >= 7 or feats.glued_digits >= 7:
            return _START.search(text) is not None
        return "-" in text and _DASHED_HEAD.search(text) is not None

    def analyze(self, text: str, feats: TextFeatures | None = None) -> list[Detection]:
        out: list[Detection] = []
        n = len(text)
        for m in _START.finditer(text):
            country = m.group(1) + m.group(2)
            length = IBAN_LENGTHS.get(country)
            if length is None:
                continue
            pos, count, sep = m.end(), 4, ""
            while count < length and pos < n:
                ch = text[pos]
                if _is_bban_char(ch):
                    count += 1
                    pos += 1
                elif (
                    ch in " -" and ch == (sep or ch) and pos + 1 < n and _is_bban_char(text[pos + 1]) and count % 4 == 0
                ):
                    sep = ch
                    pos += 1
                else:
                    break
            if count != length or (pos < n and text[pos].isalnum()):
                continue
            if sep == "-" and pos + 1 < n and text[pos] == "-" and text[pos + 1].isalnum():
                continue  # "GB12-MONZ-...-67-99": a longer dash-grouped code, not an IBAN
            if iban_valid(text[m.start() : pos].replace("-", " ")):
                why = f"IBAN_CODE: {country} length {length}, mod-97 checksum valid"
                out.append(self.detection(m.start(), pos, 1.0, "iban", why))
        if "IBAN" in text or "iban" in text or "Iban" in text:
            for m in _LOWER_AFTER_LABEL.finditer(text):
                value = m.group(1)
                if IBAN_LENGTHS.get(value[:2].upper()) == len(value) and iban_valid(value.upper()):
                    why = f"IBAN_CODE: lower-case {value[:2].upper()} IBAN after an IBAN label, mod-97 checksum valid"
                    out.append(self.detection(m.start(1), m.end(1), 1.0, "iban_lower", why))
        return out
