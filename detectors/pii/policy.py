"""Labelling policies: which detected values count as PII (docs/pii.md "Session 15").

``standard`` (the default) reports every value of a PII shape that passes its recognizer, as Presidio and most
evaluation sets do: a redactor that leaks a real address costs more than one that masks ``support@acme.com``.
``identifying`` also drops values that identify no person or system, by general published rules: addresses at
reserved domains and role mailboxes, fictional and freephone numbers, special-purpose IP ranges and public DNS
resolvers, published test cards, documentation IBANs, publishable and documentation keys. US_SSN and PERSON are
unchanged (placeholder SSNs and people are not PII under either policy).

>>> identifies_nobody("EMAIL_ADDRESS", "noreply@shop.io"), identifies_nobody("IP_ADDRESS", "84.17.52.3")
(True, False)
>>> identifies_nobody("US_SSN", "536-22-1234")
False
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from detectors.pii.api_key import key_identifies_nobody
from detectors.pii.credit_card import card_identifies_nobody
from detectors.pii.email import address_identifies_nobody as email_identifies_nobody
from detectors.pii.iban import example_iban
from detectors.pii.ip_address import address_identifies_nobody as ip_identifies_nobody
from detectors.pii.phone import number_identifies_nobody

__all__ = ["NOBODY_RULES", "PII_POLICIES", "PiiPolicy", "identifies_nobody"]

PiiPolicy = Literal["standard", "identifying"]
PII_POLICIES: tuple[PiiPolicy, ...] = ("standard", "identifying")

#: Per entity type: whether a reported value identifies nobody under the ``identifying`` policy.
NOBODY_RULES: dict[str, Callable[[str], bool]] = {
    "EMAIL_ADDRESS": email_identifies_nobody,
    "PHONE_NUMBER": number_identifies_nobody,
    "CREDIT_CARD": card_identifies_nobody,
    "IBAN_CODE": example_iban,
    "IP_ADDRESS": ip_identifies_nobody,
    "API_KEY": key_identifies_nobody,
}


def identifies_nobody(entity: str, value: str) -> bool:
    """Whether ``value``, reported as ``entity``, identifies no person or system (``identifying`` policy)."""
    rule = NOBODY_RULES.get(entity)
    return rule is not None and rule(value)
