"""Generate held-out set v10 for the PII detector: ``data/pii/eval_heldout10.jsonl``.

Written by a helper that never read the detector (``detectors/pii/``), ``scripts/eval_pii.py``, the
session unit tests nor the error analyses in docs/pii.md, and never ran the detector or any eval on this
set; only the gold conventions (docs/pii.md, *Gold annotation rules* and the v8/v9 paragraphs), v9's
generator (file format, value factory, copied here so this file stays self-contained) and the v1-v9
template lists (to avoid them) were read. 26 new document shapes, 24 texts each: LDIF ``ldapsearch``
dump, OCR'd business card, mbox message with quoted-printable body, IIS W3C extended log, Windows
Security event 4624 + ``Get-ADUser``, ``kafka-avro-console-consumer`` dump with a SASL client config,
protobuf text format (``protoc --decode``), browser HAR fragment, SEPA ``pain.001`` XML, NACHA ACH file,
Outlook meeting invite (text form with Teams dial-in), US bankruptcy court filing, school report card,
tenancy agreement (UK/German/US), GDPR subject access request reply, Zoom saved chat, Jenkins console
log, PagerDuty incident JSON, LLM tool-call message array, pytest failure with dict diff, OpenAPI
examples YAML, rclone/``.s3cfg`` credential configs, Notion markdown export, Japanese/Korean/Greek
support mails with Latin-script names, ZPL shipping label and a pharmacy prescription label.

Gold conventions as v3-v9 (docs/pii.md). Choices this set makes explicit:
* PERSON excludes titles, honorifics (``様``, ``님``, ``κ.``, ``Esq.``) and ``/s/``; LDAP ``givenName``
  and ``sn`` attributes are separate spans like CRM First/Last columns; upper-case NACHA names are
  spans; user names (``uid``, ``Account Name``) are not persons.
* API_KEY: secret values only (passwords in configs/URLs/SASL, cloud and SaaS tokens, B2 application
  keys, GPG passphrases in ``.s3cfg``). Jenkins ``****`` masks, ``$VAR``/``{{var}}`` references,
  ``YOUR_API_KEY`` placeholders and LDAP ``{SSHA}`` password hashes are look-alikes.
* Teams dial-in numbers are PHONE_NUMBER; the ``,,123456789#`` conference id after them is a look-alike.
* No gold span crosses a line break; quoted-printable soft breaks are never put inside a value.

Values are checked by their own rules (Luhn, mod-97 with registry lengths, SSA rules,
``ipaddress``, ``phonenumbers.is_valid_number`` of the printed string), never by the detector.

Usage: ``.venv/bin/python data/pii/gen_heldout10.py`` (writes the file and prints its sha256).
Needs the dev extra (``faker==40.54.0``, ``phonenumbers==9.0.43``).
"""

# ruff: noqa: E501  (templates read best as one builder chain per line)
from __future__ import annotations

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

OUT = Path(__file__).resolve().parent / "eval_heldout10.jsonl"
SEED = 10_2026_1123
PER_TEMPLATE = 24

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
            return " ".join(f"{r.choice(givens)} {p}{sep}{r.choice(lasts)}".split())
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


# ---------------------------------------------------------------------------------- extra look-alikes
def aba_routing(g: Gen) -> str:
    """A US ABA routing number (3-7-1 checksum): nine digits like an SSN, but not one."""
    while True:
        body = f"{g.r.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32'])}{g.r.randint(0, 999999):06d}"
        w = (3, 7, 1, 3, 7, 1, 3, 7)
        check = (10 - sum(int(c) * k for c, k in zip(body, w, strict=True)) % 10) % 10
        return body + str(check)


def nhs_number(g: Gen) -> str:
    """A UK NHS number (mod 11) printed 3-3-4, the shape of a UK phone number."""
    while True:
        body = str(g.r.randint(400, 799)) + "".join(g.r.choice(string.digits) for _ in range(6))
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = body + str(check)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def vin(g: Gen) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return g.r.choice(["WVW", "1HG", "JTD", "VF1", "WBA", "SAL"]) + g.rand(14, alphabet)


def sf_id(g: Gen, prefix: str) -> str:
    return prefix + "5" + g.rand(11, ALNUM) + g.rand(3, string.ascii_uppercase)


