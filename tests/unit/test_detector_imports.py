"""The default detectors load without spaCy, torch or scikit-learn (~400 MB per detector process).

Each process that builds the detectors (the worker's detector children, the dead-letter redactor,
``driftline score``) used to import spaCy for a stop-word list and scikit-learn for one hash
function. The replacements must give the same answers, and the heavy packages must stay out.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from detectors.pii.stop_words import english_stop_words
from detectors.toxicity.murmur import murmurhash3_32

ROOT = Path(__file__).resolve().parents[2]


def test_stop_words_are_spacys() -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    assert english_stop_words() == frozenset(STOP_WORDS)
    assert {"between", "n't", "’ve"} <= english_stop_words()


@pytest.mark.parametrize("length", range(0, 13))
def test_murmurhash_matches_scikit_learn(length: int) -> None:
    from sklearn.utils import murmurhash3_32 as reference

    rng = random.Random(length)
    alphabet = "abcXYZ019 -'’éßø中文ёж😀\t"
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(length))
        assert murmurhash3_32(text) == reference(text, seed=0, positive=True), text
    assert murmurhash3_32("x", seed=7) == reference("x", seed=7, positive=True)


def test_default_detectors_import_no_heavy_package(tmp_path: Path) -> None:
    """Build the default detectors in a fresh interpreter and list the heavy modules it loaded."""
    code = (
        "import sys, json\n"
        "from detectors.enrichment import DetectorConfig, EventDetectors\n"
        "det = EventDetectors(DetectorConfig())\n"
        "det.run(['e1'], ['Ask Maria Lopez, maria@example.org'], ['You idiot, kill the process'])\n"
        "print(json.dumps(sorted(m for m in ('spacy', 'torch', 'sklearn', 'thinc', 'transformers')"
        " if m in sys.modules)))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
