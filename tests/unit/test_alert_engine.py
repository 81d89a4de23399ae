"""Golden lifecycle tests of the alert engine: dedup, cooldown, hysteresis, flapping, storms, checkpoints."""

from __future__ import annotations

import itertools
import json
import math
import random
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from detectors.alerting import (
    AlertEngine,
    AlertingConfig,
    AlertOutput,
    LinkBuilder,
    RecordedAlert,
    Rule,
    SegmentPattern,
)
from schemas.alerts import Alert, AlertSignal, ReindexRequest, RetrainRequest

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def at(minute: float) -> datetime:
    return T0 + timedelta(minutes=minute)


def sig(
    minute: float,
    state: str = "firing",
    *,
    kind: str = "prompt_drift",
    app: str = "chat",
    model: str = "m1",
    version: str = "v1",
    value: float = 0.3,
    threshold: float = 0.1,
    n_events: int = 200,
) -> AlertSignal:
    return AlertSignal.model_validate(
        {
            "kind": kind,
            "segment": {"app": app, "model": model, "prompt_version": version},
            "state": state,
            "value": value,
            "threshold": threshold,
            "event_id": f"{app}-{model}-{version}-{minute:g}",
            "timestamp": at(minute),
            "detector": "mmd",
            "window_start": at(minute - 30),
            "window_end": at(minute),
            "n_events": n_events,
        }
    )


def rule(name: str = "prompt-drift", **kwargs: object) -> Rule:
    fields: dict[str, object] = {"name": name, "signal": "prompt_drift", "actions": ["slack"], **kwargs}
    return Rule.model_validate(fields)


def config(*rules: Rule, **kwargs: object) -> AlertingConfig:
    return AlertingConfig.model_validate({"rules": list(rules), **kwargs})


def summary(out: AlertOutput) -> list[tuple[str, str, float]]:
    """(rule, state, minute) of every alert."""
    return [(a.rule, a.state, (a.timestamp - T0).total_seconds() / 60) for a in out.alerts]


def run(engine: AlertEngine, signals: Sequence[AlertSignal], end: float | None = None) -> AlertOutput:
    out = engine.process(signals)
    if end is not None:
        out.extend(engine.advance(at(end)))
    return out


def test_sustained_drift_gives_one_alert_per_rule_and_segment_not_one_per_event() -> None:
    engine = AlertEngine(
        config(
            rule("prompt-drift", actions=["slack", "reindex"]),
            rule("chat-critical", severity="critical", segments=[{"app": "chat"}], actions=["retrain"]),
        )
    )
    signals = [sig(m, app=app) for m in range(120) for app in ("chat", "search")]
    out = run(engine, signals)
    assert summary(out) == [
        ("prompt-drift", "firing", 0.0),
        ("chat-critical", "firing", 0.0),
        ("prompt-drift", "firing", 0.0),
    ]
    assert [a.segment.app for a in out.alerts] == ["chat", "chat", "search"]
    assert [type(r) for r in out.requests] == [ReindexRequest, RetrainRequest, ReindexRequest]
    # Slack only for the rule that asks for it: the first segment at once, the second when its window closes
    shape = [(n.rule, n.alerts[0].segment.app, (n.timestamp - T0).total_seconds() / 60) for n in out.notifications]
    assert shape == [("prompt-drift", "chat", 0.0), ("prompt-drift", "search", 5.0)]
    assert engine.advance(at(200)).notifications == []
    assert engine.stats.deduplicated == (240 - 2) + (120 - 1)  # every repeat of the three announced keys


def test_recovery_resolves_exactly_once_with_the_same_alert_id() -> None:
    engine = AlertEngine([rule()])
    out = run(engine, [sig(m) for m in range(10)] + [sig(m, "ok", value=0.05) for m in range(10, 40)])
    assert summary(out) == [("prompt-drift", "firing", 0.0), ("prompt-drift", "resolved", 10.0)]
    firing, resolved = out.alerts
    assert resolved.alert_id == firing.alert_id
    assert resolved.idempotency_key == f"{firing.alert_id}:resolved"
    assert resolved.started_at == at(0) and resolved.event_id == "chat-m1-v1-10"
    assert resolved.value == 0.05 and "recovered" in resolved.message and "10m" in resolved.message
    assert [n.state for n in out.notifications] == ["firing", "resolved"]
    assert out.requests == []  # resolutions request nothing


def test_detector_sending_only_transitions_works_the_same() -> None:
    engine = AlertEngine([rule()])
    out = run(engine, [sig(0), sig(10, "ok")])
    assert summary(out) == [("prompt-drift", "firing", 0.0), ("prompt-drift", "resolved", 10.0)]


