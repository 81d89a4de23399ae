"""PII issue 3, session 12: structured types, with strings written for these tests (no eval set's strings).

IP prefix notation (docs/pii.md "Session 12"): a network is not PII, an address with host bits set and a
non-zero last octet/group is its host's address, a /32 or /128 is an address in a match rule only; quads in a
host mapping ("extra_hosts", "--add-host"); version quads named by "AssemblyVersion(", "or later", a version
range, "rolled back", "changelog", "tag", or a key the text calls versions. Phones: Russian/Kazakh
8-XXX-XXX-XX-XX, Turkish 0 (5XX) XXX XX XX, Brazilian 21 9 XXXX-XXXX, Cyrillic/Greek phone words, a count after
the number. Credentials: backtick-quoted mysql -p, curl -u across line continuations, *_STORAGE_KEY /
*_SERVICE_KEY names, Terraform references. SSN after "my social".

Checked on the code before the change (HEAD 65a3aaf): every case marked "new" fails there; the guards pass on both.
"""

from __future__ import annotations

import pytest

from detectors.pii.api_key import ApiKeyRecognizer
from detectors.pii.ip_address import IpAddressRecognizer
from detectors.pii.phone import PhoneRecognizer
from detectors.pii.recognizer import Recognizer
from detectors.pii.us_ssn import UsSsnRecognizer


def found(rec: Recognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text), key=lambda d: d.span.start)]


# ------------------------------------------------------------------ IP prefix notation
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: one host in a match rule, host bits set on an interface or route line
        ("ufw allow from 198.18.7.9/32 to any port 22", ["198.18.7.9"]),
        ("-A INPUT -s 203.0.113.71/32 -j DROP", ["203.0.113.71"]),
        ("iface eth1 inet 10.20.30.40/24", ["10.20.30.40"]),
        ("deny from 100.70.8.19/16", ["100.70.8.19"]),
        ("2001:db8:5:1::9/64 dev eth1 proto kernel", ["2001:db8:5:1::9"]),
        ("ip6tables -A INPUT -s 2001:db8:77::15/128 -j ACCEPT", ["2001:db8:77::15"]),
        # guards: networks and one-host prefixes outside a match rule stay notation
        ("subnet 10.0.0.0/16", []),
        ("route 172.20.0.0/12 via the core switch", []),  # host bits set but written as a network (.0)
        ("Address = 10.9.8.7/32", []),
        ("AllowedIPs = 0.0.0.0/0, ::/0", []),
        ("the site prefix is 2001:db8:5::/48", []),
        ("allow from 192.168.40.0/24", []),
        ("open http://10.0.0.1/admin in a browser", ["10.0.0.1"]),  # a URL path, not a prefix
    ],
)
def test_ip_prefix_policy(text: str, expected: list[str]) -> None:
    assert found(IpAddressRecognizer(), text) == expected


# ------------------------------------------------------------------ IP after a colon
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('    extra_hosts:\n      - "cache:10.33.2.8"\n      - "queue:10.33.2.9"', ["10.33.2.8", "10.33.2.9"]),  # new
        ("docker run --add-host billing:172.21.4.19 app", ["172.21.4.19"]),  # new
        ("docker pull redis:7.2.4.1", []),
        ("extra_hosts are set; pulling nginx:7.1.2.3@sha256:0badc0de", []),
        ("  image: registry.local/team/app:4.12.9.33", []),
        ("at 12:10.1.1.1 the job ran", []),
        ("mapped ::ffff:10.0.0.9 here", ["::ffff:10.0.0.9"]),
    ],
)
def test_ip_after_colon(text: str, expected: list[str]) -> None:
    assert found(IpAddressRecognizer(), text) == expected


