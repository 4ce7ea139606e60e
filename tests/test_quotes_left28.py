"""What the reviews of the twenty-fourth round left open (issue 10, helper left28): a
passer-by's description answering is not the person named beside it; the answerer of a
question, not its asker, is the "he" of his own reported clause; a place is never a
speaking "it"; a body's stance before "it said"; a singular "they"; a group written with
a capital; a participle phrase after the subject. Each rule's positive cases sit beside
its near misses (the same words where another person or body must win). Every sentence
is invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said


def _speakers(text: str) -> list[str | None]:
    return [s for _, s in said(text.replace("//", "\n\n"))]


# 1. "the driver" answering after a second person named beside the description: the name
# to whom something happens is a second person; an office's holder ("the manager", "the
# chancellor") may be the name by any act, another only by answering (test_quotes_mendL28).
DESCRIBED_APART = [
    ("Police arrested the driver, and Tom Hale was taken to hospital.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Police arrested the driver, but Tom Hale was released.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Police stopped the passenger, and Ann Roe was questioned.//"
     '"I was asleep," the passenger said.', "the passenger"),
    ("Medics treated the victim, and Tom Hale was arrested.//"
     '"I was lucky," the victim said.', "the victim"),
    ("Police arrested the driver; Tom Hale was taken to hospital.//"
     '"I did not see him," the driver said.', "the driver"),
]
DESCRIBED_AS_NAMED = [
    ("Fans jeered the manager after the defeat, but Tom Hale refused to quit.//"
     '"We will be back," the manager said.', "Tom Hale"),
    ("Critics attacked the chancellor, and Tom Hale defended the budget.//"
     '"The sums add up," the chancellor said.', "Tom Hale"),
    ("The crowd cheered the captain, and Tom Hale lifted the cup.//"
     '"This is for the fans," the captain said.', "Tom Hale"),
    ("Police arrested the driver, Tom Hale, at the scene.//"
     '"I did not see him," the driver said.', "Tom Hale"),
    ("Tom Hale, the driver, was arrested at the scene.//"
     '"I did not see him," the driver said.', "Tom Hale"),
    ("Police arrested the driver, and Tom Hale was taken to hospital.//"
     '"I did not see him," Tom Hale said.', "Tom Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), DESCRIBED_APART + DESCRIBED_AS_NAMED)
def test_a_passers_by_description_is_not_the_name_beside_it(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# 2. The one asked answers: "A reporter asked ... Cruz said he would stay": he is Cruz.
ASKER_THEN_ANSWER = [
    ("A reporter asked about the polls.//Cruz said he would stay in the race.//"
     '"We are not going anywhere," he said.', "Cruz"),
    ("A reporter asked whether the campaign was over. Cruz said he would stay in the race. "
     '"We are not going anywhere," he said.', "Cruz"),
    ("A reporter asked about the polls.//Kestrel said she would stay in the race.//"
     '"We are not going anywhere," she said.', "Kestrel"),
    ("A student asked him about fees.//Corbyn said he would scrap them.//"
     '"Education should be free," he said.', "Corbyn"),
]
ASKER_NEAR_MISSES = [
    # a person described who asks nothing may be the "he" of the reported clause
    ("A nurse was sacked.//Unison said she had been treated badly.//"
     '"She deserved better," it said.', "Unison"),
    ("A teacher was suspended.//Ofsted said he had broken the rules.//"
     '"He should not have done it," it said.', "Ofsted"),
    ("A reporter asked about the polls.//Tom Hale said he would stay in the race.//"
     '"We are not going anywhere," he said.', "Tom Hale"),
    ("A reporter asked about the polls.//Cruz said he would stay in the race.//"
     '"He asked a fair question," Cruz said.', "Cruz"),
]


@pytest.mark.parametrize(("text", "speaker"), ASKER_THEN_ANSWER + ASKER_NEAR_MISSES)
def test_the_one_who_answers_is_his_own_reported_he(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# 3. A place something happened in ("killed in Iraq") is never a speaking "it"; a
# contractor is someone a "he" nearby may mean.
PLACES = [
    ("A contractor was killed in Iraq on Monday.//Halliburton said he had worked for the "
     'firm for ten years.//"He was a fine man," it said.', "Halliburton"),
    ("A contractor was killed in Iraq.//Halliburton said he had worked for the firm for ten "
     'years. "He was a fine man," the company said.', "Halliburton"),
]
PLACE_NEAR_MISSES = [
    ('Iraq rejected the claim on Monday.//"We will not yield," it said.', "Iraq"),
    ('Iraq said the claim was false.//"We will not yield," it said.', "Iraq"),
    ('Halliburton, a defence contractor, said the deal was signed.//"We are pleased," it '
     "said.", "Halliburton"),
    ('Acme was fined in Ohio.//"It was a mistake," it said.', "Acme"),
    ('Downing Street rejected the report. "There is no such plan," it said.', "Downing Street"),
]


@pytest.mark.parametrize(("text", "speaker"), PLACES + PLACE_NEAR_MISSES)
def test_a_place_is_never_a_speaking_it(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# 4. A body opening the sentence before the quotation with a stance is its "it".
BODY_STANCES = [
    ("Downing Street said the plan was sound.//The council, however, defended it.//"
     '"The scheme works," it said.', "the council"),
    ("Downing Street said the plan was sound.//The council defended it.//"
     '"The scheme works," it said.', "the council"),
    ("The government said the plan was sound.//The council, however, defended it.//"
     '"The scheme works," it said.', "the council"),
    ('The government said the plan was sound.//"The scheme works," the council said.',
     "the council"),
]
BODY_NEAR_MISSES = [
    ('Downing Street criticised the council.//"The scheme fails," it said.', "Downing Street"),
    ('The council defended the plan. Downing Street disagreed.//"The scheme fails," it said.',
     "Downing Street"),
    ("Downing Street said the plan was sound.//The council, however, defended Acme.//"
     '"The firm did well," it said.', "Acme"),
    ('Leeds City Council approved the plan.//The council defended it.//"The scheme works," it '
     "said.", "Leeds City Council"),
    ('The council defended the plan.//Downing Street said it was flawed.//"The scheme fails," '
     "it said.", "Downing Street"),
    ('The Home Office said the plan was sound.//"We will press ahead," the government said.',
     "Home Office"),
]


@pytest.mark.parametrize(("text", "speaker"), BODY_STANCES + BODY_NEAR_MISSES)
def test_a_bodys_stance_before_it_said(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# 5. A singular "they": a person of no known sex, an "I" quotation, no group in reach.
SINGULAR_THEY = [
    ('Sam Lee, who uses they/them, lost the case.//"I am disappointed," they said.', "Sam Lee"),
    ("Kit Ambler, who prefers the pronoun they, spoke at the hearing.//"
     '"I was not heard," they said.', "Kit Ambler"),
]
SINGULAR_NEAR_MISSES = [
    ('Kit Ambler, who prefers the pronoun they, spoke to students.//"I was not heard," they '
     "said.", None),
    ('Jim Bell visited Dayton.//"I want jobs," they said.', None),
    ('Sam Lee, who uses they/them, lost the case.//"We will appeal," they said.', None),
    ('Police arrested Kit Ambler.//"I did nothing wrong," they said.', None),
]


@pytest.mark.parametrize(("text", "speaker"), SINGULAR_THEY + SINGULAR_NEAR_MISSES)
def test_a_singular_they(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


# 6. A group written with a capital ("the Smiths", "Democrats") is a group in reach.
NAMED_GROUPS = [
    ('Tom Hale met the Smiths in Leeds.//"We have no choice," they said.', "the Smiths"),
    ('Tom Hale said Democrats would block the bill.//"It has no chance," they said.',
     "Democrats"),
    ('Democrats in the Senate said the bill was dead.//"It has no chance," they said.',
     "Democrats"),
    ('Republicans on the committee said the report was biased.//"It is a sham," they said.',
     "Republicans"),
]
NAMED_GROUP_NEAR_MISSES = [
    ('Tom Hale met the Smiths and union members in Leeds.//"We have no choice," they said.',
     None),
    ('Tom Hale moved to the Netherlands.//"We have no choice," they said.', None),
    ('Tom Hale met the Smiths in Leeds.//"I have no choice," they said.', None),
    ('Democrats in the Senate said the bill was dead.//"It has no chance," the Senate said.',
     "Senate"),
    ('Tom Hale thanked Democrats for their support.//"It was a team effort," he said.',
     "Tom Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_GROUPS + NAMED_GROUP_NEAR_MISSES)
def test_a_group_written_with_a_capital(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


# 7. A participle phrase after the subject ("Rebels fighting against the army said").
PARTICIPLES = [
    ('Rebels fighting against the army said the town had fallen.//"We hold the bridge," they '
     "said.", "Rebels"),
    ('The rebels fighting against the army said the town had fallen.//"We hold the bridge," '
     "they said.", "the rebels"),
    ('Villagers living near the army base said the troops had left.//"We are afraid," they '
     "said.", "Villagers"),
    ('Protesters marching against the war said police had hit them.//"We were peaceful," they '
     "said.", "Protesters"),
]
PARTICIPLE_NEAR_MISSES = [
    ('Rebels fighting against the army said the town had fallen.//"We hold the bridge," the '
     "army said.", "the army"),
    ('The army, fighting against rebels, said the town had fallen.//"We hold the bridge," it '
     "said.", "the army"),
    ('Tom Hale, fighting against the odds, said the town had fallen.//"We hold the bridge," he '
     "said.", "Tom Hale"),
    ('Rebels fighting against the army said the town had fallen.//"We hold the bridge," '
     "Colonel Tom Hale said.", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), PARTICIPLES + PARTICIPLE_NEAR_MISSES)
def test_a_participle_phrase_after_the_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
