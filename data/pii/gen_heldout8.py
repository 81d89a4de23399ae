"""Generate held-out set v8 for the PII detector: ``data/pii/eval_heldout8.jsonl``.

Written by a helper that never read the detector (``detectors/pii/``) nor ran it or
``scripts/eval_pii.py`` on this set; only the gold conventions (docs/pii.md, *Gold annotation
rules*), the v7 file format and the earlier template lists (to avoid them) were read. 25 new
document shapes, 32 texts each: Microsoft Teams thread copy, ``kubectl describe pod``, Shopify
GraphQL request/response, SOAP payment XML with WS-Security, HL7 v2 ADT message, phone-shop
shipping e-mail (IMEI, serial), SEPA direct-debit mandate, CV/resume, call-centre transcript with
speaker turns, postfix mail log, LaTeX table, chatbot conversations in French/German/romanised
Japanese/Turkish/Indonesian, GET query strings in an access log, credential dotfiles (.pgpass,
.netrc, .npmrc, pip.conf), nmap/traceroute/ping output, package lockfiles, ``git blame``,
help-desk ticket with ticket/order/RMA numbers next to phones, PayPal webhook, Go panic with
logrus fields, Sentry event JSON, iCalendar invitation, raw e-mail headers, MongoDB shell output
and a W-2 form.

Gold conventions as v3-v7 (docs/pii.md). Choices this set makes explicit:
* PERSON excludes titles and honorifics (``Dr.~``, ``Prof.``, ``Herr``, ``Pak``, ``-sama``,
  ``Hanım``) and possessives; a first name or a surname alone, used to address a person, is a
  PERSON span; an HL7 ``LAST^FIRST`` name is one span. Role words ("Account Manager", speaker
  labels) and eponyms ("Kalman filter") are look-alikes.
* PHONE_NUMBER keeps ``(0)`` and a ``00`` prefix, stops before ``ext.``/``,,``/``#`` dial codes.
* API_KEY covers SaaS tokens and passwords in configs/credential files (value only); Kubernetes
  ``<set to the key ...>`` references, ``${VAR}`` references and documentation placeholders are
  look-alikes.
* Role mailboxes (``hr@...``) are EMAIL_ADDRESS; Message-IDs (``<...@mail.gmail.com>``) are not.

Values are checked by their own rules (Luhn, mod-97 with registry lengths, SSA rules,
``ipaddress``, ``phonenumbers.is_valid_number`` of the printed string), never by the detector.

Usage: ``.venv/bin/python data/pii/gen_heldout8.py`` (writes the file and prints its sha256).
Needs the dev extra (``faker==40.54.0``, ``phonenumbers==9.0.43``).
"""

# ruff: noqa: E501  (templates read best as one builder chain per line)
from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import random
import string
import unicodedata
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

OUT = Path(__file__).resolve().parent / "eval_heldout8.jsonl"
SEED = 8_2026_1123
PER_TEMPLATE = 32

HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"

NAME_LOCALES = (
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "pt_BR", "tr_TR", "id_ID",
    "en_IN", "ja_JP", "zh_CN", "yo_NG", "ig_NG", "zu_ZA", "en_KE", "ga_IE", "uz_UZ", "az_AZ", "es_MX",
    "cs_CZ", "ro_RO", "hu_HU", "fi_FI", "sv_SE", "da_DK", "en_AU", "fr_CA",
)  # fmt: skip
ROMANISED = ("ja_JP", "zh_CN")
#: (given names, particle, surnames) pools for names with particles, hand-written.
PARTICLE_NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (("Daan", "Sanne", "Joris", "Femke", "Maarten"), ("van", "van der", "van den", "de", "ter"), ("Berg", "Velde", "Heuvel", "Vries", "Horst", "Broek")),
    (("Ahmad", "Hafiz", "Irfan", "Zulkifli", "Amir"), ("bin",), ("Abdullah", "Ismail", "Rahman", "Yusof", "Hamzah")),
    (("Siti", "Nurul", "Aisyah", "Farah", "Nur Izzah"), ("binti",), ("Abdullah", "Ismail", "Rahman", "Yusof", "Hamzah")),
    (("Omar", "Layla", "Khalid", "Noor", "Faisal"), ("al-", "Al "), ("Rashid", "Hashimi", "Masri", "Najjar", "Saud")),
    (("María", "José", "Lucía", "Javier", "Carmen"), ("de la", "del", "de"), ("Cruz", "Fuente", "Torre", "Vega", "Rosa")),
    (("João", "Ana", "Thiago", "Beatriz", "Rafael"), ("da", "dos", "das", "de"), ("Silva", "Santos", "Neves", "Costa", "Souza")),
    (("Friedrich", "Charlotte", "Konstantin", "Viktoria", "Leopold"), ("von", "von der", "zu"), ("Bülow", "Lehn", "Weizsäcker", "Trapp", "Hagen")),
    (("Giulia", "Matteo", "Chiara", "Lorenzo", "Elena"), ("Di", "De", "Lo", "La"), ("Stefano", "Luca", "Russo", "Rosa", "Monaco")),
)  # fmt: skip
#: (given names, surnames with an apostrophe) by origin, hand-written.
APOSTROPHE_NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Siobhán", "Ciarán", "Aoife", "Declan", "Niamh", "Patrick"),
        ("O'Sullivan", "O'Connor", "O'Brien", "O'Neill", "D'Arcy", "O'Mahony"),
    ),
    (("Giuseppe", "Francesca", "Alessandro", "Martina"), ("D'Angelo", "Dell'Acqua", "D'Amico", "Dall'Olio")),
    (("Aminata", "Moussa", "Fatou", "Ibrahima"), ("N'Diaye", "N'Dour", "M'Bengue", "N'Guessan")),
    (("Anita", "Rohan", "Glenda", "Savio"), ("D'Souza", "D'Costa", "D'Mello", "D'Cruz")),
)
HYPHEN_GIVEN = (
    "Jean-Baptiste",
    "Marie-Claire",
    "Anne-Sophie",
    "Hans-Peter",
    "Eun-ji",
    "Min-jun",
    "Jean-Luc",
    "Ana-Maria",
    "Karl-Heinz",
)
TITLES = ("Dr. ", "Prof. ", "Mr ", "Mrs. ", "Ms ", "Mx. ", "Dr ", "Prof. Dr. ")
ROLE_WORDS = (
    "Account Manager", "Head of Procurement", "Duty Manager", "Site Reliability Engineer", "Customer Success Lead",
    "Billing Specialist", "Charge Nurse", "Hiring Manager", "Data Protection Officer", "Shift Supervisor",
    "Team Lead", "Solutions Architect", "Floor Manager", "Claims Adjuster", "Product Owner",
)  # fmt: skip
EPONYMS = (
    "Kalman filter", "Bloom filter", "Levenshtein distance", "Dijkstra's algorithm", "Markov chain", "Gaussian process",
    "Fourier transform", "Kaplan-Meier estimator", "Wilcoxon signed-rank test", "Fisher's exact test",
    "Bonferroni correction", "Pearson correlation", "Huffman coding", "Bayesian optimisation",
)  # fmt: skip
PHONE_REGIONS = (
    "US", "CA", "GB", "IE", "FR", "DE", "AT", "CH", "NL", "BE", "ES", "IT", "PT", "PL", "SE", "NO", "DK", "FI",
    "TR", "GR", "IL", "AE", "SA", "EG", "NG", "KE", "ZA", "IN", "PK", "JP", "KR", "TW", "HK", "SG", "MY", "TH",
    "ID", "PH", "VN", "AU", "NZ", "BR", "MX", "AR", "CL", "CO",
)  # fmt: skip
US_AREA = ("212", "305", "312", "415", "503", "617", "646", "702", "713", "206", "404", "512", "720", "808", "919")
CA_AREA = ("416", "514", "604", "613", "403", "902")
TRUNK0 = {
    "GB",
    "IE",
    "FR",
    "DE",
    "AT",
    "CH",
    "NL",
    "BE",
    "SE",
    "FI",
    "TR",
    "IL",
    "ZA",
    "NG",
    "KE",
    "IN",
    "PK",
    "AU",
    "NZ",
    "ID",
}
#: BBAN layouts (n digit, a letter, c alphanumeric) with the registry lengths.
IBAN_LAYOUT = {
    "DE": "n" * 18, "FR": "n" * 10 + "c" * 11 + "nn", "GB": "aaaa" + "n" * 14, "IE": "aaaa" + "n" * 14,
    "ES": "n" * 20, "IT": "a" + "n" * 10 + "c" * 12, "NL": "aaaa" + "n" * 10, "BE": "n" * 12, "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12, "PT": "n" * 21, "PL": "n" * 24, "SE": "n" * 20, "NO": "n" * 11, "DK": "n" * 14,
    "FI": "n" * 14, "LU": "nnn" + "c" * 13, "GR": "n" * 7 + "c" * 16, "TR": "n" * 5 + "0" + "c" * 16,
    "AE": "n" * 19, "SA": "nn" + "c" * 18, "BR": "n" * 23 + "ac", "HR": "n" * 17, "RO": "aaaa" + "c" * 16,
    "HU": "n" * 24, "CZ": "n" * 20,
}  # fmt: skip
IBAN_LENGTH = {
    "DE": 22, "FR": 27, "GB": 22, "IE": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "PT": 25,
    "PL": 28, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "LU": 20, "GR": 27, "TR": 26, "AE": 23, "SA": 24, "BR": 29,
    "HR": 21, "RO": 24, "HU": 28, "CZ": 24,
}  # fmt: skip
#: environment variable under which each token kind is usually configured.
TOKEN_ENV = {
    "github": "GITHUB_TOKEN", "github_pat": "GH_PAT", "gitlab": "GITLAB_TOKEN", "slack": "SLACK_BOT_TOKEN",
    "stripe": "STRIPE_SECRET_KEY", "openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "hf": "HF_TOKEN",
    "sendgrid": "SENDGRID_API_KEY", "twilio": "TWILIO_API_KEY", "linear": "LINEAR_API_KEY", "do": "DIGITALOCEAN_TOKEN",
    "vault": "VAULT_TOKEN", "postman": "POSTMAN_API_KEY", "databricks": "DATABRICKS_TOKEN", "newrelic": "NEW_RELIC_API_KEY",
    "grafana": "GRAFANA_SA_TOKEN", "atlassian": "JIRA_API_TOKEN",
}  # fmt: skip
FREE_MAIL = (
    "gmail.com",
    "proton.me",
    "yahoo.co.uk",
    "web.de",
    "orange.fr",
    "hotmail.com.tr",
    "yahoo.co.id",
    "docomo.ne.jp",
    "t-online.de",
    "live.nl",
    "uol.com.br",
    "rediffmail.com",
    "bigpond.com",
)
CORP_MAIL = (
    "northwind-energy.com",
    "acme-logistics.io",
    "corp.contoso.eu",
    "mail.fabrikam.de",
    "tailspin.travel",
    "uni-heidelberg.de",
    "kcl.ac.uk",
    "stud.uni-goettingen.de",
    "helsana.ch",
    "lumen-health.org",
)


