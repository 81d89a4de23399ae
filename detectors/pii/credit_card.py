"""``CREDIT_CARD``: 13-19 digit card numbers, Luhn-checked and matched against issuer prefixes/lengths.

Digits may be grouped with one kind of separator (space, dash, or two blanks as OCR prints them) in
the printed groupings (4-4-4-4[-3], Amex 4-6-5, Diners 4-6-4); a group run that continues past a
valid card is trimmed. Digits spoken one at a time ("4 1 1 1 ...") count after a card word on their
line or the prompt line before (:mod:`detectors.pii.spoken`).
A comma next to the number is a field separator (a CSV cell, ``2026-01-04,6011...``), except a
decimal comma after a lone 1-3 digit number (``0,4111...``).
A number labelled as an identifier ("order #", "tracking number", ``invoice_id=``; see
:mod:`detectors.pii.id_context`) is not a card even when it passes Luhn -- unless a card expiry or
security code follows it directly ("... for the tickets 4111 1111 1111 1111 exp 10/30",
``"number":"4111...","exp_month":5``, "CVV 123"): only payment cards carry those; so does a pipe-delimited card
record ``PAN|MM|YYYY|CVV``.

>>> rec = CreditCardRecognizer()
>>> [(d.span.start, d.span.end) for d in rec.analyze("card 4111-1111-1111-1111 ok")]
[(5, 24)]
>>> rec.analyze("card 4111 1111 1111 1112")  # fails Luhn
[]
>>> rec.analyze("order #4111 1111 1111 1111 was shipped")  # passes Luhn, but labelled as an order
[]
>>> card_brand("378282246310005")
'amex'
"""

from __future__ import annotations

import re

from detectors.pii.features import TextFeatures
from detectors.pii.id_context import CARD_WORDS, any_label
from detectors.pii.recognizer import Recognizer
from detectors.pii.span import Detection
from detectors.pii.spoken import spoken_kind, spoken_runs
from detectors.pii.validators import luhn_valid

__all__ = ["CreditCardRecognizer", "card_brand", "card_identifies_nobody", "published_test_card"]

# (brand, prefix regex, allowed lengths); the first brand whose prefix and length fit wins.
_BRANDS: tuple[tuple[str, re.Pattern[str], frozenset[int]], ...] = tuple(
    (brand, re.compile(prefix), frozenset(lengths))
    for brand, prefix, lengths in (
        ("visa", r"4", (13, 16, 19)),
        ("mastercard", r"5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720", (16,)),
        ("amex", r"3[47]", (15,)),
        ("diners", r"30[0-5]|3095|36|3[89]", (14, 15, 16, 17, 18, 19)),
        ("jcb", r"35(?:2[89]|[3-8]\d)", (16, 17, 18, 19)),
        ("discover", r"6011|64[4-9]|65", (16, 17, 18, 19)),
        ("unionpay", r"62|81", (16, 17, 18, 19)),
        ("maestro", r"5018|5020|5038|5893|6304|6759|676[1-3]", (13, 14, 15, 16, 17, 18, 19)),
        ("mir", r"220[0-4]", (16, 17, 18, 19)),
        ("rupay", r"60|508|82", (16,)),
        # Regional networks (published IIN ranges; 65/62/35/4 prefixes of Troy, Elo, Verve, LankaPay
        # and co-badged cards are covered above): Dankort, Verve, Elo, InterPayment, InstaPayment,
        # Troy, UzCard, Humo.
        ("dankort", r"5019", (16,)),
        ("verve", r"50(?:60(?:99|1\d)|61(?:[0-8]\d|9[0-8])|78(?:6[5-9]|[7-9]\d)|79(?:[0-5]\d|6[0-4]))", (16, 18, 19)),
        ("elo", r"50(?:6699|67[0-6]\d|677[0-8]|9)", (16,)),
        ("interpayment", r"636", (16, 17, 18, 19)),
        ("instapayment", r"63[7-9]", (16,)),
        ("troy", r"9792", (16,)),
        ("uzcard", r"8600", (16,)),
        ("humo", r"9860", (16,)),
    )
)

# A run of digit groups separated by single spaces or dashes, not glued to other digits/words. A comma
# may stand on either side: a CSV field separator ("2026-01-04,4025...,12"); a thousands group has
# three digits, never a 13-19 digit run. A decimal comma after a lone short number is checked apart.
_RUN = re.compile(r"[0-9](?<![\w./+-][0-9])[0-9]*(?:[ -][0-9]+)*(?![\w]|[./-][0-9])", re.ASCII)
# OCR and fixed-width print may double the blank between groups ("3581  4151  9916  3677"): the same
# groupings, every separator two blanks.
_RUN_DOUBLE = re.compile(r"[0-9](?<![\w./+-][0-9])[0-9]*(?:  [0-9]+)+(?![\w]|[./-][0-9]| [0-9])", re.ASCII)
_SEPARATOR = re.compile(r"  |[ -]")
# "0,4111111111111111", "12,5454...": a 1-3 digit number and a decimal comma before the run.
_DECIMAL_COMMA = re.compile(r"(?<![\w.,/+-])[0-9]{1,3},$", re.ASCII)
# A card expiry or security code right after the number (same line, at most a few separators before
# it): "exp 10/30", "expires 05/27", "valid thru 06/26", ``","exp_month":5``, "CVV 123", "CVC: 042".
_CARD_TAIL = re.compile(
    r"[ \t,;:\"'/|)\]-]{0,6}(?:(?i:exp(?:iry|ires|iration|\.)?|valid[ \t]+thru|gültig[ \t]+bis|vence)"
    r"[ \t:.]*[0-9]{1,2}[/.\-][0-9]{2,4}|(?i:exp(?:iry)?|expiration)_?(?:month|year|date|Month|Year|Date)\b"
    r"|(?:CVV2?|CVC2?|CVN|CSC)\b"
    # a pipe-delimited card record "PAN|MM|YYYY|CVV" (or "PAN|MM/YY|..."): an expiry month and year as its next fields
    r"|(?<=\|)(?:0[1-9]|1[0-2])[|/](?:20)?[0-9]{2}(?![0-9/]))"
)
# Printed groupings: all groups of four except a shorter last one; Amex 4-6-5; Diners 4-6-4.
_GROUPINGS = re.compile(r"(?:4,){2,4}[1-4]|4,6,[45]")


