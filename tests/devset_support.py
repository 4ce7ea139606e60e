"""What the tests of the annotated sets share: where they live, the corpus beside the
repository, the set's own validator and the scorer (``bench/score_quotes.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEVSET = REPO / "tests" / "fixtures" / "devset"
CORPORA = REPO.parent / "shared" / "corpora"
sys.path.insert(0, str(REPO / "bench"))
import score_quotes  # noqa: E402

needs_corpus = pytest.mark.skipif(
    not CORPORA.exists(), reason="the BBC corpus is not beside the repo"
)


def validate_module():
    """``tests/fixtures/devset/validate.py``, loaded as a module."""
    spec = importlib.util.spec_from_file_location("devset_validate", DEVSET / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


__all__ = ["CORPORA", "DEVSET", "REPO", "needs_corpus", "score_quotes", "validate_module"]
