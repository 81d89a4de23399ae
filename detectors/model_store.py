"""Where built model artifacts live, and how they are built, verified and swapped in atomically.

Every artifact driftline builds itself (the static embedding, the toxicity classifier, ...) is a
directory ``<model_dir>/<name>/`` holding its files plus a ``manifest.json`` that records what it
was built from (source model, package versions, dimensions, ...) and the SHA-256 of every file.

* ``model_dir`` is ``$DRIFTLINE_MODEL_DIR`` if set, else ``~/.cache/driftline/models``.
* An artifact counts as *built* only when its manifest exists, parses, and every listed file is
  present with the recorded size (and, by default, hash). A missing or partial build is absent.
* Builds run in a temporary sibling directory; the manifest is written last and the directory is
  renamed into place, so a crash never leaves a half-built artifact under the final name. An
  advisory file lock (POSIX) stops two processes from building the same artifact at once: the
  second waits, then finds the first one's result.

>>> artifact_dir("static-minilm-256", Path("/models"))
PosixPath('/models/static-minilm-256')
>>> artifact_dir("../etc", Path("/models"))
Traceback (most recent call last):
...
ValueError: artifact name must match [A-Za-z0-9][A-Za-z0-9._-]*, got '../etc'
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "MANIFEST_NAME",
    "MODEL_DIR_ENV",
    "BuildCallback",
    "BuildInfo",
    "artifact_dir",
    "build_atomically",
    "build_lock",
    "default_model_dir",
    "ensure_artifact",
    "file_sha256",
    "is_built",
    "package_versions",
    "read_manifest",
    "verify_artifact",
    "write_manifest",
]

logger = logging.getLogger(__name__)

#: Environment variable that overrides the default model directory.
MODEL_DIR_ENV = "DRIFTLINE_MODEL_DIR"
#: File name of the manifest inside every artifact directory.
MANIFEST_NAME = "manifest.json"
#: Version of the manifest layout written by :func:`write_manifest`.
MANIFEST_FORMAT = 1

_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class BuildInfo:
    """What a build callback reports about the artifact it just wrote (goes into the manifest).

    Attributes:
        source: What the artifact was built from (a model path or name, a data file, ...).
        versions: Package versions that determine the result (see :func:`package_versions`).
        details: Anything else worth recording (dimensions, hyper-parameters, build seconds).
    """

    source: str
    versions: Mapping[str, str] = field(default_factory=dict)
    details: Mapping[str, Any] = field(default_factory=dict)


#: A build step: writes an artifact's files into the (temporary) directory it is given.
BuildCallback = Callable[[Path], BuildInfo]


def default_model_dir() -> Path:
    """The root directory for built artifacts: ``$DRIFTLINE_MODEL_DIR`` or ``~/.cache/driftline/models``."""
    env = os.environ.get(MODEL_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path("~/.cache/driftline/models").expanduser()


def artifact_dir(name: str, model_dir: Path | None = None) -> Path:
    """The directory of artifact ``name`` under ``model_dir`` (default: :func:`default_model_dir`)."""
    if not _NAME_RE.fullmatch(name):
        raise ValueError(f"artifact name must match {_NAME_RE.pattern}, got {name!r}")
    return (model_dir if model_dir is not None else default_model_dir()) / name


def package_versions(*names: str) -> dict[str, str]:
    """Installed versions of the named distributions (``"absent"`` when not installed).

    >>> package_versions("surely-not-an-installed-distribution")
    {'surely-not-an-installed-distribution': 'absent'}
    """
    versions: dict[str, str] = {}
    for name in names:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _artifact_files(directory: Path) -> list[Path]:
    return sorted(
        p for p in directory.rglob("*") if p.is_file() and p.relative_to(directory).as_posix() != MANIFEST_NAME
    )


def write_manifest(directory: Path, name: str, info: BuildInfo) -> dict[str, Any]:
    """Hash every file under ``directory`` and write ``manifest.json`` there (atomically).

    Call it last, once every other file of the artifact is written. Returns the manifest.
    """
    files = {
        p.relative_to(directory).as_posix(): {"sha256": file_sha256(p), "bytes": p.stat().st_size}
        for p in _artifact_files(directory)
    }
    manifest: dict[str, Any] = {
        "manifest_format": MANIFEST_FORMAT,
        "name": name,
        "source": info.source,
        "versions": dict(info.versions),
        "details": dict(info.details),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "files": files,
    }
    tmp = directory / (MANIFEST_NAME + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, directory / MANIFEST_NAME)
    return manifest


def read_manifest(directory: Path) -> dict[str, Any] | None:
    """The parsed manifest of ``directory``, or ``None`` when it is missing or unreadable."""
    try:
        data = json.loads((directory / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("files"), dict) else None


def verify_artifact(directory: Path, check_hashes: bool = True) -> bool:
    """True when ``directory`` holds a complete build: manifest present, every file with its size and hash."""
    manifest = read_manifest(directory)
    if manifest is None or not manifest["files"]:
        return False
    for rel, meta in manifest["files"].items():
        path = directory / rel
        try:
            if not path.is_file() or path.stat().st_size != meta["bytes"]:
                return False
            if check_hashes and file_sha256(path) != meta["sha256"]:
                return False
        except (OSError, KeyError, TypeError):
            return False
    return True


def is_built(name: str, model_dir: Path | None = None, check_hashes: bool = True) -> bool:
    """True when artifact ``name`` under ``model_dir`` is a complete, verified build."""
    return verify_artifact(artifact_dir(name, model_dir), check_hashes=check_hashes)


@contextlib.contextmanager
def build_lock(final_dir: Path) -> Iterator[None]:
    """Advisory exclusive lock on ``.<name>.lock`` beside ``final_dir`` (a no-op where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX
        yield
        return
    lock_path = final_dir.parent / f".{final_dir.name}.lock"
    with lock_path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _make_readable(directory: Path) -> None:
    """Give a freshly built tree the usual 0755/0644 modes (``mkdtemp`` and some writers use 0700/0600)."""
    directory.chmod(0o755)
    for path in directory.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)


