#!/usr/bin/env python3
"""gen_heldout23.py - blind, hand-designed PII evaluation set generator.

Every name, phrasing, format and value below was written by the author or is
produced by the seeded random generator in this file. No external data, no
name lists, no PII detector. Python 3.11 standard library only.

Usage:  python3 gen_heldout23.py [--out PATH] [--n ROWS]
"""
import argparse
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = 2300231
N_ROWS = 1200
NEG_FRACTION = 0.37

# ---------------------------------------------------------------------------
# Fragment builder: values carry their own labels, offsets are computed.
# ---------------------------------------------------------------------------


class S:
    """A labelled PII span value."""
    __slots__ = ("type", "text", "ident")

    def __init__(self, typ, text, ident=True):
        self.type, self.text, self.ident = typ, text, ident


class L:
    """A look-alike (not PII) value."""
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind, self.text = kind, text


class Frag:
    __slots__ = ("text", "spans", "looks")

    def __init__(self, text="", spans=None, looks=None):
        self.text = text
        self.spans = spans or []
        self.looks = looks or []


PH = re.compile(r"⟦(\w+)⟧")


def _emit(v, parts, spans, looks, pos):
    if v is None:
        return pos
    if isinstance(v, str):
        parts.append(v)
        return pos + len(v)
    if isinstance(v, S):
        parts.append(v.text)
        spans.append({"type": v.type, "start": pos, "end": pos + len(v.text),
                      "text": v.text, "identifying": bool(v.ident)})
        return pos + len(v.text)
    if isinstance(v, L):
        parts.append(v.text)
        looks.append({"kind": v.kind, "start": pos, "end": pos + len(v.text),
                      "text": v.text})
        return pos + len(v.text)
    if isinstance(v, Frag):
        parts.append(v.text)
        for s in v.spans:
            d = dict(s)
            d["start"] += pos
            d["end"] += pos
            spans.append(d)
        for s in v.looks:
            d = dict(s)
            d["start"] += pos
            d["end"] += pos
            looks.append(d)
        return pos + len(v.text)
    if isinstance(v, (list, tuple)):
        for x in v:
            pos = _emit(x, parts, spans, looks, pos)
        return pos
    if isinstance(v, (int, float)):
        return _emit(str(v), parts, spans, looks, pos)
    raise TypeError(repr(v))


def R(fmt, **kw):
    """Render a format string with ⟦name⟧ placeholders into a Frag."""
    parts, spans, looks = [], [], []
    pos = 0
    i = 0
    for m in PH.finditer(fmt):
        lit = fmt[i:m.start()]
        parts.append(lit)
        pos += len(lit)
        pos = _emit(kw[m.group(1)], parts, spans, looks, pos)
        i = m.end()
    parts.append(fmt[i:])
    return Frag("".join(parts), spans, looks)


def J(sep, items):
    out = []
    for k, it in enumerate(items):
        if k:
            out.append(sep)
        out.append(it)
    return R("⟦x⟧", x=out)


def C(*items):
    return R("⟦x⟧", x=list(items))


# ---------------------------------------------------------------------------
# Character helpers
# ---------------------------------------------------------------------------
DIG = string.digits
HEX = "0123456789abcdef"
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
UPNUM = UP + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def pat(r, p):
    """N digit, X digit 2-9, A upper letter, a lower letter, H hex, others literal."""
    out = []
    for ch in p:
        if ch == "N":
            out.append(r.choice(DIG))
        elif ch == "X":
            out.append(r.choice("23456789"))
        elif ch == "A":
            out.append(r.choice(UP))
        elif ch == "H":
            out.append(r.choice(HEX))
        else:
            out.append(ch)
    return "".join(out)


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def maybe(r, p, a, b=""):
    return a if r.random() < p else b


# ---------------------------------------------------------------------------
# Validation helpers
# ---------------------------------------------------------------------------

def luhn_ok(num):
    d = [int(c) for c in num]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix_body):
    for c in DIG:
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


IBAN_SPEC = {
    "AD": "8n12c", "AE": "19n", "AL": "8n16c", "AT": "16n", "BE": "12n",
    "BG": "4a6n8c", "BR": "23n1a1c", "CH": "5n12c", "CY": "8n16c", "CZ": "20n",
    "DE": "18n", "DK": "14n", "EE": "16n", "EG": "25n", "ES": "20n",
    "FI": "14n", "FR": "10n11c2n", "GB": "4a14n", "GR": "7n16c", "HR": "17n",
    "HU": "24n", "IE": "4a14n", "IL": "19n", "IT": "1a10n12c", "KW": "4a22c",
    "LT": "16n", "LU": "3n13c", "LV": "4a13c", "MT": "4a5n18c", "NL": "4a10n",
    "NO": "11n", "PL": "24n", "PT": "21n", "QA": "4a21c", "RO": "4a16c",
    "SA": "2n18c", "SE": "20n", "SI": "15n", "SK": "20n", "TR": "6n16c",
    "UA": "6n19c",
}
# Official total lengths (written independently of the BBAN patterns, used as a cross-check)
IBAN_EXPECTED_LEN = {"AD": 24, "AE": 23, "AL": 28, "AT": 20, "BE": 16, "BG": 22, "BR": 29, "CH": 21, "CY": 28,
                     "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
                     "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IT": 27, "KW": 30, "LT": 20, "LU": 20,
                     "LV": 21, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "QA": 29, "RO": 24, "SA": 24,
                     "SE": 24, "SI": 19, "SK": 24, "TR": 26, "UA": 29}
IBAN_LEN = {}
for _cc, _sp in IBAN_SPEC.items():
    IBAN_LEN[_cc] = 4 + sum(int(n) for n, _ in re.findall(r"(\d+)([nac])", _sp))


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(raw):
    s = raw.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(raw):
    d = re.sub(r"\D", "", raw)
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0

# ---------------------------------------------------------------------------
# PERSON names (invented combinations, written by hand per culture)
# order: "gs" given-surname, "sg" surname-given; sep: joiner
# ---------------------------------------------------------------------------
NAMES = {
    "en": dict(m=["Gareth", "Declan", "Trevor", "Dwayne", "Rhys", "Tobias", "Wyatt", "Colin", "Nathaniel", "Brody", "Malcolm", "Ellis"],
               f=["Hannah", "Megan", "Siobhan", "Courtney", "Bethany", "Imogen", "Lorraine", "Kendra", "Tamsin", "Felicity", "Marisa", "Joanne"],
               sm=["Ashworth", "Pemberton", "Whitlock", "Haskins", "Calloway", "Brennan", "Thornbury", "McAllister", "Fairweather", "Dunmore", "Rutledge", "O'Sullivan", "Blackwood", "Hargreaves"],
               order="gs", sep=" "),
    "de": dict(m=["Jürgen", "Lukas", "Matthias", "Sönke", "Benedikt", "Till", "Florian", "Kai-Uwe", "Henning", "Rüdiger"],
               f=["Annika", "Friederike", "Henrike", "Ilse", "Wiebke", "Anna-Lena", "Svenja", "Gudrun", "Mareike", "Jördis"],
               sm=["Brandstätter", "Höfler", "Kessler", "Vogelsang", "Neumaier", "Strobel", "Wörner", "Großkopf", "von Eschenbach", "Schäfer-Wolff", "Ostermann", "Kleinschmidt"],
               order="gs", sep=" "),
    "fr": dict(m=["Thibault", "Gaëtan", "Aurélien", "Benoît", "Loïc", "Jean-Baptiste", "Yannick", "Mathis"],
               f=["Margaux", "Élodie", "Solène", "Clémence", "Maëlle", "Anne-Sophie", "Océane", "Ghislaine"],
               sm=["Fournier", "Lemaire", "Vasseur", "Chevallier", "Garnier", "Bouchard", "Tessier", "Péron", "Le Goff", "de Villeneuve", "Lefebvre-Marchand"],
               order="gs", sep=" "),
    "es": dict(m=["Alejandro", "Nicolás", "Íñigo", "Joaquín", "Aitor", "Rodrigo", "Emiliano", "Gonzalo"],
               f=["Itziar", "Rocío", "Ximena", "Lucía", "Montserrat", "Guadalupe", "Nerea", "Valentina"],
               sm=["García Olmedo", "Barrientos", "Echeverría", "Quintana", "Santamaría", "del Valle", "de la Fuente", "Iriarte", "Zubizarreta", "Maldonado Ruiz", "Ocampo"],
               order="gs", sep=" "),
    "it": dict(m=["Lorenzo", "Federico", "Matteo", "Gianluca", "Tommaso", "Pierpaolo", "Raffaele"],
               f=["Giulia", "Beatrice", "Chiara", "Ilaria", "Serena", "Annalisa", "Ludovica"],
               sm=["Bianchi", "Lombardi", "Ferraro", "Esposito", "Caruso", "Gallo", "De Luca", "Mancini", "Santoro", "Di Stefano"],
               order="gs", sep=" "),
    "pt": dict(m=["João", "Gonçalo", "Thiago", "Rafael", "Caio", "Vinícius", "Rodrigo"],
               f=["Mariana", "Inês", "Luana", "Beatriz", "Fernanda", "Conceição", "Letícia"],
               sm=["Carvalho", "Nogueira", "Magalhães", "Pereira da Silva", "Tavares", "Assunção", "Figueiredo", "Barbosa", "dos Santos Rocha", "Couto"],
               order="gs", sep=" "),
    "nl": dict(m=["Joost", "Maarten", "Bram", "Sjoerd", "Thijs", "Wouter", "Jeroen"],
               f=["Sanne", "Femke", "Lieke", "Anouk", "Marloes", "Ilse", "Floor"],
               sm=["van der Meulen", "de Vries", "Bakker", "Visser", "van den Heuvel", "Jansen", "Kuipers", "de Graaf", "Mulder", "van Dijk-Hoekstra"],
               order="gs", sep=" "),
    "pl": dict(m=["Wojciech", "Paweł", "Grzegorz", "Bartosz", "Łukasz", "Przemysław"],
               f=["Katarzyna", "Agnieszka", "Małgorzata", "Zofia", "Joanna", "Weronika"],
               sm=["Nowak", "Wiśniewski", "Kowalczyk", "Szymański", "Wójcik", "Lewandowski", "Jabłoński", "Dąbrowski"],
               sf=["Nowak", "Wiśniewska", "Kowalczyk", "Szymańska", "Wójcik", "Lewandowska", "Jabłońska", "Dąbrowska"],
               order="gs", sep=" "),
    "tr": dict(m=["Mehmet", "Burak", "Emre", "Oğuz", "Kerem", "Tolga", "Serkan"],
               f=["Ayşe", "Elif", "Zeynep", "Selin", "Gülşen", "Büşra", "Derya"],
               sm=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Korkmaz"],
               order="gs", sep=" "),
    "ru": dict(m=["Дмитрий", "Сергей", "Алексей", "Игорь", "Павел", "Николай"],
               f=["Анна", "Екатерина", "Ольга", "Наталья", "Татьяна", "Ксения"],
               sm=["Соколов", "Волков", "Лебедев", "Морозов", "Новиков", "Зайцев", "Голубев"],
               sf=["Соколова", "Волкова", "Лебедева", "Морозова", "Новикова", "Зайцева", "Голубева"],
               order="gs", sep=" "),
    "uk": dict(m=["Тарас", "Андрій", "Богдан", "Олексій", "Ярослав"],
               f=["Олена", "Ірина", "Оксана", "Наталія", "Соломія"],
               sm=["Коваленко", "Шевчук", "Бондаренко", "Мельник", "Ткаченко", "Кравець", "Литвиненко"],
               order="gs", sep=" "),
    "ar": dict(m=["محمد", "يوسف", "خالد", "عمر", "طارق", "سامي"],
               f=["فاطمة", "ليلى", "نور", "سارة", "ريم", "هالة"],
               sm=["العتيبي", "الزهراني", "الحربي", "منصور", "الشمري", "حداد", "القحطاني", "بن سعيد"],
               order="gs", sep=" "),
    "ar_lat": dict(m=["Khalid", "Omar", "Yousef", "Tariq", "Hamza", "Samir"],
                   f=["Layla", "Noura", "Rania", "Huda", "Mariam", "Salma"],
                   sm=["Al-Mansouri", "Haddad", "bin Saeed", "Al-Qahtani", "El-Sayed", "Nasrallah", "Abu Zaid", "Al Harthy"],
                   order="gs", sep=" "),
    "zh": dict(m=["晓明", "伟", "洋", "思远", "子轩", "建国", "浩然"],
               f=["静怡", "慧敏", "婷婷", "佳琪", "雨桐", "梦瑶"],
               sm=["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "欧阳"],
               order="sg", sep=""),
    "zh_lat": dict(m=["Xiaoming", "Siyuan", "Zixuan", "Haoran", "Jianguo", "Wei"],
                   f=["Jingyi", "Huimin", "Tingting", "Jiaqi", "Yutong", "Mengyao"],
                   sm=["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"],
                   order="gs", sep=" "),
    "ja": dict(m=["健太", "大輔", "翔太", "直樹", "拓海", "浩二"],
               f=["美咲", "由美", "彩花", "さくら", "真理子", "陽菜"],
               sm=["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林"],
               order="sg", sep=" "),
    "ja_lat": dict(m=["Kenta", "Daisuke", "Shota", "Naoki", "Takumi", "Koji"],
                   f=["Misaki", "Yumi", "Ayaka", "Sakura", "Mariko", "Hina"],
                   sm=["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi"],
                   order="gs", sep=" "),
    "ko": dict(m=["민준", "지훈", "도현", "재원", "현우", "성민"],
               f=["서연", "수빈", "하윤", "지아", "예린", "다은"],
               sm=["김", "이", "박", "최", "정", "강", "윤", "임", "한"],
               order="sg", sep=""),
    "ko_lat": dict(m=["Min-jun", "Ji-hoon", "Do-hyun", "Jae-won", "Hyun-woo"],
                   f=["Seo-yeon", "Su-bin", "Ha-yoon", "Ji-a", "Ye-rin"],
                   sm=["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Lim"],
                   order="sg", sep=" "),
    "hi": dict(m=["राहुल", "अमित", "विकास", "संजय", "अर्जुन"],
               f=["प्रिया", "सुनीता", "नेहा", "कविता", "अंजलि"],
               sm=["शर्मा", "वर्मा", "पटेल", "यादव", "गुप्ता", "सिंह", "मिश्रा"],
               order="gs", sep=" "),
    "in_lat": dict(m=["Rahul", "Venkatesh", "Siddharth", "Arjun", "Harpreet", "Karthik", "Abhishek"],
                   f=["Ananya", "Pooja", "Lakshmi", "Divya", "Harleen", "Meenakshi", "Shreya"],
                   sm=["Sharma", "Iyer", "Subramanian", "Menon", "Reddy", "Kaur", "Chatterjee", "Deshpande", "Nair"],
                   order="gs", sep=" "),
    "sv": dict(m=["Oskar", "Axel", "Gustav", "Linus", "Hampus"],
               f=["Linnea", "Ebba", "Maja", "Saga", "Tilda"],
               sm=["Björklund", "Lindgren", "Sjöström", "Holmqvist", "Engström", "Nyberg", "Åkesson"],
               order="gs", sep=" "),
    "fi": dict(m=["Juha", "Mikko", "Ville", "Teemu", "Antti"],
               f=["Aino", "Sanna", "Eveliina", "Kaisa", "Riikka"],
               sm=["Virtanen", "Mäkinen", "Heikkinen", "Korhonen", "Järvinen", "Lehtonen", "Hämäläinen"],
               order="gs", sep=" "),
    "el": dict(m=["Γιώργος", "Νίκος", "Δημήτρης", "Κώστας", "Σπύρος"],
               f=["Μαρία", "Ελένη", "Κατερίνα", "Δέσποινα", "Βασιλική"],
               sm=["Παπαδόπουλος", "Αλεξίου", "Οικονόμου", "Καραγιάννης", "Νικολαΐδης"],
               sf=["Παπαδοπούλου", "Αλεξίου", "Οικονόμου", "Καραγιάννη", "Νικολαΐδου"],
               order="gs", sep=" "),
    "cs": dict(m=["Tomáš", "Jiří", "Ondřej", "Vojtěch", "Radek"],
               f=["Jana", "Petra", "Lucie", "Tereza", "Markéta"],
               sm=["Dvořák", "Novák", "Procházka", "Kučera", "Černý", "Svoboda"],
               sf=["Dvořáková", "Nováková", "Procházková", "Kučerová", "Černá", "Svobodová"],
               order="gs", sep=" "),
    "vi": dict(m=["Văn Hùng", "Quốc Bảo", "Thanh Tùng", "Minh Khoa", "Đức Anh"],
               f=["Thị Lan", "Minh Châu", "Thu Trang", "Ngọc Ánh", "Bích Ngọc"],
               sm=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Võ"],
               order="sg", sep=" "),
    "id": dict(m=["Budi", "Agus", "Made", "Rizky", "Dimas", "Fajar"],
               f=["Siti", "Rina", "Putu Ayu", "Dewi", "Intan", "Nurul"],
               sm=["Santoso", "Wijaya", "Rahmawati", "Kusumawati", "Suarta", "Pratiwi", "Hidayat", "Nugroho"],
               order="gs", sep=" "),
    "he": dict(m=["איתי", "יונתן", "אורי", "עומר", "אביב"],
               f=["נועה", "מיכל", "תמר", "שירה", "יעל"],
               sm=["כהן", "לוי", "אברהם", "פרץ", "מזרחי", "שפירא", "ביטון"],
               order="gs", sep=" "),
    "ro": dict(m=["Andrei", "Radu", "Bogdan", "Mihai", "Cătălin"],
               f=["Ioana", "Mihaela", "Cristina", "Andreea", "Roxana"],
               sm=["Popescu", "Ionescu", "Dumitrescu", "Stanciu", "Munteanu", "Marinescu", "Constantinescu"],
               order="gs", sep=" "),
    "th": dict(m=["สมชาย", "ธนกร", "วีระพงษ์", "ณัฐวุฒิ"],
               f=["สุดารัตน์", "ปิยะนุช", "กมลชนก", "วรรณา"],
               sm=["ใจดี", "แก้วมณี", "ศรีสุข", "บุญมา", "รัตนพันธ์"],
               order="gs", sep=" "),
    "hu": dict(m=["Bence", "Ádám", "Levente", "Gergely", "Csaba"],
               f=["Zsófia", "Réka", "Eszter", "Boglárka", "Katalin"],
               sm=["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Molnár"],
               order="sg", sep=" "),
    "yo": dict(m=["Adebayo", "Oluwaseun", "Chukwuemeka", "Tunde", "Ifeanyi"],
               f=["Chiamaka", "Folasade", "Ngozi", "Adaeze", "Temitope"],
               sm=["Ogunleye", "Eze", "Adeyemi", "Okonkwo", "Balogun", "Nwachukwu"],
               order="gs", sep=" "),
    "sw": dict(m=["Baraka", "Juma", "Otieno", "Kamau", "Mwangi"],
               f=["Wanjiru", "Amina", "Zawadi", "Neema", "Akinyi"],
               sm=["Kamau", "Otieno", "Njoroge", "Mwakilema", "Odhiambo", "Wekesa"],
               order="gs", sep=" "),
}
for _c in NAMES.values():
    _c.setdefault("sf", _c["sm"])

LATIN_CULTURES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ar_lat", "zh_lat", "ja_lat", "ko_lat",
                  "in_lat", "sv", "fi", "cs", "vi", "id", "ro", "hu", "yo", "sw"]
ALL_CULTURES = list(NAMES.keys())

FAMOUS = ["Ada Lovelace", "Alan Turing", "Marie Curie", "Isaac Newton", "Frida Kahlo", "Mahatma Gandhi",
          "Leonardo da Vinci", "William Shakespeare", "Johann Sebastian Bach", "Simón Bolívar", "Confucius",
          "Murasaki Shikibu", "Ibn Battuta", "Grace Hopper", "Charles Darwin", "Johannes Gutenberg",
          "Cleopatra", "Napoleon Bonaparte", "Wolfgang Amadeus Mozart", "Fyodor Dostoevsky",
          "Johann Wolfgang von Goethe", "Hypatia", "Nicolaus Copernicus", "Galileo Galilei", "Rosalind Franklin",
          "Sun Yat-sen", "Avicenna", "Harriet Tubman", "Srinivasa Ramanujan", "Emmy Noether"]
FAMOUS_NATIVE = {"zh": ["孔子", "孙中山", "李白"], "ru": ["Фёдор Достоевский", "Лев Толстой", "Дмитрий Менделеев"],
                 "ja": ["紫式部", "葛飾北斎"], "ar": ["ابن بطوطة", "ابن سينا"], "el": ["Αριστοτέλης", "Σωκράτης"],
                 "ko": ["세종대왕", "이순신"], "hi": ["महात्मा गांधी"], "he": ["הרמב\"ם"]}
PLACEHOLDER_NAMES = {"en": ["John Doe", "Jane Doe", "John Q. Public"], "de": ["Max Mustermann", "Erika Mustermann"],
                     "es": ["Juan Pérez", "Fulano de Tal"], "pt": ["Fulano de Tal", "João da Silva"],
                     "it": ["Mario Rossi"], "pl": ["Jan Kowalski"], "ru": ["Иван Иванов"], "ja": ["山田 太郎", "山田花子"],
                     "ko": ["홍길동"], "zh": ["张三", "李四"], "fr": ["Jean Dupont"], "nl": ["Jan Jansen"],
                     "sv": ["Sven Svensson"], "fi": ["Matti Meikäläinen"], "tr": ["Ali Veli"]}


def name_parts(r, cult=None, gender=None):
    cult = cult or pick(r, ALL_CULTURES)
    c = NAMES[cult]
    gender = gender or pick(r, ["m", "f"])
    g = pick(r, c[gender])
    s = pick(r, c["sm"] if gender == "m" else c["sf"])
    return cult, g, s


def full_name_str(cult, g, s):
    c = NAMES[cult]
    return (s + c["sep"] + g) if c["order"] == "sg" else (g + c["sep"] + s)


def person(r, cult=None, style=None, gender=None):
    cult, g, s = name_parts(r, cult, gender)
    native_order = NAMES[cult]["order"] == "sg"
    latin = cult in LATIN_CULTURES
    styles = ["full"] * 6 + (["initial", "upper_sur", "comma", "middle", "given"] if latin else ["given"])
    style = style or pick(r, styles)
    if style == "full":
        t = full_name_str(cult, g, s)
    elif style == "initial":
        t = g[0] + ". " + s if not native_order else s + " " + g[0] + "."
    elif style == "upper_sur":
        t = (s.upper() + " " + g) if r.random() < 0.6 else (g + " " + s.upper())
    elif style == "comma":
        t = s + ", " + g
    elif style == "middle":
        t = g + " " + pick(r, UP) + ". " + s
    elif style == "given":
        t = g
    elif style == "lower":
        t = full_name_str(cult, g, s).lower() if r.random() < 0.6 else g.lower()
    elif style == "surname":
        t = s
    else:
        raise ValueError(style)
    return S("PERSON", t, True)


def famous(r, lang=None):
    if lang in FAMOUS_NATIVE and r.random() < 0.6:
        return S("PERSON", pick(r, FAMOUS_NATIVE[lang]), False)
    return S("PERSON", pick(r, FAMOUS), False)


def placeholder_name(r, lang="en"):
    return S("PERSON", pick(r, PLACEHOLDER_NAMES.get(lang, PLACEHOLDER_NAMES["en"])), False)


TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e", "ê": "e",
                          "á": "a", "à": "a", "â": "a", "ã": "a", "í": "i", "ï": "i", "î": "i", "ó": "o", "ô": "o",
                          "õ": "o", "ú": "u", "ñ": "n", "ç": "c", "ł": "l", "ś": "s", "ż": "z", "ź": "z", "ą": "a",
                          "ę": "e", "ć": "c", "ń": "n", "ı": "i", "ş": "s", "ğ": "g", "č": "c", "ř": "r", "ž": "z",
                          "š": "s", "ě": "e", "ů": "u", "ý": "y", "å": "a", "ő": "o", "ű": "u", "ă": "a", "ș": "s",
                          "ț": "t", "'": "", "ø": "o", "æ": "ae", "ị": "i", "ễ": "e", "ạ": "a", "ư": "u", "ơ": "o",
                          "đ": "d", "ọ": "o", "ố": "o", "ầ": "a", "ậ": "a", "ứ": "u", "ấ": "a", "ặ": "a", "ả": "a",
                          "ế": "e", "ồ": "o", "ờ": "o", "ớ": "o", "ắ": "a", "ợ": "o", "ủ": "u", "ũ": "u", "ừ": "u",
                          "ỳ": "y", "ể": "e", "ở": "o", "ổ": "o", "ỗ": "o", "ộ": "o", "ẩ": "a", "ẫ": "a", "ằ": "a",
                          "ẳ": "a", "ẵ": "a", "ề": "e", "ệ": "e", "ỉ": "i", "ĩ": "i", "ỏ": "o", "ụ": "u", "ử": "u",
                          "ữ": "u", "ự": "u", "ỷ": "y", "ỹ": "y", "ỵ": "y", "ẻ": "e", "ẽ": "e", "ẹ": "e", "ò": "o",
                          "ù": "u", "ì": "i", "ỡ": "o", "ỏ": "o"})


def ascii_slug(x):
    x = x.lower().translate(TRANSLIT)
    return re.sub(r"[^a-z0-9]+", "", x)


# ---------------------------------------------------------------------------
# EMAIL
# ---------------------------------------------------------------------------
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.net", "orange.fr", "libero.it",
                "icloud.com", "hotmail.es", "proton.me", "mail.ru", "yandex.ru", "naver.com", "qq.com",
                "163.com", "t-online.de", "free.fr", "uol.com.br", "seznam.cz", "wp.pl", "yahoo.co.jp",
                "fastmail.com", "hey.com", "aol.com", "bigpond.com", "rediffmail.com", "mail.ee", "abv.bg"]
CORP_DOMAINS = ["northwind-logistics.com", "brightpath.io", "kaltwasser-bau.de", "lumenfield.co.uk",
                "atelier-sorel.fr", "ferrovia-sud.it", "tecnored.com.mx", "kuzey-yazilim.com.tr", "novaterra.com.br",
                "hollandse-vaart.nl", "skogsbruk.se", "pohjoistuuli.fi", "vltava-systems.cz", "sakura-shoji.co.jp",
                "hanbit-tech.co.kr", "meridian-health.org", "quarrybank.ac.uk", "palmgrove.ae", "tidewater.com.au",
                "kiboko-pay.co.ke", "lagosfintech.ng", "acmecloud.dev", "stackforge.app", "oakridge-clinic.com"]
DOC_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "corp.example.com", "test.invalid",
               "shop.test", "users.example.org"]


def email(r, name=None, domain=None, doc=False):
    if doc:
        local = pick(r, ["user", "jane.doe", "john", "alice", "bob", "test.user", "someone", "you", "admin", "name.surname"])
        if r.random() < 0.3:
            local += str(r.randint(1, 99))
        return S("EMAIL_ADDRESS", local + "@" + (domain or pick(r, DOC_DOMAINS)), False)
    if name is None:
        _, g, s = name_parts(r, pick(r, LATIN_CULTURES))
    else:
        g, s = name
    g, s = ascii_slug(g) or "mail", ascii_slug(s) or "box"
    local = pick(r, [g + "." + s, g[0] + s, g + "_" + s, g + s[:3] + str(r.randint(1, 99)), s + "." + g[0],
                     g + str(r.randint(70, 2005)), g + "-" + s, s + g[0] + str(r.randint(1, 9)),
                     g + "." + s + "+" + pick(r, ["news", "shop", "github", "bank", "work"])])
    dom = domain or (pick(r, MAIL_DOMAINS) if r.random() < 0.6 else pick(r, CORP_DOMAINS))
    if r.random() < 0.04:
        local = local.upper() if r.random() < 0.5 else local.capitalize()
    return S("EMAIL_ADDRESS", local + "@" + dom, True)


