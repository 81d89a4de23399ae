"""Tests of detectors.model_store: locating, building atomically and verifying artifacts."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from detectors import model_store as ms


def _writer(payload: bytes = b"weights", calls: list[int] | None = None) -> ms.BuildCallback:
    def build(out: Path) -> ms.BuildInfo:
        if calls is not None:
            calls.append(1)
        (out / "weights.bin").write_bytes(payload)
        (out / "sub").mkdir()
        (out / "sub" / "vocab.txt").write_text("a\nb\n")
        return ms.BuildInfo(source="unit-test", versions={"numpy": "x"}, details={"dims": 4})

    return build


def test_default_model_dir_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ms.MODEL_DIR_ENV, str(tmp_path / "m"))
    assert ms.default_model_dir() == tmp_path / "m"
    assert ms.artifact_dir("tox") == tmp_path / "m" / "tox"
    monkeypatch.delenv(ms.MODEL_DIR_ENV)
    assert ms.default_model_dir() == Path.home() / ".cache" / "driftline" / "models"


@pytest.mark.parametrize("bad", ["", "../x", "a/b", ".hidden", "a b"])
def test_artifact_names_are_plain(bad: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="artifact name"):
        ms.artifact_dir(bad, tmp_path)


def test_build_writes_manifest_with_hashes(tmp_path: Path) -> None:
    out = ms.build_atomically(tmp_path / "art", _writer())
    manifest = ms.read_manifest(out)
    assert manifest is not None
    assert manifest["name"] == "art" and manifest["source"] == "unit-test"
    assert manifest["details"] == {"dims": 4}
    assert set(manifest["files"]) == {"weights.bin", "sub/vocab.txt"}
    assert manifest["files"]["weights.bin"]["sha256"] == ms.file_sha256(out / "weights.bin")
    assert ms.verify_artifact(out)
    assert [p.name for p in tmp_path.iterdir()] == ["art"]  # no temp dirs left behind
    assert (out / "weights.bin").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: (d / ms.MANIFEST_NAME).unlink(),
        lambda d: (d / ms.MANIFEST_NAME).write_text("{not json"),
        lambda d: (d / "weights.bin").unlink(),
        lambda d: (d / "weights.bin").write_bytes(b"weightz"),  # same size, different bytes
        lambda d: (d / "sub" / "vocab.txt").write_text("a\n"),
    ],
)
def test_damaged_builds_do_not_verify(tmp_path: Path, damage: object) -> None:
    out = ms.build_atomically(tmp_path / "art", _writer())
    damage(out)  # type: ignore[operator]
    assert not ms.verify_artifact(out)


def test_size_only_check_skips_hashing(tmp_path: Path) -> None:
    out = ms.build_atomically(tmp_path / "art", _writer())
    (out / "weights.bin").write_bytes(b"weightz")
    assert ms.verify_artifact(out, check_hashes=False)
    assert not ms.verify_artifact(out, check_hashes=True)


def test_failed_build_leaves_previous_artifact(tmp_path: Path) -> None:
    out = ms.build_atomically(tmp_path / "art", _writer(b"old"))

    def broken(d: Path) -> ms.BuildInfo:
        (d / "weights.bin").write_bytes(b"half")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        ms.build_atomically(out, broken)
    assert (out / "weights.bin").read_bytes() == b"old"
    assert ms.verify_artifact(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["art"]


def test_rebuild_replaces_invalid_artifact(tmp_path: Path) -> None:
    final = tmp_path / "art"
    final.mkdir()
    (final / "weights.bin").write_bytes(b"partial, no manifest")
    assert not ms.verify_artifact(final)
    calls: list[int] = []
    assert ms.ensure_artifact("art", _writer(b"new", calls), model_dir=tmp_path) == final
    assert (final / "weights.bin").read_bytes() == b"new" and calls == [1]
    assert ms.is_built("art", tmp_path)


def test_ensure_builds_once_and_force_rebuilds(tmp_path: Path) -> None:
    calls: list[int] = []
    ms.ensure_artifact("art", _writer(calls=calls), model_dir=tmp_path)
    ms.ensure_artifact("art", _writer(calls=calls), model_dir=tmp_path)
    assert calls == [1]
    ms.ensure_artifact("art", _writer(calls=calls), model_dir=tmp_path, force=True)
    assert calls == [1, 1]


def test_concurrent_callers_build_once(tmp_path: Path) -> None:
    calls: list[int] = []
    gate = threading.Barrier(4)

    def worker() -> None:
        gate.wait()
        ms.ensure_artifact("art", _writer(calls=calls), model_dir=tmp_path)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == [1]
    assert ms.is_built("art", tmp_path)


def test_manifest_is_plain_json(tmp_path: Path) -> None:
    out = ms.build_atomically(tmp_path / "art", _writer(), name="custom")
    data = json.loads((out / ms.MANIFEST_NAME).read_text())
    assert data["name"] == "custom" and data["manifest_format"] == ms.MANIFEST_FORMAT