class Doc:
    """Text built piece by piece, with gold spans and look-alikes at exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict[str, object]] = []
        self.looks: list[dict[str, object]] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def pii(self, kind: str, s: str) -> Doc:
        assert s == s.strip() and s, (kind, s)
        self.spans.append({"type": kind, "start": self.pos, "end": self.pos + len(s), "text": s})
        return self.t(s)

    def look(self, kind: str, s: str) -> Doc:
        assert s == s.strip() and s, (kind, s)
        self.looks.append({"kind": kind, "start": self.pos, "end": self.pos + len(s), "text": s})
        return self.t(s)

    def text(self) -> str:
        return "".join(self.parts)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def mod97(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Gen:
    """Seeded value factory: valid PII by the issuers' rules, and look-alikes."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in NAME_LOCALES}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + 17 * i)

    # ------------------------------------------------------------------ people
    def _faker_name(self, loc: str, gender: str = "") -> tuple[str, str]:
        """(given, family) from a Faker locale; ``gender`` "m"/"f" picks a gendered given name."""
        f = self.fakers[loc]
        suffix = {"m": "_male", "f": "_female"}.get(gender, "")
        if loc in ROMANISED:
            return getattr(f, "first_romanized_name" + suffix)(), f.last_romanized_name()
        first = getattr(f, "first_name" + suffix)()
        return " ".join(first.split()), " ".join(f.last_name().split())

    def name(self, loc: str | None = None) -> str:
        """A full name; a quarter carry initials, particles, apostrophes or hyphens."""
        r = self.r
        roll = r.random() if loc is None else 0.0
        if roll < 0.62:
            first, last = self._faker_name(loc or r.choice(NAME_LOCALES))
            return " ".join(f"{first} {last}".split())
        if roll < 0.70:
            first, last = self._faker_name(r.choice(NAME_LOCALES))
            return f"{first} {r.choice(string.ascii_uppercase)}. {last}"
        if roll < 0.75:
            _, last = self._faker_name(r.choice(NAME_LOCALES))
            a, b = r.sample(string.ascii_uppercase, 2)
            return r.choice([f"{a}. {b}. {last}", f"{a}.{b}. {last}", f"{a}. {last}"])
        if roll < 0.87:
            givens, particles, lasts = r.choice(PARTICLE_NAMES)
            p = r.choice(particles)
            sep = "" if p.endswith("-") else " "
            return f"{r.choice(givens)} {p}{sep}{r.choice(lasts)}"
        if roll < 0.94:
            givens, lasts = r.choice(APOSTROPHE_NAMES)
            return f"{r.choice(givens)} {r.choice(lasts)}"
        first, last = self._faker_name(r.choice(("de_DE", "fr_FR", "en_GB", "es_ES", "pl_PL")))
        _, last2 = self._faker_name(r.choice(("de_DE", "fr_FR", "en_GB", "es_ES")))
        if r.random() < 0.5:
            return f"{r.choice(HYPHEN_GIVEN)} {last}"
        return f"{first} {last}-{last2}"

    def title(self, p: float = 0.3) -> str:
        return self.r.choice(TITLES) if self.r.random() < p else ""

    def email(self, name: str | None = None, corp: bool | None = None) -> str:
        r = self.r
        corp = r.random() < 0.4 if corp is None else corp
        domain = r.choice(CORP_MAIL if corp else FREE_MAIL)
        if name is None or r.random() < 0.2:
            local = "".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(4, 9))) + r.choice(
                ["", str(r.randint(1, 99)), str(r.randint(1960, 2005))]
            )
        else:
            parts = [p for p in ascii_fold(name).lower().replace("'", "").replace(".", " ").split() if p]
            first, last = parts[0], "".join(parts[1:]).replace("-", "") or "x"
            local = r.choice(
                [
                    f"{first}.{last}",
                    f"{first[0]}{last}",
                    f"{first}_{last}",
                    f"{last}.{first[0]}",
                    f"{first}{r.randint(1, 99)}",
                    f"{first}.{last}+{r.choice(['billing', 'shop', 'work'])}",
                ]
            )
        return f"{local}@{domain}"

    # ------------------------------------------------------------------ phones
    def phone(self, region: str | None = None, fmt: str | None = None) -> str:
        """A number valid for ``region``, printed in one of several human formats and re-validated."""
        r = self.r
        region = region or r.choice(PHONE_REGIONS)
        kind = r.choice([PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
        ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        assert ex is not None
        nsn = str(ex.national_number)
        if region in {"US", "CA"}:
            area = r.choice(US_AREA if region == "US" else CA_AREA)
            nsn = f"{area}{r.randint(200, 999)}{r.randint(0, 9999):04d}"
        num = ex
        for _ in range(300):
            keep = 6 if region in {"US", "CA"} else max(2, len(nsn) - r.choice([5, 6, 7]))
            cand = nsn[:keep] + "".join(r.choice(string.digits) for _ in range(len(nsn) - keep))
            trial = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if phonenumbers.is_valid_number(trial) and phonenumbers.region_code_for_number(trial) == region:
                num = trial
                break
        fmt = fmt or r.choice(["intl", "intl", "intl", "e164", "national", "national", "dash", "00", "paren0", "dot"])
        intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        if fmt == "paren0" and region not in TRUNK0:
            fmt = "intl"
        if fmt == "dot" and region not in {"US", "CA", "FR", "BE", "CH"}:
            fmt = "dash"
        if fmt == "intl":
            out = intl
        elif fmt == "e164":
            out = phonenumbers.format_number(num, PhoneNumberFormat.E164)
        elif fmt == "national":
            out = national
        elif fmt == "dash":
            out = "+" + intl[1:].replace(" ", "-")
        elif fmt == "00":
            out = "00" + intl[1:]
        elif fmt == "paren0":
            cc, rest = intl.split(" ", 1)
            out = f"{cc} (0){rest}"
        elif fmt == "dot":
            digits = "".join(c for c in national if c.isdigit())
            if region in {"US", "CA"}:
                out = f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"
            else:
                out = ".".join(p for p in national.replace("-", " ").split())
        elif fmt == "usparen":
            digits = str(num.national_number)
            out = f"({digits[:3]}){digits[3:6]}-{digits[6:]}"
        else:  # pragma: no cover - template typo
            raise ValueError(fmt)
        check = out.replace("(0)", "")
        if check.startswith("00"):
            check = "+" + check[2:]
        parsed = phonenumbers.parse(check, region)
        assert phonenumbers.is_valid_number(parsed) and parsed.national_number == num.national_number, (out, region)
        return out

    # ------------------------------------------------------------------ cards, IBAN, SSN
    def card(self, sep: str | None = None) -> str:
        r = self.r
        brand = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "disc65", "jcb", "diners", "unionpay"])
        prefix, length = {
            "visa": ("4" + str(r.randint(0, 9)), 16), "mc": (str(r.randint(51, 55)), 16),
            "mc2": (str(r.randint(2221, 2720)), 16), "amex": (r.choice(["34", "37"]), 15),
            "disc": ("6011", 16), "disc65": ("65" + str(r.randint(0, 9)), 16), "jcb": (str(r.randint(3528, 3589)), 16),
            "diners": (r.choice(["36", "38", "30" + str(r.randint(0, 5))]), 14), "unionpay": ("62" + str(r.randint(10, 99)), 16),
        }[brand]  # fmt: skip
        body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
        num = body + luhn_digit(body)
        assert luhn_ok(num) and len(num) == length
        sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
        if not sep:
            return num
        if length == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        if length == 14:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    def luhn_id(self, n: int, prefix: str = "") -> str:
        body = prefix + "".join(self.r.choice(string.digits) for _ in range(n - 1 - len(prefix)))
        return body + luhn_digit(body)

    def non_luhn(self, n: int, prefix: str = "") -> str:
        while True:
            num = prefix + "".join(self.r.choice(string.digits) for _ in range(n - len(prefix)))
            if not luhn_ok(num):
                return num

    def iban(self, country: str | None = None, printed: bool | None = None) -> str:
        r = self.r
        country = country or r.choice(sorted(IBAN_LAYOUT))
        bban = "".join(
            r.choice(string.digits)
            if c == "n"
            else r.choice(string.ascii_uppercase)
            if c == "a"
            else r.choice(UPPER_DIGITS)
            if c == "c"
            else c
            for c in IBAN_LAYOUT[country]
        )
        check = 98 - mod97(bban + country + "00")
        iban = f"{country}{check:02d}{bban}"
        assert mod97(iban[4:] + iban[:4]) == 1 and len(iban) == IBAN_LENGTH[country]
        printed = r.random() < 0.5 if printed is None else printed
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if printed else iban

    def bad_iban(self, country: str) -> str:
        good = self.iban(country, printed=False)
        check = (int(good[2:4]) + self.r.randint(1, 9)) % 97 + 2
        bad = f"{good[:2]}{check:02d}{good[4:]}"
        assert mod97(bad[4:] + bad[:4]) != 1
        return bad

    def ssn(self, sep: str = "-") -> str:
        r = self.r
        while True:
            area = r.randint(1, 899)
            num = f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"
            if area != 666 and num.replace(sep, "") not in {"078051120", "219099999", "123456789"}:
                return num

    def ein(self) -> str:
        prefix = self.r.choice(["10", "12", "20", "27", "33", "46", "52", "61", "71", "82", "94", "98"])
        return f"{prefix}-{self.r.randint(1000000, 9999999)}"

    # ------------------------------------------------------------------ IPs
    def ip4(self, private: bool | None = None) -> str:
        r = self.r
        private = r.random() < 0.35 if private is None else private
        while True:
            if private:
                ip = r.choice(
                    [
                        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    ]
                )
            else:
                ip = f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            addr = ipaddress.IPv4Address(ip)
            if (private and addr.is_private) or (not private and addr.is_global):
                return ip

    def ip6(self, kind: str | None = None) -> str:
        r = self.r
        kind = kind or r.choice(["global", "global", "global", "linklocal", "ula"])
        if kind == "global":
            head = r.choice(
                ["2001:41d0", "2a01:4f8", "2600:1f18", "2406:da18", "2a00:1450", "2c0f:fb50", "2804:14c", "2400:cb00"]
            )
            tail = [f"{r.randint(0, 0xFFFF):x}" for _ in range(6)]
            if r.random() < 0.5:
                tail[1:4] = ["0", "0", "0"]
            addr = ipaddress.IPv6Address(head + ":" + ":".join(tail))
            assert addr.is_global
        elif kind == "linklocal":
            addr = ipaddress.IPv6Address("fe80::" + ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(4)))
            assert addr.is_link_local
        else:
            addr = ipaddress.IPv6Address(
                f"fd{r.randint(0, 255):02x}:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}::{r.randint(1, 0xFFFF):x}"
            )
            assert addr.is_private
        return str(addr) if r.random() < 0.85 else addr.exploded

    # ------------------------------------------------------------------ secrets
    def rand(self, n: int, alphabet: str = ALNUM) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def password(self) -> str:
        r = self.r
        specials = "!#%&*+?^@$_-"
        while True:
            pw = self.rand(r.randint(12, 22), ALNUM + specials)
            if (
                any(c.isdigit() for c in pw)
                and any(c.isupper() for c in pw)
                and any(c in specials for c in pw)
                and pw[0] not in "-_"
            ):
                return pw

    def passphrase(self) -> str:
        r = self.r
        words = (
            "correct",
            "horse",
            "battery",
            "staple",
            "orbit",
            "maple",
            "quartz",
            "lantern",
            "falcon",
            "cedar",
            "rocket",
            "velvet",
        )
        return "-".join(r.sample(words, 3)).capitalize() + str(r.randint(10, 99)) + r.choice("!?#")

    def token(self, kind: str | None = None) -> str:
        """A SaaS/cloud credential in the provider's documented shape."""
        r = self.r
        kind = kind or r.choice(
            [
                "github",
                "gitlab",
                "slack",
                "stripe",
                "google",
                "openai",
                "anthropic",
                "hf",
                "sendgrid",
                "twilio",
                "shopify",
                "linear",
                "do",
                "vault",
                "postman",
                "databricks",
                "newrelic",
                "grafana",
                "atlassian",
                "npm",
            ]
        )
        return {
            "github": lambda: r.choice(["ghp_", "gho_", "ghs_"]) + self.rand(36),
            "github_pat": lambda: "github_pat_11" + self.rand(20, UPPER_DIGITS) + "_" + self.rand(59),
            "gitlab": lambda: "glpat-" + self.rand(20, B64URL),
            "slack": lambda: (
                f"xox{r.choice('bp')}-{r.randint(10**10, 10**13)}-{r.randint(10**10, 10**13)}-{self.rand(24)}"
            ),
            "stripe": lambda: r.choice(["sk_live_", "rk_live_"]) + self.rand(r.choice([24, 99])),
            "google": lambda: "AIza" + self.rand(35, B64URL),
            "openai": lambda: "sk-proj-" + self.rand(48, B64URL) + self.rand(20),
            "anthropic": lambda: "sk-ant-api03-" + self.rand(93, B64URL) + "AA",
            "hf": lambda: "hf_" + self.rand(34),
            "sendgrid": lambda: "SG." + self.rand(22, B64URL) + "." + self.rand(43, B64URL),
            "twilio": lambda: "SK" + self.rand(32, HEX),
            "shopify": lambda: r.choice(["shpat_", "shpca_", "shppa_"]) + self.rand(32, HEX),
            "linear": lambda: "lin_api_" + self.rand(40),
            "do": lambda: "dop_v1_" + self.rand(64, HEX),
            "vault": lambda: "hvs." + self.rand(90, B64URL),
            "postman": lambda: f"PMAK-{self.rand(24, HEX)}-{self.rand(34, HEX)}",
            "databricks": lambda: "dapi" + self.rand(32, HEX),
            "newrelic": lambda: "NRAK-" + self.rand(27, UPPER_DIGITS),
            "grafana": lambda: "glsa_" + self.rand(32) + "_" + self.rand(8, HEX),
            "atlassian": lambda: "ATATT3xFfGF0" + self.rand(170, B64URL) + "=" + self.rand(8, UPPER_DIGITS),
            "npm": lambda: "npm_" + self.rand(36),
            "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + self.rand(r.randint(120, 160), B64URL),
            "paypal": lambda: "E" + self.rand(79, B64URL),
            "aws_id": lambda: r.choice(["AKIA", "ASIA"]) + self.rand(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
            "aws_secret": lambda: self.rand(40, B64),
        }[kind]()

    # ------------------------------------------------------------------ look-alikes
    def uuid(self) -> str:
        h = self.rand(32, HEX)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def date(self) -> str:
        r = self.r
        y, m, d = r.randint(2018, 2027), r.randint(1, 12), r.randint(1, 28)
        mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[m - 1]
        return r.choice(
            [
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {mon} {y}",
                f"{mon} {d}, {y}",
                f"{d:02d}.{m:02d}.{y}",
                f"{y}/{m:02d}/{d:02d}",
                f"{m}/{d}/{y}",
            ]
        )

    def iso_ts(self, frac: bool = False, z: bool = True) -> str:
        r = self.r
        base = f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        if frac:
            base += f".{r.randint(0, 999):03d}"
        return base + ("Z" if z else r.choice(["+01:00", "+00:00", "-05:00", "+05:30", "+09:00"]))

    def rfc2822(self) -> str:
        r = self.r
        day = r.choice(("Mon", "Tue", "Wed", "Thu", "Fri"))
        mon = r.choice(("Sep", "Oct", "Nov"))
        return f"{day}, {r.randint(1, 28)} {mon} 2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['+0000', '+0100', '-0500', '+0900'])}"

    def version(self, parts: int = 3) -> str:
        r = self.r
        nums = [r.randint(0, 12), r.randint(0, 40), r.randint(0, 255), r.randint(0, 255)]
        nums[0] = max(nums[0], 1)
        return ".".join(str(n) for n in nums[:parts])

    def imei(self) -> str:
        return self.luhn_id(15, self.r.choice(["35", "86", "01", "49"]))

    def ups(self) -> str:
        return "1Z" + self.rand(6, UPPER_DIGITS) + f"{self.r.randint(1, 99):02d}" + self.rand(8, string.digits)

    def amazon_order(self) -> str:
        r = self.r
        return f"{r.choice(['111', '112', '113', '114', '302', '404'])}-{r.randint(10**6, 10**7 - 1)}-{r.randint(10**6, 10**7 - 1)}"

    def mac(self) -> str:
        sep = self.r.choice([":", "-"])
        return sep.join(self.rand(2, "0123456789ABCDEF") for _ in range(6))

    def isbn13(self) -> str:
        body = "978" + "".join(self.r.choice(string.digits) for _ in range(9))
        check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        s = body + str(check)
        return f"{s[:3]}-{s[3]}-{s[4:7]}-{s[7:12]}-{s[12]}"

    def phone_shaped(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.randint(200, 989)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}",
                f"0{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
            ]
        )

    def amount(self, eu: bool = False) -> str:
        r = self.r
        v = r.randint(100, 999999) / 100
        if eu:
            return r.choice(
                [f"{v:.2f}".replace(".", ","), f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")]
            )
        return r.choice([f"{v:,.2f}", f"{v:.2f}"])

    def coords(self) -> str:
        r = self.r
        return f"{r.uniform(-60, 70):.5f}, {r.uniform(-170, 170):.5f}"


# ---------------------------------------------------------------------------------- templates
def t_teams_thread(g: Gen) -> Doc:
    a, b = g.name(), g.name()
    r = g.r
    d = (
        Doc()
        .pii("PERSON", a)
        .t(f"  {r.randint(8, 11)}:{r.randint(10, 59)} AM\n@")
        .pii("PERSON", b)
        .t(" can you ring the client back? She's the ")
        .look("role_word", r.choice(ROLE_WORDS))
        .t(" there, direct line ")
    )
    d.pii("PHONE_NUMBER", g.phone()).t(".\n").pii("PERSON", b).t(
        f"  {r.randint(8, 11)}:{r.randint(10, 59)} AM\nOn it. Moving the call to the bridge — Meeting ID: "
    ).look(
        "meeting_id",
        g.phone_shaped()
        if r.random() < 0.3
        else f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
    )
    d.t("  Passcode: ").look("passcode", g.rand(6, ALNUM)).t("\n")
    if r.random() < 0.5:
        d.t("She asked us to charge the card on file again: ").pii("CREDIT_CARD", g.card()).t(" (exp ").look(
            "card_expiry", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"
        ).t(")\n")
    else:
        d.t("Her e-mail for the recap is ").pii("EMAIL_ADDRESS", g.email()).t(", PO ").look(
            "po_number", f"PO-{r.randint(2025, 2026)}-{r.randint(10000, 99999)}"
        ).t("\n")
    d.t("(edited) linked to ").look("incident_no", f"INC{r.randint(0, 9999999):07d}").t("\n")
    return d


def t_kubectl_describe(g: Gen) -> Doc:
    r = g.r
    h = g.rand(10, "bcdfghjklmnpqrstvwxz2456789")
    node_ip = g.ip4(private=True)
    pod_ip = f"10.244.{r.randint(0, 40)}.{r.randint(2, 254)}"
    d = Doc().t(
        f"$ kubectl describe pod api-{h[:10]}-{h[:5]} -n payments\nName:             api-{h[:10]}-{h[:5]}\nNamespace:        payments\nNode:             "
    )
    d.look("ec2_hostname", "ip-" + node_ip.replace(".", "-")).t(".eu-west-1.compute.internal/").pii(
        "IP_ADDRESS", node_ip
    ).t("\nStart Time:       ").look("timestamp", g.rfc2822()).t("\nStatus:           Running\nIP:               ").pii(
        "IP_ADDRESS", pod_ip
    )
    d.t("\nIPs:\n  IP:           ").pii("IP_ADDRESS", pod_ip).t(
        "\nContainers:\n  api:\n    Container ID:   containerd://"
    ).look("container_id", g.rand(64, HEX)).t("\n    Image:          ghcr.io/acme/payments-api:").look(
        "version4", g.version(4)
    )
    d.t("\n    Image ID:       ghcr.io/acme/payments-api@sha256:").look("image_digest", g.rand(64, HEX)).t(
        f"\n    Port:           8080/TCP\n    Restart Count:  {r.randint(0, 14)}\n    Environment:\n      DB_HOST:        "
    ).pii("IP_ADDRESS", g.ip4(private=True))
    d.t("\n      DB_PASSWORD:    ").pii("API_KEY", g.password()).t("\n      STRIPE_API_KEY: ").look(
        "secret_ref", "<set to the key 'stripe' in secret 'payments-api'>"
    ).t("  Optional: false\n")
    if r.random() < 0.4:
        d.t("      AWS_ACCESS_KEY_ID:     ").pii("API_KEY", g.token("aws_id")).t("\n      AWS_SECRET_ACCESS_KEY: ").pii(
            "API_KEY", g.token("aws_secret")
        ).t("\n")
    else:
        kind = r.choice(sorted(TOKEN_ENV))
        d.t(f"      {TOKEN_ENV[kind]}: ").pii("API_KEY", g.token(kind)).t("\n")
    d.t("      BUILD_ID:       ").look(
        "build_number", f"{r.randint(2025, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}.{r.randint(1, 40)}"
    ).t("\n")
    return d


def t_graphql_shopify(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t(
            f"POST https://{g.rand(8, string.ascii_lowercase)}.myshopify.com/admin/api/2025-01/graphql.json\nX-Shopify-Access-Token: "
        )
        .pii("API_KEY", g.token("shopify"))
    )
    d.t(
        '\n\n{"query": "mutation customerCreate($input: CustomerInput!) { customerCreate(input: $input) { customer { id createdAt } userErrors { field message } } }",\n "variables": {"input": {"displayName": "'
    ).pii("PERSON", n).t('", "email": "').pii("EMAIL_ADDRESS", g.email(n)).t('", "phone": "').pii(
        "PHONE_NUMBER", g.phone(fmt="e164")
    ).t('", "note": "loyalty card ').look("loyalty_luhn", g.luhn_id(16, "6")).t('"}}}\n\n')
    d.t('=> {"data": {"customerCreate": {"customer": {"id": "').look(
        "gid", f"gid://shopify/Customer/{r.randint(10**12, 10**13 - 1)}"
    ).t('", "createdAt": "').look("timestamp", g.iso_ts()).t(
        '"}, "userErrors": []}}, "extensions": {"cost": {"requestedQueryCost": 10, "throttleStatus": {"restoreRate": 100.0}}}}\nx-request-id: '
    ).look("uuid", g.uuid()).t("\n")
    return d


def t_soap_payment(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t(
            '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:pay="urn:acquirer:payments:v3">\n <soapenv:Header>\n  <wsse:Security><wsse:UsernameToken>\n   <wsse:Username>merchant_'
        )
        .look("merchant_id", str(r.randint(10**8, 10**9 - 1)))
        .t("</wsse:Username>\n   <wsse:Password>")
        .pii("API_KEY", g.password())
    )
    d.t("</wsse:Password>\n   <wsu:Created>").look("timestamp", g.iso_ts(frac=True)).t(
        "</wsu:Created>\n  </wsse:UsernameToken></wsse:Security>\n </soapenv:Header>\n <soapenv:Body>\n  <pay:AuthorizeRequest>\n   <pay:TransactionRef>"
    ).look("transaction_ref", f"TX{r.randint(10**13, 10**14 - 1)}")
    d.t("</pay:TransactionRef>\n   <pay:CardHolder>").pii("PERSON", n).t("</pay:CardHolder>\n   <pay:CardNumber>").pii(
        "CREDIT_CARD", g.card(sep="")
    ).t("</pay:CardNumber>\n   <pay:ExpiryDate>").look(
        "card_expiry", f"20{r.randint(27, 31)}-{r.randint(1, 12):02d}"
    ).t("</pay:ExpiryDate>\n   <pay:CVV>").look("cvv", str(r.randint(100, 999))).t(
        '</pay:CVV>\n   <pay:Amount currency="EUR">'
    ).look("amount", f"{r.randint(1, 4999)}.{r.randint(0, 99):02d}")
    d.t("</pay:Amount>\n   <pay:RefundAccount>").pii("IBAN_CODE", g.iban(printed=False)).t(
        "</pay:RefundAccount>\n  </pay:AuthorizeRequest>\n </soapenv:Body>\n</soapenv:Envelope>\n"
    )
    return d


def t_hl7_adt(g: Gen) -> Doc:
    r = g.r
    pat_first, pat_last = (
        ascii_fold(x).upper() for x in g._faker_name(r.choice(("en_US", "es_MX", "en_IN", "pl_PL", "zh_CN", "yo_NG")))
    )
    doc_first, doc_last = (ascii_fold(x).upper() for x in g._faker_name(r.choice(("en_US", "de_DE", "en_GB", "ja_JP"))))
    nk_last, nk_first = pat_last, ascii_fold(g._faker_name("en_US")[0]).upper()
    stamp = f"2026{r.randint(1, 11):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
    d = (
        Doc()
        .t("MSH|^~\\&|EPIC|NWH|LAB|NWH|")
        .look("hl7_timestamp", stamp)
        .t("||ADT^A04|")
        .look("message_control_id", f"MSG{r.randint(10**7, 10**8 - 1)}")
        .t("|P|")
        .look("hl7_version", r.choice(["2.3", "2.5.1", "2.4", "2.7"]))
        .t("\nPID|1||")
        .look("mrn", str(r.randint(10**7, 10**8 - 1)))
        .t("^^^NWH^MR||")
    )
    d.pii("PERSON", f"{pat_last}^{pat_first}").t(f"^{r.choice(string.ascii_uppercase)}||").look(
        "dob", f"{r.randint(1940, 2010)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    ).t(
        f"|{r.choice('MF')}|||{r.randint(1, 999)} {r.choice(['ELM ST', 'OAK AVE', 'MAPLE DR', 'HARBOR RD'])}^^BOSTON^MA^"
    ).look("zip", f"02{r.randint(100, 199)}").t("^USA||")
    d.pii("PHONE_NUMBER", g.phone("US", "usparen")).t("|||S||").look(
        "account_no", f"ACCT{r.randint(10**6, 10**7 - 1)}"
    ).t("|").pii("US_SSN", g.ssn("-" if r.random() < 0.7 else "")).t("\nNK1|1|").pii(
        "PERSON", f"{nk_last}^{nk_first}"
    ).t("|SPO|||").pii("PHONE_NUMBER", g.phone("US", "usparen"))
    d.t("\nPV1|1|O|CLINIC^^^NWH||||").look("provider_id", g.luhn_id(10, "1")).t("^").pii(
        "PERSON", f"{doc_last}^{doc_first}"
    ).t("^^^DR|||||||||||").look("visit_number", f"V{r.randint(10**8, 10**9 - 1)}").t("\n")
    return d


def t_phone_shop_email(g: Gen) -> Doc:
    r = g.r
    first, last = g._faker_name(r.choice(NAME_LOCALES))
    n = f"{first} {last}"
    d = (
        Doc()
        .t("Subject: Your order ")
        .look("amazon_order", g.amazon_order())
        .t(" has shipped\n\nHi ")
        .pii("PERSON", first)
        .t(",\n\ngood news — your ")
        .t(
            r.choice(
                ["Pixel 9 Pro 256 GB", "iPhone 16 128 GB", "Galaxy S25 Ultra", "Fairphone 5", "Nothing Phone (3a)"]
            )
        )
        .t(" is on its way.\n\n  IMEI:           ")
        .look("imei", g.imei())
    )
    d.t("\n  Serial number:  ").look("serial", g.rand(r.choice([10, 11, 12]), UPPER_DIGITS)).t(
        "\n  Carrier:        UPS, tracking "
    ).look("ups_tracking", g.ups()).t("\n  Paid with:      ").look(
        "masked_card", r.choice(["Visa", "Mastercard", "Amex"]) + " ending in " + str(r.randint(1000, 9999))
    ).t("\n  Gift card:      ").look(
        "gift_card_nonluhn", " ".join(g.non_luhn(16, "6006")[i : i + 4] for i in range(0, 16, 4))
    )
    d.t("\n\nDelivery to ").pii("PERSON", n).t(", contact number ").pii("PHONE_NUMBER", g.phone()).t(
        ".\nQuestions? Reply to this e-mail or write to "
    ).pii("EMAIL_ADDRESS", g.email(None, corp=True)).t(".\n")
    return d


def t_sepa_mandate(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    country = r.choice(["DE", "FR", "NL", "AT", "BE", "ES", "IT", "LU", "FI", "IE"])
    nat = "".join(r.choice(string.digits) for _ in range(r.choice([10, 11])))
    ci_check = 98 - mod97(nat + country + "00")
    d = (
        Doc()
        .t("SEPA Direct Debit Mandate / SEPA-Lastschriftmandat\nCreditor: Northwind Energy GmbH\nCreditor Identifier: ")
        .look("sepa_creditor_id", f"{country}{ci_check:02d}ZZZ{nat}")
    )
    d.t("\nMandate reference: ").look(
        "mandate_ref", f"NWE-{r.randint(10**7, 10**8 - 1)}-{g.rand(2, string.ascii_uppercase)}"
    ).t("\n\nDebtor name: ").pii("PERSON", n).t("\nDebtor IBAN: ").pii("IBAN_CODE", g.iban(country, printed=True)).t(
        "\nBIC: "
    ).look("bic", g.rand(4, string.ascii_uppercase) + country + g.rand(2, UPPER_DIGITS) + r.choice(["", "XXX"]))
    d.t("\nE-mail for pre-notifications: ").pii("EMAIL_ADDRESS", g.email(n)).t("\nTelephone: ").pii(
        "PHONE_NUMBER", g.phone(country if country not in {"LU"} else "BE")
    ).t("\nPlace, date: ").t(
        r.choice(["Berlin", "Lyon", "Utrecht", "Graz", "Gent", "Sevilla", "Torino", "Espoo", "Cork"])
    ).t(", ").look("date", g.date()).t("\nType of payment: recurrent  Customer no. ").look(
        "customer_no", str(r.randint(10**8, 10**9 - 1))
    ).t("\n")
    return d


def t_resume(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    ref = g.name()
    header = n.upper() if r.random() < 0.4 else n
    d = (
        Doc()
        .pii("PERSON", header)
        .t(
            "\n"
            + r.choice(["Data Engineer", "Backend Developer", "Registered Nurse", "Financial Analyst", "UX Researcher"])
            + " · "
            + r.choice(
                [
                    "Lyon, France",
                    "Leeds, UK",
                    "Jakarta, Indonesia",
                    "Istanbul, Türkiye",
                    "Toronto, Canada",
                    "Nairobi, Kenya",
                ]
            )
            + "\n"
        )
    )
    d.pii("EMAIL_ADDRESS", g.email(n, corp=False)).t(" · ").pii("PHONE_NUMBER", g.phone()).t(
        f" · linkedin.com/in/{g.rand(8, string.ascii_lowercase)}\n\nEXPERIENCE\n"
    )
    d.look("role_word", r.choice(ROLE_WORDS)).t(
        " — " + r.choice(["Decathlon", "Tokopedia", "Getir", "Shopify", "Safaricom", "Ocado"]) + " ("
    ).look(
        "date_range",
        f"{r.randint(1, 12):02d}/{r.randint(2015, 2020)} – {r.choice(['present', f'{r.randint(1, 12):02d}/{r.randint(2021, 2025)}'])}",
    ).t(")\n- Cut p95 latency by ").t(f"{r.randint(11, 78)}%").t("; implemented a ").look(
        "eponym", r.choice(EPONYMS)
    ).t(" for anomaly scoring.\n")
    d.t("\nPUBLICATIONS\n- Practical Stream Processing, 2nd ed., ISBN ").look("isbn", g.isbn13()).t(
        "\n\nCERTIFICATIONS\n- AWS Certified Solutions Architect, validation no. "
    ).look("cert_id", g.rand(16, UPPER_DIGITS)).t("\n\nREFERENCES\n")
    d.t(g.title(0.8)).pii("PERSON", ref).t(", former supervisor — ").pii("EMAIL_ADDRESS", g.email(ref, corp=True)).t(
        "\n"
    )
    return d


def t_call_transcript(g: Gen) -> Doc:
    r = g.r
    agent, cust = g.name(), g.name(r.choice(("en_US", "es_MX", "pl_PL", "en_IN", "it_IT", "zh_CN")))
    d = (
        Doc()
        .t("[00:00:03] ")
        .look("role_word", "Agent")
        .t(": Thank you for calling Northwind Energy, my name is ")
        .pii("PERSON", agent)
        .t(". May I have your account number?\n[00:00:09] ")
        .look("role_word", "Customer")
        .t(": Sure, it's ")
        .look("account_no", f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}")
    )
    d.t(".\n[00:00:18] Agent: And the name on the account?\n[00:00:21] Customer: ").pii("PERSON", cust).t(
        ".\n[00:00:30] Agent: For verification, the last four digits of your social?\n[00:00:34] Customer: "
    ).look("ssn_last4", str(r.randint(1000, 9999))).t(". Actually here's the whole thing: ").pii("US_SSN", g.ssn())
    d.t(".\n[00:01:02] Agent: Thanks. I see a payment of $").look(
        "amount", f"{r.randint(20, 480)}.{r.randint(0, 99):02d}"
    ).t(" on ").look("date", g.date()).t(". Which card should we refund?\n[00:01:10] Customer: ").pii(
        "CREDIT_CARD", g.card(sep=" ")
    ).t(".\n[00:01:25] Agent: Got it. Case number ").look("case_no", f"CS-{r.randint(10**6, 10**7 - 1)}")
    d.t(". Best callback number?\n[00:01:31] Customer: ").pii(
        "PHONE_NUMBER", g.phone("US", r.choice(["national", "dot", "intl"]))
    ).t(", after 5 pm.\n")
    return d


def t_postfix_log(g: Gen) -> Doc:
    r = g.r
    qid = g.rand(10, "0123456789ABCDEF")
    sender = g.email()
    rcpt = g.email(g.name())
    hh = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    mon_day = f"Nov {r.randint(1, 28):>2}"
    d = Doc().t(f"{mon_day} {hh}:01 mx1 postfix/smtpd[").t(str(r.randint(1000, 65000))).t("]: connect from mail-")
    ip6 = r.random() < 0.4
    client_ip = g.ip6("global") if ip6 else g.ip4(private=False)
    d.t(f"{g.rand(6, string.ascii_lowercase)}.outbound.example.net[").pii("IP_ADDRESS", client_ip).t(
        f"]\n{mon_day} {hh}:02 mx1 postfix/cleanup[{r.randint(1000, 65000)}]: "
    ).look("queue_id", qid).t(": message-id=<").look(
        "message_id", f"{g.rand(20, ALNUM)}@{g.rand(6, string.ascii_lowercase)}.example.net"
    ).t(">\n")
    d.t(f"{mon_day} {hh}:02 mx1 postfix/qmgr[{r.randint(1000, 65000)}]: {qid}: from=<").pii("EMAIL_ADDRESS", sender).t(
        f">, size={r.randint(1000, 90000)}, nrcpt=1 (queue active)\n{mon_day} {hh}:03 mx1 postfix/smtp[{r.randint(1000, 65000)}]: {qid}: to=<"
    ).pii("EMAIL_ADDRESS", rcpt).t(">, relay=mx.recipient.example[")
    d.pii("IP_ADDRESS", g.ip4(private=False)).t("]:25, delay=").t(f"{r.randint(0, 9)}.{r.randint(1, 9)}").t(
        ", delays="
    ).look(
        "delays", f"{r.randint(0, 2)}.{r.randint(0, 9)}/0.0{r.randint(1, 9)}/0.{r.randint(1, 9)}/0.{r.randint(1, 9)}"
    ).t(", dsn=").look("dsn", r.choice(["2.0.0", "4.7.1", "5.1.1", "4.4.2"])).t(", status=sent (250 2.0.0 OK  ").look(
        "epoch", str(r.randint(1_760_000_000, 1_790_000_000))
    ).t(" ").look("smtp_id", g.rand(18, string.ascii_lowercase + string.digits)).t(" - gsmtp)\n")
    return d


def t_latex_table(g: Gen) -> Doc:
    r = g.r
    d = (
        Doc()
        .t("\\begin{table}[ht]\n\\centering\n\\caption{Site principal investigators (")
        .look("eponym", r.choice(EPONYMS))
        .t(
            " used for the primary endpoint)}\n\\begin{tabular}{llll}\n\\toprule\nSite & PI & E-mail & Telephone \\\\\n\\midrule\n"
        )
    )
    for _ in range(2):
        n = g.name()
        tl = r.choice(["Dr.~", "Prof.~", "", "Prof.~Dr.~"])
        d.look("site_id", f"S-{r.randint(1, 99):03d}").t(" & " + tl).pii("PERSON", n).t(" & \\texttt{").pii(
            "EMAIL_ADDRESS", g.email(n, corp=True)
        ).t("} & ").pii("PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "paren0", "intl"]))).t(" \\\\\n")
    d.t("\\bottomrule\n\\end{tabular}\n\\end{table}\n% $p = ").look("p_value", f"0.{r.randint(1, 49):03d}").t(
        "$, $n = "
    ).t(str(r.randint(40, 2400))).t("$; compiled with pdfTeX ").look(
        "version4", f"3.141592653-2.6-1.40.{r.randint(20, 27)}"
    ).t("\n")
    return d


def t_chatbot_multilang(g: Gen) -> Doc:
    r = g.r
    lang = r.choice(["fr", "de", "ja", "tr", "id"])
    d = Doc()
    if lang == "fr":
        gender = r.choice("mf")
        first, last = g._faker_name("fr_FR", gender)
        n = f"{first} {last}"
        d.t("Utilisateur : Bonjour, je m'appelle ").pii("PERSON", n).t(", ma commande n° ").look(
            "order_no", f"CMD-{r.randint(2025, 2026)}-{r.randint(100000, 999999)}"
        ).t(" n'est pas arrivée. Vous pouvez me joindre au ").pii(
            "PHONE_NUMBER", g.phone("FR", r.choice(["national", "dot", "intl"]))
        )
        d.t(".\nAssistant : Bonjour ").t("Monsieur " if gender == "m" else "Madame ").pii("PERSON", last).t(
            ", le colis "
        ).look("colissimo_tracking", f"6A{r.randint(10**10, 10**11 - 1)}").t(
            " est en cours de livraison depuis le "
        ).look("date", f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026").t(
            ".\nUtilisateur : Remboursez-moi plutôt sur "
        ).pii("IBAN_CODE", g.iban("FR", printed=True)).t(", merci.\n")
    elif lang == "de":
        gender = r.choice("mf")
        first, last = g._faker_name("de_DE", gender)
        n = f"{first} {last}"
        d.t("Nutzer: Hallo, hier ist ").pii("PERSON", n).t(". Kundennummer ").look(
            "customer_no", str(r.randint(10**8, 10**9 - 1))
        ).t(", Rückruf bitte unter ").pii(
            "PHONE_NUMBER", g.phone(r.choice(["DE", "AT", "CH"]), r.choice(["national", "intl", "paren0"]))
        )
        d.t(".\nAssistent: Guten Tag ").t("Herr " if gender == "m" else "Frau ").pii("PERSON", last).t(
            ", Ihre Rechnung "
        ).look("invoice_no", f"RE-{r.randint(2025, 2026)}-{r.randint(10000, 99999)}").t(" über ").look(
            "amount", g.amount(eu=True) + " €"
        ).t(" wird bis zum ").look("date", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026").t(
            " gutgeschrieben.\nNutzer: Bitte auf "
        ).pii("IBAN_CODE", g.iban("DE", printed=r.random() < 0.5)).t(".\n")
    elif lang == "ja":
        first, last = g._faker_name("ja_JP")
        d.t("Yūzā: Konnichiwa, ").pii("PERSON", f"{last} {first}").t(" desu. Yoyaku bangō wa ").look(
            "booking_ref", g.rand(6, UPPER_DIGITS)
        ).t(" desu. Denwa bangō wa ").pii("PHONE_NUMBER", g.phone("JP", r.choice(["national", "national", "intl"]))).t(
            " desu.\nAshisutanto: "
        ).pii("PERSON", last).t("-sama, arigatō gozaimasu. Chekkuin wa ").look(
            "date", f"2026/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}"
        ).t(" desu ne. Mēru wa ").pii("EMAIL_ADDRESS", g.email(f"{first} {last}")).t(" de yoroshii deshō ka?\n")
    elif lang == "tr":
        gender = r.choice("mf")
        first, last = g._faker_name("tr_TR", gender)
        n = f"{first} {last}"
        d.t("Kullanıcı: Merhaba, ben ").pii("PERSON", n).t(". Sipariş numaram ").look(
            "order_no", str(r.randint(10**9, 10**10 - 1))
        ).t(", telefonum ").pii("PHONE_NUMBER", g.phone("TR", r.choice(["national", "intl"]))).t(".\nAsistan: ").pii(
            "PERSON", first
        ).t((" Bey" if gender == "m" else " Hanım") + ", iade ").look("amount", g.amount(eu=True) + " TL").t(
            " tutarında. IBAN'ınızı paylaşır mısınız?\nKullanıcı: "
        ).pii("IBAN_CODE", g.iban("TR", printed=True)).t("\n")
    else:
        gender = r.choice("mf")
        first, last = g._faker_name("id_ID", gender)
        n = f"{first} {last}"
        d.t("Pengguna: Halo, saya ").pii("PERSON", n).t(". Nomor pesanan saya ").look(
            "order_no", f"INV/2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}/MPL/{r.randint(10**9, 10**10 - 1)}"
        ).t(", nomor HP ").pii("PHONE_NUMBER", g.phone("ID", r.choice(["national", "intl", "e164"]))).t(
            ".\nAsisten: Baik, " + ("Pak " if gender == "m" else "Bu ")
        ).pii("PERSON", first).t(". Resi pengiriman ").look("tracking", f"JP{r.randint(10**9, 10**10 - 1)}").t(
            " dikirim ke "
        ).pii("EMAIL_ADDRESS", g.email(n)).t(".\n")
    return d


def t_query_string_log(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .pii("IP_ADDRESS", g.ip4(private=False))
        .t(" - - [")
        .look(
            "clf_timestamp",
            f"{r.randint(10, 28)}/Nov/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000",
        )
        .t('] "GET /newsletter/confirm?email=')
        .pii("EMAIL_ADDRESS", g.email(n))
        .t("&src=footer&utm_campaign=bf")
        .look("campaign_id", str(r.randint(2025, 2026)) + str(r.randint(100, 999)))
    )
    d.t("&gclid=").look("gclid", "Cj0KCQiA" + g.rand(60, B64URL)).t("&_=").look(
        "epoch_ms", str(r.randint(1_760_000_000_000, 1_790_000_000_000))
    ).t(' HTTP/2.0" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/').look(
        "version4", f"{r.randint(120, 132)}.0.{r.randint(6000, 6999)}.{r.randint(10, 200)}"
    ).t(' Safari/537.36"\n')
    d.pii("IP_ADDRESS", g.ip4(private=True)).t(' - - [...] "GET /maps/api/geocode/json?address=').t(
        r.choice(["10+Downing+St", "Unter+den+Linden+5", "Jl.+Sudirman+52"])
    ).t("&key=").pii("API_KEY", g.token("google")).t("&session=").look("session_id", g.rand(32, HEX)).t(
        ' HTTP/1.1" 200 1532\n'
    )
    d.pii("IP_ADDRESS", g.ip6("global")).t(' - - [...] "GET /track/open?uid=').look(
        "int_id", str(r.randint(10**6, 10**8))
    ).t("&rcpt=").pii("PHONE_NUMBER", g.phone(fmt="national").replace(" ", "")).t('&v=2 HTTP/1.1" 204 0\n')
    return d


def t_credential_dotfiles(g: Gen) -> Doc:
    r = g.r
    who = g.name()
    d = (
        Doc()
        .t("$ cat ~/.pgpass\n")
        .pii("IP_ADDRESS", g.ip4(private=True))
        .t(":")
        .look("port", r.choice(["5432", "6432", "5433"]))
        .t(":billing:billing_rw:")
        .pii("API_KEY", g.password())
        .t("\ndb-replica.internal:5432:*:replicator:")
        .pii("API_KEY", g.passphrase())
    )
    d.t("\n$ cat ~/.netrc\nmachine api.heroku.com\n  login ").pii("EMAIL_ADDRESS", g.email(who)).t("\n  password ").pii(
        "API_KEY", "HRKU-" + g.uuid()
    ).t("\n$ cat ~/.npmrc\n//registry.npmjs.org/:_authToken=").pii("API_KEY", g.token("npm")).t(
        "\n# //npm.pkg.github.com/:_authToken="
    ).look("env_ref", "${GITHUB_TOKEN}")
    d.t("\n$ cat ~/.config/pip/pip.conf\n[global]\nindex-url = https://__token__:").pii("API_KEY", g.token("pypi")).t(
        "@pypi.internal.example/simple\n# from the README: password = "
    ).look(
        "placeholder_key",
        r.choice(["<YOUR_PASSWORD>", "changeme", "xxxxxxxxxxxxxxxx", "********", "your-api-key-here"]),
    ).t("\n")
    return d


def t_net_diagnostics(g: Gen) -> Doc:
    r = g.r
    target = g.ip4(private=False)
    d = (
        Doc()
        .t("$ nmap -sV ")
        .pii("IP_ADDRESS", target)
        .t("\nStarting Nmap ")
        .look("version", r.choice(["7.94", "7.95", "7.93"]))
        .t(" ( https://nmap.org ) at ")
        .look(
            "timestamp",
            f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        )
        .t(" UTC\nNmap scan report for host-")
        .look("ip_hostname", target.replace(".", "-"))
        .t(".static.example.net (")
        .pii("IP_ADDRESS", target)
        .t(")\nHost is up (")
        .t(f"0.0{r.randint(10, 99)}s")
        .t(" latency).\n")
    )
    d.t("22/tcp  open  ssh     OpenSSH ").look("version", f"{r.randint(8, 9)}.{r.randint(0, 9)}p1").t(
        " Ubuntu 3ubuntu0."
    ).look("version", str(r.randint(1, 13))).t(" (Ubuntu Linux; protocol 2.0)\n443/tcp open  http    nginx ").look(
        "version", f"1.{r.randint(18, 27)}.{r.randint(0, 4)}"
    ).t("\nMAC Address: ").look("mac", g.mac()).t(" (Super Micro Computer)\n\n$ traceroute -n ").pii(
        "IP_ADDRESS", target
    ).t("\n 1  ").pii("IP_ADDRESS", g.ip4(private=True)).t("  ").look(
        "rtt", f"{r.randint(0, 3)}.{r.randint(100, 999)} ms"
    ).t("\n 2  ")
    d.pii("IP_ADDRESS", g.ip4(private=False)).t("  ").look("rtt", f"{r.randint(4, 40)}.{r.randint(100, 999)} ms").t(
        "\n 3  * * *\n\n$ ping6 -c1 "
    ).pii("IP_ADDRESS", (v6 := g.ip6("global"))).t("\n64 bytes from ").pii("IP_ADDRESS", v6).t(": icmp_seq=1 ttl=").t(
        str(r.choice([52, 56, 57, 58, 117, 119]))
    ).t(" time=").look("rtt", f"{r.randint(5, 90)}.{r.randint(1, 9)} ms").t("\n")
    return d


def t_lockfile(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    pkg = r.choice(["lodash", "axios", "express", "zod", "date-fns", "chalk"])
    ver = g.version(3)
    d = (
        Doc()
        .t('// package.json\n{\n  "name": "@acme/billing-ui",\n  "version": "')
        .look("version", g.version(3))
        .t('",\n  "author": "')
        .pii("PERSON", n)
        .t(" <")
        .pii("EMAIL_ADDRESS", g.email(n))
        .t('>",\n  "dependencies": { "')
        .t(pkg)
        .t('": "')
        .look("semver_range", r.choice(["^", "~", ">="]) + g.version(3))
        .t('" }\n}\n// package-lock.json\n')
    )
    d.t(f'    "node_modules/{pkg}": {{\n      "version": "').look("version", ver).t(
        f'",\n      "resolved": "https://registry.npmjs.org/{pkg}/-/{pkg}-{ver}.tgz",\n      "integrity": "sha512-'
    ).look("integrity_sha512", base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()).t(
        '"\n    },\n# poetry.lock\n[[package]]\nname = "urllib3"\nversion = "'
    )
    d.look("version", g.version(3)).t(
        '"\nfiles = [\n    {file = "urllib3-2.2.1-py3-none-any.whl", hash = "sha256:'
    ).look("sha256", g.rand(64, HEX)).t('"},\n]\n# Cargo.lock\n[[package]]\nname = "tokio"\nversion = "').look(
        "version", g.version(3)
    ).t('"\nchecksum = "').look("sha256", g.rand(64, HEX)).t('"\n')
    return d


def t_git_blame(g: Gen) -> Doc:
    r = g.r
    a, b = g.name(), g.name()
    ln = r.randint(10, 300)
    d = (
        Doc()
        .look("short_sha", "^" + g.rand(7, HEX))
        .t(" (")
        .pii("PERSON", a)
        .t(" ")
        .look(
            "timestamp",
            f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)} +0100",
        )
        .t(f' {ln}) DB_HOST = "')
        .pii("IP_ADDRESS", g.ip4())
        .t('"\n')
    )
    eb = g.email(b)
    d.look("short_sha", g.rand(8, HEX)).t(" (<").pii("EMAIL_ADDRESS", eb).t("> ").look(
        "timestamp",
        f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)} +0200",
    ).t(f' {ln + 1}) DB_PASSWORD = "').pii("API_KEY", g.password()).t('"\n')
    d.look("short_sha", g.rand(8, HEX)).t(" (<").pii("EMAIL_ADDRESS", eb).t("> ").look(
        "timestamp",
        f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)} +0200",
    ).t(f' {ln + 2}) SDK_VERSION = "').look("version4", g.version(4)).t('"\n')
    d.look("short_sha", g.rand(8, HEX)).t(" (").pii("PERSON", a).t(" ").look(
        "timestamp",
        f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)} +0100",
    )
    kind = r.choice(sorted(TOKEN_ENV))
    d.t(f' {ln + 3}) {TOKEN_ENV[kind]} = "').pii("API_KEY", g.token(kind)).t('"\n')
    return d


