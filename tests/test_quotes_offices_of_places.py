"""An office of a place speaks as itself unless its holder is named (fourteenth round, the
UK political probe): "The Bishop of Worcester told peers" is not the peer named before,
"The Archbishop of Canterbury said" is not "Canterbury", "The Mayor of London said" not
the prime minister in the sentence before. A capitalised title, "of" and capitalised
words with no given name make a description of an office-holder, resolved only to a
person whose role holds that place; the Bishop named in apposition still speaks by name.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lord Tebbitt of Chingford said the plans were wrong.\n\nThe Bishop of Worcester "
         'told peers: "Trial by jury is part of this nation."', "Bishop of Worcester"),
        ("Tony Blakeley met church leaders on Monday. The Archbishop of Canterbury said: "
         '"We had a useful meeting."', "Archbishop of Canterbury"),
        ("Tony Blakeley met city leaders on Monday. The Mayor of London said: \"We had a "
         'useful meeting."', "Mayor of London"),
        ('Tony Blakeley met peers on Monday. "We had a useful meeting," said the Bishop '
         "of Oxford.", "Bishop of Oxford"),
    ],
)
def test_an_office_of_a_place_speaks_as_itself(text, speaker):
    assert (said(text)[-1][1] or "").removeprefix("the ") == speaker


def test_the_holder_named_with_the_office_speaks_by_name():
    found = said(
        "Ken Livingstone, the Mayor of London, said: \"It is fun.\" The Mayor of London "
        'added: "It is not."'
    )
    assert [speaker for _, speaker in found] == ["Ken Livingstone", "Ken Livingstone"]
    found = said(
        "The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as a \"great "
        'thriller". The Bishop said: "It is fun."'
    )
    assert [speaker for _, speaker in found] == ["Tom Wright", "Tom Wright"]


def test_a_holder_named_with_the_title_is_the_office_of_the_place():
    """The title named before ("Chancellor Gordon Brown") holds the office even where
    the role does not spell its place ("the Chancellor of the Exchequer")."""
    text = ('Chancellor Gordon Brown presented his budget on Wednesday. "We will not waver '
            'from this course now," the Chancellor of the Exchequer said.')
    assert said(text) == [("We will not waver from this course now,", "Gordon Brown")]
