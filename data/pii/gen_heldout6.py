"""Generate held-out set v6 for the PII detector (session 5): ``data/pii/eval_heldout6.jsonl``.

Written fresh after the session-5 fixes were final, without reusing v1-v5 templates: 27 new
document shapes (vCards, fixed-width shipping manifests, whitespace-aligned pandas prints, TSV CRM
exports, SWIFT-style payment messages, iptables logs, HL7/FHIR-like JSON, quoted e-mail replies,
GitHub Actions logs, Ansible INI inventories, HTML form dumps, travel bookings, payment webhooks,
French insurance letters, real-estate listings, attendee lists, commit trailers, 2FA/SMS logs, German,
Czech, Turkish, Romanian, Hungarian and Finnish support texts, LLM extraction prompts,
research-metadata look-alikes, fleet reports, Kubernetes ConfigMaps, ...), new locales
(phonenumbers regions ZA NG KE EG MA TR GR RO HU CZ FI IE NZ SG MY TH PH ID CO AR CL PE MX IL AE UA HR LT IS LU; Faker names in 30
Latin-script locales) and new look-alike kinds (Canadian SINs, NPIs, ORCIDs, DOIs, arXiv ids,
ISBN-10s, ISSNs, VINs, container numbers, e-ticket numbers, PNRs, sort codes, ABA routing numbers,
BICs, HS codes, masked cards, ZIP+4, coordinates, OIDs, CIDRs, MACs, 2FA codes, docker
digests, semver ranges, national ids (DNI, PESEL, Steuer-ID, CNPJ), fixed-width part numbers,
Luhn-valid order/invoice ids in new label contexts, bad-checksum IBANs, invalid SSNs, non-Luhn
card-shaped runs, dates/timestamps, UUIDs, hashes, versions).

Gold conventions as v3-v5 (docs/pii.md, *Gold annotation rules*); RFC 3966 ``tel:`` URIs are
labelled *without* the ``tel:`` prefix (v5 got this wrong). Every gold value is re-checked here:
Luhn, mod-97 + registry length, SSA rules, ``ipaddress``, ``phonenumbers.is_valid_number``.

Usage: ``.venv/bin/python data/pii/gen_heldout6.py`` (writes the file and prints its sha256).
Needs the dev extra (``faker==40.54.0``, ``phonenumbers==9.0.43``).
"""

# ruff: noqa: E501  (templates read best as one builder chain per line)
from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import random
import string
import uuid
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

OUT = Path(__file__).resolve().parent / "eval_heldout6.jsonl"
SEED = 6_2026_1123
PER_TEMPLATE = 30

NAME_LOCALES = (
    "en_NZ", "en_IE", "tr_TR", "ro_RO", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "fi_FI", "da_DK",
    "no_NO", "sv_SE", "cs_CZ", "sk_SK", "pl_PL", "pt_BR", "es_MX", "es_AR", "es_CO", "fr_CA", "de_CH",
    "it_IT", "nl_BE", "en_IN", "id_ID", "fil_PH", "yo_NG", "de_AT", "pt_PT",
)  # fmt: skip
REGIONS = (
    "ZA", "NG", "KE", "EG", "MA", "TR", "GR", "RO", "HU", "CZ", "FI", "IE", "NZ", "SG", "MY", "TH", "PH",
    "ID", "CO", "AR", "CL", "PE", "MX", "IL", "AE", "UA", "HR", "LT", "IS", "LU",
)  # fmt: skip
# IBAN registry: country -> (length, BBAN layout: n = digit, a = upper-case letter, c = alphanumeric).
IBAN_LAYOUT = {
    "TR": (26, "nnnnnnnnnnnnnnnnnnnnnn"), "RO": (24, "aaaacccccccccccccccc"), "HR": (21, "nnnnnnnnnnnnnnnnn"),
    "LT": (20, "nnnnnnnnnnnnnnnn"), "LV": (21, "aaaaccccccccccccc"), "EE": (20, "nnnnnnnnnnnnnnnn"),
    "FI": (18, "nnnnnnnnnnnnnn"), "DK": (18, "nnnnnnnnnnnnnn"), "CZ": (24, "nnnnnnnnnnnnnnnnnnnn"),
    "SK": (24, "nnnnnnnnnnnnnnnnnnnn"), "HU": (28, "nnnnnnnnnnnnnnnnnnnnnnnn"), "GR": (27, "nnnnnnncccccccccccccccc"),
    "SI": (19, "nnnnnnnnnnnnnnn"), "LU": (20, "nnnccccccccccccc"), "IE": (22, "aaaannnnnnnnnnnnnn"),
    "AE": (23, "nnnnnnnnnnnnnnnnnnn"), "IL": (23, "nnnnnnnnnnnnnnnnnnn"), "IS": (26, "nnnnnnnnnnnnnnnnnnnnnn"),
    "MT": (31, "aaaannnnncccccccccccccccccc"), "CY": (28, "nnnnnnnncccccccccccccccc"),
}  # fmt: skip


