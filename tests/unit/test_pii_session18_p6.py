"""Session 18 (P6): credential formats that vendors document and v25 (development data now) showed missing.

Braintree access tokens, Square access tokens and OAuth secrets, HashiCorp Vault tokens, Notion integration tokens,
Doppler tokens and Discord bot tokens (whose first part must decode to the bot's numeric id). Cases marked ``new``
fail on the code before P6; guards pass on both. Every token is random text made up for the test.
"""

from __future__ import annotations

import pytest

from detectors.pii import PiiAnalyzer
from tests.unit.pii_cases import values

DISCORD = "NDEyMzQ1Njc4OTAxMjM0NTY3.lhQCvp.m8FOFlEsD4qmq5ShuHRWYl398Zp-kpmVxKGmZR"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "BT_ACCESS_TOKEN=access_token$sandbox$9lb38p3f54nm2uq1$946ca8b6124c22f8b6f22b4aa0db6196",
            "access_token$sandbox$9lb38p3f54nm2uq1$946ca8b6124c22f8b6f22b4aa0db6196",
        ),  # new
        ("pos token sq0atp-53W1FnTtqavzoXUzIwLKHr rotated", "sq0atp-53W1FnTtqavzoXUzIwLKHr"),  # new
        (
            "app secret: sq0csp-0rMTtJhsEK7GjFRYOYkmnPRZBiAGEKg6TmLqI2vYZ10",
            "sq0csp-0rMTtJhsEK7GjFRYOYkmnPRZBiAGEKg6TmLqI2vYZ10",
        ),  # guard: the assignment rule finds it already
        (
            "square  EAAAQIEfFjEjFfpPfIwn76YOzYL0IRWHaiXS24fEz0zlyAirTzRSxjvvU2Nt6iBS  (prod)",
            "EAAAQIEfFjEjFfpPfIwn76YOzYL0IRWHaiXS24fEz0zlyAirTzRSxjvvU2Nt6iBS",
        ),  # new
        (
            "login hvs.I3b5KBjXkNVZP5BaGJJ0DJgaXMXqBVzENJE3A1415Yjol2Yl9xUOtFdX0f7wWIVl2Hj7nq8ek1KSYoi7tgLxewvfMr",
            "hvs.I3b5KBjXkNVZP5BaGJJ0DJgaXMXqBVzENJE3A1415Yjol2Yl9xUOtFdX0f7wWIVl2Hj7nq8ek1KSYoi7tgLxewvfMr",
        ),  # new
        (
            "batch token: hvb.7wUkzSA1GAVHTar7BZVcKqzrfnskxiSRPCfgW1u1",
            "hvb.7wUkzSA1GAVHTar7BZVcKqzrfnskxiSRPCfgW1u1",
        ),  # new
        (
            "the notion one is ntn_RqX1JXDHKfoTe3D4X8ukWUfox3I7OFHX6GXy2zRtDWbGP7",
            "ntn_RqX1JXDHKfoTe3D4X8ukWUfox3I7OFHX6GXy2zRtDWbGP7",
        ),  # new
        (
            "doppler run --token dp.st.dev.71mQnbfzQWxTeKarnpIiTPub8ioTTCrbHBR7VGkr",
            "dp.st.dev.71mQnbfzQWxTeKarnpIiTPub8ioTTCrbHBR7VGkr",
        ),  # new
        (
            "personal dp.pt.Ai5FNpNrEdHMTYwGdNDsZSsT6NamQO3HK4nbkt1pmAe",
            "dp.pt.Ai5FNpNrEdHMTYwGdNDsZSsT6NamQO3HK4nbkt1pmAe",
        ),  # new
        (f'bot = DiscordClient("{DISCORD}")', DISCORD),  # new
        (f"Authorization: Bot {DISCORD}", DISCORD),  # new
    ],
)
def test_documented_vendor_formats(structured: PiiAnalyzer, text: str, key: str) -> None:
    assert values(structured, text, "API_KEY") == [key]


@pytest.mark.parametrize(
    "text",
    [
        # a Discord-shaped token whose first part is not a numeric id
        'bot = DiscordClient("Tm90QW5JZEF0QWxsMTIzNDV4.lhQCvp.m8FOFlEsD4qmq5ShuHRWYl398Zp-kpmVxKGmZR")',
        # the same shape with no Discord/Bot word nearby: a dotted identifier, not checked
        f"see artifact {DISCORD} in the build cache",
        "the token is sq0atp-XXXXXXXXXXXXXXXXXXXXXX (placeholder)",
        "vault: hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "dp.st.prd.<your-service-token-goes-here>",
        "order access_token$production$ is missing its id",
    ],
)
def test_lookalikes_of_vendor_formats_are_not_keys(structured: PiiAnalyzer, text: str) -> None:
    assert values(structured, text, "API_KEY") == []
