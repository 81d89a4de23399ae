#!/usr/bin/env python3
"""Deterministic generator for the blind held-out PII evaluation set "heldout24".

Standard library only.  Writes eval_heldout24.jsonl next to this file (or --out PATH),
prints counts and the sha256 of the output to stderr.
All values (names, e-mails, numbers, keys ...) come from the random generators below,
seeded with the fixed SEED; nothing depends on hash() or set iteration order.
"""
import argparse
import base64
import hashlib
import json
import os
import random
import re
import string
import sys
import unicodedata

SEED = 24112024
N_ROWS = 1200
NON_EN_SHARE = 0.35
NO_PII_SHARE = 0.40

TYPES = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
         "IP_ADDRESS", "API_KEY", "PERSON"]

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
B32 = UP + "234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) < 12:
        return False
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and n != 0


# ---------------------------------------------------------------- row builder
def S(typ, val, ident=True):
    assert typ in TYPES, typ
    return ("S", typ, val, bool(ident))


def L(kind, val):
    return ("L", kind, val)


class B:
    def __init__(self):
        self.items = []

    def add(self, *xs):
        for x in xs:
            if x is None or x == "":
                continue
            if isinstance(x, list):
                self.add(*x)
                continue
            self.items.append(x)
        return self

    def fill(self, phrase, **kw):
        i = 0
        for m in re.finditer(r"\{(\w+)\}", phrase):
            self.add(phrase[i:m.start()])
            self.add(kw[m.group(1)])
            i = m.end()
        self.add(phrase[i:])
        return self

    def build(self):
        parts, spans, looks, pos = [], [], [], 0
        for x in self.items:
            if isinstance(x, str):
                parts.append(x)
                pos += len(x)
                continue
            val = x[2]
            assert val and val == val.strip(), repr(x)
            if x[0] == "S":
                spans.append({"type": x[1], "start": pos, "end": pos + len(val),
                              "text": val, "identifying": x[3]})
            else:
                looks.append({"kind": x[1], "start": pos, "end": pos + len(val),
                              "text": val})
            parts.append(val)
            pos += len(val)
        text = "".join(parts)
        stripped = text.rstrip()
        assert all(x["end"] <= len(stripped) for x in spans + looks)
        return stripped, spans, looks


def fill_str(phrase, **kw):
    return re.sub(r"\{(\w+)\}", lambda m: kw[m.group(1)], phrase)


# ---------------------------------------------------------------- names
# Written by the author for this file.  "native|roman" where the script is not Latin.
def _sp(s):
    return [x.strip() for x in s.split(",") if x.strip()]


NAMES = {
    "en": dict(
        m=_sp("James,John,Robert,Michael,David,William,Daniel,Matthew,Anthony,Mark,Steven,Andrew,Joshua,Kevin,Brian,Ryan,Jacob,Gary,Tyler,Aaron,Nathan,Kyle,Ethan,Connor,Owen,Liam,Chidi,Kwame,Diego,Wei,Rohan,Tomasz,Malik,Desmond"),
        f=_sp("Mary,Patricia,Jennifer,Linda,Elizabeth,Susan,Jessica,Sarah,Karen,Emily,Ashley,Megan,Hannah,Olivia,Chloe,Grace,Abigail,Lauren,Rachel,Heather,Amber,Brooke,Madison,Kayla,Aisha,Priya,Mei,Fatima,Ngozi,Siobhan,Imani,Yesenia"),
        l=_sp("Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Thomas,Moore,Martin,Jackson,Thompson,White,Harris,Clark,Lewis,Walker,Hall,Allen,Young,King,Wright,Scott,Green,Baker,Adams,Nelson,Carter,Mitchell,Roberts,Turner,Phillips,Campbell,Parker,Evans,Edwards,Collins,Stewart,Murphy,Cook,Rogers,Morgan,Cooper,Reed,Bailey,Kelly,Ward,Richardson,Watson,Brooks,Bennett,Hughes,Sanders,Foster,Fitzgerald,O'Brien,McAllister,Nguyen,Patel,Okafor,Adeyemi,Chen,Rodriguez,Hernandez,Kim,Singh,Mensah,Okonkwo,Kowalczyk,Gallagher,Delacroix,Abernathy,Whitfield")),
    "es": dict(
        m=_sp("Alejandro,Javier,Carlos,Miguel,Sergio,Pablo,Diego,Andrés,Jorge,Raúl,Íñigo,Álvaro,Joaquín,Rubén"),
        f=_sp("Lucía,María,Carmen,Sofía,Marta,Elena,Paula,Nuria,Pilar,Inés,Rocío,Begoña,Ainhoa,Ximena"),
        l=_sp("García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Ruiz,Hernández,Jiménez,Díaz,Moreno,Muñoz,Álvarez,Romero,Navarro,Torres,Domínguez,Vázquez,Ramos,Serrano,Blanco,Castillo,Ortega,Rubio,Molina,Delgado,Iglesias,Cortés,Núñez,Medina,Garrido,Ibáñez")),
    "fr": dict(
        m=_sp("Julien,Thomas,Nicolas,Mathieu,Antoine,Guillaume,Olivier,Sébastien,François,Jérôme,Benoît,Loïc,Jean-Baptiste,Hugo"),
        f=_sp("Camille,Chloé,Manon,Élodie,Sophie,Claire,Amélie,Céline,Aurélie,Margaux,Hélène,Zoé,Anne-Laure,Maëlle"),
        l=_sp("Martin,Bernard,Dubois,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefèvre,Michel,Bertrand,Roux,Vincent,Fournier,Morel,Girard,Mercier,Dupuis,Lambert,Bonnet,Faure,Rousseau,Blanchard,Guérin,Boyer,Chevalier,Le Gall,de La Fontaine")),
    "de": dict(
        m=_sp("Lukas,Jonas,Felix,Maximilian,Tobias,Florian,Sebastian,Jürgen,Matthias,Stefan,Uwe,Björn,Hans-Peter,Kai"),
        f=_sp("Anna,Lena,Katharina,Julia,Sabine,Petra,Ute,Jana,Miriam,Annika,Jördis,Lea,Anne-Kathrin,Henrike"),
        l=_sp("Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hartmann,Lange,Werner,Krause,Lehmann,Köhler,Weiß,Fuchs,Scholz,Vogel,von Bredow,Oßwald")),
    "it": dict(
        m=_sp("Luca,Marco,Giuseppe,Francesco,Alessandro,Matteo,Lorenzo,Davide,Simone,Andrea,Niccolò,Federico"),
        f=_sp("Giulia,Francesca,Chiara,Sara,Martina,Valentina,Alessia,Elisa,Federica,Silvia,Beatrice,Ilaria"),
        l=_sp("Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca,Mancini,Costa,Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,Mariani,Rinaldi,Caruso,D'Angelo")),
    "pt": dict(
        m=_sp("João,Pedro,Tiago,Rafael,Gonçalo,Lucas,Gabriel,Mateus,Rodrigo,Thiago,Vinícius,Caio"),
        f=_sp("Ana,Beatriz,Mariana,Inês,Carolina,Juliana,Fernanda,Letícia,Camila,Larissa,Leonor,Raquel"),
        l=_sp("Santos,Ferreira,Pereira,Oliveira,Costa,Rodrigues,Martins,Sousa,Fernandes,Gonçalves,Gomes,Lopes,Marques,Alves,Almeida,Ribeiro,Pinto,Carvalho,Teixeira,Moreira,Correia,Mendes,Nunes,Soares,Araújo,Barbosa,Cardoso,da Conceição")),
    "nl": dict(
        m=_sp("Daan,Sem,Lars,Bram,Thijs,Jeroen,Sander,Ruben,Maarten,Wouter,Joost,Niels"),
        f=_sp("Emma,Sanne,Fleur,Lotte,Anouk,Eva,Femke,Iris,Marieke,Noor,Roos,Ilse"),
        l=_sp("de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer")),
    "pl": dict(
        m=_sp("Piotr,Krzysztof,Tomasz,Paweł,Michał,Marcin,Łukasz,Jakub,Grzegorz,Mateusz,Wojciech,Bartosz"),
        f=_sp("Anna,Katarzyna,Małgorzata,Agnieszka,Magdalena,Joanna,Aleksandra,Zofia,Monika,Natalia,Żaneta,Ewa"),
        l=_sp("Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,Kozłowski,Jankowski,Mazur,Krawczyk,Grabowski"),
        lf=_sp("Nowak,Kowalska,Wiśniewska,Wójcik,Kowalczyk,Kamińska,Lewandowska,Zielińska,Szymańska,Woźniak,Dąbrowska,Kozłowska,Jankowska,Mazur,Krawczyk,Grabowska")),
    "sv": dict(
        m=_sp("Erik,Lars,Anders,Johan,Karl,Per,Nils,Oskar,Axel,Gustav,Björn,Måns"),
        f=_sp("Maria,Anna,Karin,Kristina,Sara,Elin,Ingrid,Ebba,Maja,Linnéa,Åsa,Sofia"),
        l=_sp("Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,Pettersson,Lindqvist,Lindberg,Lundgren,Bergström,Sjöberg,Åberg,Holm")),
    "tr": dict(
        m=_sp("Mehmet,Mustafa,Ahmet,Ali,Hüseyin,Hasan,İbrahim,Emre,Burak,Can,Murat,Oğuz"),
        f=_sp("Ayşe,Fatma,Emine,Hatice,Zeynep,Elif,Merve,Büşra,Özlem,Gülşen,Selin,Derya"),
        l=_sp("Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir,Arslan,Doğan,Kılıç,Aslan,Çetin,Kara,Koç,Kurt,Özkan,Şimşek")),
    "cs": dict(
        m=_sp("Jan,Petr,Tomáš,Jiří,Martin,Lukáš,Ondřej,Jakub,Vojtěch,Michal"),
        f=_sp("Jana,Eva,Hana,Lucie,Tereza,Kateřina,Markéta,Veronika,Zuzana,Klára"),
        l=_sp("Novák,Svoboda,Novotný,Dvořák,Černý,Procházka,Kučera,Veselý,Horák,Němec,Marek,Pokorný"),
        lf=_sp("Nováková,Svobodová,Novotná,Dvořáková,Černá,Procházková,Kučerová,Veselá,Horáková,Němcová,Marková,Pokorná")),
    "ro": dict(
        m=_sp("Andrei,Alexandru,Mihai,Ionuț,Ștefan,Cristian,Bogdan,Vlad,Radu,Adrian"),
        f=_sp("Ioana,Elena,Maria,Andreea,Alexandra,Cristina,Mihaela,Raluca,Oana,Teodora"),
        l=_sp("Popescu,Ionescu,Popa,Pop,Dumitru,Stan,Stoica,Gheorghe,Rusu,Munteanu,Matei,Constantin,Șerban,Diaconu,Marinescu")),
    "hu": dict(
        m=_sp("László,István,József,Zoltán,Gábor,Péter,Balázs,Ádám,Tamás,Bence"),
        f=_sp("Katalin,Erzsébet,Ildikó,Éva,Zsófia,Anna,Eszter,Réka,Dóra,Noémi"),
        l=_sp("Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Németh,Farkas,Balogh,Papp,Takács,Juhász,Lakatos,Mészáros")),
    "vi": dict(
        m=_sp("Bình,Cường,Dũng,Long,Nam,Quân,Tuấn,Việt,Hải,Khánh"),
        f=_sp("Hà,Hương,Lan,Linh,Mai,Phương,Thảo,Trang,Ngọc Anh,Yến"),
        l=_sp("Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương"),
        mid_m=_sp("Văn,Hữu,Minh,Đức,Quang,Thanh"), mid_f=_sp("Thị,Ngọc,Thu,Thanh,Minh")),
    "id": dict(
        m=_sp("Budi,Agus,Andi,Rizky,Dimas,Fajar,Hendra,Joko,Bayu,Yusuf"),
        f=_sp("Siti,Dewi,Sri,Putri,Ayu,Rina,Fitri,Wulan,Indah,Lestari"),
        l=_sp("Santoso,Wijaya,Saputra,Hidayat,Kusuma,Pratama,Setiawan,Nugroho,Halim,Gunawan,Siregar,Simanjuntak,Hasibuan,Wibowo")),
    "ru": dict(
        m=_sp("Алексей|aleksey,Дмитрий|dmitry,Сергей|sergey,Андрей|andrey,Михаил|mikhail,Иван|ivan,Николай|nikolay,Павел|pavel,Артём|artyom,Владимир|vladimir,Егор|egor,Кирилл|kirill"),
        f=_sp("Анна|anna,Елена|elena,Ольга|olga,Наталья|natalya,Мария|maria,Екатерина|ekaterina,Татьяна|tatyana,Ирина|irina,Светлана|svetlana,Юлия|yulia,Дарья|darya,Ксения|ksenia"),
        l=_sp("Иванов|ivanov,Смирнов|smirnov,Кузнецов|kuznetsov,Попов|popov,Васильев|vasiliev,Петров|petrov,Соколов|sokolov,Михайлов|mikhailov,Новиков|novikov,Фёдоров|fedorov,Морозов|morozov,Волков|volkov,Лебедев|lebedev,Козлов|kozlov,Орлов|orlov"),
        pm=_sp("Викторович|viktorovich,Сергеевич|sergeevich,Александрович|aleksandrovich,Игоревич|igorevich"),
        pf=_sp("Викторовна|viktorovna,Сергеевна|sergeevna,Александровна|aleksandrovna,Игоревна|igorevna")),
    "uk": dict(
        m=_sp("Олександр|oleksandr,Андрій|andrii,Тарас|taras,Богдан|bohdan,Дмитро|dmytro,Максим|maksym,Іван|ivan,Юрій|yurii,Остап|ostap,Василь|vasyl"),
        f=_sp("Олена|olena,Оксана|oksana,Наталія|nataliia,Ірина|iryna,Ганна|hanna,Тетяна|tetiana,Софія|sofiia,Юлія|yuliia,Марія|mariia,Катерина|kateryna"),
        l=_sp("Шевчук|shevchuk,Коваленко|kovalenko,Бондаренко|bondarenko,Ткаченко|tkachenko,Кравченко|kravchenko,Олійник|oliinyk,Мельник|melnyk,Поліщук|polishchuk,Бойко|boiko,Ковальчук|kovalchuk,Савчук|savchuk,Лисенко|lysenko,Марченко|marchenko,Гнатюк|hnatiuk")),
    "el": dict(
        m=_sp("Γιώργος|giorgos,Δημήτρης|dimitris,Νίκος|nikos,Κώστας|kostas,Γιάννης|giannis,Παναγιώτης|panagiotis,Χρήστος|christos,Βασίλης|vasilis,Αλέξανδρος|alexandros,Σπύρος|spyros"),
        f=_sp("Μαρία|maria,Ελένη|eleni,Κατερίνα|katerina,Σοφία|sofia,Γεωργία|georgia,Δέσποινα|despoina,Αικατερίνη|aikaterini,Ειρήνη|eirini,Χριστίνα|christina,Αθηνά|athina"),
        l=_sp("Παπαδόπουλος|papadopoulos,Παπαγεωργίου|papageorgiou,Οικονόμου|oikonomou,Γεωργίου|georgiou,Νικολάου|nikolaou,Δημητρίου|dimitriou,Κωνσταντίνου|konstantinou,Καραγιάννης|karagiannis,Βλάχος|vlachos,Αντωνίου|antoniou,Μακρής|makris,Ιωάννου|ioannou"),
        lf=_sp("Παπαδοπούλου|papadopoulou,Παπαγεωργίου|papageorgiou,Οικονόμου|oikonomou,Γεωργίου|georgiou,Νικολάου|nikolaou,Δημητρίου|dimitriou,Κωνσταντίνου|konstantinou,Καραγιάννη|karagianni,Βλάχου|vlachou,Αντωνίου|antoniou,Μακρή|makri,Ιωάννου|ioannou")),
    "ar": dict(
        m=_sp("محمد|mohammed,أحمد|ahmed,عمر|omar,خالد|khalid,يوسف|youssef,علي|ali,عبدالله|abdullah,فيصل|faisal,سعيد|saeed,حسن|hassan,طارق|tariq,ماجد|majid"),
        f=_sp("فاطمة|fatima,عائشة|aisha,مريم|maryam,نور|nour,سارة|sara,ليلى|layla,هدى|huda,رنا|rana,ياسمين|yasmin,دانة|dana"),
        l=_sp("العتيبي|alotaibi,الحربي|alharbi,القحطاني|alqahtani,الشمري|alshammari,المصري|elmasry,حداد|haddad,الزهراني|alzahrani,عبدالرحمن|abdulrahman,الخطيب|alkhatib,منصور|mansour,السيد|elsayed,النجار|alnajjar")),
    "he": dict(
        m=_sp("יוסי|yossi,דוד|david,משה|moshe,אבי|avi,נועם|noam,איתי|itai,עומר|omer,יונתן|yonatan,אורי|uri,אלון|alon"),
        f=_sp("נועה|noa,מיכל|michal,שירה|shira,תמר|tamar,יעל|yael,רחל|rachel,הילה|hila,מאיה|maya,ענבל|inbal,אורית|orit"),
        l=_sp("כהן|cohen,לוי|levi,מזרחי|mizrahi,פרץ|peretz,ביטון|biton,אברהם|avraham,פרידמן|friedman,שפירא|shapira,אזולאי|azoulay,גולן|golan,דהן|dahan,רוזנברג|rosenberg")),
    "zh": dict(
        m=_sp("伟|wei,磊|lei,强|qiang,洋|yang,勇|yong,军|jun,杰|jie,浩然|haoran,宇轩|yuxuan,思远|siyuan,晓明|xiaoming,建国|jianguo"),
        f=_sp("芳|fang,娜|na,敏|min,静|jing,艳|yan,婷|ting,子涵|zihan,欣怡|xinyi,雨桐|yutong,丽华|lihua,梦琪|mengqi,佳怡|jiayi"),
        l=_sp("王|wang,李|li,张|zhang,刘|liu,陈|chen,杨|yang,黄|huang,赵|zhao,吴|wu,周|zhou,徐|xu,孙|sun,马|ma,朱|zhu,胡|hu,郭|guo,何|he,林|lin,欧阳|ouyang,司马|sima")),
    "ja": dict(
        m=_sp("翔太|shota,健太|kenta,大輔|daisuke,拓也|takuya,直樹|naoki,蓮|ren,悠真|yuma,和也|kazuya,誠|makoto,隆|takashi"),
        f=_sp("陽菜|hina,美咲|misaki,さくら|sakura,結衣|yui,愛|ai,真由美|mayumi,恵子|keiko,彩|aya,奈々|nana,千尋|chihiro"),
        l=_sp("佐藤|sato,鈴木|suzuki,高橋|takahashi,田中|tanaka,伊藤|ito,渡辺|watanabe,山本|yamamoto,中村|nakamura,小林|kobayashi,加藤|kato,吉田|yoshida,山口|yamaguchi,松本|matsumoto,井上|inoue,木村|kimura,清水|shimizu")),
    "ko": dict(
        m=_sp("민준|minjun,지훈|jihoon,현우|hyunwoo,도윤|doyoon,준호|junho,성민|sungmin,태양|taeyang,우진|woojin"),
        f=_sp("서연|seoyeon,수빈|subin,지은|jieun,하은|haeun,예린|yerin,혜진|hyejin,민지|minji,유나|yuna"),
        l=_sp("김|kim,이|lee,박|park,최|choi,정|jung,강|kang,조|cho,윤|yoon,장|jang,임|lim,한|han,오|oh,서|seo,신|shin")),
    "hi": dict(
        m=_sp("राहुल|rahul,अमित|amit,विकास|vikas,सुरेश|suresh,अर्जुन|arjun,रोहित|rohit,संजय|sanjay,आदित्य|aditya,विनोद|vinod,करण|karan"),
        f=_sp("प्रिया|priya,अनीता|anita,सुनीता|sunita,पूजा|pooja,नेहा|neha,कविता|kavita,दीपिका|deepika,अंजलि|anjali,स्नेहा|sneha,रीना|reena"),
        l=_sp("शर्मा|sharma,वर्मा|verma,गुप्ता|gupta,सिंह|singh,कुमार|kumar,पटेल|patel,मिश्रा|mishra,यादव|yadav,जोशी|joshi,अग्रवाल|agarwal,चौहान|chauhan,मेहता|mehta")),
    "th": dict(
        m=_sp("สมชาย|somchai,ธนากร|thanakorn,วิชัย|wichai,ณัฐพล|nattapon,อนุชา|anucha,กิตติ|kitti,พงศกร|pongsakorn,ชัยวัฒน์|chaiwat"),
        f=_sp("สุดารัตน์|sudarat,กัญญา|kanya,นภา|napha,มาลี|malee,ปวีณา|paweena,อรุณี|arunee,ศิริพร|siriporn,วันเพ็ญ|wanpen"),
        l=_sp("ใจดี|jaidee,สุขสวัสดิ์|suksawat,ศรีสุข|srisuk,วงศ์สวัสดิ์|wongsawat,บุญมา|boonma,แก้วมณี|kaewmanee,ทองดี|thongdee,รัตนพันธ์|rattanaphan,จันทร์เพ็ญ|chanpen,พรหมมา|promma")),
}

# placeholder / textbook names -> identifying false
PLACEHOLDER_NAMES = {
    "en": ["John Doe", "Jane Doe", "Joe Bloggs", "John Q. Public", "Jane Roe"],
    "es": ["Juan Pérez", "Fulano de Tal"], "fr": ["Jean Dupont", "Marie Dupont"],
    "de": ["Max Mustermann", "Erika Mustermann"], "it": ["Mario Rossi"],
    "pt": ["Fulano de Tal", "João da Silva"], "nl": ["Jan Jansen", "Jan Modaal"],
    "pl": ["Jan Kowalski", "Anna Kowalska"], "sv": ["Sven Svensson"], "cs": ["Jan Novák"],
    "ro": ["Ion Popescu"], "hu": ["Gipsz Jakab"], "vi": ["Nguyễn Văn A"],
    "ru": ["Иван Иванов", "Иван Иванович Иванов"], "ar": ["فلان الفلاني"],
    "he": ["ישראל ישראלי"], "zh": ["张三", "李四"], "ja": ["山田太郎", "山田花子"],
    "ko": ["홍길동"],
}

FAMILY_FIRST = {"zh", "ja", "ko", "hu", "vi"}
NO_SPACE = {"zh", "ja", "ko"}


