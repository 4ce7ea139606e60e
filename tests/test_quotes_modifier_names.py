"""A name used only to qualify a noun ("value the Premiership club", "a Google search")
is no body a speaking "it" refers to while another body fits ("... it has confirmed": the
club the article named, not "Premiership"); a name that opens its sentence ("The Ferrari
team has denied"), that spoke, or that is the only body in reach stays what "it" takes.
Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

BODY_NOT_MODIFIER = [
    ("Hale makes new Rovers approach\n\nTom Hale has made a fresh approach to buy "
     "Rovers, which could value the Premiership club at 80m pounds.\n\nThe tycoon has "
     "approached the Rovers board with \"firm proposals\", it has confirmed.",
     "Rovers"),
    ("Files found\n\nA Google search by Harlow staff found the files. \"We acted at "
     "once,\" it said.",
     "Harlow"),
    ("Bid\n\nMarlow wants to buy the Kestin chain.\n\nThe bid values the Premiership "
     "club at 80m pounds. \"The offer is generous,\" it said.",
     "Marlow"),
]


@pytest.mark.parametrize(("text", "speaker"), BODY_NOT_MODIFIER)
def test_it_is_the_body_not_a_name_used_as_a_modifier(text, speaker):
    assert said(text)[-1][1] == speaker


KEPT = [
    ("Cheat row\n\nThe Ferrari team has denied the claims. \"We never cheated,\" it said.",
     "the Ferrari team"),
    ("Brand deal\n\nHarlow said it would buy the Kestin brand. \"The deal is done,\" it "
     "said.",
     "Harlow"),
    ("Bid rejected\n\nThe Harlow board met on Monday. \"We reject the bid,\" it said.",
     "Harlow"),
    ("Results\n\nZenco, which owns the Premiership club, said profits rose. \"It was a "
     "good year,\" it added.",
     "Zenco"),
    ("Board\n\nAnn Pike joined the Harlow board in May. \"She will be a great asset,\" "
     "it said.",
     "Harlow"),
    ("Manager out\n\nThe Premiership club sacked its manager on Monday. \"We thank "
     "him,\" it said.",
     "Premiership"),
    ("Parts\n\nKestin makes parts for the Harlow car. \"Demand is strong,\" it said.",
     "Kestin"),
    ("Talks\n\nHarlow confirmed it had approached the Kestin board. \"Talks are going "
     "well,\" it said.",
     "Harlow"),
    ("Defeat\n\nFans booed the Rovers team after the defeat. \"We let them down,\" it "
     "said.",
     "Rovers"),
    ("Stake sold\n\nHarlow sold its stake in the Kestin chain. \"We remain a customer,\" "
     "it said.",
     "Harlow"),
    ("Deal\n\nTom Hale met the Kestin board on Monday. \"Talks were useful,\" it said.",
     "Kestin"),
]


@pytest.mark.parametrize(("text", "speaker"), KEPT)
def test_near_misses_keep_their_speaker(text, speaker):
    assert said(text)[-1][1] == speaker
