"""Speakers, nineteenth round, review revM of modbody22 (mendJ): every invented case of
the review where modbody22's rules gave a wrong speaker (or lost a right one) is a near
miss here, with what the engine gives without those rules: the nearer body, or the
description speaking as itself ("the club"), which names nobody. job_bodies was
withdrawn (a job's modifier as a band, club or company: findings 1-3); skimmed bodies
yield to a body of their kind introduced after them (finding 4); examples after "such
as" are refused for plurals of doers and for examples holding a person's name (finding
5). The cases are the reviewer's invented text (/tmp/revM/*.json) and this file's own;
the last tests fail when each guard is switched off (finding 6)."""

from __future__ import annotations

import pytest

from tests.quote_support import said

# (case, text, the speaker of each quotation)
REVIEW_CASES = [
    ("transfer_club",
     "Burnley striker Dan Moss has signed for Leeds United on a three-year d"
     "eal.\n\n\u201cWe are delighted to welcome Dan,\u201d the club said.",
     ['Leeds United']),
    ("transfer_club_loan",
     "Chelsea striker Didier Drog has joined Arsenal on loan until the end o"
     "f the season.\n\n\u201cHe will add goals to the squad,\u201d the club said in a st"
     "atement.",
     ['the club']),
    ("transfer_band",
     "Oasis guitarist Paul Arthurs has joined the Verve for their summer tou"
     "r.\n\n\u201cWe are thrilled to have him,\u201d the band said.",
     ['the band']),
    ("join_company",
     "Acme chief executive Jo Bright is to join Zenco as its new head next m"
     "onth.\n\n\u201cJo brings great experience,\u201d the company said.",
     ['the company']),
    ("prem_league_club",
     "Premier League striker Dan Moss has been charged with assault after a "
     "fight outside a bar.\n\n\u201cWe are aware of the matter,\u201d the club said.",
     ['the club']),
    ("world_cup_club",
     "World Cup striker Dan Moss has been dropped after a row with the coach"
     ".\n\n\u201cHe broke the rules,\u201d the club said.",
     ['the club']),
    ("glasgow_singer_band",
     "Glasgow singer Cara Bell and her backing group have cancelled their to"
     "ur.\n\n\u201cWe are sorry to let fans down,\u201d the band said.",
     ['the band']),
    ("smith_striker_club",
     "Smith striker Dan Moss scored twice in the cup.\n\n\u201cHe was superb,\u201d the "
     "club said.",
     ['the club']),
    ("rival_object_company",
     "Acme chief executive Jo Bright attacked a plan by Zenco to cut prices."
     " On Monday Zenco rejected the criticism.\n\n\u201cOur prices are fair,\u201d the c"
     "ompany said.",
     ['the company']),
    ("two_ceos",
     "Acme chief executive Jo Bright met Zenco chief executive Tom Hale in L"
     "ondon.\n\n\u201cThe talks were useful,\u201d the company said.",
     ['the company']),
    ("club_opponents",
     "Chelsea striker Didier Drog scored twice against their opponents Leeds"
     " United on Sunday.\n\n\u201cThe goal was offside,\u201d the club said.",
     ['Leeds United']),
    ("product_ceo",
     "Windows chief executive Tom Hale has left Micro Corp after ten years.\n"
     "\n\u201cWe wish Tom well,\u201d the company said.",
     ['Micro Corp']),
    ("event_festival",
     "Glastonbury singer Cara Bell has cancelled. The festival organiser sai"
     "d refunds would be paid.\n\n\u201cWe are sorry,\u201d the band said.",
     ['the band']),
    ("wales_striker",
     "Wales striker Dan Moss will miss the friendly with a knee injury.\n\n\u201cHe"
     " will be out for three weeks,\u201d the club said.",
     ['the club']),
    ("ireland_winger",
     "Ireland winger Sean Doyle is doubtful for Saturday.\n\n\u201cWe will assess h"
     "im,\u201d the club said.",
     ['the club']),
    ("newzealand_winger",
     "New Zealand winger Tana Rua has signed a new deal.\n\n\u201cWe are delighted,"
     "\u201d the club said.",
     ['the club']),
    ("rock_singer",
     "Rock singer Cara Bell has cancelled her tour after a fall.\n\n\u201cWe are so"
     "rry to let fans down,\u201d the band said.",
     ['the band']),
    ("pop_singer",
     "Pop singer Cara Bell has cancelled her tour after a fall.\n\n\u201cWe are sor"
     "ry to let fans down,\u201d the band said.",
     ['the band']),
    ("injured_winger",
     "Injured Chelsea winger Dan Moss will miss the final.\n\n\u201cHe is devastate"
     "d,\u201d the club said.",
     ['the club']),
    ("skim_group_unnamed",
     "The site was attacked last year by the press watchdog, Editors Beyond "
     "Frontiers.\n\nThe site was down for days. Officials denied any block.\n\nM"
     "any users rely on it. Some turned to other sites.\n\nA group of local re"
     "porters wrote to the minister.\n\n\u201cWe want answers,\u201d the group said.",
     ['the group']),
    ("titled_object",
     "Oasis singer Liam Gallagher mocked the rival band Blur on Monday.\n\n\u201cWe"
     " are not bothered,\u201d the band said.",
     ['Blur']),
    ("titled_object_far",
     "Oasis singer Liam Gallagher has mocked the rival band Blur in an inter"
     "view.\n\nThe row began years ago. Fans took sides.\n\nThe feud sold papers"
     ". Both bands toured.\n\n\u201cWe are not bothered,\u201d the band said.",
     ['Blur']),
    ("titled_club_object",
     "Chelsea striker Didier Drog scored twice against the club Leeds United"
     " on Sunday.\n\n\u201cThe goal was offside,\u201d the club said.",
     ['Leeds United']),
    ("same_job_two_bands",
     "Oasis singer Liam Gallagher and Blur singer Damon Albarn met in London"
     ".\n\n\u201cIt was a friendly chat,\u201d the band said.",
     ['the band']),
    ("skim_group_later_kind",
     "The ban was condemned by the rights group, Free Voice.\n\nThe site was d"
     "own for days. Officials denied any block.\n\nMany users rely on it. Some"
     " turned to other sites.\n\nA student group at the university organised a"
     " protest.\n\n\u201cWe will not be silenced,\u201d the group said.",
     ['the group']),
    ("skim_party_then_other_party",
     "The law was passed by the ruling party, Zanu-PF, last year.\n\nCritics s"
     "ay it is harsh. Courts upheld it.\n\nVoters are split. Turnout fell.\n\nAn"
     " opposition party, the MDC, held a rally.\n\n\u201cThe law must go,\u201d the part"
     "y said.",
     ['MDC']),
    ("skim_team_object",
     "He scored for the team, Rovers, in the cup last season.\n\nHe was injure"
     "d in May. He missed the summer.\n\nHe is fit again. He trains daily.\n\nHi"
     "s new side play on Saturday.\n\n\u201cHe is ready,\u201d the club said.",
     ['the club']),
    ("party_titled",
     "The law was passed by the ruling party, Zanu-PF, last year.\n\nCritics s"
     "ay it is harsh. Courts upheld it.\n\nVoters are split. Turnout fell.\n\nOp"
     "position party MDC held a rally on Sunday.\n\n\u201cThe law must go,\u201d the par"
     "ty said.",
     ['MDC']),
    ("firm_then_firm",
     "Shares fell after a warning from the firm, Acme, last year.\n\nProfits h"
     "alved. Staff were cut.\n\nThe market is weak. Prices fell.\n\nA rival firm"
     ", Zenco, reported strong sales on Monday.\n\n\u201cWe are winning customers,\u201d"
     " the firm said.",
     ['the firm']),
    ("figures_same",
     "Senior figures such as Tom Hale said the leader was \u201cout of touch.\u201d",
     ['Tom Hale']),
    ("leading_celebs",
     "Leading celebrities such as Cara Bell said the ban was \u201ca scandal\u201d and"
     " must go.",
     ['Cara Bell']),
    ("party_grandees",
     "Party grandees such as Lord Tom Hale said the leader was \u201cout of touch"
     ".\u201d",
     ['Tom Hale']),
    ("tory_rebels",
     "Tory rebels such as Tom Hale said the bill was \u201cdead in the water.\u201d",
     ['Tom Hale']),
]



