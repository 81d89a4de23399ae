#!/usr/bin/env python3
"""gen_heldout25.py - generator for the blind held-out PII evaluation set "heldout25".

Python 3 standard library only. Every name list, phrase, template and format
table below was typed by the author for this file. One random.Random(SEED)
drives everything; no hash()/set-order dependence.

Usage:  python3 gen_heldout25.py [--out PATH]
"""
import argparse
import base64
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

SEED = 2025112502
N_ROWS = 1100
R = random.Random(SEED)

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = UP.lower()
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def rc(seq):
    return R.choice(seq)


def ri(a, b):
    return R.randint(a, b)


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def digits(n):
    return rs(DIG, n)


def pat(p):
    """'#' -> any digit, '@' -> digit 2-9, everything else literal."""
    out = []
    for ch in p:
        if ch == "#":
            out.append(R.choice(DIG))
        elif ch == "@":
            out.append(R.choice("23456789"))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- checks
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, n in enumerate(reversed(d)):
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, sr = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and sr != 0


# ---------------------------------------------------------------- cards
CARD_BRANDS = [
    (["4"], [16, 16, 16, 16, 13, 19]),
    (["51", "52", "53", "54", "55", "2221", "2720", "23", "26"], [16]),
    (["34", "37"], [15]),
    (["6011", "644", "65"], [16]),
    (["3528", "3589", "354", "356"], [16]),
    (["36", "300", "305"], [14]),
    (["62"], [16, 19]),
    (["6759", "5018", "6304"], [16, 19]),
]
TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444",
              "378282246310005", "6011111111111117", "5105105105105100",
              "4012888888881881", "3530111333300000", "30569309025904",
              "371449635398431", "6011000990139424", "5200828282828210",
              "4000056655665556", "3566002020360505"]


def fmt_card(num):
    L = len(num)
    if L == 15:
        g = [4, 6, 5]
    elif L == 14:
        g = [4, 6, 4]
    elif L == 19:
        g = [4, 4, 4, 4, 3]
    elif L == 16:
        g = [4, 4, 4, 4]
    else:
        return num
    x = R.random()
    if x < 0.5:
        sep = " "
    elif x < 0.72:
        sep = "-"
    else:
        return num
    out, i = [], 0
    for n in g:
        out.append(num[i:i + n])
        i += n
    return sep.join(out)


def gen_card_digits():
    prefs, lens = rc(CARD_BRANDS)
    p = rc(prefs)
    L = rc(lens)
    return luhn_complete(p + digits(L - 1 - len(p)))


def gen_bad_card():
    while True:
        num = gen_card_digits()
        num = num[:-1] + str((int(num[-1]) + ri(1, 9)) % 10)
        if not luhn_ok(num):
            return fmt_card(num)


# ---------------------------------------------------------------- IBAN
IBAN_SPEC = {
    "DE": "8n10n", "AT": "5n11n", "CH": "5n12c", "FR": "5n5n11c2n", "BE": "3n7n2n",
    "LU": "3n13c", "ES": "4n4n1n1n10n", "IT": "1a5n5n12c", "PT": "4n4n11n2n",
    "NL": "4a10n", "PL": "8n16n", "SE": "3n16n1n", "TR": "5n1n16c", "GR": "3n4n16c",
    "SA": "2n18c", "AE": "3n16n", "QA": "4a21c", "EG": "4n4n17n", "GB": "4a6n8n",
    "IE": "4a6n8n", "NO": "4n6n1n", "DK": "4n9n1n", "FI": "3n11n", "CZ": "4n6n10n",
    "RO": "4a16c", "HU": "3n4n1n15n1n", "KZ": "3n13c", "BR": "8n5n10n1a1c",
}
BANK_CODES_A = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"],
                "IE": ["AIBK", "BOFI", "IPBS"], "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"],
                "RO": ["BTRL", "RNCB", "INGB"], "QA": ["QNBA", "DOHB"],
                "IT": ["X", "A", "K", "Z"]}
DOC_IBANS = ["DE89370400440532013000", "GB82WEST12345698765432", "GB29NWBK60161331926819",
             "FR1420041010050500013M02606", "NL91ABNA0417164300", "ES9121000418450200051332",
             "IT60X0542811101000000123456", "CH9300762011623852957", "BE68539007547034",
             "AT611904300234573201", "PL61109010140000071219812874",
             "SE4550000000058398257466", "GR1601101250000000012300695", "NO9386011117947",
             "DK5000400440116243", "FI2112345600000785", "PT50000201231234567890154",
             "SA0380000000608010167519", "AE070331234567890123456",
             "TR330006100519786457841326", "IE29AIBK93115212345678"]


def iban_from(cc, bban):
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return "%s%02d%s" % (cc, 98 - n % 97, bban)


def gen_bban(cc):
    out = []
    first_alpha = True
    for num, kind in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
        n = int(num)
        if kind == "n":
            out.append(digits(n))
        elif kind == "a":
            if first_alpha and cc in BANK_CODES_A and len(rc(BANK_CODES_A[cc])) == n:
                cands = [b for b in BANK_CODES_A[cc] if len(b) == n]
                out.append(rc(cands))
            else:
                out.append(rs(UP, n))
            first_alpha = False
        else:
            if R.random() < 0.8:
                out.append(digits(n))
            else:
                k = ri(1, 2)
                out.append(digits(n - k) + rs(UP, k))
    return "".join(out)


def space_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_iban(cc, spaced=None):
    s = iban_from(cc, gen_bban(cc))
    assert iban_ok(s)
    if spaced is None:
        spaced = R.random() < 0.6
    return space_iban(s) if spaced else s


def gen_bad_iban(cc):
    while True:
        s = iban_from(cc, gen_bban(cc))
        cd = int(s[2:4])
        if R.random() < 0.6:
            bad = "%02d" % ((cd - 2 + ri(1, 95)) % 97 + 2)
            s2 = s[:2] + bad + s[4:]
        else:
            b = list(s[4:])
            i = ri(0, len(b) - 2)
            b[i], b[i + 1] = b[i + 1], b[i]
            s2 = s[:4] + "".join(b)
        if not iban_ok(s2):
            return space_iban(s2) if R.random() < 0.55 else s2


# ---------------------------------------------------------------- SSN
DOC_SSNS = ["078-05-1120", "219-09-9999", "123-45-6789"]


def fmt_ssn(a, g, s):
    x = R.random()
    if x < 0.78:
        return "%03d-%02d-%04d" % (a, g, s)
    if x < 0.92:
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def gen_ssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    v = fmt_ssn(a, ri(1, 99), ri(1, 9999))
    if re.sub(r"\D", "", v) in ("078051120", "219099999", "123456789"):
        return gen_ssn()
    return v


def gen_bad_ssn():
    k = ri(0, 4)
    a, g, s = ri(1, 899), ri(1, 99), ri(1, 9999)
    if a == 666:
        a = 665
    if k == 0:
        a = 0
    elif k == 1:
        a = 666
    elif k == 2:
        a = ri(900, 999)
    elif k == 3:
        g = 0
    else:
        s = 0
    v = "%03d-%02d-%04d" % (a, g, s) if R.random() < 0.8 else "%03d %02d %04d" % (a, g, s)
    assert not ssn_ok(v)
    return v


# ---------------------------------------------------------------- IP
PUB_FIRST = [23, 31, 37, 45, 46, 51, 62, 77, 78, 81, 82, 85, 89, 91, 94, 95, 104, 109, 113,
             118, 121, 130, 141, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217, 222]


def gen_ipv4():
    return "%d.%d.%d.%d" % (rc(PUB_FIRST), ri(0, 255), ri(0, 255), ri(1, 254))


def gen_ipv4_priv():
    x = R.random()
    if x < 0.4:
        return "10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254))
    if x < 0.7:
        return "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(1, 254))
    return "192.168.%d.%d" % (ri(0, 255), ri(1, 254))


def gen_ipv4_doc():
    return "%s.%d" % (rc(["192.0.2", "198.51.100", "203.0.113"]), ri(1, 254))


def compress6(groups):
    best, bl, i = -1, 1, 0
    while i < 8:
        if groups[i] == "0":
            j = i
            while j < 8 and groups[j] == "0":
                j += 1
            if j - i > bl:
                best, bl = i, j - i
            i = j
        else:
            i += 1
    if best < 0:
        return ":".join(groups)
    left = ":".join(groups[:best])
    right = ":".join(groups[best + bl:])
    return left + "::" + right


def hexgroup():
    return "%x" % ri(1, 0xFFFF)


def gen_ipv6(kind="pub"):
    if kind == "doc":
        g = ["2001", "db8"] + [hexgroup() if R.random() < 0.5 else "0" for _ in range(6)]
        if R.random() < 0.5:
            g = ["2001", "db8"] + ["0"] * 5 + [hexgroup()]
    elif kind == "ll":
        g = ["fe80", "0", "0", "0"] + [hexgroup() for _ in range(4)]
    else:
        pre = rc([["2a01", "4f8"], ["2001", "41d0"], ["2606", "4700"], ["2400", "cb00"],
                  ["2a02", "%x" % ri(0x1000, 0xffff)], ["2804", "%x" % ri(0x100, 0xfff)],
                  ["2a00", "1450"], ["240e", "%x" % ri(0x100, 0xfff)], ["2c0f", "f7a8"]])
        g = pre + [hexgroup() for _ in range(6)]
        if R.random() < 0.55:
            z = ri(2, 5)
            st = ri(2, 7 - z)
            for k in range(st, st + z):
                g[k] = "0"
    if R.random() < 0.8:
        return compress6(g)
    return ":".join(g) if R.random() < 0.5 else ":".join("%04x" % int(x, 16) for x in g)


