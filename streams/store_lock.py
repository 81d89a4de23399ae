"""Who holds an embedded store's lock.

The embedded engine (chdb) takes an exclusive ``flock`` on ``<store>/status`` and keeps that file
open for as long as a process has the store open; a second process cannot open the store until
the first closes it or exits. :func:`lock_holders` finds those processes through ``/proc`` (Linux;
elsewhere, or for processes of other users, it finds nothing) so an error can name them, and so a
process starting while a short-lived one (``driftline query``) has the store open can wait for it
instead of failing.

>>> import tempfile
>>> lock_holders(Path(tempfile.mkdtemp()))
[]
>>> describe_holders([LockHolder(42, "driftline query")])
'pid 42 (driftline query)'
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

__all__ = ["LockHolder", "describe_holders", "lock_holders"]

#: The file the embedded engine locks inside its store directory.
LOCK_FILE_NAME = "status"
_PROC = Path("/proc")


class LockHolder(NamedTuple):
    """A process with the store's lock file open: its pid and command line."""

    pid: int
    command: str


def _command_line(pid: str) -> str:
    try:
        raw = (_PROC / pid / "cmdline").read_bytes()
    except OSError:
        return "?"
    return " ".join(part.decode("utf-8", "replace") for part in raw.split(b"\0") if part)[:200] or "?"


def lock_holders(store_dir: Path) -> list[LockHolder]:
    """Other processes that have ``store_dir``'s lock file open (this process excluded), by pid."""
    target = str((store_dir / LOCK_FILE_NAME).resolve())
    own = str(os.getpid())
    holders = []
    try:
        pids = [entry.name for entry in _PROC.iterdir() if entry.name.isdigit() and entry.name != own]
    except OSError:
        return []
    for pid in pids:
        fd_dir = _PROC / pid / "fd"
        try:
            descriptors = list(fd_dir.iterdir())
        except OSError:  # gone, or another user's
            continue
        for fd in descriptors:
            try:
                if os.readlink(fd) == target:
                    holders.append(LockHolder(int(pid), _command_line(pid)))
                    break
            except OSError:
                continue
    return sorted(holders)


def describe_holders(holders: list[LockHolder]) -> str:
    """``pid N (command)`` for each holder, or a note that none could be seen."""
    if not holders:
        return "no process visible in /proc holds it now"
    return ", ".join(f"pid {h.pid} ({h.command})" for h in holders)
