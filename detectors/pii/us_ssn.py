"""``US_SSN``: US social security numbers that satisfy the SSA assignment rules.

``AAA-GG-SSSS`` and ``AAA GG SSSS`` are reported on their own (consistent separators required);
nine bare digits only next to a context word such as "SSN" or "social security".

>>> rec = UsSsnRecognizer()
>>> [(d.span.start, d.span.end, d.span.score) for d in rec.analyze("SSN: 536-22-1234")]
[(5, 16, 1.0)]
>>> rec.analyze("SSN: 666-22-1234")  # area 666 is never assigned
[]
>>> rec.analyze("order 536221234")  # bare digits without a context word
[]
>>> [d.span.start for d in rec.analyze("SSN 536-22-1234, routing 021000021")]  # ABA-valid, routing
[4]
>>> sql = "INSERT INTO staff (name, ssn) VALUES ('Ana', '062 30 8963');"
>>> [(sql[d.span.start : d.span.end], d.pattern) for d in rec.analyze(sql)]  # spaced, in an SSN column
[('062 30 8963', 'ssn')]
"""

from __future__ import annotations

import re
from typing import ClassVar

from detectors.pii.features import TextFeatures
from detectors.pii.id_context import SSN_WORDS, any_label, field_entity_word, routing_label
from detectors.pii.recognizer import ContextWords, Pattern, PatternRecognizer
from detectors.pii.span import Detection
from detectors.pii.spoken import spoken_kind, spoken_runs
from detectors.pii.validators import aba_routing_valid, us_ssn_valid

__all__ = ["UsSsnRecognizer"]

_FIRST = r"[0-9](?<![\w/.:+-][0-9])"  # a digit not glued to a word, number or version
_BOUNDARY_R = r"(?![\w-]|[./:][0-9])"
_SHAPES = {"-": (0.65, "AAA-GG-SSSS"), " ": (0.55, "AAA GG SSSS")}


class UsSsnRecognizer(PatternRecognizer):
    """SSNs with separators (0.65, context 1.0) or bare nine digits with a context word (0.4 + 0.35)."""

    entity = "US_SSN"
    # One regex for the three shapes (one scan): AAA-GG-SSSS, AAA GG SSSS, AAAGGSSSS.
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "ssn",
            re.compile(_FIRST + r"[0-9]{2}(?:-[0-9]{2}-|\x20[0-9]{2}\x20|[0-9]{2})[0-9]{4}" + _BOUNDARY_R, re.A),
            0.4,
            min_digits=9,
        ),
    )
    context = ContextWords(
        ("ssn", "ssns", "social security", "social-security", "ss#", "ss no", "soc sec", "taxpayer", "tin",
         "itin", "w-2", "w-4", "w-9", "i-9", "ssa", "my social", "(social)", "seguro social", "seguridad social",
         "segurança social",
         # "my daughter's social is 517497689": "social" as the number's own noun, right before it
         "social is", "social was", "social #", "social no", "social number"),
        before=50,
        after=12,  # "use 536221234 (social)", "536-22-1234 (SSN)"
    )  # fmt: skip

    def quick(self, feats: TextFeatures) -> bool:
        return feats.max_digits >= 9

    def analyze(self, text: str, feats: TextFeatures | None = None) -> list[Detection]:
        feats = feats if feats is not None else TextFeatures(text)
        out = super().analyze(text, feats)
        for start, end, digits in spoken_runs(text, feats, 9):
            if len(digits) == 9 and us_ssn_valid(digits) and spoken_kind(text, start) == "ssn":
                why = "US_SSN: nine digits spoken one by one after an SSN word; area/group/serial follow the SSA rules"
                out.append(self.detection(start, end, 0.9, "ssn_spoken", why))
        return out

    def validate(self, text: str, start: int, end: int, pattern: Pattern) -> tuple[float, str] | None:
        if not us_ssn_valid(text[start:end]):
            return None
        if any_label(text, start, SSN_WORDS) is not None:
            return None  # "employee ID 123-45-6789", "order 536221234": labelled as another identifier
        sep = text[start + 3]
        if sep.isdigit() and aba_routing_valid(text[start:end]) and routing_label(text, start) is not None:
            return None  # "direct deposit to routing 021000021": an ABA routing number in a bank context
        if sep != "-" and field_entity_word(text, start, SSN_WORDS) is not None:
            # "536221234" or "062 30 8963" under an "ssn" key, SQL column or table column: the field names it
            # (a spaced 0xx shape is also a trunk-prefixed phone shape, which the field rules out)
            shape = "nine digits" if sep.isdigit() else "AAA GG SSSS"
            return 0.8, f"{shape} in an SSN field; area/group/serial follow the SSA rules"
        score, shape = _SHAPES.get(sep, (pattern.score, "nine digits"))
        return score, f"{shape}; area/group/serial follow the SSA rules"
