"""Checksums and validity rules used by the recognizers (pure functions, no regexes).

>>> luhn_valid("4111111111111111"), luhn_valid("4111111111111112")
(True, False)
>>> iban_valid("GB82WEST12345698765432"), iban_valid("GB82WEST12345698765433")
(True, False)
>>> us_ssn_valid("536-22-1234"), us_ssn_valid("666-22-1234"), us_ssn_valid("078-05-1120")
(True, False, False)
>>> aba_routing_valid("021000021"), aba_routing_valid("021000022"), aba_routing_valid("991000021")
(True, False, False)
>>> ipv6_valid("2001:db8::1"), ipv6_valid("12:30:45")
(True, False)
>>> round(shannon_entropy("aaaa"), 2), round(shannon_entropy("abcd"), 2)
(0.0, 2.0)
"""

from __future__ import annotations

import ipaddress
import math
from collections import Counter

__all__ = [
    "IBAN_LENGTHS",
    "aba_routing_valid",
    "iban_valid",
    "ipv4_valid",
    "ipv6_valid",
    "luhn_valid",
    "shannon_entropy",
    "us_ssn_valid",
]

#: IBAN length per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25,
    "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18,
    "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33,
    "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip

# Numbers that pass the SSA structure rules but are known to be invalid: the Woolworth wallet
# card (078-05-1120), other widely printed advertising specimens, and the textbook 123-45-6789.
_INVALID_SSNS = frozenset({"078051120", "219099999", "457555462", "123456789"})


def luhn_valid(digits: str) -> bool:
    """Return whether a string of digits passes the Luhn (mod 10) check."""
    if not digits.isdigit() or not digits.isascii():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_valid(iban: str) -> bool:
    """Return whether ``iban`` (spaces allowed) has its country's length and a valid mod-97 checksum."""
    s = iban.replace(" ", "").upper()
    if len(s) < 5 or IBAN_LENGTHS.get(s[:2]) != len(s) or not s[2:4].isdigit() or not s.isalnum():
        return False
    if not s.isascii():
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def us_ssn_valid(ssn: str) -> bool:
    """Return whether a US SSN (with or without separators) satisfies the SSA assignment rules.

    Invalid: area 000, 666 or 900-999; group 00; serial 0000; all digits equal; known specimens.
    """
    digits = "".join(ch for ch in ssn if ch.isdigit())
    if len(digits) != 9 or not digits.isascii():
        return False
    area, group, serial = int(digits[:3]), digits[3:5], digits[5:]
    if area == 0 or area == 666 or area >= 900 or group == "00" or serial == "0000":
        return False
    return len(set(digits)) > 1 and digits not in _INVALID_SSNS


# First two digits of an ABA routing number (Federal Reserve routing symbol): 00 US government,
# 01-12 banks of the twelve Federal Reserve districts, 21-32 thrift institutions, 61-72 electronic
# transactions, 80 traveller's cheques.
_ABA_PREFIXES = frozenset([0, *range(1, 13), *range(21, 33), *range(61, 73), 80])


def aba_routing_valid(digits: str) -> bool:
    """Return whether nine digits are a well-formed ABA routing transit number.

    A valid Federal Reserve prefix, and the checksum: 3, 7, 1 weights repeated over the nine digits
    sum to a multiple of 10.
    """
    if len(digits) != 9 or not digits.isdigit() or not digits.isascii():
        return False
    if int(digits[:2]) not in _ABA_PREFIXES:
        return False
    d = [ord(ch) - 48 for ch in digits]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def ipv4_valid(text: str) -> bool:
    """Return whether ``text`` is a dotted-quad IPv4 address without leading zeros."""
    parts = text.split(".")
    if len(parts) != 4:
        return False
    for p in parts:
        if not (p.isdigit() and p.isascii()) or len(p) > 3 or (len(p) > 1 and p[0] == "0") or int(p) > 255:
            return False
    return True


def ipv6_valid(text: str) -> bool:
    """Return whether ``text`` is an IPv6 address (compressed forms and embedded IPv4 allowed)."""
    if ":" not in text or "%" in text or "/" in text:
        return False
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def shannon_entropy(text: str) -> float:
    """Shannon entropy of the character distribution of ``text``, in bits per character."""
    if not text:
        return 0.0
    n = len(text)
    return abs(sum(c / n * math.log2(c / n) for c in Counter(text).values()))
