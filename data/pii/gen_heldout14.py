"""Held-out PII set v14: an independent, blind-authored generator (own value factory, own text styles).

Writes ``data/pii/eval_heldout14.jsonl`` in the gold schema the other sets use: one JSON object per line
with ``id``, ``template``, ``style``, ``lang``, ``text``, ``spans`` (``type``/``start``/``end``/``text``)
and ``lookalikes`` (``kind``/``start``/``end``/``text``: strings that must get no span).

Gold conventions of this set:

* PERSON covers the name only: no title (Dr., Frau, Sra., M.), no possessive ``'s``, no leading ``@``.
  Names split across fields (CSV/JSON first_name / last_name) are one span per field. Lower-case names
  in chat are PERSON. A name inside an e-mail address is not a separate PERSON span.
* API_KEY covers the secret value only (the token, the password inside a connection string or CLI flag,
  the base64 of a Basic header), never the variable name, the scheme or the user name.
* IP_ADDRESS covers the address only (no port, no brackets, no CIDR suffix).
* Every occurrence of a PII value is annotated (the self-check enforces it).
* Look-alikes: order/invoice/ticket ids, tracking numbers, versions, hashes, UUIDs, dates, non-Luhn digit
  runs, Luhn-valid order numbers and IMEIs, IBANs with a wrong check, invalid SSNs, masked cards,
  secret placeholders, ISBNs, OIDs, MACs, epoch times and places/organisations/products named after
  people (kind ``notperson``).

Usage: ``python data/pii/gen_heldout14.py [--out PATH] [--n 1500] [--seed 14014]``
"""

from __future__ import annotations

import argparse
import base64
import ipaddress
import itertools
import json
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from random import Random
from typing import TypeVar

# ----------------------------------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class P:
    """A PII value inserted into the text (gets a gold span)."""

    type: str
    value: str


@dataclass(frozen=True)
class L:
    """A look-alike inserted into the text (must get no span)."""

    kind: str
    value: str


Part = str | P | L
T = TypeVar("T")


class Doc:
    def __init__(self) -> None:
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.las: list[dict] = []
        self.lang: str | None = None

    def __call__(self, *parts: Part) -> Doc:
        for x in parts:
            if isinstance(x, P):
                self.spans.append({"type": x.type, "start": self.n, "end": self.n + len(x.value), "text": x.value})
                self._raw(x.value)
            elif isinstance(x, L):
                self.las.append({"kind": x.kind, "start": self.n, "end": self.n + len(x.value), "text": x.value})
                self._raw(x.value)
            else:
                self._raw(x)
        return self

    def _raw(self, s: str) -> None:
        self.buf.append(s)
        self.n += len(s)

    def text(self) -> str:
        return "".join(self.buf)


def PER(v: str) -> P:
    return P("PERSON", v)


def EM(v: str) -> P:
    return P("EMAIL_ADDRESS", v)


def PH(v: str) -> P:
    return P("PHONE_NUMBER", v)


def CC(v: str) -> P:
    return P("CREDIT_CARD", v)


def IB(v: str) -> P:
    return P("IBAN_CODE", v)


def SSN(v: str) -> P:
    return P("US_SSN", v)


def IP(v: str) -> P:
    return P("IP_ADDRESS", v)


def KEY(v: str) -> P:
    return P("API_KEY", v)


def pick(r: Random, xs: Sequence[T]) -> T:
    return xs[r.randrange(len(xs))]


def chance(r: Random, p: float) -> bool:
    return r.random() < p


# ----------------------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------------------

# culture: (given names, family names, family-name-first?, phone/IBAN country, provider domains)
CULTURES: dict[str, tuple[list[str], list[str], bool, str, list[str]]] = {
    "us": (
        [
            "Brittany",
            "Tyler",
            "Marcus",
            "Jasmine",
            "DeShawn",
            "Kayla",
            "Cody",
            "Madison",
            "Trevor",
            "Latoya",
            "Shelby",
            "Garrett",
            "Kendra",
            "Dwayne",
            "Hollis",
            "Maribel",
            "Grace",
            "Hope",
            "Will",
            "Summer",
            "Rose",
            "Bill",
            "Mark",
            "Faith",
            "Chase",
            "Hunter",
        ],
        [
            "Whitfield",
            "Pruitt",
            "Hargrove",
            "Abernathy",
            "Thibodeaux",
            "Okafor-Reyes",
            "Lindgren",
            "Castellano",
            "Vanderpool",
            "Washburn",
            "Kilgore",
            "Delacroix-Hill",
            "Mayfield",
            "Bustamante",
        ],
        False,
        "US",
        ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "outlook.com", "comcast.net"],
    ),
    "gb": (
        [
            "Ffion",
            "Rhys",
            "Alistair",
            "Imogen",
            "Hamish",
            "Eilidh",
            "Callum",
            "Tobias",
            "Philippa",
            "Gethin",
            "Jack",
            "Holly",
            "Dawn",
        ],
        [
            "MacLeod",
            "Fairbairn",
            "Featherstone",
            "Pryce-Jones",
            "Ashworth",
            "Llewellyn",
            "Cholmondeley",
            "McAllister",
            "Braithwaite",
            "Ogunleye-Smith",
        ],
        False,
        "GB",
        ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
    ),
    "ie": (
        ["Siobhán", "Niamh", "Oisín", "Caoimhe", "Pádraig", "Aoife", "Cathal", "Gráinne"],
        ["O'Sullivan", "Ní Bhriain", "Mac Giolla Phádraig", "Fitzgerald", "McNamara", "Ó Súilleabháin", "Breathnach"],
        False,
        "IE",
        ["eircom.net", "gmail.com", "outlook.ie"],
    ),
    "de": (
        [
            "Hans-Jürgen",
            "Annegret",
            "Wolfgang",
            "Sabine",
            "Lukas",
            "Friederike",
            "Jörg",
            "Mareike",
            "Dieter",
            "Anneliese",
            "Kai-Uwe",
            "Svenja",
        ],
        [
            "Müller-Lüdenscheidt",
            "Schäfer",
            "Weißhaupt",
            "von Bredow",
            "Kretschmer",
            "Brandstätter",
            "Oberhuber",
            "Nußbaum",
            "Zimmermann",
            "Grünewald",
            "Steinbrück-Haas",
        ],
        False,
        "DE",
        ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    ),
    "at": (
        ["Florian", "Magdalena", "Valentin", "Theresa"],
        ["Pichler", "Gruber-Eder", "Wimmer", "Hofbauer"],
        False,
        "AT",
        ["gmx.at", "aon.at", "chello.at"],
    ),
    "fr": (
        [
            "Jean-Baptiste",
            "Marie-Claire",
            "Amélie",
            "Théo",
            "Gaëlle",
            "Loïc",
            "Clémence",
            "Benoît",
            "Océane",
            "Hervé",
            "Anne-Sophie",
        ],
        [
            "Lefèvre",
            "Dubois-Mercier",
            "de La Rochère",
            "Fontaine",
            "Giraud",
            "Le Goff",
            "Rousseau-Blanc",
            "Ndiaye",
            "Moreau",
            "Beaumarchais-Diop",
        ],
        False,
        "FR",
        ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    ),
    "es": (
        [
            "María José",
            "Juan Carlos",
            "Lucía",
            "Álvaro",
            "Ximena",
            "Iñigo",
            "Nerea",
            "Rodrigo",
            "Maite",
            "Guillermo",
            "Begoña",
        ],
        [
            "Iglesias Navarro",
            "Etxeberria Zubizarreta",
            "Castillo de la Vega",
            "Sotomayor Ruiz",
            "Villanueva",
            "Aguirre Ocaña",
            "Montalbán Gil",
            "Fernández-Arroyo",
            "Peña Urquijo",
        ],
        False,
        "ES",
        ["hotmail.es", "yahoo.es", "telefonica.net", "gmail.com"],
    ),
    "mx": (
        ["Guadalupe", "Itzel", "Jesús", "Xóchitl", "Emiliano"],
        ["Hernández Cuauhtli", "Ramírez", "Tlapanco", "Ortega Villaseñor"],
        False,
        "MX",
        ["prodigy.net.mx", "hotmail.com", "gmail.com"],
    ),
    "br": (
        ["João Pedro", "Thaís", "Caio", "Letícia", "Gustavo", "Ana Beatriz", "Rafaela", "Vinícius", "Luana"],
        [
            "Albuquerque",
            "dos Santos",
            "Nogueira da Silva",
            "Figueiredo",
            "Bittencourt",
            "Magalhães",
            "Assunção",
            "Pereira Lima",
        ],
        False,
        "BR",
        ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    ),
    "pt": (
        ["Inês", "Duarte", "Gonçalo", "Matilde"],
        ["Sousa Tavares", "Carvalho", "Antunes", "Simões"],
        False,
        "PT",
        ["sapo.pt", "gmail.com"],
    ),
    "it": (
        ["Giuseppe", "Chiara", "Lorenzo", "Francesca", "Matteo", "Beatrice", "Gianluca", "Ludovica"],
        ["Esposito", "Di Lorenzo", "D'Angelo", "Lo Russo", "Santangelo", "De Luca", "Ferraro", "Colombo"],
        False,
        "IT",
        ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
    ),
    "nl": (
        ["Daan", "Sanne", "Joris", "Femke", "Bram", "Lieke", "Sjoerd", "Marloes"],
        ["van der Berg", "de Vries", "van Dijk", "Bakker", "ter Horst", "van den Heuvel", "Meijer", "Visser"],
        False,
        "NL",
        ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    ),
    "pl": (
        ["Grzegorz", "Małgorzata", "Łukasz", "Agnieszka", "Wojciech", "Katarzyna", "Przemysław", "Zofia"],
        ["Brzęczyszczykiewicz", "Wiśniewska", "Szczepański", "Kowalczyk", "Dąbrowski", "Zielińska", "Wójcik"],
        False,
        "PL",
        ["wp.pl", "onet.pl", "interia.pl", "gmail.com"],
    ),
    "ru": (
        ["Yekaterina", "Dmitri", "Anastasiya", "Vsevolod", "Lyudmila", "Arkady"],
        ["Vasilyeva", "Shcherbakov", "Zhukovskaya", "Pogorelov", "Rybakova"],
        False,
        "RU",
        ["yandex.ru", "mail.ru", "gmail.com"],
    ),
    "ua": (
        ["Oleksandr", "Oksana", "Svyatoslav", "Khrystyna", "Bohdan"],
        ["Kovalenko", "Tkachenko", "Khmelnytska", "Yakovenko", "Hrytsenko"],
        False,
        "UA",
        ["ukr.net", "i.ua", "gmail.com"],
    ),
    "tr": (
        ["Çağla", "Emre", "Zeynep", "Mehmet Ali", "Elif", "Burak", "Gülşen", "Oğuz"],
        ["Yıldız", "Öztürk", "Karaca", "Şahin", "Aydın", "Kılıç", "Demirci", "Çelik"],
        False,
        "TR",
        ["hotmail.com.tr", "yandex.com.tr", "gmail.com"],
    ),
    "ar": (
        ["Mohammed", "Fatima", "Abdulrahman", "Layla", "Youssef", "Noor", "Khalid", "Mariam", "Huda"],
        ["Al-Rashid", "El-Sayed", "Haddad", "Abu-Ghazaleh", "Al Mansouri", "Khoury", "Ben Youssef", "Al-Qahtani"],
        False,
        "AE",
        ["gmail.com", "hotmail.com", "yahoo.com"],
    ),
    "sa": (
        ["Faisal", "Reem", "Turki", "Nouf"],
        ["Al-Otaibi", "Al-Shehri", "bin Saad Al-Dosari", "Al-Zahrani"],
        False,
        "SA",
        ["gmail.com", "outlook.sa"],
    ),
    "ir": (
        ["Shirin", "Dariush", "Parisa", "Kourosh", "Niloufar", "Arash"],
        ["Ghasemi", "Tehrani", "Mohammadzadeh", "Rostami", "Karimi-Nejad"],
        False,
        "GB",
        ["gmail.com", "yahoo.com"],
    ),
    "in": (
        [
            "Priya",
            "Venkata Subramanyam",
            "Aarav",
            "Lakshmi",
            "Harpreet",
            "Sandeep",
            "Ananya",
            "Rohan",
            "Divya",
            "Karthik",
            "Sai Teja",
        ],
        [
            "Raghunathan",
            "Iyer",
            "Chattopadhyay",
            "Sandhu",
            "Venkataraman",
            "Reddy",
            "Bhattacharya",
            "Nair",
            "Krishnamurthy",
            "Kaur Grewal",
        ],
        False,
        "IN",
        ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    ),
    "cn": (
        ["Wei", "Xiuying", "Jiahao", "Yutong", "Zihan", "Haoran", "Xinyi", "Zhiqiang", "Ruolan"],
        ["Zhang", "Wang", "Liu", "Chen", "Ouyang", "Zhao", "Huang", "Xu", "Sima", "Guo"],
        True,
        "CN",
        ["qq.com", "163.com", "126.com", "foxmail.com"],
    ),
    "jp": (
        ["Haruki", "Yui", "Sōta", "Aoi", "Misaki", "Kenta", "Hina", "Ryūnosuke"],
        ["Satō", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Kobayashi", "Nakamura", "Inoue"],
        True,
        "JP",
        ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
    ),
    "kr": (
        ["Min-jun", "Ji-woo", "Seo-yeon", "Do-hyun", "Ha-eun", "Joon-ho", "Soo-ah", "Tae-yang"],
        ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Lim", "Han"],
        True,
        "KR",
        ["naver.com", "daum.net", "kakao.com"],
    ),
    "vn": (
        ["Thị Lan", "Văn Minh", "Hoàng Anh", "Thu Hà", "Quốc Bảo", "Ngọc Trâm"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Võ"],
        True,
        "VN",
        ["gmail.com", "yahoo.com.vn"],
    ),
    "ng": (
        ["Chukwuemeka", "Oluwaseun", "Adaeze", "Babajide", "Ngozi", "Temitope", "Ifeanyi", "Funmilayo"],
        ["Okonkwo", "Adeyemi", "Nwachukwu", "Olawale", "Eze", "Balogun", "Adebayo-Cole", "Okafor"],
        False,
        "NG",
        ["gmail.com", "yahoo.com"],
    ),
    "ke": (
        ["Wanjiru", "Otieno", "Akinyi", "Kipchoge"],
        ["Kamau", "Odhiambo", "Mwangi", "Chebet"],
        False,
        "KE",
        ["gmail.com", "yahoo.com"],
    ),
    "gh": (
        ["Kwame", "Akosua", "Kofi", "Efua"],
        ["Mensah", "Asante", "Boateng", "Owusu-Ansah"],
        False,
        "GB",
        ["gmail.com", "yahoo.com"],
    ),
    "et": (
        ["Tsion", "Abebe", "Meklit", "Yonas"],
        ["Bekele", "Tesfaye", "Gebremedhin", "Haile"],
        False,
        "US",
        ["gmail.com", "yahoo.com"],
    ),
    "za": (
        ["Nomvula", "Thabo", "Lindiwe", "Sipho", "Anri"],
        ["Dlamini", "Nkosi", "van Rensburg", "Mokoena", "Botha"],
        False,
        "ZA",
        ["webmail.co.za", "gmail.com"],
    ),
    "il": (
        ["Yael", "Noam", "Tamar", "Eitan", "Shira"],
        ["Ben-David", "Mizrahi", "Azoulay", "Peretz", "Friedman"],
        False,
        "IL",
        ["walla.co.il", "gmail.com"],
    ),
    "nordic": (
        ["Guðrún", "Sigurður", "Ingrid", "Magnus", "Astrid", "Eero", "Aino", "Søren", "Björk-Eva"],
        ["Jónsdóttir", "Sigurðsson", "Halvorsen", "Virtanen", "Kjærgaard", "Åberg", "Mäkinen", "Lindqvist"],
        False,
        "SE",
        ["telia.com", "online.no", "gmail.com"],
    ),
    "gr": (
        ["Konstantinos", "Eleni", "Dimitrios", "Athina"],
        ["Papadopoulos", "Antonopoulou", "Chatzidakis", "Georgiou"],
        False,
        "GR",
        ["otenet.gr", "gmail.com"],
    ),
    "ceu": (
        ["Zsófia", "Bence", "Jiří", "Radka", "Ioana", "Mihai", "Dragana", "Đorđe"],
        ["Szabó", "Nagy-Kovács", "Dvořák", "Procházková", "Popescu", "Constantinescu", "Đorđević", "Petrović"],
        False,
        "CZ",
        ["seznam.cz", "gmail.com", "yahoo.ro"],
    ),
    "th": (
        ["Somchai", "Siriporn", "Kittipong", "Nattaya"],
        ["Wongsakul", "Sukprasert", "Chaiyaporn", "Rattanakorn"],
        False,
        "SG",
        ["hotmail.com", "gmail.com"],
    ),
    "id": (
        ["Wulandari", "Sutrisno", "Hartono", "Rahmawati"],
        [""],
        False,
        "SG",
        ["yahoo.co.id", "gmail.com"],
    ),
    "caucasus": (
        ["Ani", "Tigran", "Nino", "Giorgi"],
        ["Hovhannisyan", "Sargsyan", "Beridze", "Tsiklauri"],
        False,
        "DE",
        ["mail.am", "gmail.com"],
    ),
}
CULTURE_WEIGHTS = {
    "us": 12,
    "gb": 6,
    "ie": 3,
    "de": 7,
    "at": 2,
    "fr": 6,
    "es": 6,
    "mx": 3,
    "br": 4,
    "pt": 2,
    "it": 4,
    "nl": 3,
    "pl": 3,
    "ru": 2,
    "ua": 2,
    "tr": 3,
    "ar": 4,
    "sa": 2,
    "ir": 2,
    "in": 7,
    "cn": 5,
    "jp": 3,
    "kr": 3,
    "vn": 3,
    "ng": 4,
    "ke": 2,
    "gh": 2,
    "et": 2,
    "za": 2,
    "il": 2,
    "nordic": 3,
    "gr": 2,
    "ceu": 3,
    "th": 2,
    "id": 2,
    "caucasus": 2,
}
LANG_CULTURES = {"de": ["de", "at", "de", "tr", "pl", "ceu"], "fr": ["fr", "fr", "ng", "ar"], "es": ["es", "mx", "es"]}

MIDDLE_INITIALS = list("ABCDEJKLMRSTW")


@dataclass
class Person:
    given: str
    family: str
    culture: str
    eastern: bool
    cc: str
    middle: str = ""

    def full(self) -> str:
        if not self.family:
            return self.given
        if self.eastern:
            return f"{self.family} {self.given}"
        mid = f" {self.middle}." if self.middle else ""
        return f"{self.given}{mid} {self.family}"

    def western(self) -> str:
        return f"{self.given} {self.family}" if self.family else self.given

    def first(self) -> str:
        return self.given

    def last(self) -> str:
        return self.family or self.given

    def formal_last(self) -> str:
        """Surname as used after a title; Dutch/German particles stay lower case."""
        return self.last()


def person(r: Random, culture: str | None = None) -> Person:
    if culture is None:
        names, weights = zip(*CULTURE_WEIGHTS.items(), strict=True)
        culture = r.choices(names, weights=weights)[0]
    given, family, eastern, cc, _ = CULTURES[culture]
    g = pick(r, given)
    f = pick(r, family)
    # transliterated (ASCII) spelling of East-Asian / Vietnamese names half of the time
    if culture in ("vn", "jp") and chance(r, 0.5):
        g, f = fold(g, keep_case=True), fold(f, keep_case=True)
    east = eastern and chance(r, 0.7)
    mid = pick(r, MIDDLE_INITIALS) if culture == "us" and chance(r, 0.2) else ""
    return Person(unicodedata.normalize("NFC", g), unicodedata.normalize("NFC", f), culture, east, cc, mid)


_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "æ": "ae",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "ı": "i",
        "İ": "I",
        "å": "a",
        "Å": "A",
    }
)


