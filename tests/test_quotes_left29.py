"""Cases left by the twenty-fifth round's reviews (issue 10, round 26, branch left29), each
with near misses where the rule must not fire. Every sentence is invented for this test;
the cases marked "fails on r26" gave another speaker at the round start (306b9eb)."""

from __future__ import annotations

import pytest

from tests.quote_support import speakers

BANK = "Calloway Bank said on Monday that it would close 40 branches."

WEAK_TOPICS = [
    # a body told of something or expected to act is a weak topic: "it" goes on from the
    # body that spoke (fails on r26: the Treasury / the Financial Conduct Authority)
    ((BANK, 'The Treasury is expected to respond next week. "Customers have moved online," '
      "it said."), "Calloway Bank"),
    ((BANK, 'The Financial Conduct Authority has been told of the plan. "Customers have moved '
      'online," it said in a statement.'), "Calloway Bank"),
    ((BANK, 'The Treasury has been contacted for comment. "Customers have moved online," it '
      "said."), "Calloway Bank"),
    # near misses: a body told or asked to act, or acted against, answers
    ((BANK, 'The Treasury has been told to investigate. "We will look at every complaint," it '
      "said."), "Treasury"),
    ((BANK, 'The Treasury was criticised by MPs. "We acted within the rules," it said.'),
     "Treasury"),
    ((BANK, 'The Treasury has been asked to review the plan. "We will look at it," it said.'),
     "Treasury"),
    (('The Treasury is expected to publish its figures on Monday. "The economy is growing," '
      "it said.",), "Treasury"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), WEAK_TOPICS)
