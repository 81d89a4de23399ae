"""``IP_ADDRESS``: IPv4 dotted quads and IPv6 addresses (full or compressed), validated.

Version numbers are the classic IPv4 look-alike. A dotted quad is rejected when a version word
("version", "release", "build", "firmware", "driver", "upgrade", "chapter", ``==``, ...) is next to
it, after a product token (``Chrome/120.0.0.1``) or another version (``from 2.1.0 to 3.4.1.22``), when it is part of
a longer dotted sequence or glued to a word (``v1.2.3.4``), when an octet has a leading zero, and
when the first three octets are single digits (``1.2.3.4``, ``5.2.1.40``) unless a network word is near ("ping", "dns",
"host", a ``:port`` suffix, ...). A quad right after ``host:`` (``--add-host=db.internal:10.0.0.5``,
``addr:10.0.0.5``) or in a host mapping (``extra_hosts: - "db:10.0.0.5"``) is an address; after an image name
(``redis:7.2.4.1``) it is a tag. An unbracketed IPv6 ``address:port`` ends before the port.

Prefix notation (``address/len``, docs/pii.md "Session 12"): a network (``10.0.0.0/8``, ``2001:db8::/32``,
or written with a zero last octet/group) is not PII; an address with host bits set and a non-zero last
octet/group (an interface address, ``10.1.2.3/24``) is that host's address; a one-host prefix (``/32``,
``/128``) is an address in a match rule (``allow from``, ``-s``, ``deny``) and notation elsewhere
(``Address = 10.0.0.2/32``). The span is the address without ``/len``.

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

import ipaddress
import re
from typing import ClassVar

from detectors.pii.features import TextFeatures
from detectors.pii.fields import field_of
from detectors.pii.id_context import IP_WORDS, field_kind
from detectors.pii.recognizer import ContextWords, Pattern, PatternRecognizer
from detectors.pii.validators import ipv4_valid, ipv6_valid

__all__ = ["IpAddressRecognizer", "address_identifies_nobody", "no_host_v4", "public_resolver", "special_purpose"]

_IPV4 = re.compile(r"[0-9](?<![\w.-][0-9])[0-9]{0,2}(?:\.[0-9]{1,3}){3}(?![\w]|[.-]\w)", re.A)
# A colon right before a dotted quad: "host:ip" (``--add-host=db.internal:10.0.0.5``, ``addr:10.0.0.5``)
# is an address; after an IPv6 prefix (``::ffff:``, ``64:ff9b::``) or a number (``12:10.1.1.1``) it is not.
_COLON_OWNER = re.compile(r"(?:^|[^\w.-])([\w.-]*):$")  # the token before the colon
_HEXISH = re.compile(r"[0-9A-Fa-f:]*")
# A host mapping names the pairs after it "name:address" (docker-compose ``extra_hosts``, ``--add-host``,
# Kubernetes ``hostAliases``, a hosts file).
_HOST_MAP = re.compile(r"(?i)(?<![a-z])(?:add[_-]?host|host[_-]?aliases|(?:extra[_-]?)?hosts)(?![a-z])")
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
    r"(?![\w]|:(?![0-9]{2,5}(?![\w:.]))[\w:])"
)
_QUICK_V6 = re.compile(r":[0-9A-Fa-f]{0,4}:")
# Prefix notation "address/len" (not "10.0.0.1/admin", a URL path; not "1.2.3.4/5.6").
_PREFIX = re.compile(r"/([0-9]{1,3})(?![\w]|\.[0-9])")
# A firewall / ACL match right before the address: "allow from", "deny", "-s", "--source", "src=".
_MATCH_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:from|allow|deny|block|permit|reject|drop|ban|-s|-d|--src|--dst|--source|--destination|"
    r"src|dst|source|destination)(?:\s+|\s*[=:]\s*)$"
)
# A field holding the addresses a rule matches: allow lists, ingress rules, CIDR match keys ("allowed_cidr",
# AWS ``"CidrIp"``, Kubernetes ``loadBalancerSourceRanges``); its one-host prefix (/32, /128) names that host.
_MATCH_FIELD = re.compile(r"(?i)allow|cidr|ingress|source_?ranges?")

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
    r"update|updated|downgrade|downgraded|rollback|roll(?:ing|ed|s)? back|revert|reverted|reverting|install|"
    r"installed|package|pkg|plugin|changelog|tag|bump(?:s|ed|ing)?|"
    # the same in other languages ("actualizo de", "στην έκδοση", "версия", "バージョン")
    r"versi[oó]n|versão|versione|wersj[ai]|verze|versie|versiunea|versiune|verzió|sürüm(?:ü)?|верси[яиюі]|έκδοση[ςσ]?|バージョン|版本|버전|"
    r"संस्करण|إصدار|الإصدار|phiên bản|actualiz(?:o|a|ar|ado|ada|é)|atualiz(?:o|a|ar|ei|ado|ada)|"
    r"aggiorn(?:o|a|are|ato|ata)|aktualisier(?:e|t|en)|обнов(?:ить|ил|ила|ление|ления|лю)|αναβάθμιση|"
    r"güncelle(?:dim|me|yin)?)\b\.?"
    r"(?:\s+(?:notes?|candidate|number|tag|branch|image|string|level|channel|history|series|line|train))?|"
    r"§|==|[<>~!]=|[\^~]|"
    r"(?<![\w/:.])(?!localhost/)[A-Za-z][\w+-]*/|"
    r"(?<![\w.])v?[0-9]+(?:\.[0-9]+){1,2}(?:-[\w.]+)?\s*(?:\b(?:to|a|à|auf|naar|na|до)\b|->|→))"
    r"(?:\s*(?:\b(?:is|was|now|string|number|no|of|to|from|at|de|la|el|a|à|von|auf|zu|на|до|с|στην|στο|σε)\b|"
    r"[:=#]))*\s*$"
)
# A version word on the same line, not inside a file name or path ("ssh deploy@10.0.0.5 ./release.sh"); or
# "or later"/"or newer" ("requires .NET 4.8.1.2 or later").
_VERSION_AFTER = re.compile(
    r"(?i)^(?:[^\n]{0,20}(?<![\w./-])(?:version|release|build)\b(?![.-]\w)|\+?\s+(?:or|and)\s+(?:later|newer|higher|above|up)\b)"
)
# A version word right after the quad in other languages ("a 12.4.17.29 verzióra", "naar 9.6.19.80 versie"), or
# glued to it in Chinese/Japanese/Korean ("升级到10.5.5.133版本", "10.2.3.44バージョン").
_VERSION_AFTER_INTL = re.compile(
    r"(?i)^(?:[ \t]+(?:verzió\w*|versie|versiun\w*|versi[oó]n\w*|versão|versione|wersj\w*|verze|sürüm\w*|"
    r"верси\w*|έκδοση)|[ \t]?(?:版本|版|バージョン|버전))"
)
# A release heading of a changelog (Keep a Changelog: "## [1.7.10.82] - 2023-09-16", "## 1.7.10.82 — September
# 16, 2023"): the quad opens a Markdown heading and a dash or bracket and a date follow it.
_HEADING_BEFORE = re.compile(r"(?m:^)#{1,6}[ \t]+\[?v?$")
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_HEADING_DATE_AFTER = re.compile(
    r"^\]?[ \t]+(?:[—–-]+|\()[ \t]*(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[ \t]+"
    + _MONTH
    + "|"
    + _MONTH
    + r"[a-z]*\.?[ \t]+[0-9])"
)
# Software a host runs ("api-29.prod running 6.7.14.33"), a tracker's "Affects Version/s" field ("Affects:
# 6.4.15.160"): a version right before the quad.
_RUNS_BEFORE = re.compile(r"(?i)(?:\brunning[ \t]+v?|\baffects?(?:[ \t]+versions?(?:/s)?)?[ \t]*:[ \t]*)$")
# A short commit hash in parentheses right after it ("deployed 12.7.11.31 (53dc131) to staging"): a build.
_COMMIT_AFTER = re.compile(r"^[ \t]+\((?=[0-9]{0,39}[a-f])[0-9a-f]{7,40}\)")
# "from <quad> to <x>": a version range when x is a version that is no address (3.0.0, 2024.4.4, 10.0.17052.4).
_TO_AFTER = re.compile(r"^\s*(?:to|->|→)\s+v?([0-9]+(?:\.[0-9]+){2,})(?![\w.-]?[\w])")
# "<quad> to <quad>" before this one: a range whose first end decides ("from 6.4.5.5 to 7.2.0.24").
_FROM_QUAD_TO = re.compile(r"\bfrom\s+([0-9]{1,3}(?:\.[0-9]{1,3}){3})\s*(?:\bto\b|->|→)\s*$")
# A key before the quad ("agent=", "agent: "): a version when the text calls the key's values versions
# ("Are the agent versions consistent?").
_KEY_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z0-9_-]{1,30})[\"']?\s*[=:]\s*[\"']?$")
# A quad right followed by ":<port>" is an address: a later "build v1.2" on the line is another token's.
_PORT_AFTER = re.compile(r"^:(?:[1-9][0-9]{0,4})\b(?![.:])")
# A key naming a version ("versionId", "app_version", "X-Api-Version") or a dependency bump
# ("bump urllib3 to", "pinned lxml from 4.9 to"): the quad is a version, not an address.
_VERSION_KEY = re.compile(
    r"(?i)(?:[\w-]*version[\w-]*[\"']?\s*[:=(]\s*[\"']?|"
    r"\b(?:bump(?:s|ed)?|pin(?:s|ned)?|upgrade[sd]?|update[sd]?|downgrade[sd]?)\s+[\w.\[\]-]+"
    r"(?:\s+from\s+\S+)?\s+to\s+|"
    r"\b(?:upgrad|downgrad)(?:e[sd]?|ing)(?:\s+[\w.\[\]-]+){1,3}\s+to\s+)$"
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
            return self._validate_v6(text, start, end, pattern)
        if not ipv4_valid(value):
            return None
        if value.startswith(("127.", "0.0.0.0", "255.")) and no_host_v4(value):
            return None  # loopback, unspecified, a netmask: identifies no device (labelling policy)
        if text[end : end + 1] == "/" and not _prefixed_host(text, start, end, value):
            return None
        if self._version_quad(text, start, end):
            return None
        if start >= 6 and text[start - 1] in "=: \"'" and "ersion" in text and _key_versions(text, start):
            return None
        near = text[max(0, start - 40) : start].lower()
        if ("version" in near or " to " in near) and _VERSION_KEY.search(near):
            return None
        host_colon = start > 0 and text[start - 1] == ":"
        if host_colon:
            owner = _COLON_OWNER.search(text, max(0, start - 64), start)
            if owner is None:
                return None
            name = owner.group(1)
            ipv6_head = _HEXISH.fullmatch(name) is not None and text[owner.start(1) - 1 : owner.start(1)] == ":"
            if not name or name.isdigit() or ipv6_head:
                return None  # "::ffff:10.0.0.1" (the IPv6 pattern's), "12:10.1.1.1"
            if name.lower() in ("tcp", "udp"):
                return 0.95, "valid IPv4 address after a transport prefix (Server=tcp:address,port)"
            if (
                text[owner.start(1) - 1 : owner.start(1)] in ("/", "@")
                or "image" in text[max(0, start - 60) : start].lower()
            ):
                return None  # an image reference "ghcr.io/acme/api:1.40.69.219": a tag
            if text[end : end + 8] == "@sha256:":
                return None  # "nginx:7.1.2.3@sha256:...": an image pinned by digest
            if not (
                _HOST_NAME.fullmatch(name)
                or re.split(r"[_.-]", name.lower())[-1] in _ADDRESS_KEYS
                or _HOST_MAP.search(text, max(0, owner.start(1) - 120), owner.start(1))
            ):
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
        # 1.2.3.4 or 5.2.1.40 (three leading single-digit octets) is far more often a version than an
        # address: require a network word.
        single_digits = all(len(octet) == 1 for octet in value.split(".")[:3])
        if single_digits and (self.context is None or self.context.find(text, start, end) is None):
            return None
        return pattern.score, "valid IPv4 address (four octets 0-255, no leading zeros)"

    @staticmethod
    def _version_quad(text: str, start: int, end: int) -> bool:
        """The dotted quad at ``text[start:end]`` is a version by the words or versions next to it."""
        after = text[end:]
        if _VERSION_BEFORE.search(text, max(0, start - 25), start) or (
            _VERSION_AFTER.match(after) and not _PORT_AFTER.match(after)
        ):
            return True
        if _VERSION_AFTER_INTL.match(after) or _COMMIT_AFTER.match(after):
            return True
        if _RUNS_BEFORE.search(text, max(0, start - 30), start):
            return True
        if (
            text[start - 1 : start] in (" ", "\t", "[", "v")
            and _HEADING_BEFORE.search(text, max(0, start - 12), start)
            and _HEADING_DATE_AFTER.match(after)
        ):
            return True  # "## 1.7.10.82 — September 16, 2023": a release heading
        to = _TO_AFTER.match(after) if "to" in after[:4] or "-" in after[:4] or "→" in after[:4] else None
        if to is not None and not ipv4_valid(to.group(1)):
            return True  # "from 7.2.9.98 to 3.0.0": the other end is a version, not an address
        if " to" in text[max(0, start - 6) : start] or "→" in text[max(0, start - 4) : start]:
            first = _FROM_QUAD_TO.search(text, max(0, start - 30), start)
            if first is not None and _VERSION_BEFORE.search(text, max(0, first.start(1) - 25), first.start(1)):
                return True  # "upgraded from 6.4.5.5 to 7.2.0.24": the range's first end is a version
        return False

    def _validate_v6(self, text: str, start: int, end: int, pattern: Pattern) -> tuple[float, str] | None:
        value = text[start:end]
        if not ipv6_valid(value):
            return None
        if value.endswith(("::", ":0", ":1")) and ipaddress.IPv6Address(value) in _NO_HOST_V6:
            return None  # ::1 (loopback), :: (unspecified): identify no device (labelling policy)
        if text[end : end + 1] == "/" and not _prefixed_host(text, start, end, value):
            return None
        hex_digits = sum(ch not in ":." for ch in value)
        if value != "::1" and hex_digits < 3:
            return None
        if "::" not in value and value.count(":") != 7 and "." not in value:
            return None
        return pattern.score, "valid IPv6 address"


_NO_HOST_V6 = (ipaddress.IPv6Address("::1"), ipaddress.IPv6Address("::"))


def no_host_v4(value: str) -> bool:
    """A valid dotted quad that names no device (docs/pii.md, labelling policy).

    Loopback (127.0.0.0/8: every machine's own), unspecified (0.0.0.0: "any"/"none") and netmasks (255. followed
    by contiguous one bits, 255.255.240.0: a mask, never a host). 255.255.255.255 is left alone.

    >>> [no_host_v4(v) for v in ("127.0.0.1", "127.0.1.1", "0.0.0.0", "255.255.240.0", "255.0.0.0")]
    [True, True, True, True, True]
    >>> [no_host_v4(v) for v in ("10.0.0.1", "255.255.255.255", "255.255.0.255", "255.1.2.3", "0.0.0.1")]
    [False, False, False, False, False]
    """
    if value.startswith("127.") or value == "0.0.0.0":
        return True
    if not value.startswith("255."):
        return False
    n = int(ipaddress.IPv4Address(value))
    host_bits = ~n & 0xFFFFFFFF
    return host_bits != 0 and host_bits & (host_bits + 1) == 0


def _prefixed_host(text: str, start: int, end: int, value: str) -> bool:
    """``value`` is followed by "/len": whether it still names one host (docs/pii.md, Session 12).

    A network address (no host bits set, or written with a zero last octet/group: "172.18.0.0/12") is not
    one host; an address with host bits set and a non-zero last octet/group ("10.1.2.3/24" on an interface)
    is; a one-host prefix (/32, /128) is an address in a match rule ("allow from", "-s", "deny", or the value
    of an allow-list / CIDR key: ``allowed_cidr = "…/32"``, ``"CidrIp": "…/32"``) only.

    >>> t = 'allowed_cidr = "203.0.113.7/32"'
    >>> _prefixed_host(t, 16, 27, "203.0.113.7"), _prefixed_host("Address = 10.4.0.9/32", 10, 18, "10.4.0.9")
    (True, False)
    """
    m = _PREFIX.match(text, end)
    if m is None:
        return not "0" <= text[end + 1 : end + 2] <= "9"  # "10.0.0.1/admin" is a URL path; "1.2.3.4/5.6" no prefix
    try:
        iface = ipaddress.ip_interface(f"{value}/{m.group(1)}")
    except ValueError:
        return False  # a prefix length beyond the address size
    ip, net = iface.ip, iface.network
    if net.prefixlen == net.max_prefixlen:
        if _MATCH_BEFORE.search(text, max(0, start - 16), start) is not None:
            return True
        field = field_of(text, start)  # an allow-list / ingress key: "allowed_cidr", AWS "CidrIp", "sourceRanges"
        return field is not None and _MATCH_FIELD.search(field.name) is not None
    last = int(ip) & (0xFF if ip.version == 4 else 0xFFFF)
    return ip != net.network_address and last != 0


def _key_versions(text: str, start: int) -> bool:
    """The quad's key ("agent=") is named as holding versions elsewhere in the text ("agent versions")."""
    key = _KEY_BEFORE.search(text, max(0, start - 40), start)
    if key is None:
        return False
    name = key.group(1)
    if re.split(r"[_.-]", name.lower())[-1] in _ADDRESS_KEYS:
        return False  # "ip=10.0.0.1 ... IP version 4": an address key keeps its address
    return re.search(rf"(?i)(?<![\w-]){re.escape(name)}[ _-]?versions?\b", text) is not None