def strip_acc(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i").replace("đ", "d").replace("Đ", "D").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _split(entry):
    if "|" in entry:
        a, b = entry.split("|")
        return a, b
    return entry, re.sub(r"[^a-z]", "", strip_acc(entry).lower())


class Person:
    def __init__(self, lang, first, last, rfirst, rlast, middle="", ident=True, full=None):
        self.lang, self.first, self.last = lang, first, last
        self.rfirst, self.rlast, self.middle, self.ident = rfirst, rlast, middle, ident
        if full is None:
            if lang in NO_SPACE:
                full = last + first
            elif lang in FAMILY_FIRST:
                full = " ".join(x for x in (last, middle, first) if x)
            else:
                full = " ".join(x for x in (first, middle, last) if x)
        self.full = full

    def roman_full(self):
        return "%s %s" % (self.rfirst.capitalize(), self.rlast.capitalize())


def person(r, lang="en", gender=None, placeholder=False):
    if lang not in NAMES:
        lang = "en"
    if placeholder and lang in PLACEHOLDER_NAMES:
        full = r.choice(PLACEHOLDER_NAMES[lang])
        rom = re.sub(r"[^a-z ]", "", strip_acc(full).lower()).split()
        if lang in ("zh", "ja", "ko") or not rom:
            rom = ["user", "test"]
        return Person(lang, full.split()[0], full.split()[-1], rom[0], rom[-1], ident=False, full=full)
    d = NAMES[lang]
    g = gender or r.choice("mf")
    f, rf = _split(r.choice(d[g]))
    li = r.randrange(len(d["l"]))
    if g == "f" and "lf" in d:
        l, rl = _split(d["lf"][li])
    else:
        l, rl = _split(d["l"][li])
        if g == "f" and lang == "ru":
            l, rl = l + "а", rl + "a"
    mid = ""
    if lang == "vi":
        mid = r.choice(d["mid_" + g])
    elif lang == "ru" and r.random() < 0.25:
        mid = _split(r.choice(d["p" + g]))[0]
    elif lang == "es" and r.random() < 0.5:
        l2 = d["l"][r.randrange(len(d["l"]))]
        if l2 != l:
            l = l + " " + l2
    elif lang == "en" and r.random() < 0.12:
        mid = r.choice(UP) + "."
    return Person(lang, f, l, rf, rl, middle=mid)


# ---------------------------------------------------------------- orgs, domains
SYL = _sp("ka,ri,to,me,lo,na,vi,sa,der,mon,tal,ber,gen,lux,cor,ven,tra,fil,nor,sol,mar,bel,dan,zen,vor,qua,lin,rho,tek,sta,pel,gro,ama,ori,tes,vel,kor,mis,pra,dal")
ORG_SUFFIX = _sp("Logistics,Systems,Labs,Consulting,Group,Health,Solutions,Analytics,Media,Partners,Foods,Energy,Software,Capital,Clinic,Robotics,Textiles,Freight,Insurance,Studio")
LANG_TLD = {"en": [".com", ".io", ".co.uk", ".com.au", ".ca", ".net"], "es": [".es", ".com.mx"], "fr": [".fr", ".be"],
            "de": [".de", ".at", ".ch"], "it": [".it"], "pt": [".pt", ".com.br"], "nl": [".nl"], "pl": [".pl"],
            "sv": [".se"], "tr": [".com.tr"], "cs": [".cz"], "ro": [".ro"], "hu": [".hu"], "vi": [".vn"],
            "id": [".co.id"], "ru": [".ru"], "uk": [".ua", ".com.ua"], "el": [".gr"], "ar": [".sa", ".ae", ".com.eg"],
            "he": [".co.il"], "zh": [".cn", ".com.cn"], "ja": [".co.jp", ".jp"], "ko": [".co.kr", ".kr"],
            "hi": [".in", ".co.in"], "th": [".co.th"]}
FREEMAIL = {"en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "aol.com"],
            "de": ["web.de", "gmx.de", "t-online.de", "gmx.at"], "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
            "es": ["hotmail.es", "yahoo.es", "gmail.com"], "it": ["libero.it", "virgilio.it", "gmail.com"],
            "pt": ["sapo.pt", "uol.com.br", "bol.com.br"], "nl": ["ziggo.nl", "kpnmail.nl"], "pl": ["wp.pl", "onet.pl", "o2.pl"],
            "sv": ["telia.com", "gmail.com"], "tr": ["hotmail.com", "yandex.com.tr"], "cs": ["seznam.cz", "email.cz"],
            "ro": ["yahoo.ro", "gmail.com"], "hu": ["freemail.hu", "citromail.hu"], "vi": ["gmail.com", "yahoo.com.vn"],
            "id": ["yahoo.co.id", "gmail.com"], "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"],
            "uk": ["ukr.net", "i.ua", "gmail.com"], "el": ["otenet.gr", "yahoo.gr"], "ar": ["gmail.com", "hotmail.com", "outlook.sa"],
            "he": ["walla.co.il", "gmail.com"], "zh": ["qq.com", "163.com", "126.com", "sina.com"],
            "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"], "ko": ["naver.com", "daum.net", "hanmail.net"],
            "hi": ["rediffmail.com", "gmail.com"], "th": ["hotmail.co.th", "gmail.com"]}
RESERVED_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "corp.example", "acme.test",
                    "shop.test", "test.invalid", "example.co"]  # example.co is NOT reserved: handled below
RESERVED_DOMAINS = RESERVED_DOMAINS[:-1]


def org(r, lang="en"):
    root = "".join(r.choice(SYL) for _ in range(r.choice((2, 2, 3)))).capitalize()
    suf = r.choice(ORG_SUFFIX)
    dom = (root.lower() + r.choice(["", "-" + suf.lower(), suf.lower()[:4]]) + r.choice(LANG_TLD.get(lang, LANG_TLD["en"])))
    return "%s %s" % (root, suf), dom


def email_for(r, p=None, lang="en", domain=None, reserved=False):
    if p is None:
        p = person(r, lang)
    f, l = p.rfirst or "user", p.rlast or "mail"
    pat = r.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}", "{f}.{l}{n}", "{l}.{f}", "{f}{n}", "{fi}.{l}", "{f}-{l}", "{l}{fi}", "{f}+{tag}"])
    local = fill_str(pat, f=f, l=l, fi=f[0], n=str(r.choice([r.randint(1, 99), r.randint(1960, 2005)])),
                     tag=r.choice(["shop", "news", "work", "receipts"]))
    if r.random() < 0.06:
        local = local.capitalize()
    if reserved:
        domain = r.choice(RESERVED_DOMAINS)
    elif domain is None:
        domain = r.choice(FREEMAIL.get(lang, FREEMAIL["en"])) if r.random() < 0.55 else org(r, lang)[1]
    ident = not is_reserved_domain(domain)
    return local + "@" + domain, ident


def is_reserved_domain(d):
    d = d.lower()
    return (d in ("example.com", "example.org", "example.net") or d.endswith(".example") or d.endswith(".test")
            or d.endswith(".invalid") or d.endswith(".localhost") or d.endswith(".example.com"))


def role_email(r, lang="en", domain=None, reserved=False):
    dom = domain or (r.choice(RESERVED_DOMAINS) if reserved else org(r, lang)[1])
    return r.choice(["support", "billing", "info", "hr", "noreply", "security", "help", "contact", "jobs", "accounts"]) + "@" + dom, not is_reserved_domain(dom)


# ---------------------------------------------------------------- phones
# pattern language: X = digit 2-9, d = any digit, everything else literal
PHONE_FMT = {
    "US": ["+1 (Xdd) Xdd-dddd", "(Xdd) Xdd-dddd", "Xdd-Xdd-dddd", "+1 Xdd Xdd dddd", "Xdd.Xdd.dddd", "+1-Xdd-Xdd-dddd", "1-Xdd-Xdd-dddd", "+1Xdd Xdd dddd"],
    "CA": ["+1 (Xdd) Xdd-dddd", "Xdd-Xdd-dddd"],
    "GB": ["+44 7ddd dddddd", "07ddd dddddd", "+44 (0)20 7ddd dddd", "020 8ddd dddd", "+44 161 ddd dddd", "0161 ddd dddd", "+447ddddddddd"],
    "DE": ["+49 15d ddddddd", "0151 dddddddd", "+49 30 dddddddd", "030 ddddddd", "+49 (0)89 ddddddd", "0172/ddddddd", "+49 40 ddd ddd dd", "0049 171 ddddddd"],
    "AT": ["+43 664 ddddddd", "0664 ddddddd", "+43 1 ddd dd dd"],
    "CH": ["+41 7d ddd dd dd", "07d ddd dd dd", "+41 44 ddd dd dd", "044 ddd dd dd"],
    "FR": ["+33 6 dd dd dd dd", "06 dd dd dd dd", "07.dd.dd.dd.dd", "+33 (0)1 dd dd dd dd", "01 dd dd dd dd", "+336dddddddd"],
    "BE": ["+32 4dd dd dd dd", "04dd dd dd dd", "+32 2 ddd dd dd", "02 ddd dd dd"],
    "ES": ["+34 6dd ddd ddd", "6dd dd dd dd", "+34 91 ddd dd dd", "91 ddd dd dd", "6dd ddd ddd"],
    "MX": ["+52 55 dddd dddd", "55 dddd dddd", "+52 1 33 dddd dddd", "(81) dddd-dddd"],
    "IT": ["+39 3dd ddd dddd", "3dd ddd dddd", "+39 06 dddd dddd", "02 dddd dddd", "+39 3dddddddd"],
    "PT": ["+351 9dd ddd ddd", "9dd ddd ddd", "+351 21 ddd dddd"],
    "BR": ["+55 11 9dddd-dddd", "(11) 9dddd-dddd", "+55 21 dddd-dddd", "(21) 3ddd-dddd", "+55 (11) 9 dddd-dddd"],
    "NL": ["+31 6 dddddddd", "06-dddddddd", "+31 20 ddd dddd", "020-ddd dddd", "06 dd dd dd dd"],
    "PL": ["+48 5dd ddd ddd", "6dd-ddd-ddd", "+48 22 ddd dd dd", "5dd ddd ddd"],
    "SE": ["+46 7d ddd dd dd", "07d-ddd dd dd", "08-ddd ddd dd", "+46 8 ddd ddd dd"],
    "TR": ["+90 5dd ddd dd dd", "0 (5dd) ddd dd dd", "0212 ddd dd dd", "05dd ddd dd dd"],
    "CZ": ["+420 6dd ddd ddd", "7dd ddd ddd", "+420 2dd ddd ddd"],
    "RO": ["+40 7dd ddd ddd", "07dd ddd ddd", "+40 21 ddd dd dd", "021 ddd dddd"],
    "HU": ["+36 20 ddd dddd", "06 30 ddd dddd", "+36 1 ddd dddd", "06-1-ddd-dddd", "+36 (70) ddd-dddd"],
    "RU": ["+7 9dd ddd-dd-dd", "8 (9dd) ddd-dd-dd", "+7 (495) ddd-dd-dd", "8 495 ddd dd dd", "+79ddddddddd"],
    "UA": ["+380 6d ddd dd dd", "+380 9d ddd dd dd", "0(9d) ddd-dd-dd", "+380 44 ddd dd dd", "09d ddd dd dd"],
    "GR": ["+30 69d ddd dddd", "69d ddd dddd", "+30 210 ddd dddd", "210 ddd dddd"],
    "IL": ["+972 5d-ddd-dddd", "05d-ddd-dddd", "+972 3-ddd-dddd", "03-ddd-dddd"],
    "SA": ["+966 5d ddd dddd", "05d ddd dddd", "+966 11 ddd dddd"],
    "AE": ["+971 5d ddd dddd", "05d ddd dddd", "+971 4 ddd dddd", "04 ddd dddd"],
    "EG": ["+20 10 dddd dddd", "010 dddd dddd", "+20 2 dddd dddd"],
    "IN": ["+91 9dddd ddddd", "+91-8ddddddddd", "098dd ddddd", "+91 22 dddd dddd", "022-dddddddd", "7ddddddddd"],
    "CN": ["+86 13d dddd dddd", "13d-dddd-dddd", "+86 10 dddd dddd", "010-dddddddd", "(021) dddd dddd", "18ddddddddd"],
    "JP": ["+81 90-dddd-dddd", "090-dddd-dddd", "080-dddd-dddd", "+81 3-dddd-dddd", "03-dddd-dddd", "06-dddd-dddd"],
    "KR": ["+82 10-dddd-dddd", "010-dddd-dddd", "+82 2-ddd-dddd", "02-dddd-dddd", "010 dddd dddd"],
    "TH": ["+66 8d ddd dddd", "08d-ddd-dddd", "+66 2 ddd dddd", "02-ddd-dddd"],
    "VN": ["+84 9d ddd dd dd", "09d ddd dddd", "+84 28 dddd dddd", "028 dddd dddd"],
    "ID": ["+62 812-dddd-dddd", "0812-dddd-dddd", "+62 21 dddd dddd", "021-dddd-dddd"],
    "AU": ["+61 4dd ddd ddd", "04dd ddd ddd", "+61 2 dddd dddd", "(02) dddd dddd"],
}
LANG_CC = {"en": ["US", "US", "US", "GB", "CA", "AU", "IN"], "es": ["ES", "ES", "MX"], "fr": ["FR", "FR", "BE", "CH"],
           "de": ["DE", "DE", "AT", "CH"], "it": ["IT"], "pt": ["PT", "BR", "BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"],
           "sv": ["SE"], "tr": ["TR"], "cs": ["CZ"], "ro": ["RO"], "hu": ["HU"], "vi": ["VN"], "id": ["ID"], "ru": ["RU"],
           "uk": ["UA"], "el": ["GR"], "ar": ["SA", "AE", "EG"], "he": ["IL"], "zh": ["CN"], "ja": ["JP"], "ko": ["KR"],
           "hi": ["IN"], "th": ["TH"]}
FICTIONAL_PHONE = ["(Xdd) 555-01dd", "+1 Xdd 555 01dd", "Xdd-555-01dd", "+1 (Xdd) 555-01dd", "07700 900ddd",
                   "+44 7700 900ddd", "020 7946 0ddd", "+44 20 7946 0ddd", "+44 113 496 0ddd", "0491 570 156",
                   "0491 570 159", "+61 491 570 110", "(02) 5550 dddd", "(03) 7010 dddd"]


def _pat(r, pat):
    out = []
    for c in pat:
        if c == "d":
            out.append(r.choice(DIG))
        elif c == "X":
            out.append(r.choice("23456789"))
        else:
            out.append(c)
    return "".join(out)


def phone(r, lang="en", cc=None, fictional=False):
    if fictional:
        return _pat(r, r.choice(FICTIONAL_PHONE)), False
    cc = cc or r.choice(LANG_CC.get(lang, ["US"]))
    while True:
        v = _pat(r, r.choice(PHONE_FMT[cc]))
        if cc in ("US", "CA"):
            dg = "".join(c for c in v if c.isdigit())
            dg = dg[1:] if len(dg) == 11 else dg
            if "555" in v or dg[1] == "9" or dg[1:3] == "11" or dg[4:6] == "11":
                continue
        return v, True


ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def to_arabic_digits(s):
    return "".join(ARABIC_DIGITS[int(c)] if c in DIG else c for c in s)


# ---------------------------------------------------------------- cards
TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "6011111111111117",
              "4000056655665556", "5105105105105100", "371449635398431", "3530111333300000", "4012888888881881",
              "2223003122003222", "30569309025904"]


def card_raw(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "amex", "disc", "jcb", "diners", "unionpay", "visa19"])
    if brand == "visa":
        pre, n = "4", 16
    elif brand == "visa19":
        pre, n = "4", 19
    elif brand == "mc":
        pre, n = str(r.randint(51, 55)), 16
    elif brand == "mc2":
        pre, n = str(r.randint(2221, 2720)), 16
    elif brand == "amex":
        pre, n = r.choice(["34", "37"]), 15
    elif brand == "disc":
        pre, n = r.choice(["6011", "65", "644"]), 16
    elif brand == "jcb":
        pre, n = str(r.randint(3528, 3589)), 16
    elif brand == "diners":
        pre, n = r.choice(["36", "300", "305"]), 14
    else:
        pre, n = "62", 16
    body = pre + rs(r, DIG, n - len(pre) - 1)
    return body + luhn_digit(body)


def card_fmt(r, raw, sep=None):
    if sep is None:
        sep = r.choice([" ", " ", "-", "", ""])
    n = len(raw)
    if n == 15:
        g = [4, 6, 5]
    elif n == 14:
        g = [4, 6, 4]
    elif n == 19:
        g = [4, 4, 4, 4, 3]
    else:
        g = [4, 4, 4, 4]
    out, i = [], 0
    for k in g:
        out.append(raw[i:i + k])
        i += k
    return sep.join(out)


def card(r, test=False, sep=None):
    if test:
        raw = r.choice(TEST_CARDS)
        return card_fmt(r, raw, sep), False
    return card_fmt(r, card_raw(r), sep), True


def bad_luhn_card(r):
    raw = card_raw(r, r.choice(["visa", "mc", "amex", "disc"]))
    last = str((int(raw[-1]) + r.randint(1, 9)) % 10)
    raw = raw[:-1] + last
    assert not luhn_ok(raw)
    return card_fmt(r, raw)


def masked_card(r):
    last4 = rs(r, DIG, 4)
    return r.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "************", "ending in "])[0:] + last4


# ---------------------------------------------------------------- IBAN
IBAN_SPEC = {"DE": "8n10n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "BE": "12n", "AT": "16n",
             "CH": "5n12c", "GB": "4a14n", "IE": "4a14n", "PL": "24n", "PT": "21n", "SE": "20n", "NO": "11n",
             "DK": "14n", "FI": "14n", "CZ": "20n", "GR": "7n16c", "TR": "5n1n16c", "SA": "2n18c", "AE": "19n",
             "IL": "19n", "UA": "6n19c", "HU": "24n", "RO": "4a16c", "LU": "3n13c", "HR": "17n", "BG": "4a6n8c",
             "SK": "20n", "SI": "15n", "LT": "16n", "EE": "16n", "LV": "4a13c", "BR": "23n1a1c", "MT": "4a5n18c",
             "CY": "8n16c", "EG": "25n", "QA": "4a21c", "MC": "10n11c2n", "SM": "1a10n12c"}
LANG_IBAN = {"en": ["GB", "IE", "GB", "DE", "NL"], "de": ["DE", "DE", "AT", "CH", "LU"], "fr": ["FR", "FR", "BE", "LU", "MC", "CH"],
             "es": ["ES"], "it": ["IT", "IT", "SM"], "pt": ["PT", "BR"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE", "FI", "NO", "DK"],
             "tr": ["TR"], "cs": ["CZ", "SK"], "ro": ["RO"], "hu": ["HU"], "ru": ["LV", "EE", "LT"], "uk": ["UA"],
             "el": ["GR", "CY"], "ar": ["SA", "AE", "EG", "QA"], "he": ["IL"], "vi": ["DE", "FR"], "id": ["NL"],
             "zh": ["DE", "GB"], "ja": ["DE", "FR"], "ko": ["DE"], "hi": ["GB", "AE"], "th": ["DE", "CH"]}
DOC_IBANS = ["DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300",
             "ES9121000418450200051332", "IT60X0542811101000000123456", "CH9300762011623852957", "BE68539007547034",
             "AT611904300234573201", "PL61109010140000071219812874", "GB29NWBK60161331926819"]


def _bban(r, spec):
    out = []
    for cnt, kind in re.findall(r"(\d+)([nac])", spec):
        for _ in range(int(cnt)):
            if kind == "n":
                out.append(r.choice(DIG))
            elif kind == "a":
                out.append(r.choice(UP))
            else:
                out.append(r.choice(UP) if r.random() < 0.15 else r.choice(DIG))
    return "".join(out)


def iban_raw(r, cc):
    bb = _bban(r, IBAN_SPEC[cc])
    if cc in ("GB", "IE"):  # bank code letters look like a bank
        bb = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "AIBK", "BOFI", "REVO", "MONZ"]) + bb[4:]
    return iban_make(cc, bb)


def iban_fmt(r, raw, spaced=None):
    if spaced is None:
        spaced = r.random() < 0.55
    if not spaced:
        return raw
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban(r, lang="en", doc=False, spaced=None, cc=None):
    if doc:
        return iban_fmt(r, r.choice(DOC_IBANS), spaced), False
    cc = cc or r.choice(LANG_IBAN.get(lang, ["DE"]))
    return iban_fmt(r, iban_raw(r, cc), spaced), True


def bad_iban(r, lang="en"):
    raw = iban_raw(r, r.choice(LANG_IBAN.get(lang, ["DE"])))
    chk = int(raw[2:4])
    while True:
        n = r.randint(2, 98)
        if n != chk:
            bad = raw[:2] + "%02d" % n + raw[4:]
            if not iban_ok(bad):
                return iban_fmt(r, bad)


# ---------------------------------------------------------------- SSN
DOC_SSNS = ["078-05-1120", "219-09-9999", "123-45-6789"]


def ssn(r, doc=False, fmt=None):
    if doc:
        v = r.choice(DOC_SSNS)
        return (v.replace("-", "") if fmt == "" else v), False
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, n = r.randint(1, 99), r.randint(1, 9999)
    sep = fmt if fmt is not None else r.choice(["-", "-", "-", " ", ""])
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, n), True


def bad_ssn(r):
    k = r.randrange(5)
    a = [0, 666, r.randint(900, 999), r.randint(1, 665), r.randint(1, 665)][k]
    g = 0 if k == 3 else r.randint(1, 99)
    n = 0 if k == 4 else r.randint(1, 9999)
    v = "%03d-%02d-%04d" % (a, g, n)
    assert not ssn_ok(v)
    return v


# ---------------------------------------------------------------- IP
def ipv4_public(r):
    while True:
        a = r.randint(1, 223)
        b, c, d = r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)
        if a in (10, 127, 0) or (a == 100 and 64 <= b <= 127) or (a == 169 and b == 254) or (a == 172 and 16 <= b <= 31):
            continue
        if (a == 192 and b == 168) or (a == 192 and b == 0) or (a == 198 and b in (18, 19, 51)) or (a == 203 and b == 0):
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


def ipv4_nonident(r):
    k = r.randrange(7)
    if k == 0:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (r.choice([0, 1, 1, 2, 10, 178]), r.randint(2, 254))
    if k == 2:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    if k == 3:
        return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
    if k == 4:
        return r.choice(["127.0.0.1", "0.0.0.0", "127.0.1.1"])
    if k == 5:
        return "100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254))
    return "169.254.%d.%d" % (r.randint(1, 254), r.randint(1, 254))


def _v6(groups, r):
    g = list(groups)
    if r.random() < 0.6:
        # compress the longest zero run (if any) or a random middle run
        best, bl, i = -1, 0, 0
        while i < 8:
            if g[i] == "0":
                j = i
                while j < 8 and g[j] == "0":
                    j += 1
                if j - i > bl:
                    best, bl = i, j - i
                i = j
            else:
                i += 1
        if bl >= 2:
            left, right = ":".join(g[:best]), ":".join(g[best + bl:])
            return left + "::" + right
    return ":".join(g)


def ipv6_public(r):
    first = r.choice(["2a02", "2a01", "2001", "2600", "2605", "2804", "2409", "240e", "2a00", "2c0f", "2406"])
    g = [first, "%x" % r.randint(0x100, 0xffff)] + ["%x" % r.randint(0, 0xffff) for _ in range(6)]
    if first == "2001" and g[1] == "db8":
        g[1] = "4860"
    if r.random() < 0.4:
        g[3] = g[4] = "0"
    return _v6(g, r)


def ipv6_nonident(r):
    k = r.randrange(4)
    if k == 0:
        g = ["2001", "db8"] + ["%x" % r.randint(0, 0xffff) for _ in range(2)] + ["0", "0", "0", "%x" % r.randint(1, 0xff)]
        return _v6(g, r)
    if k == 1:
        return "fe80::%x:%x:%x:%x" % tuple(r.randint(0, 0xffff) for _ in range(4))
    if k == 2:
        return "::1"
    return "fd%02x:%x:%x::%x" % (r.randint(0, 255), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xfff))


def ip(r, v6=None, ident=None):
    if v6 is None:
        v6 = r.random() < 0.25
    if ident is None:
        ident = r.random() < 0.6
    if v6:
        return (ipv6_public(r) if ident else ipv6_nonident(r)), ident
    return (ipv4_public(r) if ident else ipv4_nonident(r)), ident


# ---------------------------------------------------------------- secrets
def password(r, n=None, safe_url=False):
    n = n or r.randint(10, 18)
    sym = "!#%^*_-+=.~" if safe_url else "!#$%^&*_-+=?.~"
    while True:
        p = "".join(r.choice(ALNUM + sym) if i else r.choice(ALNUM) for i in range(n))
        if any(c in DIG for c in p) and any(c in sym for c in p) and any(c in UP for c in p) and any(c in LO for c in p):
            return p


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, email=None):
    hdr = b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    body = {"sub": str(r.randint(10 ** 6, 10 ** 9)), "iat": r.randint(1690000000, 1740000000), "scope": r.choice(["read", "read write", "admin"])}
    pl = b64url(json.dumps(body, separators=(",", ":")).encode())
    sig = rs(r, B64URL, 43)
    return hdr + "." + pl + "." + sig


