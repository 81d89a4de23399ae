"""Rule files: defaults, TOML loading, and validation errors that say what is wrong and what is valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from detectors.alerting.durations import parse_duration
from detectors.alerting.rules import load_default_rules, load_rules, parse_rules, parse_rules_toml
from schemas.alerts import SIGNAL_KINDS, AlertSignal, Segment
from schemas.errors import ConfigError


def test_default_rules_cover_every_signal_and_are_sane() -> None:
    config = load_default_rules()
    assert sorted(rule.signal for rule in config.rules) == sorted(SIGNAL_KINDS)
    assert all(rule.condition == "verdict" and rule.cooldown >= 900 for rule in config.rules)
    by_name = {rule.name: rule for rule in config.rules}
    assert by_name["prompt-drift"].actions == ("slack", "reindex")
    assert by_name["response-drift"].actions == ("slack", "retrain")
    assert by_name["pii"].severity == "critical" and by_name["token-drift"].severity == "info"
    assert config.group_window == 300 and config.flap_window == 3600 and config.flap_threshold == 6
    assert load_rules(None) == config


def test_rules_load_from_a_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(
        """
group_window = "2m"

[[rules]]
name = "support-errors"
signal = "error_rate"
condition = "above"
threshold = 0.05
resolve_threshold = 0.03
severity = "critical"
actions = ["slack", "retrain"]
segments = [{ app = "support-*" }, { model = "gpt-4*", prompt_version = "v2" }]
exclude = [{ app = "support-staging" }]
cooldown = "1h30m"
resolve_after = 120
min_events = 25
""",
        encoding="utf-8",
    )
    config = load_rules(path)
    assert config.group_window == 120
    rule = config.rules[0]
    assert (rule.threshold, rule.resolve_threshold, rule.cooldown, rule.resolve_after) == (0.05, 0.03, 5400, 120)
    assert rule.matches(Segment(app="support-eu", model="x"))
    assert rule.matches(Segment(app="chat", model="gpt-4o", prompt_version="v2"))
    assert not rule.matches(Segment(app="support-staging", model="x"))
    assert not rule.matches(Segment(app="chat", model="gpt-4o", prompt_version="v3"))


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (
            {"name": "x", "signal": "prompt_drfit"},
            "rules[0] ('x') signal: unknown signal 'prompt_drfit' (did you mean 'prompt_drift'?); valid signals: "
            "prompt_drift, response_drift, latency_drift, token_drift, error_rate, refusal_rate, toxicity, pii",
        ),
        (
            {"name": "x", "signal": "pii", "actions": ["slack", "email"]},
            "rules[0] ('x') actions: unknown action 'email'; valid actions: slack, retrain, reindex",
        ),
        ({"name": "x", "signal": "pii", "actions": "slack"}, "actions must be a list, e.g. ['slack']"),
        ({"name": "x", "signal": "pii", "actions": ["slack", "slack"]}, "duplicate actions"),
        ({"name": "x", "signal": "pii", "severity": "high"}, "unknown severity 'high'; valid severities: info,"),
        ({"name": "x", "signal": "pii", "treshold": 1}, "rules[0] ('x'): unknown key 'treshold' (did you mean"),
        ({"name": "x", "signal": "pii", "condition": "above"}, "condition 'above' needs a threshold"),
        ({"name": "x", "signal": "pii", "threshold": 0.2}, "threshold is only used with condition 'above' or 'below'"),
        (
            {"name": "x", "signal": "pii", "condition": "above", "threshold": 0.1, "resolve_threshold": 0.2},
            "resolve_threshold 0.2 must be <= threshold 0.1 for condition 'above'",
        ),
        (
            {"name": "x", "signal": "pii", "condition": "below", "threshold": 0.1, "resolve_threshold": 0.05},
            "resolve_threshold 0.05 must be >= threshold 0.1 for condition 'below'",
        ),
        (
            {"name": "x", "signal": "pii", "condition": "above", "threshold": "high"},
            "rules[0] ('x') threshold: must be a number, got 'high'",
        ),
        ({"name": "x", "signal": "pii", "condition": "above", "threshold": True}, "must be a number, got True"),
        (
            {"name": "x", "signal": "pii", "condition": "above", "threshold": 0.1, "resolve_threshold": "0.05"},
            "resolve_threshold: must be a number, got '0.05'",
        ),
        ({"name": "x", "signal": "pii", "condition": "above", "threshold": float("nan")}, "finite number, got nan"),
        ({"name": "x", "signal": "pii", "min_events": "many"}, "min_events: Input should be a valid integer"),
        ({"name": "x", "signal": "pii", "enabled": "perhaps"}, "valid boolean, unable to interpret input (got 'perh"),
        (
            {"name": "x", "signal": "pii", "condition": "sideways"},
            "rules[0] ('x') condition: unknown condition 'sideways'; valid conditions: verdict, above, below",
        ),
        (
            {"name": "x", "signal": "latency"},
            "unknown signal 'latency' (did you mean 'latency_drift'?); valid signals: prompt_drift, response_drift,",
        ),
        ({"name": "x"}, "rules[0] ('x'): required key 'signal' is missing"),
        ({"name": "x", "signal": "pii", "condition": "above", "threshold": float("inf")}, "must be a finite number"),
        ({"name": "x", "signal": "pii", "cooldown": "5 minutes"}, "cooldown: invalid duration '5 minutes'"),
        ({"name": "x", "signal": "pii", "cooldown": -5}, "cooldown: invalid duration -5: must be finite and not"),
        ({"name": "Bad Name", "signal": "pii"}, "rules[0] ('Bad Name') name: String should match pattern"),
        ({"signal": "pii"}, "rules[0]: required key 'name' is missing"),
        ({"name": "x", "signal": "pii", "segments": [{"ap": "x"}]}, "unknown key 'ap'"),
    ],
)
def test_invalid_rules_are_reported_clearly(rules: dict[str, object], expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_rules({"rules": [rules]}, source="my-rules.toml")
    message = str(caught.value)
    assert message.startswith("invalid alert rules in my-rules.toml:\n")
    assert expected in message


def test_every_problem_is_listed_at_once() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_rules(
            {
                "group_windw": "5m",
                "rules": [{"name": "a", "signal": "toxic"}, {"name": "b", "signal": "pii", "severity": "loud"}],
            }
        )
    lines = str(caught.value).splitlines()[1:]
    assert len(lines) == 3
    assert any("unknown key 'group_windw' (did you mean 'group_window'?)" in line for line in lines)
    assert any(line.startswith("  rules[1] ('b') severity") for line in lines)


def test_duplicate_names_and_bad_toml() -> None:
    with pytest.raises(ConfigError, match="duplicate rule names: a"):
        parse_rules({"rules": [{"name": "a", "signal": "pii"}, {"name": "a", "signal": "toxicity"}]})
    with pytest.raises(ConfigError, match=r"invalid alert rules in x.toml: not valid TOML: .*line 1"):
        parse_rules_toml("[[rules]\nname=1", "x.toml")
    with pytest.raises(ConfigError, match="cannot read alert rules file"):
        load_rules("/nonexistent/rules.toml")


@pytest.mark.parametrize(
    ("text", "seconds"), [("90s", 90), ("30m", 1800), ("1h30m", 5400), ("2d", 172800), ("1.5h", 5400), (10, 10)]
)
def test_durations(text: object, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "5 min", "1h 30m", True, None, "-1s", float("nan")])
def test_bad_durations(text: object) -> None:
    with pytest.raises(ValueError, match="invalid duration"):
        parse_duration(text)


def test_verdict_rules_follow_the_detector() -> None:
    rule = parse_rules({"rules": [{"name": "p", "signal": "prompt_drift"}]}).rules[0]
    base = {
        "kind": "prompt_drift",
        "segment": {"app": "a", "model": "m"},
        "value": 5.0,
        "threshold": 1.0,
        "event_id": "e",
        "timestamp": "2026-01-01T00:00:00Z",
        "detector": "mmd",
        "window_start": "2026-01-01T00:00:00Z",
        "window_end": "2026-01-01T00:00:00Z",
        "n_events": 10,
    }
    assert rule.evaluate(AlertSignal.model_validate({**base, "state": "firing"}), active=False)
    assert not rule.evaluate(AlertSignal.model_validate({**base, "state": "ok"}), active=True)
    assert rule.threshold_for(AlertSignal.model_validate({**base, "state": "ok"})) == 1.0


def test_docs_show_the_shipped_default_rules() -> None:
    root = Path(__file__).resolve().parents[2]
    shipped = (root / "detectors" / "alerting" / "default_rules.toml").read_text(encoding="utf-8").strip()
    assert shipped in (root / "docs" / "alerting.md").read_text(encoding="utf-8")
