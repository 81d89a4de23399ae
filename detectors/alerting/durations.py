"""Durations in rule files: seconds as a number, or text such as ``90s``, ``30m``, ``1h30m``, ``2d``.

>>> parse_duration("1h30m"), parse_duration(45), parse_duration("0")
(5400.0, 45.0, 0.0)
>>> format_duration(5400), format_duration(45), format_duration(0)
('1h30m', '45s', '0s')
>>> parse_duration("5 minutes")
Traceback (most recent call last):
...
ValueError: invalid duration '5 minutes': use seconds or a string like 90s, 30m, 1h30m, 2d
"""

from __future__ import annotations

import math
import re

__all__ = ["format_duration", "parse_duration"]

_UNITS = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0}
_DURATION = re.compile(r"^(?:(\d+(?:\.\d+)?)d)?(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$")


def parse_duration(value: object) -> float:
    """Seconds (a non-negative float) from a number or a duration string."""
    if isinstance(value, bool):
        raise ValueError(f"invalid duration {value!r}: use seconds or a string like 90s, 30m, 1h30m, 2d")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        text = value.strip().lower()
        match = _DURATION.match(text) if text else None
        if text and re.fullmatch(r"\d+(?:\.\d+)?", text):
            seconds = float(text)
        elif match and any(match.groups()):
            seconds = sum(float(g) * unit for g, unit in zip(match.groups(), _UNITS.values(), strict=True) if g)
        else:
            raise ValueError(f"invalid duration {value!r}: use seconds or a string like 90s, 30m, 1h30m, 2d")
    else:
        raise ValueError(f"invalid duration {value!r}: use seconds or a string like 90s, 30m, 1h30m, 2d")
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"invalid duration {value!r}: must be finite and not negative")
    return seconds


def format_duration(seconds: float) -> str:
    """Compact text for a duration (whole seconds)."""
    remaining = round(seconds)
    if remaining <= 0:
        return "0s"
    parts = []
    for suffix, unit in _UNITS.items():
        count, remaining = divmod(remaining, int(unit))
        if count:
            parts.append(f"{count}{suffix}")
    return "".join(parts)