def pem_key(r, kind=None):
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    lines = [rs(r, B64, 64) for _ in range(r.randint(3, 6))] + [rs(r, B64, r.randint(10, 60)) + r.choice(["", "=", "=="])]
    if kind == "OPENSSH PRIVATE KEY":
        lines[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + lines[0][24:]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def api_key(r, kind=None):
    """returns (kind, value)"""
    kinds = ["aws_akid", "aws_secret", "github", "github_pat", "gitlab", "slack", "stripe", "google", "openai", "anthropic",
             "hf", "npm", "twilio", "sendgrid", "jwt", "datadog", "mailgun", "telegram", "azure_key", "generic_hex", "generic"]
    kind = kind or r.choice(kinds)
    if kind == "aws_akid":
        v = r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, B32, 16)
    elif kind == "aws_secret":
        v = rs(r, ALNUM + "/+", 40)
    elif kind == "github":
        v = r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, ALNUM, 36)
    elif kind == "github_pat":
        v = "github_pat_11" + rs(r, UP + DIG, 20) + "_" + rs(r, ALNUM, 59)
    elif kind == "gitlab":
        v = "glpat-" + rs(r, ALNUM + "-_", 20)
    elif kind == "slack":
        v = r.choice(["xoxb-", "xoxp-"]) + rs(r, DIG, 11) + "-" + rs(r, DIG, 13) + "-" + rs(r, ALNUM, 24)
    elif kind == "stripe":
        v = r.choice(["sk_live_", "rk_live_", "sk_live_51"]) + rs(r, ALNUM, r.choice([24, 48, 96]))
    elif kind == "google":
        v = "AIza" + rs(r, ALNUM + "-_", 35)
    elif kind == "openai":
        v = r.choice(["sk-proj-", "sk-"]) + rs(r, ALNUM + "-_", 48)
    elif kind == "anthropic":
        v = "sk-ant-api03-" + rs(r, ALNUM + "-_", 93) + "AA"
    elif kind == "hf":
        v = "hf_" + rs(r, UP + LO, 34)
    elif kind == "npm":
        v = "npm_" + rs(r, ALNUM, 36)
    elif kind == "twilio":
        v = "SK" + rs(r, HEX, 32)
    elif kind == "sendgrid":
        v = "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)
    elif kind == "jwt":
        v = jwt(r)
    elif kind == "datadog":
        v = rs(r, HEX, 32)
    elif kind == "mailgun":
        v = "key-" + rs(r, HEX, 32)
    elif kind == "telegram":
        v = str(r.randint(10 ** 8, 10 ** 10)) + ":AA" + rs(r, B64URL, 33)
    elif kind == "azure_key":
        v = rs(r, B64, 86) + "=="
    elif kind == "generic_hex":
        v = rs(r, HEX, r.choice([40, 64]))
    else:
        v = r.choice(["tok_", "key_", "live_", "prod-", ""]) + rs(r, ALNUM, r.choice([32, 40]))
    return kind, v


DOC_KEYS = [("aws_akid", "AKIAIOSFODNN7EXAMPLE"), ("aws_secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            ("stripe", "sk_test_" + "EXAMPLE" + "0000000000000000000"), ("github", "ghp_" + "x" * 36),
            ("openai", "sk-" + "X" * 48), ("generic", "0123456789abcdef0123456789abcdef"),
            ("slack", "xoxb-000000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX"), ("google", "AIzaSyEXAMPLE-EXAMPLE-EXAMPLE-EXAMPL")]


def doc_key(r):
    return r.choice(DOC_KEYS)


# ---------------------------------------------------------------- look-alikes
MONTHS_EN = _sp("January,February,March,April,May,June,July,August,September,October,November,December")


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha(r, n=64):
    return rs(r, HEX, n)


def ymd(r):
    return r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)


def date_str(r, lang="en", dob=False):
    y, m, d = ymd(r)
    if dob:
        y = r.randint(1941, 2006)
    f = {
        "en": ["%(m)02d/%(d)02d/%(y)d", "%(mn)s %(d)d, %(y)d", "%(y)d-%(m)02d-%(d)02d", "%(d)d %(mn)s %(y)d"],
        "de": ["%(d)02d.%(m)02d.%(y)d", "%(d)d.%(m)d.%(y)d"], "ru": ["%(d)02d.%(m)02d.%(y)d"], "uk": ["%(d)02d.%(m)02d.%(y)d"],
        "pl": ["%(d)02d.%(m)02d.%(y)d"], "cs": ["%(d)d. %(m)d. %(y)d"], "ro": ["%(d)02d.%(m)02d.%(y)d"], "tr": ["%(d)02d.%(m)02d.%(y)d"],
        "fr": ["%(d)02d/%(m)02d/%(y)d"], "es": ["%(d)02d/%(m)02d/%(y)d", "%(d)d-%(m)d-%(y)d"], "it": ["%(d)02d/%(m)02d/%(y)d"],
        "pt": ["%(d)02d/%(m)02d/%(y)d"], "nl": ["%(d)02d-%(m)02d-%(y)d"], "sv": ["%(y)d-%(m)02d-%(d)02d"], "hu": ["%(y)d. %(m)02d. %(d)02d."],
        "el": ["%(d)02d/%(m)02d/%(y)d"], "ar": ["%(d)02d/%(m)02d/%(y)d"], "he": ["%(d)02d.%(m)02d.%(y)d"], "vi": ["%(d)02d/%(m)02d/%(y)d"],
        "id": ["%(d)02d/%(m)02d/%(y)d"], "zh": ["%(y)d年%(m)d月%(d)d日", "%(y)d-%(m)02d-%(d)02d"], "ja": ["%(y)d年%(m)d月%(d)d日", "%(y)d/%(m)02d/%(d)02d"],
        "ko": ["%(y)d년 %(m)d월 %(d)d일", "%(y)d.%(m)02d.%(d)02d"], "hi": ["%(d)02d-%(m)02d-%(y)d"], "th": ["%(d)d/%(m)d/%(be)d"],
    }.get(lang, ["%(y)d-%(m)02d-%(d)02d"])
    return r.choice(f) % dict(y=y, m=m, d=d, mn=MONTHS_EN[m - 1], be=y + 543)


def time_str(r, lang="en"):
    h, mi = r.randint(7, 19), r.choice([0, 15, 30, 45, 10, 20, 40])
    if lang == "en" and r.random() < 0.5:
        return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM")
    return "%02d:%02d" % (h, mi)


def ts_iso(r):
    y, m, d = ymd(r)
    return "%d-%02d-%02dT%02d:%02d:%02d%s" % (y, m, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                                             r.choice(["Z", ".%03dZ" % r.randint(0, 999), "+00:00", "+02:00"]))


def ts_log(r):
    y, m, d = ymd(r)
    return "%d-%02d-%02d %02d:%02d:%02d,%03d" % (y, m, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


CUR = {"en": ("$%s", ",", "."), "de": ("%s €", ".", ","), "fr": ("%s €", "\u202f", ","), "es": ("%s €", ".", ","),
       "it": ("€ %s", ".", ","), "pt": ("R$ %s", ".", ","), "nl": ("€ %s", ".", ","), "pl": ("%s zł", " ", ","),
       "sv": ("%s kr", " ", ","), "tr": ("%s TL", ".", ","), "cs": ("%s Kč", " ", ","), "ro": ("%s lei", ".", ","),
       "hu": ("%s Ft", " ", ","), "vi": ("%s ₫", ".", ","), "id": ("Rp%s", ".", ","), "ru": ("%s ₽", " ", ","),
       "uk": ("%s грн", " ", ","), "el": ("%s €", ".", ","), "ar": ("%s ر.س", ",", "."), "he": ("₪%s", ",", "."),
       "zh": ("¥%s", ",", "."), "ja": ("¥%s", ",", "."), "ko": ("₩%s", ",", "."), "hi": ("₹%s", ",", "."), "th": ("฿%s", ",", ".")}


def amount(r, lang="en"):
    fmt, th, dec = CUR.get(lang, CUR["en"])
    v = r.randint(100, 999999)
    ip_, fp = divmod(v, 100)
    s = "{:,}".format(ip_).replace(",", th)
    if lang in ("ja", "ko", "vi", "id", "hu"):
        s = "{:,}".format(v * (10 if lang != "hu" else 1)).replace(",", th)
    else:
        s = s + dec + "%02d" % fp
    return fmt % s


def version(r):
    k = r.randrange(5)
    if k == 0:
        return "v%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 40))
    if k == 1:
        return "%d.%d.%d" % (r.randint(1, 20), r.randint(0, 12), r.randint(0, 99))
    if k == 2:
        return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 20), r.randint(0, 255))
    if k == 3:
        return "10.0.%d.%d" % (r.randint(19041, 26100), r.randint(100, 4500))
    return "%d.%d.%d-rc.%d" % (r.randint(0, 5), r.randint(0, 20), r.randint(0, 9), r.randint(1, 4))


def order_no(r):
    return r.choice(["ORD-%d-%06d", "#%d%06d", "SO%d%06d", "A%d-%06d", "%d%06d"]) % (r.randint(20, 26), r.randint(0, 999999))


def ticket(r):
    return "%s-%d" % (r.choice(["OPS", "SUP", "BILL", "INFRA", "SEC", "HR", "WEB", "DATA", "CS"]), r.randint(10, 99999))


def invoice_no(r):
    return r.choice(["INV-%d-%05d", "RE-%d/%05d", "F%d-%05d", "FV/%d/%05d"]) % (r.randint(2021, 2026), r.randint(1, 99999))


def tracking(r):
    k = r.randrange(4)
    if k == 0:
        return "1Z" + rs(r, UP + DIG, 6) + rs(r, DIG, 10)
    if k == 1:
        return "94" + rs(r, DIG, 20)
    if k == 2:
        return rs(r, UP, 2) + rs(r, DIG, 9) + r.choice(["DE", "CN", "GB", "NL", "PL"])
    return rs(r, DIG, 12)


def isbn13(r):
    body = "978" + str(r.randint(0, 1)) + rs(r, DIG, 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    full = body + str(chk)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12])


def mac(r):
    sep = r.choice([":", "-"])
    m = sep.join("%02x" % r.randint(0, 255) for _ in range(6))
    return m.upper() if r.random() < 0.4 else m


def coords(r):
    return "%.4f, %.4f" % (r.uniform(-60, 70), r.uniform(-170, 170))


def bic(r, cc=None):
    cc = cc or r.choice(["DE", "FR", "GB", "ES", "IT", "NL", "PL", "CH"])
    return rs(r, UP, 4) + cc + rs(r, UP + DIG, 2) + r.choice(["", "XXX", rs(r, UP, 3)])


def vat(r):
    return r.choice(["DE%09d", "FR%011d", "ATU%08d", "NL%09dB01", "GB%09d", "IT%011d", "ES%09d"]) % r.randint(10 ** 7, 10 ** 8)


def ein(r):
    return "%02d-%07d" % (r.randint(10, 99), r.randint(0, 9999999))


def hex_color(r):
    return "#" + rs(r, HEX, 6)


def mem_addr(r):
    return "0x" + rs(r, HEX, r.choice([8, 12, 16]))


def epoch(r):
    return str(r.randint(1600000000, 1760000000))


ORG_AFTER_PERSON = ["Johnson & Johnson", "Goldman Sachs", "Wells Fargo", "Ford Motor Company", "Procter & Gamble", "Morgan Stanley",
                    "Ernst & Young", "Dell Technologies", "Boeing", "Philips", "Siemens", "Bosch", "Porsche", "Michelin",
                    "Peugeot", "Toyota", "Honda", "Marks & Spencer", "Sainsbury's", "Hewlett-Packard", "Ben & Jerry's", "Dow Jones",
                    "Carnegie Mellon University", "Johns Hopkins Hospital", "Max Planck Institute", "Fraunhofer", "Nobel Foundation"]
PLACE_AFTER_PERSON = ["Washington", "Houston", "Dallas", "São Paulo", "San Francisco", "Saint Petersburg", "Bolívar", "Columbus",
                      "Lake Victoria", "Victoria Station", "Kennedy Airport", "Charles de Gaulle", "Rue Victor Hugo",
                      "Avenida Benito Juárez", "Karl-Marx-Allee", "Martin Luther King Jr. Blvd", "Pennsylvania",
                      "Ben Gurion Airport", "Sheikh Zayed Road", "Vasco da Gama Bridge", "Queen Elizabeth Olympic Park"]
PRODUCT_AFTER_PERSON = ["Tesla Model 3", "Ferrari Roma", "Mercedes EQS", "Lamborghini Urus", "Dyson V15", "Jacuzzi J-335",
                        "Ford Mustang", "Chrysler Pacifica", "Hilton Honors", "McDonald's McFlurry", "Walt Disney World",
                        "Adobe Acrobat", "Linux kernel", "Pascal compiler", "Kalashnikov", "Rolex Submariner", "Oscar",
                        "Nobel Prize", "Ada Lovelace GPU", "Hopper H100", "Einstein Bros. Bagels"]
EPONYMS = ["Newton", "Kelvin", "Fourier transform", "Dijkstra's algorithm", "Gaussian blur", "Bayesian", "Parkinson's disease",
           "Alzheimer's", "Euler's number", "Boolean", "Turing test", "Levenshtein distance", "Bloom filter", "Kalman filter",
           "Hamming code", "Doppler effect", "Murphy's law", "Caesar cipher", "Diffie-Hellman", "Huffman coding"]
CAP_WORDS = ["Monday", "Friday", "Regards", "Thanks", "Please", "Admin", "Guest", "Customer", "Manager", "Support",
             "Sales", "Dear Team", "Root", "Owner", "Reviewer", "Spring", "Summer", "Grace Period", "Will", "June", "April"]


