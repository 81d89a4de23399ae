"""``IP_ADDRESS``: IPv4 dotted quads and IPv6 addresses (full or compressed), validated.

Version numbers are the classic IPv4 look-alike. A dotted quad is rejected when a version word
("version", "release", "build", "firmware", "driver", "upgrade", "chapter", ``==``, ...) is next to
it, after a product token (``Chrome/120.0.0.1``) or another version (``from 2.1.0 to 3.4.1.22``), when it is part of
a longer dotted sequence or glued to a word (``v1.2.3.4``), when an octet has a leading zero, and
when every octet is a single digit (``1.2.3.4``) unless a network word is near ("ping", "dns",
"host", a ``:port`` suffix, ...). Network prefixes with a ``/len`` suffix are not addresses. A quad right
after ``host:`` (``--add-host=db.internal:10.0.0.5``, ``addr:10.0.0.5``) is an address; after an image name
(``redis:7.2.4.1``) it is a tag. An unbracketed IPv6 ``address:port`` ends before the port.

>>> rec = IpAddressRecognizer()
>>> [(d.span.start, d.span.end) for d in rec.analyze("ssh root@203.0.113.9 -p 22")]
[(9, 20)]
>>> rec.analyze("upgrade to release 1.2.3.4 or v2.10.0.1")
[]
>>> rec.analyze('{"buildVersion": "7.14.200.31"} and: bump grpcio to 1.62.18.240')
[]
>>> [(d.span.start, d.span.end) for d in rec.analyze("ping [2001:db8::1]:443")]
[(6, 17)]
"""

from __future__ import annotations

import re
from typing import ClassVar

from detectors.pii.features import TextFeatures
from detectors.pii.fields import field_of
from detectors.pii.id_context import IP_WORDS, field_kind
from detectors.pii.recognizer import ContextWords, Pattern, PatternRecognizer
from detectors.pii.validators import ipv4_valid, ipv6_valid

__all__ = ["IpAddressRecognizer"]

_IPV4 = re.compile(r"[0-9](?<![\w.-][0-9])[0-9]{0,2}(?:\.[0-9]{1,3}){3}(?![\w]|[.-]\w|/[0-9])", re.A)
# A colon right before a dotted quad: "host:ip" (``--add-host=db.internal:10.0.0.5``, ``addr:10.0.0.5``)
# is an address; after an IPv6 prefix (``::ffff:``, ``64:ff9b::``) or a number (``12:10.1.1.1``) it is not.
_COLON_OWNER = re.compile(r"(?:^|[^\w.-])([\w.-]*):$")  # the token before the colon
_HEXISH = re.compile(r"[0-9A-Fa-f:]*")
_HOST_NAME = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*")  # db.internal, cache.local, lb1.example.org
_ADDRESS_KEYS = frozenset(
    ["ip", "ipv4", "addr", "address", "host", "hostname", "server", "dns", "nameserver", "gateway", "peer", "src",
     "dst", "source", "destination", "remote", "client", "upstream", "proxy", "bind", "listen", "inet"]
)  # fmt: skip
# A colon right after the address is punctuation when no word or colon follows it ("64 bytes from
# 2001:db8::7: icmp_seq=1", "peer fe80::1: down"). An unbracketed ``address:port`` (HAProxy, fail2ban:
# ``2400:cb00:395c::92e6:dc82:12459``) ends the address before a port that no hextet can be: five
# digits, or a ninth group after eight. (``fe80::1:443`` stays one address: it is a valid one.)
_IPV6 = re.compile(
    r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}(?:\.\d+){0,3})?(?<![0-9A-Fa-f]:)"
    r"(?![\w]|:(?![0-9]{2,5}(?![\w:.]))[\w:]|/\d)"
)
_QUICK_V6 = re.compile(r":[0-9A-Fa-f]{0,4}:")

