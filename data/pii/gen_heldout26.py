#!/usr/bin/env python3
"""Blind held-out PII evaluation set generator (heldout26).

Standard library only. One random.Random(SEED); no hash()/set-order dependence.
Usage: python3 gen_heldout26.py [--out PATH] [--n N]
"""
import base64
import hashlib
import json
import os
import random
import re
import sys

SEED = 2611263
N_ROWS = 1000
R = random.Random(SEED)

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
HX = "0123456789abcdef"
AN = UP + LO + DG


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def ch(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- builder
class B:
    def __init__(self):
        self.parts = []

    def t(self, s):
        self.parts.append(("T", s, None, None))
        return self

    def s(self, typ, val, ident=True):
        self.parts.append(("S", val, typ, ident))
        return self

    def l(self, kind, val):
        self.parts.append(("L", val, kind, None))
        return self

    def add(self, item):
        if isinstance(item, str):
            return self.t(item)
        if item[0] == "S":
            return self.s(item[1], item[2], item[3])
        return self.l(item[1], item[2])

    def f(self, tpl, *args):
        pos = 0
        seq = 0
        for m in re.finditer(r"\{(\d*)\}", tpl):
            self.t(tpl[pos:m.start()])
            if m.group(1) == "":
                idx = seq
                seq += 1
            else:
                idx = int(m.group(1))
            self.add(args[idx])
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def build(self):
        text = ""
        spans, looks = [], []
        for kind, val, typ, ident in self.parts:
            st = len(text)
            text += val
            if kind == "S":
                spans.append({"type": typ, "start": st, "end": len(text), "text": val, "identifying": ident})
            elif kind == "L":
                looks.append({"kind": typ, "start": st, "end": len(text), "text": val})
        stripped = text.rstrip()
        return stripped, spans, looks


def S(typ, val, ident=True):
    return ("S", typ, val, ident)


def L(kind, val):
    return ("L", kind, val)


# ---------------------------------------------------------------- checks
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_digit(body):
    for c in DG:
        if luhn_ok(body + c):
            return c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, se = m.groups()
    return a != "000" and a != "666" and not a.startswith("9") and g != "00" and se != "0000"


# ---------------------------------------------------------------- names
NAMES = {
    "en": (["Emily", "James", "Olivia", "Marcus", "Priya", "Daniel", "Aisha", "Connor", "Grace", "Tyrone", "Hannah", "Ethan", "Megan", "Rahul"],
           ["Thompson", "Walker", "O'Connor", "Patel", "Nguyen", "Bennett", "Harris", "Whitaker", "Okafor", "Sullivan", "Reyes", "Campbell", "Fitzgerald", "Kowalczyk"]),
    "de": (["Lukas", "Sophie", "Jonas", "Leonie", "Matthias", "Katrin", "Felix", "Anja", "Tobias", "Jana", "Jürgen", "Maren"],
           ["Müller", "Schneider", "Becker", "Hoffmann", "Wagner", "Schäfer", "Krüger", "Zimmermann", "Vogel", "Brandt", "Weißmann", "Öztürk"]),
    "fr": (["Camille", "Julien", "Léa", "Mathieu", "Chloé", "Antoine", "Élodie", "Nicolas", "Manon", "Benoît", "Yasmine", "François"],
           ["Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine", "Chevalier", "Lambert", "Garnier", "Faure", "Mercier", "Benali", "Dubois"]),
    "es": (["Lucía", "Javier", "Carmen", "Alejandro", "Marta", "Sergio", "Nuria", "Álvaro", "Paula", "Iñigo", "Rocío"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Jiménez", "Ortega", "Castillo", "Ibáñez"]),
    "it": (["Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Lorenzo", "Valentina", "Davide", "Sara", "Matteo"],
           ["Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "Esposito", "De Luca"]),
    "pt": (["João", "Ana", "Tiago", "Beatriz", "Rafael", "Mariana", "Gonçalo", "Inês", "Lucas", "Camila"],
           ["Silva", "Santos", "Oliveira", "Pereira", "Costa", "Rodrigues", "Almeida", "Carvalho", "Sousa", "Ferreira", "Magalhães"]),
    "nl": (["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris", "Eva", "Thijs", "Noor", "Sven"],
           ["de Vries", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "de Boer", "Mulder", "van den Berg", "Dekker"]),
    "tr": (["Elif", "Mehmet", "Zeynep", "Burak", "Ayşe", "Emre", "Selin", "Oğuz", "Merve", "Kerem"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"]),
    "ja": (["陽子", "健太", "美咲", "翔太", "由美", "大輔", "さくら", "拓也", "恵", "直樹"],
           ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "山口", "松本"]),
    "zh": (["伟", "芳", "秀英", "敏", "静", "磊", "洋", "婷婷", "志强", "晓明", "思远"],
           ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "欧阳"]),
    "ko": (["민준", "서연", "지훈", "수빈", "현우", "지영", "도윤", "하은", "성민", "유진"],
           ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"]),
    "ar": (["محمد", "فاطمة", "أحمد", "مريم", "خالد", "نورة", "يوسف", "ليلى", "عمر", "سارة"],
           ["العتيبي", "الحربي", "حداد", "منصور", "القحطاني", "السيد", "الشمري", "الزهراني", "النجار"]),
    "hi": (["राहुल", "प्रिया", "अमित", "सुनीता", "विकास", "अंजलि", "रोहित", "नेहा", "संजय", "पूजा"],
           ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "पटेल", "कुमार", "जोशी", "मेहता", "अय्यर"]),
}
FULLNAMES = {
    "ru": ["Анна Смирнова", "Дмитрий Кузнецов", "Ольга Попова", "Сергей Васильев", "Екатерина Соколова",
           "Алексей Морозов", "Наталья Волкова", "Михаил Лебедев", "Татьяна Новикова", "Игорь Фёдоров", "Юлия Павлова"],
    "pl": ["Katarzyna Nowak", "Piotr Wiśniewski", "Agnieszka Wójcik", "Tomasz Kamiński", "Magdalena Lewandowska",
           "Łukasz Zieliński", "Zofia Szymańska", "Krzysztof Dąbrowski", "Joanna Kozłowska", "Michał Jankowski", "Grzegorz Żak"],
}
ROMAN = {
    "ru": ["a.smirnova", "d.kuznetsov", "olga.popova", "s.vasiliev", "ekaterina.sokolova", "morozov.alexey", "n.volkova84"],
    "pl": ["k.nowak", "piotr.wisniewski", "a.wojcik", "tomasz.kaminski", "m.lewandowska", "zofia.szymanska"],
    "ja": ["yoko.sato", "kenta.suzuki", "misaki.takahashi", "shota.tanaka", "yumi_ito", "d.watanabe"],
    "zh": ["wangwei88", "li.fang", "zhang.min", "liu_jing", "chenlei2019", "yang.yang"],
    "ko": ["minjun.kim", "seoyeon.lee", "jihoon.park", "subin.choi", "hyunwoo.jung", "jiyoung_kang"],
    "ar": ["m.alotaibi", "fatima.harbi", "ahmed.haddad", "maryam.mansour", "k.alqahtani", "omar.sayed"],
    "hi": ["rahul.sharma", "priya.verma", "amit.gupta", "sunita.singh", "vikas.patel", "neha.joshi"],
}
PLACEHOLDER_NAMES = {
    "en": ["John Doe", "Jane Doe", "Joe Bloggs", "John Smith"], "de": ["Max Mustermann", "Erika Mustermann"],
    "fr": ["Jean Dupont", "Marie Dupont"], "es": ["Juan Pérez", "Fulano de Tal"], "it": ["Mario Rossi"],
    "pt": ["Fulano de Tal", "João da Silva"], "nl": ["Jan Jansen"], "pl": ["Jan Kowalski"], "tr": ["Ahmet Yılmaz"],
    "ru": ["Иван Иванов", "Иван Петров"], "ja": ["山田太郎", "山田 花子"], "zh": ["张三", "李四"], "ko": ["홍길동"],
    "ar": ["فلان الفلاني"], "hi": ["राम कुमार"],
}
PLACEHOLDER_NAMES["en"] = ["John Doe", "Jane Doe", "Joe Bloggs"]

FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "á": "a",
                      "à": "a", "â": "a", "ã": "a", "í": "i", "ì": "i", "ó": "o", "ò": "o", "ô": "o", "õ": "o",
                      "ú": "u", "ù": "u", "ç": "c", "ñ": "n", "ğ": "g", "ı": "i", "ş": "s", "ł": "l", "ś": "s",
                      "ż": "z", "ź": "z", "ć": "c", "ń": "n", "ą": "a", "ę": "e", "ï": "i", "'": "", "Ö": "O",
                      "Ü": "U", "Ä": "A", "Ç": "C", "Ş": "S", "Ł": "L", "Ż": "Z", "É": "E", "Á": "A", "Í": "I"})


def person(lang):
    if lang in FULLNAMES:
        return ch(FULLNAMES[lang])
    g, f = NAMES[lang]
    gi, fa = ch(g), ch(f)
    if lang == "ja":
        return fa + ch(["", " ", "\u3000"]) + gi
    if lang in ("zh", "ko"):
        return fa + gi
    if lang == "en" and R.random() < 0.15:
        return gi + " " + ch(UP) + ". " + fa
    return gi + " " + fa


DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "brightwater-logistics.com", "hollisandreed.co.uk"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mueller-haustechnik.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "atelier-moreau.fr"],
    "es": ["gmail.com", "telefonica.net", "hotmail.es", "construcciones-ortega.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "studiobianchi.it"],
    "pt": ["sapo.pt", "uol.com.br", "gmail.com", "bol.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "bakkerbouw.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "tr": ["gmail.com", "yandex.com.tr", "hotmail.com", "kayalojistik.com.tr"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru"],
    "ja": ["docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp", "gmail.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"],
    "ko": ["naver.com", "daum.net", "kakao.com", "gmail.com"],
    "ar": ["gmail.com", "outlook.sa", "hotmail.com", "yahoo.com"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in", "outlook.com"],
}
EXAMPLE_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com"]


def local_part(lang, name=None):
    if lang in ROMAN and (name is None or lang in ("ru", "ja", "zh", "ko", "ar", "hi") or R.random() < 0.5):
        return ch(ROMAN[lang])
    if name is None:
        name = person(lang)
    parts = name.lower().translate(FOLD).replace("-", " ").split()
    parts = [re.sub(r"[^a-z0-9]", "", p) for p in parts if p]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        parts = parts + ["x"]
    style = R.randrange(5)
    if style == 0:
        return parts[0] + "." + parts[-1]
    if style == 1:
        return parts[0][0] + parts[-1]
    if style == 2:
        return parts[0] + "_" + parts[-1] + str(R.randint(1, 99))
    if style == 3:
        return parts[-1] + "." + parts[0][0]
    return parts[0] + parts[-1] + str(R.randint(70, 99))


def email(lang, name=None, example=False):
    if example:
        return S("EMAIL_ADDRESS", ch(["jane.doe", "user", "alice", "someone", "john.doe"]) + "@" + ch(EXAMPLE_DOMAINS), False)
    return S("EMAIL_ADDRESS", local_part(lang, name) + "@" + ch(DOMAINS[lang]))


def d(n):
    return rs(DG, n)


def nz(n):
    return ch("123456789") + d(n - 1)


def phone_val(lang):
    intl = R.random() < 0.5
    c = lang
    if lang == "pt":
        c = ch(["pt", "br"])
    if lang == "ar":
        c = ch(["sa", "ae", "eg"])
    if lang == "en":
        c = ch(["us", "us", "uk", "au", "in_en", "ie"])
    if c == "us":
        a, b, e = nz(3), ch("23456789") + d(2), d(4)
        return ch([f"+1 {a}-{b}-{e}", f"({a}) {b}-{e}", f"{a}.{b}.{e}", f"+1 ({a}) {b} {e}", f"{a}-{b}-{e}"])
    if c == "uk":
        n = "7" + d(3) + " " + d(6)
        return ch([f"+44 {n}", f"0{n}", f"+44 20 {d(4)} {d(4)}", f"020 {ch('378')}{d(3)} {d(4)}"])
    if c == "au":
        return ch([f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}"])
    if c == "in_en" or c == "hi":
        x = ch("6789") + d(4)
        return ch([f"+91 {x} {d(5)}", f"0{x} {d(5)}", f"+91-{x}{d(5)}", f"{x} {d(5)}"])
    if c == "ie":
        return ch([f"+353 8{ch('3567')} {d(3)} {d(4)}", f"08{ch('3567')} {d(3)} {d(4)}"])
    if c == "de":
        return ch([f"+49 30 {d(8)}", f"030 {d(8)}", f"+49 151 {d(8)}", f"0151 {d(4)} {d(4)}", f"+49 (0)89 {d(3)} {d(4)}", f"0176-{d(8)}"])
    if c == "fr":
        x = " ".join(d(2) for _ in range(4))
        return f"+33 {ch('67')} {x}" if intl else f"0{ch('1234567')} {x}"
    if c == "es":
        return ch([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}"])
    if c == "it":
        return ch([f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}", f"06 {d(4)} {d(4)}"])
    if c == "pt":
        return ch([f"+351 9{ch('1236')}{d(1)} {d(3)} {d(3)}", f"9{ch('1236')}{d(1)} {d(3)} {d(3)}"])
    if c == "br":
        return ch([f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 (31) 9{d(4)}-{d(4)}"])
    if c == "nl":
        return ch([f"+31 6 {d(8)}", f"06-{d(8)}", f"020 {d(3)} {d(4)}", f"+31 (0)20 {d(3)} {d(4)}"])
    if c == "pl":
        return ch([f"+48 {ch('5678')}{d(2)} {d(3)} {d(3)}", f"{ch('5678')}{d(2)}-{d(3)}-{d(3)}", f"22 {d(3)} {d(2)} {d(2)}"])
    if c == "tr":
        return ch([f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}", f"05{d(2)} {d(3)} {d(4)}"])
    if c == "ru":
        x = "9" + d(2)
        return ch([f"+7 {x} {d(3)}-{d(2)}-{d(2)}", f"8 ({x}) {d(3)}-{d(2)}-{d(2)}", f"+7 ({x}) {d(3)} {d(2)} {d(2)}", f"8-{x}-{d(3)}-{d(2)}-{d(2)}"])
    if c == "ja":
        return ch([f"+81 90-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"080-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 3 {d(4)} {d(4)}"])
    if c == "zh":
        x = "1" + ch("3578") + d(1)
        return ch([f"+86 {x} {d(4)} {d(4)}", f"{x}{d(8)}", f"{x}-{d(4)}-{d(4)}", f"010-{d(8)}"])
    if c == "ko":
        return ch([f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}", f"+82 2 {d(4)} {d(4)}"])
    if c == "sa":
        return ch([f"+966 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"])
    if c == "ae":
        return ch([f"+971 5{d(1)} {d(3)} {d(4)}", f"05{d(1)} {d(3)} {d(4)}"])
    if c == "eg":
        return ch([f"+20 1{ch('0125')} {d(4)} {d(4)}", f"01{ch('0125')} {d(4)} {d(4)}"])
    raise ValueError(c)


def phone(lang, allow_fiction=True):
    if lang == "en" and allow_fiction and R.random() < 0.08:
        return S("PHONE_NUMBER", ch([f"+1 {nz(3)}-555-01{d(2)}", f"(212) 555-01{d(2)}", f"020 7946 0{d(3)}"]), False)
    return S("PHONE_NUMBER", phone_val(lang))


# ---------------------------------------------------------------- cards / iban / ssn
CARD_BRANDS = [("4", 16), ("4", 16), ("4", 13), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
               ("6011", 16), ("65", 16), ("3528", 16), ("3589", 16), ("36", 14), ("62", 16), ("62", 19), ("6759", 18), ("4", 19)]
TEST_PANS = ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "6011111111111117",
             "3530111333300000", "4012888888881881", "5105105105105100", "4000056655665556", "371449635398431"]


def fmt_card(n):
    L_ = len(n)
    st = R.randrange(4)
    if st == 0:
        return n
    sep = " " if st < 3 else "-"
    if L_ == 15:
        g = [4, 6, 5]
    elif L_ == 14:
        g = [4, 6, 4]
    else:
        g = [4] * (L_ // 4) + ([L_ % 4] if L_ % 4 else [])
    out, i = [], 0
    for k in g:
        out.append(n[i:i + k])
        i += k
    return sep.join(out)


def card(test=False):
    if test:
        return S("CREDIT_CARD", fmt_card(ch(TEST_PANS)), False)
    pre, ln = ch(CARD_BRANDS)
    body = pre + d(ln - len(pre) - 1)
    return S("CREDIT_CARD", fmt_card(body + luhn_digit(body)))


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "GB": "4a14n", "IE": "4a14n",
             "PL": "24n", "TR": "5n1n16c", "CH": "5n12c", "AT": "16n", "BE": "12n", "PT": "21n", "SA": "2n18c", "AE": "19n",
             "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "BR": "23n1a1c", "GR": "7n16c", "RO": "4a16c", "LU": "3n13c",
             "HR": "17n", "CZ": "20n", "EG": "25n"}
IBAN_BY_LANG = {"en": ["GB", "IE", "GB", "LU"], "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "LU"], "es": ["ES"],
                "it": ["IT"], "pt": ["PT", "BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "tr": ["TR"], "ru": ["DE", "CZ", "HR"],
                "ja": ["DE", "GB"], "zh": ["DE", "FR"], "ko": ["DE", "GB"], "ar": ["SA", "AE", "EG"], "hi": ["AE", "GB"]}
EXAMPLE_IBANS = ["DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
                 "NL91ABNA0417164300", "ES9121000418450200051332", "IT60X0542811101000000123456", "CH9300762011623852957"]


def iban_raw(cc):
    bban = ""
    for m in re.finditer(r"(\d+)([nac])", IBAN_SPEC[cc]):
        k, t = int(m.group(1)), m.group(2)
        bban += rs(DG if t == "n" else UP if t == "a" else UP + DG, k)
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{bban}"


def fmt_iban(s):
    if R.random() < 0.55:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban(lang, example=False):
    if example:
        return S("IBAN_CODE", fmt_iban(ch(EXAMPLE_IBANS)), False)
    return S("IBAN_CODE", fmt_iban(iban_raw(ch(IBAN_BY_LANG[lang]))))


def bad_iban(lang):
    v = iban_raw(ch(IBAN_BY_LANG[lang]))
    cd = int(v[2:4])
    nd = (cd + R.randint(1, 50)) % 100
    v = v[:2] + f"{nd:02d}" + v[4:]
    if iban_ok(v):
        v = v[:-1] + str((int(v[-1]) + 1) % 10) if v[-1].isdigit() else v[:-1] + ("A" if v[-1] != "A" else "B")
    return L("invalid_iban", fmt_iban(v))


def ssn(example=False):
    if example:
        return S("US_SSN", ch(["078-05-1120", "219-09-9999"]), False)
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    v = f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    if R.random() < 0.15:
        v = v.replace("-", ch([" ", ""]))
    return S("US_SSN", v)


def bad_ssn():
    k = R.randrange(5)
    g, se = f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"
    a = f"{R.randint(1, 665):03d}"
    if k == 0:
        a = "000"
    elif k == 1:
        a = "666"
    elif k == 2:
        a = str(R.randint(900, 999))
    elif k == 3:
        g = "00"
    else:
        se = "0000"
    return L("invalid_ssn", f"{a}-{g}-{se}")


# ---------------------------------------------------------------- ip
def ipv4(doc=False):
    if doc:
        return S("IP_ADDRESS", ch(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254)), False)
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203, 0):
            continue
        return S("IP_ADDRESS", f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}")


def ipv6(doc=False):
    if doc:
        return S("IP_ADDRESS", f"2001:db8:{R.randint(1, 0xffff):x}::{R.randint(1, 0xfff):x}", False)
    pre = ch(["2a01", "2a02", "2001:4860", "2600", "2a00", "2406", "2804", "2409"])
    n = 8 - pre.count(":") - 1
    groups = [f"{R.randint(0, 0xffff):x}" for _ in range(n)]
    full = pre + ":" + ":".join(groups)
    if R.random() < 0.5:
        gs = full.split(":")
        i = R.randint(2, 5)
        full = ":".join(gs[:i]) + "::" + gs[-1]
    return S("IP_ADDRESS", full)


def ip(doc=False):
    return ipv6(doc) if R.random() < 0.3 else ipv4(doc)


# ---------------------------------------------------------------- api keys
def b64(n):
    return rs(AN + "+/", n)


def b64u(n):
    return rs(AN + "-_", n)


def jwt_val():
    hdr = base64.urlsafe_b64encode(json.dumps({"alg": ch(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    pl = {"sub": rs(HX, 8) + "-" + rs(HX, 4), "iat": R.randint(1700000000, 1790000000), "scope": ch(["read:orders", "admin", "api"])}
    p = base64.urlsafe_b64encode(json.dumps(pl, separators=(",", ":")).encode()).decode().rstrip("=")
    return hdr + "." + p + "." + b64u(43)


JWT_EXAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"

VENDORS = [
    ("AWS_ACCESS_KEY_ID", lambda: "AKIA" + rs(UP + "234567", 16)),
    ("AWS_SECRET_ACCESS_KEY", lambda: b64(40)),
    ("GITHUB_TOKEN", lambda: "ghp_" + rs(AN, 36)),
    ("GH_FINE_GRAINED_PAT", lambda: "github_pat_11" + rs(UP + DG, 20) + "_" + rs(AN, 59)),
    ("GITLAB_TOKEN", lambda: "glpat-" + b64u(20)),
    ("SLACK_BOT_TOKEN", lambda: "xoxb-" + d(11) + "-" + d(13) + "-" + rs(AN, 24)),
    ("SLACK_USER_TOKEN", lambda: "xoxp-" + d(11) + "-" + d(11) + "-" + d(13) + "-" + rs(HX, 32)),
    ("STRIPE_SECRET_KEY", lambda: "sk_live_51" + rs(AN, 96)),
    ("STRIPE_RESTRICTED_KEY", lambda: "rk_live_51" + rs(AN, 60)),
    ("STRIPE_WEBHOOK_SECRET", lambda: "whsec_" + rs(AN, 32)),
    ("GOOGLE_MAPS_API_KEY", lambda: "AIza" + b64u(35)),
    ("OPENAI_API_KEY", lambda: "sk-proj-" + b64u(56) + "T3BlbkFJ" + b64u(56)),
    ("ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + b64u(93) + "AA"),
    ("TWILIO_AUTH_TOKEN", lambda: rs(HX, 32)),
    ("TWILIO_API_KEY", lambda: "SK" + rs(HX, 32)),
    ("SENDGRID_API_KEY", lambda: "SG." + b64u(22) + "." + b64u(43)),
    ("NPM_TOKEN", lambda: "npm_" + rs(AN, 36)),
    ("PYPI_API_TOKEN", lambda: "pypi-AgEIcHlwaS5vcmc" + b64u(60)),
    ("DD_API_KEY", lambda: rs(HX, 32)),
    ("NEW_RELIC_API_KEY", lambda: "NRAK-" + rs(UP + DG, 27)),
    ("VAULT_TOKEN", lambda: "hvs." + b64u(24)),
    ("AZURE_STORAGE_KEY", lambda: b64(86) + "=="),
    ("TELEGRAM_BOT_TOKEN", lambda: nz(10) + ":AA" + b64u(33)),
    ("SHOPIFY_ACCESS_TOKEN", lambda: "shpat_" + rs(HX, 32)),
    ("MAILGUN_API_KEY", lambda: "key-" + rs(HX, 32)),
    ("DIGITALOCEAN_TOKEN", lambda: "dop_v1_" + rs(HX, 64)),
    ("HF_TOKEN", lambda: "hf_" + rs(AN, 34)),
    ("DOCKERHUB_TOKEN", lambda: "dckr_pat_" + b64u(27)),
    ("SUPABASE_ACCESS_TOKEN", lambda: "sbp_" + rs(HX, 40)),
    ("NOTION_API_KEY", lambda: "ntn_" + rs(AN, 46)),
    ("POSTMAN_API_KEY", lambda: "PMAK-" + rs(HX, 24) + "-" + rs(HX, 34)),
    ("SQUARE_ACCESS_TOKEN", lambda: "EAAA" + b64u(60)),
    ("GRAFANA_SA_TOKEN", lambda: "glsa_" + rs(AN, 32) + "_" + rs(HX, 8)),
    ("SENTRY_AUTH_TOKEN", lambda: "sntrys_" + rs(AN, 64)),
    ("LINEAR_API_KEY", lambda: "lin_api_" + rs(AN, 40)),
    ("ATLASSIAN_API_TOKEN", lambda: "ATATT3xFfGF0" + b64u(80) + "=" + rs(HX.upper(), 8)),
    ("DOPPLER_TOKEN", lambda: "dp.st.prd." + rs(AN, 40)),
    ("TFE_TOKEN", lambda: rs(AN, 14) + ".atlasv1." + rs(AN, 67)),
    ("AZURE_CLIENT_SECRET", lambda: rs(AN, 3) + "8Q~" + rs(AN + "~._-", 33) + rs(AN, 1)),
    ("CLOUDFLARE_API_TOKEN", lambda: b64u(40)),
    ("DISCORD_BOT_TOKEN", lambda: "M" + b64u(25) + "." + b64u(6) + "." + b64u(38)),
    ("CIRCLECI_TOKEN", lambda: "CCIPAT_" + rs(AN, 22) + "_" + rs(HX, 40)),
    ("PAGERDUTY_API_KEY", lambda: "u+" + b64u(18)),
    ("FIREBASE_SERVER_KEY", lambda: "AAAA" + b64u(7) + ":APA91b" + b64u(134)),
    ("BRAINTREE_ACCESS_TOKEN", lambda: "access_token$production$" + rs(LO + DG, 16) + "$" + rs(HX, 32)),
    ("ALGOLIA_ADMIN_KEY", lambda: rs(HX, 32)),
    ("CONFLUENT_API_SECRET", lambda: b64(64)),
    ("SNYK_TOKEN", lambda: rs(HX, 8) + "-" + rs(HX, 4) + "-" + rs(HX, 4) + "-" + rs(HX, 4) + "-" + rs(HX, 12)),
]
# Note: SNYK-style UUID tokens appear only with an explicit secret variable name.
DOC_KEYS = [("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"), ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            ("STRIPE_SECRET_KEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"), ("JWT", JWT_EXAMPLE),
            ("STRIPE_PUBLISHABLE_KEY", "pk_test_TYooMQauvdEDq54NiTphI7jx")]


def vendor_key():
    name, fn = ch(VENDORS)
    return name, S("API_KEY", fn())


def pem():
    kind = ch(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    first = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
             "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"}[kind]
    nl = 3 if kind == "EC PRIVATE KEY" else R.randint(5, 9)
    lines = [first + b64(64 - len(first))] + [b64(64) for _ in range(nl - 1)] + [b64(R.randint(20, 60)) + ch(["", "=", "=="])]
    return S("API_KEY", f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----")


def password():
    w = ch(["Summer", "Tr0ub4dor", "k8s", "Orion", "pg", "Falcon", "Winter", "Bluebird", "Zebra", "Mango"])
    return S("API_KEY", w + ch(["!", "#", "_", "-", "", "$"]) + rs(AN, R.randint(6, 14)) + ch(["", "!", "9", "%2F"]))


# ---------------------------------------------------------------- look-alikes
def date_val(lang):
    y, m, dd = R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28)
    if lang in ("ja", "zh"):
        return f"{y}年{m}月{dd}日"
    if lang == "ko":
        return f"{y}년 {m}월 {dd}일"
    if lang in ("de", "ru", "pl", "tr"):
        return f"{dd:02d}.{m:02d}.{y}"
    if lang in ("fr", "es", "it", "pt", "ar"):
        return f"{dd:02d}/{m:02d}/{y}"
    if lang in ("nl", "hi"):
        return f"{dd:02d}-{m:02d}-{y}"
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return ch([f"{y}-{m:02d}-{dd:02d}", f"{mon} {dd}, {y}", f"{m}/{dd}/{y}", f"{dd} {mon} {y}"])


def date(lang):
    return L("date", date_val(lang))


def time_(lang="en"):
    h, mi = R.randint(7, 19), ch([0, 15, 30, 45, 10, 50])
    if lang == "en" and R.random() < 0.4:
        return L("time", f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}")
    return L("time", f"{h:02d}:{mi:02d}")


def ts_val():
    return f"{R.randint(2024, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}" + ch(["Z", "." + d(3) + "Z", "+00:00", "+01:00"])


def ts():
    return L("timestamp", ts_val())


def non_luhn(n=16, grouped=True):
    while True:
        v = nz(n)
        if not luhn_ok(v):
            break
    if grouped and n == 16:
        v = " ".join(v[i:i + 4] for i in range(0, 16, 4))
    return L("non_luhn_digits", v)


def uuid_():
    return L("uuid", f"{rs(HX, 8)}-{rs(HX, 4)}-4{rs(HX, 3)}-{ch('89ab')}{rs(HX, 3)}-{rs(HX, 12)}")


def git_sha(short=False):
    return L("git_sha", rs(HX, ch([7, 8, 10, 12])) if short else rs(HX, 40))


def hexdig(n=64):
    return L("hex_digest", rs(HX, n))


def version():
    return L("version", ch([f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 40)}", f"{R.randint(1, 20)}.{R.randint(0, 12)}.{R.randint(0, 9)}",
                            f"{R.randint(1, 5)}.{R.randint(0, 9)}.{R.randint(0, 9)}-rc.{R.randint(1, 4)}", f"10.0.{R.randint(19041, 26100)}.{R.randint(1000, 5000)}",
                            f"{R.randint(2023, 2026)}.{R.randint(1, 12)}.{R.randint(1, 9)}"]))


def order_no():
    while True:
        o = _order_no()
        dd = re.sub(r"[ -]", "", o[2])
        if not (dd.isdigit() and 13 <= len(dd) <= 19 and luhn_ok(dd)):
            return o


def _order_no():
    return L("order_number", ch([f"ORD-{R.randint(2023, 2026)}-{d(6)}", f"#{nz(6)}", f"{ch(UP)}{d(2)}-{d(7)}-{d(7)}", f"SO{nz(8)}", f"{nz(3)}-{d(7)}-{d(7)}"]))


def invoice_no():
    return L("invoice_number", ch([f"INV-{R.randint(2023, 2026)}-{d(4)}", f"RE-{R.randint(2024, 2026)}/{d(5)}", f"FA{d(6)}", f"F-{d(3)}-{d(5)}", f"2025{d(5)}"]))


def ticket():
    return L("ticket_id", ch([f"{ch(['OPS', 'SUP', 'PAY', 'INFRA', 'CS', 'SEC', 'HR'])}-{R.randint(100, 9999)}", f"INC{d(7)}", f"#{nz(5)}", f"CASE-{nz(8)}", f"SR-{nz(6)}"]))


def tracking():
    k = R.randrange(4)
    if k == 0:
        return L("tracking_number", "1Z" + rs(UP + DG, 6) + d(10))
    if k == 1:
        return L("tracking_number", ch(["RR", "LX", "CP", "EE"]) + d(9) + ch(["DE", "FR", "CN", "JP", "PL", "TR", "NL"]))
    if k == 2:
        return L("tracking_number", "JJD" + d(18))
    while True:
        v = nz(ch([12, 14, 15]))
        if not luhn_ok(v):
            return L("tracking_number", v)


def amount(lang):
    a = R.randint(5, 4999)
    c = R.randint(0, 99)
    de_fmt = f"{a:,}".replace(",", ".") + f",{c:02d}"
    tab = {"en": ch([f"${a:,}.{c:02d}", f"£{a:,}.{c:02d}", f"USD {a:,}.{c:02d}"]), "de": de_fmt + " €", "fr": f"{a:,}".replace(",", " ") + f",{c:02d} €",
           "es": de_fmt + " €", "it": "€ " + de_fmt, "pt": ch(["R$ " + de_fmt, de_fmt + " €"]), "nl": "€ " + de_fmt,
           "pl": f"{a:,}".replace(",", " ") + f",{c:02d} zł", "tr": de_fmt + " TL", "ru": f"{a * 10:,}".replace(",", " ") + " ₽",
           "ja": f"¥{a * 100:,}", "zh": f"¥{a:,}.{c:02d}", "ko": f"{a * 1000:,}원", "ar": f"{a:,} ر.س", "hi": f"₹{a * 10:,}"}
    return L("amount", tab[lang])


def masked_card():
    x = d(4)
    return L("masked_value", ch([f"**** **** **** {x}", f"•••• {x}", f"XXXX-XXXX-XXXX-{x}", f"************{x}"]))


def mac():
    sep = ch([":", "-"])
    return L("mac_address", sep.join(rs("0123456789ABCDEF", 2) for _ in range(6)) if R.random() < 0.5 else sep.join(rs(HX, 2) for _ in range(6)))


def hostname():
    return L("hostname", ch([f"api-gw-{d(2)}.prod.internal", f"db-{ch(['primary', 'replica'])}-{R.randint(1, 9)}.{ch(['eu-west-1', 'us-east-2', 'ap-south-1'])}.rds.amazonaws.com",
                             f"worker-{rs(LO + DG, 5)}", f"ip-10-{R.randint(0, 255)}-{R.randint(0, 255)}-{R.randint(1, 254)}.ec2.internal",
                             f"k8s-node-{R.randint(1, 40)}.cluster.local", f"build-agent-{R.randint(1, 20)}.ci.corp", f"redis-{d(2)}.cache.internal"]))


def port():
    return L("port", str(ch([22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9092, 27017, 5672, 9200, 3000])))


def username():
    return L("username", ch(["svc_backup", "deploy-bot", "app_rw", "ci-runner", "readonly", "etl_user", "admin", "root", "grafana", "jenkins", "dependabot[bot]", "postgres"]))


def placeholder():
    return L("placeholder", ch(["<YOUR_API_KEY>", "YOUR_API_KEY_HERE", "${DB_PASSWORD}", "{{customer_email}}", "[REDACTED]", "<redacted>", "sk_live_XXXXXXXXXXXXXXXXXXXX",
                                "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "***", "<PASSWORD>", "changeme", "%API_TOKEN%", "[EMAIL]", "[PHONE]", "[NAME]", "xxx-xx-xxxx", "{{ secrets.NPM_TOKEN }}"]))


def req_id():
    return L("request_id", ch([f"req_{rs(AN, 24)}", f"{rs(HX, 32)}", f"Root=1-{rs(HX, 8)}-{rs(HX, 24)}", f"rid-{d(10)}", f"trace-{rs(HX, 16)}"]))


def org(lang):
    return L("org_name_with_person", ch(P[lang]["org"]))


def invalid_ip():
    return L("invalid_ip", ch([f"{R.randint(256, 999)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(0, 255)}", f"{R.randint(1, 255)}.{R.randint(0, 255)}.{R.randint(300, 999)}.{R.randint(0, 9)}"]))


def otp():
    return L("otp_code", d(6))


def build_no():
    return L("build_number", ch([f"#{R.randint(100, 99999)}", f"{R.randint(2024, 2026)}.{R.randint(1, 12)}.{R.randint(1, 28)}.{R.randint(1, 9)}", f"build-{R.randint(1000, 9999)}"]))


def isbn():
    while True:
        body = "978" + d(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            return L("isbn", f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}")


def file_path():
    return L("file_path", ch(["/var/log/nginx/access.log", "/etc/app/config.yaml", "src/payments/client.py", "C:\\Users\\Public\\report.xlsx", "/home/ci/.cache/pip", "./deploy/values-prod.yaml"]))


def docker_digest():
    return L("image_digest", "sha256:" + rs(HX, 64))


def aws_account():
    return L("cloud_account_id", nz(12))


def arn():
    return L("cloud_resource_id", f"arn:aws:s3:::{ch(['prod-invoices', 'backup-eu', 'ml-artifacts'])}-{rs(LO + DG, 6)}")


def coords():
    return L("coordinates", f"{R.uniform(-60, 60):.4f}, {R.uniform(-170, 170):.4f}")


def phone_ext():
    return L("extension", f"ext. {R.randint(100, 9999)}")


def masked_email():
    return L("masked_value", ch(["j***@g***.com", "a****@outlook.com", "m***.s***@web.de", "k*****@mail.ru", "******@qq.com"]))


def masked_phone():
    return L("masked_value", ch(["+49 *** *** 12 34", "***-***-4821", "+33 6 ** ** ** 17", "010-****-5678", "+1 (***) ***-0199"]))


# ---------------------------------------------------------------- phrase tables
P = {
    "en": dict(sp=" ", hi="Hi,", name="My name is {}.", reach="You can reach me at {} or on {}.", order="My order {} from {} still hasn't arrived.",
               refund="Please refund {} to my account {}.", thanks="Thanks,\n{}", minutes="Minutes of the team meeting, {}", present="Present:",
               action="Action: {} will send the updated figures by {}.", patient="Patient {} is booked for {} at {}. Callback number: {}.",
               hire="New colleague {} starts on {}; work e-mail: {}.", invoice="Invoice {} for {} is due on {}.", translate="Translate the following into Spanish:",
               summarise="Summarise this message in two sentences:", redact="Remove all personal data from the following text:",
               status="Ticket {} has been updated. Version {} will be rolled out on {}.", ship="Your parcel {} has been dispatched and should arrive on {}.",
               code="Your verification code is {}. It expires at {}.", card="The payment with card {} was declined.", masked="Your saved card is shown as {}.",
               visit="See you at {0} on {1}.", lbl=["Name", "Email", "Phone", "IBAN", "Date"],
               org=["Johnson & Johnson", "Ford Motor Company", "Wells Fargo", "Walt Disney World", "Martin Luther King Jr. Boulevard", "Ben & Jerry's",
                    "Dell Technologies", "Abraham Lincoln Presidential Library", "John Lewis", "Marks & Spencer", "Tim Hortons", "Charles Schwab"]),
    "de": dict(sp=" ", hi="Hallo,", name="Mein Name ist {}.", reach="Sie erreichen mich unter {} oder telefonisch unter {}.",
               order="Meine Bestellung {} vom {} ist immer noch nicht angekommen.", refund="Bitte erstatten Sie {} auf mein Konto {}.",
               thanks="Viele Grüße\n{}", minutes="Protokoll der Teambesprechung vom {}", present="Anwesend:",
               action="Aufgabe: {} schickt die aktualisierten Zahlen bis {}.", patient="Patient {} hat einen Termin am {} um {} Uhr. Rückrufnummer: {}.",
               hire="Neue Kollegin {} beginnt am {}; dienstliche E-Mail: {}.", invoice="Rechnung {} über {} ist fällig am {}.",
               translate="Übersetze den folgenden Text ins Englische:", summarise="Fasse diese Nachricht in zwei Sätzen zusammen:",
               redact="Entferne alle personenbezogenen Daten aus dem folgenden Text:", status="Ticket {} wurde aktualisiert. Version {} wird am {} ausgerollt.",
               ship="Ihr Paket {} wurde versendet und sollte am {} ankommen.", code="Ihr Bestätigungscode lautet {}. Er läuft um {} ab.",
               card="Die Zahlung mit der Karte {} wurde abgelehnt.", masked="Ihre gespeicherte Karte wird als {} angezeigt.", visit="Wir sehen uns am {1} im {0}.",
               lbl=["Name", "E-Mail", "Telefon", "IBAN", "Datum"],
               org=["Max-Planck-Institut", "Robert Bosch GmbH", "Goethe-Institut", "Konrad-Adenauer-Stiftung", "Carl Zeiss AG", "Humboldt-Forum", "Porsche Zentrum", "Hugo Boss Outlet"]),
    "fr": dict(sp=" ", hi="Bonjour,", name="Je m'appelle {}.", reach="Vous pouvez me joindre à {} ou au {}.", order="Ma commande {} du {} n'est toujours pas arrivée.",
               refund="Merci de rembourser {} sur mon compte {}.", thanks="Cordialement,\n{}", minutes="Compte rendu de la réunion d'équipe du {}", present="Présents :",
               action="Action : {} enverra les chiffres mis à jour avant le {}.", patient="Le patient {} a rendez-vous le {} à {}. Numéro de rappel : {}.",
               hire="Notre nouvelle collègue {} commence le {} ; e-mail professionnel : {}.", invoice="La facture {} d'un montant de {} est à régler avant le {}.",
               translate="Traduis le texte suivant en anglais :", summarise="Résume ce message en deux phrases :", redact="Supprime toutes les données personnelles du texte suivant :",
               status="Le ticket {} a été mis à jour. La version {} sera déployée le {}.", ship="Votre colis {} a été expédié et devrait arriver le {}.",
               code="Votre code de vérification est {}. Il expire à {}.", card="Le paiement avec la carte {} a été refusé.", masked="Votre carte enregistrée s'affiche sous la forme {}.",
               visit="Rendez-vous devant : {0}, le {1}.", lbl=["Nom", "E-mail", "Téléphone", "IBAN", "Date"],
               org=["Lycée Victor Hugo", "Rue Jean Jaurès", "Fondation Louis Vuitton", "Centre Georges Pompidou", "Aéroport Charles de Gaulle", "Musée Rodin", "Christian Dior Couture"]),
    "es": dict(sp=" ", hi="Hola:", name="Me llamo {}.", reach="Podéis contactarme en {} o en el {}.", order="Mi pedido {} del {} todavía no ha llegado.",
               refund="Por favor, devolved {} a mi cuenta {}.", thanks="Saludos,\n{}", minutes="Acta de la reunión de equipo del {}", present="Asistentes:",
               action="Tarea: {} enviará las cifras actualizadas antes del {}.", patient="El paciente {} tiene cita el {} a las {}. Teléfono de contacto: {}.",
               hire="Nuestra nueva compañera {} empieza el {}; correo corporativo: {}.", invoice="La factura {} por importe de {} vence el {}.",
               translate="Traduce el siguiente texto al inglés:", summarise="Resume este mensaje en dos frases:", redact="Elimina todos los datos personales del siguiente texto:",
               status="El ticket {} se ha actualizado. La versión {} se desplegará el {}.", ship="Tu paquete {} ha salido y debería llegar el {}.",
               code="Tu código de verificación es {}. Caduca a las {}.", card="El pago con la tarjeta {} ha sido rechazado.", masked="Tu tarjeta guardada aparece como {}.",
               visit="Nos vemos en {0} el {1}.", lbl=["Nombre", "Correo", "Teléfono", "IBAN", "Fecha"],
               org=["Estadio Santiago Bernabéu", "Museo Reina Sofía", "Hospital Gregorio Marañón", "Fundación Joan Miró", "Aeropuerto Adolfo Suárez", "Teatro Lope de Vega", "Universidad Carlos III"]),
    "it": dict(sp=" ", hi="Buongiorno,", name="Mi chiamo {}.", reach="Potete contattarmi a {} oppure al {}.", order="Il mio ordine {} del {} non è ancora arrivato.",
               refund="Vi prego di rimborsare {} sul mio conto {}.", thanks="Cordiali saluti,\n{}", minutes="Verbale della riunione del team del {}", present="Presenti:",
               action="Azione: {} invierà i dati aggiornati entro il {}.", patient="Il paziente {} ha un appuntamento il {} alle {}. Numero per il richiamo: {}.",
               hire="La nuova collega {} inizia il {}; e-mail aziendale: {}.", invoice="La fattura {} di {} scade il {}.",
               translate="Traduci il seguente testo in inglese:", summarise="Riassumi questo messaggio in due frasi:", redact="Rimuovi tutti i dati personali dal seguente testo:",
               status="Il ticket {} è stato aggiornato. La versione {} verrà rilasciata il {}.", ship="Il tuo pacco {} è stato spedito e dovrebbe arrivare il {}.",
               code="Il tuo codice di verifica è {}. Scade alle {}.", card="Il pagamento con la carta {} è stato rifiutato.", masked="La tua carta salvata viene mostrata come {}.",
               visit="Ci vediamo presso {0} il {1}.", lbl=["Nome", "E-mail", "Telefono", "IBAN", "Data"],
               org=["Aeroporto Leonardo da Vinci", "Teatro Carlo Felice", "Liceo Galileo Galilei", "Fondazione Giorgio Armani", "Piazza Giuseppe Garibaldi", "Museo Enzo Ferrari", "Università Luigi Bocconi"]),
    "pt": dict(sp=" ", hi="Olá,", name="Chamo-me {}.", reach="Podem contactar-me em {} ou pelo {}.", order="A minha encomenda {} de {} ainda não chegou.",
               refund="Por favor, reembolsem {} na minha conta {}.", thanks="Obrigado,\n{}", minutes="Ata da reunião de equipa de {}", present="Presentes:",
               action="Ação: {} envia os números atualizados até {}.", patient="O utente {} tem consulta marcada para {} às {}. Contacto: {}.",
               hire="A nova colega {} começa a {}; e-mail profissional: {}.", invoice="A fatura {} no valor de {} vence a {}.",
               translate="Traduz o texto seguinte para inglês:", summarise="Resume esta mensagem em duas frases:", redact="Remove todos os dados pessoais do texto seguinte:",
               status="O ticket {} foi atualizado. A versão {} será implementada a {}.", ship="A sua encomenda {} foi expedida e deverá chegar a {}.",
               code="O seu código de verificação é {}. Expira às {}.", card="O pagamento com o cartão {} foi recusado.", masked="O seu cartão guardado aparece como {}.",
               visit="Encontramo-nos em {0} a {1}.", lbl=["Nome", "E-mail", "Telefone", "IBAN", "Data"],
               org=["Fundação Calouste Gulbenkian", "Aeroporto Humberto Delgado", "Estádio José Alvalade", "Avenida Almirante Reis", "Hospital Pedro Hispano", "Ponte Vasco da Gama", "Centro Cultural Oscar Niemeyer"]),
    "nl": dict(sp=" ", hi="Hallo,", name="Mijn naam is {}.", reach="U kunt mij bereiken via {} of op {}.", order="Mijn bestelling {} van {} is nog steeds niet aangekomen.",
               refund="Graag {} terugstorten op mijn rekening {}.", thanks="Met vriendelijke groet,\n{}", minutes="Notulen van het teamoverleg van {}", present="Aanwezig:",
               action="Actie: {} stuurt de bijgewerkte cijfers vóór {}.", patient="Patiënt {} staat ingepland op {} om {}. Terugbelnummer: {}.",
               hire="Nieuwe collega {} begint op {}; zakelijke e-mail: {}.", invoice="Factuur {} van {} vervalt op {}.",
               translate="Vertaal de volgende tekst naar het Engels:", summarise="Vat dit bericht samen in twee zinnen:", redact="Verwijder alle persoonsgegevens uit de volgende tekst:",
               status="Ticket {} is bijgewerkt. Versie {} wordt op {} uitgerold.", ship="Uw pakket {} is verzonden en komt naar verwachting aan op {}.",
               code="Uw verificatiecode is {}. Deze verloopt om {}.", card="De betaling met kaart {} is geweigerd.", masked="Uw opgeslagen kaart wordt weergegeven als {}.",
               visit="Tot ziens bij {0} op {1}.", lbl=["Naam", "E-mail", "Telefoon", "IBAN", "Datum"],
               org=["Van Gogh Museum", "Johan Cruijff ArenA", "Anne Frank Huis", "Erasmus Universiteit", "Albert Heijn", "Piet Heinkade", "Rembrandtplein"]),
    "pl": dict(sp=" ", hi="Dzień dobry,", name="Nazywam się {}.", reach="Można się ze mną skontaktować pod adresem {} lub pod numerem {}.",
               order="Moje zamówienie {} z dnia {} nadal nie dotarło.", refund="Proszę o zwrot {} na moje konto {}.", thanks="Pozdrawiam\n{}",
               minutes="Protokół ze spotkania zespołu z dnia {}", present="Obecni:", action="Zadanie: {} prześle zaktualizowane dane do {}.",
               patient="Pacjent {} jest zapisany na {} o godz. {}. Numer kontaktowy: {}.", hire="Nowa koleżanka {} zaczyna pracę {}; służbowy e-mail: {}.",
               invoice="Faktura {} na kwotę {} jest płatna do {}.", translate="Przetłumacz poniższy tekst na angielski:", summarise="Streść tę wiadomość w dwóch zdaniach:",
               redact="Usuń wszystkie dane osobowe z poniższego tekstu:", status="Zgłoszenie {} zostało zaktualizowane. Wersja {} zostanie wdrożona {}.",
               ship="Twoja paczka {} została nadana i powinna dotrzeć {}.", code="Twój kod weryfikacyjny to {}. Wygasa o {}.", card="Płatność kartą {} została odrzucona.",
               masked="Twoja zapisana karta jest wyświetlana jako {}.", visit="Miejsce spotkania: {0}, {1}.", lbl=["Imię i nazwisko", "E-mail", "Telefon", "IBAN", "Data"],
               org=["Lotnisko Chopina", "Uniwersytet Adama Mickiewicza", "Centrum Nauki Kopernik", "Stadion im. Józefa Piłsudskiego", "Teatr im. Juliusza Słowackiego", "Akademia Leona Koźmińskiego"]),
    "tr": dict(sp=" ", hi="Merhaba,", name="Benim adım {}.", reach="Bana {} adresinden veya {} numarasından ulaşabilirsiniz.", order="{1} tarihli {0} numaralı siparişim hâlâ gelmedi.",
               refund="Lütfen {} tutarını {} hesabıma iade edin.", thanks="Saygılarımla,\n{}", minutes="{} tarihli ekip toplantısı tutanağı", present="Katılımcılar:",
               action="Görev: {} güncel rakamları {} tarihine kadar gönderecek.", patient="Hasta {} için {} tarihinde saat {} randevusu var. Geri arama numarası: {}.",
               hire="Yeni çalışma arkadaşımız {} {} tarihinde başlıyor; iş e-postası: {}.", invoice="{0} numaralı {1} tutarındaki fatura {2} tarihinde ödenmelidir.",
               translate="Aşağıdaki metni İngilizceye çevir:", summarise="Bu mesajı iki cümleyle özetle:", redact="Aşağıdaki metinden tüm kişisel verileri kaldır:",
               status="{0} numaralı talep güncellendi. {1} sürümü {2} tarihinde yayınlanacak.", ship="{0} numaralı kargonuz yola çıktı ve {1} tarihinde teslim edilmesi bekleniyor.",
               code="Doğrulama kodunuz {}. Saat {} itibarıyla geçersiz olacak.", card="{} numaralı kartla yapılan ödeme reddedildi.", masked="Kayıtlı kartınız {} olarak görünüyor.",
               visit="{1} tarihinde {0} önünde buluşalım.", lbl=["Ad Soyad", "E-posta", "Telefon", "IBAN", "Tarih"],
               org=["Sabiha Gökçen Havalimanı", "Mimar Sinan Üniversitesi", "Koç Holding", "Sakıp Sabancı Müzesi", "Yahya Kemal Caddesi", "Cemal Reşit Rey Konser Salonu"]),
    "ru": dict(sp=" ", hi="Здравствуйте!", name="Меня зовут {}.", reach="Со мной можно связаться по адресу {} или по телефону {}.", order="Мой заказ {} от {} до сих пор не доставлен.",
               refund="Пожалуйста, верните {} на мой счёт {}.", thanks="С уважением,\n{}", minutes="Протокол совещания команды от {}", present="Присутствовали:",
               action="Задача: {} пришлёт обновлённые цифры до {}.", patient="Пациент {} записан на {} в {}. Номер для обратного звонка: {}.",
               hire="Новая коллега {} выходит на работу {}; рабочая почта: {}.", invoice="Счёт {} на сумму {} необходимо оплатить до {}.",
               translate="Переведи следующий текст на английский:", summarise="Кратко изложи это сообщение в двух предложениях:", redact="Удали все персональные данные из следующего текста:",
               status="Заявка {} обновлена. Версия {} будет выпущена {}.", ship="Ваша посылка {} отправлена и должна прибыть {}.", code="Ваш код подтверждения: {}. Он действует до {}.",
               card="Оплата картой {} отклонена.", masked="Сохранённая карта отображается как {}.", visit="Встречаемся здесь: {0}, {1}.", lbl=["ФИО", "Эл. почта", "Телефон", "IBAN", "Дата"],
               org=["Библиотека имени Ленина", "Театр имени Вахтангова", "Улица Льва Толстого", "Консерватория имени Чайковского", "Университет имени Ломоносова", "Третьяковская галерея"]),
    "ja": dict(sp="", hi="お世話になっております。", name="{}と申します。", reach="連絡先は{}、または{}までお願いします。", order="{1}に注文した注文番号{0}の商品がまだ届いていません。",
               refund="{}を私の口座{}に返金してください。", thanks="よろしくお願いいたします。\n{}", minutes="{} チーム定例会議 議事録", present="出席者：",
               action="対応：{}が{}までに最新の数値を送付する。", patient="患者{}様は{}の{}に予約があります。折り返し先：{}。", hire="新しく入社する{}さんは{}から勤務開始です。社用メール：{}。",
               invoice="請求書{}（金額{}）の支払期限は{}です。", translate="次の文章を英語に翻訳してください：", summarise="このメッセージを2文で要約してください：",
               redact="次の文章から個人情報をすべて削除してください：", status="チケット{}が更新されました。バージョン{}は{}にリリース予定です。",
               ship="お荷物（追跡番号{}）を発送しました。{}にお届け予定です。", code="認証コードは{}です。{}まで有効です。", card="カード{}でのお支払いは承認されませんでした。",
               masked="登録済みのカードは{}と表示されます。", visit="{1}に{0}でお会いしましょう。", lbl=["氏名", "メール", "電話番号", "IBAN", "日付"],
               org=["野口英世記念館", "夏目漱石記念館", "坂本龍馬記念館", "松下幸之助歴史館", "宮沢賢治記念館", "本田技研工業"]),
    "zh": dict(sp="", hi="您好，", name="我叫{}。", reach="可以通过{}或者{}联系我。", order="我在{1}下的订单{0}到现在还没收到。", refund="请把{}退到我的账户{}。",
               thanks="谢谢！\n{}", minutes="{}团队例会纪要", present="参会人员：", action="待办：{}在{}之前发送最新数据。", patient="患者{}预约在{} {}就诊。回电号码：{}。",
               hire="新同事{}将于{}入职，工作邮箱：{}。", invoice="发票{}，金额{}，付款截止日期为{}。", translate="请把下面的内容翻译成英文：", summarise="请用两句话总结这条消息：",
               redact="请删除以下文本中的所有个人信息：", status="工单{}已更新。版本{}将于{}发布。", ship="您的包裹{}已发出，预计{}送达。", code="您的验证码是{}，{}前有效。",
               card="使用银行卡{}的付款被拒绝。", masked="您保存的卡显示为{}。", visit="{1}在{0}见。", lbl=["姓名", "邮箱", "电话", "IBAN", "日期"],
               org=["中山公园", "鲁迅纪念馆", "逸夫楼", "宋庆龄基金会", "周大福珠宝", "李宁体育用品", "孙中山故居"]),
    "ko": dict(sp=" ", hi="안녕하세요.", name="저는 {}입니다.", reach="{} 또는 {}(으)로 연락 주세요.", order="{1}에 주문한 주문번호 {0} 상품이 아직 도착하지 않았습니다.",
               refund="{}을(를) 제 계좌 {}(으)로 환불해 주세요.", thanks="감사합니다.\n{} 드림", minutes="{} 팀 정기회의 회의록", present="참석자:",
               action="조치: {}님이 {}까지 최신 수치를 보내기로 함.", patient="환자 {}님은 {} {}에 예약되어 있습니다. 회신 번호: {}.", hire="신규 입사자 {}님은 {}부터 근무합니다. 업무용 이메일: {}.",
               invoice="청구서 {}(금액 {})의 납부 기한은 {}입니다.", translate="다음 내용을 영어로 번역해 주세요:", summarise="이 메시지를 두 문장으로 요약해 주세요:",
               redact="다음 텍스트에서 개인정보를 모두 삭제해 주세요:", status="티켓 {}이(가) 업데이트되었습니다. 버전 {}은(는) {}에 배포될 예정입니다.",
               ship="고객님의 택배 {}이(가) 발송되었으며 {}에 도착할 예정입니다.", code="인증번호는 {}입니다. {}까지 유효합니다.", card="카드 {}(으)로 결제가 거절되었습니다.",
               masked="저장된 카드는 {}(으)로 표시됩니다.", visit="{1}에 {0}에서 뵙겠습니다.", lbl=["이름", "이메일", "전화번호", "IBAN", "날짜"],
               org=["세종문화회관", "김대중컨벤션센터", "안중근의사기념관", "백범김구기념관", "윤동주문학관", "충무공이순신기념관"]),
    "ar": dict(sp=" ", hi="مرحباً،", name="اسمي {}.", reach="يمكنكم التواصل معي عبر {} أو على الرقم {}.", order="طلبي رقم {} بتاريخ {} لم يصل حتى الآن.",
               refund="يرجى إعادة مبلغ {} إلى حسابي {}.", thanks="مع خالص التحية،\n{}", minutes="محضر اجتماع الفريق بتاريخ {}", present="الحضور:",
               action="مهمة: سيرسل {} الأرقام المحدثة قبل {}.", patient="المريض {} لديه موعد يوم {} الساعة {}. رقم معاودة الاتصال: {}.",
               hire="تنضم الزميلة الجديدة {} إلينا في {}؛ البريد الإلكتروني للعمل: {}.", invoice="الفاتورة رقم {} بقيمة {} مستحقة الدفع في {}.",
               translate="ترجم النص التالي إلى الإنجليزية:", summarise="لخّص هذه الرسالة في جملتين:", redact="احذف جميع البيانات الشخصية من النص التالي:",
               status="تم تحديث التذكرة {}. سيتم إطلاق الإصدار {} في {}.", ship="تم شحن طردك رقم {} ومن المتوقع وصوله في {}.", code="رمز التحقق الخاص بك هو {}. تنتهي صلاحيته الساعة {}.",
               card="تم رفض الدفع بالبطاقة {}.", masked="تظهر بطاقتك المحفوظة بالشكل {}.", visit="نلتقي في {0} يوم {1}.", lbl=["الاسم", "البريد الإلكتروني", "الهاتف", "IBAN", "التاريخ"],
               org=["مستشفى الملك فيصل التخصصي", "جامعة الملك سعود", "مسجد محمد علي", "شارع الملك فهد", "مطار الملك خالد الدولي", "جامعة الأميرة نورة"]),
    "hi": dict(sp=" ", hi="नमस्ते,", name="मेरा नाम {} है।", reach="आप मुझसे {} या {} पर संपर्क कर सकते हैं।", order="मेरा ऑर्डर {} जो {} को किया था, अभी तक नहीं पहुँचा है।",
               refund="कृपया {} मेरे खाते {} में वापस कर दें।", thanks="धन्यवाद,\n{}", minutes="{} की टीम बैठक का कार्यवृत्त", present="उपस्थित:",
               action="कार्य: {} {} तक अद्यतन आँकड़े भेजेंगे।", patient="मरीज़ {} का अपॉइंटमेंट {} को {} बजे है। कॉलबैक नंबर: {}।",
               hire="नई सहकर्मी {} {} से काम शुरू करेंगी; कार्यालय ईमेल: {}।", invoice="चालान {} ({} की राशि) की देय तिथि {} है।",
               translate="निम्नलिखित पाठ का अंग्रेज़ी में अनुवाद करें:", summarise="इस संदेश को दो वाक्यों में सारांशित करें:", redact="निम्नलिखित पाठ से सभी व्यक्तिगत जानकारी हटा दें:",
               status="टिकट {} अपडेट हो गया है। संस्करण {} {} को जारी किया जाएगा।", ship="आपका पार्सल {} भेज दिया गया है और {} तक पहुँचने की उम्मीद है।",
               code="आपका सत्यापन कोड {} है। यह {} तक मान्य है।", card="कार्ड {} से किया गया भुगतान अस्वीकार कर दिया गया।", masked="आपका सहेजा गया कार्ड {} के रूप में दिखता है।",
               visit="{1} को {0} पर मिलते हैं।", lbl=["नाम", "ईमेल", "फ़ोन", "IBAN", "तारीख"],
               org=["इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा", "जवाहरलाल नेहरू विश्वविद्यालय", "टाटा मेमोरियल अस्पताल", "महात्मा गांधी मार्ग", "छत्रपति शिवाजी महाराज टर्मिनस"]),
}
LANGS_NON_EN = ["de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "ja", "zh", "ko", "ar", "hi"]


def pname(lang):
    return S("PERSON", person(lang))


def placeholder_person(lang):
    return S("PERSON", ch(PLACEHOLDER_NAMES[lang]), False)


# ================================================================ multilingual families (PII)
def m_support_chat(lang):
    p, b, nm = P[lang], B(), person(lang)
    b.t("[").add(time_()).t("] customer: " + p["hi"] + p["sp"]).f(p["name"], S("PERSON", nm)).t(p["sp"])
    b.f(p["order"], order_no(), date(lang)).t(p["sp"]).f(p["reach"], email(lang, nm), phone(lang))
    b.t("\n[").add(time_()).t("] agent: " + p["hi"] + p["sp"]).f(p["ship"], tracking(), date(lang))
    return b


def m_customer_email(lang):
    p, b, nm = P[lang], B(), person(lang)
    b.t("Subject: ").add(order_no()).t("\n\n" + p["hi"] + "\n\n").f(p["name"], S("PERSON", nm)).t(p["sp"])
    b.f(p["refund"], amount(lang), iban(lang)).t(p["sp"]).f(p["reach"], email(lang, nm), phone(lang)).t("\n\n")
    b.f(p["thanks"], S("PERSON", nm))
    return b


def m_meeting_minutes(lang):
    p, b = P[lang], B()
    people = [person(lang) for _ in range(R.randint(2, 4))]
    b.f(p["minutes"], date(lang)).t("\n" + p["present"] + " ")
    for i, x in enumerate(people):
        if i:
            b.t(", ")
        b.s("PERSON", x)
    for x in people[:2]:
        b.t("\n- ").f(p["action"], S("PERSON", x), date(lang))
    if R.random() < 0.5:
        b.t("\n- ").f(p["status"], ticket(), version(), date(lang))
    return b


def m_hr_onboarding(lang):
    p, b, nm = P[lang], B(), person(lang)
    b.f(p["hire"], S("PERSON", nm), date(lang), email(lang, nm)).t("\n" + p["lbl"][2] + ": ").add(phone(lang))
    if R.random() < 0.6:
        b.t("\n" + p["lbl"][3] + ": ").add(iban(lang))
    return b


def m_medical_appointment(lang):
    p, b = P[lang], B()
    b.f(p["patient"], pname(lang), date(lang), time_(lang), phone(lang))
    if R.random() < 0.4:
        b.t("\n" + p["lbl"][1] + ": ").add(email(lang))
    return b


def m_invoice_dispute(lang):
    p, b, nm = P[lang], B(), person(lang)
    b.f(p["invoice"], invoice_no(), amount(lang), date(lang)).t(p["sp"]).f(p["refund"], amount(lang), iban(lang)).t("\n\n").f(p["thanks"], S("PERSON", nm))
    return b


def m_translate_prompt(lang):
    p, b, nm = P[lang], B(), person(lang)
    b.t(p["translate"] + "\n\n\"" + p["hi"] + p["sp"]).f(p["name"], S("PERSON", nm)).t(p["sp"]).f(p["reach"], email(lang, nm), phone(lang)).t("\"")
    return b


def m_summarise_prompt(lang):
    p, b, nm = P[lang], B(), person(lang)
    b.t(p["summarise"] + "\n\n").f(p["order"], order_no(), date(lang)).t(p["sp"]).f(p["refund"], amount(lang), iban(lang)).t("\n").f(p["thanks"], S("PERSON", nm))
    return b


def m_redact_prompt(lang):
    p, b, nm = P[lang], B(), person(lang)
    b.t(p["redact"] + "\n\n").f(p["name"], S("PERSON", nm)).t(p["sp"]).f(p["card"], card(R.random() < 0.15)).t(p["sp"]).f(p["reach"], email(lang, nm), phone(lang))
    return b


def m_web_form(lang):
    p, b, nm = P[lang], B(), person(lang)
    lb = p["lbl"]
    b.t(lb[0] + ": ").s("PERSON", nm).t("\n" + lb[1] + ": ").add(email(lang, nm)).t("\n" + lb[2] + ": ").add(phone(lang))
    if R.random() < 0.6:
        b.t("\n" + lb[3] + ": ").add(iban(lang))
    b.t("\n" + lb[4] + ": ").add(date(lang))
    return b


def m_card_declined(lang):
    p, b = P[lang], B()
    b.t(p["hi"] + p["sp"]).f(p["card"], card(R.random() < 0.2)).t(p["sp"]).f(p["masked"], masked_card()).t("\n").f(p["thanks"], pname(lang))
    return b


def m_placeholder_form(lang):
    p, b = P[lang], B()
    lb = p["lbl"]
    b.t(lb[0] + ": ").add(placeholder_person(lang)).t("\n" + lb[1] + ": ").add(email(lang, example=True))
    b.t("\n" + lb[3] + ": ").add(iban(lang, example=True)).t("\n" + lb[4] + ": ").add(date(lang))
    return b


# ================================================================ multilingual families (clean)
def c_status_update(lang):
    p, b = P[lang], B()
    return b.f(p["status"], ticket(), version(), date(lang))


def c_shipping_notice(lang):
    p, b = P[lang], B()
    b.f(p["ship"], tracking(), date(lang))
    if R.random() < 0.5:
        b.t(p["sp"]).f(p["order"], order_no(), date(lang))
    return b


def c_otp_sms(lang):
    p, b = P[lang], B()
    return b.f(p["code"], otp(), time_(lang))


def c_invoice_reminder(lang):
    p, b = P[lang], B()
    return b.f(p["invoice"], invoice_no(), amount(lang), date(lang)).t(p["sp"]).f(p["masked"], masked_card())


def c_venue_notice(lang):
    p, b = P[lang], B()
    b.f(p["visit"], org(lang), date(lang))
    if R.random() < 0.5:
        b.t("\n").f(p["status"], ticket(), version(), date(lang))
    return b


def c_support_chat_clean(lang):
    p, b = P[lang], B()
    b.t("[").add(time_()).t("] customer: " + p["hi"] + p["sp"]).f(p["order"], order_no(), date(lang))
    b.t("\n[").add(time_()).t("] agent: ").f(p["ship"], tracking(), date(lang))
    return b


def c_translate_prompt_clean(lang):
    p, b = P[lang], B()
    b.t(p["translate"] + "\n\n").f(p["invoice"], invoice_no(), amount(lang), date(lang)).t(p["sp"]).f(p["masked"], masked_card())
    return b


def c_iban_typo(lang):
    p, b = P[lang], B()
    b.t(p["hi"] + p["sp"]).f(p["refund"], amount(lang), bad_iban(lang)).t(p["sp"]).f(p["order"], order_no(), date(lang))
    return b


# ================================================================ English technical families (PII)
def conn_string():
    """returns list of items forming one connection string with a password span"""
    u, h = username(), hostname()
    pw = password()
    k = R.randrange(6)
    if k == 0:
        return ["postgres://", u, ":", pw, "@", h, ":", L("port", "5432"), "/orders"]
    if k == 1:
        return ["mongodb+srv://", u, ":", pw, "@cluster0.", L("hostname", rs(LO + DG, 5) + ".mongodb.net"), "/prod?retryWrites=true"]
    if k == 2:
        return ["redis://:", pw, "@", h, ":", L("port", "6379"), "/0"]
    if k == 3:
        return ["jdbc:mysql://", h, ":", L("port", "3306"), "/crm?user=", u, "&password=", pw]
    if k == 4:
        return ["Server=", h, ";Database=Billing;User Id=", u, ";Password=", pw, ";"]
    return ["DefaultEndpointsProtocol=https;AccountName=", L("username", "st" + rs(LO + DG, 10)), ";AccountKey=", S("API_KEY", b64(86) + "=="), ";EndpointSuffix=core.windows.net"]


def t_env_file(lang):
    b = B()
    b.t("# " + ch(["production", ".env.prod", "copied from the server, please check", "staging secrets"]) + "\n")
    for _ in range(R.randint(2, 4)):
        n, k = vendor_key()
        b.t(n + "=").add(k).t("\n")
    b.t("DATABASE_URL=")
    for it in conn_string():
        b.add(it)
    b.t("\nPORT=").add(port()).t("\nAPP_VERSION=").add(version())
    return b


def t_k8s_secret(lang):
    b = B()
    n, k = vendor_key()
    b.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-api\n  uid: ").add(uuid_()).t("\ntype: Opaque\nstringData:\n  " + n.lower().replace("_", "-") + ": \"").add(k).t("\"\n  db-password: \"").add(password()).t("\"\n---\n# image: registry.internal/payments@").add(docker_digest())
    return b


def t_python_snippet(lang):
    b = B()
    k = R.randrange(3)
    if k == 0:
        b.t("import stripe\n\nstripe.api_key = \"").add(S("API_KEY", ch(VENDORS[7:8])[1]())).t("\"\ncharge = stripe.PaymentIntent.retrieve(\"pi_").add(L("request_id", rs(AN, 24))).t("\")\n")
    elif k == 1:
        b.t("import boto3\n\ns3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"").add(S("API_KEY", VENDORS[0][1]())).t("\",\n    aws_secret_access_key=\"").add(S("API_KEY", VENDORS[1][1]())).t("\",\n)\n")
    else:
        n, kk = vendor_key()
        b.t("import os, requests\n\n" + n + " = \"").add(kk).t("\"  # TODO move to vault\nresp = requests.get(\"https://").add(hostname()).t("/v2/status\", headers={\"Authorization\": f\"Bearer {" + n + "}\"})\n")
    b.t("# why does this return 401? asked by ").add(pname("en"))
    return b


def t_sql_insert(lang):
    b = B()
    b.t("INSERT INTO customers (id, full_name, email, phone, ssn, created_at) VALUES\n")
    n = R.randint(1, 3)
    for i in range(n):
        nm = person("en")
        while "'" in nm:
            nm = person("en")
        b.t("  (" + str(R.randint(1000, 99999)) + ", '").s("PERSON", nm).t("', '").add(email("en", nm)).t("', '").add(phone("en", False)).t("', '").add(ssn(R.random() < 0.1)).t("', '").add(ts()).t("')")
        b.t(",\n" if i < n - 1 else ";")
    return b


def t_csv_export(lang):
    b = B()
    b.t("customer_id,name,email,signup_ip,card,order_ref\n")
    for _ in range(R.randint(2, 4)):
        nm = person("en")
        b.t(str(R.randint(10000, 99999)) + ",").s("PERSON", nm).t(",").add(email("en", nm)).t(",").add(ip()).t(",").add(masked_card() if R.random() < 0.5 else card()).t(",").add(order_no()).t("\n")
    return b


def t_json_export(lang):
    b = B()
    nm = person("en")
    b.t("{\n  \"id\": \"").add(uuid_()).t("\",\n  \"name\": \"").s("PERSON", nm).t("\",\n  \"email\": \"").add(email("en", nm)).t("\",\n  \"phone\": \"").add(phone("en"))
    b.t("\",\n  \"last_login_ip\": \"").add(ip()).t("\",\n  \"created_at\": \"").add(ts()).t("\",\n  \"plan\": \"pro\",\n  \"app_version\": \"").add(version()).t("\"\n}")
    return b


def t_shell_session(lang):
    b = B()
    n, k = vendor_key()
    b.t("$ export " + n + "=").add(k).t("\n$ curl -s -H \"Authorization: Bearer ").add(S("API_KEY", jwt_val() if R.random() < 0.5 else b64u(40)))
    b.t("\" https://api.internal/v1/orders/").add(order_no()).t("\n{\"error\":\"forbidden\",\"request_id\":\"").add(req_id()).t("\"}")
    return b


def t_nginx_log(lang):
    b = B()
    for _ in range(R.randint(2, 4)):
        b.add(ip()).t(" - - [").add(L("timestamp", f"{R.randint(1, 28):02d}/Nov/2025:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000"))
        b.t("] \"" + ch(["GET /api/v1/orders", "POST /login", "GET /healthz", "GET /static/app.js"]) + " HTTP/1.1\" " + ch(["200", "401", "404", "502"]) + " " + str(R.randint(100, 90000)) + " \"-\" \"Mozilla/5.0\"\n")
    return b


def t_app_log(lang):
    b = B()
    for _ in range(R.randint(2, 3)):
        b.t("{\"ts\":\"").add(ts()).t("\",\"level\":\"" + ch(["INFO", "WARN", "ERROR"]) + "\",\"msg\":\"" + ch(["login failed", "password reset requested", "payment authorised", "profile updated"]))
        b.t("\",\"user\":\"").add(email("en")).t("\",\"client_ip\":\"").add(ip()).t("\",\"request_id\":\"").add(req_id()).t("\"}\n")
    return b


def t_incident_report(lang):
    b = B()
    oc = person("en")
    b.t("Incident ").add(ticket()).t(" - credential stuffing against /login\nOn-call: ").s("PERSON", oc).t(" (").add(email("en", oc)).t(")\n")
    b.add(time_()).t(" UTC spike of 401s from ").add(ip()).t(" and ").add(ip()).t("\n").add(time_()).t(" UTC blocked at WAF; affected host ").add(hostname()).t(" running ").add(version())
    return b


def t_pem_chat(lang):
    b = B()
    b.t(ch(["Why does ssh say 'invalid format'? This is the key I pasted:", "Can you check if this key is valid?", "deploy fails with 'error in libcrypto', key below"]) + "\n\n```\n").add(pem()).t("\n```")
    return b


def t_payment_form(lang):
    b = B()
    nm = person("en")
    b.t("Cardholder name: ").s("PERSON", nm).t("\nCard number: ").add(card(R.random() < 0.2)).t("\nExpiry: ").add(L("expiry_date", f"{R.randint(1, 12):02d}/{R.randint(26, 31)}")).t("\nBilling email: ").add(email("en", nm)).t("\nAmount: ").add(amount("en"))
    return b


def t_tax_form(lang):
    b = B()
    nm = person("en")
    b.t("Form W-9 (Rev. ").add(L("date", "March 2024")).t(")\nName: ").s("PERSON", nm).t("\nSocial security number: ").add(ssn(R.random() < 0.15)).t("\nEmployer: ").add(org("en")).t("\nPhone: ").add(phone("en"))
    return b


def t_git_log(lang):
    b = B()
    nm = person(ch(["en", "en", "de", "fr", "es", "pl", "tr"]))
    b.t("commit ").add(git_sha()).t("\nAuthor: ").s("PERSON", nm).t(" <").add(email("en", nm) if R.random() < 0.7 else S("EMAIL_ADDRESS", rs(DG, 8) + "+" + local_part("en", nm).replace(".", "") + "@users.noreply.github.com")).t(">\nDate:   ").add(ts())
    b.t("\n\n    fix(" + ch(["billing", "auth", "ci"]) + "): handle retry, closes ").add(ticket())
    return b


def t_docker_compose(lang):
    b = B()
    b.t("services:\n  db:\n    image: postgres@").add(docker_digest()).t("\n    environment:\n      POSTGRES_USER: ").add(username()).t("\n      POSTGRES_PASSWORD: ").add(password())
    n, k = vendor_key()
    b.t("\n  api:\n    ports:\n      - \"").add(port()).t(":8080\"\n    environment:\n      " + n + ": ").add(k)
    return b


def t_bank_transfer(lang):
    b = B()
    b.t("Transfer confirmation\nBeneficiary: ").add(pname("en")).t("\nIBAN: ").add(iban("en")).t("\nAmount: ").add(amount("en")).t("\nReference: ").add(invoice_no()).t("\nExecution date: ").add(date("en"))
    return b


def t_assistant_reply(lang):
    b = B()
    nm = person(ch(["en", "en", "es", "de", "hi", "zh"]))
    b.t("Sure! Here's a polite follow-up you can send to ").s("PERSON", nm).t(":\n\n> Hi, just checking on ").add(invoice_no()).t(" (").add(amount("en")).t("). You can reply to ").add(email("en")).t(" or call ").add(phone("en")).t(".\n\nLet me know if you want it shorter.")
    return b


def t_hr_note(lang):
    b = B()
    nm = person("en")
    b.t("HR NOTE - CONFIDENTIAL\nEmployee: ").s("PERSON", nm).t("\nSSN: ").add(ssn()).t("\nManager: ").add(pname("en")).t("\nStart date: ").add(date("en")).t("\nEmployee ID: ").add(L("employee_id", "EMP-" + d(6))).t("\nPayroll account: ").add(iban("en") if R.random() < 0.5 else L("placeholder", "on file"))
    return b


def t_api_docs(lang):
    b = B()
    k = R.randrange(2)
    if k == 0:
        b.t("## Quick start\n\n```bash\nexport AWS_ACCESS_KEY_ID=").add(S("API_KEY", DOC_KEYS[0][1], False)).t("\nexport AWS_SECRET_ACCESS_KEY=").add(S("API_KEY", DOC_KEYS[1][1], False))
        b.t("\naws s3 ls --endpoint-url http://").add(ipv4(doc=True)).t(":").add(port()).t("\n```")
    else:
        b.t("Example request:\n\n    curl https://api.stripe.com/v1/charges -u ").add(S("API_KEY", DOC_KEYS[2][1], False)).t(": -d receipt_email=").add(email("en", example=True))
        b.t("\n\nExample token: ").add(S("API_KEY", JWT_EXAMPLE, False)).t(" (decodes to ").add(placeholder_person("en")).t(")")
    return b


def t_ci_log_leak(lang):
    b = B()
    n, k = vendor_key()
    b.t("Run ./scripts/deploy.sh\n+ echo \"using token ").add(k).t("\"\nusing token ").add(k).t("\n+ docker push registry.internal/api:").add(version()).t("\nError: denied (").add(req_id()).t(")")
    return b


def t_ssh_session(lang):
    b = B()
    b.t("$ ssh ").add(username()).t("@").add(ip()).t("\nLast login: ").add(L("timestamp", f"Mon Nov {R.randint(1, 28)} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} 2025")).t(" from ").add(ip())
    b.t("\n[").add(username()).t("@").add(hostname()).t(" ~]$ uptime")
    return b


def t_conn_string_question(lang):
    b = B()
    b.t("My app can't connect, here's the connection string from appsettings.json:\n\n\"ConnectionString\": \"")
    for it in conn_string():
        b.add(it)
    b.t("\"\n\nError: timeout after 30s (").add(req_id()).t(")")
    return b


def t_support_ticket_us(lang):
    b = B()
    nm = person("en")
    b.t("Ticket ").add(ticket()).t("\nFrom: ").s("PERSON", nm).t(" <").add(email("en", nm)).t(">\n\nHi, I was charged twice for order ").add(order_no()).t(". Card: ").add(card()).t(". My SSN ").add(ssn()).t(" was also requested by your agent, is that normal?")
    return b


# ================================================================ English technical families (clean)
def c_ci_log(lang):
    b = B()
    b.t("Run actions/checkout@v4\nHEAD is now at ").add(git_sha(True)).t("\nBuild ").add(build_no()).t(" started at ").add(ts()).t("\n  NPM_TOKEN: ").add(L("masked_value", "***")).t("\nPushed image api:").add(version()).t(" digest: ").add(docker_digest())
    return b


def c_release_notes(lang):
    b = B()
    b.t("Release ").add(version()).t("\n- Fix rounding on invoices (").add(ticket()).t(", ").add(git_sha(True)).t(")\n- New export for ").add(org("en")).t(" partner portal\n- Bump openssl to ").add(version())
    return b


def c_stacktrace(lang):
    b = B()
    b.t("Traceback (most recent call last):\n  File \"").add(file_path()).t("\", line " + str(R.randint(10, 900)) + ", in handle\nConnectionRefusedError: [Errno 111] ").add(hostname()).t(":").add(port()).t("\nrequest_id=").add(req_id()).t(" job=").add(uuid_())
    return b


def c_network_config(lang):
    b = B()
    b.t("interface eth0\n  hwaddr ").add(mac()).t("\n  hostname ").add(hostname()).t("\n  listen ").add(port()).t("\n# bad entry rejected: ").add(invalid_ip())
    return b


def c_k8s_describe(lang):
    b = B()
    b.t("Name:         api-7d9f8-").add(L("pod_name", rs(LO + DG, 5))).t("\nNode:         ").add(hostname()).t("\nStart Time:   ").add(ts()).t("\nImage ID:     ").add(docker_digest()).t("\nController UID: ").add(uuid_())
    return b


def c_env_example(lang):
    b = B()
    b.t("# .env.example - copy to .env and fill in\n")
    for n in ch([["STRIPE_SECRET_KEY", "GITHUB_TOKEN"], ["OPENAI_API_KEY", "DATABASE_PASSWORD"], ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN"]]):
        b.t(n + "=").add(placeholder()).t("\n")
    b.t("PORT=").add(port())
    return b


def c_sql_clean(lang):
    b = B()
    b.t("SELECT order_id, total, status\nFROM orders\nWHERE order_ref = '").add(order_no()).t("'\n  AND created_at > '").add(ts()).t("'\n  AND invoice_no <> '").add(invoice_no()).t("';")
    return b


def c_metrics_json(lang):
    b = B()
    b.t("{\"request_id\":\"").add(req_id()).t("\",\"latency_ms\":" + str(R.randint(3, 2000)) + ",\"service_version\":\"").add(version()).t("\",\"host\":\"").add(hostname()).t("\",\"trace\":\"").add(hexdig(32)).t("\"}")
    return b


def c_assistant_redacted(lang):
    b = B()
    b.t("Here is the redacted text:\n\n\"Hello ").add(L("placeholder", "[NAME]")).t(", your card ").add(masked_card()).t(" was charged ").add(amount("en")).t(" for order ").add(order_no()).t(". Contact us at ").add(L("placeholder", "[EMAIL]")).t(".\"")
    if R.random() < 0.7:
        b.t("\n\nI kept the masked sender ").add(masked_email()).t(" and phone ").add(masked_phone()).t(" as they were.")
    return b


def c_payments_recon(lang):
    b = B()
    b.t("txn_ref,amount,card,status\n")
    for _ in range(R.randint(2, 4)):
        b.add(non_luhn(ch([16, 16, 18]), False)).t(",\"").add(amount("en")).t("\",").add(masked_card()).t("," + ch(["settled", "refunded", "failed"]) + "\n")
    return b


def c_validation_errors(lang):
    b = B()
    b.t("Validation report ").add(uuid_()).t("\n- ssn: ").add(bad_ssn()).t(" rejected (invalid area/group/serial)\n- iban: ").add(bad_iban(ch(LANGS_NON_EN + ["en"]))).t(" rejected (checksum)\n- card: ").add(non_luhn()).t(" rejected (Luhn)")
    return b


def c_aws_cli(lang):
    b = B()
    b.t("$ aws sts get-caller-identity\n{\n    \"Account\": \"").add(aws_account()).t("\",\n    \"Arn\": \"arn:aws:iam::assumed-role/ci-deployer/").add(L("session_name", "gha-" + d(10))).t("\"\n}\n$ aws s3api get-bucket-tagging --bucket-arn ").add(arn()).t("\nrequest id: ").add(req_id())
    return b


def c_bookstore_order(lang):
    b = B()
    b.t("Order ").add(order_no()).t(" confirmed\n1x ISBN ").add(isbn()).t("\n1x ISBN ").add(isbn()).t("\nTotal: ").add(amount("en")).t("\nShips from warehouse ").add(L("warehouse_code", ch(["DE-LEJ1", "US-PHX7", "PL-WRO2"]))).t(" on ").add(date("en"))
    return b


def c_geo_log(lang):
    b = B()
    b.t("geofence check ok: ").add(coords()).t(" device ").add(mac()).t(" firmware ").add(version()).t(" at ").add(ts())
    return b


def c_checksums(lang):
    b = B()
    b.t("SHA256SUMS\n").add(hexdig(64)).t("  app-").add(version()).t("-linux-amd64.tar.gz\n").add(hexdig(64)).t("  app-darwin-arm64.tar.gz\nmd5: ").add(hexdig(32))
    return b


ML_PII = [m_support_chat, m_customer_email, m_meeting_minutes, m_hr_onboarding, m_medical_appointment, m_invoice_dispute, m_translate_prompt,
          m_summarise_prompt, m_redact_prompt, m_web_form, m_card_declined, m_placeholder_form]
ML_CLEAN = [c_status_update, c_shipping_notice, c_otp_sms, c_invoice_reminder, c_venue_notice, c_support_chat_clean, c_translate_prompt_clean, c_iban_typo]
EN_PII = [t_env_file, t_k8s_secret, t_python_snippet, t_sql_insert, t_csv_export, t_json_export, t_shell_session, t_nginx_log, t_app_log, t_incident_report,
          t_pem_chat, t_payment_form, t_tax_form, t_git_log, t_docker_compose, t_bank_transfer, t_assistant_reply, t_hr_note, t_api_docs, t_ci_log_leak,
          t_ssh_session, t_conn_string_question, t_support_ticket_us]
EN_CLEAN = [c_ci_log, c_release_notes, c_stacktrace, c_network_config, c_k8s_describe, c_env_example, c_sql_clean, c_metrics_json, c_assistant_redacted,
            c_payments_recon, c_validation_errors, c_aws_cli, c_bookstore_order, c_geo_log, c_checksums]


def fam_name(fn):
    return fn.__name__[2:]


# ================================================================ validation
DIGIT_KINDS_LUHN = ("non_luhn_digits", "tracking_number", "order_number", "invoice_number", "isbn", "cloud_account_id", "otp_code", "build_number")


def validate(row, clean):
    text = row["text"]
    allv = sorted([(s["start"], s["end"]) for s in row["spans"]] + [(x["start"], x["end"]) for x in row["lookalikes"]])
    for a, b_ in zip(allv, allv[1:]):
        assert a[1] <= b_[0], ("overlap", row["id"])
    for s in row["spans"] + row["lookalikes"]:
        assert text[s["start"]:s["end"]] == s["text"], row["id"]
        assert s["end"] > s["start"] and s["text"] == s["text"].strip()
    for s in row["spans"]:
        v = s["text"]
        if s["type"] == "CREDIT_CARD":
            dd = re.sub(r"[ -]", "", v)
            assert dd.isdigit() and 13 <= len(dd) <= 19 and luhn_ok(dd), v
        elif s["type"] == "IBAN_CODE":
            assert iban_ok(v), v
        elif s["type"] == "US_SSN":
            assert ssn_ok(v), v
    for x in row["lookalikes"]:
        v = x["text"]
        dd = re.sub(r"[ -]", "", v)
        if x["kind"] == "invalid_iban":
            assert not iban_ok(v), v
        if x["kind"] == "invalid_ssn":
            assert not ssn_ok(v), v
        if x["kind"] == "non_luhn_digits" or (dd.isdigit() and 13 <= len(dd) <= 19):
            assert not luhn_ok(dd), v
        if re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) and x["kind"] != "invalid_ssn":
            raise AssertionError(v)
    if clean:
        assert not row["spans"] and row["lookalikes"], row["id"]
    else:
        assert row["spans"], row["id"]
    for key in ("spans", "lookalikes"):
        st = [s["start"] for s in row[key]]
        assert st == sorted(st)
    assert text == text.rstrip()


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "eval_heldout26.jsonl")
    n = N_ROWS
    args = sys.argv[1:]
    if "--out" in args:
        out = args[args.index("--out") + 1]
    if "--n" in args:
        n = int(args[args.index("--n") + 1])
    rows = []
    for i in range(n):
        lang = "en" if R.random() < 0.64 else ch(LANGS_NON_EN)
        clean = R.random() < 0.42
        if lang == "en":
            pool = (ML_CLEAN + EN_CLEAN + EN_CLEAN) if clean else (ML_PII + EN_PII + EN_PII)
        else:
            pool = ML_CLEAN if clean else ML_PII
        fn = ch(pool)
        while True:
            b = fn(lang)
            text, spans, looks = b.build()
            if len(looks) + len(spans) > 0 and (not clean or looks):
                break
        row = {"id": f"heldout26-{i + 1:04d}", "template": f"{fam_name(fn)}.{lang}", "text": text,
               "spans": [{"type": s["type"], "start": s["start"], "end": s["end"], "text": s["text"], "identifying": s["identifying"]} for s in spans],
               "lookalikes": [{"kind": x["kind"], "start": x["start"], "end": x["end"], "text": x["text"]} for x in looks]}
        validate(row, clean)
        rows.append(row)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    with open(out, "wb") as fh:
        fh.write(data)
    # counts
    sp, lk, lg, fam = {}, {}, {}, {}
    nclean = 0
    for r in rows:
        lg[r["template"].split(".")[1]] = lg.get(r["template"].split(".")[1], 0) + 1
        fam[r["template"].split(".")[0]] = fam.get(r["template"].split(".")[0], 0) + 1
        nclean += not r["spans"]
        for s in r["spans"]:
            sp[s["type"]] = sp.get(s["type"], 0) + 1
        for x in r["lookalikes"]:
            lk[x["kind"]] = lk.get(x["kind"], 0) + 1
    err = sys.stderr
    print(f"rows={len(rows)} rows_without_pii={nclean} non_english={len(rows) - lg.get('en', 0)}", file=err)
    print("languages: " + json.dumps(dict(sorted(lg.items())), ensure_ascii=False), file=err)
    print("spans: " + json.dumps(dict(sorted(sp.items()))) + f" total={sum(sp.values())}", file=err)
    print("non_identifying_spans: " + str(sum(1 for r in rows for s in r["spans"] if not s["identifying"])), file=err)
    print("lookalikes: " + json.dumps(dict(sorted(lk.items()))) + f" total={sum(lk.values())}", file=err)
    print(f"families ({len(fam)}): " + json.dumps(dict(sorted(fam.items()))), file=err)
    print("sha256 " + hashlib.sha256(data).hexdigest() + "  " + out, file=err)


if __name__ == "__main__":
    main()
