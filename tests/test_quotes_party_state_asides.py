"""A party and state between commas (", R-S.C.,") before a further aside (", who ...,",
", a role,") is no speaker: the name before it is (issue 10, nineteenth round, from the
blind probe probe-us2). States written with inner dots ("S.C.", "N.H.") stay one token and
were read as a name. Every sentence is invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

_POSITIVE = [
    (
        'Rep. Ned Corwin, R-S.C., who led the oversight panel, said the testimony raised '
        '"grave questions".',
        "Ned Corwin",
    ),
    (
        'Sen. Alma Pryor, R-Ky., who sits on the committee, said: "The testimony raised '
        'grave questions."',
        "Alma Pryor",
    ),
    (
        'Sen. Tad Wexler, R-N.C., who faces voters next year, said the bill was "dead on '
        'arrival".',
        "Tad Wexler",
    ),
    (
        'Sen. Lin Garber, R-S.C., a first-term member of the farm panel, said the plan was '
        '"a mess".',
        "Lin Garber",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _POSITIVE)
def test_the_name_before_the_party_and_state_speaks(text, speaker):
    assert [who for _, who in said(text)] == [speaker]


_NEAR_MISSES = [
    # A body with a who clause that names the senator inside it.
    ('Democrats, who blamed Sen. Alma Pryor, R-Ky., for the delay, said the vote was "a '
     'farce".', "Democrats"),
    # The senator is what the speaker was asked about.
    ('Asked about Sen. Alma Pryor, R-Ky., who opposes the bill, Paul Ryan said: "She is '
     'entitled to her view."', "Paul Ryan"),
    # The coded name is an object of praise; the praiser speaks.
    ('Nancy Pelosi praised Rep. Dana Welk, D-Calif., who chairs the caucus, and said the '
     'plan was "a start".', "Nancy Pelosi"),
    # A new person named in between.
    ('Sen. Alma Pryor, R-Ky., who clashed with Marco Rubio, watched as Rubio said: "We '
     'have the votes."', "Marco Rubio"),
    # A pronoun of the other gender after a man named in a who clause.
    ('Rep. Dana Welk, D-Calif., met Tom Harlan, who chairs the caucus. "We have the '
     'votes," he said.', "Dana Welk"),
    # The coded name is an object; another senator speaks.
    ('Democrats attacked Sen. Alma Pryor, R-Ky., who had blocked the bill. "This is '
     'obstruction," said Sen. Amy Lund.', "Amy Lund"),
    # Hearsay: the senator is reported, not quoted.
    ('Sen. Alma Pryor, R-Ky., who was quoted by a newspaper calling the bill "a '
     'disaster," did not respond to requests for comment.', None),
    # Another person with the same surname speaks.
    ('Rep. Tom Welk, D-Calif., who is no relation of the senator, said Dana Welk had been '
     '"misquoted".', "Tom Welk"),
]


@pytest.mark.parametrize(("text", "speaker"), _NEAR_MISSES)
def test_no_party_and_state_sends_the_quote_elsewhere(text, speaker):
    assert [who for _, who in said(text)] == [speaker]


def test_a_spokesman_for_a_coded_name_is_the_spokesman_not_the_code():
    text = ('A spokesman for Rep. Ned Corwin, R-S.C., who led the panel, said: "The report '
            'will be released on Friday."')
    assert said(text) == [("The report will be released on Friday.",
                           "A spokesman for Rep. Ned Corwin")]


_CLAUSE_HEADS = [
    # The coded name sits in a "whose"/"who" clause of the subject: the subject speaks.
    ('Kelley Pryor, whose husband is Sen. Alma Pryor, R-Ky., said: "He will not back '
     'down."', "Kelley Pryor"),
    ('Kelley Dunn, whose husband is Sen. Alma Pryor, R-Ky., said: "He will not back '
     'down."', "Kelley Dunn"),
    ('Tom Hale, who lost to Sen. Ed Lum, R-Ky., said the race was "rigged".', "Tom Hale"),
    ('Tom Hale, who lost to Sen. Ed Lum, R-Ky., in 2010, said the race was "rigged".',
     "Tom Hale"),
    # Near misses: the coded name speaks alone, or in the next sentence, or after "who".
    ('Sen. Ed Lum, R-Ky., said the race was "rigged".', "Ed Lum"),
    ('Kay Dunn, whose brother is Sen. Ed Lum, R-Ky., did not comment. Lum said: "The race '
     'was rigged."', "Ed Lum"),
    ('Kay Dunn met Sen. Ed Lum, R-Ky., who said the race was "rigged".', "Ed Lum"),
    ('"The race was rigged," said Kay Dunn, whose brother is Sen. Ed Lum, R-Ky.', "Kay Dunn"),
]


@pytest.mark.parametrize(("text", "speaker"), _CLAUSE_HEADS)
def test_a_coded_name_inside_the_subjects_clause_is_not_the_subject(text, speaker):
    assert [who for _, who in said(text)] == [speaker]


# Review revP (findings 1, 2): the coded name is the *subject* of the who/whom clause
# ("who Sen. X, R-Y., said ..."), or a bare verb follows its code inside the clause
# (", praised,"). Stepping over the code must not make the head or the coded name the
# speaker of what is not theirs.
_CODE_INSIDE_THE_CLAUSE = [
    # The coded name right after "who" speaks the clause's own quotation.
    ('Rita Vance, who Sen. Cole Barden, R-Ind., said "should never have been hired", '
     'resigned on Monday.', "Cole Barden"),
    ('The farmers, who Rep. Nia Stroud, D-Wis., said were "left behind again", stayed '
     'away from the fair.', "Nia Stroud"),
    ('Rita Vance, who Sen. Cole Barden, R-Ind., told "to find another job", resigned on '
     'Monday.', "Cole Barden"),
    ('Unions, who Rep. Nia Stroud, D-Wis., called "a special interest", made no reply.',
     "Nia Stroud"),
    # A bare verb after the code closes the clause: the head speaks, never the code's name.
    ('Rita Vance, who Sen. Cole Barden, R-Ind., defended, said the inquiry was "a '
     'witch hunt".', "Rita Vance"),
    # A body the coded name acted on: no speaker rather than the coded name.
    ('The teachers, whom Rep. Nia Stroud, D-Wis., visited, said the schools were "falling '
     'apart".', None),
    ('Farmers, who Sen. Cole Barden, R-Ind., called freeloaders, said the subsidy was '
     '"earned".', None),
    ('Miners, who Sen. Cole Barden, R-Ind., courted, said the offer was "too little".',
     None),
]


@pytest.mark.parametrize(("text", "speaker"), _CODE_INSIDE_THE_CLAUSE)
def test_a_coded_name_after_who_is_the_clauses_own_subject(text, speaker):
    assert [who for _, who in said(text)] == [speaker]


# Review revP (finding 5): `subject_asides.who_antecedent` past a code: a comma inside
# the who clause ("the county seat, Elmwood,") does not make the code the speaker.
_CODE_THEN_WHO_WITH_INNER_COMMA = [
    ('Rep. Gil Maddox, R-Ohio, who farms near the river town, Marlow, said the levy was '
     '"a disgrace".', "Gil Maddox"),
    ('Sen. Ida Brandt, D-Ore., meanwhile, who grew up in the valley, Ashby, said the dam '
     'was "overdue".', "Ida Brandt"),
]


@pytest.mark.parametrize(("text", "speaker"), _CODE_THEN_WHO_WITH_INNER_COMMA)
def test_a_comma_inside_the_who_clause_after_a_code(text, speaker):
    assert [who for _, who in said(text)] == [speaker]
