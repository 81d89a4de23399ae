"""Generate the held-out PII evaluation set v16 (``data/pii/eval_heldout16.jsonl``).

Written blind by the 9th independent author: no detector code, no other eval set and no other generator
was read. Standard library only, deterministic (``SEED``), no network.

Usage::

    .venv/bin/python data/pii/gen_heldout16.py                # writes data/pii/eval_heldout16.jsonl
    .venv/bin/python data/pii/gen_heldout16.py --out /tmp/x.jsonl

Every text is built from pieces (plain strings and tagged values), so offsets are computed, never typed
by hand. ``check_record`` asserts offsets, Luhn, mod-97, SSN rules and IP syntax, and ``scan_unlabelled``
asserts that no e-mail, IPv4, SSN-shaped, IBAN-shaped or Luhn-valid 13-19 digit run and no known full
name appears outside a labelled span or a declared look-alike.

Labelling policy
----------------
* PERSON: every mention of a specific human being by name: full names, given names alone ("Hi Emre,"),
  surnames after a title ("Dr. Okafor" -> "Okafor"). Titles and honorifics (Mr., Ms., Dr., Bay, Hanım,
  anh, chị, Fru, Herr, Sheikh ...) are NOT part of the span. Names in Greek, Hebrew and Arabic script are
  labelled like Latin ones. Names that are only part of an organisation, place, street, airport, prize,
  disease, algorithm or product ("Ahmadu Bello University", "Ho Chi Minh City", "Karl Johans gate",
  "Parkinson's disease", "Dijkstra's algorithm") are NOT PERSON; they are recorded as look-alikes of
  kind ``eponym`` (whole name). User handles (``@sigrid_h``), login names and the local part of an
  e-mail address are not PERSON. Bot / team names ("Customer Care") are not PERSON.
* EMAIL_ADDRESS: any syntactically valid address including role and example-domain addresses.
  ``git@github.com:org/repo.git`` (an SSH remote) and ``user@host`` shell prompts are look-alikes.
* PHONE_NUMBER: telephone numbers of many countries, international (+CC / 00CC) and national trunk
  formats; span from the first "+"/digit to the last digit (no "tel:" prefix, no extension text).
  Masked numbers are look-alikes.
* CREDIT_CARD: Luhn-valid numbers of 13-19 digits with a real issuer prefix, including well-known test
  numbers; span covers separators. Luhn-invalid card-shaped numbers and masked cards are look-alikes.
  IMEIs (Luhn-valid by construction) are look-alikes of kind ``imei``.
* IBAN_CODE: mod-97-valid IBANs, printed compact or in groups of four (span includes the spaces).
  IBANs with a wrong check value are look-alikes (``invalid_iban``); BIC/SWIFT codes too.
* US_SSN: valid SSNs only (area not 000/666/900-999, group not 00, serial not 0000), dashed, spaced or
  compact. Invalid or masked SSNs are look-alikes.
* IP_ADDRESS: every IPv4 / IPv6 address of a host or interface, private and loopback included; the
  span excludes ports, brackets and "/prefix". Network blocks in CIDR notation (``10.20.0.0/16``) are
  look-alikes (``cidr_block``), as are dotted versions and OIDs, even when each part is <= 255.
* API_KEY: literal secrets: cloud / SaaS keys and tokens (AWS, GitHub, GitLab, Slack, Stripe, Google,
  OpenAI, Anthropic, SendGrid, Hugging Face, npm, DigitalOcean, Shopify, Mailgun, Azure storage keys,
  Datadog keys, JWT bearer tokens) and passwords written in configs, connection strings or commands.
  The span is the secret value only (not ``KEY=``, not quotes). Test-mode keys (``sk_test_...``) are
  still labelled: they are credentials. Placeholders, ``${VAR}`` references,
  redacted values, hashes, commit SHAs, UUIDs and image digests are look-alikes.
* Dates of birth, order / invoice / claim / policy / tracking numbers, account IDs, etc. are not PII
  types here; they appear only as look-alikes.
"""

from __future__ import annotations

import argparse
import ipaddress
import itertools
import json
import random
import re
import string
import unicodedata
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

SEED = 1_600_916
N_PER_TEMPLATE = 35
DEFAULT_OUT = Path(__file__).resolve().parent / "eval_heldout16.jsonl"
PII_RATE = 0.6  # share of mixed-style documents that carry PII

PII_TYPES = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "API_KEY",
    "PERSON",
)

Piece = str | tuple[str, str]

# --------------------------------------------------------------------------------------------- validators


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def ssn_ok(text: str) -> bool:
    d = re.sub(r"[ -]", "", text)
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def ip_ok(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

# ------------------------------------------------------------------------------------------ random helpers

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEX = "0123456789abcdef"
AN = UP + LO + DG
B64 = AN + "+/"
URLSAFE = AN + "-_"


def rs(r: random.Random, n: int, alphabet: str) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def fill(r: random.Random, pattern: str) -> str:
    """X -> digit, ^ -> digit 2-9, ? -> upper-case letter; everything else is kept."""
    out = []
    for ch in pattern:
        if ch == "X":
            out.append(r.choice(DG))
        elif ch == "^":
            out.append(r.choice("23456789"))
        elif ch == "?":
            out.append(r.choice(UP))
        else:
            out.append(ch)
    return "".join(out)


def unluhn(s: str) -> str:
    """Change the last digit of s until its digits fail the Luhn check."""
    digits = re.sub(r"\D", "", s)
    if not luhn_ok(digits):
        return s
    idx = max(i for i, ch in enumerate(s) if ch.isdigit())
    return s[:idx] + str((int(s[idx]) + 1) % 10) + s[idx + 1 :]


T = TypeVar("T")


def pick(r: random.Random, seq: Sequence[T]) -> T:
    return seq[r.randrange(len(seq))]


# ----------------------------------------------------------------------------------------------- people

GIVEN_FAMILY: dict[str, tuple[list[str], list[str]]] = {
    "no": (
        ["Øyvind", "Sigrid", "Håkon", "Ingrid", "Torbjørn", "Solveig", "Eirik", "Ragnhild", "Kjetil", "Marit"],
        ["Bjørnstad", "Halvorsen", "Solberg", "Aasen", "Kvam", "Lunde", "Haugland", "Strømme", "Engebretsen"],
    ),
    "se": (
        ["Åsa", "Linnea", "Björn", "Gustav", "Elsa", "Oskar", "Maja", "Henrik", "Ebba"],
        ["Lindqvist", "Sjöberg", "Bergström", "Nyström", "Åkesson", "Holmgren", "Wikström"],
    ),
    "dk": (
        ["Mette", "Søren", "Frederikke", "Rasmus", "Louise", "Mads", "Signe"],
        ["Kjærgaard", "Østergaard", "Mikkelsen", "Dalsgaard", "Birk", "Thygesen"],
    ),
    "fi": (
        ["Aino", "Juhani", "Kaisa", "Ville", "Tuuli", "Eero", "Satu", "Onni"],
        ["Virtanen", "Mäkinen", "Heikkilä", "Koskinen", "Järvinen", "Laaksonen", "Nieminen"],
    ),
    "tr": (
        ["Emre", "Çağla", "Mehmet", "Ayşe", "Burak", "Elif", "Oğuz", "Zeynep", "Serkan", "Gökhan", "İrem", "Deniz"],
        ["Yılmaz", "Öztürk", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Arslan", "Doğan", "Kılıç", "Güneş"],
    ),
    "ng": (
        ["Chinedu", "Oluwaseun", "Aisha", "Ngozi", "Emeka", "Funmilayo", "Babatunde", "Chiamaka", "Ibrahim"],
        ["Okonkwo", "Adebayo", "Bello", "Eze", "Okafor", "Adeyemi", "Nwosu", "Abubakar", "Balogun", "Ogunleye"],
    ),
    "ng_word": (
        ["Precious", "Blessing", "Godswill", "Mercy", "Favour", "Goodluck", "Patience", "Joy"],
        ["Okoro", "Udeh", "Ibekwe", "Anyanwu", "Chukwu", "Etim"],
    ),
    "in": (
        ["Venkatesh", "Priya", "Aarav", "Lakshmi", "Arjun", "Divya", "Karthik", "Ananya", "Harpreet", "Sourav"],
        ["Subramanian", "Raghunathan", "Deshmukh", "Iyer", "Reddy", "Chatterjee", "Kulkarni", "Nair", "Sandhu"],
    ),
    "ar": (
        ["Abdulrahman", "Fatima", "Yousef", "Layla", "Omar", "Mariam", "Khalid", "Noura", "Hamza", "Rania"],
        ["Al-Qahtani", "Haddad", "El-Sayed", "Al-Mansouri", "Nasser", "Khoury", "Al-Farsi", "Abu-Ghazaleh"],
    ),
    "he": (
        ["Yael", "Avraham", "Noa", "Itai", "Tamar", "Eliyahu", "Shira", "Oren", "Moshe", "Hadas"],
        ["Ben-David", "Mizrahi", "Peretz", "Biton", "Friedman", "Katz", "Azoulay", "Shapiro", "Ohana"],
    ),
    "misc": (
        ["Nino", "Selamawit", "Katarzyna", "Maricel", "Ruairí", "Siosaia", "Bolat", "Dalia"],
        ["Beridze", "Tesfaye", "Wójcik", "Dela Cruz", "Ó Briain", "Tupou", "Nurlanov", "Kazlauskienė"],
    ),
}

VI_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"]
VI_MIDDLE = ["Thị", "Văn", "Minh", "Ngọc", "Đức", "Thanh"]
VI_GIVEN = ["Lan", "Tuấn", "Hương", "Dũng", "Mai", "Khoa", "Thảo", "Phúc", "Quân", "Trang"]

FIXED_FULL: dict[str, list[str]] = {
    "is": [
        "Þórdís Guðmundsdóttir",
        "Sigurður Jónsson",
        "Halldóra Einarsdóttir",
        "Kristján Sigurðsson",
        "Guðrún Stefánsdóttir",
        "Ragnar Þórsson",
    ],
    "gr": [
        "Eleftheria Papadopoulou",
        "Giorgos Antoniou",
        "Dimitra Konstantinou",
        "Nikos Oikonomou",
        "Vasiliki Georgiou",
        "Panagiotis Karamanlis",
        "Eirini Alexiou",
        "Stavros Nikolaidis",
    ],
    "gr_script": [
        "Ελευθερία Παπαδοπούλου",
        "Γιώργος Αντωνίου",
        "Δήμητρα Κωνσταντίνου",
        "Νίκος Οικονόμου",
        "Σοφία Γεωργίου",
    ],
    "he_script": ["יעל בן דוד", "אברהם מזרחי", "נועה פרץ"],
    "ar_script": ["فاطمة حداد", "عمر الفارسي", "ليلى خوري"],
}


class Person:
    def __init__(self, full: str, given: str, family: str, culture: str) -> None:
        self.full, self.given, self.family, self.culture = full, given, family, culture


def person(r: random.Random, culture: str) -> Person:
    if culture == "vi":
        fam, mid, giv = pick(r, VI_FAMILY), pick(r, VI_MIDDLE), pick(r, VI_GIVEN)
        return Person(f"{fam} {mid} {giv}", giv, fam, culture)
    if culture in FIXED_FULL:
        full = pick(r, FIXED_FULL[culture])
        parts = full.split(" ")
        return Person(full, parts[0], parts[-1], culture)
    givens, fams = GIVEN_FAMILY[culture]
    g, f = pick(r, givens), pick(r, fams)
    return Person(f"{g} {f}", g, f, culture)


LATIN_CULTURES = ["no", "se", "dk", "fi", "is", "tr", "vi", "ng", "ng_word", "in", "ar", "he", "gr", "misc"]


def any_person(r: random.Random) -> Person:
    return person(r, pick(r, LATIN_CULTURES))


FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "ı": "i",
        "İ": "I",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "ł": "l",
        "Ł": "L",
    }
)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(FOLD)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


FREEMAIL = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.com",
    "icloud.com",
    "proton.me",
    "online.no",
    "yandex.com",
    "rediffmail.com",
    "mail.com",
    "live.fi",
    "walla.co.il",
]

