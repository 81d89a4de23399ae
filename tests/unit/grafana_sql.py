"""Turn a Grafana panel's SQL into what ClickHouse receives, the way Grafana and the plugin do.

Two passes, in the order they happen in Grafana:

1. **Frontend** (`grafana-clickhouse-datasource` 4.20.0, ``src/data/CHDatasource.ts``,
   ``applyTemplateVariables``): ``$__conditionalAll(cond, $var)`` becomes ``1=1`` when ``var`` is
   "All" (its value is ``$__all``) or empty, else ``cond``; then Grafana's template service
   replaces ``$var`` / ``${var}`` / ``${var:format}`` / ``[[var]]``. Without a format the plugin's
   own formatter applies (an array becomes ``'a','b'``, a single value is inserted as is); the
   ``singlequote`` format quotes each value and escapes ``'`` as ``\\'``. "All" without a
   custom ``allValue`` expands to every option's value. Unknown variables are left as they are.
2. **Backend** (plugin 4.20.0, ``pkg/macros/macros.go``; identical expansions in 4.0-4.18):
   ``$__timeFilter(c)`` → ``c >= toDateTime(from) AND c <= toDateTime(to)`` (Unix seconds),
   ``$__timeFilter_ms``, ``$__fromTime``/``$__toTime`` (+ ``_ms``), ``$__dateFilter``,
   ``$__dateTimeFilter``/``$__dt``, ``$__timeInterval(c)`` →
   ``toStartOfInterval(toDateTime(c), INTERVAL n second)`` with ``n = max(interval, 1 s)``,
   ``$__timeInterval_ms``, ``$__interval_s``, ``$__timeFrom``, ``$__timeTo``, ``$__timeGroup``.
   Any other ``$__`` macro raises here (the plugin would pass it to ClickHouse unchanged, which
   fails), so dashboards cannot silently depend on a macro this module does not model.

>>> from datetime import datetime, UTC
>>> window = TimeWindow(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, 1, tzinfo=UTC), 60)
>>> expand_macros("SELECT $__timeInterval(ts) AS t", window)
'SELECT toStartOfInterval(toDateTime(ts), INTERVAL 60 second) AS t'
>>> expand_macros("WHERE $__timeFilter(ts)", window)
'WHERE ts >= toDateTime(1767225600) AND ts <= toDateTime(1767229200)'
>>> variables = {"app": Variable(["a", "o'b"], options=["a", "o'b", "c"])}
>>> apply_template("WHERE $__conditionalAll(app IN (${app:singlequote}), $app)", variables)
"WHERE app IN ('a','o\\\\'b')"
>>> apply_template("WHERE $__conditionalAll(app IN (${app:singlequote}), $app)", {"app": Variable.all(["a"])})
'WHERE 1=1'
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

__all__ = ["ALL", "TimeWindow", "Variable", "apply_template", "expand_macros", "render"]

#: Grafana's value for the "All" option of a variable.
ALL = "$__all"


@dataclass(frozen=True)
class Variable:
    """A dashboard variable's current selection (``value``) and its options."""

    value: list[str] | str
    options: list[str] = field(default_factory=list)
    all_value: str | None = None

    @classmethod
    def all(cls, options: Sequence[str]) -> Variable:
        """The "All" selection of a multi-value variable."""
        return cls([ALL], list(options))

    def is_all(self) -> bool:
        """True when "All" is selected."""
        return self.value == ALL or (isinstance(self.value, list) and ALL in self.value)

    def resolved(self) -> list[str] | str:
        """The value Grafana formats: "All" becomes every option (or the custom allValue)."""
        if self.is_all():
            return self.all_value if self.all_value is not None else list(self.options)
        return self.value


@dataclass(frozen=True)
class TimeWindow:
    """The dashboard time range and the panel's interval (seconds)."""

    start: datetime
    end: datetime
    interval_s: float

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("time window bounds must be timezone-aware")


