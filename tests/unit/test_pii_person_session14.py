"""PII issue 3, session 14: PERSON mechanisms carried over from session 13 and finished, with strings written
for these tests (no dev set's names): names in scripts the tagger does not know (Indic, Thai, Ethiopic,
Cyrillic, Han "family given") in the contexts where Latin names are already taken, Korean/Japanese honorific
suffixes, attached self-introductions, Arabic titles, table cells in other scripts (not header rows),
Cyrillic "Surname, Given" rows, names written in lower case after a strong context, kinship/role nouns
before a name, and a transcript speaker written "Role (Name):".

Checked on the code before the change (HEAD 3d7db13, this file without the ``honorific_names`` import): every
case of new behaviour fails there (the two function-level tests, 8 of the 10 other-script positives, the Cyrillic
rows, the header-row/honorific cases, the lower-case names, the role nouns and speakers, the placeholders); the
Cyrillic names after "Ask for" and in a JSON name key already passed and are kept as guards; every negative passes
on both.
"""

from __future__ import annotations

import pytest

from detectors.pii.person import PersonRecognizer
from detectors.pii.person_scripts import caseless_name, honorific_names


@pytest.fixture(scope="module")
def rec() -> PersonRecognizer:
    return PersonRecognizer()


def names(rec: PersonRecognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text), key=lambda d: d.span.start)]


# ------------------------------------------------------------------ script shapes
def test_caseless_name_new_scripts() -> None:
    assert caseless_name("अनिल जोशी |", 0) == (0, 9, ["अनिल", "जोशी"])
    assert caseless_name("กมล สุขสันต์,", 0) == (0, len("กมล สุขสันต์"), ["กมล", "สุขสันต์"])
    assert caseless_name("松本 陽子 (", 0) == (0, 5, ["松本", "陽子"])
    # after a title or self-introduction the first two words of a longer run are the name
    text = "كريم العطار بخصوص الفاتورة"
    assert caseless_name(text, 0) is None
    assert caseless_name(text, 0, first_two=True) == (0, 11, ["كريم", "العطار"])


def test_honorific_names_leave_roles_out() -> None:
    text = "박소율 님께 전달해 주세요. 고객님 감사합니다. 松本 陽子様、部長様"
    got = [text[a:b] for a, b in honorific_names(text)]
    assert "박소율" in got and "松本 陽子" in got
    assert "고객" not in got and "部長" not in got


# ------------------------------------------------------------------ other scripts in known contexts
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("नमस्ते, मेरा नाम अनिल जोशी है। मेरा नंबर +91 98000 00000 है।", "अनिल जोशी"),
        ("สวัสดีค่ะ ดิฉันชื่อกมล สุขสันต์ โทร 081 000 0000", "กมล สุขสันต์"),
        ("안녕하세요, 박소율입니다. 연락처를 바꿔 주세요.", "박소율"),
        ("主文の件で、松本 陽子様から問い合わせがありました。", "松本 陽子"),
        ("أرجو كتابة رسالة إلى الدكتور كريم العطار بخصوص الموعد.", "كريم العطار"),
        ("Met with 松本 陽子 (COO at Brightwave) about the renewal.", "松本 陽子"),
        ("Please update the payroll record of كريم العطار (staff no. 1234).", "كريم العطار"),
        ("Ask for Михаил Орлов.", "Михаил Орлов"),
        ('{"holder": {"name": "Светлана Белова"}, "email": "sb@example.org"}', "Светлана Белова"),
        ("id,name,email\n7,अनिल जोशी,anil.j@example.org", "अनिल जोशी"),
    ],
)
def test_other_script_names_in_context(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in names(rec, text)


def test_cyrillic_inverted_rows(rec: PersonRecognizer) -> None:
    text = "Roster:\nОрлов, Михаил; m.orlov@example.org\nЗайцева, Ксения"
    assert names(rec, text) == ["Орлов, Михаил", "Зайцева, Ксения"]
    assert names(rec, "Город: Казань, Россия") == []


def test_other_script_non_names(rec: PersonRecognizer) -> None:
    header = "직원 명부\n이름 | 전화 | 메일 | 사번\n박소율 | 010-0000-0000 | s@example.org | E-0042\n"
    assert names(rec, header) == ["박소율"]  # the header row's cells name columns
    assert names(rec, "팀장님(박소율)께 보고서를 보내 주세요. 회신은 s@example.org 으로.") == ["박소율"]
    assert names(rec, "Translate to 日本語: good morning") == []
    assert names(rec, "请转告张先生，会议改到下午。") == []  # an unspaced run longer than a name


# ------------------------------------------------------------------ lower-case names
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CALLER: yeah it's uh mildred hollowbrook\nAGENT: thanks", "mildred hollowbrook"),
        ('{"user": "ottoline fairweather", "ts": "1712345678.0001", "text": "deploy failed"}', "ottoline fairweather"),
        ("[09:14] rosalind okwuosa: anyone seen the keys?", "rosalind okwuosa"),
        ("ok thanks mrs ezeagwu! see you friday", "ezeagwu"),
        ("pls also cc mildred at the front desk", "mildred"),
    ],
)
def test_lower_case_names_after_strong_context(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in names(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        "hi it's not working.",
        "this is great, thanks",
        "You can reach them through its official support page.",
        "Hola, mi pedido no llegó.",
        '{"user": "deploy", "ts": "1"}',
        "i'm sorry.",
    ],
)
def test_lower_case_phrases_are_no_names(rec: PersonRecognizer, text: str) -> None:
    assert names(rec, text) == []


# ------------------------------------------------------------------ kinship/role nouns, role speakers
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please call me or my sister Kelechukwu on +234 800 000 0000.", "Kelechukwu"),
        ("Our tutor Oyelaran helped a lot.", "Oyelaran"),
        ("represented by its managing director Halvard Øyen, and the Consultant", "Halvard Øyen"),
        ("[00:00:11] Agent (Hroswitha): Thanks for calling.\n[00:00:15] Customer: hi", "Hroswitha"),
    ],
)
def test_role_nouns_and_speakers(rec: PersonRecognizer, text: str, name: str) -> None:
    assert name in names(rec, text)


def test_role_words_need_a_name(rec: PersonRecognizer) -> None:
    assert names(rec, "Step (Optional): run the migration") == []
    assert names(rec, "my brother is ill, the director said no") == []


# ------------------------------------------------------------------ placeholders
def test_placeholder_people_are_no_names(rec: PersonRecognizer) -> None:
    assert names(rec, "Fill in the form like this: Name: John Doe, City: Anytown") == []
    assert names(rec, "Beispiel: Max Mustermann, Musterstraße 1") == []
    assert names(rec, "Exemplo: Fulano de Tal, CPF 000.000.000-00") == []
    assert names(rec, "Dear Joanna Doering, thanks") == ["Joanna Doering"]
