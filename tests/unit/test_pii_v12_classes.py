"""Structured error classes found by held-out v12's one scoring (session 8): unbracketed IPv6
``address:port`` in HAProxy/fail2ban logs, IPv4 after ``host:``, phone numbers in ``sip:`` URIs (RFC 3261)
taken for e-mail addresses, URL passwords with an empty user or unescaped ``# @ ?``, prose labels
("API Key:", "Secret Key:"), Telegram bot tokens, GPG key ids under ``signingkey``, UUID-shaped SIP
Call-IDs read as phones, and Spanish/Italian "call me" words.

Values are invented here (not copied from v12). Each positive case fails on the code before this
change; the negative controls pass on both and guard against look-alikes.
"""

from __future__ import annotations

import pytest

from detectors.pii import PiiAnalyzer
from detectors.pii.api_key import ApiKeyRecognizer
from detectors.pii.email import EmailRecognizer
from detectors.pii.ip_address import IpAddressRecognizer
from detectors.pii.phone import PhoneRecognizer
from detectors.pii.recognizer import Recognizer


def found(rec: Recognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text), key=lambda d: d.span.start)]


def typed(text: str) -> list[tuple[str, str]]:
    spans = PiiAnalyzer(person=False).analyze(text)
    return [(s.type, text[s.start : s.end]) for s in spans]


# --------------------------------------------------------------- IP addresses
@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("lb2 haproxy[311]: 2001:db8:7a1::4e:c0de:51234 [01/Feb/2026:10:00:00.001] fe~", "2001:db8:7a1::4e:c0de"),
        ("haproxy[9]: fd12:3456:789a::1f:40000 [x]", "fd12:3456:789a::1f"),
        ("peer 2001:db8:aa:bb:cc:dd:ee:ff:8443 closed", "2001:db8:aa:bb:cc:dd:ee:ff"),
        ('"runArgs": ["--add-host=cache.local:10.23.45.67"]', "10.23.45.67"),
        ("listen addr:172.20.3.9 now", "172.20.3.9"),
    ],
)
def test_ip_with_port_or_after_host_colon(text: str, address: str) -> None:
    assert found(IpAddressRecognizer(), text) == [address]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ping fe80::1:443 now", ["fe80::1:443"]),  # a valid address: the greedy reading stays
        ("mapped ::ffff:10.0.0.1 ok", ["::ffff:10.0.0.1"]),  # not a second, IPv4 span
        ("elapsed 12:10.1.1.1 s", []),  # a number before the colon: no host
        ("ids 1:2:3:4:5:6:7:8:9 x", []),  # a one-digit ninth group is no port
        ("at 10:30:00:123 z", []),
        ("FROM node:18.19.1.0", []),  # image tags: no host name or address key before the colon
        ("docker pull redis:7.2.4.1", []),
        ("    Image:   ghcr.io/acme/api:1.40.69.219", []),
    ],
)
def test_ip_controls(text: str, expected: list[str]) -> None:
    assert found(IpAddressRecognizer(), text) == expected


# --------------------------------------------------------------- SIP URIs: phone, not e-mail
def test_sip_uri_telephone_user_is_a_phone_not_an_email() -> None:
    text = "INVITE sip:+447700900123@trunk.voip.example SIP/2.0\nTo: <sip:+33612345678@pbx.example.net>"
    assert found(EmailRecognizer(), text) == []
    assert typed(text) == [("PHONE_NUMBER", "+447700900123"), ("PHONE_NUMBER", "+33612345678")]


def test_sip_uri_with_a_name_user_stays_an_address() -> None:
    text = "From: <sip:alice.ng@pbx.example.net>;tag=1 and mail +44@example.org"
    assert found(EmailRecognizer(), text) == ["alice.ng@pbx.example.net", "+44@example.org"]


def test_uuid_call_id_is_no_phone() -> None:
    assert found(PhoneRecognizer(), "Call-ID: 81234567-4321-4bcd-9ef0-0123456789ab") == []
    assert found(PhoneRecognizer(), "call 8123 4567 now") == ["8123 4567"]  # control


def test_call_me_words() -> None:
    assert found(PhoneRecognizer(), "Si hay algo, llámame al 622 41 87 93 o escríbeme.") == ["622 41 87 93"]
    assert found(PhoneRecognizer(), "Per qualsiasi cosa chiamami al 347 812 3390.") == ["347 812 3390"]


# --------------------------------------------------------------- credentials
def test_url_password_empty_user_and_symbols() -> None:
    rec = ApiKeyRecognizer()
    assert found(rec, '"CACHE_URL": "redis://:Qm7#rT2v@Lp9x@cache:6379/0"') == ["Qm7#rT2v@Lp9x"]
    assert found(rec, "https://dev.ops:Zx4?kP9#wL2q@gitlab.example.com") == ["Zx4?kP9#wL2q"]
    text = "origin https://jo.kim:Rk5#Tq8vWm2Lz@bitbucket.org/jo/app.git (fetch)"
    assert typed(text) == [("API_KEY", "Rk5#Tq8vWm2Lz")]  # no e-mail for "Tq8vWm2Lz@bitbucket.org"


@pytest.mark.parametrize(
    "text",
    ["redis://:password@cache:6379", "http://:8080@x.example.org", "redis://cache:6379/0", "see a@b.example.org"],
)
def test_url_password_controls(text: str) -> None:
    assert found(ApiKeyRecognizer(), text) == []


def test_prose_key_labels() -> None:
    rec = ApiKeyRecognizer()
    key = "Jf8kQ2mZp0XcV7bN3rT6yW1aS9dG4hL5uE8iO2nM7qR3tY6wK1zX0cB4vF9gH2jD"
    secret = "nB7/qW3+eR9tY2uI5oP8aS1dF4gH6jK0lZ3xC7vB9nM2qW5eR8tY1uI4oP7aS0d+Fg=="
    assert found(rec, f"API Key: {key}\nSecret Key: {secret}") == [key, secret]
    assert found(rec, "API Key: see the dashboard settings page") == []  # no random value


@pytest.mark.parametrize(
    "token", ["7316204958:AAHk3jR9xQ2mVw7LpZ0cT4bN8yF1sD6gE5u", "2129461730:AAF-3kd_9QzLm2VwXp7TnB4cY8rJ1sH6gE0"]
)
def test_telegram_bot_token(token: str) -> None:
    for text in (f"TELEGRAM_TOKEN={token}", f'telegram_bot_token: "{token}"', f"bot {token} leaked"):
        assert found(ApiKeyRecognizer(), text) == [token]
        assert typed(text) == [("API_KEY", token)]  # the bot id is no phone number


def test_telegram_controls() -> None:
    assert found(ApiKeyRecognizer(), "ratio 5123456789:AAB") == []


@pytest.mark.parametrize(
    "text", ["user.signingkey=3F9A1C27D04B88E2", "signingkey = 0x3F9A1C27D04B88E2", "signing_key: 1c27d04b"]
)
def test_gpg_key_id_is_no_secret(text: str) -> None:
    assert found(ApiKeyRecognizer(), text) == []


def test_signing_key_secret_still_found() -> None:
    value = "kP3x9Lm2Qw8Zr5Tn7Vb1Yc4Hd6Jf0Gs"
    assert found(ApiKeyRecognizer(), f"SIGNING_KEY = '{value}'") == [value]
