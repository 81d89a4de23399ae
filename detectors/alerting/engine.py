"""The alert lifecycle: signals in, alerts, requests and Slack notifications out.

Pure and deterministic: time comes only from the signals (event time) and from the watermark
the caller passes; the same signal sequence always yields the same output, whatever the batch
boundaries. Per rule × segment the engine keeps one small state machine::

    idle ──condition holds──▶ firing ──condition clears──▶ resolving ──resolve_after elapsed──▶ idle
                                 ▲                              │
                                 └──────condition holds again───┘  (same alert, nothing sent)

* **Deduplication**: an alert is announced once per episode, however many signals repeat it.
* **Cooldown**: after an alert fires, the same rule × segment does not announce another for
  ``cooldown`` seconds; a re-fire inside the cooldown is held and announced when the cooldown ends
  if the condition still holds (``Alert.suppressed`` counts what was folded in). At most one
  firing message per rule × segment per cooldown, and at most one resolution per firing.
* **Hysteresis**: threshold rules resolve at ``resolve_threshold``; every rule may require the
  condition to stay clear for ``resolve_after`` seconds. A resolution is announced only for an
  alert whose firing was announced.
* **Flapping**: ``flap_threshold`` state changes within ``flap_window`` mark the rule × segment
  as flapping: its resolution then waits until it has been clear for ``flap_window``.
* **Storm control**: Slack notifications are grouped per rule and state (:mod:`.grouping`).

Timers (held firings, pending resolutions, grouping windows) fire when event time passes them:
call :meth:`AlertEngine.process` with each batch of signals and, between signals, the stream's
watermark (the latest event time seen), or :meth:`AlertEngine.advance`. State checkpoints with
:meth:`AlertEngine.to_dict` / :meth:`AlertEngine.from_dict`; after a restart or a rebalance,
:meth:`AlertEngine.restore` re-learns from recorded alerts (the ``alerts`` table) which alerts are
firing and which rule × segment is still in its cooldown.

>>> from datetime import datetime, timedelta, UTC
>>> from detectors.alerting.rules import Rule
>>> engine = AlertEngine([Rule(name="prompt-drift", signal="prompt_drift", actions=("slack", "reindex"))])
>>> t0 = datetime(2026, 3, 1, tzinfo=UTC)
>>> def sig(i, state):
...     return AlertSignal(kind="prompt_drift", segment=Segment(app="chat", model="m"), state=state, value=0.3,
...         threshold=0.1, event_id=f"e{i}", timestamp=t0 + timedelta(minutes=i), detector="mmd",
...         window_start=t0, window_end=t0 + timedelta(minutes=i), n_events=100)
>>> out = engine.process([sig(1, "firing"), sig(2, "firing"), sig(3, "firing"), sig(9, "ok")])
>>> [(a.state, a.event_id) for a in out.alerts], [type(r).__name__ for r in out.requests]
([('firing', 'e1'), ('resolved', 'e9')], ['ReindexRequest'])
>>> [n.state for n in out.notifications]
['firing', 'resolved']
"""

from __future__ import annotations

import hashlib
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from detectors.alerting.downstream import build_request
from detectors.alerting.durations import format_duration
from detectors.alerting.grouping import Grouper, Notification
from detectors.alerting.links import LinkBuilder
from detectors.alerting.rules import AlertingConfig, Rule
from schemas.alerts import Alert, AlertSignal, DownstreamRequest, Segment

__all__ = ["AlertDecision", "AlertEngine", "AlertOutput", "EngineStats", "RecordedAlert", "alert_id_for"]

_GROUP, _RESOLVE, _FIRE = 0, 1, 2  # timer ranks: at equal times, windows close before alerts move
_CHECKPOINT_FORMAT = 1
_PRUNE_EVERY = timedelta(minutes=10)
_MATCH_CACHE_MAX = 200_000


