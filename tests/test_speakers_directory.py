"""Speakers across articles: spellings merge, people and organisations never do.

Every article's attributions are the same whether it is read alone or in a folder
(canonical spellings aside): checked on text written here, through the real CLI, and
on the BBC corpus (slow).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from warreader.index.model import Quote
from warreader.index.names import name_keys
from warreader.index.quotes.name_lex import NAME_PARTICLES, first_names
from warreader.index.quotes.org_lex import ORG_NOUNS, ORG_SUFFIXES
from warreader.index.quotes.speakers import AliasTable, SpeakerDirectory, build_directory

from tests.cli_support import together_and_alone

BBC = Path(__file__).resolve().parents[2] / "shared/corpora/bbc"


def _directory(entries, aliases=None) -> SpeakerDirectory:
    """A directory of (article id, speaker) quotes."""
    directory = SpeakerDirectory(AliasTable.from_config(aliases))
    for article, name in entries:
        directory.add(article, Quote("x", 0, 1, speaker=AliasTable.from_config(aliases)
                                     .canonical(name)))
    return directory


def test_spokesmen_of_different_organisations_never_merge():
    directory = _directory([
        ("league", "a Premier League spokesman"), ("league2", "a Premier League spokesman"),
        ("phone", "a Vodafone spokesman"), ("phone2", "A Vodafone spokesman"),
        ("bbc", "a BBC spokesman"), ("apple", "an Apple spokesman"),
    ])
    assert directory.canonical("a Vodafone spokesman", "phone") == "a Vodafone spokesman"
    assert directory.canonical("A Vodafone spokesman", "phone2") == "a Vodafone spokesman"
    assert directory.canonical("a BBC spokesman", "bbc") == "a BBC spokesman"
    counts = {s.name: s.quote_count for s in directory.summaries()}
    assert counts == {"a Premier League spokesman": 2, "a Vodafone spokesman": 2,
                      "a BBC spokesman": 1, "an Apple spokesman": 1}


def test_bodies_sharing_words_stay_apart():
    """A body's name has no given names: "Football Association" in one article is not the
    "Scottish Football Association" of another; the same body's spellings still meet."""
    directory = _directory([
        ("fa", "Football Association"), ("sfa", "Scottish Football Association"),
        ("sfa2", "the Scottish Football Association"), ("p1", "Police"), ("p2", "police"),
    ])
    assert directory.canonical("Football Association", "fa") == "Football Association"
    scottish = directory.canonical("Scottish Football Association", "sfa")
    assert directory.canonical("the Scottish Football Association", "sfa2") == scottish
    counts = {s.name: s.quote_count for s in directory.summaries()}
    assert counts["Football Association"] == 1 and counts[scottish] == 2
    # "police" names no force: the police of one article are not another's
    assert [counts[n] for n in counts if n.casefold() == "police"] == [1, 1]


def test_descriptions_naming_nobody_stay_in_their_article():
    """ "a spokesman", "her lawyers", "the company" mean whoever their own article means:
    two articles' never merge, while the same article's quotes stay one speaker and a
    description that names a body ("a Vodafone spokesman") still meets its spellings."""
    directory = _directory([
        ("a", "a spokesman"), ("a", "a spokesman"), ("b", "a spokesman"),
        ("a", "her lawyers"), ("c", "her lawyers"), ("d", "the company"),
        ("e", "the company"), ("f", "a Vodafone spokesman"), ("g", "A Vodafone spokesman"),
    ])
    rows = sorted((s.name, s.quote_count, tuple(s.articles)) for s in directory.summaries())
    assert rows == [
        ("a Vodafone spokesman", 2, ("f", "g")),
        ("a spokesman", 1, ("b",)),
        ("a spokesman", 2, ("a",)),
        ("her lawyers", 1, ("a",)),
        ("her lawyers", 1, ("c",)),
        ("the company", 1, ("d",)),
        ("the company", 1, ("e",)),
    ]


