"""Session 16 (P2, structured recall): general rules for gaps seen on the dev sets.

An SSN written with blanks in a field named for an SSN (SQL column, key), a quoted value after a short password
name (``DB_PASS: "..."``), Chinese mobiles glued to a phone word, "my number" phrases, numbers listed next to an
e-mail address with a dash or slash between them, curl's ``-u user:password`` after long header options. Cases
marked ``new`` fail on the code before session 16; guards pass on both. Every value is made up for the test.
"""

from __future__ import annotations

import pytest

from detectors.pii import PiiAnalyzer
from tests.unit.pii_cases import typed


@pytest.fixture(scope="module")
def analyzer() -> PiiAnalyzer:
    return PiiAnalyzer(person=False)


_SQL = (
    "INSERT INTO staff (employee_number, full_name, work_location, {col}, hired) VALUES\n"
    "  (4410, 'Ana Lima Pereira', 'Building C, third floor', '{value}', '2019-04-02');"
)


# ------------------------------------------------------------------ SSN with blanks in an SSN field
@pytest.mark.parametrize(
    ("col", "value", "expected"),
    [
        ("ssn", "062 30 8963", [("US_SSN", "062 30 8963")]),  # new: was a trunk-prefix phone
        ("social_security_no", "041 72 5530", [("US_SSN", "041 72 5530")]),  # new
        ("phone", "062 30 8963", [("PHONE_NUMBER", "062 30 8963")]),  # guard: a phone column keeps the phone
        ("ssn", "666 30 8963", []),  # guard: area 666 is never assigned, and the column says it is no phone
        ("ssn", "078 05 1120", []),  # new (was a phone): the specimen SSN stays a placeholder, and no phone
    ],
)
def test_spaced_ssn_in_sql_column(analyzer: PiiAnalyzer, col: str, value: str, expected: list) -> None:
    assert typed(analyzer, _SQL.format(col=col, value=value)) == expected


def test_spaced_ssn_under_a_key(analyzer: PiiAnalyzer) -> None:
    text = '{"employee": {"ssn": "071 44 2093"}}'  # guard (a context word already decided)
    assert typed(analyzer, text) == [("US_SSN", "071 44 2093")]


def test_spaced_shape_without_ssn_field_stays_phone(analyzer: PiiAnalyzer) -> None:
    text = "Office line: 062 30 8963 (mornings)."  # guard
    assert typed(analyzer, text) == [("PHONE_NUMBER", "062 30 8963")]


# ------------------------------------------------------------------ quoted values after short password names
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('stringData:\n  DB_PASS: "Quarry7781&"\n', ["Quarry7781&"]),  # new
        ("  db_pass: 'lantern-pebble-419'\n", ["lantern-pebble-419"]),  # new (three classes: lower, digit, symbol)
        ('  SMTP_PASS: "Kx9mWq2LzR4vTn8s"\n', ["Kx9mWq2LzR4vTn8s"]),  # new
        ('  DB_PASS: "${DB_PASSWORD}"\n', []),  # guard: a reference
        ('  pass: "changeme123"\n', []),  # guard: a placeholder
        ('  bypass: "Quarry7781&"\n', []),  # guard: not a password name
        ('  DB_PASS: "orchid"\n', []),  # guard: too short, one class
    ],
)
def test_quoted_password_after_pass_name(analyzer: PiiAnalyzer, text: str, expected: list[str]) -> None:
    assert [v for t, v in typed(analyzer, text) if t == "API_KEY"] == expected


# ------------------------------------------------------------------ curl -u after long header options
def test_curl_user_password_after_long_headers(analyzer: PiiAnalyzer) -> None:
    header = "X-Trace: " + "ab12" * 60  # new: the -u option is more than 200 characters after "curl"
    text = (
        "curl -sS -X POST https://api.example.org/v1/jobs \\\n"
        f"  -H '{header}' \\\n"
        "  -u deploy:Tansy4471* \\\n"
        "  -d '{}'"
    )
    assert ("API_KEY", "Tansy4471*") in typed(analyzer, text)


def test_curl_user_without_password_option(analyzer: PiiAnalyzer) -> None:
    text = "curl -sS https://api.example.org/v1/jobs -H 'Accept: application/json'\nthen run -u deploy:Tansy4471* later"
    assert ("API_KEY", "Tansy4471*") not in typed(analyzer, text)  # guard: another line, not curl's option


# ------------------------------------------------------------------ phones
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你好，我的快递还没到，请打我电话15927361048。", ["15927361048"]),  # new: Chinese mobile glued to 电话
        ("版本发布由王磊负责，有问题联系13762209415。", ["13762209415"]),  # new: 联系 (contact)
        ("Hi, my new number is 91 836 27 44 and I still can't log in.", ["91 836 27 44"]),  # new
        ("Proszę o kontakt pod numerem 621 408 775.", ["621 408 775"]),  # new
        ("快递单号679100153606从昨天起就没有更新", []),  # guard: a 12-digit tracking number
        ("编号13850692288的记录已删除", []),  # guard: an 11-digit number without a phone word
        ("Batch 13850692288 was processed.", []),  # guard
    ],
)
def test_phone_cues(analyzer: PiiAnalyzer, text: str, expected: list[str]) -> None:
    assert [v for t, v in typed(analyzer, text) if t == "PHONE_NUMBER"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: a dash between the number and the address
        ("3. Mr. and Mrs. Lindqvist — YES — 2 × fish — 8126 4419 — lindqvist.a@mailbox.example.se", ["8126 4419"]),
        ("Contact: tove.berg@fjordmail.no / 346 0517729", ["346 0517729"]),  # new
        ("See ticket 2024/118 — tove.berg@fjordmail.no", []),  # guard: a date-like ticket id is no number
    ],
)
def test_number_listed_next_to_email_with_dash_or_slash(analyzer: PiiAnalyzer, text: str, expected: list) -> None:
    assert [v for t, v in typed(analyzer, text) if t == "PHONE_NUMBER"] == expected
