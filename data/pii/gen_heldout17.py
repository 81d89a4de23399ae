#!/usr/bin/env python3
"""Held-out evaluation set #17 for the PII detector (LLM-app monitor traffic).

Standard library only, deterministic (fixed SEED).  Writes one JSON object per
line to eval_heldout17.jsonl (override with --out).

Each text is assembled from *pieces*: plain strings, tagged PII values
("S", TYPE, value) and declared look-alikes ("L", kind, value).  Offsets are
computed while concatenating, never typed by hand.

LABELLING POLICY (applied consistently by construction)
------------------------------------------------------
* PERSON: names of specific human beings -- full names, given names alone,
  surnames after a title, lowercase names in chat, names in non-Latin scripts
  (Han, Kana, Hangul, Cyrillic, Persian, Ethiopic, Devanagari) and historical /
  public figures when they are referred to as people.  Titles and honorifics
  (Dr., Mr, Mrs, Prof., Herr, Sr., Pani, -san, さん, 님, 先生, "MR" in airline
  "SURNAME/GIVEN MR") are NOT part of the span; a possessive "'s" is not part
  of the span.  Particles (van der, de la, bin, binti, O', von, da, dos) ARE
  part of the span.  "Last, First" is ONE span including the comma.  Airline
  "SURNAME/GIVEN" is one span.
* NOT PERSON (declared look-alikes): eponyms inside places, organisations,
  diseases, theorems/algorithms, laws and products ("Alzheimer's disease",
  "Lincoln Tunnel", "Bayes' theorem") -- the whole eponymous phrase is the
  look-alike; pet names; brand names that look like names ("Wendy's",
  "Tim Hortons"); assistant/product names ("Alexa"); usernames / handles
  ("@dkowal_dev", "jsmith42") -- a handle is never PERSON even if it
  contains a name.  A name inside an e-mail address is only EMAIL_ADDRESS.
* PHONE_NUMBER: span from the first "+" or digit to the last digit; so a
  leading "(" is outside the span, an inner "(0)" or ")" is inside.
  Extensions ("ext. 204") are outside the span.  Plain digit strings are only
  labelled when context says they are phone numbers.
* CREDIT_CARD: Luhn-valid 13-19 digits, span from first to last digit incl.
  separators.  Masked cards (****1234) and non-Luhn 16-digit runs are
  look-alikes.  No famous public test card numbers are used.
* IBAN_CODE: mod-97 valid, compact or grouped by 4; span covers all groups.
* US_SSN: valid area/group/serial only; dashed, spaced, or plain 9 digits
  when the context says SSN.  Invalid examples (000-, 666-, 9xx-) are
  look-alikes of kind invalid_ssn.
* IP_ADDRESS: any syntactically valid IPv4/IPv6 address used as an address
  (public, private, loopback, documentation ranges).  ":port", "/prefix",
  "%zone" and surrounding brackets are outside the span.  Dotted
  versions / OIDs are look-alikes.
* API_KEY: the secret token only (no "Bearer ", no "KEY=" prefix).  A PEM
  private key is one span from "-----BEGIN" to the final "-----".  JWTs are
  one span.  Placeholders, documentation example keys (AKIAIOSFODNN7EXAMPLE),
  env-var references and truncated keys are look-alikes (placeholder_key /
  masked_value).
* Dates (including dates of birth), times, order/invoice/tracking ids,
  versions, hashes, UUIDs, SKUs, ISBNs, MAC addresses, OTP codes, ssh remotes
  like git@github.com are out of scope and recorded as look-alikes where they
  appear as distinct tokens.
"""
import argparse
import base64
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import uuid

SEED = 17_2026_1124
R = random.Random(SEED)
N_TOTAL = 1400
NOPII_FRACTION = 0.40

# ---------------------------------------------------------------- helpers
rc = lambda seq: R.choice(seq)
ri = lambda a, b: R.randint(a, b)


def chance(p):
    return R.random() < p


def S(t, v):
    return ("S", t, v)


def L(k, v):
    return ("L", k, v)


def per(v):
    return S("PERSON", v)


def em(v):
    return S("EMAIL_ADDRESS", v)


def cc(v):
    return S("CREDIT_CARD", v)


def iban(v):
    return S("IBAN_CODE", v)


def ssn(v):
    return S("US_SSN", v)


def ip(v):
    return S("IP_ADDRESS", v)


def key(v):
    return S("API_KEY", v)


def ph(v):
    """Phone pieces: leading non-digit/non-plus chars stay outside the span."""
    i = 0
    while i < len(v) and not (v[i].isdigit() or v[i] == "+"):
        i += 1
    j = len(v)
    while j > 0 and not v[j - 1].isdigit():
        j -= 1
    return [v[:i], S("PHONE_NUMBER", v[i:j]), v[j:]]


def flatten(pieces):
    for p in pieces:
        if isinstance(p, list):
            yield from flatten(p)
        elif p is None:
            continue
        else:
            yield p


def build(pieces):
    text = ""
    spans, looks = [], []
    for p in flatten(pieces):
        if isinstance(p, str):
            text += p
            continue
        tag, kind, val = p
        assert isinstance(val, str) and val, p
        s = len(text)
        text += val
        e = len(text)
        if tag == "S":
            spans.append({"type": kind, "start": s, "end": e, "text": val})
        else:
            looks.append({"kind": kind, "start": s, "end": e, "text": val})
    return text, spans, looks


