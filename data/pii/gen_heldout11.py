"""Generate held-out set v11 for the PII detector: ``data/pii/eval_heldout11.jsonl``.

Written by a helper that never read the detector (``detectors/pii/``), ``scripts/eval_pii.py``, the
PII results in ``bench/results`` nor the error analyses in docs/pii.md, and never ran the detector or
any eval on this set; only the gold conventions (docs/pii.md, *Gold annotation rules* and the
v8/v9/v10 paragraphs), v10's generator (file format, value factory, copied here so this file stays
self-contained) and the v3-v10 template lists (to avoid them) were read. 25 new document shapes, 24
texts each: police incident report, wedding RSVP list, HR onboarding e-mail, GitHub issue with a
leaked config, university admissions letter, WebVTT podcast captions with voice tags, youth sports
roster, conference programme, GEDCOM genealogy file, press release with quotes, customer reviews with
owner replies, kubeconfig + ``~/.docker/config.json`` paste, MySQL ``\\G`` vertical output, LLM chat
where the user pastes a CSV and the assistant answers with a Markdown table, clinical lab report,
multilingual out-of-office auto-replies, obituary/funeral notice, password-manager export (Chrome CSV,
Bitwarden JSON), ``whois`` + ``dig`` output, WireGuard/OpenVPN configs, ``gpg --list-keys`` + signed
``git log``, US mortgage application (URLA), veterinary patient record, car-rental agreement and a
ride-hailing/food-delivery receipt.

Gold conventions as v3-v10 (docs/pii.md). Choices this set makes explicit:
* PERSON excludes titles, ranks and honorifics (``Ofc.``, ``Sgt.``, ``Rev.``, ``Dr.``, ``Frau``, ``M.``,
  ``DVM``, ``MLS(ASCP)``); ``LAST, First`` is one span; a GEDCOM ``NAME Given /Surname/`` value is one
  span (slashes included) and ``GIVN``/``SURN`` are separate spans like LDAP ``givenName``/``sn``;
  ``Given K.`` review signatures and a lone given name used for a person (staff, children, drivers) are
  spans; native-script names (Cyrillic, Greek, CJK, Arabic, Hebrew, Devanagari) are spans; user
  names, GitHub/review handles, pet names and SOA ``hostmaster.`` mailboxes are look-alikes.
* API_KEY: secret values only: passwords (configs, temporary passwords, password-manager entries,
  OpenVPN auth files), SaaS/cloud tokens, Kubernetes bearer tokens, base64 ``auth`` values in
  ``config.json``, WireGuard private and pre-shared keys, TOTP ``secret=`` seeds. WireGuard public keys,
  CA certificate data, bcrypt hashes, GPG fingerprints and ``****`` masks are look-alikes.
* WHOIS ``+CC.NNNN`` phones are PHONE_NUMBER; networks with ``/len`` are look-alikes.
* No gold span crosses a line break.

Values are checked by their own rules (Luhn, mod-97 with registry lengths, SSA rules,
``ipaddress``, ``phonenumbers.is_valid_number`` of the printed string), never by the detector.

Usage: ``.venv/bin/python data/pii/gen_heldout11.py`` (writes the file and prints its sha256).
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
from typing import NamedTuple

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

OUT = Path(__file__).resolve().parent / "eval_heldout11.jsonl"
SEED = 11_2026_1123
PER_TEMPLATE = 24

HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"

NAME_LOCALES = (
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "pt_BR", "tr_TR", "id_ID",
    "en_IN", "ja_JP", "zh_CN", "yo_NG", "ig_NG", "zu_ZA", "en_KE", "ga_IE", "uz_UZ", "az_AZ", "es_MX",
    "cs_CZ", "ro_RO", "hu_HU", "fi_FI", "sv_SE", "da_DK", "en_AU", "fr_CA", "sk_SK", "sl_SI", "hr_HR",
    "lt_LT", "lv_LV", "et_EE", "no_NO", "es_AR", "es_CO", "es_CL", "pt_PT", "tw_GH", "en_PK", "de_CH",
    "zh_TW",
)  # fmt: skip
ROMANISED = ("ja_JP", "zh_CN", "zh_TW")
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
            first, last = getattr(f, "first_romanized_name" + suffix)(), f.last_romanized_name()
            return (first.title(), last.title()) if first.isupper() else (first, last)
        first = getattr(f, "first_name" + suffix)()
        last = " ".join(f.last_name().split())
        if " " not in last and last[:1].islower():  # a Faker data slip ("žagar"), not a particle
            last = last[0].upper() + last[1:]
        return " ".join(first.split()), last

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
        elif fmt == "whois":
            e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
            out = f"+{num.country_code}.{e164[len(str(num.country_code)) + 1 :]}"
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


# ---------------------------------------------------------------------------------- v11 additions
class P(NamedTuple):
    """A person: ``full`` as usually written, ``given`` used alone to address them, ``family``."""

    full: str
    given: str
    family: str

    @property
    def lf(self) -> str:
        return f"{self.family}, {self.given}"


#: (given, family, family-first) names from cultures Faker covers thinly, hand-written (Latin script).
EXTRA_NAMES: tuple[tuple[str, str, bool], ...] = (
    ("Thị Lan", "Nguyễn", True), ("Văn Minh", "Trần", True), ("Hoàng Anh", "Lê", True), ("Thu Trang", "Phạm", True),
    ("Quốc Bảo", "Đặng", True), ("Ji-hoon", "Park", True), ("Min-seo", "Kim", True), ("Seo-yeon", "Lee", True),
    ("Jae-won", "Choi", True), ("Ha-eun", "Jung", True), ("Wei", "Zhang", True), ("Xiuying", "Wang", True),
    ("Mingzhu", "Huang", True), ("Xinyi", "Zhou", True), ("Guðrún", "Jónsdóttir", False), ("Sigurður", "Einarsson", False),
    ("Katrín", "Ólafsdóttir", False), ("María Fernanda", "López García", False), ("José Luis", "Martínez Soto", False),
    ("Ana Belén", "Ruiz Ortega", False), ("Abebe", "Girma", False), ("Tigist", "Haile", False), ("Meseret", "Alemu", False),
    ("Somchai", "Wongsakul", False), ("Nattaya", "Srisuk", False), ("Kittipong", "Chaiyaporn", False),
    ("Karim", "Haddad", False), ("Rania", "Abdel-Rahman", False), ("Youssef", "Benali", False), ("Fatima", "El-Amin", False),
    ("Venkata Ramana", "Reddy", False), ("Lakshmi", "Subramanian", False), ("Priyanka", "Chaudhary", False),
    ("Nino", "Beridze", False), ("Giorgi", "Kvaratskhelia", False), ("Yekaterina", "Smirnova", False),
    ("Dmitriy", "Volkov", False), ("Aroha", "Ngata", False), ("Tama", "Te Whare", False), ("Noa", "Ben-David", False),
    ("Yossi", "Mizrahi", False), ("Keoni", "Kahananui", False), ("Oluwaseun", "Adeyemi-Bello", False),
    ("Chukwuemeka", "Eze", False), ("Wanjiru", "Kamau", False), ("Thabo", "Mokoena", False), ("Siosaia", "Taufa", False),
)  # fmt: skip
#: Faker locales whose names are printed in their own script (full name, family-name first for CJK).
NATIVE_LOCALES = ("ru_RU", "uk_UA", "el_GR", "bg_BG", "zh_CN", "ja_JP", "ko_KR", "ar_AA", "he_IL", "hi_IN")
PET_NAMES = (
    "Biscuit", "Luna", "Max", "Mochi", "Bella", "Pepper", "Oscar", "Nala", "Charlie", "Miso", "Rocky", "Daisy",
    "Simba", "Coco", "Teddy", "Ziggy", "Maple", "Bruno", "Kiwi", "Loki",
)  # fmt: skip
GH_HANDLES = (
    "octo-dev", "nullpointer42", "kubefan", "m4rtin", "dev-null", "yaml_wrangler", "sre-ninja", "bitflip",
    "rustacean99", "cloudy-mc", "qa-bot", "pkg-maint", "tinkerer", "hexdump", "ops-guy", "js-jedi",
)  # fmt: skip


def person(g: Gen, loc: str | None = None) -> P:
    """A person with separable given/family names; a fifth from hand-written pools of thinly covered cultures."""
    r = g.r
    roll = r.random() if loc is None else 0.0
    if roll < 0.55:
        first, last = g._faker_name(loc or r.choice(NAME_LOCALES))
        if r.random() < 0.1:
            return P(f"{first} {r.choice(string.ascii_uppercase)}. {last}", first, last)
        return P(f"{first} {last}", first, last)
    if roll < 0.67:
        givens, particles, lasts = r.choice(PARTICLE_NAMES)
        p = r.choice(particles)
        family = " ".join(f"{p}{'' if p.endswith('-') else ' '}{r.choice(lasts)}".split())
        given = r.choice(givens)
        return P(f"{given} {family}", given, family)
    if roll < 0.74:
        givens, lasts = r.choice(APOSTROPHE_NAMES)
        given, family = r.choice(givens), r.choice(lasts)
        return P(f"{given} {family}", given, family)
    if roll < 0.80:
        first, last = g._faker_name(r.choice(("de_DE", "fr_FR", "en_GB", "es_ES", "pl_PL")))
        if r.random() < 0.5:
            given = r.choice(HYPHEN_GIVEN)
            return P(f"{given} {last}", given, last)
        _, last2 = g._faker_name(r.choice(("de_DE", "fr_FR", "en_GB", "es_ES")))
        return P(f"{first} {last}-{last2}", first, f"{last}-{last2}")
    given, family, family_first = r.choice(EXTRA_NAMES)
    address = given.split()[-1] if family_first and " " in given else given
    return P(f"{family} {given}" if family_first else f"{given} {family}", address, family)


def native(g: Gen, loc: str | None = None) -> P:
    """A name in its own script (Faker), gender-consistent where the locale inflects surnames."""
    r = g.r
    loc = loc or r.choice(NATIVE_LOCALES)
    f = g.fakers.get(loc)
    if f is None:
        f = g.fakers[loc] = Faker(loc)
        f.seed_instance(r.randint(0, 10**9))
    sx = r.choice(("_male", "_female"))
    first = getattr(f, "first_name" + sx)()
    last = getattr(f, "last_name" + sx)() if hasattr(f, "last_name" + sx) else f.last_name()
    first, last = " ".join(first.split()), " ".join(last.split())
    if loc in {"zh_CN", "ja_JP", "ko_KR"}:
        return P(f"{last}{first}", f"{last}{first}", last)
    return P(f"{first} {last}", first, last)


def initials_name(g: Gen) -> P:
    _, last = g._faker_name(g.r.choice(NAME_LOCALES))
    a, b = g.r.sample(string.ascii_uppercase, 2)
    return P(g.r.choice([f"{a}. {b}. {last}", f"{a}.{b}. {last}", f"{a}. {last}"]), f"{a}.", last)


def isin(g: Gen) -> str:
    """An ISIN with its check digit (Luhn over the letters-as-numbers expansion): an id, not a card."""
    body = g.r.choice(["US", "DE", "GB", "FR", "NL", "CH", "IE"]) + g.rand(
        9, string.digits + "ABCDEFGHJKLMNPQRSTUVWXYZ"
    )
    digits = "".join(str(int(c, 36)) for c in body)
    return body + luhn_digit(digits)


def plate(g: Gen, country: str | None = None) -> str:
    r = g.r
    country = country or r.choice(["US", "UK", "DE", "FR", "NL", "ES", "IT"])
    A = string.ascii_uppercase
    return {
        "US": lambda: f"{r.randint(1, 9)}{g.rand(3, A)}{r.randint(100, 999)}",
        "UK": lambda: f"{g.rand(2, A)}{r.randint(10, 75)} {g.rand(3, A)}",
        "DE": lambda: f"{r.choice(['M', 'B', 'HH', 'K', 'F', 'S'])}-{g.rand(2, A)} {r.randint(1, 9999)}",
        "FR": lambda: f"{g.rand(2, A)}-{r.randint(100, 999)}-{g.rand(2, A)}",
        "NL": lambda: f"{r.randint(10, 99)}-{g.rand(3, A)}-{r.randint(1, 9)}",
        "ES": lambda: f"{r.randint(1000, 9999)} {g.rand(3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        "IT": lambda: f"{g.rand(2, A)} {r.randint(100, 999)}{g.rand(2, A)}",
    }[country]()


def b64key(g: Gen) -> str:
    """A 32-byte key printed as base64 (WireGuard private/public/pre-shared keys)."""
    return base64.b64encode(bytes(g.r.randrange(256) for _ in range(32))).decode()


def bcrypt_hash(g: Gen) -> str:
    return f"$2{g.r.choice('aby')}${g.r.choice(['10', '12'])}$" + g.rand(
        53, string.ascii_letters + string.digits + "./"
    )


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def k8s_token(g: Gen, ns: str, sa: str) -> str:
    """A Kubernetes service-account bearer token (RS256 JWT with the usual claims)."""
    r = g.r
    head = json.dumps({"alg": "RS256", "kid": g.rand(43, B64URL)}, separators=(",", ":"))
    now = r.randint(1_760_000_000, 1_790_000_000)
    body = json.dumps(
        {
            "aud": ["https://kubernetes.default.svc.cluster.local"],
            "exp": now + 31536000,
            "iat": now,
            "iss": "https://kubernetes.default.svc.cluster.local",
            "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": g.uuid()}},
            "sub": f"system:serviceaccount:{ns}:{sa}",
        },
        separators=(",", ":"),
    )
    return f"{b64url(head.encode())}.{b64url(body.encode())}.{g.rand(342, B64URL)}"


def fingerprint(g: Gen) -> str:
    return g.rand(40, "0123456789ABCDEF")


def base32_secret(g: Gen, n: int = 32) -> str:
    return g.rand(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def user_handle(g: Gen, p: P) -> str:
    """A login derived from a name (``jdoe``, ``doe.j``, ``jane_d88``): not a person span."""
    first = ascii_fold(p.given).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "") or "x"
    last = ascii_fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "") or "x"
    return g.r.choice(
        [first[0] + last, f"{last}.{first[0]}", f"{first}_{last[0]}{g.r.randint(10, 99)}", f"{first}{last[:3]}"]
    )


def last4(g: Gen) -> str:
    return f"{g.r.randint(0, 9999):04d}"


def card_brand(num: str) -> str:
    """The brand a wallet would show for a card number (by IIN prefix)."""
    if num[0] == "4":
        return "Visa"
    if num[:2] in {"34", "37"}:
        return "Amex"
    if num[:2] in {"36", "38", "30"}:
        return "Diners Club"
    if num[:4] == "6011" or num[:2] == "65":
        return "Discover"
    if num[:2] == "35":
        return "JCB"
    if num[:2] == "62":
        return "UnionPay"
    return "Mastercard"


def hhmm(g: Gen) -> str:
    return f"{g.r.randint(6, 22):02d}:{g.r.choice(['00', '15', '30', '45'])}"


# ---------------------------------------------------------------------------------- templates
def t_police_report(g: Gen) -> Doc:
    r = g.r
    us = r.random() < 0.6
    officer, comp, wit, sup = (
        person(g, "en_US" if us else "en_GB"),
        person(g),
        person(g),
        person(g, "en_US" if us else "en_GB"),
    )
    d = Doc()
    if us:
        d.t(
            f"{r.choice(['SPRINGFIELD', 'LAKEWOOD', 'FAIRVIEW', 'RIVERSIDE'])} POLICE DEPARTMENT\nINCIDENT / OFFENSE REPORT\n\nCase No.: "
        ).look("case_no", f"{r.choice(['2026', '26'])}-{r.randint(10**5, 10**6 - 1)}")
        d.t("      Report Date: ").look("date", f"{r.randint(1, 11):02d}/{r.randint(1, 28):02d}/2026").t(
            "      Time: "
        ).look("time", f"{r.randint(0, 23):02d}{r.randint(0, 59):02d} hrs")
        d.t("\nReporting Officer: Ofc. ").pii("PERSON", officer.full).t("   Badge #").look(
            "badge_no", str(r.randint(1000, 9999))
        ).t(f"   Unit: {r.choice(['2-Adam-14', 'Patrol B', 'K9-3'])}\n")
    else:
        d.t(
            f"{r.choice(['Metropolitan Police Service', 'West Yorkshire Police', 'Thames Valley Police'])}\nCrime Report\n\nCrime reference number: "
        ).look("case_no", f"{r.randint(10**6, 10**7 - 1)}/26")
        d.t("\nDate recorded: ").look("date", g.date()).t("\nOfficer in case: PC ").pii("PERSON", officer.full).t(
            " (collar no. "
        ).look("badge_no", str(r.randint(1000, 99999))).t(")\n")
    kind = r.choice(
        ["Theft from motor vehicle", "Card fraud", "Card fraud", "Burglary - residential", "Hit and run (damage only)"]
    )
    d.t(f"Offence: {kind}\n\nVICTIM / COMPLAINANT\n  Name: ").pii(
        "PERSON", comp.lf.upper() if r.random() < 0.5 else comp.full
    ).t("\n  DOB: ").look("date", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1950, 2004)}")
    if us and r.random() < 0.85:
        d.t("   SSN: ").pii("US_SSN", g.ssn())
    d.t("\n  Phone: ").pii("PHONE_NUMBER", g.phone("US" if us else "GB", fmt=r.choice(["national", "intl", "dash"]))).t(
        "   Email: "
    ).pii("EMAIL_ADDRESS", g.email(comp.full)).t("\n\nWITNESS\n  Name: ").pii("PERSON", wit.full).t("   Tel: ").pii(
        "PHONE_NUMBER", g.phone(r.choice(["US", "GB", "MX", "IN", "PL"]))
    )
    d.t("\n\nVEHICLE\n  ").t(
        f"{r.choice(['Silver', 'Black', 'White', 'Blue'])} {r.choice(['Toyota Corolla', 'Ford F-150', 'VW Golf', 'Honda Civic'])}, plate "
    ).look("plate", plate(g, "US" if us else "UK")).t(", VIN ").look("vin", vin(g)).t("\n\nNARRATIVE\n")
    d.t(f"On the above date at approx. {r.randint(1, 12)}:{r.randint(10, 59)} I, Officer ").pii(
        "PERSON", officer.family
    ).t(", responded to a call from ").pii("PERSON", comp.full).t(". ")
    if kind == "Card fraud":
        d.t("The complainant stated that her card ").pii("CREDIT_CARD", g.card()).t(" was used for ").look(
            "amount", f"${g.amount()}"
        ).t(" at an online retailer (order ").look("order_no", g.amazon_order()).t(
            ") she did not place; the bank saw the login from "
        ).pii("IP_ADDRESS", g.ip4(private=False)).t(". Bank fraud case ").look(
            "case_no", f"FR{r.randint(10**7, 10**8 - 1)}"
        ).t(" opened; replacement card ").pii("CREDIT_CARD", g.card()).t(" issued.")
    else:
        d.t("A phone (IMEI ").look("imei", g.imei()).t(") and a laptop, serial ").look(
            "serial_no", g.rand(10, UPPER_DIGITS)
        ).t(", were reported missing. Doorbell footage was provided by the neighbour, ").pii("PERSON", wit.given).t(".")
    d.t(" Witness ").pii("PERSON", wit.family).t(" observed the suspect leave northbound. Property ref. ").look(
        "evidence_no", f"E{r.randint(10**5, 10**6 - 1)}"
    ).t(" logged.\n\nSupervisor review: Sgt. ").pii("PERSON", sup.full).t("  Approved ").look("date", g.date()).t("\n")
    return d


def t_rsvp_list(g: Gen) -> Doc:
    r = g.r
    a, b = person(g), person(g)
    d = Doc().t(
        "Can you merge these RSVPs into one list and tell me how many vegetarian meals we need? Here's the export from the form:\n\n"
    )
    d.t("RSVPs — wedding of ").pii("PERSON", a.given).t(" & ").pii("PERSON", b.given).t(" — ").look("date", g.date()).t(
        "\n\n"
    )
    for i in range(r.randint(4, 6)):
        p = person(g)
        d.t(f"{i + 1}. ")
        roll = r.random()
        if roll < 0.3:
            partner = person(g)
            d.pii("PERSON", p.full).t(" + ").pii("PERSON", partner.given).t(" (plus-one)")
        elif roll < 0.5:
            d.t(r.choice(["Mr. and Mrs. ", "Dr. and Mr. ", "Mr & Mrs "])).pii("PERSON", p.family)
        elif roll < 0.65:
            kid1, kid2 = person(g), person(g)
            d.pii("PERSON", p.full).t(" with kids ").pii("PERSON", kid1.given).t(" (").look(
                "age", str(r.randint(2, 12))
            ).t(") and ").pii("PERSON", kid2.given).t(" (").look("age", str(r.randint(2, 12))).t(")")
        else:
            d.pii("PERSON", p.full)
        d.t(
            f" — {r.choice(['YES', 'YES', 'NO', 'MAYBE'])} — {r.choice(['1 × vegetarian', '2 × fish', '1 × vegan, 1 × beef', 'kids menu', 'gluten-free'])} — "
        )
        d.pii("PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "national", "e164"]))).t(" — ").pii(
            "EMAIL_ADDRESS", g.email(p.full)
        ).t(" — table ").look("table_no", str(r.randint(1, 24))).t("\n")
    if r.random() < 0.5:
        d.t("\n(For the invitation: instead of gifts, a contribution to our honeymoon — IBAN ").pii(
            "IBAN_CODE", g.iban(r.choice(["DE", "NL", "BE", "AT", "FR", "IT", "ES", "PL", "CH"]))
        ).t(")\n")
    d.t("\nGift registry order ").look("order_luhn", g.luhn_id(16, r.choice(["4", "5"]))).t(" was delivered to ").pii(
        "PERSON", b.full
    ).t("'s parents. Planner: ").pii("PERSON", person(g).full).t(", ").pii("PHONE_NUMBER", g.phone()).t("\n")
    return d


def t_onboarding_email(g: Gen) -> Doc:
    r = g.r
    hire, mgr, buddy, hr = person(g), person(g), person(g), person(g)
    corp = r.choice(CORP_MAIL)
    eu = r.random() < 0.5
    d = (
        Doc()
        .t("From: People Team <")
        .pii("EMAIL_ADDRESS", f"people@{corp}")
        .t(">\nTo: ")
        .pii("EMAIL_ADDRESS", g.email(hire.full, corp=False))
        .t("\nCc: ")
        .pii("EMAIL_ADDRESS", g.email(mgr.full, corp=True))
    )
    d.t("\nSubject: Welcome aboard, ").pii("PERSON", hire.given).t("! Your first day on ").look("date", g.date()).t(
        "\n\nHi "
    ).pii("PERSON", hire.given).t(",\n\n")
    d.t("We're thrilled to have you joining the ").t(
        r.choice(["Payments", "Data Platform", "Customer Care", "Finance"])
    ).t(" team. Your manager, ").pii("PERSON", mgr.full).t(" (").look("role_word", r.choice(ROLE_WORDS)).t(
        "), and your onboarding buddy "
    )
    d.pii("PERSON", buddy.full).t(
        f" will meet you at reception at {r.choice(['9:00', '9:30', '10:00'])}.\n\nYour details\n  Employee ID: "
    ).look("employee_no", f"E{r.randint(10**5, 10**6 - 1)}").t("\n  Cost centre: ").look(
        "cost_centre", f"{r.randint(1000, 9999)}-{r.randint(10, 99)}"
    )
    d.t("\n  Laptop asset tag: ").look("asset_tag", f"IT-{r.randint(10**4, 10**5 - 1)}").t(" (serial ").look(
        "serial_no", g.rand(10, UPPER_DIGITS)
    ).t(")\n\nYour temporary login (change it at first sign-in):\n  Username: ").look(
        "username", user_handle(g, hire)
    ).t("\n  Temporary password: ").pii("API_KEY", g.password()).t("\n")
    if r.random() < 0.5:
        d.t("  Wi-Fi onboarding portal: https://").pii("IP_ADDRESS", g.ip4(private=True)).t("/guest\n")
    d.t("\nPayroll: ")
    if eu:
        d.t("we have your IBAN as ").pii(
            "IBAN_CODE", g.iban(r.choice(["DE", "NL", "FR", "ES", "IT", "BE", "AT", "IE", "PT"]))
        ).t(" — please reply if that's wrong. Your tax id (").look("tax_id", str(r.randint(10**10, 10**11 - 1))).t(
            ") is already on file.\n"
        )
    else:
        d.t("bring your I-9 documents. We recorded SSN ").pii("US_SSN", g.ssn()).t(
            " and direct deposit to routing "
        ).look("aba_routing", aba_routing(g)).t(", account ").look("bank_account", str(r.randint(10**8, 10**11))).t(
            ".\n"
        )
    if r.random() < 0.5:
        d.t("Your corporate card ").pii("CREDIT_CARD", g.card()).t(" (limit ").look("amount", g.amount()).t(
            ") arrives by post; the PIN letter comes separately.\n"
        )
    d.t("Your laptop ships via UPS, tracking ").look("tracking", g.ups()).t(".\n")
    d.t("\nIT helpdesk: ").pii("PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "national"]))).t(" (ext. ").look(
        "extension", str(r.randint(100, 9999))
    ).t(") or ").pii("EMAIL_ADDRESS", f"it-help@{corp}").t("\n\nSee you soon!\n").pii("PERSON", hr.full).t("\n").look(
        "role_word", r.choice(["People Partner", "HR Business Partner", "Talent Coordinator"])
    ).t("\n")
    return d


def t_github_issue(g: Gen) -> Doc:
    r = g.r
    h1, h2, h3 = r.sample(GH_HANDLES, 3)
    cust = person(g)
    comp = r.choice(["sync-worker", "webhook-relay", "auth proxy", "exporter"])
    v1, v2 = g.version(), g.version()
    d = (
        Doc()
        .t(f"[Bug] {comp}: 401 Unauthorized after upgrading to v")
        .look("version", v2)
        .t(" #")
        .look("issue_no", str(r.randint(100, 9999)))
        .t("\nOpen · ")
        .look("gh_handle", h1)
        .t(f" opened this issue {r.randint(2, 20)} days ago · {r.randint(2, 9)} comments\n\n")
    )
    d.t("### Describe the bug\nAfter upgrading from `").look("version", v1).t(
        "` our job fails on every request. Config (trimmed):\n\n```yaml\nclient:\n  endpoint: https://"
    ).pii("IP_ADDRESS", g.ip4()).t(":8443\n  api_key: ")
    tok = r.choice(
        ["github", "gitlab", "stripe", "openai", "hf", "sendgrid", "linear", "databricks", "grafana", "newrelic"]
    )
    d.pii("API_KEY", g.token(tok)).t("\n  timeout_ms: ").look("duration_ms", str(r.choice([3000, 5000, 30000]))).t(
        "\n  retries: 3\n```\n\n### Logs\n```\n"
    ).look("timestamp", g.iso_ts(frac=True)).t(" ERROR request_id=").look("uuid", g.uuid()).t(" peer=")
    d.pii("IP_ADDRESS", g.ip6() if r.random() < 0.3 else g.ip4()).t(" status=401 account=").pii(
        "EMAIL_ADDRESS", g.email(cust.full)
    ).t("\n").look("timestamp", g.iso_ts(frac=True)).t(
        " WARN retrying in 2s (attempt 2/3)\n```\n\n### Environment\n- OS: Ubuntu "
    ).look("version", f"22.04.{r.randint(1, 5)}").t("\n- Version: ").look("version", v2).t("\n- Commit: ").look(
        "git_sha", g.rand(40, HEX)
    ).t("\n\n---\n")
    d.look("gh_handle", h2).t(" commented:\n> Please rotate that key now, this repo is public. Key prefix `").look(
        "masked_secret", g.rand(4, ALNUM) + "****"
    ).t("` is in the audit log. cc @").look("gh_handle", h3).t("\n\n")
    d.look("gh_handle", h1).t(" commented:\nRotated, thanks. The affected tenant belongs to ").pii(
        "PERSON", cust.full
    ).t(" — I've asked ").pii("PERSON", cust.given).t(" to re-run the export. Fixed in ").look(
        "git_sha", g.rand(7, HEX)
    ).t(".\n")
    if r.random() < 0.5:
        m = person(g)
        d.t("\n— ").pii("PERSON", m.full).t(", maintainer (").pii("EMAIL_ADDRESS", g.email(m.full, corp=True)).t(")\n")
    return d


def t_admissions_letter(g: Gen) -> Doc:
    r = g.r
    app, couns, dean = person(g), person(g), person(g)
    uk = r.random() < 0.4
    d = (
        Doc()
        .t(
            f"{r.choice(['Office of Undergraduate Admissions', 'Graduate Admissions Office', 'Admissions & Recruitment'])}\n{r.choice(['Northfield University', 'University of Eastbury', 'Lakeside Institute of Technology', 'Hochschule Rheinland'])}\n\n"
        )
        .look("date", g.date())
        .t("\n\n")
    )
    d.pii("PERSON", app.full).t(
        f"\n{r.randint(1, 300)} {r.choice(['Maple Avenue', 'Rue des Lilas', 'Kastanienweg', 'Jalan Merdeka'])}\n\n"
    )
    if uk:
        d.t("UCAS Personal ID: ").look(
            "ucas_id", f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}"
        ).t("\n")
    d.t("Applicant ID: ").look("applicant_id", f"{r.choice(['A', 'U', 'G'])}{r.randint(10**7, 10**8 - 1)}").t(
        "   Programme code: "
    ).look("programme_code", f"{g.rand(2, string.ascii_uppercase)}{r.randint(100, 999)}").t("\n\nDear ").pii(
        "PERSON", app.given
    ).t(",\n\n")
    d.t(
        "Congratulations! On behalf of the admissions committee I am delighted to offer you a place for the term starting "
    ).look("date", g.date()).t(". Your student number will be ").look("student_id", str(r.randint(10**7, 10**8 - 1))).t(
        ".\n\n"
    )
    d.t("To accept, pay the enrolment deposit of ").look("amount", g.amount()).t(" by ").look("date", g.date()).t(
        ", quoting reference "
    ).look("payment_ref", g.luhn_id(12, "7")).t(". ")
    if r.random() < 0.5:
        d.t("Bank transfers to the university account ").pii(
            "IBAN_CODE", g.iban(r.choice(["GB", "DE", "NL", "IE", "FR"]))
        ).t(" (BIC ").look("bic", bic(g)).t(") are accepted.")
    else:
        d.t("You can also pay by phone; a card number given over the phone is never stored.")
    d.t("\n\nYour admissions counsellor, ").pii("PERSON", couns.full).t(", is happy to help: ").pii(
        "EMAIL_ADDRESS", g.email(couns.full, corp=True)
    ).t(", ").pii("PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "national", "dash"]))).t(
        ".\n\nWith warm regards,\n\n"
    ).t(r.choice(["Prof. ", "Dr. ", ""])).pii("PERSON", dean.full).t("\nDean of Admissions\n")
    return d


def t_webvtt(g: Gen) -> Doc:
    r = g.r
    host, guest = person(g), person(g)
    show = r.choice(["Ship It Weekly", "The Data Hour", "Small Business, Big Ideas", "Night Shift Nurses"])
    d = (
        Doc()
        .t("WEBVTT\nKind: captions\nLanguage: en\n\nNOTE Episode ")
        .look("episode_no", str(r.randint(10, 300)))
        .t(" with host ")
        .pii("PERSON", host.full)
        .t(" and guest ")
        .pii("PERSON", guest.full)
        .t("\n\n")
    )
    t = r.randint(0, 30)
    lines = [
        (
            host,
            [
                ("t", f"Welcome back to {show}. I'm "),
                ("PERSON", host.given),
                ("t", ", and today I'm joined by "),
                ("PERSON", guest.full),
                ("t", "."),
            ],
        ),
        (
            guest,
            [
                ("t", "Thanks for having me, "),
                ("PERSON", host.given),
                ("t", ". Big fan since episode "),
                ("episode_no", str(r.randint(1, 9))),
                ("t", "."),
            ],
        ),
        (
            host,
            [
                ("t", "Before we start, a word from our sponsor: text "),
                ("PHONE_NUMBER", g.phone(r.choice(["US", "GB", "AU", "CA"]), fmt=r.choice(["national", "intl"]))),
                ("t", " for a free trial."),
            ],
        ),
        (
            guest,
            [
                ("t", "So I built the first version with "),
                ("PERSON", person(g).full),
                ("t", " in a garage, on a "),
                ("eponym", r.choice(EPONYMS)),
                ("t", " and a lot of coffee."),
            ],
        ),
        (host, [("t", "Where can people reach you?")]),
        (guest, [("t", "E-mail me at "), ("EMAIL_ADDRESS", g.email(guest.full)), ("t", ", I answer everything.")]),
    ]
    for i, (spk, segs) in enumerate(lines, 1):
        a = t + i * r.randint(3, 9)
        start = f"00:{a // 60:02d}:{a % 60:02d}.{r.randint(0, 999):03d}"
        end = f"00:{(a + 3) // 60:02d}:{(a + 3) % 60:02d}.{r.randint(0, 999):03d}"
        d.t(f"{i}\n").look("timecode", start).t(" --> ").look("timecode", end).t("\n<v ").pii("PERSON", spk.full).t(">")
        for kind, s in segs:
            if kind == "t":
                d.t(s)
            elif kind in {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"}:
                d.pii(kind, s)
            else:
                d.look(kind, s)
        d.t("\n\n")
    return d


def t_sports_roster(g: Gen) -> Doc:
    r = g.r
    coach = person(g)
    club = r.choice(["Riverside FC", "Eastside Hoops", "Lakers Youth Volleyball", "Harbour Hockey Club"])
    d = (
        Doc()
        .t(
            f"{club} U{r.choice([10, 12, 14, 16])} — 2026/27 roster (please check guardian contacts before the tournament)\nHead coach: "
        )
        .pii("PERSON", coach.full)
        .t(", ")
        .pii("PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "national"])))
        .t("\n\n")
    )
    d.t(
        "#  | Player                  | DOB        | Pos | Reg. no.  | Guardian                | Guardian phone       | Guardian e-mail\n"
    )
    for _ in range(r.randint(4, 6)):
        kid = person(g)
        other = person(g)
        par = (
            other
            if (r.random() < 0.35 or " bin" in kid.family)
            else P(f"{other.given} {kid.family}", other.given, kid.family)
        )
        d.look("jersey_no", str(r.randint(1, 99))).t(" | ").pii(
            "PERSON", kid.lf.upper() if r.random() < 0.5 else kid.lf
        ).t(" | ").look("date", f"{r.randint(2009, 2017)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
        d.t(f" | {r.choice(['GK', 'DF', 'MF', 'FW', 'PG', 'C'])} | ").look(
            "registration_no", str(r.randint(10**7, 10**8 - 1))
        ).t(" | ").pii("PERSON", par.full).t(" | ").pii(
            "PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "national", "e164"]))
        ).t(" | ").pii("EMAIL_ADDRESS", g.email(par.full)).t("\n")
    if r.random() < 0.6:
        d.t("\nSeason fee ").look("amount", g.amount(eu=True)).t(" EUR to the club account ").pii(
            "IBAN_CODE", g.iban(r.choice(["DE", "NL", "AT", "BE", "IE", "FI", "PT", "HR"]))
        ).t(", reference: player surname + ").look("member_no", str(r.randint(1000, 9999))).t(".")
    d.t("\nMedical: ").pii("PERSON", person(g).given).t(" carries an inhaler. Kit order ").look(
        "order_no", f"KT-{r.randint(10**5, 10**6 - 1)}"
    ).t(" arrives ").look("date", g.date()).t(". Team manager: ").pii("PERSON", person(g).full).t("\n")
    return d


def t_conference_agenda(g: Gen) -> Doc:
    r = g.r
    d = (
        Doc()
        .t(
            f"{r.choice(['PyData', 'DevOpsDays', 'EuroMed Informatics', 'FinTech Forum'])} 2026 — Day {r.randint(1, 3)} programme, Hall "
        )
        .look("room_no", f"{r.choice('ABC')}{r.randint(1, 9)}")
        .t("\n\n")
    )
    h = r.randint(8, 10)
    for _ in range(r.randint(3, 5)):
        sp = person(g) if r.random() < 0.8 else native(g)
        d.look("time", f"{h:02d}:00").t("–").look("time", f"{h:02d}:45").t(
            f'  {r.choice(["Keynote", "Talk", "Workshop", "Panel"])}: "'
        )
        if r.random() < 0.5:
            d.t("Beyond the ").look("eponym", r.choice(EPONYMS)).t(
                f': {r.choice(["lessons from production", "a practical guide", "what we got wrong"])}"\n'
            )
        else:
            d.t(
                f'{r.choice(["Scaling feature stores", "Zero-trust for hospitals", "Cost-aware CI", "Fraud signals at the edge"])}"\n'
            )
        d.t("             ").t(g.title(0.35)).pii("PERSON", sp.full).t(
            f" ({r.choice(['TU Delft', 'Mercado Libre', 'NHS Digital', 'Rakuten', 'Zalando', 'Safaricom'])})"
        )
        if r.random() < 0.3:
            d.t(" & ").pii("PERSON", initials_name(g).full)
        d.t("\n")
        h += 1
    chair = person(g)
    d.t("\nSession chair: ").pii("PERSON", chair.full).t("\nProceedings ISBN ").look("isbn", g.isbn13()).t(
        "\nSlides DOI: "
    ).look("doi", f"10.{r.randint(1000, 9999)}/zenodo.{r.randint(10**6, 10**7 - 1)}").t(
        "\n\nSpeakers: AV check with "
    ).pii("PERSON", person(g).full).t(" — ").pii("PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "e164"]))).t(", ").pii(
        "EMAIL_ADDRESS", g.email(corp=True)
    ).t("\nSpeaker ready room: ").look("room_no", f"{r.randint(1, 4)}.{r.randint(10, 40)}").t("\n")
    return d


def t_gedcom(g: Gen) -> Doc:
    r = g.r
    sub = person(g)
    d = (
        Doc()
        .t(
            "Can you find the missing death date in this GEDCOM? Exported from my family tree:\n\n0 HEAD\n1 SOUR FamilyTreeBuilder\n2 VERS "
        )
        .look("version", g.version())
        .t("\n1 GEDC\n2 VERS ")
        .look("version", "5.5.1")
        .t("\n1 CHAR UTF-8\n1 SUBM @U1@\n0 @U1@ SUBM\n1 NAME ")
        .pii("PERSON", sub.full)
    )
    d.t("\n1 EMAIL ").pii("EMAIL_ADDRESS", g.email(sub.full)).t("\n1 PHON ").pii(
        "PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "e164"]))
    )
    fam = person(g).family
    mons = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
    for i in range(1, r.randint(3, 4) + 1):
        giv = person(g).given
        sur = fam if i != 2 else person(g).family
        d.t("\n0 ").look("gedcom_xref", f"@I{i}@").t(" INDI\n1 NAME ").pii("PERSON", f"{giv} /{sur}/").t(
            "\n2 GIVN "
        ).pii("PERSON", giv).t("\n2 SURN ").pii("PERSON", sur)
        d.t(f"\n1 SEX {r.choice('MF')}\n1 BIRT\n2 DATE ").look(
            "date", f"{r.randint(1, 28)} {r.choice(mons)} {r.randint(1880, 1960)}"
        ).t(
            f"\n2 PLAC {r.choice(['Rotterdam, Zuid-Holland, Netherlands', 'Cork, Ireland', 'Kraków, Poland', 'Napoli, Campania, Italy', 'Ibadan, Nigeria'])}"
        )
        if r.random() < 0.6:
            d.t("\n1 DEAT\n2 DATE ").look("date", f"{r.choice(['ABT ', 'BEF ', ''])}{r.randint(1950, 2020)}")
        if r.random() < 0.4:
            d.t("\n1 NOTE Letters from her brother ").pii("PERSON", person(g).full).t(" are in the family archive.")
    d.t("\n0 @F1@ FAM\n1 HUSB ").look("gedcom_xref", "@I1@").t("\n1 WIFE ").look("gedcom_xref", "@I2@").t(
        "\n1 CHIL "
    ).look("gedcom_xref", "@I3@").t("\n1 MARR\n2 DATE ").look(
        "date", f"{r.randint(1, 28)} {r.choice(mons)} {r.randint(1900, 1975)}"
    ).t("\n0 TRLR\n")
    return d


def t_press_release(g: Gen) -> Doc:
    r = g.r
    ceo, hire, media = person(g), person(g), person(g)
    co = r.choice(["Northwind Energy", "Acme Logistics", "Lumen Health", "Tailspin Travel", "Fabrikam Robotics"])
    tick = "".join(w[0] for w in co.split()).upper() + g.rand(2, string.ascii_uppercase)
    de = r.random() < 0.3
    if de:
        d = (
            Doc()
            .t("PRESSEMITTEILUNG\n\n")
            .t(f"{co} beruft ")
            .pii("PERSON", hire.full)
            .t(" zur Finanzvorständin\n\n")
            .t(f"{r.choice(['München', 'Hamburg', 'Frankfurt am Main'])}, ")
            .look("date", g.date())
            .t(f" – Die {co} AG (ISIN ")
            .look("isin", isin(g))
            .t(") hat ")
            .pii("PERSON", hire.full)
            .t(" mit Wirkung zum ")
            .look("date", g.date())
            .t(" zur Finanzvorständin bestellt.\n\n")
        )
        d.t("„Mit ").pii("PERSON", hire.family).t(" gewinnen wir eine ausgewiesene Expertin“, sagte ").pii(
            "PERSON", ceo.full
        ).t(", Vorstandsvorsitzender. ").pii("PERSON", hire.family).t(" folgt auf ").pii(
            "PERSON", person(g, "de_DE").full
        ).t(".\n\nPressekontakt:\n").pii("PERSON", media.full).t("\nTel. ").pii(
            "PHONE_NUMBER", g.phone("DE", fmt=r.choice(["national", "intl", "paren0"]))
        ).t("\n").pii("EMAIL_ADDRESS", f"presse@{r.choice(CORP_MAIL)}").t("\n")
        return d
    d = (
        Doc()
        .t("FOR IMMEDIATE RELEASE\n\n")
        .t(f"{co} Appoints ")
        .pii("PERSON", hire.full)
        .t(" as Chief Financial Officer\n\n")
        .t(f"{r.choice(['AUSTIN, Texas', 'LONDON', 'SINGAPORE', 'TORONTO'])}, ")
        .look("date", g.date())
        .t(f" /PRNewswire/ -- {co} (NASDAQ: ")
        .look("ticker", tick)
        .t(") today announced that ")
        .pii("PERSON", hire.full)
        .t(" will join as CFO effective ")
        .look("date", g.date())
        .t(".\n\n")
    )
    d.t('"').pii("PERSON", hire.given).t(' brings two decades of capital-markets experience," said ').pii(
        "PERSON", ceo.full
    ).t(', Chief Executive Officer. "We grew revenue ').look("percent", f"{r.randint(5, 60)}%").t(
        ' last year and the next phase needs her discipline."\n\n'
    )
    d.pii("PERSON", hire.family).t(" previously served at ").t(
        r.choice(["a global bank", "a listed retailer", "a private-equity firm"])
    ).t(", where she worked with former ").t(
        r.choice(["finance minister ", "central bank governor ", "Nobel laureate "])
    ).pii("PERSON", person(g).full).t(". She succeeds ").pii("PERSON", person(g).full).t(", who retires after ").look(
        "years", str(r.randint(8, 25))
    ).t(" years.\n\n")
    d.t(f"About {co}\n{co} serves customers in {r.randint(12, 80)} countries. ISIN ").look("isin", isin(g)).t(
        " · CUSIP "
    ).look("cusip", g.rand(9, UPPER_DIGITS)).t("\n\nMedia contact:\n").pii("PERSON", media.full).t("\n").pii(
        "PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "dash", "national"]))
    ).t("\n").pii("EMAIL_ADDRESS", g.email(media.full, corp=True)).t("\nInvestor relations: ").pii(
        "EMAIL_ADDRESS", f"ir@{r.choice(CORP_MAIL)}"
    ).t("\n")
    return d


def t_customer_reviews(g: Gen) -> Doc:
    r = g.r
    mgr = person(g)
    biz = r.choice(
        ["Hotel Marina", "Trattoria Da Luca", "Sunrise Dental", "CityFix Phone Repair", "Bergblick Apartments"]
    )
    d = Doc().t(f"Summarise the complaints in these {biz} reviews and draft replies:\n\n")
    for _ in range(r.randint(3, 4)):
        stars = r.randint(1, 5)
        d.t("★" * stars + "☆" * (5 - stars) + "  ")
        roll = r.random()
        if roll < 0.4:
            rv = person(g)
            d.pii("PERSON", f"{rv.given} {ascii_fold(rv.family)[:1] or 'K'}.")
        elif roll < 0.6:
            d.pii("PERSON", native(g, r.choice(["ja_JP", "ko_KR", "zh_CN", "ru_RU", "el_GR"])).full)
        else:
            d.look(
                "review_handle",
                r.choice(["travelbug_84", "foodie.anna", "JK-2019", "wanderlust", "mr_grumpy", "sunnyday77"]),
            )
        d.t(f" · {r.randint(1, 300)} reviews · {r.randint(1, 11)} weeks ago\n")
        staff = person(g).given
        if stars >= 4:
            d.t("Lovely stay. ").pii("PERSON", staff).t(
                r.choice(
                    [
                        " at reception upgraded our room",
                        " the waiter was so patient with the kids",
                        " fixed my screen in 20 minutes",
                    ]
                )
            ).t(". Ask for ").pii("PERSON", person(g).given).t("!\n")
        else:
            d.t("Order ").look("order_luhn", g.luhn_id(16, r.choice(["4", "5", "6"]))) if r.random() < 0.4 else d.t(
                "Booking "
            ).look("booking_ref", g.rand(6, UPPER_DIGITS))
            v = r.randrange(3)
            if v == 0:
                d.t(" was charged twice (").look("amount", g.amount()).t("). Manager ").pii("PERSON", mgr.family).t(
                    " promised a refund and never called back. I rang "
                ).pii("PHONE_NUMBER", g.phone(fmt=r.choice(["national", "intl"]))).t(" five times.\n")
            elif v == 1:
                d.t(": room not cleaned for ").look("days", str(r.randint(2, 5))).t(" days. ").pii("PERSON", staff).t(
                    " at the desk was rude and "
                ).pii("PERSON", mgr.given).t(" (the manager) just shrugged.\n")
            else:
                d.t(" — waited ").look("duration", f"{r.randint(40, 120)} min").t(
                    ". If you want your deposit back, e-mail "
                ).pii("EMAIL_ADDRESS", g.email(corp=True)).t(" and ask for ").pii("PERSON", mgr.full).t(
                    ", not the front desk.\n"
                )
        if r.random() < 0.5:
            d.t("  Response from the owner: Dear guest, thank you. Please write to ").pii(
                "EMAIL_ADDRESS", f"guest@{r.choice(CORP_MAIL)}"
            ).t(". – ").pii("PERSON", mgr.full).t(", General Manager\n")
        d.t("\n")
    return d


def t_kubeconfig_docker(g: Gen) -> Doc:
    r = g.r
    me = person(g)
    ns = r.choice(["payments", "ml-serving", "default", "ci"])
    sa = r.choice(["deployer", "argo-sync", "gitlab-runner"])
    d = (
        Doc()
        .t("Hi, I'm ")
        .pii("PERSON", me.given)
        .t(
            " from the platform team. kubectl says `error: You must be logged in to the server (Unauthorized)` and docker pull fails too. Configs:\n\n~/.kube/config\n```yaml\napiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: "
        )
    )
    d.look("ca_cert_data", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + g.rand(r.randint(60, 120), B64)).t(
        "\n    server: https://"
    ).pii("IP_ADDRESS", g.ip4()).t(
        f":6443\n  name: prod-{r.choice(['eu1', 'us2', 'ap1'])}\ncontexts:\n- context:\n    cluster: prod\n    namespace: {ns}\n    user: {sa}\n  name: prod\ncurrent-context: prod\nkind: Config\nusers:\n- name: {sa}\n  user:\n    token: "
    )
    d.pii("API_KEY", k8s_token(g, ns, sa)).t(
        '\n```\n\n~/.docker/config.json\n```json\n{\n  "auths": {\n    "registry.gitlab.com": {\n      "auth": "'
    )
    user = user_handle(g, me)
    d.pii("API_KEY", base64.b64encode(f"{user}:{g.password()}".encode()).decode()).t('"\n    },\n    "')
    d.pii("IP_ADDRESS", g.ip4(private=True)).t(':5000": {\n      "auth": "').pii(
        "API_KEY", base64.b64encode(f"ci-bot:{g.token(r.choice(['gitlab', 'github']))}".encode()).decode()
    ).t('"\n    }\n  },\n  "credsStore": "desktop"\n}\n```\n\n')
    d.t("Image digest: ").look("image_digest", "sha256:" + g.rand(64, HEX)).t("\nPing me at ").pii(
        "EMAIL_ADDRESS", g.email(me.full, corp=True)
    ).t(" — ").pii("PERSON", me.full).t("\n")
    return d


def t_mysql_vertical(g: Gen) -> Doc:
    r = g.r
    us = r.random() < 0.5
    card_full = r.random() < 0.5
    cols = (
        "id, first_name, last_name, email, phone, "
        + ("ssn, " if us else "iban, ")
        + ("card_number" if card_full else "card_last4")
        + ", password_hash, created_at, last_login_ip"
    )
    d = (
        Doc()
        .t(f"mysql> SELECT {cols} FROM customers WHERE created_at > '")
        .look("date", f"2026-{r.randint(1, 10):02d}-01")
        .t("'\\G\n")
    )
    n = r.randint(2, 3)
    for i in range(1, n + 1):
        p = person(g, r.choice(NAME_LOCALES)) if r.random() < 0.7 else person(g)
        d.t(f"*************************** {i}. row ***************************\n           id: ").look(
            "row_id", str(r.randint(10**4, 10**6))
        ).t("\n   first_name: ").pii("PERSON", p.given).t("\n    last_name: ").pii("PERSON", p.family)
        d.t("\n        email: ").pii("EMAIL_ADDRESS", g.email(p.full)).t("\n        phone: ").pii(
            "PHONE_NUMBER", g.phone(fmt=r.choice(["e164", "intl", "e164"]))
        )
        if us:
            d.t("\n          ssn: ").pii("US_SSN", g.ssn())
        else:
            d.t("\n         iban: ").pii("IBAN_CODE", g.iban(printed=False))
        if card_full:
            d.t("\n  card_number: ").pii("CREDIT_CARD", g.card(sep=""))
        else:
            d.t("\n   card_last4: ").look("last4", last4(g)).t("\npassword_hash: ").look(
                "password_hash", bcrypt_hash(g)
            ).t("\n   created_at: ").look("timestamp", g.iso_ts(z=False)[:19].replace("T", " ")).t(
                "\nlast_login_ip: "
            ).pii("IP_ADDRESS", g.ip4() if r.random() < 0.7 else g.ip6()).t("\n")
    d.t(f"{n} rows in set (").look("duration", f"0.0{r.randint(0, 9)} sec").t(")\n\n")
    if us and r.random() < 0.5:
        d.t("Also the QA seed row has ssn ").look("ssn_invalid", bad_ssn(g)).t(", which the validator rejects. ")
    elif not us and r.random() < 0.5:
        d.t("Also one import has iban ").look("iban_bad", g.bad_iban(r.choice(["DE", "FR", "NL", "ES", "IT"]))).t(
            ", which fails the checksum. "
        )
    d.t(
        "Why are some phone numbers missing the country code?"
        + (" And should card_number be in this table at all?" if card_full else "")
        + "\n"
    )
    return d


def t_llm_csv_paste(g: Gen) -> Doc:
    r = g.r
    mode = r.choice(["plain", "card", "iban"])
    people = [person(g) for _ in range(r.randint(3, 4))]
    rows = [
        (
            p,
            g.email(p.full),
            g.phone(fmt=r.choice(["intl", "e164"])),
            r.choice(["Kraków", "Lyon", "Porto", "Leeds", "Izmir", "Cebu"]),
            f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}",
        )
        for p in people
    ]
    bad_row = r.randrange(len(rows))
    extra: list[tuple[str, str]] = []
    for i in range(len(rows)):
        if mode == "card":
            extra.append(
                ("card_bad", card_shaped_bad(g).replace(" ", ""))
                if i == bad_row
                else ("CREDIT_CARD", g.card(sep=r.choice(["", " "])))
            )
        elif mode == "iban":
            extra.append(
                ("iban_bad", g.bad_iban(r.choice(["DE", "FR", "NL", "ES", "IT", "BE"])))
                if i == bad_row
                else ("IBAN_CODE", g.iban(r.choice(["DE", "FR", "NL", "ES", "IT", "BE", "PT", "PL"]), printed=False))
            )
    col = {"plain": "", "card": ",card", "iban": ",iban"}[mode]
    d = Doc().t(
        f"User: can you turn this export into a clean table and flag duplicates and bad values?\n\nname,email,phone,city,signup{col}\n"
    )

    def cell(kind: str, v: str) -> None:
        if kind.isupper():
            d.pii(kind, v)
        else:
            d.look(kind, v)

    for i, (p, e, ph, c, s) in enumerate(rows):
        d.t('"').pii("PERSON", p.lf).t('",').pii("EMAIL_ADDRESS", e).t(",").pii("PHONE_NUMBER", ph).t(f",{c},").look(
            "date", s
        )
        if extra:
            d.t(",")
            cell(*extra[i])
        d.t("\n")
    dup = rows[0]
    d.t('"').pii("PERSON", dup[0].lf.upper()).t('",').pii("EMAIL_ADDRESS", dup[1].upper()).t(",").pii(
        "PHONE_NUMBER", dup[2]
    ).t(f",{dup[3]},").look("date", dup[4])
    if extra:
        d.t(",")
        cell(*extra[0])
    d.t("\n\n")
    d.t(
        f"Assistant: Here is the cleaned table. Row {len(rows) + 1} duplicates row 1 (same phone and e-mail, different case), so I dropped it."
    )
    if mode == "card":
        d.t(f" The card in row {bad_row + 1} fails the Luhn check; I masked the valid ones.")
    elif mode == "iban":
        d.t(f" The IBAN in row {bad_row + 1} (").look("iban_bad", extra[bad_row][1]).t(") fails the mod-97 check.")
    d.t(
        "\n\n| # | Name | Email | Phone | City |"
        + {"plain": "", "card": " Card |", "iban": " IBAN |"}[mode]
        + "\n|---|---|---|---|---|"
        + ("" if mode == "plain" else "---|")
        + "\n"
    )
    for i, (p, e, ph, c, _) in enumerate(rows, 1):
        d.t(f"| {i} | ").pii("PERSON", p.full).t(" | ").pii("EMAIL_ADDRESS", e.lower()).t(" | ").pii(
            "PHONE_NUMBER", ph
        ).t(f" | {c} |")
        if mode == "card":
            if i - 1 == bad_row:
                d.t(" invalid |")
            else:
                d.t(" •••• ").look("last4", extra[i - 1][1][-4:]).t(" |")
        elif mode == "iban":
            d.t(" ")
            cell(*extra[i - 1])
            d.t(" |")
        d.t("\n")
    d.t(f"\n{len(rows)} unique contacts. Want me to normalise the phone numbers to E.164 as well?\n")
    return d


def t_lab_report(g: Gen) -> Doc:
    r = g.r
    pt, doc, tech = person(g), person(g), person(g)
    d = (
        Doc()
        .t(
            f"{r.choice(['QUEST DIAGNOSTICS', 'LABCORP', 'SYNLAB', 'ST. MARY REGIONAL LABORATORY'])} — LABORATORY REPORT\n\nPatient: "
        )
        .pii("PERSON", pt.lf.upper() if r.random() < 0.6 else pt.lf)
        .t("   DOB: ")
        .look("date", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1940, 2005)}")
        .t(f"   Sex: {r.choice('FM')}\nMRN: ")
        .look("mrn", str(r.randint(10**6, 10**8)))
    )
    d.t("   Accession #: ").look("accession_no", f"{r.choice(['AB', 'CH', 'LX'])}{r.randint(10**6, 10**7 - 1)}").t(
        "\nOrdering physician: Dr. "
    ).pii("PERSON", doc.full).t("   NPI: ").look("npi", npi(g)).t("\nCollected: ").look(
        "timestamp", f"{r.randint(1, 11):02d}/{r.randint(1, 28):02d}/2026 {hhmm(g)}"
    ).t("   Reported: ").look("timestamp", f"{r.randint(1, 11):02d}/{r.randint(1, 28):02d}/2026 {hhmm(g)}").t("\n\n")
    d.t("TEST                     RESULT  FLAG  UNITS        REFERENCE      LOINC\n")
    tests = [
        ("Hemoglobin A1c", "%", "4.0-5.6", "4548-4"),
        ("Glucose, fasting", "mg/dL", "70-99", "1558-6"),
        ("TSH", "mIU/L", "0.45-4.50", "3016-3"),
        ("LDL Cholesterol", "mg/dL", "0-99", "13457-7"),
        ("Creatinine", "mg/dL", "0.57-1.00", "2160-0"),
        ("Ferritin", "ng/mL", "15-150", "2276-4"),
    ]
    for name, unit, ref, loinc in r.sample(tests, r.randint(3, 5)):
        d.t(f"{name:<25}").look("lab_value", f"{r.uniform(0.5, 160):.1f}").t(
            f"  {r.choice([' ', 'H', 'L'])}     {unit:<12} "
        ).look("reference_range", ref).t(" " * (15 - len(ref))).look("loinc", loinc).t("\n")
    if r.random() < 0.55:
        gu = pt if r.random() < 0.6 else person(g, "en_US")
        d.t("\nBILLING  Guarantor: ").pii("PERSON", gu.full).t("   Guarantor SSN: ").pii("US_SSN", g.ssn()).t(
            "   Insurance ID: "
        ).look("member_id", g.rand(3, string.ascii_uppercase) + str(r.randint(10**8, 10**9 - 1))).t("\n")
    d.t("\nVerified by: ").pii("PERSON", tech.full).t(", MLS(ASCP)  ").look("date", g.date()).t(
        "\nQuestions about this report: "
    ).pii("PHONE_NUMBER", g.phone(r.choice(["US", "US", "GB", "DE"]), fmt=r.choice(["national", "dash", "intl"]))).t(
        "   CLIA #: "
    ).look("clia_no", f"{r.randint(10, 99)}D{r.randint(10**6, 10**7 - 1)}").t("\nPatient portal login: ").pii(
        "EMAIL_ADDRESS", g.email(pt.full)
    ).t("\n")
    return d


def t_out_of_office(g: Gen) -> Doc:
    r = g.r
    me, alt = person(g), person(g)
    lang = r.choice(["en", "de", "fr", "es", "nl", "it"])
    ph = g.phone(
        {"en": r.choice(["GB", "US", "IE", "AU"]), "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}[lang],
        fmt=r.choice(["national", "intl", "intl"]),
    )
    d = Doc()
    head = {"en": ("Automatic reply: ", "Thank you for your e-mail. I am out of the office until ", " with limited access to e-mail. For urgent matters please contact my colleague ", " at ", " or ", ".\nInvoice queries (e.g. ", ") go to ", "\n\nKind regards,\n"),
            "de": ("Automatische Antwort: ", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich ", " nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Frau ", " unter ", " oder ", ".\nFragen zu Rechnungen (z. B. ", ") bitte an ", "\n\nMit freundlichen Grüßen\n"),
            "fr": ("Réponse automatique : ", "Merci pour votre message. Je suis absent(e) jusqu'au ", " inclus. En cas d'urgence, merci de contacter M. ", " à l'adresse ", " ou au ", ".\nPour les factures (ex. ", "), écrivez à ", "\n\nCordialement,\n"),
            "es": ("Respuesta automática: ", "Gracias por su correo. Estaré fuera de la oficina hasta el ", ". Para asuntos urgentes contacte con ", " en ", " o al ", ".\nConsultas de facturas (p. ej. ", "): ", "\n\nUn saludo,\n"),
            "nl": ("Automatisch antwoord: ", "Bedankt voor uw bericht. Ik ben tot en met ", " afwezig. Neem voor dringende zaken contact op met ", " via ", " of ", ".\nVragen over facturen (bijv. ", ") graag naar ", "\n\nMet vriendelijke groet,\n"),
            "it": ("Risposta automatica: ", "Grazie per il messaggio. Sarò fuori ufficio fino al ", ". Per urgenze contattare la collega ", " all'indirizzo ", " oppure al ", ".\nPer le fatture (es. ", ") scrivere a ", "\n\nCordiali saluti,\n")}[lang]  # fmt: skip
    corp = r.choice(CORP_MAIL)
    d.t(head[0]).t(r.choice(["RE: Q4 forecast ", "Invoice ", "Angebot ", "Contrat "])).look(
        "ticket_no", f"#{r.randint(10**4, 10**6)}"
    ).t("\n\n").t(head[1]).look("date", g.date()).t(head[2]).pii("PERSON", alt.full).t(head[3]).pii(
        "EMAIL_ADDRESS", g.email(alt.full, corp=True)
    ).t(head[4]).pii("PHONE_NUMBER", ph)
    d.t(head[5]).look("invoice_no", f"INV-{r.randint(2024, 2026)}-{r.randint(1000, 99999)}").t(head[6]).pii(
        "EMAIL_ADDRESS", f"accounts@{corp}"
    ).t(head[7]).pii("PERSON", me.full).t("\n").look("role_word", r.choice(ROLE_WORDS)).t("\nM ").pii(
        "PHONE_NUMBER", g.phone(fmt="intl")
    ).t("\n")
    return d


def t_obituary(g: Gen) -> Doc:
    r = g.r
    loc = (
        r.choice(["en_US", "en_GB", "en_IE", "en_AU", "en_US", "es_MX", "it_IT", "pl_PL"]) if r.random() < 0.7 else None
    )
    dec = person(g, loc if loc in NAME_LOCALES else None)
    sp, c1, c2, c1s, rev, g1, g2, g3 = (person(g) for _ in range(8))
    by, dy = r.randint(1930, 1955), 2026
    d = (
        Doc()
        .pii("PERSON", dec.full.upper())
        .t("\n")
        .look("date", f"{by}")
        .t(" – ")
        .look("date", f"{dy}")
        .t("\n\n")
        .pii("PERSON", dec.full)
        .t(f", {dy - by}, of {r.choice(['Millbrook', 'Kilkenny', 'Ballarat', 'Oakville'])}, passed away peacefully on ")
        .look("date", g.date())
        .t(", surrounded by family.\n\n")
    )
    d.t("Born in ").t(r.choice(["Guadalajara", "Gdańsk", "Bari", "Cork", "Manila"])).t(", ").pii("PERSON", dec.given).t(
        " worked for "
    ).look("years", str(r.randint(20, 40))).t(" years as a nurse. ")
    d.t("She is survived by her husband of ").look("years", str(r.randint(30, 60))).t(" years, ").pii(
        "PERSON", sp.full
    ).t("; her children ").pii("PERSON", c1.full).t(" (").pii("PERSON", c1s.full).t(") and ").pii("PERSON", c2.full).t(
        "; and grandchildren "
    ).pii("PERSON", g1.given).t(", ").pii("PERSON", g2.given).t(" and ").pii("PERSON", g3.given).t(".\n\n")
    d.t("A memorial service will be held on ").look("date", g.date()).t(" at ").look(
        "time", f"{r.randint(9, 15)}:{r.choice(['00', '30'])}"
    ).t(" at St. ").t(r.choice(["Brigid's", "Anne's", "Joseph's"])).t(" Church, with Rev. ").pii("PERSON", rev.full).t(
        " officiating.\n"
    )
    if r.random() < 0.5:
        d.t("In lieu of flowers, donations to the hospice (registered charity no. ").look(
            "charity_no", str(r.randint(10**6, 10**7 - 1))
        ).t(", IBAN ").pii("IBAN_CODE", g.iban(r.choice(["IE", "GB", "IT", "PL", "NL"]))).t(") are welcome.\n")
    else:
        d.t("In lieu of flowers, please donate to the Alzheimer's Association in her memory (tax id ").look(
            "ein", g.ein()
        ).t(").\n")
    d.t("Arrangements by ").t(
        r.choice(["Murphy & Sons Funeral Home", "Green Hills Funeral Directors", "Casa Funeraria Ortiz"])
    ).t(", ").pii(
        "PHONE_NUMBER",
        g.phone(r.choice(["US", "GB", "IE", "AU", "MX", "IT", "PL"]), fmt=r.choice(["national", "intl"])),
    ).t(". Condolences: ").pii("EMAIL_ADDRESS", g.email(c1.full)).t("\n")
    return d


def t_password_export(g: Gen) -> Doc:
    r = g.r
    me = person(g)
    if r.random() < 0.5:
        d = Doc().t(
            "I exported my Chrome passwords. Which of these are weak or reused?\n\nname,url,username,password,note\n"
        )
        for site in r.sample(
            [
                "github.com",
                "accounts.google.com",
                "www.paypal.com",
                "login.microsoftonline.com",
                "portal.bank.example",
                "www.booking.com",
                "app.hubspot.com",
            ],
            r.randint(4, 6),
        ):
            d.t(f"{site},https://{site}/login,")
            if r.random() < 0.5:
                d.pii("EMAIL_ADDRESS", g.email(me.full))
            else:
                d.look("username", user_handle(g, me))
            d.t(",").pii("API_KEY", g.password() if r.random() < 0.7 else g.passphrase()).t(",")
            if r.random() < 0.25:
                d.t('"recovery phone ').pii("PHONE_NUMBER", g.phone(fmt="e164")).t('"')
            d.t("\n")
        return d
    d = Doc().t(
        'Bitwarden export (trimmed) — can you convert it to 1Password\'s CSV format?\n\n{\n  "encrypted": false,\n  "items": [\n    {\n      "type": 1,\n      "name": "AWS root",\n      "login": {\n        "username": "'
    )
    card = g.card(sep="")
    d.pii("EMAIL_ADDRESS", g.email(me.full, corp=True)).t('",\n        "password": "').pii("API_KEY", g.password()).t(
        '",\n        "totp": "otpauth://totp/AWS:root?secret='
    ).pii("API_KEY", base32_secret(g)).t('&issuer=AWS"\n      },\n      "revisionDate": "').look(
        "timestamp", g.iso_ts(frac=True)
    ).t(
        '"\n    },\n    {\n      "type": 3,\n      "name": "Card (personal)",\n      "card": {\n        "cardholderName": "'
    )
    d.pii("PERSON", me.full.upper() if r.random() < 0.5 else me.full).t('",\n        "brand": "').t(card_brand(card)).t(
        '",\n        "number": "'
    ).pii("CREDIT_CARD", card).t(f'",\n        "expMonth": "{r.randint(1, 12)}",\n        "expYear": "').look(
        "year", str(r.randint(2027, 2031))
    ).t('",\n        "code": "').look("cvv", f"{r.randint(100, 999)}").t(
        '"\n      }\n    },\n    {\n      "type": 2,\n      "name": "Gift card",\n      "notes": "card no '
    ).look("card_bad", g.non_luhn(16, "6")).t(" PIN ").look("pin", str(r.randint(1000, 9999))).t(
        '"\n    },\n    {\n      "type": 2,\n      "name": "Tax stuff",\n      "notes": "'
    )
    if r.random() < 0.6:
        d.t("SSN ").pii("US_SSN", g.ssn()).t(", spouse ").pii("PERSON", person(g).full).t(" SSN ").pii(
            "US_SSN", g.ssn(sep=r.choice(["-", " "]))
        )
    else:
        d.t("IBAN ").pii("IBAN_CODE", g.iban(printed=True)).t(", advisor ").pii("PERSON", person(g).full).t(" ").pii(
            "PHONE_NUMBER", g.phone(fmt="intl")
        )
    d.t('",\n      "id": "').look("uuid", g.uuid()).t('"\n    }\n  ]\n}\n')
    return d


def t_whois_dig(g: Gen) -> Doc:
    r = g.r
    reg = person(g)
    dom = (
        r.choice(["bakery", "studio", "clinic", "garage", "yoga"])
        + "-"
        + ascii_fold(reg.family).lower().replace(" ", "").replace("'", "")
        + r.choice([".com", ".net", ".io", ".shop"])
    )
    redacted = r.random() < 0.25
    d = (
        Doc()
        .t(
            f"Is this domain's setup OK? I think mail is broken.\n\n$ whois {dom}\n   Domain Name: {dom.upper()}\n   Registry Domain ID: "
        )
        .look("domain_id", f"{r.randint(10**9, 10**10)}_DOMAIN_COM-VRSN")
        .t("\n   Registrar WHOIS Server: whois.namecheap.com\n   Updated Date: ")
        .look("timestamp", g.iso_ts())
        .t("\n   Creation Date: ")
        .look("timestamp", g.iso_ts())
    )
    d.t("\n   Registrar IANA ID: ").look("iana_id", str(r.choice([1068, 146, 292, 1910]))).t(
        "\n   Registrar Abuse Contact Email: "
    ).pii("EMAIL_ADDRESS", r.choice(["abuse@namecheap.com", "abuse@godaddy.com", "abuse@gandi.net"])).t(
        "\n   Registrar Abuse Contact Phone: "
    ).pii("PHONE_NUMBER", g.phone(r.choice(["US", "FR", "DE"]), fmt="whois"))
    if redacted:
        d.t(
            "\n   Registrant Name: REDACTED FOR PRIVACY\n   Registrant Email: Please query the RDDS service of the Registrar of Record\n"
        )
    else:
        d.t("\n   Registrant Name: ").pii("PERSON", reg.full).t(
            "\n   Registrant Organization: \n   Registrant Phone: "
        ).pii("PHONE_NUMBER", g.phone(fmt="whois")).t("\n   Registrant Email: ").pii(
            "EMAIL_ADDRESS", g.email(reg.full)
        ).t("\n   Admin Name: ").pii("PERSON", reg.full).t("\n   Admin Phone: ").pii(
            "PHONE_NUMBER", g.phone(fmt="whois")
        ).t("\n")
    d.t(f"   Name Server: DNS1.REGISTRAR-SERVERS.COM\n   DNSSEC: unsigned\n\n$ dig +short A {dom}\n").pii(
        "IP_ADDRESS", g.ip4(private=False)
    ).t(f"\n$ dig +short AAAA {dom}\n").pii("IP_ADDRESS", g.ip6("global")).t(
        f"\n$ dig +short MX {dom}\n10 mail.{dom}.\n$ dig +short SOA {dom}\ndns1.registrar-servers.com. "
    ).look("soa_rname", f"hostmaster.{dom}.").t(" ").look(
        "dns_serial", f"2026{r.randint(1, 11):02d}{r.randint(1, 28):02d}{r.randint(0, 99):02d}"
    ).t(" 43200 3600 604800 3601\n")
    d.t(f'$ dig +short TXT {dom}\n"v=spf1 ip4:').look("cidr", cidr(g)).t(' include:_spf.google.com ~all"\n')
    return d


def t_wireguard(g: Gen) -> Doc:
    r = g.r
    owner = person(g)
    if r.random() < 0.7:
        d = (
            Doc()
            .t(
                "My WireGuard tunnel comes up but there's no handshake. Config below (I'll rotate the keys later):\n\n[Interface]\n# laptop of "
            )
            .pii("PERSON", owner.full)
            .t("\nPrivateKey = ")
            .pii("API_KEY", b64key(g))
            .t("\nAddress = ")
            .look("cidr", f"10.{r.randint(0, 255)}.0.{r.randint(2, 250)}/32")
            .t(", ")
            .look("cidr", f"fd{r.randint(0, 255):02x}:{r.randint(0, 0xFFFF):x}::{r.randint(2, 250):x}/128")
        )
        d.t("\nDNS = ").pii("IP_ADDRESS", r.choice(["1.1.1.1", "9.9.9.9", g.ip4(private=True)])).t(", ").pii(
            "IP_ADDRESS", g.ip4(private=True)
        ).t("\nListenPort = ").look("port", str(r.choice([51820, 51821, 41194]))).t(
            "\n\n[Peer]\n# gateway, managed by "
        ).pii("PERSON", person(g).full).t("\nPublicKey = ").look("public_key", b64key(g)).t("\nPresharedKey = ").pii(
            "API_KEY", b64key(g)
        )
        d.t("\nEndpoint = ").pii("IP_ADDRESS", g.ip4(private=False)).t(":51820\nAllowedIPs = ").look(
            "cidr", "0.0.0.0/0"
        ).t(", ").look("cidr", "::/0").t(
            "\nPersistentKeepalive = 25\n\n$ sudo wg show\ninterface: wg0\n  public key: "
        ).look("public_key", b64key(g)).t("\n  listening port: ").look("port", str(r.randint(40000, 60000))).t(
            "\n\npeer: "
        ).look("public_key", b64key(g)).t("\n  endpoint: ").pii("IP_ADDRESS", g.ip4(private=False)).t(
            ":51820\n  allowed ips: "
        ).look("cidr", "0.0.0.0/0").t(f"\n  transfer: 0 B received, {r.randint(1, 90)}.{r.randint(1, 99)} KiB sent\n")
        return d
    d = (
        Doc()
        .t(
            "OpenVPN keeps asking for my password even with auth-user-pass. Files:\n\n# client.ovpn\nclient\ndev tun\nproto udp\nremote "
        )
        .pii("IP_ADDRESS", g.ip4(private=False))
        .t(" 1194\nremote ")
        .pii("IP_ADDRESS", g.ip6("global"))
        .t(
            " 1194\nauth-user-pass creds.txt\ncipher AES-256-GCM\nverify-x509-name vpn.corp.example name\n\n# creds.txt\n"
        )
        .look("username", user_handle(g, owner))
        .t("\n")
        .pii("API_KEY", g.password())
        .t("\n\n# log\n")
        .look("timestamp", g.rfc2822())
        .t(" [")
        .pii("IP_ADDRESS", g.ip4(private=False))
        .t("] Peer Connection Initiated\n")
        .look("timestamp", g.rfc2822())
        .t(" AUTH: Received control message: AUTH_FAILED\n\nThanks, ")
        .pii("PERSON", owner.given)
        .t("\n")
    )
    return d


def t_gpg_keys(g: Gen) -> Doc:
    r = g.r
    me = person(g)
    user = user_handle(g, me)
    fp = fingerprint(g)
    d = (
        Doc()
        .t("Why does GitHub show my commits as Unverified?\n\n$ gpg --list-secret-keys --keyid-format long\n/home/")
        .look("username", user)
        .t("/.gnupg/pubring.kbx\n-------------------------------\nsec   ed25519/")
        .look("key_id", fp[-16:])
        .t(" ")
        .look("date", f"{r.randint(2021, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
        .t(" [SC] [expires: ")
        .look("date", f"{r.randint(2026, 2029)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
        .t("]\n      ")
        .look("fingerprint", fp)
        .t("\nuid                 [ultimate] ")
        .pii("PERSON", me.full)
        .t(" <")
        .pii("EMAIL_ADDRESS", g.email(me.full))
        .t(">\n")
    )
    work = g.email(me.full, corp=True)
    d.t("uid                 [ultimate] ").pii("PERSON", me.full).t(" (work) <").pii("EMAIL_ADDRESS", work).t(
        ">\nssb   cv25519/"
    ).look("key_id", g.rand(16, "0123456789ABCDEF")).t(" ").look(
        "date", f"{r.randint(2021, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    ).t(" [E]\n\n$ git log --show-signature -1\ncommit ").look("git_sha", g.rand(40, HEX)).t(
        "\ngpg: Signature made "
    ).look("timestamp", g.rfc2822()).t("\ngpg:                using EDDSA key ").look("fingerprint", fp).t(
        '\ngpg: Good signature from "'
    ).pii("PERSON", me.full).t(" <").pii("EMAIL_ADDRESS", work).t('>" [ultimate]\n')
    d.t("Primary key fingerprint: ").look("fingerprint", " ".join(fp[i : i + 4] for i in range(0, 40, 4))).t(
        "\nAuthor: "
    ).pii("PERSON", me.full).t(" <").pii(
        "EMAIL_ADDRESS", f"{r.randint(10**6, 10**8)}+{user}@users.noreply.github.com"
    ).t(">\nDate:   ").look("timestamp", g.rfc2822()).t("\n\n    Fix retry budget\n\n    Co-authored-by: ")
    co = person(g)
    d.pii("PERSON", co.full).t(" <").pii("EMAIL_ADDRESS", g.email(co.full, corp=True)).t(">\n")
    return d


def t_mortgage_app(g: Gen) -> Doc:
    r = g.r
    b1, b2, lo = (
        person(g, r.choice(["en_US", "en_US", "es_MX", "en_IN", "zh_CN", "pl_PL"])),
        person(g),
        person(g, "en_US"),
    )
    d = (
        Doc()
        .t("Uniform Residential Loan Application\nLender Loan No.: ")
        .look("loan_no", str(r.randint(10**9, 10**10 - 1)))
        .t("   Agency Case No.: ")
        .look("case_no", f"{r.randint(100, 999)}-{r.randint(10**6, 10**7 - 1)}")
        .t("\n\nSection 1a. Personal Information\nName (First, Middle, Last, Suffix): ")
        .pii("PERSON", b1.full)
    )
    d.t("\nSocial Security Number: ").pii("US_SSN", g.ssn()).t("   Date of Birth: ").look(
        "date", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1955, 2000)}"
    ).t("\nCo-Borrower: ").pii("PERSON", b2.full)
    if r.random() < 0.3:
        d.t("   ITIN: ").look(
            "itin", f"9{r.randint(0, 99):02d}-{r.choice([70, 71, 72, 78, 80, 83, 88, 90, 92])}-{r.randint(1, 9999):04d}"
        ).t("\n")
    else:
        d.t("   SSN: ").pii("US_SSN", g.ssn()).t("\n")
    d.t("Contact Information  Home Phone: ").pii(
        "PHONE_NUMBER", g.phone("US", fmt=r.choice(["national", "dash", "dot"]))
    ).t("  Cell Phone: ").pii("PHONE_NUMBER", g.phone("US", fmt=r.choice(["national", "dot", "e164"]))).t(
        "\nEmail: "
    ).pii("EMAIL_ADDRESS", g.email(b1.full)).t("\n\n1b. Current Employment\nEmployer: ").t(
        r.choice(["Acme Logistics LLC", "Lakeside School District", "Northwind Energy Inc."])
    ).t("   Phone: ").pii("PHONE_NUMBER", g.phone("US", fmt="national")).t("\nGross Monthly Income: ").look(
        "amount", "$" + g.amount()
    )
    d.t("\n\nSection 2a. Assets — Bank Accounts\nAccount Type: Checking   Financial Institution: ").t(
        r.choice(["Chase", "Wells Fargo", "Ally Bank"])
    ).t("   Account Number: ").look("bank_account", str(r.randint(10**9, 10**12))).t("   Routing: ").look(
        "aba_routing", aba_routing(g)
    ).t("   Cash Value: ").look("amount", "$" + g.amount()).t("\n")
    if r.random() < 0.4:
        d.t("Credit card for appraisal fee: ").pii("CREDIT_CARD", g.card()).t("  exp ").look(
            "expiry", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"
        ).t("\n")
    d.t("\nLoan Originator: ").pii("PERSON", lo.full).t("   NMLS ID: ").look(
        "nmls_id", str(r.randint(10**5, 2 * 10**6))
    ).t("   ").pii("EMAIL_ADDRESS", g.email(lo.full, corp=True)).t("   ").pii(
        "PHONE_NUMBER", g.phone("US", fmt="dash")
    ).t("\nBorrower e-signature IP: ").pii("IP_ADDRESS", g.ip4()).t("  ").look("timestamp", g.iso_ts()).t("\n")
    return d


def t_vet_record(g: Gen) -> Doc:
    r = g.r
    owner, vet, partner = person(g), person(g), person(g)
    pet = r.choice(PET_NAMES)
    d = (
        Doc()
        .t(
            f"{r.choice(['Riverside', 'Old Town', 'Kingsway', 'Parkview'])} Veterinary Hospital — Patient Record\n\nClient: "
        )
        .pii("PERSON", owner.lf)
        .t("   Client #: ")
        .look("client_no", str(r.randint(10**4, 10**6)))
        .t("\nPhone: ")
        .pii("PHONE_NUMBER", g.phone(fmt=r.choice(["national", "intl"])))
        .t("   Email: ")
        .pii("EMAIL_ADDRESS", g.email(owner.full))
        .t("\n\nPatient: ")
        .look("pet_name", pet)
    )
    d.t(
        f"   Species: {r.choice(['Canine', 'Feline'])}   Breed: {r.choice(['Labrador Retriever', 'Domestic Shorthair', 'Border Collie', 'Maine Coon', 'Dachshund'])}   Sex: {r.choice(['MN', 'FS', 'M', 'F'])}\nDOB: "
    ).look("date", g.date()).t("   Weight: ").look("weight", f"{r.uniform(3, 40):.1f} kg").t("\nMicrochip: ").look(
        "microchip", r.choice(["985", "941", "900", "276", "250"]) + str(r.randint(10**11, 10**12 - 1))
    ).t("   Rabies tag: ").look("rabies_tag", f"2026-{r.randint(1000, 99999)}")
    d.t("\nAttending: Dr. ").pii("PERSON", vet.full).t(", DVM\n\nSOAP note: ").look("pet_name", pet).t(
        f" presented with {r.choice(['vomiting x2 days', 'limping on the left hind leg', 'itchy ears', 'reduced appetite'])}. T "
    ).look("lab_value", f"{r.uniform(37.5, 40):.1f}").t(" °C. Owner's partner, ").pii("PERSON", partner.given).t(
        ", will pick up at "
    ).look("time", hhmm(g)).t(".\n")
    d.t("Vaccines due: DHPP ").look("date", g.date()).t(", Rabies ").look("date", g.date()).t(
        "\nCard on file: Visa •••• "
    ).look("last4", last4(g)).t("   Invoice ").look("invoice_no", str(r.randint(10**5, 10**6))).t(" total ").look(
        "amount", g.amount()
    ).t("\n")
    if r.random() < 0.4:
        d.t("Referral sent to ").pii("PERSON", person(g).full).t(" (specialist): ").pii(
            "EMAIL_ADDRESS", g.email(corp=True)
        ).t("\n")
    return d


def t_car_rental(g: Gen) -> Doc:
    r = g.r
    drv, add, agent = person(g), person(g), person(g)
    ctry = r.choice(["US", "DE", "FR", "ES", "IT", "NL", "UK"])
    d = (
        Doc()
        .t(f"{r.choice(['HERTZ', 'SIXT', 'EUROPCAR', 'AVIS', 'ENTERPRISE'])} RENTAL AGREEMENT   RA# ")
        .look("ra_number", str(r.randint(10**8, 10**9 - 1)))
        .t("   Reservation: ")
        .look("booking_ref", g.rand(2, string.ascii_uppercase) + str(r.randint(10**7, 10**8 - 1)))
        .t("\n\nRENTER: ")
        .pii("PERSON", drv.full.upper())
        .t("\nDOB: ")
        .look("date", f"{r.randint(1, 28)}.{r.randint(1, 12):02d}.{r.randint(1950, 2004)}")
        .t("   Licence: ")
        .look("dl_number", g.rand(1, string.ascii_uppercase) + str(r.randint(10**7, 10**9)))
        .t(f" ({r.choice(['CA', 'NY', 'DE', 'FR', 'GB'])}) exp ")
        .look("date", g.date())
    )
    d.t("\nPhone: ").pii("PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "e164", "national"]))).t("   Email: ").pii(
        "EMAIL_ADDRESS", g.email(drv.full)
    ).t("\nAdditional driver: ").pii("PERSON", add.full.upper() if r.random() < 0.5 else add.full).t(
        "   Licence: "
    ).look("dl_number", str(r.randint(10**8, 10**10)))
    d.t(
        f"\n\nVEHICLE: {r.choice(['2025 Toyota RAV4', '2026 VW T-Roc', '2024 Peugeot 2008', '2025 Tesla Model 3'])}   Plate: "
    ).look("plate", plate(g, ctry)).t("   VIN: ").look("vin", vin(g)).t("\nOdometer out: ").look(
        "odometer", f"{r.randint(1000, 90000)} km"
    ).t("   Fuel out: 8/8\nPick-up: ").look("timestamp", f"{g.date()} {hhmm(g)}").t("   Return: ").look(
        "timestamp", f"{g.date()} {hhmm(g)}"
    ).t("\n\nPAYMENT\n")
    if r.random() < 0.55:
        d.t("Card imprint: ").pii("CREDIT_CARD", g.card()).t("   exp ").look(
            "expiry", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"
        )
    else:
        d.t("Card: ").look("masked_card", f"{r.choice(['4', '5', '3'])}XXX XXXX XXXX {last4(g)}")
    d.t("   Auth code: ").look("auth_code", f"{r.randint(10**5, 10**6 - 1)}").t("   Pre-authorisation: ").look(
        "amount", g.amount()
    ).t("\nLoyalty no.: ").look("loyalty_luhn", g.luhn_id(r.choice([9, 12, 16]), "8")).t("\n")
    if ctry != "US" and r.random() < 0.4:
        d.t("Deposit refund (cash payment) to IBAN ").pii("IBAN_CODE", g.iban({"UK": "GB"}.get(ctry, ctry))).t("\n")
    d.t("\nRental agent: ").pii("PERSON", agent.given).t(
        f" (station {r.choice(['LHR T5', 'MUC T2', 'CDG T2E', 'BCN T1', 'SFO'])})\nRoadside assistance: "
    ).pii("PHONE_NUMBER", g.phone(fmt="intl")).t("\n")
    return d


def t_ride_receipt(g: Gen) -> Doc:
    r = g.r
    rider, drv = person(g), person(g)
    if r.random() < 0.6:
        d = (
            Doc()
            .t("Thanks for riding, ")
            .pii("PERSON", rider.given)
            .t("\n")
            .look("date", g.date())
            .t(" · ")
            .look("time", hhmm(g))
            .t("\n\nTotal ")
            .look("amount", g.amount())
            .t("\nTrip fare ")
            .look("amount", g.amount())
            .t("\nBooking fee ")
            .look("amount", f"{r.randint(1, 4)}.{r.randint(0, 99):02d}")
            .t("\nTip ")
            .look("amount", f"{r.randint(1, 9)}.00")
            .t("\n\nPayment: Visa ••••")
            .look("last4", last4(g))
        )
        d.t("\n\nYou rode with ").pii("PERSON", drv.given).t("  ★ ").look("rating", f"4.{r.randint(70, 99)}").t(
            "  License plate: "
        ).look("plate", plate(g)).t("\nPickup ").look("time", hhmm(g)).t(
            f"  {r.randint(1, 400)} {r.choice(['Market St', 'Calle Mayor', 'King St W'])}\nDropoff "
        ).look("time", hhmm(g)).t("  ").look("coordinates", g.coords()).t("\n\nTrip ID: ").look("uuid", g.uuid()).t(
            "\nRider: "
        ).pii("PERSON", rider.full).t(" · ").pii("EMAIL_ADDRESS", g.email(rider.full)).t(" · ").pii(
            "PHONE_NUMBER", g.phone(fmt="e164")
        ).t("\nLost something? Call ").pii("PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "national"]))).t("\n")
        return d
    d = (
        Doc()
        .t("Your order from ")
        .t(r.choice(["Sushi Go", "Pizzeria Bella", "Green Bowl", "Burger Barn"]))
        .t(" is on its way!\nOrder #")
        .look("order_luhn", g.luhn_id(r.choice([15, 16]), r.choice(["3", "4", "5"])))
        .t("  ·  courier: ")
        .pii("PERSON", drv.given)
        .t(" (")
        .look("vehicle", r.choice(["e-bike", "scooter", "car"]))
        .t(")\n\nDeliver to: ")
        .pii("PERSON", rider.full)
        .t(f", {r.randint(1, 200)} Oak Lane, flat {r.randint(1, 40)}\nContact: ")
        .pii("PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "national"])))
        .t("\nNote for courier: ring ")
        .pii("PERSON", rider.family)
        .t(", code ")
        .look("door_code", str(r.randint(1000, 9999)))
        .t("\n\n2× Menu item   ")
        .look("amount", g.amount())
        .t("\nPaid with Mastercard ending ")
        .look("last4", last4(g))
        .t("\nReceipt sent to ")
        .pii("EMAIL_ADDRESS", g.email(rider.full))
        .t("\n")
    )
    return d


TEMPLATES: tuple[Callable[[Gen], Doc], ...] = (
    t_police_report, t_rsvp_list, t_onboarding_email, t_github_issue, t_admissions_letter, t_webvtt, t_sports_roster,
    t_conference_agenda, t_gedcom, t_press_release, t_customer_reviews, t_kubeconfig_docker, t_mysql_vertical,
    t_llm_csv_paste, t_lab_report, t_out_of_office, t_obituary, t_password_export, t_whois_dig, t_wireguard,
    t_gpg_keys, t_mortgage_app, t_vet_record, t_car_rental, t_ride_receipt,
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
            assert "\n" not in str(item["text"]), (tpl.__name__, item)
        check_gold(doc.spans)
        out.append(
            {
                "id": f"heldout11-{i + 1:04d}",
                "template": tpl.__name__,
                "text": text,
                "spans": sorted(doc.spans, key=lambda s: int(str(s["start"]))),
                "lookalikes": doc.looks,
            }
        )
    return out


def check_gold(spans: list[dict[str, object]]) -> None:
    """Re-check every structured gold value by its own rule (never by the detector)."""
    for s in spans:
        v, kind = str(s["text"]), s["type"]
        digits = "".join(c for c in v if c.isdigit())
        if kind == "CREDIT_CARD":
            assert luhn_ok(digits) and len(digits) in {14, 15, 16}, s
        elif kind == "IBAN_CODE":
            compact = v.replace(" ", "")
            assert IBAN_LENGTH[compact[:2]] == len(compact) and mod97(compact[4:] + compact[:4]) == 1, s
        elif kind == "US_SSN":
            a, b, c = int(digits[:3]), int(digits[3:5]), int(digits[5:])
            assert len(digits) == 9 and 0 < a < 900 and a != 666 and b > 0 and c > 0, s
        elif kind == "IP_ADDRESS":
            ipaddress.ip_address(v)
        elif kind == "PHONE_NUMBER":
            check = v.replace("(0)", "")
            check = "+" + check[2:] if check.startswith("00") else check
            assert check.startswith("+") or check[0] in "(0123456789", s
            if check.startswith("+"):
                assert phonenumbers.is_valid_number(phonenumbers.parse(check, None)), s
        elif kind == "EMAIL_ADDRESS":
            assert v.count("@") == 1 and "." in v.split("@")[1], s


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