# Ranges whose addresses name no host on the public Internet: this network and unspecified (RFC 1122), private
# (RFC 1918), shared CGNAT space (RFC 6598), loopback, link-local (RFC 3927), IETF protocol assignments (RFC 6890),
# documentation (RFC 5737), benchmarking (RFC 2544), multicast (RFC 5771) and reserved/broadcast (RFC 1112);
# IPv6 unspecified, loopback, discard (RFC 6666), documentation (RFC 3849, RFC 9637), unique local (RFC 4193),
# link-local and multicast (RFC 4291).
_SPECIAL_PURPOSE = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
        "224.0.0.0/4", "240.0.0.0/4",
        "::/128", "::1/128", "100::/64", "2001:db8::/32", "3fff::/20", "fc00::/7", "fe80::/10", "ff00::/8",
    )
)  # fmt: skip
# Well-known public anycast DNS resolvers (Google, Cloudflare, Quad9, OpenDNS, AdGuard, Level 3, Yandex): every
# client on the Internet uses them, so they tell nothing about who wrote the text.
_PUBLIC_RESOLVERS = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "8.8.8.8", "8.8.4.4", "2001:4860:4860::8888", "2001:4860:4860::8844",
        "1.1.1.1", "1.0.0.1", "1.1.1.2", "1.0.0.2", "1.1.1.3", "1.0.0.3", "2606:4700:4700::1111",
        "2606:4700:4700::1001",
        "9.9.9.9", "149.112.112.112", "9.9.9.10", "149.112.112.10", "9.9.9.11", "149.112.112.11", "2620:fe::fe",
        "2620:fe::9",
        "208.67.222.222", "208.67.220.220", "2620:119:35::35", "2620:119:53::53",
        "94.140.14.14", "94.140.15.15", "4.2.2.1", "4.2.2.2", "77.88.8.8", "77.88.8.1",
    )
)  # fmt: skip


