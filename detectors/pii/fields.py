"""Field labels: the name of the field or column that owns a value, whatever the text format.

In structured text the label of a value is its *field*, not the nearest word: ``card_number`` owns
the second value of ``INSERT INTO t (customer_id, card_number, invoice_no) VALUES (7, '4111...',
'INV-2')`` although ``invoice_no`` is the nearest word before it. :func:`field_of` finds that field
in, in this order:

* ``key: value`` / ``key = value`` / ``"key": value`` / ``KEY=value`` / ``key => value`` right
  before the value on its line (JSON, YAML, INI, env files, HTTP headers, key=value logs, form
  lines such as ``Card number: ...``), also for the later items of a list value
  (``"ips": ["10.0.0.1", "10.0.0.2"]``) and for YAML list items under a ``key:`` line;
* SQL ``INSERT INTO t (col, ...) VALUES (...), (...)``: the column at the value's position;
* XML/HTML elements: ``<accountNumber>4111...``;
* table columns (:func:`detectors.pii.table.column_header`): pipe tables with or without rules
  (Markdown, psql, MySQL), CSV/TSV/semicolon files with a header row, whitespace-aligned tables;
  in a two-column key/value table (no header, or a "Value" header; psql's expanded display) the
  left cell of the row.

>>> sql = "INSERT INTO pay (customer_id, card_number, invoice_no) VALUES (7, '4111', 'INV-2');"
>>> field_of(sql, sql.index("4111")).name
'card_number'
>>> field_of('image:\\n  tag: "13.27.49.237"', 15).name
'tag'
>>> field_of("X-Forwarded-For: 203.0.113.7", 17).name
'X-Forwarded-For'
>>> field_of("Call 020 7946 0958 today.", 5) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detectors.pii.table import column_header

__all__ = ["Field", "field_of"]


@dataclass(frozen=True, slots=True)
class Field:
    """A field name and where the value's cell starts (words before it belong to other fields)."""

    name: str
    start: int
    source: str  # "key", "list", "sql" or "column"


_KEY_WINDOW = 120
# A key (1-4 words, may hold . - / #), a separator, an opening quote; then optionally the earlier
# items of a list value. Anchored at the value ("$" = the value's position).
_VALUE = r"(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s,;:=\[\]{}\"'&|]+)"
_KEY_BEFORE = re.compile(
    r"(?:^|(?<=[\s,;:{(\[|&?\"'*>]))"
    r"(?P<key>[^\W\d](?:[\w.\-/#]|(?<=\w)[ \t](?=[^\W\d]))*)"
    r"[\"'*_]*[ \t]*(?::=|=>|[:=])(?!=)[*_]*[ \t]*"
    r"(?P<list>\[[ \t]*(?:" + _VALUE + r"[ \t]*,[ \t]*)*)?"
    r"[\"'`]?$"
)
_MAX_KEY_WORDS = 4
# A prose key "X from/in/on/for Y": Y only qualifies X ("phone from the order form", "IBAN on file").
# ("of" is kept: in "number of the card" the words after it say what the number is.)
_KEY_PREPOSITIONS = frozenset(["from", "in", "on", "at", "via", "for", "per", "aus", "von", "im", "vom", "dans"])
# An XML/HTML element right before the value: "<accountNumber>", '<td class="card">'.
_XML_OPEN = re.compile(r"<([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>[ \t]*$")
# Column headers that say nothing about the value: in a two-column key/value table the label is the
# left cell of the row ("| Card | 4111 ... |" under "| Field | Value |"; psql's expanded display).
_NEUTRAL_HEADERS = frozenset(
    ["value", "values", "wert", "valor", "valeur", "valore", "waarde", "värde", "verdi", "details", "detail",
     "info", "data", "content", "field value", "answer", "entry"]
)  # fmt: skip
_LABEL_CELL = re.compile(r"[ \t]*\|?[ \t]*([^\W\d][^|\t\d]{0,39}?)[ \t]*[|\t][ \t]*[\"']?$")
# Keys that say nothing by themselves: the enclosing mapping's key says what the value is.
_GENERIC_KEYS = frozenset(
    ["number", "no", "nr", "num", "value", "val", "id", "code", "nummer", "numero", "número", "numéro", "digits"]
)  # fmt: skip
_JSON_PARENT = re.compile(r"[\"']([^\W\d][\w.\- ]{0,40})[\"'][ \t]*:[ \t]*\{[^{}]*$")
# HTML layout elements are no field names; a table cell's label is the cell before it.
_LAYOUT_TAGS = frozenset(["td", "dd", "span", "div", "p", "b", "strong", "em", "i", "code", "li", "pre", "font"])
_HTML_LABEL = re.compile(r"<(th|td|dt|label|b|strong)\b[^<>]*>([^<>\d]{1,40})</\1>[ \t]*(?:<[^<>]*>[ \t]*)*$")
# A YAML list item ("  - 10.0.0.1"): the owner is the "key:" line above.
_YAML_ITEM = re.compile(r"[ \t]*-[ \t]+[\"']?")
_YAML_KEY = re.compile(r"([ \t]*)(?:-[ \t]+)?[\"']?([^\W\d][\w.\-/ ]{0,40}?)[\"']?[ \t]*:[ \t]*$")
_INSERT = re.compile(
    r"\b(?:insert|INSERT|Insert)\s+(?:(?:ignore|IGNORE)\s+)?(?:into|INTO|Into)\s+[\w.`\"\[\]]+\s*"
    r"\(([^()]{1,2000})\)\s*(?:values|VALUES|Values)\s*"
)
_SQL_WINDOW = 20_000
# Dialogue speakers ("[00:01:10] Customer: 4111 ...", "Agent: ..."): in a transcript with two or more
# roles, "Customer:" introduces an utterance, not a customer-number field; the value's field is the
# utterance itself (source "speaker", empty name: only words inside the utterance label the value).
_SPEAKER_ROLES = frozenset(
    ["customer", "client", "caller", "agent", "user", "kunde", "cliente", "klant", "kund", "patient", "assistant",
     "bot", "chatbot", "operator", "rep", "representative", "advisor", "adviser", "support", "me", "you",
     "interviewer", "doctor", "nurse", "guest", "host", "clerk", "dispatcher", "kullanıcı", "utente", "utilisateur",
     "usuario", "usuário", "benutzer", "asistente", "assistente", "assistent"]
)  # fmt: skip
_SPEAKER_PREFIX = re.compile(r"[ \t]*(?:[\[(][\d:.,/ \t\-APMapm]{3,25}[\])][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?")
# The role may carry the speaker's name or number: "Agent Y. Haddad:", "Agent #118:", "Agent B. da Silva:".
_SPEAKER_LINE = re.compile(
    r"(?m)^[ \t]*(?:[\[(][\d:.,/ \t\-APMapm]{3,25}[\])][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?"
    r"([^\W\d]+)(?:[ \t]+(?:#\d{1,6}|[^\W\d][\w'’-]*\.?)){0,3}[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:[ \t]"
)