COMPANIES: dict[str, list[tuple[str, str]]] = {
    "no": [("Fjordlys AS", "fjordlys.no"), ("Nordkapp Energi AS", "nordkappenergi.no")],
    "se": [("Skärgård Logistik AB", "skargardlogistik.se")],
    "dk": [("Vesterhav ApS", "vesterhav.dk")],
    "fi": [("Revontuli Oy", "revontuli.fi")],
    "is": [("Jökull ehf.", "jokull.is")],
    "tr": [("Kuzey Lojistik A.Ş.", "kuzeylojistik.com.tr"), ("Anadolu Tekstil Ltd. Şti.", "anadolutekstil.com.tr")],
    "vi": [("Sông Hồng Trading JSC", "songhongtrading.vn"), ("Mekong Foods Co.", "mekongfoods.com.vn")],
    "ng": [("Lagos Freightways Ltd", "lagosfreightways.ng"), ("Ikeja Solar Ltd", "ikejasolar.com.ng")],
    "ng_word": [("Onitsha Agro Ltd", "onitsha-agro.com.ng")],
    "in": [("Kaveri Softworks Pvt Ltd", "kaverisoft.in"), ("Deccan Pharma Labs", "deccanpharma.co.in")],
    "ar": [("Al Noor Facilities LLC", "alnoorfm.ae"), ("Najd Contracting Co.", "najdcontracting.sa")],
    "he": [("Galil Robotics Ltd", "galilrobotics.co.il"), ("Negev Data Systems", "negevdata.co.il")],
    "gr": [("Aigaio Shipping S.A.", "aigaioshipping.gr")],
    "misc": [("Kartli Wine Export", "kartliwine.ge"), ("Baltic Amber UAB", "balticamber.lt")],
}


def company(r: random.Random, culture: str) -> tuple[str, str]:
    return pick(r, COMPANIES.get(culture, COMPANIES["misc"]))


def email_for(r: random.Random, p: Person, domain: str | None = None) -> str:
    if p.culture in ("gr_script", "he_script", "ar_script"):
        g, f = rs(r, 5, LO), rs(r, 6, LO)
    else:
        g, f = fold(p.given), fold(p.family)
    local = pick(r, [f"{g}.{f}", f"{g[0]}{f}", g, f"{g}{f[0]}", f"{f}.{g}{r.randint(1, 99)}", f"{g}_{f}"])
    return f"{local}@{domain or pick(r, FREEMAIL)}"


# ----------------------------------------------------------------------------------------------- phones

PHONE_FORMATS: dict[str, list[str]] = {
    "no": ["+47 4XX XX XXX", "+47 9XX XX XXX", "+47 4X XX XX XX", "+479XXXXXXX", "0047 4XXXXXXX"],
    "se": ["+46 70-XXX XX XX", "+46 73 XXX XX XX", "070-XXX XX XX", "+46 8 XXX XXX XX"],
    "dk": ["+45 2X XX XX XX", "+45 3XXX XXXX", "+45 6X XX XX XX"],
    "fi": ["+358 40 XXX XXXX", "+358 50 XXXXXXX", "040 XXX XXXX", "+358 9 XXXX XXXX"],
    "is": ["+354 6XX XXXX", "+354 5XX-XXXX"],
    "tr": ["+90 5XX XXX XX XX", "0 (5XX) XXX XX XX", "+90 212 XXX XX XX", "+905XXXXXXXXX", "05XX XXX XX XX"],
    "vi": ["+84 9XX XXX XXX", "09XX XXX XXX", "+84 28 XXXX XXXX", "+84 3X XXX XXXX", "+849XXXXXXXX"],
    "ng": ["+234 80X XXX XXXX", "+234 (0) 70X XXX XXXX", "080X XXX XXXX", "+23481XXXXXXXX", "0803-XXX-XXXX"],
    "in": ["+91 9XXXX XXXXX", "+91-8XXXX-XXXXX", "+91 80 XXXX XXXX", "09XXXXXXXXX", "+91 7XXXXXXXXX"],
    "ar": ["+966 5X XXX XXXX", "+966 11 XXX XXXX", "+971 5X XXX XXXX", "+971 4 XXX XXXX", "+971-5X-XXXXXXX"],
    "he": ["+972 5X-XXX-XXXX", "05X-XXX-XXXX", "+972-3-XXX-XXXX", "+972 52 XXX XXXX"],
    "gr": ["+30 69X XXX XXXX", "+30 210 XXX XXXX", "69X XXX XXXX", "+30 2310 XXXXXX"],
    "us": ["+1 (^XX) ^XX-XXXX", "+1 ^XX-^XX-XXXX", "+1 ^XX ^XX XXXX", "+1.^XX.^XX.XXXX"],
    "gb": ["+44 20 7XXX XXXX", "+44 7XXX XXXXXX", "+44 (0)161 XXX XXXX"],
    "de": ["+49 30 XXXXXXXX", "+49 15X XXXXXXXX", "+49 (0)89 XXXX XXXX"],
    "misc": ["+995 5XX XX XX XX", "+251 91 XXX XXXX", "+48 5XX XXX XXX", "+63 917 XXX XXXX", "+370 6XX XXXXX"],
}
PHONE_ALIAS = {"ng_word": "ng", "gr_script": "gr", "he_script": "he", "ar_script": "ar"}


def phone(r: random.Random, culture: str) -> str:
    c = PHONE_ALIAS.get(culture, culture)
    return fill(r, pick(r, PHONE_FORMATS.get(c, PHONE_FORMATS["misc"])))


# ------------------------------------------------------------------------------------------------ cards

CARD_BRANDS = [
    # (prefix choices, length, grouping)
    (["4"], 16, (4, 4, 4, 4)),
    (["51", "52", "53", "54", "55", "2221", "2300", "2720"], 16, (4, 4, 4, 4)),
    (["34", "37"], 15, (4, 6, 5)),
    (["6011", "65"], 16, (4, 4, 4, 4)),
    (["3528", "3589"], 16, (4, 4, 4, 4)),
    (["9792"], 16, (4, 4, 4, 4)),  # Troy (Turkey)
    (["6521", "6522", "508"], 16, (4, 4, 4, 4)),  # RuPay
    (["506099", "506110", "650002"], 19, (4, 4, 4, 4, 3)),  # Verve (Nigeria)
    (["36"], 14, (4, 6, 4)),  # Diners
    (["4"], 13, (13,)),
]


def card(r: random.Random) -> str:
    prefixes, length, groups = pick(r, CARD_BRANDS)
    prefix = pick(r, prefixes)
    body = prefix + rs(r, length - 1 - len(prefix), DG)
    digits = next(body + c for c in DG if luhn_ok(body + c))
    style = r.random()
    if style < 0.25 or len(groups) == 1:
        return digits
    sep = "-" if style < 0.45 else " "
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    return sep.join(out)


def bad_card(r: random.Random) -> str:
    return unluhn(
        fill(
            r,
            pick(
                r,
                [
                    "4XXX XXXX XXXX XXXX",
                    "5XXX-XXXX-XXXX-XXXX",
                    "4XXXXXXXXXXXXXXX",
                    "37XX XXXXXX XXXXX",
                    "9792 XXXX XXXX XXXX",
                ],
            ),
        )
    )


def masked_card(r: random.Random) -> str:
    return fill(
        r,
        pick(r, ["**** **** **** XXXX", "XXXX XX** **** XXXX", "4XXXXX******XXXX", "•••• XXXX", "xxxx-xxxx-xxxx-XXXX"]),
    )


def imei(r: random.Random) -> str:
    body = fill(r, "35XXXXXXXXXXXX")
    for check in DG:
        if luhn_ok(body + check):
            return body + check
    raise AssertionError


# ------------------------------------------------------------------------------------------------ IBANs

IBAN_SPECS = {
    "NO": "XXXXXXXXXXX",
    "DK": "XXXXXXXXXXXXXX",
    "FI": "XXXXXXXXXXXXXX",
    "SE": "XXXXXXXXXXXXXXXXXXXX",
    "IS": "XXXXXXXXXXXXXXXXXXXXXX",
    "TR": "XXXXX0XXXXXXXXXXXXXXXX",
    "GR": "XXXXXXXXXXXXXXXXXXXXXXX",
    "IL": "XXXXXXXXXXXXXXXXXXX",
    "AE": "XXXXXXXXXXXXXXXXXXX",
    "SA": "XXXXXXXXXXXXXXXXXXXX",
    "DE": "XXXXXXXXXXXXXXXXXX",
    "GB": "????XXXXXXXXXXXXXX",
    "NL": "????XXXXXXXXXX",
    "GE": "??XXXXXXXXXXXXXXXX",
    "LT": "XXXXXXXXXXXXXXXX",
    "PL": "XXXXXXXXXXXXXXXXXXXXXXXX",
}
CULTURE_IBAN = {
    "no": "NO",
    "se": "SE",
    "dk": "DK",
    "fi": "FI",
    "is": "IS",
    "tr": "TR",
    "gr": "GR",
    "he": "IL",
    "ar": "AE",
    "misc": "GE",
}


def _iban_check(cc: str, bban: str) -> str:
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - num % 97:02d}"


def _group(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def iban(r: random.Random, cc: str, grouped: bool | None = None) -> str:
    bban = fill(r, IBAN_SPECS[cc])
    s = cc + _iban_check(cc, bban) + bban
    if grouped is None:
        grouped = r.random() < 0.6
    return _group(s) if grouped else s


def bad_iban(r: random.Random, cc: str) -> str:
    good = iban(r, cc, grouped=False)
    while True:
        wrong = f"{r.randint(2, 98):02d}"
        s = good[:2] + wrong + good[4:]
        if not iban_ok(s):
            return _group(s) if r.random() < 0.6 else s


def bic(r: random.Random, cc: str) -> str:
    return rs(r, 4, UP) + cc + rs(r, 2, UP + DG) + pick(r, ["", "XXX", "2" + rs(r, 2, UP)])


# ------------------------------------------------------------------------------------------------- SSNs


def ssn(r: random.Random, style: str | None = None) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    group, serial = r.randint(1, 99), r.randint(1, 9999)
    style = style or pick(r, ["-", "-", "-", " ", ""])
    return f"{area:03d}{style}{group:02d}{style}{serial:04d}"


def bad_ssn(r: random.Random) -> str:
    kind = r.randrange(5)
    area, group, serial = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
    if area == 666:
        area = 665
    if kind == 0:
        area = 0
    elif kind == 1:
        area = 666
    elif kind == 2:
        area = r.randint(900, 999)
    elif kind == 3:
        group = 0
    else:
        serial = 0
    return f"{area:03d}-{group:02d}-{serial:04d}"


# --------------------------------------------------------------------------------------------------- IPs


def ipv4(r: random.Random, private: bool | None = None) -> str:
    if private is None:
        private = r.random() < 0.5
    if private:
        return pick(
            r,
            [
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            ],
        )
    first = r.choice([a for a in range(11, 224) if a not in (127, 172, 192, 100, 169)])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    def grp() -> str:
        return f"{r.randint(0, 0xFFFF):x}"

    form = r.randrange(4)
    if form == 0:
        s = "2001:db8:" + ":".join(grp() for _ in range(2)) + "::" + grp()
    elif form == 1:
        s = pick(r, ["2a02", "2a01", "2404", "2c0f", "2605", "2a0d"]) + ":" + ":".join(grp() for _ in range(7))
    elif form == 2:
        s = "fe80::" + ":".join(grp() for _ in range(4))
    else:
        s = pick(r, ["2a00:1450", "2001:4860", "2606:4700"]) + ":" + grp() + "::" + grp()
    return str(ipaddress.ip_address(s)) if r.random() < 0.5 else s


def ip_any(r: random.Random) -> str:
    return ipv6(r) if r.random() < 0.3 else ipv4(r)


# ---------------------------------------------------------------------------------------------- secrets


def secret(r: random.Random, kind: str | None = None) -> tuple[str, str]:
    """Return (env-var name, secret value)."""
    kinds = [
        "aws_id",
        "aws_secret",
        "github",
        "github_pat",
        "gitlab",
        "slack",
        "stripe",
        "google",
        "openai",
        "anthropic",
        "sendgrid",
        "hf",
        "npm",
        "do",
        "shopify",
        "mailgun",
        "datadog",
        "azure",
    ]
    kind = kind or pick(r, kinds)
    if kind == "aws_id":
        return "AWS_ACCESS_KEY_ID", pick(r, ["AKIA", "ASIA"]) + rs(r, 16, UP + "234567")
    if kind == "aws_secret":
        return "AWS_SECRET_ACCESS_KEY", rs(r, 40, B64)
    if kind == "github":
        return "GITHUB_TOKEN", pick(r, ["ghp_", "gho_", "ghs_"]) + rs(r, 36, AN)
    if kind == "github_pat":
        return "GH_PAT", "github_pat_11" + rs(r, 20, UP + DG) + "_" + rs(r, 59, AN)
    if kind == "gitlab":
        return "GITLAB_TOKEN", "glpat-" + rs(r, 20, URLSAFE)
    if kind == "slack":
        return "SLACK_BOT_TOKEN", pick(r, ["xoxb-", "xoxp-"]) + rs(r, 12, DG) + "-" + rs(r, 13, DG) + "-" + rs(
            r, 24, AN
        )
    if kind == "stripe":
        return "STRIPE_SECRET_KEY", pick(r, ["sk_live_", "rk_live_", "sk_test_"]) + rs(r, 24, AN) + rs(
            r, r.choice([0, 75]), AN
        )
    if kind == "google":
        return "GOOGLE_API_KEY", "AIza" + rs(r, 35, URLSAFE)
    if kind == "openai":
        return "OPENAI_API_KEY", "sk-proj-" + rs(r, 64, URLSAFE) + "T3BlbkFJ" + rs(r, 20, URLSAFE)
    if kind == "anthropic":
        return "ANTHROPIC_API_KEY", "sk-ant-api03-" + rs(r, 93, URLSAFE) + "AA"
    if kind == "sendgrid":
        return "SENDGRID_API_KEY", "SG." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE)
    if kind == "hf":
        return "HF_TOKEN", "hf_" + rs(r, 34, UP + LO)
    if kind == "npm":
        return "NPM_TOKEN", "npm_" + rs(r, 36, AN)
    if kind == "do":
        return "DIGITALOCEAN_TOKEN", "dop_v1_" + rs(r, 64, HEX)
    if kind == "shopify":
        return "SHOPIFY_ADMIN_TOKEN", "shpat_" + rs(r, 32, HEX)
    if kind == "mailgun":
        return "MAILGUN_API_KEY", "key-" + rs(r, 32, HEX)
    if kind == "datadog":
        return "DD_API_KEY", rs(r, 32, HEX)
    if kind == "azure":
        return "AZURE_STORAGE_KEY", rs(r, 86, B64) + "=="
    raise ValueError(kind)


