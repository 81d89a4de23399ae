#!/usr/bin/env python3
"""Generator for eval_heldout20, a held-out PII evaluation set for driftline.

Standard library only, deterministic (fixed seed, no set iteration, no hash-dependent order).
Labelling rules: see README.txt (R1-R11). Summary: spans are values that identify/reach one real-looking
natural person or grant access to an account; look-alikes have the surface shape of a PII type but are a
different object, invalid, reserved, public-by-design, masked, placeholder or fictional.

Usage: python3 gen_heldout20.py [--out PATH] [--stats]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 2026112420
N_TEXTS = 1320

# ----------------------------------------------------------------------------------------------------------
# annotation items


class It:
    __slots__ = ("cat", "typ", "val")

    def __init__(self, cat: str, typ: str, val: str) -> None:
        self.cat = cat
        self.typ = typ
        self.val = val


def S(t: str, v: str) -> It:
    return It("S", t, v)


def L(k: str, v: str) -> It:
    return It("L", k, v)


_SLOT = re.compile(r"<<(\w+)>>")


def F(tpl: str, **kw: object) -> list:
    out: list = []
    for i, p in enumerate(_SLOT.split(tpl)):
        if i % 2 == 0:
            if p:
                out.append(p)
        else:
            out.append(kw[p])
    return out


def render(parts: object) -> tuple[str, list, list]:
    buf: list[str] = []
    spans: list = []
    looks: list = []
    pos = 0

    def walk(x: object) -> None:
        nonlocal pos
        if isinstance(x, str):
            buf.append(x)
            pos += len(x)
        elif isinstance(x, It):
            st = pos
            buf.append(x.val)
            pos += len(x.val)
            if x.cat == "S":
                spans.append({"type": x.typ, "start": st, "end": pos, "text": x.val})
            else:
                looks.append({"kind": x.typ, "start": st, "end": pos, "text": x.val})
        elif isinstance(x, (list, tuple)):
            for y in x:
                walk(y)
        else:
            raise TypeError(repr(x))

    walk(parts)
    return "".join(buf), spans, looks


# ----------------------------------------------------------------------------------------------------------
# names: culture -> (given names, family names, order, script)
# order: gf = "Given Family", fg = "Family Given" (space), cjk = family+given without space

CULT: dict[str, tuple[list[str], list[str], str]] = {
    "en_us": (
        "James Olivia Tyrone Brianna Dakota Marcus Shelby Wyatt Kayla Desmond Lorraine Harlan Rosalind Jerome "
        "Tamsin Everett Priscilla Clint Maribel Dwayne Latoya Garrett Mackenzie Reggie Courtney Travis".split(),
        "Whitaker Okafor Delgado Brennan Kowalczyk Huang Pettigrew Abernathy Castellanos Lindqvist McAllister "
        "Fairbanks Hollis Nakamura Oyelaran Tran Gutierrez Sandoval Prescott Yoder Washburn Tillman Greer".split(),
        "gf",
    ),
    "en_uk": (
        "Siobhan Alistair Gemma Rhys Imogen Callum Niamh Declan Harriet Fergus Bethan Rupert Keeley Ewan".split(),
        "Featherstone Ashworth Gallagher Pemberton Llewellyn Docherty Hargreaves Blackwood Thistlewood "
        "Carmichael Quinlan Bexley Rowntree Entwistle".split(),
        "gf",
    ),
    "de": (
        "Jürgen Anneliese Lukas Henrike Torsten Wiebke Malte Friederike Götz Svenja Dietmar Ilse Jannik Ute".split(),
        "Brandstätter Kühne Oberholzer Wöhrle Schimanski Lindemann Rauscher Pfeiffer Großkopf Hinrichs "
        "Vogelsang Ebersberger Tschirner Haberkorn".split(),
        "gf",
    ),
    "fr": (
        "Amélie Gaëtan Solène Thibault Maëlle Baptiste Ségolène Anatole Clémence Yannick Héloïse Loïc Inès".split(),
        "Lefebvre Rousseau-Marchand Delacroix Benhamou Fauchère Guillot Lemaître Picard Vasseur Chevallier "
        "Boulanger Texier Ndiaye".split(),
        "gf",
    ),
    "es": (
        "Itziar Álvaro Macarena Iñigo Rocío Teodoro Ainhoa Fermín Nerea Gonzalo Pilar Xavier Lucía".split(),
        "Etxeberria Villalobos Cifuentes Garrido Olmedo Zubizarreta Arroyo Peñalver Quintana Montenegro Sáez "
        "Barrionuevo".split(),
        "gf",
    ),
    "it": (
        "Gianluca Ottavia Ludovica Pierpaolo Benedetta Saverio Costanza Rocco Ilaria Ermanno Donatella "
        "Tancredi".split(),
        "Esposito Castiglioni Bevilacqua Lombardo Pellegrino Scognamiglio Ferraresi Mancuso Tagliaferri "
        "Guidetti Marchetti".split() + ["De Luca"],
        "gf",
    ),
    "pt": (
        "João Thaís Gustavo Luana Raimundo Francisca Caetano Iara Wellington Jéssica Anderson Conceição".split(),
        "Nascimento Albuquerque Rodrigues Cavalcanti Magalhães Figueiredo Bittencourt Damasceno Sobral Araújo "
        "Queiroz Siqueira".split(),
        "gf",
    ),
    "nl": (
        "Joost Femke Maarten Sanne Pieter-Jan Lieke Bram Marloes Wouter Ineke Sjoerd Geertje".split(),
        ["van der Veen", "de Wit", "Bakker", "Hoekstra", "van Dijk", "Mulder", "Brouwer", "ter Horst", "Postma",
         "Kuipers", "van den Broek", "Dijkstra"],
        "gf",
    ),
    "sv": (
        "Björn Linnea Gustaf Ebba Torbjörn Sigrid Axel Majken Håkan Ylva Stellan Agneta".split(),
        "Lindström Åkesson Bergqvist Sjöberg Nyström Holmgren Engström Wallin Ljungberg Hedlund Östlund".split(),
        "gf",
    ),
    "da": (
        "Sigurd Ingrid Eirik Solveig Magnus Tuva Rasmus Mette Frederik Sørine Jens Kirsten".split(),
        "Haugen Østergaard Bakken Kristiansen Mikkelsen Sørensen Aasen Lykke Fjeld Brekke Thygesen".split(),
        "gf",
    ),
    "fi": (
        "Aino Eero Helmi Juhani Sanna Tapio Kerttu Ilkka Venla Otso Marjatta Lauri".split(),
        "Virtanen Häkkinen Leinonen Kärkkäinen Salonen Heikkilä Mäkelä Rantanen Koskinen Nieminen Järvinen".split(),
        "gf",
    ),
    "pl": (
        "Agnieszka Bartłomiej Zofia Grzegorz Małgorzata Krzysztof Jadwiga Wojciech Katarzyna Przemysław Urszula "
        "Radosław".split(),
        "Wiśniewska Zieliński Szczepańska Krawczyk Grabowski Dąbrowska Lewandowski Pawłowska Wróbel Jabłoński "
        "Michalak Sobczak".split(),
        "gf",
    ),
    "cs": (
        "Jiří Kateřina Tomáš Lucie Přemysl Markéta Vojtěch Zdeňka Ondřej Radka Miloš Hana".split(),
        "Dvořák Nováková Procházka Černá Kučera Veselá Horáček Šťastná Pokorná Beneš Křížová Marek".split(),
        "gf",
    ),
    "hu": (
        "Zsófia Bence Réka Levente Csilla Gergely Boglárka Ferenc Ildikó Botond Enikő Zoltán".split(),
        "Nagy Kovács Szabó Tóth Horváth Varga Fekete Balogh Papp Takács Mészáros Farkas".split(),
        "fg",
    ),
    "ro": (
        "Ioana Mihai Alexandra Bogdan Cătălina Răzvan Ileana Sorin Oana Tudor".split(),
        "Popescu Ionescu Dumitrescu Stănescu Constantinescu Munteanu Georgescu Vlad Moldovan".split(),
        "gf",
    ),
    "tr": (
        "Elif Mehmet Zeynep Burak Ayşe Oğuz Gülşen Emre Şeyma Tarık Hülya Volkan".split(),
        "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Aksoy Güneş".split(),
        "gf",
    ),
    "ru": (
        "Алексей Наталья Дмитрий Ксения Григорий Евгения Святослав Людмила Тимофей Варвара Аркадий Полина".split(),
        "Соколов Кузнецова Волков Лебедева Морозов Новикова Белоусов Захарова Тихонов Ершова Гончаров".split(),
        "gf",
    ),
    "uk": (
        "Олександр Оксана Тарас Ганна Богдан Соломія Ярослав Мирослава Остап Зоряна".split(),
        "Шевчук Коваленко Бондаренко Ткаченко Кравчук Мельник Гнатюк Савчук Литвиненко Дорошенко".split(),
        "gf",
    ),
    "el": (
        "Γιώργος Ελένη Νικόλαος Κατερίνα Δημήτρης Σοφία Παναγιώτης Ευαγγελία Σπύρος Αθηνά".split(),
        "Παπαδόπουλος Κωνσταντίνου Οικονόμου Γεωργίου Μαυρίδης Αντωνίου Βλάχος Σταματόπουλος Καραγιάννης".split(),
        "gf",
    ),
    "ar": (
        "محمد فاطمة عمر ليلى يوسف نور خالد سلمى طارق ريم".split(),
        "الحربي العتيبي الشمري حداد النجار الخطيب المصري الزهراني القحطاني منصور".split(),
        "gf",
    ),
    "he": (
        "יונתן נועה אביטל איתי מיכל עומר שירה גלעד תמר אריאל".split(),
        "כהן לוי מזרחי פרץ ביטון אברהם פרידמן שפירא אזולאי גולדברג".split(),
        "gf",
    ),
    "hi": (
        "अमित प्रिया राहुल सुनीता विक्रम अनन्या सुरेश मीनाक्षी अर्जुन कविता".split(),
        "शर्मा वर्मा गुप्ता सिंह पटेल मिश्रा चौहान त्रिपाठी अग्रवाल जोशी".split(),
        "gf",
    ),
    "ta": (
        "அருண் கவிதா செந்தில் லக்ஷ்மி கார்த்திக் மீனா".split(),
        "சுப்பிரமணியன் ராஜேந்திரன் வேலுசாமி முருகன் கிருஷ்ணன்".split(),
        "gf",
    ),
    "zh": (
        "伟 芳 静 磊 婷 浩然 雨桐 子涵 建国 秀英 志强 梓萱 嘉怡 俊杰".split(),
        "王 李 张 刘 陈 杨 黄 赵 周 吴 徐 孙 欧阳 郭".split(),
        "cjk",
    ),
    "ja": (
        "翔太 陽菜 大輝 美咲 蓮 結衣 健一 由美子 拓海 さくら 悠斗 千尋".split(),
        "佐藤 鈴木 高橋 田中 渡辺 伊藤 中村 小林 加藤 吉田 松本 井上".split(),
        "ja",
    ),
    "ko": (
        "민준 서연 지훈 수빈 현우 지민 도윤 하은 성민 예린 태양 은지".split(),
        "김 이 박 최 정 강 조 윤 장 임 한 오".split(),
        "cjk",
    ),
    "th": (
        "สมชาย สุดารัตน์ ณัฐพล พิมพ์ชนก ธนากร วรรณา กิตติ ปรียา".split(),
        "ศรีสุข วงศ์สวัสดิ์ ทองดี แก้วมณี บุญมา จันทร์เพ็ญ".split(),
        "gf",
    ),
    "vi": (
        "An Bình Châu Dũng Hằng Khoa Linh Phúc Quỳnh Tuấn Trang Hiếu".split(),
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Đặng Bùi Đỗ Ngô".split(),
        "vi",
    ),
    "id": (
        "Budi Siti Agus Dewi Rizky Putri Wahyu Indah Bayu Ratna Fajar Ayu".split(),
        "Santoso Wijaya Hidayat Kusuma Saputra Pratama Nugroho Lestari Siregar Harahap".split(),
        "gf",
    ),
    "sw": (
        "Amani Neema Baraka Zawadi Juma Rehema Jabari Imani Otieno Wanjiru Halima Msafiri".split(),
        "Mwangi Kamau Njoroge Achieng Mutua Odhiambo Wafula Kimaro Massawe Mollel".split(),
        "gf",
    ),
    "ng": (
        "Chinedu Ngozi Oluwaseun Funmilayo Emeka Adaeze Babatunde Yetunde Ifeanyi Temitope".split(),
        "Okonkwo Adeyemi Nwosu Olatunji Eze Balogun Obi Adebayo Okoro".split(),
        "gf",
    ),
    "in_lat": (
        "Rohan Deepika Venkatesh Aishwarya Harpreet Sandeep Lakshmi Nikhil Shreya Anirudh".split(),
        "Raghunathan Iyer Chatterjee Bhattacharya Reddy Naidu Kulkarni Deshpande Sethi Banerjee".split(),
        "gf",
    ),
    "zh_lat": (
        "Wei Xiaoming Jing Haoran Yuqing Zhiwei Meiling Jun Xinyi".split(),
        "Zhang Liu Chen Huang Zhou Xu Lin Guo Ma".split(),
        "gf",
    ),
    "ar_lat": (
        "Youssef Layla Omar Nour Karim Amira Tariq Hana Samir Rania".split(),
        "El-Amin Haddad Al-Farsi Benali Mansour Khoury Saleh Nasser Bouazizi".split(),
        "gf",
    ),
}

LATIN_CULTS = [c for c in CULT if c not in ("ru", "uk", "el", "ar", "he", "hi", "ta", "zh", "ja", "ko", "th")]
NONLATIN_CULTS = ["ru", "uk", "el", "ar", "he", "hi", "ta", "zh", "ja", "ko", "th"]


def make_name(r: random.Random, cul: str, form: str | None = None) -> str:
    gs, fs, order = CULT[cul]
    g = r.choice(gs)
    f = r.choice(fs)
    if order == "cjk":
        return f + g if form != "given" else g
    if order == "ja":
        if form == "given":
            return g
        return f + (" " if r.random() < 0.4 else "") + g
    if order == "vi":
        mids = ["Văn", "Thị", "Minh", "Đức", "Ngọc", "Thu", "Quang", "Thanh"]
        if form == "given":
            return g
        return f"{f} {r.choice(mids)} {g}"
    if order == "fg":
        if form == "given":
            return g
        return f"{f} {g}"
    if form is None:
        x = r.random()
        form = "full" if x < 0.72 else "init" if x < 0.8 else "upper" if x < 0.86 else "mid" if x < 0.93 else "two"
    if form == "given":
        return g
    if form == "rev":
        return f"{f}, {g}"
    if form == "init":
        return f"{g[0]}. {f}"
    if cul in ("ar", "he", "hi", "ta", "th") and form in ("init", "upper", "rev"):
        form = "full"
    if form == "upper":
        return f"{f.upper()} {g}"
    if form == "mid" and cul in ("en_us", "en_uk", "ng", "in_lat"):
        return f"{g} {r.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
    if form == "two" and cul in ("es", "pt"):
        f2 = r.choice(fs)
        if f2 != f:
            return f"{g} {f} {f2}"
    return f"{g} {f}"


def pick_cult(r: random.Random, nonlatin: float = 0.16) -> str:
    if r.random() < nonlatin:
        return r.choice(NONLATIN_CULTS)
    return r.choice(LATIN_CULTS)


FOLD = {"ß": "ss", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th", "Ø": "o", "Ł": "l",
        "Đ": "d"}


def ascii_fold(s: str) -> str:
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ord(ch) < 128)


PERSONAL_DOMAINS = (
    "gmail.com outlook.com hotmail.co.uk yahoo.fr web.de gmx.at orange.fr libero.it seznam.cz wp.pl mail.ru "
    "yandex.ru ukr.net naver.com qq.com 163.com yahoo.co.jp icloud.com proton.me t-online.de free.fr "
    "telenet.be bluewin.ch ziggo.nl comcast.net btinternet.com bigpond.com uol.com.br terra.es "
    "freemail.hu abv.bg mail.ee rediffmail.com"
).split()
CORP_DOMAINS = (
    "ferrowind.io lumacraft.de northgate-logistics.com brightfield.co.uk kappamed.it helvion.ch saltmarsh.nz "
    "quorra-labs.com tidewell.com.au orbiscale.ai vantor-pay.eu halcyon-dental.com nordlys-energi.no "
    "kestrelworks.dev pampas-agro.com.ar sakuranet.co.jp hanbit-soft.co.kr mekong-freight.vn "
    "duna-logisztika.hu vltava-stav.cz biela-media.sk kumo-analytics.com riverbend-clinic.org"
).split()


def email_local(r: random.Random, cul: str | None = None) -> str:
    if cul is None or cul not in LATIN_CULTS:
        cul = r.choice(LATIN_CULTS)
    gs, fs, _ = CULT[cul]
    g = ascii_fold(r.choice(gs)).lower().replace("-", "")
    f = ascii_fold(r.choice(fs)).lower().replace(" ", "").replace("-", "").replace("'", "")
    k = r.randrange(9)
    if k == 0:
        return f"{g}.{f}"
    if k == 1:
        return f"{g[0]}{f}"
    if k == 2:
        return f"{g}_{f}{r.randrange(70, 100)}"
    if k == 3:
        return f"{g}{f[0]}"
    if k == 4:
        return f"{f}.{g}"
    if k == 5:
        return f"{g}.{f}+{r.choice(['receipts', 'news', 'shop', 'work'])}"
    if k == 6:
        return f"{g}{r.randrange(1, 999)}"
    if k == 7:
        return f"{g[0]}.{f}"
    return f"{f}{g[:2]}"


def make_email(r: random.Random, cul: str | None = None, corp: float = 0.45) -> str:
    dom = r.choice(CORP_DOMAINS) if r.random() < corp else r.choice(PERSONAL_DOMAINS)
    return f"{email_local(r, cul)}@{dom}"


# ----------------------------------------------------------------------------------------------------------
# phones: pattern letters d = digit, N = 2-9; A = NANP area, X = NANP exchange

PHONES: dict[str, list[str]] = {
    "US": ["+1 (A) X-dddd", "(A) X-dddd", "A-X-dddd", "A.X.dddd", "+1 A X dddd", "1-A-X-dddd", "+1-A-X-dddd"],
    "CA": ["+1 (A) X-dddd", "A-X-dddd"],
    "DE": ["+49 15N dddddddd", "+49 17d ddddddd", "0151 dddddddd", "+49 (0)30 dddddddd", "030 dddddd", "+49 89 dddddd",
           "0176/dddddddd"],
    "AT": ["+43 664 ddddddd", "0664 ddd dd dd", "+43 1 ddd dd dd"],
    "CH": ["+41 7N ddd dd dd", "07N ddd dd dd", "+41 44 ddd dd dd"],
    "FR": ["+33 6 dd dd dd dd", "06 dd dd dd dd", "+33 (0)1 dd dd dd dd", "07.dd.dd.dd.dd", "+33 7 dd dd dd dd"],
    "BE": ["+32 47d dd dd dd", "047d dd dd dd"],
    "NL": ["+31 6 dddddddd", "06-dddddddd", "+31 20 ddd dddd", "020-ddd dddd", "06 dd dd dd dd"],
    "GB": ["+44 7NNd dddddd", "07NNd dddddd", "+44 20 NNNd dddd", "+44 161 Nd dddd", "07NNd ddd ddd"],
    "IE": ["+353 8N ddd dddd", "08N ddd dddd"],
    "ES": ["+34 6dd ddd ddd", "6dd dd dd dd", "+34 91 ddd dd dd"],
    "PT": ["+351 91d ddd ddd", "91d ddd ddd"],
    "IT": ["+39 3dd ddd dddd", "3dd ddddddd", "+39 06 dddd dddd", "02 dddd dddd"],
    "SE": ["+46 70 ddd dd dd", "070-ddd dd dd", "08-ddd ddd dd", "+46 73 ddd dd dd"],
    "NO": ["+47 4dd dd ddd", "9dd dd ddd"],
    "DK": ["+45 Nd dd dd dd", "Nd dd dd dd"],
    "FI": ["+358 40 ddd dddd", "040 ddd dddd", "+358 50 dddddddd"],
    "PL": ["+48 5dd ddd ddd", "5dd-ddd-ddd", "+48 22 ddd dd dd"],
    "CZ": ["+420 60d ddd ddd", "7dd ddd ddd", "+420 7dd ddd ddd"],
    "SK": ["+421 9dd ddd ddd", "09dd ddd ddd"],
    "HU": ["+36 30 ddd dddd", "06 20 ddd dddd", "06-1-ddd-dddd", "+36 70 ddd dddd"],
    "RO": ["+40 7dd ddd ddd", "07dd ddd ddd"],
    "GR": ["+30 69d ddd dddd", "69d ddd dddd", "+30 210 ddd dddd"],
    "TR": ["+90 5dd ddd dd dd", "05dd ddd dd dd", "0 (5dd) ddd dd dd"],
    "RU": ["+7 9dd ddd-dd-dd", "8 (9dd) ddd-dd-dd", "+7 (495) ddd-dd-dd", "8-9dd-ddd-dd-dd"],
    "UA": ["+380 (6d) ddd dd dd", "+380 9d ddd dddd", "06d ddd dd dd", "+380 67 ddd-dd-dd"],
    "IL": ["+972 5N-ddd-dddd", "05N-ddd-dddd", "+972 3-ddd-dddd"],
    "AE": ["+971 5d ddd dddd", "05d ddd dddd"],
    "SA": ["+966 5d ddd dddd", "05d ddd dddd"],
    "EG": ["+20 1d dddd dddd", "01d dddd dddd"],
    "IN": ["+91 9dddd ddddd", "+91-98ddd-ddddd", "09dddd ddddd", "+91 80 dddd dddd", "+91 7dddd ddddd"],
    "PK": ["+92 3dd ddddddd", "03dd-ddddddd"],
    "CN": ["+86 13d dddd dddd", "13d-dddd-dddd", "+86 10 dddd dddd", "(021) dddd dddd", "+86 18d dddd dddd"],
    "HK": ["+852 9ddd dddd", "+852 6ddd dddd"],
    "TW": ["+886 9dd ddd ddd", "09dd-ddd-ddd"],
    "JP": ["+81 90-dddd-dddd", "090-dddd-dddd", "080-dddd-dddd", "03-dddd-dddd", "+81 3-dddd-dddd"],
    "KR": ["+82 10-dddd-dddd", "010-dddd-dddd", "02-ddd-dddd", "+82 2-dddd-dddd"],
    "TH": ["+66 8N ddd dddd", "08N-ddd-dddd", "02-ddd-dddd", "+66 9N ddd dddd"],
    "VN": ["+84 9dd ddd ddd", "09dd ddd ddd", "03d ddd dddd", "+84 3d ddd dddd"],
    "ID": ["+62 812-dddd-dddd", "0812-dddd-dddd", "+62 21 dddd dddd", "0857 dddd dddd"],
    "PH": ["+63 917 ddd dddd", "0917 ddd dddd"],
    "MY": ["+60 1N-ddd dddd", "01N-ddd dddd"],
    "SG": ["+65 9ddd dddd", "+65 8ddd dddd", "6ddd dddd"],
    "AU": ["+61 4NN ddd ddd", "04NN ddd ddd", "(02) NNNd dddd", "+61 2 NNNd dddd"],
    "NZ": ["+64 21 ddd dddd", "021 ddd dddd"],
    "BR": ["+55 11 9dddd-dddd", "(11) 9dddd-dddd", "+55 (21) 9dddd-dddd", "(31) 3ddd-dddd"],
    "MX": ["+52 55 dddd dddd", "+52 1 33 dddd dddd", "55 dddd dddd"],
    "AR": ["+54 9 11 dddd-dddd", "011 15-dddd-dddd"],
    "CO": ["+57 3dd ddd dddd", "3dd ddd dddd"],
    "CL": ["+56 9 dddd dddd"],
    "ZA": ["+27 8N ddd dddd", "08N ddd dddd"],
    "NG": ["+234 80d ddd dddd", "080d ddd dddd"],
    "KE": ["+254 7dd ddd ddd", "07dd ddd ddd"],
    "TZ": ["+255 7dd ddd ddd", "07dd ddd ddd"],
}
PHONE_CCS = list(PHONES)
NANP_AREAS = [212, 415, 312, 617, 206, 303, 512, 404, 305, 702, 971, 614, 919, 646, 773, 213, 503, 801, 720, 608, 816,
              704, 412, 225, 907, 808]
CA_AREAS = [416, 604, 514, 403, 613, 902, 780]


def _pat(r: random.Random, pat: str, cc: str = "US") -> str:
    out = []
    for ch in pat:
        if ch == "d":
            out.append(str(r.randrange(10)))
        elif ch == "N":
            out.append(str(r.randrange(2, 10)))
        elif ch == "A":
            out.append(str(r.choice(CA_AREAS if cc == "CA" else NANP_AREAS)))
        elif ch == "X":
            while True:
                x = r.randrange(200, 1000)
                if x != 555 and x % 100 != 11:
                    break
            out.append(str(x))
        else:
            out.append(ch)
    return "".join(out)


def make_phone(r: random.Random, cc: str | None = None, intl: bool | None = None) -> str:
    cc = cc or r.choice(PHONE_CCS)
    pats = PHONES[cc]
    if intl is not None:
        sel = [p for p in pats if p.startswith("+") == intl] or pats
    else:
        sel = pats
    return _pat(r, r.choice(sel), cc)


# ----------------------------------------------------------------------------------------------------------
# cards


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_NETS = {
    "visa": (lambda r: "4" + str(r.randrange(10, 100)), [16, 16, 16, 16, 13, 19]),
    "mastercard": (lambda r: str(r.choice([r.randrange(51, 56), r.randrange(2221, 2721)])), [16]),
    "amex": (lambda r: r.choice(["34", "37"]), [15]),
    "discover": (lambda r: r.choice(["6011", "65", str(r.randrange(644, 650))]), [16, 16, 19]),
    "jcb": (lambda r: str(r.randrange(3528, 3590)), [16]),
    "diners": (lambda r: r.choice(["36", "38", str(r.randrange(300, 306))]), [14]),
    "unionpay": (lambda r: "62" + str(r.randrange(10, 100)), [16, 19]),
    "maestro": (lambda r: r.choice(["6759", "6761", "5018", "5020", "5038", "6304"]), [16, 19, 13]),
}
CARD_WEIGHTS = [("visa", 28), ("mastercard", 26), ("amex", 11), ("discover", 8), ("jcb", 8), ("diners", 7),
                ("unionpay", 7), ("maestro", 5)]
TEST_CARDS = ["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "378282246310005",
              "4000 0566 5566 5556", "5105 1051 0510 5100", "6011 1111 1111 1117", "3530 1113 3330 0000",
              "4012888888881881", "2223 0031 2200 3222", "3056 9300 0902 0004", "6200 0000 0000 0005"]


def wpick(r: random.Random, pairs: list) -> str:
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def group_card(num: str, net: str, fmt: str) -> str:
    if fmt == "compact":
        return num
    sep = " " if fmt == "spaced" else "-"
    n = len(num)
    if net == "amex" or (n == 15):
        g = [4, 6, 5]
    elif n == 14:
        g = [4, 6, 4]
    elif n == 13:
        g = [4, 4, 5]
    elif n == 19:
        g = [4, 4, 4, 4, 3]
    else:
        g = [4, 4, 4, 4]
    out, i = [], 0
    for k in g:
        out.append(num[i:i + k])
        i += k
    return sep.join(out)


def make_card(r: random.Random, net: str | None = None, fmt: str | None = None) -> tuple[str, str]:
    net = net or wpick(r, CARD_WEIGHTS)
    pref_f, lens = CARD_NETS[net]
    pref = pref_f(r)
    n = r.choice(lens)
    while True:
        body = pref + "".join(str(r.randrange(10)) for _ in range(n - len(pref) - 1))
        num = luhn_complete(body)
        if len(set(num[-8:])) > 2:
            break
    fmt = fmt or r.choice(["spaced", "spaced", "compact", "dashed"])
    return group_card(num, net, fmt), net


def make_nonluhn(r: random.Random) -> str:
    while True:
        num = r.choice("4536") + "".join(str(r.randrange(10)) for _ in range(15))
        if not luhn_ok(num):
            return group_card(num, "visa", r.choice(["spaced", "compact", "dashed"]))


# ----------------------------------------------------------------------------------------------------------
# IBAN: country -> BBAN structure (n digits, a upper letters, c alnum)

IBAN_SPEC = {
    "DE": ("8n10n", 22), "GB": ("4a6n8n", 22), "FR": ("5n5n11n2n", 27), "ES": ("4n4n1n1n10n", 24),
    "IT": ("1a5n5n12c", 27), "NL": ("4a10n", 18), "BE": ("3n7n2n", 16), "CH": ("5n12c", 21), "AT": ("5n11n", 20),
    "PL": ("8n16n", 28), "CZ": ("4n6n10n", 24), "SE": ("3n16n1n", 24), "NO": ("4n6n1n", 15), "DK": ("4n9n1n", 18),
    "FI": ("3n11n", 18), "PT": ("4n4n11n2n", 25), "GR": ("3n4n16c", 27), "TR": ("5n1n16c", 26),
    "HU": ("3n4n1n15n1n", 28), "RO": ("4a16c", 24), "IE": ("4a6n8n", 22), "LU": ("3n13c", 20), "SA": ("2n18c", 24),
    "AE": ("3n16n", 23), "IL": ("3n3n13n", 23), "BR": ("8n5n10n1a1c", 29), "UA": ("6n19c", 29), "SK": ("4n6n10n", 24),
    "HR": ("7n10n", 21), "SI": ("5n8n2n", 19), "LT": ("5n11n", 20), "LV": ("4a13c", 21), "EE": ("2n2n11n1n", 20),
    "BG": ("4a4n2n8c", 22), "EG": ("4n4n17n", 29),
}
BANK_CODES_A = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "REVO"], "IE": ["AIBK", "BOFI"],
                "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"], "RO": ["BTRL", "RNCB", "INGB"],
                "LV": ["HABA", "UNLA"], "BG": ["UNCR", "BNBG", "STSA"]}
IBAN_CCS = list(IBAN_SPEC)


def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    if s[:2] not in IBAN_SPEC or len(s) != IBAN_SPEC[s[:2]][1]:
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def _bban(r: random.Random, cc: str) -> str:
    spec = IBAN_SPEC[cc][0]
    out = []
    first_a = True
    for m in re.finditer(r"(\d+)([nac])", spec):
        k, t = int(m.group(1)), m.group(2)
        if t == "a" and first_a and cc in BANK_CODES_A and k == 4:
            out.append(r.choice(BANK_CODES_A[cc]))
        elif t == "a":
            out.append("".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(k)))
        elif t == "n":
            out.append("".join(str(r.randrange(10)) for _ in range(k)))
        else:
            out.append("".join(r.choice("0123456789" * 3 + "ABCDEFGHKLMNPRSTXZ") for _ in range(k)))
        if t == "a":
            first_a = False
    return "".join(out)


def fmt_iban(s: str, spaced: bool) -> str:
    if not spaced:
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def make_iban(r: random.Random, cc: str | None = None, spaced: bool | None = None) -> str:
    cc = cc or r.choice(IBAN_CCS)
    bban = _bban(r, cc)
    s = cc + iban_check(cc, bban) + bban
    assert len(s) == IBAN_SPEC[cc][1], cc
    assert iban_valid(s)
    if spaced is None:
        spaced = r.random() < 0.55
    return fmt_iban(s, spaced)


def make_invalid_iban(r: random.Random, cc: str | None = None, spaced: bool | None = None) -> str:
    cc = cc or r.choice(IBAN_CCS)
    while True:
        bban = _bban(r, cc)
        good = iban_check(cc, bban)
        if r.random() < 0.5:
            bad = f"{(int(good) + r.randrange(1, 90)) % 97 + 2:02d}"
            s = cc + bad + bban
        else:
            s = cc + good + bban
            i = r.randrange(4, len(s))
            if s[i].isdigit():
                s = s[:i] + str((int(s[i]) + r.randrange(1, 10)) % 10) + s[i + 1:]
        if not iban_valid(s):
            break
    if spaced is None:
        spaced = r.random() < 0.55
    return fmt_iban(s, spaced)


EXAMPLE_IBANS = ["DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "GB82 WEST 1234 5698 7654 32",
                 "GB29 NWBK 6016 1331 9268 19", "FR76 3000 6000 0112 3456 7890 189", "NL91 ABNA 0417 1643 00",
                 "CH93 0076 2011 6238 5295 7", "ES91 2100 0418 4502 0005 1332", "IT60 X054 2811 1010 0000 0123 456",
                 "AT61 1904 3002 3457 3201", "BE68 5390 0754 7034"]

# ----------------------------------------------------------------------------------------------------------
# SSN

SSN_PLACEHOLDERS = ["078-05-1120", "123-45-6789", "219-09-9999", "111-11-1111", "987-65-4320"]


def fmt_ssn(a: int, g: int, s: int, fmt: str) -> str:
    if fmt == "dashed":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if fmt == "spaced":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def ssn_valid(x: str) -> bool:
    d = re.sub(r"\D", "", x)
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


def make_ssn(r: random.Random, fmt: str | None = None) -> str:
    fmt = fmt or wpick(r, [("dashed", 70), ("spaced", 15), ("compact", 15)])
    while True:
        a = r.randrange(1, 900)
        g = r.randrange(1, 100)
        s = r.randrange(1, 10000)
        v = fmt_ssn(a, g, s, "dashed")
        if a != 666 and v not in SSN_PLACEHOLDERS and len(set(v.replace("-", ""))) > 3:
            return fmt_ssn(a, g, s, fmt)


def make_invalid_ssn(r: random.Random, fmt: str | None = None) -> str:
    fmt = fmt or wpick(r, [("dashed", 80), ("spaced", 8), ("compact", 12)])
    k = r.randrange(4)
    a, g, s = r.randrange(1, 900), r.randrange(1, 100), r.randrange(1, 10000)
    if k == 0:
        a = 0
    elif k == 1:
        a = 666
    elif k == 2:
        a = r.randrange(900, 1000)
    else:
        if r.random() < 0.5:
            g = 0
        else:
            s = 0
    return fmt_ssn(a, g, s, fmt)


# ----------------------------------------------------------------------------------------------------------
# IPs


def make_ip4(r: random.Random) -> str:
    while True:
        a = r.choice([23, 31, 37, 41, 45, 46, 51, 62, 66, 69, 77, 78, 80, 81, 82, 84, 85, 86, 88, 89, 91, 93, 94, 95,
                      102, 104, 109, 128, 130, 134, 141, 143, 146, 151, 152, 154, 156, 159, 161, 163, 171, 176, 178,
                      180, 185, 188, 193, 194, 195, 196, 197, 200, 201, 202, 207, 212, 213, 217, 220, 222])
        b, c, d = r.randrange(256), r.randrange(256), r.randrange(1, 255)
        if (a, b) in ((169, 254), (192, 168)) or (a == 198 and b in (18, 19)):
            continue
        return f"{a}.{b}.{c}.{d}"


def _h(r: random.Random) -> str:
    return f"{r.randrange(0x10000):x}"


def make_ip6(r: random.Random) -> str:
    pre = r.choice(["2a02", "2a01", "2a00", "2a0d", "2a05", "2600", "2601", "2603", "2604", "2607", "2610", "2400",
                    "2401", "2404", "2406", "2409", "2800", "2804", "2c0f", "2001:4c8", "2001:67c", "2003"])
    hs = pre.split(":") + [_h(r) for _ in range(8 - len(pre.split(":")))]
    k = r.randrange(3)
    if k == 0:
        return ":".join(hs)
    if k == 1:
        # compress a run of zeros in the middle
        i = r.randrange(2, 5)
        j = i + r.randrange(1, 3)
        return ":".join(hs[:i]) + "::" + ":".join(hs[j + 1:])
    return ":".join(hs[:4]) + "::" + _h(r)


# ----------------------------------------------------------------------------------------------------------
# API keys

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
AN = UP + LO + DI
HEX = "0123456789abcdef"


def rs(r: random.Random, n: int, alpha: str = AN) -> str:
    return "".join(r.choice(alpha) for _ in range(n))


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_jwt(r: random.Random) -> str:
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if hdr["alg"] != "HS256":
        hdr["kid"] = rs(r, 16, LO + DI)
    pl = {"sub": str(r.randrange(10**6, 10**9)), "iat": r.randrange(1_700_000_000, 1_760_000_000)}
    pl["exp"] = pl["iat"] + r.choice([900, 3600, 86400])
    if r.random() < 0.5:
        pl["scope"] = r.choice(["read:orders", "admin", "openid profile email", "api"])
    sig_len = 43 if hdr["alg"] == "HS256" else 86 if hdr["alg"] == "ES256" else 342
    return (b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(r, sig_len, AN + "-_"))


KEYGEN = {
    "aws_key_id": lambda r: r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, UP + "234567"),
    "aws_secret": lambda r: rs(r, 40, AN + "/+"),
    "github": lambda r: r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, 36),
    "github_pat": lambda r: "github_pat_11" + rs(r, 20, UP + DI) + "_" + rs(r, 59),
    "gitlab": lambda r: "glpat-" + rs(r, 20, AN + "-_"),
    "stripe": lambda r: r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 99])),
    "stripe_test": lambda r: r.choice(["sk_test_", "rk_test_"]) + rs(r, r.choice([24, 99])),
    "stripe_whsec": lambda r: "whsec_" + rs(r, 32),
    "slack": lambda r: r.choice([
        "xoxb-" + rs(r, 11, DI) + "-" + rs(r, 13, DI) + "-" + rs(r, 24),
        "xoxp-" + rs(r, 11, DI) + "-" + rs(r, 11, DI) + "-" + rs(r, 13, DI) + "-" + rs(r, 32, HEX),
        "xapp-1-A0" + rs(r, 9, UP + DI) + "-" + rs(r, 13, DI) + "-" + rs(r, 64, HEX)]),
    "openai": lambda r: r.choice(["sk-proj-" + rs(r, r.choice([48, 74, 156]), AN + "-_"),
                                  "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20),
                                  "sk-svcacct-" + rs(r, 74, AN + "-_")]),
    "anthropic": lambda r: "sk-ant-api03-" + rs(r, 93, AN + "-_") + "AA",
    "google": lambda r: "AIza" + rs(r, 35, AN + "-_"),
    "google_oauth": lambda r: "GOCSPX-" + rs(r, 28, AN + "-_"),
    "huggingface": lambda r: "hf_" + rs(r, 34, UP + LO),
    "sendgrid": lambda r: "SG." + rs(r, 22, AN + "-_") + "." + rs(r, 43, AN + "-_"),
    "npm": lambda r: "npm_" + rs(r, 36),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, 60, AN + "-_"),
    "twilio": lambda r: "SK" + rs(r, 32, HEX),
    "shopify": lambda r: r.choice(["shpat_", "shpss_"]) + rs(r, 32, HEX),
    "digitalocean": lambda r: "dop_v1_" + rs(r, 64, HEX),
    "groq": lambda r: "gsk_" + rs(r, 52),
    "replicate": lambda r: "r8_" + rs(r, 37),
    "linear": lambda r: "lin_api_" + rs(r, 40),
    "postman": lambda r: "PMAK-" + rs(r, 24, HEX) + "-" + rs(r, 34, HEX),
    "telegram": lambda r: str(r.randrange(10**9, 8 * 10**9)) + ":AA" + rs(r, 33, AN + "-_"),
    "mailgun": lambda r: "key-" + rs(r, 32, HEX),
    "jwt": make_jwt,
    "azure_storage": lambda r: base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode(),
    "datadog": lambda r: rs(r, 32, HEX),
    "square": lambda r: "sq0atp-" + rs(r, 22, AN + "-_"),
    "doppler": lambda r: "dp.st." + r.choice(["prd", "dev", "stg"]) + "." + rs(r, 40),
}
KEY_WEIGHTS = [("github", 12), ("openai", 12), ("stripe", 10), ("aws_key_id", 9), ("slack", 8), ("jwt", 8),
               ("google", 7), ("gitlab", 5), ("huggingface", 5), ("anthropic", 5), ("stripe_test", 4),
               ("sendgrid", 4), ("github_pat", 3), ("npm", 3), ("twilio", 2), ("shopify", 2), ("digitalocean", 2),
               ("groq", 2), ("replicate", 2), ("linear", 2), ("postman", 2), ("telegram", 2), ("mailgun", 2),
               ("google_oauth", 2), ("pypi", 2), ("square", 1), ("doppler", 1), ("stripe_whsec", 2)]
KEY_ENV = {
    "aws_key_id": "AWS_ACCESS_KEY_ID", "aws_secret": "AWS_SECRET_ACCESS_KEY", "github": "GITHUB_TOKEN",
    "github_pat": "GH_TOKEN", "gitlab": "GITLAB_TOKEN", "stripe": "STRIPE_SECRET_KEY",
    "stripe_test": "STRIPE_API_KEY", "stripe_whsec": "STRIPE_WEBHOOK_SECRET", "slack": "SLACK_BOT_TOKEN",
    "openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "google": "GOOGLE_MAPS_API_KEY",
    "google_oauth": "GOOGLE_CLIENT_SECRET", "huggingface": "HF_TOKEN", "sendgrid": "SENDGRID_API_KEY",
    "npm": "NPM_TOKEN", "pypi": "TWINE_PASSWORD", "twilio": "TWILIO_API_KEY", "shopify": "SHOPIFY_ACCESS_TOKEN",
    "digitalocean": "DIGITALOCEAN_TOKEN", "groq": "GROQ_API_KEY", "replicate": "REPLICATE_API_TOKEN",
    "linear": "LINEAR_API_KEY", "postman": "POSTMAN_API_KEY", "telegram": "TELEGRAM_BOT_TOKEN",
    "mailgun": "MAILGUN_API_KEY", "jwt": "ACCESS_TOKEN", "azure_storage": "AZURE_STORAGE_KEY",
    "datadog": "DD_API_KEY", "square": "SQUARE_ACCESS_TOKEN", "doppler": "DOPPLER_TOKEN",
}


def make_key(r: random.Random, fam: str | None = None) -> tuple[str, str]:
    fam = fam or wpick(r, KEY_WEIGHTS)
    return KEYGEN[fam](r), fam


EXAMPLE_KEYS = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "ghp_EXAMPLEexampleEXAMPLEexample1234"]
PLACEHOLDER_KEYS = ["sk-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<YOUR_API_KEY>", "your-api-key-here",
                    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-proj-...", "xoxb-your-bot-token",
                    "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "AIzaSy...YOUR_KEY", "<REPLACE_ME>", "hf_xxxxxxxxxxxxxxxx",
                    "glpat-XXXXXXXXXXXXXXXXXXXX", "INSERT_TOKEN_HERE", "changeme", "sk-ant-...", "<token>"]
ENV_REFS = ["${OPENAI_API_KEY}", "os.environ[\"STRIPE_SECRET_KEY\"]", "{{ secrets.GITHUB_TOKEN }}", "$HF_TOKEN",
            "process.env.SLACK_BOT_TOKEN", "${{ secrets.NPM_TOKEN }}", "%ANTHROPIC_API_KEY%", "env(\"AWS_SECRET_ACCESS_KEY\")",
            "vault:secret/data/prod/stripe#key", "$(gcloud auth print-access-token)"]


def make_masked_key(r: random.Random) -> str:
    k, _ = make_key(r)
    k = k.split(".")[0] if k.startswith("eyJ") else k
    p = 7 if "_" in k[:8] or "-" in k[:8] else 4
    return k[:p] + r.choice(["****", "…", "********", "•••••"]) + k[-4:]


# ----------------------------------------------------------------------------------------------------------
# look-alike values


def isbn13(r: random.Random) -> str:
    body = "978" + str(r.randrange(10))
    body += "".join(str(r.randrange(10)) for _ in range(12 - len(body)))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}" if r.random() < 0.6 else full


def ean13(r: random.Random) -> str:
    body = r.choice(["40", "50", "76", "80", "87", "590", "859", "471", "880"])
    body += "".join(str(r.randrange(10)) for _ in range(12 - len(body)))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def _date(r: random.Random) -> tuple[int, int, int]:
    return r.randrange(2019, 2027), r.randrange(1, 13), r.randrange(1, 29)


MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def la_date(r: random.Random) -> str:
    y, m, d = _date(r)
    k = r.randrange(5)
    if k == 0:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 1:
        return f"{d:02d}.{m:02d}.{y}"
    if k == 2:
        return f"{m}/{d}/{y}"
    if k == 3:
        return f"{d} {MON[m - 1]} {y}"
    return f"{MON[m - 1]} {d}, {y}"


def la_ts(r: random.Random) -> str:
    y, m, d = _date(r)
    hh, mm, ss = r.randrange(24), r.randrange(60), r.randrange(60)
    k = r.randrange(3)
    if k == 0:
        return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{r.randrange(1000):03d}Z"
    if k == 1:
        return f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}"
    return f"{d:02d}/{MON[m - 1]}/{y}:{hh:02d}:{mm:02d}:{ss:02d} +0000"


def la_clf(r: random.Random) -> str:
    y, m, d = _date(r)
    return f"{d:02d}/{MON[m - 1]}/{y}:{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d} +0000"


def la_uuid(r: random.Random) -> str:
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def la_mac(r: random.Random) -> str:
    sep = r.choice([":", "-"])
    v = sep.join(f"{r.randrange(256):02x}" for _ in range(6))
    return v.upper() if r.random() < 0.4 else v


def la_private_ip(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    if k == 1:
        return f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"
    return f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"


def la_doc_ip(r: random.Random) -> str:
    return r.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{r.randrange(1, 255)}"


def la_fict_phone(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f"({r.choice(NANP_AREAS)}) 555-01{r.randrange(100):02d}"
    if k == 1:
        return f"+1 {r.choice(NANP_AREAS)} 555 {r.randrange(10000):04d}"
    if k == 2:
        return f"07700 900{r.randrange(1000):03d}"
    if k == 3:
        return f"+44 20 7946 0{r.randrange(1000):03d}"
    return r.choice(["0491 570 156", "0491 570 157", "0491 570 158", "0491 570 159", "0491 570 110"])


def la_masked_phone(r: random.Random) -> str:
    p = make_phone(r)
    ds = [i for i, c in enumerate(p) if c.isdigit()]
    keep_tail = set(ds[-3:]) | set(ds[:2] if p.startswith("+") else [])
    return "".join("*" if (i in ds and i not in keep_tail) else c for i, c in enumerate(p))


def la_masked_email(r: random.Random) -> str:
    loc = email_local(r).split("+")[0]
    dom = r.choice(PERSONAL_DOMAINS + CORP_DOMAINS)
    return loc[0] + r.choice(["***", "•••", "*****"]) + (loc[-1] if r.random() < 0.5 else "") + "@" + dom


def la_masked_card(r: random.Random) -> str:
    l4 = f"{r.randrange(10000):04d}"
    return r.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"************{l4}",
                     f"{r.choice(['4', '5'])}{r.randrange(100, 1000)} **** **** {l4}"])


def la_masked_iban(r: random.Random) -> str:
    cc = r.choice(IBAN_CCS)
    return r.choice([f"{cc}** **** **** **** {r.randrange(10000):04d}", f"{cc}{r.randrange(10, 99)} **** **** {r.randrange(100, 1000)}",
                     f"{cc}•••••••••••••{r.randrange(1000, 10000)}"])


ROLE_LOCAL = "support noreply no-reply billing security info sales hr privacy abuse postmaster jobs admin invoices".split()
RESERVED = ["example.com", "example.org", "example.net", "acme.example", "mail.test", "company.invalid", "domain.tld",
            "yourcompany.example", "test.localhost"]
GEN_LOCAL = "user name you test me someone first.last jane.doe john.doe username foo your.name".split()


def la_role_email(r: random.Random) -> str:
    return f"{r.choice(ROLE_LOCAL)}@{r.choice(CORP_DOMAINS)}"


def la_reserved_email(r: random.Random) -> str:
    return f"{r.choice(GEN_LOCAL)}@{r.choice(RESERVED)}"


PLACEHOLDER_NAMES = ["John Doe", "Jane Doe", "Max Mustermann", "Erika Mustermann", "John Smith", "Joe Bloggs",
                     "Jan Kowalski", "Mario Rossi", "Fulano de Tal", "Juan Pérez", "Jan Novák", "Gipsz Jakab",
                     "Иван Иванов", "山田太郎", "山田花子", "张三", "李四", "홍길동", "Jean Dupont", "Ola Nordmann",
                     "Jan Jansen", "Matti Meikäläinen", "Richard Roe", "Tommy Atkins", "A. N. Other"]
FICTIONAL = ["Sherlock Holmes", "Hermione Granger", "Frodo Baggins", "Elizabeth Bennet", "Atticus Finch",
             "Walter White", "Leslie Knope", "Don Quijote", "Anna Karenina", "Pippi Långstrump", "Tintin",
             "Astérix", "孫悟空", "Евгений Онегин", "Jay Gatsby", "Lisbeth Salander", "Captain Ahab", "Bilbo Baggins",
             "Dorian Gray", "Holden Caulfield", "Mma Ramotswe", "Harry Potter", "Winnie-the-Pooh", "Moomintroll"]
HISTORICAL = ["Abraham Lincoln", "Marie Curie", "Ada Lovelace", "Nikola Tesla", "Leonardo da Vinci",
              "Mahatma Gandhi", "Napoleon Bonaparte", "Isaac Newton", "Frida Kahlo", "Alan Turing", "Cleopatra",
              "Johann Sebastian Bach", "Florence Nightingale", "Confucius", "Queen Victoria", "Charles Darwin",
              "Simón Bolívar", "Nelson Mandela", "Lev Tolstoy", "Catherine the Great", "Gottfried Leibniz"]
EPONYMS = ["Parkinson's disease", "the Turing test", "Alzheimer's", "the Doppler effect", "Halley's Comet",
           "a Gaussian blur", "the Fibonacci sequence", "Hodgkin lymphoma", "the Heimlich manoeuvre",
           "Murphy's law", "the Bechdel test", "Asperger syndrome", "Occam's razor", "the Kelvin scale",
           "Bayes' theorem", "the Pareto principle", "Dijkstra's algorithm", "a Caesar cipher", "Tourette syndrome",
           "Crohn's disease", "the Mandela effect", "Ponzi scheme", "Levenshtein distance"]
ORGS = ["Johnson & Johnson", "Ben & Jerry's", "Louis Vuitton", "McDonald's", "Wells Fargo", "Siemens", "Ford",
        "Dell", "Tesla", "Mercedes-Benz", "Procter & Gamble", "Hewlett-Packard", "Ferrari", "Porsche", "Dr. Oetker",
        "Marks & Spencer", "Goldman Sachs", "Morgan Stanley", "Chanel", "Adidas", "Toyota", "Honda", "Walt Disney",
        "Estée Lauder", "Barnes & Noble", "Carl Zeiss", "Bosch"]
PLACES = ["Washington", "São Paulo", "Victoria Station", "San Francisco", "Alexandria", "St. Petersburg",
          "Lake Victoria", "Bolivia", "Columbia", "Georgetown", "Kingston", "Port Elizabeth", "Jefferson City"]
NAME_TOKENS = ["<PERSON>", "[NAME]", "[REDACTED]", "{{customer_name}}", "${first_name} ${last_name}", "{name}", "<<redacted>>",
               "[CUSTOMER NAME]", "%(full_name)s"]
REDACT = ["<PERSON>", "[NAME]", "[REDACTED]", "<EMAIL_ADDRESS>", "[PHONE]", "<CREDIT_CARD>", "***REDACTED***",
          "[IBAN]", "<US_SSN>", "<IP_ADDRESS>", "[API_KEY]", "{{customer_name}}", "{{ user.email }}", "%(phone)s",
          "${first_name} ${last_name}", "{name}", "<<redacted>>"]


def la_order(r: random.Random) -> str:
    return r.choice([f"ORD-{r.randrange(2022, 2027)}-{r.randrange(100000, 999999)}", f"#{r.randrange(1000000, 99999999)}",
                     f"PO {r.randrange(4500000000, 4600000000)}", f"{rs(r, 3, UP)}-{r.randrange(10000, 99999)}-{rs(r, 2, UP)}",
                     f"W{r.randrange(100000000, 999999999)}"])


def la_invoice(r: random.Random) -> str:
    return r.choice([f"INV-{r.randrange(1, 99999):06d}", f"RE-{r.randrange(2023, 2027)}-{r.randrange(1000, 99999)}",
                     f"FA/{r.randrange(2023, 2027)}/{r.randrange(1, 13):02d}/{r.randrange(100, 9999)}",
                     f"{r.randrange(2023, 2027)}{r.randrange(10**7, 10**8)}"])


def la_version(r: random.Random) -> str:
    a, b, c = r.randrange(0, 25), r.randrange(0, 40), r.randrange(0, 30)
    return r.choice([f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b}.{c}-rc.{r.randrange(1, 5)}", f"{a}.{b}",
                     f"{a}.{b}.{c}.{r.randrange(1000, 99999)}", f"{r.randrange(2019, 2026)}.{r.randrange(1, 13)}.{c}"])


def la_coords(r: random.Random) -> str:
    lat = r.uniform(-60, 70)
    lon = r.uniform(-170, 170)
    return r.choice([f"{lat:.4f}, {lon:.4f}", f"{lat:.6f},{lon:.6f}",
                     f"{abs(int(lat))}°{r.randrange(60)}′{r.randrange(60)}″{'N' if lat > 0 else 'S'} "
                     f"{abs(int(lon))}°{r.randrange(60)}′{r.randrange(60)}″{'E' if lon > 0 else 'W'}"])


def la_tracking(r: random.Random) -> str:
    return r.choice(["1Z" + rs(r, 6, UP + DI) + rs(r, 10, DI), rs(r, 2, UP) + rs(r, 9, DI) + r.choice(["DE", "GB", "CN", "US"]),
                     rs(r, 20, DI)])


LAGEN = {
    "order_number": la_order,
    "invoice_number": la_invoice,
    "ticket_id": lambda r: r.choice([f"#{r.randrange(10000, 999999)}", f"{rs(r, r.randrange(2, 5), UP)}-{r.randrange(10, 9999)}",
                                     f"INC{r.randrange(10**6, 10**7)}", f"CS-{r.randrange(100000, 999999)}"]),
    "version": la_version,
    "build_number": lambda r: r.choice([f"build {r.randrange(2023, 2027)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}.{r.randrange(1, 20)}",
                                        f"#{r.randrange(1000, 99999)}", f"b{r.randrange(100, 9999)}"]),
    "md5": lambda r: rs(r, 32, HEX),
    "sha1": lambda r: rs(r, 40, HEX),
    "sha256": lambda r: rs(r, 64, HEX),
    "git_sha": lambda r: rs(r, r.choice([7, 8, 10, 12, 40]), HEX),
    "uuid": la_uuid,
    "date": la_date,
    "timestamp": la_ts,
    "time": lambda r: f"{r.randrange(24):02d}:{r.randrange(60):02d}" + (f":{r.randrange(60):02d}" if r.random() < 0.4 else ""),
    "unix_epoch": lambda r: str(r.randrange(1_600_000_000, 1_780_000_000)),
    "non_luhn_digits": make_nonluhn,
    "masked_card": la_masked_card,
    "masked_phone": la_masked_phone,
    "masked_email": la_masked_email,
    "masked_ssn": lambda r: r.choice([f"***-**-{r.randrange(1, 10000):04d}", f"XXX-XX-{r.randrange(1, 10000):04d}",
                                      f"•••-••-{r.randrange(1, 10000):04d}"]),
    "masked_iban": la_masked_iban,
    "masked_key": make_masked_key,
    "invalid_iban": make_invalid_iban,
    "example_iban": lambda r: r.choice(EXAMPLE_IBANS),
    "invalid_ssn": make_invalid_ssn,
    "placeholder_ssn": lambda r: r.choice(SSN_PLACEHOLDERS),
    "isbn": isbn13,
    "ean_barcode": ean13,
    "coordinates": la_coords,
    "mac_address": la_mac,
    "loopback_ip": lambda r: r.choice(["127.0.0.1", "127.0.0.1", f"127.0.{r.randrange(2)}.{r.randrange(1, 9)}", "::1", "localhost"][:4]),
    "unspecified_ip": lambda r: r.choice(["0.0.0.0", "::", "0.0.0.0"]),
    "netmask": lambda r: r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.252.0", "255.0.0.0",
                                   "255.255.255.240", "255.255.255.255"]),
    "private_ip": la_private_ip,
    "cgnat_ip": lambda r: f"100.{r.randrange(64, 128)}.{r.randrange(256)}.{r.randrange(1, 255)}",
    "link_local_ip": lambda r: r.choice([f"169.254.{r.randrange(1, 255)}.{r.randrange(1, 255)}",
                                         f"fe80::{_h(r)}:{_h(r)}:{_h(r)}:{_h(r)}"]),
    "ipv6_ula": lambda r: f"fd{r.randrange(256):02x}:{_h(r)}:{_h(r)}::{_h(r)}",
    "multicast_ip": lambda r: r.choice([f"224.0.0.{r.randrange(1, 255)}", f"239.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}", "ff02::1", "ff02::fb"]),
    "doc_ip": la_doc_ip,
    "doc_ipv6": lambda r: f"2001:db8:{_h(r)}::{_h(r)}" if r.random() < 0.7 else "2001:db8::1",
    "cidr_block": lambda r: r.choice([f"{make_ip4(r).rsplit('.', 1)[0]}.0/24", f"10.{r.randrange(256)}.0.0/16",
                                      f"{make_ip4(r).split('.')[0]}.{r.randrange(256)}.0.0/16", "0.0.0.0/0", "::/0",
                                      f"{make_ip6(r).split(':')[0]}:{_h(r)}::/32"]),
    "public_resolver": lambda r: r.choice(["8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9",
                                           "2001:4860:4860::8888", "2606:4700:4700::1111", "208.67.222.222"]),
    "reserved_domain_email": la_reserved_email,
    "role_email": la_role_email,
    "fictional_phone": la_fict_phone,
    "zero_phone": lambda r: r.choice(["000-000-0000", "+1 (000) 000-0000", "+49 000 0000000", "00 00 00 00 00",
                                      "(000) 000-0000", "+44 0000 000000", "0000-000-000"]),
    "toll_free": lambda r: r.choice([f"1-800-{r.randrange(200, 1000)}-{r.randrange(10000):04d}",
                                     f"+1 888 {r.randrange(200, 1000)} {r.randrange(10000):04d}",
                                     f"0800 {r.randrange(100, 1000)} {r.randrange(1000, 10000)}",
                                     f"0800 {r.randrange(100000, 1000000)}", f"0120-{r.randrange(100, 1000)}-{r.randrange(100, 1000)}",
                                     f"1800 {r.randrange(100, 1000)} {r.randrange(100, 1000)}"]),
    "emergency_number": lambda r: r.choice(["911", "112", "999", "110", "119", "000", "1669", "191", "101"]),
    "test_card": lambda r: r.choice(TEST_CARDS),
    "example_key": lambda r: r.choice(EXAMPLE_KEYS),
    "placeholder_key": lambda r: r.choice(PLACEHOLDER_KEYS),
    "publishable_key": lambda r: r.choice(["pk_live_", "pk_test_"]) + rs(r, r.choice([24, 99])),
    "env_reference": lambda r: r.choice(ENV_REFS),
    "placeholder_name": lambda r: r.choice(PLACEHOLDER_NAMES),
    "fictional_character": lambda r: r.choice(FICTIONAL),
    "historical_figure": lambda r: r.choice(HISTORICAL),
    "eponym": lambda r: r.choice(EPONYMS),
    "org_name": lambda r: r.choice(ORGS),
    "place_name": lambda r: r.choice(PLACES),
    "redaction_token": lambda r: r.choice(REDACT),
    "tracking_number": la_tracking,
    "sku": lambda r: f"{rs(r, 3, UP)}-{r.randrange(100, 9999)}-{rs(r, 2, UP + DI)}",
    "bic_code": lambda r: r.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "NWBKGB2L", "UBSWCHZH80A",
                                    "BCITITMM", "CAIXESBBXXX", "NDEAFIHH", "PKOPPLPW", "GIBACZPX", "OTPVHUHB"]),
    "ein": lambda r: f"{r.choice([12, 20, 27, 45, 46, 47, 81, 84, 94])}-{r.randrange(10**6, 10**7)}",
    "vat_id": lambda r: r.choice([f"DE{r.randrange(10**8, 10**9)}", f"FR{r.randrange(10, 99)}{r.randrange(10**8, 10**9)}",
                                  f"IT{r.randrange(10**10, 10**11)}", f"ATU{r.randrange(10**7, 10**8)}"]),
    "imei": lambda r: luhn_complete("35" + rs(r, 12, DI)),
    "request_id": lambda r: r.choice(["req_" + rs(r, 14), "Root=1-" + rs(r, 8, HEX) + "-" + rs(r, 24, HEX),
                                      rs(r, 16, HEX), "trace-" + rs(r, 10, LO + DI)]),
    "object_id": lambda r: r.choice(["cus_" + rs(r, 14), "pi_" + rs(r, 24), "ch_" + rs(r, 24), "evt_" + rs(r, 24),
                                     rs(r, 24, HEX), "usr_" + rs(r, 10, LO + DI), "acct_" + rs(r, 16)]),
    "port": lambda r: str(r.choice([22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9200, 27017, 5672])),
    "price": lambda r: r.choice([f"${r.randrange(5, 3000)}.{r.randrange(100):02d}", f"€{r.randrange(5, 900)},{r.randrange(100):02d}",
                                 f"{r.randrange(5, 900)} {r.choice(['EUR', 'USD', 'GBP', 'CHF', 'SEK'])}"]),
    "postal_code": lambda r: r.choice([f"{r.randrange(10000, 99999)}", f"SW{r.randrange(1, 20)} {r.randrange(1, 10)}{rs(r, 2, UP)}",
                                       f"{r.randrange(100, 999)} {r.randrange(10, 99)}"]),
    "container_digest": lambda r: "sha256:" + rs(r, 64, HEX),
    "arn": lambda r: f"arn:aws:iam::{r.randrange(10**11, 10**12)}:role/{r.choice(['deploy', 'ci-runner', 'lambda-exec'])}",
    "long_number": lambda r: rs(r, r.randrange(10, 13), DI),
    "duration": lambda r: f"{r.randrange(1, 999)}{r.choice(['ms', 's', 'm'])}",
    "product_name": lambda r: r.choice(["Jira", "Salesforce", "Hubspot", "Zendesk", "Excel", "PowerPoint", "Notion",
                                        "Figma", "Kubernetes", "Postgres", "Redis", "Grafana"]),
}


def la(r: random.Random, kind: str) -> It:
    return L(kind, LAGEN[kind](r))


# ----------------------------------------------------------------------------------------------------------
# per-text context: every PII slot yields a span, or (negative text / mixed slot) a look-alike of that type

PH_PAIRS = [("John Doe", "John"), ("Jane Doe", "Jane"), ("Max Mustermann", "Max"), ("Erika Mustermann", "Erika"),
            ("Joe Bloggs", "Joe"), ("Jan Kowalski", "Jan"), ("Mario Rossi", "Mario"), ("John Smith", "John"),
            ("Richard Roe", "Richard"), ("Juan Pérez", "Juan"), ("Jean Dupont", "Jean"), ("Ola Nordmann", "Ola")]
FIC_PAIRS = [("Elizabeth Bennet", "Lizzy"), ("Sherlock Holmes", "Sherlock"), ("Hermione Granger", "Hermione"),
             ("Frodo Baggins", "Frodo"), ("Leslie Knope", "Leslie"), ("Atticus Finch", "Atticus"),
             ("Walter White", "Walter"), ("Jay Gatsby", "Jay"), ("Lisbeth Salander", "Lisbeth")]
TOK_PAIRS = [("<PERSON>", "<PERSON>"), ("[NAME]", "[FIRST_NAME]"), ("{{customer_name}}", "{{first_name}}"),
             ("[REDACTED]", "[REDACTED]"), ("${full_name}", "${first_name}")]


class Pers:
    def __init__(self, full: It, given: It, family: It | str, email: It) -> None:
        self.full = full
        self.given = given
        self.family = family
        self.email = email


class C:
    def __init__(self, r: random.Random, neg: bool) -> None:
        self.r = r
        self.neg = neg

    def n(self, mix: float = 0.0) -> bool:
        return self.neg or (mix > 0 and self.r.random() < mix)

    def la(self, kind: str) -> It:
        return la(self.r, kind)

    def pick(self, *kinds: str) -> It:
        return la(self.r, self.r.choice(kinds))

    # persons
    def person(self, cul: str | None = None, form: str | None = None, mix: float = 0.0, nonlatin: float = 0.16) -> Pers:
        r = self.r
        if self.n(mix):
            x = r.random()
            if x < 0.45:
                full, giv = r.choice(PH_PAIRS)
                kind = "placeholder_name"
            elif x < 0.8:
                full, giv = r.choice(TOK_PAIRS)
                kind = "redaction_token"
            else:
                full, giv = r.choice(FIC_PAIRS)
                kind = "fictional_character"
            em = self.pick("reserved_domain_email", "reserved_domain_email", "masked_email", "role_email")
            return Pers(L(kind, full), L(kind, giv), full.split()[-1], em)
        cul = cul or pick_cult(r, nonlatin)
        gs, fs, order = CULT[cul]
        g, f = r.choice(gs), r.choice(fs)
        if order == "cjk":
            full = f + g
        elif order == "ja":
            full = f + (" " if r.random() < 0.4 else "") + g
        elif order == "vi":
            full = f"{f} {r.choice(['Văn', 'Thị', 'Minh', 'Đức', 'Ngọc', 'Thu', 'Quang'])} {g}"
        elif order == "fg":
            full = f"{f} {g}"
        else:
            form = form or ("full" if r.random() < 0.85 else r.choice(["init", "mid", "upper", "two"]))
            if form == "rev":
                full = f"{f}, {g}"
            elif form == "init" and cul not in ("ar", "he", "hi", "ta", "th"):
                full = f"{g[0]}. {f}"
            elif form == "upper" and cul not in ("ar", "he", "hi", "ta", "th"):
                full = f"{f.upper()} {g}"
            elif form == "mid" and cul in ("en_us", "en_uk", "ng", "in_lat"):
                full = f"{g} {r.choice('ABCDEFGHJKLMNPRSTW')}. {f}"
            else:
                full = f"{g} {f}"
        if cul in LATIN_CULTS:
            gl = ascii_fold(g).lower().replace("-", "")
            fl = ascii_fold(f).lower().replace(" ", "").replace("-", "")
            loc = r.choice([f"{gl}.{fl}", f"{gl[0]}{fl}", f"{gl}{fl[0]}", f"{gl}_{fl}", f"{fl}.{gl}", f"{gl}.{fl}{r.randrange(2, 99)}"])
            dom = r.choice(CORP_DOMAINS) if r.random() < 0.5 else r.choice(PERSONAL_DOMAINS)
            em = f"{loc}@{dom}"
        else:
            em = make_email(r)
        return Pers(S("PERSON", full), S("PERSON", g), f, S("EMAIL_ADDRESS", em))

    def name(self, cul: str | None = None, form: str | None = None, mix: float = 0.0, nonlatin: float = 0.16) -> It:
        if self.n(mix):
            k = self.r.choice(["placeholder_name", "placeholder_name", "redaction_token", "fictional_character"])
            if k == "redaction_token":
                return L(k, self.r.choice(NAME_TOKENS))
            return self.la(k)
        cul = cul or pick_cult(self.r, nonlatin)
        return S("PERSON", make_name(self.r, cul, form))

    def email(self, mix: float = 0.0, cul: str | None = None) -> It:
        if self.n(mix):
            return self.pick("reserved_domain_email", "role_email", "masked_email", "reserved_domain_email")
        return S("EMAIL_ADDRESS", make_email(self.r, cul))

    def phone(self, cc: str | None = None, intl: bool | None = None, mix: float = 0.0) -> It:
        if self.n(mix):
            return self.pick("fictional_phone", "fictional_phone", "zero_phone", "masked_phone", "toll_free")
        return S("PHONE_NUMBER", make_phone(self.r, cc, intl))

    def card(self, net: str | None = None, fmt: str | None = None, mix: float = 0.0) -> It:
        if self.n(mix):
            return self.pick("test_card", "non_luhn_digits", "masked_card", "test_card", "non_luhn_digits")
        return S("CREDIT_CARD", make_card(self.r, net, fmt)[0])

    def iban(self, cc: str | None = None, spaced: bool | None = None, mix: float = 0.0) -> It:
        if self.n(mix):
            k = self.r.choice(["invalid_iban", "invalid_iban", "example_iban", "masked_iban"])
            if k == "invalid_iban":
                return L(k, make_invalid_iban(self.r, cc, spaced))
            return self.la(k)
        return S("IBAN_CODE", make_iban(self.r, cc, spaced))

    def ssn(self, fmt: str | None = None, mix: float = 0.0) -> It:
        if self.n(mix):
            k = self.r.choice(["invalid_ssn", "invalid_ssn", "placeholder_ssn", "masked_ssn"])
            if k == "invalid_ssn":
                return L(k, make_invalid_ssn(self.r, fmt))
            return self.la(k)
        return S("US_SSN", make_ssn(self.r, fmt))

    def ip4(self, mix: float = 0.0) -> It:
        if self.n(mix):
            return self.pick("private_ip", "private_ip", "doc_ip", "doc_ip", "loopback_ip", "cgnat_ip", "public_resolver")
        return S("IP_ADDRESS", make_ip4(self.r))

    def ip6(self, mix: float = 0.0) -> It:
        if self.n(mix):
            return self.pick("doc_ipv6", "doc_ipv6", "ipv6_ula")
        return S("IP_ADDRESS", make_ip6(self.r))

    def ip(self, mix: float = 0.0, v6: float = 0.25) -> It:
        return self.ip6(mix) if self.r.random() < v6 else self.ip4(mix)

    def key(self, fam: str | None = None, mix: float = 0.0) -> It:
        if self.n(mix):
            return self.pick("example_key", "placeholder_key", "masked_key", "env_reference", "placeholder_key",
                             "publishable_key")
        return S("API_KEY", make_key(self.r, fam)[0])


def kv_key(c: C, fam: str | None = None, mix: float = 0.0) -> tuple[str, It]:
    fam = fam or wpick(c.r, KEY_WEIGHTS)
    return KEY_ENV.get(fam, "API_KEY"), c.key(fam, mix)


def jq(x: It | str) -> list:
    """JSON string value: the quotes are outside the annotation."""
    return ['"', x, '"']


def rows(items: list, sep: str = "\n") -> list:
    out: list = []
    for i, x in enumerate(items):
        if i:
            out.append(sep)
        out.append(x)
    return out


# ----------------------------------------------------------------------------------------------------------
# English (and mixed-script) styles

TEMPLATES: list[tuple[str, object, float, str]] = []


def T(name: str, w: float = 1.0, mode: str = "mix"):  # noqa: ANN201
    def deco(fn):  # noqa: ANN001, ANN202
        TEMPLATES.append((name, fn, w, mode))
        return fn

    return deco


@T("draft_reply_prompt", 1.2)
def t_draft_reply(c: C) -> list:
    p = c.person()
    return F("Can you draft a polite reply to this customer? Keep it under 120 words and don't promise a refund date.\n\n"
             "---\nFrom: <<n>> <<<e>>>\nSubject: Charged twice for <<o>>\n\nHi, I was charged twice on <<d>>. "
             "Please call me back on <<p>> if anything is unclear.\nThanks, <<g>>\n---",
             n=p.full, e=p.email, o=c.la("order_number"), d=c.la("date"), p=c.phone(mix=0.15), g=p.given)


@T("support_ticket_view", 1.3)
def t_ticket(c: C) -> list:
    p = c.person()
    return F("Ticket <<t>>  |  Priority: <<pr>>  |  Channel: <<ch>>\nRequester: <<n>> (<<e>>)\nCallback: <<p>>\n"
             "Created: <<ts>>\n\nCustomer says the app crashes on launch since <<v>>. Device MAC <<m>>. "
             "Agent note: escalated to tier 2, waiting on logs.",
             t=c.la("ticket_id"), pr=c.r.choice(["P2", "P3", "High", "Normal"]), ch=c.r.choice(["email", "web", "phone", "chat"]),
             n=p.full, e=p.email, p=c.phone(mix=0.2), ts=c.la("timestamp"), v=c.la("version"), m=c.la("mac_address"))


@T("crm_json_record", 1.2)
def t_crm_json(c: C) -> list:
    p = c.person()
    r = c.r
    return F('{\n  "id": "<<oid>>",\n  "name": <<n>>,\n  "email": <<e>>,\n  "phone": <<p>>,\n  "created_at": "<<ts>>",\n'
             '  "lifetime_value": <<ltv>>,\n  "tags": ["<<tag>>", "newsletter"],\n  "last_ip": <<ip>>\n}',
             oid=c.la("object_id"), n=jq(p.full), e=jq(p.email), p=jq(c.phone(intl=True, mix=0.15)), ts=c.la("timestamp"),
             ltv=f"{r.randrange(10, 9000)}.{r.randrange(100):02d}", tag=r.choice(["vip", "churn-risk", "b2b", "trial"]),
             ip=jq(c.ip(mix=0.3)))


@T("csv_contacts_export", 1.4)
def t_csv_contacts(c: C) -> list:
    r = c.r
    hdr = r.choice(["name,email,phone,country,signup_date", "full_name;email;mobile;country;created"])
    sep = "," if hdr.startswith("name,") else ";"
    lines: list = [hdr]
    for _ in range(r.randrange(2, 6)):
        cc = r.choice(PHONE_CCS)
        form = r.choice(["full", "full", "rev"])
        nm = c.name(form=form, mix=0.12)
        nmq = ['"', nm, '"'] if isinstance(nm, It) and "," in nm.val else nm
        lines.append(["\n", nmq, sep, c.email(mix=0.15), sep, c.phone(cc=cc, mix=0.15), sep, cc, sep, c.la("date")])
    return F("Here's the export, can you dedupe it by email and tell me which rows look invalid?\n\n<<b>>", b=lines)


@T("markdown_oncall_table", 0.8)
def t_md_oncall(c: C) -> list:
    r = c.r
    lines: list = ["| Week | Primary | Phone | Backup |\n|------|---------|-------|--------|"]
    for _ in range(r.randrange(2, 5)):
        lines.append(["\n| ", str(r.randrange(1, 53)), " | ", c.name(mix=0.1), " | ", c.phone(mix=0.15), " | ",
                      c.name(form="init", mix=0.1), " |"])
    return F("Summarise who is on call next month from this table:\n\n<<t>>\n\nEscalation bridge: <<tf>>", t=lines,
             tf=c.la("toll_free"))


@T("app_log_lines", 1.3)
def t_app_log(c: C) -> list:
    r = c.r
    out: list = []
    for _ in range(r.randrange(3, 6)):
        k = r.randrange(5)
        ts = c.la("timestamp")
        if k == 0:
            out.append([ts, " INFO  auth.login user=", c.email(mix=0.2), " ip=", c.ip(mix=0.3), " req=", c.la("request_id"), "\n"])
        elif k == 1:
            out.append([ts, " WARN  billing.retry charge=", c.la("object_id"), " attempt=", str(r.randrange(2, 5)), " took=", c.la("duration"), "\n"])
        elif k == 2:
            out.append([ts, " ERROR upstream timeout host=", c.ip4(mix=0.4), ":", c.la("port"), " trace=", c.la("uuid"), "\n"])
        elif k == 3:
            out.append([ts, " DEBUG session.start sid=", c.la("md5"), " client=", c.ip(mix=0.5), "\n"])
        else:
            out.append([ts, " INFO  deploy version=", c.la("version"), " commit=", c.la("git_sha"), "\n"])
    return F("Why do these logs show repeated retries?\n```\n<<b>>```", b=out)


@T("nginx_access_log", 1.0)
def t_nginx(c: C) -> list:
    r = c.r
    out: list = []
    for _ in range(r.randrange(2, 5)):
        path = r.choice(["/api/v2/orders", "/login", "/static/app.js", "/wp-login.php", "/healthz", "/graphql"])
        out.append([c.ip(mix=0.25, v6=0.2), " - - [", L("timestamp", la_clf(r)), "] \"", r.choice(["GET", "POST"]), " ", path,
                    " HTTP/1.1\" ", str(r.choice([200, 200, 301, 401, 404, 499, 502])), " ", str(r.randrange(100, 90000)),
                    " \"-\" \"", r.choice(["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.5.0", "okhttp/4.12.0", "python-requests/2.32.3"]), "\"\n"])
    return F("<<q>>\n\n<<b>>", q=r.choice(["Which of these clients should I block?", "Parse these access log lines into JSON.",
                                            "Is this a credential-stuffing pattern?"]), b=out)


@T("python_traceback_secret", 0.9)
def t_traceback(c: C) -> list:
    env, k = kv_key(c)
    return F("I'm getting this when the worker starts, what's wrong?\n\nTraceback (most recent call last):\n"
             "  File \"/srv/app/worker.py\", line <<ln>>, in <module>\n    client = Client(api_key=<<kq>>, timeout=30)\n"
             "  File \"/srv/app/.venv/lib/python3.11/site-packages/sdk/client.py\", line 88, in __init__\n"
             "    raise AuthError(f\"invalid credentials for {self.account}\")\nsdk.errors.AuthError: invalid credentials for <<e>>",
             ln=str(c.r.randrange(10, 400)), kq=["'", k, "'"], e=c.email(mix=0.3))


@T("dotenv_paste", 1.2)
def t_dotenv(c: C) -> list:
    r = c.r
    out: list = [f"APP_ENV={r.choice(['production', 'staging'])}\nAPP_VERSION=", c.la("version"), "\n"]
    for _ in range(r.randrange(2, 5)):
        env, k = kv_key(c, mix=0.15)
        out.append([env, "=", k, "\n"])
    out.append(["REDIS_URL=redis://", c.la("private_ip"), ":6379/0\nADMIN_EMAIL=", c.email(mix=0.3), "\n"])
    return F("<<q>>\n\n```env\n<<b>>```", q=r.choice(["Why isn't docker compose picking up my env file?",
                                                      "Convert this .env into a Kubernetes Secret manifest.",
                                                      "Which of these variables are unused by a Next.js app?"]), b=out)


@T("k8s_values_yaml", 0.9)
def t_yaml(c: C) -> list:
    env, k = kv_key(c)
    env2, k2 = kv_key(c, mix=0.3)
    return F("values.yaml:\n\nimage:\n  repository: registry.internal/api\n  tag: \"<<v>>\"\n  digest: <<dg>>\n"
             "env:\n  - name: <<env>>\n    value: \"<<k>>\"\n  - name: <<env2>>\n    value: \"<<k2>>\"\n"
             "service:\n  loadBalancerIP: <<ip>>\n  loadBalancerSourceRanges:\n    - <<cidr>>\n\nhelm lint passes but the pod crashloops.",
             v=c.la("version"), dg=c.la("container_digest"), env=env, k=k, env2=env2, k2=k2, ip=c.ip4(mix=0.3), cidr=c.la("cidr_block"))


@T("terraform_provider", 0.7)
def t_tf(c: C) -> list:
    return F("provider \"aws\" {\n  region     = \"<<rg>>\"\n  access_key = \"<<a>>\"\n  secret_key = \"<<s>>\"\n}\n\n"
             "resource \"aws_instance\" \"bastion\" {\n  ami           = \"ami-<<ami>>\"\n  instance_type = \"t3.micro\"\n}\n\n"
             "terraform plan says the security token is invalid. # owner: <<n>>",
             rg=c.r.choice(["eu-central-1", "us-east-1", "ap-southeast-2"]), a=c.key("aws_key_id"), s=c.key("aws_secret"),
             ami=rs(c.r, 17, HEX), n=c.name(mix=0.3))


@T("curl_bearer", 1.1)
def t_curl(c: C) -> list:
    r = c.r
    host = r.choice(["api.stripe.com/v1/charges", "api.openai.com/v1/chat/completions", "api.github.com/user/repos",
                     "slack.com/api/chat.postMessage", "api.sendgrid.com/v3/mail/send", "gitlab.com/api/v4/projects"])
    fam = {"api.stripe.com/v1/charges": "stripe", "api.openai.com/v1/chat/completions": "openai",
           "api.github.com/user/repos": "github", "slack.com/api/chat.postMessage": "slack",
           "api.sendgrid.com/v3/mail/send": "sendgrid", "gitlab.com/api/v4/projects": "gitlab"}[host]
    return F("curl -sS https://<<h>> \\\n  -H \"Authorization: Bearer <<k>>\" \\\n  -H \"Content-Type: application/json\" \\\n"
             "  -d '{\"note\": \"sent by <<e>>\"}'\n\nreturns 401, any idea?", h=host, k=c.key(fam), e=c.email(mix=0.3))


@T("git_diff_leak", 0.8)
def t_gitdiff(c: C) -> list:
    env, k = kv_key(c)
    p = c.person(cul=c.r.choice(LATIN_CULTS), mix=0.2)
    return F("Review this diff before I push:\n\ncommit <<sha>>\nAuthor: <<n>> <<<e>>>\nDate:   <<d>>\n\n"
             "diff --git a/config/settings.py b/config/settings.py\n@@ -12,6 +12,7 @@\n DEBUG = False\n"
             "-<<env>> = os.environ.get(\"<<env>>\")\n+<<env>> = \"<<k>>\"  # temp, remove before merge\n",
             sha=c.la("sha1"), n=p.full, e=p.email, d=c.la("timestamp"), env=env, k=k)


@T("meeting_notes", 1.3)
def t_meeting(c: C) -> list:
    r = c.r
    a, b, d = c.person(), c.person(), c.person(mix=0.2)
    return F("Meeting notes — <<dt>>\nAttendees: <<a>>, <<b>>, <<d>>\n\n1. <<ag>> walked through Q<<q>> numbers; churn flat.\n"
             "2. <<bg>> to follow up with the vendor (<<be>>) about invoice <<inv>>.\n3. Next sync <<t>>.\n\n"
             "Please turn this into a short email summary for the team.",
             dt=c.la("date"), a=a.full, b=b.full, d=d.full, ag=a.given, q=str(r.randrange(1, 5)), bg=b.given, be=b.email,
             inv=c.la("invoice_number"), t=c.la("time"))


@T("rag_context_chunk", 1.3)
def t_rag(c: C) -> list:
    r = c.r
    p = c.person()
    src = r.choice(["hr-handbook-2025.pdf", "it-onboarding.md", "facilities_contacts.docx", "vendor-list.xlsx", "wiki/Payroll"])
    return F("[context #<<i>> | source: <<src>> | page <<pg>> | score 0.<<sc>>]\n... for questions about <<topic>> contact "
             "<<n>> (<<e>>, ext. <<ext>>, mobile <<p>>). Out of hours use <<tf>>. ...\n\n"
             "Question: who do I talk to about <<topic>>?",
             i=str(r.randrange(1, 9)), src=src, pg=str(r.randrange(1, 80)), sc=str(r.randrange(40, 99)),
             topic=r.choice(["parental leave", "badge access", "expense claims", "laptop replacement", "relocation"]),
             n=p.full, e=p.email, ext=str(r.randrange(1000, 9999)), p=c.phone(mix=0.2), tf=c.la("toll_free"))


@T("card_payment_chat", 1.1)
def t_card_chat(c: C) -> list:
    r = c.r
    return F("<<q>> My card is <<cc>>, exp <<m>>/<<y>>, CVC <<cvc>>. The order number is <<o>>.",
             q=r.choice(["The checkout keeps saying 'card declined'.", "Can you check if this card number is typed right?",
                         "Why was I charged <<pr>> twice?"]).replace("<<pr>>", LAGEN["price"](r)),
             cc=c.card(), m=f"{r.randrange(1, 13):02d}", y=str(r.randrange(26, 32)), cvc=str(r.randrange(100, 1000)),
             o=c.la("order_number"))


@T("luhn_check_question", 0.8)
def t_luhn(c: C) -> list:
    return F("Is <<a>> a valid card number? And what about <<b>>? I'm writing a validator and want test vectors.",
             a=c.card(mix=0.3), b=c.pick("non_luhn_digits", "test_card"))


@T("wire_transfer_request", 1.1)
def t_wire(c: C) -> list:
    r = c.r
    p = c.person()
    return F("Please prepare a SEPA transfer of <<amt>> to <<n>>, IBAN <<i>> (BIC <<bic>>), reference <<inv>>. "
             "Confirm by text to <<ph>> once it's sent.",
             amt=LAGEN["price"](r), n=p.full, i=c.iban(), bic=c.la("bic_code"), inv=c.la("invoice_number"), ph=c.phone(mix=0.2))


@T("iban_validator_error", 0.8)
def t_iban_err(c: C) -> list:
    r = c.r
    ok = c.iban(mix=0.2)
    bad = L("invalid_iban", make_invalid_iban(r))
    return F("Our form rejects <<bad>> with \"checksum mismatch\" but accepts <<ok>>. Which mod-97 step am I getting wrong?",
             bad=bad, ok=ok)


@T("payroll_ssn_update", 1.1)
def t_payroll(c: C) -> list:
    p = c.person(cul=c.r.choice(["en_us", "en_us", "es", "ng", "in_lat", "zh_lat", "ar_lat", "vi"]))
    return F("HR request: please correct the SSN on file for <<n>> (employee <<eid>>). Old: <<old>> — New: <<new>>. "
             "W-2 for <<yr>> needs to be reissued; employer EIN <<ein>>.",
             n=p.full, eid=f"E{c.r.randrange(10000, 99999)}", old=c.pick("invalid_ssn", "masked_ssn"), new=c.ssn(),
             yr=str(c.r.randrange(2022, 2026)), ein=c.la("ein"))


@T("tax_prep_chat", 1.0)
def t_tax(c: C) -> list:
    r = c.r
    sp = c.person(cul=r.choice(["en_us", "en_us", "es", "zh_lat", "in_lat"]))
    kid = c.person(cul=r.choice(["en_us", "en_us", "es"]), mix=0.2)
    return F("Filing jointly this year. My spouse is <<sp>>, SSN <<s1>>; dependent <<kid>> (SSN <<s2>>, born <<dob>>). "
             "Which credits can we claim?", sp=sp.full, s1=c.ssn(), kid=kid.full, s2=c.ssn(mix=0.2), dob=c.la("date"))


@T("rental_application_form", 0.9)
def t_rental(c: C) -> list:
    p = c.person(cul=c.r.choice(["en_us", "en_us", "en_uk", "es", "ng", "in_lat"]))
    return F("RENTAL APPLICATION\nApplicant: <<n>>\nSSN: <<s>>\nPhone: <<p>>\nEmail: <<e>>\nCurrent landlord: <<ll>> <<lp>>\n"
             "Monthly income: <<inc>>\n\nSummarise this application for the property manager.",
             n=p.full, s=c.ssn(), p=c.phone(cc="US"), e=p.email, ll=c.name(cul="en_us", mix=0.2), lp=c.phone(cc="US", mix=0.3),
             inc=LAGEN["price"](c.r))


@T("ssh_auth_log", 1.2)
def t_ssh(c: C) -> list:
    r = c.r
    out: list = []
    for _ in range(r.randrange(2, 5)):
        ip = c.ip(mix=0.25, v6=0.15)
        out.append([c.la("timestamp"), " sshd[", str(r.randrange(1000, 60000)), "]: Failed password for ",
                    r.choice(["root", "admin", "invalid user oracle", "ubuntu"]), " from ", ip, " port ", str(r.randrange(1024, 65535)), " ssh2\n"])
    return F("auth.log excerpt:\n<<b>>\nShould I add these to fail2ban or block the whole range?", b=out)


@T("firewall_allowlist", 0.9)
def t_fw(c: C) -> list:
    return F("Please allowlist our office egress IPs on the staging API: <<a>> and <<b>> (IPv6: <<c6>>). "
             "Do NOT open <<cidr>>. The internal gateway is <<pv>> / <<nm>>. Requested by <<n>>.",
             a=c.ip4(), b=c.ip4(mix=0.3), c6=c.ip6(mix=0.2), cidr=c.la("cidr_block"), pv=c.la("private_ip"), nm=c.la("netmask"),
             n=c.name(mix=0.2))


@T("code_comment_owner", 1.0)
def t_code_comment(c: C) -> list:
    r = c.r
    return F("```python\n# Maintainer: <<n>> <<<e>>>\n# Ported from the Java version <<v>>; see ticket <<t>>.\n"
             "def normalize_phone(raw: str, region: str = \"<<reg>>\") -> str:\n    # e.g. <<p>> -> E.164\n    ...\n```\n"
             "Can you finish this function using the phonenumbers library?",
             n=c.name(mix=0.1), e=c.email(mix=0.2), v=c.la("version"), t=c.la("ticket_id"), reg=r.choice(["DE", "GB", "FR", "BR", "IN"]),
             p=c.phone(mix=0.4))


@T("sql_rows_result", 0.9)
def t_sql(c: C) -> list:
    r = c.r
    out: list = ["> SELECT id, full_name, email, phone FROM customers WHERE churned = true LIMIT 3;\n\n"
                 " id    | full_name            | email                       | phone\n"
                 "-------+----------------------+-----------------------------+------------------\n"]
    for _ in range(3):
        out.append([" ", str(r.randrange(1000, 99999)), " | ", c.name(mix=0.15), " | ", c.email(mix=0.15), " | ",
                    c.phone(mix=0.15), "\n"])
    return F("<<b>>\nWrite a win-back email template for these customers (don't include their data).", b=out)


@T("slack_thread", 1.1)
def t_slack(c: C) -> list:
    a, b = c.person(), c.person()
    return F("<<ag>> [<<t1>>]: anyone know why the prod deploy of <<v>> failed?\n<<bg>> [<<t2>>]: token expired, I rotated it. "
             "new one is <<k>>\n<<ag>> [<<t3>>]: thanks! also can you ping <<e>> re: the invoice\n\n"
             "Summarise this thread for the incident report.",
             ag=a.given, bg=b.given, t1=c.la("time"), t2=c.la("time"), t3=c.la("time"), v=c.la("version"),
             k=c.key(mix=0.25), e=a.email)


@T("email_headers_thread", 1.1)
def t_headers(c: C) -> list:
    a, b, d = c.person(), c.person(), c.person(mix=0.3)
    return F("From: <<an>> <<<ae>>>\nTo: <<bn>> <<<be>>>\nCc: <<dn>> <<<de>>>, <<role>>\nDate: <<ts>>\nSubject: Re: contract renewal\n\n"
             "> On <<d>>, <<bn>> wrote:\n> Could you send the signed copy?\n\nAttached. Call me on <<p>> if legal has questions.\n<<ag>>\n\n"
             "Extract the action items from this email.",
             an=a.full, ae=a.email, bn=b.full, be=b.email, dn=d.full, de=d.email, role=c.la("role_email"), ts=c.la("timestamp"),
             d=c.la("date"), p=c.phone(mix=0.2), ag=a.given)


@T("signature_block", 1.0)
def t_signature(c: C) -> list:
    r = c.r
    p = c.person()
    return F("Rewrite my email signature so it's more compact:\n\n<<n>>\n<<title>> | <<org>>\nM: <<m>>\nT: <<t>>\nE: <<e>>\n<<addr>>",
             n=p.full, title=r.choice(["Senior Account Manager", "Head of Procurement", "Clinical Coordinator", "Staff Engineer"]),
             org=r.choice(["Ferrowind GmbH", "Brightfield Ltd", "Kappa Medical", "Orbiscale"]), m=c.phone(mix=0.1),
             t=c.phone(mix=0.4), e=p.email, addr=r.choice(["Unit 4, Harbour Road", "Rue de la Loi 18", "Kaiserstraße 12"]))


@T("calendar_invite", 0.8)
def t_ics(c: C) -> list:
    a, b = c.person(), c.person(mix=0.2)
    return F("BEGIN:VEVENT\nUID:<<u>>\nDTSTART:<<ds>>\nSUMMARY:Interview — <<bn>>\nORGANIZER;CN=<<an>>:mailto:<<ae>>\n"
             "ATTENDEE;CN=<<bn>>:mailto:<<be>>\nDESCRIPTION:Dial-in <<p>>\nEND:VEVENT\n\nWhat time is this in Tokyo?",
             u=c.la("uuid"), ds=f"{c.r.randrange(2025, 2027)}0{c.r.randrange(1, 10)}1{c.r.randrange(0, 9)}T{c.r.randrange(10, 18)}0000Z",
             an=a.full, ae=a.email, bn=b.full, be=b.email, p=c.phone(mix=0.3))


@T("shipping_label_ocr", 0.9)
def t_label(c: C) -> list:
    p = c.person()
    cc = c.r.choice(PHONE_CCS)
    return F("OCR output from a parcel label, please structure it as JSON:\n\nSHIP TO: <<n>>\n<<st>>\n<<pc>> <<city>>\nTEL <<p>>\n"
             "TRACKING <<tr>>\nWEIGHT <<kg>> kg   REF <<o>>",
             n=p.full, st=c.r.choice(["14 Elm Street Apt 3", "Hauptstr. 221", "ul. Długa 7/12", "Calle Mayor 5, 2ºB"]),
             pc=c.la("postal_code"), city=c.r.choice(["Leeds", "Kraków", "Graz", "Valencia", "Porto"]), p=c.phone(cc=cc, mix=0.15),
             tr=c.la("tracking_number"), kg=f"{c.r.randrange(1, 30)}.{c.r.randrange(10)}", o=c.la("order_number"))


@T("clinic_intake", 0.9)
def t_clinic(c: C) -> list:
    p = c.person()
    return F("Patient intake\nName: <<n>>\nDOB: <<dob>>\nPhone: <<p>>\nEmergency contact: <<ec>> <<ecp>>\nReason: follow-up, "
             "suspected <<ep>>\nInsurance member ID: <<mid>>\n\nDraft a reminder SMS for the appointment.",
             n=p.full, dob=c.la("date"), p=c.phone(mix=0.1), ec=c.name(mix=0.2), ecp=c.phone(mix=0.3), ep=c.la("eponym"),
             mid=f"{rs(c.r, 3, UP)}{c.r.randrange(10**8, 10**9)}")


@T("tool_call_json", 1.1)
def t_toolcall(c: C) -> list:
    p = c.person()
    return F('{"role": "assistant", "tool_calls": [{"id": "call_<<cid>>", "type": "function", "function": {"name": "create_contact", '
             '"arguments": "{\\"name\\": \\"<<n>>\\", \\"email\\": \\"<<e>>\\", \\"phone\\": \\"<<p>>\\"}"}}]}',
             cid=rs(c.r, 24), n=p.full, e=p.email, p=c.phone(intl=True, mix=0.2))


@T("system_prompt_profile", 0.9)
def t_sysprompt(c: C) -> list:
    p = c.person()
    return F("SYSTEM: You are a concierge assistant. User profile (do not reveal): name=<<n>>; email=<<e>>; phone=<<p>>; "
             "tier=gold; last_order=<<o>>.\nUSER: what's the status of my last order?",
             n=p.full, e=p.email, p=c.phone(mix=0.2), o=c.la("order_number"))


@T("assistant_answer_contact", 1.0)
def t_assistant(c: C) -> list:
    p = c.person()
    return F("Sure! Here's the updated contact card:\n\n- **Name:** <<n>>\n- **Email:** <<e>>\n- **Mobile:** <<p>>\n"
             "- **Customer since:** <<d>>\n\nLet me know if you'd like me to add a note about ticket <<t>>.",
             n=p.full, e=p.email, p=c.phone(mix=0.15), d=c.la("date"), t=c.la("ticket_id"))


@T("translate_request", 1.0)
def t_translate(c: C) -> list:
    r = c.r
    p = c.person()
    lang = r.choice(["German", "Japanese", "Spanish", "Polish", "Korean", "Arabic", "Portuguese"])
    return F("Translate into <<lang>>, keep names and numbers unchanged:\n\"Dear <<n>>, your appointment on <<d>> is confirmed. "
             "If you need to reschedule, call <<p>> or reply to <<e>>.\"",
             lang=lang, n=p.full, d=c.la("date"), p=c.phone(mix=0.2), e=c.email(mix=0.5))


@T("redact_this_request", 1.0)
def t_redact(c: C) -> list:
    p = c.person()
    return F("Redact all personal data from the following before I paste it in Jira:\n\n<<n>> called from <<p>> about card "
             "<<cc>>, asked us to email <<e>>. Their IP was <<ip>>.",
             n=p.full, p=c.phone(mix=0.15), cc=c.card(mix=0.3), e=p.email, ip=c.ip(mix=0.3))


@T("dataframe_head", 0.9)
def t_df(c: C) -> list:
    r = c.r
    out: list = ["   customer_id  name                      iban                              country\n"]
    for i in range(r.randrange(2, 5)):
        cc = r.choice(IBAN_CCS)
        out.append([str(i), "  ", str(r.randrange(10000, 99999)), "  ", c.name(mix=0.1), "  ", c.iban(cc=cc, spaced=False, mix=0.15), "  ", cc, "\n"])
    return F(">>> df.head()\n<<b>>\nHow do I validate the iban column with pandas?", b=out)


@T("card_form_debug_json", 0.9)
def t_cardjson(c: C) -> list:
    r = c.r
    return F('POST /checkout body:\n{"cardholder": <<n>>, "number": <<cc>>, "exp_month": <<m>>, "exp_year": <<y>>, '
             '"billing_email": <<e>>, "amount": <<amt>>, "idempotency_key": "<<u>>"}\nThe gateway returns 422 — which field is wrong?',
             n=jq(c.name(mix=0.15)), cc=jq(c.card(fmt="compact")), m=str(r.randrange(1, 13)), y=str(r.randrange(2026, 2032)),
             e=jq(c.email(mix=0.2)), amt=str(r.randrange(100, 99999)), u=c.la("uuid"))


@T("stripe_webhook_payload", 0.8)
def t_webhook(c: C) -> list:
    return F('{"id": "<<evt>>", "type": "charge.succeeded", "data": {"object": {"id": "<<ch>>", "amount": <<amt>>, '
             '"billing_details": {"email": <<e>>, "name": <<n>>, "phone": <<p>>}, "payment_method_details": {"card": '
             '{"brand": "visa", "last4": "<<l4>>"}}, "receipt_url": "https://pay.stripe.com/receipts/<<rc>>"}}}\n'
             "Signed with <<wh>>. Why does my handler not see billing_details.phone?",
             evt=c.la("object_id"), ch=c.la("object_id"), amt=str(c.r.randrange(100, 50000)), e=jq(c.email(mix=0.1)),
             n=jq(c.name(mix=0.1)), p=jq(c.phone(intl=True, mix=0.2)), l4=f"{c.r.randrange(10000):04d}", rc=rs(c.r, 24),
             wh=c.key("stripe_whsec", mix=0.3))


@T("sentry_event", 0.8)
def t_sentry(c: C) -> list:
    return F('Sentry event <<eid>>:\n  user: {"id": "<<uid>>", "email": <<e>>, "ip_address": <<ip>>}\n  release: <<v>>\n'
             "  exception: KeyError 'shipping_address'\n  breadcrumbs: [POST /cart <<ts>>]\nWhat's the likely root cause?",
             eid=c.la("md5"), uid=c.la("object_id"), e=jq(c.email(mix=0.1)), ip=jq(c.ip(mix=0.2, v6=0.3)), v=c.la("version"),
             ts=c.la("timestamp"))


@T("ldif_export", 0.6)
def t_ldif(c: C) -> list:
    p = c.person(cul=c.r.choice(LATIN_CULTS))
    return F("dn: uid=<<uid>>,ou=people,dc=corp,dc=internal\ncn: <<n>>\nmail: <<e>>\ntelephoneNumber: <<p>>\n"
             "employeeNumber: <<en>>\n\nWrite an ldapmodify to change the phone number.",
             uid=rs(c.r, 6, LO), n=p.full, e=p.email, p=c.phone(mix=0.15), en=str(c.r.randrange(10000, 99999)))


@T("vcard", 0.6)
def t_vcard(c: C) -> list:
    p = c.person()
    return F("BEGIN:VCARD\nVERSION:3.0\nFN:<<n>>\nTEL;TYPE=CELL:<<p>>\nEMAIL:<<e>>\nNOTE:met at <<ev>>\nEND:VCARD\nImport fails on iOS, why?",
             n=p.full, p=c.phone(intl=True, mix=0.1), e=p.email, ev=c.r.choice(["KubeCon", "Web Summit", "FOSDEM", "the Lisbon meetup"]))


@T("graphql_mutation", 0.6)
def t_gql(c: C) -> list:
    return F('mutation {\n  updateUser(id: "<<uid>>", input: {fullName: <<n>>, phone: <<p>>, email: <<e>>}) {\n    id\n    updatedAt\n  }\n}\n'
             "# Authorization: Bearer <<k>>\nThe mutation returns null without errors.",
             uid=c.la("uuid"), n=jq(c.name(mix=0.1)), p=jq(c.phone(mix=0.2)), e=jq(c.email(mix=0.2)), k=c.key("jwt", mix=0.3))


@T("whatsapp_export_en", 1.0)
def t_wa(c: C) -> list:
    a, b = c.person(nonlatin=0.3), c.person(nonlatin=0.3)
    return F("[<<d>>, <<t1>>] <<an>>: can you send me the landlord's number?\n[<<d>>, <<t2>>] <<bn>>: <<p>>\n"
             "[<<d>>, <<t3>>] <<bn>>: and the deposit goes to <<i>>\n[<<d>>, <<t4>>] <<an>>: 👍\n\nWho owes what, according to this chat?",
             d=c.la("date"), t1=c.la("time"), t2=c.la("time"), t3=c.la("time"), t4=c.la("time"), an=a.full, bn=b.given,
             p=c.phone(mix=0.1), i=c.iban(mix=0.2))


@T("sms_fraud_check", 0.8)
def t_sms(c: C) -> list:
    return F("I got this text: \"Your parcel <<tr>> is on hold. Pay the customs fee at post-track.help or call <<p>>\". "
             "It came from <<s>>. Is this a scam?",
             tr=c.la("tracking_number"), p=c.phone(mix=0.2), s=c.phone(mix=0.2))


@T("job_application_cv", 0.9)
def t_cv(c: C) -> list:
    p = c.person()
    return F("Improve the header of my CV:\n\n<<n>>\n<<city>> · <<p>> · <<e>> · linkedin.com/in/<<li>>\n\n"
             "Backend engineer, 7 years, Python/Go. Certified Kubernetes admin (<<cert>>).",
             n=p.full, city=c.r.choice(["Berlin", "Lagos", "Bengaluru", "Toronto", "Warsaw", "Seoul", "Lyon"]),
             p=c.phone(mix=0.1), e=p.email, li=rs(c.r, 8, LO + DI), cert=f"LF-{rs(c.r, 10, LO + DI)}")


@T("event_rsvp_list", 0.6)
def t_rsvp(c: C) -> list:
    r = c.r
    out: list = []
    for i in range(r.randrange(3, 6)):
        out.append([f"{i + 1}. ", c.name(mix=0.12, nonlatin=0.3), " — ", r.choice(["yes", "yes", "no", "maybe"]),
                    r.choice(["", " (+1)", " (vegetarian)", " (arrives late)"]), "\n"])
    return F("RSVPs for the <<ev>>:\n<<b>>How many seats do I need?", ev=r.choice(["wedding", "team offsite", "alumni dinner", "book launch"]),
             b=out)


@T("password_reset_email", 0.8)
def t_reset(c: C) -> list:
    p = c.person()
    return F("From: <<role>>\nTo: <<e>>\nSubject: Reset your password\n\nHi <<g>>,\nsomeone (IP <<ip>>, <<loc>>) requested a "
             "password reset at <<ts>>. If it wasn't you, contact us at <<tf>>.\n\nIs this email legit or phishing?",
             role=c.la("role_email"), e=p.email, g=p.given, ip=c.ip(mix=0.2), loc=c.r.choice(["Frankfurt, DE", "Ashburn, US", "Singapore"]),
             ts=c.la("timestamp"), tf=c.la("toll_free"))


@T("jwt_debug_question", 0.8)
def t_jwt(c: C) -> list:
    return F("My API returns 'signature verification failed' for this token:\n\n<<k>>\n\nThe secret is <<s>>. What am I missing?",
             k=c.key("jwt"), s=c.key(c.r.choice(["stripe_whsec", "github", "google"]), mix=0.5))


@T("insurance_claim_note", 0.8)
def t_claim(c: C) -> list:
    a, b = c.person(), c.person(mix=0.2)
    return F("Claim <<cl>> — rear-end collision on <<d>>. Insured: <<an>>, mobile <<ap>>. Third party: <<bn>>, <<bp>>. "
             "Payout to IBAN <<i>>. Write a neutral summary for the adjuster.",
             cl=c.la("ticket_id"), d=c.la("date"), an=a.full, ap=c.phone(mix=0.1), bn=b.full, bp=c.phone(mix=0.3), i=c.iban(mix=0.2))


@T("school_parent_list", 0.5)
def t_school(c: C) -> list:
    r = c.r
    out: list = []
    for _ in range(r.randrange(2, 5)):
        out.append(["- ", c.name(form="given", mix=0.1), " (", c.r.choice(["Year 3", "Year 4", "Class 2B"]), "): parent ",
                    c.name(mix=0.1, nonlatin=0.25), ", ", c.phone(mix=0.15), "\n"])
    return F("Class contact list for the trip on <<d>>:\n<<b>>Make a phone tree from this.", d=c.la("date"), b=out)


@T("ip_geo_question", 1.0)
def t_ipgeo(c: C) -> list:
    return F("Where is <<a>> located and who owns <<b>>? Both show up in our WAF logs next to <<c>>.",
             a=c.ip4(mix=0.3), b=c.ip6(mix=0.3), c=c.pick("public_resolver", "doc_ip", "private_ip", "cgnat_ip"))


@T("dig_traceroute_output", 0.7)
def t_dig(c: C) -> list:
    r = c.r
    out: list = [f"$ traceroute -n {r.choice(['api.kumo-analytics.com', 'cdn.ferrowind.io', 'mail.halcyon-dental.com'])}\n"]
    out.append([" 1  ", c.la("private_ip"), "  0.9 ms\n 2  ", c.la("cgnat_ip"), "  7.4 ms\n"])
    for i in range(3, r.randrange(5, 7)):
        out.append([f" {i}  ", c.ip4(mix=0.2), f"  {r.randrange(8, 90)}.{r.randrange(10)} ms\n"])
    return F("<<b>>Where is the latency coming from?", b=out)


@T("docker_run_env", 0.7)
def t_docker(c: C) -> list:
    env, k = kv_key(c)
    return F("docker run -d --name api -p <<pt>>:8080 -e <<env>>=<<k>> -e LOG_LEVEL=debug registry.internal/api:<<v>>\n"
             "Container exits immediately with code 137. Host is <<ip>>.",
             pt=c.la("port"), env=env, k=k, v=c.la("version"), ip=c.ip4(mix=0.4))


@T("github_actions_yaml", 0.7)
def t_gha(c: C) -> list:
    env, k = kv_key(c, mix=0.4)
    return F("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      <<env>>: <<k>>\n      NPM_TOKEN: <<ref>>\n    steps:\n"
             "      - uses: actions/checkout@<<sha>>\n      - run: npm publish\nWhy does the publish step say 403?",
             env=env, k=k, ref=c.la("env_reference"), sha=c.la("git_sha"))


@T("notebook_client_code", 0.8)
def t_nb(c: C) -> list:
    r = c.r
    fam = r.choice(["openai", "anthropic", "huggingface", "groq", "replicate", "google"])
    return F("In [3]:\nimport os\nos.environ[\"<<env>>\"] = \"<<k>>\"\nresp = client.generate(model=\"<<m>>\", prompt=\"hello\")\n"
             "Out[3]: RateLimitError: 429 (org <<org>>)\nHow do I add retries?",
             env=KEY_ENV[fam], k=c.key(fam), m=r.choice(["gpt-4o-mini", "claude-3-5-haiku", "llama-3.1-8b", "gemini-1.5-flash"]),
             org=f"org-{rs(r, 24)}")


@T("telegram_bot_code", 0.5)
def t_tg(c: C) -> list:
    return F("bot = telebot.TeleBot(\"<<k>>\")\nADMIN_CHAT = <<chat>>  # <<n>>\n@bot.message_handler(commands=['start'])\n"
             "def hi(m): bot.reply_to(m, 'hi')\nThe bot never answers, polling seems stuck.",
             k=c.key("telegram"), chat=str(c.r.randrange(10**8, 10**10)), n=c.name(mix=0.3))


@T("azure_conn_string", 0.5)
def t_azure(c: C) -> list:
    acct = rs(c.r, 10, LO + DI)
    return F("DefaultEndpointsProtocol=https;AccountName=<<a>>;AccountKey=<<k>>;EndpointSuffix=core.windows.net\n"
             "How do I turn this into a SAS URL for a single blob?", a=acct, k=c.key("azure_storage"))


@T("datadog_agent_conf", 0.4)
def t_dd(c: C) -> list:
    return F("# /etc/datadog-agent/datadog.yaml\napi_key: <<k>>\nsite: datadoghq.eu\nhostname: web-<<h>>\ntags:\n  - owner:<<o>>\n"
             "The agent logs 'API Key invalid, dropping transaction'.",
             k=c.key("datadog"), h=str(c.r.randrange(1, 40)), o=rs(c.r, 6, LO))


@T("fraud_review_notes", 0.8)
def t_fraud(c: C) -> list:
    p = c.person()
    return F("Fraud review <<t>>: order <<o>> placed by <<n>> (<<e>>) from <<ip>>, card <<cc>>, shipping to a freight "
             "forwarder. Phone on file <<p>> does not match the card country. Recommend: <<rec>>.",
             t=c.la("ticket_id"), o=c.la("order_number"), n=p.full, e=p.email, ip=c.ip(mix=0.2), cc=c.card(mix=0.3),
             p=c.phone(mix=0.2), rec=c.r.choice(["decline", "manual call-back", "approve with 3DS"]))


@T("llm_refusal_answer", 0.6)
def t_refusal(c: C) -> list:
    return F("I can't look up the home address for <<n>> from the phone number <<p>> — that would be a privacy violation. "
             "If you're trying to reach them, consider asking a mutual contact or using the email they shared (<<e>>).",
             n=c.name(mix=0.1), p=c.phone(mix=0.15), e=c.email(mix=0.3))


@T("voice_transcript", 0.7)
def t_voice(c: C) -> list:
    p = c.person(cul=c.r.choice(["en_us", "en_uk", "in_lat", "ng", "es"]))
    return F("[agent] thanks for calling, who am I speaking with?\n[caller] it's <<n>>, my account email is <<e>>\n"
             "[agent] and a good number to reach you?\n[caller] <<p>>\n[agent] last four of the card?\n[caller] <<l4>>\n\n"
             "Score this call for compliance with the script.",
             n=p.full, e=p.email, p=c.phone(mix=0.1), l4=c.pick("masked_card"))


@T("adjacent_punctuation", 0.7)
def t_adjacent(c: C) -> list:
    r = c.r
    return F("contacts:<<e>>;<<p>>|<<n>>/(<<i>>)—<<cc>>.", e=c.email(mix=0.2), p=c.phone(mix=0.2), n=c.name(mix=0.2), i=c.iban(mix=0.3),
             cc=c.card(mix=0.3)) if r.random() < 0.5 else F("«<<n>>»,<<e>>,\"<<p>>\",<<ip>>;[<<k>>]",
                                                            n=c.name(mix=0.2), e=c.email(mix=0.2), p=c.phone(mix=0.2),
                                                            ip=c.ip(mix=0.3), k=c.key(mix=0.3))


@T("cjk_mixed_note", 0.9)
def t_cjk(c: C) -> list:
    r = c.r
    cul = r.choice(["zh", "ja", "ko"])
    cc = {"zh": "CN", "ja": "JP", "ko": "KR"}[cul]
    suf = {"zh": "先生", "ja": "さん", "ko": "님"}[cul]
    return F("Please reply in English to this note from our partner: <<n>><<suf>> (<<e>>) asked whether the shipment <<o>> "
             "can be delivered before <<d>>; their direct line is <<p>>.",
             n=c.name(cul=cul, mix=0.15), suf=suf, e=c.email(mix=0.2), o=c.la("order_number"), d=c.la("date"), p=c.phone(cc=cc, mix=0.15))


@T("rtl_mixed_note", 0.6)
def t_rtl(c: C) -> list:
    cul = c.r.choice(["ar", "he"])
    cc = c.r.choice(["AE", "SA", "EG"]) if cul == "ar" else "IL"
    return F("Summarize: customer <<n>> (<<p>>) requested a refund to <<i>>; ticket <<t>>.",
             n=c.name(cul=cul, mix=0.15), p=c.phone(cc=cc, mix=0.15), i=c.iban(cc={"IL": "IL", "AE": "AE", "SA": "SA", "EG": "EG"}[cc], mix=0.2),
             t=c.la("ticket_id"))


@T("obfuscated_contact", 0.5)
def t_obf(c: C) -> list:
    return F("For the newsletter footer, write my contact like I did here: <<n>> — <<e>> — <<p>>. Is that enough to stop scrapers?",
             n=c.name(mix=0.2), e=c.email(mix=0.3), p=c.phone(mix=0.3))


@T("pos_terminal_log", 0.7)
def t_pos(c: C) -> list:
    return F("[<<ts>>] TERM <<tid>> AUTH REQ pan=<<cc>> amt=<<amt>> stan=<<stan>>\n[<<ts>>] TERM <<tid>> AUTH RSP code=05 "
             "rrn=<<rrn>>\nWhy would the issuer decline with 05?",
             ts=c.la("timestamp"), tid=rs(c.r, 8, UP + DI), cc=c.card(fmt="compact", mix=0.25), amt=LAGEN["price"](c.r),
             stan=f"{c.r.randrange(10**6):06d}", rrn=c.la("long_number"))


@T("w2_form_fill", 0.7)
def t_w2(c: C) -> list:
    p = c.person(cul=c.r.choice(["en_us", "en_us", "es", "vi", "zh_lat", "in_lat", "ng"]))
    return F("Fill the W-2 fields from this text: employee <<n>>, SSN <<s>>, employer EIN <<ein>>, wages <<w>>, box 12 code D. "
             "Employer contact <<e>>.", n=p.full, s=c.ssn(), ein=c.la("ein"), w=LAGEN["price"](c.r), e=c.email(mix=0.3))


@T("bank_statement_lines", 0.8)
def t_stmt(c: C) -> list:
    r = c.r
    out: list = []
    for _ in range(r.randrange(2, 5)):
        out.append([c.la("date"), "  SEPA-UEBERWEISUNG ", c.name(mix=0.15), "  ", c.iban(mix=0.15), "  ", LAGEN["price"](r), "\n"])
    return F("Categorise these bank statement lines:\n<<b>>", b=out)


@T("hr_onboarding_csv", 1.0)
def t_hr_csv(c: C) -> list:
    r = c.r
    out: list = ["employee_id,last_name,first_name,ssn,start_date,work_email\n"]
    for _ in range(r.randrange(2, 5)):
        cul = r.choice(["en_us", "en_us", "es", "vi", "zh_lat", "in_lat", "ng", "ar_lat", "pl", "it"])
        gs, fs, _ = CULT[cul]
        if c.neg:
            ln, fn_ = (L("placeholder_name", "Doe"), L("placeholder_name", "Jane")) if r.random() < 0.5 else \
                (L("redaction_token", "[LAST]"), L("redaction_token", "[FIRST]"))
        else:
            ln, fn_ = S("PERSON", r.choice(fs)), S("PERSON", r.choice(gs))
        out.append([f"E{r.randrange(10000, 99999)},", ln, ",", fn_, ",", c.ssn(fmt=r.choice(["dashed", "dashed", "compact"]), mix=0.15),
                    ",", c.la("date"), ",", c.email(mix=0.2), "\n"])
    return F("<<b>>Import this into the HRIS; which column needs encryption at rest?", b=out)


@T("ssn_query_string_log", 0.9)
def t_ssn_url(c: C) -> list:
    r = c.r
    out: list = []
    for _ in range(r.randrange(2, 4)):
        out.append([c.la("timestamp"), " GET /api/v1/identity/verify?ssn=", c.ssn(fmt=r.choice(["compact", "dashed"]), mix=0.2),
                    "&dob=", c.la("date"), "&ref=", c.la("request_id"), " 200 ", c.la("duration"), "\n"])
    return F("Our WAF flagged these requests:\n<<b>>How do we stop PII leaking into query strings?", b=out)


@T("benefits_enrollment_json", 0.8)
def t_benefits(c: C) -> list:
    emp = c.person(cul=c.r.choice(["en_us", "en_us", "es", "ng", "in_lat", "zh_lat"]))
    dep = c.person(cul=c.r.choice(["en_us", "es"]), mix=0.2)
    return F('{"plan": "PPO-<<pl>>", "member": {"name": <<n>>, "ssn": <<s>>, "email": <<e>>}, "dependents": [{"name": <<dn>>, '
             '"relationship": "child", "ssn": <<ds>>}], "effective": "<<d>>"}\nValidate this payload against the carrier schema.',
             pl=str(c.r.randrange(100, 999)), n=jq(emp.full), s=jq(c.ssn()), e=jq(emp.email), dn=jq(dep.full), ds=jq(c.ssn(mix=0.25)),
             d=c.la("date"))


@T("credit_dispute_letter", 0.7)
def t_dispute(c: C) -> list:
    p = c.person(cul=c.r.choice(["en_us", "en_us", "en_us", "es", "ng"]))
    return F("Help me finish this letter to the credit bureau:\n\nI, <<n>>, SSN <<s>>, dispute the account ending <<mc>> opened "
             "on <<d>>. I never applied for this card. Please reach me at <<p>> or <<e>>.",
             n=p.full, s=c.ssn(), mc=c.la("masked_card"), d=c.la("date"), p=c.phone(cc="US", mix=0.15), e=p.email)


@T("chargeback_email", 0.9)
def t_chargeback(c: C) -> list:
    p = c.person()
    return F("Subject: Chargeback notice <<cb>>\n\nCardholder <<n>> disputed a charge of <<amt>> on card <<cc>> (auth code <<ac>>). "
             "Respond by <<d>> with proof of delivery (tracking <<tr>>).\n\nWrite our response to the acquirer.",
             cb=c.la("ticket_id"), n=p.full, amt=c.la("price"), cc=c.card(mix=0.15), ac=rs(c.r, 6, UP + DI), d=c.la("date"),
             tr=c.la("tracking_number"))


@T("subscription_card_update", 0.9)
def t_sub_card(c: C) -> list:
    r = c.r
    return F("hey, I need to swap the card on my plan. old one was <<old>>, new one <<new>> exp <<m>>/<<y>>. account email <<e>>",
             old=c.pick("masked_card", "masked_card", "non_luhn_digits"), new=c.card(mix=0.1), m=f"{r.randrange(1, 13):02d}",
             y=str(r.randrange(26, 33)), e=c.email(mix=0.2))


@T("card_reconciliation_csv", 0.8)
def t_card_csv(c: C) -> list:
    r = c.r
    out: list = ["txn_id;pan;holder;amount;status\n"]
    for _ in range(r.randrange(2, 5)):
        out.append([c.la("object_id"), ";", c.card(fmt="compact", mix=0.2), ";", c.name(form=r.choice(["upper", "full"]), mix=0.15, nonlatin=0.05),
                    ";", c.la("price"), ";", r.choice(["settled", "refunded", "declined"]), "\n"])
    return F("Reconcile these against the bank file and flag mismatches:\n<<b>>", b=out)


@T("xml_soap_payload", 0.6)
def t_soap(c: C) -> list:
    p = c.person()
    return F("<soap:Envelope>\n <soap:Body>\n  <CreateCustomer>\n   <FullName><<n>></FullName>\n   <Email><<e>></Email>\n"
             "   <Phone><<p>></Phone>\n   <Iban><<i>></Iban>\n   <CorrelationId><<u>></CorrelationId>\n  </CreateCustomer>\n"
             " </soap:Body>\n</soap:Envelope>\nConvert this to a REST JSON body.",
             n=p.full, e=p.email, p=c.phone(intl=True, mix=0.15), i=c.iban(spaced=False, mix=0.2), u=c.la("uuid"))


@T("html_form_snippet", 0.6)
def t_html(c: C) -> list:
    return F('<form id="profile">\n  <input name="name" value="<<n>>">\n  <input type="email" name="email" value="<<e>>">\n'
             '  <input type="tel" name="phone" value="<<p>>" placeholder="<<ph>>">\n</form>\nWhy does autofill overwrite these?',
             n=c.name(mix=0.15), e=c.email(mix=0.15), p=c.phone(mix=0.15), ph=c.pick("zero_phone", "fictional_phone"))


@T("markdown_links", 0.6)
def t_mdlinks(c: C) -> list:
    p = c.person()
    return F("## Contacts\n- Product: [<<n>>](mailto:<<e>>)\n- On-site: [<<ph>>](tel:<<ph2>>)\n- Press: [<<re>>](mailto:<<re2>>)\n\n"
             "Turn this into an HTML list.", n=p.full, e=p.email, ph=c.phone(mix=0.15), ph2=c.phone(mix=0.15), re=c.la("role_email"),
             re2=c.la("role_email"))


@T("assistant_extracted_entities", 0.8)
def t_extracted(c: C) -> list:
    p = c.person()
    return F("Here are the entities I extracted from the document:\n\n```json\n{\"people\": [<<n>>, <<n2>>], \"emails\": [<<e>>], "
             "\"phones\": [<<p>>], \"ips\": [<<ip>>], \"dates\": [\"<<d>>\"]}\n```\nWant me to also pull out the addresses?",
             n=jq(p.full), n2=jq(c.name(mix=0.3)), e=jq(p.email), p=jq(c.phone(mix=0.2)), ip=jq(c.ip(mix=0.4)), d=c.la("date"))


@T("incident_postmortem", 0.8)
def t_postmortem(c: C) -> list:
    a, b = c.person(), c.person()
    return F("## Postmortem <<t>>\n**Impact:** checkout errors for 23 min from <<ts>>.\n**Detected by:** <<an>> (pager).\n"
             "**Root cause:** the rotated key <<k>> was committed to the public repo by <<bn>> and revoked by GitHub secret scanning.\n"
             "**Attacker IPs seen:** <<ip1>>, <<ip2>>\nTighten the wording of this postmortem.",
             t=c.la("ticket_id"), ts=c.la("timestamp"), an=a.full, k=c.key(mix=0.2), bn=b.full, ip1=c.ip(mix=0.2), ip2=c.ip(mix=0.4))


@T("crm_note_multilingual_names", 0.8)
def t_crm_multi(c: C) -> list:
    a = c.person(cul=c.r.choice(NONLATIN_CULTS))
    b = c.person(cul=c.r.choice(NONLATIN_CULTS))
    return F("CRM note: met <<an>> and <<bn>> at the trade fair; <<an>> handles procurement (<<ae>>), <<bn>> is technical lead "
             "(<<bp>>). Draft a follow-up in English.", an=a.full, bn=b.full, ae=a.email, bp=c.phone(mix=0.2))


@T("dns_lookup_output", 0.8)
def t_dns(c: C) -> list:
    r = c.r
    host = r.choice(["shop.saltmarsh.nz", "vpn.helvion.ch", "api.orbiscale.ai", "git.kestrelworks.dev", "mx1.nordlys-energi.no"])
    out: list = [f"$ dig +noall +answer {host} A {host} AAAA\n"]
    for _ in range(r.randrange(1, 3)):
        out.append([f"{host}.  300  IN  A     ", c.ip4(mix=0.15), "\n"])
    out.append([f"{host}.  300  IN  AAAA  ", c.ip6(mix=0.15), "\n"])
    return F("<<b>>Resolver: <<res>>. Why does the site load over IPv4 but not IPv6?", b=out, res=c.la("public_resolver"))


@T("wireguard_peer_config", 0.6)
def t_wg(c: C) -> list:
    return F("[Interface]\nAddress = <<a>>/24\nPrivateKey = <<pk>>\nDNS = <<dns>>\n\n[Peer]\n# <<n>>'s laptop\nEndpoint = <<ep>>:51820\n"
             "AllowedIPs = <<all>>\nPersistentKeepalive = 25\n\nThe tunnel comes up but no traffic passes.",
             a=c.la("private_ip"), pk=L("redaction_token", "[REDACTED]"), dns=c.la("public_resolver"), n=c.name(form="given", mix=0.2),
             ep=c.ip4(mix=0.2), all=c.la("cidr_block"))


@T("email_received_headers", 0.7)
def t_received(c: C) -> list:
    return F("Received: from mail.<<d1>> (mail.<<d1>> [<<ip1>>])\n\tby mx.<<d2>> with ESMTPS id <<id>>\n\tfor <<rcpt>>; <<ts>>\n"
             "Received: from [<<ip2>>] (helo=laptop) by mail.<<d1>>\nX-Originating-IP: [<<ip3>>]\n\nWas this message spoofed?",
             d1=c.r.choice(CORP_DOMAINS), d2=c.r.choice(CORP_DOMAINS), ip1=c.ip4(mix=0.1), id=rs(c.r, 12, AN), rcpt=c.email(mix=0.15),
             ts=c.la("timestamp"), ip2=c.ip(mix=0.4, v6=0.3), ip3=c.ip(mix=0.3, v6=0.4))


# ---- styles that never carry PII (hard negatives by construction)


@T("eponym_question", 0.9, "neg")
def t_eponym(c: C) -> list:
    return F("Is <<a>> related to <<b>> in any way? My textbook mentions both in the same chapter as <<h>>.",
             a=c.la("eponym"), b=c.la("eponym"), h=c.la("historical_figure"))


@T("fiction_discussion", 0.9, "neg")
def t_fiction(c: C) -> list:
    return F("Write a short scene where <<a>> meets <<b>> in <<pl>>. Keep the tone light; <<h>> can appear in a portrait on the wall.",
             a=c.la("fictional_character"), b=c.la("fictional_character"), pl=c.la("place_name"), h=c.la("historical_figure"))


@T("brand_comparison", 0.7, "neg")
def t_brands(c: C) -> list:
    return F("Which is more reliable for a small office, <<a>> or <<b>>? Our current ones are from <<d>> (firmware <<v>>).",
             a=c.la("org_name"), b=c.la("org_name"), d=c.la("org_name"), v=c.la("version"))


@T("checksum_verify", 0.8, "neg")
def t_checksum(c: C) -> list:
    return F("The release page for <<v>> lists sha256 <<s>> and md5 <<m>>, but mine is <<s2>>. Build <<b>>, commit <<g>>. Corrupted download?",
             v=c.la("version"), s=c.la("sha256"), m=c.la("md5"), s2=c.la("sha256"), b=c.la("build_number"), g=c.la("git_sha"))


@T("inventory_csv", 0.7, "neg")
def t_inventory(c: C) -> list:
    r = c.r
    out: list = ["sku,ean,isbn,qty,price\n"]
    for _ in range(r.randrange(2, 5)):
        out.append([c.la("sku"), ",", c.la("ean_barcode"), ",", c.la("isbn"), ",", str(r.randrange(0, 500)), ",", c.la("price"), "\n"])
    return F("<<b>>Which rows have an EAN that doesn't match the ISBN?", b=out)


@T("network_config_question", 0.8, "neg")
def t_netconf(c: C) -> list:
    return F("My server binds to <<u>> and <<l>>; the LAN is <<p>>/<<nm>>, gateway <<g>>, DNS <<dns>>. The NIC MAC is <<mac>>. "
             "Docs use <<doc>> and <<d6>> in examples. Why can't other hosts reach it?",
             u=c.la("unspecified_ip"), l=c.la("loopback_ip"), p=c.la("private_ip"), nm=c.la("netmask"), g=c.la("private_ip"),
             dns=c.la("public_resolver"), mac=c.la("mac_address"), doc=c.la("doc_ip"), d6=c.la("doc_ipv6"))


@T("api_docs_example", 0.8, "neg")
def t_apidocs(c: C) -> list:
    return F("From the docs:\n\n  export AWS_ACCESS_KEY_ID=<<a>>\n  export STRIPE_KEY=<<s>>\n  curl -u <<pk>>: https://api.example.com/v1/ping\n"
             "  # contact <<em>> for access\n\nDo I need to replace all of these with my own values?",
             a=L("example_key", "AKIAIOSFODNN7EXAMPLE"), s=c.pick("placeholder_key", "example_key"), pk=c.la("publishable_key"),
             em=c.la("reserved_domain_email"))


@T("tracing_ids", 0.7, "neg")
def t_tracing(c: C) -> list:
    return F("span <<u>> parent <<u2>> trace <<rq>> duration <<d>> service=checkout version=<<v>> pod-ip=<<pip>>\n"
             "Why is this span orphaned?", u=c.la("uuid"), u2=c.la("uuid"), rq=c.la("request_id"), d=c.la("duration"),
             v=c.la("version"), pip=c.la("private_ip"))


@T("masked_receipt", 0.8, "neg")
def t_masked(c: C) -> list:
    return F("RECEIPT <<inv>>\nCard: <<mc>>\nAccount: <<mi>>\nContact: <<me>> / <<mp>>\nSSN on file: <<ms>>\nKey: <<mk>>\n"
             "Is it safe to post this screenshot in a public forum?",
             inv=c.la("invoice_number"), mc=c.la("masked_card"), mi=c.la("masked_iban"), me=c.la("masked_email"), mp=c.la("masked_phone"),
             ms=c.la("masked_ssn"), mk=c.la("masked_key"))


@T("geo_question", 0.6, "neg")
def t_geo(c: C) -> list:
    return F("What's at <<a>>? A friend said it's near <<pl>>, and the other pin was <<b>>.", a=c.la("coordinates"),
             pl=c.la("place_name"), b=c.la("coordinates"))


@T("history_question", 0.7, "neg")
def t_history(c: C) -> list:
    return F("Did <<a>> ever correspond with <<b>>? I'm writing an essay for <<d>> and need sources.", a=c.la("historical_figure"),
             b=c.la("historical_figure"), d=c.la("date"))


@T("template_engine_question", 0.7, "neg")
def t_tpl(c: C) -> list:
    return F("My Jinja template renders \"Dear <<a>>\" literally instead of the name, and <<b>> is empty. The test fixture uses "
             "<<p>>, <<ph>> and card <<tc>>.",
             a=L("redaction_token", c.r.choice(NAME_TOKENS)), b=c.la("redaction_token"), p=c.la("placeholder_name"),
             ph=c.pick("fictional_phone", "zero_phone"),
             tc=c.la("test_card"))


@T("invalid_values_qa", 0.8, "neg")
def t_invalid(c: C) -> list:
    return F("QA found these rejected inputs in the onboarding form: SSN <<s>>, IBAN <<i>>, card <<cc>>, phone <<p>>. "
             "Are the validators right to reject them?",
             s=c.la("invalid_ssn"), i=c.la("invalid_iban"), cc=c.la("non_luhn_digits"), p=c.pick("zero_phone", "fictional_phone"))


@T("order_status_bot", 0.8, "neg")
def t_order(c: C) -> list:
    return F("Order <<o>> (invoice <<i>>) shipped <<d>> with tracking <<t>>. Item SKU <<s>>, EAN <<e>>. "
             "Questions? Email <<re>> or call <<tf>>.",
             o=c.la("order_number"), i=c.la("invoice_number"), d=c.la("date"), t=c.la("tracking_number"), s=c.la("sku"),
             e=c.la("ean_barcode"), re=c.la("role_email"), tf=c.la("toll_free"))


@T("emergency_info", 0.4, "neg")
def t_emerg(c: C) -> list:
    return F("If someone has symptoms of <<ep>> abroad, should I call <<a>> or <<b>>? We're staying near <<pl>>.",
             ep=c.la("eponym"), a=c.la("emergency_number"), b=c.la("emergency_number"), pl=c.la("place_name"))


@T("ci_build_log", 0.7, "neg")
def t_ci(c: C) -> list:
    return F("Step 4/9 : RUN pip install -r requirements.txt\n ---> Running in <<g>>\nSuccessfully built <<g2>>\n"
             "Pushing image <<dg>>\nBuild <<b>> finished in <<d>> (runner <<pip>>, <<mac>>)\nThe next deploy of <<v>> fails, why?",
             g=c.la("git_sha"), g2=c.la("git_sha"), dg=c.la("container_digest"), b=c.la("build_number"), d=c.la("duration"),
             pip=c.la("private_ip"), mac=c.la("mac_address"), v=c.la("version"))


@T("iam_policy_question", 0.5, "neg")
def t_iam(c: C) -> list:
    return F("Role <<arn>> can't read the bucket. The key id in the error is <<k>> and the request id <<rq>>. Account owner alias: <<re>>.",
             arn=c.la("arn"), k=c.pick("example_key", "masked_key"), rq=c.la("request_id"), re=c.la("role_email"))


@T("imei_device_question", 0.4, "neg")
def t_imei(c: C) -> list:
    return F("My phone's IMEI is <<i>> and serial <<s>>; the box also shows EAN <<e>>. Can I check if it's blacklisted?",
             i=c.la("imei"), s=rs(c.r, 12, UP + DI), e=c.la("ean_barcode"))


# ----------------------------------------------------------------------------------------------------------
# chats in other languages: (culture, phone countries, IBAN countries, local look-alike names, frames)

LANGS: dict[str, tuple[str, list[str], list[str], list[tuple[str, str]], list[str]]] = {
    "de": ("de", ["DE", "DE", "AT", "CH"], ["DE", "AT", "CH"],
           [("placeholder_name", "Max Mustermann"), ("placeholder_name", "Erika Mustermann"), ("fictional_character", "Effi Briest"),
            ("historical_figure", "Johann Wolfgang von Goethe")],
           ["Hallo! Kannst du mir helfen, eine kurze Nachricht an meinen Vermieter zu schreiben? Er heißt <<n>>, seine Nummer ist <<p>>. "
            "Die Kaution (<<pr>>) soll auf mein Konto <<i>> zurück. Danke!",
            "Bitte fasse diese E-Mail zusammen:\n\nGuten Tag <<n>>,\nIhre Bestellung <<o>> vom <<d>> wurde storniert. "
            "Rückfragen bitte an <<e>> oder telefonisch unter <<p>>.\nMit freundlichen Grüßen\n<<n2>>",
            "Wer ist <<n>>? Sie hat mir von <<e>> geschrieben und will, dass ich <<pr>> an <<i>> überweise. Kommt mir komisch vor."]),
    "fr": ("fr", ["FR", "FR", "BE", "CH"], ["FR", "BE", "LU"],
           [("placeholder_name", "Jean Dupont"), ("fictional_character", "Jean Valjean"), ("fictional_character", "Emma Bovary"),
            ("historical_figure", "Victor Hugo")],
           ["Bonjour, peux-tu reformuler ce message pour <<n>> ? « Merci de me rappeler au <<p>> avant le <<d>>. » Signé <<n2>>",
            "Voici mon RIB pour le remboursement : titulaire <<n>>, IBAN <<i>>. Mon adresse mail : <<e>>. Numéro de dossier <<o>>.",
            "Rédige un mail de relance à <<n>> (<<e>>) concernant la facture <<inv>> impayée depuis le <<d>>. Son portable : <<p>>."]),
    "es": ("es", ["ES", "ES", "MX", "AR", "CO", "CL"], ["ES"],
           [("placeholder_name", "Fulano de Tal"), ("placeholder_name", "Juan Pérez"), ("fictional_character", "Don Quijote"),
            ("historical_figure", "Miguel de Cervantes")],
           ["Hola, necesito escribir a <<n>> para confirmar la reserva <<o>>. Su móvil es <<p>> y su correo <<e>>. ¿Me ayudas con un mensaje corto?",
            "Me ha llegado esto: «Estimado <<n>>, para evitar el bloqueo de su cuenta confirme su tarjeta <<c>> y su IBAN <<i>>». ¿Es phishing?",
            "Resume la conversación: <<g>> dice que paga el <<d>>, y <<n2>> pide que la transferencia vaya a <<i>>. Teléfono de contacto: <<p>>."]),
    "it": ("it", ["IT"], ["IT"],
           [("placeholder_name", "Mario Rossi"), ("fictional_character", "Pinocchio"), ("historical_figure", "Giuseppe Garibaldi")],
           ["Ciao! Puoi scrivere una mail formale a <<n>> per spostare l'appuntamento del <<d>>? Il suo numero è <<p>>, la mail <<e>>.",
            "Devo fare un bonifico a <<n>>: IBAN <<i>>, causale fattura <<inv>>. Mi controlli che l'IBAN sia giusto?",
            "Riassumi: il cliente <<n>> ha chiamato dal <<p>> per l'ordine <<o>>, vuole il rimborso sulla carta <<c>>."]),
    "pt": ("pt", ["BR", "BR", "PT"], ["PT", "BR"],
           [("placeholder_name", "Fulano de Tal"), ("fictional_character", "Capitu"), ("historical_figure", "Tiradentes")],
           ["Oi! Me ajuda a escrever uma mensagem pro <<n>>? O WhatsApp dele é <<p>> e preciso cobrar o Pix de <<pr>> do pedido <<o>>.",
            "Seguem os dados para reembolso: nome <<n>>, IBAN <<i>>, e-mail <<e>>. Pode confirmar?",
            "Resuma este e-mail:\n\nOlá, <<n>>,\nseu cartão final <<mc>> foi recusado. Ligue para <<p>> ou responda para <<e>>.\nAtt., <<n2>>"]),
    "nl": ("nl", ["NL", "NL", "BE"], ["NL", "BE"],
           [("placeholder_name", "Jan Jansen"), ("fictional_character", "Nijntje"), ("historical_figure", "Vincent van Gogh")],
           ["Hoi, kun je een berichtje opstellen voor <<n>>? Zijn nummer is <<p>>. Het geld (<<pr>>) mag naar <<i>>.",
            "Vat deze mail samen:\n\nBeste <<g>>,\nje pakket <<tr>> is vertraagd. Bel ons gerust op <<tf>> of mail <<e>>.\nGroet, <<n2>>",
            "Klopt dit IBAN-nummer van <<n>>: <<i>>? Hij stuurde het via <<e>>."]),
    "sv": ("sv", ["SE"], ["SE"],
           [("placeholder_name", "Sven Svensson"), ("fictional_character", "Pippi Långstrump"), ("historical_figure", "Astrid Lindgren")],
           ["Hej! Kan du hjälpa mig skriva ett sms till <<n>>? Numret är <<p>>. Vi ses <<d>> kl <<t>>.",
            "Sammanfatta: <<n>> (<<e>>) vill ha återbetalning till <<i>> för order <<o>>.",
            "Är det här ett bedrägeri? ”Hej <<g>>, ditt paket väntar. Ring <<p>> eller betala med kortet <<c>>.”"]),
    "da": ("da", ["DK"], ["DK"],
           [("placeholder_name", "Hans Hansen"), ("fictional_character", "Klods-Hans"), ("historical_figure", "H.C. Andersen")],
           ["Hej, kan du skrive en kort besked til <<n>>? Mobilen er <<p>>, og huslejen (<<pr>>) skal overføres til <<i>>.",
            "Opsummer mailen: <<n>> (<<e>>) beder om et møde den <<d>>. Ring på <<p>>."]),
    "no": ("da", ["NO"], ["NO"],
           [("placeholder_name", "Ola Nordmann"), ("placeholder_name", "Kari Nordmann"), ("historical_figure", "Henrik Ibsen")],
           ["Hei! Kan du skrive en kort melding til <<n>>? Nummeret er <<p>>, og depositumet (<<pr>>) skal til <<i>>.",
            "Oppsummer: <<n>> (<<e>>) vil flytte møtet til <<d>>. Ring <<p>> hvis noe er uklart."]),
    "fi": ("fi", ["FI"], ["FI"],
           [("placeholder_name", "Matti Meikäläinen"), ("fictional_character", "Muumipeikko"), ("historical_figure", "Jean Sibelius")],
           ["Moi! Voitko kirjoittaa viestin <<n>>:lle? Hänen numeronsa on <<p>> ja sähköposti <<e>>.",
            "Tiivistä: asiakas <<n>> pyytää palautusta tilille <<i>>, tilausnumero <<o>>.",
            "Onko tämä huijaus? ”Hei <<g>>, pakettisi <<tr>> odottaa. Maksa tullimaksu kortilla <<c>>.”"]),
    "pl": ("pl", ["PL"], ["PL"],
           [("placeholder_name", "Jan Kowalski"), ("fictional_character", "Pan Tadeusz"), ("historical_figure", "Maria Skłodowska-Curie")],
           ["Cześć, pomożesz napisać wiadomość? Adresat: <<n>>, numer to <<p>>, a przelew <<pr>> ma iść na konto <<i>>.",
            "Streść maila:\n\nDzień dobry, <<n>>,\nzamówienie <<o>> zostało wysłane <<d>>. W razie pytań: <<e>>, tel. <<p>>.\nPozdrawiam, <<n2>>",
            "Czy to oszustwo? „<<g>>, Twoje konto zostanie zablokowane. Podaj numer karty <<c>> w ciągu 24h.”"]),
    "cs": ("cs", ["CZ", "CZ", "SK"], ["CZ", "SK"],
           [("placeholder_name", "Jan Novák"), ("fictional_character", "Josef Švejk"), ("historical_figure", "Tomáš Garrigue Masaryk")],
           ["Ahoj, můžeš mi pomoct napsat zprávu? Příjemce: <<n>>, číslo je <<p>>, zálohu <<pr>> prosím poslat na <<i>>.",
            "Shrň e-mail: Dobrý den, <<n>>, objednávka <<o>> byla doručena <<d>>. Kontakt: <<e>>, <<p>>. S pozdravem <<n2>>",
            "Je tohle podvod? „Dobrý den <<g>>, vaše zásilka <<tr>> čeká na doplatek. Zadejte kartu <<c>>.“"]),
    "hu": ("hu", ["HU"], ["HU"],
           [("placeholder_name", "Gipsz Jakab"), ("fictional_character", "Lúdas Matyi"), ("historical_figure", "Petőfi Sándor")],
           ["Szia! Segítesz üzenetet írni <<n>> részére? A száma <<p>>, a pénzt (<<pr>>) a <<i>> számlára kérem.",
            "Foglald össze: <<n>> (<<e>>) reklamálja a(z) <<o>> rendelést, visszahívást kér a <<p>> számon.",
            "Ez csalás? „Kedves <<g>>! Csomagja (<<tr>>) vámkezelésre vár. Fizessen a <<c>> kártyával.”"]),
    "ro": ("ro", ["RO"], ["RO"],
           [("fictional_character", "Păcală"), ("historical_figure", "Mihai Eminescu")],
           ["Salut! Mă ajuți să scriu un mesaj pentru <<n>>? Numărul e <<p>>, iar chiria (<<pr>>) se plătește în contul <<i>>.",
            "Rezumă: clientul <<n>> (<<e>>) cere rambursare pentru comanda <<o>> din <<d>>."]),
    "tr": ("tr", ["TR"], ["TR"],
           [("fictional_character", "Nasreddin Hoca"), ("historical_figure", "Mimar Sinan")],
           ["Merhaba, <<n>> için kısa bir mesaj yazar mısın? Numarası <<p>>, kira (<<pr>>) <<i>> IBAN'ına yatacak.",
            "Şu e-postayı özetle: Sayın <<n>>, <<o>> numaralı siparişiniz <<d>> tarihinde kargoya verildi. Sorularınız için <<e>> veya <<p>>.",
            "Bu dolandırıcılık mı? “<<g>> Bey, kartınız <<c>> bloke oldu, hemen <<p>> numarasını arayın.”"]),
    "ru": ("ru", ["RU"], [],
           [("placeholder_name", "Иван Иванов"), ("placeholder_name", "Иванов Иван Иванович"), ("fictional_character", "Евгений Онегин"),
            ("historical_figure", "Лев Толстой")],
           ["Привет! Помоги написать сообщение. Получатель: <<n>>, номер <<p>>, почта <<e>>. Нужно перенести встречу на <<d>>.",
            "Кратко перескажи: клиент <<n>> просит вернуть деньги на карту <<c>> по заказу <<o>>.",
            "Это мошенники? «<<g>>, ваша карта заблокирована, перезвоните по номеру <<p>>»"]),
    "uk": ("uk", ["UA"], ["UA"],
           [("fictional_character", "Котигорошко"), ("historical_figure", "Тарас Шевченко"), ("historical_figure", "Леся Українка")],
           ["Привіт! Допоможи написати повідомлення. Отримувач: <<n>>, номер <<p>>, гроші (<<pr>>) треба переказати на <<i>>.",
            "Підсумуй лист: Добрий день, <<n>>, ваше замовлення <<o>> відправлено <<d>>. Питання — на <<e>> або за телефоном <<p>>.",
            "Це шахраї? «<<g>>, підтвердіть картку <<c>> за посиланням»"]),
    "el": ("el", ["GR"], ["GR"],
           [("fictional_character", "Οδυσσέας"), ("historical_figure", "Σωκράτης")],
           ["Γεια! Μπορείς να γράψεις ένα μήνυμα για <<n>>; Το κινητό είναι <<p>> και το email <<e>>.",
            "Σύνοψη: ο πελάτης <<n>> ζητά επιστροφή χρημάτων στο <<i>> για την παραγγελία <<o>>.",
            "Είναι απάτη; «<<g>>, η κάρτα σας <<c>> μπλοκαρίστηκε. Καλέστε το <<p>>.»"]),
    "ar": ("ar", ["AE", "SA", "EG"], ["AE", "SA", "EG"],
           [("placeholder_name", "فلان الفلاني"), ("fictional_character", "جحا"), ("historical_figure", "ابن سينا")],
           ["مرحبا، ساعدني في كتابة رسالة إلى <<n>>. رقمه <<p>> وبريده <<e>>. الموعد يوم <<d>>.",
            "لخّص: العميل <<n>> يطلب استرداد المبلغ إلى الحساب <<i>> للطلب <<o>>.",
            "هل هذه رسالة احتيال؟ «عزيزي <<g>>، تم إيقاف بطاقتك <<c>>، اتصل على <<p>>»"]),
    "he": ("he", ["IL"], ["IL"],
           [("placeholder_name", "ישראל ישראלי"), ("historical_figure", "דוד בן-גוריון")],
           ["היי, תעזור לי לנסח הודעה ל<<n>>? המספר <<p>> והמייל <<e>>.",
            "סכם: הלקוח <<n>> מבקש החזר לחשבון <<i>> עבור הזמנה <<o>>.",
            "זו הונאה? „<<g>>, הכרטיס שלך <<c>> נחסם. התקשר ל-<<p>>.”"]),
    "hi": ("hi", ["IN"], [],
           [("historical_figure", "रबीन्द्रनाथ टैगोर"), ("fictional_character", "बीरबल")],
           ["नमस्ते! क्या आप <<n>> के लिए एक संदेश लिखने में मदद करेंगे? उनका नंबर <<p>> है और ईमेल <<e>>।",
            "सारांश दें: ग्राहक <<n>> ने ऑर्डर <<o>> के लिए रिफंड माँगा है, कार्ड <<c>> पर।",
            "क्या यह धोखाधड़ी है? “प्रिय <<g>>, आपका खाता बंद हो जाएगा, तुरंत <<p>> पर कॉल करें।”"]),
    "ta": ("ta", ["IN", "SG", "MY"], [],
           [("historical_figure", "திருவள்ளுவர்")],
           ["<<n>> அவர்களுக்கு ஒரு செய்தி எழுத உதவுங்கள். அவரது எண் <<p>>, மின்னஞ்சல் <<e>>.",
            "சுருக்கம்: வாடிக்கையாளர் <<n>> ஆர்டர் <<o>> க்கு பணத்தைத் திரும்பக் கேட்கிறார். தொலைபேசி <<p>>."]),
    "ja": ("ja", ["JP"], [],
           [("placeholder_name", "山田太郎"), ("placeholder_name", "山田花子"), ("fictional_character", "ドラえもん"),
            ("historical_figure", "坂本龍馬")],
           ["<<n>>さんに送るメールを丁寧に書き直してください。電話番号は<<p>>、メールは<<e>>です。",
            "要約してください：お客様<<n>>様より注文<<o>>の返金依頼。カード番号<<c>>に返金希望。",
            "これは詐欺ですか？「<<g>>様、お荷物<<tr>>の再配達は<<p>>までお電話ください」"]),
    "zh": ("zh", ["CN", "CN", "TW", "HK"], [],
           [("placeholder_name", "张三"), ("placeholder_name", "李四"), ("fictional_character", "孙悟空"), ("historical_figure", "李白")],
           ["帮我给<<n>>写一条微信，手机号是<<p>>，邮箱<<e>>，约在<<d>>见面。",
            "总结一下：客户<<n>>要求把订单<<o>>的退款退到银行卡<<c>>。",
            "这是诈骗吗？“<<g>>您好，您的快递<<tr>>异常，请拨打<<p>>处理。”"]),
    "ko": ("ko", ["KR"], [],
           [("placeholder_name", "홍길동"), ("historical_figure", "세종대왕"), ("historical_figure", "이순신")],
           ["<<n>>님에게 보낼 문자 좀 다듬어 줘. 번호는 <<p>>이고 이메일은 <<e>>야.",
            "요약해 줘: 고객 <<n>> 씨가 주문 <<o>> 환불을 카드 <<c>>로 요청함.",
            "이거 스미싱인가요? “<<g>>님, 택배 <<tr>> 주소 불일치. <<p>>로 연락 바랍니다.”"]),
    "th": ("th", ["TH"], [],
           [("historical_figure", "สุนทรภู่")],
           ["ช่วยเขียนข้อความถึงคุณ<<n>>หน่อย เบอร์ <<p>> อีเมล <<e>>",
            "สรุปให้หน่อย: ลูกค้า <<n>> ขอคืนเงินคำสั่งซื้อ <<o>> เข้าบัตร <<c>>",
            "นี่คือการหลอกลวงไหม “คุณ<<g>> พัสดุ <<tr>> ติดปัญหา โทร <<p>>”"]),
    "vi": ("vi", ["VN"], [],
           [("placeholder_name", "Nguyễn Văn A"), ("historical_figure", "Trần Hưng Đạo"), ("historical_figure", "Hồ Xuân Hương")],
           ["Giúp mình viết tin nhắn gửi <<n>> nhé. Số điện thoại: <<p>>, email: <<e>>, hẹn ngày <<d>>.",
            "Tóm tắt: khách hàng <<n>> yêu cầu hoàn tiền đơn <<o>> vào thẻ <<c>>.",
            "Đây có phải lừa đảo không? “Chào <<g>>, tài khoản của bạn bị khóa, gọi ngay <<p>>.”"]),
    "id": ("id", ["ID"], [],
           [("historical_figure", "Raden Ajeng Kartini"), ("fictional_character", "Si Kancil")],
           ["Halo, tolong bantu tulis pesan untuk <<n>>. Nomornya <<p>>, emailnya <<e>>. Janjian tanggal <<d>>.",
            "Ringkas: pelanggan <<n>> minta refund pesanan <<o>> ke kartu <<c>>.",
            "Apakah ini penipuan? “<<g>>, paket Anda <<tr>> tertahan. Hubungi <<p>>.”"]),
    "sw": ("sw", ["KE", "TZ"], [],
           [("historical_figure", "Julius Nyerere"), ("fictional_character", "Abunuwasi")],
           ["Habari! Nisaidie kuandika ujumbe kwa <<n>>. Namba yake ni <<p>> na barua pepe <<e>>.",
            "Fupisha: mteja <<n>> anaomba kurejeshewa pesa za oda <<o>>; simu <<p>>.",
            "Je, huu ni utapeli? “<<g>>, umeshinda zawadi! Tuma ada kwa <<p>>.”"]),
}


def lang_chat(c: C, lang: str) -> list:
    r = c.r
    cul, pccs, iccs, negs, frames = LANGS[lang]
    fr = r.choice(frames)

    def lp(mix: float = 0.0) -> tuple[It, It]:
        if c.n(mix):
            kind, nm = r.choice(negs)
            return L(kind, nm), L(kind, nm)
        p = c.person(cul=cul)
        return p.full, p.given

    n, g = lp()
    n2, _ = lp(0.2)
    slots = {
        "n": n, "g": g, "n2": n2,
        "p": c.phone(cc=r.choice(pccs), mix=0.1),
        "e": c.email(mix=0.15, cul=cul if cul in LATIN_CULTS else None),
        "i": c.iban(cc=r.choice(iccs), mix=0.15) if iccs else "",
        "c": c.card(mix=0.2),
        "o": c.la("order_number"), "d": c.la("date"), "t": c.la("time"), "pr": c.la("price"), "inv": c.la("invoice_number"),
        "tr": c.la("tracking_number"), "tf": c.la("toll_free"), "mc": c.la("masked_card"),
    }
    used = _SLOT.findall(fr)
    return F(fr, **{k: slots[k] for k in used})


for _lang in LANGS:
    TEMPLATES.append((f"chat_{_lang}", (lambda lg: (lambda c: lang_chat(c, lg)))(_lang), 0.0, "mix"))

LANG_OF = {f"chat_{k}": k for k in LANGS}


# ----------------------------------------------------------------------------------------------------------
# assembly

PNEG = 0.28
PER_LANG = {"de": 14, "fr": 13, "es": 13, "it": 12, "pt": 12, "nl": 12, "sv": 12, "da": 9, "no": 8, "fi": 12, "pl": 12,
            "cs": 12, "hu": 11, "ro": 9, "tr": 12, "ru": 12, "uk": 12, "el": 11, "ar": 12, "he": 11, "hi": 11, "ta": 8,
            "ja": 13, "zh": 13, "ko": 13, "th": 11, "vi": 12, "id": 11, "sw": 11}


def build() -> list[dict]:
    r = random.Random(SEED)
    by_name = {name: (fn, w, mode) for name, fn, w, mode in TEMPLATES}
    plan: list[str] = []
    for lang in LANGS:
        plan += [f"chat_{lang}"] * PER_LANG[lang]
    eng = [(name, w) for name, _, w, _ in TEMPLATES if not name.startswith("chat_")]
    while len(plan) < N_TEXTS:
        plan.append(wpick(r, eng))
    r.shuffle(plan)
    out: list[dict] = []
    seen: set[str] = set()
    for name in plan:
        fn, _, mode = by_name[name]
        for _attempt in range(200):
            neg = mode == "neg" or r.random() < PNEG
            c = C(r, neg)
            text, spans, looks = render(fn(c))  # type: ignore[operator]
            if not neg and not spans:
                continue
            if text in seen:
                continue
            break
        else:
            raise RuntimeError(name)
        seen.add(text)
        out.append({"id": f"heldout20-{len(out) + 1:04d}", "template": name, "text": text, "spans": spans,
                    "lookalikes": looks})
    return out


# ----------------------------------------------------------------------------------------------------------
# validation and statistics


def card_net(d: str) -> str:
    if d[0] == "4":
        return "visa"
    if d[:2] in ("34", "37"):
        return "amex"
    if d[:4] in ("6759", "6761", "5018", "5020", "5038", "6304"):
        return "maestro"
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return "mastercard"
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return "discover"
    if 3528 <= int(d[:4]) <= 3589:
        return "jcb"
    if d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305:
        return "diners"
    if d[:2] == "62":
        return "unionpay"
    return "other"


KEY_PREFIXES = [("sk-ant-", "anthropic"), ("sk-", "openai"), ("AKIA", "aws_key_id"), ("ASIA", "aws_key_id"),
                ("github_pat_", "github"), ("gh", "github"), ("glpat-", "gitlab"), ("sk_live_", "stripe"),
                ("rk_live_", "stripe"), ("sk_test_", "stripe_test"), ("rk_test_", "stripe_test"), ("whsec_", "stripe_whsec"),
                ("xox", "slack"), ("xapp-", "slack"), ("AIza", "google"), ("GOCSPX-", "google_oauth"), ("hf_", "huggingface"),
                ("SG.", "sendgrid"), ("npm_", "npm"), ("pypi-", "pypi"), ("shp", "shopify"), ("dop_v1_", "digitalocean"),
                ("gsk_", "groq"), ("r8_", "replicate"), ("lin_api_", "linear"), ("PMAK-", "postman"), ("key-", "mailgun"),
                ("eyJ", "jwt"), ("sq0atp-", "square"), ("dp.st.", "doppler")]


def key_family(v: str, text: str, start: int) -> str:
    for p, f in KEY_PREFIXES:
        if v.startswith(p):
            return f
    if re.fullmatch(r"SK[0-9a-f]{32}", v):
        return "twilio"
    if re.fullmatch(r"\d{9,10}:AA[\w-]{33}", v):
        return "telegram"
    ctx = text[max(0, start - 40):start]
    if "AccountKey=" in ctx:
        return "azure_storage"
    if "api_key:" in ctx:
        return "datadog"
    if "secret_key" in ctx:
        return "aws_secret"
    return "other"


def script_of(s: str) -> str:
    for ch in s:
        if not ch.isalpha():
            continue
        n = unicodedata.name(ch, "")
        for k in ("CYRILLIC", "GREEK", "ARABIC", "HEBREW", "DEVANAGARI", "TAMIL", "HANGUL", "THAI"):
            if n.startswith(k):
                return k
        if n.startswith("CJK") or n.startswith("HIRAGANA") or n.startswith("KATAKANA"):
            return "CJK/kana"
        return "LATIN"
    return "?"


def validate(rows_: list[dict]) -> None:
    texts = set()
    for row in rows_:
        t = row["text"]
        assert t not in texts, row["id"]
        texts.add(t)
        anns = [(a["start"], a["end"]) for a in row["spans"] + row["lookalikes"]]
        for a in row["spans"] + row["lookalikes"]:
            assert t[a["start"]:a["end"]] == a["text"], (row["id"], a)
            assert a["text"] == a["text"].strip() and a["text"], (row["id"], a)
        anns.sort()
        for (s1, e1), (s2, e2) in zip(anns, anns[1:]):
            assert e1 <= s2, (row["id"], s1, e1, s2, e2)
        for a in row["spans"]:
            v = a["text"]
            if a["type"] == "CREDIT_CARD":
                d = re.sub(r"[ -]", "", v)
                assert d.isdigit() and luhn_ok(d) and card_net(d) != "other", v
                assert v not in TEST_CARDS and d not in [x.replace(" ", "") for x in TEST_CARDS], v
            elif a["type"] == "IBAN_CODE":
                assert iban_valid(v), v
                assert v not in EXAMPLE_IBANS and v.replace(" ", "") not in [x.replace(" ", "") for x in EXAMPLE_IBANS], v
            elif a["type"] == "US_SSN":
                assert ssn_valid(v) and v not in SSN_PLACEHOLDERS, v
            elif a["type"] == "IP_ADDRESS":
                assert not v.startswith(("10.", "192.168.", "127.", "0.", "192.0.2.", "198.51.100.", "203.0.113.", "2001:db8", "fd", "fe80")), v
            elif a["type"] == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}", v), v
                assert v.split("@")[1] not in RESERVED and v.split("@")[0] not in ROLE_LOCAL, v
            elif a["type"] == "PHONE_NUMBER":
                assert not re.match(r"(\+1[ -]|1-)?\(?\d{3}\)?[ .-]555[ .-]", v), v
            elif a["type"] == "API_KEY":
                assert "EXAMPLE" not in v and v != "sk_test_4eC39HqLyjWDarjtT1zdp7dc", v
        for a in row["lookalikes"]:
            v = a["text"]
            if a["kind"] == "invalid_iban":
                assert not iban_valid(v), v
            elif a["kind"] in ("invalid_ssn",):
                assert not ssn_valid(v), v
            elif a["kind"] == "non_luhn_digits":
                assert not luhn_ok(v), v
            elif a["kind"] == "test_card":
                assert luhn_ok(v), v


def stats(rows_: list[dict]) -> dict:
    from collections import Counter

    st: dict = {}
    st["texts"] = len(rows_)
    st["texts_without_span"] = sum(1 for x in rows_ if not x["spans"])
    st["texts_with_lookalike"] = sum(1 for x in rows_ if x["lookalikes"])
    st["spans"] = sum(len(x["spans"]) for x in rows_)
    st["lookalikes"] = sum(len(x["lookalikes"]) for x in rows_)
    st["spans_per_type"] = dict(sorted(Counter(a["type"] for x in rows_ for a in x["spans"]).items()))
    st["lookalikes_per_kind"] = dict(sorted(Counter(a["kind"] for x in rows_ for a in x["lookalikes"]).items()))
    st["templates"] = dict(sorted(Counter(x["template"] for x in rows_).items()))
    st["languages"] = dict(sorted(Counter(LANG_OF.get(x["template"], "en") for x in rows_).items()))
    sp = [(x, a) for x in rows_ for a in x["spans"]]
    st["person_scripts"] = dict(Counter(script_of(a["text"]) for _, a in sp if a["type"] == "PERSON").most_common())
    st["ip_v4_v6"] = [sum(1 for _, a in sp if a["type"] == "IP_ADDRESS" and ":" not in a["text"]),
                      sum(1 for _, a in sp if a["type"] == "IP_ADDRESS" and ":" in a["text"])]
    ib = [a["text"] for _, a in sp if a["type"] == "IBAN_CODE"]
    st["iban_spaced_compact"] = [sum(1 for v in ib if " " in v), sum(1 for v in ib if " " not in v)]
    st["iban_countries"] = dict(sorted(Counter(v[:2] for v in ib).items()))
    cards = [re.sub(r"\D", "", a["text"]) for _, a in sp if a["type"] == "CREDIT_CARD"]
    st["card_networks"] = dict(Counter(card_net(d) for d in cards).most_common())
    st["card_lengths"] = dict(sorted(Counter(len(d) for d in cards).items()))
    ss = [a["text"] for _, a in sp if a["type"] == "US_SSN"]
    st["ssn_formats"] = {"dashed": sum("-" in v for v in ss), "spaced": sum(" " in v for v in ss),
                         "compact": sum(v.isdigit() for v in ss)}
    st["api_key_families"] = dict(Counter(key_family(a["text"], x["text"], a["start"]) for x, a in sp
                                          if a["type"] == "API_KEY").most_common())
    ph = [a["text"] for _, a in sp if a["type"] == "PHONE_NUMBER"]
    st["phone_intl_national"] = [sum(v.startswith("+") for v in ph), sum(not v.startswith("+") for v in ph)]
    lens = sorted(len(x["text"]) for x in rows_)
    st["text_len_min_median_max"] = [lens[0], lens[len(lens) // 2], lens[-1]]
    st["multiline_texts"] = sum(1 for x in rows_ if "\n" in x["text"])
    return st


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "eval_heldout20.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    data = build()
    validate(data)
    blob = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in data).encode("utf-8")
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(blob)
    print(f"wrote {len(data)} texts to {out} sha256 {hashlib.sha256(blob).hexdigest()}", file=sys.stderr)
    if a.stats:
        print(json.dumps(stats(data), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
