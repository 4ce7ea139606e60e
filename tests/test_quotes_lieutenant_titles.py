"""A lieutenant governor is not "the governor": the qualifier check reads a short title
written out ("Lt. Gov." -> "lieutenant governor"), while a lieutenant general stays "the
general" as news calls one. Sentences written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_the_governor_is_not_the_lieutenant_governor():
    text = ("Gov. Ed Vale defended the budget. Lt. Gov. Ann Pike spoke after him.\n\n"
            '"This budget is fair," the governor said.')
    (quote,) = quotes_of(text)
    assert quote.speaker == "Ed Vale"


def test_the_lieutenant_governor_is_not_the_governor():
    text = ("Lt. Gov. Ann Pike criticised the budget on Monday. Governor Ed Vale defended "
            'it.\n\n"This budget is a disgrace," the lieutenant governor said.')
    (quote,) = quotes_of(text)
    assert quote.speaker == "Ann Pike"


def test_a_lone_lieutenant_governor_is_not_the_governor():
    text = ("Lt. Gov. Ann Pike criticised the budget on Monday.\n\n"
            '"This budget is a disgrace," the governor said.')
    (quote,) = quotes_of(text)
    assert quote.speaker != "Ann Pike"


def test_lieutenant_governor_written_in_full_is_not_the_governor_either():
    text = ("Lieutenant Governor Ann Pike criticised the budget. Gov. Ed Vale defended it."
            '\n\n"This budget is fair," the governor said.')
    (quote,) = quotes_of(text)
    assert quote.speaker == "Ed Vale"


def test_a_lieutenant_general_is_still_the_general():
    text = ('Lt. Gen. Tom Hale visited the base on Monday.\n\n'
            '"Our troops are ready," the general said.')
    (quote,) = quotes_of(text)
    assert quote.speaker == "Tom Hale"
