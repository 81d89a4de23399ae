"""Generator for driftline's held-out PII evaluation set no. 19 (``eval_heldout19.jsonl``).

Written blind: the author has not seen the detector, its tests, its docs or the earlier generators.
Standard library only, fixed seed, byte-identical output across runs and PYTHONHASHSEED values.

Usage::

    python3 gen_heldout19.py              # writes eval_heldout19.jsonl next to this file
    python3 gen_heldout19.py --out PATH   # writes elsewhere

Each output line is one text as an LLM application sees it (user prompt, model answer, paste, log ...)::

    {"id": "heldout19-0001", "template": <style>, "text": ..., "spans": [{"type", "start", "end", "text"}],
     "lookalikes": [{"kind", "start", "end", "text"}]}

Offsets are Python ``str`` indices (Unicode code points), end-exclusive; ``text[start:end] == annotation["text"]``.
No two annotations of a text (spans and look-alikes together) overlap.

Labelling policy
================
Principle.  A string is a PII *span* when, on its own, it identifies or reaches one real natural person, or
when it grants access to a real account or service.  A *look-alike* is a string with the surface shape of one
of the eight span types that, under this policy, is not an instance of it: a different kind of object
(order number, version, hash, UUID, MAC address, IMEI ...), something that fails the type's validity rule
(non-Luhn card, IBAN with a wrong mod-97 check, SSN with area 000/666 or group 00 or serial 0000), or a
value that is public, reserved, fictional, masked or a placeholder and so reaches nobody / opens nothing.
Everything that is neither is plain text (not annotated).  Only the eight types below are spans; other
personal data (postal addresses, dates of birth, MAC addresses, IMEIs, usernames) is never a span.

PERSON        The name of a specific real (or realistically invented, presented as real) human being in running
              text: full names, given names alone ("Hi Lukas,"), family names with a title (span excludes the
              title: "Dr. [Okafor]", "[田中]さん", "[王]先生"), "Family, Given" forms, initials + family
              name.  Possessive "'s" is excluded.  Any script.  NOT PERSON (look-alikes): well-known
              placeholder names (John Doe, Max Mustermann, 山田太郎, 홍길동, 张三, Nguyễn Văn A, Alice/Bob in
              protocol examples), fictional characters, long-dead historical figures in encyclopaedic
              questions, eponyms in technical terms (Levenshtein distance, Dijkstra's algorithm), organisations
              and products named after people (Wells Fargo, Jenkins), places named after people (Lincoln Park),
              template variables ({{first_name}}) and redaction tokens ([NAME]).
EMAIL_ADDRESS An address that reaches a person's mailbox (personal or work).  NOT (look-alikes): addresses at
              reserved domains (example.com/.org/.net, *.test, *.invalid, *.example, localhost), role/system
              mailboxes that reach a function, not a person (support@, noreply@, billing@, security@ ...),
              cloud service-account identities (*.iam.gserviceaccount.com, bot noreply addresses), masked
              addresses (j***@gmail.com), git SSH remotes (git@github.com:org/repo), shell prompts
              (deploy@web-01), npm scopes and decorators.
PHONE_NUMBER  A dialable number of a person or a personal line, in international (+CC ...) or national format,
              any country.  NOT: numbers in ranges reserved for fiction (US 555-01xx, UK 07700 900xxx /
              020 7946 0xxx, AU 0491 570 xxx), toll-free business lines, emergency numbers, masked numbers,
              and any digit run that is an order/tracking/invoice/ticket number, date or timestamp.
CREDIT_CARD   A Luhn-valid PAN of a real network IIN range and length (Visa, Mastercard incl. 2-series, Amex,
              Discover, JCB, Diners, UnionPay, Maestro), with or without separators.  NOT: published test
              cards (4111 1111 1111 1111, 4242 ...), masked PANs, non-Luhn digit runs, IMEIs (Luhn-valid but
              a device id, 15 digits starting with a TAC), barcodes.
IBAN_CODE     A mod-97-valid IBAN with the right length for its country, with or without spaces.  National
              check digits inside the BBAN are not modelled (only the ISO 13616 mod-97 rule).  NOT: IBANs
              that fail mod-97, the widely published documentation examples (DE89 3704 0044 0532 0130 00 ...),
              masked IBANs, BIC/SWIFT codes and VAT ids.
US_SSN        ddd-dd-dddd / ddd dd dddd / ddddddddd that is valid under SSA rules (area 001-899 except 666,
              group 01-99, serial 0001-9999) and appears as an SSN.  NOT: invalid ones (area 000 or 666 or
              9xx, group 00, serial 0000), famous voided/placeholder numbers (078-05-1120, 123-45-6789,
              219-09-9999), masked ones (XXX-XX-1234), employer EINs (dd-ddddddd), and SSN-shaped
              SKUs/part numbers in an explicit non-SSN field (inventory "sku" columns, asset tags).
IP_ADDRESS    A specific public unicast host address, IPv4 or IPv6 (it can be tied to a subscriber or
              device).  NOT: private (RFC 1918), CGNAT, loopback, link-local, ULA, multicast and documentation
              ranges (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32), well-known public resolvers
              (8.8.8.8, 1.1.1.1 ...), netmasks, CIDR network blocks, 4-part version numbers, OIDs, MACs.
API_KEY       A secret that authenticates to a real cloud/SaaS service: access keys, secret keys, personal
              access tokens, bot tokens, bearer/OAuth/JWT tokens, connection-string account keys.  Test-mode
              secret keys (sk_test_...) are spans too: they still open a real account.  NOT: the providers'
              documented example keys (AKIAIOSFODNN7EXAMPLE ...), placeholders (YOUR_API_KEY, sk-...),
              masked keys, publishable keys that are meant to be public (pk_live_...), environment-variable
              references, object / account / request ids (cus_..., AC..., req_...), ARNs, hashes, digests,
              UUIDs and integrity strings.
The key name or label next to a value (``AWS_SECRET_ACCESS_KEY=``, ``IBAN:``) is never part of the span, nor
are surrounding quotes, brackets, ``mailto:``/``tel:`` prefixes or trailing punctuation.  A name inside an e-mail
address, URL or handle is not a separate PERSON span.  Passwords are out of scope and do not occur.
Look-alike annotation is deliberate but not exhaustive: incidental numbers (line numbers, amounts, CVCs,
passport numbers, chat timestamps ...) may be left unannotated; anything unannotated is not PII.

Self-checks (run on every build, the script fails on violation): offsets exact, no overlaps, Luhn/IIN/length
for CREDIT_CARD, mod-97 + country length for IBAN_CODE, SSA rules for US_SSN, global-unicast for IP_ADDRESS,
and the matching *invalidity* of invalid look-alikes (non_luhn_digits fail Luhn, invalid_iban fails mod-97,
invalid_ssn breaks an SSA rule, reserved IPs are not global); every other all-digit look-alike of 13-19
digits (except imei and test_card) fails Luhn; no text repeats.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import ipaddress
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEED = 19_2026_1124
N_TEXTS = 1340
P_NOPII = 0.37
RNG = random.Random(SEED)

Item = Any  # str | tuple[str, str, str] | list[Item]


# ----------------------------------------------------------------------------------------------------------
# small random helpers
# ----------------------------------------------------------------------------------------------------------
def c(seq: Any) -> Any:
    return RNG.choice(seq)


def chance(p: float) -> bool:
    return RNG.random() < p


def ri(a: int, b: int) -> int:
    return RNG.randint(a, b)


DIG = "0123456789"
HEX = "0123456789abcdef"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LOW + DIG
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"


def rs(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    return rs(DIG, n)


def fill(pattern: str) -> str:
    """D -> digit, N -> 2-9, H -> hex, A -> upper letter, other chars literal."""
    out = []
    for ch in pattern:
        if ch == "D":
            out.append(c(DIG))
        elif ch == "N":
            out.append(c("23456789"))
        elif ch == "H":
            out.append(c(HEX))
        elif ch == "A":
            out.append(c(UP))
        else:
            out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------------------------------------------------
# the document builder
# ----------------------------------------------------------------------------------------------------------
def S(typ: str, val: str) -> tuple[str, str, str]:
    return ("S", typ, val)


def L(kind: str, val: str) -> tuple[str, str, str]:
    return ("L", kind, val)


SLOT = re.compile(r"⟦(\w+)⟧")


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict[str, Any]] = []
        self.looks: list[dict[str, Any]] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def add(self, item: Item) -> Doc:
        if isinstance(item, str):
            return self.t(item)
        if isinstance(item, list):
            for x in item:
                self.add(x)
            return self
        tag, label, val = item
        if not val:
            raise ValueError(f"empty annotation {item}")
        rec = {"start": self.n, "end": self.n + len(val), "text": val}
        if tag == "S":
            self.spans.append({"type": label, **rec})
        else:
            self.looks.append({"kind": label, **rec})
        return self.t(val)

    def put(self, tpl: str, **kw: Item) -> Doc:
        pos = 0
        for m in SLOT.finditer(tpl):
            self.t(tpl[pos : m.start()])
            self.add(kw[m.group(1)])
            pos = m.end()
        self.t(tpl[pos:])
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def render(tpl: str, **kw: Item) -> list[Item]:
    """Like Doc.put but returns an item list (for nesting)."""
    out: list[Item] = []
    pos = 0
    for m in SLOT.finditer(tpl):
        out.append(tpl[pos : m.start()])
        out.append(kw[m.group(1)])
        pos = m.end()
    out.append(tpl[pos:])
    return out


# ----------------------------------------------------------------------------------------------------------
# validity rules
# ----------------------------------------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for ch in DIG:
        if luhn_ok(body + ch):
            return body + ch
    raise AssertionError


def luhn_break(num: str) -> str:
    """Return num with its last digit changed so that it fails Luhn."""
    if not luhn_ok(num):
        return num
    last = int(num[-1])
    return num[:-1] + str((last + ri(1, 9)) % 10)


def card_network(num: str) -> str | None:
    n = len(num)
    p2, p3, p4, p6 = int(num[:2]), int(num[:3]), int(num[:4]), int(num[:6])
    if num[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38)) and n == 14:
        return "diners"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if p4 in (5018, 5020, 5038, 6304, 6759, 6761, 6763) and 12 <= n <= 19:
        return "maestro"
    return None


IBAN_SPEC: dict[str, str] = {
    # country: BBAN pattern, n = digit, a = upper letter, c = upper alnum
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
    "SE": "20n",
    "NO": "11n",
    "DK": "14n",
    "FI": "14n",
    "IE": "4a14n",
    "PT": "21n",
    "SA": "2n18c",
    "AE": "3n16n",
    "TR": "5n1n16c",
    "BR": "23n1a1c",
    "LU": "3n13c",
    "CZ": "20n",
    "GR": "7n16c",
    "RO": "4a16c",
    "HU": "24n",
}


def bban_len(cc: str) -> int:
    return sum(int(n) for n in re.findall(r"(\d+)[nac]", IBAN_SPEC[cc]))


def iban_numeric(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_SPEC or len(s) != 4 + bban_len(cc):
        return False
    return iban_numeric(s[4:] + s[:4]) % 97 == 1


def iban_make(cc: str) -> str:
    bban = []
    for n, cls in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
        alpha = {"n": DIG, "a": UP, "c": UP + DIG}[cls]
        bban.append(rs(alpha, int(n)))
    b = "".join(bban)
    check = 98 - iban_numeric(b + cc + "00") % 97
    return f"{cc}{check:02d}{b}"


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def ssn_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    if area == 0 or area == 666 or area >= 900 or group == 0 or serial == 0:
        return False
    return d not in ("078051120", "219099999", "123456789")


def ip_is_host_global(s: str) -> bool:
    ip = ipaddress.ip_address(s)
    return ip.is_global and not ip.is_multicast and s not in PUBLIC_RESOLVERS


def isbn13(body12: str) -> str:
    total = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


def ean_ok(num: str) -> bool:
    return isbn13(num[:-1]) == num


ASCII_TABLE = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "đ": "d", "Đ": "D", "ı": "i"}
)


def ascii_fold(s: str) -> str:
    s = s.translate(ASCII_TABLE)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


# ----------------------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------------------
# culture: (order, separator, given names, family names)
# given entry "DISPLAY[/ASCII][:g]", family entry "DISPLAY[/ASCII][~FEM_DISPLAY[/FEM_ASCII]]"
CULTURES: dict[str, tuple[str, str, str, str]] = {
    "en": (
        "gf",
        " ",
        (
            "Emily|Marcus|Shannon|Derek|Caitlin|Trevor|Hannah|Gavin|Molly|Russell|Brianna|Tyrone|Heather|"
            "Colin|Rose|Will|Hope|Grant|Faith|Dale|Mason|Courtney"
        ),
        (
            "Whitaker|Brennan|Callahan|Pruitt|Holloway|McAllister|Osgood|Fairbanks|Dunmore|Kessler|Washington|"
            "Baker|Hunter|Frost|Lane|Pennington|Okafor-Reid|Marsh|Castellano|Nguyen|Abernathy|Stroud"
        ),
    ),
    "ie": (
        "gf",
        " ",
        "Siobhán|Niamh|Eoghan|Aoife|Cillian|Saoirse|Pádraig",
        "O'Connell|MacGregor|Ó Briain|Keane|Gallagher|O'Sullivan|Mac Giolla",
    ),
    "es": (
        "gf",
        " ",
        "Alejandro|Ximena|Guadalupe|Joaquín|Mariana|Rodrigo|Itzel|Santiago|Lucía|Andrés|Valentina|Iñaki",
        (
            "Fernández|Castañeda|Villalobos|Ibarra|Quintero|Echeverría|Montoya|Zúñiga|García Márquez|de la Fuente|"
            "Ortega Ruiz|Peña"
        ),
    ),
    "pt": (
        "gf",
        " ",
        "João|Thaís|Gonçalo|Luana|Rafaela|Caio|Vitória|Conceição|Tiago|Inês",
        "da Silva|Figueiredo|Assunção|Bragança|Nogueira|dos Santos|Carvalho|Magalhães|Sousa Lima",
    ),
    "de": (
        "gf",
        " ",
        "Jürgen|Anneliese|Lukas|Friederike|Maximilian|Jana|Sönke|Henrike|Torben|Mareike",
        "Schäfer|Großmann|Wegener|Brückner|Oberhauser|Kühn|von Bredow|Meißner|Albrecht|Schulze-Hagen",
    ),
    "fr": (
        "gf",
        " ",
        "Amélie|Benoît|Céline|Grégoire|Océane|Thibault|Anne-Sophie|Jean-Baptiste|Maëlle|Loïc",
        "Lefèvre|Dubois-Martin|Rousseau|Chevalier|Fontaine|Girardot|Le Goff|Deschamps|N'Diaye|Beaumont",
    ),
    "it": (
        "gf",
        " ",
        "Giulia|Lorenzo|Chiara|Matteo|Federica|Niccolò|Beatrice|Gianluca",
        "Esposito|Bianchi|Colombo|Ferraro|Mancini|De Luca|D'Amico|Santoro|Lombardi",
    ),
    "nl": (
        "gf",
        " ",
        "Sanne|Daan|Femke|Joris|Lotte|Bram|Noor|Thijs",
        "van der Berg|de Vries|Bakker|van Dijk|Visser|Mulder|de Groot|van 't Hof",
    ),
    "pl": (
        "gf",
        " ",
        "Małgorzata:f|Krzysztof:m|Zofia:f|Wojciech:m|Agnieszka:f|Paweł:m|Katarzyna:f|Grzegorz:m",
        (
            "Wiśniewski~Wiśniewska|Zieliński~Zielińska|Kowalczyk|Dąbrowski~Dąbrowska|Nowakowski~Nowakowska|"
            "Wójcik|Lewandowski~Lewandowska|Krawczyk"
        ),
    ),
    "cs": (
        "gf",
        " ",
        "Tereza:f|Jakub:m|Lucie:f|Ondřej:m|Kateřina:f|Jiří:m",
        "Dvořák~Dvořáková|Procházka~Procházková|Černý~Černá|Kučera~Kučerová|Veselý~Veselá|Horák~Horáková",
    ),
    "sv": ("gf", " ", "Linnea|Björn|Saga|Oskar|Ebba|Gustav|Maja", "Lindqvist|Åkesson|Bergström|Sjöberg|Nyström|Ekdahl"),
    "no": ("gf", " ", "Sigrid|Øyvind|Ingrid|Mads|Freja|Rasmus", "Haugen|Kristiansen|Bakke|Jørgensen|Dahl|Søndergaard"),
    "fi": ("gf", " ", "Aino|Eero|Veera|Juhani|Sanna|Mikko", "Virtanen|Mäkelä|Korhonen|Heikkinen|Järvinen|Laaksonen"),
    "hu": ("fg", " ", "Zsófia|Bence|Réka|Levente|Dóra", "Nagy|Kovács|Szabó|Tóth|Horváth|Varga"),
    "tr": (
        "gf",
        " ",
        "Ayşe|Mehmet|Elif|Burak|Zeynep|Emre|Gülşen|Oğuz",
        "Yılmaz|Öztürk|Çelik|Aydın|Koç|Şahin|Doğan|Kılıç",
    ),
    "ru": (
        "gf",
        " ",
        (
            "Анна/Anna:f|Дмитрий/Dmitriy:m|Екатерина/Yekaterina:f|Сергей/Sergey:m|Ольга/Olga:f|"
            "Алексей/Aleksey:m|Татьяна/Tatyana:f|Никита/Nikita:m"
        ),
        (
            "Смирнов/Smirnov~Смирнова/Smirnova|Волков/Volkov~Волкова/Volkova|Орлов/Orlov~Орлова/Orlova|"
            "Кузнецов/Kuznetsov~Кузнецова/Kuznetsova|Лебедев/Lebedev~Лебедева/Lebedeva|"
            "Соколов/Sokolov~Соколова/Sokolova"
        ),
    ),
    "uk": (
        "gf",
        " ",
        "Олена/Olena:f|Тарас/Taras:m|Оксана/Oksana:f|Андрій/Andrii:m|Ірина/Iryna:f|Богдан/Bohdan:m",
        "Шевчук/Shevchuk|Бондаренко/Bondarenko|Мельник/Melnyk|Ткаченко/Tkachenko|Коваленко/Kovalenko|Гнатюк/Hnatiuk",
    ),
    "el": (
        "gf",
        " ",
        "Γιώργος/Giorgos:m|Ελένη/Eleni:f|Νίκος/Nikos:m|Κατερίνα/Katerina:f|Δημήτρης/Dimitris:m|Σοφία/Sofia:f",
        (
            "Παπαδόπουλος/Papadopoulos~Παπαδοπούλου/Papadopoulou|Οικονόμου/Oikonomou|Αντωνίου/Antoniou|"
            "Γεωργίου/Georgiou|Καραγιάννης/Karagiannis~Καραγιάννη/Karagianni"
        ),
    ),
    "ar": (
        "gf",
        " ",
        "محمد/Mohammed:m|فاطمة/Fatima:f|يوسف/Youssef:m|مريم/Maryam:f|خالد/Khalid:m|ليلى/Layla:f|عمر/Omar:m|نور/Nour:f",
        (
            "الأحمد/Al-Ahmad|حداد/Haddad|العتيبي/Al-Otaibi|الشمري/Al-Shammari|منصور/Mansour|"
            "عبد الرحمن/Abdelrahman|الفارسي/Al-Farsi|بن علي/Benali"
        ),
    ),
    "he": (
        "gf",
        " ",
        "נועה/Noa:f|איתי/Itai:m|מיכל/Michal:f|יונתן/Yonatan:m|שירה/Shira:f|אורי/Ori:m",
        "כהן/Cohen|לוי/Levi|אברהם/Avraham|מזרחי/Mizrahi|פרץ/Peretz|ביטון/Biton",
    ),
    "fa": ("gf", " ", "Parisa|Dariush|Shirin|Kourosh|Niloufar|Arash", "Ahmadi|Karimi|Tehrani|Rezaei|Moradi|Hosseini"),
    "hi": (
        "gf",
        " ",
        "प्रिया/Priya:f|राहुल/Rahul:m|अनन्या/Ananya:f|विक्रम/Vikram:m|स्नेहा/Sneha:f|आदित्य/Aditya:m",
        "शर्मा/Sharma|वर्मा/Verma|गुप्ता/Gupta|कुलकर्णी/Kulkarni|देशपांडे/Deshpande|अग्रवाल/Agarwal",
    ),
    "in": (
        "gf",
        " ",
        "Priya|Arjun|Sneha|Rohit|Aishwarya|Karthik|Meenakshi|Harpreet|Tanvi|Siddharth",
        "Raman|Venkataraman|Kulkarni|Deshpande|Iyer|Subramanian|Sundaram|Kaur|Bhattacharya|Reddy",
    ),
    "ta": (
        "gf",
        " ",
        "கார்த்திக்/Karthik:m|மீனா/Meena:f|அருண்/Arun:m|லக்ஷ்மி/Lakshmi:f",
        "சுப்பிரமணியன்/Subramanian|ராஜேந்திரன்/Rajendran|கணேசன்/Ganesan",
    ),
    "bn": ("gf", " ", "Tahmina|Rafiqul|Nusrat|Arif|Farhana", "Akter|Islam|Chowdhury|Rahman|Hossain"),
    "zh": (
        "fg",
        "",
        "伟/Wei|娜/Na|敏/Min|洋/Yang|静/Jing|子涵/Zihan|思远/Siyuan|嘉怡/Jiayi|晓东/Xiaodong|雨桐/Yutong",
        "王/Wang|李/Li|张/Zhang|刘/Liu|陈/Chen|周/Zhou|吴/Wu|林/Lin|赵/Zhao|欧阳/Ouyang",
    ),
    "ja": (
        "fg",
        "",
        "健太/Kenta|美咲/Misaki|翔/Sho|陽子/Yoko|大輔/Daisuke|さくら/Sakura|悠真/Yuma|結衣/Yui",
        "佐藤/Sato|鈴木/Suzuki|高橋/Takahashi|田中/Tanaka|伊藤/Ito|渡辺/Watanabe|中村/Nakamura|小林/Kobayashi",
    ),
    "ko": (
        "fg",
        "",
        "민준/Min-jun|서연/Seo-yeon|지훈/Ji-hoon|유진/Yu-jin|하은/Ha-eun|도윤/Do-yoon",
        "김/Kim|이/Lee|박/Park|최/Choi|정/Jung|강/Kang|윤/Yoon",
    ),
    "vi": (
        "fg",
        " ",
        "Thị Lan|Văn Minh|Hoàng Anh|Thu Trang|Quốc Bảo|Ngọc Hân|Đức Thắng",
        "Nguyễn|Trần|Lê|Phạm|Đặng|Huỳnh|Võ",
    ),
    "th": (
        "gf",
        " ",
        "ณัฐพล/Nattapon:m|กมลชนก/Kamonchanok:f|ธนากร/Thanakorn:m|พิมพ์ชนก/Pimchanok:f",
        "ศรีสุข/Srisuk|วงศ์ใหญ่/Wongyai|แก้วมณี/Kaewmanee|บุญมา/Boonma",
    ),
    "id": (
        "gf",
        " ",
        "Siti|Agus|Nurul|Rizky|Ayu|Bambang|Putri|Fajar",
        "Rahmawati|Setiawan|Huda|Pratama|Kartika|Wibowo|Saputra|Hidayat",
    ),
    "ng": (
        "gf",
        " ",
        "Chidi|Ngozi|Oluwaseun|Kwame|Abena|Adaeze|Emeka|Yewande",
        "Okonkwo|Eze|Adeyemi|Mensah|Owusu|Nwosu|Balogun|Asante",
    ),
    "ke": (
        "gf",
        " ",
        "Wanjiru|Otieno|Amina|Thandiwe|Sipho|Achieng|Baraka|Lindiwe",
        "Kamau|Ochieng|Mwangi|Dlamini|Nkosi|Njoroge|Odhiambo|Mokoena",
    ),
    "ph": ("gf", " ", "Maricel|Jerome|Rowena|Paolo|Liezl", "dela Cruz|Villanueva|Bautista|Macaraeg|Soriano"),
}
NON_LATIN = ("ru", "uk", "el", "ar", "he", "hi", "ta", "zh", "ja", "ko", "th")


class Name:
    def __init__(self, culture: str, given: str, family: str, g_ascii: str, f_ascii: str, order: str, sep: str):
        self.culture, self.given, self.family = culture, given, family
        self.g_ascii, self.f_ascii, self.order, self.sep = g_ascii, f_ascii, order, sep

    @property
    def full(self) -> str:
        if self.order == "fg":
            return self.family + self.sep + self.given
        return self.given + self.sep + self.family

    @property
    def latin(self) -> bool:
        return self.given == self.g_ascii or self.culture not in NON_LATIN

    def form(self, kind: str = "full") -> str:
        if kind == "given":
            if not self.latin and self.culture in ("zh", "ko"):
                return self.full
            if not self.latin and self.culture == "ja":
                return self.family
            return self.given
        if kind == "family":
            return self.family
        if kind == "formal" and self.latin and self.order == "gf":
            return f"{self.family}, {self.given}"
        if kind == "initial" and self.latin and self.order == "gf":
            return f"{self.given[0]}. {self.family}"
        if kind == "upper" and self.latin and self.order == "gf":
            return f"{self.family.upper()} {self.given}"
        return self.full

    def handle(self) -> str:
        g = re.sub(r"[^a-z]", "", ascii_fold(self.g_ascii).lower())
        f = re.sub(r"[^a-z]", "", ascii_fold(self.f_ascii).lower())
        pat = c(["{g}.{f}", "{g}{f}", "{g0}{f}", "{f}.{g}", "{g}_{f}", "{g}.{f}{n}", "{f}{g0}", "{g}{n}", "{g}-{f}"])
        return pat.format(g=g, f=f, g0=g[0], n=ri(1, 99))


def _parse_given(e: str) -> tuple[str, str, str]:
    g = "x"
    if ":" in e:
        e, g = e.split(":")
    disp, asc = [*e.split("/"), ""][:2]
    return disp, asc or ascii_fold(disp), g


def _parse_family(e: str) -> tuple[str, str, str, str]:
    m, _, f = e.partition("~")
    md, ma = [*m.split("/"), ""][:2]
    ma = ma or ascii_fold(md)
    if not f:
        return md, ma, md, ma
    fd, fa = [*f.split("/"), ""][:2]
    return md, ma, fd, fa or ascii_fold(fd)


def person(culture: str | None = None, latin: bool | None = None) -> Name:
    cult = culture or c(list(CULTURES))
    order, sep, gs, fs = CULTURES[cult]
    gd, ga, gender = _parse_given(c(gs.split("|")))
    md, ma, fd, fa = _parse_family(c(fs.split("|")))
    fam, fam_a = (fd, fa) if gender == "f" else (md, ma)
    if cult == "ja" and chance(0.4):
        sep = " "
    if cult in NON_LATIN:
        if latin is None:
            latin = chance(0.55)
        if latin:
            gd, fam = ga, fam_a
            sep = " "
            if cult in ("zh", "ja", "ko") and chance(0.6):
                order = "gf"
    return Name(cult, gd, fam, ga, fam_a, order, sep)


PLACEHOLDER_NAMES = {
    "en": ["John Doe", "Jane Doe", "Joe Bloggs", "John Q. Public", "Jane Roe", "Richard Roe"],
    "de": ["Max Mustermann", "Erika Mustermann", "Otto Normalverbraucher"],
    "fr": ["Jean Dupont", "Marie Dupont"],
    "es": ["Juan Pérez", "Fulano de Tal", "Mengano"],
    "it": ["Mario Rossi", "Tizio Caio"],
    "pt": ["Fulano de Tal", "João da Silva", "Beltrano"],
    "pl": ["Jan Kowalski"],
    "cs": ["Jan Novák"],
    "nl": ["Jan Jansen", "Piet Pietersen"],
    "fi": ["Matti Meikäläinen", "Maija Meikäläinen"],
    "sv": ["Sven Svensson"],
    "ru": ["Иван Иванов", "Иванов Иван Иванович"],
    "uk": ["Іван Петренко"],
    "ja": ["山田太郎", "山田花子"],
    "ko": ["홍길동"],
    "zh": ["张三", "李四", "王五"],
    "vi": ["Nguyễn Văn A", "Trần Thị B"],
    "he": ["ישראל ישראלי"],
    "ar": ["فلان الفلاني"],
    "tr": ["Falan Filan"],
    "ph": ["Juan dela Cruz"],
}
FICTIONAL = [
    "Sherlock Holmes",
    "Hermione Granger",
    "Frodo Baggins",
    "Lisbeth Salander",
    "Atticus Finch",
    "Walter White",
    "Elizabeth Bennet",
    "Don Quixote",
    "Anna Karenina",
    "Hercule Poirot",
    "Tony Stark",
    "Leslie Knope",
    "Arya Stark",
    "Naruto Uzumaki",
    "孙悟空",
]
HISTORICAL = [
    "Ada Lovelace",
    "Alan Turing",
    "Marie Curie",
    "Isaac Newton",
    "Murasaki Shikibu",
    "Ibn Sina",
    "Leonhard Euler",
    "Srinivasa Ramanujan",
    "Hypatia",
    "Nikola Tesla",
    "Grace Hopper",
    "Emmy Noether",
    "Al-Khwarizmi",
    "Sofia Kovalevskaya",
    "Zhang Heng",
]
EPONYM_PHRASES = [
    ("Levenshtein", " distance"),
    ("Dijkstra", "'s algorithm"),
    ("Kalman", " filter"),
    ("Bloom", " filter"),
    ("Huffman", " coding"),
    ("Markov", " chain"),
    ("Hamming", " distance"),
    ("Jaccard", " index"),
    ("Bézier", " curve"),
    ("Kruskal", "'s algorithm"),
    ("Fourier", " transform"),
    ("Boyer-Moore", " search"),
    ("Knuth-Morris-Pratt", " matching"),
    ("Fibonacci", " heap"),
    ("Bellman-Ford", " algorithm"),
    ("Gaussian", " blur"),
    ("Pareto", " front"),
    ("Floyd-Warshall", " algorithm"),
    ("Nash", " equilibrium"),
    ("Laplace", " smoothing"),
]
ORG_NAMES = [
    "Wells Fargo",
    "Morgan Stanley",
    "Goldman Sachs",
    "Procter & Gamble",
    "Johnson & Johnson",
    "Ernst & Young",
    "Hewlett-Packard",
    "Marks & Spencer",
    "Louis Vuitton",
    "Mercedes-Benz",
    "Charles Schwab",
    "Ben & Jerry's",
    "Dow Jones",
    "Bosch",
    "Ferrari",
    "Tommy Hilfiger",
    "Siemens",
    "Philips",
    "Estée Lauder",
    "McKinsey",
]
PLACE_NAMES = [
    "Lincoln Park",
    "Port Elizabeth",
    "Victoria Station",
    "Charlotte",
    "Jefferson City",
    "Alexandria",
    "Adelaide",
    "Florence",
    "Georgetown",
    "San José",
    "Washington",
    "St. Louis",
    "Bolívar",
    "Marysville",
]
PRODUCT_NAMES = [
    "Jenkins",
    "Django",
    "Hugo",
    "Alexa",
    "Siri",
    "Cortana",
    "Watson",
    "Jarvis",
    "Claude",
    "Hudson",
    "Gemini",
    "Ansible",
]
TEMPLATE_NAME_VARS = [
    "{{first_name}}",
    "{{ customer.name }}",
    "%FIRST_NAME%",
    "${user.fullName}",
    "<NAME>",
    "{name}",
    "$CUSTOMER_NAME",
    "[[recipient]]",
]
REDACTIONS = ["[NAME]", "[REDACTED]", "<PERSON>", "[PERSON_1]", "█████", "***", "<redacted>", "[CUSTOMER]"]


def name_item(p: bool, nm: Name | None = None, form: str = "full", q: float = 0.93, lang: str = "en") -> Item:
    """PERSON span if p (with prob q); otherwise a placeholder-ish look-alike."""
    if p and chance(q):
        nm = nm or person()
        return S("PERSON", nm.form(form))
    return name_fake(lang, form)


def name_fake(lang: str = "en", form: str = "full") -> Item:
    r = RNG.random()
    if r < 0.62 and form not in ("given", "family"):
        return L("placeholder_name", c(PLACEHOLDER_NAMES.get(lang, PLACEHOLDER_NAMES["en"])))
    if r < 0.84:
        return L("template_variable", c(TEMPLATE_NAME_VARS))
    return L("redaction_token", c(REDACTIONS))


# ----------------------------------------------------------------------------------------------------------
# email
# ----------------------------------------------------------------------------------------------------------
FREEMAIL = {
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
    "ko": ["naver.com", "daum.net"],
    "zh": ["qq.com", "163.com", "126.com"],
    "ru": ["yandex.ru", "mail.ru"],
    "uk": ["ukr.net", "gmail.com"],
    "in": ["rediffmail.com", "gmail.com"],
    "hi": ["rediffmail.com", "gmail.com"],
    "pt": ["uol.com.br", "sapo.pt"],
    "it": ["libero.it", "virgilio.it"],
    "pl": ["wp.pl", "onet.pl", "interia.pl"],
    "cs": ["seznam.cz", "centrum.cz"],
    "tr": ["hotmail.com.tr", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl"],
    "es": ["hotmail.es", "yahoo.es"],
    "sv": ["telia.com", "gmail.com"],
    "fi": ["elisanet.fi", "gmail.com"],
    "el": ["otenet.gr", "yahoo.gr"],
    "vi": ["gmail.com", "yahoo.com.vn"],
    "id": ["yahoo.co.id", "gmail.com"],
    "th": ["hotmail.co.th", "gmail.com"],
}
GENERIC_MAIL = [
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "proton.me",
    "yahoo.com",
    "fastmail.com",
    "hey.com",
    "aol.com",
    "live.co.uk",
    "btinternet.com",
    "bigpond.com",
]
COMPANIES = [
    "brightharbor.io",
    "kestrelpay.com",
    "tallgrass-health.org",
    "meridianfreight.co.uk",
    "fjordline-data.no",
    "quillstack.dev",
    "orbitalcare.de",
    "lumenbank.fr",
    "sakuratech.co.jp",
    "hanbit-soft.co.kr",
    "mapleleafinsure.ca",
    "koalacloud.com.au",
    "andes-retail.cl",
    "nilebyte.com.eg",
    "sahel-energy.sn",
    "tulip-analytics.nl",
    "vistula-log.pl",
    "bosporus-tech.com.tr",
    "gangesmed.in",
    "lotusfin.vn",
    "acmecorp-internal.net",
    "ravenwood.ai",
    "bluefin-labs.se",
    "pampas.com.ar",
]
ROLE_LOCALS = [
    "support",
    "noreply",
    "no-reply",
    "billing",
    "security",
    "info",
    "postmaster",
    "abuse",
    "hr",
    "careers",
    "sales",
    "helpdesk",
    "notifications",
    "donotreply",
    "team",
    "privacy",
    "invoices",
]
RESERVED_MAIL = [
    "user@example.com",
    "jane@example.org",
    "test@example.net",
    "foo@bar.test",
    "admin@localhost",
    "someone@example.com",
    "alice@example.com",
    "bob@example.org",
    "you@yourdomain.example",
    "qa+1@test.invalid",
    "me@example.co",
    "your.name@example.com",
    "demo@example.com",
]


def email_for(nm: Name | None = None, work: bool | None = None) -> str:
    nm = nm or person()
    if work is None:
        work = chance(0.4)
    if nm.culture == "zh" and chance(0.3) and not work:
        return f"{ri(10000000, 3999999999)}@qq.com"
    local = nm.handle()
    if chance(0.12):
        local += "+" + c(["shop", "news", "work", "ml", "2024", "bank"])
    dom = c(COMPANIES) if work else c(FREEMAIL.get(nm.culture, GENERIC_MAIL) + GENERIC_MAIL[:3])
    e = f"{local}@{dom}"
    if chance(0.05):
        e = e[0].upper() + e[1:]
    return e


def email_item(p: bool, nm: Name | None = None, q: float = 0.92, work: bool | None = None) -> Item:
    if p and chance(q):
        return S("EMAIL_ADDRESS", email_for(nm, work))
    return email_fake()


def email_fake() -> Item:
    r = RNG.random()
    if r < 0.35:
        return L("reserved_domain_email", c(RESERVED_MAIL))
    if r < 0.65:
        return L("role_email", f"{c(ROLE_LOCALS)}@{c(COMPANIES)}")
    if r < 0.8:
        nm = person(latin=True)
        h = nm.handle()
        return L(
            "masked_email",
            f"{h[0]}{c(['***', '•••', '****', '*****'])}{h[-1] if chance(0.5) else ''}@{c(GENERIC_MAIL)}",
        )
    if r < 0.9:
        return L(
            "service_account_email",
            c(
                [
                    f"ci-runner@{c(['prod', 'ml', 'data'])}-{ri(100000, 999999)}.iam.gserviceaccount.com",
                    f"{ri(100000000000, 999999999999)}-compute@developer.gserviceaccount.com",
                    f"{ri(10000000, 99999999)}+dependabot[bot]@users.noreply.github.com",
                    "github-actions[bot]@users.noreply.github.com",
                ]
            ),
        )
    return L("template_variable", c(["{{ user.email }}", "%EMAIL%", "<email>", "${EMAIL}", "{{contact_email}}"]))


# ----------------------------------------------------------------------------------------------------------
# phone
# ----------------------------------------------------------------------------------------------------------
PHONE_FMT: dict[str, list[str]] = {
    "GB": [
        "+44 7NDD DDDDDD",
        "07NDD DDDDDD",
        "+44 (0)7NDD DDDDDD",
        "+44 20 3DDD DDDD",
        "+447NDDDDDDDD",
        "0161 DDD DDDD",
    ],
    "DE": [
        "+49 151 DDDDDDDD",
        "+49 30 DDDDDDDD",
        "0171 DDDDDDD",
        "+49 (0)89 DDDDDDD",
        "+49 176-DDDD DDDD",
        "0221 DDDDDDD",
    ],
    "FR": ["+33 6 DD DD DD DD", "06 DD DD DD DD", "+33 1 DD DD DD DD", "+33 (0)7 DD DD DD DD", "07.DD.DD.DD.DD"],
    "ES": ["+34 6DD DDD DDD", "+34 91 DDD DD DD", "6DD DD DD DD"],
    "IT": ["+39 3DD DDD DDDD", "+39 02 DDDD DDDD", "3DD DDDDDDD"],
    "NL": ["+31 6 DDDDDDDD", "06-DDDDDDDD", "+31 (0)20 DDD DDDD"],
    "BE": ["+32 4DD DD DD DD"],
    "CH": ["+41 79 DDD DD DD", "+41 44 DDD DD DD", "079 DDD DD DD"],
    "AT": ["+43 664 DDDDDDD", "+43 1 DDDDDDD"],
    "PL": ["+48 5DD DDD DDD", "+48 6DD-DDD-DDD", "7DD DDD DDD"],
    "CZ": ["+420 6DD DDD DDD", "+420 7DD DDD DDD"],
    "SE": ["+46 7D-DDD DD DD", "07D-DDD DD DD", "+46 8 DDD DDD DD"],
    "NO": ["+47 9DD DD DDD", "+47 4DD DD DDD"],
    "DK": ["+45 2D DD DD DD"],
    "FI": ["+358 40 DDD DDDD", "040 DDD DDDD", "+358 50 DDDDDDD"],
    "HU": ["+36 30 DDD DDDD", "+36 20 DDD DDDD"],
    "TR": ["+90 5DD DDD DD DD", "0 (5DD) DDD DD DD", "05DD DDD DD DD"],
    "RU": ["+7 9DD DDD-DD-DD", "8 (9DD) DDD-DD-DD", "+7 (495) DDD-DD-DD"],
    "UA": ["+380 67 DDD DD DD", "+380 50 DDD DD DD", "+380 93 DDD-DD-DD", "067 DDD DD DD"],
    "GR": ["+30 69D DDD DDDD", "+30 21D DDD DDDD"],
    "AE": ["+971 5D DDD DDDD", "+971-50-DDD-DDDD", "05D DDD DDDD"],
    "SA": ["+966 5D DDD DDDD", "05D DDD DDDD"],
    "EG": ["+20 10 DDDD DDDD", "+20 12 DDDD DDDD", "010 DDDD DDDD"],
    "IL": ["+972 5D-DDD-DDDD", "05D-DDD-DDDD", "+972 3-DDD-DDDD"],
    "IN": ["+91 9DDDD DDDDD", "+91-98DDDDDDDD", "+91 7DDDD DDDDD", "098DDDDDDDD", "+91 80 DDDD DDDD"],
    "PK": ["+92 3DD DDDDDDD"],
    "BD": ["+880 17DD-DDDDDD"],
    "CN": ["+86 13D DDDD DDDD", "+86 138-DDDD-DDDD", "18D DDDD DDDD", "+86 10 DDDD DDDD"],
    "HK": ["+852 9DDD DDDD", "+852 6DDD DDDD"],
    "TW": ["+886 9DD DDD DDD"],
    "JP": ["+81 90-DDDD-DDDD", "090-DDDD-DDDD", "+81 3-DDDD-DDDD", "080-DDDD-DDDD", "+81 6 DDDD DDDD"],
    "KR": ["+82 10-DDDD-DDDD", "010-DDDD-DDDD", "+82 2-DDDD-DDDD"],
    "VN": ["+84 9D DDD DD DD", "09D DDD DDDD", "+84 3D DDD DDDD"],
    "TH": ["+66 8D DDD DDDD", "08D-DDD-DDDD", "+66 2 DDD DDDD"],
    "ID": ["+62 81D-DDDD-DDDD", "0812 DDDD DDDD", "+62 21 DDDD DDDD"],
    "MY": ["+60 12-DDD DDDD"],
    "PH": ["+63 9DD DDD DDDD", "09DD DDD DDDD"],
    "SG": ["+65 9DDD DDDD", "+65 8DDD DDDD"],
    "AU": ["+61 4DD DDD DDD", "04DD DDD DDD", "+61 2 DDDD DDDD", "(03) DDDD DDDD"],
    "NZ": ["+64 21 DDD DDDD"],
    "BR": ["+55 11 9DDDD-DDDD", "(21) 9DDDD-DDDD", "+55 (31) 9DDDD DDDD", "+5511 9DDDDDDDD"],
    "MX": ["+52 55 DDDD DDDD", "+52 1 33 DDDD DDDD", "+52 (81) DDDD-DDDD"],
    "AR": ["+54 9 11 DDDD-DDDD", "+54 11 DDDD-DDDD"],
    "CL": ["+56 9 DDDD DDDD"],
    "CO": ["+57 3DD DDD DDDD"],
    "PE": ["+51 9DD DDD DDD"],
    "NG": ["+234 80D DDD DDDD", "0803 DDD DDDD", "+234 90D DDD DDDD"],
    "KE": ["+254 7DD DDD DDD", "07DD DDDDDD", "+254 11D DDD DDD"],
    "ZA": ["+27 8D DDD DDDD", "082 DDD DDDD", "+27 21 DDD DDDD"],
    "GH": ["+233 24 DDD DDDD"],
    "MA": ["+212 6DD-DDDDDD"],
    "IE": ["+353 8D DDD DDDD", "08D DDD DDDD"],
    "PT": ["+351 91D DDD DDD", "+351 21D DDD DDD"],
}
CULTURE_COUNTRY = {
    "en": ["US", "GB", "CA", "AU", "NZ", "IE"],
    "ie": ["IE"],
    "es": ["ES", "MX", "AR", "CO", "CL", "PE"],
    "pt": ["BR", "PT"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH"],
    "it": ["IT"],
    "nl": ["NL"],
    "pl": ["PL"],
    "cs": ["CZ"],
    "sv": ["SE"],
    "no": ["NO", "DK"],
    "fi": ["FI"],
    "hu": ["HU"],
    "tr": ["TR"],
    "ru": ["RU"],
    "uk": ["UA"],
    "el": ["GR"],
    "ar": ["AE", "SA", "EG", "MA"],
    "he": ["IL"],
    "fa": ["DE", "US", "CA"],
    "hi": ["IN"],
    "in": ["IN", "US", "SG"],
    "ta": ["IN"],
    "bn": ["BD"],
    "zh": ["CN", "HK", "TW", "SG"],
    "ja": ["JP"],
    "ko": ["KR"],
    "vi": ["VN"],
    "th": ["TH"],
    "id": ["ID", "MY"],
    "ng": ["NG", "GH"],
    "ke": ["KE", "ZA"],
    "ph": ["PH"],
}


def nanp() -> tuple[str, str, str]:
    while True:
        area = fill("NDD")
        exch = fill("NDD")
        if area[1:] != "11" and exch[1:] != "11" and exch != "555" and area[0] != "8" and area not in ("900",):
            return area, exch, digits(4)


def phone_for(country: str | None = None) -> str:
    cc = country or c(["US", "US", "CA", *PHONE_FMT])
    if cc in ("US", "CA"):
        if cc == "CA":
            a = c(["416", "604", "514", "403", "613", "902"])
            _, e, s = nanp()
        else:
            a, e, s = nanp()
        return c(
            [
                f"+1 ({a}) {e}-{s}",
                f"+1 {a}-{e}-{s}",
                f"({a}) {e}-{s}",
                f"{a}.{e}.{s}",
                f"+1{a}{e}{s}",
                f"{a}-{e}-{s}",
                f"1-{a}-{e}-{s}",
                f"+1 {a} {e} {s}",
            ]
        )
    while True:
        v = fill(c(PHONE_FMT[cc]))
        flat = re.sub(r"\D", "", v)
        if "07700900" in flat or "2079460" in flat or "0491570" in flat or "491570" in flat:
            continue
        return v


def phone_item(p: bool, country: str | None = None, q: float = 0.92) -> Item:
    if p and chance(q):
        return S("PHONE_NUMBER", phone_for(country))
    return phone_fake()


def phone_fake() -> Item:
    r = RNG.random()
    if r < 0.4:
        a = nanp()[0]
        return L(
            "fictional_phone",
            c(
                [
                    f"({a}) 555-01{digits(2)}",
                    f"+1 {a}-555-01{digits(2)}",
                    f"07700 900{digits(3)}",
                    f"+44 20 7946 0{digits(3)}",
                    f"0491 570 {c(['156', '157', '158', '159', '110', '313', '737'])}",
                    f"555-01{digits(2)}",
                ]
            ),
        )
    if r < 0.6:
        return L(
            "toll_free",
            c(
                [
                    f"1-800-{fill('NDD-DDDD')}",
                    f"1-888-{fill('NDD-DDDD')}",
                    f"0800 {fill('DDD DDDD')}",
                    f"0800-{fill('DDD')}-{fill('DDD')}",
                    f"0120-{fill('DDD-DDD')}",
                    f"+1 (877) {fill('NDD-DDDD')}",
                    f"0800 {fill('DD DD DD')}",
                ]
            ),
        )
    if r < 0.85:
        return L(
            "masked_phone",
            c(
                [
                    f"(***) ***-{digits(4)}",
                    f"+49 151 ****{digits(4)}",
                    f"+44 7*** ***{digits(3)}",
                    f"+33 6 ** ** ** {digits(2)}",
                    f"•••-•••-{digits(4)}",
                    f"+91 9XXXX X{digits(4)}",
                    f"***-****-{digits(4)}",
                ]
            ),
        )
    return L("template_variable", c(["{{phone}}", "%PHONE%", "<phone>", "{{ customer.phone_number }}", "$PHONE"]))


# ----------------------------------------------------------------------------------------------------------
# payment cards
# ----------------------------------------------------------------------------------------------------------
TEST_CARDS = [
    "4111111111111111",
    "4242424242424242",
    "5555555555554444",
    "378282246310005",
    "6011111111111117",
    "4000056655665556",
    "5105105105105100",
    "371449635398431",
    "3530111333300000",
    "4012888888881881",
    "30569309025904",
    "6200000000000005",
]


def card_digits(network: str | None = None) -> str:
    net = network or c(
        [
            "visa",
            "visa",
            "visa",
            "mastercard",
            "mastercard",
            "mc2",
            "amex",
            "discover",
            "jcb",
            "diners",
            "unionpay",
            "maestro",
        ]
    )
    if net == "visa":
        prefix, n = "4", c([16, 16, 16, 13, 19])
    elif net == "mastercard":
        prefix, n = str(ri(51, 55)), 16
    elif net == "mc2":
        prefix, n = str(ri(2221, 2720)), 16
    elif net == "amex":
        prefix, n = c(["34", "37"]), 15
    elif net == "discover":
        prefix, n = c(["6011", str(ri(644, 649)), "65"]), 16
    elif net == "jcb":
        prefix, n = str(ri(3528, 3589)), 16
    elif net == "diners":
        prefix, n = c(["36", str(ri(300, 305)), "38"]), 14
    elif net == "unionpay":
        prefix, n = "62" + c(["12", "22", "58", "84", "17"]), c([16, 16, 19])
    else:
        prefix, n = c(["6759", "5018", "5020", "6304"]), c([16, 19])
    while True:
        num = luhn_complete(prefix + digits(n - len(prefix) - 1))
        if num not in TEST_CARDS and card_network(num):
            return num


def card_format(num: str) -> str:
    n = len(num)
    sep = c([" ", " ", "-", "", " "])
    if n in (14, 15):
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, n, 4))


def card_item(p: bool, q: float = 0.9) -> Item:
    if p and chance(q):
        return S("CREDIT_CARD", card_format(card_digits()))
    return card_fake()


def card_fake() -> Item:
    r = RNG.random()
    if r < 0.35:
        return L("test_card", card_format(c(TEST_CARDS)))
    if r < 0.65:
        last = digits(4)
        return L(
            "masked_card",
            c(
                [
                    f"**** **** **** {last}",
                    f"XXXX-XXXX-XXXX-{last}",
                    f"•••• {last}",
                    f"{c(['4', '5'])}{digits(3)} **** **** {last}",
                    f"*{last}",
                    f"************{last}",
                    f"3782 ****** *{digits(4)}",
                ]
            ),
        )
    return L("non_luhn_digits", card_format(luhn_break(card_digits())))


# ----------------------------------------------------------------------------------------------------------
# IBAN
# ----------------------------------------------------------------------------------------------------------
EXAMPLE_IBANS = [
    "DE89 3704 0044 0532 0130 00",
    "GB82 WEST 1234 5698 7654 32",
    "FR14 2004 1010 0505 0001 3M02 606",
    "NL91 ABNA 0417 1643 00",
    "CH93 0076 2011 6238 5295 7",
    "GB29 NWBK 6016 1331 9268 19",
    "DE44 5001 0517 5407 3249 31",
    "ES91 2100 0418 4502 0005 1332",
    "IT60 X054 2811 1010 0000 0123 456",
    "BE68 5390 0754 7034",
]
CULTURE_IBAN = {
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "LU"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pl": ["PL"],
    "cs": ["CZ"],
    "sv": ["SE"],
    "no": ["NO", "DK"],
    "fi": ["FI"],
    "tr": ["TR"],
    "pt": ["PT", "BR"],
    "ar": ["SA", "AE"],
    "el": ["GR"],
    "ie": ["IE"],
    "en": ["GB", "IE"],
    "hu": ["HU"],
}


def iban_value(cc: str | None = None, spaced: bool | None = None) -> str:
    cc = cc or c(list(IBAN_SPEC))
    while True:
        v = iban_make(cc)
        if group4(v) not in EXAMPLE_IBANS:
            break
    if spaced is None:
        spaced = chance(0.55)
    return group4(v) if spaced else v


def iban_item(p: bool, cc: str | None = None, spaced: bool | None = None, q: float = 0.9) -> Item:
    if p and chance(q):
        return S("IBAN_CODE", iban_value(cc, spaced))
    return iban_fake(cc)


def iban_invalid(cc: str | None = None) -> str:
    v = iban_make(cc or c(list(IBAN_SPEC)))
    if chance(0.5):
        bad = (int(v[2:4]) + ri(1, 60)) % 97 + 2
        v = v[:2] + f"{bad:02d}" + v[4:]
    else:
        i = ri(4, len(v) - 1)
        while not v[i].isdigit():
            i = ri(4, len(v) - 1)
        v = v[:i] + str((int(v[i]) + ri(1, 9)) % 10) + v[i + 1 :]
    if iban_ok(v):
        return iban_invalid(cc)
    return group4(v) if chance(0.5) else v


def iban_fake(cc: str | None = None) -> Item:
    r = RNG.random()
    if r < 0.45:
        return L("invalid_iban", iban_invalid(cc))
    if r < 0.75:
        return L("example_iban", c(EXAMPLE_IBANS) if chance(0.6) else c(EXAMPLE_IBANS).replace(" ", ""))
    v = iban_value(cc, True)
    return L(
        "masked_iban",
        c(
            [
                v[:4] + " **** **** " + v[-4:],
                v[:2] + "** " + "**** " * 3 + v[-4:],
                "•" * 8 + v.replace(" ", "")[-4:],
                v[:7] + "XXXX XXXX XXXX XX",
            ]
        ),
    )


# ----------------------------------------------------------------------------------------------------------
# SSN
# ----------------------------------------------------------------------------------------------------------
def ssn_value(fmt: str | None = None) -> str:
    while True:
        area = ri(1, 899)
        if area == 666:
            continue
        d = f"{area:03d}{ri(1, 99):02d}{ri(1, 9999):04d}"
        if ssn_ok(d):
            break
    fmt = fmt or c(["-", "-", "-", "-", " ", ""])
    return f"{d[:3]}{fmt}{d[3:5]}{fmt}{d[5:]}"


def ssn_item(p: bool, fmt: str | None = None, q: float = 0.9) -> Item:
    if p and chance(q):
        return S("US_SSN", ssn_value(fmt))
    return ssn_fake()


def ssn_invalid() -> str:
    which = ri(0, 3)
    area = c(["000", "666", str(ri(900, 999))]) if which == 0 else f"{ri(1, 899):03d}"
    group = "00" if which == 1 else f"{ri(1, 99):02d}"
    serial = "0000" if which == 2 else f"{ri(1, 9999):04d}"
    if which == 3:
        area = c(["000", "666"])
    v = f"{area}-{group}-{serial}"
    assert not ssn_ok(v)
    return v


def ssn_fake() -> Item:
    r = RNG.random()
    if r < 0.45:
        return L("invalid_ssn", ssn_invalid())
    if r < 0.7:
        return L("placeholder_ssn", c(["123-45-6789", "000-00-0000", "078-05-1120", "219-09-9999", "999-99-9999"]))
    return L(
        "masked_ssn", c([f"XXX-XX-{digits(4)}", f"***-**-{digits(4)}", f"•••-••-{digits(4)}", f"xxx-xx-{digits(4)}"])
    )


# ----------------------------------------------------------------------------------------------------------
# IP addresses
# ----------------------------------------------------------------------------------------------------------
PUBLIC_RESOLVERS = [
    "8.8.8.8",
    "8.8.4.4",
    "1.1.1.1",
    "1.0.0.1",
    "9.9.9.9",
    "208.67.222.222",
    "149.112.112.112",
    "2001:4860:4860::8888",
    "2606:4700:4700::1111",
    "2620:fe::fe",
]
V6_PREFIXES = [
    "2a02:8108",
    "2a01:cb00",
    "2600:1700",
    "2601:647",
    "2406:3003",
    "2804:14c",
    "2405:201",
    "2a0d:5600",
    "2001:56a",
    "2a02:a45f",
    "2403:5800",
    "2c0f:f4c0",
    "2001:ee0",
    "2402:800",
    "2a00:23c5",
    "2003:e5",
]


def ipv4_public() -> str:
    while True:
        a = ri(1, 223)
        v = f"{a}.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}"
        if a not in (10, 127) and ip_is_host_global(v):
            return v


def ipv6_public() -> str:
    while True:
        pre = c(V6_PREFIXES)
        groups = pre.split(":")
        while len(groups) < 4:
            groups.append(f"{ri(0, 0xFFFF):x}")
        if chance(0.5):
            tail = [f"{ri(0, 0xFFFF):x}" for _ in range(4)]
        else:
            tail = ["0", "0", f"{ri(0, 0xFFFF):x}", f"{ri(1, 0xFFFF):x}"]
        addr = ipaddress.IPv6Address(":".join(groups + tail))
        v = addr.exploded if chance(0.15) else str(addr)
        if chance(0.08):
            v = v.upper()
        if ip_is_host_global(v):
            return v


def ip_value(v6: bool | None = None) -> str:
    if v6 is None:
        v6 = chance(0.3)
    return ipv6_public() if v6 else ipv4_public()


def ip_item(p: bool, v6: bool | None = None, q: float = 0.9) -> Item:
    if p and chance(q):
        return S("IP_ADDRESS", ip_value(v6))
    return ip_fake(v6)


def ip_fake(v6: bool | None = None) -> Item:
    if v6 is None:
        v6 = chance(0.25)
    if v6:
        r = RNG.random()
        if r < 0.3:
            return L("ipv6_doc", str(ipaddress.IPv6Address(f"2001:db8:{ri(0, 0xFFFF):x}::{ri(1, 0xFFFF):x}")))
        if r < 0.55:
            return L(
                "ipv6_ula",
                str(
                    ipaddress.IPv6Address(f"fd{ri(0, 255):02x}:{ri(0, 0xFFFF):x}:{ri(0, 0xFFFF):x}::{ri(1, 0xFFFF):x}")
                ),
            )
        if r < 0.8:
            return L("link_local_ip", f"fe80::{ri(0, 0xFFFF):x}:{ri(0, 0xFFFF):x}:{ri(0, 0xFFFF):x}:{ri(1, 0xFFFF):x}")
        if r < 0.9:
            return L("loopback_ip", "::1")
        return L("public_resolver", c(PUBLIC_RESOLVERS[7:]))
    r = RNG.random()
    if r < 0.38:
        return L(
            "private_ip",
            c(
                [
                    f"10.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}",
                    f"192.168.{ri(0, 255)}.{ri(1, 254)}",
                    f"172.{ri(16, 31)}.{ri(0, 255)}.{ri(1, 254)}",
                ]
            ),
        )
    if r < 0.58:
        return L("doc_ip", c([f"192.0.2.{ri(1, 254)}", f"198.51.100.{ri(1, 254)}", f"203.0.113.{ri(1, 254)}"]))
    if r < 0.68:
        return L("loopback_ip", c(["127.0.0.1", f"127.0.{ri(0, 1)}.{ri(1, 9)}"]))
    if r < 0.76:
        return L("cgnat_ip", f"100.{ri(64, 127)}.{ri(0, 255)}.{ri(1, 254)}")
    if r < 0.84:
        return L("link_local_ip", f"169.254.{ri(0, 255)}.{ri(1, 254)}")
    if r < 0.92:
        return L("public_resolver", c(PUBLIC_RESOLVERS[:7]))
    return L("multicast_ip", c(["224.0.0.251", "239.255.255.250", f"239.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}"]))


def mac() -> str:
    sep = c([":", ":", "-"])
    v = sep.join(f"{ri(0, 255):02x}" for _ in range(6))
    return v.upper() if chance(0.3) else v


# ----------------------------------------------------------------------------------------------------------
# API keys / tokens
# ----------------------------------------------------------------------------------------------------------
def _jwt() -> str:
    def b64u(b: bytes) -> str:
        return base64.urlsafe_b64encode(b).decode().rstrip("=")

    head = b64u(json.dumps({"alg": c(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    payload = {
        "sub": c([str(ri(10**8, 10**10)), rs(HEX, 24)]),
        "iat": ri(1_700_000_000, 1_760_000_000),
        "scope": c(["read write", "admin", "api", "offline_access"]),
    }
    payload["exp"] = payload["iat"] + 3600
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{rs(URLSAFE, c([43, 86]))}"


# provider: (env var name, generator)
KEYS: dict[str, tuple[str, Callable[[], str]]] = {
    "aws_id": ("AWS_ACCESS_KEY_ID", lambda: c(["AKIA", "AKIA", "ASIA"]) + rs(UP + "234567", 16)),
    "aws_secret": ("AWS_SECRET_ACCESS_KEY", lambda: rs(B64, 40)),
    "github": ("GITHUB_TOKEN", lambda: "ghp_" + rs(ALNUM, 36)),
    "github_fg": ("GH_PAT", lambda: "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59)),
    "github_oauth": ("GITHUB_OAUTH_TOKEN", lambda: c(["gho_", "ghs_", "ghu_"]) + rs(ALNUM, 36)),
    "gitlab": ("GITLAB_TOKEN", lambda: "glpat-" + rs(URLSAFE, 20)),
    "slack_bot": ("SLACK_BOT_TOKEN", lambda: f"xoxb-{digits(12)}-{digits(13)}-{rs(ALNUM, 24)}"),
    "slack_user": ("SLACK_USER_TOKEN", lambda: f"xoxp-{digits(12)}-{digits(12)}-{digits(13)}-{rs(HEX, 32)}"),
    "stripe": (
        "STRIPE_SECRET_KEY",
        lambda: c(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + rs(ALNUM, c([24, 99])),
    ),
    "google": ("GOOGLE_API_KEY", lambda: "AIza" + rs(URLSAFE, 35)),
    "gcp_oauth": ("GCP_ACCESS_TOKEN", lambda: "ya29." + rs(URLSAFE, ri(120, 180))),
    "openai": (
        "OPENAI_API_KEY",
        lambda: c(
            [
                "sk-proj-" + rs(URLSAFE, 74) + "T3BlbkFJ" + rs(URLSAFE, 74),
                "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20),
                "sk-svcacct-" + rs(URLSAFE, 64),
            ]
        ),
    ),
    "anthropic": ("ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + rs(URLSAFE, 93) + "AA"),
    "hf": ("HF_TOKEN", lambda: "hf_" + rs(UP + LOW, 34)),
    "npm": ("NPM_TOKEN", lambda: "npm_" + rs(ALNUM, 36)),
    "pypi": ("PYPI_TOKEN", lambda: "pypi-AgEIcHlwaS5vcmc" + rs(URLSAFE, ri(60, 140))),
    "sendgrid": ("SENDGRID_API_KEY", lambda: "SG." + rs(URLSAFE, 22) + "." + rs(URLSAFE, 43)),
    "twilio": ("TWILIO_API_KEY", lambda: "SK" + rs(HEX, 32)),
    "twilio_auth": ("TWILIO_AUTH_TOKEN", lambda: rs(HEX, 32)),
    "mailgun": ("MAILGUN_API_KEY", lambda: "key-" + rs(HEX, 32)),
    "digitalocean": ("DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + rs(HEX, 64)),
    "shopify": ("SHOPIFY_ACCESS_TOKEN", lambda: c(["shpat_", "shpss_", "shpca_"]) + rs(HEX, 32)),
    "telegram": ("TELEGRAM_BOT_TOKEN", lambda: f"{ri(10**9, 8 * 10**9)}:AA{rs(URLSAFE, 33)}"),
    "discord": ("DISCORD_TOKEN", lambda: rs("MNO", 1) + rs(ALNUM, 25) + "." + rs(URLSAFE, 6) + "." + rs(URLSAFE, 38)),
    "jwt": ("ACCESS_TOKEN", _jwt),
    "azure_storage": ("AZURE_STORAGE_KEY", lambda: rs(B64, 86) + "=="),
    "datadog": ("DD_API_KEY", lambda: rs(HEX, 32)),
    "vault": ("VAULT_TOKEN", lambda: "hvs." + rs(URLSAFE, 24) if chance(0.5) else "hvs.CAESI" + rs(URLSAFE, 86)),
    "databricks": ("DATABRICKS_TOKEN", lambda: "dapi" + rs(HEX, 32)),
    "atlassian": ("JIRA_API_TOKEN", lambda: "ATATT3xFfGF0" + rs(URLSAFE, 170) + "=" + rs(HEX.upper(), 8)),
    "linear": ("LINEAR_API_KEY", lambda: "lin_api_" + rs(ALNUM, 40)),
    "notion": ("NOTION_TOKEN", lambda: c(["secret_" + rs(ALNUM, 43), "ntn_" + rs(ALNUM, 46)])),
    "grafana": ("GRAFANA_TOKEN", lambda: "glsa_" + rs(ALNUM, 32) + "_" + rs(HEX, 8)),
    "newrelic": ("NEW_RELIC_API_KEY", lambda: "NRAK-" + rs(UP + DIG, 27)),
    "postman": ("POSTMAN_API_KEY", lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34)),
    "square": ("SQUARE_ACCESS_TOKEN", lambda: "EAAA" + rs(URLSAFE, 60)),
    "cloudflare": ("CLOUDFLARE_API_TOKEN", lambda: rs(URLSAFE, 40)),
    "mapbox": ("MAPBOX_SECRET_TOKEN", lambda: "sk.eyJ1Ijoi" + rs(URLSAFE, 40) + "." + rs(URLSAFE, 22)),
    "sentry_auth": ("SENTRY_AUTH_TOKEN", lambda: "sntrys_" + rs(URLSAFE, 60)),
    "doppler": ("DOPPLER_TOKEN", lambda: "dp.st.prd." + rs(ALNUM, 43)),
    "flyio": ("FLY_API_TOKEN", lambda: "fo1_" + rs(URLSAFE, 43)),
    "replicate": ("REPLICATE_API_TOKEN", lambda: "r8_" + rs(ALNUM, 37)),
    "groq": ("GROQ_API_KEY", lambda: "gsk_" + rs(ALNUM, 52)),
}
# keys whose shape alone is ambiguous (plain hex/base64): only used next to an explicit label
CONTEXT_ONLY_KEYS = ("aws_secret", "twilio_auth", "datadog", "cloudflare", "azure_storage")


def key_value(provider: str | None = None) -> tuple[str, str, str]:
    prov = provider or c([k for k in KEYS if k not in CONTEXT_ONLY_KEYS])
    var, fn = KEYS[prov]
    return prov, var, fn()


def key_item(p: bool, provider: str | None = None, q: float = 0.92) -> Item:
    if p and chance(q):
        return S("API_KEY", key_value(provider)[2])
    return key_fake(provider)


EXAMPLE_KEYS = [
    "AKIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "AKIAI44QH8DHBEXAMPLE",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    "xoxb-not-a-real-token-this-will-not-work",
    "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI",
]
PLACEHOLDER_KEYS = [
    "YOUR_API_KEY",
    "sk-...",
    "<your-token-here>",
    "REPLACE_ME",
    "changeme",
    "xxxxxxxxxxxxxxxx",
    "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
    "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "AKIAXXXXXXXXXXXXXXXX",
    "<API_KEY>",
    "your-secret-key",
    "hf_xxx",
    "TODO",
    "dummy-token",
    "sk-ant-xxxxx",
    "xoxb-your-token",
    "INSERT_KEY_HERE",
]


def key_fake(provider: str | None = None) -> Item:
    r = RNG.random()
    if r < 0.22:
        return L("example_key", c(EXAMPLE_KEYS))
    if r < 0.45:
        return L("placeholder_key", c(PLACEHOLDER_KEYS))
    if r < 0.68:
        _, _, v = key_value(provider if provider not in CONTEXT_ONLY_KEYS else None)
        pre = re.match(r"[A-Za-z]+[_\-.]?(?:[a-z]+_)?", v)
        head = pre.group(0) if pre and len(pre.group(0)) < 12 else v[:4]
        return L("masked_key", head + c(["****", "…", "***", "••••••", "*" * 20]) + v[-4:])
    if r < 0.82:
        return L("publishable_key", c(["pk_live_", "pk_test_"]) + rs(ALNUM, c([24, 99])))
    var = KEYS[provider][0] if provider else c([v for v, _ in KEYS.values()])
    return L(
        "env_reference",
        c(
            [
                f"${{{var}}}",
                f"${var}",
                f"${{{{ secrets.{var} }}}}",
                f"process.env.{var}",
                f'os.environ["{var}"]',
                f"%{var}%",
            ]
        ),
    )


# ----------------------------------------------------------------------------------------------------------
# other look-alikes (kind -> generator)
# ----------------------------------------------------------------------------------------------------------
def _non_luhn_digits(n: int) -> str:
    return luhn_break(digits(n))


def _uuid() -> str:
    h = list(rs(HEX, 32))
    h[12] = "4"
    h[16] = c("89ab")
    s = "".join(h)
    return f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:]}"


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _date() -> str:
    y, m, d = ri(2019, 2026), ri(1, 12), ri(1, 28)
    return c(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{MONTHS_LONG[m - 1]} {d}, {y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{y}年{m}月{d}日",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}{m:02d}{d:02d}",
        ]
    )


def _timestamp() -> str:
    y, mo, d, h, mi, s = ri(2023, 2026), ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59)
    return c(
        [
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ri(0, 999):03d}Z",
            f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
            f"{d:02d}/{MONTHS[mo - 1]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000",
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+02:00",
            f"{h:02d}:{mi:02d}:{s:02d}.{ri(0, 999999):06d}",
        ]
    )


def _dob() -> str:
    y, m, d = ri(1948, 2005), ri(1, 12), ri(1, 28)
    return c([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS_LONG[m - 1]} {d}, {y}", f"{d:02d}.{m:02d}.{y}"])


def _epoch() -> str:
    if chance(0.5):
        return str(ri(1_600_000_000, 1_790_000_000))
    return luhn_break(str(ri(1_600_000_000_000, 1_790_000_000_000)))


def _version() -> str:
    return c(
        [
            f"v{ri(0, 5)}.{ri(0, 30)}.{ri(0, 20)}",
            f"{ri(1, 4)}.{ri(0, 12)}.{ri(0, 9)}",
            f"{ri(1, 3)}.{ri(0, 9)}.{ri(0, 9)}-rc.{ri(1, 4)}",
            f"{ri(1, 10)}.{ri(0, 9)}.{ri(0, 9)}.{ri(0, 99)}",
            f"10.0.{ri(17000, 26100)}.{ri(100, 4000)}",
            f"^{ri(1, 18)}.{ri(0, 20)}.{ri(0, 9)}",
            f"{ri(2019, 2025)}.{ri(1, 12)}.{ri(0, 3)}",
            f"~={ri(1, 3)}.{ri(0, 9)}",
        ]
    )


def _isbn() -> str:
    while True:
        v = isbn13(c(["978", "979"]) + digits(9))
        if not luhn_ok(v):
            return c([v, f"{v[:3]}-{v[3]}-{v[4:8]}-{v[8:12]}-{v[12]}"])


def _ean() -> str:
    while True:
        v = isbn13(c(["400", "590", "871", "300", "450", "690", "761"]) + digits(9))
        if not luhn_ok(v):
            return v


def _imei() -> str:
    body = c(["35", "86", "01", "35"]) + digits(12)
    return luhn_complete(body)


def _order() -> str:
    return c(
        [
            f"ORD-{ri(2022, 2026)}-{digits(5)}",
            f"#{ri(100000, 9999999)}",
            f"{digits(3)}-{digits(7)}-{digits(7)}",
            f"SO{digits(8)}",
            f"{ri(10**9, 10**10 - 1)}",
            f"PO-{digits(6)}",
            f"A{digits(2)}-{digits(6)}",
        ]
    )


def _tracking() -> str:
    return c(
        [
            "1Z" + rs(UP + DIG, 6) + digits(10),
            f"{digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}",
            luhn_break(digits(12)),
            f"JD{digits(18)}",
            f"{digits(2)}{rs(UP, 2)}{digits(9)}{c(['DE', 'GB', 'CN', 'US'])}",
            rs(UP, 2) + digits(9) + "CN",
        ]
    )


LOOK: dict[str, Callable[[], str]] = {
    "order_number": _order,
    "invoice_number": lambda: c(
        [
            f"INV-{digits(6)}",
            f"RE-{ri(2022, 2026)}-{digits(4)}",
            f"FA{digits(8)}",
            f"{ri(2023, 2026)}/{digits(5)}",
            f"F-{digits(4)}-{digits(4)}",
        ]
    ),
    "tracking_number": _tracking,
    "version": _version,
    "git_sha": lambda: rs(HEX, c([7, 7, 8, 40, 12])),
    "sha256": lambda: rs(HEX, 64),
    "md5": lambda: rs(HEX, 32),
    "uuid": _uuid,
    "date": _date,
    "timestamp": _timestamp,
    "unix_epoch": _epoch,
    "port": lambda: str(c([22, 80, 443, 3000, 3306, 5432, 5672, 6379, 8000, 8080, 8443, 9090, 9200, 27017, 11434])),
    "isbn": _isbn,
    "ean_barcode": _ean,
    "imei": _imei,
    "ticket_id": lambda: c(
        [
            f"{c(['PAY', 'OPS', 'SEC', 'CS', 'INFRA', 'ML'])}-{ri(10, 9999)}",
            f"INC{digits(7)}",
            f"CS-{digits(6)}",
            f"#{ri(1000, 99999)}",
            f"CASE-{digits(8)}",
        ]
    ),
    "build_number": lambda: c(
        [f"build {ri(1000, 99999)}", f"{ri(2023, 2026)}{ri(1, 12):02d}{ri(1, 28):02d}.{ri(1, 9)}", f"#{ri(100, 9999)}"]
    ),
    "mac_address": mac,
    "oid": lambda: c(
        [
            "1.2.840.113549.1.1.11",
            "1.3.6.1.4.1." + str(ri(1000, 60000)),
            "2.5.4.3",
            "1.3.6.1.2.1.1.3.0",
            "2.16.840.1.101.3.4.2.1",
        ]
    ),
    "netmask": lambda: c(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.252.0", "255.0.0.0"]),
    "cidr_block": lambda: c(
        [
            f"10.{ri(0, 255)}.0.0/16",
            f"{ipv4_public().rsplit('.', 2)[0]}.0.0/{c([16, 20, 22])}",
            f"{ipv4_public().rsplit('.', 1)[0]}.0/24",
            "0.0.0.0/0",
            f"172.{ri(16, 31)}.0.0/12",
            f"2001:db8:{ri(1, 0xFFFF):x}::/48",
            "::/0",
        ]
    ),
    "unspecified_ip": lambda: c(["0.0.0.0", "255.255.255.255", "::"]),
    "object_id": lambda: (
        c(["cus_", "pi_", "ch_", "sub_", "evt_", "price_", "in_", "prod_", "acct_"]) + rs(ALNUM, c([14, 24]))
    ),
    "account_sid": lambda: "AC" + rs(HEX, 32),
    "arn": lambda: (
        f"arn:aws:{c(['iam', 's3', 'lambda', 'sqs', 'kms'])}:{c(['', 'eu-west-1', 'us-east-1'])}:"
        f"{digits(12)}:{c(['role/deploy', 'function:resize', 'key/' + _uuid(), 'queue/orders-dlq'])}"
    ),
    "request_id": lambda: c(["req_" + rs(ALNUM, 14), _uuid(), rs(HEX, 16), "Root=1-" + rs(HEX, 8) + "-" + rs(HEX, 24)]),
    "container_digest": lambda: "sha256:" + rs(HEX, 64),
    "integrity_hash": lambda: "sha512-" + rs(B64, 86) + "==",
    "ssh_fingerprint": lambda: "SHA256:" + rs(B64, 43),
    "base64_blob": lambda: "iVBORw0KGgoAAAANSUhEUgAA" + rs(B64, ri(30, 60)),
    "bic_code": lambda: c(
        [
            "DEUTDEFF",
            "COBADEFFXXX",
            "BNPAFRPP",
            "NWBKGB2L",
            "INGBNL2A",
            "UBSWCHZH80A",
            "BSCHESMM",
            "CHASUS33",
            "MIDLGB22",
            "RABONL2U",
            "NDEAFIHH",
            "BCITITMM",
        ]
    ),
    "vat_id": lambda: c(
        [
            f"DE{digits(9)}",
            f"FR{digits(11)}",
            f"GB{digits(9)}",
            f"NL{digits(9)}B01",
            f"ATU{digits(8)}",
            f"IT{digits(11)}",
            f"ESB{digits(8)}",
        ]
    ),
    "emergency_number": lambda: c(["911", "112", "999", "000", "110", "119", "100"]),
    "sku": lambda: c([f"{ri(100, 899)}-{ri(10, 99)}-{ri(1000, 9999)}", f"SKU-{digits(6)}", f"{rs(UP, 3)}-{digits(5)}"]),
    "git_ssh_remote": lambda: (
        f"git@{c(['github.com', 'gitlab.com', 'bitbucket.org'])}:{c(['acme', 'platform', 'ml-team'])}/"
        f"{c(['api', 'billing-service', 'infra', 'web'])}.git"
    ),
    "shell_prompt": lambda: (
        f"{c(['deploy', 'ubuntu', 'root', 'ec2-user', 'admin', 'pi'])}@"
        f"{c(['web-01', 'ip-10-0-3-17', 'build-agent', 'raspberrypi', 'db-primary'])}"
    ),
    "package_scope": lambda: c(
        [
            "@angular/core",
            "@types/node",
            "@aws-sdk/client-s3",
            "@vercel/og",
            "@tanstack/query",
            "@nestjs/common",
            "@babel/core",
        ]
    ),
    "price": lambda: c(
        [
            f"${ri(1, 2999)}.{ri(0, 99):02d}",
            f"€{ri(1, 999)},{ri(0, 99):02d}",
            f"{ri(1000, 99999):,} JPY",
            f"£{ri(1, 500)}.{ri(0, 99):02d}",
        ]
    ),
    "coordinates": lambda: f"{ri(-60, 70)}.{digits(4)}, {ri(-179, 179)}.{digits(4)}",
    "postal_code": lambda: c(
        [f"{digits(5)}-{digits(4)}", f"{digits(5)}", f"SW1A {ri(1, 9)}{rs(UP, 2)}", f"{digits(3)}-{digits(4)}"]
    ),
    "duration": lambda: c([f"{ri(1, 9999)} ms", f"{ri(1, 59)}m{ri(0, 59)}s", f"{ri(0, 99)}.{digits(3)}s"]),
    "hex_color": lambda: "#" + rs(HEX, 6),
    "long_number": lambda: _non_luhn_digits(c([13, 14, 16, 18])),
}


def look(kind: str) -> tuple[str, str, str]:
    while True:
        v = LOOK[kind]()
        flat = re.sub(r"[ -]", "", v)
        if kind == "imei" or not (flat.isdigit() and 13 <= len(flat) <= 19 and luhn_ok(flat)):
            return L(kind, v)


def eponym() -> list[Item]:
    name, rest = c(EPONYM_PHRASES)
    return [L("eponym", name), rest]


# ----------------------------------------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------------------------------------
TEMPLATES: list[tuple[str, Callable[[bool], Doc], str]] = []


def tpl(name: str, mode: str = "both", weight: int = 1) -> Callable[[Callable[[bool], Doc]], Callable[[bool], Doc]]:
    def deco(fn: Callable[[bool], Doc]) -> Callable[[bool], Doc]:
        for _ in range(weight):
            TEMPLATES.append((name, fn, mode))
        return fn

    return deco


N = name_item
E = email_item
PH = phone_item
CC = card_item
IB = iban_item
SS = ssn_item
IP = ip_item
K = key_item
LK = look
GREET = ["Hi", "Hello", "Hey", "Good morning", "Hi there,", "Dear support,"]


PERSONLIKE_CITIES = ("Austin", "San José", "São Paulo", "Charlotte")


def city(names: list[str]) -> Item:
    """A city; the ones named after (or identical to) a person's name are place_name look-alikes."""
    v = c(names)
    return L("place_name", v) if v in PERSONLIKE_CITIES else v