def test_resolve_after_is_hysteresis_in_event_time() -> None:
    engine = AlertEngine([rule(resolve_after="5m")])
    signals = [sig(0), sig(10, "ok"), sig(12, "firing"), sig(20, "ok")] + [sig(m, "ok") for m in range(21, 30)]
    out = run(engine, signals)
    # the dip at 10-12 is absorbed (same alert, nothing said); the resolution is due at 20 + 5 = 25 exactly
    assert summary(out) == [("prompt-drift", "firing", 0.0), ("prompt-drift", "resolved", 25.0)]
    assert out.alerts[1].event_id == "chat-m1-v1-24"  # the latest signal before the timer fired


def test_pending_resolution_fires_from_the_watermark_alone() -> None:
    engine = AlertEngine([rule(resolve_after="5m")])
    out = run(engine, [sig(0), sig(10, "ok")])
    assert summary(out) == [("prompt-drift", "firing", 0.0)]
    assert summary(engine.advance(at(14.9))) == []
    assert summary(engine.advance(at(15))) == [("prompt-drift", "resolved", 15.0)]


def test_threshold_rule_uses_its_own_threshold_with_hysteresis() -> None:
    engine = AlertEngine(
        [rule("errors", signal="error_rate", condition="above", threshold=0.1, resolve_threshold=0.05)]
    )
    values = [0.02, 0.12, 0.08, 0.11, 0.06, 0.049, 0.07, 0.2]
    out = run(engine, [sig(m, "ok", kind="error_rate", value=v) for m, v in enumerate(values)])
    # the re-fire at 7 falls in the default 30 min cooldown: held, not announced
    assert summary(out) == [("errors", "firing", 1.0), ("errors", "resolved", 5.0)]
    assert engine.stats.held_by_cooldown == 1
    assert [a.threshold for a in out.alerts] == [0.1, 0.05]
    assert out.alerts[1].condition == "above" and "< threshold 0.05" in out.alerts[1].message


def test_threshold_rule_below() -> None:
    engine = AlertEngine([rule("feedback", signal="token_drift", condition="below", threshold=1.0, cooldown=0)])
    out = run(engine, [sig(m, "ok", kind="token_drift", value=v) for m, v in enumerate([2, 0.9, 0.95, 1.5])])
    assert summary(out) == [("feedback", "firing", 1.0), ("feedback", "resolved", 3.0)]


def test_cooldown_holds_a_refire_and_announces_it_when_the_cooldown_ends() -> None:
    engine = AlertEngine([rule(cooldown="30m")])
    signals = [sig(0), sig(5, "ok"), *[sig(m) for m in range(10, 45)]]
    out = run(engine, signals)
    assert summary(out) == [
        ("prompt-drift", "firing", 0.0),
        ("prompt-drift", "resolved", 5.0),
        ("prompt-drift", "firing", 30.0),
    ]
    held = out.alerts[2]
    assert held.suppressed == 1 and held.started_at == at(10) and held.event_id == "chat-m1-v1-29"
    assert held.alert_id != out.alerts[0].alert_id and "held by the 30m cooldown" in held.message


def test_cooldown_refire_that_recovers_inside_the_cooldown_is_never_announced() -> None:
    engine = AlertEngine([rule(cooldown="30m")])
    out = run(engine, [sig(0), sig(5, "ok"), sig(10), sig(15, "ok")], end=120)
    assert summary(out) == [("prompt-drift", "firing", 0.0), ("prompt-drift", "resolved", 5.0)]
    assert engine.stats.held_by_cooldown == 1 and engine.stats.resolved_unannounced == 1


def test_flapping_signal_gives_a_bounded_golden_sequence() -> None:
    engine = AlertEngine(config(rule(cooldown="30m"), flap_window="1h", flap_threshold=6))
    flips = [sig(m, "firing" if m % 2 == 0 else "ok") for m in range(360)]  # six hours of flapping
    calm = [sig(m, "ok") for m in range(360, 480)]
    out = run(engine, flips + calm)
    assert summary(out) == [
        ("prompt-drift", "firing", 0.0),
        ("prompt-drift", "resolved", 1.0),
        ("prompt-drift", "firing", 30.0),  # the held re-fire, flagged as flapping
        ("prompt-drift", "resolved", 419.0),  # last change at 359 + flap window of 60 min
    ]
    assert [a.flapping for a in out.alerts] == [False, False, True, False]  # calm for an hour when resolved
    assert len(out.notifications) == 4