def alert_id_for(rule: str, segment: Segment, event_id: str, at: datetime, episode: int = 0) -> str:
    """Deterministic alert id: rule × segment × the event at which the episode began (× episode number)."""
    text = "\x1f".join([rule, *segment.key(), event_id, at.isoformat(), str(episode)])
    return hashlib.sha256(text.encode()).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class AlertDecision:
    """One alert message (firing or resolved) and what to do about it.

    ``requests`` are the retrain / re-index requests to publish (firing alerts only);
    ``notify`` says the rule asked for Slack (the messages themselves, possibly grouped and
    possibly later, are in :attr:`AlertOutput.notifications`).
    """

    alert: Alert
    requests: tuple[DownstreamRequest, ...] = ()
    notify: bool = False


@dataclass(slots=True)
class AlertOutput:
    """Everything one call produced, in event-time order."""

    decisions: list[AlertDecision] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    skipped: list[tuple[Alert, str]] = field(default_factory=list)

    @property
    def alerts(self) -> list[Alert]:
        """Every alert message (for the ``alerts`` table and ``llm.alerts``)."""
        return [d.alert for d in self.decisions]

    @property
    def requests(self) -> list[DownstreamRequest]:
        """Every retrain / re-index request."""
        return [r for d in self.decisions for r in d.requests]

    def extend(self, other: AlertOutput) -> None:
        """Append another output (keeps order)."""
        self.decisions.extend(other.decisions)
        self.notifications.extend(other.notifications)
        self.skipped.extend(other.skipped)

    def __bool__(self) -> bool:
        return bool(self.decisions or self.notifications or self.skipped)


@dataclass(frozen=True, slots=True)
class RecordedAlert:
    """What was recorded of one rule × segment: its latest alert message and when it last fired.

    ``last_fired_at`` is the time of the latest *firing* message (the cooldown runs from it);
    ``None`` when unknown.
    """

    latest: Alert
    last_fired_at: datetime | None = None


@dataclass(slots=True)
class EngineStats:
    """Counters (monotonic) of what the engine did."""

    signals: int = 0
    unmatched: int = 0
    below_min_events: int = 0
    stale: int = 0
    deduplicated: int = 0
    fired: int = 0
    resolved: int = 0
    held_by_cooldown: int = 0
    resolved_unannounced: int = 0
    notifications: int = 0
    skipped_transient: int = 0
    restored: int = 0


@dataclass(slots=True)
class _State:
    """One rule × segment."""

    phase: str = "idle"  # idle | firing | resolving
    active: bool = False  # the condition as last evaluated
    announced: bool = False
    alert_id: str = ""
    started_at: datetime | None = None
    last_signal_at: datetime | None = None
    last_announced_at: datetime | None = None
    pending_fire_at: datetime | None = None
    resolve_at: datetime | None = None
    transitions: list[datetime] = field(default_factory=list)
    suppressed: int = 0
    episodes: int = 0
    latest: AlertSignal | None = None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None


