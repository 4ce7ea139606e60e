"""Two bodies named together that speak as one ("Shares in Harlow and Kestin fell ..."
then '"...," the two firms said': Harlow and Kestin), and the near misses where "the two
firms" must stay a description: a person among the pair, two pairs, places, a list of
three, a pair named only inside a quotation or too far back, one firm called "A and B"
(a singular verb or a possessive after it), news agencies reporting (the revBT26 review's
mends). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

JOINT = [
    ("Drug halt hits shares\n\nShares in Harlow and Kestin fell on Monday after the firms "
     "halted sales of a new drug.\n\n\"The companies will study every case with doctors,\" "
     "the two firms said in a statement.", "Harlow and Kestin"),
    ("Merger agreed\n\nElm Bank and Corvo Insurance agreed to merge on Friday, creating a "
     "group worth 9bn pounds.\n\n\"We will keep every branch open,\" the two companies said "
     "in a joint statement.", "Elm Bank and Corvo Insurance"),
    ("Chip deal\n\nTalks between Pellow and Tarnex Motors ended on Sunday with a deal on "
     "batteries.\n\nThe plant will be built near the coast, and work starts in May.\n\n"
     "\"This is a good day for engineers,\" both firms said.", "Pellow and Tarnex Motors"),
    ("Phone makers join forces\n\nNorvik and Tallis agreed on Tuesday to share a plant. "
     "\"This plant will serve both of us for a decade,\" both companies said.",
     "Norvik and Tallis"),
    ("Rivals\n\n\"We will beat Harlow and Kestin,\" said Zenco boss Tom Hale.\n\nOn Friday "
     "Marlow and Pine announced a tie-up.\n\n\"We are stronger together,\" the two firms "
     "said.", "Marlow and Pine"),
    ("Merger\n\nElm Bank and Corvo Bank agreed to merge. Tom Hale will lead the new group."
     "\n\n\"The merger creates a leader,\" the two banks said.", "Elm Bank and Corvo Bank"),
    ("Rugby rights\n\nKestin TV and Channel 5 lost the bid for the rugby.\n\n\"We are "
     "sad,\" the two broadcasters said.", "Kestin TV and Channel 5"),  # the numeral kept
    ("Chart\n\nPellow FM and Radio 2 both played the song all day.\n\n\"Listeners loved "
     "it,\" the two networks said.", "Pellow FM and Radio 2"),
    ("Refinery\n\nVolna and Zarn reported losses for the year.\n\n\"Oil prices hurt us,\" "
     "the two companies said.", "Volna and Zarn"),  # firms reporting their own figures
    ("Refinery\n\nVolna and Zarn have agreed to merge, according to Interfax and Tass.\n\n"
     "\"The price is secret,\" the two companies said.", "Volna and Zarn"),
    ("Court case\n\nJudge Ann Pike fined Harlow and Kestin 2m pounds each on Monday.\n\n"
     "\"We will appeal,\" the two companies said.", "Harlow and Kestin"),
]


@pytest.mark.parametrize(("text", "speaker"), JOINT)
def test_the_two_firms_are_the_pair_named_together(text, speaker):
    assert said(text)[-1][1] == speaker


KEPT = [
    ("Drug halt\n\nTom Hale and Kestin agreed on Monday to halt sales of a new drug.\n\n"
     "\"Every case will be studied,\" the two firms said.", "the two firms"),
    ("Shares move\n\nHarlow and Kestin fell on Monday, while Zenco and Marlow rose.\n\n"
     "\"The market has overreacted,\" the two firms said.", "the two firms"),
    ("Plants to shut\n\nFactories in Leeds and Bristol will close next year.\n\n"
     "\"We regret the loss of jobs,\" the two companies said.", "the two companies"),
    ("Alliance formed\n\nHarlow, Kestin and Zenco will share a research centre.\n\n"
     "\"Our scientists will work side by side,\" the two firms said.", "the two firms"),
    ("Deal signed\n\nTom Hale and Ann Pike signed the deal on Friday.\n\n\"This is the "
     "start of something big,\" the two firms said.", "the two firms"),
    ("Merger\n\nHarlow and Kestin agreed to merge in May.\n\nThe deal was approved by "
     "regulators.\n\nShareholders will vote in June.\n\nSome analysts doubt the plan.\n\n"
     "\"The vote will go our way,\" the two firms said.", "the two firms"),
    ("Retail rivals\n\nShares in Marks and Spencer and Tesco rose on Tuesday.\n\n"
     "\"Christmas trading was strong,\" the two firms said.", "the two firms"),
    ("Drug halt\n\nHarlow and Kestin halted sales of a new drug.\n\n\"Every case will be "
     "studied,\" the firms said.", "the firms"),
    ("Gas talks\n\nRussia and Ukraine signed a gas deal on Monday.\n\n\"Supplies will flow "
     "again,\" the two companies said.", "the two companies"),
    ("Rivals\n\n\"We will beat Harlow and Kestin,\" said Zenco boss Tom Hale.\n\n\"We are "
     "not worried,\" the two firms said.", "the two firms"),
    ("Deal signed\n\nHarlow boss Tom Hale and Kestin chief Ann Pike signed the deal.\n\n"
     "\"This is a good day,\" the two firms said.", "the two firms"),
    ("Strike called\n\nWorkers will walk out on Monday and Tuesday.\n\n\"Talks have "
     "failed,\" the two unions said.", "the two unions"),
    ("Merger\n\nHarlow and Kestin agreed to merge. Zenco and Marlow said they would study "
     "the deal.\n\n\"The new group will be a giant,\" the two firms said.", "the two firms"),
    ("Bid battle\n\nHarlow and Kestin have both bid for Zenco.\n\n\"Neither offer is high "
     "enough,\" the board said.", "the board"),
    ("Results\n\nSales at Harlow rose and Kestin said profits would double.\n\n\"It was a "
     "good year,\" the two firms said.", "the two firms"),
    ("Store opened\n\nPell and Marsh has opened a store in Leeds, its first in the north."
     "\n\n\"Trade is good,\" both firms said.", "firms"),  # one firm: a singular verb
    ("Sale\n\nCoyle and Brand is up for sale after a poor year.\n\n\"Talks go on,\" the "
     "two companies said.", "the two companies"),
    ("Parent\n\nShares in Dunmore and Pike's parent fell on Monday.\n\n\"We are calm,\" "
     "the two firms said.", "the two firms"),  # one firm: a possessive
    ("Refinery\n\nInterfax and Tass reported that Volna had bought a refinery from Zarn.\n\n"
     "\"The price is secret,\" the two companies said.", "the two companies"),  # agencies
    ("Refinery\n\nBloomberg and Reuters reported the purchase on Monday.\n\n\"The price "
     "is secret,\" the two companies said.", "the two companies"),
    ("Chip deal\n\nTalks between Pellow and Brandt Motors ended on Sunday.\n\n\"This is a "
     "good day,\" both firms said.", "firms"),  # "Brandt Motors" is read as a person
]


@pytest.mark.parametrize(("text", "speaker"), KEPT)
def test_near_misses_keep_the_description(text, speaker):
    assert said(text)[-1][1] == speaker
