"""``PHONE_NUMBER``: international (``+CC`` / ``00CC``) and national numbers in common written formats.

A candidate is a maximal run of digit groups joined by single separators (space, ``-``, ``.``, ``/``)
or parentheses. The run is then classified:

* ``+CC`` / ``00CC``: a real ITU country code and a national number of plausible length for it
  (NANP numbers must have a valid area code and exchange);
* NANP national: ``(415) 555-0132``, ``415-555-0132``, ``1-800-555-0199``;
* trunk-prefix national (UK, DE, FR, IT, NL, IN, AU, JP, ...): ``020 7946 0958``, ``089/1234567``,
  ``06 12 34 56 78``, 9-12 digits starting with one ``0``, grouped;
* a few regional shapes (``(11) 91234-5678``, Indian ``98765 43210``, toll-free ``1800 425 1234``,
  Russian/Kazakh ``8 (916) 572-31-26`` and ``8-916-572-31-26``, Turkish ``0 (532) 123 45 67``, Brazilian
  mobile ``21 9 8765-4321``, Chinese mobile ``139-8182-7241``, Spanish ``91 555 12 34`` with a phone
  word). A count after the number is not part of it ("call 0808 971 4854 30 minutes before").

With ``+1`` written out, any NANP-shaped area code and exchange is accepted (test and fictional numbers
use unassigned codes too). A run right after a comma (a CSV cell; not after a digit, blank or another
comma: thousands groups, dial-string pauses ``,,0352...#``) is a phone number in international form or
in a phone-named column only.

Digits spoken one at a time ("4 1 5 5 5 5 ...", voice transcripts) are a number after a phone word on
their line or the prompt line before (:mod:`detectors.pii.spoken`). In a delimited table only the
value's own cell and its column header label it, and a national shape in an SSN or card column is
not a phone number.

Unseparated digit runs, 7-digit local numbers and ambiguous 9-digit shapes need a context word
("phone", "call", "tel", ...). A national-format run labelled as an identifier ("tracking",
"order", ``invoice_id=``; :mod:`detectors.pii.id_context`) is not a phone number. Dates, SSN and
IPv4 shapes, ISBN-like runs (a one-digit group) and runs glued to words, prices or versions are
rejected.

>>> rec = PhoneRecognizer()
>>> text = "Call +44 (0)20 7946 0958 or (415) 555-0132, not 2024-03-15."
>>> [text[d.span.start : d.span.end] for d in rec.analyze(text)]
['+44 (0)20 7946 0958', '(415) 555-0132']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detectors.pii.features import TextFeatures
from detectors.pii.id_context import (
    CARD_WORDS,
    PHONE_COMPOUNDS,
    PHONE_CONTEXT_WORDS,
    PHONE_WORDS,
    SSN_WORDS,
    any_label,
    field_entity_word,
    field_kind,
    labelled_by,
)
from detectors.pii.recognizer import ContextWords, Recognizer
from detectors.pii.span import Detection
from detectors.pii.spoken import spoken_kind, spoken_runs
from detectors.pii.table import column_header

__all__ = [
    "COUNTRY_CODES",
    "PhoneRecognizer",
    "fictional_number",
    "number_identifies_nobody",
    "split_number",
    "toll_free",
]

#: ITU-T E.164 country calling codes (a prefix code: no code is a prefix of another).
COUNTRY_CODES: frozenset[str] = frozenset(
    [
        "1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47",
        "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66",
        "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98", "211", "212", "213", "216", "218",
        "220", "221", "222", "223", "224", "225", "226", "227", "228", "229", "230", "231", "232", "233", "234",
        "235", "236", "237", "238", "239", "240", "241", "242", "243", "244", "245", "246", "247", "248", "249",
        "250", "251", "252", "253", "254", "255", "256", "257", "258", "260", "261", "262", "263", "264", "265",
        "266", "267", "268", "269", "290", "291", "297", "298", "299", "350", "351", "352", "353", "354", "355",
        "356", "357", "358", "359", "370", "371", "372", "373", "374", "375", "376", "377", "378", "379", "380",
        "381", "382", "383", "385", "386", "387", "389", "420", "421", "423", "500", "501", "502", "503", "504",
        "505", "506", "507", "508", "509", "590", "591", "592", "593", "594", "595", "596", "597", "598", "599",
        "670", "672", "673", "674", "675", "676", "677", "678", "679", "680", "681", "682", "683", "685", "686",
        "687", "688", "689", "690", "691", "692", "800", "808", "850", "852", "853", "855", "856", "870", "878",
        "880", "881", "882", "883", "886", "888", "960", "961", "962", "963", "964", "965", "966", "967", "968",
        "970", "971", "972", "973", "974", "975", "976", "977", "979", "992", "993", "994", "995", "996", "998"
    ]
)  # fmt: skip

# National significant number length (min, max) for common countries; others use _DEFAULT_NSN.
_NSN_LENGTHS: dict[str, tuple[int, int]] = {
    "1": (10, 10), "7": (10, 10), "27": (9, 9), "30": (10, 10), "31": (9, 9), "32": (8, 9), "33": (9, 9),
    "34": (9, 9), "36": (8, 9), "39": (6, 11), "41": (9, 9), "43": (4, 13), "44": (9, 10), "45": (8, 8),
    "46": (7, 10), "47": (8, 8), "48": (9, 9), "49": (5, 13), "52": (10, 11), "55": (10, 11),
    "61": (9, 9), "62": (8, 12), "63": (8, 10), "64": (8, 10), "65": (8, 8), "81": (9, 10), "82": (8, 10),
    "86": (10, 11), "90": (10, 10), "91": (10, 10), "351": (9, 9), "353": (7, 9), "420": (9, 9),
    "971": (8, 9),
}  # fmt: skip
_DEFAULT_NSN = (6, 12)

_SEP = r"(?:[ \u00a0]?[.\-/][ \u00a0]?|[ \u00a0])"
_GROUP = r"(?:\(\+?[0-9]{1,5}\)|[0-9]+)"
_RUN = re.compile(
    r"(?:(?<![\w+])\+[ \u00a0]?|(?<![\w+/@#=$€£¥.:%^~-])(?<![0-9 ,],))"
    + _GROUP
    + r"(?:(?:"
    + _SEP
    + r"|(?<=\))|(?=\())"
    + _GROUP
    + r")*(?!\w)",
    re.ASCII,
)
_GROUPS = re.compile(r"\(\+?([0-9]+)\)|([0-9]+)", re.ASCII)
_DATE_SHAPES = frozenset({(2, 2, 4), (4, 2, 2), (2, 2, 2), (1, 2, 4), (2, 1, 4), (1, 1, 4)})
# The run continues an IBAN-shaped token ("RO47 TIDX 0144 3547 ..."): country, check digits, groups of 4.
# A UUID whose first groups are all digits ("Call-ID: 55459611-9689-4aeb-8474-da3740642a36"): an id.
_UUID_AT = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![\w-])")
_IBAN_HEAD = re.compile(r"(?<![\w])[A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4})+ $")

# key=value pairs (query strings, logs) are skipped by _RUN (a "=" before the run); a value under a
# phone-named key ("phone=", "msisdn=", "to_number=") or a recipient key is read by a second pass.
_EQ_VALUE = re.compile(r"=(?=[+(]?[0-9])")
_EQ_KEY = re.compile(r"(?<![\w-])([A-Za-z_][\w-]{0,30})$")
_EQ_RUN = re.compile(r"\+?(?:\([0-9]{1,4}\))?[0-9](?:[0-9]|[-. ](?=[0-9])){5,17}(?![\w.])")
# ("to"/"from" are not among them: "from=20240101&to=20241231" is a date range.)
_RECIPIENT_KEYS = frozenset(["rcpt", "recipient", "recipients", "dest", "destination", "msisdn", "callee", "sms_to"])

# A count right after a number ("call +358 9 4790 3900 30 minutes before"): the last group is not the number's.
_UNIT_AFTER = re.compile(
    r"[ \u00a0](?:min|mins|minutes?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|years?|times|people|persons)"
    r"(?![\w@-]|\.\w)"
)

# A contact list: a number and an e-mail address side by side, one separator or "or" between them
# ("(ana@x.es, 966 151 147)", "Lisbon · 13919407315 · ana@x.pt", "Dúvidas: 932 465 370 ou ana@x.pt",
# "ana@x.pt / 346 0560293", "YES — 40 79 82 02 — ana@x.de"):
# the number is the person's or the office's phone.
# (Prose separators only, a blank after them: table cells "| a@x.de | 0258..." have their column headers.)
_EMAIL_BEFORE = re.compile(r"[\w.+-]@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?: ?[,;·]| [/—–]| (?:or|ou|o|oder|of)) $")
_EMAIL_AFTER = re.compile(r"(?: ?[,;·]| [/—–]| (?:or|ou|o|oder|of)) [\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")


def _next_to_email(text: str, start: int, end: int) -> bool:
    """The number at ``text[start:end]`` is listed right next to an e-mail address."""
    return (
        _EMAIL_BEFORE.search(text, max(0, start - 80), start) is not None
        or _EMAIL_AFTER.match(text, end, end + 90) is not None
    )


# A tel: URI ("tel:", "href='tel:") or a vCard TEL property line ("TEL;TYPE=CELL:", "TEL:") right before a value.
_TEL_VALUE = re.compile(r"(?i:(?<![\w-])tel:)(?!//)|(?m:^(?:item[0-9]+\.)?TEL(?:;[^:\n]{0,60})?:)")

# The one-letter labels of an e-mail signature's contact line ("T 769 107 440  F 769 107 443", "| M 696 243 9383":
# telephone, fax, mobile, phone), at a line start, after a "|" or after a wide gap; and the text of a link to a
# tel: URI (``<a href="tel:3763674184">376 367 4184</a>``): the number a reader sees for it.
_LETTER_LABEL = re.compile(r"(?:(?m:^)|\|[ \t]*|[ \t]{2})[TFMP]\.?:?[ \t]+$")
_TEL_ANCHOR = re.compile(r"""(?i)href=["']?tel:[^"'<>\s]*["']?[^<>]{0,60}>[ \t]*$""")


def _contact_cue(text: str, start: int) -> str | None:
    """A signature's one-letter label or a tel: link right before the number at ``text[start:]``.

    >>> _contact_cue("Jana\\nT 769 107 440", 7), _contact_cue('<a href="tel:3763674184">376 367 4184</a>', 25)
    ('a one-letter contact label', 'a tel: link')
    >>> _contact_cue("Model T 769 107 440", 8), _contact_cue("Type M 769 107 440", 7)
    (None, None)
    """
    if _LETTER_LABEL.search(text, max(0, start - 8), start) is not None:
        return "a one-letter contact label"
    if "tel:" in text and _TEL_ANCHOR.search(text, max(0, start - 120), start) is not None:
        return "a tel: link"
    return None


_PHONE_KEY_HINT = re.compile(
    r"(?i)tel|phon|fon|mob|cell|fax|handy|sms|msisdn|rcpt|recip|dest|callee|whatsapp|ruf|gsm|contact|nummer|numero"
)

# The context words are the identifier module's phone words (one list) plus phone compounds.
_PHONE_WORDS = ContextWords(PHONE_CONTEXT_WORDS, before=40, after=15, patterns=PHONE_COMPOUNDS)


@dataclass(frozen=True, slots=True)
class _Group:
    digits: str
    paren: bool
    sep: str  # separator text before this group ("" for the first group or right after a paren)
    plus: bool = False  # a parenthesised group written with "+": "(+358)"


def _date_head(groups: list[_Group]) -> bool:
    """The first three groups read as a date: a date shape, one separator (``-``, ``.`` or ``/``) between them, and
    a possible day and month ("61.38.94", pairs with no day-month order, is no date).

    >>> _date_head([_Group("61", False, ""), _Group("38", False, "."), _Group("94", False, ".")])
    False
    >>> _date_head([_Group("03", False, ""), _Group("06", False, "."), _Group("22", False, ".")])
    True
    >>> _date_head([_Group("03", False, ""), _Group("06", False, " "), _Group("22", False, " ")])
    False
    """
    lengths = tuple(len(g.digits) for g in groups[:3])
    head_seps = {g.sep for g in groups[1:3]}
    if len(groups) < 3 or lengths not in _DATE_SHAPES or len(head_seps) != 1 or not head_seps <= {"-", ".", "/"}:
        return False
    if lengths != (2, 2, 2):
        return True
    a, b, c = (int(g.digits) for g in groups[:3])
    return any(1 <= m <= 12 and 1 <= d <= 31 for m, d in ((b, a), (a, b), (b, c)))


def _ssn_field(text: str, start: int, groups: list[_Group]) -> bool:
    """Three groups shaped like an SSN (3-2-4) in a field named for an SSN ("ssn", "social_security_no") or
    right after an SSN word ("my aunt's ssn 071 54 3328").

    >>> rec = PhoneRecognizer()
    >>> rec.analyze("INSERT INTO t (name, ssn) VALUES ('Ana', '062 30 8963');")
    []
    >>> [d.span.start for d in rec.analyze("INSERT INTO t (name, phone) VALUES ('Ana', '062 30 8963');")]
    [44]
    >>> text = "guarantor is my aunt, ssn 071 54 3328, cell +1 (312) 848-2291"
    >>> [text[d.span.start : d.span.end] for d in rec.analyze(text)]
    ['+1 (312) 848-2291']
    """
    if tuple(len(g.digits) for g in groups) != (3, 2, 4):
        return False
    return field_entity_word(text, start, SSN_WORDS) is not None or labelled_by(text, start, SSN_WORDS) is not None


# A US employer identification number is written "12-3456789" (IRS); after an EIN / TIN label it is that.
_EIN_LABEL = re.compile(r"\b(?:EIN|FEIN|TIN)\b|(?i:employer identification|taxpayer identification|tax id)")


def _ein_labelled(text: str, start: int, groups: list[_Group]) -> bool:
    """Two groups shaped like an EIN (2-7 digits, a hyphen) after an EIN or TIN label on the same line or the
    line before (a form: "Employer identification number (EIN)" above the box's value).

    >>> rec = PhoneRecognizer()
    >>> rec.analyze("Employer EIN: 06-2714835"), len(rec.analyze("Tel. 03-6127745"))
    ([], 1)
    """
    if tuple(len(g.digits) for g in groups) != (2, 7) or groups[1].sep != "-":
        return False
    line = text.rfind("\n", 0, start)
    lo = text.rfind("\n", 0, line) + 1 if line > 0 else 0
    return _EIN_LABEL.search(text, max(lo, start - 80), start) is not None


def _country_code(digits: str) -> str | None:
    for n in (1, 2, 3):
        if digits[:n] in COUNTRY_CODES:
            return digits[:n]
    return None


def _nanp_ok(ten: str) -> bool:
    """NANP: area code and exchange start with 2-9; the area code is not an N11 service code, and not
    one of the codes NANPA reserves for expansion (N9X, 37X, 96X), which are never assigned."""
    return (
        len(ten) == 10
        and ten[0] >= "2"
        and ten[3] >= "2"
        and ten[1:3] != "11"
        and ten[1] != "9"
        and ten[:2] not in ("37", "96")
    )


class PhoneRecognizer(Recognizer):
    """Phone numbers; score by format (0.3-0.85) plus 0.35 for a context word, reported from 0.5."""

    entity = "PHONE_NUMBER"
    context = _PHONE_WORDS

    def quick(self, feats: TextFeatures) -> bool:
        return feats.max_digits >= 7

    def analyze(self, text: str, feats: TextFeatures | None = None) -> list[Detection]:
        feats = feats if feats is not None else TextFeatures(text)
        out: list[Detection] = []
        for ws, we in feats.windows(7, 4, 4):
            pos = ws
            while (m := _RUN.search(text, pos, we)) is not None:
                pos = m.end()
                if sum(ch.isdigit() for ch in m.group(0)) < 7:
                    continue
                det = self._best_prefix(text, m.start(), m.group(0))
                if det is not None:
                    out.append(det)
                    pos = det.span.end  # the rest of the run may be another number
        if "=" in text:
            out.extend(self._key_values(text, {d.span.start for d in out}))
        if ":" in text and ("tel" in text or "TEL" in text or "Tel" in text):
            out.extend(self._tel_values(text, {d.span.start for d in out}))
        for start, end, digits in spoken_runs(text, feats, 7):
            # After a phone word any national length counts, as for a labelled national number.
            verdict = self._classify([_Group(digits, False, "")], False)
            shape = verdict[2] if verdict is not None else "national number" if len(digits) <= 13 else None
            if shape is not None and spoken_kind(text, start) == "phone":
                why = f"PHONE_NUMBER: {shape}, spoken digit by digit after a phone word"
                out.append(self.detection(start, end, 0.8, "spoken", why))
        return out

    def _key_values(self, text: str, taken: set[int]) -> list[Detection]:
        """Numbers in ``key=value`` pairs whose key names a phone ("msisdn=", "rcpt=", "phone=")."""
        out = []
        for eq in _EQ_VALUE.finditer(text):
            start = eq.end()
            key = _EQ_KEY.search(text, max(0, start - 33), start - 1)
            if key is None or start in taken:
                continue
            name = key.group(1)
            if _PHONE_KEY_HINT.search(name) is None:
                continue  # cheap gate before the field-kind analysis
            kind = field_kind(name, PHONE_WORDS)
            if not (name.lower() in _RECIPIENT_KEYS or (kind is not None and kind[0] == "entity")):
                continue
            run = _EQ_RUN.match(text, start)
            if run is None:
                continue
            groups = self._split(run.group(0))
            plus = run.group(0).startswith("+")
            verdict = self._classify(groups, plus)
            total = sum(len(g.digits) for g in groups)
            if verdict is None and not 8 <= total <= 15:
                continue
            why = verdict[2] if verdict is not None else "national number"
            end = start + self._prefix_length(run.group(0), groups)
            out.append(self.detection(start, end, 0.6, "key_value", f"PHONE_NUMBER: {why} under the key {name!r}"))
        return out

    def _tel_values(self, text: str, taken: set[int]) -> list[Detection]:
        """The value of a ``tel:`` URI (RFC 3966, ``href="tel:06-7849-2840"``) or a vCard ``TEL`` property
        (``TEL;TYPE=CELL:057 301 8838``): a telephone number by definition, in whatever national shape."""
        out = []
        for m in _TEL_VALUE.finditer(text):
            start = m.end()
            run = _EQ_RUN.match(text, start)
            if start in taken or run is None:
                continue
            groups = self._split(run.group(0))
            plus = run.group(0).startswith("+")
            verdict = self._classify(groups, plus)
            digits = "".join(g.digits for g in groups)
            if verdict is None and (plus or not 7 <= len(digits) <= 15 or not digits.strip("0")):
                continue  # an international number of no plan, or all zeros: no number
            why = verdict[2] if verdict is not None else "national number"
            end = start + self._prefix_length(run.group(0), groups)
            out.append(self.detection(start, end, 0.85, "tel_value", f"PHONE_NUMBER: {why} in a tel: URI / vCard TEL"))
        return out

    def _best_prefix(self, text: str, start: int, run: str) -> Detection | None:
        plus = run.startswith("+")
        groups = self._split(run)
        # Try the whole run, then drop trailing space-separated groups ("... 0958 2 times").
        n = len(groups)
        if n > 1 and not groups[-1].sep.strip() and _UNIT_AFTER.match(text, start + len(run)):
            n -= 1  # "+966 11 563 5403 30 minutes": the count is not part of the number
            groups = groups[:n]
        while n >= 1:
            verdict = self._classify(groups[:n], plus)
            if (
                verdict is None
                and n == len(groups)
                and not plus
                and (
                    not (start and text[start - 1] == ",")
                    or field_entity_word(text, start, PHONE_WORDS) is not None  # a CSV cell of a phone column
                )
            ):
                verdict = self._classify_labelled(text, start, groups)  # (another CSV cell needs a phone shape)
                if verdict is None and "@" in text and _next_to_email(text, start, start + len(run)):
                    verdict = self._classify_labelled(text, start, groups, "an e-mail address")
            if verdict is not None:
                if _IBAN_HEAD.search(text, max(0, start - 40), start):
                    return None  # the account digits of an (invalid) printed IBAN
                if text[start + 8 : start + 9] == "-" and _UUID_AT.match(text, start) is not None:
                    return None
                end = start + self._prefix_length(run, groups[:n])
                score, pattern, reason = verdict
                if (
                    start
                    and text[start - 1] == ","
                    and pattern != "international"
                    and field_entity_word(text, start, PHONE_WORDS) is None
                ):
                    return None  # a national shape in a comma-separated cell needs a phone column
                if not (pattern == "international" and plus) and any_label(text, start, PHONE_WORDS) is not None:
                    return None  # "tracking 0123 4567 8901", a "part_no" column, "SKU 0020 ...": an identifier
                if not plus and ("\t" in text or "|" in text) and self._other_entity_column(text, start):
                    return None  # "058 69 4415" in an "SSN" column: the column says which entity it is
                if n == 2 and not plus and _ein_labelled(text, start, groups[:2]):
                    return None  # "Employer EIN: 06-2714835", "PAYER'S TIN 02-9930417": a tax id
                if n == 3 and groups[1].sep == groups[2].sep == " " and _ssn_field(text, start, groups):
                    return None  # "062 30 8963" under an "ssn" key or after "SSN": an SSN written with blanks
                if score < 1.0:
                    word = (
                        self.context.find(text, start, end)
                        or field_entity_word(text, start, PHONE_WORDS)
                        or _contact_cue(text, start)
                    )
                    if word is None and "@" in text and _next_to_email(text, start, end):
                        word = "an e-mail address next to it"
                    if word is not None:
                        score += self.context.boost
                        reason += f"; context word {word!r}"
                if score >= self.min_score:
                    return self.detection(start, end, score, pattern, f"PHONE_NUMBER: {reason}")
                return None
            sep = groups[n - 1].sep
            if n == 1 or (sep.strip() and sep.strip() == sep):
                return None  # only drop groups joined by whitespace ("0958 2 times", "0958 / 07700 ...")
            n -= 1
        return None

    @staticmethod
    def _other_entity_column(text: str, start: int) -> bool:
        """The value sits in a delimited table column named for another entity (SSN, card)."""
        header = column_header(text, start)
        if header is None:
            return False
        for words in (SSN_WORDS, CARD_WORDS):
            kind = field_kind(header, words)
            if kind is not None and kind[0] == "entity":
                return True
        return False

    @staticmethod
    def _split(run: str) -> list[_Group]:
        groups, pos = [], 1 if run.startswith("+") else 0
        for m in _GROUPS.finditer(run, pos):
            paren = m.group(1) is not None
            plus = paren and m.group(0)[1] == "+"
            groups.append(_Group(m.group(1) or m.group(2), paren, run[pos : m.start()], plus))
            pos = m.end()
        return groups

    @staticmethod
    def _prefix_length(run: str, groups: list[_Group]) -> int:
        pos = 1 if run.startswith("+") else 0
        for g in groups:
            pos = run.index(g.digits, pos) + len(g.digits)
            if g.paren:
                pos = run.index(")", pos) + 1
        return pos

    @staticmethod
    def _classify(groups: list[_Group], plus: bool) -> tuple[float, str, str] | None:
        lengths = tuple(len(g.digits) for g in groups)
        if sum(lengths) < 7:
            return None
        seps = {g.sep.strip() for g in groups[1:]}
        first = groups[0]
        if plus or (first.digits.startswith("00") and len(first.digits) in (3, 4, 5) and len(groups) > 1):
            return PhoneRecognizer._classify_international(groups, plus)
        digits = "".join(g.digits for g in groups)
        total = len(digits)
        multi = len(groups) > 1
        if _date_head(groups) and (len(groups) == 3 or groups[3].sep != groups[2].sep):
            return None  # a date, possibly followed by a time ("03/14/2024 22:15")
        if multi and seps <= {"-", ".", "/"} and len(seps) == 1:
            if lengths == (3, 2, 4) and seps == {"-"}:
                return None  # an SSN
            if (
                len(groups) == 4
                and seps == {"."}
                and max(lengths) <= 3
                and not (first.digits[0] == "0" and min(lengths) >= 2)
            ):
                return None  # an IPv4 address or a version (not "076.418.52.93": a trunk 0, pairs)
        # NANP: (415) 555-0132, 415-555-0132, 1-800-555-0199, 415 555 0132.
        if lengths == (3, 3, 4) and _nanp_ok(digits) and not (first.paren and groups[1].sep.strip()):
            return 0.7, "nanp", "NANP number (valid area code and exchange)"
        if lengths == (1, 3, 3, 4) and digits[0] == "1" and _nanp_ok(digits[1:]):
            return 0.7, "nanp", "NANP number with the 1 prefix"
        if lengths == (3, 3, 3, 2) and [g.sep for g in groups[1:]] == [".", ".", "-"]:
            return None  # a Brazilian CPF (ddd.ddd.ddd-dd), not a phone number
        # Trunk-prefix national numbers: 020 7946 0958, 030 901820, 06 12 34 56 78, (0131) 496 0210.
        if (
            multi
            and digits[0] == "0"
            and digits[1] != "0"
            and len(first.digits) >= 2
            and lengths[-1] >= 2
            and (9 if not first.paren else 8) <= total <= 12  # "(022) 11678": a bracketed trunk code
            and len(groups) <= 6
        ):
            return 0.65, "national_trunk", "national number with trunk prefix 0"
        # Country code in parentheses: (+358) 918982177, (351) 932279628.
        if first.paren and multi and (first.plus or len(first.digits) >= 2) and first.digits in COUNTRY_CODES:
            low, high = _NSN_LENGTHS.get(first.digits, _DEFAULT_NSN)
            nsn = total - len(first.digits)
            if low <= nsn <= high and not (first.digits == "1" and not _nanp_ok(digits[1:])):
                score = 0.85 if first.plus else 0.55
                return score, "international_paren", f"country code ({first.digits}) in parentheses"
        # Parenthesised area code without trunk prefix: (11) 91234-5678.
        if first.paren and len(first.digits) in (2, 3) and multi and 10 <= total <= 11 and lengths[-1] >= 4:
            return 0.6, "national_area", "national number with a parenthesised area code"
        # Russian national with the trunk prefix 8: 8 (916) 572-31-26.
        if lengths == (1, 3, 3, 2, 2) and digits[0] == "8" and groups[1].paren:
            return 0.65, "ru_national", "Russian number with trunk prefix 8 and a bracketed area code"
        # The same without brackets, one separator throughout: 8-916-572-31-26, 8 727 355 12 34 (Russia and
        # Kazakhstan: area or mobile codes 3xx-9xx).
        if lengths == (1, 3, 3, 2, 2) and digits[0] == "8" and digits[1] in "3456789" and len(seps) == 1:
            return 0.6, "ru_national", "Russian/Kazakh number with trunk prefix 8 (8-XXX-XXX-XX-XX)"
        # Turkish national with the trunk prefix 0 and a bracketed area code: 0 (532) 123 45 67.
        if lengths == (1, 3, 3, 2, 2) and digits[0] == "0" and groups[1].paren and digits[1] != "0":
            return 0.65, "tr_national", "Turkish number with trunk prefix 0 and a bracketed area code"
        # Brazilian mobile with its area code and the mobile 9 apart: 21 9 8765-4321.
        if lengths == (2, 1, 4, 4) and digits[0] != "0" and groups[1].digits == "9" and groups[3].sep == "-":
            return 0.55, "br_mobile", "Brazilian mobile number (area code, 9, 4-4 digits)"
        # Chinese mobile in 3-4-4 groups: 139-8182-7241, 139 8182 7241.
        if (
            lengths == (3, 4, 4)
            and digits[0] == "1"
            and digits[1] in "3456789"
            and len(seps) == 1
            and seps <= {"-", ""}
        ):
            return 0.55, "cn_mobile", "Chinese mobile number (3-4-4 grouping, 13x-19x)"
        # Toll-free: 1800 425 1234, 1300 123 456.
        if first.digits in ("1800", "1300", "0800") and multi and 10 <= total <= 11:
            return 0.6, "toll_free", "toll-free number"
        # Indian mobile: 98765 43210.
        if lengths == (5, 5) and digits[0] in "6789":
            return 0.55, "in_mobile", "Indian mobile number (5-5 grouping)"
        # Shapes that are numbers only when the text says so.
        if lengths == (3, 4) and digits[0] >= "2" and seps == {"-"}:
            return 0.3, "nanp_local", "7-digit local number"
        if multi and total == 9 and digits[0] in "6789" and lengths in ((3, 3, 3), (3, 2, 2, 2), (2, 3, 2, 2)):
            return 0.3, "national_9", "9-digit national number"
        if not multi and (
            (total == 10 and _nanp_ok(digits)) or (digits[0] == "0" and digits[1] != "0" and 10 <= total <= 11)
        ):
            return 0.3, "national_compact", "unseparated national number"
        if not multi and total == 11 and digits[0] == "1" and digits[1] in "3456789":
            return 0.3, "cn_mobile", "unseparated Chinese mobile number (1[3-9] + 9 digits)"
        return None

    @staticmethod
    def _classify_labelled(
        text: str, start: int, groups: list[_Group], cue: str | None = None
    ) -> tuple[float, str, str] | None:
        """Any national shape of 7-13 digits right after a phone word ("Tlf. 32 13 28 39", "Ring
        97459499", "tel 22 4387-4416"): numbering plans without a trunk 0 have no shape of their own.
        ``cue``: another reason the number is a contact number (listed next to an e-mail address)."""
        lengths = tuple(len(g.digits) for g in groups)
        total = sum(lengths)
        first = groups[0]
        if not 7 <= total <= 13 or any(n < 2 for n in lengths[1:]):
            return None
        if first.paren and not (
            len(groups) > 1
            and ((first.digits.startswith("0") and len(first.digits) >= 2) or total - len(first.digits) >= 7)
        ):
            return None  # a trunk-prefixed area code "(022) 11678", or an area code before 7+ digits "(2) 2195 1623"
        seps = {g.sep.strip() for g in groups[1:]}
        if _date_head(groups):
            return None  # a date, possibly followed by a time ("call on 2025-05-04 19:04")
        if lengths in ((3, 2, 4), (3, 3, 3, 2)) and seps and seps <= {"-", "."}:
            return None  # an SSN or a CPF
        if (
            len(groups) == 4
            and seps == {"."}
            and max(lengths) <= 3
            and not any(len(g.digits) > 1 and g.digits[0] == "0" for g in groups)
        ):
            return None  # an IPv4 address or a version (an octet with a leading zero is neither)
        header = column_header(text, start) if "\t" in text or "|" in text else None
        if header is not None:
            # In a delimited table only the value's own cell and its column header label it: a phone word
            # in another cell of the row ("<phone>\t536 22 1234" under "SSN") does not.
            cs = max(text.rfind("\t", 0, start), text.rfind("|", 0, start), text.rfind("\n", 0, start)) + 1
            word = labelled_by(text[cs:], start - cs, PHONE_WORDS)
            if word is None:
                kind = field_kind(header, PHONE_WORDS)
                word = kind[1] if kind is not None and kind[0] == "entity" else None
        else:
            word = labelled_by(text, start, PHONE_WORDS)
            if word is None and not text[max(0, start - 3) : start].rstrip(" \t")[-1:].isdigit():
                word = field_entity_word(text, start, PHONE_WORDS)  # a "phone" column; not the tail of a run
        if word is None and "".join(g.digits for g in groups).strip("0"):
            cue = _contact_cue(text, start) or cue  # (not "M 00 00 00 00 00": a form's blank, nobody's number)
        if word is None and cue is not None:
            return 0.6, "contact_national", f"national number listed next to {cue}"
        if word is None:
            return None
        return 0.6, "labelled_national", f"national number right after the phone word {word!r}"

    @staticmethod
    def _classify_international(groups: list[_Group], plus: bool) -> tuple[float, str, str] | None:
        first = groups[0]
        if first.paren:
            return None
        if plus:
            if len(groups) > 1 and first.digits in COUNTRY_CODES:
                cc = first.digits
            else:
                cc = _country_code(first.digits) or ""
            head = first.digits
        else:
            cc = first.digits[2:] if first.digits[2:] in COUNTRY_CODES else ""
            head = first.digits[2:]
        if not cc:
            return None
        rest = [g for g in groups[1:] if not (g.paren and g.digits == "0")]
        nsn = head[len(cc) :] + "".join(g.digits for g in rest)
        low, high = _NSN_LENGTHS.get(cc, _DEFAULT_NSN)
        if not low <= len(nsn) <= high or len(cc) + len(nsn) > 15:
            return None
        if not nsn.strip("0"):
            return None  # "+49 000 0000000": a form's placeholder, no subscriber has an all-zero number
        if cc == "1" and not (_nanp_ok(nsn) if not plus else nsn[0] >= "2" and nsn[3] >= "2"):
            return None  # with "+1" written out, any area code and exchange of the NANP shape
        score = 0.85 if plus else 0.7
        prefix = "+" if plus else "00"
        return score, "international", f"international number, country code {prefix}{cc}"


# --- Numbers that reach nobody (the ``identifying`` policy, docs/pii.md "Session 15") -------------------------

# Published ranges for drama and examples, as national significant numbers (no trunk 0, no country code):
# NANP 555-0100..0199 (any area code); Ofcom's drama numbers (07700 900xxx, 020 7946 0xxx, 0113..0118/0121..0161
# 496 0xxx, 0191 498 0xxx, 028 9649 6xxx, 029 2018 0xxx, 01632 960xxx, 0808 157 0xxx, 0909 879 0xxx,
# 03069 990xxx); ACMA's fictitious numbers (0491 570..579 xxx, (02/03/07/08) 5550 xxxx and 7010 xxxx); ARCEP's
# fiction ranges (01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 06 39 98 + 4 digits).
_FICTIONAL: dict[str, re.Pattern[str]] = {
    "1": re.compile(r"(?:[0-9]{3})?55501[0-9]{2}"),
    "44": re.compile(
        r"7700900[0-9]{3}|2079460[0-9]{3}|(?:11[3-8]|1[2-6]1)4960[0-9]{3}|1914980[0-9]{3}|2896496[0-9]{3}|"
        r"2920180[0-9]{3}|1632960[0-9]{3}|8081570[0-9]{3}|9098790[0-9]{3}|3069990[0-9]{3}"
    ),
    "61": re.compile(r"49157[0-9]{4}|[2378](?:5550|7010)[0-9]{4}"),
    "33": re.compile(r"(?:19900|26191|35301|46571|53649|63998)[0-9]{4}"),
}
# Toll-free (freephone) prefixes of national significant numbers by country calling code; "800" is the
# international freephone code itself (UIFN, +800). Checked against phonenumbers' TOLL_FREE examples in the tests.
_TOLL_FREE: dict[str, tuple[str, ...]] = {
    "1": ("800", "833", "844", "855", "866", "877", "888"), "7": ("800",), "27": ("80",), "30": ("800",),
    "31": ("800",), "32": ("800",), "33": ("800", "801", "802", "803", "804", "805"), "34": ("800", "900"),
    "36": ("80",), "39": ("800", "803"),
    "41": ("800",), "43": ("800",), "44": ("800", "808"), "45": ("80",), "46": ("20",), "47": ("800",),
    "48": ("800",), "49": ("800",), "52": ("800",), "55": ("800",), "60": ("1800", "1300"), "61": ("1800",),
    "62": ("800",), "63": ("1800",), "64": ("800", "508"), "65": ("800", "1800"), "66": ("1800",),
    "81": ("120", "800"), "82": ("80",), "86": ("800",), "90": ("800",), "91": ("1800",), "351": ("800",),
    "353": ("1800",), "358": ("800",), "420": ("800",), "800": ("",), "852": ("800",), "971": ("800",),
    "972": ("1800",),
}  # fmt: skip
# Written nationally (country unknown), a freephone number after the trunk 0: 0800, 0808, 0508, Japan's 0120
# (0120 + 6 digits; longer numbers after 0120 are ordinary lines elsewhere); without one: 800 (Spain, Italy,
# Portugal, Poland, Czechia, Norway, Hong Kong, China, ...), 1800 (Australia, India, Ireland, South-East Asia),
# 8 800 (Russia). Left out: 080 (Korea, South Africa: Japanese mobiles), 020 (Sweden: London), 06 80 (Hungary).
_TOLL_FREE_TRUNK = re.compile(r"(80[08]|508)[0-9]{4,10}|(120)[0-9]{6}")
_TOLL_FREE_NO_TRUNK = re.compile(r"(800)[0-9]{5,7}|(1800)[0-9]{5,8}|(8800)[0-9]{7}")
_DIGIT_GROUPS = re.compile(r"[0-9]+")


def split_number(value: str) -> tuple[str | None, str, bool]:
    """``(country code, national significant number, trunk)`` of a reported number: the code is ``None`` for a
    number written nationally (its country unknown), except NANP shapes (``1``); ``trunk``: written with the 0.

    >>> split_number("+44 (0)20 7946 0123"), split_number("(415) 555-0142"), split_number("0800 123 4567")
    (('44', '2079460123', False), ('1', '4155550142', False), (None, '8001234567', True))
    """
    plus = value.lstrip().startswith("+")
    groups = _DIGIT_GROUPS.findall(value.replace("(0)", " ") if plus else value)
    digits = "".join(groups)
    if plus or (digits.startswith("00") and digits[2:3] != "0"):
        digits = digits if plus else digits[2:]
        cc = _country_code(digits) or ""
        return cc, digits[len(cc) :], False
    lengths = tuple(len(g) for g in groups)
    if lengths in ((3, 3, 4), (10,)) and (_nanp_ok(digits) or digits[3:8] == "55501"):
        return "1", digits, False  # (any area code before the fictional 555-01xx)
    if lengths == (3, 4) and digits.startswith("55501"):
        return "1", digits, False  # a 7-digit local number
    if lengths in ((1, 3, 3, 4), (11,)) and digits[0] == "1" and _nanp_ok(digits[1:]):
        return "1", digits[1:], False
    if digits.startswith("0"):
        return None, digits[1:], True
    return None, digits, False


def fictional_number(value: str) -> bool:
    """``value`` lies in a range published for drama and examples (NANP 555-01xx, Ofcom, ACMA, ARCEP).

    >>> [fictional_number(v) for v in ("(212) 555-0147", "555-0199", "+44 7700 900123", "0491 570 156")]
    [True, True, True, True]
    >>> [fictional_number(v) for v in ("(212) 555-0247", "555-0200", "+44 7700 912345", "+33 6 12 98 12 34")]
    [False, False, False, False]
    """
    cc, nsn, _ = split_number(value)
    if cc is not None:
        rule = _FICTIONAL.get(cc)
        return rule is not None and rule.fullmatch(nsn) is not None
    return any(_FICTIONAL[c].fullmatch(nsn) for c in ("44", "61", "33"))


def toll_free(value: str) -> bool:
    """``value`` is a freephone number: it reaches a business's call centre, not a person's line.

    >>> [toll_free(v) for v in ("1-800-555-0199", "+44 808 157 0192", "0800 123 4567", "1800 425 1234")]
    [True, True, True, True]
    >>> [toll_free(v) for v in ("(415) 555-0132", "+44 20 7946 0958", "089 1234567", "+91 98765 43210")]
    [False, False, False, False]
    """
    cc, nsn, trunk = split_number(value)
    if cc is not None:
        prefix = next((p for p in _TOLL_FREE.get(cc, ()) if nsn.startswith(p)), None)
    else:
        m = (_TOLL_FREE_TRUNK if trunk else _TOLL_FREE_NO_TRUNK).fullmatch(nsn)
        prefix = m.group(m.lastindex or 0) if m is not None else None
    return prefix is not None and _prefix_not_split(value, len(nsn), len(prefix))


def _prefix_not_split(value: str, nsn_length: int, prefix_length: int) -> bool:
    """The service prefix is written as a group of its own or starts the compact rest of the number: "+65 800 123
    4567" and "08001234567" are freephone, "+65 8000 3965" (a mobile) and "080-8017-7421" (Japanese 080) are not.

    >>> _prefix_not_split("+65 8000 3965", 8, 3), _prefix_not_split("+65 800 123 4567", 10, 3)
    (False, True)
    """
    groups = _DIGIT_GROUPS.findall(value.replace("(0)", " "))
    end = sum(map(len, groups)) - nsn_length + prefix_length  # the prefix's end among all the digits
    pos = 0
    for g in groups:
        pos += len(g)
        if pos >= end:
            return pos == end or g is groups[-1]
    return False


def number_identifies_nobody(value: str) -> bool:
    """The number reaches no person: fictional (:func:`fictional_number`), freephone (:func:`toll_free`) or all
    zeros after the country code.

    >>> number_identifies_nobody("+1 (800) 555-0100"), number_identifies_nobody("+49 30 901820")
    (True, False)
    """
    nsn = split_number(value)[1]
    return not nsn.strip("0") or fictional_number(value) or toll_free(value)
