"""The embedded store's lock: naming its holders, waiting for a short-lived one, refusing a second worker.

Every store is opened in a subprocess (the real chdb engine; one store per process), so the test
process never holds a lock itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from schemas.errors import StoreLockedError
from schemas.settings import Settings
from streams.store_lock import lock_holders
from streams.worker import advertise_store_owner, run_file_path

ROOT = Path(__file__).resolve().parents[2]


def hold_store(store_dir: Path, seconds: float) -> subprocess.Popen[str]:
    """A process that opens the store, prints ``held``, keeps it ``seconds``, then closes it and exits."""
    code = textwrap.dedent(
        f"""
        import time
        from streams.store import open_store
        store = open_store("chdb://{store_dir}")
        print("held", flush=True)
        time.sleep({seconds})
        store.close()
        """
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def open_in_subprocess(store_dir: Path, lock_wait_s: float) -> subprocess.CompletedProcess[str]:
    """Open the store in a new process with ``lock_wait_s``; prints ``opened`` or the error."""
    code = textwrap.dedent(
        f"""
        from schemas.errors import StoreLockedError
        from streams.store import open_store
        try:
            open_store("chdb://{store_dir}", lock_wait_s={lock_wait_s}).close()
            print("opened")
        except StoreLockedError as exc:
            print("locked:", exc)
        """
    )
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_the_holder_of_an_open_store_is_found_and_gone_after_it_exits(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    holder = hold_store(store_dir, 60)
    try:
        assert [h.pid for h in lock_holders(store_dir)] == [holder.pid]
        assert "streams.store" in lock_holders(store_dir)[0].command
    finally:
        holder.kill()
        holder.wait()
    assert lock_holders(store_dir) == []


def test_without_a_wait_the_error_names_the_holder(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    holder = hold_store(store_dir, 60)
    try:
        done = open_in_subprocess(store_dir, 0)
    finally:
        holder.kill()
        holder.wait()
    assert done.stdout.startswith("locked:"), done.stdout + done.stderr
    assert f"held by pid {holder.pid} (" in done.stdout


def test_a_starting_process_waits_for_a_short_lived_holder(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    holder = hold_store(store_dir, 2)
    done = open_in_subprocess(store_dir, 60)
    holder.wait()
    assert done.stdout.strip() == "opened", done.stdout + done.stderr


def test_the_wait_gives_up_at_its_deadline(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    holder = hold_store(store_dir, 120)
    try:
        started = time.monotonic()
        done = open_in_subprocess(store_dir, 1.5)
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert done.stdout.startswith("locked:") and f"pid {holder.pid}" in done.stdout, done.stdout + done.stderr
    assert waited >= 1.5


def settings_for(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "dl", web_port=6066)


def test_a_second_worker_on_a_data_dir_whose_owner_holds_the_store_is_refused(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    settings.data_dir.mkdir(parents=True)
    holder = hold_store(Path(settings.resolved_clickhouse_url()[len("chdb://") :]), 60)
    run_file_path(settings).write_text(json.dumps({"pid": holder.pid, "web": "http://127.0.0.1:1"}))
    try:
        with pytest.raises(StoreLockedError, match=f"driftline process {holder.pid} "):
            advertise_store_owner(settings)
    finally:
        holder.kill()
        holder.wait()
    assert json.loads(run_file_path(settings).read_text())["pid"] == holder.pid  # left as it was


def test_a_stale_run_file_is_taken_over(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    settings.data_dir.mkdir(parents=True)
    # a live pid that does not hold the store (a recycled pid) does not block the start
    run_file_path(settings).write_text(json.dumps({"pid": os.getppid(), "web": "http://127.0.0.1:1"}))
    advertise_store_owner(settings)
    written = json.loads(run_file_path(settings).read_text())
    assert written["pid"] == os.getpid() and written["web"] == "http://127.0.0.1:6066"
