#!/usr/bin/env python3
"""Blind held-out PII evaluation set generator (heldout21).

Standard library only, fixed seed, deterministic.
Usage: python3 gen_heldout21.py [--out PATH]
"""
import argparse
import hashlib
import ipaddress
import json
import os
import re
import random
import string
import sys

SEED = 2113
N_ROWS = 1300

# ---------------------------------------------------------------- core


class S:
    """A labelled PII span."""
    __slots__ = ("typ", "val", "ident")

    def __init__(self, typ, val, ident=True):
        self.typ, self.val, self.ident = typ, val, ident


class L:
    """A look-alike (not PII)."""
    __slots__ = ("kind", "val")

    def __init__(self, kind, val):
        self.kind, self.val = kind, val


class Seq:
    """A composite value (list of str / S / L)."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = list(parts)


PH_RE = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class Doc:
    def __init__(self):
        self.buf = []
        self.pos = 0
        self.spans = []
        self.looks = []

    def add(self, x):
        if x is None:
            return
        if isinstance(x, str):
            self.buf.append(x)
            self.pos += len(x)
        elif isinstance(x, S):
            self.spans.append({"type": x.typ, "start": self.pos, "end": self.pos + len(x.val),
                               "text": x.val, "identifying": bool(x.ident)})
            self.buf.append(x.val)
            self.pos += len(x.val)
        elif isinstance(x, L):
            self.looks.append({"kind": x.kind, "start": self.pos, "end": self.pos + len(x.val),
                               "text": x.val})
            self.buf.append(x.val)
            self.pos += len(x.val)
        elif isinstance(x, Seq):
            for p in x.parts:
                self.add(p)
        elif isinstance(x, (list, tuple)):
            for p in x:
                self.add(p)
        else:
            raise TypeError(type(x))

    def fill(self, tpl, **kw):
        last = 0
        for m in PH_RE.finditer(tpl):
            k = m.group(1)
            if k not in kw:
                continue
            self.add(tpl[last:m.start()])
            self.add(kw[k])
            last = m.end()
        self.add(tpl[last:])
        return self

    def text(self):
        return "".join(self.buf)


def fill(tpl, **kw):
    return Doc().fill(tpl, **kw)


# ---------------------------------------------------------------- helpers

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
UPNUM = UP + DIG
LONUM = LO + DIG
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rd(r, n):
    return rs(r, DIG, n)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix_body):
    for c in DIG:
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


def iban_check(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    chk = 98 - int(num) % 97
    return "%02d" % chk


def iban_valid(iban):
    s = iban.replace(" ", "")
    rearr = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return int(num) % 97 == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- names
# origin -> (given names, family names); Latin-script names
LATIN_NAMES = {
    "anglo": ("Emily Jacob Olivia Liam Hannah Connor Megan Tyler Brooke Dylan Shannon Gareth Rhiannon Callum Fiona Desmond Harriet Trevor Leanne Marcus".split(),
              "Whitfield Harrington Pennington Caldwell Ashby Thornton Merriweather Blackwood Fairbanks Lowry McAllister O'Sullivan Donnelly Kavanagh Prescott Hollis Radcliffe Winslow Pemberton Langford".split()),
    "german": ("Jürgen Katrin Lukas Annika Matthias Sabine Florian Henrike Tobias Ursula Maximilian Friederike Jörg Birgit Ole".split(),
               "Schäfer Brinkmann Hoffmeister Wagenknecht Köhler Lindemann Vogelsang Müller-Lüdenscheidt Großmann Reinhardt Kessler Zimmermann Obermaier".split()),
    "french": ("Amélie Baptiste Clémence Étienne Margaux Thibault Océane Grégoire Solène Aurélien Héloïse".split(),
               "Lefèvre Dubois-Marchand Rousseau Girard Fontaine Chevalier Delacroix Moreau Bérenger Lemaître".split()),
    "spanish": ("Alejandro Lucía Mateo Ximena Santiago Valentina Joaquín Inés Rodrigo Begoña Íñigo".split(),
                "García Márquez Fernández Ruiz Castellanos Ibáñez Herrera Zubizarreta Peña Domínguez Villalobos".split()),
    "italian": ("Giuseppe Chiara Alessandro Francesca Lorenzo Giulia Matteo Beatrice Niccolò Ilaria".split(),
                "Esposito Bianchi Romano Colombo Ricci Marchetti De Luca Ferraro Galli Santoro".split()),
    "portuguese": ("João Mariana Thiago Beatriz Gonçalo Letícia Rafael Inês Caio Fernanda".split(),
                   "Silva Oliveira Santos Pereira Carvalho Gonçalves Rodrigues Almeida Azevedo Magalhães".split()),
    "dutch": ("Sanne Daan Femke Joost Lieke Bram Maartje Sjoerd".split(),
              "de Vries van den Berg Jansen Bakker Visser van Dijk Smit Mulder".split()),
    "polish": ("Katarzyna Paweł Agnieszka Grzegorz Małgorzata Krzysztof Zofia Wojciech".split(),
               "Kowalski Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Dąbrowski".split()),
    "nordic": ("Astrid Henrik Ingrid Søren Sigrid Mikael Freja Leif Aino Eero".split(),
               "Lindqvist Johansson Nyström Andersen Halvorsen Bergström Virtanen Mäkinen Kristiansen".split()),
    "turkish": ("Mehmet Ayşe Emre Zeynep Burak Elif Oğuz Gülşen Çağrı".split(),
                "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan".split()),
    "indian": ("Priya Arjun Ananya Rohan Sneha Vikram Lakshmi Siddharth Kavya Aditya Meera".split(),
               "Sharma Iyer Reddy Chatterjee Nair Patel Venkataraman Gupta Banerjee Krishnamurthy".split()),
    "chinese_pinyin": ("Wei Xiaoming Li Na Jianguo Mei Hao Yuxin Zhiwei Ling".split(),
                       "Zhang Wang Liu Chen Huang Zhou Wu Xu".split()),
    "japanese_romaji": ("Haruto Yui Sota Aoi Ren Sakura Kenji Mio".split(),
                        "Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Sasaki".split()),
    "korean_roman": ("Minjun Seoyeon Jiho Hayoon Dohyun Jiwoo".split(),
                     "Kim Lee Park Choi Jung Kang Yoon".split()),
    "vietnamese": ("Minh Lan Tuấn Hương Quang Thảo".split(),
                   "Nguyễn Trần Lê Phạm Hoàng Vũ".split()),
    "arabic_latin": ("Omar Fatima Youssef Layla Khaled Noura Tariq Amira Hamza".split(),
                     "Al-Mansouri El-Sayed Haddad Khalil Nasser Abdullah Bin Rashid Saleh".split()),
    "african": ("Chidinma Oluwaseun Kwame Amara Tendai Nkechi Babajide Wanjiru Kofi Zanele".split(),
                "Okonkwo Adeyemi Mensah Kamau Ndlovu Eze Boateng Okafor Mwangi Dlamini".split()),
    "slavic": ("Dmitri Natalia Aleksandr Olena Sergei Yulia Bohdan Irina".split(),
               "Ivanov Petrova Kovalenko Smirnov Shevchenko Volkova Sokolov Bondarenko".split()),
    "greek": ("Nikos Eleni Giorgos Katerina Dimitris Sofia".split(),
              "Papadopoulos Georgiou Konstantinidis Nikolaou Vlachou".split()),
    "hungarian_czech_ro": ("Zoltán Réka Tomáš Lenka Andrei Ioana Bogdan Petra".split(),
                           "Nagy Horváth Novák Dvořák Popescu Ionescu Svoboda Kovács".split()),
    "hebrew_latin": ("Noa Itai Yael Eitan Tamar Avi".split(), "Cohen Levi Mizrahi Peretz Friedman Ben-David".split()),
    "persian_latin": ("Dariush Shirin Kaveh Parisa Reza".split(), "Tehrani Hosseini Karimi Moradi Rahimi".split()),
    "indonesian": ("Budi Siti Agus Dewi Rizky Putri".split(), "Santoso Wijaya Kusuma Hidayat Saputra Halim".split()),
}
LATIN_ORIGINS = list(LATIN_NAMES.keys())

# native-script names: list of (native, latin local-part seed)
NATIVE_NAMES = {
    "ru": [("Анна Кузнецова", "anna.kuznetsova"), ("Дмитрий Орлов", "d.orlov"), ("Екатерина Смирнова", "ekaterina.smirnova"),
           ("Игорь Васильев", "igor.vasilev"), ("Ольга Лебедева", "olga.lebedeva"), ("Павел Морозов", "p.morozov"),
           ("Светлана Новикова", "svetlana.n"), ("Алексей Фёдоров", "alexey.fedorov")],
    "uk": [("Олена Шевченко", "olena.shevchenko"), ("Тарас Бондаренко", "taras.bondarenko"), ("Ірина Коваль", "iryna.koval"),
           ("Богдан Мельник", "bohdan.melnyk"), ("Марія Ткаченко", "maria.tkachenko"), ("Андрій Кравчук", "a.kravchuk")],
    "el": [("Νίκος Παπαδόπουλος", "nikos.papadopoulos"), ("Ελένη Γεωργίου", "eleni.georgiou"), ("Δημήτρης Νικολάου", "d.nikolaou"),
           ("Κατερίνα Βλάχου", "katerina.vlachou"), ("Γιώργος Κωνσταντινίδης", "g.konstantinidis")],
    "ar": [("محمد العتيبي", "m.alotaibi"), ("فاطمة الزهراء", "fatima.zahraa"), ("أحمد منصور", "ahmed.mansour"),
           ("ليلى حداد", "layla.haddad"), ("خالد الشمري", "khaled.alshammari"), ("نورة القحطاني", "noura.q"),
           ("يوسف عبد الله", "youssef.abdallah")],
    "he": [("נועה כהן", "noa.cohen"), ("איתי לוי", "itai.levi"), ("יעל מזרחי", "yael.mizrahi"), ("אבי פרץ", "avi.peretz"),
           ("תמר פרידמן", "tamar.friedman")],
    "fa": [("داریوش تهرانی", "dariush.tehrani"), ("شیرین حسینی", "shirin.hosseini"), ("کاوه کریمی", "kaveh.karimi"),
           ("پریسا مرادی", "parisa.moradi"), ("رضا رحیمی", "reza.rahimi")],
    "hi": [("प्रिया शर्मा", "priya.sharma"), ("अर्जुन वर्मा", "arjun.verma"), ("अनन्या गुप्ता", "ananya.gupta"),
           ("रोहन मेहता", "rohan.mehta"), ("सुनीता यादव", "sunita.yadav"), ("विक्रम सिंह", "vikram.singh")],
    "zh": [("王伟", "wangwei"), ("李娜", "lina"), ("张建国", "zhang.jianguo"), ("陈晓梅", "chen.xiaomei"), ("刘洋", "liuyang"),
           ("赵丽颖", "zhaoliying"), ("黄志强", "huang.zhiqiang"), ("周敏", "zhoumin")],
    "ja": [("山田 太郎", "taro.yamada"), ("佐藤 花子", "hanako.sato"), ("鈴木 一郎", "ichiro.suzuki"), ("高橋 美咲", "misaki.takahashi"),
           ("田中 健太", "kenta.tanaka"), ("中村 陽菜", "hina.nakamura"), ("小林 翔", "sho.kobayashi")],
    "ko": [("김민준", "minjun.kim"), ("이서연", "seoyeon.lee"), ("박지호", "jiho.park"), ("최하윤", "hayoon.choi"),
           ("정도현", "dohyun.jung"), ("강지우", "jiwoo.kang")],
    "th": [("สมชาย ใจดี", "somchai.j"), ("สุภาพร ศรีสุข", "supaporn.s"), ("ณัฐพล วงศ์สวัสดิ์", "nattapon.w"),
           ("พิมพ์ชนก ทองดี", "pimchanok.t"), ("ธนากร แก้วมณี", "thanakorn.k")],
}

# language -> name origin for Latin-script languages
LANG_ORIGIN = {"en": None, "de": "german", "fr": "french", "es": "spanish", "it": "italian", "pt": "portuguese",
               "nl": "dutch", "pl": "polish", "sv": "nordic", "da": "nordic", "fi": "nordic", "tr": "turkish",
               "cs": "hungarian_czech_ro", "ro": "hungarian_czech_ro", "hu": "hungarian_czech_ro",
               "vi": "vietnamese", "id": "indonesian", "sw": "african"}

FAMOUS = ["Albert Einstein", "Marie Curie", "Isaac Newton", "Ada Lovelace", "Alan Turing", "Leonardo da Vinci",
          "Wolfgang Amadeus Mozart", "Cleopatra", "Napoleon Bonaparte", "Charles Darwin", "Nikola Tesla",
          "Frida Kahlo", "Mahatma Gandhi", "William Shakespeare", "Grace Hopper", "Galileo Galilei",
          "Johann Sebastian Bach", "Florence Nightingale", "Sherlock Holmes", "Hercule Poirot", "Jane Eyre",
          "Confucius", "Abraham Lincoln", "Simón Bolívar", "Rosalind Franklin", "Emmy Noether", "Carl Friedrich Gauss"]

# non-person capitalised things (look-alikes)
CAP_NON_NAMES = ["Ford Fiesta", "Tesla Model Y", "Mercedes-Benz Sprinter", "Dell Latitude 7440", "Johnson & Johnson",
                 "McDonald's", "Wells Fargo", "Morgan Stanley", "Lake Victoria", "Washington Square", "St. Petersburg",
                 "Port Elizabeth", "Georgia", "Jordan", "Chevrolet Malibu", "Ben & Jerry's", "Hilton Garden Inn",
                 "Alexander Platz", "Victoria Station", "Kaplan-Meier estimator", "Parkinson's disease",
                 "Alzheimer's Association", "Bayes' theorem", "Gaussian blur", "Dijkstra's algorithm",
                 "Hodgkin lymphoma", "Casio G-Shock", "Louis Vuitton", "Marie Claire", "Hugo Boss",
                 "Pascal triangle", "Salvador (Bahia)", "Philip Morris", "Jack Daniel's", "Tim Hortons",
                 "Lincoln Navigator", "Adobe Acrobat", "Rolls-Royce", "Kellogg's", "Trader Joe's",
                 "Jenkins pipeline", "Django REST framework", "Ruby on Rails", "Apache Kafka", "Hamilton Beach",
                 "Boeing 787", "Heinz ketchup", "Marriott Bonvoy", "Prince Edward Island", "San Francisco"]


def latin_name(r, origin=None, middle=False):
    if origin is None:
        origin = r.choice(LATIN_ORIGINS)
    g, f = LATIN_NAMES[origin]
    first = r.choice(g)
    last = r.choice(f)
    if middle and r.random() < 0.5:
        return "%s %s. %s" % (first, r.choice(UP.replace("Q", "").replace("X", "")), last)
    return "%s %s" % (first, last)


SPECIAL_FOLD = {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ı": "i", "œ": "oe", "đ": "d", "'": ""}


def ascii_fold(s):
    import unicodedata
    s = "".join(SPECIAL_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ord(ch) < 128)


def person(r, lang="en"):
    """Return (display name, latin local-part base)."""
    if lang in NATIVE_NAMES and r.random() < 0.8:
        nat, lat = r.choice(NATIVE_NAMES[lang])
        return nat, lat
    origin = LANG_ORIGIN.get(lang)
    if lang == "en" or origin is None or r.random() < 0.2:
        origin = r.choice(LATIN_ORIGINS)
    n = latin_name(r, origin, middle=(lang == "en"))
    parts = [p for p in ascii_fold(n).lower().replace("-", " ").split() if not p.endswith(".")]
    return n, local_from_parts(r, parts)


def local_from_parts(r, parts):
    f, l = parts[0], "".join(parts[1:]) or "x"
    style = r.randrange(7)
    if style == 0:
        return "%s.%s" % (f, l)
    if style == 1:
        return "%s%s" % (f[0], l)
    if style == 2:
        return "%s_%s%s" % (f, l, rd(r, 2))
    if style == 3:
        return "%s%s" % (f, rd(r, r.choice([2, 4])))
    if style == 4:
        return "%s.%s" % (l, f[0])
    if style == 5:
        return "%s-%s" % (f, l)
    return "%s%s" % (f, l[:1])


# ---------------------------------------------------------------- emails
FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me", "aol.com", "fastmail.fm", "bigpond.com", "shaw.ca"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.com.mx", "prodigy.net.mx"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "pt": ["uol.com.br", "bol.com.br", "sapo.pt", "terra.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "hetnet.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "sv": ["telia.com", "spray.se", "bredband.net"], "da": ["mail.dk", "jubii.dk"], "fi": ["suomi24.fi", "luukku.com"],
    "tr": ["yandex.com.tr", "hotmail.com.tr", "mynet.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"], "uk": ["ukr.net", "i.ua", "meta.ua"],
    "cs": ["seznam.cz", "centrum.cz", "email.cz"], "el": ["otenet.gr", "yahoo.gr"], "ro": ["yahoo.ro", "rdslink.ro"],
    "hu": ["freemail.hu", "citromail.hu"], "ar": ["hotmail.com", "yahoo.com", "gmail.com"], "he": ["walla.co.il", "bezeqint.net"],
    "fa": ["chmail.ir", "gmail.com"], "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "zh": ["qq.com", "163.com", "126.com", "sina.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "nifty.com"], "ko": ["naver.com", "daum.net", "kakao.com"],
    "vi": ["gmail.com", "yahoo.com.vn"], "th": ["hotmail.com", "gmail.com"], "id": ["yahoo.co.id", "gmail.com"], "sw": ["gmail.com", "yahoo.com"],
}
COMPANY_DOMAINS = ["brightlane-logistics.com", "kestrelpay.io", "northwindtraders.net", "haverford-legal.co.uk", "acmeclinic.org",
                   "stellarfreight.de", "bluepeak.fr", "corvidae.ai", "ovalrock.com.au", "fjordsoft.no", "sakura-trading.co.jp",
                   "hanriver-tech.kr", "verdant-energy.es", "pinecrest-hr.com", "quillon.dev", "marlowe-bank.ch", "tessellate.in",
                   "ridgeback-analytics.com", "lumenhealth.nl", "orbitalcargo.sg", "polaris-edu.pl", "zenfold.com.br",
                   "harbourview-realty.ie", "saffronbyte.ae", "kilnworks.co.za", "dunmore-insurance.ca"]
EXAMPLE_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "acme.test", "demo.invalid", "corp.example.com", "test.example"]
ROLE_LOCALS = ["support", "noreply", "no-reply", "info", "sales", "billing", "postmaster", "abuse", "privacy", "hr", "helpdesk", "admin", "security", "careers", "team"]


def email_for(r, local, lang="en", company=False):
    if company or r.random() < 0.3:
        dom = r.choice(COMPANY_DOMAINS)
    else:
        dom = r.choice(FREEMAIL.get(lang, FREEMAIL["en"]))
    if r.random() < 0.06:
        local = local + "+" + r.choice(["shop", "news", "work", "2024", "billing"])
    return "%s@%s" % (local, dom)


def email_span(r, lang="en", local=None, company=False, allow_fake=True):
    """Email span; ~15% non-identifying (reserved domain or role mailbox)."""
    if allow_fake and r.random() < 0.2:
        if r.random() < 0.5:
            loc = local or r.choice(["jane.doe", "john.smith", "user", "test.user", "alice", "bob", "max.mustermann", "foo"])
            return S("EMAIL_ADDRESS", "%s@%s" % (loc, r.choice(EXAMPLE_DOMAINS)), False)
        return S("EMAIL_ADDRESS", "%s@%s" % (r.choice(ROLE_LOCALS), r.choice(COMPANY_DOMAINS)), False)
    if local is None:
        _, local = person(r, lang)
    return S("EMAIL_ADDRESS", email_for(r, local, lang, company), True)


# ---------------------------------------------------------------- phones
# country -> (cc, trunk, [(prefixes, groups)], natural national separator)
PHONE_SPEC = {
    "US": ("1", "", [(["212", "312", "415", "617", "702", "305", "206", "512", "646", "720", "404", "469", "503", "919"], [3, 4])], "-"),
    "CA": ("1", "", [(["416", "604", "514", "403", "613", "902"], [3, 4])], "-"),
    "GB": ("44", "0", [(["7911", "7700", "7456", "7823", "7398"], [6]), (["20"], [4, 4]), (["161", "131", "117"], [3, 4])], " "),
    "DE": ("49", "0", [(["151", "160", "170", "176", "157"], [8]), (["30", "40"], [8]), (["89", "69"], [7]), (["221"], [7])], " "),
    "AT": ("43", "0", [(["664", "676", "699"], [7]), (["1"], [7])], " "),
    "CH": ("41", "0", [(["79", "78", "76"], [3, 2, 2]), (["44", "22", "31"], [3, 2, 2])], " "),
    "FR": ("33", "0", [(["6", "7", "1", "4"], [2, 2, 2, 2])], " "),
    "BE": ("32", "0", [(["470", "475", "486", "496"], [2, 2, 2]), (["2"], [3, 2, 2])], " "),
    "LU": ("352", "", [(["621", "661", "691"], [3, 3])], " "),
    "ES": ("34", "", [(["6"], [2, 3, 3]), (["91", "93"], [3, 2, 2])], " "),
    "IT": ("39", "", [(["333", "347", "320", "339"], [3, 4]), (["06", "02"], [4, 4])], " "),
    "PT": ("351", "", [(["91", "93", "96"], [1, 3, 3]), (["21"], [3, 4])], " "),
    "NL": ("31", "0", [(["6"], [8]), (["20", "10"], [7])], "-"),
    "IE": ("353", "0", [(["85", "87", "86"], [3, 4]), (["1"], [3, 4])], " "),
    "SE": ("46", "0", [(["70", "72", "73"], [3, 2, 2]), (["8"], [3, 3, 2])], " "),
    "NO": ("47", "", [(["41", "45", "46", "90", "92", "93", "98"], [1, 2, 3])], " "),
    "DK": ("45", "", [(["20", "21", "22", "30", "31", "40", "42", "50", "60", "61"], [2, 2, 2])], " "),
    "FI": ("358", "0", [(["40", "50", "44"], [3, 4]), (["9"], [3, 4])], " "),
    "PL": ("48", "", [(["5", "6", "7", "8"], [2, 3, 3])], " "),
    "CZ": ("420", "", [(["60", "72", "77"], [1, 3, 3])], " "),
    "GR": ("30", "", [(["69"], [1, 3, 4]), (["21"], [4, 4])], " "),
    "RO": ("40", "0", [(["721", "740", "755", "722"], [3, 3])], " "),
    "HU": ("36", "06", [(["20", "30", "70"], [3, 4])], " "),
    "TR": ("90", "0", [(["532", "542", "555", "505"], [3, 2, 2]), (["212", "216"], [3, 2, 2])], " "),
    "RU": ("7", "8", [(["912", "916", "903", "925"], [3, 2, 2]), (["495", "812"], [3, 2, 2])], "-"),
    "UA": ("380", "0", [(["50", "67", "93", "97"], [3, 4]), (["44"], [3, 4])], " "),
    "IL": ("972", "0", [(["52", "54", "50"], [3, 4]), (["3"], [3, 4])], "-"),
    "AE": ("971", "0", [(["50", "55", "52"], [3, 4]), (["4"], [3, 4])], " "),
    "SA": ("966", "0", [(["50", "55", "53"], [3, 4])], " "),
    "EG": ("20", "0", [(["10", "11", "12"], [4, 4])], " "),
    "IR": ("98", "0", [(["912", "935", "901"], [3, 4])], " "),
    "IN": ("91", "0", [(["98", "97", "88", "70"], [3, 5])], " "),
    "CN": ("86", "", [(["138", "139", "186", "159"], [4, 4])], " "),
    "JP": ("81", "0", [(["90", "80", "70"], [4, 4]), (["3"], [4, 4])], "-"),
    "KR": ("82", "0", [(["10"], [4, 4]), (["2"], [3, 4])], "-"),
    "SG": ("65", "", [(["9", "8"], [3, 4])], " "),
    "ID": ("62", "0", [(["812", "813", "857"], [4, 4])], "-"),
    "PH": ("63", "0", [(["917", "918", "927"], [3, 4])], " "),
    "VN": ("84", "0", [(["91", "90", "98"], [3, 4])], " "),
    "TH": ("66", "0", [(["81", "89", "62"], [3, 4])], " "),
    "AU": ("61", "0", [(["412", "423", "438"], [3, 3]), (["2", "3"], [4, 4])], " "),
    "NZ": ("64", "0", [(["21", "22", "27"], [3, 4])], " "),
    "ZA": ("27", "0", [(["82", "83", "72"], [3, 4])], " "),
    "NG": ("234", "0", [(["803", "806", "813"], [3, 4])], " "),
    "KE": ("254", "0", [(["712", "722", "733"], [6])], " "),
    "BR": ("55", "0", [(["11", "21", "31"], [5, 4])], " "),
    "MX": ("52", "", [(["55", "33", "81"], [4, 4])], " "),
    "AR": ("54", "0", [(["11"], [4, 4])], " "),
}
LANG_COUNTRIES = {"en": ["US", "US", "US", "GB", "GB", "CA", "AU", "NZ", "IE", "ZA", "NG", "IN", "SG", "PH", "KE"],
                  "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH", "LU"], "es": ["ES", "MX", "AR"],
                  "it": ["IT"], "pt": ["PT", "BR", "BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"],
                  "fi": ["FI"], "tr": ["TR"], "ru": ["RU"], "uk": ["UA"], "cs": ["CZ"], "el": ["GR"], "ro": ["RO"], "hu": ["HU"],
                  "ar": ["EG", "AE", "SA"], "he": ["IL"], "fa": ["IR"], "hi": ["IN"], "zh": ["CN", "CN", "SG"], "ja": ["JP"],
                  "ko": ["KR"], "vi": ["VN"], "th": ["TH"], "id": ["ID"], "sw": ["KE"]}

AU_FICTIONAL_MOBILE = ["0491 570 006", "0491 570 156", "0491 570 157", "0491 570 158", "0491 570 159", "0491 570 110",
                       "0491 570 313", "0491 570 737", "0491 571 266", "0491 571 491", "0491 572 549", "0491 572 665"]


def phone_value(r, country):
    cc, trunk, plans, nsep = PHONE_SPEC[country]
    prefixes, groups = r.choice(plans)
    pre = r.choice(prefixes)
    gs = []
    for i, g in enumerate(groups):
        d = rd(r, g)
        if i == 0:
            d = r.choice("23456789") + d[1:]
        if i == 0 and country in ("US", "CA"):
            if d == "555":
                d = "556"
        gs.append(d)
    st = r.randrange(8)
    if country in ("US", "CA"):
        a, b, c = pre, gs[0], gs[1]
        return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}",
                f"1 ({a}) {b}-{c}", f"+1{a}{b}{c}", f"+1 ({a}) {b}-{c}"][st]
    if country == "BR":
        return [f"({pre}) {gs[0]}-{gs[1]}", f"+55 {pre} {gs[0]}-{gs[1]}", f"+55 ({pre}) {gs[0]}-{gs[1]}",
                f"+55{pre}{gs[0]}{gs[1]}"][st % 4].replace(gs[0], "9" + gs[0][1:], 1)
    if country == "RU":
        return [f"8 ({pre}) {gs[0]}-{gs[1]}-{gs[2]}", f"+7 {pre} {gs[0]}-{gs[1]}-{gs[2]}", f"+7 ({pre}) {gs[0]}-{gs[1]}-{gs[2]}",
                f"+7{pre}{gs[0]}{gs[1]}{gs[2]}", f"8-{pre}-{gs[0]}-{gs[1]}-{gs[2]}"][st % 5]
    if country == "AR":
        return [f"+54 9 11 {gs[0]}-{gs[1]}", f"011 15-{gs[0]}-{gs[1]}", f"+54 11 {gs[0]}-{gs[1]}"][st % 3]
    if country == "MX":
        return [f"+52 {pre} {gs[0]} {gs[1]}", f"{pre} {gs[0]} {gs[1]}", f"+52 1 {pre} {gs[0]} {gs[1]}", f"({pre}) {gs[0]}-{gs[1]}"][st % 4]
    if country == "CN" and pre in ("138", "139", "186", "159"):
        return [f"{pre} {gs[0]} {gs[1]}", f"+86 {pre} {gs[0]} {gs[1]}", f"{pre}{gs[0]}{gs[1]}", f"+86-{pre}-{gs[0]}-{gs[1]}",
                f"(+86) {pre}{gs[0]}{gs[1]}"][st % 5]
    if country in ("NO", "SG", "PL", "ES", "CZ", "PT", "GR", "IN"):
        nsn = pre + "".join(gs)
        if country == "NO":
            national = f"{nsn[:3]} {nsn[3:5]} {nsn[5:]}"
        elif country == "SG":
            national = f"{nsn[:4]} {nsn[4:]}"
        elif country == "GR":
            national = f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        elif country == "IN":
            national = f"{nsn[:5]} {nsn[5:]}"
        else:
            national = f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        forms = [national, national, f"+{cc} {national}", f"+{cc} {national}", f"+{cc}{nsn}", f"00{cc} {national}"]
        if country == "IN":
            forms += [f"+91-{nsn}", f"0{nsn}", f"+91 {nsn}"]
        if country == "ES":
            forms += [f"+34-{nsn}"]
        return forms[st % len(forms)] if st < len(forms) else r.choice(forms)
    sep = nsep
    nat_body = sep.join(gs)
    # national form
    if trunk:
        if country == "HU":
            national = f"06 {pre} {nat_body}" if sep == " " else f"06{pre}{nat_body}"
        elif country == "DE" and r.random() < 0.3:
            national = f"0{pre}/{''.join(gs)}"
        elif country in ("JP", "KR", "IL", "ID"):
            national = f"0{pre}-{'-'.join(gs)}"
        elif country == "NL":
            national = f"0{pre}-{''.join(gs)}"
        elif country == "GB" and pre == "20":
            national = f"020 {' '.join(gs)}"
        else:
            national = f"{trunk}{pre} {nat_body}"
    else:
        national = f"{pre} {nat_body}"
    isep = "-" if country in ("JP", "KR", "IL", "ID") else " "
    intl = f"+{cc} {pre} {isep.join(gs)}"
    compact = f"+{cc}{pre}{''.join(gs)}"
    forms = [national, national, intl, intl, compact, f"00{cc} {pre} {' '.join(gs)}"]
    if trunk == "0" and country in ("GB", "DE", "AT", "CH", "IT", "NL", "BE"):
        forms.append(f"+{cc} (0){pre} {' '.join(gs)}")
    if country in ("FR", "BE", "CH"):
        forms.append(national.replace(" ", "."))
    if country in ("IN",):
        forms.append(f"+91-{pre}{''.join(gs)}")
    if country in ("DE", "ES", "TR"):
        forms.append(f"+{cc}-{pre}-{''.join(gs)}")
    return r.choice(forms)


def phone_span(r, lang="en", country=None, allow_fake=True):
    if allow_fake and lang in ("en",) and r.random() < 0.22:
        k = r.randrange(4)
        if k == 0:
            a = r.choice(PHONE_SPEC["US"][2][0][0])
            v = r.choice([f"({a}) 555-01{rd(r, 2)}", f"{a}-555-01{rd(r, 2)}", f"+1 {a} 555 01{rd(r, 2)}"])
        elif k == 1:
            v = r.choice([f"07700 900{rd(r, 3)}", f"+44 7700 900{rd(r, 3)}", f"020 7946 0{rd(r, 3)}", f"0113 496 0{rd(r, 3)}"])
        elif k == 2:
            v = r.choice(AU_FICTIONAL_MOBILE)
        else:
            v = f"555-01{rd(r, 2)}"
        return S("PHONE_NUMBER", v, False)
    if country is None:
        country = r.choice(LANG_COUNTRIES.get(lang, LANG_COUNTRIES["en"]))
    return S("PHONE_NUMBER", phone_value(r, country), True)


# ---------------------------------------------------------------- credit cards
TEST_CARDS = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "4012 8888 8888 1881",
              "3782 822463 10005", "3714 496353 98431", "6011 1111 1111 1117", "5105 1051 0510 5100",
              "4000 0566 5566 5556", "2223 0031 2200 3222", "3056 9300 0902 0004", "3566 0020 2036 0505",
              "4111111111111111", "4242424242424242", "5200 8282 8282 8210", "6200 0000 0000 0005"]


def card_number(r):
    k = r.randrange(9)
    if k <= 2:
        body, n = "4" + rd(r, 5), 16
    elif k <= 4:
        body, n = r.choice(["51", "52", "53", "54", "55"]) + rd(r, 4), 16
    elif k == 5:
        body, n = str(r.randint(2221, 2720)) + rd(r, 2), 16
    elif k == 6:
        body, n = r.choice(["34", "37"]) + rd(r, 4), 15
    elif k == 7:
        body, n = r.choice(["6011", "65" + rd(r, 2)]) + rd(r, 2), 16
    else:
        body, n = str(r.randint(3528, 3589)) + rd(r, 2), 16
    body = body + rd(r, n - 1 - len(body))
    num = luhn_complete(body)
    # avoid collisions with test numbers
    return num


def fmt_card(r, num):
    st = r.randrange(4)
    if len(num) == 15:
        if st < 2:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        if st == 2:
            return f"{num[:4]}-{num[4:10]}-{num[10:]}"
        return num
    if st == 0:
        return group4(num)
    if st == 1:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if st == 2:
        return num
    return group4(num)


def card_span(r, allow_fake=True):
    if allow_fake and r.random() < 0.2:
        return S("CREDIT_CARD", r.choice(TEST_CARDS), False)
    return S("CREDIT_CARD", fmt_card(r, card_number(r)), True)


def non_luhn_card(r):
    while True:
        num = card_number(r)
        last = str((int(num[-1]) + r.randint(1, 9)) % 10)
        bad = num[:-1] + last
        if not luhn_ok(bad):
            return L("non_luhn_digits", fmt_card(r, bad))


# ---------------------------------------------------------------- IBAN
# country -> list of segment specs: (n digits | a upper | c alnum-upper, length)
IBAN_SPEC = {
    "DE": [("n", 18)], "AT": [("n", 16)], "CH": [("n", 5), ("c", 12)], "FR": [("n", 10), ("c", 11), ("n", 2)],
    "BE": [("n", 12)], "LU": [("n", 3), ("c", 13)], "ES": [("n", 20)], "IT": [("a", 1), ("n", 10), ("c", 12)],
    "PT": [("n", 21)], "NL": [("a", 4), ("n", 10)], "GB": [("a", 4), ("n", 14)], "IE": [("a", 4), ("n", 14)],
    "PL": [("n", 24)], "SE": [("n", 20)], "DK": [("n", 14)], "FI": [("n", 14)], "NO": [("n", 11)],
    "TR": [("n", 5), ("n", 1), ("c", 16)], "CZ": [("n", 20)], "GR": [("n", 7), ("c", 16)], "RO": [("a", 4), ("c", 16)],
    "HU": [("n", 24)], "SA": [("n", 2), ("c", 18)], "AE": [("n", 19)], "IL": [("n", 19)], "UA": [("n", 6), ("c", 19)],
    "HR": [("n", 17)], "BR": [("n", 23), ("a", 1), ("c", 1)], "EG": [("n", 25)],
}
BANK_CODES = {"NL": ["ABNA", "RABO", "INGB", "TRIO", "SNSB"], "GB": ["BARC", "LOYD", "HBUK", "NWBK", "MIDL"],
              "IE": ["AIBK", "BOFI"], "RO": ["BTRL", "RNCB", "BRDE"]}
EXAMPLE_IBANS = ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606",
                 "NL91 ABNA 0417 1643 00", "ES91 2100 0418 4502 0005 1332", "IT60 X054 2811 1010 0000 0123 456",
                 "CH93 0076 2011 6238 5295 7", "BE68 5390 0754 7034", "AT61 1904 3002 3457 3201", "GB29 NWBK 6016 1331 9268 19",
                 "DE89370400440532013000", "GB33BUKB20201555555555"]
LANG_IBAN = {"de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "LU"], "es": ["ES"], "it": ["IT"], "pt": ["PT", "BR"],
             "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "fi": ["FI"], "tr": ["TR"], "cs": ["CZ"],
             "el": ["GR"], "ro": ["RO"], "hu": ["HU"], "ar": ["SA", "AE", "EG"], "he": ["IL"], "uk": ["UA"],
             "en": ["GB", "GB", "IE", "DE", "FR", "NL", "ES", "IT", "HR", "NO"]}


def iban_value(r, cc, compact=None):
    bban = ""
    for i, (kind, n) in enumerate(IBAN_SPEC[cc]):
        if kind == "a" and n == 4 and cc in BANK_CODES:
            bban += r.choice(BANK_CODES[cc])
        elif kind == "n":
            bban += rd(r, n)
        elif kind == "a":
            bban += rs(r, UP, n)
        else:
            bban += rd(r, n) if r.random() < 0.7 else rs(r, UPNUM, n)
    chk = iban_check(cc, bban)
    iban = cc + chk + bban
    assert iban_valid(iban)
    if compact is None:
        compact = r.random() < 0.35
    return iban if compact else group4(iban)


def iban_span(r, lang="en", allow_fake=True):
    if allow_fake and r.random() < 0.15:
        return S("IBAN_CODE", r.choice(EXAMPLE_IBANS), False)
    return S("IBAN_CODE", iban_value(r, r.choice(LANG_IBAN.get(lang, LANG_IBAN["en"]))), True)


def invalid_iban(r, lang="en"):
    cc = r.choice(LANG_IBAN.get(lang, LANG_IBAN["en"]))
    while True:
        v = iban_value(r, cc, compact=True)
        # corrupt one digit of the BBAN
        i = r.randrange(4, len(v))
        if not v[i].isdigit():
            continue
        v2 = v[:i] + str((int(v[i]) + r.randint(1, 9)) % 10) + v[i + 1:]
        if not iban_valid(v2):
            return L("invalid_iban", v2 if r.random() < 0.4 else group4(v2))


# ---------------------------------------------------------------- SSN
def ssn_digits(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        g = r.randint(1, 99)
        s = r.randint(1, 9999)
        return "%03d" % a, "%02d" % g, "%04d" % s


def ssn_span(r, allow_fake=True):
    if allow_fake and r.random() < 0.12:
        return S("US_SSN", r.choice(["078-05-1120", "219-09-9999", "078 05 1120"]), False)
    a, g, s = ssn_digits(r)
    st = r.random()
    v = f"{a}-{g}-{s}" if st < 0.7 else (f"{a} {g} {s}" if st < 0.85 else f"{a}{g}{s}")
    return S("US_SSN", v, True)


def invalid_ssn(r):
    a, g, s = ssn_digits(r)
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
        s = "0000"
    return L("invalid_ssn", f"{a}-{g}-{s}")


# ---------------------------------------------------------------- IP addresses
def public_ipv4(r):
    while True:
        a = r.randint(1, 223)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224):
            continue
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def nonident_ipv4(r):
    k = r.randrange(8)
    if k == 0:
        return "192.0.2.%d" % r.randint(1, 254)
    if k == 1:
        return "198.51.100.%d" % r.randint(1, 254)
    if k == 2:
        return "203.0.113.%d" % r.randint(1, 254)
    if k == 3:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k == 4:
        return "192.168.%d.%d" % (r.randint(0, 20), r.randint(1, 254))
    if k == 5:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    if k == 6:
        return r.choice(["127.0.0.1", "0.0.0.0", "169.254.169.254", "127.0.1.1"])
    return "169.254.%d.%d" % (r.randint(0, 255), r.randint(1, 254))


def h4(r):
    return "%x" % r.randint(0, 0xFFFF)


def public_ipv6(r):
    pre = r.choice(["2a02:%s" % h4(r), "2607:f8b0", "2a01:4f8", "2001:41d0", "2600:1f18", "2804:14c", "240e:%s" % h4(r), "2c0f:f248"])
    k = r.randrange(3)
    if k == 0:
        v = pre + ":" + ":".join(h4(r) for _ in range(7 - pre.count(":")))
    elif k == 1:
        v = pre + ":" + h4(r) + "::" + h4(r)
    else:
        v = pre + ":" + ":".join(h4(r) for _ in range(2)) + "::" + h4(r) + ":" + h4(r)
    return v.upper() if r.random() < 0.12 else v


def nonident_ipv6(r):
    return r.choice(["::1", "2001:db8::%s" % h4(r), "2001:db8:%s::%s" % (h4(r), h4(r)), "fe80::%s:%s:%s:%s" % (h4(r), h4(r), h4(r), h4(r)),
                     "fd12:3456:789a:1::%s" % h4(r), "2001:0db8:0000:0000:0000:ff00:0042:%04x" % r.randint(0, 0xFFFF),
                     "::ffff:192.0.2.%d" % r.randint(1, 254)])


def ip_span(r, v6=None, allow_fake=True, fake_p=0.25):
    if v6 is None:
        v6 = r.random() < 0.25
    if allow_fake and r.random() < fake_p:
        return S("IP_ADDRESS", nonident_ipv6(r) if v6 else nonident_ipv4(r), False)
    if v6:
        return S("IP_ADDRESS", public_ipv6(r) if r.random() < 0.9 else "::ffff:" + public_ipv4(r), True)
    return S("IP_ADDRESS", public_ipv4(r), True)


# ---------------------------------------------------------------- API keys / secrets
def key_value(r, kind=None):
    kinds = ["aws_id", "aws_secret", "github", "github_pat", "gitlab", "slack_bot", "slack_user", "stripe_live", "stripe_rk",
             "openai", "anthropic", "google", "sendgrid", "twilio", "mailgun", "npm", "pypi", "hf", "telegram", "discord",
             "jwt", "azure_storage", "shopify", "digitalocean", "whsec", "datadog", "square", "linear", "notion", "doppler",
             "postman", "atlassian", "vault", "age", "password"]
    if kind is None:
        kind = r.choice(kinds)
    if kind == "aws_id":
        return kind, r.choice(["AKIA", "ASIA"]) + rs(r, UP + "234567", 16)
    if kind == "aws_secret":
        return kind, rs(r, ALNUM + "/+", 40)
    if kind == "github":
        return kind, r.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, ALNUM, 36)
    if kind == "github_pat":
        return kind, "github_pat_" + rs(r, UPNUM, 22) + "_" + rs(r, ALNUM, 59)
    if kind == "gitlab":
        return kind, "glpat-" + rs(r, ALNUM + "-_", 20)
    if kind == "slack_bot":
        return kind, "xoxb-%s-%s-%s" % (rd(r, 12), rd(r, 13), rs(r, ALNUM, 24))
    if kind == "slack_user":
        return kind, "xoxp-%s-%s-%s-%s" % (rd(r, 12), rd(r, 12), rd(r, 13), rs(r, HEX, 32))
    if kind == "stripe_live":
        return kind, r.choice(["sk_live_", "sk_test_"]) + rs(r, ALNUM, r.choice([24, 99]))
    if kind == "stripe_rk":
        return kind, "rk_live_" + rs(r, ALNUM, 24)
    if kind == "openai":
        return kind, r.choice(["sk-proj-" + rs(r, B64URL, 48) + "T3BlbkFJ" + rs(r, B64URL, 48), "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)])
    if kind == "anthropic":
        return kind, "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"
    if kind == "google":
        return kind, "AIza" + rs(r, B64URL, 35)
    if kind == "sendgrid":
        return kind, "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)
    if kind == "twilio":
        return kind, "SK" + rs(r, HEX, 32)
    if kind == "mailgun":
        return kind, "key-" + rs(r, HEX, 32)
    if kind == "npm":
        return kind, "npm_" + rs(r, ALNUM, 36)
    if kind == "pypi":
        return kind, "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 60)
    if kind == "hf":
        return kind, "hf_" + rs(r, ALNUM, 34)
    if kind == "telegram":
        return kind, "%s:AA%s" % (rd(r, 10), rs(r, B64URL, 33))
    if kind == "discord":
        return kind, "M" + rs(r, ALNUM, 23) + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)
    if kind == "jwt":
        return kind, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + rs(r, B64URL, 60) + "." + rs(r, B64URL, 43)
    if kind == "azure_storage":
        return kind, rs(r, B64, 86) + "=="
    if kind == "shopify":
        return kind, r.choice(["shpat_", "shpss_"]) + rs(r, HEX, 32)
    if kind == "digitalocean":
        return kind, "dop_v1_" + rs(r, HEX, 64)
    if kind == "whsec":
        return kind, "whsec_" + rs(r, ALNUM, 32)
    if kind == "datadog":
        return kind, rs(r, HEX, 32)
    if kind == "square":
        return kind, "EAAA" + rs(r, B64URL, 60)
    if kind == "linear":
        return kind, "lin_api_" + rs(r, ALNUM, 40)
    if kind == "notion":
        return kind, "secret_" + rs(r, ALNUM, 43)
    if kind == "doppler":
        return kind, "dp.st.prd." + rs(r, ALNUM, 43)
    if kind == "postman":
        return kind, "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)
    if kind == "atlassian":
        return kind, "ATATT3xFfGF0" + rs(r, B64URL, 180)
    if kind == "vault":
        return kind, "hvs." + rs(r, ALNUM, 24)
    if kind == "age":
        return kind, "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
    if kind == "password":
        return kind, password(r)
    raise KeyError(kind)


def password(r):
    k = r.randrange(5)
    words = ["Sunflower", "Harbor", "Falcon", "Maple", "Quartz", "Nebula", "Winter", "Copper", "Tango", "Orchid"]
    if k == 0:
        return r.choice(words) + rd(r, r.choice([2, 4])) + r.choice("!#$%&*?")
    if k == 1:
        return rs(r, ALNUM + "!#%^*-_", r.randint(14, 28))
    if k == 2:
        return r.choice(words).lower() + "-" + r.choice(words).lower() + "-" + rd(r, 3)
    if k == 3:
        return rs(r, ALNUM, 32)
    return r.choice(words) + "_" + r.choice(["Prod", "Db", "Admin", "Svc"]) + "@" + rd(r, 4)


PLACEHOLDER_KEYS = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                    "xoxb-0000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX", "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                    "SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "changeme", "hunter2",
                    "YOUR_API_KEY_HERE", "sk-ant-api03-REPLACE_ME"]


def key_span(r, kind=None, allow_fake=True, fake_p=0.12):
    if allow_fake and r.random() < fake_p:
        if kind == "password":
            return S("API_KEY", r.choice(["changeme", "hunter2", "P@ssw0rd", "password123", "admin"]), False)
        return S("API_KEY", r.choice(PLACEHOLDER_KEYS), False)
    k, v = key_value(r, kind)
    return S("API_KEY", v, True)


def pem_block(r):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    lines = [rs(r, B64, 64) for _ in range(r.randint(3, 6))]
    lines.append(rs(r, B64, r.randint(10, 60)) + r.choice(["", "=", "=="]))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


# ---------------------------------------------------------------- look-alikes
def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def la_date(r, style=None):
    y, m, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
    if style is None:
        style = r.randrange(7)
    v = [f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{d:02d}/{y}", f"{d}/{m}/{y}",
         f"{MONTHS_EN[m-1]} {d}, {y}", f"{d} {MONTHS_EN[m-1][:3]} {y}", f"{y}年{m}月{d}日"][style]
    return L("date", v)


def la_dob(r):
    y, m, d = r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28)
    return L("date", r.choice([f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d:02d}.{m:02d}.{y}"]))


def la_timestamp(r):
    y, m, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    k = r.randrange(5)
    if k == 0:
        v = f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{rd(r, 3)}Z"
    elif k == 1:
        v = f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d},{rd(r, 3)}"
    elif k == 2:
        v = str(r.randint(1672531200, 1790000000))
    elif k == 3:
        v = f"{d:02d}/{MONTHS_EN[m-1][:3]}/{y}:{hh:02d}:{mm:02d}:{ss:02d} +0000"
    else:
        v = str(r.randint(1672531200, 1790000000)) + rd(r, 3)
    return L("timestamp", v)


def la_time(r):
    return L("time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")


def la_order(r):
    k = r.randrange(6)
    v = [f"#{rd(r, 7)}", f"ORD-{rd(r, 4)}-{rd(r, 6)}", f"{rd(r, 3)}-{rd(r, 7)}-{rd(r, 7)}", f"SO{rd(r, 8)}",
         f"A{rd(r, 2)}-{rs(r, UP, 2)}{rd(r, 5)}", f"{rd(r, 10)}"][k]
    return L("order_number", v)


def la_invoice(r):
    return L("invoice_number", r.choice([f"INV-{r.randint(2022, 2026)}-{rd(r, 5)}", f"RE{rd(r, 8)}", f"F{rd(r, 2)}/{rd(r, 5)}", f"2024/{rd(r, 4)}"]))


def la_ticket(r):
    return L("ticket_id", r.choice([f"{rs(r, UP, r.randint(2, 5))}-{r.randint(10, 9999)}", f"#{r.randint(1000, 999999)}", f"INC{rd(r, 7)}", f"CS-{rd(r, 8)}"]))


def la_tracking(r):
    k = r.randrange(5)
    v = ["1Z" + rs(r, UPNUM, 6) + rd(r, 10), "9400 " + " ".join(rd(r, 4) for _ in range(4)) + " " + rd(r, 2),
         rd(r, 12), rs(r, UP, 2) + rd(r, 9) + r.choice(["DE", "GB", "CN", "NL", "US"]), "JD" + rd(r, 18)][k]
    return L("tracking_number", v)


def la_price(r, cur=None):
    amt = r.randint(1, 4999) + r.randint(0, 99) / 100
    cur = cur or r.choice(["$", "€", "£", "USD", "EUR", "¥", "CHF", "₹"])
    if cur in ("€",) and r.random() < 0.5:
        v = ("%.2f" % amt).replace(".", ",") + " €"
    elif cur in ("USD", "EUR", "CHF"):
        v = "%s %.2f" % (cur, amt)
    elif cur == "¥":
        v = "¥%s" % format(int(amt * 100), ",")
    else:
        v = "%s%s" % (cur, format(amt, ",.2f"))
    return L("price", v)


def la_version(r):
    k = r.randrange(7)
    v = [f"{r.randint(0, 4)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"v{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 12)}",
         f"10.0.{r.choice([19045, 22621, 22631, 26100, 17763])}.{r.randint(1, 4500)}", f"{r.randint(100, 131)}.0.{r.randint(5000, 6999)}.{r.randint(10, 250)}",
         f"{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 5)}", f"{r.randint(2019, 2025)}.{r.randint(1, 12)}.{r.randint(1, 900)}",
         f"{r.randint(1, 20)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}.{r.randint(1000, 9999)}"][k]
    return L("version", v)


def la_hash(r):
    k = r.randrange(6)
    v = [rs(r, HEX, 40), rs(r, HEX, 64), rs(r, HEX, 32), rs(r, HEX, 7), "sha256:" + rs(r, HEX, 64),
         "sha512-" + rs(r, B64, 86) + "=="][k]
    return L("hash", v)


def la_uuid(r):
    v = uuid4(r)
    return L("uuid", v.upper() if r.random() < 0.15 else v)


def la_isbn(r):
    body = "978" + rd(r, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    full = body + str(chk)
    return L("isbn", r.choice([full, f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}", f"{full[:3]}-{full[3:5]}-{full[5:9]}-{full[9:12]}-{full[12]}"]))


def la_coords(r):
    lat = r.uniform(-60, 70)
    lon = r.uniform(-170, 170)
    return L("coordinates", r.choice(["%.5f, %.5f" % (lat, lon), "%.4f,%.4f" % (lat, lon), "%d°%d′%d″N %d°%d′%d″E" % (abs(int(lat)), r.randint(0, 59), r.randint(0, 59), abs(int(lon)), r.randint(0, 59), r.randint(0, 59))]))


def la_sku(r):
    return L("product_code", r.choice([f"{rs(r, UP, 3)}-{rd(r, 4)}-{rs(r, UP, 2)}", f"SKU{rd(r, 6)}", f"{rs(r, UP, 2)}{rd(r, 3)}-{rd(r, 2)}",
                                        f"B0{rs(r, UPNUM, 8)}", f"{rd(r, 4)}-{rd(r, 3)}-{rd(r, 3)}", f"P/N {rd(r, 3)}-{rd(r, 5)}"]))


def la_serial(r):
    return L("serial_number", r.choice([f"SN{rs(r, UPNUM, 10)}", f"{rs(r, UPNUM, 4)}-{rs(r, UPNUM, 4)}-{rs(r, UPNUM, 4)}", f"C02{rs(r, UPNUM, 9)}", rd(r, 14)]))


def la_mac(r):
    sep = r.choice([":", "-"])
    return L("mac_address", sep.join(rs(r, "0123456789ABCDEF" if r.random() < 0.5 else HEX, 2) for _ in range(6)))


def la_digits_like_phone(r):
    k = r.randrange(5)
    v = [f"{rd(r, 3)}-{rd(r, 3)}-{rd(r, 4)}", f"{rd(r, 4)} {rd(r, 4)} {rd(r, 2)}", f"{rd(r, 2)}-{rd(r, 7)}", f"+{r.randint(10, 60)}.{rd(r, 1)}%",
         f"{rd(r, 5)} {rd(r, 5)}"][k]
    return L(r.choice(["reference_number", "case_number", "account_ref"]) if k != 3 else "percentage", v)


def la_cap(r):
    return L("capitalised_non_name", r.choice(CAP_NON_NAMES))


def la_flight(r):
    return L("flight_number", r.choice(["LH", "BA", "AF", "UA", "EK", "QF", "NH", "TK", "KL", "SQ", "AA", "DL"]) + str(r.randint(1, 2999)))


def la_pnr(r):
    return L("booking_reference", rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6))


def la_oid(r):
    return L("oid", "1.3.6.1.4.1." + ".".join(str(r.randint(1, 60000)) for _ in range(r.randint(2, 4))))


def la_port(r):
    return L("port", str(r.choice([3000, 5432, 6379, 8080, 8443, 9200, 27017, 5672, 11211, 9092])))


def la_bic(r):
    return L("swift_code", r.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "BARCGB22", "INGBNL2A", "UBSWCHZH80A", "CAIXESBBXXX", "BCITITMM", "RABONL2U", "NWBKGB2L"]))


def la_amount(r):
    return L("amount", r.choice(["%s %s" % (format(r.randint(10, 999999), ","), r.choice(["USD", "EUR", "GBP", "JPY", "INR"])),
                                 "%d.%02d" % (r.randint(10, 99999), r.randint(0, 99))]))


def la_txhash(r):
    return L("hash", "0x" + rs(r, HEX, 64))


def la_sort_code(r):
    return L("sort_code", f"{rd(r, 2)}-{rd(r, 2)}-{rd(r, 2)}")


def la_user_id(r):
    return L("user_id", r.choice([f"U{rs(r, UPNUM, 10)}", f"usr_{rs(r, LONUM, 14)}", str(r.randint(10 ** 8, 10 ** 12)), f"cus_{rs(r, ALNUM, 14)}"]))


def la_zip(r):
    return L("postal_code", r.choice([rd(r, 5), f"{rs(r, UP, 2)}{r.randint(1, 20)} {r.randint(1, 9)}{rs(r, UP, 2)}", f"{rd(r, 3)}-{rd(r, 4)}", f"{rd(r, 2)}-{rd(r, 3)}"]))


def la_cvv_like(r):
    return L("expiry_date", f"{r.randint(1, 12):02d}/{r.randint(25, 31)}")


def la_percent(r):
    return L("percentage", "%.1f%%" % r.uniform(0, 100))


def la_pod(r):
    return L("pod_name", "%s-%s-%s" % (r.choice(["api", "worker", "web", "billing", "ingest"]), rs(r, LONUM, 10), rs(r, LONUM, 5)))


def la_path(r):
    return L("file_path", r.choice(["/var/log/nginx/access.log", "C:\\Users\\Public\\Documents\\report_2024.xlsx", "/etc/ssl/certs/ca-bundle.crt",
                                   "~/.aws/config", "src/main/java/com/acme/App.java", "/opt/app/releases/20240311/bin"]))


# ---------------------------------------------------------------- templates
TEMPLATES = []  # (name, lang, has_pii, fn)


def tpl(name, lang="en", pii=True):
    def deco(fn):
        TEMPLATES.append((name, lang, pii, fn))
        return fn
    return deco


def P(name, ident=True):
    return S("PERSON", name, ident)


def famous(r):
    return P(r.choice(FAMOUS), False)


def first_of(name):
    return name.split()[0]


def title(r):
    return r.choice(["Dr. ", "Mr. ", "Ms. ", "Mrs. ", "Prof. ", "", "", "", ""])


# ---- English PII templates -------------------------------------------------

@tpl("support_refund_chat")
def _(r):
    n, loc = person(r)
    return fill(r.choice([
        "User: hi, I'm {n}, my order {o} was charged twice ({p} each). can you refund one? my account email is {em}\n"
        "Assistant: Sorry about that, {fn}! I've flagged order {o2} for a duplicate-charge review. You'll get a confirmation at the address on file within 3–5 business days.",
        "Customer ({n}): Order {o} arrived damaged. I paid {p}. Reach me on {em} please, not by phone.\n"
        "Bot: Thanks {fn}. I've opened a return for {o2}. A prepaid label will be emailed shortly.",
    ]), n=P(n), fn=P(first_of(n)), em=email_span(r, local=loc), o=la_order(r), o2=la_order(r), p=la_price(r))


@tpl("crm_email_draft")
def _(r):
    n, loc = person(r)
    me, _ = person(r)
    return fill(r.choice([
        "Draft a follow-up email to {n} ({em}) thanking them for the demo on {d}. Mention the quote {q} for {p} and that I'm available at {ph}. Sign as {me}.",
        "Please write a polite reminder to {n} — their invoice {q} ({p}) was due {d}. CC billing. Their direct line is {ph}, email {em}. From: {me}, Accounts Receivable",
        "Rewrite this in a warmer tone:\n\"{n}, we still haven't received the signed contract. Send it to {em} by {d} or the {p} discount lapses. — {me}\"\n(Her cell is {ph} if you think I should call instead.)",
    ]), n=P(n), me=P(me), em=email_span(r, local=loc), ph=phone_span(r), d=la_date(r), q=la_invoice(r), p=la_price(r))


@tpl("email_signature")
def _(r):
    n, loc = person(r)
    role = r.choice(["Senior Account Manager", "Head of Procurement", "Paralegal", "VP Engineering", "Office Manager", "Clinical Research Coordinator", "Founder & CEO"])
    co = r.choice(["Brightlane Logistics", "Kestrel Pay Ltd.", "Northwind Traders", "Haverford Legal LLP", "Ovalrock Pty Ltd", "Dunmore Insurance"])
    lines = ["Best regards,", "", "{t}{n}", role, co, "M: {ph}", "T: {ph2}", "E: {em}"]
    if r.random() < 0.5:
        lines = ["--", "{n} | " + role + " | " + co, "{ph} · {em}"]
    body = r.choice(["Thanks for the update, I'll circulate it internally and come back to you before Friday.\n\n",
                     "Please find the revised SOW attached (ref {q}).\n\n", "See below.\n\n", ""])
    return fill(body + "\n".join(lines) + r.choice(["", "\n\nThis email and any attachments are confidential."]),
                t=title(r), n=P(n), ph=phone_span(r), ph2=phone_span(r), em=email_span(r, local=loc, company=True), q=la_invoice(r))


@tpl("meeting_notes")
def _(r):
    a, _ = person(r)
    b, lb = person(r)
    c, _ = person(r)
    return fill(r.choice([
        "Meeting notes – {d}\nAttendees: {a}, {b}, {c}\n- {a} to send the revised budget (v{v}) by Thursday\n- {b} owns vendor onboarding; contact {em}\n- Next sync {d2} {tm}\nAction: {c} to book room {room}",
        "Summarise these notes:\n{a}: we slipped release {v} again\n{b}: QA found {tk} and {tk2}\n{c}: customer escalations up {pc}\n{b} will email {em} with the RCA.",
        "## Standup {d}\n* {a} — finishing migration, blocked on {tk}\n* {b} — on call this week, pager {ph}\n* {c} — PTO from {d2}",
    ]), a=P(a), b=P(b), c=P(c), em=email_span(r, local=lb, company=True), d=la_date(r), d2=la_date(r), tm=la_time(r), v=la_version(r),
        tk=la_ticket(r), tk2=la_ticket(r), pc=la_percent(r), ph=phone_span(r),
        room=L("capitalised_non_name", r.choice(["Ada Lovelace 3.02", "Turing 1.14", "Hopper", "Curie (4th floor)"])))


@tpl("jira_ticket")
def _(r):
    n, _ = person(r)
    return fill("[{tk}] Login fails for some users after upgrade to {v}\nReporter: {n}\nPriority: P2\n\nSteps:\n1. Log in from {ip}\n"
                "2. Observe 502 from gateway (request id {u})\n\nExpected: dashboard. Actual: error page. Build {h}.",
                tk=la_ticket(r), v=la_version(r), n=P(n), ip=ip_span(r), u=la_uuid(r), h=la_hash(r))


@tpl("env_file_paste")
def _(r):
    lines = ["# .env.production", "NODE_ENV=production", "PORT={port}", "DATABASE_URL=postgres://app_user:{pw}@{ip}:5432/orders",
             "STRIPE_SECRET_KEY={k1}", "SENTRY_RELEASE={v}", "OPENAI_API_KEY={k2}", "REDIS_URL=redis://:{pw2}@cache.internal:6379/0",
             "ADMIN_EMAIL={em}", "FEATURE_FLAGS_BUILD={h}"]
    r.shuffle(lines)
    intro = r.choice(["why does my app crash on boot? here's my env:\n", "can you convert this .env into a docker-compose environment block?\n\n",
                      "", "Heroku keeps ignoring these vars:\n```\n"])
    outro = "\n```" if intro.endswith("```\n") else ""
    return fill(intro + "\n".join(lines) + outro, port=la_port(r), pw=key_span(r, "password"), ip=ip_span(r, v6=False), k1=key_span(r, "stripe_live"),
                v=la_version(r), k2=key_span(r, "openai"), pw2=key_span(r, "password", allow_fake=False), em=email_span(r), h=la_hash(r))


@tpl("yaml_config")
def _(r):
    return fill("```yaml\nservice:\n  name: billing-api\n  version: \"{v}\"\n  listen: {ip}\n  port: {port}\nsmtp:\n  host: smtp.sendgrid.net\n"
                "  username: apikey\n  password: {k}\nalerts:\n  to: {em}\n  slack_token: {k2}\ntrace_id_seed: {u}\n```\nwhy is the indentation error on line 7?",
                v=la_version(r), ip=ip_span(r, v6=False), port=la_port(r), k=key_span(r, "sendgrid"), em=email_span(r), k2=key_span(r, "slack_bot"), u=la_uuid(r))


@tpl("json_access_log")
def _(r):
    recs = []
    kw = {}
    for i in range(r.randint(2, 4)):
        kw["ts%d" % i] = la_timestamp(r)
        kw["ip%d" % i] = ip_span(r)
        kw["u%d" % i] = la_uuid(r)
        kw["ms%d" % i] = L("duration", "%d" % r.randint(3, 2400))
        if r.random() < 0.5:
            kw["e%d" % i] = email_span(r)
            recs.append('{"ts":"{ts%d}","client_ip":"{ip%d}","user":"{e%d}","req_id":"{u%d}","latency_ms":{ms%d},"status":%d}' % (i, i, i, i, i, r.choice([200, 401, 403, 500])))
        else:
            recs.append('{"ts":"{ts%d}","remote_addr":"{ip%d}","trace":"{u%d}","took":{ms%d},"path":"/api/v2/orders"}' % (i, i, i, i))
    return fill(r.choice(["Here are the failing requests:\n", "parse these and tell me which IP is hammering us\n", ""]) + "\n".join(recs), **kw)


@tpl("nginx_log")
def _(r):
    lines, kw = [], {}
    for i in range(r.randint(2, 5)):
        kw["ip%d" % i] = ip_span(r, v6=r.random() < 0.2)
        kw["t%d" % i] = L("timestamp", "%02d/%s/2025:%02d:%02d:%02d +0000" % (r.randint(1, 28), r.choice(["Jan", "Mar", "Jun", "Oct"]), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
        kw["v%d" % i] = la_version(r)
        lines.append('{ip%d} - - [{t%d}] "GET /wp-login.php HTTP/1.1" %d %d "-" "Mozilla/5.0 Chrome/{v%d}"' % (i, i, r.choice([200, 404, 301, 429]), r.randint(100, 9000), i))
    return fill("\n".join(lines) + r.choice(["\n\nIs this a brute force attempt?", "\n\nwrite a fail2ban filter for this", ""]), **kw)


@tpl("python_traceback")
def _(r):
    return fill("Traceback (most recent call last):\n  File \"/srv/app/handlers/signup.py\", line {ln}, in register\n    send_welcome(user)\n"
                "  File \"/srv/app/mail.py\", line 88, in send_welcome\n    smtp.sendmail(FROM, [user.email], msg)\n"
                "smtplib.SMTPRecipientsRefused: {'{em}': (550, b'5.1.1 mailbox unavailable')}\n\nrequest_id={u} commit={h}\nhow do I handle this gracefully?",
                ln=L("line_number", str(r.randint(20, 400))), em=email_span(r), u=la_uuid(r), h=la_hash(r))


@tpl("csv_contacts_export")
def _(r):
    rows, kw = ["id,full_name,email,phone,signup_date,plan"], {}
    for i in range(r.randint(2, 5)):
        n, loc = person(r)
        kw.update({"n%d" % i: P(n), "e%d" % i: email_span(r, local=loc), "p%d" % i: phone_span(r), "d%d" % i: la_date(r, 0)})
        rows.append("%d,{n%d},{e%d},{p%d},{d%d},%s" % (r.randint(1000, 99999), i, i, i, i, r.choice(["free", "pro", "team", "enterprise"])))
    return fill(r.choice(["Dedupe this CSV by email:\n", "Import failed for these rows, why?\n", ""]) + "\n".join(rows), **kw)


@tpl("sql_insert")
def _(r):
    vals, kw = [], {}
    for i in range(r.randint(1, 3)):
        n, loc = person(r)
        kw.update({"n%d" % i: P(n), "e%d" % i: email_span(r, local=loc), "s%d" % i: ssn_span(r), "d%d" % i: la_dob(r)})
        vals.append("  (%d, '{n%d}', '{e%d}', '{s%d}', '{d%d}')" % (r.randint(1, 9999), i, i, i, i))
    return fill("INSERT INTO employees (id, name, email, ssn, dob) VALUES\n" + ",\n".join(vals) +
                ";\n-- ERROR: duplicate key value violates unique constraint \"employees_pkey\"", **kw)


@tpl("hr_onboarding_form")
def _(r):
    n, loc = person(r)
    return fill(r.choice([
        "New hire form\nFull legal name: {n}\nSSN: {ssn}\nDate of birth: {dob}\nPersonal email: {em}\nMobile: {ph}\nStart date: {d}\nEmployee ID: {uid}",
        "Please check this I-9 summary for typos: employee {n}, SSN {ssn}, DOB {dob}, phone {ph}. Emergency contact: {n2} ({ph2}).",
    ]), n=P(n), ssn=ssn_span(r), dob=la_dob(r), em=email_span(r, local=loc), ph=phone_span(r), d=la_date(r), uid=la_user_id(r),
        n2=P(person(r)[0]), ph2=phone_span(r))


@tpl("payment_form_echo")
def _(r):
    n, _ = person(r)
    return fill(r.choice([
        "Cardholder: {n}\nCard number: {cc}\nExpiry: {exp}\nBilling ZIP: {zip}\nAmount: {p}\n\nThe checkout says 'card declined' – is the number formatted wrong?",
        "my card {cc} keeps getting rejected on your site, exp {exp}. name on card {n}. order {o}",
        "Assistant: For security, please don't paste full card numbers. I can see you entered {cc}; I've not stored it. Please use the secure payment link for order {o} instead.",
    ]), n=P(n), cc=card_span(r), exp=la_cvv_like(r), zip=la_zip(r), p=la_price(r), o=la_order(r))


@tpl("wire_instructions")
def _(r):
    n, loc = person(r)
    return fill(r.choice([
        "Please wire {amt} to the account below before {d}.\nBeneficiary: {n}\nIBAN: {ib}\nBIC: {bic}\nReference: {inv}\nQuestions: {em}",
        "Can you check if this IBAN is right? {ib} — it's for {n}'s rent, {amt}, ref {inv}.",
        "Update vendor bank details: old IBAN {bad}, new IBAN {ib} (account holder {n}, BIC {bic}). Effective {d}.",
    ]), n=P(n), ib=iban_span(r), bic=la_bic(r), amt=la_amount(r), d=la_date(r), inv=la_invoice(r), em=email_span(r, local=loc), bad=invalid_iban(r))


@tpl("rag_contract_excerpt")
def _(r):
    a, la = person(r)
    b, _ = person(r)
    return fill("[Retrieved chunk 3/7 — MSA_{sku}.pdf, p.{pg}]\n\"...This Agreement is entered into on {d} between Ovalrock Pty Ltd, represented by {a}, "
                "and the Contractor, {b}. Payments shall be made to IBAN {ib} within 30 days of invoice. Notices shall be sent to {em}...\"\n\n"
                "Q: Who signed for Ovalrock and what are the payment terms?\nA: {a2} signed on behalf of Ovalrock; payment is due within 30 days to the contractor's account.",
                sku=la_sku(r), pg=L("page_number", str(r.randint(2, 40))), d=la_date(r, 4), a=P(a), a2=P(a), b=P(b), ib=iban_span(r), em=email_span(r, local=la))


@tpl("code_assistant_key_leak")
def _(r):
    lang = r.randrange(3)
    if lang == 0:
        code = "import openai\nclient = openai.OpenAI(api_key=\"{k}\")\nresp = client.chat.completions.create(model=\"gpt-4o\", messages=msgs)\n"
    elif lang == 1:
        code = "const stripe = require('stripe')('{k}');\nconst charge = await stripe.charges.create({ amount: 2000, currency: 'usd' });\n"
    else:
        code = "session = boto3.Session(\n    aws_access_key_id=\"{k}\",\n    aws_secret_access_key=\"{k2}\",\n    region_name=\"eu-west-1\")\n"
    kind = ["openai", "stripe_live", "aws_id"][lang]
    return fill(r.choice(["why do I get 401 here?\n```\n", "refactor this please\n```\n", "```\n"]) + code + "```" +
                r.choice(["", "\n\nAssistant: Your key is hard-coded — rotate it now and load it from an environment variable instead.", "\n(running {v})"]),
                k=key_span(r, kind), k2=key_span(r, "aws_secret"), v=la_version(r))


@tpl("docker_compose")
def _(r):
    return fill("services:\n  db:\n    image: postgres@{dig}\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {pw}\n    ports:\n      - \"{port}:5432\"\n"
                "  api:\n    image: ghcr.io/acme/api:{v}\n    environment:\n      - JWT_SECRET={k}\n      - MAPS_KEY={k2}\n    extra_hosts:\n      - \"db.local:{ip}\"",
                dig=L("hash", "sha256:" + rs(r, HEX, 64)), pw=key_span(r, "password"), port=la_port(r), v=la_version(r), k=key_span(r, "password", allow_fake=False),
                k2=key_span(r, "google"), ip=ip_span(r, v6=False))


@tpl("curl_command")
def _(r):
    return fill(r.choice([
        "curl -X POST https://api.example-payments.com/v1/refunds \\\n  -H \"Authorization: Bearer {k}\" \\\n  -H \"X-Request-Id: {u}\" \\\n  -d '{\"charge\":\"{o}\"}'\nreturns 403, what am I missing?",
        "curl -s -u admin:{pw} http://{ip}:9200/_cat/indices?v  # elasticsearch {v}",
        "curl -H 'PRIVATE-TOKEN: {k3}' \"https://gitlab.com/api/v4/projects/{pid}/pipelines\"",
    ]), k=key_span(r, r.choice(["stripe_live", "jwt", "square", "linear"])), u=la_uuid(r), o=la_order(r), pw=key_span(r, "password"),
        ip=ip_span(r, v6=False), v=la_version(r), k3=key_span(r, "gitlab"), pid=L("project_id", str(r.randint(100000, 60000000))))


@tpl("git_diff_secret")
def _(r):
    n, loc = person(r)
    return fill("commit {h}\nAuthor: {n} <{em}>\nDate:   {ts}\n\n    add deploy config\n\ndiff --git a/deploy/settings.py b/deploy/settings.py\n"
                "@@ -12,6 +12,8 @@\n+GITHUB_TOKEN = \"{k}\"\n+SLACK_WEBHOOK = \"{wh}\"\n\nHow do I purge this from history?",
                h=L("hash", rs(r, HEX, 40)), n=P(n), em=email_span(r, local=loc), ts=la_timestamp(r), k=key_span(r, r.choice(["github", "github_pat"])),
                wh=S("API_KEY", "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPNUM, 8), rs(r, UPNUM, 10), rs(r, ALNUM, 24))))


@tpl("aws_credentials_file")
def _(r):
    return fill("~/.aws/credentials\n[default]\naws_access_key_id = {a}\naws_secret_access_key = {s}\n\n[staging]\naws_access_key_id = {a2}\n"
                "aws_secret_access_key = {s2}\nregion = ap-southeast-2\n\n" + r.choice(["which profile does the CLI use by default?", "boto says InvalidClientTokenId"]),
                a=key_span(r, "aws_id"), s=key_span(r, "aws_secret"), a2=key_span(r, "aws_id", allow_fake=False), s2=key_span(r, "aws_secret", allow_fake=False))


@tpl("pem_key_paste")
def _(r):
    return fill(r.choice(["ssh keeps saying 'invalid format' for this key, what's wrong?\n\n", "Convert this key to PKCS#8:\n", ""]) + "{k}" +
                r.choice(["", "\n\nfingerprint SHA256:{h}"]), k=S("API_KEY", pem_block(r)), h=L("hash", rs(r, B64, 43)))


@tpl("connection_strings")
def _(r):
    n, _ = person(r)
    return fill(r.choice([
        "mongodb+srv://analytics:{pw}@cluster0.{x}.mongodb.net/prod?retryWrites=true",
        "Server=tcp:sqlsrv-prod.database.windows.net,1433;Database=crm;User ID=crm_svc;Password={pw};Encrypt=True;",
        "DefaultEndpointsProtocol=https;AccountName=acmeblobs;AccountKey={az};EndpointSuffix=core.windows.net",
        "amqp://guest:{pw}@{ip}:5672/%2F",
    ]) + r.choice(["\n\n{n} said this string works locally but not in CI.", "\nwhy is the connection refused?", ""]),
        pw=key_span(r, "password"), x=L("cluster_id", rs(r, LONUM, 5)), az=key_span(r, "azure_storage"), ip=ip_span(r, v6=False), n=P(n))


@tpl("casual_chat_en")
def _(r):
    n, _ = person(r)
    return fill(r.choice([
        "hey it's {n}, new number! save it: {ph}",
        "can u remind me to call {n} tmrw at {tm}? her number's {ph}",
        "write a birthday message for my coworker {n}, she's turning 40 on {d}",
        "my landlord {n} won't return my deposit ({p}). what can I say to him? his email is {em}",
        "who should I invite: {n}, {n2} or {n3}? keep it under {p} per head",
        "my friend {n} insists {fam} said \"stay hungry\". who actually said it?",
        "plan a weekend in {cap} for me and {n}; we love anything about {fam}",
    ]), n=P(n), n2=P(person(r)[0]), n3=P(person(r)[0]), ph=phone_span(r), tm=la_time(r), d=la_date(r, 4), p=la_price(r), em=email_span(r),
        fam=famous(r), cap=L("capitalised_non_name", r.choice(["St. Petersburg", "Victoria", "Florence", "Salvador", "Georgetown"])))


@tpl("voicemail_transcript")
def _(r):
    n, _ = person(r)
    co = la_cap(r)
    return fill("Transcribe and summarise:\n\"Hi, this is {n} from {co}, calling about claim {cn}. Please call me back on {ph} before {tm}. Thanks.\"\n\n"
                "Summary: {n2} ({co2}) asked for a callback regarding claim {cn2}.",
                n=P(n), n2=P(n), co=co, co2=L(co.kind, co.val), cn=la_ticket(r), cn2=la_ticket(r), ph=phone_span(r), tm=la_time(r))


@tpl("shipping_update")
def _(r):
    n, loc = person(r)
    return fill("Dear {n},\nYour parcel {tr} (order {o}) is out for delivery on {d}. The driver may call you on {ph}. Weight: {w}.\nTrack it at our site.\n— Carrier Notifications",
                n=P(n), tr=la_tracking(r), o=la_order(r), d=la_date(r, 4), ph=phone_span(r), w=L("weight", "%.1f kg" % r.uniform(0.2, 30)))


@tpl("medical_intake")
def _(r):
    n, _ = person(r)
    return fill("Patient intake\nName: {n}\nDOB: {dob}\nSSN: {ssn}\nPhone: {ph}\nReferring physician: Dr. {doc}\nChief complaint: follow-up for {cap}\nMRN: {mrn}\nBP {bp}, HR 72",
                n=P(n), dob=la_dob(r), ssn=ssn_span(r), ph=phone_span(r, "en", "US"), doc=P(person(r)[0]), cap=L("capitalised_non_name", r.choice(["Parkinson's disease", "Hodgkin lymphoma", "Crohn's disease", "Graves' disease"])),
                mrn=L("medical_record_number", "MRN-" + rd(r, 8)), bp=L("measurement", "%d/%d" % (r.randint(100, 160), r.randint(60, 100))))


@tpl("tax_form_w9")
def _(r):
    n, _ = person(r)
    return fill(r.choice([
        "Fill in the W-9 for me: name {n}, SSN {ssn}, address on file. Tax year {y}.",
        "Is this SSN format ok for the 1099? {ssn} (contractor {n}). The other one, {bad}, got rejected by the IRS e-file.",
    ]), n=P(n), ssn=ssn_span(r), y=L("year", str(r.randint(2020, 2025))), bad=invalid_ssn(r))


@tpl("security_alert")
def _(r):
    return fill("Security alert: new sign-in to your account {em}\nIP address: {ip}\nLocation (approx.): {co}\nDevice: Windows {v}\nTime: {ts}\nIf this wasn't you, reset your password.",
                em=email_span(r), ip=ip_span(r), co=la_coords(r), v=la_version(r), ts=la_timestamp(r))


@tpl("firewall_rules")
def _(r):
    kw = {"p%d" % i: la_port(r) for i in range(3)}
    kw.update({"a%d" % i: ip_span(r, v6=False, fake_p=0.5) for i in range(3)})
    kw["b"] = ip_span(r, v6=True)
    return fill("iptables -A INPUT -s {a0} -p tcp --dport {p0} -j ACCEPT\niptables -A INPUT -s {a1}/24 -p tcp --dport {p1} -j DROP\n"
                "ip6tables -A INPUT -s {b} -j REJECT\n# allow monitoring from {a2}\nDoes the order of these rules matter?", **kw)


@tpl("ipv6_debug")
def _(r):
    return fill(r.choice([
        "ping6 works to {a} but not to [{b}]:443, traceroute stops at {c}. Any idea?",
        "My router gives me {a} and a link-local {c}. Why do I have two addresses?",
        "server_name api.internal;\nlisten [{a}]:443 ssl;\nset_real_ip_from {b};",
    ]), a=ip_span(r, v6=True), b=ip_span(r, v6=True), c=ip_span(r, v6=True, fake_p=0.6))


@tpl("slack_export")
def _(r):
    a, _ = person(r)
    b, _ = person(r)
    return fill("[{t1}] {a}: did anyone rotate the staging token?\n[{t2}] {b}: yes, new one is {k}\n[{t3}] {a2}: thx, {uid} has been deactivated\n"
                "Summarise this thread for the incident report.",
                t1=la_time(r), t2=la_time(r), t3=la_time(r), a=P(a), a2=P(first_of(a)), b=P(b), k=key_span(r, r.choice(["slack_bot", "vault", "doppler", "hf"])), uid=la_user_id(r))


@tpl("model_redaction_reply")
def _(r):
    n, loc = person(r)
    return fill("Assistant: I noticed your message includes personal details — the email {em} and the phone number {ph} for {n}. "
                "I'd recommend removing them before sharing this transcript. The ticket number {tk} and order {o} are fine to keep.",
                em=email_span(r, local=loc), ph=phone_span(r), n=P(n), tk=la_ticket(r), o=la_order(r))


@tpl("recruiting_note")
def _(r):
    n, loc = person(r)
    return fill("Candidate: {n}\nRole: Backend Engineer ({req})\nEmail: {em} | Phone: {ph}\nNotes: strong on Go & Kafka, worked at {cap}. Expected comp {p}. Interview {d} {tm}.",
                n=P(n), req=L("requisition_id", "REQ-" + rd(r, 5)), em=email_span(r, local=loc), ph=phone_span(r), cap=la_cap(r), p=la_price(r, "$"), d=la_date(r), tm=la_time(r))


@tpl("invoice_email")
def _(r):
    n, loc = person(r)
    return fill("Hi {fn},\n\nattached is invoice {inv} for {amt} (due {d}). Bank details:\nAccount holder: {n}\nIBAN: {ib}\nSWIFT/BIC: {bic}\n\nThanks,\n{me}\n{ph}",
                fn=P(first_of(person(r)[0])), inv=la_invoice(r), amt=la_amount(r), d=la_date(r), n=P(n), ib=iban_span(r), bic=la_bic(r), me=P(n), ph=phone_span(r))


@tpl("password_reset_log")
def _(r):
    return fill("{ts} INFO  auth.reset  user={em} ip={ip} token={tok} ua=\"okhttp/{v}\"\n{ts2} WARN  auth.reset  too many attempts for {em2} from {ip2}",
                ts=la_timestamp(r), em=email_span(r), ip=ip_span(r), tok=key_span(r, "jwt", allow_fake=False), v=la_version(r), ts2=la_timestamp(r), em2=email_span(r), ip2=ip_span(r))


@tpl("webhook_config")
def _(r):
    return fill(r.choice([
        "Stripe webhook signing secret: {k}\nendpoint id: {e}\nHow do I verify the signature in Express?",
        "const endpointSecret = '{k}'; // TODO move to vault\napp.post('/webhook', express.raw({type: 'application/json'}), handler);",
    ]), k=key_span(r, "whsec"), e=L("object_id", "we_" + rs(r, ALNUM, 24)))


@tpl("notebook_cell")
def _(r):
    return fill("In [{c}]:\nimport os\nos.environ[\"HF_TOKEN\"] = \"{k}\"\nos.environ[\"ANTHROPIC_API_KEY\"] = \"{k2}\"\nmodel_rev = \"{h}\"\n\nOut[{c}]: None",
                c=L("cell_number", str(r.randint(1, 60))), k=key_span(r, "hf"), k2=key_span(r, "anthropic"), h=L("hash", rs(r, HEX, 40)))


@tpl("form_key_value")
def _(r):
    n, loc = person(r)
    fields = [("Name", P(n)), ("E-mail", email_span(r, local=loc)), ("Phone", phone_span(r)), ("Order #", la_order(r)), ("Preferred date", la_date(r)),
              ("Message", "please call after 5pm")]
    r.shuffle(fields)
    txt, kw = [], {}
    for i, (k, v) in enumerate(fields):
        txt.append("%s: {f%d}" % (k, i))
        kw["f%d" % i] = v
    return fill("New contact form submission\n" + "\n".join(txt), **kw)


@tpl("markdown_contact_table")
def _(r):
    rows, kw = ["| Name | Role | Email | Phone |", "|---|---|---|---|"], {}
    for i in range(r.randint(2, 4)):
        n, loc = person(r)
        kw.update({"n%d" % i: P(n), "e%d" % i: email_span(r, local=loc, company=True), "p%d" % i: phone_span(r)})
        rows.append("| {n%d} | %s | {e%d} | {p%d} |" % (i, r.choice(["PM", "Tech lead", "Legal", "Finance", "Ops"]), i, i))
    return fill("Escalation contacts (rev {v}):\n" + "\n".join(rows), v=la_version(r), **kw)


@tpl("sms_thread")
def _(r):
    n, _ = person(r)
    return fill("[SMS from {ph}] Hi it's {n}, running 10 min late, table under my name\n[SMS to {ph2}] no worries! booking ref {pnr}\nWrite a short reply confirming.",
                ph=phone_span(r), n=P(n), ph2=phone_span(r), pnr=la_pnr(r))


@tpl("trivia_famous")
def _(r):
    return fill(r.choice([
        "Who was older when they published their major work, {a} or {b}? Answer in one sentence.",
        "Write a short dialogue between {a} and {b} about the invention of the {cap}.",
        "Quote of the day ({d}): attributed to {a}. Is that attribution correct?",
    ]), a=famous(r), b=famous(r), cap=la_cap(r), d=la_date(r))


@tpl("customer_review_reply")
def _(r):
    n, _ = person(r)
    return fill("Review (★★☆☆☆) by {n}: \"Bought the {cap} bundle ({sku}), arrived late.\"\nDraft a reply from our side, signed {me}, Customer Care.",
                n=P(n), cap=la_cap(r), sku=la_sku(r), me=P(person(r)[0]))


@tpl("k8s_secret_manifest")
def _(r):
    return fill("apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-creds\n  uid: {u}\ntype: Opaque\nstringData:\n  DD_API_KEY: \"{k}\"\n  SHOPIFY_TOKEN: \"{k2}\"\n  DB_PASS: \"{pw}\"\n---\n# pod {pod} keeps crashlooping",
                u=la_uuid(r), k=key_span(r, "datadog"), k2=key_span(r, "shopify"), pw=key_span(r, "password"), pod=la_pod(r))


@tpl("bank_statement_rag")
def _(r):
    n, _ = person(r)
    return fill("Context: statement_{d0}.pdf\nAccount holder: {n}  IBAN: {ib}\n{d1}  CARD PAYMENT {cap}  -{p1}\n{d2}  SEPA CREDIT ref {inv}  +{p2}\n\nUser: how much did I spend at restaurants?",
                d0=L("date", "%d%02d" % (r.randint(2023, 2025), r.randint(1, 12))), n=P(n), ib=iban_span(r), d1=la_date(r, 1), d2=la_date(r, 1),
                cap=L("capitalised_non_name", r.choice(["McDonald's", "Tim Hortons", "Trader Joe's", "Hilton Garden Inn"])), p1=la_price(r, "€"), p2=la_price(r, "€"), inv=la_invoice(r))


@tpl("api_key_rotation_ticket")
def _(r):
    n, _ = person(r)
    kind = r.choice(["npm", "pypi", "postman", "mailgun", "twilio", "telegram", "discord", "digitalocean", "notion", "age", "atlassian", "rk"])
    kind = "stripe_rk" if kind == "rk" else kind
    return fill("{tk}: rotate leaked credential\nFound by secret scanner in repo infra-tools@{h}:\n  {k}\nOwner: {n}. Revoke by {d}.",
                tk=la_ticket(r), h=L("hash", rs(r, HEX, 7)), k=key_span(r, kind, fake_p=0.05), n=P(n), d=la_date(r))


@tpl("sales_lead_json")
def _(r):
    n, loc = person(r)
    return fill('{"lead_id": "{lid}", "name": "{n}", "email": "{em}", "phone": "{ph}", "score": {sc}, "source": "webinar-{d}", "ip": "{ip}"}\n\nEnrich this lead.',
                lid=la_uuid(r), n=P(n), em=email_span(r, local=loc), ph=phone_span(r, country=r.choice(list(PHONE_SPEC.keys()))), sc=L("score", str(r.randint(1, 100))),
                d=la_date(r, 0), ip=ip_span(r))


@tpl("card_dispute_chat")
def _(r):
    n, _ = person(r)
    return fill("User: there's a charge of {p} I don't recognise on card {cc}, merchant {cap}, {d}. I'm {n}.\n"
                "Agent: Thanks {fn}. I've blocked that card and opened dispute {tk}. A replacement card will arrive in 5–7 days.",
                p=la_price(r), cc=card_span(r), cap=la_cap(r), d=la_date(r, 5), n=P(n), fn=P(first_of(n)), tk=la_ticket(r))


@tpl("international_contacts_list")
def _(r):
    cs = r.sample(list(PHONE_SPEC.keys()), 4)
    kw, lines = {}, []
    for i, c in enumerate(cs):
        n, _ = person(r)
        kw.update({"n%d" % i: P(n), "p%d" % i: S("PHONE_NUMBER", phone_value(r, c))})
        lines.append("- %s office: {n%d}, {p%d}" % (c, i, i))
    return fill("Regional contacts for the {d} rollout:\n" + "\n".join(lines), d=la_date(r, 4), **kw)


@tpl("api_docs_example")
def _(r):
    return fill(r.choice([
        "From the docs:\n```\ncurl https://api.example.com/v2/contacts \\\n  -H \"Authorization: Bearer {k}\" \\\n  -d '{\"email\": \"{em}\", \"phone\": \"{ph}\"}'\n```\nThe example response comes from {ip}. Can you turn this into Python requests code?",
        "README excerpt:\n> Set `API_KEY={k}` and point the client at {ip}:{port}. Test login: {em}.\nWhat does the port do here?",
    ]), k=S("API_KEY", r.choice(PLACEHOLDER_KEYS), False), em=S("EMAIL_ADDRESS", "%s@%s" % (r.choice(["jane.doe", "user", "alice", "test"]), r.choice(EXAMPLE_DOMAINS)), False),
        ph=S("PHONE_NUMBER", r.choice(["+1 202 555 01%s" % rd(r, 2), "(555) 010-%s" % ("01" + rd(r, 2)), "+44 20 7946 0%s" % rd(r, 3)]), False),
        ip=S("IP_ADDRESS", nonident_ipv4(r) if r.random() < 0.7 else nonident_ipv6(r), False), port=la_port(r))


@tpl("payment_test_fixtures")
def _(r):
    return fill("Our sandbox fixtures:\nVALID_CARDS = [\"{c1}\", \"{c2}\"]\nINVALID_CARDS = [\"{b1}\"]\nTEST_IBAN = \"{ib}\"\nBAD_IBAN = \"{bi}\"\n"
                "Why does the Luhn test fail for INVALID_CARDS only in CI ({v})?",
                c1=S("CREDIT_CARD", r.choice(TEST_CARDS), False), c2=S("CREDIT_CARD", r.choice(TEST_CARDS), False), b1=non_luhn_card(r),
                ib=S("IBAN_CODE", r.choice(EXAMPLE_IBANS), False), bi=invalid_iban(r), v=la_version(r))


@tpl("loan_application")
def _(r):
    n, loc = person(r)
    return fill("Loan application {app}\nApplicant: {n}\nSSN: {ssn}\nDOB: {dob}\nAnnual income: {amt}\nPhone: {ph}\nEmail: {em}\nCo-applicant: {n2}, SSN {ssn2}\n\n"
                "Check this for missing fields before I submit.",
                app=L("application_id", "LA-" + rd(r, 7)), n=P(n), ssn=ssn_span(r), dob=la_dob(r), amt=la_amount(r), ph=phone_span(r, "en", "US"),
                em=email_span(r, local=loc), n2=P(person(r)[0]), ssn2=ssn_span(r))


@tpl("checkout_debug_json")
def _(r):
    return fill('POST /checkout 402\n{"order":"{o}","card":{"number":"{cc}","exp":"{exp}"},"email":"{em}","client_ip":"{ip}","amount":{amt}}\n'
                'Stripe says card_declined. Is the payload malformed?',
                o=la_order(r), cc=card_span(r), exp=la_cvv_like(r), em=email_span(r), ip=ip_span(r), amt=L("amount", str(r.randint(100, 99999))))


@tpl("background_check_request")
def _(r):
    n, _ = person(r)
    return fill(r.choice([
        "Please run a background check on {n} (SSN {ssn}, DOB {dob}). Previous address on file; case {cn}.",
        "Tenant screening: {n}, social {ssn}, current employer {cap}. Landlord reference: {n2}, {ph}.",
    ]), n=P(n), ssn=ssn_span(r), dob=la_dob(r), cn=la_ticket(r), cap=la_cap(r), n2=P(person(r)[0]), ph=phone_span(r))


@tpl("travel_agent_booking")
def _(r):
    n, loc = person(r)
    return fill("Assistant: Booked! {n}, your flight {f} on {d} (ref {pnr}) is confirmed. Paid with card {cc}. "
                "We'll text updates to {ph} and send the e-ticket to {em}.",
                n=P(n), f=la_flight(r), d=la_date(r, 4), pnr=la_pnr(r), cc=card_span(r), ph=phone_span(r), em=email_span(r, local=loc))


@tpl("email_thread_long")
def _(r):
    a, la = person(r)
    b, lb = person(r)
    c, _ = person(r)
    return fill("Can you summarise this thread and list open action items?\n\n"
                "From: {a} <{ea}>\nSent: {d1}\nTo: {b}\nSubject: RE: Renewal {q}\n\n"
                "Hi {bf},\n\nThanks for the call earlier. As discussed, we're happy to renew at {p1} for {y} seats, but legal needs the DPA redlines back before {d2}. "
                "I've looped in {c}, who handles procurement on our side — you can reach him directly on {ph}.\n\n"
                "One more thing: the invoice portal still shows the old PO {po}. Could someone update it?\n\nBest,\n{af}\n\n"
                "-----Original Message-----\nFrom: {b2} <{eb}>\nSent: {d3}\n\n"
                "{af2}, attaching the renewal quote {q2}. Pricing is valid for 30 days. Happy to jump on a call any time this week.\n\n{b3}\nAccount Executive | {ph2}",
                a=P(a), ea=email_span(r, local=la, company=True), d1=la_date(r, 4), b=P(b), bf=P(first_of(b)), q=la_invoice(r), p1=la_price(r), y=L("count", str(r.randint(20, 900))),
                d2=la_date(r, 4), c=P(c), ph=phone_span(r), po=L("purchase_order", "PO-" + rd(r, 6)), af=P(first_of(a)), b2=P(b), eb=email_span(r, local=lb, company=True),
                d3=la_date(r, 4), af2=P(first_of(a)), q2=la_invoice(r), b3=P(b), ph2=phone_span(r))


@tpl("rag_policy_multichunk")
def _(r):
    n, loc = person(r)
    return fill("System: Answer using only the retrieved context.\n\n"
                "[doc 1] Travel & Expense Policy v{v}, effective {d1}. Employees must submit receipts within 30 days. Reimbursements above {p1} require approval from a director.\n\n"
                "[doc 2] FAQ (updated {d2}): Questions about reimbursements go to {role}. For urgent cases contact the T&E lead, {n}, at {em} or {ph}.\n\n"
                "[doc 3] Per-diem table {sku}: Zurich {p2}, Singapore {p3}, São Paulo {p4}.\n\n"
                "User: I have a {p5} hotel bill from last month, who approves it and whom do I ask if it's late?\n"
                "Assistant: Because it exceeds {p1b}, a director must approve it. If it's urgent, contact {n2}.",
                v=la_version(r), d1=la_date(r, 4), p1=la_price(r, "$"), d2=la_date(r, 4), role=S("EMAIL_ADDRESS", "expenses@" + r.choice(COMPANY_DOMAINS), False),
                n=P(n), n2=P(n), em=email_span(r, local=loc, company=True, allow_fake=False), ph=phone_span(r), sku=la_sku(r), p2=la_price(r, "CHF"), p3=la_price(r, "$"),
                p4=la_price(r, "USD"), p5=la_price(r, "$"), p1b=la_price(r, "$"))


@tpl("support_transcript_long")
def _(r):
    n, loc = person(r)
    return fill("Agent: Thanks for contacting Kestrel Pay support, my name is {ag}. How can I help?\n"
                "Customer: Hi, my payouts have been on hold since {d1}. Account {uid}.\n"
                "Agent: I'm sorry to hear that. For verification, can you confirm the email and phone on the account?\n"
                "Customer: {em} and {ph}.\n"
                "Agent: Thank you, {nf}. I can see a compliance review was triggered by a change of bank account to {ib}. Did you request that?\n"
                "Customer: Yes, I switched banks last week. The old one was closed.\n"
                "Agent: Understood. I've escalated it as {tk}; reviews usually take 2–3 business days. Your pending balance is {p}.\n"
                "Customer: ok. can you also send me the statement for {mo}?\n"
                "Agent: Done — it's on its way. Anything else?\n\nSummarise this conversation for the CRM note.",
                ag=P(person(r)[0].split()[0]), d1=la_date(r, 4), uid=la_user_id(r), em=email_span(r, local=loc), ph=phone_span(r), nf=P(first_of(n)),
                ib=iban_span(r), tk=la_ticket(r), p=la_price(r), mo=L("date", r.choice(MONTHS_EN) + " " + str(r.randint(2023, 2025))))


# ---- English / technical templates without PII ------------------------------

@tpl("release_notes", pii=False)
def _(r):
    return fill("## {v} ({d})\n- Fix crash on Windows {v2} when opening large files\n- Bump openssl to {v3}\n- Commit {h}, build {b}\n- Known issue: {tk}",
                v=la_version(r), d=la_date(r, 0), v2=L("version", "10.0.%d.%d" % (r.choice([19045, 22631, 26100]), r.randint(1, 5000))), v3=la_version(r),
                h=la_hash(r), b=L("build_number", "%d.%d" % (r.randint(20240101, 20251231), r.randint(1, 30))), tk=la_ticket(r))


@tpl("order_status_nopii", pii=False)
def _(r):
    return fill(r.choice([
        "where is my order {o}? tracking says {tr} but nothing since {d}",
        "Assistant: Order {o} shipped on {d} via tracking {tr}. Estimated delivery: {d2}. Total charged: {p}.",
        "I ordered {sku} twice by mistake (orders {o} and {o2}), can you cancel the second? It was {p}.",
    ]), o=la_order(r), o2=la_order(r), tr=la_tracking(r), d=la_date(r), d2=la_date(r, 4), p=la_price(r), sku=la_sku(r))


@tpl("ci_build_log", pii=False)
def _(r):
    return fill("[{ts}] Step 4/9 : FROM node@{dg}\n[{ts2}] ---> {h}\n[{ts3}] Successfully built image api:{v}\n[{ts4}] Tests: 412 passed, 3 skipped ({dur})\nwhy is the cache not used?",
                ts=la_timestamp(r), ts2=la_timestamp(r), ts3=la_timestamp(r), ts4=la_timestamp(r), dg=L("hash", "sha256:" + rs(r, HEX, 64)), h=L("hash", rs(r, HEX, 12)),
                v=la_version(r), dur=L("duration", "%.1fs" % r.uniform(5, 600)))


@tpl("product_catalog", pii=False)
def _(r):
    rows, kw = ["sku,title,price,isbn_or_ean"], {}
    for i in range(r.randint(3, 5)):
        kw.update({"s%d" % i: la_sku(r), "p%d" % i: la_price(r, r.choice(["$", "€"])), "i%d" % i: la_isbn(r)})
        rows.append("{s%d},%s,\"{p%d}\",{i%d}" % (i, r.choice(["Field Notes A5", "USB-C hub 7in1", "Ceramic mug", "Trail runner 42", "Desk lamp"]), i, i))
    return fill("Write product descriptions for:\n" + "\n".join(rows), **kw)


@tpl("uuid_debug", pii=False)
def _(r):
    return fill("Why do these two requests have the same correlation id?\nreq A: {u1} at {ts1}\nreq B: {u1b} at {ts2}\nparent span {h}",
                u1=la_uuid(r), u1b=la_uuid(r), ts1=la_timestamp(r), ts2=la_timestamp(r), h=L("hash", rs(r, HEX, 16)))


@tpl("geo_question", pii=False)
def _(r):
    return fill(r.choice([
        "How far is {c1} from {c2} in km? Use the haversine formula.",
        "Plot these points: {c1}; {c2}. The first is near {cap}.",
        "My GPS logger wrote {c1} at {ts}. Is that in {cap}?",
    ]), c1=la_coords(r), c2=la_coords(r), cap=L("capitalised_non_name", r.choice(["Lake Victoria", "St. Petersburg", "Washington Square", "Port Elizabeth", "Prince Edward Island", "San Francisco", "Georgia", "Jordan"])), ts=la_timestamp(r))


@tpl("finance_report", pii=False)
def _(r):
    return fill("Q{q} revenue {amt} ({pc} YoY). Opex {amt2}. ISIN {isin}, ticker {tk}. Board meeting {d}. Summarise in 3 bullets.",
                q=L("quarter", str(r.randint(1, 4))), amt=la_amount(r), pc=la_percent(r), amt2=la_amount(r),
                isin=L("isin", r.choice(["US", "DE", "GB", "FR"]) + rd(r, 10)), tk=L("ticker", r.choice(["MSFT", "SAP", "NESN", "7203.T", "AAPL", "ASML"])), d=la_date(r))


@tpl("flight_booking_nopii", pii=False)
def _(r):
    return fill("Booking {pnr}: {f} departs {d} {tm}, seat {seat}, terminal {t}. Connection {f2} at {tm2}. Is 55 minutes enough?",
                pnr=la_pnr(r), f=la_flight(r), d=la_date(r), tm=la_time(r), seat=L("seat", "%d%s" % (r.randint(1, 45), r.choice("ABCDEF"))), t=L("terminal", str(r.randint(1, 5))),
                f2=la_flight(r), tm2=la_time(r))


@tpl("lab_results_nopii", pii=False)
def _(r):
    return fill("Sample {sid} ({d}): HbA1c {v1}, LDL {v2}, TSH {v3}. Reference lot {lot}. Interpret these values generally.",
                sid=L("sample_id", "S-%s-%s" % (rd(r, 4), rd(r, 4))), d=la_date(r), v1=L("measurement", "%.1f%%" % r.uniform(4.5, 9)), v2=L("measurement", "%d mg/dL" % r.randint(60, 190)),
                v3=L("measurement", "%.2f mIU/L" % r.uniform(0.4, 5)), lot=L("lot_number", "LOT" + rd(r, 6)))


@tpl("package_lock_nopii", pii=False)
def _(r):
    return fill('"node_modules/lodash": {\n  "version": "{v}",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-{v2}.tgz",\n  "integrity": "{h}"\n}\nnpm ci fails with EINTEGRITY',
                v=la_version(r), v2=la_version(r), h=L("hash", "sha512-" + rs(r, B64, 86) + "=="))


@tpl("card_validation_question", pii=False)
def _(r):
    return fill(r.choice([
        "Is {c1} a valid card number? My Luhn check function says no.",
        "unit test: assert not is_valid_card(\"{c1}\")\nassert not is_valid_card(\"{c2}\")\nboth pass, is my regex too loose?",
        "The payment form rejected {c1}. Support says it failed the checksum.",
    ]), c1=non_luhn_card(r), c2=non_luhn_card(r))


@tpl("iban_validation_question", pii=False)
def _(r):
    return fill(r.choice([
        "Our validator rejects {i1} — mod 97 gives the wrong remainder. Is the check digit wrong?",
        "Explain why {i1} and {i2} both fail IBAN validation.",
    ]), i1=invalid_iban(r), i2=invalid_iban(r))


@tpl("ssn_format_question", pii=False)
def _(r):
    return fill(r.choice([
        "Why does the SSA reject numbers like {s1} or {s2}? Write a validator.",
        "Test fixtures for invalid SSNs:\n- {s1}\n- {s2}\n- {s3}",
    ]), s1=invalid_ssn(r), s2=invalid_ssn(r), s3=invalid_ssn(r))


@tpl("crypto_tx_nopii", pii=False)
def _(r):
    return fill("Tx {h} confirmed in block {b} at {ts}. Gas used {g}. Why is it still pending in my wallet app ({v})?",
                h=la_txhash(r), b=L("block_number", str(r.randint(15000000, 21000000))), ts=la_timestamp(r), g=L("amount", str(r.randint(21000, 300000))), v=la_version(r))


@tpl("eponym_science", pii=False)
def _(r):
    return fill(r.choice([
        "Explain the {a} vs a simple life table, with an example on {n} patients.",
        "Implement {a} in Python and compare it to {b} on a grid of {n} nodes.",
        "Is {a} related to {b}? Short answer please.",
    ]), a=L("eponym", r.choice(["Kaplan-Meier estimator", "Dijkstra's algorithm", "Bayes' theorem", "Gaussian elimination", "Fourier transform", "Markov chain", "Bellman-Ford algorithm"])),
        b=L("eponym", r.choice(["A* search", "Newton's method", "Euler's method", "Pearson correlation", "Levenshtein distance", "Fibonacci heap"])), n=L("count", str(r.randint(50, 5000))))


@tpl("k8s_events_nopii", pii=False)
def _(r):
    return fill("LAST SEEN   TYPE      REASON      OBJECT\n{a}   Warning   BackOff     pod/{p1}\n{b}   Normal    Pulled      pod/{p2}\nimage digest {h}",
                a=L("duration", "%dm" % r.randint(1, 59)), b=L("duration", "%ds" % r.randint(1, 59)), p1=la_pod(r), p2=la_pod(r), h=L("hash", "sha256:" + rs(r, HEX, 64)))


@tpl("metrics_csv_nopii", pii=False)
def _(r):
    rows, kw = ["date,region,sessions,conv_rate,revenue"], {}
    for i in range(r.randint(3, 5)):
        kw.update({"d%d" % i: la_date(r, 0), "c%d" % i: la_percent(r), "p%d" % i: la_price(r, "USD")})
        rows.append("{d%d},%s,%d,{c%d},{p%d}" % (i, r.choice(["EMEA", "APAC", "NA", "LATAM"]), r.randint(100, 90000), i, i))
    return fill("Which region underperforms?\n" + "\n".join(rows), **kw)


@tpl("hardware_inventory_nopii", pii=False)
def _(r):
    return fill("Asset {a}: {cap}, serial {s}, MAC {m}, BIOS {v}, warranty until {d}\nAsset {a2}: serial {s2}, MAC {m2}\nWhich ones need a BIOS update?",
                a=L("asset_tag", "IT-" + rd(r, 5)), cap=L("capitalised_non_name", r.choice(["Dell Latitude 7440", "Lenovo ThinkPad X1", "HP EliteBook 840"])), s=la_serial(r), m=la_mac(r),
                v=la_version(r), d=la_date(r), a2=L("asset_tag", "IT-" + rd(r, 5)), s2=la_serial(r), m2=la_mac(r))


@tpl("snmp_oid_nopii", pii=False)
def _(r):
    return fill("snmpwalk returns {o1} = INTEGER: 3 and {o2} = STRING: \"fw {v}\". What MIB is that?",
                o1=la_oid(r), o2=la_oid(r), v=la_version(r))


@tpl("support_phone_like_nopii", pii=False)
def _(r):
    return fill(r.choice([
        "My reference is {x} and the case number {y}. It's been open since {d}.",
        "Warranty claim {y}, part {sku}, serial {s}. Replacement shipped with {tr}.",
    ]), x=la_digits_like_phone(r), y=la_digits_like_phone(r), d=la_date(r), sku=la_sku(r), s=la_serial(r), tr=la_tracking(r))


@tpl("recipe_units_nopii", pii=False)
def _(r):
    return fill("Convert for 6 people: 250 g flour, 3 eggs, 180 ml milk, bake at 180 °C for {m}. Cost estimate {p}. Recipe ID {id}.",
                m=L("duration", "%d min" % r.randint(20, 60)), p=la_price(r), id=la_sku(r))


@tpl("sports_scores_nopii", pii=False)
def _(r):
    return fill("Match on {d} at {cap}: 2–1, attendance {n}. Kick-off {tm}. Ticket ref {t}. Write a 2-line recap (no player names needed).",
                d=la_date(r, 4), cap=L("capitalised_non_name", r.choice(["Wembley Stadium", "Allianz Arena", "Estadio Azteca", "Santiago Bernabéu", "Stade de France"])),
                n=L("count", format(r.randint(20000, 90000), ",")), tm=la_time(r), t=la_order(r))


@tpl("sql_schema_nopii", pii=False)
def _(r):
    return fill("CREATE TABLE customers (\n  id UUID PRIMARY KEY DEFAULT '{u}',\n  email TEXT NOT NULL,\n  phone TEXT,\n  created_at TIMESTAMPTZ DEFAULT '{ts}'\n);\n-- migration {v}, checksum {h}",
                u=la_uuid(r), ts=la_timestamp(r), v=la_version(r), h=la_hash(r))


@tpl("regex_help_nopii", pii=False)
def _(r):
    return fill("Write a regex that matches version strings like {v1} and {v2} but not dates like {d}. Also it must ignore build ids like {b}.",
                v1=la_version(r), v2=la_version(r), d=la_date(r), b=L("build_number", rd(r, 8)))


@tpl("shopping_list_brands_nopii", pii=False)
def _(r):
    return fill("Compare {a} and {b} for a family of four, budget {p}. Also is {c} worth it?",
                a=la_cap(r), b=la_cap(r), c=la_cap(r), p=la_price(r))


# ---- multilingual templates --------------------------------------------------
LANG_DATE_STYLE = {"de": 1, "ru": 1, "pl": 1, "cs": 1, "fi": 1, "tr": 1, "uk": 1, "ro": 1, "hu": 0, "da": 1, "sv": 0, "nl": 3, "fr": 3, "es": 3,
                   "it": 3, "pt": 3, "el": 3, "ar": 3, "he": 3, "vi": 3, "id": 3, "sw": 3, "fa": 0, "hi": 3, "zh": 6, "ja": 6, "ko": 0, "th": 3}
LANG_CUR = {"de": "€", "fr": "€", "es": "€", "it": "€", "pt": "€", "nl": "€", "fi": "€", "el": "€", "pl": "zł", "cs": "Kč", "hu": "Ft", "ro": "lei",
            "sv": "kr", "da": "kr", "tr": "₺", "ru": "₽", "uk": "₴", "ar": "AED", "he": "₪", "fa": "ریال", "hi": "₹", "zh": "¥", "ja": "円",
            "ko": "원", "vi": "₫", "th": "฿", "id": "Rp", "sw": "KSh"}


def lang_price(r, lang):
    cur = LANG_CUR[lang]
    amt = r.randint(5, 9999)
    if cur in ("€",):
        return L("price", "%d,%02d €" % (amt, r.randint(0, 99)))
    if cur in ("zł", "Kč", "Ft", "lei", "kr", "₽", "₴", "₺"):
        return L("price", "%s %s" % (format(amt * (10 if cur == "Ft" else 1), ",").replace(",", " "), cur))
    if cur in ("円", "원", "ریال"):
        return L("price", "%s%s" % (format(amt * 100, ","), cur))
    if cur in ("₫", "Rp"):
        return L("price", "%s %s" % (format(amt * 1000, ",").replace(",", "."), cur) if cur == "₫" else "Rp %s" % format(amt * 1000, ",").replace(",", "."))
    return L("price", "%s%s" % (cur, format(amt, ",")) if cur in ("¥", "₹", "฿", "₪") else "%s %s" % (cur, format(amt, ",")))


def lang_kw(r, lang):
    n, loc = person(r, lang)
    ds = LANG_DATE_STYLE.get(lang, 0)
    return dict(n=P(n), n2=P(person(r, lang)[0]), ph=phone_span(r, lang), em=email_span(r, lang, local=loc), ib=iban_span(r, lang) if lang in LANG_IBAN else None,
                cc=card_span(r), o=la_order(r), o2=la_order(r), d=la_date(r, ds), d2=la_date(r, ds), p=lang_price(r, lang), tr=la_tracking(r), v=la_version(r),
                sku=la_sku(r), tk=la_ticket(r), tm=la_time(r), ip=ip_span(r), k=key_span(r), cap=la_cap(r), h=la_hash(r), u=la_uuid(r),
                bad=invalid_iban(r, lang) if lang in LANG_IBAN else non_luhn_card(r), nl=non_luhn_card(r), pnr=la_pnr(r), f=la_flight(r))


LANG_TEXTS = {
    "de": {
        "pii": ["Hallo, ich bin {n}. Meine Bestellung {o} ist seit dem {d} nicht angekommen. Bitte rufen Sie mich unter {ph} zurück.",
                "Bitte überweisen Sie {p} auf folgendes Konto: Kontoinhaber {n}, IBAN {ib}. Verwendungszweck: {tk}.",
                "Formuliere eine freundliche Absage an {n} ({em}) für das Vorstellungsgespräch am {d} um {tm} Uhr.",
                "Protokoll vom {d}: {n} übernimmt das Onboarding, {n2} klärt die Lizenz für {cap}. Rückfragen an {em}."],
        "nopii": ["Mein Paket mit der Sendungsnummer {tr} hängt seit {d} im Verteilzentrum. Bestellnummer {o}, Betrag {p}.",
                  "Nach dem Update auf Version {v} stürzt die App ab. Fehler-ID {u}, Build {h}. Ticket {tk}.",
                  "Die IBAN {bad} wird vom Onlinebanking als ungültig abgelehnt. Was ist an der Prüfziffer falsch?"],
    },
    "fr": {
        "pii": ["Bonjour, je m'appelle {n}. Ma commande {o} du {d} n'est jamais arrivée. Vous pouvez me joindre au {ph}.",
                "Merci de procéder au virement de {p} sur le compte de {n}, IBAN {ib}, référence {tk}.",
                "Rédige un mail de relance pour {n} ({em}) : la facture {o} de {p} reste impayée depuis le {d}.",
                "Compte rendu : {n} et {n2} ont validé le devis. Contact côté client : {em}, tél. {ph}."],
        "nopii": ["Colis {tr} bloqué depuis le {d}, commande {o}, montant {p}. Que faire ?",
                  "Depuis la mise à jour {v}, l'application plante au démarrage (erreur {u}). Ticket {tk}."],
    },
    "es": {
        "pii": ["Hola, soy {n}. Mi pedido {o} lleva retrasado desde el {d}. Mi teléfono es {ph}.",
                "Necesito que me devuelvan {p} a mi cuenta IBAN {ib}, titular {n}.",
                "Escribe un correo para {n} ({em}) confirmando la cita del {d} a las {tm}.",
                "¿Puedes revisar este recibo? Tarjeta {cc}, titular {n}, importe {p}."],
        "nopii": ["El paquete con número de seguimiento {tr} sigue en aduanas desde el {d}. Pedido {o}.",
                  "Tras actualizar a la versión {v}, la app da error {tk}. Hash del build: {h}."],
    },
    "it": {
        "pii": ["Buongiorno, sono {n}. L'ordine {o} non è ancora arrivato, potete chiamarmi al {ph}?",
                "Effettuare il bonifico di {p} a {n}, IBAN {ib}, causale {tk}.",
                "Scrivi una mail a {n} ({em}) per spostare la riunione del {d} alle {tm}."],
        "nopii": ["Il pacco {tr} risulta in giacenza dal {d}. Ordine {o}, importo {p}.",
                  "Dopo l'aggiornamento alla {v} il programma si blocca. Codice errore {u}."],
    },
    "pt": {
        "pii": ["Olá, meu nome é {n}. Meu pedido {o} não chegou. Meu celular é {ph}.",
                "Faça a transferência de {p} para {n}, IBAN {ib}, referência {tk}.",
                "Escreva um e-mail para {n} ({em}) confirmando a reunião de {d} às {tm}.",
                "O cartão {cc} em nome de {n} foi recusado na compra {o}."],
        "nopii": ["Minha encomenda {tr} está parada desde {d}. Pedido {o}, valor {p}.",
                  "Depois da atualização {v} o app fecha sozinho. Código {u}."],
    },
    "nl": {
        "pii": ["Hoi, ik ben {n}. Mijn bestelling {o} is nog niet bezorgd. Bel me op {ph}.",
                "Graag {p} overmaken naar {n}, IBAN {ib}, o.v.v. {tk}.",
                "Schrijf een korte mail aan {n} ({em}) over de afspraak op {d}."],
        "nopii": ["Pakket {tr} staat sinds {d} stil. Ordernummer {o}, bedrag {p}.",
                  "Na update {v} crasht de app. Foutcode {u}, ticket {tk}."],
    },
    "pl": {
        "pii": ["Dzień dobry, nazywam się {n}. Zamówienie {o} nie dotarło. Proszę o kontakt pod numerem {ph}.",
                "Proszę o przelew {p}. Odbiorca: {n}, IBAN {ib}, tytułem {tk}.",
                "Napisz maila z potwierdzeniem spotkania {d} o {tm}. Adresat: {n}, {em}."],
        "nopii": ["Przesyłka {tr} utknęła w sortowni od {d}. Numer zamówienia {o}, kwota {p}.",
                  "Po aktualizacji do {v} aplikacja się zawiesza. Kod błędu {u}."],
    },
    "sv": {
        "pii": ["Hej, jag heter {n}. Min beställning {o} har inte kommit. Ring mig på {ph}.",
                "Betala {p} till {n}, IBAN {ib}, referens {tk}.",
                "Skriv ett mejl till {n} ({em}) och bekräfta mötet {d} kl. {tm}."],
        "nopii": ["Paket {tr} har stått still sedan {d}. Order {o}, belopp {p}.",
                  "Efter uppdatering till {v} kraschar appen. Felkod {u}."],
    },
    "da": {
        "pii": ["Hej, jeg hedder {n}. Min ordre {o} er ikke kommet. Ring til mig på {ph}.",
                "Overfør venligst {p} til {n}, IBAN {ib}.",
                "Skriv en mail til {n} ({em}) om mødet den {d}."],
        "nopii": ["Pakke {tr} har ikke bevæget sig siden {d}. Ordre {o}.", "Efter opdatering {v} går appen ned. Fejl {u}."],
    },
    "fi": {
        "pii": ["Hei, olen {n}. Tilaukseni {o} ei ole saapunut. Soita minulle numeroon {ph}.",
                "Maksa {p} tilille {ib}, saaja {n}.",
                "Kirjoita sähköposti henkilölle {n} ({em}) kokouksesta {d} klo {tm}."],
        "nopii": ["Paketti {tr} on ollut jumissa {d} lähtien. Tilaus {o}, summa {p}.", "Päivityksen {v} jälkeen sovellus kaatuu. Virhekoodi {u}."],
    },
    "tr": {
        "pii": ["Merhaba, ben {n}. {o} numaralı siparişim hâlâ gelmedi. Telefonum: {ph}.",
                "Lütfen {p} tutarını {n} adına {ib} IBAN'ına gönderin.",
                "{n} ({em}) için {d} tarihli toplantıyı onaylayan bir e-posta yaz."],
        "nopii": ["{tr} takip numaralı kargom {d} tarihinden beri dağıtım merkezinde. Sipariş {o}, tutar {p}.",
                  "{v} sürümüne güncelledikten sonra uygulama çöküyor. Hata kodu {u}."],
    },
    "ru": {
        "pii": ["Здравствуйте, меня зовут {n}. Заказ {o} так и не пришёл. Мой телефон {ph}.",
                "Напиши письмо с подтверждением встречи {d} в {tm}. Получатель: {n}, адрес {em}.",
                "Оплата картой {cc} на имя {n} не прошла, сумма {p}.",
                "Протокол: {n} отвечает за релиз {v}, {n2} — за тестирование. Связь: {ph}."],
        "nopii": ["Посылка {tr} застряла на сортировке с {d}. Номер заказа {o}, сумма {p}.",
                  "После обновления до версии {v} приложение вылетает. Код ошибки {u}, тикет {tk}."],
    },
    "uk": {
        "pii": ["Добрий день, мене звати {n}. Замовлення {o} досі не доставлене. Телефон: {ph}.",
                "Переказати {p}. Отримувач: {n}, IBAN {ib}.",
                "Напиши лист про зустріч {d} о {tm}. Адресат: {n}, пошта {em}."],
        "nopii": ["Посилка {tr} не рухається з {d}. Замовлення {o}, сума {p}.", "Після оновлення {v} застосунок падає. Код помилки {u}."],
    },
    "cs": {
        "pii": ["Dobrý den, jmenuji se {n}. Objednávka {o} stále nedorazila. Volejte prosím na {ph}.",
                "Prosím o převod {p}, příjemce {n}, IBAN {ib}.",
                "Napiš e-mail s potvrzením schůzky {d} v {tm}. Adresát: {n}, {em}."],
        "nopii": ["Zásilka {tr} stojí od {d}. Objednávka {o}, částka {p}.", "Po aktualizaci na {v} aplikace padá. Chyba {u}."],
    },
    "el": {
        "pii": ["Γεια σας, είμαι ο/η {n}. Η παραγγελία {o} δεν έχει φτάσει. Το τηλέφωνό μου είναι {ph}.",
                "Παρακαλώ μεταφέρετε {p} στον λογαριασμό του/της {n}, IBAN {ib}.",
                "Γράψε ένα email στον/στην {n} ({em}) για τη συνάντηση στις {d}."],
        "nopii": ["Το δέμα {tr} έχει κολλήσει από τις {d}. Παραγγελία {o}, ποσό {p}.", "Μετά την ενημέρωση {v} η εφαρμογή κολλάει. Κωδικός σφάλματος {u}."],
    },
    "ro": {
        "pii": ["Bună ziua, sunt {n}. Comanda {o} nu a ajuns. Mă puteți suna la {ph}.",
                "Vă rog transferați {p} în contul lui {n}, IBAN {ib}.",
                "Scrie un e-mail către {n} ({em}) pentru ședința din {d}."],
        "nopii": ["Coletul {tr} stă din {d}. Comanda {o}, suma {p}.", "După actualizarea la {v} aplicația se închide. Cod eroare {u}."],
    },
    "hu": {
        "pii": ["Jó napot, {n} vagyok. A(z) {o} rendelésem nem érkezett meg. Telefonszámom: {ph}.",
                "Kérem, utaljon {p} összeget {n} részére, IBAN: {ib}.",
                "Írj egy e-mailt {n} ({em}) részére a {d} találkozóról."],
        "nopii": ["A(z) {tr} csomag {d} óta nem mozdult. Rendelés {o}, összeg {p}.", "A(z) {v} frissítés után összeomlik az alkalmazás. Hibakód {u}."],
    },
    "ar": {
        "pii": ["مرحباً، اسمي {n}. طلبي رقم {o} لم يصل بعد. رقم هاتفي {ph}.",
                "يرجى تحويل {p} إلى حساب {n}، رقم الآيبان {ib}.",
                "اكتب رسالة إلى {n} ({em}) لتأكيد الاجتماع يوم {d} الساعة {tm}."],
        "nopii": ["الشحنة {tr} متوقفة منذ {d}. رقم الطلب {o}، المبلغ {p}.", "بعد التحديث إلى الإصدار {v} يتوقف التطبيق. رمز الخطأ {u}."],
    },
    "he": {
        "pii": ["שלום, שמי {n}. ההזמנה {o} עדיין לא הגיעה. הטלפון שלי {ph}.",
                "נא להעביר {p} לחשבון של {n}, IBAN {ib}.",
                "כתוב מייל ל{n} ({em}) לאישור הפגישה ב-{d}."],
        "nopii": ["החבילה {tr} תקועה מאז {d}. מספר הזמנה {o}, סכום {p}.", "אחרי העדכון לגרסה {v} האפליקציה קורסת. קוד שגיאה {u}."],
    },
    "fa": {
        "pii": ["سلام، من {n} هستم. سفارش {o} هنوز نرسیده. شماره من {ph} است.",
                "یک ایمیل برای {n} ({em}) بنویس و جلسه {d} را تأیید کن.",
                "لطفاً با {n} تماس بگیرید: {ph}."],
        "nopii": ["مرسوله {tr} از {d} تکان نخورده. شماره سفارش {o}، مبلغ {p}.", "بعد از به‌روزرسانی به نسخه {v} برنامه بسته می‌شود. کد خطا {u}."],
    },
    "hi": {
        "pii": ["नमस्ते, मेरा नाम {n} है। मेरा ऑर्डर {o} अभी तक नहीं आया। मेरा नंबर {ph} है।",
                "{n} ({em}) को {d} की मीटिंग की पुष्टि के लिए ईमेल लिखो।",
                "कार्ड {cc} से {p} का भुगतान नहीं हुआ, नाम {n}।"],
        "nopii": ["पार्सल {tr} {d} से अटका है। ऑर्डर {o}, राशि {p}।", "वर्ज़न {v} पर अपडेट के बाद ऐप क्रैश हो रहा है। एरर कोड {u}।"],
    },
    "zh": {
        "pii": ["你好，我是{n}，订单{o}到现在还没收到，请打我电话{ph}。",
                "帮我给{n}（{em}）写一封邮件，确认{d}{tm}的会议。",
                "会议纪要：{n}负责版本{v}的发布，{n2}负责测试，有问题联系{ph}。",
                "这张卡{cc}（持卡人{n}）付款失败，金额{p}。"],
        "nopii": ["快递单号{tr}从{d}起就没有更新，订单号{o}，金额{p}。", "升级到{v}版本后应用闪退，错误码{u}，工单{tk}。"],
    },
    "ja": {
        "pii": ["お世話になっております。{n}です。注文番号{o}の商品がまだ届いていません。連絡先は{ph}です。",
                "{n}様（{em}）宛てに、{d}{tm}の打ち合わせの確認メールを書いてください。",
                "議事録：{n}さんがリリース{v}を担当、{n2}さんがテスト担当。",
                "カード番号{cc}（名義：{n}）で決済できませんでした。金額は{p}です。"],
        "nopii": ["追跡番号{tr}の荷物が{d}から動いていません。注文番号{o}、金額{p}。", "バージョン{v}にアップデートしてからアプリが落ちます。エラーID {u}。"],
    },
    "ko": {
        "pii": ["안녕하세요, {n}입니다. 주문번호 {o} 상품이 아직 도착하지 않았어요. 연락처는 {ph}입니다.",
                "{n}님({em})께 {d} {tm} 회의 확인 메일을 작성해 주세요.",
                "회의록: {n} 님이 {v} 배포 담당, {n2} 님이 QA 담당."],
        "nopii": ["운송장 번호 {tr} 택배가 {d}부터 멈춰 있어요. 주문번호 {o}, 금액 {p}.", "{v} 버전 업데이트 후 앱이 종료됩니다. 오류 코드 {u}."],
    },
    "vi": {
        "pii": ["Xin chào, tôi là {n}. Đơn hàng {o} vẫn chưa tới. Số điện thoại của tôi là {ph}.",
                "Viết email cho {n} ({em}) xác nhận cuộc họp ngày {d} lúc {tm}.",
                "Thẻ {cc} của {n} bị từ chối khi thanh toán {p}."],
        "nopii": ["Kiện hàng {tr} bị kẹt từ {d}. Mã đơn {o}, số tiền {p}.", "Sau khi cập nhật lên {v}, ứng dụng bị treo. Mã lỗi {u}."],
    },
    "th": {
        "pii": ["สวัสดีครับ ผมชื่อ {n} คำสั่งซื้อ {o} ยังไม่ได้รับเลย ติดต่อได้ที่ {ph}",
                "ช่วยเขียนอีเมลถึงคุณ {n} ({em}) เพื่อยืนยันการประชุมวันที่ {d} เวลา {tm}",
                "บัตร {cc} ของคุณ {n} ชำระเงิน {p} ไม่ผ่าน"],
        "nopii": ["พัสดุ {tr} ค้างอยู่ตั้งแต่ {d} เลขคำสั่งซื้อ {o} ยอด {p}", "หลังอัปเดตเป็นเวอร์ชัน {v} แอปเด้งออก รหัสข้อผิดพลาด {u}"],
    },
    "id": {
        "pii": ["Halo, saya {n}. Pesanan {o} belum sampai. Nomor HP saya {ph}.",
                "Tolong tulis email ke {n} ({em}) untuk konfirmasi rapat tanggal {d} jam {tm}.",
                "Kartu {cc} atas nama {n} ditolak untuk pembayaran {p}."],
        "nopii": ["Paket {tr} tertahan sejak {d}. Nomor pesanan {o}, total {p}.", "Setelah update ke versi {v} aplikasinya crash. Kode error {u}."],
    },
    "sw": {
        "pii": ["Habari, naitwa {n}. Oda yangu {o} bado haijafika. Nipigie kwa {ph}.",
                "Andika barua pepe kwa {n} ({em}) kuthibitisha mkutano wa tarehe {d} saa {tm}.",
                "Tafadhali mlipe {n} {p} kupitia M-Pesa namba {ph}."],
        "nopii": ["Kifurushi {tr} kimekwama tangu {d}. Namba ya oda {o}, kiasi {p}.", "Baada ya kusasisha toleo {v} programu inazimika. Msimbo wa hitilafu {u}."],
    },
}



@tpl("digit_runs_nopii", pii=False)
def _(r):
    return fill(r.choice([
        "Which of these are real identifiers? {a}, {b}, {c}, {d}. My parser flags all of them.",
        "Data-quality report: rejected values in column acct_no: {a}; column ref: {b}; column ssn_check: {c}; column build: {d}.",
        "I copied these from an old spreadsheet: {a} / {b} / {c} / {d} — can you tell what kind of numbers they are?",
    ]), a=non_luhn_card(r), b=la_digits_like_phone(r), c=invalid_ssn(r), d=la_version(r))


# ---- richer multilingual templates ---------------------------------------------

@tpl("de_env_question", lang="de")
def _(r):
    return fill("Warum liest mein Container die Variablen nicht?\n\n```\nDB_HOST={ip}\nDB_PASSWORT={pw}\nMAIL_ABSENDER={em}\nSENTRY_DSN_KEY={k}\nAPP_VERSION={v}\n```\n"
                "Ich habe es mit Docker {v2} und Compose probiert, Build {h}.",
                ip=ip_span(r, v6=False), pw=key_span(r, "password"), em=email_span(r, "de"), k=S("API_KEY", rs(r, HEX, 32)), v=la_version(r), v2=la_version(r), h=la_hash(r))


@tpl("de_meeting_protokoll", lang="de")
def _(r):
    a, b, c = person(r, "de")[0], person(r, "de")[0], person(r, "de")[0]
    return fill("Besprechungsprotokoll {d}\nTeilnehmende: {a}, {b}, {c}\n\n1. Budget Q{q}: {b2} legt bis {d2} eine überarbeitete Kalkulation vor ({p}).\n"
                "2. Lieferant {cap}: Rückruf durch {c2} unter {ph}.\n3. Nächster Termin: {d3}, {tm} Uhr, Raum Zuse.",
                d=la_date(r, 1), a=P(a), b=P(b), c=P(c), b2=P(b), c2=P(c), q=L("quarter", str(r.randint(1, 4))), d2=la_date(r, 1), p=lang_price(r, "de"),
                cap=L("capitalised_non_name", r.choice(["Mercedes-Benz", "Hugo Boss", "Carl Zeiss AG", "Robert Bosch GmbH"])), ph=phone_span(r, "de"), d3=la_date(r, 1), tm=la_time(r))


@tpl("fr_crm_relance", lang="fr")
def _(r):
    n, loc = person(r, "fr")
    return fill("Objet : Relance facture {inv}\n\nBonjour {n},\n\nSauf erreur de notre part, la facture {inv2} d'un montant de {p}, échue le {d}, reste impayée. "
                "Vous trouverez nos coordonnées bancaires ci-dessous :\nIBAN : {ib}\nBIC : {bic}\n\nCordialement,\n{me}\nService comptabilité — {ph}",
                inv=la_invoice(r), inv2=la_invoice(r), n=P(n), p=lang_price(r, "fr"), d=la_date(r, 3), ib=iban_span(r, "fr"), bic=la_bic(r), me=P(person(r, "fr")[0]), ph=phone_span(r, "fr"))


@tpl("es_csv_clientes", lang="es")
def _(r):
    rows, kw = ["nombre;correo;teléfono;alta"], {}
    for i in range(r.randint(2, 4)):
        n, loc = person(r, "es")
        kw.update({"n%d" % i: P(n), "e%d" % i: email_span(r, "es", local=loc), "t%d" % i: phone_span(r, "es"), "d%d" % i: la_date(r, 3)})
        rows.append("{n%d};{e%d};{t%d};{d%d}" % (i, i, i, i))
    return fill("¿Por qué Excel me junta todas las columnas al abrir este CSV?\n" + "\n".join(rows), **kw)


@tpl("ja_log_paste", lang="ja")
def _(r):
    return fill("本番環境で以下のエラーが出ています。原因を教えてください。\n\n{ts} ERROR 認証失敗 user={em} ip={ip} request_id={u}\n{ts2} WARN  再試行 {n2}/3 (バージョン {v})",
                ts=la_timestamp(r), em=email_span(r, "ja"), ip=ip_span(r), u=la_uuid(r), ts2=la_timestamp(r), n2=L("count", str(r.randint(1, 3))), v=la_version(r))


@tpl("zh_code_key", lang="zh")
def _(r):
    return fill("这段代码为什么报401？\n```python\nclient = OpenAI(api_key=\"{k}\")\nresp = client.models.list()\n```\n我用的是SDK {v}，请求ID {u}。",
                k=key_span(r, r.choice(["openai", "anthropic", "hf"])), v=la_version(r), u=la_uuid(r))


@tpl("ru_json_log", lang="ru")
def _(r):
    return fill("Разбери лог, почему платёж не прошёл:\n{\"ts\": \"{ts}\", \"user\": \"{em}\", \"ip\": \"{ip}\", \"order\": \"{o}\", \"amount\": \"{p}\", \"error\": \"card_declined\"}\n"
                "Клиент: {n}, тел. {ph}.",
                ts=la_timestamp(r), em=email_span(r, "ru"), ip=ip_span(r), o=la_order(r), p=lang_price(r, "ru"), n=P(person(r, "ru")[0]), ph=phone_span(r, "ru"))


@tpl("pt_formulario", lang="pt")
def _(r):
    n, loc = person(r, "pt")
    return fill("Novo cadastro recebido:\nNome completo: {n}\nE-mail: {em}\nCelular: {ph}\nData de nascimento: {dob}\nProtocolo: {tk}\n\nResponda ao cliente confirmando o cadastro.",
                n=P(n), em=email_span(r, "pt", local=loc), ph=phone_span(r, "pt", "BR"), dob=la_dob(r), tk=la_ticket(r))


@tpl("ko_support_reply", lang="ko")
def _(r):
    n, loc = person(r, "ko")
    return fill("고객: 결제가 두 번 됐어요. 주문번호 {o}, 금액 {p}입니다.\n상담원: 불편을 드려 죄송합니다, {n} 고객님. 확인 후 {em}로 안내드리겠습니다. 접수번호는 {tk}입니다.",
                o=la_order(r), p=lang_price(r, "ko"), n=P(n), em=email_span(r, "ko", local=loc), tk=la_ticket(r))


@tpl("ar_bank_transfer", lang="ar")
def _(r):
    n, _ = person(r, "ar")
    return fill("عزيزي العميل،\nتم استلام طلب التحويل رقم {tk} بتاريخ {d}.\nالمستفيد: {n}\nرقم الآيبان: {ib}\nالمبلغ: {p}\nللاستفسار: {ph}",
                tk=la_ticket(r), d=la_date(r, 3), n=P(n), ib=iban_span(r, "ar"), p=lang_price(r, "ar"), ph=phone_span(r, "ar"))


@tpl("hi_mixed_hinglish", lang="hi")
def _(r):
    n, loc = person(r, "hi")
    return fill(r.choice(["bhai {n} ka number bhej de, {ph} pe call nahi lag raha. order {o} ka refund {p} abhi tak nahi aaya",
                          "{n} को मेल भेजना है — {em}. subject: invoice {inv}, amount {p}"]),
                n=P(n), ph=phone_span(r, "hi"), o=la_order(r), p=lang_price(r, "hi"), em=email_span(r, "hi", local=loc), inv=la_invoice(r))


@tpl("it_nopii_release", lang="it", pii=False)
def _(r):
    return fill("Note di rilascio {v} ({d}):\n- corretto un errore di arrotondamento sui prezzi ({p})\n- commit {h}\n- migrazione {u}\nChi usa la {v2} deve aggiornare prima del {d2}.",
                v=la_version(r), d=la_date(r, 3), p=lang_price(r, "it"), h=la_hash(r), u=la_uuid(r), v2=la_version(r), d2=la_date(r, 3))


@tpl("tr_nopii_fatura", lang="tr", pii=False)
def _(r):
    return fill("Fatura {inv} ({d}) toplam {p}. Kargo takip no: {tr}. Ürün kodu {sku}. Bu faturada KDV oranı {pc} görünüyor, doğru mu?",
                inv=la_invoice(r), d=la_date(r, 1), p=lang_price(r, "tr"), tr=la_tracking(r), sku=la_sku(r), pc=la_percent(r))


@tpl("pl_nopii_iban_check", lang="pl", pii=False)
def _(r):
    return fill("Bank odrzuca numer {bad} — suma kontrolna się nie zgadza. Drugi numer {bad2} też. Gdzie jest błąd? Zamówienie {o}.",
                bad=invalid_iban(r, "pl"), bad2=invalid_iban(r, "pl"), o=la_order(r))


@tpl("sv_nopii_brands", lang="sv", pii=False)
def _(r):
    return fill("Vilken är bäst för familjen, {a} eller {b}? Budget {p}. Leverans senast {d}, artikelnummer {sku}.",
                a=la_cap(r), b=la_cap(r), p=lang_price(r, "sv"), d=la_date(r, 0), sku=la_sku(r))


@tpl("nl_meeting_notes", lang="nl")
def _(r):
    a, b = person(r, "nl")[0], person(r, "nl")[0]
    return fill("Notulen {d}\nAanwezig: {a}, {b}\n- {a2} stuurt de offerte ({p}) voor {d2}\n- Storing {tk} opgelost in versie {v}\n- Contact leverancier: {em}",
                d=la_date(r, 3), a=P(a), b=P(b), a2=P(a), p=lang_price(r, "nl"), d2=la_date(r, 3), tk=la_ticket(r), v=la_version(r), em=email_span(r, "nl", company=True))


@tpl("vi_chat_order", lang="vi")
def _(r):
    n, loc = person(r, "vi")
    return fill("Khách: Mình là {n}, đặt đơn {o} hôm {d} mà chưa nhận được.\nBot: Dạ, đơn {o2} đang ở kho, mã vận đơn {tr}. Shop sẽ gọi lại số {ph} ạ.",
                n=P(n), o=la_order(r), d=la_date(r, 3), o2=la_order(r), tr=la_tracking(r), ph=phone_span(r, "vi"))


@tpl("el_nopii_tech", lang="el", pii=False)
def _(r):
    return fill("Μετά την αναβάθμιση στην έκδοση {v} ο server δεν ξεκινά. Αναγνωριστικό αιτήματος {u}, hash {h}, ώρα {ts}. Τι να ελέγξω;",
                v=la_version(r), u=la_uuid(r), h=la_hash(r), ts=la_timestamp(r))


def _make_lang_tpl(lang, kind, idx, text):
    def fn(r):
        kw = lang_kw(r, lang)
        kw = {k: v for k, v in kw.items() if v is not None}
        full = text
        if r.random() < 0.4:
            # append a second, lookalike-only paragraph from the same language
            extra = r.choice(LANG_TEXTS[lang]["nopii"])
            if extra != text:
                kw2 = lang_kw(r, lang)
                for key in ("o", "d", "p", "tr", "v", "u", "tk", "h"):
                    kw["x" + key] = kw2[key]
                full = text + "\n\n" + PH_RE.sub(lambda m: "{x" + m.group(1) + "}" if m.group(1) in ("o", "d", "p", "tr", "v", "u", "tk", "h") else m.group(0), extra)
        return fill(full, **kw)
    TEMPLATES.append(("%s_%s_%d" % (lang, kind, idx + 1), lang, kind == "pii", fn))


for _lang in LANG_TEXTS:
    for _kind in ("pii", "nopii"):
        for _i, _t in enumerate(LANG_TEXTS[_lang][_kind]):
            _make_lang_tpl(_lang, _kind, _i, _t)


# ---------------------------------------------------------------- validation
def ssn_ok(v):
    d = re.sub(r"\D", "", v)
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g != 0 and s != 0


def check_row(row, has_pii):
    t = row["text"]
    iv = []
    for sp in row["spans"]:
        assert t[sp["start"]:sp["end"]] == sp["text"], sp
        assert sp["text"] == sp["text"].strip() and sp["text"], sp
        typ, v = sp["type"], sp["text"]
        if typ == "CREDIT_CARD":
            assert luhn_ok(re.sub(r"\D", "", v)), v
        elif typ == "IBAN_CODE":
            assert iban_valid(v), v
        elif typ == "US_SSN":
            assert ssn_ok(v), v
        elif typ == "IP_ADDRESS":
            ipo = ipaddress.ip_address(v)
            glob = ipo.is_global if not (ipo.version == 6 and ipo.ipv4_mapped) else ipo.ipv4_mapped.is_global
            assert glob == sp["identifying"], v
        elif typ == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v), v
        iv.append((sp["start"], sp["end"]))
    for lk in row["lookalikes"]:
        assert t[lk["start"]:lk["end"]] == lk["text"], lk
        if lk["kind"] == "non_luhn_digits":
            assert not luhn_ok(re.sub(r"\D", "", lk["text"]))
        if lk["kind"] == "invalid_iban":
            assert not iban_valid(lk["text"])
        if lk["kind"] == "invalid_ssn":
            assert not ssn_ok(lk["text"])
    lv = [(x["start"], x["end"]) for x in row["lookalikes"]]
    allv = sorted(iv + lv)
    for (a1, b1), (a2, b2) in zip(allv, allv[1:]):
        assert b1 <= a2, (row["id"], allv)
    if has_pii:
        assert row["spans"], row
    else:
        assert not row["spans"], row


# ---------------------------------------------------------------- main
def build_schedule(rng):
    by = {}
    for i, (name, lang, pii, fn) in enumerate(TEMPLATES):
        by.setdefault((lang == "en", pii), []).append(i)
    n_nonen = round(N_ROWS * 0.35)
    n_en = N_ROWS - n_nonen
    n_nopii_total = round(N_ROWS * 0.40)
    n_nonen_nopii = round(n_nonen * 0.42)
    n_en_nopii = n_nopii_total - n_nonen_nopii
    plan = [(True, True, n_en - n_en_nopii), (True, False, n_en_nopii), (False, True, n_nonen - n_nonen_nopii), (False, False, n_nonen_nopii)]
    slots = []
    for en, pii, cnt in plan:
        pool = list(by[(en, pii)])
        if not en:
            # balance languages: cycle languages, then template within language
            langs = sorted(set(TEMPLATES[i][1] for i in pool))
            per = {lg: [i for i in pool if TEMPLATES[i][1] == lg] for lg in langs}
            order = []
            while len(order) < cnt:
                lg_cycle = list(langs)
                rng.shuffle(lg_cycle)
                for lg in lg_cycle:
                    order.append(rng.choice(per[lg]))
            slots.extend(order[:cnt])
        else:
            order = []
            while len(order) < cnt:
                cyc = list(pool)
                rng.shuffle(cyc)
                order.extend(cyc)
            slots.extend(order[:cnt])
    rng.shuffle(slots)
    return slots


def generate():
    rng = random.Random(SEED)
    slots = build_schedule(rng)
    rows = []
    for k, ti in enumerate(slots):
        name, lang, pii, fn = TEMPLATES[ti]
        r = random.Random(SEED * 1000003 + k)
        doc = fn(r)
        row = {"id": "heldout21-%04d" % (k + 1), "template": name, "text": doc.text(),
               "spans": [{"type": s["type"], "start": s["start"], "end": s["end"], "text": s["text"], "identifying": s["identifying"]} for s in doc.spans],
               "lookalikes": [{"kind": x["kind"], "start": x["start"], "end": x["end"], "text": x["text"]} for x in doc.looks]}
        check_row(row, pii)
        rows.append((row, lang))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "eval_heldout21.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    rows = generate()
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row, _ in rows).encode("utf-8")
    with open(a.out, "wb") as f:
        f.write(data)
    if a.stats:
        print_stats(rows)
    print("sha256 %s  %s" % (hashlib.sha256(data).hexdigest(), a.out), file=sys.stderr)


def print_stats(rows):
    from collections import Counter
    tc, ti, lc, tpc, lkc = Counter(), Counter(), Counter(), Counter(), Counter()
    nopii = 0
    for row, lang in rows:
        lc[lang] += 1
        tpc[row["template"]] += 1
        if not row["spans"]:
            nopii += 1
        for s in row["spans"]:
            tc[s["type"]] += 1
            if not s["identifying"]:
                ti[s["type"]] += 1
        for x in row["lookalikes"]:
            lkc[x["kind"]] += 1
    nsp = sum(tc.values())
    print("rows", len(rows), "no-PII rows", nopii, "spans", nsp, "non-identifying", sum(ti.values()), "(%.1f%%)" % (100 * sum(ti.values()) / nsp))
    print("lookalikes", sum(lkc.values()))
    print("non-English rows", sum(v for k, v in lc.items() if k != "en"), "languages", len(lc))
    print("templates", len(tpc))
    print("TYPES", sorted(tc.items()))
    print("NONIDENT", sorted(ti.items()))
    print("LANGS", sorted(lc.items()))
    print("LOOKALIKES", sorted(lkc.items()))
    print("TEMPLATES", sorted(tpc.items()))


if __name__ == "__main__":
    main()
