"""Alert rules and the alert lifecycle (pure: no Kafka, Slack or ClickHouse here).

* :mod:`.rules` — rule files (TOML), validation, the shipped defaults.
* :mod:`.engine` — :class:`AlertEngine`: dedup, cooldown, hysteresis, flapping, storm control.
* :mod:`.grouping` — grouped Slack notifications.
* :mod:`.downstream` — retrain / re-index requests with their ClickHouse query.
* :mod:`.blocks` — Slack Block Kit rendering of notifications.
* :mod:`.links` — Grafana links.
"""

from __future__ import annotations

from detectors.alerting.engine import AlertDecision, AlertEngine, AlertOutput, EngineStats, RecordedAlert
from detectors.alerting.grouping import Notification
from detectors.alerting.links import LinkBuilder
from detectors.alerting.rules import AlertingConfig, Rule, SegmentPattern, load_default_rules, load_rules

__all__ = [
    "AlertDecision",
    "AlertEngine",
    "AlertOutput",
    "AlertingConfig",
    "EngineStats",
    "LinkBuilder",
    "Notification",
    "RecordedAlert",
    "Rule",
    "SegmentPattern",
    "load_default_rules",
    "load_rules",
]
