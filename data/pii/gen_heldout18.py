"""Generate the blind PII evaluation set ``eval_heldout18.jsonl`` (driftline, session 12).

Written blind: without reading the detector, its docs, its tests or earlier data beyond the
JSON layout of one line. Python standard library only; fully deterministic (fixed seed).

Every text imitates traffic an LLM application sees (user prompts and model answers: support
chats, code/config pastes, logs, e-mails, forms, CSV/JSON/SQL rows, medical, HR, finance and
travel requests) in many languages and scripts. About 40 % of the texts contain no PII at all.
Offsets are produced by construction: a text is concatenated from pieces, and each labelled
piece records its own start/end, so ``text[start:end] == span["text"]`` always holds (asserted).

Labelling policy (decided from first principles: "would a privacy engineer redact this value?"
restricted to the eight entity types below; a span covers the value only).

General
  * A span is exactly the value: no surrounding quotes, brackets, labels ("SSN:", "tel:",
    "mailto:", "Bearer "), trailing punctuation, ports, or titles/honorifics.
  * Synthetic values only: random digits/letters in the real formats; no real people, no
    published test card numbers.
  * Look-alikes are values a detector must NOT report as any of the eight types (dates, ids,
    hashes, versions, placeholders, eponyms, brands ...). Values that are personal data of a
    type outside the eight (dates of birth, street addresses) are simply left unlabelled or,
    for dates, listed as a "date" look-alike because they must not be reported as one of the
    eight types.

EMAIL_ADDRESS  Every concrete mailbox address, personal or role-based (support@, billing@),
    because the detector cannot know who reads it. Also lightly obfuscated forms written for
    a human ("lena [at] web [dot] de") - span covers the whole obfuscated address.
    NOT: addresses on reserved example domains (example.com/.org/.net, *.example, *.test,
    *.invalid) and obvious template placeholders -> look-alike "placeholder"; git/ssh
    targets such as git@github.com:org/repo.git or deploy@host -> look-alike "git_remote" /
    "ssh_target"; npm scopes, decorators and @handles -> look-alikes.
PHONE_NUMBER  Any concrete telephone/fax/mobile number of a person or organisation, national or
    international format, any separator style; the span starts at "+" / "(" / first digit and
    ends at the last digit (a "(0)" trunk marker inside is part of the span).
    NOT: short emergency/service codes (112, 911), order/tracking/invoice numbers, epoch
    timestamps, dates.
CREDIT_CARD  A full primary account number: Luhn-valid, a real issuer prefix and length
    (Visa, Mastercard incl. 2-series, Amex, Discover, JCB, Diners, UnionPay, Maestro),
    written with or without spaces/dashes. NOT: masked numbers (**** 4821), last-4 digits,
    non-Luhn digit runs, IMEIs (Luhn-valid but device ids), EAN barcodes.
IBAN_CODE  A complete IBAN with valid country length and mod-97 check digits, grouped or
    compact. NOT: IBANs with wrong check digits ("invalid_iban"), placeholders like
    DE00 0000 ..., BIC/SWIFT codes, routing numbers.
US_SSN  A US Social Security number with a valid area (001-899 except 666), group (01-99)
    and serial (0001-9999), dashed, spaced or (with SSN context) unformatted.
    NOT: structurally invalid numbers (000/666/9xx area, 00 group, 0000 serial) ->
    "invalid_ssn"; the well-known placeholder 123-45-6789 -> "placeholder".
IP_ADDRESS  Any concrete unicast host address, IPv4 or IPv6, public or private (10/8,
    172.16/12, 192.168/16, fd00::/8 ...), because it identifies a device/network of a user or
    an organisation. Port suffixes and brackets are excluded from the span.
    NOT: loopback/unspecified (127.0.0.1, 0.0.0.0, ::1) -> "loopback"; documentation ranges
    (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) -> "doc_ip"; netmasks ->
    "netmask"; network blocks in CIDR notation -> "cidr"; dotted versions and SNMP OIDs.
API_KEY  Secret credentials and tokens: provider keys in their real formats (AWS key id and
    secret, GitHub, GitLab, Slack, Stripe secret/restricted keys incl. test mode, OpenAI,
    Anthropic, Google, SendGrid, Twilio, Mailgun, npm, PyPI, Hugging Face, DigitalOcean,
    Shopify, Atlassian, Datadog, Azure storage keys, JWT bearer tokens, generic hex/base64
    secrets assigned to *_KEY/*_TOKEN/*_SECRET variables). Span = the token only.
    Webhook URLs that embed their secret (hooks.slack.com/services/...) are labelled as a whole.
    NOT: documented example keys (AKIAIOSFODNN7EXAMPLE ...) -> "example_key"; placeholders
    (<YOUR_API_KEY>, ${OPENAI_API_KEY}, sk-xxxx) -> "placeholder"; masked keys -> "masked_key";
    public identifiers (Stripe publishable pk_ keys, object ids cus_/pi_, request ids) ->
    "publishable_key" / "object_id"; hashes, UUIDs and commit ids.
PERSON  A name (full, given, family, nickname in lower case, "SURNAME/GIVEN" airline style) that
    refers to a private individual, in any script. Titles and honorifics (Dr., Mrs., Herr,
    さん, 先生, 님) and possessive 's are excluded. NOT: eponyms (Parkinson's disease,
    Dijkstra's algorithm), brands/companies (Tim Hortons, Dr. Martens, Hilton), places
    named after people, software/tools (Jenkins, Kafka, Cassandra), AI assistant names
    (Alexa, Claude 3.5 Sonnet) and placeholder names (John Doe, Max Mustermann, 山田太郎
    in "e.g." contexts).
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import random
import string
import sys
import unicodedata
import uuid
from collections import Counter
from pathlib import Path

SEED = 18_2026_11
N_TEXTS = 1300
NEG_SHARE = 0.42
OUT = Path(__file__).resolve().parent / "eval_heldout18.jsonl"


class B:
    """Text builder that records span offsets while concatenating pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.looks: list[dict] = []

    def t(self, s: str) -> B:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def p(self, typ: str, s: str) -> B:
        self.spans.append({"type": typ, "start": self.pos, "end": self.pos + len(s), "text": s})
        return self.t(s)

    def lk(self, kind: str, s: str) -> B:
        self.looks.append({"kind": kind, "start": self.pos, "end": self.pos + len(s), "text": s})
        return self.t(s)

    # shorthands
    def name(self, s: str) -> B:
        return self.p("PERSON", s)

    def email(self, s: str) -> B:
        return self.p("EMAIL_ADDRESS", s)

    def phone(self, s: str) -> B:
        return self.p("PHONE_NUMBER", s)

    def card(self, s: str) -> B:
        return self.p("CREDIT_CARD", s)

    def iban(self, s: str) -> B:
        return self.p("IBAN_CODE", s)

    def ssn(self, s: str) -> B:
        return self.p("US_SSN", s)

    def ip(self, s: str) -> B:
        return self.p("IP_ADDRESS", s)

    def key(self, s: str) -> B:
        return self.p("API_KEY", s)

    def nl_(self) -> B:
        return self.t("\n")

    def text(self) -> str:
        return "".join(self.parts)


R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def rint(a: int, b: int) -> int:
    return R.randint(a, b)


def coin(p: float = 0.5) -> bool:
    return R.random() < p


def digits(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


def rstr(alphabet: str, n: int) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def fold(s: str) -> str:
    """ASCII-fold a Latin-script name for e-mail local parts."""
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-. '")).replace("'", "")


# ---------------------------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------------------------


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


CARD_BRANDS = [
    ("visa", ["4"], 16),
    ("visa", ["4"], 16),
    ("visa13", ["4"], 13),
    ("mc", ["51", "52", "53", "54", "55"], 16),
    ("mc2", ["2221", "2310", "2450", "2598", "2720", "2671"], 16),
    ("amex", ["34", "37"], 15),
    ("discover", ["6011", "65", "644", "649"], 16),
    ("jcb", ["3528", "3541", "3566", "3589"], 16),
    ("diners", ["36", "38", "300", "305"], 14),
    ("unionpay", ["62"], 16),
    ("unionpay19", ["62"], 19),
    ("maestro", ["6759", "5018", "5020", "6304"], 16),
]


def card_number() -> str:
    _brand, prefixes, length = ch(CARD_BRANDS)
    pre = ch(prefixes)
    body = pre + digits(length - len(pre) - 1)
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    return num


def fmt_card(num: str, style: str | None = None) -> str:
    style = style or ch(["space", "space", "dash", "plain", "space"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) in (14, 15):
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, len(num), 4))


def card() -> str:
    return fmt_card(card_number())


def non_luhn(prefix: str = "", length: int = 16) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    good = int(luhn_digit(body))
    bad = str((good + rint(1, 9)) % 10)
    num = body + bad
    assert not luhn_ok(num)
    return num


def masked_card() -> str:
    last = digits(4)
    return ch(
        [
            f"**** **** **** {last}",
            f"•••• {last}",
            f"XXXX-XXXX-XXXX-{last}",
            f"************{last}",
            f"{ch(['4', '5'])}{digits(5)}******{last}",
        ]
    )


IBAN_SPECS = {
    "DE": "18n",
    "FR": "10n11c2n",
    "GB": "4a14n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "BE": "12n",
    "CH": "5n12c",
    "AT": "16n",
    "PL": "24n",
    "PT": "21n",
    "IE": "4a14n",
    "SE": "20n",
    "NO": "11n",
    "DK": "14n",
    "FI": "14n",
    "SA": "2n18c",
    "AE": "19n",
    "TR": "5n1n16c",
    "BR": "23n1a1c",
    "GR": "7n16c",
    "RO": "4a16c",
    "HU": "24n",
    "CZ": "20n",
    "LU": "3n13c",
    "IL": "19n",
    "HR": "17n",
    "SI": "15n",
    "EE": "16n",
    "LT": "16n",
    "QA": "4a21c",
    "UA": "6n19c",
    "EG": "25n",
    "MT": "4a5n18c",
    "CY": "8n16c",
    "BG": "4a6n8c",
}


def _bban(spec: str) -> str:
    out = []
    num = ""
    for c in spec:
        if c.isdigit():
            num += c
            continue
        n = int(num)
        num = ""
        if c == "n":
            out.append(digits(n))
        elif c == "a":
            out.append(rstr(string.ascii_uppercase, n))
        else:
            out.append(rstr(UPNUM if coin(0.3) else string.digits, n))
    return "".join(out)


def _iban_mod(s: str) -> int:
    conv = "".join(str(int(c, 36)) for c in s)
    return int(conv) % 97


def iban_valid(iban: str) -> bool:
    return _iban_mod(iban[4:] + iban[:4]) == 1


def iban_raw(country: str | None = None) -> str:
    country = country or ch(list(IBAN_SPECS))
    bban = _bban(IBAN_SPECS[country])
    check = 98 - _iban_mod(bban + country + "00")
    iban = f"{country}{check:02d}{bban}"
    assert iban_valid(iban)
    return iban


def fmt_iban(raw: str, grouped: bool | None = None) -> str:
    if grouped is None:
        grouped = coin(0.65)
    if not grouped:
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban(country: str | None = None, grouped: bool | None = None) -> str:
    return fmt_iban(iban_raw(country), grouped)


def iban_invalid(country: str | None = None) -> str:
    raw = iban_raw(country)
    check = int(raw[2:4])
    bad = (check + rint(1, 40)) % 97
    if bad < 2:
        bad += 2
    raw = raw[:2] + f"{bad:02d}" + raw[4:]
    assert not iban_valid(raw)
    return fmt_iban(raw)


def ssn(style: str | None = None) -> str:
    while True:
        area = rint(1, 899)
        if area != 666:
            break
    group = rint(1, 99)
    serial = rint(1, 9999)
    if (area, group, serial) == (123, 45, 6789):
        serial = 6788
    style = style or ch(["dash", "dash", "dash", "space", "plain"])
    if style == "plain":
        return f"{area:03d}{group:02d}{serial:04d}"
    sep = "-" if style == "dash" else " "
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def ssn_invalid() -> str:
    kind = rint(0, 4)
    area, group, serial = rint(1, 899), rint(1, 99), rint(1, 9999)
    if kind == 0:
        area = 0
    elif kind == 1:
        area = 666
    elif kind == 2:
        area = rint(900, 999)
    elif kind == 3:
        group = 0
    else:
        serial = 0
    return f"{area:03d}-{group:02d}-{serial:04d}"


def ipv4_public() -> str:
    while True:
        a = rint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 0):
            continue
        return f"{a}.{rint(0, 255)}.{rint(0, 255)}.{rint(1, 254)}"


def ipv4_private() -> str:
    k = rint(0, 2)
    if k == 0:
        return f"10.{rint(0, 255)}.{rint(0, 255)}.{rint(1, 254)}"
    if k == 1:
        return f"172.{rint(16, 31)}.{rint(0, 255)}.{rint(1, 254)}"
    return f"192.168.{rint(0, 255)}.{rint(1, 254)}"


def ipv4() -> str:
    return ipv4_public() if coin(0.55) else ipv4_private()


def doc_ipv4() -> str:
    return ch(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rint(1, 254))


def _h16() -> str:
    v = rint(0, 0xFFFF)
    return f"{v:x}"


def ipv6() -> str:
    k = rint(0, 5)
    if k == 0:  # full global
        first = f"{rint(0x2400, 0x2A0F):x}"
        groups = [first] + [_h16() for _ in range(7)]
        return ":".join(groups)
    if k == 1:  # compressed global
        first = ch(["2a01", "2a02", "2604", "2607", "2001:4860", "2a00", "2c0f", "2406", "2803"])
        head = [first] + [_h16() for _ in range(rint(1, 2))]
        tail = [_h16() for _ in range(rint(1, 3))]
        return ":".join(head) + "::" + ":".join(tail)
    if k == 2:  # ULA
        return f"fd{rint(0, 255):02x}:{_h16()}:{_h16()}::{_h16()}"
    if k == 3:  # link-local
        return f"fe80::{_h16()}:{rint(0x100, 0xFFF):x}ff:fe{rint(0, 255):02x}:{_h16()}"
    if k == 4:  # upper-case full
        first = f"{rint(0x2600, 0x2A0F):X}"
        return ":".join([first] + [f"{rint(0, 0xFFFF):04X}" for _ in range(7)])
    return f"2a0{rint(0, 9)}:{_h16()}:{_h16()}:{_h16()}::{rint(1, 255):x}"


def ip_any() -> str:
    return ipv6() if coin(0.25) else ipv4()


def mac() -> str:
    octets = [f"{rint(0, 255):02x}" for _ in range(6)]
    k = rint(0, 2)
    if k == 0:
        return ":".join(octets)
    if k == 1:
        return "-".join(o.upper() for o in octets)
    return ".".join("".join(octets[i : i + 2]) for i in range(0, 6, 2))


def uuid4() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def sha(n: int = 40) -> str:
    return rstr(HEX, n)


