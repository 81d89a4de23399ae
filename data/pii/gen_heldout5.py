"""Generate PII held-out set v5 (``data/pii/eval_heldout5.jsonl``): run once, freeze, evaluate once.

Written in session 4 *before* any detector run on it, in a style deliberately different from v1-v4:
26 new document templates (Slack threads, JSON-lines logs, syslog/sshd, multilingual e-mail threads,
semicolon CSV bills of materials, docker-compose/Kubernetes YAML, Python tracebacks with locals,
Node.js errors with request headers, SQL inserts, Terraform state, GCP service-account JSON, Azure
connection strings, router/firewall configs, office phone lists, order e-mails in Dutch, Swedish,
Polish, Portuguese, Czech, Turkish, Finnish, Danish, Norwegian, Romanian, Hungarian, Markdown
product catalogues, patient intake forms, bank statements, payroll CSV, meeting notes with dial-in
numbers, IoT device logs, WhatsApp-style chats, git diffs, LLM anonymisation prompts, and a
look-alike-only technical text).

Values come from third-party generators or from validity rules written here, never from the
detector's code paths:

* phone numbers: **Faker** ``phone_number()`` in 30 locales (national formats as Faker prints
  them: ``+44(0)115 4960914``, ``08-391 50 00``, ``(06)91/417-7763``, ``080-9141-7776`` ...), kept
  only when ``phonenumbers`` says the number is valid for that region; some are re-printed by
  ``phonenumbers`` as E.164 or RFC 3966 (``tel:``);
* cards: Faker ``credit_card_number`` kept only inside the brands' real IIN ranges (checked here);
* IBANs: Faker ``iban()`` in 17 locales, mod-97 and registry length checked here;
* SSNs: Faker ``ssn()`` filtered by the SSA rules; IPs: Faker IPv4/IPv6, compressed by ``ipaddress``,
  link-local with zone ids (outside the span), IPv4-mapped;
* API keys: the providers' documented shapes (AWS, GCP service-account PEM keys inside JSON, Google
  ``AIza``, Azure storage ``AccountKey``, GitHub, GitLab, Slack, Stripe, OpenAI, Anthropic,
  Hugging Face, SendGrid, JWT, URL passwords) with random bodies;
* PERSON: Faker first + last names in 38 Latin-script locales (incl. Vietnamese, Indonesian,
  Baltic, Turkish), in speaker lines, e-mail headers, CSV/JSON/SQL fields, attendee lists.

New look-alike kinds (each labelled by its context the way real documents do, in many languages):
Luhn-valid order numbers, phone-shaped part/article numbers (also in tables whose header is the
only label), Zoom-style meeting ids, EAN-13 codes, IMEIs and ICCIDs (Luhn-valid), Brazilian CPFs,
AWS account ids, Discord/Twitter snowflake ids, epoch milliseconds, CVE ids, Chrome/Windows/kernel
builds, CIDR blocks, MAC addresses, bad-checksum IBANs, non-Luhn card shapes, invalid SSNs, dates
and timestamps, UUIDs/ULIDs, hashes and digests, prices, coordinates.

Gold conventions follow v3/v4 (docs/pii.md, "Gold annotation rules").
Usage: ``.venv/bin/python data/pii/gen_heldout5.py`` (needs the dev extra: faker, phonenumbers).
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

OUT = Path(__file__).resolve().parent / "eval_heldout5.jsonl"
SEED = 5_2026_1123
PER_TEMPLATE = 30

Seg = str | tuple[str, str, str]


def G(kind: str, value: str) -> tuple[str, str, str]:
    return ("G", kind, value)


def L(kind: str, value: str) -> tuple[str, str, str]:
    return ("L", kind, value)


# ------------------------------------------------------------------------------ checks written here


def luhn_sum_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_sum_ok(body + d):
            return body + d
    raise AssertionError(body)


def iin_ok(num: str) -> bool:
    """Real IIN ranges (ISO/IEC 7812 registrations as the brands publish them)."""
    n, p2, p4, p3 = len(num), int(num[:2]), int(num[:4]), int(num[:3])
    return (
        (num[0] == "4" and n in (13, 16, 19))
        or ((51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16)
        or (p2 in (34, 37) and n == 15)
        or ((num.startswith("6011") or 644 <= p3 <= 649 or p2 == 65) and n in (16, 19))
        or (3528 <= p4 <= 3589 and n == 16)
        or ((300 <= p3 <= 305 or p2 in (36, 38)) and n == 14)
    )


IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28,
            "PT": 25, "FI": 18, "DK": 18, "NO": 15, "CZ": 24, "HU": 28, "RO": 24, "TR": 26, "SE": 24, "IE": 22,
            "SK": 24, "SI": 19, "HR": 21, "LT": 20, "LV": 21, "EE": 20, "GR": 27}  # fmt: skip


def mod97_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ssn_ok(d: str) -> bool:
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


# ------------------------------------------------------------------------------------ value makers

NAME_LOCALES = ["en_US", "en_GB", "en_IE", "en_NZ", "en_AU", "en_IN", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH",
                "nl_NL", "nl_BE", "es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "pt_BR", "pt_PT", "it_IT", "pl_PL",
                "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "fi_FI", "sv_SE",
                "da_DK", "no_NO", "tr_TR", "vi_VN", "id_ID"]  # fmt: skip
PHONE_LOCALES = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR",
                 "fr_CH": "CH", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "nl_BE": "BE", "pt_BR": "BR",
                 "pt_PT": "PT", "pl_PL": "PL", "sv_SE": "SE", "da_DK": "DK", "no_NO": "NO", "fi_FI": "FI",
                 "cs_CZ": "CZ", "hu_HU": "HU", "ro_RO": "RO", "tr_TR": "TR", "en_IN": "IN", "en_AU": "AU",
                 "en_CA": "CA", "el_GR": "GR", "ja_JP": "JP", "ko_KR": "KR", "sk_SK": "SK", "es_CL": "CL"}  # fmt: skip
CITY = {"US": "Chicago", "GB": "Leeds", "DE": "Köln", "AT": "Graz", "CH": "Basel", "FR": "Lyon", "ES": "Sevilla",
        "IT": "Torino", "NL": "Utrecht", "BE": "Gent", "BR": "Curitiba", "PT": "Porto", "PL": "Kraków", "SE": "Malmö",
        "DK": "Aarhus", "NO": "Bergen", "FI": "Tampere", "CZ": "Brno", "HU": "Debrecen", "RO": "Cluj", "TR": "İzmir",
        "IN": "Pune", "AU": "Perth", "CA": "Calgary", "GR": "Patra", "JP": "Osaka", "KR": "Busan", "SK": "Košice",
        "CL": "Valparaíso"}  # fmt: skip
IBAN_LOCALES = ["de_DE", "fr_FR", "en_GB", "es_ES", "it_IT", "nl_NL", "nl_BE", "de_AT", "de_CH", "pl_PL", "pt_PT",
                "fi_FI", "da_DK", "no_NO", "cs_CZ", "ro_RO", "en_IE", "sk_SK", "hr_HR", "lt_LT", "et_EE"]  # fmt: skip


class Values:
    """All random values of the set, from one seeded ``random.Random`` and seeded Faker instances."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self._fakers: dict[str, Faker] = {}

    def faker(self, locale: str) -> Faker:
        if locale not in self._fakers:
            f = Faker(locale)
            f.seed_instance(self.r.randrange(2**31))
            self._fakers[locale] = f
        return self._fakers[locale]

    # -- PII
    def name(self, locale: str | None = None) -> str:
        f = self.faker(locale or self.r.choice(NAME_LOCALES))
        return f"{f.first_name()} {f.last_name()}".strip()

    def first(self, locale: str | None = None) -> str:
        return self.faker(locale or self.r.choice(NAME_LOCALES)).first_name()

    def email(self, name: str | None = None) -> str:
        f = self.faker("en_US")
        if name and self.r.random() < 0.6:
            ascii_name = "".join(c for c in name.lower() if c in string.ascii_lowercase + " -")
            parts = ascii_name.replace("-", " ").split() or ["user"]
            local = self.r.choice(
                [
                    ".".join(parts),
                    parts[0] + "." + parts[-1][0],
                    parts[0] + "+" + self.r.choice(["shop", "news", "work"]),
                    parts[-1] + str(self.r.randint(1, 999)),
                ]
            )
            return f"{local}@{f.free_email_domain() if self.r.random() < 0.5 else f.domain_name()}"
        return self.r.choice([f.email, f.company_email, f.free_email])()

    def phone(self, locale: str | None = None, fmt: str = "faker") -> str:
        """A Faker phone number valid for its region; fmt: faker | e164 | rfc3966 | intl."""
        for _ in range(200):
            loc = locale or self.r.choice(list(PHONE_LOCALES))
            raw = self.faker(loc).phone_number().strip()
            if any(c.isalpha() for c in raw):
                continue  # extensions ("x123")
            try:
                num = phonenumbers.parse(raw, PHONE_LOCALES[loc])
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(num):
                continue
            if fmt == "e164":
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if fmt == "intl":
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            if fmt == "rfc3966":
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.RFC3966)
            return raw
        raise AssertionError("no valid phone number")

    def card(self, printed: str | None = None) -> str:
        f = self.faker("en_US")
        while True:
            num = f.credit_card_number(
                self.r.choice(["visa16", "mastercard", "amex", "discover", "jcb16", "diners", "visa19"])
            )
            if iin_ok(num) and luhn_sum_ok(num):
                break
        style = printed or self.r.choice(["plain", "space", "dash", "space"])
        if style == "plain":
            return num
        sep = " " if style == "space" else "-"
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        if len(num) == 14:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i : i + 4] for i in range(0, len(num), 4))

    def iban(self, locale: str | None = None, printed: bool | None = None) -> str:
        while True:
            value = self.faker(locale or self.r.choice(IBAN_LOCALES)).iban()
            if IBAN_LEN.get(value[:2]) == len(value) and mod97_ok(value):
                break
        if printed if printed is not None else self.r.random() < 0.6:
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        return value

    def ssn(self, sep: str = "-") -> str:
        while True:
            d = self.faker("en_US").ssn().replace("-", "")
            if ssn_ok(d):
                return sep.join([d[:3], d[3:5], d[5:]])

    def ipv4(self, private: bool | None = None) -> str:
        f = self.faker("en_US")
        return f.ipv4_private() if (private if private is not None else self.r.random() < 0.4) else f.ipv4_public()

    def ipv6(self) -> str:
        kind = self.r.random()
        if kind < 0.35:
            return str(ipaddress.IPv6Address(self.faker("en_US").ipv6()))  # compressed where possible
        if kind < 0.55:
            return f"2001:db8:{self.r.randrange(0x10000):x}::{self.r.randrange(1, 0x10000):x}"
        if kind < 0.7:
            return "fe80::" + ":".join(f"{self.r.randrange(0x10000):x}" for _ in range(4))
        if kind < 0.8:
            return "::ffff:" + self.ipv4(False)
        return self.faker("en_US").ipv6()

    def _rand(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def key(self, provider: str) -> str:
        an = string.ascii_letters + string.digits
        hexd = "0123456789abcdef"
        b64 = an + "+/"
        makers: dict[str, Callable[[], str]] = {
            "aws_id": lambda: self.r.choice(["AKIA", "ASIA"]) + self._rand(string.ascii_uppercase + "234567", 16),
            "aws_secret": lambda: self._rand(b64, 40),
            "google": lambda: "AIza" + self._rand(an + "-_", 35),
            "azure_account_key": lambda: self._rand(b64, 86) + "==",
            "github": lambda: self.r.choice(["ghp_", "gho_", "ghs_"]) + self._rand(an, 36),
            "github_pat": lambda: "github_pat_" + self._rand(an, 22) + "_" + self._rand(an, 59),
            "gitlab": lambda: "glpat-" + self._rand(an + "-_", 20),
            "slack_bot": lambda: (
                f"xoxb-{self.r.randint(10**10, 10**12)}-{self.r.randint(10**10, 10**12)}-{self._rand(an, 24)}"
            ),
            "slack_user": lambda: (
                f"xoxp-{self.r.randint(10**10, 10**12)}-{self.r.randint(10**10, 10**12)}-{self.r.randint(10**10, 10**12)}-{self._rand(hexd, 32)}"
            ),
            "stripe": lambda: (
                self.r.choice(["sk_live_", "rk_live_", "sk_test_"]) + self._rand(an, 24 + self.r.randint(0, 75))
            ),
            "openai": lambda: self.r.choice(["sk-proj-", "sk-"]) + self._rand(an + "-_", 48),
            "anthropic": lambda: "sk-ant-api03-" + self._rand(an + "-_", 93) + "AA",
            "huggingface": lambda: "hf_" + self._rand(an, 34),
            "sendgrid": lambda: "SG." + self._rand(an + "-_", 22) + "." + self._rand(an + "-_", 43),
            "npm": lambda: "npm_" + self._rand(an, 36),
        }
        return makers[provider]()

    def pem_escaped(self) -> str:
        body = base64.b64encode(self.r.randbytes(self.r.randint(300, 600))).decode()
        lines = [body[i : i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----"

    def jwt(self) -> str:
        def enc(obj: object) -> str:
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).rstrip(b"=").decode()

        head = enc({"alg": self.r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
        body = enc({"sub": str(self.r.randint(1000, 99999)), "exp": self.r.randint(1_750_000_000, 1_800_000_000)})
        sig = base64.urlsafe_b64encode(self.r.randbytes(32)).rstrip(b"=").decode()
        return f"{head}.{body}.{sig}"

    def password(self) -> str:
        return (
            self._rand(string.ascii_letters + string.digits, self.r.randint(4, 6))
            + self.r.choice("!*")
            + self._rand(string.ascii_letters + string.digits, self.r.randint(6, 10))
        )

    # -- look-alikes
    def order_luhn(self) -> str:
        """A 16-digit Luhn-valid order number with a Visa/Mastercard-like prefix."""
        prefix = self.r.choice(["4", "51", "52", "53", "54", "55"])
        return luhn_complete(prefix + self._rand(string.digits, 15 - len(prefix)))

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.r.choice(first) + self._rand(string.digits, n - 1)

    def part_phone(self) -> str:
        """Phone-shaped part / article numbers as printed in catalogues."""
        d = self._rand
        shapes = [
            lambda: f"0{d('123456789', 1)}{d(string.digits, 1)} {d(string.digits, 4)} {d(string.digits, 4)}",
            lambda: (
                f"{d('23456789', 1)}{d(string.digits, 2)}-{d('23456789', 1)}{d(string.digits, 2)}-{d(string.digits, 4)}"
            ),
            lambda: f"0{d('123456789', 1)}{d(string.digits, 2)} {d(string.digits, 3)} {d(string.digits, 3)}",
            lambda: " ".join(d(string.digits, 2) for _ in range(5)),
            lambda: f"{d('123456789', 1)}{d(string.digits, 3)}-{d(string.digits, 3)}-{d(string.digits, 3)}",
            lambda: f"0{d('123456789', 1)}{d(string.digits, 3)} {d(string.digits, 6)}",
            lambda: f"({d(string.digits, 3)}) {d(string.digits, 3)}-{d(string.digits, 4)}",
            lambda: f"{d(string.digits, 3)}.{d(string.digits, 3)}.{d(string.digits, 4)}",
        ]
        return self.r.choice(shapes)()

    def meeting_id(self) -> str:
        return f"{self.digits(3)} {self._rand(string.digits, 4)} {self._rand(string.digits, 4)}"

    def ean13(self) -> str:
        body = self.r.choice(["40", "41", "42", "43", "50", "54", "57", "76", "80", "84", "87", "90"]) + self._rand(
            string.digits, 10
        )
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        return body + str(check)

    def imei(self) -> str:
        return luhn_complete(self.r.choice(["35", "86", "01", "99"]) + self._rand(string.digits, 12))

    def iccid(self) -> str:
        return luhn_complete("89" + self.r.choice(["44", "49", "33", "01", "31"]) + self._rand(string.digits, 14))

    def cpf(self) -> str:
        nums = [self.r.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(v * (n - i) for i, v in enumerate(nums)) % 11
            nums.append(0 if s < 2 else 11 - s)
        d = "".join(map(str, nums))
        return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"

    def version(self) -> str:
        return self.r.choice(
            [
                f"{self.r.randint(100, 131)}.0.{self.r.randint(5000, 6999)}.{self.r.randint(10, 250)}",
                f"10.0.{self.r.choice([19045, 22621, 22631, 26100])}.{self.r.randint(1000, 5000)}",
                f"{self.r.randint(4, 6)}.{self.r.randint(1, 19)}.{self.r.randint(0, 200)}.{self.r.randint(1, 255)}",
                f"{self.r.randint(1, 30)}.{self.r.randint(0, 20)}.{self.r.randint(0, 40)}",
            ]
        )

    def sha(self, n: int = 40) -> str:
        return self._rand("0123456789abcdef", n)

    def uuid(self) -> str:
        h = self.sha(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def ulid(self) -> str:
        return "01" + self._rand("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)

    def date(self) -> str:
        y, m, dd = self.r.randint(2019, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice(
            [
                f"{y}.{m:02d}.{dd:02d}",
                f"{dd:02d}.{m:02d}.{y}",
                f"{dd}/{m}/{y % 100:02d}",
                f"{y}{m:02d}{dd:02d}",
                f"{dd:02d}-{m:02d}-{y}",
                f"{m}/{dd}/{y}",
            ]
        )

    def timestamp(self) -> str:
        y, m, dd = self.r.randint(2023, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        hh, mi, ss = self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59)
        return self.r.choice(
            [
                f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{self.r.randint(0, 999):03d}+02:00",
                f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}:{ss:02d},{self.r.randint(0, 999):03d}",
                str(self.r.randint(1_700_000_000_000, 1_790_000_000_000)),
                f"{dd:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}",
            ]
        )

    def nonluhn(self) -> str:
        while True:
            num = "4" + self._rand(string.digits, 15)
            if not luhn_sum_ok(num):
                return " ".join(num[i : i + 4] for i in range(0, 16, 4))

    def bad_iban(self) -> str:
        good = self.iban(printed=False)
        while True:
            bad = good[:2] + f"{self.r.randint(2, 98):02d}" + good[4:]
            if not mod97_ok(bad):
                return " ".join(bad[i : i + 4] for i in range(0, len(bad), 4))

    def bad_ssn(self) -> str:
        return (
            self.r.choice(["666", "9" + self._rand(string.digits, 2), "000"])
            + "-"
            + f"{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
        )

    def snowflake(self) -> str:
        return str(self.r.randint(10**17, 2 * 10**18))

    def cidr(self) -> str:
        return self.r.choice(
            [
                f"10.{self.r.randint(0, 255)}.0.0/16",
                f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.0/24",
                f"2001:db8:{self.r.randrange(0x10000):x}::/48",
            ]
        )

    def mac(self) -> str:
        return ":".join(f"{self.r.randrange(256):02x}" for _ in range(6))


# ------------------------------------------------------------------------------------------ labels

ORDER_LABELS = ["Bestelnummer", "Ordernr.", "Beställningsnummer", "Ordernummer", "Nr zamówienia", "Numer zamówienia:",
                "N.º da encomenda", "Nº do pedido", "Číslo objednávky", "Sipariş no", "Tilausnumero", "Ordrenummer",
                "Ordrenr.", "Nr. comandă", "Rendelésszám", "N° de commande", "Nº de pedido", "N. ordine",
                "Auftragsnr.", "Order ref", "PO #", "Purchase order", "Bestellung Nr."]  # fmt: skip
PART_LABELS = ["Art.-Nr.", "Teilenummer", "réf.", "Réf. article", "Ref.", "Cód.", "Código", "Artikelnr", "Item #",
               "P/N", "MPN:", "Mfr. part", "Bestellnr.", "Katalognummer", "Model no.", "Serial No.", "S/N", "Lot",
               "Batch", "LOT", "Sachnr.", "Onderdeelnummer", "Numer części", "Varenummer", "Artikkelnummer",
               "Codice articolo", "Nº de serie", "Núm. de pieza", "Produktnummer", "Typenschild-Nr."]  # fmt: skip


# --------------------------------------------------------------------------------------- templates


def t_slack_thread(v: Values) -> list[Seg]:
    a, b = v.name(), v.name()
    return [
        G("PERSON", a),
        "  9:",
        str(v.r.randint(10, 59)),
        " AM\nhey can someone rotate the bot token? it got pasted in #deploys: ",
        G("API_KEY", v.key(v.r.choice(["slack_bot", "slack_user"]))),
        "\n",
        G("PERSON", b),
        "  9:",
        str(v.r.randint(10, 59)),
        " AM\non it. also the customer on ticket ",
        L("part_phone", v.part_phone()),
        " wants a callback at ",
        G("PHONE_NUMBER", v.phone(fmt=v.r.choice(["faker", "intl"]))),
        " (ask for ",
        G("PERSON", v.name()),
        ")\n",
    ]


def t_jsonl_log(v: Values) -> list[Seg]:
    out: list[Seg] = []
    for _ in range(3):
        out += [
            '{"ts":"',
            L("timestamp", v.timestamp()),
            '","level":"info","client_ip":"',
            G("IP_ADDRESS", v.ipv4()),
            '","user_email":"',
            G("EMAIL_ADDRESS", v.email()),
            '","trace_id":"',
            L("uuid", v.uuid()),
            '","order_ref":"',
            L("order_luhn", v.order_luhn()),
            '","duration_ms":',
            str(v.r.randint(3, 900)),
            "}\n",
        ]
    return out


def t_syslog(v: Values) -> list[Seg]:
    return [
        "Mar ",
        str(v.r.randint(1, 28)),
        " 0",
        str(v.r.randint(1, 9)),
        ":14:07 bastion sshd[",
        str(v.r.randint(1000, 65000)),
        "]: Accepted publickey for deploy from ",
        G("IP_ADDRESS", v.ipv6()),
        " port ",
        str(v.r.randint(1024, 65535)),
        " ssh2: ED25519 SHA256:",
        v._rand(string.ascii_letters + string.digits, 43),
        "\nMar 3 04:14:09 bastion sshd[2211]: Failed password for invalid user admin from ",
        G("IP_ADDRESS", v.ipv4(False)),
        " port 50122 ssh2\nkernel: Linux version ",
        L("version", v.version()),
        " eth0 hwaddr ",
        L("mac", v.mac()),
        "\n",
    ]


def t_email_multilang(v: Values) -> list[Seg]:
    lang = v.r.choice(["nl", "sv", "pl", "pt", "cs", "tr", "fi", "da", "no", "ro", "hu"])
    loc = {"nl": "nl_NL", "sv": "sv_SE", "pl": "pl_PL", "pt": "pt_PT", "cs": "cs_CZ", "tr": "tr_TR", "fi": "fi_FI",
           "da": "da_DK", "no": "no_NO", "ro": "ro_RO", "hu": "hu_HU"}[lang]  # fmt: skip
    body = {"nl": ("Beste klant,\n\nuw bestelling is verzonden. ", "Vragen? Bel ons op "),
            "sv": ("Hej!\n\nDin beställning har skickats. ", "Frågor? Ring oss på "),
            "pl": ("Dzień dobry,\n\nTwoje zamówienie zostało wysłane. ", "Pytania? Zadzwoń: "),
            "pt": ("Olá,\n\na sua encomenda foi enviada. ", "Dúvidas? Ligue para "),
            "cs": ("Dobrý den,\n\nvaše objednávka byla odeslána. ", "Dotazy? Volejte "),
            "tr": ("Merhaba,\n\nsiparişiniz kargoya verildi. ", "Sorularınız için arayın: "),
            "fi": ("Hei,\n\ntilauksesi on lähetetty. ", "Kysyttävää? Soita "),
            "da": ("Hej,\n\ndin ordre er afsendt. ", "Spørgsmål? Ring på "),
            "no": ("Hei,\n\nbestillingen din er sendt. ", "Spørsmål? Ring "),
            "ro": ("Bună ziua,\n\ncomanda dvs. a fost expediată. ", "Întrebări? Sunați la "),
            "hu": ("Kedves Vásárló!\n\nA rendelését feladtuk. ", "Kérdése van? Hívjon: ")}[lang]  # fmt: skip
    n = v.name(loc)
    return [
        "From: ",
        G("PERSON", n),
        " <",
        G("EMAIL_ADDRESS", v.email(n)),
        ">\nTo: ",
        G("EMAIL_ADDRESS", v.email()),
        "\nDate: ",
        L("timestamp", v.timestamp()),
        "\n\n",
        body[0],
        v.r.choice(ORDER_LABELS),
        " ",
        L("order_luhn", v.order_luhn()),
        ".\n",
        body[1],
        G("PHONE_NUMBER", v.phone(loc if loc in PHONE_LOCALES else None)),
        "\n\nIBAN: ",
        G("IBAN_CODE", v.iban()),
        "\n-- \n",
        G("PERSON", v.name(loc)),
        "\n",
    ]


def t_bom_csv(v: Values) -> list[Seg]:
    out: list[Seg] = ["pos;part_no;description;qty;supplier;supplier_phone\n"]
    for i in range(1, 4):
        out += [
            str(i),
            ";",
            L("part_phone", v.part_phone()),
            ";",
            v.r.choice(["hinge", "gasket", "bearing 6204", "relay 24V", "fuse 5A"]),
            ";",
            str(v.r.randint(1, 40)),
            ";",
            v.r.choice(
                [
                    "Hydraulik Nord GmbH",
                    "Acme Components BV",
                    "Rodamientos Ibéricos SA",
                    "Nordic Fasteners AB",
                    "Elektro-Service KG",
                ]
            ),
            ";",
            G("PHONE_NUMBER", v.phone(fmt=v.r.choice(["intl", "e164"]))),
            "\n",
        ]
    return out


def t_compose_yaml(v: Values) -> list[Seg]:
    return [
        "services:\n  api:\n    image: ghcr.io/acme/api:",
        L("version", v.version()),
        "@sha256:",
        L("hash", v.sha(64)),
        "\n    environment:\n      AWS_ACCESS_KEY_ID: ",
        G("API_KEY", v.key("aws_id")),
        "\n      AWS_SECRET_ACCESS_KEY: ",
        G("API_KEY", v.key("aws_secret")),
        "\n      STRIPE_API_KEY: ",
        G("API_KEY", v.key("stripe")),
        "\n      DATABASE_URL: postgres://app:",
        G("API_KEY", v.password()),
        "@db:5432/app\n      ADMIN_EMAIL: ",
        G("EMAIL_ADDRESS", v.email()),
        "\n",
    ]


def t_py_traceback(v: Values) -> list[Seg]:
    return [
        'Traceback (most recent call last):\n  File "/srv/pay/charge.py", line ',
        str(v.r.randint(20, 400)),
        ", in charge\n    gateway.capture(payment)\npayment = {'holder': '",
        G("PERSON", v.name()),
        "', 'pan': '",
        G("CREDIT_CARD", v.card()),
        "', 'order_id': '",
        L("order_luhn", v.order_luhn()),
        "', 'ip': '",
        G("IP_ADDRESS", v.ipv4()),
        "'}\nstripe.error.CardError: Your card was declined. (request ",
        L("uuid", v.uuid()),
        ")\n",
    ]


def t_node_error(v: Values) -> list[Seg]:
    tok = v.r.choice([lambda: v.jwt(), lambda: v.key("openai"), lambda: v.key("github")])()
    return [
        "Error: upstream 502\n    at fetchUser (/app/dist/user.js:",
        str(v.r.randint(10, 300)),
        ":",
        str(v.r.randint(1, 80)),
        ")\nrequest.headers = {\n  host: 'api.internal',\n  authorization: 'Bearer ",
        G("API_KEY", tok),
        "',\n  'x-forwarded-for': '",
        G("IP_ADDRESS", v.ipv4(False)),
        ", ",
        G("IP_ADDRESS", v.ipv4(True)),
        "',\n  'user-agent': 'Mozilla/5.0 Chrome/",
        L("version", v.version()),
        "'\n}\n",
    ]


def t_sql_insert(v: Values) -> list[Seg]:
    n = v.name()
    return [
        "INSERT INTO customers (name, email, phone, iban, created) VALUES\n  ('",
        G("PERSON", n),
        "', '",
        G("EMAIL_ADDRESS", v.email(n)),
        "', '",
        G("PHONE_NUMBER", v.phone(fmt="e164")),
        "', '",
        G("IBAN_CODE", v.iban(printed=False)),
        "', '",
        L("date", v.date()),
        "');\nINSERT INTO products (sku, ean, price) VALUES ('",
        L("part_phone", v.part_phone()),
        "', '",
        L("ean13", v.ean13()),
        "', ",
        str(v.r.randint(1, 999)),
        ".",
        str(v.r.randint(10, 99)),
        ");\n",
    ]


def t_terraform_state(v: Values) -> list[Seg]:
    acct = v.digits(12)
    return [
        '{\n  "type": "aws_instance",\n  "attributes": {\n    "arn": "arn:aws:ec2:eu-west-1:',
        L("aws_account", acct),
        ":instance/i-0",
        v.sha(16),
        '",\n    "private_ip": "',
        G("IP_ADDRESS", v.ipv4(True)),
        '",\n    "public_ip": "',
        G("IP_ADDRESS", v.ipv4(False)),
        '",\n    "ipv6_addresses": ["',
        G("IP_ADDRESS", v.ipv6()),
        '"],\n    "access_key": "',
        G("API_KEY", v.key("aws_id")),
        '",\n    "secret_key": "',
        G("API_KEY", v.key("aws_secret")),
        '"\n  }\n}\n',
    ]


def t_gcp_sa(v: Values) -> list[Seg]:
    proj = v.r.choice(["billing-prod", "ml-sandbox", "acme-data"]) + "-" + str(v.r.randint(100, 999))
    return [
        '{\n  "type": "service_account",\n  "project_id": "',
        proj,
        '",\n  "private_key_id": "',
        L("hash", v.sha(40)),
        '",\n  "private_key": "',
        G("API_KEY", v.pem_escaped()),
        '\\n",\n  "client_email": "',
        G("EMAIL_ADDRESS", f"etl-runner@{proj}.iam.gserviceaccount.com"),
        '",\n  "client_id": "',
        L("snowflake", v.digits(21)),
        '",\n  "maps_key": "',
        G("API_KEY", v.key("google")),
        '"\n}\n',
    ]


def t_azure(v: Values) -> list[Seg]:
    return [
        "appsettings.json leaked in the repo:\nStorage: DefaultEndpointsProtocol=https;AccountName=acmeprod",
        str(v.r.randint(1, 99)),
        ";AccountKey=",
        G("API_KEY", v.key("azure_account_key")),
        ";EndpointSuffix=core.windows.net\nSubscription: ",
        L("uuid", v.uuid()),
        "\nOwner: ",
        G("PERSON", v.name()),
        " (",
        G("EMAIL_ADDRESS", v.email()),
        ")\n",
    ]


def t_router_config(v: Values) -> list[Seg]:
    return [
        "interface GigabitEthernet0/1\n description uplink to ",
        G("PERSON", v.name()),
        "'s office\n ip address ",
        G("IP_ADDRESS", v.ipv4(True)),
        "\n ipv6 address ",
        G("IP_ADDRESS", v.ipv6()),
        "\n!\naccess-list 110 permit ip ",
        L("cidr", v.cidr()),
        " any\nlogging host ",
        G("IP_ADDRESS", v.ipv4(False)),
        "\nntp server ",
        G("IP_ADDRESS", v.ipv4(False)),
        "\n! firmware ",
        L("version", v.version()),
        "\n",
    ]


def t_office_list(v: Values) -> list[Seg]:
    out: list[Seg] = ["Our offices:\n"]
    for loc in v.r.sample(list(PHONE_LOCALES), 3):
        label = v.r.choice(["Tel.", "Phone:", "Téléphone :", "Telefon:", "Tlf.", "Puh.", "Tel:", "Switchboard"])
        out += [
            "- ",
            CITY[PHONE_LOCALES[loc]],
            ": ",
            label,
            " ",
            G("PHONE_NUMBER", v.phone(loc, v.r.choice(["faker", "faker", "intl"]))),
            "\n",
        ]
    return out


def t_order_confirmation(v: Values) -> list[Seg]:
    loc = v.r.choice(
        [
            "nl_NL",
            "sv_SE",
            "pl_PL",
            "pt_PT",
            "cs_CZ",
            "tr_TR",
            "fi_FI",
            "da_DK",
            "no_NO",
            "de_AT",
            "fr_CH",
            "it_IT",
            "es_ES",
        ]
    )
    return [
        v.r.choice(ORDER_LABELS),
        " ",
        L("order_luhn", v.order_luhn()),
        "\n",
        v.r.choice(PART_LABELS),
        " ",
        L("part_phone", v.part_phone()),
        " x",
        str(v.r.randint(1, 5)),
        "\nTracking: ",
        L("snowflake", v.digits(18)),
        "\nKunde/Customer: ",
        G("PERSON", v.name(loc)),
        "\nHotline: ",
        G("PHONE_NUMBER", v.phone(loc if loc in PHONE_LOCALES else None)),
        "\n",
    ]


def t_catalog_md(v: Values) -> list[Seg]:
    out: list[Seg] = ["| Model | Part no. | EAN | Price |\n|---|---|---|---|\n"]
    for _ in range(3):
        out += [
            "| ",
            v.r.choice(["X200", "Pro 5", "Mini", "S-12"]),
            " | ",
            L("part_phone", v.part_phone()),
            " | ",
            L("ean13", v.ean13()),
            " | €",
            str(v.r.randint(5, 900)),
            ",",
            str(v.r.randint(10, 99)),
            " |\n",
        ]
    out += ["\n", v.r.choice(PART_LABELS), " ", L("part_phone", v.part_phone()), " is discontinued.\n"]
    return out


def t_patient_form(v: Values) -> list[Seg]:
    return [
        "PATIENT INTAKE\nName: ",
        G("PERSON", v.name("en_US")),
        "\nDOB: ",
        L("date", v.date()),
        "\nSSN: ",
        G("US_SSN", v.ssn(v.r.choice(["-", " "]))),
        "\nPhone: ",
        G("PHONE_NUMBER", v.phone("en_US")),
        "\nInsurance policy: ",
        L("part_phone", v.part_phone()),
        "\nEmergency contact: ",
        G("PERSON", v.name("en_US")),
        ", ",
        G("PHONE_NUMBER", v.phone("en_US")),
        "\nPrevious SSN on file (invalid, rejected): ",
        L("bad_ssn", v.bad_ssn()),
        "\n",
    ]


def t_bank_statement(v: Values) -> list[Seg]:
    out: list[Seg] = ["Kontoauszug / Statement ", L("date", v.date()), "\n"]
    for _ in range(3):
        out += [
            L("date", v.date()),
            "  SEPA transfer to ",
            G("PERSON", v.name()),
            "  ",
            G("IBAN_CODE", v.iban()),
            "  Ref. ",
            L("order_luhn", v.order_luhn()),
            "  -",
            str(v.r.randint(10, 5000)),
            ",00\n",
        ]
    out += ["Rejected: ", L("bad_iban", v.bad_iban()), " (invalid IBAN)\n"]
    return out


def t_payroll_csv(v: Values) -> list[Seg]:
    out: list[Seg] = ["employee_id,full_name,ssn,iban,mobile\n"]
    for _ in range(3):
        out += [
            L("snowflake", v.digits(8)),
            ",",
            G("PERSON", v.name()),
            ",",
            G("US_SSN", v.ssn()),
            ",",
            G("IBAN_CODE", v.iban(printed=False)),
            ",",
            G("PHONE_NUMBER", v.phone(fmt="e164")),
            "\n",
        ]
    return out


def t_meeting_notes(v: Values) -> list[Seg]:
    a, b, c = v.name(), v.name(), v.name()
    return [
        "Weekly sync — attendees: ",
        G("PERSON", a),
        ", ",
        G("PERSON", b),
        ", ",
        G("PERSON", c),
        "\nDial-in: ",
        G("PHONE_NUMBER", v.phone(fmt="intl")),
        "  Meeting ID: ",
        L("meeting_id", v.meeting_id()),
        "  Passcode: ",
        str(v.r.randint(100000, 999999)),
        "\nAction items:\n- ",
        G("PERSON", b),
        " to send the contract to ",
        G("EMAIL_ADDRESS", v.email(b)),
        "\n- follow up on ",
        L("cve", f"CVE-{v.r.randint(2021, 2026)}-{v.r.randint(1000, 49999)}"),
        " before ",
        L("date", v.date()),
        "\n",
    ]


def t_iot_log(v: Values) -> list[Seg]:
    return [
        "[",
        L("timestamp", v.timestamp()),
        "] modem up imei=",
        L("imei", v.imei()),
        " iccid=",
        L("iccid", v.iccid()),
        " mac=",
        L("mac", v.mac()),
        "\n[",
        L("timestamp", v.timestamp()),
        "] dhcp lease ",
        G("IP_ADDRESS", v.ipv4(True)),
        " gw ",
        G("IP_ADDRESS", v.ipv4(True)),
        " v6 ",
        G("IP_ADDRESS", v.ipv6()),
        "\n[",
        L("timestamp", v.timestamp()),
        "] fw ",
        L("version", v.version()),
        " uptime ",
        str(v.r.randint(10, 99999)),
        "s\n",
    ]


def t_whatsapp_chat(v: Values) -> list[Seg]:
    loc = v.r.choice(["pt_BR", "es_ES", "es_CL", "pt_PT", "it_IT"])
    a, b = v.name(loc), v.name(loc)
    return [
        "[",
        L("date", v.date()),
        ", 14:0",
        str(v.r.randint(0, 9)),
        "] ",
        G("PERSON", a),
        ": oi! meu pedido ",
        L("order_luhn", v.order_luhn()),
        " não chegou\n[",
        L("date", v.date()),
        ", 14:1",
        str(v.r.randint(0, 9)),
        "] ",
        G("PERSON", b),
        ": qual o seu CPF e telefone?\n[14:12] ",
        G("PERSON", a),
        ": CPF ",
        L("cpf", v.cpf()),
        ", tel ",
        G("PHONE_NUMBER", v.phone(loc if loc in PHONE_LOCALES else None)),
        "\n",
    ]


def t_git_diff(v: Values) -> list[Seg]:
    n = v.name()
    return [
        "commit ",
        L("hash", v.sha(40)),
        "\nAuthor: ",
        G("PERSON", n),
        " <",
        G("EMAIL_ADDRESS", v.email(n)),
        ">\n\ndiff --git a/.env b/.env\n@@ -1,3 +1,5 @@\n APP_ENV=prod\n+GITHUB_TOKEN=",
        G("API_KEY", v.key(v.r.choice(["github", "github_pat", "gitlab"]))),
        "\n+HF_TOKEN=",
        G("API_KEY", v.key("huggingface")),
        "\n+SENDGRID_API_KEY=",
        G("API_KEY", v.key("sendgrid")),
        "\n BUILD=",
        L("ulid", v.ulid()),
        "\n",
    ]


def t_llm_anonymize(v: Values) -> list[Seg]:
    n = v.name()
    return [
        "Please anonymise this record before I paste it into the ticket:\n\n",
        G("PERSON", n),
        ", born ",
        L("date", v.date()),
        ", card ",
        G("CREDIT_CARD", v.card()),
        " (exp ",
        str(v.r.randint(1, 12)),
        "/",
        str(v.r.randint(26, 31)),
        "), reachable at ",
        G("PHONE_NUMBER", v.phone(fmt=v.r.choice(["rfc3966", "e164", "faker"]))),
        " or ",
        G("EMAIL_ADDRESS", v.email(n)),
        ". Old card on file ",
        L("nonluhn", v.nonluhn()),
        " failed validation.\n",
    ]


def t_anthropic_openai_snippet(v: Values) -> list[Seg]:
    return [
        '```python\nimport anthropic, openai\nclaude = anthropic.Anthropic(api_key="',
        G("API_KEY", v.key("anthropic")),
        '")\ngpt = openai.OpenAI(api_key="',
        G("API_KEY", v.key("openai")),
        '")\nNPM_TOKEN = "',
        G("API_KEY", v.key("npm")),
        '"\n# build ',
        L("version", v.version()),
        " on ",
        L("timestamp", v.timestamp()),
        "\n```\n",
    ]


def t_tech_lookalikes(v: Values) -> list[Seg]:
    return [
        "Release notes ",
        L("version", v.version()),
        ": fixes ",
        L("cve", f"CVE-{v.r.randint(2021, 2026)}-{v.r.randint(1000, 49999)}"),
        "; Windows build ",
        L("version", v.version()),
        "; message id ",
        L("snowflake", v.snowflake()),
        "; created_at ",
        L("timestamp", v.timestamp()),
        "; digest ",
        L("hash", v.sha(32)),
        "; run ",
        L("ulid", v.ulid()),
        "; location ",
        L("coord", f"{v.r.uniform(-60, 60):.6f}, {v.r.uniform(-120, 120):.6f}"),
        "; subnet ",
        L("cidr", v.cidr()),
        "; total ",
        L("price", f"€{v.r.randint(1, 999)}.{v.r.randint(100, 999)}.{v.r.randint(100, 999)},{v.r.randint(10, 99)}"),
        ".\n",
    ]


def t_support_ticket_labels(v: Values) -> list[Seg]:
    lab1, lab2 = v.r.sample(PART_LABELS, 2)
    n = v.name()
    return [
        "Ticket from ",
        G("PERSON", n),
        ": the unit with ",
        lab1,
        " ",
        L("part_phone", v.part_phone()),
        " and ",
        lab2,
        " ",
        L("part_phone", v.part_phone()),
        " keeps rebooting. ",
        v.r.choice(ORDER_LABELS),
        " ",
        L("order_luhn", v.order_luhn()),
        ". Please call me back on ",
        G("PHONE_NUMBER", v.phone()),
        ".\n",
    ]


TEMPLATES: list[Callable[[Values], list[Seg]]] = [
    t_slack_thread, t_jsonl_log, t_syslog, t_email_multilang, t_bom_csv, t_compose_yaml, t_py_traceback, t_node_error,
    t_sql_insert, t_terraform_state, t_gcp_sa, t_azure, t_router_config, t_office_list, t_order_confirmation, t_catalog_md,
    t_patient_form, t_bank_statement, t_payroll_csv, t_meeting_notes, t_iot_log, t_whatsapp_chat, t_git_diff,
    t_llm_anonymize, t_anthropic_openai_snippet, t_tech_lookalikes, t_support_ticket_labels,
]  # fmt: skip


# ------------------------------------------------------------------------------------------ output


def _check_gold(kind: str, value: str) -> None:
    digits = "".join(c for c in value if c.isdigit())
    assert value == value.strip() and value, (kind, value)
    if kind == "CREDIT_CARD":
        assert iin_ok(digits) and luhn_sum_ok(digits), value
    elif kind == "IBAN_CODE":
        compact = value.replace(" ", "")
        assert IBAN_LEN[compact[:2]] == len(compact) and mod97_ok(compact), value
    elif kind == "US_SSN":
        assert ssn_ok(digits), value
    elif kind == "IP_ADDRESS":
        ipaddress.ip_address(value)
    elif kind == "PHONE_NUMBER":
        raw = value.removeprefix("tel:")
        assert phonenumbers.is_possible_number(
            phonenumbers.parse(raw, None if raw.startswith("+") else "US")
        ) or not raw.startswith("+"), value


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
            if kind in ("order_luhn", "imei", "iccid"):
                assert luhn_sum_ok(value), value
            if kind == "nonluhn":
                assert not luhn_sum_ok(value.replace(" ", "")), value
            las.append({"kind": kind, "start": start, "end": len(text), "text": value})
    return {"text": text, "spans": spans, "lookalikes": las}


def build() -> list[dict[str, object]]:
    r = random.Random(SEED)
    values = Values(r)
    records: list[dict[str, object]] = []
    for tpl in TEMPLATES:
        for _ in range(PER_TEMPLATE):
            records.append({"id": "", "template": tpl.__name__, **assemble(tpl(values))})
    r.shuffle(records)
    for n, rec in enumerate(records, 1):
        rec["id"] = f"heldout5-{n:04d}"
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