def fold(s: str, keep_case: bool = False) -> str:
    s = s.translate(_FOLD)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s if keep_case else s.lower()


def _slug(s: str, sep: str = "") -> str:
    s = fold(s).replace("'", "")
    return re.sub(r"[^a-z0-9]+", sep, s).strip(sep) if sep else re.sub(r"[^a-z0-9]+", "", s)


CORP_DOMAINS = [
    "kestrelworks.io",
    "bramblefield.co.uk",
    "tidewater-logistics.com",
    "lumenhaus.de",
    "atelier-sorel.fr",
    "vientosur.es",
    "quintaverde.pt",
    "harborline.nl",
    "oakmere-health.org",
    "pinecrest.edu",
    "solara-energy.com",
    "fjordbyte.no",
    "sakura-denki.co.jp",
    "hanbit-soft.co.kr",
    "meridian-ag.ch",
    "zenithpay.io",
    "copperleaf.ca",
    "baobab-finance.co.ke",
    "lagoon-tech.ng",
    "cedarpoint.ae",
    "marisol.com.mx",
    "ipanema-digital.com.br",
    "wattleandco.com.au",
    "orbital.dev",
    "greyfriars.ac.uk",
    "stadtwerke-ulmenau.de",
    "clinique-saint-roch.fr",
    "nordlys-shipping.dk",
    "ankara-yazilim.com.tr",
    "mumbai-freight.in",
    "halcyon.studio",
    "quarrystone.law",
]
ROLE_LOCALS = [
    "billing",
    "support",
    "ops",
    "noreply",
    "accounts",
    "hr",
    "payroll",
    "security",
    "helpdesk",
    "facturacion",
    "buchhaltung",
    "compta",
    "it-admin",
    "dpo",
    "alerts",
]


def email_for(r: Random, p: Person, corp: bool | None = None) -> str:
    g, f = _slug(p.given), _slug(p.family) or _slug(p.given)
    g_dot = _slug(p.given, ".")
    n = r.randint(1, 99)
    local = pick(
        r,
        [
            f"{g_dot}.{f}",
            f"{g[0]}{f}",
            f"{g}_{f}",
            f"{f}.{g}",
            f"{g}{f}{n}",
            f"{g_dot}.{f}+{pick(r, ['shop', 'news', 'bank', 'work', 'temp'])}",
            f"{g}{r.randint(70, 99)}",
            f"{g[0]}.{f}",
            f"{f}{g[0]}",
            f"{g}-{f}",
            f"{g}.{f[0]}",
        ],
    )
    if corp is None:
        corp = chance(r, 0.45)
    domain = pick(r, CORP_DOMAINS) if corp else pick(r, CULTURES[p.culture][4])
    if chance(r, 0.06):
        local = local.capitalize()
    return f"{local}@{domain}"


def role_email(r: Random) -> str:
    return f"{pick(r, ROLE_LOCALS)}@{pick(r, CORP_DOMAINS)}"


def handle_email(r: Random) -> str:
    a = pick(
        r,
        [
            "sunflower",
            "nightowl",
            "bluefjord",
            "pixelmoth",
            "quietriver",
            "lemonzest",
            "oldmapleleaf",
            "tangogolf",
            "kiwi.crate",
            "sk8rboi",
            "mango_lassi",
            "zebracrossing",
        ],
    )
    dom = pick(r, ["gmail.com", "proton.me", "outlook.com", "yahoo.com", "hey.com", "tutanota.com", "icloud.com"])
    return f"{a}{r.randint(1, 2009)}@{dom}"


# ----------------------------------------------------------------------------------------------------
# phones
# ----------------------------------------------------------------------------------------------------


def _d(r: Random, k: int, first: str = "0123456789") -> str:
    return pick(r, first) + "".join(r.choice(string.digits) for _ in range(k - 1)) if k else ""


def phone(r: Random, cc: str | None = None, intl: float = 0.7) -> str:
    cc = cc or pick(r, list(_PHONES))
    fmts = _PHONES.get(cc, _PHONES["US"])
    use_intl = chance(r, intl)
    f = pick(r, fmts[0] if use_intl or not fmts[1] else fmts[1])
    return f(r)


def _us_area(r: Random) -> str:
    return _d(r, 3, "23456789")


