"""The built-in HTML report: content from the store, self-contained, and visible in a real browser."""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from schemas.errors import StoreError
from streams.report import build_report, load_report_data
from streams.store import Store
from tests.unit.monitoring_seed import Seeded, seed


class _Page(HTMLParser):
    """Collects images, links, scripts and text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.external: list[str] = []
        self.scripts = 0
        self.headings: list[str] = []
        self.text: list[str] = []
        self._in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "img":
            self.images.append(values.get("src") or "")
        if tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            value = values.get(key) or ""
            if value and not value.startswith(("data:", "#")):
                self.external.append(value)
        self._in_heading = tag in ("h2", "h3")

    def handle_endtag(self, tag: str) -> None:
        self._in_heading = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_heading:
            self.headings.append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def seeded(session_store: Store) -> tuple[Store, Seeded]:
    store = Store(session_store.client, session_store.url, f"report_{os.getpid()}")
    store.migrate()
    return store, seed(store)


@pytest.fixture(scope="module")
def report(seeded: tuple[Store, Seeded], tmp_path_factory: pytest.TempPathFactory) -> Path:
    store, _ = seeded
    return build_report(store, tmp_path_factory.mktemp("report") / "out" / "report.html", database=store.database)


def test_report_is_self_contained_with_every_view(report: Path, seeded: tuple[Store, Seeded]) -> None:
    page = _parse(report)
    assert page.scripts == 0 and page.external == []
    assert {"Overview", "Safety", "Drift", "Alerts"} <= set(page.headings)
    assert {"Segments", "Top offending segments", "Latest drift status per segment and signal"} <= set(page.headings)
    assert len(page.images) == 13
    for src in page.images:
        assert src.startswith("data:image/png;base64,")
        image = Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1])))
        assert image.format == "PNG" and image.size == (1000, 320)
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 16) or []) > 20, "a chart, not a blank image"
    text = "".join(page.text)
    _, data = seeded
    assert f"{data.events:,}" in text
    assert "o'hare-travel" in text  # escaped in the file, readable in the page
    assert "latency_drift" in text and "slack, retrain" in text


def test_report_window_limits_the_data(seeded: tuple[Store, Seeded]) -> None:
    store, data = seeded
    everything = load_report_data(store, store.database)
    assert everything.totals["n_events"] == data.events
    assert everything.window.start <= data.start and everything.window.end > data.end
    recent = load_report_data(store, store.database, hours=1.5)
    assert 0 < recent.totals["n_events"] < data.events
    assert all(
        t.timestamp() >= recent.window.start.timestamp() - 60 for times, _ in recent.traffic.values() for t in times
    )


class _JsonTransport:
    """What a worker's /query endpoint does to results: JSON on the wire, no native types."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def query(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        columns, rows = self.store.query(sql)
        body = json.loads(json.dumps({"columns": columns, "rows": rows}, default=str))
        return body["columns"], [tuple(row) for row in body["rows"]]


def test_report_data_survives_a_json_transport(seeded: tuple[Store, Seeded]) -> None:
    store, _ = seeded
    direct = load_report_data(store, store.database)
    remote = load_report_data(_JsonTransport(store), store.database)
    assert remote.window == direct.window
    for name in ("traffic", "error_rate", "prompt_drift", "scalar_drift", "alert_marks", "pii_rates", "alerts"):
        assert getattr(remote, name) == getattr(direct, name), name
    assert remote.totals["n_events"] == direct.totals["n_events"]


def test_empty_store_gives_a_report_without_charts(store: Store, tmp_path: Path) -> None:
    store.migrate()
    page = _parse(build_report(store, tmp_path / "empty.html", database=store.database, hours=24))
    assert page.images == []
    assert "no data in this window" in "".join(page.text)


def test_missing_tables_and_bad_names_are_reported(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="init-db"):
        build_report(store, tmp_path / "r.html", database=store.database)
    with pytest.raises(ValueError, match="invalid database name"):
        build_report(store, tmp_path / "r.html", database="x; DROP TABLE y")


_BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def _browser() -> str | None:
    return next((found for name in _BROWSERS if (found := shutil.which(name))), None)


@pytest.mark.skipif(_browser() is None, reason="no headless browser: apt-get install -y chromium")
def test_report_shows_its_charts_in_a_browser(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    command = [
        str(_browser()),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--hide-scrollbars",
        "--window-size=1280,2400",
        f"--screenshot={shot}",
        report.as_uri(),
    ]
    subprocess.run(command, check=True, timeout=120, capture_output=True)
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 2400)
    # Chart lines and bars are saturated colours; the page's own chrome (text, tables, the dark
    # header) is not. Broken or missing images would leave almost none.
    rgb = np.asarray(image, dtype=np.int16)
    colourful = int(((rgb.max(axis=2) - rgb.min(axis=2)) > 80).sum())
    assert colourful > 20_000, f"only {colourful} saturated pixels: the charts did not render"