def test_people_sharing_a_surname_stay_apart():
    directory = _directory([
        ("a", "Bill Clinton"), ("b", "Hillary Clinton"), ("c", "Clinton"),
        ("d", "Tim Scott"), ("e", "Bobby Scott"),
        ("f", "George W. Bush"), ("g", "George H. W. Bush"),
        ("h", "Donald J. Trump"), ("i", "June Trump"),
    ])
    names = {s.name for s in directory.summaries()}
    assert names == {"Bill Clinton", "Hillary Clinton", "Clinton", "Tim Scott", "Bobby Scott",
                     "George W. Bush", "George H. W. Bush", "Donald J. Trump", "June Trump"}
    # A bare surname the corpus cannot settle stays itself; in an article that names
    # one Clinton in full, it is that one.
    assert directory.canonical("Clinton", "c") == "Clinton"
    assert directory.canonical("Clinton", "a") == "Bill Clinton"
    assert directory.canonical("Clinton", "b") == "Hillary Clinton"


def test_a_bare_surname_joins_the_one_person_of_that_name():
    directory = _directory([("a", "Tim Scott"), ("b", "Scott"), ("c", "G. Bush"),
                            ("d", "George Bush"), ("e", "Tayyip Erdogan"),
                            ("f", "Recep Tayyip Erdoğan")])
    assert directory.canonical("Scott", "b") == "Tim Scott"
    assert directory.canonical("G. Bush", "c") == "George Bush"
    assert directory.canonical("Tayyip Erdogan", "e") == "Recep Tayyip Erdoğan"
    assert len(directory.summaries()) == 3


def test_given_names_that_clash_keep_a_short_name_apart():
    # "George Bush" fits both fuller names: it joins neither.
    directory = _directory([("a", "George W. Bush"), ("b", "George H. W. Bush"),
                            ("c", "George Bush"), ("d", "Bush")])
    assert len(directory.summaries()) == 4
    assert directory.canonical("Bush", "d") == "Bush"


def test_a_stray_word_before_a_name_does_not_make_another_person():
    directory = _directory([("a", "Gordon Brown"), ("b", "Gordon Brown"),
                            ("c", "Exchequer Gordon Brown"), ("d", "Democrat Hillary Clinton"),
                            ("e", "Hillary Rodham Clinton"), ("f", "Hillary Clinton")])
    assert directory.canonical("Exchequer Gordon Brown", "c") == "Gordon Brown"
    assert len({directory.canonical(n) for n in
                ("Democrat Hillary Clinton", "Hillary Rodham Clinton", "Hillary Clinton")}) == 1
    assert len(directory.summaries()) == 2


def test_a_bare_word_joins_only_a_person_spelt_the_same():
    directory = _directory([("a", "University of Iowa"), ("b", "Iowa"), ("c", "James Cameron"),
                            ("d", "Cameroon"), ("e", "Volodymyr Zelenskyy"), ("f", "Zelensky")])
    assert directory.canonical("Iowa", "b") == "Iowa"  # a place, not a surname
    assert directory.canonical("Cameroon", "d") == "Cameroon"  # not a spelling of Cameron
    assert directory.canonical("Zelensky", "f") == "Volodymyr Zelenskyy"


def test_names_show_without_words_stuck_before_them():
    directory = _directory([("a", "House Speaker Paul Ryan"), ("b", "House Speaker Paul Ryan"),
                            ("c", "Paul Ryan"), ("d", "Saumarez Smith"), ("e", "Saumarez Smith"),
                            ("f", "Charles Saumarez Smith")])
    assert directory.canonical("House Speaker Paul Ryan", "a") == "Paul Ryan"
    assert directory.canonical("Saumarez Smith", "d") == "Charles Saumarez Smith"


def test_config_aliases_always_win():
    aliases = {"Hillary Clinton": ["Clinton", "HRC"], "Bill Clinton": []}
    directory = _directory([("a", "Bill Clinton"), ("b", "Hillary Clinton"), ("c", "Clinton"),
                            ("d", "HRC")], aliases)
    assert directory.canonical("Clinton", "c") == "Hillary Clinton"
    assert directory.canonical("Bill Clinton", "a") == "Bill Clinton"
    counts = {s.name: s.quote_count for s in directory.summaries()}
    assert counts == {"Hillary Clinton": 3, "Bill Clinton": 1}


