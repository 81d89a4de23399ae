"""``driftline reference pin|reset``: control a segment's drift reference (see streams.reference_control)."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import click

__all__ = ["reference"]


def _segment_options(f: Any) -> Any:
    f = click.option("--prompt-version", default="", show_default=True, help="Segment prompt version.")(f)
    f = click.option("--model", required=True, help="Segment model.")(f)
    return click.option("--app", required=True, help="Segment application.")(f)


def _when(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an RFC 3339 time") from None
    if t.tzinfo is None:
        raise click.BadParameter(f"{value!r} has no zone; add Z or an offset")
    return t


def _send(segment: tuple[str, str, str], messages: list[bytes]) -> None:
    from streams.cli import _settings
    from streams.reference_control import publish_control
    from streams.row_topic import features_topic_name

    settings = _settings()
    try:
        asyncio.run(publish_control(settings, features_topic_name(settings), segment, messages))
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None


@click.group()
def reference() -> None:
    """Pin or reset a segment's drift reference (applied by the worker that owns the segment)."""


@reference.command()
@_segment_options
def reset(app: str, model: str, prompt_version: str) -> None:
    """Forget the segment's reference: it warms up again on its next events."""
    from datetime import UTC

    from streams.reference_control import ControlCommand, encode_control

    segment = (app, model, prompt_version)
    now = datetime.now(UTC).isoformat()
    _send(segment, [encode_control(ControlCommand("reset", segment, requested_at=now))])
    click.echo(f"reset sent for {app} / {model} / {prompt_version or '-'}")


@reference.command()
@_segment_options
@click.option("--from", "start", default=None, help="Start (RFC 3339, inclusive) of the baseline time range.")
@click.option("--to", "end", default=None, help="End (RFC 3339, exclusive) of the baseline time range.")
def pin(app: str, model: str, prompt_version: str, start: str | None, end: str | None) -> None:
    """Pin the segment's reference: to its stored events of [--from, --to), or, without a range,
    keep the current reference and mark it pinned."""
    from streams.cli import _settings
    from streams.reference_control import count_sql, pin_messages, reference_features, reference_sql
    from streams.remote import run_query

    segment = (app, model, prompt_version)
    t0, t1 = _when(start), _when(end)
    if (t0 is None) != (t1 is None):
        raise click.UsageError("give both --from and --to, or neither")
    if t0 is None or t1 is None:
        _send(segment, pin_messages(segment, None))
        click.echo(f"pin of the current reference sent for {app} / {model} / {prompt_version or '-'}")
        return
    if t1 <= t0:
        raise click.UsageError("--to must be after --from")
    settings = _settings()
    db = settings.clickhouse_database
    total = int(run_query(settings, count_sql(db, segment, t0, t1))[1][0][0])
    columns, rows = run_query(settings, reference_sql(db, segment, t0, t1, settings.drift_reference_events, total))
    if not rows:
        raise click.ClickException(f"no stored events of {app} / {model} / {prompt_version or '-'} in that range")
    events = reference_features(columns, rows)
    _send(segment, pin_messages(segment, events))
    click.echo(f"pin sent for {app} / {model} / {prompt_version or '-'}: {len(events)} of {total} stored events")