# ---------------------------------------------------------------------------
# PHONE numbers: per country (international, domestic) patterns
# ---------------------------------------------------------------------------
PHONES = {
    "US": (["+1 XNN-XNN-NNNN", "+1 (XNN) XNN-NNNN", "+1XNNXNNNNNN", "+1.XNN.XNN.NNNN", "001 XNN XNN NNNN"],
           ["(XNN) XNN-NNNN", "XNN-XNN-NNNN", "XNN.XNN.NNNN", "1-XNN-XNN-NNNN", "XNN XNN NNNN"]),
    "CA": (["+1 XNN XNN NNNN", "+1-XNN-XNN-NNNN"], ["(XNN) XNN-NNNN"]),
    "GB": (["+44 7NNN NNNNNN", "+44 (0)7NNN NNN NNN", "+447NNNNNNNNN", "+44 20 8NNN NNNN", "+44 161 NNN NNNN"],
           ["07NNN NNNNNN", "07NNN NNN NNN", "020 8NNN NNNN", "0131 NNN NNNN", "0117 NNN NNNN"]),
    "DE": (["+49 151 NNNNNNNN", "+49 (0)171 NNNNNNN", "+49 30 NNNNNNNN", "+49 89 NNNN NNNN", "+4916NNNNNNNNN", "0049 40 NNNNNNN"],
           ["0151 NNNN NNNN", "0176/NNNNNNNN", "030 / NNNN NNNN", "089-NNNNN-NN", "(0221) NNN NN NN"]),
    "FR": (["+33 6 NN NN NN NN", "+33 (0)1 NN NN NN NN", "+33 7 NN NN NN NN", "+336NNNNNNNN", "0033 4 NN NN NN NN"],
           ["06 NN NN NN NN", "06.NN.NN.NN.NN", "01 NN NN NN NN", "07NNNNNNNN", "04-NN-NN-NN-NN"]),
    "ES": (["+34 6NN NNN NNN", "+34 91 NNN NN NN", "+34 7NN NN NN NN", "0034 93 NNN NN NN"],
           ["6NN NNN NNN", "6NN NN NN NN", "91 NNN NN NN", "93-NNN-NN-NN"]),
    "IT": (["+39 3NN NNN NNNN", "+39 06 NNNN NNNN", "+39 02 NNNNNNNN", "+393NNNNNNNNN"],
           ["3NN NNNNNNN", "3NN NNN NNNN", "06 NNNN NNNN", "02-NNNNNNNN"]),
    "NL": (["+31 6 NNNNNNNN", "+31 (0)20 NNN NNNN", "+31 6-NNNN-NNNN"], ["06-NNNNNNNN", "06 NN NN NN NN", "020-NNN NNNN"]),
    "BE": (["+32 4NN NN NN NN", "+32 2 NNN NN NN"], ["04NN NN NN NN", "02 NNN NN NN"]),
    "CH": (["+41 7N NNN NN NN", "+41 44 NNN NN NN"], ["07N NNN NN NN", "044 NNN NN NN"]),
    "AT": (["+43 664 NNNNNNN", "+43 1 NNN NN NN"], ["0664 NNN NN NN", "01/NNN NN NN"]),
    "PL": (["+48 5NN NNN NNN", "+48 22 NNN NN NN", "+48 6NN-NNN-NNN"], ["5NN NNN NNN", "5NN-NNN-NNN", "22 NNN NN NN"]),
    "PT": (["+351 91N NNN NNN", "+351 21 NNN NNNN"], ["91N NNN NNN", "21 NNN NNNN"]),
    "BR": (["+55 11 9NNNN-NNNN", "+55 (21) 9NNNN-NNNN", "+55 31 3NNN-NNNN", "+5511 9NNNNNNNN"],
           ["(11) 9NNNN-NNNN", "(21) 3NNN-NNNN", "11 9NNNN NNNN", "0XX11 9NNNN-NNNN"]),
    "MX": (["+52 55 NNNN NNNN", "+52 1 33 NNNN NNNN", "+52 (81) NNNN-NNNN"], ["55 NNNN NNNN", "(33) NNNN-NNNN"]),
    "AR": (["+54 9 11 NNNN-NNNN", "+54 11 NNNN-NNNN"], ["011 15-NNNN-NNNN"]),
    "IN": (["+91 9NNNN NNNNN", "+91-8NNNNNNNNN", "+91 7NNNN-NNNNN", "+91 22 NNNN NNNN"], ["09NNNN NNNNN", "9NNNNNNNNN", "022-NNNNNNNN"]),
    "CN": (["+86 13N NNNN NNNN", "+86 10 NNNN NNNN", "+86-18N-NNNN-NNNN", "0086 15NNNNNNNNN"], ["13NNNNNNNNN", "13N-NNNN-NNNN", "010-NNNNNNNN", "(021) NNNN NNNN"]),
    "JP": (["+81 90-NNNN-NNNN", "+81 3-NNNN-NNNN", "+81 80 NNNN NNNN", "+8170NNNNNNNN"], ["090-NNNN-NNNN", "03-NNNN-NNNN", "080 NNNN NNNN", "06(NNNN)NNNN"]),
    "KR": (["+82 10-NNNN-NNNN", "+82 2-NNN-NNNN", "+82 10 NNNN NNNN"], ["010-NNNN-NNNN", "02-NNNN-NNNN", "010 NNNN NNNN"]),
    "RU": (["+7 9NN NNN-NN-NN", "+7 (495) NNN-NN-NN", "+7 9NN NNN NN NN", "+79NNNNNNNNN"], ["8 (9NN) NNN-NN-NN", "8 9NN NNN NN NN", "8-495-NNN-NN-NN"]),
    "UA": (["+380 67 NNN NNNN", "+380 (44) NNN-NN-NN", "+38050NNNNNNN"], ["067 NNN NN NN", "(044) NNN-NN-NN"]),
    "TR": (["+90 53N NNN NN NN", "+90 (212) NNN NN NN", "+90 5NN NNN NNNN"], ["053N NNN NN NN", "0532 NNN NNNN", "(0216) NNN NN NN"]),
    "AU": (["+61 4NN NNN NNN", "+61 2 NNNN NNNN", "+61 (0)4NN NNN NNN"], ["04NN NNN NNN", "(02) NNNN NNNN", "03 NNNN NNNN"]),
    "NZ": (["+64 21 NNN NNNN"], ["021 NNN NNNN"]),
    "SA": (["+966 5N NNN NNNN", "+966 11 NNN NNNN"], ["05N NNN NNNN", "011 NNN NNNN"]),
    "AE": (["+971 5N NNN NNNN", "+971 4 NNN NNNN"], ["05N NNN NNNN", "04 NNN NNNN"]),
    "EG": (["+20 10N NNN NNNN", "+20 2 NNNN NNNN"], ["010N NNN NNNN"]),
    "NG": (["+234 80N NNN NNNN", "+234 (0)70N NNN NNNN"], ["080N NNN NNNN", "0803-NNN-NNNN"]),
    "KE": (["+254 7NN NNN NNN", "+254 (0)7NN NNNNNN"], ["07NN NNN NNN"]),
    "ZA": (["+27 8N NNN NNNN", "+27 (0)21 NNN NNNN"], ["08N NNN NNNN", "021 NNN NNNN"]),
    "SE": (["+46 7N NNN NN NN", "+46 8 NNN NNN NN"], ["07N-NNN NN NN", "08-NNN NNN NN"]),
    "FI": (["+358 40 NNNNNNN", "+358 50 NNN NNNN"], ["040 NNN NNNN", "09 NNNN NNNN"]),
    "GR": (["+30 69N NNN NNNN", "+30 210 NNN NNNN"], ["69N NNN NNNN", "210 NNN NNNN"]),
    "IL": (["+972 5N-NNN-NNNN", "+972 3-NNN-NNNN"], ["05N-NNN-NNNN", "03-NNN-NNNN"]),
    "VN": (["+84 9NN NNN NNN", "+84 28 NNNN NNNN"], ["09NN NNN NNN", "028 NNNN NNNN"]),
    "ID": (["+62 81N-NNNN-NNNN", "+62 21 NNNN NNNN"], ["081N NNNN NNNN", "(021) NNNN-NNNN"]),
    "TH": (["+66 8N NNN NNNN", "+66 2 NNN NNNN"], ["08N-NNN-NNNN", "02-NNN-NNNN"]),
    "CZ": (["+420 60N NNN NNN", "+420 2NN NNN NNN"], ["60N NNN NNN"]),
    "HU": (["+36 30 NNN NNNN", "+36 1 NNN NNNN"], ["06 30 NNN NNNN", "06-1-NNN-NNNN"]),
    "RO": (["+40 72N NNN NNN", "+40 21 NNN NNNN"], ["072N NNN NNN", "021 NNN NNNN"]),
    "SG": (["+65 9NNN NNNN", "+65 6NNN NNNN"], ["9NNN NNNN"]),
}
LANG_CC = {"en": ["US", "GB", "CA", "AU", "IE", "NZ", "SG", "IN", "NG", "KE", "ZA"], "de": ["DE", "AT", "CH"],
           "fr": ["FR", "BE", "CH"], "es": ["ES", "MX", "AR"], "it": ["IT"], "pt": ["PT", "BR"], "nl": ["NL", "BE"],
           "pl": ["PL"], "tr": ["TR"], "ru": ["RU"], "uk": ["UA"], "ar": ["SA", "AE", "EG"], "zh": ["CN"],
           "ja": ["JP"], "ko": ["KR"], "hi": ["IN"], "sv": ["SE"], "fi": ["FI"], "el": ["GR"], "cs": ["CZ"],
           "vi": ["VN"], "id": ["ID"], "he": ["IL"], "ro": ["RO"], "th": ["TH"], "hu": ["HU"], "sw": ["KE"]}
PHONES["IE"] = (["+353 8N NNN NNNN", "+353 1 NNN NNNN"], ["08N NNN NNNN", "(01) NNN NNNN"])


def phone(r, cc=None, intl=None, ext=None):
    cc = cc or pick(r, list(PHONES.keys()))
    intl = (r.random() < 0.6) if intl is None else intl
    while True:
        t = pat(r, pick(r, PHONES[cc][0 if intl else 1]))
        if not (cc in ("US", "CA") and re.search(r"555\D?01\d\d", t)):
            break
    if ext is None:
        ext = r.random() < 0.08
    if ext:
        t += pick(r, [" ext. ", " x", " ext ", " Ext. ", ";ext=", " #"]) + pat(r, pick(r, ["NNN", "NN", "NNNN"]))
    return S("PHONE_NUMBER", t, True)


def phone_lang(r, lang, intl=None):
    return phone(r, pick(r, LANG_CC.get(lang, ["US"])), intl)


def phone_fake(r):
    """Fictional / documentation ranges (US 555-01xx, UK Ofcom drama ranges)."""
    t = pat(r, pick(r, ["+1 XNN-555-01NN", "(XNN) 555-01NN", "XNN-555-01NN", "555-01NN", "+1 (XNN) 555-01NN",
                        "07700 900NNN", "+44 7700 900NNN", "+44 20 7946 0NNN", "020 7946 0NNN", "0113 496 0NNN"]))
    return S("PHONE_NUMBER", t, False)


VANITY_WORDS = ["PLUMBER", "GO-FIXIT", "DENTIST", "FLOWERZ", "TAXICAB", "NEW-ROOF", "PIZZA-4U", "CALL-ACE", "LAWYERS", "MOVERS"]


def phone_vanity(r):
    t = pick(r, ["1-8NN-", "+1 8NN ", "(8NN) ", "1 (8NN) "]).replace("NN", pick(r, ["00", "88", "77", "66", "55", "44"])) + pick(r, VANITY_WORDS)
    return S("PHONE_NUMBER", t, False)


DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}


def spoken_digits(r, digits, lang="en", group_sep=None):
    w = DIGIT_WORDS[lang]
    out = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if d == "+":
            out.append({"en": "plus", "es": "más", "de": "plus", "fr": "plus", "it": "più", "pt": "mais"}[lang])
            i += 1
            continue
        if d in " -":
            if group_sep and out and out[-1] != group_sep:
                out.append(group_sep)
            i += 1
            continue
        if lang == "en" and i + 1 < len(digits) and digits[i + 1] == d and r.random() < 0.35:
            out.append("double " + w[int(d)])
            i += 2
            continue
        if lang == "en" and d == "0" and r.random() < 0.5:
            out.append("oh")
        else:
            out.append(w[int(d)])
        i += 1
    s = " ".join(out)
    if group_sep:
        s = s.replace(" " + group_sep + " ", group_sep + " ")
    return s


def phone_spoken(r, lang="en"):
    cc = pick(r, LANG_CC.get(lang, ["US"]))
    raw = phone(r, cc, intl=r.random() < 0.4, ext=False).text
    raw = re.sub(r"[()./]", " ", raw)
    raw = re.sub(r"\s+", " ", raw).strip()
    return S("PHONE_NUMBER", spoken_digits(r, raw, lang, group_sep=pick(r, [None, ","])), True)


# ---------------------------------------------------------------------------
# CREDIT CARDS (Luhn-valid, generated), TEST cards (published, identifying=false)
# ---------------------------------------------------------------------------
CARD_BRANDS = [("visa", ["4"], 16), ("visa13", ["4"], 13), ("mc", ["51", "52", "53", "54", "55", "2221", "2300", "2720"], 16),
               ("amex", ["34", "37"], 15), ("discover", ["6011", "65"], 16), ("jcb", ["3528", "3589"], 16),
               ("diners", ["36", "38"], 14), ("unionpay", ["62"], 16), ("unionpay19", ["62"], 19), ("maestro", ["6759", "5018"], 16)]
TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "6011111111111117",
              "5105105105105100", "4012888888881881", "371449635398431", "4000056655665556", "5200828282828210"]


def fmt_card(r, num, style=None):
    n = len(num)
    style = style or pick(r, ["space", "space", "plain", "dash"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        g = [num[:4], num[4:10], num[10:]]
    elif n == 19:
        g = [num[:4], num[4:8], num[8:12], num[12:16], num[16:]]
    elif n == 13:
        g = [num[:4], num[4:7], num[7:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, n, 4)]
    return sep.join(g)


def card(r, brand=None, style=None):
    b = [x for x in CARD_BRANDS if x[0] == brand][0] if brand else pick(r, CARD_BRANDS)
    pre = pick(r, b[1])
    body = pre + rs(r, DIG, b[2] - len(pre) - 1)
    num = luhn_complete(body)
    return S("CREDIT_CARD", fmt_card(r, num, style), True)


def card_test(r, style=None):
    return S("CREDIT_CARD", fmt_card(r, pick(r, TEST_CARDS), style), False)


def non_luhn(r, n=16, grouped=None):
    while True:
        num = str(r.randint(1, 9)) + rs(r, DIG, n - 1)
        if not luhn_ok(num):
            break
    if grouped is None:
        grouped = r.random() < 0.4
    return L("non_luhn_digits", " ".join(num[i:i + 4] for i in range(0, n, 4)) if grouped else num)


# ---------------------------------------------------------------------------
# IBAN
# ---------------------------------------------------------------------------
IBAN_EXAMPLES = ["DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
                 "NL91ABNA0417164300", "ES9121000418450200051332", "IT60X0542811101000000123456",
                 "CH9300762011623852957", "BE68539007547034", "AT611904300234573201", "GB29NWBK60161331926819"]
LANG_IBAN = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "LU", "CH"], "es": ["ES"], "it": ["IT"], "pt": ["PT", "BR"],
             "nl": ["NL", "BE"], "pl": ["PL"], "tr": ["TR"], "ru": ["LV", "EE"], "uk": ["UA"], "ar": ["SA", "AE", "EG", "QA", "KW"],
             "sv": ["SE"], "fi": ["FI"], "el": ["GR", "CY"], "cs": ["CZ", "SK"], "he": ["IL"], "ro": ["RO"], "hu": ["HU"],
             "en": ["GB", "IE", "MT"], "da": ["DK"], "no": ["NO"], "hr": ["HR"], "sl": ["SI"], "bg": ["BG"], "lt": ["LT"]}


def iban_raw(r, cc=None):
    cc = cc or pick(r, list(IBAN_SPEC.keys()))
    bban = []
    for n, t in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
        for _ in range(int(n)):
            if t == "n":
                bban.append(r.choice(DIG))
            elif t == "a":
                bban.append(r.choice(UP))
            else:
                bban.append(r.choice(DIG) if r.random() < 0.8 else r.choice(UP))
    bban = "".join(bban)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return cc + "%02d" % chk + bban


def fmt_iban(r, raw, style=None):
    style = style or pick(r, ["group", "group", "group", "plain"])
    if style == "plain":
        return raw
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban(r, cc=None, style=None):
    return S("IBAN_CODE", fmt_iban(r, iban_raw(r, cc), style), True)


def iban_lang(r, lang, style=None):
    return iban(r, pick(r, LANG_IBAN.get(lang, list(IBAN_SPEC.keys()))), style)


def iban_example(r, style=None):
    return S("IBAN_CODE", fmt_iban(r, pick(r, IBAN_EXAMPLES), style), False)


def rf_reference(r):
    body = rs(r, DIG, r.randint(8, 14))
    chk = 98 - _iban_num(body + "RF00") % 97
    raw = "RF%02d" % chk + body
    return L("creditor_reference", " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if r.random() < 0.6 else raw)


def bic(r, cc=None):
    cc = cc or pick(r, ["DE", "FR", "ES", "IT", "NL", "GB", "PL", "AT", "CH", "BE", "SE", "PT"])
    return L("bic_code", rs(r, UP, 4) + cc + rs(r, UPNUM, 2) + maybe(r, 0.4, rs(r, UPNUM, 3)))


# ---------------------------------------------------------------------------
# US SSN
# ---------------------------------------------------------------------------

def ssn(r, style=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or pick(r, ["dash"] * 5 + ["space", "plain"])
    sep = {"dash": "-", "space": " ", "plain": ""}[style]
    return S("US_SSN", "%03d%s%02d%s%04d" % (a, sep, g, sep, s), True)


def ssn_example(r):
    return S("US_SSN", pick(r, ["078-05-1120", "123-45-6789", "219-09-9999", "123 45 6789"]), False)


def invalid_ssn(r):
    a = pick(r, ["000", "666", "9" + rs(r, DIG, 2), "%03d" % r.randint(1, 899)])
    g = "00" if a not in ("000", "666") and not a.startswith("9") and r.random() < 0.5 else "%02d" % r.randint(1, 99)
    s = "0000" if g != "00" and a not in ("000", "666") and not a.startswith("9") else "%04d" % r.randint(1, 9999)
    t = a + "-" + g + "-" + s
    assert not ssn_ok(t)
    return L("invalid_ssn", t)


# ---------------------------------------------------------------------------
# IP addresses
# ---------------------------------------------------------------------------
PUB_FIRST = [23, 31, 37, 45, 46, 62, 77, 78, 81, 85, 89, 91, 94, 95, 104, 109, 134, 139, 141, 145, 151, 159, 176,
             178, 185, 188, 193, 195, 212, 213, 217, 51, 52, 54, 64, 66, 67, 68, 71, 72, 73, 74, 82, 86, 87, 88, 90]


def ipv4(r):
    return S("IP_ADDRESS", "%d.%d.%d.%d" % (pick(r, PUB_FIRST), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), True)


def ipv4_private(r):
    t = pick(r, ["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                 "192.168.%d.%d" % (r.randint(0, 20), r.randint(1, 254)),
                 "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                 "127.0.0.1", "100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254))])
    return S("IP_ADDRESS", t, False)