def country_of(nm: Name) -> str:
    return c(CULTURE_COUNTRY.get(nm.culture, ["US"]))


def sig(p: bool, nm: Name) -> list[Item]:
    style = ri(0, 3)
    if style == 0:
        return ["\n\n", c(["Best", "Thanks", "Cheers", "Regards", "Kind regards"]), ",\n", N(p, nm, "given")]
    if style == 1:
        return [
            "\n\n-- \n",
            N(p, nm),
            "\n",
            c(["Account Manager", "Senior Engineer", "Office Manager", "CFO", "Nurse"]),
            "\n",
            PH(p, country_of(nm)),
        ]
    if style == 2:
        return ["\n\n— ", N(p, nm, "initial" if chance(0.5) else "full")]
    return ["\n\nThanks!\n", N(p, nm), " | ", E(p, nm), " | ", PH(p, country_of(nm))]


@tpl("support_refund", weight=2)
def t_support_refund(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "⟦g⟧ this is ⟦n⟧. Order ⟦o⟧ was charged twice on my card ⟦cc⟧ (⟦dt⟧). Can you refund one?",
        g=c(GREET),
        n=N(p, nm),
        o=LK("order_number"),
        cc=CC(p),
        dt=LK("date"),
    )
    if chance(0.6):
        d.put(" Call me on ⟦ph⟧ if you need anything.", ph=PH(p, country_of(nm)))
    return d