# ---------------------------------------------------------------- localized phrases (written by the author)
_PHR = r"""
@en
greet=Hi there,
intro=My name is {N}.
email=You can reach me at {E}.
phone=My phone number is {P}.
iban=Please send the refund to my account {I}.
card=I was charged twice on my card {C}.
order=My order number is {O}, placed on {D}.
thanks=Thanks in advance.
regards=Kind regards,
meeting=The meeting with {N} has been moved to {D} at {T}.
patient=Patient {N}, date of birth {D}, can be reached at {P}.
hr={N} joins the team on {D}; salary will be paid to {I}.
ipline=Since this morning I cannot log in from {X}.
keyline=I accidentally pasted our API key {K} into a public channel. How do I revoke it?
c_order=Order {O} was shipped on {D} and should arrive within 3-5 business days.
c_version=After updating to version {V} the app crashes on startup.
c_amount=Invoice {O} for {A} is due on {D}.
c_generic=Could you summarize the attached report in three bullet points?
c_meeting=The weekly sync moves to {D} at {T}, same room.
forward=If I'm unavailable, please contact my colleague {N} ({E}).
agent=Thank you, I have updated your details. Your reference is {O}.
f_name=Full name
f_email=E-mail
f_phone=Phone
f_iban=IBAN
f_dob=Date of birth
f_card=Card number
subj=Question about my order
@es
greet=Hola,
intro=Me llamo {N}.
email=Podéis escribirme a {E}.
phone=Mi número de teléfono es el {P}.
iban=Por favor, hagan el reembolso a mi cuenta {I}.
card=Me han cobrado dos veces en la tarjeta {C}.
order=Mi número de pedido es {O}, realizado el {D}.
thanks=Gracias de antemano.
regards=Un saludo,
meeting=La reunión con {N} se ha movido al {D} a las {T}.
patient=Paciente {N}, fecha de nacimiento {D}, teléfono de contacto {P}.
hr={N} se incorpora al equipo el {D}; la nómina se abonará en {I}.
ipline=Desde esta mañana no puedo iniciar sesión desde la IP {X}.
keyline=Pegué sin querer nuestra clave de API {K} en un canal público. ¿Cómo la revoco?
c_order=El pedido {O} salió del almacén el {D} y llegará en 3-5 días laborables.
c_version=Después de actualizar a la versión {V} la aplicación se cierra al arrancar.
c_amount=La factura {O} por {A} vence el {D}.
c_generic=¿Puedes resumir el informe adjunto en tres puntos?
c_meeting=La reunión semanal pasa al {D} a las {T}, misma sala.
forward=Si no estoy disponible, contacta con mi compañera {N} ({E}).
agent=Gracias, ya he actualizado sus datos. Su referencia es {O}.
f_name=Nombre completo
f_email=Correo electrónico
f_phone=Teléfono
f_iban=IBAN
f_dob=Fecha de nacimiento
f_card=Número de tarjeta
subj=Consulta sobre mi pedido
@fr
greet=Bonjour,
intro=Je m'appelle {N}.
email=Vous pouvez me joindre à l'adresse {E}.
phone=Mon numéro de téléphone est le {P}.
iban=Merci de rembourser sur mon compte {I}.
card=J'ai été débité deux fois sur ma carte {C}.
order=Ma commande porte le numéro {O}, passée le {D}.
thanks=Merci d'avance.
regards=Cordialement,
meeting=La réunion avec {N} est déplacée au {D} à {T}.
patient=Patient(e) {N}, né(e) le {D}, joignable au {P}.
hr={N} rejoint l'équipe le {D} ; le salaire sera versé sur {I}.
ipline=Depuis ce matin je ne peux plus me connecter depuis {X}.
keyline=J'ai collé par erreur notre clé d'API {K} dans un canal public. Comment la révoquer ?
c_order=La commande {O} a été expédiée le {D} et devrait arriver sous 3 à 5 jours ouvrés.
c_version=Depuis la mise à jour vers la version {V}, l'application plante au démarrage.
c_amount=La facture {O} d'un montant de {A} est à régler avant le {D}.
c_generic=Peux-tu résumer le rapport ci-joint en trois points ?
c_meeting=Le point hebdomadaire est déplacé au {D} à {T}, même salle.
forward=En cas d'absence, contactez ma collègue {N} ({E}).
agent=Merci, j'ai mis à jour vos coordonnées. Votre référence : {O}.
f_name=Nom complet
f_email=Courriel
f_phone=Téléphone
f_iban=IBAN
f_dob=Date de naissance
f_card=Numéro de carte
subj=Question concernant ma commande
@de
greet=Hallo,
intro=Mein Name ist {N}.
email=Sie erreichen mich unter {E}.
phone=Meine Telefonnummer lautet {P}.
iban=Bitte überweisen Sie die Erstattung auf mein Konto {I}.
card=Meine Karte {C} wurde doppelt belastet.
order=Meine Bestellnummer ist {O} vom {D}.
thanks=Vielen Dank im Voraus.
regards=Mit freundlichen Grüßen
meeting=Der Termin mit {N} wurde auf den {D} um {T} Uhr verschoben.
patient=Patient/in {N}, geb. {D}, erreichbar unter {P}.
hr={N} fängt am {D} bei uns an; das Gehalt geht auf {I}.
ipline=Seit heute Morgen kann ich mich von {X} aus nicht mehr anmelden.
keyline=Ich habe aus Versehen unseren API-Schlüssel {K} in einen öffentlichen Kanal gepostet. Wie widerrufe ich ihn?
c_order=Die Bestellung {O} wurde am {D} versendet und kommt in 3-5 Werktagen an.
c_version=Nach dem Update auf Version {V} stürzt die App beim Start ab.
c_amount=Die Rechnung {O} über {A} ist am {D} fällig.
c_generic=Kannst du den angehängten Bericht in drei Stichpunkten zusammenfassen?
c_meeting=Das wöchentliche Meeting ist auf den {D} um {T} Uhr verlegt, gleicher Raum.
forward=Falls ich nicht erreichbar bin, wenden Sie sich bitte an meine Kollegin {N} ({E}).
agent=Danke, ich habe Ihre Daten aktualisiert. Ihre Vorgangsnummer lautet {O}.
f_name=Vor- und Nachname
f_email=E-Mail
f_phone=Telefon
f_iban=IBAN
f_dob=Geburtsdatum
f_card=Kartennummer
subj=Frage zu meiner Bestellung
@it
greet=Buongiorno,
intro=Mi chiamo {N}.
email=Potete scrivermi a {E}.
phone=Il mio numero di telefono è {P}.
iban=Vi prego di effettuare il rimborso sul conto {I}.
card=Mi è stato addebitato due volte l'importo sulla carta {C}.
order=Il mio numero d'ordine è {O}, effettuato il {D}.
thanks=Grazie in anticipo.
regards=Cordiali saluti,
meeting=La riunione con {N} è stata spostata al {D} alle {T}.
patient=Paziente {N}, nato/a il {D}, recapito telefonico {P}.
hr={N} entra nel team il {D}; lo stipendio verrà accreditato su {I}.
ipline=Da stamattina non riesco ad accedere dall'indirizzo {X}.
keyline=Ho incollato per sbaglio la nostra chiave API {K} in un canale pubblico. Come la revoco?
c_order=L'ordine {O} è stato spedito il {D} e arriverà entro 3-5 giorni lavorativi.
c_version=Dopo l'aggiornamento alla versione {V} l'app si chiude all'avvio.
c_amount=La fattura {O} di {A} scade il {D}.
c_generic=Puoi riassumere il report allegato in tre punti?
c_meeting=La riunione settimanale è spostata al {D} alle {T}, stessa sala.
forward=Se non sono raggiungibile, contattate la mia collega {N} ({E}).
agent=Grazie, ho aggiornato i suoi dati. Il suo codice pratica è {O}.
f_name=Nome e cognome
f_email=Email
f_phone=Telefono
f_iban=IBAN
f_dob=Data di nascita
f_card=Numero carta
subj=Domanda sul mio ordine
@pt
greet=Olá,
intro=O meu nome é {N}.
email=Podem contactar-me através de {E}.
phone=O meu número de telefone é {P}.
iban=Por favor, façam o reembolso para a conta {I}.
card=Fui cobrado duas vezes no cartão {C}.
order=O número da minha encomenda é {O}, feita em {D}.
thanks=Desde já obrigado.
regards=Com os melhores cumprimentos,
meeting=A reunião com {N} passou para {D} às {T}.
patient=Paciente {N}, data de nascimento {D}, contacto {P}.
hr={N} entra na equipa a {D}; o salário será pago na conta {I}.
ipline=Desde hoje de manhã não consigo entrar a partir do IP {X}.
keyline=Colei sem querer a nossa chave de API {K} num canal público. Como a revogo?
c_order=A encomenda {O} foi enviada em {D} e deve chegar em 3 a 5 dias úteis.
c_version=Depois de atualizar para a versão {V}, a aplicação fecha ao iniciar.
c_amount=A fatura {O} no valor de {A} vence em {D}.
c_generic=Podes resumir o relatório em anexo em três tópicos?
c_meeting=A reunião semanal passa para {D} às {T}, mesma sala.
forward=Se eu não estiver disponível, fale com a minha colega {N} ({E}).
agent=Obrigado, atualizei os seus dados. A sua referência é {O}.
f_name=Nome completo
f_email=E-mail
f_phone=Telefone
f_iban=IBAN
f_dob=Data de nascimento
f_card=Número do cartão
subj=Dúvida sobre a minha encomenda
@nl
greet=Hallo,
intro=Mijn naam is {N}.
email=U kunt mij bereiken via {E}.
phone=Mijn telefoonnummer is {P}.
iban=Wilt u het bedrag terugstorten op rekening {I}?
card=Mijn kaart {C} is twee keer belast.
order=Mijn bestelnummer is {O}, geplaatst op {D}.
thanks=Alvast bedankt.
regards=Met vriendelijke groet,
meeting=Het overleg met {N} is verplaatst naar {D} om {T}.
patient=Patiënt {N}, geboortedatum {D}, telefonisch bereikbaar op {P}.
hr={N} begint op {D}; het salaris wordt overgemaakt naar {I}.
ipline=Sinds vanochtend kan ik niet meer inloggen vanaf {X}.
keyline=Ik heb per ongeluk onze API-sleutel {K} in een openbaar kanaal geplakt. Hoe trek ik die in?
c_order=Bestelling {O} is op {D} verzonden en komt binnen 3-5 werkdagen aan.
c_version=Na de update naar versie {V} crasht de app bij het opstarten.
c_amount=Factuur {O} van {A} moet uiterlijk {D} betaald zijn.
c_generic=Kun je het bijgevoegde rapport in drie punten samenvatten?
c_meeting=Het wekelijkse overleg verschuift naar {D} om {T}, zelfde zaal.
forward=Bij afwezigheid kunt u contact opnemen met mijn collega {N} ({E}).
agent=Bedankt, ik heb uw gegevens bijgewerkt. Uw referentie is {O}.
f_name=Volledige naam
f_email=E-mailadres
f_phone=Telefoon
f_iban=IBAN
f_dob=Geboortedatum
f_card=Kaartnummer
subj=Vraag over mijn bestelling
@pl
greet=Dzień dobry,
intro=Nazywam się {N}.
email=Proszę o kontakt pod adresem {E}.
phone=Mój numer telefonu to {P}.
iban=Proszę o zwrot środków na konto {I}.
card=Moja karta {C} została obciążona dwukrotnie.
order=Numer mojego zamówienia to {O}, złożone {D}.
thanks=Z góry dziękuję.
regards=Pozdrawiam serdecznie,
meeting=Spotkanie z {N} zostało przeniesione na {D} na godz. {T}.
patient=Pacjent(ka) {N}, data urodzenia {D}, tel. kontaktowy {P}.
hr={N} dołącza do zespołu {D}; wynagrodzenie będzie wypłacane na konto {I}.
ipline=Od rana nie mogę się zalogować z adresu {X}.
keyline=Przez pomyłkę wkleiłem nasz klucz API {K} na publiczny kanał. Jak go unieważnić?
c_order=Zamówienie {O} zostało wysłane {D} i dotrze w ciągu 3-5 dni roboczych.
c_version=Po aktualizacji do wersji {V} aplikacja zamyka się przy uruchomieniu.
c_amount=Faktura {O} na kwotę {A} jest płatna do {D}.
c_generic=Czy możesz streścić załączony raport w trzech punktach?
c_meeting=Cotygodniowe spotkanie przenosimy na {D}, godz. {T}, ta sama sala.
forward=W razie mojej nieobecności proszę kontaktować się z {N} ({E}).
agent=Dziękuję, zaktualizowałem Pana/Pani dane. Numer zgłoszenia: {O}.
f_name=Imię i nazwisko
f_email=Adres e-mail
f_phone=Telefon
f_iban=IBAN
f_dob=Data urodzenia
f_card=Numer karty
subj=Pytanie o zamówienie
@sv
greet=Hej,
intro=Jag heter {N}.
email=Ni når mig på {E}.
phone=Mitt telefonnummer är {P}.
iban=Vänligen betala tillbaka till mitt konto {I}.
card=Mitt kort {C} har debiterats två gånger.
order=Mitt ordernummer är {O}, lagd {D}.
thanks=Tack på förhand.
regards=Med vänliga hälsningar,
meeting=Mötet med {N} är flyttat till {D} kl. {T}.
patient=Patient {N}, född {D}, nås på {P}.
hr={N} börjar hos oss {D}; lönen betalas till {I}.
ipline=Sedan i morse kan jag inte logga in från {X}.
keyline=Jag råkade klistra in vår API-nyckel {K} i en offentlig kanal. Hur spärrar jag den?
c_order=Order {O} skickades {D} och bör komma fram inom 3–5 arbetsdagar.
c_version=Efter uppdateringen till version {V} kraschar appen vid start.
c_amount=Faktura {O} på {A} förfaller {D}.
c_generic=Kan du sammanfatta den bifogade rapporten i tre punkter?
c_meeting=Veckomötet flyttas till {D} kl. {T}, samma rum.
forward=Om jag inte är anträffbar, kontakta min kollega {N} ({E}).
agent=Tack, jag har uppdaterat dina uppgifter. Ditt ärendenummer är {O}.
f_name=Namn
f_email=E-post
f_phone=Telefon
f_iban=IBAN
f_dob=Födelsedatum
f_card=Kortnummer
subj=Fråga om min beställning
@tr
greet=Merhaba,
intro=Adım {N}.
email=Bana {E} adresinden ulaşabilirsiniz.
phone=Telefon numaram {P}.
iban=Lütfen iadeyi {I} numaralı hesabıma yapın.
card={C} numaralı kartımdan iki kez çekim yapıldı.
order=Sipariş numaram {O}, {D} tarihinde verildi.
thanks=Şimdiden teşekkürler.
regards=Saygılarımla,
meeting={N} ile toplantı {D} saat {T}'e alındı.
patient=Hasta {N}, doğum tarihi {D}, iletişim numarası {P}.
hr={N} {D} tarihinde ekibe katılıyor; maaşı {I} hesabına yatırılacak.
ipline=Bu sabahtan beri {X} adresinden giriş yapamıyorum.
keyline=API anahtarımızı ({K}) yanlışlıkla herkese açık bir kanala yapıştırdım. Nasıl iptal ederim?
c_order={O} numaralı sipariş {D} tarihinde kargoya verildi, 3-5 iş günü içinde teslim edilecek.
c_version={V} sürümüne güncelledikten sonra uygulama açılışta çöküyor.
c_amount={O} numaralı {A} tutarındaki fatura {D} tarihinde ödenmeli.
c_generic=Ekteki raporu üç madde halinde özetleyebilir misin?
c_meeting=Haftalık toplantı {D} saat {T}'e taşındı, aynı salon.
forward=Ulaşamazsanız meslektaşım {N} ({E}) ile iletişime geçin.
agent=Teşekkürler, bilgilerinizi güncelledim. Referans numaranız {O}.
f_name=Ad soyad
f_email=E-posta
f_phone=Telefon
f_iban=IBAN
f_dob=Doğum tarihi
f_card=Kart numarası
subj=Siparişimle ilgili soru
@cs
greet=Dobrý den,
intro=Jmenuji se {N}.
email=Můžete mi napsat na {E}.
phone=Moje telefonní číslo je {P}.
iban=Prosím o vrácení peněz na účet {I}.
card=Z mé karty {C} byla platba stržena dvakrát.
order=Číslo mé objednávky je {O} ze dne {D}.
thanks=Předem děkuji.
regards=S pozdravem
meeting=Schůzka s {N} byla přesunuta na {D} v {T}.
patient=Pacient(ka) {N}, datum narození {D}, telefon {P}.
hr={N} nastupuje {D}; mzda bude zasílána na účet {I}.
ipline=Od rána se nemohu přihlásit z adresy {X}.
keyline=Omylem jsem vložil náš API klíč {K} do veřejného kanálu. Jak ho zneplatním?
c_order=Objednávka {O} byla odeslána {D} a dorazí do 3–5 pracovních dnů.
c_version=Po aktualizaci na verzi {V} aplikace při spuštění spadne.
c_amount=Faktura {O} na částku {A} je splatná {D}.
c_generic=Můžeš přiloženou zprávu shrnout do tří bodů?
c_meeting=Týdenní porada se přesouvá na {D} v {T}, stejná místnost.
forward=V mé nepřítomnosti kontaktujte kolegyni {N} ({E}).
agent=Děkuji, vaše údaje jsem aktualizoval. Číslo požadavku je {O}.
f_name=Jméno a příjmení
f_email=E-mail
f_phone=Telefon
f_iban=IBAN
f_dob=Datum narození
f_card=Číslo karty
subj=Dotaz k objednávce
@ro
greet=Bună ziua,
intro=Mă numesc {N}.
email=Mă puteți contacta la {E}.
phone=Numărul meu de telefon este {P}.
iban=Vă rog să returnați banii în contul {I}.
card=Cardul meu {C} a fost debitat de două ori.
order=Numărul comenzii mele este {O}, plasată pe {D}.
thanks=Mulțumesc anticipat.
regards=Cu stimă,
meeting=Întâlnirea cu {N} a fost mutată pe {D} la ora {T}.
patient=Pacient(ă) {N}, data nașterii {D}, telefon {P}.
hr={N} se alătură echipei pe {D}; salariul se virează în contul {I}.
ipline=De azi-dimineață nu mă pot autentifica de pe {X}.
keyline=Am lipit din greșeală cheia noastră API {K} într-un canal public. Cum o revoc?
c_order=Comanda {O} a fost expediată pe {D} și ajunge în 3-5 zile lucrătoare.
c_version=După actualizarea la versiunea {V} aplicația se închide la pornire.
c_amount=Factura {O} în valoare de {A} este scadentă pe {D}.
c_generic=Poți rezuma raportul atașat în trei puncte?
c_meeting=Ședința săptămânală se mută pe {D} la {T}, aceeași sală.
forward=Dacă nu sunt disponibil, contactați-o pe colega mea {N} ({E}).
agent=Mulțumesc, v-am actualizat datele. Referința dvs. este {O}.
f_name=Nume complet
f_email=E-mail
f_phone=Telefon
f_iban=IBAN
f_dob=Data nașterii
f_card=Număr card
subj=Întrebare despre comanda mea
@hu
greet=Jó napot,
intro={N} vagyok.
email=A(z) {E} címen érhet el.
phone=A telefonszámom: {P}.
iban=Kérem, a visszatérítést a(z) {I} számlára utalják.
card=A(z) {C} kártyámat kétszer terhelték meg.
order=A rendelésszámom {O}, leadva: {D}.
thanks=Előre is köszönöm.
regards=Üdvözlettel:
meeting=A(z) {N} kollégával tartott megbeszélés {D} {T} órára került át.
patient=Beteg: {N}, szül. {D}, telefonszám: {P}.
hr={N} {D}-án/én kezd; a fizetés a(z) {I} számlára érkezik.
ipline=Ma reggel óta nem tudok belépni a(z) {X} címről.
keyline=Véletlenül bemásoltam az API-kulcsunkat ({K}) egy nyilvános csatornába. Hogyan vonhatom vissza?
c_order=A(z) {O} rendelést {D}-án/én feladtuk, 3-5 munkanapon belül érkezik.
c_version=A(z) {V} verzióra frissítés óta az alkalmazás induláskor összeomlik.
c_amount=A(z) {O} számú, {A} összegű számla esedékessége {D}.
c_generic=Össze tudnád foglalni a csatolt jelentést három pontban?
c_meeting=A heti egyeztetés {D} {T} órára kerül, ugyanabban a teremben.
forward=Ha nem vagyok elérhető, keresse kollégámat, {N} ({E}).
agent=Köszönöm, frissítettem az adatait. Az ügyszáma: {O}.
f_name=Név
f_email=E-mail
f_phone=Telefon
f_iban=IBAN
f_dob=Születési dátum
f_card=Kártyaszám
subj=Kérdés a rendelésemmel kapcsolatban
@vi
greet=Xin chào,
intro=Tôi tên là {N}.
email=Bạn có thể liên hệ tôi qua {E}.
phone=Số điện thoại của tôi là {P}.
iban=Vui lòng hoàn tiền vào tài khoản {I}.
card=Thẻ {C} của tôi bị trừ tiền hai lần.
order=Mã đơn hàng của tôi là {O}, đặt ngày {D}.
thanks=Cảm ơn trước.
regards=Trân trọng,
meeting=Cuộc họp với {N} đã dời sang {D} lúc {T}.
patient=Bệnh nhân {N}, ngày sinh {D}, số liên lạc {P}.
hr={N} bắt đầu làm việc từ {D}; lương sẽ chuyển vào {I}.
ipline=Từ sáng nay tôi không đăng nhập được từ địa chỉ {X}.
keyline=Tôi lỡ dán khóa API {K} của công ty vào kênh công khai. Làm sao để thu hồi?
c_order=Đơn hàng {O} đã được gửi đi ngày {D} và sẽ đến trong 3-5 ngày làm việc.
c_version=Sau khi cập nhật lên phiên bản {V}, ứng dụng bị thoát khi khởi động.
c_amount=Hóa đơn {O} trị giá {A} đến hạn vào {D}.
c_generic=Bạn có thể tóm tắt báo cáo đính kèm thành ba ý chính không?
c_meeting=Cuộc họp hàng tuần chuyển sang {D} lúc {T}, cùng phòng.
forward=Nếu tôi vắng mặt, vui lòng liên hệ đồng nghiệp {N} ({E}).
agent=Cảm ơn, tôi đã cập nhật thông tin của bạn. Mã tham chiếu là {O}.
f_name=Họ và tên
f_email=Email
f_phone=Điện thoại
f_iban=IBAN
f_dob=Ngày sinh
f_card=Số thẻ
subj=Hỏi về đơn hàng
@id
greet=Halo,
intro=Nama saya {N}.
email=Saya bisa dihubungi di {E}.
phone=Nomor telepon saya {P}.
iban=Mohon refund dikirim ke rekening {I}.
card=Kartu saya {C} terpotong dua kali.
order=Nomor pesanan saya {O}, dipesan tanggal {D}.
thanks=Terima kasih sebelumnya.
regards=Salam,
meeting=Rapat dengan {N} dipindah ke {D} pukul {T}.
patient=Pasien {N}, tanggal lahir {D}, nomor kontak {P}.
hr={N} mulai bergabung pada {D}; gaji dibayarkan ke {I}.
ipline=Sejak pagi saya tidak bisa login dari {X}.
keyline=Saya tidak sengaja menempelkan API key kami {K} di kanal publik. Bagaimana cara mencabutnya?
c_order=Pesanan {O} dikirim pada {D} dan akan tiba dalam 3-5 hari kerja.
c_version=Setelah update ke versi {V}, aplikasi langsung tertutup saat dibuka.
c_amount=Tagihan {O} sebesar {A} jatuh tempo pada {D}.
c_generic=Bisa ringkas laporan terlampir menjadi tiga poin?
c_meeting=Rapat mingguan pindah ke {D} pukul {T}, ruangan sama.
forward=Jika saya tidak ada, silakan hubungi rekan saya {N} ({E}).
agent=Terima kasih, data Anda sudah diperbarui. Nomor referensi Anda {O}.
f_name=Nama lengkap
f_email=Email
f_phone=Telepon
f_iban=IBAN
f_dob=Tanggal lahir
f_card=Nomor kartu
subj=Pertanyaan tentang pesanan saya
@ru
greet=Здравствуйте,
intro=Меня зовут {N}.
email=Со мной можно связаться по адресу {E}.
phone=Мой номер телефона: {P}.
iban=Прошу вернуть деньги на счёт {I}.
card=С моей карты {C} списали оплату дважды.
order=Номер моего заказа {O}, оформлен {D}.
thanks=Заранее спасибо.
regards=С уважением,
meeting=Встреча с {N} перенесена на {D}, {T}.
patient=Пациент {N}, дата рождения {D}, контактный телефон {P}.
hr={N} выходит на работу {D}; зарплата будет перечисляться на счёт {I}.
ipline=С утра не могу войти в систему с адреса {X}.
keyline=Я случайно вставил наш API-ключ {K} в публичный канал. Как его отозвать?
c_order=Заказ {O} отправлен {D} и будет доставлен в течение 3–5 рабочих дней.
c_version=После обновления до версии {V} приложение падает при запуске.
c_amount=Счёт {O} на сумму {A} нужно оплатить до {D}.
c_generic=Можешь кратко изложить приложенный отчёт в трёх пунктах?
c_meeting=Еженедельная планёрка переносится на {D}, {T}, та же переговорка.
forward=Если я недоступен, обращайтесь к моей коллеге {N} ({E}).
agent=Спасибо, я обновил ваши данные. Номер обращения: {O}.
f_name=ФИО
f_email=Эл. почта
f_phone=Телефон
f_iban=IBAN
f_dob=Дата рождения
f_card=Номер карты
subj=Вопрос по заказу
@uk
greet=Добрий день,
intro=Мене звати {N}.
email=Зі мною можна зв'язатися за адресою {E}.
phone=Мій номер телефону: {P}.
iban=Прошу повернути кошти на рахунок {I}.
card=З моєї картки {C} двічі списали оплату.
order=Номер мого замовлення {O}, оформлено {D}.
thanks=Заздалегідь дякую.
regards=З повагою,
meeting=Зустріч із {N} перенесено на {D} о {T}.
patient=Пацієнт {N}, дата народження {D}, контактний телефон {P}.
hr={N} приступає до роботи {D}; зарплата надходитиме на рахунок {I}.
ipline=З ранку не можу увійти з адреси {X}.
keyline=Я випадково вставив наш API-ключ {K} у публічний канал. Як його відкликати?
c_order=Замовлення {O} відправлено {D}, доставка триватиме 3–5 робочих днів.
c_version=Після оновлення до версії {V} застосунок вилітає під час запуску.
c_amount=Рахунок {O} на суму {A} потрібно сплатити до {D}.
c_generic=Чи можеш коротко викласти доданий звіт у трьох пунктах?
c_meeting=Щотижнева нарада переноситься на {D} о {T}, та сама кімната.
forward=Якщо я недоступний, звертайтеся до колеги {N} ({E}).
agent=Дякую, я оновив ваші дані. Номер звернення: {O}.
f_name=ПІБ
f_email=Ел. пошта
f_phone=Телефон
f_iban=IBAN
f_dob=Дата народження
f_card=Номер картки
subj=Питання щодо замовлення
@el
greet=Καλησπέρα σας,
intro=Ονομάζομαι {N}.
email=Μπορείτε να επικοινωνήσετε μαζί μου στο {E}.
phone=Το τηλέφωνό μου είναι {P}.
iban=Παρακαλώ επιστρέψτε τα χρήματα στον λογαριασμό {I}.
card=Η κάρτα μου {C} χρεώθηκε δύο φορές.
order=Ο αριθμός παραγγελίας μου είναι {O}, από {D}.
thanks=Ευχαριστώ εκ των προτέρων.
regards=Με εκτίμηση,
meeting=Η συνάντηση με {N} μεταφέρθηκε στις {D}, ώρα {T}.
patient=Ασθενής {N}, ημ. γέννησης {D}, τηλέφωνο επικοινωνίας {P}.
hr=Ο/Η {N} ξεκινά στις {D}· ο μισθός θα κατατίθεται στον {I}.
ipline=Από το πρωί δεν μπορώ να συνδεθώ από τη διεύθυνση {X}.
keyline=Επικόλλησα κατά λάθος το κλειδί API μας {K} σε δημόσιο κανάλι. Πώς το ανακαλώ;
c_order=Η παραγγελία {O} στάλθηκε στις {D} και θα φτάσει σε 3-5 εργάσιμες.
c_version=Μετά την αναβάθμιση στην έκδοση {V} η εφαρμογή κλείνει κατά την εκκίνηση.
c_amount=Το τιμολόγιο {O} ύψους {A} λήγει στις {D}.
c_generic=Μπορείς να συνοψίσεις τη συνημμένη αναφορά σε τρία σημεία;
c_meeting=Η εβδομαδιαία σύσκεψη μεταφέρεται στις {D}, ώρα {T}, ίδια αίθουσα.
forward=Αν λείπω, επικοινωνήστε με τη συνάδελφό μου {N} ({E}).
agent=Ευχαριστώ, ενημέρωσα τα στοιχεία σας. Ο αριθμός αιτήματος είναι {O}.
f_name=Ονοματεπώνυμο
f_email=Email
f_phone=Τηλέφωνο
f_iban=IBAN
f_dob=Ημερομηνία γέννησης
f_card=Αριθμός κάρτας
subj=Ερώτηση για την παραγγελία μου
@ar
greet=مرحباً،
intro=اسمي {N}.
email=يمكنكم التواصل معي عبر {E}.
phone=رقم هاتفي هو {P}.
iban=يرجى إعادة المبلغ إلى حسابي {I}.
card=تم خصم المبلغ مرتين من بطاقتي {C}.
order=رقم طلبي {O} بتاريخ {D}.
thanks=شكراً مقدماً.
regards=مع خالص التحية،
meeting=تم تأجيل الاجتماع مع {N} إلى {D} الساعة {T}.
patient=المريض {N}، تاريخ الميلاد {D}، رقم التواصل {P}.
hr=ينضم {N} إلى الفريق في {D}، وسيُحوَّل الراتب إلى الحساب {I}.
ipline=منذ الصباح لا أستطيع تسجيل الدخول من العنوان {X}.
keyline=لصقت مفتاح API الخاص بنا {K} في قناة عامة عن طريق الخطأ. كيف ألغيه؟
c_order=تم شحن الطلب {O} بتاريخ {D} ومن المتوقع وصوله خلال 3-5 أيام عمل.
c_version=بعد التحديث إلى الإصدار {V} يتوقف التطبيق عند التشغيل.
c_amount=الفاتورة {O} بقيمة {A} مستحقة في {D}.
c_generic=هل يمكنك تلخيص التقرير المرفق في ثلاث نقاط؟
c_meeting=تم نقل الاجتماع الأسبوعي إلى {D} الساعة {T} في نفس القاعة.
forward=في حال عدم تواجدي، يرجى التواصل مع زميلتي {N} ({E}).
agent=شكراً لك، تم تحديث بياناتك. رقمك المرجعي هو {O}.
f_name=الاسم الكامل
f_email=البريد الإلكتروني
f_phone=الهاتف
f_iban=رقم الآيبان
f_dob=تاريخ الميلاد
f_card=رقم البطاقة
subj=استفسار عن طلبي
@he
greet=שלום,
intro=שמי {N}.
email=אפשר לפנות אליי בכתובת {E}.
phone=מספר הטלפון שלי הוא {P}.
iban=נא להחזיר את הכסף לחשבון {I}.
card=חויבתי פעמיים בכרטיס {C}.
order=מספר ההזמנה שלי הוא {O}, מתאריך {D}.
thanks=תודה מראש.
regards=בברכה,
meeting=הפגישה עם {N} נדחתה ל-{D} בשעה {T}.
patient=המטופל/ת {N}, תאריך לידה {D}, טלפון ליצירת קשר {P}.
hr={N} מצטרף/ת לצוות ב-{D}; המשכורת תועבר לחשבון {I}.
ipline=מהבוקר אני לא מצליח להתחבר מהכתובת {X}.
keyline=הדבקתי בטעות את מפתח ה-API שלנו {K} בערוץ ציבורי. איך מבטלים אותו?
c_order=הזמנה {O} נשלחה ב-{D} ותגיע בתוך 3-5 ימי עסקים.
c_version=אחרי העדכון לגרסה {V} האפליקציה קורסת בהפעלה.
c_amount=חשבונית {O} על סך {A} לתשלום עד {D}.
c_generic=אפשר לסכם את הדוח המצורף בשלוש נקודות?
c_meeting=הישיבה השבועית עוברת ל-{D} בשעה {T}, באותו חדר.
forward=אם אני לא זמין, אפשר לפנות לעמיתה שלי {N} ({E}).
agent=תודה, עדכנתי את הפרטים שלך. מספר הפנייה הוא {O}.
f_name=שם מלא
f_email=דוא"ל
f_phone=טלפון
f_iban=IBAN
f_dob=תאריך לידה
f_card=מספר כרטיס
subj=שאלה לגבי ההזמנה שלי
@zh
greet=您好，
intro=我叫{N}。
email=可以通过{E}联系我。
phone=我的电话是{P}。
iban=请把退款打到我的账户{I}。
card=我的卡{C}被重复扣款了两次。
order=我的订单号是{O}，下单日期{D}。
thanks=先谢谢了。
regards=此致敬礼
meeting=和{N}的会议改到{D} {T}。
patient=患者{N}，出生日期{D}，联系电话{P}。
hr={N}将于{D}入职，工资打到账户{I}。
ipline=从今天早上开始我无法从{X}登录。
keyline=我不小心把我们的API密钥{K}贴到了公开频道，怎么撤销？
c_order=订单{O}已于{D}发货，预计3-5个工作日送达。
c_version=升级到{V}版本后，应用一启动就闪退。
c_amount=发票{O}金额{A}，到期日{D}。
c_generic=能把附件里的报告总结成三点吗？
c_meeting=周会改到{D} {T}，会议室不变。
forward=如果我不在，请联系我的同事{N}（{E}）。
agent=谢谢，您的信息已更新，参考编号为{O}。
f_name=姓名
f_email=电子邮箱
f_phone=电话
f_iban=IBAN
f_dob=出生日期
f_card=卡号
subj=关于我的订单
@ja
greet=お世話になっております。
intro={N}と申します。
email=連絡先メールアドレスは{E}です。
phone=電話番号は{P}です。
iban=返金は口座{I}へお願いいたします。
card=カード{C}で二重に請求されています。
order=注文番号は{O}（{D}注文）です。
thanks=よろしくお願いいたします。
regards=以上、よろしくお願いします。
meeting={N}さんとの打ち合わせは{D} {T}に変更になりました。
patient=患者：{N}様、生年月日{D}、連絡先{P}。
hr={N}さんは{D}入社予定です。給与振込口座は{I}です。
ipline=今朝から{X}からログインできません。
keyline=誤って弊社のAPIキー{K}を公開チャンネルに貼ってしまいました。無効化の方法を教えてください。
c_order=ご注文{O}は{D}に発送済みで、3〜5営業日でお届け予定です。
c_version=バージョン{V}にアップデートしてから、起動時にアプリが落ちます。
c_amount=請求書{O}（{A}）の支払期限は{D}です。
c_generic=添付のレポートを3点に要約してもらえますか？
c_meeting=定例会議は{D} {T}に変更です。会議室は同じです。
forward=不在の場合は同僚の{N}（{E}）までご連絡ください。
agent=ありがとうございます。情報を更新しました。受付番号は{O}です。
f_name=氏名
f_email=メールアドレス
f_phone=電話番号
f_iban=IBAN
f_dob=生年月日
f_card=カード番号
subj=注文についての問い合わせ
@ko
greet=안녕하세요,
intro=저는 {N}입니다.
email={E}로 연락 주시면 됩니다.
phone=제 전화번호는 {P}입니다.
iban=환불은 {I} 계좌로 부탁드립니다.
card={C} 카드로 두 번 결제되었습니다.
order=주문번호는 {O}이고 {D}에 주문했습니다.
thanks=미리 감사드립니다.
regards=감사합니다.
meeting={N}님과의 회의가 {D} {T}로 변경되었습니다.
patient=환자 {N}, 생년월일 {D}, 연락처 {P}.
hr={N}님은 {D}에 입사하며 급여는 {I} 계좌로 지급됩니다.
ipline=오늘 아침부터 {X}에서 로그인이 안 됩니다.
keyline=실수로 저희 API 키 {K}를 공개 채널에 붙여넣었습니다. 어떻게 폐기하나요?
c_order=주문 {O}은 {D}에 발송되었으며 3~5 영업일 내 도착 예정입니다.
c_version={V} 버전으로 업데이트한 뒤 앱이 시작할 때 종료됩니다.
c_amount=청구서 {O} 금액 {A}, 납부 기한 {D}.
c_generic=첨부한 보고서를 세 줄로 요약해 줄 수 있나요?
c_meeting=주간 회의가 {D} {T}로 옮겨졌습니다. 회의실은 동일합니다.
forward=제가 부재중이면 동료 {N}님({E})에게 연락해 주세요.
agent=감사합니다. 정보를 업데이트했습니다. 접수번호는 {O}입니다.
f_name=이름
f_email=이메일
f_phone=전화번호
f_iban=IBAN
f_dob=생년월일
f_card=카드 번호
subj=주문 관련 문의
@hi
greet=नमस्ते,
intro=मेरा नाम {N} है।
email=आप मुझसे {E} पर संपर्क कर सकते हैं।
phone=मेरा फ़ोन नंबर {P} है।
iban=कृपया रिफ़ंड मेरे खाते {I} में भेजें।
card=मेरे कार्ड {C} से दो बार पैसे कट गए।
order=मेरा ऑर्डर नंबर {O} है, जो {D} को किया था।
thanks=पहले से धन्यवाद।
regards=सादर,
meeting={N} के साथ मीटिंग अब {D} को {T} बजे होगी।
patient=मरीज़ {N}, जन्म तिथि {D}, संपर्क नंबर {P}।
hr={N} {D} से टीम में शामिल होंगे; वेतन {I} खाते में जाएगा।
ipline=आज सुबह से मैं {X} से लॉग इन नहीं कर पा रहा हूँ।
keyline=मैंने गलती से हमारी API कुंजी {K} सार्वजनिक चैनल में पेस्ट कर दी। इसे रद्द कैसे करूँ?
c_order=ऑर्डर {O} {D} को भेज दिया गया है और 3-5 कार्य दिवसों में पहुँचेगा।
c_version=संस्करण {V} में अपडेट करने के बाद ऐप खुलते ही बंद हो जाता है।
c_amount=चालान {O} की राशि {A} है, देय तिथि {D}।
c_generic=क्या आप संलग्न रिपोर्ट को तीन बिंदुओं में सारांशित कर सकते हैं?
c_meeting=साप्ताहिक बैठक अब {D} को {T} बजे होगी, कमरा वही।
forward=मेरी अनुपस्थिति में मेरी सहकर्मी {N} ({E}) से संपर्क करें।
agent=धन्यवाद, आपकी जानकारी अपडेट कर दी गई है। आपका संदर्भ नंबर {O} है।
f_name=पूरा नाम
f_email=ईमेल
f_phone=फ़ोन
f_iban=IBAN
f_dob=जन्म तिथि
f_card=कार्ड नंबर
subj=मेरे ऑर्डर के बारे में प्रश्न
@th
greet=สวัสดีครับ
intro=ผมชื่อ{N}ครับ
email=ติดต่อผมได้ที่ {E}
phone=เบอร์โทรของผมคือ {P}
iban=กรุณาโอนเงินคืนเข้าบัญชี {I}
card=บัตร {C} ของผมถูกตัดเงินซ้ำสองครั้ง
order=หมายเลขคำสั่งซื้อของผมคือ {O} สั่งเมื่อ {D}
thanks=ขอบคุณล่วงหน้าครับ
regards=ขอแสดงความนับถือ
meeting=ประชุมกับคุณ{N}เลื่อนไปเป็นวันที่ {D} เวลา {T} น.
patient=ผู้ป่วย {N} วันเกิด {D} เบอร์ติดต่อ {P}
hr=คุณ{N}จะเริ่มงานวันที่ {D} เงินเดือนโอนเข้าบัญชี {I}
ipline=ตั้งแต่เช้าผมล็อกอินจาก {X} ไม่ได้เลย
keyline=ผมเผลอวาง API key ของบริษัท {K} ลงในช่องสาธารณะ จะยกเลิกได้อย่างไร
c_order=คำสั่งซื้อ {O} จัดส่งแล้วเมื่อ {D} จะถึงภายใน 3-5 วันทำการ
c_version=หลังอัปเดตเป็นเวอร์ชัน {V} แอปปิดตัวเองตอนเปิด
c_amount=ใบแจ้งหนี้ {O} ยอด {A} ครบกำหนดชำระ {D}
c_generic=ช่วยสรุปรายงานที่แนบมาเป็นสามข้อได้ไหม
c_meeting=ประชุมประจำสัปดาห์ย้ายไปวันที่ {D} เวลา {T} น. ห้องเดิม
forward=หากผมไม่อยู่ กรุณาติดต่อคุณ{N} ({E})
agent=ขอบคุณครับ อัปเดตข้อมูลเรียบร้อยแล้ว เลขที่อ้างอิงคือ {O}
f_name=ชื่อ-นามสกุล
f_email=อีเมล
f_phone=โทรศัพท์
f_iban=IBAN
f_dob=วันเกิด
f_card=หมายเลขบัตร
subj=สอบถามเรื่องคำสั่งซื้อ
"""