def field_of(text: str, pos: int) -> Field | None:
    """The field owning the value at ``text[pos]`` (see the module docstring), or ``None``."""
    return _key_field(text, pos) or _sql_field(text, pos) or _hl7_field(text, pos) or _column_field(text, pos)


# HL7 v2 segments ("PID|1||MRN^^^H^MR||DOE^JANE^Q||19800101|F|||addr||(555)...|||S||ACCT1|123456789"):
# the field's name from the standard's position table (PID-5 patient name, PID-13 home phone,
# PID-19 SSN; NK1-2 next-of-kin name; ...).
_HL7_SEGMENT = re.compile(r"[A-Z][A-Z0-9]{2}\|")
_HL7_FIELDS: dict[str, dict[int, str]] = {
    "PID": {2: "patient id", 3: "patient identifier list", 4: "alternate patient id", 5: "patient name",
            6: "mother maiden name", 7: "date of birth", 9: "patient alias name", 11: "patient address",
            13: "phone home", 14: "phone business", 18: "patient account number", 19: "ssn number",
            20: "driver license number", 21: "mother identifier"},
    "NK1": {2: "next of kin name", 4: "address", 5: "phone number", 6: "business phone number"},
    "GT1": {3: "guarantor name", 5: "guarantor address", 6: "guarantor phone home", 7: "guarantor phone business",
            12: "guarantor ssn"},
    "IN1": {16: "insured name", 19: "insured address"},
    "PV1": {7: "attending doctor name", 8: "referring doctor name", 9: "consulting doctor name",
            17: "admitting doctor name", 19: "visit number"},
    "MSH": {10: "message control id"},
}  # fmt: skip


def _hl7_field(text: str, pos: int) -> Field | None:
    """The HL7 v2 field holding ``text[pos]`` (segment id + position), when it has a known name."""
    ls = text.rfind("\n", 0, pos) + 1
    cr = text.rfind("\r", 0, pos) + 1
    ls = max(ls, cr)
    if _HL7_SEGMENT.match(text, ls) is None:
        return None
    seg = text[ls : ls + 3]
    names = _HL7_FIELDS.get(seg)
    if names is None:
        return None
    index = text.count("|", ls, pos) + (1 if seg == "MSH" else 0)  # MSH-1 is the separator itself
    name = names.get(index)
    return Field(name, text.rfind("|", ls, pos) + 1, "hl7") if name is not None else None