def _parse(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped  # "::ffff:10.0.0.1" is 10.0.0.1
    return ip


def special_purpose(value: str) -> bool:
    """``value`` lies in a special-purpose range that names no public host (private, CGNAT, ULA, link-local,
    loopback, documentation, benchmarking, multicast, reserved).

    >>> [special_purpose(v) for v in ("10.1.2.3", "100.72.0.9", "fd12:3456::1", "224.0.0.251", "198.51.100.7")]
    [True, True, True, True, True]
    >>> [special_purpose(v) for v in ("81.2.69.160", "2a00:1450:4001:82a::200e", "100.128.0.1", "not an ip")]
    [False, False, False, False]
    """
    ip = _parse(value)
    return ip is not None and any(ip in net for net in _SPECIAL_PURPOSE if net.version == ip.version)


def public_resolver(value: str) -> bool:
    """``value`` is a well-known public anycast DNS resolver.

    >>> public_resolver("8.8.8.8"), public_resolver("2606:4700:4700::1111"), public_resolver("8.8.8.9")
    (True, True, False)
    """
    ip = _parse(value)
    return ip is not None and ip in _PUBLIC_RESOLVERS


def address_identifies_nobody(value: str) -> bool:
    """The address names no device of a person or organisation (the ``identifying`` policy, docs/pii.md
    "Session 15"): a special-purpose range (:func:`special_purpose`) or a public resolver (:func:`public_resolver`).

    >>> address_identifies_nobody("192.168.1.20"), address_identifies_nobody("1.1.1.1")
    (True, True)
    >>> address_identifies_nobody("81.2.69.160")
    False
    """
    return special_purpose(value) or public_resolver(value)