def _parse_phr(src):
    out, cur = {}, None
    for line in src.splitlines():
        if not line.strip():
            continue
        if line.startswith("@"):
            cur = line[1:].strip()
            out[cur] = {}
            continue
        k, v = line.split("=", 1)
        out[cur][k] = v
    keys = list(out["en"].keys())
    for lg, d in out.items():
        missing = [k for k in keys if k not in d]
        assert not missing, (lg, missing)
    return out


PHR = _parse_phr(_PHR)
LANGS_NON_EN = [k for k in PHR if k != "en"]


# ---------------------------------------------------------------- segment helpers
def name_lang(r, base="en"):
    if base != "en" and r.random() < 0.85:
        return base
    return "en" if r.random() < 0.5 else r.choice(list(NAMES))


def name_text(r, p, style=None):
    latin = p.lang not in ("ru", "uk", "el", "ar", "he", "zh", "ja", "ko", "hi", "th")
    if style is None:
        opts = ["full"] * 10 + ["first"] * 3
        if latin:
            opts += ["lastfirst", "initial", "lower", "upperlast", "lowerfirst"]
        style = r.choice(opts)
    if style == "first":
        return p.first
    if style == "last":
        return p.last
    if style == "lastfirst" and latin:
        return "%s, %s" % (p.last, p.first)
    if style == "initial" and latin:
        return "%s. %s" % (p.first[0], p.last)
    if style == "lower" and latin:
        return p.full.lower()
    if style == "lowerfirst" and latin:
        return p.first.lower()
    if style == "upperlast" and latin:
        return "%s %s" % (p.last.upper(), p.first)
    return p.full


def sN(r, p=None, lang="en", style=None):
    p = p or person(r, lang)
    return S("PERSON", name_text(r, p, style), p.ident)


def sE(r, p=None, lang="en", reserved=None, domain=None):
    if reserved is None:
        reserved = r.random() < 0.1
    v, i = email_for(r, p, lang, domain=domain, reserved=reserved)
    return S("EMAIL_ADDRESS", v, i)


def sP(r, lang="en", fict=None, cc=None):
    if fict is None:
        fict = lang == "en" and r.random() < 0.15
    v, i = phone(r, lang, cc=cc, fictional=fict)
    if lang == "ar" and i and r.random() < 0.3:
        v = to_arabic_digits(v)
    return S("PHONE_NUMBER", v, i)


def sI(r, lang="en", doc=None, spaced=None):
    if doc is None:
        doc = r.random() < 0.1
    v, i = iban(r, lang, doc=doc, spaced=spaced)
    return S("IBAN_CODE", v, i)


def sC(r, test=None, sep=None):
    if test is None:
        test = r.random() < 0.15
    v, i = card(r, test=test, sep=sep)
    return S("CREDIT_CARD", v, i)


def sSSN(r, doc=None, fmt=None):
    if doc is None:
        doc = r.random() < 0.1
    v, i = ssn(r, doc=doc, fmt=fmt)
    return S("US_SSN", v, i)


def sIP(r, v6=None, ident=None):
    v, i = ip(r, v6=v6, ident=ident)
    return S("IP_ADDRESS", v, i)


def sK(r, kind=None, doc=None):
    if doc is None:
        doc = r.random() < 0.1
    if doc:
        return S("API_KEY", doc_key(r)[1], False)
    return S("API_KEY", api_key(r, kind)[1], True)


def sPW(r, safe_url=False):
    return S("API_KEY", password(r, safe_url=safe_url), True)


def lk_date(r, lang="en"):
    return L("date", date_str(r, lang))


def lk_any(r, lang="en"):
    k = r.randrange(12)
    return [L("order_number", order_no(r)), L("ticket_id", ticket(r)), L("tracking_number", tracking(r)),
            L("invoice_number", invoice_no(r)), L("date", date_str(r, lang)), L("amount", amount(r, lang)),
            L("version_number", version(r)), L("uuid", uuid4(r)), L("timestamp", ts_iso(r)),
            L("isbn", isbn13(r)), L("card_like_bad_luhn", bad_luhn_card(r)), L("iban_like_bad_checksum", bad_iban(r, lang))][k]


def pick_pii_lines(r, n, allowed):
    allowed = list(allowed)
    r.shuffle(allowed)
    out = []
    for k in allowed:
        if k not in out:
            out.append(k)
    return out[:n]


# ================================================================ templates
# Each template: f(r, lang, pii) -> B.  With pii=False it must produce no span.
def _pii_vals(r, lang, p):
    return {"N": sN(r, p, lang), "E": sE(r, p, lang), "P": sP(r, lang), "I": sI(r, lang), "C": sC(r),
            "X": sIP(r), "K": sK(r)}


def t_ml_support_chat(r, lang, pii):
    P = PHR[lang]
    b = B()
    cust = person(r, name_lang(r, lang))
    style = r.randrange(3)
    hu, ag = [("User: ", "Assistant: "), ("[customer] ", "[agent] "), ("> ", "< ")][style]
    b.add(hu, P["greet"], " ")
    if pii:
        keys = pick_pii_lines(r, r.choice([1, 2, 2, 3]), ["intro", "email", "phone", "iban", "card", "card", "ipline", "keyline"] + (["ssn", "ssn"] if lang == "en" else []))
        vals = _pii_vals(r, lang, cust)
        if "ssn" in keys:
            b.add(" ", r.choice(["The loan form also asked for my SSN, it's ", "For the credit check: SSN ", "your colleague wanted my social security number: "]), sSSN(r), ".")
            keys.remove("ssn")
        b.fill(P["order"], O=L("order_number", order_no(r)), D=lk_date(r, lang))
        for k in keys:
            b.add(" ")
            b.fill(P[k], N=vals["N"], E=vals["E"], P=vals["P"], I=vals["I"], C=vals["C"], X=vals["X"], K=vals["K"])
    else:
        b.fill(P["order"], O=L("order_number", order_no(r)), D=lk_date(r, lang))
        b.add(" ")
        b.fill(P[r.choice(["c_version", "c_order", "c_amount"])], O=L("invoice_number", invoice_no(r)), D=lk_date(r, lang),
               V=L("version_number", version(r)), A=L("amount", amount(r, lang)))
    b.add(" ", P["thanks"], "\n", ag)
    b.fill(P["agent"], O=L("ticket_id", ticket(r)))
    if r.random() < 0.4:
        b.add("\n", hu)
        b.fill(P["c_order"], O=L("tracking_number", tracking(r)), D=lk_date(r, lang))
    return b


def t_ml_email(r, lang, pii):
    P = PHR[lang]
    b = B()
    if pii:
        snd = person(r, name_lang(r, lang))
        rcv_e = S("EMAIL_ADDRESS", *role_email(r, lang))
        b.add("From: ", sN(r, snd, lang, "full"), " <", sE(r, snd, lang), ">\nTo: ", rcv_e, "\n")
        b.add("Subject: ", P["subj"], " ", L("order_number", order_no(r)), "\nDate: ", L("timestamp", ts_iso(r)), "\n\n")
        b.add(P["greet"], "\n\n")
        b.fill(P["order"], O=L("order_number", order_no(r)), D=lk_date(r, lang))
        b.add(" ")
        b.fill(P[r.choice(["card", "iban"])], C=sC(r), I=sI(r, lang))
        if r.random() < 0.6:
            b.add(" ")
            b.fill(P["phone"], P=sP(r, lang))
        if r.random() < 0.4:
            col = person(r, lang, gender="f")
            b.add("\n")
            b.fill(P["forward"], N=sN(r, col, lang), E=sE(r, col, lang))
        b.add("\n\n", P["thanks"], "\n", P["regards"], "\n", sN(r, snd, lang, r.choice(["full", "first"])))
        if r.random() < 0.5:
            b.add("\n", sP(r, lang))
    else:
        b.add("Subject: ", P["subj"], "\n\n", P["greet"], "\n\n")
        b.fill(P["c_order"], O=L("order_number", order_no(r)), D=lk_date(r, lang))
        b.add(" ")
        b.fill(P["c_amount"], O=L("invoice_number", invoice_no(r)), A=L("amount", amount(r, lang)), D=lk_date(r, lang))
        b.add("\n\n", P["thanks"], "\n", P["regards"])
        if r.random() < 0.4:
            b.add("\n", r.choice(["— ", "-- ", ""]), L("capitalized_word", r.choice(["Support", "Customer", "Sales", "Admin", "Guest"])))
    return b


def t_ml_form(r, lang, pii):
    P = PHR[lang]
    b = B()
    sep = r.choice([": ", ": ", " = ", "\t", " | "])
    p = person(r, name_lang(r, lang), placeholder=r.random() < 0.15)
    rows = []
    if pii:
        rows.append((P["f_name"], sN(r, p, lang, r.choice(["full", "full", "upperlast"]))))
        for k in pick_pii_lines(r, r.choice([2, 3, 4]), ["f_email", "f_phone", "f_iban", "f_card", "f_dob"]):
            v = {"f_email": lambda: sE(r, p, lang, reserved=not p.ident or None), "f_phone": lambda: sP(r, lang),
                 "f_iban": lambda: sI(r, lang), "f_card": lambda: sC(r), "f_dob": lambda: L("date_of_birth", date_str(r, lang, dob=True))}[k]()
            rows.append((P[k], v))
    else:
        rows.append((P["f_name"], L("placeholder", r.choice(["________", "[...]", "<name>", "—"]))))
        rows.append((P["f_email"], L("masked_email", r.choice(["j***@***.com", "m.****@****.de", "a***z@g****.com", "***@***"]))))
        rows.append((P["f_card"], L("masked_card", masked_card(r))))
        rows.append((P["f_dob"], L("date_of_birth", date_str(r, lang, dob=True))))
    rows.append(("Ref", L(r.choice(["order_number", "ticket_id"]), order_no(r) if r.random() < 0.5 else ticket(r))))
    r.shuffle(rows)
    b.add(r.choice(["", "### " + P["subj"] + "\n", "=== FORM ===\n"]))
    for k, v in rows:
        b.add(k, sep, v, "\n")
    return b


def t_ml_hr_note(r, lang, pii):
    P = PHR[lang]
    b = B()
    b.add(r.choice(["HR note — ", "Onboarding: ", "[HR] ", ""]))
    if pii:
        p = person(r, name_lang(r, lang))
        b.fill(P["hr"], N=sN(r, p, lang), D=lk_date(r, lang), I=sI(r, lang))
        b.add("\n")
        b.fill(P["meeting"], N=sN(r, person(r, name_lang(r, lang)), lang), D=lk_date(r, lang), T=L("time", time_str(r, lang)))
        if r.random() < 0.5:
            b.add("\n", P["f_phone"], ": ", sP(r, lang))
    else:
        b.fill(P["c_meeting"], D=lk_date(r, lang), T=L("time", time_str(r, lang)))
        b.add("\n")
        b.fill(P["c_amount"], O=L("invoice_number", invoice_no(r)), A=L("amount", amount(r, lang)), D=lk_date(r, lang))
    return b


def t_ml_medical(r, lang, pii):
    P = PHR[lang]
    b = B()
    b.add(r.choice(["Appointment reminder\n", "Clinic message\n", "", "MRN ", ""]))
    if b.items and b.items[-1] == "MRN ":
        b.add(L("medical_record_number", "%08d" % r.randint(0, 99999999)), "\n")
    if pii:
        p = person(r, name_lang(r, lang))
        b.fill(P["patient"], N=sN(r, p, lang, r.choice(["full", "full", "upperlast"])), D=L("date_of_birth", date_str(r, lang, dob=True)), P=sP(r, lang))
        b.add("\n")
        b.fill(P["meeting"], N=sN(r, person(r, name_lang(r, lang)), lang, r.choice(["full", "last"])), D=lk_date(r, lang), T=L("time", time_str(r, lang)))
        if r.random() < 0.4:
            b.add("\n")
            b.fill(P["email"], E=sE(r, p, lang))
    else:
        b.fill(P["c_meeting"], D=lk_date(r, lang), T=L("time", time_str(r, lang)))
        if r.random() < 0.5:
            b.add(" (", L("eponym", r.choice(EPONYMS[6:8])), ")")
    return b


def t_ml_invoice(r, lang, pii):
    P = PHR[lang]
    b = B()
    oname, dom = org(r, lang)
    b.add(oname, "\n", r.choice(["VAT ", "USt-IdNr. ", "Tax ID ", "NIF "]), L("vat_id", vat(r)), "\n\n")
    b.fill(P["c_amount"], O=L("invoice_number", invoice_no(r)), A=L("amount", amount(r, lang)), D=lk_date(r, lang))
    b.add("\n")
    if pii:
        b.add(P["f_iban"], ": ", sI(r, lang), "\nBIC: ", L("bic", bic(r)), "\n")
        if r.random() < 0.6:
            b.add(P["f_name"], ": ", sN(r, person(r, name_lang(r, lang)), lang), "\n")
        if r.random() < 0.5:
            b.add(P["f_email"], ": ", S("EMAIL_ADDRESS", *role_email(r, lang, domain=dom)), "\n")
    else:
        b.add(P["f_iban"], ": ", L("iban_like_bad_checksum", bad_iban(r, lang)) if r.random() < 0.5 else L("masked_iban", "**** **** **** " + rs(r, DIG, 4)), "\nBIC: ", L("bic", bic(r)), "\n")
    b.add(P["thanks"])
    return b


def t_ml_group_chat(r, lang, pii):
    P = PHR[lang]
    b = B()
    people = [person(r, name_lang(r, lang)) for _ in range(3)]
    n = r.randint(3, 5)
    for i in range(n):
        hh, mm = r.randint(8, 18), r.randint(0, 59)
        who = people[i % 3]
        b.add("[%02d:%02d] " % (hh, mm))
        if pii:
            b.add(sN(r, who, lang, r.choice(["full", "first", "first", "lowerfirst"])), ": ")
        else:
            b.add(r.choice(["bot", "you", "guest", "system", "me"]), ": ")
        if pii and i == 1:
            b.fill(P[r.choice(["email", "phone", "keyline", "ipline"])], E=sE(r, who, lang), P=sP(r, lang), K=sK(r), X=sIP(r))
        elif i == 0:
            b.fill(P["c_meeting"], D=lk_date(r, lang), T=L("time", time_str(r, lang)))
        else:
            b.fill(P[r.choice(["c_generic", "c_version", "c_order", "thanks"])], V=L("version_number", version(r)),
                   O=L("order_number", order_no(r)), D=lk_date(r, lang))
        b.add("\n")
    return b


def t_ml_json(r, lang, pii):
    P = PHR[lang]
    b = B()
    ind = r.choice(["  ", "    ", ""])
    nl = "\n" if ind else " "
    b.add("{", nl, ind, '"id": "', L("uuid", uuid4(r)), '",', nl)
    if pii:
        p = person(r, name_lang(r, lang))
        b.add(ind, '"name": "', sN(r, p, lang, "full"), '",', nl)
        b.add(ind, '"email": "', sE(r, p, lang), '",', nl)
        b.add(ind, '"phone": "', sP(r, lang), '",', nl)
        if r.random() < 0.5:
            b.add(ind, '"iban": "', sI(r, lang, spaced=False), '",', nl)
        if r.random() < 0.4:
            b.add(ind, '"last_login_ip": "', sIP(r), '",', nl)
    else:
        b.add(ind, '"status": "shipped",', nl, ind, '"tracking": "', L("tracking_number", tracking(r)), '",', nl)
        b.add(ind, '"total": "', L("amount", amount(r, lang)), '",', nl)
    b.add(ind, '"note": "')
    b.fill(P[r.choice(["c_order", "c_generic"])], O=L("order_number", order_no(r)), D=lk_date(r, lang))
    b.add('",', nl, ind, '"created_at": "', L("timestamp", ts_iso(r)), '"', nl, "}")
    return b


def t_ml_llm_translate(r, lang, pii):
    P = PHR[lang]
    b = B()
    b.add(r.choice(["Translate to English:\n", "Please translate the following customer message into English and fix typos:\n\n",
                    "Detect the language of this text and reply in the same language:\n\"", "Classify the intent of this message (refund / shipping / account):\n"]))
    if pii:
        p = person(r, name_lang(r, lang))
        b.add(P["greet"], " ")
        b.fill(P["intro"], N=sN(r, p, lang))
        b.add(" ")
        b.fill(P[r.choice(["iban", "card", "phone", "email"])], I=sI(r, lang), C=sC(r), P=sP(r, lang), E=sE(r, p, lang))
    else:
        b.fill(P[r.choice(["c_order", "c_version", "c_amount"])], O=L("order_number", order_no(r)), D=lk_date(r, lang),
               V=L("version_number", version(r)), A=L("amount", amount(r, lang)))
        b.add(" ")
        b.fill(P["c_generic"])
    if b.items[0].endswith('"'):
        b.add('"')
    return b


def t_ml_assistant_reply(r, lang, pii):
    P = PHR[lang]
    b = B()
    b.add(r.choice(["Assistant: ", "", "AI: "]))
    b.fill(P["agent"], O=L("ticket_id", ticket(r)))
    b.add("\n\n")
    if pii:
        p = person(r, name_lang(r, lang))
        b.add("- ", P["f_name"], ": ", sN(r, p, lang), "\n")
        b.add("- ", P["f_phone"], ": ", sP(r, lang), "\n")
        b.add("- ", P["f_email"], ": ", sE(r, p, lang), "\n")
    else:
        b.add("- ", P["f_name"], ": ", L("redacted", r.choice(["[REDACTED]", "<PERSON>", "***"])), "\n")
        b.add("- ", P["f_phone"], ": ", L("redacted", r.choice(["[REDACTED]", "<PHONE_NUMBER>", "+** *** ****"])), "\n")
        b.add("- ", P["f_dob"], ": ", L("date_of_birth", date_str(r, lang, dob=True)), "\n")
    b.fill(P["c_meeting"], D=lk_date(r, lang), T=L("time", time_str(r, lang)))
    return b


def t_ml_clean_note(r, lang, pii):
    assert not pii
    P = PHR[lang]
    b = B()
    keys = ["c_order", "c_version", "c_amount", "c_generic", "c_meeting"]
    r.shuffle(keys)
    for k in keys[:r.randint(2, 4)]:
        b.fill(P[k], O=L("invoice_number", invoice_no(r)) if k == "c_amount" else L("order_number", order_no(r)), D=lk_date(r, lang),
               V=L("version_number", version(r)), A=L("amount", amount(r, lang)), T=L("time", time_str(r, lang)))
        b.add(r.choice([" ", "\n", "\n\n"]))
    b.add(r.choice(["", "", "(" + r.choice(PLACE_AFTER_PERSON) + ")"]))
    if isinstance(b.items[-1], str) and b.items[-1].startswith("("):
        v = b.items.pop()
        b.add("(", L("place_named_after_person", v[1:-1]), ")")
    return b


