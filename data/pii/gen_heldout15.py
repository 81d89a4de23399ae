"""Held-out PII evaluation set v15 (blind author, stdlib only, deterministic).

Styles: support transcripts, HR/recruiting notes, clinic messages, travel bookings, bank disputes,
Kubernetes/Helm/Terraform/.env snippets, curl commands, Slack exports, spreadsheet pastes, voice
transcripts (digits spoken one by one), OCR-ish scans, Italian/Portuguese/Dutch/Polish snippets, and
negative-only styles (CI logs, release notes, shipping notices, reviews of things named after people).

Every PII slot has a same-shaped hard negative (masked value, bad checksum, placeholder, look-alike id)
used when a document or a slot is drawn without PII.

    python data/pii/gen_heldout15.py [--out data/pii/eval_heldout15.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import ipaddress
import itertools
import json
import random
import re
import string
import unicodedata
from collections.abc import Callable
from pathlib import Path

SEED = 1515
N_DOCS = 1200
DEFAULT_OUT = Path(__file__).resolve().parent / "eval_heldout15.jsonl"

# ---------------------------------------------------------------------------------------------------------------
# value factory
# ---------------------------------------------------------------------------------------------------------------

CULTURES: dict[str, tuple[list[str], list[str]]] = {
    "it": (
        ["Giulia", "Matteo", "Chiara", "Lorenzo", "Francesca", "Alessandro", "Martina", "Davide", "Ilaria", "Gianluca"],
        ["Bianchi", "Esposito", "De Luca", "Russo", "Ferraro", "Di Stefano", "Lo Presti", "Dell'Acqua", "Caputo"],
    ),
    "pt": (
        ["João", "Inês", "Beatriz", "Tiago", "Gonçalo", "Mariana", "Thiago", "Larissa", "Rui", "Conceição"],
        ["Gonçalves", "da Silva", "dos Santos", "Pereira", "Carvalho", "de Oliveira", "Magalhães", "Sousa Lopes"],
    ),
    "nl": (
        ["Sanne", "Bram", "Femke", "Joost", "Lieke", "Thijs", "Maarten", "Anouk", "Sjoerd", "Willemijn"],
        ["van der Meer", "de Vries", "Jansen", "van den Broek", "Bakker", "Visser", "ter Horst", "Hoekstra"],
    ),
    "pl": (
        ["Agnieszka", "Krzysztof", "Małgorzata", "Łukasz", "Zofia", "Wojciech", "Katarzyna", "Grzegorz", "Jadwiga"],
        ["Wiśniewska", "Zieliński", "Kowalczyk", "Szymańska", "Dąbrowski", "Wójcik", "Brzęczyszczykiewicz"],
    ),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folasade"], ["Okonkwo", "Adeyemi", "Eze", "Balogun"]),
    "in": (
        ["Priyanka", "Arjun", "Lakshmi", "Vikram", "Ananya", "Sreeja"],
        ["Raghunathan", "Iyer", "Chatterjee", "Venkatesan", "Bhattacharya"],
    ),
    "ea": (
        ["Wei", "Mei-Ling", "Hiroshi", "Yuki", "Ji-woo", "Minh Anh", "Haruto"],
        ["Zhang", "Nakamura", "Park", "Nguyen", "Tanaka", "Lim"],
    ),
    "ar": (["Yousef", "Leila", "Omar", "Fatima", "Karim", "Noor"], ["Al-Masri", "El Amrani", "Haddad", "bin Rashid"]),
    "es": (
        ["Ximena", "Alejandro", "Lucía", "Iñaki", "Rocío"],
        ["Fernández", "de la Cruz", "Ortega-Ruiz", "Etxeberria", "Núñez"],
    ),
    "ie": (["Siobhán", "Pádraig", "Aoife", "Caoimhe"], ["O'Sullivan", "Mac Giolla Phádraig", "Ní Bhriain", "McAuley"]),
    "en": (["Megan", "Tyler", "Brandon", "Harriet", "Duncan"], ["Whitfield", "Harrington", "Ashworth", "Pemberton"]),
    "tr": (["Elif", "Mehmet", "Zeynep", "Emre"], ["Yılmaz", "Öztürk", "Çelik", "Şahin"]),
    "de": (["Anna-Lena", "Hans-Peter", "Jörg", "Friederike"], ["von Brandt", "Müller-Lüdenscheidt", "Weißenbach"]),
    "fr": (["Jean-Baptiste", "Marie-Claire", "Anaïs", "Étienne"], ["Le Goff", "de Saint-Exupéry", "Lefèvre", "Dubois"]),
}

EMAIL_DOMAINS = {
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "pt": ["sapo.pt", "gmail.com", "outlook.pt", "uol.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "default": ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "fastmail.fm", "icloud.com"],
}
WORK_DOMAINS = ["harbourfield.io", "klantwerk.nl", "rivamedica.it", "norteviagens.pt", "mail.tessaro-group.eu"]

NAMED_AFTER_PEOPLE = [
    ("place", "Leonardo da Vinci Airport"),
    ("place", "Lech Wałęsa Airport"),
    ("place", "Chopin Airport"),
    ("place", "Humberto Delgado Airport"),
    ("place", "Avenida Almirante Reis"),
    ("place", "Piazza Garibaldi"),
    ("place", "Via Giuseppe Verdi"),
    ("place", "Jan Pieterszoon Coenstraat"),
    ("place", "Washington Square"),
    ("place", "Victoria Station"),
    ("place", "Ulica Marszałkowska"),
    ("org", "Erasmus MC"),
    ("org", "Johns Hopkins Hospital"),
    ("org", "Fondazione Gianfranco Ferré"),
    ("org", "Calouste Gulbenkian Foundation"),
    ("org", "Anne Frank Huis"),
    ("org", "Uniwersytet Jagielloński"),
    ("org", "Policlinico Agostino Gemelli"),
    ("product", "Ford Fiesta"),
    ("product", "Tesla Model Y"),
    ("product", "Dr. Martens 1460"),
    ("product", "Hugo Boss Bottled"),
    ("product", "Louis Vuitton Neverfull"),
    ("product", "Ferrero Rocher"),
    ("product", "Jack Daniel's No. 7"),
    ("product", "Marie Curie Grant"),
]

ROLES = ["the customer", "the candidate", "the patient", "the passenger", "the account holder", "the caller"]


def strip_accents(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


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


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError("unreachable")


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    r = bban + cc + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return f"{cc}{check:02d}{bban}"


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


class Factory:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n: int) -> str:
        return self.alnum(n, "0123456789abcdef")

    # names ----------------------------------------------------------------------------------------------------
    def name(self, culture: str | None = None) -> tuple[str, str, str]:
        c = culture or self.r.choice(list(CULTURES))
        first, last = CULTURES[c]
        return self.r.choice(first), self.r.choice(last), c

    def name_form(self, first: str, last: str, style: str | None = None) -> str:
        style = style or self.r.choice(["full", "full", "full", "initial", "middle", "lower", "lastfirst"])
        if style == "full":
            return f"{first} {last}"
        if style == "initial":
            return f"{first[0]}. {last}"
        if style == "middle":
            return f"{first} {self.r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        if style == "lower":
            return f"{first} {last}".lower()
        if style == "lastfirst":
            return f"{last}, {first}"
        if style == "upper":
            return f"{last.upper()} {first.upper()}"
        if style == "pnr":
            surname = strip_accents(last).upper().replace(" ", "").replace("'", "")
            return f"{surname}/{strip_accents(first).upper()}"
        raise ValueError(style)

    def email(self, first: str, last: str, culture: str = "default", work: bool = False) -> str:
        f = re.sub(r"[^a-z]", "", strip_accents(first).lower())
        l_ = re.sub(r"[^a-z]", "", strip_accents(last).lower())
        local = self.r.choice(
            [
                f"{f}.{l_}",
                f"{f[0]}.{l_}",
                f"{f}{l_[0]}",
                f"{f}_{l_}{self.r.randint(1, 99)}",
                f"{l_}.{f}",
                f"{f}+{self.r.choice(['shop', 'news', 'bank'])}",
            ]
        )
        dom = (
            self.r.choice(WORK_DOMAINS) if work else self.r.choice(EMAIL_DOMAINS.get(culture, EMAIL_DOMAINS["default"]))
        )
        e = f"{local}@{dom}"
        return e.upper() if self.r.random() < 0.04 else e

    # phones ---------------------------------------------------------------------------------------------------
    def phone(self, cc: str | None = None) -> str:
        cc = cc or self.r.choice(["it", "pt", "nl", "pl", "uk", "us", "de", "in", "br", "ng", "jp", "fr"])
        d = self.digits
        r = self.r
        if cc == "it":
            return r.choice([f"+39 3{d(2)} {d(3)} {d(4)}", f"+39 06 {d(4)} {d(4)}", f"3{d(2)} {d(7)}", f"0039 3{d(9)}"])
        if cc == "pt":
            return r.choice([f"+351 9{d(2)} {d(3)} {d(3)}", f"+351 21 {d(3)} {d(4)}", f"9{d(2)} {d(3)} {d(3)}"])
        if cc == "nl":
            return r.choice([f"+31 6 {d(4)} {d(4)}", f"06-{d(8)}", f"+31 (0)20 {d(3)} {d(4)}", f"0031 6 {d(8)}"])
        if cc == "pl":
            return r.choice([f"+48 5{d(2)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}", f"6{d(2)}-{d(3)}-{d(3)}"])
        if cc == "uk":
            return r.choice([f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(6)}", f"+44 (0)20 {d(4)} {d(4)}"])
        if cc == "us":
            a = f"{r.randint(2, 9)}{d(2)}"
            return r.choice(
                [
                    f"+1 ({a}) {r.randint(2, 9)}{d(2)}-{d(4)}",
                    f"{a}.{r.randint(2, 9)}{d(2)}.{d(4)}",
                    f"+1-{a}-{r.randint(2, 9)}{d(2)}-{d(4)}",
                ]
            )
        if cc == "de":
            return r.choice([f"+49 151 {d(8)}", f"+49 (0)30 {d(7)}", f"0171/{d(7)}"])
        if cc == "in":
            return f"+91 9{d(4)} {d(5)}"
        if cc == "br":
            return r.choice([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}"])
        if cc == "ng":
            return f"+234 80{r.randint(2, 9)} {d(3)} {d(4)}"
        if cc == "jp":
            return f"+81 90-{d(4)}-{d(4)}"
        return f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"

    # cards ----------------------------------------------------------------------------------------------------
    def card_digits(self, valid: bool = True) -> str:
        kind = self.r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
        if kind == "amex":
            body = self.r.choice(["34", "37"]) + self.digits(12)
        elif kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = f"5{self.r.randint(1, 5)}" + self.digits(13)
        elif kind == "mc2":
            body = str(self.r.randint(2221, 2720)) + self.digits(11)
        elif kind == "disc":
            body = "6011" + self.digits(11)
        else:
            body = "35" + str(self.r.randint(28, 89)) + self.digits(11)
        full = luhn_complete(body)
        if not valid:
            last = (int(full[-1]) + self.r.randint(1, 9)) % 10
            full = full[:-1] + str(last)
            assert not luhn_ok(full)
        return full

    def fmt_card(self, dg: str, spaced: bool = False) -> str:
        if spaced:
            return " ".join(dg)
        sep = self.r.choice([" ", " ", "-", "", "  "])
        if len(dg) == 15:
            return f"{dg[:4]}{sep}{dg[4:10]}{sep}{dg[10:]}"
        return sep.join(dg[i : i + 4] for i in range(0, len(dg), 4))

    # iban -----------------------------------------------------------------------------------------------------
    def iban(self, cc: str | None = None, valid: bool = True) -> str:
        cc = cc or self.r.choice(["IT", "PT", "NL", "PL", "DE", "FR", "ES", "BE", "GB", "IE"])
        d = self.digits
        up = string.ascii_uppercase
        bban = {
            "IT": lambda: self.r.choice(up) + d(10) + d(12),
            "PT": lambda: d(21),
            "NL": lambda: self.r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + d(10),
            "PL": lambda: d(24),
            "DE": lambda: d(18),
            "FR": lambda: d(10) + self.alnum(11, up + string.digits) + d(2),
            "ES": lambda: d(20),
            "BE": lambda: d(12),
            "GB": lambda: self.r.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + d(14),
            "IE": lambda: self.r.choice(["AIBK", "BOFI"]) + d(14),
        }[cc]()
        ib = iban_make(cc, bban)
        if not valid:
            while iban_ok(ib):
                pos = self.r.randint(4, len(ib) - 1)
                if ib[pos].isdigit():
                    ib = ib[:pos] + str((int(ib[pos]) + self.r.randint(1, 9)) % 10) + ib[pos + 1 :]
        style = self.r.random()
        if style < 0.6:
            return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        if style < 0.95:
            return ib
        return ib.lower()

    # ssn ------------------------------------------------------------------------------------------------------
    def ssn_digits(self, valid: bool = True) -> str:
        if valid:
            while True:
                area = self.r.randint(1, 899)
                if area != 666:
                    break
            return f"{area:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"
        bad = self.r.choice(["000", "666", "9xx", "g00", "s0000"])
        a, g, s = f"{self.r.randint(1, 665):03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"
        if bad == "000":
            a = "000"
        elif bad == "666":
            a = "666"
        elif bad == "9xx":
            a = f"9{self.r.randint(0, 99):02d}"
        elif bad == "g00":
            g = "00"
        else:
            s = "0000"
        return a + g + s

    def fmt_ssn(self, dg: str, spaced: bool = False) -> str:
        if spaced:
            return " ".join(dg)
        sep = self.r.choice(["-", "-", "-", " ", ""])
        return f"{dg[:3]}{sep}{dg[3:5]}{sep}{dg[5:]}"

    # ip -------------------------------------------------------------------------------------------------------
    def ipv4(self) -> str:
        r = self.r
        return r.choice(
            [
                f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                f"{r.choice([31, 46, 62, 81, 89, 94, 145, 185, 213])}.{r.randint(0, 255)}"
                f".{r.randint(0, 255)}.{r.randint(1, 254)}",
            ]
        )

    def ipv6(self) -> str:
        r = self.r
        groups = [self.hexs(r.randint(1, 4)).lstrip("0") or "0" for _ in range(8)]
        pfx = r.choice(["2001:db8", "2a01:4f8", "2001:67c", "fd12:3456", "2a02:a45f", "fe80:0"])
        full = pfx.split(":") + groups[2:]
        style = r.random()
        if style < 0.35:
            return ":".join(full)
        if style < 0.8:
            return f"{pfx}::{groups[6]}:{groups[7]}"
        return f"{pfx}:{groups[2]}::{groups[7]}"

    def ip(self) -> str:
        return self.ipv4() if self.r.random() < 0.65 else self.ipv6()

    # secrets --------------------------------------------------------------------------------------------------
    def api_key(self, kind: str | None = None) -> tuple[str, str]:
        up = string.ascii_uppercase + string.digits
        an = string.ascii_letters + string.digits
        kind = kind or self.r.choice(
            [
                "aws_id",
                "aws_secret",
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
                "azure",
                "npm",
                "do",
                "datadog",
                "jwt",
            ]
        )
        a = self.alnum
        val = {
            "aws_id": lambda: "AKIA" + a(16, up),
            "aws_secret": lambda: a(40, an + "/+"),
            "github": lambda: self.r.choice(["ghp_", "gho_", "ghs_"]) + a(36, an),
            "gitlab": lambda: "glpat-" + a(20, an + "-_"),
            "slack": lambda: f"xox{self.r.choice('bpa')}-{self.digits(12)}-{self.digits(13)}-{a(24, an)}",
            "stripe": lambda: self.r.choice(["sk_live_", "rk_live_"]) + a(self.r.choice([24, 99]), an),
            "google": lambda: "AIza" + a(35, an + "-_"),
            "openai": lambda: "sk-proj-" + a(48, an + "-_") + "T3BlbkFJ" + a(40, an + "-_"),
            "anthropic": lambda: "sk-ant-api03-" + a(93, an + "-_") + "AA",
            "hf": lambda: "hf_" + a(34, string.ascii_letters),
            "sendgrid": lambda: f"SG.{a(22, an + '-_')}.{a(43, an + '-_')}",
            "twilio": lambda: self.hexs(32),
            "azure": lambda: a(86, an + "+/") + "==",
            "npm": lambda: "npm_" + a(36, an),
            "do": lambda: "dop_v1_" + self.hexs(64),
            "datadog": lambda: self.hexs(32),
            "jwt": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + a(60, an + "-_") + "." + a(43, an + "-_"),
        }[kind]()
        return kind, val

    def password(self, url_safe: bool = False) -> str:
        r = self.r
        words = [
            "Gatto",
            "Zonnebloem",
            "Saudade",
            "Kotek",
            "Tramonto",
            "Fiets",
            "Bacalhau",
            "Wisla",
            "Harbour",
            "Maple",
        ]
        sym = "!#%*-_.~" if url_safe else "!#%*-_.~$&^+="
        style = r.random()
        if style < 0.4:
            return f"{r.choice(words)}{r.choice(sym)}{r.choice(words).lower()}{self.digits(r.randint(2, 4))}"
        if style < 0.8:
            return "".join(r.choice(string.ascii_letters + string.digits + sym) for _ in range(r.randint(12, 24)))
        return f"{r.choice(words)}{self.digits(4)}{r.choice(sym)}"

    # look-alikes ----------------------------------------------------------------------------------------------
    def date(self) -> str:
        r = self.r
        y, m, dd = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return r.choice(
            [
                f"{y}-{m:02d}-{dd:02d}",
                f"{dd:02d}/{m:02d}/{y}",
                f"{dd:02d}.{m:02d}.{y}",
                f"{dd} {months[m - 1]} {y}",
                f"{m}/{dd}/{y}",
            ]
        )

    def uuid(self) -> str:
        h = self.hexs(32)
        u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"
        return u.upper() if self.r.random() < 0.2 else u

    def order_no(self) -> str:
        d = self.digits
        return self.r.choice(
            [f"#{d(4)}-{d(4)}-{d(2)}", f"ORD-{d(9)}", f"{d(3)}-{d(7)}-{d(7)}", f"PO {d(6)}/{d(2)}", f"#{d(6)}"]
        )

    def tracking(self) -> str:
        d = self.digits
        up = string.ascii_uppercase + string.digits
        return self.r.choice(
            [
                f"1Z{self.alnum(6, up)}{d(10)}",
                f"JJD{d(15)}",
                f"3S{self.alnum(4, string.ascii_uppercase)}{d(9)}",
                f"RR{d(9)}PL",
                f"00{d(18)}",
            ]
        )

    def invoice(self) -> str:
        d = self.digits
        return self.r.choice(
            [
                f"INV-{self.r.randint(2022, 2026)}-{d(6)}",
                f"FV/{self.r.randint(2022, 2026)}/{d(2)}/{d(3)}",
                f"FT {d(4)}/{d(5)}",
                f"Fattura n. {d(3)}/{self.r.randint(2022, 2026)}",
                f"F{d(10)}",
            ]
        )

    def version(self) -> str:
        r = self.r
        return r.choice(
            [
                f"v{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 20)}",
                f"{r.randint(1, 30)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
                f"10.0.{r.randint(17000, 26000)}.{r.randint(100, 5000)}",
                f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}-rc.{r.randint(1, 5)}",
            ]
        )

    def sha(self) -> str:
        return self.r.choice([self.hexs(40), self.hexs(7), self.hexs(64), "sha256:" + self.hexs(64), self.hexs(32)])

    def masked(self, typ: str) -> str:
        r = self.r
        d = self.digits
        return {
            "CREDIT_CARD": lambda: r.choice(
                [f"**** **** **** {d(4)}", f"XXXX-XXXX-XXXX-{d(4)}", f"{d(4)} **** **** {d(4)}", f"•••• {d(4)}"]
            ),
            "IBAN_CODE": lambda: r.choice(
                [
                    f"NL** **** **** **{d(2)} {d(2)}",
                    f"IT** X*** **** **** **** ***{d(1)} {d(3)}",
                    f"PT50 **** **** **** ***{d(2)} {d(2)}",
                ]
            ),
            "US_SSN": lambda: r.choice([f"XXX-XX-{d(4)}", f"***-**-{d(4)}", f"###-##-{d(4)}"]),
            "PHONE_NUMBER": lambda: r.choice(
                [f"+39 *** *** {d(4)}", f"+31 6 **** **{d(2)}", f"(***) ***-{d(4)}", f"+48 *** *** {d(3)}"]
            ),
            "EMAIL_ADDRESS": lambda: r.choice(
                ["g***@libero.it", "j****a@gmail.com", "m.***@ziggo.nl", "[email redacted]", "k*****@wp.pl"]
            ),
            "API_KEY": lambda: r.choice(
                ["sk_live_****************", "AKIA****************", "ghp_••••••••••••", "xoxb-***-***-***", "********"]
            ),
        }[typ]()

    def placeholder(self, typ: str) -> str:
        return self.r.choice(
            {
                "API_KEY": [
                    "<YOUR_API_KEY>",
                    "${STRIPE_SECRET_KEY}",
                    "{{ .Values.auth.token }}",
                    "REPLACE_ME",
                    "$(cat /run/secrets/api_key)",
                    "your-token-here",
                    "<redacted>",
                ],
                "PASSWORD": [
                    "${DB_PASSWORD}",
                    '{{ secret "db-pass" }}',
                    "<password>",
                    "${{ secrets.PG_PASSWORD }}",
                    "$PGPASSWORD",
                    "var.db_password",
                ],
                "EMAIL_ADDRESS": ["<email>", "user@example.com", "{{customer.email}}", "name@domain.tld"],
                "PHONE_NUMBER": ["+XX XXX XXX XXXX", "<phone>", "{{customer.phone}}", "+1 (555) 0100"],
                "IBAN_CODE": ["<IBAN>", "NLkk BBBB cccc cccc cc", "{{iban}}"],
                "CREDIT_CARD": ["<card number>", "0000 0000 0000 0000", "{{pan}}"],
                "US_SSN": ["XXX-XX-XXXX", "<ssn>", "{{ssn}}"],
                "IP_ADDRESS": ["<host-ip>", "x.x.x.x", "${NODE_IP}", "{{ .Values.ip }}"],
            }[typ]
        )


# ---------------------------------------------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------------------------------------------

Slot = tuple[str, str, str]  # ("pii" | "look", type-or-kind, value)
SLOT_RE = re.compile(r"\[\[(\w+)\]\]")


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.looks: list[dict] = []

    def add(self, v: str | Slot) -> None:
        if isinstance(v, tuple):
            tag, kind, s = v
            if tag == "pii":
                self.spans.append({"type": kind, "start": self.n, "end": self.n + len(s), "text": s})
            elif tag == "look":
                self.looks.append({"kind": kind, "start": self.n, "end": self.n + len(s), "text": s})
            else:
                raise ValueError(tag)
            v = s
        self.parts.append(v)
        self.n += len(v)

    def fill(self, tmpl: str, **slots: str | Slot) -> Doc:
        pos = 0
        for m in SLOT_RE.finditer(tmpl):
            self.add(tmpl[pos : m.start()])
            self.add(slots[m.group(1)])
            pos = m.end()
        self.add(tmpl[pos:])
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


def P(typ: str, v: str) -> Slot:
    return ("pii", typ, v)


def L(kind: str, v: str) -> Slot:
    return ("look", kind, v)


class Gen:
    """Slot maker: a real PII value when the document carries PII (per-slot probability), else a same-shaped
    hard negative."""

    def __init__(self, rng: random.Random, on: bool) -> None:
        self.r = rng
        self.f = Factory(rng)
        self.on = on

    def real(self) -> bool:
        return self.on and self.r.random() < 0.85

    def person(self, first: str, last: str, form: str | None = None, alt: str | None = None) -> str | Slot:
        if self.real():
            return P("PERSON", self.f.name_form(first, last, form))
        if alt is not None:
            return alt
        kind, v = self.r.choice(NAMED_AFTER_PEOPLE)
        return L(f"named_{kind}", v)

    def email(self, first: str, last: str, culture: str = "default", work: bool = False) -> Slot:
        if self.real():
            return P("EMAIL_ADDRESS", self.f.email(first, last, culture, work))
        if self.r.random() < 0.6:
            return L("masked", self.f.masked("EMAIL_ADDRESS"))
        return L("placeholder", self.f.placeholder("EMAIL_ADDRESS"))

    def phone(self, cc: str | None = None, spoken: bool = False) -> Slot:
        if self.real():
            if not spoken:
                return P("PHONE_NUMBER", self.f.phone(cc))
            d = self.f.digits
            nat = {"us": f"{self.r.randint(2, 9)}{d(9)}", "uk": f"07{d(9)}", "it": f"3{d(9)}"}[cc or "us"]
            return P("PHONE_NUMBER", " ".join(nat))
        x = self.r.random()
        if x < 0.45:
            return L("masked", self.f.masked("PHONE_NUMBER"))
        if x < 0.7:
            return L("order_number", self.f.order_no())
        if x < 0.85:
            return L("date", self.f.date())
        return L("placeholder", self.f.placeholder("PHONE_NUMBER"))

    def card(self, spoken: bool = False) -> Slot:
        if self.real():
            return P("CREDIT_CARD", self.f.fmt_card(self.f.card_digits(True), spoken))
        x = self.r.random()
        if x < 0.45:
            return L("non_luhn", self.f.fmt_card(self.f.card_digits(False), spoken))
        if x < 0.8:
            return L("masked", self.f.masked("CREDIT_CARD"))
        if x < 0.9:
            return L("tracking_id", self.f.tracking())
        return L("placeholder", self.f.placeholder("CREDIT_CARD"))

    def iban(self, cc: str | None = None) -> Slot:
        if self.real():
            return P("IBAN_CODE", self.f.iban(cc))
        x = self.r.random()
        if x < 0.5:
            return L("iban_bad_checksum", self.f.iban(cc, valid=False))
        if x < 0.85:
            return L("masked", self.f.masked("IBAN_CODE"))
        return L("placeholder", self.f.placeholder("IBAN_CODE"))

    def ssn(self, spoken: bool = False) -> Slot:
        if self.real():
            return P("US_SSN", self.f.fmt_ssn(self.f.ssn_digits(True), spoken))
        x = self.r.random()
        if x < 0.5:
            return L("invalid_ssn", self.f.fmt_ssn(self.f.ssn_digits(False), spoken))
        if x < 0.85:
            return L("masked", self.f.masked("US_SSN"))
        return L("placeholder", self.f.placeholder("US_SSN"))

    def ip(self, v6: bool | None = None) -> Slot:
        if self.real():
            if v6 is None:
                return P("IP_ADDRESS", self.f.ip())
            return P("IP_ADDRESS", self.f.ipv6() if v6 else self.f.ipv4())
        x = self.r.random()
        if x < 0.5:
            return L("version", self.f.version())
        if x < 0.7:
            return L("oid", f"1.3.6.1.4.1.{self.r.randint(1000, 60000)}.{self.r.randint(1, 9)}")
        return L("placeholder", self.f.placeholder("IP_ADDRESS"))

    def key(self, kind: str | None = None) -> Slot:
        if self.real():
            return P("API_KEY", self.f.api_key(kind)[1])
        if self.r.random() < 0.55:
            return L("placeholder", self.f.placeholder("API_KEY"))
        return L("masked", self.f.masked("API_KEY"))

    def pw(self, url_safe: bool = False) -> Slot:
        if self.real():
            return P("API_KEY", self.f.password(url_safe))
        return L("placeholder", self.f.placeholder("PASSWORD"))

    # look-alike shortcuts
    def date(self) -> Slot:
        return L("date", self.f.date())

    def uuid(self) -> Slot:
        return L("uuid", self.f.uuid())

    def order(self) -> Slot:
        return L("order_number", self.f.order_no())

    def track(self) -> Slot:
        return L("tracking_id", self.f.tracking())

    def inv(self) -> Slot:
        return L("invoice_id", self.f.invoice())

    def ver(self) -> Slot:
        return L("version", self.f.version())

    def sha(self) -> Slot:
        return L("hash", self.f.sha())

    def named(self) -> Slot:
        kind, v = self.r.choice(NAMED_AFTER_PEOPLE)
        return L(f"named_{kind}", v)


# ---------------------------------------------------------------------------------------------------------------
# styles
# ---------------------------------------------------------------------------------------------------------------


def t_support_chat(g: Gen) -> Doc:
    f1, l1, c1 = g.f.name()
    fa, la, _ = g.f.name()
    d = Doc()
    d.fill(
        "[[ts]] Agent [[agent]]: [[greet]]\n"
        "[[ts2]] Customer: hi it's [[cust]], [[issue]] [[ord]]\n"
        "[[ts3]] Agent [[agent2]]: Sorry about that! Can you confirm the email on the account?\n"
        "[[ts4]] Customer: [[email]] and the card was [[card]]\n"
        "[[ts5]] Agent [[agent3]]: Thanks. I see two captures on [[date]]. Refund ref [[uuid]] is on its way, "
        "3-5 business days. Best number to reach you?\n"
        "[[ts6]] Customer: [[phone]] after 6pm pls\n",
        greet=g.r.choice(
            [
                "Hi, thanks for contacting Harbourfield support, who am I speaking with?",
                "Good evening! You're chatting with billing. May I have your name?",
                "Hello 👋 how can I help today?",
                "Thanks for waiting. Who do I have the pleasure of talking to?",
            ]
        ),
        issue=g.r.choice(
            [
                "I was charged twice for order",
                "the parcel never showed up, order",
                "I want to cancel order",
                "promo code didnt work on order",
                "wrong size delivered for order",
            ]
        ),
        ts=L("time", "14:02"),
        ts2=L("time", "14:03"),
        ts3=L("time", "14:03"),
        ts4=L("time", "14:05"),
        ts5=L("time", "14:07"),
        ts6=L("time", "14:08"),
        agent=g.person(fa, la, "initial", alt="#118"),
        agent2=g.person(fa, la, "initial", alt="#118"),
        agent3=g.person(fa, la, "initial", alt="#118"),
        cust=g.person(f1, l1, g.r.choice(["lower", "full", "lower"]), alt="me, the account owner"),
        ord=g.order(),
        email=g.email(f1, l1, c1),
        card=g.card(),
        date=g.date(),
        uuid=g.uuid(),
        phone=g.phone(),
    )
    return d


def t_hr_note(g: Gen) -> Doc:
    f1, l1, c1 = g.f.name()
    fr, lr, _ = g.f.name()
    title = g.r.choice(["Dr. ", "Mr ", "Ms. ", "Prof. ", ""])
    return Doc().fill(
        "RECRUITING NOTE — req [[req]] ([[role]])\n"
        "Candidate: [[title]][[cand]]\nContact: [[email]] / [[phone]]\n"
        "Referred by: [[ref]] (internal)\n"
        "Screen on [[date]]: [[assess]]\n"
        "Background check vendor needs SSN [[ssn]] — collected via secure form, delete after.\n"
        "Payroll (if hired): [[iban]]\nNext: onsite at our office near [[named]].\n",
        req=L("requisition_id", f"R-{g.f.digits(5)}"),
        role=g.r.choice(["Senior Data Engineer", "Nurse Practitioner", "Warehouse Lead", "Staff SRE", "Paralegal"]),
        assess=g.r.choice(
            [
                "strong on Spark/Flink, weak on SQL window functions. Visa: none needed.",
                "great references, salary expectation 20% above band. Relocating from Porto.",
                "no-show for first slot, rescheduled. Second call went well.",
                "hiring manager wants a take-home; notice period 3 months.",
            ]
        ),
        title=title,
        cand=g.person(f1, l1, g.r.choice(["full", "middle", "full"]), alt="candidate #7"),
        email=g.email(f1, l1, c1),
        phone=g.phone(),
        ref=g.person(fr, lr, "full", alt="careers page"),
        date=g.date(),
        ssn=g.ssn(),
        iban=g.iban(),
        named=g.named(),
    )


def t_medical(g: Gen) -> Doc:
    f1, l1, c1 = g.f.name()
    fd, ld, _ = g.f.name()
    return Doc().fill(
        "Appointment reminder\nPatient: [[pat]] (MRN [[mrn]])\nWith: Dr. [[doc]], [[dept]], [[hosp]]\n"
        "When: [[date]] at [[time]] — please arrive 15 min early, bring your insurance card.\n"
        "Reply to this message or call [[phone]] to reschedule. Portal login: [[email]]\n"
        "Ref [[uuid]]\n",
        pat=g.person(f1, l1, g.r.choice(["full", "lastfirst", "upper"]), alt="(on file)"),
        mrn=L("mrn", g.f.digits(8)),
        dept=g.r.choice(["cardiology", "dermatology", "physiotherapy", "paediatrics", "radiology (MRI)"]),
        doc=g.person(fd, ld, g.r.choice(["full", "initial"]), alt="on duty"),
        hosp=L("named_org", g.r.choice(["Erasmus MC", "Johns Hopkins Hospital", "Policlinico Agostino Gemelli"])),
        date=g.date(),
        time=L("time", f"{g.r.randint(8, 17)}:{g.r.choice(['00', '15', '30', '45'])}"),
        phone=g.phone(),
        email=g.email(f1, l1, c1),
        uuid=g.uuid(),
    )


def t_travel(g: Gen) -> Doc:
    f1, l1, c1 = g.f.name()
    f2, l2, _ = g.f.name(c1)
    return Doc().fill(
        "BOOKING CONFIRMATION  PNR [[pnr]]\n"
        "1. [[p1]] MR\n2. [[p2]] MRS\n"
        "FLIGHT KL[[fl]]  [[date]]  AMS -> LIS  dep 07:25  seat 14C\n"
        "Departs from Schiphol, arrives [[airport]]\n"
        "E-TICKET [[tkt]]\nCONTACT [[phone]]  EMAIL [[email]]\n"
        "PAID BY CARD [[card]] EXP 09/28\n",
        pnr=L("booking_ref", g.f.alnum(6, string.ascii_uppercase + "23456789")),
        p1=g.person(f1, l1, "pnr", alt="PAX"),
        p2=g.person(f2, l2, "pnr", alt="PAX"),
        fl=L("flight_number", str(g.r.randint(1000, 1999))),
        date=g.date(),
        airport=L("named_place", "Humberto Delgado Airport"),
        tkt=L("ticket_number", f"074-{g.f.digits(10)}"),
        phone=g.phone(),
        email=g.email(f1, l1, c1),
        card=g.card(),
    )


def t_bank_dispute(g: Gen) -> Doc:
    f1, l1, c1 = g.f.name()
    return Doc().fill(
        "[[open]]\n\nI, [[name]], dispute the transaction of €[[amt]] dated [[date]] on my card "
        "[[card]] (merchant ref [[ref]]). I did not authorise it. Please credit the amount back to account [[iban]].\n"
        "Your case number: [[case]].\nYou can reach me at [[phone]] or [[email]].\n\nSincerely,\n[[sig]]\n",
        open=g.r.choice(["To the Disputes Department,", "Dear Sir or Madam,", "RE: chargeback request", "Hello,"]),
        name=g.person(f1, l1, "full", alt="the undersigned account holder"),
        amt=L("amount", f"{g.r.randint(20, 2400)},{g.r.randint(0, 99):02d}"),
        date=g.date(),
        card=g.card(),
        ref=g.order(),
        iban=g.iban(),
        case=L("case_id", f"DSP-{g.f.digits(8)}"),
        phone=g.phone(),
        email=g.email(f1, l1, c1),
        sig=g.person(f1, l1, g.r.choice(["full", "initial"]), alt="(signature)"),
    )


def t_k8s_secret(g: Gen) -> Doc:
    return Doc().fill(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-api\n  namespace: prod\n"
        "  annotations:\n    checksum/config: [[sha]]\ntype: Opaque\nstringData:\n"
        '  STRIPE_SECRET_KEY: "[[k1]]"\n  DATABASE_PASSWORD: "[[pw]]"\n  SENDGRID_API_KEY: [[k2]]\n'
        "---\n# pod [[pod]] scheduled on node ip [[ip]]\n",
        sha=g.sha(),
        k1=g.key("stripe"),
        pw=g.pw(),
        k2=g.key("sendgrid"),
        pod=L("pod_name", f"payments-api-{g.f.hexs(10)}-{g.f.alnum(5, string.ascii_lowercase + string.digits)}"),
        ip=g.ip(v6=False),
    )


def t_helm(g: Gen) -> Doc:
    return Doc().fill(
        "$ helm upgrade --install pg bitnami/postgresql --version [[ver]] \\\n"
        "    --set auth.postgresPassword=[[pw]] \\\n    --set primary.service.loadBalancerIP=[[ip]] \\\n"
        '    --set image.tag=16.3.0-debian-12-r[[rev]]\nRelease "pg" has been upgraded. Happy Helming!\n'
        "REVISION: [[rev2]]\n",
        ver=L("version", f"{g.r.randint(12, 16)}.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}"),
        pw=g.pw(url_safe=True),
        ip=g.ip(v6=False),
        rev=L("build_number", str(g.r.randint(1, 40))),
        rev2=L("revision", str(g.r.randint(2, 80))),
    )


def t_terraform(g: Gen) -> Doc:
    return Doc().fill(
        'provider "aws" {\n  region     = "eu-west-1"\n  access_key = "[[aid]]"\n  secret_key = "[[sec]]"\n}\n\n'
        'resource "azurerm_mssql_server" "main" {\n  version                      = "12.0"\n'
        '  administrator_login          = "sqladmin"\n  administrator_login_password = "[[pw]]"\n}\n'
        "# state lock id [[uuid]], module sha [[sha]]\n# allowed: [[ip]]\n",
        aid=g.key("aws_id"),
        sec=g.key("aws_secret"),
        pw=g.pw(),
        uuid=g.uuid(),
        sha=g.sha(),
        ip=g.ip(),
    )


def t_dotenv(g: Gen) -> Doc:
    return Doc().fill(
        "# .env.production — do NOT commit (oops)\nAPP_VERSION=[[ver]]\nDATABASE_URL=postgresql://app:[[pw]]@[[ip]]:5432/orders\n"
        "REDIS_URL=redis://:[[pw2]]@cache.internal:6379/0\nOPENAI_API_KEY=[[k1]]\nHF_TOKEN=[[k2]]\n"
        "TWILIO_ACCOUNT_SID=[[sid]]\nTWILIO_AUTH_TOKEN=[[k3]]\nBUILD_SHA=[[sha]]\nRELEASE_ID=[[uuid]]\n",
        ver=g.ver(),
        pw=g.pw(url_safe=True),
        ip=g.ip(v6=False),
        pw2=g.pw(url_safe=True),
        k1=g.key("openai"),
        k2=g.key("hf"),
        sid=L("account_sid", "AC" + g.f.hexs(32)),
        k3=g.key("twilio"),
        sha=g.sha(),
        uuid=g.uuid(),
    )


def t_curl(g: Gen) -> Doc:
    kind = g.r.choice(["anthropic", "openai", "github", "gitlab", "npm", "do", "google", "jwt"])
    hdr = {"anthropic": "x-api-key: ", "google": "x-goog-api-key: ", "gitlab": "PRIVATE-TOKEN: "}.get(
        kind, "Authorization: Bearer "
    )
    return Doc().fill(
        "[[q]]\n\n```\ncurl -sS -X POST https://[[ip]]:8443/v1/jobs \\\n  -H '[[hdr]][[key]]' \\\n"
        "  -H 'Idempotency-Key: [[uuid]]' \\\n  -u deploy:[[pw]] \\\n"
        '  -d \'{"order": "[[ord]]", "notify": "[[email]]"}\'\n```\n',
        q=g.r.choice(
            [
                "why does this return 401??",
                "Convert this curl to python requests please:",
                "This worked yesterday, now 403. Any idea?",
                "explain what each flag does",
            ]
        ),
        ip=g.ip(v6=False),
        hdr=hdr,
        key=g.key(kind),
        uuid=g.uuid(),
        pw=g.pw(url_safe=True),
        ord=g.order(),
        email=g.email(*g.f.name()[:2]),
    )


def t_slack(g: Gen) -> Doc:
    f1, l1, c1 = g.f.name()
    f2, l2, _ = g.f.name()
    f3, l3, _ = g.f.name()
    return Doc().fill(
        '{"channel": "#ops-payments", "messages": [\n'
        '  {"user": "[[u1]]", "ts": "[[ts]]", "text": "prod deploy [[ver]] failed, pod can\'t reach [[ip]]"},\n'
        '  {"user": "[[u2]]", "ts": "[[ts2]]", "text": "<@U04ABC> token in the logs: [[key]] pls rotate"},\n'
        '  {"user": "[[u3]]", "ts": "[[ts3]]", "text": "rotated. also [[mention]] — the refund for [[email]] is stuck, '
        'ticket [[inv]]"}\n]}\n',
        u1=g.person(f1, l1, "lower", alt="deploy-bot"),
        ts=L("timestamp", f"17{g.f.digits(8)}.{g.f.digits(6)}"),
        ver=g.ver(),
        ip=g.ip(),
        u2=g.person(f2, l2, g.r.choice(["full", "lower"]), alt="oncall"),
        ts2=L("timestamp", f"17{g.f.digits(8)}.{g.f.digits(6)}"),
        key=g.key(g.r.choice(["slack", "github", "datadog", "stripe"])),
        u3=g.person(f3, l3, "full", alt="sre-team"),
        ts3=L("timestamp", f"17{g.f.digits(8)}.{g.f.digits(6)}"),
        mention=g.person(f1, l1, "full", alt="whoever is on call"),
        email=g.email(f2, l2, c1),
        inv=g.inv(),
    )


def t_spreadsheet(g: Gen) -> Doc:
    d = Doc()
    d.add("Name\tEmail\tPhone\tSSN\tStart date\tEmployee ID\n")
    for _ in range(g.r.randint(3, 6)):
        f1, l1, c1 = g.f.name()
        d.fill(
            "[[n]]\t[[e]]\t[[p]]\t[[s]]\t[[dt]]\t[[eid]]\n",
            n=g.person(f1, l1, g.r.choice(["lastfirst", "full", "upper"]), alt="(vacant)"),
            e=g.email(f1, l1, c1, work=True),
            p=g.phone(),
            s=g.ssn(),
            dt=g.date(),
            eid=L("employee_id", f"E{g.f.digits(6)}"),
        )
    return d


def t_voice(g: Gen) -> Doc:
    f1, l1, _ = g.f.name()
    return Doc().fill(
        "[transcript, auto-generated, call [[cid]]]\nAGENT: thank you for calling, can I have your full name please\n"
        "CALLER: yeah it's uh [[name]]\nAGENT: and a callback number\nCALLER: [[phone]]\n"
        "AGENT: okay and for verification the last four of your social, or the full number if you prefer\n"
        "CALLER: [[ssn]]\nAGENT: and the card you'd like to pay with\nCALLER: [[card]]\n"
        "AGENT: great, your confirmation is [[conf]]\n",
        cid=g.uuid(),
        name=g.person(f1, l1, g.r.choice(["lower", "full"]), alt="the same as on the account"),
        phone=g.phone(g.r.choice(["us", "uk", "it"]), spoken=True),
        ssn=g.ssn(spoken=True),
        card=g.card(spoken=True),
        conf=L("confirmation_id", " ".join(g.f.digits(6))),
    )


def t_ocr(g: Gen) -> Doc:
    f1, l1, c1 = g.f.name()
    return Doc().fill(
        "B ANK   STATE MENT        Page 1 of 3\n\nAccount  holder :   [[name]]\nIBAN :  [[iban]]\n"
        "Statement  date  [[date]]      Ref  [[inv]]\n\n  Date        Description                  Amount\n"
        "  [[d1]]   CARD [[card]] AMAZON EU       -42,99\n  [[d2]]   SEPA  from [[name2]]        +1.250,00\n"
        "  Contact:  [[phone]]   e- mail  [[email]]\n",
        name=g.person(f1, l1, g.r.choice(["upper", "full"]), alt="ACCOUNT HOLDER"),
        iban=g.iban(),
        date=g.date(),
        inv=g.inv(),
        d1=g.date(),
        card=g.card(),
        d2=g.date(),
        name2=g.person(*g.f.name()[:2], "upper", alt="EMPLOYER PAYROLL"),
        phone=g.phone(),
        email=g.email(f1, l1, c1),
    )


def t_italian(g: Gen) -> Doc:
    f1, l1, _ = g.f.name("it")
    return Doc().fill(
        "Gentile [[sal]][[name]],\nla Sua pratica n. [[prat]] del [[date]] è stata presa in carico. Per l'accredito "
        "useremo l'IBAN [[iban]]. Per informazioni chiami il [[phone]] oppure scriva a [[email]].\n"
        "La sede di [[named]] riceve il lunedì.\nCordiali saluti, [[op]]\n",
        sal=g.r.choice(["Sig.ra ", "Sig. ", "Dott. ", ""]),
        name=g.person(f1, l1, "full", alt="Cliente"),
        prat=L("case_id", f"{g.f.digits(4)}/{g.r.randint(2023, 2026)}"),
        date=g.date(),
        iban=g.iban("IT"),
        phone=g.phone("it"),
        email=g.email(f1, l1, "it"),
        named=L("named_place", g.r.choice(["Piazza Garibaldi", "Via Giuseppe Verdi"])),
        op=g.person(*g.f.name("it")[:2], "initial", alt="l'Ufficio Clienti"),
    )


def t_portuguese(g: Gen) -> Doc:
    f1, l1, _ = g.f.name("pt")
    return Doc().fill(
        "Olá [[name]], obrigado pelo contacto! A sua encomenda [[ord]] foi enviada com o código [[trk]]. "
        "O reembolso de 39,90 € será feito para o IBAN [[iban]] até [[date]]. Dúvidas: [[phone]] ou [[email]]. "
        "Loja da [[named]].\n",
        name=g.person(f1, l1, g.r.choice(["full", "lower"]), alt="cliente"),
        ord=g.order(),
        trk=g.track(),
        iban=g.iban("PT"),
        date=g.date(),
        phone=g.phone(g.r.choice(["pt", "br"])),
        email=g.email(f1, l1, "pt"),
        named=L("named_place", "Avenida Almirante Reis"),
    )


def t_dutch(g: Gen) -> Doc:
    f1, l1, _ = g.f.name("nl")
    return Doc().fill(
        "Beste [[sal]][[name]],\nUw afspraak bij [[named]] staat op [[date]]. Betaling via IBAN [[iban]] t.n.v. "
        "[[name2]], kenmerk [[inv]]. Bel bij verhindering [[phone]] of mail [[email]]. Uw server ([[ip]]) is "
        "inmiddels gepatcht naar [[ver]].\nMet vriendelijke groet,\n[[op]]\n",
        sal=g.r.choice(["heer ", "mevrouw ", "Mevr. ", ""]),
        name=g.person(f1, l1, "full", alt="klant"),
        named=L("named_org", "Erasmus MC"),
        date=g.date(),
        iban=g.iban("NL"),
        name2=g.person(f1, l1, "initial", alt="Stichting Klantwerk"),
        inv=g.inv(),
        phone=g.phone("nl"),
        email=g.email(f1, l1, "nl"),
        ip=g.ip(),
        ver=g.ver(),
        op=g.person(*g.f.name("nl")[:2], "full", alt="Team Klantenservice"),
    )


def t_polish(g: Gen) -> Doc:
    f1, l1, _ = g.f.name("pl")
    return Doc().fill(
        "Dzień dobry [[sal]][[name]],\nw załączeniu faktura [[inv]] z dnia [[date]]. Prosimy o wpłatę na rachunek "
        "[[iban]]. Przesyłka [[trk]] wyjdzie z magazynu przy [[named]]. Kontakt: [[phone]], [[email]].\n"
        "Pozdrawiam, [[op]]\n",
        sal=g.r.choice(["Pani ", "Panie ", ""]),
        name=g.person(f1, l1, g.r.choice(["full", "lower"]), alt="Kliencie"),
        inv=L("invoice_id", f"FV/{g.r.randint(2023, 2026)}/{g.f.digits(2)}/{g.f.digits(3)}"),
        date=g.date(),
        iban=g.iban("PL"),
        trk=g.track(),
        named=L("named_place", "Ulica Marszałkowska"),
        phone=g.phone("pl"),
        email=g.email(f1, l1, "pl"),
        op=g.person(*g.f.name("pl")[:2], "full", alt="Dział Obsługi"),
    )


def t_server_log(g: Gen) -> Doc:
    d = Doc()
    for _ in range(g.r.randint(3, 6)):
        port = g.r.choice([443, 5432, 8080, 22, 6443])
        x = g.r.random()
        ipv = g.ip()
        is6 = ipv[2] and ":" in ipv[2]
        if x < 0.5:
            d.fill(
                "[[ts]] sshd[[[pid]]]: Failed password for [[user]] from [[ip]] port [[port]] ssh2\n",
                ts=L("timestamp", f"{g.f.date()} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}"),
                pid=L("pid", str(g.r.randint(1000, 65000))),
                user=g.r.choice(["root", "admin", "invalid user git"]),
                ip=ipv,
                port=str(port),
            )
        elif is6:
            d.fill(
                "upstream connect to [[[ip]]]:[[port]] reset, retry [[uuid]]\n", ip=ipv, port=str(port), uuid=g.uuid()
            )
        else:
            d.fill(
                "upstream connect to [[ip]]:[[port]] reset, build [[ver]] sha [[sha]]\n",
                ip=ipv,
                port=str(port),
                ver=g.ver(),
                sha=g.sha(),
            )
    return d


def t_group_chat(g: Gen) -> Doc:
    f1, l1, c1 = g.f.name()
    f2, l2, _ = g.f.name()
    first2 = f2.lower()
    return Doc().fill(
        "[[h1]] [[a]]: anyone have the number for the plumber? the one from [[named]]\n"
        "[[h2]] [[b]]: [[phone]] ask for [[c]]\n"
        "[[h3]] [[a2]]: ty!! also sending the deposit to [[iban]] — that's yours right [[b2]]?\n"
        "[[h4]] [[b3]]: yep. or just mail me [[email]]\n",
        h1=L("time", f"[{g.r.randint(7, 22):02d}:{g.r.randint(0, 59):02d}]"),
        a=g.person(f1, l1, g.r.choice(["lower", "full"]), alt="~"),
        named=g.named(),
        h2=L("time", f"[{g.r.randint(7, 22):02d}:{g.r.randint(0, 59):02d}]"),
        b=g.person(f2, l2, "lower", alt="~"),
        phone=g.phone(),
        c=g.person(*g.f.name()[:2], g.r.choice(["full", "initial"]), alt="the owner"),
        h3=L("time", f"[{g.r.randint(7, 22):02d}:{g.r.randint(0, 59):02d}]"),
        a2=g.person(f1, l1, g.r.choice(["lower", "full"]), alt="~"),
        iban=g.iban(),
        b2=P("PERSON", first2) if g.real() else "mate",
        h4=L("time", f"[{g.r.randint(7, 22):02d}:{g.r.randint(0, 59):02d}]"),
        b3=g.person(f2, l2, "lower", alt="~"),
        email=g.email(f2, l2, c1),
    )


def t_db_cli(g: Gen) -> Doc:
    x = g.r.random()
    d = Doc()
    d.fill(
        "$ history | grep -i pass\n  [[n1]]  mysql -h [[ip]] -u root -p'[[pw]]' shop < dump_[[date]].sql\n",
        n1=str(g.r.randint(100, 999)),
        ip=g.ip(v6=False),
        pw=g.pw(),
        date=L("date", f"{g.r.randint(2021, 2026)}{g.r.randint(1, 12):02d}{g.r.randint(1, 28):02d}"),
    )
    d.fill(
        "  [[n2]]  docker run -d -e POSTGRES_PASSWORD=[[pw]] -p 5432:5432 postgres:[[ver]]\n",
        n2=str(g.r.randint(100, 999)),
        pw=g.pw(url_safe=True),
        ver=L("version", f"{g.r.randint(13, 17)}.{g.r.randint(0, 9)}"),
    )
    if x < 0.5:
        d.fill(
            '  [[n3]]  mongosh "mongodb+srv://svc_reader:[[pw]]@cluster0.x1y2z.mongodb.net/app"\n',
            n3=str(g.r.randint(100, 999)),
            pw=g.pw(url_safe=True),
        )
    else:
        d.fill(
            '  [[n3]]  az storage blob list --connection-string "DefaultEndpointsProtocol=https;AccountName=stshop01;'
            'AccountKey=[[k]];EndpointSuffix=core.windows.net"\n',
            n3=str(g.r.randint(100, 999)),
            k=g.key("azure"),
        )
    d.fill(
        "  [[n4]]  export DD_API_KEY=[[k]] DIGITALOCEAN_TOKEN=[[k2]]\n",
        n4=str(g.r.randint(100, 999)),
        k=g.key("datadog"),
        k2=g.key("do"),
    )
    return d


# negative-only styles ------------------------------------------------------------------------------------------


def t_ci_log(g: Gen) -> Doc:
    return Doc().fill(
        "Run [[run]] on runner ubuntu-24.04 (image [[ver]])\nChecking out [[sha]]\n"
        "Installing deps... lockfile hash [[sha2]]\nCache key: node-modules-[[sha3]]\n"
        "Tests: 1,482 passed, 3 skipped in 84.2s\nUploading artifact [[uuid]] (14.2 MB)\n"
        "Using secret STRIPE_KEY=*** (masked)\nDone at [[date]]\n",
        run=L("run_id", g.f.digits(11)),
        ver=g.ver(),
        sha=L("hash", g.f.hexs(40)),
        sha2=L("hash", g.f.hexs(64)),
        sha3=L("hash", g.f.hexs(16)),
        uuid=g.uuid(),
        date=g.date(),
    )


def t_shipping(g: Gen) -> Doc:
    return Doc().fill(
        "Your parcel is on the way! Order [[ord]] · Tracking [[trk]] · Invoice [[inv]]\n"
        "Estimated delivery [[date]] between 10:00-14:00. Item: [[prod]] (SKU [[sku]]).\n"
        "Paid with card ending [[mask]]. Reference number [[ref]].\n",
        ord=g.order(),
        trk=g.track(),
        inv=g.inv(),
        date=g.date(),
        prod=g.named(),
        sku=L("sku", f"{g.f.alnum(3, string.ascii_uppercase)}-{g.f.digits(5)}"),
        mask=L("masked", g.f.masked("CREDIT_CARD")),
        ref=L("non_luhn", g.f.card_digits(False)),
    )


def t_release_notes(g: Gen) -> Doc:
    return Doc().fill(
        "## [[ver]] ([[date]])\n- Bumped OpenSSL to [[ver2]]; SNMP OID [[oid]] now exported.\n"
        "- Fixed crash when API key is `[[ph]]` (placeholder) instead of a real key.\n"
        "- Example config uses password `[[ph2]]` and host [[ph3]].\n- Migration [[uuid]] is idempotent.\n"
        "- Checksums: [[sha]]\n",
        ver=g.ver(),
        date=g.date(),
        ver2=L("version", f"3.{g.r.randint(0, 5)}.{g.r.randint(0, 9)}"),
        oid=L("oid", f"1.3.6.1.4.1.{g.r.randint(1000, 60000)}.1.{g.r.randint(1, 9)}"),
        ph=L("placeholder", g.f.placeholder("API_KEY")),
        ph2=L("placeholder", g.f.placeholder("PASSWORD")),
        ph3=L("placeholder", g.f.placeholder("IP_ADDRESS")),
        uuid=g.uuid(),
        sha=L("hash", g.f.hexs(64)),
    )


def t_review(g: Gen) -> Doc:
    a, b = g.r.sample(NAMED_AFTER_PEOPLE, 2)
    return Doc().fill(
        "Review ★★★★☆ — bought the [[a]] after a trip past [[b]]. Arrived [[date]], order [[ord]]. "
        "Support answered within a day. Would buy again, though v[[ver]] of the app is buggy.\n",
        a=L(f"named_{a[0]}", a[1]),
        b=L(f"named_{b[0]}", b[1]),
        date=g.date(),
        ord=g.order(),
        ver=L("version", f"{g.r.randint(1, 9)}.{g.r.randint(0, 20)}"),
    )


STYLES: dict[str, tuple[Callable[[Gen], Doc], int, bool]] = {
    # name: (function, weight, can carry PII)
    "support_chat": (t_support_chat, 8, True),
    "hr_note": (t_hr_note, 6, True),
    "medical_msg": (t_medical, 6, True),
    "travel_booking": (t_travel, 6, True),
    "bank_dispute": (t_bank_dispute, 6, True),
    "k8s_secret": (t_k8s_secret, 5, True),
    "helm_cli": (t_helm, 4, True),
    "terraform": (t_terraform, 5, True),
    "dotenv": (t_dotenv, 5, True),
    "curl": (t_curl, 5, True),
    "slack_export": (t_slack, 6, True),
    "spreadsheet": (t_spreadsheet, 5, True),
    "voice_transcript": (t_voice, 6, True),
    "ocr_statement": (t_ocr, 5, True),
    "it_letter": (t_italian, 5, True),
    "pt_message": (t_portuguese, 5, True),
    "nl_letter": (t_dutch, 5, True),
    "pl_invoice": (t_polish, 5, True),
    "server_log": (t_server_log, 5, True),
    "group_chat": (t_group_chat, 5, True),
    "db_cli_history": (t_db_cli, 5, True),
    "ci_log": (t_ci_log, 3, False),
    "shipping_notice": (t_shipping, 3, False),
    "release_notes": (t_release_notes, 3, False),
    "review": (t_review, 3, False),
}


# ---------------------------------------------------------------------------------------------------------------
# checks and assembly
# ---------------------------------------------------------------------------------------------------------------


PROMPT_PREFIXES = [
    "",
    "",
    "",
    "Summarise this for me:\n\n",
    "Translate to English please:\n",
    "Extract the action items from the text below.\n---\n",
    "Can you clean up the formatting of this?\n\n",
    "user> what's wrong here\n",
    "Classify the intent of this message:\n\n",
]


def check_doc(doc: dict) -> None:
    text = doc["text"]
    items = sorted(doc["spans"] + doc["lookalikes"], key=lambda s: (s["start"], s["end"]))
    for s in items:
        assert text[s["start"] : s["end"]] == s["text"], (doc["id"], s)
        assert s["text"] and s["text"] == s["text"].strip(), (doc["id"], s)
    for a, b in itertools.pairwise(items):
        assert a["end"] <= b["start"], (doc["id"], a, b)
    for s in doc["spans"]:
        v, t = s["text"], s["type"]
        if t == "CREDIT_CARD":
            dg = re.sub(r"\D", "", v)
            assert len(dg) in (15, 16) and luhn_ok(dg), (doc["id"], v)
        elif t == "IBAN_CODE":
            assert iban_ok(v), (doc["id"], v)
        elif t == "US_SSN":
            assert ssn_ok(v), (doc["id"], v)
        elif t == "IP_ADDRESS":
            ipaddress.ip_address(v)  # raises on ports, brackets, junk
        elif t == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v), (doc["id"], v)
        elif t == "PERSON":
            assert not re.match(r"(Dr|Mr|Mrs|Ms|Prof|Sig|Dott|Pani|Panie|Mevr)\b", v), (doc["id"], v)
    for s in doc["lookalikes"]:
        v, k = s["text"], s["kind"]
        if k == "non_luhn":
            assert not luhn_ok(re.sub(r"\D", "", v)), (doc["id"], v)
        elif k == "iban_bad_checksum":
            assert not iban_ok(v), (doc["id"], v)
        elif k == "invalid_ssn":
            assert not ssn_ok(v), (doc["id"], v)


def build() -> list[dict]:
    rng = random.Random(SEED)
    names = list(STYLES)
    weights = [STYLES[n][1] for n in names]
    docs: list[dict] = []
    for i in range(N_DOCS):
        style = rng.choices(names, weights)[0]
        fn, _, can = STYLES[style]
        on = can and rng.random() < 0.66
        while True:
            sub = random.Random(rng.getrandbits(64))
            d = fn(Gen(sub, on))
            if not on or d.spans:
                break
        pre = rng.choice(PROMPT_PREFIXES)
        for item in d.spans + d.looks:
            item["start"] += len(pre)
            item["end"] += len(pre)
        rec = {
            "id": f"heldout15-{i + 1:04d}",
            "template": style,
            "text": pre + d.text,
            "spans": d.spans,
            "lookalikes": d.looks,
        }
        check_doc(rec)
        if not on:
            assert not rec["spans"]
        docs.append(rec)
    return docs


def serialise(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Write the held-out PII evaluation set v15.")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    first = serialise(build())
    second = serialise(build())
    assert first == second, "generator is not deterministic"
    args.out.write_text(first, encoding="utf-8")
    docs = [json.loads(x) for x in first.splitlines()]
    with_pii = sum(1 for d in docs if d["spans"])
    by_type: dict[str, int] = {}
    for d in docs:
        for s in d["spans"]:
            by_type[s["type"]] = by_type.get(s["type"], 0) + 1
    print(f"wrote {len(docs)} docs ({with_pii} with PII) to {args.out}")
    print("spans:", dict(sorted(by_type.items())))
    print("sha256:", hashlib.sha256(first.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