@tpl("support_login_locked", weight=2)
def t_login(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "I can't log in since ⟦dt⟧. My account email is ⟦e⟧ and the 2FA codes go to ⟦ph⟧, which I no longer have."
        '\nError shown: "ERR_AUTH ⟦rid⟧"',
        dt=LK("date"),
        e=E(p, nm),
        ph=PH(p, country_of(nm)),
        rid=LK("request_id"),
    )
    if chance(0.5):
        d.put("\nName on the account: ⟦n⟧", n=N(p, nm))
    return d


@tpl("assistant_confirm_update")
def t_confirm(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "Thanks, ⟦n⟧! I've updated the contact number on file to ⟦ph⟧ and sent a confirmation to ⟦e⟧. "
        "Your ticket is ⟦tk⟧; expect a reply within 24 hours.",
        n=N(p, nm, "given"),
        ph=PH(p, country_of(nm)),
        e=E(p, nm),
        tk=LK("ticket_id"),
    )
    return d


@tpl("bank_transfer_question", weight=3)
def t_bank(p: bool) -> Doc:
    d, nm = Doc(), person(c(list(CULTURE_IBAN)))
    cc = c(CULTURE_IBAN[nm.culture])
    d.put(
        "How do I send €⟦amt⟧ to ⟦n⟧? They gave me IBAN ⟦ib⟧ and BIC ⟦bic⟧. Reference should be ⟦inv⟧.",
        amt=str(ri(20, 4000)),
        n=N(p, nm),
        ib=IB(p, cc),
        bic=LK("bic_code"),
        inv=LK("invoice_number"),
    )
    if chance(0.4):
        d.put(" My own account is ⟦ib2⟧ if that matters.", ib2=IB(p))
    return d