def card_brand(digits: str) -> str | None:
    """Return the card brand whose prefix and length match ``digits``, or ``None``."""
    for brand, prefix, lengths in _BRANDS:
        if len(digits) in lengths and prefix.match(digits):
            return brand
    return None


# Test numbers published by card networks and payment processors (Stripe, Braintree, Adyen, PayPal, Authorize.net,
# Worldpay documentation): they pass Luhn and the brand checks but no issuer ever gave them to a cardholder.
_PUBLISHED_TEST_CARDS = frozenset(
    [
        "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
        "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
        "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005", "4111111111111111",
        "4012888888881881", "4222222222222", "5424000000000015", "4007000000027", "6011000000000012",
        "38000000000006", "4000000000000002", "30569309025904", "38520000023237", "378734493671000",
        "4917610000000000", "4484070000000000", "3530111333300000", "3566111111111113", "6011000400000000",
        "4035501000000008", "2222400070000005", "5454545454545454", "4444333322221111", "5500000000000004",
        "4000000000000077", "4000000000000093", "4000000000003220", "4000002500003155", "4000000000009995",
        "4000000000000341", "4000002760003184", "6759649826438453", "6304000000000000", "4263982640269299",
        "5425233430109903", "2222420000001113", "374245455400126", "6250941006528599", "6011000180331112",
        "3566000020000410", "36070500001020", "36259600000004",
    ]
)  # fmt: skip


def published_test_card(digits: str) -> bool:
    """``digits`` (no separators) is a published test card number or built like one: the digits between the
    first and the check digit use at most two values (4111 1111 1111 1111, 4242 4242 4242 4242, 5555 5555 5555
    4444), or hold a run of eight zeros (4000 0000 0000 0077). An issued card's account digits are random.

    >>> [published_test_card(d) for d in ("4242424242424242", "378282246310005", "4000000000000077")]
    [True, True, True]
    >>> published_test_card("4539578763621486"), published_test_card("5471795795761703")
    (False, False)
    """
    return digits in _PUBLISHED_TEST_CARDS or len(set(digits[1:-1])) <= 2 or "00000000" in digits


def card_identifies_nobody(value: str) -> bool:
    """The reported card number (separators allowed) is a test card (:func:`published_test_card`)."""
    return published_test_card("".join(ch for ch in value if ch.isdigit()))


class CreditCardRecognizer(Recognizer):
    """Card numbers: right length and prefix for a brand, and a valid Luhn check digit (score 1.0)."""

    entity = "CREDIT_CARD"

    def quick(self, feats: TextFeatures) -> bool:
        return feats.max_digits >= 13

    def analyze(self, text: str, feats: TextFeatures | None = None) -> list[Detection]:
        feats = feats if feats is not None else TextFeatures(text)
        out: list[Detection] = []
        windows = feats.windows(13)
        runs = [m for ws, we in windows for m in _RUN.finditer(text, ws, we)]
        runs += [m for ws, we in windows if text.find("  ", ws, we) >= 0 for m in _RUN_DOUBLE.finditer(text, ws, we)]
        for m in runs:
            run = m.group(0)
            if len(run) < 13:
                continue
            if (
                m.start()
                and text[m.start() - 1] == ","
                and _DECIMAL_COMMA.search(text, max(0, m.start() - 5), m.start())
            ):
                continue
            if run.isdigit():
                candidates = [(run, m.end())] if 13 <= len(run) <= 19 else []
            else:
                candidates = self._grouped(run, m.start())
            for digits, end in candidates:
                brand = card_brand(digits)
                if brand and luhn_valid(digits):
                    if (
                        any_label(text, m.start(), CARD_WORDS, numbered_ids=True) is not None
                        and _CARD_TAIL.match(text, end) is None
                    ):
                        break  # "order #4539...", an "EAN" column: an id that happens to pass Luhn
                    why = f"CREDIT_CARD: {brand} prefix and length, Luhn check digit valid"
                    out.append(self.detection(m.start(), end, 1.0, "card_number", why))
                    break
        for start, end, digits in spoken_runs(text, feats, 13):
            brand = card_brand(digits)
            if brand and luhn_valid(digits) and spoken_kind(text, start) == "card":
                why = f"CREDIT_CARD: {brand} number spoken digit by digit after a card word, Luhn check digit valid"
                out.append(self.detection(start, end, 1.0, "card_spoken", why))
        return out

    @staticmethod
    def _grouped(run: str, offset: int) -> list[tuple[str, int]]:
        """Candidate (digits, end offset) pairs: the run and its prefixes with a printed grouping."""
        seps = set(_SEPARATOR.findall(run))
        if len(seps) != 1:
            return []  # one kind of separator per number ("4111-1111 1111", "4111  1111 1111": not one)
        sep = seps.pop()
        groups = run.split(sep)
        out = []
        for n in range(len(groups), 1, -1):
            shape = ",".join(str(len(g)) for g in groups[:n])
            if _GROUPINGS.fullmatch(shape):
                digits = "".join(groups[:n])
                if 13 <= len(digits) <= 19:
                    out.append((digits, offset + len(sep.join(groups[:n]))))
        return out