def _key_field(text: str, pos: int) -> Field | None:
    ls = text.rfind("\n", 0, pos) + 1
    lo = max(ls, pos - _KEY_WINDOW)
    window = text[lo:pos]
    if not window.strip():
        return None
    m = _KEY_BEFORE.search(window) if (":" in window or "=" in window) else None
    if m is not None:
        if m.group("key").lower() in _SPEAKER_ROLES and _is_speaker(text, ls, lo + m.start("key")):
            return Field("", lo + m.end(), "speaker")
        words = m.group("key").split()
        cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _KEY_PREPOSITIONS), len(words))
        key = " ".join(words[:cut][-_MAX_KEY_WORDS:])  # prose before a colon: its last words
        # "buyer phone from the order form:": the words after a preposition only qualify the head
        if key.lower() in _GENERIC_KEYS:  # "account:\n  number: ...", '"card": {"number": ...'
            parent = _enclosing_key(text, ls, lo + m.start("key"))
            key = f"{parent} {key}" if parent else key
        return Field(key, lo + m.end(), "list" if m.group("list") else "key")
    if _YAML_ITEM.fullmatch(window) and lo == ls:
        return _yaml_parent(text, ls, len(window) - len(window.lstrip(" \t")), pos)
    if "<" in window and (x := _XML_OPEN.search(window)) is not None:
        tag = x.group(1)
        if tag.lower() not in _LAYOUT_TAGS:
            return Field(tag, pos, "key")
        cell = _HTML_LABEL.search(window, 0, x.start())  # "<th>Account no</th><td>4111 ..."
        return Field(cell.group(2).strip(), pos, "column") if cell is not None else None
    return None


def _is_speaker(text: str, ls: int, key_start: int) -> bool:
    """The key at ``key_start`` opens its line (after an optional timestamp) and the text is a
    dialogue: lines start with at least two different speaker roles."""
    if _SPEAKER_PREFIX.fullmatch(text, ls, key_start) is None:
        return False
    roles = {m.group(1).lower() for m in _SPEAKER_LINE.finditer(text)} & _SPEAKER_ROLES
    return len(roles) >= 2


def _enclosing_key(text: str, ls: int, key_start: int) -> str | None:
    """The key of the mapping that holds a generic key ("number", "value", "id"): the JSON object's
    key on the same stretch of text, or the YAML key line above with less indentation."""
    m = _JSON_PARENT.search(text, max(0, key_start - 200), key_start)
    if m is not None:
        return m.group(1)
    if text[ls:key_start].strip():
        return None
    indent = key_start - ls
    end = ls - 1
    for _ in range(30):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip(" \t"))
        if lead < indent:
            y = _YAML_KEY.fullmatch(line)
            return y.group(2) if y is not None else None
    return None


def _yaml_parent(text: str, ls: int, indent: int, pos: int) -> Field | None:
    """The ``key:`` line owning a YAML list item indented by ``indent`` (other items may be between)."""
    end = ls - 1
    for _ in range(50):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip(" \t"))
        m = _YAML_KEY.fullmatch(line)
        if m is not None and lead <= indent:
            return Field(m.group(2), pos, "list")
        if lead < indent or (lead == indent and not line.lstrip().startswith("-")):
            return None
    return None


def _sql_field(text: str, pos: int) -> Field | None:
    """The column of an ``INSERT ... VALUES`` tuple that holds ``text[pos]``."""
    if "NSERT" not in text and "nsert" not in text:
        return None
    last = None
    for m in _INSERT.finditer(text, max(0, pos - _SQL_WINDOW), pos):
        last = m
    if last is None:
        return None
    depth, col, cell, quote = 0, 0, last.end(), ""
    for i in range(last.end(), pos):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
            if depth == 1:
                col, cell = 0, i + 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "," and depth == 1:
            col, cell = col + 1, i + 1
        elif ch == ";" and depth == 0:
            return None  # the statement ended before the value
    if depth != 1:
        return None
    cols = [c.strip().strip('`"[]') for c in last.group(1).split(",")]
    return Field(cols[col], cell, "sql") if col < len(cols) and cols[col] else None


def _label_cell(text: str, ls: int, pos: int) -> Field | None:
    """The left cell of a two-cell key/value row ("account_no | 4111 ...", "| Card | 4111 ... |")."""
    le = text.find("\n", pos)
    row = text[ls : len(text) if le < 0 else le]
    delim = "|" if "|" in row else "\t"
    if len([c for c in row.split(delim) if c.strip()]) != 2:
        return None
    m = _LABEL_CELL.fullmatch(text, ls, pos)
    return Field(m.group(1).strip("*_ "), pos, "column") if m is not None else None


def _column_field(text: str, pos: int) -> Field | None:
    name = column_header(text, pos)
    ls = text.rfind("\n", 0, pos) + 1
    if name is None or name.strip("*_ ").lower() in _NEUTRAL_HEADERS:
        label = _label_cell(text, ls, pos)
        if label is not None:
            return label
    if name is None:
        return None
    cell = max(text.rfind(d, ls, pos) for d in ("|", ",", ";", "\t", "  ")) + 1
    return Field(name, max(cell, ls), "column")
