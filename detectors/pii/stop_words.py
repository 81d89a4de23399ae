"""spaCy's English stop words, read without importing spaCy.

``import spacy`` (which ``from spacy.lang.en.stop_words import STOP_WORDS`` triggers) loads thinc and
torch: ~250 MB of RSS per process (measured: a bare interpreter goes from 12 to 278 MB) for a list of
~330 words. The PERSON recognizer needs only the list, in the detector process and in the worker's
dead-letter redactor, so this module executes the installed package's data file
``spacy/lang/en/stop_words.py`` (plain Python, no imports) on its own: the same words, none of the
package.

>>> words = english_stop_words()
>>> "between" in words and "Maria" not in words
True

(``tests/unit/test_detector_imports.py`` checks, in a fresh interpreter, that spaCy stays unimported.)
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

__all__ = ["english_stop_words"]


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    """The words of ``spacy.lang.en.stop_words.STOP_WORDS`` (the installed spaCy's), spaCy not imported."""
    spec = importlib.util.find_spec("spacy")  # locates the package without executing its __init__
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("spaCy is not installed: the PERSON recognizer needs its English stop-word list")
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / "en" / "stop_words.py"
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # data file, no imports
    words = namespace["STOP_WORDS"]
    if not isinstance(words, set):
        raise ImportError(f"{path} does not define a STOP_WORDS set")
    return frozenset(str(w) for w in words)
