"""``EMAIL_ADDRESS``: RFC 5322-ish addresses with a dotted domain and an alphabetic top-level domain.

Rejected look-alikes: ``icon@2x.png`` (asset names), ``pkg@1.2.3`` (numeric "TLD"), ``@handles``,
``user@host`` without a dot, and ``git@github.com:org/repo`` (an SSH remote, not a mailbox).

>>> [(d.span.start, d.span.end) for d in EmailRecognizer().analyze("Mail ana.l@example.co.uk.")]
[(5, 24)]
>>> EmailRecognizer().analyze("see logo@2x.png and lodash@4.17.21")
[]
>>> [(d.span.start, d.span.end) for d in EmailRecognizer().analyze('{"email": "bo@example.org"}')]
[(11, 25)]
"""

from __future__ import annotations

import re
from typing import ClassVar

from detectors.pii.features import TextFeatures
from detectors.pii.recognizer import Pattern, PatternRecognizer

__all__ = ["EmailRecognizer", "address_identifies_nobody", "placeholder_address", "reserved_domain", "role_mailbox"]

# RFC 5322 allows more characters in a local part (= ? ' / { } ...), but in free text they glue an
# address to its surroundings (user=bob@x.org in logs, ?email=bob@x.org in URLs), and real mailbox
# names practically never use them: letters, digits and . _ % + - only.
_ATOM = r"[A-Za-z0-9_%+-]+"
_LOCAL = rf"(?:{_ATOM}(?:\.{_ATOM})*|\"[^\"\s@\\]{{1,64}}\")"
_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
# A local part with masking characters ("j****a@gmail.com", "m.•••@x.nl") is a redacted address: its
# unmasked tail ("a@gmail.com") is no address either.
_EMAIL = re.compile(rf"(?<![A-Za-z0-9_%+.*•…-]){_LOCAL}@{_DOMAIN}(?![A-Za-z0-9_-]|\.[A-Za-z0-9])")

# An address obfuscated for human readers: "ana [at] gmail [dot] com", "ana (at) gmail.com", "ana AT gmail DOT com",
# "ana [at] gmail[.]com" (a bracketed dot, as defanged indicators write it), "ana @ gmail [dot] com" (a spaced "@":
# only with a marked dot, see EmailRecognizer._validate_obfuscated). Bracketed markers, or AT/DOT in capitals;
# spoken lower-case "ana at gmail dot com" in a transcript is not one.
_AT = r"(?:[ \t]*[\[({<][ \t]*(?:at|AT)[ \t]*[\])}>][ \t]*|[ \t]+AT[ \t]+|[ \t]+@[ \t]+)"
_MARKED_DOT = r"(?:[ \t]*[\[({<][ \t]*(?:dot|DOT|\.)[ \t]*[\])}>][ \t]*|[ \t]+DOT[ \t]+)"
_DOT = rf"(?:{_MARKED_DOT}|\.)"
_OBFUSCATED = re.compile(
    rf"(?<![\w.%+-]){_ATOM}(?:\.{_ATOM})*{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}[A-Za-z]{{2,24}}(?![\w@-])"
)
_AT_MARK = re.compile(_AT)
_DOT_MARK = re.compile(_MARKED_DOT)
# RFC 3986 percent-encoding of the "@" in a URL query ("reset?email=ana.silva%40gmail.com&token=..."): an address.
_PERCENT_ENCODED = re.compile(
    rf"(?<![\w.%+-])[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*%40{_DOMAIN}(?![A-Za-z0-9_-]|\.[A-Za-z0-9])"
)


def _has_obfuscation_marker(text: str) -> bool:
    """Whether ``text`` holds an obfuscated "at" marker ("AT ", "at]", "at)", "AT]", "AT)", "at }", "at>"): the
    pre-check of the obfuscated pattern. Runs on every text, so each marker is looked for only when the rarer
    character it needs ("AT", a closing bracket) occurs: one-character tests are a fast memchr.

    >>> _has_obfuscation_marker("ana [at] gmail [dot] com"), _has_obfuscation_marker("look at this (twice)")
    (True, False)
    >>> _has_obfuscation_marker("ana @ gmail[.]com"), _has_obfuscation_marker("ana @ gmail.com")
    (True, False)
    """
    if "AT" in text and ("AT " in text or "AT]" in text or "AT)" in text):
        return True
    return (
        ("]" in text and "at]" in text)
        or (")" in text and "at)" in text)
        or ("}" in text and "at }" in text)
        or (">" in text and "at>" in text)
        # "ana @ gmail [dot] com", "ana @ gmail[.]com" (a marked dot is needed)
        or ("@" in text and "@ " in text and " @" in text and ("[" in text or "(" in text or "DOT" in text))
    )


