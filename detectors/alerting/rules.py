"""Alert rules: what to watch, where, when to fire, how loud, and what to do.

Rules live in a TOML file (the defaults ship as ``default_rules.toml`` next to this module) and
are validated when loaded, with errors that name the rule, the key and the valid choices::

    [[rules]]
    name = "prompt-drift"
    signal = "prompt_drift"              # one of SIGNAL_KINDS
    severity = "warning"                 # info | warning | critical
    actions = ["slack", "reindex"]       # slack | retrain | reindex
    segments = [{ app = "support-*" }]   # glob patterns on app / model / prompt_version
    cooldown = "30m"

``condition = "verdict"`` (the default) follows the detector's own decision; ``"above"`` /
``"below"`` compare the signal's value with the rule's ``threshold`` and resolve only once the
value is back past ``resolve_threshold`` (hysteresis).

>>> config = parse_rules({"rules": [{"name": "tox", "signal": "toxicity", "severity": "critical"}]})
>>> rule = config.rules[0]
>>> rule.actions, rule.cooldown, rule.matches(Segment(app="chat", model="m"))
(('slack',), 1800.0, True)
>>> parse_rules({"rules": [{"name": "x", "signal": "toxic"}]}, source="rules.toml")
Traceback (most recent call last):
...
schemas.errors.ConfigError: invalid alert rules in rules.toml:
  rules[0] ('x') signal: unknown signal 'toxic' (did you mean 'toxicity'?); valid signals: prompt_drift, ...
"""

from __future__ import annotations

import difflib
import hashlib
import math
import tomllib
from collections.abc import Mapping
from fnmatch import fnmatchcase
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator

from detectors.alerting.durations import parse_duration
from schemas.alerts import ACTIONS, SEVERITIES, SIGNAL_KINDS, Action, AlertSignal, Segment, Severity, SignalKind
from schemas.errors import ConfigError

__all__ = [
    "AlertingConfig",
    "Condition",
    "Rule",
    "SegmentPattern",
    "load_default_rules",
    "load_rules",
    "parse_rules",
    "parse_rules_toml",
]

Condition = Literal["verdict", "above", "below"]
Duration = Annotated[float, BeforeValidator(parse_duration)]
_NAME_PATTERN = r"^[a-z0-9][a-z0-9_.-]{0,63}$"