def build_atomically(final_dir: Path, build: BuildCallback, name: str | None = None) -> Path:
    """Run ``build(tmp_dir)``, write the manifest, then rename ``tmp_dir`` to ``final_dir``.

    An existing ``final_dir`` (valid or not) is replaced. On any exception the temporary
    directory is removed and ``final_dir`` is left as it was.

    Args:
        final_dir: Where the artifact ends up.
        build: Writes the artifact's files into the directory it is given; returns a :class:`BuildInfo`.
        name: Name recorded in the manifest (default: ``final_dir.name``).

    Returns:
        ``final_dir``.
    """
    final_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final_dir.name}.build-", dir=final_dir.parent))
    try:
        info = build(tmp)
        _make_readable(tmp)
        write_manifest(tmp, name or final_dir.name, info)
        if final_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{final_dir.name}.old-", dir=final_dir.parent))
            os.replace(final_dir, old / "artifact")
            os.replace(tmp, final_dir)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, final_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final_dir


def ensure_artifact(
    name: str,
    build: BuildCallback,
    model_dir: Path | None = None,
    force: bool = False,
) -> Path:
    """Return the directory of artifact ``name``, building it first if it is absent (or ``force``).

    Concurrent callers (threads or processes) serialise on a lock file; only the first builds.
    """
    final_dir = artifact_dir(name, model_dir)
    if not force and verify_artifact(final_dir):
        return final_dir
    final_dir.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(final_dir):
        if not force and verify_artifact(final_dir):  # built by someone else while we waited
            return final_dir
        logger.info("building model artifact %s into %s", name, final_dir)
        return build_atomically(final_dir, build, name=name)
