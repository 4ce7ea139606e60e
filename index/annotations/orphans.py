"""Which corrections still find what they point at, and which are orphaned.

A quote correction is orphaned when its article is gone from the corpus or no longer
holds the quote's words; a split, when its article is gone or no longer quotes the
speaker; a rename or merge, when neither name is quoted anywhere. Orphans are listed
(the app's corrections screen, ``warreader corrections``), never dropped: the words
may come back, or the reader may remove them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from warreader.index.annotations.anchor import relative_path
from warreader.index.annotations.correcting import apply_corrections, same_speaker
from warreader.index.annotations.corrections import Correction

if TYPE_CHECKING:
    from warreader.index.corpus import Corpus


@dataclass(frozen=True)
class CorrectionState:
    """One correction, its number (1 = oldest) and why it is orphaned (None: it applies)."""

    number: int
    correction: Correction
    orphaned: str | None = None

    def to_dict(self) -> dict:
        """The JSON shape of ``warreader corrections --json``."""
        return {"number": self.number, **self.correction.to_dict(),
                "describe": self.correction.describe(), "orphaned": self.orphaned}


def correction_states(corpus: Corpus, speaker_names: list[str] | None = None
                      ) -> list[CorrectionState]:
    """Every correction of ``corpus`` with whether it still applies (reads the articles
    that corrections point at; rename and merge are checked against ``speaker_names``,
    the names and other names of every quoted speaker, else against the speakers of the
    index, so refresh it first)."""
    rules = corpus.corrections
    corrections = list(rules.corrections)
    why: dict[int, str] = {}
    files: dict[str, list[str]] = {}
    for file in corpus._list_files(corpus.paths):
        files.setdefault(relative_path(file, corpus.paths), []).append(file)
    applied: set[int] = set()
    for rel in {c.article_path for c in corrections if c.article_path is not None}:
        for file in files.get(rel, []):
            try:
                article, quotes = corpus._parse.raw(file)
            except Exception:  # noqa: BLE001 - unreadable now: its corrections are orphaned
                continue
            apply_corrections(article, quotes, rules, applied)
    names = _speaker_names(corpus) if speaker_names is None else speaker_names
    for n, c in enumerate(corrections):
        if c.article_path is not None:
            if c.article_path not in files:
                why[n] = f"{c.article_path} is no longer in the corpus"
            elif n not in applied:
                why[n] = ("the quote's words are no longer in the article" if c.anchor
                          else f"the article no longer quotes {c.name}")
        elif not any(same_speaker(s, c.name) or same_speaker(s, c.to) for s in names):
            why[n] = f"neither {c.name} nor {c.to} is quoted in the corpus"
    return [CorrectionState(n + 1, c, why.get(n)) for n, c in enumerate(corrections)]


def _speaker_names(corpus: Corpus) -> list[str]:
    out: list[str] = []
    for s in corpus.speakers():
        out += [s.name, *s.aliases]
    return out