def _one_of(kind: str, value: Any, valid: tuple[str, ...], plural: str = "") -> Any:
    if isinstance(value, str) and value not in valid:
        close = difflib.get_close_matches(value, valid, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ValueError(f"unknown {kind} {value!r}{hint}; valid {plural or kind + 's'}: {', '.join(valid)}")
    return value


class SegmentPattern(BaseModel):
    """Glob patterns (``fnmatch``, case-sensitive) on the three segment fields; ``*`` matches all.

    >>> SegmentPattern(app="support-*", prompt_version="v[23]").matches(Segment(app="support-eu", model="m",
    ...                                                                          prompt_version="v3"))
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    app: str = "*"
    model: str = "*"
    prompt_version: str = "*"

    def matches(self, segment: Segment) -> bool:
        """True when every field matches its pattern."""
        return (
            fnmatchcase(segment.app, self.app)
            and fnmatchcase(segment.model, self.model)
            and fnmatchcase(segment.prompt_version, self.prompt_version)
        )


class Rule(BaseModel):
    """One alert rule (see the module docstring and ``docs/alerting.md``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=_NAME_PATTERN, description="Unique rule name: lower-case letters, digits, - _ .")
    signal: SignalKind = Field(description="The signal kind the rule watches.")
    description: str = ""
    condition: Condition = "verdict"
    threshold: float | None = Field(None, description="Fire when value >= (above) or <= (below) this.")
    resolve_threshold: float | None = Field(
        None, description="Resolve when value < (above) or > (below) this; defaults to threshold."
    )
    severity: Severity = "warning"
    actions: tuple[Action, ...] = ("slack",)
    segments: tuple[SegmentPattern, ...] = (SegmentPattern(),)
    exclude: tuple[SegmentPattern, ...] = ()
    cooldown: Duration = Field(1800.0, description="Least event time between two firings per segment, seconds.")
    resolve_after: Duration = Field(0.0, description="The condition must stay clear this long to resolve, seconds.")
    min_events: int = Field(0, ge=0, description="Ignore signals computed over fewer events.")
    enabled: bool = True

    @field_validator("signal", mode="before")
    @classmethod
    def _known_signal(cls, value: Any) -> Any:
        return _one_of("signal", value, SIGNAL_KINDS)

    @field_validator("severity", mode="before")
    @classmethod
    def _known_severity(cls, value: Any) -> Any:
        return _one_of("severity", value, SEVERITIES, "severities")

    @field_validator("condition", mode="before")
    @classmethod
    def _known_condition(cls, value: Any) -> Any:
        return _one_of("condition", value, ("verdict", "above", "below"))

    @field_validator("actions", mode="before")
    @classmethod
    def _known_actions(cls, value: Any) -> Any:
        if isinstance(value, str):
            raise ValueError(f"actions must be a list, e.g. [{value!r}]")
        if isinstance(value, list | tuple):
            for item in value:
                _one_of("action", item, ACTIONS)
            if len(set(value)) != len(value):
                raise ValueError(f"duplicate actions in {list(value)}")
        return value

    @field_validator("threshold", "resolve_threshold", mode="before")
    @classmethod
    def _number(cls, value: Any) -> Any:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise ValueError(f"must be a number, got {value!r}")
        return value

    @field_validator("threshold", "resolve_threshold")
    @classmethod
    def _finite(cls, value: float | None) -> float | None:
        if value is not None and not math.isfinite(value):
            raise ValueError(f"must be a finite number, got {value}")
        return value

    @model_validator(mode="after")
    def _threshold_fits_condition(self) -> Rule:
        if self.condition == "verdict":
            if self.threshold is not None or self.resolve_threshold is not None:
                raise ValueError(
                    "threshold is only used with condition 'above' or 'below'; "
                    "with condition 'verdict' the detector's own threshold applies"
                )
            return self
        if self.threshold is None:
            raise ValueError(f"condition {self.condition!r} needs a threshold")
        resolve = self.resolve_threshold
        if resolve is not None:
            if self.condition == "above" and resolve > self.threshold:
                raise ValueError(
                    f"resolve_threshold {resolve} must be <= threshold {self.threshold} for condition 'above'"
                )
            if self.condition == "below" and resolve < self.threshold:
                raise ValueError(
                    f"resolve_threshold {resolve} must be >= threshold {self.threshold} for condition 'below'"
                )
        return self

    def matches(self, segment: Segment) -> bool:
        """True when ``segment`` matches one pattern of ``segments`` and none of ``exclude``."""
        return any(p.matches(segment) for p in self.segments) and not any(p.matches(segment) for p in self.exclude)

    def evaluate(self, signal: AlertSignal, active: bool) -> bool:
        """Whether the alert condition holds now, given whether it held before (hysteresis).

        >>> r = Rule(name="e", signal="error_rate", condition="above", threshold=0.1, resolve_threshold=0.05)
        >>> def s(v): return AlertSignal(kind="error_rate", segment=Segment(app="a", model="m"), state="ok",
        ...     value=v, threshold=0, event_id="e", timestamp="2026-01-01T00:00:00Z", detector="rate",
        ...     window_start="2026-01-01T00:00:00Z", window_end="2026-01-01T00:00:00Z", n_events=1)
        >>> r.evaluate(s(0.08), active=False), r.evaluate(s(0.08), active=True), r.evaluate(s(0.04), active=True)
        (False, True, False)
        """
        if self.condition == "verdict":
            return signal.state == "firing"
        assert self.threshold is not None
        resolve = self.threshold if self.resolve_threshold is None else self.resolve_threshold
        if self.condition == "above":
            return signal.value >= resolve if active else signal.value >= self.threshold
        return signal.value <= resolve if active else signal.value <= self.threshold

    def threshold_for(self, signal: AlertSignal) -> float:
        """The threshold an alert reports: the rule's, or the detector's for verdict rules."""
        return signal.threshold if self.threshold is None else self.threshold


class AlertingConfig(BaseModel):
    """A rule file: engine-wide lifecycle settings plus the rules."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[1] = 1
    group_window: Duration = Field(
        300.0, description="Slack storm control: alerts of one rule within this window share a message, seconds."
    )
    flap_window: Duration = Field(3600.0, description="Window in which state changes count as flapping, seconds.")
    flap_threshold: int = Field(
        6, ge=2, description="State changes within flap_window that mark a segment as flapping."
    )
    max_listed: int = Field(10, ge=1, le=40, description="Segments listed by name in a grouped Slack message.")
    rules: tuple[Rule, ...] = ()

    @model_validator(mode="after")
    def _unique_names(self) -> AlertingConfig:
        names = [rule.name for rule in self.rules]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"duplicate rule names: {', '.join(duplicates)}")
        return self

    def enabled_rules(self) -> tuple[Rule, ...]:
        """The rules with ``enabled = true``."""
        return tuple(rule for rule in self.rules if rule.enabled)

    def digest(self) -> str:
        """Short SHA-256 of the configuration (recorded in engine checkpoints)."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()[:16]


def _location(loc: tuple[int | str, ...], data: Mapping[str, Any]) -> str:
    parts: list[str] = []
    rules = data.get("rules")
    for index, item in enumerate(loc):
        if isinstance(item, int):
            parts[-1:] = [f"{parts[-1]}[{item}]"] if parts else [f"[{item}]"]
            if index == 1 and loc[0] == "rules" and isinstance(rules, list) and item < len(rules):
                name = rules[item].get("name") if isinstance(rules[item], dict) else None
                if name:
                    parts[-1] += f" ({name!r})"
        else:
            parts.append(str(item))
    head, rest = (parts[0], parts[1:]) if parts else ("(root)", [])
    return f"{head} {'.'.join(rest)}".strip() if rest else head


def _describe(error: ValidationError, data: Mapping[str, Any], source: str) -> str:
    lines = [f"invalid alert rules in {source}:"]
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        if item["type"] == "extra_forbidden" and loc:
            key = str(loc[-1])
            owner = Rule if "rules" in loc[:1] and len(loc) == 3 else AlertingConfig
            close = difflib.get_close_matches(key, list(owner.model_fields), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            message = f"unknown key {key!r}{hint}"
            loc = loc[:-1]
        elif item["type"] == "missing":
            message = f"required key {loc[-1]!r} is missing"
            loc = loc[:-1]
        elif item["type"] == "value_error":
            message = str(item["msg"]).removeprefix("Value error, ")
        else:  # pydantic's own wording: say what was given
            given = item.get("input")
            shown = f" (got {given!r})" if isinstance(given, str | int | float | bool) else ""
            message = f"{item['msg']}{shown}"
        where = _location(loc, data)
        lines.append(f"  {where}: {message}" if where != "(root)" else f"  {message}")
    return "\n".join(lines)


def parse_rules(data: Mapping[str, Any], source: str = "<rules>") -> AlertingConfig:
    """Validate a parsed rule document; raises :class:`ConfigError` listing every problem."""
    try:
        return AlertingConfig.model_validate(dict(data))
    except ValidationError as exc:
        raise ConfigError(_describe(exc, data, source)) from None


def parse_rules_toml(text: str, source: str = "<rules>") -> AlertingConfig:
    """Parse and validate rules from TOML text."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid alert rules in {source}: not valid TOML: {exc}") from None
    return parse_rules(data, source)


def load_default_rules() -> AlertingConfig:
    """The rules shipped with driftline (``default_rules.toml``)."""
    text = resources.files(__package__).joinpath("default_rules.toml").read_text(encoding="utf-8")
    return parse_rules_toml(text, "default_rules.toml")


def load_rules(path: str | Path | None = None) -> AlertingConfig:
    """Rules from a TOML file, or the shipped defaults when ``path`` is None."""
    if path is None:
        return load_default_rules()
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read alert rules file {file}: {exc.strerror or exc}") from None
    return parse_rules_toml(text, str(file))
