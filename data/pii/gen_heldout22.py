#!/usr/bin/env python3
"""Blind held-out PII evaluation set #22 generator. Standard library only, deterministic."""
import argparse, hashlib, json, os, random, re, string, sys, unicodedata

SEED = 220022
N_ROWS = 1300
R = random.Random(SEED)
ch = lambda xs: xs[R.randrange(len(xs))]
DIG = string.digits
UP = string.ascii_uppercase
AL = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
def rs(alpha, n): return "".join(alpha[R.randrange(len(alpha))] for _ in range(n))

# ---------------------------------------------------------------- names
LATIN = {
 "en": (["James","Olivia","Michael","Emily","Daniel","Sarah","Ryan","Megan","Tyler","Hannah","Connor","Brianna"],
        ["Thompson","Walker","Harris","Mitchell","Brooks","Sullivan","O'Connor","Fitzgerald","Reynolds","Hayes","Carter","Bennett"]),
 "de": (["Lukas","Anna","Jörg","Katharina","Matthias","Sabine","Felix","Ute"],
        ["Müller","Schäfer","Weißmann","Hoffmann","Krüger","Becker","von Bülow","Schmidt-Ott"]),
 "fr": (["Camille","Théo","Élodie","Mathieu","Inès","Julien","Margaux","Benoît"],
        ["Dubois","Lefèvre","Moreau","de Villeneuve","Girard","Rousseau","Fontaine","Le Gall"]),
 "es": (["Alejandro","Lucía","Javier","María José","Carmen","Diego","Valentina","Sergio"],
        ["García López","de la Fuente","Fernández","Ruiz","Morales","del Río","Jiménez","Navarro"]),
 "nl": (["Jan","Sanne","Pieter","Femke","Daan","Lotte"],["van der Berg","de Vries","Jansen","van Dijk","Bakker","Visser"]),
 "it": (["Giulia","Marco","Francesca","Alessandro","Chiara","Lorenzo"],["Rossi","Esposito","Bianchi","Romano","De Luca","Colombo"]),
 "pt": (["João","Ana Beatriz","Rafael","Mariana","Thiago","Larissa"],["da Silva","Oliveira","Santos","Pereira","Costa","dos Santos"]),
 "pl": (["Katarzyna","Piotr","Agnieszka","Tomasz","Małgorzata","Paweł"],["Kowalski","Nowak","Wiśniewska","Wójcik","Zielińska","Lewandowski"]),
 "tr": (["Ayşe","Mehmet","Elif","Emre","Zeynep","Burak"],["Yılmaz","Kaya","Demir","Şahin","Çelik","Öztürk"]),
 "ng": (["Chinedu","Ngozi","Oluwaseun","Adaeze","Emeka","Folake"],["Okafor","Adeyemi","Nwosu","Balogun","Eze","Ogunleye"]),
 "in": (["Priya","Arjun","Ananya","Rohan","Kavya","Vikram"],["Sharma","Iyer","Reddy","Banerjee","Nair","Chatterjee"]),
 "cn": (["Wei","Xiaoming","Li Na","Jun","Mei","Hao"],["Zhang","Wang","Liu","Chen","Huang","Zhou"]),
 "jp": (["Haruto","Yui","Sota","Aoi","Ren","Hina"],["Sato","Suzuki","Takahashi","Tanaka","Watanabe","Ito"]),
 "kr": (["Min-jun","Seo-yeon","Ji-hoon","Su-bin","Do-hyun","Ye-rin"],["Kim","Lee","Park","Choi","Jung","Kang"]),
 "ar": (["Omar","Layla","Youssef","Fatima","Khalid","Amira"],["Al-Hashimi","Haddad","El-Sayed","Mansour","bin Rashid","Nasser"]),
 "ie": (["Siobhán","Ciarán","Niamh","Eoghan"],["O'Sullivan","McCarthy","Ó Briain","MacLeod"]),
 "nord": (["Linnea","Erik","Astrid","Mikkel","Sigrid","Johan"],["Johansson","Lindqvist","Haugen","Nørgaard","Virtanen","Korhonen"]),
 "ru": (["Dmitri","Natalia","Sergei","Yekaterina"],["Ivanov","Volkova","Smirnov","Kuznetsova"]),
 "gr": (["Giorgos","Eleni","Nikos"],["Papadopoulos","Nikolaou","Georgiou"]),
 "hu": (["Zsófia","Bence","Réka"],["Nagy","Kovács","Szabó"]),
 "ke": (["Wanjiru","Otieno","Achieng","Kamau"],["Mwangi","Odhiambo","Kariuki","Njoroge"]),
 "cz": (["Jan","Petra","Tomáš","Lucie"],["Novák","Svobodová","Dvořák","Černá"]),
 "ro": (["Andrei","Ioana","Mihai","Elena"],["Popescu","Ionescu","Dumitrescu","Stoica"]),
 "id": (["Budi","Siti","Agus","Dewi","Rizky"],["Santoso","Rahayu","Setiawan","Lestari","Pratama"]),
}
# full names written natively (family-first where customary); (display, first, latin handle)
NATIVE = {
 "ru": [("Иван Петров","Иван","ivan.petrov"),("Ольга Смирнова","Ольга","olga.smirnova"),("Дмитрий Кузнецов","Дмитрий","d.kuznetsov"),("Наталья Иванова","Наталья","n.ivanova"),("Сергей Волков","Сергей","svolkov"),("Екатерина Соколова","Екатерина","katya.sokolova"),("Алексей Морозов","Алексей","a.morozov")],
 "uk": [("Олена Шевченко","Олена","olena.shevchenko"),("Андрій Коваленко","Андрій","andrii.kovalenko"),("Тарас Бондаренко","Тарас","taras.b"),("Ірина Ткаченко","Ірина","iryna.tkachenko"),("Богдан Мельник","Богдан","bohdan.melnyk"),("Оксана Кравчук","Оксана","oksana.k")],
 "ar": [("محمد العتيبي","محمد","m.alotaibi"),("فاطمة الزهراء","فاطمة","fatima.z"),("أحمد منصور","أحمد","ahmed.mansour"),("ليلى حداد","ليلى","layla.haddad"),("يوسف الشمري","يوسف","y.alshammari"),("نور الهدى سالم","نور الهدى","noor.salem")],
 "he": [("יוסי כהן","יוסי","yossi.cohen"),("מיכל לוי","מיכל","michal.levi"),("דניאל מזרחי","דניאל","d.mizrahi"),("נועה פרץ","נועה","noa.peretz"),("אבי ביטון","אבי","avi.biton"),("שירה אברהם","שירה","shira.a")],
 "hi": [("राहुल शर्मा","राहुल","rahul.sharma"),("प्रिया वर्मा","प्रिया","priya.verma"),("अमित पटेल","अमित","amit.patel"),("सुनीता यादव","सुनीता","sunita.yadav"),("विकास गुप्ता","विकास","vikas.gupta"),("नेहा सिंह","नेहा","neha.singh")],
 "zh": [("王伟","伟","wang.wei"),("李娜","娜","lina"),("张敏","敏","zhangmin"),("刘洋","洋","liu.yang"),("陈静","静","chenjing"),("杨磊","磊","yang.lei"),("黄志强","志强","zq.huang"),("欧阳娜娜","娜娜","ouyang.nn")],
 "ja": [("佐藤 健","健","k.sato"),("鈴木花子","花子","hanako.suzuki"),("高橋 翔","翔","sho.takahashi"),("田中美咲","美咲","misaki.tanaka"),("渡辺 大輔","大輔","d.watanabe"),("山本さくら","さくら","sakura.y")],
 "ko": [("김민준","민준","minjun.kim"),("이서연","서연","seoyeon.lee"),("박지훈","지훈","jihoon.park"),("최수빈","수빈","subin.choi"),("정예린","예린","yerin.jung"),("강도현","도현","dohyun.kang")],
 "el": [("Γιώργος Παπαδόπουλος","Γιώργος","g.papadopoulos"),("Μαρία Νικολάου","Μαρία","maria.nikolaou"),("Κώστας Γεωργίου","Κώστας","kgeorgiou"),("Ελένη Δημητρίου","Ελένη","eleni.d")],
 "th": [("สมชาย ใจดี","สมชาย","somchai.j"),("สุดา วงศ์ไทย","สุดา","suda.w"),("ประยุทธ์ ศรีสุข","ประยุทธ์","prayut.s"),("นภา แก้วมณี","นภา","napa.k")],
 "vi": [("Nguyễn Thị Lan","Lan","lan.nguyen"),("Trần Minh Đức","Đức","duc.tran"),("Lê Hoàng Nam","Nam","nam.le"),("Phạm Thu Hà","Hà","ha.pham"),("Võ Thanh Tùng","Tùng","tung.vo")],
}
LANG_ORIGINS = {"en": list(LATIN.keys()), "de": ["de","de","tr","pl"], "fr": ["fr","fr","ar","ng"], "es": ["es"], "it": ["it"],
  "pt": ["pt"], "nl": ["nl","nl","tr"], "pl": ["pl"], "sv": ["nord"], "da": ["nord"], "tr": ["tr"], "cs": ["cz"], "ro": ["ro"],
  "id": ["id"], "fi": ["nord"], "hu": ["hu"]}
FAMOUS = ["Albert Einstein","Marie Curie","Isaac Newton","Ada Lovelace","Alan Turing","Napoleon Bonaparte","William Shakespeare",
          "Leonardo da Vinci","Frida Kahlo","Nelson Mandela","Charles Darwin","Grace Hopper","Johann Sebastian Bach","Cleopatra"]
DOES = ["John Doe","Jane Doe","Max Mustermann","Erika Mustermann","John Smith"]

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ø","o").replace("ß","ss").replace("ł","l").replace("ı","i").replace("Ø","O").replace("Ł","L")
    return re.sub(r"[^a-z]", "", s.lower())

class Person:
    def __init__(self, lang):
        if lang in NATIVE:
            full, first, handle = ch(NATIVE[lang]); self.full, self.first, self.last = full, first, full
            self.handle = handle
        else:
            f, l = LATIN[ch(LANG_ORIGINS.get(lang, ["en"]))]
            self.first, self.last = ch(f), ch(l)
            self.full = self.first + " " + self.last
            fa, la = fold(self.first), fold(self.last)
            self.handle = ch([fa + "." + la, fa[0] + la, fa + la[:1], fa + "_" + la, la + "." + fa, fa + str(R.randint(1, 99))])