def t_helpdesk_ticket(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t("Ticket #")
        .look("ticket_no", str(r.randint(10**6, 10**7 - 1)))
        .t(" · Priority: High · Channel: Phone\nRequester: ")
        .pii("PERSON", n)
        .t(" <")
        .pii("EMAIL_ADDRESS", g.email(n))
        .t(">\nOrder ")
        .look("amazon_order", g.amazon_order())
        .t(" · RMA ")
        .look("rma_phone_shaped", g.phone_shaped())
        .t(" · Callback ")
        .pii("PHONE_NUMBER", g.phone())
    )
    d.t("\n\n> I was charged twice for order no. ").look(
        "order_luhn",
        " ".join(g.luhn_id(16, r.choice(["4", "51", "6011"]))[i : i + 4] for i in range(0, 16, 4))
        if r.random() < 0.5
        else g.luhn_id(16, r.choice(["4", "52"])),
    ).t(" — the card was ").pii("CREDIT_CARD", g.card()).t(". Please call me on my work line ")
    d.pii("PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "national", "00"]))).t(
        r.choice([" ext. ", " x", " (ext "])
    ).look("extension", str(r.randint(10, 9999))).t(r.choice([" instead.", " after 3pm.", ")."])).t(
        "\n\nInternal note ("
    ).look("role_word", r.choice(ROLE_WORDS)).t("): replacement shipped, DHL ").look(
        "dhl_tracking", str(r.randint(10**9, 10**10 - 1))
    ).t(", serial ").look("serial", g.rand(12, UPPER_DIGITS)).t(".\n")
    return d