@pytest.mark.parametrize(
    ("name", "text", "speakers"), REVIEW_CASES, ids=[c[0] for c in REVIEW_CASES]
)
def test_review_case(name, text, speakers):
    assert [s for _, s in said(text)] == speakers, name


def test_guard_skim_definite_between():
    # a definite description of the kind only refers back to the skimmed body
    # (fails without skimmed_bodies._REFERS_BACK)
    text = (
        "Ruritania has been accused of blocking a video site by the press watch"
        "dog, Editors Beyond Frontiers.\n\nThe site has been down for ten days. O"
        "fficials deny any block.\n\nThe small campaign group has written to mini"
        "sters twice.\n\n\u201cThis is plain censorship,\u201d said the group in a statemen"
        "t."
    )
    assert [s for _, s in said(text)] == ["Editors Beyond Frontiers"]


def test_guard_union_smaller():
    # a body of the kind introduced after the skimmed one: the skimmed one yields
    # (fails without skimmed_bodies.passed_over)
    text = (
        "The strike was called by the transport union, Railcall, in March.\n\nTra"
        "ins stood idle for a week. Commuters were angry.\n\nFares will rise in M"
        "ay. Talks failed.\n\nA smaller union at the depot backed the walkout.\n\n\u201c"
        "We stand together,\u201d the union said."
    )
    assert [s for _, s in said(text)] == ["the union"]