def password(r: random.Random) -> str:
    style = r.randrange(4)
    if style == 0:
        return rs(r, r.randint(12, 20), AN + "!#%&*")
    if style == 1:
        word = pick(r, ["Fjord", "Kaplan", "Mango", "Lagos", "Baklava", "Zeytin", "Aurora", "Sahara", "Olive"])
        return f"{word}{r.randint(1970, 2026)}{pick(r, ['!', '#', '$', '@@', '?'])}"
    if style == 2:
        return rs(r, 4, LO) + "-" + rs(r, 4, LO) + "-" + rs(r, 4, DG) + "-" + rs(r, 3, UP)
    return rs(r, 24, AN)


def jwt(r: random.Random) -> str:
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + rs(r, 60, URLSAFE) + "." + rs(r, 43, URLSAFE)


def placeholder(r: random.Random) -> str:
    return pick(
        r,
        [
            "<YOUR_API_KEY>",
            "${STRIPE_SECRET_KEY}",
            "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
            "changeme-in-vault",
            "***REDACTED***",
            "{{ secrets.DEPLOY_TOKEN }}",
            "AKIAXXXXXXXXXXXXXXXX",
            "<redacted>",
            "$(cat /run/secrets/db_password)",
            "%DB_PASSWORD%",
            "ghp_************************************",
            "your-token-here",
            "${{ secrets.NPM_TOKEN }}",
            "REPLACE_ME",
        ],
    )


# ----------------------------------------------------------------------------------------- look-alikes


def order_no(r: random.Random) -> str:
    return unluhn(
        fill(
            r,
            pick(
                r,
                [
                    "ORD-2025-XXXXXXX",
                    "#XXXXXXX",
                    "XXX-XXXXXXX-XXXXXXX",
                    "SO-XXXXXXXX",
                    "TY-XXXXXXXXXXX",
                    "XXXXXXXXXXXX",
                    "PO/2025/XXXX",
                    "N-XXXX-XXXX",
                ],
            ),
        )
    )


def tracking_no(r: random.Random) -> str:
    return unluhn(
        fill(
            r,
            pick(
                r,
                [
                    "1ZXXX?X?XXXXXXXXXX",
                    "JJD00XXXXXXXXXXXXXXXX",
                    "LXXXXXXXXXNO",
                    "RRXXXXXXXXXTR",
                    "XXXX XXXX XXXX XXXX XXXX XX",
                    "VNPXXXXXXXXXX",
                    "GIGXXXXXXXX",
                ],
            ),
        )
    )


def date_str(r: random.Random, dob: bool = False) -> str:
    y = r.randint(1940, 2007) if dob else r.randint(2019, 2026)
    m, d = r.randint(1, 12), r.randint(1, 28)
    return pick(
        r,
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d} {pick(r, ['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} {y}",
        ],
    )


def semver(r: random.Random) -> str:
    return f"{r.randint(1, 19)}.{r.randint(0, 30)}.{r.randint(0, 20)}"


def version(r: random.Random, four_part: bool = False) -> str:
    """A release / build version. ``four_part`` gives dotted quads that are also valid IPv4 syntax."""
    if four_part:
        return f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(0, 250)}"
    return pick(
        r,
        [
            f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
            semver(r),
            f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}.{r.randint(0, 250)}",
            f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}",
            f"10.0.{r.randint(17000, 26000)}.{r.randint(100, 5000)}",
        ],
    )


