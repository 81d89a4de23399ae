"""PERSON names that a file format marks as names: HL7 ``FAMILY^GIVEN`` fields, iCal ``CN=``
parameters, vCard ``N:family;given``, XML name elements, quoted e-mail display names, chat headers (``Name  9:53 AM``),
@-mentions, ``git blame`` authors, LaTeX table cells.

The format says "this is a name"; :func:`whole_name` only checks that the value is shaped like one
(capitalised words, initials such as ``O.Y.`` or ``H.``, particles, or an ALL-CAPS name in formats
that write names so), so no name list is needed.

>>> text = "ATTENDEE;CN=Ola K. Berg;ROLE=REQ:mailto:o@x.example"
>>> [text[s:e] for s, e, _ in format_names(text)]
['Ola K. Berg']
>>> text = "PID|1||77^^^H^MR||NAKASHIMA^RIE^T||19800101|F"
>>> [text[s:e] for s, e, _ in format_names(text)]
['NAKASHIMA^RIE']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from detectors.pii.fields import field_of

__all__ = ["format_names", "inverted_names", "whole_name"]

_INITIALS = re.compile(r"(?:[^\W\d_a-z]\.){1,3}")
_PARTICLES = frozenset(
    ["van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "bin", "binti", "ibn", "al",
     "el", "ten", "ter", "dos", "das", "y", "ní", "nic", "mac", "ó", "ua", "uí", "d'", "st", "i", "e", "zu",
     "zum", "zur", "af", "av", "bint", "bte", "dei"]
)  # fmt: skip
_PARTICLE_PREFIX = re.compile(r"(?:[Aa]l|[Ee]l|[Uu]l|[Bb]in|[Ii]bn|[Aa]bu|[Dd]|[Oo])['’\-][^\W\d_a-z]")
_TITLE = re.compile(r"(?:(?:Prof|Dr|Mr|Mrs|Ms|Mx|Sr|Sra|Mme|Herr|Frau)\.?(?:[ \t~]+|~))+")
_NON_NAME_WORDS = frozenset(
    ["LLC", "Inc", "Ltd", "GmbH", "Corp", "AG", "SA", "BV", "Plc", "PLC", "Co", "Team", "Support", "Admin",
     "Bot", "Service", "Services", "Group", "Department", "Office", "Room", "Calendar", "Meeting", "Notifications",
     "Billing", "Sales", "Noreply", "Reply", "Info", "Helpdesk", "Desk", "Operations", "Ops", "Owner",
     "Manager", "Lead", "Engineer", "Developer", "Analyst", "Nurse", "Product", "Success", "Customer"]
)  # fmt: skip
_WORD_SPLIT = re.compile(r"[ \t]+")
_JOINER = re.compile(r"['’\-]")


def _cap_word(tok: str, caps: bool) -> bool:
    parts = _JOINER.split(tok)
    if not all(p for p in parts):
        return False
    if caps and tok.replace("-", "").replace("'", "").isalpha() and tok.isupper() and len(tok) > 1:
        return True
    head = parts[0]
    if not (head[:1].isupper() and head.isalpha()):
        return False
    return all(p[:1].isupper() or p.islower() for p in parts) and all(p[1:].islower() for p in parts if len(p) > 1)


def whole_name(value: str, caps: bool = False, min_words: int = 2) -> bool:
    """``value`` is a person's name and nothing else: 1-5 words, each a capitalised word, an initial
    (``H.``, ``O.Y.``), a particle or a particle-prefixed word (``al-Hashimi``); at least one real word
    and ``min_words`` words. ``caps``: ALL-CAPS words count (HL7, resume headings)."""
    toks = [t for t in _WORD_SPLIT.split(value.strip()) if t]
    if not min_words <= len(toks) <= 5:
        return False
    real = 0
    for tok in toks:
        if tok in _NON_NAME_WORDS or (tok.title() in _NON_NAME_WORDS and tok.isupper()):
            return False
        if _INITIALS.fullmatch(tok) or (len(tok) == 1 and tok.isupper()):
            continue
        if tok.lower() in _PARTICLES:
            continue
        if _cap_word(tok, caps) or (_PARTICLE_PREFIX.match(tok) and _cap_word(_JOINER.split(tok, 1)[1], caps)):
            real += 1
            continue
        return False
    return real >= 1 and not _INITIALS.fullmatch(toks[-1])


_NAME_CHARS = r"[^\W\d_][^\n;:\"<>|^~&@()\[\]{}=\\]{1,60}?"
_HL7_SEGMENT = re.compile(r"(?m)^(?:PID|NK1|PV1|GT1|IN1|PD1|ROL)\|[^\n\r]*")
_HL7_PAIR = re.compile(r"(?<![^|^~])([^\W\d_][^\W\d_' \-]*[^\W\d_])\^([^\W\d_][^\W\d_' \-]*[^\W\d_])(?=[|^~\r\n]|$)")
_ICAL_CN = re.compile(r"(?m)^(?:ORGANIZER|ATTENDEE|CONTACT)[^\n:]*?;CN=(\"?)(" + _NAME_CHARS + r")\1(?=[;:])")
_VCARD_FN = re.compile(r"(?m)^FN(?:;[^\n:]*)?:(" + _NAME_CHARS + r")[ \t]*\r?$")
# vCard ``N`` (RFC 6350 6.2.2): family;given;additional;prefixes;suffixes -- "family;given" is the name.
_VCARD_N = re.compile(r"(?m)^N(?:;[^\n:]*)?:([^\W\d_][^\n;:]{0,40});([^\W\d_][^\n;:]{0,40})(?=;|[ \t]*\r?$)")
_XML_TEXT = re.compile(r"<((?:[\w.-]+:)?([\w.-]+))(?:[ \t][^<>]*)?>[ \t]*([^<>\n]{2,60}?)[ \t]*</\1>")
_DISPLAY_NAME = re.compile(r"\"(" + _NAME_CHARS + r")\"[ \t]*<[^<>@\s]+@")
_CHAT_HEADER = re.compile(r"(?m)^[ \t]*(" + _NAME_CHARS + r")[ \t]{1,4}\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*$")
_MENTION_TOKEN = r"(?:(?:[^\W\d_a-z]\.){1,3}|[^\W\d_a-z][^\W\d_]*(?:['’\-][^\W\d_]+)*)"
_MENTION_PARTICLE = r"(?:van|von|de|da|del|der|den|di|du|la|le|bin|binti|ibn|al|el|ten|ter|dos|das|zu|y)[ \t]"
_MENTION = re.compile(
    r"(?<![\w.@])@(" + _MENTION_TOKEN + r"(?:[ \t](?:" + _MENTION_PARTICLE + r")*" + _MENTION_TOKEN + r"){1,3})"
)
# A given name before a post-nominal honorific: "Elif Hanım", "Murat Bey", "Kenji-san".
_HONORIFIC_AFTER = re.compile(
    r"(?<![\w-])([^\W\d_a-z][^\W\d_A-Z]+)(?:[ \t]+(?:Hanım|Hanim|Bey|Efendi)|-(?:san|sama|kun|chan))\b"
)
_BLAME = re.compile(r"\((" + _NAME_CHARS + r")[ \t]+\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")
_LATEX_CELL = re.compile(
    r"(?:^|(?<=&))[ \t]*((?:(?:Prof|Dr|Mr|Mrs|Ms)\.~)*)([^\W\d_][^\n;:\"<>|^&@()\[\]{}=\\]{1,60}?)[ \t]*(?=&|\\\\)",
    re.M,
)
# A CV/profile heading: the text's first line is the name, and a contact line (e-mail or phone,
# joined by "·" or "|") follows within the next lines.
_HEADING = re.compile(r"[ \t\n]*([^\W\d_](?:[^\W\d_]|['’ .\-]){2,50}[^\W\d_])[ \t]*\n")
_CONTACT_LINE = re.compile(r"(?m)^[^\n]*(?:@|\+?\d[\d ()-]{6,}\d)[^\n]*[·|•][^\n]*$")
_LOCAL_PART = re.compile(r"([\w.+\-]+)@")
_PERSONAL = re.compile(r"@|\+?\d[\d ()-]{7,}\d")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isalnum() and c.isascii())


def _in_address(name: str, line: str) -> bool:
    """A word of ``name`` (3+ letters, accents folded) occurs in the local part of an address on
    ``line``: the heading names the owner of the contact line."""
    locals_ = [_fold(m.group(1)) for m in _LOCAL_PART.finditer(line)]
    words = [_fold(w) for w in re.split(r"[ \t.'’\-]+", name) if len(w) >= 3]
    return any(w and w in local for w in words for local in locals_)


def format_names(text: str, name_field: Callable[[str], int] | None = None) -> Iterator[tuple[int, int, str]]:
    """``(start, end, rule)`` of the names the text's format marks (see the module docstring).
    ``name_field(field name)`` -> 2 for a person-name field (XML elements); ``None``: XML skipped."""
    if "|" in text and "^" in text:
        for seg in _HL7_SEGMENT.finditer(text):
            for m in _HL7_PAIR.finditer(text, seg.start(), seg.end()):
                field = field_of(text, m.start())
                if field is not None and "name" in field.name and whole_name(f"{m.group(1)} {m.group(2)}", caps=True):
                    yield m.start(), m.end(), "hl7_name"
    if "CN=" in text:
        for m in _ICAL_CN.finditer(text):
            if whole_name(m.group(2)):
                yield m.start(2), m.end(2), "ical_cn"
    if "FN" in text:
        for m in _VCARD_FN.finditer(text):
            if whole_name(m.group(1)):
                yield m.start(1), m.end(1), "vcard_fn"
        for m in _VCARD_N.finditer(text):
            if whole_name(f"{m.group(1)} {m.group(2)}"):
                yield m.start(1), m.end(2), "vcard_n"
    if name_field is not None and "</" in text:
        for m in _XML_TEXT.finditer(text):
            if name_field(m.group(2)) == 2 and whole_name(m.group(3)):
                yield m.start(3), m.end(3), "xml_name"
    if '"' in text and "@" in text:
        for m in _DISPLAY_NAME.finditer(text):
            if whole_name(m.group(1)):
                yield m.start(1), m.end(1), "display_name"
    if ":" in text:  # a chat export: two or more "Name  9:53 AM" header lines
        headers = [m for m in _CHAT_HEADER.finditer(text) if whole_name(m.group(1).strip())]
        if len(headers) >= 2:
            for m in headers:
                yield m.start(1), m.start(1) + len(m.group(1).rstrip()), "chat_header"
    if "@" in text:
        for m in _MENTION.finditer(text):
            toks = m.group(1).split()
            while len(toks) >= 2 and not whole_name(" ".join(toks)):
                toks.pop()
            if len(toks) >= 2:
                yield m.start(1), m.start(1) + len(" ".join(toks)), "mention"
    for m in _HONORIFIC_AFTER.finditer(text):
        yield m.start(1), m.end(1), "honorific"
    if "(" in text:
        for m in _BLAME.finditer(text):
            if whole_name(m.group(1)):
                yield m.start(1), m.end(1), "blame_author"
    head = _HEADING.match(text)
    if head is not None and whole_name(head.group(1), caps=True):
        contact = _CONTACT_LINE.search(text, head.end(), head.end() + 300)
        if contact is not None and _in_address(head.group(1), contact.group(0)):
            yield head.start(1), head.end(1), "heading_name"
    if "&" in text and "\\\\" in text:
        for m in _LATEX_CELL.finditer(text):
            value = m.group(2).replace("~", " ")
            line_end = text.find("\n", m.end())
            row = text[text.rfind("\n", 0, m.start()) + 1 : len(text) if line_end < 0 else line_end]
            if whole_name(value) and (m.group(1) or _PERSONAL.search(row)):
                yield m.start(2), m.end(2), "latex_cell"


# "Surname, Given" filling a whole cell or field value: after a line start, a tab, "|", ";" or a
# "Label: "; before a line end, a tab, "|", ";" or " (" (an aside such as "(MRN ...)").
_INVERTED = re.compile(
    r"(?m)(?:^|(?<=[\t|;])|(?<=:[ \t]))[ \t]*(?P<last>[^\W\d_][^\t\n,|;:()]{0,40}?),[ \t]"
    r"(?P<first>[^\W\d_][^\t\n,|;:()]{0,40}?)[ \t]*(?=$|[\t|;]|[ \t]\()"
)


def inverted_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every "Surname, Given" value that fills a cell or field (see above): the
    surname is one capitalised word after optional particles ("ter Horst", "El Amrani", "Mac Giolla
    Phádraig": two after a particle), the given names 1-3 capitalised words. Name shapes only; the
    caller needs other evidence (the tagger's) that it is a person.

    >>> t = "Patient: ter Horst, Willemijn (MRN 20259257)"
    >>> [t[s:e] for s, e in inverted_names(t)]
    ['ter Horst, Willemijn']
    >>> list(inverted_names("Location: Paris, the capital"))
    []
    """
    for m in _INVERTED.finditer(text):
        last, first = m.group("last").strip(), m.group("first").strip()
        toks = last.split()
        particles = 0
        while particles < len(toks) - 1 and toks[particles].lower() in _PARTICLES:
            particles += 1
        if len(toks) - particles > (2 if particles else 1):
            continue
        if not (whole_name(last, caps=True, min_words=1) and whole_name(first, caps=True, min_words=1)):
            continue
        if len(first.split()) > 3 or any(t.lower() in _PARTICLES for t in first.split()):
            continue
        yield m.start("last"), m.start("first") + len(first)