ARTICLES = {
    "phone.txt": "Vodafone shares rose on Monday.\n\n"
                 "\"The network is working normally,\" said a Vodafone spokesman.\n",
    "league.txt": "The fixture list was published on Friday.\n\n"
                  "\"No game will be moved,\" said a Premier League spokesman.\n",
    "bill.txt": "Former president Bill Clinton spoke in Harlem on Monday.\n\n"
                "\"We need more jobs here,\" Bill Clinton said.\n",
    "hillary.txt": "Hillary Clinton campaigned in Iowa on Tuesday.\n\n"
                   "\"We will win this state,\" Clinton said.\n",
    "bare.txt": "The polls closed at nine.\n\n\"The vote is very close,\" Clinton said.\n",
    "tim.txt": "Senator Tim Scott spoke on Wednesday.\n\n"
               "\"The bill is a good one,\" Tim Scott said.\n",
    "bobby.txt": "Representative Bobby Scott met the committee on Thursday.\n\n"
                 "\"The bill is a bad one,\" said Scott, a Democrat.\n",
    "erdogan.txt": "Turkey's president spoke on Friday.\n\n"
                   "\"We will not accept this,\" Erdogan said.\n",
    "recep.txt": "Recep Tayyip Erdoğan visited Berlin.\n\n"
                 "\"Our ties are strong,\" Recep Tayyip Erdoğan said.\n",
}


def test_cli_gives_a_folder_the_attributions_of_its_files_one_by_one(tmp_path, capsys,
                                                                      monkeypatch):
    monkeypatch.setenv("WARREADER_INDEX_DIR", str(tmp_path / "index"))
    together, alone = together_and_alone(capsys, tmp_path / "news", ARTICLES)
    assert set(together) == set(alone) and len(alone) == len(ARTICLES)
    by_file = {key[0]: speaker for key, speaker in together.items()}
    assert by_file["phone.txt"] == "a Vodafone spokesman"
    assert by_file["league.txt"] == "a Premier League spokesman"
    assert by_file["bare.txt"] == "Clinton"  # Bill or Hillary: the corpus cannot say
    assert by_file["bobby.txt"] == "Bobby Scott"
    # Canonical spellings aside, each quote keeps its speaker.
    assert by_file["erdogan.txt"] == "Recep Tayyip Erdoğan"
    for key, speaker in alone.items():
        if key[0] != "erdogan.txt":
            assert together[key] == speaker, key


def _same_speaker(alone: str, together: str) -> bool:
    """Canonical spellings aside: the same description, or a person's name of the same
    surname (a body's name, ending "Association" or "Ltd", only as it is spelt); never
    a peer's title lost or gained ("Lord Hutton" is no "John Hutton"), nor a given name
    for another ("Tom Hale" is no "Ann Hale")."""
    if alone.casefold() == together.casefold():
        return True
    a, t = name_keys(alone), name_keys(together)
    if {"lord", "lady", "barones"} & {a[0] if a else "", t[0] if t else ""}:
        return False
    given = [w.split()[0].casefold() for w in (alone, together) if len(w.split()) > 1]
    if len(given) == 2 and all(g in first_names() for g in given) and given[0] != given[1]:
        return False
    described = any(w.islower() and w not in NAME_PARTICLES
                    for w in alone.split()[1:] + together.split()[1:])
    body = alone.split()[-1].lower() in ORG_NOUNS | ORG_SUFFIXES if alone.split() else False
    return not described and not body and bool(a) and bool(t) and a[-1] == t[-1]


