"""``IBAN_CODE``: international bank account numbers, by country length and the mod-97 checksum.

Letter-heavy account numbers (``RO47 BTRL XQWE 7K2M ZP4L NAHC``: no run of seven digits) are found by their head.
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

__all__ = ["IbanRecognizer", "example_iban"]

_START = re.compile(r"([A-Z])(?<![A-Za-z0-9][A-Z])([A-Z])[0-9][0-9]", re.ASCII)
# The dash-grouped form ("NL28-KNAB-1328-0533-67") may have no 7-digit cluster: its head, found from the "-".
_DASHED_HEAD = re.compile(r"-(?<=[A-Z]{2}[0-9]{2}-)[A-Z0-9]{4}-[A-Z0-9]{4}-", re.ASCII)


# An IBAN typed in lower case ("IBAN: de94 ..." compact): only right after the word IBAN.
_LOWER_AFTER_LABEL = re.compile(r"(?i:\biban)[ \t]*[:=]?[ \t]*([a-z]{2}[0-9]{2}[a-z0-9]{11,30})(?![\w-])", re.ASCII)


# The example IBAN of each country in the SWIFT IBAN registry (ISO 13616 registration authority), the ECBS/ISO
# 13616 example GB82 WEST 1234 5698 7654 32 and the French banks' example FR76 3000 6000 0112 3456 7890 189:
# printed in every bank's documentation, nobody's account.
_EXAMPLE_IBAN_TEXT = """
    AD1200012030200359100100 AE070331234567890123456 AL47212110090000000235698741 AT611904300234573201
    AZ21NABZ00000000137010001944 BA391290079401028494 BE68539007547034 BG80BNBG96611020345678
    BH67BMAG00001299123456 BR1800360305000010009795493C1 BY13NBRB3600900000002Z00AB00 CH9300762011623852957
    CR05015202001026284066 CY17002001280000001200527600 CZ6508000000192000145399 DE89370400440532013000
    DK5000400440116243 DO28BAGR00000001212453611324 EE382200221020145685 EG380019000500000000263180002
    ES9121000418450200051332 FI2112345600000785 FO6264600001631634 FR1420041010050500013M02606
    FR7630006000011234567890189 GB29NWBK60161331926819 GB82WEST12345698765432 GE29NB0000000101904917
    GI75NWBK000000007099453 GL8964710001000206 GR1601101250000000012300695 GT82TRAJ01020000001210029690
    HR1210010051863000160 HU42117730161111101800000000 IE29AIBK93115212345678 IL620108000000099999999
    IQ98NBIQ850123456789012 IS140159260076545510730339 IT60X0542811101000000123456 JO94CBJO0010000000000131000302
    KW81CBKU0000000000001234560101 KZ86125KZT5004100100 LB62099900000001001901229114
    LC55HEMM000100010012001200023015 LI21088100002324013AA LT121000011101001000 LU280019400644750000
    LV80BANK0000435195001 MC5811222000010123456789030 MD24AG000225100013104168 ME25505000012345678951
    MK07250120000058984 MR1300020001010000123456753 MT84MALT011000012345MTLCAST001S
    MU17BOMM0101101030300200000MUR NL91ABNA0417164300 NO9386011117947 PK36SCBL0000001123456702
    PL61109010140000071219812874 PS92PALS000000000400123456702 PT50000201231234567890154
    QA58DOHB00001234567890ABCDEFG RO49AAAA1B31007593840000 RS35260005601001611379 SA0380000000608010167519
    SC18SSCB11010000000000001497USD SE4550000000058398257466 SI56263300012039086 SK3112000000198742637541
    SM86U0322509800000000270100 ST68000100010051845310112 SV62CENR00000000000000700025 TL380080012345678910157
    TN5910006035183598478831 TR330006100519786457841326 UA213223130000026007233566001 VA59001123000012345678
    VG96VPVG0000012345678901 XK051212012345678906
"""
_EXAMPLE_IBANS = frozenset(_EXAMPLE_IBAN_TEXT.split())


def example_iban(value: str) -> bool:
    """``value`` (spaces or dashes allowed, any case) is a published documentation example (SWIFT IBAN registry).

    >>> example_iban("DE89 3704 0044 0532 0130 00"), example_iban("gb82west12345698765432")
    (True, True)
    >>> example_iban("DE75 5121 0800 1245 1261 99")
    False
    """
    return value.replace(" ", "").replace("-", "").upper() in _EXAMPLE_IBANS


def _unspaced_script(ch: str) -> bool:
    """``ch`` is of a script written without blanks between words (CJK ideographs, kana, hangul, and their
    punctuation and full-width forms: U+2E80 to U+FFEF), so a word may touch it.

    >>> _unspaced_script("へ"), _unspaced_script("口"), _unspaced_script("é"), _unspaced_script("A")
    (True, True, False, False)
    """
    return "\u2e80" <= ch <= "\uffef"


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
        if feats.iban_head:
            return True  # letter-heavy groups: "RO47 BTRL XQWE ...", found by the digit scan
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
            if count != length or (pos < n and text[pos].isalnum() and not _unspaced_script(text[pos])):
                continue  # (Chinese, Japanese and Korean glue words: "口座DE09 2142 … 85へ" ends at "へ")
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