def isbn13() -> str:
    body = ch(["978", "979"]) + digits(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    full = body + str(chk)
    if coin(0.6):
        return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"
    return full


def isbn10() -> str:
    body = digits(9)
    s = sum(int(c) * (10 - i) for i, c in enumerate(body))
    chk = (11 - s % 11) % 11
    c = "X" if chk == 10 else str(chk)
    return f"{body[0]}-{body[1:4]}-{body[4:9]}-{c}"


def ean13() -> str:
    body = ch(["40", "50", "76", "80", "84", "87", "90", "30", "69", "49"]) + digits(10)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def imei() -> str:
    body = ch(["35", "86", "35", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


def version() -> str:
    k = rint(0, 6)
    if k == 0:
        return f"{rint(0, 5)}.{rint(0, 30)}.{rint(0, 20)}"
    if k == 1:
        return f"v{rint(1, 4)}.{rint(0, 19)}.{rint(0, 9)}"
    if k == 2:
        return f"{rint(1, 3)}.{rint(0, 12)}.{rint(0, 9)}-{ch(['rc', 'beta', 'alpha'])}.{rint(1, 4)}"
    if k == 3:
        return f"{rint(1, 9)}.{rint(0, 9)}.{rint(0, 9)}.{rint(0, 99)}"
    if k == 4:
        return f"{rint(100, 131)}.0.{rint(4000, 6999)}.{rint(10, 250)}"
    if k == 5:
        return f"{rint(2019, 2026)}.{rint(1, 12)}.{rint(0, 4)}"
    return f"{rint(0, 2)}.{rint(0, 99)}.{rint(0, 99)}.post{rint(1, 3)}"


def date_str(cjk: bool = False) -> str:
    y, m, d = rint(2021, 2026), rint(1, 12), rint(1, 28)
    k = 6 if cjk else rint(0, 5)
    if k == 0:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 1:
        return f"{d:02d}.{m:02d}.{y}"
    if k == 2:
        return f"{m:02d}/{d:02d}/{y}"
    if k == 3:
        return f"{d}/{m}/{y}"
    if k == 4:
        return f"{y}/{m:02d}/{d:02d}"
    if k == 5:
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        return f"{d} {mon} {y}"
    return f"{y}年{m}月{d}日"


def dob() -> str:
    y, m, d = rint(1938, 2006), rint(1, 12), rint(1, 28)
    return ch([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}/{m:02d}/{y}"])


def timestamp() -> str:
    y, mo, d = rint(2023, 2026), rint(1, 12), rint(1, 28)
    h, mi, s = rint(0, 23), rint(0, 59), rint(0, 59)
    k = rint(0, 4)
    if k == 0:
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
    if k == 1:
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{rint(0, 999):03d}"
    if k == 2:
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rint(0, 999999):06d}+00:00"
    if k == 3:
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
        return f"{d:02d}/{mon}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"
    return f"{h:02d}:{mi:02d}:{s:02d}.{rint(0, 999):03d}"


def apache_ts() -> str:
    y, mo, d = rint(2023, 2026), rint(1, 12), rint(1, 28)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
    return f"{d:02d}/{mon}/{y}:{rint(0, 23):02d}:{rint(0, 59):02d}:{rint(0, 59):02d} +0000"


def iso_ts() -> str:
    return (
        f"{rint(2023, 2026)}-{rint(1, 12):02d}-{rint(1, 28):02d}T{rint(0, 23):02d}:{rint(0, 59):02d}:"
        f"{rint(0, 59):02d}.{rint(0, 999):03d}Z"
    )


def epoch() -> str:
    return str(rint(1_650_000_000, 1_790_000_000)) + (digits(3) if coin(0.4) else "")


def order_no() -> str:
    k = rint(0, 6)
    if k == 0:
        return f"#{rint(100000, 9999999)}"
    if k == 1:
        return f"ORD-{rint(2023, 2026)}-{digits(6)}"
    if k == 2:
        return f"{digits(3)}-{digits(7)}-{digits(7)}"  # marketplace style
    if k == 3:
        return f"A{digits(9)}"
    if k == 4:
        return f"{rint(10, 99)}{digits(8)}"
    if k == 5:
        return f"SO{digits(8)}"
    return f"#{rstr(string.ascii_uppercase, 2)}{digits(5)}"


def tracking_no() -> tuple[str, str]:
    k = rint(0, 4)
    if k == 0:
        return "UPS", "1Z" + rstr(UPNUM, 6) + digits(10)
    if k == 1:
        return "USPS", "9400 " + " ".join(digits(4) for _ in range(4)) + " " + digits(2)
    if k == 2:
        return "FedEx", digits(12)
    if k == 3:
        return "DHL", digits(10)
    return "Royal Mail", rstr(string.ascii_uppercase, 2) + digits(9) + "GB"


def invoice_no() -> str:
    return ch(
        [f"INV-{digits(6)}", f"RE-{rint(2023, 2026)}-{digits(4)}", f"F{rint(2024, 2026)}/{digits(5)}", f"{digits(8)}"]
    )


def ticket_id() -> str:
    return f"{ch(['OPS', 'SUP', 'PLAT', 'BUG', 'INC', 'DATA', 'SEC', 'HR'])}-{rint(10, 9999)}"


def flight_no() -> str:
    airline = ch(["LH", "BA", "AF", "UA", "TK", "EK", "QR", "NH", "KE", "LA", "AC", "IB", "KL", "SQ", "ET"])
    return f"{airline}{rint(10, 9999)}"


def pnr() -> str:
    return rstr("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def sku() -> str:
    return f"{rstr(string.ascii_uppercase, 3)}-{digits(4)}-{rstr(UPNUM, 2)}"


def money() -> str:
    return ch(["$", "€", "£", ""]) + f"{rint(5, 9999)}.{rint(0, 99):02d}"


def routing_no() -> str:
    # ABA routing number with valid checksum (bank identifier, not personal)
    d = [int(c) for c in ch(["0", "1", "2", "3"]) + digits(7)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def bic() -> str:
    return (
        rstr(string.ascii_uppercase, 4)
        + ch(["DE", "FR", "GB", "NL", "ES", "IT", "CH", "AT"])
        + rstr(UPNUM, 2)
        + (rstr(UPNUM, 3) if coin() else "")
    )


# ---------------------------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------------------------

PHONE_FORMATS = {
    "US": [
        "+1 (NDD) NDD-DDDD",
        "+1-NDD-NDD-DDDD",
        "(NDD) NDD-DDDD",
        "NDD.NDD.DDDD",
        "+1 NDD NDD DDDD",
        "+1NDDNDDDDDD",
        "NDD-NDD-DDDD",
    ],
    "CA": ["+1 (NDD) NDD-DDDD", "+1 NDD-NDD-DDDD"],
    "GB": [
        "+44 7DDD DDDDDD",
        "07DDD DDDDDD",
        "+44 (0)20 NDDD DDDD",
        "+44 161 NDD DDDD",
        "+447DDDDDDDDD",
        "0113 NDD DDDD",
    ],
    "DE": [
        "+49 15D DDDDDDDD",
        "+49 (0)30 DDDDDDDD",
        "0171 DDDDDDD",
        "+49 89 DDDDDDD",
        "030/DDDDDDDD",
        "+49-172-DDDDDDD",
        "0176-DDDDDDDD",
    ],
    "FR": [
        "+33 6 DD DD DD DD",
        "06 DD DD DD DD",
        "+33 (0)1 DD DD DD DD",
        "07.DD.DD.DD.DD",
        "+33 7 DD DD DD DD",
        "+336DDDDDDDD",
    ],
    "ES": ["+34 6DD DDD DDD", "+34 91 DDD DD DD", "6DD DD DD DD", "+34 6DD-DD-DD-DD"],
    "IT": ["+39 3DD DDD DDDD", "+39 06 DDDD DDDD", "3DD DDDDDDD", "+39 02 DDDDDDDD"],
    "NL": ["+31 6 DDDDDDDD", "06-DDDDDDDD", "+31 20 DDD DDDD", "+31 (0)6 DDDD DDDD"],
    "PL": ["+48 5DD DDD DDD", "+48 6DD-DDD-DDD", "+48 22 DDD DD DD", "5DD DDD DDD"],
    "PT": ["+351 91D DDD DDD", "+351 21D DDD DDD", "96D DDD DDD"],
    "BR": ["+55 11 9DDDD-DDDD", "(21) 9DDDD-DDDD", "+55 (31) 9DDDD-DDDD", "+5511 9DDDDDDDD", "(11) 3DDD-DDDD"],
    "MX": ["+52 55 DDDD DDDD", "+52 1 33 DDDD DDDD", "(55) DDDD-DDDD", "+52 81 DDDD-DDDD"],
    "AR": ["+54 9 11 DDDD-DDDD", "011 DDDD-DDDD"],
    "CO": ["+57 3DD DDD DDDD", "+57 (601) DDD DDDD"],
    "IN": ["+91 9DDDD DDDDD", "+91-8DDDDDDDDD", "09DDDDDDDDD", "+91 7DDDD-DDDDD", "+91 22 DDDD DDDD"],
    "CN": ["+86 13D DDDD DDDD", "+86 18D-DDDD-DDDD", "13DDDDDDDDD", "+86 10 DDDD DDDD", "(021) DDDD DDDD"],
    "JP": ["+81 90-DDDD-DDDD", "090-DDDD-DDDD", "03-DDDD-DDDD", "+81 3 DDDD DDDD", "080-DDDD-DDDD", "06-DDDD-DDDD"],
    "KR": ["+82 10-DDDD-DDDD", "010-DDDD-DDDD", "+82 2-DDD-DDDD", "02-DDDD-DDDD", "010 DDDD DDDD"],
    "AU": ["+61 4DD DDD DDD", "04DD DDD DDD", "(02) NDDD DDDD", "+61 2 NDDD DDDD", "+61 (0)3 NDDD DDDD"],
    "RU": ["+7 (9DD) DDD-DD-DD", "8 (9DD) DDD-DD-DD", "+7 495 DDD-DD-DD", "+79DDDDDDDDD", "8-9DD-DDD-DD-DD"],
    "UA": ["+380 67 DDD DD DD", "+380 (50) DDD-DD-DD", "067 DDD DD DD"],
    "TR": ["+90 5DD DDD DD DD", "0 (5DD) DDD DD DD", "+90 212 DDD DD DD", "05DD DDD DD DD"],
    "AE": ["+971 5D DDD DDDD", "+971 4 DDD DDDD", "05D DDD DDDD"],
    "SA": ["+966 5D DDD DDDD", "+966 11 DDD DDDD", "05D DDD DDDD"],
    "EG": ["+20 1D DDDD DDDD", "+20 2 DDDD DDDD", "01D DDDD DDDD"],
    "IL": ["+972 5D-DDD-DDDD", "05D-DDD-DDDD", "+972 3-DDD-DDDD"],
    "NG": ["+234 80D DDD DDDD", "080D DDD DDDD", "+234 (0) 70D DDD DDDD"],
    "KE": ["+254 7DD DDDDDD", "07DD DDD DDD", "+254 7DD DDD DDD"],
    "ZA": ["+27 8D DDD DDDD", "+27 (0)21 DDD DDDD", "08D DDD DDDD"],
    "SE": ["+46 7D-DDD DD DD", "07D-DDD DD DD", "+46 8 DDD DDD DD"],
    "NO": ["+47 4DD DD DDD", "+47 9DD DD DDD"],
    "CH": ["+41 7D DDD DD DD", "+41 44 DDD DD DD", "07D DDD DD DD"],
    "GR": ["+30 69D DDD DDDD", "+30 21D DDD DDDD"],
    "VN": ["+84 9D DDD DD DD", "09D DDD DDDD", "+84 (0)9D DDD DDDD"],
    "TH": ["+66 8D DDD DDDD", "08D-DDD-DDDD"],
    "ID": ["+62 812-DDDD-DDDD", "0812 DDDD DDDD", "+62 21 DDDD DDDD"],
    "PH": ["+63 9DD DDD DDDD", "09DD DDD DDDD"],
    "PK": ["+92 3DD DDDDDDD", "03DD-DDDDDDD"],
    "SG": ["+65 9DDD DDDD", "+65 8DDD DDDD", "+65 6DDD DDDD"],
    "IE": ["+353 8D DDD DDDD", "08D DDD DDDD"],
    "BE": ["+32 4DD DD DD DD", "04DD/DD.DD.DD"],
    "AT": ["+43 66D DDDDDDD", "+43 1 DDDDDDD"],
    "CZ": ["+420 6DD DDD DDD", "+420 7DD DDD DDD"],
    "MA": ["+212 6DD-DDDDDD", "06DD-DDDDDD"],
}


def phone(cc: str | None = None) -> str:
    cc = cc or ch(list(PHONE_FORMATS))
    pat = ch(PHONE_FORMATS[cc])
    out = []
    for c in pat:
        if c == "D":
            out.append(R.choice(string.digits))
        elif c == "N":
            out.append(R.choice("23456789"))
        else:
            out.append(c)
    return "".join(out)


def e164(ph: str) -> str:
    """Normalise an international number to E.164-like compact form (national numbers stay as written)."""
    if not ph.startswith("+"):
        return ph
    return "+" + "".join(c for c in ph.replace("(0)", "") if c.isdigit())


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------


class Person:
    def __init__(self, full: str, first: str, last: str, rfirst: str, rlast: str, culture: str) -> None:
        self.full = full
        self.first = first
        self.last = last
        self.rfirst = rfirst
        self.rlast = rlast
        self.culture = culture


LATIN = {
    "en": (
        "Emily James Olivia Liam Hannah Connor Megan Tyler Grace Ethan Abigail Caleb Rose Mark Will Brianna Dustin "
        "Kayla Trevor Shannon Colin Maddie Wesley Harriet Gavin Lorna",
        "Whitaker Brennan Holloway Fairbanks Carver Pruitt Dunmore Ashworth McAllister O'Donnell Thornbury Kettering "
        "Redfern Blackwood Haskins Merriweather Cole Garvey Penhaligon Stroud",
    ),
    "es": (
        "Lucía Mateo Valentina Santiago Ximena Joaquín Camila Diego Renata Alejandro Itziar Nicolás Paloma Germán",
        "Herrera Soto;de la Cruz;Ibáñez;Fuentes;Quiroga;Castañeda;Villalobos;Ortega Ruiz;Montoya;Zúñiga;"
        "Echeverría;Salcedo",
    ),
    "pt": (
        "João Letícia Thiago Beatriz Gonçalo Mariana Rafael Inês Caio Luíza Vinícius Tânia",
        "Souza;Carvalho;Pereira da Silva;Nogueira;Albuquerque;Figueiredo;Magalhães;Teixeira;Assunção;Brandão",
    ),
    "de": (
        "Jonas Lena Matthias Annika Jürgen Sophie Lukas Friederike Björn Katrin Malte Wiebke Horst Ute",
        "Schröder;Vogel;Hoffmann;Weißenborn;Kühn;von Ahlen;Brandstätter;Lindemann;Gräf;Oberhuber;Zimmermann;Eßer",
    ),
    "fr": (
        "Théo Camille Mathilde Baptiste Élodie Jean-Luc Anaïs Rémi Solène Gaëtan Margaux Yannick",
        "Lefèvre;Dubois;Girard;Moreau;Chevalier;Fontaine;Beaumont;Garnier;Lemaître;Rivière;N'Diaye;Perrin",
    ),
    "it": (
        "Giulia Lorenzo Chiara Matteo Francesca Davide Alessia Gianluca Serena Tommaso",
        "Esposito;Bianchi;Ferraro;Conti;De Luca;Marchetti;Colombo;Rinaldi;Galli;D'Amico",
    ),
    "nl": (
        "Sanne Daan Femke Jeroen Thijs Lotte Maarten Ilse Joost Noor",
        "de Vries;van Dijk;Bakker;Visser;van der Meer;Jansen;Smit;Mulder;de Groot;Verhoeven",
    ),
    "pl": (
        "Zofia Krzysztof Agnieszka Paweł Tomasz Joanna Łukasz Katarzyna",
        "Kowalczyk;Nowak;Wójcik;Kamińska;Dąbrowski;Zając;Grabowski;Mazur",
    ),
    "tr": (
        "Elif Emre Zeynep Burak Gülsen Mehmet Ayşe Oğuz Deniz Cem",
        "Yılmaz;Aydın;Öztürk;Çelik;Kaya;Şahin;Demir;Arslan;Koç;Güneş",
    ),
    "sv": (
        "Astrid Oskar Linnea Nils Maja Viktor Sigrid Henrik",
        "Lindqvist;Bergström;Sjöberg;Åkesson;Nyström;Holmgren;Ekdahl",
    ),
    "ng": (
        "Chinedu Amara Oluwaseun Ngozi Emeka Folake Tunde Chiamaka Ifeanyi Yetunde",
        "Okafor;Adeyemi;Nwosu;Balogun;Eze;Okonkwo;Adebayo;Ogunleye;Obi",
    ),
    "ke": (
        "Wanjiru Otieno Akinyi Kipchoge Njeri Mwangi Atieno Barasa",
        "Kamau;Odhiambo;Wambui;Kariuki;Chebet;Mutua;Ndungu",
    ),
    "ar_l": (
        "Omar Layla Youssef Fatima Karim Noura Hassan Rania Tariq Amira Khalid Salma",
        "Al-Masri;El-Sayed;Haddad;Khoury;Benali;Al-Rashid;Mansour;Nasser;Bouzid;Farouk",
    ),
    "in_l": (
        "Priya Arjun Ananya Rohan Kavya Vikram Sneha Aditya Meera Rahul Deepika Siddharth",
        "Nair;Sharma;Iyer;Reddy;Banerjee;Patel;Menon;Chatterjee;Kulkarni;Gupta;Krishnan",
    ),
    "vi": (
        "Nguyễn Văn An;Trần Thị Mai;Lê Hoàng Nam;Phạm Thu Hà;Võ Minh Khoa;Đặng Ngọc Lan;Bùi Quang Huy",
        "",
    ),
}

# non-Latin full names: display | display-callname | romanised "Given Family"
NONLATIN = {
    "ru": [
        ("Анастасия Волкова", "Анастасия", "Anastasia Volkova"),
        ("Дмитрий Соколов", "Дмитрий", "Dmitry Sokolov"),
        ("Екатерина Морозова", "Екатерина", "Ekaterina Morozova"),
        ("Сергей Кузнецов", "Сергей", "Sergey Kuznetsov"),
        ("Ольга Лебедева", "Ольга", "Olga Lebedeva"),
        ("Алексей Новиков", "Алексей", "Alexey Novikov"),
        ("Ирина Павлова", "Ирина", "Irina Pavlova"),
        ("Максим Фёдоров", "Максим", "Maxim Fedorov"),
        ("Наталья Смирнова", "Наталья", "Natalya Smirnova"),
    ],
    "uk": [
        ("Олена Коваленко", "Олена", "Olena Kovalenko"),
        ("Тарас Шевчук", "Тарас", "Taras Shevchuk"),
        ("Ярослава Бондаренко", "Ярослава", "Yaroslava Bondarenko"),
        ("Богдан Ткаченко", "Богдан", "Bohdan Tkachenko"),
    ],
    "el": [
        ("Νίκος Παπαδόπουλος", "Νίκος", "Nikos Papadopoulos"),
        ("Ελένη Γεωργίου", "Ελένη", "Eleni Georgiou"),
        ("Δημήτρης Οικονόμου", "Δημήτρης", "Dimitris Oikonomou"),
        ("Κατερίνα Βλάχου", "Κατερίνα", "Katerina Vlachou"),
    ],
    "ar": [
        ("محمد العلي", "محمد", "Mohammed Al-Ali"),
        ("فاطمة الزهراني", "فاطمة", "Fatima Al-Zahrani"),
        ("أحمد منصور", "أحمد", "Ahmed Mansour"),
        ("ليلى حداد", "ليلى", "Layla Haddad"),
        ("يوسف القحطاني", "يوسف", "Youssef Al-Qahtani"),
        ("نور الهاشمي", "نور", "Nour Al-Hashimi"),
        ("سارة الشمري", "سارة", "Sara Al-Shammari"),
    ],
    "he": [
        ("יעל כהן", "יעל", "Yael Cohen"),
        ("אורי לוי", "אורי", "Uri Levi"),
        ("נועה מזרחי", "נועה", "Noa Mizrahi"),
        ("איתי פרידמן", "איתי", "Itai Friedman"),
    ],
    "hi": [
        ("राहुल शर्मा", "राहुल", "Rahul Sharma"),
        ("प्रिया वर्मा", "प्रिया", "Priya Verma"),
        ("अमित कुमार", "अमित", "Amit Kumar"),
        ("सुनीता यादव", "सुनीता", "Sunita Yadav"),
        ("विकास गुप्ता", "विकास", "Vikas Gupta"),
    ],
    "zh": [
        ("王伟", "王伟", "Wei Wang"),
        ("李娜", "李娜", "Na Li"),
        ("张晓明", "张晓明", "Xiaoming Zhang"),
        ("刘洋", "刘洋", "Yang Liu"),
        ("陈静怡", "陈静怡", "Jingyi Chen"),
        ("赵子涵", "赵子涵", "Zihan Zhao"),
        ("黄志强", "黄志强", "Zhiqiang Huang"),
        ("周婷", "周婷", "Ting Zhou"),
    ],
    "ja": [
        ("佐藤 健", "佐藤", "Ken Sato"),
        ("鈴木 美咲", "鈴木", "Misaki Suzuki"),
        ("高橋 翔太", "高橋", "Shota Takahashi"),
        ("田中 由美", "田中", "Yumi Tanaka"),
        ("伊藤 大輔", "伊藤", "Daisuke Ito"),
        ("渡辺 さくら", "渡辺", "Sakura Watanabe"),
        ("中村 拓也", "中村", "Takuya Nakamura"),
    ],
    "ko": [
        ("김민준", "민준", "Minjun Kim"),
        ("이서연", "서연", "Seoyeon Lee"),
        ("박지훈", "지훈", "Jihoon Park"),
        ("최수빈", "수빈", "Subin Choi"),
        ("정하은", "하은", "Haeun Jung"),
        ("강도윤", "도윤", "Doyun Kang"),
    ],
    "th": [
        ("สมชาย ใจดี", "สมชาย", "Somchai Jaidee"),
        ("สุดารัตน์ วงศ์สวัสดิ์", "สุดารัตน์", "Sudarat Wongsawat"),
        ("ธนพล ศรีสุข", "ธนพล", "Thanaphon Srisuk"),
    ],
}


def _split_list(s: str) -> list[str]:
    return s.split(";") if ";" in s else s.split()


def person(culture: str | None = None) -> Person:
    if culture is None:
        culture = ch(list(LATIN) + list(LATIN) + list(NONLATIN))
    if culture in NONLATIN:
        full, call, roman = ch(NONLATIN[culture])
        rf, rl = roman.split(" ", 1)
        last = full.split(" ")[-1] if " " in full else full
        return Person(full, call, last, rf, rl, culture)
    if culture == "vi":
        full = ch(_split_list(LATIN["vi"][0]))
        parts = full.split()
        return Person(full, parts[-1], parts[0], fold(parts[-1]), fold(parts[0]), culture)
    given, family = LATIN[culture]
    first = ch(_split_list(given))
    last = ch(_split_list(family))
    return Person(f"{first} {last}", first, last, fold(first), fold(last), culture)


def person_latin() -> Person:
    return person(ch([c for c in LATIN if c != "vi"]))


FREEMAIL = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.com",
    "icloud.com",
    "proton.me",
    "protonmail.com",
    "aol.com",
    "gmx.net",
    "zoho.com",
]
LOCALMAIL = {
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr"],
    "es": ["hotmail.es", "telefonica.net", "yahoo.es"],
    "pt": ["uol.com.br", "sapo.pt", "bol.com.br", "terra.com.br"],
    "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "tr": ["yandex.com.tr", "hotmail.com.tr"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"],
    "uk": ["ukr.net", "i.ua"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"],
    "ko": ["naver.com", "daum.net", "hanmail.net"],
    "in_l": ["rediffmail.com", "yahoo.co.in"],
    "sv": ["telia.com", "bredband.net"],
    "el": ["otenet.gr", "yahoo.gr"],
    "he": ["walla.co.il", "012.net.il"],
}
COMPANY_DOMAINS = [
    "northwind-logistics.com",
    "helio-bank.de",
    "kestrelapps.io",
    "brightpath.co.uk",
    "quillstack.dev",
    "marrowgate.com",
    "tidewater-health.org",
    "solvik.se",
    "orbisfreight.nl",
    "lumenfield.ai",
    "caravel-hr.com",
    "pinecrest-clinic.com",
    "atelier-rivoire.fr",
    "grupo-altamar.es",
    "vendaval.com.br",
    "sakura-denki.co.jp",
    "hanbit-soft.co.kr",
    "mizan-trading.ae",
    "dnipro-it.com.ua",
    "nordlicht-versicherung.de",
    "opalinetravel.com",
    "riverbend.edu",
    "gostream.tv",
    "finchpay.io",
    "borealis-energy.no",
    "cedarline.ca",
    "masala-labs.in",
    "tanuki.studio",
]


def email_for(pn: Person | None = None, company: bool | None = None) -> str:
    pn = pn or person()
    f = pn.rfirst.lower().replace(" ", "").replace("'", "")
    la = pn.rlast.lower().replace(" ", "").replace("'", "")
    k = rint(0, 7)
    if k == 0:
        local = f"{f}.{la}"
    elif k == 1:
        local = f"{f[0]}{la}"
    elif k == 2:
        local = f"{f}{la}{rint(1, 99)}"
    elif k == 3:
        local = f"{f}_{la}"
    elif k == 4:
        local = f"{f}.{la}+{ch(['shop', 'news', 'bank', 'work', 'travel', 'amzn'])}"
    elif k == 5:
        local = f"{la}.{f}"
    elif k == 6:
        local = f"{f}{rint(1970, 2005)}"
    else:
        local = f"{f[:3]}{la[:4]}{rint(10, 999)}"
    local = local.replace("-", ch(["-", ""]))
    if company is None:
        company = coin(0.35)
    if company:
        dom = ch(COMPANY_DOMAINS)
    elif pn.culture in LOCALMAIL and coin(0.6):
        dom = ch(LOCALMAIL[pn.culture])
    else:
        dom = ch(FREEMAIL)
    addr = f"{local}@{dom}"
    if coin(0.05):
        addr = addr.upper() if coin(0.3) else addr[0].upper() + addr[1:]
    return addr


def role_email() -> str:
    local = ch(["support", "billing", "hr", "info", "careers", "privacy", "ops-alerts", "contact", "reservas"])
    return f"{local}@{ch(COMPANY_DOMAINS)}"


def placeholder_email() -> str:
    return ch(
        [
            "user@example.com",
            "jane.doe@example.org",
            "you@example.com",
            "name@company.example",
            "test@test.test",
            "foo@bar.invalid",
            "admin@example.net",
            "someone@example.com",
        ]
    )


# ---------------------------------------------------------------------------------------------
# API keys and secrets
# ---------------------------------------------------------------------------------------------


def jwt() -> str:
    def b64u(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    head = b64u({"alg": ch(["HS256", "RS256", "ES256"]), "typ": "JWT"})
    body = b64u({"sub": uuid4(), "iat": rint(1_700_000_000, 1_780_000_000), "scope": ch(["read", "admin", "api"])})
    sig = rstr(B64URL, ch([43, 43, 86]))
    return f"{head}.{body}.{sig}"


def api_key(provider: str | None = None) -> tuple[str, str, str]:
    """Return (provider, env var name, key)."""
    providers = [
        "aws_id",
        "aws_secret",
        "github",
        "github_fine",
        "gitlab",
        "slack_bot",
        "slack_user",
        "slack_webhook",
        "stripe_sk",
        "stripe_rk",
        "stripe_test",
        "openai",
        "openai_proj",
        "anthropic",
        "google",
        "sendgrid",
        "twilio",
        "mailgun",
        "npm",
        "pypi",
        "hf",
        "digitalocean",
        "shopify",
        "atlassian",
        "datadog",
        "azure",
        "jwt",
        "generic_hex",
        "generic_b64",
        "gcp_oauth",
        "discord_bot",
        "telegram",
        "linear",
        "notion",
        "square",
        "age_secret",
        "groq",
        "mistral",
        "postman",
        "doppler",
        "vercel",
    ]
    provider = provider or ch(providers)
    if provider == "aws_id":
        return provider, "AWS_ACCESS_KEY_ID", ch(["AKIA", "ASIA"]) + rstr(string.ascii_uppercase + "234567", 16)
    if provider == "aws_secret":
        return provider, "AWS_SECRET_ACCESS_KEY", rstr(string.ascii_letters + string.digits + "+/", 40)
    if provider == "github":
        return provider, "GITHUB_TOKEN", ch(["ghp_", "gho_", "ghs_", "ghu_"]) + rstr(ALNUM, 36)
    if provider == "github_fine":
        return provider, "GH_TOKEN", "github_pat_" + rstr(UPNUM, 22) + "_" + rstr(ALNUM, 59)
    if provider == "gitlab":
        return provider, "GITLAB_TOKEN", "glpat-" + rstr(ALNUM + "-_", 20)
    if provider == "slack_bot":
        return provider, "SLACK_BOT_TOKEN", f"xoxb-{digits(11)}-{digits(13)}-{rstr(ALNUM, 24)}"
    if provider == "slack_user":
        return provider, "SLACK_USER_TOKEN", f"xoxp-{digits(11)}-{digits(11)}-{digits(13)}-{rstr(HEX, 32)}"
    if provider == "slack_webhook":
        return (
            provider,
            "SLACK_WEBHOOK_URL",
            f"https://hooks.slack.com/services/T{rstr(UPNUM, 8)}/B{rstr(UPNUM, 10)}/{rstr(ALNUM, 24)}",
        )
    if provider == "stripe_sk":
        return provider, "STRIPE_SECRET_KEY", "sk_live_" + rstr(ALNUM, ch([24, 99]))
    if provider == "stripe_rk":
        return provider, "STRIPE_RESTRICTED_KEY", "rk_live_" + rstr(ALNUM, 99)
    if provider == "stripe_test":
        return provider, "STRIPE_KEY", "sk_test_" + rstr(ALNUM, ch([24, 99]))
    if provider == "openai":
        return provider, "OPENAI_API_KEY", "sk-" + rstr(ALNUM, 20) + "T3BlbkFJ" + rstr(ALNUM, 20)
    if provider == "openai_proj":
        return provider, "OPENAI_API_KEY", "sk-proj-" + rstr(ALNUM + "-_", 156)
    if provider == "anthropic":
        return provider, "ANTHROPIC_API_KEY", "sk-ant-api03-" + rstr(ALNUM + "-_", 93) + "AA"
    if provider == "google":
        return provider, "GOOGLE_API_KEY", "AIza" + rstr(ALNUM + "-_", 35)
    if provider == "sendgrid":
        return provider, "SENDGRID_API_KEY", "SG." + rstr(ALNUM + "-_", 22) + "." + rstr(ALNUM + "-_", 43)
    if provider == "twilio":
        return provider, "TWILIO_API_KEY_SECRET", "SK" + rstr(HEX, 32)
    if provider == "mailgun":
        return provider, "MAILGUN_API_KEY", "key-" + rstr(HEX, 32)
    if provider == "npm":
        return provider, "NPM_TOKEN", "npm_" + rstr(ALNUM, 36)
    if provider == "pypi":
        return provider, "PYPI_TOKEN", "pypi-AgEIcHlwaS5vcmc" + rstr(B64URL, 150)
    if provider == "hf":
        return provider, "HF_TOKEN", "hf_" + rstr(string.ascii_letters, 34)
    if provider == "digitalocean":
        return provider, "DIGITALOCEAN_TOKEN", "dop_v1_" + rstr(HEX, 64)
    if provider == "shopify":
        return provider, "SHOPIFY_ACCESS_TOKEN", ch(["shpat_", "shpca_", "shppa_"]) + rstr(HEX, 32)
    if provider == "atlassian":
        return provider, "JIRA_API_TOKEN", "ATATT3xFfGF0" + rstr(ALNUM + "-_", 170) + "=" + rstr(UPNUM, 8)
    if provider == "datadog":
        return provider, "DD_API_KEY", rstr(HEX, 32)
    if provider == "azure":
        return provider, "AZURE_STORAGE_KEY", rstr(B64, 86) + "=="
    if provider == "jwt":
        return provider, "AUTH_TOKEN", jwt()
    if provider == "generic_hex":
        return (
            provider,
            ch(["SECRET_KEY", "APP_SECRET", "WEBHOOK_SECRET", "SESSION_SECRET"]),
            rstr(HEX, ch([32, 48, 64])),
        )
    if provider == "generic_b64":
        return provider, ch(["JWT_SECRET", "ENCRYPTION_KEY", "SIGNING_KEY"]), rstr(B64, 43) + "="
    if provider == "gcp_oauth":
        return provider, "GOOGLE_CLIENT_SECRET", "GOCSPX-" + rstr(ALNUM + "-_", 28)
    if provider == "discord_bot":
        return (
            provider,
            "DISCORD_TOKEN",
            (ch(["MT", "OD", "Nz"]) + rstr(ALNUM, 24) + "." + rstr(ALNUM + "-_", 6) + "." + rstr(ALNUM + "-_", 38)),
        )
    if provider == "telegram":
        return provider, "TELEGRAM_BOT_TOKEN", f"{rint(1_000_000_000, 7_999_999_999)}:AA{rstr(ALNUM + '-_', 33)}"
    if provider == "linear":
        return provider, "LINEAR_API_KEY", "lin_api_" + rstr(ALNUM, 40)
    if provider == "notion":
        return provider, "NOTION_TOKEN", "secret_" + rstr(ALNUM, 43)
    if provider == "square":
        return provider, "SQUARE_ACCESS_TOKEN", "EAAA" + rstr(ALNUM + "-_", 60)
    if provider == "age_secret":
        return provider, "SOPS_AGE_KEY", "AGE-SECRET-KEY-1" + rstr("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    if provider == "groq":
        return provider, "GROQ_API_KEY", "gsk_" + rstr(ALNUM, 52)
    if provider == "mistral":
        return provider, "MISTRAL_API_KEY", rstr(ALNUM, 32)
    if provider == "postman":
        return provider, "POSTMAN_API_KEY", f"PMAK-{rstr(HEX, 24)}-{rstr(HEX, 34)}"
    if provider == "doppler":
        return provider, "DOPPLER_TOKEN", "dp.st." + ch(["prd", "dev", "stg"]) + "." + rstr(ALNUM, 43)
    return provider, "VERCEL_TOKEN", rstr(ALNUM, 24)


EXAMPLE_KEYS = [
    ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
    ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("AWS_ACCESS_KEY_ID", "AKIAI44QH8DHBEXAMPLE"),
    ("AWS_SECRET_ACCESS_KEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"),
]


def placeholder_key() -> str:
    return ch(
        [
            "<YOUR_API_KEY>",
            "${OPENAI_API_KEY}",
            "sk-xxxxxxxxxxxxxxxxxxxxxxxx",
            "your-api-key-here",
            "YOUR_TOKEN_HERE",
            "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "sk_live_...",
            "{{ secrets.STRIPE_KEY }}",
            "$GITHUB_TOKEN",
            "<redacted>",
            "xoxb-your-bot-token",
            "REPLACE_ME",
            "changeme",
            "%SENDGRID_API_KEY%",
            'os.environ["HF_TOKEN"]',
            "sk-ant-...",
            "AIza...",
            "********",
        ]
    )


def masked_key() -> str:
    return ch(
        [
            f"sk-...{rstr(ALNUM, 4)}",
            f"sk_live_****{rstr(ALNUM, 4)}",
            f"ghp_****************************{rstr(ALNUM, 4)}",
            f"AKIA************{rstr(string.ascii_uppercase, 4)}",
            f"sk-proj-****{rstr(ALNUM, 4)}",
            f"xoxb-***-{rstr(ALNUM, 4)}",
        ]
    )


def object_id() -> str:
    return ch(["cus_", "pi_", "ch_", "sub_", "in_", "evt_", "price_", "acct_", "txn_"]) + rstr(ALNUM, ch([14, 16, 24]))


def request_id() -> str:
    return ch([f"req_{rstr(ALNUM, 24)}", f"req-{uuid4()}", f"{rstr(HEX, 16)}", f"X-Request-Id: {uuid4()}"[14:]])


# ---------------------------------------------------------------------------------------------
# look-alike vocabularies
# ---------------------------------------------------------------------------------------------

EPONYMS_EN = [
    "Parkinson's disease",
    "Alzheimer's",
    "Crohn's disease",
    "Hashimoto's thyroiditis",
    "Graves' disease",
    "Cushing's syndrome",
    "Addison's disease",
    "Tourette syndrome",
    "Bell's palsy",
    "Raynaud's phenomenon",
    "Sjögren's syndrome",
    "Guillain-Barré syndrome",
    "Epstein-Barr virus",
    "Hodgkin lymphoma",
    "Down syndrome",
    "Meniere's disease",
    "Osgood-Schlatter",
    "Kawasaki disease",
    "Huntington's disease",
    "Lyme disease",
    "Barrett's esophagus",
    "Asperger's",
    "the Heimlich maneuver",
    "an Apgar score",
    "a Pap smear",
    "Achilles tendinitis",
]
EPONYMS_TECH = [
    "Dijkstra's algorithm",
    "a Bloom filter",
    "Levenshtein distance",
    "the Pearson correlation",
    "Student's t-test",
    "a Kaplan-Meier curve",
    "Cox regression",
    "a Gaussian prior",
    "a Poisson process",
    "a Markov chain",
    "Huffman coding",
    "Diffie-Hellman",
    "the Fisher-Yates shuffle",
    "Conway's law",
    "Murphy's law",
    "Moore's law",
    "Hooke's law",
    "Ohm's law",
    "Occam's razor",
    "Bayes' theorem",
    "a Kalman filter",
    "Bézier curves",
    "the Jaccard index",
    "Amdahl's law",
    "Benford's law",
    "Fitts's law",
    "the Turing test",
    "a Fibonacci heap",
    "Kruskal's algorithm",
    "Newton's method",
    "Fourier transforms",
    "Brooks's law",
    "Hick's law",
]
BRANDS = [
    "Tim Hortons",
    "Dr. Martens",
    "Hilton Honors",
    "Marriott Bonvoy",
    "Wells Fargo",
    "Morgan Stanley",
    "Goldman Sachs",
    "Ben & Jerry's",
    "McDonald's",
    "Johnson & Johnson",
    "Mercedes-Benz",
    "Louis Vuitton",
    "Hugo Boss",
    "Ralph Lauren",
    "Tesla",
    "Ford",
    "Porsche",
    "Ferrari",
    "Dell",
    "Dyson",
    "Bosch",
    "Siemens",
    "Philips",
    "Disney+",
    "Wendy's",
    "Chick-fil-A",
    "Dr Pepper",
    "Jack Daniel's",
    "Johnnie Walker",
    "Calvin Klein",
    "Tommy Hilfiger",
    "Lamborghini",
    "Chevrolet",
    "Kellogg's",
    "Heinz",
    "Nestlé",
    "Peugeot",
    "Michelin",
    "Boeing",
    "Ritz-Carlton",
    "Trader Joe's",
    "Marks & Spencer",
    "Sainsbury's",
    "Carrefour",
    "Zara",
    "Lidl",
    "Aldi",
    "Mitsubishi",
    "Toyota",
    "Honda",
]
ASSISTANTS = [
    "Alexa",
    "Siri",
    "Cortana",
    "Claude 3.5 Sonnet",
    "Gemini 1.5 Pro",
    "ChatGPT",
    "GitHub Copilot",
    "Bixby",
    "Claude Haiku",
    "Llama 3.1",
    "Mistral Large",
]
TOOLS = [
    "Jenkins",
    "Kafka",
    "Cassandra",
    "Ansible",
    "Hadoop",
    "Grafana",
    "Jupyter",
    "Django",
    "Flask",
    "Celery",
    "Hugo",
    "Julia",
    "Ada",
    "Ruby",
    "Pandas",
    "Kubernetes",
    "Terraform",
    "Sentry",
    "Airflow",
    "Dagster",
    "Spark",
    "Elasticsearch",
    "Logstash",
    "Kibana",
    "Prometheus",
    "Nginx",
    "Redis",
    "Hudson",
    "Gradle",
    "Maven",
    "Jest",
    "Mocha",
    "Sinatra",
    "Rails",
    "Phoenix",
    "Apollo",
    "Vercel",
    "Heroku",
]
PLACES = [
    "Washington",
    "San Francisco",
    "Columbus, Ohio",
    "São Paulo",
    "St. Petersburg",
    "Lake Victoria",
    "Jefferson City",
    "Houston",
    "Vancouver",
    "Victoria Station",
    "Queen Elizabeth Olympic Park",
    "Saint-Denis",
    "Louisville",
    "Bolívar",
]
PLACEHOLDER_NAMES = [
    "John Doe",
    "Jane Doe",
    "Max Mustermann",
    "Erika Mustermann",
    "Joe Bloggs",
    "John Smith",
    "Fulano de Tal",
    "Mario Rossi",
    "Jan Kowalski",
    "山田太郎",
    "Иван Иванов",
    "Richard Roe",
]


# ---------------------------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------------------------

POS: list = []
NEG: list = []


def pos(weight: int = 1):
    def deco(fn):
        POS.append((fn, weight))
        return fn

    return deco


def neg(weight: int = 1):
    def deco(fn):
        NEG.append((fn, weight))
        return fn

    return deco


def nl() -> str:
    return ch(["\n", "\n", "\r\n"]) if coin(0.1) else "\n"


# ---- English positive templates ------------------------------------------------------------


@pos(3)
def support_update_contact(b: B) -> str:
    pn = person()
    opener = ch(["Hi there,", "hello", "Hey -", "Good morning,", "Hi support team,", ""])
    if opener:
        b.t(opener + " ")
    b.t(ch(["my name is ", "this is ", "I'm ", "It's "])).name(pn.full if coin(0.8) else pn.first)
    b.t(
        ch(
            [
                " and I need to update the phone number on my account. New one is ",
                ". Please change my contact number to ",
                " - I switched carriers, so the number on file is wrong. Use ",
                ". can u update my mobile to ",
            ]
        )
    )
    b.phone(phone())
    if coin(0.6):
        b.t(ch([" and send the confirmation to ", ". Email stays ", ", and my email changed to "])).email(email_for(pn))
    if coin(0.4):
        b.t(ch([". Order ", ". (ref ", ". My last order was "])).lk("order_number", order_no())
        b.t(")" if b.parts[-2].startswith(". (") else "")
    b.t(ch([". Thanks!", ".", " thx", ". Cheers", "!!"]))
    return "support_update_contact"


@pos(2)
def chat_transcript(b: B) -> str:
    agent = person(ch(["en", "in_l", "es", "ng", "ke", "ar_l"]))
    cust = person()
    minute = rint(8 * 60, 20 * 60)

    def ts() -> str:
        nonlocal minute
        minute += rint(0, 3)
        return f"{minute // 60:02d}:{minute % 60:02d}"

    b.t("[").lk("timestamp", ts()).t("] Agent (").name(agent.first).t("): Thanks for contacting ")
    b.lk("brand", ch(["Dell", "Marriott Bonvoy", "Tesla", "Philips", "Dyson", "Bosch", "Zara"]))
    b.t(" support. Can I have the name on the account?\n")
    b.t("[").lk("timestamp", ts()).t("] Customer: ").name(cust.full).nl_()
    b.t("[").lk("timestamp", ts()).t("] Agent (").name(agent.first)
    b.t("): Thank you. And the email or phone we have on file?\n")
    b.t("[").lk("timestamp", ts()).t("] Customer: ")
    if coin():
        b.email(email_for(cust))
    else:
        b.t("probably ").phone(phone()).t(" but it could be my old one")
    b.t("\n[").lk("timestamp", ts()).t("] Agent (").name(agent.first)
    b.t("): Found it. Your case number is ").lk("ticket_id", f"CS{digits(8)}").t(".")
    return "chat_transcript"


@pos(3)
def email_header(b: B) -> str:
    sender, rcpt = person(), person()
    cc = person() if coin(0.5) else None
    b.t("From: ").name(sender.full).t(" <").email(email_for(sender, company=True)).t(">\n")
    b.t("To: ")
    if coin(0.7):
        b.name(rcpt.full).t(" <").email(email_for(rcpt)).t(">")
    else:
        b.email(email_for(rcpt))
    b.t("\n")
    if cc:
        b.t("Cc: ").email(role_email()).t(", ").name(cc.full).t(" <").email(email_for(cc, company=True)).t(">\n")
    b.t("Date: ").lk(
        "timestamp",
        f"{ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {rint(1, 28)} "
        f"{ch(['Jan', 'Mar', 'May', 'Jul', 'Sep', 'Nov'])} {rint(2024, 2026)} "
        f"{rint(7, 19):02d}:{rint(0, 59):02d}:{rint(0, 59):02d} +0100",
    )
    b.t("\nMessage-ID: <").lk("message_id", f"{rstr(HEX, 12)}.{rstr(ALNUM, 8)}@mail.{ch(COMPANY_DOMAINS)}").t(">\n")
    b.t("Subject: ").t(
        ch(["Re: contract renewal", "Fwd: invoice", "quick question", "Onboarding docs", "Re: Re: schedule"])
    )
    b.t("\n\nHi ").name(rcpt.first).t(",\n\n")
    b.t(ch(["Attached is the signed version. ", "Following up on our call. ", "As discussed, see below. "]))
    if coin(0.6):
        b.t("You can reach me on ").phone(phone()).t(" until Friday.")
    b.t("\n\nBest,\n").name(sender.first if coin(0.5) else sender.full)
    b.t("\n\nCan you summarize this email in one sentence?" if coin(0.5) else "")
    return "email_header"


@pos(2)
def email_signature(b: B) -> str:
    pn = person()
    b.t(ch(["Please rewrite this more politely:\n\n", "Translate to German:\n\n", "Fix the grammar:\n\n", ""]))
    b.t(ch(["I will be out of office until ", "We have received your request on ", "Sorry for the delay, back on "]))
    b.lk("date", date_str()).t(". ")
    b.t(ch(["For urgent matters contact my colleague ", "Urgent issues: please ping "]))
    p2 = person()
    b.name(p2.full).t(" (").email(email_for(p2, company=True)).t(").\n\n--\n").name(pn.full).t("\n")
    b.t(ch(["Senior Account Manager", "Head of Procurement", "Clinical Coordinator", "Staff Engineer", "Paralegal"]))
    b.t(" | ").lk("brand", ch(["Siemens", "Philips", "Bosch", "Michelin", "Nestlé", "Boeing"])).t(" partner team\n")
    b.t(ch(["M: ", "Mobile: ", "Tel. ", "☎ ", "T "])).phone(phone()).t("\n")
    if coin(0.5):
        b.t(ch(["F: ", "Fax: "])).phone(phone()).t("\n")
    b.t(ch(["E: ", "Mail: ", "✉ "])).email(email_for(pn, company=True))
    return "email_signature"


@pos(3)
def hr_onboarding_form(b: B) -> str:
    pn = person(ch(["en", "es", "in_l", "ng", "ar_l", "pl", "it", "vi"]))
    b.t(ch(["Can you check this onboarding form for missing fields?\n", "Fill out the I-9 summary from this:\n", ""]))
    b.t("Employee: ").name(pn.full).t("\n")
    b.t("Employee ID: ").lk("employee_id", f"E{digits(6)}").t("\n")
    b.t(ch(["SSN: ", "Social Security No.: ", "SSN/TIN: "])).ssn(ssn(ch(["dash", "dash", "space"]))).t("\n")
    b.t("Date of birth: ").lk("date", dob()).t("\n")
    b.t("Start date: ").lk("date", date_str()).t("\n")
    if coin(0.7):
        b.t("Personal email: ").email(email_for(pn, company=False)).t("\n")
    b.t("Emergency contact: ")
    ec = person(pn.culture)
    b.name(ec.full).t(", ").phone(phone("US")).t("\n")
    b.t("Manager: ").name(person().full)
    return "hr_onboarding_form"


@pos(4)
def ssn_casual(b: B) -> str:
    pn = person_latin()
    s = ssn()
    k = rint(0, 5)
    if k == 0:
        b.t("ok my ssn is ").ssn(s).t(" and dob ").lk("date", dob()).t(
            ", why does the tax software say it doesn't match?"
        )
    elif k == 1:
        b.t("The W-2 from my employer lists ").ssn(s).t(" but my card says ").ssn(ssn("dash"))
        b.t(". Which one do I put on the 1040? Name is ").name(pn.full).t(".")
    elif k == 2:
        b.t("Draft a letter to the SSA for my father ").name(pn.full).t(" (SSN ").ssn(s)
        b.t(") asking to correct his earnings record for ").lk("year", str(rint(2015, 2023))).t(".")
    elif k == 3:
        b.t("SSN ").ssn(s).t(" - applicant ").name(pn.full.upper() if coin(0.3) else pn.full)
        b.t(", background check ").lk("ticket_id", f"BG-{digits(7)}").t(" pending")
    elif k == 4:
        b.t("Is it safe to give my SSN (").ssn(s).t(") to a landlord? They also want my old address in ")
        b.lk("place", ch(["Houston", "Louisville", "Columbus, Ohio", "Jefferson City"])).t(".")
    else:
        b.t("for the credit application use ").ssn(ssn("plain")).t(" (social) and income ").lk("money", money())
        b.t(", employer ").lk("brand", ch(["Boeing", "Wells Fargo", "Trader Joe's", "Chick-fil-A"]))
    return "ssn_casual"


@pos(4)
def card_paste(b: B) -> str:
    pn = person()
    num = card()
    k = rint(0, 4)
    exp = f"{rint(1, 12):02d}/{rint(26, 31)}"
    if k == 0:
        b.t("why was my card declined?? ").card(num).t(" exp ").lk("expiry", exp).t(" name on card ")
        b.name(pn.full.upper()).t(" — it worked yesterday at ").lk("brand", ch(BRANDS)).t("!")
    elif k == 1:
        b.t("Please update billing for account ").lk("account_id", f"ACC-{digits(7)}").t(": new card ")
        b.card(num).t(", expiry ").lk("expiry", exp).t(". Old card ").lk("masked_card", masked_card()).t(
            " can be removed."
        )
    elif k == 2:
        b.t("Cardholder: ").name(pn.full).t("\nCard number: ").card(num).t("\nValid thru: ").lk("expiry", exp)
        b.t("\nBilling ZIP: ").lk("postal_code", digits(5)).t(
            "\n\nIs this enough to book the hotel or do they need more?"
        )
    elif k == 3:
        b.t("I think someone used my card ").card(num).t(" — there's a charge of ").lk("money", money())
        b.t(" from ").lk("brand", ch(BRANDS)).t(" on ").lk("date", date_str()).t(" that I never made. What do I do?")
    else:
        b.t("Tarjeta: ").card(num).t(" / caducidad ").lk("expiry", exp).t(" — titular ").name(pn.full)
        b.t(". ¿Por qué me rechazan el pago?")
    return "card_paste"


@pos(2)
def bank_statement(b: B) -> str:
    b.t(ch(["Categorise these transactions:\n", "Which of these look like subscriptions?\n", ""]))
    rows = rint(4, 7)
    pan = card()
    b.t("Statement for card ").card(pan).t("\n")
    for _ in range(rows):
        b.lk("date", date_str()).t("  ")
        r = rint(0, 3)
        if r == 0:
            b.lk("brand", ch(BRANDS)).t(" ").lk("store_id", f"#{digits(4)}")
        elif r == 1:
            b.t("SEPA transfer to ").name(person().full).t(" ").iban(iban())
        elif r == 2:
            b.t(ch(["NETFLIX.COM", "SPOTIFY P1A2B3", "AMZN Mktp", "UBER *TRIP", "APPLE.COM/BILL"]))
            b.t(" ref ").lk("reference", rstr(UPNUM, 10))
        else:
            b.t("Payment from ").name(person().full)
        b.t("  ").lk("money", money()).t("\n")
    return "bank_statement"


@pos(4)
def iban_invoice_en(b: B) -> str:
    pn = person(ch(["de", "nl", "fr", "it", "es", "en", "pl", "pt", "sv"]))
    cc = ch(list(IBAN_SPECS))
    b.t(ch(["Write a polite payment reminder. Details:\n", "Extract payee and IBAN as JSON:\n", ""]))
    b.t("Invoice ").lk("invoice_number", invoice_no()).t(" dated ").lk("date", date_str()).t(", amount ").lk(
        "money", money()
    )
    b.t(".\nPlease transfer to ").name(pn.full).t(", IBAN ").iban(iban(cc))
    if coin(0.6):
        b.t(", BIC ").lk("bic", bic())
    b.t(".\nQuestions: ").email(email_for(pn, company=coin()))
    return "iban_invoice_en"


@pos(2)
def wire_json(b: B) -> str:
    pn = person()
    raw_iban = iban_raw()
    b.t(ch(["Why does the API reject this payload?\n", "POST /v2/payouts returned 422 for:\n", ""]))
    b.t('{\n  "payout_id": "').lk("uuid", uuid4()).t('",\n  "beneficiary": {\n    "name": "').name(pn.full)
    b.t('",\n    "iban": "').iban(raw_iban).t('",\n    "email": "').email(email_for(pn)).t('"\n  },\n')
    b.t('  "amount": ').t(f"{rint(10, 50000)}.{rint(0, 99):02d}").t(',\n  "currency": "EUR",\n  "created_at": "')
    b.lk("timestamp", iso_ts()).t('"\n}')
    return "wire_json"


@pos(4)
def dotenv_paste(b: B) -> str:
    b.t(ch(["My .env (dev box):\n", "here's my config, what's wrong?\n", "# .env.production\n", "```\n", ""]))
    n = rint(2, 5)
    for _ in range(n):
        _prov, var, k = api_key()
        q = ch(["", "", '"', "'"])
        b.t(f"{var}={q}").key(k).t(f"{q}\n")
    if coin(0.6):
        b.t(ch(["DB_HOST=", "REDIS_HOST=", "BROKER_ADDR="])).ip(ipv4_private()).t("\n")
    if coin(0.5):
        b.t("APP_VERSION=").lk("version", version()).t("\n")
    if coin(0.4):
        ek_var, ek = ch(EXAMPLE_KEYS)
        b.t(f"# from the docs: {ek_var}=").lk("example_key", ek).t("\n")
    if coin(0.4):
        b.t("LOG_LEVEL=debug\nPORT=").lk("port", str(ch([3000, 8000, 8080, 5000]))).t("\n")
    b.t(ch(["```\n", "", "\n"]))
    b.t(
        ch(
            [
                "why is boto3 still failing with NoCredentialsError?",
                "the app can't connect, help",
                "",
                "is it ok to commit this?",
                "convert this to a k8s Secret manifest",
            ]
        )
    )
    return "dotenv_paste"


@pos(3)
def curl_auth(b: B) -> str:
    _prov, _var, k = api_key(
        ch(
            [
                "openai",
                "openai_proj",
                "anthropic",
                "stripe_sk",
                "github",
                "gitlab",
                "sendgrid",
                "jwt",
                "hf",
                "groq",
                "linear",
                "notion",
                "square",
                "digitalocean",
                "mistral",
            ]
        )
    )
    host = ch(
        [
            "api.openai.com/v1/chat/completions",
            "api.anthropic.com/v1/messages",
            "api.stripe.com/v1/charges",
            "api.github.com/user/repos",
            "gitlab.com/api/v4/projects",
            "api.sendgrid.com/v3/mail/send",
        ]
    )
    b.t(ch(["$ ", "", "> "])).t(f"curl -s{ch(['', 'X POST', ' -X POST'])} https://{host} \\\n")
    style = rint(0, 2)
    if style == 0:
        b.t('  -H "Authorization: Bearer ').key(k).t('" \\\n')
    elif style == 1:
        b.t("  -H 'x-api-key: ").key(k).t("' \\\n")
    else:
        b.t("  -u ").key(k).t(": \\\n")
    b.t('  -H "Content-Type: application/json" -d @body.json\n')
    b.t(
        ch(
            [
                "returns 401, key is new",
                '{"error": {"type": "invalid_request_error"}}',
                "works locally, not in CI",
                "what does the -u flag do here?",
            ]
        )
    )
    if coin(0.3):
        b.t("\nrequest id: ").lk("request_id", f"req_{rstr(ALNUM, 24)}")
    return "curl_auth"


@pos(3)
def code_client(b: B) -> str:
    _prov, var, k = api_key(
        ch(
            [
                "openai",
                "openai_proj",
                "anthropic",
                "google",
                "stripe_sk",
                "stripe_test",
                "twilio",
                "mailgun",
                "hf",
                "datadog",
                "telegram",
                "discord_bot",
                "azure",
                "generic_hex",
                "generic_b64",
                "gcp_oauth",
                "doppler",
                "postman",
                "age_secret",
            ]
        )
    )
    lang = rint(0, 3)
    if lang == 0:
        b.t("```python\nimport os\n").t(ch(["from openai import OpenAI\n", "import requests\n", "import stripe\n"]))
        b.t(f'\n{var.lower()} = "').key(k).t('"  # TODO move to env\n')
        b.t(
            ch(
                [
                    "client = OpenAI(api_key=" + var.lower() + ")\n",
                    'headers = {"Authorization": f"Bearer {' + var.lower() + '}"}\n',
                ]
            )
        )
        b.t("```\n").t(
            ch(["Why do I get a 429?", "How do I read this from the environment instead?", "Refactor please"])
        )
    elif lang == 1:
        b.t("const client = new Client({\n  apiKey: '").key(k).t("',\n  timeout: ")
        b.t(str(rint(5, 60) * 1000)).t(",\n});\n// TypeError: client.send is not a function ??")
    elif lang == 2:
        b.t('package main\n\nconst token = "').key(k).t(
            '"\n\nfunc main() {\n\treq.Header.Set("Authorization", "Bearer "+token)\n}'
        )
        b.t("\n\nis there a race here?")
    else:
        b.t(f"export {var}=").key(k).t("\n").t(
            ch(["./run.sh --env prod", "python train.py --epochs 3", "npm run deploy"])
        )
        b.t("\n").t(ch(["zsh: permission denied: ./run.sh", "Error: 403 Forbidden", "KeyError: 'model'"]))
    return "code_client"


@pos(2)
def nginx_log(b: B) -> str:
    b.t(ch(["Is this a scraping bot? access.log:\n", "", "Explain these log lines:\n", "```\n"]))
    for _ in range(rint(3, 6)):
        if coin(0.85):
            b.ip(ipv4() if coin(0.8) else ipv6())
        else:
            b.lk("loopback", ch(["127.0.0.1", "::1"]))
        b.t(" - - [").lk("timestamp", apache_ts()).t('] "')
        path = ch(["/api/v1/items", "/login", "/wp-login.php", "/static/app.js", "/health", "/search?q=shoes"])
        b.t(f'{ch(["GET", "POST", "GET", "HEAD"])} {path} HTTP/1.1" ')
        b.t(f'{ch(["200", "301", "404", "403", "500", "429"])} {rint(0, 99999)} "-" "')
        b.t(ch(["Mozilla/5.0 (X11; Linux x86_64)", "curl/", "python-requests/", "Go-http-client/1.1"]))
        if b.parts[-1] in ("curl/", "python-requests/"):
            b.lk("version", f"{rint(2, 8)}.{rint(0, 31)}.{rint(0, 9)}")
        b.t('"\n')
    return "nginx_log"


@pos(2)
def sshd_log(b: B) -> str:
    b.t(ch(["auth.log from my VPS, am I being attacked?\n", "", "journalctl -u ssh output:\n"]))
    host = ch(["web01", "vps-fra1", "bastion", "pi4", "nas"])
    for _ in range(rint(3, 6)):
        b.lk(
            "timestamp",
            f"{ch(['Jan', 'Feb', 'Mar', 'Oct', 'Nov'])} {rint(1, 28):2d} "
            f"{rint(0, 23):02d}:{rint(0, 59):02d}:{rint(0, 59):02d}",
        )
        b.t(f" {host} sshd[{rint(1000, 99999)}]: ")
        r = rint(0, 2)
        user = ch(["root", "admin", "ubuntu", "oracle", "git", "test", "deploy"])
        if r == 0:
            b.t(f"Failed password for invalid user {user} from ").ip(ipv4_public()).t(
                f" port {rint(1024, 65535)} ssh2\n"
            )
        elif r == 1:
            b.t(f"Accepted publickey for {user} from ").ip(ipv4() if coin(0.7) else ipv6()).t(
                f" port {rint(1024, 65535)} ssh2: ED25519 SHA256:"
            )
            b.lk("hash", rstr(B64, 43)).t("\n")
        else:
            b.t("Connection closed by ").ip(ipv4_public()).t(f" port {rint(1024, 65535)} [preauth]\n")
    return "sshd_log"


@pos(2)
def firewall_rules(b: B) -> str:
    b.t(ch(["Convert these iptables rules to nftables:\n", "Review my firewall:\n", ""]))
    for _ in range(rint(2, 4)):
        r = rint(0, 3)
        if r == 0:
            b.t("-A INPUT -s ").ip(ipv4_public()).t(f" -p tcp --dport {ch([22, 443, 5432, 6379])} -j ACCEPT\n")
        elif r == 1:
            b.t("-A INPUT -s ").lk("cidr", f"10.{rint(0, 255)}.0.0/16").t(" -j ACCEPT\n")
        elif r == 2:
            b.t("ip6tables -A INPUT -s ").ip(ipv6()).t(" -j DROP\n")
        else:
            b.t("-A INPUT -i lo -s ").lk("loopback", "127.0.0.1").t(" -j ACCEPT\n")
    b.t("-A INPUT -s ").ip(ipv4()).t(" -j DROP")
    return "firewall_rules"


@pos(2)
def network_config(b: B) -> str:
    b.t(ch(["netplan won't apply this:\n", "Is this /etc/network/interfaces right?\n", ""]))
    b.t("iface eth0 inet static\n  address ").ip(ipv4_private()).t("\n  netmask ").lk(
        "netmask", ch(["255.255.255.0", "255.255.0.0", "255.255.254.0"])
    )
    b.t("\n  gateway ").ip(ipv4_private()).t("\n  dns-nameservers ").ip(ipv4_public()).t(" ").ip(ipv4_public())
    b.t("\n  hwaddress ether ").lk("mac_address", mac())
    if coin(0.5):
        b.t("\niface eth0 inet6 static\n  address ").ip(ipv6()).t("\n  netmask 64")
    return "network_config"


@pos(2)
def git_log(b: B) -> str:
    b.t(ch(["Write release notes from this:\n", "who broke the build?\n", ""]))
    for _ in range(rint(2, 3)):
        a = person()
        b.t("commit ").lk("hash", sha()).t("\nAuthor: ").name(a.full).t(" <").email(email_for(a, company=coin(0.6))).t(
            ">\n"
        )
        b.t("Date:   ").lk(
            "timestamp",
            f"{ch(['Mon', 'Tue', 'Wed'])} {ch(['Mar', 'Apr'])} {rint(1, 28)} "
            f"{rint(0, 23):02d}:{rint(0, 59):02d}:{rint(0, 59):02d} {rint(2024, 2026)} +0200",
        )
        b.t("\n\n    ").t(
            ch(["fix: retry on 503", "chore: bump deps to ", "feat: add CSV export", 'revert "', "docs: typo"])
        )
        if b.parts[-1].endswith("to "):
            b.lk("version", version())
        if b.parts[-1].endswith('"'):
            b.t('feat: new auth flow"')
        b.t("\n\n")
    if coin(0.5):
        co = person()
        b.t("    Co-authored-by: ").name(co.full).t(" <").email(email_for(co)).t(">\n")
    return "git_log"


@pos(2)
def stack_trace(b: B) -> str:
    pn = person_latin()
    b.t('Traceback (most recent call last):\n  File "/srv/app/')
    b.t(ch(["billing/service.py", "users/views.py", "notify/tasks.py"])).t(f'", line {rint(20, 900)}, in ')
    b.t(ch(["charge", "send_welcome", "create_user"])).t("\n    raise ")
    k = rint(0, 2)
    if k == 0:
        b.t('ValidationError(f"duplicate email: {email}")\nValidationError: duplicate email: ').email(email_for(pn))
    elif k == 1:
        b.t("SMTPRecipientsRefused\nsmtplib.SMTPRecipientsRefused: {'").email(email_for(pn)).t(
            "': (550, b'5.1.1 mailbox unavailable')}"
        )
    else:
        b.t("ConnectionError\nredis.exceptions.ConnectionError: Error 111 connecting to ").ip(ipv4_private())
        b.t(f":{ch([6379, 6380])}. Connection refused.")
    b.t("\n\n").t(ch(["Sentry event ", "trace_id="])).lk("hash", rstr(HEX, 32))
    b.t(ch(["\nhow do I fix", "", "\nthis only happens in prod"]))
    return "stack_trace"


@pos(3)
def csv_contacts(b: B) -> str:
    b.t(ch(["Dedupe this CSV:\n", "Convert to JSON:\n", "Which rows have invalid phone numbers?\n", "```csv\n", ""]))
    sep = ch([",", ";", "\t", ","])
    cols = ["id", "name", "email", "phone", "country", "signup"]
    b.t(sep.join(cols) + "\n")
    for i in range(rint(3, 6)):
        pn = person()
        cc = ch(list(PHONE_FORMATS))
        b.t(str(1000 + i) + sep)
        q = '"' if sep == "," and coin(0.3) else ""
        b.t(q).name(pn.full).t(q + sep).email(email_for(pn)).t(sep).phone(phone(cc)).t(sep + cc + sep)
        b.lk("date", date_str()).t("\n")
    return "csv_contacts"


@pos(2)
def sql_insert(b: B) -> str:
    b.t(ch(["Why does this insert violate the unique constraint?\n", "Convert to a parameterised query:\n", ""]))
    b.t("INSERT INTO customers (id, full_name, email, phone, card_last4, created_at) VALUES\n")
    n = rint(2, 4)
    for i in range(n):
        pn = person()
        b.t(f"  ({rint(1, 99999)}, '").name(pn.full.replace("'", "''"))
        b.t("', '").email(email_for(pn)).t("', '").phone(phone()).t(f"', '{digits(4)}', '").lk("timestamp", iso_ts())
        b.t("')" + (",\n" if i < n - 1 else ";\n"))
    return "sql_insert"


@pos(2)
def json_profile(b: B) -> str:
    pn = person()
    b.t(ch(["Mask the PII in this JSON:\n", "Validate this user object against the schema:\n", "", "Response body:\n"]))
    b.t('{"user": {"id": "').lk("uuid", uuid4()).t('", "displayName": "').name(pn.full)
    b.t('", "emails": ["').email(email_for(pn)).t('"')
    if coin(0.5):
        b.t(', "').email(email_for(pn, company=True)).t('"')
    b.t('], "phone": "').phone(e164(phone()) if coin(0.5) else phone()).t('", "lastLoginIp": "').ip(ip_any())
    b.t('", "plan": "pro", "appVersion": "').lk("version", version()).t('"}}')
    return "json_profile"


@pos(2)
def medical_request(b: B) -> str:
    pn = person()
    doc = person()
    k = rint(0, 3)
    if k == 0:
        b.t(ch(["My relative ", "Our client ", "The patient, "])).name(pn.full).t(" (born ").lk("date", dob()).t(
            ") was diagnosed with "
        ).lk("eponym", ch(EPONYMS_EN))
        b.t(". The neurologist, Dr. ").name(doc.last).t(
            ", wants a second opinion. Can you draft a referral request? Clinic phone "
        )
        b.phone(phone()).t(".")
    elif k == 1:
        b.t("Patient: ").name(pn.full).t("\nMRN: ").lk("mrn", f"{digits(8)}").t("\nDx: ").lk("eponym", ch(EPONYMS_EN))
        b.t("\nReferring: Dr ").name(doc.full).t(", ").email(email_for(doc, company=True)).t(
            "\nSummarise for the discharge letter."
        )
    elif k == 2:
        b.t("Is it normal to feel dizzy after starting levothyroxine for ").lk("eponym", "Hashimoto's")
        b.t("? I'm ").name(pn.first).t(", 34, and my GP (Dr. ").name(doc.last).t(") is on leave until ").lk(
            "date", date_str()
        ).t(".")
    else:
        b.t("Appointment reminder for ").name(pn.full).t(": ").lk("date", date_str()).t(" at ")
        b.lk("timestamp", f"{rint(8, 17)}:{ch(['00', '15', '30', '45'])}").t(" with Dr. ").name(doc.full)
        b.t(" (").lk("eponym", ch(["Crohn's clinic", "Parkinson's unit", "Alzheimer's memory clinic"])).t(
            "). To reschedule call "
        )
        b.phone(phone()).t(".")
    return "medical_request"


@pos(2)
def travel_booking(b: B) -> str:
    pn = person(ch(["ng", "en", "de", "fr", "es", "in_l", "ar_l", "tr", "it", "pl"]))
    last = fold(pn.last).upper().replace(" ", "").replace("-", "")
    first = fold(pn.first).upper().replace(" ", "")
    b.t(ch(["Can you check my itinerary?\n", "Summarise this booking:\n", ""]))
    b.t("Booking ref: ").lk("booking_ref", pnr()).t("\nPassenger: ").name(f"{last}/{first}").t(
        f" {ch(['MR', 'MS', 'MRS', 'DR'])}\n"
    )
    b.t("Flight ").lk("flight_number", flight_no()).t(" ").lk("date", date_str()).t(
        f" {ch(['FRA', 'LHR', 'CDG', 'JFK', 'IST', 'DXB', 'NRT'])}-"
    )
    b.t(ch(["LOS", "SFO", "MAD", "DEL", "GRU", "SIN", "WAW"])).t(" seat ").t(f"{rint(1, 45)}{ch('ABCDEF')}\n")
    b.t("Ticket: ").lk("ticket_number", f"{rint(100, 999)}-{digits(10)}").t("\nContact: ").phone(phone()).t(
        " / "
    ).email(email_for(pn))
    if coin(0.4):
        b.t("\nFrequent flyer: ").lk("loyalty_number", f"{rstr(string.ascii_uppercase, 2)}{digits(9)}")
    return "travel_booking"


@pos(2)
def hotel_request(b: B) -> str:
    pn = person()
    b.t(ch(["Write an email to the hotel: ", "Draft a message: "]))
    b.t("reservation ").lk("booking_ref", f"{digits(10)}").t(" at the ").lk(
        "brand", ch(["Ritz-Carlton", "Hilton Garden Inn", "Marriott", "Hyatt Regency"])
    )
    b.t(" for ").name(pn.full).t(", arriving ").lk("date", date_str()).t(
        ". Late check-in; the guest's mobile is "
    ).phone(phone())
    b.t(". Also ask if they accept the card ending ").lk("masked_card", digits(4)).t(".")
    return "hotel_request"


@pos(2)
def meeting_notes(b: B) -> str:
    ppl = [person() for _ in range(rint(3, 5))]
    b.t(ch(["Turn these notes into action items:\n", "Meeting notes ", "Summarise:\n"]))
    if b.parts[-1] == "Meeting notes ":
        b.lk("date", date_str()).t("\n")
    b.t("Attendees: ")
    for i, pn in enumerate(ppl):
        b.name(pn.full)
        b.t(", " if i < len(ppl) - 1 else "\n")
    b.t("- ").name(ppl[0].first).t(" to follow up with the vendor about ").lk("ticket_id", ticket_id()).t("\n")
    b.t("- ").name(ppl[1].first).t(" owns the ").lk("tool_name", ch(TOOLS)).t(" migration, target ").lk(
        "date", date_str()
    ).t("\n")
    b.t("- budget approved by ").name(ppl[-1].last).t("\n")
    if coin(0.4):
        b.t("- dial-in: ").phone(phone()).t(" PIN ").lk("pin", digits(6)).t("#\n")
    return "meeting_notes"


@pos(2)
def review_mentions(b: B) -> str:
    pn = person(ch(["en", "es", "ar_l", "in_l", "ng", "pt", "it"]))
    k = rint(0, 3)
    if k == 0:
        b.t('Reply to this review: "').name(pn.first).t(" at the front desk was amazing, ")
        b.t(ch(["he", "she", "they"])).t(" fixed our booking in minutes. 5 stars for the ")
        b.lk("brand", ch(["Hilton", "Marriott", "Ritz-Carlton"])).t(' downtown!"')
    elif k == 1:
        b.t("Write a complaint: the courier ").name(pn.full).t(" left my parcel ").lk(
            "tracking_number", tracking_no()[1]
        )
        b.t(" in the rain again.")
    elif k == 2:
        b.t("thank-you note for our nanny ").name(pn.first.lower() if coin(0.5) else pn.first)
        b.t(", she's been with us since ").lk("year", str(rint(2015, 2024))).t(" and the kids adore her")
    else:
        b.t("Our waiter ").name(pn.first).t(" recommended the ").lk(
            "brand", ch(["Johnnie Walker", "Jack Daniel's", "Dr Pepper"])
        )
        b.t(" glaze — ask the restaurant for the recipe, politely.")
    return "review_mentions"


@pos(2)
def lowercase_chat(b: B) -> str:
    p1, p2 = person_latin(), person_latin()
    k = rint(0, 3)
    if k == 0:
        b.t("can u text ").name(p1.first.lower()).t(" that im running late, her number is ").phone(
            phone().replace(" ", "")
        )
    elif k == 1:
        b.t("remind me to call ").name(f"{p1.first.lower()} {p1.last.lower()}").t(" tmrw at 9, ").phone(phone())
    elif k == 2:
        b.t("whats the best way to say sorry to ").name(p1.first).t(" and ").name(p2.first).t(
            " for missing the wedding lol"
        )
    else:
        b.t("ok so ").name(p1.first.lower()).t(" sent me this: ").email(email_for(p1)).t(" is it legit or phishing??")
    return "lowercase_chat"


@pos(2)
def redact_request(b: B) -> str:
    pn = person()
    b.t(
        ch(
            [
                "Redact all personal data from the following before I share it with the vendor:\n\n",
                'Replace names and contact details with placeholders:\n"',
                "Anonymise:\n",
            ]
        )
    )
    b.t(ch(["Customer ", "Caller ", "Complainant "])).name(pn.full).t(" (").email(email_for(pn)).t(", ")
    b.phone(phone()).t(") reported that the ").lk("brand", ch(["Dyson", "Bosch", "Philips", "Siemens"]))
    b.t(" unit, serial ").lk("serial_number", rstr(UPNUM, 12)).t(", stopped working after firmware ").lk(
        "version", version()
    )
    b.t(".")
    if b.parts[0].endswith('"'):
        b.t('"')
    return "redact_request"


@pos(2)
def model_answer_contact(b: B) -> str:
    pn = person()
    b.t(ch(["Sure! Here's the contact card formatted as a vCard:\n\n", "Here is the cleaned-up entry:\n\n"]))
    b.t("BEGIN:VCARD\nVERSION:3.0\nFN:").name(pn.full).t("\nTEL;TYPE=CELL:").phone(phone()).t("\nEMAIL:")
    b.email(email_for(pn)).t("\nREV:").lk("timestamp", iso_ts()).t("\nEND:VCARD\n\n")
    b.t(ch(["Let me know if you want a work number added.", "Import it via Contacts → Import.", ""]))
    return "model_answer_contact"


@pos(2)
def model_answer_summary(b: B) -> str:
    p1, p2 = person(), person()
    b.t(ch(["Summary of the thread:\n", "**Summary**\n\n", "Here's what happened:\n"]))
    b.t("- ").name(p1.full).t(" reported the outage at ").lk("timestamp", timestamp()).t(" (").lk(
        "ticket_id", ticket_id()
    ).t(").\n")
    b.t("- The failing node was ").ip(ipv4_private()).t("; ").name(p2.first).t(" rolled back to ").lk(
        "version", version()
    ).t(".\n")
    b.t("- Root cause: an expired token (").lk("masked_key", masked_key()).t(") in the ").lk("tool_name", ch(TOOLS)).t(
        " config.\n"
    )
    if coin(0.5):
        b.t("- Follow-up owner: ").name(p2.full).t(" (").email(email_for(p2, company=True)).t(").")
    return "model_answer_summary"


@pos(2)
def k8s_secret(b: B) -> str:
    _prov, var, k = api_key(
        ch(
            [
                "stripe_sk",
                "sendgrid",
                "github",
                "slack_bot",
                "datadog",
                "aws_id",
                "openai_proj",
                "npm",
                "pypi",
                "shopify",
                "atlassian",
            ]
        )
    )
    b.t(ch(["```yaml\n", "", "kubectl apply fails:\n"]))
    b.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  uid: ").lk("uuid", uuid4())
    b.t("\ntype: Opaque\nstringData:\n  ").t(var).t(': "').key(k).t('"\n')
    if coin(0.5):
        _p, v2, k2 = api_key("aws_secret")
        b.t(f"  {v2}: ").key(k2).t("\n")
    b.t("---\napiVersion: v1\nkind: Service\nspec:\n  clusterIP: ").ip(
        f"10.{rint(96, 111)}.{rint(0, 255)}.{rint(1, 254)}"
    )
    b.t("\n  ports:\n  - port: ").lk("port", str(ch([80, 443, 8080]))).t("\n")
    return "k8s_secret"


@pos(2)
def slack_paste(b: B) -> str:
    p1 = person()
    _p, _v, k = api_key(ch(["slack_bot", "slack_user", "github", "aws_id", "openai", "gitlab", "hf"]))
    b.t(ch(["Slack export:\n", ""]))
    b.name(p1.full).t(f"  {rint(9, 18)}:{rint(0, 59):02d}\n")
    b.lk("handle", ch(["@channel", "@here", "@oncall-sre"])).t(" quick one, the bot token ").key(k)
    b.t(" got rotated? getting ").t(ch(["invalid_auth", "token_revoked", "401"])).t(" since ")
    b.lk("timestamp", f"{rint(0, 23):02d}:{rint(0, 59):02d} UTC").t("\n")
    p2 = person()
    b.name(p2.full).t(f"  {rint(9, 18)}:{rint(0, 59):02d}\n")
    b.t("don't paste tokens in public channels :facepalm: I'll revoke it. ping me at ").email(
        email_for(p2, company=True)
    )
    return "slack_paste"


@pos(2)
def jwt_debug(b: B) -> str:
    t = jwt()
    b.t(
        ch(
            [
                "Decode this JWT and tell me why it's rejected:\n",
                "Is this token expired?\n",
                "Authorization header from the failing request: Bearer ",
            ]
        )
    )
    b.key(t)
    if coin(0.5):
        b.t("\n\nkid: ").lk("uuid", uuid4()).t(", issuer https://auth.").t(ch(COMPANY_DOMAINS)).t("/")
    return "jwt_debug"


@pos(3)
def rental_application(b: B) -> str:
    pn = person(ch(["en", "es", "in_l", "ng", "vi", "ar_l", "ko"]))
    b.t("RENTAL APPLICATION\nApplicant name: ").name(pn.full).t("\nPhone: ").phone(phone("US")).t("\nEmail: ").email(
        email_for(pn)
    )
    b.t("\nSSN: ").ssn(ssn()).t("\nCurrent employer: ").lk(
        "brand", ch(["Boeing", "Johnson & Johnson", "Wells Fargo", "Tesla", "Ford"])
    )
    b.t("\nMonthly income: ").lk("money", money()).t("\nReference: ")
    r = person()
    b.name(r.full).t(", ").phone(phone("US")).t("\n\n").t(
        ch(["Is anything missing?", "Score this applicant's risk.", "Make it a table."])
    )
    return "rental_application"


@pos(2)
def phishing_report(b: B) -> str:
    victim = person()
    b.t("Forwarding a suspicious email. Headers:\n\nReceived: from mail.").t(
        ch(["secure-verify", "account-alerts", "docusign-review"])
    )
    b.t(".top (").ip(ipv4_public()).t(")\n\tby mx.").t(ch(COMPANY_DOMAINS)).t(" with ESMTPS id ").lk(
        "message_id", rstr(ALNUM, 12)
    )
    b.t("\nReturn-Path: <").email(
        f"{rstr(string.ascii_lowercase, 7)}@{ch(['secure-verify.top', 'acct-alerts.xyz', 'paypa1-support.com'])}"
    )
    b.t(">\nTo: ").name(victim.full).t(" <").email(email_for(victim, company=True)).t(">\nX-Originating-IP: [").ip(
        ipv4_public()
    )
    b.t("]\n\nSubject: Your ").lk("brand", ch(["Wells Fargo", "Morgan Stanley", "Marriott Bonvoy", "Disney+"])).t(
        " account is suspended\n\nIs this phishing?"
    )
    return "phishing_report"


@pos(2)
def obfuscated_contacts(b: B) -> str:
    pn = person_latin()
    local = fold(pn.first).lower()
    dom, tld = ch([("gmail", "com"), ("web", "de"), ("outlook", "com"), ("proton", "me"), ("yahoo", "fr")])
    k = rint(0, 3)
    if k == 0:
        b.t("Is writing my email as ").email(f"{local} [at] {dom} [dot] {tld}").t(" enough to stop spam bots?")
    elif k == 1:
        b.t("contact: ").email(f"{local}.{fold(pn.last).lower().replace(' ', '')} (at) {dom}.{tld}").t(" — ").name(
            pn.full
        )
    elif k == 2:
        b.t("For the forum profile: reach me at ").email(f"{local} AT {dom} DOT {tld}").t(", or call ")
        b.phone(phone()).t(" after 6pm.")
    else:
        b.t("My number in words for the ad? it's ").phone(phone("US")).t(" and email ").email(f"{local}@{dom}.{tld}")
    return "obfuscated_contacts"


@pos(2)
def arabic_digits_phone(b: B) -> str:
    pn = person("ar")
    ph = phone(ch(["SA", "AE", "EG"]))
    b.t("الرجاء التواصل مع ").name(pn.full).t(" على الرقم ").phone(ph.translate(ARABIC_INDIC) if coin(0.6) else ph)
    b.t(ch([" لتأكيد الموعد.", " بخصوص الطلب ", " قبل يوم "]))
    if b.parts[-1].endswith("الطلب "):
        b.lk("order_number", order_no()).t(".")
    elif b.parts[-1].endswith("يوم "):
        b.lk("date", date_str()).t(".")
    return "arabic_digits_phone"


@pos(2)
def cv_snippet(b: B) -> str:
    pn = person()
    b.t(ch(["Improve my CV header:\n\n", "Tailor this resume for a data engineer role:\n\n", ""]))
    b.name(pn.full.upper() if coin(0.3) else pn.full).t("\n").t(
        ch(["Berlin", "Lagos", "Toronto", "Pune", "Lisbon", "Seoul"])
    )
    b.t(" · ").phone(phone()).t(" · ").email(email_for(pn, company=False)).t("\n\nEXPERIENCE\n")
    b.t(ch(["Data Engineer, ", "Backend Developer, ", "SRE, "])).lk(
        "brand", ch(["Siemens", "Bosch", "Philips", "Boeing", "Michelin"])
    )
    b.t(f" ({rint(2016, 2021)}–present)\n- Migrated ").lk("tool_name", ch(TOOLS)).t(" pipelines; ").lk(
        "tool_name", ch(TOOLS)
    ).t(" on-call.\n")
    b.t("- Implemented ").lk("eponym", ch(EPONYMS_TECH)).t(" for dedup.")
    return "cv_snippet"


@pos(2)
def device_repair(b: B) -> str:
    pn = person()
    b.t(ch(["Repair ticket ", "RMA "])).lk("ticket_id", f"RMA-{digits(6)}").t("\nCustomer: ").name(pn.full).t(
        "\nIMEI: "
    )
    b.lk("imei", imei()).t("\nSerial: ").lk("serial_number", rstr(UPNUM, 11)).t("\nWi-Fi MAC: ").lk(
        "mac_address", mac()
    )
    b.t("\nCallback: ").phone(phone()).t("\nIssue: boot loop after update to ").lk("version", version())
    b.t("\n\nWrite a status update for the customer.")
    return "device_repair"


@pos(2)
def form_post(b: B) -> str:
    pn = person()
    b.t(ch(["Webhook payload from our contact form (x-www-form-urlencoded decoded):\n", "Form submission:\n"]))
    b.t("first_name=").name(pn.first).t("\nlast_name=").name(pn.last).t("\nemail=").email(email_for(pn)).t("\n")
    b.t("phone=").phone(phone()).t("\nmessage=").t(
        ch(["Need a quote for 40 seats", "Please call me back", "Demo request"])
    )
    b.t("\nutm_campaign=").t(ch(["spring_sale", "q3-webinar", "brand"])).t("\nsubmitted_from=").ip(ip_any())
    b.t("\n\nWhy did our CRM reject it?")
    return "form_post"


@pos(2)
def payroll_direct_deposit(b: B) -> str:
    pn = person(ch(["de", "fr", "es", "it", "nl", "pl", "pt", "en", "tr", "sv", "ar_l"]))
    b.t(ch(["HR request: ", "Payroll change — "])).name(pn.full).t(" (").lk("employee_id", f"EMP{digits(5)}")
    b.t(") asks to change salary account to ").iban(
        iban(ch(["DE", "FR", "ES", "IT", "NL", "PL", "PT", "TR", "SE", "SA", "AE", "GB", "IE", "BE", "AT", "CH"]))
    )
    b.t(" from ").lk("date", date_str()).t(". Old account ").lk("masked_iban", f"****{digits(4)}")
    b.t(" to be closed. Please confirm via ").email(email_for(pn, company=True)).t(".")
    return "payroll_direct_deposit"


@pos(1)
def markdown_contacts(b: B) -> str:
    b.t("| Name | Role | Phone | Email |\n|---|---|---|---|\n")
    for _ in range(rint(2, 4)):
        pn = person()
        b.t("| ").name(pn.full).t(f" | {ch(['PM', 'Eng', 'Design', 'Legal', 'QA'])} | ").phone(phone()).t(" | ").email(
            email_for(pn, company=True)
        ).t(" |\n")
    b.t("\nSort by role and remove the phone column.")
    return "markdown_contacts"


@pos(1)
def mixed_ipv6_log(b: B) -> str:
    for _ in range(rint(3, 5)):
        b.lk("timestamp", iso_ts()).t(
            f' level={ch(["info", "warn", "error"])} msg="{ch(["login ok", "rate limited", "token refresh"])}" '
        )
        b.t("client=")
        if coin(0.8):
            a = ipv6()
            if coin(0.4):
                b.t("[").ip(a).t(f"]:{rint(1024, 65535)}")
            else:
                b.ip(a)
        else:
            b.lk("doc_ip", f"2001:db8::{rint(1, 255):x}")
        b.t(" trace=").lk("hash", rstr(HEX, 16)).t("\n")
    b.t(ch(["Group by client.", "", "why so many 429s?"]))
    return "mixed_ipv6_log"


# ---- multilingual positive templates -------------------------------------------------------


@pos(3)
def de_support(b: B) -> str:
    pn = person("de")
    k = rint(0, 3)
    if k == 0:
        b.t("Guten Tag, mein Name ist ").name(pn.full).t(". Bitte ändern Sie meine Telefonnummer auf ").phone(
            phone("DE")
        )
        b.t(" und schicken Sie die Bestätigung an ").email(email_for(pn)).t(". Kundennummer ").lk(
            "customer_number", f"K-{digits(7)}"
        ).t(".")
    elif k == 1:
        b.t("Formuliere eine Mahnung: Rechnung ").lk("invoice_number", invoice_no()).t(" vom ").lk(
            "date", f"{rint(1, 28):02d}.{rint(1, 12):02d}.{rint(2024, 2026)}"
        )
        b.t(" über ").lk("money", f"{rint(50, 5000)},{rint(0, 99):02d} €").t(" ist offen. Zahlung bitte an ").name(
            pn.full
        )
        b.t(", IBAN ").iban(iban("DE")).t(", Verwendungszweck ").lk("reference", rstr(UPNUM, 8)).t(".")
    elif k == 2:
        b.t("Guten Tag ").name(pn.full).t(",\nanbei die Unterlagen zu Ihrem Antrag. Rückfragen gerne unter ").phone(
            phone("DE")
        )
        b.t(" oder ").email(role_email()).t(".\nMit freundlichen Grüßen\n").name(person("de").full)
    else:
        b.t("Patient/in ").name(pn.full).t(", Diagnose: ").lk(
            "eponym", ch(["Morbus Parkinson", "Morbus Crohn", "Alzheimer"])
        )
        b.t(". Wie beantrage ich einen Pflegegrad? Hausarztpraxis Dr. ").name(person("de").last).t(", Tel. ").phone(
            phone("DE")
        ).t(".")
    return "de_support"


@pos(3)
def fr_support(b: B) -> str:
    pn = person("fr")
    k = rint(0, 2)
    if k == 0:
        b.t("Bonjour, je m'appelle ").name(pn.full).t(" et je n'arrive plus à me connecter. Mon adresse est ").email(
            email_for(pn)
        )
        b.t(" et mon numéro ").phone(phone("FR")).t(". Merci d'avance !")
    elif k == 1:
        b.t("Rédige un courriel à Mme ").name(pn.last).t(" pour confirmer le virement sur le compte ").iban(iban("FR"))
        b.t(" (facture ").lk("invoice_number", invoice_no()).t(", échéance ").lk(
            "date", f"{rint(1, 28):02d}/{rint(1, 12):02d}/{rint(2024, 2026)}"
        ).t(").")
    else:
        b.t("Compte rendu : ").name(pn.full).t(" a signalé que la ").lk(
            "brand", ch(["Peugeot 308", "Renault Clio", "Citroën C3"])
        )
        b.t(" de service est en panne. Joindre le garage au ").phone(phone("FR")).t(" ; contact ").email(
            role_email()
        ).t(".")
    return "fr_support"


@pos(3)
def es_support(b: B) -> str:
    pn = person("es")
    k = rint(0, 2)
    if k == 0:
        b.t("Hola, soy ").name(pn.full).t(". Necesito cambiar el correo de mi cuenta a ").email(email_for(pn))
        b.t(". Mi móvil es ").phone(phone(ch(["ES", "MX", "AR", "CO"]))).t(". ¡Gracias!")
    elif k == 1:
        b.t("Escribe un mensaje para ").name(pn.first).t(": la reserva ").lk("booking_ref", pnr()).t(" del vuelo ")
        b.lk("flight_number", flight_no()).t(" cambió al ").lk("date", date_str()).t(". Que me llame al ").phone(
            phone("ES")
        ).t(".")
    else:
        b.t("Datos para la transferencia:\nTitular: ").name(pn.full).t("\nIBAN: ").iban(iban("ES")).t(
            "\nConcepto: factura "
        )
        b.lk("invoice_number", invoice_no()).t("\n¿Está bien escrito el IBAN?")
    return "es_support"


@pos(3)
def pt_support(b: B) -> str:
    pn = person("pt")
    k = rint(0, 2)
    if k == 0:
        b.t("Olá! Meu nome é ").name(pn.full).t(", meu WhatsApp é ").phone(phone("BR")).t(" e o e-mail ").email(
            email_for(pn)
        )
        b.t(". O pedido ").lk("order_number", order_no()).t(" ainda não chegou.")
    elif k == 1:
        b.t("Bom dia, segue o IBAN para o reembolso: ").iban(iban("PT")).t(" (titular ").name(pn.full).t(
            "). Telemóvel "
        ).phone(phone("PT")).t(".")
    else:
        b.t("Resuma: paciente ").name(pn.full).t(", data de nascimento ").lk("date", dob()).t(", tem ").lk(
            "eponym", "doença de Crohn"
        )
        b.t(". Contato da filha, ").name(person("pt").first).t(": ").phone(phone("BR")).t(".")
    return "pt_support"


@pos(2)
def it_support(b: B) -> str:
    pn = person("it")
    if coin():
        b.t("Buongiorno, sono ").name(pn.full).t(". Vorrei aggiornare il mio numero: ").phone(phone("IT")).t(
            ". Email: "
        ).email(email_for(pn)).t(".")
    else:
        b.t("Scrivi una mail al sig. ").name(pn.last).t(" per il bonifico su IBAN ").iban(iban("IT")).t(
            ", causale fattura "
        )
        b.lk("invoice_number", invoice_no()).t(".")
    return "it_support"


@pos(2)
def nl_support(b: B) -> str:
    pn = person("nl")
    if coin():
        b.t("Hoi, ik ben ").name(pn.full).t(" en mijn pakket ").lk("tracking_number", "3S" + rstr(UPNUM, 13)).t(
            " is zoek. Bel me op "
        )
        b.phone(phone("NL")).t(" of mail ").email(email_for(pn)).t(".")
    else:
        b.t("Graag terugbetalen op ").iban(iban("NL")).t(" t.n.v. ").name(pn.full).t(", ordernummer ").lk(
            "order_number", order_no()
        ).t(".")
    return "nl_support"


@pos(2)
def pl_support(b: B) -> str:
    pn = person("pl")
    if coin():
        b.t("Dzień dobry, nazywam się ").name(pn.full).t(". Proszę o kontakt pod numerem ").phone(phone("PL")).t(
            " lub "
        ).email(email_for(pn)).t(".")
    else:
        b.t("Przelew na konto ").iban(iban("PL")).t(", odbiorca ").name(pn.full).t(", tytuł: faktura ").lk(
            "invoice_number", invoice_no()
        ).t(".")
    return "pl_support"


@pos(2)
def tr_support(b: B) -> str:
    pn = person("tr")
    if coin():
        b.t("Merhaba, ben ").name(pn.full).t(". Siparişim ").lk("order_number", order_no()).t(
            " hâlâ gelmedi. Telefonum "
        ).phone(phone("TR"))
        b.t(", e-posta ").email(email_for(pn)).t(".")
    else:
        b.t("Kira ödemesi için IBAN: ").iban(iban("TR")).t(" — alıcı ").name(pn.full).t(". Açıklamaya ").lk(
            "date", date_str()
        ).t(" yazın.")
    return "tr_support"


@pos(3)
def ru_support(b: B) -> str:
    pn = person(ch(["ru", "ru", "uk"]))
    k = rint(0, 2)
    if k == 0:
        b.t("Здравствуйте! Меня зовут ").name(pn.full).t(". Мой номер ").phone(
            phone("RU" if pn.culture == "ru" else "UA")
        )
        b.t(", почта ").email(email_for(pn)).t(". Заказ ").lk("order_number", order_no()).t(" не доставлен.")
    elif k == 1:
        b.t("Составь письмо для ").name(pn.full).t(": встреча перенесена на ").lk(
            "date", f"{rint(1, 28):02d}.{rint(1, 12):02d}.{rint(2024, 2026)}"
        )
        b.t(". Связь: ").phone(phone("RU")).t(".")
    else:
        b.t("Пациент: ").name(pn.full).t(", диагноз — ").lk(
            "eponym", ch(["болезнь Паркинсона", "болезнь Альцгеймера", "синдром Дауна"])
        )
        b.t(". Врач ").name(person("ru").full).t(" принимает по записи: ").phone(phone("RU")).t(".")
    return "ru_support"


@pos(3)
def ar_support(b: B) -> str:
    pn = person("ar")
    k = rint(0, 2)
    if k == 0:
        b.t("مرحباً، اسمي ").name(pn.full).t(". أرجو تحديث رقم هاتفي إلى ").phone(phone(ch(["SA", "AE", "EG"]))).t(
            " وبريدي الإلكتروني "
        )
        b.email(email_for(pn)).t(". شكراً.")
    elif k == 1:
        b.t("يرجى تحويل المبلغ إلى الحساب ").iban(iban(ch(["SA", "AE", "EG", "QA"]))).t(" باسم ").name(pn.full).t(
            " قبل "
        ).lk("date", date_str()).t(".")
    else:
        b.t("اكتب رسالة إلى الدكتور ").name(pn.full).t(" بخصوص ").lk("eponym", "مرض الزهايمر").t(
            " لوالدتي. رقم العيادة "
        ).phone(phone("SA")).t(".")
    return "ar_support"


@pos(2)
def he_support(b: B) -> str:
    pn = person("he")
    if coin():
        b.t("שלום, קוראים לי ").name(pn.full).t(". המספר שלי ").phone(phone("IL")).t(" והמייל ").email(email_for(pn)).t(
            "."
        )
    else:
        b.t("נא להעביר את התשלום לחשבון ").iban(iban("IL")).t(" על שם ").name(pn.full).t(".")
    return "he_support"


@pos(3)
def hi_support(b: B) -> str:
    pn = person(ch(["hi", "hi", "in_l"]))
    k = rint(0, 2)
    if k == 0:
        b.t("नमस्ते, मेरा नाम ").name(pn.full).t(" है। मेरा मोबाइल नंबर ").phone(phone("IN")).t(" है और ईमेल ").email(
            email_for(pn)
        ).t(" है।")
    elif k == 1:
        b.t("kripya ").name(pn.full).t(" ko ye message bhej do: order ").lk("order_number", order_no()).t(
            " kal deliver hoga. unka number "
        )
        b.phone(phone("IN")).t(" hai")
    else:
        b.t("मरीज़ ").name(pn.full).t(" को ").lk("eponym", "पार्किंसंस रोग").t(" है। डॉक्टर से बात करने के लिए ").phone(
            phone("IN")
        ).t(" पर कॉल करें।")
    return "hi_support"


@pos(3)
def zh_support(b: B) -> str:
    pn = person("zh")
    k = rint(0, 3)
    if k == 0:
        b.t("你好，我是").name(pn.full).t("，手机号").phone(phone("CN")).t("，邮箱").email(email_for(pn)).t("。订单")
        b.lk("order_number", f"{digits(18)}").t("还没有发货，请帮我查一下。")
    elif k == 1:
        b.t("请帮我给").name(pn.full).t("先生写一封邮件，告诉他会议改到").lk(
            "date", f"{rint(2024, 2026)}年{rint(1, 12)}月{rint(1, 28)}日"
        ).t("。他的邮箱是")
        b.email(email_for(pn, company=True)).t("。")
    elif k == 2:
        b.t("我家人").name(pn.full).t("被诊断为").lk("eponym", ch(["帕金森病", "阿尔茨海默病"])).t("，主治医生").name(
            person("zh").full
        )
        b.t("的电话是").phone(phone("CN")).t("，怎么预约复诊？")
    else:
        b.t("收件人：").name(pn.full).t("\n电话：").phone(phone(ch(["CN", "SG"]))).t("\n快递单号：").lk(
            "tracking_number", f"SF{digits(13)}"
        )
        b.t("\n帮我把这段整理成表格")
    return "zh_support"


@pos(3)
def ja_support(b: B) -> str:
    pn = person("ja")
    k = rint(0, 2)
    if k == 0:
        b.t("お世話になっております。").name(pn.full).t("です。電話番号を").phone(phone("JP")).t(
            "に変更してください。メールは"
        )
        b.email(email_for(pn)).t("です。")
    elif k == 1:
        b.name(pn.first).t("さんへのお礼のメールを書いてください。連絡先は").email(email_for(pn, company=True)).t(
            "、携帯は"
        )
        b.phone(phone("JP")).t("です。")
    else:
        b.t("注文番号").lk("order_number", f"{digits(3)}-{digits(7)}-{digits(7)}").t("の件で、").name(pn.full)
        b.t("様から問い合わせがありました。返信文を作成してください。")
    return "ja_support"


@pos(3)
def ko_support(b: B) -> str:
    pn = person("ko")
    k = rint(0, 2)
    if k == 0:
        b.t("안녕하세요, ").name(pn.full).t("입니다. 연락처를 ").phone(phone("KR")).t("로 변경해 주세요. 이메일은 ")
        b.email(email_for(pn)).t("입니다.")
    elif k == 1:
        b.name(pn.full).t(" 님께 배송 지연 안내 문자를 작성해 주세요. 주문번호 ").lk(
            "order_number", f"{rint(2024, 2026)}{digits(8)}"
        ).t(".")
    else:
        b.t("팀장님(").name(pn.full).t(")께 보고서 요약 부탁드려요. 회신은 ").email(email_for(pn, company=True)).t(
            " 으로."
        )
    return "ko_support"


@pos(2)
def vi_support(b: B) -> str:
    pn = person("vi")
    b.t("Chào bạn, tôi là ").name(pn.full).t(". Số điện thoại của tôi là ").phone(phone("VN")).t(", email ").email(
        email_for(pn)
    )
    b.t(". Đơn hàng ").lk("order_number", order_no()).t(" bị giao nhầm.")
    return "vi_support"


@pos(2)
def el_support(b: B) -> str:
    pn = person("el")
    b.t("Καλησπέρα, είμαι ο/η ").name(pn.full).t(". Το τηλέφωνό μου είναι ").phone(phone("GR")).t(" και το email ")
    b.email(email_for(pn)).t(". IBAN για επιστροφή: ").iban(iban("GR")).t(".")
    return "el_support"


@pos(2)
def sv_support(b: B) -> str:
    pn = person("sv")
    b.t("Hej! Jag heter ").name(pn.full).t(" och vill ändra mitt nummer till ").phone(phone("SE")).t(". Mejla gärna ")
    b.email(email_for(pn)).t(" om ni behöver mer.")
    return "sv_support"


@pos(2)
def th_support(b: B) -> str:
    pn = person("th")
    b.t("สวัสดีครับ ผมชื่อ").name(pn.full).t(" เบอร์โทร ").phone(phone("TH")).t(" อีเมล ").email(email_for(pn)).t(" ครับ")
    return "th_support"


@pos(2)
def id_support(b: B) -> str:
    pn = person(ch(["en", "ar_l", "in_l"]))
    b.t("Halo kak, saya ").name(pn.full).t(". Pesanan ").lk(
        "order_number", f"INV/{rint(2024, 2026)}{rint(1, 12):02d}{rint(1, 28):02d}/{digits(6)}"
    )
    b.t(" belum sampai. Hubungi saya di ").phone(phone("ID")).t(" ya.")
    return "id_support"


@pos(1)
def sw_ke_support(b: B) -> str:
    pn = person("ke")
    b.t("Habari, naitwa ").name(pn.full).t(". Nambari yangu ya M-Pesa ni ").phone(phone("KE")).t(
        ". Tafadhali nirudishie pesa ya oda "
    )
    b.lk("order_number", order_no()).t(".")
    return "sw_ke_support"


@pos(2)
def uk_support(b: B) -> str:
    pn = person("uk")
    b.t("Добрий день! Мене звати ").name(pn.full).t(". Прошу оновити мій номер: ").phone(phone("UA")).t(
        ". IBAN для повернення коштів: "
    )
    b.iban(iban("UA")).t(".")
    return "uk_support"


@pos(1)
def mixed_language_chat(b: B) -> str:
    p1 = person(ch(["de", "fr", "es", "tr", "pl"]))
    _p, _var, k = api_key(ch(["github", "aws_id", "openai", "gitlab", "npm"]))
    b.t(ch(["Kannst du mir helfen? ", "¿Me ayudas? ", "Tu peux m'aider ? ", "Yardım eder misin? "]))
    b.t("Mein Kollege / my colleague ").name(p1.full).t(" hat den Token ").key(k).t(
        " in das Repo gepusht. How do I rotate it and purge the history?"
    )
    return "mixed_language_chat"


# ---- negative templates (no PII at all) ----------------------------------------------------


@neg(3)
def pip_conflict(b: B) -> str:
    pkg = ch(["numpy", "torch", "pydantic", "langchain", "transformers", "fastapi", "boto3", "protobuf"])
    b.t(ch(["pip install fails:\n", "Getting this resolver error, help:\n", "```\n"]))
    b.t(f"ERROR: Cannot install {pkg}==").lk("version", version()).t(
        f" and {ch(['scipy', 'httpx', 'grpcio', 'openai'])}>="
    )
    b.lk("version", version()).t(" because these package versions have conflicting dependencies.\n")
    b.t(f"  Downloading {pkg}-").lk("version", f"{rint(1, 2)}.{rint(0, 26)}.{rint(0, 9)}").t(
        "-cp311-cp311-manylinux_2_17_x86_64.whl ("
    )
    b.t(f"{rint(1, 900)}.{rint(0, 9)} MB)\n")
    if coin(0.5):
        b.t("  Hash mismatch: expected sha256=").lk("hash", sha(64)).t("\n")
    b.t(ch(["```\n", "", "what should I pin?"]))
    return "pip_conflict"


@neg(2)
def git_conflict(b: B) -> str:
    b.t("$ git rebase origin/main\nCONFLICT (content): Merge conflict in src/")
    b.t(ch(["api/routes.ts", "core/config.py", "README.md", "Cargo.toml"])).t("\nerror: could not apply ").lk(
        "hash", sha(7)
    )
    b.t("... ").t(ch(["bump to ", "feat: pagination", "fix flaky test"]))
    if b.parts[-1] == "bump to ":
        b.lk("version", version())
    b.t('\nhint: Resolve all conflicts manually, then run "git rebase --continue".\n')
    b.t("HEAD is at ").lk("hash", sha(40) if coin() else sha(12)).t("\n\nhow do I keep both changes?")
    return "git_conflict"


@neg(3)
def env_example(b: B) -> str:
    b.t(ch(["Here's our .env.example — is this safe to commit?\n", "# .env.example\n", "Template for new devs:\n"]))
    for _ in range(rint(3, 5)):
        r = rint(0, 3)
        if r == 0:
            b.t(f"{ch(['OPENAI_API_KEY', 'STRIPE_SECRET_KEY', 'GITHUB_TOKEN', 'SENDGRID_API_KEY', 'HF_TOKEN'])}=").lk(
                "placeholder", placeholder_key()
            ).t("\n")
        elif r == 1:
            var, ek = ch(EXAMPLE_KEYS)
            b.t(f"{var}=").lk("example_key", ek).t("\n")
        elif r == 2:
            b.t(ch(["DB_HOST=", "BIND_ADDR=", "REDIS_HOST="])).lk(
                "loopback", ch(["127.0.0.1", "0.0.0.0", "localhost", "::1"])
            ).t("\n")
        else:
            b.t("ADMIN_EMAIL=").lk("placeholder", placeholder_email()).t("\n")
    b.t("PORT=").lk("port", str(ch([3000, 8000, 8080]))).t("\nNODE_ENV=development")
    return "env_example"


@neg(2)
def docs_network(b: B) -> str:
    k = rint(0, 3)
    if k == 0:
        b.t("In the tutorial they use ").lk("doc_ip", doc_ipv4()).t(" and ").lk(
            "doc_ip", f"2001:db8:{rint(1, 255):x}::{rint(1, 99)}"
        )
        b.t(" — are those real hosts? Also why does the guide bind to ").lk("loopback", "0.0.0.0").t(" instead of ").lk(
            "loopback", "127.0.0.1"
        ).t("?")
    elif k == 1:
        b.t("Subnet calc: ").lk("cidr", f"10.{rint(0, 255)}.0.0/{ch([16, 20, 22])}").t(" with mask ").lk(
            "netmask", "255.255.240.0"
        )
        b.t(" — how many usable hosts? And is ").lk("cidr", "172.16.0.0/12").t(" overlapping with the VPN range?")
    elif k == 2:
        b.t("snmpwalk -v2c -c public localhost ").lk("oid", f"1.3.6.1.{rint(2, 4)}.1.{rint(2000, 9999)}.{rint(1, 30)}")
        b.t(" returns nothing. sysObjectID is ").lk("oid", f"1.3.6.1.4.1.{rint(100, 50000)}").t(".")
    else:
        b.t("Windows build ").lk("version", f"10.0.{rint(19041, 26100)}.{rint(100, 4000)}").t(", driver ").lk(
            "version", f"{rint(1, 9)}.{rint(0, 9)}.{rint(0, 9)}.{rint(0, 99)}"
        )
        b.t(", BIOS ").lk("version", f"{rint(1, 2)}.{rint(1, 30)}.{rint(0, 9)}").t(
            " — the Wi-Fi adapter keeps dropping. Any ideas?"
        )
    return "docs_network"


@neg(3)
def medical_info(b: B) -> str:
    e = ch(EPONYMS_EN)
    k = rint(0, 3)
    if k == 0:
        b.t("What are early signs of ").lk("eponym", e).t("? My grandmother's doctor mentioned it but didn't explain.")
    elif k == 1:
        b.t("Explain the difference between ").lk("eponym", ch(EPONYMS_EN)).t(" and ").lk("eponym", ch(EPONYMS_EN)).t(
            " in simple terms."
        )
    elif k == 2:
        b.t("Is ").lk("eponym", e).t(" hereditary? Asking for a school project due ").lk("date", date_str()).t(".")
    else:
        b.t("Write a patient leaflet about ").lk("eponym", e).t(
            " for a clinic waiting room, reading age 12, max 200 words."
        )
    return "medical_info"


@neg(3)
def medical_info_multi(b: B) -> str:
    k = rint(0, 6)
    if k == 0:
        b.t("Was sind die ersten Anzeichen von ").lk("eponym", "Morbus Parkinson").t("? Meine Oma zittert seit ").lk(
            "date", date_str()
        ).t(".")
    elif k == 1:
        b.t("Quels sont les traitements de la ").lk("eponym", "maladie de Crohn").t(
            " ? Mon médecin parle d'immunosuppresseurs."
        )
    elif k == 2:
        b.t("¿La ").lk("eponym", "enfermedad de Alzheimer").t(" se hereda? Mi abuelo la tuvo.")
    elif k == 3:
        b.lk("eponym", "パーキンソン病").t("の初期症状を教えてください。")
    elif k == 4:
        b.lk("eponym", "帕金森病").t("和").lk("eponym", "阿尔茨海默病").t("有什么区别？")
    elif k == 5:
        b.t("Какие симптомы у ").lk("eponym", "болезни Крона").t("?")
    else:
        b.lk("eponym", "하시모토 갑상선염").t(" 환자는 어떤 음식을 피해야 하나요?")
    return "medical_info_multi"


@neg(3)
def shipping_status(b: B) -> str:
    carrier, num = tracking_no()
    b.t(ch(["Where is my package? ", "Parcel stuck: ", "Status check — "]))
    b.t(f"{carrier} tracking ").lk("tracking_number", num).t(", order ").lk("order_number", order_no())
    b.t(", shipped ").lk("date", date_str()).t(". Last scan: ").lk("timestamp", timestamp()).t(
        f" at {ch(['Memphis Hub', 'Leipzig', 'East Midlands', 'Louisville', 'Köln'])}."
    )
    b.t(ch([" Should I file a claim?", " Is this normal?", ""]))
    return "shipping_status"


@neg(2)
def bibliography(b: B) -> str:
    b.t(ch(["Format these as APA references:\n", "Check these ISBNs:\n", ""]))
    for _ in range(rint(2, 4)):
        b.t(
            ch(
                [
                    "Designing Data-Intensive Applications",
                    "Clinical Neurology, 11th ed.",
                    "Introduction to Algorithms",
                    "Le Petit Prince (édition de poche)",
                    "Cien años de soledad",
                    "Deep Learning with Python",
                ]
            )
        )
        b.t(". ISBN ").lk("isbn", isbn13() if coin(0.75) else isbn10()).t(f". {rint(1990, 2024)}.\n")
    return "bibliography"


@neg(2)
def device_inventory(b: B) -> str:
    b.t(ch(["Parse this inventory into JSON:\n", "Which devices are out of date?\n", ""]))
    for _ in range(rint(3, 5)):
        b.t(ch(["ap-", "sw-", "cam-", "printer-"])).t(f"{rint(1, 40):02d}  ").lk("mac_address", mac()).t("  fw ")
        b.lk("version", version()).t("  SN ").lk("serial_number", rstr(UPNUM, 10)).t("\n")
    return "device_inventory"


@neg(2)
def ssn_validation_dev(b: B) -> str:
    k = rint(0, 2)
    if k == 0:
        b.t("My SSN validator rejects ").lk("invalid_ssn", ssn_invalid()).t(" and ").lk("invalid_ssn", ssn_invalid())
        b.t(" but accepts ").lk("placeholder", "123-45-6789").t(
            ". Is that right? Regex: ^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$"
        )
    elif k == 1:
        b.t("Unit test fixtures for the SSN field (all should FAIL validation): ")
        for i in range(3):
            b.lk("invalid_ssn", ssn_invalid()).t(", " if i < 2 else ".")
    else:
        b.t("The form placeholder says ").lk("placeholder", "XXX-XX-XXXX").t("; QA typed ").lk(
            "invalid_ssn", ssn_invalid()
        )
        b.t(" and it went through. File a bug titled ").lk("ticket_id", ticket_id()).t(".")
    return "ssn_validation_dev"


@neg(2)
def iban_validation_dev(b: B) -> str:
    k = rint(0, 2)
    if k == 0:
        b.t("Why does my IBAN check fail on ").lk("invalid_iban", iban_invalid()).t("? The mod-97 result is not 1.")
    elif k == 1:
        b.t("Docs use ").lk(
            "example_iban",
            ch(["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606"]),
        )
        b.t(" as the sample. Our placeholder is ").lk(
            "placeholder", ch(["DE00 0000 0000 0000 0000 00", "XX00 XXXX XXXX XXXX", "NL00BANK0123456789"])
        )
        b.t(". Is that OK for the UI?")
    else:
        b.t("Test cases (expected invalid): ").lk("invalid_iban", iban_invalid()).t("; ").lk(
            "invalid_iban", iban_invalid()
        )
        b.t(". BIC ").lk("bic", bic()).t(" should be accepted.")
    return "iban_validation_dev"


@neg(2)
def digit_runs(b: B) -> str:
    k = rint(0, 3)
    if k == 0:
        b.t("Our PCI scanner flags order IDs like ").lk("non_luhn_digits", non_luhn("4", 16)).t(" and ")
        b.lk("non_luhn_digits", non_luhn("5", 16)).t(" as cards. They fail Luhn. How do I whitelist them?")
    elif k == 1:
        b.t("Payment failed. Card ").lk("masked_card", masked_card()).t(", auth code ").lk("auth_code", rstr(UPNUM, 6))
        b.t(", transaction ").lk("transaction_id", non_luhn("", 18)).t(". Retry?")
    elif k == 2:
        b.t("Barcode ").lk("ean", ean13()).t(" doesn't scan at the till, but ").lk("ean", ean13()).t(
            " does. Same printer."
        )
    else:
        b.t("Reference number ").lk("reference", non_luhn(ch(["3", "6", "9"]), ch([13, 15, 19]))).t(
            " was quoted on the call; customer ID "
        )
        b.lk("customer_number", digits(9)).t(". Where do I look it up in the CRM?")
    return "digit_runs"


@neg(2)
def stripe_objects(b: B) -> str:
    b.t(ch(["Webhook handler logs:\n", "Debugging Stripe events:\n", ""]))
    b.t("event ").lk("object_id", "evt_" + rstr(ALNUM, 24)).t(" type=payment_intent.succeeded\n")
    b.t("  customer=").lk("object_id", "cus_" + rstr(ALNUM, 14)).t(" payment_intent=").lk(
        "object_id", "pi_" + rstr(ALNUM, 24)
    ).t("\n")
    b.t("  key used: ").lk("masked_key", masked_key()).t("\n")
    if coin(0.6):
        b.t("  frontend uses ").lk("publishable_key", "pk_live_" + rstr(ALNUM, ch([24, 99]))).t("\n")
    b.t("  request-id: ").lk("request_id", "req_" + rstr(ALNUM, 14)).t("\nwhy is the event processed twice?")
    return "stripe_objects"


@neg(3)
def app_log_ids(b: B) -> str:
    b.t(ch(["What's slow here?\n", "Explain these logs:\n", ""]))
    for _ in range(rint(3, 6)):
        b.lk("timestamp", iso_ts() if coin() else timestamp()).t(f" {ch(['INFO', 'WARN', 'ERROR', 'DEBUG'])} ")
        r = rint(0, 3)
        if r == 0:
            b.t("request_id=").lk("uuid", uuid4()).t(f" status=200 dur={rint(3, 4000)}ms\n")
        elif r == 1:
            b.t("job ").lk("uuid", uuid4()).t(" retry ").t(f"{rint(1, 5)}/5 ts=").lk("timestamp", epoch()).t("\n")
        elif r == 2:
            b.t("cache miss key=user:").lk("hash", rstr(HEX, 16)).t(" ttl=300\n")
        else:
            b.t("span ").lk("hash", rstr(HEX, 16)).t(" parent=").lk("hash", rstr(HEX, 16)).t(
                f" db.query {rint(1, 900)}ms\n"
            )
    return "app_log_ids"


@neg(3)
def tech_eponyms(b: B) -> str:
    k = rint(0, 3)
    if k == 0:
        b.t("When should I use ").lk("eponym", ch(EPONYMS_TECH)).t(" instead of ").lk("eponym", ch(EPONYMS_TECH)).t("?")
    elif k == 1:
        b.t("Implement ").lk("eponym", ch(EPONYMS_TECH)).t(" in Rust without external crates, with tests.")
    elif k == 2:
        b.t("Our team keeps citing ").lk(
            "eponym", ch(["Conway's law", "Brooks's law", "Murphy's law", "Goodhart's law", "Hyrum's law"])
        )
        b.t(" in design reviews. Give me three counterexamples.")
    else:
        b.t("Explain ").lk("eponym", ch(EPONYMS_TECH)).t(" like I'm five, then give the formula in LaTeX.")
    return "tech_eponyms"


@neg(3)
def brands_shopping(b: B) -> str:
    k = rint(0, 3)
    if k == 0:
        b.t("Should I buy a ").lk(
            "brand", ch(["Tesla Model 3", "Ford Mustang Mach-E", "Porsche Taycan", "Toyota bZ4X"])
        )
        b.t(" or a ").lk("brand", ch(["Mercedes-Benz EQE", "Chevrolet Bolt", "Honda e", "Peugeot e-208"])).t(
            "? Budget "
        ).lk("money", money()).t(".")
    elif k == 1:
        b.t("Is ").lk("brand", ch(["Hilton Honors", "Marriott Bonvoy", "Ritz-Carlton"])).t(
            " status worth it if I travel "
        ).t(f"{rint(5, 40)}")
        b.t(" nights a year?")
    elif k == 2:
        b.t("Write an ad comparing ").lk(
            "brand", ch(["Dr. Martens", "Hugo Boss", "Ralph Lauren", "Calvin Klein", "Tommy Hilfiger"])
        )
        b.t(" boots with ").lk("brand", ch(["Zara", "Marks & Spencer", "Lidl", "Aldi"])).t(
            " knock-offs, humorous tone."
        )
    else:
        b.t("Plan a road trip with stops at ").lk(
            "brand", ch(["Tim Hortons", "Wendy's", "McDonald's", "Chick-fil-A", "Trader Joe's"])
        )
        b.t(" and ").lk("brand", ch(["Ben & Jerry's", "Dr Pepper", "Kellogg's", "Heinz"])).t(" factory tours.")
    return "brands_shopping"


@neg(3)
def devops_tools(b: B) -> str:
    t1, t2 = ch(TOOLS), ch(TOOLS)
    k = rint(0, 3)
    if k == 0:
        b.t("Our ").lk("tool_name", t1).t(" job fails after upgrading ").lk("tool_name", t2).t(" to ").lk(
            "version", version()
        )
        b.t(". Logs say: connection reset by peer.")
    elif k == 1:
        b.lk("tool_name", "Kafka").t(" consumer lag keeps growing on topic orders.v2, partition ").t(str(rint(0, 47)))
        b.t(". ").lk("tool_name", "Cassandra").t(" writes look fine. Where do I start?")
    elif k == 2:
        b.t("Compare ").lk("tool_name", ch(["Airflow", "Dagster", "Prefect"])).t(" and ").lk(
            "tool_name", ch(["Jenkins", "Ansible", "Terraform"])
        )
        b.t(" for a team of ").t(str(rint(3, 30))).t(" engineers.")
    else:
        b.t("docker ps\nCONTAINER ID   IMAGE\n").lk("hash", rstr(HEX, 12)).t(
            f"   {ch(['redis', 'postgres', 'nginx'])}:"
        ).lk("version", f"{rint(5, 17)}.{rint(0, 9)}")
        b.t("\n").lk("hash", rstr(HEX, 12)).t("   ").lk(
            "tool_name", ch(["grafana/grafana", "jenkins/jenkins", "apache/kafka"])
        ).t(":latest\nwhy does one keep restarting?")
    return "devops_tools"


@neg(2)
def assistant_names(b: B) -> str:
    k = rint(0, 2)
    if k == 0:
        b.lk("assistant", ch(["Alexa", "Siri", "Bixby"])).t(
            ch(
                [
                    ", set a timer for 12 minutes",
                    " keeps mishearing me, how do I retrain it?",
                    " won't connect to my Wi-Fi",
                ]
            )
        )
    elif k == 1:
        b.t("Which is better for code review, ").lk(
            "assistant", ch(["Claude 3.5 Sonnet", "Claude Haiku", "Llama 3.1"])
        ).t(" or ")
        b.lk("assistant", ch(["Gemini 1.5 Pro", "ChatGPT", "Mistral Large", "GitHub Copilot"])).t("?")
    else:
        b.t("Disable ").lk("assistant", "Cortana").t(" on Windows ").lk("version", f"10.0.{rint(19041, 22631)}").t(
            " via group policy."
        )
    return "assistant_names"


@neg(2)
def places_travel(b: B) -> str:
    b.t(ch(["3-day itinerary for ", "Best coffee near ", "Cheapest way to get from the airport to "]))
    b.lk("place", ch(PLACES))
    b.t(ch(["? Flight ", " — arriving on ", ". We land "]))
    if b.parts[-1].endswith("Flight "):
        b.lk("flight_number", flight_no()).t(" lands at ").lk("timestamp", f"{rint(0, 23):02d}:{rint(0, 59):02d}").t(
            "."
        )
    else:
        b.lk("date", date_str()).t(".")
    return "places_travel"


@neg(2)
def product_csv(b: B) -> str:
    b.t(ch(["Clean up this product export:\n", "Find duplicate EANs:\n", ""]))
    b.t("sku,ean,name,price,stock\n")
    for _ in range(rint(3, 6)):
        b.lk("sku", sku()).t(",").lk("ean", ean13()).t(
            f",{ch(['USB-C cable 2m', 'Desk lamp', 'Yoga mat', 'Espresso cups x4', 'Notebook A5'])},"
        )
        b.t(f"{rint(2, 200)}.{rint(0, 99):02d},{rint(0, 500)}\n")
    return "product_csv"


@neg(2)
def lockfile(b: B) -> str:
    pkg = ch(["lodash", "react-dom", "@babel/core", "@angular/core", "express", "zod"])
    b.t(ch(["package-lock.json diff, is this safe?\n", "npm ci fails with EINTEGRITY:\n"]))
    b.t(f'"node_modules/{pkg}": {{\n  "version": "').lk("version", f"{rint(1, 19)}.{rint(0, 30)}.{rint(0, 20)}").t(
        '",\n'
    )
    b.t(f'  "resolved": "https://registry.npmjs.org/{pkg}/-/{pkg.split("/")[-1]}.tgz",\n  "integrity": "sha512-')
    b.lk("hash", rstr(B64, 86) + "==").t('"\n}')
    if "@" in pkg:
        b.t("\nAlso what does the ").lk("npm_scope", pkg.split("/")[0]).t(" scope mean?")
    return "lockfile"


@neg(2)
def regex_explainer(b: B) -> str:
    b.t(
        ch(
            [
                "Sure! Here's a regex that matches most email addresses:\n\n",
                "Here's how to validate emails in Python:\n\n",
            ]
        )
    )
    b.t('```python\nimport re\nEMAIL_RE = re.compile(r"^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$")\n\n')
    b.t('assert EMAIL_RE.match("').lk("placeholder", placeholder_email()).t(
        '")\nassert not EMAIL_RE.match("not-an-email")\n```\n\n'
    )
    b.t("Note: this won't cover quoted local parts. For ").lk("git_remote", "git@github.com:org/repo.git").t(
        " style strings it also fails, which is intended."
    )
    return "regex_explainer"


@neg(2)
def form_placeholders(b: B) -> str:
    b.t(ch(["Improve the UX copy for this form:\n", "Translate the placeholders to Spanish:\n", ""]))
    b.t('<input name="full_name" placeholder="').lk("placeholder", ch(PLACEHOLDER_NAMES)).t('">\n')
    b.t('<input name="email" placeholder="').lk("placeholder", placeholder_email()).t('">\n')
    b.t('<input name="phone" placeholder="').lk(
        "placeholder", ch(["+1 (555) 000-0000", "+49 000 0000000", "(XXX) XXX-XXXX", "+44 0000 000000"])
    ).t('">\n')
    b.t('<input name="card" placeholder="').lk(
        "placeholder", ch(["1234 5678 9012 3456", "XXXX XXXX XXXX XXXX", "0000 0000 0000 0000"])
    ).t('">')
    return "form_placeholders"


@neg(2)
def flight_status(b: B) -> str:
    b.t(ch(["Is ", "My flight ", "Will "])).lk("flight_number", flight_no()).t(ch([" on ", " departing "])).lk(
        "date", date_str()
    )
    b.t(ch([" delayed? Gate ", " still on time? Terminal "])).t(f"{ch('ABCDE')}{rint(1, 60)}").t(". Booking code ").lk(
        "booking_ref", pnr()
    )
    b.t(", connecting to ").lk("flight_number", flight_no()).t(".")
    return "flight_status"


@neg(5)
def multilingual_neg(b: B) -> str:
    k = rint(0, 11)
    if k == 0:
        b.t("Mein Router (Firmware ").lk("version", version()).t(") startet seit dem ").lk(
            "date", f"{rint(1, 28):02d}.{rint(1, 12):02d}.{rint(2024, 2026)}"
        )
        b.t(" ständig neu. Was kann ich tun?")
    elif k == 1:
        b.t("Ma commande ").lk("order_number", order_no()).t(" est bloquée depuis le ").lk("date", date_str()).t(
            ". Que faire ?"
        )
    elif k == 2:
        b.t("¿Cómo actualizo de ").lk("version", version()).t(" a ").lk("version", version()).t(" sin perder datos?")
    elif k == 3:
        b.t("Minha encomenda ").lk("tracking_number", f"{rstr(string.ascii_uppercase, 2)}{digits(9)}BR").t(
            " está parada em Curitiba desde "
        ).lk("date", date_str()).t(".")
    elif k == 4:
        b.t("請問").lk("version", f"iOS {rint(15, 18)}.{rint(0, 6)}").t("更新後電池很耗電怎麼辦？")
    elif k == 5:
        b.t("注文番号").lk("order_number", f"{digits(3)}-{digits(7)}-{digits(7)}").t(
            "の配送状況を確認する方法を教えて。"
        )
    elif k == 6:
        b.t("Как откатить ").lk("tool_name", "Kubernetes").t(" с ").lk("version", version()).t(" без простоя?")
    elif k == 7:
        b.t("كيف أحدّث نظام التشغيل إلى الإصدار ").lk("version", version()).t("؟")
    elif k == 8:
        b.t("택배 운송장 번호 ").lk("tracking_number", digits(12)).t(" 배송 조회가 안 돼요.")
    elif k == 9:
        b.t("मेरा ऑर्डर ").lk("order_number", order_no()).t(" अभी तक नहीं आया, क्या करूँ?")
    elif k == 10:
        b.t("Siparişimi ").lk("date", date_str()).t(" tarihinde verdim ama kargo takip numarası ").lk(
            "tracking_number", digits(12)
        ).t(" çalışmıyor.")
    else:
        b.t("Πώς κάνω αναβάθμιση στην έκδοση ").lk("version", version()).t(";")
    return "multilingual_neg"


@neg(3)
def chit_chat(b: B) -> str:
    b.t(
        ch(
            [
                "Write a haiku about autumn rain on a tin roof.",
                "What's the difference between affect and effect?",
                "Give me a 20-minute bodyweight workout I can do in a hotel room.",
                "Explain quantum entanglement to a 10-year-old.",
                "Translate 'the meeting has been moved to next week' into Japanese and Korean.",
                "Peux-tu me donner une recette de ratatouille pour six personnes ?",
                "Schreib mir eine kurze Geburtstagskarte für meine Kollegin, locker und lustig.",
                "¿Cuál es la capital de Australia y por qué no es Sídney?",
                "用三句话解释什么是机器学习。",
                "日本語の敬語の使い方を簡単に説明してください。",
                "Напиши короткое стихотворение о зиме.",
                "اشرح لي الفرق بين الذكاء الاصطناعي والتعلم الآلي.",
                "비 오는 날에 어울리는 노래 추천해 줘.",
                "मुझे एक छोटी कहानी सुनाओ जिसमें एक बिल्ली हो।",
                "Summarise the water cycle in five bullet points.",
                "Bana İstanbul'da gezilecek 5 yer öner.",
                "Wat is het verschil tussen 'hun' en 'hen'?",
                "Jak napisać dobre CV bez doświadczenia?",
                "כתוב לי ברכה קצרה ליום הולדת.",
                "Γράψε μου ένα σύντομο ποίημα για τη θάλασσα.",
                "How do I politely decline a meeting invite?",
                "Rewrite this to sound more confident: 'I think maybe we could possibly try the new approach?'",
                "List 10 icebreaker questions for a remote team.",
                "What's a good name for a sourdough starter?",
            ]
        )
    )
    return "chit_chat"


@neg(3)
def multilingual_neg_tech(b: B) -> str:
    k = rint(0, 9)
    if k == 0:
        b.t("Unser ").lk("tool_name", "Jenkins").t("-Build bricht seit Version ").lk("version", version()).t(
            " ab. Log-ID "
        )
        b.lk("uuid", uuid4()).t(". Woran liegt das?")
    elif k == 1:
        b.t("Quelle est la différence entre ").lk("eponym", "la loi de Moore").t(" et ").lk(
            "eponym", "la loi d'Amdahl"
        ).t(" ?")
    elif k == 2:
        b.t("¿Vale la pena comprar un ").lk("brand", ch(["Tesla Model Y", "Ford Kuga", "Peugeot 3008"])).t(" en ")
        b.lk("year", str(rint(2024, 2026))).t("? Presupuesto ").lk("money", f"{rint(20, 60)}.000 €").t(".")
    elif k == 3:
        b.lk("tool_name", "Kafka").t("のコンシューマーラグが増え続けています。バージョンは").lk("version", version()).t(
            "です。"
        )
    elif k == 4:
        b.t("如何把").lk("tool_name", "Elasticsearch").t("从").lk("version", version()).t("升级到").lk(
            "version", version()
        )
        b.t("？集群ID是").lk("uuid", uuid4()).t("。")
    elif k == 5:
        b.t("Почему ").lk("tool_name", "Ansible").t(" пишет ошибку на хосте ").lk("loopback", "127.0.0.1").t("?")
    elif k == 6:
        b.lk("tool_name", "Terraform").t(" 상태 파일이 잠겼어요. 락 ID ").lk("uuid", uuid4()).t(" 어떻게 해제하나요?")
    elif k == 7:
        b.t("ما الفرق بين ").lk("eponym", "خوارزمية ديكسترا").t(" و").lk("eponym", "خوارزمية كروسكال").t("؟")
    elif k == 8:
        b.t("Qual a diferença entre ").lk("brand", ch(["Hilton Honors", "Marriott Bonvoy"])).t(" e o programa da ")
        b.lk("brand", ch(["TAP", "LATAM", "Azul"])).t("? Pedido ").lk("order_number", order_no()).t(".")
    else:
        b.t("Hoe werkt ").lk("eponym", "een Bloom-filter").t(" precies? Leg het uit met een voorbeeld in ").lk(
            "tool_name", "Julia"
        ).t(".")
    return "multilingual_neg_tech"


@neg(1)
def sql_schema(b: B) -> str:
    b.t(
        "Review this schema for GDPR issues:\n\nCREATE TABLE users (\n"
        "  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\n"
    )
    b.t(
        "  email CITEXT UNIQUE NOT NULL,\n  phone_e164 VARCHAR(16),\n  ssn_hash BYTEA,\n"
        "  iban_last4 CHAR(4),\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n"
    )
    b.t("-- migration ").lk(
        "version", f"{rint(2023, 2026)}{rint(1, 12):02d}{rint(1, 28):02d}_{rint(100000, 235959)}"
    ).t("_add_users\n")
    b.t("Should I encrypt the email column or hash it?")
    return "sql_schema"


@neg(2)
def browser_bug(b: B) -> str:
    b.t("Bug report\nBrowser: Chrome ").lk("version", f"{rint(110, 131)}.0.{rint(5000, 6999)}.{rint(10, 250)}")
    b.t("\nOS: ").t(ch(["Windows 11 ", "macOS 14.", "Ubuntu 24.04"]))
    if b.parts[-1] == "Windows 11 ":
        b.lk("version", f"23H2 build 22631.{rint(1000, 4500)}")
    elif b.parts[-1] == "macOS 14.":
        b.t(str(rint(0, 6)))
    b.t("\nSteps: open /settings, click Save\nConsole: Uncaught TypeError at main.").lk("hash", rstr(HEX, 8)).t(
        ".js:1:"
    )
    b.t(str(rint(1000, 99999))).t("\nSession: ").lk("uuid", uuid4())
    return "browser_bug"


@neg(2)
def math_numbers(b: B) -> str:
    k = rint(0, 3)
    if k == 0:
        b.t("Is ").lk("non_luhn_digits", non_luhn(ch(["1", "7", "8"]), ch([10, 12, 16]))).t(" prime? Show the method.")
    elif k == 1:
        b.t("Convert epoch ").lk("timestamp", epoch()).t(" to a human date in UTC and in Asia/Tokyo.")
    elif k == 2:
        b.t("What's the checksum digit for ISBN ").lk("isbn", isbn13()).t("? Walk me through it.")
    else:
        b.t("Convert ").lk("hex_color", "#" + rstr(HEX, 6)).t(" to HSL and suggest a complementary color.")
    return "math_numbers"


@neg(2)
def coordinates_weather(b: B) -> str:
    lat = f"{R.uniform(-60, 70):.4f}"
    lon = f"{R.uniform(-170, 170):.4f}"
    b.t("Weather API returns null for lat=").lk("coordinates", lat).t(", lon=").lk("coordinates", lon).t(" at ").lk(
        "timestamp", iso_ts()
    )
    b.t(". Station id ").lk("station_id", f"{rstr(string.ascii_uppercase, 4)}{rint(1, 9)}").t(". Is my query wrong?")
    return "coordinates_weather"


@neg(2)
def model_answer_howto(b: B) -> str:
    b.t(ch(["To rotate a leaked key safely:\n\n", "Here's a checklist for secrets hygiene:\n\n"]))
    b.t("1. Revoke the old credential in the provider console (e.g. the one shown as ").lk(
        "masked_key", masked_key()
    ).t(").\n")
    b.t("2. Generate a new one and store it in your secret manager, never in code. Reference it as ").lk(
        "placeholder", placeholder_key()
    ).t(".\n")
    b.t("3. Purge history with `git filter-repo` and force-push; commit ").lk("hash", sha(7)).t(" will disappear.\n")
    b.t("4. Check audit logs since ").lk("date", date_str()).t(".\n\nAWS's docs use ").lk(
        "example_key", "AKIAIOSFODNN7EXAMPLE"
    ).t(" as a sample — it is not a real key.")
    return "model_answer_howto"


@neg(1)
def ssh_git_targets(b: B) -> str:
    b.t(ch(["git push fails:\n", "ssh config help:\n"]))
    b.t("$ git remote -v\norigin  ").lk(
        "git_remote",
        ch(["git@github.com:", "git@gitlab.com:", "git@bitbucket.org:"])
        + ch(["acme-platform/api", "team/infra", "data/etl"])
        + ".git",
    )
    b.t(" (push)\nPermission denied (publickey).\n\nHost bastion\n  HostName ").lk("loopback", "localhost").t(
        "\n  User ubuntu\n  IdentityFile ~/.ssh/id_ed25519"
    )
    return "ssh_git_targets"


@neg(1)
def decorators_handles(b: B) -> str:
    b.t("Why doesn't ").lk("decorator", ch(["@pytest.fixture", "@lru_cache", "@app.route", "@Override", "@Injectable"]))
    b.t(" work here? Someone on the forum (").lk(
        "handle", ch(["@devnull42", "@rustacean", "@k8s_wizard", "@pixelpusher"])
    )
    b.t(") said to import from ").lk("npm_scope", ch(["@angular/core", "@nestjs/common", "@types/node"])).t(
        " but that's Node."
    )
    return "decorators_handles"


@neg(1)
def uuid_api_response(b: B) -> str:
    b.t('{"data": [')
    for i in range(rint(2, 3)):
        b.t('{"id": "').lk("uuid", uuid4()).t('", "etag": "').lk("hash", rstr(HEX, 32)).t('", "updated": "').lk(
            "timestamp", iso_ts()
        ).t('"}')
        b.t(", " if i < 1 else "")
    b.t('], "next_cursor": "').lk("cursor", rstr(B64URL, 24)).t('"}\n\nHow do I paginate this in TypeScript?')
    return "uuid_api_response"


@neg(1)
def routing_bic(b: B) -> str:
    b.t("What's the difference between a routing number like ").lk("routing_number", routing_no()).t(
        " and a SWIFT code like "
    )
    b.lk("bic", bic()).t("? I'm sending money from the US to Germany.")
    return "routing_bic"


# ---- hard positive cases -------------------------------------------------------------------

NAME_BRAND_CLASH = [
    ("Ford", "Ford"),
    ("Hilton", "Hilton"),
    ("Parkinson", "Parkinson's disease"),
    ("Jenkins", "Jenkins"),
    ("Dell", "Dell"),
    ("Bell", "Bell's palsy"),
    ("Morgan", "Morgan Stanley"),
    ("Crohn", "Crohn's disease"),
    ("Kafka", "Kafka"),
    ("Porsche", "Porsche"),
    ("Tesla", "Tesla"),
    ("Heinz", "Heinz"),
    ("Marriott", "Marriott Bonvoy"),
    ("Dyson", "Dyson"),
    ("Martens", "Dr. Martens"),
    ("Boss", "Hugo Boss"),
    ("Hudson", "Hudson"),
]


@pos(3)
def name_brand_clash(b: B) -> str:
    sur, thing = ch(NAME_BRAND_CLASH)
    first = ch(
        ["Emily", "Tom", "Priya", "Kwame", "Sofia", "Daniel", "Aisha", "Lars", "Mei", "Rafael", "Grace", "Tobias"]
    )
    kind = "eponym" if ("disease" in thing or "palsy" in thing) else ("tool_name" if thing in TOOLS else "brand")
    k = rint(0, 2)
    if k == 0:
        b.name(f"{first} {sur}").t(" says the ").lk(kind, thing).t(ch([" issue", " thing", " ticket"])).t(
            " is fixed — can you confirm with "
        )
        b.name(first).t(" at ").email(f"{first.lower()}.{sur.lower()}@{ch(COMPANY_DOMAINS)}").t("?")
    elif k == 1:
        b.t("Draft a reply to Dr. ").name(sur).t(" about the ").lk(kind, thing).t(" referral; ").name(first).t(
            "'s number is "
        ).phone(phone()).t(".")
    else:
        b.t("Note from ").name(f"{first} {sur}").t(": no relation to ").lk(kind, thing).t(
            ", people ask all the time 🙃"
        )
    return "name_brand_clash"


@pos(2)
def mixed_valid_invalid(b: B) -> str:
    k = rint(0, 3)
    if k == 0:
        b.t("Two SSNs were entered for applicant ").name(person_latin().full).t(": ").ssn(ssn("dash")).t(
            " (from the W-2) and "
        )
        b.lk("invalid_ssn", ssn_invalid()).t(" (typed by the user, fails validation). Which should we keep?")
    elif k == 1:
        b.t("Customer sent IBAN ").lk("invalid_iban", iban_invalid()).t(" first, then corrected it to ").iban(iban()).t(
            ". Update the mandate."
        )
    elif k == 2:
        b.t("The chat log shows order ").lk("non_luhn_digits", non_luhn("4", 16)).t(" and, sadly, a full card ").card(
            card()
        )
        b.t(" pasted by the user. Purge the card, keep the order id.")
    else:
        _p, _v, k2 = api_key(ch(["aws_id", "github", "stripe_sk", "openai"]))
        b.t("In the README we replaced ").key(k2).t(" with ").lk("placeholder", placeholder_key())
        b.t(", but the old value is still in commit ").lk("hash", sha(40)).t(". Is it enough to force-push?")
    return "mixed_valid_invalid"


@pos(2)
def url_ip_email(b: B) -> str:
    pn = person_latin()
    k = rint(0, 3)
    if k == 0:
        b.t("Admin panel at http://").ip(ipv4_private()).t(
            f":{ch([8080, 8443, 9000, 3000])}/admin doesn't load from VPN but works from "
        ).ip(ipv4_private()).t(".")
    elif k == 1:
        b.t("GET /api/v1/password-reset?email=").email(email_for(pn)).t("&lang=en 302 from ").ip(ipv4_public()).t(
            " — is logging this a GDPR problem?"
        )
    elif k == 2:
        b.t('<p>Questions? <a href="mailto:').email(role_email()).t('">Contact us</a> or call <a href="tel:')
        ph = phone()
        b.phone(e164(ph) if ph.startswith("+") else ph.replace(" ", "")).t('">').phone(ph).t(
            "</a></p>\nFix the accessibility issues in this HTML."
        )
    else:
        b.t("ping ").ip(ipv6() if coin() else ipv4()).t(" works but curl http://[").ip(ipv6()).t("]:").t(
            str(rint(1024, 9999))
        ).t("/ times out")
    return "url_ip_email"


@pos(2)
def phone_extension(b: B) -> str:
    pn = person(ch(["en", "en", "in_l", "es"]))
    b.t("Please call ").name(pn.full).t(" at ").phone(phone(ch(["US", "CA"]))).t(ch([" ext. ", " x", " ext "])).lk(
        "extension", str(rint(100, 9999))
    )
    b.t(" regarding claim ").lk("claim_number", f"CLM-{digits(8)}").t(". Hours: 9–5 ").t(ch(["EST", "PST", "CT"])).t(
        ". Emergencies: call "
    )
    b.lk("short_code", "911").t(".")
    return "phone_extension"


@pos(2)
def ci_workflow(b: B) -> str:
    b.t(ch(["Why is this GitHub Actions workflow leaking secrets?\n", "```yaml\n", ""]))
    b.t("name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    env:\n")
    for _ in range(rint(1, 3)):
        _p, var, k = api_key(
            ch(
                [
                    "aws_id",
                    "aws_secret",
                    "npm",
                    "pypi",
                    "digitalocean",
                    "vercel",
                    "doppler",
                    "hf",
                    "gcp_oauth",
                    "github_fine",
                ]
            )
        )
        b.t(f"      {var}: ").key(k).t("\n")
    b.t("      STRIPE_KEY: ").lk("placeholder", "${{ secrets.STRIPE_KEY }}").t(
        "\n    steps:\n      - uses: actions/checkout@"
    )
    b.lk("hash", sha(40)).t(" # v4\n      - run: ./deploy.sh ").ip(ipv4_public()).t("\n")
    return "ci_workflow"


@pos(2)
def terraform_vars(b: B) -> str:
    b.t(ch(["terraform plan errors with this tfvars:\n", "# prod.tfvars\n"]))
    _p, _v, kid = api_key("aws_id")
    _p, _v, sec = api_key("aws_secret")
    b.t('access_key = "').key(kid).t('"\nsecret_key = "').key(sec).t('"\nregion     = "').t(
        ch(["eu-central-1", "us-east-1", "ap-northeast-2"])
    )
    b.t('"\nvpc_cidr   = "').lk("cidr", f"10.{rint(0, 255)}.0.0/16").t('"\nbastion_ip = "').ip(ipv4_public()).t(
        '"\nami        = "'
    )
    b.lk("ami_id", "ami-" + rstr(HEX, 17)).t('"\n')
    return "terraform_vars"


@pos(1)
def azure_conn_string(b: B) -> str:
    _p, _v, k = api_key("azure")
    b.t("Connection fails:\nDefaultEndpointsProtocol=https;AccountName=").t(
        ch(["prodlogs", "mediastore01", "backupsweu"])
    )
    b.t(";AccountKey=").key(k).t(";EndpointSuffix=core.windows.net\n\nIs the account key format right?")
    return "azure_conn_string"


@pos(2)
def dataframe_output(b: B) -> str:
    b.t(ch(["df.head() gives:\n", "Why are the phone numbers parsed as floats?\n", "Output:\n"]))
    b.t("   customer_id            name                      email           phone\n")
    for i in range(rint(3, 5)):
        pn = person()
        b.t(f"{i}  ").lk("customer_number", digits(7)).t("  ").name(pn.full).t("  ").email(email_for(pn)).t("  ").phone(
            phone()
        ).t("\n")
    return "dataframe_output"


@pos(1)
def xml_payload(b: B) -> str:
    pn = person()
    b.t("<soap:Body>\n  <CreateCustomer>\n    <Name>").name(pn.full).t("</Name>\n    <Email>").email(email_for(pn)).t(
        "</Email>\n"
    )
    b.t("    <Iban>").iban(iban_raw()).t("</Iban>\n    <ClientIp>").ip(ip_any()).t("</ClientIp>\n    <RequestId>").lk(
        "uuid", uuid4()
    )
    b.t("</RequestId>\n  </CreateCustomer>\n</soap:Body>\nThe service returns a fault: 'Iban invalid'. Why?")
    return "xml_payload"


@pos(2)
def guest_list_titles(b: B) -> str:
    titles = {
        "en": ["Mr. ", "Mrs. ", "Ms ", "Dr. ", "Prof. ", ""],
        "de": ["Herr ", "Frau ", "Dr. ", ""],
        "fr": ["M. ", "Mme ", "Dr ", ""],
        "es": ["Sr. ", "Sra. ", "Dña. ", ""],
        "it": ["Sig. ", "Sig.ra ", "Dott. ", ""],
        "pt": ["Sr. ", "Sra. ", "Dra. ", ""],
    }
    cul = ch(list(titles))
    b.t(ch(["Seating plan — table ", "Invite list for gala, table ", "Panel speakers, session "])).t(f"{rint(1, 20)}: ")
    n = rint(3, 5)
    for i in range(n):
        pn = person(cul)
        b.t(ch(titles[cul])).name(pn.full)
        b.t(", " if i < n - 1 else ". ")
    b.t("Vegetarian: ").name(pn.first).t(".")
    return "guest_list_titles"


@pos(2)
def cjk_honorifics(b: B) -> str:
    k = rint(0, 2)
    if k == 0:
        pn = person("ja")
        b.name(pn.first).t("さん、明日の会議は").lk("timestamp", f"{rint(9, 17)}:00").t("からです。資料は").email(
            email_for(pn, company=True)
        ).t("に送ってください。")
    elif k == 1:
        pn = person("zh")
        b.name(pn.full).t("老师您好，我的学号是").lk("student_id", digits(10)).t("，想请假两天。")
    else:
        pn = person("ko")
        b.name(pn.full).t(" 님, 회의록 공유드립니다. 문의는 ").phone(phone("KR")).t("로 연락 주세요.")
    return "cjk_honorifics"


@pos(2)
def long_model_answer(b: B) -> str:
    pn = person()
    b.t(ch(["Absolutely — here's a draft you can adapt.\n\n", "Here's a polished version of your email:\n\n"]))
    b.t("Subject: Follow-up on our conversation\n\nDear ").name(pn.full).t(",\n\n")
    b.t("Thank you for taking the time to speak with me on ").lk("date", date_str()).t(
        ". As promised, I've attached the proposal "
    )
    b.t("(v").lk("version", f"{rint(1, 4)}.{rint(0, 9)}").t(") along with the pricing sheet. ")
    b.t("Our implementation typically follows the same phased approach we used for ").lk(
        "brand", ch(["Siemens", "Philips", "Boeing", "Nestlé"])
    )
    b.t(", which keeps risk low while delivering early value.\n\nIf anything is unclear, you can reach me directly at ")
    me = person()
    b.phone(phone()).t(" or ").email(email_for(me, company=True)).t(".\n\nKind regards,\n").name(me.full)
    b.t("\n\n---\nTips: keep the subject line specific, and mention the reference ").lk("ticket_id", ticket_id()).t(
        " so they can find the thread."
    )
    return "long_model_answer"


@pos(1)
def lookalike_heavy_pos(b: B) -> str:
    b.t("Incident ").lk("ticket_id", ticket_id()).t(" at ").lk("timestamp", iso_ts()).t(": host ").lk(
        "mac_address", mac()
    )
    b.t(" (fw ").lk("version", version()).t(", build ").lk("hash", sha(12)).t(") started beaconing to ").ip(
        ipv4_public()
    )
    b.t(". Asset tag ").lk("asset_tag", f"AT-{digits(6)}").t(", owner ").name(person().full).t(
        ". Correlate with EDR alert "
    ).lk("uuid", uuid4()).t(".")
    return "lookalike_heavy_pos"


@pos(1)
def whatsapp_export(b: B) -> str:
    p1, p2 = person(), person()
    for i in range(rint(3, 5)):
        who = p1 if i % 2 == 0 else p2
        b.t("[").lk(
            "timestamp",
            f"{rint(1, 28):02d}/{rint(1, 12):02d}/{rint(24, 26)}, "
            f"{rint(0, 23):02d}:{rint(0, 59):02d}:{rint(0, 59):02d}",
        ).t("] ")
        b.name(who.first).t(": ")
        r = rint(0, 3)
        if r == 0:
            b.t("new number btw ").phone(phone())
        elif r == 1:
            b.t("ok see u at ").lk("place", ch(["Victoria Station", "São Paulo airport", "Washington Square"]))
        elif r == 2:
            b.t("send me the tickets on ").email(email_for(who))
        else:
            b.t("lol")
        b.t("\n")
    b.t("Summarise this chat.")
    return "whatsapp_export"


@pos(1)
def ipv4_vs_version(b: B) -> str:
    v = f"{rint(1, 9)}.{rint(0, 9)}.{rint(0, 9)}.{rint(0, 9)}"
    b.t("After upgrading the agent to ").lk("version", v).t(" it reports its address as ").ip(ipv4_private())
    b.t(" instead of ").ip(ipv4_private()).t(". SNMP OID ").lk("oid", f"1.3.6.1.2.1.{rint(1, 30)}.{rint(1, 9)}").t(
        " still shows the old one."
    )
    return "ipv4_vs_version"


# ---- more card / SSN / IBAN / key cases ----------------------------------------------------


@pos(4)
def checkout_log_leak(b: B) -> str:
    b.t(ch(["Our checkout service logged this — how bad is it?\n", "Found in prod logs:\n", ""]))
    for _ in range(rint(2, 4)):
        b.lk("timestamp", iso_ts()).t(" ")
        r = rint(0, 2)
        if r == 0:
            b.t("DEBUG PaymentRequest{pan=").card(card_number()).t(", exp=").lk(
                "expiry", f"{rint(1, 12):02d}{rint(26, 31)}"
            )
            b.t(", cvv=***, order=").lk("order_number", order_no().lstrip("#")).t("}\n")
        elif r == 1:
            b.t("INFO charge ok card=").lk("masked_card", masked_card()).t(" amount=").lk("money", money()).t("\n")
        else:
            b.t("WARN retry idempotency_key=").lk("uuid", uuid4()).t("\n")
    b.t('DEBUG tokenize card_number="').card(card()).t('" bin_country=').t(ch(["US", "DE", "BR", "JP", "GB"]))
    return "checkout_log_leak"


@pos(4)
def dlp_scan_report(b: B) -> str:
    b.t(ch(["Our DLP scanner output — which of these are real card numbers?\n", "PCI scan results:\n"]))
    n = rint(3, 5)
    real = rint(0, n - 1)
    for i in range(n):
        b.t(f"exports/{ch(['orders', 'refunds', 'tickets', 'crm'])}_{rint(2023, 2026)}.csv:{rint(2, 9000)}: ")
        if i == real or coin(0.3):
            b.card(card_number() if coin(0.6) else card())
        else:
            b.lk("non_luhn_digits", non_luhn(ch(["4", "5", "37", "6011"]), ch([15, 16])))
        b.t("\n")
    return "dlp_scan_report"


@pos(4)
def card_multilingual(b: B) -> str:
    pn = person(ch(["de", "fr", "ja", "zh", "pt", "it", "pl", "tr", "ko"]))
    num = card()
    exp = f"{rint(1, 12):02d}/{rint(26, 31)}"
    c = pn.culture
    if c == "de":
        b.t("Meine Kreditkarte ").card(num).t(" (gültig bis ").lk("expiry", exp).t(
            ") wurde gesperrt. Karteninhaber: "
        ).name(pn.full).t(". Was tun?")
    elif c == "fr":
        b.t("Ma carte ").card(num).t(" a été débitée deux fois chez ").lk(
            "brand", ch(["Carrefour", "Zara", "Peugeot"])
        ).t(". Titulaire : ").name(pn.full).t(".")
    elif c == "ja":
        b.t("カード番号").card(num).t("（有効期限").lk("expiry", exp).t("）で決済できません。名義は").name(pn.full).t(
            "です。"
        )
    elif c == "zh":
        b.t("我的信用卡").card(num).t("被盗刷了，持卡人").name(pn.full).t("，怎么办？")
    elif c == "pt":
        b.t("Cartão ").card(num).t(" validade ").lk("expiry", exp).t(", titular ").name(pn.full).t(
            ". A compra foi recusada."
        )
    elif c == "it":
        b.t("La carta ").card(num).t(" intestata a ").name(pn.full).t(" risulta bloccata.")
    elif c == "pl":
        b.t("Karta ").card(num).t(" (").name(pn.full).t(") została odrzucona przy płatności.")
    elif c == "tr":
        b.t("Kart numaram ").card(num).t(", son kullanma ").lk("expiry", exp).t(". Ödeme neden reddedildi?")
    else:
        b.t("카드번호 ").card(num).t(" 결제가 안 됩니다. 명의자 ").name(pn.full).t(".")
    return "card_multilingual"


@pos(2)
def card_in_json(b: B) -> str:
    pn = person()
    b.t('Why does the gateway return "invalid_expiry"?\n{"source": {"object": "card", "number": "').card(card_number())
    b.t('", "exp_month": ').t(str(rint(1, 12))).t(', "exp_year": ').t(str(rint(2026, 2031))).t(', "name": "').name(
        pn.full
    )
    b.t('"}, "metadata": {"order_id": "').lk("order_number", order_no().lstrip("#")).t('"}}')
    return "card_in_json"


@pos(4)
def payroll_csv_ssn(b: B) -> str:
    b.t(ch(["Compute total wages per state:\n", "Check this payroll export for errors:\n", ""]))
    b.t("employee,ssn,state,gross_wages,pay_date\n")
    for _ in range(rint(2, 5)):
        pn = person(ch(["en", "es", "in_l", "ng", "vi", "ko", "zh", "pl", "it"]))
        b.name(pn.full).t(",").ssn(ssn(ch(["dash", "dash", "plain"]))).t(
            f",{ch(['CA', 'TX', 'NY', 'WA', 'FL', 'IL'])},"
        )
        b.t(f"{rint(1500, 12000)}.{rint(0, 99):02d},").lk(
            "date", f"{rint(2024, 2026)}-{rint(1, 12):02d}-{ch(['01', '15', '28'])}"
        ).t("\n")
    return "payroll_csv_ssn"


@pos(4)
def ssn_forms_misc(b: B) -> str:
    pn = person(ch(["en", "es", "in_l", "ng", "vi", "ko", "zh", "ar_l"]))
    k = rint(0, 4)
    if k == 0:
        b.t("Form 1099-NEC\nRecipient's TIN: ").ssn(ssn("dash")).t("\nRecipient's name: ").name(pn.full)
        b.t("\nBox 1 Nonemployee compensation: ").lk("money", money()).t("\n\nDo I need to file a state copy too?")
    elif k == 1:
        b.t("Hola, mi número de seguro social es ").ssn(ssn()).t(
            " y no puedo crear la cuenta en el portal. Me llamo "
        ).name(pn.full).t(".")
    elif k == 2:
        b.t("Benefits enrollment — dependent: ").name(pn.full).t(", relationship: child, SSN ").ssn(ssn()).t(
            ", DOB "
        ).lk("date", dob())
        b.t(". Plan year ").lk("year", str(rint(2025, 2027))).t(".")
    elif k == 3:
        b.t('{"applicant": {"name": "').name(pn.full).t('", "ssn": "').ssn(ssn(ch(["dash", "plain"]))).t(
            '", "dob": "'
        ).lk("date", dob())
        b.t('"}, "product": "personal_loan"}\nThe credit bureau API says SSN mismatch.')
    else:
        b.t("social security # ").ssn(ssn()).t(" — can you tell me if this was issued in ").lk(
            "place", ch(["Washington", "Houston", "Columbus, Ohio"])
        )
        b.t("? It's my grandfather's, ").name(pn.first).t(".")
    return "ssn_forms_misc"


@pos(3)
def sepa_mandate(b: B) -> str:
    pn = person(ch(["de", "fr", "nl", "es", "it", "pt", "pl", "sv", "en", "tr", "el"]))
    b.t(ch(["SEPA-Lastschriftmandat\n", "SEPA Direct Debit Mandate\n", "Mandat de prélèvement SEPA\n"]))
    b.t("Mandate reference: ").lk("reference", f"MNDT-{rstr(UPNUM, 10)}").t("\nCreditor ID: ").lk(
        "creditor_id", f"DE{rint(10, 99)}ZZZ0000{digits(7)}"
    )
    b.t("\nDebtor: ").name(pn.full).t("\nIBAN: ").iban(iban()).t("\nBIC: ").lk("bic", bic()).t("\nDate: ").lk(
        "date", date_str()
    )
    b.t("\n\n").t(ch(["Is this mandate valid without a signature?", "Translate to English.", ""]))
    return "sepa_mandate"


@pos(2)
def secrets_scan_output(b: B) -> str:
    b.t(ch(["gitleaks found these, which are real?\n", "trufflehog output:\n", "Secret scanner report:\n"]))
    for i in range(rint(2, 4)):
        f = ch(
            ["src/config.ts", "scripts/deploy.sh", "notebooks/eda.ipynb", ".github/workflows/ci.yml", "docs/setup.md"]
        )
        b.t(f"{f}:{rint(1, 400)}  ")
        r = 0 if i == 0 else rint(0, 3)
        if r <= 1:
            prov, _v, k = api_key()
            if prov == "slack_webhook":
                prov, _v, k = api_key("slack_bot")
            b.t(f"{prov}  ").key(k)
        elif r == 2:
            _v, ek = ch(EXAMPLE_KEYS)
            b.t("aws  ").lk("example_key", ek)
        else:
            b.t("generic  ").lk("placeholder", placeholder_key())
        b.t("\n")
    b.t("commit ").lk("hash", sha(40))
    return "secrets_scan_output"


@pos(1)
def slack_webhook_paste(b: B) -> str:
    _p, _v, url = api_key("slack_webhook")
    b.t('requests.post("').key(url).t('", json={"text": "deploy done"})\n# returns 404 no_service, why?')
    return "slack_webhook_paste"


@pos(1)
def ssh_private_context(b: B) -> str:
    pn = person_latin()
    b.t("Added my key but still denied:\n~/.ssh/config\nHost prod\n  HostName ").ip(ipv4_public()).t("\n  User ")
    b.lk("ssh_user", ch(["ubuntu", "ec2-user", "deploy"])).t("\n\nssh -v shows: Offering public key: ").lk(
        "hash", "SHA256:" + rstr(B64, 43)
    )
    b.t(" ED25519 ").lk("ssh_target", f"{fold(pn.first).lower()}@laptop").t("\nServer admin is ").name(pn.full).t(".")
    return "ssh_private_context"


# ---------------------------------------------------------------------------------------------
# assembly and self-checks
# ---------------------------------------------------------------------------------------------


def _pick(pool: list) -> object:
    fns = [fn for fn, _w in pool]
    weights = [w for _fn, w in pool]
    return R.choices(fns, weights=weights, k=1)[0]


def _check(rec: dict, negative: bool) -> None:
    text = rec["text"]
    for sp in rec["spans"] + rec["lookalikes"]:
        assert text[sp["start"] : sp["end"]] == sp["text"], sp
        assert sp["text"] and sp["text"] == sp["text"].strip(), sp
    ivs = sorted((s["start"], s["end"]) for s in rec["spans"] + rec["lookalikes"])
    for (_s1, e1), (s2, _e2) in itertools.pairwise(ivs):
        assert e1 <= s2, (rec["template"], ivs)
    if negative:
        assert not rec["spans"], rec
    for sp in rec["spans"]:
        v = sp["text"]
        if sp["type"] == "CREDIT_CARD":
            assert luhn_ok("".join(c for c in v if c.isdigit())), v
        elif sp["type"] == "IBAN_CODE":
            assert iban_valid(v.replace(" ", "")), v
        elif sp["type"] == "US_SSN":
            d = "".join(c for c in v if c.isdigit())
            area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
            assert 0 < area < 900 and area != 666 and group > 0 and serial > 0, v
    for lk in rec["lookalikes"]:
        v = lk["text"]
        if lk["kind"] == "non_luhn_digits":
            assert not luhn_ok(v), v
        elif lk["kind"] == "invalid_iban":
            assert not iban_valid(v.replace(" ", "")), v


def generate() -> list[dict]:
    records: list[dict] = []
    seen: set[str] = set()
    while len(records) < N_TEXTS:
        negative = R.random() < NEG_SHARE
        fn = _pick(NEG if negative else POS)
        b = B()
        template = fn(b)
        rec = {
            "id": "",
            "template": template,
            "text": b.text(),
            "spans": b.spans,
            "lookalikes": b.looks,
        }
        if rec["text"] in seen:
            continue
        seen.add(rec["text"])
        _check(rec, negative)
        rec["id"] = f"heldout18-{len(records) + 1:04d}"
        records.append(rec)
    return records


def main() -> None:
    # lead, session 12: `--out PATH` (the repo's reproduction test writes elsewhere); the default is unchanged
    global OUT
    if "--out" in sys.argv:
        OUT = Path(sys.argv[sys.argv.index("--out") + 1])
    records = generate()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-read and verify what was written
    types: Counter = Counter()
    kinds: Counter = Counter()
    templates: Counter = Counter()
    n_neg = 0
    with OUT.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for sp in rec["spans"] + rec["lookalikes"]:
                assert rec["text"][sp["start"] : sp["end"]] == sp["text"]
            types.update(sp["type"] for sp in rec["spans"])
            kinds.update(lk["kind"] for lk in rec["lookalikes"])
            templates[rec["template"]] += 1
            n_neg += not rec["spans"]
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    print(
        f"texts={len(records)} no_pii={n_neg} ({n_neg / len(records):.1%}) templates={len(templates)} sha256={digest}"
    )
    print("spans:", dict(types.most_common()))
    print("lookalikes:", dict(kinds.most_common()))


if __name__ == "__main__":
    main()