# ---------------------------------------------------------------- API keys
def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_jwt():
    alg = rc(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(HEX, 16)
    iat = ri(1700000000, 1770000000)
    pl = {"sub": rc([str(ri(10000, 9999999)), rs(HEX, 24), "usr_" + rs(ALNUM, 12)]),
          "iat": iat, "exp": iat + rc([900, 3600, 86400]),
          "scope": rc(["read:orders", "openid profile", "admin", "api:write"])}
    if R.random() < 0.4:
        pl["iss"] = rc(["https://auth.internal", "https://login.acme-cloud.io", "billing-svc"])
    s1 = b64url(json.dumps(hdr, separators=(",", ":")).encode())
    s2 = b64url(json.dumps(pl, separators=(",", ":")).encode())
    sig = rs(URLSAFE, 43 if alg == "HS256" else (86 if alg == "ES256" else 342))
    return s1 + "." + s2 + "." + sig


def gen_pem():
    kind = rc(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    nl = ri(4, 9)
    if kind == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA" + rs(B64, 64 * nl - 56)
        w = 70
    elif kind == "EC PRIVATE KEY":
        body = "MHcCAQEEI" + rs(B64, 64 * 2 + 29) + "=="
        w = 64
    elif kind == "RSA PRIVATE KEY":
        body = "MIIEpAIBAAKCAQEA" + rs(B64, 64 * nl - 16)
        w = 64
    else:
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + rs(B64, 64 * nl - 32)
        w = 64
    body += rs(B64, ri(8, 40)) + rc(["", "=", "=="])
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def k_discord():
    uid = str(ri(10 ** 17, 10 ** 18 - 1))
    return b64url(uid.encode()) + "." + rs(URLSAFE, 6) + "." + rs(URLSAFE, 38)


KEYGEN = {
    "aws_id": lambda: rc(["AKIA", "AKIA", "ASIA"]) + rs(UP + "234567", 16),
    "aws_secret": lambda: rs(ALNUM + "/+", 40),
    "gcp": lambda: "AIza" + rs(URLSAFE, 35),
    "stripe": lambda: rc(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + rs(ALNUM, rc([24, 34, 99])),
    "stripe_wh": lambda: "whsec_" + rs(ALNUM, 32),
    "github": lambda: rc(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(ALNUM, 36),
    "github_pat": lambda: "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59),
    "gitlab": lambda: "glpat-" + rs(URLSAFE, 20),
    "slack": lambda: rc(["xoxb-", "xoxp-"]) + digits(12) + "-" + digits(13) + "-" + rs(ALNUM, 24),
    "discord": k_discord,
    "telegram": lambda: str(ri(10 ** 9, 7 * 10 ** 9)) + ":AA" + rs(URLSAFE, 33),
    "openai": lambda: rc(["sk-proj-" + rs(URLSAFE, 74) + "T3BlbkFJ" + rs(URLSAFE, 74),
                          "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)]),
    "anthropic": lambda: "sk-ant-api03-" + rs(URLSAFE, 93) + "AA",
    "sendgrid": lambda: "SG." + rs(URLSAFE, 22) + "." + rs(URLSAFE, 43),
    "twilio": lambda: "SK" + rs(HEX, 32),
    "mailgun": lambda: "key-" + rs(HEX, 32),
    "npm": lambda: "npm_" + rs(ALNUM, 36),
    "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(URLSAFE, 60),
    "hf": lambda: "hf_" + rs(ALNUM, 34),
    "shopify": lambda: rc(["shpat_", "shpss_"]) + rs(HEX, 32),
    "digitalocean": lambda: "dop_v1_" + rs(HEX, 64),
    "vault": lambda: "hvs." + rs(URLSAFE, 24 + 4 * ri(0, 15)),
    "azure": lambda: rs(B64, 86) + "==",
    "postman": lambda: "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34),
    "datadog": lambda: rs(HEX, 32),
    "atlassian": lambda: "ATATT3xFfGF0" + rs(URLSAFE, 170) + "=" + rs(UP + DIG, 8),
    "square": lambda: rc(["sq0atp-" + rs(URLSAFE, 22), "EAAA" + rs(URLSAFE, 60)]),
    "linear": lambda: "lin_api_" + rs(ALNUM, 40),
    "newrelic": lambda: "NRAK-" + rs(UP + DIG, 27),
    "okta": lambda: "00" + rs(URLSAFE, 40),
    "doppler": lambda: "dp.st.prd." + rs(ALNUM, 40),
    "cloudflare": lambda: rs(URLSAFE, 40),
    "braintree": lambda: "access_token$production$" + rs(LO + DIG, 16) + "$" + rs(HEX, 32),
    "figma": lambda: "figd_" + rs(URLSAFE, 40),
    "notion": lambda: rc(["secret_", "ntn_"]) + rs(ALNUM, 43),
    "jwt": gen_jwt,
    "opaque": lambda: rs(ALNUM + "-._~", ri(32, 48)),
}
KEY_ENV = {
    "aws_id": "AWS_ACCESS_KEY_ID", "aws_secret": "AWS_SECRET_ACCESS_KEY", "gcp": "GOOGLE_API_KEY",
    "stripe": "STRIPE_SECRET_KEY", "stripe_wh": "STRIPE_WEBHOOK_SECRET", "github": "GITHUB_TOKEN",
    "github_pat": "GH_PAT", "gitlab": "GITLAB_TOKEN", "slack": "SLACK_BOT_TOKEN",
    "discord": "DISCORD_TOKEN", "telegram": "TELEGRAM_BOT_TOKEN", "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY", "sendgrid": "SENDGRID_API_KEY", "twilio": "TWILIO_API_KEY",
    "mailgun": "MAILGUN_API_KEY", "npm": "NPM_TOKEN", "pypi": "TWINE_PASSWORD", "hf": "HF_TOKEN",
    "shopify": "SHOPIFY_ACCESS_TOKEN", "digitalocean": "DIGITALOCEAN_TOKEN",
    "vault": "VAULT_TOKEN", "azure": "AZURE_STORAGE_KEY", "postman": "POSTMAN_API_KEY",
    "datadog": "DD_API_KEY", "atlassian": "JIRA_API_TOKEN", "square": "SQUARE_ACCESS_TOKEN",
    "linear": "LINEAR_API_KEY", "newrelic": "NEW_RELIC_API_KEY", "okta": "OKTA_API_TOKEN",
    "doppler": "DOPPLER_TOKEN", "cloudflare": "CLOUDFLARE_API_TOKEN",
    "braintree": "BRAINTREE_ACCESS_TOKEN", "figma": "FIGMA_TOKEN", "notion": "NOTION_TOKEN",
    "jwt": "SERVICE_JWT", "opaque": "API_TOKEN",
}
ENV_KEYS = [k for k in KEYGEN if k not in ("jwt", "opaque")]
DOC_KEYS = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"]


def gen_db_password():
    return rs(ALNUM, ri(6, 12)) + rc(["!", "#", "%", "_", "-", "^", "*"]) + rs(ALNUM, ri(4, 10))


# ================================================================ names
# Latin-script languages: plain names. Other scripts: "native:romanised".
NAMES = {
    "en": ("James Olivia Michael Emily Daniel Sophie Ryan Hannah Connor Grace Ethan Chloe Marcus "
           "Abigail Tyler Megan Nathan Lauren Declan Fiona Harrison Bethany Gavin Rosalind",
           "Thompson Walker Harris Mitchell Fletcher Reynolds Gallagher Hughes Brennan Whitaker "
           "Coleman Patterson Sullivan McAllister Barnes Donovan Carter Henderson Ashworth Pritchard"),
    "de": ("Lukas Anna Jonas Lea Felix Marie Tobias Katharina Sophie Jan-Niklas Julia Niklas Laura "
           "Florian Franziska Sebastian Johanna Matthias Sabine Jürgen",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Bauer "
           "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Krüger Hartmann Lange"),
    "fr": ("Camille Louis Manon Hugo Léa Théo Chloé Antoine Inès Julien Élodie Mathieu Sarah "
           "Nicolas Margaux Thomas Aurélie Guillaume",
           "Martin Bernard Dubois Durand Lefèvre Moreau Laurent Simon Michel Garnier Faure Rousseau "
           "Blanc Fontaine Chevalier Girard Mercier Bonnet"),
    "es": ("Lucía Hugo Martina Pablo Sofía Alejandro Carmen Javier Elena Diego Paula Sergio Marta "
           "Álvaro Nuria Iñaki Rocío Andrés",
           "García Fernández González Rodríguez López Martínez Sánchez Gómez Ruiz Jiménez Moreno "
           "Álvarez Romero Navarro Torres Domínguez Vázquez Ortega Castillo Iglesias"),
    "it": ("Giulia Francesco Chiara Alessandro Martina Lorenzo Sara Matteo Federica Andrea "
           "Valentina Davide Elisa Simone Giorgia Riccardo",
           "Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa "
           "Giordano Rizzo Lombardi Moretti Esposito Barbieri Fontana"),
    "pt": ("João Beatriz Tiago Inês Rafael Mariana Gonçalo Carolina Diogo Leonor Rodrigo Matilde "
           "Ana Lucas Larissa Vasco",
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes "
           "Gonçalves Gomes Lopes Marques Almeida Ribeiro Carvalho"),
    "nl": ("Daan Emma Sem Sanne Bram Femke Thijs Lotte Ruben Anouk Jeroen Marieke Pieter Esther "
           "Joost Ilse",
           "de_Jong de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot "
           "Bos Vos Peters Hendriks van_Leeuwen Dekker"),
    "pl": ("Katarzyna Piotr Agnieszka Tomasz Magdalena Paweł Joanna Michał Aleksandra Krzysztof "
           "Małgorzata Łukasz Zofia Marcin Natalia Wojciech",
           "Nowak Kowalczyk Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak "
           "Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowski"),
    "sv": ("Elsa Oskar Maja Hugo Astrid Erik Ingrid Nils Linnea Axel Saga Gustav Ebba Viktor "
           "Frida Johan",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Lindqvist "
           "Bergström Lindgren Holm Sandberg Forsberg Sjöberg Lundqvist Engström Wallin"),
    "tr": ("Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Can Esra Murat Selin Kerem Gizem "
           "Oğuz Deniz",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
           "Aslan Çetin Kurt Özkan"),
    "ru": ("Алексей:aleksey Мария:maria Дмитрий:dmitry Екатерина:ekaterina Сергей:sergey "
           "Ольга:olga Андрей:andrey Наталья:natalya Михаил:mikhail Анастасия:anastasia "
           "Игорь:igor Татьяна:tatyana Павел:pavel Юлия:yulia Николай:nikolay Светлана:svetlana",
           "Смирнов:smirnov Кузнецов:kuznetsov Попов:popov Соколов:sokolov Лебедев:lebedev "
           "Козлов:kozlov Новиков:novikov Морозов:morozov Волков:volkov Соловьёв:solovyov "
           "Васильев:vasiliev Зайцев:zaitsev Павлов:pavlov Семёнов:semyonov Голубев:golubev "
           "Виноградов:vinogradov"),
    "ja": ("翔太:shota 美咲:misaki 大輔:daisuke 陽菜:hina 健太:kenta さくら:sakura 拓海:takumi "
           "結衣:yui 直樹:naoki 愛:ai 亮:ryo 真由美:mayumi 蓮:ren 七海:nanami",
           "佐藤:sato 鈴木:suzuki 高橋:takahashi 田中:tanaka 伊藤:ito 渡辺:watanabe 中村:nakamura "
           "小林:kobayashi 加藤:kato 吉田:yoshida 山本:yamamoto 松本:matsumoto 井上:inoue "
           "木村:kimura 清水:shimizu 森:mori"),
    "zh": ("伟:wei 芳:fang 娜:na 秀英:xiuying 敏:min 静:jing 丽:li 强:qiang 磊:lei 军:jun 洋:yang "
           "勇:yong 艳:yan 杰:jie 晓明:xiaoming 子涵:zihan 浩然:haoran 雨桐:yutong",
           "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu "
           "孙:sun 马:ma 朱:zhu 胡:hu 郭:guo"),
    "ko": ("민준:minjun 서연:seoyeon 지훈:jihoon 수빈:subin 도윤:doyoon 하은:haeun 현우:hyunwoo "
           "지민:jimin 예준:yejun 서윤:seoyun 준호:junho 은지:eunji 성민:sungmin 유진:yujin",
           "김:kim 이:lee 박:park 최:choi 정:jung 강:kang 조:cho 윤:yoon 장:jang 임:lim 한:han "
           "오:oh 서:seo 신:shin"),
    "ar": ("محمد:mohammed فاطمة:fatima أحمد:ahmed نورة:noura خالد:khaled مريم:maryam عمر:omar "
           "ليلى:layla يوسف:youssef سارة:sara علي:ali هدى:huda سلمان:salman ريم:reem طارق:tariq "
           "دانة:dana",
           "العتيبي:alotaibi الشمري:alshammari القحطاني:alqahtani الحربي:alharbi المطيري:almutairi "
           "الزهراني:alzahrani حداد:haddad منصور:mansour الهاشمي:alhashimi السيد:elsayed "
           "الخطيب:alkhatib نصر:nasr الدوسري:aldosari"),
    "hi": ("राहुल:rahul प्रिया:priya अमित:amit अंजलि:anjali विकास:vikas नेहा:neha सुनील:sunil "
           "पूजा:pooja अर्जुन:arjun कविता:kavita रोहित:rohit दीपिका:deepika संजय:sanjay "
           "स्नेहा:sneha आदित्य:aditya मीरा:meera",
           "शर्मा:sharma वर्मा:verma गुप्ता:gupta सिंह:singh पटेल:patel कुमार:kumar मेहता:mehta "
           "जोशी:joshi अग्रवाल:agarwal चौहान:chauhan यादव:yadav मिश्रा:mishra रेड्डी:reddy "
           "नायर:nair बनर्जी:banerjee कपूर:kapoor"),
    "el": ("Γιώργος:giorgos Μαρία:maria Νίκος:nikos Ελένη:eleni Δημήτρης:dimitris "
           "Κατερίνα:katerina Κώστας:kostas Σοφία:sofia Γιάννης:giannis Αναστασία:anastasia "
           "Παναγιώτης:panagiotis Δέσποινα:despoina Χρήστος:christos Ιωάννα:ioanna",
           "Παπαδόπουλος:papadopoulos Γεωργίου:georgiou Νικολάου:nikolaou Οικονόμου:oikonomou "
           "Βασιλείου:vasileiou Κωνσταντίνου:konstantinou Παπαγεωργίου:papageorgiou Μακρής:makris "
           "Αλεξίου:alexiou Ιωαννίδης:ioannidis Καραγιάννης:karagiannis Δημητρίου:dimitriou "
           "Σταματόπουλος:stamatopoulos Μαυρίδης:mavridis"),
}
EL_FEM = {"Παπαδόπουλος": "Παπαδοπούλου:papadopoulou", "Σταματόπουλος": "Σταματοπούλου:stamatopoulou",
          "Μακρής": "Μακρή:makri", "Ιωαννίδης": "Ιωαννίδου:ioannidou",
          "Καραγιάννης": "Καραγιάννη:karagianni", "Μαυρίδης": "Μαυρίδου:mavridou"}
# multicultural names that appear in English-language traffic: (full, first, last, rfirst, rlast)
EN_EXTRA = [
    ("Priya Natarajan", "Priya", "Natarajan"), ("Oluwaseun Adeyemi", "Oluwaseun", "Adeyemi"),
    ("Wei Zhang", "Wei", "Zhang"), ("Aisha Mohammed", "Aisha", "Mohammed"),
    ("Santiago Herrera", "Santiago", "Herrera"), ("Kwame Mensah", "Kwame", "Mensah"),
    ("Ravi Subramanian", "Ravi", "Subramanian"), ("Fatima Zahra Benali", "Fatima Zahra", "Benali"),
    ("Hiroshi Tanaka", "Hiroshi", "Tanaka"), ("Chidinma Okafor", "Chidinma", "Okafor"),
    ("Mei-Ling Tsai", "Mei-Ling", "Tsai"), ("Dmitri Volkov", "Dmitri", "Volkov"),
    ("Siobhán Ní Bhriain", "Siobhán", "Ní Bhriain"), ("Tomasz Zieliński", "Tomasz", "Zieliński"),
    ("Amara Diallo", "Amara", "Diallo"), ("Luis Ángel Ramírez", "Luis Ángel", "Ramírez"),
    ("Thanh Huong Pham", "Thanh Huong", "Pham"), ("Nadia Haddad", "Nadia", "Haddad"),
    ("Arjun Mehta", "Arjun", "Mehta"), ("Ingrid Solberg", "Ingrid", "Solberg"),
    ("Yusuf Demir", "Yusuf", "Demir"), ("Keanu Kahananui", "Keanu", "Kahananui"),
]
PLACEHOLDER_NAMES = {
    "en": ["John Doe", "Jane Doe", "Joe Bloggs", "John Q. Public"], "de": ["Max Mustermann", "Erika Mustermann"],
    "fr": ["Jean Dupont", "Marie Dupont"], "es": ["Juan Pérez", "Fulano de Tal"], "it": ["Mario Rossi"],
    "pt": ["Fulano de Tal", "João da Silva"], "nl": ["Jan Jansen", "Piet Puk"], "pl": ["Jan Kowalski"],
    "sv": ["Sven Svensson", "Anders Andersson"], "ru": ["Иван Иванов", "Иван Иванович Иванов"],
    "ja": ["山田太郎", "山田花子"], "zh": ["张三", "李四"], "ko": ["홍길동"], "ar": ["فلان الفلاني"],
}
PLACEHOLDER_SET = [p for v in PLACEHOLDER_NAMES.values() for p in v]

FOLD = {"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "ı": "i", "æ": "ae", "đ": "d"}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def split_nr(tok):
    if ":" in tok:
        a, b = tok.split(":")
        return a, b
    t = tok.replace("_", " ")
    return t, ascii_fold(t).lower().replace(" ", "").replace("'", "")


class Person:
    def __init__(self, full, first, last, rfirst, rlast, ident=True):
        self.full, self.first, self.last = full, first, last
        self.rfirst, self.rlast, self.ident = rfirst, rlast, ident


def make_person(lang):
    if lang == "en" and R.random() < 0.3:
        full, first, last = rc(EN_EXTRA)
        return Person(full, first, last, ascii_fold(first).lower().replace(" ", "").replace("-", ""),
                      ascii_fold(last).lower().replace(" ", ""))
    fl, ll = NAMES[lang]
    first, rfirst = split_nr(rc(fl.split()))
    last, rlast = split_nr(rc(ll.split()))
    fem_a = first.endswith(("a", "а", "я", "α", "η"))
    if lang == "pl" and fem_a and last.endswith(("ski", "cki", "dzki")):
        last, rlast = last[:-1] + "a", rlast[:-1] + "a"
    if lang == "ru" and fem_a and last.endswith(("ов", "ев", "ёв", "ин")):
        last, rlast = last + "а", rlast + "a"
    if lang == "el" and fem_a and last in EL_FEM:
        last, rlast = EL_FEM[last].split(":")
    if lang == "es" and R.random() < 0.45:
        l2, r2 = split_nr(rc(ll.split()))
        if l2 != last:
            last, rlast = last + " " + l2, rlast + r2
    if lang in ("ja",):
        full = last + rc([" ", "", "\u3000"]) + first
    elif lang in ("zh", "ko"):
        full = last + first
    elif lang == "ru" and R.random() < 0.2:
        full = last + " " + first
    else:
        full = first + " " + last
    if full in PLACEHOLDER_SET:
        return make_person(lang)
    return Person(full, first, last, rfirst.replace("-", ""), rlast.replace("-", ""))


EMAIL_DOM = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "proton.me",
           "northwindtraders.co", "brightpath-analytics.com", "corvusmail.net", "harbourline.io"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "kranich-logistik.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "beaumont-conseil.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "grupo-alameda.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "studiorinaldi.it"],
    "pt": ["sapo.pt", "gmail.com", "outlook.pt", "uol.com.br", "terra.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com", "hetnet.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru", "gmail.com", "bk.ru"],
    "ja": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp", "i.softbank.jp"],
    "zh": ["163.com", "126.com", "sina.com", "gmail.com", "foxmail.com"],
    "ko": ["naver.com", "daum.net", "kakao.com", "gmail.com", "hanmail.net"],
    "ar": ["gmail.com", "hotmail.com", "outlook.sa", "yahoo.com", "emirates.net.ae"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"],
    "el": ["gmail.com", "otenet.gr", "yahoo.gr", "hotmail.gr"],
}
DOC_DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "shop.test", "corp.example"]


def email_for(p, lang):
    f, l = p.rfirst.replace(" ", ""), p.rlast.replace(" ", "")
    if lang == "zh" and R.random() < 0.3:
        return str(ri(10 ** 7, 3 * 10 ** 9)) + "@qq.com"
    st = ri(0, 7)
    loc = [f + "." + l, f[0] + l, f + l + str(ri(1, 99)), l + "." + f, f + "_" + l,
           f + str(ri(1970, 2006)), f[0] + "." + l, l + f[0]][st]
    return loc + "@" + rc(EMAIL_DOM[lang])


# ================================================================ phones
PHONE = {
    "US": (["+1 @##-@##-####", "+1 (@##) @##-####", "+1.@##.@##.####"], ["(@##) @##-####", "@##-@##-####", "@##.@##.####"]),
    "CA": (["+1 @##-@##-####"], ["(@##) @##-####"]),
    "GB": (["+44 7### ######", "+44 20 3### ####", "+44 161 ### ####", "+44 (0)113 ### ####"], ["07### ######", "020 3### ####", "0131 ### ####"]),
    "IE": (["+353 8# ### ####", "+353 1 ### ####"], ["08# ### ####", "01 ### ####"]),
    "AU": (["+61 4## ### ###", "+61 2 #### ####"], ["04## ### ###", "(02) #### ####"]),
    "DE": (["+49 15# ########", "+49 30 ########", "+49 (0)89 #######", "+49 17# #######"], ["015# ########", "030 ########", "0221 ######", "0171/#######"]),
    "AT": (["+43 664 #######", "+43 1 ### ####"], ["0664 #######", "01 ### ####"]),
    "CH": (["+41 7# ### ## ##", "+41 44 ### ## ##"], ["07# ### ## ##", "044 ### ## ##"]),
    "FR": (["+33 6 ## ## ## ##", "+33 7 ## ## ## ##", "+33 1 ## ## ## ##"], ["06 ## ## ## ##", "07 ## ## ## ##", "01 ## ## ## ##", "06.##.##.##.##"]),
    "BE": (["+32 47# ## ## ##", "+32 2 ### ## ##"], ["047# ## ## ##", "02 ### ## ##"]),
    "ES": (["+34 6## ### ###", "+34 91 ### ## ##"], ["6## ## ## ##", "91 ### ## ##", "6########"]),
    "MX": (["+52 55 #### ####", "+52 1 55 #### ####"], ["55 #### ####"]),
    "IT": (["+39 3## ### ####", "+39 02 #### ####", "+39 06 #######"], ["3## ### ####", "3#########", "02 #### ####"]),
    "PT": (["+351 91# ### ###", "+351 21# ### ###"], ["91# ### ###", "96# ### ###"]),
    "BR": (["+55 11 9####-####", "+55 (21) 9####-####"], ["(11) 9####-####", "(21) 9####-####"]),
    "NL": (["+31 6 ########", "+31 20 ### ####"], ["06-########", "020-#######", "06 ## ## ## ##"]),
    "PL": (["+48 5## ### ###", "+48 22 ### ## ##"], ["5## ### ###", "6## ### ###", "22 ### ## ##"]),
    "SE": (["+46 7# ### ## ##", "+46 8 ### ### ##"], ["07#-### ## ##", "08-### ### ##"]),
    "TR": (["+90 5## ### ## ##", "+90 212 ### ## ##"], ["05## ### ## ##", "0 (5##) ### ## ##"]),
    "RU": (["+7 9## ###-##-##", "+7 (9##) ###-##-##", "+7 495 ###-##-##"], ["8 (9##) ###-##-##", "8 9## ### ## ##"]),
    "JP": (["+81 90-####-####", "+81 3-####-####", "+81 80 #### ####"], ["090-####-####", "080-####-####", "03-####-####", "06-####-####"]),
    "CN": (["+86 13# #### ####", "+86 10 #### ####", "+86 18#-####-####"], ["13#########", "15# #### ####", "010-########"]),
    "TW": (["+886 9## ### ###", "+886 2 #### ####"], ["09##-###-###", "(02) ####-####"]),
    "KR": (["+82 10-####-####", "+82 2-###-####"], ["010-####-####", "02-###-####", "010 #### ####"]),
    "AE": (["+971 5# ### ####", "+971 4 ### ####"], ["05# ### ####", "04 ### ####"]),
    "SA": (["+966 5# ### ####", "+966 11 ### ####"], ["05# ### ####", "011 ### ####"]),
    "EG": (["+20 1## ### ####", "+20 2 #### ####"], ["01# #### ####", "02 #### ####"]),
    "IN": (["+91 9#### #####", "+91 8#### #####", "+91 22 #### ####"], ["09#########", "9#### #####", "022-########"]),
    "GR": (["+30 69# ### ####", "+30 21# ### ####"], ["69# ### ####", "21# ### ####"]),
}
FICTIONAL_PHONES = ["(@##) 555-01##", "+1 @##-555-01##", "07700 900###", "+44 20 7946 0###", "020 7946 0###"]
COUNTRIES = {"en": ["US", "US", "US", "GB", "GB", "IE", "CA", "AU"], "de": ["DE", "DE", "DE", "AT", "CH"],
             "fr": ["FR", "FR", "BE"], "es": ["ES", "ES", "MX"], "it": ["IT"], "pt": ["PT", "PT", "BR"],
             "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE"], "tr": ["TR"], "ru": ["RU"], "ja": ["JP"],
             "zh": ["CN", "CN", "TW"], "ko": ["KR"], "ar": ["AE", "SA", "EG"], "hi": ["IN"], "el": ["GR"]}
IBAN_CC = {"en": ["GB", "GB", "IE", "DE", "NL"], "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "LU"],
           "es": ["ES"], "it": ["IT"], "pt": ["PT", "PT", "BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"],
           "sv": ["SE", "NO", "DK", "FI"], "tr": ["TR"], "ru": ["KZ", "CZ", "RO"], "ja": ["GB", "DE"],
           "zh": ["GB", "DE", "HU"], "ko": ["DE", "GB"], "ar": ["SA", "AE", "QA", "EG"], "hi": ["GB", "AE"],
           "el": ["GR"]}


def gen_phone(country, intl=None):
    i, n = PHONE[country]
    if intl is None:
        intl = R.random() < 0.5
    return pat(rc(i if intl else n))


# ================================================================ locale formats
MONTHS = "January February March April May June July August September October November December".split()


def gen_date(lang, iso=False):
    y, m, d = ri(2023, 2026), ri(1, 12), ri(1, 28)
    if iso or R.random() < 0.15:
        return "%04d-%02d-%02d" % (y, m, d)
    if lang == "en":
        return rc(["%02d/%02d/%04d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1], y),
                   "%s %d, %d" % (MONTHS[m - 1][:3], d, y), "%d %s %d" % (d, MONTHS[m - 1][:3], y)])
    if lang in ("de", "ru", "pl", "tr"):
        return "%02d.%02d.%04d" % (d, m, y)
    if lang in ("fr", "es", "it", "pt", "el", "ar", "hi"):
        return "%02d/%02d/%04d" % (d, m, y)
    if lang == "nl":
        return "%d-%d-%04d" % (d, m, y)
    if lang == "sv":
        return "%04d-%02d-%02d" % (y, m, d)
    if lang in ("ja", "zh"):
        return "%d年%d月%d日" % (y, m, d)
    if lang == "ko":
        return rc(["%d년 %d월 %d일" % (y, m, d), "%04d.%02d.%02d" % (y, m, d)])
    return "%04d-%02d-%02d" % (y, m, d)


def gen_time(lang):
    h, mi = ri(7, 19), rc([0, 0, 15, 30, 45, 10, 20, 40, 50])
    if lang == "en" and R.random() < 0.5:
        return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM")
    return "%02d:%02d" % (h, mi)


def gen_ts():
    y, m, d, h, mi, s = ri(2024, 2026), ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59)
    x = R.random()
    if x < 0.4:
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, h, mi, s, ri(0, 999))
    if x < 0.7:
        return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, h, mi, s)
    if x < 0.85:
        return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, h, mi, s)
    return "%04d-%02d-%02dT%02d:%02d:%02d+%02d:00" % (y, m, d, h, mi, s, ri(1, 9))


def gen_clf():
    return "%02d/%s/%04d:%02d:%02d:%02d +0000" % (ri(1, 28), rc(MONTHS)[:3], ri(2024, 2026), ri(0, 23), ri(0, 59), ri(0, 59))


def group3(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def group_in(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def gen_amount(lang):
    v = ri(5, 25000)
    c = ri(0, 99)
    nb = "\u202f"
    if lang == "en":
        return rc(["$", "$", "£", "€", "US$"]) + group3(v, ",") + ".%02d" % c
    if lang in ("de", "es", "it", "pt", "el"):
        if lang == "pt" and R.random() < 0.3:
            return "R$ " + group3(v, ".") + ",%02d" % c
        return group3(v, ".") + ",%02d\u00a0€" % c if R.random() < 0.3 else group3(v, ".") + ",%02d €" % c
    if lang == "fr":
        return group3(v, nb) + ",%02d €" % c
    if lang == "nl":
        return "€ " + group3(v, ".") + ",%02d" % c
    if lang == "tr":
        return rc([group3(v, ".") + ",%02d TL" % c, "₺" + group3(v, ".") + ",%02d" % c])
    if lang == "pl":
        return group3(v, " ") + ",%02d zł" % c
    if lang == "sv":
        return group3(v, " ") + ",%02d kr" % c
    if lang == "ru":
        return rc([group3(v * 10, " ") + " ₽", group3(v * 10, " ") + ",00 руб."])
    if lang == "ja":
        return rc(["¥" + group3(v * 10, ","), group3(v * 10, ",") + "円"])
    if lang == "zh":
        return rc(["¥" + group3(v, ",") + ".%02d" % c, "%d元" % v])
    if lang == "ko":
        return rc([group3(v * 100, ",") + "원", "₩" + group3(v * 100, ",")])
    if lang == "ar":
        return rc(["AED " + group3(v, ",") + ".%02d" % c, group3(v, ",") + " ر.س", group3(v, ",") + " درهم"])
    if lang == "hi":
        return "₹" + group_in(v * 10)
    return group3(v, ",")


# ================================================================ look-alike values
def no_luhn_digits(n):
    while True:
        s = rs("123456789", 1) + digits(n - 1)
        if not luhn_ok(s):
            return s


def safe_digits(n):
    """digit string that never passes Luhn when 13-19 long"""
    if 13 <= n <= 19:
        return no_luhn_digits(n)
    return digits(n)


def gen_uuid():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rc("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def gen_sha(n=40):
    return hashlib.sha1(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()[:n]


def gen_sha256():
    return hashlib.sha256(bytes(R.getrandbits(8) for _ in range(16))).hexdigest()


def gen_ver():
    x = R.random()
    if x < 0.5:
        return "%d.%d.%d" % (ri(0, 9), ri(0, 40), ri(0, 20))
    if x < 0.65:
        return "v%d.%d.%d" % (ri(0, 9), ri(0, 40), ri(0, 20))
    if x < 0.8:
        return "%d.%d.%d-%s.%d" % (ri(0, 5), ri(0, 20), ri(0, 9), rc(["rc", "beta", "alpha"]), ri(1, 5))
    if x < 0.9:
        return "%d.%d" % (ri(1, 30), ri(0, 12))
    return "%d.%d.%d.%d" % (ri(1, 9), ri(0, 9), ri(300, 9999), ri(0, 999))


def gen_mac(sep=None):
    b = [rs(HEX, 2) for _ in range(6)]
    sep = sep if sep is not None else rc([":", ":", "-"])
    m = sep.join(b)
    return m.upper() if sep == "-" else m


HOSTS = ["db-prod-%02d.internal", "api-gw-%d.eu-west-1.elb.amazonaws.com", "redis-cache-%d.svc.cluster.local",
         "build-agent-%02d.ci.corp", "ip-10-0-%d-17.eu-central-1.compute.internal", "web-%02d.lon1.hosting.net",
         "mq-broker-%d.staging.local", "vpn-gw%d.office.lan", "kafka-%d.data-platform.svc", "nas%02d.home.arpa"]


def gen_host():
    return rc(HOSTS) % ri(1, 40)


USERS = ["svc_backup", "deploy-bot", "ubuntu", "ci-runner", "ec2-user", "postgres", "ops_admin",
         "jenkins", "git", "nightly_etl", "grafana", "app_rw", "readonly_bi", "www-data", "k8s-admin"]
ORGS = {
    "en": ["Johnson & Johnson", "Ben & Jerry's", "Ford Motor Company", "Wells Fargo", "Abraham Lincoln High School",
           "Ronald Reagan Washington National Airport", "Dr. Martens", "Charles Schwab", "John Lewis",
           "Marks & Spencer", "Morgan Stanley", "Walt Disney World", "Jack Daniel's Distillery", "Tiffany & Co.",
           "Martin Luther King Jr. Library", "George Washington Bridge"],
    "de": ["Max-Planck-Institut", "Goethe-Institut", "Robert Bosch GmbH", "Carl Zeiss AG", "Hugo Boss",
           "Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Straße", "Humboldt-Universität", "Albert-Schweitzer-Schule"],
    "fr": ["Institut Pasteur", "Lycée Victor Hugo", "Avenue Jean Jaurès", "Centre Georges Pompidou",
           "Aéroport Charles de Gaulle", "Yves Saint Laurent", "Hôpital Necker", "Boulevard Haussmann"],
    "es": ["Hospital Gregorio Marañón", "Estadio Santiago Bernabéu", "Fundació Joan Miró", "Calle de Alfonso XII",
           "Museo Reina Sofía", "Colegio Miguel de Cervantes"],
    "it": ["Aeroporto Leonardo da Vinci", "Liceo Galileo Galilei", "Via Giuseppe Garibaldi", "Fondazione Prada",
           "Stadio Giuseppe Meazza", "Ospedale Sandro Pertini"],
    "pt": ["Fundação Calouste Gulbenkian", "Aeroporto Humberto Delgado", "Estádio José Alvalade",
           "Avenida Almirante Reis", "Escola Secundária Camões"],
    "nl": ["Albert Heijn", "Anne Frank Huis", "Erasmus MC", "Johan Cruijff ArenA", "Van Gogh Museum"],
    "pl": ["Lotnisko Chopina", "Centrum Nauki Kopernik", "Uniwersytet Adama Mickiewicza", "ulica Marii Konopnickiej"],
    "sv": ["Karolinska Institutet", "Astrid Lindgrens Värld", "Carl Larsson-gården", "Nobelprisets museum"],
    "tr": ["Atatürk Havalimanı", "Sabancı Üniversitesi", "Koç Holding", "Mimar Sinan Güzel Sanatlar Üniversitesi",
           "Kadir Has Üniversitesi"],
    "ru": ["МГУ имени М. В. Ломоносова", "Третьяковская галерея", "Пушкинский музей", "проспект Ленина",
           "станция метро «Маяковская»"],
    "ja": ["本田技研工業", "トヨタ自動車", "野口英世記念館", "松下村塾", "坂本龍馬記念館"],
    "zh": ["中山公园", "鲁迅公园", "逸夫楼", "李宁体育用品", "中山大学"],
    "ko": ["세종문화회관", "이순신대교", "김대중컨벤션센터", "정주영체육관", "안중근의사기념관"],
    "ar": ["مستشفى الملك فيصل التخصصي", "جامعة الملك سعود", "شارع الشيخ زايد", "مطار الملك خالد الدولي"],
    "hi": ["इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा", "जवाहरलाल नेहरू विश्वविद्यालय", "टाटा मोटर्स", "महात्मा गांधी मार्ग"],
    "el": ["Διεθνής Αερολιμένας Αθηνών «Ελευθέριος Βενιζέλος»", "Ίδρυμα Σταύρος Νιάρχος",
           "Λεωφόρος Βασιλίσσης Σοφίας", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης"],
}
PH = {
    "name": {"en": ["[NAME]", "<CUSTOMER_NAME>", "{{first_name}}", "[REDACTED]"],
             "de": ["[NAME]", "<Vorname Nachname>", "[geschwärzt]"], "fr": ["[NOM]", "<Prénom Nom>", "[masqué]"],
             "es": ["[NOMBRE]", "<nombre y apellidos>"], "it": ["[NOME]", "<Nome Cognome>"],
             "pt": ["[NOME]", "<nome completo>"], "nl": ["[NAAM]", "<voornaam achternaam>"],
             "pl": ["[IMIĘ I NAZWISKO]", "<imię nazwisko>"], "sv": ["[NAMN]", "<förnamn efternamn>"],
             "tr": ["[AD SOYAD]", "<ad soyad>"], "ru": ["[ФИО]", "<Фамилия Имя>"], "ja": ["[氏名]", "〇〇 〇〇"],
             "zh": ["[姓名]", "某某某"], "ko": ["[이름]", "○○○"], "ar": ["[الاسم]", "<الاسم الكامل>"],
             "hi": ["[नाम]", "<पूरा नाम>"], "el": ["[ΟΝΟΜΑ]", "<Ονοματεπώνυμο>"]},
    "email": ["[EMAIL]", "{{customer_email}}", "<email>", "user@<domain>", "***@***"],
    "key": ["<YOUR_API_KEY>", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "AKIAXXXXXXXXXXXXXXXX", "${STRIPE_SECRET_KEY}",
            "REPLACE_ME", "{{ .Values.apiKey }}", "changeme", "ghp_<token>", "xoxb-your-token-here"],
    "phone": ["[PHONE]", "+XX XXX XXX XXXX", "<phone>", "(000) 000-0000"],
    "generic": ["[REDACTED]", "<redacted>", "***", "XXXXXXXX", "{{secret}}"],
}
COORD_BASE = {"en": (40.7128, -74.006), "de": (52.52, 13.405), "fr": (48.8566, 2.3522), "es": (40.4168, -3.7038),
              "it": (41.9028, 12.4964), "pt": (38.7223, -9.1393), "nl": (52.3676, 4.9041), "pl": (52.2297, 21.0122),
              "sv": (59.3293, 18.0686), "tr": (41.0082, 28.9784), "ru": (55.7558, 37.6173), "ja": (35.6762, 139.6503),
              "zh": (31.2304, 121.4737), "ko": (37.5665, 126.978), "ar": (25.2048, 55.2708), "hi": (28.6139, 77.209),
              "el": (37.9838, 23.7275)}


def gen_coord(lang):
    la, lo = COORD_BASE[lang]
    la += R.uniform(-0.2, 0.2)
    lo += R.uniform(-0.2, 0.2)
    if R.random() < 0.7:
        return "%.5f, %.5f" % (la, lo)
    return "%.4f°%s %.4f°%s" % (abs(la), "N" if la >= 0 else "S", abs(lo), "E" if lo >= 0 else "W")


def gen_ean():
    while True:
        b = rc(["400", "590", "303", "800", "460", "490", "690", "880", "869", "520", "871", "731", "560"]) + digits(9)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
        e = b + str((10 - s % 10) % 10)
        if not luhn_ok(e):
            return e


def gen_track():
    x = ri(0, 5)
    if x == 0:
        return "1Z" + rs(UP + DIG, 6) + safe_digits(10)
    if x == 1:
        return safe_digits(10)
    if x == 2:
        return "RR" + digits(9) + rc(["GB", "DE", "FR", "NL", "CN"])
    if x == 3:
        return safe_digits(12)
    if x == 4:
        return "JD" + safe_digits(16)
    return rc(["LP", "YT", "SF"]) + safe_digits(13)


def _amz():
    d = no_luhn_digits(17)
    return d[:3] + "-" + d[3:10] + "-" + d[10:]


def gen_isbn():
    while True:
        b = "978" + digits(9)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
        e = b + str((10 - s % 10) % 10)
        if not luhn_ok(e):
            return "%s-%s-%s-%s-%s" % (e[:3], e[3], e[4:7], e[7:12], e[12])


def gen_order():
    return rc(["ORD-" + digits(7), "#" + digits(6), "SO" + digits(8), "PO-%d-%05d" % (ri(2023, 2026), ri(1, 99999)),
               _amz(), "A" + digits(9), "WEB-" + rs(UP + DIG, 8)])


def gen_invoice():
    return rc(["INV-%d-%05d" % (ri(2023, 2026), ri(1, 99999)), "RE-" + digits(6), "F%d/%04d" % (ri(2023, 2026), ri(1, 9999)),
               "INV" + digits(8), "FA-" + digits(7), "%d-%04d" % (ri(2023, 2026), ri(1, 9999))])


def gen_ticket():
    return rc(["%s-%d" % (rc(["OPS", "SUP", "INC", "CS", "HELP", "PLAT", "SEC", "BILL"]), ri(10, 99999)),
               "INC" + digits(7), "CHG" + digits(7), "#" + digits(5), "REQ-" + digits(6)])


def gen_lookalike_value(kind, lang):
    if kind == "order_number":
        return gen_order()
    if kind == "invoice_number":
        return gen_invoice()
    if kind == "ticket_id":
        return gen_ticket()
    if kind == "tracking_number":
        return gen_track()
    raise KeyError(kind)


# ================================================================ slot engine
def T(s):
    return ("T", s)


def S(t, v, ident=True):
    return ("S", t, v, ident)


def L(k, v):
    return ("L", k, v)


class Ctx:
    def __init__(self, lang, pii):
        self.lang, self.pii = lang, pii
        self.cache = {}
        self.people = {}
        self.country = rc(COUNTRIES[lang])
        self.iban_cc = rc(IBAN_CC[lang])

    def person(self, idx):
        idx = idx or 1
        if idx not in self.people:
            used = [q.full for q in self.people.values()]
            while True:
                p = make_person(self.lang)
                if p.full not in used and p.first not in [q.first for q in self.people.values()]:
                    break
            self.people[idx] = p
        return self.people[idx]


SLOTS = {}


def slot(*names):
    def deco(f):
        for n in names:
            SLOTS[n] = f
        return f
    return deco


@slot("NAME")
def _name(c, i, a):
    return S("PERSON", c.person(i).full)


@slot("FIRST")
def _first(c, i, a):
    return S("PERSON", c.person(i).first)


@slot("LAST")
def _last(c, i, a):
    return S("PERSON", c.person(i).last)


@slot("XNAME")
def _xname(c, i, a):
    return S("PERSON", make_person(rc(["en", "de", "fr", "es", "it", "pl", "tr", "nl", "sv", "pt"])).full)


@slot("PHNAME")
def _phname(c, i, a):
    return S("PERSON", rc(PLACEHOLDER_NAMES.get(c.lang, PLACEHOLDER_NAMES["en"])), False)


@slot("EMAIL")
def _email(c, i, a):
    return S("EMAIL_ADDRESS", email_for(c.person(i), c.lang))


@slot("EMAILROLE")
def _emailrole(c, i, a):
    dom = rc([d for d in EMAIL_DOM[c.lang] if d not in ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com")] or ["harbourline.io"])
    return S("EMAIL_ADDRESS", rc(["support", "billing", "noreply", "info", "hr", "security", "kontakt", "admin"]) + "@" + dom)


@slot("DOCEMAIL")
def _docemail(c, i, a):
    return S("EMAIL_ADDRESS", rc(["user", "alice", "bob", "test", "jdoe", "someone", "customer"]) + "@" + rc(DOC_DOMAINS), False)


@slot("PHONE")
def _phone(c, i, a):
    return S("PHONE_NUMBER", gen_phone(c.country))


@slot("PHONEI")
def _phonei(c, i, a):
    return S("PHONE_NUMBER", gen_phone(c.country, True))


@slot("PHONEX")
def _phonex(c, i, a):
    return S("PHONE_NUMBER", gen_phone(rc(list(PHONE.keys())), True))


@slot("FAKEPHONE")
def _fakephone(c, i, a):
    return S("PHONE_NUMBER", pat(rc(FICTIONAL_PHONES)), False)


@slot("CARD")
def _card(c, i, a):
    return S("CREDIT_CARD", fmt_card(gen_card_digits()))


@slot("TESTCARD")
def _testcard(c, i, a):
    return S("CREDIT_CARD", fmt_card(rc(TEST_CARDS)), False)


@slot("IBAN")
def _iban(c, i, a):
    return S("IBAN_CODE", gen_iban(c.iban_cc))


@slot("IBANC")
def _ibanc(c, i, a):
    return S("IBAN_CODE", gen_iban(c.iban_cc, False))


@slot("XIBAN")
def _xiban(c, i, a):
    return S("IBAN_CODE", gen_iban(rc(list(IBAN_SPEC.keys()))))


@slot("DOCIBAN")
def _dociban(c, i, a):
    v = rc(DOC_IBANS)
    return S("IBAN_CODE", space_iban(v) if R.random() < 0.5 else v, False)


@slot("SSN")
def _ssn(c, i, a):
    return S("US_SSN", gen_ssn())


@slot("DOCSSN")
def _docssn(c, i, a):
    return S("US_SSN", rc(DOC_SSNS), False)


@slot("IP")
def _ip(c, i, a):
    return S("IP_ADDRESS", gen_ipv4() if R.random() < 0.75 else gen_ipv6())


@slot("IPFOUR")
def _ip4(c, i, a):
    return S("IP_ADDRESS", gen_ipv4())


@slot("IPPRIV")
def _ippriv(c, i, a):
    return S("IP_ADDRESS", gen_ipv4_priv())


@slot("IPSIX")
def _ip6(c, i, a):
    return S("IP_ADDRESS", gen_ipv6("ll" if R.random() < 0.12 else "pub"))


@slot("DOCIP")
def _docip(c, i, a):
    return S("IP_ADDRESS", gen_ipv4_doc() if R.random() < 0.6 else gen_ipv6("doc"), False)


@slot("KEY")
def _key(c, i, a):
    kind = a if a else rc(ENV_KEYS)
    return S("API_KEY", KEYGEN[kind]())


@slot("ENVKEY")
def _envkey(c, i, a):
    kind = rc(ENV_KEYS)
    return [T(KEY_ENV[kind] + "="), S("API_KEY", KEYGEN[kind]())]


@slot("YAMLKEY")
def _yamlkey(c, i, a):
    kind = rc(ENV_KEYS)
    return [T(KEY_ENV[kind] + ": "), S("API_KEY", KEYGEN[kind]())]


@slot("DOCKEY")
def _dockey(c, i, a):
    return S("API_KEY", rc(DOC_KEYS[:3]), False)


@slot("DOCJWT")
def _docjwt(c, i, a):
    return S("API_KEY", DOC_KEYS[3], False)


@slot("JWT")
def _jwt(c, i, a):
    return S("API_KEY", gen_jwt())


@slot("PEM")
def _pem(c, i, a):
    return S("API_KEY", gen_pem())


@slot("DBPW")
def _dbpw(c, i, a):
    return S("API_KEY", gen_db_password())


@slot("DBURL")
def _dburl(c, i, a):
    sch, port, db = rc([("postgresql", "5432", "orders"), ("postgres", "5432", "app"), ("mysql", "3306", "shop"),
                        ("mongodb", "27017", "events"), ("redis", "6379", "0"), ("amqp", "5672", "vhost")])
    user = rc(["app", "app_rw", "svc_orders", "admin", "etl", "root"])
    host = gen_host() if R.random() < 0.7 else None
    parts = [T(sch + "://"), L("username", user), T(":"), S("API_KEY", gen_db_password()), T("@")]
    if host:
        parts.append(L("hostname", host))
    else:
        parts.append(S("IP_ADDRESS", gen_ipv4_priv()))
    parts += [T(":"), L("port", port), T("/" + db)]
    return parts


@slot("ADOCONN")
def _adoconn(c, i, a):
    return [T("Server="), L("hostname", gen_host()), T(",1433;Database=Billing;User Id=sa;Password="),
            S("API_KEY", gen_db_password()), T(";TrustServerCertificate=True")]


# ---- look-alikes
LK = {
    "ORDER": ("order_number", lambda c: gen_order()),
    "INVOICE": ("invoice_number", lambda c: gen_invoice()),
    "TICKET": ("ticket_id", lambda c: gen_ticket()),
    "TRACK": ("tracking_number", lambda c: gen_track()),
    "VER": ("version", lambda c: gen_ver()),
    "SHA": ("git_sha", lambda c: gen_sha(rc([7, 7, 8, 10, 12]))),
    "SHALONG": ("git_sha", lambda c: gen_sha(40)),
    "SHAHEX": ("hex_digest", lambda c: gen_sha256()),
    "MDHEX": ("hex_digest", lambda c: hashlib.md5(bytes(R.getrandbits(8) for _ in range(8))).hexdigest()),
    "TRACEID": ("trace_id", lambda c: "%032x" % R.getrandbits(128)),
    "UUID": ("uuid", lambda c: gen_uuid()),
    "DATE": ("date", lambda c: gen_date(c.lang)),
    "ISODATE": ("date", lambda c: gen_date(c.lang, True)),
    "TIME": ("time", lambda c: gen_time(c.lang)),
    "TS": ("timestamp", lambda c: gen_ts()),
    "CLF": ("timestamp", lambda c: gen_clf()),
    "EPOCH": ("timestamp", lambda c: str(ri(1700000000, 1790000000))),
    "GITDATE": ("timestamp", lambda c: "%s %s %d %02d:%02d:%02d %d %s" % (
        rc(["Mon", "Tue", "Wed", "Thu", "Fri"]), rc(MONTHS)[:3], ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59),
        ri(2024, 2026), rc(["+0000", "+0100", "+0200", "-0500", "+0530", "+0900"]))),
    "ICSDT": ("timestamp", lambda c: "%04d%02d%02dT%02d%02d00Z" % (ri(2024, 2026), ri(1, 12), ri(1, 28), ri(6, 18), rc([0, 30]))),
    "DIGITS": ("digit_run", lambda c: no_luhn_digits(rc([13, 14, 15, 16, 17, 18, 19]))),
    "BADCARD": ("card_like_invalid", lambda c: gen_bad_card()),
    "BADIBAN": ("iban_invalid", lambda c: gen_bad_iban(c.iban_cc)),
    "BADSSN": ("ssn_invalid", lambda c: gen_bad_ssn()),
    "MASKCARD": ("masked_value", lambda c: rc(["**** **** **** ", "•••• ", "XXXX-XXXX-XXXX-", "************", "ending in "[:0] + "···· "]) + digits(4)),
    "MASKSSN": ("masked_value", lambda c: rc(["***-**-", "XXX-XX-"]) + digits(4)),
    "MASKIBAN": ("masked_value", lambda c: c.iban_cc + digits(2) + " **** **** **** " + digits(4)),
    "MASKEMAIL": ("masked_value", lambda c: rc("abcdefghjklmnprstvw") + "***@" + rc(["g****.com", "o*****.com", "y****.com", "***.de"])),
    "MASKPHONE": ("masked_value", lambda c: rc(["+49 *** *** ", "+1 (***) ***-", "+44 **** **", "*** *** "]) + digits(2) + digits(2)),
    "AMOUNT": ("amount", lambda c: gen_amount(c.lang)),
    "AMOUNTN": ("amount", lambda c: "%d.%02d" % (ri(1, 4999), ri(0, 99))),
    "PORT": ("port", lambda c: str(rc([8080, 8443, 5432, 6379, 3306, 9092, 27017, 5672, 9200, 3000, 8000, 50051, 2222, 11211]))),
    "MAC": ("mac_address", lambda c: gen_mac()),
    "MACLONG": ("mac_address", lambda c: gen_mac(":") + ":" + gen_mac(":") + ":08:00"),
    "HOST": ("hostname", lambda c: gen_host()),
    "USER": ("username", lambda c: rc(USERS)),
    "ORGP": ("org_name", lambda c: rc(ORGS[c.lang])),
    "OID": ("oid", lambda c: rc(["1.3.6.1.4.1.%d.%d.%d" % (ri(1000, 60000), ri(1, 9), ri(1, 99)), "2.5.4.%d" % ri(3, 12),
                                 "1.2.840.113549.1.1.%d" % ri(1, 13), "1.3.6.1.2.1.2.2.1.%d" % ri(1, 22)])),
    "COORD": ("coordinates", lambda c: gen_coord(c.lang)),
    "CVE": ("cve_id", lambda c: "CVE-%d-%d" % (ri(2021, 2025), ri(1000, 52000))),
    "ERR": ("error_code", lambda c: rc(["0x%08X" % R.getrandbits(32), "E%04d" % ri(1, 9999), "ORA-%05d" % ri(1, 30000),
                                        "ERR_" + rc(["CONNECTION_RESET", "CERT_DATE_INVALID", "QUOTA_EXCEEDED"]),
                                        "SQLSTATE %s" % rc(["23505", "40001", "42P01", "08006"])])),
    "BUILD": ("build_number", lambda c: rc(["%d.%02d.%02d.%d" % (ri(2024, 2026), ri(1, 12), ri(1, 28), ri(1, 9)), "b" + digits(5), "%d" % ri(1000, 99999)])),
    "IMGDIG": ("image_digest", lambda c: "sha256:" + gen_sha256()),
    "EAN": ("ean_barcode", lambda c: gen_ean()),
    "SKU": ("part_number", lambda c: rc(["SKU-" + rs(UP, 3) + "-" + digits(4), rs(UP, 2) + digits(5) + rs(UP, 1), "P/N " + digits(4) + "-" + digits(2) + "-" + rc(UP)])),
    "PARTNO": ("part_number", lambda c: rs(UP, 3) + "-" + digits(4) + "-" + rs(UP + DIG, 2)),
    "SERIAL": ("serial_number", lambda c: rc([rs(UP + DIG, 10), "SN" + digits(9), digits(4) + "-" + digits(3) + "-" + digits(4), "C02" + rs(UP + DIG, 8)])),
    "ASSET": ("asset_tag", lambda c: "IT-" + digits(6)),
    "FLIGHT": ("flight_number", lambda c: rc(["LH", "BA", "AF", "IB", "AZ", "TP", "KL", "LO", "SK", "TK", "SU", "NH", "CA", "KE", "EK", "AI", "A3", "UA"]) + rc(["", " "]) + str(ri(10, 2999))),
    "PNR": ("booking_reference", lambda c: rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)),
    "CASE": ("case_number", lambda c: rc(["CASE-" + digits(8), digits(2) + "/" + digits(5), "REF-" + rs(UP, 2) + digits(6)])),
    "ROOM": ("room_number", lambda c: rc(["%d.%02d" % (ri(0, 5), ri(1, 40)), "B%d%02d" % (ri(1, 4), ri(1, 30)), str(ri(101, 530))])),
    "OTP": ("otp_code", lambda c: digits(6) if R.random() < 0.7 else digits(3) + "-" + digits(3)),
    "PIN": ("pin_code", lambda c: digits(rc([4, 6])) + "#"),
    "CONF": ("conference_id", lambda c: digits(3) + " " + digits(3) + " " + digits(3)),
    "BIC": ("bic_code", lambda c: rs(UP, 4) + c.iban_cc + rs(UP + DIG, 2) + rc(["", "XXX"])),
    "ROUTING": ("routing_number", lambda c: rc(["021000021", "026009593", "121000248", "011401533", "091000019"])),
    "AWSACCT": ("account_id", lambda c: digits(12)),
    "AMI": ("resource_id", lambda c: rs(HEX, 17)),
    "RESID": ("resource_id", lambda c: rc(["cus_", "pi_", "prod_", "sub_", "evt_", "ch_"]) + rs(ALNUM, 14 + ri(0, 10))),
    "REQID": ("request_id", lambda c: rc(["req_", "", "r-"]) + rs(ALNUM, 16)),
    "POD": ("pod_name", lambda c: rc(["checkout", "payments-api", "ledger-worker", "fraud-scorer"]) + "-" + rs(HEX[:10] + "bcdf", 9) + "-" + rs(LO + DIG, 5)),
    "SHORTID": ("container_id", lambda c: rs(HEX, 12)),
    "FPR": ("key_fingerprint", lambda c: "SHA256:" + rs(B64, 43)),
    "PUBKEY": ("public_key", lambda c: rc(["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43),
                                          "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(B64, 120)])),
    "SSHCOMMENT": ("username", lambda c: rc(USERS) + "@" + rc(["build-agent", "laptop", "bastion", "runner-04"])),
    "WINVER": ("version", lambda c: "10.0.%d.%d" % (ri(17763, 26100), ri(300, 5000))),
    "PCT": ("percentage", lambda c: "%d.%d %%" % (ri(0, 99), ri(0, 9))),
    "DUR": ("duration", lambda c: rc(["%dms" % ri(3, 999), "%.1fs" % R.uniform(0.2, 60), "%dm%02ds" % (ri(1, 20), ri(0, 59))])),
    "BYTES": ("byte_count", lambda c: str(ri(200, 90000))),
    "ISBN": ("isbn", lambda c: gen_isbn()),
    "POSTCODE": ("postal_code", lambda c: {"de": digits(5), "fr": digits(5), "nl": digits(4) + " " + rs(UP, 2), "pl": digits(2) + "-" + digits(3),
                                           "ja": "〒" + digits(3) + "-" + digits(4), "sv": digits(3) + " " + digits(2)}.get(c.lang, digits(5))),
    "SESSNAME": ("session_name", lambda c: "gha-" + digits(10)),
}


def _mk_lk(name):
    kind, fn = LK[name]

    def f(c, i, a):
        return L(kind, fn(c))
    return f


for _n in LK:
    SLOTS[_n] = _mk_lk(_n)


@slot("PLACEHOLDER")
def _ph(c, i, a):
    a = a or "generic"
    pool = PH[a][c.lang] if a == "name" else PH[a]
    return L("placeholder", rc(pool))


@slot("INT")
def _int(c, i, a):
    return T(str(ri(100, 99999)))


@slot("LASTLOGIN")
def _lastlogin(c, i, a):
    return L("timestamp", "%s %s %2d %02d:%02d:%02d %d" % (rc(["Mon", "Tue", "Wed", "Thu", "Fri"]), rc(MONTHS)[:3], ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59), ri(2024, 2026)))


TOK = re.compile(r"⟦([A-Z_]+?)(\d)?(?::([a-z0-9_]+))?⟧")


def render(ctx, tpl):
    parts = []
    pos = 0
    for m in TOK.finditer(tpl):
        parts.append(T(tpl[pos:m.start()]))
        name, d, arg = m.group(1), m.group(2), m.group(3)
        key = (name, d, arg)
        if d is not None and key in ctx.cache:
            res = ctx.cache[key]
        else:
            res = SLOTS[name](ctx, int(d) if d else 0, arg)
            if isinstance(res, tuple):
                res = [res]
            if d is not None:
                ctx.cache[key] = res
        parts.extend(res)
        pos = m.end()
    parts.append(T(tpl[pos:]))
    assert "⟦" not in "".join(p[1] for p in parts if p[0] == "T"), tpl
    text, spans, lks = [], [], []
    off = 0
    for p in parts:
        if p[0] == "T":
            s = p[1]
        elif p[0] == "S":
            s = p[2]
            spans.append({"type": p[1], "start": off, "end": off + len(s), "text": s, "identifying": p[3]})
        else:
            s = p[2]
            lks.append({"kind": p[1], "start": off, "end": off + len(s), "text": s})
        text.append(s)
        off += len(s)
    text = "".join(text).rstrip()
    return text, spans, lks


def validate(row, pii):
    text, spans, lks = row["text"], row["spans"], row["lookalikes"]
    assert text == text.rstrip()
    for ln in text.split("\n"):
        assert ln == ln.rstrip(), repr(ln)
    allr = []
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"], s
        assert s["text"] and s["text"] == s["text"].strip()
        allr.append((s["start"], s["end"]))
        t, v = s["type"], s["text"]
        if t == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", v)
            assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), v
        elif t == "IBAN_CODE":
            assert iban_ok(v), v
        elif t == "US_SSN":
            assert ssn_ok(v), v
        elif t == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v), v
        elif t == "IP_ADDRESS":
            assert ":" in v or re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", v), v
    for l in lks:
        assert text[l["start"]:l["end"]] == l["text"], l
        assert l["text"] and l["text"] == l["text"].strip(), l
        allr.append((l["start"], l["end"]))
        v, k = l["text"], l["kind"]
        if k in ("digit_run", "card_like_invalid"):
            assert not luhn_ok(v)
        if k == "iban_invalid":
            assert not iban_ok(v), v
        if k == "ssn_invalid":
            assert not ssn_ok(v), v
        d = re.sub(r"[ -]", "", v)
        if d.isdigit() and 13 <= len(d) <= 19:
            assert not luhn_ok(d), (k, v)
        if re.fullmatch(r"\d{3}-\d{2}-\d{4}", v):
            assert not ssn_ok(v), v
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", v):
            assert not iban_ok(v), v
    assert [(s["start"]) for s in spans] == sorted(s["start"] for s in spans)
    assert [(l["start"]) for l in lks] == sorted(l["start"] for l in lks)
    allr.sort()
    for (a1, b1), (a2, b2) in zip(allr, allr[1:]):
        assert b1 <= a2, (a1, b1, a2, b2)
    if pii:
        assert len(spans) > 0, text
    else:
        assert len(spans) == 0, text


# ================================================================ English templates
# (family, has_pii, template).  ⟦SLOT⟧ = value slot; ⟦SLOT1⟧ = value reused within the row.
EN_T = [
    ("chat_support", True, "Customer: hi, I ordered a rain jacket last week (order ⟦ORDER⟧) and it still hasn't arrived, tracking ⟦TRACK⟧ has been stuck for days\nAgent: Sorry about that! Can you confirm the email on the account?\nCustomer: ⟦EMAIL1⟧ - it's under ⟦NAME1⟧\nAgent: Thanks ⟦FIRST1⟧, I've escalated it as ⟦TICKET⟧ and you'll get an update by ⟦DATE⟧."),
    ("chat_support", True, "[bot] Welcome to Harbourline Mobile. How can I help?\n[user] my bill is way too high, ⟦AMOUNT⟧ this month\n[bot] I can look into that. Please give me the mobile number on the contract.\n[user] ⟦PHONE1⟧\n[bot] Thanks. I found an account for ⟦NAME1⟧ ending in ⟦MASKCARD⟧. Is that you?\n[user] yes"),
    ("email_thread", True, "From: ⟦NAME1⟧ <⟦EMAIL1⟧>\nTo: ⟦NAME2⟧ <⟦EMAIL2⟧>\nDate: ⟦DATE⟧\nSubject: Re: Q3 vendor payment\n\nHi ⟦FIRST2⟧,\n\nPlease send the remaining ⟦AMOUNT⟧ to our new account ⟦IBAN⟧ before Friday. Invoice ⟦INVOICE1⟧ is attached; quote ⟦INVOICE1⟧ as the reference.\n\nThanks,\n⟦FIRST1⟧\n⟦PHONEI⟧"),
    ("email_thread", True, "> On ⟦DATE⟧, ⟦NAME2⟧ wrote:\n> Could you share the number of the locksmith you used?\n\nSure - it was ⟦NAME3⟧, ⟦PHONE⟧. Tell him ⟦FIRST1⟧ from flat 4 sent you, he gave us a discount.\n\n--\n⟦NAME1⟧"),
    ("applog", True, "⟦TS⟧ INFO  [auth-service] login succeeded user=⟦EMAIL1⟧ ip=⟦IP⟧ session=⟦UUID⟧\n⟦TS⟧ WARN  [auth-service] mfa fallback to sms phone=⟦PHONEI⟧ attempt=2\n⟦TS⟧ INFO  [auth-service] mfa verified user=⟦EMAIL1⟧ latency=⟦DUR⟧"),
    ("access_log", True, "⟦IPFOUR⟧ - - [⟦CLF⟧] \"GET /api/v2/orders/⟦ORDER⟧ HTTP/1.1\" 200 ⟦BYTES⟧ \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\"\n⟦IPSIX⟧ - - [⟦CLF⟧] \"POST /login HTTP/2.0\" 302 0 \"-\" \"curl/8.4.0\"\n⟦IPFOUR⟧ - - [⟦CLF⟧] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\""),
    ("dotenv", True, "# production - do not commit\nNODE_ENV=production\nPORT=⟦PORT⟧\nDATABASE_URL=⟦DBURL⟧\nSTRIPE_SECRET_KEY=⟦KEY:stripe⟧\nSENDGRID_API_KEY=⟦KEY:sendgrid⟧\nSENTRY_RELEASE=⟦VER⟧"),
    ("dotenv", True, "# copied from the old droplet, rotate after migration\n⟦ENVKEY⟧\n⟦ENVKEY⟧\nLOG_LEVEL=info\nBUILD_ID=⟦BUILD⟧"),
    ("k8s_manifest", True, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-api\n  namespace: prod\ntype: Opaque\nstringData:\n  AWS_ACCESS_KEY_ID: ⟦KEY:aws_id⟧\n  AWS_SECRET_ACCESS_KEY: ⟦KEY:aws_secret⟧\n  SLACK_BOT_TOKEN: ⟦KEY:slack⟧\n  release: \"⟦VER⟧\""),
    ("k8s_manifest", True, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: notifier\nspec:\n  template:\n    spec:\n      containers:\n        - name: notifier\n          image: ghcr.io/acme/notifier@⟦IMGDIG⟧\n          env:\n            - name: TELEGRAM_BOT_TOKEN\n              value: \"⟦KEY:telegram⟧\"\n            - name: ALERT_EMAIL\n              value: \"⟦EMAILROLE⟧\""),
    ("code_snippet", True, "import requests\n\nAPI_KEY = \"⟦KEY:openai⟧\"  # TODO move to vault\n\nresp = requests.post(\n    \"https://api.openai.com/v1/chat/completions\",\n    headers={\"Authorization\": f\"Bearer {API_KEY}\"},\n    json={\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"hello\"}]},\n    timeout=30,\n)"),
    ("code_snippet", True, "const client = new Anthropic({\n  apiKey: '⟦KEY:anthropic⟧', // FIXME hardcoded for the demo\n});\n\n// notify the owner when the batch finishes\nawait sendMail({ to: '⟦EMAIL1⟧', subject: `Batch ${batchId} done` });"),
    ("code_snippet", True, "func TestChargeCustomer(t *testing.T) {\n\tc := NewClient(\"⟦KEY:stripe⟧\")\n\tres, err := c.Charge(\"⟦TESTCARD⟧\", 1999, \"usd\")\n\tif err != nil {\n\t\tt.Fatalf(\"charge failed: %v\", err)\n\t}\n\tassertEqual(t, res.Status, \"succeeded\")\n}"),
    ("sql", True, "INSERT INTO customers (id, full_name, email, phone, created_at) VALUES\n  (⟦INT⟧, '⟦NAME1⟧', '⟦EMAIL1⟧', '⟦PHONE⟧', '⟦TS⟧'),\n  (⟦INT⟧, '⟦NAME2⟧', '⟦EMAIL2⟧', '⟦PHONE⟧', '⟦TS⟧');"),
    ("sql", True, "-- why does this return nothing??\nSELECT * FROM payouts\nWHERE iban = '⟦IBANC⟧'\n  AND status = 'pending'\n  AND batch_id = '⟦UUID⟧';"),
    ("csv_export", True, "txn_id,cardholder,pan,exp,amount,currency\n⟦UUID⟧,⟦NAME1⟧,⟦CARD⟧,09/27,⟦AMOUNTN⟧,USD\n⟦UUID⟧,⟦NAME2⟧,⟦CARD⟧,03/28,⟦AMOUNTN⟧,USD\n⟦UUID⟧,⟦NAME3⟧,⟦MASKCARD⟧,11/26,⟦AMOUNTN⟧,USD"),
    ("csv_export", True, "employee_id;name;work_email;mobile;ssn\n⟦INT⟧;⟦NAME1⟧;⟦EMAIL1⟧;⟦PHONE⟧;⟦SSN⟧\n⟦INT⟧;⟦NAME2⟧;⟦EMAIL2⟧;⟦PHONE⟧;⟦SSN⟧"),
    ("json_export", True, "{\"user\": {\"id\": \"⟦UUID⟧\", \"name\": \"⟦NAME1⟧\", \"email\": \"⟦EMAIL1⟧\", \"phone\": \"⟦PHONEI⟧\", \"last_login_ip\": \"⟦IP⟧\"}, \"plan\": \"pro\", \"app_version\": \"⟦VER⟧\"}"),
    ("json_export", True, "{\n  \"event\": \"payout.created\",\n  \"id\": \"⟦RESID⟧\",\n  \"beneficiary\": {\"name\": \"⟦NAME1⟧\", \"iban\": \"⟦XIBAN⟧\"},\n  \"amount\": ⟦AMOUNTN⟧,\n  \"created\": ⟦EPOCH⟧\n}"),
    ("shell_session", True, "$ ssh ⟦USER⟧@⟦IPFOUR1⟧\nLast login: ⟦LASTLOGIN⟧ from ⟦IPFOUR⟧\n$ export GITHUB_TOKEN=⟦KEY:github⟧\n$ gh repo clone acme/infra\nCloning into 'infra'...\n$ exit\nConnection to ⟦IPFOUR1⟧ closed."),
    ("shell_session", True, "$ psql \"⟦DBURL⟧\"\npsql (16.2)\nSSL connection (protocol: TLSv1.3)\napp=> select count(*) from orders where created_at > now() - interval '1 day';\n count\n-------\n  ⟦INT⟧\n(1 row)"),
    ("hr_note", True, "HR file note - ⟦DATE⟧\nEmployee: ⟦NAME1⟧\nPersonal email: ⟦EMAIL1⟧\nSSN: ⟦SSN⟧\nDirect deposit: routing ⟦ROUTING⟧, account ends ⟦MASKCARD⟧\nManager ⟦NAME2⟧ approved the relocation allowance of ⟦AMOUNT⟧."),
    ("hr_note", True, "Exit interview summary\n⟦FIRST1⟧ ⟦LAST1⟧ (Customer Success) is leaving on ⟦DATE⟧. Laptop ⟦ASSET⟧ to be returned to IT. Forwarding address for the W-2: ⟦EMAIL1⟧. ⟦FIRST1⟧ asked that ⟦NAME2⟧ takes over the ⟦ORGP⟧ account."),
    ("medical_admin", True, "Appointment reminder: ⟦NAME1⟧ with Dr. ⟦LAST2⟧ on ⟦DATE⟧ at ⟦TIME⟧, room ⟦ROOM⟧. Billing questions: ⟦PHONE⟧. Please bring the referral letter (ref ⟦CASE⟧) and your insurance card."),
    ("medical_admin", True, "Front desk note: pt ⟦NAME1⟧ called to reschedule the MRI, prefers mornings. Callback ⟦PHONE⟧. Insurance policy holder is ⟦NAME2⟧ (SSN on file ⟦SSN⟧). Do not leave voicemail with results."),
    ("invoice", True, "INVOICE ⟦INVOICE1⟧\nBill to: ⟦NAME1⟧, ⟦EMAIL1⟧\nIssued: ⟦DATE⟧   Due: ⟦DATE⟧\n\n3 x Consulting hours ....... ⟦AMOUNT⟧\nTotal due ................. ⟦AMOUNT⟧\n\nPay by bank transfer to ⟦IBAN⟧ (BIC ⟦BIC⟧), reference ⟦INVOICE1⟧."),
    ("meeting_minutes", True, "Minutes - platform sync, ⟦DATE⟧\nAttendees: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n\n1. Release ⟦VER⟧ slipped to next week; blocker is ⟦TICKET⟧.\n2. ⟦FIRST2⟧ to rotate the leaked token ⟦KEY:gitlab⟧ today.\n3. Next sync: ⟦DATE⟧, ⟦TIME⟧."),
    ("prompt_redact", True, "Please redact all personal data from the following before I paste it into the ticket:\n\n\"Caller ⟦NAME1⟧ (SSN ⟦SSN⟧, callback ⟦PHONE⟧) disputes a charge of ⟦AMOUNT⟧ on card ⟦CARD⟧.\""),
    ("prompt_summarise", True, "Summarise this thread in 3 bullets for my manager:\n\n⟦FIRST1⟧: the vendor portal keeps rejecting our IBAN ⟦IBAN⟧\n⟦FIRST2⟧: did you try without spaces? ⟦IBANC⟧\n⟦FIRST1⟧: same error, ⟦ERR⟧\n⟦FIRST3⟧: I'll call their finance guy, ⟦NAME4⟧, on ⟦PHONE⟧"),
    ("assistant_reply", True, "Here's the cleaned-up contact block you asked for:\n\n- Name: ⟦NAME1⟧\n- Email: ⟦EMAIL1⟧\n- Mobile: ⟦PHONE⟧\n\nI removed the duplicate entry with the outdated address. Want it as a vCard too?"),
    ("assistant_reply", True, "The 401 happens because the key in your snippet, ⟦KEY:github⟧, is a classic personal access token without the `repo` scope. Revoke it now (it's been shared in this chat), create a fine-grained token, and load it from an environment variable instead of hardcoding it."),
    ("web_form", True, "Contact form submission #⟦INT⟧\nname=⟦NAME1⟧\nemail=⟦EMAIL1⟧\nphone=⟦PHONE⟧\nmessage=Hi, I'd like a quote for 40 units of part ⟦PARTNO⟧. Please call after 3pm.\nsubmitted_from=⟦IP⟧\nuser_agent=Mozilla/5.0 (Windows NT 10.0; Win64; x64)"),
    ("crash_log", True, "Traceback (most recent call last):\n  File \"/srv/app/billing/charge.py\", line 88, in charge\n    stripe.Charge.create(amount=amount, currency=\"usd\", source=token)\nstripe.error.AuthenticationError: Invalid API Key provided: ⟦KEY:stripe⟧\nrequest_id=⟦REQID⟧ host=⟦HOST⟧"),
    ("crash_log", True, "FATAL EXCEPTION: main\nProcess: com.harbourline.wallet, PID: ⟦INT⟧\njava.lang.IllegalStateException: profile sync failed for ⟦EMAIL1⟧\n    at com.harbourline.wallet.sync.ProfileSync.run(ProfileSync.kt:142)\n    at android.os.Handler.handleCallback(Handler.java:958)\nBuild: ⟦VER⟧ (⟦BUILD⟧) device-ip=⟦IPPRIV⟧"),
    ("ci_log", True, "Run docker login ghcr.io -u ⟦USER⟧ -p ⟦KEY:github⟧\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\nRun docker push ghcr.io/acme/api:⟦VER1⟧\n⟦VER1⟧: digest: ⟦IMGDIG⟧ size: 2419"),
    ("curl_command", True, "curl -X POST https://api.sendgrid.com/v3/mail/send \\\n  -H \"Authorization: Bearer ⟦KEY:sendgrid⟧\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"personalizations\":[{\"to\":[{\"email\":\"⟦EMAIL1⟧\",\"name\":\"⟦NAME1⟧\"}]}],\"from\":{\"email\":\"⟦EMAILROLE⟧\"},\"subject\":\"Your receipt ⟦INVOICE⟧\"}'"),
    ("curl_command", True, "curl -s https://api.digitalocean.com/v2/droplets -H \"Authorization: Bearer ⟦KEY:digitalocean⟧\" | jq '.droplets[].networks.v4[].ip_address'\n\"⟦IPFOUR⟧\"\n\"⟦IPPRIV⟧\""),
    ("sms", True, "Hi ⟦FIRST1⟧, your parcel ⟦TRACK⟧ will arrive ⟦DATE⟧ between ⟦TIME⟧ and ⟦TIME⟧. Not home? Reply 1 or call ⟦PHONE⟧."),
    ("payment_log", True, "payment.failed id=⟦RESID⟧ amount=⟦AMOUNTN⟧ currency=EUR iban=⟦IBANC⟧ holder=\"⟦NAME1⟧\" reason=insufficient_funds retry_at=⟦TS⟧"),
    ("helpdesk_ticket", True, "[⟦TICKET⟧] Laptop handover\nRequester: ⟦NAME1⟧ (⟦EMAIL1⟧)\nAsset tag ⟦ASSET⟧, serial ⟦SERIAL⟧, MAC ⟦MAC⟧\nNotes: user's home IP ⟦IPFOUR⟧ is blocked by the VPN geo-filter, whitelisted until ⟦DATE⟧."),
    ("team_chat", True, "⟦FIRST1⟧ [10:42 AM]\nanyone know why staging can't reach ⟦IPPRIV⟧:⟦PORT⟧?\n⟦FIRST2⟧ [10:44 AM]\nfirewall rule got reverted in ⟦SHA⟧. also pls stop pasting tokens in here lol ⟦KEY:hf⟧\n⟦FIRST1⟧ [10:45 AM]\noops, rotating"),
    ("kyc_form", True, "Applicant: ⟦NAME1⟧\nSSN: ⟦SSN⟧\nPhone: ⟦PHONE⟧\nEmail: ⟦EMAIL1⟧\nEmployer: ⟦ORGP⟧\nAnnual income: ⟦AMOUNT⟧\nApplication ref: ⟦CASE⟧"),
    ("git_commit", True, "commit ⟦SHALONG⟧\nAuthor: ⟦NAME1⟧ <⟦EMAIL1⟧>\nDate:   ⟦GITDATE⟧\n\n    fix(auth): stop logging refresh tokens\n\n    Co-authored-by: ⟦NAME2⟧ <⟦EMAIL2⟧>\n    Refs ⟦TICKET⟧"),
    ("terraform", True, "provider \"aws\" {\n  region     = \"eu-central-1\"\n  access_key = \"⟦KEY:aws_id⟧\"\n  secret_key = \"⟦KEY:aws_secret⟧\"\n}\n\nresource \"aws_instance\" \"bastion\" {\n  ami           = \"ami-⟦AMI⟧\"\n  instance_type = \"t3.micro\"\n}"),
    ("support_request", True, "Here's the deploy key from the old box, can you add it to the new runner?\n\n⟦PEM⟧\n\nfingerprint ⟦FPR⟧"),
    ("prompt_debug", True, "Got 401 from /v1/me. Header was:\nAuthorization: Bearer ⟦JWT⟧\nThe token decodes fine and exp is ⟦EPOCH⟧, so why is it rejected?"),
    ("docker_compose", True, "services:\n  db:\n    image: postgres:16.2\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ⟦DBPW⟧\n    ports:\n      - \"⟦PORT⟧:5432\"\n  api:\n    image: ghcr.io/acme/api@⟦IMGDIG⟧\n    environment:\n      DATABASE_URL: ⟦DBURL⟧"),
    ("config_file", True, "<connectionStrings>\n  <add name=\"Billing\" connectionString=\"⟦ADOCONN⟧\" />\n</connectionStrings>\n<appSettings>\n  <add key=\"SmtpUser\" value=\"⟦EMAILROLE⟧\" />\n</appSettings>"),
    ("product_review", True, "★★☆☆☆ Delivery was two weeks late and the charger was missing. Support (⟦NAME1⟧) was friendly but couldn't help. Order ⟦ORDER⟧. Contact me at ⟦EMAIL2⟧ if you want photos. - ⟦FIRST2⟧"),
    ("calendar_invite", True, "BEGIN:VEVENT\nDTSTART:⟦ICSDT⟧\nSUMMARY:Contract review\nORGANIZER;CN=⟦NAME1⟧:mailto:⟦EMAIL1⟧\nATTENDEE;CN=⟦NAME2⟧:mailto:⟦EMAIL2⟧\nLOCATION:⟦ORGP⟧\nUID:⟦UUID⟧\nEND:VEVENT"),
    ("firewall_log", True, "⟦CLF⟧ fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=⟦MACLONG⟧ SRC=⟦IPFOUR⟧ DST=⟦IPPRIV⟧ LEN=60 TTL=51 PROTO=TCP SPT=⟦PORT⟧ DPT=22\n⟦CLF⟧ fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=⟦IPSIX⟧ DST=⟦IPSIX⟧ PROTO=TCP DPT=443"),
    ("nginx_conf", True, "server {\n    listen 443 ssl;\n    server_name ⟦HOST⟧;\n    # office + ⟦FIRST1⟧'s home line\n    allow ⟦IPFOUR⟧;\n    allow ⟦IPSIX⟧;\n    deny all;\n}"),
    ("api_docs", True, "## Example request\n\ncurl https://api.example.com/v1/users \\\n  -u ⟦DOCKEY⟧:\n\nResponse:\n{\"name\": \"⟦PHNAME⟧\", \"email\": \"⟦DOCEMAIL⟧\", \"ip\": \"⟦DOCIP⟧\"}"),
    ("test_fixture", True, "# fixtures for the checkout flow - network test numbers only\nCARDS = {\n    \"ok\": \"⟦TESTCARD⟧\",\n    \"declined\": \"⟦TESTCARD⟧\",\n}\nDEMO_IBAN = \"⟦DOCIBAN⟧\"\nDEMO_SSN = \"⟦DOCSSN⟧\"\nDEMO_USER = {\"name\": \"⟦PHNAME⟧\", \"email\": \"⟦DOCEMAIL⟧\", \"phone\": \"⟦FAKEPHONE⟧\"}"),
    ("api_docs", True, "The sample token ⟦DOCJWT⟧ from the tutorial decodes to sub=1234567890. Replace it with your own before calling ⟦DOCIP⟧ in the sandbox."),
    ("oncall_roster", True, "On-call rotation this week:\n  Mon-Wed  ⟦NAME1⟧  ⟦PHONE⟧\n  Thu-Sun  ⟦NAME2⟧  ⟦PHONE⟧\nEscalation bridge: ⟦CONF⟧ (PIN ⟦PIN⟧)"),
    ("travel_booking", True, "Booking ⟦PNR⟧ confirmed for ⟦NAME1⟧ on flight ⟦FLIGHT⟧, ⟦DATE⟧. Seat 14C. Questions: ⟦PHONEI⟧ or ⟦EMAIL1⟧."),
    ("prompt_translate", True, "translate to spanish pls: \"Dear ⟦NAME1⟧, your refund of ⟦AMOUNT⟧ was sent to the card ending ⟦MASKCARD⟧. If you have questions reply to ⟦EMAILROLE⟧.\""),
    ("bank_form", True, "Change of bank details\nAccount holder: ⟦NAME1⟧\nNew IBAN: ⟦IBAN⟧\nOld IBAN (to close): ⟦IBAN⟧\nSigned on ⟦DATE⟧. Reference ⟦CASE⟧."),
    ("team_chat", True, "@⟦FIRST1⟧ the vpn box is ⟦IPFOUR⟧, creds are in the vault. dont use the old ssh key (⟦FPR⟧). ping ⟦FIRST2⟧ on ⟦PHONE⟧ if it's down again"),
    ("shell_session", True, "$ aws configure\nAWS Access Key ID [None]: ⟦KEY:aws_id⟧\nAWS Secret Access Key [None]: ⟦KEY:aws_secret⟧\nDefault region name [None]: us-east-1\nDefault output format [None]: json\n$ aws sts get-caller-identity --query Account\n\"⟦AWSACCT⟧\""),
    ("chat_support", True, "Agent: For security, please confirm the last four of your SSN.\nCaller: it's the full one you need? ⟦SSN⟧\nAgent: Thank you, ⟦FIRST1⟧. I only need the last four next time. I see a pending charge on ⟦CARD⟧ for ⟦AMOUNT⟧.\nCaller: that's not mine"),
    ("email_thread", True, "Subject: card replacement\n\nHi, my old card ⟦CARD⟧ was swallowed by the ATM on ⟦DATE⟧. Please send the new one to the address on file and text me at ⟦PHONE⟧ when it ships.\n\n⟦NAME1⟧\nCustomer since 2014, ref ⟦CASE⟧"),
    ("tax_form", True, "Form W-9 (excerpt)\nName: ⟦NAME1⟧\nBusiness name: (same as above)\nTaxpayer identification number (SSN): ⟦SSN⟧\nSignature date: ⟦DATE⟧\nReturn to ⟦EMAILROLE⟧"),
    ("payroll_csv", True, "name,ssn,iban,net_pay\n\"⟦NAME1⟧\",⟦SSN⟧,⟦XIBAN⟧,⟦AMOUNTN⟧\n\"⟦NAME2⟧\",⟦SSN⟧,⟦XIBAN⟧,⟦AMOUNTN⟧\n\"⟦NAME3⟧\",⟦BADSSN⟧,⟦BADIBAN⟧,⟦AMOUNTN⟧"),
    ("applog", True, "{\"level\":\"error\",\"ts\":\"⟦TS⟧\",\"msg\":\"card tokenization failed\",\"pan\":\"⟦CARD⟧\",\"customer\":\"⟦EMAIL1⟧\",\"client_ip\":\"⟦IPSIX⟧\",\"trace\":\"⟦TRACEID⟧\"}"),
    ("access_log", True, "{\"remote_addr\":\"⟦IP⟧\",\"time\":\"⟦TS⟧\",\"method\":\"POST\",\"path\":\"/oauth/token\",\"status\":200,\"headers\":{\"authorization\":\"Bearer ⟦KEY:jwt⟧\"},\"upstream\":\"⟦HOST⟧:⟦PORT⟧\"}"),
    ("code_snippet", True, "# settings.py\nDEBUG = False\nSECRET_KEY = \"⟦KEY:opaque⟧\"\nEMAIL_HOST_USER = \"⟦EMAILROLE⟧\"\nEMAIL_HOST_PASSWORD = \"⟦DBPW⟧\"\nALLOWED_HOSTS = [\"⟦HOST⟧\", \"⟦IPFOUR⟧\"]"),
    ("code_snippet", True, "val client = SlackClient(token = \"⟦KEY:slack⟧\")\nval discord = DiscordBot(\"⟦KEY:discord⟧\")\n// ping ⟦FIRST1⟧ before merging, he owns the bot accounts"),
    ("github_issue", True, "### Bug report\nAfter upgrading to ⟦VER⟧ the webhook verification fails.\n\n```\nSTRIPE_WEBHOOK_SECRET=⟦KEY:stripe_wh⟧\nSHOPIFY_ACCESS_TOKEN=⟦KEY:shopify⟧\n```\n\n(edit: oops, these are prod values - rotating now) /cc @⟦USER⟧"),
    ("ci_log", True, "+ npm config set //registry.npmjs.org/:_authToken ⟦KEY:npm⟧\n+ npm publish --access public\nnpm notice Publishing to https://registry.npmjs.org/ with tag latest\n+ @acme/ui@⟦VER⟧\n+ twine upload -u __token__ -p ⟦KEY:pypi⟧ dist/*"),
    ("dns_zone", True, "$ORIGIN acme-internal.net.\nvpn      IN A     ⟦IPFOUR⟧\nvpn      IN AAAA  ⟦IPSIX⟧\nmail     IN A     ⟦IPFOUR⟧\n; admin contact ⟦EMAIL1⟧, serial ⟦BUILD⟧"),
    ("medical_admin", True, "Billing dispute note: guarantor ⟦NAME1⟧ (SSN ⟦SSN⟧) says claim ⟦CASE⟧ was paid with card ⟦CARD⟧ on ⟦DATE⟧. Ask ⟦NAME2⟧ in billing to check the processor report."),
    ("vault_dump", True, "$ vault kv get secret/payments\n====== Data ======\nKey                 Value\n---                 -----\nsquare_token        ⟦KEY:square⟧\nbraintree_token     ⟦KEY:braintree⟧\nnewrelic_key        ⟦KEY:newrelic⟧\nvault_token         ⟦KEY:vault⟧"),
    ("team_chat", True, "⟦FIRST1⟧: who owns the figma/notion integrations?\n⟦FIRST2⟧: me. tokens are ⟦KEY:figma⟧ and ⟦KEY:notion⟧ - pls move them to doppler (⟦KEY:doppler⟧)"),
    # ---- clean (no PII, look-alikes only)
    ("chat_support", False, "Customer: where's my order ⟦ORDER⟧? It said delivered ⟦DATE⟧ but nothing here.\nAgent: I see carrier scan ⟦TRACK⟧ at the local depot. I've opened ⟦TICKET⟧ with the courier; you'll hear back within 48h.\nCustomer: ok thanks"),
    ("chat_support", False, "User: the app says \"payment method ⟦MASKCARD⟧ expired\" but I updated it yesterday\nAgent: That banner is cached. Please update to ⟦VER⟧ and log in again; if it persists, send us the code ⟦ERR⟧."),
    ("applog", False, "⟦TS⟧ INFO  worker-3 job=⟦UUID⟧ status=done duration=⟦DUR⟧\n⟦TS⟧ DEBUG cache hit key=sha256:⟦SHAHEX⟧\n⟦TS⟧ WARN  retrying upstream ⟦HOST⟧:⟦PORT⟧ (attempt 2/5)"),
    ("ci_log", False, "Step 4/9 : RUN pip install -r requirements.txt\n ---> Running in ⟦SHORTID⟧\nSuccessfully built ⟦SHORTID⟧\nSuccessfully tagged registry.internal/api:⟦VER⟧\nPushed ⟦IMGDIG⟧"),
    ("git_log", False, "⟦SHA⟧ (HEAD -> main, tag: ⟦VER⟧) bump deps\n⟦SHA⟧ fix flaky test, see ⟦TICKET⟧\n⟦SHA⟧ Merge pull request #⟦INT⟧ from feature/checkout-v2\n⟦SHA⟧ chore: regenerate lockfile (sha256 ⟦SHAHEX⟧)"),
    ("invoice", False, "Order summary ⟦ORDER⟧\n2 x USB-C hub ........ ⟦AMOUNT⟧\nShipping ............. ⟦AMOUNT⟧\nPaid with card ⟦MASKCARD⟧ on ⟦DATE⟧\nTracking: ⟦TRACK⟧"),
    ("config_file", False, "server:\n  port: ⟦PORT⟧\n  host: ⟦HOST⟧\nauth:\n  api_key: ⟦PLACEHOLDER:key⟧\n  issuer_oid: \"⟦OID⟧\"\nfeature_flags:\n  new_checkout: true\nrelease: \"⟦VER⟧\""),
    ("prompt_debug", False, "Can you explain what this error means? ⟦ERR⟧ happened right after upgrading to ⟦VER⟧, request id ⟦UUID⟧, trace ⟦TRACEID⟧."),
    ("sql", False, "SELECT order_id, status, total\nFROM orders\nWHERE order_id IN ('⟦ORDER⟧', '⟦ORDER⟧')\n  AND created_at >= '⟦ISODATE⟧';\n-- 2 rows, ⟦DUR⟧"),
    ("prompt_redact", False, "Here is the redacted transcript, can you check I didn't miss anything?\n\nCaller ⟦PLACEHOLDER:name⟧ reported card ⟦MASKCARD⟧ stolen; SSN on file ⟦MASKSSN⟧; callback number ⟦PLACEHOLDER:phone⟧. Case ⟦CASE⟧."),
    ("validation_errors", False, "Validation failed (3 errors):\n- iban: \"⟦BADIBAN⟧\" failed checksum\n- ssn: \"⟦BADSSN⟧\" is not a valid SSN\n- card_number: \"⟦BADCARD⟧\" failed Luhn check"),
    ("network_config", False, "interface eth0\n  link/ether ⟦MAC⟧\n  mtu 9001\nhostname ⟦HOST⟧\nsnmp-server community-oid ⟦OID⟧\nfirmware ⟦WINVER⟧"),
    ("meeting_minutes", False, "Minutes - release train ⟦DATE⟧\n- ⟦VER⟧ is out; rollback plan in ⟦TICKET⟧\n- Warehouse move next to ⟦ORGP⟧ postponed\n- Budget: ⟦AMOUNT⟧ approved for load tests\nAction items stay with the platform team."),
    ("logistics_note", False, "Drop-off coordinates: ⟦COORD⟧ (gate 4). Parcel ⟦TRACK⟧, 2.4 kg, slot ⟦TIME⟧-⟦TIME⟧. Pallet label ⟦EAN⟧."),
    ("security_advisory", False, "Patched ⟦CVE⟧ and ⟦CVE⟧ in ⟦VER⟧. Image digest ⟦IMGDIG⟧. Affected hosts: ⟦HOST⟧, ⟦HOST⟧. No customer data was accessed."),
    ("csv_export", False, "sku,name,qty,price,ean\n⟦SKU⟧,Desk lamp,4,⟦AMOUNTN⟧,⟦EAN⟧\n⟦SKU⟧,Monitor arm,1,⟦AMOUNTN⟧,⟦EAN⟧\n⟦SKU⟧,Cable tray,12,⟦AMOUNTN⟧,⟦EAN⟧"),
    ("json_export", False, "{\"event\":\"deploy\",\"service\":\"checkout\",\"version\":\"⟦VER⟧\",\"commit\":\"⟦SHALONG⟧\",\"started_at\":\"⟦TS⟧\",\"trace_id\":\"⟦TRACEID⟧\",\"replicas\":3}"),
    ("shell_session", False, "$ kubectl get pods -n payments\nNAME                              READY   STATUS    RESTARTS   AGE\n⟦POD⟧   1/1     Running   0          3d\n⟦POD⟧   1/1     Running   2          3d\n$ kubectl rollout status deploy/checkout\nsuccessfully rolled out"),
    ("dotenv", False, "# .env.example - copy to .env and fill in\nSTRIPE_SECRET_KEY=⟦PLACEHOLDER:key⟧\nDATABASE_URL=postgres://USER:PASSWORD@localhost:⟦PORT⟧/app\nADMIN_EMAIL=⟦PLACEHOLDER:email⟧\nAPP_VERSION=⟦VER⟧"),
    ("event_planning", False, "Shortlist of venues for the offsite: ⟦ORGP⟧, ⟦ORGP⟧ or the hall near ⟦ORGP⟧. Budget cap ⟦AMOUNT⟧ per night, decision by ⟦DATE⟧."),
    ("assistant_reply", False, "The string ⟦UUID⟧ is a version-4 UUID and ⟦SHALONG⟧ is a git commit hash. Neither is personal data or a secret, so you can leave them in the bug report. The value ⟦MASKCARD⟧ is already masked."),
    ("cloud_audit", False, "Assumed role arn:aws:iam::⟦AWSACCT⟧:role/ci-deployer, session ⟦SESSNAME⟧, expires ⟦TS⟧. Source VPC endpoint vpce-⟦AMI⟧."),
    ("ssh_config", False, "authorized_keys on ⟦HOST⟧:\n⟦PUBKEY⟧ ⟦SSHCOMMENT⟧\nfingerprint ⟦FPR⟧"),
    ("medical_admin", False, "Clinic ops note ⟦DATE⟧: MRI room ⟦ROOM⟧ down for maintenance (service ticket ⟦TICKET⟧). Reschedule list exported to the scheduling system; no patient details in this note."),
    ("asset_inventory", False, "Serial ⟦SERIAL⟧, model ⟦PARTNO⟧, firmware ⟦VER⟧, MAC ⟦MAC⟧. Warranty until ⟦DATE⟧. Asset ⟦ASSET⟧."),
    ("metrics_log", False, "metrics batch ts=⟦EPOCH⟧ p99=412ms error_rate=⟦PCT⟧ requests=⟦INT⟧ host=⟦HOST⟧ build=⟦BUILD⟧"),
    ("bank_statement", False, "Statement ⟦DATE⟧ - ⟦DATE⟧\nOpening balance ⟦AMOUNT⟧\nCard payment ⟦MASKCARD⟧ ⟦AMOUNT⟧\nTransfer to ⟦MASKIBAN⟧ ⟦AMOUNT⟧\nRef ⟦DIGITS⟧"),
    ("library_catalog", False, "Hold placed: ISBN ⟦ISBN⟧, pickup at ⟦ORGP⟧ branch before ⟦DATE⟧. Barcode ⟦DIGITS⟧."),
    ("travel_booking", False, "Flight ⟦FLIGHT⟧ on ⟦DATE⟧ departs ⟦TIME⟧, gate B12. Booking ref ⟦PNR⟧. Baggage allowance 23 kg. Fare ⟦AMOUNT⟧."),
    ("web_form", False, "Form validation preview:\nname=⟦PLACEHOLDER:name⟧\nemail=⟦PLACEHOLDER:email⟧\nphone=⟦PLACEHOLDER:phone⟧\nsession=⟦UUID⟧\ncsrf=⟦MDHEX⟧"),
    ("payment_log", False, "charge.refunded id=⟦RESID⟧ amount=⟦AMOUNTN⟧ card=⟦MASKCARD⟧ reason=requested_by_customer at=⟦TS⟧ idem=⟦UUID⟧"),
    ("team_chat", False, "deploy of ⟦VER⟧ is stuck on ⟦POD⟧, logs say ⟦ERR⟧. rolling back to ⟦SHA⟧, ETA ⟦DUR⟧"),
    ("prompt_summarise", False, "Summarise the incident for the status page: between ⟦TIME⟧ and ⟦TIME⟧ UTC requests to ⟦HOST⟧ failed with ⟦ERR⟧ after build ⟦BUILD⟧; fixed by reverting ⟦SHA⟧. Tracking in ⟦TICKET⟧."),
    ("email_thread", False, "Subject: PO ⟦ORDER⟧ - delivery window\n\nHi team,\n\nthe supplier confirmed dispatch on ⟦DATE⟧ under tracking ⟦TRACK⟧. Invoice ⟦INVOICE⟧ (⟦AMOUNT⟧) is approved for payment.\n\nBest,\nProcurement"),
    ("fraud_rules", False, "Rule 17 blocks BIN ranges only; full-number matches like ⟦BADCARD⟧ or ⟦DIGITS⟧ are rejected before scoring because they fail the Luhn check. Masked inputs (⟦MASKCARD⟧, ⟦MASKSSN⟧) are ignored."),
    ("qa_testplan", False, "Negative test data:\n| field | input | expected |\n| ssn | ⟦BADSSN⟧ | rejected |\n| ssn | ⟦BADSSN⟧ | rejected |\n| iban | ⟦BADIBAN⟧ | rejected |\n| card | ⟦BADCARD⟧ | rejected |"),
    ("prompt_debug", False, "Why does my regex flag ⟦WINVER⟧ and ⟦OID⟧ as IP addresses? Also ⟦MAC⟧ gets caught as IPv6."),
    ("changelog", False, "## ⟦VER⟧ (⟦ISODATE⟧)\n- fix: handle ⟦ERR⟧ on reconnect (⟦TICKET⟧)\n- security: bump openssl for ⟦CVE⟧\n- build ⟦BUILD⟧, digest ⟦IMGDIG⟧"),
    ("warehouse_log", False, "scan ⟦TS⟧ pallet ⟦EAN⟧ loc ⟦ROOM⟧ order ⟦ORDER⟧ carrier ⟦TRACK⟧ operator=⟦USER⟧"),
    ("assistant_reply", False, "No personal data found. The numbers in your log are an order ID (⟦ORDER⟧), a tracking number (⟦TRACK⟧), an invoice reference (⟦INVOICE⟧) and a Windows build (⟦WINVER⟧)."),
]


# ================================================================ non-English templates
X_T = {
    "de": [
        ("chat_support", True, "Kunde: Hallo, meine Bestellung ⟦ORDER⟧ ist immer noch nicht da.\nMitarbeiterin: Das tut mir leid! Auf welchen Namen lief die Bestellung?\nKunde: ⟦NAME1⟧, E-Mail ⟦EMAIL1⟧\nMitarbeiterin: Danke. Ich habe die Sendung ⟦TRACK⟧ beim Zusteller reklamiert (Vorgang ⟦TICKET⟧)."),
        ("email", True, "Sehr geehrte Damen und Herren,\n\nbitte überweisen Sie die Rückerstattung von ⟦AMOUNT⟧ auf mein Konto:\nKontoinhaber: ⟦NAME1⟧\nIBAN: ⟦IBAN⟧\nBIC: ⟦BIC⟧\n\nRechnungsnummer: ⟦INVOICE⟧\n\nMit freundlichen Grüßen\n⟦NAME1⟧\nTel. ⟦PHONE⟧"),
        ("hr_note", True, "Aktennotiz Personalabteilung, ⟦DATE⟧\n⟦NAME1⟧ wechselt zum ⟦DATE⟧ in die Abteilung Controlling, Vorgesetzte/r: ⟦NAME2⟧. Neue Durchwahl: ⟦PHONE⟧. Gehaltskonto unverändert (⟦IBANC⟧)."),
        ("medical_admin", True, "Terminbestätigung: ⟦NAME1⟧, ⟦DATE⟧ um ⟦TIME⟧ Uhr bei Dr. ⟦LAST2⟧, Raum ⟦ROOM⟧. Bei Verhinderung bitte unter ⟦PHONE⟧ absagen."),
        ("meeting_minutes", True, "Protokoll Jour fixe ⟦DATE⟧\nTeilnehmende: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\nTOP 1: Release ⟦VER⟧ verschiebt sich, Blocker ⟦TICKET⟧.\nTOP 2: ⟦FIRST2⟧ tauscht den versehentlich geteilten Token ⟦KEY:gitlab⟧ aus.\nNächster Termin: ⟦DATE⟧"),
        ("web_form", True, "Kontaktformular\nName: ⟦NAME1⟧\nE-Mail: ⟦EMAIL1⟧\nTelefon: ⟦PHONE⟧\nNachricht: Bitte rufen Sie mich wegen Angebot ⟦INVOICE⟧ zurück, am besten vormittags.\nIP: ⟦IP⟧"),
        ("sms", True, "Hallo ⟦FIRST1⟧, dein Paket ⟦TRACK⟧ kommt am ⟦DATE⟧ zwischen ⟦TIME⟧ und ⟦TIME⟧ Uhr. Rückfragen: ⟦PHONE⟧"),
        ("team_chat", True, "⟦FIRST1⟧: kann jemand den Stripe-Key prüfen? ⟦KEY:stripe⟧ liefert nur 401\n⟦FIRST2⟧: bitte nicht im Chat posten 🙈 ich rotiere ihn, Ticket ⟦TICKET⟧"),
        ("form_example", True, "Ausfüllbeispiel aus dem Handbuch: Kunde ⟦PHNAME⟧, IBAN ⟦DOCIBAN⟧, E-Mail ⟦DOCEMAIL⟧. Bitte keine echten Daten im Testsystem verwenden."),
        ("chat_support", False, "Kunde: Wo bleibt meine Lieferung ⟦ORDER⟧?\nSupport: Laut Sendungsverfolgung ⟦TRACK⟧ liegt das Paket in der Filiale. Abholung bis ⟦DATE⟧ möglich."),
        ("invoice", False, "Rechnung ⟦INVOICE⟧ vom ⟦DATE⟧\nGesamtbetrag: ⟦AMOUNT⟧\nBezahlt mit Karte ⟦MASKCARD⟧. Vielen Dank für Ihren Einkauf!"),
        ("incident_report", False, "Störungsmeldung: Seit Version ⟦VER⟧ bricht der Export mit Fehler ⟦ERR⟧ ab. Betroffener Server: ⟦HOST⟧, Port ⟦PORT⟧. Ticket ⟦TICKET⟧."),
        ("validation_errors", False, "Validierung fehlgeschlagen: Die IBAN ⟦BADIBAN⟧ hat eine ungültige Prüfsumme, die Kartennummer ⟦BADCARD⟧ ist ebenfalls ungültig."),
        ("event_planning", False, "Treffpunkt für den Betriebsausflug: Haupteingang ⟦ORGP⟧, ⟦TIME⟧ Uhr. Koordinaten ⟦COORD⟧."),
    ],
    "fr": [
        ("chat_support", True, "Client : Bonjour, ma commande ⟦ORDER⟧ n'est toujours pas arrivée.\nConseillère : Je suis désolée. Pouvez-vous me confirmer votre adresse e-mail ?\nClient : ⟦EMAIL1⟧, au nom de ⟦NAME1⟧.\nConseillère : Merci, j'ai ouvert le dossier ⟦TICKET⟧."),
        ("email", True, "Bonjour ⟦FIRST2⟧,\n\nVoici mes coordonnées bancaires pour le remboursement de ⟦AMOUNT⟧ :\nTitulaire : ⟦NAME1⟧\nIBAN : ⟦IBAN⟧\n\nBien cordialement,\n⟦NAME1⟧\n⟦PHONE⟧"),
        ("medical_admin", True, "Rappel de rendez-vous : ⟦NAME1⟧, le ⟦DATE⟧ à ⟦TIME⟧ avec le Dr ⟦LAST2⟧ (salle ⟦ROOM⟧). En cas d'empêchement, appelez le ⟦PHONE⟧."),
        ("hr_note", True, "Note RH du ⟦DATE⟧ : ⟦NAME1⟧ rejoint l'équipe de ⟦NAME2⟧ à compter du ⟦DATE⟧. Adresse e-mail personnelle : ⟦EMAIL1⟧."),
        ("meeting_minutes", True, "Compte rendu de réunion – ⟦DATE⟧\nPrésents : ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n- La version ⟦VER⟧ est reportée (ticket ⟦TICKET⟧).\n- ⟦FIRST1⟧ contacte le fournisseur au ⟦PHONE⟧."),
        ("sms", True, "Bonjour ⟦FIRST1⟧, votre colis ⟦TRACK⟧ sera livré le ⟦DATE⟧. Pour modifier la livraison : ⟦PHONE⟧."),
        ("web_form", True, "Formulaire d'inscription\nNom : ⟦NAME1⟧\nCourriel : ⟦EMAIL1⟧\nTéléphone : ⟦PHONE⟧\nCarte de paiement : ⟦CARD⟧\nAdresse IP : ⟦IP⟧"),
        ("team_chat", True, "⟦FIRST1⟧ : quelqu'un a la clé AWS de préprod ?\n⟦FIRST2⟧ : ⟦KEY:aws_id⟧ / ⟦KEY:aws_secret⟧ mais supprime ce message après stp"),
        ("form_example", True, "Exemple de saisie : ⟦PHNAME⟧, ⟦DOCEMAIL⟧, IBAN ⟦DOCIBAN⟧ (valeurs fictives de la documentation)."),
        ("chat_support", False, "Client : Où en est ma commande ⟦ORDER⟧ ?\nConseiller : Elle a été expédiée le ⟦DATE⟧, numéro de suivi ⟦TRACK⟧."),
        ("invoice", False, "Facture ⟦INVOICE⟧ – montant ⟦AMOUNT⟧, réglée par carte ⟦MASKCARD⟧ le ⟦DATE⟧."),
        ("incident_report", False, "Incident : depuis la mise à jour ⟦VER⟧, le serveur ⟦HOST⟧ renvoie l'erreur ⟦ERR⟧. Commit fautif : ⟦SHA⟧."),
        ("event_planning", False, "Rendez-vous devant le ⟦ORGP⟧ à ⟦TIME⟧ ; coordonnées GPS ⟦COORD⟧."),
        ("validation_errors", False, "Erreur de saisie : l'IBAN ⟦BADIBAN⟧ n'est pas valide (clé de contrôle incorrecte)."),
    ],
    "es": [
        ("chat_support", True, "Cliente: Hola, el pedido ⟦ORDER⟧ llegó roto.\nAgente: ¡Lo siento mucho! ¿Me confirma su nombre y teléfono?\nCliente: ⟦NAME1⟧, ⟦PHONE⟧\nAgente: Gracias, ⟦FIRST1⟧. He abierto la incidencia ⟦TICKET⟧."),
        ("email", True, "Estimado/a ⟦NAME2⟧:\n\nLe adjunto la factura ⟦INVOICE⟧ por importe de ⟦AMOUNT⟧. Puede realizar el pago en la cuenta ⟦IBAN⟧.\n\nUn saludo,\n⟦NAME1⟧\n⟦EMAIL1⟧"),
        ("hr_note", True, "Nota de RR. HH. (⟦DATE⟧): ⟦NAME1⟧ solicita cambiar la cuenta de nómina a ⟦IBANC⟧. Aprobado por ⟦NAME2⟧."),
        ("medical_admin", True, "Cita confirmada para ⟦NAME1⟧ el ⟦DATE⟧ a las ⟦TIME⟧ con la Dra. ⟦LAST2⟧. Para anularla llame al ⟦PHONE⟧."),
        ("meeting_minutes", True, "Acta de la reunión del ⟦DATE⟧\nAsistentes: ⟦NAME1⟧, ⟦NAME2⟧ y ⟦NAME3⟧\n1. Se aplaza la versión ⟦VER⟧.\n2. ⟦FIRST3⟧ enviará el presupuesto a ⟦EMAIL3⟧."),
        ("sms", True, "Hola ⟦FIRST1⟧, tu código de verificación es ⟦OTP⟧. Si no lo has solicitado, llama al ⟦PHONE⟧."),
        ("web_form", True, "Formulario de contacto\nNombre: ⟦NAME1⟧\nCorreo: ⟦EMAIL1⟧\nTeléfono: ⟦PHONE⟧\nMensaje: Quiero información sobre el producto ⟦SKU⟧.\nIP de origen: ⟦IP⟧"),
        ("team_chat", True, "⟦FIRST1⟧: oye, el token de GitHub que pegaste (⟦KEY:github⟧) sigue activo\n⟦FIRST2⟧: uf, lo revoco ya. Gracias"),
        ("form_example", True, "Ejemplo de cumplimentación: titular ⟦PHNAME⟧, correo ⟦DOCEMAIL⟧, tarjeta de prueba ⟦TESTCARD⟧."),
        ("chat_support", False, "Cliente: ¿Cuándo llega el pedido ⟦ORDER⟧?\nAgente: Está en reparto, seguimiento ⟦TRACK⟧. Llegará antes del ⟦DATE⟧."),
        ("invoice", False, "Factura ⟦INVOICE⟧ · Total ⟦AMOUNT⟧ · Pagado con tarjeta ⟦MASKCARD⟧"),
        ("validation_errors", False, "Error al validar el formulario: la IBAN ⟦BADIBAN⟧ no supera el dígito de control."),
        ("event_planning", False, "Quedamos en la puerta del ⟦ORGP⟧ a las ⟦TIME⟧. Ubicación: ⟦COORD⟧."),
        ("deploy_log", False, "Registro: versión ⟦VER⟧ desplegada en ⟦HOST⟧, commit ⟦SHA⟧, tiempo ⟦DUR⟧."),
    ],
    "it": [
        ("chat_support", True, "Cliente: Buongiorno, non ho ancora ricevuto l'ordine ⟦ORDER⟧.\nOperatore: Mi dispiace. Mi conferma l'indirizzo e-mail?\nCliente: ⟦EMAIL1⟧\nOperatore: Grazie, ho aperto la pratica ⟦TICKET⟧ a nome di ⟦NAME1⟧."),
        ("email", True, "Gentile ⟦NAME2⟧,\n\nin allegato la fattura ⟦INVOICE⟧ di ⟦AMOUNT⟧. Il pagamento può essere effettuato tramite bonifico su IBAN ⟦IBAN⟧.\n\nCordiali saluti,\n⟦NAME1⟧\nTel. ⟦PHONE⟧"),
        ("medical_admin", True, "Promemoria: ⟦NAME1⟧, visita del ⟦DATE⟧ alle ore ⟦TIME⟧ con il dott. ⟦LAST2⟧. Per disdire chiamare il ⟦PHONE⟧."),
        ("hr_note", True, "Nota HR del ⟦DATE⟧: ⟦NAME1⟧ passa al team di ⟦NAME2⟧. Nuovo cellulare aziendale: ⟦PHONE⟧."),
        ("meeting_minutes", True, "Verbale riunione ⟦DATE⟧\nPresenti: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n- Rilascio ⟦VER⟧ rinviato (⟦TICKET⟧)\n- ⟦FIRST2⟧ invia il preventivo a ⟦EMAIL2⟧"),
        ("sms", True, "Ciao ⟦FIRST1⟧, il tuo pacco ⟦TRACK⟧ arriva il ⟦DATE⟧. Info: ⟦PHONE⟧"),
        ("web_form", True, "Modulo di registrazione\nNome e cognome: ⟦NAME1⟧\nE-mail: ⟦EMAIL1⟧\nCarta: ⟦CARD⟧\nIndirizzo IP: ⟦IP⟧"),
        ("form_example", True, "Esempio di compilazione: ⟦PHNAME⟧, ⟦DOCEMAIL⟧, IBAN ⟦DOCIBAN⟧ (dati fittizi)."),
        ("chat_support", False, "Cliente: A che punto è l'ordine ⟦ORDER⟧?\nOperatore: È stato spedito il ⟦DATE⟧, tracking ⟦TRACK⟧."),
        ("invoice", False, "Fattura ⟦INVOICE⟧ – totale ⟦AMOUNT⟧ – pagata con carta ⟦MASKCARD⟧."),
        ("validation_errors", False, "Errore: l'IBAN ⟦BADIBAN⟧ non è valido. Controlla le cifre di controllo."),
        ("event_planning", False, "Ci vediamo presso ⟦ORGP⟧ alle ⟦TIME⟧. Coordinate: ⟦COORD⟧."),
    ],
    "pt": [
        ("chat_support", True, "Cliente: Olá, a minha encomenda ⟦ORDER⟧ ainda não chegou.\nAssistente: Lamento! Pode confirmar o seu e-mail?\nCliente: ⟦EMAIL1⟧ – está em nome de ⟦NAME1⟧\nAssistente: Obrigado, abri o pedido ⟦TICKET⟧."),
        ("email", True, "Olá ⟦FIRST2⟧,\n\nSegue o IBAN para a transferência de ⟦AMOUNT⟧: ⟦IBAN⟧ (titular: ⟦NAME1⟧).\n\nCumprimentos,\n⟦FIRST1⟧\n⟦PHONE⟧"),
        ("medical_admin", True, "Lembrete: consulta de ⟦NAME1⟧ no dia ⟦DATE⟧ às ⟦TIME⟧ com a Dra. ⟦LAST2⟧. Para remarcar ligue ⟦PHONE⟧."),
        ("hr_note", True, "Nota RH ⟦DATE⟧: ⟦NAME1⟧ pediu alteração do e-mail de contacto para ⟦EMAIL1⟧."),
        ("meeting_minutes", True, "Ata da reunião de ⟦DATE⟧\nPresentes: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n- Versão ⟦VER⟧ adiada\n- ⟦FIRST1⟧ liga ao fornecedor (⟦PHONE⟧)"),
        ("sms", True, "⟦FIRST1⟧, o seu código é ⟦OTP⟧. Não o partilhe. Dúvidas: ⟦PHONE⟧"),
        ("web_form", True, "Formulário\nNome: ⟦NAME1⟧\nE-mail: ⟦EMAIL1⟧\nTelemóvel: ⟦PHONE⟧\nCartão: ⟦CARD⟧"),
        ("chat_support", False, "Cliente: Quando chega a encomenda ⟦ORDER⟧?\nAssistente: Foi expedida a ⟦DATE⟧, seguimento ⟦TRACK⟧."),
        ("invoice", False, "Fatura ⟦INVOICE⟧ – total ⟦AMOUNT⟧ – pago com cartão ⟦MASKCARD⟧."),
        ("validation_errors", False, "Erro de validação: o IBAN ⟦BADIBAN⟧ tem dígitos de controlo inválidos."),
        ("event_planning", False, "Ponto de encontro: ⟦ORGP⟧, às ⟦TIME⟧. Coordenadas ⟦COORD⟧."),
    ],
    "nl": [
        ("chat_support", True, "Klant: Hoi, mijn bestelling ⟦ORDER⟧ is nog niet binnen.\nMedewerker: Vervelend! Wat is je e-mailadres?\nKlant: ⟦EMAIL1⟧, op naam van ⟦NAME1⟧\nMedewerker: Dank je, ik heb melding ⟦TICKET⟧ aangemaakt."),
        ("email", True, "Beste ⟦FIRST2⟧,\n\nWil je het bedrag van ⟦AMOUNT⟧ overmaken naar ⟦IBAN⟧ t.n.v. ⟦NAME1⟧? Factuur ⟦INVOICE⟧ zit in de bijlage.\n\nGroet,\n⟦FIRST1⟧\n⟦PHONE⟧"),
        ("medical_admin", True, "Afspraakbevestiging: ⟦NAME1⟧, ⟦DATE⟧ om ⟦TIME⟧ bij dr. ⟦LAST2⟧. Verhinderd? Bel ⟦PHONE⟧."),
        ("hr_note", True, "HR-notitie ⟦DATE⟧: ⟦NAME1⟧ start per ⟦DATE⟧ bij het team van ⟦NAME2⟧. Privé-e-mail: ⟦EMAIL1⟧."),
        ("meeting_minutes", True, "Notulen ⟦DATE⟧\nAanwezig: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n- Release ⟦VER⟧ uitgesteld (⟦TICKET⟧)\n- ⟦FIRST3⟧ vervangt de gelekte sleutel ⟦KEY:aws_id⟧"),
        ("sms", True, "Hoi ⟦FIRST1⟧, je pakket ⟦TRACK⟧ wordt ⟦DATE⟧ bezorgd. Vragen? Bel ⟦PHONE⟧."),
        ("web_form", True, "Aanmeldformulier\nNaam: ⟦NAME1⟧\nE-mail: ⟦EMAIL1⟧\nTelefoon: ⟦PHONE⟧\nIBAN: ⟦IBANC⟧"),
        ("chat_support", False, "Klant: Waar blijft bestelling ⟦ORDER⟧?\nMedewerker: Die is op ⟦DATE⟧ verstuurd, track & trace ⟦TRACK⟧."),
        ("invoice", False, "Factuur ⟦INVOICE⟧ – totaal ⟦AMOUNT⟧ – betaald met kaart ⟦MASKCARD⟧."),
        ("validation_errors", False, "Foutmelding: IBAN ⟦BADIBAN⟧ is ongeldig (controlegetal klopt niet)."),
        ("event_planning", False, "Verzamelen bij ⟦ORGP⟧ om ⟦TIME⟧, locatie ⟦COORD⟧."),
    ],
    "pl": [
        ("chat_support", True, "Klient: Dzień dobry, zamówienie ⟦ORDER⟧ jeszcze nie dotarło.\nKonsultant: Przepraszamy. Proszę podać adres e-mail.\nKlient: ⟦EMAIL1⟧, zamówienie na nazwisko ⟦NAME1⟧\nKonsultant: Dziękuję, zgłoszenie ⟦TICKET⟧ zostało utworzone."),
        ("email", True, "Dzień dobry,\n\nproszę o zwrot kwoty ⟦AMOUNT⟧ na rachunek ⟦IBAN⟧.\nPosiadacz rachunku: ⟦NAME1⟧\nFaktura: ⟦INVOICE⟧\n\nPozdrawiam\n⟦NAME1⟧, tel. ⟦PHONE⟧"),
        ("medical_admin", True, "Przypomnienie: pacjent ⟦NAME1⟧, wizyta ⟦DATE⟧ o godz. ⟦TIME⟧, lekarz: ⟦NAME2⟧. Odwołanie wizyty: ⟦PHONE⟧."),
        ("hr_note", True, "Notatka kadrowa ⟦DATE⟧: ⟦NAME1⟧ przechodzi do działu IT. Przełożony: ⟦NAME2⟧. Nowy numer służbowy: ⟦PHONE⟧."),
        ("meeting_minutes", True, "Notatka ze spotkania ⟦DATE⟧\nObecni: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n- Wydanie ⟦VER⟧ przesunięte (⟦TICKET⟧)\n- Kontakt z dostawcą: ⟦EMAIL3⟧"),
        ("sms", True, "Twój kod weryfikacyjny to ⟦OTP⟧. Nie udostępniaj go nikomu. Pomoc: ⟦PHONE⟧"),
        ("web_form", True, "Formularz rejestracyjny\nImię i nazwisko: ⟦NAME1⟧\nE-mail: ⟦EMAIL1⟧\nTelefon: ⟦PHONE⟧\nNumer karty: ⟦CARD⟧"),
        ("form_example", True, "Przykład wypełnienia wniosku: ⟦PHNAME⟧, e-mail ⟦DOCEMAIL⟧, rachunek ⟦DOCIBAN⟧."),
        ("chat_support", False, "Klient: Kiedy dotrze zamówienie ⟦ORDER⟧?\nKonsultant: Paczka ⟦TRACK⟧ została nadana ⟦DATE⟧."),
        ("invoice", False, "Faktura ⟦INVOICE⟧, kwota ⟦AMOUNT⟧, zapłacono kartą ⟦MASKCARD⟧."),
        ("validation_errors", False, "Błąd walidacji: numer IBAN ⟦BADIBAN⟧ ma nieprawidłową sumę kontrolną."),
        ("event_planning", False, "Zbiórka: ⟦ORGP⟧, godz. ⟦TIME⟧, współrzędne ⟦COORD⟧, kod pocztowy ⟦POSTCODE⟧."),
    ],
    "sv": [
        ("chat_support", True, "Kund: Hej, min beställning ⟦ORDER⟧ har inte kommit.\nHandläggare: Tråkigt att höra! Vilken e-postadress använde du?\nKund: ⟦EMAIL1⟧, beställningen är på ⟦NAME1⟧\nHandläggare: Tack, jag har skapat ärende ⟦TICKET⟧."),
        ("email", True, "Hej ⟦FIRST2⟧,\n\nkan du betala in ⟦AMOUNT⟧ till ⟦IBAN⟧ (kontoinnehavare ⟦NAME1⟧)? Fakturanummer ⟦INVOICE⟧.\n\nMvh\n⟦FIRST1⟧\n⟦PHONE⟧"),
        ("medical_admin", True, "Påminnelse: ⟦NAME1⟧ har tid hos dr ⟦LAST2⟧ den ⟦DATE⟧ kl. ⟦TIME⟧. Avbokning: ⟦PHONE⟧."),
        ("hr_note", True, "HR-anteckning ⟦DATE⟧: ⟦NAME1⟧ börjar i ⟦FIRST2⟧s team den ⟦DATE⟧. Privat e-post: ⟦EMAIL1⟧."),
        ("meeting_minutes", True, "Mötesanteckningar ⟦DATE⟧\nNärvarande: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n- Version ⟦VER⟧ skjuts upp\n- ⟦FIRST2⟧ kontaktar leverantören på ⟦PHONE⟧"),
        ("sms", True, "Hej ⟦FIRST1⟧! Ditt paket ⟦TRACK⟧ levereras ⟦DATE⟧. Frågor? Ring ⟦PHONE⟧."),
        ("web_form", True, "Anmälan\nNamn: ⟦NAME1⟧\nE-post: ⟦EMAIL1⟧\nMobil: ⟦PHONE⟧\nIP-adress: ⟦IP⟧"),
        ("chat_support", False, "Kund: När kommer order ⟦ORDER⟧?\nHandläggare: Den skickades ⟦DATE⟧, spårningsnummer ⟦TRACK⟧."),
        ("invoice", False, "Kvitto ⟦INVOICE⟧ – summa ⟦AMOUNT⟧ – betalt med kort ⟦MASKCARD⟧."),
        ("validation_errors", False, "Fel: IBAN ⟦BADIBAN⟧ har felaktig kontrollsiffra."),
        ("event_planning", False, "Vi ses vid ⟦ORGP⟧ kl. ⟦TIME⟧, koordinater ⟦COORD⟧."),
    ],
    "tr": [
        ("chat_support", True, "Müşteri: Merhaba, ⟦ORDER⟧ numaralı siparişim hâlâ gelmedi.\nTemsilci: Özür dileriz. E-posta adresinizi doğrular mısınız?\nMüşteri: ⟦EMAIL1⟧, sipariş ⟦NAME1⟧ adına.\nTemsilci: Teşekkürler, ⟦TICKET⟧ numaralı kaydı açtım."),
        ("email", True, "Sayın ⟦NAME2⟧,\n\n⟦INVOICE⟧ numaralı faturanın tutarı olan ⟦AMOUNT⟧ tutarını ⟦IBAN⟧ numaralı hesaba (alıcı: ⟦NAME1⟧) gönderebilirsiniz.\n\nSaygılarımla,\n⟦NAME1⟧\n⟦PHONE⟧"),
        ("medical_admin", True, "Randevu hatırlatma: ⟦NAME1⟧, ⟦DATE⟧ saat ⟦TIME⟧, Dr. ⟦LAST2⟧. İptal için: ⟦PHONE⟧"),
        ("hr_note", True, "İK notu (⟦DATE⟧): ⟦NAME1⟧ maaş hesabını ⟦IBANC⟧ olarak güncelledi. Onaylayan: ⟦NAME2⟧."),
        ("meeting_minutes", True, "Toplantı notları ⟦DATE⟧\nKatılımcılar: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n- ⟦VER⟧ sürümü ertelendi (⟦TICKET⟧)\n- Tedarikçi iletişim: ⟦EMAIL3⟧"),
        ("sms", True, "Sayın ⟦NAME1⟧, doğrulama kodunuz: ⟦OTP⟧. Bu işlemi siz yapmadıysanız ⟦PHONE⟧ numarasını arayın."),
        ("web_form", True, "Başvuru formu\nAd Soyad: ⟦NAME1⟧\nE-posta: ⟦EMAIL1⟧\nTelefon: ⟦PHONE⟧\nKart numarası: ⟦CARD⟧"),
        ("chat_support", False, "Müşteri: ⟦ORDER⟧ siparişim ne zaman gelir?\nTemsilci: ⟦DATE⟧ tarihinde kargoya verildi, takip numarası ⟦TRACK⟧."),
        ("invoice", False, "Fatura ⟦INVOICE⟧ – toplam ⟦AMOUNT⟧ – ⟦MASKCARD⟧ ile ödendi."),
        ("validation_errors", False, "Hata: ⟦BADIBAN⟧ geçerli bir IBAN değil (kontrol basamağı hatalı)."),
        ("event_planning", False, "Buluşma noktası: ⟦ORGP⟧, saat ⟦TIME⟧. Konum: ⟦COORD⟧."),
    ],
    "ru": [
        ("chat_support", True, "Клиент: Здравствуйте, заказ ⟦ORDER⟧ до сих пор не доставлен.\nОператор: Приносим извинения. Подскажите, пожалуйста, ваш e-mail.\nКлиент: ⟦EMAIL1⟧, заказ оформлен на ⟦NAME1⟧.\nОператор: Спасибо, создано обращение ⟦TICKET⟧."),
        ("email", True, "Добрый день!\n\nПрошу перечислить ⟦AMOUNT⟧ на счёт ⟦IBAN⟧. Получатель: ⟦NAME1⟧.\nСчёт на оплату: ⟦INVOICE⟧\n\nС уважением,\n⟦NAME1⟧\nтел. ⟦PHONE⟧"),
        ("medical_admin", True, "Напоминание: пациент ⟦NAME1⟧, приём ⟦DATE⟧ в ⟦TIME⟧, врач ⟦NAME2⟧, кабинет ⟦ROOM⟧. Отменить запись: ⟦PHONE⟧."),
        ("hr_note", True, "Служебная записка от ⟦DATE⟧: ⟦NAME1⟧ переводится в отдел разработки. Руководитель: ⟦NAME2⟧. Личная почта: ⟦EMAIL1⟧."),
        ("meeting_minutes", True, "Протокол совещания ⟦DATE⟧\nПрисутствовали: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n1. Релиз ⟦VER⟧ переносится (⟦TICKET⟧).\n2. Ответственный за связь с подрядчиком: ⟦NAME2⟧, ⟦PHONE⟧."),
        ("sms", True, "Ваш код подтверждения: ⟦OTP⟧. Никому его не сообщайте. Служба поддержки: ⟦PHONE⟧"),
        ("team_chat", True, "⟦FIRST1⟧: кто-нибудь знает токен бота? ⟦KEY:telegram⟧ перестал работать\n⟦FIRST2⟧: его отозвали, не пиши токены в общий чат"),
        ("form_example", True, "Образец заполнения: ФИО — ⟦PHNAME⟧, e-mail — ⟦DOCEMAIL⟧, IP — ⟦DOCIP⟧."),
        ("chat_support", False, "Клиент: Когда придёт заказ ⟦ORDER⟧?\nОператор: Он отправлен ⟦DATE⟧, трек-номер ⟦TRACK⟧."),
        ("invoice", False, "Счёт ⟦INVOICE⟧, сумма ⟦AMOUNT⟧, оплачено картой ⟦MASKCARD⟧."),
        ("incident_report", False, "Ошибка: после обновления до ⟦VER⟧ сервер ⟦HOST⟧ возвращает ⟦ERR⟧. Коммит ⟦SHA⟧."),
        ("event_planning", False, "Место встречи: ⟦ORGP⟧, ⟦TIME⟧. Координаты: ⟦COORD⟧."),
    ],
    "ja": [
        ("chat_support", True, "お客様：注文番号⟦ORDER⟧の商品がまだ届きません。\n担当：ご迷惑をおかけして申し訳ございません。ご登録のメールアドレスを教えていただけますか。\nお客様：⟦EMAIL1⟧です。名義は⟦NAME1⟧です。\n担当：ありがとうございます。お問い合わせ番号⟦TICKET⟧で承りました。"),
        ("email", True, "⟦LAST2⟧様\n\nいつもお世話になっております。⟦LAST1⟧です。\n請求書⟦INVOICE⟧（⟦AMOUNT⟧）をお送りします。\nご不明点は⟦PHONE⟧までご連絡ください。\n\n⟦NAME1⟧\n⟦EMAIL1⟧"),
        ("medical_admin", True, "予約確認：⟦NAME1⟧様、⟦DATE⟧ ⟦TIME⟧、⟦LAST2⟧医師。キャンセルは⟦PHONE⟧まで。"),
        ("hr_note", True, "人事メモ（⟦DATE⟧）：⟦NAME1⟧さんは⟦DATE⟧付けで開発部へ異動。上長は⟦NAME2⟧さん。"),
        ("meeting_minutes", True, "議事録 ⟦DATE⟧\n出席者：⟦NAME1⟧、⟦NAME2⟧、⟦NAME3⟧\n・バージョン⟦VER⟧のリリースを延期（⟦TICKET⟧）\n・⟦LAST2⟧さんが漏洩したトークン⟦KEY:slack⟧を無効化する"),
        ("sms", True, "【認証コード】⟦OTP⟧ 他人に教えないでください。お問い合わせ：⟦PHONE⟧"),
        ("web_form", True, "お問い合わせフォーム\nお名前：⟦NAME1⟧\nメール：⟦EMAIL1⟧\n電話番号：⟦PHONE⟧\nIPアドレス：⟦IP⟧"),
        ("form_example", True, "記入例：氏名 ⟦PHNAME⟧、メール ⟦DOCEMAIL⟧（実在しない例です）"),
        ("chat_support", False, "お客様：注文⟦ORDER⟧はいつ届きますか？\n担当：⟦DATE⟧に発送済みです。追跡番号は⟦TRACK⟧です。"),
        ("invoice", False, "領収書 ⟦INVOICE⟧　合計 ⟦AMOUNT⟧　カード（⟦MASKCARD⟧）でお支払い済み"),
        ("incident_report", False, "エラー：バージョン⟦VER⟧へ更新後、⟦HOST⟧が⟦ERR⟧を返します。コミット⟦SHA⟧。"),
        ("event_planning", False, "集合場所：⟦ORGP⟧前、⟦TIME⟧。座標 ⟦COORD⟧"),
    ],
    "zh": [
        ("chat_support", True, "客户：你好，我的订单⟦ORDER⟧还没收到。\n客服：非常抱歉！请提供一下您的手机号。\n客户：⟦PHONE⟧，收件人是⟦NAME1⟧。\n客服：好的，已为您登记工单⟦TICKET⟧。"),
        ("email", True, "⟦NAME2⟧您好：\n\n附件是发票⟦INVOICE⟧，金额⟦AMOUNT⟧。如有问题请联系我：⟦EMAIL1⟧ / ⟦PHONE⟧。\n\n⟦NAME1⟧"),
        ("medical_admin", True, "预约提醒：⟦NAME1⟧，⟦DATE⟧ ⟦TIME⟧，⟦LAST2⟧医生，诊室⟦ROOM⟧。如需取消请拨打⟦PHONE⟧。"),
        ("hr_note", True, "人事备注（⟦DATE⟧）：⟦NAME1⟧调入研发部，直属领导⟦NAME2⟧。个人邮箱：⟦EMAIL1⟧。"),
        ("meeting_minutes", True, "会议纪要 ⟦DATE⟧\n参会人：⟦NAME1⟧、⟦NAME2⟧、⟦NAME3⟧\n1. ⟦VER⟧版本延期发布（⟦TICKET⟧）\n2. ⟦NAME2⟧负责轮换泄露的密钥⟦KEY:aws_id⟧"),
        ("sms", True, "【验证码】⟦OTP⟧，5分钟内有效，请勿泄露。客服电话⟦PHONE⟧。"),
        ("web_form", True, "注册信息\n姓名：⟦NAME1⟧\n邮箱：⟦EMAIL1⟧\n手机：⟦PHONE⟧\n登录IP：⟦IP⟧"),
        ("form_example", True, "填写示例：姓名 ⟦PHNAME⟧，邮箱 ⟦DOCEMAIL⟧（示例数据）"),
        ("chat_support", False, "客户：订单⟦ORDER⟧什么时候到？\n客服：已于⟦DATE⟧发货，运单号⟦TRACK⟧。"),
        ("invoice", False, "发票⟦INVOICE⟧ 合计⟦AMOUNT⟧ 已用银行卡⟦MASKCARD⟧支付"),
        ("incident_report", False, "报错：升级到⟦VER⟧后，⟦HOST⟧返回⟦ERR⟧，相关提交⟦SHA⟧。"),
        ("event_planning", False, "集合地点：⟦ORGP⟧门口，⟦TIME⟧。坐标⟦COORD⟧。"),
    ],
    "ko": [
        ("chat_support", True, "고객: 안녕하세요, 주문번호 ⟦ORDER⟧ 상품이 아직 안 왔어요.\n상담원: 불편을 드려 죄송합니다. 주문자 성함과 연락처를 알려주시겠어요?\n고객: ⟦NAME1⟧, ⟦PHONE⟧입니다.\n상담원: 감사합니다. 문의번호 ⟦TICKET⟧로 접수했습니다."),
        ("email", True, "⟦NAME2⟧ 님께,\n\n청구서 ⟦INVOICE⟧(⟦AMOUNT⟧)를 첨부합니다. 문의 사항은 ⟦EMAIL1⟧로 보내 주세요.\n\n⟦NAME1⟧ 드림"),
        ("medical_admin", True, "예약 안내: ⟦NAME1⟧ 님, ⟦DATE⟧ ⟦TIME⟧ ⟦LAST2⟧ 선생님 진료. 취소는 ⟦PHONE⟧로 연락 바랍니다."),
        ("hr_note", True, "인사 메모(⟦DATE⟧): ⟦NAME1⟧ 님이 개발팀으로 이동. 팀장 ⟦NAME2⟧. 개인 이메일 ⟦EMAIL1⟧."),
        ("meeting_minutes", True, "회의록 ⟦DATE⟧\n참석자: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n- ⟦VER⟧ 배포 연기 (⟦TICKET⟧)\n- ⟦NAME3⟧: 유출된 토큰 ⟦KEY:github⟧ 폐기 예정"),
        ("sms", True, "[인증번호] ⟦OTP⟧ 타인에게 절대 알려주지 마세요. 고객센터 ⟦PHONE⟧"),
        ("web_form", True, "회원가입 정보\n이름: ⟦NAME1⟧\n이메일: ⟦EMAIL1⟧\n휴대폰: ⟦PHONE⟧\n카드번호: ⟦CARD⟧"),
        ("form_example", True, "작성 예시: 이름 ⟦PHNAME⟧, 이메일 ⟦DOCEMAIL⟧"),
        ("chat_support", False, "고객: 주문 ⟦ORDER⟧ 언제 도착하나요?\n상담원: ⟦DATE⟧에 발송되었고 송장번호는 ⟦TRACK⟧입니다."),
        ("invoice", False, "영수증 ⟦INVOICE⟧ / 합계 ⟦AMOUNT⟧ / 카드 ⟦MASKCARD⟧ 결제"),
        ("incident_report", False, "오류: ⟦VER⟧ 업데이트 후 ⟦HOST⟧에서 ⟦ERR⟧ 발생. 커밋 ⟦SHA⟧."),
        ("event_planning", False, "집합 장소: ⟦ORGP⟧ 앞, ⟦TIME⟧. 좌표 ⟦COORD⟧"),
    ],
    "ar": [
        ("chat_support", True, "العميل: مرحباً، طلبي رقم ⟦ORDER⟧ لم يصل بعد.\nالموظف: نعتذر عن التأخير. هل يمكنك تأكيد بريدك الإلكتروني؟\nالعميل: ⟦EMAIL1⟧، والطلب باسم ⟦NAME1⟧.\nالموظف: شكراً، تم فتح البلاغ رقم ⟦TICKET⟧."),
        ("email", True, "السيد/السيدة ⟦NAME2⟧،\n\nيرجى تحويل مبلغ ⟦AMOUNT⟧ إلى الحساب ⟦IBAN⟧ باسم ⟦NAME1⟧. رقم الفاتورة ⟦INVOICE⟧.\n\nمع التحية،\n⟦NAME1⟧\n⟦PHONE⟧"),
        ("medical_admin", True, "تذكير بموعد: ⟦NAME1⟧، يوم ⟦DATE⟧ الساعة ⟦TIME⟧ مع الدكتور ⟦NAME2⟧. للإلغاء اتصل على ⟦PHONE⟧."),
        ("hr_note", True, "ملاحظة الموارد البشرية (⟦DATE⟧): انتقل ⟦NAME1⟧ إلى فريق التطوير، والمدير المباشر ⟦NAME2⟧."),
        ("meeting_minutes", True, "محضر اجتماع ⟦DATE⟧\nالحضور: ⟦NAME1⟧، ⟦NAME2⟧، ⟦NAME3⟧\n- تأجيل الإصدار ⟦VER⟧ (⟦TICKET⟧)\n- يتواصل ⟦FIRST2⟧ مع المورد على ⟦EMAIL3⟧"),
        ("sms", True, "رمز التحقق الخاص بك هو ⟦OTP⟧. لا تشاركه مع أحد. للاستفسار: ⟦PHONE⟧"),
        ("web_form", True, "نموذج التسجيل\nالاسم: ⟦NAME1⟧\nالبريد الإلكتروني: ⟦EMAIL1⟧\nالجوال: ⟦PHONE⟧\nرقم البطاقة: ⟦CARD⟧"),
        ("chat_support", False, "العميل: متى يصل الطلب ⟦ORDER⟧؟\nالموظف: تم شحنه بتاريخ ⟦DATE⟧، رقم التتبع ⟦TRACK⟧."),
        ("invoice", False, "فاتورة ⟦INVOICE⟧ - الإجمالي ⟦AMOUNT⟧ - مدفوعة بالبطاقة ⟦MASKCARD⟧"),
        ("validation_errors", False, "خطأ: رقم الآيبان ⟦BADIBAN⟧ غير صالح (خانة التحقق غير صحيحة)."),
        ("event_planning", False, "نقطة التجمع: ⟦ORGP⟧، الساعة ⟦TIME⟧. الإحداثيات ⟦COORD⟧."),
    ],
    "hi": [
        ("chat_support", True, "ग्राहक: नमस्ते, मेरा ऑर्डर ⟦ORDER⟧ अभी तक नहीं आया।\nएजेंट: असुविधा के लिए खेद है। कृपया अपना मोबाइल नंबर बताइए।\nग्राहक: ⟦PHONE⟧, ऑर्डर ⟦NAME1⟧ के नाम पर है।\nएजेंट: धन्यवाद, शिकायत संख्या ⟦TICKET⟧ दर्ज कर ली गई है।"),
        ("email", True, "प्रिय ⟦NAME2⟧ जी,\n\nबिल ⟦INVOICE⟧ की राशि ⟦AMOUNT⟧ कृपया जल्द जमा करें। किसी प्रश्न के लिए ⟦EMAIL1⟧ पर लिखें।\n\nसादर,\n⟦NAME1⟧"),
        ("medical_admin", True, "अपॉइंटमेंट: ⟦NAME1⟧, ⟦DATE⟧ को ⟦TIME⟧ बजे डॉ. ⟦LAST2⟧ के साथ। रद्द करने के लिए ⟦PHONE⟧ पर कॉल करें।"),
        ("hr_note", True, "एचआर नोट (⟦DATE⟧): ⟦NAME1⟧ का तबादला विकास टीम में, रिपोर्टिंग मैनेजर ⟦NAME2⟧।"),
        ("meeting_minutes", True, "बैठक का विवरण ⟦DATE⟧\nउपस्थित: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n- संस्करण ⟦VER⟧ की रिलीज़ टली (⟦TICKET⟧)\n- ⟦FIRST2⟧ विक्रेता से ⟦PHONE⟧ पर बात करेंगे"),
        ("sms", True, "आपका OTP ⟦OTP⟧ है। इसे किसी से साझा न करें। सहायता: ⟦PHONE⟧"),
        ("web_form", True, "पंजीकरण फ़ॉर्म\nनाम: ⟦NAME1⟧\nईमेल: ⟦EMAIL1⟧\nमोबाइल: ⟦PHONE⟧\nIP पता: ⟦IP⟧"),
        ("chat_support", False, "ग्राहक: ऑर्डर ⟦ORDER⟧ कब आएगा?\nएजेंट: यह ⟦DATE⟧ को भेजा गया, ट्रैकिंग नंबर ⟦TRACK⟧ है।"),
        ("invoice", False, "बिल ⟦INVOICE⟧ - कुल ⟦AMOUNT⟧ - कार्ड ⟦MASKCARD⟧ से भुगतान"),
        ("incident_report", False, "त्रुटि: ⟦VER⟧ अपडेट के बाद ⟦HOST⟧ पर ⟦ERR⟧ आ रहा है। कमिट ⟦SHA⟧।"),
        ("event_planning", False, "मिलने का स्थान: ⟦ORGP⟧, समय ⟦TIME⟧। निर्देशांक ⟦COORD⟧"),
    ],
    "el": [
        ("chat_support", True, "Πελάτης: Καλησπέρα, η παραγγελία ⟦ORDER⟧ δεν έχει φτάσει ακόμα.\nΥπάλληλος: Λυπούμαστε πολύ. Μπορείτε να επιβεβαιώσετε το email σας;\nΠελάτης: ⟦EMAIL1⟧, στο όνομα ⟦NAME1⟧.\nΥπάλληλος: Ευχαριστώ, άνοιξα το αίτημα ⟦TICKET⟧."),
        ("email", True, "Αγαπητέ/ή ⟦NAME2⟧,\n\nπαρακαλώ καταθέστε το ποσό των ⟦AMOUNT⟧ στο ⟦IBAN⟧ (δικαιούχος: ⟦NAME1⟧). Αριθμός τιμολογίου ⟦INVOICE⟧.\n\nΜε εκτίμηση,\n⟦NAME1⟧\n⟦PHONE⟧"),
        ("medical_admin", True, "Υπενθύμιση ραντεβού: ⟦NAME1⟧, ⟦DATE⟧ ώρα ⟦TIME⟧, ιατρός ⟦NAME2⟧. Ακύρωση στο ⟦PHONE⟧."),
        ("hr_note", True, "Σημείωμα HR (⟦DATE⟧): ⟦NAME1⟧ – μετακίνηση στην ομάδα ανάπτυξης. Υπεύθυνος: ⟦NAME2⟧."),
        ("meeting_minutes", True, "Πρακτικά συνάντησης ⟦DATE⟧\nΠαρόντες: ⟦NAME1⟧, ⟦NAME2⟧, ⟦NAME3⟧\n- Αναβολή έκδοσης ⟦VER⟧ (⟦TICKET⟧)\n- Επικοινωνία με προμηθευτή: ⟦EMAIL3⟧"),
        ("sms", True, "Ο κωδικός επαλήθευσης είναι ⟦OTP⟧. Μην τον κοινοποιήσετε. Εξυπηρέτηση: ⟦PHONE⟧"),
        ("web_form", True, "Φόρμα εγγραφής\nΟνοματεπώνυμο: ⟦NAME1⟧\nEmail: ⟦EMAIL1⟧\nΚινητό: ⟦PHONE⟧\nΑριθμός κάρτας: ⟦CARD⟧"),
        ("chat_support", False, "Πελάτης: Πότε θα έρθει η παραγγελία ⟦ORDER⟧;\nΥπάλληλος: Στάλθηκε στις ⟦DATE⟧, αριθμός αποστολής ⟦TRACK⟧."),
        ("invoice", False, "Τιμολόγιο ⟦INVOICE⟧ – σύνολο ⟦AMOUNT⟧ – πληρωμή με κάρτα ⟦MASKCARD⟧"),
        ("validation_errors", False, "Σφάλμα: το IBAN ⟦BADIBAN⟧ δεν είναι έγκυρο (λάθος ψηφία ελέγχου)."),
        ("event_planning", False, "Σημείο συνάντησης: ⟦ORGP⟧, ώρα ⟦TIME⟧. Συντεταγμένες ⟦COORD⟧."),
    ],
}
WRAP_X = {
    "de": ["Übersetze bitte ins Englische:", "Fasse diese Nachricht kurz zusammen:", "Entferne alle personenbezogenen Daten aus diesem Text:"],
    "fr": ["Traduis ce message en anglais :", "Résume ce texte en deux phrases :", "Anonymise le texte suivant :"],
    "es": ["Traduce al inglés:", "Resume este mensaje:", "Anonimiza los datos personales de este texto:"],
    "it": ["Traduci in inglese:", "Riassumi questo messaggio:", "Rimuovi i dati personali da questo testo:"],
    "pt": ["Traduza para inglês:", "Resuma esta mensagem:", "Remova os dados pessoais deste texto:"],
    "nl": ["Vertaal naar het Engels:", "Vat dit bericht samen:", "Verwijder alle persoonsgegevens uit deze tekst:"],
    "pl": ["Przetłumacz na angielski:", "Streść tę wiadomość:", "Usuń dane osobowe z tego tekstu:"],
    "sv": ["Översätt till engelska:", "Sammanfatta meddelandet:", "Ta bort personuppgifter från texten:"],
    "tr": ["İngilizceye çevir:", "Bu mesajı özetle:", "Bu metindeki kişisel verileri kaldır:"],
    "ru": ["Переведи на английский:", "Кратко перескажи это сообщение:", "Удали из текста персональные данные:"],
    "ja": ["英語に翻訳してください：", "この内容を要約してください：", "次の文章から個人情報を削除してください："],
    "zh": ["请翻译成英文：", "请总结以下内容：", "请删除以下文本中的个人信息："],
    "ko": ["영어로 번역해 주세요:", "다음 내용을 요약해 주세요:", "다음 글에서 개인정보를 지워 주세요:"],
    "ar": ["ترجم النص التالي إلى الإنجليزية:", "لخّص هذه الرسالة:", "احذف البيانات الشخصية من النص التالي:"],
    "hi": ["कृपया अंग्रेज़ी में अनुवाद करें:", "इस संदेश का सारांश दें:", "इस पाठ से व्यक्तिगत जानकारी हटाएँ:"],
    "el": ["Μετάφρασε στα αγγλικά:", "Συνόψισε το μήνυμα:", "Αφαίρεσε τα προσωπικά δεδομένα από το κείμενο:"],
    "en": ["Translate this into English:", "Summarise this in one sentence:", "Remove any personal data from this text:"],
}
WRAP_EN_FOR_EN = ["Translate this into German, keep the formatting:", "Summarise this for the handover notes:",
                  "Redact anything sensitive before I forward it:"]
WRAP_FAM = ["prompt_translate", "prompt_summarise", "prompt_redact"]
WRAPPABLE = {"chat_support", "email", "email_thread", "hr_note", "medical_admin", "meeting_minutes", "sms",
             "team_chat", "invoice", "event_planning", "incident_report", "product_review", "travel_booking",
             "helpdesk_ticket", "web_form", "validation_errors", "logistics_note"}
# localized strings for the technical templates used in non-English rows
LOC_TECH = {
    "de": ("Produktions-Zugangsdaten – nicht committen", "Anmeldung fehlgeschlagen", "Link zum Zurücksetzen des Passworts gesendet", "Deployment abgeschlossen"),
    "fr": ("identifiants de production – ne pas committer", "échec de connexion", "lien de réinitialisation envoyé", "déploiement terminé"),
    "es": ("credenciales de producción: no subir al repo", "inicio de sesión fallido", "enlace de restablecimiento enviado", "despliegue finalizado"),
    "it": ("credenziali di produzione - non committare", "accesso non riuscito", "link di reimpostazione inviato", "deploy completato"),
    "pt": ("credenciais de produção - não fazer commit", "falha no login", "link de redefinição enviado", "implantação concluída"),
    "nl": ("productiegegevens - niet committen", "inloggen mislukt", "resetlink verstuurd", "uitrol voltooid"),
    "pl": ("dane produkcyjne - nie commitować", "logowanie nieudane", "wysłano link resetu hasła", "wdrożenie zakończone"),
    "sv": ("produktionsuppgifter - checka inte in", "inloggning misslyckades", "återställningslänk skickad", "driftsättning klar"),
    "tr": ("canlı ortam bilgileri - commit etmeyin", "giriş başarısız", "şifre sıfırlama bağlantısı gönderildi", "dağıtım tamamlandı"),
    "ru": ("боевые ключи — не коммитить", "ошибка входа", "ссылка для сброса пароля отправлена", "развёртывание завершено"),
    "ja": ("本番用の認証情報（コミット禁止）", "ログイン失敗", "パスワード再設定リンクを送信", "デプロイ完了"),
    "zh": ("生产环境凭据，禁止提交", "登录失败", "已发送密码重置链接", "部署完成"),
    "ko": ("운영 환경 인증 정보 - 커밋 금지", "로그인 실패", "비밀번호 재설정 링크 전송", "배포 완료"),
    "ar": ("بيانات اعتماد الإنتاج - لا ترفعها إلى المستودع", "فشل تسجيل الدخول", "تم إرسال رابط إعادة تعيين كلمة المرور", "اكتمل النشر"),
    "hi": ("प्रोडक्शन क्रेडेंशियल - कमिट न करें", "लॉगिन विफल", "पासवर्ड रीसेट लिंक भेजा गया", "डिप्लॉयमेंट पूरा हुआ"),
    "el": ("διαπιστευτήρια παραγωγής - μην τα κάνετε commit", "αποτυχία σύνδεσης", "στάλθηκε σύνδεσμος επαναφοράς", "η ανάπτυξη ολοκληρώθηκε"),
}
for _lg, (_c1, _m1, _m2, _m3) in LOC_TECH.items():
    X_T[_lg] += [
        ("dotenv", True, "# " + _c1 + "\n⟦ENVKEY⟧\n⟦ENVKEY⟧\nAPP_VERSION=⟦VER⟧"),
        ("applog", True, "⟦TS⟧ WARN  " + _m1 + " user=⟦EMAIL1⟧ ip=⟦IP⟧\n⟦TS⟧ INFO  " + _m2 + " user=⟦EMAIL1⟧ session=⟦UUID⟧"),
        ("applog", False, "⟦TS⟧ INFO  " + _m3 + " build=⟦BUILD⟧ host=⟦HOST⟧ commit=⟦SHA⟧ (⟦DUR⟧)"),
    ]


# ================================================================ main
NON_EN = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "ru", "ja", "zh", "ko", "ar", "hi", "el"]
PER_LANG = 24
PER_LANG_PII = 14


def self_check():
    for c in TEST_CARDS:
        assert luhn_ok(c) and 13 <= len(c) <= 19, c
    for s in DOC_IBANS:
        assert iban_ok(s), s
    for s in DOC_SSNS:
        assert ssn_ok(s), s
    for lang in NAMES:
        assert lang in COUNTRIES and lang in IBAN_CC and lang in EMAIL_DOM and lang in ORGS
    for c in COUNTRIES.values():
        for cc in c:
            assert cc in PHONE
    for c in IBAN_CC.values():
        for cc in c:
            assert cc in IBAN_SPEC
    for cc, spec in IBAN_SPEC.items():
        assert iban_ok(iban_from(cc, gen_bban(cc)))


def pools():
    p = {}
    for fam, pii, tpl in EN_T:
        p.setdefault(("en", pii), []).append((fam, tpl))
    for lang in NON_EN:
        for fam, pii, tpl in X_T[lang]:
            p.setdefault((lang, pii), []).append((fam, tpl))
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "eval_heldout25.jsonl"))
    args = ap.parse_args()
    self_check()
    plan = []
    for lang in NON_EN:
        plan += [(lang, True)] * PER_LANG_PII + [(lang, False)] * (PER_LANG - PER_LANG_PII)
    n_en = N_ROWS - len(plan)
    en_pii = int(round(n_en * 0.585))
    plan += [("en", True)] * en_pii + [("en", False)] * (n_en - en_pii)
    R.shuffle(plan)
    P = pools()
    decks = {}
    rows = []
    for i, (lang, pii) in enumerate(plan):
        key = (lang, pii)
        if not decks.get(key):
            d = list(P[key])
            R.shuffle(d)
            decks[key] = d
        fam, tpl = decks[key].pop()
        if fam in WRAPPABLE and R.random() < 0.2:
            k = ri(0, 2)
            if lang == "en":
                instr = WRAP_EN_FOR_EN[k]
            else:
                instr = WRAP_X[lang][k] if R.random() < 0.55 else WRAP_X["en"][k]
            sep = rc(["\n\n", "\n\n---\n", "\n\n\"\"\"\n"])
            tail = "\n\"\"\"" if sep.endswith('"""\n') else ""
            tpl = instr + sep + tpl + tail
            fam = WRAP_FAM[k]
        ctx = Ctx(lang, pii)
        text, spans, lks = render(ctx, tpl)
        row = {"id": "heldout25-%04d" % (i + 1), "template": "%s.%s" % (fam, lang), "text": text,
               "spans": spans, "lookalikes": lks}
        validate(row, pii)
        rows.append(row)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    with open(args.out, "wb") as f:
        f.write(data)
    # stats
    st = {}
    lk = {}
    langs = {}
    fams = {}
    clean = 0
    nonid = 0
    for r in rows:
        if not r["spans"]:
            clean += 1
        for s in r["spans"]:
            st[s["type"]] = st.get(s["type"], 0) + 1
            nonid += 0 if s["identifying"] else 1
        for l in r["lookalikes"]:
            lk[l["kind"]] = lk.get(l["kind"], 0) + 1
        lg = r["template"].rsplit(".", 1)[1]
        langs[lg] = langs.get(lg, 0) + 1
        fm = r["template"].rsplit(".", 1)[0]
        fams[fm] = fams.get(fm, 0) + 1
    err = sys.stderr
    print("rows: %d  without PII: %d  non-English: %d  languages: %d  families: %d" % (
        len(rows), clean, len(rows) - langs.get("en", 0), len(langs), len(fams)), file=err)
    print("spans: %d (identifying=false: %d)" % (sum(st.values()), nonid), file=err)
    for k in sorted(st):
        print("  %-14s %d" % (k, st[k]), file=err)
    print("lookalikes: %d" % sum(lk.values()), file=err)
    for k in sorted(lk):
        print("  %-20s %d" % (k, lk[k]), file=err)
    print("languages: " + " ".join("%s=%d" % (k, langs[k]) for k in sorted(langs)), file=err)
    print("families: " + " ".join("%s=%d" % (k, fams[k]) for k in sorted(fams)), file=err)
    print("output: %s" % args.out, file=err)
    print("sha256: %s" % hashlib.sha256(data).hexdigest(), file=err)


if __name__ == "__main__":
    main()
