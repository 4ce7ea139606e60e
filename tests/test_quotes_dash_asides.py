"""A dash closing an aside before the verb (fourteenth round): in "Ann Pike - who lost to
Hale - said the president "offered nothing new."" the subject before the aside speaks and
the words after the verb are what she said, as after an appositive's commas; before, the
verb was read as inverted and "the president" spoke. A dash with no aside before it
("..." he said - and, said the president, ...) still leaves the verb inverted. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("President Tom Hale spoke on Monday. A former candidate -- Ann Pike, who lost to "
         'Hale -- said the president "offered nothing new."', "Ann Pike"),
        ("President Tom Hale spoke on Monday. Ann Pike - who lost to Hale - said the "
         'president "offered nothing new."', "Ann Pike"),
        ("Prime Minister Tony Blakeley spoke on Monday. Michael Harwood \u2014 a former "
         'barrister \u2014 said the prime minister "offered nothing new".', "Michael Harwood"),
    ],
)
def test_the_subject_before_a_dash_aside_speaks(text, speaker):
    assert said(text)[-1][1] == speaker


def test_a_verb_after_a_lone_dash_is_still_inverted():
    found = said('"We won," he said - and, said the president, "we will win again."')
    assert found[-1] == ("we will win again.", "the president")
