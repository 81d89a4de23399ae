"""Validators used by the PII recognizers: Luhn, IBAN mod-97, SSA rules, IP parsing, entropy."""

from __future__ import annotations

import pytest

from detectors.pii.validators import (
    IBAN_LENGTHS,
    iban_valid,
    ipv4_valid,
    ipv6_valid,
    luhn_valid,
    shannon_entropy,
    us_ssn_valid,
)


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("4111111111111111", True),  # Visa test number
        ("5555555555554444", True),  # Mastercard test number
        ("378282246310005", True),  # Amex test number
        ("6011111111111117", True),  # Discover test number
        ("79927398713", True),  # the textbook Luhn example
        ("4111111111111112", False),
        ("79927398710", False),
        ("1234567812345678", False),
        ("", False),
        ("4111-1111-1111-1111", False),  # separators are the caller's job
        ("٤١١١١١١١١١١١١١١١", False),  # non-ASCII digits
    ],
)
def test_luhn(digits: str, expected: bool) -> None:
    assert luhn_valid(digits) is expected


@pytest.mark.parametrize(
    ("iban", "expected"),
    [
        ("DE89 3704 0044 0532 0130 00", True),
        ("DE89370400440532013000", True),
        ("GB82 WEST 1234 5698 7654 32", True),
        ("FR14 2004 1010 0505 0001 3M02 606", True),
        ("NO93 8601 1117 947", True),
        ("CH93 0076 2011 6238 5295 7", True),
        ("gb82west12345698765432", True),  # case-insensitive
        ("DE89 3704 0044 0532 0130 01", False),  # checksum
        ("DE89 3704 0044 0532 0130", False),  # too short for DE
        ("XX89 3704 0044 0532 0130 00", False),  # unknown country
        ("GB82-WEST-1234-5698-7654-32", False),  # dashes are not IBAN separators
        ("", False),
    ],
)
def test_iban(iban: str, expected: bool) -> None:
    assert iban_valid(iban) is expected


def test_iban_lengths_cover_the_common_countries() -> None:
    assert IBAN_LENGTHS["DE"] == 22 and IBAN_LENGTHS["NO"] == 15 and IBAN_LENGTHS["MT"] == 31
    assert all(15 <= n <= 34 for n in IBAN_LENGTHS.values())


@pytest.mark.parametrize(
    ("ssn", "expected"),
    [
        ("536-22-1234", True),
        ("536221234", True),
        ("001-01-0001", True),
        ("899-99-9999", True),
        ("000-12-3456", False),  # area 000
        ("666-12-3456", False),  # area 666
        ("900-12-3456", False),  # area 9xx
        ("999-12-3456", False),
        ("536-00-1234", False),  # group 00
        ("536-22-0000", False),  # serial 0000
        ("078-05-1120", False),  # Woolworth wallet card
        ("219-09-9999", False),  # advertising specimen
        ("123-45-6789", False),  # textbook example
        ("111-11-1111", False),  # all digits equal
        ("536-22-123", False),  # eight digits
    ],
)
def test_us_ssn(ssn: str, expected: bool) -> None:
    assert us_ssn_valid(ssn) is expected


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("192.168.1.1", True),
        ("0.0.0.0", True),
        ("255.255.255.255", True),
        ("256.1.1.1", False),
        ("1.2.3", False),
        ("1.2.3.4.5", False),
        ("01.2.3.4", False),  # leading zero: ambiguous (octal), not written by people
        ("1.2.3.a", False),
    ],
)
def test_ipv4(address: str, expected: bool) -> None:
    assert ipv4_valid(address) is expected


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", True),
        ("2001:db8:85a3::8a2e:370:7334", True),  # compressed
        ("::1", True),
        ("::", True),
        ("fe80::1ff:fe23:4567:890a", True),
        ("::ffff:192.0.2.128", True),  # IPv4-mapped
        ("2001:db8::1::2", False),  # two "::"
        ("12:30:45", False),  # a time
        ("00:1A:2B:3C:4D:5E", False),  # a MAC address
        ("2001:db8::g", False),
        ("fe80::1%eth0", False),  # zone ids are not part of the address
        ("2001:db8::/32", False),  # a prefix, not an address
    ],
)
def test_ipv6(address: str, expected: bool) -> None:
    assert ipv6_valid(address) is expected


def test_entropy() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaaaaaa") == 0.0
    assert shannon_entropy("abcdefgh") == pytest.approx(3.0)
    assert shannon_entropy("q8Zt3RvX1pLm9Kd2Wn7Ys4Hb") > 4.0
