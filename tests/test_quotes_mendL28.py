"""The blind review bblind28 of left28 (issue 10, helper mendL28): a described subject
whose name opens the next clause is that person when the clause answers what was done to
the description ("Critics turned on the striker, but Ben Fry refused to apologise"), a
second person when something happens to the name ("and Tom Hale was taken to hospital"),
and neither when the name's clause is any other act ("and Tom Hale praised their work":
the description stays); a quotation with an "I" beside a "we" is one speaker's, never a
group's in unison. Each rule's positive cases sit beside its near misses. Every sentence
is invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said


def _speakers(text: str) -> list[str | None]:
    return [s for _, s in said(text.replace("//", "\n\n"))]


# The name's clause answers: the description is that name (bblind28 SL01-SL04).
ANSWERING = [
    ("Critics turned on the striker, but Ben Fry refused to apologise.//"
     '"I did nothing wrong," the striker said.', "Ben Fry"),
    ("Fans booed the singer, but Ann Roe kept smiling through the set.//"
     '"I love them all," the singer said.', "Ann Roe"),
    ("Voters turned on the candidate, and Tom Hale refused to quit.//"
     '"I am staying in the race," the candidate said.', "Tom Hale"),
    ("The press hounded the actor, but Ann Roe would not cancel the premiere.//"
     '"The film matters more than gossip," the actor said.', "Ann Roe"),
    ("Critics turned on the striker, but Ben Fry was unmoved.//"
     '"I did nothing wrong," the striker said.', "Ben Fry"),
    ("Critics turned on the striker, but Ben Fry had refused to apologise.//"
     '"I did nothing wrong," the striker said.', "Ben Fry"),
    ("Critics turned on the striker, but Ben Fry later apologised.//"
     '"I was wrong," the striker said.', "Ben Fry"),
    ("Voters turned on the candidate, and Tom Hale conceded defeat.//"
     '"The people have spoken," the candidate said.', "Tom Hale"),
    ("Fans booed the singer, but Ann Roe kept smiling at them.//"
     '"I love them all," the singer said.', "Ann Roe"),
    ("Critics turned on the striker, but Ben Fry defended himself.//"
     '"I did nothing wrong," the striker said.', "Ben Fry"),
    ("Critics turned on the striker, but Ben Fry hit back at them.//"
     '"I did nothing wrong," the striker said.', "Ben Fry"),
    ("Police arrested the driver, but Tom Hale denied the charge.//"
     '"I did not see him," the driver said.', "Tom Hale"),
    ("Voters rejected the candidate, but Tom Hale refused to concede.//"
     '"I am staying in the race," the candidate said.', "Tom Hale"),
    # an office's holder answers by any act, as before
    ("Critics attacked the chancellor, but Tom Hale was defiant.//"
     '"The sums add up," the chancellor said.', "Tom Hale"),
    ("Critics turned on the minister, but Tom Hale was forced to resign.//"
     '"I did nothing wrong," the minister said.', "Tom Hale"),
    ("Voters turned on the senator, but Ann Roe was re-elected.//"
     '"The people have spoken," the senator said.', "Ann Roe"),
    ("Tory MPs turned on the home secretary, but Tom Hale ignored them.//"
     '"I am going nowhere," the home secretary said.', "Tom Hale"),
]
# Something happens to the name: a second person; the description stays.
UNDERGOING = [
    ("Police arrested the driver, and Tom Hale was taken to hospital.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Firemen rescued the pilot, but Tom Hale died at the scene.//"
     '"It all happened so fast," the pilot said.', "the pilot"),
    ("Police arrested the driver, and Tom Hale suffered cuts to his face.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Police arrested the driver, and Tom Hale remains in hospital.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Police arrested the driver, but Tom Hale was not hurt.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Police chased the driver, and Tom Hale escaped unhurt.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Bailiffs evicted the tenant, and Ann Roe was left homeless.//"
     '"I had nowhere to go," the tenant said.', "the tenant"),
    ("The club dropped the goalkeeper, and Ben Fry was given the gloves.//"
     '"I will fight for my place," the goalkeeper said.', "the goalkeeper"),
    ("Police questioned the nurse, and Ann Roe was later charged.//"
     '"I saw nothing," the nurse said.', "the nurse"),
    ("Police arrested the mayor, and Tom Hale was taken to hospital.//"
     '"I did nothing wrong," the mayor said.', "the mayor"),
    # an office too: its holder named anew is a second person
    ("The board sacked the coach, and Tom Hale was named as his successor.//"
     '"I wish him well," the coach said.', "the coach"),
]
# Another act, or the name described otherwise: a third person may act so.
THIRD_PERSON = [
    ("Medics treated the victim, and Tom Hale praised their work.//"
     '"I was lucky," the victim said.', "the victim"),
    ("Police arrested the driver, and Tom Hale called for calm.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Nurses cared for the patient, and Ann Roe thanked them.//"
     '"I feel much better," the patient said.', "the patient"),
    ("Doctors treated the boxer, and Tom Hale called the fight off.//"
     '"I feel fine," the boxer said.', "the boxer"),
    ("Police arrested the driver, and Chief Constable Tom Hale praised the officers.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Critics turned on the striker, and Ben Fry, his agent, refused to comment.//"
     '"I did nothing wrong," the striker said.', "the striker"),
    # an answer needs an act against the one described before it
    ("Medics treated the victim, but Tom Hale denied any wrongdoing.//"
     '"I was lucky," the victim said.', "the victim"),
    ("Firemen rescued the pilot, but Tom Hale refused to fly again.//"
     '"It all happened so fast," the pilot said.', "the pilot"),
    ("Police stopped the driver, and Tom Hale hit a lamp post.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Police arrested the driver, but Tom Hale was not available for comment.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Police arrested the driver, but Supt Tom Hale refused to comment.//"
     '"I did not see him," the driver said.', "the driver"),
    ("Critics turned on the striker, but Dr Ben Fry refused to apologise.//"
     '"I did nothing wrong," the striker said.', "Ben Fry"),
    ("Critics turned on the striker, but Ben Fry defended him.//"
     '"I did nothing wrong," the striker said.', "the striker"),
    ("Critics turned on the striker, and Ben Fry, the striker, refused to apologise.//"
     '"I did nothing wrong," the striker said.', "Ben Fry"),
]


@pytest.mark.parametrize(("text", "speaker"), ANSWERING + UNDERGOING + THIRD_PERSON)
def test_a_description_is_the_name_that_answers_for_it(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# An "I" beside a "we": one speaker, never the group in reach (bblind28 SL14).
ONE_VOICE = [
    ("Ann Roe, who uses they/them, met the Joneses in Leeds.//"
     '"I am glad we talked," they said.', None),
    ("Sam Lee, who uses they/them, met the Joneses in Leeds.//"
     '"I am glad we talked," they said.', None),
    ("Tom Hale met the Smiths in Leeds.//"
     '"We told them I was right," they said.', None),
    ("Sam Lee, who uses they/them, met Tom Hale and Ann Roe.//"
     '"I am glad we talked," they said.', None),
]
GROUP_VOICE = [
    ("Tom Hale met the Smiths in Leeds.//"
     '"We are glad we came," they said.', "the Smiths"),
    ("Ann Roe met the Joneses in Leeds.//"
     '"We are glad we talked," they said.', "the Joneses"),
    ("Democrats said the bill was dead.//"
     '"We think it is dead," they said.', "Democrats"),
    # a body's spokesman may say "I" beside the body's "we"
    ("Police arrested Kit Ambler on Monday.//"
     '"I think we did well," they said.', "Police"),
    # a person of no known sex keeps an "I"-only "they" (left28), not an "I" beside a "we"
    ("Sam Lee, who uses they/them, lost the case.//"
     '"I am disappointed," they said.', "Sam Lee"),
    ("Sam Lee, who uses they/them, lost the case.//"
     '"I am sad we lost," they said.', None),
    ("Jim Bell visited Dayton.//"
     '"I am glad we came," they said.', None),
]


@pytest.mark.parametrize(("text", "speaker"), ONE_VOICE + GROUP_VOICE)
def test_an_i_beside_a_we_is_one_speakers(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]
