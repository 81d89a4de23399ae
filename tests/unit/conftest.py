"""Fixtures shared by the unit tests: one PII analyzer of each kind per test session."""

from __future__ import annotations

import pytest

from detectors.pii import PiiAnalyzer


@pytest.fixture(scope="session")
def structured() -> PiiAnalyzer:
    """The regex-only analyzer (no PERSON)."""
    return PiiAnalyzer(person=False)


@pytest.fixture(scope="session")
def full() -> PiiAnalyzer:
    """The default analyzer, PERSON included."""
    return PiiAnalyzer()
