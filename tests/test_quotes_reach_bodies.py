"""A definite description of a business or a club that nothing else resolved ("the club",
"the company") is the one body its paragraph and the two before name; with two bodies (a
firm and its product), none (a place, a person, a country, a name used only to qualify a
noun, a body of another kind) or one too far back, it speaks as itself as before.
Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

ONE_BODY = [
    ("Manager out\n\nRovers sacked their manager on Sunday after six defeats.\n\n\"It was "
     "a hard decision,\" the club said.",
     "Rovers"),
    ("Fire\n\nA fire broke out at Velvet in Leeds on Saturday.\n\n\"We are shocked,\" the "
     "club said.",
     "Velvet"),
    ("Transfer\n\nLeeds said on Monday that the striker would stay.\n\n\"He is not for "
     "sale,\" the club said.",
     "Leeds"),
    ("Fine\n\nThe Ministry of Trade fined Harlow on Monday.\n\n\"We will appeal,\" the "
     "company said.",
     "Harlow"),
]

ONE_BODY += [
    ("Jobs\n\nTom Hale, who founded Harlow in 1990, retired on Monday.\n\n\"He built this "
     "firm,\" the company said.", "Harlow"),
]


@pytest.mark.parametrize(("text", "speaker"), ONE_BODY)
def test_the_description_is_the_one_body_in_reach(text, speaker):
    assert said(text)[-1][1] == speaker


KEPT = [
    ("Bid talks\n\nBorsa held talks with the Lisbon Exchange on Friday, the day after "
     "rival Deutsche Markt put forward its own bid. The German exchange said it had held "
     "\"friendly\" talks.",
     "the German exchange"),
    ("Plants\n\nFactories in Leeds will close next year.\n\n\"We regret the loss of "
     "jobs,\" the company said.",
     "the company"),
    ("Sacked\n\nTom Vale was sacked on Sunday.\n\n\"It was a hard decision,\" the club "
     "said.",
     "the club"),
    ("Value\n\nThe bid by Tom Hale values the Premiership club at 80m pounds.\n\n\"We "
     "have received an offer,\" the club said.",
     "the club"),
    ("Phone\n\nHarlow launched Zed, a new phone, on Monday.\n\n\"Zed will sell well,\" "
     "the company said.",
     "the company"),
    ("Exports\n\nChina cut its exports of steel in May.\n\n\"Demand is weak,\" the steel "
     "company said.",
     "the steel company"),
    ("Losses\n\nArdley Coal lost money in 2004.\n\nThe market fell.\n\nInvestors were "
     "worried.\n\nAnalysts expect more.\n\n\"The year was poor,\" the mining group said.",
     "the mining group"),
    ("Strike\n\nThe Transport Workers Union called a strike on Monday.\n\n\"We regret the "
     "disruption,\" the company said.",
     "the company"),
    ("Brawl\n\nSinger Tom Vale was arrested with drummer Sam Cole after the brawl. The "
     "band said they were victims of an \"unprovoked attack\".",
     "the band"),
]


KEPT += [
    ("Deal\n\nKestin's chief executive met Harlow bosses on Monday.\n\n\"The talks were "
     "useful,\" the firm said.", "the firm"),  # two firms: the owner counts against Harlow
    ("Shares fell\n\nThe bid was opposed by the firm, Harlow's largest rival.\n\n\"The price "
     "is too low,\" the firm said.", "the firm"),
]


@pytest.mark.parametrize(("text", "speaker"), KEPT)
def test_near_misses_keep_the_description(text, speaker):
    assert said(text)[-1][1] == speaker
