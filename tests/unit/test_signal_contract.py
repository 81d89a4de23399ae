"""Dashboards, report and seed data use the drift stage's real signal names (the contract)."""

from __future__ import annotations

import re
from pathlib import Path

from detectors.drift.records import SIGNALS
from tests.unit.monitoring_seed import _SIGNALS

ROOT = Path(__file__).parents[2]
LITERAL = re.compile(r"signal\s*(?:=|NOT IN|IN)\s*\(?((?:\s*'[a-z_]+'\s*,?)+)\)?")


def test_seed_uses_real_signal_names() -> None:
    assert set(_SIGNALS) <= set(SIGNALS)


def test_every_signal_literal_in_panels_and_report_is_a_real_signal() -> None:
    texts = [p.read_text() for p in (ROOT / "grafana" / "dashboards").glob("*.json")]
    texts.append((ROOT / "streams" / "report" / "queries.py").read_text())
    found = {
        name
        for text in texts
        for group in LITERAL.findall(text.replace('\\"', '"'))
        for name in re.findall(r"'([a-z_]+)'", group)
    }
    assert found, "expected signal filters in the drift panels"
    assert found <= set(SIGNALS), found - set(SIGNALS)
