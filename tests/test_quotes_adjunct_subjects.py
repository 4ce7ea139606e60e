"""Speakers, twenty-fourth round (real27): a name opening the sentence with a
prepositional adjunct of place or time between it and the verb ("Tom Hale in Leeds
praised", "Tom Hale during a meeting with Ann Roe said") is the verb's subject; the phrase
reader had taken the adjunct's object (Leeds, the union, Ann Roe) or nobody. The near
misses keep the old readings: a sentence that opens on something other than the name
("Fans of Tom Hale in Leeds", "After a talk by Tom Hale in Leeds, Ann Roe said"), a name
as a modifier ("Tom Hale supporters"), a list ("Tom Hale in Leeds and Ann Roe in York"), a
verb of the name's own before the cue ("Tom Hale in Leeds voted ..., and Ann Roe said"), a
passive, a place as the subject ("Police in Leeds"), a body whose name a preposition
continues ("The Council on Rural Affairs Director Ann Roe says": a PolNeAR train line of
that shape went to the council when the rule first ran). All text is invented."""

from __future__ import annotations

import pytest

from tests.quote_support import said

# (case, text, the speaker of its one quotation)
RIGHT = [
    ("place", "Tom Hale in Leeds praised the workers \"for keeping the lights on\".", "Tom Hale"),
    ("visit_to_place",
     "Tom Hale during a visit to Leeds praised the workers \"for keeping the lights on\" "
     "and then left.", "Tom Hale"),
    ("said_after_place",
     "Tom Hale during the visit to Leeds said the workers were \"heroes of the night\".",
     "Tom Hale"),
    ("rally_day",
     "Tom Hale during a Sunday rally thanked the nurses \"for their courage in a hard winter\".",
     "Tom Hale"),
    ("behalf_of_body",
     "Tom Hale on behalf of the union said the offer was \"an insult\".", "Tom Hale"),
    ("letter_to_person",
     "Tom Hale in a letter to Ann Roe said the cuts were \"too deep\".", "Tom Hale"),
    ("meeting_with_person",
     "Tom Hale during a meeting with Ann Roe said the deal was \"close\".", "Tom Hale"),
    ("near_the_end", "Tom Hale near the end of the match said the referee was \"a joke\".",
     "Tom Hale"),
    ("of_affiliation_then_adjunct",
     "Tom Hale of the Herald at the hearing said the leak was \"shameful\".", "Tom Hale"),
    ("of_club_then_adjunct",
     "Ann Roe of Leeds United at the hearing said the ban was \"unfair\".", "Ann Roe"),
    ("town_in_month", "Leeds in March said the deal was \"the best on offer\".", "Leeds"),
]

NEAR = [
    ("fans_of_name",
     "Fans of Tom Hale in Leeds praised the club \"for its patience\" on Sunday.",
     "Fans of Tom Hale in Leeds"),
    ("name_as_modifier",
     "Tom Hale supporters in Leeds said the result was \"a disgrace\".",
     "Tom Hale supporters in Leeds"),
    ("opening_phrase",
     "After a talk by Tom Hale in Leeds, Ann Roe said the town was \"ready for change\".",
     "Ann Roe"),
    ("passive_then_relative",
     "Tom Hale in Leeds was praised by Ann Roe, who said he had been \"a rock\".", "Ann Roe"),
    ("comma_adjunct",
     "Tom Hale, during a visit to Leeds, praised the workers \"for keeping the lights on\".",
     "Tom Hale"),
    ("next_sentence_pronoun",
     "Ann Roe hosted Tom Hale in Leeds. He said the food was \"superb\".", "Tom Hale"),
    ("own_verb_then_other_speaker",
     "Tom Hale in Leeds voted against the plan, and Ann Roe said it was \"a shame\".",
     "Ann Roe"),
    ("police_in_place", "Police in Leeds said the march had been \"peaceful throughout\".",
     "Police in Leeds"),
    ("place_is_where",
     "Tom Hale in Leeds is where Ann Roe once said the party was \"born\".", "Ann Roe"),
    ("body_named_with_on",
     "The Council on Rural Affairs Director Ann Roe says in a statement that the "
     "scheme's \"failures have cost farmers dearly.\"", "Ann Roe"),
    ("opening_participle",
     "Speaking at Hill Farm Ann Roe said: \"We will not sell.\"", "Ann Roe"),
    ("opening_participle_writing",
     "Writing in the Courier Tom Hale said: \"Fees are too high.\"", "Tom Hale"),
    ("body_of_name", "Friends of the Earth in Leeds said the plan was \"a disaster for wildlife\".",
     "Friends of the Earth in Leeds"),
    ("of_affiliation_passive",
     "Tom Hale of the Herald in Leeds was told by Ann Roe that the deal was \"off\".", "Ann Roe"),
    ("of_affiliation_told",
     "Ann Roe of the Green Party told the BBC in Leeds that the vote was \"a scandal\".",
     "Ann Roe"),
    ("of_place", "Tom Hale of Leeds said the bill was \"a scandal\".", "Tom Hale"),
    ("object_person_told", "Tom Hale on Monday told Ann Roe the talks were \"over\".",
     "Tom Hale"),
    ("at_paper_wrote",
     "Tom Hale at the Courier wrote that the plan was \"doomed from the start\".", "Tom Hale"),
]


@pytest.mark.parametrize("case, text, speaker", RIGHT + NEAR, ids=[c[0] for c in RIGHT + NEAR])
def test_adjunct_subject(case: str, text: str, speaker: str | None) -> None:
    assert [s for _, s in said(text)] == [speaker]


def test_adjunct_object_without_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the rule the adjunct's object speaks: the test of the rule can fail."""
    from warreader.index.quotes import cue_subjects

    monkeypatch.setattr(cue_subjects, "subject_before_adjunct", lambda *args: None)
    text = "Ann Roe in York praised the porters \"for their patience\"."  # not cached
    assert [s for _, s in said(text)] == ["York"]
