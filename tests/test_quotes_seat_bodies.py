"""A body named by the place it sits in ("Downing Street", "Scotland Yard", "Lambeth Palace":
two or three capitalised words ending in street, yard or palace) that speaks is an "it"
(unlisted.seat_shaped, Entity.fits; a person of such a surname stays a "he" or "she"), so
"It added ..." after "Downing Street said ..." is Downing Street's (huntuk26 family 17; none
on main). Tried before and dropped (tailuk26) because a negated passive made its subject a
speaker: "Scotland Yard was not told" is now a passive (events._before_negation) and a
negated speech verb ("did not comment", "has not responded", "could not say", "never said"),
or one only supposed ("could argue", "may claim"), leaves its subject a subject but no
speaker (negated_cues.negated_cue), so "It added" goes on from whoever did speak. Sentences
written for this test (bodies27); the near misses were written before the rule was run on
them.
"""

from __future__ import annotations

import pytest

from tests.quote_support import speakers

SEATS_SPEAK = [
    ('Scotland Yard refused to comment. "Inquiries continue," it said.',
     ['Scotland Yard']),
    ('Downing Street would not comment on the report. "We do not discuss security," it '
     'added.',
     ['Downing Street']),
    ('Downing Street did not deny the report. "We never comment on leaks," it said.',
     ['Downing Street']),
    ('Downing Street said the claims were "untrue". It added that Mr Blair was "relaxed".',
     ['Downing Street', 'Downing Street']),
    ('Scotland Yard said the claims were "untrue". It added that officers were "relaxed".',
     ['Scotland Yard', 'Scotland Yard']),
    ('Scotland Yard confirmed that two men had been arrested. It said the inquiry was "at '
     'an early stage".',
     ['Scotland Yard']),
    ('Downing Street rejected the report. "There is no such plan," it said.',
     ['Downing Street']),
    ('Downing Street would not be drawn on the claims. "We are looking at it," it said.',
     ['Downing Street']),
    ('Scotland Yard was told of the plot in May. "We acted at once," it said.',
     ['Scotland Yard']),
]

NEAR_MISSES = [
    ('Mr Dunn did not comment on Monday. On Tuesday he said the report was "rubbish".',
     ['Dunn']),
    ('Ms Kerr has never spoken about the affair. "It was painful," she said in an '
     'interview.',
     ['Kerr']),
    ('Picabo Street said the course was "fast". She added that it was "icy".',
     ['Picabo Street', 'Picabo Street']),
    ('Andy Street said the tram plan was "bold". He added that it would be "cheap".',
     ['Andy Street', 'Andy Street']),
    ('Tavo Street said the race was "tough". "I am tired," he said.',
     ['Tavo Street', 'Tavo Street']),
    ('Della Palace said the film was "silly". She added that she was "proud".',
     ['Della Palace', 'Della Palace']),
    ('Fleet Street said nothing. "We are waiting," said Ann Roe.',
     ['Ann Roe']),
    ('Acme said it was "happy". Scotland Yard was not told. It added that it was "very '
     'concerned".',
     ['Acme', 'Acme']),
    ('Acme said it was "happy". Scotland Yard had not been asked. It added that it was '
     '"very concerned".',
     ['Acme', 'Acme']),
    ('The council said the fair was "safe". Scotland Yard was never consulted. It said the '
     'site was "ready".',
     ['the council', 'the council']),
    ('Acme said the deal was "done". Downing Street did not comment. It added that talks '
     'were "over".',
     ['Acme', 'Acme']),
    ('Mr Blair lives in Downing Street. He said the move was "overdue".',
     ['Blair']),
    ('Downing Street said the claims were "untrue". Mr Blair was in Brussels. He said the '
     'story was "nonsense".',
     ['Downing Street', 'Blair']),
    ('Scotland Yard said two men were held. The Police Federation said officers were '
     '"exhausted". It added that pay was "too low".',
     ['Police Federation', 'Police Federation']),
    ('Downing Street said the claims were "untrue". The BBC said it stood by its story. It '
     'added that the report was "accurate".',
     ['Downing Street', 'BBC']),
    ('Ann Hale, who lives near Scotland Yard, said the noise was "terrible". She added that '
     'it had gone on "for weeks".',
     ['Ann Hale', 'Ann Hale']),
    ('The Treasury said the plan was "sound". Downing Street was not told in advance. It '
     'said the timing was "a matter for the chancellor".',
     ['Treasury', 'Treasury']),
    ('Unison said the offer was "an insult". Downing Street has not responded. It said '
     'strikes would go ahead "next week".',
     ['Unison', 'Unison']),
    ('Mr Dunn did not say whether he would resign. "I have made my decision," he said '
     'later.',
     ['Dunn']),
    ('Acme said profits were "strong". Zenco declined to comment. It added that the market '
     'was "difficult".',
     ['Acme', 'Acme']),
    ('Ms Kerr said the plan was "brave". Mr Dunn was not asked about it. He said later the '
     'idea was "mad".',
     ['Kerr', 'Dunn']),
    ('Ms Kerr said the plan was "brave". Mr Dunn was not asked. She said the idea was '
     '"overdue".',
     ['Kerr', 'Kerr']),
    ('Downing Street said the claims were "untrue". It was not the first time the paper had '
     'been accused. "We stand by every word," the Sun said.',
     ['Downing Street', 'Sun']),
    ('The Home Office said crime was "falling". Scotland Yard could not say how many '
     'officers were hurt. It added that the figures were "provisional".',
     ['Home Office', 'Home Office']),
    ('Ms Kerr said the plan was "brave". Mr Dunn never said he backed it. "I am neutral," '
     'he said.',
     ['Kerr', 'Dunn']),
    ('Acme did not comment on Monday. "We will reply in due course," it said on Tuesday.',
     ['Acme']),
    ('Unison not only said the offer was "an insult" but also called a strike. It added '
     'that members were "furious".',
     ['Unison', 'Unison']),
    ('Acme has not yet responded, but Zenco said the deal was "dead". It added that talks '
     'had "collapsed".',
     ['Zenco', 'Zenco']),
    ('Jo Street said the tram plan was "bold". She added that it would be "cheap".',
     ['Jo Street', 'Jo Street']),
    ('Ann Hale lives on Baker Street. "It is noisy," she said.',
     ['Ann Hale']),
    ('Scotland Yard said three men were held. Ann Hale, a neighbour, said she was '
     '"shocked". She added that the street was "quiet".',
     ['Ann Hale', 'Ann Hale']),
    ('Downing Street said the claims were "untrue". Mr Blair\'s aide, Tom Pell, said he was '
     '"angry". He added that the paper should "apologise".',
     ['Downing Street', 'Tom Pell', 'Tom Pell']),
    ('Acme said the deal was "done". Downing Street wouldn\'t say whether it approved. It '
     'added that the shares were "cheap".',
     ['Acme', 'Acme']),
    ('Mr Dunn said the cuts were "cruel". Ms Kerr has never commented on the cuts. He added '
     'that they would "hurt".',
     ['Dunn', 'Dunn']),
    ('Scotland Yard said officers were "ready".\n\nThe Home Office said the plan was '
     '"sound". It added that costs were "modest".',
     ['Scotland Yard', 'Home Office', 'Home Office']),
    ('Downing Street said the Sun\'s story was "false". The paper said it was "confident". '
     'It added that it had "three sources".',
     ['Downing Street', 'the paper', 'the paper']),
]