# "TLDs" that are really file extensions (asset names such as logo@2x.png).
_FILE_EXTENSIONS = frozenset(
    [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "pdf", "js", "mjs", "ts", "tsx",
        "jsx", "css", "scss", "html", "htm", "json", "txt", "yaml", "yml", "xml", "csv", "log", "tar", "gz",
        "tgz", "bz2", "xz", "zip", "exe", "dll", "dylib", "so", "bin", "whl", "lock", "map", "mp3", "mp4", "wav"
    ]
)  # fmt: skip
_URL_USERINFO = re.compile(r"://[^\s/?#@\"'<>]*$")  # "https://" + user part, right before the local part
# ... or the password of "scheme://user:password@host", which may hold "#", "?" or "@" when pasted
# unescaped (https://ana:k4C0#Qx@bitbucket.org: "Qx@bitbucket.org" is no mailbox).
_URL_PASSWORD = re.compile(r"://[^\s/@\"'<>]*:[^\s/\"'<>]*$")
# A SIP/SIPS URI whose user part is a telephone number (RFC 3261 19.1.1, "sip:+15551234567@host"):
# the number is a phone, the URI no mailbox.
_SIP_PHONE_USER = re.compile(r"(?i)(?<![\w.+-])sips?:$")
_TELEPHONE_USER = re.compile(r"\+?[0-9][0-9().-]*")
_ASSET_SCALE = re.compile(r"@\d+(?:\.\d+)?x\.", re.IGNORECASE)
# Identifier fields whose values look like addresses: Message-ID/In-Reply-To/References/Content-ID
# headers, postfix ``message-id=<…>``, iCal/vCard ``UID:``. The value (optionally in ``<…>``,
# possibly after earlier ids of a References list) is an identifier, not a mailbox.
_ID_FIELD = re.compile(
    r"(?im)(?:^|[\s;,])(?:(?:x-[\w-]*-)?message-?id|msg-?id|in-reply-to|references|content-id|resent-message-id|"
    r"thread-id|uid)[ \t]*[:=][ \t]*(?:<[^\s<>]*>[ \t,]*)*<?[^\s<>@]*$"
)
_CONTINUATION_HEADER = re.compile(r"(?im)^(?:references|in-reply-to)[ \t]*:")


# Names reserved for documentation and testing (RFC 2606, RFC 6761): no mailbox there belongs to anybody.
_RESERVED_SECOND_LEVEL = frozenset(["example.com", "example.net", "example.org"])
_RESERVED_TLDS = frozenset(["example", "test", "invalid", "localhost"])


# A local part that names nobody: a generic word (optionally numbered: user1) or a placeholder person's name.
# Given names alone are not in it: john24@example.com is how synthetic data writes a person's mailbox.
_PLACEHOLDER_LOCAL = re.compile(
    r"(?i)(?:(?:user|username|you|your|yourname|your[._-]name|yourself|name|first[._-]?name|"
    r"first(?:name)?[._-]last(?:name)?|last[._-]?name|someone|somebody|anyone|anybody|nobody|everyone|me|myself|"
    r"test|tester|test[._-]?user|testing|foo|bar|baz|qux|foo[._-]?bar|example|sample|demo|dummy|placeholder|"
    r"e-?mail|mail|address|admin|administrator)[0-9]*|(?:john|jane)[._-]?doe|joe[._-]?bloggs|"
    r"(?:max|erika)[._-]?mustermann)"
)
# Literal placeholder domains of templates ("name@domain.tld", "you@yourdomain.com").
_PLACEHOLDER_DOMAIN_LABELS = frozenset(["domain", "yourdomain", "your-domain", "mydomain", "yourcompany"])


def placeholder_address(value: str) -> bool:
    """``value`` (``local@domain``) is a template placeholder that identifies nobody (docs/pii.md, labelling policy).

    Both halves must name nobody: a generic local part (user, you, someone, test, foo, admin, jane.doe, ...)
    at a domain reserved for examples (:func:`reserved_domain`) or a literal placeholder domain (``domain.tld``).
    A person-like local part at a reserved domain (``maria.lopez@example.org``) stays an address: synthetic
    records use such addresses for people; a generic word at a real domain (``info@acme.de``) is a real mailbox.

    >>> placeholder_address("user@example.com"), placeholder_address("name@domain.tld")
    (True, True)
    >>> placeholder_address("maria.lopez@example.org"), placeholder_address("info@acme.de")
    (False, False)
    """
    local, _, domain = value.rpartition("@")
    if _PLACEHOLDER_LOCAL.fullmatch(local) is None:
        return False
    labels = domain.lower().split(".")
    return reserved_domain(domain) or labels[-1] == "tld" or labels[0] in _PLACEHOLDER_DOMAIN_LABELS


