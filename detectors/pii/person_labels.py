"""Words that stand before a name without being part of it, and short codes that are no names.

A PERSON span may swallow the label that introduces the name: a role or field word ("Empfänger Ottilie
Brandstätter", "Teilnehmer Jörn Albrecht", "Spouse Ann Byrne"), a salutation or thanks in another language
("Gentile Lena Rossi", "Merci Karim") or a label and a "from"-type preposition ("Neue Bankverbindung
von Henrike Vosskamp": "new bank details of ..."). :func:`name_start` gives where the name itself starts.

Short upper-case words ("NA", "APAC", "SNMP", "DHL") are codes: :func:`code_word` tells them from a name
written in capitals.

>>> text = "Rechnung 1 — Empfänger Ottilie Brandstätter, IBAN ..."
>>> end = text.index(",")
>>> text[name_start(text, 13, end) : end]
'Ottilie Brandstätter'
>>> text = "Neue Bankverbindung von Henrike Vosskamp: bitte ab Juli nutzen."
>>> end = text.index(":")
>>> text[name_start(text, 0, end) : end]
'Henrike Vosskamp'
>>> text = "Katharina von Bülow"  # a particle inside a name is no preposition
>>> name_start(text, 0, len(text))
0
"""

from __future__ import annotations

import re
from collections.abc import Container

__all__ = ["FROM_WORDS", "LABEL_WORDS", "code_word", "id_code_after", "name_start", "not_a_name", "quoted_keys"]

#: Lower-case words that introduce a name: roles and fields (recipient, sender, payee, participant, account
#: holder, spouse, ...), salutations ("dear") and thanks, in the languages the detector reads. None of them is
#: a given name (some are also surnames: "Gentile", "Pastor", "Coach"; before a name they are the label).
LABEL_WORDS: frozenset[str] = frozenset(
    [
        # English
        "recipient", "payee", "beneficiary", "sender", "participant", "participants", "attendee", "attendees",
        "spouse", "complainant", "claimant", "applicant", "respondent", "defendant", "plaintiff", "tenant",
        "landlord", "cardholder", "assignee", "reporter", "requester", "handoff", "coach", "pastor",
        # German
        "empfänger", "empfängerin", "absender", "absenderin", "teilnehmer", "teilnehmerin", "teilnehmende",
        "kontoinhaber", "kontoinhaberin", "bankverbindung", "ansprechpartner", "ansprechpartnerin",
        "ehepartner", "ehepartnerin", "zahlungsempfänger", "antragsteller", "antragstellerin", "mieter",
        "mieterin", "liebe", "lieber", "danke",
        # French
        "destinataire", "bénéficiaire", "expéditeur", "expéditrice", "titulaire", "conjoint", "conjointe",
        "signé", "merci", "maître",
        # Spanish, Portuguese, Italian, Romanian
        "destinatario", "destinataria", "beneficiario", "beneficiaria", "remitente", "participantes",
        "titular", "cónyuge", "destinatário", "beneficiário", "remetente", "mittente", "partecipanti",
        "intestatario", "intestataria", "coniuge", "gentile", "gentilissima", "gentilissimo", "egregio",
        "estimado", "estimada", "gracias", "grazie", "obrigado", "obrigada", "destinatar", "beneficiar",
        "expeditor", "participanți", "stimate", "stimată",
        # Dutch, Scandinavian, Finnish
        "ontvanger", "begunstigde", "afzender", "deelnemer", "deelnemers", "rekeninghouder", "beste",
        "bedankt", "mottagare", "avsändare", "deltagare", "kontoinnehavare", "modtager", "mottaker",
        "afsender", "avsender", "deltagere", "tack", "takk", "vastaanottaja", "lähettäjä", "saaja",
        "osallistujat", "kiitos",
        # Polish, Czech, Slovak, Hungarian, Turkish, Indonesian
        "odbiorca", "nadawca", "uczestnicy", "uczestnik", "beneficjent", "dziękuję", "příjemce", "odesílatel",
        "účastníci", "díky", "děkuji", "príjemca", "címzett", "kedvezményezett", "feladó", "résztvevők",
        "köszönöm", "alıcı", "gönderen", "katılımcılar", "teşekkürler", "penerima", "pengirim", "peserta",
    ]
)  # fmt: skip
#: Prepositions that may join a label to the name ("Bankverbindung von", "payment from", "bericht van").
FROM_WORDS: frozenset[str] = frozenset(["von", "from", "of", "van", "de", "di", "da", "för", "fra", "od", "dari"])

_WORD = re.compile(r"[^\W\d_]+(?:[\-'’][^\W\d_]+)*\.?")


