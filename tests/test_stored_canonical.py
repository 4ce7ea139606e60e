"""The stored quotes of an export carry their speakers' corpus-canonical names: a quote
named otherwise is copied with the canonical name, one named so already is kept as is
(not copied: the copies were ~40% of ``Corpus.stored_loads``'s CPU)."""

from __future__ import annotations

from warreader.index.corpus_reads import _canonical
from warreader.index.model import Quote


class _Names:
    """Stored data that knows one surname's canonical name."""

    def canonical(self, name: str | None) -> str | None:
        return "Anna Kowalczyk" if name == "Kowalczyk" else name


def test_a_quote_gets_its_speakers_canonical_name():
    quote = Quote("We will build the bridge", 10, 36, speaker="Kowalczyk", role="mayor")
    renamed = _canonical(quote, _Names())
    assert renamed.speaker == "Anna Kowalczyk"
    assert (renamed.text, renamed.start, renamed.end, renamed.role) == \
        ("We will build the bridge", 10, 36, "mayor")
    assert quote.speaker == "Kowalczyk"  # the stored quote itself is left alone


def test_a_quote_named_canonically_or_unattributed_is_kept_as_it_is():
    named = Quote("The river is rising", 0, 19, speaker="Anna Kowalczyk")
    unattributed = Quote("Nobody knows", 30, 42)
    assert _canonical(named, _Names()) is named
    assert _canonical(unattributed, _Names()) is unattributed
