"""An unnamed plural group ("MPs", "Labour MPs", "US officials", "Analysts" opening a
sentence) means whoever its own article means: two articles' groups never merge in the
speakers directory, and a plural is never read as a surname. Names written for this test."""

from __future__ import annotations

from tests.test_speakers_directory import _directory


def test_plural_groups_never_merge_across_articles():
    directory = _directory([
        ("a", "MPs"), ("a", "MPs"), ("b", "MPs"), ("c", "US officials"),
        ("d", "US officials"), ("e", "Labour MPs"), ("f", "Labour MPs"),
    ])
    rows = sorted((s.name, s.quote_count, tuple(s.articles)) for s in directory.summaries())
    assert rows == [
        ("Labour MPs", 1, ("e",)), ("Labour MPs", 1, ("f",)),
        ("MPs", 1, ("b",)), ("MPs", 2, ("a",)),
        ("US officials", 1, ("c",)), ("US officials", 1, ("d",)),
    ]


def test_a_plural_group_is_no_surname_of_a_person():
    directory = _directory([("a", "Officials"), ("b", "Tom Officials")])
    assert len(directory.summaries()) == 2


def test_a_named_body_and_people_still_merge():
    directory = _directory([
        ("a", "a Vodafone spokesman"), ("b", "a Vodafone spokesman"),
        ("c", "Dan Sellers"), ("d", "Sellers"),
    ])
    rows = sorted((s.name, tuple(s.articles)) for s in directory.summaries())
    assert rows == [("Dan Sellers", ("c", "d")), ("a Vodafone spokesman", ("a", "b"))]


def test_a_name_ending_in_a_title_case_plural_merges_across_articles():
    directory = _directory([
        ("a", "Spice Girls"), ("b", "Spice Girls"), ("c", "Foo Fighters"),
        ("d", "Foo Fighters"), ("e", "Committee of Soldiers' Mothers"),
        ("f", "Committee of Soldiers' Mothers"),
    ])
    rows = sorted((s.name, tuple(s.articles)) for s in directory.summaries())
    assert rows == [("Committee of Soldiers' Mothers", ("e", "f")),
                    ("Foo Fighters", ("c", "d")), ("Spice Girls", ("a", "b"))]