def test_a_body_told_or_expected_to_act_is_a_weak_topic_for_it_said(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker


HERALD = "The Herald reported on Sunday that Quarrel Homes had misled buyers."

STANCES = [
    # a name of no known kind that takes a stance is its paragraph's topic (fails on r26:
    # the Herald)
    ((HERALD, 'Quarrel Homes rejected the claims. In a statement, it said: "We have always '
      'been open with buyers."'), "Quarrel Homes"),
    ((HERALD, 'Quarrel Homes has defended its sales staff. "They did nothing wrong," it '
      "said."), "Quarrel Homes"),
    # near misses: one that declined to speak, a bare surname that may be a person
    ((HERALD, 'Quarrel Homes declined to comment. "We stand by our reporting," it said.'),
     "Herald"),
    ((HERALD, 'Harwick rejected the claims. "He has always been honest," it said.'), "Herald"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), STANCES)
def test_a_named_body_taking_a_stance_is_the_topic_for_it_said(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker


POLICE = "The Metropolitan Police said extra officers had been sent to the area."

UNOWNED_DOCUMENTS = [
    # "a statement" with no owner is the body that spoke in the sentence just before, or
    # that put the document out (fails on r26: "a statement", "a poster")
    ((f'{POLICE} "We take community concerns very seriously," a statement said.',),
     "Metropolitan Police"),
    ((POLICE, '"We take community concerns very seriously," said a statement.'),
     "Metropolitan Police"),
    (('The Conservatives have unveiled a poster which asks: "Are you thinking what we are '
      'thinking?"',), "Conservatives"),
    # near misses: a person spoke, the body declined, a sentence between, another author
    (('Tom Hale said he would resign. "He has served with honour," a statement said.',),
     "a statement"),
    (('The Metropolitan Police declined to comment. "We take community concerns very '
      'seriously," a statement said.',), "a statement"),
    ((f'{POLICE} Residents met on Monday. "We take community concerns very seriously," a '
      "statement said.",), "a statement"),
    (('The Home Office said extra officers had been sent. "We take community concerns very '
      'seriously," a police statement said.',), "a police statement"),
    (('Tom Hale has unveiled a poster which asks: "Are you thinking what we are thinking?"',),
     "a poster"),
    (('The Republican Committee is welcoming the show. "It is great," a news report said.',),
     "a news report"),
    (('The NHS said it was doing its best. "Waiting times have doubled," a study said.',),
     "a study"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), UNOWNED_DOCUMENTS)
def test_an_unowned_document_speaks_for_the_body_that_just_spoke(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker


CAMPAIGN = "Breitbart News chairman Steve Bannon will lead the campaign."

UNNAMED_SOURCES = [
    # an unnamed source with a relative clause is kept whole, never the noun inside it
    # (fails on r26: Breitbart News, the council)
    ((CAMPAIGN, "A person close to the campaign, who requested anonymity to discuss internal "
      'matters, said the shake-up had been "coming for weeks."'),
     "A person close to the campaign"),
    (("The council will vote on Monday.", "A source close to the council, who was not "
      'authorised to speak, said the plan was "dead in the water."'),
     "A source close to the council"),
    # near misses: a named person with a relative clause, a source with none
    (("The council will vote on Monday.", "Tom Hale, who leads the council, said the plan "
      'was "dead in the water."'), "Tom Hale"),
    ((CAMPAIGN, 'An adviser to the campaign, who asked not to be named, said: "It is over."'),
     "An adviser to the campaign"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), UNNAMED_SOURCES)
def test_an_unnamed_source_before_a_relative_clause_is_kept_whole(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker


PEERS = [
    # a quotation naming a peer by title keeps the peer apart from a relative of that
    # surname (fails on r26: James Renwick, a bare Tarrant)
    (("Lord Renwick opened the new wing on Friday. His son, James Renwick, was also there.",
      '"It is a proud day for the family," Lord Renwick said.'), "Lord Renwick"),
    (("Lord and Lady Tarrant opened the fete on Saturday.",
      '"We come every year," Lord Tarrant added. "The village never changes," he said.'),
     "Lord Tarrant"),
    (("Lord and Lady Tarrant opened the fete on Saturday.",
      '"We come every year," Lord Tarrant added. "The village never changes," she said.'),
     "Lady Tarrant"),
    # near misses: the relative's own quotation, one person named both ways in one
    # sentence, a wife of a given name
    (("Lord Renwick opened the new wing on Friday. His son, James Renwick, was also there.",
      '"My father built this place," James Renwick said.'), "James Renwick"),
    (('Peter Mandelson, now Lord Mandelson, said the plan was "sound."',
      '"I stand by it," Lord Mandelson said.'), "Peter Mandelson"),
    (("Lord Hale spoke first. His wife, Ann Hale, spoke next.",
      '"We must act," Lady Hale said.'), "Ann Hale"),
    (("Former party leader Tom Pell has defended the plan.",
      'Lord Pell said: "We acted in good faith."'), "Tom Pell"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), PEERS)
def test_a_peer_named_by_title_stays_apart_from_a_relative(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker


ANSWERED = [
    # the one named after "but" who is backed or cleared, or after "and" who is carried
    # after a cheer, is the one described (fails on r26: the captain, the striker)
    (("The crowd cheered the captain, and Tom Hale was carried shoulder-high.",
      '"This is for the fans," the captain said.'), "Tom Hale"),
    (("Critics turned on the striker, but Ben Fry was backed by his manager.",
      '"I did nothing wrong," the striker said.'), "Ben Fry"),
    # near misses: an injury, a passive against, "and" after an act against, the backer
    # named as "him"
    (("The crowd cheered the captain, and Tom Hale was injured in the crush.",
      '"This is for the fans," the captain said.'), "the captain"),
    (("Police arrested the driver, and Tom Hale was cleared of blame.",
      '"I did not see him," the driver said.'), "the driver"),
    (("Critics turned on the striker, and Ben Fry was backed by his manager.",
      '"I did nothing wrong," the striker said.'), "the striker"),
    (("Critics turned on the striker, but Ben Fry was backed by him.",
      '"I did nothing wrong," the striker said.'), "the striker"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), ANSWERED)
def test_a_name_backed_after_an_attack_or_carried_after_a_cheer_is_the_one_described(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker


TITLED = [
    # a titled document's owner is the name "its" refers to, not the nearest body (fails
    # on r26: the IMF, the Treasury)
    (("The Fed said in its latest Beige Book report that growth had slowed. The IMF "
      "disagreed.", '"Growth is strong," the IMF said.',
      '"Hiring was flat in most districts," the Beige Book said.'), "Fed"),
    (("The Treasury attacked the Labour Party and its Green Paper on tax.",
      '"Taxes must rise for the rich," the Green Paper said.'), "Labour Party"),
    # near misses: the subject's own title, a publication's own name
    (("The Treasury attacked its own Green Paper on tax.",
      '"Taxes must rise for the rich," the Green Paper said.'), "Treasury"),
    (("The Drudge Report said the plan was dead.", '"It is over," the Drudge Report said.'),
     "Drudge Report"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), TITLED)
def test_a_titled_document_speaks_for_the_name_its_refers_to(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker


KINDS = [
    # "a bank letter" after an unnamed bank was introduced is no named bank's (fails on
    # r26: the World Bank)
    (("The World Bank cut its forecast for Kenya. Ann Roe, a teacher, was told by a bank "
      "she owed money.", '"Your account is overdrawn," said a bank letter.'), "a bank letter"),
    # near misses: the named body alone, a definite "the bank" (the same body), the kind
    # as a modifier ("a council decision", "a police officer")
    (("The World Bank cut its forecast for Kenya. The bank blamed drought.",
      '"Growth will slow," said a bank statement.'), "World Bank"),
    (("Leeds City Council shut the road. It was a council decision.",
      '"The road will reopen on Friday," said a council statement.'), "Leeds City Council"),
    (("Officers from the Norbury Police searched the house. A police officer said the man "
      'was known to them. "A man has been arrested," said a police statement.',),
     "Norbury Police"),
    # a named body's own apposition is no second, unnamed one (bblind29's L02, the lead's
    # mend: left29 gave the description itself)
    (("The Vale Bank, a bank with two million savers, said it had asked for help.",
      '"Savers\' money is safe," said a bank statement.'), "Vale Bank"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), KINDS)
def test_a_document_of_a_kind_is_no_named_bodys_after_an_unnamed_one(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker


NURSES = "The Royal College of Nursing said it welcomed any move."

SPOKESPEOPLE = [
    # "a spokesman" right after the body spoke keeps its affiliation (fails on r26: "a
    # spokesman")
    ((NURSES, '"Nurses want clean wards more than anyone," a spokesman said.'),
     "a Royal College of Nursing spokesman"),
    ((f'{NURSES} "Nurses want clean wards," said a spokeswoman.',),
     "a Royal College of Nursing spokeswoman"),
    # near misses: a person spoke, the body declined, a sentence between, another body's
    (('Tom Hale said he welcomed any move. "Nurses want clean wards," a spokesman said.',),
     "a spokesman"),
    (('The Royal College of Nursing declined to comment. "Nurses want clean wards," a '
      "spokesman said.",), "a spokesman"),
    ((f'{NURSES} Ministers disagreed. "Nurses want clean wards," a spokesman said.',),
     "a spokesman"),
    ((f'{NURSES} "Nurses want clean wards," a Unison spokesman said.',), "a Unison spokesman"),
    # the article as the body's name is said (the lead's mend: "a Association of Colleges")
    (('The Association of Colleges said the plans were unfunded. "Colleges are already '
      'full," a spokesman said.',), "an Association of Colleges spokesman"),
    (('The MoD said the claims were untrue. "We do not comment," a spokesman said.',),
     "an MoD spokesman"),
    (('The European Commission said it would act. "We will act," a spokesman said.',),
     "a European Commission spokesman"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), SPOKESPEOPLE)
def test_an_unowned_spokesperson_keeps_the_body_that_just_spoke(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert speakers(*paragraphs)[-1] == speaker
