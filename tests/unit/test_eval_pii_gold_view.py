"""The PII evaluation's two gold views (scripts/eval_pii.py): every span, or identifying spans only."""

from __future__ import annotations

import doctest
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_pii.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_pii_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_doctests_pass() -> None:
    failed, attempted = doctest.testmod(_load(), optionflags=doctest.ELLIPSIS)
    assert attempted > 0 and failed == 0


def test_identifying_view_moves_only_spans_marked_false() -> None:
    eval_pii = _load()
    rec = {
        "text": "Ada Lovelace, Jane Roe, 10.0.0.1, 8.8.4.5",
        "spans": [
            {"type": "PERSON", "start": 0, "end": 12, "identifying": False},
            {"type": "PERSON", "start": 14, "end": 22},
            {"type": "IP_ADDRESS", "start": 24, "end": 32, "identifying": False},
            {"type": "IP_ADDRESS", "start": 34, "end": 41, "identifying": True},
        ],
        "lookalikes": [{"kind": "version", "start": 0, "end": 1}],
    }
    (view,) = eval_pii.gold_view([rec], "identifying")
    assert [(s["type"], s["start"]) for s in view["spans"]] == [("PERSON", 14), ("IP_ADDRESS", 34)]
    assert [la["kind"] for la in view["lookalikes"]] == ["version", "notperson", "non_identifying_IP_ADDRESS"]
    assert eval_pii.gold_view([rec], "all") == [rec]
    assert len(rec["spans"]) == 4  # the input is not modified


def test_unknown_view_is_an_error() -> None:
    with pytest.raises(ValueError, match="valid: all, identifying"):
        _load().gold_view([], "strict")
