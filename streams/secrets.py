"""Secrets driftline keeps itself: the salt for hashing user ids."""

from __future__ import annotations

import os
import secrets

from schemas.settings import Settings

__all__ = ["load_hash_salt"]


def load_hash_salt(settings: Settings) -> bytes:
    """``DRIFTLINE_HASH_SALT`` if set; otherwise a random salt created once under ``data_dir``.

    The file is created with mode 0600. Every worker writing to one store must share the salt
    (set ``DRIFTLINE_HASH_SALT`` in deployments), or one user hashes to several ids.
    """
    if settings.hash_salt is not None:
        return settings.hash_salt.get_secret_value().encode()
    path = settings.data_dir / "hash_salt"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process created it first: use theirs
            return path.read_text().strip().encode()
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip().encode()