def ipv4_doc(r):
    return S("IP_ADDRESS", pick(r, ["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254)), False)


V6_PREFIX = ["2a01:4f8", "2a02:c207", "2600:1f18", "2604:a880", "2001:41d0", "2a00:1450", "2406:da14", "2a03:2880",
             "2001:470", "2a0a:e5c0", "2403:6200", "2800:3f0", "2c0f:fb50", "2402:800"]


def v6_compress(groups):
    best_i, best_n, i = -1, 0, 0
    while i < 8:
        if groups[i] == "0":
            j = i
            while j < 8 and groups[j] == "0":
                j += 1
            if j - i > best_n and j - i >= 2:
                best_i, best_n = i, j - i
            i = j
        else:
            i += 1
    if best_i < 0:
        return ":".join(groups)
    return ":".join(groups[:best_i]) + "::" + ":".join(groups[best_i + best_n:])


def ipv6(r, style=None):
    pre = pick(r, V6_PREFIX).split(":")
    groups = [g.lstrip("0") or "0" for g in pre]
    while len(groups) < 8:
        groups.append("%x" % r.randint(0, 0xffff) if r.random() < 0.55 else "0")
    if r.random() < 0.5:
        groups[-1] = "%x" % r.randint(1, 0xffff)
    style = style or pick(r, ["comp", "comp", "comp", "full", "upper"])
    if style == "full":
        t = ":".join(g.zfill(4) for g in groups)
    elif style == "upper":
        t = v6_compress(groups).upper()
    else:
        t = v6_compress(groups)
    return S("IP_ADDRESS", t, True)


def ipv6_doc(r):
    gs = ["2001", "db8"] + ["%x" % r.randint(0, 0xffff) if r.random() < 0.3 else "0" for _ in range(5)] + ["%x" % r.randint(1, 0xfff)]
    return S("IP_ADDRESS", v6_compress(gs), False)


def ipv6_linklocal(r, zone=None):
    t = "fe80::%x:%x:%x:%x" % (r.randint(0x1000, 0xffff), r.randint(0x10, 0xffff), r.randint(0x10, 0xffff), r.randint(1, 0xffff))
    if zone:
        t += "%" + zone
    return S("IP_ADDRESS", t, False)


def ip_any(r):
    x = r.random()
    if x < 0.45:
        return ipv4(r)
    if x < 0.7:
        return ipv6(r)
    if x < 0.85:
        return ipv4_private(r)
    return ipv4_doc(r) if r.random() < 0.6 else ipv6_doc(r)

# ---------------------------------------------------------------------------
# API keys / tokens / secrets (random bodies, realistic prefixes & lengths)
# ---------------------------------------------------------------------------

def _jwt_part(r, n):
    return rs(r, B64URL, n)


KEYGEN = {
    "aws_akid": lambda r: pick(r, ["AKIA", "ASIA"]) + rs(r, UP + "234567", 16),
    "aws_secret": lambda r: rs(r, B64, 40),
    "github_pat": lambda r: "ghp_" + rs(r, ALNUM, 36),
    "github_fine": lambda r: "github_pat_" + rs(r, UPNUM, 22) + "_" + rs(r, ALNUM, 59),
    "github_oauth": lambda r: pick(r, ["gho_", "ghs_", "ghu_"]) + rs(r, ALNUM, 36),
    "gitlab": lambda r: "glpat-" + rs(r, ALNUM + "-_", 20),
    "slack_bot": lambda r: "xoxb-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 13) + "-" + rs(r, ALNUM, 24),
    "slack_user": lambda r: "xoxp-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 13) + "-" + rs(r, HEX, 32),
    "stripe_sk": lambda r: pick(r, ["sk_live_", "rk_live_"]) + rs(r, ALNUM, pick(r, [24, 34, 99])),
    "stripe_test": lambda r: "sk_test_" + rs(r, ALNUM, pick(r, [24, 99])),
    "openai": lambda r: "sk-proj-" + rs(r, ALNUM + "-_", 124) if r.random() < 0.5 else "sk-" + rs(r, ALNUM, 48),
    "anthropic": lambda r: "sk-ant-api03-" + rs(r, ALNUM + "-_", 93) + "AA",
    "google": lambda r: "AIza" + rs(r, ALNUM + "-_", 35),
    "twilio_sk": lambda r: "SK" + rs(r, HEX, 32),
    "twilio_token": lambda r: rs(r, HEX, 32),
    "sendgrid": lambda r: "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43),
    "mailgun": lambda r: "key-" + rs(r, HEX, 32),
    "npm": lambda r: "npm_" + rs(r, ALNUM, 36),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 120),
    "hf": lambda r: "hf_" + rs(r, string.ascii_letters, 34),
    "shopify": lambda r: pick(r, ["shpat_", "shpss_"]) + rs(r, HEX, 32),
    "digitalocean": lambda r: "dop_v1_" + rs(r, HEX, 64),
    "datadog": lambda r: rs(r, HEX, 32),
    "telegram": lambda r: str(r.randint(100000000, 9999999999)) + ":AA" + rs(r, ALNUM + "-_", 33),
    "discord": lambda r: rs(r, "MNO", 1) + rs(r, ALNUM, 23) + "." + rs(r, ALNUM + "-_", 6) + "." + rs(r, ALNUM + "-_", 38),
    "azure_key": lambda r: rs(r, B64, 86) + "==",
    "jwt": lambda r: "eyJhbGciOiJ" + pick(r, ["IUzI1NiIsInR5cCI6IkpXVCJ9", "SUzI1NiIsInR5cCI6IkpXVCJ9", "IUzI1NiIsImtpZCI6I"]) + "." + "eyJ" + _jwt_part(r, r.randint(60, 180)) + "." + _jwt_part(r, 43),
    "heroku": lambda r: "HRKU-" + rs(r, ALNUM + "-_", 60) if r.random() < 0.3 else "%s-%s-%s-%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12)),
    "linear": lambda r: "lin_api_" + rs(r, ALNUM, 40),
    "notion": lambda r: "secret_" + rs(r, ALNUM, 43) if r.random() < 0.5 else "ntn_" + rs(r, ALNUM, 46),
    "atlassian": lambda r: "ATATT3xFfGF0" + rs(r, ALNUM + "-_=", 180),
    "vault": lambda r: "hvs." + rs(r, ALNUM + "_-", 90),
    "doppler": lambda r: "dp.st." + rs(r, ALNUM, 43),
    "pagerduty": lambda r: "u+" + rs(r, ALNUM + "_-", 18),
    "mapbox": lambda r: "sk.eyJ1Ijoi" + rs(r, B64URL, 50) + "." + rs(r, B64URL, 22),
    "cloudflare": lambda r: rs(r, ALNUM + "_-", 40),
    "square": lambda r: "EAAA" + rs(r, ALNUM + "-_", 60),
    "basic_auth": None,  # built in templates
}
KEY_LABEL = {"aws_akid": "AWS access key id", "aws_secret": "AWS secret access key", "github_pat": "GitHub token",
             "github_fine": "GitHub fine-grained token", "github_oauth": "GitHub OAuth token", "gitlab": "GitLab PAT",
             "slack_bot": "Slack bot token", "slack_user": "Slack user token", "stripe_sk": "Stripe secret key",
             "stripe_test": "Stripe test key", "openai": "OpenAI key", "anthropic": "Anthropic key", "google": "Google API key",
             "twilio_sk": "Twilio API key", "twilio_token": "Twilio auth token", "sendgrid": "SendGrid key",
             "mailgun": "Mailgun key", "npm": "npm token", "pypi": "PyPI token", "hf": "Hugging Face token",
             "shopify": "Shopify admin token", "digitalocean": "DigitalOcean token", "datadog": "Datadog API key",
             "telegram": "Telegram bot token", "discord": "Discord bot token", "azure_key": "Azure storage key",
             "jwt": "JWT", "heroku": "Heroku API key", "linear": "Linear API key", "notion": "Notion token",
             "atlassian": "Atlassian API token", "vault": "Vault token", "doppler": "Doppler service token",
             "pagerduty": "PagerDuty key", "mapbox": "Mapbox secret token", "cloudflare": "Cloudflare API token",
             "square": "Square access token"}
KEY_ENV = {"aws_akid": "AWS_ACCESS_KEY_ID", "aws_secret": "AWS_SECRET_ACCESS_KEY", "github_pat": "GITHUB_TOKEN",
           "github_fine": "GH_TOKEN", "github_oauth": "GITHUB_OAUTH_TOKEN", "gitlab": "GITLAB_TOKEN",
           "slack_bot": "SLACK_BOT_TOKEN", "slack_user": "SLACK_USER_TOKEN", "stripe_sk": "STRIPE_SECRET_KEY",
           "stripe_test": "STRIPE_TEST_KEY", "openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY",
           "google": "GOOGLE_MAPS_API_KEY", "twilio_sk": "TWILIO_API_KEY", "twilio_token": "TWILIO_AUTH_TOKEN",
           "sendgrid": "SENDGRID_API_KEY", "mailgun": "MAILGUN_API_KEY", "npm": "NPM_TOKEN", "pypi": "TWINE_PASSWORD",
           "hf": "HF_TOKEN", "shopify": "SHOPIFY_ACCESS_TOKEN", "digitalocean": "DIGITALOCEAN_TOKEN", "datadog": "DD_API_KEY",
           "telegram": "TELEGRAM_BOT_TOKEN", "discord": "DISCORD_TOKEN", "azure_key": "AZURE_STORAGE_KEY", "jwt": "AUTH_JWT",
           "heroku": "HEROKU_API_KEY", "linear": "LINEAR_API_KEY", "notion": "NOTION_TOKEN", "atlassian": "JIRA_API_TOKEN",
           "vault": "VAULT_TOKEN", "doppler": "DOPPLER_TOKEN", "pagerduty": "PAGERDUTY_TOKEN", "mapbox": "MAPBOX_SECRET",
           "cloudflare": "CF_API_TOKEN", "square": "SQUARE_ACCESS_TOKEN"}
KEY_KINDS = [k for k in KEYGEN if KEYGEN[k] is not None]


def apikey(r, kind=None):
    kind = kind or pick(r, KEY_KINDS)
    return S("API_KEY", KEYGEN[kind](r), True), kind


def key(r, kind=None):
    return apikey(r, kind)[0]


FAKE_KEYS = ["sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AKIAIOSFODNN7EXAMPLE",
             "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
             "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX", "xoxb-000000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX",
             "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
             "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
             "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "glpat-xxxxxxxxxxxxxxxxxxxx",
             "npm_000000000000000000000000000000000000", "sk_live_0000000000000000EXAMPLE"]


def key_fake(r):
    return S("API_KEY", pick(r, FAKE_KEYS), False)


PW_WORDS = ["Sommer", "tiger", "Blue", "harbor", "Kaffee", "mango", "Falcon", "winter", "Pixel", "Otter", "lemon",
            "Rocket", "Sonnen", "gato", "Luna", "Dragon", "chaton", "Nebel", "Quokka", "sakura", "Mariposa", "Zebra",
            "Kartoffel", "pastel", "Monsun", "cedar", "Bifrost", "copper", "Aurora", "Velvet"]
PW_SYM = "!#$%&*+-.?@^_~="
PW_SYM_URL = "!-_.~*"


def password(r, url_safe=False):
    sym = PW_SYM_URL if url_safe else PW_SYM
    x = r.random()
    if x < 0.4:
        w = pick(r, PW_WORDS)
        if r.random() < 0.4:
            w = w.replace("a", "@" if not url_safe else "4").replace("o", "0").replace("e", "3")
        t = w + pick(r, ["", pick(r, PW_WORDS).lower()]) + str(r.randint(1, 2026)) + r.choice(sym)
    elif x < 0.7:
        t = rs(r, ALNUM + sym, r.randint(12, 24))
    elif x < 0.85:
        t = "-".join(pick(r, PW_WORDS).lower() for _ in range(r.randint(3, 4))) + str(r.randint(1, 99))
    else:
        t = rs(r, ALNUM, r.randint(16, 32))
    return S("API_KEY", t, True)


def password_fake(r):
    return S("API_KEY", pick(r, ["correcthorsebatterystaple", "hunter2", "P@ssw0rd", "password123", "changeme", "secret", "admin123", "letmein"]), False)


# ---------------------------------------------------------------------------
# Look-alikes
# ---------------------------------------------------------------------------

def uuid4(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + pick(r, "89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


LK = {
    "order_number": lambda r: pick(r, ["ORD-", "#", "SO-", "PO ", "Order ", "AMZ-", "WB"]) .replace("Order ", "") + pat(r, pick(r, ["NNNNNNNN", "2025-NNNNNN", "ANNNNN", "NNN-NNNNNNN-NNNNNNN", "NNNNNNNNNN"])),
    "ticket_id": lambda r: pick(r, ["JIRA-", "INC", "SR-", "CS-", "TKT-", "OPS-", "SUP#", "REQ", "BUG-"]) + pat(r, pick(r, ["NNNN", "NNNNNNN", "NNNNN"])),
    "version": lambda r: pick(r, ["v%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 40)),
                                  "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 30), r.randint(0, 200)),
                                  "%d.%d.%d-rc.%d" % (r.randint(0, 4), r.randint(0, 12), r.randint(0, 9), r.randint(1, 5)),
                                  "10.0.%d.%d" % (r.randint(17000, 26100), r.randint(100, 5000)),
                                  "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 99))]),
    "git_sha": lambda r: rs(r, HEX, pick(r, [7, 8, 12, 40])),
    "hash": lambda r: pick(r, ["", "sha256:", "md5:"]) + rs(r, HEX, pick(r, [64, 32, 64])),
    "uuid": uuid4,
    "date": lambda r: pick(r, ["%04d-%02d-%02d" % (r.randint(1950, 2027), r.randint(1, 12), r.randint(1, 28)),
                               "%02d.%02d.%04d" % (r.randint(1, 28), r.randint(1, 12), r.randint(1950, 2027)),
                               "%02d/%02d/%04d" % (r.randint(1, 28), r.randint(1, 12), r.randint(1950, 2027)),
                               "%s %d, %d" % (pick(r, ["January", "March", "June", "September", "November"]), r.randint(1, 28), r.randint(1990, 2027)),
                               "%d %s %d" % (r.randint(1, 28), pick(r, ["Jan", "Feb", "Apr", "Jul", "Oct", "Dec"]), r.randint(1990, 2027))]),
    "timestamp": lambda r: pick(r, ["%04d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
                                    "%04d-%02d-%02d %02d:%02d:%02d.%03d" % (r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
                                    "%d" % r.randint(1690000000, 1790000000),
                                    "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))]),
    "tracking_number": lambda r: pick(r, ["1Z" + rs(r, UPNUM, 16), pat(r, "NNNN NNNN NNNN NNNN NNNN NN"), "JD" + rs(r, DIG, 18),
                                          pat(r, "AANNNNNNNNNDE"), pat(r, "NNNNNNNNNN"), "LX" + rs(r, DIG, 9) + "CN"]),
    "amount": lambda r: pick(r, ["$%s.%02d" % (format(r.randint(1, 99999), ","), r.randint(0, 99)),
                                 "€ %d,%02d" % (r.randint(1, 9999), r.randint(0, 99)), "%d.%03d,%02d €" % (r.randint(1, 99), r.randint(0, 999), r.randint(0, 99)),
                                 "¥%s" % format(r.randint(100, 999999), ","), "£%d.%02d" % (r.randint(1, 5000), r.randint(0, 99)),
                                 "R$ %d,%02d" % (r.randint(10, 9999), r.randint(0, 99)), "%d.%02d USD" % (r.randint(1, 99999), r.randint(0, 99))]),
    "isbn": None,
    "zip_code": lambda r: pick(r, [pat(r, "NNNNN"), pat(r, "NNNNN-NNNN")]),
    "ein": lambda r: pat(r, "NN-NNNNNNN"),
    "vat_id": lambda r: pick(r, ["DE" + rs(r, DIG, 9), "FR" + rs(r, UPNUM, 2) + rs(r, DIG, 9), "IT" + rs(r, DIG, 11), "NL" + rs(r, DIG, 9) + "B01", "ATU" + rs(r, DIG, 8), "ESB" + rs(r, DIG, 8)]),
    "oid": lambda r: "1.3.6.1." + ".".join(str(r.randint(1, 40)) for _ in range(r.randint(3, 7))),
    "docker_digest": lambda r: "sha256:" + rs(r, HEX, 64),
    "build_number": lambda r: pick(r, ["build #", "Build ", "run "]) + str(r.randint(1000, 99999)),
    "error_code": lambda r: pick(r, ["0x%08X" % r.randint(0x80000000, 0x8FFFFFFF), "E%04d" % r.randint(1, 9999), "ORA-%05d" % r.randint(1, 29999), "HTTP %d" % pick(r, [401, 403, 404, 429, 500, 502, 503])]),
    "cas_number": lambda r: "%d-%02d-%d" % (r.randint(50, 999999), r.randint(0, 99), r.randint(0, 9)),
    "routing_number": lambda r: pat(r, "0NNNNNNNN"),
    "flight_number": lambda r: pick(r, ["LH", "AF", "BA", "TK", "QR", "NH", "KE", "IB", "AZ", "EK"]) + " " + str(r.randint(10, 2999)),
    "meeting_id": lambda r: pat(r, pick(r, ["NNN NNN NNNN", "NNN-NNN-NNN", "NNNN NNNN NN#"])),
    "sku": lambda r: pick(r, ["SKU-", "ART ", "REF.", "P/N "]) + pat(r, pick(r, ["NNNNN-AAA", "AANNNN", "NNN.NNN.NN"])),
    "invoice_number": lambda r: pick(r, ["INV-", "RE-", "FAC-", "F", "Rechnung Nr. "]).replace("Rechnung Nr. ", "") + pat(r, pick(r, ["2025-NNNN", "NNNNNN", "NNNN/NN"])),
    "case_number": lambda r: pick(r, ["CASE-", "Az. ", "No. "]) + pat(r, pick(r, ["NNNNNNN", "NN O NNN/25", "2025-CV-NNNNN"])),
    "port": lambda r: str(pick(r, [22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9200, 27017])),
    "hex_color": lambda r: "#" + rs(r, "0123456789ABCDEF", 6),
    "message_id": lambda r: "<" + rs(r, HEX, 16) + "." + str(r.randint(1000, 99999)) + "@" + pick(r, ["mx.northwind-logistics.com", "mail.brightpath.io", "smtp.example.net"]) + ">",
    "card_last4": lambda r: rs(r, DIG, 4),
    "masked_value": lambda r: pick(r, ["****-****-****-" + rs(r, DIG, 4), "***-**-" + rs(r, DIG, 4), "+44 **** ***" + rs(r, DIG, 3),
                                       "DE** **** **** **** **" + rs(r, DIG, 2), "sk-...." + rs(r, ALNUM, 4), "[REDACTED]", "<redacted>", "••••••••"]),
    "placeholder": lambda r: pick(r, ["<YOUR_API_KEY>", "your-api-key-here", "<token>", "${SECRET_KEY}", "{{ .Values.apiKey }}",
                                      "<password>", "REPLACE_ME", "xxx", "<insert key>", "%(db_password)s", "${{ secrets.NPM_TOKEN }}"]),
    "env_var_reference": lambda r: pick(r, ["$OPENAI_API_KEY", "${DATABASE_PASSWORD}", "os.environ[\"STRIPE_KEY\"]",
                                            "process.env.GITHUB_TOKEN", "%AWS_SECRET_ACCESS_KEY%", "ENV['SLACK_TOKEN']", "$env:API_TOKEN"]),
    "public_key": lambda r: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43),
    "regex_pattern": lambda r: pick(r, [r"\d{3}-\d{2}-\d{4}", r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", r"^\+?[1-9]\d{1,14}$",
                                        r"[\w.+-]+@[\w-]+\.[\w.]+", r"(?:\d{1,3}\.){3}\d{1,3}", r"AKIA[0-9A-Z]{16}"]),
    "coordinates_grid": lambda r: "%s%d" % (pick(r, UP), r.randint(1, 99)),
    "mac_like_build": lambda r: "%d.%d.%d (%s)" % (r.randint(10, 15), r.randint(0, 7), r.randint(0, 6), rs(r, UPNUM, 6)),
    "number": lambda r: str(r.randint(10 ** 8, 10 ** 15)),
    "request_id": lambda r: pick(r, ["req_", "trace-", "corr-"]) + rs(r, ALNUM, 20),
    "session_counter": lambda r: str(r.randint(1, 999)),
}


def isbn13(r):
    body = "978" + rs(r, DIG, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    d = (10 - s % 10) % 10
    b = body + str(d)
    return "%s-%s-%s-%s-%s" % (b[:3], b[3], b[4:8], b[8:12], b[12])


LK["isbn"] = isbn13


def lk(r, kind):
    return L(kind, LK[kind](r))


PLACES_NAMED = {
    "en": ["Washington", "Lake Victoria", "Kennedy Airport", "Victoria Station", "Houston", "Columbia", "Mount Everest",
           "Jefferson Avenue", "Lincoln Tunnel", "Cape Byron", "Darwin", "Wellington", "Tasmania", "Hudson Bay",
           "Queen Elizabeth Olympic Park", "Martin Luther King Jr. Boulevard", "Raleigh", "Pennsylvania", "Vancouver Island", "Bolivia"],
    "de": ["Karl-Marx-Allee", "Goetheplatz", "Bismarckstraße", "Kaiser-Wilhelm-Gedächtniskirche", "Schillerstraße", "Adenauerallee"],
    "fr": ["Place Charles de Gaulle", "Avenue Victor Hugo", "Gare Montparnasse", "Boulevard Haussmann", "Rue Voltaire", "Aéroport Charles-de-Gaulle"],
    "es": ["Avenida Simón Bolívar", "Plaza Colón", "Calle de Cervantes", "Ciudad Bolívar", "Paseo de Recoletos"],
    "it": ["Piazza Garibaldi", "Via Cavour", "Aeroporto Leonardo da Vinci", "Corso Vittorio Emanuele II", "Via Dante"],
    "pt": ["São Paulo", "Avenida Presidente Vargas", "Praça Marquês de Pombal", "Ponte Vasco da Gama", "Florianópolis"],
    "nl": ["Rembrandtplein", "Vondelpark", "Van Goghstraat", "Johan Cruijff ArenA", "Erasmusbrug"],
    "pl": ["Aleja Jana Pawła II", "Lotnisko Chopina", "ulica Mickiewicza", "Plac Kopernika"],
    "tr": ["Atatürk Havalimanı", "Barbaros Bulvarı", "Fatih", "İnönü Stadyumu"],
    "ru": ["Санкт-Петербург", "проспект Ленина", "Пушкинская площадь", "Екатеринбург", "улица Гагарина"],
    "uk": ["вулиця Шевченка", "Франківськ", "проспект Бандери"],
    "ar": ["شارع الملك فهد", "جامعة الملك سعود", "شارع جمال عبد الناصر"],
    "zh": ["中山路", "中山公园", "逸仙路"],
    "ja": ["信長通り", "清正公前"],
    "ko": ["세종로", "충무로", "을지로"],
    "hi": ["इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा", "नेहरू प्लेस", "गांधी नगर"],
    "sv": ["Drottninggatan", "Kungsholmen", "Gustav Adolfs torg"],
    "fi": ["Mannerheimintie", "Aleksanterinkatu", "Runebergin esplanadi"],
    "el": ["Λεωφόρος Βασιλίσσης Σοφίας", "Αλεξανδρούπολη", "Οδός Ελευθερίου Βενιζέλου"],
    "cs": ["Masarykovo nádraží", "Václavské náměstí", "Karlův most"],
    "vi": ["Thành phố Hồ Chí Minh", "đường Lê Lợi", "phố Trần Hưng Đạo"],
    "id": ["Jalan Sudirman", "Bandara Soekarno-Hatta", "Jalan Diponegoro"],
    "he": ["רחוב הרצל", "שדרות רוטשילד", "נמל התעופה בן גוריון"],
    "ro": ["Bulevardul Regina Elisabeta", "Piața Avram Iancu", "Bulevardul Ion C. Brătianu"],
    "th": ["ถนนพระราม 4", "สนามบินสุวรรณภูมิ"],
    "hu": ["Andrássy út", "Széchenyi fürdő", "Petőfi híd"],
    "sw": ["Barabara ya Kenyatta", "Uwanja wa Ndege wa Jomo Kenyatta", "Mtaa wa Moi"],
}
ORGS_NAMED = ["Ford", "Porsche", "Siemens", "Bosch", "Philips", "Ferrari", "Dell", "Hewlett-Packard", "Boeing", "Chanel",
              "Goethe-Institut", "Max-Planck-Institut", "Johnson & Johnson", "Mercedes-Benz", "Heineken", "Toyota", "Michelin",
              "Renault", "Peugeot", "Kellogg's", "McKinsey", "Goldman Sachs", "Ernst & Young", "Deloitte", "Suzuki", "Yamaha",
              "Škoda", "Lamborghini", "Bugatti", "Cadbury", "Nobel Foundation", "Carnegie Mellon", "Fraunhofer-Gesellschaft",
              "Louis Vuitton", "Hermès", "Guinness", "Dyson", "Bentley", "Versace", "Nestlé"]
PRODUCTS_NAMED = ["Tesla Model 3", "NVIDIA Hopper", "Ampere", "Turing", "IBM Watson", "Salesforce Einstein", "the Ada language",
                  "Pascal", "Haskell", "Hubble", "Kepler", "Hopper H100", "Blackwell", "Curie", "Edison bulb", "Maxwell",
                  "Tesla Cybertruck", "Ford Mustang", "Julia", "Diesel engine"]
EPONYMS = ["Gaussian", "Boolean", "Euclidean", "Cartesian", "Darwinian", "Victorian", "Orwellian", "Kafkaesque",
           "Shakespearean", "Freudian", "Hamiltonian", "Laplacian", "Markovian", "Newtonian", "Bayesian", "Fourier transform",
           "Levenshtein distance", "Dijkstra's algorithm", "Diesel", "Celsius", "Fahrenheit", "Braille", "Morse code"]
UNITS_NAMED = ["newtons", "kelvin", "watts", "volts", "ohms", "joules", "pascals", "hertz", "amperes", "teslas", "becquerels"]
COMMON_CAPS = ["Will", "Mark", "Grace", "Summer", "May", "Bill", "Frank", "Hope", "Rose", "Jack", "Faith", "Sunny", "Amber", "Victor", "Page", "Sterling"]


def place_named(r, lang="en"):
    return L("place_named_after_person", pick(r, PLACES_NAMED.get(lang, PLACES_NAMED["en"])))


def org_named(r):
    return L("org_named_after_person", pick(r, ORGS_NAMED))


def product_named(r):
    return L("product_named_after_person", pick(r, PRODUCTS_NAMED))


def eponym(r):
    return L("eponym", pick(r, EPONYMS))


def unit_named(r):
    return L("unit_named_after_person", pick(r, UNITS_NAMED))


def ddate(r):
    return lk(r, "date")


def ts(r):
    return lk(r, "timestamp")


def iso_ts(r):
    return L("timestamp", "%04d-%02d-%02dT%02d:%02d:%02d%s" % (r.randint(2024, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                              r.randint(0, 59), r.randint(0, 59), pick(r, ["Z", ".%03dZ" % r.randint(0, 999), "+02:00", "+05:30"])))


def amount(r):
    return lk(r, "amount")

# ---------------------------------------------------------------------------
# Template registry
# ---------------------------------------------------------------------------
TEMPLATES = []


def T(name, lang="en", neg=False, w=1.0):
    def deco(fn):
        TEMPLATES.append((name, lang, neg, fn, w))
        return fn
    return deco


def pe(r, cult=None, gender=None, style="full"):
    """person span + matching email."""
    cult = cult or pick(r, LATIN_CULTURES)
    cult, g, s = name_parts(r, cult, gender)
    if style == "full":
        t = full_name_str(cult, g, s)
    else:
        t = person(r, cult, style).text if False else full_name_str(cult, g, s)
    p = S("PERSON", t)
    if ascii_slug(g) and ascii_slug(s):
        e = email(r, (g, s))
    else:
        e = email(r)
    return p, e, (cult, g, s)


def lines(*xs):
    return J("\n", [x for x in xs if x is not None])


# ============================ English / structural, with PII ===================

@T("chat_contact_share")
def _(r):
    p = person(r, pick(r, LATIN_CULTURES), pick(r, ["full", "given", "full"]))
    ph = phone(r)
    f = pick(r, ["can you loop in ⟦p⟧? best number is ⟦ph⟧, she's around after ⟦t⟧",
                 "FYI ⟦p⟧ asked us to call back on ⟦ph⟧ re ⟦o⟧",
                 "pls ping ⟦p⟧ at ⟦ph⟧ — they own ⟦o⟧ now",
                 "⟦p⟧ (⟦ph⟧) is covering the on-call until ⟦t⟧, escalate ⟦o⟧ there"])
    return R(f, p=p, ph=ph, t=L("timestamp", "%d:%02d" % (r.randint(1, 11), pick(r, [0, 15, 30, 45]))) if r.random() < .7 else L("timestamp", "%02d:00 UTC" % r.randint(0, 23)),
             o=lk(r, "ticket_id"))


@T("chat_lowercase_intro")
def _(r):
    cult, g, s = name_parts(r, pick(r, ["en", "es", "in_lat", "yo", "pt", "it", "fr", "sw"]))
    nm = S("PERSON", pick(r, [g.lower(), (g + " " + s).lower(), g.lower() + " " + s[0].lower()]))
    e = email(r, (g, s))
    f = pick(r, ["hi im ⟦n⟧, my email is ⟦e⟧ and my order ⟦o⟧ never arrived",
                 "hey its ⟦n⟧ again lol. use ⟦e⟧ not the old one. tracking says ⟦o⟧",
                 "⟦n⟧ here!! pls send the receipt to ⟦e⟧ thx (order ⟦o⟧)",
                 "yo this is ⟦n⟧ — ⟦e⟧ — i got charged ⟦a⟧ twice for ⟦o⟧??"])
    return R(f, n=nm, e=e, o=lk(r, pick(r, ["order_number", "tracking_number"])), a=amount(r))


@T("support_ticket_billing", w=1.5)
def _(r):
    p, e, _ = pe(r)
    full_card = r.random() < 0.5
    rows = ["Ticket: ⟦tid⟧   Priority: P⟦pr⟧   Opened: ⟦d⟧",
            "Customer: ⟦p⟧ <⟦e⟧>",
            "Subject: " + pick(r, ["Double charge on invoice ⟦inv⟧", "Refund for ⟦inv⟧ not received", "Card declined for ⟦inv⟧"]),
            "",
            pick(r, ["Customer says the card ⟦c⟧ was charged ⟦a⟧ twice.", "They pasted the full card ⟦c⟧ into chat, please scrub.",
                     "Card on file: ⟦c⟧ (customer read it out)."]) if full_card else
            pick(r, ["Card on file ends in ⟦l4⟧, amount ⟦a⟧.", "Last four ⟦l4⟧; dispute amount ⟦a⟧."]),
            "Agent note: " + pick(r, ["verified identity via callback", "escalated to billing", "refund pending approval", "awaiting bank response"])]
    return R("\n".join(rows), tid=lk(r, "ticket_id"), pr=str(r.randint(1, 4)), d=ddate(r), p=p, e=e, inv=lk(r, "invoice_number"),
             c=card(r) if r.random() < 0.85 else card_test(r), a=amount(r), l4=lk(r, "card_last4"))


@T("email_signature_en")
def _(r):
    p, e, (cult, g, s) = pe(r, pick(r, ["en", "in_lat", "yo", "zh_lat", "ar_lat", "ko_lat", "sw"]))
    title = pick(r, ["Senior Account Manager", "Head of Platform", "Staff Engineer", "Paralegal", "Clinical Coordinator", "VP Sales, EMEA", "Procurement Lead"])
    org = pick(r, [org_named(r), L("org", pick(r, ["Northwind Logistics", "Brightpath Labs", "Tidewater Analytics", "Quarry Bank Ltd"]))])
    body = pick(r, ["Thanks, will circle back on ⟦t⟧ by Friday.", "Attached the signed SOW (rev ⟦t⟧).", "Looping in legal re ⟦t⟧.", "See notes below on ⟦t⟧."])
    sig = ["Best regards,", "", "⟦p⟧", title + " | ⟦org⟧", "T: ⟦ph⟧"]
    if r.random() < 0.6:
        sig.append(pick(r, ["M: ", "Mobile: ", "Cell "]) + "⟦mob⟧")
    sig.append(pick(r, ["E: ", "", "Email: "]) + "⟦e⟧")
    if r.random() < 0.4:
        sig.append("This e-mail and any attachments are confidential. Ref ⟦ref⟧")
    return R(body + "\n\n" + "\n".join(sig), t=lk(r, pick(r, ["ticket_id", "version", "case_number"])), p=p, org=org,
             ph=phone(r, pick(r, ["US", "GB", "IN", "NG", "SG", "AU"]), ext=r.random() < 0.3), mob=phone(r, pick(r, ["US", "GB", "IN", "NG", "SG"])), e=e,
             ref=lk(r, "git_sha"))


@T("email_thread_reply")
def _(r):
    p, e, _ = pe(r)
    p2 = person(r, pick(r, LATIN_CULTURES), "given")
    wk = pick(r, ["Mon", "Tue", "Wed", "Thu", "Fri"])
    f = pick(r, ["Sounds good, ⟦p2⟧ — let's do ⟦d⟧.\n\nOn " + wk + ", ⟦d2⟧ at 10:12 AM ⟦p⟧ <⟦e⟧> wrote:\n> Can we move the review of ⟦tk⟧?\n> Thanks",
                 "Forwarding below.\n\n---------- Forwarded message ---------\nFrom: ⟦p⟧ <⟦e⟧>\nDate: ⟦d2⟧\nSubject: Re: ⟦tk⟧\nTo: ⟦p2⟧\n\nPlease see the updated figures (⟦a⟧).",
                 "> ⟦p⟧ wrote on ⟦d2⟧:\n> > invoice ⟦tk⟧ attached\n\nThanks ⟦p2⟧, reply-to is ⟦e⟧ btw"])
    return R(f, p=p, e=e, p2=p2, d=ddate(r), d2=ddate(r), tk=lk(r, pick(r, ["ticket_id", "invoice_number"])), a=amount(r))


@T("csv_customers")
def _(r):
    cols = pick(r, [["customer_id", "name", "email", "phone", "signup_date"], ["id", "full_name", "e_mail", "country", "mobile", "created_at"],
                    ["uid", "email", "name", "plan", "last_login_ip"]])
    sep = pick(r, [",", ";"])
    out = [sep.join(cols)]
    for _ in range(r.randint(2, 5)):
        p, e, (cult, g, s) = pe(r)
        cc = pick(r, list(PHONES.keys()))
        vals = []
        for c in cols:
            if c in ("customer_id", "id", "uid"):
                vals.append(L("record_id", str(r.randint(10000, 999999))) if c != "uid" else L("uuid", uuid4(r)))
            elif c in ("name", "full_name"):
                vals.append(p if r.random() < 0.8 else ['"', S("PERSON", s + ", " + g), '"'])
            elif c in ("email", "e_mail"):
                vals.append(e)
            elif c in ("phone", "mobile"):
                vals.append(phone(r, cc))
            elif c in ("signup_date", "created_at"):
                vals.append(ddate(r) if c == "signup_date" else iso_ts(r))
            elif c == "country":
                vals.append(cc)
            elif c == "plan":
                vals.append(pick(r, ["free", "pro", "team", "enterprise"]))
            elif c == "last_login_ip":
                vals.append(ip_any(r))
        out.append(J(sep, vals))
    return J("\n", out)


@T("tsv_payout_export")
def _(r):
    out = ["payee\tiban\tbic\tamount\tref"]
    for _ in range(r.randint(2, 4)):
        lang = pick(r, ["de", "fr", "es", "it", "nl", "pl", "pt", "en", "fi", "cs"])
        cult = {"en": "en"}.get(lang, lang) if lang in NAMES else "en"
        out.append(J("\t", [person(r, cult, "full"), iban_lang(r, lang, "plain" if r.random() < 0.6 else "group"), bic(r), amount(r), rf_reference(r)]))
    return J("\n", out)


@T("json_user_record")
def _(r):
    p, e, _ = pe(r)
    f = pick(r, ['{"user": {"id": "⟦u⟧", "displayName": "⟦p⟧", "email": "⟦e⟧", "phone": "⟦ph⟧", "createdAt": "⟦t⟧"}}',
                 '{\n  "id": ⟦n⟧,\n  "name": "⟦p⟧",\n  "contact": {"email": "⟦e⟧", "tel": "⟦ph⟧"},\n  "lastSeen": "⟦t⟧",\n  "appVersion": "⟦v⟧"\n}',
                 '[{"customer":"⟦p⟧","email":"⟦e⟧","ip":"⟦ip⟧","order":"⟦o⟧"}]'])
    return R(f, u=L("uuid", uuid4(r)), p=p, e=e, ph=phone(r, intl=True), t=iso_ts(r), n=L("record_id", str(r.randint(1000, 99999))),
             v=lk(r, "version"), ip=ip_any(r), o=lk(r, "order_number"))


@T("yaml_config_secrets")
def _(r):
    k1, kind = apikey(r, pick(r, ["stripe_sk", "sendgrid", "openai", "twilio_token", "mailgun", "datadog"]))
    f = pick(r, ["service:\n  name: billing-api\n  version: ⟦v⟧\n  port: ⟦port⟧\ndatabase:\n  host: ⟦ip⟧\n  user: app\n  password: ⟦pw⟧\nintegrations:\n  " + kind + ":\n    api_key: ⟦k⟧\n    webhook_id: ⟦u⟧",
                 "# staging values — do not commit\nsecrets:\n  dbPassword: \"⟦pw⟧\"\n  " + kind + "Key: \"⟦k⟧\"\nimage:\n  tag: ⟦v⟧\n  digest: ⟦dg⟧"])
    return R(f, v=lk(r, "version"), port=lk(r, "port"), ip=ip_any(r), pw=password(r), k=k1, u=L("uuid", uuid4(r)), dg=lk(r, "docker_digest"))


@T("sql_insert_users")
def _(r):
    vals = []
    for i in range(r.randint(1, 3)):
        p, e, _ = pe(r)
        vals.append(R("  (⟦id⟧, '⟦p⟧', '⟦e⟧', '⟦ph⟧', '⟦d⟧')", id=L("record_id", str(r.randint(100, 99999))), p=p, e=e, ph=phone(r), d=ddate(r)))
    return R("INSERT INTO customers (id, full_name, email, phone, dob)\nVALUES\n⟦v⟧;", v=J(",\n", vals))


@T("sql_psql_output")
def _(r):
    hdr = " id  |        name         |            email             | ssn\n-----+---------------------+------------------------------+-------------"
    rows = []
    for _ in range(r.randint(2, 4)):
        p, e, _ = pe(r, pick(r, ["en", "es", "in_lat", "zh_lat", "ko_lat", "yo"]))
        rows.append(R(" ⟦i⟧ | ⟦p⟧ | ⟦e⟧ | ⟦s⟧", i=L("record_id", str(r.randint(10, 999))), p=p, e=e, s=ssn(r, "dash")))
    return R("app=> SELECT id, name, email, ssn FROM employees WHERE hired_on > '⟦d⟧' LIMIT 5;\n" + hdr + "\n⟦rows⟧\n(⟦n⟧ rows)",
             d=ddate(r), rows=J("\n", rows), n=str(len(rows)))


@T("nginx_access_log")
def _(r):
    out = []
    for _ in range(r.randint(2, 4)):
        ipx = ipv4(r) if r.random() < 0.7 else ipv6(r)
        out.append(R('⟦ip⟧ - - [⟦d⟧] "⟦m⟧ /api/⟦v⟧/orders/⟦o⟧ HTTP/1.1" ⟦st⟧ ⟦b⟧ "-" "Mozilla/5.0 (X11; Linux x86_64) Chrome/⟦cv⟧"',
                     ip=ipx, d=L("timestamp", "%02d/%s/2025:%02d:%02d:%02d +0000" % (r.randint(1, 28), pick(r, ["Mar", "Apr", "Oct"]), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))),
                     m=pick(r, ["GET", "POST", "PUT"]), v=pick(r, ["v1", "v2"]), o=lk(r, "order_number").text.replace("#", "").replace(" ", ""), st=str(pick(r, [200, 201, 404, 499, 502])),
                     b=str(r.randint(200, 90000)), cv=L("version", "%d.0.%d.%d" % (r.randint(110, 131), r.randint(1000, 7000), r.randint(10, 200)))))
    return J("\n", out)


@T("auth_log_ssh")
def _(r):
    out = []
    host = pick(r, ["bastion-01", "web3", "db-primary", "vps"])
    for _ in range(r.randint(2, 4)):
        x = r.random()
        pid = str(r.randint(1000, 65000))
        t = L("timestamp", "%s %2d %02d:%02d:%02d" % (pick(r, ["Jan", "Feb", "Nov"]), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
        if x < 0.5:
            out.append(R("⟦t⟧ " + host + " sshd[" + pid + "]: Failed password for invalid user ⟦u⟧ from ⟦ip⟧ port ⟦pt⟧ ssh2",
                         t=t, u=pick(r, ["admin", "oracle", "test", "ubuntu", "git"]), ip=ipv4(r), pt=str(r.randint(1024, 65535))))
        elif x < 0.8:
            out.append(R("⟦t⟧ " + host + " sshd[" + pid + "]: Accepted publickey for deploy from ⟦ip⟧ port ⟦pt⟧ ssh2: ED25519 SHA256:⟦fp⟧",
                         t=t, ip=ip_any(r), pt=str(r.randint(1024, 65535)), fp=L("hash", rs(r, B64, 43))))
        else:
            out.append(R("⟦t⟧ " + host + " sshd[" + pid + "]: Connection closed by ⟦ip⟧ port ⟦pt⟧ [preauth]", t=t, ip=ipv6(r), pt=str(r.randint(1024, 65535))))
    return J("\n", out)


@T("app_log_json")
def _(r):
    p, e, _ = pe(r)
    f = pick(r, ['{"ts":"⟦t⟧","level":"INFO","msg":"login ok","user_email":"⟦e⟧","client_ip":"⟦ip⟧","req":"⟦rid⟧"}',
                 '{"timestamp":"⟦t⟧","severity":"WARN","event":"password_reset_requested","email":"⟦e⟧","ip":"⟦ip⟧","trace_id":"⟦rid⟧"}',
                 '{"@timestamp":"⟦t⟧","log.level":"error","message":"payment failed for ⟦e⟧","http.client_ip":"⟦ip⟧","error.code":"⟦ec⟧"}'])
    return R(f, t=iso_ts(r), e=e, ip=ip_any(r), rid=lk(r, "request_id"), ec=lk(r, "error_code"))


@T("dotenv_file")
def _(r):
    kinds = r.sample(["openai", "anthropic", "stripe_sk", "aws_akid", "github_pat", "sendgrid", "hf", "google", "slack_bot", "npm", "digitalocean", "linear"], r.randint(2, 4))
    lines_ = ["# .env (" + pick(r, ["local", "staging", "prod-copy"]) + ")", "APP_VERSION=⟦v⟧", "PORT=⟦port⟧"]
    kw = {"v": lk(r, "version"), "port": lk(r, "port")}
    for i, k in enumerate(kinds):
        lines_.append(KEY_ENV[k] + "=⟦k%d⟧" % i)
        kw["k%d" % i] = key(r, k)
        if k == "aws_akid":
            lines_.append("AWS_SECRET_ACCESS_KEY=⟦ks%d⟧" % i)
            kw["ks%d" % i] = key(r, "aws_secret")
    if r.random() < 0.6:
        lines_.append("DATABASE_URL=postgres://app:⟦dbpw⟧@⟦dbh⟧:5432/app_" + pick(r, ["dev", "prod", "test"]))
        kw["dbpw"] = password(r, url_safe=True)
        kw["dbh"] = ip_any(r) if r.random() < 0.5 else "db.internal"
    if r.random() < 0.5:
        lines_.append("SENTRY_RELEASE=⟦sha⟧")
        kw["sha"] = lk(r, "git_sha")
    return R("\n".join(lines_), **kw)


@T("docker_compose_env")
def _(r):
    return R("services:\n  db:\n    image: postgres:⟦v⟧\n    environment:\n      - POSTGRES_USER=admin\n      - POSTGRES_PASSWORD=⟦pw⟧\n    ports:\n      - \"⟦port⟧:5432\"\n  worker:\n    image: registry.local/worker@⟦dg⟧\n    environment:\n      ⟦kn⟧: ⟦k⟧",
             v=L("version", "%d.%d" % (r.randint(12, 17), r.randint(0, 9))), pw=password(r), port=lk(r, "port"), dg=lk(r, "docker_digest"),
             kn=pick(r, ["OPENAI_API_KEY", "REDIS_PASSWORD", "SMTP_PASSWORD"]), k=pick(r, [key(r, "openai"), password(r), password(r)]))


@T("shell_export_cmd")
def _(r):
    k, kind = apikey(r, pick(r, ["openai", "anthropic", "hf", "github_pat", "gitlab", "vault", "doppler", "pypi"]))
    f = pick(r, ["$ export " + KEY_ENV[kind] + "=⟦k⟧\n$ python run_eval.py --model ⟦v⟧ --seed ⟦n⟧",
                 "~/proj (main) ✗ " + KEY_ENV[kind] + "=\"⟦k⟧\" make deploy\nmake: *** [deploy] Error 2 (⟦ec⟧)",
                 "PS C:\\> $env:" + KEY_ENV[kind] + " = \"⟦k⟧\"\nPS C:\\> .\\sync.ps1 -Build ⟦v⟧"])
    return R(f, k=k, v=lk(r, "version"), n=str(r.randint(1, 9999)), ec=lk(r, "error_code"))


@T("curl_auth_header")
def _(r):
    k, kind = apikey(r, pick(r, ["openai", "anthropic", "stripe_sk", "jwt", "github_fine", "linear", "notion", "cloudflare", "square", "mapbox"]))
    f = pick(r, ["curl -s https://api.service.io/v1/items/⟦u⟧ \\\n  -H \"Authorization: Bearer ⟦k⟧\" \\\n  -H \"Content-Type: application/json\"",
                 "curl -X POST \"https://api.internal.dev/v2/jobs?build=⟦b⟧\" -H 'x-api-key: ⟦k⟧' -d '{\"retry\":3}'",
                 "http GET api.partner.net/orders/⟦o⟧ 'Authorization:Token ⟦k⟧' X-Trace:⟦u⟧"])
    return R(f, k=k, u=L("uuid", uuid4(r)), b=L("build_number", str(r.randint(100, 9999))), o=L("order_number", lk(r, "order_number").text.replace(" ", "").replace("#", "")))


@T("git_remote_token")
def _(r):
    k = key(r, pick(r, ["github_pat", "github_oauth", "gitlab"]))
    f = pick(r, ["git clone https://x-access-token:⟦k⟧@github.com/northwind/infra.git\nCloning into 'infra'...\nHEAD is now at ⟦sha⟧ bump to ⟦v⟧",
                 "[remote \"origin\"]\n\turl = https://oauth2:⟦k⟧@gitlab.com/brightpath/api.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n# last fetched ⟦sha⟧",
                 "remote: Invalid username or password.\nfatal: Authentication failed for 'https://deploy:⟦k⟧@git.example.com/ops.git/' (commit ⟦sha⟧)"])
    return R(f, k=k, sha=lk(r, "git_sha"), v=lk(r, "version"))


@T("python_traceback_dsn")
def _(r):
    pw = password(r, url_safe=True)
    host = ip_any(r)
    scheme = pick(r, ["postgresql", "mysql", "mongodb", "redis"])
    return R('Traceback (most recent call last):\n  File "/srv/app/db.py", line ⟦ln⟧, in connect\n    engine = create_engine(DSN)\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "⟦h⟧", port 5432 failed: timeout\n[SQL: SELECT 1]\nDSN=' + scheme + '://svc_reporting:⟦pw⟧@⟦h2⟧/analytics (pid ⟦pid⟧)',
             ln=str(r.randint(10, 400)), h=host, pw=pw, h2=S(host.type, host.text, host.ident), pid=L("pid", str(r.randint(1000, 60000))))


@T("java_stacktrace_email")
def _(r):
    p, e, _ = pe(r)
    return R("⟦t⟧ ERROR [http-nio-8080-exec-⟦n⟧] c.b.api.UserService - Failed to update profile\njava.lang.IllegalStateException: duplicate key value violates unique constraint \"users_email_key\": Key (email)=(⟦e⟧) already exists.\n\tat com.brightpath.api.UserService.update(UserService.java:⟦ln⟧)\n\tat com.brightpath.api.UserController.put(UserController.java:⟦ln2⟧)",
             t=iso_ts(r), n=str(r.randint(1, 40)), e=e, ln=str(r.randint(20, 800)), ln2=str(r.randint(20, 800)))


@T("code_snippet_py")
def _(r):
    k, kind = apikey(r, pick(r, ["openai", "anthropic", "stripe_sk", "sendgrid", "twilio_token", "hf", "google", "telegram"]))
    f = pick(r, ["import os\nfrom client import Client\n\n# TODO move to env before merging (see ⟦tk⟧)\nclient = Client(api_key=\"⟦k⟧\", timeout=30)\nresp = client.run(model=\"⟦v⟧\")",
                 "API_KEY = '⟦k⟧'  # temporary\nHEADERS = {'Authorization': f'Bearer {API_KEY}'}\nREQUEST_ID = '⟦u⟧'",
                 "def get_client():\n    token = os.getenv('TOKEN') or '⟦k⟧'\n    return Api(token, retries=3)  # build ⟦b⟧"])
    return R(f, k=k, tk=lk(r, "ticket_id"), v=lk(r, "version"), u=L("uuid", uuid4(r)), b=lk(r, "build_number"))


@T("code_snippet_js")
def _(r):
    f = pick(r, ["const config = {\n  apiKey: \"⟦k⟧\",\n  authDomain: \"demo-app.firebaseapp.com\",\n  projectId: \"demo-app-⟦n⟧\",\n  appVersion: \"⟦v⟧\"\n};",
                 "const stripe = require('stripe')('⟦k⟧');\n// charge for order ⟦o⟧\nawait stripe.charges.create({ amount: 4200, currency: 'eur' });",
                 "export const SLACK = { token: '⟦k⟧', channel: 'C0⟦ch⟧' } // rotated ⟦d⟧"])
    k = key(r, pick(r, ["google", "stripe_sk", "slack_bot"]))
    return R(f, k=k, n=str(r.randint(1000, 9999)), v=lk(r, "version"), o=lk(r, "order_number"), ch=rs(r, UPNUM, 8), d=ddate(r))


@T("meeting_notes_en")
def _(r):
    people = [person(r, pick(r, LATIN_CULTURES), pick(r, ["full", "full", "given", "initial"])) for _ in range(r.randint(3, 5))]
    ai = [R("- [ ] ⟦p⟧ to ⟦task⟧ by ⟦d⟧", p=S("PERSON", pick(r, people).text), task=pick(r, ["update the runbook", "draft the RFC for ⟦x⟧", "chase vendor on quote", "fix flaky test in ⟦x⟧"]).replace("⟦x⟧", pick(r, ["billing", "auth", "search"])), d=ddate(r)) for _ in range(r.randint(1, 3))]
    return R("Weekly sync — ⟦d⟧\nAttendees: ⟦att⟧\nAgenda: release ⟦v⟧, incident ⟦inc⟧, ⟦cw⟧ planning\nAction items:\n⟦ai⟧",
             d=ddate(r), att=J(", ", people), v=lk(r, "version"), inc=lk(r, "ticket_id"), cw=L("capitalized_common_word", pick(r, ["Summer", "Spring"])), ai=J("\n", ai))


@T("form_fields_en", w=1.5)
def _(r):
    p, e, _ = pe(r, pick(r, ["en", "es", "in_lat", "yo", "zh_lat", "ar_lat", "vi"]))
    fields = [("Full name", p), ("Date of birth", ddate(r)), ("Email", e), ("Phone", phone(r, pick(r, ["US", "CA"]))),
              ("SSN", ssn(r)), ("Application #", lk(r, "case_number")), ("ZIP", lk(r, "zip_code"))]
    r.shuffle(fields)
    sep = pick(r, [": ", ":\t", " — ", " = "])
    return J("\n", [C(k + sep, v) for k, v in fields[:r.randint(4, 7)]] + [C("Submitted ", iso_ts(r))])


@T("ocr_bank_statement")
def _(r):
    p = person(r, pick(r, ["de", "fr", "nl", "es", "it", "en"]), pick(r, ["full", "upper_sur"]))
    ib = iban(r, pick(r, ["DE", "FR", "NL", "ES", "IT", "GB", "BE", "AT"]), "group")
    return R("K0NTOAUSZUG / STATEMENT  Nr. ⟦n⟧\nKontoinhaber: ⟦p⟧\nIBAN ⟦ib⟧   BIC ⟦bic⟧\nAlter Saldo ......... ⟦a1⟧\nGutschrift  ⟦d⟧   ⟦a2⟧\nNeuer Saldo ......... ⟦a3⟧\nSeite 1 v0n 2",
             n=str(r.randint(1, 12)), p=p, ib=ib, bic=bic(r), a1=amount(r), d=ddate(r), a2=amount(r), a3=amount(r))


@T("voice_transcript_phone_en")
def _(r):
    p = person(r, pick(r, LATIN_CULTURES), pick(r, ["full", "given"]))
    f = pick(r, ["[00:0⟦m⟧:12] AGENT: Can I get a callback number?\n[00:0⟦m⟧:15] CALLER: yeah sure it's ⟦ph⟧\n[00:0⟦m⟧:21] AGENT: thanks ⟦p⟧, and the ticket is ⟦tk⟧",
                 "Speaker 1: and your name?\nSpeaker 2: ⟦p⟧.\nSpeaker 1: best number?\nSpeaker 2: um ⟦ph⟧ — that's my mobile\nSpeaker 1: great, reference ⟦tk⟧"])
    return R(f, m=str(r.randint(1, 9)), ph=phone_spoken(r, "en"), p=p, tk=lk(r, "ticket_id"))


@T("voice_transcript_card", w=2)
def _(r):
    c = card(r, pick(r, ["visa", "mc", "amex"]), "space")
    return R("AGENT: ...and the card number please?\nCUSTOMER: okay it's ⟦c⟧, expiry ⟦exp⟧\nAGENT: and the amount was ⟦a⟧ for order ⟦o⟧?\nCUSTOMER: yes",
             c=c, exp=L("date", "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31))), a=amount(r), o=lk(r, "order_number"))


@T("markdown_contacts_table")
def _(r):
    rows = ["| Name | Role | Email | Phone |", "|---|---|---|---|"]
    out = [C(x) for x in rows]
    for _ in range(r.randint(2, 4)):
        p, e, _ = pe(r)
        out.append(R("| ⟦p⟧ | ⟦role⟧ | ⟦e⟧ | ⟦ph⟧ |", p=p, role=pick(r, ["PM", "Tech lead", "Support", "Finance", "DPO"]), e=e, ph=phone(r)))
    return C(pick(r, ["## Escalation contacts (", "### Vendor contacts ("]), ddate(r), ")\n\n", J("\n", out))


@T("multi_pii_onboarding")
def _(r):
    p, e, _ = pe(r, pick(r, ["en", "es", "in_lat", "yo", "de", "pl"]))
    parts = [R("New hire: ⟦p⟧ (start ⟦d⟧)", p=p, d=ddate(r)), R("Personal email: ⟦e⟧", e=e), R("Mobile: ⟦ph⟧", ph=phone(r)),
             R("SSN for payroll: ⟦s⟧", s=ssn(r)), R("Direct deposit IBAN: ⟦ib⟧", ib=iban(r)), R("Laptop asset tag ⟦t⟧, employee # ⟦n⟧", t=lk(r, "sku"), n=L("record_id", str(r.randint(10000, 99999))))]
    head = parts[0]
    rest = parts[1:]
    r.shuffle(rest)
    return J("\n", [head] + rest[:r.randint(3, 5)])


@T("llm_prompt_rewrite")
def _(r):
    p = person(r, pick(r, LATIN_CULTURES))
    me = person(r, pick(r, LATIN_CULTURES), "given")
    f = pick(r, ["Rewrite this to sound more professional:\n\"hey ⟦p⟧, ur invoice ⟦inv⟧ is late again. pay ⟦a⟧ to ⟦ib⟧ asap or call me ⟦ph⟧ - ⟦me⟧\"",
                 "Make this friendlier pls: Dear ⟦p⟧, per our records you owe ⟦a⟧ (invoice ⟦inv⟧). Wire it to ⟦ib⟧. Questions: ⟦ph⟧. Regards, ⟦me⟧"])
    return R(f, p=p, inv=lk(r, "invoice_number"), a=amount(r), ib=iban(r), ph=phone(r), me=me)


@T("llm_response_summary")
def _(r):
    p, e, _ = pe(r)
    return R(pick(r, ["**Summary:** ⟦p⟧ (⟦e⟧) reports that the export for workspace ⟦u⟧ fails since ⟦v⟧. They request a callback at ⟦ph⟧.\n\n**Suggested reply:** Apologise, link the fix in ⟦tk⟧.",
                      "Here's a concise summary:\n1. Customer: ⟦p⟧\n2. Contact: ⟦e⟧ / ⟦ph⟧\n3. Issue: login loop after upgrading to ⟦v⟧\n4. Related: ⟦tk⟧ (workspace ⟦u⟧)"]),
             p=p, e=e, u=L("uuid", uuid4(r)), v=lk(r, "version"), ph=phone(r), tk=lk(r, "ticket_id"))


@T("k8s_secret_yaml")
def _(r):
    return R("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ⟦n⟧-creds\n  annotations:\n    checksum/config: ⟦h⟧\ntype: Opaque\nstringData:\n  DB_PASSWORD: ⟦pw⟧\n  API_TOKEN: ⟦k⟧",
             n=pick(r, ["payments", "search", "ledger"]), h=L("hash", rs(r, HEX, 64)), pw=password(r), k=key(r))


@T("terraform_tfvars")
def _(r):
    return R("region          = \"⟦reg⟧\"\naccess_key      = \"⟦a⟧\"\nsecret_key      = \"⟦s⟧\"\nami             = \"ami-⟦ami⟧\"\nallowed_cidr    = \"⟦ip⟧/32\"",
             reg=pick(r, ["eu-central-1", "us-east-1", "ap-southeast-2"]), a=key(r, "aws_akid"), s=key(r, "aws_secret"),
             ami=L("resource_id", rs(r, HEX, 17)), ip=ipv4(r))


@T("aws_credentials_file")
def _(r):
    prof = pick(r, ["default", "prod", "ci-deployer"])
    return R("[" + prof + "]\naws_access_key_id = ⟦a⟧\naws_secret_access_key = ⟦s⟧\nregion = eu-west-1\n# rotated ⟦d⟧ (⟦tk⟧)",
             a=key(r, "aws_akid"), s=key(r, "aws_secret"), d=ddate(r), tk=lk(r, "ticket_id"))


@T("connection_strings")
def _(r):
    out = []
    for _ in range(r.randint(1, 3)):
        x = pick(r, ["mongo", "pg", "redis", "amqp", "mssql", "jdbc"])
        pw = password(r, url_safe=True)
        if x == "mongo":
            out.append(R("mongodb+srv://analytics:⟦pw⟧@cluster0.⟦c⟧.mongodb.net/?retryWrites=true", pw=pw, c=rs(r, LO + DIG, 5)))
        elif x == "pg":
            out.append(R("postgresql://app_user:⟦pw⟧@⟦h⟧:5432/orders?sslmode=require", pw=pw, h=ip_any(r)))
        elif x == "redis":
            out.append(R("redis://:⟦pw⟧@⟦h⟧:6379/0", pw=pw, h=ip_any(r) if r.random() < .5 else "cache.internal"))
        elif x == "amqp":
            out.append(R("amqp://guest:⟦pw⟧@rabbit.svc:5672/vhost", pw=pw))
        elif x == "mssql":
            out.append(R("Server=tcp:⟦h⟧,1433;Database=crm;User ID=sa;Password=⟦pw⟧;Encrypt=True;", h=ip_any(r), pw=password(r)))
        else:
            out.append(R("jdbc:mysql://⟦h⟧:3306/shop?user=root&password=⟦pw⟧", h=ip_any(r), pw=pw))
    return C(pick(r, ["Which of these is wrong? connection keeps timing out (since ", "connection strings from the old wiki page (edited ", "# copied "]), ddate(r), "):\n", J("\n", out))


@T("azure_conn_string")
def _(r):
    acct = pick(r, ["stprodlogs", "mediastore01", "backupeu2"])
    return R("AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=" + acct + ";AccountKey=⟦k⟧;EndpointSuffix=core.windows.net\"\n# container: exports-⟦d⟧",
             k=key(r, "azure_key"), d=L("date", "%04d%02d" % (r.randint(2023, 2026), r.randint(1, 12))))


@T("http_request_dump")
def _(r):
    if r.random() < 0.5:
        import base64
        user = pick(r, ["admin", "deploy", "svc-backup", "jenkins"])
        pw = password(r)
        b = base64.b64encode((user + ":" + pw.text).encode()).decode()
        auth = C("Basic ", S("API_KEY", b))
    else:
        auth = C("Bearer ", key(r, "jwt"))
    return R("POST /v1/sync HTTP/1.1\nHost: api.brightpath.io\nUser-Agent: sync-agent/⟦v⟧\nX-Forwarded-For: ⟦ip⟧\nAuthorization: ⟦a⟧\nX-Request-Id: ⟦u⟧\nContent-Length: ⟦n⟧",
             v=lk(r, "version"), ip=ip_any(r), a=auth, u=L("uuid", uuid4(r)), n=str(r.randint(10, 9000)))


@T("slack_webhook_leak")
def _(r):
    tk = S("API_KEY", "T0" + rs(r, UPNUM, 8) + "/B0" + rs(r, UPNUM, 9) + "/" + rs(r, ALNUM, 24))
    return R("alerts:\n  slack_webhook: https://hooks.slack.com/services/⟦tk⟧\n  channel: \"#ops-alerts\"\n  runbook: https://wiki.internal/runbooks/⟦id⟧",
             tk=tk, id=lk(r, "ticket_id"))


@T("firewall_rules")
def _(r):
    out = ["# blocklist updated ⟦d⟧"]
    kw = {"d": ddate(r)}
    for i in range(r.randint(2, 4)):
        if r.random() < 0.7:
            out.append("iptables -A INPUT -s ⟦ip%d⟧ -j DROP" % i)
            kw["ip%d" % i] = ipv4(r)
        else:
            out.append("ip6tables -A INPUT -s ⟦ip%d⟧ -p tcp --dport ⟦pt%d⟧ -j REJECT" % (i, i))
            kw["ip%d" % i] = ipv6(r)
            kw["pt%d" % i] = lk(r, "port")
    out.append("iptables -A INPUT -s ⟦lan⟧/24 -j ACCEPT")
    kw["lan"] = S("IP_ADDRESS", "192.168.%d.0" % r.randint(0, 20), False)
    return R("\n".join(out), **kw)


@T("netplan_ipv6")
def _(r):
    a = ipv6(r, "comp")
    return R("network:\n  version: 2\n  ethernets:\n    eth0:\n      addresses:\n        - ⟦a⟧/64\n        - ⟦v4⟧/24\n      gateway6: ⟦gw⟧\n      nameservers:\n        addresses: [⟦dns⟧]\n# rendered by cloud-init ⟦v⟧ on ⟦t⟧",
             v=lk(r, "version"), t=iso_ts(r), a=a, v4=ipv4(r), gw=ipv6_linklocal(r) if r.random() < .5 else ipv6(r), dns=ip_any(r))


@T("ifconfig_output")
def _(r):
    iface = pick(r, ["en0", "eth0", "wlan0", "enp3s0"])
    mac = ":".join(rs(r, HEX, 2) for _ in range(6))
    return R(iface + ": flags=8863<UP,BROADCAST,RUNNING,SIMPLEX,MULTICAST> mtu 1500\n\tether " + mac + "\n\tinet6 ⟦ll⟧ prefixlen 64 secured scopeid 0x⟦sc⟧\n\tinet ⟦v4⟧ netmask ⟦nm⟧ broadcast ⟦bc⟧\n\tinet6 ⟦g6⟧ prefixlen 64 autoconf secured",
             nm=L("netmask", "0xffffff00"), ll=ipv6_linklocal(r, iface), sc=str(r.randint(4, 12)), v4=ipv4_private(r), bc=S("IP_ADDRESS", "192.168.1.255", False), g6=ipv6(r))


@T("ssh_known_hosts")
def _(r):
    return R("# ~/.ssh/config\nHost prod-db\n    HostName ⟦ip⟧\n    User ubuntu\n    Port 22\n# known_hosts\n⟦ip2⟧ ⟦pk⟧",
             ip=ipv4(r), ip2=ip_any(r), pk=lk(r, "public_key"))


@T("bank_transfer_request_en")
def _(r):
    p = person(r, pick(r, LATIN_CULTURES))
    return R(pick(r, ["Hi, please send ⟦a⟧ to my account — IBAN ⟦ib⟧, BIC ⟦bic⟧, name ⟦p⟧. Reference: ⟦ref⟧",
                      "Payee: ⟦p⟧\nIBAN: ⟦ib⟧\nSWIFT: ⟦bic⟧\nAmount: ⟦a⟧\nRemittance info: ⟦ref⟧"]),
             a=amount(r), ib=iban(r), bic=bic(r), p=p, ref=pick(r, [rf_reference(r), lk(r, "invoice_number")]))


@T("invoice_text")
def _(r):
    p = person(r, pick(r, ["de", "nl", "fr", "it", "es", "en"]))
    return R("INVOICE ⟦inv⟧\nIssued: ⟦d⟧   Due: ⟦d2⟧\nBill to: ⟦p⟧\nVAT ID (supplier): ⟦vat⟧\nItem ⟦sku⟧ x 3 ........ ⟦a⟧\nPlease pay to ⟦ib⟧ quoting ⟦inv2⟧.",
             inv=lk(r, "invoice_number"), d=ddate(r), d2=ddate(r), p=p, vat=lk(r, "vat_id"), sku=lk(r, "sku"), a=amount(r), ib=iban(r), inv2=lk(r, "invoice_number"))


@T("payroll_csv", w=1.5)
def _(r):
    out = [C("emp_id,name,ssn,routing,account_last4,gross")]
    for _ in range(r.randint(2, 4)):
        out.append(R("⟦id⟧,⟦p⟧,⟦s⟧,⟦rt⟧,⟦l4⟧,⟦g⟧", id=L("record_id", "E" + str(r.randint(1000, 9999))), p=person(r, pick(r, ["en", "es", "in_lat", "zh_lat", "yo", "vi"])),
                     s=ssn(r), rt=lk(r, "routing_number"), l4=lk(r, "card_last4"), g=L("amount", "%d.%02d" % (r.randint(1500, 9000), r.randint(0, 99)))))
    return J("\n", out)


@T("w2_form_ocr", w=1.5)
def _(r):
    return R("a Employee's social security number\n⟦s⟧\nb Employer identification number (EIN)\n⟦ein⟧\ne Employee's first name and initial   Last name\n⟦p⟧\n1 Wages, tips ⟦a⟧   2 Federal income tax withheld ⟦a2⟧\nForm W-2 Wage and Tax Statement ⟦y⟧",
             s=ssn(r, "dash"), ein=lk(r, "ein"), p=person(r, "en", pick(r, ["middle", "full"])), a=L("amount", str(r.randint(30000, 150000)) + ".00"), a2=L("amount", str(r.randint(3000, 30000)) + ".00"), y=L("date", str(r.randint(2019, 2025))))


@T("hr_chat_ssn", w=2)
def _(r):
    p = person(r, pick(r, ["en", "es", "in_lat", "yo", "zh_lat"]), pick(r, ["full", "given", "lower"]))
    return R(pick(r, ["can u run the background check for ⟦p⟧? ssn ⟦s⟧, dob ⟦d⟧",
                      "⟦p⟧'s SSN on the I-9 is ⟦s⟧ but payroll has ⟦bad⟧ — which one is right?",
                      "need to fix ⟦p⟧ record, SSN ⟦s⟧ (case ⟦c⟧)"]),
             p=p, s=ssn(r), d=ddate(r), bad=invalid_ssn(r), c=lk(r, "case_number"))


@T("password_reset_chat")
def _(r):
    u = pick(r, ["my password", "the admin password", "wifi pw", "the shared vault password", "root pass"])
    return R(pick(r, ["hey " + u + " is ⟦pw⟧ — can you reset it? ticket ⟦tk⟧",
                      "lol I just typed " + u + " (⟦pw⟧) into the wrong chat at ⟦t⟧, pls ignore",
                      u + " got changed to ⟦pw⟧ after ⟦d⟧, old one was ⟦pw2⟧"]),
             pw=password(r), pw2=password(r), tk=lk(r, "ticket_id"), d=ddate(r), t=L("timestamp", "%d:%02d" % (r.randint(1, 12), r.randint(0, 59))))


@T("wifi_credentials")
def _(r):
    return R(pick(r, ["Guest Wi-Fi\nSSID: ⟦ssid⟧\nPassword: ⟦pw⟧\nValid until ⟦d⟧", "WIFI:T:WPA;S:⟦ssid⟧;P:⟦pw⟧;;  (printed ⟦d⟧)"]),
             ssid=L("ssid", pick(r, ["Office-5G", "FRITZ!Box 7590 XK", "Galileo-Guest", "NETGEAR-41"])), pw=password(r), d=ddate(r))


@T("sticky_note_ocr")
def _(r):
    return R(pick(r, ["~ VPN ~\nuser: ⟦u⟧\npw: ⟦pw⟧\n(do not share!) ⟦d⟧", "server ⟦ip⟧\nroot / ⟦pw⟧\nport ⟦pt⟧"]),
             u=pick(r, ["vpn-shared", "contractor07", "ops-bridge", "kiosk3"]), pw=password(r), d=ddate(r), ip=ipv4(r) if r.random() < .6 else ipv4_private(r), pt=lk(r, "port"))


@T("crash_report")
def _(r):
    p, e, _ = pe(r)
    return R("Incident Identifier: ⟦u⟧\nHardware Model: iPhone15,3\nOS Version: iOS ⟦v⟧ (⟦b⟧)\nApp Version: ⟦v2⟧\nUser: ⟦e⟧\nLast known IP: ⟦ip⟧\nException Type: EXC_BAD_ACCESS (SIGSEGV) at 0x⟦addr⟧",
             u=L("uuid", uuid4(r).upper()), v=L("version", "%d.%d.%d" % (r.randint(16, 18), r.randint(0, 6), r.randint(0, 3))), b=L("build_number", rs(r, DIG, 2) + pick(r, UP) + rs(r, DIG, 3)),
             v2=lk(r, "version"), e=e, ip=ip_any(r), addr=L("hex_address", rs(r, HEX, 16)))


@T("review_reply")
def _(r):
    p = person(r, pick(r, LATIN_CULTURES), pick(r, ["given", "full", "initial"]))
    return R(pick(r, ["★★☆☆☆ \"Delivery took 3 weeks\" — ⟦p⟧, ⟦d⟧\nReply from owner: Sorry ⟦p2⟧! Please email us at ⟦e⟧ with order ⟦o⟧.",
                      "Response to ⟦p⟧: thanks for the 5 stars! Your replacement (tracking ⟦o⟧) ships ⟦d⟧. Our support line: ⟦ph⟧"]),
             p=p, p2=S("PERSON", p.text), d=ddate(r), e=email(r, domain=pick(r, CORP_DOMAINS)), o=lk(r, pick(r, ["order_number", "tracking_number"])), ph=phone(r))


@T("calendar_invite")
def _(r):
    org, oe, _ = pe(r)
    att = [pe(r)[1] for _ in range(r.randint(1, 3))]
    return R("BEGIN:VEVENT\nUID:⟦u⟧\nDTSTART:⟦t⟧\nSUMMARY:Q⟦q⟧ roadmap review\nORGANIZER;CN=⟦o⟧:mailto:⟦oe⟧\n⟦att⟧\nDESCRIPTION:Dial-in ⟦ph⟧ Conference ID: ⟦mid⟧\nEND:VEVENT",
             u=L("uuid", uuid4(r)), t=L("timestamp", "2025%02d%02dT%02d0000Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(6, 18))), q=str(r.randint(1, 4)),
             o=org, oe=oe, att=J("\n", [C("ATTENDEE;RSVP=TRUE:mailto:", a) for a in att]), ph=phone(r, intl=True) if r.random() < .7 else phone_fake(r), mid=lk(r, "meeting_id"))


@T("order_confirmation")
def _(r):
    p, e, _ = pe(r)
    return R("Thanks for your order, ⟦g⟧!\nOrder ⟦o⟧ placed ⟦d⟧\nShip to: ⟦p⟧\nPhone: ⟦ph⟧\nTotal: ⟦a⟧ (paid with card ending ⟦l4⟧)\nTrack: ⟦tr⟧\nQuestions? Reply to this email — we sent a copy to ⟦e⟧.",
             g=S("PERSON", p.text.split(" ")[0]), o=lk(r, "order_number"), d=ddate(r), p=p, ph=phone(r), a=amount(r), l4=lk(r, "card_last4"), tr=lk(r, "tracking_number"), e=e)


@T("medical_appointment")
def _(r):
    p = person(r, pick(r, LATIN_CULTURES), pick(r, ["full", "comma", "upper_sur"]))
    doc = person(r, pick(r, LATIN_CULTURES), "surname")
    return R("Appointment reminder\nPatient: ⟦p⟧   MRN ⟦mrn⟧   DOB ⟦dob⟧\nWith: Dr. ⟦doc⟧ — ⟦dept⟧\nWhen: ⟦d⟧ at ⟦t⟧\nIf you need to reschedule call ⟦ph⟧.",
             p=p, mrn=L("record_number", rs(r, DIG, 8)), dob=ddate(r), doc=doc, dept=pick(r, ["Cardiology", "Dermatology", "Physio"]), d=ddate(r), t=L("timestamp", "%d:%02d" % (r.randint(8, 17), pick(r, [0, 15, 30, 45]))), ph=phone(r))


@T("contract_parties")
def _(r):
    p = person(r, pick(r, ["en", "de", "fr", "nl", "it"]))
    return R("This Agreement (No. ⟦c⟧) is made on ⟦d⟧ between ⟦org⟧ (\"Company\") and ⟦p⟧ (\"Contractor\"). Fees under clause ⟦cl⟧ shall be paid to account ⟦ib⟧. Notices: ⟦e⟧.",
             c=lk(r, "case_number"), d=ddate(r), org=org_named(r), p=p, cl=L("section_number", "%d.%d" % (r.randint(2, 9), r.randint(1, 9))), ib=iban(r), e=email(r))


@T("resume_header")
def _(r):
    p, e, _ = pe(r)
    return R("⟦p⟧\n⟦ph⟧ · ⟦e⟧ · github.com/⟦gh⟧\n\nEXPERIENCE\n⟦org⟧ — Software Engineer (⟦d1⟧ – present)\n- Migrated ⟦n⟧ services to ⟦prod⟧ GPUs",
             p=S("PERSON", p.text.upper() if r.random() < .3 else p.text), ph=phone(r), e=e, gh=pick(r, ["quietfox", "byte-otter", "nullpointer", "tidepool", "k8s-gremlin"]) + str(r.randint(1, 99)),
             org=org_named(r), d1=L("date", "%s %d" % (pick(r, ["Jan", "Mar", "Sep"]), r.randint(2015, 2024))), n=str(r.randint(3, 40)), prod=product_named(r))


@T("github_issue_leak")
def _(r):
    k = key(r)
    return R("### Bug: upload fails on ⟦v⟧\n\n**Steps**\n1. run `sync --profile prod`\n2. see error\n\n```\n⟦t⟧ DEBUG config loaded: token=⟦k⟧ region=eu\n⟦t2⟧ ERROR upload failed (⟦ec⟧) request ⟦u⟧\n```\n\ncommit ⟦sha⟧",
             v=lk(r, "version"), t=iso_ts(r), k=k, t2=iso_ts(r), ec=lk(r, "error_code"), u=L("uuid", uuid4(r)), sha=lk(r, "git_sha"))


@T("stackoverflow_question")
def _(r):
    return R(pick(r, ["Why does PDO throw SQLSTATE[HY000] [1045]? My code:\n```php\n$pdo = new PDO('mysql:host=⟦h⟧;dbname=shop', 'root', '⟦pw⟧');\n```\nPHP ⟦v⟧, MySQL 8.",
                      "psycopg2 can't connect:\n```python\nconn = psycopg2.connect(host='⟦h⟧', user='postgres', password='⟦pw⟧')\n```\nError: ⟦ec⟧ — running ⟦v⟧"]),
             h=ip_any(r), pw=password(r), v=lk(r, "version"), ec=lk(r, "error_code"))


@T("sentry_event")
def _(r):
    p, e, _ = pe(r)
    return R('{\n  "event_id": "⟦h⟧",\n  "release": "web@⟦v⟧",\n  "user": {"id": "⟦id⟧", "email": "⟦e⟧", "ip_address": "⟦ip⟧", "username": "⟦un⟧"},\n  "exception": {"type": "TypeError", "value": "Cannot read properties of undefined"}\n}',
             h=L("hash", rs(r, HEX, 32)), v=lk(r, "version"), id=L("record_id", str(r.randint(1000, 999999))), e=e, ip=ip_any(r), un=S("PERSON", p.text))


@T("printenv_output")
def _(r):
    return R("$ printenv | grep -i -E 'key|token|pass'\nCI_JOB_ID=⟦j⟧\nNPM_TOKEN=⟦npm⟧\nREGISTRY_PASSWORD=⟦pw⟧\nGIT_COMMIT=⟦sha⟧",
             j=L("build_number", str(r.randint(100000, 9999999))), npm=key(r, "npm"), pw=password(r), sha=lk(r, "git_sha"))


@T("jupyter_cell")
def _(r):
    return R("In [⟦n⟧]: import openai, pandas as pd\n   ...: openai.api_key = \"⟦k⟧\"\n   ...: df = pd.read_csv(\"runs_⟦d⟧.csv\")\nOut[⟦n⟧]: <DataFrame ⟦rows⟧ rows x 12 cols>",
             n=str(r.randint(1, 60)), k=pick(r, [key(r, "openai"), key(r, "openai"), key_fake(r)]), d=L("date", "%04d%02d%02d" % (r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28))), rows=str(r.randint(10, 90000)))


@T("travel_booking_pnr")
def _(r):
    cult, g, s = name_parts(r, pick(r, LATIN_CULTURES))
    pax = S("PERSON", ascii_slug(s).upper() + "/" + ascii_slug(g).upper() + pick(r, [" MR", " MS", " MRS", ""]))
    return R("BOOKING REF ⟦pnr⟧\nPASSENGER: ⟦pax⟧\nFLIGHT ⟦fl⟧ ⟦d⟧ DEP 07:45 SEAT ⟦seat⟧\nCONTACT ⟦ph⟧ / ⟦e⟧\nE-TICKET ⟦tkt⟧",
             pnr=L("booking_reference", rs(r, UP + "23456789", 6)), pax=pax, fl=lk(r, "flight_number"), d=ddate(r), seat=L("seat", "%d%s" % (r.randint(1, 45), pick(r, "ABCDEF"))),
             ph=phone(r, intl=True), e=email(r, (g, s)), tkt=L("ticket_number", "220" + rs(r, DIG, 10)))


@T("shipping_label_ocr")
def _(r):
    p = person(r, pick(r, LATIN_CULTURES), pick(r, ["full", "upper_sur"]))
    return R("SHIP TO:\n⟦p⟧\nTEL ⟦ph⟧\nWEIGHT 2.3 KG   PKG 1/1\nTRACKING #: ⟦tr⟧\nREF: ⟦o⟧",
             p=p, ph=phone(r), tr=lk(r, "tracking_number"), o=lk(r, "order_number"))


@T("school_roster")
def _(r):
    out = [C("Class 4B — parent contacts (", ddate(r), ")")]
    for _ in range(r.randint(2, 4)):
        kid = person(r, pick(r, LATIN_CULTURES), "given")
        par = person(r, pick(r, LATIN_CULTURES), pick(r, ["full", "initial"]))
        out.append(R("⟦k⟧ — parent: ⟦p⟧, ⟦ph⟧", k=kid, p=par, ph=phone(r)))
    return J("\n", out)


@T("code_review_comment")
def _(r):
    k = key(r, pick(r, ["aws_akid", "github_pat", "slack_bot", "stripe_sk"]))
    return R(pick(r, ["🚫 line ⟦ln⟧ in `settings.py` hard-codes ⟦k⟧ — please rotate and use ⟦env⟧ instead. (PR ⟦pr⟧)",
                      "nit: rename `tmp2`. Blocker: `⟦k⟧` is committed in ⟦sha⟧, revoke it ASAP."]),
             ln=str(r.randint(5, 300)), k=k, env=lk(r, "env_var_reference"), pr=L("ticket_id", "#" + str(r.randint(100, 9999))), sha=lk(r, "git_sha"))


@T("ci_log")
def _(r):
    return R("Run actions/checkout@v4\n  with:\n    token: ***\n⟦t⟧ Publishing ⟦v⟧ to registry\n⟦t2⟧ npm notice Using token ⟦k⟧ from .npmrc\n⟦t3⟧ + ⟦pkg⟧@⟦v2⟧",
             t=iso_ts(r), v=lk(r, "version"), t2=iso_ts(r), k=key(r, "npm"), t3=iso_ts(r), pkg=pick(r, ["@brightpath/ui", "quarry-cli"]), v2=lk(r, "version"))


@T("mail_headers")
def _(r):
    p, e, _ = pe(r)
    return R("Received: from mx2.lumenfield.co.uk (⟦ip⟧) by mail.brightpath.io with ESMTPS id ⟦id⟧; ⟦d⟧\nMessage-ID: ⟦mid⟧\nFrom: \"⟦p⟧\" <⟦e⟧>\nX-Originating-IP: [⟦ip2⟧]\nSubject: Re: quote ⟦q⟧",
             ip=ipv4(r), id=L("queue_id", rs(r, UPNUM, 10)), d=L("timestamp", "Tue, %d Mar 2025 %02d:%02d:%02d +0100" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))),
             mid=lk(r, "message_id"), p=p, e=e, ip2=ip_any(r), q=lk(r, "invoice_number"))


@T("vcard")
def _(r):
    cult, g, s = name_parts(r, pick(r, LATIN_CULTURES))
    return R("BEGIN:VCARD\nVERSION:3.0\nN:⟦n⟧;;;\nFN:⟦fn⟧\nTEL;TYPE=CELL:⟦ph⟧\nEMAIL;TYPE=INTERNET:⟦e⟧\nREV:⟦t⟧\nEND:VCARD",
             n=S("PERSON", s + ";" + g), fn=S("PERSON", full_name_str(cult, g, s)), ph=phone(r), e=email(r, (g, s)), t=iso_ts(r))


@T("ldap_ldif")
def _(r):
    cult, g, s = name_parts(r, pick(r, LATIN_CULTURES))
    uid = "u%05d" % r.randint(1000, 99999)
    return R("dn: uid=⟦uid⟧,ou=people,dc=corp,dc=example\ncn: ⟦cn⟧\nsn: ⟦sn⟧\nmail: ⟦e⟧\ntelephoneNumber: ⟦ph⟧\nuidNumber: ⟦n⟧\nmodifyTimestamp: ⟦mt⟧\nuserPassword: ⟦pw⟧",
             uid=L("username", uid), cn=S("PERSON", full_name_str(cult, g, s)), sn=S("PERSON", s), e=email(r, (g, s)), ph=phone(r), n=str(r.randint(1000, 60000)), mt=L("timestamp", "20%02d%02d%02d%02d%02d%02dZ" % (r.randint(20, 26), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))),
             pw=S("API_KEY", "{SSHA}" + rs(r, B64, 32)) if r.random() < .5 else password(r))


@T("xml_soap")
def _(r):
    p = person(r, pick(r, ["de", "fr", "es", "it", "nl", "pl"]))
    return R("<soap:Body>\n  <CreateMandate xmlns=\"urn:sepa:v2\">\n    <MandateId>⟦m⟧</MandateId>\n    <Debtor><Name>⟦p⟧</Name><IBAN>⟦ib⟧</IBAN><BIC>⟦bic⟧</BIC></Debtor>\n    <SignedOn>⟦d⟧</SignedOn>\n  </CreateMandate>\n</soap:Body>",
             m=L("mandate_id", "MNDT-" + rs(r, UPNUM, 10)), p=p, ib=iban(r, style="plain"), bic=bic(r), d=ddate(r))


@T("graphql_response")
def _(r):
    p, e, _ = pe(r)
    return R('{"data":{"viewer":{"id":"⟦id⟧","name":"⟦p⟧","email":"⟦e⟧","lastLoginIp":"⟦ip⟧","orders":{"totalCount":⟦n⟧}}},"extensions":{"cost":⟦c⟧}}',
             id=L("record_id", "VXNlcjo" + rs(r, ALNUM, 6)), p=p, e=e, ip=ip_any(r), n=str(r.randint(0, 90)), c=str(r.randint(1, 50)))


@T("mongo_shell")
def _(r):
    p, e, _ = pe(r)
    return R("> db.users.find({ email: \"⟦e⟧\" })\n{ \"_id\" : ObjectId(\"⟦oid⟧\"), \"name\" : \"⟦p⟧\", \"phone\" : \"⟦ph⟧\", \"createdAt\" : ISODate(\"⟦t⟧\") }",
             e=e, oid=L("object_id", rs(r, HEX, 24)), p=p, ph=phone(r), t=iso_ts(r))


@T("pandas_printout")
def _(r):
    out = [C("      name                 phone          ip          # "), ]
    out[0] = C(out[0], lk(r, "uuid"))
    for i in range(r.randint(2, 4)):
        out.append(R("⟦i⟧  ⟦p⟧   ⟦ph⟧   ⟦ip⟧", i=str(i), p=person(r, pick(r, LATIN_CULTURES)), ph=phone(r), ip=ip_any(r)))
    return C(J("\n", out), "\n[", str(len(out) - 1), " rows x 3 columns]")


@T("gdpr_request")
def _(r):
    p, e, _ = pe(r)
    return R("Subject: Data subject access request (Art. 15 GDPR)\n\nI, ⟦p⟧, request a copy of all personal data you hold linked to ⟦e⟧ and the phone number ⟦ph⟧. My customer number is ⟦c⟧. Please reply within one month (by ⟦d⟧).",
             p=p, e=e, ph=phone(r, pick(r, ["DE", "FR", "NL", "IE", "ES", "IT", "PL", "AT"])), c=L("record_id", rs(r, DIG, 9)), d=ddate(r))


@T("phone_directory")
def _(r):
    out = [C("Internal directory — updated ", ddate(r))]
    for _ in range(r.randint(3, 5)):
        out.append(R("⟦p⟧ ..... ⟦ph⟧ (room ⟦rm⟧)", p=person(r, pick(r, LATIN_CULTURES), pick(r, ["comma", "full", "initial"])), ph=phone(r, pick(r, ["US", "GB", "DE"]), ext=True), rm=L("room_number", "%d.%02d" % (r.randint(1, 6), r.randint(1, 40)))))
    out.append(C("Reception / switchboard: ", phone_vanity(r) if r.random() < 0.5 else phone_fake(r)))
    return J("\n", out)


@T("oncall_alert")
def _(r):
    p = person(r, pick(r, LATIN_CULTURES), pick(r, ["full", "given"]))
    return R("[FIRING:1] HighErrorRate api-gateway (⟦v⟧)\nhost: ⟦ip⟧  since ⟦t⟧\non-call: ⟦p⟧ ⟦ph⟧\nrunbook: https://runbooks.internal/⟦tk⟧  dedup_key ⟦h⟧",
             v=lk(r, "version"), ip=ip_any(r), t=iso_ts(r), p=p, ph=phone(r, intl=True), tk=lk(r, "ticket_id"), h=L("hash", rs(r, HEX, 32)))


@T("iban_chat_lower")
def _(r):
    raw = iban_raw(r)
    t = raw.lower() if r.random() < 0.5 else raw
    return R(pick(r, ["send it to ⟦ib⟧ pls, thx 🙏 (⟦a⟧ for the ⟦ev⟧ tickets)", "iban ⟦ib⟧ ok? or should i use paypal lol (split ⟦a⟧)", "my new account: ⟦ib⟧\nold one closed ⟦d⟧"]),
             ib=S("IBAN_CODE", t), a=amount(r), ev=pick(r, ["concert", "ski trip", "Summer party"]), d=ddate(r))


@T("ssn_chat_plain", w=2)
def _(r):
    return R(pick(r, ["my social is ⟦s⟧ if you need it for the form (ref ⟦c⟧)", "ssn: ⟦s⟧  (not ⟦bad⟧, that one was a typo)", "SSN# ⟦s⟧ — dob ⟦d⟧ — claim ⟦c⟧"]),
             s=ssn(r, pick(r, ["plain", "space", "dash"])), bad=invalid_ssn(r), d=ddate(r), c=lk(r, "case_number"))


@T("ipv6_troubleshooting_chat")
def _(r):
    a = ipv6(r)
    return R(pick(r, ["can't reach [⟦a⟧]:⟦pt⟧ from the office, but ⟦b⟧ works?? running ⟦v⟧",
                      "ping6 ⟦a⟧ → 100% loss since ⟦t⟧. traceroute stops at ⟦c⟧. our prefix is ⟦d⟧/48",
                      "curl -6 'http://[⟦a⟧]:⟦pt⟧/healthz' hangs; v4 ⟦b⟧ is fine (agent ⟦v⟧)"]),
             t=iso_ts(r), a=a, pt=str(pick(r, [8443, 8080, 443, 3000])), b=ipv4(r), v=lk(r, "version"), c=ipv6_linklocal(r, pick(r, ["eth0", "en1"])), d=ipv6(r, "comp"))


@T("docker_run_env")
def _(r):
    return R("docker run -d --name pg -e POSTGRES_PASSWORD=⟦pw⟧ -p ⟦pt⟧:5432 postgres:⟦v⟧\nkubectl create secret generic api-creds --from-literal=password=⟦pw2⟧ --from-literal=token=⟦k⟧",
             pw=password(r), pt=lk(r, "port"), v=L("version", str(r.randint(12, 17))), pw2=password(r), k=key(r))


@T("mysql_cli")
def _(r):
    pw = password(r)
    return R(pick(r, ["$ mysql -u root -p⟦pw⟧ -h ⟦h⟧ shop < dump_⟦d⟧.sql\nmysql: [Warning] Using a password on the command line interface can be insecure.",
                      "$ PGPASSWORD='⟦pw⟧' psql -h ⟦h⟧ -U admin -d ledger -c 'select count(*) from tx where day=⟦dq⟧'\n count\n-------\n ⟦n⟧"]),
             dq=L("date", "'%04d-%02d-%02d'" % (r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28))), pw=pw, h=ip_any(r), d=L("date", "%04d%02d%02d" % (r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28))), n=str(r.randint(100, 9999999)))


@T("ansible_inventory")
def _(r):
    return R("# inventory generated ⟦d⟧ by terraform ⟦v⟧\n[web]\n⟦h1⟧ ansible_user=deploy\n⟦h2⟧ ansible_user=deploy\n\n[db]\ndb1 ansible_host=⟦h3⟧ ansible_password=⟦pw⟧ ansible_become_pass=⟦pw2⟧",
             h1=ipv4(r), h2=ip_any(r), h3=ip_any(r), pw=password(r), pw2=password(r), d=ddate(r), v=lk(r, "version"))


@T("windows_event_log")
def _(r):
    return R("An account failed to log on.\nSubject: Security ID: S-1-0-0\nAccount For Which Logon Failed: Account Name: ⟦u⟧ Account Domain: CORP\nFailure Reason: Unknown user name or bad password. Status: ⟦ec⟧\nNetwork Information: Workstation Name: WS-⟦ws⟧ Source Network Address: ⟦ip⟧ Source Port: ⟦pt⟧",
             u=person(r, pick(r, ["en", "de", "nl"]), "initial") if r.random() < .4 else L("username", pick(r, ["svc_backup", "administrator", "scanner"])),
             ec=lk(r, "error_code"), ws=str(r.randint(100, 999)), ip=ip_any(r), pt=str(r.randint(1024, 65535)))


@T("business_card_ocr")
def _(r):
    p, e, _ = pe(r)
    return R("⟦org⟧\n⟦p⟧\n" + pick(r, ["Director of Operations", "Sales Engineer", "Attorney at Law"]) + "\nt ⟦ph⟧  f ⟦fx⟧\n⟦e⟧\nwww.brightpath.io",
             org=pick(r, [org_named(r), L("org", "Tidewater Analytics")]), p=S("PERSON", p.text.upper() if r.random() < .4 else p.text), ph=phone(r), fx=phone(r), e=e)


@T("insurance_claim", w=1.5)
def _(r):
    p = person(r, pick(r, LATIN_CULTURES))
    return R("Claim ⟦c⟧ — policyholder ⟦p⟧ (policy ⟦pol⟧)\nIncident: ⟦d⟧, vehicle ⟦car⟧\nReimburse to card ⟦cc⟧ or IBAN ⟦ib⟧\nAdjuster: ⟦adj⟧",
             c=lk(r, "case_number"), p=p, pol=L("policy_number", "POL-" + rs(r, DIG, 8)), d=ddate(r), car=L("product_named_after_person", pick(r, ["Ford Focus", "Porsche Cayenne", "Tesla Model Y", "Škoda Octavia"])),
             cc=card(r), ib=iban(r), adj=person(r, pick(r, LATIN_CULTURES), "initial"))


@T("rental_application", w=1.5)
def _(r):
    p, e, _ = pe(r, pick(r, ["en", "es", "in_lat", "yo", "zh_lat", "ko_lat"]))
    return R("RENTAL APPLICATION — Unit ⟦u⟧\nApplicant: ⟦p⟧\nSSN: ⟦s⟧\nCell: ⟦ph⟧\nEmail: ⟦e⟧\nCurrent landlord: ⟦ll⟧ ⟦ph2⟧\nMonthly income: ⟦a⟧",
             u=L("unit_number", "%d%s" % (r.randint(1, 30), pick(r, "ABCD"))), p=p, s=ssn(r), ph=phone(r, "US"), e=e, ll=person(r, "en"), ph2=phone(r, "US", intl=False), a=amount(r))


@T("form_1099_text", w=1.5)
def _(r):
    return R("PAYER'S TIN ⟦ein⟧    RECIPIENT'S TIN ⟦s⟧\nRECIPIENT'S name ⟦p⟧\nAccount number (see instructions) ⟦acct⟧\n1 Rents ⟦a⟧   7 Payer made direct sales totaling $5,000 ☐",
             ein=lk(r, "ein"), s=ssn(r), p=person(r, "en", pick(r, ["full", "middle", "upper_sur"])), acct=L("record_id", rs(r, DIG, 10)), a=amount(r))


@T("phishing_email", w=1.5)
def _(r):
    p = person(r, pick(r, LATIN_CULTURES))
    return R("Dear ⟦p⟧,\nWe detected unusual activity on your account (case ⟦c⟧). To avoid suspension, confirm your card ⟦cc⟧ and call ⟦ph⟧ within 24h.\nSecurity Team\n⟦org⟧ Bank",
             p=p, c=lk(r, "case_number"), cc=card(r), ph=phone(r, intl=True), org=L("org_named_after_person", pick(r, ["Carnegie", "Rothschild", "Morgan"])))


@T("translate_request")
def _(r):
    p = person(r, pick(r, LATIN_CULTURES))
    tgt = pick(r, ["German", "Japanese", "Spanish", "French", "Korean"])
    return R("Translate to " + tgt + ": \"Hello, my name is ⟦p⟧. You can reach me at ⟦ph⟧ or ⟦e⟧. My flight ⟦fl⟧ lands on ⟦d⟧.\"",
             p=p, ph=phone(r), e=email(r), fl=lk(r, "flight_number"), d=ddate(r))


@T("classified_ad")
def _(r):
    p = person(r, pick(r, LATIN_CULTURES), "given")
    return R(pick(r, ["FOR SALE: ⟦prod⟧, 2019, ⟦a⟧ obo. Text ⟦p⟧ at ⟦ph⟧, no lowballers.", "Lost cat near ⟦pl⟧! Answers to \"Mochi\". Call ⟦p⟧ ⟦ph⟧ — reward ⟦a⟧"]),
             prod=L("product_named_after_person", pick(r, ["Ford Fiesta", "Yamaha keyboard", "Dyson V11"])), a=amount(r), p=p, ph=phone(r, intl=False), pl=place_named(r))


@T("family_chat")
def _(r):
    rel = pick(r, ["mom", "grandpa", "aunt", "my brother"])
    return R(pick(r, [rel + "'s new number is ⟦ph⟧ btw, old one stopped working ⟦d⟧", "can u send " + rel + " the wifi pw? it's ⟦pw⟧", "⟦p⟧ said call her at ⟦ph⟧ after ⟦t⟧ 😊"]),
             ph=phone(r), d=ddate(r), pw=password(r), p=person(r, pick(r, LATIN_CULTURES), "lower"), t=L("timestamp", "%dpm" % r.randint(1, 9)))


@T("famous_trivia_with_contact")
def _(r):
    f = famous(r)
    return R("For the ⟦f⟧ exhibit on ⟦d⟧, the curator ⟦p⟧ can be reached at ⟦e⟧. Venue: ⟦pl⟧.",
             f=f, d=ddate(r), p=person(r, pick(r, LATIN_CULTURES)), e=email(r), pl=place_named(r))


@T("docs_placeholder_examples", w=3)
def _(r):
    return R("## Quickstart\nSet your key: `export API_KEY=⟦fk⟧` (replace with ⟦ph⟧).\nTest card: ⟦tc⟧, any CVC.\nExample user: ⟦pn⟧ <⟦de⟧>, phone ⟦fp⟧, server ⟦ip⟧ / ⟦ip6⟧. Sample IBAN ⟦ib⟧, SSN ⟦s⟧.",
             fk=key_fake(r), ph=lk(r, "placeholder"), tc=card_test(r), pn=placeholder_name(r), de=email(r, doc=True), fp=phone_fake(r), ip=ipv4_doc(r), ip6=ipv6_doc(r), ib=iban_example(r), s=ssn_example(r))


@T("api_docs_curl_example", w=2)
def _(r):
    return R("```bash\ncurl https://api.example.com/v1/charges \\\n  -u ⟦fk⟧: \\\n  -d amount=2000 -d currency=usd \\\n  -d \"card=⟦tc⟧\"\n```\nResponse includes `id` (e.g. `⟦rid⟧`) and `client_ip: ⟦ip⟧`.",
             fk=key_fake(r), tc=card_test(r, "plain"), rid=lk(r, "request_id"), ip=ipv4_doc(r))


@T("migration_sql_update")
def _(r):
    e1, e2 = email(r), email(r)
    return R("-- ⟦tk⟧: user asked to change login email\nBEGIN;\nUPDATE accounts SET email = '⟦e2⟧', updated_at = '⟦t⟧' WHERE email = '⟦e1⟧';\n-- expected 1 row, build ⟦b⟧\nCOMMIT;",
             tk=lk(r, "ticket_id"), e2=e2, t=iso_ts(r), e1=e1, b=lk(r, "git_sha"))


@T("kyc_chat_multi", w=1.5)
def _(r):
    p = person(r, pick(r, LATIN_CULTURES))
    items = [C("name ", p), C("card ", card(r)), C("iban ", iban(r)), C("phone ", phone(r)), C("email ", email(r)), C("ip ", ipv4(r))]
    r.shuffle(items)
    return C(pick(r, ["KYC dump for review (case ", "pasted from the fraud tool (case "]), lk(r, "case_number"), "): ", J(" | ", items[:r.randint(3, 6)]))


@T("spoken_email_transcript")
def _(r):
    cult, g, s = name_parts(r, pick(r, ["en", "es", "in_lat", "yo"]))
    gs, ss = ascii_slug(g), ascii_slug(s)
    dom = pick(r, ["gmail dot com", "outlook dot com", "yahoo dot co dot uk"])
    spoken = S("EMAIL_ADDRESS", gs + " dot " + ss + " at " + dom)
    return R("Caller: my email is ⟦e⟧, all lowercase\nAgent: got it, and that's for account ⟦acc⟧?\nCaller: yeah, ⟦p⟧",
             e=spoken, acc=L("record_id", rs(r, DIG, 8)), p=S("PERSON", g + " " + s))

# ============================ More English / structural templates ===============

@T("checkout_payload_json", w=2.5)
def _(r):
    p = person(r, pick(r, LATIN_CULTURES), pick(r, ["full", "upper_sur"]))
    return R(pick(r, ['{"cart_id":"⟦u⟧","payment":{"holder":"⟦p⟧","pan":"⟦c⟧","exp":"⟦exp⟧"},"total":"⟦a⟧"}',
                      'POST /checkout 200 body={card_number: "⟦c⟧", name_on_card: "⟦p⟧", exp: "⟦exp⟧"} cart=⟦u⟧ total=⟦a⟧']),
             u=L("uuid", uuid4(r)), p=p, c=card(r, style=pick(r, ["plain", "plain", "space"])), exp=L("date", "%02d/%02d" % (r.randint(1, 12), r.randint(26, 32))), a=amount(r))


@T("card_chat_other_card", w=2.5)
def _(r):
    return R(pick(r, ["can you put it on my other card instead? ⟦c⟧ exp ⟦exp⟧. the one ending ⟦l4⟧ got blocked",
                      "Card: ⟦c⟧\nName: ⟦p⟧\nplease charge ⟦a⟧ for booking ⟦b⟧",
                      "pls use ⟦c⟧ (company amex) for invoice ⟦inv⟧, not ⟦nl⟧ which is our PO"]),
             c=card(r), exp=L("date", "%02d/%02d" % (r.randint(1, 12), r.randint(26, 32))), l4=lk(r, "card_last4"), p=person(r, pick(r, LATIN_CULTURES)),
             a=amount(r), b=L("booking_reference", rs(r, UP + "23456789", 6)), inv=lk(r, "invoice_number"), nl=non_luhn(r))


@T("payment_gateway_log", w=2.5)
def _(r):
    return R("⟦t⟧ gateway=⟦g⟧ txn=⟦tx⟧ status=DECLINED code=⟦ec⟧ pan=⟦c⟧ amount=⟦a⟧ ip=⟦ip⟧\n⟦t2⟧ gateway=⟦g⟧ txn=⟦tx2⟧ status=APPROVED pan=⟦m⟧ amount=⟦a2⟧",
             t=iso_ts(r), g=pick(r, ["adyen", "stripe", "worldline"]), tx=L("transaction_id", rs(r, UPNUM, 16)), ec=lk(r, "error_code"), c=card(r, style="plain"), a=amount(r), ip=ip_any(r),
             t2=iso_ts(r), tx2=L("transaction_id", rs(r, UPNUM, 16)), m=L("masked_value", rs(r, DIG, 6) + "******" + rs(r, DIG, 4)), a2=amount(r))


@T("test_fixtures_code", w=2.5)
def _(r):
    return R("@pytest.fixture\ndef sample_customer():\n    return Customer(\n        name=\"⟦n⟧\",\n        email=\"⟦e⟧\",\n        phone=\"⟦ph⟧\",\n        card=\"⟦c⟧\",\n        ip=\"⟦ip⟧\",\n        iban=\"⟦ib⟧\",\n    )  # see ⟦tk⟧",
             n=placeholder_name(r, pick(r, ["en", "de", "es", "it", "fr"])), e=email(r, doc=True), ph=phone_fake(r), c=card_test(r, "plain"), ip=pick(r, [ipv4_doc(r), ipv6_doc(r)]), ib=iban_example(r, "plain"), tk=lk(r, "ticket_id"))


@T("tax_prep_chat", w=2.5)
def _(r):
    sp = person(r, pick(r, ["en", "es", "in_lat", "zh_lat"]), "given")
    return R(pick(r, ["for the 1040: my SSN is ⟦s⟧ and my spouse ⟦sp⟧'s is ⟦s2⟧. dependents next message",
                      "Filing jointly. Taxpayer SSN ⟦s⟧, spouse (⟦sp⟧) ⟦s2⟧, refund to routing ⟦rt⟧.",
                      "is ⟦bad⟧ even a valid SSN? the real one for ⟦sp⟧ is ⟦s⟧"]) + " — due ⟦d⟧",
             d=ddate(r), s=ssn(r), sp=sp, s2=ssn(r), rt=lk(r, "routing_number"), bad=invalid_ssn(r))


@T("ssn_api_json", w=2.5)
def _(r):
    p, e, _ = pe(r, pick(r, ["en", "es", "yo", "in_lat"]))
    return R('{"applicant":{"name":"⟦p⟧","ssn":"⟦s⟧","dob":"⟦d⟧","email":"⟦e⟧"},"zip":"⟦z⟧","score_request_id":"⟦u⟧"}',
             p=p, s=ssn(r), d=ddate(r), e=e, z=lk(r, "zip_code"), u=L("uuid", uuid4(r)))


@T("background_check_csv", w=1.2)
def _(r):
    out = [C("candidate,ssn,position,status,case")]
    for _ in range(r.randint(2, 4)):
        out.append(R("⟦p⟧,⟦s⟧,⟦pos⟧,⟦st⟧,⟦c⟧", p=person(r, pick(r, ["en", "es", "yo", "in_lat", "vi", "ko_lat"]), pick(r, ["full", "comma"])) if False else person(r, pick(r, ["en", "es", "yo", "in_lat", "vi", "ko_lat"]), "full"),
                     s=ssn(r), pos=pick(r, ["Driver", "Nurse", "Analyst", "Teacher"]), st=pick(r, ["clear", "pending", "review"]), c=lk(r, "case_number")))
    return J("\n", out)


@T("citation_list")
def _(r):
    out = []
    for _ in range(r.randint(2, 3)):
        auths = []
        for _ in range(r.randint(1, 3)):
            cult, g, s = name_parts(r, pick(r, LATIN_CULTURES))
            auths.append(S("PERSON", s + ", " + g[0] + "."))
        out.append(R("⟦a⟧ (⟦y⟧). " + pick(r, ["Robust tokenisation for noisy logs", "On Gaussian priors in retrieval", "A corpus of support tickets"]) + ". doi:⟦doi⟧",
                     a=J(", ", auths), y=L("date", str(r.randint(2005, 2025))), doi=L("doi", "10.%d/%s.%d" % (r.randint(1000, 9999), rs(r, LO, 4), r.randint(1000, 99999)))))
    return J("\n", out)


@T("netrc_npmrc_pip")
def _(r):
    x = pick(r, ["netrc", "npmrc", "pip", "docker"])
    if x == "netrc":
        return R("machine api.heroku.com\n  login ⟦e⟧\n  password ⟦k⟧\nmachine git.heroku.com\n  login ⟦e2⟧\n  password ⟦k2⟧", e=email(r), k=key(r, "heroku"), e2=email(r), k2=key(r, "heroku"))
    if x == "npmrc":
        return R("registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=⟦k⟧\nalways-auth=true\n# rotated ⟦d⟧", k=key(r, "npm"), d=ddate(r))
    if x == "pip":
        return R("[global]\nindex-url = https://ci-bot:⟦pw⟧@pypi.internal.example/simple\ntimeout = 60\n# pip ⟦v⟧", pw=password(r, url_safe=True), v=lk(r, "version"))
    import base64
    pw = password(r)
    return R('{\n  "auths": {\n    "registry.brightpath.io": {"auth": "⟦a⟧"}\n  },\n  "credsStore": "desktop"\n}', a=S("API_KEY", base64.b64encode(("robot$ci:" + pw.text).encode()).decode()))


@T("htpasswd_and_wpconfig")
def _(r):
    x = pick(r, ["wp", "spring", "htpasswd"])
    if x == "wp":
        return R("define( 'DB_NAME', 'wp_⟦n⟧' );\ndefine( 'DB_USER', 'wp_admin' );\ndefine( 'DB_PASSWORD', '⟦pw⟧' );\ndefine( 'DB_HOST', '⟦h⟧' );\ndefine( 'AUTH_KEY', '⟦ak⟧' );",
                 n=str(r.randint(10, 99)), pw=password(r), h=ip_any(r), ak=S("API_KEY", rs(r, ALNUM + "!#%^&*()-_[]{}<>~+=,.;:/?|", 64)))
    if x == "spring":
        return R("spring.datasource.url=jdbc:postgresql://⟦h⟧:5432/crm\nspring.datasource.username=crm_app\nspring.datasource.password=⟦pw⟧\nspring.mail.password=⟦pw2⟧\nmanagement.server.port=⟦pt⟧",
                 h=ip_any(r), pw=password(r), pw2=password(r), pt=lk(r, "port"))
    return R("# .htpasswd (hashes only, not secrets in clear)\nadmin:⟦h1⟧\nstaging:⟦h2⟧\n# but the staging password itself is ⟦pw⟧ — see ⟦tk⟧",
             h1=L("password_hash", "$apr1$" + rs(r, ALNUM, 8) + "$" + rs(r, ALNUM + "./", 22)), h2=L("password_hash", "$2y$10$" + rs(r, ALNUM + "./", 53)), pw=password(r), tk=lk(r, "ticket_id"))


@T("dns_zone_file")
def _(r):
    return R("$ORIGIN brightpath.io.\n$TTL 3600\n@       IN  SOA ns1 hostmaster ( ⟦ser⟧ 7200 900 1209600 300 )\napi     IN  A     ⟦a⟧\napi     IN  AAAA  ⟦aaaa⟧\nmail    IN  MX 10 mx1\nmx1     IN  A     ⟦mx⟧\n_acme   IN  TXT   \"⟦txt⟧\"",
             ser=L("serial_number", "20%02d%02d%02d01" % (r.randint(23, 26), r.randint(1, 12), r.randint(1, 28))), a=ipv4(r), aaaa=ipv6(r), mx=ipv4(r), txt=L("hash", rs(r, B64URL, 43)))


@T("cloud_sg_json")
def _(r):
    return R('{"GroupId":"⟦g⟧","IpPermissions":[{"FromPort":22,"ToPort":22,"IpRanges":[{"CidrIp":"⟦ip⟧/32","Description":"⟦p⟧ home"}]},{"FromPort":443,"Ipv6Ranges":[{"CidrIpv6":"⟦ip6⟧/128"}]}]}',
             g=L("resource_id", "sg-" + rs(r, HEX, 17)), ip=ipv4(r), p=person(r, pick(r, LATIN_CULTURES), pick(r, ["given", "full"])), ip6=ipv6(r))


@T("waf_block_log")
def _(r):
    out = []
    for _ in range(r.randint(2, 3)):
        out.append(R("⟦t⟧ action=BLOCK rule=⟦rule⟧ src=⟦ip⟧ uri=/login ua=\"curl/⟦v⟧\" country=⟦cc⟧", t=iso_ts(r), rule=L("rule_id", str(r.randint(900000, 999999))), ip=ipv4(r) if r.random() < .6 else ipv6(r),
                     v=L("version", "%d.%d.%d" % (r.randint(7, 8), r.randint(0, 12), r.randint(0, 3))), cc=pick(r, ["DE", "US", "BR", "VN", "NL"])))
    return J("\n", out)


@T("server_inventory_md")
def _(r):
    rows = [C("Inventory as of ", ddate(r), " (terraform ", lk(r, "version"), ")"), C("| host | public IP | private IP | owner |"), C("|---|---|---|---|")]
    for i in range(r.randint(2, 4)):
        rows.append(R("| ⟦h⟧ | ⟦pub⟧ | ⟦pr⟧ | ⟦o⟧ |", h=pick(r, ["edge", "api", "db", "vpn"]) + "-%02d" % (i + 1), pub=ipv4(r) if r.random() < .7 else ipv6(r), pr=ipv4_private(r),
                      o=person(r, pick(r, LATIN_CULTURES), pick(r, ["given", "initial", "full"]))))
    return J("\n", rows)


@T("announcement_names")
def _(r):
    a = person(r, pick(r, ["en", "de", "fr", "es", "nl", "it"]))
    b = person(r, pick(r, ["en", "pl", "ar_lat", "vi", "hu"]))
    return R(pick(r, ["Please welcome ⟦a⟧ (Platform) and ⟦b⟧ (Finance), who join on ⟦d⟧! Coffee at the ⟦pl⟧ office.",
                      "Congrats to ⟦a⟧ on 10 years at ⟦org⟧ 🎉 — cake on ⟦d⟧. ⟦b⟧ is organising."]),
             a=a, b=b, d=ddate(r), pl=place_named(r), org=org_named(r))


@T("particle_names_chat")
def _(r):
    full = pick(r, ["Ana María de la Fuente-Ortega", "Jan-Willem van der Berg", "Marie-Claire d'Aubigné", "Karl-Heinz von der Lahn",
                    "Luís Filipe dos Santos Rocha", "Abdul Rahman bin Ismail", "Siti Nur Aisyah binti Kamal", "Þórdís Guðmundsdóttir",
                    "Ólafur Ragnar Jónsson", "Seán Ó Briain", "Niamh Nic Giolla Phádraig", "Tomasz Zieliński-Nowak", "Mary-Kate O'Donnell",
                    "Hendrik ter Horst", "Giovanni Di Stefano", "Aoife Ní Bhriain", "Juan Carlos de los Ríos", "Dr. h.c. Friedrich am Ende"])
    full = full.replace("Dr. h.c. ", "")
    return R(pick(r, ["Hi all, quick intro: ⟦p⟧ is taking over vendor management. Reach her/him at ⟦e⟧.",
                      "Signed by ⟦p⟧ on ⟦d⟧ (witness: ⟦w⟧).", "can someone check if ⟦p⟧ got the ⟦prod⟧ invite? mail bounced from ⟦e⟧"]) + " [⟦tk⟧]",
             tk=lk(r, "ticket_id"), p=S("PERSON", full), e=email(r), d=ddate(r), w=person(r, pick(r, LATIN_CULTURES), "initial"), prod=product_named(r))


@T("names_vs_orgs_chat")
def _(r):
    return R(pick(r, ["⟦p⟧ from ⟦org⟧ says the ⟦prod⟧ demo moved to ⟦d⟧.", "Ask ⟦p⟧ whether ⟦org⟧ signed, not the guy at ⟦org2⟧.",
                      "⟦p⟧ drove the ⟦car⟧ to ⟦pl⟧ — expenses ⟦a⟧."]),
             p=person(r, pick(r, LATIN_CULTURES), pick(r, ["full", "given", "lower"])), org=org_named(r), org2=org_named(r), prod=product_named(r), d=ddate(r),
             car=L("product_named_after_person", pick(r, ["Ford Transit", "Tesla Model 3", "Porsche Taycan", "Škoda Superb"])), pl=place_named(r), a=amount(r))


@T("ip_chat_question")
def _(r):
    return R(pick(r, ["my home IP changed to ⟦ip⟧ — can you whitelist it? old one was ⟦ip2⟧", "why is ⟦ip⟧ hitting /wp-login 400x/min? block pls",
                      "is ⟦v⟧ an IP or a version? our CMDB lists the server as ⟦ip⟧"]) + " (⟦tk⟧)",
             tk=lk(r, "ticket_id"), ip=ipv4(r), ip2=ipv4(r), v=L("version", "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9))))


@T("secret_rotation_notice")
def _(r):
    return R("Heads-up: rotating the ⟦lbl⟧ on ⟦d⟧. Old: ⟦k1⟧ (revoked). New value is in Vault at secret/data/⟦path⟧ — do NOT paste it here. (⟦tk⟧)",
             lbl=pick(r, ["Stripe key", "Slack bot token", "GitHub token", "SendGrid key"]), d=ddate(r), k1=key(r, pick(r, ["stripe_sk", "slack_bot", "github_pat", "sendgrid"])), path=pick(r, ["payments", "alerts", "ci"]), tk=lk(r, "ticket_id"))


@T("hf_transformers_login")
def _(r):
    return R(">>> from huggingface_hub import login\n>>> login(token=\"⟦k⟧\")\nToken is valid (permission: ⟦perm⟧).\nYour token has been saved to /root/.cache/huggingface/token\n>>> model = AutoModel.from_pretrained(\"org/model\", revision=\"⟦sha⟧\")",
             k=key(r, "hf"), perm=pick(r, ["read", "write"]), sha=L("git_sha", rs(r, HEX, 40)))


@T("voice_transcript_iban_de", "de")
def _(r):
    return R("Agentin: Wie lautet Ihre IBAN?\nKunde: ⟦ib⟧ … ja, genau.\nAgentin: Danke, Frau ⟦p⟧, Ihr Vorgang ist ⟦tk⟧.",
             ib=iban(r, "DE", "group"), p=person(r, "de", "surname", gender="f"), tk=lk(r, "ticket_id"))


@T("neg_receipt_masked", neg=True)
def _(r):
    return R("*** RECEIPT ***\nStore #⟦st⟧  ⟦d⟧ ⟦t⟧\nVISA ⟦m⟧\nAUTH ⟦auth⟧   TID ⟦tid⟧\nTOTAL ⟦a⟧\nThank you!",
             st=str(r.randint(100, 9999)), d=ddate(r), t=L("timestamp", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59))), m=L("masked_value", "************" + rs(r, DIG, 4)),
             auth=L("auth_code", rs(r, UPNUM, 6)), tid=L("terminal_id", rs(r, DIG, 8)), a=amount(r))


@T("neg_ssn_lookalikes", neg=True, w=2)
def _(r):
    return R(pick(r, ["Part ⟦p⟧ and ⟦p2⟧ ship from ZIP ⟦z⟧; CAS ⟦cas⟧.", "Form field SSN left blank; placeholder ⟦ph⟧ shown. Invalid entry rejected: ⟦bad⟧."]),
             p=L("part_number", pat(r, "NNN-NN-NNNN")), p2=L("part_number", pat(r, "NNN-NN-NNNN")), z=lk(r, "zip_code"), cas=lk(r, "cas_number"),
             ph=L("placeholder", pick(r, ["XXX-XX-XXXX", "###-##-####", "000-00-0000"])), bad=invalid_ssn(r))


@T("neg_iban_lookalikes", neg=True, w=2)
def _(r):
    return R("Creditor ref ⟦rf⟧, BIC ⟦b⟧, VAT ⟦v⟧, mandate ⟦m⟧ — the IBAN itself is stored encrypted (field iban_enc=⟦h⟧).",
             rf=rf_reference(r), b=bic(r), v=lk(r, "vat_id"), m=L("mandate_id", "MNDT-" + rs(r, UPNUM, 10)), h=L("hash", rs(r, B64, 44)))


@T("neg_phone_lookalikes", neg=True, w=2)
def _(r):
    return R(pick(r, ["Serial ⟦s⟧, IMEI field empty, batch ⟦b⟧, produced ⟦d⟧.", "Tracking ⟦t⟧ (⟦t2⟧) — call center closed ⟦d⟧.", "Meeting ID ⟦mid⟧, passcode field hidden; agenda v⟦v⟧."]),
             s=L("serial_number", pat(r, "NNNN-NNN-NNNN")), b=L("lot_number", pat(r, "NN NNNN NNNN")), d=ddate(r), t=lk(r, "tracking_number"), t2=lk(r, "tracking_number"), mid=lk(r, "meeting_id"), v=lk(r, "version"))


@T("neg_api_lookalikes", neg=True, w=2)
def _(r):
    return R("Image ⟦dg⟧, commit ⟦sha⟧, request ⟦rq⟧, idempotency key ⟦u⟧, integrity ⟦integ⟧.",
             dg=lk(r, "docker_digest"), sha=L("git_sha", rs(r, HEX, 40)), rq=lk(r, "request_id"), u=L("uuid", uuid4(r)), integ=L("hash", "sha512-" + rs(r, B64, 86) + "=="))


@T("neg_email_lookalikes", neg=True, w=1.5)
def _(r):
    return R(pick(r, ["Use the decorator @⟦dec⟧ and pin ⟦pkg⟧@⟦v⟧; scp to ⟦h⟧:repo.git is fine.", "npm i ⟦pkg⟧@⟦v⟧ then import from '@⟦dec⟧/core'."]),
             dec=L("code_identifier", pick(r, ["lru_cache", "dataclass", "angular", "types", "login_required"])), pkg=L("package_name", pick(r, ["left-pad", "react", "@scope/ui", "lodash"])), v=lk(r, "version"),
             h=L("ssh_remote", "git@" + pick(r, ["github.com", "gitlab.internal", "bitbucket.org"])))


@T("tutorial_fake_keys", w=2.5)
def _(r):
    return R(pick(r, ["In this tutorial (v⟦v⟧) we'll use the dummy key ⟦fk⟧ — replace it with yours. The sandbox DB password is ⟦fp⟧ and the demo login is ⟦de⟧.",
                      "> **Note** (updated ⟦d⟧): `⟦fk⟧` below is a fake key for illustration. Requests go to ⟦ip⟧ (doc range). Contact ⟦pn⟧ at ⟦de⟧ in examples.",
                      "Example `.env` (v⟦v⟧):\n```\nAPI_KEY=⟦fk⟧\nADMIN_PASSWORD=⟦fp⟧\nSUPPORT_PHONE=⟦ph⟧\n```"]),
             v=lk(r, "version"), d=ddate(r), fk=key_fake(r), fp=password_fake(r), de=email(r, doc=True), ip=ipv4_doc(r), pn=placeholder_name(r), ph=phone_fake(r))


@T("sample_data_multilingual_placeholders", w=1.5)
def _(r):
    lang = pick(r, ["de", "es", "it", "pl", "ru", "ja", "ko", "zh", "fr", "fi", "sv", "tr", "nl", "pt"])
    return R("Beispiel/Example/例 (" + lang + ", fixture ⟦u⟧): name=⟦pn⟧; email=⟦de⟧; tel=⟦ph⟧; iban=⟦ib⟧",
             u=L("uuid", uuid4(r)), pn=placeholder_name(r, lang), de=email(r, doc=True), ph=phone_fake(r), ib=iban_example(r))

# ============================ English / structural, NO PII (hard negatives) ====

@T("neg_changelog", neg=True)
def _(r):
    out = []
    for _ in range(r.randint(2, 4)):
        out.append(R("## ⟦v⟧ — ⟦d⟧\n- fix: retry on ⟦ec⟧ (⟦sha⟧)\n- feat: support ⟦ep⟧ scoring (#⟦n⟧)", v=lk(r, "version"), d=ddate(r), ec=lk(r, "error_code"), sha=lk(r, "git_sha"), ep=eponym(r), n=str(r.randint(100, 9999))))
    return J("\n\n", out)


@T("neg_git_log_oneline", neg=True)
def _(r):
    msgs = ["Merge pull request #⟦n⟧ from feature/hopper-kernels", "bump deps to ⟦v⟧", "fix off-by-one in ⟦lev⟧", "revert \"use ⟦gau⟧ blur\"",
            "add ⟦luhn⟧ check for order ids", "docs: clarify IBAN validation", "chore(ci): pin node ⟦v⟧"]
    out = []
    for _ in range(r.randint(3, 6)):
        m = pick(r, msgs)
        out.append(R("⟦sha⟧ " + m, sha=L("git_sha", rs(r, HEX, 7)), n=str(r.randint(100, 9999)), v=lk(r, "version"), lev=L("eponym", "Levenshtein distance"), gau=L("eponym", "Gaussian"), luhn=L("eponym", "Luhn")))
    return J("\n", out)


@T("neg_requirements_txt", neg=True)
def _(r):
    pk = ["requests", "numpy", "pandas", "fastapi", "pydantic", "uvicorn", "sqlalchemy", "boto3", "torch", "scipy"]
    out = [R("⟦p⟧==⟦v⟧ \\\n    --hash=sha256:⟦h⟧", p=p, v=L("version", "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 20))), h=L("hash", rs(r, HEX, 64))) for p in r.sample(pk, r.randint(2, 4))]
    return J("\n", out)


@T("neg_docker_build", neg=True)
def _(r):
    return R("#5 [2/6] RUN pip install -r requirements.txt\n#5 DONE 41.3s\n#9 exporting layers ⟦d1⟧ done\n#9 writing image ⟦d2⟧ done\n#9 naming to registry.local/api:⟦v⟧ done\nSuccessfully tagged api:⟦sha⟧",
             d1=lk(r, "docker_digest"), d2=lk(r, "docker_digest"), v=lk(r, "version"), sha=L("git_sha", rs(r, HEX, 12)))


@T("neg_order_status_chat", neg=True)
def _(r):
    return R(pick(r, ["where is my order ⟦o⟧?? tracking ⟦t⟧ hasn't moved since ⟦d⟧",
                      "Order ⟦o⟧ shows ⟦a⟧ but I was quoted less. Invoice ⟦inv⟧.",
                      "Hi! Return label for ⟦o⟧ please — parcel ⟦t⟧ came damaged on ⟦d⟧."]),
             o=lk(r, "order_number"), t=lk(r, "tracking_number"), d=ddate(r), a=amount(r), inv=lk(r, "invoice_number"))


@T("neg_physics_units", neg=True)
def _(r):
    return R("A force of ⟦n⟧ ⟦u⟧ acts for ⟦t⟧ s; the sample is held at ⟦k⟧ ⟦u2⟧. Model the noise as ⟦ep⟧ and report results to ⟦sig⟧ significant figures (dataset ⟦v⟧).",
             n=str(r.randint(2, 900)), u=unit_named(r), t=str(r.randint(1, 60)), k=str(r.randint(3, 400)), u2=unit_named(r), ep=eponym(r), sig=str(r.randint(2, 5)), v=lk(r, "version"))


@T("neg_travel_places", neg=True)
def _(r):
    return R(pick(r, ["Best way from ⟦p1⟧ to ⟦p2⟧? Flight ⟦fl⟧ lands at ⟦t⟧ on ⟦d⟧.",
                      "Is ⟦p1⟧ worth a day trip? We're staying near ⟦p2⟧ until ⟦d⟧, budget ⟦a⟧."]),
             p1=place_named(r), p2=place_named(r), fl=lk(r, "flight_number"), t=L("timestamp", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59))), d=ddate(r), a=amount(r))


@T("neg_product_comparison", neg=True)
def _(r):
    return R("Comparing the ⟦p1⟧ and the ⟦p2⟧: ⟦o1⟧ claims ⟦a⟧ list price, while ⟦o2⟧ quotes ⟦a2⟧. Firmware ⟦v⟧ fixes the charging bug (⟦tk⟧).",
             p1=product_named(r), p2=product_named(r), o1=org_named(r), a=amount(r), o2=org_named(r), a2=amount(r), v=lk(r, "version"), tk=lk(r, "ticket_id"))


@T("neg_gpu_architectures", neg=True)
def _(r):
    return R("Our cluster mixes ⟦a⟧ and ⟦b⟧ nodes; the ⟦c⟧ partition is retired on ⟦d⟧. Driver ⟦v⟧, CUDA ⟦cv⟧. Job ⟦j⟧ OOMs at batch ⟦n⟧.",
             a=L("product_named_after_person", pick(r, ["Ampere", "Hopper", "Turing", "Volta", "Blackwell"])), b=L("product_named_after_person", pick(r, ["Hopper", "Ada Lovelace", "Kepler", "Maxwell"])),
             c=L("product_named_after_person", pick(r, ["Pascal", "Kepler", "Fermi"])), d=ddate(r), v=L("version", "%d.%d" % (r.randint(470, 570), r.randint(10, 99))), cv=L("version", "12.%d" % r.randint(0, 8)),
             j=L("job_id", str(r.randint(100000, 9999999))), n=str(pick(r, [16, 32, 64, 128])))


@T("neg_uuid_log", neg=True)
def _(r):
    out = []
    for _ in range(r.randint(2, 5)):
        out.append(R("⟦t⟧ INFO worker ⟦w⟧ processed job=⟦u⟧ in ⟦ms⟧ms (queue depth ⟦q⟧)", t=iso_ts(r), w=str(r.randint(1, 16)), u=L("uuid", uuid4(r)), ms=str(r.randint(3, 9000)), q=str(r.randint(0, 500))))
    return J("\n", out)


@T("neg_sha256sum", neg=True)
def _(r):
    out = []
    for f in r.sample(["release-⟦v⟧-linux-amd64.tar.gz", "release-⟦v⟧-darwin-arm64.zip", "checksums.txt", "installer.msi"], 2):
        out.append(R("⟦h⟧  " + f, h=L("hash", rs(r, HEX, 64)), v=L("version", "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)))))
    return C("$ sha256sum -c SHA256SUMS\n", J("\n", out), "\nOK")


@T("neg_kubectl_pods", neg=True)
def _(r):
    out = ["NAME                              READY   STATUS    RESTARTS   AGE"]
    fr = [C(out[0])]
    for _ in range(r.randint(2, 4)):
        fr.append(R("⟦n⟧-⟦h⟧-⟦s⟧   1/1     Running   ⟦rs⟧          ⟦age⟧", n=pick(r, ["api", "worker", "ledger", "search"]), h=L("pod_hash", rs(r, LO + DIG, 10)), s=rs(r, LO + DIG, 5), rs=str(r.randint(0, 9)), age="%dd" % r.randint(1, 90)))
    return J("\n", fr)


@T("neg_product_csv", neg=True)
def _(r):
    out = [C("sku,title,price,stock,updated")]
    for _ in range(r.randint(2, 5)):
        out.append(R("⟦s⟧,⟦t⟧,⟦p⟧,⟦n⟧,⟦d⟧", s=lk(r, "sku"), t=pick(r, ["Kepler desk lamp", "Edison bulb 4-pack", "Gaussian filter kit", "Hopper tote bag", "Braille label maker"]),
                     p=L("amount", "%d.%02d" % (r.randint(3, 400), r.randint(0, 99))), n=str(r.randint(0, 900)), d=ddate(r)))
    return J("\n", out)


@T("neg_sql_ddl", neg=True)
def _(r):
    return R("CREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  email CITEXT UNIQUE,\n  phone VARCHAR(32),\n  iban CHAR(34),\n  ssn_hash BYTEA,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n-- migration ⟦v⟧ (⟦sha⟧) applied ⟦t⟧",
             v=lk(r, "version"), sha=lk(r, "git_sha"), t=iso_ts(r))


@T("neg_env_example", neg=True)
def _(r):
    return R("# .env.example — copy to .env and fill in\nOPENAI_API_KEY=⟦p1⟧\nSTRIPE_SECRET_KEY=⟦p2⟧\nDATABASE_URL=postgres://USER:⟦p3⟧@HOST:5432/DB\nGITHUB_TOKEN=⟦e⟧\nAPP_VERSION=⟦v⟧",
             p1=lk(r, "placeholder"), p2=lk(r, "placeholder"), p3=L("placeholder", "PASSWORD"), e=lk(r, "env_var_reference"), v=lk(r, "version"))


@T("neg_weather_stocks", neg=True)
def _(r):
    return R("Market close ⟦d⟧: ⟦o1⟧ ⟦a⟧ (+⟦p⟧%), ⟦o2⟧ ⟦a2⟧. Forecast for ⟦pl⟧: ⟦t⟧°C, wind ⟦w⟧ km/h.",
             d=ddate(r), o1=org_named(r), a=amount(r), p="%.2f" % (r.random() * 5), o2=org_named(r), a2=amount(r), pl=place_named(r), t=str(r.randint(-10, 38)), w=str(r.randint(0, 80)))


@T("neg_windows_errors", neg=True)
def _(r):
    return R("Update ⟦kb⟧ failed with ⟦ec⟧ on build ⟦v⟧. Event ID ⟦eid⟧. Tried DISM /RestoreHealth, still ⟦ec2⟧.",
             kb=L("kb_number", "KB" + str(r.randint(4000000, 5099999))), ec=lk(r, "error_code"), v=L("version", "10.0.%d.%d" % (r.randint(19041, 26100), r.randint(100, 5000))), eid=str(r.randint(1000, 9999)), ec2=lk(r, "error_code"))


@T("neg_meeting_no_names", neg=True)
def _(r):
    return R("Standup ⟦d⟧ (Room ⟦rm⟧)\n- Platform: rollout of ⟦v⟧ paused, see ⟦tk⟧\n- Payments: ⟦cw⟧ freeze starts ⟦d2⟧\n- Data: backfill job ⟦j⟧ at 62%\nNext: ⟦t⟧",
             d=ddate(r), rm=L("room_number", "%d.%02d" % (r.randint(1, 5), r.randint(1, 30))), v=lk(r, "version"), tk=lk(r, "ticket_id"), cw=L("capitalized_common_word", pick(r, ["Summer", "May", "Grace-period"])), d2=ddate(r), j=L("uuid", uuid4(r)), t=iso_ts(r))


@T("neg_recipe", neg=True)
def _(r):
    return R("⟦ep⟧-style tart (serves ⟦n⟧): ⟦g⟧ g flour, ⟦b⟧ g butter, 2 eggs. Bake at ⟦k⟧ °⟦u⟧ for ⟦m⟧ min. Cost per serving ≈ ⟦a⟧.",
             ep=L("eponym", pick(r, ["Victorian", "Napoleon", "Linzer", "Sacher"])), n=str(r.randint(2, 12)), g=str(r.randint(100, 500)), b=str(r.randint(50, 250)),
             k=str(r.randint(160, 220)), u=pick(r, ["C", "F"]), m=str(r.randint(20, 60)), a=amount(r))


@T("neg_sports_scores", neg=True)
def _(r):
    return R("Final at ⟦st⟧ (⟦d⟧): ⟦h⟧–⟦a⟧. Attendance ⟦n⟧. Next fixture ⟦d2⟧ at ⟦st2⟧, kick-off ⟦t⟧.",
             st=place_named(r, pick(r, ["en", "nl", "tr", "pt"])), d=ddate(r), h=str(r.randint(0, 5)), a=str(r.randint(0, 5)), n=format(r.randint(5000, 80000), ","), d2=ddate(r), st2=place_named(r), t=L("timestamp", "%02d:%02d" % (r.randint(12, 21), pick(r, [0, 30, 45]))))


@T("neg_bibliography_isbn", neg=True)
def _(r):
    out = []
    for _ in range(r.randint(2, 3)):
        out.append(R("- *⟦t⟧* (⟦y⟧), ISBN ⟦i⟧, pp. ⟦p⟧", t=pick(r, ["Numerical Methods in Practice", "A Field Guide to Lichens", "Distributed Systems Notes", "The Harbor Atlas"]),
                     y=L("date", str(r.randint(1960, 2025))), i=lk(r, "isbn"), p="%d–%d" % (r.randint(1, 100), r.randint(101, 400))))
    return J("\n", out)


@T("neg_regex_question", neg=True)
def _(r):
    return R("My regex ⟦re⟧ matches too much — it also hits version strings like ⟦v⟧ and CAS numbers like ⟦cas⟧. How do I anchor it?",
             re=lk(r, "regex_pattern"), v=L("version", "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.randint(0, 99))), cas=lk(r, "cas_number"))


@T("neg_masked_values", neg=True, w=1.5)
def _(r):
    return R("Masked export (⟦d⟧): card ⟦m1⟧, ssn ⟦m2⟧, iban ⟦m3⟧, token ⟦m4⟧ — row ⟦u⟧",
             d=ddate(r), m1=L("masked_value", "**** **** **** " + rs(r, DIG, 4)), m2=L("masked_value", "***-**-" + rs(r, DIG, 4)), m3=L("masked_value", pick(r, ["DE", "FR", "NL"]) + "** **** **** **" + rs(r, DIG, 2)),
             m4=L("masked_value", pick(r, ["sk-…", "ghp_…", "xoxb-…"]) + rs(r, ALNUM, 4)), u=L("uuid", uuid4(r)))


@T("neg_chemistry_cas", neg=True)
def _(r):
    return R("Reagent list: ⟦c1⟧ (lot ⟦l⟧), ⟦c2⟧, ⟦c3⟧. Store below ⟦k⟧ ⟦u⟧. SDS rev ⟦v⟧.",
             c1=lk(r, "cas_number"), l=L("lot_number", rs(r, UPNUM, 8)), c2=lk(r, "cas_number"), c3=lk(r, "cas_number"), k=str(r.randint(250, 300)), u=L("unit_named_after_person", "kelvin"), v=lk(r, "version"))


@T("neg_big_numbers", neg=True, w=2.5)
def _(r):
    return R(pick(r, ["18! = ⟦f⟧ and my lottery slip ⟦nl⟧ didn't win", "Invoice batch ⟦nl⟧ failed checksum; row count ⟦n⟧",
                      "Reference ⟦nl⟧ (not a card number, our ERP just uses 16 digits)"]),
             f=L("number", "6402373705728000"), nl=non_luhn(r), n=str(r.randint(100, 100000)))


@T("neg_timezones", neg=True)
def _(r):
    return R("Call moved to ⟦t⟧ (UTC+05:30) / ⟦t2⟧ CET on ⟦d⟧; recurring weekly until ⟦d2⟧. Meeting ID ⟦mid⟧.",
             t=L("timestamp", "%02d:%02d" % (r.randint(0, 23), pick(r, [0, 30]))), t2=L("timestamp", "%02d:%02d" % (r.randint(0, 23), pick(r, [0, 30]))), d=ddate(r), d2=ddate(r), mid=lk(r, "meeting_id"))


@T("neg_flight_info", neg=True)
def _(r):
    return R("⟦fl⟧ from ⟦ap⟧ delayed to ⟦t⟧, gate ⟦g⟧. Connection ⟦fl2⟧ rebooked, PNR ⟦pnr⟧, seat ⟦s⟧.",
             fl=lk(r, "flight_number"), ap=L("place_named_after_person", pick(r, ["Kennedy Airport", "Aeroporto Leonardo da Vinci", "Aéroport Charles-de-Gaulle", "Lotnisko Chopina", "Atatürk Havalimanı"])),
             t=L("timestamp", "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59))), g=L("gate", pick(r, UP) + str(r.randint(1, 60))), fl2=lk(r, "flight_number"), pnr=L("booking_reference", rs(r, UP + "23456789", 6)), s=L("seat", "%d%s" % (r.randint(1, 40), pick(r, "ABCDEF"))))


@T("neg_placeholder_docs", neg=True)
def _(r):
    return R("To authenticate, pass your key in the header: `Authorization: Bearer ⟦p⟧`. Never hard-code it; read ⟦e⟧ instead. Keys are rotated every ⟦n⟧ days (policy ⟦v⟧).",
             p=lk(r, "placeholder"), e=lk(r, "env_var_reference"), n=str(pick(r, [30, 60, 90])), v=lk(r, "version"))


@T("neg_capitalised_words", neg=True, w=1.5)
def _(r):
    return R(pick(r, ["⟦w⟧ the migration finish before ⟦d⟧? ⟦m⟧ the ticket ⟦tk⟧ as blocked if not.", "The ⟦g⟧ period ends ⟦d⟧; ⟦m⟧ it in the calendar. ⟦s⟧ release notes are in ⟦tk⟧."]),
             w=L("capitalized_common_word", "Will"), m=L("capitalized_common_word", "Mark"), g=L("capitalized_common_word", "Grace"), s=L("capitalized_common_word", "Summer"), d=ddate(r), tk=lk(r, "ticket_id"))


@T("neg_oid_snmp", neg=True)
def _(r):
    return R("snmpwalk -v2c -c public switch-⟦n⟧ ⟦o⟧\n⟦o2⟧ = Timeticks: (⟦t⟧) ⟦d⟧ days\nfirmware ⟦v⟧",
             n=str(r.randint(1, 40)), o=lk(r, "oid"), o2=lk(r, "oid"), t=str(r.randint(10 ** 6, 10 ** 9)), d=str(r.randint(1, 400)), v=L("version", "%d.%d.%d.%d" % (r.randint(1, 16), r.randint(0, 9), r.randint(0, 9), r.randint(0, 200))))


@T("neg_css_snippet", neg=True)
def _(r):
    return R(".btn-primary { color: ⟦c1⟧; background: ⟦c2⟧; font-family: \"⟦f⟧\", serif; } /* v⟦v⟧ build ⟦sha⟧ */",
             c1=lk(r, "hex_color"), c2=lk(r, "hex_color"), f=L("product_named_after_person", pick(r, ["Gill Sans", "Baskerville", "Garamond", "Bodoni", "Frutiger"])), v=lk(r, "version"), sha=lk(r, "git_sha"))


@T("neg_routing_numbers", neg=True, w=1.5)
def _(r):
    return R("Bank routing (ABA) for wires: ⟦rt⟧; SWIFT ⟦b⟧. Our EIN ⟦e⟧ and VAT ⟦v⟧ are on the W-9 (form rev ⟦d⟧). Quote ⟦ref⟧.",
             rt=lk(r, "routing_number"), b=bic(r), e=lk(r, "ein"), v=lk(r, "vat_id"), d=ddate(r), ref=rf_reference(r))


@T("neg_support_macro", neg=True)
def _(r):
    return R("Hi {{first_name}},\n\nThanks for contacting us about order ⟦o⟧. We've issued a refund of ⟦a⟧ (ref ⟦ref⟧); it usually appears within ⟦n⟧ business days.\n\n— Support team, ticket ⟦tk⟧",
             o=lk(r, "order_number"), a=amount(r), ref=lk(r, "request_id"), n=str(r.randint(3, 10)), tk=lk(r, "ticket_id"))


@T("history_question_famous", w=2)
def _(r):
    return R(pick(r, ["Compare how ⟦f1⟧ and ⟦f2⟧ approached their work. Keep it under ⟦n⟧ words and cite the ⟦ep⟧ angle.",
                      "Was ⟦f1⟧ really born in ⟦y⟧? My textbook (ISBN ⟦i⟧) says otherwise.",
                      "Write a dialogue between ⟦f1⟧ and ⟦f2⟧ set at ⟦pl⟧."]),
             f1=famous(r), f2=famous(r), n=str(r.randint(100, 800)), ep=eponym(r), y=L("date", str(r.randint(1500, 1950))), i=lk(r, "isbn"), pl=place_named(r))


@T("neg_stacktrace_clean", neg=True)
def _(r):
    return R("Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"Order.getId()\"\n\tat com.shop.OrderService.finalize(OrderService.java:⟦l⟧)\n\tat com.shop.Main.main(Main.java:⟦l2⟧)\nBuild ⟦b⟧, commit ⟦sha⟧, order ⟦o⟧",
             l=str(r.randint(10, 900)), l2=str(r.randint(5, 90)), b=lk(r, "build_number"), sha=lk(r, "git_sha"), o=lk(r, "order_number"))


@T("neg_json_telemetry", neg=True)
def _(r):
    return R('{"device_id":"⟦u⟧","fw":"⟦v⟧","uptime_s":⟦n⟧,"temp_k":⟦k⟧,"last_sync":"⟦t⟧","checksum":"⟦h⟧"}',
             u=L("uuid", uuid4(r)), v=lk(r, "version"), n=str(r.randint(100, 10 ** 7)), k="%.1f" % (250 + r.random() * 80), t=iso_ts(r), h=L("hash", rs(r, HEX, 32)))


@T("neg_yaml_ci", neg=True)
def _(r):
    return R("name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  build:\n    runs-on: ubuntu-⟦u⟧\n    steps:\n      - uses: actions/setup-node@⟦sha⟧  # ⟦v⟧\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ⟦p⟧",
             u=L("version", pick(r, ["22.04", "24.04"])), sha=L("git_sha", rs(r, HEX, 40)), v=lk(r, "version"), p=L("placeholder", "${{ secrets.NPM_TOKEN }}"))


@T("neg_math_homework", neg=True)
def _(r):
    return R("Use ⟦ep⟧ elimination on the ⟦n⟧×⟦n⟧ system, then check with ⟦ep2⟧. Answer key page ⟦p⟧, due ⟦d⟧.",
             ep=L("eponym", "Gaussian"), n=str(r.randint(3, 6)), ep2=eponym(r), p=str(r.randint(10, 300)), d=ddate(r))


@T("neg_ip_like_versions", neg=True, w=2)
def _(r):
    return R("Assembly version ⟦v1⟧, file version ⟦v2⟧; the OID ⟦o⟧ is unrelated. Section ⟦s⟧ of the spec.",
             v1=L("version", "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9))), v2=L("version", "%d.%d.%d.%d" % (r.randint(1, 20), r.randint(0, 20), r.randint(0, 255), r.randint(0, 255))),
             o=lk(r, "oid"), s=L("section_number", "%d.%d.%d" % (r.randint(1, 9), r.randint(1, 9), r.randint(1, 9))))


@T("neg_public_key_only", neg=True)
def _(r):
    return R("Add this deploy key (public, safe to share):\n⟦pk⟧ ci@builder\nFingerprint: SHA256:⟦fp⟧",
             pk=lk(r, "public_key"), fp=L("hash", rs(r, B64, 43)))


@T("neg_org_news", neg=True)
def _(r):
    return R("⟦o1⟧ and ⟦o2⟧ announced a joint venture on ⟦d⟧; shares rose ⟦p⟧%. The deal, worth ⟦a⟧, closes in Q⟦q⟧.",
             o1=org_named(r), o2=org_named(r), d=ddate(r), p="%.1f" % (r.random() * 9), a=amount(r), q=str(r.randint(1, 4)))

# ============================ Multilingual families =============================
LANG_CULT = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "tr": "tr", "ru": "ru",
             "uk": "uk", "ar": "ar", "zh": "zh", "ja": "ja", "ko": "ko", "hi": "hi", "sv": "sv", "fi": "fi", "el": "el",
             "cs": "cs", "vi": "vi", "id": "id", "he": "he", "ro": "ro", "th": "th", "hu": "hu", "sw": "sw"}
LATIN_ALT = {"ar": "ar_lat", "zh": "zh_lat", "ja": "ja_lat", "ko": "ko_lat", "hi": "in_lat", "ru": "ru", "uk": "uk", "el": "el", "he": "he", "th": "th"}

ML = {
    "de": dict(
        chat=["Kannst du ⟦p⟧ zurückrufen? Nummer: ⟦ph⟧ (wegen Bestellung ⟦o⟧)", "Hi, hier ist ⟦p⟧ – meine neue Mail ist ⟦e⟧, die alte bitte löschen.", "⟦p⟧ ist ab ⟦d⟧ unter ⟦ph⟧ erreichbar, nicht mehr über die Zentrale."],
        sig=("Mit freundlichen Grüßen", "Tel.", "Mobil", "E-Mail"), form=("Vor- und Nachname", "E-Mail", "Telefon", "Geburtsdatum", "Kundennummer"),
        bank=["Bitte überweise ⟦a⟧ auf mein Konto: IBAN ⟦ib⟧, Kontoinhaber ⟦p⟧. Verwendungszweck: ⟦o⟧", "Neue Bankverbindung ab ⟦d⟧:\nKontoinhaber: ⟦p⟧\nIBAN: ⟦ib⟧\nBIC: ⟦bic⟧"],
        support=["Sehr geehrte Damen und Herren, meine Bestellung ⟦o⟧ vom ⟦d⟧ ist nicht angekommen. Bitte kontaktieren Sie mich unter ⟦e⟧.\n⟦p⟧", "Rückruf erbeten: ⟦p⟧, ⟦ph⟧ – Ticket ⟦tk⟧"],
        neg_order=["Meine Sendung ⟦t⟧ hängt seit ⟦d⟧ im Paketzentrum. Bestellung ⟦o⟧, Betrag ⟦a⟧.", "Rechnung ⟦inv⟧ über ⟦a⟧ ist seit ⟦d⟧ fällig – bitte Status prüfen."],
        neg_places=["Wir treffen uns in der ⟦pl⟧, danach Werksführung bei ⟦org⟧ am ⟦d⟧.", "Die Tram zur ⟦pl⟧ fällt aus; Ersatzverkehr ab ⟦d⟧."],
        neg_tech=["Nach dem Update auf ⟦v⟧ kommt Fehler ⟦ec⟧. Soll ich Commit ⟦sha⟧ zurücksetzen?", "Build ⟦b⟧ schlägt fehl, Prüfsumme ⟦h⟧ stimmt nicht."],
        famous=["Schreib einen kurzen Aufsatz über ⟦f⟧ und den Einfluss auf die Wissenschaft.", "Stimmt es, dass ⟦f⟧ in ⟦pl⟧ gelebt hat?"],
        key=["Ups, ich habe versehentlich unseren API-Schlüssel ⟦k⟧ ins Ticket ⟦tk⟧ kopiert. Bitte sperren!", "Das WLAN-Passwort für das Büro lautet ⟦pw⟧ (gültig bis ⟦d⟧)."]),
    "fr": dict(
        chat=["Tu peux rappeler ⟦p⟧ au ⟦ph⟧ ? C'est pour la commande ⟦o⟧.", "Bonjour, c'est ⟦p⟧, mon adresse mail a changé : ⟦e⟧", "⟦p⟧ sera joignable au ⟦ph⟧ à partir du ⟦d⟧."],
        sig=("Cordialement,", "Tél.", "Portable", "Courriel"), form=("Nom complet", "Courriel", "Téléphone", "Date de naissance", "N° client"),
        bank=["Merci de virer ⟦a⟧ sur le compte de ⟦p⟧ : IBAN ⟦ib⟧, BIC ⟦bic⟧. Référence : ⟦o⟧", "RIB mis à jour le ⟦d⟧ — titulaire : ⟦p⟧ — IBAN : ⟦ib⟧"],
        support=["Madame, Monsieur, ma commande ⟦o⟧ du ⟦d⟧ n'est jamais arrivée. Merci de me répondre à ⟦e⟧.\n⟦p⟧", "Demande de rappel : ⟦p⟧ au ⟦ph⟧, dossier ⟦tk⟧"],
        neg_order=["Mon colis ⟦t⟧ est bloqué depuis le ⟦d⟧. Commande ⟦o⟧, montant ⟦a⟧.", "La facture ⟦inv⟧ de ⟦a⟧ arrive à échéance le ⟦d⟧."],
        neg_places=["Rendez-vous ⟦pl⟧, puis visite de l'usine ⟦org⟧ le ⟦d⟧.", "Le RER vers ⟦pl⟧ est interrompu jusqu'au ⟦d⟧."],
        neg_tech=["Depuis la mise à jour ⟦v⟧ j'ai l'erreur ⟦ec⟧. Faut-il annuler le commit ⟦sha⟧ ?", "Le build ⟦b⟧ échoue : somme de contrôle ⟦h⟧ invalide."],
        famous=["Rédige une courte biographie de ⟦f⟧ pour des élèves de collège.", "Quel a été l'apport de ⟦f⟧ à la science ?"],
        key=["J'ai collé par erreur la clé API ⟦k⟧ dans le ticket ⟦tk⟧, il faut la révoquer.", "Le mot de passe du Wi-Fi invité est ⟦pw⟧."]),
    "es": dict(
        chat=["¿Puedes llamar a ⟦p⟧ al ⟦ph⟧? Es por el pedido ⟦o⟧.", "Hola, soy ⟦p⟧, mi correo nuevo es ⟦e⟧", "oye, el número de ⟦p⟧ es ⟦ph⟧, llámala después del ⟦d⟧"],
        sig=("Un saludo,", "Tel.", "Móvil", "Correo"), form=("Nombre y apellidos", "Correo electrónico", "Teléfono", "Fecha de nacimiento", "Nº de cliente"),
        bank=["Hazme la transferencia de ⟦a⟧ a ⟦ib⟧ (titular: ⟦p⟧). Concepto: ⟦o⟧", "Datos bancarios actualizados el ⟦d⟧:\nTitular: ⟦p⟧\nIBAN: ⟦ib⟧"],
        support=["Buenas tardes, mi pedido ⟦o⟧ del ⟦d⟧ no ha llegado. Pueden escribirme a ⟦e⟧. Gracias, ⟦p⟧", "Solicito que me llamen: ⟦p⟧, ⟦ph⟧. Incidencia ⟦tk⟧."],
        neg_order=["Mi paquete ⟦t⟧ lleva parado desde el ⟦d⟧. Pedido ⟦o⟧, importe ⟦a⟧.", "La factura ⟦inv⟧ por ⟦a⟧ vence el ⟦d⟧."],
        neg_places=["Quedamos en la ⟦pl⟧ y luego vamos al concesionario ⟦org⟧ el ⟦d⟧.", "El metro a ⟦pl⟧ está cerrado hasta el ⟦d⟧."],
        neg_tech=["Después de actualizar a ⟦v⟧ sale el error ⟦ec⟧. ¿Revierto el commit ⟦sha⟧?", "El build ⟦b⟧ falla, el hash ⟦h⟧ no coincide."],
        famous=["Escribe un resumen sobre la vida de ⟦f⟧.", "¿Qué relación tuvo ⟦f⟧ con ⟦pl⟧?"],
        key=["Se me escapó la clave API ⟦k⟧ en el ticket ⟦tk⟧, ¿la podéis revocar?", "La contraseña del wifi es ⟦pw⟧, cámbiala el ⟦d⟧."]),
    "it": dict(
        chat=["Puoi richiamare ⟦p⟧ al ⟦ph⟧? Riguarda l'ordine ⟦o⟧.", "Ciao, sono ⟦p⟧, la mia nuova email è ⟦e⟧"],
        sig=("Cordiali saluti,", "Tel.", "Cell.", "E-mail"), form=("Nome e cognome", "Email", "Telefono", "Data di nascita", "Codice cliente"),
        bank=["Per favore bonifica ⟦a⟧ sul conto intestato a ⟦p⟧, IBAN ⟦ib⟧. Causale: ⟦o⟧", "Coordinate bancarie aggiornate (⟦d⟧): ⟦p⟧ – ⟦ib⟧"],
        support=["Buongiorno, il mio ordine ⟦o⟧ del ⟦d⟧ non è mai arrivato. Potete contattarmi a ⟦e⟧. ⟦p⟧", "Richiesta di richiamata: ⟦p⟧, ⟦ph⟧ (pratica ⟦tk⟧)"],
        neg_order=["Il pacco ⟦t⟧ è fermo dal ⟦d⟧. Ordine ⟦o⟧, importo ⟦a⟧.", "La fattura ⟦inv⟧ di ⟦a⟧ scade il ⟦d⟧."],
        neg_places=["Ci vediamo in ⟦pl⟧, poi visita alla fabbrica ⟦org⟧ il ⟦d⟧.", "Il treno per l'⟦pl⟧ è soppresso fino al ⟦d⟧."],
        neg_tech=["Dopo l'aggiornamento a ⟦v⟧ ottengo l'errore ⟦ec⟧. Devo annullare il commit ⟦sha⟧?"],
        famous=["Scrivi un breve saggio su ⟦f⟧.", "Perché ⟦f⟧ è considerato così importante?"],
        key=["Ho incollato per sbaglio la chiave API ⟦k⟧ nel ticket ⟦tk⟧, va revocata.", "La password del Wi-Fi ospiti è ⟦pw⟧."]),
    "pt": dict(
        chat=["Pode ligar para ⟦p⟧ no ⟦ph⟧? É sobre o pedido ⟦o⟧.", "Oi, aqui é ⟦p⟧, meu e-mail novo é ⟦e⟧", "o zap da ⟦p⟧ é ⟦ph⟧, manda msg depois do dia ⟦d⟧"],
        sig=("Atenciosamente,", "Tel.", "Celular", "E-mail"), form=("Nome completo", "E-mail", "Telefone", "Data de nascimento", "Nº do cliente"),
        bank=["Por favor transfira ⟦a⟧ para ⟦ib⟧, titular ⟦p⟧. Referência ⟦o⟧", "Novos dados bancários (⟦d⟧): titular ⟦p⟧, IBAN ⟦ib⟧"],
        support=["Olá, meu pedido ⟦o⟧ de ⟦d⟧ não chegou. Podem me responder em ⟦e⟧? Obrigado, ⟦p⟧", "Pedido de retorno: ⟦p⟧, ⟦ph⟧ – protocolo ⟦tk⟧"],
        neg_order=["Minha encomenda ⟦t⟧ está parada desde ⟦d⟧. Pedido ⟦o⟧, valor ⟦a⟧.", "O boleto da fatura ⟦inv⟧ (⟦a⟧) vence em ⟦d⟧."],
        neg_places=["Vamos nos encontrar em ⟦pl⟧ e depois visitar a fábrica da ⟦org⟧ em ⟦d⟧.", "O metrô para ⟦pl⟧ está fechado até ⟦d⟧."],
        neg_tech=["Depois de atualizar para ⟦v⟧ aparece o erro ⟦ec⟧. Reverto o commit ⟦sha⟧?"],
        famous=["Escreva um resumo sobre a vida de ⟦f⟧.", "Qual foi a contribuição de ⟦f⟧?"],
        key=["Colei sem querer a chave de API ⟦k⟧ no chamado ⟦tk⟧, precisa revogar!", "A senha do wi-fi é ⟦pw⟧."]),
    "nl": dict(
        chat=["Kun je ⟦p⟧ terugbellen op ⟦ph⟧? Gaat over bestelling ⟦o⟧.", "Hoi, met ⟦p⟧, mijn nieuwe e-mailadres is ⟦e⟧"],
        sig=("Met vriendelijke groet,", "Tel.", "Mobiel", "E-mail"), form=("Volledige naam", "E-mailadres", "Telefoonnummer", "Geboortedatum", "Klantnummer"),
        bank=["Wil je ⟦a⟧ overmaken naar ⟦ib⟧ t.n.v. ⟦p⟧? Omschrijving: ⟦o⟧", "Nieuw rekeningnummer per ⟦d⟧: ⟦ib⟧ (⟦p⟧)"],
        support=["Geachte heer/mevrouw, mijn bestelling ⟦o⟧ van ⟦d⟧ is niet aangekomen. Graag reactie via ⟦e⟧. ⟦p⟧", "Terugbelverzoek: ⟦p⟧, ⟦ph⟧ – ticket ⟦tk⟧"],
        neg_order=["Mijn pakket ⟦t⟧ staat sinds ⟦d⟧ stil. Bestelling ⟦o⟧, bedrag ⟦a⟧."],
        neg_places=["We spreken af op het ⟦pl⟧ en gaan daarna naar ⟦org⟧ op ⟦d⟧.", "De tram naar het ⟦pl⟧ rijdt niet tot ⟦d⟧."],
        neg_tech=["Na de update naar ⟦v⟧ krijg ik fout ⟦ec⟧. Commit ⟦sha⟧ terugdraaien?"],
        famous=["Schrijf een korte tekst over ⟦f⟧ voor groep 8."],
        key=["Ik heb per ongeluk de API-sleutel ⟦k⟧ in ticket ⟦tk⟧ geplakt, graag intrekken.", "Het wifi-wachtwoord is ⟦pw⟧."]),
    "pl": dict(
        chat=["Możesz oddzwonić do ⟦p⟧ pod ⟦ph⟧? Chodzi o zamówienie ⟦o⟧.", "Cześć, tu ⟦p⟧, mój nowy mail to ⟦e⟧"],
        sig=("Z poważaniem", "Tel.", "Kom.", "E-mail"), form=("Imię i nazwisko", "E-mail", "Telefon", "Data urodzenia", "Nr klienta"),
        bank=["Proszę o przelew ⟦a⟧ na konto ⟦ib⟧, odbiorca: ⟦p⟧. Tytuł: ⟦o⟧", "Nowy numer konta od ⟦d⟧: ⟦ib⟧ (⟦p⟧)"],
        support=["Dzień dobry, moje zamówienie ⟦o⟧ z ⟦d⟧ nie dotarło. Proszę o kontakt: ⟦e⟧. ⟦p⟧"],
        neg_order=["Paczka ⟦t⟧ stoi od ⟦d⟧. Zamówienie ⟦o⟧, kwota ⟦a⟧."],
        neg_places=["Spotykamy się przy ⟦pl⟧, potem salon ⟦org⟧ ⟦d⟧."],
        neg_tech=["Po aktualizacji do ⟦v⟧ pojawia się błąd ⟦ec⟧. Cofnąć commit ⟦sha⟧?"],
        famous=["Napisz krótki esej o ⟦f⟧."],
        key=["Przez pomyłkę wkleiłem klucz API ⟦k⟧ do zgłoszenia ⟦tk⟧ — trzeba go unieważnić.", "Hasło do wifi: ⟦pw⟧"]),
    "tr": dict(
        chat=["⟦p⟧ ile ⟦ph⟧ numarasından iletişime geçebilir misin? Sipariş ⟦o⟧ hakkında.", "Merhaba, ben ⟦p⟧, yeni e-postam ⟦e⟧"],
        sig=("Saygılarımla,", "Tel", "Cep", "E-posta"), form=("Ad Soyad", "E-posta", "Telefon", "Doğum tarihi", "Müşteri no"),
        bank=["Lütfen ⟦a⟧ tutarını ⟦ib⟧ IBAN'ına gönder, alıcı: ⟦p⟧. Açıklama: ⟦o⟧"],
        support=["Merhaba, ⟦d⟧ tarihli ⟦o⟧ numaralı siparişim gelmedi. Bana ⟦e⟧ adresinden ulaşabilirsiniz. ⟦p⟧"],
        neg_order=["Kargom ⟦t⟧ ⟦d⟧ tarihinden beri dağıtım merkezinde. Sipariş ⟦o⟧, tutar ⟦a⟧."],
        neg_places=["⟦pl⟧ önünde buluşalım, sonra ⟦org⟧ bayisine gideriz (⟦d⟧)."],
        neg_tech=["⟦v⟧ sürümüne güncelledikten sonra ⟦ec⟧ hatası alıyorum. ⟦sha⟧ commitini geri alayım mı?"],
        famous=["⟦f⟧ hakkında kısa bir yazı yazar mısın?"],
        key=["API anahtarını (⟦k⟧) yanlışlıkla ⟦tk⟧ kaydına yapıştırdım, iptal edilmeli.", "Wi-Fi şifresi: ⟦pw⟧"]),
    "ru": dict(
        chat=["Перезвони, пожалуйста, ⟦p⟧ по номеру ⟦ph⟧ — по заказу ⟦o⟧.", "Привет, это ⟦p⟧, моя новая почта ⟦e⟧"],
        sig=("С уважением,", "Тел.", "Моб.", "Эл. почта"), form=("ФИО", "Эл. почта", "Телефон", "Дата рождения", "Номер клиента"),
        bank=["Переведите ⟦a⟧ на счёт ⟦ib⟧, получатель ⟦p⟧. Назначение платежа: ⟦o⟧"],
        support=["Здравствуйте! Мой заказ ⟦o⟧ от ⟦d⟧ так и не пришёл. Ответьте, пожалуйста, на ⟦e⟧. ⟦p⟧", "Просьба перезвонить: ⟦p⟧, ⟦ph⟧, обращение ⟦tk⟧"],
        neg_order=["Посылка ⟦t⟧ застряла на сортировке с ⟦d⟧. Заказ ⟦o⟧, сумма ⟦a⟧."],
        neg_places=["Встречаемся в ⟦pl⟧, потом едем в салон ⟦org⟧ ⟦d⟧."],
        neg_tech=["После обновления до ⟦v⟧ появляется ошибка ⟦ec⟧. Откатить коммит ⟦sha⟧?"],
        famous=["Напиши короткое эссе о ⟦f⟧.", "Чем известен ⟦f⟧?"],
        key=["Я случайно вставил API-ключ ⟦k⟧ в тикет ⟦tk⟧, его нужно отозвать.", "Пароль от Wi-Fi: ⟦pw⟧"]),
    "uk": dict(
        chat=["Передзвони, будь ласка, ⟦p⟧ на ⟦ph⟧ щодо замовлення ⟦o⟧.", "Привіт, це ⟦p⟧, моя нова пошта ⟦e⟧"],
        sig=("З повагою,", "Тел.", "Моб.", "Ел. пошта"), form=("ПІБ", "Ел. пошта", "Телефон", "Дата народження", "Номер клієнта"),
        bank=["Переказ ⟦a⟧ на рахунок ⟦ib⟧, отримувач ⟦p⟧. Призначення: ⟦o⟧"],
        support=["Добрий день! Моє замовлення ⟦o⟧ від ⟦d⟧ не надійшло. Пишіть на ⟦e⟧. ⟦p⟧"],
        neg_order=["Посилка ⟦t⟧ стоїть з ⟦d⟧. Замовлення ⟦o⟧, сума ⟦a⟧."],
        neg_places=["Зустрінемось на ⟦pl⟧ ⟦d⟧."],
        neg_tech=["Після оновлення до ⟦v⟧ помилка ⟦ec⟧. Відкотити коміт ⟦sha⟧?"],
        famous=["Напиши короткий есей про ⟦f⟧."],
        key=["Випадково вставив API-ключ ⟦k⟧ у тікет ⟦tk⟧ — треба відкликати.", "Пароль до Wi-Fi: ⟦pw⟧"]),
    "ar": dict(
        chat=["ممكن تتصل بـ⟦p⟧ على الرقم ⟦ph⟧؟ بخصوص الطلب ⟦o⟧.", "مرحبا، أنا ⟦p⟧، بريدي الجديد هو ⟦e⟧"],
        sig=("مع خالص التحية،", "هاتف", "جوال", "البريد الإلكتروني"), form=("الاسم الكامل", "البريد الإلكتروني", "رقم الهاتف", "تاريخ الميلاد", "رقم العميل"),
        bank=["يرجى تحويل ⟦a⟧ إلى الحساب ⟦ib⟧ باسم ⟦p⟧. المرجع: ⟦o⟧"],
        support=["السلام عليكم، طلبي رقم ⟦o⟧ بتاريخ ⟦d⟧ لم يصل بعد. يرجى التواصل معي على ⟦e⟧. ⟦p⟧", "طلب معاودة اتصال: ⟦p⟧، ⟦ph⟧ — تذكرة ⟦tk⟧"],
        neg_order=["شحنتي ⟦t⟧ متوقفة منذ ⟦d⟧. الطلب ⟦o⟧، المبلغ ⟦a⟧."],
        neg_places=["نلتقي في ⟦pl⟧ ثم نزور معرض ⟦org⟧ يوم ⟦d⟧."],
        neg_tech=["بعد التحديث إلى ⟦v⟧ يظهر الخطأ ⟦ec⟧. هل أتراجع عن الـcommit ⟦sha⟧؟"],
        famous=["اكتب مقالاً قصيراً عن ⟦f⟧."],
        key=["لصقت مفتاح الـAPI ⟦k⟧ بالخطأ في التذكرة ⟦tk⟧، يجب إلغاؤه.", "كلمة مرور الواي فاي: ⟦pw⟧"]),
    "zh": dict(
        chat=["麻烦给⟦p⟧回个电话，号码是⟦ph⟧，关于订单⟦o⟧。", "你好，我是⟦p⟧，新邮箱是⟦e⟧", "⟦p⟧的手机号换成⟦ph⟧了，⟦d⟧之后用这个"],
        sig=("此致敬礼", "电话", "手机", "邮箱"), form=("姓名", "电子邮箱", "联系电话", "出生日期", "客户编号"),
        bank=["请把⟦a⟧打到这张卡：⟦cc⟧，持卡人⟦p⟧，订单⟦o⟧。"],
        support=["您好，我在⟦d⟧下的订单⟦o⟧一直没有收到，请通过⟦e⟧联系我。⟦p⟧", "请回电：⟦p⟧，⟦ph⟧，工单⟦tk⟧"],
        neg_order=["我的快递⟦t⟧从⟦d⟧起就没有更新，订单号⟦o⟧，金额⟦a⟧。"],
        neg_places=["我们在⟦pl⟧见面，然后去⟦org⟧的展厅，时间是⟦d⟧。"],
        neg_tech=["升级到⟦v⟧以后报错⟦ec⟧，要不要回滚提交⟦sha⟧？"],
        famous=["请写一篇关于⟦f⟧的短文。", "⟦f⟧对后世有什么影响？"],
        key=["我不小心把API密钥⟦k⟧贴到工单⟦tk⟧里了，请尽快作废。", "WiFi密码是⟦pw⟧"]),
    "ja": dict(
        chat=["⟦p⟧さんに折り返しお願いします。電話番号は⟦ph⟧です（注文⟦o⟧の件）。", "お疲れ様です、⟦p⟧です。新しいメールアドレスは⟦e⟧です。"],
        sig=("よろしくお願いいたします。", "TEL", "携帯", "Mail"), form=("氏名", "メールアドレス", "電話番号", "生年月日", "お客様番号"),
        bank=["下記カードで⟦a⟧を決済してください：⟦cc⟧（名義：⟦p⟧）、注文番号⟦o⟧"],
        support=["⟦d⟧に注文した⟦o⟧がまだ届きません。⟦e⟧までご連絡ください。⟦p⟧", "折り返し希望：⟦p⟧様 ⟦ph⟧（問い合わせ番号⟦tk⟧）"],
        neg_order=["荷物⟦t⟧が⟦d⟧から動いていません。注文番号⟦o⟧、金額⟦a⟧。"],
        neg_places=["⟦pl⟧で待ち合わせて、⟦d⟧に⟦org⟧のショールームへ行きます。"],
        neg_tech=["⟦v⟧にアップデートしたらエラー⟦ec⟧が出ます。コミット⟦sha⟧を戻すべき？"],
        famous=["⟦f⟧について短い文章を書いてください。"],
        key=["APIキー⟦k⟧をチケット⟦tk⟧に誤って貼ってしまいました。無効化をお願いします。", "Wi-Fiのパスワードは⟦pw⟧です。"]),
    "ko": dict(
        chat=["⟦p⟧ 님께 ⟦ph⟧로 다시 전화 부탁드려요. 주문 ⟦o⟧ 건입니다.", "안녕하세요, ⟦p⟧입니다. 새 이메일은 ⟦e⟧ 입니다."],
        sig=("감사합니다.", "전화", "휴대폰", "이메일"), form=("성명", "이메일", "연락처", "생년월일", "고객번호"),
        bank=["⟦a⟧ 결제 카드: ⟦cc⟧ (명의: ⟦p⟧), 주문번호 ⟦o⟧"],
        support=["⟦d⟧에 주문한 ⟦o⟧이 아직 도착하지 않았습니다. ⟦e⟧로 연락 주세요. ⟦p⟧"],
        neg_order=["택배 ⟦t⟧가 ⟦d⟧부터 움직이지 않아요. 주문번호 ⟦o⟧, 금액 ⟦a⟧."],
        neg_places=["⟦pl⟧에서 만나서 ⟦d⟧에 ⟦org⟧ 매장에 가요."],
        neg_tech=["⟦v⟧로 업데이트한 뒤 ⟦ec⟧ 오류가 나요. 커밋 ⟦sha⟧를 되돌릴까요?"],
        famous=["⟦f⟧에 대한 짧은 글을 써 주세요."],
        key=["실수로 API 키 ⟦k⟧를 티켓 ⟦tk⟧에 붙여넣었어요. 폐기해 주세요.", "와이파이 비밀번호는 ⟦pw⟧입니다."]),
    "hi": dict(
        chat=["कृपया ⟦p⟧ को ⟦ph⟧ पर कॉल कर लें, ऑर्डर ⟦o⟧ के बारे में।", "नमस्ते, मैं ⟦p⟧ हूँ, मेरा नया ईमेल ⟦e⟧ है"],
        sig=("धन्यवाद,", "फ़ोन", "मोबाइल", "ईमेल"), form=("पूरा नाम", "ईमेल", "फ़ोन नंबर", "जन्म तिथि", "ग्राहक संख्या"),
        bank=["कृपया ⟦a⟧ इस कार्ड से चुकाएँ: ⟦cc⟧, कार्डधारक ⟦p⟧, ऑर्डर ⟦o⟧"],
        support=["नमस्ते, ⟦d⟧ का मेरा ऑर्डर ⟦o⟧ अभी तक नहीं आया। कृपया ⟦e⟧ पर संपर्क करें। ⟦p⟧"],
        neg_order=["मेरा पार्सल ⟦t⟧ ⟦d⟧ से अटका है। ऑर्डर ⟦o⟧, राशि ⟦a⟧।"],
        neg_places=["हम ⟦pl⟧ पर मिलेंगे, फिर ⟦d⟧ को ⟦org⟧ के शोरूम चलेंगे।"],
        neg_tech=["⟦v⟧ पर अपडेट करने के बाद ⟦ec⟧ एरर आ रहा है। क्या commit ⟦sha⟧ revert करूँ?"],
        famous=["⟦f⟧ पर एक छोटा निबंध लिखिए।"],
        key=["गलती से API key ⟦k⟧ टिकट ⟦tk⟧ में पेस्ट हो गई, कृपया रद्द करें।", "वाई-फ़ाई पासवर्ड: ⟦pw⟧"]),
    "sv": dict(
        chat=["Kan du ringa upp ⟦p⟧ på ⟦ph⟧? Gäller order ⟦o⟧.", "Hej, det är ⟦p⟧, min nya mejl är ⟦e⟧"],
        sig=("Med vänliga hälsningar", "Tel", "Mobil", "E-post"), form=("Namn", "E-post", "Telefon", "Födelsedatum", "Kundnummer"),
        bank=["Sätt in ⟦a⟧ på ⟦ib⟧, mottagare ⟦p⟧. Meddelande: ⟦o⟧"],
        support=["Hej! Min beställning ⟦o⟧ från ⟦d⟧ har inte kommit. Svara gärna till ⟦e⟧. ⟦p⟧"],
        neg_order=["Paketet ⟦t⟧ har stått still sedan ⟦d⟧. Order ⟦o⟧, belopp ⟦a⟧."],
        neg_places=["Vi ses på ⟦pl⟧ och åker sedan till ⟦org⟧ den ⟦d⟧."],
        neg_tech=["Efter uppdatering till ⟦v⟧ får jag fel ⟦ec⟧. Ska jag backa commit ⟦sha⟧?"],
        famous=["Skriv en kort text om ⟦f⟧."],
        key=["Jag klistrade råkat in API-nyckeln ⟦k⟧ i ärende ⟦tk⟧, den måste spärras.", "Wifi-lösenordet är ⟦pw⟧"]),
    "fi": dict(
        chat=["Voitko soittaa ⟦p⟧:lle numeroon ⟦ph⟧? Koskee tilausta ⟦o⟧.", "Moi, ⟦p⟧ täällä, uusi sähköpostini on ⟦e⟧"],
        sig=("Ystävällisin terveisin", "Puh.", "GSM", "Sähköposti"), form=("Nimi", "Sähköposti", "Puhelin", "Syntymäaika", "Asiakasnumero"),
        bank=["Maksa ⟦a⟧ tilille ⟦ib⟧, saaja ⟦p⟧. Viite: ⟦o⟧"],
        support=["Hei, tilaukseni ⟦o⟧ (⟦d⟧) ei ole saapunut. Vastatkaa osoitteeseen ⟦e⟧. ⟦p⟧"],
        neg_order=["Paketti ⟦t⟧ on ollut jumissa ⟦d⟧ lähtien. Tilaus ⟦o⟧, summa ⟦a⟧."],
        neg_places=["Tavataan ⟦pl⟧lla ja mennään sitten ⟦org⟧-liikkeeseen ⟦d⟧."],
        neg_tech=["Päivityksen ⟦v⟧ jälkeen tulee virhe ⟦ec⟧. Perunko commitin ⟦sha⟧?"],
        famous=["Kirjoita lyhyt essee aiheesta ⟦f⟧."],
        key=["Liitin vahingossa API-avaimen ⟦k⟧ tikettiin ⟦tk⟧, se pitää mitätöidä.", "Wifin salasana on ⟦pw⟧"]),
    "el": dict(
        chat=["Μπορείς να πάρεις τηλέφωνο τον/την ⟦p⟧ στο ⟦ph⟧; Για την παραγγελία ⟦o⟧.", "Γεια, είμαι ο/η ⟦p⟧, το νέο μου email είναι ⟦e⟧"],
        sig=("Με εκτίμηση,", "Τηλ.", "Κιν.", "Email"), form=("Ονοματεπώνυμο", "Email", "Τηλέφωνο", "Ημερομηνία γέννησης", "Αρ. πελάτη"),
        bank=["Παρακαλώ μεταφέρετε ⟦a⟧ στο ⟦ib⟧, δικαιούχος ⟦p⟧. Αιτιολογία: ⟦o⟧"],
        support=["Καλησπέρα, η παραγγελία μου ⟦o⟧ της ⟦d⟧ δεν έφτασε. Επικοινωνήστε στο ⟦e⟧. ⟦p⟧"],
        neg_order=["Το δέμα ⟦t⟧ είναι κολλημένο από ⟦d⟧. Παραγγελία ⟦o⟧, ποσό ⟦a⟧."],
        neg_places=["Συναντιόμαστε στη ⟦pl⟧ και μετά πάμε στην ⟦org⟧ στις ⟦d⟧."],
        neg_tech=["Μετά την αναβάθμιση σε ⟦v⟧ βγάζει σφάλμα ⟦ec⟧. Να κάνω revert το commit ⟦sha⟧;"],
        famous=["Γράψε ένα σύντομο κείμενο για τον/την ⟦f⟧."],
        key=["Επικόλλησα κατά λάθος το API key ⟦k⟧ στο αίτημα ⟦tk⟧, πρέπει να ανακληθεί.", "Ο κωδικός του Wi-Fi είναι ⟦pw⟧"]),
    "cs": dict(
        chat=["Můžeš zavolat ⟦p⟧ na ⟦ph⟧? Jde o objednávku ⟦o⟧.", "Ahoj, tady ⟦p⟧, můj nový e-mail je ⟦e⟧"],
        sig=("S pozdravem", "Tel.", "Mobil", "E-mail"), form=("Jméno a příjmení", "E-mail", "Telefon", "Datum narození", "Číslo zákazníka"),
        bank=["Prosím pošli ⟦a⟧ na účet ⟦ib⟧, příjemce ⟦p⟧. Zpráva: ⟦o⟧"],
        support=["Dobrý den, moje objednávka ⟦o⟧ z ⟦d⟧ nedorazila. Kontaktujte mě na ⟦e⟧. ⟦p⟧"],
        neg_order=["Zásilka ⟦t⟧ stojí od ⟦d⟧. Objednávka ⟦o⟧, částka ⟦a⟧."],
        neg_places=["Sejdeme se u ⟦pl⟧ a ⟦d⟧ pojedeme do ⟦org⟧."],
        neg_tech=["Po aktualizaci na ⟦v⟧ hlásí chybu ⟦ec⟧. Mám revertnout commit ⟦sha⟧?"],
        famous=["Napiš krátkou esej o ⟦f⟧."],
        key=["Omylem jsem vložil API klíč ⟦k⟧ do tiketu ⟦tk⟧, je potřeba ho zneplatnit.", "Heslo k Wi-Fi: ⟦pw⟧"]),
    "vi": dict(
        chat=["Bạn gọi lại cho ⟦p⟧ số ⟦ph⟧ giúp mình nhé, về đơn hàng ⟦o⟧.", "Chào bạn, mình là ⟦p⟧, email mới của mình là ⟦e⟧"],
        sig=("Trân trọng,", "ĐT", "Di động", "Email"), form=("Họ và tên", "Email", "Số điện thoại", "Ngày sinh", "Mã khách hàng"),
        bank=["Thanh toán ⟦a⟧ bằng thẻ ⟦cc⟧, chủ thẻ ⟦p⟧, đơn ⟦o⟧"],
        support=["Chào shop, đơn hàng ⟦o⟧ đặt ngày ⟦d⟧ vẫn chưa tới. Liên hệ mình qua ⟦e⟧ nhé. ⟦p⟧"],
        neg_order=["Kiện hàng ⟦t⟧ nằm im từ ⟦d⟧. Đơn ⟦o⟧, số tiền ⟦a⟧."],
        neg_places=["Hẹn nhau ở ⟦pl⟧ rồi ghé showroom ⟦org⟧ ngày ⟦d⟧."],
        neg_tech=["Sau khi cập nhật lên ⟦v⟧ thì bị lỗi ⟦ec⟧. Có nên revert commit ⟦sha⟧ không?"],
        famous=["Viết một đoạn ngắn về ⟦f⟧."],
        key=["Mình lỡ dán API key ⟦k⟧ vào ticket ⟦tk⟧, nhờ thu hồi giúp.", "Mật khẩu wifi là ⟦pw⟧"]),
    "id": dict(
        chat=["Tolong telepon balik ⟦p⟧ di ⟦ph⟧ ya, soal pesanan ⟦o⟧.", "Halo, saya ⟦p⟧, email baru saya ⟦e⟧"],
        sig=("Salam hormat,", "Telp.", "HP", "Email"), form=("Nama lengkap", "Email", "No. HP", "Tanggal lahir", "No. pelanggan"),
        bank=["Tolong bayar ⟦a⟧ pakai kartu ⟦cc⟧ atas nama ⟦p⟧, pesanan ⟦o⟧"],
        support=["Halo kak, pesanan ⟦o⟧ tanggal ⟦d⟧ belum sampai. Hubungi saya di ⟦e⟧ ya. ⟦p⟧"],
        neg_order=["Paket ⟦t⟧ tertahan sejak ⟦d⟧. Pesanan ⟦o⟧, total ⟦a⟧."],
        neg_places=["Ketemu di ⟦pl⟧, terus ke dealer ⟦org⟧ tanggal ⟦d⟧."],
        neg_tech=["Setelah update ke ⟦v⟧ muncul error ⟦ec⟧. Perlu revert commit ⟦sha⟧?"],
        famous=["Tuliskan esai singkat tentang ⟦f⟧."],
        key=["Saya tidak sengaja menempel API key ⟦k⟧ di tiket ⟦tk⟧, tolong dicabut.", "Password wifi: ⟦pw⟧"]),
    "he": dict(
        chat=["אפשר להתקשר ל⟦p⟧ למספר ⟦ph⟧? זה לגבי הזמנה ⟦o⟧.", "היי, כאן ⟦p⟧, המייל החדש שלי הוא ⟦e⟧"],
        sig=("בברכה,", "טל׳", "נייד", "דוא\"ל"), form=("שם מלא", "דוא\"ל", "טלפון", "תאריך לידה", "מספר לקוח"),
        bank=["נא להעביר ⟦a⟧ לחשבון ⟦ib⟧ על שם ⟦p⟧. אסמכתא: ⟦o⟧"],
        support=["שלום, ההזמנה ⟦o⟧ מתאריך ⟦d⟧ לא הגיעה. אפשר לחזור אליי ל⟦e⟧. ⟦p⟧"],
        neg_order=["החבילה ⟦t⟧ תקועה מאז ⟦d⟧. הזמנה ⟦o⟧, סכום ⟦a⟧."],
        neg_places=["נפגשים ב⟦pl⟧ ואחר כך הולכים לסוכנות ⟦org⟧ ב-⟦d⟧."],
        neg_tech=["אחרי העדכון ל-⟦v⟧ מתקבלת שגיאה ⟦ec⟧. לבטל את ה-commit ⟦sha⟧?"],
        famous=["כתוב חיבור קצר על ⟦f⟧."],
        key=["הדבקתי בטעות את מפתח ה-API ⟦k⟧ בכרטיס ⟦tk⟧, צריך לבטל אותו.", "הסיסמה לוויי-פיי: ⟦pw⟧"]),
    "ro": dict(
        chat=["Poți să-l/s-o suni pe ⟦p⟧ la ⟦ph⟧? E vorba de comanda ⟦o⟧.", "Salut, sunt ⟦p⟧, noul meu email e ⟦e⟧"],
        sig=("Cu stimă,", "Tel.", "Mobil", "E-mail"), form=("Nume și prenume", "E-mail", "Telefon", "Data nașterii", "Cod client"),
        bank=["Te rog transferă ⟦a⟧ în contul ⟦ib⟧, titular ⟦p⟧. Detalii: ⟦o⟧"],
        support=["Bună ziua, comanda mea ⟦o⟧ din ⟦d⟧ nu a ajuns. Vă rog să-mi scrieți la ⟦e⟧. ⟦p⟧"],
        neg_order=["Coletul ⟦t⟧ stă din ⟦d⟧. Comanda ⟦o⟧, suma ⟦a⟧."],
        neg_places=["Ne vedem la ⟦pl⟧, apoi mergem la showroom-ul ⟦org⟧ pe ⟦d⟧."],
        neg_tech=["După actualizarea la ⟦v⟧ apare eroarea ⟦ec⟧. Fac revert la commit-ul ⟦sha⟧?"],
        famous=["Scrie un scurt eseu despre ⟦f⟧."],
        key=["Am lipit din greșeală cheia API ⟦k⟧ în tichetul ⟦tk⟧, trebuie revocată.", "Parola de Wi-Fi: ⟦pw⟧"]),
    "th": dict(
        chat=["ช่วยโทรกลับหาคุณ⟦p⟧ที่เบอร์ ⟦ph⟧ หน่อย เรื่องคำสั่งซื้อ ⟦o⟧", "สวัสดีค่ะ ⟦p⟧ นะคะ อีเมลใหม่คือ ⟦e⟧"],
        sig=("ขอแสดงความนับถือ", "โทร", "มือถือ", "อีเมล"), form=("ชื่อ-นามสกุล", "อีเมล", "เบอร์โทร", "วันเกิด", "รหัสลูกค้า"),
        bank=["ชำระ ⟦a⟧ ด้วยบัตร ⟦cc⟧ ชื่อผู้ถือบัตร ⟦p⟧ คำสั่งซื้อ ⟦o⟧"],
        support=["สวัสดีครับ คำสั่งซื้อ ⟦o⟧ วันที่ ⟦d⟧ ยังไม่ได้รับของ ติดต่อกลับที่ ⟦e⟧ ครับ ⟦p⟧"],
        neg_order=["พัสดุ ⟦t⟧ ค้างอยู่ตั้งแต่ ⟦d⟧ คำสั่งซื้อ ⟦o⟧ ยอด ⟦a⟧"],
        neg_places=["เจอกันที่⟦pl⟧ แล้วไปโชว์รูม ⟦org⟧ วันที่ ⟦d⟧"],
        neg_tech=["หลังอัปเดตเป็น ⟦v⟧ เจอ error ⟦ec⟧ ควร revert commit ⟦sha⟧ ไหม"],
        famous=["เขียนเรียงความสั้น ๆ เกี่ยวกับ ⟦f⟧"],
        key=["เผลอวาง API key ⟦k⟧ ลงในทิกเก็ต ⟦tk⟧ ช่วยยกเลิกด้วย", "รหัส Wi-Fi คือ ⟦pw⟧"]),
    "hu": dict(
        chat=["Vissza tudnád hívni ⟦p⟧-t a ⟦ph⟧ számon? A ⟦o⟧ rendelésről van szó.", "Szia, ⟦p⟧ vagyok, az új e-mail-címem ⟦e⟧"],
        sig=("Üdvözlettel:", "Tel.", "Mobil", "E-mail"), form=("Név", "E-mail", "Telefon", "Születési dátum", "Ügyfélszám"),
        bank=["Kérlek, utalj ⟦a⟧ összeget a ⟦ib⟧ számlára, kedvezményezett: ⟦p⟧. Közlemény: ⟦o⟧"],
        support=["Jó napot! A ⟦d⟧-i ⟦o⟧ rendelésem nem érkezett meg. Kérem, írjanak a ⟦e⟧ címre. ⟦p⟧"],
        neg_order=["A ⟦t⟧ csomag ⟦d⟧ óta áll. Rendelés ⟦o⟧, összeg ⟦a⟧."],
        neg_places=["Az ⟦pl⟧ mellett találkozunk, aztán ⟦d⟧-én megyünk a ⟦org⟧ szalonba."],
        neg_tech=["A ⟦v⟧ frissítés után ⟦ec⟧ hibát kapok. Visszavonjam a ⟦sha⟧ commitot?"],
        famous=["Írj egy rövid esszét ⟦f⟧ életéről."],
        key=["Véletlenül bemásoltam az API-kulcsot (⟦k⟧) a ⟦tk⟧ jegybe, vissza kell vonni.", "A wifi jelszó: ⟦pw⟧"]),
    "sw": dict(
        chat=["Tafadhali mpigie ⟦p⟧ kwa ⟦ph⟧ kuhusu oda ⟦o⟧.", "Habari, mimi ni ⟦p⟧, barua pepe yangu mpya ni ⟦e⟧"],
        sig=("Wako,", "Simu", "Rununu", "Barua pepe"), form=("Jina kamili", "Barua pepe", "Namba ya simu", "Tarehe ya kuzaliwa", "Namba ya mteja"),
        bank=["Tafadhali lipa ⟦a⟧ kwa kadi ⟦cc⟧, jina ⟦p⟧, oda ⟦o⟧"],
        support=["Habari, oda yangu ⟦o⟧ ya ⟦d⟧ haijafika. Niandikie kupitia ⟦e⟧. ⟦p⟧"],
        neg_order=["Kifurushi ⟦t⟧ kimekwama tangu ⟦d⟧. Oda ⟦o⟧, kiasi ⟦a⟧."],
        neg_places=["Tukutane ⟦pl⟧ kisha twende kwa ⟦org⟧ tarehe ⟦d⟧."],
        neg_tech=["Baada ya kusasisha hadi ⟦v⟧ napata hitilafu ⟦ec⟧. Nirudishe commit ⟦sha⟧?"],
        famous=["Andika insha fupi kuhusu ⟦f⟧."],
        key=["Nimebandika kwa bahati mbaya ufunguo wa API ⟦k⟧ kwenye tiketi ⟦tk⟧, tafadhali ubatilishe.", "Nenosiri la Wi-Fi ni ⟦pw⟧"]),
}


def _ml_kw(r, lang):
    cult = LANG_CULT[lang]
    use_native = r.random() < 0.75 or cult not in LATIN_ALT
    c = cult if use_native else LATIN_ALT[cult]
    p = person(r, c, pick(r, ["full", "full", "full", "given"]) if c not in LATIN_CULTURES else None)
    ec = LATIN_ALT.get(cult, cult)
    if c in LATIN_CULTURES and ascii_slug(p.text.split(",")[0]):
        parts_ = p.text.replace(",", "").split()
        em = email(r, (parts_[0], parts_[-1])) if len(parts_) > 1 else email(r, (parts_[0], ascii_slug(pick(r, NAMES[c]["sm"])) or "x"))
    else:
        em = email(r, name_parts(r, ec if ec in LATIN_CULTURES else pick(r, LATIN_CULTURES))[1:])
    return dict(p=p, ph=phone_lang(r, lang), e=em, o=lk(r, "order_number"), d=ddate(r), t=lk(r, "tracking_number"),
                a=amount(r), ib=iban_lang(r, lang), bic=bic(r), cc=card(r), inv=lk(r, "invoice_number"), tk=lk(r, "ticket_id"),
                pl=place_named(r, lang), org=org_named(r), v=lk(r, "version"), ec=lk(r, "error_code"), sha=lk(r, "git_sha"),
                b=lk(r, "build_number"), h=L("hash", rs(r, HEX, 64)), f=famous(r, lang), k=key(r), pw=password(r))


def _mk_simple(lang, field):
    def fn(r):
        kw = _ml_kw(r, lang)
        fr = R(pick(r, ML[lang][field]), **kw)
        if not fr.looks:
            x = r.random()
            if x < 0.35:
                fr = C(fr, " (", kw["tk"], ")")
            elif x < 0.7:
                fr = C(ddate(r), " ", fr)
            else:
                fr = C(fr, "\n#", L("ticket_id", str(r.randint(1000, 99999))), " · ", pick(r, [kw["v"], kw["org"], kw["pl"]]))
        return fr
    return fn


def _mk_sig(lang):
    def fn(r):
        kw = _ml_kw(r, lang)
        close, tel, mob, mail = ML[lang]["sig"]
        body = pick(r, ML[lang]["neg_order"] + ML[lang]["neg_tech"])
        out = [R(body, **kw), C(""), C(close), kw["p"]]
        if r.random() < 0.5:
            out.append(kw["org"])
        out.append(C(tel + ": ", phone_lang(r, lang)))
        if r.random() < 0.6:
            out.append(C(mob + ": ", phone_lang(r, lang)))
        out.append(C(mail + ": ", kw["e"]))
        return J("\n", out)
    return fn


def _mk_form(lang):
    def fn(r):
        kw = _ml_kw(r, lang)
        l_name, l_mail, l_tel, l_dob, l_cust = ML[lang]["form"]
        rows = [(l_name, kw["p"]), (l_mail, kw["e"]), (l_tel, kw["ph"]), (l_dob, kw["d"]), (l_cust, L("record_id", rs(r, DIG, r.randint(6, 10))))]
        if lang in LANG_IBAN and r.random() < 0.5:
            rows.append(("IBAN", kw["ib"]))
        head = rows[:1]
        tail = rows[1:]
        r.shuffle(tail)
        rows = head + tail[:r.randint(2, len(tail))]
        style = pick(r, ["colon", "table", "json"])
        if style == "colon":
            return J("\n", [C(k + ": ", v) for k, v in rows])
        if style == "table":
            return C("| " + " | ".join(k for k, _ in rows) + " |\n|" + "---|" * len(rows) + "\n| ", J(" | ", [v for _, v in rows]), " |")
        return C("{", J(", ", [C('"' + k + '": "', v, '"') for k, v in rows]), "}")
    return fn


for _lang in ML:
    T("ml_chat_" + _lang, _lang, w=0.3)(_mk_simple(_lang, "chat"))
    T("ml_signature_" + _lang, _lang, w=0.3)(_mk_sig(_lang))
    T("ml_form_" + _lang, _lang, w=0.3)(_mk_form(_lang))
    T("ml_pay_" + _lang, _lang, w=0.3)(_mk_simple(_lang, "bank"))
    T("ml_support_" + _lang, _lang, w=0.3)(_mk_simple(_lang, "support"))
    T("ml_famous_" + _lang, _lang, w=0.15)(_mk_simple(_lang, "famous"))
    T("ml_secret_" + _lang, _lang, w=0.3)(_mk_simple(_lang, "key"))
    T("ml_neg_order_" + _lang, _lang, neg=True, w=0.3)(_mk_simple(_lang, "neg_order"))
    T("ml_neg_places_" + _lang, _lang, neg=True, w=0.3)(_mk_simple(_lang, "neg_places"))
    T("ml_neg_tech_" + _lang, _lang, neg=True, w=0.3)(_mk_simple(_lang, "neg_tech"))


SPOKEN_TPL = {
    "es": ["AGENTE: ¿Me da un teléfono de contacto?\nCLIENTE: sí, es el ⟦ph⟧\nAGENTE: gracias, ⟦p⟧. Su incidencia es la ⟦tk⟧."],
    "de": ["Anrufer: Meine Nummer ist ⟦ph⟧.\nAgent: Danke, Herr ⟦p⟧, ich notiere das zu Vorgang ⟦tk⟧."],
    "fr": ["Client : mon numéro c'est le ⟦ph⟧\nConseiller : merci ⟦p⟧, je l'ajoute au dossier ⟦tk⟧."],
    "it": ["Cliente: il mio numero è ⟦ph⟧\nOperatore: grazie ⟦p⟧, pratica ⟦tk⟧."],
    "pt": ["Cliente: meu número é ⟦ph⟧\nAtendente: obrigado, ⟦p⟧, protocolo ⟦tk⟧."],
}
for _lang in SPOKEN_TPL:
    def _sp(r, _lang=_lang):
        return R(pick(r, SPOKEN_TPL[_lang]), ph=phone_spoken(r, _lang), p=person(r, LANG_CULT[_lang], pick(r, ["full", "surname"])), tk=lk(r, "ticket_id"))
    T("ml_voice_phone_" + _lang, _lang)(_sp)


# Structural templates in other languages (code/config with localised comments)
@T("de_env_kommentar", "de")
def _(r):
    return R("# Zugangsdaten Staging – NICHT committen! (⟦d⟧)\nDB_PASSWORT=⟦pw⟧\nSMTP_BENUTZER=⟦e⟧\nSMTP_PASSWORT=⟦pw2⟧\nAPI_SCHLUESSEL=⟦k⟧\n# Version ⟦v⟧",
             d=ddate(r), pw=password(r), e=email(r), pw2=password(r), k=key(r), v=lk(r, "version"))


@T("fr_log_erreur", "fr")
def _(r):
    return R("⟦t⟧ ERREUR échec d'authentification pour ⟦e⟧ depuis ⟦ip⟧ (tentative ⟦n⟧/5, requête ⟦u⟧)",
             t=iso_ts(r), e=email(r), ip=ip_any(r), n=str(r.randint(1, 5)), u=L("uuid", uuid4(r)))


@T("es_csv_clientes", "es")
def _(r):
    out = [C("nombre;correo;móvil;alta")]
    for _ in range(r.randint(2, 4)):
        p, e, _ = pe(r, "es")
        out.append(R("⟦p⟧;⟦e⟧;⟦ph⟧;⟦d⟧", p=p, e=e, ph=phone_lang(r, "es"), d=ddate(r)))
    return J("\n", out)


@T("ja_meeting_minutes", "ja")
def _(r):
    ps = [person(r, "ja", "full") for _ in range(3)]
    return R("議事録（⟦d⟧）\n出席者：⟦a⟧、⟦b⟧、⟦c⟧\n決定事項：リリース⟦v⟧を延期\n宿題：⟦a2⟧さんがチケット⟦tk⟧を対応",
             d=ddate(r), a=ps[0], b=ps[1], c=ps[2], v=lk(r, "version"), a2=S("PERSON", ps[0].text.split(" ")[0]), tk=lk(r, "ticket_id"))


@T("zh_log_login", "zh")
def _(r):
    return R("⟦t⟧ [WARN] 用户 ⟦p⟧（⟦ph⟧）从 ⟦ip⟧ 登录失败，原因：密码错误，请求 ⟦rid⟧",
             t=iso_ts(r), p=person(r, "zh", "full"), ph=phone(r, "CN"), ip=ip_any(r), rid=lk(r, "request_id"))


@T("ko_chat_delivery", "ko")
def _(r):
    return R("배송기사님 연락처 ⟦ph⟧ 입니다. 수령인 ⟦p⟧, 운송장 ⟦t⟧, 결제 ⟦a⟧",
             ph=phone(r, "KR"), p=person(r, "ko", "full"), t=lk(r, "tracking_number"), a=amount(r))


@T("ru_yaml_secrets", "ru")
def _(r):
    return R("# настройки боевого окружения (⟦d⟧)\nbot:\n  token: ⟦k⟧\n  admin: ⟦p⟧\n  admin_phone: \"⟦ph⟧\"\nserver: ⟦ip⟧",
             d=ddate(r), k=key(r, "telegram"), p=person(r, "ru", "full"), ph=phone(r, "RU"), ip=ip_any(r))


@T("pt_br_pix_chat", "pt")
def _(r):
    return R("manda o pix pro meu e-mail ⟦e⟧ ou pro celular ⟦ph⟧ 🙏 valor ⟦a⟧, pedido ⟦o⟧",
             e=email(r), ph=phone(r, "BR"), a=amount(r), o=lk(r, "order_number"))


@T("nl_iban_factuur", "nl")
def _(r):
    return R("Factuur ⟦inv⟧ – te voldoen vóór ⟦d⟧ op ⟦ib⟧ t.n.v. ⟦p⟧ o.v.v. ⟦ref⟧. KvK ⟦kvk⟧, btw ⟦vat⟧.",
             inv=lk(r, "invoice_number"), d=ddate(r), ib=iban(r, "NL"), p=person(r, "nl"), ref=rf_reference(r), kvk=L("company_registration", rs(r, DIG, 8)), vat=L("vat_id", "NL" + rs(r, DIG, 9) + "B01"))


@T("it_pec_firma", "it")
def _(r):
    p, e, _ = pe(r, "it")
    return R("Distinti saluti\n⟦p⟧\nUfficio Acquisti – ⟦org⟧\nTel. ⟦ph⟧ – PEC ⟦e⟧\nP.IVA ⟦vat⟧",
             p=p, org=org_named(r), ph=phone(r, "IT"), e=e, vat=L("vat_id", "IT" + rs(r, DIG, 11)))


@T("ar_sms_otp_neg", "ar", neg=True)
def _(r):
    return R("رقم الشحنة ⟦t⟧، الطلب ⟦o⟧، المبلغ ⟦a⟧، موعد التسليم ⟦d⟧", t=lk(r, "tracking_number"), o=lk(r, "order_number"), a=amount(r), d=ddate(r))


@T("de_stacktrace_neg", "de", neg=True)
def _(r):
    return R("Fehler beim Speichern: Datensatz ⟦u⟧ gesperrt (⟦ec⟧). Version ⟦v⟧, Build ⟦b⟧, Zeit ⟦t⟧.",
             u=L("uuid", uuid4(r)), ec=lk(r, "error_code"), v=lk(r, "version"), b=lk(r, "build_number"), t=iso_ts(r))


@T("fr_recette_neg", "fr", neg=True)
def _(r):
    return R("Crêpes (⟦n⟧ pers.) : ⟦g⟧ g de farine, ½ L de lait. Cuisson ⟦m⟧ min. Coût ≈ ⟦a⟧. Inspirée du ⟦pl⟧.",
             n=str(r.randint(2, 8)), g=str(r.randint(150, 400)), m=str(r.randint(2, 5)), a=amount(r), pl=place_named(r, "fr"))


@T("ja_neg_release", "ja", neg=True)
def _(r):
    return R("リリースノート ⟦v⟧（⟦d⟧）\n・不具合⟦tk⟧を修正\n・ハッシュ ⟦h⟧\n・ビルド ⟦b⟧", v=lk(r, "version"), d=ddate(r), tk=lk(r, "ticket_id"), h=lk(r, "git_sha"), b=lk(r, "build_number"))


@T("es_neg_futbol", "es", neg=True)
def _(r):
    return R("El partido en el estadio ⟦pl⟧ terminó ⟦h⟧-⟦a⟧ el ⟦d⟧. Entradas desde ⟦am⟧.", pl=L("place_named_after_person", pick(r, ["Santiago Bernabéu", "Ramón Sánchez-Pizjuán", "Benito Villamarín"])),
             h=str(r.randint(0, 4)), a=str(r.randint(0, 4)), d=ddate(r), am=amount(r))

# ============================ Validation & driver ===============================
TYPES = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "API_KEY", "PERSON"]


def validate_row(row):
    text = row["text"]
    allx = []
    for s in row["spans"]:
        assert s["type"] in TYPES, s
        assert text[s["start"]:s["end"]] == s["text"], (row["id"], s)
        assert s["text"] and s["text"] == s["text"].strip(), (row["id"], s)
        allx.append((s["start"], s["end"], "span", s["text"]))
        if s["type"] == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", s["text"])
            assert d.isdigit() and 12 <= len(d) <= 19 and luhn_ok(d), (row["id"], s)
        elif s["type"] == "IBAN_CODE":
            assert iban_ok(s["text"]), (row["id"], s)
            assert len(s["text"].replace(" ", "")) == IBAN_EXPECTED_LEN[s["text"][:2].upper()], (row["id"], s)
        elif s["type"] == "US_SSN":
            assert ssn_ok(s["text"]), (row["id"], s)
        elif s["type"] == "IP_ADDRESS":
            t = s["text"].split("%")[0]
            if ":" not in t:
                oct_ = t.split(".")
                assert len(oct_) == 4 and all(o.isdigit() and 0 <= int(o) <= 255 for o in oct_), (row["id"], s)
            else:
                assert re.fullmatch(r"[0-9A-Fa-f:.]+", t) and t.count("::") <= 1, (row["id"], s)
    for l_ in row["lookalikes"]:
        assert text[l_["start"]:l_["end"]] == l_["text"], (row["id"], l_)
        assert l_["text"], (row["id"], l_)
        allx.append((l_["start"], l_["end"], "look", l_["text"]))
        if l_["kind"] == "non_luhn_digits":
            assert not luhn_ok(l_["text"].replace(" ", "")), l_
        if l_["kind"] == "invalid_ssn":
            assert not ssn_ok(l_["text"]), l_
    allx.sort()
    for a, b in zip(allx, allx[1:]):
        assert a[1] <= b[0], (row["id"], "overlap", a, b)


def schedule(r, n):
    pos = [t for t in TEMPLATES if not t[2] and t[4] > 0]
    neg = [t for t in TEMPLATES if t[2] and t[4] > 0]
    n_neg = round(n * NEG_FRACTION)
    n_pos = n - n_neg

    def draw(pool, k):
        # every template at least once, then weighted draws
        order = list(pool)
        r.shuffle(order)
        out = order[:k]
        weights = [t[4] for t in pool]
        while len(out) < k:
            out.append(r.choices(pool, weights=weights, k=1)[0])
        return out
    seq = draw(pos, n_pos) + draw(neg, n_neg)
    r.shuffle(seq)
    return seq


def check_constants():
    assert all(luhn_ok(c) for c in TEST_CARDS)
    assert all(iban_ok(i) for i in IBAN_EXAMPLES)
    assert all(ssn_ok(s) for s in ["078-05-1120", "123-45-6789", "219-09-9999", "123 45 6789"])
    assert IBAN_LEN == IBAN_EXPECTED_LEN, {k: (IBAN_LEN[k], IBAN_EXPECTED_LEN.get(k)) for k in IBAN_LEN if IBAN_LEN[k] != IBAN_EXPECTED_LEN.get(k)}


def build(n=N_ROWS):
    check_constants()
    r = random.Random(SEED)
    rows = []
    seen = set()
    langs = {}
    for name, lang, neg, fn, w in schedule(r, n):
        for attempt in range(50):
            fr = fn(r)
            if fr.text not in seen:
                break
        seen.add(fr.text)
        if neg:
            assert not fr.spans, (name, fr.text)
        else:
            assert fr.spans, (name, fr.text)
        row = {"id": "heldout23-%04d" % (len(rows) + 1), "template": name, "text": fr.text,
               "spans": [{"type": s["type"], "start": s["start"], "end": s["end"], "text": s["text"], "identifying": s["identifying"]}
                         for s in sorted(fr.spans, key=lambda s: s["start"])],
               "lookalikes": [{"kind": l_["kind"], "start": l_["start"], "end": l_["end"], "text": l_["text"]}
                              for l_ in sorted(fr.looks, key=lambda s: s["start"])]}
        validate_row(row)
        rows.append(row)
        langs[row["id"]] = lang
    return rows, langs


def stats(rows, langs):
    from collections import Counter
    st = {}
    st["rows"] = len(rows)
    st["rows_no_pii"] = sum(1 for x in rows if not x["spans"])
    st["templates"] = len({x["template"] for x in rows})
    span_all, span_false = Counter(), Counter()
    for x in rows:
        for s in x["spans"]:
            span_all[s["type"]] += 1
            if not s["identifying"]:
                span_false[s["type"]] += 1
    st["spans_all"] = {t: span_all[t] for t in TYPES}
    st["spans_identifying_false"] = {t: span_false[t] for t in TYPES}
    lk_c = Counter(l_["kind"] for x in rows for l_ in x["lookalikes"])
    st["lookalikes"] = dict(sorted(lk_c.items(), key=lambda kv: (-kv[1], kv[0])))
    lc = Counter(langs[x["id"]] for x in rows)
    st["languages"] = dict(sorted(lc.items(), key=lambda kv: (-kv[1], kv[0])))
    st["non_english_rows"] = sum(v for k, v in lc.items() if k != "en")
    lens = sorted(len(x["text"]) for x in rows)
    st["length_chars"] = {"min": lens[0], "median": lens[len(lens) // 2], "mean": round(sum(lens) / len(lens), 1), "max": lens[-1]}
    st["rows_multi_type"] = sum(1 for x in rows if len({s["type"] for s in x["spans"]}) >= 2)
    return st


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "eval_heldout23.jsonl"))
    ap.add_argument("--n", type=int, default=N_ROWS)
    ap.add_argument("--stats-json", default=None)
    a = ap.parse_args()
    rows, langs = build(a.n)
    data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows).encode("utf-8")
    with open(a.out, "wb") as f:
        f.write(data)
    st = stats(rows, langs)
    st["sha256"] = hashlib.sha256(data).hexdigest()
    if a.stats_json:
        with open(a.stats_json, "w", encoding="utf-8") as f:
            json.dump(st, f, ensure_ascii=False, indent=1)
    print(json.dumps(st, ensure_ascii=False, indent=1), file=sys.stderr)
    print("wrote %s sha256=%s" % (a.out, st["sha256"]), file=sys.stderr)


if __name__ == "__main__":
    main()