def t_paypal_webhook(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t("POST /webhooks/paypal\npaypal-transmission-id: ")
        .look("uuid", g.uuid())
        .t("\npaypal-transmission-time: ")
        .look("timestamp", g.iso_ts())
        .t('\n{"id": "')
        .look("webhook_event_id", f"WH-{g.rand(17, UPPER_DIGITS)}-{g.rand(17, UPPER_DIGITS)}")
        .t('", "event_type": "PAYMENT.CAPTURE.COMPLETED",\n "resource": {"id": "')
    )
    d.look("capture_id", g.rand(17, UPPER_DIGITS)).t('", "amount": {"currency_code": "USD", "value": "').look(
        "amount", f"{r.randint(1, 999)}.{r.randint(0, 99):02d}"
    ).t('"},\n  "payer": {"email_address": "').pii("EMAIL_ADDRESS", g.email(n)).t('", "payer_id": "').look(
        "payer_id", g.rand(13, UPPER_DIGITS)
    ).t('"},\n  "shipping": {"name": {"full_name": "').pii("PERSON", n).t('"}, "address": {"postal_code": "').look(
        "postcode", str(r.randint(10000, 99999))
    ).t('"}}}}\n')
    d.t("# buyer phone from the order form: ").pii("PHONE_NUMBER", g.phone()).t("\n")
    if r.random() < 0.5:
        d.t("# handler env while debugging: PAYPAL_CLIENT_ID=").look("client_id", "A" + g.rand(79, B64URL)).t(
            " PAYPAL_CLIENT_SECRET="
        ).pii("API_KEY", g.token("paypal")).t("\n")
    return d