def _fmt_time(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC")


class AlertEngine:
    """Turns :class:`AlertSignal` sequences into alerts (see the module docstring).

    Parameters
    ----------
    rules:
        An :class:`AlertingConfig` (rules plus lifecycle settings) or a sequence of rules
        (lifecycle settings at their defaults).
    database:
        The ClickHouse database named in request queries.
    links:
        Builds the Grafana links put in alerts (none by default).
    """

    def __init__(
        self,
        rules: AlertingConfig | Sequence[Rule],
        *,
        database: str = "driftline",
        links: LinkBuilder | None = None,
    ) -> None:
        self.config = rules if isinstance(rules, AlertingConfig) else AlertingConfig(rules=tuple(rules))
        self.database = database
        self.links = links or LinkBuilder()
        self.stats = EngineStats()
        self._rules = {rule.name: rule for rule in self.config.enabled_rules()}
        self._by_kind: dict[str, list[Rule]] = {}
        for rule in self._rules.values():
            self._by_kind.setdefault(rule.signal, []).append(rule)
        self._flap_window = timedelta(seconds=self.config.flap_window)
        self._grouper = Grouper(self.config.group_window)
        self._states: dict[tuple[str, str, str, str], _State] = {}
        self._timers: list[tuple[datetime, int, tuple[str, ...]]] = []
        self._match_cache: dict[tuple[str, str, str, str], bool] = {}
        self._clock: datetime | None = None
        self._last_prune: datetime | None = None

    # --- public API -------------------------------------------------------------------
    @property
    def clock(self) -> datetime | None:
        """The latest event time seen (signals or watermarks)."""
        return self._clock

    def process(self, signals: Iterable[AlertSignal], watermark: datetime | None = None) -> AlertOutput:
        """Handle ``signals`` in order, then advance event time to ``watermark`` if given."""
        out = AlertOutput()
        for signal in signals:
            self._advance(signal.timestamp, out)
            self._handle(signal, out)
        if watermark is not None:
            self._advance(watermark, out)
        return out

    def advance(self, watermark: datetime) -> AlertOutput:
        """Let event time reach ``watermark``: fire held alerts, resolutions and grouped messages due."""
        return self.process((), watermark)

    def flush(self) -> AlertOutput:
        """Send every notification waiting in a grouping window now (end of a replay)."""
        out = AlertOutput()
        if self._clock is not None:
            out.notifications.extend(self._grouper.flush_all(self._clock))
            self.stats.notifications += len(out.notifications)
        self._timers = [t for t in self._timers if t[1] != _GROUP]
        heapq.heapify(self._timers)
        return out

    def firing(self) -> list[tuple[str, Segment, str]]:
        """(rule, segment, alert_id) of every announced alert not yet resolved."""
        return [
            (key[0], Segment(app=key[1], model=key[2], prompt_version=key[3]), st.alert_id)
            for key, st in sorted(self._states.items())
            if st.announced
        ]

    def restore(self, records: Iterable[RecordedAlert]) -> int:
        """Align with alerts recorded outside this engine (after a restart or a rebalance).

        For each rule × segment, from its latest recorded message:

        * *firing*, and this engine does not know that alert: it becomes this engine's firing,
          announced alert (same ``alert_id``): a repeated onset is deduplicated, a recovery is
          announced as its resolution;
        * *resolved*, and this engine has that very alert firing: it was resolved elsewhere, so the
          rule × segment goes idle here without announcing anything;
        * otherwise the engine's own state stands (it is at least as recent).

        ``last_fired_at`` restores the cooldown. Records of rules not configured are ignored.
        Returns how many rule × segment states changed.
        """
        changed = 0
        for record in records:
            alert = record.latest
            rule = self._rules.get(alert.rule)
            if rule is None:
                continue
            key = (rule.name, *alert.segment.key())
            st = self._states.get(key)
            fired = record.last_fired_at
            if alert.state == "firing" and (st is None or st.alert_id != alert.alert_id):
                if st is not None and st.last_announced_at is not None and st.last_announced_at > alert.timestamp:
                    continue  # this engine announced something newer itself
                self._states[key] = self._recorded_firing(alert, fired)
                changed += 1
            elif alert.state == "resolved" and st is not None and st.announced and st.alert_id == alert.alert_id:
                st.phase, st.active, st.announced, st.alert_id = "idle", False, False, ""
                st.started_at = st.resolve_at = st.pending_fire_at = None
                changed += 1
            elif alert.state == "resolved" and st is None and fired is not None:
                self._states[key] = _State(last_announced_at=fired, last_signal_at=alert.timestamp)
                changed += 1
        self.stats.restored += changed
        return changed

    @staticmethod
    def _recorded_firing(alert: Alert, fired: datetime | None) -> _State:
        latest = AlertSignal(
            kind=alert.kind,
            segment=alert.segment,
            state="firing",
            value=alert.value,
            threshold=alert.threshold,
            event_id=alert.event_id,
            timestamp=alert.timestamp,
            detector=alert.detector,
            window_start=alert.window_start,
            window_end=alert.window_end,
            n_events=alert.n_events,
        )
        return _State(
            phase="firing",
            active=True,
            announced=True,
            alert_id=alert.alert_id,
            started_at=alert.started_at,
            last_signal_at=alert.timestamp,
            last_announced_at=fired or alert.timestamp,
            episodes=1,
            latest=latest,
        )

    # --- signals ----------------------------------------------------------------------
    def _matches(self, rule: Rule, segment: Segment) -> bool:
        key = (rule.name, *segment.key())
        hit = self._match_cache.get(key)
        if hit is None:
            if len(self._match_cache) >= _MATCH_CACHE_MAX:
                self._match_cache.clear()
            hit = self._match_cache[key] = rule.matches(segment)
        return hit

    def _handle(self, signal: AlertSignal, out: AlertOutput) -> None:
        self.stats.signals += 1
        matched = False
        for rule in self._by_kind.get(signal.kind, ()):
            if not self._matches(rule, signal.segment):
                continue
            matched = True
            if signal.n_events < rule.min_events:
                self.stats.below_min_events += 1
                continue
            key = (rule.name, *signal.segment.key())
            st = self._states.get(key)
            if st is None:
                if not rule.evaluate(signal, False):
                    continue  # nothing to remember about a clear segment
                st = self._states[key] = _State()
            elif st.last_signal_at is not None and signal.timestamp < st.last_signal_at:
                self.stats.stale += 1
                continue
            st.last_signal_at = signal.timestamp
            st.latest = signal
            active = rule.evaluate(signal, st.active)
            if active == st.active:
                self.stats.deduplicated += int(active)
                continue
            st.active = active
            self._transition(st, signal.timestamp)
            if active:
                self._rise(rule, key, st, signal, out)
            else:
                self._fall(rule, key, st, signal, out)
        if not matched:
            self.stats.unmatched += 1

    def _transition(self, st: _State, at: datetime) -> None:
        horizon = at - self._flap_window
        st.transitions = [t for t in st.transitions if t > horizon]
        st.transitions.append(at)

    def _flapping(self, st: _State, at: datetime) -> bool:
        horizon = at - self._flap_window
        return sum(1 for t in st.transitions if t > horizon) >= self.config.flap_threshold

    def _rise(self, rule: Rule, key: tuple[str, ...], st: _State, signal: AlertSignal, out: AlertOutput) -> None:
        at = signal.timestamp
        if st.phase == "resolving":
            st.resolve_at = None  # same alert continues; nothing to say
        else:
            st.episodes += 1
            st.alert_id = alert_id_for(rule.name, signal.segment, signal.event_id, at, st.episodes)
            st.started_at = at
            st.announced = False
        st.phase = "firing"
        if st.announced:
            return
        cooldown = timedelta(seconds=rule.cooldown)
        if st.last_announced_at is None or at >= st.last_announced_at + cooldown:
            self._announce(rule, st, signal, at, out)
        else:
            st.suppressed += 1
            self.stats.held_by_cooldown += 1
            st.pending_fire_at = st.last_announced_at + cooldown
            heapq.heappush(self._timers, (st.pending_fire_at, _FIRE, key))

    def _fall(self, rule: Rule, key: tuple[str, ...], st: _State, signal: AlertSignal, out: AlertOutput) -> None:
        delay = rule.resolve_after
        if self._flapping(st, signal.timestamp):
            delay = max(delay, self.config.flap_window)
        if delay <= 0:
            self._resolve(rule, st, signal, signal.timestamp, out)
            return
        st.phase = "resolving"
        st.resolve_at = signal.timestamp + timedelta(seconds=delay)
        heapq.heappush(self._timers, (st.resolve_at, _RESOLVE, key))

    # --- announcements ----------------------------------------------------------------
    def _announce(self, rule: Rule, st: _State, signal: AlertSignal, at: datetime, out: AlertOutput) -> None:
        st.announced = True
        st.last_announced_at = at
        st.pending_fire_at = None
        alert = self._alert(rule, st, signal, "firing", at)
        st.suppressed = 0
        requests = tuple(build_request(a, alert, self.database) for a in rule.actions if a != "slack")
        notify = "slack" in rule.actions
        out.decisions.append(AlertDecision(alert, requests, notify))
        self.stats.fired += 1
        if notify:
            self._notify(alert, at, out)

    def _resolve(self, rule: Rule, st: _State, signal: AlertSignal, at: datetime, out: AlertOutput) -> None:
        if st.announced:
            alert = self._alert(rule, st, signal, "resolved", at)
            notify = "slack" in rule.actions
            out.decisions.append(AlertDecision(alert, (), notify))
            self.stats.resolved += 1
            if notify:
                self._notify(alert, at, out)
        else:
            self.stats.resolved_unannounced += 1
        st.phase = "idle"
        st.announced = False
        st.alert_id = ""
        st.started_at = None
        st.resolve_at = None
        st.pending_fire_at = None

    def _notify(self, alert: Alert, at: datetime, out: AlertOutput) -> None:
        if alert.state == "resolved":
            waiting = self._grouper.cancel(alert)
            if waiting is not None:
                reason = "fired and resolved within one grouping window"
                out.skipped.extend([(waiting, reason), (alert, reason)])
                self.stats.skipped_transient += 1
                return
        notification, due = self._grouper.add(alert, at)
        if notification is not None:
            out.notifications.append(notification)
            self.stats.notifications += 1
        if due is not None:
            heapq.heappush(self._timers, (due, _GROUP, (alert.rule, alert.state)))

    def _alert(self, rule: Rule, st: _State, signal: AlertSignal, state: str, at: datetime) -> Alert:
        started = st.started_at or at
        flapping = self._flapping(st, at)
        if state == "firing" or rule.resolve_threshold is None:
            threshold = rule.threshold_for(signal)
        else:
            threshold = rule.resolve_threshold
        op = {"verdict": "vs", "above": ">=", "below": "<="}[rule.condition]
        if state == "resolved":
            op = {"verdict": "vs", "above": "<", "below": ">"}[rule.condition]
        measure = f"{signal.detector} {signal.value:.4g} {op} threshold {threshold:.4g}"
        label = f"{rule.signal} on {signal.segment.label()}"
        if state == "firing":
            message = f"{label}: {measure} ({signal.n_events} events, window from {_fmt_time(signal.window_start)})"
            if st.suppressed:
                message += f"; {st.suppressed} re-fire(s) held by the {format_duration(rule.cooldown)} cooldown"
        else:
            duration = format_duration((at - started).total_seconds())
            message = f"{label} recovered: {measure}; firing since {_fmt_time(started)} ({duration})"
        if flapping:
            changes = sum(1 for t in st.transitions if t > at - self._flap_window)
            message += f"; flapping ({changes} state changes within {format_duration(self.config.flap_window)})"
        return Alert(
            alert_id=st.alert_id,
            idempotency_key=f"{st.alert_id}:{state}",
            rule=rule.name,
            kind=rule.signal,
            severity=rule.severity,
            state=state,
            segment=signal.segment,
            value=signal.value,
            threshold=threshold,
            condition=rule.condition,
            event_id=signal.event_id,
            timestamp=at,
            started_at=started,
            detector=signal.detector,
            window_start=signal.window_start,
            window_end=signal.window_end,
            n_events=signal.n_events,
            message=message,
            actions=list(rule.actions),
            links=self.links.links(signal.segment, min(started, signal.window_start), at),
            flapping=flapping,
            suppressed=st.suppressed,
        )

    # --- time ---------------------------------------------------------------------------
    def _advance(self, at: datetime, out: AlertOutput) -> None:
        if self._clock is None or at > self._clock:
            self._clock = at
        clock = self._clock
        while self._timers and self._timers[0][0] <= clock:
            due, rank, key = heapq.heappop(self._timers)
            self._fire(due, rank, key, out)
        if self._last_prune is None:
            self._last_prune = clock
        elif clock - self._last_prune >= _PRUNE_EVERY:
            self._prune(clock)
            self._last_prune = clock

    def _fire(self, due: datetime, rank: int, key: tuple[str, ...], out: AlertOutput) -> None:
        if rank == _GROUP:
            notification, again = self._grouper.flush((key[0], key[1]), due)
            if notification is not None:
                out.notifications.append(notification)
                self.stats.notifications += 1
            if again is not None:
                heapq.heappush(self._timers, (again, _GROUP, key))
            return
        st = self._states.get(key)  # type: ignore[arg-type]
        rule = self._rules.get(key[0])
        if st is None or rule is None or st.latest is None:
            return
        if rank == _FIRE and st.pending_fire_at == due:
            st.pending_fire_at = None
            if st.phase == "firing" and not st.announced:
                self._announce(rule, st, st.latest, due, out)
        elif rank == _RESOLVE and st.resolve_at == due and st.phase == "resolving":
            self._resolve(rule, st, st.latest, due, out)

    def _prune(self, now: datetime) -> None:
        """Forget idle segments whose cooldown and flap window are over (bounded state)."""
        horizon = now - self._flap_window
        for key in list(self._states):
            st = self._states[key]
            rule = self._rules.get(key[0])
            if rule is None:
                del self._states[key]
                continue
            cooling = st.last_announced_at is not None and now < st.last_announced_at + timedelta(seconds=rule.cooldown)
            recent = any(t > horizon for t in st.transitions)
            if st.phase == "idle" and not st.active and not cooling and not recent:
                del self._states[key]

    # --- checkpoints --------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """JSON-ready state (restore with :meth:`from_dict`)."""
        keys = []
        for (rule, app, model, version), st in sorted(self._states.items()):
            keys.append(
                {
                    "rule": rule,
                    "segment": [app, model, version],
                    "phase": st.phase,
                    "active": st.active,
                    "announced": st.announced,
                    "alert_id": st.alert_id,
                    "started_at": _iso(st.started_at),
                    "last_signal_at": _iso(st.last_signal_at),
                    "last_announced_at": _iso(st.last_announced_at),
                    "pending_fire_at": _iso(st.pending_fire_at),
                    "resolve_at": _iso(st.resolve_at),
                    "transitions": [t.isoformat() for t in st.transitions],
                    "suppressed": st.suppressed,
                    "episodes": st.episodes,
                    "latest": st.latest.model_dump(mode="json") if st.latest else None,
                }
            )
        return {
            "format": _CHECKPOINT_FORMAT,
            "config_digest": self.config.digest(),
            "clock": _iso(self._clock),
            "last_prune": _iso(self._last_prune),
            "keys": keys,
            "groups": self._grouper.to_dict(),
            "stats": asdict(self.stats),
        }

    @classmethod
    def from_dict(
        cls,
        data: dict[str, Any],
        rules: AlertingConfig | Sequence[Rule],
        *,
        database: str = "driftline",
        links: LinkBuilder | None = None,
    ) -> AlertEngine:
        """An engine continuing from a checkpoint; state of rules no longer configured is dropped."""
        if data.get("format") != _CHECKPOINT_FORMAT:
            raise ValueError(f"unsupported alert engine checkpoint format {data.get('format')!r}")
        engine = cls(rules, database=database, links=links)
        engine._clock = _time(data["clock"])
        engine._last_prune = _time(data["last_prune"])
        known = set(EngineStats.__dataclass_fields__)
        engine.stats = EngineStats(**{k: v for k, v in data["stats"].items() if k in known})
        for item in data["keys"]:
            if item["rule"] not in engine._rules:
                continue
            st = _State(
                phase=item["phase"],
                active=item["active"],
                announced=item["announced"],
                alert_id=item["alert_id"],
                started_at=_time(item["started_at"]),
                last_signal_at=_time(item["last_signal_at"]),
                last_announced_at=_time(item["last_announced_at"]),
                pending_fire_at=_time(item["pending_fire_at"]),
                resolve_at=_time(item["resolve_at"]),
                transitions=[datetime.fromisoformat(t) for t in item["transitions"]],
                suppressed=item["suppressed"],
                episodes=item["episodes"],
                latest=AlertSignal.model_validate(item["latest"]) if item["latest"] else None,
            )
            key = (item["rule"], *item["segment"])
            engine._states[key] = st
            if st.pending_fire_at is not None:
                engine._timers.append((st.pending_fire_at, _FIRE, key))
            if st.resolve_at is not None:
                engine._timers.append((st.resolve_at, _RESOLVE, key))
        engine._grouper.restore(data["groups"], set(engine._rules))
        engine._timers.extend((due, _GROUP, group) for due, group in engine._grouper.timers())
        heapq.heapify(engine._timers)
        return engine
