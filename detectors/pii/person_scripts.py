"""PERSON helpers added in session 11: names in scripts without letter case, context words of other
languages, Vietnamese name boundaries, and one name's later mentions in the same text.

* **Caseless scripts** (Hangul, Han/kana, Arabic, Hebrew): capitalisation cannot mark a name, so a name is
  taken only where a context rule already expects one (a greeting, "Name:", a table cell under a name
  column, a sign-off) and only in the shape names have in that script: a Korean name is one word of 2-4
  syllables (family name + given name, no space), a Chinese or Japanese one 2-5 Han/kana characters, an
  Arabic or Hebrew one 1-3 words. A longer run of words is a sentence, not a name.
* **Other languages' context words**: self-introductions ("είμαι", "меня зовут", "اسمي", "tên là"),
  greetings ("Αγαπητή", "Здравствуйте", "مرحبا", "שלום", "Merhaba") and sign-offs ("Με εκτίμηση", "С
  уважением", "בברכה", "Mvh") before a name.
* **Vietnamese**: kinship words used as titles ("anh Quân", "chị Thảo") are not part of the name, and a
  name the tagger starts after the family name ("Bùi" + "Thanh Hương") is extended over it (the common
  family names: a closed list of ~30 that cover most Vietnamese).
* **Later mentions**: a name found as two or more words ("Maricel Nurlanov") names the same person when
  one of its words stands alone later in the text ("Maricel to confirm", "Nurlanov's"): the usual
  one-sense-per-document assumption.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = [
    "ATTACHED_SELF",
    "INTL_TRIGGERS",
    "caseless_name",
    "full_repeats",
    "honorific_names",
    "is_caseless_letter",
    "later_mentions",
    "script_of",
    "skip_honorific",
    "vietnamese_adjust",
]

_HANGUL = "\uac00-\ud7a3"
_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\u3005"
_KANA = "\u3040-\u30ff"
_ARABIC = "\u0600-\u06ff\u0750-\u077f"
_HEBREW = "\u05d0-\u05ea\u05f0-\u05f2"
# Brahmic scripts of India (Devanagari ... Malayalam, with their vowel signs), Thai, Ethiopic: words are
# separated by blanks, no letter case; a name is given name + family name (1-3 words).
_INDIC = "\u0900-\u0dff"
_THAI = "\u0e00-\u0e7f"
_ETHIOPIC = "\u1200-\u137f"
# Korean honorific suffixes written after a name ("김서현 님", "김서현씨"): not part of it.
_HANGUL_NAME = re.compile(f"[{_HANGUL}]{{2,4}}(?![{_HANGUL}])")
_HONORIFIC_KO = re.compile(f"[ \t]*(?:님|씨|선생님)(?![{_HANGUL}])")
_HAN_NAME = re.compile(f"[{_HAN_KANA}]{{2,5}}(?![{_HAN_KANA}])")
# A Japanese (or Chinese) name written family name, blank, given name: "松本 陽子", "小林 あおい".
_HAN_SPACED = re.compile(f"[{_HAN}]{{1,3}}[ \u3000](?:[{_HAN}]{{1,3}}|[{_KANA}]{{2,4}})(?![{_HAN_KANA}])")
_ARABIC_NAME = re.compile(f"[{_ARABIC}]+(?:[ \t][{_ARABIC}]+){{0,2}}(?![{_ARABIC}])")
_HEBREW_NAME = re.compile(f"[{_HEBREW}][{_HEBREW}\"'׳״]*(?:[ \t][{_HEBREW}][{_HEBREW}\"'׳״]*){{0,2}}(?![{_HEBREW}])")
_INDIC_NAME = re.compile(f"[{_INDIC}]+(?:[ \t][{_INDIC}]+){{0,2}}(?![{_INDIC}])")
_THAI_NAME = re.compile(f"[{_THAI}]{{2,20}}(?:[ \t][{_THAI}]{{2,24}})?(?![{_THAI}])")
_ETHIOPIC_NAME = re.compile(f"[{_ETHIOPIC}]+(?:[ \t][{_ETHIOPIC}]+){{0,2}}(?![{_ETHIOPIC}])")
# The first two words of a longer run ("الدكتور كريم العطار بخصوص ..." after a title: given + family name).
_TWO_WORDS = {
    "arabic": re.compile(f"[{_ARABIC}]+[ \t][{_ARABIC}]+"),
    "hebrew": re.compile(f"[{_HEBREW}][{_HEBREW}\"'׳״]*[ \t][{_HEBREW}][{_HEBREW}\"'׳״]*"),
    "indic": re.compile(f"[{_INDIC}]+[ \t][{_INDIC}]+"),
    "thai": re.compile(f"[{_THAI}]{{2,20}}[ \t][{_THAI}]{{2,24}}"),
    "ethiopic": re.compile(f"[{_ETHIOPIC}]+[ \t][{_ETHIOPIC}]+"),
}
# After a caseless name: not another word of the same script (then it was a phrase, not a name).
_MORE_WORDS = {
    "hangul": re.compile(f"[ \t]+[{_HANGUL}]"),
    "han": re.compile(f"[ \t]*[{_HAN_KANA}]"),
    "arabic": re.compile(f"[ \t]+[{_ARABIC}]"),
    "hebrew": re.compile(f"[ \t]+[{_HEBREW}]"),
    "indic": re.compile(f"[ \t]+[{_INDIC}]"),
    "thai": re.compile(f"[ \t]+[{_THAI}]"),
    "ethiopic": re.compile(f"[ \t]+[{_ETHIOPIC}]"),
}


def skip_honorific(text: str, end: int) -> int:
    """``end``, or the end of a Korean honorific after it ("김옥자 님")."""
    m = _HONORIFIC_KO.match(text, end)
    return end if m is None else m.end()


def is_caseless_letter(c: str) -> bool:
    """A letter of a script without letter case (Hangul, Han, kana, Arabic, Hebrew, ...)."""
    return c.isalpha() and not c.isupper() and not c.islower()


def script_of(o: int) -> str | None:
    if 0xAC00 <= o <= 0xD7A3:
        return "hangul"
    if 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or o == 0x3005:
        return "han"
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F:
        return "arabic"
    if 0x05D0 <= o <= 0x05EA or 0x05F0 <= o <= 0x05F2:
        return "hebrew"
    if 0x0900 <= o <= 0x0DFF:
        return "indic"
    if 0x0E00 <= o <= 0x0E7F:
        return "thai"
    if 0x1200 <= o <= 0x137F:
        return "ethiopic"
    return None


_SHAPES = {
    "hangul": _HANGUL_NAME,
    "arabic": _ARABIC_NAME,
    "hebrew": _HEBREW_NAME,
    "indic": _INDIC_NAME,
    "thai": _THAI_NAME,
    "ethiopic": _ETHIOPIC_NAME,
}


def caseless_name(text: str, pos: int, first_two: bool = False) -> tuple[int, int, list[str]] | None:
    """The name in a caseless script starting at ``pos``: ``(start, end, words)``; a Korean, Chinese or
    Japanese name (one word) is returned as two words (family + given name), so the callers' "more
    than one word" evidence holds for it as for "Maria Silva". ``None`` when the run is not shaped
    like a name (too long, or more words of the same script follow). ``first_two``: in a script whose
    words are separated by blanks, the first two words of a longer run are the name (after a title
    or a self-introduction: "الدكتور كريم العطار بخصوص ...", "मेरा नाम अनिल जोशी है")."""
    c = text[pos : pos + 1]
    if not c:
        return None
    kind = script_of(ord(c))
    if kind is None:
        return None
    shape = _SHAPES.get(kind)
    m = shape.match(text, pos) if shape is not None else _HAN_SPACED.match(text, pos) or _HAN_NAME.match(text, pos)
    if m is None:
        return None
    end = m.end()
    after = _HONORIFIC_KO.match(text, end) if kind == "hangul" else None
    if after is None and _MORE_WORDS[kind].match(text, end):
        two = _TWO_WORDS[kind].match(text, pos) if first_two and kind in _TWO_WORDS else None
        if two is None:
            return None
        end = two.end()
    value = text[pos:end]
    if kind == "hangul" or (kind == "han" and " " not in value and "\u3000" not in value):
        return pos, end, [value[:1], value[1:]]
    words = value.split()
    if kind == "arabic" and len(words) == 1 and len(value) < 3:
        return None
    return pos, end, words


# Context words of other languages, before a name (same groups as person._STRONG_TRIGGERS).
_INTL_SELF = (
    r"είμαι(?:[ \t]+(?:ο/η|η/ο|ο|η))?|με[ \t]+λένε|ονομάζομαι|меня[ \t]+зовут|мене[ \t]+звати|"
    r"اسمي|שמי|קוראים[ \t]+לי|tên[ \t]+(?:tôi|em|mình)?[ \t]*là|(?:tôi|em|mình)[ \t]+là|"
    r"nazywam[ \t]+się|jmenuji[ \t]+se|volám[ \t]+sa|benim[ \t]+adım"
)
_INTL_GREETING = (
    r"αγαπητέ|αγαπητή|γεια[ \t]+σου|γειά[ \t]+σου|καλησπέρα|καλημέρα|здравствуйте|привет|уважаемый|"
    r"уважаемая|дорогой|дорогая|مرحبا|مرحباً|عزيزي|عزيزتي|أهلا|السيد|السيدة|الأستاذ|الأستاذة|الدكتور|"
    r"الدكتورة|שלום|היי|לכבוד|xin[ \t]+chào|chào|kính[ \t]+gửi|gửi|merhaba|selam|sayın|szanowny[ \t]+panie|"
    r"szanowna[ \t]+pani|cześć|dzień[ \t]+dobry|hej|hei|moi|ahoj|dobrý[ \t]+den|hallo|liebe|lieber|"
    r"kedves|drogi|droga|querida|querido|caro|cara|beste|kära"
)
_INTL_SIGNOFF = (
    r"με[ \t]+εκτίμηση|με[ \t]+φιλικούς[ \t]+χαιρετισμούς|ευχαριστώ|с[ \t]+уважением|спасибо|"
    r"مع[ \t]+تحياتي|مع[ \t]+خالص[ \t]+التحية|شكرا|شكراً|בברכה|תודה|trân[ \t]+trọng|cảm[ \t]+ơn|"
    r"saygılarımla|teşekkürler|mvh|med[ \t]+vennlig[ \t]+hilsen|vennlig[ \t]+hilsen|hilsen|"
    r"med[ \t]+venlig[ \t]+hilsen|venlig[ \t]+hilsen|mvh\.|vänliga[ \t]+hälsningar|hälsningar|"
    r"ystävällisin[ \t]+terveisin|terveisin|pozdrawiam|z[ \t]+poważaniem|s[ \t]+pozdravem|cumprimentos|"
    r"atenciosamente|groeten|met[ \t]+vriendelijke[ \t]+groet|vriendelijke[ \t]+groet|saludos[ \t]+cordiales|"
    r"atentamente|cordialmente|distinti[ \t]+saluti|cordiali[ \t]+saluti|mit[ \t]+freundlichen[ \t]+grüßen|"
    r"viele[ \t]+grüße|liebe[ \t]+grüße|lg|bien[ \t]+à[ \t]+vous|bien[ \t]+cordialement|üdvözlettel|"
    r"kveðja|takk|tack|kiitos|danke|gracias|grazie|obrigad[oa]|merci|dank[ \t]+je"
)
# Form labels naming a person: "작성자" (author), "담당자" (person in charge), "担当者", "联系人", "Người lập".
_INTL_LABEL = (
    r"작성자|담당자|이름|성명|고객명|고객|신청자|보낸[ \t]?사람|받는[ \t]?사람|"
    r"氏名|名前|担当者|姓名|联系人|客户|申请人|收件人|寄件人|收货人|"
    r"اسم|الاسم|الاسم[ \t]+الكامل|שם|שם[ \t]+מלא|имя|фио|όνομα|ονοματεπώνυμο|người[ \t]+lập|họ[ \t]+và[ \t]+tên|"
    r"họ[ \t]+tên|ad[ \t]+soyad|adı[ \t]+soyadı"
)


#: ``(?P<intl_self>...)``, ``(?P<intl_greeting>...)``, ``(?P<intl_signoff>...)``: a word of one of these
#: groups, then what separates it from the name. Case-insensitive; a word start is required.
def _ascii_heads(*alternations: str) -> list[str]:
    """The first words of the alternatives that start with an ASCII letter (lower case; a nested
    alternative's words are included too, which only makes the guard below accept more)."""
    heads = set()
    for alt in "|".join(alternations).split("|"):
        m = re.match(r"[a-z]+", alt.lstrip("(?:").lower())
        if m is not None and alt.lstrip("(?:")[:1].isascii():
            heads.add(m.group(0))
    return sorted(heads)


def _intl_guard() -> str:
    """A guard that rejects ASCII word starts that start no alternative (at a non-ASCII letter every
    alternative is still tried): most texts are ASCII-only words with a few non-ASCII characters."""
    alts: dict[str, list[str]] = {}
    for h in _ascii_heads(_INTL_SELF, _INTL_GREETING, _INTL_SIGNOFF, _INTL_LABEL):
        alts.setdefault(h[0], []).append(h[1:])
    parts = [f"(?i:{c}(?:{'|'.join(sorted(set(r), key=len, reverse=True))}))" for c, r in sorted(alts.items())]
    return "(?:" + "|".join(parts) + "|[\x80-\U0010ffff])"


INTL_TRIGGERS = re.compile(
    r"(?<![^\W\d_])(?=" + _intl_guard() + r")(?i:"
    rf"(?P<intl_self>{_INTL_SELF})[ \t]+"
    rf"|(?P<intl_greeting>{_INTL_GREETING})[ \t]*,?[ \t]+"
    rf"|(?P<intl_signoff>{_INTL_SIGNOFF})(?:[ \t]*[,!.،][ \t]*\n?|[ \t]*\n)[ \t]*(?:[—–-][ \t]*)?"
    rf"|(?P<intl_label>{_INTL_LABEL})[ \t]*[:：][ \t]*"
    r")"
)

# ------------------------------------------------------------------------------------ Vietnamese
#: The common Vietnamese family names (with and without diacritics): a closed class.
VIETNAMESE_SURNAMES = frozenset(
    ["Nguyễn", "Nguyen", "Trần", "Tran", "Lê", "Le", "Phạm", "Pham", "Hoàng", "Hoang", "Huỳnh", "Huynh", "Phan",
     "Vũ", "Vu", "Võ", "Vo", "Đặng", "Dang", "Bùi", "Bui", "Đỗ", "Do", "Hồ", "Ho", "Ngô", "Ngo", "Dương", "Duong",
     "Lý", "Ly", "Đinh", "Dinh", "Trịnh", "Trinh", "Lâm", "Lam", "Đào", "Dao", "Lương", "Luong", "Tạ", "Ta",
     "Châu", "Chau", "Đoàn", "Doan", "Quách", "Quach", "Mạc", "Mac", "Tôn", "Ton", "Thái", "Thai", "Tăng", "Triệu",
     "Trieu", "Vương", "Vuong", "Kiều", "Kieu", "Hà", "Cao", "Đàm", "Lưu", "Luu", "Chu", "Văn", "Diệp"]
)  # fmt: skip
# Kinship words used as titles before a name ("anh Quân", "chị Thảo", "ông Bình").
_VI_KIN = frozenset(["anh", "chị", "em", "ông", "bà", "cô", "chú", "bác", "cậu", "dì", "thầy", "bạn"])
# Letters only Vietnamese writes (with a tone mark on a vowel or the horn / breve / đ).
_VIETNAMESE_CHARS = re.compile(
    "[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]$")

Cand = tuple[int, int, float, str, str]


def vietnamese_adjust(text: str, cands: list[Cand]) -> list[Cand]:
    """In a Vietnamese text: drop a kinship title that starts a candidate ("Anh Quân" -> "Quân"; not
    when the rest is a family name alone: "Anh Nguyen" is Western order), and extend a candidate to the
    left over a family name right before it ("Bùi" + "Thanh Hương")."""
    if not cands or _VIETNAMESE_CHARS.search(text) is None:
        return cands
    out = []
    for start, end, score, rule, why in cands:
        words = text[start:end].split(" ")
        if len(words) >= 2 and words[0].lower() in _VI_KIN and words[1] not in VIETNAMESE_SURNAMES:
            start += len(words[0]) + 1
        else:
            m = _WORD_BEFORE.search(text, max(0, start - 12), start)
            if (
                m is not None
                and m.group(1) in VIETNAMESE_SURNAMES
                and words[0] not in VIETNAMESE_SURNAMES
                and len(words) <= 3
            ):
                start = m.start(1)
        out.append((start, end, score, rule, why))
    return out


# ------------------------------------------------------------------------------------ later mentions
_POSSESSIVE = ("'s", "’s")


def later_mentions(
    text: str, spans: Iterable[tuple[int, int]], usable: Callable[[str], bool]
) -> list[tuple[int, int, str]]:
    """Lone mentions of a word of a multi-word name found in ``text``: ``(start, end, word)`` of each
    occurrence of the word, as a whole capitalised word (a possessive "'s" is left out), that no span
    covers and that no other capitalised word touches ("Nino" in "Nino reported", not in "Nino
    Beridze" or "San Nino"). Initials and particles right before it belong to the mention ("t.n.v. L. de
    Vries"); a word, a comma and another word of the names is one inverted name ("Vries, Lieke").
    ``usable(word)``: the word may name a person alone (no stop word, title, product, place head ...)."""
    spans = sorted(spans)
    words: set[str] = set()
    for s, e in spans:
        parts = text[s:e].split()
        if len(parts) < 2:
            continue
        for w in parts:
            if w.endswith("."):
                continue  # an initial or an abbreviation ("Sig.", "L.")
            w = w.strip(",;:()")
            if len(w) > 2 and w[0].isupper() and not w.isupper() and w.isalpha() and usable(w):
                words.add(w)
    if not words:
        return []
    out: list[tuple[int, int, str]] = []
    pattern = re.compile(r"(?<![\w\-'’/])(" + "|".join(map(re.escape, sorted(words))) + r")(?![\w\-/])")
    for m in pattern.finditer(text):
        a, b = m.span(1)
        if any(s < b and a < e for s, e in spans) or (out and a < out[-1][1]):
            continue
        after = text[b : b + 3]
        if after[:1] in ("'", "’") and not after.startswith(_POSSESSIVE):
            continue
        inv = _INVERTED_NEXT.match(text, b)
        if inv is not None and inv.group(1) in words:
            b = inv.end()  # "Vries, Lieke"
        elif _CAP_NEXT.match(text, b):
            continue
        prev = _INVERTED_PREV.search(text, max(0, a - 40), a)
        if prev is not None and prev.group(1) in words:
            continue  # the given-name side of "Vries, Lieke": taken with its surname
        pre = _PARTICLES_INITIALS_BEFORE.search(text, max(0, a - 24), a)
        if pre is not None:
            a = pre.start()
            if text[a - 1 : a] == "/":
                continue  # "/bin Abdullah/": a GEDCOM surname field, not a mention
        elif _CAP_PREV.search(text, max(0, a - 40), a):
            continue
        out.append((a, b, m.group(1)))
    return out


_CAP_NEXT = re.compile(r"[ \t]+[^\W\d_a-z]")
_CAP_PREV = re.compile(r"[^\W\d_a-z][^\W\d_]*[ \t]+$")
_INVERTED_NEXT = re.compile(r",[ \t]+([^\W\d_a-z][^\W\d_]+)(?![\w\-])(?![ \t]+[^\W\d_a-z])")
_INVERTED_PREV = re.compile(r"(?<![\w\-])([^\W\d_a-z][^\W\d_]+),[ \t]+$")
_NAME_PARTICLES = "van|von|de|da|del|della|der|den|di|du|la|le|bin|binti|ibn|al|el|ten|ter|dos|das|mac|st|zu|af|av"
# Initials and lower-case particles right before a mention: "L. ", "de ", "van den ", "L. de ".
_PARTICLES_INITIALS_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:[^\W\d_a-z]\.[ \t]?){1,3}(?:(?:" + _NAME_PARTICLES + r")[ \t]+){0,2}"
    r"|(?:(?:" + _NAME_PARTICLES + r")[ \t]+){1,2})$"
)