def test_one_hundred_segments_drifting_together_give_a_bounded_number_of_messages() -> None:
    engine = AlertEngine(config(rule(actions=["slack", "retrain"]), group_window="5m"))
    apps = [f"app-{i:03d}" for i in range(100)]
    firing = [sig(m, app=app) for m in range(0, 30) for app in apps]
    recovered = [sig(m, "ok", app=app) for m in range(60, 70) for app in apps]
    out = run(engine, firing + recovered, end=90)
    assert len(out.alerts) == 200 and len(out.requests) == 100  # every segment is recorded and acted on
    shape = [(n.state, len(n.alerts), (n.timestamp - T0).total_seconds() / 60) for n in out.notifications]
    assert shape == [("firing", 1, 0.0), ("firing", 99, 5.0), ("resolved", 1, 60.0), ("resolved", 99, 65.0)]
    assert len({n.notification_id for n in out.notifications}) == 4


def test_a_storm_spread_over_time_stays_within_one_message_per_window() -> None:
    engine = AlertEngine(config(rule(), group_window="5m"))
    # one new segment every 10 s for 1,000 s
    out = run(engine, [sig(i / 6, app=f"a{i}") for i in range(100)], end=60)
    assert len(out.alerts) == 100
    assert sum(len(n.alerts) for n in out.notifications) == 100
    assert len(out.notifications) <= 1 + math.ceil(1000 / 300) + 1
    assert len(out.notifications) == 5


def test_group_window_zero_disables_grouping() -> None:
    engine = AlertEngine(config(rule(), group_window=0))
    out = run(engine, [sig(0, app=f"a{i}") for i in range(5)])
    assert [len(n.alerts) for n in out.notifications] == [1] * 5


def test_an_alert_resolving_inside_its_grouping_window_is_not_posted_but_recorded() -> None:
    engine = AlertEngine(config(rule(), group_window="5m"))
    out = run(engine, [sig(0, app="a"), sig(1, app="b"), sig(2, "ok", app="b")], end=30)
    assert summary(out) == [
        ("prompt-drift", "firing", 0.0),
        ("prompt-drift", "firing", 1.0),
        ("prompt-drift", "resolved", 2.0),
    ]
    assert [(n.state, [a.segment.app for a in n.alerts]) for n in out.notifications] == [("firing", ["a"])]
    assert [(a.segment.app, a.state) for a, _ in out.skipped] == [("b", "firing"), ("b", "resolved")]


def test_flush_sends_what_waits_in_windows() -> None:
    engine = AlertEngine(config(rule(), group_window="5m"))
    out = run(engine, [sig(0, app="a"), sig(1, app="b"), sig(2, app="c")])
    assert [len(n.alerts) for n in out.notifications] == [1]
    flushed = engine.flush()
    assert [[a.segment.app for a in n.alerts] for n in flushed.notifications] == [["b", "c"]]
    assert engine.advance(at(60)).notifications == []


def test_segment_globs_exclusions_min_events_and_stale_signals() -> None:
    engine = AlertEngine(
        [
            rule(
                segments=[SegmentPattern(app="support-*"), SegmentPattern(model="gpt-4*", prompt_version="v[23]")],
                exclude=[SegmentPattern(app="support-test")],
                min_events=50,
            )
        ]
    )
    out = engine.process(
        [
            sig(0, app="support-eu"),  # fires
            sig(0, app="support-test"),  # excluded
            sig(0, app="chat", model="gpt-4o", version="v3"),  # fires
            sig(0, app="chat", model="gpt-4o", version="v1"),  # no match
            sig(0, app="support-us", n_events=10),  # too few events
            sig(1, kind="toxicity", app="support-eu"),  # no rule for toxicity
        ]
    )
    assert [a.segment.key() for a in out.alerts] == [("support-eu", "m1", "v1"), ("chat", "gpt-4o", "v3")]
    assert engine.stats.below_min_events == 1 and engine.stats.unmatched == 3
    out = engine.process([sig(5, "ok", app="support-eu"), sig(3, "firing", app="support-eu")])
    assert summary(out) == [("prompt-drift", "resolved", 5.0)]
    assert engine.stats.stale == 1