@pytest.mark.slow
@pytest.mark.skipif(not BBC.is_dir(), reason="BBC corpus not beside the repo")
def test_bbc_articles_keep_their_speakers_in_the_folder():
    from warreader.index.articles import load_articles
    from warreader.index.quotes import extract_quotes

    pairs = [(a, extract_quotes(a)) for a in load_articles([BBC])]
    assert len(pairs) == 1808
    folder = build_directory(pairs)
    for article, quotes in pairs:
        alone = build_directory([(article, quotes)])
        names = {q.speaker for q in quotes if q.speaker and q.kind == "quote"}
        groups_alone: dict[str, set[str]] = defaultdict(set)
        groups_together: dict[str, set[str]] = defaultdict(set)
        for name in names:
            one, many = alone.canonical(name, article.id), folder.canonical(name, article.id)
            assert _same_speaker(one, many), (article.path, name, one, many)
            groups_alone[one].add(name)
            groups_together[many].add(name)
        assert sorted(map(sorted, groups_alone.values())) == sorted(
            map(sorted, groups_together.values())
        ), article.path
    # No spokesman of one organisation under another's name.
    spokesmen = [(a.id, q.speaker) for a, qs in pairs for q in qs
                 if q.speaker and "spokes" in q.speaker and q.kind == "quote"]
    assert len(spokesmen) > 100
    for article_id, speaker in spokesmen:
        assert folder.canonical(speaker, article_id).casefold() == speaker.casefold(), speaker


def test_the_index_keeps_each_article_its_own_speakers(tmp_path):
    from warreader.index.corpus import Corpus

    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    corpus = Corpus.open([folder], tmp_path / "index", {})
    try:
        corpus.refresh()
        names = {s.name for s in corpus.speakers()}
        assert {"a Vodafone spokesman", "a Premier League spokesman", "Bill Clinton",
                "Hillary Clinton", "Clinton", "Tim Scott", "Bobby Scott"} <= names
        by_file = {Path(s.path).name: s.id for s in corpus.summaries()}
        _, quotes = corpus.load(by_file["phone.txt"])
        assert [q.speaker for q in quotes] == ["a Vodafone spokesman"]
        _, quotes = corpus.load(by_file["hillary.txt"])
        assert [q.speaker for q in quotes] == ["Hillary Clinton"]
        found = corpus.quotes_by("Clinton")
        assert [Path(s.path).name for s, _ in found] == ["bare.txt"]
        hits = corpus.search("close", kind="quote").hits
        assert [h.speaker for h in hits] == ["Clinton"]
    finally:
        corpus.close()


@pytest.mark.parametrize("order", [("a", "b"), ("b", "a")])
def test_tied_roles_do_not_follow_the_article_order(order):
    """Two roles given as often: the fuller one, whichever article is read first (the
    article ids are hashes of paths, so their order changes from machine to machine)."""
    roles = {"a": "President", "b": "Ukrainian President"}
    directory = SpeakerDirectory(AliasTable.from_config(None))
    for article in order:
        directory.add(article, Quote("x", 0, 1, speaker="Volodymyr Zelensky",
                                     role=roles[article]))
    (summary,) = directory.summaries()
    assert summary.role == "Ukrainian President"


def test_repeated_quotes_are_counted_not_kept_one_by_one():
    """A corpus's quotes by the same speaker, mention and role in one article are one
    entry with a count (the directory of 400,000 quotes held one object each), and the
    counts, roles, aliases and articles come out as if each had been kept."""
    directory = SpeakerDirectory()
    for n in range(3000):
        article = f"a{n % 300}"
        mention = ("she", "Ms Varga", "the treasurer")[n % 3]
        directory.add(article, Quote("x", 0, 1, speaker="Ilona Varga", mention=mention,
                                     role="county treasurer" if n % 2 else None))
    directory.add("a7", Quote("y", 0, 1, speaker="Varga", role="treasurer"))
    [summary] = directory.summaries()
    assert summary.name == "Ilona Varga"
    assert summary.quote_count == 3001
    assert summary.role == "county treasurer"
    assert summary.articles == [f"a{n}" for n in range(300)]
    assert summary.aliases == ["Ms Varga", "the treasurer", "Varga"]
    assert directory.canonical("Varga", "a7") == "Ilona Varga"
    assert len(directory._added) <= 300 * 6 + 1  # one entry per distinct four, not 3001


def test_aliases_differing_only_in_case_come_in_one_order():
    directory = SpeakerDirectory()
    for mention in ("The Institute", "the institute", "THE INSTITUTE"):
        directory.add("a1", Quote("x", 0, 1, speaker="Halden Institute", mention=mention))
    [summary] = directory.summaries()
    assert summary.aliases == ["THE INSTITUTE", "The Institute", "the institute"]
