"""Generate PII held-out set v4 (``data/pii/eval_heldout4.jsonl``): run once, freeze, evaluate once.

Written in session 3 without reading the detector's patterns, with a different authoring from v1-v3:
document-shaped texts (chat transcripts, JSON API payloads, Python/Java stack traces, HTTP access
logs, Markdown tables, e-mails with signatures, ``.env`` files, Kubernetes Secrets, multilingual
support tickets, order/shipping notices, CI logs, HR forms, curl commands, invoices) whose values
come from validity rules, not from the detector:

* cards: real IIN ranges per brand (Visa, Mastercard 51-55 and 2221-2720, Amex, Discover, JCB
  3528-3589, Diners, UnionPay) with a computed Luhn digit;
* IBANs: 12 countries with their registry lengths, mod-97 check digits computed here, printed in
  groups of four or electronic;
* SSNs: SSA rules (area 001-899 except 666, group 01-99, serial 0001-9999);
* phone numbers: ``phonenumbers`` (randomised example numbers kept only if ``is_valid_number``),
  30 regions, international / E.164 / national / RFC 3966 formats;
* IPv4 (public and private) and IPv6 (full, compressed, link-local; zone ids outside the span);
* API keys in the providers' documented shapes; names from Faker (Latin-script locales; the
  detector's name list is the US Census files from the ``names`` package, not Faker).

Look-alikes (>= 200 of each kind): Luhn-valid order numbers in order context, other order and
tracking numbers, versions, git hashes, UUIDs, dates, timestamps, non-Luhn card-shaped runs, ISBNs,
phone-shaped part numbers. Gold conventions follow v3 (docs/pii.md, "Gold annotation rules").

Usage: ``.venv/bin/python data/pii/gen_heldout4.py`` (needs the dev extra: faker, phonenumbers).
"""

# ruff: noqa: E501  (the templates are data: one segment list per line reads better than wrapped text)

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import random
import string
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from faker import Faker

OUT = Path(__file__).resolve().parent / "eval_heldout4.jsonl"
SEED = 20261123
PER_TEMPLATE = 42

Seg = str | tuple[str, str, str]  # plain text, or ("G", TYPE, value) / ("L", kind, value)


def G(kind: str, value: str) -> tuple[str, str, str]:
    return ("G", kind, value)


def L(kind: str, value: str) -> tuple[str, str, str]:
    return ("L", kind, value)


# ----------------------------------------------------------------------------- value generators


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


CARD_BRANDS: dict[str, tuple[Callable[[random.Random], str], int]] = {
    "visa": (lambda r: "4", 16),
    "mastercard": (lambda r: str(r.randint(51, 55)), 16),
    "mastercard2": (lambda r: str(r.randint(2221, 2720)), 16),
    "amex": (lambda r: r.choice(["34", "37"]), 15),
    "discover": (lambda r: r.choice(["6011", "65", str(r.randint(644, 649))]), 16),
    "jcb": (lambda r: str(r.randint(3528, 3589)), 16),
    "diners": (lambda r: r.choice(["36", "38", str(r.randint(300, 305))]), 14),
    "unionpay": (lambda r: "62" + str(r.randint(2126, 2925))[:2], 16),
}


def card_digits(r: random.Random, brand: str | None = None) -> tuple[str, str]:
    brand = brand or r.choice(list(CARD_BRANDS))
    prefix_fn, length = CARD_BRANDS[brand]
    body = prefix_fn(r)
    body += "".join(r.choice(string.digits) for _ in range(length - 1 - len(body)))
    return brand, body + luhn_digit(body)


def group_card(num: str, sep: str) -> str:
    if sep == "":
        return num
    if len(num) in (14, 15):  # Amex 4-6-5, Diners 4-6-4
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, len(num), 4))


def card(r: random.Random, brand: str | None = None) -> str:
    _, num = card_digits(r, brand)
    return group_card(num, r.choice([" ", " ", "-", ""]))


