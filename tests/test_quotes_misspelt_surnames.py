"""A surname misspelt in a later mention names the person given in full (issue 10,
twenty-first round, from bbc-dev13's census: "Monica Chadha" ... "Ms Chada said",
"Lindsay Davenport" ... "said Daveport", 22 engine lines in 7 BBC articles), and only
when nothing in the article makes it someone else: two people each named in full, a
person introduced by a surname alone, a family, a place, a firm, an honorific of the
other sex. Every sentence is invented for this test."""

from __future__ import annotations

import pytest
from warreader.index.quotes.misspelt import near_surname, one_edit

from tests.quote_support import said

_POSITIVE = [
    # A letter dropped, with a woman's honorific after a woman's full name.
    ("Air travel in the region is growing fast, said Monica Fenwicke, the agency's Delhi "
     'reporter.\n\nPassenger numbers rose by a fifth last year.\n\n"The terminals cannot '
     'cope with the crowds we now see," Ms Fenwike said.', ["Monica Fenwicke"]),
    # A letter dropped, no honorific, after a reporting verb.
    ("Lindsey Haverport won her third match in a row on Tuesday.\n\nThe American was "
     'pleased with her serve.\n\n"I hit the ball cleanly from the first game," said '
     "Haverpot.", ["Lindsey Haverport"]),
    # Two letters swapped, a man's honorific.
    ("Sound engineer Derek Mountieth has built a new kind of headset.\n\nThe device makes "
     'music seem to come from all around.\n\n"We spent two years on the software alone," '
     "said Mr Moutnieth.", ["Derek Mountieth"]),
    # Two people of the right surname: the misspelling is the one the article gave first.
    ('Tomas Kovda formed the band with friends in 2001.\n\n"We only had two old '
     'keyboards," said Kodva.\n\nHis sister Ilona Kovda joined them later.', ["Tomas Kovda"]),
    # A transposition after a man's "Mr".
    ('Jose Barrionuevo is head of strategy at a bank.\n\n"The tax will raise cash," says '
     "Mr Barrioneuvo.", ["Jose Barrionuevo"]),
    # A new person's name in between changes nothing.
    ('David Monteith runs the firm.\n\nIts founder, Alan Grey, spoke first. "We started in '
     'a garage," Mr Grey said.\n\n"It was cold," said Mr Montieth.',
     ["Alan Grey", "David Monteith"]),
    # A letter changed, and every later quotation carried from it.
    ('Engineer Paula Restrick leads the project.\n\n"The bridge opens in May," Ms Restrock '
     'said. "It is on budget."', ["Paula Restrick", "Paula Restrick"]),
]

