"""Structured error classes found by held-out v11's one scoring (session 7): cards in CSV cells and
regional card networks, ABA routing numbers taken for SSNs, TOTP seeds, WireGuard pre-shared keys and
passwords in password-manager CSV exports.

Values are invented here (Luhn/ABA check digits computed; shapes from the public format
descriptions), not copied from v11. Each positive case fails on the code before this change; the
negative controls pass on both and guard against look-alikes.
"""

from __future__ import annotations

import pytest

from detectors.pii.api_key import ApiKeyRecognizer
from detectors.pii.credit_card import CreditCardRecognizer, card_brand
from detectors.pii.recognizer import Recognizer
from detectors.pii.us_ssn import UsSsnRecognizer
from detectors.pii.validators import aba_routing_valid


def found(rec: Recognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text), key=lambda d: d.span.start)]


# --------------------------------------------------------------- cards
_CSV = (
    "name,email,city,signup,card\n"
    '"Doe, Jane",jd@example.org,Porto,2026-01-04,6011 4306 0830 3163\n'
    "Ana Lima,al@example.org,Leeds,2026-01-02,6250557033731095\n"
    "Bo Chen,bc@example.org,Cebu,2026-03-13,36739158024324\n"
)


def test_card_after_a_csv_comma() -> None:
    assert found(CreditCardRecognizer(), _CSV) == ["6011 4306 0830 3163", "6250557033731095", "36739158024324"]
    assert found(CreditCardRecognizer(), "x,4539899720743225,3") == ["4539899720743225"]


@pytest.mark.parametrize(
    "text",
    [
        "ratio 0,4539899720743225",  # a decimal comma after a lone short number
        "1,234,567,890,123,456,789",  # thousands groups
        "order_id,total\n6011430608303163,12.00\n",  # an order column: Luhn-valid order number
        "order,6011430608303163",  # labelled as an order on the line
        "loyalty card,6011430608303163",
        "x,1234349707629223",  # Luhn-valid but no issuer prefix
    ],
)
def test_card_comma_lookalikes_stay_rejected(text: str) -> None:
    assert found(CreditCardRecognizer(), text) == []


@pytest.mark.parametrize(
    ("digits", "brand"),
    [
        ("5061874635768941", "verve"),
        ("5090096646183838", "elo"),
        ("9792437287544966", "troy"),
        ("8600498149348404", "uzcard"),
        ("9860720477533296", "humo"),
        ("5019626710123183", "dankort"),
    ],
)
def test_regional_card_networks(digits: str, brand: str) -> None:
    assert card_brand(digits) == brand
    assert found(CreditCardRecognizer(), f"card {digits}") == [digits]


def test_published_ranges_of_the_main_networks() -> None:
    assert card_brand("6011000000000000") == "discover"
    assert card_brand("6440000000000000") == "discover"
    assert card_brand("6500000000000000") == "discover"
    assert card_brand("6200000000000000") == "unionpay"
    assert card_brand("36000000000000") == "diners"
    assert card_brand("30500000000000") == "diners"
    assert card_brand("38000000000000") == "diners"
    assert card_brand("3528000000000000") == "jcb" and card_brand("3590000000000000") is None
    assert card_brand("2221000000000000") == "mastercard" and card_brand("2721000000000000") is None
    assert card_brand("2200000000000000") == "mir"
    assert card_brand("340000000000000") == "amex" and card_brand("3400000000000000") is None
    assert card_brand("5061990000000000") is None  # just past Verve's 506099-506198


# --------------------------------------------------------------- SSN vs ABA routing numbers
def test_aba_checksum() -> None:
    assert aba_routing_valid("021000021") and aba_routing_valid("011000015")
    assert not aba_routing_valid("021000022")  # check digit off
    assert not aba_routing_valid("991000021")  # 99 is no Federal Reserve prefix
    assert not aba_routing_valid("02100002")


@pytest.mark.parametrize(
    "text",
    [
        "We recorded SSN 536-22-1234 and direct deposit to routing 041210105, account 13558451561.",
        "SSN 536-22-1234; ABA 261410028",
        "ssn=536221234 routing_number=322110021",
        "SSN 536-22-1234, Bank: 071110042",
    ],
)
def test_routing_number_is_no_ssn(text: str) -> None:
    assert found(UsSsnRecognizer(), text) in (["536-22-1234"], ["536221234"])  # the real SSN stays


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SSN: 041210105", ["041210105"]),  # ABA-valid digits, but labelled as an SSN
        ('{"ssn": "261410028"}', ["261410028"]),
        ("routing 041210105 / SSN 322110021", ["322110021"]),  # the nearest label decides
        ("SSN on file; routing 536221234", ["536221234"]),  # fails the ABA checksum: the rule needs both
    ],
)
def test_ssn_label_keeps_aba_valid_digits(text: str, expected: list[str]) -> None:
    assert found(UsSsnRecognizer(), text) == expected


