"""Two PII error classes found in session 9, with values and names written for these tests (none of a dev
set's strings).

API_KEY: passwords given on a command line (``--auth-password 'x'``, ``--password=x``, ``--db-pass x``,
``mysql -p'x'``/``-px``, ``sshpass -p``, ``openssl -pass pass:x``), as a password environment variable for
one command or exported (``PGPASSWORD=x psql``, ``export SSHPASS=x``, ``MYSQL_PWD=x``), and Wi-Fi/WPA
passwords ("wifi password is x", "WPA2 key: x", ``psk="x"``); guards: ports (``-p 5432``), switches
(``--ask-pass``, ``--password-stdin``, ``--password-file``), references, placeholders, prose.

PERSON: places and institutions named after people ("X Hospice", "X Apartments", "Queen X Park", "X Way
22", "on X Street", "the bus to X Hall", a ``Location`` field) and cities that are given names in a travel or
region-code context ("Flights to Charlotte", "Charlotte, NC"); guards: the same names as people.

Every positive case fails on the code before the change (checked against a snapshot of HEAD 6c48e12).
"""

from __future__ import annotations

import pytest

from detectors.pii.api_key import ApiKeyRecognizer
from detectors.pii.person import PersonRecognizer


@pytest.fixture(scope="module")
def person() -> PersonRecognizer:
    return PersonRecognizer(model="tagger")


def found(rec: ApiKeyRecognizer | PersonRecognizer, text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in sorted(rec.analyze(text), key=lambda d: d.span.start)]


# ---------------------------------------------------------------------------------------- API_KEY
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("swaks --to ops@example.org --auth-user relay@example.org --auth-password 'Qm7^vL2#xR9p' "
         "--server smtp.example.org", "Qm7^vL2#xR9p"),
        ("rclone config create box webdav --password=maple7harbor", "maple7harbor"),  # two classes only
        ("./backup.sh --db-pass Lantern42 --host db1", "Lantern42"),
        ("openssl enc -aes-256-cbc -pass pass:Orchid5Tree -in a.txt", "Orchid5Tree"),
        ("mysql -h 10.0.0.5 -u report -p'river9Stone' sales", "river9Stone"),
        ("mysqldump -uroot -pGr4nite_88 inventory > dump.sql", "Gr4nite_88"),
        ("sshpass -p 'copper-77-kite' ssh deploy@10.0.0.7", "copper-77-kite"),
        ("PGPASSWORD=ember42fox psql -h db.internal -U app", "ember42fox"),
        ("export SSHPASS='Quartz!lake'", "Quartz!lake"),
        ("MYSQL_PWD=walnut5 mysql -u app shop", "walnut5"),  # 7 characters: too short for assignment_password
    ],
)  # fmt: skip
def test_command_line_and_environment_passwords(text: str, expected: str) -> None:
    assert found(ApiKeyRecognizer(), text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The wifi password is sunflower2024.", "sunflower2024"),  # the full stop ends the sentence
        ("Guest Wi-Fi password: Kv.Lm3PaRq8", "Kv.Lm3PaRq8"),  # dotted, yet no identifier path
        ("WPA2 key: tangerine-88", "tangerine-88"),
        ('network={\n  ssid="Cabin"\n  psk="harbor-lights-9"\n}', "harbor-lights-9"),
    ],
)
def test_wifi_passwords(text: str, expected: str) -> None:
    assert found(ApiKeyRecognizer(), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "psql -h db -p 5432 -U app",  # -p is a port outside the MySQL clients
        "ssh -p 2222 deploy@host",
        "redis-cli -h cache -p 6379 ping",
        "app --port 5432 --password-file /run/secrets/db",  # --port is no secret; a file flag
        "ansible-playbook --ask-pass site.yml",  # a switch, then an argument
        "docker login --username bob --password-stdin < token.txt",
        "mysql -u root -p mydb",  # -p alone prompts; "mydb" is the database
        'deploy --password "$DB_PASSWORD"',  # references
        'mysql -u app -p"${MYSQL_PASS}" shop',
        "PGPASSWORD=$PGPASS psql -h db",
        "openssl enc -pass env:BACKUP_PW -in a.txt",
        "cli --password <your-password>",  # placeholders and prose
        "run --password secret",
        "the --password flag is required",
        "The wifi password is on the fridge.",
        "Wi-Fi password: available at reception",
    ],
)
def test_command_line_and_wifi_guards(text: str) -> None:
    assert found(ApiKeyRecognizer(), text) == []


# ----------------------------------------------------------------------------------------- PERSON
@pytest.mark.parametrize(
    "text",
    [
        "Volunteers needed at Helen Keller Hospice this weekend.",  # new institution heads
        "Our chaplain visits Edith Cavell Infirmary on Tuesdays.",
        "Rent is due to Harriet Lane Apartments by the 5th.",
        "Book a room at the Rosa Marsh Hostel.",
        "Stay at Grace Hill Suites near the station.",  # the head follows the span
        "Address: Rosa Parks Way 22, flat 3.",  # a street head before a house number
        "Deliveries: Emily Davison Lane 41b, back door.",
        "Drop the flyers on Eleanor Street, next to the bakery.",  # a location word before the span
        "Ring the bell near Emily Davison Square.",
        "The bus to Mary Seacole Hall leaves every 20 minutes.",  # a travel word before the span
        "The parade passes Queen Victoria Park at noon.",  # a royal title
        "The parade passes King Edward Street at noon.",
        "Venue: Grand Hotel, Ada Lovelace Street (parking behind).",  # a list of places
        "Location: Eleanor Park",  # a place field
        "Flights to Charlotte are cheap this month.",  # a city that is a given name, travel context
        "Welcome to Charlotte! Check-in is from 3 pm.",
        "Enjoy Victoria! The ferry leaves at 8.",
        "Offices: Charlotte, NC and Boise, ID.",  # before a region code
        "Login from 203.0.113.9 (São Paulo)\nAccount: x",  # a saint's name starts the span
        "Endereço: Rua Dom Pedro II, 1200, Centro",  # a street prefix before a title
    ],
)
def test_places_named_after_people_are_no_person(person: PersonRecognizer, text: str) -> None:
    assert found(person, text) == []


def test_a_residence_after_a_person_goes_the_person_stays(person: PersonRecognizer) -> None:
    text = "Ordered by: Lena Brook, Property Manager, Willow Bend Apartments"
    assert found(person, text) == ["Lena Brook"]


def test_place_column_keeps_the_person_column(person: PersonRecognizer) -> None:
    text = "| Volunteer | Phone | Location |\n|---|---|---|\n| Tom Reyes | 555-0100 | Margaret Hall |"
    assert found(person, text) == ["Tom Reyes"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks, Victoria said she would bring the slides.", ["Victoria"]),  # a city name as a person
        ("Dear Austin, welcome to the team.", ["Austin"]),
        ("Ask Charlotte to call me back.", ["Charlotte"]),
        ("Call Florence at 5 pm about the venue.", ["Florence"]),
        ("Send the contract to Mary Hall today.", ["Mary Hall"]),  # a bare "to" is no travel word
        ("I left the keys on Mary Hall's desk.", ["Mary Hall"]),  # a possessive keeps the person
        ("Please email Jisoo Park about the rota.", ["Jisoo Park"]),
        ("Referring physician: Dr. Santa Kalnina, office 4.", ["Santa Kalnina"]),  # Santa: a given name
        ("Name: Eleanor Park", ["Eleanor Park"]),  # a name field, not a place field
    ],
)
def test_people_with_place_like_names_stay(person: PersonRecognizer, text: str, expected: list[str]) -> None:
    assert found(person, text) == expected
