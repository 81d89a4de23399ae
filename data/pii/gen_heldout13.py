# ruff: noqa: E501
"""Held-out v13 for the PII detector: 20 document shapes x 24 texts, written blind to the detector.

Author: a sixth independent helper (session 8).  Files read before writing: ``/work/notes/common.md``; the
"Gold annotation rules" paragraph and the held-out v8-v12 paragraphs of ``docs/pii.md`` (conventions only);
the module docstrings / template-name lists of ``data/pii/gen_heldout3.py`` ... ``gen_heldout12.py`` (only to
avoid their document shapes); the first record of ``data/pii/eval_heldout12.jsonl`` (format only);
``tests/unit/test_pii_eval_data.py``.  Nothing under ``detectors/``, ``scripts/eval_pii.py``, ``bench/``,
``data/pii/gen_person_train.py`` or ``data/pii/author_corpus.py`` was opened and the detector was never run.

Independence: no code was copied from any ``gen_heldout*.py``.  The value factory below is new: Faker (21
locales) plus hand-written given/family-name pools, own Luhn / ISO 7064 mod-97 / SSA-rule / ``ipaddress``
checks, ``phonenumbers.is_valid_number`` on every printed phone (re-parsed from the printed string), and
API keys/secrets whose formats were written from general knowledge.

Shapes (none used by v3-v12): Android logcat, iOS crash report, Etsy seller message thread, Discord
moderation (audit) log, US tenant screening report, Jupyter notebook JSON, Nomad job HCL, podcast show notes
with guest bios, wedding photography contract, CN23 customs declaration, gym membership form, Telegram
``result.json`` export, incident post-mortem (Markdown), Cloudflare firewall event JSON, Django
``settings.py``, recruiter shortlist e-mail, charity donation receipts, volunteer rota (Markdown table),
``swaks`` SMTP session, Airbnb check-in message.  Most are pasted into a chat assistant (``User:`` ...
``Assistant:``).

Gold conventions (docs/pii.md "Gold annotation rules" and v8-v12 paragraphs, plus the choices below):

* PHONE_NUMBER: from ``+``/``00``/first digit/``(`` to the last digit; extensions (``ext. 12``) outside.
  International (``+CC ...``), E.164, ``00CC`` and national formats; national formats only in the US tenant
  report and in local volunteer rotas (where the country is implied).
* IP_ADDRESS: the bare address (no port, brackets, ``/len``, ``%zone``); ``127.0.0.1``/``0.0.0.0`` are gold.
  CIDR networks are look-alikes.
* API_KEY: the secret value only (no ``KEY=``, quotes, ``Bearer``).  Cloud keys, SaaS tokens, webhook signing
  secrets, bot tokens (Discord, Telegram), JWT bearer tokens, passwords in configs/URLs
  (``scheme://user:PASSWORD@host``: only the password), Django ``SECRET_KEY``, a Wi-Fi password given in a
  message ("Wi-Fi password: ...") and a ``swaks --auth-password`` value are API_KEY.  Stripe publishable keys
  (``pk_live_``), masked secrets (``sk_live_****abcd``), ``${VAR}``/``{{ secret }}`` references and
  placeholders are look-alikes.  An AWS key pair is two spans.
* PERSON: the name without title/role/honorific (``Dr.``, ``Mr``, ``Ms.``, ``Prof.``, ``Coach``), without
  possessive ``'s``; "Given Family" is one span; lone given names or surnames that refer to a person are spans;
  CJK names written family+given without a space are one span.  User names, Discord/Telegram handles
  (``@name``), brand names, places, streets, hospitals/parks named after people, eponyms and products are
  look-alikes.  Names inside e-mail addresses are part of the EMAIL span only.
* CREDIT_CARD: Luhn-valid card numbers with a real brand prefix/length; Luhn-valid numbers labelled as
  order/receipt/member numbers are look-alikes (``order_luhn``), non-Luhn card-shaped gift-card numbers are
  ``card_bad``.
* IBAN_CODE: registry length + mod-97, printed electronic or in groups of four; bad check digits are
  ``iban_bad`` look-alikes.
* US_SSN: SSA rules (area not 000/666/9xx, group not 00, serial not 0000, no all-equal digits, not the
  well-known invalid/advertising numbers); violating numbers are ``ssn_invalid`` look-alikes; "last 4" is a
  look-alike.
* No gold span crosses a line break; look-alikes never overlap gold spans.

Generate: ``.venv/bin/python data/pii/gen_heldout13.py`` (writes ``eval_heldout13.jsonl``, prints sha256).
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import itertools
import json
import random
import string
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

SEED = 1320261123
PER_TEMPLATE = 24
OUT = Path(__file__).resolve().parent / "eval_heldout13.jsonl"

LOCALES = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "es_MX",
    "it_IT",
    "pt_BR",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "tr_TR",
    "yo_NG",
    "en_NG",
    "zu_ZA",
    "id_ID",
    "ja_JP",
    "ko_KR",
    "zh_CN",
    "cs_CZ",
    "ro_RO",
]
NO_SPACE_LOCALES = {"ja_JP", "zh_CN", "ko_KR"}
GIVEN_HAND = [
    "Aroha",
    "Tane",
    "Siobhán",
    "Oisín",
    "Ngozi",
    "Chidi",
    "Folake",
    "Kwame",
    "Abena",
    "Tendai",
    "Thandiwe",
    "Sipho",
    "Zanele",
    "Mehmet",
    "Elif",
    "Leilani",
    "Keanu",
    "Marisol",
    "Xiomara",
    "Itzel",
    "Anahí",
    "Joaquín",
    "Bjørn",
    "Astrid",
    "Sigrún",
    "Eero",
    "Aino",
    "Radek",
    "Zuzana",
    "Dragan",
    "Milica",
    "Rustam",
    "Dilnoza",
    "Aizhan",
    "Farhan",
    "Nusrat",
    "Priyanka",
    "Sanjay",
    "Lakshmi",
    "Arjun",
    "Meera",
    "Kofi",
    "Esi",
    "Nkechi",
    "Babajide",
    "Wanjiru",
    "Otieno",
    "Achieng",
    "Hamid",
    "Soraya",
    "Dariush",
    "Leyla",
    "Tamar",
    "Avi",
    "Noa",
    "Dawit",
    "Selam",
    "Ana Lucía",
    "Jean-Baptiste",
    "Marie-Claire",
    "Kealoha",
    "Moana",
    "Ieuan",
    "Cerys",
    "Rhiannon",
    "Tadhg",
    "Róisín",
    "Ailsa",
    "Hamish",
    "Lachlan",
    "Hope",
    "Faith",
    "Joy",
    "Sunny",
    "River",
    "Sky",
    "Autumn",
    "Clay",
]
FAMILY_HAND = [
    "Ngata",
    "Te Awa",
    "Ní Bhriain",
    "Ó Súilleabháin",
    "Okonkwo",
    "Adeyemi",
    "Mensah",
    "Asante",
    "Moyo",
    "Dlamini",
    "Nkosi",
    "Yılmaz",
    "Kahale",
    "Quispe",
    "Mamani",
    "Huanca",
    "Lindqvist",
    "Haugen",
    "Virtanen",
    "Korhonen",
    "Dvořák",
    "Petrović",
    "Jovanović",
    "Karimov",
    "Rahman",
    "Chowdhury",
    "Iyer",
    "Raghunathan",
    "Boateng",
    "Kariuki",
    "Odhiambo",
    "Tehrani",
    "Farahani",
    "Ben-David",
    "Mizrahi",
    "Tesfaye",
    "Gebremedhin",
    "Llewelyn",
    "MacLeòid",
    "O'Connell",
    "Van der Merwe",
    "de la Cruz",
    "dos Santos",
    "Al-Masri",
    "El Idrissi",
    "Bishop",
    "Price",
    "Fisher",
    "Sterling",
    "Marsh",
    "Brook",
    "Frost",
    "Wolfe",
]
HANDLE_WORDS = [
    "pixel",
    "maple",
    "otter",
    "nova",
    "quartz",
    "ember",
    "tundra",
    "lumen",
    "cobalt",
    "fern",
    "sprocket",
    "mango",
    "delta",
    "harbor",
    "juniper",
    "rook",
]
DOMAINS = [
    "gmail.com",
    "outlook.com",
    "proton.me",
    "yahoo.co.uk",
    "web.de",
    "orange.fr",
    "libero.it",
    "icloud.com",
    "fastmail.com",
    "gmx.at",
    "hey.com",
    "zoho.in",
    "mail.ru",
    "naver.com",
    "uol.com.br",
    "t-online.de",
]
ORG_DOMAINS = [
    "brightlane.io",
    "kestrel-labs.com",
    "northfold.co",
    "pinecrest-health.org",
    "tidewater.studio",
    "quillmark.net",
    "copperleaf.dev",
    "harvestmoon.coop",
    "bluefinch.app",
    "orbitline.eu",
]
CITIES = [
    "Austin",
    "Charlotte",
    "Victoria",
    "Adelaide",
    "Florence",
    "Eugene",
    "Augusta",
    "Jackson",
    "Lafayette",
    "Marion",
    "Savannah",
    "Chelsea",
    "Madison",
    "Beverly",
]
STREETS = [
    "Harriet Tubman Way",
    "Lincoln Avenue",
    "Rue Victor Hugo",
    "Karl-Marx-Straße",
    "Avenida Benito Juárez",
    "Nelson Mandela Boulevard",
    "Via Giuseppe Garibaldi",
    "Calle Simón Bolívar",
    "Washington Street",
    "Martin Luther King Jr Blvd",
    "Kennedy Drive",
    "Elizabeth Street",
]
NAMED_PLACES = [
    "St Thomas' Hospital",
    "Kennedy Space Center",
    "Carnegie Hall",
    "Lake Victoria",
    "Franklin Park",
    "Marie Curie Hospice",
    "Rockefeller Center",
    "Simon Fraser University",
    "Johns Hopkins Hospital",
    "Queen Elizabeth Park",
]
BRANDS = [
    "Patagonia",
    "Peloton",
    "Shopify",
    "Wendy's",
    "McDonald's",
    "Dell",
    "Ferrari",
    "Tesla",
    "Ben & Jerry's",
    "Hermès",
    "Cartier",
    "Ford",
    "Dyson",
    "Philips",
    "Siemens",
    "Porsche",
]
PRODUCTS = ["Alexa", "Siri", "Jenkins", "Cortana", "Watson", "Ollama", "Gemini", "Hugo", "Jarvis", "Bixby"]
EPONYMS = [
    "Parkinson's disease",
    "Dijkstra's algorithm",
    "the Kaplan-Meier curve",
    "a Fibonacci backoff",
    "Alzheimer's",
    "the Levenshtein distance",
    "Bayes' rule",
    "Asperger's",
]
B32 = string.ascii_uppercase + "234567"
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
PHONE_REGIONS = [
    "US",
    "GB",
    "DE",
    "FR",
    "IN",
    "BR",
    "JP",
    "AU",
    "NG",
    "KE",
    "ZA",
    "MX",
    "ES",
    "IT",
    "NL",
    "SE",
    "PL",
    "TR",
    "AE",
    "SG",
    "PH",
    "ID",
    "CA",
    "IE",
    "NZ",
    "AR",
    "CO",
    "EG",
    "PK",
    "KR",
    "CH",
    "AT",
    "BE",
    "PT",
    "CZ",
    "GR",
    "IL",
    "MA",
    "TH",
    "GH",
    "CL",
    "PE",
    "NO",
    "DK",
    "FI",
    "RO",
    "HU",
    "UA",
    "SA",
    "MY",
]
# country: (total length, BBAN layout of (kind, count)); kinds: "a" upper letters, "n" digits
IBAN_SPEC: dict[str, tuple[int, list[tuple[str, int]]]] = {
    "DE": (22, [("n", 18)]),
    "FR": (27, [("n", 23)]),
    "ES": (24, [("n", 20)]),
    "IT": (27, [("a", 1), ("n", 22)]),
    "NL": (18, [("a", 4), ("n", 10)]),
    "BE": (16, [("n", 12)]),
    "AT": (20, [("n", 16)]),
    "CH": (21, [("n", 17)]),
    "PL": (28, [("n", 24)]),
    "PT": (25, [("n", 21)]),
    "IE": (22, [("a", 4), ("n", 14)]),
    "GB": (22, [("a", 4), ("n", 14)]),
    "SE": (24, [("n", 20)]),
    "DK": (18, [("n", 14)]),
    "FI": (18, [("n", 14)]),
    "NO": (15, [("n", 11)]),
    "LU": (20, [("n", 16)]),
    "CZ": (24, [("n", 20)]),
    "GR": (27, [("n", 23)]),
    "RO": (24, [("a", 4), ("n", 16)]),
    "HU": (28, [("n", 24)]),
    "HR": (21, [("n", 17)]),
    "SI": (19, [("n", 15)]),
    "LT": (20, [("n", 16)]),
    "EE": (20, [("n", 16)]),
    "LV": (21, [("a", 4), ("n", 13)]),
    "BG": (22, [("a", 4), ("n", 14)]),
    "TR": (26, [("n", 22)]),
    "SA": (24, [("n", 20)]),
    "AE": (23, [("n", 19)]),
    "MT": (31, [("a", 4), ("n", 23)]),
}
SEPA = sorted(set(IBAN_SPEC) - {"TR", "SA", "AE"})
BANK_LETTERS = {
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB"],
    "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MONZ"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "RO": ["BTRL", "RNCB", "BRDE"],
    "LV": ["HABA", "PARX", "UNLA"],
    "BG": ["BNBG", "UNCR", "STSA"],
    "MT": ["MALT", "VALL", "APSB"],
    "IT": ["X", "A", "K", "M"],
}
FOLD = str.maketrans(
    {"ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "œ": "oe"}
)
SSN_BANNED = {"078051120", "219099999", "457555462", "123456789"}


# --------------------------------------------------------------------------------------------- validators
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    if s[:2] not in IBAN_SPEC or len(s) != IBAN_SPEC[s[:2]][0] or not s[:2].isupper():
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def ssn_ok(ssn: str) -> bool:
    d = "".join(c for c in ssn if c.isdigit())
    if len(d) != 9 or d in SSN_BANNED or len(set(d)) == 1:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group != 0 and serial != 0


# --------------------------------------------------------------------------------------------- document builder
class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.las: list[dict] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def g(self, typ: str, v: str) -> Doc:
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(v), "text": v})
        return self.t(v)

    def la(self, kind: str, v: str) -> Doc:
        self.las.append({"kind": kind, "start": self.n, "end": self.n + len(v), "text": v})
        return self.t(v)

    def p(self, v: str) -> Doc:
        return self.g("PERSON", v)


# --------------------------------------------------------------------------------------------- value factory
class Vals:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.fakers = {}
        for i, loc in enumerate(LOCALES):
            f = Faker(loc)
            f.seed_instance(SEED + i)
            self.fakers[loc] = f

    # names ---------------------------------------------------------------------------------------
    def person(self, latin: bool = False) -> tuple[str, str, str]:
        """(given, family, full)."""
        r = self.r
        if r.random() < 0.3:
            given, family = r.choice(GIVEN_HAND), r.choice(FAMILY_HAND)
            return given, family, f"{given} {family}"
        locs = [loc for loc in LOCALES if not latin or loc not in NO_SPACE_LOCALES]
        loc = r.choice(locs)
        f = self.fakers[loc]
        given, family = f.first_name(), f.last_name()
        if loc in NO_SPACE_LOCALES:
            return given, family, family + given
        return given, family, f"{given} {family}"

    def ascii(self, s: str) -> str:
        s = s.translate(FOLD)
        out = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
        return "".join(c for c in out if c.isalnum())

    def email(self, given: str = "", family: str = "", org: bool = False) -> str:
        r = self.r
        g, f = self.ascii(given), self.ascii(family)
        if not g or not f:
            local = r.choice(HANDLE_WORDS) + r.choice(["", ".", "_"]) + r.choice(HANDLE_WORDS) + str(r.randint(1, 99))
        else:
            local = r.choice(
                [
                    f"{g}.{f}",
                    f"{g[0]}{f}",
                    f"{g}{r.randint(1, 99)}",
                    f"{f}.{g}",
                    f"{g}_{f}",
                    f"{g}+{r.choice(HANDLE_WORDS)}",
                ]
            )
        dom = r.choice(ORG_DOMAINS if org else DOMAINS)
        return f"{local}@{dom}"

    # structured values -----------------------------------------------------------------------------
    def phone(self, region: str | None = None, fmt: str | None = None, mobile: bool = True) -> str:
        r = self.r
        region = region or r.choice(PHONE_REGIONS)
        fmt = fmt or r.choice(["intl", "intl", "e164", "00"])
        kind = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        assert ex is not None, region
        nat = str(ex.national_number)
        for _ in range(500):
            k = min(6, len(nat) - 3)
            cand = nat[:-k] + "".join(r.choice(string.digits) for _ in range(k))
            num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(cand))
            if ex.italian_leading_zero:
                num.italian_leading_zero = True
            if phonenumbers.is_valid_number(num) and len(set(cand[-4:])) > 1:
                break
        else:
            raise AssertionError(region)
        if fmt == "national":
            s = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        elif fmt == "e164":
            s = phonenumbers.format_number(num, PhoneNumberFormat.E164)
        else:
            s = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
            if fmt == "00":
                s = "00" + s[1:]
        check = "+" + s[2:] if s.startswith("00") else s
        parsed = phonenumbers.parse(check, region)
        assert phonenumbers.is_valid_number(parsed), (region, s)
        return s

    def card(self, sep: str | None = None) -> str:
        r = self.r
        brand = r.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "diners", "unionpay"])
        prefix, length = {
            "visa": ("4", 16),
            "mc": (str(r.randint(51, 55)), 16),
            "mc2": (str(r.randint(2221, 2720)), 16),
            "amex": (r.choice(["34", "37"]), 15),
            "discover": (r.choice(["6011", "65"]), 16),
            "jcb": (str(r.randint(3528, 3589)), 16),
            "diners": ("36", 14),
            "unionpay": ("62", 16),
        }[brand]
        body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
        num = luhn_complete(body)
        assert luhn_ok(num)
        sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
        groups = {15: (4, 6, 5), 14: (4, 6, 4), 16: (4, 4, 4, 4)}[length]
        out, i = [], 0
        for gl in groups:
            out.append(num[i : i + gl])
            i += gl
        return sep.join(out)

    def digits(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def order_luhn(self) -> str:
        num = luhn_complete(self.digits(15))
        assert luhn_ok(num)
        return num

    def card_bad(self) -> str:
        while True:
            num = "4" + "".join(self.r.choice(string.digits) for _ in range(15))
            if not luhn_ok(num):
                return " ".join(num[i : i + 4] for i in range(0, 16, 4))

    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        r = self.r
        cc = country or r.choice(sorted(IBAN_SPEC))
        total, layout = IBAN_SPEC[cc]
        bban = ""
        for kind, cnt in layout:
            if kind == "a":
                pool = BANK_LETTERS.get(cc)
                bban += (
                    r.choice(pool)
                    if pool and len(pool[0]) == cnt
                    else "".join(r.choice(string.ascii_uppercase) for _ in range(cnt))
                )
            else:
                bban += "".join(r.choice(string.digits) for _ in range(cnt))
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        s = f"{cc}{98 - num % 97:02d}{bban}"
        assert len(s) == total and iban_ok(s), s
        grouped = r.random() < 0.6 if grouped is None else grouped
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if grouped else s

    def iban_bad(self) -> str:
        good = self.iban(grouped=False)
        cd = int(good[2:4])
        bad = f"{good[:2]}{(cd + self.r.randint(1, 40)) % 97 + 2:02d}{good[4:]}"
        if iban_ok(bad):
            bad = f"{good[:2]}{(cd + 1) % 97 + 2:02d}{good[4:]}"
        assert not iban_ok(bad)
        return " ".join(bad[i : i + 4] for i in range(0, len(bad), 4))

    def ssn(self, sep: str = "-") -> str:
        r = self.r
        while True:
            d = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
            if ssn_ok(d):
                return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"

    def ssn_invalid(self) -> str:
        r = self.r
        d = r.choice(
            [
                f"{r.choice([666, 0, r.randint(900, 999)]):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}",
                f"{r.randint(1, 665):03d}00{r.randint(1, 9999):04d}",
                f"{r.randint(1, 665):03d}{r.randint(1, 99):02d}0000",
            ]
        )
        assert not ssn_ok(d)
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"

    def ipv4(self) -> str:
        r = self.r
        while True:
            kind = r.random()
            if kind < 0.25:
                a = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            elif kind < 0.4:
                a = f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
            elif kind < 0.5:
                a = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            else:
                a = f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            ip = ipaddress.ip_address(a)
            if str(ip) == a and not ip.is_multicast and any(len(p) > 1 for p in a.split(".")):
                return a

    def ipv6(self) -> str:
        r = self.r
        kind = r.random()
        if kind < 0.15:
            return str(
                ipaddress.IPv6Address(
                    f"fe80::{r.getrandbits(16):x}:{r.getrandbits(16):x}:{r.getrandbits(16):x}:{r.getrandbits(16):x}"
                )
            )
        if kind < 0.25:
            return "::ffff:" + self.ipv4()
        prefix = r.choice([0x2001, 0x2A01, 0x2600, 0x2406, 0x2A02, 0x2804, 0x2C0F])
        groups = [prefix] + [r.getrandbits(16) for _ in range(7)]
        if r.random() < 0.5:
            for i in range(r.randint(3, 6), 7):
                groups[i] = 0
        ip = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        return ip.exploded if r.random() < 0.15 else str(ip)

    def ip(self) -> str:
        return self.ipv6() if self.r.random() < 0.35 else self.ipv4()

    # secrets --------------------------------------------------------------------------------------
    def rs(self, pool: str, n: int) -> str:
        return "".join(self.r.choice(pool) for _ in range(n))

    def password(self) -> str:
        r = self.r
        while True:
            pw = self.rs(ALNUM + "!#%^*-_.~", r.randint(12, 22))
            if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c.islower() for c in pw):
                return pw

    def jwt(self, sub: str) -> str:
        def b64(obj: dict) -> str:
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

        head = b64({"alg": self.r.choice(["HS256", "RS256"]), "typ": "JWT"})
        body = b64(
            {
                "sub": sub,
                "iat": self.r.randint(1700000000, 1760000000),
                "scope": self.r.choice(["read", "admin", "write:orders"]),
            }
        )
        return f"{head}.{body}.{self.rs(URLSAFE, 43)}"

    def key(self, kind: str | None = None) -> str:
        kind = kind or self.r.choice(
            [
                "aws_id",
                "ghp",
                "github_pat",
                "slack",
                "stripe",
                "google",
                "openai",
                "anthropic",
                "gitlab",
                "npm",
                "hf",
                "sendgrid",
                "do",
                "shopify",
                "dd",
                "twilio",
                "mailgun",
            ]
        )
        rs = self.rs
        return {
            "aws_id": lambda: self.r.choice(["AKIA", "ASIA"]) + rs(B32, 16),
            "aws_secret": lambda: rs(ALNUM + "/+", 40),
            "ghp": lambda: "ghp_" + rs(ALNUM, 36),
            "github_pat": lambda: "github_pat_" + rs(ALNUM, 22) + "_" + rs(ALNUM, 59),
            "slack": lambda: f"xoxb-{self.digits(12)}-{self.digits(13)}-{rs(ALNUM, 24)}",
            "stripe": lambda: (
                self.r.choice(["sk_live_", "rk_live_", "sk_test_"]) + rs(ALNUM, self.r.choice([24, 34, 99]))
            ),
            "whsec": lambda: "whsec_" + rs(ALNUM, 32),
            "google": lambda: "AIza" + rs(URLSAFE, 35),
            "openai": lambda: "sk-proj-" + rs(URLSAFE, 74) + "T3BlbkFJ" + rs(URLSAFE, 74),
            "anthropic": lambda: "sk-ant-api03-" + rs(URLSAFE, 93) + "AA",
            "gitlab": lambda: "glpat-" + rs(URLSAFE, 20),
            "npm": lambda: "npm_" + rs(ALNUM, 36),
            "hf": lambda: "hf_" + rs(string.ascii_letters, 34),
            "sendgrid": lambda: f"SG.{rs(URLSAFE, 22)}.{rs(URLSAFE, 43)}",
            "do": lambda: "dop_v1_" + rs(HEX, 64),
            "shopify": lambda: "shpat_" + rs(HEX, 32),
            "dd": lambda: rs(HEX, 32),
            "twilio": lambda: rs(HEX, 32),
            "mailgun": lambda: "key-" + rs(HEX, 32),
            "telegram": lambda: f"{self.r.randint(100000000, 7999999999)}:AA{rs(URLSAFE, 33)}",
            "discord": lambda: (
                base64.b64encode(str(self.r.randint(10**17, 10**18)).encode()).decode().rstrip("=")
                + "."
                + rs(URLSAFE, 6)
                + "."
                + rs(URLSAFE, 38)
            ),
            "cloudflare": lambda: rs(URLSAFE, 40),
            "django": lambda: rs(string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50),
            "azure": lambda: base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(64))).decode(),
            "password": self.password,
        }[kind]()

    # look-alike values ------------------------------------------------------------------------------
    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, n: int = 40) -> str:
        return self.rs(HEX, n)

    def version(self) -> str:
        r = self.r
        return f"{r.randint(1, 17)}.{r.randint(0, 30)}.{r.randint(0, 40)}"

    def date(self) -> str:
        r = self.r
        y, m, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
        return r.choice(
            [
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}/{m:02d}/{y}",
                f"{m}/{d}/{y}",
                f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}",
                f"{d:02d}.{m:02d}.{y}",
            ]
        )

    def iso_ts(self) -> str:
        r = self.r
        return f"{r.randint(2023, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"

    def hms(self) -> str:
        r = self.r
        return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}"

    def tracking(self) -> str:
        r = self.r
        return r.choice(
            [
                lambda: "1Z" + self.rs(string.ascii_uppercase + string.digits, 16),
                lambda: "9400" + self.rs(string.digits, 18),
                lambda: (
                    f"{r.choice(['RR', 'LX', 'CP', 'EE'])}{self.rs(string.digits, 9)}{r.choice(['CH', 'DE', 'GB', 'FR', 'NL'])}"
                ),
            ]
        )()

    def snowflake(self) -> str:
        return str(self.r.randint(10**17, 2 * 10**18))

    def cidr(self) -> str:
        r = self.r
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.0/{r.choice([16, 20, 24])}"

    def mac(self) -> str:
        return ":".join(self.rs(HEX, 2) for _ in range(6))

    def money(self) -> str:
        r = self.r
        return r.choice(["$", "€", "£"]) + f"{r.randint(5, 4000)}.{r.randint(0, 99):02d}"


def pick(r: random.Random, xs: list[str]) -> str:
    return r.choice(xs)


# --------------------------------------------------------------------------------------------- templates
def t_android_logcat(v: Vals) -> Doc:
    r, d = v.r, Doc()
    pkg = pick(r, ["com.brightlane.courier", "io.kestrel.wallet", "app.tidewater.booking", "com.northfold.health"])
    pid = str(r.randint(1000, 32000))
    given, family, full = v.person(latin=True)
    d.t("User: my app keeps crashing on login, here's the logcat. What's going on?\n\n")
    d.t("--------- beginning of main\n")
    for _ in range(r.randint(1, 2)):
        d.t(f"11-{r.randint(10, 28)} ").la("time", v.hms()).t("  ").la("pid", pid).t(
            f"  {r.randint(1000, 32000)} I ActivityManager: Start proc {pid}:{pkg}/u0a{r.randint(100, 400)} for activity\n"
        )
    d.t("11-14 ").la("time", v.hms()).t(
        f"  {pid}  {pid} D OkHttp  : --> POST https://api.{r.choice(ORG_DOMAINS)}/v2/session\n"
    )
    d.t("11-14 ").la("time", v.hms()).t(f"  {pid}  {pid} D OkHttp  : Authorization: Bearer ").g(
        "API_KEY", v.jwt(v.uuid())
    )
    d.t("\n11-14 ").la("time", v.hms()).t(f'  {pid}  {pid} D OkHttp  : {{"email":"').g(
        "EMAIL_ADDRESS", v.email(given, family)
    ).t('","phone":"').g("PHONE_NUMBER", v.phone(fmt="e164")).t('","displayName":"').p(full).t('"}\n')
    d.t("11-14 ").la("time", v.hms()).t(f"  {pid}  {r.randint(1000, 32000)} I FirebaseInitProvider: apiKey=").g(
        "API_KEY", v.key("google")
    ).t("\n")
    ip = v.ip()
    d.t("11-14 ").la("time", v.hms()).t(
        f"  {pid}  {pid} W System.err: java.net.SocketTimeoutException: failed to connect to /"
    ).g("IP_ADDRESS", ip).t(" (port 443) from /").g("IP_ADDRESS", v.ipv4()).t(
        f" (port {r.randint(30000, 60000)}) after 10000ms\n"
    )
    d.t("11-14 ").la("time", v.hms()).t(f"  {pid}  {pid} E AndroidRuntime: FATAL EXCEPTION: main\n")
    d.t("11-14 ").la("time", v.hms()).t(f"  {pid}  {pid} E AndroidRuntime: Process: {pkg}, PID: ").la("pid", pid).t(
        "\n"
    )
    d.t("11-14 ").la("time", v.hms()).t(f"  {pid}  {pid} E AndroidRuntime: java.lang.IllegalStateException: build ").la(
        "version", v.version()
    ).t(" (").la("build_number", str(r.randint(10000, 99999))).t(") session ").la("uuid", v.uuid()).t(" expired\n")
    d.t("11-14 ").la("time", v.hms()).t(f"  {pid}  {pid} I Device  : model=Pixel {r.randint(5, 9)} wlan0 mac ").la(
        "mac", v.mac()
    ).t(" android ").la("version", f"{r.randint(11, 15)}.0.0").t("\n")
    d.t(
        f"\nAssistant: The crash is an expired session ({r.choice(['token refresh never runs', 'the refresh call times out'])}). The request to "
    ).g("IP_ADDRESS", ip).t(
        " timed out, then the app threw. Note that your log prints a live bearer token, a Firebase key and the user's contact details ("
    ).p(given).t("'s e-mail and phone) — strip those from debug builds before sharing logs.\n")
    return d


def t_ios_crash(v: Vals) -> Doc:
    r, d = v.r, Doc()
    app = pick(r, ["Harvestmoon", "Quillmark", "Bluefinch", "Orbitline"])
    given, family, full = v.person()
    d.t("User: TestFlight crash from a beta tester, can you symbolicate-read this?\n\n")
    d.t("Incident Identifier: ").la("uuid", v.uuid().upper()).t("\nCrashReporter Key:   ").la("sha", v.sha(40)).t(
        f"\nHardware Model:      iPhone{r.randint(12, 17)},{r.randint(1, 5)}\n"
    )
    d.t(f"Process:             {app} [").la("pid", str(r.randint(300, 9000))).t("]\nVersion:             ").la(
        "version", v.version()
    ).t(" (").la("build_number", str(r.randint(100, 2400))).t(")\nDate/Time:           ").la("timestamp", v.iso_ts()).t(
        "\nOS Version:          iPhone OS "
    ).la("version", f"{r.randint(16, 18)}.{r.randint(0, 6)}.{r.randint(0, 2)}").t(" (").la(
        "build_number", f"22{r.choice('ABCDEFG')}{r.randint(10, 300)}"
    ).t(")\n")
    d.t("Beta Identifier:     ").la("uuid", v.uuid().upper()).t("\nTester:              ").p(full).t(" <").g(
        "EMAIL_ADDRESS", v.email(given, family)
    ).t(">\n\n")
    d.t("Exception Type:  EXC_CRASH (SIGABRT)\nLast Exception Backtrace:\n")
    for i in range(r.randint(2, 4)):
        d.t(f"{i}   {r.choice(['CoreFoundation', 'libobjc.A.dylib', app, 'Foundation'])}  ").la(
            "hex_address", "0x" + v.rs(HEX, 12)
        ).t(
            f" {r.choice(['__exceptionPreprocess', 'objc_exception_throw', 'PaymentSheet.present', 'NetworkClient.send'])} + {r.randint(10, 900)}\n"
        )
    d.t(
        "\nApplication Specific Information:\n*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: 'request failed: host "
    ).g("IP_ADDRESS", v.ip()).t(" header x-api-key=").g(
        "API_KEY", v.key(r.choice(["stripe", "google", "openai", "shopify"]))
    ).t(" publishable=").la("publishable_key", "pk_live_" + v.rs(ALNUM, 24)).t("'\n\n")
    d.t("Binary Images:\n").la("hex_address", "0x" + v.rs(HEX, 9)).t(" - ").la("hex_address", "0x" + v.rs(HEX, 9)).t(
        f" {app} arm64 <"
    ).la("uuid_hex", v.rs(HEX, 32)).t("> /private/var/containers/Bundle/Application/").la("uuid", v.uuid().upper()).t(
        f"/{app}.app/{app}\n"
    )
    d.t(
        "\nAssistant: The app aborts in the payment/network path because the request to the backend fails and the error is re-thrown on the main thread. Also: the exception message embeds a secret API key — rotate it — and the report names the tester ("
    ).p(full).t("). The `pk_live_` value is a publishable key and is fine to ship.\n")
    return d


def t_etsy_thread(v: Vals) -> Doc:
    r, d = v.r, Doc()
    bg, bf, buyer = v.person(latin=True)
    sg, _sf, _seller = v.person(latin=True)
    shop = pick(r, ["WillowAndWick", "FernHollowPrints", "MossyStoneCeramics", "LittleKiln", "OakenThreadCo"])
    d.t(f"User: I sell on Etsy as {shop}. Can you draft a polite reply to this thread? I'm ").p(sg).t(".\n\n")
    d.t("Conversation with ").p(buyer).t(" · Order #").la("order_luhn", v.order_luhn()).t("\n\n")
    d.t("[").la("date", v.date()).t("] ").p(bg).t(
        f": Hi! The {r.choice(['mug', 'print', 'candle set', 'tote'])} arrived chipped :( tracking says delivered to "
    ).la("street_name", f"{r.randint(2, 990)} {r.choice(STREETS)}").t(f" but I'm in {r.choice(CITIES)}.\n")
    d.t("[").la("date", v.date()).t("] ").p(sg).t(": So sorry! Could you send a photo? Tracking ").la(
        "tracking", v.tracking()
    ).t(" is what I have.\n")
    d.t("[").la("date", v.date()).t("] ").p(bg).t(": Sent. Honestly easier to just refund me directly — my card is ").g(
        "CREDIT_CARD", v.card()
    ).t(" exp ").la("expiry", f"{r.randint(1, 12):02d}/{r.randint(26, 31)}").t(", or text me at ").g(
        "PHONE_NUMBER", v.phone(region=r.choice(["US", "GB", "CA", "AU", "IE"]))
    ).t(".\n")
    d.t("[").la("date", v.date()).t("] ").p(bg).t(": also my other email is ").g("EMAIL_ADDRESS", v.email(bg, bf)).t(
        " (gift card "
    ).la("card_bad", v.card_bad()).t(" didn't work either)\n\n")
    d.t(
        "Assistant: Here's a reply that keeps everything inside Etsy (don't take card numbers over messages):\n> Hi "
    ).p(bg).t(
        f", thanks for the photo and sorry about the damage. I've opened a refund of {v.money()} through Etsy for order "
    ).la("order_luhn", v.order_luhn()).t(
        " — it goes back to your original payment method. Please don't share card numbers here. — "
    ).p(sg).t("\n")
    return d


def t_discord_modlog(v: Vals) -> Doc:
    r, d = v.r, Doc()
    server = pick(r, ["Retro Synth Club", "Cozy Gamers EU", "Pottery Pals", "Rust Learners", "Birdwatch Hub"])
    d.t(f"User: summarise today's AutoMod/audit log for {server} and tell me which actions need follow-up.\n\n")
    mods = [v.person(latin=True) for _ in range(2)]
    h1, h2 = r.choice(HANDLE_WORDS) + str(r.randint(1, 999)), r.choice(HANDLE_WORDS) + "_" + r.choice(HANDLE_WORDS)
    d.t("[").la("timestamp", v.iso_ts()).t("] AutoMod blocked message by @").la("handle", h1).t(" (").la(
        "snowflake", v.snowflake()
    ).t(') in #general — rule "doxxing": "lol his real name is ')
    tg, tf, target = v.person()
    d.p(target).t(", call him ").g("PHONE_NUMBER", v.phone()).t(" or mail ").g("EMAIL_ADDRESS", v.email(tg, tf)).t(
        '"\n'
    )
    d.t("[").la("timestamp", v.iso_ts()).t("] Moderator ").p(mods[0][2]).t(" (@").la("handle", h2).t(
        ") timed out @"
    ).la("handle", h1).t(" for 7 days. Reason: doxxing\n")
    d.t("[").la("timestamp", v.iso_ts()).t("] AutoMod blocked message by @").la(
        "handle", r.choice(HANDLE_WORDS) + "bot"
    ).t(' in #dev-help — rule "token leak": "bot wont start?? TOKEN=').g("API_KEY", v.key("discord")).t('"\n')
    d.t("[").la("timestamp", v.iso_ts()).t("] Webhook created by ").p(mods[1][2]).t(" in #announcements, id ").la(
        "snowflake", v.snowflake()
    ).t("\n")
    d.t("[").la("timestamp", v.iso_ts()).t("] Member report: user claims IP grabber link logged ").g(
        "IP_ADDRESS", v.ip()
    ).t(" — message id ").la("snowflake", v.snowflake()).t("\n\n")
    d.t("Assistant: Follow-ups: (1) the doxxing attempt exposed ").p(target).t(
        "'s phone and e-mail — delete the AutoMod copy and consider a ban rather than a timeout; (2) the bot token posted in #dev-help must be reset in the Developer Portal; (3) ask "
    ).p(mods[1][0]).t(" why the new webhook was needed; (4) the IP-grabber report needs the link removed.\n")
    return d


def t_tenant_screening(v: Vals) -> Doc:
    r, d = v.r, Doc()
    ag, af, applicant = v.person(latin=True)
    pm = v.person(latin=True)
    d.t("User: Can you turn this screening report into a short yes/no recommendation for the owner?\n\n")
    d.t(f"TENANT SCREENING REPORT — {r.choice(['RentCheck Pro', 'Keystone Screening', 'HomeVerify'])}   Report ID ").la(
        "report_id", f"TS-{v.digits(8)}"
    ).t("\nOrdered by: ").p(pm[2]).t(
        f", Property Manager, {r.choice(['Maplewood', 'Cedar Row', 'Harbor Point'])} Apartments\n"
    )
    d.t("Date: ").la("date", v.date()).t("\n\nAPPLICANT\nName: ").p(applicant).t("\nSSN: ").g(
        "US_SSN", v.ssn(r.choice(["-", "-", " "]))
    ).t("\nDOB: ").la("dob", v.date()).t("\nPhone: ").g(
        "PHONE_NUMBER", v.phone(region="US", fmt=r.choice(["national", "intl"]))
    ).t("\nEmail: ").g("EMAIL_ADDRESS", v.email(ag, af)).t("\n")
    d.t("Current address: ").la("street_name", f"{r.randint(10, 9999)} {r.choice(STREETS)}").t(
        f", {r.choice(CITIES)}, {r.choice(['TX', 'GA', 'NC', 'OR', 'WI'])} "
    ).la("zip", v.digits(5)).t("\n")
    co = r.random() < 0.5
    if co:
        _cg, _cf, cname = v.person(latin=True)
        d.t("Co-applicant: ").p(cname).t(" — SSN ").g("US_SSN", v.ssn()).t("\n")
    d.t(f"\nCREDIT  score {r.randint(520, 810)} · open tradelines {r.randint(2, 14)} · collections {r.randint(0, 3)}\n")
    d.t("EVICTIONS  none found (searched case index ").la("case_no", f"{r.randint(2018, 2025)}-CV-{v.digits(6)}").t(
        ")\n"
    )
    d.t("Previous landlord: ").p(v.person(latin=True)[2]).t(", ").g(
        "PHONE_NUMBER", v.phone(region="US", fmt="national")
    ).t("\n")
    d.t("Employer verification: HR line ").la("phone_ext", f"ext. {r.randint(100, 999)}").t(" · income ").la(
        "amount", f"${r.randint(2, 12)},{r.randint(100, 999)}"
    ).t("/mo · Invalid SSN on W-2 copy: ").la("ssn_invalid", v.ssn_invalid()).t(" (typo flagged)\n\n")
    d.t("Assistant: Recommendation: ").t(r.choice(["approve", "approve with deposit", "request more documents"])).t(
        ". "
    ).p(ag).t(" has no evictions and income covers rent. Note the W-2 SSN mismatch; ask ").p(af).t(
        " for a corrected copy. Share only this summary with the owner — not the SSN" + ("s" if co else "") + ".\n"
    )
    return d


def t_ipynb(v: Vals) -> Doc:
    r, d = v.r, Doc()
    d.t("User: why does cell 3 of my notebook fail? (pasted the .ipynb JSON)\n\n")
    d.t(
        '{\n "cells": [\n  {"cell_type": "code", "execution_count": 1, "source": [\n    "import openai, psycopg\\n",\n    "openai.api_key = \\"'
    ).g("API_KEY", v.key(r.choice(["openai", "anthropic", "hf"]))).t('\\"\\n",\n')
    user, host = r.choice(["analyst", "etl", "postgres", "ro_user"]), v.ipv4()
    d.t(f'    "conn = psycopg.connect(\\"postgresql://{user}:').g("API_KEY", v.password()).t("@").g(
        "IP_ADDRESS", host
    ).t(':5432/crm\\")"\n   ]},\n')
    d.t(
        '  {"cell_type": "code", "execution_count": 2, "outputs": [{"output_type": "execute_result", "data": {"text/plain": [\n'
    )
    d.t('    "   id  name                  email                         phone\\n",\n')
    for i in range(r.randint(2, 4)):
        g, f, full = v.person()
        d.t(f'    "{i}  ').la("customer_id", str(r.randint(10000, 99999))).t("  ").p(full).t("  ").g(
            "EMAIL_ADDRESS", v.email(g, f)
        ).t("  ").g("PHONE_NUMBER", v.phone()).t('\\n",\n')
    d.t(
        '   ]}}]},\n  {"cell_type": "code", "execution_count": 3, "outputs": [{"output_type": "error", "ename": "OperationalError", "evalue": "connection to server at \\"'
    ).g("IP_ADDRESS", host).t(
        '\\", port 5432 failed: timeout"}]}\n ],\n "metadata": {"kernelspec": {"name": "python3"}, "language_info": {"version": "'
    ).la("version", f"3.{r.randint(9, 13)}.{r.randint(0, 9)}").t('"}},\n "nbformat": 4, "nbformat_minor": 5\n}\n\n')
    d.t("Assistant: Cell 3 times out reaching ").g("IP_ADDRESS", host).t(
        " — the database is probably not reachable from where the kernel runs (VPN or security group). Separately, the notebook stores an API key and the DB password in plain text and its saved output contains customer names, e-mails and phones; clear outputs and move secrets to environment variables before committing it.\n"
    )
    return d


def t_nomad_job(v: Vals) -> Doc:
    r, d = v.r, Doc()
    svc = pick(r, ["billing-api", "thumbnailer", "ledger-sync", "notify-worker"])
    g, f, full = v.person(latin=True)
    d.t(
        f'User: review this Nomad job spec before I `nomad job run` it\n\n```hcl\njob "{svc}" {{\n  datacenters = ["dc1"]\n  meta {{\n    owner = "'
    ).g("EMAIL_ADDRESS", v.email(g, f, org=True)).t('"\n    oncall_phone = "').g("PHONE_NUMBER", v.phone(fmt="e164")).t(
        '"\n  }\n'
    )
    d.t(
        f'  group "app" {{\n    network {{ port "http" {{ static = {r.randint(8000, 9999)} }} }}\n    task "server" {{\n      driver = "docker"\n      config {{ image = "registry.{r.choice(ORG_DOMAINS)}/{svc}@sha256:'
    ).la("image_digest", v.sha(64)).t('" }\n')
    d.t('      env {\n        AWS_ACCESS_KEY_ID     = "').g("API_KEY", v.key("aws_id")).t(
        '"\n        AWS_SECRET_ACCESS_KEY = "'
    ).g("API_KEY", v.key("aws_secret")).t('"\n')
    d.t('        REDIS_URL             = "redis://default:').g("API_KEY", v.password()).t("@").g(
        "IP_ADDRESS", v.ipv4()
    ).t(':6379/0"\n')
    d.t('        SENTRY_RELEASE        = "').la("version", v.version()).t(
        '"\n        DB_PASSWORD           = "{{ with secret \\"kv/data/' + svc + '\\" }}{{ .Data.data.pw }}{{ end }}"\n'
    )
    d.t('        VAULT_ADDR            = "https://').g("IP_ADDRESS", v.ipv4()).t(
        ':8200"\n        ALLOWED_CIDR          = "'
    ).la("cidr", v.cidr()).t('"\n        DD_API_KEY            = "').g("API_KEY", v.key("dd")).t(
        '"\n      }\n    }\n  }\n}\n```\n\n'
    )
    d.t(
        "Assistant: Structure is fine, but move the AWS pair, the Redis password and the Datadog key into Vault templates like you already do for `DB_PASSWORD`. The job also embeds "
    ).p(full).t("'s contact details in `meta`; use a team alias instead.\n")
    return d


def t_podcast_notes(v: Vals) -> Doc:
    r, d = v.r, Doc()
    host = v.person()
    guests = [v.person() for _ in range(r.randint(1, 2))]
    show = pick(r, ["Signal & Noise", "The Compost Heap", "Night Shift Stories", "Margins", "Deep Field"])
    d.t(
        f"User: tidy these show notes for episode {r.randint(40, 300)} of {show}; keep guest contact info out of the public version.\n\n"
    )
    d.t("Hosted by ").p(host[2]).t(". Recorded ").la("date", v.date()).t(" at ").la(
        "named_place", r.choice(NAMED_PLACES)
    ).t(".\n\nChapters\n")
    for _ in range(r.randint(2, 4)):
        d.la("timecode", f"{r.randint(0, 1):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}").t(
            f" — {r.choice(['Why', 'How', 'When'])} {r.choice(['we stopped', 'cities start', 'teams quit'])} {r.choice(['composting', 'remote work', 'night buses', 'estimating'])}\n"
        )
    d.t("\nGuests\n")
    for gg, gf, gfull in guests:
        d.t("- ").p(gfull).t(
            f" is a {r.choice(['urban ecologist', 'former ER nurse', 'data journalist', 'luthier'])} who grew up in {r.choice(CITIES)} and now works with {r.choice(BRANDS)}. Booking: "
        ).g("EMAIL_ADDRESS", v.email(gg, gf)).t(", mobile ").g("PHONE_NUMBER", v.phone()).t("\n")
    d.t(f"\nSponsors: {r.choice(BRANDS)} (code ").la(
        "promo_code", r.choice(HANDLE_WORDS).upper() + str(r.randint(10, 30))
    ).t(f"), {r.choice(PRODUCTS)} Premium. We mention ").la("eponym", r.choice(EPONYMS)).t(".\nRSS guid ").la(
        "uuid", v.uuid()
    ).t("\n\n")
    d.t("Assistant: Public version below — I removed the booking e-mails and mobile numbers and kept the bios.\n")
    for _gg, _gf, gfull in guests:
        d.t("- ").p(gfull).t(" — bio kept.\n")
    return d


def t_wedding_contract(v: Vals) -> Doc:
    r, d = v.r, Doc()
    c1, c2, ph = v.person(latin=True), v.person(latin=True), v.person(latin=True)
    d.t("User: please check this photography contract for anything unusual before we sign.\n\n")
    d.t("WEDDING PHOTOGRAPHY AGREEMENT  No. ").la("contract_no", f"WP-{r.randint(2024, 2027)}-{r.randint(100, 999)}").t(
        "\n\nBetween "
    ).p(ph[2]).t(f" ({r.choice(['Lumen & Lace', 'Golden Hour Studio', 'Wildflower Frames'])} Photography), tel. ").g(
        "PHONE_NUMBER", v.phone(region=r.choice(["GB", "IE", "DE", "FR", "NL", "IT", "ES"]))
    ).t(", ").g("EMAIL_ADDRESS", v.email(ph[0], ph[1], org=True)).t("\n")
    d.t("and the Clients ").p(c1[2]).t(" and ").p(c2[2]).t(", ").g("EMAIL_ADDRESS", v.email(c1[0], c1[1])).t("\n\n")
    d.t("1. Event: ").la("date", v.date()).t(f", ceremony at {r.choice(['14:00', '15:30', '16:00'])}, venue ").la(
        "named_place", r.choice(NAMED_PLACES)
    ).t(", ").la("street_name", r.choice(STREETS)).t(f" {r.randint(1, 200)}.\n")
    d.t(f"2. Fee {v.money()}; retainer of 30% due on signing to IBAN ").g(
        "IBAN_CODE", v.iban(country=r.choice(["GB", "IE", "DE", "FR", "NL", "IT", "ES", "BE", "AT", "PT"]))
    ).t(" (reference ").la("reference", f"WED{v.digits(6)}").t(").\n")
    d.t("3. Balance charged to the card on file ").g("CREDIT_CARD", v.card()).t(" fourteen days before the event.\n")
    d.t("   (Our old account ").la("iban_bad", v.iban_bad()).t(" was closed; payments sent there are returned.)\n")
    d.t("4. Second shooter: ").p(v.person(latin=True)[2]).t(". Gallery delivered via ").la(
        "brand_name", r.choice(["Pixieset", "ShootProof", "Pic-Time"])
    ).t(" within 8 weeks.\n")
    d.t("5. Cancellation by Clients after ").la("date", v.date()).t(" forfeits the retainer.\n\nSigned: ______ ").p(
        c1[2]
    ).t("   ______ ").p(c2[2]).t("\n\n")
    d.t("Assistant: Mostly standard. Unusual points: the balance is auto-charged to a stored card (ask ").p(ph[0]).t(
        " to invoice instead), and clause 5 has no exception for illness or venue closure. Don't e-mail the contract back with the card number visible.\n"
    )
    return d


def t_customs_cn23(v: Vals) -> Doc:
    r, d = v.r, Doc()
    s, rc = v.person(), v.person()
    src, dst = (
        r.choice(["GB", "DE", "FR", "NL", "JP", "KR", "IN", "BR"]),
        r.choice(["US", "CA", "AU", "NZ", "SG", "ZA", "MX", "CH"]),
    )
    d.t("User: fill the missing fields of this CN23 and check the HS codes.\n\n")
    d.t("CUSTOMS DECLARATION CN 23   Item no. ").la("tracking", v.tracking()).t("\nFrom: ").p(s[2]).t(
        f", {r.randint(1, 300)} "
    ).la("street_name", r.choice(STREETS)).t(f", {src}\n      tel ").g("PHONE_NUMBER", v.phone(region=src)).t(
        "  email "
    ).g("EMAIL_ADDRESS", v.email(s[0], s[1])).t("\n")
    d.t("To:   ").p(rc[2]).t(f", {r.choice(CITIES)}, {dst}\n      tel ").g("PHONE_NUMBER", v.phone(region=dst)).t(
        "\nImporter's reference (tax code/VAT no.): "
    ).la("vat_no", f"{dst}{v.digits(9)}").t("  EORI ").la("eori", f"{src}{v.digits(12)}").t("\n\n")
    d.t("Detailed description | qty | net kg | value | HS tariff no. | origin\n")
    for _ in range(r.randint(2, 3)):
        d.t(
            f"{r.choice(['Cotton T-shirt', 'Ceramic mug', 'Green tea 100g', 'Paperback book', 'Wool scarf'])} | {r.randint(1, 6)} | "
        ).la("weight", f"0.{r.randint(1, 999):03d}").t(f" | {v.money()} | ").la(
            "hs_code", f"{r.randint(1000, 9999)}.{r.randint(10, 99)}"
        ).t(f" | {src}\n")
    d.t("Category: gift   Certificate no.: ").la("certificate_no", v.digits(10)).t("   Date: ").la("date", v.date()).t(
        "\n\n"
    )
    d.t(
        "Assistant: HS codes look plausible. Missing: the sender's signature and the invoice number. The recipient's phone is fine to include; the e-mail of "
    ).p(s[0]).t(" is optional.\n")
    return d


def t_gym_membership(v: Vals) -> Doc:
    r, d = v.r, Doc()
    g, f, full = v.person()
    eu = r.random() < 0.6
    d.t("User: extract this scanned gym form into JSON for our CRM import.\n\n")
    d.t(
        f"{r.choice(['IronWorks Fitness', 'PulseClub', 'Kraftwerk Gym', 'Vertical Bouldering'])} — Membership Application   Member no. "
    ).la("member_luhn", v.order_luhn()).t("\n")
    d.t("Name: ").p(full).t("     Date of birth: ").la("dob", v.date()).t("\nMobile: ").g("PHONE_NUMBER", v.phone()).t(
        "     E-mail: "
    ).g("EMAIL_ADDRESS", v.email(g, f)).t("\n")
    _eg, _ef, efull = v.person()
    d.t("Emergency contact: ").p(efull).t(f" ({r.choice(['partner', 'mother', 'brother', 'friend'])}) ").g(
        "PHONE_NUMBER", v.phone()
    ).t("\n")
    d.t(f"Plan: {r.choice(['Off-peak', 'Anytime', 'Student'])} · start ").la("date", v.date()).t(" · locker ").la(
        "locker_no", str(r.randint(1, 400))
    ).t(" · key fob ").la("rfid", v.rs("0123456789ABCDEF", 10)).t("\n")
    if eu:
        d.t("SEPA Direct Debit mandate ").la("mandate_ref", f"MND-{v.digits(9)}").t(" — account holder ").p(full).t(
            ", IBAN "
        ).g("IBAN_CODE", v.iban(country=r.choice(SEPA))).t("\n")
    else:
        d.t("Card for monthly billing: ").g("CREDIT_CARD", v.card()).t("  CVV ").la("cvv", str(r.randint(100, 999))).t(
            "\n"
        )
    d.t("Health: ").t(r.choice(["no conditions", "asthma", "knee surgery 2021"])).t(" · Trainer: Coach ").p(
        v.person(latin=True)[1]
    ).t("\n\n")
    d.t('Assistant: ```json\n{"member_name": "').p(full).t('", "emergency_contact": "').p(efull).t(
        '", "plan_start": "see form", "payment": "'
        + ("sepa" if eu else "card")
        + '"}\n```\nI left the IBAN/card and health data out of the JSON; store those only in the billing system.\n'
    )
    return d


def t_telegram_export(v: Vals) -> Doc:
    r, d = v.r, Doc()
    grp = pick(r, ["Flat 4B", "Lisbon trip 🏖️", "Allotment crew", "Band practice", "Hackathon team"])
    people = [v.person() for _ in range(3)]
    d.t(
        f'User: who owes what in this Telegram export?\n\n{{\n "name": "{grp}",\n "type": "private_group",\n "id": '
    ).la("chat_id", str(r.randint(10**9, 10**10))).t(',\n "messages": [\n')

    def msg(i: int) -> None:
        d.t('  {"id": ').la("message_id", str(r.randint(1000, 99999))).t(', "date": "').la(
            "timestamp", v.iso_ts()[:-1]
        ).t('", "from": "').p(people[i][2]).t('", "from_id": "user').la("user_id", str(r.randint(10**8, 10**10))).t(
            '", "text": "'
        )

    msg(0)
    d.t(f"I paid {v.money()} for the tickets, send your share to ").g("IBAN_CODE", v.iban()).t('"},\n')
    msg(1)
    d.t("ok. my number changed btw: ").g("PHONE_NUMBER", v.phone()).t('"},\n')
    msg(2)
    d.t("also the reminder bot died, token was ").g("API_KEY", v.key("telegram")).t(' if someone can restart it"},\n')
    msg(0)
    d.t("@").la("handle", v.ascii(people[1][0]) + "_" + r.choice(HANDLE_WORDS)).t(" send receipts to ").g(
        "EMAIL_ADDRESS", v.email(people[0][0], people[0][1])
    ).t(' pls"}\n ]\n}\n\n')
    d.t("Assistant: ").p(people[1][0] if r.random() < 0.5 else people[1][2]).t(" and ").p(people[2][2]).t(
        " each owe "
    ).p(people[0][2]).t(
        " a share of the tickets, to the IBAN in the first message. Also: the bot token was posted in the chat — revoke it with @BotFather.\n"
    )
    return d


def t_postmortem(v: Vals) -> Doc:
    r, d = v.r, Doc()
    ic, eng = v.person(latin=True), v.person(latin=True)
    sev = r.randint(1, 3)
    d.t(
        f"User: turn this into an executive summary (3 bullets).\n\n# Post-mortem: checkout outage (SEV{sev})\n\n**Incident commander:** "
    ).p(ic[2]).t(" · **Author:** ").p(eng[2]).t(" (").g("EMAIL_ADDRESS", v.email(eng[0], eng[1], org=True)).t(
        ")\n\n## Timeline (UTC)\n"
    )
    d.t("- ").la("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t(" deploy of `checkout` ").la(
        "version", v.version()
    ).t(" (commit ").la("git_sha", v.sha(7)).t(")\n")
    d.t("- ").la("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t(
        " error rate 38%; pods cannot reach payments proxy "
    ).g("IP_ADDRESS", v.ip()).t("\n")
    d.t("- ").la("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t(" ").p(eng[0]).t(
        " finds the new config sets `STRIPE_SECRET="
    ).g("API_KEY", v.key("stripe")).t("` in the ConfigMap (should be a Secret)\n")
    d.t("- ").la("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t(" rollback to ").la(
        "version", v.version()
    ).t("; on-call phone ").g("PHONE_NUMBER", v.phone()).t(" paged twice\n")
    d.t("- ").la("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t(" firewall rule for ").la(
        "cidr", v.cidr()
    ).t(" restored; health check from ").g("IP_ADDRESS", v.ipv6()).t(" green\n\n")
    d.t(f"## Impact\n{r.randint(200, 9000)} failed checkouts, about {v.money()} GMV. Ticket ").la(
        "ticket_id", f"INC-{r.randint(1000, 9999)}"
    ).t(". Customer ").p(v.person()[2]).t(" escalated via support.\n\n")
    d.t("Assistant:\n- A config change in release ").la("version", v.version()).t(
        " broke connectivity to the payments proxy; checkout failed for roughly an hour.\n- "
    ).p(ic[1]).t(
        " led the response; rollback fixed it.\n- Action: the Stripe secret key leaked into a ConfigMap — rotate it and add a CI check.\n"
    )
    return d


def t_cloudflare_waf(v: Vals) -> Doc:
    r, d = v.r, Doc()
    zone = r.choice(ORG_DOMAINS)
    d.t("User: are these Cloudflare firewall events an attack or a false positive?\n\n[\n")
    n = r.randint(2, 3)
    for i in range(n):
        g, f, _ = v.person(latin=True)
        d.t('  {"rayName": "').la(
            "ray_id", v.rs(HEX, 16) + "-" + r.choice(["LHR", "FRA", "SJC", "NRT", "GRU", "CDG"])
        ).t('", "action": "' + r.choice(["block", "managed_challenge", "log"]) + '", "clientIP": "').g(
            "IP_ADDRESS", v.ip()
        ).t(
            f'", "clientAsn": "{r.randint(1000, 65000)}", "clientCountryName": "{r.choice(["DE", "US", "BR", "VN", "NL"])}",\n'
        )
        d.t(
            f'   "clientRequestHTTPHost": "{zone}", "clientRequestPath": "/api/newsletter", "clientRequestQuery": "?email='
        ).g("EMAIL_ADDRESS", v.email(g, f)).t("&ref=' OR 1=1--\",\n")
        d.t('   "userAgent": "Mozilla/5.0 Chrome/').la(
            "version4", f"{r.randint(110, 131)}.0.{r.randint(5000, 6800)}.{r.randint(10, 200)}"
        ).t('", "ruleId": "').la("rule_id", v.rs(HEX, 32)).t('", "datetime": "').la("timestamp", v.iso_ts()).t(
            '"}' + ("," if i < n - 1 else "") + "\n"
        )
    d.t(']\n\nFor context, I pulled them with: curl -H "Authorization: Bearer ').g("API_KEY", v.key("cloudflare")).t(
        '" https://api.cloudflare.com/client/v4/zones/'
    ).la("zone_id", v.rs(HEX, 32)).t("/security/events\n\n")
    d.t(
        "Assistant: These are real SQL-injection probes (`' OR 1=1--` in the query), so the blocks are correct — not false positives. The e-mail parameters are probably scraped addresses. Revoke the API token you pasted and create a read-only one.\n"
    )
    return d


def t_django_settings(v: Vals) -> Doc:
    r, d = v.r, Doc()
    admins = [v.person(latin=True) for _ in range(r.randint(1, 2))]
    d.t(
        "User: is this settings.py safe for production?\n\n```python\nDEBUG = "
        + r.choice(["True", "False"])
        + '\nSECRET_KEY = "'
    ).g("API_KEY", v.key("django")).t('"\nALLOWED_HOSTS = ["').g("IP_ADDRESS", v.ipv4()).t(
        f'", "{r.choice(ORG_DOMAINS)}", "'
    ).g("IP_ADDRESS", "127.0.0.1").t('"]\nADMINS = [\n')
    for g, f, full in admins:
        d.t('    ("').p(full).t('", "').g("EMAIL_ADDRESS", v.email(g, f, org=True)).t('"),\n')
    d.t(
        ']\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop", "USER": "shop",\n    "PASSWORD": "'
    ).g("API_KEY", v.password()).t('", "HOST": "').g("IP_ADDRESS", v.ip()).t('", "PORT": 5432}}\n')
    d.t('EMAIL_HOST = "smtp.sendgrid.net"\nEMAIL_HOST_USER = "apikey"\nEMAIL_HOST_PASSWORD = "').g(
        "API_KEY", v.key("sendgrid")
    ).t('"\n')
    d.t('AWS_STORAGE_BUCKET_NAME = "media-prod"\nAWS_SECRET_ACCESS_KEY = os.environ["').la(
        "secret_ref", "AWS_SECRET_ACCESS_KEY"
    ).t('"]\nSTRIPE_PUBLISHABLE_KEY = "').la("publishable_key", "pk_live_" + v.rs(ALNUM, 24)).t(
        '"\nCSRF_TRUSTED_ORIGINS = ["https://'
    ).la("hostname", r.choice(ORG_DOMAINS)).t('"]\n# requirements: Django==').la(
        "version", f"{r.randint(4, 5)}.{r.randint(0, 2)}.{r.randint(1, 15)}"
    ).t("\n```\n\n")
    d.t(
        "Assistant: No. The `SECRET_KEY`, database password and SendGrid key are hard-coded — read them from the environment like you already do for AWS. Check `DEBUG`, and keep "
    ).p(admins[0][2]).t(" in ADMINS only if they should receive error e-mails containing request data.\n")
    return d


def t_recruiter_shortlist(v: Vals) -> Doc:
    r, d = v.r, Doc()
    rec, hm = v.person(latin=True), v.person(latin=True)
    role = pick(r, ["Senior Data Engineer", "Clinical Nurse Lead", "Warehouse Supervisor", "iOS Developer"])
    d.t("User: rewrite this shortlist e-mail so it can go to the hiring panel without personal data.\n\nFrom: ").p(
        rec[2]
    ).t(" <").g("EMAIL_ADDRESS", v.email(rec[0], rec[1], org=True)).t(">\nTo: ").p(hm[2]).t(
        f"\nSubject: Shortlist — {role} (req "
    ).la("req_id", f"R-{v.digits(6)}").t(")\n\nHi ").p(hm[0]).t(
        ",\n\nThree candidates cleared the phone screen; background checks are running:\n"
    )
    cands = [v.person(latin=r.random() < 0.7) for _ in range(3)]
    for cg, cf, cfull in cands:
        d.t("• ").p(cfull).t(
            f" — {r.randint(3, 15)} yrs, ex-{r.choice(BRANDS)}, ask {r.choice(['$95k', '$120k', '$78k', '$140k'])}; "
        ).g("PHONE_NUMBER", v.phone(region=r.choice(["US", "US", "CA", "GB", "IN"]))).t(", ").g(
            "EMAIL_ADDRESS", v.email(cg, cf)
        ).t("; SSN ").g("US_SSN", v.ssn()).t("\n")
    d.t("Candidate portal: ").la("brand_name", r.choice(["Greenhouse", "Lever", "Workday"])).t(" ID ").la(
        "candidate_id", v.digits(7)
    ).t("; interviews on ").la("date", v.date()).t(" at ").la("named_place", r.choice(NAMED_PLACES)).t(
        ".\n\nThanks,\n"
    ).p(rec[0]).t("\n\n")
    d.t("Assistant: Hi ").p(hm[0]).t(",\n\nThree candidates for the " + role + " role cleared the phone screen:\n")
    for i, (_cg, _cf, cfull) in enumerate(cands):
        d.t(f"• Candidate {'ABC'[i]} — ").p(cfull).t(", experience and salary expectations as discussed.\n")
    d.t("Contact details and SSNs stay in the ATS only.\n— ").p(rec[0]).t("\n")
    return d


def t_donation_receipts(v: Vals) -> Doc:
    r, d = v.r, Doc()
    charity = pick(
        r, ["Riverbank Food Bank", "Open Paws Rescue", "Hillside Hospice", "Code Club Trust", "Sea Turtle Watch"]
    )
    d.t("User: our volunteer pasted last week's donation receipts — draft thank-you notes, first names only.\n\n")
    donors = []
    for _ in range(r.randint(2, 3)):
        g, f, full = v.person(latin=True)
        donors.append((g, f, full))
        d.t("RECEIPT ").la("receipt_luhn", v.order_luhn()).t(f" · {charity} (reg. charity ").la(
            "charity_no", v.digits(7)
        ).t(")\nDonor: ").p(full).t(" · ").g("EMAIL_ADDRESS", v.email(g, f)).t(" · ").g(
            "PHONE_NUMBER", v.phone(region=r.choice(["GB", "IE", "US", "AU", "NZ", "CA"]))
        ).t("\n")
        if r.random() < 0.55:
            d.t(f"Amount {v.money()} · paid by card ").g("CREDIT_CARD", v.card()).t(" · auth ").la(
                "auth_code", v.rs(string.ascii_uppercase + string.digits, 6)
            ).t("\n")
        else:
            d.t(f"Amount {v.money()} · bank transfer from ").g(
                "IBAN_CODE", v.iban(country=r.choice(["GB", "IE", "DE", "NL", "FR"]))
            ).t(" · Gift Aid: yes\n")
        d.t("Date ").la("date", v.date()).t("\n\n")
    d.t("Assistant:\n")
    for g, _f, _full in donors:
        d.t("Dear ").p(g).t(f", thank you so much for supporting {charity} — your gift makes a real difference.\n")
    return d


def t_volunteer_rota(v: Vals) -> Doc:
    r, d = v.r, Doc()
    event = pick(r, ["Parkrun", "Beach clean-up", "Community fridge", "Marathon water station", "Repair café"])
    coord = v.person()
    d.t(
        f"User: spot any gaps in this {event} rota and write the reminder SMS.\n\n| Date | Shift | Volunteer | Phone | Email | Location |\n|---|---|---|---|---|---|\n"
    )
    vols = []
    for _ in range(r.randint(3, 5)):
        g, f, full = v.person()
        vols.append(g)
        d.t("| ").la("date", v.date()).t(f" | {r.choice(['07:30-10:00', '10:00-12:30', '12:30-15:00'])} | ").p(full).t(
            " | "
        ).g(
            "PHONE_NUMBER",
            v.phone(
                region=r.choice(["GB", "US", "AU", "IE", "NZ", "ZA", "IN"]),
                fmt=r.choice(["intl", "e164", "national", "national"]),
            ),
        ).t(" | ").g("EMAIL_ADDRESS", v.email(g, f)).t(" | ").la(
            r.choice(["named_place", "street_name"]), r.choice(NAMED_PLACES + STREETS)
        ).t(" |\n")
    d.t("| ").la("date", v.date()).t(" | 15:00-17:30 | *(empty)* | | | ").la("named_place", r.choice(NAMED_PLACES)).t(
        " |\n\nCoordinator: "
    ).p(coord[2]).t(", ").g("PHONE_NUMBER", v.phone()).t("\n\n")
    d.t("Assistant: Gap: the last 15:00-17:30 shift has nobody. Reminder SMS:\n> Hi ").p(vols[0]).t(
        f"! Reminder: your {event} shift is this weekend. Reply STOP to opt out. — "
    ).p(coord[0]).t("\n")
    return d


def t_swaks_smtp(v: Vals) -> Doc:
    r, d = v.r, Doc()
    g, f, full = v.person(latin=True)
    rg, rf, _rfull = v.person()
    frm, to = v.email(g, f, org=True), v.email(rg, rf)
    host = "smtp." + r.choice(ORG_DOMAINS)
    d.t("User: why is this mail rejected?\n\n$ swaks --to ").g("EMAIL_ADDRESS", to).t(" --from ").g(
        "EMAIL_ADDRESS", frm
    ).t(f" --server {host}:587 --tls --auth LOGIN --auth-user ").g("EMAIL_ADDRESS", frm).t(" --auth-password '").g(
        "API_KEY", v.password()
    ).t("'\n")
    d.t("=== Trying ").t(host).t(":587...\n=== Connected to ").g("IP_ADDRESS", v.ip()).t(".\n<-  220 ").t(host).t(
        " ESMTP Postfix\n -> EHLO "
    ).la("hostname", r.choice(["laptop-", "build-", "ci-runner-"]) + v.rs(HEX, 6)).t("\n<-  250-SIZE ").la(
        "size_bytes", str(r.randint(10, 50) * 1048576)
    ).t("\n -> STARTTLS\n<-  220 2.0.0 Ready to start TLS\n=== TLS started with cipher TLS_AES_256_GCM_SHA384\n")
    d.t(" ~> AUTH LOGIN\n <~ 235 2.7.0 Authentication successful\n ~> MAIL FROM:<").g("EMAIL_ADDRESS", frm).t(
        ">\n <~ 250 2.1.0 Ok\n ~> RCPT TO:<"
    ).g("EMAIL_ADDRESS", to).t(">\n")
    d.t(" <~* 554 5.7.1 <").g("EMAIL_ADDRESS", to).t(">: Recipient address rejected: client host [").g(
        "IP_ADDRESS", v.ipv4()
    ).t("] blocked using zen.spamhaus.org; queue ").la("queue_id", v.rs("0123456789ABCDEF", 10)).t("\n")
    d.t(" ~> Message-Id: <").la("message_id", f"{v.rs(HEX, 16)}@{host}").t(">\n ~> X-Mailer: swaks v").la(
        "version", f"{r.choice([20170101, 20190914, 20201014, 20240103])}.0"
    ).t(" jetmore.org/john/code/swaks/\n\n")
    d.t(
        "Assistant: The sending IP is on the Spamhaus ZEN blocklist, so the recipient's server refuses it — the credentials are fine (235). Use your provider's relay or request delisting. Also, your command line includes the SMTP password for "
    ).p(full).t("'s mailbox; change it, since it's now in your shell history.\n")
    return d


def t_airbnb_checkin(v: Vals) -> Doc:
    r, d = v.r, Doc()
    hg, hf, host = v.person()
    gg, _gf, _guest = v.person()
    city = r.choice(CITIES)
    d.t("User: translate/simplify my check-in message for the guest, keep it friendly.\n\n")
    d.t("Hi ").p(gg).t(f"! Welcome to {city} 🙂 Reservation ").la(
        "reservation_code", "HM" + v.rs(string.ascii_uppercase + string.digits, 8)
    ).t(" · listing ").la("listing_id", v.digits(r.choice([8, 18]))).t("\n")
    d.t("Address: ").la("street_name", f"{r.choice(STREETS)} {r.randint(1, 120)}").t(", flat ").la(
        "flat_no", str(r.randint(1, 40))
    ).t(". Door code ").la("door_code", str(r.randint(1000, 9999)) + "#").t(", check-in from 15:00.\n")
    d.t(f"Wi-Fi: {r.choice(['Casa', 'Home', 'Loft', 'Nest'])}-{r.randint(10, 99)} · Wi-Fi password: ").g(
        "API_KEY", v.password()
    ).t("\n")
    d.t("If anything's wrong call me on ").g("PHONE_NUMBER", v.phone()).t(" or my cleaner ").p(v.person()[2]).t(
        " on "
    ).g("PHONE_NUMBER", v.phone()).t(". Invoices: ").g("EMAIL_ADDRESS", v.email(hg, hf)).t("\n")
    d.t(f"Nearest supermarket is the {r.choice([*BRANDS[:4], 'Lidl', 'Carrefour', 'Albert Heijn'])} on ").la(
        "street_name", r.choice(STREETS)
    ).t("; the bus to ").la("named_place", r.choice(NAMED_PLACES)).t(" leaves every 10 min.\nSee you soon, ").p(host).t(
        "\n\n"
    )
    d.t("Assistant: Here's a shorter version:\n> Hi ").p(gg).t(
        "! Check-in from 3 pm. The door code, Wi-Fi details and my number are below — message me here if anything is wrong. Enjoy "
    ).la("city_name", city).t("! — ").p(hg).t("\n")
    return d


TEMPLATES: list[Callable[[Vals], Doc]] = [
    t_android_logcat,
    t_ios_crash,
    t_etsy_thread,
    t_discord_modlog,
    t_tenant_screening,
    t_ipynb,
    t_nomad_job,
    t_podcast_notes,
    t_wedding_contract,
    t_customs_cn23,
    t_gym_membership,
    t_telegram_export,
    t_postmortem,
    t_cloudflare_waf,
    t_django_settings,
    t_recruiter_shortlist,
    t_donation_receipts,
    t_volunteer_rota,
    t_swaks_smtp,
    t_airbnb_checkin,
]


def _check(rec: dict) -> None:
    text = rec["text"]
    spans = rec["spans"]
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"] and s["text"].strip() == s["text"] and s["text"], s
        assert "\n" not in s["text"], s
        if s["type"] == "CREDIT_CARD":
            assert luhn_ok("".join(c for c in s["text"] if c.isdigit())), s
        if s["type"] == "IBAN_CODE":
            assert iban_ok(s["text"]), s
        if s["type"] == "US_SSN":
            assert ssn_ok(s["text"]), s
        if s["type"] == "IP_ADDRESS":
            ipaddress.ip_address(s["text"])  # raises on anything but a bare address
        if s["type"] == "PHONE_NUMBER":
            assert s["text"][0] in "+0123456789(", s
    for a, b in itertools.pairwise(spans):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for la in rec["lookalikes"]:
        assert text[la["start"] : la["end"]] == la["text"] and la["text"], la
        assert not any(s["start"] < la["end"] and la["start"] < s["end"] for s in spans), la
        if la["kind"] in {"order_luhn", "receipt_luhn", "member_luhn"}:
            assert luhn_ok(la["text"]), la
        if la["kind"] == "card_bad":
            assert not luhn_ok(la["text"].replace(" ", "")), la
        if la["kind"] == "ssn_invalid":
            assert not ssn_ok(la["text"]), la
        if la["kind"] == "iban_bad":
            assert not iban_ok(la["text"]), la


def build() -> list[dict]:
    rng = random.Random(SEED)
    v = Vals(rng)
    records: list[dict] = []
    for i in range(PER_TEMPLATE):
        for tpl in TEMPLATES:
            doc = tpl(v)
            rec = {
                "id": f"heldout13-{len(records) + 1:04d}",
                "template": tpl.__name__,
                "text": "".join(doc.parts),
                "spans": sorted(doc.spans, key=lambda s: s["start"]),
                "lookalikes": sorted(doc.las, key=lambda s: s["start"]),
            }
            _check(rec)
            records.append(rec)
        del i
    return records


def main() -> None:
    records = build()
    data = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(records)} texts -> {OUT}")
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