def reserved_domain(domain: str) -> bool:
    """Whether ``domain`` is (under) a name RFC 2606 / RFC 6761 reserve for examples and tests.

    >>> reserved_domain("mail.example.org"), reserved_domain("corp.test"), reserved_domain("example.co.uk")
    (True, True, False)
    """
    labels = domain.lower().rstrip(".").split(".")
    return labels[-1] in _RESERVED_TLDS or ".".join(labels[-2:]) in _RESERVED_SECOND_LEVEL


# Role accounts: mailboxes that reach a function, not a person. RFC 2142 (postmaster, hostmaster, abuse, noc,
# security, webmaster, info, marketing, sales, support, ...) plus the common system senders and department desks.
_ROLE_WORDS = (
    "postmaster|hostmaster|webmaster|abuse|noc|security|usenet|news|uucp|www|ftp|info|marketing|sales|support|"
    "no-?reply|do-?not-?reply|donotreply|mailer-daemon|daemon|bounces?|notifications?|notify|alerts?|"
    "newsletter|updates|billing|invoices?|accounts?|accounting|payments?|orders?|help|helpdesk|service|"
    "customerservice|customer-?care|care|feedback|contact|enquiries|inquiries|office|admin|hr|jobs|careers|"
    "recruiting|press|media|legal|privacy|compliance|dpo|gdpr|team|hello|ops|devops|it|sysadmin|root|"
    "reception|frontdesk|bookings?|reservations?|returns|shipping|dispatch|finance|procurement|purchasing"
)
_REGIONS = "eu|us|uk|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|ie|ca|au|jp|in|br|mx|apac|emea|latam|na|global|intl"
_ROLE_LOCAL = re.compile(rf"(?i)(?:{_ROLE_WORDS})(?:[._-](?:{_ROLE_WORDS}|{_REGIONS}|desk|dept))*[0-9]*")


def role_mailbox(value: str) -> bool:
    """``value`` (``local@domain``) is a role account (RFC 2142 and common system senders): it reaches a function.

    The whole local part (a ``+tag`` ignored) must be role words, optionally joined by ``. _ -`` or followed by a
    region or a number (``support-de``, ``billing.eu``, ``alerts2``).

    >>> role_mailbox("support@acme.com"), role_mailbox("no-reply@shop.io"), role_mailbox("billing.eu@acme.de")
    (True, True, True)
    >>> role_mailbox("maria.support@acme.com"), role_mailbox("hr.li@acme.com"), role_mailbox("ana@acme.com")
    (False, False, False)
    """
    local = value.rpartition("@")[0].split("+", 1)[0]
    return _ROLE_LOCAL.fullmatch(local) is not None


def address_identifies_nobody(value: str) -> bool:
    """The address reaches no person (the ``identifying`` policy, docs/pii.md "Session 15").

    Any address at a name reserved for examples (:func:`reserved_domain`) or a template's placeholder domain
    (``domain.tld``), and role accounts at any domain (:func:`role_mailbox`).

    >>> address_identifies_nobody("maria.lopez@example.org"), address_identifies_nobody("security@bank.com")
    (True, True)
    >>> address_identifies_nobody("maria.lopez@gmail.com")
    False
    """
    domain = value.rpartition("@")[2]
    labels = domain.lower().split(".")
    return (
        reserved_domain(domain) or labels[-1] == "tld" or labels[0] in _PLACEHOLDER_DOMAIN_LABELS or role_mailbox(value)
    )


