"""Generate held-out set v12 for the PII detector: ``data/pii/eval_heldout12.jsonl``.

Written by a helper that never read the detector (``detectors/``), ``scripts/eval_pii.py``, the PII
results in ``bench/``, the error analyses in docs/pii.md nor ``data/pii/gen_person_train.py``, and never ran
the detector or any eval on this set. Files read: ``docs/pii.md`` (*Gold annotation rules*, the
*Evaluation* table and the v8-v11 held-out paragraphs), ``data/pii/gen_heldout11.py`` (file format and
value factory, copied here so this file stays self-contained), the template names of
``gen_heldout4.py``-``gen_heldout10.py`` and ``templates_heldout3.py`` (only searched for shapes to avoid)
and ``tests/unit/test_pii_eval_data.py``. 25 new document shapes, 24 texts each, mostly a user pasting
something into a chat assistant and the assistant's answer: school-app parent-teacher thread, parish/club
newsletter, paper author block with affiliations and ORCIDs, bill of lading, money-transfer receipt pasted
for a scam check, ``devcontainer.json``, Asterisk CDR CSV + SIP INVITE + ``pjsip.conf``, fail2ban +
HAProxy logs (IPv4/IPv6), Google Sheets API request/response JSON, Maven ``settings.xml`` +
``gradle.properties`` + ``pom.xml`` developers, ``git remote -v``/``~/.git-credentials``/``git log``
terminal paste, homeowners-association minutes, race sign-up form responses (TSV), concert e-ticket, US
Form 1040 header, OpenTelemetry span JSON, ``~/.ssh/config`` + ``known_hosts`` + ``ssh -v``, landlord
letter in Spanish/Portuguese/Italian with the assistant's English translation, Polish *faktura* / Dutch
*factuur*, Vietnamese + Korean staff lists (Hangul names), library overdue notice, crypto-exchange API
compromise, Home Assistant ``secrets.yaml``, JWT decode chat, r/Scams forum thread.

Gold conventions as v3-v11 (docs/pii.md). Choices this set makes explicit:
* PERSON excludes titles and honorifics (``Mrs``/``mrs``, ``Ms``, ``Fr.``, ``Rev.``, ``Pastor``, ``Sig.``,
  Vietnamese ``chị``, Korean ``님``), superscript affiliation marks and possessive ``'s``. A lone given
  name, surname or nickname used for a person is a span, also in lower case in chat (``thx dominic``,
  ``ok thanks mrs mac giollarua``). Names that are common words (``Rose``, ``Hunter``, ``Grant``,
  ``Summer``, ``Will``, ``Baker``, ``Stone``) are spans when they name a person. Hangul names are spans
  (family name first, no space); Vietnamese names are ``Family Middle Given``.
* Not PERSON (look-alikes): cities that are also given names (``Florence``, ``Charlotte``, ``Madison``),
  brands (``Wendy's``, ``Dr Pepper``), products (``Alexa``, ``Jenkins``), streets, schools, churches,
  stations and institutions named after people (``Lincoln Elementary``, ``Garibaldi Street``, ``Max Planck
  Society``), band names (``Florence + the Machine``), ship names (``MSC VICTORIA``), song titles
  (``Amazing Grace``), role words, user names, GitHub handles, Reddit ``u/`` handles and Home Assistant
  ``id:`` slugs.
* PHONE_NUMBER: a number inside a ``sip:`` URI is the number only (``sip:+44…@host`` has no EMAIL span);
  Asterisk CDR caller ids are spans; extensions, ``CSeq`` and SIP user names are look-alikes.
* API_KEY: secret values only: SaaS/cloud tokens (also inside ``https://user:TOKEN@host`` remotes and
  ``Bearer`` headers), JWT bearer tokens, passwords in configs (Maven, pjsip, ``redis://:pw@``, Home
  Assistant Wi-Fi/MQTT, ``.git-credentials``), GPG signing passphrases, Telegram bot tokens, both halves
  of a crypto-exchange key pair. ``${localEnv:X}``, ``!secret x`` references, ``ghp_…1234``-style masks,
  SSH public keys, host-key fingerprints and GPG key ids are look-alikes.
* IP_ADDRESS: the address only (no brackets, port or ``/len``); link-local and private addresses count.
* Luhn-valid numbers that are not cards (order numbers, 16-digit ticket barcodes, 14-digit library cards
  and item barcodes) are look-alikes, as are non-Luhn gift-card runs, bad-mod-97 IBANs, SSNs against the
  SSA rules, ITINs, ABA routing numbers, ORCIDs, NIP/REGON/KvK/BTW/DNI/CPF/codice fiscale ids.
* No gold span crosses a line break; gold spans never overlap look-alikes.

Values are checked by their own rules (Luhn, mod-97 with registry lengths, SSA rules,
``ipaddress``, ``phonenumbers.is_valid_number`` of the printed string), never by the detector.

Usage: ``.venv/bin/python data/pii/gen_heldout12.py`` (writes the file and prints its sha256).
Needs the dev extra (``faker==40.54.0``, ``phonenumbers==9.0.43``).
"""

# ruff: noqa: E501  (templates read best as one builder chain per line)
from __future__ import annotations

import base64
import hashlib
import ipaddress
import itertools
import json
import random
import string
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

OUT = Path(__file__).resolve().parent / "eval_heldout12.jsonl"
SEED = 12_2026_1123
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


# ---------------------------------------------------------------------------------- v12 additions
#: given names and surnames that are also common English words (used as names, so PERSON).
WORD_GIVEN = (
    "Rose", "Hunter", "Grant", "Summer", "Faith", "Bill", "Will", "Penny", "Dawn", "Joy", "Hope", "Amber",
    "Mark", "Jack", "Grace", "Iris", "Reed", "Wade", "Sandy", "Ray", "Holly", "Heath", "Skye", "Bob",
)  # fmt: skip
WORD_FAMILY = (
    "Baker", "Fisher", "Young", "Rich", "Little", "Long", "Brown", "Hill", "Wood", "Stone", "Marsh", "Church",
    "Hunter", "Grant", "Bishop", "Price", "King", "Cook", "Mason", "Sharp", "Bell", "Moody", "Sterling", "Fox",
)  # fmt: skip
#: capitalised words that are not people here: cities, brands, products, streets, places named after people.
CITY_WORDS = ("Florence", "Charlotte", "Victoria", "Austin", "Adelaide", "Regina", "Jackson", "Madison", "Eugene", "Lafayette", "Santiago", "São Paulo")  # fmt: skip
BRAND_WORDS = ("Wendy's", "McDonald's", "Ben & Jerry's", "Dell", "Ford", "Ferrari", "Tesla", "Jack Daniel's", "Dr Pepper", "Hermès", "Chanel", "Marks & Spencer")  # fmt: skip
PRODUCT_WORDS = ("Alexa", "Siri", "Kindle", "Jira", "Jenkins", "Grafana", "Cortana", "Gemini", "Sonos", "Roomba", "Nest", "Ring")  # fmt: skip
STREET_WORDS = ("Rose Street", "Grant Avenue", "Hunter Road", "Washington Boulevard", "Lincoln Way", "King Street", "Victoria Road", "Baker Street", "Church Lane", "Garibaldi Street")  # fmt: skip
NAMED_PLACES = ("Lincoln Elementary", "St. Mary's Church", "Kennedy Airport", "Carnegie Hall", "Roosevelt High School", "Franklin Park", "Jefferson Library", "Hamilton Station", "Victoria Hall", "Churchill Community Centre")  # fmt: skip
VI_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương")  # fmt: skip
VI_MIDDLE = ("Văn", "Thị", "Minh", "Đức", "Ngọc", "Thanh", "Quốc", "Hữu", "Gia", "Bảo")
VI_GIVEN = ("An", "Bình", "Châu", "Dũng", "Giang", "Hạnh", "Hùng", "Khoa", "Linh", "Mai", "Nam", "Phúc", "Quân", "Thảo", "Trang", "Tuấn", "Vy", "Yến")  # fmt: skip
#: nicknames used alone for a person (PERSON when they refer to someone).
NICKNAMES = ("Liz", "Bobby", "Sasha", "Kasia", "Pepe", "Nacho", "Gosia", "Tomek", "Jojo", "Dani", "Fede", "Kiki", "Bubba", "Mimi")  # fmt: skip
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def word_person(g: Gen) -> P:
    """A person whose given name (and often surname) is also a common word: ``Rose Baker``, ``Hunter Grant``."""
    given = g.r.choice(WORD_GIVEN)
    family = g.r.choice(WORD_FAMILY) if g.r.random() < 0.6 else g._faker_name(g.r.choice(NAME_LOCALES))[1]
    return P(f"{given} {family}", given, family)


def anyone(g: Gen) -> P:
    """Mostly diverse names (``person``), a fifth word-names, a few initials-only."""
    roll = g.r.random()
    if roll < 0.2:
        return word_person(g)
    if roll < 0.25:
        return initials_name(g)
    return person(g)


def vi_person(g: Gen) -> P:
    fam, mid, giv = g.r.choice(VI_FAMILY), g.r.choice(VI_MIDDLE), g.r.choice(VI_GIVEN)
    return P(f"{fam} {mid} {giv}", giv, fam)