@tpl("w2_form_fill", weight=3)
def t_w2(p: bool) -> Doc:
    d, nm = Doc(), person(c(["en", "es", "in", "zh", "ko", "ng", "ph", "vi"]), latin=True)
    d.put(
        "Fill in the W-4 for me:\nEmployee name: ⟦n⟧\nSSN: ⟦s⟧\nAddress: ⟦num⟧ Elm St, Apt 4\nDate of birth: ⟦dob⟧\n"
        "Employer EIN: ⟦ein⟧\nPhone: ⟦ph⟧",
        n=N(p, nm, c(["full", "formal", "upper"])),
        s=SS(p),
        num=str(ri(10, 9999)),
        dob=L("date", _dob()),
        ein=L("ein", f"{digits(2)}-{digits(7)}"),
        ph=PH(p, "US"),
    )
    return d


@tpl("payroll_ssn_fix", weight=2)
def t_payroll(p: bool) -> Doc:
    d = Doc()
    nm = person(latin=True)
    d.put(
        "Payroll entered ⟦n⟧'s SSN as ⟦bad⟧ which can't be right (the system rejects it). The correct one is ⟦s⟧ — "
        "please fix before the run on ⟦dt⟧.",
        n=N(p, nm),
        bad=L("invalid_ssn", ssn_invalid()),
        s=SS(p),
        dt=LK("date"),
    )
    return d