# ---------------------------------------------------------------- emails
FREE = ["gmail.com","outlook.com","yahoo.co.uk","hotmail.fr","web.de","gmx.at","proton.me","icloud.com","mail.ru","yandex.ru","qq.com",
        "163.com","naver.com","libero.it","wp.pl","uol.com.br","seznam.cz","orange.fr","t-online.de","rediffmail.com"]
CORP = ["brightlane.io","kestrel-logistics.com","nordvik.no","harbourpoint.co.uk","quantaflow.ai","verdantbank.de","mercato-sud.it",
        "fjordsoft.se","altamira-seguros.es","polarisdental.com","oakridge-law.com","tidewater.nl","sunpeak.com.au","lumen-health.org"]
def email_for(p):
    return p.handle + "@" + ch(FREE + CORP)
def xemail():
    return ch(["user@example.com","jane.doe@example.org","test@example.net","alice@example.com","noreply@"+ch(CORP),"support@"+ch(CORP),
               "info@"+ch(CORP),"admin@localhost","someone@test.invalid","billing@"+ch(CORP),"postmaster@"+ch(CORP)])

# ---------------------------------------------------------------- phones
PH = [  # cc, trunk, leading options, group sizes of NSN
 ("44","0",["7911","7700","7481","7398"],[4,6]), ("44","0",["20"],[2,4,4]), ("49","0",["151","160","176","172"],[3,8]),
 ("49","0",["30","89","40"],[2,8]), ("33","0",["6","7"],[1,2,2,2,2]), ("34","",["6"],[3,3,3]), ("39","",["3"],[3,3,4]),
 ("31","0",["6"],[1,8]), ("32","0",["47","49"],[3,2,2,2]), ("41","0",["78","79"],[2,3,2,2]), ("43","0",["664","650"],[3,7]),
 ("46","0",["70","73"],[2,3,2,2]), ("47","",["4","9"],[3,2,3]), ("45","",["2","5"],[2,2,2,2]), ("358","0",["40","50"],[2,3,4]),
 ("48","",["5","6","7"],[3,3,3]), ("420","",["6","7"],[3,3,3]), ("351","",["91","93","96"],[3,3,3]), ("353","0",["85","87"],[2,3,4]),
 ("55","0",["119","219"],[2,5,4]), ("52","",["55","33"],[2,4,4]), ("91","0",["98","97","70"],[5,5]), ("86","",["13","15","18"],[3,4,4]),
 ("81","0",["90","80"],[2,4,4]), ("82","0",["10"],[2,4,4]), ("61","0",["4"],[3,3,3]), ("64","0",["21"],[2,3,4]), ("65","",["9","8"],[4,4]),
 ("27","0",["82","83"],[2,3,4]), ("234","0",["80","81"],[3,3,4]), ("254","0",["7"],[3,6]), ("90","0",["5"],[3,3,2,2]),
 ("7","8",["9"],[3,3,2,2]), ("380","0",["67","50"],[2,3,2,2]), ("971","0",["5"],[2,3,4]), ("966","0",["5"],[2,3,4]),
 ("972","0",["5"],[2,3,4]), ("20","0",["10","11"],[2,4,4]), ("62","0",["81"],[3,4,4]), ("63","0",["9"],[3,3,4]),
 ("84","0",["9"],[2,3,2,2]), ("66","0",["8"],[2,3,4]), ("30","",["69"],[3,3,4]), ("36","06",["30","20"],[2,3,4]), ("40","0",["7"],[3,3,3]),
]
def nanp(ident=True):
    a = str(R.randint(2, 9)) + rs(DIG, 2)
    if a[1:] == "55": a = a[0] + "56"
    if ident:
        e = str(R.randint(2, 9)) + rs(DIG, 2)
        if e == "555": e = "556"
        s = rs(DIG, 4)
    else:
        e, s = "555", "01" + rs(DIG, 2)
    return ch(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "+1-%s-%s-%s", "%s.%s.%s", "+1 (%s) %s-%s", "1-%s-%s-%s"]) % (a, e, s) if True else ""
LANG_CC = {"de": "49", "fr": "33", "es": "34", "it": "39", "pt": "351", "nl": "31", "pl": "48", "sv": "46", "da": "45", "tr": "90", "ru": "7",
  "uk": "380", "ar": "966", "he": "972", "hi": "91", "zh": "86", "ja": "81", "ko": "82", "vi": "84", "id": "62", "el": "30", "cs": "420",
  "ro": "40", "th": "66", "fi": "358", "hu": "36"}
CUR_LANG = ["en"]
def phone():
    r = R.random()
    lang = CUR_LANG[0]
    if lang == "en" and r < 0.2: return ("PHONE_NUMBER", nanp(True), True)
    if lang != "en" and r < 0.7:
        cc, trunk, lead, groups = ch([x for x in PH if x[0] == LANG_CC[lang]])
    else:
        cc, trunk, lead, groups = ch(PH)
    nsn = ch(lead); nsn += rs(DIG, sum(groups) - len(nsn))
    if cc == "44" and nsn.startswith("7700"): nsn = "7700" + str(R.randint(1, 8)) + nsn[5:]  # keep out of drama range
    if cc == "44" and nsn.startswith("207946"): nsn = "2079" + "5" + nsn[5:]
    gs, i = [], 0
    for g in groups: gs.append(nsn[i:i + g]); i += g
    f = R.randrange(9)
    if trunk == "" and f in (4, 5, 6): f = ch([0, 8, 8])
    if cc == "7" and f < 3: return ("PHONE_NUMBER", "8 (%s) %s-%s-%s" % tuple(gs), True)
    if cc == "55" and f < 3: return ("PHONE_NUMBER", "+55 (%s) %s-%s" % tuple(gs), True)
    if f == 0: s = "+" + cc + " " + " ".join(gs)
    elif f == 1: s = "+" + cc + "-" + "-".join(gs)
    elif f == 2: s = "+" + cc + nsn
    elif f == 3: s = "00" + cc + " " + " ".join(gs)
    elif f == 4 and trunk == "0": s = "+" + cc + " (0)" + " ".join(gs)
    elif f == 5: s = "(" + trunk + gs[0] + ") " + " ".join(gs[1:])
    elif f == 6: s = trunk + gs[0] + "-" + "".join(gs[1:])
    elif f == 7: s = trunk + ".".join(gs) if len(gs) > 2 else trunk + " ".join(gs)
    else: s = (trunk + " " if trunk == "8" else trunk) + " ".join(gs)
    return ("PHONE_NUMBER", s, True)
def xphone():
    r = R.random()
    if r < 0.5: return ("PHONE_NUMBER", nanp(False), False)
    if r < 0.75: return ("PHONE_NUMBER", ch(["07700 900", "+44 7700 900", "+44 (0)7700 900"]) + "%03d" % R.randint(0, 999), False)
    return ("PHONE_NUMBER", ch(["020 7946 0", "+44 20 7946 0"]) + "%03d" % R.randint(0, 999), False)

# ---------------------------------------------------------------- cards
def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2: v = v * 2 - 9 if v > 4 else v * 2
        t += v
    return t % 10 == 0
def luhn_complete(p, n):
    d = p + rs(DIG, n - len(p) - 1)
    for c in DIG:
        if luhn_ok(d + c): return d + c
def fmt_card(d, sep=None):
    if sep is None: sep = ch([" ", "-", "", " ", ""])
    if len(d) == 15: return d[:4] + sep + d[4:10] + sep + d[10:]
    if len(d) == 14: return d[:4] + sep + d[4:10] + sep + d[10:]
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))
CARD_PFX = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16),
            ("3528", 16), ("3589", 16), ("36", 14), ("62", 16), ("62", 19), ("4", 13)]
def card():
    p, n = ch(CARD_PFX); return ("CREDIT_CARD", fmt_card(luhn_complete(p, n)), True)
TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "6011111111111117", "4000056655665556",
              "5105105105105100", "371449635398431", "4012888888881881", "3530111333300000"]
def xcard(): return ("CREDIT_CARD", fmt_card(ch(TEST_CARDS)), False)
def badcard():
    p, n = ch(CARD_PFX); d = luhn_complete(p, n)
    d = d[:-1] + str((int(d[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(d); return ("card_like_bad_luhn", fmt_card(d))

# ---------------------------------------------------------------- IBAN
IBS = {"DE": "8n10n", "GB": "4a14n", "FR": "10n11n2n", "ES": "20n", "IT": "1a10n12n", "NL": "4a10n", "BE": "12n", "CH": "5n12n",
       "AT": "16n", "PL": "24n", "PT": "21n", "SE": "20n", "DK": "14n", "FI": "14n", "NO": "11n", "IE": "4a14n", "LU": "3n13c",
       "CZ": "20n", "RO": "4a16c", "TR": "5n1z16n", "SA": "2n18c", "AE": "19n", "HU": "24n", "GR": "7n16c", "HR": "17n", "LT": "16n", "BG": "4a6n8c"}
def iban_num(s): return int("".join(str(int(c, 36)) for c in s))
def iban_valid(ib):
    ib = ib.replace(" ", ""); return iban_num(ib[4:] + ib[:4]) % 97 == 1
def make_bban(pat):
    out = ""
    for n, k in re.findall(r"(\d+)([anzc])", pat):
        n = int(n); out += {"a": lambda: rs(UP, n), "n": lambda: rs(DIG, n), "z": lambda: "0" * n, "c": lambda: rs(UP + DIG * 3, n)}[k]()
    return out
def fmt_iban(ib):
    return ch([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))])
def iban_raw(cc=None):
    cc = cc or ch(list(IBS.keys())); b = make_bban(IBS[cc])
    ck = 98 - iban_num(b + cc + "00") % 97
    ib = cc + "%02d" % ck + b; assert iban_valid(ib); return ib
def iban(cc=None): return ("IBAN_CODE", fmt_iban(iban_raw(cc)), True)
EX_IBANS = ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300",
            "CH9300762011623852957", "ES9121000418450200051332", "BE68539007547034", "GB29NWBK60161331926819", "IT60X0542811101000000123456"]
for _x in EX_IBANS: assert iban_valid(_x), _x
def xiban(): return ("IBAN_CODE", fmt_iban(ch(EX_IBANS)), False)
def badiban():
    ib = iban_raw(); ck = int(ib[2:4]); ib2 = ib[:2] + "%02d" % ((ck + R.randint(1, 50)) % 97 + 2 if False else (ck + R.randint(1, 40)) % 100) + ib[4:]
    if iban_valid(ib2): ib2 = ib[:-1] + str((int(ib[-1]) + 1) % 10) if ib[-1].isdigit() else ib[:-1] + "0"
    if iban_valid(ib2): ib2 = ib2[:4] + "0" + ib2[5:] if ib2[4] != "0" else ib2[:4] + "1" + ib2[5:]
    assert not iban_valid(ib2); return ("iban_bad_checksum", fmt_iban(ib2))

# ---------------------------------------------------------------- SSN
def ssn_parts():
    a = R.randint(1, 899)
    while a == 666: a = R.randint(1, 899)
    return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)