def test_alert_content_links_and_requests() -> None:
    engine = AlertEngine(
        [rule(actions=["slack", "retrain", "reindex"], severity="critical")],
        database="prod_db",
        links=LinkBuilder("https://grafana.example.com", "/d/seg/driftline"),
    )
    alert = engine.process([sig(0)]).alerts[0]
    assert alert.severity == "critical" and alert.kind == "prompt_drift" and alert.value == 0.3
    assert alert.links["dashboard"].startswith("https://grafana.example.com/d/seg/driftline?var-app=chat&")
    assert alert.message == (
        "prompt_drift on chat / m1 / v1: mmd 0.3 vs threshold 0.1 (200 events, window from 2026-03-01 08:30:00 UTC)"
    )
    engine2 = AlertEngine([rule(actions=["retrain", "reindex"])], database="prod_db")
    retrain, reindex = engine2.process([sig(0)]).requests
    assert isinstance(retrain, RetrainRequest) and isinstance(reindex, ReindexRequest)
    assert retrain.idempotency_key == f"retrain:{retrain.alert_id}" and retrain.request_id == retrain.idempotency_key
    assert retrain.window.start == at(-30) and retrain.time_range.end == at(0)
    assert "FROM prod_db.llm_events FINAL" in retrain.query.sql and retrain.query.parameters["app"] == "chat"
    assert retrain.statistic == 0.3 and retrain.threshold == 0.1 and retrain.signal == "prompt_drift"


def random_signals(seed: int, n: int = 3000) -> list[AlertSignal]:
    rng = random.Random(seed)
    apps = ["a", "b", "c", "d"]
    kinds = ["prompt_drift", "toxicity"]
    state = {(app, kind): "ok" for app in apps for kind in kinds}
    out = []
    minute = 0.0
    for _ in range(n):
        minute += rng.choice([0, 0.5, 1, 2, 7])
        app, kind = rng.choice(apps), rng.choice(kinds)
        if rng.random() < 0.25:
            state[(app, kind)] = "firing" if state[(app, kind)] == "ok" else "ok"
        out.append(sig(minute, state[(app, kind)], kind=kind, app=app, value=rng.uniform(0, 0.4)))
    return out


def random_engine_config() -> AlertingConfig:
    return config(
        rule("p", cooldown="20m", actions=["slack", "reindex"]),
        rule("p-slow", cooldown="1h", resolve_after="10m", severity="critical"),
        rule("tox", signal="toxicity", cooldown="15m", condition="above", threshold=0.25, resolve_threshold=0.15),
        group_window="5m",
        flap_window="45m",
        flap_threshold=4,  # low, to exercise flapping often
    )


def dump(out: AlertOutput) -> str:
    return json.dumps(
        {
            "alerts": [a.model_dump(mode="json") for a in out.alerts],
            "requests": [r.model_dump(mode="json") for r in out.requests],
            "notifications": [[n.notification_id, n.timestamp.isoformat()] for n in out.notifications],
            "skipped": [[a.idempotency_key, reason] for a, reason in out.skipped],
        },
        sort_keys=True,
    )


def test_output_is_independent_of_batching_watermarks_and_checkpoints() -> None:
    signals = random_signals(7)
    reference = AlertEngine(random_engine_config())
    expected = reference.process(signals)
    expected.extend(reference.advance(signals[-1].timestamp + timedelta(days=1)))
    assert len(expected.alerts) > 20  # the sequence exercises the lifecycle

    rng = random.Random(11)
    engine = AlertEngine(random_engine_config())
    got = AlertOutput()
    i = 0
    while i < len(signals):
        size = rng.randint(1, 200)
        batch = signals[i : i + size]
        i += size
        got.extend(engine.process(batch, watermark=batch[-1].timestamp))
        if rng.random() < 0.3:  # checkpoint through JSON and continue in a new engine
            engine = AlertEngine.from_dict(json.loads(json.dumps(engine.to_dict())), random_engine_config())
    got.extend(engine.advance(signals[-1].timestamp + timedelta(days=1)))
    assert dump(got) == dump(expected)