def nonluhn_card_shape(r: random.Random) -> str:
    _, num = card_digits(r, r.choice(["visa", "mastercard", "discover"]))
    bad = num[:-1] + str((int(num[-1]) + r.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return group_card(bad, r.choice([" ", "-", ""]))


# country: (length, BBAN spec) with spec chars n = digit, a = upper letter, c = alnum
IBAN_SPECS: dict[str, str] = {
    "DE": "nnnnnnnnnnnnnnnnnn",
    "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnnnnnnnnnnnnnn",
    "NL": "aaaannnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "CH": "nnnnnnnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "SE": "nnnnnnnnnnnnnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "NO": "nnnnnnnnnnn",
}
IBAN_LENGTHS = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20,
                "PL": 28, "SE": 24, "PT": 25, "NO": 15}  # fmt: skip


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(r: random.Random, country: str | None = None, printed: bool | None = None) -> str:
    country = country or r.choice(list(IBAN_SPECS))
    bban = "".join(r.choice(string.digits if c == "n" else string.ascii_uppercase) for c in IBAN_SPECS[country])
    check = 98 - _mod97(bban + country + "00")
    value = f"{country}{check:02d}{bban}"
    assert len(value) == IBAN_LENGTHS[country] and _mod97(value[4:] + value[:4]) == 1
    if printed is None:
        printed = r.random() < 0.6
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if printed else value


def ssn(r: random.Random, sep: str = "-") -> str:
    while True:
        area = r.randint(1, 899)
        if area == 666:
            continue
        group, serial = r.randint(1, 99), r.randint(1, 9999)
        s = f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
        if s.replace(sep, "") not in {"078051120", "219099999", "457555462", "123456789"}:
            return s


PHONE_REGIONS = ["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "SE", "NO", "DK",
                 "FI", "PL", "PT", "IE", "IN", "AU", "NZ", "JP", "SG", "BR", "MX", "ZA", "NG", "KE",
                 "AE", "IL", "TR", "AR"]  # fmt: skip
PNF = phonenumbers.PhoneNumberFormat


def phone_obj(r: random.Random, region: str | None = None) -> phonenumbers.PhoneNumber:
    region = region or r.choice(PHONE_REGIONS)
    kind = r.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    assert ex is not None, region
    nsn = phonenumbers.national_significant_number(ex)
    for _ in range(200):
        keep = max(2, len(nsn) - 7)  # keep the leading (area/mobile) digits, randomise the rest
        cand = nsn[:keep] + "".join(r.choice(string.digits) for _ in range(len(nsn) - keep))
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    return ex


def phone(r: random.Random, fmt: str | None = None, region: str | None = None) -> str:
    num = phone_obj(r, region)
    fmt = fmt or r.choice(["intl", "intl", "intl", "e164", "national"])
    if fmt == "e164":
        return phonenumbers.format_number(num, PNF.E164)
    if fmt == "national":
        return phonenumbers.format_number(num, PNF.NATIONAL)
    if fmt == "rfc3966":
        return phonenumbers.format_number(num, PNF.RFC3966).removeprefix("tel:")
    return phonenumbers.format_number(num, PNF.INTERNATIONAL)


def ipv4(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.25:
        a = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    elif kind < 0.45:
        a = f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"
    elif kind < 0.55:
        a = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    else:
        while True:
            a = f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if ipaddress.ip_address(a).is_global:
                break
    return a


def ipv6(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.2:
        groups = [0xFE80, 0, 0, 0] + [r.randint(0, 0xFFFF) for _ in range(4)]
    else:
        groups = [r.choice([0x2001, 0x2A00, 0x2A02, 0x2600, 0x2804, 0x2406])]
        groups += [r.randint(0, 0xFFFF) for _ in range(7)]
        if r.random() < 0.6:  # a zero run, so the compressed form has '::'
            i = r.randint(2, 5)
            for j in range(i, min(8, i + r.randint(2, 3))):
                groups[j] = 0
    addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
    return addr.exploded if r.random() < 0.25 else addr.compressed


def _rand(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"


def jwt(r: random.Random, sub: str) -> str:
    def enc(obj: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).rstrip(b"=").decode()

    header = enc({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"})
    payload = enc({"sub": sub, "iat": r.randint(1_700_000_000, 1_760_000_000), "scope": "read:orders"})
    return f"{header}.{payload}.{_rand(r, B64URL, 43)}"


API_KEYS: dict[str, Callable[[random.Random], str]] = {
    "aws_id": lambda r: r.choice(["AKIA", "ASIA"]) + _rand(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    "github": lambda r: r.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + _rand(r, ALNUM, 36),
    "github_pat": lambda r: "github_pat_" + _rand(r, ALNUM, 22) + "_" + _rand(r, ALNUM, 59),
    "gitlab": lambda r: "glpat-" + _rand(r, ALNUM + "-_", 20),
    "slack": lambda r: f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{_rand(r, ALNUM, 24)}",
    "stripe": lambda r: r.choice(["sk_live_", "rk_live_", "sk_test_"]) + _rand(r, ALNUM, r.choice([24, 99])),
    "google": lambda r: "AIza" + _rand(r, ALNUM + "-_", 35),
    "openai": lambda r: r.choice(["sk-proj-", "sk-"]) + _rand(r, ALNUM + "-_", 48),
    "anthropic": lambda r: "sk-ant-api03-" + _rand(r, ALNUM + "-_", 93) + "AA",
    "huggingface": lambda r: "hf_" + _rand(r, string.ascii_letters, 34),
    "npm": lambda r: "npm_" + _rand(r, ALNUM, 36),
    "sendgrid": lambda r: "SG." + _rand(r, ALNUM + "-_", 22) + "." + _rand(r, ALNUM + "-_", 43),
}


def api_key(r: random.Random, provider: str | None = None) -> str:
    return API_KEYS[provider or r.choice(list(API_KEYS))](r)


def aws_secret(r: random.Random) -> str:
    return _rand(r, B64, 40)


def password(r: random.Random) -> str:
    return _rand(r, ALNUM, r.randint(6, 10)) + r.choice("!#%^*-_~") + _rand(r, ALNUM, r.randint(3, 7))


# look-alikes ------------------------------------------------------------------


def order_luhn(r: random.Random) -> str:
    """A 16-digit, Luhn-valid order number that starts like a Visa/Mastercard."""
    body = r.choice(["4", "5"]) + _rand(r, string.digits, 14)
    return body + luhn_digit(body)


def order_other(r: random.Random) -> str:
    return r.choice(
        [
            lambda: f"{r.randint(100, 999)}-{r.randint(10**6, 10**7 - 1)}-{r.randint(10**6, 10**7 - 1)}",
            lambda: f"ORD-{r.randint(2023, 2026)}-{r.randint(0, 999999):06d}",
            lambda: f"{r.randint(10**9, 10**10 - 1)}",
            lambda: f"SO-{r.randint(10**7, 10**8 - 1)}",
        ]
    )()


def tracking(r: random.Random) -> str:
    return r.choice(
        [
            lambda: "1Z" + _rand(r, UPPER_NUM, 6) + _rand(r, string.digits, 10),
            lambda: "9400 " + " ".join(_rand(r, string.digits, 4) for _ in range(4)) + " " + _rand(r, string.digits, 2),
            lambda: _rand(r, "123456789", 1) + _rand(r, string.digits, 11),
            lambda: "JD" + _rand(r, string.digits, 18),
            lambda: _rand(r, "123456789", 1) + _rand(r, string.digits, 9),
            lambda: "LX" + _rand(r, string.digits, 9) + "DE",
        ]
    )()


def version(r: random.Random) -> str:
    return r.choice(
        [
            lambda: f"{r.randint(0, 4)}.{r.randint(0, 40)}.{r.randint(0, 30)}",
            lambda: f"v{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
            lambda: f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}",
            lambda: f"{r.randint(1, 30)}.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(100, 9999)}",
        ]
    )()


def git_sha(r: random.Random, n: int | None = None) -> str:
    return _rand(r, HEX, n or r.choice([7, 8, 12, 40]))


def uuid(r: random.Random) -> str:
    h = _rand(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip


def date(r: random.Random) -> str:
    y, m, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{MONTHS[m - 1][:3]} {d}, {y}",
            f"{d:02d}/{m:02d}/{y}",
        ]
    )


def timestamp(r: random.Random) -> str:
    y, mo, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(
        [
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
            f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d}",
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+0{r.randint(1, 9)}:00",
            str(r.randint(1_690_000_000_000, 1_760_000_000_000)),
            str(r.randint(1_690_000_000, 1_760_000_000)),
        ]
    )


def nginx_time(r: random.Random) -> str:
    return (
        f"{r.randint(1, 28):02d}/{r.choice(MONTHS)[:3]}/{r.randint(2024, 2026)}:"
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000"
    )


def isbn(r: random.Random) -> str:
    body = r.choice(["978", "979"]) + _rand(r, string.digits, 9)
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    full = body + str(check)
    if r.random() < 0.5:
        return full
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def part_number(r: random.Random) -> str:
    """Phone-shaped part numbers as printed on spare parts and in catalogues.

    Redrawn while the digits would be a valid number in the US, UK, Germany or France, so that the
    look-alike is unambiguous (it is labelled as a part number in every template, too).
    """
    while True:
        value = _part_number_shape(r)
        if not any(_valid_in(value, region) for region in ("US", "GB", "DE", "FR")):
            return value


def _valid_in(value: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        return False


def _part_number_shape(r: random.Random) -> str:
    return r.choice(
        [
            lambda: f"{r.randint(200, 989)}-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
            lambda: f"0 {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
            lambda: f"{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(10, 99)}",
            lambda: f"0{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            lambda: f"({r.randint(10, 99)}) {r.randint(1000, 9999)}-{r.randint(100, 999)}",
        ]
    )()


# ----------------------------------------------------------------------------- people

LOCALES = ["en_US", "en_GB", "en_IE", "en_AU", "en_IN", "de_DE", "de_AT", "fr_FR", "es_ES", "es_MX", "it_IT",
           "nl_NL", "pl_PL", "pt_BR", "pt_PT", "sv_SE", "no_NO", "da_DK", "fi_FI", "cs_CZ", "ro_RO", "hu_HU",
           "tr_TR", "id_ID", "fil_PH"]  # fmt: skip
DOMAINS = ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "web.de", "orange.fr", "libero.it",
           "northwind-traders.com", "acme.io", "kontor.example.de", "mail.fabrikam.net", "uni-heidelberg.de",
           "fastmail.fm", "contoso.co.in", "tutanota.com"]  # fmt: skip
CITIES = ["Lisbon", "Leeds", "Graz", "Lyon", "Toruń", "Aarhus", "Tampere", "Porto", "Utrecht", "Pune",
          "Brisbane", "Cork", "Bergen", "Cluj", "Izmir"]  # fmt: skip


class People:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.fakers = {loc: Faker(loc) for loc in LOCALES}
        for i, loc in enumerate(LOCALES):
            self.fakers[loc].seed_instance(SEED + i)

    def _faker(self) -> Faker:
        return self.fakers[self.r.choice(LOCALES)]

    def name(self) -> str:
        f = self._faker()
        return f"{f.first_name()} {f.last_name()}"

    def first(self) -> str:
        return self._faker().first_name()

    def email(self, name: str | None = None) -> str:
        r = self.r
        if name is None or r.random() < 0.3:
            name = self.name()
        ascii_name = name.encode("ascii", "ignore").decode().lower().replace("'", "")
        parts = [p for p in ascii_name.replace("-", " ").split() if p] or ["user"]
        local = r.choice([".".join(parts), parts[0][0] + parts[-1], "_".join(parts), parts[0] + str(r.randint(1, 99))])
        if r.random() < 0.15:
            local += "+" + r.choice(["billing", "jira", "news"])
        return f"{local}@{r.choice(DOMAINS)}"


# ----------------------------------------------------------------------------- templates
# Each template returns a list of segments. Written for v4; v1-v3 templates were not reused.

Template = Callable[[random.Random, People], list[Seg]]


def t_chat(r: random.Random, p: People) -> list[Seg]:
    agent, cust = p.first(), p.name()
    hh, mm = r.randint(8, 20), r.randint(0, 50)
    return [
        f"[{hh:02d}:{mm:02d}] {agent} (support): Hi! Can I get the name on the account?\n"
        f"[{hh:02d}:{mm + 1:02d}] visitor: sure, it's ", G("PERSON", cust), ". order number ", L("order_luhn", order_luhn(r)),
        f"\n[{hh:02d}:{mm + 2:02d}] {agent} (support): Thanks. Best number to reach you?\n"
        f"[{hh:02d}:{mm + 3:02d}] visitor: ", G("PHONE_NUMBER", phone(r)), " or mail me at ", G("EMAIL_ADDRESS", p.email(cust)),
        f"\n[{hh:02d}:{mm + 4:02d}] {agent} (support): Noted, ticket created at ", L("timestamp", timestamp(r)), ".",
    ]  # fmt: skip


def t_json_payload(r: random.Random, p: People) -> list[Seg]:
    n = p.name()
    return [
        'POST /v1/checkout returned 402, payload was:\n{"request_id": "', L("uuid", uuid(r)),
        '", "customer": {"full_name": "', G("PERSON", n), '", "email": "', G("EMAIL_ADDRESS", p.email(n)),
        '", "phone": "', G("PHONE_NUMBER", phone(r, r.choice(["e164", "intl"]))),
        '"}, "payment": {"pan": "', G("CREDIT_CARD", card(r)), '", "exp": "0', str(r.randint(1, 9)), "/",
        str(r.randint(27, 31)), '"}, "order_id": "', L("order_luhn", order_luhn(r)), '", "created": "', L("timestamp", timestamp(r)),
        '"}\nWhy would the gateway decline it?',
    ]  # fmt: skip


def t_stack_trace(r: random.Random, p: People) -> list[Seg]:
    ip = ipv4(r) if r.random() < 0.6 else ipv6(r)
    host = [G("IP_ADDRESS", ip)] if ":" not in ip else ["[", G("IP_ADDRESS", ip), "]"]
    return [
        "I get this when the worker starts (commit ", L("git_sha", git_sha(r, 12)), "):\n\nTraceback (most recent call last):\n"
        '  File "/srv/app/venv/lib/python3.11/site-packages/psycopg/connection.py", line ', str(r.randint(100, 900)),
        ", in connect\n    raise last_ex.with_traceback(None)\npsycopg.OperationalError: connection to server at \"",
        *host, '", port 5432 failed: FATAL:  password authentication failed for user "', G("EMAIL_ADDRESS", p.email()),
        '"\n\nThe package is psycopg ', L("version", version(r)), " and the request id was ", L("uuid", uuid(r)), ".",
    ]  # fmt: skip


def t_java_trace(r: random.Random, p: People) -> list[Seg]:
    return [
        L("timestamp", timestamp(r)), " ERROR [http-nio-8080-exec-", str(r.randint(1, 9)),
        "] c.a.billing.ChargeService - charge failed for card ", G("CREDIT_CARD", card(r)),
        "\njava.lang.IllegalStateException: duplicate invoice\n\tat com.acme.billing.ChargeService.charge(ChargeService.java:",
        str(r.randint(40, 400)), ")\n\tat com.acme.api.OrderController.pay(OrderController.java:", str(r.randint(40, 400)),
        ")\nCaused by: order ", L("order_luhn", order_luhn(r)), " already settled (build ", L("git_sha", git_sha(r, 8)), ", release ",
        L("version", version(r)), ")",
    ]  # fmt: skip


def t_access_log(r: random.Random, p: People) -> list[Seg]:
    segs: list[Seg] = ["Which of these requests look like a scraper?\n"]
    for _ in range(2):
        ip = ipv4(r) if r.random() < 0.65 else ipv6(r)
        chrome = f"{r.randint(110, 131)}.0.{r.randint(4000, 6999)}.{r.randint(10, 250)}"
        segs += [
            G("IP_ADDRESS", ip), " - - [", L("timestamp", nginx_time(r)), '] "GET /api/orders/',
            L("order_other", order_other(r)), ' HTTP/1.1" 200 ', str(r.randint(200, 9000)),
            ' "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/', L("version", chrome),
            ' Safari/537.36"\n',
        ]  # fmt: skip
    return segs


def t_markdown_table(r: random.Random, p: People) -> list[Seg]:
    segs: list[Seg] = [
        "Please convert this table to CSV:\n\n| Account holder | IBAN | Contact | Opened |\n|---|---|---|---|\n"
    ]
    for _ in range(2):
        n = p.name()
        segs += ["| ", G("PERSON", n), " | ", G("IBAN_CODE", iban(r)), " | ", G("EMAIL_ADDRESS", p.email(n)), " | ",
                 L("date", date(r)), " |\n"]  # fmt: skip
    return segs


def t_email_signature(r: random.Random, p: People) -> list[Seg]:
    to, sender = p.name(), p.name()
    return [
        "Subject: Re: replacement parts\n\nDear ", G("PERSON", to.split()[0]),
        ",\n\nthe hinge you asked about is part no. ", L("part_number", part_number(r)),
        "; we ship it with tracking ", L("tracking", tracking(r)), ". It should arrive by ", L("date", date(r)),
        ".\n\nKind regards,\n", G("PERSON", sender), "\nAfter-sales team, Northwind Traders\nT ",
        G("PHONE_NUMBER", phone(r, "intl")), "\n", G("EMAIL_ADDRESS", p.email(sender)),
    ]  # fmt: skip


def t_dotenv(r: random.Random, p: People) -> list[Seg]:
    user = r.choice(["app", "billing", "svc_orders", "postgres"])
    return [
        "my docker compose service can't reach the db, here's the .env:\n\nAPP_VERSION=", L("version", version(r)),
        "\nGIT_COMMIT=", L("git_sha", git_sha(r, 40)), f"\nDATABASE_URL=postgresql://{user}:", G("API_KEY", password(r)),
        f"@db.internal:5432/{user}\nSTRIPE_SECRET_KEY=", G("API_KEY", api_key(r, "stripe")), "\nSENDGRID_API_KEY=",
        G("API_KEY", api_key(r, "sendgrid")), "\nDEPLOY_ID=", L("uuid", uuid(r)), "\n",
    ]  # fmt: skip


def t_k8s_secret(r: random.Random, p: People) -> list[Seg]:
    return [
        "kubectl apply fails with 'invalid base64', manifest below\n\napiVersion: v1\nkind: Secret\nmetadata:\n"
        "  name: uploader-creds\n  uid: ", L("uuid", uuid(r)), "\n  annotations:\n    app.kubernetes.io/version: \"",
        L("version", version(r)), "\"\n    last-applied: \"", L("timestamp", timestamp(r)),
        "\"\ntype: Opaque\nstringData:\n  AWS_ACCESS_KEY_ID: ", G("API_KEY", api_key(r, "aws_id")),
        "\n  AWS_SECRET_ACCESS_KEY: ", G("API_KEY", aws_secret(r)), "\n  HF_TOKEN: ", G("API_KEY", api_key(r, "huggingface")),
        "\n",
    ]  # fmt: skip


def t_ticket_de(r: random.Random, p: People) -> list[Seg]:
    n = p.name()
    return [
        "Hallo, mein Name ist ", G("PERSON", n), ". Meine Bestellnummer ", L("order_luhn", order_luhn(r)),
        " wurde am ", L("date", date(r)), " doppelt abgebucht. Bitte erstatten Sie den Betrag auf mein Konto ",
        G("IBAN_CODE", iban(r, r.choice(["DE", "AT", "CH"]))), ". Telefonisch bin ich unter ",
        G("PHONE_NUMBER", phone(r, r.choice(["intl", "national"]), r.choice(["DE", "AT", "CH"]))), " erreichbar.",
    ]  # fmt: skip


def t_ticket_fr(r: random.Random, p: People) -> list[Seg]:
    n = p.name()
    return [
        "Bonjour, je suis ", G("PERSON", n), " et mon colis ", L("tracking", tracking(r)),
        " n'est jamais arrivé (commande ", L("order_other", order_other(r)), " du ", L("date", date(r)),
        "). Merci de rembourser sur l'IBAN ", G("IBAN_CODE", iban(r, r.choice(["FR", "BE"]))),
        " ou de m'appeler au ", G("PHONE_NUMBER", phone(r, "intl", r.choice(["FR", "BE", "CH"]))), ".",
    ]  # fmt: skip


def t_ticket_es_it_pt(r: random.Random, p: People) -> list[Seg]:
    n = p.name()
    lang = r.choice(["es", "it", "pt", "nl", "pl", "sv"])
    cc = {"es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE"}[lang]
    intro, mid, end = {
        "es": ("Hola, soy ", ". Mi pedido ", " llegó roto. Mi cuenta es "),
        "it": ("Buongiorno, sono ", ". L'ordine ", " è arrivato danneggiato. Il mio conto è "),
        "pt": ("Olá, sou ", ". A encomenda ", " chegou partida. A minha conta é "),
        "nl": ("Hallo, ik ben ", ". Bestelling ", " kwam kapot aan. Mijn rekening is "),
        "pl": ("Dzień dobry, nazywam się ", ". Zamówienie ", " dotarło uszkodzone. Moje konto to "),
        "sv": ("Hej, jag heter ", ". Beställning ", " kom fram trasig. Mitt konto är "),
    }[lang]
    return [intro, G("PERSON", n), mid, L("order_luhn", order_luhn(r)), end, G("IBAN_CODE", iban(r, cc)),
            " (tel. ", G("PHONE_NUMBER", phone(r, "intl", cc)), ")."]  # fmt: skip


def t_shipping_notice(r: random.Random, p: People) -> list[Seg]:
    return [
        "Your order ", L("order_luhn", order_luhn(r)), " has shipped!\nCarrier tracking: ", L("tracking", tracking(r)),
        "\nItems: replacement pump (part ", L("part_number", part_number(r)), "), manual (ISBN ", L("isbn", isbn(r)),
        ")\nEstimated delivery: ", L("date", date(r)), "\nReturn label ", L("nonluhn", nonluhn_card_shape(r)),
        "\nQuestions? Reply to this e-mail.",
    ]  # fmt: skip


def t_ci_log(r: random.Random, p: People) -> list[Seg]:
    n = p.name()
    return [
        "Why did the pipeline fail?\n\n$ git log -1\ncommit ", L("git_sha", git_sha(r, 40)), "\nAuthor: ", G("PERSON", n),
        " <", G("EMAIL_ADDRESS", p.email(n)), ">\nDate:   ", L("date", date(r)), "\n\n    bump to ", L("version", version(r)),
        "\n\n$ git push https://x-access-token:", G("API_KEY", api_key(r, "github")),
        "@github.com/acme/shop.git\nremote: Permission denied (run ", L("uuid", uuid(r)), ")",
    ]  # fmt: skip


def t_hr_form(r: random.Random, p: People) -> list[Seg]:
    n = p.name()
    return [
        "Fill in the I-9 checklist from this onboarding form:\nEmployee: ", G("PERSON", n), "\nSSN: ",
        G("US_SSN", ssn(r, r.choice(["-", "-", " "]))), "\nStart date: ", L("date", date(r)), "\nMobile: ",
        G("PHONE_NUMBER", phone(r, r.choice(["national", "intl"]), "US")), "\nPersonal e-mail: ", G("EMAIL_ADDRESS", p.email(n)),
        "\nBadge serial: ", L("nonluhn", nonluhn_card_shape(r)),
    ]  # fmt: skip


def t_curl(r: random.Random, p: People) -> list[Seg]:
    provider = r.choice(["openai", "anthropic", "google", "gitlab", "npm", "slack", "github_pat"])
    return [
        "This returns 401, what's wrong?\n\ncurl -sS https://api.example.net/v2/reports/", L("uuid", uuid(r)),
        " \\\n  -H 'Authorization: Bearer ", G("API_KEY", api_key(r, provider)), "' \\\n  -H 'X-Client-Version: ",
        L("version", version(r)), "' \\\n  --data '{\"since\": \"", L("timestamp", timestamp(r)), "\"}'",
    ]  # fmt: skip


def t_invoice(r: random.Random, p: People) -> list[Seg]:
    n = p.name()
    return [
        "Summarise this bookstore invoice for ", G("PERSON", n), ":\n\nInvoice date ", L("date", date(r)), "\n1 x ISBN ",
        L("isbn", isbn(r)), "  EUR ", f"{r.randint(9, 60)}.{r.randint(0, 99):02d}", "\n1 x ISBN ", L("isbn", isbn(r)),
        "  EUR ", f"{r.randint(9, 60)}.{r.randint(0, 99):02d}", "\nPaid by card ", G("CREDIT_CARD", card(r)),
        "\nCustomer ref ", L("nonluhn", nonluhn_card_shape(r)),
    ]  # fmt: skip


def t_network_incident(r: random.Random, p: People) -> list[Seg]:
    zone = r.random() < 0.3
    v6 = ipv6(r)
    if zone:
        v6 = str(ipaddress.IPv6Address("fe80::" + ":".join(_rand(r, HEX, 4) for _ in range(4))))
    return [
        "Incident ", L("timestamp", timestamp(r)), ": the load balancer ", G("IP_ADDRESS", ipv4(r)), " started dropping "
        "traffic from ", G("IP_ADDRESS", v6), *(["%eth0"] if zone else []), " after the firmware upgrade to ",
        L("version", version(r)), ". Paging ", G("PERSON", p.name()), " on ", G("PHONE_NUMBER", phone(r, "e164")), ".",
    ]  # fmt: skip


def t_html_contact(r: random.Random, p: People) -> list[Seg]:
    n = p.name()
    return [
        'Fix the markup of this contact card:\n<div class="card"><h3>', G("PERSON", n), '</h3>\n<a href="tel:',
        G("PHONE_NUMBER", phone(r, "rfc3966")), '">call</a> | <a href="mailto:', G("EMAIL_ADDRESS", p.email(n)),
        '">mail</a>\n<small>SKU ', L("part_number", part_number(r)), " &middot; updated ", L("date", date(r)), "</small></div>",
    ]  # fmt: skip


def t_csv_export(r: random.Random, p: People) -> list[Seg]:
    segs: list[Seg] = ["Dedupe these CRM rows:\nname,phone,email,last_order\n"]
    for _ in range(2):
        n = p.name()
        segs += [G("PERSON", n), ",", G("PHONE_NUMBER", phone(r, "e164")), ",", G("EMAIL_ADDRESS", p.email(n)), ",",
                 L("order_other", order_other(r)), "\n"]  # fmt: skip
    return segs


def t_clean_lookalikes(r: random.Random, p: People) -> list[Seg]:
    return [
        "Changelog ", L("version", version(r)), " (", L("date", date(r)), "): fixed rounding in order totals, commit ",
        L("git_sha", git_sha(r, 7)), ". Migration ", L("uuid", uuid(r)), " ran at ", L("timestamp", timestamp(r)),
        ". Known issue: part ", L("part_number", part_number(r)), " shows the wrong ISBN (", L("isbn", isbn(r)),
        ") and reference ", L("nonluhn", nonluhn_card_shape(r)), " is rejected.",
    ]  # fmt: skip


def t_slack_leak(r: random.Random, p: People) -> list[Seg]:
    return [
        G("PERSON", p.name()), " posted in #deploys: \"rotated the bot token, new one is ", G("API_KEY", api_key(r, "slack")),
        " — and the JWT for the staging API is ", G("API_KEY", jwt(r, uuid(r))), "\". Can you explain why this is a problem?",
    ]  # fmt: skip


def t_bank_letter(r: random.Random, p: People) -> list[Seg]:
    n = p.name()
    return [
        "Translate into plain English:\n\nAccount holder: ", G("PERSON", n), "\nIBAN: ", G("IBAN_CODE", iban(r)),
        "\nCard: ", G("CREDIT_CARD", card(r)), "\nStatement period ", L("date", date(r)), " – ", L("date", date(r)),
        "\nDispute reference ", L("order_luhn", order_luhn(r)), "\nHotline ", G("PHONE_NUMBER", phone(r, "intl")),
    ]  # fmt: skip


def t_product_catalog(r: random.Random, p: People) -> list[Seg]:
    return [
        "Turn this into a product table:\n- Gasket set, part # ", L("part_number", part_number(r)), ", firmware ",
        L("version", version(r)), "\n- Filter, part # ", L("part_number", part_number(r)), ", batch ",
        L("nonluhn", nonluhn_card_shape(r)), "\n- Service manual, ISBN ", L("isbn", isbn(r)), ", printed ", L("date", date(r)),
    ]  # fmt: skip


def t_tracking_followup(r: random.Random, p: People) -> list[Seg]:
    return [
        "hey, my parcel ", L("tracking", tracking(r)), " says delivered but it isn't here. order was ",
        L("order_luhn", order_luhn(r)), ", paid ", L("date", date(r)), ". the other one, ", L("tracking", tracking(r)),
        ", is stuck too. you can text me on ", G("PHONE_NUMBER", phone(r)), " — ", G("PERSON", p.name()),
    ]  # fmt: skip


def t_llm_answer(r: random.Random, p: People) -> list[Seg]:
    return [
        "Sure! Here is the masked version of the record you sent:\n\n```json\n{\"id\": \"", L("uuid", uuid(r)),
        "\", \"ssn\": \"", G("US_SSN", ssn(r)), "\", \"card_last_used\": \"", L("timestamp", timestamp(r)),
        "\", \"client_ip\": \"", G("IP_ADDRESS", ipv4(r)), "\", \"schema\": \"", L("version", version(r)),
        "\"}\n```\n\nNote that I could not mask the SSN and IP address because they are in a code block.",
    ]  # fmt: skip


TEMPLATES: list[Template] = [
    t_chat, t_json_payload, t_stack_trace, t_java_trace, t_access_log, t_markdown_table, t_email_signature,
    t_dotenv, t_k8s_secret, t_ticket_de, t_ticket_fr, t_ticket_es_it_pt, t_shipping_notice, t_ci_log, t_hr_form,
    t_curl, t_invoice, t_network_incident, t_html_contact, t_csv_export, t_clean_lookalikes, t_slack_leak,
    t_bank_letter, t_product_catalog, t_tracking_followup, t_llm_answer,
]  # fmt: skip


# ----------------------------------------------------------------------------- assembly + checks


def _check_gold(kind: str, value: str) -> None:
    digits = "".join(c for c in value if c.isdigit())
    if kind == "CREDIT_CARD":
        assert luhn_ok(digits), value
    elif kind == "IBAN_CODE":
        v = value.replace(" ", "")
        assert len(v) == IBAN_LENGTHS[v[:2]] and _mod97(v[4:] + v[:4]) == 1, value
    elif kind == "US_SSN":
        a, g, s = int(digits[:3]), int(digits[3:5]), int(digits[5:])
        assert 0 < a < 900 and a != 666 and g > 0 and s > 0, value
    elif kind == "IP_ADDRESS":
        ipaddress.ip_address(value)
    elif kind == "PHONE_NUMBER" and value.startswith("+"):
        assert phonenumbers.is_valid_number(phonenumbers.parse(value)), value


def assemble(segs: list[Seg]) -> dict[str, object]:
    text = ""
    spans: list[dict[str, object]] = []
    las: list[dict[str, object]] = []
    for seg in segs:
        if isinstance(seg, str):
            text += seg
            continue
        tag, kind, value = seg
        start = len(text)
        text += value
        if tag == "G":
            _check_gold(kind, value)
            spans.append({"type": kind, "start": start, "end": len(text), "text": value})
        else:
            if kind == "order_luhn":
                assert luhn_ok(value)
            if kind == "nonluhn":
                assert not luhn_ok(value.replace(" ", "").replace("-", ""))
            las.append({"kind": kind, "start": start, "end": len(text), "text": value})
    return {"text": text, "spans": spans, "lookalikes": las}


def build() -> list[dict[str, object]]:
    r = random.Random(SEED)
    people = People(r)
    records: list[dict[str, object]] = []
    for tpl in TEMPLATES:
        for _ in range(PER_TEMPLATE):
            rec = assemble(tpl(r, people))
            records.append({"id": "", "template": tpl.__name__, **rec})
    r.shuffle(records)
    for n, rec in enumerate(records, 1):
        rec["id"] = f"heldout4-{n:04d}"
    return records


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    gold = Counter(s["type"] for r in records for s in r["spans"])  # type: ignore[attr-defined]
    las = Counter(la["kind"] for r in records for la in r["lookalikes"])  # type: ignore[attr-defined]
    print(len(records), "texts; gold", dict(gold), "; look-alikes", dict(las))
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main())