def test_guard_union_refers_back():
    # 'The union has balloted' refers back: the skimmed body keeps it (fails without _REFERS_BACK)
    text = (
        "The strike was called by the transport union, Railcall, in March.\n\nTra"
        "ins stood idle for a week. Commuters were angry.\n\nFares will rise in M"
        "ay. Talks failed.\n\nThe union has balloted its members again.\n\n\u201cWe will"
        " not back down,\u201d the union said."
    )
    assert [s for _, s in said(text)] == ["Railcall"]


def test_guard_rebels_surname():
    # a plural of doers by its ending: the example speaks (fails without examples._DOER_ENDINGS)
    text = (
        "Tory rebels such as Hale said the bill was \u201cdead in the water.\u201d"
    )
    assert [s for _, s in said(text)] == ["Hale"]


def test_guard_figures_name():
    # examples holding a given name: the person speaks (fails without examples._names_a_person)
    text = (
        "Senior figures such as Tom Hale said the leader was \u201cout of touch.\u201d"
    )
    assert [s for _, s in said(text)] == ["Tom Hale"]


def test_guard_lobbyists_surname():
    # a plural of doers with a surname only: the person speaks (as main)
    text = (
        "Powerful lobbyists such as Crane told MPs the tax was \u201ca blunder.\u201d"
    )
    assert [s for _, s in said(text)] == ["Crane"]


def test_near_miss_union_at_firm():
    # a new union named after the skimmed one (at a named firm): neither is said to speak
    text = (
        "The strike was called by the transport union, Railcall, in March.\n\nTra"
        "ins stood idle for a week. Commuters were angry.\n\nFares will rise in M"
        "ay. Talks failed.\n\nA smaller union at Acme Rail backed the walkout.\n\n\u201c"
        "We stand together,\u201d the union said."
    )
    assert [s for _, s in said(text)] == ["the union"]


def test_near_miss_party_this():
    # 'This party' refers back: the skimmed body keeps the description
    text = (
        "The law was passed by the ruling party, Zanu-PF, last year.\n\nCritics s"
        "ay it is harsh. Courts upheld it.\n\nThis party has ruled for decades.\n\n"
        "\u201cThe law stays,\u201d the party said."
    )
    assert [s for _, s in said(text)] == ["Zanu-PF"]


def test_near_miss_club_team_sheet():
    # 'The team sheet': a definite use of the kind's noun refers back
    text = (
        "He scored for the club, Rovers, in the cup last season.\n\nHe was injure"
        "d in May.\n\nThe team sheet showed him on the bench.\n\n\u201cHe is ready,\u201d the"
        " club said."
    )
    assert [s for _, s in said(text)] == ["Rovers"]


def test_near_miss_firm_rival_named_later():
    # a rival named with its kind after the skimmed firm speaks
    text = (
        "Shares fell after a warning from the firm, Acme, last year.\n\nProfits h"
        "alved. Staff were cut.\n\nIts rival firm Zenco gained ground. Prices fel"
        "l.\n\n\u201cWe are winning customers,\u201d the firm said."
    )
    assert [s for _, s in said(text)] == ["Zenco"]