# ------------------------------------------------------------------------------------- checks
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def iban_mod97(iban: str) -> int:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def ssn_ok(ssn: str) -> bool:
    d = ssn.replace("-", "").replace(" ", "")
    area, group, serial = d[:3], d[3:5], d[5:]
    return (
        len(d) == 9
        and area not in ("000", "666")
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
        and len(set(d)) > 1
        and d not in ("078051120", "219099999", "457555462", "123456789")
    )


# ----------------------------------------------------------------------------------- document
class Doc:
    """Text built piece by piece; PII and look-alike pieces record their offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict[str, object]] = []
        self.looks: list[dict[str, object]] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, typ: str, value: str) -> Doc:
        assert value == value.strip() and value, (typ, value)
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(value), "text": value})
        return self.t(value)

    def x(self, kind: str, value: str) -> Doc:
        self.looks.append({"kind": kind, "start": self.n, "end": self.n + len(value), "text": value})
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


class Gen:
    """Value generators (seeded)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in NAME_LOCALES}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + i)
        self.en = Faker("en_US")
        self.en.seed_instance(seed - 1)

    # ---- PII
    def name(self, full: bool = True) -> str:
        f = self.fakers[self.r.choice(NAME_LOCALES)]
        first = f.first_name().split()[0]
        if not full:
            return first
        return f"{first} {f.last_name()}"

    def email(self, name: str | None = None) -> str:
        r = self.r
        if name and r.random() < 0.6:
            base = name.lower()
            base = "".join(ch for ch in base if ch.isascii() and (ch.isalnum() or ch == " "))
            parts = base.split() or ["user"]
            local = r.choice([".".join(parts), parts[0][0] + parts[-1], parts[0] + "_" + parts[-1][:3]])
            if r.random() < 0.15:
                local += "+" + r.choice(["billing", "news", "2fa", "hr"])
            domain = r.choice(["posteo.net", "proton.me", "firma.cz", "acme-logistics.co.za", "mail.ee",
                               "uni-graz.at", "example.co.nz", "kpn-net.nl", "yandex.com.tr", "sapo.pt"])  # fmt: skip
            return f"{local}@{domain}"
        return r.choice([self.en.free_email, self.en.company_email, self.en.email])()

    def phone(self, style: str | None = None) -> str:
        """A valid number of a random region; style: intl, e164, national, rfc, 00."""
        r = self.r
        while True:
            region = r.choice(REGIONS)
            typ = r.choice([PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
            ex = phonenumbers.example_number_for_type(region, typ)
            if ex is None:
                continue
            nsn = str(ex.national_number)
            keep = max(2, len(nsn) - 5)
            nsn = nsn[:keep] + "".join(r.choice(string.digits) for _ in range(len(nsn) - keep))
            num = phonenumbers.parse("+" + str(ex.country_code) + nsn)
            if not phonenumbers.is_valid_number(num):
                continue
            st = style or r.choice(["intl", "intl", "e164", "national", "national", "rfc", "00"])
            if st == "intl":
                return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
            if st == "e164":
                return phonenumbers.format_number(num, PhoneNumberFormat.E164)
            if st == "00":
                return "00" + phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)[1:]
            if st == "rfc":
                return phonenumbers.format_number(num, PhoneNumberFormat.RFC3966)[len("tel:") :]
            nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
            if sum(ch.isdigit() for ch in nat) >= 7:
                return nat

    def card(self) -> str:
        r = self.r
        brand = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "diners", "union", "mir"])
        prefix, length = {
            "visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16),
            "amex": (r.choice(["34", "37"]), 15), "disc": (r.choice(["6011", "65"]), 16),
            "jcb": (str(r.randint(3528, 3589)), 16), "diners": ("36", 14), "union": ("62", 16),
            "mir": (str(r.randint(2200, 2204)), 16),
        }[brand]  # fmt: skip
        body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
        digits = luhn_complete(body)
        assert luhn_ok(digits)
        if length == 15:
            sep = r.choice([" ", "-", ""])
            return sep.join([digits[:4], digits[4:10], digits[10:]]) if sep else digits
        if length == 14:
            return r.choice([digits, f"{digits[:4]} {digits[4:10]} {digits[10:]}"])
        sep = r.choice([" ", " ", "-", ""])
        return sep.join(digits[i : i + 4] for i in range(0, 16, 4)) if sep else digits

    def iban(self, printed: bool | None = None) -> str:
        r = self.r
        cc = r.choice(sorted(IBAN_LAYOUT))
        length, layout = IBAN_LAYOUT[cc]
        pools = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}
        bban = "".join(r.choice(pools[k]) for k in layout)
        check = 98 - iban_mod97(cc + "00" + bban)
        iban = f"{cc}{check:02d}{bban}"
        assert len(iban) == length and iban_mod97(iban) == 1
        if printed if printed is not None else r.random() < 0.5:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def bad_iban(self) -> str:
        iban = self.iban(printed=False)
        check = int(iban[2:4])
        bad = f"{iban[:2]}{(check + self.r.randint(1, 9)) % 97 or 11:02d}{iban[4:]}"
        if iban_mod97(bad) == 1:
            return self.bad_iban()
        return " ".join(bad[i : i + 4] for i in range(0, len(bad), 4))

    def ssn(self) -> str:
        r = self.r
        while True:
            s = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
            if ssn_ok(s):
                sep = r.choice(["-", "-", "-", " "])
                return f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}"

    def bad_ssn(self) -> str:
        r = self.r
        s = r.choice([f"9{r.randint(0, 99):02d}", "666", "000"]) + f"-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        assert not ssn_ok(s)
        return s

    def ipv4(self) -> str:
        return self.r.choice([self.en.ipv4_public, self.en.ipv4_private, self.en.ipv4])()

    def ipv6(self) -> str:
        r = self.r
        kind = r.choice(["full", "compressed", "compressed", "linklocal", "mapped", "doc"])
        if kind == "full":
            return self.en.ipv6()
        if kind == "compressed":
            groups = [r.randint(1, 0xFFFF) for _ in range(8)]
            zero = r.randint(1, 5)
            groups[zero : zero + r.randint(2, 3)] = [0, 0]
            while len(groups) < 8:
                groups.insert(zero, 0)
            return ipaddress.IPv6Address(":".join(f"{x:x}" for x in groups[:8])).compressed
        if kind == "linklocal":
            return f"fe80::{r.randint(1, 0xFFFF):x}:{r.randint(1, 0xFFFF):x}:{r.randint(1, 0xFFFF):x}"
        if kind == "mapped":
            return f"::ffff:{self.en.ipv4_public()}"
        return f"2001:db8:{r.randint(1, 0xFFFF):x}::{r.randint(1, 0xFFFF):x}"

    def ip(self) -> str:
        ip = self.ipv6() if self.r.random() < 0.35 else self.ipv4()
        ipaddress.ip_address(ip)
        return ip

    def rand(self, alphabet: str, n: int) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def api_key(self) -> str:
        r, a = self.r, string.ascii_letters + string.digits
        kind = r.choice(["aws", "gh", "ghpat", "slack", "stripe", "google", "openai", "anthropic", "hf", "npm",
                         "gitlab", "sendgrid", "jwt", "twilio", "dop"])  # fmt: skip
        if kind == "aws":
            return "AKIA" + self.rand(string.ascii_uppercase + "234567", 16)
        if kind == "gh":
            return r.choice(["ghp_", "gho_", "ghs_"]) + self.rand(a, 36)
        if kind == "ghpat":
            return "github_pat_" + self.rand(a, 22) + "_" + self.rand(a, 59)
        if kind == "slack":
            return f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{self.rand(a, 24)}"
        if kind == "stripe":
            return r.choice(["sk_live_", "rk_live_", "sk_test_"]) + self.rand(a, 24)
        if kind == "google":
            return "AIza" + self.rand(a + "-_", 35)
        if kind == "openai":
            return "sk-proj-" + self.rand(a + "-_", 48)
        if kind == "anthropic":
            return "sk-ant-api03-" + self.rand(a + "-_", 93) + "AA"
        if kind == "hf":
            return "hf_" + self.rand(a, 34)
        if kind == "npm":
            return "npm_" + self.rand(a, 36)
        if kind == "gitlab":
            return "glpat-" + self.rand(a + "-_", 20)
        if kind == "sendgrid":
            return "SG." + self.rand(a + "-_", 22) + "." + self.rand(a + "-_", 43)
        if kind == "twilio":
            return "SK" + self.rand("0123456789abcdef", 32)
        if kind == "dop":
            return "dop_v1_" + self.rand("0123456789abcdef", 64)

        def b64(obj: dict[str, object]) -> str:
            return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

        head = b64({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"})
        body = b64({"sub": str(r.randint(1000, 99999)), "iat": r.randint(1_600_000_000, 1_800_000_000)})
        return f"{head}.{body}.{self.rand(a + '-_', 43)}"

    def password(self) -> str:
        return (
            self.rand(string.ascii_letters + string.digits, self.r.randint(6, 10))
            + self.r.choice("!#%&*")
            + self.rand(string.ascii_letters + string.digits, 4)
        )

    # ---- look-alikes
    def order_luhn(self) -> str:
        body = self.r.choice(["4", "5", "37", "6011"]) + self.rand(string.digits, 14)
        return luhn_complete(body[:15])

    def nonluhn_card(self) -> str:
        while True:
            d = "4" + self.rand(string.digits, 15)
            if not luhn_ok(d):
                return " ".join(d[i : i + 4] for i in range(0, 16, 4))

    def sin(self) -> str:  # Canadian SIN: 9 digits, Luhn
        d = luhn_complete(self.r.choice("1234567") + self.rand(string.digits, 7))
        return f"{d[:3]} {d[3:6]} {d[6:]}"

    def npi(self) -> str:  # 10 digits, Luhn over "80840" + first 9
        body = self.r.choice("12") + self.rand(string.digits, 8)
        full = luhn_complete("80840" + body)
        return full[5:]

    def orcid(self) -> str:
        base = "000" + self.r.choice("0123") + self.rand(string.digits, 11)
        total = 0
        for ch in base:
            total = (total + int(ch)) * 2
        check = (12 - total % 11) % 11
        s = base + ("X" if check == 10 else str(check))
        return "-".join(s[i : i + 4] for i in range(0, 16, 4))

    def isbn10(self) -> str:
        d = self.rand(string.digits, 9)
        check = sum((10 - i) * int(c) for i, c in enumerate(d)) % 11
        c = (11 - check) % 11
        return f"{d[0]}-{d[1:4]}-{d[4:9]}-{'X' if c == 10 else c}"

    def vin(self) -> str:
        return self.rand("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)

    def container(self) -> str:
        return self.rand(string.ascii_uppercase, 3) + "U" + self.rand(string.digits, 7)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, n: int = 40) -> str:
        return self.rand("0123456789abcdef", n)

    def date(self) -> str:
        r = self.r
        y, m, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{m}/{d}/{y}", f"{d}/{m}/{y % 100:02d}",
                         f"{y}{m:02d}{d:02d}", f"{d:02d}-{m:02d}-{y}"])  # fmt: skip

    def timestamp(self) -> str:
        r = self.r
        y, m, d = r.randint(2020, 2027), r.randint(1, 12), r.randint(1, 28)
        hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        return r.choice([f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}",
                         str(r.randint(1_600_000_000_000, 1_800_000_000_000)), f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}"])  # fmt: skip

    def version(self) -> str:
        r = self.r
        return r.choice([f"{r.randint(1, 30)}.{r.randint(0, 20)}.{r.randint(0, 99)}",
                         f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 9999)}",
                         f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 300)}.{r.randint(0, 255)}",
                         f"{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 5)}"])  # fmt: skip

    def part_phone(self) -> str:
        """A part/article number printed like a phone number."""
        r = self.r
        d = self.rand(string.digits, 10)
        return r.choice([f"0{d[1:4]} {d[4:7]} {d[7:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                         f"0{d[1:3]}/{d[3:9]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", f"{d[:4]} {d[4:]}"])  # fmt: skip


# ---------------------------------------------------------------------------------- templates
Template = Callable[[Gen], Doc]


def t_vcard(g: Gen) -> Doc:
    n = g.name()
    doc = Doc().t("Can you import this contact?\n\nBEGIN:VCARD\nVERSION:").x("version", "3.0").t("\nFN:").p("PERSON", n)
    doc.t("\nTEL;TYPE=CELL:").p("PHONE_NUMBER", g.phone(g.r.choice(["intl", "e164"])))
    doc.t("\nTEL;VALUE=uri;TYPE=work:tel:").p("PHONE_NUMBER", g.phone("rfc")).t("\nEMAIL:").p(
        "EMAIL_ADDRESS", g.email(n)
    )
    doc.t("\nREV:").x("timestamp", g.timestamp()).t("\nUID:").x("uuid", g.uuid()).t("\nEND:VCARD\n")
    return doc


def t_manifest_fixed(g: Gen) -> Doc:
    doc = Doc().t("SHIPPING MANIFEST  ").x("date", g.date()).t("\nLINE  ARTICLE          CONTAINER    QTY\n")
    for i in range(1, 4):
        doc.t(f"{i:>4}  ").x("part_phone", g.part_phone()).t("   ").x("container", g.container()).t(
            f"  {g.r.randint(1, 99):>3}\n"
        )
    n = g.name()
    doc.t("Consignee: ").p("PERSON", n).t(", ").p("PHONE_NUMBER", g.phone("intl")).t(", ").p(
        "EMAIL_ADDRESS", g.email(n)
    ).t("\n")
    return doc


def t_pandas_print(g: Gen) -> Doc:
    doc = Doc().t(">>> df.head(3)\n   customer_id          email                     ip_address      order_ref\n")
    for i in range(3):
        doc.t(f"{i}  {g.r.randint(10000, 99999)}  ").p("EMAIL_ADDRESS", g.email()).t("  ").p("IP_ADDRESS", g.ipv4())
        doc.t("  ").x("order_luhn", g.order_luhn()).t("\n")
    doc.t("Why does df.merge drop rows? pandas ").x("version", g.version()).t("\n")
    return doc


def t_crm_tsv(g: Gen) -> Doc:
    doc = Doc().t("Exported from CRM (tab separated):\n\ncontact\tphone\tsku\tcreated\n")
    for _ in range(3):
        doc.p("PERSON", g.name()).t("\t").p("PHONE_NUMBER", g.phone()).t("\t").x("part_phone", g.part_phone())
        doc.t("\t").x("date", g.date()).t("\n")
    return doc


def t_swift(g: Gen) -> Doc:
    r = g.r
    doc = (
        Doc()
        .t(":20:")
        .x("txn_ref", f"TRF{g.rand(string.digits, 12)}")
        .t("\n:32A:")
        .x("date", f"{r.randint(24, 27)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}")
    )
    doc.t(f"EUR{r.randint(100, 99999)},{r.randint(10, 99)}\n:50K:/").p("IBAN_CODE", g.iban(printed=False)).t("\n")
    doc.p("PERSON", g.name()).t("\n:57A:").x(
        "bic", g.rand(string.ascii_uppercase, 6) + g.rand(string.ascii_uppercase + string.digits, 2)
    )
    doc.t("\n:59:/").p("IBAN_CODE", g.iban(printed=False)).t("\n").p("PERSON", g.name()).t("\n:70:INVOICE ").x(
        "order_luhn", g.order_luhn()
    ).t("\n")
    return doc


def t_iptables(g: Gen) -> Doc:
    doc = Doc()
    for _ in range(3):
        doc.t("kernel: [UFW BLOCK] IN=eth0 OUT= MAC=").x(
            "mac", ":".join(g.rand("0123456789abcdef", 2) for _ in range(14))
        )
        doc.t(" SRC=").p("IP_ADDRESS", g.ip()).t(" DST=").p("IP_ADDRESS", g.ipv4()).t(
            f" LEN={g.r.randint(40, 1500)} TTL="
        )
        doc.t(f"{g.r.randint(30, 255)} ID=").x("packet_id", str(g.r.randint(1000000, 9999999))).t(" PROTO=TCP\n")
    doc.t("Is this a scan? We allow ").x("cidr", f"10.{g.r.randint(0, 255)}.0.0/16").t(" only.\n")
    return doc


def t_fhir(g: Gen) -> Doc:
    n = g.name()
    doc = (
        Doc().t('{"resourceType": "Patient", "id": "').x("uuid", g.uuid()).t('",\n "name": [{"text": "').p("PERSON", n)
    )
    doc.t('"}],\n "telecom": [{"system": "phone", "value": "').p("PHONE_NUMBER", g.phone(g.r.choice(["intl", "e164"])))
    doc.t('"}, {"system": "email", "value": "').p("EMAIL_ADDRESS", g.email(n)).t(
        '"}],\n "identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "'
    )
    doc.p("US_SSN", g.ssn().replace(" ", "-")).t('"}, {"system": "npi", "value": "').x("npi", g.npi()).t(
        '"}],\n "birthDate": "'
    )
    doc.x("date", f"{g.r.randint(1940, 2010)}-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}").t(
        '",\n "meta": {"versionId": "'
    )
    doc.x("version", g.version()).t('"}}\n')
    return doc


def t_quoted_reply(g: Gen) -> Doc:
    a, b = g.name(), g.name()
    doc = (
        Doc()
        .t("Thanks, that worked!\n\nOn ")
        .x("date", g.date())
        .t(", ")
        .p("PERSON", a)
        .t(" <")
        .p("EMAIL_ADDRESS", g.email(a))
        .t("> wrote:\n")
    )
    doc.t("> Please send the refund to ").p("IBAN_CODE", g.iban(printed=True)).t(".\n> Reference: invoice ").x(
        "order_luhn", g.order_luhn()
    )
    doc.t("\n> You can reach me on ").p("PHONE_NUMBER", g.phone("intl")).t(" after 5pm.\n\n-- \n").p("PERSON", b).t(
        "\n"
    )
    return doc


def t_gha_log(g: Gen) -> Doc:
    doc = (
        Doc()
        .t("Run actions/checkout@")
        .x("git_sha", g.sha())
        .t("\n  env:\n    DEPLOY_TOKEN: ")
        .p("API_KEY", g.api_key())
    )
    doc.t("\n    REGISTRY_HOST: ").p("IP_ADDRESS", g.ipv4()).t("\nStep 4/9 : FROM python@sha256:").x(
        "sha256", g.sha(64)
    )
    doc.t("\nSuccessfully built ").x("git_sha", g.sha(12)).t("\nWhy is my token printed in the log instead of ***?\n")
    return doc


def t_ansible(g: Gen) -> Doc:
    doc = Doc().t("[webservers]\n")
    for i in range(2):
        doc.t(f"web{i + 1} ansible_host=").p("IP_ADDRESS", g.ip()).t(" ansible_user=deploy\n")
    doc.t("\n[all:vars]\nansible_become_password=").p("API_KEY", g.password()).t("\nvault_api_key=").p(
        "API_KEY", g.api_key()
    )
    doc.t("\nntp_server=").p("IP_ADDRESS", g.ipv4()).t("\nrelease=").x("version", g.version()).t("\n")
    return doc


def t_html_form(g: Gen) -> Doc:
    n = g.name()
    doc = (
        Doc()
        .t('Why does my form post twice?\n\n<form action="/apply">\n  <input name="fullname" value="')
        .p("PERSON", n)
    )
    doc.t('">\n  <input name="email" value="').p("EMAIL_ADDRESS", g.email(n)).t('">\n  <input name="tel" value="')
    doc.p("PHONE_NUMBER", g.phone(g.r.choice(["intl", "e164", "national"]))).t('">\n  <input name="iban" value="')
    doc.p("IBAN_CODE", g.iban()).t('">\n  <input type="hidden" name="csrf" value="').x("sha256", g.sha(64)).t(
        '">\n</form>\n'
    )
    return doc


def t_travel(g: Gen) -> Doc:
    r = g.r
    n = g.name()
    doc = (
        Doc()
        .t("Booking confirmed. PNR ")
        .x("pnr", g.rand("ABCDEFGHJKLMNPQRSTUVWXYZ", 6))
        .t("\nPassenger: ")
        .p("PERSON", n)
    )
    doc.t(f"\nE-ticket: {r.randint(100, 999)}-").x("eticket", str(r.randint(10**9, 10**10 - 1))).t("\nFlight LH")
    doc.t(f"{r.randint(100, 999)} on ").x("date", g.date()).t("\nContact on file: ").p("PHONE_NUMBER", g.phone()).t(
        "\nFrequent flyer no. "
    )
    doc.x(
        "loyalty",
        g.rand(string.digits, 4)
        + " "
        + g.rand(string.digits, 4)
        + " "
        + g.rand(string.digits, 4)
        + " "
        + g.rand(string.digits, 3),
    )
    doc.t("\nPaid with card ").p("CREDIT_CARD", g.card()).t("\n")
    return doc


def t_webhook(g: Gen) -> Doc:
    doc = Doc().t('POST /hooks/payments\n{"event": "charge.succeeded", "order_id": "').x("order_luhn", g.order_luhn())
    doc.t('", "card": {"masked": "').x(
        "masked_card", f"{g.r.choice('45')}{g.rand(string.digits, 5)}******{g.rand(string.digits, 4)}"
    )
    doc.t('", "exp": "').x("date", f"{g.r.randint(1, 12):02d}/{g.r.randint(26, 31)}").t('"}, "customer_email": "').p(
        "EMAIL_ADDRESS", g.email()
    )
    doc.t('", "ip": "').p("IP_ADDRESS", g.ip()).t('", "idempotency_key": "').x("uuid", g.uuid()).t('"}\n')
    doc.t("The raw PAN ").p("CREDIT_CARD", g.card()).t(" also showed up in our debug log. How do we purge it?\n")
    return doc


def t_insurance_fr(g: Gen) -> Doc:
    n = g.name()
    doc = (
        Doc()
        .t("Madame, Monsieur,\n\nSuite au sinistre n° ")
        .x("claim", g.rand(string.digits, 4) + " " + g.rand(string.digits, 3) + " " + g.rand(string.digits, 3))
    )
    doc.t(" du ").x("date", g.date()).t(", merci de verser l'indemnité sur le compte ").p(
        "IBAN_CODE", g.iban(printed=True)
    )
    doc.t(".\nJe reste joignable au ").p("PHONE_NUMBER", g.phone(g.r.choice(["intl", "00"]))).t(
        ".\n\nCordialement,\n"
    ).p("PERSON", n)
    doc.t("\n").p("EMAIL_ADDRESS", g.email(n)).t("\n")
    return doc


def t_real_estate(g: Gen) -> Doc:
    n = g.name()
    doc = (
        Doc()
        .t("Rewrite this listing to sound friendlier:\n\n3-room flat, 74 m², listing ID ")
        .x("listing", g.rand(string.digits, 9))
    )
    doc.t(", GPS ").x("coords", f"{g.r.uniform(-60, 60):.5f}, {g.r.uniform(-120, 120):.5f}").t(". Viewings with ").p(
        "PERSON", n
    )
    doc.t(" (").p("PHONE_NUMBER", g.phone("intl")).t(" or ").p("EMAIL_ADDRESS", g.email(n)).t("). Available from ").x(
        "date", g.date()
    ).t(".\n")
    return doc


def t_attendees(g: Gen) -> Doc:
    doc = Doc().t("Attendees for the workshop on ").x("date", g.date()).t(":\n")
    for _ in range(3):
        n = g.name()
        doc.t("* ").p("PERSON", n).t(" - ").p("EMAIL_ADDRESS", g.email(n)).t(" - ").p(
            "PHONE_NUMBER", g.phone(g.r.choice(["intl", "e164", "00"]))
        ).t("\n")
    doc.t("Room booking ref ").x("booking", g.rand(string.digits, 8)).t("\n")
    return doc


def t_commit(g: Gen) -> Doc:
    a, b = g.name(), g.name()
    doc = (
        Doc()
        .t("commit ")
        .x("git_sha", g.sha())
        .t("\nAuthor: ")
        .p("PERSON", a)
        .t(" <")
        .p("EMAIL_ADDRESS", g.email(a))
        .t(">\n\n    Bump requests to ")
    )
    doc.x("version", g.version()).t("\n\n    Co-authored-by: ").p("PERSON", b).t(" <").p("EMAIL_ADDRESS", g.email(b)).t(
        ">\n    Change-Id: I"
    ).x("git_sha", g.sha())
    doc.t("\n")
    return doc


def t_sms_log(g: Gen) -> Doc:
    doc = Doc()
    for _ in range(3):
        doc.x("timestamp", g.timestamp()).t(" SMS to ").p("PHONE_NUMBER", g.phone(g.r.choice(["e164", "intl"]))).t(
            ": Your verification code is "
        )
        doc.x("otp", g.rand(string.digits, 6)).t("\n")
    doc.t("Why are some messages delivered twice? Gateway build ").x("version", g.version()).t("\n")
    return doc


def t_support_de(g: Gen) -> Doc:
    n = g.name()
    doc = (
        Doc()
        .t("Guten Tag,\nmeine Lieferung mit der Lieferscheinnummer ")
        .x("order_luhn", g.order_luhn())
        .t(" ist beschädigt.\nRückruf bitte unter ")
    )
    doc.p("PHONE_NUMBER", g.phone(g.r.choice(["intl", "00", "e164"]))).t(".\nSteuer-ID: ").x(
        "national_id", g.rand("123456789", 1) + g.rand(string.digits, 10)
    )
    doc.t("\nErstattung an: ").p("IBAN_CODE", g.iban()).t("\nMit freundlichen Grüßen\n").p("PERSON", n).t("\n")
    return doc


def t_support_cz_tr_ro(g: Gen) -> Doc:
    r = g.r
    lang = r.choice(["cs", "tr", "ro", "hu", "fi"])
    greet, order, call, bank = {
        "cs": ("Dobrý den,", "Číslo objednávky", "Zavolejte mi na", "Účet"),
        "tr": ("Merhaba,", "Sipariş numarası", "Beni şu numaradan arayın:", "Hesap"),
        "ro": ("Bună ziua,", "Număr comandă", "Mă puteți suna la", "Cont"),
        "hu": ("Jó napot,", "Rendelési szám", "Hívjon a következő számon:", "Számla"),
        "fi": ("Hei,", "Tilausnumero", "Soittakaa numeroon", "Tili"),
    }[lang]
    n = g.name()
    doc = (
        Doc()
        .t(f"{greet}\n{order}: ")
        .x("order_luhn", g.order_luhn())
        .t(f"\n{call} ")
        .p("PHONE_NUMBER", g.phone(r.choice(["intl", "00", "e164", "rfc"])))
    )
    doc.t(f"\n{bank}: ").p("IBAN_CODE", g.iban()).t("\nE-mail: ").p("EMAIL_ADDRESS", g.email(n)).t("\n").p(
        "PERSON", n
    ).t("\n")
    return doc


def t_llm_extract(g: Gen) -> Doc:
    n = g.name()
    doc = (
        Doc()
        .t('Extract the entities from this note as JSON:\n"')
        .p("PERSON", n)
        .t(" paid ")
        .x("price", f"€{g.r.randint(10, 999)},{g.r.randint(10, 99)}")
    )
    doc.t(" with card ").p("CREDIT_CARD", g.card()).t(", shipped to ZIP ").x(
        "zip4", f"{g.r.randint(10000, 99999)}-{g.r.randint(1000, 9999)}"
    )
    doc.t(", ticket ").x("order_luhn", g.order_luhn()).t(", SSN on file ").p("US_SSN", g.ssn()).t('."\n')
    return doc


def t_research(g: Gen) -> Doc:
    doc = (
        Doc()
        .t("Format these references in APA style:\n1. doi:")
        .x("doi", f"10.{g.r.randint(1000, 9999)}/{g.rand(string.ascii_lowercase + string.digits, 8)}")
    )
    doc.t(", ORCID ").x("orcid", g.orcid()).t("\n2. arXiv:").x(
        "arxiv", f"{g.r.randint(18, 25)}{g.r.randint(1, 12):02d}.{g.rand(string.digits, 5)}"
    )
    doc.t("v2\n3. ISBN ").x("isbn10", g.isbn10()).t(", ISSN ").x(
        "issn", f"{g.rand(string.digits, 4)}-{g.rand(string.digits, 3)}X"
    )
    doc.t("\n4. OID ").x("oid", "1.3.6.1.4.1." + ".".join(str(g.r.randint(1, 60000)) for _ in range(3))).t(
        "\nCorresponding author: "
    )
    n = g.name()
    doc.p("PERSON", n).t(", ").p("EMAIL_ADDRESS", g.email(n)).t("\n")
    return doc


def t_fleet(g: Gen) -> Doc:
    doc = (
        Doc()
        .t("Vehicle report\nVIN: ")
        .x("vin", g.vin())
        .t("\nTelematics unit IMEI ")
        .x("imei", luhn_complete(g.rand(string.digits, 14)))
    )
    doc.t("\nLast ping from ").p("IP_ADDRESS", g.ip()).t(" at ").x("timestamp", g.timestamp()).t("\nDriver: ").p(
        "PERSON", g.name()
    )
    doc.t(", mobile ").p("PHONE_NUMBER", g.phone(g.r.choice(["intl", "e164"]))).t("\nFirmware ").x(
        "version", g.version()
    ).t("\n")
    return doc


def t_payroll_ids(g: Gen) -> Doc:
    doc = Doc().t("Check these employee records for errors:\n")
    for _ in range(2):
        n = g.name()
        doc.p("PERSON", n).t(" | SSN ").p("US_SSN", g.ssn()).t(" | bank ").p("IBAN_CODE", g.iban()).t(
            " | SIN (Canada) "
        ).x("sin", g.sin()).t("\n")
    doc.t("Rejected: SSN ").x("bad_ssn", g.bad_ssn()).t(", IBAN ").x("bad_iban", g.bad_iban()).t("\n")
    return doc


def t_k8s_configmap(g: Gen) -> Doc:
    doc = (
        Doc()
        .t('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  resourceVersion: "')
        .x("resource_version", str(g.r.randint(10**6, 10**9)))
    )
    doc.t('"\n  uid: ').x("uuid", g.uuid()).t('\ndata:\n  DB_HOST: "').p("IP_ADDRESS", g.ip()).t(
        '"\n  SMTP_PASSWORD: "'
    ).p("API_KEY", g.password())
    doc.t('"\n  SENTRY_AUTH_TOKEN: "').p("API_KEY", g.api_key()).t('"\n  ALERT_EMAIL: "').p(
        "EMAIL_ADDRESS", g.email()
    ).t('"\n')
    doc.t("Should these be in a Secret instead?\n")
    return doc


def t_bank_statement_tsv(g: Gen) -> Doc:
    doc = Doc().t("Booking date\tCounterparty\tIBAN\tReference\tAmount\n")
    for _ in range(3):
        doc.x("date", g.date()).t("\t").p("PERSON", g.name()).t("\t").p("IBAN_CODE", g.iban(printed=False)).t("\t")
        doc.x("order_luhn", g.order_luhn()).t(f"\t-{g.r.randint(5, 999)}.{g.r.randint(10, 99)}\n")
    doc.t("Sort code ").x("sort_code", f"{g.r.randint(10, 99)}-{g.r.randint(10, 99)}-{g.r.randint(10, 99)}").t(
        ", routing "
    ).x("aba", g.rand(string.digits, 9)).t("\n")
    return doc


def t_lookalike_mix(g: Gen) -> Doc:
    doc = (
        Doc()
        .t("Inventory notes: HS code ")
        .x("hs_code", f"{g.r.randint(1000, 9999)}.{g.r.randint(10, 99)}.{g.r.randint(1000, 9999)}")
    )
    doc.t(", batch ").x("batch", g.rand(string.digits, 11)).t(", test card ").x("nonluhn", g.nonluhn_card()).t(
        " (fails checksum), DNI "
    )
    doc.x("national_id", g.rand(string.digits, 8) + g.rand("TRWAGMYFPDXBNJZSQVHLCKE", 1)).t(", PESEL ").x(
        "national_id", g.rand(string.digits, 11)
    )
    doc.t(", CNPJ ").x(
        "national_id",
        f"{g.rand(string.digits, 2)}.{g.rand(string.digits, 3)}.{g.rand(string.digits, 3)}/0001-{g.rand(string.digits, 2)}",
    )
    doc.t(", image ").x("sha256", "sha256:" + g.sha(64)).t(", deps ").x(
        "semver_range", f">={g.version()},<{g.r.randint(3, 9)}.0"
    )
    doc.t(". Contact ").p("EMAIL_ADDRESS", g.email()).t(".\n")
    return doc


TEMPLATES: tuple[Template, ...] = (
    t_vcard, t_manifest_fixed, t_pandas_print, t_crm_tsv, t_swift, t_iptables, t_fhir, t_quoted_reply, t_gha_log,
    t_ansible, t_html_form, t_travel, t_webhook, t_insurance_fr, t_real_estate, t_attendees, t_commit, t_sms_log,
    t_support_de, t_support_cz_tr_ro, t_llm_extract, t_research, t_fleet, t_payroll_ids, t_k8s_configmap,
    t_bank_statement_tsv, t_lookalike_mix,
)  # fmt: skip


def _check(rec: dict[str, object]) -> None:
    text = str(rec["text"])
    for s in rec["spans"]:  # type: ignore[attr-defined]
        v = s["text"]
        assert text[s["start"] : s["end"]] == v
        digits = "".join(ch for ch in v if ch.isdigit())
        if s["type"] == "CREDIT_CARD":
            assert luhn_ok(digits), v
        elif s["type"] == "IBAN_CODE":
            assert iban_mod97(v.replace(" ", "")) == 1, v
        elif s["type"] == "US_SSN":
            assert ssn_ok(v), v
        elif s["type"] == "IP_ADDRESS":
            ipaddress.ip_address(v)
        elif s["type"] == "PHONE_NUMBER" and v.startswith(("+", "00")):
            intl = "+" + v[2:] if v.startswith("00") else v
            assert phonenumbers.is_valid_number(phonenumbers.parse(intl, None)), v


def build() -> list[dict[str, object]]:
    gen = Gen(SEED)
    out: list[dict[str, object]] = []
    for i in range(PER_TEMPLATE * len(TEMPLATES)):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        doc = tpl(gen)
        rec: dict[str, object] = {
            "id": f"heldout6-{i + 1:04d}",
            "template": tpl.__name__,
            "text": doc.text(),
            "spans": doc.spans,
            "lookalikes": doc.looks,
        }
        _check(rec)
        out.append(rec)
    return out


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_gold: dict[str, int] = {}
    n_look: dict[str, int] = {}
    for rec in records:
        for s in rec["spans"]:  # type: ignore[attr-defined]
            n_gold[s["type"]] = n_gold.get(s["type"], 0) + 1
        for la in rec["lookalikes"]:  # type: ignore[attr-defined]
            n_look[la["kind"]] = n_look.get(la["kind"], 0) + 1
    print(len(records), "texts;", n_gold, sum(v for k, v in n_gold.items() if k != "PERSON"), "structured")
    print("look-alikes", sum(n_look.values()), dict(sorted(n_look.items())))
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
