"""Build the PII evaluation sets (``data/pii/eval_*.jsonl``) from their hand-written sources.

Each source file (``data/pii/*.src.txt``) holds one text per line; ``#`` starts a comment line and
``\\n`` inside a line stands for a newline. Inline markup:

* ``[[TYPE|value]]`` -- a gold entity of ``TYPE`` (a Presidio entity name or ``API_KEY``);
* ``{{kind|value}}`` -- a look-alike that must NOT be detected (``kind`` is free text: ``version``, ...);
* inside either, ``%{generator:arg:arg}`` is replaced by a value from a seeded generator below
  (valid or invalid credit cards, IBANs, SSNs, random tokens). Generators are independent of the
  detector code: they construct values, the detector validates them.

Every gold credit card, IBAN and SSN is checked here (Luhn, mod-97, SSA rules) and every ``*_bad``
look-alike is checked to fail, so a typo in the hand-written data cannot silently change the gold.

Usage::

    .venv/bin/python scripts/build_pii_eval.py          # writes data/pii/eval_dev.jsonl, eval_heldout.jsonl
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "pii"
SOURCES = {
    "dev": ("dev.src.txt", 1701),
    "heldout": ("heldout.src.txt", 2903),
    "heldout2": ("heldout2.src.txt", 4111),
}
_VALUE = r"((?:%\{[^}]*\}|.)+?)"
MARKUP = re.compile(r"\[\[([A-Z_]+)\|" + _VALUE + r"\]\]|\{\{([a-z_0-9-]+)\|" + _VALUE + r"\}\}", re.S)
GEN = re.compile(r"%\{([a-z0-9_]+)((?::[A-Za-z0-9_-]+)*)\}")

B62 = string.ascii_letters + string.digits
B64 = B62 + "+/"
B64URL = B62 + "-_"
HEX = "0123456789abcdef"


# ----------------------------------------------------------------------------------- check digits
def luhn_check_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


def iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return iban_numeric(s[4:] + s[:4]) % 97 == 1


# ------------------------------------------------------------------------------------ generators
CC_BRANDS: dict[str, tuple[list[str], int, str]] = {
    # brand: (prefixes, length, grouping for the "space"/"dash" formats)
    "visa": (["4"], 16, "4444"),
    "visa13": (["4"], 13, "4441"),
    "mc": (["51", "52", "53", "54", "55"], 16, "4444"),
    "mc2": (["2221", "2300", "2456", "2614", "2720"], 16, "4444"),
    "amex": (["34", "37"], 15, "465"),
    "discover": (["6011", "65", "644"], 16, "4444"),
    "jcb": (["3528", "3540", "3589"], 16, "4444"),
    "diners": (["36", "300", "305", "38"], 14, "464"),
    "unionpay": (["62"], 16, "4444"),
}


def _group(digits: str, grouping: str, sep: str) -> str:
    out, i = [], 0
    for g in grouping:
        out.append(digits[i : i + int(g)])
        i += int(g)
    return sep.join(out)


def gen_cc(rng: random.Random, brand: str = "visa", fmt: str = "plain", valid: bool = True) -> str:
    prefixes, length, grouping = CC_BRANDS[brand]
    prefix = rng.choice(prefixes)
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    check = luhn_check_digit(body)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    number = body + check
    assert luhn_ok(number) is valid
    if fmt == "plain":
        return number
    return _group(number, grouping, " " if fmt == "space" else "-")


# BBAN layouts: n = digit, a = upper-case letter, c = alphanumeric (upper-case).
IBAN_LAYOUTS = {
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "CH": "n" * 5 + "c" * 12,
    "AT": "n" * 16,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "IE": "aaaa" + "n" * 14,
    "PT": "n" * 21,
    "NO": "n" * 11,
    "DK": "n" * 14,
    "FI": "n" * 14,
    "LU": "nnn" + "c" * 13,
    "SA": "nn" + "c" * 18,
    "AE": "n" * 19,
    "TR": "n" * 5 + "0" + "c" * 16,
    "BR": "n" * 23 + "a" + "c",
    "MT": "aaaa" + "n" * 5 + "c" * 18,
}


def gen_iban(rng: random.Random, country: str = "DE", fmt: str = "space", valid: bool = True) -> str:
    alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}
    bban = "".join(rng.choice(alphabet.get(ch, ch)) for ch in IBAN_LAYOUTS[country])
    check = 98 - iban_numeric(bban + country + "00") % 97
    if not valid:
        check = (check + rng.randint(1, 50)) % 97 + 2
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban) is valid
    if fmt == "plain":
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def gen_ssn(rng: random.Random, fmt: str = "dash", valid: bool = True) -> str:
    if valid:
        area = rng.choice([n for n in range(1, 900) if n != 666])
        group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    else:
        kind = rng.choice(["area000", "area666", "area9", "group00", "serial0000"])
        area = {"area000": 0, "area666": 666, "area9": rng.randint(900, 999)}.get(kind, rng.randint(1, 665))
        group = 0 if kind == "group00" else rng.randint(1, 99)
        serial = 0 if kind == "serial0000" else rng.randint(1, 9999)
    sep = {"dash": "-", "space": " ", "plain": ""}[fmt]
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64url(obj: dict[str, object]) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def gen_key(rng: random.Random, kind: str) -> str:
    up = string.ascii_uppercase + string.digits
    if kind == "aws_id":
        return rng.choice(["AKIA", "ASIA"]) + _rand(rng, up, 16)
    if kind == "aws_secret":
        return _rand(rng, B64, 40)
    if kind in ("ghp", "gho", "ghs", "ghu"):
        return f"{kind}_" + _rand(rng, B62, 36)
    if kind == "github_pat":
        return "github_pat_" + _rand(rng, B62, 22) + "_" + _rand(rng, B62, 59)
    if kind.startswith("slack"):
        letter = kind[-1]
        return f"xox{letter}-" + "-".join(
            [_rand(rng, string.digits, 11), _rand(rng, string.digits, 12), _rand(rng, B62, 24)]
        )
    if kind in ("stripe_sk", "stripe_rk", "stripe_sk_test"):
        prefix = {"stripe_sk": "sk_live_", "stripe_rk": "rk_live_", "stripe_sk_test": "sk_test_"}[kind]
        return prefix + _rand(rng, B62, 24 + rng.randint(0, 75))
    if kind == "google":
        return "AIza" + _rand(rng, B64URL, 35)
    if kind == "openai":
        return "sk-" + _rand(rng, B62, 48)
    if kind == "openai_proj":
        return "sk-proj-" + _rand(rng, B64URL, 120 + rng.randint(0, 40))
    if kind == "anthropic":
        return "sk-ant-api03-" + _rand(rng, B64URL, 93) + "AA"
    if kind == "jwt":
        header = _b64url({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
        payload = _b64url({"sub": str(rng.randint(10**5, 10**9)), "iat": rng.randint(1_600_000_000, 1_800_000_000)})
        return f"{header}.{payload}.{_rand(rng, B64URL, 43)}"
    if kind.startswith("pem"):
        label = {"pem_rsa": "RSA PRIVATE KEY", "pem_ec": "EC PRIVATE KEY", "pem": "PRIVATE KEY",
                 "pem_openssh": "OPENSSH PRIVATE KEY"}[kind]  # fmt: skip
        lines = [_rand(rng, B64, 64) for _ in range(rng.randint(3, 6))] + [_rand(rng, B64, 20) + "=="]
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"
    if kind == "hex32":
        return _rand(rng, HEX, 32)
    if kind == "b62":
        return _rand(rng, B62, 32)
    raise ValueError(f"unknown key kind {kind!r}")


def gen_digest(rng: random.Random, kind: str) -> str:
    data = rng.randbytes(32)
    if kind == "sha1":
        return hashlib.sha1(data).hexdigest()
    if kind == "sha256":
        return hashlib.sha256(data).hexdigest()
    if kind == "short":
        return hashlib.sha1(data).hexdigest()[:7]
    if kind == "uuid":
        return str(uuid.UUID(bytes=data[:16], version=4))
    raise ValueError(kind)


def generate(rng: random.Random, name: str, args: list[str]) -> str:
    a = [*args, "", ""]
    valid = not name.endswith("_bad")
    gens: dict[str, Callable[[], str]] = {
        "cc": lambda: gen_cc(rng, a[0] or "visa", a[1] or "plain", valid=valid),
        "iban": lambda: gen_iban(rng, a[0] or "DE", a[1] or "space", valid=valid),
        "ssn": lambda: gen_ssn(rng, a[0] or "dash", valid=valid),
        "key": lambda: gen_key(rng, a[0]),
        "digest": lambda: gen_digest(rng, a[0]),
    }
    base = name.removesuffix("_bad")
    if base not in gens or (not valid and base in ("key", "digest")):
        raise ValueError(f"unknown generator {name!r}")
    return gens[base]()


# ------------------------------------------------------------------------------------------ build
def _expand(rng: random.Random, value: str) -> str:
    return GEN.sub(lambda m: generate(rng, m.group(1), [a for a in m.group(2).split(":") if a]), value)


def _check_gold(etype: str, value: str, where: str) -> None:
    digits = re.sub(r"[ -]", "", value)
    if etype == "CREDIT_CARD" and not (digits.isdigit() and luhn_ok(digits)):
        raise ValueError(f"{where}: gold credit card fails Luhn: {value!r}")
    if etype == "IBAN_CODE" and not iban_ok(value):
        raise ValueError(f"{where}: gold IBAN fails mod-97: {value!r}")
    if etype == "US_SSN":
        area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
        if area in (0, 666) or area >= 900 or group == 0 or serial == 0:
            raise ValueError(f"{where}: gold SSN breaks SSA rules: {value!r}")


def parse_line(rng: random.Random, line: str, where: str) -> dict[str, object]:
    line = line.replace("\\n", "\n")
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    lookalikes: list[dict[str, object]] = []
    pos = 0
    for m in MARKUP.finditer(line):
        text_parts.append(line[pos : m.start()])
        offset = sum(len(p) for p in text_parts)
        if m.group(1):
            value = _expand(rng, m.group(2))
            _check_gold(m.group(1), value, where)
            spans.append({"type": m.group(1), "start": offset, "end": offset + len(value), "text": value})
        else:
            raw = m.group(4)
            value = _expand(rng, raw)
            if "%{cc_bad" in raw and luhn_ok(re.sub(r"[ -]", "", value)):
                raise ValueError(f"{where}: look-alike card passes Luhn: {value!r}")
            if "%{iban_bad" in raw and iban_ok(value):
                raise ValueError(f"{where}: look-alike IBAN passes mod-97: {value!r}")
            if "%{ssn_bad" in raw:
                try:
                    _check_gold("US_SSN", value, where)
                except ValueError:
                    pass
                else:
                    raise ValueError(f"{where}: look-alike SSN is valid: {value!r}")
            lookalikes.append({"kind": m.group(3), "start": offset, "end": offset + len(value), "text": value})
        text_parts.append(value)
        pos = m.end()
    text_parts.append(line[pos:])
    text = "".join(text_parts)
    if "[[" in text or "{{" in text:
        raise ValueError(f"{where}: unbalanced markup")
    for s in spans + lookalikes:
        assert text[int(str(s["start"])) : int(str(s["end"]))] == s["text"]
    return {"text": text, "spans": spans, "lookalikes": lookalikes}


def build(split: str) -> Path:
    src_name, seed = SOURCES[split]
    rng = random.Random(seed)
    out = DATA / f"eval_{split}.jsonl"
    records: list[dict[str, Any]] = []
    for lineno, line in enumerate((DATA / src_name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        rec = parse_line(rng, line, f"{src_name}:{lineno}")
        records.append({"id": f"{split}-{len(records) + 1:04d}", **rec})
    with out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_spans = sum(len(r["spans"]) for r in records)
    n_la = sum(len(r["lookalikes"]) for r in records)
    print(f"{out.relative_to(DATA.parent.parent)}: {len(records)} texts, {n_spans} gold spans, {n_la} look-alikes")
    return out


def main(argv: list[str]) -> int:
    for split in argv or list(SOURCES):
        build(split)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
