"""A "he said"/"she said" quotation opening its sentence right after a sentence whose
subject is a described person taking a stance ("A council spokesman defended the plan.")
is that person's (stance_subjects); near misses where it must not be: a quotation that
goes on ("he added"), an earlier quotation in the paragraph, a noun of no sex with a
person of the pronoun's sex (or unknown) seen in the paragraph or the one before, the
other sex (the noun, or its sentence's own "his"/"her"), a person named or a "him"/"her"
after the verb, a verb that is no stance ("declined to comment", "was not available",
"stood guard"), a definite description of someone the article named before, a head noun
the article gave a person of that sex earlier. Every sentence written for this test;
the expected speaker is the last quotation's, judged by hand (compared case-insensitively)."""

from __future__ import annotations

import pytest

from tests.quote_support import said

_POSITIVES = [
    pytest.param(
        "Tom Hale leads the council.\n\nThe flood hit the town on Monday.\n\n"
        'A council spokesman defended the plan. "We acted quickly," he said.',
        "a council spokesman",
        id="p01",
    ),
    pytest.param(
        "The river burst its banks overnight.\n\nA council spokeswoman rejected the criticism. "
        '"Crews were out within the hour," she said.',
        "a council spokeswoman",
        id="p02",
    ),
    pytest.param(
        "The vote was delayed again.\n\nOn Tuesday, a government spokesman defended the delay. "
        '"We need more time," he said.',
        "a government spokesman",
        id="p05",
    ),
    pytest.param(
        "Tom Hale chaired the hearing.\n\nOne resident, who lost her shop in the fire, "
        'was furious. "Nobody warned us," she said.',
        "one resident",
        id="p06",
    ),
    pytest.param(
        "Prices have doubled since spring.\n\nAn army spokesman blamed the blockade.\n\n"
        '"We cannot move the grain," he said.',
        "an army spokesman",
        id="p07",
    ),
    pytest.param(
        "Tom Hale, the former minister, spoke first.\n\nThe minister defended her budget. "
        '"It is fair," she said.',
        "the minister",
        id="t022",
    ),
    pytest.param(
        "The storm closed the school.\n\nThe boy's mother was furious. "
        '"He did nothing wrong," she said.',
        "the boy's mother",
        id="t042",
    ),
    pytest.param(
        'The court sat on Friday. The judge has rejected the appeal. "The law is clear," she said.',
        "the judge",
        id="t092",
    ),
    pytest.param(
        "The minister resigned on Monday. A government spokesman defended the minister. "
        '"She has done nothing wrong," he said.',
        "a government spokesman",
        id="t122",
    ),
    pytest.param(
        "Tom Hale lost his job.\n\nA company spokeswoman has rejected the claims.\n\n"
        '"He was treated fairly," she said.',
        "a company spokeswoman",
        id="t212",
    ),
    pytest.param(
        "The team lost again on Saturday.\n\nThe manager was furious. "
        '"That was a penalty," he said.',
        "the manager",
        id="d043",
    ),
    pytest.param(
        "The river rose on Sunday.\n\nThe mayor has defended the council. "
        '"Crews worked all night," she said.',
        "the mayor",
        id="d063",
    ),
    pytest.param(
        "The family of Ann Lee spoke on Monday. The victim's father was angry. "
        '"Nobody told us," he said.',
        "the victim's father",
        id="d103",
    ),
    pytest.param(
        'The storm hit on Friday.\n\nThe woman\'s son was angry. "She did nothing wrong," he said.',
        "the woman's son",
        id="e074",
    ),
    pytest.param(
        'A council spokesman defended the plan.\n\n"We acted quickly," he said, '
        '"and we would do it again."',
        "a council spokesman",
        id="e124",
    ),
    pytest.param(
        'The flood came at night. A man was angry. "They took everything," he said.',
        "a man",
        id="e154",
    ),
    pytest.param(
        'Tom Hale criticised the plan. A council spokesman defended it. "It works," he said.',
        "a council spokesman",
        id="e224",
    ),
    pytest.param(
        'The team lost at home.\n\nThe manager was disappointed. "We were poor," he said.',
        "the manager",
        id="a035",
    ),
    pytest.param(
        'Ann Lee won the race. One man was delighted. "She deserved it," he said.',
        "one man",
        id="a045",
    ),
    pytest.param(
        'Tom Hale met the owners.\n\nA club spokesman was pleased. "Talks went well," he said.',
        "a club spokesman",
        id="a065",
    ),
    pytest.param(
        "Tom Hale won the seat.\n\nA party spokesman was delighted with the result. "
        '"A great night," he said.',
        "a party spokesman",
        id="a125",
    ),
]

