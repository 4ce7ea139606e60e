""""The spokesman" is nobody whose role says otherwise (fourteenth round, the UK political
probe): after "The prime minister's official spokesman denied a rift between Mr Blakeley
and the chancellor", "the spokesman told journalists" is the spokesman, not Blakeley, the
nearest person; a spokesperson description goes only to a person whose role or name
says spokesperson, else it speaks as itself, and a later "he" is that spokesman.
Invented sentences."""

from __future__ import annotations

from tests.quote_support import said


def test_the_spokesman_is_not_the_person_he_speaks_about():
    found = said(
        "The prime minister's official spokesman denied a rift between Mr Blakeley and "
        "the chancellor.\n\n"
        '"They work together every day," the spokesman told journalists.\n\n'
        'Asked about the diary, he said: "I will not comment."'
    )
    assert [speaker for _, speaker in found] == ["the spokesman", "the spokesman"]


def test_a_named_spokesman_is_still_the_spokesman():
    found = said(
        "Acme spokesman Tom Hale denied the report. Ann Pike, the chief executive, was in "
        'Paris.\n\n"It is untrue," the spokesman said.'
    )
    assert found == [("It is untrue,", "Tom Hale")]