def test_lifecycle_invariants_hold_on_random_streams() -> None:
    cfg = random_engine_config()
    cooldowns = {r.name: timedelta(seconds=r.cooldown) for r in cfg.rules}
    for seed in range(3):
        engine = AlertEngine(cfg)
        signals = random_signals(seed, 2000)
        out = engine.process(signals)
        out.extend(engine.advance(signals[-1].timestamp + timedelta(days=1)))
        per_key: dict[tuple[str, tuple[str, str, str]], list[Alert]] = defaultdict(list)
        for alert in out.alerts:
            per_key[(alert.rule, alert.segment.key())].append(alert)
        for (name, _), alerts in per_key.items():
            states = [a.state for a in alerts]
            assert states == ["firing", "resolved"] * (len(states) // 2) + ["firing"] * (len(states) % 2)
            for firing, resolved in zip(alerts[::2], alerts[1::2], strict=False):
                assert resolved.alert_id == firing.alert_id and resolved.timestamp >= firing.timestamp
            fired_at = [a.timestamp for a in alerts if a.state == "firing"]
            assert all(later - earlier >= cooldowns[name] for earlier, later in itertools.pairwise(fired_at))
        assert len({a.idempotency_key for a in out.alerts}) == len(out.alerts)
        # every alert of a slack rule is in exactly one notification or skipped as transient
        posted = [a.idempotency_key for n in out.notifications for a in n.alerts]
        skipped = [a.idempotency_key for a, _ in out.skipped]
        assert sorted(posted + skipped) == sorted(a.idempotency_key for a in out.alerts)


def test_idle_state_is_pruned() -> None:
    engine = AlertEngine([rule(cooldown="10m")])
    engine.process([sig(0, app=f"a{i}") for i in range(50)] + [sig(1, "ok", app=f"a{i}") for i in range(50)])
    assert len(engine.to_dict()["keys"]) == 50
    engine.advance(at(120))
    assert engine.to_dict()["keys"] == []
    # ...and pruning does not break a later episode
    assert summary(engine.process([sig(130, app="a1")])) == [("prompt-drift", "firing", 130.0)]


def test_checkpoint_drops_state_of_removed_rules() -> None:
    engine = AlertEngine([rule("keep"), rule("gone")])
    engine.process([sig(0)])
    restored = AlertEngine.from_dict(engine.to_dict(), [rule("keep")])
    assert [name for name, _, _ in restored.firing()] == ["keep"]
    assert summary(restored.process([sig(5, "ok")])) == [("keep", "resolved", 5.0)]


def recorded(out: AlertOutput) -> list[RecordedAlert]:
    """What the ``alerts`` table would give back: the latest message and last firing per rule × segment."""
    latest: dict[tuple[str, ...], Alert] = {}
    fired: dict[tuple[str, ...], datetime] = {}
    for alert in out.alerts:
        key = (alert.rule, *alert.segment.key())
        latest[key] = alert
        if alert.state == "firing":
            fired[key] = alert.timestamp
    return [RecordedAlert(alert, fired.get(key)) for key, alert in latest.items()]


def test_a_restarted_engine_restored_from_records_neither_refires_nor_forgets_to_resolve() -> None:
    before = AlertEngine([rule(cooldown="30m")])
    history = run(before, [sig(m) for m in range(5)] + [sig(m, app="other") for m in range(3)])
    fresh = AlertEngine([rule(cooldown="30m")])
    # Without the records, a fresh engine stays silent on the recovery and fires a duplicate on a re-onset.
    assert summary(AlertEngine([rule()]).process([sig(20, "ok")])) == []
    assert fresh.restore(recorded(history)) == 2 and fresh.stats.restored == 2
    assert [(r, s.app) for r, s, _ in fresh.firing()] == [("prompt-drift", "chat"), ("prompt-drift", "other")]
    assert summary(fresh.process([sig(m) for m in range(6, 12)])) == []  # the same alert: deduplicated
    out = fresh.process([sig(20, "ok", value=0.02)])
    assert summary(out) == [("prompt-drift", "resolved", 20.0)]
    assert out.alerts[0].alert_id == history.alerts[0].alert_id and out.alerts[0].started_at == at(0)
    assert [n.state for n in out.notifications] == ["resolved"]
    # The cooldown continues from the recorded firing: a re-fire at 25 min is held until 30 min.
    held = fresh.process([sig(25)], watermark=at(31))
    assert summary(held) == [("prompt-drift", "firing", 30.0)]
    # Restoring the same records again changes nothing the engine already knows better.
    assert fresh.restore(recorded(history)) == 0


def test_restore_follows_a_resolution_recorded_elsewhere_and_keeps_the_cooldown() -> None:
    engine = AlertEngine([rule(cooldown="30m")])
    fired = engine.process([sig(0)])
    other = AlertEngine([rule(cooldown="30m")])  # e.g. the worker that owned the segment meanwhile
    other.restore(recorded(fired))
    resolved = other.process([sig(10, "ok")])
    both = AlertOutput()
    both.extend(fired)
    both.extend(resolved)
    assert engine.restore(recorded(both)) == 1 and engine.firing() == []
    assert summary(engine.process([sig(40)])) == [("prompt-drift", "firing", 40.0)]  # a new episode
    # a resolved record seeds the cooldown of an engine that knew nothing
    cold = AlertEngine([rule(cooldown="30m")])
    assert cold.restore(recorded(both)) == 1 and cold.firing() == []
    assert summary(cold.process([sig(20)], watermark=at(29))) == []
    assert summary(cold.advance(at(30))) == [("prompt-drift", "firing", 30.0)]
    # records of rules that are not configured are ignored
    assert AlertEngine([rule("another")]).restore(recorded(both)) == 0