def t_go_panic(g: Gen) -> Doc:
    r = g.r
    d = (
        Doc()
        .t('time="')
        .look("timestamp", g.iso_ts(z=False))
        .t('" level=error msg="charge failed" card="')
        .pii("CREDIT_CARD", g.card())
        .t('" user=')
        .pii("EMAIL_ADDRESS", g.email())
        .t(" remote=")
        .pii("IP_ADDRESS", g.ip4(private=False))
        .t(f":{r.randint(1024, 65535)} req_id=")
        .look("ulid", "01" + g.rand(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
        .t("\n")
    )
    d.t(
        "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc="
    ).look("hex_pointer", "0x" + g.rand(6, HEX)).t("]\n\ngoroutine ").t(str(r.randint(1, 9999))).t(
        " [running]:\nmain.(*Server).charge("
    ).look("hex_pointer", "0xc000" + g.rand(6, HEX)).t(", {0x")
    d.t(g.rand(4, HEX) + ", 0xc000" + g.rand(6, HEX) + "})\n\t/app/internal/billing/server.go:").t(
        str(r.randint(40, 900))
    ).t(
        " +0x"
        + g.rand(3, HEX)
        + "\ncreated by net/http.(*Server).Serve in goroutine 1\n\t/usr/local/go/src/net/http/server.go:3285 +0x4b4\nbuild: go"
    ).look("version", f"1.{r.randint(21, 24)}.{r.randint(0, 9)}").t(" vcs.revision=").look(
        "git_sha", g.rand(40, HEX)
    ).t("\n")
    return d


def t_sentry_event(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t('{"event_id": "')
        .look("event_id", g.rand(32, HEX))
        .t('", "release": "')
        .look("release", f"web@{g.version(3)}+{r.randint(1000, 99999)}")
        .t('", "environment": "production",\n "user": {"id": "')
        .look("int_id", str(r.randint(10**4, 10**7)))
        .t('", "email": "')
        .pii("EMAIL_ADDRESS", g.email(n))
        .t('", "ip_address": "')
    )
    d.pii("IP_ADDRESS", g.ip6() if r.random() < 0.4 else g.ip4(private=False)).t('", "name": "').pii("PERSON", n).t(
        '"},\n "contexts": {"browser": {"name": "Chrome", "version": "'
    ).look("version4", f"{r.randint(120, 132)}.0.{r.randint(6000, 6999)}.{r.randint(10, 200)}").t(
        '"}, "os": {"name": "Windows", "version": "'
    ).look("version", f"10.0.{r.choice([19045, 22621, 22631, 26100])}").t('"}},\n "geo": {"city": "').t(
        r.choice(["Porto", "Izmir", "Bandung", "Osaka", "Lagos", "Kraków"])
    ).t('", "coords": "').look("coordinates", g.coords()).t(
        '"},\n "tags": {"transaction": "/checkout", "order": "'
    ).look("order_luhn", g.luhn_id(16, r.choice(["4", "5"]))).t('"}}\n')
    return d


def t_ical_invite(g: Gen) -> Doc:
    r = g.r
    org, att = g.name(), g.name()
    d = (
        Doc()
        .t("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:")
        .look("ical_uid", f"{g.uuid()}@calendar.example")
        .t("\nDTSTAMP:")
        .look(
            "ical_timestamp",
            f"2026{r.randint(1, 11):02d}{r.randint(1, 28):02d}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z",
        )
        .t("\nORGANIZER;CN=")
    )
    d.pii("PERSON", org).t(":mailto:").pii("EMAIL_ADDRESS", g.email(org, corp=True)).t("\nATTENDEE;CN=").pii(
        "PERSON", att
    ).t(";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:").pii("EMAIL_ADDRESS", g.email(att)).t(
        "\nSUMMARY:Quarterly review\nLOCATION:Room "
    ).look("room_version_like", f"{r.randint(1, 9)}.{r.randint(1, 40)}")
    mid = "".join(r.choice(string.digits) for _ in range(11))
    d.t("\nDESCRIPTION:Join by phone ").pii(
        "PHONE_NUMBER", g.phone(r.choice(["US", "GB", "DE", "FR", "NL", "AU", "SG"]), "intl")
    ).t(",,").look("meeting_id", f"{mid}#").t("\\nMeeting ID: ").look(
        "meeting_id", f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    ).t("\\nLocal numbers: ").pii(
        "PHONE_NUMBER", g.phone(r.choice(["CH", "AT", "BE", "SE", "JP", "IN", "BR"]), r.choice(["intl", "e164"]))
    ).t("\\nPasscode: ").look("passcode", str(r.randint(100000, 999999))).t("\nEND:VEVENT\nEND:VCALENDAR\n")
    return d


def t_mail_headers(g: Gen) -> Doc:
    r = g.r
    sender, rcpt = g.name(), g.name()
    d = (
        Doc()
        .t("Return-Path: <")
        .pii("EMAIL_ADDRESS", (se := g.email(sender)))
        .t(">\nReceived: from mail-")
        .t(g.rand(8, string.ascii_lowercase + string.digits))
        .t(".google.com (mail.google.com [")
        .pii("IP_ADDRESS", g.ip4(private=False))
        .t("])\n        by mx.example.net (Postfix) with ESMTPS id ")
        .look("smtp_id", g.rand(14, ALNUM))
        .t("\n        for <")
        .pii("EMAIL_ADDRESS", (re_ := g.email(rcpt, corp=True)))
        .t(">; ")
        .look("timestamp", g.rfc2822())
        .t("\n")
    )
    d.t("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; bh=").look(
        "dkim_hash", g.rand(43, B64) + "="
    ).t(";\n        b=").look("dkim_signature", g.rand(76, B64)).t('\nFrom: "').pii("PERSON", sender).t('" <').pii(
        "EMAIL_ADDRESS", se
    ).t(">\nTo: ").pii("PERSON", rcpt).t(" <").pii("EMAIL_ADDRESS", re_).t(">\nMessage-ID: <").look(
        "message_id", f"CA{g.rand(40, ALNUM + '+=_-')}@mail.gmail.com"
    ).t(">\nX-Originating-IP: [")
    d.pii("IP_ADDRESS", g.ip4()).t("]\nX-MS-Exchange-Organization-SCL: ").t(str(r.randint(-1, 9))).t("\n")
    return d


def t_mongo_shell(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    em = g.email(n)
    d = (
        Doc()
        .t("acme> db.customers.find({ email: '")
        .pii("EMAIL_ADDRESS", em)
        .t("' })\n[\n  {\n    _id: ObjectId('")
        .look("object_id", g.rand(24, HEX))
        .t("'),\n    name: '")
        .pii("PERSON", n)
        .t("',\n    email: '")
        .pii("EMAIL_ADDRESS", em)
        .t("',\n    phone: '")
        .pii("PHONE_NUMBER", g.phone())
        .t("',\n")
    )
    d.t("    payout: { iban: '").pii("IBAN_CODE", g.iban()).t("', bic: '").look(
        "bic", g.rand(6, string.ascii_uppercase) + g.rand(2, UPPER_DIGITS)
    ).t("' },\n")
    if r.random() < 0.5:
        d.t("    taxId: '").pii("US_SSN", g.ssn()).t("',\n    legacyCard: '").pii("CREDIT_CARD", g.card(sep="")).t(
            "',\n"
        )
    d.t("    loyaltyNo: NumberLong('").look("loyalty_luhn", g.luhn_id(16, "9")).t("'),\n    createdAt: ISODate('").look(
        "timestamp", g.iso_ts(frac=True)
    ).t(f"'),\n    __v: {r.randint(0, 5)}\n  }}\n]\n")
    return d


def t_w2_form(g: Gen) -> Doc:
    r = g.r
    n = g.name(r.choice(("en_US", "es_MX", "en_IN", "zh_CN", "en_US")))
    d = (
        Doc()
        .t("Form W-2 Wage and Tax Statement ")
        .t(str(r.randint(2023, 2025)))
        .t("\na Employee's social security number   ")
        .pii("US_SSN", g.ssn())
        .t("\nb Employer identification number (EIN)   ")
        .look("ein", g.ein())
        .t("\nc Employer's name: Acme Logistics LLC, 400 Harbor Rd, Oakland CA ")
        .look("zip", f"94{r.randint(100, 699)}")
        .t("\nd Control number   ")
        .look("control_number", f"{r.randint(0, 99999):05d} {g.rand(3, string.ascii_uppercase)}")
    )
    d.t("\ne Employee's name   ").pii("PERSON", n).t("\n1 Wages, tips, other compensation   ").look(
        "amount", f"{r.randint(20000, 190000):,}.{r.randint(0, 99):02d}"
    ).t("\n2 Federal income tax withheld   ").look("amount", f"{r.randint(2000, 40000):,}.{r.randint(0, 99):02d}").t(
        "\n15 State CA  Employer's state ID number   "
    ).look("state_id", f"{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(0, 9)}")
    d.t("\n\nQuestions about this form: ").pii(
        "EMAIL_ADDRESS", f"{r.choice(['payroll', 'hr', 'w2-help'])}@{r.choice(CORP_MAIL)}"
    ).t(" or ").pii("PHONE_NUMBER", g.phone("US", r.choice(["national", "dot"]))).t("\n")
    return d


TEMPLATES: tuple[Callable[[Gen], Doc], ...] = (
    t_teams_thread, t_kubectl_describe, t_graphql_shopify, t_soap_payment, t_hl7_adt, t_phone_shop_email,
    t_sepa_mandate, t_resume, t_call_transcript, t_postfix_log, t_latex_table, t_chatbot_multilang,
    t_query_string_log, t_credential_dotfiles, t_net_diagnostics, t_lockfile, t_git_blame, t_helpdesk_ticket,
    t_paypal_webhook, t_go_panic, t_sentry_event, t_ical_invite, t_mail_headers, t_mongo_shell, t_w2_form,
)  # fmt: skip


def build() -> list[dict[str, object]]:
    gen = Gen(SEED)
    out: list[dict[str, object]] = []
    for i in range(PER_TEMPLATE * len(TEMPLATES)):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        doc = tpl(gen)
        text = doc.text()
        for item in (*doc.spans, *doc.looks):
            start, end = int(str(item["start"])), int(str(item["end"]))
            assert text[start:end] == item["text"], (tpl.__name__, item)
        out.append(
            {
                "id": f"heldout8-{i + 1:04d}",
                "template": tpl.__name__,
                "text": text,
                "spans": sorted(doc.spans, key=lambda s: int(str(s["start"]))),
                "lookalikes": doc.looks,
            }
        )
    return out


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_gold: dict[str, int] = {}
    n_look: dict[str, int] = {}
    for rec in records:
        for s in rec["spans"]:  # type: ignore[attr-defined]
            n_gold[s["type"]] = n_gold.get(s["type"], 0) + 1
        for la in rec["lookalikes"]:  # type: ignore[attr-defined]
            n_look[la["kind"]] = n_look.get(la["kind"], 0) + 1
    print(len(records), "texts;", n_gold, sum(v for k, v in n_gold.items() if k != "PERSON"), "structured")
    print(sum(n_look.values()), "look-alikes of", len(n_look), "kinds;", dict(sorted(n_look.items())))
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
