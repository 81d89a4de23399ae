"""``API_KEY``: cloud/SaaS credentials, tokens and private keys.

Provider formats (prefix + charset + length, placeholders rejected): AWS access key ids
(``AKIA``/``ASIA``…) and, next to one or to an ``aws``/``secret`` word, 40-character secret keys;
GitHub (``ghp_``/``gho_``/``ghu_``/``ghs_``/``ghr_``, ``github_pat_``); Slack (``xoxb-``/``xoxp-``/…,
``xapp-``); Stripe (``sk_live_``/``rk_live_``/``sk_test_``, ``whsec_``); Google (``AIza``); OpenAI
(``sk-``, ``sk-proj-``); Anthropic (``sk-ant-``); GitLab (``glpat-``...), npm (``npm_``), Hugging Face
(``hf_``), PyPI (``pypi-``), SendGrid (``SG.``), DigitalOcean (``dop_v1_``), Shopify (``shpat_``...),
Twilio API key SIDs (``SK`` + 32 hex), Mailgun (``key-`` + 32 hex), Atlassian (``ATATT3``), Postman
(``PMAK-``), New Relic (``NRAK-``), Linear (``lin_api_``), Grafana (``glsa_``, ``glc_``), Backblaze B2
application keys (``K00`` + 28), Figma (``figd_``), Telegram bot tokens (``123456789:AA…``), age identities
(``AGE-SECRET-KEY-1`` + 58 Bech32 characters),
Braintree access tokens (``access_token$production$`` + 16 + ``$`` + 32 hex), Square (``sq0atp-``,
``sq0csp-``, ``EAAA`` + 60), HashiCorp Vault tokens (``hvs.``/``hvb.``/``hvr.``), Notion (``ntn_``), Doppler
(``dp.st.``/``dp.pt.``/…), Discord bot tokens (base64 of the bot's numeric id, ``.``, 6, ``.``, 27-38; only near
a ``Discord``/``Bot`` word, and the first part must decode to the id's digits),
Slack/Discord incoming-webhook
URLs (the whole URL); JWTs (header must decode to JSON); PEM private-key blocks.

Generic: the value of an assignment to a secret-like name (``api_key = …``, ``"token": …``,
``Authorization: Bearer …``; a quoted value may hold any non-space characters, ``password: "w8L#q2!x"``,
``DB_PASS: "Tq4!xW9z"``;
after a password-like name an unquoted value too, ``become_pass=Tq4!xW9z``, if it mixes three of
lower case, upper case, digits and symbols),
TOTP seeds (base32; the ``secret`` of an ``otpauth://`` URI, or labelled ``totp``/``2fa key``),
WireGuard ``PresharedKey``/``PrivateKey`` values (not ``PublicKey``), the password column of a delimited
export (Chrome/Firefox/KeePass CSV: ``name,url,username,password``), and the password of a
``scheme://user:password@host`` URL (an empty user, ``redis://:pw@host``, and unescaped ``# ? @`` in the
password allowed when it looks like a password), accepted only when it looks random (length,
letters and digits, Shannon entropy) and is not a placeholder or a reference (``${DB_PASSWORD}``).
Session 9: passwords on a command line (``--auth-password 'x'``, ``--password=x``, ``mysql -p'x'``,
``sshpass -p x``), in a password environment variable set for a command (``PGPASSWORD=x psql``,
``export SSHPASS=x``) and Wi-Fi/WPA passwords ("wifi password is x", "WPA2 key: x", ``psk="x"``).
Registry logins' ``-p`` (``docker login -u ci -p x``) and curl's ``-u user:password``; a password value
ending in ``=`` (``SMTP_PASSWORD=Citadel1495=``) is no nested assignment. Session 17: Wi-Fi passwords labelled
in other languages ("Пароль до Wi-Fi: x", "Parola de Wi-Fi: x", "wifi-wachtwoord is x") and the ``P:`` field of a
``WIFI:T:WPA;S:…;P:x;;`` QR payload.

>>> rec = ApiKeyRecognizer()
>>> text = 'client = Client(api_key="q8Zt3RvX1pLm9Kd2Wn7Ys4Hb")'
>>> [(text[d.span.start : d.span.end], d.pattern) for d in rec.analyze(text)]
[('q8Zt3RvX1pLm9Kd2Wn7Ys4Hb', 'assignment_quoted')]
>>> rec.analyze('api_key = "YOUR_API_KEY_HERE"; token = sk-xxxxxxxxxxxxxxxxxxxxxxxx')
[]
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Iterator
from typing import ClassVar

from detectors.pii.features import TextFeatures
from detectors.pii.recognizer import Pattern, PatternRecognizer
from detectors.pii.span import Detection
from detectors.pii.validators import shannon_entropy

__all__ = ["ApiKeyRecognizer", "documented_example_key", "key_identifies_nobody", "publishable_key"]

_L = r"(?<![A-Za-z0-9_\-])"
_R = r"(?![A-Za-z0-9_\-])"
_SEPARATOR = r"[_\-. ]?"  # "api_key", "apiKey", "API-Key" and the prose label "API Key:"/"Secret Key:"
_SECRET_NAME = (
    r"(?:[A-Za-z0-9]+[_\-.])*(?:"
    + "|".join(
        w.replace("_", _SEPARATOR)
        for w in (
            "api_key", "apikey", "api_token", "api_secret", "access_token", "access_key", "auth_token",
            "refresh_token", "bearer_token", "id_token", "session_token", "client_secret", "app_secret",
            "secret_key", "private_key", "signing_key", "secret", "token", "passwd", "password", "pwd",
            "credentials", "credential", "auth", "account_key", "shared_access_key", "access_secret",
            "preshared_key",  # WireGuard "PresharedKey = ..." (its "PublicKey" is no secret)
            "storage_key", "service_key", "master_key", "encryption_key",  # AZURE_STORAGE_KEY, INTERNAL_SERVICE_KEY
        )
    )
    + r")(?:[_\-.]?value)?"  # "secretValue", "token_value"
)  # fmt: skip
_VALUE = r"(?P<value>[A-Za-z0-9_\-./+~]{16,512}={0,2})"
# Password-like names: their values are often short and hold symbols (``become_pass=Tq4!xW9z``).
_PASSWORD_NAME = r"(?:[A-Za-z0-9]+[_\-.])*(?:password|passwd|passphrase|pwd|pass|secret)"
_PASSWORD_BEFORE = re.compile(r"(?i)" + _PASSWORD_NAME + r"[\"']?\s*(?:=>|:=|[:=])\s*[\"']?$")
# "secret: secret=…": the value is another assignment; "Citadel1495=" (a trailing "=", padding) is not.
_NESTED_NAME = re.compile(r"[A-Za-z_][\w.-]*[=:](?!=*$)")
_IDENTIFIER_PATH = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?:\(\))?")  # settings.DB_PASS, env.get()
# A variable of a configuration language standing for the secret (Terraform ``var.db_password``,
# ``local.x``; GitHub Actions ``secrets.DB_PASS``; ``process.env.PGPASS``), not the secret itself.
_NAMESPACE_REFERENCE = re.compile(
    r"(?:var|vars|local|locals|module|data|env|secrets|settings|config|process\.env)\.[A-Za-z_][\w.]*"
)

# A reference to a secret held elsewhere: ${X}, {{ x }}, $(cmd), %(x)s, $VAR, $VAR/path. A value that
# merely starts with "$" and goes on with symbols ("$k$j6kR$…", "$JT+oA^L7") is a password.
_REFERENCE = re.compile(r"\$\{|\{\{|\$\(|%\(|^\$[A-Za-z_]\w*(?:$|[/.:\\])")
# Credential files: a .pgpass line "host:port:database:user:password" (port digits or *), and a
# .netrc entry "machine H login U password P" (one line or one keyword per line).
_PGPASS = re.compile(r"(?m)^[ \t]*[\w.\-*\[\]]+:(?:\d{1,5}|\*):[\w.\-*]+:[\w.\-*@+]+:(?P<value>[^\s]{6,128})[ \t]*$")
_NETRC = re.compile(
    r"(?:\bmachine[ \t]+\S+|\bdefault)(?:\s+(?:login|account|port)[ \t]+\S+)*\s+password[ \t]+(?P<value>\S{6,128})"
)
# An XML element named for a secret: <wsse:Password>…</wsse:Password>, <ClientSecret>, <apiToken>.
_XML_SECRET = re.compile(
    r"<(?P<tag>(?:[\w.-]+:)?[\w.-]*(?:[Pp]ass(?:word|wd|phrase)?|PASSWORD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|"
    r"[Aa]pi_?[Kk]ey|[Pp]wd))(?:[ \t][^<>]*)?>[ \t]*(?P<value>[^<>\s]{6,256})[ \t]*</(?P=tag)>"
)
# A password given on a command line (session 9): a long flag named for a password (``--password s3cr3t!x``,
# ``--auth-password 'x'``, ``--db-pass=…``; not ``--ask-pass``/``--no-password``/``--password-file``), the
# short ``-p`` of the MySQL/MariaDB clients and ``sshpass`` (``mysql -u root -p'hunter22'``, ``-pS3cret``;
# ``-p 5432`` elsewhere is a port), and a password environment variable set for one command or exported
# (``PGPASSWORD=… psql``, ``export SSHPASS=…``, ``MYSQL_PWD=…``). A quoted value may hold any non-blank
# characters; an unquoted one ends at a blank or a shell operator.
_CLI_VALUE = (
    r"(?:(?P<q>['\"]))?(?P<value>(?(q)[^\s'\"]{4,128}|(?!-)[^\s'\"`;|&<>()]{4,128}))"
    r"(?(q)(?P=q)|(?=[\s;|&)`]|$))"
)
# Flags that only switch a password prompt or source on ("--ask-pass site.yml", "--no-password") are skipped.
_BOOLEAN_FLAG_HEAD = (
    r"(?!(?i:ask|no|prompt|skip|use|require|without|with|show|hide|read|stdin|generate|random|change|reset|"
    r"forgot|force|store|save|remember|empty|allow|disable|enable|check|verify|min|max)[\-_.])"
)
_CLI_PASSWORD = re.compile(
    r"(?<![\w\-])--?"
    + _BOOLEAN_FLAG_HEAD
    + r"(?P<flag>(?:[A-Za-z0-9]+[\-_.])*(?i:password|passwd|passphrase|pass|pwd|pw))(?:=|[ \t]+)(?:pass:)?"
    + _CLI_VALUE
)
_CLI_SHORT_P = re.compile(
    r"(?i:\b(?:mysql\w*|mariadb[\w\-]*|sshpass))\b[^\n|;&]{0,200}?[ \t]-p(?:[ \t]+(?=['\"])|(?=[^\s\-]))" + _CLI_VALUE
)
# Registry logins take ``-p`` as their password flag (``docker login -u ci -p x registry``, podman, helm
# registry, skopeo, oras); curl takes the password after the user in ``-u user:password``/``--user``, also after
# long header options on continuation lines (up to 1,000 characters after ``curl``).
_LOGIN_SHORT_P = re.compile(
    r"(?i:\b(?:docker|podman|buildah|nerdctl|skopeo|oras|helm[ \t]+registry)[ \t]+login)\b[^\n|;&]{0,200}?"
    r"[ \t]-p(?:[ \t]+|(?=['\"]))" + _CLI_VALUE
)
_CURL_USER = re.compile(
    r"\bcurl\b(?:[^\n|;&\\]|\\\n|\\(?!\n)){0,1000}?[ \t](?:-u|--user)(?:[ \t]+|=)(?:(?P<q>['\"]))?[^\s:'\"]{1,64}:"
    r"(?P<value>(?(q)[^\s'\"]{4,128}|[^\s'\"`;|&<>()]{4,128}))(?(q)(?P=q)|(?=[\s;|&)`]|$))"
)
_ENV_PASSWORD = re.compile(
    r"(?:(?<![\w$.\-])(?:export|env|set)[ \t]+|(?:^|(?<=[\s;&|(]))(?=[A-Z][A-Z0-9_]*=\S+[ \t]+[A-Za-z_.~/]))"
    r"[A-Z][A-Z0-9_]*(?:PASSWORD|PASSWD|PASSPHRASE|PASS|PWD|_PW)=" + _CLI_VALUE
)
_FILE_LIKE = re.compile(
    r"(?i)^(?:/|~|\.{1,2}/|@|file:)|\.(?:ya?ml|txt|json|conf|cfg|pem|key|crt|sh|py|sql|ini|env|toml|xml|gpg|asc|"
    r"kdbx|csv|log)$"
)
_TEMPLATE = re.compile(r"\{[\w.\s]*\}|%\(\w+\)[sd]|^%[sd]$|^%\w+%$|^(?:env|fd|file|stdin):")
_FLAG_WORDS = frozenset(["password", "passwd", "passphrase", "secret", "pass", "prompt", "stdin", "none", "null",
                         "true", "false", "env", "ask", "empty", "required", "optional"])  # fmt: skip
# A Wi-Fi password in prose or a config (session 9): "wifi password is …", "Wi-Fi password: …", "WPA2 key: …",
# "network key …", hostapd's ``wpa_passphrase=…`` and wpa_supplicant's ``psk="…"``. WPA passphrases
# have 8-63 characters; sentence punctuation after the value is not part of it.
_WIFI_PASSWORD = re.compile(
    r"(?i:\b(?:(?:wi-?fi|wlan|wireless|wpa[23]?(?:[\-_ ]?personal)?|hotspot)(?:[ \t]+network)?[ \t]*[\-_]?[ \t]*"
    r"(?:password|passwort|passphrase|pass|key|psk)|network[ \t]+(?:password|key)|wpa_passphrase|psk))"
    r"(?:[ \t]+(?:is|was)[ \t]*:?|[ \t]*[:=])[ \t]*(?:(?P<q>['\"“]))?"
    r"(?P<value>[^\s'\"`<>“”]{7,62}[^\s'\"`<>“”.,;:)])(?(q)['\"”]|(?=[.,;:)]*(?:\s|$)))"
)
# The same in other languages, the password word first ("Пароль до Wi-Fi: …", "Parola de Wi-Fi: …", "Ο κωδικός
# του Wi-Fi είναι …", "รหัส Wi-Fi คือ …", "Password wifi: …", "Het wifi-wachtwoord is …").
_WIFI_PASSWORD_INTL = re.compile(
    r"(?i:(?:\b(?:password|passwort|mot[ \t]+de[ \t]+passe|contraseña|clave|senha|parola|wachtwoord|lösenord|"
    r"passord|adgangskode|salasana|hasło|heslo|jelszó|şifre(?:si)?|kata[ \t]+sandi|mật[ \t]+khẩu|пароль|κωδικός|"
    r"סיסמ[הת]|كلمة[ \t]+المرور|पासवर्ड|รหัส(?:ผ่าน)?|密码|パスワード|비밀번호)"
    r"(?:[ \t]+(?:de|do|da|del|della|dla|för|for|til|van|von|от|до|для|του|της|of|the|la|il|du|el|wa|ng))*"
    r"[ \t]*(?:wi-?fi|wlan)\b|\bwi-?fi[\-_](?:wachtwoord|passwort|salasana|lösenord|passord|kodeord|heslo))"
    r"(?:[ \t]*[:=]|[ \t]+(?:is|est|ist|es|é|è|er|är|on|jest|je|είναι|คือ|là|adalah|ni|este|olan))[ \t]*:?[ \t]*"
    r"(?:(?P<q>['\"“]))?)"
    r"(?P<value>[^\s'\"`<>“”]{7,62}[^\s'\"`<>“”.,;:)])(?(q)['\"”]|(?=[.,;:)]*(?:\s|$)))"
)
_WIFI_WORD = re.compile(r"wi-?fi|wlan")  # (one scan of the lower-cased text: the gate of the two patterns above)
# A Wi-Fi QR code payload (``WIFI:T:WPA;S:<ssid>;P:<password>;;``, the ZXing "WIFI:" format): the P field.
_WIFI_QR = re.compile(r"WIFI:(?:[TSH]:(?:\\.|[^;\\\n])*;)*P:(?P<value>(?:\\.|[^;\\\s])+);")
# TOTP seeds (RFC 6238 shared secrets, base32): the ``secret`` parameter of an ``otpauth://`` URI, and
# a value labelled "totp"/"otp secret"/"2fa key"/"mfa seed" (upper-case base32, padding allowed).
_OTPAUTH = re.compile(
    r"otpauth://[th]otp/[^\s?\"'<>]*\?(?:[^\s\"'<>#]*?&)?secret=(?P<value>[A-Za-z2-7]{16,128})=*(?![\w=])"
)
_TOTP_SEED = re.compile(
    r"(?i:(?<![A-Za-z0-9])(?:totp|otp|2fa|mfa)(?:[_\-. ]?(?:secret|seed|key))?)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<value>[A-Z2-7]{16,128})=*(?![A-Za-z0-9_\-=])"
)
# A delimited header row with a password column: Chrome/Firefox/1Password/KeePass/Bitwarden CSV exports
# ("name,url,username,password,note"). The cells of that column in the rows below are passwords.
_PASSWORD_HEADER = re.compile(
    r"(?im)^(?=[^\n]*[,;\t])(?:[^\n]*[,;\t])?[ \t]*\"?(?:login_)?(?:password|passwd|pwd)\"?[ \t]*(?:[,;\t][^\n]*)?$"
)
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_PLACEHOLDER = re.compile(
    r"(?i)your|example|placeholder|xxxx|redacted|changeme|change_me|dummy|sample|insert|replace|"
    r"here|secret_?key|api_?key|token|\*\*\*|\.\.\.|<|>"
)
# A key id or fingerprint under a signing-key name (git's ``user.signingkey=BA47E51341181E90``, GPG short/long
# key ids and v4 fingerprints): a public identifier of the key, not the secret.
_SIGNING_KEY_NAME = re.compile(r"(?i)signing[_\-.]?key[\"']?\s*[:=]\s*[\"']?$")
_KEY_ID = re.compile(r"(?:0x)?(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40}|[0-9a-f]{8}|[0-9a-f]{16}|[0-9a-f]{40})")
_AKID = re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])")
_AWS_SECRET_CONTEXT = re.compile(r"(?i)aws|secret")
_PROVIDER_PREFIX = re.compile(
    r"^(?:gh[pousr]_|github_pat_|xox[a-z]-|xapp-|[sr]k_(?:live|test)_|whsec_|AIza|sk-ant-[a-z]+\d\d-|"
    r"sk-(?:proj-|svcacct-|admin-)?|AKIA|ASIA|ABIA|ACCA|gl(?:pat|dt|ptt|rt|cbt)-|npm_|hf_|pypi-|SG\.|do[opr]_v1_|"
    r"shp(?:at|ss|ca|pa)_|SK|key-|ATATT3|PMAK-|NRAK-|lin_api_|glsa_|glc_|K00|figd_|"
    r"access_token\$(?:production|sandbox)\$|sq0atp-|sq0csp-|EAAA|hv[sbr]\.|ntn_|dp\.(?:st|ct|pt|scim|audit|sa)\.)"
)
# An API key named in prose, in any language ("I pasted our API key cdd591f2… into a public channel", "API 키
# 48b8ae…를", "API密钥nbMIxx…", "το κλειδί API μας a6f6…", "az API-kulcsunkat (196b…)"): the value right after the
# label (at most one short word such as "is"/"μας" between; not "id"/"hash", which name a key's public handle).
# Matched at each "api" of the text (:func:`_api_key_prose`): "api" + a key word, or a key word + "api".
_PROSE_VALUE = (
    r"[ \t]*(?:(?!(?i:ids?|no|nr|hash|sha|md5)\b)[^\W\d_]{1,4}[ \t]+)?[(:：\"'“]?[ \t]*"
    r"(?P<value>[A-Za-z0-9]{32,64})(?![A-Za-z0-9_\-/+=]|\.[A-Za-z0-9])"
)
_API_THEN_KEY = re.compile(
    r"(?i:api[ \t_-]?(?:(?:keys?|tokens?|secrets?)(?![A-Za-z0-9_-])|키|密钥|密鑰|キー|ключ\w*|kulcs\w*|"
    r"schlüssel\w*|sleutel\w*|klucz\w*|nyckel\w*|nøgle\w*|avain\w*|anahtar\w*))" + _PROSE_VALUE
)
_KEY_THEN_API = re.compile(r"(?i:api(?![A-Za-z0-9_-]))" + _PROSE_VALUE)
_KEY_BEFORE_API = re.compile(
    r"(?i:(?<![^\W\d_])(?:key|clave|chave|chiave|clé|κλειδί|ключ|klíč|cheia)[ \t]+(?:(?:de|da|del|della|do)[ \t]+)?)$"
)
_API_KEY_PROSE_PATTERN = Pattern("api_key_prose", _API_THEN_KEY, 0.8, "value")


def _api_key_prose(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """Matches of an API key named in prose, tried at each "api" of the text (every label holds it): anchored
    matches, not a whole-text search. (When lower-casing changed the text's length, its offsets differ: the
    original text is searched for "api" then, case-insensitively.)

    >>> [m.group("value") for m in _api_key_prose("x: our API key 0f3a9c7e5b1d2f4a6c8e0b2d4f6a8c1e.", "")]
    ['0f3a9c7e5b1d2f4a6c8e0b2d4f6a8c1e']
    >>> [m.group("value") for m in _api_key_prose("το κλειδί API μας 0f3a9c7e5b1d2f4a6c8e0b2d4f6a8c1e", "")]
    ['0f3a9c7e5b1d2f4a6c8e0b2d4f6a8c1e']
    """
    lowered = lowered or text.lower()
    positions: Iterable[int]
    if len(lowered) == len(text):
        positions = _find_all(lowered, "api")
    else:
        positions = (m.start() for m in re.finditer("(?i)api", text))
    last = 0
    for pos in positions:
        if pos < last or (pos and text[pos - 1].isascii() and text[pos - 1].isalnum()):
            continue  # inside an earlier match, or inside a word ("rapid", "OPENAIAPI")
        after = text[pos + 3 : pos + 4]
        m = None
        if after in (" ", "\t", "_", "-") or (after and not after.isascii()):
            m = _API_THEN_KEY.match(text, pos)  # "API key …", "API-kulcsunkat (…)", "API密钥…"
        if m is None and pos and text[pos - 1] == " " and _KEY_BEFORE_API.search(text, max(0, pos - 24), pos):
            m = _KEY_THEN_API.match(text, pos)  # "κλειδί API μας …", "clave de API …"
        if m is not None:
            last = m.end()
            yield m


def _find_all(haystack: str, needle: str) -> Iterator[int]:
    """Every start offset of ``needle`` in ``haystack``."""
    pos = haystack.find(needle)
    while pos >= 0:
        yield pos
        pos = haystack.find(needle, pos + 1)


_QUICK_NAMES = ("key", "token", "secret", "pass", "pwd", "auth", "credential", "aws", "otp", "2fa", "mfa")


# Literal substrings without which a provider pattern cannot match (an empty tuple: see
# _generic_possible). Checked with ``str.__contains__`` before running the pattern's regex.
_NEEDLES: dict[str, tuple[str, ...]] = {
    "aws_access_key_id": ("AKIA", "ASIA", "ABIA", "ACCA"),
    "aws_secret_access_key": (),
    "github_token": ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
    "github_pat": ("github_pat_",),
    "slack_token": ("xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-", "xoxe-"),
    "slack_app_token": ("xapp-",),
    "stripe_key": ("k_live_", "k_test_"),
    "stripe_webhook_secret": ("whsec_",),
    "google_api_key": ("AIza",),
    "anthropic_key": ("sk-ant-",),
    "openai_key": ("sk-",),
    "gitlab_token": ("glpat-", "gldt-", "glptt-", "glrt-", "glcbt-"),
    "npm_token": ("npm_",),
    "huggingface_token": ("hf_",),
    "pypi_token": ("pypi-",),
    "sendgrid_key": ("SG.",),
    "digitalocean_token": ("_v1_",),
    "shopify_token": ("shpat_", "shpss_", "shpca_", "shppa_"),
    "twilio_api_key": ("SK",),
    "mailgun_key": ("key-",),
    "webhook_url": ("hooks.slack.com", "discord"),
    "heroku_token": ("HRKU-",),
    "atlassian_token": ("ATATT3",),
    "postman_key": ("PMAK-",),
    "newrelic_key": ("NRAK-",),
    "linear_key": ("lin_api_",),
    "grafana_token": ("glsa_", "glc_"),
    "backblaze_key": ("K00",),
    "figma_token": ("figd_",),
    "braintree_token": ("access_token$",),
    "square_token": ("sq0atp-", "sq0csp-", "EAAA"),
    "vault_token": ("hvs.", "hvb.", "hvr."),
    "notion_token": ("ntn_",),
    "doppler_token": ("dp.",),
    "discord_bot_token": ("Discord", "DISCORD", "discord", "Bot "),
    "age_secret_key": ("AGE-SECRET-KEY-",),
    "telegram_bot_token": (":AA",),
    "otpauth_secret": ("otpauth://",),
    "totp_seed": (),
    "pgpass_password": (),
    "netrc_password": (),
    "xml_secret": (),
    "jwt": ("eyJ",),
    "private_key_pem": ("PRIVATE KEY",),
    "private_key_pem_truncated": ("PRIVATE KEY",),
    "assignment": (),
    "assignment_quoted": (),
    "assignment_password": (),
    "assignment_password_quoted": (),
    "authorization_header": (),
    "url_password": ("://",),
    "cli_password": (),
    "cli_password_short": (),
    "env_password": (),
    "wifi_password": (),
    "wifi_password_intl": (),
    "wifi_qr": (),
    "login_password": (),
    "curl_user_password": (),
}


# quick(): some pattern's literal needle occurs, or a generic pattern is possible (secret-like name
# next to ":"/"=", "bearer"/"authorization"; "aws"/"secret" implies a secret-like name too).
_ALL_NEEDLES = sorted(
    n
    for n in {n for ns in _NEEDLES.values() for n in ns}
    if not any(o != n and o in n for ns in _NEEDLES.values() for o in ns)
)  # a needle that contains another one adds nothing ("sk-ant-" has "sk-")
_URL_NEEDLES = ("hooks.slack.com", "discord")  # only inside an https:// URL, whose "://" is a needle


def _anchored(needle: str) -> str:
    """A regex for ``needle`` that starts at its first character that is not a lower-case letter.

    ``eyJ`` becomes ``J(?<=eyJ)``, ``glpat-`` becomes ``-(?<=glpat-)``: the combined regex then begins
    with a small set of rarer characters (``- _ : A J P S``), which the regex engine skips to, instead
    of trying every lower-case letter of the text.
    """
    i = next(k for k, ch in enumerate(needle) if not ("a" <= ch <= "z"))
    if needle in _ANCHORS:
        i = needle.index(_ANCHORS[needle], 1)
    head = re.escape(needle[i]) + (f"(?<={re.escape(needle[: i + 1])})" if i else "")
    return head + re.escape(needle[i + 1 :])


# Needles that would stop the combined regex's scan at common characters ("." of "hvs.", "D" of "Discord") are
# looked for with ``in`` instead (one substring search each per text); the rest of P6's needles are anchored at a
# character the regex already stops at ("sq0atp-" at "-", "EAAA" at its second "A"). Vault's batch and recovery
# tokens ("hvb.", "hvr.") and Discord tokens without the word are found only when another cue ("token", "key",
# "secret" next to ":" or "=", "Authorization") sends the text to the patterns.
_PLAIN_NEEDLES = ("hvs.", "dp.")
_LOWER_NEEDLES = ("discord",)
_ANCHORS = {"sq0atp-": "-", "sq0csp-": "-", "EAAA": "A"}
_QUICK_SKIPPED = ("hvb.", "hvr.", "Discord", "DISCORD", "Bot ")

#: One scan for every provider needle (instead of one ``in`` per needle).
_NEEDLE_RX = re.compile(
    "|".join(
        _anchored(n) for n in _ALL_NEEDLES if n not in _URL_NEEDLES + _PLAIN_NEEDLES + _LOWER_NEEDLES + _QUICK_SKIPPED
    )
)


def _generic_possible(name: str, feats: TextFeatures) -> bool:
    text, lowered = feats.text, feats.lower
    if name == "aws_secret_access_key":
        return "aws" in lowered or "secret" in lowered or any(map(text.__contains__, _NEEDLES["aws_access_key_id"]))
    if name == "authorization_header":
        return "bearer" in lowered or "authorization" in lowered
    if name == "pgpass_password":  # "host:port:db:user:password" lines (timestamps alone have 2 colons)
        return text.count(":") >= 4 and _PGPASS.search(text) is not None
    if name == "netrc_password":
        return "password" in lowered and ("machine" in lowered or "default" in lowered)
    if name == "xml_secret":
        return "</" in text and ("ass" in lowered or "secret" in lowered or "token" in lowered or "key" in lowered)
    if name == "totp_seed":
        return ("=" in text or ":" in text) and ("otp" in lowered or "2fa" in lowered or "mfa" in lowered)
    if name == "cli_password":  # "--password", "--db-pass", "-pw"
        return "-p" in text and ("pass" in lowered or "pwd" in lowered or "-pw" in lowered)
    if name == "cli_password_short":
        return "-p" in text and ("mysql" in lowered or "mariadb" in lowered or "sshpass" in lowered)
    if name == "login_password":
        return "-p" in text and "login" in lowered
    if name == "curl_user_password":
        return "curl" in text and ("-u" in text or "--user" in text)
    if name == "env_password":
        return "=" in text and ("PASS" in text or "PWD" in text or "_PW=" in text)
    if name in ("wifi_password", "wifi_password_intl"):
        return _wifi_possible(lowered)
    if name == "wifi_qr":
        return "WIFI:" in text
    if name in ("assignment_password", "assignment_password_quoted"):
        return ("=" in text or ":" in text) and ("pass" in lowered or "pwd" in lowered or "secret" in lowered)
    return ("=" in text or ":" in text) and any(map(lowered.__contains__, _QUICK_NAMES))


_WIFI_WORDS = ("wifi", "wi-fi", "wlan", "wireless", "hotspot", "wpa", "psk", "network key", "network pass")


def _wifi_possible(lowered: str) -> bool:
    """A word without which ``_WIFI_PASSWORD`` cannot match (a Wi-Fi/WPA word, "network key/password")."""
    return any(map(lowered.__contains__, _WIFI_WORDS))


def _character_classes(value: str) -> int:
    """How many of lower case, upper case, digits and symbols ``value`` uses.

    >>> _character_classes("hunter2"), _character_classes("Tr0ub4dor&3")
    (2, 4)
    """
    return (
        any(c.islower() for c in value)
        + any(c.isupper() for c in value)
        + any(c.isdigit() for c in value)
        + any(not c.isalnum() for c in value)
    )


def _cli_password_ok(value: str, min_len: int = 6) -> bool:
    """A command-line or Wi-Fi password: long enough, two of lower/upper/digit/symbol, and not a reference,
    placeholder, template, file name or flag word."""
    if len(value) < min_len or value.lower() in _FLAG_WORDS:
        return False
    if _REFERENCE.search(value) or _PLACEHOLDER.search(value) or _TEMPLATE.search(value) or _FILE_LIKE.search(value):
        return False
    if _NAMESPACE_REFERENCE.fullmatch(value):
        return False  # "-p'var.db_password'", "-u deploy:var.db_password": a Terraform/Ansible reference
    return _character_classes(value) >= 2 and not value.isdigit()


def _looks_random(value: str, min_entropy: float = 3.0) -> bool:
    """Letters and digits mixed, high character entropy, and no placeholder words."""
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    if not (has_digit and has_alpha) or _PLACEHOLDER.search(value):
        return False
    return shannon_entropy(value) >= min_entropy


def _looks_like_password(value: str) -> bool:
    """At least three of lower case, upper case, digits, symbols; no reference or placeholder."""
    if len(value) < 8 or _PLACEHOLDER.search(value) or _IDENTIFIER_PATH.fullmatch(value):
        return False
    if _REFERENCE.search(value):
        return False
    return _character_classes(value) >= 3 and shannon_entropy(value) >= 2.5


_PASSWORD_HEADERS = frozenset(["password", "passwd", "pwd", "login_password", "login_pwd"])


def _cell_spans(line: str, delim: str) -> list[tuple[str, int]]:
    """The cells of a delimited row and their offsets; a delimiter inside double quotes does not split."""
    out: list[tuple[str, int]] = []
    start, quoted = 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == delim and not quoted:
            out.append((line[start:i], start))
            start = i + 1
    out.append((line[start:], start))
    return out


def _unquote(cell: str) -> str:
    """A CSV cell without its surrounding blanks and double quotes."""
    cell = cell.strip()
    if len(cell) >= 2 and cell[0] == cell[-1] == '"':
        cell = cell[1:-1]
    return cell


def _jwt_header_ok(token: str) -> bool:
    header = token.split(".", 1)[0]
    try:
        decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return isinstance(decoded, dict) and ("alg" in decoded or "typ" in decoded)


def _discord_id_ok(token: str) -> bool:
    """The first part of a Discord bot token is the base64 of the bot's numeric (snowflake) id.

    >>> _discord_id_ok("NDEyMzQ1Njc4OTAxMjM0NTY3.lhQCvp.m8FOFlEsD4qmq5ShuHRWYl398Zp-kpmVxKGmZR")
    True
    >>> _discord_id_ok("Tm90QW5JZEF0QWxsMTIzNDV4.lhQCvp.m8FOFlEsD4qmq5ShuHRWYl398Zp-kpmVxKGmZR")
    False
    """
    head = token.split(".", 1)[0]
    try:
        decoded = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)).decode("ascii")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return decoded.isdigit() and 17 <= len(decoded) <= 20 and decoded[0] != "0"


class ApiKeyRecognizer(PatternRecognizer):
    """Credentials: provider formats (0.9-1.0), JWT (0.95), PEM (1.0), generic assignments (0.75)."""

    entity = "API_KEY"
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("aws_access_key_id", _AKID, 0.95),
        Pattern("aws_secret_access_key",
                re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])"), 0.9),
        Pattern("github_token", re.compile(_L + r"gh[pousr]_[A-Za-z0-9]{36,255}" + _R), 1.0),
        Pattern("github_pat", re.compile(_L + r"github_pat_[A-Za-z0-9_]{22,255}" + _R), 1.0),
        Pattern("slack_token", re.compile(_L + r"xox[abposre]-\d{6,}-[A-Za-z0-9-]{10,}" + _R), 1.0),
        Pattern("slack_app_token", re.compile(_L + r"xapp-\d-[A-Z0-9]{6,}-\d{6,}-[A-Za-z0-9]{20,}" + _R), 1.0),
        Pattern("stripe_key", re.compile(_L + r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}" + _R), 1.0),
        Pattern("stripe_webhook_secret", re.compile(_L + r"whsec_[A-Za-z0-9]{24,}" + _R), 1.0),
        Pattern("google_api_key", re.compile(_L + r"AIza[0-9A-Za-z_\-]{35}" + _R), 1.0),
        Pattern("anthropic_key", re.compile(_L + r"sk-ant-[a-z]{2,8}\d{2}-[A-Za-z0-9_\-]{20,}" + _R), 1.0),
        Pattern("openai_key",
                re.compile(_L + r"sk-(?!ant-)(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_\-]{20,}" + _R), 0.9),
        Pattern("gitlab_token", re.compile(_L + r"gl(?:pat|dt|ptt|rt|cbt)-[A-Za-z0-9_\-]{20,64}" + _R), 1.0),
        Pattern("npm_token", re.compile(_L + r"npm_[A-Za-z0-9]{36}" + _R), 1.0),
        Pattern("huggingface_token", re.compile(_L + r"hf_[A-Za-z0-9]{30,40}" + _R), 1.0),
        Pattern("pypi_token", re.compile(_L + r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}" + _R), 1.0),
        Pattern("sendgrid_key", re.compile(_L + r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}" + _R), 1.0),
        Pattern("digitalocean_token", re.compile(_L + r"do[opr]_v1_[a-f0-9]{64}" + _R), 1.0),
        Pattern("shopify_token", re.compile(_L + r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}" + _R), 1.0),
        Pattern("twilio_api_key", re.compile(_L + r"SK[0-9a-f]{32}" + _R), 0.9),
        Pattern("mailgun_key", re.compile(_L + r"key-[0-9a-f]{32}" + _R), 0.9),
        Pattern("webhook_url",
                re.compile(r"https://(?:hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]{6,}/[A-Z0-9]{6,}/"
                           r"[A-Za-z0-9]{16,}|discord(?:app)?\.com/api/webhooks/[0-9]{15,}/[A-Za-z0-9_\-]{40,})"),
                1.0),
        Pattern("heroku_token",
                re.compile(_L + r"HRKU-(?:" + _UUID + r"|[A-Za-z0-9_\-]{40,64})" + _R), 1.0),
        Pattern("atlassian_token", re.compile(_L + r"ATATT3[A-Za-z0-9_\-=]{100,300}" + _R), 1.0),
        Pattern("postman_key", re.compile(_L + r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}" + _R), 1.0),
        Pattern("newrelic_key", re.compile(_L + r"NRAK-[A-Z0-9]{27}" + _R), 1.0),
        Pattern("linear_key", re.compile(_L + r"lin_api_[A-Za-z0-9]{40}" + _R), 1.0),
        Pattern("grafana_token",
                re.compile(_L + r"(?:glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})" + _R), 1.0),
        Pattern("backblaze_key", re.compile(_L + r"K00[A-Za-z0-9]{28}" + _R), 0.9),
        Pattern("figma_token", re.compile(_L + r"figd_[A-Za-z0-9_\-]{40}" + _R), 1.0),
        # Braintree (PayPal) access token: "access_token$<environment>$<16 id chars>$<32 hex>".
        Pattern("braintree_token",
                re.compile(r"(?<![A-Za-z0-9_$])access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}" + _R),
                1.0),
        # Square: access tokens ("sq0atp-" + 22, production "EAAA" + 60) and OAuth application secrets ("sq0csp-").
        Pattern("square_token",
                re.compile(
                    _L + r"(?:sq0atp-[A-Za-z0-9_\-]{22}|sq0csp-[A-Za-z0-9_\-]{43}|EAAA[A-Za-z0-9_\-+=]{60})" + _R
                ),
                1.0),
        # HashiCorp Vault (1.10+) service, batch and recovery tokens.
        Pattern("vault_token", re.compile(_L + r"hv[sbr]\.[A-Za-z0-9_\-]{24,}" + _R), 1.0),
        Pattern("notion_token", re.compile(_L + r"ntn_[A-Za-z0-9]{40,50}" + _R), 1.0),
        # Doppler: service (with the config name), CLI, personal, SCIM, audit and service-account tokens.
        Pattern("doppler_token",
                re.compile(_L + r"dp\.(?:st|ct|pt|scim|audit|sa)\.(?:[a-z0-9_\-]{2,35}\.)?[A-Za-z0-9]{40,44}" + _R),
                1.0),
        # Discord bot token: base64 of the bot's snowflake id, ".", a 6-character timestamp, ".", the HMAC.
        Pattern("discord_bot_token",
                re.compile(_L + r"[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}" + _R), 0.95),
        # age (filippo.io/age) X25519 identity: "AGE-SECRET-KEY-1" + 58 upper-case Bech32 characters.
        Pattern("age_secret_key", re.compile(_L + r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}" + _R), 1.0),
        # Telegram Bot API token: the bot's numeric id, ":", then 35 characters starting "AA".
        Pattern("telegram_bot_token", re.compile(r"(?<![\w:-])[0-9]{8,10}:AA[A-Za-z0-9_\-]{33}" + _R), 1.0),
        Pattern("otpauth_secret", _OTPAUTH, 1.0, "value"),
        Pattern("totp_seed", _TOTP_SEED, 0.8, "value"),
        Pattern("pgpass_password", _PGPASS, 0.8, "value"),
        Pattern("netrc_password", _NETRC, 0.8, "value"),
        Pattern("xml_secret", _XML_SECRET, 0.8, "value"),
        Pattern("jwt", re.compile(_L + r"eyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]*" + _R), 0.95),
        Pattern("private_key_pem",
                re.compile(r"-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----[\s\S]{0,20000}?-----END \1-----"),
                1.0),
        Pattern("private_key_pem_truncated",
                re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:(?:\s|\\n)*[A-Za-z0-9+/=]{16,})+"),
                0.95),
        Pattern("assignment",
                re.compile(r"(?i)(?<![A-Za-z0-9])" + _SECRET_NAME + r"[\"']?\s*(?:=>|:=|[:=])\s*[\"']?" + _VALUE
                           + r"(?![A-Za-z0-9_\-./+=~])"),
                0.75, "value"),
        Pattern("assignment_quoted",
                re.compile(r"(?i)(?<![A-Za-z0-9])" + _SECRET_NAME + r"[\"']?\s*(?:=>|:=|[:=])\s*([\"'])"
                           + r"(?P<value>[^\s\"'\\]{8,256})\1"),
                0.8, "value"),
        Pattern("assignment_password",
                re.compile(r"(?i)(?<![A-Za-z0-9])" + _PASSWORD_NAME + r"\s*(?:=|:(?=[ \t]))[ \t]*"
                           + r"(?P<value>(?![=:])[^\s\"'`,;()\[\]{}<>]{8,128}?)"
                           + r"(?=\s|$|[\"'`,;)\]}]|&[A-Za-z_][\w.\-]*=)"),  # "&name=" ends a query parameter
                0.8, "value"),
        # The same names with a quoted value ("DB_PASS: \"Harbor26&x\"", "pass = 'x'"): any non-blank characters
        # between the quotes (the quoted secret-name pattern does not know the short "pass").
        Pattern("assignment_password_quoted",
                re.compile(r"(?i)(?<![A-Za-z0-9])" + _PASSWORD_NAME + r"[\"']?[ \t]*(?:=>|:=|[:=])[ \t]*([\"'])"
                           + r"(?P<value>[^\s\"'\\`]{8,128})\1"),
                0.8, "value"),
        Pattern("authorization_header",
                re.compile(r"(?i)(?:\bbearer|authorization[\"']?\s*[:=]\s*[\"']?(?:basic|token|bearer)?)\s+"
                           + _VALUE + r"(?![A-Za-z0-9_\-./+=~])"),
                0.8, "value"),
        Pattern("url_password",
                re.compile(r"://[^\s:/@\"']*:(?P<value>[^\s/\"'<>]{6,128})@[\w.\-\[]"),
                0.8, "value"),
        Pattern("cli_password", _CLI_PASSWORD, 0.8, "value"),
        Pattern("cli_password_short", _CLI_SHORT_P, 0.8, "value"),
        Pattern("login_password", _LOGIN_SHORT_P, 0.8, "value"),
        Pattern("curl_user_password", _CURL_USER, 0.8, "value"),
        Pattern("env_password", _ENV_PASSWORD, 0.8, "value"),
        Pattern("wifi_password", _WIFI_PASSWORD, 0.8, "value"),
        Pattern("wifi_password_intl", _WIFI_PASSWORD_INTL, 0.8, "value"),
        Pattern("wifi_qr", _WIFI_QR, 0.8, "value"),
    )  # fmt: skip

    def quick(self, feats: TextFeatures) -> bool:
        text = feats.text
        if _NEEDLE_RX.search(text) is not None or any(map(text.__contains__, _PLAIN_NEEDLES)):
            return True
        lowered = feats.lower
        if "discord" in lowered:
            return True
        if "bearer" in lowered or "authorization" in lowered:
            return True
        if ("=" in text or ":" in text) and any(map(lowered.__contains__, _QUICK_NAMES)):
            return True
        # credential files and XML secrets (the conditions of _generic_possible, inlined: this runs per text)
        if "</" in text and ("ass" in lowered or "secret" in lowered or "token" in lowered or "key" in lowered):
            return True
        if "password" in lowered and ("machine" in lowered or "default" in lowered):
            return True
        has_pass = "pass" in lowered or "pwd" in lowered
        if has_pass and _PASSWORD_HEADER.search(text) is not None:
            return True
        if "-p" in text and (
            has_pass or "-pw" in lowered or "mysql" in lowered or "mariadb" in lowered or "login" in lowered
        ):
            return True  # command-line passwords (cli_password, cli_password_short, login_password)
        if "curl" in text and ("-u" in text or "--user" in text):
            return True  # curl -u user:password
        if "api" in lowered and next(_api_key_prose(text, lowered), None) is not None:
            return True  # "our API key cdd591f2…" in prose
        if (has_pass or "key" in lowered or "psk" in lowered) and _wifi_possible(lowered):
            return True  # Wi-Fi passwords (the label needs "pass", "key" or "psk")
        if _WIFI_WORD.search(lowered) is not None:  # a QR payload, a label in another language
            return "WIFI:" in text or _WIFI_PASSWORD_INTL.search(text) is not None
        return text.count(":") >= 4 and _PGPASS.search(text) is not None

    def analyze(self, text: str, feats: TextFeatures | None = None) -> list[Detection]:
        feats = feats if feats is not None else TextFeatures(text)
        out = super().analyze(text, feats)
        lowered = feats.lower
        if "api" in lowered:
            prose = list(self._prose_keys(text, lowered))
            if prose:  # ("API Key: …" is an assignment too: one detection per span)
                seen = {(d.span.start, d.span.end) for d in out}
                out.extend(d for d in prose if (d.span.start, d.span.end) not in seen)
        if ("pass" in lowered or "pwd" in lowered) and ("," in text or ";" in text or "\t" in text):
            seen = {(d.span.start, d.span.end) for d in out}
            out.extend(d for d in self._password_columns(text) if (d.span.start, d.span.end) not in seen)
        return out

    def _prose_keys(self, text: str, lowered: str) -> Iterator[Detection]:
        """API keys named in prose ("our API key …", "API 키 …"): :func:`_api_key_prose`, validated as assignments."""
        for m in _api_key_prose(text, lowered):
            start, end = m.span("value")
            verdict = self.validate(text, start, end, _API_KEY_PROSE_PATTERN)
            if verdict is not None:
                yield self.detection(start, end, verdict[0], "api_key_prose", f"API_KEY: {verdict[1]}")

    def _password_columns(self, text: str) -> Iterator[Detection]:
        """The password-like cells under a ``password`` header of a delimited table (CSV exports)."""
        for header in _PASSWORD_HEADER.finditer(text):
            line = header.group(0)
            delim = next(d for d in (",", "\t", ";") if d in line)
            names = [_unquote(c).strip().lower() for c, _ in _cell_spans(line, delim)]
            cols = [i for i, n in enumerate(names) if n in _PASSWORD_HEADERS]
            if not cols:
                continue
            pos = header.end() + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                cells = _cell_spans(text[pos:end], delim)
                if len(cells) < len(names) or len(cells) > len(names) + 2:
                    break  # the table ends (a blank line, prose); quoted commas may add no cells
                for col in cols:
                    cell, offset = cells[col]
                    value = _unquote(cell)
                    start = pos + offset + cell.index(value) if value else pos
                    if value and " " not in value and _looks_like_password(value):
                        why = "API_KEY: a password-like value in the password column of a delimited table"
                        yield self.detection(start, start + len(value), 0.8, "password_column", why)
                pos = end + 1

    def active_patterns(self, feats: TextFeatures) -> Iterable[Pattern]:
        """Only the patterns whose literal prefix (or needed word) occurs in the text."""
        text = feats.text
        for pattern in self.patterns:
            needles = _NEEDLES[pattern.name]
            if any(map(text.__contains__, needles)) if needles else _generic_possible(pattern.name, feats):
                yield pattern

    def validate(self, text: str, start: int, end: int, pattern: Pattern) -> tuple[float, str] | None:
        value = text[start:end]
        name = pattern.name
        if (
            name.startswith("assignment")
            and _KEY_ID.fullmatch(value)
            and _SIGNING_KEY_NAME.search(text, max(0, start - 40), start)
        ):
            return None  # "user.signingkey=BA47E51341181E90": a GPG key id, public
        if name in ("assignment", "authorization_header", "api_key_prose"):
            if not _looks_random(value):
                return None
            return pattern.score, "secret-like name with a high-entropy value"
        if name == "assignment_quoted":
            if _REFERENCE.search(value):
                return None  # "${DB_PASSWORD}", "{{ vault_token }}": a reference, not the secret
            if not _looks_random(value):
                password = _PASSWORD_BEFORE.search(text, max(0, start - 60), start) is not None
                if not (password and _looks_like_password(value)):
                    return None
            return pattern.score, "secret-like name with a quoted high-entropy value"
        if name in ("cli_password", "cli_password_short", "env_password", "login_password", "curl_user_password"):
            if not _cli_password_ok(value):
                return None
            return pattern.score, "password given as a command-line flag or environment variable"
        if name in ("wifi_password", "wifi_password_intl", "wifi_qr"):
            if not _cli_password_ok(value, 8):
                return None
            return pattern.score, "Wi-Fi/WPA password"
        if name in ("assignment_password", "assignment_password_quoted"):
            if _NESTED_NAME.match(value) or not _looks_like_password(value):
                return None
            return pattern.score, "password-like name with a password-like value"
        if name in ("otpauth_secret", "totp_seed"):
            if _PLACEHOLDER.search(value) or shannon_entropy(value) < 3.0:
                return None
            if name == "totp_seed" and not any(c in "234567" for c in value):
                return None  # an upper-case word ("TOTP: ENABLEDFORALLUSERS"), not base32 key material
            return pattern.score, "TOTP shared secret (base32)"
        if name in ("pgpass_password", "netrc_password", "xml_secret"):
            if _NESTED_NAME.match(value) or not (_looks_like_password(value) or _looks_random(value)):
                return None
            return pattern.score, "password field of a credential file or XML element"
        if name == "webhook_url":
            return pattern.score, "incoming-webhook URL (the URL is the credential)"
        if name == "url_password":
            if value[0] == ":" or ("@" in value and not _looks_like_password(value)):
                return None  # "://host::x@y"; a value glued across two "@" must look like a password
            if start > 3 and text[start - 3 : start - 1] == "//" and not _looks_like_password(value):
                return None  # no user name ("redis://:pw@host"): the value must look like a password
            if _PLACEHOLDER.search(value) or value.lower() in ("password", "passwd", "secret", "pass"):
                return None
            if _REFERENCE.search(value) or _NAMESPACE_REFERENCE.fullmatch(value):
                return None  # "://app:${DB_PASSWORD}@db", "://app:var.db_password@db": a reference
            return pattern.score, "password of a user:password@host URL"
        if name == "aws_secret_access_key":
            near = text[max(0, start - 60) : start]
            paired = _AKID.search(text, max(0, start - 300), end + 300) is not None
            if value.lower().strip("0123456789abcdef") == "" or not _looks_random(value, 4.0):
                return None
            if not (paired or _AWS_SECRET_CONTEXT.search(near)):
                return None
            return pattern.score, "40-character AWS secret key next to an access key id or AWS/secret word"
        if name == "jwt":
            return (pattern.score, "JWT with a JSON header") if _jwt_header_ok(value) else None
        if name == "discord_bot_token":
            return (pattern.score, "Discord bot token (its first part is a user id)") if _discord_id_ok(value) else None
        if name == "private_key_pem_truncated" and "-----END" in text[start:]:
            return None  # the complete block is reported by private_key_pem
        if name.startswith("private_key"):
            return pattern.score, "PEM private key block"
        # Provider formats: the random part must not be a placeholder.
        body = _PROVIDER_PREFIX.sub("", value)
        if name in ("openai_key", "backblaze_key") and not (any(c.isdigit() for c in body) and not body.islower()):
            return None
        if name == "backblaze_key" and body.isupper():
            return None  # mixed case: "K00" + 28 base62, not an upper-case code
        # an AWS key id is fully fixed by its prefix, length and alphabet: a lower bar (16 symbols of 32)
        min_entropy = 2.5 if name == "aws_access_key_id" else 3.0
        if shannon_entropy(body) < min_entropy or _PLACEHOLDER.search(body):
            return None
        return pattern.score, f"{name.replace('_', ' ')} format"


# Keys meant to be public: Stripe (and Clerk) publishable keys (pk_live_/pk_test_), Mapbox public tokens (pk.).
_PUBLISHABLE_PREFIXES = ("pk_live_", "pk_test_", "pk.")
# Keys printed in the providers' own documentation, valid in shape, deliberately public: AWS's example key pair,
# Stripe's documentation test keys.
_DOCUMENTED_KEYS = frozenset(
    [
        "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "sk_test_BQokikJOvBiI2HlWgH4olfQ2", "pk_test_TYooMQauvdEDq54NiTphI7jx",
    ]
)  # fmt: skip


def publishable_key(value: str) -> bool:
    """``value`` is a key its provider publishes by design (embedded in web pages and apps), not a secret.

    >>> publishable_key("pk_live_51HqR2xKj3mN8pQ4vW7yZ"), publishable_key("sk_live_51HqR2xKj3mN8pQ4vW7yZ")
    (True, False)
    """
    return value.startswith(_PUBLISHABLE_PREFIXES)


def documented_example_key(value: str) -> bool:
    """``value`` is an example key from a provider's documentation (or says ``EXAMPLE`` in capitals, as AWS's do).

    >>> documented_example_key("sk_test_4eC39HqLyjWDarjtT1zdp7dc"), documented_example_key("AKIAZ7EXAMPLEKEY2AB4")
    (True, True)
    >>> documented_example_key("sk_test_9fL2mQx7Rb4Wc8Nd1Tp6Vh3K")
    False
    """
    return value in _DOCUMENTED_KEYS or "EXAMPLE" in value


def key_identifies_nobody(value: str) -> bool:
    """The key opens nothing private (the ``identifying`` policy, docs/pii.md "Session 15"): publishable
    (:func:`publishable_key`) or a documentation example (:func:`documented_example_key`)."""
    return publishable_key(value) or documented_example_key(value)