# --- frontend: $__conditionalAll and template variables -------------------------------------
_CONDITIONAL_ALL = "$__conditionalAll("
# Grafana's variableRegex (public/app/features/variables/utils.ts).
_VARIABLE = re.compile(r"\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\${(\w+)(?:\.([^:^\}]+))?(?::([^\}]+))?}")
_VAR_IN_PARAM = re.compile(r"(?<=\$\{)[\w\d]+(?=\})|(?<=\$)[\w\d]+")


def _macro_args(query: str, args_index: int) -> list[str]:
    """Port of the plugin's ``getMacroArgs``: split at depth-1 commas, parentheses only."""
    args: list[str] = []
    depth = 0
    last = 1
    sub = query[args_index:]
    for match in re.finditer(r"\(|\)|,", sub):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        if token == "," and depth == 1:
            args.append(sub[last : match.end() - 1])
            last = match.end()
        if depth == 0:
            args.append(sub[last : match.end() - 1])
            return args
    return []


def _js_replace_once(text: str, pattern: str, replacement: str) -> str:
    """JavaScript ``String.prototype.replace`` with a string pattern: first occurrence only."""
    if re.search(r"\$[$&`']|\$\d", replacement):
        raise ValueError(f"replacement {replacement!r} holds a JavaScript replace pattern")
    return text.replace(pattern, replacement, 1)


def apply_conditional_all(sql: str, variables: Mapping[str, Variable]) -> str:
    """The plugin's ``applyConditionalAll``: innermost-last macros first, like the original."""
    index = sql.rfind(_CONDITIONAL_ALL)
    while index != -1:
        params = _macro_args(sql, index + len(_CONDITIONAL_ALL) - 1)
        if len(params) != 2:
            return sql
        phrase = params[0]
        found = _VAR_IN_PARAM.search(params[1].strip())
        if found:
            variable = variables.get(found.group())
            current = "" if variable is None else _js_to_string(variable.value)
            if current in ("", ALL):
                phrase = "1=1"
        sql = _js_replace_once(sql, f"{_CONDITIONAL_ALL}{params[0]},{params[1]})", phrase)
        index = sql.rfind(_CONDITIONAL_ALL)
    return sql


def _js_to_string(value: list[str] | str) -> str:
    return ",".join(value) if isinstance(value, list) else value


def _plugin_format(value: list[str] | str) -> str:
    """The plugin's default formatter (``CHDatasource.format``)."""
    return "'" + "','".join(value) + "'" if isinstance(value, list) else value


def _singlequote(value: list[str] | str) -> str:
    def quote(v: str) -> str:
        return "'" + v.replace("'", "\\'") + "'"

    return ",".join(quote(v) for v in value) if isinstance(value, list) else quote(value)


def _raw(value: list[str] | str) -> str:
    return ",".join(value) if isinstance(value, list) else value


_FORMATS: dict[str, Callable[[list[str] | str], str]] = {"singlequote": _singlequote, "raw": _raw}


def replace_variables(sql: str, variables: Mapping[str, Variable]) -> str:
    """Grafana's ``templateSrv.replace(sql, scopedVars, pluginFormat)``."""

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2) or match.group(4)
        fmt = match.group(3) or match.group(6)
        variable = variables.get(name)
        if variable is None:
            return match.group(0)
        if variable.is_all() and variable.all_value is not None:
            return variable.all_value
        value = variable.resolved()
        if fmt is None:
            return _plugin_format(value)
        if fmt not in _FORMATS:
            raise ValueError(f"variable format {fmt!r} is not modelled here; valid: {', '.join(_FORMATS)}")
        return _FORMATS[fmt](value)

    return _VARIABLE.sub(substitute, sql)


def apply_template(sql: str, variables: Mapping[str, Variable]) -> str:
    """Everything the browser does to a panel's SQL before it is sent to the plugin backend."""
    return replace_variables(apply_conditional_all(sql, variables), variables)


# --- backend: the plugin's macros ---------------------------------------------------------------
_MACRO = re.compile(r"\$__([A-Za-z_][A-Za-z0-9_]*)")


def _secs(t: datetime) -> int:
    return math.floor(t.timestamp())