@tpl("security_login_alert", weight=2)
def t_sec_alert(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put("[ALERT] Impossible travel for ⟦e⟧\n", e=E(p, nm, work=True))
    for _ in range(ri(2, 4)):
        d.put(
            "  ⟦ts⟧  login ok  src=⟦ip⟧  ua=Mozilla/5.0  session=⟦sid⟧\n", ts=LK("timestamp"), ip=IP(p), sid=LK("uuid")
        )
    d.put("Owner: ⟦n⟧. Internal gateway ⟦gw⟧ saw no VPN session.", n=N(p, nm), gw=ip_fake(False))
    return d


@tpl("dotenv_paste", weight=3)
def t_dotenv(p: bool) -> Doc:
    d = Doc()
    d.t(c(["here's my .env, why does the SDK still say unauthorized?\n", "```\n", "# .env.production\n", ""]))
    provs = RNG.sample([k for k in KEYS if k != "jwt"], ri(2, 4))
    for pr in provs:
        var = KEYS[pr][0]
        q = c(["", '"', "'"])
        d.put(f"⟦v⟧={q}⟦k⟧{q}\n", v=var, k=K(p, pr, 0.8))
    d.put("DATABASE_HOST=⟦h⟧\nPORT=⟦port⟧\nAPP_VERSION=⟦ver⟧\n", h=ip_fake(False), port=LK("port"), ver=LK("version"))
    if chance(0.5):
        d.put("# old one from the docs: ⟦ex⟧\n", ex=L("example_key", c(EXAMPLE_KEYS)))
    if chance(0.4):
        d.put("SUPPORT_EMAIL=⟦r⟧\n", r=L("role_email", f"{c(ROLE_LOCALS)}@{c(COMPANIES)}"))
    return d


@tpl("yaml_config", weight=2)
def t_yaml(p: bool) -> Doc:
    d = Doc()
    d.put(
        '```yaml\nservice:\n  name: billing-api\n  version: "⟦ver⟧"\n  listen: ⟦lip⟧:⟦port⟧\nupstream:\n'
        "  host: ⟦up⟧\n  timeout: ⟦dur⟧\nsecrets:\n  stripe_key: ⟦k1⟧\n  sendgrid: ⟦k2⟧\nalerts:\n  email: ⟦e⟧\n"
        '  oncall_phone: "⟦ph⟧"\n```\nWhy does the service crash on start?',
        ver=LK("version"),
        lip=L("unspecified_ip", "0.0.0.0"),
        port=LK("port"),
        up=IP(p),
        dur=LK("duration"),
        k1=K(p, "stripe"),
        k2=K(p, "sendgrid"),
        e=E(p, work=True),
        ph=PH(p),
    )
    return d


@tpl("json_customer_payload", weight=2)
def t_json_cust(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        '{\n  "customer_id": "⟦cid⟧",\n  "name": "⟦n⟧",\n  "email": "⟦e⟧",\n  "phone": "⟦ph⟧",\n  '
        '"created_at": "⟦ts⟧",\n  "last_ip": "⟦ip⟧",\n  "plan": "pro",\n  "card_last4": "⟦l4⟧"\n}\n'
        "Convert this to a Pydantic model please.",
        cid=LK("object_id"),
        n=N(p, nm),
        e=E(p, nm),
        ph=PH(p, country_of(nm)),
        ts=LK("timestamp"),
        ip=IP(p),
        l4=digits(4),
    )
    return d


@tpl("csv_export", weight=3)
def t_csv(p: bool) -> Doc:
    d = Doc()
    cols = c(
        [
            ("name", "email", "phone", "country"),
            ("id", "full_name", "email", "signup_date"),
            ("customer", "phone", "iban", "amount"),
        ]
    )
    d.t(c(["Dedupe these rows:\n", "```csv\n", "Can you normalise the phone column?\n", ""]))
    d.t(",".join(cols) + "\n")
    for _ in range(ri(3, 6)):
        nm = person()
        row: list[Item] = []
        for col in cols:
            if col in ("name", "full_name", "customer"):
                v: Item = N(p, nm, c(["full", "full", "formal"]))
                if isinstance(v, tuple) and "," in v[2]:
                    v = ['"', v, '"']
            elif col == "email":
                v = E(p, nm)
            elif col == "phone":
                v = PH(p, country_of(nm))
            elif col == "country":
                v = country_of(nm)
            elif col == "iban":
                v = IB(p, c(CULTURE_IBAN.get(nm.culture, ["DE", "FR", "NL"])), spaced=False)
            elif col == "signup_date":
                v = LK("date")
            elif col == "amount":
                v = f"{ri(5, 9000)}.{ri(0, 99):02d}"
            else:
                v = str(ri(1000, 99999))
            row.append(v)
            row.append(",")
        d.add(row[:-1])
        d.t("\n")
    return d


@tpl("python_traceback", weight=2)
def t_traceback(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Traceback (most recent call last):\n"
        '  File "/srv/app/venv/lib/python3.11/site-packages/httpx/_client.py", line ⟦ln⟧, in send\n'
        "    response = self._send_handling_auth(\n"
        '  File "/srv/app/clients/payments.py", line ⟦ln2⟧, in charge\n'
        '    raise PaymentError(f"declined for {card}")\n'
        "payments.PaymentError: declined for ⟦cc⟧ "
        "(customer ⟦e⟧, request ⟦rid⟧)\n",
        ln=str(ri(100, 1900)),
        ln2=str(ri(10, 400)),
        cc=CC(p),
        e=E(p),
        rid=LK("request_id"),
    )
    if chance(0.5):
        d.put("\nThe same key ⟦k⟧ works locally with version ⟦v⟧.", k=K(p, "stripe"), v=LK("version"))
    return d


@tpl("nginx_access_log", weight=2)
def t_nginx(p: bool) -> Doc:
    d = Doc()
    d.t(c(["Why so many 499s? ", "", "Parse these into JSON:\n", "```\n"]))
    for _ in range(ri(3, 6)):
        d.put(
            '⟦ip⟧ - - [⟦ts⟧] "GET /api/v2/orders/⟦o⟧ HTTP/1.1" ⟦st⟧ ⟦b⟧ "-" "okhttp/4.12.0" rt=⟦rt⟧\n',
            ip=IP(p, chance(0.2), 0.7),
            ts=L("timestamp", _timestamp_clf()),
            o=str(ri(10000, 999999)),
            st=c(["200", "499", "502", "304"]),
            b=str(ri(0, 90000)),
            rt=f"0.{digits(3)}",
        )
    return d


def _timestamp_clf() -> str:
    return f"{ri(1, 28):02d}/{c(MONTHS)}/{ri(2023, 2026)}:{ri(0, 23):02d}:{ri(0, 59):02d}:{ri(0, 59):02d} +0000"


@tpl("json_app_log", weight=2)
def t_jsonlog(p: bool) -> Doc:
    d = Doc()
    for _ in range(ri(2, 4)):
        d.put(
            '{"ts":"⟦ts⟧","level":"⟦lv⟧","trace_id":"⟦tid⟧","user":"⟦u⟧","client_ip":"⟦ip⟧","msg":"⟦m⟧"}\n',
            ts=LK("timestamp"),
            lv=c(["INFO", "WARN", "ERROR"]),
            tid=LK("md5"),
            u=E(p, q=0.7),
            ip=IP(p, q=0.6),
            m=c(["password reset sent", "login failed", "token refreshed", "export finished"]),
        )
    return d


@tpl("sql_insert")
def t_sql(p: bool) -> Doc:
    d = Doc()
    d.t("INSERT INTO customers (id, full_name, email, phone, ssn, created_at) VALUES\n")
    n = ri(2, 4)
    for i in range(n):
        nm = person(latin=chance(0.7))
        d.put(
            "  (⟦id⟧, '⟦n⟧', '⟦e⟧', '⟦ph⟧', '⟦s⟧', '⟦ts⟧')",
            id=str(ri(1, 99999)),
            n=N(p, nm),
            e=E(p, nm),
            ph=PH(p, country_of(nm)),
            s=SS(p, "-"),
            ts=LK("timestamp"),
        )
        d.t(",\n" if i < n - 1 else ";\n")
    d.t("-- getting ERROR 1062 duplicate entry, why?")
    return d


@tpl("curl_bearer", weight=2)
def t_curl(p: bool) -> Doc:
    d = Doc()
    prov = c(["openai", "anthropic", "github", "jwt", "gitlab", "hf", "groq", "replicate", "linear"])
    host = {
        "openai": "api.openai.com/v1/models",
        "anthropic": "api.anthropic.com/v1/messages",
        "github": "api.github.com/user/repos",
        "jwt": "api.kestrelpay.com/v1/me",
        "gitlab": "gitlab.com/api/v4/projects",
        "hf": "huggingface.co/api/whoami-v2",
        "groq": "api.groq.com/openai/v1/models",
        "replicate": "api.replicate.com/v1/predictions",
        "linear": "api.linear.app/graphql",
    }[prov]
    d.put(
        '```bash\ncurl -sS https://⟦h⟧ \\\n  -H "Authorization: Bearer ⟦k⟧" \\\n  -H "X-Request-Id: ⟦rid⟧"\n```\n'
        "returns 401, what am I missing?",
        h=host,
        k=K(p, prov),
        rid=LK("uuid"),
    )
    return d


@tpl("git_diff_secret")
def t_gitdiff(p: bool) -> Doc:
    d = Doc()
    pr = c(["aws_id", "slack_bot", "npm", "digitalocean", "shopify", "postman", "mailgun"])
    d.put(
        "diff --git a/config/settings.py b/config/settings.py\nindex ⟦a⟧..⟦b⟧ 100644\n--- a/config/settings.py\n"
        '+++ b/config/settings.py\n@@ -12,7 +12,7 @@\n-⟦v⟧ = os.environ.get("⟦v⟧")\n+⟦v⟧ = "⟦k⟧"\n'
        " TIMEOUT = 30\n\nis this diff safe to merge?",
        a=L("git_sha", rs(HEX, 7)),
        b=L("git_sha", rs(HEX, 7)),
        v=KEYS[pr][0],
        k=K(p, pr),
    )
    return d


@tpl("meeting_notes", weight=3)
def t_meeting(p: bool) -> Doc:
    d = Doc()
    people = [person() for _ in range(ri(2, 5))]
    d.put("Meeting notes — ⟦dt⟧\nAttendees: ", dt=LK("date"))
    for i, nm in enumerate(people):
        d.add(N(p, nm, c(["full", "full", "given"])))
        d.t(", " if i < len(people) - 2 else (" and " if i == len(people) - 2 else "\n"))
    d.t("\nAction items:\n")
    for nm in people[: ri(1, len(people))]:
        d.put(
            "- ⟦n⟧ to ⟦act⟧ by ⟦dt⟧\n",
            n=N(p, nm, "given"),
            dt=LK("date"),
            act=c(
                [
                    "send the revised quote",
                    "follow up with legal",
                    "rotate the staging credentials",
                    "book the venue",
                    render("review ticket ⟦t⟧", t=LK("ticket_id")),
                    "migrate the cluster to v2",
                ]
            ),
        )
    if chance(0.4):
        d.put("Next sync: ⟦dt⟧, dial-in ⟦tf⟧.", dt=LK("date"), tf=phone_fake())
    return d


@tpl("email_thread", weight=3)
def t_email(p: bool) -> Doc:
    d = Doc()
    a, b = person(), person()
    d.put(
        "From: ⟦an⟧ <⟦ae⟧>\nTo: ⟦bn⟧ <⟦be⟧>\nDate: ⟦dt⟧\nSubject: Re: invoice ⟦inv⟧\n\n⟦g⟧ ⟦bg⟧,\n\n",
        an=N(p, a),
        ae=E(p, a),
        bn=N(p, b),
        be=E(p, b),
        dt=LK("date"),
        inv=LK("invoice_number"),
        g=c(["Hi", "Dear", "Hello"]),
        bg=N(p, b, c(["given", "full"])),
    )
    d.t(
        c(
            [
                "the payment is still pending on our side. ",
                "thanks for the quick turnaround. ",
                "could you resend the signed copy? ",
            ]
        )
    )
    if chance(0.5):
        d.put("Please use our new account ⟦ib⟧.", ib=IB(p))
    else:
        d.put("My direct line is ⟦ph⟧.", ph=PH(p, country_of(a)))
    d.add(sig(p, a))
    d.t(c(["\n\nSummarise this for me.", "\n\nDraft a reply.", ""]))
    return d


@tpl("form_kv", weight=2)
def t_form(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "Contact form submission #⟦no⟧\nfirst_name: ⟦g⟧\nlast_name: ⟦f⟧\nemail: ⟦e⟧\nphone: ⟦ph⟧\n"
        "message: Please call me back about my order ⟦o⟧\nsubmitted_from: ⟦ip⟧\nconsent: true",
        no=str(ri(1000, 99999)),
        g=N(p, nm, "given"),
        f=N(p, nm, "family"),
        e=E(p, nm),
        ph=PH(p, country_of(nm)),
        o=LK("order_number"),
        ip=IP(p),
    )
    return d


@tpl("markdown_table", weight=2)
def t_mdtable(p: bool) -> Doc:
    d = Doc()
    d.t("| Name | Email | Phone |\n|---|---|---|\n")
    for _ in range(ri(2, 5)):
        nm = person()
        d.put("| ⟦n⟧ | ⟦e⟧ | ⟦ph⟧ |\n", n=N(p, nm), e=E(p, nm), ph=PH(p, country_of(nm)))
    d.t(c(["\nMake this a bulleted list.", "\nSort by last name.", ""]))
    return d


@tpl("jira_ticket")
def t_jira(p: bool) -> Doc:
    d = Doc()
    rep, asg = person(), person()
    d.put(
        "⟦tk⟧: Checkout fails for Amex cards\nReporter: ⟦r⟧   Assignee: ⟦a⟧\nAffects: ⟦v⟧\n\n"
        "Steps: add item ⟦sku⟧, pay with ⟦card⟧ → 502. Logs: trace ⟦tr⟧.",
        tk=L("ticket_id", f"PAY-{ri(10, 9999)}"),
        r=N(p, rep),
        a=N(p, asg),
        v=LK("version"),
        sku=LK("sku"),
        card=CC(p, 0.5) if chance(0.5) else card_fake(),
        tr=LK("uuid"),
    )
    return d


@tpl("hr_onboarding_eu")
def t_onboard(p: bool) -> Doc:
    d, nm = Doc(), person(c(["de", "fr", "nl", "pl", "it", "es", "sv", "fi", "cs", "el", "pt"]))
    d.put(
        "New hire: ⟦n⟧\nStart date: ⟦dt⟧\nSalary account (IBAN): ⟦ib⟧\nPrivate email: ⟦e⟧\nMobile: ⟦ph⟧\n"
        "Laptop asset tag: ⟦tag⟧\nPlease create the accounts.",
        n=N(p, nm),
        dt=LK("date"),
        ib=IB(p, c(CULTURE_IBAN.get(nm.culture, ["DE"]))),
        e=E(p, nm, work=False),
        ph=PH(p, country_of(nm)),
        tag=LK("sku"),
    )
    return d


@tpl("sepa_invoice", weight=3)
def t_sepa(p: bool) -> Doc:
    d = Doc()
    nm = person(c(["de", "fr", "nl", "it", "es", "pt"]))
    d.put(
        "RECHNUNG / INVOICE ⟦inv⟧\nDatum: ⟦dt⟧\nUSt-IdNr.: ⟦vat⟧\nBetrag: ⟦pr⟧\n\nBitte überweisen an:\n"
        "Kontoinhaber: ⟦n⟧\nIBAN: ⟦ib⟧\nBIC: ⟦bic⟧\nVerwendungszweck: ⟦inv2⟧\n\n"
        "Can you check the maths on this invoice?",
        inv=LK("invoice_number"),
        dt=LK("date"),
        vat=LK("vat_id"),
        pr=LK("price"),
        n=N(p, nm),
        ib=IB(p, c(["DE", "AT", "NL", "FR", "IT", "ES", "BE", "LU"])),
        bic=LK("bic_code"),
        inv2=LK("invoice_number"),
    )
    return d


@tpl("payment_gateway_log", weight=2)
def t_pglog(p: bool) -> Doc:
    d = Doc()
    for _ in range(ri(2, 4)):
        d.put(
            "⟦ts⟧ [gateway] txn=⟦tx⟧ amount=⟦pr⟧ pan=⟦pan⟧ result=⟦res⟧\n",
            ts=LK("timestamp"),
            tx=LK("uuid"),
            pr=LK("price"),
            pan=CC(p, 0.45),
            res=c(["APPROVED", "DECLINED_51", "DECLINED_05", "3DS_REQUIRED"]),
        )
    d.t(c(["the PAN should be masked here, right? where is it leaking from?", "why are half declined?", ""]))
    return d


@tpl("stripe_webhook_json")
def t_stripe(p: bool) -> Doc:
    d, nm = Doc(), person(latin=True)
    d.put(
        '{\n  "id": "⟦evt⟧",\n  "type": "charge.failed",\n  "created": ⟦ep⟧,\n  "data": {"object": {\n'
        '    "id": "⟦ch⟧",\n    "customer": "⟦cus⟧",\n    "billing_details": {"name": "⟦n⟧", "email": "⟦e⟧", '
        '"phone": "⟦ph⟧"},\n    "payment_method_details": {"card": {"last4": "⟦l4⟧", "exp_year": ⟦y⟧}}\n  }}\n}\n'
        "My webhook handler gets this; I sign with ⟦ws⟧. Why does the signature check fail?",
        evt=L("object_id", "evt_" + rs(ALNUM, 24)),
        ep=L("unix_epoch", str(ri(1_700_000_000, 1_780_000_000))),
        ch=L("object_id", "ch_" + rs(ALNUM, 24)),
        cus=L("object_id", "cus_" + rs(ALNUM, 14)),
        n=N(p, nm),
        e=E(p, nm),
        ph=PH(p, country_of(nm)),
        l4=digits(4),
        y=str(ri(2026, 2031)),
        ws=S("API_KEY", "whsec_" + rs(ALNUM, 32)) if p and chance(0.7) else key_fake("stripe"),
    )
    return d


@tpl("k8s_secret_yaml")
def t_k8s(p: bool) -> Doc:
    d = Doc()
    d.put(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ml-pipeline\n  namespace: prod\ntype: Opaque\nstringData:\n"
        '  HF_TOKEN: ⟦k1⟧\n  WANDB_PROJECT: churn-⟦v⟧\n  DATADOG_API_KEY: "⟦k2⟧"\n---\n'
        "kubectl apply says the secret is invalid",
        k1=K(p, "hf"),
        v=LK("version"),
        k2=K(p, "datadog"),
    )
    return d


@tpl("terraform_tfvars")
def t_tf(p: bool) -> Doc:
    d = Doc()
    d.put(
        '# terraform.tfvars\nregion          = "eu-central-1"\nallowed_cidrs   = ["⟦c1⟧", "⟦c2⟧"]\n'
        'admin_ip        = "⟦ip⟧"\ndo_token        = "⟦k⟧"\ncloudflare_token = "⟦k2⟧"\nami_owner       = "⟦own⟧"\n\n'
        "plan fails with 403",
        c1=LK("cidr_block"),
        c2=LK("cidr_block"),
        ip=IP(p, False),
        k=K(p, "digitalocean"),
        k2=K(p, "cloudflare"),
        own=digits(12),
    )
    return d


@tpl("docker_compose")
def t_compose(p: bool) -> Doc:
    d = Doc()
    d.put(
        "services:\n  worker:\n    image: ghcr.io/acme/worker@⟦dig⟧\n    environment:\n      - OPENAI_API_KEY=⟦k⟧\n"
        '      - REDIS_URL=redis://⟦rip⟧:6379/0\n      - SMTP_FROM=⟦from⟧\n    ports:\n      - "⟦port⟧:⟦port⟧"\n',
        dig=LK("container_digest"),
        k=K(p, "openai", 0.85),
        rip=ip_fake(False),
        port=LK("port"),
        **{"from": L("role_email", f"noreply@{c(COMPANIES)}")},
    )
    return d


@tpl("gha_workflow")
def t_gha(p: bool) -> Doc:
    d = Doc()
    d.put(
        "name: publish\non: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/"
        "checkout@v4\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ⟦r⟧\n          "
        "SLACK_TOKEN: ⟦k⟧\n\nis it ok to hardcode the slack one?",
        r=L("env_reference", "${{ secrets.NPM_TOKEN }}"),
        k=K(p, "slack_bot"),
    )
    return d


@tpl("notebook_cell")
def t_notebook(p: bool) -> Doc:
    d = Doc()
    d.put(
        'In [3]:\nfrom huggingface_hub import login\nlogin(token="⟦k⟧")\n\nIn [4]:\nimport pandas as pd\n'
        'df = pd.read_csv("s3://bucket/exports/⟦dt⟧/users.csv")\ndf.head()\n\nOut[4]:\n   id  name  email\n0  ⟦i⟧  '
        "⟦n⟧  ⟦e⟧\n\nwhy is login() so slow?",
        k=K(p, "hf"),
        dt=L("date", f"{ri(2023, 2026)}-{ri(1, 12):02d}-{ri(1, 28):02d}"),
        i=str(ri(1, 999)),
        n=N(p, q=0.8),
        e=E(p, q=0.8),
    )
    return d


@tpl("openai_client_code", weight=2)
def t_oai(p: bool) -> Doc:
    d = Doc()
    prov = c(["openai", "anthropic", "groq", "replicate"])
    cls = {"openai": "OpenAI", "anthropic": "Anthropic", "groq": "Groq", "replicate": "Client"}[prov]
    d.put(
        '```python\nfrom ⟦m⟧ import ⟦cls⟧\n\nclient = ⟦cls⟧(api_key="⟦k⟧")\nresp = client.chat(model="⟦mod⟧", '
        "messages=msgs)\n```\nI get a timeout after ⟦dur⟧.",
        m=prov,
        cls=cls,
        k=K(p, prov),
        mod=c(["large-2024", "v3"]),
        dur=LK("duration"),
    )
    return d


@tpl("js_fetch")
def t_js(p: bool) -> Doc:
    d = Doc()
    d.put(
        "const res = await fetch(`https://maps.googleapis.com/maps/api/geocode/json?address=${q}&key=⟦k⟧`);\n"
        "const { results } = await res.json();\n// works on localhost (⟦lh⟧) but not in prod, CORS?",
        k=K(p, "google"),
        lh=L("loopback_ip", "127.0.0.1"),
    )
    return d


@tpl("shell_history", weight=2)
def t_shell(p: bool) -> Doc:
    d = Doc()
    pr = LK("shell_prompt")
    d.put(
        "⟦pr⟧:~$ ssh -i ~/.ssh/id_ed25519 admin@⟦ip⟧\n⟦pr2⟧:~$ export GITHUB_TOKEN=⟦k⟧\n⟦pr3⟧:~$ git clone ⟦rem⟧\n"
        "⟦pr4⟧:~$ ping -c1 ⟦res⟧\n",
        pr=pr,
        pr2=L(pr[1], pr[2]),
        pr3=L(pr[1], pr[2]),
        pr4=L(pr[1], pr[2]),
        ip=IP(p),
        k=K(p, c(["github", "github_fg"])),
        rem=LK("git_ssh_remote"),
        res=L("public_resolver", c(PUBLIC_RESOLVERS[:7])),
    )
    d.t(c(["what did I do wrong?", "explain these commands", ""]))
    return d


@tpl("ssh_config")
def t_sshcfg(p: bool) -> Doc:
    d = Doc()
    d.t("# ~/.ssh/config\n")
    for name in RNG.sample(["bastion", "db", "gpu-box", "home-nas", "ci"], ri(2, 3)):
        d.put(
            "Host ⟦h⟧\n  HostName ⟦ip⟧\n  User ⟦u⟧\n  Port ⟦port⟧\n\n",
            h=name,
            ip=IP(p, q=0.6),
            u=c(["ubuntu", "deploy", "git"]),
            port=c(["22", "2222"]),
        )
    d.put("Fingerprint shown: ⟦fp⟧ — is that the right host?", fp=LK("ssh_fingerprint"))
    return d


@tpl("iptables_rules")
def t_iptables(p: bool) -> Doc:
    d = Doc()
    for _ in range(ri(3, 5)):
        if chance(0.5):
            d.put(
                "-A INPUT -s ⟦ip⟧ -p tcp --dport ⟦port⟧ -j ⟦act⟧\n",
                ip=IP(p, False, 0.8),
                port=LK("port"),
                act=c(["ACCEPT", "DROP"]),
            )
        else:
            d.put("-A INPUT -s ⟦cb⟧ -j DROP\n", cb=LK("cidr_block"))
    d.put("# mask ⟦nm⟧ on eth0\nwhich of these rules blocks my office?", nm=LK("netmask"))
    return d


@tpl("dns_zone")
def t_dns(p: bool) -> Doc:
    d = Doc()
    d.put(
        "$ORIGIN kestrelpay.com.\n@     3600 IN A     ⟦a⟧\nwww   3600 IN A     ⟦b⟧\napi   300  IN AAAA  ⟦c6⟧\n"
        'mail  3600 IN MX 10 mx1.kestrelpay.com.\n@     3600 IN TXT   "v=spf1 ip4:⟦cb⟧ -all"\n'
        "int   300  IN A     ⟦pv⟧\n",
        a=IP(p, False),
        b=IP(p, False) if chance(0.6) else L("doc_ip", f"198.51.100.{ri(1, 254)}"),
        c6=IP(p, True),
        cb=LK("cidr_block"),
        pv=ip_fake(False),
    )
    return d


@tpl("howto_rotate_keys", mode="nopii")
def t_howto(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Here's how to rotate a leaked key:\n\n1. Revoke it in the provider console (the one shown as ⟦m⟧).\n"
        "2. Create a new one and store it as ⟦env⟧ in your secret manager.\n3. Purge it from history with "
        "`git filter-repo`; commit ⟦sha⟧ will be rewritten.\n4. Review audit logs since ⟦dt⟧.\n\n"
        "Note: ⟦ex⟧ in the AWS docs is a sample, not a live key.",
        m=L("masked_key", "sk_live_" + "*" * 8 + rs(ALNUM, 4)),
        env=L("env_reference", c(["$STRIPE_SECRET_KEY", "${OPENAI_API_KEY}"])),
        sha=L("git_sha", rs(HEX, 7)),
        dt=LK("date"),
        ex=L("example_key", "AKIAIOSFODNN7EXAMPLE"),
    )
    return d


@tpl("regex_explain", mode="nopii")
def t_regex(p: bool) -> Doc:
    d = Doc()
    d.put(
        "The pattern `^\\d{3}-\\d{2}-\\d{4}$` matches the shape only. For example it accepts ⟦a⟧ and ⟦b⟧, which the "
        "SSA never issues, and ⟦c⟧, the famous wallet-card number. A masked value like ⟦m⟧ won't match at all. "
        "For cards use ⟦lu⟧: ⟦nl⟧ fails the check, while the test number ⟦tc⟧ passes.",
        a=L("invalid_ssn", ssn_invalid()),
        b=L("invalid_ssn", ssn_invalid()),
        c=L("placeholder_ssn", "078-05-1120"),
        m=L("masked_ssn", f"XXX-XX-{digits(4)}"),
        nl=L("non_luhn_digits", luhn_break(card_digits("visa"))),
        tc=L("test_card", c(TEST_CARDS)),
        lu=L("eponym", "Luhn"),
    )
    return d


@tpl("code_review")
def t_review(p: bool) -> Doc:
    d = Doc()
    rv = person(latin=True)
    d.put(
        "Review comment from ⟦n⟧ on PR #⟦pr⟧:\n> Line ⟦ln⟧ logs the raw header `Authorization: Bearer ⟦k⟧`. "
        "Please mask it (⟦mk⟧) and bump to ⟦v⟧.",
        n=N(p, rv),
        pr=str(ri(100, 9999)),
        ln=str(ri(1, 500)),
        k=K(p, "jwt"),
        mk=L("masked_key", "eyJhbGci" + "…" + rs(URLSAFE, 4)),
        v=LK("version"),
    )
    return d


@tpl("test_fixture", mode="nopii")
def t_fixture(p: bool) -> Doc:
    d = Doc()
    d.put(
        '```python\nVALID = [\n    {"name": "⟦n1⟧", "email": "⟦e1⟧", "card": "⟦c1⟧"},\n'
        '    {"name": "⟦n2⟧", "email": "⟦e2⟧", "card": "⟦c2⟧"},\n]\nINVALID_IBAN = "⟦ib⟧"\n'
        'PHONE = "⟦ph⟧"\n```\nAre these fixtures safe to commit?',
        n1=name_fake(),
        e1=L("reserved_domain_email", c(RESERVED_MAIL)),
        c1=L("test_card", card_format(c(TEST_CARDS))),
        n2=name_fake(),
        e2=L("reserved_domain_email", c(RESERVED_MAIL)),
        c2=L("test_card", c(TEST_CARDS)),
        ib=L("invalid_iban", iban_invalid()),
        ph=phone_fake(),
    )
    return d


@tpl("changelog", weight=2)
def t_changelog(p: bool) -> Doc:
    d = Doc()
    d.put("## ⟦v⟧ (⟦dt⟧)\n\n", v=LK("version"), dt=LK("date"))
    for _ in range(ri(2, 4)):
        d.put(
            "- ⟦ch⟧ (#⟦pr⟧, thanks ⟦n⟧)\n",
            ch=c(["Fix race in retry loop", "Add IPv6 support", "Bump deps", "Faster JSON encoder", "Drop Python 3.8"]),
            pr=str(ri(100, 9999)),
            n=N(p, person(latin=chance(0.7)), q=0.85),
        )
    return d


@tpl("git_log", weight=2)
def t_gitlog(p: bool) -> Doc:
    d = Doc()
    for _ in range(ri(2, 3)):
        nm = person(latin=chance(0.75))
        d.put(
            "commit ⟦sha⟧\nAuthor: ⟦n⟧ <⟦e⟧>\nDate:   ⟦ts⟧\n\n    ⟦msg⟧\n\n",
            sha=L("git_sha", rs(HEX, 40)),
            n=N(p, nm),
            e=E(p, nm, work=True) if chance(0.8) else email_fake(),
            ts=LK("timestamp"),
            msg=c(["fix: handle empty cart", render("chore: bump ⟦v⟧", v=LK("version")), "feat: add SEPA export"]),
        )
    d.t("who broke the build?")
    return d


@tpl("pr_description")
def t_pr(p: bool) -> Doc:
    d = Doc()
    d.put(
        "### Summary\nRemoves the hardcoded token ⟦k⟧ from `deploy.sh` (reported by ⟦n⟧).\n\n### Testing\n"
        "Ran against staging (⟦ip⟧) with build ⟦b⟧.\n\nCloses ⟦tk⟧",
        k=K(p, c(["gitlab", "npm", "vault", "flyio"])),
        n=N(p),
        ip=ip_fake(),
        b=LK("build_number"),
        tk=LK("ticket_id"),
    )
    return d


@tpl("mobile_crash")
def t_crash(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Fatal Exception: java.lang.IllegalStateException\n  at com.acme.pay.CardForm.validate(CardForm.kt:⟦ln⟧)\n"
        "Device: Pixel 8, Android 14 (⟦ver⟧)\nIMEI: ⟦imei⟧\nInstall id: ⟦uid⟧\nUser: ⟦e⟧\nTime: ⟦ts⟧\n",
        ln=str(ri(10, 300)),
        ver=LK("version"),
        imei=LK("imei"),
        uid=LK("uuid"),
        e=E(p, q=0.75),
        ts=LK("timestamp"),
    )
    return d


@tpl("order_confirmation", weight=2)
def t_order(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "Order confirmed! ⟦o⟧\nShip to: ⟦n⟧\nPhone: ⟦ph⟧\nTracking: ⟦tr⟧\nPaid with ⟦cc⟧\nTotal: ⟦pr⟧\n"
        "Estimated delivery: ⟦dt⟧\n\nIs this email a phishing attempt?",
        o=LK("order_number"),
        n=N(p, nm),
        ph=PH(p, country_of(nm)),
        tr=LK("tracking_number"),
        cc=card_fake(),
        pr=LK("price"),
        dt=LK("date"),
    )
    return d


@tpl("flight_booking", weight=2)
def t_flight(p: bool) -> Doc:
    d = Doc()
    pax = [person() for _ in range(ri(1, 3))]
    d.put(
        "Booking ref ⟦pnr⟧ — flight ⟦fl⟧ on ⟦dt⟧\nPassengers:\n",
        pnr=rs(UP + DIG, 6),
        fl=f"{rs(UP, 2)}{ri(10, 9999)}",
        dt=LK("date"),
    )
    for i, nm in enumerate(pax):
        d.put("  ⟦i⟧. ⟦n⟧\n", i=str(i + 1), n=N(p, nm, c(["full", "upper"])))
    d.put("Contact: ⟦e⟧ / ⟦ph⟧\nCan I change the second name's spelling?", e=E(p, pax[0]), ph=PH(p, country_of(pax[0])))
    return d


@tpl("clinic_appointment")
def t_clinic(p: bool) -> Doc:
    d, nm, doc = Doc(), person(), person()
    d.put(
        "Reminder: ⟦n⟧ has an appointment with Dr. ⟦dr⟧ on ⟦dt⟧ at 10:30. Reply C to confirm or call ⟦ph⟧. "
        "Patient ref ⟦ref⟧.",
        n=N(p, nm),
        dr=N(p, doc, "family"),
        dt=LK("date"),
        ph=PH(p, country_of(nm)),
        ref=LK("order_number"),
    )
    return d


@tpl("resume_header", weight=2)
def t_resume(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "⟦n⟧\n⟦city⟧ · ⟦ph⟧ · ⟦e⟧ · linkedin.com/in/⟦h⟧\n\nEXPERIENCE\nSenior Data Engineer, ⟦org⟧ (2019–present)\n"
        "- Cut pipeline cost by 40 %\n\nImprove my resume summary please.",
        n=N(p, nm, c(["full", "upper"])),
        city=city(["Berlin", "Lagos", "Toronto", "Seoul", "São Paulo", "Pune", "Charlotte"]),
        ph=PH(p, country_of(nm)),
        e=E(p, nm),
        h=nm.handle().replace(".", "-").replace("_", "-"),
        org=L("org_name", c(ORG_NAMES)),
    )
    return d


@tpl("cover_letter")
def t_cover(p: bool) -> Doc:
    d, nm, hm = Doc(), person(), person()
    d.put(
        "Dear ⟦t⟧ ⟦h⟧,\n\nI am writing to apply for the analyst role advertised on ⟦dt⟧. During my time at ⟦org⟧ I "
        "led a team of five.\n\nSincerely,\n⟦n⟧\n⟦e⟧\n\nfix grammar",
        t=c(["Ms.", "Mr.", "Dr.", "Mx."]),
        h=N(p, hm, "family"),
        dt=LK("date"),
        org=L("org_name", c(ORG_NAMES)),
        n=N(p, nm),
        e=E(p, nm),
    )
    return d


@tpl("linkedin_dm")
def t_linkedin(p: bool) -> Doc:
    d, a, b = Doc(), person(), person()
    d.put(
        '⟦a⟧ sent you a message: "Hi ⟦b⟧, great talk at the meetup! My colleague ⟦c⟧ would love to connect — '
        'reach her at ⟦e⟧." How should I reply?',
        a=N(p, a),
        b=N(p, b, "given"),
        c=N(p),
        e=E(p, work=True),
    )
    return d


@tpl("sms_thread", weight=2)
def t_sms(p: bool) -> Doc:
    d, a = Doc(), person()
    d.put(
        "[⟦t1⟧] ⟦ph⟧: hey it's ⟦n⟧, new number!\n[⟦t2⟧] me: who is this?\n[⟦t3⟧] ⟦ph2⟧: ⟦n2⟧ from yoga, lol\n"
        "is this a scam text?",
        t1=f"{ri(0, 23):02d}:{ri(0, 59):02d}",
        t2=f"{ri(0, 23):02d}:{ri(0, 59):02d}",
        t3=f"{ri(0, 23):02d}:{ri(0, 59):02d}",
        ph=PH(p, country_of(a)),
        n=N(p, a, "given"),
        ph2=PH(p, country_of(a)),
        n2=N(p, a, "given"),
    )
    return d


@tpl("whatsapp_export", weight=2)
def t_wa(p: bool) -> Doc:
    d = Doc()
    a, b = person(), person()
    dt = f"{ri(1, 28):02d}/{ri(1, 12):02d}/{ri(2023, 2026)}"
    for who, msg in [
        (a, "can you send me the IBAN again?"),
        (b, None),
        (a, "thx! and your number for the courier?"),
        (b, ""),
    ]:
        d.put(
            "[⟦dt⟧, ⟦tm⟧] ⟦n⟧: ",
            dt=L("date", dt),
            tm=f"{ri(0, 23):02d}:{ri(0, 59):02d}",
            n=N(p, who, c(["full", "given"])),
        )
        if msg is None:
            d.add(IB(p))
        elif msg == "":
            d.add(PH(p, country_of(b)))
        else:
            d.t(msg)
        d.t("\n")
    d.t("Translate this chat to Spanish.")
    return d


@tpl("slack_export_json")
def t_slack(p: bool) -> Doc:
    d = Doc()
    a = person(latin=chance(0.7))
    d.put(
        '[{"user":"U0⟦u⟧","user_name":"⟦n⟧","ts":"⟦ts⟧","text":"prod db is ⟦ip⟧, creds in vault; bot token ⟦k⟧ '
        'expires ⟦dt⟧"}]',
        u=rs(UP + DIG, 8),
        n=N(p, a),
        ts=f"{ri(1_700_000_000, 1_780_000_000)}.{digits(6)}",
        ip=IP(p),
        k=K(p, "slack_bot"),
        dt=LK("date"),
    )
    return d


@tpl("discord_chat")
def t_discord(p: bool) -> Doc:
    d = Doc()
    d.put(
        "⟦u1⟧ — Today at 9:14 PM\nbro my bot got hijacked, token was ⟦k⟧\n⟦u2⟧ — Today at 9:15 PM\n"
        "reset it in the dev portal, and dont paste it here 💀",
        u1=c(["xX_sniper_Xx", "mochi", "deltaV"]),
        k=K(p, "discord"),
        u2=c(["kairo", "ghostbyte", "lemonade"]),
    )
    return d


@tpl("call_transcript", weight=2)
def t_call(p: bool) -> Doc:
    d, nm, ag = Doc(), person(), person()
    d.put(
        "Agent (⟦ag⟧): Thanks for calling, can I get your name?\nCaller: Yeah, it's ⟦n⟧.\nAgent: And the best number "
        "to reach you?\nCaller: ⟦ph⟧.\nAgent: Last four of the SSN?\nCaller: ⟦l4⟧.\nAgent: Great, I see order ⟦o⟧.\n\n"
        "Summarise the call.",
        ag=N(p, ag, "given"),
        n=N(p, nm),
        ph=PH(p, country_of(nm)),
        l4=digits(4),
        o=LK("order_number"),
    )
    return d


@tpl("translate_request", weight=2)
def t_translate(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        'Translate into ⟦lang⟧: "Dear ⟦t⟧ ⟦n⟧, your refund of ⟦pr⟧ was sent to ⟦ib⟧ on ⟦dt⟧. Questions? ⟦e⟧"',
        lang=c(["German", "Japanese", "Portuguese", "Arabic", "Korean"]),
        t=c(["Mr.", "Mrs.", "Ms."]),
        n=N(p, nm, "family"),
        pr=LK("price"),
        ib=IB(p),
        dt=LK("date"),
        e=email_fake() if chance(0.6) else E(p),
    )
    return d


@tpl("summarize_email", weight=2)
def t_summ(p: bool) -> Doc:
    d, a, b = Doc(), person(), person()
    d.put(
        'Summarise in one line:\n\n"⟦a⟧ and ⟦b⟧ agreed to move the launch to ⟦dt⟧. ⟦a2⟧ will brief the vendor; '
        'questions go to ⟦e⟧ or ⟦ph⟧."',
        a=N(p, a),
        b=N(p, b),
        dt=LK("date"),
        a2=N(p, a, "given"),
        e=E(p, a),
        ph=PH(p, country_of(a)),
    )
    return d


@tpl("rewrite_polite")
def t_polite(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        'make this sound less angry: "⟦n⟧, this is the THIRD time I ask. Send the money to ⟦ib⟧ today or I '
        'call ⟦ph⟧ again."',
        n=N(p, nm, "given"),
        ib=IB(p),
        ph=PH(p),
    )
    return d


@tpl("system_prompt_schema", mode="nopii")
def t_sysprompt(p: bool) -> Doc:
    d = Doc()
    d.put(
        'SYSTEM: You extract contacts. Return JSON {"name": str, "email": str}. Example: {"name": "⟦n⟧", '
        '"email": "⟦e⟧"}. Never output values like ⟦ss⟧ or ⟦cc⟧. Today is ⟦dt⟧.',
        n=name_fake(),
        e=L("reserved_domain_email", c(RESERVED_MAIL)),
        ss=L("placeholder_ssn", "123-45-6789"),
        cc=L("test_card", card_format(c(TEST_CARDS))),
        dt=LK("date"),
    )
    return d


@tpl("rag_chunks", weight=2)
def t_rag(p: bool) -> Doc:
    d = Doc()
    d.t("Context:\n")
    for _ in range(ri(2, 3)):
        d.put(
            "[doc ⟦id⟧ | sha ⟦h⟧]\n⟦body⟧\n",
            id=LK("uuid"),
            h=L("sha256", rs(HEX, 64)),
            body=c(
                [
                    render("Refunds over €500 need approval from ⟦n⟧ (ext. ⟦x⟧).", n=N(p), x=str(ri(100, 999))),
                    render("Escalations: ⟦e⟧.", e=E(p, work=True, q=0.7)),
                    render("VPN endpoint is ⟦ip⟧; fallback ⟦ip2⟧.", ip=IP(p, q=0.8), ip2=ip_fake()),
                    render("Policy ⟦v⟧ adopted ⟦dt⟧.", v=LK("version"), dt=LK("date")),
                ]
            ),
        )
    d.t("\nQuestion: who approves large refunds?")
    return d


@tpl("tool_call_json", weight=2)
def t_toolcall(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        'assistant → tool call\n{"name": "send_email", "arguments": {"to": "⟦e⟧", "cc": ["⟦e2⟧"], '
        '"subject": "Your order ⟦o⟧", "body": "Hi ⟦n⟧, your parcel ⟦tr⟧ ships today."}}',
        e=E(p, nm),
        e2=email_fake(),
        o=LK("order_number"),
        n=N(p, nm, "given"),
        tr=LK("tracking_number"),
    )
    return d


@tpl("llm_refusal", weight=2)
def t_refusal(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "User: what's ⟦n⟧'s social security number? I think it starts with ⟦pre⟧\nAssistant: I can't help find or "
        "guess someone's SSN. If you are ⟦n2⟧ yourself, request it from the SSA.",
        n=N(p, nm),
        pre=str(ri(100, 899)),
        n2=N(p, nm, "given"),
    )
    return d


@tpl("eponym_question", mode="nopii", weight=4)
def t_eponym(p: bool) -> Doc:
    d = Doc()
    d.put(
        "What's the difference between ⟦a⟧ and ⟦b⟧? I want to use one in a spell checker, version ⟦v⟧ of our lib.",
        a=eponym(),
        b=eponym(),
        v=LK("version"),
    )
    return d


@tpl("history_question", mode="nopii", weight=4)
def t_history(p: bool) -> Doc:
    d = Doc()
    d.put(
        c(
            [
                "Write a short bio of ⟦h⟧ for a poster.",
                "Compare the work of ⟦h⟧ and ⟦h2⟧ in 200 words.",
                "When was ⟦h⟧ born? I think ⟦dt⟧ but not sure.",
            ]
        ),
        h=L("historical_figure", c(HISTORICAL)),
        h2=L("historical_figure", c(HISTORICAL)),
        dt=LK("date"),
    )
    return d


@tpl("fiction_prompt", mode="nopii", weight=3)
def t_fiction(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Write fan fiction where ⟦a⟧ meets ⟦b⟧ in ⟦pl⟧. ⟦a2⟧ leaves a note with the number ⟦ph⟧.",
        a=L("fictional_character", c(FICTIONAL)),
        b=L("fictional_character", c(FICTIONAL)),
        pl=L("place_name", c(PLACE_NAMES)),
        a2=L("fictional_character", c(FICTIONAL)),
        ph=phone_fake(),
    )
    return d


@tpl("traceroute")
def t_traceroute(p: bool) -> Doc:
    d = Doc()
    d.t("traceroute to api.kestrelpay.com, 30 hops max\n")
    hops = [ip_fake(False), L("cgnat_ip", f"100.{ri(64, 127)}.{ri(0, 255)}.1")] + [
        IP(p, False, 0.8) for _ in range(ri(2, 4))
    ]
    for i, h in enumerate(hops):
        d.put(
            " ⟦i⟧  ⟦h⟧  ⟦a⟧ ms  ⟦b⟧ ms\n", i=str(i + 1), h=h, a=f"{ri(1, 90)}.{digits(3)}", b=f"{ri(1, 90)}.{digits(3)}"
        )
    d.t("where is the latency coming from?")
    return d


@tpl("ifconfig_output", weight=2)
def t_ifconfig(p: bool) -> Doc:
    d, net = Doc(), ri(0, 9)
    d.put(
        "eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500\n        inet ⟦ip⟧  netmask ⟦nm⟧  broadcast ⟦bc⟧\n"
        "        inet6 ⟦ll⟧  prefixlen 64  scopeid 0x20<link>\n        inet6 ⟦g6⟧  prefixlen 64  scopeid 0x0<global>\n"
        "        ether ⟦mac⟧  txqueuelen 1000  (Ethernet)\nwhy can't I reach the internet?",
        ip=L("private_ip", f"192.168.{net}.{ri(2, 250)}"),
        nm=L("netmask", "255.255.255.0"),
        bc=L("private_ip", f"192.168.{net}.255"),
        ll=L("link_local_ip", f"fe80::{ri(0, 0xFFFF):x}:{ri(0, 0xFFFF):x}:{ri(0, 0xFFFF):x}:{ri(1, 0xFFFF):x}"),
        g6=IP(p, True),
        mac=LK("mac_address"),
    )
    return d


@tpl("aws_cli_output")
def t_aws(p: bool) -> Doc:
    d = Doc()
    d.put(
        '$ aws iam list-access-keys\n{\n  "AccessKeyMetadata": [{\n    "UserName": "ci-bot",\n    "AccessKeyId": '
        '"⟦k⟧",\n    "Status": "Active",\n    "CreateDate": "⟦ts⟧"\n  }]\n}\n$ aws sts get-caller-identity\n'
        '{"Arn": "⟦arn⟧"}\nand the secret is ⟦sec⟧ — should I rotate?',
        k=K(p, "aws_id"),
        ts=LK("timestamp"),
        arn=LK("arn"),
        sec=K(p, "aws_secret", 0.85),
    )
    return d


@tpl("gcp_service_account_json")
def t_gcp(p: bool) -> Doc:
    d = Doc()
    d.put(
        '{\n  "type": "service_account",\n  "project_id": "ml-prod-⟦pid⟧",\n  "private_key_id": "⟦pkid⟧",\n'
        '  "client_email": "⟦ce⟧",\n  "client_id": "⟦cid⟧"\n}\nalso our Maps key: ⟦k⟧',
        pid=str(ri(100000, 999999)),
        pkid=L("git_sha", rs(HEX, 40)),
        ce=L("service_account_email", f"ci-runner@ml-prod-{ri(100000, 999999)}.iam.gserviceaccount.com"),
        cid=str(ri(10**20, 10**21 - 1)),
        k=K(p, "google"),
    )
    return d


@tpl("azure_connection_string")
def t_azure(p: bool) -> Doc:
    d = Doc()
    acct = c(["stprodweu01", "mlartifacts", "backupsdata"])
    d.put(
        "DefaultEndpointsProtocol=https;AccountName=⟦a⟧;AccountKey=⟦k⟧;EndpointSuffix=core.windows.net\n\n"
        "BlobServiceClient throws AuthorizationFailure at ⟦ts⟧ (request id ⟦rid⟧)",
        a=acct,
        k=K(p, "azure_storage"),
        ts=LK("timestamp"),
        rid=LK("uuid"),
    )
    return d


@tpl("sentry_event")
def t_sentry(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Sentry issue ⟦id⟧ — TypeError: Cannot read properties of undefined (reading 'email')\nuser: {id: ⟦uid⟧, "
        "email: ⟦e⟧, ip_address: ⟦ip⟧}\nrelease: ⟦v⟧\nbrowser: Chrome ⟦bv⟧",
        id=L("md5", rs(HEX, 32)),
        uid=str(ri(1000, 999999)),
        e=E(p),
        ip=IP(p),
        v=LK("version"),
        bv=LK("version"),
    )
    return d


@tpl("pagerduty_alert")
def t_pager(p: bool) -> Doc:
    d, oc = Doc(), person()
    d.put(
        "[TRIGGERED] High 5xx rate on checkout (⟦inc⟧)\nHost: ⟦ip⟧  Started: ⟦ts⟧\nOn-call: ⟦n⟧ (⟦ph⟧)\n"
        "Escalation: ⟦n2⟧\nRunbook: wiki/payments/5xx",
        inc=L("ticket_id", f"INC{digits(7)}"),
        ip=IP(p, q=0.7),
        ts=LK("timestamp"),
        n=N(p, oc),
        ph=PH(p, country_of(oc)),
        n2=N(p),
    )
    return d


@tpl("bank_statement", weight=2)
def t_statement(p: bool) -> Doc:
    d = Doc()
    d.t("Categorise these transactions:\n")
    for _ in range(ri(3, 5)):
        nm = person(c(list(CULTURE_IBAN)))
        d.put(
            "⟦dt⟧  SEPA-Überweisung  ⟦n⟧  ⟦ib⟧  -⟦amt⟧ EUR  Ref ⟦ref⟧\n",
            dt=L("date", f"{ri(1, 28):02d}.{ri(1, 12):02d}.{ri(2023, 2026)}"),
            n=N(p, nm, c(["full", "upper"]), 0.85),
            ib=IB(p, c(CULTURE_IBAN[nm.culture]), q=0.75),
            amt=f"{ri(1, 2000)},{ri(0, 99):02d}",
            ref=LK("invoice_number"),
        )
    return d


@tpl("receipt_ocr")
def t_receipt(p: bool) -> Doc:
    d = Doc()
    d.put(
        "STORE #⟦st⟧  REG 03\n⟦dt⟧ ⟦tm⟧\nESPRESSO  2.80\nCROISSANT 2.10\nTOTAL     4.90\nVISA ⟦mc⟧\nAUTH ⟦auth⟧\n"
        "EAN ⟦ean⟧\nCashier: ⟦n⟧\n\nhow much VAT did I pay?",
        st=str(ri(100, 9999)),
        dt=LK("date"),
        tm=f"{ri(6, 22):02d}:{ri(0, 59):02d}",
        mc=L("masked_card", f"************{digits(4)}"),
        auth=digits(6),
        ean=LK("ean_barcode"),
        n=N(p, person(), "given", 0.8),
    )
    return d


@tpl("wire_instructions", weight=2)
def t_wire(p: bool) -> Doc:
    d, nm = Doc(), person(c(["ar", "tr", "de", "fr", "pt", "el"]))
    d.put(
        "Wire instructions\nBeneficiary: ⟦n⟧\nIBAN: ⟦ib⟧\nSWIFT: ⟦bic⟧\nIntermediary ref: ⟦ref⟧\n"
        "Phone for callback verification: ⟦ph⟧\n\nIs it normal that they changed the IBAN by email?",
        n=N(p, nm),
        ib=IB(p, c(CULTURE_IBAN.get(nm.culture, ["SA", "AE", "TR"]))),
        bic=LK("bic_code"),
        ref=LK("invoice_number"),
        ph=PH(p, country_of(nm)),
    )
    return d


@tpl("contact_directory", weight=2)
def t_directory(p: bool) -> Doc:
    d = Doc()
    d.t("Team directory (internal):\n")
    for _ in range(ri(3, 6)):
        nm = person()
        d.put(
            "• ⟦n⟧ — ⟦role⟧ — ⟦ph⟧\n",
            n=N(p, nm),
            role=c(["Sales APAC", "Legal", "SRE", "Design", "Finance"]),
            ph=PH(p, country_of(nm)),
        )
    d.put("General inbox: ⟦r⟧", r=L("role_email", f"{c(ROLE_LOCALS)}@{c(COMPANIES)}"))
    return d


@tpl("conference_attendees")
def t_conf(p: bool) -> Doc:
    d = Doc()
    d.t("Speakers confirmed for the panel: ")
    ppl = [person() for _ in range(ri(3, 5))]
    for i, nm in enumerate(ppl):
        d.add(N(p, nm, c(["full", "initial"])))
        d.add([" (", city(["Lagos", "Osaka", "Lyon", "Austin", "Pune", "Haifa", "San José"]), ")"])
        d.t("; " if i < len(ppl) - 1 else ".\n")
    d.t("Write a one-line intro for each.")
    return d


@tpl("survey_csv")
def t_survey(p: bool) -> Doc:
    d = Doc()
    d.t("respondent,email,score,comment\n")
    for i in range(ri(3, 5)):
        d.put(
            '⟦i⟧,⟦e⟧,⟦s⟧,"⟦cm⟧"\n',
            i=str(i + 1),
            e=E(p, q=0.8),
            s=str(ri(1, 10)),
            cm=c(
                [
                    render("⟦n⟧ at the front desk was great", n=N(p, person(), "given", 0.85)),
                    "too slow",
                    "ok",
                    render("ask for ⟦n⟧, they fixed it", n=N(p, person(), "given", 0.85)),
                ]
            ),
        )
    return d


@tpl("hotel_review")
def t_review2(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Stayed at the ⟦pl⟧ location on ⟦dt⟧. Room 4⟦r⟧ was clean; ⟦n⟧ at reception upgraded us. The manager ⟦m⟧ "
        "even gave me her cell, ⟦ph⟧. 5 stars. — rewrite for TripAdvisor",
        pl=L("place_name", c(PLACE_NAMES)),
        dt=LK("date"),
        r=digits(2),
        n=N(p, person(), "given"),
        m=N(p),
        ph=PH(p),
    )
    return d


@tpl("contract_parties")
def t_contract(p: bool) -> Doc:
    d, a, b = Doc(), person(), person()
    d.put(
        'This Agreement is made on ⟦dt⟧ between ⟦a⟧ ("Seller"), passport ⟦pp⟧, and ⟦b⟧ ("Buyer"), '
        "reachable at ⟦e⟧. Payment to ⟦ib⟧.\n\nIs this clause enforceable?",
        dt=LK("date"),
        a=N(p, a),
        pp=rs(UP, 2) + digits(7),
        b=N(p, b),
        e=E(p, b),
        ib=IB(p),
    )
    return d


@tpl("school_form")
def t_school(p: bool) -> Doc:
    d, child = Doc(), person()
    par = person(child.culture)
    d.put(
        "Enrollment form\nStudent: ⟦c⟧\nParent/guardian: ⟦pa⟧\nEmergency phone: ⟦ph⟧\nAlt. phone: ⟦ph2⟧\n"
        "Allergies: none\nSchool emergency line: ⟦em⟧",
        c=N(p, child),
        pa=N(p, par),
        ph=PH(p, country_of(par)),
        ph2=PH(p, country_of(par), 0.7),
        em=LK("emergency_number"),
    )
    return d


@tpl("ssn_verify_chat", weight=2)
def t_ssnchat(p: bool) -> Doc:
    d, nm = Doc(), person(c(["en", "es", "in", "ng", "ko", "vi"]), latin=True)
    d.put(
        "my SSN is ⟦s⟧ and my wife ⟦w⟧'s is ⟦s2⟧ — the IRS letter says they don't match. what do we do?",
        s=SS(p),
        w=N(p, nm, "given"),
        s2=SS(p),
    )
    return d


@tpl("api_docs_example", mode="nopii", weight=2)
def t_apidocs(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Authenticate with your secret key:\n\n    curl https://api.kestrelpay.com/v1/charges -u ⟦k⟧:\n\n"
        "Publishable keys (⟦pk⟧) are safe in the browser. Object ids look like ⟦oid⟧. Webhooks come from ⟦ip⟧.",
        k=L(*c([("placeholder_key", c(PLACEHOLDER_KEYS)), ("example_key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc")])),
        pk=L("publishable_key", "pk_test_" + rs(ALNUM, 24)),
        oid=LK("object_id"),
        ip=L("doc_ip", f"203.0.113.{ri(1, 254)}"),
    )
    return d


@tpl("iban_validation_error", weight=2)
def t_ibanerr(p: bool) -> Doc:
    d = Doc()
    d.put(
        "ValidationError: iban ⟦bad⟧ failed checksum (mod 97). Field beneficiary_name=⟦n⟧. Retrying with ⟦good⟧ "
        "at ⟦ts⟧.",
        bad=L("invalid_iban", iban_invalid()),
        n=N(p),
        good=IB(p),
        ts=LK("timestamp"),
    )
    return d


@tpl("migration_log")
def t_migration(p: bool) -> Doc:
    d = Doc()
    d.put(
        "[⟦ts⟧] migrating users table: ⟦n⟧ rows\n[⟦ts2⟧] WARN row ⟦r⟧: phone '⟦ph⟧' not E.164, kept as is\n"
        "[⟦ts3⟧] WARN row ⟦r2⟧: email '⟦e⟧' bounced\n[⟦ts4⟧] done in ⟦dur⟧ (schema ⟦v⟧)",
        ts=LK("timestamp"),
        n=str(ri(1000, 99999)),
        ts2=LK("timestamp"),
        r=str(ri(1, 9999)),
        ph=PH(p),
        ts3=LK("timestamp"),
        r2=str(ri(1, 9999)),
        e=E(p),
        ts4=LK("timestamp"),
        dur=LK("duration"),
        v=LK("version"),
    )
    return d


@tpl("support_macro", mode="nopii", weight=2)
def t_macro(p: bool) -> Doc:
    d = Doc()
    d.put(
        'Macro "refund_ok":\nHi ⟦n⟧,\n\nyour refund for order ⟦o⟧ is on its way to ⟦c⟧. Reply to ⟦r⟧ if it '
        "hasn't arrived by ⟦dt⟧.\n\nImprove the tone of this macro.",
        n=L("template_variable", "{{first_name}}"),
        o=L("template_variable", "{{order.number}}"),
        c=card_fake(),
        r=L("role_email", f"support@{c(COMPANIES)}"),
        dt=LK("date"),
    )
    return d


@tpl("calendar_ics")
def t_ics(p: bool) -> Doc:
    d, org = Doc(), person()
    d.put(
        "BEGIN:VEVENT\nUID:⟦uid⟧\nDTSTART:⟦st⟧\nSUMMARY:Quarterly review\nORGANIZER;CN=⟦n⟧:mailto:⟦e⟧\n",
        uid=LK("uuid"),
        st=f"{ri(2024, 2026)}{ri(1, 12):02d}{ri(1, 28):02d}T{ri(7, 17):02d}0000Z",
        n=N(p, org),
        e=E(p, org, work=True),
    )
    for _ in range(ri(1, 3)):
        at = person()
        d.put("ATTENDEE;CN=⟦n⟧;ROLE=REQ-PARTICIPANT:mailto:⟦e⟧\n", n=N(p, at), e=E(p, at, work=True))
    d.t("END:VEVENT\nwhy doesn't outlook import this?")
    return d


@tpl("vcard")
def t_vcard(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "BEGIN:VCARD\nVERSION:3.0\nFN:⟦n⟧\nTEL;TYPE=CELL:⟦ph⟧\nEMAIL:⟦e⟧\nREV:⟦ts⟧\nEND:VCARD",
        n=N(p, nm),
        ph=PH(p, country_of(nm)),
        e=E(p, nm),
        ts=LK("timestamp"),
    )
    return d


@tpl("url_query_log", weight=2)
def t_urllog(p: bool) -> Doc:
    d = Doc()
    d.put(
        "GET https://app.quillstack.dev/reset?email=⟦e⟧&token=⟦tok⟧&utm_source=mail 302\n"
        "GET https://hooks.example.net/cb?access_token=⟦k⟧&state=⟦st⟧ 200\nare we leaking anything in these URLs?",
        e=E(p),
        tok=LK("md5"),
        k=K(p, c(["gcp_oauth", "jwt", "github_oauth"])),
        st=L("uuid", _uuid()),
    )
    return d


@tpl("http_request_dump", weight=2)
def t_http(p: bool) -> Doc:
    d = Doc()
    d.put(
        "POST /v1/checkout HTTP/1.1\nHost: api.kestrelpay.com\nX-Forwarded-For: ⟦xff⟧, ⟦lb⟧\n"
        "Authorization: Bearer ⟦k⟧\n"
        'X-Api-Version: ⟦v⟧\nContent-Type: application/json\n\n{"email":"⟦e⟧","amount":⟦a⟧}',
        xff=IP(p),
        lb=ip_fake(False),
        k=K(p, c(["jwt", "stripe", "square"])),
        v=LK("date"),
        e=E(p),
        a=str(ri(100, 99999)),
    )
    return d


@tpl("graphql_query")
def t_graphql(p: bool) -> Doc:
    d = Doc()
    d.put(
        'mutation {\n  updateUser(id: "⟦id⟧", input: {displayName: "⟦n⟧", phone: "⟦ph⟧"}) {\n    id\n    '
        "updatedAt\n  }\n}\nheader x-api-key: ⟦k⟧\nGetting 'Unknown argument phone'.",
        id=LK("uuid"),
        n=N(p),
        ph=PH(p),
        k=K(p, c(["linear", "notion", "newrelic", "grafana"])),
    )
    return d


@tpl("phone_normalize_question", weight=2)
def t_phonenorm(p: bool) -> Doc:
    d = Doc()
    d.t("Normalise to E.164:\n")
    for _ in range(ri(3, 5)):
        d.put("- ⟦ph⟧\n", ph=PH(p, q=0.8))
    d.put("- order ⟦o⟧ (not a phone, skip)\n", o=LK("order_number"))
    return d


@tpl("ip_allowlist_request")
def t_allowlist(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "Hi IT, please allowlist my home IP ⟦ip⟧ (and ⟦ip6⟧ for v6) for the VPN. The office range ⟦cb⟧ already works. "
        "Thanks, ⟦n⟧",
        ip=IP(p, False),
        ip6=IP(p, True),
        cb=LK("cidr_block"),
        n=N(p, nm, "given"),
    )
    return d


@tpl("key_leak_incident")
def t_incident(p: bool) -> Doc:
    d = Doc()
    d.put(
        "INCIDENT ⟦inc⟧: token ⟦k⟧ was pushed to a public repo at ⟦ts⟧ by ⟦n⟧. GitHub secret scanning flagged "
        "it as ⟦kind⟧. Revoked: yes. Fingerprint ⟦fp⟧.",
        inc=L("ticket_id", f"SEC-{ri(10, 999)}"),
        k=K(p, c(list(KEYS))),
        ts=LK("timestamp"),
        n=N(p),
        kind=c(["Slack Bot Token", "npm Access Token", "Stripe API Key"]),
        fp=LK("sha256"),
    )
    return d


@tpl("oncall_handoff")
def t_handoff(p: bool) -> Doc:
    d, a, b = Doc(), person(), person()
    d.put(
        "Handoff ⟦a⟧ → ⟦b⟧:\n* db replica ⟦ip⟧ lagging since ⟦ts⟧\n* customer ⟦e⟧ escalated (⟦tk⟧)\n"
        "* ⟦b2⟧: call me on ⟦ph⟧ if the ⟦pn⟧ job fails again",
        a=N(p, a, "given"),
        b=N(p, b, "given"),
        ip=ip_fake(False),
        ts=LK("timestamp"),
        e=E(p),
        tk=LK("ticket_id"),
        b2=N(p, b, "given"),
        ph=PH(p, country_of(a)),
        pn=L("product_name", "Jenkins"),
    )
    return d


@tpl("package_lock", mode="nopii", weight=2)
def t_lock(p: bool) -> Doc:
    d = Doc()
    d.put(
        '"node_modules/⟦sc⟧": {\n  "version": "⟦v⟧",\n  "resolved": "https://registry.npmjs.org/-/core-⟦v2⟧.tgz",\n'
        '  "integrity": "⟦ih⟧"\n}\nnpm ci fails with EINTEGRITY',
        sc=LK("package_scope"),
        v=LK("version"),
        v2=LK("version"),
        ih=LK("integrity_hash"),
    )
    return d


@tpl("inventory_csv", mode="nopii")
def t_inventory(p: bool) -> Doc:
    d = Doc()
    d.t("sku,ean,qty,price\n")
    for _ in range(ri(3, 5)):
        d.put(
            "⟦s⟧,⟦e⟧,⟦q⟧,⟦pr⟧\n",
            s=L("sku", f"{ri(100, 899)}-{ri(10, 99)}-{ri(1000, 9999)}") if chance(0.5) else LK("sku"),
            e=LK("ean_barcode"),
            q=str(ri(0, 500)),
            pr=f"{ri(1, 300)}.{ri(0, 99):02d}",
        )
    d.t("which items are out of stock?")
    return d


@tpl("date_arithmetic", mode="nopii")
def t_dates(p: bool) -> Doc:
    d = Doc()
    d.put(
        "How many days between ⟦a⟧ and ⟦b⟧? Also convert ⟦ep⟧ to UTC and tell me the ISO week of ⟦c⟧.",
        a=LK("date"),
        b=LK("date"),
        ep=LK("unix_epoch"),
        c=LK("date"),
    )
    return d


@tpl("product_question", mode="nopii", weight=3)
def t_product(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Should we migrate from ⟦a⟧ to GitHub Actions? Our ⟦b⟧ app ⟦v⟧ also talks to ⟦c⟧ for voice commands.",
        a=L("product_name", c(["Jenkins", "Hudson"])),
        b=L("product_name", c(["Django", "Hugo"])),
        v=LK("version"),
        c=L("product_name", c(["Alexa", "Siri", "Cortana"])),
    )
    return d


@tpl("org_news", mode="nopii", weight=2)
def t_orgnews(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Summarise: ⟦a⟧ and ⟦b⟧ reported earnings on ⟦dt⟧; ⟦c⟧ shares fell ⟦pct⟧ %.",
        a=L("org_name", c(ORG_NAMES)),
        b=L("org_name", c(ORG_NAMES)),
        dt=LK("date"),
        c=L("org_name", c(ORG_NAMES)),
        pct=f"{ri(1, 9)}.{ri(0, 9)}",
    )
    return d


@tpl("travel_places", mode="nopii", weight=2)
def t_places(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Plan 3 days: day 1 ⟦a⟧, day 2 ⟦b⟧, day 3 ⟦c⟧. Budget ⟦pr⟧. Emergency number there is ⟦em⟧, right?",
        a=L("place_name", c(PLACE_NAMES)),
        b=L("place_name", c(PLACE_NAMES)),
        c=L("place_name", c(PLACE_NAMES)),
        pr=LK("price"),
        em=LK("emergency_number"),
    )
    return d


@tpl("hf_download_log")
def t_hf(p: bool) -> Doc:
    d = Doc()
    d.put(
        "$ HF_TOKEN=⟦k⟧ python train.py\nDownloading model.safetensors: 100%|██████████| 2.2G/2.2G\n"
        "snapshot ⟦sha⟧\nWARNING: token has write scope\nOSError: ⟦uid⟧ not found",
        k=K(p, "hf"),
        sha=L("git_sha", rs(HEX, 40)),
        uid=LK("uuid"),
    )
    return d


@tpl("docker_login")
def t_dockerlogin(p: bool) -> Doc:
    d = Doc()
    d.put(
        "$ echo ⟦k⟧ | docker login ghcr.io -u ⟦u⟧ --password-stdin\n"
        "WARNING! Your password will be stored unencrypted.\nLogin Succeeded\n$ docker pull ghcr.io/acme/api@⟦dg⟧",
        k=K(p, c(["github", "github_fg", "gitlab"])),
        u=c(["ci-bot", "deploy", "acme-release"]),
        dg=LK("container_digest"),
    )
    return d


@tpl("telegram_bot_code")
def t_telegram(p: bool) -> Doc:
    d = Doc()
    d.put(
        "bot = telebot.TeleBot(\"⟦k⟧\")\n\n@bot.message_handler(commands=['start'])\ndef start(m):\n    "
        'bot.reply_to(m, "hi")\n# admin chat id ⟦cid⟧, owner ⟦n⟧\nbot stops after ⟦dur⟧',
        k=K(p, "telegram"),
        cid=["-", L("long_number", luhn_break("100" + digits(10)))],
        n=N(p, q=0.8),
        dur=LK("duration"),
    )
    return d


@tpl("card_form_question", weight=3)
def t_cardform(p: bool) -> Doc:
    d, nm = Doc(), person(latin=True)
    d.put(
        "The checkout rejects my card ⟦cc⟧ exp ⟦exp⟧ — name on card ⟦n⟧. Is it because my billing zip ⟦z⟧ differs?",
        cc=CC(p),
        exp=f"{ri(1, 12):02d}/{ri(26, 31)}",
        n=N(p, nm, c(["full", "upper"])),
        z=LK("postal_code"),
    )
    return d


@tpl("amex_dispute", weight=2)
def t_amex(p: bool) -> Doc:
    d, nm = Doc(), person(latin=True)
    d.put(
        "Dispute: ⟦n⟧, card ⟦cc⟧, charge ⟦pr⟧ on ⟦dt⟧ from merchant ⟦org⟧ not recognised. Our ref ⟦ref⟧.",
        n=N(p, nm),
        cc=S("CREDIT_CARD", card_format(card_digits(c(["amex", "diners", "jcb", "discover"]))))
        if p and chance(0.9)
        else card_fake(),
        pr=LK("price"),
        dt=LK("date"),
        org=L("org_name", c(ORG_NAMES)),
        ref=LK("order_number"),
    )
    return d


@tpl("ip_geo_question", weight=2)
def t_ipgeo(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Where is ⟦ip⟧ located? It hit our login ⟦n⟧ times; also ⟦ip2⟧. Not ⟦res⟧ obviously.",
        ip=IP(p),
        n=str(ri(20, 900)),
        ip2=IP(p, q=0.7),
        res=L("public_resolver", c(PUBLIC_RESOLVERS)),
    )
    return d


@tpl("ssn_last4_chat", weight=2)
def t_last4(p: bool) -> Doc:
    d, nm = Doc(), person(latin=True)
    d.put(
        "Bot: To verify, enter your SSN.\nUser: ⟦s⟧\nBot: Thanks ⟦n⟧, I've masked it as ⟦m⟧ in our records.",
        s=SS(p),
        n=N(p, nm, "given"),
        m=L("masked_ssn", f"***-**-{digits(4)}"),
    )
    return d


@tpl("lookalike_soup", mode="nopii", weight=3)
def t_soup(p: bool) -> Doc:
    d = Doc()
    kinds = RNG.sample(list(LOOK), 5)
    d.t(c(["Parse these fields from the ticket:\n", "Extract IDs:\n", "What kind of identifier is each of these?\n"]))
    for k in kinds:
        d.put("- ⟦v⟧\n", v=LK(k))
    return d


@tpl("build_log", mode="nopii", weight=2)
def t_buildlog(p: bool) -> Doc:
    d = Doc()
    d.put(
        "Step 4/9 : RUN pip install -r requirements.txt\n ---> Running in ⟦c1⟧\nCollecting numpy==⟦v⟧\n"
        "Successfully built ⟦c2⟧\nSuccessfully tagged api:⟦v2⟧\nbuild ⟦b⟧ finished in ⟦dur⟧ at ⟦ts⟧ on ⟦pip⟧",
        c1=L("git_sha", rs(HEX, 12)),
        v=LK("version"),
        c2=L("git_sha", rs(HEX, 12)),
        v2=LK("version"),
        b=LK("build_number"),
        dur=LK("duration"),
        ts=LK("timestamp"),
        pip=ip_fake(),
    )
    return d


@tpl("network_config_question", mode="nopii", weight=2)
def t_netq(p: bool) -> Doc:
    d = Doc()
    d.put(
        "My router is ⟦gw⟧ with mask ⟦nm⟧, DNS ⟦dns⟧ and ⟦dns6⟧. Docker uses ⟦cb⟧ and the printer has MAC ⟦mac⟧. "
        "Why can't containers resolve names? (IPv6 local ⟦ll⟧)",
        gw=L("private_ip", f"192.168.{ri(0, 2)}.1"),
        nm=LK("netmask"),
        dns=L("public_resolver", c(PUBLIC_RESOLVERS[:7])),
        dns6=L("public_resolver", c(PUBLIC_RESOLVERS[7:])),
        cb=L("cidr_block", f"172.{ri(17, 31)}.0.0/16"),
        mac=LK("mac_address"),
        ll=ip_fake(True),
    )
    return d


@tpl("crypto_protocol", mode="nopii")
def t_crypto(p: bool) -> Doc:
    d = Doc()
    d.put(
        "In ⟦dh⟧, ⟦a⟧ sends g^a to ⟦b⟧ and ⟦e⟧ eavesdrops. Why can't ⟦e2⟧ recover the key? Use p = ⟦n⟧.",
        dh=L("eponym", c(["Diffie-Hellman", "Diffie–Hellman"])),
        a=L("placeholder_name", "Alice"),
        b=L("placeholder_name", "Bob"),
        e=L("placeholder_name", "Eve"),
        e2=L("placeholder_name", "Eve"),
        n=L("long_number", _non_luhn_digits(16)),
    )
    return d


@tpl("obfuscated_contact", weight=2)
def t_obfusc(p: bool) -> Doc:
    d, nm = Doc(), person(latin=True)
    d.put(
        'Is this a good idea for my contact page? "Write to ⟦e⟧ (not ⟦r⟧), or text ⟦ph⟧. — ⟦n⟧"',
        e=E(p, nm),
        r=L("role_email", f"info@{c(COMPANIES)}"),
        ph=PH(p, country_of(nm)),
        n=N(p, nm),
    )
    return d


@tpl("markdown_links", weight=2)
def t_mdlinks(p: bool) -> Doc:
    d, nm = Doc(), person()
    e = E(p, nm)
    d.put(
        "**Maintainer:** [⟦n⟧](mailto:⟦e⟧)  \n**Security:** ⟦sec⟧  \n**Docs:** see `v⟦v⟧`  \n**Status:** _beta_ "
        "(since ⟦dt⟧)",
        n=N(p, nm),
        e=e,
        sec=L("role_email", f"security@{c(COMPANIES)}"),
        v=L("version", f"{ri(0, 4)}.{ri(0, 20)}.{ri(0, 9)}"),
        dt=LK("date"),
    )
    return d


@tpl("quoted_reply")
def t_quoted(p: bool) -> Doc:
    d, a = Doc(), person()
    d.put(
        "> On ⟦dt⟧, ⟦n⟧ <⟦e⟧> wrote:\n> the new card is ⟦cc⟧, old one was blocked\n>> please confirm ⟦ph⟧\n\n"
        "What should I answer?",
        dt=LK("date"),
        n=N(p, a),
        e=E(p, a),
        cc=CC(p),
        ph=PH(p, country_of(a)),
    )
    return d


@tpl("adjacent_punct", weight=2)
def t_adjacent(p: bool) -> Doc:
    d, nm = Doc(), person()
    items = [E(p, nm), PH(p, country_of(nm)), IP(p), K(p)]
    d.put('contacts:(⟦a⟧),"⟦b⟧";<⟦cc⟧>.[⟦dd⟧]!', a=items[0], b=items[1], cc=items[2], dd=items[3])
    d.put("\n—⟦n⟧…", n=N(p, nm))
    return d


@tpl("html_snippet")
def t_html(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        '<div class="card"><h3>⟦n⟧</h3><a href="tel:⟦ph⟧">Call</a> <a href="mailto:⟦e⟧">Mail</a>'
        "<!-- build ⟦b⟧ --></div>\nwhy is the tel link broken on iOS?",
        n=N(p, nm),
        ph=PH(p, country_of(nm)),
        e=E(p, nm),
        b=L("git_sha", rs(HEX, 7)),
    )
    return d


@tpl("voice_assistant_log", mode="nopii")
def t_voice(p: bool) -> Doc:
    d = Doc()
    d.put(
        '⟦ts⟧ wakeword="⟦w⟧" device=⟦mac⟧ intent=call_contact slot=⟦n⟧ result=not_found',
        ts=LK("timestamp"),
        w=L("product_name", c(["Alexa", "Siri", "Jarvis"])),
        mac=LK("mac_address"),
        n=name_fake(),
    )
    return d


@tpl("background_check_form", weight=3)
def t_background(p: bool) -> Doc:
    d, nm = Doc(), person(c(["en", "es", "in", "zh", "ng", "ph", "vi", "ko", "ie", "fa"]), latin=True)
    d.put(
        "BACKGROUND CHECK AUTHORIZATION\nApplicant: ⟦n⟧\nSocial Security No.: ⟦s⟧\nDate of birth: ⟦dob⟧\n"
        "Previous names: ⟦prev⟧\nPhone: ⟦ph⟧\nPosition: Warehouse Associate (req ⟦req⟧)\n\n"
        "Is it legal for them to ask this?",
        n=N(p, nm, c(["full", "formal", "upper"])),
        s=SS(p),
        dob=L("date", _dob()),
        prev=c(["none", "n/a", "-"]),
        ph=PH(p, "US"),
        req=LK("ticket_id"),
    )
    return d


@tpl("hr_csv_ssn", weight=3)
def t_hrcsv(p: bool) -> Doc:
    d = Doc()
    d.t(c(["employee_id,name,ssn,hire_date\n", "emp,name,ssn,start\n"]))
    for _ in range(ri(3, 5)):
        nm = person(latin=True)
        nmi: Item = N(p, nm, c(["full", "formal"]), 0.9)
        if isinstance(nmi, tuple) and "," in nmi[2]:
            nmi = ['"', nmi, '"']
        d.put("⟦id⟧,⟦n⟧,⟦s⟧,⟦dt⟧\n", id=f"E{digits(5)}", n=nmi, s=SS(p, c(["-", "", "-"]), 0.85), dt=LK("date"))
    d.t(c(["find duplicates", "convert to JSON", "which rows have a malformed SSN?"]))
    return d


@tpl("insurance_claim", weight=2)
def t_insurance(p: bool) -> Doc:
    d, nm = Doc(), person(latin=True)
    d.put(
        "Claim ⟦cl⟧ — member ⟦n⟧, SSN ⟦s⟧, policy ⟦pol⟧. Copay charged to card ⟦cc⟧ on ⟦dt⟧. Provider: Dr. ⟦dr⟧.\n"
        "Why was this denied?",
        cl=LK("invoice_number"),
        n=N(p, nm),
        s=SS(p),
        pol=f"HX{digits(9)}",
        cc=CC(p),
        dt=LK("date"),
        dr=N(p, person(), "family"),
    )
    return d


@tpl("credit_application_json", weight=2)
def t_creditapp(p: bool) -> Doc:
    d, nm = Doc(), person(latin=True)
    d.put(
        '{"applicant": {"first": "⟦g⟧", "last": "⟦f⟧", "ssn": "⟦s⟧", "dob": "⟦dob⟧"},\n "income": ⟦inc⟧,\n'
        ' "existing_card": "⟦cc⟧",\n "ip": "⟦ip⟧",\n "submitted": "⟦ts⟧"}\nvalidate this against my schema',
        g=N(p, nm, "given"),
        f=N(p, nm, "family"),
        s=SS(p, c(["-", ""])),
        dob=L("date", _dob()),
        inc=str(ri(20, 300) * 1000),
        cc=CC(p, 0.8),
        ip=IP(p, q=0.8),
        ts=LK("timestamp"),
    )
    return d


@tpl("tax_doc_ocr", weight=2)
def t_taxocr(p: bool) -> Doc:
    d, nm = Doc(), person(latin=True)
    d.put(
        "Form 1099-NEC ⟦yr⟧\nPAYER'S TIN ⟦ein⟧\nRECIPIENT'S TIN ⟦s⟧\nRECIPIENT'S name ⟦n⟧\nAccount number ⟦acct⟧\n"
        "1 Nonemployee compensation $ ⟦amt⟧\n\nwhat box goes where on my return?",
        yr=str(ri(2021, 2025)),
        ein=L("ein", f"{digits(2)}-{digits(7)}"),
        s=SS(p),
        n=N(p, nm, c(["full", "upper"])),
        acct=LK("order_number"),
        amt=f"{ri(1000, 90000):,}.00",
    )
    return d


@tpl("card_csv_export", weight=2)
def t_cardcsv(p: bool) -> Doc:
    d = Doc()
    d.t("cardholder,card_number,exp,status\n")
    for _ in range(ri(2, 4)):
        nm = person(latin=True)
        d.put(
            "⟦n⟧,⟦cc⟧,⟦exp⟧,⟦st⟧\n",
            n=N(p, nm, "upper" if chance(0.5) else "full", 0.85),
            cc=CC(p, 0.8),
            exp=f"{ri(1, 12):02d}/{ri(26, 31)}",
            st=c(["active", "blocked", "expired"]),
        )
    d.t(c(["Is it PCI compliant to email this file?", "mask the card column please", ""]))
    return d


@tpl("pos_terminal_log", weight=2)
def t_pos(p: bool) -> Doc:
    d = Doc()
    d.put(
        "POS ⟦tid⟧ ⟦ts⟧ EMV fallback to MSR\nTrack2=;⟦pan⟧=⟦exp⟧⟦svc⟧?\nresp=⟦rc⟧ stan=⟦stan⟧\n",
        tid=f"T{digits(7)}",
        ts=LK("timestamp"),
        pan=CC(p)
        if chance(0.5)
        else (
            S("CREDIT_CARD", card_digits()) if p and chance(0.9) else L("non_luhn_digits", luhn_break(card_digits()))
        ),
        exp=f"{ri(26, 31)}{ri(1, 12):02d}",
        svc="101",
        rc=c(["00", "05", "51"]),
        stan=digits(6),
    )
    d.t("why does the terminal log raw track data?")
    return d


@tpl("subscription_update_chat", weight=2)
def t_subupdate(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "User: update my payment method to ⟦cc⟧, exp ⟦exp⟧, CVC ⟦cvc⟧\nAssistant: I can't process card "
        "numbers in chat. ⟦n⟧, please use Settings → Billing; I've noted your old card ⟦m⟧ will be removed.",
        cc=CC(p),
        exp=f"{ri(1, 12):02d}/{ri(26, 31)}",
        cvc=digits(3),
        n=N(p, nm, "given"),
        m=L("masked_card", f"•••• {digits(4)}"),
    )
    return d


@tpl("fraud_review_notes")
def t_fraud(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "Fraud review ⟦case⟧: card ⟦cc⟧ used from ⟦ip⟧ (geo mismatch) for order ⟦o⟧; cardholder ⟦n⟧ confirmed by "
        "phone ⟦ph⟧ that it wasn't them. Device ⟦dev⟧.",
        case=LK("ticket_id"),
        cc=CC(p),
        ip=IP(p),
        o=LK("order_number"),
        n=N(p, nm),
        ph=PH(p, country_of(nm)),
        dev=LK("uuid"),
    )
    return d


@tpl("ssn_in_url_log", weight=2)
def t_ssnlog(p: bool) -> Doc:
    d = Doc()
    d.put(
        "⟦ts⟧ INFO  GET /api/verify?ssn=⟦s⟧&dob=⟦dob⟧&zip=⟦z⟧ 200 ⟦dur⟧\n⟦ts2⟧ WARN  retry for applicant ⟦a⟧\n"
        "how do we stop SSNs showing up in access logs?",
        ts=LK("timestamp"),
        s=SS(p, c(["-", ""])),
        dob=L("date", f"{ri(1950, 2004)}-{ri(1, 12):02d}-{ri(1, 28):02d}"),
        z=L("postal_code", digits(5)),
        dur=LK("duration"),
        ts2=LK("timestamp"),
        a=LK("uuid"),
    )
    return d


@tpl("twilio_sms_code")
def t_twilio(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        'client = Client("⟦sid⟧", "⟦tok⟧")\nclient.messages.create(to="⟦to⟧", from_="⟦fr⟧", '
        'body="Hi ⟦n⟧, your code is ⟦code⟧")\n# raises 20003 Authenticate, sid from console on ⟦dt⟧',
        sid=L("account_sid", "AC" + rs(HEX, 32)),
        tok=K(p, "twilio_auth"),
        to=PH(p, country_of(nm)),
        fr=L("toll_free", f"+1 (877) {fill('NDD-DDDD')}"),
        n=N(p, nm, "given"),
        code=digits(6),
        dt=LK("date"),
    )
    return d


@tpl("openssl_cert_dump")
def t_openssl(p: bool) -> Doc:
    d, nm = Doc(), person(latin=True)
    d.put(
        "Certificate:\n    Serial Number: ⟦ser⟧\n    Signature Algorithm: sha256WithRSAEncryption (⟦oid⟧)\n"
        "    Subject: CN = ⟦n⟧, emailAddress = ⟦e⟧, O = ⟦org⟧\n    Not After : ⟦dt⟧\n"
        "    X509v3 Subject Alternative Name: IP Address:⟦ip⟧, IP Address:⟦pip⟧\n"
        "    SHA1 Fingerprint=⟦fp⟧\nwhy does curl say the cert is not valid for this host?",
        ser=":".join(rs(HEX, 2) for _ in range(16)),
        oid=L("oid", "1.2.840.113549.1.1.11"),
        n=N(p, nm),
        e=E(p, nm, work=True),
        org=L("org_name", c(ORG_NAMES)),
        dt=LK("date"),
        ip=IP(p, False),
        pip=ip_fake(False),
        fp=L("cert_fingerprint", ":".join(rs(HEX.upper(), 2) for _ in range(20))),
    )
    return d


@tpl("school_report_help", weight=2)
def t_schoolreport(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "My daughter ⟦n⟧ has to write about ⟦h⟧ for class (due ⟦dt⟧). Her teacher, ⟦t⟧ ⟦tn⟧, wants 3 sources. "
        "Also explain ⟦ep⟧ simply. Reply to ⟦e⟧ please.",
        n=N(p, nm, "given"),
        h=L("historical_figure", c(HISTORICAL)),
        dt=LK("date"),
        t=c(["Mr.", "Ms.", "Mrs."]),
        tn=N(p, person(), "family"),
        ep=eponym(),
        e=E(p),
    )
    return d


@tpl("book_club_chat", weight=2)
def t_bookclub(p: bool) -> Doc:
    d, a, b = Doc(), person(), person()
    d.put(
        "⟦a⟧: this month we read the one where ⟦f⟧ goes to ⟦pl⟧\n⟦b⟧: I liked ⟦f2⟧ more tbh\n"
        "⟦a2⟧: ok, meeting at mine, call ⟦ph⟧ if lost\n\nsummarise the chat",
        a=N(p, a, c(["given", "full"])),
        f=L("fictional_character", c(FICTIONAL)),
        pl=L("place_name", c(PLACE_NAMES)),
        b=N(p, b, c(["given", "full"])),
        f2=L("fictional_character", c(FICTIONAL)),
        a2=N(p, a, "given"),
        ph=PH(p, country_of(a)),
    )
    return d


@tpl("vendor_email_orgs")
def t_vendor(p: bool) -> Doc:
    d, nm = Doc(), person()
    d.put(
        "Hi ⟦g⟧, after the call with ⟦org⟧ we'll move the ⟦prod⟧ pipeline to ⟦org2⟧'s cloud. Can you send the NDA "
        "to ⟦e⟧ by ⟦dt⟧?",
        g=N(p, nm, "given"),
        org=L("org_name", c(ORG_NAMES)),
        prod=L("product_name", c(["Jenkins", "Hudson", "Ansible"])),
        org2=L("org_name", c(ORG_NAMES)),
        e=E(p, nm, work=True),
        dt=LK("date"),
    )
    return d


# ----------------------------------------------------------------------------------------------------------
# chats in other languages
# ----------------------------------------------------------------------------------------------------------
# lang: (name culture, phone country, IBAN country or "", frames)
LANGS: dict[str, tuple[str, str, str, list[str]]] = {
    "de": (
        "de",
        "DE",
        "DE",
        [
            (
                "Hallo, ich bin ⟦n⟧ und komme nicht mehr in mein Konto. Meine E-Mail ist ⟦e⟧, Handy ⟦ph⟧. "
                "Bestellung ⟦o⟧ vom ⟦dt⟧ fehlt noch."
            ),
            (
                "Sehr geehrte Frau ⟦f⟧,\nbitte überweisen Sie den Betrag auf das Konto ⟦ib⟧. "
                "Rückfragen gerne unter ⟦ph⟧.\nMit freundlichen Grüßen\n⟦n2⟧"
            ),
            "Kannst du diese Mail kürzen? „Lieber ⟦g⟧, der API-Schlüssel ⟦k⟧ läuft am ⟦dt⟧ ab, bitte erneuern.“",
        ],
    ),
    "fr": (
        "fr",
        "FR",
        "FR",
        [
            (
                "Bonjour, je m'appelle ⟦n⟧. Ma carte ⟦cc⟧ a été débitée deux fois pour la commande ⟦o⟧. "
                "Vous pouvez me joindre au ⟦ph⟧."
            ),
            "Madame ⟦f⟧, veuillez trouver ci-joint le RIB : ⟦ib⟧. Contact : ⟦e⟧.",
            "Résume ce message : « ⟦n⟧ a quitté l'équipe le ⟦dt⟧, écrivez désormais à ⟦e⟧. »",
        ],
    ),
    "es": (
        "es",
        "MX",
        "ES",
        [
            "Hola, soy ⟦n⟧. No puedo entrar a mi cuenta, mi correo es ⟦e⟧ y mi celular ⟦ph⟧. ¿Me ayudan?",
            "Buenas tardes, necesito que el reembolso del pedido ⟦o⟧ vaya a la cuenta ⟦ib⟧ a nombre de ⟦n⟧.",
            "¿Por qué mi servidor en ⟦ip⟧ rechaza conexiones desde ⟦pip⟧? Lo configuró ⟦g⟧ el ⟦dt⟧.",
        ],
    ),
    "it": (
        "it",
        "IT",
        "IT",
        [
            "Ciao, sono ⟦n⟧, il mio numero è ⟦ph⟧ e la mail ⟦e⟧. Il pacco ⟦tr⟧ non è mai arrivato.",
            "Gentile dott. ⟦f⟧, le confermo il bonifico sull'IBAN ⟦ib⟧ in data ⟦dt⟧.",
        ],
    ),
    "pt": (
        "pt",
        "BR",
        "PT",
        [
            "Olá! Meu nome é ⟦n⟧ e meu cartão ⟦cc⟧ foi recusado. Pode me ligar no ⟦ph⟧?",
            "Oi ⟦g⟧, segue a chave da API que você pediu: ⟦k⟧ — não compartilhe, tá?",
            "Resuma: a reunião com ⟦n⟧ ficou para ⟦dt⟧; contato ⟦e⟧.",
        ],
    ),
    "nl": (
        "nl",
        "NL",
        "NL",
        [
            "Hoi, ik ben ⟦n⟧. Kunnen jullie het bedrag terugstorten op ⟦ib⟧? Mijn nummer is ⟦ph⟧.",
            "Beste ⟦g⟧, je inlog vanaf ⟦ip⟧ op ⟦dt⟧ is geblokkeerd. Groet, ⟦n2⟧",
        ],
    ),
    "pl": (
        "pl",
        "PL",
        "PL",
        [
            "Dzień dobry, nazywam się ⟦n⟧. Proszę o zwrot na konto ⟦ib⟧. Telefon: ⟦ph⟧.",
            "Cześć ⟦g⟧, wysłałem ci klucz ⟦k⟧ na ⟦e⟧, sprawdź skrzynkę.",
        ],
    ),
    "cs": (
        "cs",
        "CZ",
        "CZ",
        [
            "Dobrý den, jmenuji se ⟦n⟧ a potřebuji změnit telefon na ⟦ph⟧. E-mail: ⟦e⟧.",
            "Platbu prosím pošlete na účet ⟦ib⟧, variabilní symbol ⟦o⟧. Díky, ⟦g⟧",
        ],
    ),
    "sv": (
        "sv",
        "SE",
        "SE",
        [
            "Hej! Jag heter ⟦n⟧ och har inte fått min order ⟦o⟧. Ring mig på ⟦ph⟧.",
            'Kan du översätta det här? "⟦g⟧, ditt lösenord har återställts från IP ⟦ip⟧."',
        ],
    ),
    "fi": (
        "fi",
        "FI",
        "FI",
        [
            "Moi, olen ⟦n⟧. Tilaukseni ⟦o⟧ puuttuu, puhelin ⟦ph⟧, sähköposti ⟦e⟧.",
            "Hei ⟦g⟧, palautus maksetaan ⟦dt⟧ mennessä tilille ⟦ib⟧.",
        ],
    ),
    "hu": (
        "hu",
        "HU",
        "HU",
        [
            "Jó napot, ⟦n⟧ vagyok. A telefonszámom ⟦ph⟧, az e-mail címem ⟦e⟧.",
            "Kérem, utalják vissza az összeget erre a számlára: ⟦ib⟧. Köszönöm, ⟦n⟧",
        ],
    ),
    "tr": (
        "tr",
        "TR",
        "TR",
        [
            "Merhaba, ben ⟦n⟧. Kartım ⟦cc⟧ iki kez çekildi, sipariş no ⟦o⟧. Telefonum ⟦ph⟧.",
            "Sayın ⟦n⟧, ödemeniz ⟦ib⟧ hesabına ⟦dt⟧ tarihinde yapılacaktır.",
        ],
    ),
    "ru": (
        "ru",
        "RU",
        "",
        [
            "Здравствуйте, меня зовут ⟦n⟧. Не могу войти в аккаунт, почта ⟦e⟧, телефон ⟦ph⟧.",
            "Коллеги, ключ ⟦k⟧ утёк в публичный репозиторий ⟦dt⟧. Ответственный — ⟦n⟧.",
            "Переведи на английский: «⟦g⟧, заказ ⟦o⟧ доставлен, трек ⟦tr⟧».",
        ],
    ),
    "uk": (
        "uk",
        "UA",
        "",
        [
            "Добрий день, я ⟦n⟧. Прошу повернути кошти на картку ⟦cc⟧. Мій номер ⟦ph⟧.",
            "Привіт, ⟦g⟧! Ось моя пошта ⟦e⟧, напиши, коли буде звіт за ⟦dt⟧.",
        ],
    ),
    "el": (
        "el",
        "GR",
        "GR",
        [
            "Γεια σας, είμαι ο/η ⟦n⟧. Το τηλέφωνό μου είναι ⟦ph⟧ και το email ⟦e⟧.",
            "Παρακαλώ κάντε την επιστροφή στο IBAN ⟦ib⟧. Ευχαριστώ, ⟦g⟧.",
        ],
    ),
    "ar": (
        "ar",
        "AE",
        "SA",
        [
            "مرحبا، اسمي ⟦n⟧. لا أستطيع الدخول إلى حسابي، بريدي ⟦e⟧ ورقم هاتفي ⟦ph⟧.",
            "يرجى تحويل المبلغ إلى الحساب ⟦ib⟧ باسم ⟦n⟧ قبل ⟦dt⟧.",
        ],
    ),
    "he": (
        "he",
        "IL",
        "",
        [
            "שלום, אני ⟦n⟧. הכרטיס שלי ⟦cc⟧ חויב פעמיים. אפשר לחזור אליי ב-⟦ph⟧?",
            "היי ⟦g⟧, שלחתי לך את המפתח ⟦k⟧ במייל ⟦e⟧.",
        ],
    ),
    "hi": (
        "hi",
        "IN",
        "",
        [
            "नमस्ते, मेरा नाम ⟦n⟧ है। मेरा ऑर्डर ⟦o⟧ अभी तक नहीं आया। मेरा नंबर ⟦ph⟧ है।",
            "⟦g⟧ जी, कृपया ⟦e⟧ पर इनवॉइस भेज दीजिए। धन्यवाद!",
        ],
    ),
    "zh": (
        "zh",
        "CN",
        "",
        [
            "你好，我是⟦n⟧，我的手机号是⟦ph⟧，邮箱⟦e⟧，订单⟦o⟧一直没发货。",
            "⟦f⟧先生，您的退款已退回尾号⟦l4⟧的银行卡，如有疑问请致电⟦tf⟧。",
            "帮我看看这个配置为什么报错：api_key: ⟦k⟧，服务器 ⟦ip⟧。",
        ],
    ),
    "ja": (
        "ja",
        "JP",
        "",
        [
            "お世話になっております。⟦n⟧です。注文番号⟦o⟧の件で、⟦ph⟧までご連絡ください。",
            "⟦f⟧様\nいつもご利用ありがとうございます。ご登録のメールアドレス（⟦e⟧）宛に確認メールをお送りしました。",
            "このログの意味を教えて：⟦ts⟧ 接続元 ⟦ip⟧ 認証失敗",
        ],
    ),
    "ko": (
        "ko",
        "KR",
        "",
        [
            "안녕하세요, ⟦n⟧입니다. 제 전화번호는 ⟦ph⟧이고 이메일은 ⟦e⟧예요.",
            "⟦n⟧ 님, 카드 ⟦cc⟧ 결제가 ⟦dt⟧에 승인되었습니다.",
        ],
    ),
    "vi": (
        "vi",
        "VN",
        "",
        [
            "Chào bạn, mình là ⟦n⟧. Số điện thoại của mình là ⟦ph⟧, email ⟦e⟧.",
            "Chị ⟦n⟧ ơi, thẻ ⟦cc⟧ của em bị khóa rồi, mã đơn ⟦o⟧.",
        ],
    ),
    "id": (
        "id",
        "ID",
        "",
        [
            "Halo, saya ⟦n⟧. Pesanan saya ⟦o⟧ belum sampai. Nomor HP saya ⟦ph⟧.",
            "Pak ⟦g⟧, tolong kirim ulang token ⟦k⟧ ke email ⟦e⟧ ya.",
        ],
    ),
    "th": (
        "th",
        "TH",
        "",
        [
            "สวัสดีครับ ผม ⟦n⟧ เบอร์โทร ⟦ph⟧ อีเมล ⟦e⟧ ครับ",
            "คุณ⟦g⟧ คะ คำสั่งซื้อ ⟦o⟧ จัดส่งแล้วค่ะ ติดต่อ ⟦ph⟧",
        ],
    ),
    "sw": (
        "ke",
        "KE",
        "",
        [
            "Habari, naitwa ⟦n⟧. Namba yangu ni ⟦ph⟧ na barua pepe ⟦e⟧.",
            "Tafadhali tuma pesa kwa ⟦n⟧, simu ⟦ph⟧, kabla ya ⟦dt⟧.",
        ],
    ),
}


def make_lang_template(lang: str) -> Callable[[bool], Doc]:
    cult, country, iban_cc, frames = LANGS[lang]

    def fn(p: bool) -> Doc:
        nm = person(cult, latin=False if cult in NON_LATIN else None)
        nm2 = person(cult, latin=False if cult in NON_LATIN else None)
        frame = c(frames)
        slots = set(SLOT.findall(frame))
        kw: dict[str, Item] = {}
        for s in sorted(slots):
            if s == "n":
                kw[s] = N(p, nm, lang=lang)
            elif s == "n2":
                kw[s] = N(p, nm2, lang=lang)
            elif s == "g":
                kw[s] = N(p, nm, "given", lang=lang)
            elif s == "f":
                kw[s] = N(p, nm, "family", lang=lang)
            elif s == "e":
                kw[s] = E(p, nm)
            elif s == "ph":
                kw[s] = PH(p, country if chance(0.85) else None)
            elif s == "ib":
                kw[s] = IB(p, iban_cc or None)
            elif s == "cc":
                kw[s] = CC(p)
            elif s == "ip":
                kw[s] = IP(p)
            elif s == "pip":
                kw[s] = ip_fake(False)
            elif s == "k":
                kw[s] = K(p)
            elif s == "dt":
                kw[s] = LK("date")
            elif s == "ts":
                kw[s] = LK("timestamp")
            elif s == "o":
                kw[s] = LK("order_number")
            elif s == "tr":
                kw[s] = LK("tracking_number")
            elif s == "tf":
                kw[s] = phone_fake()
            elif s == "l4":
                kw[s] = digits(4)
            else:
                raise KeyError(s)
        d = Doc()
        if chance(0.25):
            d.t(c(["User: ", "Kunde: " if lang == "de" else "> ", ""]))
        d.put(frame, **kw)
        return d

    return fn


for _lang in LANGS:
    tpl(f"chat_{_lang}", weight=2)(make_lang_template(_lang))


# ----------------------------------------------------------------------------------------------------------
# self-checks
# ----------------------------------------------------------------------------------------------------------
RESERVED_DOMAINS = re.compile(
    r"@(?:[\w.-]+\.)?(?:example(?:\.(?:com|org|net|co))?|[\w-]+\.test|[\w-]+\.invalid|"
    r"localhost|example)$"
)
NON_GLOBAL_IP_KINDS = (
    "private_ip",
    "doc_ip",
    "loopback_ip",
    "cgnat_ip",
    "link_local_ip",
    "ipv6_doc",
    "ipv6_ula",
    "unspecified_ip",
)
LUHN_OK_KINDS = ("imei", "test_card")
ALL_PLACEHOLDER_NAMES = [v for vals in PLACEHOLDER_NAMES.values() for v in vals]


def check_row(text: str, spans: list[dict[str, Any]], looks: list[dict[str, Any]]) -> None:
    anns = sorted(spans + looks, key=lambda a: (a["start"], a["end"]))
    prev_end = -1
    for a in anns:
        assert text[a["start"] : a["end"]] == a["text"], a
        assert a["start"] >= prev_end, f"overlap at {a}"
        assert a["text"] == a["text"].strip(), a
        prev_end = a["end"]
    for s in spans:
        v, t = s["text"], s["type"]
        if t == "CREDIT_CARD":
            num = re.sub(r"[ -]", "", v)
            assert num.isdigit() and luhn_ok(num) and card_network(num) and num not in TEST_CARDS, v
        elif t == "IBAN_CODE":
            assert iban_ok(v) and group4(v.replace(" ", "")) not in EXAMPLE_IBANS, v
            assert v == v.replace(" ", "") or v == group4(v.replace(" ", "")), v
        elif t == "US_SSN":
            assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v) and ssn_ok(v), v
        elif t == "IP_ADDRESS":
            assert ip_is_host_global(v), v
        elif t == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}", v), v
            assert not RESERVED_DOMAINS.search(v) and v.split("@")[0] not in ROLE_LOCALS, v
        elif t == "PHONE_NUMBER":
            assert re.fullmatch(r"[+0-9 ().-]+", v) and len(re.sub(r"\D", "", v)) >= 8, v
        elif t == "API_KEY":
            assert len(v) >= 20 and v not in EXAMPLE_KEYS and v not in PLACEHOLDER_KEYS, v
        elif t == "PERSON":
            assert not re.search(r"[\d@{}<>\[\]_]", v), v
            assert v not in ALL_PLACEHOLDER_NAMES and v not in FICTIONAL + HISTORICAL, v
        else:
            raise AssertionError(t)
    for lk in looks:
        v, k = lk["text"], lk["kind"]
        flat = re.sub(r"[ -]", "", v)
        if k == "non_luhn_digits":
            assert flat.isdigit() and not luhn_ok(flat), v
        elif k == "invalid_iban":
            assert not iban_ok(v), v
        elif k == "example_iban":
            assert iban_ok(v) and group4(flat) in EXAMPLE_IBANS, v
        elif k in ("invalid_ssn", "placeholder_ssn"):
            assert not ssn_ok(v), v
        elif k == "test_card":
            assert flat in TEST_CARDS and luhn_ok(flat), v
        elif k == "imei":
            assert len(v) == 15 and luhn_ok(v), v
        elif k == "multicast_ip":
            assert ipaddress.ip_address(v).is_multicast, v
        elif k in NON_GLOBAL_IP_KINDS:
            assert not ipaddress.ip_address(v).is_global, v
        elif k == "public_resolver":
            assert v in PUBLIC_RESOLVERS, v
        elif k == "reserved_domain_email":
            assert RESERVED_DOMAINS.search(v), v
        elif k == "example_key":
            assert v in EXAMPLE_KEYS, v
        elif k == "isbn":
            assert ean_ok(flat), v
        if flat.isdigit() and 13 <= len(flat) <= 19 and k not in LUHN_OK_KINDS:
            assert not luhn_ok(flat), (k, v)


