"""Generate held-out set v9 for the PII detector: ``data/pii/eval_heldout9.jsonl``.

Written by a helper that never read the detector (``detectors/pii/``) nor ran it or
``scripts/eval_pii.py`` on this set; only the gold conventions (docs/pii.md, *Gold annotation
rules*), v8's generator (file format, value factory) and the v1-v8 template lists (to avoid them)
were read. 26 new document shapes, 24 texts each: Jupyter/pandas DataFrame printout, Excel CSV with
BOM and semicolons, Salesforce/HubSpot CRM export, Zendesk macro + rendered comment, Intercom
conversation JSON, Twilio SMS webhook as logged by a Flask app, Stripe CLI session, AWS CloudTrail
record, Azure activity log, GCP audit log, Terraform plan, Ansible inventory INI, systemd unit with
``Environment=``, ``docker inspect``, Redis ``MONITOR``, Elasticsearch ``_search`` hits, PDF-to-text
invoice with broken wraps, motor insurance claim form, airline PNR / boarding pass, hospital
discharge letter, ADP-style payroll CSV, real-estate listing e-mail, Discord/Telegram chat export,
voice-assistant transcript, GitHub Actions/GitLab CI YAML and a Postman collection.

Gold conventions as v3-v8 (docs/pii.md). Choices this set makes explicit:
* PERSON excludes titles/honorifics and possessives; an IATA ``SURNAME/GIVEN`` passenger name is one
  span (the ``MR``/``MS`` suffix outside); names in separate ``First``/``Last`` CRM columns are two
  spans; chat handles (``jdoe#4821``, ``@jdoe``) and template variables are not persons.
* No gold span crosses a line break: PDF wraps break labels and addresses, never a value.
* Spelled-out numbers and e-mails in voice transcripts ("oh seven seven ...", "jane dot doe at
  gmail dot com") are look-alikes; the ASR-normalised digits next to them are gold.
* API_KEY: secret values only (passwords in configs/env/URLs, SaaS tokens, webhook signing secrets,
  AWS access key ids). ``(sensitive value)``, ``${{ secrets.X }}``, ``{{var}}``, ``<redacted>``,
  Twilio Account/Message SIDs, request signatures and customer/object ids are look-alikes.
* Service-account and role mailboxes are EMAIL_ADDRESS.

Values are checked by their own rules (Luhn, mod-97 with registry lengths, SSA rules,
``ipaddress``, ``phonenumbers.is_valid_number`` of the printed string), never by the detector.

Usage: ``.venv/bin/python data/pii/gen_heldout9.py`` (writes the file and prints its sha256).
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

OUT = Path(__file__).resolve().parent / "eval_heldout9.jsonl"
SEED = 9_2026_1123
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


# ---------------------------------------------------------------------------------- templates
def t_pandas_df(g: Gen) -> Doc:
    r = g.r
    d = Doc().t(f"In [{r.randint(3, 40)}]: df_customers.head({3})\nOut[{r.randint(3, 40)}]:\n")
    d.t("          customer_id                name                          email            phone   order_ref\n")
    for i in range(3):
        n = g.name()
        d.t(f"{i}  ").look("uuid", g.uuid()).t("  ").pii("PERSON", n).t("  ").pii("EMAIL_ADDRESS", g.email(n)).t("  ")
        d.pii("PHONE_NUMBER", g.phone(fmt=r.choice(["e164", "intl", "e164"]))).t("  ").look(
            "order_luhn", g.luhn_id(16, r.choice(["4", "5", "6"]))
        ).t("\n")
    d.t(
        "\nIn [41]: df_customers.dtypes\ncustomer_id    object\nname           object\n...\nIn [42]: df_customers['ltv'].describe()\ncount    "
    ).look("amount", f"{r.randint(1000, 99999)}.000000").t("\nmean     ").look(
        "amount", f"{r.randint(10, 999)}.{r.randint(0, 999999):06d}"
    ).t("\nName: ltv, dtype: float64\n# pandas ").look("version", g.version()).t("\n")
    return d


def t_excel_bom_csv(g: Gen) -> Doc:
    r = g.r
    d = Doc().t("\ufeffRechnungsnr;Kunde;IBAN;Betrag;Fällig am;Mandatsreferenz\r\n")
    for _ in range(r.randint(2, 3)):
        n = g.name(r.choice(("de_DE", "de_DE", "nl_NL", "fr_FR", "it_IT", "pl_PL")))
        d.look("invoice_no", f"RE-{r.randint(2025, 2026)}-{r.randint(1, 99999):05d}").t(";").pii("PERSON", n).t(";")
        d.pii(
            "IBAN_CODE",
            g.iban(r.choice(["DE", "DE", "AT", "NL", "FR", "IT", "BE", "LU", "CH"]), printed=r.random() < 0.3),
        ).t(";")
        d.look("amount", g.amount(eu=True)).t(";").look(
            "date", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2025, 2027)}"
        ).t(";")
        d.look("mandate_ref", f"MREF{r.randint(10**9, 10**10 - 1)}").t("\r\n")
    d.t(";;Summe;").look("amount", g.amount(eu=True)).t(";;\r\n;;Kontakt Buchhaltung;").pii(
        "EMAIL_ADDRESS", f"buchhaltung@{r.choice(CORP_MAIL)}"
    ).t(";;\r\n")
    return d


def t_crm_export(g: Gen) -> Doc:
    r = g.r
    if r.random() < 0.5:
        d = Doc().t(
            '"Record ID","First Name","Last Name","Email","Phone Number","Lifecycle Stage","Create Date","Associated Deal"\n'
        )
        for _ in range(2):
            first, last = g._faker_name(r.choice(NAME_LOCALES))
            d.t('"').look("hubspot_id", str(r.randint(10**10, 10**11 - 1))).t('","').pii("PERSON", first).t('","').pii(
                "PERSON", last
            ).t('","')
            d.pii("EMAIL_ADDRESS", g.email(f"{first} {last}", corp=True)).t('","').pii("PHONE_NUMBER", g.phone()).t(
                '","'
            )
            d.t(r.choice(["lead", "marketingqualifiedlead", "customer"])).t('","').look(
                "timestamp",
                f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
            ).t('","')
            d.look("deal_id", str(r.randint(10**9, 10**10 - 1))).t('"\n')
        return d
    d = Doc().t(
        "Contact ID,Contact Name,Title,Account Name,Email,Mobile,Mailing Country,Opportunity Amount,Contact Owner\n"
    )
    for _ in range(2):
        n = g.name()
        d.look("salesforce_id", sf_id(g, "003")).t(",").pii("PERSON", n).t(",").look(
            "role_word", r.choice(ROLE_WORDS)
        ).t(",Northwind Traders,")
        d.pii("EMAIL_ADDRESS", g.email(n, corp=True)).t(",").pii(
            "PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "e164", "dash"]))
        ).t(",")
        d.t(r.choice(["Germany", "Brazil", "India", "Kenya", "Japan"])).t(",").look(
            "amount", f"{r.randint(1000, 250000)}.00"
        ).t(",").pii("PERSON", g.name()).t("\n")
    return d


def t_zendesk_macro(g: Gen) -> Doc:
    r = g.r
    agent, cust = g.name(), g.name()
    d = (
        Doc()
        .t("Macro: Refund – card charged twice\nActions: Comment/description →\nHi ")
        .look("template_var", "{{ticket.requester.first_name}}")
        .t(",\n\n")
    )
    d.t("We refunded order ").look("template_var", "{{ticket.ticket_field_360012345678}}").t(
        ". Reply here or call "
    ).look("template_var", "{{ticket.organization.phone}}").t(".\n\n")
    d.t(r.choice(["Best", "Kind regards", "Cheers"])).t(",\n").look("template_var", "{{current_user.first_name}}").t(
        "\n\n--- rendered for ticket #"
    ).look("ticket_no", str(r.randint(100000, 9999999))).t(" ---\nHi ")
    d.pii("PERSON", given_name(cust) if r.random() < 0.5 else cust).t(",\n\nWe refunded order ").look(
        "order_luhn", g.luhn_id(r.choice([12, 14, 16]), "4")
    ).t(" to the card ending ").look("card_last4", str(r.randint(1000, 9999)))
    d.t(' (you wrote: "it was my ').t(r.choice(["card", "credit card", "debit card", "company card"])).t(" ").pii(
        "CREDIT_CARD", g.card()
    ).t('")')
    d.t(". Reply here or call ").pii("PHONE_NUMBER", g.phone(r.choice(["US", "GB", "AU", "CA", "IE", "NZ"]))).t(
        ".\n\nKind regards,\n"
    ).pii("PERSON", agent).t("\n")
    d.pii("EMAIL_ADDRESS", f"support@{r.choice(CORP_MAIL)}").t(" · Zendesk ").look("version", g.version()).t(
        "\nIn-Reply-To: "
    )
    d.look("message_id", f"<CA{g.rand(30, ALNUM)}@mail.gmail.com>").t("\n")
    return d


def t_intercom_json(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    admin = g.name()
    d = (
        Doc()
        .t('{"type":"conversation","id":"')
        .look("intercom_id", str(r.randint(10**11, 10**12 - 1)))
        .t('","created_at":')
        .look("epoch", str(r.randint(1_760_000_000, 1_795_000_000)))
    )
    d.t(',"source":{"author":{"type":"user","id":"').look("object_id", g.rand(24, HEX)).t('","name":"').pii(
        "PERSON", n
    ).t('","email":"').pii("EMAIL_ADDRESS", g.email(n)).t('"},')
    d.t('"body":"<p>Hi, my new number is ').pii("PHONE_NUMBER", g.phone()).t(" and I still can\\u2019t log in. ")
    extra = r.choice(["card", "ssn", "iban"])
    if extra == "card":
        d.t("The charge was on ").pii("CREDIT_CARD", g.card())
    elif extra == "ssn":
        d.t("For verification, SSN ").pii("US_SSN", g.ssn())
    else:
        d.t("Please refund to ").pii("IBAN_CODE", g.iban())
    d.t('</p>"},')
    d.t('"contacts":{"contacts":[{"id":"').look("object_id", g.rand(24, HEX)).t('","external_id":"').look(
        "uuid", g.uuid()
    ).t('"}]},')
    d.t('"custom_attributes":{"plan":"pro","last_seen_ip":"').pii(
        "IP_ADDRESS", g.ip4() if r.random() < 0.7 else g.ip6("global")
    ).t('","app_version":"').look("version", g.version(r.choice([3, 4]))).t('"},')
    d.t('"conversation_parts":{"conversation_parts":[{"part_type":"comment","author":{"type":"admin","name":"').pii(
        "PERSON", admin
    ).t('"},"body":"<p>Thanks ').pii("PERSON", given_name(n)).t('! Reset link sent.</p>"}]}}\n')
    return d


def t_twilio_webhook(g: Gen) -> Doc:
    r = g.r
    region = r.choice(["US", "GB", "DE", "FR", "ES", "AU", "CA", "NL", "IN", "BR", "MX", "ZA"])
    n = g.name()
    d = (
        Doc()
        .t(f"[{g.iso_ts(frac=True)[:-1].replace('T', ' ')}] INFO in sms: POST /twilio/inbound\n")
        .t("X-Twilio-Signature: ")
        .look("signature", g.rand(27, B64) + "=")
        .t("\nform=ImmutableMultiDict([('ToCountry', '")
        .t(region)
    )
    d.t("'), ('SmsMessageSid', '").look("twilio_sid", "SM" + g.rand(32, HEX)).t(
        "'), ('NumMedia', '0'), ('From', '"
    ).pii("PHONE_NUMBER", g.phone(region, "e164"))
    d.t("'), ('AccountSid', '").look("twilio_sid", "AC" + g.rand(32, HEX)).t("'), ('To', '").pii(
        "PHONE_NUMBER", g.phone("US", "e164")
    ).t("'), ('Body', '")
    body = r.choice(["card", "mail", "name"])
    if body == "card":
        d.t("pls update my card to ").pii("CREDIT_CARD", g.card(" ")).t(" thx")
    elif body == "mail":
        d.t("STOP texting, email me at ").pii("EMAIL_ADDRESS", g.email(n)).t(" instead")
    else:
        d.t("this is ").pii("PERSON", n).t(", running late for appt ").look(
            "booking_ref", f"#{r.randint(10000, 99999)}"
        )
    d.t("'), ('ApiVersion', '2010-04-01')])\n")
    return d


def t_stripe_cli(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t("$ stripe listen --forward-to localhost:4242/webhook\n> Ready! You are using Stripe API Version [")
        .look("api_version", f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}.basil")
        .t("]. Your webhook signing secret is ")
    )
    d.pii("API_KEY", "whsec_" + g.rand(32)).t(" (^C to quit)\n").look(
        "timestamp",
        f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    )
    d.t("   --> customer.created [").look("stripe_id", "evt_" + g.rand(24)).t("]\n\n$ stripe customers retrieve ").look(
        "stripe_id", "cus_" + g.rand(14)
    ).t('\n{\n  "id": "').look("stripe_id", "cus_" + g.rand(14))
    d.t('",\n  "object": "customer",\n  "created": ').look("epoch", str(r.randint(1_760_000_000, 1_795_000_000))).t(
        ',\n  "email": "'
    ).pii("EMAIL_ADDRESS", g.email(n)).t('",\n  "name": "').pii("PERSON", n)
    d.t('",\n  "phone": "').pii("PHONE_NUMBER", g.phone(fmt="e164")).t('",\n  "invoice_prefix": "').look(
        "invoice_prefix", g.rand(8, UPPER_DIGITS)
    ).t('",\n  "invoice_settings": {"default_payment_method": "').look("stripe_id", "pm_" + g.rand(24)).t(
        '"},\n  "livemode": true\n}\n'
    )
    d.t("$ stripe config --list\n[default]\ndevice_name = ").t(r.choice(["mbp-14", "ci-runner", "devbox"])).t(
        "\nlive_mode_api_key = "
    ).pii("API_KEY", "rk_live_" + g.rand(99)).t("\ntest_mode_api_key = ").look(
        "redacted_key", "sk_test_********" + g.rand(4)
    ).t("\n")
    return d


def t_cloudtrail(g: Gen) -> Doc:
    r = g.r
    user = g.name()
    uname = ascii_fold(user).lower().replace(" ", ".").replace("'", "")
    acct = str(r.randint(10**11, 10**12 - 1))
    d = (
        Doc()
        .t('{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"')
        .look("aws_principal", "AIDA" + g.rand(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
        .t('","arn":"arn:aws:iam::')
        .look("aws_account", acct)
        .t(f':user/{uname}","accountId":"')
        .look("aws_account", acct)
    )
    d.t('","accessKeyId":"').pii("API_KEY", g.token("aws_id")).t('","userName":"').t(uname).t('"},"eventTime":"').look(
        "timestamp", g.iso_ts()
    ).t(
        '","eventSource":"s3.amazonaws.com","eventName":"PutBucketPolicy","awsRegion":"eu-central-1","sourceIPAddress":"'
    )
    d.pii("IP_ADDRESS", g.ip4(private=False) if r.random() < 0.75 else g.ip6("global")).t(
        '","userAgent":"[aws-cli/'
    ).look("version", g.version()).t(" md/Botocore#").look("version", g.version()).t(']","requestID":"').look(
        "aws_request_id", g.rand(16, "0123456789ABCDEF")
    ).t('","eventID":"').look("uuid", g.uuid())
    d.t('","requestParameters":{"bucketName":"invoices-prod","tagging":{"owner":"').pii(
        "EMAIL_ADDRESS", g.email(user, corp=True)
    ).t('"}},"recipientAccountId":"').look("aws_account", acct).t('"}\n')
    return d


def t_azure_activity(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t('{\n  "caller": "')
        .pii("EMAIL_ADDRESS", g.email(n, corp=True))
        .t('",\n  "correlationId": "')
        .look("uuid", g.uuid())
        .t('",\n  "eventTimestamp": "')
        .look("timestamp", g.iso_ts(frac=True))
    )
    d.t('",\n  "claims": {\n    "ipaddr": "').pii("IP_ADDRESS", g.ip4(private=False)).t('",\n    "name": "').pii(
        "PERSON", n
    ).t('",\n    "http://schemas.microsoft.com/identity/claims/objectidentifier": "').look("uuid", g.uuid())
    d.t('",\n    "appid": "').look("uuid", g.uuid()).t(
        '"\n  },\n  "operationName": {"value": "Microsoft.KeyVault/vaults/secrets/write"},\n  "properties": {"statusCode": "Created", "secretValue": "'
    )
    if r.random() < 0.5:
        d.look("redacted_key", r.choice(["<redacted>", "*****", "[REDACTED]"])).t('"},\n')
    else:
        d.pii("API_KEY", g.password()).t('"},\n')
    d.t('  "subscriptionId": "').look("uuid", g.uuid()).t('",\n  "resourceId": "/subscriptions/…/vaults/kv-prod-').look(
        "short_hash", g.rand(6, HEX)
    ).t('",\n  "clientIpAddress": "').pii(
        "IP_ADDRESS", g.ip6("global") if r.random() < 0.5 else g.ip4(private=False)
    ).t('"\n}\n')
    return d


def t_gcp_audit(g: Gen) -> Doc:
    r = g.r
    proj = r.choice(["billing-prod-", "ml-platform-", "crm-sync-"]) + str(r.randint(100000, 999999))
    d = Doc().t(
        '{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","authenticationInfo":{"principalEmail":"'
    )
    if r.random() < 0.5:
        d.pii("EMAIL_ADDRESS", f"{r.choice(['etl-runner', 'terraform', 'cloud-build'])}@{proj}.iam.gserviceaccount.com")
    else:
        d.pii("EMAIL_ADDRESS", g.email(g.name(), corp=True))
    d.t('"},"requestMetadata":{"callerIp":"').pii(
        "IP_ADDRESS", g.ip6("global") if r.random() < 0.5 else g.ip4(private=False)
    ).t('","callerSuppliedUserAgent":"google-cloud-sdk gcloud/').look("version", g.version()).t('"},')
    d.t('"methodName":"google.iam.admin.v1.CreateServiceAccountKey","resourceName":"projects/').look(
        "gcp_project_number", str(r.randint(10**11, 10**12 - 1))
    ).t("/serviceAccounts/").look("gcp_sa_id", str(r.randint(10**20, 10**21 - 1)))
    d.t('"},"insertId":"').look("insert_id", g.rand(12, "abcdefghijklmnopqrstuvwxyz0123456789")).t(
        '","timestamp":"'
    ).look("timestamp", g.iso_ts(frac=True)).t('","labels":{"owner":"').pii("PERSON", g.name()).t('","ticket":"').look(
        "ticket_no", f"OPS-{r.randint(100, 9999)}"
    ).t('"}}\n')
    return d


def t_terraform_plan(g: Gen) -> Doc:
    r = g.r
    owner = g.name()
    d = (
        Doc()
        .t(
            'Terraform will perform the following actions:\n\n  # aws_db_instance.billing will be created\n  + resource "aws_db_instance" "billing" {\n      + engine_version = "'
        )
        .look("version", g.version(2))
        .t('"\n      + password       = (sensitive value)\n      + username       = "billing_admin"\n    }\n\n')
    )
    d.t(
        '  # aws_instance.bastion will be updated in-place\n  ~ resource "aws_instance" "bastion" {\n        id         = "'
    ).look("aws_instance_id", "i-0" + g.rand(16, HEX)).t('"\n      ~ private_ip = "').pii(
        "IP_ADDRESS", g.ip4(private=True)
    ).t('" -> "').pii("IP_ADDRESS", g.ip4(private=True)).t('"\n        ami        = "').look(
        "ami_id", "ami-0" + g.rand(16, HEX)
    )
    d.t('"\n      ~ tags       = {\n          ~ "Owner" = "').pii("EMAIL_ADDRESS", g.email(owner, corp=True)).t(
        '" -> "'
    ).pii("PERSON", owner).t('"\n            "CostCenter" = "').look("cost_center", str(r.randint(10000, 99999))).t(
        '"\n        }\n    }\n\n'
    )
    d.t(
        '  # null_resource.seed will be replaced\n-/+ resource "null_resource" "seed" {\n      ~ triggers = {\n          ~ "admin_token" = "'
    ).pii("API_KEY", g.token(r.choice(["do", "grafana", "vault", "databricks"]))).t(
        '"\n          + "allowed_cidr" = "'
    ).look("cidr", f"{g.ip4(private=False).rsplit('.', 1)[0]}.0/24").t(
        '"\n        }\n    }\n\nPlan: 1 to add, 1 to change, 1 to destroy.\n'
    )
    return d


def t_ansible_inventory(g: Gen) -> Doc:
    r = g.r
    admin = g.name()
    d = (
        Doc()
        .t("# inventory/prod.ini — owner: ")
        .pii("PERSON", admin)
        .t(" <")
        .pii("EMAIL_ADDRESS", g.email(admin, corp=True))
        .t(">\n[web]\n")
    )
    for i in range(2):
        d.t(f"web{i + 1:02d}.prod ansible_host=").pii("IP_ADDRESS", g.ip4()).t(" ansible_port=").look(
            "port", str(r.choice([22, 2222, 2200]))
        ).t(" ansible_user=deploy\n")
    d.t("\n[db]\ndb01.prod ansible_host=").pii(
        "IP_ADDRESS", g.ip6("ula") if r.random() < 0.4 else g.ip4(private=True)
    ).t(" ansible_user=postgres ansible_password=").pii("API_KEY", g.password()).t(
        '\n\n[all:vars]\nansible_become_pass="'
    )
    d.look("jinja_ref", "{{ vault_become_pass }}").t('"\nntp_server=').pii("IP_ADDRESS", g.ip4(private=False)).t(
        "\nnode_exporter_version="
    ).look("version", g.version()).t("\nalert_sms=").pii("PHONE_NUMBER", g.phone(fmt=r.choice(["e164", "intl"]))).t(
        "\n"
    )
    return d


def t_systemd_unit(g: Gen) -> Doc:
    r = g.r
    m = g.name()
    d = (
        Doc()
        .t("# /etc/systemd/system/invoice-worker.service\n# Maintainer: ")
        .pii("PERSON", m)
        .t(" <")
        .pii("EMAIL_ADDRESS", g.email(m, corp=True))
        .t(">\n[Unit]\nDescription=Invoice worker ")
        .look("version", g.version(r.choice([3, 4])))
        .t("\nAfter=network-online.target\n\n[Service]\n")
    )
    d.t('Environment="DATABASE_URL=postgresql://invoice:').pii(
        "API_KEY", g.password().replace("@", "!").replace("$", "#")
    ).t("@").pii("IP_ADDRESS", g.ip4(private=True)).t(':5432/invoices"\n')
    kind = r.choice(["stripe", "sendgrid", "openai", "slack", "twilio"])
    d.t(f"Environment={TOKEN_ENV.get(kind, 'STRIPE_SECRET_KEY')}=").pii("API_KEY", g.token(kind)).t(
        "\nEnvironment=PAGER_NUMBER="
    ).pii("PHONE_NUMBER", g.phone(fmt="e164")).t("\n")
    d.t("EnvironmentFile=-/etc/invoice/secrets.env\nExecStart=/opt/invoice/bin/worker --concurrency ").t(
        str(r.randint(2, 16))
    ).t("\nMemoryMax=").look("size", f"{r.randint(1, 8)}G").t(
        "\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n"
    )
    return d


def t_docker_inspect(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    ip = f"172.{r.randint(17, 30)}.0.{r.randint(2, 40)}"
    gw = ip.rsplit(".", 1)[0] + ".1"
    d = (
        Doc()
        .t('$ docker inspect billing-api\n[\n    {\n        "Id": "')
        .look("container_id", sha256hex(g))
        .t('",\n        "Created": "')
        .look("timestamp", g.iso_ts(frac=True))
        .t('",\n        "Image": "sha256:')
        .look("image_digest", sha256hex(g))
    )
    d.t('",\n        "Config": {\n            "Env": [\n                "POSTGRES_PASSWORD=').pii(
        "API_KEY", g.password()
    ).t('",\n                "ADMIN_EMAIL=').pii("EMAIL_ADDRESS", g.email(n)).t(
        '",\n                "SMTP_PASSWORD='
    ).look("env_ref", "${SMTP_PASSWORD}")
    d.t(
        '",\n                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",\n                "APP_VERSION='
    ).look("version", g.version(r.choice([3, 4]))).t('"\n            ],\n            "Labels": {"maintainer": "').pii(
        "PERSON", n
    )
    d.t('"}\n        },\n        "NetworkSettings": {\n            "Gateway": "').pii("IP_ADDRESS", gw).t(
        '",\n            "IPAddress": "'
    ).pii("IP_ADDRESS", ip).t('",\n            "MacAddress": "').look(
        "mac", ":".join(["02", "42"] + [g.rand(2, HEX) for _ in range(4)])
    )
    d.t('",\n            "GlobalIPv6Address": "').pii("IP_ADDRESS", g.ip6("ula")).t('"\n        }\n    }\n]\n')
    return d


def t_redis_monitor(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    ip = g.ip4(private=True)
    port = str(r.randint(30000, 65000))

    def pre(d: Doc) -> Doc:
        return (
            d.look("epoch_us", f"{r.randint(1_760_000_000, 1_795_000_000)}.{r.randint(0, 999999):06d}")
            .t(" [0 ")
            .pii("IP_ADDRESS", ip)
            .t(":")
            .look("port", port)
            .t("] ")
        )

    d = Doc().t("127.0.0.1:6379> MONITOR\nOK\n")
    pre(d).t('"HSET" "user:').look("user_id", str(r.randint(10**5, 10**8))).t('" "name" "').pii("PERSON", n).t(
        '" "email" "'
    ).pii("EMAIL_ADDRESS", g.email(n)).t('" "phone" "').pii("PHONE_NUMBER", g.phone(fmt=r.choice(["e164", "intl"])))
    if r.random() < 0.5:
        d.t('" "ssn" "').pii("US_SSN", g.ssn())
    else:
        d.t('" "iban" "').pii("IBAN_CODE", g.iban(printed=False))
    d.t('"\n')
    pre(d).t('"SETEX" "sess:').look("session_id", g.rand(32, HEX)).t('" "3600" "{\\"uid\\":').look(
        "user_id", str(r.randint(10**5, 10**8))
    ).t(',\\"ip\\":\\"').pii("IP_ADDRESS", g.ip4(private=False)).t('\\"}"\n')
    pre(d).t('"INCRBY" "ratelimit:').look(
        "date", f"{r.randint(2025, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    ).t('" "1"\n')
    pre(d).t('"GET" "order:').look("order_luhn", g.luhn_id(16, r.choice(["4", "5", "37"]))).t('"\n')
    return d


def t_es_results(g: Gen) -> Doc:
    r = g.r
    d = (
        Doc()
        .t('GET kibana_sample_data_ecommerce/_search?q=currency:EUR\n{\n  "took": ')
        .t(str(r.randint(1, 90)))
        .t(',\n  "hits": {\n    "total": {"value": ')
        .t(str(r.randint(2, 4000)))
        .t(', "relation": "eq"},\n    "hits": [\n')
    )
    for i in range(2):
        n = g.name()
        d.t('      {"_index": "orders-').look(
            "date", f"{r.randint(2025, 2026)}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}"
        ).t('", "_id": "').look("es_id", g.rand(20, B64URL)).t('", "_score": ').t(f"{r.uniform(0.5, 9):.4f}")
        d.t(', "_source": {"customer_full_name": "').pii("PERSON", n).t('", "email": "').pii(
            "EMAIL_ADDRESS", g.email(n)
        ).t('", "order_id": ').look("order_luhn", g.luhn_id(r.choice([15, 16]), r.choice(["5", "6", "4"])))
        d.t(', "taxful_total_price": ').look("amount", f"{r.randint(5, 900)}.{r.randint(0, 99):02d}").t(
            ', "client_ip": "'
        ).pii("IP_ADDRESS", g.ip4(private=False) if r.random() < 0.7 else g.ip6()).t(
            '", "geoip": {"location": {"lat": '
        ).look("coordinate", f"{r.uniform(-50, 65):.4f}").t(', "lon": ').look(
            "coordinate", f"{r.uniform(-120, 150):.4f}"
        ).t("}}}}")
        d.t(",\n" if i == 0 else "\n")
    d.t("    ]\n  }\n}\n")
    return d


def t_pdf_invoice(g: Gen) -> Doc:
    r = g.r
    n = g.name(r.choice(("en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT")))
    seller = g.name()
    d = (
        Doc()
        .t("INVOICE                                              Page 1 of 1\nInvoice                    ")
        .look("invoice_no", f"INV-{r.randint(2025, 2026)}{r.randint(1, 99999):05d}")
        .t("\nNum-\nber:\nDate:  ")
        .look("date", g.date())
    )
    d.t("\nBill to:                                   Sold by:\n").pii("PERSON", n).t("                          ").pii(
        "PERSON", seller
    ).t("\n").t(
        f"{r.randint(1, 200)} Harbour Rd,                          Unit {r.randint(1, 40)}, Riverside Trading\nEst.\nCustomer account: "
    )
    d.look("customer_no", g.luhn_id(r.choice([10, 12]), "8")).t("   VAT reg. no. ").look(
        "vat_id", f"GB{r.randint(100000000, 999999999)}"
    ).t(
        "\nDescription                   Qty   Unit price    Amount\nConsulting services – Sep-\ntember retainer              1     "
    ).look("amount", g.amount()).t("   ").look("amount", g.amount())
    d.t("\nField guide, hardback (ISBN ").look("isbn", g.isbn13()).t(")  shipped UPS ").look("ups_tracking", g.ups())
    d.t("\nDeposit paid by card ").pii("CREDIT_CARD", g.card()).t(" auth code ").look(
        "auth_code", g.rand(6, UPPER_DIGITS)
    )
    d.t("\n\nPayment by bank transfer to IBAN\n").pii(
        "IBAN_CODE", g.iban(r.choice(["GB", "IE", "DE", "NL", "FR", "ES"]), printed=True)
    ).t("  BIC ").look(
        "bic", g.rand(4, string.ascii_uppercase) + r.choice(["GB", "DE", "NL", "FR"]) + g.rand(2, UPPER_DIGITS)
    ).t("\nQueries: ").pii("EMAIL_ADDRESS", f"accounts@{r.choice(CORP_MAIL)}")
    d.t(" / Tel.\n").pii(
        "PHONE_NUMBER",
        g.phone(r.choice(["GB", "IE", "DE", "NL", "FR", "ES"]), r.choice(["intl", "paren0", "national"])),
    ).t("\nCompany reg. ").look("company_no", f"{r.randint(1000000, 9999999):08d}").t(
        " – registered in Eng-\nland and Wales\n"
    )
    return d


def t_insurance_claim(g: Gen) -> Doc:
    r = g.r
    n = g.name(r.choice(("en_US", "en_US", "es_MX", "en_IN", "zh_CN")))
    d = (
        Doc()
        .t("MOTOR VEHICLE CLAIM FORM — FNOL\nPolicy number: ")
        .look("policy_no", f"PA-{r.randint(10**7, 10**8 - 1)}")
        .t("   Claim no.: ")
        .look("claim_no", g.luhn_id(16, "4"))
        .t("\nPolicyholder: ")
        .t(g.title(0.5))
        .pii("PERSON", n)
    )
    d.t("\nDate of birth: ").look("date", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1950, 2004)}").t(
        "   SSN: "
    ).pii("US_SSN", g.ssn(r.choice(["-", "-", " "]))).t("\nDaytime phone: ").pii(
        "PHONE_NUMBER", g.phone("US", r.choice(["national", "dot", "usparen", "e164"]))
    )
    d.t("   E-mail: ").pii("EMAIL_ADDRESS", g.email(n)).t("\nDashcam phone IMEI: ").look("imei", g.imei()).t(
        "\nVehicle VIN: "
    ).look("vin", vin(g)).t("  Plate: ").look(
        "plate", f"{r.randint(1, 9)}{g.rand(3, string.ascii_uppercase)}{r.randint(100, 999)}"
    ).t("  Odometer: ").look("amount", f"{r.randint(1000, 190000):,}").t(" mi\n")
    d.t("Incident location: ").look("coordinate", g.coords()).t("\nOther driver: ").pii("PERSON", g.name()).t(
        ", insurer claim ref "
    ).look("claim_no", f"{r.randint(10, 99)}-{r.randint(10**6, 10**7 - 1)}-{r.randint(10, 99)}").t(
        "\nInjuries: passenger assessed with the "
    ).look("eponym", r.choice(["Glasgow Coma Scale", "Apgar score", "Heimlich manoeuvre", "Babinski sign"])).t(".\n")
    d.t("Deductible paid by card: ").pii("CREDIT_CARD", g.card()).t("  exp ").look(
        "card_expiry", f"{r.randint(1, 12):02d}/{r.randint(27, 32)}"
    ).t("\n")
    d.look("role_word", r.choice(["Claims Adjuster", "Field Appraiser", "Subrogation Specialist"])).t(
        " to call back.\n"
    )
    return d


def t_airline_pnr(g: Gen) -> Doc:
    r = g.r
    pax = iata_name(g)
    pnr = g.rand(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    d = (
        Doc()
        .t("BOARDING PASS / CARTE D'EMBARQUEMENT\nName of passenger: ")
        .pii("PERSON", pax)
        .t(r.choice([" MR", " MS", " MRS", " MSTR", ""]))
        .t("\nBooking ref: ")
        .look("pnr", pnr)
        .t("   E-ticket: ")
        .look("eticket", f"{r.choice(['220', '057', '125', '176'])}{r.randint(10**9, 10**10 - 1)}")
    )
    d.t(f"\nFlight {r.choice(['LH', 'AF', 'BA', 'EK'])}").look("flight_no", str(r.randint(100, 9999))).t(
        f"  Seat {r.randint(1, 45)}{r.choice('ABCDEF')}  Gate {r.choice('ABCDZ')}{r.randint(1, 60)}  Boarding "
    ).look("time", f"{r.randint(5, 22):02d}:{r.randint(0, 59):02d}").t("\nFrequent flyer: ").look(
        "ffp_luhn", g.luhn_id(r.choice([14, 16]), r.choice(["99", "61", "33"]))
    )
    d.t("\nBCBP: M1").pii("PERSON", pax).t(" " * max(1, 20 - len(pax)) + "E").look(
        "bcbp",
        f"{pnr} FRAJFK{r.choice(['LH', 'UA'])} {r.randint(100, 999):04d} {r.randint(1, 365):03d}Y{r.randint(1, 45):03d}A{r.randint(1, 300):04d} 100",
    )
    d.t("\n\nPNR history:\n  1.1").pii("PERSON", pax).t("\n  APM ").pii(
        "PHONE_NUMBER", g.phone(fmt=r.choice(["e164", "intl", "00"]))
    ).t("\n  APE ").pii("EMAIL_ADDRESS", g.email()).t("\n  FP CC").look(
        "card_masked", f"VI{r.randint(4000, 4999)}XXXXXXXX{r.randint(1000, 9999)}"
    ).t(f"/{r.randint(1, 12):02d}{r.randint(27, 31)}\n")
    return d


def t_discharge_letter(g: Gen) -> Doc:
    r = g.r
    pt, gp, cons = g.name("en_GB"), g.name(), g.name()
    d = (
        Doc()
        .t("St Mary's NHS Foundation Trust — Discharge Summary\n\nDear Dr ")
        .pii("PERSON", surname(gp))
        .t(",\n\nRe: ")
        .pii("PERSON", pt)
        .t("   DOB ")
        .look("date", f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1940, 2005)}")
        .t("   NHS No. ")
        .look("nhs_number", nhs_number(g))
        .t("   MRN ")
        .look("mrn", f"RJ{r.randint(10**6, 10**7 - 1)}")
    )
    d.t("\n\nAdmitted ").look("date", g.date()).t(" with community-acquired pneumonia (CURB-65 score 2); known ").look(
        "eponym",
        r.choice(
            [
                "Crohn's disease",
                "Hashimoto's thyroiditis",
                "Parkinson's disease",
                "Hodgkin lymphoma",
                "Raynaud's phenomenon",
            ]
        ),
    ).t(". Discharged on amoxicillin ").look("dose", f"{r.choice([250, 500])} mg").t(" TDS.\n\n")
    d.t("Follow-up: respiratory clinic with ").t(g.title(0.8)).pii("PERSON", cons).t(". Next of kin: ").pii(
        "PERSON", g.name("en_GB")
    ).t(" (").t(r.choice(["daughter", "son", "wife", "husband"])).t("), mobile ").pii(
        "PHONE_NUMBER", g.phone("GB", r.choice(["national", "intl", "paren0"]))
    ).t(".\n")
    d.t("Ward contact: ").pii("EMAIL_ADDRESS", f"ward{r.randint(1, 30)}.discharges@nhs.net").t("   Bleep ").look(
        "bleep", str(r.randint(1000, 9999))
    ).t("\n")
    return d


def t_payroll_csv(g: Gen) -> Doc:
    r = g.r
    d = Doc().t("Co Code,File #,Employee Name,SSN,Routing #,Account #,Pay Date,Gross,Net\n")
    for _ in range(2):
        n = g.name(r.choice(("en_US", "en_US", "es_MX", "en_IN", "zh_CN", "en_GB")))
        last, first = n.rsplit(" ", 1)[-1], n.rsplit(" ", 1)[0]
        d.t(r.choice(["X7Q", "K2B"])).t(",").look("file_no", f"{r.randint(1, 999999):06d}").t(',"').pii(
            "PERSON", f"{last}, {first}" if r.random() < 0.5 else n
        ).t('",').pii("US_SSN", g.ssn())
        d.t(",").look("aba_routing", aba_routing(g)).t(",").look("account_no", g.non_luhn(r.choice([10, 12]))).t(
            ","
        ).look("date", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/2026").t(",").look(
            "amount", f"{r.randint(1500, 9000)}.{r.randint(0, 99):02d}"
        ).t(",").look("amount", f"{r.randint(900, 6000)}.{r.randint(0, 99):02d}").t("\n")
    d.t("# exported by ").pii("EMAIL_ADDRESS", g.email(g.name(), corp=True)).t(", batch ").look("batch_id", g.uuid()).t(
        "\n"
    )
    return d


def t_real_estate_email(g: Gen) -> Doc:
    r = g.r
    agent, buyer = g.name(r.choice(("en_US", "en_AU", "en_GB", "fr_CA", "es_MX"))), g.name()
    d = (
        Doc()
        .t("Subject: New listing – 3 bed / 2 bath, MLS# ")
        .look("mls_no", str(r.randint(10**7, 10**9 - 1)))
        .t("\n\nHi ")
        .pii("PERSON", given_name(buyer))
        .t(",\n\nJust listed at ")
        .look("amount", f"${r.randint(350, 2400)},{r.randint(0, 999):03d}")
        .t(" (")
        .look("area", f"{r.randint(900, 4200):,} sq ft")
        .t(", built ")
        .look("year", str(r.randint(1925, 2024)))
        .t("). HOA ")
    )
    d.look("amount", f"${r.randint(100, 900)}").t("/mo, APN ").look(
        "apn", f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(10, 99)}"
    ).t(".\nShowings Sat ").look("time", f"{r.randint(9, 11)}:00").t("–").look("time", f"{r.randint(12, 16)}:00").t(
        "; lockbox code "
    ).look("lockbox", str(r.randint(1000, 9999))).t(".\nMap: ").look("coordinate", g.coords()).t("\n\n")
    d.t("Pre-approval letter? Send it to ").pii("EMAIL_ADDRESS", g.email(agent, corp=False)).t(" or text me at ").pii(
        "PHONE_NUMBER",
        g.phone(
            reg := r.choice(["US", "CA", "AU", "GB", "MX"]),
            r.choice(["national", "dot", "intl", "usparen" if reg in {"US", "CA"} else "e164"]),
        ),
    ).t(".\n\n")
    d.pii("PERSON", agent).t("\n").look(
        "role_word", r.choice(["Listing Agent", "Broker Associate", "Realtor®", "Buyer's Agent"])
    ).t(" · DRE #").look("license_no", f"0{r.randint(1000000, 2999999)}").t("\n")
    return d


def t_discord_export(g: Gen) -> Doc:
    r = g.r
    a, b = g.name(), g.name()
    ha = ascii_fold(a.split()[0]).lower().replace("'", "") + str(r.randint(1, 99))
    hb = ascii_fold(b.split()[-1]).lower().replace("'", "") + "_" + g.rand(3, string.ascii_lowercase)
    if r.random() < 0.5:
        d = (
            Doc()
            .t(
                "==============================================================\nGuild: Indie Devs / Channel: #billing-help ("
            )
            .look("snowflake", str(r.randint(10**17, 10**19 - 1)))
            .t(")\n==============================================================\n\n")
        )
        d.t(f"[{r.randint(1, 12)}/{r.randint(1, 28)}/2026 {r.randint(1, 12)}:{r.randint(10, 59)} PM] ").look(
            "chat_handle", ha
        ).t("\nhey, stripe keeps failing for my card ").pii("CREDIT_CARD", g.card()).t(" 😩\n\n")
        d.t(f"[{r.randint(1, 12)}/{r.randint(1, 28)}/2026 {r.randint(1, 12)}:{r.randint(10, 59)} PM] ").look(
            "chat_handle", hb
        ).t("\n@").look("chat_handle", ha).t(" don't post card numbers here!! DM ").pii("PERSON", b).t(" or mail ").pii(
            "EMAIL_ADDRESS", g.email(b)
        ).t("\n")
        d.t("{Attachments}\nhttps://cdn.discordapp.com/attachments/").look(
            "snowflake", str(r.randint(10**17, 10**19 - 1))
        ).t("/").look("snowflake", str(r.randint(10**17, 10**19 - 1))).t("/receipt.png\n\n")
        d.t(f"[{r.randint(1, 12)}/{r.randint(1, 28)}/2026 {r.randint(1, 12)}:{r.randint(10, 59)} PM] ").look(
            "chat_handle", ha
        ).t("\nsorry! my phone is ").pii("PHONE_NUMBER", g.phone()).t(" if easier (").look("reaction", "👍 2").t(")\n")
        return d
    d = (
        Doc()
        .t('{\n "name": "Family chat",\n "type": "private_group",\n "id": ')
        .look("telegram_id", str(r.randint(10**9, 10**10 - 1)))
        .t(',\n "messages": [\n  {"id": ')
        .look("message_no", str(r.randint(1000, 99999)))
        .t(', "type": "message", "date": "')
        .look("timestamp", g.iso_ts()[:-1])
        .t('", "from": "')
        .pii("PERSON", a)
    )
    d.t('", "from_id": "user').look("telegram_id", str(r.randint(10**8, 10**10 - 1))).t(
        '", "text": "new sort code/IBAN for the rent: '
    ).pii("IBAN_CODE", g.iban(r.choice(["GB", "DE", "ES", "PL", "RO", "HR", "TR"]))).t('"},\n  {"id": ').look(
        "message_no", str(r.randint(1000, 99999))
    )
    d.t(', "type": "message", "date": "').look("timestamp", g.iso_ts()[:-1]).t('", "from": "').pii("PERSON", b).t(
        '", "text": [{"type": "phone", "text": "'
    ).pii("PHONE_NUMBER", g.phone(fmt=r.choice(["e164", "intl"]))).t('"}, " call ').pii("PERSON", given_name(a)).t(
        ' tonight"]}\n ]\n}\n'
    )
    return d


def t_voice_transcript(g: Gen) -> Doc:
    r = g.r
    n = g.name(r.choice(("en_US", "en_GB", "en_AU", "en_IN", "ga_IE")))
    region = r.choice(["US", "GB", "AU", "IE", "CA"])
    phone = g.phone(region, "national")
    d = (
        Doc()
        .t("[Alexa for Business · call summary · ")
        .look("timestamp", g.iso_ts())
        .t("]\nUSER: call the pharmacy for ")
        .pii("PERSON", n)
        .t("\nASSISTANT: What number should they call back on?\nUSER: it's ")
        .look("spelled_phone", spell_digits(phone, oh=r.random() < 0.6))
    )
    d.t("\nASR normalised: ").pii("PHONE_NUMBER", phone).t("\nASSISTANT: And the e-mail for the receipt?\nUSER: ")
    em = g.email(n, corp=False)
    local, dom = em.split("@")
    d.look(
        "spelled_email", f"{local.replace('.', ' dot ').replace('_', ' underscore ')} at {dom.replace('.', ' dot ')}"
    ).t("\nASR normalised: ").pii("EMAIL_ADDRESS", em)
    d.t("\nASSISTANT: For the insurance claim I need the member's social.\nUSER: ").look(
        "spelled_ssn", spell_digits(ssn := g.ssn(" "), oh=False)
    ).t("\nASR normalised: ").pii("US_SSN", ssn if r.random() < 0.5 else ssn.replace(" ", "-"))
    d.t("\nASSISTANT: Your reference is ").look(
        "spelled_ref", " ".join(r.choice(["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]) for _ in range(3))
    ).t(" ").look("reference_no", str(r.randint(100, 999))).t(". Prescription ").look(
        "rx_no", f"RX{r.randint(10**6, 10**7 - 1)}"
    ).t(" will be ready after ").look("time", f"{r.randint(1, 6)} pm").t(".\n")
    if r.random() < 0.5:
        d.t("USER: and pay with the card ending in ").look(
            "spelled_digits", spell_digits(str(r.randint(1000, 9999)), oh=False)
        ).t("\n")
    else:
        d.t("USER: pay with ").pii("CREDIT_CARD", g.card(" ")).t(" (ASR, digits verbatim)\n")
    return d


def t_ci_yaml(g: Gen) -> Doc:
    r = g.r
    if r.random() < 0.5:
        d = (
            Doc()
            .t("# .github/workflows/deploy.yml\nname: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-")
            .look("version", r.choice(["22.04", "24.04"]))
            .t("\n    env:\n      SLACK_WEBHOOK: ")
            .look("secrets_ref", "${{ secrets.SLACK_WEBHOOK }}")
            .t("\n      SENTRY_RELEASE: ")
            .look("version", g.version())
        )
        d.t("\n      HF_TOKEN: ").pii("API_KEY", g.token("hf")).t(
            "   # TODO move to secrets\n    steps:\n      - uses: actions/checkout@"
        ).look("git_sha", g.rand(40, HEX)).t("  # v").look("version", g.version()).t(
            "\n      - run: |\n          docker login ghcr.io -u ci-bot -p "
        )
        d.pii("API_KEY", g.token("github")).t("\n          ssh deploy@").pii("IP_ADDRESS", g.ip4(private=False)).t(
            ' ./release.sh\n      - name: notify\n        run: curl -s -X POST -d "to='
        ).pii("EMAIL_ADDRESS", g.email(g.name(), corp=True)).t('" https://hooks.example.internal/notify\n')
        return d
    d = (
        Doc()
        .t(".gitlab-ci.yml\nvariables:\n  POSTGRES_PASSWORD: ")
        .pii("API_KEY", g.passphrase())
        .t("\n  AWS_ACCESS_KEY_ID: ")
        .pii("API_KEY", g.token("aws_id"))
        .t("\n  AWS_SECRET_ACCESS_KEY: ")
        .pii("API_KEY", g.token("aws_secret"))
        .t("\n  DEPLOY_TOKEN: ")
        .look("env_ref", "$CI_DEPLOY_PASSWORD")
    )
    d.t("\n  MAINTAINER: ").pii("PERSON", g.name()).t("\nimage: python:").look("version", g.version(2)).t(
        "\ntest:\n  script:\n    - pip install -r requirements.txt\n    - pytest --junitxml=report.xml\n  only:\n    - merge_requests\ndeploy:\n  script:\n    - scp dist/app.tar.gz ops@"
    ).pii("IP_ADDRESS", g.ip4(private=True)).t(":/srv\n  environment: production  # pipeline #").look(
        "pipeline_id", str(r.randint(10**8, 10**10))
    ).t("\n")
    return d


def t_postman_collection(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    d = (
        Doc()
        .t('{\n  "info": {"_postman_id": "')
        .look("uuid", g.uuid())
        .t(
            '", "name": "CRM API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},\n  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "'
        )
    )
    kind = r.choice(["linear", "atlassian", "hf", "gitlab", "sendgrid", "openai", "anthropic", "newrelic"])
    if r.random() < 0.7:
        d.pii("API_KEY", g.token(kind))
    else:
        d.look("postman_var", "{{bearerToken}}")
    d.t('", "type": "string"}]},\n  "variable": [{"key": "baseUrl", "value": "https://').pii(
        "IP_ADDRESS", g.ip4(private=r.random() < 0.5)
    ).t(':8443/v2"}, {"key": "apiKey", "value": "').pii("API_KEY", g.token("postman")).t(
        '"}],\n  "item": [{\n    "name": "Create contact",\n    "request": {"method": "POST", "url": "'
    )
    d.look("postman_var", "{{baseUrl}}").t('/contacts", "body": {"mode": "raw", "raw": "{\\n  \\"name\\": \\"').pii(
        "PERSON", n
    ).t('\\",\\n  \\"email\\": \\"').pii("EMAIL_ADDRESS", g.email(n)).t('\\",\\n  \\"phone\\": \\"').pii(
        "PHONE_NUMBER", g.phone()
    ).t('\\",\\n  \\"')
    if r.random() < 0.5:
        d.t('ssn\\": \\"').pii("US_SSN", g.ssn())
    else:
        d.t('payoutIban\\": \\"').pii("IBAN_CODE", g.iban(printed=False))
    d.t('\\",\\n  \\"externalRef\\": \\"').look("order_luhn", g.luhn_id(16, r.choice(["4", "5", "6"]))).t(
        '\\"\\n}"}},\n'
    )
    d.t('    "response": [{"name": "201", "header": [{"key": "X-Request-Id", "value": "').look("uuid", g.uuid()).t(
        '"}, {"key": "Date", "value": "'
    ).look("timestamp", g.rfc2822()).t('"}]}]\n  }]\n}\n')
    return d


TEMPLATES: tuple[Callable[[Gen], Doc], ...] = (
    t_pandas_df, t_excel_bom_csv, t_crm_export, t_zendesk_macro, t_intercom_json, t_twilio_webhook, t_stripe_cli,
    t_cloudtrail, t_azure_activity, t_gcp_audit, t_terraform_plan, t_ansible_inventory, t_systemd_unit,
    t_docker_inspect, t_redis_monitor, t_es_results, t_pdf_invoice, t_insurance_claim, t_airline_pnr,
    t_discharge_letter, t_payroll_csv, t_real_estate_email, t_discord_export, t_voice_transcript, t_ci_yaml,
    t_postman_collection,
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
                "id": f"heldout9-{i + 1:04d}",
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
