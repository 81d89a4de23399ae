"""Generate held-out set v7 for the PII detector (session 6): ``data/pii/eval_heldout7.jsonl``.

Written after the session-6 fixes were final, with new templates (none of v1-v6's): SQL INSERT
dumps, Helm values files, docker-compose environment lists, Jira comments, card chargeback
e-mails, Spanish invoices, Italian customer messages, SMS-gateway JSON logs, semicolon CSV exports,
AWS CLI output, Terraform state, hotel registration cards, medical referrals, git diffs of config
files, WhatsApp chat exports, Markdown contact bullet lists, psql query output, structured JSON
access logs, LLM redaction prompts and Dutch/Polish/Swedish/Portuguese support e-mails. New
look-alike kinds: acquirer reference numbers, authorisation codes, terminal ids, AWS account ids,
AMI ids, diff hunk headers, OTP codes, medical record numbers, insurance member ids, passport
numbers, Italian fiscal codes, Spanish NIFs, hotel folios, Chrome build versions, ``*_version``
keys, phone-shaped customer numbers in CSV columns, Luhn-valid account numbers in psql columns,
masked cards, European amounts, Jira keys, trace ids, KVK/organisation numbers, besides dates and
UUIDs.

Gold conventions as v3-v6 (docs/pii.md, *Gold annotation rules*). Values are checked here by
their own rules (Luhn, mod-97 with registry lengths, SSA rules, ``ipaddress``,
``phonenumbers.is_valid_number``), never by the detector.

Usage: ``.venv/bin/python data/pii/gen_heldout7.py`` (writes the file and prints its sha256).
Needs the dev extra (``faker==40.54.0``, ``phonenumbers==9.0.43``).
"""

# ruff: noqa: E501  (templates read best as one builder chain per line)
from __future__ import annotations

import hashlib
import ipaddress
import json
import random
import string
import unicodedata
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

OUT = Path(__file__).resolve().parent / "eval_heldout7.jsonl"
SEED = 7_2026_1123
PER_TEMPLATE = 40

NAME_LOCALES = (
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "pt_PT", "nl_NL", "sv_SE", "da_DK",
    "cs_CZ", "hu_HU", "ro_RO", "fi_FI", "hr_HR", "sk_SK", "sl_SI", "et_EE", "lv_LV", "lt_LT", "en_AU",
    "en_CA", "es_MX", "pt_BR", "de_AT", "fr_CH", "ga_IE", "en_IE", "tr_TR",
)  # fmt: skip
REGIONS = (
    "US",
    "GB",
    "DE",
    "FR",
    "ES",
    "IT",
    "PL",
    "NL",
    "BE",
    "PT",
    "SE",
    "DK",
    "AT",
    "CH",
    "AU",
    "CA",
    "BR",
    "IN",
    "JP",
    "KR",
    "NO",
    "ZA",
    "MX",
    "IE",
)
IBAN_LAYOUT = {
    "ES": "nnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnncccccccccccc", "PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
    "DE": "nnnnnnnnnnnnnnnnnn", "FR": "nnnnnnnnnncccccccccccnn", "NL": "aaaannnnnnnnnn", "BE": "nnnnnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn", "SE": "nnnnnnnnnnnnnnnnnnnn", "DK": "nnnnnnnnnnnnnn",
}  # fmt: skip
DOMAINS = (
    "mailbox.org",
    "gmx.de",
    "libero.it",
    "wp.pl",
    "telefonica.net",
    "ziggo.nl",
    "outlook.com",
    "icloud.com",
    "fastmail.fm",
    "seznam.cz",
    "example.org",
)