# ----------------------------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------------------------
def build() -> list[dict[str, Any]]:
    RNG.seed(SEED)
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    while len(rows) < N_TEXTS:
        want_pii = not chance(P_NOPII)
        name, fn, mode = c(TEMPLATES)
        if (mode == "nopii" and want_pii) or (mode == "pii" and not want_pii):
            continue
        for _ in range(30):
            d = fn(want_pii)
            if bool(d.spans) == want_pii:
                break
        else:
            continue
        text = d.text
        if text in seen:
            continue
        seen.add(text)
        check_row(text, d.spans, d.looks)
        rows.append(
            {
                "id": f"heldout19-{len(rows) + 1:04d}",
                "template": name,
                "text": text,
                "spans": d.spans,
                "lookalikes": d.looks,
            }
        )
    return rows


def lang_of(template: str) -> str:
    return template[5:] if template.startswith("chat_") else "en"


def stats(rows: list[dict[str, Any]]) -> dict[str, Any]:
    types = Counter(s["type"] for r in rows for s in r["spans"])
    kinds = Counter(lk["kind"] for r in rows for lk in r["lookalikes"])
    tpls = Counter(r["template"] for r in rows)
    langs = Counter(lang_of(r["template"]) for r in rows)
    return {
        "texts": len(rows),
        "texts_without_spans": sum(1 for r in rows if not r["spans"]),
        "spans": sum(types.values()),
        "spans_per_type": dict(sorted(types.items())),
        "lookalikes": sum(kinds.values()),
        "lookalike_kinds": len(kinds),
        "lookalikes_per_kind": dict(sorted(kinds.items())),
        "templates": len(tpls),
        "texts_per_template": dict(sorted(tpls.items())),
        "languages": len(langs),
        "texts_per_language": dict(sorted(langs.items())),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "eval_heldout19.jsonl")
    ap.add_argument("--stats", action="store_true", help="print counts as JSON to stdout")
    args = ap.parse_args(argv)
    rows = build()
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"wrote {len(rows)} texts to {args.out} sha256={hashlib.sha256(data).hexdigest()}", file=sys.stderr)
    if args.stats:
        print(json.dumps(stats(rows), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