# A speech only supposed ("could argue", "may claim", "might say") makes no speaker either;
# "could say only that", "could only say" report what was said.
SUPPOSED = [
    ('Acme said the deal was "done". Zenco could argue otherwise. It added that talks were '
     '"over".',
     ['Acme', 'Acme']),
    ('Acme said the deal was "done". Zenco may claim the credit. It added that talks were '
     '"over".',
     ['Acme', 'Acme']),
    ('Mr Dunn said the plan was "mad". Ms Kerr might say the same. He added that it was '
     '"doomed".',
     ['Dunn', 'Dunn']),
    ('Zenco could say only that talks were "continuing".',
     ['Zenco']),
    ('Acme said the deal was "done". Zenco would not say whether it agreed. It added that '
     'talks were "over".',
     ['Acme', 'Acme']),
    ('Downing Street said the claims were "untrue". Labour said they were "true". It added '
     'that Mr Blair had "lied".',
     ['Downing Street', 'Labour', 'Labour']),
    ('Mr Dunn may say he was misled, but he signed the deal. "I was told it was safe," he '
     'said.',
     ['Dunn']),
    ('Acme could only say that talks were "continuing". It added that a deal was "close".',
     ['Acme', 'Acme']),
    ('Acme could say only that talks were "continuing". It added that a deal was "close".',
     ['Acme', 'Acme']),
    ('Ministers might say the plan is "a success", but few agree.',
     ['Ministers']),
    ('Zenco said profits were "strong". Acme may argue otherwise. "We will wait," it added.',
     ['Zenco', 'Zenco']),
    ('Ms Kerr said the plan was "brave". Mr Dunn could tell a different story. "It was '
     'chaos," he said.',
     ['Kerr', 'Dunn']),
]


@pytest.mark.parametrize(("text", "expected"), SEATS_SPEAK)
def test_a_body_named_by_its_seat_is_an_it(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_a_denied_or_passive_speech_verb_makes_no_speaker_for_it(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), SUPPOSED)
def test_a_supposed_speech_makes_no_speaker_for_it(text, expected):
    assert speakers(text) == expected