def ssn():
    a, g, s = ssn_parts(); return ("US_SSN", ch(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s"]) % (a, g, s), True)
def xssn(): return ("US_SSN", ch(["078-05-1120", "219-09-9999"]), False)
def badssn():
    a, g, s = ssn_parts(); k = R.randrange(4)
    if k == 0: a = "000"
    elif k == 1: a = "666"
    elif k == 2: a = str(R.randint(900, 999))
    else: g = "00"
    return ("ssn_invalid", "%s-%s-%s" % (a, g, s))

# ---------------------------------------------------------------- IP
def pub4():
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224): continue
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
def pub6():
    pre = ch(["2a02", "2600", "2a01", "2001:4860" if False else "2607", "2403", "2c0f", "2804", "2a00"])
    gs = [pre] + ["%x" % R.randint(0, 0xffff) for _ in range(7)]
    k = R.randrange(5)
    if k == 4: return "::ffff:" + pub4()
    if k == 0: return ":".join(gs)
    if k == 1: return ":".join(gs[:3]) + "::" + ":".join(gs[6:])
    if k == 2: return ":".join(g.zfill(4) for g in gs)
    return ":".join(gs[:4]) + "::" + gs[7]
def ip4(): return ("IP_ADDRESS", pub4(), True)
def ip6(): return ("IP_ADDRESS", pub6(), True)
def ipany(): return ip4() if R.random() < 0.7 else ip6()
def xip():
    return ("IP_ADDRESS", ch(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "192.168.%d.%d" % (R.randint(0, 20), R.randint(1, 254)),
        "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)), "127.0.0.1", "0.0.0.0", "192.0.2.%d" % R.randint(1, 254),
        "198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254), "2001:db8::%x" % R.randint(1, 0xffff), "::1",
        "fe80::%x:%x:%x:%x" % tuple(R.randint(0, 0xffff) for _ in range(4)), "169.254.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "2001:db8:85a3::8a2e:370:7334"]), False)
def badip():
    k = R.randrange(3)
    if k == 0: return ("ip_out_of_range", "%d.%d.%d.%d" % (R.randint(256, 999), R.randint(0, 255), R.randint(0, 300), R.randint(0, 255)))
    if k == 1: return ("oid", "1.3.6.1.4.1.%d.%d" % (R.randint(100, 60000), R.randint(1, 20)))
    return ("section_number", "%d.%d.%d" % (R.randint(1, 12), R.randint(1, 9), R.randint(1, 20)))

# ---------------------------------------------------------------- keys
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
def b64u(n): return rs(B64U, n)
def jwt():
    h = ch(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsImtpZCI6Ij", "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9"])
    return h + "." + "eyJ" + b64u(R.randint(60, 140)) + "." + b64u(43)
def pem():
    kind = ch(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = ["MII" + rs(B64, 61)] + [rs(B64, 64) for _ in range(R.randint(2, 5))] + [rs(B64, R.randint(10, 60)) + "=="]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)
KEYGENS = {
 "aws_id": lambda: "AKIA" + rs(UP + "234567", 16), "aws_secret": lambda: rs(B64, 40),
 "github": lambda: "ghp_" + rs(AL, 36), "github_pat": lambda: "github_pat_" + rs(UP + DIG, 22) + "_" + rs(AL, 59),
 "gitlab": lambda: "glpat-" + rs(AL + "-_", 20), "stripe": lambda: ch(["sk_live_", "rk_live_"]) + rs(AL, R.choice([24, 48, 99])),
 "stripe_whsec": lambda: "whsec_" + rs(AL, 32), "slack": lambda: ch(["xoxb-", "xoxp-"]) + rs(DIG, 12) + "-" + rs(DIG, 13) + "-" + rs(AL, 24),
 "openai": lambda: "sk-proj-" + rs(AL + "-_", 74) + "T3BlbkFJ" + rs(AL + "-_", 74), "openai_old": lambda: "sk-" + rs(AL, 48),
 "anthropic": lambda: "sk-ant-api03-" + rs(AL + "-_", 93) + "AA", "google": lambda: "AIza" + rs(AL + "-_", 35),
 "sendgrid": lambda: "SG." + rs(AL + "-_", 22) + "." + rs(AL + "-_", 43), "twilio": lambda: "SK" + rs(HEX, 32),
 "mailgun": lambda: "key-" + rs(HEX, 32), "npm": lambda: "npm_" + rs(AL, 36), "hf": lambda: "hf_" + rs(AL, 34),
 "shopify": lambda: "shpat_" + rs(HEX, 32), "azure": lambda: rs(B64, 86) + "==", "jwt": jwt,
 "datadog": lambda: rs(HEX, 32), "telegram": lambda: str(R.randint(100000000, 7999999999)) + ":AA" + rs(AL + "-_", 33),
 "discord": lambda: "M" + rs(AL, 25) + "." + rs(AL + "-_", 6) + "." + rs(AL + "-_", 38), "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(AL + "-_", 60),
 "doppler": lambda: "dp.st.prd." + rs(AL, 43), "vault": lambda: "hvs." + rs(AL, 24),
}
def key(kind=None):
    kind = kind or ch([k for k in KEYGENS if k not in ("aws_secret", "azure", "datadog")]); return ("API_KEY", KEYGENS[kind](), True)
def pwd():
    return ("API_KEY", ch([rs(AL, R.randint(10, 20)), rs(AL + "!#%&*?", R.randint(12, 24)), ch(["Summer", "Falcon", "Blue", "Tiger", "Orion"]) + rs(DIG, 4) + ch(["!", "#", "$", "?"]), rs(AL, 6) + "-" + rs(AL, 6) + "-" + rs(AL, 6)]), True)
XKEYS = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
         "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xoxb-0000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX", "sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXX",
         "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"]
def xkey(): return ("API_KEY", ch(XKEYS), False)

# ---------------------------------------------------------------- look-alikes
ORGS = ["Johnson & Johnson", "McDonald's", "Ben & Jerry's", "Mercedes-Benz", "Ford", "Dell", "Porsche", "Ferrari", "Disney", "Boeing",
        "Siemens", "Philips", "Marriott", "Hilton", "Chanel", "Louis Vuitton", "Hewlett-Packard", "Bosch", "Heinz", "Kellogg's", "Tesla", "Zeiss", "Barclays", "Lloyds"]
PLACES = ["San Francisco", "Washington", "St. Petersburg", "São Paulo", "Lake Victoria", "Mount Kosciuszko", "Victoria Station", "Kingston upon Thames",
          "Saint-Étienne", "Wellington", "Alexandria", "Santa Monica", "Port Elizabeth", "Georgetown", "Frankfurt am Main", "Florianópolis"]
PRODUCTS = ["Tesla Model 3", "Alexa", "Siri", "Jenkins", "Hugo", "Julia", "Django", "Pascal", "Ada", "Cortana", "Ford Mustang", "Dyson V15",
            "Casio G-Shock", "Kubernetes", "Debian Bookworm", "Ubuntu Noble", "Big Ben", "Adobe Acrobat", "Rolls-Royce Ghost", "Baileys", "Jack Daniel's"]
CAPWORDS = ["Monday", "Urgent", "Summary", "Thanks", "Best Regards", "Next Steps", "Customer Success", "Action Items", "Release Notes",
            "Quarterly Review", "Happy Path", "Sales Team", "Legal", "Attachment", "Invoice", "Kind Regards", "Platform Team"]
def la_kind(k=None):
    k = k or ch(LA_KINDS)
    if k == "version": return ("version_number", ch(["10.0.%d.%d" % (R.randint(17000, 26000), R.randint(1, 5000)), "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 400), R.randint(0, 9999)), "v%d.%d.%d" % (R.randint(0, 5), R.randint(0, 40), R.randint(0, 20))]))
    if k == "hash": return ("hex_digest", rs(HEX, ch([32, 40, 64])))
    if k == "sha": return ("git_sha", rs(HEX, 7))
    if k == "uuid": return ("uuid", "%s-%s-4%s-%s%s-%s" % (rs(HEX, 8), rs(HEX, 4), rs(HEX, 3), ch("89ab"), rs(HEX, 3), rs(HEX, 12)))
    if k == "date": return ("date", ch(["%04d-%02d-%02d" % (R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)), "%02d/%02d/%04d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2026)), "%02d.%02d.%04d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2026))]))
    if k == "ts": return ("timestamp", "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (2026, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)))
    if k == "order": return ("order_number", ch(["ORD-", "#", "SO-", "INV-", "PO", "A"]) + rs(DIG, R.randint(6, 10)))
    if k == "track": return ("tracking_number", ch(["1Z" + rs(UP + DIG, 16), rs(DIG, 12), "JJD" + rs(DIG, 18), "LX" + rs(DIG, 9) + "DE", "9400" + rs(DIG, 18)]))
    if k == "badcc": return badcard()
    if k == "badiban": return badiban()
    if k == "badssn": return badssn()
    if k == "badip": return badip()
    if k == "org": return ("org_named_after_person", ch(ORGS))
    if k == "place": return ("place_name", ch(PLACES))
    if k == "product": return ("product_name", ch(PRODUCTS))
    if k == "cap": return ("capitalized_word", ch(CAPWORDS))
    if k == "ticket": return ("ticket_id", ch(["JIRA-", "OPS-", "SUP-", "INC", "CS-"]) + str(R.randint(100, 99999)))
    if k == "port": return ("host_port", ch(["db-prod-02", "api.internal", "cache-7", "k8s-node-14", "mq01"]) + ":" + str(R.choice([5432, 6379, 8080, 9092, 3306, 443])))
    if k == "digits": return ("long_number", rs(DIG, R.randint(8, 12)))
    if k == "isbn": return ("isbn", ch(["978-3-16-148410-0", "978-0-306-40615-7", "978-1-4028-9462-6", "979-10-90636-07-1"]))
    if k == "mac": return ("mac_address", ":".join(rs(HEX, 2) for _ in range(6)))
    if k == "pubkey": return ("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43))
    if k == "sri": return ("integrity_hash", "sha512-" + rs(B64, 86) + "==")
    if k == "money": return ("amount", ch(["€", "$", "£", ""]) + "%d,%03d.%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)))
    if k == "coord": return ("coordinates", "%.5f, %.5f" % (R.uniform(-60, 60), R.uniform(-120, 120)))
    if k == "reqid": return ("request_id", "req_" + rs(AL, 24))
    if k == "famous_place": return ("place_named_after_person", ch(["Washington", "Bolívar", "Victoria", "Kennedy Airport", "Lincoln Center", "Mandela Bay", "Pushkin Square"]))
    raise KeyError(k)
LA_KINDS = ["version", "hash", "sha", "uuid", "date", "ts", "order", "track", "badcc", "badiban", "badssn", "badip", "org", "place", "product",
            "cap", "ticket", "port", "digits", "isbn", "mac", "pubkey", "sri", "money", "coord", "reqid", "famous_place"]

# ---------------------------------------------------------------- row builder
class Row:
    def __init__(self, lang):
        self.lang = lang; self.parts = []; self.n = 0; self.spans = []; self.looks = []; self.people = {}; self.cache = {}
    def text(self, s): self.parts.append(s); self.n += len(s)
    def add(self, item):
        if isinstance(item, str): return self.text(item)
        if len(item) == 3:
            t, v, idf = item; self.spans.append({"type": t, "start": self.n, "end": self.n + len(v), "text": v, "identifying": idf})
        else:
            k, v = item; self.looks.append({"kind": k, "start": self.n, "end": self.n + len(v), "text": v})
        self.text(item[1])
    def person(self, i):
        if i not in self.people: self.people[i] = Person(self.lang)
        return self.people[i]

def resolve(row, ph):
    if ph == "IP4": return ip4()
    if ph == "IP6": return ip6()
    if ph == "IPMAPPED": return ("IP_ADDRESS", "::ffff:" + pub4(), True)
    if ph == "XIP4":
        while True:
            v = xip()
            if ":" not in v[1]: return v
    m = re.fullmatch(r"([A-Z_]+?)(\d?)", ph); base, idx = m.group(1), m.group(2) or "1"
    if base == "NAME": return ("PERSON", row.person(idx).full, True)
    if base == "FIRST": return ("PERSON", row.person(idx).first, True)
    if base == "LAST": return ("PERSON", row.person(idx).last, True)
    if base == "FAMOUS": return ("PERSON", ch(FAMOUS), False)
    if base == "DOE": return ("PERSON", ch(DOES), False)
    if base == "EMAIL":
        if R.random() < 0.10: return ("EMAIL_ADDRESS", xemail(), False)
        if ("E", idx) not in row.cache: row.cache[("E", idx)] = email_for(row.person(idx))
        return ("EMAIL_ADDRESS", row.cache[("E", idx)], True)
    if base == "XEMAIL": return ("EMAIL_ADDRESS", xemail(), False)
    if base == "PHONE": return phone() if R.random() > 0.14 else xphone()
    if base == "XPHONE": return xphone()
    if base == "USPHONE": return ("PHONE_NUMBER", nanp(True), True)
    if base == "CC": return card() if R.random() > 0.12 else xcard()
    if base == "XCC": return xcard()
    if base == "IBAN": return iban() if R.random() > 0.14 else xiban()
    if base == "XIBAN": return xiban()
    if base == "SSN": return ssn() if R.random() > 0.08 else xssn()
    if base == "XSSN": return xssn()
    if base == "IP4": return ip4()
    if base == "IP6": return ip6()
    if base == "IP": return ipany() if R.random() > 0.15 else xip()
    if base == "XIP": return xip()
    if base == "KEY": return key() if R.random() > 0.15 else xkey()
    if base == "XKEY": return xkey()
    if base == "PWD": return pwd()
    if base == "PEM": return ("API_KEY", pem(), True)
    if base == "JWT": return ("API_KEY", jwt(), True)
    if base in ("AWSID", "AWSSECRET", "GITHUB", "STRIPE", "WHSEC", "SLACK", "OPENAI", "ANTHROPIC", "GOOGLE", "SENDGRID", "TWILIO", "HF", "NPM", "AZURE", "DATADOG", "TELEGRAM", "GITLAB", "SHOPIFY", "MAILGUN", "VAULT"):
        return key({"AWSID": "aws_id", "AWSSECRET": "aws_secret", "GITHUB": ch(["github", "github_pat"]), "STRIPE": "stripe", "WHSEC": "stripe_whsec", "SLACK": "slack",
                    "OPENAI": ch(["openai", "openai_old"]), "ANTHROPIC": "anthropic", "GOOGLE": "google", "SENDGRID": "sendgrid", "TWILIO": "twilio", "HF": "hf", "NPM": "npm",
                    "AZURE": "azure", "DATADOG": "datadog", "TELEGRAM": "telegram", "GITLAB": "gitlab", "SHOPIFY": "shopify", "MAILGUN": "mailgun", "VAULT": "vault"}[base])
    if base == "LA": return la_kind()
    LAMAP = {"VER": "version", "HASH": "hash", "SHA": "sha", "UUID": "uuid", "DATE": "date", "TS": "ts", "ORDER": "order", "TRACK": "track", "BADCC": "badcc",
             "BADIBAN": "badiban", "BADSSN": "badssn", "BADIP": "badip", "ORG": "org", "PLACE": "place", "PRODUCT": "product", "CAP": "cap", "TICKET": "ticket",
             "HOSTPORT": "port", "DIGITS": "digits", "ISBN": "isbn", "MAC": "mac", "PUBKEY": "pubkey", "SRI": "sri", "MONEY": "money", "COORD": "coord", "REQID": "reqid", "FPLACE": "famous_place"}
    if base in LAMAP: return la_kind(LAMAP[base])
    # non-labelled fillers
    if base == "N": return str(R.randint(2, 97))
    if base == "PORT": return str(ch([22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9200]))
    raise KeyError(ph)

def render(row, frame):
    for i, piece in enumerate(re.split(r"\{([A-Z_]+\d?)\}", frame)):
        if i % 2 == 0:
            if piece: row.text(piece)
        else:
            row.add(resolve(row, piece))

# ---------------------------------------------------------------- English / technical templates with PII
PII_T = {
 "support_chat_user": ["Hi, my name is {NAME} and I still haven't received order {ORDER}. You can reach me on {PHONE} or {EMAIL}.",
    "hello?? been waiting 3 days. order {ORDER}, tracking {TRACK} says delivered but nothing here. {NAME}, {PHONE}",
    "Can you update the phone on my account to {PHONE}? The old one was {PHONE}. Account email is {EMAIL}. Thanks, {FIRST}"],
 "support_bot_reply": ["Thanks {FIRST}! I've found your booking {ORDER}. A confirmation has been sent to {EMAIL}. If anything changes we'll text {PHONE}.",
    "I'm sorry for the trouble, {FIRST}. I've escalated ticket {TICKET} to our billing team; expect a call from {NAME2} within 24 hours."],
 "email_draft_request": ["Draft a polite follow-up email to {NAME} ({EMAIL}) about the invoice {ORDER} that was due on {DATE}. Mention that my direct line is {PHONE}.",
    "Write a short thank-you note to {NAME} for the demo last {CAP}. cc {NAME2} <{EMAIL2}>. Keep it under 100 words."],
 "email_draft_response": ["Subject: Follow-up on invoice {ORDER}\n\nDear {NAME},\n\nI hope you're well. I'm writing about the invoice issued on {DATE}, which is still open. Could you let me know when we can expect payment? You can reach me directly at {PHONE}.\n\nBest regards,\n{NAME2}"],
 "email_signature": ["--\n{NAME}\nSenior Account Manager | {ORG} Partner Desk\nM: {PHONE}\nE: {EMAIL}", "Best,\n{NAME}\n{PHONE} (mobile)\n{EMAIL}\n\nThis e-mail may contain confidential information."],
 "crm_note": ["Called {NAME} re: renewal. Prefers WhatsApp {PHONE}. Decision maker is {NAME2}. Next touchpoint {DATE}.",
    "Lead: {NAME} | {EMAIL} | {PHONE} | source: webinar {DATE} | score 72"],
 "crm_csv": ["id,name,email,phone,created\n{N},{NAME},{EMAIL},{PHONE},{DATE}\n{N},{NAME2},{EMAIL2},{PHONE},{DATE}\n{N},{DOE},{XEMAIL},{XPHONE},{DATE}",
    "customer_id;full_name;iban;signup\n{DIGITS};{NAME};{IBAN};{DATE}\n{DIGITS};{NAME2};{IBAN};{DATE}"],
 "sql_insert": ["INSERT INTO customers (name, email, phone) VALUES ('{NAME}', '{EMAIL}', '{PHONE}');\n-- migrated from legacy db, batch {UUID}",
    "UPDATE users SET email = '{EMAIL}', last_login_ip = '{IP4}' WHERE id = {N}; -- ticket {TICKET}"],
 "sql_result_paste": ["why does this query return duplicates?\n\n| id | name | email |\n|----|------|-------|\n| {N} | {NAME} | {EMAIL} |\n| {N} | {NAME} | {EMAIL} |\n| {N} | {NAME2} | {EMAIL2} |"],
 "json_payload": ['{"user": {"name": "{NAME}", "email": "{EMAIL}", "phone": "{PHONE}"}, "order_id": "{ORDER}", "created_at": "{TS}"}',
    'POST /v2/payments\n{\n  "amount": 4999,\n  "card_number": "{CC}",\n  "holder": "{NAME}",\n  "idempotency_key": "{UUID}"\n}'],
 "yaml_config": ["database:\n  host: {IP4}\n  port: 5432\n  user: app\n  password: {PWD}\nsentry:\n  release: {VER}\nalerts:\n  email: {EMAIL}",
    "smtp:\n  server: smtp.sendgrid.net\n  username: apikey\n  password: {SENDGRID}\nbuild: {SHA}"],
 "dotenv": ["AWS_ACCESS_KEY_ID={AWSID}\nAWS_SECRET_ACCESS_KEY={AWSSECRET}\nAWS_REGION=eu-central-1\nBUILD_ID={UUID}",
    "OPENAI_API_KEY={OPENAI}\nLOG_LEVEL=debug\nCOMMIT={SHA}", "STRIPE_SECRET_KEY={STRIPE}\nSTRIPE_WEBHOOK_SECRET={WHSEC}\nNEXT_PUBLIC_VERSION={VER}",
    "SLACK_BOT_TOKEN={SLACK}\nHF_TOKEN={HF}\n# rotated {DATE}", "ANTHROPIC_API_KEY={ANTHROPIC}\nDATABASE_URL=postgres://app:{PWD}@{HOSTPORT}/prod"],
 "env_placeholder_doc": ["Copy .env.example to .env and set AWS_ACCESS_KEY_ID={XKEY}. Never commit real values. Version {VER}.",
    "Example from the README:\n\n    export OPENAI_API_KEY={XKEY}\n\nthen run `make dev`. Tested on {PRODUCT} {VER}."],
 "stack_trace": ["Traceback (most recent call last):\n  File \"/srv/app/billing.py\", line {N}, in charge\n    resp = client.charge(card='{CC}')\nstripe.error.CardError: Your card was declined. request-id: {REQID}",
    "ERROR 2026-03-14 09:12:44 [worker-3] ConnectionRefused: could not connect to {IP4}:{PORT} (trace {UUID})\n  at db.pool.acquire (pool.js:{N})\n  at handler (/app/index.js:{N})"],
 "access_log": ['{IP4} - - [12/Mar/2026:10:41:01 +0000] "GET /api/v1/orders/{ORDER} HTTP/1.1" 200 512 "-" "Mozilla/5.0"\n{IP6} - - [12/Mar/2026:10:41:07 +0000] "POST /login HTTP/1.1" 401 88',
    "sshd[{N}]: Failed password for invalid user admin from {IP4} port {N} ssh2\nsshd[{N}]: Accepted publickey for deploy from {XIP} port {N} ssh2"],
 "firewall_rule": ["Please allow-list {IP4} and {IP6} on the staging WAF; our office egress changed. Internal range {XIP} is already open. Ticket {TICKET}."],
 "nginx_conf": ["server {\n    listen 443 ssl;\n    server_name shop.example-store.test;\n    allow {IP4};\n    allow {IP6};\n    deny all;\n}"],
 "kube_secret": ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-{SHA}\nstringData:\n  STRIPE_KEY: {STRIPE}\n  GITHUB_TOKEN: {GITHUB}"],
 "github_actions": ["- name: publish\n  env:\n    NPM_TOKEN: {NPM}\n  run: npm publish --tag {VER}", "why is my workflow failing? I hardcoded token: {GITHUB} for now (will move to secrets)"],
 "curl_command": ["curl -H \"Authorization: Bearer {KEY}\" https://api.vendorhub.io/v1/items?limit=50\n# returns 403, request {REQID}",
    "curl -u api:{MAILGUN} https://api.mailgun.net/v3/mg.brightlane.io/messages -F to={EMAIL} -F subject='Order {ORDER}'"],
 "python_snippet": ["import openai\nclient = openai.OpenAI(api_key=\"{OPENAI}\")\n# TODO: move to env before pushing (commit {SHA})",
    "conn = psycopg2.connect(host='{IP4}', user='etl', password='{PWD}', dbname='dw')\nprint('connected', {N})"],
 "private_key_paste": ["My deploy fails with 'invalid format'. Here's the key I'm using:\n\n{PEM}\n\nwhat's wrong?", "ansible vault decrypted output:\n{PEM}"],
 "jwt_debug": ["Can you decode this token and tell me why it's expired? {JWT}", "Authorization header from the failing request:\nBearer {JWT}\nx-request-id: {UUID}"],
 "connection_string": ["Server=tcp:{IP4},1433;Database=crm;User ID=svc_crm;Password={PWD};Encrypt=True;", "mongodb+srv://admin:{PWD}@cluster0.{SHA}.mongodb.net/?retryWrites=true",
    "DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey={AZURE};EndpointSuffix=core.windows.net"],
 "payment_form": ["Cardholder: {NAME}\nCard number: {CC}\nExpiry: 0{N}/29\nBilling phone: {PHONE}", "Please charge the card ending in the number below for order {ORDER}:\n{CC}\nName on card: {NAME}"],
 "test_card_doc": ["For sandbox testing use {XCC} with any future expiry and any CVC. Don't use {BADCC} — that one fails Luhn on purpose.",
    "QA note: card {XCC} → success, card {XCC} → declined. Build {VER}."],
 "bank_transfer": ["Please transfer the deposit to {NAME}, IBAN {IBAN}, reference {ORDER}. Thanks!", "Neue Bankverbindung von {NAME}: {IBAN} (gültig ab {DATE}).",
    "Refund approved. Beneficiary {NAME}, IBAN {IBAN}, amount {MONEY}."],
 "iban_validation_q": ["Why does my validator reject {BADIBAN} but accept {XIBAN}? I'm using the mod-97 rule from the docs.",
    "Is {IBAN} a valid IBAN? My client {NAME} sent it but the bank portal complains."],
 "hr_onboarding": ["New hire: {NAME}\nSSN: {SSN}\nStart date: {DATE}\nManager: {NAME2}\nPersonal email: {EMAIL}", "W-4 received for {NAME} (SSN {SSN}); direct deposit to {IBAN}."],
 "tax_form_q": ["My SSN is {SSN} and the IRS portal says it doesn't match my name {NAME}. What should I do?", "filling the 1099 for my contractor {NAME}, his ssn {SSN}, is box 7 right?"],
 "ssn_example_doc": ["The famous Woolworth wallet card number {XSSN} was used by thousands of people. Numbers like {BADSSN} are never issued.",
    "Unit test fixtures: valid={XSSN}, invalid={BADSSN}, invalid={BADSSN}."],
 "meeting_notes": ["Meeting notes {DATE}\nAttendees: {NAME}, {NAME2}, {NAME3}\n- {FIRST} to send the revised quote\n- {ORG} pilot slipped to Q3\nAction Items: follow up with legal",
    "Sync w/ {NAME} & {NAME2}\n* migration of {HOSTPORT} done\n* {FIRST2} owns the runbook\n* next call {DATE}"],
 "calendar_invite": ["Invitation: Quarterly Review @ {DATE} 14:00\nOrganizer: {NAME} <{EMAIL}>\nDial-in: {PHONE}\nMeeting ID: {DIGITS}"],
 "ticket_jira": ["{TICKET}: Customer {NAME} cannot log in from {IP4}\nReporter: {NAME2}\nSteps: reset password, clear cache. Still failing on {PRODUCT} {VER}.",
    "Bug {TICKET} | assignee {NAME} | found in {VER} | stack hash {HASH}"],
 "rag_doc_answer": ["According to the contract (section {BADIP}), the supplier contact is {NAME}, reachable at {EMAIL}. The agreement was signed on {DATE}.",
    "Based on the retrieved document, the tenant is {NAME} and the landlord {NAME2}. Deposit payable to {IBAN}."],
 "rag_history_answer": ["{FAMOUS} published the paper in 1905; the manuscript is held in the archive in {PLACE}. Catalogue id {DIGITS}.",
    "The quote is usually attributed to {FAMOUS}, although scholars dispute it. See {ISBN}, p. {N}."],
 "code_review": ["LGTM except line {N}: you're logging the user's email ({EMAIL}) at INFO. Also the test uses {XEMAIL} which is fine. Commit {SHA}.",
    "Reviewer {NAME}: please don't commit {GITLAB}, revoke it and use CI variables."],
 "unit_test_fixture": ["def test_signup():\n    user = make_user(name='{DOE}', email='{XEMAIL}', phone='{XPHONE}')\n    assert user.id == '{UUID}'",
    "fixtures = [\n  ('{DOE}', '{XEMAIL}', '{XCC}'),\n  ('{DOE}', '{XEMAIL}', '{XCC}'),\n]  # {HASH}"],
 "doc_example_ips": ["In the examples below we use {XIP} and {XIP} from the documentation ranges; replace them with your own. Checksum {HASH}."],
 "network_debug": ["traceroute shows the hop at {IP4} adding 80 ms, then {IP4}. My LAN gateway is {XIP}. Firmware {VER}.",
    "ping6 {IP6} works but {IP6} times out. Router {MAC}, link-local {XIP}."],
 "ip_geo_question": ["Who owns {IP4}? It hit our login endpoint {N} times since {DATE}.", "Got a spike of requests from {IP6} and {IP4} — block or rate limit?"],
 "form_submission": ["Full name: {NAME}\nEmail: {EMAIL}\nPhone: {PHONE}\nMessage: I'd like a quote for 40 units of {PRODUCT}.\nSubmitted: {TS}",
    "Name* {NAME}\nE-mail* {EMAIL}\nCompany {ORG}\nPhone (optional) {PHONE}"],
 "delivery_chat": ["courier here, I'm outside, call me {PHONE}. parcel {TRACK}", "Your parcel {TRACK} will be delivered by {NAME} today between 10 and 12. Questions? {PHONE}"],
 "voicemail_transcript": ["Voicemail from {PHONE} ({DATE}): \"Hi, it's {NAME} from {ORG}'s reseller, please call me back on {PHONE}, thanks.\"",
    "Transcript: hey this is {FIRST}, my number changed, it's now {PHONE}. bye"],
 "whatsapp_group": ["[{DATE} 08:14] {NAME}: anyone have {FIRST2}'s new number?\n[{DATE} 08:15] {NAME2}: {PHONE}\n[{DATE} 08:15] {NAME}: thx!"],
 "dating_profile_mod": ["Flagged profile: bio contains contact info. \"Message me off-app: {PHONE} or {EMAIL}\" — user {FIRST}, account {UUID}."],
 "medical_intake": ["Patient: {NAME}, DOB {DATE}. Emergency contact: {NAME2}, {PHONE}. Insurance ID {DIGITS}. Allergies: penicillin."],
 "legal_contract": ["This Agreement is entered into on {DATE} between {ORG} Holdings Ltd. and {NAME} (\"Consultant\"). Payments shall be made to {IBAN}.",
    "Witness: {NAME}\nSigned in {PLACE} on {DATE}."],
 "invoice_text": ["INVOICE {ORDER}\nBill to: {NAME}\nTotal: {MONEY}\nPay to IBAN {IBAN}\nQuestions: {XEMAIL}", "Rechnung {ORDER} — Empfänger {NAME}, IBAN {IBAN}, Betrag {MONEY}"],
 "password_reset": ["I forgot my password. Username is {EMAIL}, and the old one was {PWD} if that helps.", "temp password for {FIRST}: {PWD} (expires {DATE})"],
 "webhook_setup": ["Set the signing secret to {WHSEC} in the dashboard and point it at https://hooks.brightlane.io/stripe. Retries: 3. Trace {UUID}.",
    "The Slack bot uses {SLACK} — is it OK to paste it in the Confluence page for {CAP}?"],
 "cloud_cli_output": ["$ aws configure list\n      Name                    Value             Type    Location\n   access_key     {AWSID} shared-credentials-file\n   secret_key     {AWSSECRET} shared-credentials-file\n       region             us-east-1      config-file"],
 "gcp_maps_key": ["My Google Maps embed shows 'RefererNotAllowed'. The key is {GOOGLE}, used on {PLACE} store locator, version {VER}."],
 "llm_api_debug": ["getting 401 from the API with key {OPENAI} — is it revoked? request id {REQID}", "anthropic client throws AuthenticationError. I set ANTHROPIC_API_KEY={ANTHROPIC} in the shell."],
 "model_refusal_reply": ["I can't help use someone else's card. If {CC} is your own card, please contact your bank directly; I've not stored the number.",
    "It looks like you pasted a live secret ({KEY}). Please rotate it immediately; anyone with the value can access your account."],
 "hf_download": ["huggingface-cli login --token {HF}\nDownloading model revision {SHA} ... done in {N}s"],
 "telegram_bot": ["bot = telebot.TeleBot('{TELEGRAM}')\n# admin chat id {DIGITS}"],
 "resume_parse": ["Extract skills from this CV:\n{NAME}\n{PLACE} · {PHONE} · {EMAIL}\nExperience: Data Engineer at {ORG} (2019–2024). Python, Spark, dbt."],
 "reference_letter": ["To whom it may concern,\n\nI am pleased to recommend {NAME}, who worked under my supervision for three years. {FIRST} consistently exceeded expectations.\n\nSincerely,\n{NAME2}\n{PHONE}"],
 "school_message": ["Dear parents, {NAME}'s class trip to {PLACE} is on {DATE}. Questions to Ms. {LAST2} at {EMAIL2}."],
 "realestate_listing": ["Viewing requests for the flat near {FPLACE}: contact {NAME} ({PHONE}). Listing ref {DIGITS}."],
 "customer_complaint": ["This is the third time I'm writing!!! My name is {NAME}, my card {CC} was charged twice for {ORDER}. Fix it or I call my bank."],
 "fraud_alert": ["Suspicious login for {EMAIL} from {IP} at {TS}. If this wasn't you, call {PHONE}.", "Chargeback on card {CC}, customer {NAME}, amount {MONEY}, case {TICKET}."],
 "translation_request": ["Translate to German: \"Hi {FIRST}, the technician {NAME2} will arrive tomorrow. Call {PHONE} if you need to reschedule.\""],
 "summarize_thread": ["Summarize this thread:\n> From: {NAME} <{EMAIL}>\n> Can we move the launch to {DATE}?\n> From: {NAME2} <{EMAIL2}>\n> Fine by me, but {ORG} needs the assets first."],
 "mixed_identifiers_q": ["Which of these look like real phone numbers? {PHONE}, {DIGITS}, {XPHONE}, {ORDER}"],
 "audit_log_json": ['{"ts":"{TS}","actor":"{EMAIL}","action":"api_key.create","src_ip":"{IP}","key_prefix":"sk_live_...","request":"{REQID}"}'],
 "git_config_leak": ["[remote \"origin\"]\n    url = https://deploy-bot:{GITHUB}@github.com/acme/payments.git\n[user]\n    email = {EMAIL}"],
 "ssn_verification_chat": ["To verify your identity please confirm the last four digits... actually I typed the whole thing: {SSN}. Name {NAME}, DOB {DATE}.",
    "Employee {NAME} (SSN {SSN}) and spouse {NAME2} (SSN {SSN}) — please add both to the benefits enrollment, plan {ORDER}."],
 "loan_application": ["Applicant: {NAME}\nSSN: {SSN}\nPhone: {USPHONE}\nMonthly income: {MONEY}\nApplication {UUID}",
    "co-signer is my brother {NAME2}, ssn {SSN}, cell {USPHONE}"],
 "card_update_chat": ["my card expired, new one is {CC} exp 11/28, same billing zip. — {FIRST}", "Please replace the card on file ({BADCC} was a typo) with {CC}. Account {EMAIL}."],
 "pos_receipt": ["RECEIPT {ORDER}\nVISA {CC}\nAUTH {DIGITS}\nTOTAL {MONEY}\nThank you for shopping at {ORG}!"],
 "subscription_cancel": ["cancel my plan please. card on file {CC}, email {EMAIL}. I already tried the app, error {UUID}."],
 "hotel_booking": ["Booking for {NAME}, arriving {DATE}, 3 nights. Guarantee card {CC}. Contact {PHONE}. Ref {ORDER}."],
 "privacy_policy_contact": ["Questions about this policy? Write to {XEMAIL} or call {XPHONE}. Our Data Protection Officer is {NAME} ({EMAIL}). Last updated {DATE}."],
 "quote_attribution": ["As {FAMOUS} put it, simplicity is prerequisite for reliability. Posted by {NAME} in #eng-culture on {DATE}.",
    "{NAME} asked the bot: \"Did {FAMOUS} really say that?\" The model answered that the attribution is doubtful."],
 "ipv6_url_debug": ["curl -v http://[{IP6}]:8080/health hangs, but http://{IP4}:8080/health is fine. Dual-stack LB, config rev {SHA}.",
    "Our app logs the client as {IPMAPPED} (IPv4-mapped). Is that the real user IP or the proxy? Proxy is {XIP4}."],
 "sdk_quickstart": ["client = Client(api_key=\"{XKEY}\")  # copied from the quickstart; my real key {KEY} is in .env, right?",
    "The docs show {XKEY} as the key. Do I literally use that or my own? Build {VER}."],
 "secret_scanner_triage": ["Secret scanner report {DATE}:\n- docs/README.md: {XKEY} (placeholder, ignore)\n- src/config.ts: {KEY} (live, rotate now)\n- test/fixtures.json: {HASH} (hash, false positive)"],
 "docker_compose": ["services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: {PWD}\n  cache:\n    image: redis:{VER}\n    ports: ['{XIP4}:6379:6379']"],
}

# ---------------------------------------------------------------- English / technical templates WITHOUT PII (look-alikes only)
NOPII_T = {
 "tech_answer_io": ["Profiling shows most of the time goes to I/O, not CPU. Upgrading to {VER} and batching writes cut it by 40%. Hope that helps!",
    "Short answer: the bottleneck is the disk. Long answer: see the flame graph, commit {SHA}, where fsync dominates. Hope that helps."],
 "windows_version_q": ["After updating to build {VER} my VPN client crashes. Event log shows faulting module hash {HASH}.",
    "winver says {VER}; the KB article mentions {VER}. Which one do I have?"],
 "git_log_paste": ["commit {HASH}\nDate:   {TS}\n\n    fix: handle null order id ({TICKET})\n\ncommit {HASH}\n    chore: bump deps to {VER}"],
 "package_lock": ['"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "{SRI}"\n}'],
 "docker_build_log": ["#7 [3/5] RUN pip install -r requirements.txt\n#7 sha256:{HASH} 12.3s done\n#8 exporting layers\n#8 writing image sha256:{HASH} done"],
 "k8s_events": ["LAST SEEN   TYPE      REASON    OBJECT\n2m          Warning   BackOff   pod/api-{SHA}-x7k2p\n5m          Normal    Pulled    image \"registry/api:{VER}\"\nrequest {UUID}"],
 "order_status_bot": ["Your order {ORDER} shipped on {DATE}. Tracking number: {TRACK}. Estimated delivery in 3–5 business days.",
    "Order {ORDER} is being prepared. Total charged: {MONEY}. Reference {UUID}."],
 "product_question": ["Is the {PRODUCT} compatible with the {PRODUCT}? I bought it at the {ORG} store in {PLACE}.",
    "What's the difference between {PRODUCT} {VER} and the older release? My serial is {DIGITS}."],
 "travel_question": ["Best way from {PLACE} to {FPLACE}? Arriving {DATE} around noon, flight code LH{N}{N}.",
    "Planning a trip to {PLACE} — is {FPLACE} worth a visit in {CAP}?"],
 "math_homework": ["Solve 3x + 7 = {N}. Then check whether {DIGITS} is divisible by 11.", "Is {BADCC} a valid credit card number? It's from my textbook exercise on the Luhn algorithm."],
 "luhn_explainer": ["The Luhn check fails for {BADCC}: doubling every second digit gives a sum that isn't a multiple of 10. Try computing it step by step.",
    "Here's a Python Luhn validator; with input {BADCC} it returns False, and with {DIGITS} also False."],
 "iban_explainer": ["{BADIBAN} has the right length for its country but the check digits are wrong, so mod-97 gives a remainder other than 1."],
 "ssn_rules_q": ["Why is {BADSSN} rejected by our form? Is 9xx always invalid? I read that area 666 is never issued either, e.g. {BADSSN}."],
 "uuid_question": ["Is it safe to expose {UUID} in URLs? It's a v4 uuid used as order key {ORDER}."],
 "hash_compare": ["sha256sum of the download is {HASH}, but the site lists {HASH}. Corrupted?", "md5 {HASH} vs {HASH} — different files?"],
 "meeting_agenda_nopii": ["{CAP}\n1. Q3 roadmap\n2. {PRODUCT} migration status ({TICKET})\n3. Budget {MONEY}\n{CAP}: circulate slides by {DATE}"],
 "release_notes": ["Release Notes {VER}\n- Fixed crash on {PRODUCT} integration\n- Improved sync (#{N}{N})\n- Docker image digest sha256:{HASH}",
    "## {VER} ({DATE})\n* perf: reduce allocations\n* fix: {TICKET}\n* deps: {PRODUCT} {VER}"],
 "csv_metrics": ["date,region,orders,revenue\n{DATE},EU,{N}{N},{MONEY}\n{DATE},NA,{N}{N},{MONEY}\n{DATE},APAC,{N}{N},{MONEY}"],
 "sql_schema_q": ["CREATE TABLE orders (id UUID PRIMARY KEY DEFAULT '{UUID}', ref VARCHAR(20), created TIMESTAMP);\nwhy is the default uuid the same for every row?"],
 "regex_help": ["My regex for IPv4 matches {BADIP} which is wrong. Also matches the version {VER}. How to restrict octets to 0-255?"],
 "company_history": ["{ORG} was founded decades ago and now competes with {ORG}. Its flagship store in {PLACE} opened on {DATE}.",
    "Compare {ORG} and {ORG} on revenue growth; figures in {MONEY} are fine."],
 "recipe_chat": ["Can I swap butter for oil in banana bread? Oven is a {PRODUCT}-style convection, {N} minutes at 180°C. Thanks!"],
 "ops_alert": ["[FIRING] HighLatency on {HOSTPORT} p99={N}00ms since {TS} runbook={TICKET}", "[RESOLVED] DiskPressure node {HOSTPORT} alert id {UUID}"],
 "network_mac_q": ["Two devices show MAC {MAC} and {MAC}; DHCP lease table has {BADIP} which looks broken."],
 "ssh_pubkey_q": ["Is it OK to share my public key? {PUBKEY} — it's only the .pub file."],
 "coords_q": ["What's at {COORD}? Google shows a park near {FPLACE}."],
 "library_lookup": ["Find the book with {ISBN}; it's about {PRODUCT} internals. Published {DATE}."],
 "weather_chat": ["Will it rain in {PLACE} on {CAP}? I'm cycling to {FPLACE}."],
 "api_error_generic": ["HTTP 429 Too Many Requests — retry after 30s. x-request-id: {REQID}, trace {UUID}", "403 Forbidden on /v1/models (request {REQID}). Check key permissions."],
 "placeholder_instructions": ["Replace YOUR_API_KEY with the value from the dashboard and keep it out of git. The request id looks like {REQID}.",
    "Set `token: <your-token-here>` in config.yml; the sample config lists version {VER}."],
 "bank_sort_code_q": ["Is account number {DIGITS} with sort code 20-{N}-{N} the same as an IBAN? Reference {ORDER}."],
 "code_explain": ["This function hashes the password with bcrypt cost {N} and stores the digest {HASH}. Salt is random per user.",
    "The map uses UUIDs like {UUID} as keys, which is why lookups are O(1) average."],
 "spreadsheet_formula": ["=VLOOKUP(A2;Orders!A:F;3;FALSE) returns #N/A for {ORDER} and {ORDER}. Sheet updated {DATE}."],
 "shipping_update": ["Shipment {TRACK} left the hub in {PLACE} at {TS}. Next stop: {FPLACE} depot."],
 "legal_citation": ["See Art. {N} GDPR and case C-{N}/19; guidance updated {DATE}. Section {BADIP} of the DPA covers transfers."],
}

# ---------------------------------------------------------------- multilingual frames: lang -> (pii frames, no-pii frames)
ML = {
 "de": (["Hallo, ich bin {NAME}. Meine Bestellung {ORDER} ist noch nicht da. Bitte rufen Sie mich unter {PHONE} an.",
         "Bitte überweisen Sie den Betrag an {NAME}, IBAN {IBAN}. Rückfragen an {EMAIL}.",
         "Protokoll vom {DATE}: Teilnehmer {NAME}, {NAME2}. {FIRST} schickt das Angebot bis Freitag."],
        ["Nach dem Update auf {VER} startet die App nicht mehr. Fehler-ID {UUID}. Hat jemand eine Idee?",
         "Sendungsnummer {TRACK}, Bestellung {ORDER}: das Paket hängt seit {DATE} im Verteilzentrum {PLACE}."]),
 "fr": (["Bonjour, je m'appelle {NAME}, mon numéro est le {PHONE}. Pouvez-vous me rappeler au sujet de la commande {ORDER} ?",
         "Merci d'envoyer la facture à {EMAIL} et de virer l'acompte sur {IBAN}. Cordialement, {NAME}"],
        ["La version {VER} corrige le bug signalé dans {TICKET}. Le hash du binaire est {HASH}.",
         "Ma commande {ORDER} devait arriver le {DATE}, numéro de suivi {TRACK}. Des nouvelles ?"]),
 "es": (["Hola, soy {NAME}. Mi teléfono es {PHONE} y mi correo {EMAIL}. Quiero cambiar la dirección de entrega del pedido {ORDER}.",
         "Nota de la reunión: {NAME} y {NAME2} revisan el contrato; pago a la cuenta {IBAN}."],
        ["¿Por qué mi validador acepta {BADCC}? Pensaba que el algoritmo de Luhn lo rechazaría.",
         "El pedido {ORDER} salió de {PLACE} el {DATE}. Referencia interna {UUID}."]),
 "it": (["Buongiorno, sono {NAME}. Potete richiamarmi al {PHONE}? Il mio ordine {ORDER} risulta annullato.",
         "Il pagamento va fatto a {NAME}, IBAN {IBAN}, causale {ORDER}."],
        ["Dopo l'aggiornamento alla {VER} il server restituisce errore 502. Ticket {TICKET}.",
         "Qual è la differenza tra {PRODUCT} e {PRODUCT}? Li ho visti da {ORG} a {PLACE}."]),
 "pt": (["Olá, meu nome é {NAME}. Meu WhatsApp é {PHONE}. O pedido {ORDER} chegou com defeito.",
         "Segue o e-mail do responsável: {NAME} <{EMAIL}>. Reunião marcada para {DATE}."],
        ["O código de rastreio {TRACK} não atualiza desde {DATE}. Pedido {ORDER}.",
         "Atualizei para a versão {VER} e o erro {UUID} continua aparecendo."]),
 "nl": (["Hoi, met {NAME}. Kun je me terugbellen op {PHONE}? Het gaat om factuur {ORDER}.",
         "Graag het bedrag overmaken naar {IBAN} t.n.v. {NAME}."],
        ["Na de update naar {VER} crasht de app bij het opstarten. Foutcode {HASH}.",
         "Pakket {TRACK} staat al sinds {DATE} in {PLACE}. Wat nu?"]),
 "pl": (["Dzień dobry, nazywam się {NAME}. Mój numer telefonu to {PHONE}, e-mail {EMAIL}.",
         "Proszę o zwrot na konto {IBAN}, zamówienie {ORDER}. Pozdrawiam, {NAME}"],
        ["Po aktualizacji do {VER} aplikacja się zawiesza. ID błędu {UUID}.",
         "Zamówienie {ORDER} wysłane {DATE}, numer przesyłki {TRACK}."]),
 "sv": (["Hej! Jag heter {NAME} och nås på {PHONE}. Gäller order {ORDER}.",
         "Mötesanteckningar {DATE}: {NAME} och {NAME2} deltog. {FIRST} skickar offerten."],
        ["Efter uppdateringen till {VER} fungerar inte inloggningen. Felkod {HASH}.",
         "Paketet {TRACK} har stått still i {PLACE} sedan {DATE}."]),
 "da": (["Hej, det er {NAME}. Ring gerne på {PHONE} angående ordre {ORDER}.",
         "Send venligst fakturaen til {EMAIL}. Mvh {NAME}"],
        ["Appen crasher efter opdatering til {VER}. Fejl-id {UUID}.",
         "Ordre {ORDER} blev sendt {DATE}; sporingsnummer {TRACK}."]),
 "tr": (["Merhaba, ben {NAME}. Telefon numaram {PHONE}, siparişim {ORDER} hâlâ gelmedi.",
         "Ödemeyi {NAME} adına {IBAN} hesabına yapabilirsiniz."],
        ["{VER} sürümüne güncelledikten sonra uygulama açılmıyor. Hata kimliği {UUID}.",
         "Kargo takip numarası {TRACK}, sipariş {ORDER}, tarih {DATE}."]),
 "ru": (["Здравствуйте, меня зовут {NAME}. Мой телефон {PHONE}, почта {EMAIL}. Заказ {ORDER} так и не пришёл.",
         "Переведите, пожалуйста, оплату на счёт {IBAN}, получатель {NAME}.",
         "Итоги встречи {DATE}: {NAME} отвечает за релиз, {NAME2} — за тесты."],
        ["После обновления до {VER} приложение падает при запуске. Код ошибки {HASH}.",
         "Трек-номер {TRACK}, заказ {ORDER}. Посылка застряла в {PLACE} с {DATE}."]),
 "uk": (["Добрий день, я {NAME}. Мій номер {PHONE}, пошта {EMAIL}. Замовлення {ORDER} досі не отримала.",
         "Нотатки зустрічі {DATE}: {NAME} і {NAME2} обговорили бюджет {MONEY}."],
        ["Після оновлення до {VER} застосунок не запускається. Ідентифікатор помилки {UUID}.",
         "Номер відстеження {TRACK}, замовлення {ORDER}, відправлено {DATE}."]),
 "ar": (["مرحباً، أنا {NAME}. رقم هاتفي {PHONE} وبريدي الإلكتروني {EMAIL}. لم يصل طلبي {ORDER} بعد.",
         "يرجى تحويل المبلغ إلى الحساب {IBAN} باسم {NAME}."],
        ["بعد التحديث إلى الإصدار {VER} توقف التطبيق عن العمل. رمز الخطأ {HASH}.",
         "رقم التتبع {TRACK} للطلب {ORDER}، تم الشحن في {DATE}."]),
 "he": (["שלום, קוראים לי {NAME}. אפשר לחזור אליי למספר {PHONE}? מדובר בהזמנה {ORDER}.",
         "סיכום פגישה {DATE}: {NAME} ו{NAME2} יכינו את ההצעה. מייל לעדכונים: {EMAIL}."],
        ["אחרי העדכון לגרסה {VER} האפליקציה קורסת. מזהה שגיאה {UUID}.",
         "מספר מעקב {TRACK}, הזמנה {ORDER}, נשלח ב-{DATE}."]),
 "hi": (["नमस्ते, मेरा नाम {NAME} है। मेरा फ़ोन नंबर {PHONE} है और ईमेल {EMAIL} है। ऑर्डर {ORDER} अभी तक नहीं आया।",
         "मीटिंग नोट्स {DATE}: {NAME} और {NAME2} बजट पर काम करेंगे।"],
        ["{VER} अपडेट के बाद ऐप खुल नहीं रहा। एरर आईडी {UUID}।",
         "ट्रैकिंग नंबर {TRACK}, ऑर्डर {ORDER}, भेजा गया {DATE}।"]),
 "zh": (["你好，我是{NAME}，电话{PHONE}，邮箱{EMAIL}。订单{ORDER}还没有到。",
         "会议纪要（{DATE}）：{NAME}负责上线，{NAME2}负责测试。"],
        ["升级到{VER}之后应用闪退，错误ID：{UUID}。",
         "快递单号{TRACK}，订单{ORDER}，{DATE}发货，现在还在{PLACE}。"]),
 "ja": (["お世話になっております。{NAME}です。折り返しは{PHONE}までお願いします。注文番号は{ORDER}です。",
         "議事録 {DATE}：{NAME}さんと{NAME2}さんが見積もりを担当。連絡先 {EMAIL}"],
        ["{VER}にアップデートしてからアプリが起動しません。エラーID {UUID}",
         "追跡番号{TRACK}、注文{ORDER}、{DATE}発送済みです。"]),
 "ko": (["안녕하세요, {NAME}입니다. 제 번호는 {PHONE}이고 이메일은 {EMAIL}입니다. 주문 {ORDER} 배송 확인 부탁드립니다.",
         "회의록 {DATE}: {NAME} 님과 {NAME2} 님이 계약서를 검토합니다."],
        ["{VER} 업데이트 후 앱이 실행되지 않습니다. 오류 ID {UUID}",
         "운송장 번호 {TRACK}, 주문 {ORDER}, {DATE} 발송."]),
 "vi": (["Xin chào, tôi là {NAME}. Số điện thoại của tôi là {PHONE}, email {EMAIL}. Đơn hàng {ORDER} chưa tới.",
         "Biên bản họp {DATE}: {NAME} phụ trách báo giá."],
        ["Sau khi cập nhật lên {VER} ứng dụng bị lỗi. Mã lỗi {UUID}.",
         "Mã vận đơn {TRACK}, đơn hàng {ORDER}, gửi ngày {DATE}."]),
 "id": (["Halo, saya {NAME}. Nomor saya {PHONE}, email {EMAIL}. Pesanan {ORDER} belum sampai.",
         "Tolong transfer ke rekening {IBAN} atas nama {NAME}."],
        ["Setelah update ke {VER} aplikasinya tidak bisa dibuka. ID error {UUID}.",
         "Nomor resi {TRACK}, pesanan {ORDER}, dikirim {DATE}."]),
 "el": (["Καλησπέρα, είμαι ο/η {NAME}. Το τηλέφωνό μου είναι {PHONE}. Η παραγγελία {ORDER} δεν έχει φτάσει.",
         "Παρακαλώ καταθέστε το ποσό στο {IBAN}, δικαιούχος {NAME}."],
        ["Μετά την ενημέρωση στην έκδοση {VER} η εφαρμογή κολλάει. Κωδικός σφάλματος {UUID}.",
         "Αριθμός αποστολής {TRACK}, παραγγελία {ORDER}, ημερομηνία {DATE}."]),
 "cs": (["Dobrý den, jmenuji se {NAME}, telefon {PHONE}, e-mail {EMAIL}. Objednávka {ORDER} nedorazila.",
         "Platbu prosím pošlete na {IBAN}, příjemce {NAME}."],
        ["Po aktualizaci na {VER} aplikace padá. ID chyby {UUID}.",
         "Číslo zásilky {TRACK}, objednávka {ORDER}, odesláno {DATE}."]),
 "ro": (["Bună ziua, sunt {NAME}. Numărul meu este {PHONE}. Comanda {ORDER} nu a sosit.",
         "Vă rog să transferați suma în contul {IBAN}, beneficiar {NAME}."],
        ["După actualizarea la {VER} aplicația nu pornește. Cod eroare {HASH}.",
         "Număr de urmărire {TRACK}, comanda {ORDER}, expediată pe {DATE}."]),
 "th": (["สวัสดีครับ ผม{NAME} เบอร์โทร {PHONE} อีเมล {EMAIL} คำสั่งซื้อ {ORDER} ยังไม่ได้รับครับ",
         "บันทึกการประชุม {DATE}: คุณ{NAME} และคุณ{NAME2} รับผิดชอบใบเสนอราคา"],
        ["หลังอัปเดตเป็น {VER} แอปเปิดไม่ได้ รหัสข้อผิดพลาด {UUID}",
         "หมายเลขพัสดุ {TRACK} คำสั่งซื้อ {ORDER} ส่งเมื่อ {DATE}"]),
 "fi": (["Hei, olen {NAME}. Numeroni on {PHONE}. Tilaus {ORDER} ei ole vielä saapunut.",
         "Maksu tilille {IBAN}, saaja {NAME}."],
        ["Päivityksen {VER} jälkeen sovellus kaatuu. Virhetunnus {UUID}.",
         "Seurantakoodi {TRACK}, tilaus {ORDER}, lähetetty {DATE}."]),
 "hu": (["Jó napot, {NAME} vagyok. A telefonszámom {PHONE}, e-mail: {EMAIL}.",
         "Kérem, utalja az összeget a {IBAN} számlára, kedvezményezett: {NAME}."],
        ["A {VER} frissítés után az alkalmazás összeomlik. Hibaazonosító {UUID}.",
         "Csomagszám {TRACK}, rendelés {ORDER}, feladva {DATE}."]),
}
ML_STYLE = ["pii_1", "pii_2", "pii_3"]
ML_STYLE_NO = ["nopii_apperror", "nopii_shipping"]

def weighted_names(pool):
    out = []
    for k in sorted(pool.keys()):
        fr = " ".join(pool[k]); w = 1 + 2 * ("{SSN}" in fr) + ("{CC}" in fr)
        out += [k] * w
    return out

def build_row(lang, want_pii):
    row = Row(lang); CUR_LANG[0] = lang
    if lang == "en":
        pool = PII_T if want_pii else NOPII_T
        name = ch(weighted_names(pool)); frame = ch(pool[name])
    else:
        pf, nf = ML[lang]
        if want_pii:
            i = R.randrange(len(pf)); frame = pf[i]; name = "ml_%s_%s" % (lang, ML_STYLE[i])
        else:
            i = R.randrange(len(nf)); frame = nf[i]; name = "ml_%s_%s" % (lang, ML_STYLE_NO[i])
    render(row, frame)
    # optional trailing look-alike sentence to raise look-alike density
    if R.random() < 0.62:
        tails = {"en": [" (ref {LA}, {LA})", "\n\nRef: {LA}", " — see {TICKET}, build {VER}.", "\n[{TS}] {LA}"],
                 "_": [" (ref {LA})", " — {LA}", "\n#{TICKET} {VER}"]}
        render(row, ch(tails["en"] if lang == "en" else tails["_"]))
    text = "".join(row.parts)
    return name, text, row


LANGS_NON_EN = sorted(ML.keys())

def check(text, spans, looks):
    iv = []
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"], s
        assert s["text"] == s["text"].strip() and s["text"], s
        if s["type"] == "CREDIT_CARD": assert luhn_ok(re.sub(r"\D", "", s["text"])), s
        if s["type"] == "IBAN_CODE": assert iban_valid(s["text"]), s
        if s["type"] == "US_SSN":
            d = re.sub(r"\D", "", s["text"]); a, g, sr = d[:3], d[3:5], d[5:]
            assert a not in ("000", "666") and not a.startswith("9") and g != "00" and sr != "0000", s
        iv.append((s["start"], s["end"]))
    for l in looks:
        assert text[l["start"]:l["end"]] == l["text"], l
        iv.append((l["start"], l["end"]))
    iv.sort()
    for (a, b), (c, d) in zip(iv, iv[1:]): assert b <= c, (iv, text)

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "eval_heldout22.jsonl"))
    args = ap.parse_args()
    plan = []
    n_non_en = round(N_ROWS * 0.36)
    langs = [LANGS_NON_EN[i % len(LANGS_NON_EN)] for i in range(n_non_en)] + ["en"] * (N_ROWS - n_non_en)
    R.shuffle(langs)
    pii_flags = [i < round(N_ROWS * 0.60) for i in range(N_ROWS)]
    R.shuffle(pii_flags)
    lines = []
    for i in range(N_ROWS):
        name, text, row = build_row(langs[i], pii_flags[i])
        check(text, row.spans, row.looks)
        rec = {"id": "heldout22-%04d" % (i + 1), "template": name, "text": text, "spans": row.spans, "lookalikes": row.looks}
        lines.append(json.dumps(rec, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(args.out, "wb") as f: f.write(data)
    sys.stderr.write(hashlib.sha256(data).hexdigest() + "\n")

if __name__ == "__main__":
    main()
