"""Speakers of US campaign news (issue 10, the twenty-fifth round's US hunt families).

"according to" keeps speaking for the quotation it frames ("The plan, according to the
Post, is "dead""; "Tom Hale was "furious," according to two aides"); a speaking "it" goes
to the body opening a sentence of its own paragraph before one that spoke earlier. Each
rule's positive cases are kept beside its near misses. Every sentence is invented for this
test.
"""
from __future__ import annotations

import pytest

from tests.quote_support import said

CREDITED = [
    ('The plan, according to the Harbour Post, is "dead."', "Harbour Post"),
    ('Ann Roe, according to the Harbour Post, "never wanted the job."', "Harbour Post"),
    ('Tom Hale was "furious," according to two aides.', "two aides"),
    ('Tom Hale believes the race is "rigged," according to two aides.', "two aides"),
    ('Tom Hale was "furious" and said nothing, according to two aides.', "two aides"),
    ('Tom Hale said nothing, but he was "furious," according to two aides.', "two aides"),
    ('Ann Roe never said the race was "rigged," according to the Harbour Post.',
     "Harbour Post"),
    ('Tom Hale denied saying the race was "rigged," according to the Harbour Post.',
     "Harbour Post"),
    ('Tom Hale met Ann Roe, who was "thrilled," according to the Harbour Post.',
     "Harbour Post"),
    ('After Tom Hale asked about it, the Roes became "agitated," according to a source.',
     "a source"),
    ('Tom Hale could say the race is "rigged," according to two aides.', "two aides"),
]


@pytest.mark.parametrize(("text", "speaker"), CREDITED)
def test_according_to_speaks_when_no_speech_verb_governs_the_quote(
    text: str, speaker: str
) -> None:
    assert [s for _, s in said(text)] == [speaker]


def test_a_quotation_closing_its_sentence_is_not_governed_by_the_next_cue() -> None:
    text = (
        "According to the Courier, one Ohio transport sign read, \u201cTrust the Force, "
        "but buckle up.\u201d Another advised, \u201cSpeed kills.\u201d"
    )
    assert said(text)[0] == ("Trust the Force, but buckle up.", "Courier")


BODY_TOPIC = [
    ('The Harbour Times reported the loss.\n\nAcme Corp disputed the figures. In a '
     'statement, it said the report was "wrong."', "Acme Corp"),
    ('The Harbour Times reported the loss.\n\nAcme Corp did not dispute the figures. In a '
     'statement, it said the loss was "manageable."', "Acme Corp"),
    ('Zenco Ltd said the deal was "final."\n\nApex Inc makes rival phones. "We are not '
     'worried," it said.', "Apex Inc"),
    # near misses: another body in the subject's sentence; the Times after "But"
    ('The Harbour Times reported the loss.\n\nAcme Corp disputed the figures, and the Times '
     'stood by them. In a statement, it said the story was "accurate."', "Harbour Times"),
    ('The Harbour Times reported the loss.\n\nAcme Corp disputed the figures. But the Times '
     'stood by them. In a statement, it said the story was "accurate."', "Harbour Times"),
]


@pytest.mark.parametrize(("text", "speaker"), BODY_TOPIC)
def test_it_goes_to_the_body_opening_its_paragraph_before_an_earlier_speaker(
    text: str, speaker: str
) -> None:
    assert [s for _, s in said(text)][-1] == speaker


ASIDES = [
    ('Ann Roe, the press secretary, rejected that. Mrs. Hale, she said, had visited Ohio '
     'often. "We are not taking anything for granted," she said.', "Ann Roe"),
    ('Tom Hale rejected that. Jim Bell, he noted, had visited Ohio often. "We are ready," '
     'he said.', "Tom Hale"),
    # near misses: no aside; an aside of the other pronoun; the name opening a later sentence
    ('Ann Roe rejected that. Mrs. Hale had visited Ohio often. "We are not taking anything '
     'for granted," she said.', "Hale"),
    ('Ann Roe rejected that. Jim Bell, she said, had visited Ohio often. "He is ready," he '
     'said.', "Jim Bell"),
    ('Tom Hale rejected that. Jim Bell, he said, had visited Ohio often.\n\nJim Bell '
     'smiled. "We are ready," he said.', "Jim Bell"),
]


@pytest.mark.parametrize(("text", "speaker"), ASIDES)
def test_a_pronoun_goes_on_from_the_speaker_of_an_aside_not_the_name_it_spoke_of(
    text: str, speaker: str
) -> None:
    assert [s for _, s in said(text)][-1] == speaker


ASKED_BY = [
    ('Tom Hale toured the diners.\n\nAsked by a reporter in Dayton whether he agreed, Mr. '
     'Hale offered a careful answer.\n\n"Khan is a hero," he said.', "Tom Hale"),
    ('Asked by Tom Hale in Leeds about the plan, Jim Bell shrugged.\n\n"It is dead," he '
     'said.', "Jim Bell"),
    ('Jim Bell asked Tom Hale in Leeds whether he would run.\n\n"No," he said.', "Tom Hale"),
    # near misses: a request, not a question; the asker pressing on
    ('Asked by Tom Hale, Jim Bell said nothing. "Why not?" he pressed.', "Tom Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), ASKED_BY)
def test_the_one_asked_answers_not_the_asker_named_with_a_place(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)][-1] == speaker


PARTICIPLES = [
    ('Ann Roe on Tuesday mocked Tom Hale for complaining about the vote, saying he should '
     '"stop whining."', "Ann Roe"),
    ('Acme Corp rejected accusations from several workers who said they were unpaid, '
     'calling the claims "fiction."', "Acme Corp"),
    ('Ann Roe defended Tom Hale against critics who called him weak, saying he was '
     '"strong."', "Ann Roe"),
    # near misses: a relative clause set off by a comma goes on; the gerund's own subject
    ('Ann Roe praised Tom Hale, who said the plan was sound, adding that it was "overdue."',
     "Tom Hale"),
    ('Tom Hale apologised after criticising the plan, saying it was "a mistake."', "Tom Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), PARTICIPLES)
def test_a_participle_after_a_comma_goes_on_from_the_main_clause(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)] == [speaker]


UNNAMED_IN_TURN = [
    ('"He gets bored," said one person who has attended the sessions.\n\nA senior campaign '
     'aide disputed that account. "He is preparing every day," the aide said.',
     "a senior campaign aide"),
    ('"He gets bored," said one aide who attended.\n\nA second aide disagreed. "He is '
     'ready," the aide said.', "a second aide"),
    # near misses: the nearer description has another noun; the aide named as an object
    ('"He gets bored," said one aide who attended.\n\nA spokesman disputed that. "He is '
     'ready," the aide said.', "one aide who attended"),
    ('"He gets bored," said one aide. A reporter asked an aide about it. "No," the aide '
     'said.', "one aide"),
]


@pytest.mark.parametrize(("text", "speaker"), UNNAMED_IN_TURN)
def test_the_aide_goes_to_the_unnamed_source_introduced_in_its_own_paragraph(
    text: str, speaker: str
) -> None:
    assert [s for _, s in said(text)][-1] == speaker


def test_campaigns_speak_together_as_a_group() -> None:
    text = 'The two campaigns issued a joint statement calling the meeting "positive."'
    assert said(text) == [("positive.", "the two campaigns")]
    near = 'Tom Hale ran two campaigns. "It was hard," he said.'  # an object, no speaker
    assert said(near) == [("It was hard,", "Tom Hale")]
