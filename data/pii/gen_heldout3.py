"""Generate held-out set v3 (``data/pii/eval_heldout3.jsonl``) -- a different generator from v1/v2.

v1/v2 are hand-written lines with inline markup and the project's own value generators. v3 is built
differently: about 150 hand-written *templates* (LLM prompts and answers, logs, e-mails, support
tickets, code and config snippets, several languages) whose slots are filled with values from
independent third-party generators -- Faker (names in 20 locales, IBANs per country, card numbers,
SSNs, IPs) and Google's libphonenumber port ``phonenumbers`` (valid numbers per region, printed in the
region's national, international, E.164 and RFC 3966 formats). API keys, look-alikes and dates are
built here. Every gold value is re-checked (Luhn, mod-97, SSA rules, ``ipaddress``,
``phonenumbers.is_valid_number``) and every look-alike is checked to be one.

Template slots: ``<<TYPE:factory>>`` is a gold span, ``<<~kind:factory>>`` a look-alike that must not be
detected, ``<<=factory>>`` filler text that is neither. ``|`` after the factory passes an argument.

The output is frozen: it is committed, its sha256 is recorded in docs/pii.md, and the detector must
never be tuned on it. Needs the dev extra (``faker==40.54.0``, ``phonenumbers``).

    .venv/bin/python data/pii/gen_heldout3.py     # writes data/pii/eval_heldout3.jsonl
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from faker import Faker

SEED = 3_303
OUT = Path(__file__).resolve().parent / "eval_heldout3.jsonl"
LOCALES = [
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "pt_BR", "pt_PT", "sv_SE",
    "tr_TR", "fi_FI", "da_DK", "cs_CZ", "en_IN", "en_IE", "ro_RO", "hr_HR", "es_MX",
]  # fmt: skip
IBAN_LOCALES = {
    "DE": "de_DE", "GB": "en_GB", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL",
    "PT": "pt_PT", "BE": "nl_BE", "AT": "de_AT", "CH": "de_CH", "NO": "no_NO", "DK": "da_DK", "FI": "fi_FI",
    "IE": "en_IE", "TR": "tr_TR", "CZ": "cs_CZ", "SK": "sk_SK", "RO": "ro_RO", "GR": "el_GR", "BR": "pt_BR",
}  # fmt: skip
PHONE_REGIONS = [
    "US", "GB", "DE", "FR", "IT", "ES", "NL", "BR", "IN", "JP", "AU", "MX", "PL", "SE", "CH", "ZA", "NG",
    "KE", "SG", "AE", "CA", "IE", "AT", "BE", "PT", "AR", "CO", "PH", "KR", "TR",
]  # fmt: skip

rng = random.Random(SEED)
fakers: dict[str, Faker] = {}


def fk(locale: str = "en_US") -> Faker:
    if locale not in fakers:
        f = Faker(locale)
        f.seed_instance(rng.randint(0, 10**9))
        fakers[locale] = f
    return fakers[locale]


def _rand(alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


B62 = string.ascii_letters + string.digits
UPD = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"


# ------------------------------------------------------------------------------------ checks
def luhn_ok(d: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and a not in (0, 666) and a < 900 and g > 0 and n > 0


# ------------------------------------------------------------------------------------ values
def person(arg: str = "") -> str:
    f = fk(arg or rng.choice(LOCALES))
    return f"{f.first_name()} {f.last_name()}"


def first(arg: str = "") -> str:
    return fk(arg or rng.choice(LOCALES)).first_name()


_last_name: list[str] = []


def email(arg: str = "") -> str:
    f = fk(rng.choice(LOCALES))
    style = arg or rng.choice(["free", "company", "role", "plus", "dotted", "sub"])
    user = f.user_name()
    if style == "free":
        return f"{user}@{f.free_email_domain()}"
    if style == "company":
        return f.company_email()
    if style == "role":
        return f"{rng.choice(['billing', 'support', 'hr', 'no-reply', 'security', 'ops'])}@{f.domain_name()}"
    if style == "plus":
        return f"{user}+{rng.choice(['news', 'test', 'jira', 'receipts'])}@{f.free_email_domain()}"
    if style == "dotted":
        return f"{f.first_name()}.{f.last_name()}@{f.domain_name()}".lower().encode("ascii", "ignore").decode()
    return f"{user}@{rng.choice(['mail', 'eu', 'corp', 'students'])}.{f.domain_name()}"


_PN_TYPES = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]


def _valid_number(region: str) -> phonenumbers.PhoneNumber:
    for _ in range(200):
        ex = phonenumbers.example_number_for_type(region, rng.choice(_PN_TYPES))
        if ex is None:
            continue
        nat = str(ex.national_number)
        keep = max(2, len(nat) - 5)
        cand = nat[:keep] + _rand(string.digits, len(nat) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and num.national_number != ex.national_number:
            return num
    raise AssertionError(region)


def phone(arg: str = "") -> str:
    """``arg``: ``intl`` | ``e164`` | ``national`` | ``rfc`` | ``dots`` | a region code + ``/`` + one of those."""
    region, _, fmt = arg.rpartition("/") if "/" in arg else ("", "", arg)
    region = region or rng.choice(PHONE_REGIONS)
    fmt = fmt or rng.choice(["intl", "intl", "e164", "national", "rfc"])
    num = _valid_number(region)
    pnf = phonenumbers.PhoneNumberFormat
    if fmt == "intl":
        return phonenumbers.format_number(num, pnf.INTERNATIONAL)
    if fmt == "e164":
        return phonenumbers.format_number(num, pnf.E164)
    if fmt == "national":
        return phonenumbers.format_number(num, pnf.NATIONAL)
    if fmt == "dots":
        return phonenumbers.format_number(num, pnf.INTERNATIONAL).replace(" ", ".").replace("-", ".")
    return phonenumbers.format_number(num, pnf.RFC3966).removeprefix("tel:")


_CARD_TYPES = ["visa16", "mastercard", "amex", "discover", "jcb16", "diners", "visa16", "mastercard"]
_GROUPS = {15: (4, 6, 5), 14: (4, 6, 4), 16: (4, 4, 4, 4), 13: (4, 4, 5), 19: (4, 4, 4, 4, 3)}


def _group(d: str, sep: str) -> str:
    out, i = [], 0
    for g in _GROUPS[len(d)]:
        out.append(d[i : i + g])
        i += g
    return sep.join(out)


def card(arg: str = "") -> str:
    d = fk("en_US").credit_card_number(rng.choice(_CARD_TYPES))
    fmt = arg or rng.choice(["plain", "space", "space", "dash"])
    return d if fmt == "plain" else _group(d, " " if fmt == "space" else "-")


def iban(arg: str = "") -> str:
    country, _, fmt = arg.partition("/")
    country = country or rng.choice(list(IBAN_LOCALES))
    fmt = fmt or rng.choice(["space", "space", "plain"])
    for _ in range(50):
        v = fk(IBAN_LOCALES[country]).iban()
        if v.startswith(country):
            break
    else:
        raise AssertionError(country)
    return v if fmt == "plain" else " ".join(v[i : i + 4] for i in range(0, len(v), 4))


def ssn(arg: str = "") -> str:
    v = fk("en_US").ssn()
    return v.replace("-", " ") if arg == "space" else v.replace("-", "") if arg == "plain" else v


def ipv4(arg: str = "") -> str:
    f = fk("en_US")
    return f.ipv4_private() if arg == "private" else f.ipv4_public()


def ipv6(arg: str = "") -> str:
    style = arg or rng.choice(["compressed", "compressed", "full", "doc", "link", "mapped"])
    if style == "full":
        return fk("en_US").ipv6()
    if style == "doc":
        return str(ipaddress.IPv6Address("2001:db8::") + rng.randint(1, 2**64))
    if style == "link":
        return "fe80::" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([2, 3, 4])))
    if style == "mapped":
        return "::ffff:" + fk("en_US").ipv4_public()
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    z = rng.randint(2, 5)
    groups[3 : 3 + z] = ["0"] * z
    return str(ipaddress.IPv6Address(":".join(groups)))


def _b64u(obj: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


def key(arg: str) -> str:
    k = arg
    if k == "aws_id":
        return "AKIA" + _rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if k == "aws_secret":
        return _rand(B62 + "+/", 40)
    if k == "ghp":
        return "ghp_" + _rand(B62, 36)
    if k == "gho":
        return "gho_" + _rand(B62, 36)
    if k == "github_pat":
        return "github_pat_11" + _rand(UPD, 20) + "_" + _rand(B62, 59)
    if k == "gitlab":
        return "glpat-" + _rand(B62 + "-_", 20)
    if k == "slack_bot":
        return f"xoxb-{_rand(string.digits, 12)}-{_rand(string.digits, 13)}-{_rand(B62, 24)}"
    if k == "slack_user":
        parts = [_rand(string.digits, 12), _rand(string.digits, 12), _rand(string.digits, 13), _rand(HEXL, 32)]
        return "xoxp-" + "-".join(parts)
    if k == "slack_webhook":
        return f"https://hooks.slack.com/services/T{_rand(UPD, 8)}/B{_rand(UPD, 10)}/{_rand(B62, 24)}"
    if k == "stripe":
        return rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + _rand(B62, rng.choice([24, 99]))
    if k == "google":
        return "AIza" + _rand(B62 + "-_", 35)
    if k == "openai":
        return "sk-proj-" + _rand(B62 + "-_", 156)
    if k == "openai_old":
        return "sk-" + _rand(B62, 20) + "T3BlbkFJ" + _rand(B62, 20)
    if k == "anthropic":
        return "sk-ant-api03-" + _rand(B62 + "-_", 93) + "AA"
    if k == "hf":
        return "hf_" + _rand(B62, 34)
    if k == "npm":
        return "npm_" + _rand(B62, 36)
    if k == "sendgrid":
        return "SG." + _rand(B62 + "-_", 22) + "." + _rand(B62 + "-_", 43)
    if k == "twilio":
        return "SK" + _rand(HEXL, 32)
    if k == "do":
        return "dop_v1_" + _rand(HEXL, 64)
    if k == "azure_storage":
        return base64.b64encode(rng.randbytes(64)).decode()
    if k == "jwt":
        head = _b64u({"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
        sub = str(uuid.UUID(int=rng.getrandbits(128)))
        body = _b64u({"sub": sub, "exp": rng.randint(1_700_000_000, 1_900_000_000)})
        return f"{head}.{body}.{_rand(B62 + '-_', 43)}"
    if k == "pem":
        lines = "\n".join(_rand(B62 + "+/", 64) for _ in range(rng.randint(4, 7)))
        return f"-----BEGIN RSA PRIVATE KEY-----\n{lines}\n{_rand(B62, 24)}==\n-----END RSA PRIVATE KEY-----"
    if k == "password":
        return rng.choice(["Tr0ub4dor&3x", "S3cure!Pass_2024", "hunter2-Prod-9!", "w8Lq#2pX!eZr", "Qz7!mK2@vR9$"])
    if k == "hex32":
        return _rand(HEXL, 32)
    if k == "b62":
        return _rand(B62, 40)
    raise ValueError(k)


# ---------------------------------------------------------------------------------- look-alikes
def order_luhn(arg: str = "") -> str:
    """A 16-digit number with a card-brand prefix and a *valid* Luhn digit (an order/tracking id)."""
    prefix = rng.choice(["4", "4", "51", "53", "55", "6011", "35"])
    d = luhn_complete(prefix + _rand(string.digits, 15 - len(prefix)))
    return d if arg != "space" else _group(d, " ")


def card_bad(arg: str = "") -> str:
    d = fk("en_US").credit_card_number(rng.choice(_CARD_TYPES))
    d = d[:-1] + str((int(d[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(d)
    return d if arg != "space" else _group(d, " ")


def iban_bad(arg: str = "") -> str:
    v = iban(arg or "DE/space").replace(" ", "")
    v = v[:2] + f"{(int(v[2:4]) + rng.randint(1, 40)) % 97 + 2:02d}" + v[4:]
    if iban_ok(v):
        return iban_bad(arg)
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4))


def ssn_bad(arg: str = "") -> str:
    a = rng.choice(["000", "666", f"9{rng.randint(0, 99):02d}"])
    return f"{a}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def amazon_order(arg: str = "") -> str:
    return f"{rng.randint(100, 999)}-{_rand(string.digits, 7)}-{_rand(string.digits, 7)}"


def ups(arg: str = "") -> str:
    return "1Z" + _rand(UPD, 6) + _rand(string.digits, 10)


def usps(arg: str = "") -> str:
    d = "9400" + _rand(string.digits, 18)
    return " ".join(d[i : i + 4] for i in range(0, 22, 4))


def fedex(arg: str = "") -> str:
    return f"{_rand(string.digits, 4)} {_rand(string.digits, 4)} {_rand(string.digits, 4)}"


def invoice(arg: str = "") -> str:
    return rng.choice([f"INV-{rng.randint(2019, 2026)}-{rng.randint(1, 99999):05d}", f"#{rng.randint(10**6, 10**8)}",
                       f"SO{rng.randint(10**7, 10**8)}", f"PO-{rng.randint(10**4, 10**6)}"])  # fmt: skip


def version(arg: str = "") -> str:
    return rng.choice([
        f"{rng.randint(0, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
        f"v{rng.randint(1, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
        f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(100, 9999)}",
        f"{rng.randint(100, 130)}.0.{rng.randint(5000, 6500)}.{rng.randint(10, 200)}",
        f"10.0.{rng.randint(17000, 22631)}.{rng.randint(100, 4000)}",
        f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 5)}",
        f"{rng.randint(2020, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}",
    ])  # fmt: skip


def git_sha(arg: str = "") -> str:
    h = hashlib.sha1(rng.randbytes(16)).hexdigest()
    return h[:7] if arg == "short" else h


def digest(arg: str = "") -> str:
    data = rng.randbytes(16)
    if arg == "md5":
        return hashlib.md5(data).hexdigest()
    return hashlib.sha256(data).hexdigest()


def uuid4(arg: str = "") -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def date(arg: str = "") -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([
        f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{d:02d}/{y}", f"{d}/{m}/{y}",
        f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rng.randint(0, 999):03d}Z",
        f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}", f"{m:02d}/{d:02d}/{y} {h:02d}:{mi:02d}",
        f"{y}{m:02d}{d:02d}", f"{d:02d}-{m:02d}-{y} {h:02d}:{mi:02d}",
    ])  # fmt: skip


def epoch(arg: str = "") -> str:
    return str(rng.randint(1_600_000_000, 1_800_000_000) * (1000 if arg == "ms" else 1) + rng.randint(0, 999))


def digits(arg: str) -> str:
    n = int(arg)
    return str(rng.randint(1, 9)) + _rand(string.digits, n - 1)


def isbn(arg: str = "") -> str:
    body = "978" + _rand(string.digits, 9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{c}"


def mac(arg: str = "") -> str:
    return ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def cidr(arg: str = "") -> str:
    return rng.choice([f"10.{rng.randint(0, 255)}.0.0/16", f"172.{rng.randint(16, 31)}.0.0/12",
                       f"192.168.{rng.randint(0, 255)}.0/24", "2001:db8:abcd::/48"])  # fmt: skip


def price(arg: str = "") -> str:
    return rng.choice([f"${rng.randint(1, 999)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}",
                       f"€{rng.randint(1, 99)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}",
                       f"{rng.randint(1000, 99999)}.{rng.randint(0, 99):02d} USD"])  # fmt: skip


def aws_account(arg: str = "") -> str:
    return _rand(string.digits, 12)


def coords(arg: str = "") -> str:
    return f"{rng.uniform(-60, 60):.6f}, {rng.uniform(-150, 150):.6f}"


def pick(arg: str) -> str:
    return rng.choice(arg.split(";"))


FACTORIES: dict[str, Callable[[str], str]] = {
    "person": person, "first": first, "email": email, "phone": phone, "card": card, "iban": iban,
    "ssn": ssn, "ipv4": ipv4, "ipv6": ipv6, "key": key, "order_luhn": order_luhn, "card_bad": card_bad,
    "iban_bad": iban_bad, "ssn_bad": ssn_bad, "amazon_order": amazon_order, "ups": ups, "usps": usps,
    "fedex": fedex, "invoice": invoice, "version": version, "git_sha": git_sha, "digest": digest,
    "uuid": uuid4, "date": date, "epoch": epoch, "digits": digits, "isbn": isbn, "mac": mac, "cidr": cidr,
    "price": price, "aws_account": aws_account, "coords": coords, "pick": pick,
}  # fmt: skip
GOLD_CHECK: dict[str, Callable[[str], bool]] = {
    "CREDIT_CARD": lambda v: luhn_ok(re.sub(r"[ -]", "", v)),
    "IBAN_CODE": iban_ok,
    "US_SSN": ssn_ok,
    "IP_ADDRESS": lambda v: bool(ipaddress.ip_address(v)),
    "PHONE_NUMBER": lambda v: (
        phonenumbers.is_valid_number(phonenumbers.parse(v if v.startswith("+") else "+" + v))
        if v.startswith("+")
        else True
    ),
}
SLOT = re.compile(r"<<(~?[A-Za-z_]+:|=)([a-z_0-9]+)(?:\|([^>]*))?>>")


def render(template: str, where: str) -> dict[str, object]:
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    las: list[dict[str, object]] = []
    pos = 0
    for m in SLOT.finditer(template):
        parts.append(template[pos : m.start()])
        off = sum(len(p) for p in parts)
        value = FACTORIES[m.group(2)](m.group(3) or "")
        tag = m.group(1)
        if tag.startswith("~"):
            las.append({"kind": tag[1:-1], "start": off, "end": off + len(value), "text": value})
        elif tag != "=":
            etype = tag[:-1]
            check = GOLD_CHECK.get(etype)
            if check is not None and not check(value):
                raise ValueError(f"{where}: bad gold {etype} {value!r}")
            spans.append({"type": etype, "start": off, "end": off + len(value), "text": value})
        parts.append(value)
        pos = m.end()
    parts.append(template[pos:])
    text = "".join(parts)
    for la in las:
        if la["kind"] == "order_luhn":
            assert luhn_ok(str(la["text"]).replace(" ", ""))
    return {"text": text, "spans": spans, "lookalikes": las}


def build() -> list[dict[str, object]]:
    """All records of the set, from a fresh seeded state (same output on every call)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from templates_heldout3 import TEMPLATES  # the authored part, kept in its own file

    rng.seed(SEED)
    fakers.clear()
    records: list[dict[str, object]] = []
    for i, (copies, template) in enumerate(TEMPLATES):
        for _ in range(copies):
            rec = render(template, f"template {i}")
            records.append({"id": f"heldout3-{len(records) + 1:04d}", "template": i, **rec})
    return records


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ns = sum(len(r["spans"]) for r in records)  # type: ignore[arg-type]
    nl = sum(len(r["lookalikes"]) for r in records)  # type: ignore[arg-type]
    print(f"{OUT.name}: {len(records)} texts, {ns} gold spans, {nl} look-alikes")
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main())