class EmailRecognizer(PatternRecognizer):
    """Email addresses (score 1.0 once the domain passes the checks).

    Placeholders (:func:`placeholder_address`: ``user@example.com``, ``name@domain.tld``) are never reported.
    ``reserved_domains_are_pii=False`` drops every address at reserved example/test names
    (:func:`reserved_domain`); the default keeps person-like ones, because synthetic data (Faker) puts
    real-looking people's addresses there and most evaluation sets label them as PII.
    """

    entity = "EMAIL_ADDRESS"
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("email_rfc5322", _EMAIL, 1.0),
        Pattern("email_obfuscated", _OBFUSCATED, 0.9),
        Pattern("email_percent_encoded", _PERCENT_ENCODED, 1.0),
    )

    def __init__(self, reserved_domains_are_pii: bool = True) -> None:
        self.reserved_domains_are_pii = reserved_domains_are_pii

    def quick(self, feats: TextFeatures) -> bool:
        text = feats.text
        return "@" in text or ("%" in text and "%40" in text) or _has_obfuscation_marker(text)

    def active_patterns(self, feats: TextFeatures) -> tuple[Pattern, ...]:
        text = feats.text
        plain, obfuscated, percent = self.patterns
        chosen: tuple[Pattern, ...] = (plain,) if "@" in text else ()
        if _has_obfuscation_marker(text):
            chosen += (obfuscated,)
        return (*chosen, percent) if "%" in text and "%40" in text else chosen

    def validate(self, text: str, start: int, end: int, pattern: Pattern) -> tuple[float, str] | None:
        value = text[start:end]
        if pattern.name == "email_obfuscated":
            return self._validate_obfuscated(value, pattern)
        if pattern.name == "email_percent_encoded":
            value = value.replace("%40", "@", 1)  # the address a URL query carries, decoded
        tld = value.rsplit(".", 1)[1].lower()
        if tld in _FILE_EXTENSIONS or _ASSET_SCALE.search(value):
            return None
        if not self.reserved_domains_are_pii and reserved_domain(value.rsplit("@", 1)[1]):
            return None  # any address at example.com: documentation, nobody's mailbox
        if placeholder_address(value):
            return None  # user@example.com, name@domain.tld: a template placeholder
        # URL userinfo (https://TOKEN@github.com, ftp://user@host): credentials, not a mailbox.
        if _URL_USERINFO.search(text, max(0, start - 300), start) or _URL_PASSWORD.search(
            text, max(0, start - 300), start
        ):
            return None
        if _SIP_PHONE_USER.search(text, max(0, start - 5), start) and _TELEPHONE_USER.fullmatch(
            value, 0, value.index("@")
        ):
            return None
        if self._identifier_field(text, start):
            return None
        # scp/ssh remote syntax: git@github.com:org/repo.git
        if end + 1 < len(text) and text[end] == ":" and not text[end + 1].isspace():
            return None
        return pattern.score, "address with a valid domain"

    def _validate_obfuscated(self, value: str, pattern: Pattern) -> tuple[float, str] | None:
        """``ana [at] gmail [dot] com``: an address written for humans; its parts must read as one, and the
        address it stands for (``ana@gmail.com``) must pass the placeholder and reserved-domain checks.

        >>> rec = EmailRecognizer()
        >>> rec._validate_obfuscated("ana @ gmail [dot] com", rec.patterns[1]) is not None
        True
        >>> rec._validate_obfuscated("ana @ gmail.com", rec.patterns[1])  # a spaced "@" needs a marked dot
        >>> rec._validate_obfuscated("name [at] domain [dot] com", rec.patterns[1])  # a placeholder
        """
        at = _AT_MARK.search(value)
        if at is None:
            return None
        rest = value[at.end() :]
        if "@" in at.group(0) and _DOT_MARK.search(rest) is None:
            return None  # "ana @ gmail.com", "meet @ cafe.de": a spaced "@" counts only with a marked dot
        local, domain = value[: at.start()], _DOT_MARK.sub(".", rest)
        labels = domain.split(".")
        if not any(ch.islower() or ch.isdigit() for ch in local + labels[-2]):
            return None  # "LOOK AT THIS DOT COM": capitals throughout are shouting, not an address
        if labels[-1].lower() in _FILE_EXTENSIONS:
            return None
        address = f"{local}@{domain}"
        if placeholder_address(address) or (not self.reserved_domains_are_pii and reserved_domain(domain)):
            return None  # "name [at] domain [dot] com": a template's placeholder, written for humans
        return pattern.score, "address obfuscated with [at]/(at)/AT/spaced @ and [dot]/[.]/DOT"

    @staticmethod
    def _identifier_field(text: str, start: int) -> bool:
        """The address is (part of) a Message-ID, References, Content-ID or iCal UID value."""
        ls = text.rfind("\n", 0, start) + 1
        if _ID_FIELD.search(text, max(ls, start - 400), start) is not None:
            return True
        # A folded header line ("References: <a@x>\n <b@y>"): the header is on an earlier line.
        if ls > 0 and text[ls : ls + 1] in (" ", "\t") and not text[ls:start].strip(" \t<>,"):
            prev = text.rfind("\n", 0, ls - 1) + 1
            return _CONTINUATION_HEADER.match(text, prev) is not None or (
                text[prev : prev + 1] in (" ", "\t")
                and (_CONTINUATION_HEADER.search(text, max(0, prev - 2000), prev) is not None)
            )
        return False