# --------------------------------------------------------------- TOTP seeds, WireGuard, exports
def test_totp_seeds() -> None:
    rec = ApiKeyRecognizer()
    uri = '"totp": "otpauth://totp/ACME:bob?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=ACME"'
    assert found(rec, uri) == ["JBSWY3DPEHPK3PXPJBSWY3DP"]  # not "...&issuer=ACME"
    assert found(rec, "otpauth://totp/ACME:bob?issuer=ACME&secret=KRUGS4ZANFZSAYJA") == ["KRUGS4ZANFZSAYJA"]
    assert found(rec, "TOTP: JBSWY3DPEHPK3PXP") == ["JBSWY3DPEHPK3PXP"]
    assert found(rec, "2fa_key = KRUGS4ZANFZSAYJAMZQWW2LT") == ["KRUGS4ZANFZSAYJAMZQWW2LT"]


@pytest.mark.parametrize(
    "text",
    [
        "MFA: ENABLEDFORALLUSERS",  # an upper-case word, no base32 digit
        "otp: 123456",  # a one-time code, not the seed
        "otpauth://totp/x?secret=YOURSECRETHERE234",  # placeholder
        "TOTP: enabled for all users",
    ],
)
def test_totp_lookalikes(text: str) -> None:
    assert found(ApiKeyRecognizer(), text) == []


def test_query_parameter_password_ends_at_ampersand() -> None:
    text = "https://x.example/login?user=bob&password=Xy7!kq9Lz&next=/home"
    assert found(ApiKeyRecognizer(), text) == ["Xy7!kq9Lz"]
    assert found(ApiKeyRecognizer(), "password=N$??%Fk&*t#f%nfCz3 ok") == ["N$??%Fk&*t#f%nfCz3"]


def test_wireguard_keys() -> None:
    conf = (
        "[Interface]\nPrivateKey = cM48DktuP0wqviw/SvFMp6TqmG2S7DIulh2sXAJwUvs=\nListenPort = 51820\n\n"
        "[Peer]\nPublicKey = d4XiRQvCO+3RSkTTBxNqm+v7agWf5eUt534/zMfjK/c=\n"
        "PresharedKey = GGSrcAnNypG8ZtNLaPmbbIhf+ZL+Pob9honA0CK0UrE=\n"
    )
    assert found(ApiKeyRecognizer(), conf) == [
        "cM48DktuP0wqviw/SvFMp6TqmG2S7DIulh2sXAJwUvs=",
        "GGSrcAnNypG8ZtNLaPmbbIhf+ZL+Pob9honA0CK0UrE=",
    ]  # the public key is not a secret


def test_password_manager_csv_export() -> None:
    text = (
        "I exported my passwords.\n\n"
        "name,url,username,password,note\n"
        "github.com,https://github.com/login,ana.lima,Qx7$mR2!vLp9,\n"
        'bank.example,https://bank.example/login,ana_l,"Pz,4kW!r8Tq",\n'
        'mail.example,https://mail.example/login,ana,Maple-cedar-orbit42?,"recovery +1 555 0100"\n'
        "shop.example,https://shop.example/login,ana,sunshine,\n"
        "\nThanks!\n"
    )
    assert found(ApiKeyRecognizer(), text) == ["Qx7$mR2!vLp9", "Pz,4kW!r8Tq", "Maple-cedar-orbit42?"]
    firefox = '"url","username","password","httpRealm"\n"https://a.example","bob","Tq4!xW9zK2",""\n'
    assert found(ApiKeyRecognizer(), firefox) == ["Tq4!xW9zK2"]


@pytest.mark.parametrize(
    "text",
    [
        "name,url,username,password_changed\nx,https://x.example,bob,2026-01-04T10:00:00Z\n",  # no password column
        "user,password\nbob,sunshine\nann,********\n",  # weak word, masked
        "user,password\nbob,${DB_PASSWORD}\n",  # a reference
        "Change your password, then log in.\nIt works, thanks.\n",  # prose with a comma
    ],
)
def test_password_column_lookalikes(text: str) -> None:
    assert found(ApiKeyRecognizer(), text) == []
