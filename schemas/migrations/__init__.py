"""Versioned ClickHouse migrations, as data.

Each migration is a ``NNNN_name.sql`` file in this package. Statements are separated by a
``;`` at the end of a line and use ``{db}`` for the database name. Applying them is the
store's job (:mod:`streams.store`); this module only lists and renders them.

>>> [m.version for m in load_migrations()][:1]
[1]
>>> load_migrations()[0].statements("driftline")[0].startswith("CREATE TABLE IF NOT EXISTS driftline.llm_events")
True
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources

__all__ = ["Migration", "load_migrations"]

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_DATABASE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Migration:
    """One versioned migration file."""

    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        """SHA-256 of the file, recorded when applied so edits to applied migrations are caught."""
        return hashlib.sha256(self.sql.encode()).hexdigest()

    def statements(self, database: str) -> list[str]:
        """The migration's statements, rendered for ``database``, comments stripped."""
        if not _DATABASE.match(database):
            raise ValueError(f"invalid database name {database!r}: letters, digits and _ only")
        body = "\n".join(line for line in self.sql.splitlines() if not line.lstrip().startswith("--"))
        parts = re.split(r";\s*$", body, flags=re.MULTILINE)
        return [part.strip().replace("{db}", database) for part in parts if part.strip()]


def load_migrations() -> list[Migration]:
    """Every migration shipped with driftline, in version order."""
    found = []
    for entry in resources.files(__package__).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return found