def digits(n, first_nonzero=False):
    s = "".join(rc(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(ri(1, 9)) + s[1:]
    return s


def rstr(n, alphabet):
    return "".join(rc(alphabet) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"


def to_ascii(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    s = s.replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z]", "", s)


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, ser = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and ser != 0


def ip_ok(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- names
LATIN = {
    "us": (["Emily", "Michael", "Jessica", "Tyler", "Brianna", "Kevin", "Hannah", "Marcus", "Lauren", "Derek",
            "Megan", "Jordan", "Caitlin", "Trevor", "Ashley", "Dwayne", "Rachel", "Colton"],
           ["Johnson", "Whitaker", "Reyes", "Sullivan", "Brooks", "Harper", "Coleman", "Fitzgerald", "Morales",
            "Bennett", "Caldwell", "Hayes", "Pruitt", "Lindqvist", "Washburn"]),
    "pl": (["Agnieszka", "Krzysztof", "Małgorzata", "Grzegorz", "Wojciech", "Zofia", "Łukasz", "Katarzyna",
            "Paweł", "Dariusz", "Jadwiga"],
           ["Kowalska", "Wiśniewski", "Zieliński", "Szymańska", "Wójcik", "Lewandowski", "Dąbrowska",
            "Kamiński", "Grabowski", "Nowak", "Przybylska"]),
    "br": (["João", "Ana Clara", "Luiz Fernando", "Thiago", "Beatriz", "Gabriela", "Rafael", "Letícia", "Caio",
            "Juliana", "Maria Eduarda"],
           ["Souza", "Oliveira", "da Silva", "dos Santos", "Pereira", "Carvalho", "Albuquerque", "Ferreira",
            "Gonçalves", "Rocha", "de Almeida"]),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Adebayo", "Funmilayo", "Emeka", "Yetunde", "Chiamaka", "Tunde",
            "Ifeoma", "Babajide", "Aisha", "Obinna"],
           ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Abubakar", "Ogunleye", "Obi",
            "Adekunle", "Uchenna", "Nnamdi-Okeke"]),
    "in": (["Priya", "Rahul", "Ananya", "Venkatesh", "Lakshmi", "Arjun", "Deepika", "Sanjay", "Kavya", "Rohan",
            "Meenakshi", "Aditya", "Harpreet"],
           ["Sharma", "Iyer", "Patel", "Reddy", "Chatterjee", "Nair", "Subramanian", "Gupta", "Menon",
            "Banerjee", "Kulkarni", "Sandhu"]),
    "id": (["Budi", "Siti", "Dewi", "Agus", "Putri", "Rizky", "Wahyu", "Ayu", "Fajar", "Intan"],
           ["Santoso", "Rahayu", "Lestari", "Setiawan", "Wulandari", "Hidayat", "Saputra", "Kusuma", "Pratama",
            "Nugroho"]),
    "mx": (["María Guadalupe", "José Luis", "Ximena", "Alejandro", "Fernanda", "Diego", "Valeria", "Juan Carlos",
            "Sofía", "Emiliano", "Itzel"],
           ["Hernández", "Ramírez", "Torres", "de la Cruz", "López Ortega", "García", "Martínez", "Gutiérrez",
            "Castillo", "Vázquez", "de la Garza"]),
    "nl": (["Pieter", "Anouk", "Lukas", "Sanne", "Daan", "Femke", "Jeroen", "Maud"],
           ["van der Berg", "de Vries", "van den Heuvel", "van Dijk", "de Jong", "Bakker", "van der Meer",
            "Visser", "ter Horst"]),
    "de": (["Friedrich", "Jana", "Matthias", "Lena", "Jürgen", "Sabine", "Tobias", "Annika"],
           ["von Stein", "Müller", "Schröder", "Weiß", "Hoffmann", "Becker", "von Ahlefeldt", "Kühn"]),
    "ie": (["Siobhán", "Declan", "Aoife", "Ciarán", "Niamh", "Eoin", "Saoirse"],
           ["O'Brien", "O'Sullivan", "McCarthy", "Ó Briain", "MacNamara", "O'Neill", "Ní Dhomhnaill"]),
    "fr": (["Amélie", "Jean-Baptiste", "Éloïse", "Théo", "Clémence", "Benoît", "Margaux"],
           ["Dubois", "Lefèvre", "Rousseau", "Girard", "Fontaine", "de La Rochette", "Marchand"]),
    "tr": (["Ayşe", "Mehmet", "Elif", "Burak", "Zeynep", "Emre", "Gülşen"],
           ["Yılmaz", "Öztürk", "Kaya", "Demir", "Çelik", "Şahin", "Arslan"]),
    "ke": (["Wanjiru", "Otieno", "Akinyi", "Kiprono", "Njeri", "Mutua"],
           ["Kamau", "Odhiambo", "Mwangi", "Wambui", "Chebet", "Ochieng"]),
    "ar": (["Omar", "Layla", "Youssef", "Fatima", "Khalid", "Noura", "Tariq"],
           ["Al-Farsi", "Haddad", "El-Sayed", "Mansour", "Al-Rashid", "Khoury", "Nasser"]),
    "my": (["Ahmad", "Nurul Aisyah", "Muhammad Hafiz", "Siti Zulaikha", "Faizal", "Aminah"],
           ["bin Ismail", "binti Hassan", "bin Abdullah", "binti Rahman", "bin Yusof", "binti Osman"]),
}
# Malay patronymics: "bin" for men, "binti" for women -- approximate gender by list index parity
MALE_MY = {"Ahmad", "Muhammad Hafiz", "Faizal"}

SCRIPT = {
    # (surnames[(native, latin)], given[(native, latin)], family_first, joiner)
    "zh": ([("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("黄", "Huang"),
            ("周", "Zhou"), ("欧阳", "Ouyang")],
           [("伟", "Wei"), ("娜", "Na"), ("晓明", "Xiaoming"), ("洋", "Yang"), ("静", "Jing"), ("丽华", "Lihua"),
            ("建国", "Jianguo"), ("思远", "Siyuan"), ("雨桐", "Yutong")], True, ""),
    "ja": ([("山田", "Yamada"), ("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"),
            ("渡辺", "Watanabe"), ("小林", "Kobayashi")],
           [("太郎", "Taro"), ("花子", "Hanako"), ("一郎", "Ichiro"), ("美咲", "Misaki"), ("健太", "Kenta"),
            ("由美", "Yumi"), ("翔", "Sho")], True, " "),
    "ko": ([("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("윤", "Yoon")],
           [("민준", "Min-jun"), ("서연", "Seo-yeon"), ("지훈", "Ji-hoon"), ("유진", "Yu-jin"), ("하은", "Ha-eun"),
            ("도윤", "Do-yoon")], True, ""),
    "fa": ([("رضایی", "Rezaei"), ("احمدی", "Ahmadi"), ("محمدی", "Mohammadi"), ("کریمی", "Karimi"),
            ("حسینی", "Hosseini"), ("تهرانی", "Tehrani")],
           [("علی", "Ali"), ("مریم", "Maryam"), ("حسین", "Hossein"), ("زهرا", "Zahra"), ("رضا", "Reza"),
            ("شیرین", "Shirin")], False, " "),
    "am": ([("በቀለ", "Bekele"), ("ኃይሌ", "Haile"), ("ተስፋዬ", "Tesfaye"), ("አለሙ", "Alemu"), ("ግርማ", "Girma")],
           [("አበበ", "Abebe"), ("ትዕግስት", "Tigist"), ("ዮሐንስ", "Yohannes"), ("መሮን", "Meron"), ("ዳዊት", "Dawit"),
            ("ሰላም", "Selam")], False, " "),
    "hi": ([("शर्मा", "Sharma"), ("वर्मा", "Verma"), ("सिंह", "Singh"), ("जोशी", "Joshi")],
           [("राहुल", "Rahul"), ("प्रिया", "Priya"), ("अनीता", "Anita"), ("विकास", "Vikas")], False, " "),
}
RU_GIVEN = [("Иван", "Ivan", "m"), ("Екатерина", "Ekaterina", "f"), ("Дмитрий", "Dmitry", "m"),
            ("Ольга", "Olga", "f"), ("Алексей", "Alexey", "m"), ("Наталья", "Natalya", "f"),
            ("Сергей", "Sergey", "m"), ("Анастасия", "Anastasia", "f")]
RU_SUR = [("Петров", "Petrov"), ("Смирнов", "Smirnov"), ("Кузнецов", "Kuznetsov"), ("Иванов", "Ivanov"),
          ("Соколов", "Sokolov"), ("Волков", "Volkov"), ("Лебедев", "Lebedev")]
RU_PATR = {"m": [("Сергеевич", "Sergeevich"), ("Андреевич", "Andreevich")],
           "f": [("Викторовна", "Viktorovna"), ("Игоревна", "Igorevna")]}


class Name:
    def __init__(self, given, surname, full, ag, asur, culture, family_first=False, native=True):
        self.given, self.surname, self.full = given, surname, full
        self.ag, self.asur = ag, asur  # ASCII forms for e-mails / usernames
        self.culture, self.family_first, self.native = culture, family_first, native

    def last_first(self):
        return f"{self.surname}, {self.given}"


CULTURES = list(LATIN) + ["zh", "ja", "ko", "fa", "am", "hi", "ru", "vn"]
LATIN_ONLY = list(LATIN) + ["vn"]


def make_name(cult=None, native=None):
    cult = cult or rc(CULTURES)
    if cult in LATIN:
        gs, ss = LATIN[cult]
        g = rc(gs)
        s = rc(ss)
        if cult == "my":
            s = ("bin " if g in MALE_MY else "binti ") + s.split(" ", 1)[1]
        return Name(g, s, f"{g} {s}", to_ascii(g.split()[0]), to_ascii(s.split()[-1]), cult)
    if cult == "vn":
        fam = rc(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"])
        mid = rc(["Văn", "Thị", "Minh", "Đức", "Ngọc"])
        g = rc(["An", "Mai", "Huy", "Lan", "Thảo", "Dũng", "Hương"])
        return Name(g, fam, f"{fam} {mid} {g}", to_ascii(g), to_ascii(fam), cult, True)
    if cult == "ru":
        g, gl, sex = rc(RU_GIVEN)
        s, sl = rc(RU_SUR)
        if sex == "f":
            s, sl = s + "а", sl + "a"
        if native is None:
            native = chance(0.7)
        if native:
            full = f"{g} {s}" if chance(0.6) else f"{s} {g} {rc(RU_PATR[sex])[0]}"
            return Name(g, s, full, gl, sl, cult, False, True)
        return Name(gl, sl, f"{gl} {sl}", gl, sl, cult, False, False)
    surs, givs, ff, joiner = SCRIPT[cult]
    s, sl = rc(surs)
    g, gl = rc(givs)
    if native is None:
        native = chance(0.65)
    if native:
        full = (s + joiner + g) if ff else (g + joiner + s)
        return Name(g, s, full, to_ascii(gl), to_ascii(sl), cult, ff, True)
    full = f"{sl} {gl}" if (ff and chance(0.5)) else f"{gl} {sl}"
    return Name(gl, sl, full, to_ascii(gl), to_ascii(sl), cult, ff and full.startswith(sl), False)


def latin_name(cult=None):
    return make_name(cult or rc(LATIN_ONLY + ["ru", "zh", "ja", "ko", "fa", "am"]), native=False)


TITLES = {"en": ["Dr. ", "Mr. ", "Ms. ", "Mrs. ", "Prof. ", "Mr ", "Dr "], "de": ["Herr ", "Frau ", "Dr. "],
          "fr": ["M. ", "Mme ", "Maître "], "es": ["Sr. ", "Sra. ", "Lic. ", "Dra. "], "pl": ["Pan ", "Pani "],
          "pt": ["Sr. ", "Sra. ", "Dr. ", "Dona "]}

# ---------------------------------------------------------------- e-mail
FREE_MAIL = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "pl": ["wp.pl", "onet.pl", "o2.pl"],
             "br": ["uol.com.br", "gmail.com", "bol.com.br"], "ng": ["yahoo.com", "gmail.com"],
             "in": ["gmail.com", "rediffmail.com"], "id": ["yahoo.co.id", "gmail.com"],
             "mx": ["hotmail.com", "prodigy.net.mx"], "nl": ["ziggo.nl", "kpnmail.nl"],
             "de": ["web.de", "gmx.de", "t-online.de"], "ie": ["eircom.net", "gmail.com"],
             "fr": ["orange.fr", "free.fr", "laposte.net"], "tr": ["hotmail.com.tr", "yandex.com.tr"],
             "ke": ["gmail.com", "yahoo.com"], "ar": ["hotmail.com", "gmail.com"], "my": ["yahoo.com.my"],
             "zh": ["qq.com", "163.com", "126.com"], "ja": ["yahoo.co.jp", "docomo.ne.jp"],
             "ko": ["naver.com", "daum.net"], "fa": ["gmail.com", "chmail.ir"], "am": ["ethionet.et", "gmail.com"],
             "hi": ["gmail.com"], "ru": ["mail.ru", "yandex.ru"], "vn": ["gmail.com", "yahoo.com.vn"]}
CORP = ["northwind-traders.com", "acmelogistics.io", "helio-health.org", "brightpath.co.uk", "kestrel-labs.dev",
        "zenithbank-example.ng", "tatvasoft.in", "agrovale.com.br", "mostek.pl", "sakura-shoji.co.jp",
        "hanbit-tech.kr", "tundra-analytics.ru", "nilepay.et", "cobalto.mx", "rijnhaven.nl", "lumenlaw.com",
        "pinecrest-clinic.com", "orbitalfreight.com", "quillandpaper.co", "saffron-hotels.ae"]


def email_for(n, corp=None):
    g, s = n.ag.lower() or "user", n.asur.lower() or "mail"
    if corp is None:
        corp = chance(0.45)
    dom = rc(CORP) if corp else rc(FREE_MAIL.get(n.culture, ["gmail.com"]))
    local = rc([f"{g}.{s}", f"{g[0]}{s}", f"{g}_{s}{ri(1, 99)}", f"{g}{ri(70, 2005)}", f"{s}.{g}",
                f"{g}.{s[0]}", f"{g}-{s}", f"{g}+{rc(['shop', 'news', 'work'])}"])
    if corp:
        local = rc([f"{g}.{s}", f"{g[0]}.{s}", f"{g}"])
    return f"{local}@{dom}"


def role_email():
    return f"{rc(['billing', 'support', 'hr', 'payroll', 'accounts', 'sales', 'ops-alerts', 'privacy'])}@{rc(CORP)}"


# ---------------------------------------------------------------- phones
def _d(n):
    return digits(n)


def phone_for(country=None):
    country = country or rc(list(PHONES))
    s = rc(PHONES[country])()
    if s.startswith("+") and chance(0.12):
        s = "00" + s[1:]
    return s


def _us():
    a = f"{ri(2, 9)}{ri(0, 8)}{ri(0, 9)}"
    if a[1:] == "11":
        a = a[0] + "12"
    e = f"{ri(2, 9)}{_d(2)}"
    l4 = _d(4)
    return rc([f"({a}) {e}-{l4}", f"{a}-{e}-{l4}", f"{a}.{e}.{l4}", f"+1 {a} {e} {l4}", f"+1 ({a}) {e}-{l4}",
               f"+1-{a}-{e}-{l4}", f"1-{a}-{e}-{l4}"])


PHONES = {
    "us": [_us],
    "gb": [lambda: f"+44 7{_d(3)} {_d(6)}", lambda: f"07{_d(3)} {_d(6)}", lambda: f"+44 (0)20 {_d(4)} {_d(4)}",
           lambda: f"020 {ri(3, 8)}{_d(3)} {_d(4)}", lambda: f"0161 {_d(3)} {_d(4)}"],
    "de": [lambda: f"+49 15{ri(1, 9)} {_d(8)}", lambda: f"0170 {_d(7)}", lambda: f"+49 30 {_d(8)}",
           lambda: f"(030) {_d(4)} {_d(4)}", lambda: f"089/{_d(7)}"],
    "fr": [lambda: "+33 6 " + " ".join(_d(2) for _ in range(4)), lambda: "06 " + " ".join(_d(2) for _ in range(4)),
           lambda: "07." + ".".join(_d(2) for _ in range(4)), lambda: "+33 (0)1 " + " ".join(_d(2) for _ in range(4))],
    "in": [lambda: f"+91 9{_d(4)} {_d(5)}", lambda: f"+91-{ri(6, 9)}{_d(9)}", lambda: f"0{ri(7, 9)}{_d(4)} {_d(5)}",
           lambda: f"080-{_d(8)}"],
    "br": [lambda: f"+55 11 9{_d(4)}-{_d(4)}", lambda: f"({ri(11, 99)}) 9{_d(4)}-{_d(4)}",
           lambda: f"+55 ({ri(11, 99)}) {ri(2, 5)}{_d(3)}-{_d(4)}", lambda: f"21 9 {_d(4)}-{_d(4)}"],
    "ng": [lambda: f"+234 80{ri(2, 9)} {_d(3)} {_d(4)}", lambda: f"080{ri(2, 9)} {_d(3)} {_d(4)}",
           lambda: f"+23481{_d(8)}", lambda: f"0703-{_d(3)}-{_d(4)}"],
    "pl": [lambda: f"+48 {ri(5, 8)}{_d(2)} {_d(3)} {_d(3)}", lambda: f"{ri(5, 8)}{_d(2)}-{_d(3)}-{_d(3)}",
           lambda: f"+48 22 {_d(3)} {_d(2)} {_d(2)}"],
    "cn": [lambda: f"+86 13{ri(0, 9)} {_d(4)} {_d(4)}", lambda: f"1{ri(3, 8)}{_d(9)}",
           lambda: f"+86 10 {_d(4)} {_d(4)}", lambda: f"021-{_d(8)}"],
    "jp": [lambda: f"+81 90-{_d(4)}-{_d(4)}", lambda: f"080-{_d(4)}-{_d(4)}", lambda: f"03-{_d(4)}-{_d(4)}",
           lambda: f"+81 3 {_d(4)} {_d(4)}"],
    "kr": [lambda: f"+82 10-{_d(4)}-{_d(4)}", lambda: f"010-{_d(4)}-{_d(4)}", lambda: f"02-{_d(3)}-{_d(4)}"],
    "ru": [lambda: f"+7 (9{_d(2)}) {_d(3)}-{_d(2)}-{_d(2)}", lambda: f"8 (495) {_d(3)}-{_d(2)}-{_d(2)}",
           lambda: f"+7 9{_d(2)} {_d(3)} {_d(2)} {_d(2)}", lambda: f"8-9{_d(2)}-{_d(3)}-{_d(2)}-{_d(2)}"],
    "ir": [lambda: f"+98 912 {_d(3)} {_d(4)}", lambda: f"0912 {_d(3)} {_d(4)}", lambda: f"+98 21 {_d(4)} {_d(4)}"],
    "id": [lambda: f"+62 812-{_d(4)}-{_d(4)}", lambda: f"0813-{_d(4)}-{_d(4)}", lambda: f"+62 21 {_d(4)} {_d(3)}"],
    "et": [lambda: f"+251 91 {_d(3)} {_d(4)}", lambda: f"0911 {_d(3)} {_d(3)}", lambda: f"+251-11-{_d(3)}-{_d(4)}"],
    "mx": [lambda: f"+52 55 {_d(4)} {_d(4)}", lambda: f"55 {_d(4)} {_d(4)}", lambda: f"+52 1 33 {_d(4)} {_d(4)}",
           lambda: f"(81) {_d(4)}-{_d(4)}"],
    "au": [lambda: f"+61 4{_d(2)} {_d(3)} {_d(3)}", lambda: f"04{_d(2)} {_d(3)} {_d(3)}",
           lambda: f"(02) {_d(4)} {_d(4)}"],
    "es": [lambda: f"+34 6{_d(2)} {_d(2)} {_d(2)} {_d(2)}", lambda: f"6{_d(2)} {_d(3)} {_d(3)}"],
    "it": [lambda: f"+39 3{_d(2)} {_d(3)} {_d(4)}", lambda: f"06 {_d(4)} {_d(4)}"],
    "nl": [lambda: f"+31 6 {_d(8)}", lambda: f"06-{_d(8)}", lambda: f"020 {_d(3)} {_d(4)}"],
    "za": [lambda: f"+27 82 {_d(3)} {_d(4)}", lambda: f"082 {_d(3)} {_d(4)}"],
    "ae": [lambda: f"+971 50 {_d(3)} {_d(4)}", lambda: f"050 {_d(3)} {_d(4)}"],
    "ke": [lambda: f"+254 7{_d(2)} {_d(3)} {_d(3)}", lambda: f"07{_d(2)} {_d(6)}"],
    "tr": [lambda: f"+90 5{_d(2)} {_d(3)} {_d(2)} {_d(2)}", lambda: f"0 (5{_d(2)}) {_d(3)} {_d(2)} {_d(2)}"],
    "pt": [lambda: f"+351 9{_d(2)} {_d(3)} {_d(3)}", lambda: f"21 {_d(3)} {_d(4)}"],
    "ph": [lambda: f"+63 917 {_d(3)} {_d(4)}", lambda: f"0917-{_d(3)}-{_d(4)}"],
    "vn": [lambda: f"+84 9{_d(2)} {_d(3)} {_d(3)}", lambda: f"09{_d(2)} {_d(3)} {_d(3)}"],
    "ie": [lambda: f"+353 87 {_d(3)} {_d(4)}", lambda: f"087 {_d(3)} {_d(4)}"],
}
CULT_COUNTRY = {"us": "us", "pl": "pl", "br": "br", "ng": "ng", "in": "in", "id": "id", "mx": "mx", "nl": "nl",
                "de": "de", "ie": "ie", "fr": "fr", "tr": "tr", "ke": "ke", "ar": "ae", "my": "id", "zh": "cn",
                "ja": "jp", "ko": "kr", "fa": "ir", "am": "et", "hi": "in", "ru": "ru", "vn": "vn"}


def phone_of(n):
    return phone_for(CULT_COUNTRY.get(n.culture, "us") if chance(0.8) else None)


# ---------------------------------------------------------------- cards
CARD_BRANDS = [("Visa", ["4"], [16, 16, 16, 13, 19]), ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2720", "23"], [16]),
               ("Amex", ["34", "37"], [15]), ("Discover", ["6011", "65", "644"], [16, 19]),
               ("JCB", ["3528", "3589", "3540"], [16]), ("Diners", ["36", "300", "305"], [14]),
               ("UnionPay", ["62"], [16, 17, 18, 19]), ("Maestro", ["6759", "5018", "5020"], [12 + 1, 16, 19])]


def card(brand=None):
    b = [x for x in CARD_BRANDS if x[0] == brand][0] if brand else rc(CARD_BRANDS)
    pre = rc(b[1])
    n = rc(b[2])
    body = pre + digits(n - len(pre) - 1)
    num = luhn_complete(body)
    assert luhn_ok(num) and len(num) == n
    style = rc(["space", "space", "dash", "compact", "compact"])
    if style == "compact":
        return b[0], num
    sep = " " if style == "space" else "-"
    if n == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, n, 4)]
    return b[0], sep.join(groups)


def non_luhn16(sep=" "):
    while True:
        n = str(ri(1, 9)) + digits(15)
        if not luhn_ok(n):
            return sep.join(n[i:i + 4] for i in range(0, 16, 4)) if sep is not None else n


def non_luhn_digits(n):
    while True:
        s = str(ri(1, 9)) + digits(n - 1)
        if not luhn_ok(s):
            return s


# ---------------------------------------------------------------- IBAN
IBAN_SPECS = {"DE": "18n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
              "BE": "12n", "PL": "24n", "PT": "21n", "CH": "5n12c", "AT": "16n", "SE": "20n", "NO": "11n",
              "DK": "14n", "FI": "14n", "IE": "4a14n", "BR": "23n1a1c", "SA": "2n18c", "AE": "19n",
              "TR": "5n1n16c", "RO": "4a16c", "GR": "7n16c", "CZ": "20n", "HU": "24n", "LU": "3n13c",
              "IL": "19n", "KW": "4a22c", "QA": "4a21c", "MT": "4a5n18c", "EG": "25n", "UA": "6n19c",
              "PK": "4a16c", "LT": "16n", "HR": "17n", "BG": "4a6n8c", "MU": "4a19n3a", "JO": "4a4n18c"}


def make_iban(cc_=None, spaced=None):
    cc_ = cc_ or rc(list(IBAN_SPECS))
    bban = ""
    for cnt, t in re.findall(r"(\d+)([anc])", IBAN_SPECS[cc_]):
        for _ in range(int(cnt)):
            if t == "n":
                bban += rc(string.digits)
            elif t == "a":
                bban += rc(string.ascii_uppercase)
            else:
                bban += rc(string.digits) if chance(0.8) else rc(string.ascii_uppercase)
    num = "".join(str(int(c, 36)) for c in bban + cc_ + "00")
    chk = 98 - int(num) % 97
    s = f"{cc_}{chk:02d}{bban}"
    assert iban_ok(s)
    if spaced is None:
        spaced = chance(0.55)
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


BICS = ["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "PKOPPLPW", "CGDIPTPL", "BBVAESMM", "UBSWCHZH80A",
        "NWBKGB2L", "AIBKIE2D", "ITAUBRSP", "NCBKSAJE", "EBILAEAD"]


# ---------------------------------------------------------------- SSN
def make_ssn(style=None):
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    g, s = ri(1, 99), ri(1, 9999)
    style = style or rc(["dash", "dash", "dash", "space", "plain"])
    out = {"dash": f"{a:03d}-{g:02d}-{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}"}[style]
    assert ssn_ok(out)
    return out


def invalid_ssn():
    return rc([f"000-{ri(10, 99)}-{ri(1000, 9999)}", f"666-{ri(10, 99)}-{ri(1000, 9999)}",
               f"9{ri(0, 9)}{ri(0, 9)}-{ri(10, 99)}-{ri(1000, 9999)}", f"{ri(100, 599)}-00-{ri(1000, 9999)}",
               f"{ri(100, 599)}-{ri(10, 99)}-0000"])


# ---------------------------------------------------------------- IPs
def ipv4(kind=None):
    kind = kind or rc(["pub", "pub", "pub", "priv10", "priv192", "priv172", "doc"])
    if kind == "pub":
        while True:
            a = ri(11, 223)
            if a not in (127, 169, 172, 192, 100, 198, 203):
                break
        return f"{a}.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}"
    if kind == "priv10":
        return f"10.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}"
    if kind == "priv192":
        return f"192.168.{ri(0, 20)}.{ri(1, 254)}"
    if kind == "priv172":
        return f"172.{ri(16, 31)}.{ri(0, 255)}.{ri(1, 254)}"
    if kind == "loop":
        return "127.0.0.1"
    return rc(["192.0.2.", "198.51.100.", "203.0.113."]) + str(ri(1, 254))


def ipv6(style=None):
    pfx = rc([(0x2001, 0x0db8), (0x2a02, ri(0, 0xffff)), (0x2600, ri(0, 0xffff)), (0x2c0f, ri(0, 0xffff)),
              (0x2406, ri(0, 0xffff)), (0xfe80, 0), (0xfd00, ri(0, 0xffff))])
    hx = [pfx[0], pfx[1]] + [ri(0, 0xffff) for _ in range(6)]
    if pfx[0] == 0xfe80:
        hx[2:4] = [0, 0]
    zs = rc([0, 2, 3, 4])
    if zs:
        st = ri(2, 8 - zs)
        for i in range(st, st + zs):
            hx[i] = 0
    v = int("".join(f"{h:04x}" for h in hx), 16)
    a = ipaddress.IPv6Address(v)
    style = style or rc(["comp", "comp", "comp", "full", "upper"])
    if style == "full":
        return a.exploded
    if style == "upper":
        return a.compressed.upper()
    return a.compressed


def any_ip():
    return ipv6() if chance(0.3) else ipv4()


# ---------------------------------------------------------------- API keys
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(email=None):
    hdr = rc(['{"alg":"HS256","typ":"JWT"}', '{"alg":"RS256","typ":"JWT","kid":"%s"}' % rstr(8, HEX),
              '{"typ":"JWT","alg":"ES256"}'])
    iat = ri(1690000000, 1760000000)
    pl = {"sub": rstr(ri(8, 24), ALNUM), "iat": iat, "exp": iat + rc([900, 3600, 86400]),
          "scope": rc(["read:orders", "admin", "user openid profile", "api"])}
    if email:
        pl["email"] = email
    return b64u(hdr.encode()) + "." + b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + rstr(43, B64URL)


def pem_key():
    kind = rc(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    start = {"RSA PRIVATE KEY": "MIIEow", "PRIVATE KEY": "MIIEvQ", "EC PRIVATE KEY": "MHcCAQEE",
             "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}[kind]
    b64 = string.ascii_letters + string.digits + "+/"
    body = start + rstr(64 * ri(4, 8) - len(start) + ri(5, 40), b64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[-1] = lines[-1] + rc(["", "=", "=="])
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def api_key(kind=None):
    kind = kind or rc(["aws", "ghp", "gh_pat", "slack", "stripe", "google", "openai", "jwt", "bearer", "sendgrid",
                       "gitlab", "hf", "npm", "twilio", "anthropic", "mailgun", "shopify", "aws_secret", "azure",
                       "datadog", "slack_user"])
    if kind == "aws":
        return kind, rc(["AKIA", "AKIA", "ASIA"]) + rstr(16, string.ascii_uppercase + "234567")
    if kind == "aws_secret":
        return kind, rstr(40, ALNUM + "/+")
    if kind == "ghp":
        return kind, rc(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rstr(36, ALNUM)
    if kind == "gh_pat":
        return kind, "github_pat_11" + rstr(20, UPALNUM) + "_" + rstr(59, ALNUM)
    if kind == "slack":
        return kind, f"xoxb-{digits(12, True)}-{digits(13, True)}-{rstr(24, ALNUM)}"
    if kind == "slack_user":
        return kind, f"xoxp-{digits(11, True)}-{digits(12, True)}-{digits(13, True)}-{rstr(32, HEX)}"
    if kind == "stripe":
        return kind, rc(["sk_live_", "sk_live_", "rk_live_"]) + rstr(rc([24, 99]), ALNUM)
    if kind == "google":
        return kind, "AIza" + rstr(35, B64URL)
    if kind == "openai":
        return kind, rc(["sk-proj-" + rstr(48, B64URL) + "T3BlbkFJ" + rstr(48, B64URL),
                         "sk-" + rstr(20, ALNUM) + "T3BlbkFJ" + rstr(20, ALNUM)])
    if kind == "anthropic":
        return kind, "sk-ant-api03-" + rstr(93, B64URL) + "AA"
    if kind == "jwt":
        return kind, jwt()
    if kind == "bearer":
        return kind, rc([rstr(40, ALNUM), rstr(64, HEX), rstr(32, ALNUM) + "." + rstr(16, ALNUM)])
    if kind == "sendgrid":
        return kind, "SG." + rstr(22, B64URL) + "." + rstr(43, B64URL)
    if kind == "gitlab":
        return kind, "glpat-" + rstr(20, B64URL)
    if kind == "hf":
        return kind, "hf_" + rstr(34, string.ascii_letters)
    if kind == "npm":
        return kind, "npm_" + rstr(36, ALNUM)
    if kind == "twilio":
        return kind, "SK" + rstr(32, HEX)
    if kind == "mailgun":
        return kind, "key-" + rstr(32, HEX)
    if kind == "shopify":
        return kind, rc(["shpat_", "shpss_"]) + rstr(32, HEX)
    if kind == "azure":
        return kind, rstr(86, ALNUM + "+/") + "=="
    if kind == "datadog":
        return kind, rstr(32, HEX)
    if kind == "pem":
        return kind, pem_key()
    raise ValueError(kind)


ENV_NAME = {"aws": "AWS_ACCESS_KEY_ID", "aws_secret": "AWS_SECRET_ACCESS_KEY", "ghp": "GITHUB_TOKEN",
            "gh_pat": "GH_PAT", "slack": "SLACK_BOT_TOKEN", "slack_user": "SLACK_USER_TOKEN",
            "stripe": "STRIPE_SECRET_KEY", "google": "GOOGLE_MAPS_API_KEY", "openai": "OPENAI_API_KEY",
            "anthropic": "ANTHROPIC_API_KEY", "jwt": "SESSION_JWT", "bearer": "API_TOKEN",
            "sendgrid": "SENDGRID_API_KEY", "gitlab": "GITLAB_TOKEN", "hf": "HF_TOKEN", "npm": "NPM_TOKEN",
            "twilio": "TWILIO_API_KEY", "mailgun": "MAILGUN_API_KEY", "shopify": "SHOPIFY_ACCESS_TOKEN",
            "azure": "AZURE_STORAGE_KEY", "datadog": "DD_API_KEY"}

PLACEHOLDERS = ["<YOUR_API_KEY>", "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX", "AKIAIOSFODNN7EXAMPLE",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "${OPENAI_API_KEY}", "your-api-key-here", "xoxb-your-bot-token", "sk-...", "$STRIPE_SECRET_KEY",
                "{{ secrets.GITHUB_TOKEN }}", "REPLACE_ME", "<token>", "AIzaSy...YOUR_KEY", "changeme",
                "os.environ[\"API_KEY\"]", "sk_live_************************", "<access_token>",
                "hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "%DD_API_KEY%"]


# ---------------------------------------------------------------- look-alike values
def lk_order():
    return rc([f"ORD-{ri(2022, 2026)}-{_d(6)}", f"{ri(100, 999)}-{non_luhn_digits(7)}-{_d(7)}",
               f"#{_d(6)}"[1:], f"PO-{_d(5)}", f"SO{_d(8)}", f"{rc(string.ascii_uppercase)}{_d(9)}",
               f"WEB-{rstr(4, string.ascii_uppercase)}-{_d(4)}"])


def lk_tracking():
    return rc(["1Z" + rstr(6, UPALNUM) + _d(10), non_luhn_digits(12),
               " ".join([non_luhn_digits(22)[i:i + 4] for i in range(0, 22, 4)]), _d(10),
               rstr(2, string.ascii_uppercase) + _d(9) + rc(["GB", "CN", "DE", "NL"]), "JJD" + _d(18)[:15]])


def lk_version():
    return rc([f"v{ri(0, 5)}.{ri(0, 20)}.{ri(0, 30)}", f"{ri(1, 4)}.{ri(0, 12)}.{ri(0, 9)}",
               f"{ri(1, 9)}.{ri(0, 9)}.{ri(0, 9)}.{ri(0, 99)}", f"10.0.{ri(17000, 22631)}.{ri(100, 4000)}",
               f"{ri(1, 3)}.{ri(0, 9)}.{ri(0, 9)}-rc.{ri(1, 5)}", f"{ri(2019, 2026)}.{ri(1, 12)}.{ri(0, 5)}"])


def lk_version4():
    """A 4-part dotted version that is syntactically a valid IPv4 (hard negative)."""
    return f"{ri(1, 9)}.{ri(0, 20)}.{ri(0, 30)}.{ri(0, 250)}"


def lk_hash(n=None):
    return rstr(n or rc([7, 7, 8, 12, 40]), HEX)


def lk_uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def lk_date(old=False):
    y, m, d = (ri(1950, 2026) if old else ri(2016, 2026)), ri(1, 12), ri(1, 28)
    return rc([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}", f"{d}.{m:02d}.{y}",
               f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}", f"{y}年{m}月{d}日",
               f"{y}-{m:02d}-{d:02d}T{ri(0, 23):02d}:{ri(0, 59):02d}:{ri(0, 59):02d}Z"])


def lk_dob():
    y, m, d = ri(1948, 2004), ri(1, 12), ri(1, 28)
    return rc([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}"])


def lk_time(log=False):
    if log:
        return rc([f"{ri(0, 23):02d}:{ri(0, 59):02d}:{ri(0, 59):02d}", f"{ri(0, 23):02d}:{ri(0, 59):02d}:{ri(0, 59):02d}.{_d(3)}"])
    return rc([f"{ri(7, 20):02d}:{rc(['00', '15', '30', '45'])}", f"{ri(1, 12)}:{rc(['00', '15', '30', '45'])} {rc(['AM', 'PM', 'am', 'pm'])}",
               f"{ri(1, 12)}{rc(['am', 'pm', ' pm'])}", f"{ri(8, 19)}h{rc(['00', '30'])}", f"{ri(7, 22)}:{ri(0, 59):02d}"])


def lk_invoice():
    return rc([f"INV-{ri(2022, 2026)}-{_d(5)}", f"F{ri(2023, 2026)}/{_d(4)}", f"INV{_d(7)}", f"RE-{_d(6)}",
               f"{rstr(3, string.ascii_uppercase)}-INV-{_d(4)}"])


def lk_isbn():
    if chance(0.7):
        body = rc(["978", "979"]) + _d(9)
        chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        s = body + str(chk)
        return rc([f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}", f"{s[:3]}-{s[3:5]}-{s[5:9]}-{s[9:12]}-{s[12]}", s])
    body = _d(9)
    chk = sum((10 - i) * int(c) for i, c in enumerate(body)) % 11
    chk = (11 - chk) % 11
    s = body + ("X" if chk == 10 else str(chk))
    return f"{s[0]}-{s[1:4]}-{s[4:9]}-{s[9]}"


def lk_sku():
    return rc([f"SKU-{rstr(2, string.ascii_uppercase)}-{_d(4)}-{rc(['RED', 'BLK', 'WHT', 'XL', 'M'])}",
               "B0" + rstr(8, UPALNUM), f"{rstr(3, string.ascii_uppercase)}{_d(5)}",
               f"MZ-{_d(2)}E{ri(1, 4)}T0B/AM", f"{_d(3)}.{_d(3)}.{_d(2)}"])


def lk_masked():
    return rc([f"****{_d(4)}", f"**** **** **** {_d(4)}", f"{rc('abcdefghjkmnprstw')}***@{rc(['gmail.com', 'x.com', 'outlook.com'])}",
               f"XXX-XX-{_d(4)}", f"***-**-{_d(4)}", f"+44 ••• ••• {_d(3)}", f"({_d(3)}) ***-**{_d(2)}",
               f"sk_live_...{rstr(4, HEX)}", f"AKIA************{rstr(4, UPALNUM)}", f"DE** **** **** **** **{_d(2)} {_d(2)}",
               f"{_d(6)}******{_d(4)}", f"•••• {_d(4)}"])


def lk_mac():
    return ":".join(rstr(2, "0123456789ABCDEF") for _ in range(6)) if chance(0.6) else \
        "-".join(rstr(2, "0123456789abcdef") for _ in range(6))


EPONYMS = ["Alzheimer's disease", "Parkinson's disease", "Crohn's disease", "Hodgkin lymphoma", "Down syndrome",
           "Asperger's", "Tourette syndrome", "Hashimoto's thyroiditis", "Graves' disease", "Bell's palsy",
           "Bayes' theorem", "Dijkstra's algorithm", "Gaussian elimination", "Fourier transform", "Newton's method",
           "Euler's number", "the Pythagorean theorem", "Kruskal's algorithm", "Markov chain", "Levenshtein distance",
           "Turing test", "Boolean logic", "Nash equilibrium", "Pareto principle", "the Lincoln Tunnel",
           "Washington Square Park", "Victoria Station", "JFK Airport", "the Eiffel Tower", "Lake Victoria",
           "Hudson Bay", "the Magellan Strait", "Murphy's law", "Moore's law", "Hooke's law", "Ohm's law",
           "the Sarbanes-Oxley Act", "the Dodd-Frank Act", "Megan's Law", "Planck's constant", "the Doppler effect",
           "Martin Luther King Jr. Boulevard", "Chopin Airport", "Galileo satellites", "the Nobel Prize",
           "the Heimlich maneuver", "Kaplan-Meier estimator", "the Higgs boson", "Halley's Comet", "Fibonacci sequence",
           "Caesar cipher", "Diffie-Hellman key exchange", "Kalman filter", "Salk Institute", "Johns Hopkins Hospital",
           "the Mandela Effect", "Tesla coil", "Stanford University", "McKinsey report"]
BRANDS = ["Wendy's", "Ben & Jerry's", "Tim Hortons", "Dr Pepper", "Jack Daniel's", "McDonald's", "Ferrari", "Porsche",
          "Disney+", "Dell", "Mercedes-Benz", "Louis Vuitton", "Johnson & Johnson", "Siri", "Alexa", "Cortana",
          "Marks & Spencer", "Ralph Lauren", "Hugo Boss", "Tommy Hilfiger", "Calvin Klein", "Harley-Davidson",
          "Trader Joe's", "Chick-fil-A", "Dyson", "Prada", "Kellogg's", "Heinz", "Boeing", "Casio", "Honda"]
PETS = ["Biscuit", "Mochi", "Luna", "Rex", "Pepper", "Simba", "Bella", "Oreo", "Miso", "Nala", "Tofu", "Max",
        "Kiwi", "Zeus", "Pumpkin", "Coco", "Murka", "Bolt"]
USERNAMES = ["dkowal_dev", "jsmith42", "priya.codes", "night_owl88", "chinedu-o", "m.tanaka", "xX_gamer_Xx",
             "ops-bot", "linh_ng", "r00t_kit", "svetik93", "arjun_k", "eze_builds", "maria_gdl", "pieterv",
             "aoife.dev", "kimmj", "deploy-bot", "mehmet_tr", "budi_s"]


def lk_username(n=None):
    if n is not None and chance(0.6):
        return rc([f"{n.ag.lower()}{n.asur.lower()[:1]}{ri(1, 99)}", f"{n.ag.lower()[:1]}{n.asur.lower()}",
                   f"{n.ag.lower()}_{rc(['dev', 'x', 'ops', 'tw'])}"])
    return rc(USERNAMES)


PRODUCTS = ["wireless headphones", "standing desk", "espresso machine", "phone case", "hiking boots", "air fryer",
            "4K monitor", "yoga mat", "baby stroller", "mechanical keyboard", "winter jacket", "smart watch"]
COMPANIES = ["Northwind", "Acme Logistics", "Helio Health", "Brightpath", "Kestrel Labs", "Tatva Soft", "Agrovale",
             "Mostek", "Hanbit Tech", "NilePay", "Cobalto", "Rijnhaven", "Lumen Law", "Orbital Freight"]
CITIES = ["Lagos", "São Paulo", "Kraków", "Pune", "Jakarta", "Guadalajara", "Rotterdam", "Osaka", "Seoul", "Kazan",
          "Isfahan", "Addis Ababa", "Nairobi", "Lyon", "Dublin", "Austin", "Manchester", "Izmir", "Hanoi"]


# ================================================================ templates
PII_T, NOPII_T = [], []


def tpl(pii):
    def deco(f):
        (PII_T if pii else NOPII_T).append(f)
        return f
    return deco


def greet():
    return rc(["Hi", "Hello", "hey", "Hi there", "Good morning", "Dear support", "hello team", "Hiya"])


# ---------------------------------------------------------------- PII templates
@tpl(True)
def support_refund():
    n = latin_name() if chance(0.7) else make_name()
    o = lk_order()
    parts = [f"{greet()}, I ordered a {rc(PRODUCTS)} on ", L("date", lk_date()), " (order ", L("order_number", o),
             ") and it arrived ", rc(["broken", "late and scratched", "missing the charger", "in the wrong colour"]),
             ". "]
    parts += rc([["My name is ", per(n.full), " and the account email is ", em(email_for(n)), "."],
                 ["The account is under ", per(n.full), ", ", em(email_for(n)), "."],
                 ["You can reach me at ", em(email_for(n)), rc(["", " or ", " / "]) and "", "."]])
    if chance(0.5):
        parts += [" Phone: ", ph(phone_of(n)), "."]
    parts += [" " + rc(["Can I get a refund?", "What are my options?", "Please advise, this is the second time.",
                        "I'd prefer a replacement."])]
    return parts


@tpl(True)
def chatbot_echo_contact():
    n = make_name()
    e, p = email_for(n), phone_of(n)
    return ["Assistant: ", rc(["Thanks, ", "Got it, ", "All set, ", "Perfect, "]), per(n.given), "! ",
            rc(["I've updated your profile", "Your contact details are now", "Here is what I have on file"]),
            ":\n- Email: ", em(e), "\n- Phone: ", ph(p), "\n- Ticket: ", L("order_number", f"TCK-{_d(6)}"),
            "\n", rc(["Is there anything else I can help with?", "Let me know if any of this is wrong.",
                      "A confirmation will be sent shortly."])]


@tpl(True)
def card_declined():
    b, c = card()
    parts = [rc(["my ", "My ", "why does my "]), b, " card ", cc(c), rc([" keeps getting declined at checkout",
             " was rejected again", " says 'invalid number'", " got charged twice"]), ". exp ",
             L("date", f"{ri(1, 12):02d}/{ri(26, 31)}"), ". "]
    if chance(0.5):
        n = latin_name()
        parts += ["Name on card is ", per(n.full.upper() if chance(0.4) else n.full), ". "]
    parts.append(rc(["what am I doing wrong?", "is your payment page broken?", "pls help asap", "Can you check?"]))
    return parts


@tpl(True)
def iban_transfer():
    n = make_name(rc(["de", "nl", "pl", "fr", "br", "tr", "ie", "ar", "us"]))
    cc_ = {"de": "DE", "nl": "NL", "pl": "PL", "fr": "FR", "br": "BR", "tr": "TR", "ie": "IE", "ar": "SA", "us": None}[n.culture]
    i = make_iban(cc_)
    amt = f"{ri(50, 9800)},{ri(0, 99):02d}"
    variants = {
        "de": ["Bitte überweisen Sie ", amt, " € bis zum ", L("date", lk_date()), " auf folgendes Konto:\nKontoinhaber: ",
               per(n.full), "\nIBAN: ", iban(i), "\nBIC: ", rc(BICS), "\nVerwendungszweck: ", L("invoice_id", lk_invoice())],
        "nl": ["Kun je dit bericht zakelijker maken? 'Hoi, stort het geld (€", amt, ") op ", iban(i), " t.n.v. ",
               per(n.full), ". Groetjes'"],
        "pl": ["Proszę o przelew na konto ", iban(i), ", odbiorca: ", per(n.full), ", tytuł: faktura ",
               L("invoice_id", lk_invoice()), "."],
        "fr": ["Pouvez-vous vérifier cet IBAN avant le virement ? ", iban(i), " — bénéficiaire ", per(n.full), "."],
        "br": ["Oi! Segue meus dados para o reembolso: ", per(n.full), ", IBAN ", iban(i), ". Valeu!"],
        "tr": ["Ödeme için IBAN: ", iban(i), " Alıcı: ", per(n.full), ". Açıklama kısmına sipariş no ",
               L("order_number", lk_order()), " yazın."],
    }
    if n.culture in variants:
        return variants[n.culture]
    return ["Please wire the deposit (", amt.replace(",", "."), " EUR) to ", iban(i), ", account holder ", per(n.full),
            ". Reference: ", L("invoice_id", lk_invoice()), ". Let me know once it's sent."]


@tpl(True)
def hr_onboarding():
    n = latin_name(rc(["us", "us", "in", "mx", "ng", "ie", "ko", "zh"]))
    ec = latin_name()
    rows = [["Employee name: ", per(n.full)], ["SSN: ", ssn(make_ssn())], ["Date of birth: ", L("date", lk_dob())],
            ["Mobile: ", ph(phone_for("us"))], ["Personal email: ", em(email_for(n, corp=False))],
            ["Start date: ", L("date", lk_date())], ["Emergency contact: ", per(ec.full), " (", rc(["spouse", "mother", "brother", "friend"]), ") ", ph(phone_for("us"))]]
    R.shuffle(rows)
    rows = rows[:ri(4, 7)]
    if not any(any(isinstance(x, tuple) and x[1] == "PERSON" for x in r) for r in rows):
        rows.insert(0, ["Employee name: ", per(n.full)])
    out = [rc(["Can you turn this into a welcome email?\n\n", "Check this onboarding form for errors:\n",
               "Fill the missing fields in this I-9 prep sheet:\n"])]
    for r in rows:
        out += r + ["\n"]
    return out


@tpl(True)
def medical_intake():
    pt = make_name(rc(["us", "in", "ng", "pl", "mx", "ko", "ar", "ru"]), native=False)
    doc = latin_name()
    ep = rc(EPONYMS[:10])
    return ["Patient: ", per(pt.full), "\nDOB: ", L("date", lk_dob()), "\nReferring physician: ",
            rc(["Dr. ", "Dr ", "Prof. "]), per(doc.surname), "\nReason: suspected ", L("eponym", ep),
            rc([", family history positive", ", symptoms for 6 months", ""]), "\nContact: ", ph(phone_of(pt)),
            "\n\n", rc(["Summarise this for the triage nurse.", "Translate into Spanish please.",
                         "What follow-up questions should I ask?"])]


@tpl(True)
def python_traceback_key():
    k, v = api_key(rc(["openai", "stripe", "anthropic", "sendgrid", "google", "hf"]))
    host = ipv4(rc(["priv10", "priv192", "pub"]))
    return ["getting this when I run the script, any idea?\n\n", "Traceback (most recent call last):\n",
            f'  File "/home/app/{rc(["worker", "main", "sync", "billing"])}.py", line {ri(12, 400)}, in <module>\n',
            f"    client = Client(api_key=\"", key(v), "\", host=\"", ip(host), "\")\n",
            f'  File "/usr/lib/python3.{ri(8, 12)}/site-packages/httpx/_client.py", line {ri(100, 1900)}, in send\n',
            f"    raise ConnectError(exc)\nhttpx.ConnectError: [Errno 111] Connection refused ({rc(['port 443', 'port 8443', 'timeout'])})\n"]


@tpl(True)
def yaml_config():
    n = latin_name()
    k, v = api_key(rc(["slack", "datadog", "sendgrid", "twilio", "mailgun", "stripe"]))
    h = any_ip()
    return ["Why does this config fail validation?\n```yaml\nservice:\n  name: ", rc(["invoicer", "notifier", "ledger-api"]),
            "\n  version: ", L("version", lk_version()), "\n  bind: \"", ip(h), "\"\n  port: ", str(ri(3000, 9999)),
            "\nalerts:\n  owner: ", em(email_for(n, corp=True)), "\n  ", ENV_NAME[k].lower(), ": ", key(v),
            "\n  retries: ", str(ri(1, 9)), "\n```"]


@tpl(True)
def dotenv_file():
    lines = ["My .env (yes I know, it's a dev box):\n"]
    for kk in R.sample(["aws", "aws_secret", "ghp", "stripe", "openai", "slack", "hf", "npm", "gitlab", "google"], ri(2, 4)):
        k, v = api_key(kk)
        lines += [ENV_NAME[k], "=", key(v), "\n"]
    lines += ["DB_HOST=", ip(ipv4(rc(["priv10", "priv172"]))), "\nDEBUG=true\nAPP_VERSION=", L("version", lk_version()), "\n"]
    lines.append(rc(["\nwhy is boto3 still saying NoCredentialsError?", "\nwhich of these should not be committed?",
                     "\ndocker compose doesn't pick these up"]))
    return lines


@tpl(True)
def nginx_log():
    out = [rc(["Seeing weird traffic, are these bots?\n", "access.log excerpt:\n", "Can you parse these into CSV?\n"])]
    for _ in range(ri(2, 5)):
        a = any_ip()
        out += [ip(a), " - - [", L("date", f"{ri(1, 28):02d}/{rc(MONTHS)}/2025:{ri(0, 23):02d}:{ri(0, 59):02d}:{ri(0, 59):02d} +0000"),
                f"] \"{rc(['GET', 'POST'])} {rc(['/wp-login.php', '/api/v1/orders', '/.env', '/login', '/health'])} HTTP/1.1\" {rc([200, 301, 403, 404, 500])} {ri(100, 9999)} \"-\" \"Mozilla/5.0 Chrome/",
                L("version", f"{ri(100, 131)}.0.{ri(4000, 6999)}.{ri(10, 200)}"), "\"\n"]
    return out


@tpl(True)
def sql_insert():
    rows = []
    out = [rc(["This insert fails with a duplicate key error:\n", "optimise this please:\n", "Convert to PostgreSQL:\n"]),
           "INSERT INTO customers (full_name, email, phone, created_at) VALUES\n"]
    k = ri(1, 3)
    for i in range(k):
        n = make_name()
        out += ["  ('", per(n.full.replace("'", "''") if "'" not in n.full else n.full), "', '", em(email_for(n)), "', '",
                ph(phone_of(n)), "', '", L("date", f"2025-{ri(1, 12):02d}-{ri(1, 28):02d}"), "')", ",\n" if i < k - 1 else ";\n"]
    return out


@tpl(True)
def json_payload():
    n = make_name()
    fields = [['  "name": "', per(n.full), '"'], ['  "email": "', em(email_for(n)), '"'],
              ['  "id": "', L("uuid", lk_uuid()), '"'], ['  "last_login_ip": "', ip(any_ip()), '"'],
              ['  "plan": "', rc(["pro", "free", "team"]), '"'], ['  "phone": "', ph(phone_of(n)), '"']]
    R.shuffle(fields)
    fields = fields[:ri(3, 6)]
    out = [rc(["The API returns this but the frontend shows undefined:\n", "Validate this JSON:\n",
               "Why does JSON.parse choke on this?\n"]), "{\n"]
    for i, f in enumerate(fields):
        out += f + ([",\n"] if i < len(fields) - 1 else ["\n"])
    out.append("}")
    return out


@tpl(True)
def csv_export():
    out = [rc(["dedupe this list:\n", "Which rows have invalid phone numbers?\n", "sort by country pls\n"]),
           "name,email,phone,country\n"]
    for _ in range(ri(2, 5)):
        n = make_name()
        out += [per(n.full) if "," not in n.full else ['"', per(n.full), '"'], ",", em(email_for(n)), ",",
                ph(phone_of(n)), ",", CULT_COUNTRY[n.culture].upper(), "\n"]
    return out


@tpl(True)
def email_rewrite():
    to = make_name()
    me = make_name(rc(LATIN_ONLY)) if chance(0.7) else make_name()
    title = rc(["Account Manager", "Senior Paralegal", "Head of Procurement", "Nurse Coordinator", "Data Engineer"])
    sal = rc([["Hi ", per(to.given)], ["Dear ", rc(["Mr. ", "Ms. ", "Dr. "]), per(to.surname)], ["Hello ", per(to.full)]])
    body = rc(["sorry for the late reply, the contract is still with legal and I have no idea when it comes back",
               "the shipment is stuck again, not my fault, please stop emailing my manager",
               "we need the signed form by Friday or the booking gets cancelled"])
    sig = ["\n\n", rc(["Thanks,", "Best,", "Cheers,", "Regards,", "—"]), "\n", per(me.full), "\n", title, ", ",
           rc(COMPANIES), "\n"]
    if chance(0.7):
        sig += [rc(["M: ", "Tel. ", "Phone: ", ""]), ph(phone_of(me)), "\n"]
    if chance(0.7):
        sig += [em(email_for(me, corp=True)), "\n"]
    return [rc(["Rewrite this to sound more professional:\n\n", "make this email nicer, keep it short:\n\n",
                "Translate to formal English:\n\n"])] + sal + [",\n\n", body, "."] + sig


@tpl(True)
def crm_note():
    n = make_name()
    n2 = latin_name()
    return [rc(["CRM note — ", "Call log ", "Account update "]), L("date", lk_date()), ": Spoke with ", per(n.full), " (",
            rc(["CFO", "IT lead", "procurement", "owner"]), " at ", rc(COMPANIES), "). ",
            rc(["Wants a quote for 40 seats.", "Renewal at risk, unhappy with support.", "Asked for a demo next week."]),
            " Direct line ", ph(phone_of(n)), ". ", rc(["Loop in ", "Handover to ", "cc "]), per(n2.given),
            rc([" from solutions.", " for pricing.", "."]), "\nSummarise for the weekly pipeline email."]


@tpl(True)
def meeting_transcript():
    ppl = [make_name() for _ in range(ri(2, 3))]
    out = [rc(["Summarise this meeting transcript:\n\n", "Extract action items:\n\n"])]
    lines = [["So the ", L("version", lk_version()), " release slipped again."],
             ["I can take the migration, but I need access to ", ip(ipv4("priv10")), " first."],
             ["Let's ask ", None, " to review the contract."],
             ["Budget is approved, ", rc(["finally", "mostly", "pending sign-off"]), "."],
             ["Send the deck to ", None, " before Thursday."],
             ["Customer on ", L("order_number", lk_order()), " is escalating."]]
    R.shuffle(lines)
    for i in range(ri(3, 5)):
        sp = ppl[i % len(ppl)]
        ln = lines[i]
        other = rc([p for p in ppl if p is not sp] or ppl)
        ln = [per(other.given) if x is None else x for x in ln]
        out += ["[", L("time", f"00:{4 * i + ri(0, 3):02d}:{ri(0, 59):02d}"), "] ", per(sp.full if i < len(ppl) else sp.given), ": "] + ln + ["\n"]
    return out


@tpl(True)
def travel_booking():
    n = latin_name(rc(["ng", "in", "pl", "br", "mx", "id", "ja", "ko", "zh", "us", "ar", "tr"]))
    pnr = rstr(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    sur = n.asur.upper() if n.culture in ("zh", "ja", "ko") else to_ascii(n.surname).upper()
    return ["Booking confirmation — PNR ", L("order_number", pnr), "\nPassenger: ", per(f"{sur}/{to_ascii(n.given).upper()}"),
            " ", rc(["MR", "MS", "MRS", "DR"]), "\nFlight ", rc(["LH", "EK", "QR", "ET", "GA", "LA", "KE"]), str(ri(100, 999)),
            " ", L("date", lk_date()), " dep ", L("time", f"{ri(0, 23):02d}:{rc(['05', '15', '35', '50'])}"), "\nContact: ", ph(phone_of(n)), " / ",
            em(email_for(n)), "\n\n", rc(["Can I change the return leg?", "Is 50 min enough to connect?",
                                          "what's the baggage allowance on this fare?"])]


MULTI = {
    "pl": lambda n: ["Dzień dobry, nazywam się ", per(n.full), ". Proszę o kontakt pod numerem ", ph(phone_for("pl")),
                     " albo mailowo: ", em(email_for(n)), ". Pozdrawiam!"],
    "br": lambda n: ["Olá, aqui é ", per(n.given), ". Meu WhatsApp é ", ph(phone_for("br")), ", pode me chamar lá? Meu e-mail: ",
                     em(email_for(n)), "."],
    "ru": lambda n: ["Здравствуйте! Меня зовут ", per(n.full), ". Мой телефон ", ph(phone_for("ru")),
                     ", почта ", em(email_for(n)), ". Перезвоните, пожалуйста, после ", L("time", lk_time()), "."],
    "zh": lambda n: ["你好，我是", per(n.full), "，手机号", ph(phone_for("cn")), "，邮箱", em(email_for(n)), "。请帮我查一下订单",
                     L("order_number", lk_order()), "。"],
    "ja": lambda n: ["お世話になっております。", per(n.full), "です。ご連絡は", ph(phone_for("jp")), "までお願いいたします。メール：",
                     em(email_for(n))],
    "ko": lambda n: ["안녕하세요, ", per(n.full), "입니다. 연락처는 ", ph(phone_for("kr")), "이고 이메일은 ", em(email_for(n)),
                     "입니다. 감사합니다!"],
    "fa": lambda n: ["سلام، من ", per(n.full), " هستم. شماره تماس من ", ph(phone_for("ir")), " است. ایمیل: ", em(email_for(n))],
    "id": lambda n: ["Halo kak, saya ", per(n.full), ". Nomor WA saya ", ph(phone_for("id")), ", tolong kirim invoice ke ",
                     em(email_for(n)), " ya. Makasih!"],
    "am": lambda n: ["ሰላም፣ ስሜ ", per(n.full), " ነው። ስልኬ ", ph(phone_for("et")), " ነው። ኢሜል፡ ", em(email_for(n))],
    "mx": lambda n: ["Buenas tardes, soy ", per(n.full), ". Mi celular es ", ph(phone_for("mx")), " y mi correo ",
                     em(email_for(n)), ". ¿Me pueden llamar hoy?"],
    "tr": lambda n: ["Merhaba, ben ", per(n.full), ". Telefonum ", ph(phone_for("tr")), ", e-posta: ", em(email_for(n)), "."],
    "vn": lambda n: ["Xin chào, tôi là ", per(n.full), ". Số điện thoại: ", ph(phone_for("vn")), ". Email: ", em(email_for(n))],
    "hi": lambda n: ["नमस्ते, मेरा नाम ", per(n.full), " है। मेरा नंबर ", ph(phone_for("in")), " है। ईमेल: ", em(email_for(n))],
    "ng": lambda n: ["Good afternoon sir, my name is ", per(n.full), ". Abeg call me on ", ph(phone_for("ng")),
                     " when the delivery reach. Email na ", em(email_for(n)), "."],
    "de": lambda n: ["Guten Tag, hier ist ", per(n.full), ". Bitte rufen Sie mich unter ", ph(phone_for("de")), " zurück."],
    "fr": lambda n: ["Bonjour, je suis ", per(n.full), ". Vous pouvez me joindre au ", ph(phone_for("fr")), " ou à ",
                     em(email_for(n)), "."],
}


@tpl(True)
def multilingual_contact():
    lang = rc(list(MULTI))
    cult = {"br": "br", "mx": "mx"}.get(lang, lang)
    n = make_name(cult, native=True) if cult in SCRIPT or cult == "ru" else make_name(cult)
    pre = rc(["", "", "Translate to English: ", "Reply politely to this customer:\n", "Extract the contact info:\n"])
    return [pre] + MULTI[lang](n)


@tpl(True)
def lone_given_thanks():
    n = make_name()
    g = n.given
    return rc([
        [rc(["thanks, ", "Thanks ", "thx "]), per(g), "! ", rc(["that fixed it", "you're a lifesaver", "works now 🎉"])],
        ["Can you draft a reply to ", per(g), " saying we'll ship on ", L("date", lk_date()), "?"],
        ["ok so ", per(g), " said the build on ", L("version", lk_version()), " is fine but I still see the error"],
        ["Write a short birthday message for my colleague ", per(g), ", she loves hiking and bad puns."],
        ["Tell ", per(g), " I'm running ", rc(["10", "15", "20"]), " minutes late."],
        [per(g), " from accounting asked whether the invoice ", L("invoice_id", lk_invoice()), " was paid."],
    ])


@tpl(True)
def lowercase_chat():
    n = latin_name(rc(["us", "in", "br", "ng", "mx", "id", "pl"]))
    g = n.given.lower()
    return rc([
        ["yo can u tell ", per(g), " to call me at ", ph(phone_for(CULT_COUNTRY[n.culture])), " lol my phone died"],
        ["lmk if ", per(g), " replied, her email is ", em(email_for(n)), " i think"],
        ["ugh ", per(f"{g} {n.surname.lower()}"), " cancelled again. write me a polite but firm msg"],
        ["does ", per(g), "'s number ", ph(phone_for(CULT_COUNTRY[n.culture])), " look right for whatsapp?"],
    ])


@tpl(True)
def username_vs_realname():
    n = latin_name()
    u = lk_username(n)
    return rc([
        ["GitHub user @", L("username", u), " (real name ", per(n.full), ") opened issue #", str(ri(10, 9999)),
         ". Should I ask them for a repro?"],
        ["Discord: ", L("username", u), " → that's ", per(n.given), " from the Berlin office, email ", em(email_for(n, corp=True))],
        ["Reddit u/", L("username", u), " claims to be ", per(n.full), ". How do I verify before sending a refund?"],
    ])


@tpl(True)
def last_first_roster():
    k = ri(3, 5)
    out = [rc(["Alphabetise this roster:\n", "Which of these people are missing an email?\n", "attendance list:\n"])]
    for _ in range(k):
        n = make_name(rc(LATIN_ONLY), native=False) if chance(0.8) else make_name("ru", native=True)
        out += [per(n.last_first())]
        if chance(0.5):
            out += ["; ", em(email_for(n))]
        out += ["\n"]
    return out


@tpl(True)
def ssn_question():
    s = make_ssn(rc(["dash", "space", "plain"]))
    n = latin_name("us") if chance(0.5) else None
    return rc([
        ["is it safe to type my SSN ", ssn(s), " into this tax form site? it's not https"],
        ["The W-2 lists my social security number as ", ssn(s), " but the 1099 has a different one. Which is right?"],
        ["Fix the formatting: name=", per((n or latin_name("us")).full), " ssn=", ssn(s),
         " dob=", L("date", lk_dob())],
        ["SSN: ", ssn(s), " — my employer needs it for payroll, what's the safest way to send it?"],
    ])


@tpl(True)
def ipv6_debug():
    a, b = ipv6(), ipv6(rc(["comp", "full"]))
    return [rc(["ping6 to ", "can't reach "]), ip(a), rc([" times out", " from the container"]),
            " but ", ip(b), " works. Routing table:\n", ip(ipv6()), "/64 dev eth0 proto kernel metric 256\ndefault via ",
            ip("fe80::1"), " dev eth0 proto ra metric 1024\nMAC of eth0 is ", L("mac_address", lk_mac()), ". What am I missing?"]


@tpl(True)
def firewall_rules():
    out = [rc(["Review these iptables rules:\n", "are these ufw rules too permissive?\n"])]
    for _ in range(ri(2, 4)):
        a = ipv4()
        out += [rc(["-A INPUT -s ", "ufw allow from ", "deny from "]), ip(a), rc(["/32", "/24", ""]),
                rc([" -p tcp --dport 22 -j ACCEPT", " to any port 5432", " -j DROP", ""]), "\n"]
    return out


@tpl(True)
def k8s_logs():
    pod = f"api-{rstr(10, 'bcdfghjklmnpqrstvwxz2456789')}-{rstr(5, 'bcdfghjklmnpqrstvwxz2456789')}"
    return ["kubectl logs ", pod, " keeps showing:\n", L("date", f"2025-{ri(1, 12):02d}-{ri(1, 28):02d}T{ri(0, 23):02d}:{ri(10, 59)}:{ri(10, 59)}.{_d(3)}Z"),
            " ERROR request_id=", L("uuid", lk_uuid()), " upstream ", ip(ipv4("priv10")), ":", str(ri(3000, 9000)),
            " connect timeout (image tag ", L("version", lk_version()), ")\nClient IP ", ip(any_ip()),
            ". Is this the readiness probe or the DB?"]


@tpl(True)
def git_log_author():
    n = make_name()
    n2 = latin_name()
    return ["git log -1 output:\ncommit ", L("git_hash", lk_hash(40)), "\nAuthor: ", per(n.full), " <", em(email_for(n, corp=chance(0.5))),
            ">\nDate:   ", L("date", f"{rc(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {rc(MONTHS)} {ri(1, 28)} {lk_time(True)[:8]} 2025 +0{ri(1, 9)}00"),
            "\n\n    ", rc(["Fix race in order sync", "Bump deps", "Revert 'add retry'"]), "\n\n    Co-authored-by: ", per(n2.full),
            " <", em(email_for(n2)), ">\n\nhow do I amend the author without losing the co-author line?"]


@tpl(True)
def legal_contract():
    a, b = make_name(rc(LATIN_ONLY)), make_name(rc(LATIN_ONLY))
    return ["Review this clause:\n\"This Agreement is entered into on ", L("date", lk_date()), " between ", per(a.full),
            " (\"Landlord\") and ", per(b.full), " (\"Tenant\"). Rent shall be paid monthly to IBAN ", iban(make_iban()),
            ". Notices to the Landlord shall be sent to ", em(email_for(a)), ".\"\nIs the notice clause enforceable?"]


@tpl(True)
def invoice_finance():
    n = make_name(rc(LATIN_ONLY))
    return [rc(["Draft a payment reminder for:\n", "Check this invoice for mistakes:\n"]), "Invoice ", L("invoice_id", lk_invoice()),
            "\nIssued: ", L("date", lk_date()), "\nItem ", L("sku", lk_sku()), " x", str(ri(1, 40)),
            "\nPay to: ", iban(make_iban()), "\nContact: ", per(n.full), ", ", ph(phone_of(n)), "\n"]


@tpl(True)
def stripe_webhook():
    k, v = api_key("stripe")
    n = latin_name()
    return ["webhook handler returns 400, here's my code:\n```python\nstripe.api_key = \"", key(v),
            "\"\nevent = stripe.Webhook.construct_event(payload, sig, \"", L("placeholder_key", "whsec_XXXXXXXX"),
            "\")\n```\npayload excerpt: {\"customer_email\": \"", em(email_for(n)), "\", \"card\": \"", L("masked_value", f"**** {_d(4)}"),
            "\", \"amount\": ", str(ri(100, 99999)), "}"]


@tpl(True)
def jwt_debug():
    n = latin_name()
    tok = jwt(email_for(n) if chance(0.5) else None)
    return [rc(["why is this token rejected as expired?\n", "decode this for me: ",
                "Authorization header from the failing request: Bearer "]),
            key(tok), rc([["\nserver clock says ", L("date", lk_date())], "\n(it worked yesterday)", ""])]


@tpl(True)
def curl_bearer():
    k, v = api_key(rc(["bearer", "openai", "gh_pat", "hf", "gitlab", "shopify"]))
    h = any_ip()
    hp = ["[", ip(h), "]"] if ":" in h else [ip(h)]
    return ["$ curl -s -H \"Authorization: Bearer ", key(v), "\" https://", hp, ":", str(rc([443, 8443, 8080])),
            "/v2/items?limit=", str(ri(10, 100)), "\n",
            rc(["401 Unauthorized. token expired?", "returns empty array", "SSL handshake fails"])]


@tpl(True)
def private_key_paste():
    return [rc(["The deploy fails with 'invalid format' for this key in my config:\n",
                "ansible vault decrypted this, is it an RSA or ed25519 key?\n"]), "deploy:\n  host: ", ip(ipv4()),
            "\n  user: ubuntu\n  key: |\n", key(pem_key()), "\n"]


@tpl(True)
def insurance_claim():
    n = make_name()
    b, c = card()
    return [rc(["Help me fill out this claim:\n", "Claim form draft:\n"]), "Claimant: ", per(n.full), "\nPolicy #: ",
            L("order_number", f"POL-{_d(8)}"), "\nIncident date: ", L("date", lk_date()), "\nPhone: ", ph(phone_of(n)),
            "\nDeductible paid by card ", cc(c), "\nDescription: ", rc(["rear-ended at a red light", "water damage from upstairs",
                                                                        "laptop stolen at the airport"]), "\n"]


@tpl(True)
def recruiter_resume():
    n = make_name(rc(LATIN_ONLY))
    return ["Improve the header of my CV:\n\n", per(n.full.upper() if chance(0.3) else n.full), "\n",
            rc(["Senior Backend Engineer", "Registered Nurse", "Financial Analyst"]), " | ", rc(CITIES), "\n",
            ph(phone_of(n)), " · ", em(email_for(n, corp=False)), " · linkedin.com/in/", L("username", lk_username(n)), "\n"]


@tpl(True)
def rsvp_list():
    ppl = [make_name(rc(["nl", "de", "ie", "mx", "my", "br", "fr", "ar"])) for _ in range(ri(3, 5))]
    out = [rc(["Make seating cards for:\n", "RSVP yes so far: ", "Wedding guests (table 4): "])]
    for i, p in enumerate(ppl):
        if chance(0.2):
            out += [rc(["Mr. ", "Mrs. ", "Dr. ", "Sra. "])]
        out += [per(p.full), ", " if i < len(ppl) - 1 else ""]
    out += [". ", rc(["Vegetarian: ", "Allergies (nuts): ", "Needs wheelchair access: "]), per(ppl[0].given), "."]
    return out


@tpl(True)
def pets_and_people():
    n = make_name()
    pet = rc(PETS)
    return rc([
        ["my neighbour ", per(n.full), " is watching ", L("pet_name", pet), " (my beagle) this weekend, write her a note with feeding times"],
        ["Write a thank-you card to ", per(n.given), " for finding our cat ", L("pet_name", pet), "."],
        ["Vet form: Pet: ", L("pet_name", pet), "\nOwner: ", per(n.full), "\nOwner phone: ", ph(phone_of(n))],
    ])


FAMOUS = [("Marie Curie", "Curie temperature"), ("Alan Turing", "Turing test"), ("Ada Lovelace", "Lovelace Medal"),
          ("Nelson Mandela", "Nelson Mandela Bay"), ("Frida Kahlo", "Frida Kahlo Museum"),
          ("Rabindranath Tagore", "Tagore Garden metro station"), ("Isaac Newton", "Newton's method"),
          ("Carl Friedrich Gauss", "Gaussian elimination"), ("Louis Pasteur", "Pasteur Institute"),
          ("Chinua Achebe", "Achebe Center for African Writers"),
          ("Hans Christian Andersen", "the Hans Christian Andersen Award")]


@tpl(True)
def historical_vs_eponym():
    p, e = rc(FAMOUS)
    return rc([
        ["Write 150 words on ", per(p), " for a school project, and explain how ", L("eponym", e), " got its name."],
        ["Is ", L("eponym", e), " actually connected to ", per(p), "?"],
    ])


@tpl(True)
def callback_request():
    n = make_name()
    p = phone_of(n)
    return [rc(["Please call me back on ", "callback number: ", "You can reach me at "]), ph(p),
            rc([" ext. " + str(ri(100, 999)), "", ""]), " between ", L("time", lk_time()), " and ", L("time", lk_time()),
            ". ", rc(["Ask for ", "— ", "Name: "]), per(n.given if chance(0.4) else n.full), "."]


@tpl(True)
def bank_dispute():
    n = latin_name()
    b, c = card()
    return ["Draft a dispute letter. I'm ", per(n.full), ", card ", cc(c), ", charged twice on ", L("date", lk_date()),
            " by ", rc(["a hotel in Lisbon", "an online shop", "a parking app"]),
            ". Refund should go to ", iban(make_iban()), "."]


@tpl(True)
def aws_credentials():
    _, a = api_key("aws")
    _, s = api_key("aws_secret")
    return ["~/.aws/credentials:\n[default]\naws_access_key_id = ", key(a), "\naws_secret_access_key = ", key(s),
            "\nregion = ", rc(["eu-west-1", "us-east-2", "ap-south-1"]), "\n\n", rc([["still get InvalidClientTokenId"],
            ["the docs key ", L("placeholder_key", "AKIAIOSFODNN7EXAMPLE"), " worked locally, these don't"],
            ["how do I rotate these?"]])]


@tpl(True)
def slack_bot():
    k, v = api_key(rc(["slack", "slack_user"]))
    n = latin_name()
    return ["my bolt app gets not_authed:\n```js\nconst app = new App({ token: '", key(v),
            "', signingSecret: process.env.SLACK_SIGNING_SECRET });\n```\nit should DM ", per(n.given),
            " (", L("username", "U0" + rstr(9, UPALNUM)), ") every morning"]


@tpl(True)
def gha_workflow():
    k, v = api_key(rc(["ghp", "gh_pat", "npm", "gitlab"]))
    var, sec = {"ghp": ("GH_TOKEN", "GITHUB_TOKEN"), "gh_pat": ("GH_TOKEN", "GH_PAT"), "npm": ("NODE_AUTH_TOKEN", "NPM_TOKEN"),
                "gitlab": ("GITLAB_TOKEN", "GITLAB_TOKEN")}[k]
    step = {"ghp": "gh release create", "gh_pat": "gh release create", "npm": "npm publish", "gitlab": "./scripts/mirror.sh"}[k]
    return ["CI fails at publish step:\n```yaml\n- name: Publish\n  run: ", step, "\n  env:\n    ", var, ": ", key(v),
            "\n    # TODO move to ", L("placeholder_key", "{{ secrets." + sec + " }}"), "\n```\nnode ",
            L("version", f"{ri(16, 22)}.{ri(0, 20)}.{ri(0, 9)}"),
            ", runner ubuntu-", rc(["22.04", "24.04"])]


@tpl(True)
def docker_compose():
    k, v = api_key(rc(["openai", "google", "datadog", "azure"]))
    return ["docker-compose.yml:\nservices:\n  app:\n    image: ghcr.io/acme/app:", L("version", lk_version()),
            "\n    environment:\n      - ", ENV_NAME[k], "=", key(v), "\n      - REDIS_HOST=", ip(ipv4(rc(["priv172", "priv192"]))),
            "\n    extra_hosts:\n      - \"db:", ip(ipv4("priv10")), "\"\n\ncontainer can't resolve db, why?"]


@tpl(True)
def chatbot_record_summary():
    n = make_name()
    b, c = card()
    items = [["name ", per(n.full)], ["email ", em(email_for(n))], ["phone ", ph(phone_of(n))], ["card on file ", L("masked_value", f"ending {_d(4)}")],
             ["billing IBAN ", iban(make_iban())], ["last login from ", ip(any_ip())]]
    R.shuffle(items)
    items = items[:ri(3, 5)]
    out = ["Assistant: Here's the customer record you asked for — "]
    for i, it in enumerate(items):
        out += it + (["; "] if i < len(items) - 1 else [". "])
    out.append(rc(["Want me to open a refund?", "Shall I update any of these?", "Note: data shown per your admin role."]))
    return out


@tpl(True)
def sms_forward():
    p = phone_for()
    return ["Fwd from ", ph(p), ": \"Your ", rc(["bank", "delivery", "login"]), " code is ", L("otp_code", _d(6)),
            ". Do not share.\" — ", rc(["is this a scam?", "I didn't request this", "why do I keep getting these?"])]


@tpl(True)
def address_change():
    n = make_name()
    st, city = rc([("Martin Luther King Jr. Boulevard", "Austin"), ("Avenida Getúlio Vargas", "São Paulo"),
                   ("ul. Jana Pawła II", "Kraków"), ("Rue Victor Hugo", "Lyon"), ("Jalan Jenderal Sudirman", "Jakarta"),
                   ("Kemal Atatürk Cad.", "Izmir"), ("Avenida Benito Juárez", "Guadalajara"), ("Nelson Mandela Avenue", "Nairobi")])
    return ["Update shipping address for ", per(n.full), ": ", str(ri(1, 999)), " ", L("eponym", st), ", ", city,
            ". Confirm via ", em(email_for(n)), "."]


@tpl(True)
def honorific_ticket():
    v = rc(["ja", "ko", "zh", "de", "pl", "mx", "fr"])
    if v == "ja":
        n = make_name("ja", native=True)
        return ["エスカレーション：", per(n.surname), "さんから連絡がありました。", ph(phone_for("jp")), "に折り返しお願いします。"]
    if v == "ko":
        n = make_name("ko", native=True)
        return [per(n.full), " 님, 주문하신 상품이 ", L("date", lk_date()), "에 발송되었습니다. 문의: ", em(role_email())]
    if v == "zh":
        n = make_name("zh", native=True)
        return ["请转告", per(n.surname), "先生，会议改到", L("time", lk_time()), "。他的电话是", ph(phone_for("cn")), "。"]
    if v == "de":
        n = make_name("de")
        return ["Sehr geehrte", rc(["r Herr ", " Frau "]), per(n.surname), ", vielen Dank für Ihre Nachricht vom ",
                L("date", lk_date()), "."]
    if v == "pl":
        n = make_name("pl")
        return ["Szanowna Pani ", per(n.given), ", przesyłamy potwierdzenie zamówienia ", L("order_number", lk_order()), "."]
    if v == "mx":
        n = make_name("mx")
        return ["Estimado Lic. ", per(n.surname), ": le confirmamos su cita para el ", L("date", lk_date()), "."]
    n = make_name("fr")
    return ["Maître ", per(n.surname), " a demandé le dossier ", L("invoice_id", lk_invoice()), " avant ", L("time", lk_time()), "."]


@tpl(True)
def titled_salutation():
    n = latin_name()
    return [rc(["Dear Dr. ", "Dear Prof. ", "Attn: Mrs. ", "To Mr. ", "Hello Ms. "]), per(n.surname),
            rc([", thank you for seeing me on ", ", following up on our call from "]), L("date", lk_date()),
            ". Please send the results to ", em(email_for(n)), "."]


@tpl(True)
def ip_allowlist_request():
    n = latin_name()
    return ["Hi IT, please allowlist my home IP ", ip(ipv4("pub")), " for the VPN. My laptop also has ", ip(ipv6()),
            ". — ", per(n.given)]


@tpl(True)
def payroll_csv_ssn():
    out = ["Find the duplicates:\nemployee,ssn,dept\n"]
    for _ in range(ri(2, 4)):
        n = latin_name("us") if chance(0.6) else latin_name()
        out += [per(n.full), ",", ssn(make_ssn(rc(["dash", "plain"]))), ",", rc(["ENG", "OPS", "FIN", "HR"]), "\n"]
    return out


@tpl(True)
def card_in_chat_plain():
    b, c = card()
    n = make_name()
    return rc([
        ["use this one instead: ", cc(c), " cvv on the back, expires ", L("date", f"{ri(1, 12):02d}/{ri(26, 31)}")],
        ["Booking for ", per(n.full), ". Guarantee card: ", b, " ", cc(c), "."],
        ["pls charge ", cc(c), " for the deposit, not the ", L("masked_value", f"****{_d(4)}"), " one"],
    ])


@tpl(True)
def whois_abuse():
    return ["Got an abuse report: brute force from ", ip(ipv4("pub")), " and ", ip(ipv6()),
            " against our SSH on ", L("date", lk_date()), ". Contact in whois is ", em(role_email()),
            ". Should I block the whole /24?"]


# ---------------------------------------------------------------- no-PII templates
@tpl(False)
def changelog_versions():
    a, b = lk_version(), lk_version()
    return [rc(["We upgraded from ", "Rolling back from ", "Is it safe to jump from "]), L("version", a), " to ", L("version", b),
            rc([" and now the build fails on ", " — anything breaking in "]), rc(["webpack", "pydantic", "Spring Boot", "Terraform"]),
            "? Release notes dated ", L("date", lk_date()), " mention a fix in commit ", L("git_hash", lk_hash(7)), "."]


@tpl(False)
def version_ip_lookalike():
    v = lk_version4()
    return rc([
        ["Our firmware reports version ", L("version", v), " but the vendor portal lists ", L("version", lk_version()), " as latest. Update?"],
        ["AssemblyVersion(\"", L("version", v), "\") keeps resetting after build, how do I pin it?"],
        ["The installer says 'requires .NET ", L("version", v), " or later'. Which runtime do I download?"],
        ["pip freeze shows somepkg==", L("version", lk_version()), " and the wheel metadata says build ", L("version", v), "."],
    ])


@tpl(False)
def git_log_hashes():
    out = ["Explain this history:\n"]
    for _ in range(ri(3, 5)):
        out += [L("git_hash", lk_hash(7)), " ", rc(["Merge pull request #" + str(ri(10, 999)) + " from feature/retry",
                                                      "fix: null check in parser", "chore(deps): bump lodash", "revert bad migration",
                                                      "feat: add CSV export"]), "\n"]
    out.append(rc(["How do I squash the last three?", "Which one introduced the regression?"]))
    return out


@tpl(False)
def uuid_error_log():
    return ["Error log:\n", L("date", lk_date()), " ", L("time", lk_time(True)), " WARN job ", L("uuid", lk_uuid()), " retry ", str(ri(1, 5)), "/5\n",
            L("date", lk_date()), " ERROR job ", L("uuid", lk_uuid()), " failed: deadline exceeded after ", str(ri(30, 300)),
            "s\nwhat does deadline exceeded mean here?"]


@tpl(False)
def order_tracking():
    return [rc(["Where is my package? ", "My parcel is stuck. ", "hi, any update on "]), "Order ", L("order_number", lk_order()),
            ", tracking ", L("tracking_number", lk_tracking()), rc([". It says 'label created' since ", ". Last scan "]),
            L("date", lk_date()), "."]


@tpl(False)
def non_luhn_reference():
    return rc([
        ["My loan account number is ", L("non_luhn_digits", non_luhn16()), " — where do I find the payoff amount?"],
        ["Gift voucher ", L("non_luhn_digits", non_luhn16("-")), " says invalid at checkout."],
        ["Meter ID ", L("non_luhn_digits", non_luhn16(None)), " shows an estimated reading again."],
        ["Customer ref ", L("non_luhn_digits", non_luhn16()), ", invoice ", L("invoice_id", lk_invoice()), ", still unpaid?"],
    ])


@tpl(False)
def medical_eponyms_q():
    a, b = R.sample(EPONYMS[:10], 2)
    return [rc(["What's the difference between ", "Explain in simple terms: ", "ELI5 "]), L("eponym", a), " vs ", L("eponym", b),
            rc(["?", ". Keep it short.", " — my grandmother was just diagnosed."])]


@tpl(False)
def algorithm_eponyms():
    a = rc(EPONYMS[10:24] + ["Caesar cipher", "Diffie-Hellman key exchange", "Kalman filter", "Fibonacci sequence", "Kaplan-Meier estimator"])
    return rc([
        ["Implement ", L("eponym", a), " in Python with O(n log n) if possible."],
        ["Why does my ", L("eponym", a), " implementation give wrong results for negative inputs?"],
        ["Quiz me on ", L("eponym", a), ", 5 questions."],
    ])


@tpl(False)
def place_eponyms():
    p = rc(["the Lincoln Tunnel", "Washington Square Park", "Victoria Station", "JFK Airport", "Lake Victoria",
            "Hudson Bay", "Chopin Airport", "Martin Luther King Jr. Boulevard", "Johns Hopkins Hospital", "Stanford University"])
    return [rc(["Fastest way to get to ", "Is parking expensive near ", "Best time to avoid traffic at "]), L("eponym", p),
            rc([" on a Friday at ", " around "]), L("time", lk_time()), "?"]


@tpl(False)
def brand_names():
    a, b = R.sample(BRANDS, 2)
    return rc([
        ["Compare ", L("brand_name", a), " and ", L("brand_name", b), " for a marketing case study."],
        ["Write a tweet announcing our collab with ", L("brand_name", a), "."],
        ["Why is ", L("brand_name", a), " stock down today?"],
        ["Ask ", L("brand_name", rc(["Alexa", "Siri", "Cortana"])), " to set a timer — why doesn't it work offline?"],
    ])


@tpl(False)
def laws_eponyms():
    a = rc(["Murphy's law", "Moore's law", "Hooke's law", "Ohm's law", "the Sarbanes-Oxley Act", "the Dodd-Frank Act",
            "Megan's Law", "Planck's constant", "the Doppler effect", "Pareto principle"])
    return [rc(["Give an example of ", "How does ", "Summarise "]), L("eponym", a), rc([" in practice", " apply to our SaaS startup?", " in two sentences."])]


@tpl(False)
def masked_echo():
    return rc([
        ["Assistant: I found a card ending in ", L("masked_value", f"****{_d(4)}"), " and the email ", L("masked_value", lk_masked()),
         ". For security I can't show the full details."],
        ["Your SSN on file: ", L("masked_value", rc([f"XXX-XX-{_d(4)}", f"***-**-{_d(4)}"])), ". Is that correct?"],
        ["Statement shows ", L("masked_value", f"{_d(6)}******{_d(4)}"), " charged on ", L("date", lk_date()), ". Fraud?"],
        ["The log redacted the key as ", L("masked_value", f"sk_live_...{rstr(4, HEX)}"), " — how do I know which key it was?"],
    ])


@tpl(False)
def placeholder_docs():
    p = rc(PLACEHOLDERS)
    return rc([
        ["The README says: export API_KEY=", L("placeholder_key", p), " — do I include the angle brackets?"],
        ["```python\nclient = OpenAI(api_key=\"", L("placeholder_key", p), "\")\n```\nIs this how I should pass the key?"],
        ["In the tutorial they use ", L("placeholder_key", p), ". Where do I get a real one?"],
    ])


@tpl(False)
def scheduling_dates():
    return [rc(["Move the standup from ", "Can we reschedule "]), L("date", lk_date()), " ", L("time", lk_time()), " to ",
            L("date", lk_date()), rc([" at ", " around "]), L("time", lk_time()), rc(["? Timezone is CET.", " UTC."])]


@tpl(False)
def inventory_skus():
    out = [rc(["Reorder report:\n", "Which SKUs are below threshold?\n"])]
    for _ in range(ri(2, 4)):
        out += [L("sku", lk_sku()), " qty ", str(ri(0, 400)), " min ", str(ri(10, 50)), "\n"]
    out += ["Last PO ", L("order_number", f"PO-{_d(5)}"), ", invoice ", L("invoice_id", lk_invoice())]
    return out


@tpl(False)
def isbn_books():
    return [rc(["Is ", "Find a cheaper edition of "]), "ISBN ", L("isbn", lk_isbn()), rc([" still in print?", "?"]),
            rc([" The library also has ", " Compare with "]), L("isbn", lk_isbn()), "."]


@tpl(False)
def pet_talk():
    p = rc(PETS)
    return rc([
        ["My cat ", L("pet_name", p), " keeps throwing up after eating. Should I switch food?"],
        ["Name ideas for a puppy? We already have ", L("pet_name", p), " and ", L("pet_name", rc(PETS)), "."],
        ["how do i stop ", L("pet_name", p), " from barking at the mailman every day at ", L("time", lk_time()), "?"],
    ])


CODE_SNIPPETS = [
    "def {fn}(items, limit={n}):\n    out = []\n    for i, x in enumerate(items):\n        if i >= limit:\n            break\n        out.append(x.strip().lower())\n    return out",
    "async function {fn}(url, tries = {n}) {{\n  for (let i = 0; i < tries; i++) {{\n    const res = await fetch(url);\n    if (res.ok) return res.json();\n    await new Promise(r => setTimeout(r, 2 ** i * 100));\n  }}\n  throw new Error('gave up');\n}}",
    "func {fn}(xs []int) int {{\n\tbest := xs[0]\n\tfor _, x := range xs[1:] {{\n\t\tif x > best {{\n\t\t\tbest = x\n\t\t}}\n\t}}\n\treturn best + {n}\n}}",
    "SELECT region, COUNT(*) AS n, AVG(total) AS avg_total\nFROM orders\nWHERE created_at >= now() - interval '{n} days'\nGROUP BY region\nHAVING COUNT(*) > 10\nORDER BY n DESC;",
    "fn {fn}(v: &mut Vec<i64>) {{\n    v.sort_unstable();\n    v.dedup();\n    v.truncate({n});\n}}",
    "class {Fn}:\n    def __init__(self, size={n}):\n        self.size = size\n        self.buf = []\n\n    def push(self, x):\n        self.buf.append(x)\n        if len(self.buf) > self.size:\n            self.buf.pop(0)",
]
CODE_LANG = ["python", "javascript", "go", "sql", "rust", "python"]


@tpl(False)
def python_code_clean():
    k = ri(0, len(CODE_SNIPPETS) - 1)
    fn = rc(["parse_rows", "retry_with_backoff", "merge_intervals", "slugify", "top_n", "ring_buffer"])
    code = CODE_SNIPPETS[k].format(fn=fn, Fn=fn.title().replace("_", ""), n=ri(3, 50))
    return [rc(["Review this:\n", "Why is this slow?\n", "Explain what this does:\n", "Write tests for:\n"]), "```", CODE_LANG[k], "\n",
            code, "\n```\n", rc(["Any edge cases?", "make it faster", "add type hints", "", "Is it idiomatic?"])]


DDL = [("orders", "  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\n  customer_id BIGINT NOT NULL,\n  sku VARCHAR(32),\n  created_at TIMESTAMPTZ DEFAULT now()"),
       ("shipments", "  id BIGSERIAL PRIMARY KEY,\n  order_id UUID REFERENCES orders(id),\n  carrier TEXT,\n  tracking_no TEXT,\n  shipped_at TIMESTAMPTZ"),
       ("audit_events", "  id UUID PRIMARY KEY,\n  actor_id UUID,\n  action TEXT NOT NULL,\n  payload JSONB,\n  at TIMESTAMPTZ DEFAULT now()"),
       ("products", "  sku VARCHAR(32) PRIMARY KEY,\n  title TEXT,\n  price_cents INT CHECK (price_cents >= 0),\n  stock INT DEFAULT 0")]


@tpl(False)
def sql_ddl():
    t, cols = rc(DDL)
    out = [rc(["Is this schema normalised?", "Add an index for the slow query.", "Convert to MySQL:"]), "\n```sql\nCREATE TABLE ", t,
           " (\n", cols, "\n);\n```\n"]
    if t == "products":
        out += ["Example sku: ", L("sku", lk_sku())]
    elif t == "shipments":
        out += ["Example tracking_no: ", L("tracking_number", lk_tracking())]
    else:
        out += ["Example id: ", L("uuid", lk_uuid())]
    return out


@tpl(False)
def requirements_txt():
    out = ["pip can't resolve these:\n"]
    for pkg in R.sample(["numpy", "pandas", "requests", "fastapi", "torch", "boto3", "sqlalchemy", "pydantic"], ri(3, 5)):
        out += [pkg, rc(["==", ">=", "~="]), L("version", f"{ri(0, 3)}.{ri(0, 30)}.{ri(0, 9)}"), "\n"]
    out += ["python ", L("version", f"3.{ri(8, 13)}.{ri(0, 9)}")]
    return out


@tpl(False)
def docker_digest():
    return ["Pulling ", rc(["nginx", "postgres", "redis"]), ":", L("version", lk_version()), "@sha256:", L("hash_digest", lk_hash(64)),
            " fails with 'manifest unknown'. Was the tag deleted?"]


@tpl(False)
def mac_table():
    out = ["Which of these MACs belong to the same vendor?\n"]
    for _ in range(ri(2, 4)):
        out += [L("mac_address", lk_mac()), "  port ", str(ri(1, 48)), "  vlan ", str(ri(1, 400)), "\n"]
    return out


@tpl(False)
def error_codes():
    return [rc(["Windows update fails with 0x", "Getting error 0x"]), rstr(8, "0123456789ABCDEF"), " on build ",
            L("version", f"10.0.{ri(19041, 26100)}.{ri(100, 5000)}"), rc([". Ideas?", ", tried sfc /scannow already."])]


@tpl(False)
def invalid_ssn_docs():
    return rc([
        ["Why does the validator reject ", L("invalid_ssn", invalid_ssn()), "? The user insists it's an SSN."],
        ["For test fixtures we use ", L("invalid_ssn", invalid_ssn()), " since it can never be issued. Is that right?"],
        ["Write a regex for US SSNs that rejects things like ", L("invalid_ssn", invalid_ssn()), " and ", L("invalid_ssn", invalid_ssn()), "."],
    ])


@tpl(False)
def csv_metrics():
    out = ["Plot this:\ndate,visits,conversion\n"]
    for _ in range(ri(3, 5)):
        out += [L("date", f"2025-{ri(1, 12):02d}-{ri(1, 28):02d}"), ",", str(ri(100, 99999)), ",", f"{R.random():.3f}", "\n"]
    return out


@tpl(False)
def general_chitchat():
    return [rc(["Give me a 3-day itinerary for ", "What should I pack for ", "Best street food in "]), rc(CITIES),
            rc(["?", " in winter?", ", budget friendly please."])]


@tpl(False)
def multilingual_eponyms():
    v = rc([
        [L("eponym", rc(["阿尔茨海默病", "帕金森病", "克罗恩病"])), rc(["有什么早期症状？", "能治愈吗？", "和遗传有关吗？"])],
        [rc(["Чем отличается ", "Расскажи кратко, что такое "]), L("eponym", rc(["болезнь Паркинсона", "закон Ома", "теорема Пифагора", "метод Ньютона"])), rc(["?", " простыми словами."])],
        [rc(["Wyjaśnij ", "Podaj przykład: "]), L("eponym", rc(["twierdzenie Bayesa", "prawo Murphy'ego", "chorobę Alzheimera"])), rc([" na prostym przykładzie.", ", proszę."])],
        [rc(["Explique o ", "Resuma o "]), L("eponym", rc(["teorema de Pitágoras", "efeito Doppler", "princípio de Pareto"])), rc([" para uma criança de 10 anos.", " em 3 frases."])],
        ["¿Cómo llego al ", L("eponym", rc(["Monumento a Cuauhtémoc", "Parque Lincoln", "Museo Frida Kahlo", "Hospital Juárez"])), " desde el ", L("eponym", "Aeropuerto Benito Juárez"), rc(["?", " en metro?", " un domingo?"])],
        [L("eponym", rc(["ニュートン法", "ベイズの定理", "パーキンソン病"])), rc(["について教えてください。", "の例を挙げてください。"])],
        [rc(["Jelaskan ", "Apa itu "]), L("eponym", rc(["hukum Ohm", "teorema Pythagoras", "penyakit Alzheimer"])), rc([" dengan contoh sederhana.", "?"])],
        [L("eponym", rc(["알츠하이머병", "파킨슨병", "베이즈 정리"])), rc(["에 대해 쉽게 설명해 주세요.", "의 초기 증상은?"])],
        [rc(["قانون اهم", "قضیه فیثاغورس", "بیماری آلزایمر"]) and L("eponym", rc(["قانون اهم", "قضیه فیثاغورس", "بیماری آلزایمر"])), rc([" را ساده توضیح بده.", " چیست؟"])],
    ])
    return v


@tpl(False)
def ssh_remote():
    return ["git push fails: remote is ", L("ssh_remote", rc(["git@github.com", "git@gitlab.com", "git@bitbucket.org"])),
            ":", rc(["acme", "org", "team"]), "/", rc(["api", "infra", "web"]), ".git and I get 'Permission denied (publickey)'. Key fingerprint SHA256:",
            rstr(43, ALNUM + "+/"), " is added."]


@tpl(False)
def handles_only():
    u, v = R.sample(USERNAMES, 2)
    return [rc(["Who should review? ", "Slack thread: "]), "@", L("username", u), rc([" says it's flaky, ", " approved, "]), "@",
            L("username", v), rc([" wants another test.", " is on call."]), " Ticket ", L("order_number", f"OPS-{ri(100, 9999)}"), "."]


@tpl(False)
def chatbot_refusal():
    return [rc(["Assistant: ", "", "Bot: "]), rc(["Sorry, ", "Unfortunately, ", "", "Good question! "]),
            rc(["I can't look up someone's personal phone number, but you can contact the company through its official support page.",
                "I'm not able to share account details over chat. Please sign in and check Settings → Billing.",
                "for your security, never paste full card numbers here. Use the payment form instead.",
                "I can't verify identities in this chat. Please use the secure link we emailed you.",
                "I don't store passwords or keys. Rotate any credential you may have pasted earlier.",
                "I can explain what an IBAN is, but I can't validate a specific account for you."]),
            rc(["", " Anything else?", " Is there something else I can help with?", " Have a great day!"])]


@tpl(False)
def coordinates_weather():
    return ["Weather for ", f"{R.uniform(-60, 60):.4f}, {R.uniform(-170, 170):.4f}", rc([" tomorrow", " this weekend"]), " at ",
            L("time", lk_time()), "?"]


@tpl(False)
def oid_snmp():
    oid = "1.3.6.1." + ".".join(str(ri(1, 20)) for _ in range(ri(3, 6)))
    return ["snmpwalk returns nothing for OID ", L("version", oid), rc([" on the new switch", " since firmware "]),
            L("version", lk_version()), ". Which MIB?"]


@tpl(False)
def math_homework():
    return rc([
        ["Solve x^2 - ", str(ri(2, 50)), " = 0 with ", L("eponym", "Newton's method"), ", starting from x0 = ", str(ri(1, 9)), "."],
        ["Show the steps of ", L("eponym", "Gaussian elimination"), " for this ", rc(["3x3", "4x4"]), " system: ", str(ri(1, 9)), "x + ", str(ri(1, 9)), "y - z = ", str(ri(1, 20)), " ..."],
        ["Use ", L("eponym", "the Pythagorean theorem"), " to find the hypotenuse when the legs are ", str(ri(3, 20)), " and ", str(ri(3, 20)), "."],
        ["Why is ", L("eponym", "Euler's number"), " the base of the natural log? Explain like I'm in grade ", str(ri(9, 12)), "."],
        ["A test is ", str(ri(80, 99)), "% accurate and prevalence is ", str(ri(1, 5)), "%. Apply ", L("eponym", "Bayes' theorem"), "."],
    ])


@tpl(False)
def semantic_product_review():
    b, m = rc([("Dyson", "V15 Detect"), ("Casio", "G-Shock GA-2100"), ("Honda", "Civic"), ("Dell", "XPS 13"),
               ("Heinz", "ketchup"), ("Porsche", "Taycan"), ("Hugo Boss", "Bottled"), ("Harley-Davidson", "Sportster")])
    return [rc(["Summarise these reviews of the ", "Pros and cons of the ", "Is it worth buying the "]), L("brand_name", b), " ", m,
            " (model ", L("sku", lk_sku()), ")", rc(["?", " — reviews say the firmware ", " for a student?"]),
            *([L("version", lk_version()), " fixed the battery drain."] if chance(0.3) else [])]


@tpl(True)
def server_inventory_mixed():
    return ["Inventory:\n", rc(["web-01", "db-primary", "edge-3"]), "  addr=", ip(ipv4(rc(["priv10", "pub", "priv192"]))),
            "  agent=", L("version", lk_version4()), "  boot=", L("date", lk_date()), "\n", rc(["cache-02", "worker-7"]), "  addr=",
            ip(any_ip()), "  agent=", L("version", lk_version()), "\nAre the agent versions consistent?"]


@tpl(True)
def family_first_names():
    n = make_name(rc(["zh", "ja", "ko", "vn"]), native=False)
    if n.culture == "vn":
        return ["Please address the letter to ", per(n.full), " (family name ", per(n.surname), "). Should the salutation use ",
                per(n.given), "?"]
    return ["Is ", per(n.full), " the right order for the visa form, or should it be surname last? Passport shows ",
            per(f"{n.asur.upper()} {n.ag}"), "."]


@tpl(True)
def support_handoff_note():
    agent, cust = latin_name(), make_name()
    return ["[Internal] ", per(agent.given), " → ", per(rc(["", ""]) or make_name(rc(LATIN_ONLY)).given), ": customer ",
            per(cust.full), " called about ", L("order_number", lk_order()), ". Verified with email ", em(email_for(cust)),
            " and last four ", L("masked_value", f"****{_d(4)}"), ". Promised callback on ", ph(phone_of(cust)), "."]


@tpl(True)
def payment_form_multilang():
    b, c = card()
    lang = rc(["es", "pt", "pl", "de", "id", "ru", "en"])
    n = make_name({"es": "mx", "pt": "br", "pl": "pl", "de": "de", "id": "id", "ru": "ru", "en": "us"}[lang], native=True)
    exp = L("date", f"{ri(1, 12):02d}/{ri(26, 31)}")
    return {
        "es": ["Hola, quiero pagar con mi tarjeta ", cc(c), ", vence ", exp, ". Titular: ", per(n.full), ". ¿Es seguro?"],
        "pt": ["Meu cartão ", cc(c), " (validade ", exp, ") foi recusado. Nome impresso: ", per(n.full.upper()), "."],
        "pl": ["Karta ", cc(c), " ważna do ", exp, ", właściciel ", per(n.full), " — dlaczego płatność BLIK nie działa?"],
        "de": ["Meine Kreditkarte ", cc(c), " (gültig bis ", exp, ") wurde doppelt belastet. ", rc(["Herr ", "Frau "]), per(n.surname), " aus der Buchhaltung weiß Bescheid."],
        "id": ["Kartu kredit saya ", cc(c), " exp ", exp, " atas nama ", per(n.full), " gagal terus, kenapa ya?"],
        "ru": ["Оплата картой ", cc(c), " (до ", exp, ") не проходит. Владелец: ", per(n.full), "."],
        "en": ["Card: ", cc(c), "\nExp: ", exp, "\nCardholder: ", per(n.full), "\nCan you tell me which bank issued this?"],
    }[lang]


@tpl(True)
def pan_leak_log():
    b, c = card()
    c = re.sub(r"\D", "", c)
    return [rc(["Our payment service logged this, is that a PCI problem?\n", "Sentry event body:\n"]),
            L("date", f"{ri(2023, 2026)}-{ri(1, 12):02d}-{ri(1, 28):02d}T{lk_time(True)}Z"), " INFO POST /v1/charge body={\"amount\":", str(ri(100, 90000)),
            ",\"currency\":\"", rc(["usd", "eur", "brl", "ngn"]), "\",\"pan\":\"", cc(c), "\",\"cvc\":\"***\",\"client_ip\":\"",
            ip(any_ip()), "\"} trace=", L("uuid", lk_uuid())]


@tpl(True)
def multi_turn_support():
    n = make_name()
    b, c = card()
    last4 = re.sub(r"\D", "", c)[-4:]
    return ["User: hi my subscription renewed but I cancelled it\nAssistant: Sorry about that! Could you share the email on the account?\nUser: ",
            em(email_for(n)), rc([" and the card was ", " — charged to "]), cc(c), "\nAssistant: Thanks, ", per(n.given),
            ". I see a charge on the card ending ", L("masked_value", last4), " dated ", L("date", lk_date()),
            ". I've requested a refund; it takes 5–10 business days."]


# ================================================================ validation
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
EMAIL_FULL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6_CAND = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])")
DIGRUN_RE = re.compile(r"\d(?:[ \-]?\d)+")
TITLE_RE = re.compile(r"^(Dr|Mr|Mrs|Ms|Prof|Herr|Frau|Sr|Sra|Pan|Pani|Lic|Maître|M|Mme)\.?\s")


def unlabelled_hits(text, spans, looks):
    m = list(text)
    for x in spans + looks:
        for i in range(x["start"], x["end"]):
            m[i] = "\x00"
    m = "".join(m)
    hits = []
    for mm in EMAIL_RE.finditer(m):
        hits.append(("email", mm.group()))
    for mm in IPV4_RE.finditer(m):
        if all(int(o) <= 255 for o in mm.group().split(".")):
            hits.append(("ipv4", mm.group()))
    for mm in IPV6_CAND.finditer(m):
        g = mm.group()
        if ("::" in g or g.count(":") == 7) and ip_ok(g) and g not in ("::",):
            hits.append(("ipv6", g))
    for mm in DIGRUN_RE.finditer(m):
        d = re.sub(r"\D", "", mm.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            hits.append(("luhn", mm.group()))
    return hits


def check_span(sp):
    t, v = sp["type"], sp["text"]
    assert v == v.strip() and v, sp
    if t == "CREDIT_CARD":
        d = re.sub(r"[ \-]", "", v)
        assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), sp
    elif t == "IBAN_CODE":
        assert iban_ok(v), sp
    elif t == "US_SSN":
        assert ssn_ok(v) and re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v), sp
    elif t == "IP_ADDRESS":
        assert ip_ok(v), sp
    elif t == "EMAIL_ADDRESS":
        assert EMAIL_FULL.fullmatch(v), sp
    elif t == "PHONE_NUMBER":
        assert (v[0] == "+" or v[0].isdigit()) and v[-1].isdigit(), sp
        assert 7 <= sum(c.isdigit() for c in v) <= 15, sp
    elif t == "API_KEY":
        assert len(v) >= 20 and (" " not in v or v.startswith("-----BEGIN")), sp
    elif t == "PERSON":
        assert not TITLE_RE.match(v) and not v.endswith("'s"), sp
    else:
        raise AssertionError(sp)


def check_record(rec):
    text = rec["text"]
    allx = [(x["start"], x["end"]) for x in rec["spans"] + rec["lookalikes"]]
    for x in rec["spans"] + rec["lookalikes"]:
        assert text[x["start"]:x["end"]] == x["text"], x
    allx.sort()
    for (a, b), (c, d) in zip(allx, allx[1:]):
        assert b <= c, ("overlap", rec["id"], text[a:b], text[c:d])
    for sp in rec["spans"]:
        check_span(sp)
    for lk in rec["lookalikes"]:
        v = lk["text"]
        assert v == v.strip() and v, lk
        d = re.sub(r"[ \-]", "", v)
        if lk["kind"] == "non_luhn_digits":
            assert d.isdigit() and len(d) == 16 and not luhn_ok(d), lk
        if lk["kind"] == "invalid_ssn":
            assert not ssn_ok(v), lk
    hits = unlabelled_hits(text, rec["spans"], rec["lookalikes"])
    assert not hits, (rec["id"], hits)


# ================================================================ main
def generate():
    n_nopii = round(N_TOTAL * NOPII_FRACTION)
    n_pii = N_TOTAL - n_nopii
    plan = []
    for pool, n in ((PII_T, n_pii), (NOPII_T, n_nopii)):
        order = []
        while len(order) < n:
            cyc = pool[:]
            R.shuffle(cyc)
            order += cyc
        plan += order[:n]
    R.shuffle(plan)
    seen, out = set(), []
    for f in plan:
        for attempt in range(200):
            text, spans, looks = build(f())
            if text in seen:
                continue
            if (f in PII_T) != bool(spans):
                continue
            if unlabelled_hits(text, spans, looks):
                continue
            break
        else:
            raise RuntimeError(f"could not generate {f.__name__}")
        seen.add(text)
        rec = {"id": f"heldout17-{len(out) + 1:04d}", "template": f.__name__, "text": text,
               "spans": spans, "lookalikes": looks}
        check_record(rec)
        out.append(rec)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/main/data/pii/eval_heldout17.jsonl")
    args = ap.parse_args()
    recs = generate()
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check what was written
    n_spans, n_looks, n_tpl = {}, {}, {}
    with open(args.out, encoding="utf-8") as fh:
        rows = [json.loads(l) for l in fh]
    for r in rows:
        check_record(r)
        n_tpl[r["template"]] = n_tpl.get(r["template"], 0) + 1
        for s in r["spans"]:
            n_spans[s["type"]] = n_spans.get(s["type"], 0) + 1
        for l in r["lookalikes"]:
            n_looks[l["kind"]] = n_looks.get(l["kind"], 0) + 1
    nopii = sum(1 for r in rows if not r["spans"])
    print(f"texts={len(rows)} no_pii={nopii} ({nopii / len(rows):.1%}) templates={len(n_tpl)}")
    print("spans:", json.dumps(dict(sorted(n_spans.items())), ensure_ascii=False))
    print("lookalikes:", json.dumps(dict(sorted(n_looks.items())), ensure_ascii=False))
    print("sha256:", hashlib.sha256(open(args.out, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