ML_TEMPLATES = [("support_chat", t_ml_support_chat, 3), ("email", t_ml_email, 3), ("form", t_ml_form, 2),
                ("hr_note", t_ml_hr_note, 2), ("medical_admin", t_ml_medical, 2), ("invoice", t_ml_invoice, 2),
                ("group_chat", t_ml_group_chat, 2), ("json_record", t_ml_json, 2), ("llm_translate", t_ml_llm_translate, 2),
                ("assistant_reply", t_ml_assistant_reply, 2), ("clean_note", t_ml_clean_note, 2)]


# ---------------------------------------------------------------- English / structural templates
def t_csv_export(r, lang, pii):
    b = B()
    n = r.randint(3, 7)
    if pii:
        cols = r.choice([["id", "name", "email", "phone", "signup_date"], ["customer_id", "full_name", "email", "last_ip", "created"],
                         ["emp_no", "last_name", "first_name", "ssn", "hire_date"], ["id", "name", "iban", "amount", "booked"]])
        sep = r.choice([",", ";", "\t", "|"])
        b.add(sep.join(cols), "\n")
        for i in range(n):
            p = person(r, name_lang(r))
            cells = []
            for c in cols:
                if c in ("id", "customer_id", "emp_no"):
                    cells.append(str(r.randint(1000, 99999)))
                elif c in ("name", "full_name"):
                    cells.append(sN(r, p, p.lang, "full"))
                elif c == "last_name":
                    cells.append(S("PERSON", p.last, p.ident))
                elif c == "first_name":
                    cells.append(S("PERSON", p.first, p.ident))
                elif c == "email":
                    cells.append(sE(r, p, p.lang))
                elif c == "phone":
                    cells.append(sP(r, r.choice(["en", p.lang])))
                elif c == "last_ip":
                    cells.append(sIP(r))
                elif c == "ssn":
                    cells.append(sSSN(r))
                elif c == "iban":
                    cells.append(sI(r, r.choice(["en", "de", "fr", "nl", "es", "it"]), spaced=False))
                elif c == "amount":
                    cells.append(L("amount", "%.2f" % r.uniform(5, 9000)))
                else:
                    cells.append(L("date", "%d-%02d-%02d" % ymd(r)))
            for j, c in enumerate(cells):
                if j:
                    b.add(sep)
                b.add(c)
            b.add("\n")
    else:
        cols = r.choice([["date", "sku", "units", "revenue"], ["build", "commit", "duration_s", "status"], ["region", "week", "orders", "avg_basket"]])
        b.add(",".join(cols), "\n")
        for i in range(n):
            if cols[0] == "date":
                b.add(L("date", "%d-%02d-%02d" % ymd(r)), ",", L("sku", "SKU-" + rs(r, UP, 2) + rs(r, DIG, 5)), ",", str(r.randint(1, 400)), ",", L("amount", "%.2f" % r.uniform(10, 20000)))
            elif cols[0] == "build":
                b.add(str(r.randint(1000, 9999)), ",", L("git_sha", sha(r, 40)), ",", str(r.randint(30, 2000)), ",", r.choice(["passed", "failed", "passed"]))
            else:
                b.add(r.choice(["EMEA", "APAC", "NA", "LATAM"]), ",", "W%02d" % r.randint(1, 52), ",", str(r.randint(100, 99999)), ",", L("amount", "%.2f" % r.uniform(10, 200)))
            b.add("\n")
    return b


def t_json_api(r, lang, pii):
    b = B()
    b.add(r.choice(["Response body:\n", "```json\n", "", "GET /api/v2/users/%d -> 200\n" % r.randint(1, 99999)]))
    b.add('{"data": {"id": ', str(r.randint(1, 10 ** 6)), ', "uuid": "', L("uuid", uuid4(r)), '", ')
    if pii:
        p = person(r, name_lang(r))
        b.add('"first_name": "', S("PERSON", p.first, p.ident), '", "last_name": "', S("PERSON", p.last, p.ident), '", ')
        b.add('"contact": {"email": "', sE(r, p, p.lang), '", "mobile": "', sP(r, r.choice(["en", p.lang])), '"}, ')
        if r.random() < 0.5:
            b.add('"payment": {"pan": "', sC(r, sep=""), '", "exp": "', L("card_expiry", "%02d/%02d" % (r.randint(1, 12), r.randint(25, 31))), '"}, ')
        if r.random() < 0.5:
            b.add('"last_seen_ip": "', sIP(r), '", ')
    else:
        b.add('"plan": "', r.choice(["pro", "free", "team"]), '", "seats": ', str(r.randint(1, 400)), ', "card": "', L("masked_card", masked_card(r)), '", ')
    b.add('"updated_at": "', L("timestamp", ts_iso(r)), '", "etag": "', L("hex_digest", sha(r, 32)), '"}}')
    if b.items[0] == "```json\n":
        b.add("\n```")
    return b


def t_yaml_config(r, lang, pii):
    b = B()
    svc = r.choice(["billing-api", "auth-service", "ingest-worker", "notifier", "search"])
    b.add("# config for ", svc, "\nservice:\n  name: ", svc, "\n  port: ", L("port", str(r.choice([8080, 8443, 3000, 5000, 9090]))), "\n  version: ", L("version_number", version(r)), "\n")
    b.add("database:\n  host: ")
    if pii:
        b.add(sIP(r, v6=False), "\n  user: ", svc.replace("-", "_"), "\n  password: ", sPW(r), "\n")
        b.add("integrations:\n")
        for _ in range(r.randint(1, 3)):
            kind = r.choice(["stripe", "sendgrid", "slack", "aws_akid", "datadog", "openai", "twilio", "google"])
            q = r.choice(['"', "'", ""])
            b.add("  ", kind, "_", r.choice(["api_key", "token", "secret"]), ": ", q, sK(r, kind), q, "\n")
        if r.random() < 0.5:
            b.add("alerts:\n  oncall_email: ", sE(r, None, name_lang(r)), "\n  oncall_phone: \"", sP(r, "en"), "\"\n")
    else:
        b.add("db.internal\n  user: ", svc.replace("-", "_"), "\n  password: ", L("env_reference", "${DB_PASSWORD}"), "\n")
        b.add("integrations:\n  stripe_api_key: ", L("env_reference", r.choice(["${STRIPE_KEY}", "{{ vault \"stripe/key\" }}", "<set-in-secrets-manager>"])), "\n")
        b.add("cache:\n  ttl: 300\n  checksum: ", L("hex_digest", sha(r)), "\n")
    return b


def t_env_file(r, lang, pii):
    b = B()
    b.add(r.choice(["# .env\n", "$ cat .env.production\n", "", "```\n"]))
    b.add("NODE_ENV=production\nAPP_URL=https://app.", org(r)[1], "\nLOG_LEVEL=", r.choice(["info", "debug", "warn"]), "\n")
    b.add("REQUEST_ID_SALT=", L("hex_digest", sha(r, 32)), "\n")
    if pii:
        for kind, name in r.sample([("aws_akid", "AWS_ACCESS_KEY_ID"), ("aws_secret", "AWS_SECRET_ACCESS_KEY"), ("stripe", "STRIPE_SECRET_KEY"),
                                    ("github", "GITHUB_TOKEN"), ("openai", "OPENAI_API_KEY"), ("anthropic", "ANTHROPIC_API_KEY"), ("hf", "HF_TOKEN"),
                                    ("npm", "NPM_TOKEN"), ("sendgrid", "SENDGRID_API_KEY"), ("mailgun", "MAILGUN_KEY"), ("jwt", "SERVICE_JWT"),
                                    ("telegram", "TELEGRAM_BOT_TOKEN"), ("gitlab", "GITLAB_TOKEN")], r.randint(2, 4)):
            b.add(name, "=", r.choice(["", '"']))
            q = b.items[-1] if b.items[-1] == '"' else ""
            b.add(sK(r, kind), q, "\n")
        if r.random() < 0.5:
            u = r.choice(["app", "admin", "postgres", "svc_rw"])
            b.add("DATABASE_URL=postgres://", u, ":", sPW(r, safe_url=True), "@", r.choice(["db.internal", "10.0.3.12", "pg-prod.cluster.local"]), ":5432/", r.choice(["app", "prod", "main"]), "\n")
        if r.random() < 0.3:
            b.add("ADMIN_EMAIL=", sE(r, None, "en"), "\n")
    else:
        b.add("STRIPE_SECRET_KEY=", L("placeholder", r.choice(["sk_live_REPLACE_ME", "changeme", "<your-key>", "TODO"])), "\n")
        b.add("SENTRY_RELEASE=", L("git_sha", sha(r, 40)), "\n", "BUILD_ID=", L("uuid", uuid4(r)), "\n")
        b.add("PUBLIC_KEY=", L("publishable_key", "pk_live_" + rs(r, ALNUM, 24)), "\n")
    if b.items[0] == "```\n":
        b.add("```")
    return b


def t_app_log(r, lang, pii):
    b = B()
    for i in range(r.randint(3, 7)):
        lvl = r.choice(["INFO", "INFO", "WARN", "ERROR", "DEBUG"])
        b.add(L("timestamp", ts_log(r)), " ", lvl, " [", r.choice(["http-nio-8080-exec-3", "worker-2", "main", "celery@w1"]), "] ")
        k = r.randrange(6)
        if pii and k == 0:
            b.add("login ok user=", sE(r, None, name_lang(r)), " ip=", sIP(r), " req=", L("uuid", uuid4(r)))
        elif pii and k == 1:
            b.add("payment declined card=", sC(r, sep=""), " amount=", L("amount", "%.2f" % r.uniform(1, 999)), " code=", L("error_code", r.choice(["05", "51", "54", "D1002"])))
        elif pii and k == 2:
            b.add("sms dispatched to ", sP(r, r.choice(["en", "de", "fr", "es", "hi"])), " template=otp code=", L("otp_code", rs(r, DIG, 6)))
        elif pii and k == 3:
            b.add("Authorization header: Bearer ", sK(r, r.choice(["jwt", "github", "openai", "generic"])))
        elif pii and k == 5 and r.random() < 0.5:
            b.add("upstream connect error to [", sIP(r, v6=True), "]:", L("port", str(r.choice([443, 8443, 9000]))), " after ", str(r.randint(100, 5000)), "ms")
        elif k == 4:
            b.add("GC pause ", str(r.randint(3, 900)), "ms heap=", str(r.randint(100, 4000)), "MB addr=", L("memory_address", mem_addr(r)))
        else:
            b.add("request ", L("uuid", uuid4(r)), " completed in ", str(r.randint(2, 3000)), "ms status=", r.choice(["200", "201", "404", "500"]))
        b.add("\n")
    if pii and not any(isinstance(x, tuple) and x[0] == "S" for x in b.items):
        b.add(L("timestamp", ts_log(r)), " WARN [main] failed login for ", sE(r, None, "en"), " from ", sIP(r), "\n")
    return b


def t_access_log(r, lang, pii):
    b = B()
    for i in range(r.randint(3, 6)):
        y, m, d = ymd(r)
        if pii:
            b.add(sIP(r, ident=r.random() < 0.8))
        else:
            b.add(L("hostname", r.choice(["lb-1", "edge-fra-2", "localhost-proxy", "-"])))
        b.add(" - ", r.choice(["-", "-", "api"]), " [", L("timestamp", "%02d/%s/%d:%02d:%02d:%02d +0000" % (d, MONTHS_EN[m - 1][:3], y, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))), "] \"")
        b.add(r.choice(["GET", "POST", "PUT"]), " ", r.choice(["/api/v1/orders/", "/static/app.", "/healthz?t=", "/checkout/"]), str(r.randint(1, 99999)), " HTTP/1.1\" ", r.choice(["200", "304", "404", "502"]), " ", str(r.randint(0, 60000)), " \"-\" \"", r.choice(["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.4.0", "okhttp/4.12.0", "python-requests/2.31.0"]), "\"\n")
    return b


def t_python_code(r, lang, pii):
    b = B()
    b.add("```python\nimport requests\n\n")
    if pii:
        kind = r.choice(["openai", "anthropic", "stripe", "github", "hf", "google", "generic"])
        b.add("API_KEY = \"", sK(r, kind), "\"  # TODO move to env\n")
        b.add("BASE = \"https://api.", org(r)[1], "/v1\"\n\n")
        p = person(r, name_lang(r))
        b.add("def notify():\n    payload = {\"to\": \"", sE(r, p, p.lang), "\", \"name\": \"", sN(r, p, p.lang, "full"), "\"}\n")
        b.add("    return requests.post(BASE + \"/notify\", json=payload, headers={\"Authorization\": f\"Bearer {API_KEY}\"}, timeout=10)\n")
        if r.random() < 0.4:
            b.add("\n# test fixture\nTEST_CARD = \"", sC(r, test=True, sep=""), "\"\n")
    else:
        b.add("API_KEY = os.environ[\"", L("env_reference", "SERVICE_API_KEY"), "\"]\nEXPECTED_SHA256 = \"", L("hex_digest", sha(r)), "\"\n\n")
        b.add("def checksum(path):\n    h = hashlib.sha256()\n    with open(path, 'rb') as f:\n        h.update(f.read())\n    return h.hexdigest() == EXPECTED_SHA256\n")
        b.add("\n# see ", L("eponym", r.choice(EPONYMS)), " notes; last run ", L("timestamp", ts_iso(r)), "\n")
    b.add("```")
    return b


def t_curl(r, lang, pii):
    b = B()
    host = org(r)[1]
    b.add("$ curl -sS -X POST https://api.", host, "/v2/", r.choice(["messages", "charges", "contacts", "webhooks"]), " \\\n")
    if pii:
        b.add("  -H \"Authorization: Bearer ", sK(r, r.choice(["openai", "stripe", "sendgrid", "jwt", "anthropic"])), "\" \\\n")
        b.add("  -H \"Content-Type: application/json\" \\\n  -d '{\"email\": \"", sE(r, None, name_lang(r)), "\", \"phone\": \"", sP(r, r.choice(["en", "de", "fr"])), "\"}'\n")
    else:
        b.add("  -H \"Authorization: Bearer $", L("env_reference", "API_TOKEN"), "\" \\\n  -H \"Idempotency-Key: ", L("uuid", uuid4(r)), "\" \\\n  -d '{\"amount\": ", str(r.randint(100, 99999)), ", \"currency\": \"eur\"}'\n")
    b.add("{\"id\":\"", L("object_id", r.choice(["ch_", "msg_", "evt_", "req_"]) + rs(r, ALNUM, 24)), "\",\"status\":\"", r.choice(["queued", "succeeded", "pending"]), "\"}")
    return b


def t_shell_session(r, lang, pii):
    b = B()
    user = r.choice(["deploy", "ubuntu", "ec2-user", "admin", "root"])
    b.add(user, "@", r.choice(["bastion", "build-01", "ip-10-0-1-17", "dev"]), ":~$ ")
    if pii:
        b.add("ssh -i ~/.ssh/id_ed25519 ", user, "@", sIP(r, ident=True), " -p ", L("port", str(r.choice([22, 2222, 22022]))), "\n")
        b.add("Warning: Permanently added '", sIP(r, ident=True, v6=r.random() < 0.3), "' (ED25519) to the list of known hosts.\n")
        b.add(user, "@prod:~$ export AWS_ACCESS_KEY_ID=", sK(r, "aws_akid"), "\n", user, "@prod:~$ export AWS_SECRET_ACCESS_KEY=", sK(r, "aws_secret"), "\n")
        b.add(user, "@prod:~$ ping -c1 ", sIP(r), "\n64 bytes: icmp_seq=1 ttl=", str(r.randint(40, 64)), " time=", str(r.randint(1, 90)), ".", str(r.randint(0, 9)), " ms\n")
    else:
        b.add("ip link show eth0\n2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n    link/ether ", L("mac_address", mac(r)), " brd ff:ff:ff:ff:ff:ff\n")
        b.add(user, "@dev:~$ git log -1 --format=%H\n", L("git_sha", sha(r, 40)), "\n", user, "@dev:~$ sha256sum release.tar.gz\n", L("hex_digest", sha(r)), "  release.tar.gz\n")
        b.add(user, "@dev:~$ uname -r\n", L("version_number", "%d.%d.%d-%d-generic" % (r.randint(5, 6), r.randint(0, 15), r.randint(0, 99), r.randint(10, 120))), "\n")
    return b


def t_hr_record(r, lang, pii):
    b = B()
    p = person(r, name_lang(r))
    mgr = person(r, name_lang(r))
    b.add(r.choice(["CONFIDENTIAL — Personnel file\n", "HR case note\n", "Payroll change request\n"]))
    if pii:
        b.add("Employee: ", sN(r, p, p.lang, r.choice(["full", "lastfirst", "upperlast"])), " (ID ", L("employee_id", "E%06d" % r.randint(1, 999999)), ")\n")
        b.add("SSN: ", sSSN(r), "\nDOB: ", L("date_of_birth", date_str(r, dob=True)), "\n")
        b.add("Manager: ", sN(r, mgr, mgr.lang), "\n")
        if r.random() < 0.5:
            b.add("Direct deposit IBAN: ", sI(r, r.choice(["en", "de", "nl", "fr"])), "\n")
        b.add("Notes: ", r.choice(["requested relocation to the ", "transfer approved to the ", "remote work agreement signed for the "]),
              L("place_named_after_person", r.choice(["Houston", "Washington", "San Francisco", "Dallas", "Columbus"])), " office effective ", L("date", date_str(r)), ".\n")
        if r.random() < 0.5:
            b.add("Emergency contact: ", sN(r, person(r, p.lang), p.lang), ", ", sP(r, "en"), "\n")
    else:
        b.add("Employee: ", L("redacted", "[REDACTED]"), " (ID ", L("employee_id", "E%06d" % r.randint(1, 999999)), ")\n")
        b.add("SSN: ", L("ssn_like_invalid", bad_ssn(r)) if r.random() < 0.5 else L("masked_ssn", "***-**-" + rs(r, DIG, 4)), "\n")
        b.add("Grade: ", r.choice(["L4", "L5", "M2"]), "  Salary band: ", L("amount", amount(r)), "\nEffective: ", L("date", date_str(r)), "\n")
    return b


def t_medical_en(r, lang, pii):
    b = B()
    clinic = r.choice(["Riverside Family Practice", "Northgate Orthopedics", "Lakeview Dental", "St. Anne Medical Group"])
    b.add(clinic, " — ", r.choice(["message from front desk", "prior authorization", "referral"]), "\n")
    if pii:
        p = person(r, name_lang(r))
        doc = person(r, name_lang(r))
        b.add("Re: ", sN(r, p, p.lang, r.choice(["full", "lastfirst", "upperlast"])), ", DOB ", L("date_of_birth", date_str(r, dob=True)), ", MRN ", L("medical_record_number", "%07d" % r.randint(0, 9999999)), "\n")
        b.add("Dr. ", sN(r, doc, doc.lang, "last"), " requests an MRI for suspected ", L("eponym", r.choice(["Parkinson's disease", "Baker's cyst", "Crohn's disease", "Hashimoto's thyroiditis"])), ". ")
        b.add("Member ID ", L("insurance_id", rs(r, UP, 3) + rs(r, DIG, 9)), ", group ", L("insurance_group", rs(r, DIG, 6)), ".\n")
        b.add("Please call the patient at ", sP(r, "en"), r.choice(["", " (cell)", " after 3pm"]), r.choice([" or email " , ""]))
        if b.items[-1] == " or email ":
            b.add(sE(r, p, p.lang))
        b.add(".\n")
        if r.random() < 0.3:
            b.add("Subscriber SSN on file: ", sSSN(r), "\n")
    else:
        b.add("Reminder: flu shots available ", L("date", date_str(r)), " to ", L("date", date_str(r)), ". Copay ", L("amount", amount(r)), ". ")
        b.add("Use code ", L("cpt_code", str(r.randint(90000, 99499))), " for billing; ICD-10 ", L("icd_code", r.choice(["J10.1", "Z23", "E11.9", "I10"])), ".\n")
    return b


def t_slack_chat(r, lang, pii):
    b = B()
    ppl = [person(r, name_lang(r)) for _ in range(3)]
    for i in range(r.randint(3, 6)):
        who = ppl[r.randrange(3)]
        handle = (who.rfirst[0] + who.rlast)[:12] if who.rlast else "user%d" % i
        b.add(L("username", handle), "  ", "%d:%02d %s" % (r.randint(1, 12), r.randint(0, 59), r.choice(["AM", "PM"])), "\n")
        k = r.randrange(6)
        if pii and k == 0:
            other = ppl[r.randrange(3)]
            b.add("can someone loop in ", sN(r, other, other.lang, r.choice(["lowerfirst", "lower", "first"])), "? they own the ", L("product_named_after_person", r.choice(["Tesla Model 3", "Hopper H100", "Adobe Acrobat"])), " integration\n")
        elif pii and k == 1:
            b.add("customer's number is ", sP(r, r.choice(["en", "en", "de", "fr", "es"])), " fyi, they said call before noon\n")
        elif pii and k == 2:
            b.add("oops pasted the prod token ", sK(r, r.choice(["slack", "github", "stripe", "gitlab", "npm"])), " — rotating now\n")
        elif pii and k == 3:
            b.add("who owns ", sIP(r, ident=True), "? it's hammering /login\n")
        elif k == 4:
            b.add("deployed ", L("version_number", version(r)), " (", L("git_sha", sha(r, 7)), ") to staging :rocket:\n")
        else:
            b.add(r.choice(["lgtm", "+1", "ty!", "on it", "will check after standup", "ack"]), "\n")
    if pii and not any(isinstance(x, tuple) and x[0] == "S" for x in b.items):
        b.add(L("username", "ops-bot"), "  ", "%d:%02d PM" % (r.randint(1, 12), r.randint(0, 59)), "\npaging ", sN(r, ppl[0], ppl[0].lang, "lowerfirst"), " re ", L("ticket_id", ticket(r)), "\n")
    return b


def t_staff_directory(r, lang, pii):
    b = B()
    if not pii:
        b.add("| Room | Floor | Ext | Seats | Named after |\n|---|---|---|---|---|\n")
        for _ in range(r.randint(3, 5)):
            nm = r.choice(["Curie", "Turing", "Lovelace", "Hopper", "Tesla", "Darwin", "Kepler", "Noether"])
            b.add("| ", L("room_named_after_person", nm + " Room"), " | ", str(r.randint(1, 12)), " | ", L("phone_extension", str(r.randint(100, 9999))), " | ", str(r.randint(4, 40)), " | scientist |\n")
        return b
    b.add(r.choice(["| Name | Role | Ext | Email | Mobile |\n|---|---|---|---|---|\n", "Name\tRole\tExt\tEmail\tMobile\n"]))
    md = b.items[0].startswith("|")
    dom = org(r)[1]
    reserved = r.random() < 0.15
    if reserved:
        dom = r.choice(["example.com", "corp.example", "acme.test"])
    for i in range(r.randint(3, 6)):
        p = person(r, name_lang(r))
        cells = [sN(r, p, p.lang, "full"), r.choice(["Engineer", "Account Manager", "Head of Sales", "Recruiter", "CFO", "Nurse Lead", "Paralegal"]),
                 L("phone_extension", str(r.randint(100, 9999))), sE(r, p, p.lang, domain=dom),
                 sP(r, "en", fict=True) if reserved else sP(r, r.choice(["en", "en", p.lang]))]
        if md:
            b.add("| ")
        for j, c in enumerate(cells):
            if j:
                b.add(" | " if md else "\t")
            b.add(c)
        b.add(" |\n" if md else "\n")
    return b


def t_payment_debug(r, lang, pii):
    b = B()
    b.add(r.choice(["Why does this charge fail?\n\n", "Debug output from our checkout:\n", ""]))
    if pii:
        test = r.random() < 0.5
        b.add("card_number=", sC(r, test=test, sep=r.choice(["", " "])), " exp=", L("card_expiry", "%02d/%d" % (r.randint(1, 12), r.randint(2025, 2031))), " cvc=", L("cvv", rs(r, DIG, 3)), "\n")
        b.add("customer=", L("object_id", "cus_" + rs(r, ALNUM, 14)), " email=", sE(r, None, name_lang(r), reserved=test or None), "\n")
        if r.random() < 0.35:
            raw = card_raw(r)
            b.add("batch line: ", S("CREDIT_CARD", raw, True), "|", L("card_expiry", "%02d" % r.randint(1, 12)), "|", L("card_expiry", str(r.randint(2025, 2031))), "|", L("cvv", rs(r, DIG, 3)), "|", L("order_number", str(r.randint(10 ** 7, 10 ** 8))), "\n")
        b.add("stripe.error.CardError: Your card was declined. (decline_code=", r.choice(["insufficient_funds", "do_not_honor", "expired_card"]), ")\n")
    else:
        b.add("card_number=", L("card_like_bad_luhn", bad_luhn_card(r)), " exp=", L("card_expiry", "%02d/%d" % (r.randint(1, 12), r.randint(2025, 2031))), "\n")
        b.add("error: incorrect_number — The card number is not a valid credit card number.\nrequest-id: ", L("object_id", "req_" + rs(r, ALNUM, 14)), "\n")
    return b