def container_no(g: Gen) -> str:
    """An ISO 6346 container number with its check digit (``MSCU1234565``)."""
    vals: dict[str, int] = {}
    v = 10
    for ch in string.ascii_uppercase:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    owner = g.r.choice(["MSC", "MAE", "CMA", "HLX", "OOL", "TGH", "EGH"]) + "U"
    serial = "".join(g.r.choice(string.digits) for _ in range(6))
    total = sum((vals[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(owner + serial))
    return f"{owner}{serial}{total % 11 % 10}"


def pl_nip(g: Gen) -> str:
    w = (6, 5, 7, 2, 3, 4, 5, 6, 7)
    while True:
        body = [g.r.randint(1, 9)] + [g.r.randint(0, 9) for _ in range(8)]
        check = sum(a * b for a, b in zip(body, w, strict=True)) % 11
        if check != 10:
            s = "".join(map(str, body)) + str(check)
            return g.r.choice([s, f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"])


def pl_regon(g: Gen) -> str:
    w = (8, 9, 2, 3, 4, 5, 6, 7)
    body = [g.r.randint(0, 9) for _ in range(8)]
    return "".join(map(str, body)) + str(sum(a * b for a, b in zip(body, w, strict=True)) % 11 % 10)


def es_dni(g: Gen) -> str:
    n = g.r.randint(10**7, 10**8 - 1)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def br_cpf(g: Gen) -> str:
    d = [g.r.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(a * b for a, b in zip(d, range(k, 1, -1), strict=False)) % 11
        d.append(0 if s < 2 else 11 - s)
    out = "".join(map(str, d))
    return f"{out[:3]}.{out[3:6]}.{out[6:9]}-{out[9:]}"


def it_codice_fiscale(g: Gen) -> str:
    A = string.ascii_uppercase
    return f"{g.rand(6, A)}{g.r.randint(40, 99)}{g.r.choice('ABCDEHLMPRST')}{g.r.randint(1, 71):02d}{g.r.choice('ABCDEFGHL')}{g.r.randint(100, 999)}{g.r.choice(A)}"


def orcid(g: Gen) -> str:
    body = "0000000" + str(g.r.randint(1, 3)) + "".join(g.r.choice(string.digits) for _ in range(7))
    total = 0
    for ch in body:
        total = (total + int(ch)) * 2
    c = (12 - total % 11) % 11
    s = body + ("X" if c == 10 else str(c))
    return "-".join(s[i : i + 4] for i in range(0, 16, 4))


def doi(g: Gen) -> str:
    return f"10.{g.r.randint(1000, 99999)}/{g.r.choice(['jmlr', 'nature', 'acl', 'tacl', 's41586', 'neurips'])}.{g.r.randint(2019, 2026)}.{g.r.randint(100, 99999)}"


def arxiv_id(g: Gen) -> str:
    return f"{g.r.randint(20, 26)}{g.r.randint(1, 12):02d}.{g.r.randint(0, 99999):05d}v{g.r.randint(1, 4)}"


def btc_address(g: Gen) -> str:
    return "bc1q" + g.rand(38, BECH32)


def eth_address(g: Gen) -> str:
    return "0x" + g.rand(40, "0123456789abcdefABCDEF")


def telegram_token(g: Gen) -> str:
    return f"{g.r.randint(10**8, 10**10)}:AA{g.rand(33, B64URL)}"


def ssh_pubkey(g: Gen) -> str:
    return "AAAAC3NzaC1lZDI1NTE5AAAAI" + g.rand(43, B64)


def host_fp(g: Gen) -> str:
    return "SHA256:" + g.rand(43, B64)


def jwt(g: Gen, claims: dict[str, object]) -> str:
    head = json.dumps({"alg": g.r.choice(["RS256", "HS256", "ES256"]), "typ": "JWT"}, separators=(",", ":"))
    body = json.dumps(claims, separators=(",", ":"), ensure_ascii=False)
    return f"{b64url(head.encode())}.{b64url(body.encode())}.{g.rand(g.r.choice([43, 86, 342]), B64URL)}"


def epoch_s(g: Gen) -> int:
    return g.r.randint(1_760_000_000, 1_790_000_000)


def acct_no(g: Gen) -> str:
    return "".join(g.r.choice(string.digits) for _ in range(g.r.randint(9, 12)))


def hexs(g: Gen, n: int) -> str:
    return g.rand(n, HEX)


def lc(p: P) -> str:
    """How a chat writer types a given name: lower case."""
    return (p.family if p.given.endswith(".") else p.given).lower()


# ---------------------------------------------------------------------------------- templates
def t_parent_teacher_thread(g: Gen) -> Doc:
    r = g.r
    us = r.random() < 0.5
    teacher = anyone(g)
    school = r.choice((*NAMED_PLACES[:2], "Roosevelt High School", "Maple Grove Primary"))
    reg = "US" if us else r.choice(["GB", "IE", "AU", "NZ"])
    d = Doc().t("User: can you summarise this thread from the school app and draft a short reply from me? I'm ")
    me, kid0 = anyone(g), person(g)
    d.pii("PERSON", me.given).t(", ").pii("PERSON", kid0.given).t("'s dad.\n\n")
    d.t(f"--- Class {r.randint(1, 6)}{r.choice('ABCD')} · ").t(r.choice(["Ms ", "Mrs ", "Mr ", "Mx "])).pii(
        "PERSON", teacher.family
    ).t("'s class · ").look("named_place", school).t(" ---\n")
    d.t(f"[{r.choice(['Mon', 'Tue', 'Wed'])} {hhmm(g)}] ").pii("PERSON", teacher.full).t(
        " (Teacher): Good morning families! Our trip to the science museum is on "
    ).look("date", g.date()).t(". Slips due Friday. Chaperones, please text me on ").pii(
        "PHONE_NUMBER", g.phone(reg, fmt=r.choice(["national", "intl"]))
    ).t(".\n")
    for _ in range(r.randint(2, 4)):
        p, kid = anyone(g), person(g)
        roll = r.random()
        d.t(f"[{hhmm(g)}] ").pii("PERSON", p.full).t(" (parent of ").pii("PERSON", kid.given).t("): ")
        if r.random() < 0.25:
            d.t("(it's ").pii("PERSON", r.choice(NICKNAMES)).t(" btw, new phone) ")
        if roll < 0.3:
            d.t("hi! i can chaperone, my cell is ").pii("PHONE_NUMBER", g.phone(reg)).t(". also ").pii(
                "PERSON", kid.given.lower() if r.random() < 0.5 else kid.given
            ).t(" has a peanut allergy fyi\n")
        elif roll < 0.55:
            spouse = anyone(g)
            d.t("we'll be away that week, please send anything to my husband ").pii("PERSON", spouse.full).t(
                " at "
            ).pii("EMAIL_ADDRESS", g.email(spouse.full)).t(" thx ").pii(
                "PERSON", lc(teacher) if r.random() < 0.5 else teacher.given
            ).t("\n")
        elif roll < 0.8:
            d.t("who is collecting the money? student no. ").look(
                "student_id", f"{r.randint(2019, 2026)}{r.randint(1000, 9999)}"
            ).t(", paid ").look("amount", ("£" if reg == "GB" else "€" if reg == "IE" else "$") + g.amount()).t(
                " on "
            ).look("date", g.date()).t(" via ").look("product_name", r.choice(["ParentPay", "Venmo", "SchoolMoney"])).t(
                "\n"
            )
        else:
            d.t("ok thanks mrs ").pii("PERSON", teacher.family.lower()).t("! ").pii("PERSON", kid.given).t(
                " will bring the form tomorrow, she left it at grandma "
            ).pii("PERSON", anyone(g).given).t("'s\n")
    d.t(f"[{hhmm(g)}] ").pii("PERSON", teacher.full).t(": Thanks all. PTA donations can go to the PTA account ")
    if us:
        d.t("(routing ").look("aba_routing", aba_routing(g)).t(", acct ").look("bank_account", acct_no(g)).t(")")
    else:
        d.pii("IBAN_CODE", g.iban(r.choice(["GB", "IE"]))).t(", ref ").look("reference", f"TRIP-{r.randint(100, 999)}")
    d.t(". Questions to the office: ").pii("EMAIL_ADDRESS", g.email(corp=True)).t(
        "\n\nAssistant: Summary: the trip is confirmed; "
    ).pii("PERSON", teacher.family).t(" needs slips by Friday. Draft reply:\n> Hi ").pii("PERSON", teacher.given).t(
        ", "
    ).pii("PERSON", kid0.given).t("'s form is attached. Happy to help on the day — ").pii("PERSON", me.given).t("\n")
    return d


def t_parish_newsletter(g: Gen) -> Doc:
    r = g.r
    reg, iban_c = r.choice([("GB", "GB"), ("IE", "IE"), ("US", ""), ("AU", ""), ("DE", "DE"), ("NL", "NL")])
    pastor, editor = anyone(g), word_person(g)
    club = r.choice(
        [
            "St. Brigid's Parish Bulletin",
            "Riverside Rotary Club Newsletter",
            "Harbour Rowing Club — The Oar",
            "Grace Community Church Weekly",
        ]
    )
    d = (
        Doc()
        .t("Please proofread this newsletter and make the volunteer table consistent:\n\n")
        .t(f"{club}\nIssue {r.randint(40, 400)} · ")
        .look("date", g.date())
        .t("\n\nFROM THE ")
    )
    d.t(r.choice(["PASTOR'S DESK\n", "PRESIDENT\n"])).t(r.choice(["Fr. ", "Rev. ", "Pastor ", ""])).pii(
        "PERSON", pastor.full
    ).t(' writes: What a month! Thank you to everyone who sang "').look(
        "song_title", r.choice(["Amazing Grace", "Abide with Me", "Be Thou My Vision"])
    ).t('" at the ').look("named_place", r.choice(NAMED_PLACES)).t(" concert.\n\nBIRTHDAYS\n")
    for _ in range(r.randint(2, 4)):
        p = word_person(g) if r.random() < 0.6 else anyone(g)
        d.t("  • ").pii("PERSON", p.full).t(f" turns {r.randint(7, 95)} on ").look("date", g.date()).t("\n")
    d.t("\nVOLUNTEER ROTA\n")
    for _ in range(r.randint(3, 5)):
        p = anyone(g)
        d.t(f"  {r.choice(['Coffee', 'Flowers', 'Readers', 'Car park', 'Food bank', 'Boat crew'])}: ").pii(
            "PERSON", p.full
        ).t(" — ").pii("PHONE_NUMBER", g.phone(reg, fmt=r.choice(["national", "intl", "national"]))).t("\n")
    d.t("\nMEETING VENUE: ").look("named_place", r.choice(NAMED_PLACES)).t(", ").look(
        "street_name", r.choice(STREET_WORDS)
    ).t(" (parking behind ").look("brand_name", r.choice(BRAND_WORDS)).t(").\n\nDONATIONS\n")
    if iban_c:
        d.t("Account: ").t(
            club.split(" —")[0].replace(" Newsletter", "").replace(" Bulletin", "").replace(" Weekly", "")
        ).t(", IBAN ").pii("IBAN_CODE", g.iban(iban_c)).t(", BIC ").look("bic", bic(g, iban_c)).t(
            "\nCharity no. "
        ).look("charity_no", str(r.randint(200000, 1199999))).t("\n")
    else:
        d.t("Cheques payable to the parish, or online (routing ").look("aba_routing", aba_routing(g)).t("). EIN ").look(
            "ein", g.ein()
        ).t("\n")
    d.t("\nEditor: ").pii("PERSON", editor.full).t(" · ").pii("EMAIL_ADDRESS", g.email(editor.full)).t("\n")
    return d


def t_paper_author_block(g: Gen) -> Doc:
    r = g.r
    authors = [anyone(g) for _ in range(r.randint(3, 6))]
    unis = r.sample(
        [
            "University of Edinburgh",
            "ETH Zürich",
            "Universidade de São Paulo",
            "KAIST",
            "Université Paris-Saclay",
            "Tsinghua University",
            "University of Cape Town",
            "Politecnico di Milano",
            "TU Delft",
        ],
        3,
    )
    d = Doc().t("Can you fix the affiliation superscripts in our camera-ready author block? Current version:\n\n")
    d.t(f"{r.choice(['Robust', 'Efficient', 'Scalable', 'Calibrated'])} ").look("eponym", r.choice(EPONYMS)).t(
        f"s for {r.choice(['Streaming Anomaly Detection', 'Low-Resource Speech', 'Clinical Text', 'Sensor Fusion'])}\n\n"
    )
    for i, a in enumerate(authors):
        d.pii("PERSON", a.full).t(
            f"{r.choice(['¹', '²', '³', '¹,²'])}{'*' if i == 0 else ''}{',' if i < len(authors) - 1 else ''} "
        )
    d.t("\n")
    for k, u in enumerate(unis):
        d.t(
            f"{'¹²³'[k]} {u}, {r.choice(['Department of Computer Science', 'School of Informatics', 'Institute for AI'])}\n"
        )
    d.t("* Corresponding author: ").pii("EMAIL_ADDRESS", g.email(authors[0].full, corp=True)).t("\nORCID (").pii(
        "PERSON", authors[0].full
    ).t("): https://orcid.org/").look("orcid", orcid(g)).t("\n")
    if r.random() < 0.5:
        d.t("ORCID (").pii("PERSON", authors[1].full).t("): ").look("orcid", orcid(g)).t("\n")
    d.t("Preprint: arXiv:").look("arxiv_id", arxiv_id(g)).t(" · DOI ").look("doi", doi(g)).t(" · received ").look(
        "date", g.date()
    ).t("\n\nAcknowledgements. We thank ").pii("PERSON", anyone(g).full).t(" and ").pii("PERSON", anyone(g).full).t(
        " for comments, and the "
    ).look("eponym", r.choice(["Turing Institute", "Max Planck Society", "Nobel Foundation"])).t(
        " for compute (grant "
    ).look("grant_no", f"EP/{r.choice('TVWX')}{r.randint(100000, 999999)}/1").t("). Code: github.com/").look(
        "gh_handle", r.choice(GH_HANDLES)
    ).t("/repo @ ").look("git_sha", hexs(g, 7)).t(
        ".\n\nAssistant: Use one superscript per affiliation in order of first appearance; "
    ).pii("PERSON", authors[-1].family).t(" currently has two. ")
    d.t("Also move the corresponding-author e-mail to a footnote on ").pii("PERSON", authors[0].full).t(".\n")
    return d


def t_bill_of_lading(g: Gen) -> Doc:
    r = g.r
    shipper, consignee, notify, agent = anyone(g), anyone(g), anyone(g), anyone(g)
    pol, pod = r.sample(
        ["Rotterdam", "Hamburg", "Antwerp", "Santos", "Shanghai", "Busan", "Valencia", "Felixstowe", "Savannah"], 2
    )
    d = (
        Doc()
        .t(
            "Extract shipper, consignee and container data from this B/L as JSON:\n\nBILL OF LADING — NON-NEGOTIABLE COPY\nB/L No.: "
        )
        .look("bol_no", f"{r.choice(['MAEU', 'MEDU', 'HLCU', 'CMDU'])}{r.randint(10**8, 10**9 - 1)}")
        .t("   Booking: ")
        .look("booking_no", str(r.randint(10**8, 10**9 - 1)))
        .t("\n\n")
    )
    for label, p in (("SHIPPER", shipper), ("CONSIGNEE", consignee)):
        reg = r.choice(PHONE_REGIONS)
        d.t(
            f"{label}: {r.choice(['Nordhafen Trading GmbH', 'Atlas Components BV', 'Ipanema Exportadora Ltda', 'Han River Electronics Co.', 'Sol y Mar S.L.'])}\n  Attn: "
        ).pii("PERSON", p.full).t("  Tel: ").pii(
            "PHONE_NUMBER", g.phone(reg, fmt=r.choice(["intl", "e164", "00", "dash"]))
        ).t("  E-mail: ").pii("EMAIL_ADDRESS", g.email(p.full, corp=True)).t("\n")
    d.t("NOTIFY PARTY: ").pii("PERSON", notify.full.upper() if r.random() < 0.4 else notify.full).t(", ").pii(
        "PHONE_NUMBER", g.phone()
    ).t("\n\nVessel / Voyage: ").look(
        "vessel_name",
        f"{r.choice(['MSC', 'MAERSK', 'CMA CGM'])} {r.choice(['ISABELLA', 'GRACE', 'VICTORIA', 'ELENA', 'ALEXANDRA'])}",
    ).t(f" / {r.randint(100, 999)}{r.choice('EWNS')}\n")
    d.t(
        f"Port of loading: {pol}   Port of discharge: {pod}\n\nContainer No.   Seal No.     Packages   Description                  HS code     Gross kg\n"
    )
    for _ in range(r.randint(1, 3)):
        d.look("container_no", container_no(g)).t("     ").look(
            "seal_no", f"{r.choice(['ML', 'SL', 'HL'])}{r.randint(10**6, 10**7 - 1)}"
        ).t(
            f"   {r.randint(10, 900):>4} CTNS  {r.choice(['laptop parts', 'ceramic tiles', 'coffee beans', 'bicycle frames']):<27}  "
        ).look("hs_code", f"{r.randint(1000, 9999)}.{r.randint(10, 99)}").t("     ").look(
            "weight", f"{r.randint(1000, 26000)}.{r.randint(0, 999):03d}"
        ).t("\n")
    d.t("\nFreight: PREPAID. Remit to IBAN ").pii("IBAN_CODE", g.iban(r.choice(sorted(IBAN_LAYOUT)))).t(
        " quoting invoice "
    ).look("invoice_no", f"INV-{r.randint(2025, 2026)}-{r.randint(10000, 99999)}").t("\n")
    d.t(f"Place and date of issue: {r.choice(['Hamburg', 'Rotterdam', 'Genoa'])}, ").look("date", g.date()).t(
        "\nSigned as agent for the carrier: "
    ).pii("PERSON", agent.full).t("\n")
    return d


def t_transfer_receipt_chat(g: Gen) -> Doc:
    r = g.r
    seller, buyer = anyone(g), anyone(g)
    c = r.choice(sorted(IBAN_LAYOUT))
    d = (
        Doc()
        .t("User: I'm selling my ")
        .look(
            "brand_name",
            (bm := r.choice([("Ford", "Fiesta"), ("Tesla", "Model 3"), ("Dell", "XPS laptop"), ("Ferrari", "jacket")]))[
                0
            ],
        )
        .t(f" {bm[1]} and the buyer sent this confirmation. Is it legit? Money isn't in my account yet.\n\n")
    )
    d.t(f"{r.choice(['Wise', 'Revolut', 'N26', 'bunq'])} · Transfer confirmation\nTransfer #").look(
        "transfer_id", str(r.randint(10**8, 10**10))
    ).t("\nStatus: Processing — funds will arrive by ").look("date", g.date()).t("\nYou sent: ").look(
        "amount", g.amount(eu=True)
    ).t(" EUR\nRecipient: ").pii("PERSON", seller.full.upper() if r.random() < 0.3 else seller.full).t("\nIBAN: ").pii(
        "IBAN_CODE", g.iban(c)
    ).t("\nBIC: ").look("bic", bic(g, c)).t("\nReference: ").look(
        "reference", f"{r.choice(['CAR', 'DEPOSIT', 'ORDER'])}-{r.randint(1000, 99999)}"
    ).t("\nSender: ").pii("PERSON", buyer.full).t(" (").pii("EMAIL_ADDRESS", g.email(buyer.full)).t(")\nSupport: ").pii(
        "PHONE_NUMBER", g.phone(r.choice(["GB", "NG", "KE", "US"]), fmt="intl")
    ).t("\n\n")
    bad = r.random() < 0.7
    if bad:
        d.t('He also wrote "if it fails use my other account ').look("iban_bad", g.bad_iban(c)).t('".\n\n')
    if r.random() < 0.5:
        d.t("And he sent his card number ").pii("CREDIT_CARD", g.card()).t(" as 'proof' he is real.\n\n")
    d.t("Assistant: A few red flags. The receipt says 'Processing' and the support number ").pii(
        "PHONE_NUMBER", g.phone(r.choice(["GB", "US", "NG"]), fmt="e164")
    ).t(" is not the provider's official line. The IBAN shown is yours (").pii("PERSON", seller.given).t(
        ", please confirm it ends in "
    ).look("last4", last4(g)).t("). ")
    if bad:
        d.t("The second IBAN he sent fails the mod-97 check, so it cannot be a real account. ")
    d.t("Don't hand over the car until the money shows in your own banking app, and don't call numbers from ").pii(
        "PERSON", buyer.given
    ).t("'s messages.\n")
    return d


def t_devcontainer_json(g: Gen) -> Doc:
    r = g.r
    dev = anyone(g)
    kind = r.choice(["openai", "anthropic", "hf", "stripe", "github", "sendgrid"])
    d = Doc().t(
        'my codespace won\'t start, postCreateCommand exits 1. here\'s .devcontainer/devcontainer.json:\n\n```jsonc\n{\n  "name": "'
    )
    d.t(r.choice(["api", "ml-playground", "shop-backend"])).t(
        '",\n  "image": "mcr.microsoft.com/devcontainers/python:'
    ).look("version", f"1-3.{r.randint(10, 13)}").t(
        '-bookworm",\n  "features": {\n    "ghcr.io/devcontainers/features/node:1": { "version": "'
    ).look("version", g.version()).t(
        '" },\n    "ghcr.io/devcontainers/features/docker-in-docker:2": {}\n  },\n  "forwardPorts": ['
    ).look("port", str(r.choice([3000, 5432, 8000, 8080]))).t(", ").look("port", str(r.choice([6379, 9000, 5173]))).t(
        '],\n  "runArgs": ["--add-host=db.internal:'
    ).pii("IP_ADDRESS", g.ip4(private=True)).t('"')
    if r.random() < 0.5:
        d.t(', "--dns=').pii("IP_ADDRESS", g.ip4(private=False)).t('"')
    d.t('],\n  "remoteEnv": {\n    "').t(TOKEN_ENV.get(kind, "API_TOKEN")).t('": "').pii("API_KEY", g.token(kind)).t(
        '",\n    "DB_PASSWORD": "'
    ).look("placeholder_key", r.choice(["${localEnv:DB_PASSWORD}", "${containerEnv:PGPASSWORD}"])).t(
        '",\n    "REDIS_URL": "redis://:'
    ).pii("API_KEY", g.password()).t(
        '@cache:6379/0"\n  },\n  "postCreateCommand": "pip install -r requirements.txt && git config --global user.name \''
    ).pii("PERSON", dev.full).t("' && git config --global user.email ").pii(
        "EMAIL_ADDRESS", g.email(dev.full, corp=True)
    ).t(
        '",\n  "customizations": { "vscode": { "extensions": ["ms-python.python", "charliermarsh.ruff"] } }\n}\n```\n\n'
    )
    d.t(
        "Assistant: The failure is the unquoted e-mail in `postCreateCommand`. Separately, `remoteEnv` contains a live secret; move it to Codespaces secrets and reference it as "
    ).look("placeholder_key", "${localEnv:" + TOKEN_ENV.get(kind, "API_TOKEN") + "}").t(". Rotate the old value now.\n")
    return d


def t_sip_call_log(g: Gen) -> Doc:
    r = g.r
    reg = r.choice(["DE", "GB", "NL", "FR", "US", "AU", "ES", "IT", "SE"])
    d = Doc().t(
        "Why do outbound calls fail with 403? Asterisk CDR + the INVITE from `pjsip set logger on`:\n\n/var/log/asterisk/cdr-csv/Master.csv\n"
    )
    for _ in range(r.randint(2, 4)):
        p = anyone(g)
        ext = str(r.randint(200, 299))
        caller = g.phone(reg, fmt="e164")
        ts = f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(8, 19):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        dur = r.randint(0, 900)
        d.t('"","').pii("PHONE_NUMBER", caller).t('","').look("extension", ext).t('","from-trunk","""').pii(
            "PERSON", p.full
        ).t('"" <').pii("PHONE_NUMBER", caller).t('>","PJSIP/trunk-').look("channel_id", hexs(g, 8)).t(
            '","PJSIP/'
        ).look("extension", ext).t("-").look("channel_id", hexs(g, 8)).t('","Dial","","').look("timestamp", ts).t(
            f'","{dur}","{r.choice(["ANSWERED", "NO ANSWER", "BUSY", "FAILED"])}","DOCUMENTATION","'
        ).look("cdr_uniqueid", f"{epoch_s(g)}.{r.randint(1, 9999)}").t('"\n')
    callee, me = g.phone(r.choice(PHONE_REGIONS), fmt="e164"), g.phone(reg, fmt="e164")
    me_p = anyone(g)
    pbx_ip6 = g.ip6("global")
    d.t("\n<--- Transmitting SIP request to UDP:[").pii("IP_ADDRESS", pbx_ip6).t("]:5060 --->\nINVITE sip:").pii(
        "PHONE_NUMBER", callee
    ).t("@sip.carrier.example SIP/2.0\nVia: SIP/2.0/UDP ").pii("IP_ADDRESS", g.ip4(private=False)).t(
        ":5060;rport;branch=z9hG4bKPj"
    ).look("sip_branch", g.uuid()).t('\nFrom: "').pii("PERSON", me_p.full).t('" <sip:').pii("PHONE_NUMBER", me).t(
        "@pbx.office.example>;tag="
    ).look("sip_tag", g.uuid()).t("\nTo: <sip:").pii("PHONE_NUMBER", callee).t(
        "@sip.carrier.example>\nContact: <sip:"
    ).look("extension", str(r.randint(200, 299))).t("@").pii("IP_ADDRESS", g.ip4(private=True)).t(
        ":5060>\nCall-ID: "
    ).look("sip_call_id", g.uuid()).t("\nCSeq: ").look("cseq", str(r.randint(1000, 30000))).t(
        " INVITE\nUser-Agent: Asterisk PBX "
    ).look("version", f"{r.randint(18, 22)}.{r.randint(0, 12)}.{r.randint(0, 5)}").t(
        "\n\n; pjsip.conf\n[trunk-auth]\ntype=auth\nauth_type=userpass\nusername="
    ).look("sip_username", str(r.randint(10**6, 10**7 - 1))).t("\npassword=").pii("API_KEY", g.password()).t(
        "\n\nAssistant: The carrier rejects the From number "
    ).pii("PHONE_NUMBER", me).t(
        " because it is not registered on the trunk; set `from_user` to your DID. Also, you've pasted the trunk password — change it in the carrier portal.\n"
    )
    return d


def t_fail2ban_haproxy(g: Gen) -> Doc:
    r = g.r
    d = Doc().t("Which of these should I block at the firewall permanently? fail2ban + haproxy from last night:\n\n")
    bad_ips = [g.ip4(private=False) if r.random() < 0.6 else g.ip6("global") for _ in range(r.randint(2, 4))]
    for ip in bad_ips:
        ts = f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},{r.randint(0, 999):03d}"
        d.look("timestamp", ts).t(" fail2ban.actions        [").look("pid", str(r.randint(300, 9999))).t(
            f"]: NOTICE  [{r.choice(['sshd', 'nginx-botsearch', 'postfix-sasl', 'haproxy-auth'])}] Ban "
        ).pii("IP_ADDRESS", ip).t("\n")
    d.t("\n")
    for _ in range(r.randint(2, 4)):
        ip = r.choice(bad_ips) if r.random() < 0.5 else (g.ip4(private=False) if r.random() < 0.5 else g.ip6())
        d.t(
            f"Nov {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} lb1 haproxy["
        ).look("pid", str(r.randint(300, 9999))).t("]: ").pii("IP_ADDRESS", ip).t(":").look(
            "port", str(r.randint(1024, 65535))
        ).t(" [").look(
            "timestamp",
            f"{r.randint(1, 28):02d}/Nov/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}",
        ).t("] fe_https~ be_app/app").t(str(r.randint(1, 4))).t(
            f" 0/0/{r.randint(0, 9)}/{r.randint(5, 400)}/{r.randint(5, 400)} {r.choice([200, 401, 403, 404, 429])} {r.randint(200, 9000)} - - ---- "
        )
        if r.random() < 0.5:
            p = anyone(g)
            d.t('"POST /api/v1/password-reset?email=').pii("EMAIL_ADDRESS", g.email(p.full)).t(' HTTP/2.0"\n')
        else:
            d.t('"GET /wp-login.php?ver=').look("version", g.version()).t(' HTTP/1.1"\n')
    d.t("\nAssistant: Block ")
    for i, ip in enumerate(bad_ips[:2]):
        d.pii("IP_ADDRESS", ip).t(" and " if i == 0 and len(bad_ips) > 1 else "")
    d.t(" — they hit several jails. Don't block the whole ").look("cidr", cidr(g)).t(
        " range; that is your own LAN. Rate-limit the password-reset endpoint too.\n"
    )
    return d


def t_sheets_api_json(g: Gen) -> Doc:
    r = g.r
    with_card = r.random() < 0.4
    last_row = str(r.randint(5, 60))
    d = (
        Doc()
        .t(
            "I'm calling the Sheets API from a script and want to dedupe leads by email. Request + response:\n\nGET https://sheets.googleapis.com/v4/spreadsheets/"
        )
        .look("spreadsheet_id", "1" + g.rand(43, B64URL))
        .t("/values/Leads!A1:F")
        .t(last_row)
        .t("?key=")
        .pii("API_KEY", g.token("google"))
        .t('\n\n{\n  "range": "Leads!A1:F')
        .t(last_row)
        .t('",\n  "majorDimension": "ROWS",\n  "values": [\n    ["Name", "Email", "Phone", "Company", "City", "Added"')
    )
    d.t(', "Card on file"],\n' if with_card else "],\n")
    rows = r.randint(3, 5)
    dup = None
    for i in range(rows):
        p = anyone(g) if dup is None or r.random() < 0.7 else dup
        em = g.email(p.full)
        dup = p
        d.t('    ["').pii("PERSON", p.full).t('", "').pii("EMAIL_ADDRESS", em).t('", "').pii(
            "PHONE_NUMBER", g.phone(fmt=r.choice(["intl", "e164", "intl"]))
        ).t('", "').look("brand_name", r.choice(BRAND_WORDS)).t('", "').look("city_name", r.choice(CITY_WORDS)).t(
            '", "'
        ).look("date", g.date()).t('"')
        if with_card:
            d.t(', "').pii("CREDIT_CARD", g.card()).t('"')
        d.t("]")
        d.t(",\n" if i < rows - 1 else "\n")
    d.t(
        "  ]\n}\n\nAssistant: Normalise emails to lower case and dedupe on that. Note the `Company`/`City` columns contain values like "
    ).look("city_name", r.choice(CITY_WORDS)).t(
        " that are places, not contacts. And restrict that API key to the Sheets API and your server's IP.\n"
    )
    return d


def t_maven_gradle(g: Gen) -> Doc:
    r = g.r
    devs = [anyone(g) for _ in range(r.randint(1, 3))]
    d = (
        Doc()
        .t(
            "Publishing to Maven Central fails with 401. My files (I know, secrets in plain text, will fix):\n\n~/.m2/settings.xml\n<settings>\n  <servers>\n    <server>\n      <id>ossrh</id>\n      <username>"
        )
        .look("user_name", user_handle(g, devs[0]))
        .t("</username>\n      <password>")
        .pii("API_KEY", g.password())
        .t("</password>\n    </server>\n    <server>\n      <id>github</id>\n      <username>")
        .look("gh_handle", r.choice(GH_HANDLES))
        .t("</username>\n      <password>")
        .pii("API_KEY", g.token("github"))
        .t("</password>\n    </server>\n  </servers>\n  <mirrors><mirror><id>nexus</id><url>http://")
        .pii("IP_ADDRESS", g.ip4(private=True))
        .t(":8081/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror></mirrors>\n</settings>\n\n")
    )
    d.t("gradle.properties\nsigning.keyId=").look("key_id", g.rand(8, "0123456789ABCDEF")).t("\nsigning.password=").pii(
        "API_KEY", g.passphrase()
    ).t("\nsigning.secretKeyRingFile=/home/").look("user_name", user_handle(g, devs[-1])).t(
        "/.gnupg/secring.gpg\norg.gradle.jvmargs=-Xmx2g\nkotlin.version="
    ).look("version", g.version()).t("\n\npom.xml (excerpt)\n  <version>").look(
        "version", g.version() + r.choice(["", "-SNAPSHOT"])
    ).t("</version>\n  <developers>\n")
    for p in devs:
        d.t("    <developer>\n      <name>").pii("PERSON", p.full).t("</name>\n      <email>").pii(
            "EMAIL_ADDRESS", g.email(p.full, corp=r.random() < 0.5)
        ).t("</email>\n      <organization>").look("brand_name", r.choice(["Dell", "Ford", "Tesla", "Chanel"])).t(
            " Open Source</organization>\n    </developer>\n"
        )
    d.t(
        "  </developers>\n\nAssistant: OSSRH now requires a user *token* instead of your login password; generate one in the portal. The 401 is from the `ossrh` server entry. Also, the `github` entry password is a classic PAT — revoke it. "
    ).pii("PERSON", devs[0].given).t(", consider `gpg-agent` instead of `signing.password`.\n")
    return d


def t_git_remote_leak(g: Gen) -> Doc:
    r = g.r
    p = anyone(g)
    gh, gl = g.token(r.choice(["github", "github_pat"])), g.token("gitlab")
    host = r.choice(["gitlab.company.internal", "git.acme-logistics.io", "gitlab.com"])
    d = (
        Doc()
        .t(
            "ugh I think I leaked tokens, this is my terminal. what do I rotate first?\n\n$ git remote -v\norigin\thttps://"
        )
        .look("gh_handle", r.choice(GH_HANDLES))
        .t(":")
        .pii("API_KEY", gh)
        .t("@github.com/")
        .look("gh_handle", r.choice(GH_HANDLES))
        .t("/infra.git (fetch)\norigin\thttps://")
        .look("gh_handle", r.choice(GH_HANDLES))
        .t(":")
        .pii("API_KEY", gh)
        .t("@github.com/org/infra.git (push)\n$ cat ~/.git-credentials\nhttps://oauth2:")
        .pii("API_KEY", gl)
        .t(f"@{host}\n")
    )
    if r.random() < 0.5:
        d.t("https://").look("user_name", user_handle(g, p)).t(":").pii("API_KEY", g.password()).t("@bitbucket.org\n")
    d.t("$ git config --list | grep user\nuser.name=").pii("PERSON", p.full).t("\nuser.email=").pii(
        "EMAIL_ADDRESS", g.email(p.full, corp=r.random() < 0.5)
    ).t("\nuser.signingkey=").look("key_id", g.rand(16, "0123456789ABCDEF")).t(
        "\n$ git log -1 --format=fuller\ncommit "
    ).look("git_sha", hexs(g, 40)).t("\nAuthor:     ").pii("PERSON", p.full).t(" <").pii(
        "EMAIL_ADDRESS", g.email(p.full)
    ).t(">\nAuthorDate: ").look("rfc2822", g.rfc2822()).t("\nCommit:     ").pii("PERSON", (co := anyone(g)).full).t(
        " <"
    ).pii("EMAIL_ADDRESS", g.email(co.full, corp=True)).t(">\n\n    Merge branch 'release/").look(
        "version", g.version()
    ).t("'\n\nAssistant: Rotate the GitHub token first (").look("masked_secret", gh[:4] + "…" + gh[-4:]).t(
        ") — it is in the remote URL and therefore in shell history. Then revoke the GitLab token on "
    ).t(host).t(
        ". Use a credential helper (`git config --global credential.helper osxkeychain` or `libsecret`) instead of `~/.git-credentials`.\n"
    )
    return d


def t_hoa_minutes(g: Gen) -> Doc:
    r = g.r
    board = [word_person(g) if r.random() < 0.5 else anyone(g) for _ in range(4)]
    roles = ["President", "Treasurer", "Secretary", "Member at Large"]
    mgr = anyone(g)
    d = (
        Doc()
        .t("Turn these HOA minutes into a one-paragraph summary for the newsletter:\n\n")
        .t(
            f"{r.choice(['Willow Creek', 'Cedar Ridge', 'Lakeview Terrace', 'Oak Hollow'])} Homeowners Association\nBoard Meeting Minutes — "
        )
        .look("date", g.date())
        .t("\n\nPresent: ")
    )
    for i, (p, role) in enumerate(zip(board, roles, strict=True)):
        d.pii("PERSON", p.full).t(" (").look("role_word", role).t(")").t(", " if i < 3 else "")
    d.t("; ").pii("PERSON", mgr.full).t(
        f", {r.choice(['Summit', 'Keystone', 'Harbor'])} Property Management.\n\n1. Called to order at "
    ).look("time", f"{r.randint(6, 8)}:{r.randint(0, 59):02d} pm").t(" by ").pii("PERSON", board[0].family).t(
        ". Minutes of "
    ).look("date", g.date()).t(" approved.\n2. Treasurer's report: reserve balance $").look("amount", g.amount()).t(
        ". Dues can be paid by ACH (routing "
    ).look("aba_routing", aba_routing(g)).t(", account ").look("bank_account", acct_no(g)).t(
        ").\n3. Homeowner forum: the resident at "
    ).look("house_no", str(r.randint(10, 999))).t(" ").look("street_name", r.choice(STREET_WORDS)).t(", ").pii(
        "PERSON", (h := anyone(g)).full
    ).t(", asked about the pool gate code (now ").look("gate_code", f"#{r.randint(1000, 9999)}").t("). ").pii(
        "PERSON", h.given
    ).t(" can be reached at ").pii("PHONE_NUMBER", g.phone("US", fmt=r.choice(["national", "dot", "usparen"]))).t(
        ".\n4. Motion to repave "
    ).look("street_name", r.choice(STREET_WORDS)).t(": moved by ").pii("PERSON", board[1].family).t(
        ", seconded by "
    ).pii("PERSON", board[2].family).t(f"; passed {r.randint(3, 4)}-{r.randint(0, 1)}. Lot ").look(
        "parcel_no", f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(100, 999)}"
    ).t(" variance tabled.\n5. Adjourned ").look("time", f"{r.randint(8, 9)}:{r.randint(0, 59):02d} pm").t(
        ". Next meeting at "
    ).look("named_place", r.choice(NAMED_PLACES)).t(".\n\nQuestions: ").pii("PERSON", mgr.full).t(", ").pii(
        "EMAIL_ADDRESS", g.email(mgr.full, corp=True)
    ).t(", ").pii("PHONE_NUMBER", g.phone("US")).t("\n")
    return d


def t_race_signup_form(g: Gen) -> Doc:
    r = g.r
    reg = r.choice(["GB", "IE", "AU", "NZ", "CA", "ZA", "US", "NL"])
    d = (
        Doc()
        .t("Here are the Google Form responses for the ")
        .t(r.choice(["Harbour 10K", "Parkland Half Marathon", "Dawn Charity 5K", "Hill & Dale Trail Run"]))
        .t(". Which runners haven't paid, and who is missing an emergency contact?\n\n")
    )
    d.t("Timestamp\tFull name\tEmail\tMobile\tDate of birth\tEmergency contact\tEmergency phone\tT-shirt\tPaid\tBib\n")
    for _ in range(r.randint(3, 6)):
        p = anyone(g)
        d.look(
            "timestamp",
            f"{r.randint(1, 28):02d}/{r.randint(1, 11):02d}/2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        ).t("\t").pii("PERSON", p.full.lower() if r.random() < 0.15 else p.full).t("\t").pii(
            "EMAIL_ADDRESS", g.email(p.full)
        ).t("\t").pii("PHONE_NUMBER", g.phone(reg, fmt=r.choice(["national", "intl", "e164"]))).t("\t").look(
            "date", f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1950, 2008)}"
        ).t("\t")
        if r.random() < 0.8:
            e = word_person(g) if r.random() < 0.4 else anyone(g)
            d.pii("PERSON", e.full).t(f" ({r.choice(['wife', 'husband', 'mum', 'dad', 'partner', 'sister'])})\t").pii(
                "PHONE_NUMBER", g.phone(reg)
            )
        else:
            d.t("n/a\t")
        d.t(f"\t{r.choice(['XS', 'S', 'M', 'L', 'XL'])}\t{r.choice(['Yes', 'Yes', 'No'])}\t").look(
            "bib_no", str(r.randint(100, 2999))
        ).t("\n")
    d.t(
        "\nAssistant: Unpaid entries are the rows marked `No`; I'd email them with the payment link. The 'Bib' column is the race number, not a phone or ID — keep it. Finishers' chip ids such as "
    ).look("chip_id", g.rand(8, "0123456789ABCDEF")).t(" are assigned on the day.\n")
    return d


def t_event_ticket(g: Gen) -> Doc:
    r = g.r
    buyer, friend = anyone(g), anyone(g)
    act = r.choice(
        [
            "Florence + the Machine",
            "Arctic Monkeys",
            "Coldplay",
            "Twenty One Pilots",
            "Imagine Dragons",
            "The Killers",
            "Mumford & Sons",
        ]
    )
    d = Doc().t(
        "User: can you help me write to support? I need to transfer one of these tickets to my friend. The confirmation:\n\n"
    )
    d.t("Your tickets for ").look("act_name", act).t(
        f" — {r.choice(['O2 Arena', 'Ziggo Dome', 'Madison Square Garden', 'Rod Laver Arena', 'Palau Sant Jordi'])}\n"
    ).look("date", g.date()).t(" · doors ").look("time", hhmm(g)).t("\nOrder number: ").look(
        "order_luhn", g.luhn_id(r.choice([10, 12]))
    ).t("\nPurchased by: ").pii("PERSON", buyer.full).t(" (").pii("EMAIL_ADDRESS", g.email(buyer.full)).t(")\n")
    for i in range(r.randint(1, 3)):
        d.t(
            f"Ticket {i + 1}: Sec {r.randint(100, 330)} Row {r.choice('ABCDEFGHJK')} Seat {r.randint(1, 40)} — barcode "
        ).look("ticket_luhn", g.luhn_id(16)).t("\n")
    d.t("Paid with ").t(r.choice(["Visa", "Mastercard", "Amex"])).t(" ending ").look("last4", last4(g)).t(
        " · total "
    ).look("amount", g.amount()).t("\n\n")
    d.t("My friend is ").pii("PERSON", friend.full).t(", email ").pii("EMAIL_ADDRESS", g.email(friend.full)).t(
        ", phone "
    ).pii("PHONE_NUMBER", g.phone()).t(".")
    if r.random() < 0.6:
        d.t(" I was charged twice on my card ").pii("CREDIT_CARD", g.card()).t(" btw.")
    if r.random() < 0.6:
        d.t(" The gift card I tried first (").look("card_bad", card_shaped_bad(g)).t(") was declined.")
    d.t("\n\nAssistant: Here's a draft:\n> Hello, I'd like to transfer ticket 1 of my order to ").pii(
        "PERSON", friend.full
    ).t(" (").pii("EMAIL_ADDRESS", g.email(friend.full)).t("). Thanks, ").pii("PERSON", buyer.given).t(
        "\nDon't share the barcodes publicly — anyone can scan them. And note "
    ).look("act_name", act).t(" is the act, not a ticket holder.\n")
    return d


def t_tax_1040_chat(g: Gen) -> Doc:
    r = g.r
    me, sp = anyone(g), anyone(g)
    d = Doc().t(
        "I'm filling in my 1040 and got confused by the header. Can you check this looks right before I e-file?\n\n"
    )
    d.t("Form 1040  U.S. Individual Income Tax Return  2025\nYour first name and middle initial: ").pii(
        "PERSON", me.given
    ).t("    Last name: ").pii("PERSON", me.family).t("    Your social security number: ").pii(
        "US_SSN", g.ssn(r.choice(["-", "-", " "]))
    ).t("\nIf joint return, spouse's first name: ").pii("PERSON", sp.given).t("    Last name: ").pii(
        "PERSON", sp.family
    ).t("    Spouse's SSN: ")
    itin = r.random() < 0.3
    if itin:
        d.look("itin", f"9{r.randint(0, 99):02d}-{r.choice([70, 75, 78, 83, 88, 92])}-{r.randint(1000, 9999)}")
    else:
        d.pii("US_SSN", g.ssn())
    d.t("\nHome address: ").look("house_no", str(r.randint(10, 9999))).t(" ").look(
        "street_name", r.choice(STREET_WORDS)
    ).t(", ").look(
        "city_name",
        (
            cs := r.choice(
                [
                    ("Austin", "TX"),
                    ("Madison", "WI"),
                    ("Jackson", "MS"),
                    ("Charlotte", "NC"),
                    ("Eugene", "OR"),
                    ("Lafayette", "LA"),
                ]
            )
        )[0],
    ).t(f", {cs[1]} ").look("zip", str(r.randint(10000, 99999))).t("\nDependents: (1) ").pii(
        "PERSON", (k := person(g)).full
    ).t("  SSN ").pii("US_SSN", g.ssn()).t("  Relationship: son\n")
    if r.random() < 0.5:
        d.t("                (2) ").pii("PERSON", person(g).full).t("  SSN ").pii("US_SSN", g.ssn()).t(
            "  Relationship: daughter\n"
        )
    bad = bad_ssn(g) if r.random() < 0.5 else ""
    if bad:
        d.t("Prior-year spouse SSN (typo on old return): ").look("ssn_invalid", bad).t("\n")
    d.t("Refund — direct deposit:  Routing number ").look("aba_routing", aba_routing(g)).t(
        "   Type: Checking   Account number "
    ).look("bank_account", acct_no(g)).t("\nPaid preparer: ").pii("PERSON", (pp := anyone(g)).full).t("   PTIN ").look(
        "ptin", f"P{r.randint(10**7, 10**8 - 1)}"
    ).t("   Firm's EIN ").look("ein", g.ein()).t("   Phone no. ").pii(
        "PHONE_NUMBER", g.phone("US", fmt=r.choice(["usparen", "national", "dash"]))
    ).t("\n\nAssistant: It looks consistent. ")
    if bad:
        d.t("The old-return number ").look("ssn_invalid", bad).t(
            " can't be valid (SSA never issues it), so ignore it. "
        )
    if itin:
        d.t("Your spouse's number starts with 9, so it's an ITIN, not an SSN — that's fine for a joint return. ")
    d.t("Double-check ").pii("PERSON", k.given).t(
        "'s SSN against the card, and confirm the routing number with your bank rather than a cheque (it's 9 digits, like an SSN, but it identifies the bank). "
    ).pii("PERSON", pp.family).t(" must sign as preparer.\n")
    return d


def t_otel_span(g: Gen) -> Doc:
    r = g.r
    p = anyone(g)
    tok_kind = r.choice(["jwt", "openai", "stripe", "github", "hf"])
    if tok_kind == "jwt":
        tok = jwt(g, {"sub": g.uuid(), "email": g.email(p.full), "iat": epoch_s(g)})
    else:
        tok = g.token(tok_kind)
    d = (
        Doc()
        .t(
            'This span from our OpenTelemetry collector has PII in it — which attributes should the redaction processor drop?\n\n{\n  "traceId": "'
        )
        .look("trace_id", hexs(g, 32))
        .t('",\n  "spanId": "')
        .look("span_id", hexs(g, 16))
        .t('",\n  "parentSpanId": "')
        .look("span_id", hexs(g, 16))
        .t('",\n  "name": "POST /v2/checkout",\n  "startTimeUnixNano": "')
        .look("epoch_ns", str(epoch_s(g) * 10**9 + r.randint(0, 10**9 - 1)))
        .t('",\n  "attributes": {\n    "http.request.method": "POST",\n    "client.address": "')
        .pii("IP_ADDRESS", g.ip4(private=False) if r.random() < 0.6 else g.ip6())
        .t('",\n    "enduser.id": "')
        .pii("EMAIL_ADDRESS", g.email(p.full))
        .t('",\n    "http.request.header.authorization": ["Bearer ')
        .pii("API_KEY", tok)
        .t('"],\n    "user_agent.original": "Mozilla/5.0 (Macintosh) Chrome/')
        .look("version", g.version(4))
        .t('",\n    "db.statement": "SELECT id FROM customers WHERE phone = \'')
        .pii("PHONE_NUMBER", g.phone(fmt="e164"))
        .t('\'",\n    "app.customer.name": "')
        .pii("PERSON", p.full)
        .t('",\n')
    )
    roll = r.random()
    if roll < 0.55:
        d.t('    "app.payment.pan": "').pii("CREDIT_CARD", g.card(sep="")).t('",\n')
    elif roll < 0.85:
        d.t('    "app.kyc.ssn": "').pii("US_SSN", g.ssn()).t('",\n')
    d.t('    "app.order.id": "').look("order_luhn", g.luhn_id(16)).t(
        '"\n  },\n  "resource": { "service.name": "checkout", "service.version": "'
    ).look("version", g.version()).t('", "host.ip": "').pii("IP_ADDRESS", g.ip4(private=True)).t(
        '", "k8s.pod.uid": "'
    ).look("uuid", g.uuid()).t(
        '" }\n}\n\nAssistant: Drop or hash `client.address`, `enduser.id`, `db.statement` parameters and `app.customer.name`, and never record the `authorization` header. `traceId`, `spanId`, `app.order.id` and the pod uid are identifiers, not personal data.\n'
    )
    return d


def t_ssh_config(g: Gen) -> Doc:
    r = g.r
    owner = anyone(g)
    hosts = [
        (
            r.choice(["bastion", "db-primary", "build-01", "nas", "pi-hole", "gpu-box"]),
            g.ip4(private=r.random() < 0.5) if r.random() < 0.6 else g.ip6(),
        )
        for _ in range(r.randint(2, 4))
    ]
    d = (
        Doc()
        .t(
            "`ssh gpu-box` hangs after 'Authenticated'. my config + known_hosts + verbose output:\n\n# ~/.ssh/config — maintained by "
        )
        .pii("PERSON", owner.full)
        .t(" <")
        .pii("EMAIL_ADDRESS", g.email(owner.full, corp=True))
        .t(">\n")
    )
    for name, ip in hosts:
        d.t(f"Host {name}\n  HostName ").pii("IP_ADDRESS", ip).t("\n  User ").look(
            "user_name", user_handle(g, anyone(g))
        ).t("\n  Port ").look("port", str(r.choice([22, 2222, 22022]))).t(
            f"\n  IdentityFile ~/.ssh/id_ed25519_{name}\n"
        )
    d.t("\n# ~/.ssh/known_hosts\n")
    for _name, ip in hosts[:2]:
        d.pii("IP_ADDRESS", ip).t(" ssh-ed25519 ").look("public_key", ssh_pubkey(g)).t("\n")
    name, ip = hosts[-1]
    d.t("\n$ ssh -v ").t(name).t("\ndebug1: Connecting to ").pii("IP_ADDRESS", ip).t(
        " port 22.\ndebug1: Remote protocol version 2.0, remote software version OpenSSH_"
    ).look("version", f"{r.randint(8, 9)}.{r.randint(0, 9)}p1").t("\ndebug1: Server host key: ssh-ed25519 ").look(
        "host_fingerprint", host_fp(g)
    ).t("\ndebug1: Authenticated to ").pii("IP_ADDRESS", ip).t(
        ' using "publickey".\ndebug1: pledge: network\n\nAssistant: Authentication works; the hang comes after, usually MTU or a stuck `RemoteCommand`. Try `ssh -o IPQoS=none '
    ).t(name).t("`. The host keys and fingerprints you pasted are public, nothing to rotate.\n")
    return d


def t_translation_request(g: Gen) -> Doc:
    r = g.r
    lang = r.choice(["es", "pt", "it"])
    loc = {"es": r.choice(["es_ES", "es_ES", "es_MX", "es_AR"]), "pt": r.choice(["pt_BR", "pt_PT"]), "it": "it_IT"}[
        lang
    ]
    landlord, me = person(g, loc), anyone(g)
    iban_c = {"es": "ES", "pt": "PT", "it": "IT"}[lang] if loc not in {"es_MX", "es_AR", "pt_BR"} else ""
    reg = {"es_ES": "ES", "es_MX": "MX", "es_AR": "AR", "pt_BR": "BR", "pt_PT": "PT", "it_IT": "IT"}[loc]
    phone = g.phone(reg, fmt=r.choice(["intl", "national"]))
    email = g.email(landlord.full)
    iban = g.iban(iban_c) if iban_c else ""
    street = {
        "es": r.choice(["Calle de Alcalá", "Avenida de Cervantes", "Calle Goya"]),
        "pt": r.choice(["Rua Augusta", "Avenida Paulista", "Rua Dom Pedro II"]),
        "it": r.choice(["Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante"]),
    }[lang]
    idv = {"es": es_dni, "pt": br_cpf, "it": it_codice_fiscale}[lang](g)
    idk = {"es": "dni", "pt": "cpf", "it": "codice_fiscale"}[lang]
    if loc in {"es_MX", "es_AR"}:
        idv = ""  # the Spanish DNI is only quoted by landlords in Spain
    d = Doc().t("User: Please translate this message from my landlord into English:\n\n")
    if lang == "es":
        d.t("Hola ").pii("PERSON", me.given).t(":\nTe escribo por la fianza del piso de ").look(
            "street_name", street
        ).t(", ").look("house_no", str(r.randint(1, 200))).t(". ")
        if iban:
            d.t("Por favor, haz la transferencia a mi cuenta ").pii("IBAN_CODE", iban).t(" antes del ").look(
                "date", g.date()
            ).t(". ")
        if idv:
            d.t("Mi DNI es ").look(idk, idv).t(" por si lo necesitas para el contrato. ")
        d.t("Cualquier cosa, llámame al ").pii("PHONE_NUMBER", phone).t(" o escríbeme a ").pii(
            "EMAIL_ADDRESS", email
        ).t(".\nUn saludo,\n").pii("PERSON", landlord.full).t("\n\n")
    elif lang == "pt":
        d.t("Olá ").pii("PERSON", me.given).t(",\nSobre o depósito do apartamento na ").look("street_name", street).t(
            ", "
        ).look("house_no", str(r.randint(1, 2000))).t(": ")
        if iban:
            d.t("por favor transfira para o IBAN ").pii("IBAN_CODE", iban).t(" até ").look("date", g.date()).t(". ")
        else:
            d.t("pode fazer o Pix para o meu CPF ").look(idk, idv).t(". ")
        idv = ""  # the assistant does not repeat the CPF
        d.t("Qualquer dúvida, ligue para ").pii("PHONE_NUMBER", phone).t(" ou mande e-mail para ").pii(
            "EMAIL_ADDRESS", email
        ).t(".\nAbraço,\n").pii("PERSON", landlord.full).t("\n\n")
    else:
        d.t("Gentile ").pii("PERSON", me.full).t(",\nle scrivo per il deposito cauzionale dell'appartamento in ").look(
            "street_name", street
        ).t(" ").look("house_no", str(r.randint(1, 200))).t(". La prego di effettuare il bonifico sull'IBAN ").pii(
            "IBAN_CODE", iban
        ).t(" entro il ").look("date", g.date()).t(". Il mio codice fiscale è ").look(idk, idv).t(
            ". Per qualsiasi cosa mi chiami al "
        ).pii("PHONE_NUMBER", phone).t(" o scriva a ").pii("EMAIL_ADDRESS", email).t(
            ".\nCordiali saluti,\nSig. " if r.random() < 0.5 else ".\nCordiali saluti,\n"
        ).pii("PERSON", landlord.full).t("\n\n")
    d.t("Assistant: Here's the translation:\n\n\"Hello ").pii("PERSON", me.given).t(
        ", I'm writing about the deposit for the flat on "
    ).look("street_name", street).t(". ")
    if iban:
        d.t("Please transfer it to my account ").pii("IBAN_CODE", iban).t(" by the date mentioned. ")
    if idv:
        d.t("My ID number (").look(idk, idv).t(") is there in case you need it for the contract. ")
    d.t("If you have questions, call me on ").pii("PHONE_NUMBER", phone).t(" or write to ").pii(
        "EMAIL_ADDRESS", email
    ).t(". Regards, ").pii("PERSON", landlord.full).t('"\n')
    return d


def t_invoice_pl_nl(g: Gen) -> Doc:
    r = g.r
    d = Doc().t("Sprawdź proszę / kun je checken of deze factuur klopt? (pasted from PDF)\n\n")
    if r.random() < 0.5:
        seller, buyer, issuer = person(g, "pl_PL"), anyone(g), person(g, "pl_PL")
        d.t("FAKTURA VAT nr ").look(
            "invoice_no", f"FV/{r.randint(2025, 2026)}/{r.randint(1, 12):02d}/{r.randint(1, 999):04d}"
        ).t("\nData wystawienia: ").look("date", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026").t(
            "\n\nSprzedawca: "
        ).pii("PERSON", seller.full).t(
            f" {r.choice(['Usługi IT', 'Transport', 'Remonty', 'Biuro Rachunkowe'])}\nul. "
        ).look("street_name", r.choice(["Marszałkowska", "Piotrkowska", "Jana Pawła II", "Mickiewicza"])).t(" ").look(
            "house_no", str(r.randint(1, 200))
        ).t(", ").look("postcode", f"{r.randint(0, 99):02d}-{r.randint(0, 999):03d}").t(
            f" {r.choice(['Warszawa', 'Łódź', 'Kraków', 'Gdańsk'])}\nNIP: "
        ).look("nip", pl_nip(g)).t("   REGON: ").look("regon", pl_regon(g)).t("\nTel.: ").pii(
            "PHONE_NUMBER", g.phone("PL", fmt=r.choice(["intl", "national"]))
        ).t("   e-mail: ").pii("EMAIL_ADDRESS", g.email(seller.full)).t("\n\nNabywca: ").pii("PERSON", buyer.full).t(
            "\nNIP: "
        ).look("nip", pl_nip(g)).t("\n\nLp. Nazwa                      Ilość  Cena netto  VAT   Brutto\n 1  ").t(
            r.choice(["Usługa wdrożeniowa", "Transport palet", "Konsultacja"])
        ).t(f"   {r.randint(1, 20)}   ").look("amount", g.amount(eu=True)).t("  23%   ").look(
            "amount", g.amount(eu=True)
        ).t("\n\nForma płatności: przelew, termin ").look(
            "date", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2026"
        ).t("\nNumer konta: ").pii("IBAN_CODE", g.iban("PL")).t("\nWystawił(a): ").pii("PERSON", issuer.full).t("\n")
    else:
        seller, buyer = person(g, "nl_NL"), anyone(g)
        d.t("FACTUUR ").look("invoice_no", f"{r.randint(2025, 2026)}-{r.randint(1, 999):04d}").t(
            "\nFactuurdatum: "
        ).look("date", f"{r.randint(1, 28)}-{r.randint(1, 12)}-2026").t("\n\n").pii("PERSON", seller.full).t(
            f" {r.choice(['Klussenbedrijf', 'Webdesign', 'Schilderwerken', 'Fotografie'])}\n"
        ).look("street_name", r.choice(["Prinsengracht", "Willem de Zwijgerlaan", "Van Goghstraat", "Oranjestraat"])).t(
            " "
        ).look("house_no", str(r.randint(1, 300))).t(", ").look(
            "postcode", f"{r.randint(1000, 9999)} {g.rand(2, string.ascii_uppercase)}"
        ).t(f" {r.choice(['Utrecht', 'Haarlem', 'Zwolle', 'Delft'])}\nKvK: ").look(
            "kvk", str(r.randint(10**7, 10**8 - 1))
        ).t("   BTW-id: ").look("vat_id", f"NL{r.randint(10**8, 10**9 - 1)}B{r.randint(1, 99):02d}").t("\nTel: ").pii(
            "PHONE_NUMBER", g.phone("NL", fmt=r.choice(["intl", "national", "paren0"]))
        ).t("   ").pii("EMAIL_ADDRESS", g.email(seller.full)).t("\n\nAan: ").pii("PERSON", buyer.full).t(
            "\nt.a.v. "
        ).pii("PERSON", anyone(g).full).t("\n\nOmschrijving                     Bedrag\n").t(
            r.choice(["Fotoshoot bruiloft", "Website onderhoud", "Schilderwerk gevel"])
        ).t("              € ").look("amount", g.amount(eu=True)).t("\nBTW 21%                          € ").look(
            "amount", g.amount(eu=True)
        ).t("\n\nGraag binnen 14 dagen overmaken op ").pii("IBAN_CODE", g.iban("NL")).t(" o.v.v. het factuurnummer.\n")
    d.t(
        "\nAssistant: The layout is fine. The tax ids (NIP/REGON/KvK/BTW) are business registration numbers, not bank details; the IBAN is the only payment field.\n"
    )
    return d


def t_asia_staff_list(g: Gen) -> Doc:
    r = g.r
    d = Doc().t(
        "Merge these two staff contact lists (Hanoi and Seoul offices) into one CSV with columns name,phone,email:\n\n"
    )
    d.t("DANH SÁCH NHÂN VIÊN — Văn phòng Hà Nội (cập nhật ").look(
        "date", f"{r.randint(1, 28):02d}/{r.randint(1, 11):02d}/2026"
    ).t(")\nSTT | Họ và tên | Điện thoại | Email | Số CCCD\n")
    vis = [vi_person(g) for _ in range(r.randint(2, 4))]
    for i, p in enumerate(vis):
        d.t(f"{i + 1} | ").pii("PERSON", p.full).t(" | ").pii(
            "PHONE_NUMBER", g.phone("VN", fmt=r.choice(["national", "intl"]))
        ).t(" | ").pii("EMAIL_ADDRESS", g.email(p.given + " " + p.family, corp=True)).t(" | ").look(
            "national_id", "0" + "".join(r.choice(string.digits) for _ in range(11))
        ).t("\n")
    d.t("Người lập: chị ").pii("PERSON", vis[0].given).t(
        "\n\n직원 연락처 — 서울 사무소\n이름 | 휴대폰 | 이메일 | 사번\n"
    )
    kos = [native(g, "ko_KR") for _ in range(r.randint(2, 4))]
    for p in kos:
        d.pii("PERSON", p.full).t(" | ").pii(
            "PHONE_NUMBER", g.phone("KR", fmt=r.choice(["national", "national", "intl"]))
        ).t(" | ").pii("EMAIL_ADDRESS", g.email(corp=True)).t(" | ").look(
            "employee_no", f"S{r.randint(2010, 2026)}{r.randint(100, 999)}"
        ).t("\n")
    d.t("작성자: ").pii("PERSON", kos[-1].full).t(
        " 님\n\nAssistant: Here is the merged CSV (the Vietnamese citizen-id column and Korean employee numbers are left out as you asked only for contact fields):\nname,phone,email\n"
    )
    d.pii("PERSON", vis[0].full).t(",…\n").pii("PERSON", kos[0].full).t(",…\n")
    return d


def t_library_notice(g: Gen) -> Doc:
    r = g.r
    p, lib = anyone(g), anyone(g)
    branch = r.choice(["Carnegie Branch", "Jefferson Library", "Lincoln Branch", "Franklin Branch"])
    d = (
        Doc()
        .t("I got this overdue notice — can you tell me the total I owe and whether I can renew online?\n\n")
        .t(f"{r.choice(['Riverside', 'Mapleton', 'Harbour City', 'Eastfield'])} Public Library — ")
        .look("named_place", branch)
        .t("\nOVERDUE NOTICE  ")
        .look("date", g.date())
        .t("\n\nPatron: ")
        .pii("PERSON", p.full)
        .t("\nLibrary card: ")
        .look("patron_luhn", g.luhn_id(14, "2"))
        .t("\nPhone on file: ")
        .pii("PHONE_NUMBER", g.phone(r.choice(["US", "CA", "GB", "AU"]), fmt=r.choice(["national", "intl"])))
        .t("\nEmail: ")
        .pii("EMAIL_ADDRESS", g.email(p.full))
        .t("\n\nItem                                   ISBN                Due         Fine\n")
    )
    for _ in range(r.randint(2, 4)):
        d.t(
            f"{r.choice(['The Overstory', 'Educated', 'Pachinko', 'Klara and the Sun', 'Circe', 'The Midnight Library']):<38} "
        ).look("isbn", g.isbn13()).t("   ").look("date", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/2026").t(
            "  $"
        ).look("amount", f"{r.randint(0, 20)}.{r.choice(['00', '25', '50', '75'])}").t("\n")
    d.t("Item barcode(s): ").look("item_barcode", g.luhn_id(14, "3")).t("\n\nRenew at the kiosk or call ").pii(
        "PHONE_NUMBER", g.phone("US", fmt="national")
    ).t(". Your librarian, ").pii("PERSON", lib.full).t(
        "\n\nAssistant: Add up the Fine column. The 14-digit card number is your library card, not a bank card; you can renew online with it and your PIN unless an item has a hold. "
    ).pii("PERSON", lib.given).t(" at the ").look("named_place", branch).t(" can waive first-time fines.\n")
    return d


def t_crypto_exchange_support(g: Gen) -> Doc:
    r = g.r
    p, agent = anyone(g), anyone(g)
    ex = r.choice(["Binance", "Kraken", "Bitvavo", "OKX", "Coinbase"])
    d = (
        Doc()
        .t(
            f"User: someone withdrew from my {ex} account through the API. here is what I set up, what happened?\n\nAPI Key: "
        )
        .pii("API_KEY", g.rand(64, ALNUM))
        .t("\nSecret Key: ")
        .pii(
            "API_KEY",
            g.rand(64, ALNUM)
            if r.random() < 0.5
            else base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode(),
        )
        .t("\nIP access: ")
    )
    if r.random() < 0.5:
        d.t("Unrestricted\n")
    else:
        d.pii("IP_ADDRESS", g.ip4(private=False)).t(", ").pii("IP_ADDRESS", g.ip6("global")).t("\n")
    d.t("Permissions: Enable Reading, Enable Spot Trading, Enable Withdrawals\n\nWithdrawal history:\n")
    for _ in range(r.randint(1, 3)):
        d.look("timestamp", g.iso_ts()).t(f"  {r.choice(['BTC', 'ETH', 'USDT'])}  ").look(
            "amount", f"{r.randint(0, 9)}.{r.randint(10**5, 10**6 - 1)}"
        ).t("  to ").look(*r.choice([("btc_address", btc_address(g)), ("eth_address", eth_address(g))])).t(
            "  TxID "
        ).look("tx_hash", hexs(g, 64)).t("\n")
    d.t("Login from ").pii("IP_ADDRESS", g.ip4(private=False)).t(" (").look("city_name", r.choice(CITY_WORDS)).t(
        ")\nAccount: "
    ).pii("EMAIL_ADDRESS", g.email(p.full)).t(" · UID ").look("account_uid", str(r.randint(10**7, 10**9))).t(
        " · phone "
    ).pii("PHONE_NUMBER", g.phone()).t("\n")
    if r.random() < 0.7:
        d.t("Linked card: ").pii("CREDIT_CARD", g.card()).t(" (exp ").look(
            "expiry", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"
        ).t(")\n")
    if r.random() < 0.5:
        d.t("KYC: SSN ").pii("US_SSN", g.ssn()).t(" verified ").look("date", g.date()).t("\n")
    d.t("\nSupport reply from ").pii("PERSON", agent.full).t(f" ({ex} Support): Dear ").pii("PERSON", p.given).t(
        ", case "
    ).look("case_no", f"#{r.randint(10**6, 10**7 - 1)}").t(
        " has been opened.\n\nAssistant: The key had withdrawals enabled and no IP restriction (or an allow-list that included the attacker), so whoever obtained the secret could withdraw. Delete both keys now. Wallet addresses and TxIDs are public on-chain identifiers, safe to share with support.\n"
    )
    return d


def t_home_assistant_secrets(g: Gen) -> Doc:
    r = g.r
    people = [anyone(g) for _ in range(r.randint(1, 3))]
    lat, lon = r.uniform(35, 60), r.uniform(-10, 30)
    d = (
        Doc()
        .t(
            "Home Assistant won't load my MQTT integration after the update. Here's secrets.yaml and the config:\n\n# secrets.yaml\nhome_latitude: "
        )
        .look("coordinate", f"{lat:.6f}")
        .t("\nhome_longitude: ")
        .look("coordinate", f"{lon:.6f}")
        .t('\nwifi_password: "')
        .pii("API_KEY", g.password())
        .t('"\nmqtt_user: ')
        .look("user_name", r.choice(["mqtt", "homeassistant", "zigbee2mqtt"]))
        .t("\nmqtt_password: ")
        .pii("API_KEY", g.password())
        .t('\ntelegram_bot_token: "')
        .pii("API_KEY", telegram_token(g))
        .t('"\ngoogle_maps_key: ')
        .pii("API_KEY", g.token("google"))
        .t("\nrouter_ip: ")
        .pii("IP_ADDRESS", g.ip4(private=True))
        .t('\nnotify_phone: "')
        .pii("PHONE_NUMBER", g.phone(r.choice(["NL", "DE", "GB", "SE", "FR", "IT"]), fmt="e164"))
        .t('"\n\n# configuration.yaml\nhomeassistant:\n  name: Home\n  latitude: ')
        .look("secret_ref", "!secret home_latitude")
        .t("\n  longitude: ")
        .look("secret_ref", "!secret home_longitude")
        .t("\nmqtt:\n  broker: ")
        .pii("IP_ADDRESS", g.ip4(private=True))
        .t("\n  password: ")
        .look("secret_ref", "!secret mqtt_password")
        .t("\nperson:\n")
    )
    for p in people:
        d.t("  - name: ").pii("PERSON", p.given).t("\n    id: ").look(
            "user_name", ascii_fold(p.given).lower().replace(" ", "_").replace(".", "").replace("'", "") or "user"
        ).t("\n    device_trackers: [device_tracker.").look("device_id", g.rand(12, "0123456789abcdef")).t("]\n")
    d.t(f"light:\n  - platform: {r.choice(['hue', 'lifx'])}  # bridge MAC ").look("mac", g.mac()).t(", firmware ").look(
        "version", g.version(4)
    ).t("\nmedia_player:\n  - platform: ").look("product_name", r.choice(["Sonos", "Alexa", "Nest"]).lower()).t(
        "\n\nAssistant: Since 2022.12 MQTT must be set up in the UI; remove the `mqtt:` block. Don't post secrets.yaml publicly — change the Wi-Fi and MQTT passwords and revoke the Telegram bot token via BotFather.\n"
    )
    return d


def t_jwt_decode_chat(g: Gen) -> Doc:
    r = g.r
    p = anyone(g)
    em = g.email(p.full, corp=r.random() < 0.5)
    sub, iat = g.uuid(), epoch_s(g)
    claims: dict[str, object] = {
        "sub": sub,
        "name": p.full,
        "email": em,
        "iat": iat,
        "exp": iat + 3600,
        "iss": r.choice(["https://auth.example-app.io/", "https://login.microsoftonline.com/tenant/v2.0"]),
    }
    tok = jwt(g, claims)
    d = (
        Doc()
        .t("Why does our API return 401 invalid_token for this? Token from the frontend:\n\nAuthorization: Bearer ")
        .pii("API_KEY", tok)
        .t('\n\nAssistant: Decoding (without verifying) gives:\n\npayload = {\n  "sub": "')
        .look("uuid", sub)
        .t('",\n  "name": "')
        .pii("PERSON", p.full)
        .t('",\n  "email": "')
        .pii("EMAIL_ADDRESS", em)
        .t('",\n  "iat": ')
        .look("epoch", str(iat))
        .t(',\n  "exp": ')
        .look("epoch", str(iat + 3600))
        .t("\n}\n\nThe token expired one hour after issue (`exp` ")
        .look("epoch", str(iat + 3600))
        .t(" = ")
        .look("timestamp", datetime.fromtimestamp(iat + 3600, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        .t("), so the 401 is expected; refresh it. Also note you pasted a live token for ")
        .pii("PERSON", p.given)
        .t(" — treat it as compromised until it expires. Your API logs show the request came from ")
        .pii("IP_ADDRESS", g.ip4(private=False) if r.random() < 0.6 else g.ip6())
        .t(".\n")
    )
    return d


def t_forum_scam_post(g: Gen) -> Doc:
    r = g.r
    scammer, me = anyone(g), anyone(g)
    d = (
        Doc()
        .t("Summarise this Reddit thread for me and tell me if the OP did anything wrong:\n\nr/Scams · Posted by u/")
        .look(
            "reddit_user",
            r.choice(["throwaway_scam123", "confused_grandma", "sk8rboi_22", "not_a_bot_77", "pixel_pusher"]),
        )
        .t(" · ")
        .look("duration", f"{r.randint(2, 23)}h")
        .t("\nGot a text claiming to be from my bank, then a call. Is this a scam??\n\nThe text came from ")
        .pii(
            "PHONE_NUMBER",
            g.phone(r.choice(["US", "GB", "CA", "AU", "IN", "PH"]), fmt=r.choice(["intl", "national", "e164"])),
        )
        .t(":\n> ")
        .look("brand_name", r.choice(["USPS", "Royal Mail", "DHL", "Chase", "HSBC"]))
        .t(": your parcel ")
        .look(
            "tracking", r.choice([g.ups(), f"LX{r.randint(10**8, 10**9 - 1)}US", f"RR{r.randint(10**8, 10**9 - 1)}GB"])
        )
        .t(" is on hold. Pay the fee at hxxps://redeliv-help[.]top/")
        .look("url_token", g.rand(6))
        .t("\n\nThen a guy called saying his name was ")
        .pii("PERSON", scammer.full)
        .t(" from the fraud team and asked me to read out my card number and the code. I gave him the card (")
    )
    if r.random() < 0.7:
        d.pii("CREDIT_CARD", g.card()).t(", I know, I know)")
    else:
        d.t("ending ").look("last4", last4(g)).t(")")
    d.t(" and my SSN ").pii("US_SSN", g.ssn()).t(" before I realised. He emailed from ").pii(
        "EMAIL_ADDRESS", g.email(scammer.full)
    ).t(".\n\n▲ ").look("vote_count", str(r.randint(5, 900))).t("  u/").look(
        "reddit_user", r.choice(["FraudAnalyst_", "mod_helper", "retired_teller", "sigh_not_again"])
    ).t(
        ': Call your bank on the number on the back of the card NOW and freeze your credit. Also the "Amazon" support line they give is '
    ).pii("PHONE_NUMBER", g.phone("US", fmt=r.choice(["national", "dash"]))).t(", not Amazon's.\n▲ ").look(
        "vote_count", str(r.randint(1, 300))
    ).t("  u/").look("reddit_user", r.choice(["hunter2_lol", "grant_me_karma", "rose_tinted"])).t(": ").pii(
        "PERSON", lc(me)
    ).t(' here, same thing happened to my mum with a "').pii("PERSON", anyone(g).full).t(
        '" caller last week.\n\nAssistant: The OP shared a card number and SSN with a caller — those need a card replacement and a credit freeze. Usernames in the thread are handles, not real names.\n'
    )
    return d


TEMPLATES: tuple[Callable[[Gen], Doc], ...] = (
    t_parent_teacher_thread, t_parish_newsletter, t_paper_author_block, t_bill_of_lading, t_transfer_receipt_chat,
    t_devcontainer_json, t_sip_call_log, t_fail2ban_haproxy, t_sheets_api_json, t_maven_gradle, t_git_remote_leak,
    t_hoa_minutes, t_race_signup_form, t_event_ticket, t_tax_1040_chat, t_otel_span, t_ssh_config,
    t_translation_request, t_invoice_pl_nl, t_asia_staff_list, t_library_notice, t_crypto_exchange_support,
    t_home_assistant_secrets, t_jwt_decode_chat, t_forum_scam_post,
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
        spans = sorted(doc.spans, key=lambda s: int(str(s["start"])))
        for a, b in itertools.pairwise(spans):
            assert int(str(a["end"])) <= int(str(b["start"])), (tpl.__name__, a, b)
        check_lookalikes(doc.looks)
        out.append(
            {
                "id": f"heldout12-{i + 1:04d}",
                "template": tpl.__name__,
                "text": text,
                "spans": spans,
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
            assert digits not in {"078051120", "219099999", "123456789"}, s
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
        elif kind == "PERSON":
            assert not v.startswith(("Dr. ", "Mr ", "Mrs ", "Ms ", "Mx ", "Fr. ", "Rev. ", "Sig. ", "Pastor ")), s
        else:
            assert kind == "API_KEY" and len(v) >= 8 and " " not in v, s


def check_lookalikes(looks: list[dict[str, object]]) -> None:
    """Look-alikes that carry a checksum are checked to be what their kind says."""
    for la in looks:
        v, kind = str(la["text"]), la["kind"]
        if kind in {"order_luhn", "ticket_luhn", "patron_luhn", "item_barcode"}:
            assert luhn_ok(v), la
        elif kind == "iban_bad":
            assert mod97(v[4:] + v[:4]) != 1, la
        elif kind == "itin":
            assert v.startswith("9"), la
        elif kind == "aba_routing":
            assert sum(int(c) * k for c, k in zip(v, (3, 7, 1) * 3, strict=True)) % 10 == 0, la
        elif kind == "cidr":
            ipaddress.ip_network(v, strict=False)


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