_NETWORK_WORDS = ContextWords(
    ("ip", "ips", "ipv4", "ipv6", "address", "addr", "host", "hostname", "server", "ping", "dns", "resolver",
     "nameserver", "gateway", "router", "subnet", "netmask", "route", "traceroute", "ssh", "curl", "wget",
     "http", "https", "connect", "connection", "client", "peer", "firewall", "allow", "deny", "block",
     "blocked", "proxy", "listen", "listens", "bind", "interface", "lan", "wan", "nat", "vpn", "port",
     "localhost", "upstream", "node", "a record", "aaaa", "inet", "dhcp", "lease", "from", "login",
     "logged in", "attacker", "remote", "source", "destination", "src", "dst"),
    before=40,
    after=25,
)  # fmt: skip
_VERSION_BEFORE = re.compile(
    r"(?i)(?:\b(?:version|ver|release|rel|build|firmware|fw|kernel|chapter|section|sect|oid|revision|rev|"
    r"patch|sdk|api level|v|driver|bios|windows|android|ios|macos|chrome|firefox|safari|upgrade|upgraded|"
    r"update|updated|downgrade|downgraded|rollback|install|installed|package|pkg|plugin)\b\.?"
    r"(?:\s+(?:notes?|candidate|number|tag|branch|image|string|level|channel|history|series|line|train))?|"
    r"§|==|[<>~!]=|[\^~]|"
    r"(?<![\w/:.])(?!localhost/)[A-Za-z][\w+-]*/|(?<![\w.])v?[0-9]+(?:\.[0-9]+){1,2}(?:-[\w.]+)?\s*(?:\bto\b|->|→))"
    r"(?:\s*(?:\b(?:is|was|now|string|number|no|of|to|from|at)\b|[:=#]))*\s*$"
)
_VERSION_AFTER = re.compile(r"(?i)^[^\n]{0,20}\b(?:version|release|build)\b")  # same line only
# A quad right followed by ":<port>" is an address: a later "build v1.2" on the line is another token's.
_PORT_AFTER = re.compile(r"^:(?:[1-9][0-9]{0,4})\b(?![.:])")
# A key naming a version ("versionId", "app_version", "X-Api-Version") or a dependency bump
# ("bump urllib3 to", "pinned lxml from 4.9 to"): the quad is a version, not an address.
_VERSION_KEY = re.compile(
    r"(?i)(?:[\w-]*version[\w-]*[\"']?\s*[:=]\s*[\"']?|"
    r"\b(?:bump(?:s|ed)?|pin(?:s|ned)?|upgrade[sd]?|update[sd]?|downgrade[sd]?)\s+[\w.\[\]-]+"
    r"(?:\s+from\s+\S+)?\s+to\s+)$"
)


class IpAddressRecognizer(PatternRecognizer):
    """IPv4 (0.6, network context 0.95) and IPv6 (0.85, context 1.0) addresses."""

    entity = "IP_ADDRESS"
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("ipv4", _IPV4, 0.6, min_digits=4),
        Pattern("ipv6", _IPV6, 0.85),
    )
    context = _NETWORK_WORDS

    def quick(self, feats: TextFeatures) -> bool:
        text = feats.text
        if feats.quads:
            return True
        # IPv6: "::" (compressed) or the full form's seven colons; times ("10:30:00") have two.
        colons = text.count(":")
        return colons >= 2 and ("::" in text or (colons >= 7 and _QUICK_V6.search(text) is not None))

    def validate(self, text: str, start: int, end: int, pattern: Pattern) -> tuple[float, str] | None:
        value = text[start:end]
        if pattern.name == "ipv6":
            return self._validate_v6(value, pattern)
        if not ipv4_valid(value):
            return None
        after = text[end:]
        if _VERSION_BEFORE.search(text, max(0, start - 25), start) or (
            _VERSION_AFTER.match(after) and not _PORT_AFTER.match(after)
        ):
            return None
        near = text[max(0, start - 40) : start].lower()
        if ("version" in near or " to " in near) and _VERSION_KEY.search(near):
            return None
        host_colon = start > 0 and text[start - 1] == ":"
        if host_colon:
            owner = _COLON_OWNER.search(text, max(0, start - 64), start)
            if owner is None or _HEXISH.fullmatch(owner.group(1)) is not None:
                return None  # "::ffff:10.0.0.1" (the IPv6 pattern's), "12:10.1.1.1"
            if (
                text[owner.start(1) - 1 : owner.start(1)] in ("/", "@")
                or "image" in text[max(0, start - 60) : start].lower()
            ):
                return None  # an image reference "ghcr.io/acme/api:1.40.69.219": a tag
            name = owner.group(1)
            if not (_HOST_NAME.fullmatch(name) or re.split(r"[_.-]", name.lower())[-1] in _ADDRESS_KEYS):
                return None  # "redis:7.2.4.1", "node:18.19.1.0": an image tag; a host name or address key is needed
        port_or_url = text[end : end + 1] == ":" or text[max(0, start - 3) : start] == "://"
        if port_or_url:
            return 0.95, "valid IPv4 address followed by a port or inside a URL"
        field = field_of(text, start)
        kind = field_kind(field.name, IP_WORDS) if field is not None else None
        if kind is not None and kind[0] == "version":
            return None  # "tag: 13.27.49.237" under "image:", "appVersion", a "build" column
        if host_colon:
            return 0.95, "valid IPv4 address after a host name and a colon (host:address)"
        if kind is not None and kind[0] == "entity":
            return 0.95, f"valid IPv4 address in the field {field.name!r}"  # type: ignore[union-attr]
        # 1.2.3.4 is far more often a version than an address: require a network word.
        single_digits = all(len(octet) == 1 for octet in value.split("."))
        if single_digits and (self.context is None or self.context.find(text, start, end) is None):
            return None
        return pattern.score, "valid IPv4 address (four octets 0-255, no leading zeros)"

    @staticmethod
    def _validate_v6(value: str, pattern: Pattern) -> tuple[float, str] | None:
        if not ipv6_valid(value):
            return None
        hex_digits = sum(ch not in ":." for ch in value)
        if value != "::1" and hex_digits < 3:
            return None
        if "::" not in value and value.count(":") != 7 and "." not in value:
            return None
        return pattern.score, "valid IPv6 address"