_NEAR_MISSES = [
    # Two people, each named in full, one edit apart: never joined.
    ("Paul Miller runs the shop on the corner.\n\nHe sells watches made by Franck Muller "
     'and other Swiss firms.\n\n"People want a name they trust," said Muller.',
     ["Franck Muller"]),
    ("Robbie Williams was on stage first.\n\nThe comedian David Walliams followed him later "
     'in the evening.\n\n"It was a night to remember," Walliams said.', ["David Walliams"]),
    ("Eric Clapton played three songs at the gala.\n\nThe organiser, Ruth Clayton, thanked "
     'the crowd.\n\n"We raised more than we hoped," said Ms Clayton.', ["Ruth Clayton"]),
    ("The mayor, Alan Johnson, opened the bridge.\n\nIts designer, Peter Johnston, was also "
     'there.\n\n"It took four winters to build," said Mr Johnston.', ["Peter Johnston"]),
    # A person introduced by a surname alone, one edit from another's.
    ("Peter Hanson, the club chairman, backed the plan on Monday.\n\nBut a rival bidder, "
     'Mr Hansen, was unhappy.\n\n"They never read our offer," Mr Hansen said.', ["Hansen"]),
    ("Council leader Graham Deller spoke first at the meeting.\n\nA local shopkeeper, Mr "
     'Dellar, disagreed with him.\n\n"Nobody asked the traders," said Dellar.', ["Dellar"]),
    ('Chris Pattern will lead the review.\n\nA retired judge, Patten, said: "It is too '
     'narrow."', ["Patten"]),
    ('Peter Hanson chairs the club.\n\n"We will sell," said Hansen, 45, who runs a rival '
     "firm.", ["Hansen"]),
    ('Peter Hanson chairs the club.\n\n"We will bid again," said Mr Hansen of Acme '
     "Holdings.", ["Hansen"]),
    ('Peter Hanson chairs the club.\n\nRival bidder Hansen said: "We will bid again."',
     ["Hansen"]),
    # A couple of a surname one edit from another's.
    ("Harold Dane has farmed the valley for forty years.\n\nHis neighbours, Mr and Mrs "
     'Dade, want the new road.\n\n"It would cut our journey in half," said Mrs Dade.',
     ["Dade"]),
    # An honorific of the other sex than the full-named person's.
    ("Monica Chadha reported from the airport.\n\nThe terminal manager also spoke to "
     'reporters.\n\n"We are doing what we can," said Mr Chada.', ["Chada"]),
    ("Rachel Bowden chairs the committee.\n\nIts newest member disagreed with the report."
     '\n\n"The figures are wrong," said Mr Bowen.', ["Bowen"]),
    ('Sarah Pellam runs the charity shop.\n\n"We are short of volunteers," Mr Pelham said. '
     "He has helped out since May.", ["Pelham"]),
    # A man's honorific and a person of no known sex ("Lindsay"): maybe her father.
    ('Lindsay Davenport won the title.\n\n"My daughter worked hard," said Mr Daveport. He '
     "watched from the stands.", ["Daveport"]),
    # A team: "Bolton are" is a group's, whatever its spelling.
    ("Winger Dean Boston scored the second goal.\n\nBolton are now fifth in the table.\n\n"
     '"We need to keep going," Bolton said in a statement.', ["Bolton"]),
    # Both spellings in one sentence: two people.
    ('Peter Hanson and Mr Hansen met on Friday. "We agreed nothing," said Mr Hansen.',
     ["Hansen"]),
    # One edit from two surnames: which one is unknown.
    ('Anna Barker and Tom Barber chair the two panels.\n\n"We need more time," said Barter.',
     ["Barter"]),
    # The misspelling before the right spelling: nothing to correct yet.
    ('"The market will recover," said Mr Hansom.\n\nLater, Jonathan Hanson of the central '
     "bank said rates would stay low.", ["Hansom"]),
    # Too short to tell a typo from another name.
    ('Jack Lowe spoke to the press after the vote.\n\n"It was close," said Lowe.\n\nLater '
     'Mr Low, the returning officer, added: "Turnout was high."', ["Jack Lowe", "Low"]),
    # A given name, a place, a firm, a thing's name one edit from a surname.
    ('Dennis Marin runs the sailing school.\n\n"The lake is busy this summer," said Maria, '
     "one of the instructors.", ["Maria"]),
    ('Striker Jamie Walles scored twice on Saturday.\n\nThe result keeps Wales top of the '
     'group.\n\n"Wales deserved the win," said the coach.', ["the coach"]),
    ('Anne Rowling wrote the report.\n\nThe Rowlin Trust later called it "a fair summary".',
     ["Rowlin Trust"]),
    # A word one letter from the surname opening its sentence before a reporting verb: a
    # firm, a club, a town, people of a trade (review revT24 #1), never the person.
    ('Gail Tesca negotiates for the drivers.\n\nTesco said: "Deliveries will resume on '
     'Monday."', ["Tesco"]),
    ("Owen Burnlee manages the stadium.\n\nBurnley said in a statement: \"The match is "
     'postponed."', ["Burnley"]),
    # The misspelling only before its reporting verb, opening a sentence: no proof of a
    # person, as a firm's name stands there too (review revT24 #1; was read as the person).
    ("Sonic firm chief Brian Faulkner says his team is small.\n\nFaulker says: \"We have "
     'just six engineers."', ["Faulker"]),
    # Someone new introduced by an owner's person noun just before (review revT24 #3).
    ("Dean Parkes was charged with fraud last week.\n\nHis colleague could not believe it. "
     '"He always paid on time," said Mr Parker.', ["Parker"]),
    ("Lena Hollis took the silver medal.\n\nHer old coach watched from the stands. "
     '"She was brave today," said Hollins.', ["Hollins"]),
]


@pytest.mark.parametrize(("text", "speakers"), _POSITIVE + _NEAR_MISSES)
def test_misspelt_surname_speakers(text: str, speakers: list[str]) -> None:
    assert [speaker for _, speaker in said(text)] == speakers


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("chadha", "chada", True),  # a letter dropped
        ("kujda", "kudja", True),  # two neighbours swapped
        ("restrick", "restrock", True),  # a letter changed
        ("barter", "baker", False),  # two edits
        ("hanson", "hanson", False),  # the same
        ("monteith", "montieth", True),
        ("abcd", "badc", False),
    ],
)
def test_one_edit(a: str, b: str, expected: bool) -> None:
    assert one_edit(a, b) is expected
    assert one_edit(b, a) is expected


def test_near_surname_needs_length_prefix_and_no_start() -> None:
    assert near_surname("chada", "Chada", "chadha", "Chadha")
    assert not near_surname("lowe", "Lowe", "low", "Low")  # under five letters
    assert not near_surname("wiliam", "William", "wiliams", "Williams")  # its start
    assert not near_surname("kadja", "Kadja", "kujda", "Kujda")  # other first letters