def iata_name(g: Gen) -> str:
    """``SURNAME/GIVEN`` as printed on a boarding pass (ASCII, upper case, one given name)."""
    while True:
        first, last = g._faker_name(
            g.r.choice(("en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "tr_TR", "ja_JP", "en_IN"))
        )
        given = ascii_fold(first.split()[0]).upper().replace("'", "")
        sur = ascii_fold(last).upper().replace(" ", "").replace("'", "")
        if given.isalpha() and sur.replace("-", "").isalpha():
            return f"{sur}/{given}"


def spell_digits(s: str, oh: bool = True) -> str:
    words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    return " ".join(
        ("oh" if oh and c == "0" else words[int(c)]) if c.isdigit() else "plus" for c in s if c.isdigit() or c == "+"
    )


def given_name(n: str) -> str:
    """The given name alone, as used to address someone; the full name when it starts with an initial."""
    first = n.split()[0]
    return n if first.endswith(".") else first


def surname(n: str) -> str:
    """Everything after the first given name and any initials ("de la Cruz", "Salamoğlu")."""
    rest = [t for t in n.split()[1:] if not t.endswith(".")]
    return " ".join(rest) or n


def sha256hex(g: Gen) -> str:
    return g.rand(64, HEX)


def bad_ssn(g: Gen) -> str:
    """SSN-shaped but against the SSA rules (area 000/666/9xx, group 00 or serial 0000)."""
    r = g.r
    a, b, c = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
    rule = r.choice(["area0", "area666", "area9", "group0", "serial0"])
    if rule == "area0":
        a = 0
    elif rule == "area666":
        a = 666
    elif rule == "area9":
        a = r.randint(900, 999)
    elif rule == "group0":
        b = 0
    else:
        c = 0
    return f"{a:03d}-{b:02d}-{c:04d}"


def card_shaped_bad(g: Gen) -> str:
    num = g.non_luhn(16, g.r.choice(["4", "5", "6"]))
    return " ".join(num[i : i + 4] for i in range(0, 16, 4))


def bic(g: Gen, country: str = "") -> str:
    country = country or g.r.choice(["DE", "FR", "NL", "IT", "ES", "AT", "BE", "GB"])
    return g.rand(4, string.ascii_uppercase) + country + g.rand(2, UPPER_DIGITS) + g.r.choice(["", "XXX"])


def cidr(g: Gen) -> str:
    r = g.r
    return r.choice(
        [f"10.{r.randint(0, 255)}.0.0/16", f"192.168.{r.randint(0, 255)}.0/24", f"172.{r.randint(16, 31)}.0.0/12"]
    )


def epoch_ms(g: Gen) -> str:
    return str(g.r.randint(1_760_000_000_000, 1_790_000_000_000))


def ascii_name(g: Gen, loc: str | None = None) -> str:
    """A plain ASCII ``Given Surname`` (for fixed-width and upper-case formats)."""
    while True:
        first, last = g._faker_name(loc or g.r.choice(("en_US", "en_US", "es_MX", "en_GB", "de_DE", "pl_PL", "it_IT")))
        n = ascii_fold(f"{first} {last}")
        if n.replace(" ", "").replace("-", "").isalpha() and len(n) <= 22:
            return n


SCHOOL_EPONYMS = (
    "Fibonacci sequence",
    "Pythagorean theorem",
    "Newton's cradle",
    "Braille alphabet",
    "Morse code",
    "Venn diagrams",
    "Celsius scale",
)


def npi(g: Gen) -> str:
    """A US NPI: nine digits and a Luhn digit computed over the ``80840`` prefix."""
    body = g.r.choice("12") + "".join(g.r.choice(string.digits) for _ in range(8))
    return body + luhn_digit("80840" + body)


def latin_name(g: Gen) -> str:
    return g.name(
        g.r.choice(("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "sv_SE", "pt_BR"))
    )


# ---------------------------------------------------------------------------------- templates
def t_ldif(g: Gen) -> Doc:
    r = g.r
    dept = r.choice(["Finance", "Sales", "Legal", "Facilities", "Research"])
    d = Doc().t(
        f"# extended LDIF\n#\n# LDAPv3\n# base <ou=people,dc=corp,dc=example> with scope subtree\n# filter: (department={dept})\n# requesting: ALL\n#\n\n"
    )
    n_entries = r.randint(2, 3)
    for _ in range(n_entries):
        first, last = g._faker_name(r.choice(NAME_LOCALES))
        uid = ascii_fold(first[0] + last.split()[0]).lower().replace("'", "")
        d.t(
            f"# {uid}, people, corp.example\ndn: uid={uid},ou=people,dc=corp,dc=example\nobjectClass: top\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: "
        )
        d.pii("PERSON", f"{first} {last}").t("\ngivenName: ").pii("PERSON", first).t("\nsn: ").pii("PERSON", last)
        d.t("\nmail: ").pii("EMAIL_ADDRESS", g.email(f"{first} {last}", corp=True)).t("\ntelephoneNumber: ").pii(
            "PHONE_NUMBER", g.phone(fmt="intl")
        )
        if r.random() < 0.6:
            d.t("\nmobile: ").pii("PHONE_NUMBER", g.phone(fmt=r.choice(["e164", "intl"])))
        d.t("\nemployeeNumber: ").look("employee_no", str(r.randint(100000, 999999))).t(
            f"\ndepartmentNumber: {dept}\nuserPassword:: "
        )
        d.look("password_hash", "e1NTSEF9" + g.rand(40, B64)).t("\nentryUUID: ").look("uuid", g.uuid()).t(
            "\ncreateTimestamp: "
        )
        d.look(
            "timestamp",
            f"2026{r.randint(1, 11):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}Z",
        ).t("\n\n")
    d.t(
        f"# search result\nsearch: 2\nresult: 0 Success\n\n# numResponses: {n_entries + 1}\n# numEntries: {n_entries}\n"
    )
    return d


def t_ocr_card(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    corp = r.choice(CORP_MAIL)
    d = Doc().t(f"[OCR result · page 1 · confidence {r.randint(71, 97)}%]\n\n")
    d.t(
        r.choice(["NORTHWIND ENERGY GmbH", "ACME LOGISTICS", "Tailspin Travel S.L.", "LUMEN HEALTH", "Fabrikam AG"])
        + "\n\n"
    )
    d.pii("PERSON", n.upper() if r.random() < 0.3 else n).t("\n").look("role_word", r.choice(ROLE_WORDS)).t("\n\n")
    d.t(r.choice(["T ", "Tel. ", "Phone: ", "P "])).pii(
        "PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "paren0", "dash"]))
    ).t(r.choice(["   ", " | ", "\n"]))
    d.t(r.choice(["M ", "Mob. ", "Mobile: "])).pii(
        "PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "e164", "national"]))
    ).t("\n")
    d.t(r.choice(["E ", "e-mail: ", "✉ "])).pii("EMAIL_ADDRESS", g.email(n, corp=True)).t(f"\nwww.{corp}\n\n")
    d.t(r.choice(["Reg. No HRB ", "Company No. ", "KvK "])).look("company_reg", str(r.randint(10000, 99999999))).t(
        " | VAT "
    )
    d.look("vat_id", r.choice(["DE", "NL", "FR", "ES"]) + str(r.randint(10**8, 10**9 - 1))).t(
        f"\n{r.randint(1, 200)} Harbour Street, Floor {r.randint(1, 30)}\n"
    )
    if r.random() < 0.5:
        d.t("[back side]\nMeet us at booth ").look("booth_no", f"{r.randint(1, 12)}.{r.randint(100, 999)}").t(
            " · "
        ).look("date", g.date()).t("\n")
    return d


def t_mbox_qp(g: Gen) -> Doc:
    r = g.r
    a, b = g.name(r.choice(("de_DE", "de_DE", "nl_NL", "pl_PL"))), latin_name(g)
    ea, eb = g.email(a), g.email(b, corp=True)
    d = (
        Doc()
        .t("From ")
        .pii("EMAIL_ADDRESS", ea)
        .t(
            f" {r.choice(['Mon', 'Tue', 'Wed'])} Nov  {r.randint(1, 9)} {r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)} 2026\n"
        )
    )
    d.t("Return-Path: <").pii("EMAIL_ADDRESS", ea).t(">\nReceived: from [").pii("IP_ADDRESS", g.ip4(private=False)).t(
        "] by mx.corp.example with ESMTPSA id "
    )
    d.look("smtp_id", g.rand(12, UPPER_DIGITS)).t('\nFrom: "').pii("PERSON", a).t('" <').pii("EMAIL_ADDRESS", ea).t(
        ">\nTo: "
    ).pii("PERSON", b).t(" <").pii("EMAIL_ADDRESS", eb).t(">\n")
    d.t("Subject: =?UTF-8?Q?R=C3=BCckerstattung_Bestellung?=\nDate: ").look("timestamp", g.rfc2822()).t(
        "\nMessage-ID: "
    )
    d.look("message_id", f"<{g.rand(16, HEX)}.{r.randint(1000, 9999)}@mail.gmail.com>").t(
        '\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
    )
    d.t("Guten Tag ").pii("PERSON", b).t(",\n\nleider ist die Bestellung ").look("order_no", g.amazon_order()).t(
        " besch=C3=A4digt angekommen. Bitte=\n erstatten Sie den Betrag auf mein Konto:\n\nIBAN: "
    )
    d.pii("IBAN_CODE", g.iban(r.choice(["DE", "AT", "NL", "PL"]), printed=True)).t("\nBIC: ").look("bic", bic(g)).t(
        "\n\nR=C3=BCckfragen gern telefonisch unter "
    ).pii("PHONE_NUMBER", g.phone(r.choice(["DE", "AT", "NL", "PL"]), fmt=r.choice(["national", "intl", "paren0"])))
    d.t(".\n\nMit freundlichen Gr=C3=BC=C3=9Fen\n").pii("PERSON", a).t("\n\n")
    return d


def t_iis_w3c(g: Gen) -> Doc:
    r = g.r
    d = (
        Doc()
        .t("#Software: Microsoft Internet Information Services ")
        .look("version", "10.0")
        .t("\n#Version: 1.0\n#Date: ")
    )
    d.look("timestamp", f"2026-11-{r.randint(1, 20):02d} 00:00:{r.randint(10, 59)}").t(
        "\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n"
    )
    sip = g.ip4(private=True)
    for _ in range(r.randint(4, 6)):
        d.look(
            "timestamp",
            f"2026-11-{r.randint(1, 20):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        ).t(" ").pii("IP_ADDRESS", sip).t(" ")
        kind = r.random()
        if kind < 0.4:
            n = g.name(r.choice(("en_US", "en_GB", "de_DE", "fr_FR")))
            d.t("POST /owa/auth.owa - 443 ").pii("EMAIL_ADDRESS", g.email(n, corp=True)).t(" ")
        elif kind < 0.7:
            d.t("GET /api/v2/customers/lookup email=").pii("EMAIL_ADDRESS", g.email()).t("&expand=orders 443 - ")
        else:
            d.t("GET /Autodiscover/Autodiscover.xml - 443 CORP\\").t(g.rand(5, string.ascii_lowercase)).t(" ")
        d.pii("IP_ADDRESS", g.ip6("global") if r.random() < 0.25 else g.ip4(private=False)).t(
            " Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+Chrome/"
        )
        d.look("version4", f"{r.randint(100, 131)}.0.{r.randint(4000, 6999)}.{r.randint(10, 250)}").t(
            f"+Safari/537.36 - {r.choice(['200', '302', '401', '500'])} 0 0 "
        ).look("duration_ms", str(r.randint(15, 9000))).t("\n")
    return d


def t_windows_event(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    first, *_ = ascii_fold(n).lower().split()
    user = (first[0] + ascii_fold(surname(n)).lower().replace(" ", "").replace("'", ""))[:12]
    d = Doc().t(
        "PS C:\\> Get-WinEvent -FilterHashtable @{LogName='Security';Id=4624} -MaxEvents 1 | Format-List\n\nTimeCreated  : "
    )
    d.look(
        "timestamp",
        f"{r.randint(1, 11)}/{r.randint(1, 28)}/2026 {r.randint(1, 12)}:{r.randint(10, 59)}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])}",
    ).t(
        "\nProviderName : Microsoft-Windows-Security-Auditing\nId           : 4624\nMessage      : An account was successfully logged on.\n\n               Subject:\n                   Security ID:        S-1-5-18\n                   Account Name:       "
    )
    d.t(f"WS-FIN-{r.randint(1, 999):03d}$\n                   Logon ID:           ").look(
        "hex_id", f"0x{g.rand(5, '0123456789ABCDEF')}"
    ).t("\n\n               New Logon:\n                   Security ID:        ")
    d.look(
        "sid",
        f"S-1-5-21-{r.randint(10**9, 4 * 10**9)}-{r.randint(10**9, 4 * 10**9)}-{r.randint(10**9, 4 * 10**9)}-{r.randint(1000, 9999)}",
    ).t(
        f"\n                   Account Name:       {user}\n                   Account Domain:     CORP\n                   Logon GUID:         {{"
    )
    d.look("uuid", g.uuid()).t(
        "}\n\n               Network Information:\n                   Workstation Name:   LAPTOP-"
    ).t(g.rand(7, UPPER_DIGITS)).t("\n                   Source Network Address: ")
    d.pii("IP_ADDRESS", g.ip4() if r.random() < 0.8 else g.ip6()).t("\n                   Source Port:        ").look(
        "port", str(r.randint(49152, 65535))
    ).t("\n\n")
    d.t(
        f"PS C:\\> Get-ADUser {user} -Properties EmailAddress,OfficePhone,Manager | Select Name,EmailAddress,OfficePhone,Manager\n\nName         : "
    ).pii("PERSON", n)
    d.t("\nEmailAddress : ").pii("EMAIL_ADDRESS", g.email(n, corp=True)).t("\nOfficePhone  : ").pii(
        "PHONE_NUMBER", g.phone()
    ).t("\nManager      : CN=").pii("PERSON", latin_name(g)).t(",OU=Staff,DC=corp,DC=example\n")
    return d


def t_kafka_avro(g: Gen) -> Doc:
    r = g.r
    d = Doc().t(
        '$ cat client.properties\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-payments" password="'
    )
    d.pii("API_KEY", g.password()).t('";\n$ kafka-avro-console-consumer --bootstrap-server ').pii(
        "IP_ADDRESS", g.ip4(private=True)
    ).t(":9093 --topic payments.captured.v")
    d.t(str(r.randint(2, 5))).t(
        " --from-beginning --max-messages 2 --consumer.config client.properties --property print.key=true --property schema.registry.url=http://"
    ).pii("IP_ADDRESS", g.ip4(private=True)).t(":8081\n")
    for _ in range(2):
        n = g.name()
        d.t('"').look("uuid", g.uuid()).t('"\t{"event_id":"').look("uuid", g.uuid()).t('","ts":').look(
            "epoch_ms", epoch_ms(g)
        ).t(',"customer":{"name":{"string":"').pii("PERSON", n)
        d.t('"},"email":{"string":"').pii("EMAIL_ADDRESS", g.email(n)).t('"}},"card_number":{"string":"').pii(
            "CREDIT_CARD", g.card(sep="")
        ).t('"},"amount_minor":').look("amount", str(r.randint(100, 999999)))
        d.t(',"merchant_ref":"').look("order_luhn", g.luhn_id(16, r.choice(["4", "5"]))).t(
            '","client_ip":{"string":"'
        ).pii("IP_ADDRESS", g.ip4(private=False) if r.random() < 0.8 else g.ip6("global")).t(
            '"},"schema_version":"'
        ).look("version", g.version()).t('"}\n')
    d.t("Processed a total of 2 messages\n")
    return d


def t_protobuf_text(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t('$ protoc --decode=billing.v1.Customer proto/billing/v1/customer.proto < dump.bin\nid: "cus_')
        .look("object_id", g.rand(14))
        .t('"\ndisplay_name: "')
        .pii("PERSON", n)
        .t('"\nemails: "')
    )
    d.pii("EMAIL_ADDRESS", g.email(n)).t('"\nphone {\n  e164: "').pii("PHONE_NUMBER", g.phone(fmt="e164")).t(
        '"\n  verified: true\n}\ntax {\n  country: "US"\n  '
    )
    d.t('ssn: "').pii("US_SSN", g.ssn(r.choice(["-", "-", ""]))).t('"\n  ein: "').look("ein", g.ein()).t(
        '"\n}\npayment_methods {\n  card {\n    pan: "'
    ).pii("CREDIT_CARD", g.card(sep=""))
    d.t(f'"\n    exp_month: {r.randint(1, 12)}\n    exp_year: {r.randint(2027, 2031)}\n    fingerprint: "').look(
        "fingerprint", g.rand(16)
    ).t('"\n  }\n}\npayout {\n  iban: "')
    d.pii("IBAN_CODE", g.iban(printed=False)).t('"\n}\ncreated_at {\n  seconds: ').look(
        "epoch", str(r.randint(1_700_000_000, 1_790_000_000))
    ).t(f"\n  nanos: {r.randint(0, 999) * 10**6}\n}}\nrevision: {r.randint(1, 99)}\n")
    return d


def t_har(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    ip = g.ip6("global") if r.random() < 0.3 else g.ip4(private=False)
    d = (
        Doc()
        .t(
            '{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},\n "entries": [{\n  "startedDateTime": "'
        )
        .look("timestamp", g.iso_ts(frac=True))
        .t('",\n  "serverIPAddress": "')
    )
    d.t("[" if ":" in ip else "").pii("IP_ADDRESS", ip).t("]" if ":" in ip else "").t('",\n  "connection": "').look(
        "port", str(r.randint(1000, 99999))
    ).t(
        '",\n  "request": {"method": "POST", "url": "https://checkout.shop.example/api/v1/orders",\n   "headers": [{"name": "Authorization", "value": "Bearer '
    )
    d.pii("API_KEY", g.token(r.choice(["stripe", "shopify", "openai", "github", "linear"]))).t(
        '"}, {"name": "X-Request-ID", "value": "'
    ).look("uuid", g.uuid()).t('"}],\n   "postData": {"mimeType": "application/json", "text": "{\\"name\\":\\"').pii(
        "PERSON", n
    )
    d.t('\\",\\"email\\":\\"').pii("EMAIL_ADDRESS", g.email(n)).t('\\",\\"card\\":\\"').pii("CREDIT_CARD", g.card()).t(
        '\\",\\"cvc\\":\\"'
    ).look("cvv", str(r.randint(100, 999))).t('\\",\\"giftcard\\":\\"').look("card_bad", card_shaped_bad(g))
    if r.random() < 0.4:
        d.t('\\",\\"kyc_ssn\\":\\"').pii("US_SSN", g.ssn(r.choice(["-", ""])))
    d.t('\\"}"}},\n  "response": {"status": 201, "headers": [{"name": "Date", "value": "').look(
        "timestamp", g.rfc2822()
    ).t('"}], "content": {"size": ').look("size", str(r.randint(200, 9000))).t(', "text": "{\\"order\\":\\"')
    d.look("order_no", g.amazon_order()).t('\\"}"}},\n  "timings": {"wait": ').look(
        "duration_ms", f"{r.randint(10, 900)}.{r.randint(100, 999)}"
    ).t("}\n }]}}\n")
    return d


def t_pain001(g: Gen) -> Doc:
    r = g.r
    co = r.choice(["DE", "FR", "NL", "IT", "ES", "AT", "BE", "LU", "PT", "FI"])
    d = (
        Doc()
        .t(
            '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n <CstmrCdtTrfInitn>\n  <GrpHdr><MsgId>'
        )
        .look("msg_id", f"MSG-{r.randint(10**9, 10**10 - 1)}")
        .t("</MsgId><CreDtTm>")
    )
    d.look("timestamp", g.iso_ts(z=False)).t("</CreDtTm><NbOfTxs>2</NbOfTxs><CtrlSum>").look("amount", g.amount()).t(
        "</CtrlSum></GrpHdr>\n  <PmtInf>\n   <PmtInfId>"
    ).look("pmt_id", f"PMT{r.randint(10**6, 10**7)}").t("</PmtInfId><PmtMtd>TRF</PmtMtd><ReqdExctnDt><Dt>")
    d.look("date", f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}").t("</Dt></ReqdExctnDt>\n   <Dbtr><Nm>").pii(
        "PERSON", g.name(r.choice(NAME_LOCALES))
    ).t("</Nm></Dbtr>\n   <DbtrAcct><Id><IBAN>").pii("IBAN_CODE", g.iban(co, printed=False)).t(
        "</IBAN></Id></DbtrAcct>\n   <DbtrAgt><FinInstnId><BICFI>"
    )
    d.look("bic", bic(g, co)).t("</BICFI></FinInstnId></DbtrAgt>\n")
    for _ in range(2):
        d.t("   <CdtTrfTxInf><PmtId><EndToEndId>").look("end_to_end_id", f"E2E-{g.rand(10, UPPER_DIGITS)}").t(
            '</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">'
        ).look("amount", f"{r.randint(10, 9999)}.{r.randint(0, 99):02d}")
        d.t("</InstdAmt></Amt>\n    <Cdtr><Nm>").pii("PERSON", g.name()).t("</Nm></Cdtr><CdtrAcct><Id><IBAN>").pii(
            "IBAN_CODE", g.iban(printed=False)
        ).t("</IBAN></Id></CdtrAcct>\n    <RmtInf><Ustrd>Invoice ").look(
            "invoice_no", f"{r.randint(2025, 2026)}/{r.randint(1, 9999):04d}"
        ).t("</Ustrd></RmtInf></CdtTrfTxInf>\n")
    d.t(
        "  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n<!-- bank rejected a previous file: AC01 incorrect account number "
    ).look("iban_bad", g.bad_iban(r.choice(["DE", "FR", "NL"]))).t(" -->\n")
    return d


def t_nacha(g: Gen) -> Doc:
    r = g.r
    d = Doc().t("Our bank keeps rejecting this ACH file with 'invalid entry detail'. What's wrong?\n\n```\n101 ")
    d.look("aba_routing", aba_routing(g)).t(" ").look("company_id", str(r.randint(10**9, 10**10 - 1))).t(
        f"26{r.randint(10, 12)}{r.randint(10, 28)}{r.randint(1000, 2359)}A094101FIRST NATIONAL BANK     ACME PAYROLL INC       \n"
    )
    d.t("5200ACME PAYROLL INC                     ").look("company_id", str(r.randint(10**9, 10**10 - 1))).t(
        "PPDPAYROLL   "
    ).look("date", f"26{r.randint(10, 12)}{r.randint(10, 28)}").t("   1").look("odfi_id", aba_routing(g)[:8]).t(
        "0000001\n"
    )
    for i in range(r.randint(2, 4)):
        n = ascii_name(g).upper()
        acct, emp = str(r.randint(10**7, 10**11)), f"EMP{r.randint(10**5, 10**6 - 1)}"
        d.t(f"6{r.choice(['22', '27', '32'])}").look("aba_routing", aba_routing(g)).look("bank_account", acct).t(
            " " * (17 - len(acct))
        ).look("amount", f"{r.randint(1, 999999):010d}")
        d.look("employee_no", emp).t(" " * (15 - len(emp)))
        d.pii("PERSON", n).t(" " * (22 - len(n)) + "  0").look(
            "trace_no", f"{r.randint(10**7, 10**8 - 1)}{i + 1:07d}"
        ).t("\n")
    d.t("820000000").t(str(r.randint(2, 4))).look("entry_hash", f"{r.randint(10**9, 10**10 - 1)}").t(
        "000000000000"
    ).look("amount", f"{r.randint(10**5, 10**11):012d}").t("\n9000001000001")
    d.t("\n```\nContact at the bank: ").pii("PERSON", latin_name(g)).t(", ").pii(
        "PHONE_NUMBER", g.phone("US", fmt=r.choice(["national", "dot", "usparen"]))
    ).t("\n")
    return d


def t_outlook_invite(g: Gen) -> Doc:
    r = g.r
    org = g.name()
    d = (
        Doc()
        .t("-----Original Appointment-----\nFrom: ")
        .pii("PERSON", org)
        .t(" <")
        .pii("EMAIL_ADDRESS", g.email(org, corp=True))
        .t(">\nSent: ")
    )
    d.look("timestamp", f"Monday, November {r.randint(1, 28)}, 2026 {r.randint(1, 12)}:{r.randint(10, 59)} PM").t(
        "\nTo: "
    )
    for i in range(r.randint(2, 3)):
        d.t("; " if i else "").pii("PERSON", g.name())
    d.t("; ").pii("EMAIL_ADDRESS", g.email(corp=True)).t("\nSubject: Q4 vendor review\nWhen: ").look(
        "date", f"Thursday, December {r.randint(1, 28)}, 2026"
    ).t(
        " 2:00 PM-3:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.\nWhere: Microsoft Teams Meeting\n\n"
    )
    d.t("_" * 80 + "\nMicrosoft Teams Need help?\nJoin the meeting now\nMeeting ID: ").look(
        "meeting_id", " ".join(str(r.randint(100, 999)) for _ in range(4))
    ).t("\nPasscode: ").look("passcode", g.rand(6)).t("\n" + "_" * 34 + "\nDial in by phone\n")
    for region, city in r.sample(
        [
            ("US", "United States, Los Angeles"),
            ("GB", "United Kingdom, London"),
            ("DE", "Germany, Frankfurt"),
            ("NL", "Netherlands, Amsterdam"),
            ("CH", "Switzerland, Zurich"),
        ],
        2,
    ):
        d.pii("PHONE_NUMBER", g.phone(region, fmt="intl")).t(",,").look(
            "conference_id", str(r.randint(10**8, 10**9 - 1))
        ).t(f"# {city}\n")
    d.t("Find a local number\nPhone conference ID: ").look(
        "conference_id", f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}#"
    ).t("\nFor organizers: Meeting options | Reset dial-in PIN\n")
    return d


def t_court_filing(g: Gen) -> Doc:
    r = g.r
    debtor, judge, atty = ascii_name(g, "en_US"), ascii_name(g, "en_US"), g.name(r.choice(("en_US", "es_MX", "en_GB")))
    d = (
        Doc()
        .t(
            f"UNITED STATES BANKRUPTCY COURT\nDISTRICT OF {r.choice(['NEW JERSEY', 'DELAWARE', 'NEVADA', 'OREGON'])}\n\nIn re:\n\n"
        )
        .pii("PERSON", debtor.upper() if r.random() < 0.5 else debtor)
    )
    d.t(",\n                                    Debtor.\n\nCase No. ").look(
        "case_no", f"{r.randint(20, 26)}-{r.randint(10000, 39999)}-{g.rand(3, string.ascii_uppercase)}"
    ).t("\nChapter 13\nJudge: Hon. ").pii("PERSON", judge).t("\n\n")
    d.t(
        "STATEMENT ABOUT YOUR SOCIAL SECURITY NUMBERS (Official Form 121)\n\nPart 1: Tell the Court About Yourself\n  Debtor 1: "
    ).pii("PERSON", debtor)
    if r.random() < 0.3:
        d.t("\n  Debtor 2 (spouse): ").pii("PERSON", ascii_name(g, "en_US")).t("  SSN ").pii("US_SSN", g.ssn())
    d.t("\nPart 2: Your Social Security Number\n  ").pii("US_SSN", g.ssn(r.choice(["-", "-", " "])))
    d.t("\n\nIn the public docket this appears as ").look("masked_ssn", f"xxx-xx-{r.randint(1000, 9999)}").t(
        ". The number "
    ).look("ssn_invalid", bad_ssn(g)).t(" listed on Doc. No. ").look("docket_no", str(r.randint(5, 180))).t(
        " was a clerical error.\n\n"
    )
    d.t("Dated: ").look("date", g.date()).t("\n\n/s/ ").pii("PERSON", atty).t("\n").pii("PERSON", atty).t(
        ", Esq.\nBar No. "
    ).look("bar_no", str(r.randint(10**5, 10**7))).t("\nLAW OFFICES LLP\nTel: ")
    d.pii("PHONE_NUMBER", g.phone("US", fmt=r.choice(["national", "dot", "usparen"]))).t(" ext. ").look(
        "extension", str(r.randint(100, 999))
    ).t("\nEmail: ").pii("EMAIL_ADDRESS", g.email(atty, corp=True)).t("\nCounsel for the Debtor\n")
    return d


def t_report_card(g: Gen) -> Doc:
    r = g.r
    pupil, tutor, parent = (
        g.name(r.choice(("en_GB", "ga_IE", "en_IN", "yo_NG"))),
        g.name("en_GB"),
        g.name(r.choice(("en_GB", "ga_IE", "pl_PL"))),
    )
    d = (
        Doc()
        .t(
            f"ST {r.choice(['BRIGID', 'AIDAN', 'MARY', 'COLUMBA'])}'S PRIMARY SCHOOL — End of Term Report (Autumn 2026)\n\nPupil: "
        )
        .pii("PERSON", pupil)
        .t(f"        Class: {r.randint(3, 6)}{r.choice('ABC')}        UPN: ")
    )
    d.look("upn", r.choice("ABCDEFGHJKLMNPRTUVWXYZ") + str(r.randint(10**11, 10**12 - 1))).t("\nDate of birth: ").look(
        "date", f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2015, 2019)}"
    ).t("      Form tutor: ").t(r.choice(["Mrs ", "Mr ", "Ms "])).pii("PERSON", tutor)
    d.t("\n\n| Subject | Attainment | Effort | Teacher |\n|---|---|---|---|\n")
    for subj in r.sample(["English", "Maths", "Science", "History", "Music", "PE"], 3):
        gender = r.choice("mf")
        first, last = g._faker_name("en_GB", gender)
        d.t(f"| {subj} | ").look("score", f"{r.randint(1, 9)}.{r.randint(0, 9)}").t(f" | {r.choice('ABC')} | ").t(
            r.choice(["Mr ", "Dr "] if gender == "m" else ["Mrs ", "Ms ", "Dr "])
        ).pii("PERSON", f"{first} {last}").t(" |\n")
    d.t("\nAttendance: ").look("percent", f"{r.randint(85, 99)}.{r.randint(0, 9)}%").t(" (").look(
        "count", str(r.randint(2, 9))
    ).t(" sessions missed)\n\nComment: ").pii("PERSON", given_name(pupil)).t(
        " has worked hard this term and enjoyed our project on the "
    ).look("eponym", r.choice(SCHOOL_EPONYMS)).t(".\n\n")
    d.t("Parent/carer: ").pii("PERSON", parent).t(", ").pii(
        "PHONE_NUMBER", g.phone(r.choice(["GB", "IE"]), fmt=r.choice(["national", "intl"]))
    ).t(", ").pii("EMAIL_ADDRESS", g.email(parent)).t("\nParents' evening: ").look("date", g.date()).t("\n")
    return d


def t_tenancy(g: Gen) -> Doc:
    r = g.r
    v = r.choice(["uk", "de", "us"])
    if v == "uk":
        ll, t1, t2 = g.name("en_GB"), g.name(), g.name()
        d = (
            Doc()
            .t("ASSURED SHORTHOLD TENANCY AGREEMENT\n\nThis agreement is dated ")
            .look("date", g.date())
            .t(" and is made between\nthe Landlord: ")
            .pii("PERSON", ll)
            .t("\nand the Tenant(s): ")
            .pii("PERSON", t1)
            .t(" and ")
            .pii("PERSON", t2)
        )
        d.t(
            f"\n\n1. Property: Flat {r.randint(1, 40)}, {r.randint(1, 200)} Victoria Road\n2. Term: 12 months from "
        ).look("date", g.date()).t("\n3. Rent: £").look("amount", g.amount()).t(
            " per calendar month, by standing order to\n   Account name: "
        ).pii("PERSON", ll).t("\n   Sort code: ")
        d.look("sort_code", f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}").t("   Account no: ").look(
            "uk_account", f"{r.randint(10**7, 10**8 - 1)}"
        ).t("\n   IBAN: ").pii("IBAN_CODE", g.iban("GB", printed=True)).t("\n4. Deposit: £").look(
            "amount", g.amount()
        ).t(", protected by the DPS, certificate ")
        d.look("deposit_cert", f"DPS{r.randint(10**7, 10**8 - 1)}").t("\n5. Repairs: call the managing agent on ").pii(
            "PHONE_NUMBER", g.phone("GB", fmt=r.choice(["national", "intl"]))
        ).t("\n\nSigned ................ (Landlord)   Signed ................ (Tenant)\n")
        return d
    if v == "de":
        ll, t1 = g.name("de_DE"), g.name(r.choice(("de_DE", "tr_TR", "pl_PL", "it_IT")))
        d = (
            Doc()
            .t("WOHNRAUMMIETVERTRAG\n\nzwischen ")
            .pii("PERSON", ll)
            .t(" (Vermieter)\nund ")
            .pii("PERSON", t1)
            .t(" (Mieter)\n\n§ 3 Miete\nDie Grundmiete beträgt ")
            .look("amount", g.amount(eu=True))
            .t(" EUR, zahlbar bis zum 3. Werktag auf das Konto\nIBAN ")
        )
        d.pii("IBAN_CODE", g.iban("DE", printed=True)).t(" bei der ").t(
            r.choice(["Sparkasse", "Volksbank", "Commerzbank"])
        ).t(", BIC ").look("bic", bic(g, "DE")).t("\n§ 5 Kaution: ").look("amount", g.amount(eu=True)).t(
            " EUR\nMietbeginn: "
        ).look("date", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2027")
        d.t("\nHausverwaltung: ").pii("PHONE_NUMBER", g.phone("DE", fmt=r.choice(["national", "paren0", "intl"]))).t(
            ", "
        ).pii("EMAIL_ADDRESS", g.email(ll)).t("\nSteuer-ID Vermieter: ").look(
            "tax_id", str(r.randint(10**10, 10**11 - 1))
        ).t("\n")
        return d
    ll, t1 = g.name("en_US"), g.name(r.choice(("en_US", "es_MX")))
    d = (
        Doc()
        .t("RESIDENTIAL LEASE AGREEMENT — rental application summary\n\nLandlord: ")
        .pii("PERSON", ll)
        .t("\nApplicant: ")
        .pii("PERSON", t1)
        .t("\nApplicant SSN: ")
        .pii("US_SSN", g.ssn())
        .t("\nCo-signer SSN: ")
    )
    d.look("masked_ssn", f"***-**-{r.randint(1000, 9999)}").t("\nMonthly rent: $").look("amount", g.amount()).t(
        "   Security deposit: $"
    ).look("amount", g.amount()).t("\nLease start: ").look("date", g.date()).t("\nApplicant phone: ")
    d.pii("PHONE_NUMBER", g.phone("US")).t("\nApplicant email: ").pii("EMAIL_ADDRESS", g.email(t1)).t("\nUnit: ").look(
        "unit_no", f"#{r.randint(100, 2999)}"
    ).t("\n")
    return d


def t_gdpr_sar(g: Gen) -> Doc:
    r = g.r
    n, dpo = g.name(), g.name()
    d = (
        Doc()
        .t("Subject: Your data access request (ref. ")
        .look("sar_ref", f"DSAR-{r.randint(2025, 2026)}-{r.randint(1, 99999):05d}")
        .t(")\n\nDear ")
        .pii("PERSON", n)
    )
    d.t(",\n\nFurther to your request under Article 15 GDPR received on ").look("date", g.date()).t(
        ", below is a copy of the personal data we hold about you.\n\nACCOUNT\n  Name ........... "
    ).pii("PERSON", n).t("\n  E-mail ......... ").pii("EMAIL_ADDRESS", g.email(n))
    d.t("\n  Phone .......... ").pii("PHONE_NUMBER", g.phone()).t("\n  Customer no .... ").look(
        "customer_luhn", g.luhn_id(r.choice([12, 16]), r.choice(["4", "5", "6", "3"]))
    ).t("\n\nPAYMENT METHODS\n  Visa ending ").look("last4", str(r.randint(1000, 9999))).t(", expires ")
    d.look("expiry", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}").t("\n  SEPA Direct Debit from ").pii(
        "IBAN_CODE", g.iban(printed=r.random() < 0.5)
    ).t(", mandate ").look("mandate_ref", f"MD-{r.randint(10**7, 10**8 - 1)}").t("\n")
    if r.random() < 0.5:
        d.t("  Identity verification (US): SSN ").pii("US_SSN", g.ssn()).t("\n")
    d.t("\nLOGIN HISTORY (last 4)\n")
    for _ in range(4):
        d.t("  ").look("timestamp", g.iso_ts()).t("  ").pii(
            "IP_ADDRESS", g.ip6() if r.random() < 0.3 else g.ip4(private=False)
        ).t(f"  {r.choice(['iPhone', 'Chrome on Windows', 'Firefox on Linux', 'Android app'])} ").look(
            "version", g.version()
        ).t("\n")
    d.t("\nIf you have questions, contact our Data Protection Officer, ").pii("PERSON", dpo).t(", at ").pii(
        "EMAIL_ADDRESS", f"dpo@{r.choice(CORP_MAIL)}"
    ).t(".\n\nKind regards,\n").pii("PERSON", dpo).t("\n").look("role_word", "Data Protection Officer").t("\n")
    return d


def t_zoom_chat(g: Gen) -> Doc:
    r = g.r
    a, b, c = g.name(), g.name(), g.name()

    def hdr(d: Doc, who: str, to: str | None) -> Doc:
        d.look("clock", f"{r.randint(9, 17):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}").t(" From  ").pii(
            "PERSON", who
        ).t("  to  ")
        return d.pii("PERSON", to).t("(Direct Message):\n\t") if to else d.t("Everyone:\n\t")

    d = Doc()
    hdr(d, a, None).t("hi all, dialling in from the train, if I drop call me on ").pii("PHONE_NUMBER", g.phone()).t(
        "\n"
    )
    hdr(d, b, None).t("deck is in the channel, build ").look("version", g.version()).t(" is the one we demo\n")
    hdr(d, c, b).t("for the hotel deposit use the team card ").pii("CREDIT_CARD", g.card()).t(" exp ").look(
        "expiry", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"
    ).t(" cvc ").look("cvv", str(r.randint(100, 999))).t("\n")
    hdr(d, a, None).t('Reacted to "deck is in the..." with 👍\n')
    hdr(d, b, None).t("next sync: meeting ID ").look(
        "meeting_id", f"{r.randint(800, 999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
    ).t(", ping ").pii("EMAIL_ADDRESS", g.email(b, corp=True)).t(" for the invite\n")
    return d


def t_jenkins(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t("Started by user ")
        .pii("PERSON", n)
        .t(
            "\nObtained Jenkinsfile from git https://git.corp.example/payments/api.git\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on agent-"
        )
        .t(str(r.randint(1, 20)))
        .t(" in /var/jenkins/workspace/payments-api_main\n")
    )
    d.t(
        "[Pipeline] checkout\n > git rev-parse --resolve-git-dir /var/jenkins/workspace/payments-api_main/.git # timeout=10\nChecking out Revision "
    ).look("git_sha", g.rand(40, HEX)).t(' (refs/remotes/origin/main)\nCommit message: "bump to ').look(
        "version", g.version()
    ).t('"\n')
    d.t("[Pipeline] withCredentials\nMasking supported pattern matches of ").look("env_ref", "$REGISTRY_PASSWORD").t(
        "\n[Pipeline] sh\n+ docker login -u deploy -p "
    ).look("masked_secret", "****").t(
        " registry.corp.example\nLogin Succeeded\n+ docker pull registry.corp.example/payments-api@sha256:"
    ).look("image_digest", sha256hex(g)).t("\n+ curl -sf -H 'PRIVATE-TOKEN: ")
    d.pii("API_KEY", g.token(r.choice(["gitlab", "github", "hf", "do", "databricks"]))).t(
        "' https://git.corp.example/api/v4/projects/"
    ).look("project_id", str(r.randint(100, 9999))).t("/releases\n+ ssh -o StrictHostKeyChecking=no deploy@").pii(
        "IP_ADDRESS", g.ip4(private=True)
    ).t(" 'systemctl restart payments-api'\n")
    d.t("Warning: Permanently added '").pii("IP_ADDRESS", g.ip4(private=True)).t(
        "' (ED25519) to the list of known hosts.\n[Pipeline] End of Pipeline\nBuild #"
    ).look("build_no", str(r.randint(100, 9999))).t(" took ").look(
        "duration", f"{r.randint(1, 14)} min {r.randint(1, 59)} sec"
    ).t("\nNotification sent to ").pii("EMAIL_ADDRESS", g.email(n, corp=True)).t("\nFinished: SUCCESS\n")
    return d


def t_pagerduty(g: Gen) -> Doc:
    r = g.r
    a, b = g.name(), g.name()
    d = (
        Doc()
        .t('{\n  "incident": {\n    "id": "')
        .look("pd_id", "P" + g.rand(6, UPPER_DIGITS))
        .t('",\n    "incident_number": ')
        .look("incident_no", str(r.randint(1000, 99999)))
        .t(',\n    "title": "[FIRING:1] HostDown ')
    )
    d.pii("IP_ADDRESS", g.ip4(private=r.random() < 0.6)).t(" (").look("cidr", cidr(g)).t(
        ')",\n    "created_at": "'
    ).look("timestamp", g.iso_ts()).t('",\n    "urgency": "high",\n    "assignments": [{"assignee": {"summary": "').pii(
        "PERSON", a
    ).t('", "email": "')
    d.pii("EMAIL_ADDRESS", g.email(a, corp=True)).t(
        '", "contact_methods": [{"type": "phone_contact_method", "address": "'
    ).pii("PHONE_NUMBER", g.phone(fmt="e164")).t(
        '"}]}}],\n    "escalation_policy": {"summary": "Payments on-call", "id": "'
    )
    d.look("pd_id", "P" + g.rand(6, UPPER_DIGITS)).t('"},\n    "last_status_change_by": {"summary": "').pii(
        "PERSON", b
    ).t('"},\n    "alert_counts": {"all": ').look("count", str(r.randint(1, 40))).t(
        ', "triggered": 1},\n    "body": {"details": "node_exporter '
    )
    d.look("version", g.version()).t(" on ").pii("IP_ADDRESS", g.ip6() if r.random() < 0.4 else g.ip4(private=True)).t(
        " stopped responding; ack by "
    ).pii("PERSON", given_name(b)).t(" at ").look("clock", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t(
        ' UTC"}\n  }\n}\n'
    )
    return d


def t_llm_tool_calls(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    ph, cc = g.phone(), g.card(sep=r.choice([" ", "", "-"]))
    d = (
        Doc()
        .t(
            '[\n  {"role": "system", "content": "You are a restaurant booking agent. Call create_booking with the guest details."},\n  {"role": "user", "content": "Table for '
        )
        .t(str(r.randint(2, 8)))
        .t(" on ")
    )
    dt = f"2026-12-{r.randint(1, 28):02d}"
    d.look("date", dt).t(" under ").pii("PERSON", n).t(", phone ").pii("PHONE_NUMBER", ph).t(
        ", hold it with my card "
    ).pii("CREDIT_CARD", cc)
    if r.random() < 0.3:
        d.t(" (SSN ").pii("US_SSN", g.ssn()).t(" if you need ID)")
    d.t('"},\n  {"role": "assistant", "content": null, "tool_calls": [{"id": "call_').look(
        "tool_call_id", g.rand(24)
    ).t('", "type": "function", "function": {"name": "create_booking", "arguments": "{\\"guest_name\\": \\"').pii(
        "PERSON", n
    )
    d.t('\\", \\"phone\\": \\"').pii("PHONE_NUMBER", ph).t('\\", \\"card\\": \\"').pii("CREDIT_CARD", cc).t(
        '\\", \\"date\\": \\"'
    ).look("date", dt).t('\\"}"}}]},\n  {"role": "tool", "tool_call_id": "call_').look("tool_call_id", g.rand(24)).t(
        '", "content": "{\\"booking_id\\": \\"'
    )
    d.look("booking_id", f"BK{r.randint(10**7, 10**8 - 1)}").t(
        '\\", \\"status\\": \\"confirmed\\"}"},\n  {"role": "assistant", "content": "Booked, confirmation '
    ).look("booking_id", f"BK{r.randint(10**7, 10**8 - 1)}").t(". The model used was gpt-").look(
        "version", f"4.{r.randint(0, 9)}"
    ).t('."}\n]\n')
    return d


def t_pytest_diff(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    e1, e2 = g.email(n), g.email(n)
    ph = g.phone()
    d = (
        Doc()
        .t(
            "============================= test session starts ==============================\nplatform linux -- Python "
        )
        .look("version", f"3.{r.randint(10, 13)}.{r.randint(0, 9)}")
        .t(", pytest-")
        .look("version", f"8.{r.randint(0, 3)}.{r.randint(0, 5)}")
        .t(", pluggy-")
    )
    d.look("version", f"1.{r.randint(3, 5)}.0").t(
        f'\ncollected {r.randint(20, 90)} items\n\ntests/test_contact_sync.py ....F..\n\n=================================== FAILURES ===================================\n____________________________ test_upsert_contact ______________________________\n\n    def test_upsert_contact(crm):\n>       assert crm.get("'
    )
    d.look("object_id", "ct_" + g.rand(12)).t("\") == EXPECTED\nE       AssertionError: assert {'email': '").pii(
        "EMAIL_ADDRESS", e1
    ).t("', ...} == {'email': '").pii("EMAIL_ADDRESS", e2).t(
        "', ...}\nE         Omitting 2 identical items, use -vv to show\nE         Differing items:\nE         {'email': '"
    )
    d.pii("EMAIL_ADDRESS", e1).t("'} != {'email': '").pii("EMAIL_ADDRESS", e2).t(
        "'}\nE         Full diff:\nE           {\nE         -  'email': '"
    ).pii("EMAIL_ADDRESS", e2).t("',\nE         +  'email': '").pii("EMAIL_ADDRESS", e1).t(
        "',\nE              'name': '"
    ).pii("PERSON", n)
    d.t("',\nE              'phone': '").pii("PHONE_NUMBER", ph).t("',\nE              'ssn': '").pii(
        "US_SSN", g.ssn()
    ).t("',\nE              'legacy_id': '").look("ssn_invalid", bad_ssn(g)).t(
        "',\nE           }\n\ntests/test_contact_sync.py:"
    ).look("line_no", str(r.randint(20, 400))).t(": AssertionError\n")
    d.t(
        f"=========================== short test summary info ============================\nFAILED tests/test_contact_sync.py::test_upsert_contact - AssertionError\n========================= 1 failed, {r.randint(20, 90)} passed in "
    ).look("duration", f"{r.randint(1, 40)}.{r.randint(10, 99)}s").t(" =========================\n")
    return d


def t_openapi(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t("openapi: 3.1.0\ninfo:\n  title: Payouts API\n  version: ")
        .look("version", g.version())
        .t("\nservers:\n  - url: https://")
        .pii("IP_ADDRESS", g.ip4(private=True))
        .t(":8443/v2\n    description: staging (ask ")
        .pii("PERSON", latin_name(g))
        .t(" for VPN)\n")
    )
    d.t(
        "components:\n  securitySchemes:\n    ApiKeyAuth: {type: apiKey, in: header, name: X-API-Key}\n  examples:\n    Recipient:\n      summary: A payout recipient\n      value:\n        id: "
    ).look("uuid", g.uuid()).t("\n        name: ").pii("PERSON", n).t("\n        email: ").pii(
        "EMAIL_ADDRESS", g.email(n)
    )
    d.t('\n        phone: "').pii("PHONE_NUMBER", g.phone(fmt=r.choice(["e164", "intl"]))).t('"\n        iban: ').pii(
        "IBAN_CODE", g.iban(printed=False)
    ).t("\n        bic: ").look("bic", bic(g)).t("\n        created: ").look("timestamp", g.iso_ts()).t(
        "\n    ApiKeyHeader:\n      value: "
    ).look("placeholder_key", r.choice(["YOUR_API_KEY", "<your-api-key>", "sk_test_xxxxxxxxxxxxxxxx"]))
    d.t("\nx-internal:\n  smoke-test-key: ").pii(
        "API_KEY", g.token(r.choice(["stripe", "sendgrid", "postman", "newrelic", "grafana"]))
    ).t("   # TODO rotate, pasted by mistake\n  rate-limit: ").look("count", str(r.choice([60, 100, 600, 1000]))).t(
        "\n"
    )
    return d


def t_rclone_s3cfg(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t("$ cat ~/.config/rclone/rclone.conf\n# set up by ")
        .pii("PERSON", n)
        .t(" <")
        .pii("EMAIL_ADDRESS", g.email(n, corp=True))
        .t("> on ")
        .look("date", g.date())
        .t("\n[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = ")
    )
    d.pii("API_KEY", g.token("aws_id")).t("\nsecret_access_key = ").pii("API_KEY", g.token("aws_secret")).t(
        "\nendpoint = s3.eu-central-2.wasabisys.com\n\n[nas]\ntype = sftp\nhost = "
    ).pii("IP_ADDRESS", g.ip4(private=True)).t("\nuser = backup\nport = ").look(
        "port", str(r.choice([22, 2222, 8022]))
    ).t("\nkey_file = ~/.ssh/id_ed25519\n\n[b2]\ntype = b2\naccount = ")
    d.look("b2_account_id", g.rand(12, HEX)).t("\nkey = ").pii("API_KEY", "K00" + g.rand(28, ALNUM)).t(
        "\n\n$ cat ~/.s3cfg\n[default]\naccess_key = "
    ).pii("API_KEY", g.token("aws_id")).t("\nsecret_key = ").pii("API_KEY", g.token("aws_secret")).t(
        "\ngpg_passphrase = "
    )
    d.pii("API_KEY", g.passphrase()).t("\nhost_base = s3.amazonaws.com\nproxy_host = ").pii(
        "IP_ADDRESS", g.ip4(private=True)
    ).t("\nproxy_port = ").look("port", str(r.choice([3128, 8080, 8888]))).t("\nmulti_part_chunk_size_mb = 15\n")
    return d


def t_notion_export(g: Gen) -> Doc:
    r = g.r
    owner = g.name()
    d = (
        Doc()
        .t(
            f"# Vendor onboarding — {r.choice(['Contoso Ltd', 'Fabrikam AG', 'Tailspin S.L.', 'Wingtip BV'])}\n\nOwner: "
        )
        .pii("PERSON", owner)
        .t("\nStatus: In progress\nCreated: ")
        .look("timestamp", f"November {r.randint(1, 28)}, 2026 {r.randint(1, 12)}:{r.randint(10, 59)} AM")
        .t("\nTags: finance, vendors\n\n## Contacts\n\n| Name | Role | Email | Phone |\n| --- | --- | --- | --- |\n")
    )
    for _ in range(r.randint(2, 3)):
        n = g.name()
        d.t("| ").pii("PERSON", n).t(" | ").look("role_word", r.choice(ROLE_WORDS)).t(" | ").pii(
            "EMAIL_ADDRESS", g.email(n, corp=True)
        ).t(" | ").pii("PHONE_NUMBER", g.phone()).t(" |\n")
    d.t("\n## Mail merge\n\nDear ").look(
        "template_var", r.choice(["{{contact.first_name}}", "{{ first_name }}", "@Name", "[Contact name]"])
    ).t(", please find attached our onboarding pack. Duplicates were merged by ").look("eponym", r.choice(EPONYMS)).t(
        ".\n"
    )
    d.t("\n## Bank details\n\nIBAN: ").pii("IBAN_CODE", g.iban(printed=True)).t("  \nBIC: ").look("bic", bic(g)).t(
        "\n\n> 💡 Ask "
    ).pii("PERSON", given_name(owner)).t(" before sharing the sandbox key: `").pii(
        "API_KEY", g.token(r.choice(["linear", "atlassian", "postman", "anthropic", "sendgrid"]))
    ).t("`\n\n## Attachments\n\n[Contract (PDF)](Vendor%20onboarding%20")
    d.look("notion_id", g.rand(32, HEX)).t("/contract_v").look("version", g.version(2)).t(".pdf)\n")
    return d


def t_cjk_el_support(g: Gen) -> Doc:
    r = g.r
    n = latin_name(g)
    lang = r.choice(["ja", "ko", "el"])
    if lang == "ja":
        d = (
            Doc()
            .t("件名: ご注文 ")
            .look("order_no", f"{r.randint(10**9, 10**10 - 1)}")
            .t(" について\n\n")
            .pii("PERSON", n)
            .t(" 様\n\nいつもご利用いただきありがとうございます。カスタマーサポートの")
            .pii("PERSON", g.name("ja_JP"))
            .t("です。\n")
        )
        d.t("ご登録の電話番号（").pii("PHONE_NUMBER", g.phone("JP", fmt=r.choice(["national", "intl"]))).t(
            "）とメールアドレス（"
        ).pii("EMAIL_ADDRESS", g.email(n)).t("）宛にご連絡いたしました。\n")
        d.t("配送予定日は").look("date", f"2026年{r.randint(1, 12)}月{r.randint(1, 28)}日").t(
            "、お問い合わせ番号は"
        ).look("ticket_no", f"#{r.randint(100000, 999999)}").t("です。\nアプリのバージョン: ").look(
            "version", g.version()
        ).t("\n")
        return d
    if lang == "ko":
        d = (
            Doc()
            .t("제목: 환불 요청 처리 안내 (접수번호 ")
            .look("ticket_no", f"{r.randint(2026, 2026)}-{r.randint(10**6, 10**7 - 1)}")
            .t(")\n\n")
            .pii("PERSON", n)
            .t(" 님, 안녕하세요.\n요청하신 환불은 ")
            .look("date", f"2026.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}")
            .t("에 처리되었습니다.\n")
        )
        d.t("연락처: ").pii("PHONE_NUMBER", g.phone("KR", fmt=r.choice(["national", "intl", "e164"]))).t(
            "\n이메일: "
        ).pii("EMAIL_ADDRESS", g.email(n)).t("\n결제 카드: ").look(
            "masked_card", f"{r.choice(['4', '5'])}{r.randint(100, 999)}-****-****-{r.randint(1000, 9999)}"
        ).t("\n담당자: ").pii("PERSON", latin_name(g)).t("\n")
        return d
    d = (
        Doc()
        .t("Θέμα: Επιστροφή χρημάτων για την παραγγελία ")
        .look("order_no", f"GR-{r.randint(10**6, 10**7 - 1)}")
        .t("\n\nΑγαπητέ κ. ")
        .pii("PERSON", n)
        .t(",\n\nη επιστροφή ποσού ")
        .look("amount", g.amount(eu=True))
        .t(" € θα γίνει στον λογαριασμό ")
        .pii("IBAN_CODE", g.iban("GR", printed=r.random() < 0.6))
    )
    d.t(".\nΓια οποιαδήποτε απορία καλέστε στο ").pii(
        "PHONE_NUMBER", g.phone("GR", fmt=r.choice(["national", "intl", "00"]))
    ).t(" ή γράψτε στο ").pii("EMAIL_ADDRESS", g.email(corp=True)).t(".\nΑΦΜ: ").look(
        "tax_id", str(r.randint(10**8, 10**9 - 1))
    ).t("\n\nΜε εκτίμηση,\n").pii("PERSON", latin_name(g)).t("\n")
    return d


def t_zpl_label(g: Gen) -> Doc:
    r = g.r
    n, s = ascii_name(g), g.name()
    d = (
        Doc()
        .t("The barcode on this label prints as a black box on our Zebra ZD421 (firmware V")
        .look("version", f"{r.randint(80, 99)}.{r.randint(10, 30)}.{r.randint(1, 30)}Z")
        .t("). ZPL:\n\n^XA\n^CI28\n^CF0,30\n^FO50,40^FDShip To:^FS\n^FO50,80^FD")
        .pii("PERSON", n.upper() if r.random() < 0.5 else n)
    )
    d.t(f"^FS\n^FO50,120^FD{r.randint(1, 999)} Market St^FS\n^FO50,160^FDTel ").pii(
        "PHONE_NUMBER", g.phone(r.choice(["US", "GB", "DE", "FR", "NL", "CA"]))
    ).t("^FS\n^FO50,220^BY3^BCN,120,Y,N,N^FD").look("tracking", g.ups()).t("^FS\n^FO50,380^FDRef ").look(
        "order_luhn", g.luhn_id(16, r.choice(["4", "5", "3"]))
    )
    d.t("^FS\n^FO50,420^FDWeight ").look("weight", f"{r.randint(1, 30)}.{r.randint(0, 9)} kg").t(
        "^FS\n^FO50,460^FDFrom: "
    ).pii("PERSON", s).t(", ").pii("EMAIL_ADDRESS", g.email(s, corp=True)).t("^FS\n^FO400,40^BQN,2,4^FDQA,").look(
        "uuid", g.uuid()
    ).t("^FS\n^XZ\n")
    return d


def t_prescription(g: Gen) -> Doc:
    r = g.r
    p, doc = g.name(r.choice(("en_US", "es_MX", "en_US"))), g.name("en_US")
    d = (
        Doc()
        .t(f"{r.choice(['CVS', 'Walgreens', 'Rite Aid', 'Kroger'])} Pharmacy #")
        .look("store_no", str(r.randint(1000, 19999)))
        .t("    ")
        .pii("PHONE_NUMBER", g.phone("US", fmt=r.choice(["national", "dot", "dash"])))
        .t("\nRx# ")
        .look("rx_no", str(r.randint(10**6, 10**7 - 1)))
    )
    d.t("   Filled: ").look("date", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/2026").t("\n").pii(
        "PERSON", p.upper()
    ).t("\nDOB: ").look("date", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1940, 2005)}").t("\n")
    d.t(
        f"{r.choice(['ATORVASTATIN 20MG TAB', 'METFORMIN 500MG TAB', 'LISINOPRIL 10MG TAB', 'SERTRALINE 50MG TAB'])}\nTake 1 tablet by mouth daily  Qty: {r.choice([30, 60, 90])}  Refills: {r.randint(0, 5)}\nNDC "
    ).look("ndc", f"{r.randint(10000, 99999)}-{r.randint(100, 999)}-{r.randint(10, 99)}")
    d.t("\nPrescriber: Dr. ").pii("PERSON", doc).t("  NPI ").look("npi", npi(g)).t("  DEA ").look(
        "dea", g.rand(2, string.ascii_uppercase) + str(r.randint(10**6, 10**7 - 1))
    ).t("\nInsurance BIN ").look("bin", f"{r.choice([610014, 3858, 4336, 610502]):06d}").t("  Member ID ").look(
        "member_id", g.rand(3, string.ascii_uppercase) + str(r.randint(10**8, 10**9 - 1))
    )
    if r.random() < 0.5:
        d.t("\nPatient SSN (cash claim form): ").pii("US_SSN", g.ssn())
    d.t("\nQuestions? Text ").pii("PHONE_NUMBER", g.phone("US", fmt="e164")).t(" or e-mail ").pii(
        "EMAIL_ADDRESS", g.email(p)
    ).t("\n")
    return d


TEMPLATES: tuple[Callable[[Gen], Doc], ...] = (
    t_ldif, t_ocr_card, t_mbox_qp, t_iis_w3c, t_windows_event, t_kafka_avro, t_protobuf_text, t_har, t_pain001,
    t_nacha, t_outlook_invite, t_court_filing, t_report_card, t_tenancy, t_gdpr_sar, t_zoom_chat, t_jenkins,
    t_pagerduty, t_llm_tool_calls, t_pytest_diff, t_openapi, t_rclone_s3cfg, t_notion_export, t_cjk_el_support,
    t_zpl_label, t_prescription,
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
                "id": f"heldout10-{i + 1:04d}",
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