def t_w9_form(r, lang, pii):
    b = B()
    b.add("Form W-9 (Rev. ", L("date", r.choice(["March 2024", "October 2018"])), ") — extracted fields\n")
    p = person(r, "en")
    if pii:
        b.add("1 Name: ", sN(r, p, "en", r.choice(["full", "upperlast"])), "\n2 Business name: ", r.choice(["", org(r)[0] + " LLC"]), "\n")
        if r.random() < 0.5:
            b.add("Part I  SSN: ", sSSN(r, fmt=r.choice(["-", " ", ""])), "\n")
        else:
            b.add("Part I  SSN: ", sSSN(r), "   EIN: ", L("ein", ein(r)), "\n")
        b.add("Address: ", str(r.randint(10, 9999)), " ", L("place_named_after_person", r.choice(["Washington", "Lincoln", "Jefferson", "Madison"])), " Ave, Apt ", str(r.randint(1, 40)), "\n")
        b.add("Signature date: ", L("date", date_str(r)), "\n")
    else:
        b.add("Part I  SSN: ", L("ssn_like_invalid", bad_ssn(r)), "  (rejected by validator)\n   EIN: ", L("ein", ein(r)), "\nRoutine check: ", L("amount", amount(r)), " withheld\n")
    return b


def t_network_config(r, lang, pii):
    b = B()
    b.add(r.choice(["interfaces:\n", "# netplan\nnetwork:\n  ethernets:\n", "Router export:\n"]))
    for i in range(r.randint(1, 3)):
        b.add("  eth", str(i), ":\n    mac: ", L("mac_address", mac(r)), "\n    address: ")
        if pii:
            b.add(sIP(r, v6=False), "/", str(r.choice([24, 16, 28, 32])), "\n    gateway6: ", sIP(r, v6=True), "\n")
        else:
            b.add(L("placeholder", "<dhcp>"), "\n    netmask: ", L("netmask", r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.240"])), "\n")
        b.add("    mtu: ", str(r.choice([1500, 9000, 1420])), "\n")
    b.add("  dns_port: ", L("port", "53"), "\n  snmp_oid: ", L("oid", "1.3.6.1.4.1.%d.%d.%d" % (r.randint(1000, 60000), r.randint(1, 9), r.randint(1, 99))), "\n")
    return b


def obfuscate_email(r, addr):
    local, dom = addr.split("@")
    at = r.choice([" [at] ", " (at) ", " at ", "[at]", " @ ", " AT "])
    dot = r.choice([" [dot] ", " (dot) ", " dot ", "[.]", " DOT "])
    return local + at + dom.replace(".", dot)


def t_obfuscated_contact(r, lang, pii):
    b = B()
    if pii:
        p = person(r, name_lang(r))
        addr, ident = email_for(r, p, p.lang)
        b.add(r.choice(["selling my old bike, ", "Re: room for rent — ", "posting for a friend: ", ""]))
        b.add("contact ", sN(r, p, p.lang, r.choice(["first", "lowerfirst", "full"])), " at ", S("EMAIL_ADDRESS", obfuscate_email(r, addr), ident))
        ph = phone(r, r.choice(["en", "de", "fr", "es", "it"]))[0]
        if r.random() < 0.5:
            ph = ph.replace(" ", ".") if " " in ph else ph
        b.add(r.choice([" or text ", ", whatsapp ", " / tel. "]), S("PHONE_NUMBER", ph, True), r.choice([" (no spam pls)", "", " — evenings only"]))
        b.add(". price ", L("amount", amount(r)), " obo")
    else:
        b.add("For support, write to us via the in-app form (", L("placeholder", "name [at] domain [dot] com"), " style addresses are filtered). Hotline hours ", L("time", "9:00"), "–", L("time", "17:00"), ".")
    return b


def t_meeting_minutes(r, lang, pii):
    b = B()
    y, m, d = ymd(r)
    b.add("# Minutes — ", r.choice(["Steering committee", "Vendor review", "Quarterly ops sync", "Board prep"]), " (", L("date", "%d-%02d-%02d" % (y, m, d)), ")\n\n")
    if pii:
        ppl = [person(r, name_lang(r)) for _ in range(r.randint(3, 5))]
        b.add("**Attendees:** ")
        for i, p in enumerate(ppl):
            if i:
                b.add(", ")
            b.add(sN(r, p, p.lang, "full"))
        b.add("\n\n1. ", sN(r, ppl[0], ppl[0].lang, "first"), " summarised the ", L("org_named_after_person", r.choice(ORG_AFTER_PERSON)), " contract renewal; budget ", L("amount", amount(r)), ".\n")
        b.add("2. Travel to ", L("place_named_after_person", r.choice(PLACE_AFTER_PERSON)), " approved for ", sN(r, ppl[1], ppl[1].lang, r.choice(["first", "full"])), ".\n")
        b.add("3. Action: ", sN(r, ppl[-1], ppl[-1].lang, r.choice(["initial", "first", "full"])), " to send the deck to ", sE(r, ppl[-1], ppl[-1].lang), " list by ", L("date", date_str(r)), ".\n")
        b.add("4. ", L("capitalized_word", r.choice(["Will", "Grace Period", "June", "April"])), " review of ", L("ticket_id", ticket(r)), " postponed.\n")
    else:
        b.add("**Attendees:** Ops, Finance, Legal\n\n1. ", L("org_named_after_person", r.choice(ORG_AFTER_PERSON)), " renewal approved at ", L("amount", amount(r)), ".\n")
        b.add("2. Offsite moved to ", L("place_named_after_person", r.choice(PLACE_AFTER_PERSON)), " on ", L("date", date_str(r)), ".\n")
        b.add("3. Replace fleet with ", L("product_named_after_person", r.choice(PRODUCT_AFTER_PERSON)), " units; see ", L("ticket_id", ticket(r)), ".\n")
    return b


def t_jira_ticket(r, lang, pii):
    b = B()
    b.add(L("ticket_id", ticket(r)), ": ", r.choice(["Checkout 500 on retry", "Export job times out", "Login loop on SSO", "Webhook signature mismatch"]), "\n")
    b.add("Priority: ", r.choice(["P1", "P2", "P3"]), " | Affects: ", L("version_number", version(r)), " | Created: ", L("timestamp", ts_iso(r)), "\n")
    if pii:
        rep = person(r, name_lang(r))
        b.add("Reporter: ", sN(r, rep, rep.lang, "full"), " <", sE(r, rep, rep.lang), ">\n\nSteps:\n1. Log in as ", sE(r, None, "en", reserved=r.random() < 0.5), "\n2. Retry from ", sIP(r), "\n")
        b.add("\nStack trace:\n  at ", r.choice(["com.shop.checkout.Retry.run", "app/services/export.py", "src/sso/callback.ts"]), ":", str(r.randint(10, 900)), "\n  token=", sK(r, r.choice(["jwt", "generic", "github"])), "\n")
    else:
        b.add("Reporter: ", L("username", "qa-bot"), "\n\nSteps:\n1. Open order ", L("order_number", order_no(r)), "\n2. Observe trace id ", L("uuid", uuid4(r)), "\n3. Memory at ", L("memory_address", mem_addr(r)), "\n")
    return b


def t_sql_insert(r, lang, pii):
    b = B()
    if pii:
        b.add("INSERT INTO customers (id, full_name, email, phone, card_last4, created_at) VALUES\n")
        for i in range(r.randint(2, 4)):
            p = person(r, name_lang(r))
            b.add(" (", str(r.randint(1, 99999)), ", '", sN(r, p, p.lang, "full"), "', '", sE(r, p, p.lang), "', '", sP(r, r.choice(["en", p.lang])), "', '", L("card_last4", rs(r, DIG, 4)), "', '", L("timestamp", ts_log(r)[:19]), "')")
            b.add(",\n")
        b.items[-1] = ";\n"
        if r.random() < 0.4:
            b.add("-- migrated from legacy host ", sIP(r), "\n")
    else:
        b.add("SELECT order_id, SUM(total) FROM orders WHERE created_at >= '", L("date", "%d-%02d-%02d" % ymd(r)), "' AND region = 'EMEA'\nGROUP BY order_id HAVING SUM(total) > ", str(r.randint(100, 5000)), ";\n-- plan hash ", L("hex_digest", sha(r, 16)), "\n")
    return b


def t_k8s_secret(r, lang, pii):
    b = B()
    b.add("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", r.choice(["db-creds", "api-tokens", "smtp"]), "\n  uid: ", L("uuid", uuid4(r)), "\ntype: Opaque\nstringData:\n")
    if pii:
        b.add("  DB_PASSWORD: \"", sPW(r), "\"\n  SMTP_USER: ", sE(r, None, "en"), "\n")
        if r.random() < 0.6:
            b.add("  TLS_KEY: |\n    ")
            pem = pem_key(r)
            b.add(S("API_KEY", pem.replace("\n", "\n    "), True), "\n")
        b.add("  AZURE_STORAGE: \"DefaultEndpointsProtocol=https;AccountName=", rs(r, LO, 10), ";AccountKey=", sK(r, "azure_key"), ";EndpointSuffix=core.windows.net\"\n")
    else:
        b.add("  DB_PASSWORD: \"", L("env_reference", "${DB_PASSWORD}"), "\"\n  SMTP_PORT: \"", L("port", "587"), "\"\n  CA_BUNDLE_SHA256: ", L("hex_digest", sha(r)), "\n")
    return b


def t_git_log(r, lang, pii):
    b = B()
    for i in range(r.randint(2, 4)):
        b.add("commit ", L("git_sha", sha(r, 40)), "\n")
        if pii:
            p = person(r, name_lang(r))
            b.add("Author: ", sN(r, p, p.lang, "full"), " <", sE(r, p, p.lang, reserved=False, domain=r.choice([None, "users.noreply.github.com"])), ">\n")
        else:
            b.items.pop()
            b.add(L("git_sha", sha(r, 7)), " (", L("username", r.choice(["dependabot[bot]", "renovate[bot]", "ci-runner"])), ") ")
            b.add(r.choice(["Bump lodash to ", "Fix flaky test; prepare ", "Release ", "Revert to "]), L("version_number", version(r)), "\n")
            continue
        b.add("Date:   ", L("timestamp", ts_iso(r)), "\n\n    ", r.choice(["Bump lodash to ", "Fix flaky test; prepare ", "Release ", "Revert to "]), L("version_number", version(r)), "\n\n")
    return b


def t_api_docs(r, lang, pii):
    b = B()
    b.add("## Quickstart\n\nSet your credentials (the values below are documentation examples):\n\n```bash\n")
    if pii:
        b.add("export AWS_ACCESS_KEY_ID=", S("API_KEY", "AKIAIOSFODNN7EXAMPLE", False), "\nexport AWS_SECRET_ACCESS_KEY=", S("API_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", False), "\n```\n\n")
        b.add("Then create a contact:\n\n```json\n{\"name\": \"", S("PERSON", r.choice(PLACEHOLDER_NAMES["en"]), False), "\", \"email\": \"", S("EMAIL_ADDRESS", r.choice(["jane.doe", "user", "alice", "bob"]) + "@" + r.choice(["example.com", "example.org", "example.net"]), False), "\", \"phone\": \"", sP(r, "en", fict=True), "\", \"ip\": \"", sIP(r, ident=False), "\"}\n```\n")
        if r.random() < 0.5:
            b.add("\nUse test card ", sC(r, test=True, sep=" "), " with any future expiry and any CVC.\n")
        if r.random() < 0.4:
            b.add("Sandbox IBAN: ", sI(r, doc=True), "\n")
    else:
        b.add("export API_KEY=", L("placeholder", r.choice(["<your-api-key>", "YOUR_API_KEY", "sk-..."])), "\n```\n\nRate limit: 600 req/min. Webhooks retry with exponential backoff (base ", L("duration", "2s"), "). Current API version: ", L("version_number", version(r)), ".\n")
    return b


def t_sms_batch(r, lang, pii):
    b = B()
    for i in range(r.randint(2, 4)):
        b.add(r.choice(["Your verification code is ", "Código: ", "Use ", "OTP "]), L("otp_code", rs(r, DIG, 6)), r.choice([". Do not share it.", " — expires in 10 min.", ""]))
        if pii and i == 0:
            b.add(" (to ", sP(r, r.choice(["en", "es", "pt", "hi", "id"])), ")")
        b.add("\n")
    if not pii:
        b.add("Your parcel ", L("tracking_number", tracking(r)), " is out for delivery.\n")
    return b


def t_shipping(r, lang, pii):
    b = B()
    b.add("Shipment ", L("tracking_number", tracking(r)), " — ", r.choice(["out for delivery", "delivered", "held at depot"]), "\n")
    if pii:
        p = person(r, name_lang(r))
        b.add("Recipient: ", sN(r, p, p.lang, r.choice(["full", "upperlast", "initial"])), "\n", str(r.randint(1, 999)), " ", L("place_named_after_person", r.choice(["Martin Luther King Jr. Blvd", "Rue Victor Hugo", "Karl-Marx-Allee", "Avenida Benito Juárez"])), "\n")
        b.add("Contact: ", sP(r, r.choice(["en", "fr", "de", "es"])), "\n")
    else:
        b.add("Weight: ", str(r.randint(1, 30)), ".", str(r.randint(0, 9)), " kg  Dims: 40x30x20 cm\nDepot: ", L("coordinates", coords(r)), "\n")
    b.add("Order ", L("order_number", order_no(r)), ", ETA ", L("date", date_str(r)), "\n")
    return b


def t_calendar_invite(r, lang, pii):
    b = B()
    b.add("BEGIN:VEVENT\nUID:", L("uuid", uuid4(r)), "\nDTSTART:", L("timestamp", "%d%02d%02dT%02d%02d00Z" % (ymd(r) + (r.randint(7, 18), r.choice([0, 30]))) ), "\nSUMMARY:", r.choice(["Interview", "1:1", "Design review", "Contract signing"]), "\n")
    if pii:
        for _ in range(r.randint(1, 3)):
            p = person(r, name_lang(r))
            b.add("ATTENDEE;CN=", sN(r, p, p.lang, "full"), ":mailto:", sE(r, p, p.lang), "\n")
        b.add("DESCRIPTION:Dial-in ", sP(r, r.choice(["en", "de", "fr", "nl"])), " PIN ", L("pin", rs(r, DIG, 6)), "#\n")
    else:
        b.add("LOCATION:", L("place_named_after_person", r.choice(PLACE_AFTER_PERSON)), "\nDESCRIPTION:Meeting ID ", L("meeting_id", "%03d %04d %04d" % (r.randint(100, 999), r.randint(0, 9999), r.randint(0, 9999))), " Passcode ", L("pin", rs(r, DIG, 6)), "\n")
    b.add("END:VEVENT")
    return b


def t_resume(r, lang, pii):
    b = B()
    p = person(r, name_lang(r))
    if pii:
        b.add(sN(r, p, p.lang, r.choice(["full", "upperlast"])), "\n", sE(r, p, p.lang), " · ", sP(r, r.choice(["en", p.lang])), " · linkedin.com/in/", L("username", (p.rfirst + "-" + p.rlast + "-" + rs(r, HEX, 4)).lower()), "\n\n")
    else:
        b.add("[Candidate name withheld]\n\n")
    b.add("EXPERIENCE\n", r.choice(["Senior Analyst", "Backend Engineer", "Nurse Practitioner", "Project Manager"]), ", ", L("org_named_after_person", r.choice(ORG_AFTER_PERSON)), " (", L("date", "%d" % r.randint(2012, 2019)), "–", L("date", "%d" % r.randint(2020, 2025)), ")\n")
    b.add("- Cut costs by ", str(r.randint(5, 40)), "% across ", str(r.randint(2, 30)), " sites; shipped ", L("product_named_after_person", r.choice(PRODUCT_AFTER_PERSON)), " rollout\n")
    if pii and r.random() < 0.4:
        ref = person(r, name_lang(r))
        b.add("References: ", sN(r, ref, ref.lang, "full"), " (", sP(r, "en"), ")\n")
    return b


def t_crash_report(r, lang, pii):
    b = B()
    b.add("Exception Type: EXC_BAD_ACCESS (SIGSEGV)\nIncident Identifier: ", L("uuid", uuid4(r).upper()), "\nOS Version: ", L("version_number", r.choice(["iOS 17.4.1 (21E236)", "macOS 14.3 (23D56)", "Android 14 (UP1A.231005.007)"])), "\n")
    for i in range(r.randint(3, 6)):
        b.add(str(i), "   ", r.choice(["libsystem_kernel.dylib", "MyApp", "CoreFoundation", "libobjc.A.dylib"]), "\t", L("memory_address", mem_addr(r)), " + ", str(r.randint(10, 99999)), "\n")
    if pii:
        b.add("User: ", sE(r, None, name_lang(r)), "\nDevice IP: ", sIP(r), "\n")
    else:
        b.add("Binary UUID: ", L("uuid", uuid4(r)), "\nBuild: ", L("build_number", str(r.randint(1000, 99999))), "\n")
    return b


def t_release_notes(r, lang, pii):
    assert not pii
    b = B()
    b.add("## ", L("version_number", version(r)), " — ", L("date", date_str(r)), "\n\n")
    for _ in range(r.randint(2, 5)):
        b.add("- ", r.choice(["Fixed crash when exporting to ", "Improved ", "Added support for ", "Deprecated "]),
              r.choice([L("product_named_after_person", r.choice(PRODUCT_AFTER_PERSON)), L("eponym", r.choice(EPONYMS)), "CSV", "dark mode"]),
              " (", L("git_sha", sha(r, 7)), ", #", str(r.randint(100, 9999)), ")\n")
    b.add("\nChecksums (SHA-256): ", L("hex_digest", sha(r)), "\n")
    return b


def t_eponym_text(r, lang, pii):
    assert not pii
    b = B()
    k = r.randrange(3)
    if k == 0:
        b.add("Explain why the ", L("eponym", r.choice(EPONYMS)), " is preferred over a naive approach here, and estimate the complexity for n=", str(r.randint(10, 10 ** 6)), ".")
    elif k == 1:
        b.add("Compare the ", L("product_named_after_person", r.choice(PRODUCT_AFTER_PERSON)), " with competitors sold in ", L("place_named_after_person", r.choice(PLACE_AFTER_PERSON)), "; assume a budget of ", L("amount", amount(r)), ".")
    else:
        b.add("Draft a press release: ", L("org_named_after_person", r.choice(ORG_AFTER_PERSON)), " opens a new facility near ", L("place_named_after_person", r.choice(PLACE_AFTER_PERSON)), " on ", L("date", date_str(r)), " (coordinates ", L("coordinates", coords(r)), ").")
    return b


def t_metrics_clean(r, lang, pii):
    assert not pii
    b = B()
    b.add("| metric | p50 | p99 | window |\n|---|---|---|---|\n")
    for m in r.sample(["latency_ms", "error_rate", "rps", "cpu_pct", "queue_depth", "gc_ms"], 3):
        b.add("| ", m, " | ", "%.2f" % r.uniform(0, 500), " | ", "%.2f" % r.uniform(500, 5000), " | ", L("timestamp", ts_iso(r)), " |\n")
    b.add("\nSource: node ", L("ip_like_version", "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(256, 999), r.randint(0, 9), r.randint(0, 9))), "-build, dashboard ", L("uuid", uuid4(r)), "\n")
    return b


def t_dir_listing(r, lang, pii):
    assert not pii
    b = B()
    b.add("$ ls -la /var/backups\ntotal ", str(r.randint(100, 99999)), "\n")
    for _ in range(r.randint(3, 6)):
        y, m, d = ymd(r)
        b.add(r.choice(["-rw-r--r--", "-rw-------", "drwxr-xr-x"]), " 1 ", r.choice(["root", "backup", "postgres"]), " ", r.choice(["root", "backup"]), " ",
              str(r.randint(100, 10 ** 9)).rjust(10), " ", L("date", "%s %2d %02d:%02d" % (MONTHS_EN[m - 1][:3], d, r.randint(0, 23), r.randint(0, 59))), " ",
              r.choice(["db-", "etc-", "media-", "ledger-"]), L("timestamp", "%d%02d%02d" % (y, m, d)), r.choice([".tar.gz", ".sql.zst", ".gpg"]), "\n")
    return b


def t_bank_statement(r, lang, pii):
    b = B()
    lg = r.choice(["en", "de", "nl", "fr", "es", "it"])
    b.add("Statement ", L("date", date_str(r)), " – account ", sI(r, lg) if pii else L("masked_iban", "DE** **** **** **** **" + rs(r, DIG, 2)), "\n")
    b.add("Date       | Counterparty | IBAN | Amount\n")
    for _ in range(r.randint(2, 5)):
        b.add(L("date", "%d-%02d-%02d" % ymd(r)), " | ")
        if pii and r.random() < 0.7:
            p = person(r, name_lang(r, lg))
            b.add(sN(r, p, p.lang, r.choice(["full", "upperlast"])), " | ", sI(r, lg, spaced=r.random() < 0.5))
        else:
            b.add(L("org_named_after_person", r.choice(ORG_AFTER_PERSON)), " | ", L("creditor_id", "DE%02dZZZ0000%07d" % (r.randint(10, 99), r.randint(0, 9999999))))
        b.add(" | ", L("amount", ("-" if r.random() < 0.7 else "+") + "%.2f" % r.uniform(1, 3000)), "\n")
    return b


def t_email_thread(r, lang, pii):
    b = B()
    a, c = person(r, name_lang(r)), person(r, name_lang(r))
    if pii:
        b.add("On ", L("date", date_str(r)), " at ", L("time", time_str(r)), ", ", sN(r, a, a.lang, "full"), " <", sE(r, a, a.lang), "> wrote:\n")
        b.add("> Hi ", sN(r, c, c.lang, "first"), ", can you send me the wiring details again? Our AP contact is ", sN(r, person(r, name_lang(r)), "en"), ".\n>\n")
        b.add("> Thanks,\n> ", sN(r, a, a.lang, "first"), "\n\nSure — beneficiary ", L("org_named_after_person", r.choice(ORG_AFTER_PERSON)), ", IBAN ", sI(r, r.choice(["en", "de", "fr", "nl"])), ", BIC ", L("bic", bic(r)), ".\n")
        b.add("Call me on ", sP(r, r.choice(["en", "de", "fr"])), r.choice([" ext. %d" % r.randint(10, 999), " x%d" % r.randint(10, 999), ""]), " if anything bounces.\n")
    else:
        b.add("On ", L("date", date_str(r)), ", the finance bot wrote:\n> Payment run ", L("invoice_number", invoice_no(r)), " scheduled for ", L("amount", amount(r)), ".\n\nConfirmed. Batch hash ", L("hex_digest", sha(r, 40)), ".\n")
    return b


def t_llm_redaction(r, lang, pii):
    b = B()
    if pii:
        p = person(r, name_lang(r))
        b.add("User: Rewrite this so it sounds more professional: \"hey its ", sN(r, p, p.lang, r.choice(["lowerfirst", "lower", "first"])), " again, my card ", sC(r), " got charged 2x, call me ", sP(r, "en"), "\"\n\n")
        b.add("Assistant: Certainly. Here's a more professional version:\n\n\"Hello, this is ", sN(r, p, p.lang, "full"), ". I noticed a duplicate charge on my card and would appreciate a call back at your earliest convenience.\"\n\nTip: avoid sharing full card numbers over chat.")
    else:
        b.add("Assistant: I've removed the personal details from your draft. Replace ", L("redacted", "[NAME]"), ", ", L("redacted", "[CARD]"), " and ", L("redacted", "[PHONE]"), " before sending. The reference ", L("ticket_id", ticket(r)), " can stay.")
    return b


def t_web_form(r, lang, pii):
    b = B()
    b.add("POST /contact HTTP/1.1\nHost: www.", org(r)[1], "\nContent-Type: application/x-www-form-urlencoded\nX-Forwarded-For: ")
    if pii:
        p = person(r, name_lang(r, "en"))
        addr, ident = email_for(r, p, p.lang)
        b.add(sIP(r), "\n\nname=", S("PERSON", (p.rfirst.capitalize() + "+" + p.rlast.capitalize()), p.ident), "&email=", S("EMAIL_ADDRESS", addr.replace("@", "%40").replace("+", "%2B"), ident),
              "&phone=", S("PHONE_NUMBER", phone(r, "en", cc="US")[0].replace(" ", "+").replace("(", "%28").replace(")", "%29"), True), "&msg=please+call+back")
    else:
        b.add(L("ip_like_version", "%d.%d.%d.%d" % (r.randint(300, 999), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9))), "\n\nname=&email=&subject=pricing&ref=", L("order_number", order_no(r)))
    return b


def t_ssn_chat(r, lang, pii):
    b = B()
    if pii:
        b.add(r.choice(["Tax prep question: ", "Filing help — ", ""]), "my ", r.choice(["daughter's", "husband's", "", "dependent's"]), " social is ", sSSN(r), " and mine is ", sSSN(r), ". Do I need both on Form ", L("form_number", r.choice(["1040", "W-4", "8812"])), "?")
        if r.random() < 0.5:
            b.add(" Employer EIN is ", L("ein", ein(r)), ".")
    else:
        b.add("Is ", L("ssn_like_invalid", bad_ssn(r)), " a valid SSN format? Our validator rejects it. Also, is ", L("itin", "9%02d-%d%d-%04d" % (r.randint(0, 99), r.choice([7, 8, 9]), r.randint(0, 9), r.randint(0, 9999))), " an ITIN?")
    return b


def t_firewall(r, lang, pii):
    b = B()
    for _ in range(r.randint(3, 5)):
        act = r.choice(["ACCEPT", "DROP", "REJECT"])
        if pii and r.random() < 0.7:
            b.add("iptables -A INPUT -s ", sIP(r, v6=False), r.choice(["", "/32"]), " -p tcp --dport ", L("port", str(r.choice([22, 443, 5432, 6379, 3306]))), " -j ", act, "\n")
        else:
            b.add("iptables -A INPUT -p tcp --dport ", L("port", str(r.choice([80, 443, 8080]))), " -m limit --limit ", str(r.randint(10, 100)), "/min -j ", act, "\n")
    if pii and not any(isinstance(x, tuple) and x[0] == "S" for x in b.items):
        b.add("ip6tables -A INPUT -s ", sIP(r, v6=True), " -j DROP\n")
    return b


def t_pem_paste(r, lang, pii):
    b = B()
    if pii:
        k = r.randrange(3)
        b.add(["why does ssh say 'invalid format' for this key?\n\n", "Deploy key for the CI runner:\n", "```\n"][k])
        b.add(S("API_KEY", pem_key(r), True), "\n")
        if k == 2:
            b.add("```")
        elif k == 1:
            b.add("(added to ", L("username", "deploy"), "@", sIP(r), ")")
    else:
        b.add("authorized_keys entry:\n", L("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43)), " ci@runner\nFingerprint: ", L("key_fingerprint", "SHA256:" + rs(r, B64, 43)), "\n")
    return b


def t_conn_strings(r, lang, pii):
    b = B()
    db = r.choice(["mongodb+srv", "postgresql", "mysql", "redis", "amqp"])
    user = r.choice(["admin", "app_rw", "svc", "reporting"])
    if pii:
        b.add(r.choice(["Connection string that keeps timing out:\n", "settings.py:\nDATABASE_URL = '", "jdbc: "]))
        q = "'" if b.items[-1].endswith("'") else ""
        b.add(db, "://", user, ":", sPW(r, safe_url=True), "@")
        if r.random() < 0.5:
            b.add(sIP(r, v6=False))
        else:
            b.add("cluster0.", rs(r, LO + DIG, 5), ".mongodb.net" if db.startswith("mongo") else "db." + org(r)[1])
        b.add(":", L("port", str({"mongodb+srv": 27017, "postgresql": 5432, "mysql": 3306, "redis": 6379, "amqp": 5672}[db])), "/prod", q, "\n")
    else:
        b.add("Connection string template:\n", db, "://", user, ":", L("placeholder", "<password>"), "@", L("placeholder", "<host>"), ":", L("port", "5432"), "/prod\n")
    return b


def t_checkout_chat(r, lang, pii):
    b = B()
    bot = r.choice(["ShopBot", "Assistant", "Ava (virtual agent)"])
    if pii:
        p = person(r, name_lang(r))
        b.add("Customer: hi i want to pay the balance on ", L("invoice_number", invoice_no(r)), " over chat\n", bot, ": Sure. Please note you can also use the secure payment link.\n")
        cseg = sC(r, sep=r.choice([" ", "", "-", "  "]))
        last4 = "".join(c for c in cseg[2] if c.isdigit())[-4:]
        b.add("Customer: ok card is ", cseg, " exp ", L("card_expiry", "%d/%02d" % (r.randint(1, 12), r.randint(25, 31))), " cvv ", L("cvv", rs(r, DIG, r.choice([3, 3, 4]))), ", name on card ", sN(r, p, p.lang, r.choice(["upperlast", "full", "lower"])), "\n")
        b.add(bot, ": Thanks. For your security I've masked it as ", L("masked_card", r.choice(["**** **** **** ", "•••• ", "XXXX-XXXX-XXXX-", "ending in "]) + last4), ". Amount: ", L("amount", amount(r)), ".")
        if r.random() < 0.4:
            b.add("\nCustomer: also my other card ", sC(r), " expired, remove it pls")
    else:
        b.add("Customer: can I pay ", L("invoice_number", invoice_no(r)), " in installments?\n", bot, ": Yes — ", str(r.randint(3, 12)), " monthly payments of ", L("amount", amount(r)), ". Your saved card ", L("masked_card", masked_card(r)), " will be used.")
    return b


def t_html_snippet(r, lang, pii):
    b = B()
    if pii:
        p = person(r, name_lang(r))
        addr, ident = email_for(r, p, p.lang)
        ph, _ = phone(r, r.choice(["en", "de", "fr", "nl", "it"]))
        tel = "+" + "".join(c for c in ph if c.isdigit()) if ph.startswith("+") else "".join(c for c in ph if c.isdigit())
        b.add('<div class="vcard">\n  <span class="fn">', sN(r, p, p.lang, "full"), '</span>\n  <a href="mailto:', S("EMAIL_ADDRESS", addr, ident), '?subject=Hello">', S("EMAIL_ADDRESS", addr, ident), '</a>\n')
        b.add('  <a href="tel:', S("PHONE_NUMBER", tel, True), '">', S("PHONE_NUMBER", ph, True), '</a>\n</div>\n')
        if r.random() < 0.5:
            tok = rs(r, B64URL, r.choice([32, 43]))
            b.add('<!-- reset link: https://app.', org(r)[1], '/reset?email=', S("EMAIL_ADDRESS", addr.replace("@", "%40"), ident), '&token=', S("API_KEY", tok, True), ' -->')
    else:
        b.add('<link rel="stylesheet" href="/static/app.', L("hex_digest", sha(r, 8)), '.css" integrity="', L("sri_hash", "sha384-" + rs(r, B64, 64)), '">\n')
        b.add('<div style="color:', L("hex_color", hex_color(r)), '">Version ', L("version_number", version(r)), ' — <a href="/contact">Contact us</a></div>')
    return b


_PM_FILLER = [
    "The deploy pipeline promoted the build to all regions within eleven minutes, which is faster than the rollout policy allows.",
    "Error rates on the checkout path rose from a baseline of roughly 0.2% to just over 9% at the peak.",
    "Synthetic probes did not fire because the health endpoint was served from cache and kept returning 200.",
    "We have since added a canary stage and an automatic rollback trigger tied to the p99 latency budget.",
    "Customer-facing impact was limited to card payments; bank transfers and invoices were unaffected.",
    "The on-call rotation was paged twice; the first page was acknowledged but routed to the wrong escalation policy.",
    "A feature flag that should have been off for the EU cohort was enabled by a stale configuration snapshot.",
    "Retry storms from mobile clients amplified the load on the authentication service by a factor of four.",
    "No data was lost; the replay job reconciled all pending ledger entries by the end of the day.",
    "Follow-up items are tracked in the reliability board and reviewed weekly until closed.",
]


def t_postmortem(r, lang, pii):
    b = B()
    b.add("# Incident ", L("ticket_id", ticket(r)), " — post-incident review\n\n**Date:** ", L("date", date_str(r)), "  **Severity:** SEV-", str(r.randint(1, 3)), "\n")
    ppl = [person(r, name_lang(r)) for _ in range(3)]
    if pii:
        b.add("**Incident commander:** ", sN(r, ppl[0], ppl[0].lang, "full"), "  **Scribe:** ", sN(r, ppl[1], ppl[1].lang, "full"), "\n\n")
    else:
        b.add("**Incident commander:** on-call SRE  **Scribe:** ", L("username", "sre-bot"), "\n\n")
    b.add("## Summary\n\n")
    fill = list(_PM_FILLER)
    r.shuffle(fill)
    for i, sent in enumerate(fill[:r.randint(5, 9)]):
        b.add(sent, " ")
        if i == 2:
            b.add("The first alert fired at ", L("timestamp", ts_iso(r)), " for ", L("hostname", "api-%d.prod" % r.randint(1, 40)), " running ", L("version_number", version(r)), ". ")
        if i == 3 and pii:
            b.add("Traffic from ", sIP(r, ident=True), " accounted for a large share of the retries; the address belongs to a reseller integration. ")
        if i == 4 and pii:
            b.add("The affected merchant's contact, ", sN(r, ppl[2], ppl[2].lang, r.choice(["full", "first"])), ", was notified by phone (", sP(r, r.choice(["en", "de", "fr"])), ") and by e-mail. ")
        if i == 4:
            b.add("\n\n## Timeline\n\n")
    b.add("\n\n## Action items\n\n- Add rollback guard (", L("ticket_id", ticket(r)), ")\n- Rotate credentials used by the replay job")
    if pii and r.random() < 0.5:
        b.add(" (the leaked one was ", sK(r, r.choice(["aws_akid", "github", "slack", "datadog"])), ")")
    b.add("\n- Review escalation policy with ", L("org_named_after_person", r.choice(ORG_AFTER_PERSON)), " account team\n")
    return b


def t_ml_form_example(r, lang, pii):
    P = PHR[lang]
    b = B()
    b.add(r.choice(["Example / Beispiel / Exemple:\n", "Sample filled form (for the user guide):\n", "e.g.\n"]))
    if pii:
        nm = r.choice(PLACEHOLDER_NAMES.get(lang, PLACEHOLDER_NAMES["en"]))
        b.add(P["f_name"], ": ", S("PERSON", nm, False), "\n", P["f_email"], ": ",
              S("EMAIL_ADDRESS", r.choice(["max", "user", "test", "demo", "name"]) + "@" + r.choice(["example.com", "example.org", "beispiel.example", "shop.test"]), False), "\n")
        b.add(P["f_iban"], ": ", sI(r, lang, doc=True), "\n")
        if r.random() < 0.5:
            b.add(P["f_card"], ": ", sC(r, test=True), "\n")
        if lang == "en" or r.random() < 0.3:
            b.add(P["f_phone"], ": ", sP(r, "en", fict=True), "\n")
    else:
        b.add(P["f_name"], ": ", L("placeholder", r.choice(["<Vorname Nachname>", "[first name] [last name]", "_____", "XXXX"])), "\n", P["f_iban"], ": ", L("placeholder", "XX00 0000 0000 0000 0000 00"), "\n")
    b.add(P["f_dob"], ": ", L("date_of_birth", date_str(r, lang, dob=True)))
    return b


def routing_number(r):
    while True:
        d = [int(c) for c in "%02d" % r.choice(list(range(1, 13)) + list(range(21, 33)))] + [r.randint(0, 9) for _ in range(6)]
        for last in range(10):
            x = d + [last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def t_loan_application(r, lang, pii):
    b = B()
    b.add("LOAN APPLICATION ", L("application_id", "LA-%d-%05d" % (r.randint(2022, 2026), r.randint(0, 99999))), "\n", "=" * 32, "\n")
    if pii:
        a = person(r, name_lang(r))
        b.add("Applicant:     ", sN(r, a, a.lang, r.choice(["full", "lastfirst", "upperlast"])), "\nSSN:           ", sSSN(r), "\nDOB:           ", L("date_of_birth", date_str(r, dob=True)), "\n")
        if r.random() < 0.4:
            c = person(r, name_lang(r))
            b.add("Co-applicant:  ", sN(r, c, c.lang, "full"), "  SSN ", sSSN(r, fmt=r.choice(["-", ""])), "\n")
        b.add("Employer:      ", L("org_named_after_person", r.choice(ORG_AFTER_PERSON)), " — income ", L("amount", "${:,}".format(r.randint(28, 260) * 1000)), "/yr\n")
        b.add("Phone:         ", sP(r, "en", cc=r.choice(["US", "US", "CA"])), "\nEmail:         ", sE(r, a, a.lang), "\n")
    else:
        b.add("Applicant:     [on file]\nSSN:           ", L("masked_ssn", "XXX-XX-" + rs(r, DIG, 4)), "\nRequested:     ", L("amount", amount(r)), " over ", str(r.choice([36, 60, 84])), " months\n")
    b.add("Routing no.:   ", L("routing_number", routing_number(r)), "\nAccount no.:   ", L("bank_account_number", rs(r, DIG, r.randint(8, 12))), "\nSubmitted:     ", L("timestamp", ts_iso(r)), "\n")
    return b


def t_ml_thread(r, lang, pii):
    """long forwarded thread: several localized messages chained"""
    b = B()
    parts = r.randint(3, 5)
    pii_at = r.randrange(parts) if pii else -1
    for i in range(parts):
        fn = r.choice([t_ml_email, t_ml_support_chat, t_ml_hr_note, t_ml_group_chat, t_ml_medical])
        sub = fn(r, lang, i == pii_at or (pii and r.random() < 0.3))
        if i:
            b.add("\n\n", r.choice(["---------- Forwarded message ---------", "-----Original Message-----", "> > >", "________________________________"]), "\n")
        b.items.extend(sub.items)
    return b


TITLES = {"en": ["Senior Account Manager", "Head of Procurement", "Paralegal", "Practice Manager"], "de": ["Leiterin Einkauf", "Sachbearbeiter Buchhaltung"],
          "fr": ["Responsable des achats", "Chargée de clientèle"], "es": ["Directora financiera", "Técnico de soporte"],
          "it": ["Responsabile amministrativo"], "pt": ["Gestora de contas"], "nl": ["Accountmanager"], "pl": ["Kierownik działu sprzedaży"],
          "ru": ["Руководитель отдела закупок"], "uk": ["Менеджер з продажу"], "el": ["Υπεύθυνη λογιστηρίου"], "ar": ["مدير المبيعات"],
          "he": ["מנהלת חשבונות"], "zh": ["销售经理"], "ja": ["営業部 課長"], "ko": ["영업팀 과장"], "hi": ["बिक्री प्रबंधक"], "th": ["ผู้จัดการฝ่ายขาย"],
          "tr": ["Satın Alma Müdürü"], "cs": ["Vedoucí nákupu"], "ro": ["Manager vânzări"], "hu": ["Értékesítési vezető"], "vi": ["Trưởng phòng kinh doanh"],
          "id": ["Manajer Penjualan"], "sv": ["Inköpschef"]}


def t_signature(r, lang, pii):
    P = PHR[lang]
    b = B()
    b.add(P["regards"], "\n\n")
    oname, dom = org(r, lang)
    if r.random() < 0.3:
        oname = r.choice(ORG_AFTER_PERSON)
        org_seg = L("org_named_after_person", oname)
    else:
        org_seg = oname
    cc = r.choice(LANG_CC.get(lang, ["US"]))
    if pii:
        p = person(r, name_lang(r, lang))
        b.add(sN(r, p, lang, "full"), "\n", r.choice(TITLES.get(lang, TITLES["en"])), " | ", org_seg, "\n")
        main, _ = phone(r, lang, cc=cc)
        # fax number shares the prefix with the main line and differs in the last digits: numbers next to numbers
        fax = main[:-2] + "%02d" % r.randint(0, 99)
        mob = sP(r, lang, cc=cc)
        sepc = r.choice([" | ", "  ", "\n"])
        b.add("T ", S("PHONE_NUMBER", main, True), sepc, "F ", S("PHONE_NUMBER", fax, True), sepc, "M ", mob, "\n")
        b.add(sE(r, p, lang, domain=dom), " · www.", dom, "\n")
    else:
        b.add(r.choice(["Customer Care Team", "Accounts Payable", "The Support Crew"]), " | ", org_seg, "\n", "www.", dom, "\n")
    b.add(r.choice({"de": ["Sitz der Gesellschaft: ", ""], "fr": ["Siège social : ", ""]}.get(lang, ["Registered office: ", ""])), L("place_named_after_person", r.choice(PLACE_AFTER_PERSON)), " · ",
          L("company_registration", r.choice(["HRB %d", "RCS %d", "Company No. %08d", "KvK %08d", "CRN %d"]) % r.randint(10000, 99999999)), " · VAT ", L("vat_id", vat(r)), "\n")
    b.add(r.choice(["This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.",
                    "Please consider the environment before printing this e-mail.", ""]))
    return b


ML_TEMPLATES.append(("form_example", t_ml_form_example, 1))
ML_TEMPLATES.append(("long_thread", t_ml_thread, 1))
ML_TEMPLATES.append(("signature", t_signature, 2))

EN_TEMPLATES = [
    ("csv_export", t_csv_export, 4), ("json_api", t_json_api, 3), ("yaml_config", t_yaml_config, 3), ("env_file", t_env_file, 3),
    ("app_log", t_app_log, 3), ("access_log", t_access_log, 2), ("python_code", t_python_code, 2), ("curl", t_curl, 2),
    ("shell_session", t_shell_session, 2), ("hr_record", t_hr_record, 4), ("medical_en", t_medical_en, 3), ("slack_chat", t_slack_chat, 3),
    ("staff_directory", t_staff_directory, 2), ("payment_debug", t_payment_debug, 3), ("w9_form", t_w9_form, 3),
    ("network_config", t_network_config, 2), ("obfuscated_contact", t_obfuscated_contact, 2), ("meeting_minutes", t_meeting_minutes, 3),
    ("jira_ticket", t_jira_ticket, 2), ("sql_insert", t_sql_insert, 2), ("k8s_secret", t_k8s_secret, 2), ("git_log", t_git_log, 2),
    ("api_docs", t_api_docs, 2), ("sms_batch", t_sms_batch, 1), ("shipping", t_shipping, 2), ("calendar_invite", t_calendar_invite, 2),
    ("resume", t_resume, 2), ("crash_report", t_crash_report, 1), ("bank_statement", t_bank_statement, 2), ("email_thread", t_email_thread, 3),
    ("llm_redaction", t_llm_redaction, 2), ("web_form", t_web_form, 1), ("ssn_chat", t_ssn_chat, 3), ("firewall", t_firewall, 1),
    ("pem_paste", t_pem_paste, 2), ("conn_string", t_conn_strings, 2),
    ("checkout_chat", t_checkout_chat, 3), ("loan_application", t_loan_application, 3), ("html_snippet", t_html_snippet, 2), ("postmortem", t_postmortem, 2),
    ("release_notes", t_release_notes, 2), ("eponym_text", t_eponym_text, 3), ("metrics_table", t_metrics_clean, 1), ("dir_listing", t_dir_listing, 1),
]
CLEAN_ONLY = {"release_notes", "eponym_text", "metrics_table", "dir_listing", "clean_note"}


# ================================================================ driver
def validate(row):
    text = row["text"]
    allsp = [(s["start"], s["end"], "span") for s in row["spans"]] + [(l["start"], l["end"], "look") for l in row["lookalikes"]]
    for s in row["spans"]:
        assert text[s["start"]:s["end"]] == s["text"], row["id"]
        assert s["type"] in TYPES and isinstance(s["identifying"], bool)
        v = s["text"]
        if s["type"] == "CREDIT_CARD":
            assert luhn_ok(v) and 13 <= sum(c.isdigit() for c in v) <= 19, v
        elif s["type"] == "IBAN_CODE":
            assert iban_ok(v), v
        elif s["type"] == "US_SSN":
            assert ssn_ok(v), v
        elif s["type"] == "EMAIL_ADDRESS":
            assert ("@" in v or "%40" in v or "at" in v.lower()), v
    for l in row["lookalikes"]:
        assert text[l["start"]:l["end"]] == l["text"], row["id"]
        if l["kind"] == "card_like_bad_luhn":
            assert not luhn_ok(l["text"]), l["text"]
        if l["kind"] == "iban_like_bad_checksum":
            assert not iban_ok(l["text"]), l["text"]
        if l["kind"] == "ssn_like_invalid":
            assert not ssn_ok(l["text"]), l["text"]
    allsp.sort()
    for (a1, e1, _), (a2, e2, _) in zip(allsp, allsp[1:]):
        assert e1 <= a2, ("overlap", row["id"], a1, e1, a2, e2)
    for a, e, _ in allsp:
        assert 0 <= a < e <= len(text)


def wchoice(r, items):
    tot = sum(w for _, _, w in items)
    x = r.random() * tot
    for it in items:
        x -= it[2]
        if x < 0:
            return it
    return items[-1]


def generate(seed=SEED, n=N_ROWS):
    r = random.Random(seed)
    n_non = round(n * NON_EN_SHARE)
    langs = []
    while len(langs) < n_non:
        block = list(LANGS_NON_EN)
        r.shuffle(block)
        langs.extend(block)
    langs = langs[:n_non] + ["en"] * (n - n_non)
    r.shuffle(langs)
    n_clean = round(n * NO_PII_SHARE)
    flags = [False] * n_clean + [True] * (n - n_clean)
    r.shuffle(flags)
    en_pool = EN_TEMPLATES + [(nm, f, 1) for nm, f, _ in ML_TEMPLATES]
    rows = []
    for i in range(n):
        lang, pii = langs[i], flags[i]
        pool = ML_TEMPLATES if lang != "en" else en_pool
        pool = [t for t in pool if not (pii and t[0] in CLEAN_ONLY)]
        for attempt in range(50):
            name, fn, _ = wchoice(r, pool)
            b = fn(r, lang, pii)
            text, spans, looks = b.build()
            if pii and not spans:
                continue
            assert pii or not spans, (name, lang)
            break
        else:
            raise AssertionError("could not build row %d" % i)
        row = {"id": "heldout24-%04d" % (i + 1), "template": "%s.%s" % (name, lang), "text": text,
               "spans": spans, "lookalikes": looks}
        validate(row)
        rows.append(row)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "eval_heldout24.jsonl"))
    args = ap.parse_args()
    rows = generate()
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    with open(args.out, "wb") as f:
        f.write(data)
    span_ct, span_false, look_ct, lang_ct, tpl_ct = {}, {}, {}, {}, {}
    for row in rows:
        fam, lg = row["template"].rsplit(".", 1)
        lang_ct[lg] = lang_ct.get(lg, 0) + 1
        tpl_ct[fam] = tpl_ct.get(fam, 0) + 1
        for s in row["spans"]:
            span_ct[s["type"]] = span_ct.get(s["type"], 0) + 1
            if not s["identifying"]:
                span_false[s["type"]] = span_false.get(s["type"], 0) + 1
        for l in row["lookalikes"]:
            look_ct[l["kind"]] = look_ct.get(l["kind"], 0) + 1
    err = sys.stderr
    print("rows: %d  without PII: %d  non-English: %d" % (len(rows), sum(1 for x in rows if not x["spans"]),
                                                          sum(1 for x in rows if not x["template"].endswith(".en"))), file=err)
    for t in TYPES:
        print("  span %-14s %5d  identifying=false %4d" % (t, span_ct.get(t, 0), span_false.get(t, 0)), file=err)
    print("  look-alikes: %d in %d kinds" % (sum(look_ct.values()), len(look_ct)), file=err)
    for k in sorted(look_ct):
        print("    %-28s %5d" % (k, look_ct[k]), file=err)
    print("  languages (%d): %s" % (len(lang_ct), ", ".join("%s=%d" % (k, lang_ct[k]) for k in sorted(lang_ct))), file=err)
    print("  templates (%d): %s" % (len(tpl_ct), ", ".join("%s=%d" % (k, tpl_ct[k]) for k in sorted(tpl_ct))), file=err)
    print("wrote %s  sha256 %s" % (args.out, hashlib.sha256(data).hexdigest()), file=err)


if __name__ == "__main__":
    main()