def _ms(t: datetime) -> int:
    return math.floor(t.timestamp() * 1000)


def _date(t: datetime) -> str:
    return f"toDate('{t.astimezone(UTC):%Y-%m-%d}')"


def _need(name: str, args: list[str] | None, count: int) -> list[str]:
    if args is None or len(args) != count:
        raise ValueError(f"$__{name} expected {count} argument(s), received {0 if args is None else len(args)}")
    return args


def _expand_one(name: str, args: list[str] | None, w: TimeWindow) -> str:
    frm, to = f"toDateTime({_secs(w.start)})", f"toDateTime({_secs(w.end)})"
    frm_ms, to_ms = f"fromUnixTimestamp64Milli({_ms(w.start)})", f"fromUnixTimestamp64Milli({_ms(w.end)})"
    seconds = int(max(w.interval_s, 1))
    if name == "timeFilter":
        (c,) = _need(name, args, 1)
        return f"{c} >= {frm} AND {c} <= {to}"
    if name == "timeFilter_ms":
        (c,) = _need(name, args, 1)
        return f"{c} >= {frm_ms} AND {c} <= {to_ms}"
    if name == "timeFrom":
        (c,) = _need(name, args, 1)
        return f"{c} >= {frm}"
    if name == "timeTo":
        (c,) = _need(name, args, 1)
        return f"{c} <= {to}"
    if name in ("fromTime", "toTime", "fromTime_ms", "toTime_ms"):
        return {"fromTime": frm, "toTime": to, "fromTime_ms": frm_ms, "toTime_ms": to_ms}[name]
    if name == "dateFilter":
        (c,) = _need(name, args, 1)
        return f"{c} >= {_date(w.start)} AND {c} <= {_date(w.end)}"
    if name in ("dateTimeFilter", "dt"):
        d, c = _need(name, args, 2)
        return f"({d} >= {_date(w.start)} AND {d} <= {_date(w.end)}) AND ({c} >= {frm} AND {c} <= {to})"
    if name == "timeInterval":
        (c,) = _need(name, args, 1)
        return f"toStartOfInterval(toDateTime({c}), INTERVAL {seconds} second)"
    if name == "timeInterval_ms":
        (c,) = _need(name, args, 1)
        return f"toStartOfInterval(toDateTime64({c}, 3), INTERVAL {int(max(w.interval_s * 1000, 1))} millisecond)"
    if name == "interval_s":
        return str(seconds)
    raise ValueError(f"macro $__{name} is not modelled (plugin 4.20.0 semantics); use a documented one")


def _call_args(sql: str, open_index: int) -> tuple[list[str], int]:
    """Arguments of the call whose '(' is at ``open_index`` (balanced, quote-aware); end index."""
    depth, quote, start, args = 0, "", open_index + 1, []
    i = open_index
    while i < len(sql):
        ch = sql[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                args.append(sql[start:i].strip())
                return ([] if args == [""] else args), i + 1
        elif ch == "," and depth == 1:
            args.append(sql[start:i].strip())
            start = i + 1
        i += 1
    raise ValueError(f"unbalanced parentheses after {sql[max(0, open_index - 20) : open_index + 1]!r}")


def expand_macros(sql: str, window: TimeWindow) -> str:
    """The plugin backend's macro expansion (4.20.0), innermost macros first."""
    out: list[str] = []
    pos = 0
    for match in _MACRO.finditer(sql):
        if match.start() < pos:
            continue
        name, end = match.group(1), match.end()
        args: list[str] | None = None
        if end < len(sql) and sql[end] == "(":
            raw_args, end = _call_args(sql, end)
            args = [expand_macros(a, window) for a in raw_args]
        out.append(sql[pos : match.start()])
        out.append(_expand_one(name, args, window))
        pos = end
    out.append(sql[pos:])
    return "".join(out)


def render(sql: str, variables: Mapping[str, Variable], window: TimeWindow) -> str:
    """Frontend then backend: the SQL ClickHouse runs for this panel."""
    return expand_macros(apply_template(sql, variables), window)