def name_start(text: str, start: int, end: int, known_names: Container[str] = ()) -> int:
    """Where the name in ``text[start:end]`` starts once label words before it are left out.

    The span is cut after its last label word (:data:`LABEL_WORDS`) and a preposition that follows it
    (:data:`FROM_WORDS`), when every word before the label is no known name (``known_names``) and at least
    one capitalised word remains (after at most two particles, which stay: "Coach de la Cruz" → "de la Cruz").
    ``start`` is returned unchanged otherwise.

    >>> name_start("Spouse Ann Byrne", 0, 16)
    7
    >>> name_start("Maria Pastor", 0, 12, {"Maria"})  # a surname at the end is kept
    0
    >>> name_start("Juan Pastor Gómez", 0, 17, {"Juan"})  # a known name before the label: no label
    0
    """
    words = [(m.start(), m.end(), m.group(0).rstrip(".")) for m in _WORD.finditer(text, start, end)]
    cut = -1
    for i, (_, _, w) in enumerate(words[:-1]):
        if w.lower() in LABEL_WORDS:
            cut = i
        elif w in known_names and cut < 0:
            return start  # "Juan Pastor Gómez": a name word comes before the label
    if cut < 0:
        return start
    rest = words[cut + 1 :]
    if len(rest) > 1 and rest[0][2] in FROM_WORDS and rest[1][2][:1].isupper():
        return rest[1][0]  # "Bankverbindung von Henrike Vosskamp"
    lower = 0
    while lower < min(2, len(rest) - 1) and rest[lower][2].islower() and len(rest[lower][2]) <= 4:
        lower += 1  # "Coach de la Cruz": the particles belong to the surname
    if not rest or not rest[lower][2][:1].isupper():
        return start
    return rest[0][0]


#: A code right after a word: a short upper-case prefix and digits ("ORD-5512093", "SO-7712004", "A0431").
_ID_CODE = re.compile(r" [A-Z]{1,4}-?[0-9]{3,}(?![\w])")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[ \t]+|\n[ \t]*)$")


def id_code_after(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` opens a sentence and an identifier code follows it: a noun labelling
    the code ("Tilaus ORD-5512093", "Comanda SO-7712004", "Pesanan A0431": "order ..."), not a name.

    >>> id_code_after("Puhelin 040 771 2093. Tilaus ORD-5512093 ei ole vielä tullut.", 22, 28)
    True
    >>> id_code_after("Puhelin 040 771 2093. Tilaus on myöhässä.", 22, 28)
    False
    """
    if _ID_CODE.match(text, end) is None:
        return False
    return _SENTENCE_START.search(text, max(0, start - 4), start) is not None


_CELL_BEFORE = frozenset(",;\t|")
_CELL_AFTER = re.compile(r"[ \t]*(?:$|[\n,;\t|])")


def code_word(text: str, start: int, end: int, known_names: Container[str]) -> bool:
    """``text[start:end]`` is a short upper-case code (2-5 letters: "APAC", "SNMP", "DHL"), not a name in
    capitals: it is no known name, or it fills a whole cell of a delimited row ("…,NA,641,…": a region).

    >>> code_word("2023,APAC,382", 5, 9, {"Na"}), code_word("2023,NA,382", 5, 7, {"Na"})
    (True, True)
    >>> code_word("Hi NA here", 3, 5, {"Na"}), code_word("Hi Annabel", 3, 10, {"Annabel"})
    (False, False)
    """
    value = text[start:end]
    if not (2 <= len(value) <= 5 and value.isalpha() and value.isupper()):
        return False
    if value.title() not in known_names:
        return True
    cell = start > 0 and text[start - 1] in _CELL_BEFORE
    return cell and _CELL_AFTER.match(text, end) is not None


#: Letter closings written without blanks in Chinese and Japanese ("此致敬礼": "with respect", "敬具": "sincerely").
_CJK_CLOSINGS: frozenset[str] = frozenset(["此致", "敬礼", "此致敬礼", "敬具", "草々", "谨上", "敬上"])
# A quoted string directly followed by a colon: a JSON / dict / YAML key ('"氏名": "…"', "{'Nimi': …}").
_QUOTED_KEY = re.compile(r"([\"'])([^\"'\n]{1,60})\1[ \t]*:")


def quoted_keys(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the quoted keys of the text (the quotes left out): a key names a field, not a person.

    >>> t = '{"氏名": "森 健二", "Nimi": "Aatu"}'
    >>> [t[s:e] for s, e in quoted_keys(t)]
    ['氏名', 'Nimi']
    """
    if '":' not in text and "':" not in text and '" :' not in text and "' :" not in text:
        return []
    return [(m.start(2), m.end(2)) for m in _QUOTED_KEY.finditer(text)]


# A CSS font list before the candidate: 'font-family: "Franklin Gothic", serif' names typefaces.
_FONT_LIST = re.compile(r"(?i)\bfont(?:-family)?[ \t]*:[ \t]*(?:[\"']?[\w -]+[\"']?[ \t]*,[ \t]*)*[\"']?$")


def not_a_name(text: str, start: int, end: int, known_names: Container[str]) -> bool:
    """``text[start:end]`` is a closing or thanks and no name: it ends in a comma ("مع خالص التحية،", a line
    before a signature), is a CJK letter closing ("此致敬礼"), or is one label or thanks word that a comma
    follows ("Danke, Herr …", "Merci, …") and no known name. A typeface in a CSS font list is none either.

    >>> not_a_name("Danke, Herr Weber", 0, 5, {"Beste"}), not_a_name("Beste, Ada", 0, 5, {"Beste"})
    (True, False)
    >>> not_a_name("此致敬礼 王芳", 0, 4, ()), not_a_name("Danke Ana", 6, 9, ())
    (True, False)
    >>> not_a_name('a { font-family: "Lucida Grande", serif; }', 18, 31, ())
    True
    """
    value = text[start:end]
    if value[-1:] in (",", "،", "，") or value in _CJK_CLOSINGS:
        return True
    if "font" in text and _FONT_LIST.search(text, max(0, start - 60), start) is not None:
        return True  # 'font-family: "Lucida Grande", serif'
    return text[end : end + 1] == "," and value.lower() in LABEL_WORDS and value not in known_names and value.isalpha()