def uuid_str(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha(r: random.Random, n: int = 40) -> str:
    return rs(r, n, HEX)


def mac(r: random.Random) -> str:
    sep = pick(r, [":", "-"])
    return sep.join(rs(r, 2, HEX) for _ in range(6))


def ticket(r: random.Random) -> str:
    return fill(r, pick(r, ["SUP-XXXXX", "INC0XXXXXX", "CS-XXXXXX", "#XXXXX", "DESK-XXXX", "HD-2025-XXXXX"]))


def claim_no(r: random.Random) -> str:
    return unluhn(
        fill(r, pick(r, ["CLM XXXX XXXX XXXX XXXX", "XXXX XXXX XXXX XXXX", "CL-2025-XXXXXXX", "XXXXXXXXXXXXXXXX"]))
    )


def policy_no(r: random.Random) -> str:
    return fill(r, pick(r, ["POL-??-XXXX-XXXX", "XXX-XXXXXXX-XX", "??XXXXXXXXX", "HX/XXXXXX/2025"]))


# -------------------------------------------------------------------------------------------- eponyms

EPONYM_PLACES = [
    "Atatürk Havalimanı",
    "Sabiha Gökçen Airport",
    "Nnamdi Azikiwe International Airport",
    "Obafemi Awolowo University",
    "Ahmadu Bello University",
    "Indira Gandhi International Airport",
    "Chhatrapati Shivaji Maharaj Terminus",
    "Ben Gurion Airport",
    "King Fahd Road",
    "Sheikh Zayed Road",
    "Niels Bohr Institute",
    "Aalto University",
    "Sibelius Academy",
    "Hans Christian Andersen Airport",
    "Ho Chi Minh City",
    "Nguyễn Huệ Boulevard",
    "Lê Lợi Street",
    "Onassis Cardiac Surgery Centre",
    "Eleftherios Venizelos Airport",
    "Max Planck Institute",
    "Karl Johans gate",
    "Henrik Ibsens gate",
    "Rothschild Boulevard",
    "Ahmadu Bello Way",
    "Mahatma Gandhi Road",
    "Johns Hopkins Hospital",
    "Tata Memorial Hospital",
    "Sultan Qaboos University",
    "Jomo Kenyatta Avenue",
    "Rabindranath Tagore Road",
    "Adnan Menderes Airport",
    "Halldór Laxness Library",
    "Bağdat Caddesi",
]
EPONYM_STREETS = [
    "Karl Johans gate",
    "Henrik Ibsens gate",
    "Rothschild Boulevard",
    "Ahmadu Bello Way",
    "Mahatma Gandhi Road",
    "Jomo Kenyatta Avenue",
    "Rabindranath Tagore Road",
    "Bağdat Caddesi",
    "Nguyễn Huệ Boulevard",
    "Lê Lợi Street",
    "King Fahd Road",
    "Sheikh Zayed Road",
]
EPONYM_MED = [
    "Parkinson's disease",
    "Alzheimer's disease",
    "Hodgkin lymphoma",
    "Crohn's disease",
    "Apgar score",
    "Bell's palsy",
    "Graves' disease",
    "Hashimoto's thyroiditis",
    "Cushing's syndrome",
    "Guillain-Barré syndrome",
]
EPONYM_TECH = [
    "Dijkstra's algorithm",
    "Levenshtein distance",
    "Kalman filter",
    "Fourier transform",
    "Huffman coding",
    "Bloom filter",
    "Nagle's algorithm",
    "Hamming distance",
    "Bayesian optimisation",
    "Jaccard index",
    "Dunning-Kruger effect",
]


def eponym(r: random.Random, pool: list[str] | None = None) -> tuple[str, str]:
    return ("~eponym", pick(r, pool or EPONYM_PLACES))


# ----------------------------------------------------------------------------------------- piece helpers


def P(v: str) -> tuple[str, str]:
    return ("PERSON", v)


def EM(v: str) -> tuple[str, str]:
    return ("EMAIL_ADDRESS", v)


def PH(v: str) -> tuple[str, str]:
    return ("PHONE_NUMBER", v)


def CC(v: str) -> tuple[str, str]:
    return ("CREDIT_CARD", v)


def IB(v: str) -> tuple[str, str]:
    return ("IBAN_CODE", v)


def SN(v: str) -> tuple[str, str]:
    return ("US_SSN", v)


def IP(v: str) -> tuple[str, str]:
    return ("IP_ADDRESS", v)


def AK(v: str) -> tuple[str, str]:
    return ("API_KEY", v)


def LK(kind: str, v: str) -> tuple[str, str]:
    return ("~" + kind, v)


# ================================================================================================ styles
# Each style returns a list of pieces. ``pii`` False must yield a document without any PII span.

Doc = list[Piece]


def s_email_rewrite(r: random.Random, pii: bool) -> Doc:
    ask = pick(
        r,
        [
            "Can you make this email sound more polite? Keep it short.",
            "Rewrite this in plain English, my manager says it reads too aggressive:",
            "Summarise the following email in two bullet points and suggest a reply.",
            "Fix the grammar only, don't change the meaning:\n",
        ],
    )
    c = pick(r, LATIN_CULTURES)
    co, dom = company(r, c)
    ordn = order_no(r)
    body = pick(
        r,
        [
            "I have now waited three weeks for the replacement and nobody answers my calls.",
            "The invoice you sent does not match the quote we agreed on in the meeting.",
            "We still have not received the signed documents, the deadline is Friday.",
            "The pallets arrived damaged again and the driver refused to sign the damage report.",
        ],
    )
    if not pii:
        return [
            ask,
            "\n\n---\nSubject: Re: shipment ",
            LK("order_number", ordn),
            "\n\nHello,\n\n",
            body,
            " As written on ",
            LK("date", date_str(r)),
            ", the unit with firmware ",
            LK("version", version(r, r.random() < 0.5)),
            " must be returned in its original box.\n\nRegards,\nCustomer Care, ",
            co,
        ]
    a, b = person(r, c), any_person(r)
    out: Doc = [ask, "\n\n---\nFrom: ", P(a.full), " <", EM(email_for(r, a, dom)), ">\nTo: "]
    if r.random() < 0.5:
        out += [P(b.full), " <", EM(email_for(r, b)), ">"]
    else:
        out += [EM(email_for(r, b))]
    out += ["\nSubject: Re: shipment ", LK("order_number", ordn), "\n\nHi ", P(b.given), ",\n\n", body]
    if r.random() < 0.6:
        out += [" If it is easier, call me on ", PH(phone(r, c)), " after 3 pm."]
    out += ["\n\n", pick(r, ["Regards", "Best", "Thanks", "Mvh", "Saygılarımla"]), ",\n", P(a.given)]
    return out


def s_assistant_draft(r: random.Random, pii: bool) -> Doc:
    c = pick(r, LATIN_CULTURES)
    topic = pick(r, ["the lease renewal", "your onboarding next Monday", "the delayed refund", "the audit findings"])
    if not pii:
        return [
            "Sure — here is a draft you can adapt:\n\nSubject: Update on ",
            topic,
            "\n\nDear ",
            LK("placeholder", "[Customer Name]"),
            ",\n\nThank you for your patience regarding ",
            topic,
            ". Our team reviewed case ",
            LK("ticket_id", ticket(r)),
            " on ",
            LK("date", date_str(r)),
            " and we will follow up within two business days.\n\nKind regards,\n",
            LK("placeholder", "[Your Name]"),
            "\n\nTip: replace the bracketed fields before sending.",
        ]
    a, b = any_person(r), person(r, c)
    co, dom = company(r, c)
    title = pick(r, ["Mr.", "Ms.", "Dr.", "Mrs."])
    out: Doc = [
        "Sure — here is a draft you can adapt:\n\nSubject: Update on ",
        topic,
        "\n\nDear ",
        title,
        " ",
        P(a.family),
        ",\n\nThank you for your patience regarding ",
        topic,
        ". ",
    ]
    out += ["You can reach me directly at ", PH(phone(r, c))]
    if r.random() < 0.6:
        out += [" or by e-mail at ", EM(email_for(r, b, dom))]
    out += [".\n\nKind regards,\n", P(b.full), "\n", pick(r, ["Account Manager", "Office Lead", "Paralegal"]), ", ", co]
    return out


def s_crm_note(r: random.Random, pii: bool) -> Doc:
    c = pick(r, LATIN_CULTURES)
    co, dom = company(r, c)
    acct = fill(r, pick(r, ["ACC-XXXXXX", "0015gXXXXXX????", "CUST/XXXX/??"]))
    out: Doc = [
        "Please turn these CRM notes into a short status update for the sales channel.\n\n",
        "Account: ",
        co,
        " (",
        LK("account_id", acct),
        ")\n",
        "Stage: ",
        pick(r, ["Negotiation", "Closed won", "Discovery", "Renewal at risk"]),
        "\n",
    ]
    if pii:
        p = person(r, c)
        out += ["Contact: ", P(p.full), ", ", pick(r, ["CFO", "Head of IT", "Procurement", "Owner"]), "\n"]
        if r.random() < 0.7:
            out += ["Phone: ", PH(phone(r, c)), "\n"]
        out += ["Email: ", EM(email_for(r, p, dom)), "\n"]
        out += [
            "Notes: met ",
            P(p.given),
            " at the ",
            eponym(r),
            " meetup on ",
            LK("date", date_str(r)),
            "; wants pricing for ",
            str(r.randint(20, 400)),
            " seats before ",
            LK("date", date_str(r)),
            ".\n",
        ]
        if r.random() < 0.4:
            q = any_person(r)
            out += ["Intro came from ", P(q.full), " (former customer).\n"]
    else:
        out += [
            "Contact: (primary contact left the company, role vacant)\n",
            "Notes: renewal quote ",
            LK("order_number", order_no(r)),
            " sent on ",
            LK("date", date_str(r)),
            "; they are evaluating the ",
            LK("version", version(r)),
            " on-prem build. Office moved to ",
            eponym(r),
            ".\n",
        ]
    return out


def s_support_ticket(r: random.Random, pii: bool) -> Doc:
    c = pick(r, LATIN_CULTURES)
    tk = ticket(r)
    out: Doc = [
        "Classify this ticket (billing / shipping / technical) and draft a reply.\n\n",
        "Ticket ",
        LK("ticket_id", tk),
        " | priority: ",
        pick(r, ["P2", "P3", "high", "normal"]),
        "\n",
    ]
    if pii:
        p = person(r, c)
        out += ["Requester: ", P(p.full), " <", EM(email_for(r, p)), ">\n\n"]
        roll = r.random()
        if roll < 0.35:
            out += [
                "I was charged twice for order ",
                LK("order_number", order_no(r)),
                ". The card is ",
                CC(card(r)),
                ", expiry ",
                LK("date", f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"),
                ". Please refund one of them.",
            ]
        elif roll < 0.7:
            out += [
                "Parcel ",
                LK("tracking_number", tracking_no(r)),
                " shows delivered but I never got it. ",
                "Call me on ",
                PH(phone(r, c)),
                ", my neighbour ",
                P(any_person(r).given),
                " was home all day.",
            ]
        else:
            out += [
                "Refund for ",
                LK("order_number", order_no(r)),
                " should go to my account ",
                IB(iban(r, CULTURE_IBAN.get(c, "DE"))),
                ", not to the card ending ",
                LK("masked_card", masked_card(r)),
                ".",
            ]
    else:
        out += ["Requester: (guest checkout)\n\n"]
        roll = r.random()
        if roll < 0.5:
            out += [
                "Order ",
                LK("order_number", order_no(r)),
                " was charged twice, card ",
                LK("masked_card", masked_card(r)),
                ". Tracking ",
                LK("tracking_number", tracking_no(r)),
                " has not moved since ",
                LK("date", date_str(r)),
                ".",
            ]
        else:
            out += [
                "App crashes after update ",
                LK("version", version(r)),
                " on my phone (IMEI ",
                LK("imei", imei(r)),
                "). Crash id ",
                LK("uuid", uuid_str(r)),
                ".",
            ]
    return out


def s_env_file(r: random.Random, pii: bool) -> Doc:
    out: Doc = [
        pick(
            r,
            [
                "My docker compose says the worker can't authenticate. Here's my .env:\n\n```\n",
                "why is this .env not picked up by python-dotenv??\n```\n",
                "Review this env file for mistakes before I deploy:\n```dotenv\n",
            ],
        )
    ]
    out += ["APP_ENV=production\n", "APP_VERSION=", LK("version", version(r)), "\n"]
    kinds = [
        "aws_id",
        "aws_secret",
        "github",
        "gitlab",
        "slack",
        "stripe",
        "google",
        "openai",
        "anthropic",
        "sendgrid",
        "hf",
        "npm",
        "do",
        "shopify",
        "mailgun",
        "datadog",
    ]
    for kind in r.sample(kinds, r.randint(2, 4)):
        name, val = secret(r, kind)
        if pii:
            out += [name, "=", AK(val), "\n"]
        else:
            out += [name, "=", LK("placeholder", placeholder(r)), "\n"]
    if pii:
        pw = password(r)
        host = ipv4(r, private=True)
        out += ["DB_HOST=", IP(host), "\nDB_USER=app\nDB_PASSWORD=", AK(pw), "\n"]
    else:
        out += ["DB_HOST=db.internal\nDB_USER=app\nDB_PASSWORD=", LK("placeholder", placeholder(r)), "\n"]
    out += ["SENTRY_RELEASE=", LK("git_sha", sha(r)), "\nREQUEST_TIMEOUT=30\n```"]
    return out


def s_k8s_yaml(r: random.Random, pii: bool) -> Doc:
    app = pick(r, ["ingest-api", "billing-worker", "ledger", "notif-svc", "search-gw"])
    out: Doc = [
        "kubectl apply fails with `error validating data`. Manifest:\n\n```yaml\napiVersion: v1\n",
        "kind: Secret\nmetadata:\n  name: ",
        app,
        "-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n",
    ]
    if pii:
        _, key = secret(r)
        out += [
            '  DATABASE_URL: "postgresql://',
            app,
            ":",
            AK(password(r)),
            "@",
            IP(ipv4(r, True)),
            ":5432/",
            app,
            '"\n',
            '  API_TOKEN: "',
            AK(key),
            '"\n',
        ]
    else:
        out += [
            '  DATABASE_URL: "postgresql://',
            app,
            ":",
            LK("placeholder", "${DB_PASSWORD}"),
            "@postgres.prod.svc:5432/",
            app,
            '"\n',
            "  API_TOKEN: ",
            LK("placeholder", placeholder(r)),
            "\n",
        ]
    out += [
        "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ",
        app,
        "\nspec:\n  template:\n",
        "    spec:\n      containers:\n        - name: ",
        app,
        "\n          image: registry.local/",
        app,
        ":",
        LK("version", version(r)),
        "@",
        LK("image_digest", "sha256:" + sha(r, 64)),
        "\n",
    ]
    if pii and r.random() < 0.5:
        out += ['          env:\n            - name: UPSTREAM_HOST\n              value: "', IP(ip_any(r)), '"\n']
    out += ["```"]
    return out


def s_traceback(r: random.Random, pii: bool) -> Doc:
    lib = pick(r, ["psycopg2", "redis", "requests", "pymongo", "httpx"])
    out: Doc = [
        "Got this in prod after upgrading ",
        lib,
        " to ",
        LK("version", version(r)),
        ", any idea?\n\n```\nTraceback (most recent call last):\n",
        '  File "/srv/app/worker.py", line ',
        str(r.randint(10, 900)),
        ", in run\n    conn = connect(cfg)\n",
        '  File "/opt/venv/lib/python3.11/site-packages/',
        lib,
        '/connection.py", line ',
        str(r.randint(10, 900)),
        ", in connect\n",
    ]
    if pii:
        roll = r.random()
        if roll < 0.4:
            out += [
                'psycopg2.OperationalError: connection to server at "',
                IP(ip_any(r)),
                '", port 5432 ',
                'failed: FATAL:  password authentication failed for user "etl"\n',
            ]
            out += ["```\nthe dsn is `host=db user=etl password=", AK(password(r)), " dbname=dw`"]
        elif roll < 0.7:
            out += [
                "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='",
                IP(ipv4(r)),
                "', port=443): Max retries exceeded with url: /v1/charge\n```",
            ]
        else:
            _, key = secret(r, pick(r, ["stripe", "openai", "sendgrid", "google"]))
            out += [
                "AuthenticationError: Invalid API key provided: ",
                AK(key),
                "\n```\n",
                "I copied it from the dashboard this morning.",
            ]
    else:
        out += [
            "ValueError: invalid literal for int() with base 10: '",
            LK("uuid", uuid_str(r)),
            "'\n```\n",
            "Commit ",
            LK("git_sha", sha(r, 7)),
            " introduced it I think. Build ",
            LK("build_number", fill(r, "2025.XX.XX.XXXX")),
            ".",
        ]
    return out


def s_access_log(r: random.Random, pii: bool) -> Doc:
    out: Doc = [
        pick(
            r,
            [
                "Why are these requests getting 429? nginx log:\n\n",
                "Summarise the traffic pattern in these lines:\n\n",
                "Is this a scraper? Last lines from access.log:\n\n",
            ],
        )
    ]
    for _ in range(r.randint(3, 6)):
        ts = (
            f"[{r.randint(1, 28):02d}/Nov/2025:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
            f"{r.randint(0, 59):02d} +0000]"
        )
        path = pick(r, ["/api/v2/search?q=shoes", "/login", "/static/app.js", "/health", "/api/v2/cart"])
        st = pick(r, ["200", "429", "304", "502"])
        if pii:
            out += [
                IP(ip_any(r)),
                " - - ",
                ts,
                ' "GET ',
                path,
                ' HTTP/1.1" ',
                st,
                " ",
                str(r.randint(100, 9000)),
                ' "-" "Mozilla/5.0" rid=',
                LK("uuid", uuid_str(r)),
                "\n",
            ]
        else:
            out += [
                "level=info ts=",
                LK(
                    "timestamp",
                    f"2025-11-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
                    f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
                ),
                ' msg="request" path=',
                path,
                " status=",
                st,
                " dur_ms=",
                str(r.randint(1, 900)),
                " trace=",
                LK("hash", sha(r, 32)),
                "\n",
            ]
    return out


def s_csv_export(r: random.Random, pii: bool) -> Doc:
    if not pii:
        out: Doc = ["Find duplicate SKUs in this inventory export:\n\n```csv\nsku,ean,name,qty,updated\n"]
        for _ in range(r.randint(4, 7)):
            out += [
                fill(r, "??-XXXX"),
                ",",
                LK("ean", unluhn(fill(r, "XXXXXXXXXXXXX"))),
                ",",
                pick(r, ["Wool socks", "Çay bardağı", "Nón lá", "Brass lamp", "Kente scarf", "Olive soap"]),
                ",",
                str(r.randint(0, 500)),
                ",",
                LK("date", f"2025-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}"),
                "\n",
            ]
        return [*out, "```"]
    cols = pick(
        r,
        [
            ["name", "email", "phone"],
            ["name", "email", "iban"],
            ["full_name", "phone", "country"],
            ["customer", "email", "last_ip"],
        ],
    )
    out = ["Clean this CSV (trim spaces, normalise phone numbers) and return it:\n\n", ",".join(cols), "\n"]
    for _ in range(r.randint(3, 6)):
        c = pick(r, LATIN_CULTURES)
        p = person(r, c)
        row: Doc = []
        for col in cols:
            if row:
                row.append(",")
            if col in ("name", "full_name", "customer"):
                row.append(P(p.full))
            elif col == "email":
                row.append(EM(email_for(r, p)))
            elif col == "phone":
                row.append(PH(phone(r, c)))
            elif col == "iban":
                row.append(IB(iban(r, CULTURE_IBAN.get(c, "NL"), grouped=False)))
            elif col == "country":
                row.append(c.upper()[:2])
            else:
                row.append(IP(ip_any(r)))
        out += [*row, "\n"]
    return out


def s_json_payload(r: random.Random, pii: bool) -> Doc:
    out: Doc = ["The frontend shows `undefined` for the user card. API response:\n\n```json\n{\n"]
    out += ['  "request_id": "', LK("uuid", uuid_str(r)), '",\n  "api_version": "', LK("version", version(r)), '",\n']
    if pii:
        c = pick(r, LATIN_CULTURES)
        p = person(r, c)
        out += [
            '  "user": {\n    "id": ',
            str(r.randint(1000, 999999)),
            ',\n    "displayName": "',
            P(p.full),
            '",\n',
            '    "email": "',
            EM(email_for(r, p)),
            '",\n',
        ]
        if r.random() < 0.6:
            out += ['    "phone": "', PH(phone(r, c)), '",\n']
        if r.random() < 0.5:
            out += ['    "lastLoginIp": "', IP(ip_any(r)), '",\n']
        out += [
            '    "createdAt": "',
            LK("timestamp", f"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}T08:1{r.randint(0, 9)}:00Z"),
            '"\n  }\n}\n```',
        ]
    else:
        out += [
            '  "flags": {"newCheckout": true, "darkMode": false},\n  "etag": "',
            LK("hash", sha(r, 32)),
            '",\n',
            '  "user": null\n}\n```\nI expected the user object here.',
        ]
    return out


def s_meeting_notes(r: random.Random, pii: bool) -> Doc:
    c = pick(r, LATIN_CULTURES)
    out: Doc = ["Turn these notes into action items with owners:\n\n## Weekly sync — ", LK("date", date_str(r)), "\n"]
    if pii:
        ps = [person(r, pick(r, [c, c, "misc", "in", "gr"])) for _ in range(r.randint(2, 4))]
        out += ["Attendees: "]
        for i, p in enumerate(ps):
            if i:
                out.append(", ")
            out.append(P(p.full))
        out += ["\n\n- Release ", LK("version", version(r)), " slipped; ", P(ps[0].given), " to confirm new date\n"]
        out += ["- ", P(ps[-1].given), " reported that the VPN gateway ", IP(ipv4(r)), " drops sessions\n"]
        if r.random() < 0.5:
            out += ["- vendor contact for the SLA: ", EM(email_for(r, any_person(r), company(r, c)[1])), "\n"]
        out += ["- Jira ", LK("ticket_id", fill(r, "PLAT-XXXX")), " stays blocked\n"]
    else:
        out += [
            "Attendees: platform team, two people from finance\n\n- Release ",
            LK("version", version(r)),
            " slipped one week\n- Benchmark: ",
            eponym(r, EPONYM_TECH),
            " variant is 2x faster\n",
            "- Jira ",
            LK("ticket_id", fill(r, "PLAT-XXXX")),
            " stays blocked\n- Offsite venue near ",
            eponym(r),
            "\n",
        ]
    return out


def s_medical_referral(r: random.Random, pii: bool) -> Doc:
    dis = eponym(r, EPONYM_MED)
    if not pii:
        return [
            'Explain this guideline paragraph to a patient in simple words:\n\n"Patients with suspected ',
            dis,
            " should be referred within 14 days. Record the ",
            eponym(r, EPONYM_MED),
            " history and ",
            "repeat bloods after ",
            str(r.randint(4, 12)),
            " weeks (protocol ",
            LK("version", version(r)),
            ')."',
        ]
    c = pick(r, LATIN_CULTURES)
    pat, doc = person(r, c), any_person(r)
    mrn = fill(r, pick(r, ["MRN XXXXXXXX", "XXXXXX-XXXX", "HN-XXXXXXX"]))
    out: Doc = [
        "Summarise this referral for the triage nurse.\n\nREFERRAL LETTER\nPatient: ",
        P(pat.full),
        "   DOB: ",
        LK("date", date_str(r, dob=True)),
        "   ",
        LK("medical_record_number", mrn),
        "\n",
        "Referring physician: Dr. ",
        P(doc.full),
        ", ",
        eponym(r),
        " clinic\n\n",
        "Dear colleague,\nI would be grateful if you could see ",
        P(pat.given),
        ", who presents with symptoms suggestive of ",
        dis,
        ". ",
    ]
    if r.random() < 0.6:
        out += ["The patient can be reached on ", PH(phone(r, c)), "."]
    else:
        out += ["Please reply to ", EM(email_for(r, doc, "clinic-mail.org")), "."]
    return out


def s_insurance_claim(r: random.Random, pii: bool) -> Doc:
    out: Doc = [
        "Extract the fields from this claim form as JSON.\n\nCLAIM FORM\nClaim no.: ",
        LK("claim_number", claim_no(r)),
        "\nPolicy: ",
        LK("policy_number", policy_no(r)),
        "\n",
    ]
    if pii:
        p = any_person(r)
        out += ["Policyholder: ", P(p.full), "\n"]
        if r.random() < 0.55:
            out += ["SSN: ", SN(ssn(r)), "\n"]
        else:
            cc = pick(r, list(CULTURE_IBAN.values()))
            out += ["Payout IBAN: ", IB(iban(r, cc)), "  BIC: ", LK("bic", bic(r, cc)), "\n"]
        out += [
            "Date of loss: ",
            LK("date", date_str(r)),
            "\nDescription: water damage in kitchen, plumber ",
            P(any_person(r).full),
            " attended.\n",
        ]
    else:
        out += [
            "Policyholder: [on file]\nSSN: ",
            LK("masked_ssn", fill(r, "***-**-XXXX")),
            "\nDate of loss: ",
            LK("date", date_str(r)),
            "\nDescription: windscreen crack, repair ref ",
            LK("order_number", order_no(r)),
            ".\n",
        ]
    return out


def s_legal_clause(r: random.Random, pii: bool) -> Doc:
    c = pick(r, LATIN_CULTURES)
    co, _ = company(r, c)
    reg = fill(
        r,
        pick(
            r,
            [
                "org.nr. XXX XXX XXX",
                "MERSİS XXXXXXXXXXXXXXXX",
                "CIN UXXXXXKA2019PTCXXXXXX",
                "RC XXXXXXX",
                "Reg. No. XXXXXXXX",
            ],
        ),
    )
    if not pii:
        return [
            "Is this clause enforceable? \n\n\u00a7 ",
            LK("section_number", f"{r.randint(2, 14)}.{r.randint(1, 9)}.1"),
            " This Agreement is entered into between ",
            co,
            " (",
            LK("registration_number", reg),
            ") and the Supplier. Notices shall be sent to the registered office at ",
            eponym(r),
            ". The Agreement enters into force on ",
            LK("date", date_str(r)),
            ".",
        ]
    a, b = person(r, c), any_person(r)
    return [
        "Is this clause enforceable? \n\n\u00a7 1 This Agreement is entered into between ",
        co,
        " (",
        LK("registration_number", reg),
        "), represented by its managing director ",
        P(a.full),
        ", and ",
        P(b.full),
        ' (the "Consultant"), residing at ',
        eponym(r, EPONYM_STREETS),
        " ",
        str(r.randint(1, 140)),
        ". Notices to the Consultant shall be sent to ",
        EM(email_for(r, b)),
        ".",
    ]


def s_bank_transfer(r: random.Random, pii: bool) -> Doc:
    cc = pick(r, list(IBAN_SPECS))
    amt = f"{r.randint(100, 90000):,}".replace(",", " ") + pick(r, [" NOK", " EUR", " TRY", " AED", ",00 kr"])
    if not pii:
        return [
            "The bank rejected my transfer, is this IBAN wrong? ",
            LK("invalid_iban", bad_iban(r, cc)),
            " (BIC ",
            LK("bic", bic(r, cc)),
            "), amount ",
            LK("amount", amt),
            ", reference ",
            LK("order_number", order_no(r)),
            ".\nThe error says `check digits invalid`.",
        ]
    p = any_person(r)
    out: Doc = [
        "Write a payment instruction in ",
        pick(r, ["Norwegian", "Turkish", "English", "Greek"]),
        ":\n\n",
        "Beneficiary: ",
        P(p.full),
        "\nIBAN: ",
        IB(iban(r, cc)),
        "\nBIC: ",
        LK("bic", bic(r, cc)),
        "\nAmount: ",
        LK("amount", amt),
        "\n",
    ]
    if r.random() < 0.4:
        out += ["Previous (wrong) IBAN was ", LK("invalid_iban", bad_iban(r, cc)), ", please ignore it.\n"]
    return out


def s_hr_form(r: random.Random, pii: bool) -> Doc:
    emp = fill(r, "EMP-XXXXX")
    if not pii:
        return [
            "Convert this blank form into a fillable checklist:\n\nNEW HIRE FORM (W-4 attached)\n",
            "Employee ID: ",
            LK("employee_id", emp),
            "\nFull legal name: __________\nSSN: ___-__-____\n",
            "Example of a value we reject: ",
            LK("invalid_ssn", bad_ssn(r)),
            "\nStart date: ",
            LK("date", date_str(r)),
            "\n",
        ]
    p = any_person(r)
    out: Doc = [
        "Check this onboarding form for missing fields:\n\nNEW HIRE FORM\nEmployee ID: ",
        LK("employee_id", emp),
        "\nFull legal name: ",
        P(p.full),
        "\nSSN: ",
        SN(ssn(r)),
        "\n",
    ]
    out += ["Phone: ", PH(phone(r, "us")), "\nPersonal email: ", EM(email_for(r, p)), "\n"]
    if r.random() < 0.4:
        out += ["Emergency contact: ", P(any_person(r).full), " (spouse)\n"]
    return out


def s_redacted_response(r: random.Random, pii: bool) -> Doc:
    del pii
    return [
        pick(
            r,
            [
                "Here's the summary with personal data removed:\n\n",
                "Assistant: I have redacted sensitive values as requested.\n\n",
            ],
        ),
        "- Customer ",
        LK("placeholder", pick(r, ["[NAME]", "<PERSON_1>", "{{customer_name}}"])),
        " contacted us about ",
        LK("order_number", order_no(r)),
        "\n- Email: ",
        LK("placeholder", pick(r, ["[EMAIL]", "<EMAIL_ADDRESS>", "***@***"])),
        "\n- Card: ",
        LK("masked_card", masked_card(r)),
        "\n- SSN: ",
        LK("masked_ssn", "***-**-" + fill(r, "XXXX")),
        "\n- API key: ",
        LK("placeholder", pick(r, ["sk-...a91F", "[REDACTED_SECRET]", "AKIA****************"])),
        "\n- Phone: ",
        LK("masked_phone", fill(r, pick(r, ["+47 *** ** XXX", "+90 5** *** ** XX", "(***) ***-XXXX"]))),
        "\n\nNo other personal data was found in the transcript.",
    ]


def s_md_contacts(r: random.Random, pii: bool) -> Doc:
    out: Doc = [
        "Format this on-call table nicer and sort by team:\n\n| name | team | phone | host |\n|---|---|---|---|\n"
    ]
    for _ in range(r.randint(3, 5)):
        team = pick(r, ["payments", "search", "infra", "data"])
        host = pick(r, ["db-01", "edge-3", "kafka-2", "etl-7"])
        if pii:
            c = pick(r, LATIN_CULTURES)
            p = person(r, c)
            out += ["| ", P(p.full), " | ", team, " | ", PH(phone(r, c)), " | ", IP(ip_any(r)), " |\n"]
        else:
            out += [
                "| ",
                LK("username", "@" + rs(r, 6, LO)),
                " | ",
                team,
                " | via PagerDuty | ",
                host,
                " (",
                LK("version", version(r)),
                ") |\n",
            ]
    return out


def s_chat_export(r: random.Random, pii: bool) -> Doc:
    c = pick(r, ["tr", "ng", "in", "vi", "ar", "gr", "no"])
    out: Doc = ["Who promised to send the deposit? Chat export below:\n\n"]
    day = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.25"
    hh = r.randint(8, 20)

    def stamp(m: int) -> Doc:
        return ["[", LK("date", day), f", {hh:02d}:{m:02d}] "]

    if pii:
        a, b = person(r, c), person(r, c)
        out += [*stamp(3), P(a.full), ": Did you send the deposit? ", P(b.given), " are you there\n"]
        out += [*stamp(9), P(b.full), ": Not yet, send me the account again pls\n"]
        out += [*stamp(11), P(a.full), ": ", IB(iban(r, CULTURE_IBAN.get(c, "TR"))), "\n"]
        if r.random() < 0.6:
            out += [*stamp(14), P(a.full), ": and the driver's number ", PH(phone(r, c)), "\n"]
        out += [*stamp(20), P(b.full), ": ok done, ref ", LK("transaction_id", fill(r, "FT25XXX??XXX")), "\n"]
    else:
        out += [
            *stamp(1),
            "Group bot: Reminder — meeting at ",
            eponym(r),
            "\n",
            *stamp(7),
            "Group bot: deposit ref ",
            LK("order_number", order_no(r)),
            " received\n",
            *stamp(8),
            "You: 👍\n",
        ]
    return out


def s_nordic_message(r: random.Random, pii: bool) -> Doc:
    lang = pick(r, ["no", "se", "dk", "fi", "is"])
    intro = {
        "no": (
            "Hei! Jeg heter ",
            ". Jeg bestilte en sofa, ordrenummer ",
            ". Ring meg gjerne på ",
            "Hei! Når åpner butikken i ",
        ),
        "se": (
            "Hej! Jag heter ",
            ". Jag beställde en soffa, ordernummer ",
            ". Ring mig gärna på ",
            "Hej! När öppnar butiken vid ",
        ),
        "dk": (
            "Hej! Jeg hedder ",
            ". Jeg bestilte en sofa, ordrenummer ",
            ". Ring gerne på ",
            "Hej! Hvornår åbner butikken ved ",
        ),
        "fi": (
            "Hei! Nimeni on ",
            ". Tilasin sohvan, tilausnumero ",
            ". Soittakaa numeroon ",
            "Hei! Milloin myymälä avautuu osoitteessa ",
        ),
        "is": (
            "Halló! Ég heiti ",
            ". Ég pantaði sófa, pöntunarnúmer ",
            ". Hringdu í ",
            "Halló! Hvenær opnar búðin við ",
        ),
    }[lang]
    out: Doc = ["Translate to English and tell me what the customer wants:\n\n"]
    if pii:
        p = person(r, lang)
        out += [intro[0], P(p.full), intro[1], LK("order_number", order_no(r)), intro[2], PH(phone(r, lang)), "."]
        if r.random() < 0.5:
            out += [" E-post: ", EM(email_for(r, p))]
        if r.random() < 0.4:
            out += [" Kontonummer/IBAN: ", IB(iban(r, CULTURE_IBAN[lang]))]
    else:
        out += [
            intro[3],
            eponym(
                r,
                [
                    "Karl Johans gate",
                    "Henrik Ibsens gate",
                    "Aalto University",
                    "Hans Christian Andersen Airport",
                    "Halldór Laxness Library",
                    "Sibelius Academy",
                ],
            ),
            "? ",
            intro[1].lstrip(". "),
            LK("order_number", order_no(r)),
            ", ",
            LK("date", date_str(r)),
            ".",
        ]
    return out


def s_turkish_support(r: random.Random, pii: bool) -> Doc:
    out: Doc = ["Müşteriye kibar bir yanıt yaz (write a polite reply in Turkish):\n\n"]
    if pii:
        p = person(r, "tr")
        out += ["Merhaba, ben ", P(p.full), ". ", LK("order_number", order_no(r)), " numaralı siparişim hâlâ gelmedi. "]
        roll = r.random()
        if roll < 0.4:
            out += ["İadeyi şu hesaba yapın: ", IB(iban(r, "TR")), " (", P(p.full), " adına)."]
        elif roll < 0.7:
            out += ["Kartım ", CC(card(r)), " iki kez çekildi."]
        else:
            out += ["Bana ", PH(phone(r, "tr")), " numarasından ulaşabilirsiniz, ", EM(email_for(r, p)), "."]
        if r.random() < 0.4:
            courier = pick(r, ["Emre", "Mehmet", "Burak", "Oğuz", "Serkan", "Gökhan"])
            out += [" Kargo görevlisi ", P(courier), " Bey paketi kapıya bırakmadı."]
    else:
        out += [
            "Merhaba, ",
            LK("tracking_number", tracking_no(r)),
            " takip numaralı kargom ",
            eponym(r, ["Atatürk Havalimanı", "Sabiha Gökçen Airport", "Adnan Menderes Airport", "Bağdat Caddesi"]),
            " aktarma merkezinde bekliyor. Sipariş tarihi ",
            LK("date", date_str(r)),
            ".",
        ]
    return out


def s_vietnamese_chat(r: random.Random, pii: bool) -> Doc:
    out: Doc = ["Dịch sang tiếng Anh giúp mình (translate to English):\n\n"]
    if pii:
        p = person(r, "vi")
        name = p.full if r.random() < 0.8 else " ".join(fold(t).capitalize() for t in p.full.split())
        out += [
            "Chào shop, em tên là ",
            P(name),
            ", sđt ",
            PH(phone(r, "vi")),
            ". Em đặt đơn ",
            LK("order_number", order_no(r)),
            " mà chưa nhận được.",
        ]
        if r.random() < 0.5:
            out += [" Anh ", P(person(r, "vi").given), " bên giao hàng nói sẽ gọi lại."]
        if r.random() < 0.3:
            out += [" Email của em: ", EM(email_for(r, p))]
    else:
        out += [
            "Chào shop, cửa hàng ở ",
            eponym(r, ["Nguyễn Huệ Boulevard", "Lê Lợi Street", "Ho Chi Minh City"]),
            " mở cửa mấy giờ ạ? Mã vận đơn ",
            LK("tracking_number", tracking_no(r)),
            ".",
        ]
    return out


def s_greek_clinic(r: random.Random, pii: bool) -> Doc:
    out: Doc = ["Please translate this clinic message from Greek:\n\n"]
    if pii:
        p = person(r, pick(r, ["gr", "gr_script"]))
        out += [
            "Καλησπέρα, είμαι ο/η ",
            P(p.full),
            ". Θα ήθελα να αλλάξω το ραντεβού μου της ",
            LK("date", date_str(r)),
            " στο ",
            eponym(r, ["Onassis Cardiac Surgery Centre"]),
            ". Τηλέφωνο: ",
            PH(phone(r, "gr")),
        ]
        if r.random() < 0.4:
            out += [", email ", EM(email_for(r, p))]
        out += ["."]
    else:
        out += [
            "Καλησπέρα, το ραντεβού ",
            LK("ticket_id", ticket(r)),
            " μεταφέρθηκε στις ",
            LK("date", date_str(r)),
            ". Παρακαλούμε φέρτε την παραπομπή για ",
            eponym(r, EPONYM_MED),
            ".",
        ]
    return out


def s_indian_kyc(r: random.Random, pii: bool) -> Doc:
    ifsc = fill(r, pick(r, ["HDFC0XXXXXX", "SBIN0XXXXXX", "ICIC0XXXXXX"]))
    out: Doc = ["Customer chat from our KYC bot — what's still missing?\n\n"]
    if pii:
        p = person(r, "in")
        out += [
            "Bot: Please share your registered mobile.\nUser: ",
            PH(phone(r, "in")),
            "\nBot: And your e-mail?\n",
            "User: ",
            EM(email_for(r, p, pick(r, ["gmail.com", "rediffmail.com", "kaverisoft.in"]))),
            "\nBot: Name as per bank records?\nUser: ",
            P(p.full),
            "\nUser: branch IFSC is ",
            LK("ifsc_code", ifsc),
            ", near ",
            eponym(r, ["Mahatma Gandhi Road", "Tata Memorial Hospital", "Rabindranath Tagore Road"]),
            "\n",
        ]
        if r.random() < 0.4:
            out += ["User: card for auto-debit is ", CC(card(r)), "\n"]
    else:
        out += [
            "Bot: Your UPI reference is ",
            LK("transaction_id", unluhn(fill(r, "XXXXXXXXXXXX"))),
            ".\nUser: I am at ",
            eponym(r, ["Indira Gandhi International Airport", "Chhatrapati Shivaji Maharaj Terminus"]),
            ", will upload documents later\nBot: IFSC ",
            LK("ifsc_code", ifsc),
            " noted.\n",
        ]
    return out


def s_nigerian_payment(r: random.Random, pii: bool) -> Doc:
    out: Doc = ["Reply to this customer for our Lagos office:\n\n"]
    ref = unluhn(fill(r, "XXXXXXXXXXXXXXXXXXXXXX"))
    if pii:
        p = person(r, pick(r, ["ng", "ng_word"]))
        out += [
            "Good afternoon, I am ",
            P(p.full),
            ". I paid for the solar inverter since ",
            LK("date", date_str(r)),
            ", transaction ref ",
            LK("transaction_id", ref),
            ". ",
        ]
        roll = r.random()
        if roll < 0.4:
            out += ["The Verve card I used is ", CC(card(r)), ". "]
        out += [
            "Please call me on ",
            PH(phone(r, "ng")),
            " or my brother ",
            P(person(r, "ng").given),
            " on ",
            PH(phone(r, "ng")),
            ".",
        ]
    else:
        out += [
            "Good afternoon, I paid for the solar inverter, ref ",
            LK("transaction_id", ref),
            ". Delivery should come to ",
            eponym(r, ["Ahmadu Bello Way", "Obafemi Awolowo University", "Nnamdi Azikiwe International Airport"]),
            ". Please confirm. God bless.",
        ]
    return out


def s_gulf_hr_email(r: random.Random, pii: bool) -> Doc:
    out: Doc = ["Summarise this HR email:\n\n"]
    if pii:
        p, q = person(r, pick(r, ["ar", "ar", "ar_script"])), person(r, "ar")
        co, dom = company(r, "ar")
        out += [
            "Dear HR team,\n\nPlease update the salary account of ",
            P(p.full),
            " (staff no. ",
            LK("employee_id", fill(r, "XXXXXX")),
            ") to ",
            IB(iban(r, pick(r, ["AE", "SA"]))),
            ". Visa renewal is handled by ",
            P(q.full),
            ", reachable at ",
            PH(phone(r, "ar")),
            ".\n\nOffice: ",
            co,
            ", ",
            eponym(r, ["Sheikh Zayed Road", "King Fahd Road"]),
            "\nCC: ",
            EM(email_for(r, q, dom)),
            "\n",
        ]
    else:
        out += [
            "Dear all,\n\nRamadan working hours start on ",
            LK("date", date_str(r)),
            ". The Dubai office on ",
            eponym(r, ["Sheikh Zayed Road", "King Fahd Road", "Sultan Qaboos University"]),
            " closes at 3 pm. Payroll batch ",
            LK("batch_id", fill(r, "PR-2025-XXXX")),
            " runs as usual.\n",
        ]
    return out


def s_israeli_standup(r: random.Random, pii: bool) -> Doc:
    out: Doc = ["Write a standup summary from this Slack thread:\n\n"]
    if pii:
        a = person(r, pick(r, ["he", "he", "he_script"]))
        b = person(r, "he")
        _, key = secret(r, pick(r, ["github", "gitlab", "aws_id", "slack", "npm"]))
        out += [
            P(a.full),
            ": staging box ",
            IP(ip_any(r)),
            " is down again, restarting\n",
            P(b.full),
            ": ok. btw ",
            P(a.given),
            " I rotated the token, new one is ",
            AK(key),
            "\n",
            P(a.given),
            ": thx, flying from ",
            eponym(r, ["Ben Gurion Airport"]),
            " tmrw, call ",
            PH(phone(r, "he")),
            " if urgent\n",
        ]
    else:
        out += [
            "@oren.k: staging down again, restarting pods\n@hadas: ok, PR merged at ",
            LK("git_sha", sha(r, 7)),
            "\n@oren.k: demo moved to the office on ",
            eponym(r, ["Rothschild Boulevard"]),
            "\n",
        ]
    return out


def s_sql_debug(r: random.Random, pii: bool) -> Doc:
    out: Doc = ["This INSERT fails with `duplicate key value violates unique constraint`:\n\n```sql\n"]
    if pii:
        c = pick(r, LATIN_CULTURES)
        p = person(r, c)
        cols = "(id, full_name, email, phone"
        vals: Doc = [
            str(r.randint(1, 99999)),
            ", '",
            P(p.full.replace("'", "''")),
            "', '",
            EM(email_for(r, p)),
            "', '",
            PH(phone(r, c)),
            "'",
        ]
        if r.random() < 0.5:
            cols += ", ssn"
            vals += [", '", SN(ssn(r, "-")), "'"]
        out += ["INSERT INTO customers ", cols, ")\nVALUES (", *vals, ");\n```"]
    else:
        out += [
            "INSERT INTO releases (id, tag, commit_sha, released_on)\nVALUES (",
            str(r.randint(1, 999)),
            ", '",
            LK("version", version(r)),
            "', '",
            LK("git_sha", sha(r)),
            "', '",
            LK("date", date_str(r)),
            "');\n```\nThe table has `UNIQUE(tag)`.",
        ]
    return out


def s_git_diff(r: random.Random, pii: bool) -> Doc:
    out: Doc = [
        "Review this diff:\n\n```diff\ncommit ",
        LK("git_sha", sha(r)),
        "\n",
        "--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,6 +12,8 @@\n",
    ]
    if pii:
        name, key = secret(r)
        out += [" DEBUG = False\n+", name, ' = "', AK(key), '"\n']
        if r.random() < 0.5:
            out += ["+SMTP_PASSWORD = '", AK(password(r)), "'\n"]
        if r.random() < 0.4:
            p = any_person(r)
            out += ['+ADMINS = [("', P(p.full), '", "', EM(email_for(r, p)), '")]\n']
        out += ["```\nIs it fine to commit like this?"]
    else:
        out += [
            ' DEBUG = False\n+STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]\n+TOKEN = ',
            LK("placeholder", '"' + placeholder(r) + '"'),
            "\n",
            '```\nand in package-lock.json:\n```\n"integrity": "',
            LK("integrity_hash", "sha512-" + rs(r, 86, B64) + "=="),
            '"\n```',
        ]
    return out


def s_terraform(r: random.Random, pii: bool) -> Doc:
    acct = unluhn(fill(r, "^XXXXXXXXXXX"))
    out: Doc = [
        'terraform plan errors with `InvalidClientTokenId`. My config:\n\n```hcl\nprovider "aws" {\n',
        '  region = "eu-north-1"\n',
    ]
    if pii:
        _, kid = secret(r, "aws_id")
        _, sec = secret(r, "aws_secret")
        out += ['  access_key = "', AK(kid), '"\n  secret_key = "', AK(sec), '"\n}\n']
    else:
        out += ['  profile = "prod"\n}\n']
    out += [
        'resource "aws_vpc" "main" {\n  cidr_block = "',
        LK("cidr_block", f"10.{r.randint(0, 250)}.0.0/16"),
        '"\n}\nresource "aws_iam_role_policy_attachment" "x" {\n  policy_arn = "',
        LK("arn", f"arn:aws:iam::{acct}:policy/etl-read"),
        '"\n}\n',
    ]
    if pii and r.random() < 0.6:
        out += ['resource "aws_instance" "bastion" {\n  private_ip = "', IP(ipv4(r, True)), '"\n}\n']
    out += ["```"]
    return out


def s_network_debug(r: random.Random, pii: bool) -> Doc:
    if pii:
        hops = r.randint(3, 5)
        out: Doc = ["traceroute stalls after hop ", str(hops), ", what does that mean?\n\n```\n"]
        for i in range(1, hops + 1):
            out += [f" {i}  ", IP(ipv4(r)), f"  {r.randint(1, 90)}.{r.randint(100, 999)} ms\n"]
        out += [
            f" {hops + 1}  * * *\n```\nAlso `ip a` shows inet6 ",
            IP(ipv6(r)),
            " and link/ether ",
            LK("mac_address", mac(r)),
            ".",
        ]
        return out
    return [
        "How many hosts fit in ",
        LK("cidr_block", f"172.{r.randint(16, 31)}.0.0/20"),
        "? And is SNMP OID ",
        LK("oid", "1.3.6.1.2.1." + str(r.randint(1, 40)) + "." + str(r.randint(1, 9))),
        " the interface table? Firmware ",
        LK("version", f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}.{r.randint(0, 200)}"),
        ", switch MAC ",
        LK("mac_address", mac(r)),
        ".",
    ]


def s_card_debug(r: random.Random, pii: bool) -> Doc:
    out: Doc = ["My checkout form validation rejects some cards. Test values:\n\n"]
    if pii:
        for _ in range(r.randint(1, 3)):
            out += ["- ", CC(card(r)), " -> ", pick(r, ["accepted", "rejected (why?)", "accepted"]), "\n"]
    out += [
        "- ",
        LK("non_luhn_card", bad_card(r)),
        " -> rejected\n- ",
        LK("masked_card", masked_card(r)),
        " -> rejected\n\nMy regex is `^\\d{13,19}$` plus a Luhn check.",
    ]
    return out


def s_release_notes(r: random.Random, pii: bool) -> Doc:
    del pii
    return [
        "Turn these release notes into a tweet:\n\n## ",
        LK("version", version(r)),
        " (",
        LK("date", date_str(r)),
        ")\n- Faster matching using ",
        eponym(r, EPONYM_TECH),
        "\n- Fixed crash on build ",
        LK("build_number", fill(r, "XXXXX")),
        " (",
        LK("git_sha", sha(r, 7)),
        ")\n- Docker image digest ",
        LK("image_digest", "sha256:" + sha(r, 64)),
        "\n- Thanks to ",
        LK("username", "@" + rs(r, 7, LO)),
        " for the report\n",
    ]


def s_research_abstract(r: random.Random, pii: bool) -> Doc:
    del pii
    return [
        'Shorten this abstract to 50 words:\n\n"We compare ',
        eponym(r, EPONYM_TECH),
        " and ",
        eponym(r, EPONYM_TECH),
        " baselines on ",
        str(r.randint(3, 12)),
        " corpora collected at the ",
        eponym(r, ["Niels Bohr Institute", "Max Planck Institute", "Aalto University", "Sultan Qaboos University"]),
        ". Code: release ",
        LK("version", version(r)),
        ", DOI ",
        LK("doi", f"10.{r.randint(1000, 9999)}/{r.randint(1000000, 9999999)}"),
        ", arXiv:",
        LK("arxiv_id", f"2{r.randint(3, 5)}{r.randint(1, 12):02d}.{r.randint(10000, 29999)}"),
        '."',
    ]


def s_sms_log(r: random.Random, pii: bool) -> Doc:
    out: Doc = ["Why did some OTP messages fail? Gateway log:\n\n"]
    for _ in range(r.randint(2, 4)):
        c = pick(r, ["no", "tr", "vi", "ng", "in", "ar", "he", "gr", "fi"])
        out += [
            LK("timestamp", f"2025-11-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"),
            " to=",
        ]
        if pii:
            out += [PH(phone(r, c))]
        else:
            out += [LK("masked_phone", "+" + fill(r, "XX") + "******" + fill(r, "XXX"))]
        out += [
            " msg_id=",
            LK("uuid", uuid_str(r)),
            " otp=",
            LK("otp", fill(r, "XXXXXX")),
            " status=",
            pick(r, ["DELIVRD", "UNDELIV", "EXPIRED"]),
            "\n",
        ]
    return out


def s_invoice_ocr(r: random.Random, pii: bool) -> Doc:
    c = pick(r, ["no", "se", "dk", "fi", "tr", "gr", "he", "ar"])
    co, dom = company(r, c)
    out: Doc = [
        "OCR output below is messy, extract invoice number, total and bank details:\n\n",
        co.upper(),
        "\nINVOICE  ",
        LK("invoice_number", fill(r, "INV-2025-XXXXX")),
        "   Date ",
        LK("date", date_str(r)),
        "\nTotal due: ",
        LK("amount", f"{r.randint(1000, 99999)}.{r.randint(10, 99)}"),
        "\n",
    ]
    cc = CULTURE_IBAN.get(c, "DE")
    if pii:
        out += ["Pay to IBAN ", IB(iban(r, cc, grouped=True)), "  SWIFT ", LK("bic", bic(r, cc)), "\n"]
        if r.random() < 0.6:
            out += ["Questions: ", EM("invoice@" + dom), " / ", PH(phone(r, c)), "\n"]
    else:
        out += [
            "Payment via portal only, ref ",
            LK("order_number", order_no(r)),
            "\nVAT no. ",
            LK("vat_number", fill(r, pick(r, ["NO XXXXXXXXX MVA", "SEXXXXXXXXXX01", "ELXXXXXXXXX"]))),
            "\n",
        ]
    return out


def s_shipping_notice(r: random.Random, pii: bool) -> Doc:
    out: Doc = [
        pick(r, ["Is this shipping email a phishing attempt?\n\n", "Extract the delivery window:\n\n"]),
        "Your parcel ",
        LK("tracking_number", tracking_no(r)),
        " (order ",
        LK("order_number", order_no(r)),
        ") is out for delivery on ",
        LK("date", date_str(r)),
        ".\n",
    ]
    if pii:
        c = pick(r, LATIN_CULTURES)
        p = person(r, c)
        out += ["Recipient: ", P(p.full), "\nDriver will call ", PH(phone(r, c)), " 30 minutes before arrival.\n"]
    else:
        out += ["Pickup point: locker near ", eponym(r), "\nCode: ", LK("otp", fill(r, "XXXX")), "\n"]
    out += ["Questions? Reply to this message."]
    return out


def s_git_remote_negatives(r: random.Random, pii: bool) -> Doc:
    del pii
    return [
        "Why does this fail?\n\n```\n",
        LK("shell_prompt", "deploy@" + pick(r, ["web-03", "ci-runner", "bastion"])),
        ":~$ git clone ",
        LK("ssh_remote", "git@github.com:" + rs(r, 6, LO) + "/infra.git"),
        "\nPermission denied (publickey).\n$ npm i ",
        LK("package_spec", "@angular/core@" + semver(r)),
        "\n```\nThe key fingerprint is SHA256:",
        LK("hash", rs(r, 43, B64)),
        ".",
    ]


def s_password_reset_chat(r: random.Random, pii: bool) -> Doc:
    svc = pick(r, ["pgbouncer", "rabbitmq", "grafana", "keycloak", "mssql"])
    out: Doc = [
        "User: I can't log into ",
        svc,
        " after the rotation. This is my config:\n\n```ini\n[",
        svc,
        "]\nhost = ",
    ]
    if pii:
        out += [IP(ip_any(r)), "\nuser = admin\npassword = ", AK(password(r)), "\n```\n"]
        if r.random() < 0.4:
            out += ["I also tried `mysql -u root -p", AK(password(r)), "` on the same box."]
    else:
        out += [
            "db.internal\nuser = admin\npassword = ",
            LK("placeholder", placeholder(r)),
            "\n```\n",
            "Assistant: The value is read from the environment; check that the secret was re-synced.",
        ]
    return out


def s_us_tax_chat(r: random.Random, pii: bool) -> Doc:
    itin = fill(r, "9XX-7X-XXXX")
    ein = fill(r, "XX-XXXXXXX")
    routing = fill(r, "0XXXXXXXX")
    if not pii:
        return [
            "What's the difference between an ITIN like ",
            LK("itin", itin),
            " and a normal SSN? Our shop's EIN is ",
            LK("ein", ein),
            " and the preparer put ",
            LK("invalid_ssn", bad_ssn(r)),
            " on the draft, which the e-file system rejected. Deadline is ",
            LK("date", date_str(r)),
            ".",
        ]
    a, b = any_person(r), any_person(r)
    out: Doc = [
        "Help me fill in the 1040 header. Filing jointly.\n\nMe: ",
        P(a.full),
        ", SSN ",
        SN(ssn(r)),
        "\nSpouse: ",
        P(b.full),
        ", SSN ",
        SN(ssn(r)),
        "\n",
    ]
    if r.random() < 0.5:
        out += ["Dependent: ", P(any_person(r).given), ", ITIN ", LK("itin", itin), "\n"]
    out += ["Employer EIN: ", LK("ein", ein), "\nRefund routing no. ", LK("routing_number", routing), "\n"]
    if r.random() < 0.4:
        out += ["Preparer phone: ", PH(phone(r, "us")), "\n"]
    return out


def s_payment_webhook(r: random.Random, pii: bool) -> Doc:
    evt = "evt_" + rs(r, 24, AN)
    out: Doc = [
        'Our webhook handler logs this and then 500s. Why?\n\n```json\n{"id": "',
        LK("event_id", evt),
        '", "type": "charge.succeeded", "created": ',
        LK("unix_timestamp", str(r.randint(1700000000, 1790000000))),
        ',\n "data": {"amount": ',
        str(r.randint(500, 90000)),
        ', "currency": "',
        pick(r, ["nok", "try", "inr", "ngn", "aed", "eur"]),
        '",\n',
    ]
    if pii:
        p = any_person(r)
        out += [
            '  "card": {"number": "',
            CC(card(r)),
            '", "exp": "',
            LK("date", f"{r.randint(1, 12):02d}/{r.randint(26, 32)}"),
            '"},\n  "billing_details": {"name": "',
            P(p.full),
            '", "email": "',
            EM(email_for(r, p)),
            '"},\n  "client_ip": "',
            IP(ip_any(r)),
            "\"}}\n```\nI know we shouldn't log the full PAN, it's a sandbox.",
        ]
    else:
        last4 = fill(r, "XXXX")
        out += [
            '  "card": {"brand": "visa", "last4": "',
            LK("card_last4", last4),
            '", "iin": "',
            LK("card_bin", fill(r, "4XXXXX")),
            '", "fingerprint": "',
            LK("fingerprint", rs(r, 16, AN)),
            '"}}}\n```',
        ]
    return out


def s_call_transcript(r: random.Random, pii: bool) -> Doc:
    c = pick(r, LATIN_CULTURES)

    def ts(sec: int) -> str:
        return f"[00:{sec // 60:02d}:{sec % 60:02d}] "

    t = r.randint(2, 20)
    out: Doc = ["Summarise this call transcript and list follow-ups:\n\n"]
    if pii:
        ag, cl = person(r, c), any_person(r)
        out += [
            ts(t),
            "Agent (",
            P(ag.given),
            "): Thanks for calling, may I have your full name?\n",
            ts(t + 6),
            "Caller: Yes, it's ",
            P(cl.full),
            ".\n",
        ]
        roll = r.random()
        if roll < 0.4:
            out += [ts(t + 30), "Caller: The card you charged is ", CC(card(r)), ".\n"]
        elif roll < 0.7:
            out += [ts(t + 30), "Caller: My social is ", SN(ssn(r)), ", you asked for it last time.\n"]
        else:
            out += [ts(t + 30), "Caller: Best number is ", PH(phone(r, c)), ".\n"]
        out += [ts(t + 71), "Agent (", P(ag.given), "): I've logged it under ", LK("ticket_id", ticket(r)), ".\n"]
    else:
        out += [
            ts(t),
            "Agent: Thanks for calling, how can I help?\n",
            ts(t + 9),
            "Caller: It's about order ",
            LK("order_number", order_no(r)),
            ", the card ending ",
            LK("masked_card", masked_card(r)),
            " was charged twice.\n",
            ts(t + 60),
            "Agent: I've logged it under ",
            LK("ticket_id", ticket(r)),
            ".\n",
        ]
    return out


STYLES: list[tuple[str, Callable[[random.Random, bool], Doc], bool]] = [
    # (name, function, mixed: True if both PII and non-PII variants are drawn)
    ("chat_email_rewrite", s_email_rewrite, True),
    ("assistant_email_draft", s_assistant_draft, True),
    ("crm_note", s_crm_note, True),
    ("support_ticket", s_support_ticket, True),
    ("dotenv_file", s_env_file, True),
    ("k8s_secret_yaml", s_k8s_yaml, True),
    ("python_traceback", s_traceback, True),
    ("access_log", s_access_log, True),
    ("csv_export", s_csv_export, True),
    ("json_api_payload", s_json_payload, True),
    ("meeting_notes_md", s_meeting_notes, True),
    ("medical_referral", s_medical_referral, True),
    ("insurance_claim_form", s_insurance_claim, True),
    ("legal_clause", s_legal_clause, True),
    ("bank_transfer", s_bank_transfer, True),
    ("hr_onboarding_form", s_hr_form, True),
    ("redacted_model_response", s_redacted_response, False),
    ("oncall_markdown_table", s_md_contacts, True),
    ("chat_export", s_chat_export, True),
    ("nordic_customer_message", s_nordic_message, True),
    ("turkish_support_message", s_turkish_support, True),
    ("vietnamese_shop_chat", s_vietnamese_chat, True),
    ("greek_clinic_message", s_greek_clinic, True),
    ("indian_kyc_bot", s_indian_kyc, True),
    ("nigerian_payment_message", s_nigerian_payment, True),
    ("gulf_hr_email", s_gulf_hr_email, True),
    ("israeli_dev_standup", s_israeli_standup, True),
    ("sql_insert_debug", s_sql_debug, True),
    ("git_diff_review", s_git_diff, True),
    ("terraform_config", s_terraform, True),
    ("network_troubleshoot", s_network_debug, True),
    ("card_validation_debug", s_card_debug, True),
    ("release_notes", s_release_notes, False),
    ("research_abstract", s_research_abstract, False),
    ("sms_gateway_log", s_sms_log, True),
    ("invoice_ocr", s_invoice_ocr, True),
    ("shipping_notification", s_shipping_notice, True),
    ("shell_and_remotes", s_git_remote_negatives, False),
    ("password_config_chat", s_password_reset_chat, True),
    ("us_tax_prep_chat", s_us_tax_chat, True),
    ("payment_webhook_log", s_payment_webhook, True),
    ("call_center_transcript", s_call_transcript, True),
]


# ============================================================================================== assembly


def assemble(pieces: Doc) -> tuple[str, list[dict], list[dict]]:
    buf: list[str] = []
    spans: list[dict] = []
    looks: list[dict] = []
    pos = 0
    for piece in pieces:
        if isinstance(piece, str):
            buf.append(piece)
            pos += len(piece)
            continue
        tag, val = piece
        start, end = pos, pos + len(val)
        if tag.startswith("~"):
            looks.append({"kind": tag[1:], "start": start, "end": end, "text": val})
        else:
            spans.append({"type": tag, "start": start, "end": end, "text": val})
        buf.append(val)
        pos = end
    return "".join(buf), spans, looks


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def check_record(text: str, spans: list[dict], looks: list[dict]) -> None:
    """Validate offsets and per-type rules; raise AssertionError on any labelling mistake."""
    marked = sorted([(s["start"], s["end"]) for s in spans] + [(x["start"], x["end"]) for x in looks])
    for (_, e1), (s2, _) in itertools.pairwise(marked):
        assert e1 <= s2, f"overlapping annotations in {text!r}"
    for s in spans:
        t, v = s["type"], s["text"]
        assert t in PII_TYPES, t
        assert text[s["start"] : s["end"]] == v and v == v.strip() and v, (t, v)
        if t == "CREDIT_CARD":
            d = _digits(v)
            assert 13 <= len(d) <= 19 and luhn_ok(d) and re.fullmatch(r"[\d -]+", v), v
        elif t == "IBAN_CODE":
            assert iban_ok(v), v
        elif t == "US_SSN":
            assert ssn_ok(v), v
        elif t == "IP_ADDRESS":
            assert ip_ok(v), v
        elif t == "EMAIL_ADDRESS":
            assert EMAIL_RE.fullmatch(v), v
        elif t == "PHONE_NUMBER":
            assert 8 <= len(_digits(v)) <= 15 and re.fullmatch(r"[+\d][\d ()./-]*\d", v), v
        elif t == "API_KEY":
            assert len(v) >= 8 and " " not in v, v
        elif t == "PERSON":
            assert not re.search(r"\d|@", v) and not v.startswith(("Dr.", "Mr.", "Ms.", "Mrs.")), v
    for x in looks:
        v = x["text"]
        assert text[x["start"] : x["end"]] == v and v, x
        d = _digits(v)
        if re.fullmatch(r"[\d -]+", v) and 13 <= len(d) <= 19 and x["kind"] != "imei":
            assert not luhn_ok(d), f"Luhn-valid look-alike {x}"
        if x["kind"] == "imei":
            assert luhn_ok(d)
        if x["kind"] == "invalid_iban":
            assert not iban_ok(v), v
        if x["kind"] in ("invalid_ssn",):
            assert not ssn_ok(v), v
        if x["kind"] in ("bic",):
            assert not iban_ok(v)


SCAN_PATTERNS = [
    ("email", EMAIL_RE),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")),
    ("ssn", re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")),
    ("digits", re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")),
]


def scan_unlabelled(text: str, spans: list[dict], looks: list[dict], names: set[str]) -> None:
    """Every PII-shaped substring must overlap a span or a declared look-alike."""
    marked = [(s["start"], s["end"]) for s in spans] + [(x["start"], x["end"]) for x in looks]

    def covered(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in marked)

    for kind, rx in SCAN_PATTERNS:
        for m in rx.finditer(text):
            v = m.group(0)
            if kind == "ipv4" and not ip_ok(v):
                continue
            if kind == "digits" and not luhn_ok(_digits(v)):
                continue
            if kind == "ssn" and not ssn_ok(v):
                continue
            if kind == "iban" and not iban_ok(v):
                continue
            assert covered(m.start(), m.end()), f"unlabelled {kind} {v!r} in {text!r}"
    for name in names:
        i = text.find(name)
        while i >= 0:
            assert covered(i, i + len(name)), f"unlabelled name {name!r} in {text!r}"
            i = text.find(name, i + 1)


def generate() -> list[dict]:
    r = random.Random(SEED)
    docs: list[tuple[str, str, list[dict], list[dict]]] = []
    seen: set[str] = set()
    for name, fn, mixed in STYLES:
        made = 0
        attempts = 0
        while made < N_PER_TEMPLATE:
            attempts += 1
            assert attempts < N_PER_TEMPLATE * 20, f"{name}: cannot produce unique texts"
            pii = mixed and r.random() < PII_RATE
            text, spans, looks = assemble(fn(r, pii))
            if text in seen:
                continue
            check_record(text, spans, looks)
            assert bool(spans) == pii, f"{name}: pii={pii} but spans={spans}"
            seen.add(text)
            docs.append((name, text, spans, looks))
            made += 1
    names = {s["text"] for _, _, spans, _ in docs for s in spans if s["type"] == "PERSON" and " " in s["text"]}
    for _, text, spans, looks in docs:
        scan_unlabelled(text, spans, looks, names)
    r.shuffle(docs)
    return [
        {"id": f"heldout16-{i:04d}", "template": name, "text": text, "spans": spans, "lookalikes": looks}
        for i, (name, text, spans, looks) in enumerate(docs, start=1)
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    records = generate()
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by_type = Counter(s["type"] for rec in records for s in rec["spans"])
    by_tpl = Counter(rec["template"] for rec in records)
    by_look = Counter(x["kind"] for rec in records for x in rec["lookalikes"])
    no_pii = sum(1 for rec in records if not rec["spans"])
    print(f"wrote {len(records)} texts to {args.out} ({no_pii} without PII, {no_pii / len(records):.1%})")
    print("spans per type:")
    for t in PII_TYPES:
        print(f"  {t:14s} {by_type[t]}")
    print(f"look-alikes: {sum(by_look.values())} ({len(by_look)} kinds)")
    for k, n in sorted(by_look.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:22s} {n}")
    print("texts per template (with PII / total):")
    for name, _, _ in STYLES:
        with_pii = sum(1 for rec in records if rec["template"] == name and rec["spans"])
        print(f"  {name:26s} {with_pii:3d} / {by_tpl[name]}")


if __name__ == "__main__":
    main()
