"""Cheap per-text features computed once and shared by every recognizer's pre-check.

The costly part of regex PII detection is scanning every character of every text with a dozen
patterns. Instead, one fast scan (an ASCII ``[0-9]`` character-class prefix, which the regex engine
skips through quickly) finds the *digit clusters* -- at least four digits joined by at most three
separator characters -- and the digit-based recognizers (phone, card, SSN, IPv4) run their patterns
only in small windows around clusters with enough digits. Only clusters of at least seven digits
(the shortest phone number) or dotted quads (IPv4) are kept: shorter numbers ("2024", "$1,299",
"v2.1.3") cannot be any entity. Most LLM texts have no cluster at all.

>>> f = TextFeatures("Call +44 20 7946 0958 on 2024-03-15, room 1234, host 10.0.0.1.")
>>> [(f.text[s:e], d) for s, e, d in f.clusters]
[('44 20 7946 0958', 12), ('10.0.0.1', 5)]
>>> f.windows(7, pad_before=1, pad_after=1)
[(5, 22)]

Dates (``2024-03-15``, ``15/03/2024``) never open a window: no digit-based entity is a bare date.
"""

from __future__ import annotations

import re

__all__ = ["TextFeatures"]

# A cluster does not start glued to a lower-case letter, digit, "_", "-" or "." (hex digests, UUID
# tails, ISBN and version parts): the phone, card, SSN and IPv4 patterns all reject a number glued
# to those. Upper-case letters are allowed: the account digits of an electronic IBAN
# ("DE89370400...") must still form a cluster, or the IBAN pre-check would skip the text.
#
# The second branch (tried where no cluster starts) marks the check digits of an IBAN whose groups are mostly
# letters ("RO47 BTRL XQWE ...", "RO47BTRLXQWE..."): it has no cluster of seven digits, and this scan is the one
# pass over every text's digits, so the IBAN pre-check learns of it here at no extra pass (a short cluster after
# two capitals, "SA75 55LX KQ8R ...", is checked with _IBAN_HEAD).
_CLUSTER = re.compile(
    r"[0-9](?:(?<![a-z0-9_.\-][0-9])(?:[ \-./()\u00a0]{0,3}[0-9]){3,}"
    r"|(?<=[A-Z][A-Z][0-9])[0-9](?=[ -]?[A-Z0-9]{4}[ -]?[A-Z0-9]{4}))"
)
_IBAN_HEAD = re.compile(r"[A-Z][A-Z][0-9][0-9][ -]?[A-Z0-9]{4}[ -]?[A-Z0-9]{4}", re.ASCII)
_DATE = re.compile(r"[0-9]{4}([-/.])[0-9]{1,2}\1[0-9]{1,2}|[0-9]{1,2}([-/.])[0-9]{1,2}\2(?:[0-9]{4}|[0-9]{2})")
_DROP_SEPARATORS = str.maketrans("", "", " -./()\u00a0")


class TextFeatures:
    """Facts about one text: digit clusters and their maximum (computed at once), lower-cased copy
    and windows (computed on first use)."""

    __slots__ = ("_lower", "_windows", "clusters", "glued_digits", "iban_head", "max_digits", "quads", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: str | None = None
        self._windows: dict[tuple[int, int, int], list[tuple[int, int]]] = {}
        #: ``(start, end, n_digits)`` of every cluster (>= 7 digits, or a dotted quad), dates excluded.
        self.clusters: list[tuple[int, int, int]] = []
        #: Digits in the largest cluster (0 when there is none).
        self.max_digits = 0
        #: Some cluster holds three dots (a possible IPv4 address).
        self.quads = False
        #: Digits in the largest run glued to an upper-case letter ("DE8937...", "1Z999AA1012...").
        #: Only an IBAN can start like that, so these runs are kept out of :attr:`clusters`.
        self.glued_digits = 0
        #: Two capitals, two digits and two groups of four capitals or digits ("RO47 BTRL XQWE"): an IBAN head
        #: with no cluster.
        self.iban_head = False
        for m in _CLUSTER.finditer(text):
            group = m.group(0)
            start = m.start()
            if len(group) == 2:  # the second branch (a cluster has four digits or more)
                self.iban_head = True
                continue
            glued = start > 0 and "A" <= text[start - 1] <= "Z"
            short = len(group) < 7  # fewer than 7 digits, and too short for a dotted quad
            digits = len(group) if short else len(group.translate(_DROP_SEPARATORS))
            if glued and digits < 7 and not self.iban_head:
                # "SA75 55LX KQ8R ...", "SA75 5521 LXKQ ...": a short cluster after the country code
                self.iban_head = _IBAN_HEAD.match(text, start - 2) is not None
            if short:
                continue
            if glued:
                self.glued_digits = max(self.glued_digits, digits)
                continue
            dots = group.count(".")
            if digits < 7:
                if dots != 3:
                    continue  # too short for anything but an IPv4 address
            elif digits <= 8 and _DATE.fullmatch(group):
                continue
            elif digits == 13 and group.startswith(("978-", "979-")):
                continue  # a hyphenated ISBN-13: no card brand, phone or SSN starts like that
            self.clusters.append((start, m.end(), digits))
            self.quads = self.quads or dots >= 3
            if digits > self.max_digits:
                self.max_digits = digits

    @property
    def lower(self) -> str:
        """``text.lower()``, computed once."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    def windows(self, min_digits: int, pad_before: int = 4, pad_after: int = 4) -> list[tuple[int, int]]:
        """Merged ``(start, end)`` windows around clusters with at least ``min_digits`` digits."""
        key = (min_digits, pad_before, pad_after)
        cached = self._windows.get(key)
        if cached is not None:
            return cached
        n = len(self.text)
        out: list[tuple[int, int]] = []
        for start, end, digits in self.clusters:
            if digits < min_digits:
                continue
            ws, we = max(0, start - pad_before), min(n, end + pad_after)
            if out and ws <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], we))
            else:
                out.append((ws, we))
        self._windows[key] = out
        return out
