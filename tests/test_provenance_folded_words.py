"""Words that fold to something holding a space (U+037A, Arabic presentation forms: NFKD
gives a space and a combining mark) or to nothing (a lone modifier apostrophe ʼ) are
folded to one token without a space, or dropped: the tokens read back from a saved
quote's words are then the tokens it was filed under, and re-reading its article takes
it out of every block. They were not, and the next time the article was read again,
grouping failed on a quote that was no longer filed (a KeyError, shown as a traceback by
`warreader index`, at every run after)."""

from __future__ import annotations

from warreader.index.provenance.grouper import Grouper
from warreader.index.provenance.model import Member
from warreader.index.provenance.normalise import fold_word, tokens
from warreader.index.provenance.provenance import Provenance
from warreader.index.provenance.tables import temporary

SAID = "It is the first mention of gold in a G7 communiqu\u037a for debt relief, we are told"
LONE = "The ferry will sail at dawn \u02bc whatever the weather says about it tomorrow"
ARABIC = "The council said \ufe70\ufe8d\ufe8e and then voted on the harbour plan again today"


def _member(aid: str, text: str) -> Member:
    return Member(aid, 0, len(text), text, "Anna Kowalczyk", "quote", f"{aid}.txt")


def test_a_folded_token_holds_no_space_and_is_never_empty():
    assert fold_word("communiqu\u037a") == "communiqu"
    for text in (SAID, LONE, ARABIC):
        words = tokens(text)
        assert all(w and not any(c.isspace() for c in w) for w in words), words
        assert tuple(" ".join(words).split()) == words  # as the saved words read back
    assert "communiqu" in tokens(SAID)
    assert tokens(LONE)[:6] == ("the", "ferry", "will", "sail", "at", "dawn")
    assert tokens(LONE)[6] == "whatever"


def test_an_article_read_again_leaves_no_stale_block_and_groups_as_before():
    g = Grouper(temporary())
    for text in (SAID, LONE, ARABIC):
        with g.transaction():
            g.add_article("a", [_member("a", text)])
            g.add_article("b", [_member("b", text)])
        for _ in range(2):  # read again (a changed file, another engine): replaced
            with g.transaction():
                g.add_article("a", [_member("a", text)])
        filed = {s for (s,) in g.db.execute("SELECT slot FROM members")}
        blocked = {s for (s,) in g.db.execute(
            "SELECT slot FROM whole UNION SELECT slot FROM pairs UNION SELECT slot FROM reps")}
        assert blocked <= filed, text
        groups = [{a for a, _, _ in keys} for keys in Provenance(g.db).partition()]
        assert {"a", "b"} in groups, text
        with g.transaction():
            g.remove_article("a")
            g.remove_article("b")
