"""The reader's corrections as a corpus applies them (a part of :class:`index.corpus.Corpus`).

Every article the corpus reads, for the index or to show it, goes through its
:class:`~index.annotations.indexed.CorrectedParse`; this part keeps that parse's rules
current and, at each refresh, names the files whose corrections changed since the
index last took them in (:mod:`index.annotations.indexed`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from warreader.index.annotations.correcting import CorrectionRules
from warreader.index.annotations.indexed import (
    changed_since,
    load_rules,
    stale_files,
    write_applied,
)

if TYPE_CHECKING:
    from warreader.index.annotations.corrections import Correction
    from warreader.index.annotations.indexed import CorrectedParse


class CorpusCorrections:
    """Corrections of a corpus; the class using it gives ``paths``, ``index_dir``,
    ``_parse`` (a CorrectedParse) and ``_corpus_data()``."""

    paths: list[Path]
    index_dir: Path
    _parse: CorrectedParse
    corrections_problem: str | None = None

    @property
    def corrections(self) -> CorrectionRules:
        """The corrections applied to every article read."""
        return self._parse.rules

    def use_corrections(self, corrections: Iterable[Correction]) -> None:
        """Apply ``corrections`` from now on (articles loaded after this show them); the
        next refresh re-reads the indexed articles whose corrections changed."""
        self._parse.rules = CorrectionRules.of(corrections, self.paths)

    def reload_corrections(self) -> None:
        """Read the corpus's corrections file again (another process may have changed
        it); a damaged file is set aside and said in :attr:`corrections_problem`."""
        self._parse.rules, self.corrections_problem = load_rules(self.paths)

    def _corrected_files(self, listed: list[str]) -> tuple[bool, set[str]]:
        """(whether the corrections changed since the index took them in, the files of
        ``listed`` to re-read for that); call holding the refresh lock."""
        changed = changed_since(self.index_dir, self.corrections)
        if not changed:
            return False, set()
        return True, stale_files(changed, self.paths, listed, self._corpus_data())

    def _corrections_indexed(self, rules: CorrectionRules, changed: bool) -> None:
        """Record that the index now holds ``rules`` (after a successful update)."""
        if changed:
            with contextlib.suppress(OSError):  # read-only: re-checked next time
                write_applied(self.index_dir, rules)