_PHONES: dict[str, tuple[list[Callable[[Random], str]], list[Callable[[Random], str]]]] = {
    "US": (
        [
            lambda r: f"+1 ({_us_area(r)}) {_d(r, 3, '23456789')}-{_d(r, 4)}",
            lambda r: f"+1 {_us_area(r)}-{_d(r, 3, '23456789')}-{_d(r, 4)}",
            lambda r: f"+1{_us_area(r)}{_d(r, 3, '23456789')}{_d(r, 4)}",
            lambda r: f"+1.{_us_area(r)}.{_d(r, 3, '23456789')}.{_d(r, 4)}",
        ],
        [
            lambda r: f"({_us_area(r)}) {_d(r, 3, '23456789')}-{_d(r, 4)}",
            lambda r: f"{_us_area(r)}.{_d(r, 3, '23456789')}.{_d(r, 4)}",
            lambda r: f"{_us_area(r)}-{_d(r, 3, '23456789')}-{_d(r, 4)}",
            lambda r: f"1-{pick(r, ['800', '888', '877'])}-{_d(r, 3, '23456789')}-{_d(r, 4)}",
        ],
    ),
    "GB": (
        [
            lambda r: f"+44 20 {_d(r, 4, '378')} {_d(r, 4)}",
            lambda r: f"+44 7{_d(r, 3)} {_d(r, 6)}",
            lambda r: f"+44 (0)161 {_d(r, 3, '2456789')} {_d(r, 4)}",
            lambda r: f"0044 7{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        ],
        [
            lambda r: f"07{_d(r, 3)} {_d(r, 6)}",
            lambda r: f"020 {_d(r, 4, '378')} {_d(r, 4)}",
            lambda r: f"0113 {_d(r, 3, '2345')} {_d(r, 4)}",
        ],
    ),
    "IE": (
        [
            lambda r: f"+353 8{pick(r, '3567')} {_d(r, 3)} {_d(r, 4)}",
            lambda r: f"+353 1 {_d(r, 3, '24678')} {_d(r, 4)}",
        ],
        [lambda r: f"08{pick(r, '3567')} {_d(r, 3)} {_d(r, 4)}"],
    ),
    "DE": (
        [
            lambda r: f"+49 30 {_d(r, 8, '23456789')}",
            lambda r: f"+49 (0)89 {_d(r, 4, '123456789')} {_d(r, 4)}",
            lambda r: f"+49 15{pick(r, '129')} {_d(r, 8)}",
            lambda r: f"+49 171 {_d(r, 7)}",
            lambda r: f"0049 40 {_d(r, 3, '23456789')} {_d(r, 3)} {_d(r, 2)}",
        ],
        [
            lambda r: f"0171 {_d(r, 7)}",
            lambda r: f"030/{_d(r, 7, '23456789')}",
            lambda r: f"0221 {_d(r, 3, '23456789')} {_d(r, 4)}",
            lambda r: f"(0 69) {_d(r, 2, '23456789')} {_d(r, 2)} {_d(r, 2)}-{_d(r, 2)}",
        ],
    ),
    "AT": (
        [lambda r: f"+43 1 {_d(r, 3, '23456789')} {_d(r, 4)}", lambda r: f"+43 664 {_d(r, 7)}"],
        [lambda r: f"0664 {_d(r, 3)} {_d(r, 4)}"],
    ),
    "CH": (
        [
            lambda r: f"+41 44 {_d(r, 3, '23456789')} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"+41 79 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        ],
        [lambda r: f"079 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"],
    ),
    "FR": (
        [
            lambda r: f"+33 1 {_d(r, 2, '4')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"+33 6 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"+33 (0)7 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"+33{pick(r, '67')}{_d(r, 8)}",
        ],
        [
            lambda r: f"06 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"01.{_d(r, 2, '4')}.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}",
            lambda r: f"07-{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
            lambda r: f"04 {_d(r, 2, '789')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        ],
    ),
    "ES": (
        [
            lambda r: f"+34 91{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
            lambda r: f"+34 6{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"+34 6{_d(r, 8)}",
            lambda r: f"0034 93 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        ],
        [lambda r: f"6{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", lambda r: f"91 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"],
    ),
    "MX": (
        [lambda r: f"+52 55 {_d(r, 4, '123456789')} {_d(r, 4)}", lambda r: f"+52 1 33 {_d(r, 4)} {_d(r, 4)}"],
        [lambda r: f"(55) {_d(r, 4, '123456789')}-{_d(r, 4)}"],
    ),
    "BR": (
        [
            lambda r: f"+55 11 9{_d(r, 4)}-{_d(r, 4)}",
            lambda r: f"+55 (21) 9{_d(r, 4)}-{_d(r, 4)}",
            lambda r: f"+55 61 3{_d(r, 3)}-{_d(r, 4)}",
        ],
        [lambda r: f"(11) 9{_d(r, 4)}-{_d(r, 4)}", lambda r: f"(31) 9 {_d(r, 4)}-{_d(r, 4)}"],
    ),
    "PT": (
        [
            lambda r: f"+351 9{pick(r, '1236')}{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
            lambda r: f"+351 21 {_d(r, 3)} {_d(r, 4)}",
        ],
        [lambda r: f"9{pick(r, '1236')}{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}"],
    ),
    "IT": (
        [
            lambda r: f"+39 06 {_d(r, 4)} {_d(r, 4)}",
            lambda r: f"+39 3{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}",
            lambda r: f"+39 02 {_d(r, 8)}",
        ],
        [lambda r: f"3{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}", lambda r: f"06 {_d(r, 4)} {_d(r, 4)}"],
    ),
    "NL": (
        [
            lambda r: f"+31 20 {_d(r, 3, '23456789')} {_d(r, 4)}",
            lambda r: f"+31 6 {_d(r, 4)} {_d(r, 4)}",
            lambda r: f"+316{_d(r, 8)}",
        ],
        [lambda r: f"06-{_d(r, 8)}", lambda r: f"020-{_d(r, 3, '23456789')} {_d(r, 4)}"],
    ),
    "BE": (
        [
            lambda r: f"+32 4{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"+32 2 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        ],
        [],
    ),
    "PL": (
        [
            lambda r: f"+48 {_d(r, 3, '5678')} {_d(r, 3)} {_d(r, 3)}",
            lambda r: f"+48 22 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        ],
        [lambda r: f"{_d(r, 3, '5678')}-{_d(r, 3)}-{_d(r, 3)}"],
    ),
    "CZ": (
        [
            lambda r: f"+420 {_d(r, 3, '67')} {_d(r, 3)} {_d(r, 3)}",
            lambda r: f"+40 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
            lambda r: f"+36 30 {_d(r, 3)} {_d(r, 4)}",
            lambda r: f"+381 6{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
        ],
        [],
    ),
    "RU": (
        [
            lambda r: f"+7 495 {_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}",
            lambda r: f"+7 (916) {_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}",
            lambda r: f"+79{_d(r, 9)}",
        ],
        [lambda r: f"8 (9{_d(r, 2)}) {_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}"],
    ),
    "UA": (
        [
            lambda r: f"+380 {pick(r, ['50', '67', '93', '44'])} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"+380{pick(r, ['50', '67', '97'])}{_d(r, 7)}",
        ],
        [],
    ),
    "TR": (
        [
            lambda r: f"+90 5{_d(r, 2)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"+90 (212) {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        ],
        [
            lambda r: f"0 (5{_d(r, 2)}) {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"05{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}",
        ],
    ),
    "AE": (
        [
            lambda r: f"+971 5{pick(r, '0245')} {_d(r, 3)} {_d(r, 4)}",
            lambda r: f"+971 4 {_d(r, 3)} {_d(r, 4)}",
            lambda r: f"00971 50 {_d(r, 7)}",
        ],
        [lambda r: f"05{pick(r, '0245')}-{_d(r, 7)}"],
    ),
    "SA": (
        [lambda r: f"+966 5{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", lambda r: f"+966 11 {_d(r, 3)} {_d(r, 4)}"],
        [lambda r: f"05{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}"],
    ),
    "IN": (
        [
            lambda r: f"+91 9{_d(r, 4)} {_d(r, 5)}",
            lambda r: f"+91-9{_d(r, 9)}",
            lambda r: f"+91 80 {_d(r, 4)} {_d(r, 4)}",
            lambda r: f"+91 (22) {_d(r, 4)}-{_d(r, 4)}",
        ],
        [lambda r: f"09{_d(r, 4)} {_d(r, 5)}", lambda r: f"9{_d(r, 4)}-{_d(r, 5)}"],
    ),
    "CN": (
        [
            lambda r: f"+86 13{_d(r, 1)} {_d(r, 4)} {_d(r, 4)}",
            lambda r: f"+86 10 {_d(r, 4)} {_d(r, 4)}",
            lambda r: f"+86-18{_d(r, 9)}",
        ],
        [lambda r: f"13{_d(r, 1)}-{_d(r, 4)}-{_d(r, 4)}", lambda r: f"(021) {_d(r, 4)} {_d(r, 4)}"],
    ),
    "JP": (
        [
            lambda r: f"+81 3-{_d(r, 4)}-{_d(r, 4)}",
            lambda r: f"+81 90 {_d(r, 4)} {_d(r, 4)}",
            lambda r: f"+81-6-{_d(r, 4)}-{_d(r, 4)}",
        ],
        [lambda r: f"090-{_d(r, 4)}-{_d(r, 4)}", lambda r: f"03-{_d(r, 4)}-{_d(r, 4)}"],
    ),
    "KR": (
        [lambda r: f"+82 10-{_d(r, 4)}-{_d(r, 4)}", lambda r: f"+82 2 {_d(r, 3, '23456789')} {_d(r, 4)}"],
        [lambda r: f"010-{_d(r, 4)}-{_d(r, 4)}", lambda r: f"02-{_d(r, 3, '23456789')}-{_d(r, 4)}"],
    ),
    "VN": (
        [lambda r: f"+84 9{_d(r, 1)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", lambda r: f"+84 28 {_d(r, 4)} {_d(r, 4)}"],
        [lambda r: f"09{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"],
    ),
    "SG": (
        [
            lambda r: f"+65 {pick(r, '89')}{_d(r, 3)} {_d(r, 4)}",
            lambda r: f"+66 8{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
            lambda r: f"+62 812-{_d(r, 4)}-{_d(r, 4)}",
        ],
        [],
    ),
    "AU": (
        [lambda r: f"+61 4{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", lambda r: f"+61 2 {_d(r, 4, '89')} {_d(r, 4)}"],
        [lambda r: f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", lambda r: f"(02) {_d(r, 4, '89')} {_d(r, 4)}"],
    ),
    "NG": (
        [
            lambda r: f"+234 80{pick(r, '3236')} {_d(r, 3)} {_d(r, 4)}",
            lambda r: f"+234 (0) 70{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
            lambda r: f"+2348{pick(r, '01')}{_d(r, 8)}",
        ],
        [lambda r: f"080{pick(r, '3236')} {_d(r, 3)} {_d(r, 4)}"],
    ),
    "KE": (
        [lambda r: f"+254 7{_d(r, 2)} {_d(r, 6)}", lambda r: f"+254 (0) 722 {_d(r, 3)} {_d(r, 3)}"],
        [lambda r: f"07{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"],
    ),
    "ZA": (
        [lambda r: f"+27 8{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", lambda r: f"+27 21 {_d(r, 3)} {_d(r, 4)}"],
        [lambda r: f"08{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}"],
    ),
    "IL": (
        [lambda r: f"+972 5{_d(r, 1)}-{_d(r, 3)}-{_d(r, 4)}", lambda r: f"+972 3 {_d(r, 3)} {_d(r, 4)}"],
        [lambda r: f"05{_d(r, 1)}-{_d(r, 3)}-{_d(r, 4)}"],
    ),
    "SE": (
        [
            lambda r: f"+46 70 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"+47 {_d(r, 3, '49')} {_d(r, 2)} {_d(r, 3)}",
            lambda r: f"+358 40 {_d(r, 3)} {_d(r, 4)}",
            lambda r: f"+45 {_d(r, 2, '2345')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            lambda r: f"+354 {_d(r, 3, '678')} {_d(r, 4)}",
        ],
        [lambda r: f"070-{_d(r, 3)} {_d(r, 2)} {_d(r, 2)}"],
    ),
    "GR": (
        [lambda r: f"+30 69{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", lambda r: f"+30 210 {_d(r, 3)} {_d(r, 4)}"],
        [lambda r: f"69{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}"],
    ),
}


# ----------------------------------------------------------------------------------------------------
# cards, IBANs, SSNs, IPs
# ----------------------------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def _card_digits(r: Random) -> tuple[str, str]:
    brand = r.choices(
        ["visa", "mc", "mc2", "amex", "disc", "jcb", "diners", "up", "maestro", "mir"],
        weights=[34, 18, 5, 12, 7, 6, 4, 6, 4, 4],
    )[0]
    if brand == "visa":
        pre, n = "4", 16
    elif brand == "mc":
        pre, n = str(r.randint(51, 55)), 16
    elif brand == "mc2":
        pre, n = str(r.randint(2221, 2720)), 16
    elif brand == "amex":
        pre, n = pick(r, ["34", "37"]), 15
    elif brand == "disc":
        pre, n = pick(r, ["6011", "65", str(r.randint(644, 649))]), 16
    elif brand == "jcb":
        pre, n = str(r.randint(3528, 3589)), 16
    elif brand == "diners":
        pre, n = pick(r, ["36", "38", "300", "305"]), 14
    elif brand == "up":
        pre, n = "62" + _d(r, 2, "12"), pick(r, [16, 16, 19])
    elif brand == "maestro":
        pre, n = pick(r, ["6759", "5018", "5020", "6304"]), 16
    else:
        pre, n = "220" + pick(r, "01234"), 16
    body = pre + "".join(r.choice(string.digits) for _ in range(n - len(pre) - 1))
    return brand, luhn_complete(body)


def group_card(r: Random, d: str, style: str | None = None) -> str:
    style = style or r.choices(["space", "dash", "none"], weights=[55, 15, 30])[0]
    if style == "none":
        return d
    sep = " " if style == "space" else "-"
    parts = [d[:4], d[4:10], d[10:]] if len(d) in (14, 15) else [d[i : i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


def credit_card(r: Random) -> str:
    return group_card(r, _card_digits(r)[1])


def card_bad(r: Random) -> str:
    _, d = _card_digits(r)
    last = int(d[-1])
    d = d[:-1] + str((last + r.randint(1, 9)) % 10)
    assert not luhn_ok(d)
    return group_card(r, d)


IBAN_SPECS = {
    "DE": "18n",
    "GB": "4a14n",
    "FR": "10n11c2n",
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
    "DK": "14n",
    "NO": "11n",
    "FI": "14n",
    "LU": "3n13c",
    "SA": "2n18c",
    "AE": "19n",
    "TR": "6n16c",
    "BR": "23n1a1c",
    "MT": "4a5n18c",
    "GR": "7n16c",
    "HU": "24n",
    "CZ": "20n",
    "RO": "4a16c",
    "HR": "17n",
    "LT": "16n",
    "IS": "22n",
    "IL": "19n",
    "UA": "6n19c",
}
BANK_CODES = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"],
    "IE": ["AIBK", "BOFI"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB", "BUNQ"],
    "MT": ["MALT", "VALL"],
    "RO": ["BTRL", "RNCB", "INGB"],
}
CC_IBAN = {
    "US": "DE",
    "CN": "GB",
    "JP": "FR",
    "KR": "NL",
    "VN": "FR",
    "IN": "GB",
    "NG": "GB",
    "KE": "GB",
    "ZA": "NL",
    "SG": "LU",
    "MX": "ES",
    "RU": "LT",
    "AU": "GB",
    "CZ": "CZ",
}


def _bban(r: Random, cc: str, spec: str) -> str:
    out = []
    first_alpha = True
    for cnt, kind in re.findall(r"(\d+)([anc])", spec):
        k = int(cnt)
        if kind == "n":
            out.append("".join(r.choice(string.digits) for _ in range(k)))
        elif kind == "a":
            if first_alpha and k == 4 and cc in BANK_CODES:
                out.append(pick(r, BANK_CODES[cc]))
            else:
                out.append("".join(r.choice(string.ascii_uppercase) for _ in range(k)))
            first_alpha = False
        else:
            out.append(
                "".join(
                    r.choice(string.digits) if chance(r, 0.8) else r.choice(string.ascii_uppercase) for _ in range(k)
                )
            )
    return "".join(out)


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").replace("-", "").upper()
    if s[:2] not in IBAN_SPECS:
        return False
    length = 4 + sum(int(c) for c, _ in re.findall(r"(\d+)([anc])", IBAN_SPECS[s[:2]]))
    return len(s) == length and _iban_num(s[4:] + s[:4]) % 97 == 1


def _fmt_iban(r: Random, s: str) -> str:
    style = r.choices(["group", "compact", "dash"], weights=[62, 34, 4])[0]
    if style == "compact":
        return s
    sep = " " if style == "group" else "-"
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


def iban(r: Random, cc: str | None = None) -> str:
    cc = cc or pick(r, list(IBAN_SPECS))
    if cc not in IBAN_SPECS:
        cc = CC_IBAN.get(cc, "DE")
    bban = _bban(r, cc, IBAN_SPECS[cc])
    check = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{check:02d}{bban}"
    assert iban_ok(s)
    return _fmt_iban(r, s)


def iban_bad(r: Random, cc: str | None = None) -> str:
    s = iban(r, cc).replace(" ", "").replace("-", "")
    while True:
        chk = f"{r.randint(2, 98):02d}"
        bad = s[:2] + chk + s[4:]
        if not iban_ok(bad):
            return _fmt_iban(r, bad)


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g != 0 and n != 0


def _ssn_parts(r: Random) -> tuple[str, str, str]:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"


def ssn(r: Random, style: str | None = None) -> str:
    a, g, n = _ssn_parts(r)
    style = style or r.choices(["dash", "space", "none"], weights=[72, 14, 14])[0]
    return {"dash": f"{a}-{g}-{n}", "space": f"{a} {g} {n}", "none": f"{a}{g}{n}"}[style]


def ssn_invalid(r: Random) -> str:
    a, g, n = _ssn_parts(r)
    k = r.randrange(5)
    if k == 0:
        a = "000"
    elif k == 1:
        a = "666"
    elif k == 2:
        a = str(r.randint(900, 999))
    elif k == 3:
        g = "00"
    else:
        n = "0000"
    s = f"{a}-{g}-{n}"
    assert not ssn_ok(s)
    return s


def ipv4(r: Random, kind: str | None = None) -> str:
    kind = kind or r.choices(["pub", "priv", "doc"], weights=[50, 35, 15])[0]
    if kind == "priv":
        k = r.randrange(3)
        if k == 0:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k == 1:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "doc":
        return f"{pick(r, ['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}"
    while True:
        a = r.randint(1, 223)
        if a not in (10, 127, 169, 172, 192, 100):
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: Random) -> str:
    k = r.choices(["doc", "global", "ll", "ula", "mapped", "exploded"], weights=[25, 30, 12, 10, 8, 15])[0]

    def hx() -> int:
        return r.choice([0, 0, r.randint(1, 0xFF), r.randint(0x100, 0xFFFF), r.randint(0x1000, 0xFFFF)])

    if k == "mapped":
        return f"::ffff:{ipv4(r, 'pub')}"
    if k == "ll":
        words = [0xFE80, 0, 0, 0] + [r.randint(0, 0xFFFF) for _ in range(4)]
    elif k == "ula":
        words = [
            0xFD00 | r.randint(0, 0xFF),
            r.randint(0, 0xFFFF),
            r.randint(0, 0xFFFF),
            r.randint(0, 0xFF),
            0,
            0,
            0,
            r.randint(1, 0xFF),
        ]
    elif k == "doc":
        words = [0x2001, 0x0DB8] + [hx() for _ in range(6)]
    else:
        words = [pick(r, [0x2A02, 0x2600, 0x2001, 0x2A00, 0x2405, 0x2C0F, 0x2800])] + [hx() for _ in range(7)]
    addr = ipaddress.IPv6Address(b"".join(w.to_bytes(2, "big") for w in words))
    if k == "exploded":
        s = addr.exploded
        return s.upper() if chance(r, 0.4) else s
    s = addr.compressed
    return s.upper() if chance(r, 0.1) else s


def ip_any(r: Random) -> str:
    return ipv6(r) if chance(r, 0.3) else ipv4(r)


# ----------------------------------------------------------------------------------------------------
# secrets
# ----------------------------------------------------------------------------------------------------

ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(r: Random, alphabet: str, k: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(k))


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r: Random) -> str:
    head = b64url(
        json.dumps({"alg": pick(r, ["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode()
    )
    iat = r.randint(1_690_000_000, 1_760_000_000)
    body: dict[str, object] = {"sub": str(uuid.UUID(int=r.getrandbits(128), version=4)), "iat": iat}
    body["exp"] = iat + pick(r, [900, 3600, 86400])
    if chance(r, 0.5):
        body["scope"] = pick(r, ["read:orders", "admin", "user", "billing:write"])
    pay = b64url(json.dumps(body, separators=(",", ":")).encode())
    return f"{head}.{pay}.{rs(r, B64URL, pick(r, [43, 86]))}"


SECRET_MAKERS: dict[str, tuple[list[str], Callable[[Random], str]]] = {
    "aws_akid": (
        ["AWS_ACCESS_KEY_ID", "aws_access_key_id"],
        lambda r: pick(r, ["AKIA", "ASIA"]) + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    ),
    "aws_secret": (["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"], lambda r: rs(r, B64, 40)),
    "github": (["GITHUB_TOKEN", "GH_TOKEN"], lambda r: pick(r, ["ghp_", "gho_", "ghs_"]) + rs(r, ALNUM, 36)),
    "github_fine": (["GITHUB_PAT"], lambda r: "github_pat_11" + rs(r, UPNUM, 22) + "_" + rs(r, ALNUM, 59)),
    "gitlab": (["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE"], lambda r: "glpat-" + rs(r, B64URL, 20)),
    "slack": (
        ["SLACK_BOT_TOKEN", "SLACK_TOKEN"],
        lambda r: (
            pick(r, ["xoxb-", "xoxp-"]) + _d(r, 12, "123456789") + "-" + _d(r, 13, "123456789") + "-" + rs(r, ALNUM, 24)
        ),
    ),
    "stripe": (
        ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"],
        lambda r: pick(r, ["sk_live_", "rk_live_"]) + rs(r, ALNUM, pick(r, [24, 99])),
    ),
    "openai": (
        ["OPENAI_API_KEY"],
        lambda r: "sk-proj-" + rs(r, B64URL, pick(r, [48, 120])) if chance(r, 0.6) else "sk-" + rs(r, ALNUM, 48),
    ),
    "anthropic": (["ANTHROPIC_API_KEY"], lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"),
    "google": (["GOOGLE_API_KEY", "MAPS_API_KEY", "FIREBASE_API_KEY"], lambda r: "AIza" + rs(r, B64URL, 35)),
    "sendgrid": (["SENDGRID_API_KEY"], lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)),
    "mailgun": (["MAILGUN_API_KEY"], lambda r: "key-" + rs(r, HEX, 32)),
    "twilio": (["TWILIO_AUTH_TOKEN"], lambda r: rs(r, HEX, 32)),
    "npm": (["NPM_TOKEN", "NODE_AUTH_TOKEN"], lambda r: "npm_" + rs(r, ALNUM, 36)),
    "hf": (["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], lambda r: "hf_" + rs(r, string.ascii_letters, 34)),
    "digitalocean": (["DIGITALOCEAN_TOKEN"], lambda r: "dop_v1_" + rs(r, HEX, 64)),
    "shopify": (["SHOPIFY_ADMIN_TOKEN"], lambda r: "shpat_" + rs(r, HEX, 32)),
    "datadog": (["DD_API_KEY", "DATADOG_API_KEY"], lambda r: rs(r, HEX, 32)),
    "azure_storage": (["AZURE_STORAGE_KEY"], lambda r: rs(r, B64, 86) + "=="),
    "azure_secret": (["AZURE_CLIENT_SECRET"], lambda r: rs(r, ALNUM, 3) + _d(r, 1) + "Q~" + rs(r, ALNUM + "-_.~", 34)),
    "telegram": (["TELEGRAM_BOT_TOKEN"], lambda r: _d(r, 10, "5678") + ":AA" + rs(r, B64URL, 33)),
    "linear": (["LINEAR_API_KEY"], lambda r: "lin_api_" + rs(r, ALNUM, 40)),
    "databricks": (["DATABRICKS_TOKEN"], lambda r: "dapi" + rs(r, HEX, 32)),
    "vault": (["VAULT_TOKEN"], lambda r: "hvs." + rs(r, B64URL, pick(r, [24, 90]))),
    "postman": (["POSTMAN_API_KEY"], lambda r: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)),
    "cloudflare": (["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], lambda r: rs(r, B64URL, 40)),
    "atlassian": (
        ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN"],
        lambda r: "ATATT3xFfGF0" + rs(r, B64URL, 170) + "=" + rs(r, HEX.upper(), 8),
    ),
    "square": (["SQUARE_ACCESS_TOKEN"], lambda r: "EAAA" + rs(r, B64URL, 60)),
    "pypi": (["PYPI_API_TOKEN", "TWINE_PASSWORD"], lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 150)),
    "sentry": (["SENTRY_AUTH_TOKEN"], lambda r: "sntrys_" + rs(r, B64URL, 110)),
    "notion": (["NOTION_TOKEN"], lambda r: pick(r, ["secret_", "ntn_"]) + rs(r, ALNUM, 43)),
    "generic": (
        ["API_KEY", "X_API_KEY", "PARTNER_API_KEY", "INTERNAL_SERVICE_KEY"],
        lambda r: rs(r, ALNUM, pick(r, [32, 40, 48])),
    ),
    "jwt": (["AUTH_TOKEN", "ACCESS_TOKEN", "SESSION_JWT"], jwt),
    "discord": (
        ["DISCORD_BOT_TOKEN"],
        lambda r: b64url(_d(r, 18, "123456789").encode()) + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38),
    ),
    "mapbox": (["MAPBOX_SECRET_TOKEN"], lambda r: "sk.eyJ1Ijoi" + rs(r, B64URL, 40) + "." + rs(r, B64URL, 22)),
}


def secret(r: Random, kind: str | None = None) -> tuple[str, str]:
    """(environment variable name, value)."""
    kind = kind or pick(r, list(SECRET_MAKERS))
    names, fn = SECRET_MAKERS[kind]
    return pick(r, names), fn(r)


PW_WORDS = [
    "Marmalade",
    "tangerine",
    "Kestrel",
    "otter",
    "Vollmond",
    "girasol",
    "Soleil",
    "Zitrone",
    "harbor",
    "Nebula",
    "pistachio",
    "Lavanda",
    "copper",
    "Fjord",
    "maple",
    "Quokka",
    "sandstorm",
    "Bergamot",
    "Rakete",
    "mariposa",
    "Citadel",
    "walrus",
    "Kirschblüte",
]


def password(r: Random, url_safe: bool = False) -> str:
    syms = "!*~-_" if url_safe else "!#$%^&*?~+="
    k = r.random()
    if k < 0.45:
        w = fold(pick(r, PW_WORDS), keep_case=True)
        if chance(r, 0.4):
            w = w.replace("a", "@" if not url_safe else "4").replace("o", "0").replace("e", "3")
        return w + pick(r, ["", r.choice(syms)]) + str(r.randint(1, 2027)) + r.choice(syms)
    if k < 0.8:
        while True:
            s = rs(r, ALNUM + syms, r.randint(12, 26))
            if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
                return s
    ws = [fold(pick(r, PW_WORDS)) for _ in range(3)]
    return "-".join(ws) + "-" + str(r.randint(2, 99))


# ----------------------------------------------------------------------------------------------------
# look-alikes
# ----------------------------------------------------------------------------------------------------

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def la_date(r: Random, lang: str = "en") -> L:
    y, m, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
    if lang == "de":
        f = pick(r, [f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS_DE[m - 1]} {y}"])
    elif lang == "fr":
        f = pick(r, [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_FR[m - 1]} {y}"])
    elif lang == "es":
        f = pick(r, [f"{d:02d}/{m:02d}/{y}", f"{d} de {MONTHS_ES[m - 1]} de {y}"])
    else:
        f = pick(
            r,
            [
                f"{y}-{m:02d}-{d:02d}",
                f"{m:02d}/{d:02d}/{y}",
                f"{d} {MONTHS_EN[m - 1]} {y}",
                f"{MONTHS_EN[m - 1]} {d}, {y}",
                f"{y}-{m:02d}-{d:02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
                f"{y}{m:02d}{d:02d}",
            ],
        )
    return L("date", f)


def la_time(r: Random) -> L:
    return L("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}")


def la_order(r: Random) -> L:
    f = pick(
        r,
        [
            lambda: f"{_d(r, 3, '1234')}-{_d(r, 7)}-{_d(r, 7)}",
            lambda: f"#{r.randint(1001, 99999)}",
            lambda: f"SO-{r.randint(2021, 2026)}-{_d(r, 6)}",
            lambda: _d(r, r.randint(8, 12), "123456789"),
            lambda: f"ORD{_d(r, 9)}",
            lambda: f"W{_d(r, 9)}",
            lambda: f"{rs(r, UPNUM, 3)}-{_d(r, 5)}-{rs(r, UPNUM, 2)}",
        ],
    )
    return L("order", f())


def la_order_luhn(r: Random) -> L:
    pre = pick(r, ["1", "8", "9", "07"])
    n = pick(r, [16, 16, 13, 18])
    return L("order_luhn", luhn_complete(pre + _d(r, n - 1 - len(pre))))


def la_invoice(r: Random) -> L:
    y = r.randint(2021, 2026)
    return L(
        "invoice",
        pick(
            r,
            [
                f"INV-{y}-{_d(r, 5)}",
                f"F{y}/{_d(r, 4)}",
                f"RE-{_d(r, 6)}",
                f"FAC-{_d(r, 6)}",
                f"{y}-{_d(r, 4)}-A",
                f"INV{_d(r, 8)}",
                f"BILL-{rs(r, UPNUM, 4)}-{_d(r, 4)}",
            ],
        ),
    )


def la_ticket(r: Random) -> L:
    return L(
        "ticket",
        pick(
            r,
            [
                f"#{r.randint(1000, 999999)}",
                f"{pick(r, ['OPS', 'SUP', 'PAY', 'INFRA', 'CX'])}-{r.randint(10, 9999)}",
                f"CS{_d(r, 8)}",
                f"case {_d(r, 8, '0')}",
            ],
        ),
    )


def la_tracking(r: Random) -> L:
    k = r.randrange(6)
    if k == 0:
        v = "1Z" + rs(r, UPNUM, 6) + _d(r, 10)
    elif k == 1:
        d = "9400" + _d(r, 18)
        v = " ".join(d[i : i + 4] for i in range(0, 22, 4))
    elif k == 2:
        v = pick(r, ["RR", "LX", "CP", "RB"]) + _d(r, 9) + pick(r, ["GB", "DE", "NL", "CN", "FR"])
    elif k == 3:
        v = _d(r, 10, "123456789")
    elif k == 4:
        v = f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"
    else:
        v = "JD" + _d(r, 18)
    return L("tracking", v)


def la_version(r: Random) -> L:
    k = r.randrange(7)
    if k == 0:
        v = f"{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 30)}"
    elif k == 1:
        tag = pick(r, ["rc.1", "beta.3", "alpha", "hotfix.2"])
        v = f"v{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}-{tag}"
    elif k == 2:
        v = f"10.0.{r.randint(17000, 26100)}.{r.randint(1, 5000)}"
    elif k == 3:
        v = f"{r.randint(100, 131)}.0.{r.randint(4000, 6900)}.{r.randint(10, 250)}"
    elif k == 4:
        tag = pick(r, ["alpine", "slim", "bookworm", "jammy"])
        v = f"{r.randint(1, 3)}.{r.randint(10, 29)}.{r.randint(0, 9)}-{tag}"
    elif k == 5:
        v = f"{r.randint(2019, 2026)}.{r.randint(1, 12)}.{r.randint(1, 400)}"
    else:
        v = f"{r.randint(1, 4)}.{r.randint(0, 12)}"
    return L("version", v)


def la_semver(r: Random) -> L:
    return L("version", f"{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 30)}")


def la_chrome(r: Random) -> L:
    return L("version", f"{r.randint(100, 131)}.0.{r.randint(4000, 6900)}.{r.randint(10, 250)}")


def la_hash(r: Random) -> L:
    k = r.randrange(5)
    if k == 0:
        return L("hash", rs(r, HEX, 40))
    if k == 1:
        return L("hash", rs(r, HEX, r.randint(7, 12)))
    if k == 2:
        return L("hash", rs(r, HEX, 64))
    if k == 3:
        return L("hash", "sha256:" + rs(r, HEX, 64))
    return L("hash", rs(r, HEX, 32))


def la_uuid(r: Random) -> L:
    u = str(uuid.UUID(int=r.getrandbits(128), version=4))
    return L("uuid", u.upper() if chance(r, 0.2) else u)


def la_masked_card(r: Random) -> L:
    last4 = _d(r, 4)
    return L(
        "masked_card",
        pick(
            r,
            [
                f"**** **** **** {last4}",
                f"•••• {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"************{last4}",
                f"{_d(r, 6, '45')}******{last4}",
            ],
        ),
    )


def la_masked_ssn(r: Random) -> L:
    return L("masked_ssn", pick(r, [f"***-**-{_d(r, 4)}", f"XXX-XX-{_d(r, 4)}"]))


def la_placeholder(r: Random) -> L:
    return L(
        "placeholder",
        pick(
            r,
            [
                "<your-api-key>",
                "YOUR_API_KEY_HERE",
                "sk-...",
                "${STRIPE_SECRET_KEY}",
                "${{ secrets.NPM_TOKEN }}",
                "changeme-in-prod",
                "<REDACTED>",
                "********",
                "xxxxxxxxxxxxxxxxxxxx",
                "{{ vault_db_password }}",
                "%(DB_PASSWORD)s",
                "$(cat /run/secrets/api_key)",
                "sk_live_••••••••••••",
                "REPLACE_ME",
                "<token>",
                "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            ],
        ),
    )


def la_integrity(r: Random) -> L:
    return L("hash", pick(r, ["sha512-", "sha384-"]) + rs(r, B64, 86 if chance(r, 0.5) else 64) + "==")


def la_isbn(r: Random) -> L:
    body = "978" + _d(r, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return L("isbn", f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}")


def la_epoch(r: Random) -> L:
    return L("epoch", str(r.randint(1_600_000_000, 1_790_000_000)) + pick(r, ["", "", _d(r, 3)]))


def la_imei(r: Random) -> L:
    return L("imei", luhn_complete(pick(r, ["35", "86", "01"]) + _d(r, 12)))


def la_oid(r: Random) -> L:
    return L(
        "oid",
        pick(r, ["1.3.6.1.4.1.", "1.2.840.113549.1.", "2.5.4."])
        + ".".join(str(r.randint(1, 60000)) for _ in range(r.randint(1, 4))),
    )


def la_mac(r: Random) -> L:
    sep = pick(r, [":", "-"])
    return L("mac", sep.join(rs(r, HEX, 2) for _ in range(6)))


def la_digits(r: Random) -> L:
    while True:
        d = _d(r, r.randint(13, 19), "123456789")
        if not luhn_ok(d):
            return L("digits", d)


def la_card_bad(r: Random) -> L:
    return L("card_bad", card_bad(r))


def la_iban_bad(r: Random, cc: str | None = None) -> L:
    return L("iban_bad", iban_bad(r, cc))


def la_ssn_invalid(r: Random) -> L:
    return L("ssn_invalid", ssn_invalid(r))


NOTPERSON = {
    "place": [
        "Washington Square Park",
        "Lincoln Center",
        "Victoria Station",
        "Charles de Gaulle",
        "Kennedy Airport",
        "Martin Luther King Jr. Boulevard",
        "Queen Elizabeth Olympic Park",
        "Johns Hopkins Hospital",
        "Marie Curie Hospice",
        "St. Thomas' Hospital",
        "Port Elizabeth",
        "Abraham Lincoln High School",
        "Mount Everest",
        "Lake Victoria",
        "Cecil Hotel",
        "Franklin Street",
        "Jefferson Avenue",
        "Hamilton Road",
    ],
    "org": [
        "Wells Fargo",
        "Morgan Stanley",
        "Goldman Sachs",
        "Charles Schwab",
        "Johnson & Johnson",
        "Procter & Gamble",
        "Hewlett Packard Enterprise",
        "Ernst & Young",
        "Ben & Jerry's",
        "Tim Hortons",
        "Dell Technologies",
        "Walt Disney World",
        "Marks & Spencer",
        "John Lewis",
        "Ralph Lauren",
        "Calvin Klein",
        "Hugo Boss",
        "Estée Lauder",
        "Louis Vuitton",
        "Arthur D. Little",
        "Hilton Garden Inn",
        "Marriott Bonvoy",
        "Ritz-Carlton",
        "Trader Joe's",
        "Wendy's",
        "McDonald's",
    ],
    "product": [
        "Tesla Model 3",
        "Ford Transit",
        "Dyson V15",
        "Porsche Cayenne",
        "Ferrari Roma",
        "Jenkins",
        "Apache Cassandra",
        "Ford Mustang",
        "Chevrolet Tahoe",
        "Mercedes-Benz Sprinter",
        "Dodge Ram",
        "Lamborghini Urus",
        "Adidas Stan Smith",
        "Nvidia Ada Lovelace",
        "Gillette Mach3",
    ],
    "de": [
        "Goethestraße",
        "Karl-Marx-Allee",
        "Max-Planck-Institut",
        "Goethe-Institut",
        "Dr. Oetker",
        "Beethovenplatz",
        "Bismarckstraße",
        "Konrad-Adenauer-Ufer",
        "Schillerstraße",
        "Robert Bosch GmbH",
        "Franz-Josef-Strauß-Flughafen",
    ],
    "de_street": [
        "Goethestraße",
        "Karl-Marx-Allee",
        "Beethovenplatz",
        "Bismarckstraße",
        "Konrad-Adenauer-Ufer",
        "Schillerstraße",
        "Rosa-Luxemburg-Straße",
        "Otto-Hahn-Weg",
    ],
    "es_street": [
        "calle de Cervantes",
        "avenida Simón Bolívar",
        "plaza de Colón",
        "calle Alfonso XII",
        "avenida Benito Juárez",
        "calle de Goya",
        "paseo de Eduardo Dato",
    ],
    "fr_street": [
        "rue Victor Hugo",
        "boulevard Haussmann",
        "avenue Jean Jaurès",
        "rue Émile Zola",
        "place Charles de Gaulle",
        "rue Marie Curie",
        "quai François Mitterrand",
    ],
    "airport": [
        "Charles de Gaulle",
        "Kennedy Airport",
        "Ronald Reagan Washington National",
        "George Bush Intercontinental",
        "Indira Gandhi International",
        "Jomo Kenyatta International",
        "Ben Gurion Airport",
        "Marco Polo Airport",
        "John Lennon Airport",
        "Franz Josef Strauss Airport",
        "Chhatrapati Shivaji Maharaj International",
    ],
    "hotel": [
        "Hilton Garden Inn",
        "Ritz-Carlton",
        "Cecil Hotel",
        "Marriott Marquis",
        "Hotel Adlon Kempinski",
        "Four Seasons George V",
        "Fairmont Banff Springs",
        "Waldorf Astoria",
    ],
    "fr": [
        "rue Victor Hugo",
        "boulevard Haussmann",
        "place Charles de Gaulle",
        "avenue Jean Jaurès",
        "lycée Jules Ferry",
        "hôpital Georges-Pompidou",
        "rue Émile Zola",
        "Institut Pasteur",
        "station Louis Blanc",
    ],
    "es": [
        "calle de Cervantes",
        "avenida Simón Bolívar",
        "plaza de Colón",
        "Hospital Gregorio Marañón",
        "calle Alfonso XII",
        "Estadio Santiago Bernabéu",
        "colegio Miguel Hernández",
        "avenida Benito Juárez",
    ],
}


def la_notperson(r: Random, group: str | None = None) -> L:
    group = group or pick(r, ["place", "org", "product"])
    return L("notperson", pick(r, NOTPERSON[group]))


# ----------------------------------------------------------------------------------------------------
# text styles
# ----------------------------------------------------------------------------------------------------


def roles(r: Random) -> tuple[str, str]:
    return pick(
        r,
        [
            ("User: ", "Assistant: "),
            ("user: ", "assistant: "),
            ("[customer] ", "[agent] "),
            ("Q: ", "A: "),
            ("### User\n", "### Assistant\n"),
            ("Human: ", "AI: "),
            ("", ""),
        ],
    )


def cust_of(r: Random, lang: str | None = None) -> Person:
    return person(r, pick(r, LANG_CULTURES[lang]) if lang in LANG_CULTURES else None)


# --- chat ------------------------------------------------------------------------------------------


def t_chat_refund(r: Random, d: Doc) -> None:
    u, a = roles(r)
    p = cust_of(r)
    order = la_order(r)
    d(u, pick(r, ["hi, ", "Hello! ", "hey — ", "Good afternoon. ", ""]))
    d(pick(r, ["this is ", "my name is ", "I'm ", "It's "]), PER(p.full()), ". ")
    d(
        pick(r, ["My order ", "Order ", "The parcel for order "]),
        order,
        pick(r, [" arrived damaged", " never showed up", " was charged twice"]),
        pick(r, [" and I'd like a refund.", ", please sort it out.", ". What can you do?"]),
    )
    bits = []
    if chance(r, 0.8):
        bits.append(
            lambda: d(
                " The card I used is ",
                CC(credit_card(r)),
                pick(r, ["", f" (exp {r.randint(1, 12):02d}/{r.randint(26, 31)})"]),
                ".",
            )
        )
    if chance(r, 0.6):
        bits.append(
            lambda: d(pick(r, [" You can reach me on ", " Call me at ", " My number: "]), PH(phone(r, p.cc)), ".")
        )
    if chance(r, 0.5):
        bits.append(
            lambda: d(
                pick(r, [" Email is ", " Send the label to ", " Confirmation went to "]),
                EM(email_for(r, p, corp=False)),
                ".",
            )
        )
    if chance(r, 0.3):
        bits.append(lambda: d(" Placed on ", la_date(r), ", tracking ", la_tracking(r), "."))
    r.shuffle(bits)
    for b in bits:
        b()
    d("\n\n", a, pick(r, ["Thanks, ", "Sorry about that, ", "Understood, "]), PER(p.first()), ". ")
    d(
        pick(r, ["I've flagged order ", "I've opened a claim for order ", "Refund requested for "]),
        L(order.kind, order.value),
        ". ",
    )
    if chance(r, 0.5):
        d(
            "For your security, please don't post full card numbers in chat; we only need the card ending in ",
            la_masked_card(r),
            ".",
        )
    d("\n")


def t_chat_lowercase(r: Random, d: Doc) -> None:
    p = cust_of(r)
    friend = person(r)
    g = p.first().lower()
    lines = []
    gave_ssn = chance(r, 0.6)
    lines.append(
        lambda: d(pick(r, ["hey its ", "hi this is ", "yo, ", "ok so im "]), PER(g), pick(r, [" ", " again ", " lol "]))
    )
    lines.append(lambda: d(pick(r, ["my new number is ", "text me on ", "cell: "]), PH(phone(r, p.cc, intl=0.4)), " "))
    if gave_ssn:
        lines.append(
            lambda: d(
                pick(r, ["ssn ", "my social is ", "ss# "]), SSN(ssn(r)), pick(r, [" for the form ", " if u need it "])
            )
        )
    if chance(r, 0.5):
        lines.append(lambda: d("pls also cc ", PER(friend.first().lower()), " at ", EM(email_for(r, friend)), " "))
    if chance(r, 0.4):
        lines.append(lambda: d("card is ", CC(group_card(r, _card_digits(r)[1], pick(r, ["none", "space"]))), " "))
    if chance(r, 0.4):
        lines.append(lambda: d("ref was ", la_ticket(r), " "))
    for fn in lines:
        fn()
    d(pick(r, ["thx", "ty!!", "asap pls", ":)", "cheers"]), "\n")
    if chance(r, 0.6):
        d(
            "\n",
            pick(r, ["Assistant: ", "bot: ", ""]),
            "Got it, ",
            PER(p.first()),
            " — I won't store the social security number, please remove it from the chat."
            if gave_ssn
            else ". I've updated your details.",
            "\n",
        )


def t_chat_bank(r: Random, d: Doc) -> None:
    u, a = roles(r)
    payer = cust_of(r)
    payee = person(r)
    inv = la_invoice(r)
    amt = (
        f"{r.randint(40, 9800)},{r.randint(0, 99):02d} €"
        if chance(r, 0.5)
        else f"£{r.randint(40, 9800)}.{r.randint(0, 99):02d}"
    )
    d(
        u,
        pick(
            r,
            [
                "Can you help me word a payment reminder? ",
                "Draft a short note confirming a transfer. ",
                "I need to send money to a supplier. ",
            ],
        ),
    )
    d("Payee: ", PER(payee.full()), ", IBAN ", IB(iban(r, payee.cc)), ", reference ", inv, ", amount ", amt, ". ")
    if chance(r, 0.5):
        d("It comes from my account ", IB(iban(r, payer.cc)), ". ")
    if chance(r, 0.3):
        d("Their old account ", la_iban_bad(r), " bounced (the check digits were wrong). ")
    d("Sign it as ", PER(payer.full()), ".\n\n")
    d(
        a,
        pick(r, ["Here's a draft:\n\n", "Sure:\n\n"]),
        "Dear ",
        PER(payee.full()),
        ",\n\nthe transfer of ",
        amt,
        " for invoice ",
        L(inv.kind, inv.value),
        " has been sent today.\n\nBest regards,\n",
        PER(payer.first()),
        "\n",
    )


def t_chat_tax(r: Random, d: Doc) -> None:
    u, a = roles(r)
    p = person(r, pick(r, ["us", "us", "mx", "in", "ng", "cn", "et"]))
    sp = person(r, pick(r, ["us", "us", "ie", "kr"]))
    employer = la_notperson(r, "org")
    d(u, pick(r, ["Filling out a 1040 and confused. ", "Quick tax question. ", "Help me fill this W-4? "]))
    d(PER(p.full()), pick(r, [" (that's me), SSN ", ", social security number "]), SSN(ssn(r)), ". ")
    if chance(r, 0.7):
        d("Spouse ", PER(sp.full()), ", SSN ", SSN(ssn(r)), ". ")
    d(
        "W-2 from ",
        employer,
        pick(r, [" shows box 1 as $", " reports wages of $"]),
        f"{r.randint(28, 240)},{_d(r, 3)}.",
        " ",
    )
    ein = chance(r, 0.5)
    if ein:
        d("The form has an EIN of ", L("ein", f"{_d(r, 2, '1234568')}-{_d(r, 7)}"), " — is that mine? ")
    if chance(r, 0.4):
        d("Also my old ID card shows ", la_ssn_invalid(r), " which the IRS said is not a valid number. ")
    d("Filing ", pick(r, ["jointly", "separately"]), "?\n\n", a)
    d(
        "The EIN identifies the employer, not you. " if ein else "",
        "Your SSN goes in the first box; please avoid sharing full numbers in chat — ",
        la_masked_ssn(r),
        " is enough for me to refer to it.\n",
    )


def t_chat_prompt_rewrite(r: Random, d: Doc) -> None:
    p = person(r)
    boss = person(r)
    third = person(r)
    d(
        pick(
            r,
            [
                "Rewrite this reference letter so it sounds warmer:\n\n",
                "Proofread the following and fix the tone:\n\n",
                "Summarise this note in two sentences:\n\n",
            ],
        )
    )
    d(
        '"',
        PER(p.full()),
        pick(r, [" worked in our team for three years. ", " joined us in 2021 as a junior analyst. "]),
    )
    d(
        PER(p.first()),
        pick(r, [" is reliable and ", " was always punctual and "]),
        pick(r, ["well liked. ", "thorough. "]),
    )
    if chance(r, 0.6):
        d(PER(p.first()), " and ", PER(third.full()), " led the migration project together. ")
    if chance(r, 0.4):
        d(PER(p.first()), "'s work on the ", la_notperson(r, "product"), " rollout saved us weeks. ")
    d("For questions, contact me at ", EM(email_for(r, boss, corp=True)))
    if chance(r, 0.6):
        d(" or ", PH(phone(r, boss.cc)))
    d(".\n— ", PER(boss.full()), pick(r, [", Head of Operations", ", CTO", ", Team Lead"]), '"\n')
    if chance(r, 0.5):
        d(
            "\nAssistant: ",
            PER(p.first()),
            " was a valued member of our team",
            pick(r, [" at ", " of "]),
            la_notperson(r, "org"),
            " for three years...\n",
        )


def t_chat_whatsapp(r: Random, d: Doc) -> None:
    a, b = person(r), person(r)
    d(
        pick(
            r,
            [
                "Can you translate this chat export to English and summarise?\n\n",
                "Summarise this group chat:\n\n",
                "Who promised to bring what?\n\n",
            ],
        )
    )
    h, m = r.randint(8, 21), r.randint(0, 50)
    for i in range(r.randint(3, 6)):
        who = a if i % 2 == 0 else b
        d(f"[{h:02d}:{m + i:02d}] ", PER(who.first() if chance(r, 0.6) else who.full()), ": ")
        k = r.randrange(7)
        if k == 0:
            d("my number changed, new one is ", PH(phone(r, who.cc)))
        elif k == 1:
            d("send the deposit to ", IB(iban(r, who.cc)), " pls")
        elif k == 2:
            d("ok see you at ", la_notperson(r, "place"), " at 7")
        elif k == 3:
            d("booking ref ", L("booking", rs(r, UPNUM, 6)), ", seat ", f"{r.randint(1, 40)}{pick(r, 'ABCDEF')}")
        elif k == 4:
            d("mail me the photos: ", EM(email_for(r, who, corp=False)))
        elif k == 5 and chance(r, 0.5):
            d(
                "use my card for the tickets ",
                CC(credit_card(r)),
                " exp ",
                L("expiry", f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"),
            )
        else:
            d(pick(r, ["👍", "haha yes", "running late sorry", "can't make it"]))
        d("\n")


# --- negative chat -------------------------------------------------------------------------------


def n_chat_shopping(r: Random, d: Doc) -> None:
    u, a = roles(r)
    prod = la_notperson(r, "product")
    if chance(r, 0.5):
        d(u, "I ordered accessories for my ", prod, ". Order ")
    else:
        d(u, pick(r, ["Where is my order? Order ", "Order ", "Hi, order "]))
    d(
        la_order(r),
        pick(r, [" was supposed to arrive on ", " shipped on "]),
        la_date(r),
        ". Tracking says ",
        la_tracking(r),
        ". ",
    )
    if chance(r, 0.5):
        d("I paid with the card ending ", la_masked_card(r), " and the invoice is ", la_invoice(r), ". ")
    if chance(r, 0.4):
        d("The gift card number ", la_card_bad(r), " was rejected as invalid. ")
    if chance(r, 0.4):
        d("Pickup point is next to ", la_notperson(r, "place"), ". ")
    if chance(r, 0.3):
        d("Order number on the receipt is ", la_order_luhn(r), ". ")
    if chance(r, 0.25):
        d("One item was the book with ISBN ", la_isbn(r), ". ")
    d(
        "\n\n",
        a,
        "Thanks! Your parcel is with the carrier; the reference ",
        la_ticket(r),
        " has been opened",
        pick(r, [" and we'll update you by ", " — expected delivery "]),
        la_date(r),
        ".\n",
    )


def n_chat_devhelp(r: Random, d: Doc) -> None:
    u, a = roles(r)
    d(
        u,
        pick(r, ["After upgrading to ", "Since bumping to ", "On "]),
        la_version(r),
        pick(r, [" my build fails", " the tests hang", " CI is red"]),
        ". Commit ",
        la_hash(r),
        ".\n",
    )
    if chance(r, 0.6):
        d("Request id ", la_uuid(r), " returned 502 at ", la_date(r), ".\n")
    ph = chance(r, 0.5)
    if ph:
        d("My config has `api_key: ", la_placeholder(r), "` for now — is that the issue?\n")
    if chance(r, 0.4):
        d("The ", la_notperson(r, "product"), " job logs show ", la_mac(r), " as the runner NIC.\n")
    if chance(r, 0.3):
        d("Lockfile integrity: ", la_integrity(r), "\n")
    d(
        "\n",
        a,
        "Pin the dependency back to ",
        la_version(r),
        " and clear the cache",
        "; the placeholder key only matters at runtime.\n" if ph else ".\n",
    )


def n_chat_travel(r: Random, d: Doc) -> None:
    u, a = roles(r)
    d(
        u,
        "Plan a day: land at ",
        la_notperson(r, "airport"),
        " around ",
        la_time(r),
        ", check in at the ",
        la_notperson(r, "hotel"),
        ", then dinner near ",
        la_notperson(r, "place"),
        ". Booking ",
        L("booking", rs(r, UPNUM, 6)),
        ", flight ",
        f"{rs(r, string.ascii_uppercase, 2)}{r.randint(100, 9999)}",
        " on ",
        la_date(r),
        ".\n\n",
    )
    d(
        a,
        "Sure — from the airport take the express train; the hotel is about 20 minutes away, and ",
        la_notperson(r, "place"),
        " is a short walk. Keep the booking reference handy.\n",
    )


# --- config / code / cli ---------------------------------------------------------------------------

HOSTS = [
    "db.internal",
    "pg-primary.prod.svc.cluster.local",
    "mysql-01",
    "cluster0.x7k2p.mongodb.net",
    "redis-cache",
    "rabbitmq.ops",
    "sql-prod-weu.database.windows.net",
    "analytics-warehouse",
]


def conn_string(r: Random, d: Doc) -> None:
    """Emit a connection string; the password is an API_KEY span, a host may be an IP span."""
    user = pick(r, ["app", "svc_billing", "postgres", "admin", "reporting_ro", "etl", "root", "sa"])
    pw = password(r, url_safe=True)
    host: Part = IP(ipv4(r, "priv")) if chance(r, 0.4) else pick(r, HOSTS)
    k = r.randrange(6)
    if k == 0:
        d(
            "postgresql://",
            user,
            ":",
            KEY(pw),
            "@",
            host,
            ":5432/",
            pick(r, ["orders", "app", "ledger"]),
            pick(r, ["", "?sslmode=require"]),
        )
    elif k == 1:
        d("mysql://", user, ":", KEY(pw), "@", host, ":3306/", pick(r, ["shop", "crm"]))
    elif k == 2:
        d(
            "mongodb+srv://",
            user,
            ":",
            KEY(pw),
            "@",
            pick(r, HOSTS[3:4]),
            "/",
            pick(r, ["events", "users"]),
            "?retryWrites=true&w=majority",
        )
    elif k == 3:
        d("redis://:", KEY(pw), "@", host, ":6379/0")
    elif k == 4:
        d(
            "Server=tcp:",
            pick(r, HOSTS[6:7]),
            ",1433;Database=",
            pick(r, ["Payroll", "Crm"]),
            ";User ID=",
            user,
            ";Password=",
            KEY(pw),
            ";Encrypt=True;",
        )
    else:
        d("amqp://", user, ":", KEY(pw), "@", host, ":5672/", pick(r, ["%2F", "jobs"]))


def t_env_file(r: Random, d: Doc) -> None:
    d(
        pick(
            r,
            [
                "Why does my app ignore this .env?\n\n```\n",
                "here's my .env, the worker can't connect:\n```dotenv\n",
                "# .env.production\n",
            ],
        )
    )
    items: list[Callable[[], object]] = []
    items.append(lambda: d("APP_VERSION=", la_version(r), "\n"))

    def _db() -> None:
        d("DATABASE_URL=")
        conn_string(r, d)
        d("\n")

    items.append(_db)
    for _ in range(r.randint(1, 3)):

        def _one() -> None:
            name, val = secret(r)
            q = pick(r, ["", "", '"'])
            d(name, "=", q, KEY(val), q, "\n")

        items.append(_one)
    if chance(r, 0.6):
        owner = person(r)
        items.append(lambda: d("ADMIN_EMAIL=", EM(email_for(r, owner, corp=True)), "\n"))
    if chance(r, 0.4):
        items.append(lambda: d("SMTP_USER=", EM(role_email(r)), "\nSMTP_PASSWORD=", KEY(password(r)), "\n"))
    if chance(r, 0.5):
        items.append(lambda: d("ALLOWED_IPS=", IP(ipv4(r)), ",", IP(ipv4(r)), "\n"))
    if chance(r, 0.5):
        items.append(lambda: d("SENTRY_RELEASE=", la_hash(r), "\n"))
    if chance(r, 0.4):
        items.append(lambda: d("PAYMENT_PROVIDER_KEY=", la_placeholder(r), "\n"))
    items.append(lambda: d("REQUEST_TIMEOUT_MS=", str(r.choice([3000, 5000, 15000])), "\n"))
    r.shuffle(items)
    for it in items:
        it()
    d(pick(r, ["```\n", "```\nIt works locally.\n", ""]))


def t_yaml_config(r: Random, d: Doc) -> None:
    k = r.randrange(3)
    if k == 0:
        d(
            "docker-compose.yml:\n\nservices:\n  db:\n    image: postgres:",
            L("version", f"{r.randint(12, 17)}.{r.randint(1, 9)}"),
            "\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ",
            KEY(password(r)),
            "\n  api:\n    image: registry.example.org/api@",
            L("hash", "sha256:" + rs(r, HEX, 64)),
            "\n    environment:\n",
        )
        for _ in range(r.randint(1, 3)):
            n, v = secret(r)
            d("      ", n, ": ", KEY(v), "\n")
        if chance(r, 0.5):
            d('    extra_hosts:\n      - "ledger:', IP(ipv4(r, "priv")), '"\n')
    elif k == 1:
        n, v = secret(r)
        d(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ",
            pick(r, ["payments-creds", "app-secrets", "vendor-api"]),
            "\n  uid: ",
            la_uuid(r),
            "\nstringData:\n  ",
            n.lower().replace("_", "-"),
            ": ",
            KEY(v),
            "\n  db-password: ",
            KEY(password(r)),
            "\n",
        )
        if chance(r, 0.5):
            owner = person(r)
            d("  maintainer: ", EM(email_for(r, owner, corp=True)), "\n")
    else:
        owner = person(r)
        d(
            "# config/production.yaml — owner: ",
            PER(owner.full()),
            "\nserver:\n  bind: ",
            IP(ipv4(r, "priv")),
            "\n  port: 8443\n",
        )
        if chance(r, 0.5):
            d('  ipv6_bind: "', IP(ipv6(r)), '"\n')
        d(
            "mail:\n  host: smtp.",
            pick(r, CORP_DOMAINS),
            "\n  username: ",
            EM(role_email(r)),
            '\n  password: "',
            KEY(password(r)),
            '"\n',
        )
        integ = pick(r, ["stripe", "github", "openai", "slack", "sendgrid", "datadog", "linear", "notion"])
        d(
            "integrations:\n  ",
            integ,
            ":\n    token: ",
            KEY(secret(r, integ)[1]),
            "\n    webhook_id: ",
            la_uuid(r),
            "\n",
        )
        d("release: ", la_version(r), "\n")
    if chance(r, 0.5):
        d("\nWhat's wrong with this file? The pods keep restarting.\n")


def t_cli_history(r: Random, d: Doc) -> None:
    d(
        pick(
            r,
            [
                "Explain what these commands from my shell history do:\n\n",
                "$ history | tail\n",
                "Why did the last command fail?\n\n```bash\n",
            ],
        )
    )
    n = r.randint(3, 6)
    for i in range(n):
        d(f"{r.randint(1000, 1999) + i}  " if chance(r, 0.4) else "$ ")
        k = r.randrange(11)
        if k == 0:
            d("mysql -h ", IP(ipv4(r, "priv")), " -u admin -p'", KEY(password(r, url_safe=True)), "' shop\n")
        elif k == 1:
            d(
                'curl -H "Authorization: Bearer ',
                KEY(pick(r, [jwt(r), secret(r, "openai")[1], secret(r, "generic")[1]])),
                '" https://api.',
                pick(r, CORP_DOMAINS),
                "/v2/orders\n",
            )
        elif k == 2:
            d("aws configure set aws_secret_access_key ", KEY(secret(r, "aws_secret")[1]), "\n")
        elif k == 3:
            d(
                "git clone https://oauth2:",
                KEY(secret(r, pick(r, ["github", "gitlab"]))[1]),
                "@",
                pick(r, ["github.com", "gitlab.com"]),
                "/acme/infra.git\n",
            )
        elif k == 4:
            d("ssh -i ~/.ssh/deploy ", pick(r, ["ubuntu", "deploy", "ec2-user"]), "@", IP(ipv4(r, "pub")), "\n")
        elif k == 5:
            n_, v = secret(r)
            d("export ", n_, "=", KEY(v), "\n")
        elif k == 6:
            d(
                "curl -u ",
                pick(r, ["api", "admin", "ci-bot"]),
                ":",
                KEY(password(r, url_safe=True)),
                " https://",
                pick(r, ["jenkins.ops", "nexus.int", "grafana.lan"]),
                "/api/health\n",
            )
        elif k == 7:
            d('psql "')
            conn_string(r, d)
            d('"\n')
        elif k == 8:
            d("pip install ", pick(r, ["requests", "pydantic", "numpy"]), "==", la_semver(r), "\n")
        elif k == 9:
            if chance(r, 0.5):
                d("ping6 -c 3 ", IP(ipv6(r)), "\n")
            else:
                d("curl -g 'http://[", IP(ipv6(r)), "]:", str(pick(r, [8080, 9090, 443])), "/healthz'\n")
        else:
            d(
                "docker login -u ",
                pick(r, ["ci", "deploy"]),
                " -p ",
                KEY(password(r)),
                " registry.",
                pick(r, CORP_DOMAINS),
                "\n",
            )
    d(pick(r, ["", "```\n", "\nThe connection keeps timing out.\n"]))


def t_code_snippet(r: Random, d: Doc) -> None:
    lang = r.randrange(3)
    author = person(r)
    if lang == 0:
        d(
            "Can you refactor this?\n\n```python\n# author: ",
            PER(author.full()),
            " <",
            EM(email_for(r, author, corp=True)),
            ">\nimport requests\n\n",
        )
        n, v = secret(r)
        d(n, ' = "', KEY(v), '"\n\n')
        d(
            "def notify(order_id: str) -> None:\n    # TODO(",
            PER(author.first().lower()),
            "): move the key to the vault\n",
        )
        d(
            '    requests.post("https://hooks.',
            pick(r, CORP_DOMAINS),
            '/notify", json={"order": order_id, "to": "',
            EM(role_email(r)),
            '"},\n',
        )
        d('                  headers={"X-Api-Key": ', n, "}, timeout=5)\n\n")
        d('notify("', la_order(r), '")\n```\n')
    elif lang == 1:
        cust = person(r)
        d(
            "This test fixture leaks real data, right?\n\n```js\nconst customer = {\n  id: '",
            la_uuid(r),
            "',\n  name: '",
            PER(cust.western()),
            "',\n  email: '",
            EM(email_for(r, cust)),
            "',\n  phone: '",
            PH(phone(r, cust.cc)),
            "',\n  card: '",
            CC(credit_card(r)),
            "',\n  createdAt: '",
            la_date(r),
            "',\n};\n",
        )
        d("const stripe = require('stripe')('", KEY(secret(r, "stripe")[1]), "');\n```\n")
    else:
        d(
            "```go\n// Package billing — maintained by ",
            PER(author.full()),
            '\nconst (\n\tapiBase = "https://api.',
            pick(r, CORP_DOMAINS),
            '"\n\tapiToken = "',
            KEY(secret(r)[1]),
            '"\n\tbuild = "',
            la_version(r),
            '"\n)\n',
        )
        d(
            'var fallbackPeers = []string{"',
            IP(ip_any(r)),
            '", "',
            IP(ipv4(r)),
            '"}\n```\nWhy does golangci-lint complain about the token?\n',
        )


def t_git_log(r: Random, d: Doc) -> None:
    d(
        pick(
            r,
            [
                "Write release notes from this git log:\n\n",
                "git log --format=fuller -n 3\n\n",
                "Who broke the build? \n\n",
            ],
        )
    )
    for _ in range(r.randint(2, 4)):
        au = person(r)
        d(
            "commit ",
            L("hash", rs(r, HEX, 40)),
            "\nAuthor: ",
            PER(au.full()),
            " <",
            EM(email_for(r, au, corp=chance(r, 0.7))),
            ">\nDate:   ",
            la_date(r),
            "\n\n    ",
            pick(r, ["fix: retry on 503", "feat: add SEPA export", "refactor billing client", "docs: update runbook"]),
        )
        if chance(r, 0.3):
            d("\n\n    chore: bump deps to ", la_semver(r))
        if chance(r, 0.35):
            co = person(r)
            d("\n\n    Co-authored-by: ", PER(co.full()), " <", EM(email_for(r, co)), ">")
        if chance(r, 0.2):
            d("\n    Refs: ", la_ticket(r))
        d("\n\n")


def t_ticket(r: Random, d: Doc) -> None:
    rep, asg = person(r), person(r)
    key = la_ticket(r)
    d(
        pick(r, ["Summarise this ticket for standup:\n\n", "Triage this bug report:\n\n", ""]),
        key,
        " — ",
        pick(r, ["Checkout fails for EU cards", "Login loop on iOS", "Export job OOM"]),
        "\nReporter: ",
        PER(rep.full()),
        "\nAssignee: ",
        PER(asg.full()),
        "\nAffects version: ",
        la_version(r),
        "\nCreated: ",
        la_date(r),
        "\n\n",
    )
    d("Steps: customer ", pick(r, ["", ""]))
    c = person(r)
    d(
        PER(c.full()),
        " (",
        EM(email_for(r, c)),
        ") tried to pay from ",
        IP(ip_any(r)),
        "; gateway returned ",
        pick(r, ["402", "500", "timeout"]),
        ". ",
    )
    if chance(r, 0.5):
        d("Payload included the full PAN ", CC(credit_card(r)), " — should have been tokenised. ")
    d(
        "Trace id ",
        la_uuid(r),
        ".\n\n",
        PER(asg.first()),
        pick(r, [": can you look today?", ", please take this one."]),
        "\n",
    )


def n_config(r: Random, d: Doc) -> None:
    d(pick(r, ["Is this helm values file OK?\n\n", "```yaml\n", "Review my CI config:\n\n"]))
    d(
        "image:\n  repository: ghcr.io/acme/api\n  tag: ",
        la_version(r),
        "\n  digest: ",
        L("hash", "sha256:" + rs(r, HEX, 64)),
        "\nenv:\n  - name: STRIPE_KEY\n    valueFrom:\n      secretKeyRef: {name: payments, key: stripe}\n",
    )
    d(
        '  - name: OPENAI_API_KEY\n    value: "',
        la_placeholder(r),
        '"\n  - name: BUILD_ID\n    value: "',
        L("build", _d(r, 8, "123456789")),
        '"\n',
    )
    d("podAnnotations:\n  checksum/config: ", la_hash(r), "\n  deployment-id: ", la_uuid(r), "\n")
    if chance(r, 0.5):
        d('nodeSelector:\n  topology.kubernetes.io/zone: eu-west-1a\n  hw/mac: "', la_mac(r), '"\n')
    if chance(r, 0.4):
        d("snmp:\n  sysObjectID: ", la_oid(r), "\n")
    d(pick(r, ["```\n", "", "\nHelm complains about the digest.\n"]))


def n_cli(r: Random, d: Doc) -> None:
    d(
        "$ git checkout ",
        la_hash(r),
        "\n$ pip install 'fastapi==",
        la_semver(r),
        "'\n$ docker pull nginx@",
        L("hash", "sha256:" + rs(r, HEX, 64)),
        "\n",
    )
    if chance(r, 0.6):
        d(
            "$ kubectl rollout undo deploy/api --to-revision=",
            str(r.randint(2, 60)),
            "\n$ kubectl logs pod/api-",
            rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 10),
            "-",
            rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 5),
            " | grep ",
            la_uuid(r),
            "\n",
        )
    if chance(r, 0.5):
        d("$ export OPENAI_API_KEY=", la_placeholder(r), "\n")
    if chance(r, 0.4):
        d(
            "$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 ",
            L("hash", "SHA256:" + rs(r, B64, 43)),
            " builder@ci (ED25519)\n",
        )
    d(pick(r, ["\nWhat does the rollout undo do exactly?\n", "\nwhy is the image different from yesterday?\n", ""]))


def n_code(r: Random, d: Doc) -> None:
    d(
        '```python\nTEST_ORDER = "',
        la_order(r),
        '"\nFIXTURE_ID = "',
        la_uuid(r),
        '"\nSCHEMA_VERSION = "',
        la_version(r),
        '"\n',
    )
    d('INVALID_CARD = "', la_card_bad(r), '"  # fails Luhn on purpose\n')
    if chance(r, 0.5):
        d('BAD_IBAN = "', la_iban_bad(r), '"  # wrong checksum\n')
    if chance(r, 0.5):
        d('BAD_SSN = "', la_ssn_invalid(r), '"  # invalid area/group/serial\n')
    d(
        'API_KEY = os.environ.get("API_KEY", "',
        la_placeholder(r),
        '")\n```\n',
        pick(r, ["Are these test constants fine to commit?\n", "Make these pytest fixtures instead.\n"]),
    )


# --- logs ------------------------------------------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Safari/605.1.15 Chrome/",
    "okhttp/4.12.0 Dalvik/2.1.0 app/",
    "python-requests/2.31.0 worker/",
]


def t_py_traceback(r: Random, d: Doc) -> None:
    d(pick(r, ["Getting this in prod, any idea?\n\n", "Traceback from the nightly import job:\n\n", ""]))
    d(
        'Traceback (most recent call last):\n  File "/srv/app/',
        pick(r, ["billing", "crm", "etl"]),
        '/tasks.py", line ',
        str(r.randint(20, 900)),
        ", in run\n    client.charge(customer, amount)\n",
    )
    d(
        '  File "/usr/lib/python3.12/site-packages/',
        pick(r, ["psycopg", "httpx", "sqlalchemy"]),
        '/connection.py", line ',
        str(r.randint(20, 900)),
        ", in connect\n",
    )
    k = r.randrange(5)
    if k == 4:
        c = person(r)
        d(
            "stripe.error.CardError: Request req_",
            rs(r, ALNUM, 14),
            ": Your card was declined.\n\nLocals:\n  payload = {'number': '",
            CC(credit_card(r)),
            "', 'exp': '",
            L("expiry", f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"),
            "', 'name': '",
            PER(c.western()),
            "'}\n",
        )
    elif k == 0:
        d(
            'psycopg.OperationalError: connection failed: connection to server at "',
            IP(ipv4(r, "priv")),
            '", port 5432 failed: FATAL:  password authentication failed for user "app"\n',
        )
        d("DSN was: ")
        conn_string(r, d)
        d("\n")
    elif k == 1:
        c = person(r)
        d(
            "ValueError: duplicate customer: ",
            EM(email_for(r, c)),
            " already registered (name=",
            PER(c.western()),
            ", phone=",
            PH(phone(r, c.cc)),
            ")\n",
        )
    elif k == 2:
        d(
            "httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://api.",
            pick(r, CORP_DOMAINS),
            "/v1/charges?api_key=",
            KEY(secret(r, pick(r, ["generic", "google", "mailgun"]))[1]),
            "'\n",
        )
    else:
        c = person(r)
        d(
            "KeyError: 'iban'\n\nLocals:\n  customer = {'name': '",
            PER(c.western()),
            "', 'ssn': '",
            SSN(ssn(r, "dash")),
            "', 'ip': '",
            IP(ip_any(r)),
            "'}\n",
        )
    d("\n(request_id=", la_uuid(r), ", release ", la_version(r), ")\n")


def t_java_stack(r: Random, d: Doc) -> None:
    d(pick(r, ["Our Spring service crashes on startup:\n\n", "Explain this exception:\n\n"]))
    d(
        L("date", f"{r.randint(2021, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"),
        " ",
        la_time(r),
        ".",
        _d(r, 3),
        " ERROR ",
        str(r.randint(1000, 9999)),
        " --- [main] o.s.boot.SpringApplication : Application run failed\n",
    )
    k = r.randrange(3)
    if k == 0:
        d(
            "org.springframework.jdbc.CannotGetJdbcConnectionException: jdbc:sqlserver://",
            IP(ipv4(r, "priv")),
            ":1433;databaseName=crm;user=sa;password=",
            KEY(password(r, url_safe=True)),
            "\n",
        )
    elif k == 1:
        c = person(r)
        d(
            "com.acme.crm.DuplicateContactException: contact '",
            PER(c.full()),
            "' <",
            EM(email_for(r, c)),
            "> exists (tenant ",
            la_uuid(r),
            ")\n",
        )
    else:
        d(
            "feign.FeignException$Forbidden: [403] during [POST] to [https://",
            IP(ipv6(r) if chance(r, 0.4) else ipv4(r)),
            "/v3/payouts] headers={Authorization=[Bearer ",
            KEY(jwt(r)),
            "]}\n",
        )
    for _ in range(r.randint(2, 4)):
        d(
            "\tat com.acme.",
            pick(r, ["crm", "billing", "core"]),
            ".",
            pick(r, ["Service", "Client", "Repository"]),
            ".",
            pick(r, ["load", "save", "call"]),
            "(",
            pick(r, ["Service", "Client"]),
            ".java:",
            str(r.randint(10, 600)),
            ")\n",
        )
    d("\tat java.base/java.lang.Thread.run(Thread.java:", str(r.randint(800, 1600)), ")\n")


def t_access_log(r: Random, d: Doc) -> None:
    d(pick(r, ["Is someone brute-forcing us? nginx access.log:\n\n", "Parse these log lines into JSON:\n\n", ""]))
    for _ in range(r.randint(3, 6)):
        ip = ipv6(r) if chance(r, 0.25) else ipv4(r, "pub")
        d(
            IP(ip),
            " - - [",
            f"{r.randint(1, 28):02d}/{pick(r, MONTHS_EN)}/{r.randint(2023, 2026)}:{la_time(r).value} +0000",
            '] "',
            pick(r, ["POST /login", "GET /api/v2/orders", "POST /password-reset", "GET /static/app.js"]),
        )
        if chance(r, 0.2):
            c = person(r)
            d("?email=", EM(email_for(r, c)))
        d(' HTTP/1.1" ', pick(r, ["200", "401", "302", "429"]), " ", str(r.randint(120, 9000)), ' "-" "', pick(r, UAS))
        d(la_chrome(r) if chance(r, 0.6) else la_semver(r), '"\n')


def t_app_log_auth(r: Random, d: Doc) -> None:
    d(pick(r, ["Correlate these auth events:\n", "why was this user locked out?\n", ""]))
    u = person(r)
    em = email_for(r, u)
    for _ in range(r.randint(2, 5)):
        d(
            '{"ts":"',
            la_date(r),
            '","level":"',
            pick(r, ["INFO", "WARN"]),
            '","event":"',
            pick(r, ["login_failed", "login_ok", "mfa_challenge", "password_reset"]),
            '","user":"',
            EM(em),
            '","ip":"',
            IP(ip_any(r)),
            '","req":"',
            la_uuid(r),
            '"',
        )
        if chance(r, 0.25):
            d(',"display_name":"', PER(u.full()), '"')
        if chance(r, 0.15):
            d(',"sms_to":"', PH(phone(r, u.cc)), '"')
        d("}\n")


def n_logs(r: Random, d: Doc) -> None:
    d(pick(r, ["Why is p99 so high here?\n\n", "kernel log excerpt:\n", ""]))
    for _ in range(r.randint(3, 6)):
        k = r.randrange(6)
        if k == 0:
            d(
                la_date(r),
                " INFO worker: job ",
                la_uuid(r),
                " finished in ",
                str(r.randint(3, 9000)),
                "ms (build ",
                la_version(r),
                ")\n",
            )
        elif k == 1:
            d("[", f"{r.uniform(1, 90000):.6f}", "] e1000e: eth0 NIC Link is Up, MAC ", la_mac(r), "\n")
        elif k == 2:
            d(la_date(r), " WARN cache: miss for key order:", la_order(r), " etag=", la_hash(r), "\n")
        elif k == 3:
            d("snmp: polling ", la_oid(r), " ok\n")
        elif k == 4:
            d(la_date(r), " INFO shipper: label created tracking=", la_tracking(r), " invoice=", la_invoice(r), "\n")
        else:
            d(
                "ts=",
                la_epoch(r),
                ' msg="gc pause" heap=',
                str(r.randint(100, 900)),
                "MB agent=",
                la_notperson(r, "product"),
                "\n",
            )


# --- email -----------------------------------------------------------------------------------------


def t_email_invoice(r: Random, d: Doc) -> None:
    sender, to = person(r), person(r)
    cc_p = person(r) if chance(r, 0.4) else None
    inv = la_invoice(r)
    d(
        pick(
            r,
            [
                "Make this email more polite:\n\n",
                "Translate to plain English and shorten:\n\n",
                "Forwarded message:\n\n",
            ],
        )
    )
    d("From: ", PER(sender.full()), " <", EM(email_for(r, sender, corp=True)), ">\nTo: ", EM(email_for(r, to)), "\n")
    if cc_p:
        d("Cc: ", PER(cc_p.full()), " <", EM(email_for(r, cc_p, corp=True)), ">\n")
    d("Date: ", la_date(r), "\nSubject: Overdue invoice ", inv, "\n\n")
    d(
        pick(r, ["Hi ", "Dear ", "Hello "]),
        PER(to.first()),
        ",\n\n",
        pick(r, ["invoice ", "our invoice "]),
        L(inv.kind, inv.value),
        pick(r, [" is now 30 days overdue. ", " remains unpaid. "]),
        "Please transfer the amount to ",
        IB(iban(r, sender.cc)),
        pick(r, [".", " (BIC on the invoice)."]),
    )
    if chance(r, 0.3):
        d(" Note our old account ", la_iban_bad(r), " is closed.")
    d(
        "\n\nKind regards,\n",
        PER(sender.full()),
        "\n",
        pick(r, ["Accounts Receivable", "Finance", "Office Manager"]),
        "\nT ",
        PH(phone(r, sender.cc)),
    )
    if chance(r, 0.4):
        d(" | M ", PH(phone(r, sender.cc)))
    d("\n")


def t_email_hr(r: Random, d: Doc) -> None:
    emp, mgr = person(r), person(r)
    d(pick(r, ["Summarise this email thread:\n\n", "Draft a reply to this:\n\n"]))
    d("From: ", EM(email_for(r, mgr, corp=True)), "\nSubject: Onboarding — ", PER(emp.full()), "\n\n")
    d(PER(emp.first()), pick(r, [" starts on ", " joins the team on "]), la_date(r), ". ")
    d("Payroll needs the SSN (", SSN(ssn(r)), ") and direct-deposit account")
    if chance(r, 0.5):
        d(" (", IB(iban(r, emp.cc)), ")")
    d(
        ". ",
        pick(r, ["Laptop: ", "Equipment: "]),
        la_notperson(r, "product") if chance(r, 0.3) else "MacBook Pro",
        ", asset tag ",
        L("asset", f"AT-{_d(r, 6)}"),
        ".\n",
    )
    d(
        "Emergency contact: ",
        PER(person(r, emp.culture).full()),
        ", ",
        PH(phone(r, emp.cc)),
        ".\n\nThanks,\n",
        PER(mgr.first()),
        "\n",
    )


def t_email_sig(r: Random, d: Doc) -> None:
    p = person(r)
    title = pick(r, ["Dr. ", "Prof. ", "", "", "Dipl.-Ing. "])
    d(pick(r, ["Extract the contact details from this signature as JSON:\n\n", "Clean up this signature block:\n\n"]))
    d(
        "--\n",
        title,
        PER(p.full()),
        "\n",
        pick(r, ["Senior Account Manager", "Partner", "Head of Procurement", "Consultant"]),
        " | ",
        la_notperson(r, "org")
        if chance(r, 0.3)
        else pick(r, ["Kestrel Works", "Tidewater Logistics", "Oakmere Health"]),
        "\n",
    )
    d(
        pick(r, ["Tel: ", "Phone ", "T: "]),
        PH(phone(r, p.cc)),
        pick(r, ["", "", f" ext. {r.randint(10, 4999)}", f" (Durchwahl -{r.randint(10, 99)})"]),
        "\n",
    )
    if chance(r, 0.6):
        d(pick(r, ["Mob: ", "Mobile ", "M: "]), PH(phone(r, p.cc, intl=0.9)), "\n")
    d(pick(r, ["Email: ", "", "E: "]), EM(email_for(r, p, corp=True)), "\n")
    if chance(r, 0.3):
        d("Office: ", la_notperson(r, "place"), ", Floor ", str(r.randint(2, 30)), "\n")
    if chance(r, 0.3):
        d("Company reg. no. ", L("company_no", _d(r, 8, "0")), " · VAT ", L("vat", f"GB{_d(r, 9)}"), "\n")


# --- multilingual ----------------------------------------------------------------------------------


def t_de_email(r: Random, d: Doc) -> None:
    kunde = cust_of(r, "de")
    sb = person(r, "de")
    rn = L("invoice", f"{r.randint(2022, 2026)}-{_d(r, 5)}")
    anrede = pick(
        r, [("Sehr geehrte Frau ", True), ("Sehr geehrter Herr ", True), ("Hallo ", False), ("Liebe/r ", False)]
    )
    d(
        pick(
            r,
            [
                "Bitte formuliere diese E-Mail freundlicher:\n\n",
                "Kannst du das kürzen?\n\n",
                "Übersetze ins Englische:\n\n",
            ],
        )
    )
    d(anrede[0], PER(kunde.formal_last() if anrede[1] else kunde.first()), ",\n\n")
    d(
        "leider ist die Rechnung Nr. ",
        rn,
        " vom ",
        la_date(r, "de"),
        " noch offen. Bitte überweisen Sie den Betrag von ",
        f"{r.randint(19, 4000)},{_d(r, 2)} €",
        " auf folgendes Konto:\n\nKontoinhaber: ",
        PER(sb.full()),
        "\nIBAN: ",
        IB(iban(r, pick(r, ["DE", "DE", "AT", "CH"]))),
        "\nVerwendungszweck: ",
        L(rn.kind, rn.value),
        "\n\n",
    )
    if chance(r, 0.5):
        d(
            "Für Rückfragen erreichen Sie mich unter ",
            PH(phone(r, pick(r, ["DE", "AT", "CH"]))),
            " oder per E-Mail an ",
            EM(email_for(r, sb, corp=True)),
            ".\n\n",
        )
    if chance(r, 0.4):
        d(
            "Anschrift der Geschäftsstelle: ",
            la_notperson(r, "de_street"),
            " 12, ",
            pick(r, ["Berlin", "Köln", "Leipzig"]),
            ".\n\n",
        )
    d("Mit freundlichen Grüßen\n", PER(sb.full()), "\n")


def t_de_chat(r: Random, d: Doc) -> None:
    k = cust_of(r, "de")
    d(
        pick(r, ["Kunde: ", "Nutzer: ", ""]),
        pick(r, ["Hallo, ich bin ", "Guten Tag, hier ist ", "moin, "]),
        PER(k.full() if chance(r, 0.7) else k.first().lower()),
        ". ",
    )
    d(
        pick(r, ["Meine Kreditkarte ", "Die Karte "]),
        CC(credit_card(r)),
        pick(r, [" wurde doppelt belastet", " wurde abgelehnt"]),
        ", Bestellnummer ",
        la_order(r),
        ". ",
    )
    if chance(r, 0.6):
        d("Rückruf bitte unter ", PH(phone(r, "DE")), ". ")
    if chance(r, 0.4):
        d(
            "Meine neue Adresse ist ",
            la_notperson(r, "de_street"),
            " 4, meine Mail ",
            EM(email_for(r, k, corp=False)),
            ". ",
        )
    d(
        "\n\nAssistent: Danke, ",
        PER(k.first()),
        pick(r, [". Ich habe die Rückbuchung veranlasst.", ". Bitte teilen Sie Kartendaten nicht im Chat."]),
        "\n",
    )


def t_es_email(r: Random, d: Doc) -> None:
    c = cust_of(r, "es")
    ag = person(r, pick(r, ["es", "mx"]))
    d(pick(r, ["Resume este correo:\n\n", "Corrige la ortografía:\n\n", "Traduce al inglés:\n\n"]))
    d(
        pick(r, ["Estimada Sra. ", "Estimado Sr. ", "Hola "]),
        PER(c.formal_last() if chance(r, 0.6) else c.first()),
        ":\n\n",
    )
    d("le confirmamos que su pedido n.º ", la_order(r), " del ", la_date(r, "es"), " ha sido enviado. ")
    k = r.randrange(3)
    if k == 0:
        d("El reembolso se hará a la cuenta ", IB(iban(r, "ES")), ". ")
    elif k == 1:
        d("Hemos cargado el importe en la tarjeta ", CC(credit_card(r)), ". ")
    else:
        d("El número de seguimiento es ", la_tracking(r), ". ")
    d(
        "Si tiene dudas, llame al ",
        PH(phone(r, pick(r, ["ES", "MX"]))),
        " o escriba a ",
        EM(email_for(r, ag, corp=True)),
        ".\n",
    )
    if chance(r, 0.4):
        d("Nuestra tienda: ", la_notperson(r, "es_street"), ", 23.\n")
    d("\nUn saludo,\n", PER(ag.full()), "\nAtención al cliente\n")


def t_fr_chat(r: Random, d: Doc) -> None:
    c = cust_of(r, "fr")
    d(
        pick(r, ["Client : ", "Utilisateur : ", ""]),
        pick(r, ["Bonjour, je m'appelle ", "Bonsoir, c'est ", "bjr, ici "]),
        PER(c.full() if chance(r, 0.7) else c.first().lower()),
        ". ",
    )
    d(
        pick(r, ["Ma commande n° ", "La commande "]),
        la_order(r),
        pick(r, [" n'est jamais arrivée", " est arrivée abîmée"]),
        ". ",
    )
    bits = [
        lambda: d("Mon numéro : ", PH(phone(r, "FR", intl=0.3)), ". "),
        lambda: d("Mon e-mail : ", EM(email_for(r, c, corp=False)), ". "),
        lambda: d("Remboursez sur mon IBAN ", IB(iban(r, pick(r, ["FR", "FR", "BE", "LU"]))), ". "),
        lambda: d("J'ai payé avec la carte ", CC(credit_card(r)), ". "),
        lambda: d("J'habite au ", str(r.randint(2, 140)), " ", L("notperson", pick(r, NOTPERSON["fr_street"])), ". "),
    ]
    r.shuffle(bits)
    for b in bits[: r.randint(2, 4)]:
        b()
    d(
        "\n\nAssistant : ",
        pick(r, ["Merci ", "Bien reçu, "]),
        PER(c.first()),
        pick(r, [", je transmets au service après-vente.", " ; un bon de retour vous sera envoyé le "]),
    )
    if d.buf[-1].endswith("le "):
        d(la_date(r, "fr"))
    d(".\n")


def n_multilingual(r: Random, d: Doc) -> None:
    lang = pick(r, ["de", "fr", "es"])
    d.lang = lang
    if lang == "de":
        d(
            "Rechnung ",
            la_invoice(r),
            " vom ",
            la_date(r, "de"),
            "\nKundennummer: ",
            L("customer_no", f"K-{_d(r, 6)}"),
            "\nLieferadresse: ",
            la_notperson(r, "de_street"),
            " ",
            str(r.randint(1, 120)),
            "\nSendungsnummer: ",
            la_tracking(r),
            "\nArtikel: ",
            la_notperson(r, "product"),
            ", Version ",
            la_version(r),
            "\nBitte prüfen, ob die Rechnung korrekt ist.\n",
        )
    elif lang == "fr":
        d(
            "Facture ",
            la_invoice(r),
            " du ",
            la_date(r, "fr"),
            "\nN° client : ",
            L("customer_no", f"C{_d(r, 7)}"),
            "\nLivraison : ",
            la_notperson(r, "fr"),
            ", Paris\nSuivi : ",
            la_tracking(r),
            "\nCarte utilisée : ",
            la_masked_card(r),
            "\nPeux-tu vérifier le total ?\n",
        )
    else:
        d(
            "Pedido ",
            la_order(r),
            " del ",
            la_date(r, "es"),
            "\nFactura: ",
            la_invoice(r),
            "\nDirección: ",
            la_notperson(r, "es_street"),
            ", 14, Madrid\nSeguimiento: ",
            la_tracking(r),
            "\nReferencia interna: ",
            la_digits(r),
            "\n¿Por qué no ha llegado todavía?\n",
        )


# --- tabular: CSV / SQL / markdown -------------------------------------------------------------------


def _csv_cell(v: Part, quote: bool) -> list[Part]:
    if quote:
        return ['"', v, '"']
    return [v]


def t_csv_customers(r: Random, d: Doc) -> None:
    cols = ["id", "first_name", "last_name", "email", "phone"]
    extra = pick(
        r,
        [["country", "signup"], ["iban"], ["ssn", "dob"], ["last_ip"], ["card_last4", "plan"], ["card_number", "exp"]],
    )
    cols = cols + extra
    quote = chance(r, 0.4)
    sep = pick(r, [",", ",", ";", "\t"])
    d(
        pick(
            r,
            [
                "Dedupe this CSV by email:\n\n",
                "Convert to JSON:\n\n",
                "customers_export.csv (first rows):\n",
                "```csv\n",
            ],
        )
    )
    d(sep.join(cols), "\n")
    for i in range(r.randint(2, 5)):
        p = person(r)
        row: list[list[Part]] = [
            [str(r.randint(1000, 99999) + i)],
            _csv_cell(PER(p.first()), quote),
            _csv_cell(PER(p.last()), quote),
            [EM(email_for(r, p))],
            _csv_cell(PH(phone(r, p.cc)), quote) if chance(r, 0.85) else [""],
        ]
        for c in extra:
            if c == "country":
                row.append([p.cc])
            elif c == "signup":
                row.append([la_date(r)])
            elif c == "iban":
                row.append(_csv_cell(IB(iban(r, p.cc)), quote))
            elif c == "ssn":
                row.append([SSN(ssn(r, "dash"))])
            elif c == "dob":
                row.append([la_date(r)])
            elif c == "last_ip":
                row.append([IP(ip_any(r))])
            elif c == "card_number":
                row.append(_csv_cell(CC(credit_card(r)), quote))
            elif c == "exp":
                row.append([L("expiry", f"{r.randint(1, 12):02d}/{r.randint(26, 31)}")])
            elif c == "card_last4":
                row.append([L("last4", _d(r, 4))])
            else:
                row.append([pick(r, ["free", "pro", "team"])])
        for j, cell in enumerate(row):
            if j:
                d(sep)
            d(*cell)
        d("\n")
    d(pick(r, ["", "```\n", "...\n"]))


def n_csv(r: Random, d: Doc) -> None:
    d(pick(r, ["Sum the totals per carrier:\n\n", "orders.csv\n", "```csv\n"]))
    d("order_id,sku,carrier,tracking,invoice,shipped_at,total\n")
    for _ in range(r.randint(3, 6)):
        d(
            la_order(r),
            ",",
            f"{rs(r, UPNUM, 3)}-{_d(r, 4)}",
            ",",
            pick(r, ["UPS", "DHL", "USPS", "Royal Mail", "FedEx"]),
            ",",
            la_tracking(r),
            ",",
            la_invoice(r),
            ",",
            la_date(r),
            ",",
            f"{r.randint(5, 900)}.{_d(r, 2)}",
            "\n",
        )
    if chance(r, 0.4):
        d("# batch ", la_uuid(r), " checksum ", la_hash(r), "\n")


def t_sql(r: Random, d: Doc) -> None:
    k = r.randrange(2)
    if k == 0:
        col = pick(r, ["ssn", "iban", "signup_ip", "card_number"])
        d(
            pick(
                r,
                ["Why does this insert violate the unique constraint?\n\n", "Optimise this migration:\n\n", "```sql\n"],
            )
        )
        d("INSERT INTO customers (id, full_name, email, phone, ", col, ", created_at) VALUES\n")
        n = r.randint(2, 4)
        for i in range(n):
            p = person(r)
            while "'" in p.full():
                p = person(r)
            if col == "ssn":
                v = SSN(ssn(r, "dash"))
            elif col == "iban":
                v = IB(iban(r, p.cc))
            elif col == "signup_ip":
                v = IP(ip_any(r))
            else:
                v = CC(credit_card(r))
            d(
                "  (",
                str(r.randint(1, 99999)),
                ", '",
                PER(p.full()),
                "', '",
                EM(email_for(r, p)),
                "', '",
                PH(phone(r, p.cc)),
                "', '",
                v,
                "', '",
                la_date(r),
                "')",
            )
            d(",\n" if i < n - 1 else ";\n")
        if chance(r, 0.5):
            d("-- migration ", la_version(r), ", checksum ", la_hash(r), "\n")
    else:
        d(pick(r, ["What's the median balance in this output?\n\n", "psql output, explain the nulls:\n\n"]))
        d("SELECT name, email, phone, iban FROM accounts WHERE updated_at > '", la_date(r), "';\n\n")
        d("        name         |            email             |      phone       |            iban\n")
        d("---------------------+------------------------------+------------------+-----------------------------\n")
        n = r.randint(2, 4)
        for _ in range(n):
            p = person(r)
            d(" ", PER(p.full()), " | ", EM(email_for(r, p)), " | ")
            if chance(r, 0.8):
                d(PH(phone(r, p.cc)))
            d(" | ", IB(iban(r, p.cc)) if chance(r, 0.8) else "", "\n")
        d(f"({n} rows)\n")


def n_sql(r: Random, d: Doc) -> None:
    d(pick(r, ["Rewrite with a CTE:\n\n", "```sql\n", "Why is this slow?\n\n"]))
    d(
        "SELECT o.order_id, o.tracking_no, i.invoice_no\nFROM orders o JOIN invoices i USING (order_id)\n",
        "WHERE o.order_id IN ('",
        la_order(r),
        "', '",
        la_order(r),
        "')\n  AND o.created_at BETWEEN '",
        la_date(r),
        "' AND '",
        la_date(r),
        "'\n  AND i.invoice_no <> '",
        la_invoice(r),
        "'\n  AND o.batch_id = '",
        la_uuid(r),
        "';\n",
    )
    if chance(r, 0.5):
        d("-- card_ref ", la_digits(r), " is an internal surrogate, not a PAN\n")
    if chance(r, 0.4):
        d("-- schema ", la_version(r), " (", la_hash(r), ")\n")


def t_md_oncall(r: Random, d: Doc) -> None:
    d(
        pick(
            r,
            [
                "Turn this into a Slack message:\n\n",
                "## On-call rotation\n\n",
                "Update the table with next week's rota:\n\n",
            ],
        )
    )
    k = r.randrange(2)
    if k == 0:
        d("| Week | Engineer | Phone | Email |\n|---|---|---|---|\n")
        for _ in range(r.randint(2, 4)):
            p = person(r)
            d(
                "| ",
                la_date(r),
                " | ",
                PER(p.full()),
                " | ",
                PH(phone(r, p.cc)),
                " | ",
                EM(email_for(r, p, corp=True)),
                " |\n",
            )
    else:
        d("| Vendor contact | IBAN | Amount | Ref |\n|:--|:--|--:|:--|\n")
        for _ in range(r.randint(2, 4)):
            p = person(r)
            d(
                "| ",
                PER(p.full()),
                " | ",
                IB(iban(r, p.cc)),
                " | ",
                f"{r.randint(100, 20000)}.00",
                " | ",
                la_invoice(r),
                " |\n",
            )
    if chance(r, 0.4):
        d(
            "\nEscalation: ",
            PER(person(r).full()),
            " (",
            la_notperson(r, "org") if chance(r, 0.3) else "platform team",
            ")\n",
        )


def t_meeting_notes(r: Random, d: Doc) -> None:
    ps = [person(r) for _ in range(r.randint(2, 4))]
    d(pick(r, ["Clean up these meeting notes:\n\n", "# Sync notes ", "Summarise action items:\n\n"]))
    d(la_date(r), "\n\nAttendees: ")
    for i, p in enumerate(ps):
        d(", " if i else "", PER(p.full()))
    d("\n\n")
    for p in ps:
        k = r.randrange(5)
        d("- ")
        if k == 0:
            d(PER(p.first()), " to send the SOW to ", EM(email_for(r, person(r), corp=True)))
        elif k == 1:
            d("@", PER(p.first().lower()), " will rotate the leaked token ", KEY(secret(r)[1]))
        elif k == 2:
            d(PER(p.first()), ": whitelist ", IP(ip_any(r)), " for the partner VPN")
        elif k == 3:
            d("ping ", PER(p.first()), " on ", PH(phone(r, p.cc)), " if ", la_ticket(r), " reopens")
        else:
            d(PER(p.first()), "'s laptop still runs ", la_semver(r), "; IT to reimage")
        d("\n")
    if chance(r, 0.4):
        d("- ship ", la_version(r), " after ", la_notperson(r, "product"), " pipeline is green\n")


def n_markdown(r: Random, d: Doc) -> None:
    d(pick(r, ["Format this changelog nicely:\n\n", "## Releases\n\n", "Which release introduced the bug?\n\n"]))
    d("| Version | Date | Commit | Ticket |\n|---|---|---|---|\n")
    for _ in range(r.randint(3, 5)):
        d("| ", la_version(r), " | ", la_date(r), " | `", L("hash", rs(r, HEX, 7)), "` | ", la_ticket(r), " |\n")
    if chance(r, 0.5):
        d("\nBuilt on ", la_notperson(r, "product"), " agents; artefact ", la_uuid(r), ".\n")


# --- JSON payloads and tool calls --------------------------------------------------------------------


def t_json_webhook(r: Random, d: Doc) -> None:
    p = person(r)
    d(
        pick(
            r,
            [
                "Why does my handler reject this webhook?\n\n```json\n",
                "Map this payload to our Customer model:\n\n",
                "POST /hooks/payments body:\n",
            ],
        )
    )
    d(
        '{\n  "id": "evt_',
        rs(r, ALNUM, 24),
        '",\n  "created": ',
        la_epoch(r),
        ',\n  "type": "',
        pick(r, ["charge.succeeded", "customer.updated", "payout.failed"]),
        '",\n  "data": {\n',
    )
    d('    "customer": {\n      "name": "', PER(p.full()), '",\n      "email": "', EM(email_for(r, p)), '"')
    if chance(r, 0.7):
        d(',\n      "phone": "', PH(phone(r, p.cc)), '"')
    d("\n    },\n")
    k = r.randrange(3)
    if k == 0:
        d(
            '    "card": {"brand": "visa", "last4": "',
            L("last4", _d(r, 4)),
            '", "fingerprint": "',
            L("hash", rs(r, ALNUM, 16)),
            '"},\n',
        )
    elif k == 1:
        d('    "payout_account": "', IB(iban(r, p.cc)), '",\n')
    else:
        d('    "raw_pan": "', CC(credit_card(r).replace(" ", "")), '",\n')
    d(
        '    "client_ip": "',
        IP(ip_any(r)),
        '",\n    "order_id": "',
        la_order(r),
        '",\n    "api_version": "',
        la_date(r),
        '"\n  }\n}\n',
    )
    d(pick(r, ["```\n", ""]))


def t_json_api(r: Random, d: Doc) -> None:
    d(pick(r, ["Response from GET /v1/users/me:\n", "Validate this against the schema:\n\n", ""]))
    p = person(r)
    fields: list[Callable[[], object]] = [
        lambda: d('"id":"', la_uuid(r), '"'),
        lambda: d('"given_name":"', PER(p.first()), '","family_name":"', PER(p.last()), '"'),
        lambda: d('"contact":{"email":"', EM(email_for(r, p)), '","mobile":"', PH(phone(r, p.cc)), '"}'),
        lambda: d('"app_version":"', la_version(r), '"'),
    ]
    if chance(r, 0.4):
        fields.append(lambda: d('"tax_id":"', SSN(ssn(r)), '"'))
    if chance(r, 0.4):
        fields.append(lambda: d('"last_login_ip":"', IP(ip_any(r)), '"'))
    if chance(r, 0.3):
        fields.append(lambda: d('"session":"', KEY(jwt(r)), '"'))
    if chance(r, 0.35):
        fields.append(
            lambda: d(
                '"payment_method":{"type":"card","number":"',
                CC(credit_card(r)),
                '","exp_month":',
                str(r.randint(1, 12)),
                "}",
            )
        )
    r.shuffle(fields)
    d("{")
    for i, f in enumerate(fields):
        if i:
            d(",")
        f()
    d("}\n")


def _tool_wrap(r: Random, d: Doc, name: str, body: Callable[[str], None]) -> None:
    """OpenAI-style (arguments as an escaped JSON string), Anthropic-style (input object) or plain."""
    k = r.randrange(3)
    if k == 0:
        d(
            '{"tool_calls":[{"id":"call_',
            rs(r, ALNUM, 24),
            '","type":"function","function":{"name":"',
            name,
            '","arguments":"{',
        )
        body('\\"')
        d('}"}}]}\n')
    elif k == 1:
        d('{"type":"tool_use","id":"toolu_', rs(r, ALNUM, 24), '","name":"', name, '","input":{')
        body('"')
        d("}}\n")
    else:
        d(name, "(")
        body("")
        d(")\n")


def _kv(d: Doc, q: str, key: str, v: Part | tuple[Part, ...], first: bool = False) -> None:
    vs = v if isinstance(v, tuple) else (v,)
    if q:
        d("" if first else ",", q, key, q, ":", q, *vs, q)
    else:
        d("" if first else ", ", key, "=", "'", *vs, "'")


def t_tool_call(r: Random, d: Doc) -> None:
    p = person(r)
    kind = r.randrange(5)
    d(pick(r, ["assistant tool call:\n", "", "[agent trace] step 3\n"]))
    if kind == 0:

        def body(q: str) -> None:
            _kv(d, q, "full_name", PER(p.full()), True)
            _kv(d, q, "email", EM(email_for(r, p)))
            _kv(d, q, "phone", PH(phone(r, p.cc)))

        _tool_wrap(r, d, pick(r, ["create_contact", "crm_upsert_lead", "add_attendee"]), body)
    elif kind == 1:

        def body(q: str) -> None:
            _kv(d, q, "beneficiary", PER(p.full()), True)
            _kv(d, q, "iban", IB(iban(r, p.cc)))
            _kv(d, q, "amount", f"{r.randint(10, 9000)}.{_d(r, 2)}")
            _kv(d, q, "reference", la_invoice(r))

        _tool_wrap(r, d, pick(r, ["send_sepa_transfer", "create_payout"]), body)
    elif kind == 2:

        def body(q: str) -> None:
            _kv(d, q, "ssn", SSN(ssn(r)), True)
            _kv(d, q, "last_name", PER(p.last()))
            _kv(d, q, "dob", la_date(r))

        _tool_wrap(r, d, pick(r, ["verify_identity", "lookup_applicant"]), body)
    elif kind == 4:

        def body(q: str) -> None:
            _kv(d, q, "cardholder", PER(p.western().upper() if chance(r, 0.4) else p.western()), True)
            _kv(d, q, "card_number", CC(credit_card(r)))
            _kv(d, q, "expiry", L("expiry", f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"))
            _kv(d, q, "amount_cents", str(r.randint(100, 90000)))

        _tool_wrap(r, d, pick(r, ["charge_card", "create_payment_intent", "book_hotel"]), body)
    else:

        def body(q: str) -> None:
            _kv(d, q, "to", EM(email_for(r, p)), True)
            _kv(d, q, "subject", pick(r, ["Your receipt", "Password reset", "Welcome aboard"]))
            _kv(d, q, "body", ("Hi ", PER(p.first()), ", your code is ", L("otp", _d(r, 6)), "."))

        _tool_wrap(r, d, pick(r, ["send_email", "gmail_send"]), body)
    if chance(r, 0.5):
        d(pick(r, ["tool result: ", "→ "]), '{"status":"ok","request_id":"', la_uuid(r), '"}\n')


def n_tool_call(r: Random, d: Doc) -> None:
    d(pick(r, ["assistant tool call:\n", "", "[agent trace] step 2\n"]))
    k = r.randrange(3)
    if k == 0:

        def body(q: str) -> None:
            _kv(d, q, "order_id", la_order(r), True)
            _kv(d, q, "carrier_tracking", la_tracking(r))

        _tool_wrap(r, d, "get_shipment_status", body)
    elif k == 1:

        def body(q: str) -> None:
            _kv(d, q, "invoice_id", la_invoice(r), True)
            _kv(d, q, "due_date", la_date(r))
            _kv(d, q, "card", la_masked_card(r))

        _tool_wrap(r, d, "fetch_invoice", body)
    else:

        def body(q: str) -> None:
            _kv(d, q, "repo", "acme/api", True)
            _kv(d, q, "ref", la_hash(r))
            _kv(d, q, "version", la_version(r))
            _kv(d, q, "run_id", la_uuid(r))

        _tool_wrap(r, d, "trigger_deploy", body)
    if chance(r, 0.5):
        d('tool result: {"ok":true,"eta":"', la_date(r), '"}\n')


def n_device(r: Random, d: Doc) -> None:
    u, a = roles(r)
    model = pick(r, ["Pixel 8 Pro", "Galaxy S23", "iPhone 15", "Xperia 1 V", "Moto g84"])
    d(
        u,
        "My ",
        model,
        pick(r, [" won't register on the network", " keeps rebooting", " lost Wi-Fi after the update"]),
        ". IMEI ",
        la_imei(r),
        ", build ",
        L("build", f"{rs(r, UPNUM, 4)}.{_d(r, 6, '2')}.{_d(r, 3, '0')}"),
        ", OS ",
        la_semver(r),
        ".",
    )
    if chance(r, 0.6):
        d(" Wi-Fi MAC ", la_mac(r), ".")
    if chance(r, 0.5):
        d(" Repair ticket ", la_ticket(r), ", purchased ", la_date(r), ", receipt ", la_order(r), ".")
    d(
        "\n\n",
        a,
        "Thanks. That IMEI is not blocklisted; please reset network settings and, if it persists, ",
        "we'll book a repair.\n",
    )


def n_validation(r: Random, d: Doc) -> None:
    u, a = roles(r)
    d(
        u,
        pick(
            r,
            [
                "Our sign-up form rejected these test values, can you tell me why?\n",
                "Which of these fail validation?\n",
            ],
        ),
    )
    items = [
        lambda: d("- IBAN: ", la_iban_bad(r), "\n"),
        lambda: d("- SSN: ", la_ssn_invalid(r), "\n"),
        lambda: d("- card: ", la_card_bad(r), "\n"),
        lambda: d("- reference: ", la_digits(r), "\n"),
        lambda: d("- masked card on file: ", la_masked_card(r), "\n"),
        lambda: d("- masked SSN on file: ", la_masked_ssn(r), "\n"),
    ]
    r.shuffle(items)
    for it in items[: r.randint(3, 6)]:
        it()
    d(
        "\n",
        a,
        pick(
            r,
            [
                "Each of them fails a checksum or a reserved-range rule "
                "(mod-97 for IBANs, Luhn for cards, area/group/serial for SSNs); ",
                "None of them is valid: check digits and reserved ranges don't match; ",
            ],
        ),
        "masked values can't be validated at all.\n",
    )


# ----------------------------------------------------------------------------------------------------
# registry, self-check, main
# ----------------------------------------------------------------------------------------------------

# (function, style, language, positive, weight)
TEMPLATES: list[tuple[Callable[[Random, Doc], None], str, str, bool, float]] = [
    (t_chat_refund, "chat", "en", True, 7),
    (t_chat_lowercase, "chat", "en", True, 5),
    (t_chat_bank, "chat", "en", True, 4),
    (t_chat_tax, "chat", "en", True, 5),
    (t_chat_prompt_rewrite, "chat", "en", True, 4),
    (t_chat_whatsapp, "chat", "en", True, 3),
    (t_env_file, "config", "en", True, 5),
    (t_yaml_config, "config", "en", True, 4),
    (t_cli_history, "cli", "en", True, 5),
    (t_code_snippet, "code", "en", True, 4),
    (t_git_log, "code", "en", True, 3),
    (t_ticket, "ticket", "en", True, 4),
    (t_py_traceback, "log", "en", True, 4),
    (t_java_stack, "log", "en", True, 3),
    (t_access_log, "log", "en", True, 3),
    (t_app_log_auth, "log", "en", True, 3),
    (t_email_invoice, "email", "en", True, 4),
    (t_email_hr, "email", "en", True, 4),
    (t_email_sig, "email", "en", True, 3),
    (t_de_email, "multilingual", "de", True, 3),
    (t_de_chat, "multilingual", "de", True, 3),
    (t_es_email, "multilingual", "es", True, 3),
    (t_fr_chat, "multilingual", "fr", True, 3),
    (t_csv_customers, "csv", "en", True, 4),
    (t_sql, "sql", "en", True, 4),
    (t_md_oncall, "markdown", "en", True, 3),
    (t_meeting_notes, "markdown", "en", True, 3),
    (t_json_webhook, "json", "en", True, 5),
    (t_json_api, "json", "en", True, 4),
    (t_tool_call, "tool_call", "en", True, 6),
    # hard negatives (no PII at all)
    (n_chat_shopping, "chat", "en", False, 6),
    (n_chat_devhelp, "chat", "en", False, 5),
    (n_chat_travel, "chat", "en", False, 4),
    (n_config, "config", "en", False, 4),
    (n_cli, "cli", "en", False, 3),
    (n_code, "code", "en", False, 4),
    (n_logs, "log", "en", False, 5),
    (n_multilingual, "multilingual", "xx", False, 5),
    (n_csv, "csv", "en", False, 3),
    (n_sql, "sql", "en", False, 3),
    (n_markdown, "markdown", "en", False, 3),
    (n_tool_call, "tool_call", "en", False, 3),
    (n_device, "chat", "en", False, 3),
    (n_validation, "chat", "en", False, 3),
]

_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def _valid(span: dict) -> bool:
    t, v = span["type"], span["text"]
    if t == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", v)
        return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
    if t == "IBAN_CODE":
        return iban_ok(v)
    if t == "US_SSN":
        return bool(re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v)) and ssn_ok(v)
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return False
        return True
    if t == "EMAIL_ADDRESS":
        return bool(_EMAIL_RE.match(v))
    if t == "PHONE_NUMBER":
        return 7 <= len(re.sub(r"\D", "", v)) <= 15
    if t == "PERSON":
        return bool(v.strip()) and v == v.strip() and not any(c.isdigit() for c in v)
    return t == "API_KEY" and len(v) >= 8 and " " not in v


def _la_valid(la: dict) -> bool:
    k, v = la["kind"], la["text"]
    if k == "card_bad":
        return not luhn_ok(re.sub(r"\D", "", v))
    if k == "digits":
        return not luhn_ok(v)
    if k == "iban_bad":
        return not iban_ok(v)
    if k == "ssn_invalid":
        return not ssn_ok(v)
    if k in ("order_luhn", "imei"):
        return luhn_ok(v)
    return True


def check(text: str, spans: list[dict], las: list[dict]) -> str | None:
    """Return a reason when the record is inconsistent, else None."""
    ranges = []
    for s in spans:
        if text[s["start"] : s["end"]] != s["text"]:
            return f"offset mismatch {s}"
        if not _valid(s):
            return f"invalid value {s}"
        ranges.append((s["start"], s["end"], "span"))
    for la in las:
        if text[la["start"] : la["end"]] != la["text"]:
            return f"look-alike offset mismatch {la}"
        if not _la_valid(la):
            return f"look-alike rule {la}"
        ranges.append((la["start"], la["end"], "la"))
    ranges.sort()
    for (a0, a1, _), (b0, _b1, _) in itertools.pairwise(ranges):
        if b0 < a1:
            return f"overlap at {a0}-{a1} / {b0}"
    # every occurrence of a gold value must be annotated (or sit inside another span, e.g. a name in an e-mail)
    covered = [(s["start"], s["end"]) for s in spans]
    for s in spans:
        v = s["text"]
        pat = re.escape(v)
        if s["type"] == "PERSON" or v.isalnum():
            pat = r"(?<![\w])" + pat + r"(?![\w])"
        for m in re.finditer(pat, text):
            if not any(c0 <= m.start() and m.end() <= c1 for c0, c1 in covered):
                return f"unannotated repeat of {s['type']} {v!r} at {m.start()}"
    return None


def generate(n: int, seed: int) -> tuple[list[dict], Counter[str]]:
    r = Random(seed)
    pos = [t for t in TEMPLATES if t[3]]
    neg = [t for t in TEMPLATES if not t[3]]
    n_pos = round(n * 0.6)
    plan = [True] * n_pos + [False] * (n - n_pos)
    r.shuffle(plan)
    out: list[dict] = []
    rejected: Counter[str] = Counter()
    for i, is_pos in enumerate(plan):
        pool = pos if is_pos else neg
        while True:
            fn, style, lang, _, _w = r.choices(pool, weights=[t[4] for t in pool])[0]
            d = Doc()
            fn(r, d)
            text = d.text()
            why = check(text, d.spans, d.las)
            if is_pos and not d.spans:
                why = "positive template produced no span"
            if not is_pos and d.spans:
                why = "negative template produced a span"
            if why is None:
                break
            rejected[fn.__name__ + ": " + why.split(" ")[0] + " " + why.split(" ")[1]] += 1
        out.append(
            {
                "id": f"heldout14-{i + 1:04d}",
                "template": fn.__name__,
                "style": style,
                "lang": d.lang or lang,
                "text": text,
                "spans": d.spans,
                "lookalikes": d.las,
            }
        )
    return out, rejected


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "eval_heldout14.jsonl")
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=14014)
    args = ap.parse_args(argv)
    recs, rejected = generate(args.n, args.seed)
    # final self-check over the serialised form
    lines = [json.dumps(x, ensure_ascii=False) for x in recs]
    for line in lines:
        x = json.loads(line)
        assert check(x["text"], x["spans"], x["lookalikes"]) is None, x["id"]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    types = Counter(s["type"] for x in recs for s in x["spans"])
    styles = Counter(x["style"] for x in recs)
    with_pii = sum(1 for x in recs if x["spans"])
    la_texts = sum(1 for x in recs if x["lookalikes"])
    la_only = sum(1 for x in recs if x["lookalikes"] and not x["spans"])
    print(f"wrote {len(recs)} texts to {args.out}: {with_pii} with PII,", end=" ")
    print(f"{la_texts} with look-alikes ({la_only} look-alike-only)")
    print("spans:", dict(sorted(types.items())))
    print("styles:", dict(sorted(styles.items())))
    print("look-alike kinds:", dict(sorted(Counter(la["kind"] for x in recs for la in x["lookalikes"]).items())))
    print("rejected drafts:", sum(rejected.values()), dict(rejected.most_common(8)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