class Doc:
    """Text built piece by piece, with gold spans and look-alikes at exact offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict[str, object]] = []
        self.looks: list[dict[str, object]] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def pii(self, kind: str, s: str) -> Doc:
        self.spans.append({"type": kind, "start": self.pos, "end": self.pos + len(s), "text": s})
        return self.t(s)

    def look(self, kind: str, s: str) -> Doc:
        self.looks.append({"kind": kind, "start": self.pos, "end": self.pos + len(s), "text": s})
        return self.t(s)

    def text(self) -> str:
        return "".join(self.parts)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(num: str) -> bool:
    return _luhn_digit(num[:-1]) == num[-1]


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in NAME_LOCALES}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + i)

    # ------------------------------------------------------------------ people
    def name(self) -> str:
        f = self.fakers[self.r.choice(NAME_LOCALES)]
        return f"{f.first_name()} {f.last_name()}"

    def email(self, name: str | None = None) -> str:
        r = self.r
        if name is None or r.random() < 0.3:
            base = "".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(4, 9))) + str(r.randint(1, 99))
        else:
            ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
            first, *rest = ascii_name.replace("'", "").split()
            last = rest[-1] if rest else "x"
            base = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last[:3]}", f"{last}.{first[0]}"])
        return f"{base}@{r.choice(DOMAINS)}"

    # ------------------------------------------------------------------ numbers
    def phone(self, region: str | None = None, fmt: str | None = None) -> str:
        r = self.r
        region = region or r.choice(REGIONS)
        kind = r.choice([PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
        ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        assert ex is not None
        nsn = str(ex.national_number)
        for _ in range(200):
            keep = max(2, len(nsn) - 4)
            cand = nsn[:keep] + "".join(r.choice(string.digits) for _ in range(len(nsn) - keep))
            num = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if phonenumbers.is_valid_number(num):
                break
        else:
            num = ex
        fmt = fmt or r.choice(["intl", "intl", "e164", "national"])
        style = {
            "intl": PhoneNumberFormat.INTERNATIONAL,
            "e164": PhoneNumberFormat.E164,
            "national": PhoneNumberFormat.NATIONAL,
        }[fmt]
        return phonenumbers.format_number(num, style)

    def card(self) -> str:
        r = self.r
        brand = r.choice(["visa", "mc", "mc2", "amex", "disc", "jcb"])
        prefix, length = {
            "visa": ("4" + str(r.randint(0, 9)), 16), "mc": (str(r.randint(51, 55)), 16),
            "mc2": (str(r.randint(2221, 2720)), 16), "amex": (r.choice(["34", "37"]), 15),
            "disc": ("6011", 16), "jcb": (str(r.randint(3528, 3589)), 16),
        }[brand]  # fmt: skip
        body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
        num = body + _luhn_digit(body)
        assert _luhn_ok(num)
        if length == 15:
            sep = r.choice([" ", "-", ""])
            return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
        sep = r.choice([" ", "-", "", " "])
        return sep.join(num[i : i + 4] for i in range(0, 16, 4)) if sep else num

    def luhn16(self, prefix: str = "") -> str:
        r = self.r
        prefix = prefix or r.choice(["4", "5" + str(r.randint(1, 5)), "6011"])
        body = prefix + "".join(r.choice(string.digits) for _ in range(15 - len(prefix)))
        return body + _luhn_digit(body)

    def iban(self, country: str | None = None, printed: bool | None = None) -> str:
        r = self.r
        country = country or r.choice(sorted(IBAN_LAYOUT))
        bban = "".join(
            r.choice(string.digits)
            if c == "n"
            else r.choice(string.ascii_uppercase)
            if c == "a"
            else r.choice(string.digits + string.ascii_uppercase)
            for c in IBAN_LAYOUT[country]
        )
        rearranged = bban + country + "00"
        check = 98 - int("".join(str(int(ch, 36)) for ch in rearranged)) % 97
        iban = f"{country}{check:02d}{bban}"
        assert int("".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])) % 97 == 1
        printed = r.random() < 0.5 if printed is None else printed
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if printed else iban

    def ssn(self) -> str:
        r = self.r
        while True:
            area = r.randint(1, 899)
            if area != 666:
                break
        return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    def ip4(self, private: bool | None = None) -> str:
        r = self.r
        private = r.random() < 0.4 if private is None else private
        while True:
            if private:
                ip = r.choice(
                    [
                        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    ]
                )
            else:
                ip = f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            addr = ipaddress.ip_address(ip)
            if private or addr.is_global:
                return ip

    def ip6(self) -> str:
        r = self.r
        groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(8)]
        if r.random() < 0.5:
            groups[0] = "2a02"
            return str(ipaddress.IPv6Address(":".join(groups)))
        return ":".join(groups)

    def rand(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def password(self) -> str:
        r = self.r
        while True:
            pw = self.rand(r.randint(10, 16), string.ascii_letters + string.digits + "!#%&*+?^")
            if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c in "!#%&*+?^" for c in pw):
                return pw

    # ------------------------------------------------------------------ look-alikes
    def date(self) -> str:
        r = self.r
        y, m, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}"])

    def version4(self) -> str:
        r = self.r
        return f"{r.randint(1, 30)}.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(0, 255)}"

    def phone_shaped(self) -> str:
        r = self.r
        return r.choice(
            [
                f"0{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"{r.randint(200, 989)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}",
                f"0{r.randint(100, 999)} {r.randint(100000, 999999)}",
            ]
        )


# ---------------------------------------------------------------------------------- templates
def t_sql_insert(g: Gen) -> Doc:
    n = g.name()
    d = (
        Doc()
        .t("INSERT INTO customers (id, full_name, email, phone, created_at) VALUES\n  (")
        .look("int_id", str(g.r.randint(10000, 99999)))
        .t(", '")
    )
    d.pii("PERSON", n).t("', '").pii("EMAIL_ADDRESS", g.email(n)).t("', '").pii("PHONE_NUMBER", g.phone(fmt="e164")).t(
        "', '"
    ).look("date", g.date()).t("');\n")
    d.t("INSERT INTO payments (customer_id, card_number, invoice_no) VALUES (").look(
        "int_id", str(g.r.randint(10000, 99999))
    ).t(", '").pii("CREDIT_CARD", g.card()).t("', 'INV-").look("invoice", str(g.r.randint(100000, 999999))).t("');\n")
    return d


def t_helm_values(g: Gen) -> Doc:
    d = (
        Doc()
        .t('# values-prod.yaml\nimage:\n  repository: registry.internal/api\n  tag: "')
        .look("version", g.version4())
        .t('"\nservice:\n  loadBalancerIP: ')
        .pii("IP_ADDRESS", g.ip4(private=False))
        .t("\npostgresql:\n  auth:\n    username: app\n    password: ")
        .pii("API_KEY", g.password())
        .t("\n  primary:\n    podAnnotations:\n      checksum/config: ")
        .look("sha", g.rand(64, "0123456789abcdef"))
        .t("\n")
    )
    return d


def t_compose_env(g: Gen) -> Doc:
    d = (
        Doc()
        .t("services:\n  db:\n    image: mariadb:11\n    environment:\n      - MARIADB_ROOT_PASSWORD=")
        .pii("API_KEY", g.password())
        .t("\n      - APP_VERSION=")
        .look("version_key", g.version4())
        .t("\n      - REDIS_HOST=")
        .pii("IP_ADDRESS", g.ip4(private=True))
        .t("\n      - GITHUB_TOKEN=")
        .pii("API_KEY", "ghp_" + g.rand(36))
        .t("\n")
    )
    return d


def t_jira_comment(g: Gen) -> Doc:
    n, m = g.name(), g.name()
    d = (
        Doc()
        .t("[")
        .look("jira_key", f"OPS-{g.r.randint(1000, 99999)}")
        .t("] Escalation from ")
        .pii("PERSON", n)
        .t("\n")
    )
    d.t("Customer asked for a callback on ").pii("PHONE_NUMBER", g.phone(fmt="intl")).t(" after build ").look(
        "build", str(g.r.randint(10000, 99999))
    ).t(" failed.\n")
    d.t("Assigned to ").pii("PERSON", m).t(" (").pii("EMAIL_ADDRESS", g.email(m)).t("), due ").look("date", g.date()).t(
        ".\n"
    )
    return d


def t_chargeback(g: Gen) -> Doc:
    n = g.name()
    d = (
        Doc()
        .t("Subject: Chargeback dispute\n\nCardholder: ")
        .pii("PERSON", n)
        .t("\nCard number: ")
        .pii("CREDIT_CARD", g.card())
        .t("\n")
    )
    d.t("ARN: ").look("arn", "7" + "".join(g.r.choice(string.digits) for _ in range(22))).t("\nAuth code: ").look(
        "auth_code", str(g.r.randint(100000, 999999))
    ).t("\nTerminal ID: ").look("terminal_id", str(g.r.randint(10**7, 10**8 - 1))).t("\n")
    d.t("Masked on receipt as ").look("masked_card", "**** **** **** " + str(g.r.randint(1000, 9999))).t(
        ". Reach me at "
    ).pii("EMAIL_ADDRESS", g.email(n)).t(".\n")
    return d


def t_factura_es(g: Gen) -> Doc:
    n = g.name()
    d = (
        Doc()
        .t("FACTURA ")
        .look("invoice", f"{g.r.randint(2024, 2026)}/{g.r.randint(1000, 9999)}")
        .t("\nCliente: ")
        .pii("PERSON", n)
        .t("\nNIF: ")
        .look("nif", f"{g.r.randint(10**7, 10**8 - 1)}{g.r.choice('TRWAGMYFPDXBNJZSQVHLCKE')}")
        .t("\n")
    )
    d.t("Nº de pedido: ").look("order_luhn", g.luhn16()).t("\nTeléfono: ").pii(
        "PHONE_NUMBER", g.phone("ES", "national")
    ).t("\nDomiciliación: ").pii("IBAN_CODE", g.iban("ES")).t("\nImporte: ").look(
        "amount", f"{g.r.randint(1, 9)}.{g.r.randint(100, 999)},{g.r.randint(10, 99)} €"
    ).t("\n")
    return d


def t_cliente_it(g: Gen) -> Doc:
    n = g.name()
    cf = (
        "".join(g.r.choice(string.ascii_uppercase) for _ in range(6))
        + f"{g.r.randint(10, 99)}"
        + g.r.choice("ABCDEHLMPRST")
        + f"{g.r.randint(10, 99)}"
        + g.r.choice(string.ascii_uppercase)
        + f"{g.r.randint(100, 999)}"
        + g.r.choice(string.ascii_uppercase)
    )
    d = Doc().t("Buongiorno,\nsono ").pii("PERSON", n).t(", codice fiscale ").look("codice_fiscale", cf).t(".\n")
    d.t("Il mio cellulare è ").pii("PHONE_NUMBER", g.phone("IT", "national")).t(", l'IBAN per il rimborso ").pii(
        "IBAN_CODE", g.iban("IT")
    ).t(".\nPratica n. ").look("case_no", str(g.r.randint(10**6, 10**7 - 1))).t(" del ").look("date", g.date()).t(".\n")
    return d


def t_sms_gateway(g: Gen) -> Doc:
    d = Doc()
    for _ in range(3):
        d.t('{"ts": "').look(
            "timestamp",
            f"2026-0{g.r.randint(1, 9)}-1{g.r.randint(0, 9)}T{g.r.randint(10, 23)}:{g.r.randint(10, 59)}:{g.r.randint(10, 59)}Z",
        ).t('", "to": "').pii("PHONE_NUMBER", g.phone(fmt="e164")).t('", "body": "Your code is ').look(
            "otp", str(g.r.randint(100000, 999999))
        ).t('", "status": "delivered"}\n')
    return d


def t_csv_semicolon(g: Gen) -> Doc:
    d = Doc().t("Kundennr;Name;Telefon;IBAN;Betrag\n")
    for _ in range(3):
        n = g.name()
        d.look("customer_no_phone", g.phone_shaped()).t(";").pii("PERSON", n).t(";").pii(
            "PHONE_NUMBER", g.phone(g.r.choice(["DE", "AT", "CH"]), "intl")
        ).t(";").pii("IBAN_CODE", g.iban("DE", printed=False)).t(";").look(
            "amount", f"{g.r.randint(1, 9)}.{g.r.randint(100, 999)},{g.r.randint(10, 99)}"
        ).t("\n")
    return d


def t_aws_cli(g: Gen) -> Doc:
    akid = "AKIA" + g.rand(16, string.ascii_uppercase + string.digits)
    d = (
        Doc()
        .t('$ aws sts get-caller-identity\n{\n    "UserId": "')
        .look("aws_user_id", "AIDA" + g.rand(17, string.ascii_uppercase + string.digits))
        .t('",\n    "Account": "')
        .look("aws_account", str(g.r.randint(10**11, 10**12 - 1)))
        .t('"\n}\n$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ')
        .pii("API_KEY", akid)
        .t("\naws_secret_access_key = ")
        .pii("API_KEY", g.rand(40, string.ascii_letters + string.digits + "/+"))
        .t("\n")
    )
    d.t("# instance ").look("ami", "ami-0" + g.rand(16, "0123456789abcdef")).t(" at ").pii(
        "IP_ADDRESS", g.ip4(private=False)
    ).t("\n")
    return d


def t_tfstate(g: Gen) -> Doc:
    d = (
        Doc()
        .t('{\n  "type": "aws_db_instance",\n  "attributes": {\n    "engine_version": "')
        .look("version_key", g.version4())
        .t('",\n    "address": "')
        .pii("IP_ADDRESS", g.ip4(private=True))
        .t('",\n    "password": "')
        .pii("API_KEY", g.password())
        .t('",\n    "id": "')
        .look(
            "uuid",
            f"{g.rand(8, '0123456789abcdef')}-{g.rand(4, '0123456789abcdef')}-4{g.rand(3, '0123456789abcdef')}-a{g.rand(3, '0123456789abcdef')}-{g.rand(12, '0123456789abcdef')}",
        )
        .t('"\n  }\n}\n')
    )
    return d


def t_hotel_card(g: Gen) -> Doc:
    n = g.name()
    d = (
        Doc()
        .t("REGISTRATION CARD  Room ")
        .look("room", str(g.r.randint(101, 1899)))
        .t("  Folio ")
        .look("folio", str(g.r.randint(10**7, 10**8 - 1)))
        .t("\nGuest: ")
        .pii("PERSON", n)
        .t("\nPassport: ")
        .look(
            "passport",
            g.r.choice(string.ascii_uppercase)
            + g.r.choice(string.ascii_uppercase)
            + str(g.r.randint(10**6, 10**7 - 1)),
        )
        .t("\n")
    )
    d.t("Mobile: ").pii("PHONE_NUMBER", g.phone(fmt="intl")).t("\nE-mail: ").pii("EMAIL_ADDRESS", g.email(n)).t(
        "\nGuarantee: "
    ).pii("CREDIT_CARD", g.card()).t(" exp ").look("expiry", f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}").t("\n")
    return d


def t_referral(g: Gen) -> Doc:
    n, dr = g.name(), g.name()
    d = (
        Doc()
        .t("REFERRAL\nPatient: ")
        .pii("PERSON", n)
        .t("  MRN ")
        .look("mrn", str(g.r.randint(10**7, 10**8 - 1)))
        .t("\nSSN: ")
        .pii("US_SSN", g.ssn())
        .t("\nInsurance member ID: ")
        .look("member_id", str(g.r.randint(10**9, 10**10 - 1)))
        .t("\n")
    )
    d.t("Referring physician: Dr. ").pii("PERSON", dr).t(", office ").pii("PHONE_NUMBER", g.phone("US", "national")).t(
        "\n"
    )
    return d


def t_git_diff(g: Gen) -> Doc:
    d = (
        Doc()
        .t("diff --git a/config/prod.ini b/config/prod.ini\n--- a/config/prod.ini\n+++ b/config/prod.ini\n")
        .look("hunk", f"@@ -{g.r.randint(2, 40)},7 +{g.r.randint(2, 40)},8 @@")
        .t("\n [database]\n-host = ")
        .pii("IP_ADDRESS", g.ip4())
        .t("\n+host = ")
        .pii("IP_ADDRESS", g.ip4())
        .t("\n+db_password = ")
        .pii("API_KEY", g.password())
        .t("\n client_version = ")
        .look("version_key", g.version4())
        .t("\n")
    )
    return d


def t_whatsapp(g: Gen) -> Doc:
    a, b = g.name(), g.name()
    d = (
        Doc()
        .t("[")
        .look(
            "timestamp",
            f"{g.r.randint(1, 28):02d}/{g.r.randint(1, 12):02d}/2025, {g.r.randint(10, 23)}:{g.r.randint(10, 59)}:{g.r.randint(10, 59)}",
        )
        .t("] ")
        .pii("PERSON", a)
        .t(": can you send me the number of the plumber?\n[")
    )
    d.look(
        "timestamp",
        f"{g.r.randint(1, 28):02d}/{g.r.randint(1, 12):02d}/2025, {g.r.randint(10, 23)}:{g.r.randint(10, 59)}:{g.r.randint(10, 59)}",
    ).t("] ").pii("PERSON", b).t(": sure, it's ").pii(
        "PHONE_NUMBER", g.phone(g.r.choice(["GB", "IE", "AU", "ZA"]), "national")
    ).t("\n")
    return d


def t_contact_bullets(g: Gen) -> Doc:
    d = Doc().t("## On-call contacts\n")
    for _ in range(3):
        n = g.name()
        d.t("- **").pii("PERSON", n).t("** — ").pii("PHONE_NUMBER", g.phone(fmt="intl")).t(" — ").pii(
            "EMAIL_ADDRESS", g.email(n)
        ).t("\n")
    return d


def t_psql(g: Gen) -> Doc:
    d = Doc().t(
        "app=> SELECT id, name, phone, account_no FROM members LIMIT 3;\n id  |        name        |      phone       |    account_no\n-----+--------------------+------------------+------------------\n"
    )
    for _ in range(3):
        d.t(f" {g.r.randint(100, 999)} | ").pii("PERSON", g.name()).t(" | ").pii("PHONE_NUMBER", g.phone(fmt="e164")).t(
            " | "
        ).look("account_luhn", g.luhn16()).t("\n")
    d.t("(3 rows)\n")
    return d


def t_json_access_log(g: Gen) -> Doc:
    chrome = f"{g.r.randint(100, 130)}.0.{g.r.randint(1000, 6999)}.{g.r.randint(10, 250)}"
    d = (
        Doc()
        .t('{"level": "info", "client_ip": "')
        .pii("IP_ADDRESS", g.ip4(private=False))
        .t('", "ua": "Mozilla/5.0 Chrome/')
        .look("chrome_version", chrome)
        .t(' Safari/537.36", "trace_id": "')
        .look("trace_id", g.rand(32, "0123456789abcdef"))
        .t('", "user": "')
        .pii("EMAIL_ADDRESS", g.email())
        .t('"}\n')
    )
    return d


def t_redaction_prompt(g: Gen) -> Doc:
    n = g.name()
    d = (
        Doc()
        .t('Please redact the following complaint before we forward it to the vendor:\n"My name is ')
        .pii("PERSON", n)
        .t(" and you charged my card ")
        .pii("CREDIT_CARD", g.card())
        .t(" twice. My SSN ")
        .pii("US_SSN", g.ssn())
        .t(" was also printed on the letter dated ")
        .look("date", g.date())
        .t(". Email me at ")
        .pii("EMAIL_ADDRESS", g.email(n))
        .t('."\n')
    )
    return d


def t_support_nl_pl_sv_pt(g: Gen) -> Doc:
    n = g.name()
    lang = g.r.choice(["nl", "pl", "sv", "pt"])
    region, country = {"nl": ("NL", "NL"), "pl": ("PL", "PL"), "sv": ("SE", "SE"), "pt": ("PT", "PT")}[lang]
    greet, order_word, phone_word, iban_word, bye = {
        "nl": (
            "Beste klantenservice,",
            "Bestelnummer",
            "Mijn telefoonnummer is",
            "Rekeningnummer:",
            "Met vriendelijke groet,",
        ),
        "pl": ("Dzień dobry,", "Numer zamówienia", "Mój numer telefonu to", "Numer konta:", "Pozdrawiam,"),
        "sv": ("Hej,", "Ordernummer", "Mitt telefonnummer är", "Konto:", "Vänliga hälsningar,"),
        "pt": ("Boa tarde,", "Número da encomenda", "O meu telemóvel é", "IBAN:", "Cumprimentos,"),
    }[lang]
    d = (
        Doc()
        .t(f"{greet}\n{order_word}: ")
        .look("order_luhn", g.luhn16())
        .t(f"\n{phone_word} ")
        .pii("PHONE_NUMBER", g.phone(region, "national"))
        .t(f".\n{iban_word} ")
        .pii("IBAN_CODE", g.iban(country))
        .t(f"\n{bye}\n")
        .pii("PERSON", n)
        .t("\n")
    )
    if lang == "nl":
        d.t("KvK ").look("org_no", str(g.r.randint(10**7, 10**8 - 1))).t("\n")
    return d


TEMPLATES: tuple[Callable[[Gen], Doc], ...] = (
    t_sql_insert, t_helm_values, t_compose_env, t_jira_comment, t_chargeback, t_factura_es, t_cliente_it,
    t_sms_gateway, t_csv_semicolon, t_aws_cli, t_tfstate, t_hotel_card, t_referral, t_git_diff, t_whatsapp,
    t_contact_bullets, t_psql, t_json_access_log, t_redaction_prompt, t_support_nl_pl_sv_pt,
)  # fmt: skip


def build() -> list[dict[str, object]]:
    gen = Gen(SEED)
    out: list[dict[str, object]] = []
    for i in range(PER_TEMPLATE * len(TEMPLATES)):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        doc = tpl(gen)
        out.append(
            {
                "id": f"heldout7-{i + 1:04d}",
                "template": tpl.__name__,
                "text": doc.text(),
                "spans": doc.spans,
                "lookalikes": doc.looks,
            }
        )
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
    print(sum(n_look.values()), "look-alikes;", n_look)
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
