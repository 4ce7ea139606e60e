"""The one index of short forms (far_names.names_by_short_form) that both the
organisations' clippings ("Fed") and people's surnames ("Kasich") are looked up in.
Every name is written for this test."""

from __future__ import annotations

from warreader.index.quotes.far_names import full_names_by_short, names_by_short_form


def _last_word(name: str) -> list[str]:
    words = name.split()
    return [words[-1]] if len(words) > 1 else []


def test_each_short_form_keeps_its_distinct_full_names_in_the_order_met():
    names = ["Ada Prell", "Tom Hale", "Ada Prell", "Bo Prell", "Hale"]
    assert names_by_short_form(names, _last_word) == {
        "Prell": {"Ada Prell": None, "Bo Prell": None},
        "Hale": {"Tom Hale": None},
    }


def test_an_organisation_short_form_takes_the_first_full_name_it_clips_or_spells():
    texts = [
        "The Harbour Reserve met on Monday, and the Harbour Revenue Board on Tuesday.",
        "Officials at Ada Prell Holdings said nothing; the Northern Ports Authority agreed.",
    ]
    found = full_names_by_short(texts)
    assert found["Har"] == "Harbour Reserve"  # not the later Harbour Revenue Board
    assert found["HRB"] == "Harbour Revenue Board"
    assert found["NPA"] == "Northern Ports Authority"
    assert "APH" not in found  # a given name opens it: a person's name, left out