# ------------------------------------------------------------------ IP versus version
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[assembly: AssemblyVersion("3.1.4.15")]', []),  # new
        ("this needs Mono 6.12.0.2 or newer", []),  # new
        ("we went from 4.3.2.1 to 5.0.0 yesterday", []),  # new
        ("rolled back from 2.3.4.5 to 2.3.4.4", []),  # new
        ("we upgraded from 3.2.1.4 to 3.3.0.2 last night", []),  # new
        ("Changelog 12.4.19.3: fixed totals", []),  # new
        ("pod restarted (image tag 2.9.14.1)", []),  # new
        ("n1 relay=4.12.9.33\nn2 relay=5.1.0.2\nwhy do the relay versions differ?", []),  # new
        ("ssh ops@198.51.100.77 ./release.sh", ["198.51.100.77"]),  # new: a file name is no version word
        ("ip=10.2.3.4 port=22\nwhich ip version is that?", ["10.2.3.4"]),  # an address key keeps its address
        ("migrated dns from 10.1.1.1 to 10.1.1.2", ["10.1.1.1", "10.1.1.2"]),
        ("firmware version 5.2.3.18", []),
    ],
)
def test_ip_versions(text: str, expected: list[str]) -> None:
    assert found(IpAddressRecognizer(), text) == expected


# ------------------------------------------------------------------ phones
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мой телефон 8-912-345-67-01, спасибо", ["8-912-345-67-01"]),  # new
        ("Номер офиса: 8 727 355 12 34", ["8 727 355 12 34"]),  # new
        ("Driver will call +966 12 345 6789 30 minutes before", ["+966 12 345 6789"]),  # new
        ("they call 07700 900123 2 times a day", ["07700 900123"]),
        ("Τηλέφωνο: 694 111 2233.", ["694 111 2233"]),  # new
        ("Ara beni 0 (532) 614 27 93 numarasından", ["0 (532) 614 27 93"]),  # new
        ("celular 21 9 8765-4321", ["21 9 8765-4321"]),  # new
        ("Bitte telefonisch unter 512 344 781 melden.", ["512 344 781"]),  # new
        ("Call (415) 555-0132 today", ["(415) 555-0132"]),  # the "(" stays in the span
        ("Tel. 0612 345 678\nh.smit@example.org", ["0612 345 678"]),  # "h." is no unit
        ("order 8-123-456-78-90", []),
        ("batch 8-012-345-67-89 shipped", []),
    ],
)
def test_phones(text: str, expected: list[str]) -> None:
    assert found(PhoneRecognizer(), text) == expected


# ------------------------------------------------------------------ credentials
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I also ran `mysql -u root -pQx7vT2mLp9Wz` there", ["Qx7vT2mLp9Wz"]),  # new
        (
            'curl -s https://api.x.test/v1 \\\n  -H "Accept: a" \\\n  -u deploy:Kr8pWq2xZ7 \\\n  -d x',
            ["Kr8pWq2xZ7"],
        ),  # new
        (
            "AZURE_STORAGE_KEY=Zk3uV9qLr2Wx7Tb5Nc8Hd1Ym4Pa6Se0Gf2Jh5Kq8",
            ["Zk3uV9qLr2Wx7Tb5Nc8Hd1Ym4Pa6Se0Gf2Jh5Kq8"],
        ),  # new
        ("  INTERNAL_SERVICE_KEY: Qw8Er5Ty2Ui9Op3As6Df1Gh4Jk7Lz0Xc", ["Qw8Er5Ty2Ui9Op3As6Df1Gh4Jk7Lz0Xc"]),  # new
        ("curl -X POST https://h.test/x -u deploy:var.db_password", []),  # new (was flagged)
        ("mysql -h db -u root -p'var.db_password' shop", []),  # new (was flagged)
        ("CACHE_KEY=user_profile_v2", []),
    ],
)
def test_credentials(text: str, expected: list[str]) -> None:
    assert found(ApiKeyRecognizer(), text) == expected


# ------------------------------------------------------------------ SSN
def test_ssn_after_my_social() -> None:
    assert found(UsSsnRecognizer(), "ok my social is 536221234 for the form") == ["536221234"]  # new
    assert found(UsSsnRecognizer(), "order 536221234 shipped") == []