def full_repeats(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other verbatim occurrences of a name of two or more words found in ``text`` ("Merhaba, ben Zeynep
    Demir." ... "(Zeynep Demir adına)"): the model may find only a part of a repeat; the whole repeat
    is the name. Occurrences inside a longer capitalised run are left out."""
    spans = list(spans)
    names = {text[s:e] for s, e in spans if " " in text[s:e] and "\n" not in text[s:e]}
    if not names:
        return []
    have = set(spans)
    out = []
    pattern = re.compile(
        r"(?<![\w\-'’])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w\-])"
    )
    for m in pattern.finditer(text):
        a, b = m.span()
        if (a, b) in have or _CAP_NEXT.match(text, b) or _CAP_PREV.search(text, max(0, a - 40), a):
            continue
        out.append((a, b))
    return out


# ------------------------------------------------------------------------------------ attached contexts
#: Self-introductions written without a blank before the name (Chinese "我是"/"我叫", Thai "ผมชื่อ"), and
#: Hindi "मेरा नाम" ("my name"): the name follows; ``caseless_name(..., first_two=True)`` takes it.
ATTACHED_SELF = re.compile(r"(?:我是|我叫|我的名字是|(?:ผม|ฉัน|ดิฉัน|หนู)?ชื่อ|मेरा[ \t]+नाम|मेरा[ \t]+नाम[ \t]+है)[ \t]*")

# Honorific suffixes that mark the word before them as a person's name: Korean 님/씨 (with a case particle
# after them), Japanese 様/さん/さま/氏/先生/くん/ちゃん/殿; and the Korean and Japanese copula after a
# self-introduction ("안녕하세요, 박소율입니다", "小林 あおいです" -- the spaced Japanese form only).
_KO_HONORIFIC_NAME = re.compile(
    f"(?<![{_HANGUL}])([{_HANGUL}]{{2,4}})[ \t]?(?:님|씨)(?:께서|께|에게|이|은|을|의|과|와|도)?(?![{_HANGUL}])"
)
_KO_SELF_NAME = re.compile(
    f"(?:안녕하세요|안녕하십니까|저는)[ \t]*[,.!]?[ \t]*([{_HANGUL}]{{2,4}})(?:입니다|이에요|예요)"
)
_JA_HONORIFIC_NAME = re.compile(
    f"(?<![{_HAN}])([{_HAN}]{{1,3}}[ \u3000](?:[{_HAN}]{{1,3}}|[{_KANA}]{{2,4}})|[{_HAN}]{{2,3}})"
    "(?:様|さん|さま|氏|先生|くん|ちゃん|殿)"
)
_JA_SPACED_COPULA = re.compile(
    f"(?<![{_HAN}])([{_HAN}]{{1,3}}[ \u3000](?:[{_HAN}]{{1,3}}|[{_KANA}]{{2,4}}))(?:です|と申します)"
)
#: Role nouns that take the same honorifics ("고객님", "팀장님", "担当者様", "患者様"): not names.
_HONORIFIC_ROLES = frozenset(
    ["고객", "팀장", "부장", "과장", "차장", "사장", "회장", "실장", "대리", "선생", "교수", "원장", "기사", "작가",
     "회원", "여러분", "환자", "학생", "부모", "어머", "아버", "대표", "매니저", "담당자", "관리자", "사용자", "주인",
     "患者", "担当者", "担当", "利用者", "会員", "店長", "部長", "課長", "社長", "会長", "先生", "お客", "客", "皆",
     "皆さ", "生徒", "学生", "医師", "院長", "校長", "教授", "社員", "上司", "彼", "彼女", "講師", "選手", "御中"]
)  # fmt: skip


def honorific_names(text: str) -> list[tuple[int, int]]:
    """Korean and Japanese names marked by an honorific suffix or a self-introduction's copula:
    ``(start, end)`` of the name without the suffix. Role nouns with the same suffix are left out."""
    out = []
    for pat in (_KO_HONORIFIC_NAME, _KO_SELF_NAME, _JA_HONORIFIC_NAME, _JA_SPACED_COPULA):
        for m in pat.finditer(text):
            if m.group(1) in _HONORIFIC_ROLES or m.group(1)[-2:] in _HONORIFIC_ROLES:
                continue
            out.append(m.span(1))
    return out