_NEAR_MISSES = [
    pytest.param(
        "Tom Hale opened the inquiry.\n\nA police spokeswoman denied the claims. "
        '"Officers followed the rules," she said.',
        "a police spokeswoman",
        id="p03",
    ),
    pytest.param(
        "Ann Lee, the minister, visited the port.\n\nA union spokesman dismissed the offer. "
        '"It is an insult to the workers," he said.',
        "a union spokesman",
        id="p04",
    ),
    pytest.param(
        '"We will rebuild the bridge," said Tom Hale. A council spokeswoman defended the cost. '
        '"Every penny counts," he added.',
        "Tom Hale",
        id="n01",
    ),
    pytest.param(
        'Tom Hale visited the camp. A doctor defended the rations. "They are not enough," he said.',
        "Tom Hale",
        id="n02",
    ),
    pytest.param(
        "Ann Lee chairs the board. A council spokesman defended the plan. "
        '"We will look again," she said.',
        "Ann Lee",
        id="n03",
    ),
    pytest.param(
        "Tom Hale criticised the verdict. A judge in the case declined to comment. "
        '"It is a scandal," he said.',
        "Tom Hale",
        id="n04",
    ),
    pytest.param(
        "Tom Hale spoke after the vote. The mayor defended her budget. "
        '"It is a fair deal," he said.',
        "Tom Hale",
        id="n05",
    ),
    pytest.param(
        "A council spokesman defended the plan. Opposition leader Tom Hale called it reckless. "
        '"It will fail," he said.',
        "Tom Hale",
        id="n06",
    ),
    pytest.param(
        'A council spokesman blamed Tom Hale for the delay. "I did nothing wrong," he said.',
        "Tom Hale",
        id="n07",
    ),
    pytest.param(
        "Tom Hale met the workers.\n\nA union official could not be reached.\n\n"
        '"They deserve better," he said.',
        "Tom Hale",
        id="n09",
    ),
    pytest.param(
        '"The road will open in May," Ann Lee told reporters. A police officer rejected that. '
        '"It is not safe," she said.',
        "Ann Lee",
        id="n10",
    ),
    pytest.param(
        "Tom Hale was in the town on Friday. The council defended its plan. "
        '"It is the only way," he said.',
        "Tom Hale",
        id="n11",
    ),
    pytest.param(
        "Ann Lee spoke to the families. A volunteer was angry about the delays. "
        '"They have waited months," she said.',
        "Ann Lee",
        id="n12",
    ),
    pytest.param(
        "Tom Hale arrived in the city. A government spokesman was not available. "
        '"We will talk later," he said.',
        "Tom Hale",
        id="n13",
    ),
    pytest.param(
        "Tom Hale defended the scheme.\n\nA teacher was sceptical.\n\n"
        '"We have heard this before," he said.',
        "Tom Hale",
        id="n16",
    ),
    pytest.param(
        "Tom Hale thanked the rescuers.\n\nA firefighter was angry.\n\n"
        '"They did their best," he said.',
        "Tom Hale",
        id="n17",
    ),
    pytest.param(
        "Ann Lee spoke outside court. The woman who sued her denied the claim. "
        '"I never lied," she said.',
        "Ann Lee",
        id="n18",
    ),
    pytest.param(
        "Tom Hale toured the site. An engineer, who asked not to be named, defended his work. "
        '"The bridge is safe," he said.',
        "an engineer",
        id="n19",
    ),
    pytest.param(
        "Tom Hale toured the site. A nurse defended her team. "
        '"We did everything we could," he said.',
        "Tom Hale",
        id="n20",
    ),
    pytest.param(
        "The report said the plan was flawed. A council spokesman rejected it. "
        '"The report is wrong," the council said.',
        "the council",
        id="n21",
    ),
    pytest.param(
        "Ann Lee was asked about the cuts. A minister defended them. "
        '"Everyone must share the pain," she said.',
        "Ann Lee",
        id="n22",
    ),
    pytest.param(
        'Tom Hale and his wife arrived. A guard denied them entry. "We had tickets," he said.',
        "Tom Hale",
        id="n23",
    ),
    pytest.param(
        '"Nothing has changed," Tom Hale said.\n\nA party spokesman defended the leader.\n\n'
        '"I am going nowhere," he added.',
        "Tom Hale",
        id="n25",
    ),
    pytest.param(
        "Ann Lee wrote to the company. A company spokesman defended the prices. "
        '"I have had no answer," she said.',
        "Ann Lee",
        id="n27",
    ),
    pytest.param(
        "Tom Hale, the mayor, spoke at the hearing. The mayor defended the plan. "
        '"It is sound," he said.',
        "Tom Hale",
        id="n28",
    ),
    pytest.param(
        "Tom Hale spoke first. A council spokesman defended the plan, Mr Hale said. "
        '"It is too late for that," he said.',
        "Tom Hale",
        id="n30",
    ),
    pytest.param(
        "Ann Lee, the mayor, visited the site.\n\nThe mayor was defiant. "
        '"We will rebuild," she said.',
        "Ann Lee",
        id="t012",
    ),
    pytest.param(
        "President Tom Hale flew to Paris.\n\nTalks broke down on Monday.\n\n"
        'The president defended the strikes. "They were lawful," he said.',
        "Tom Hale",
        id="t032",
    ),
    pytest.param(
        "Ann Lee met the families.\n\nA police spokesman has hit out at the protesters. "
        '"They put lives at risk," he said.',
        "a police spokesman",
        id="t062",
    ),
    pytest.param(
        'A spokesman has slammed Tom Hale over the delay. "He broke his word," he said.',
        "a spokesman",
        id="t072",
    ),
    pytest.param(
        "Tom Hale lost the vote. The chairman had rejected his motion. "
        '"It was never debated," he said.',
        "Tom Hale",
        id="t112",
    ),
    pytest.param(
        "Tom Hale, the head of the union, spoke. The union leader was defiant. "
        '"We will strike," he said.',
        "Tom Hale",
        id="t172",
    ),
    pytest.param(
        "Tom Hale is the club's manager.\n\nThe manager was furious. "
        '"That was a penalty," he said.',
        "Tom Hale",
        id="t182",
    ),
    pytest.param(
        "Ann Lee won the seat. Her husband was delighted. "
        'A party spokesman has welcomed the result. "It is a great day," she said.',
        "Ann Lee",
        id="t192",
    ),
    pytest.param(
        "Tom Hale lost his job.\n\nA company spokesman has rejected his claims.\n\n"
        '"I was treated unfairly," he said.',
        "Tom Hale",
        id="t202",
    ),
    pytest.param(
        "Ann Lee opened the clinic. A nurse, who trained in Leeds, was upbeat. "
        '"We are ready," she said.',
        "Ann Lee",
        id="t222",
    ),
    pytest.param(
        "Ann Lee, the mayor, opened the meeting.\n\nThe river rose on Sunday.\n\n"
        'The mayor was defiant. "We will cope," she said.',
        "Ann Lee",
        id="d053",
    ),
    pytest.param(
        "Tom Hale, the chairman, called the vote.\n\nThe secretary was furious. "
        '"This is a stitch-up," he said.',
        "Tom Hale",
        id="d083",
    ),
    pytest.param(
        '"We did our best," Tom Hale said.\n\nThe coach was unrepentant. '
        '"We will go again," he said.',
        "Tom Hale",
        id="d113",
    ),
    pytest.param(
        "Ann Lee, a nurse, was arrested.\n\nThe nurse was defiant. "
        '"I did nothing wrong," she said.',
        "Ann Lee",
        id="d123",
    ),
    pytest.param(
        'A council spokesman defended the plan. Tom Hale did not. "It is a mess," he said.',
        "Tom Hale",
        id="e014",
    ),
    pytest.param(
        'Tom Hale, 54, was furious. A doctor was angry too. "Nobody listens," he said.',
        "Tom Hale",
        id="e034",
    ),
    pytest.param(
        'One man was angry. Another was calmer. "We will wait," he said.',
        None,
        id="e054",
    ),
    pytest.param(
        'Ann Lee read it on Monday. The report was scathing. "It is a failure," she said.',
        "Ann Lee",
        id="e104",
    ),
    pytest.param(
        "Ann Lee spoke to the BBC. The former minister was defiant. "
        '"I would do it again," she said.',
        "Ann Lee",
        id="e114",
    ),
    pytest.param(
        "A council spokesman defended the plan.\n\nTom Hale disagreed.\n\n"
        '"It is too late," he said.',
        "Tom Hale",
        id="e134",
    ),
    pytest.param(
        'A council spokesman defended the plan.\n\n"We acted quickly," he said.\n\n'
        'Tom Hale was furious. "It is a lie," he said.',
        "Tom Hale",
        id="e144",
    ),
    pytest.param(
        "President Tom Hale flew home.\n\nThe talks failed.\n\nThe president was defiant. "
        '"We will not retreat," he said.',
        "Tom Hale",
        id="e204",
    ),
    pytest.param(
        "Ann Lee is a council spokeswoman.\n\nThe flood hit on Monday.\n\n"
        'A council spokeswoman defended the plan. "We acted quickly," she said.',
        "Ann Lee",
        id="e214",
    ),
    pytest.param(
        'A council spokesman defended the plan. "We acted quickly," he said. '
        '"We had no choice," said Tom Hale. "I agree," he said.',
        "Tom Hale",
        id="e234",
    ),
    pytest.param(
        'A council spokesman defended the plan. "We acted quickly," she said.',
        None,
        id="e244",
    ),
    pytest.param(
        'Tom Hale gave the speech. The crowd was delighted. "Thank you," he said.',
        "Tom Hale",
        id="a075",
    ),
    pytest.param(
        '"We lost," Tom Hale said. A teammate was disappointed. "We will go again," he said.',
        "Tom Hale",
        id="a115",
    ),
]


def _last_speaker(text: str) -> str | None:
    found = said(text)
    assert found, text
    return found[-1][1]


@pytest.mark.parametrize(("text", "speaker"), _POSITIVES)
def test_the_described_subject_of_the_sentence_before_speaks(text, speaker):
    assert (_last_speaker(text) or "").lower() == speaker.lower()


@pytest.mark.parametrize(("text", "speaker"), _NEAR_MISSES)
def test_near_misses_keep_their_speaker(text, speaker):
    assert (_last_speaker(text) or "").lower() == (speaker or "").lower()
