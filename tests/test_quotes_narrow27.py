"""Rules that named the wrong person, narrowed (issue 10, the twenty-fourth round): a
passive relative clause credits nobody ('"Will you resign?" That was the question Tom
Kell was asked': he received the words); an introduced person is not named by a later
"He was named as ..." after a sentence opening on another person or by a pronoun of
the other sex, nor by a name in apposition to a party's member he acts on ("heckled the
Tory, Tom Hale,"). Each rule's positive cases are kept beside its near misses. Every
sentence is invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

PASSIVE_RECEIVED = [
    '"Will you resign?" That was the question Tom Kell was asked at every stop.',
    '"Go home." That was the message Tom Kell was sent by voters in Leeds.',
    '"Your time is up." That was the message Ann Roe was told by party elders.',
    '"Why now?" That is the question Jim Bell has been asked all week.',
    '"Pack your bags." That was the message Tom Kell had been told by aides.',
    '"Are you ready?" That is the question Ann Roe is asked every day.',
    '"Vote now." That was the message Ann Roe and Tom Kell were told.',
]


@pytest.mark.parametrize("text", PASSIVE_RECEIVED)
def test_a_passive_relative_clause_credits_nobody(text: str) -> None:
    assert [s for _, s in said(text)] == [None]


DELIVERED = [
    ('"Will you resign?" That was the question Tom Kell asked the minister.', "Tom Kell"),
    ('"Stay out of it." That was the advice Sam Cole gave his son.', "Sam Cole"),
    ('"Why now?" That was the question Jim Bell kept asking all week.', "Jim Bell"),
    ('"Go home." That is the message Tom Kell has sent to the rebels.', "Tom Kell"),
    ('"We will win." That was the message Tom Kell delivered in Hull.', "Tom Kell"),
    ('"Do you want it?" These are the questions Ann Roe will be asking.', "Ann Roe"),
]


@pytest.mark.parametrize(("text", "speaker"), DELIVERED)
def test_an_active_relative_clause_still_credits_its_subject(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)] == [speaker]


ANOTHER_NAMED = [
    ('A man was arrested after the fight on Monday. The victim died in hospital. He was '
     'named as Tom Hale, 34.\n\n"It was self-defence," the man said.', "a man"),
    ('A woman was held after the crash in Leeds. The cyclist died at the scene. She was '
     'named as Ann Roe, 51.\n\n"I did not see her," the woman said.', "a woman"),
    ('A man was charged after the attack. The driver was badly hurt. He was later named '
     'as Jim Bell.\n\n"I was only defending myself," the man said.', "a man"),
    ('An officer shot a man in the street on Friday. The man died later. He was named as '
     'Sam Cole, 22.\n\n"I had no choice," the officer said.', "an officer"),
    ('A teenager was held after a robbery. The pensioner was badly hurt. She was named as '
     'Ann Roe, 81.\n\n"I am sorry," the teenager said.', "a teenager"),
    ('A driver was arrested on Monday.\n\nThe cyclist died later. He was named as Ed '
     'Munro.\n\n"I did not see him," the driver said.', "a driver"),
    ('A man was charged after the fire. A boy died in the blaze. He was named as Sam '
     'Cole, 9.\n\n"I am heartbroken," the man said.', "a man"),
    ('A woman was arrested after the crash. He was named as Tom Hale, 19.\n\n"I braked," '
     "the woman said.", "the woman"),
    ('A man in the crowd heckled the Tory, Tom Hale, twice.\n\n"He is a liar," the man '
     "said.", "a man"),
    ('A voter confronted the Liberal Democrat, Sam Cole, outside the shop.\n\n"You broke '
     'your word," the voter said.', "a voter"),
    ('A student challenged the Conservative, Ann Roe, at the debate.\n\n"Fees are too '
     'high," the student said.', "a student"),
    ('A man at the meeting heckled the Liberal Democrat, Sam Cole.\n\n"He is a coward," '
     "the man said.", "a man"),
    # a victim after a suspect's introduction, a younger person after "a man"
    ('A man has attacked a neighbour in Leeds. The victim, 60, was treated in hospital. He '
     'was named as Tom Hale.\n\n"He provoked me," the man said.', "a man"),
    ('A woman was arrested after the robbery. The pensioner was badly hurt. She was named '
     'as Ann Roe.\n\n"I am sorry," the woman said.', "a woman"),
    ('A man has been rescued from a lake. The boy who raised the alarm was praised. He was '
     'named as Sam Cole, 12.\n\n"I was so cold," the man said.', "a man"),
]


@pytest.mark.parametrize(("text", "speaker"), ANOTHER_NAMED)
def test_an_introduced_person_is_not_named_by_another_s_naming(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)] == [speaker]


SELF_NAMED = [
    'A man who rescued a boy from the river has been praised. He was later named as Tom '
    'Hale, 40.\n\n"Anyone would have done it," the man said.',
    'A man was arrested on Monday. The arrest followed a raid. He was named as Tom Hale.'
    '\n\n"Anyone would have done it," the man said.',
    'A man was held after the raid. Police searched his flat. He was named as Tom Hale.'
    '\n\n"Anyone would have done it," the man said.',
    'A man was arrested. The man was taken to Leeds. He was named as Tom Hale.\n\n'
    '"Anyone would have done it," the man said.',
    'A man was charged after the fire. A woman was also held. He was named as Tom Hale.'
    '\n\n"Anyone would have done it," the man said.',
    'A man who lives in Leeds, Tom Hale, backed the bill.\n\n"Anyone would have done it," '
    "the man said.",
]


@pytest.mark.parametrize("text", SELF_NAMED)
def test_an_introduced_person_is_still_named_by_his_own_naming(text: str) -> None:
    assert [s for _, s in said(text)] == ["Tom Hale"]


# the same person described again after an introduction naming no suspect, or a
# spokesman who only reports (revNT27's N4)
REDESCRIBED = [
    ('A girl has been found safe in Derby. The teenager, 14, had been missing for two days. '
     'She was named as Ann Roe.\n\n"I am sorry I worried everyone," the girl said.', "Ann Roe"),
    ('A woman has been pulled from a burning car in Leeds. The grandmother, 70, was treated '
     'for burns. She was named as Ann Roe.\n\n"I owe them everything," the woman said.',
     "Ann Roe"),
    ('A man has been found safe after two days on the moors. A police spokesman said he was '
     'cold but well. He was named as Tom Hale.\n\n"I got lost in the fog," the man said.',
     "Tom Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), REDESCRIBED)
def test_an_introduced_person_described_again_is_still_named(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)] == [speaker]


def test_a_woman_introduced_is_named_by_she_in_the_next_paragraph() -> None:
    text = ('A nurse was attacked at the clinic on Monday.\n\nShe was later named as Ann '
            'Cole.\n\n"I was scared," the nurse said.')
    assert [s for _, s in said(text)] == ["Ann Cole"]


# A news lead's description and the name the next sentence opens on (lead_names.
# names_described, used by owned_sources.named_next and named_right_after): the name is
# the described person only with the lead's own verb or an appositive keeping the
# description's qualifiers, in a sentence that answers nobody (bblind26's F2).
LEAD_NAMED = [
    ('Trial news\n\nA PR expert has told the trial the singer was "badly advised".\n\n'
     "Ann Kite told the court she had warned him.", "Ann Kite"),
    ('Rates\n\nA leading economist has said rates are "far too low".\n\nJohn Marsh, an '
     "economist at Acme Bank, said rates should rise by June.", "John Marsh"),
    ('Music slump\n\nThe record market is "in a coma", a leading industry figure has said.'
     "\n\nTom Hale, the head of a record label, told the BBC sales were falling.", "Tom Hale"),
    ('Ward strain\n\nA senior doctor has said the ward is "at breaking point".\n\nAnn Roe, '
     "a doctor at St Mary's hospital, said staff were exhausted.", "Ann Roe"),
    ('Law row\n\nA top lawyer has told a conference the law is "a mess".\n\nSam Cole told '
     "the conference judges were overworked.", "Sam Cole"),
    ("Euro\n\nThe euro rose. Meanwhile, France's finance minister has said the world faced "
     '"ruin". Jean Dupont said he would raise it at the G7.', "Jean Dupont"),
    ("Talks\n\nThe talks went on. Spain's foreign minister has said the talks were "
     '"useful". Ana Ruiz said a deal was near.', "Ana Ruiz"),
    # the described person's own story may hold a negation
    ('Tribunal\n\nA teacher has told a tribunal the school was "out of control".\n\nAnn '
     "Lyle told the panel she had never felt safe there.", "Ann Lyle"),
    ('Inquest\n\nA driver has told an inquest the road was "a death trap".\n\nTom Hale '
     "told the coroner the lights had not worked for weeks.", "Tom Hale"),
    ('Wards\n\nA porter has told an inquiry patients waited "for days".\n\nJim Bell told '
     "the inquiry the porter on nights was often alone.", "Jim Bell"),
    # a country's or a body's office has one holder: any speech verb names him
    ("Talks\n\nThe talks went on. Spain's foreign minister has said the talks were "
     '"useful". Ana Ruiz told reporters a deal was near.', "Ana Ruiz"),
    # ... and whatever the holder answers (revNT27's N5)
    ('Tariff\n\nThe row grew. Norway\'s trade minister has called the tariff "a hostile '
     'act". Eva Lund told reporters Oslo rejected the claims from Brussels.', "Eva Lund"),
    # a noun of no debate, or an admission: any plain speech verb names the person
    ('Clinics\n\nA senior nurse has warned that clinics are "at breaking point".\n\nAnn '
     "Roe told the BBC staff were leaving in droves.", "Ann Roe"),
    ('Steel\n\nPrices will "double by spring", according to a leading engineer.\n\nTom '
     "Hale told a conference in Leeds that steel was scarce.", "Tom Hale"),
    ('Trains\n\nA minister has admitted the new trains will be "months late".\n\nAnn Roe '
     "told MPs the supplier had let them down.", "Ann Roe"),
    # the same testimony told again may hold a denial of her own
    ('Fire\n\nA firefighter has told an inquiry the alarms were "silent".\n\nTom Hale '
     "told the hearing he rejected the owner's account.", "Tom Hale"),
]
LEAD_ANSWERED = [
    ('Budget\n\nA senior minister has said the budget is "sound".\n\nAlan Reeve told MPs '
     "the economy was strong.", "A senior minister"),
    ('ID cards\n\nA government adviser has told the BBC the scheme is "doomed".\n\nJohn '
     "Marsh told the BBC he did not agree.", "A government adviser"),
    ('Pay\n\nA union leader has said the offer is "an insult".\n\nPeter Lyle, a fellow '
     "union leader, said his members would accept it.", "A union leader"),
    ('Tax\n\nA Labour spokesman has said the plan is "a fantasy".\n\nTom Hale, the '
     "Conservative spokesman, said every figure had been checked.", "A Labour spokesman"),
    ('Cuts\n\nA Treasury minister has said cuts are "unavoidable".\n\nPhil Gant, the '
     "shadow Treasury minister, said they were a choice.", "A Treasury minister"),
    ('Homes\n\nAn economist has said prices will "crash".\n\nSue Hart said the claim was '
     "overblown.", "An economist"),
    ('Policy\n\nA senior official has said the policy was "dropped".\n\nMaria Lopez said '
     "that was untrue.", "A senior official"),
    ('Roads\n\nA spokesman for the council has said the road will "reopen soon".\n\nTom '
     "Hale, a spokesman for the bus firm, said it would stay shut.",
     "A spokesman for the council"),
    ('Dam\n\nAn expert has warned that the dam is "unsafe".\n\nJim Bell said it had been '
     "checked twice.", "An expert"),
    ('Senate\n\nA Republican senator has said the bill is "dead".\n\nBill Ochoa, a '
     "Democratic senator, said it would pass.", "A Republican senator"),
    ('Bridge\n\nA leading engineer has said the bridge is "unsafe".\n\nTom Hale told the '
     "BBC he did not agree.", "A leading engineer"),
    ('Wards\n\nA senior doctor has warned that wards are "full".\n\nTom Hale said the '
     "warnings were overblown.", "A senior doctor"),
    ('Exams\n\nA teacher has said the exams were "too hard".\n\nAnn Roe said she '
     "rejected that view.", "A teacher"),
    ('Deficit\n\nA senior minister has warned the deficit is "out of control".\n\nAlan '
     "Reeve told MPs the economy was strong.", "A senior minister"),
]


@pytest.mark.parametrize(("text", "speaker"), LEAD_NAMED + LEAD_ANSWERED)
def test_a_lead_description_is_named_next_only_by_its_own_voice(text: str, speaker: str):
    assert [s for _, s in said(text)] == [speaker]


# A name before a noun of what happens to it ("a Vodafone upgrade by Merrill Lynch") is
# no mere modifier: a later "it" may be that body (modifier_names; revBT26's 5).
EVENT_NOUN_NAMES = [
    ('Phone shares\n\nInvestors cheered a Vodafone upgrade by Merrill Lynch on Monday.\n\n'
     '"Our customers are spending more," it said.', "Vodafone"),
    ('BT\n\nThe market liked a BT upgrade by Morgan Stanley.\n\n"We are growing again," it '
     "said.", "BT"),
    ('Deal\n\nAcme welcomed a Vodafone upgrade by Merrill Lynch.\n\n"We are pleased," it '
     "said.", "Acme"),
    ('Files found\n\nA Google search by Harlow staff found the files. "We acted at once," '
     "it said.", "Harlow"),
    ('Bid\n\nMarlow said it had no plans for a Kestin takeover. "We are happy as we are," '
     "it said.", "Marlow"),
    ('Bid\n\nZenco dismissed a Marlow bid on Monday. "The offer is too low," it said.',
     "Zenco"),
]


# A body's description ("the bank said") still passes over the name before "upgrade" for
# the body named after "by": only "it" may be that name.
EVENT_NOUN_NAMES += [
    ('Shops\n\nTraders liked a Boots upgrade by Acme Bank. "Margins will rise," the bank '
     "said.", "Acme Bank"),
]


@pytest.mark.parametrize(("text", "speaker"), EVENT_NOUN_NAMES)
def test_a_name_before_what_happens_to_it_may_be_it(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)] == [speaker]


# "A guard stopped the visitor, Ann Lyle," then "the guard said": a noun the lexicons lack
# introduced opening a sentence whose object has the name in apposition is the unnamed
# guard, not the visitor (owned_sources.introduced_unnamed with unlisted_noun).
UNLISTED_INTRODUCED = [
    ('A guard stopped the visitor, Ann Lyle, at the gate.\n\n"She had no pass," the guard '
     "said.", "a guard"),
    ('A guard stopped the visitor, Ann Lyle, at the gate. "She had no pass," the guard '
     "said.", "a guard"),
    ('A doorman turned away the singer, Tom Hale, at the club.\n\n"He was drunk," the '
     "doorman said.", "a doorman"),
    ('A bouncer threw out the footballer, Sam Cole. "He started it," the bouncer said.',
     "a bouncer"),
    ('An usher showed the minister, Tom Hale, to his seat.\n\n"He was polite," the usher '
     "said.", "an usher"),
    ('A guard and his boss, Tom Hale, stopped the thief.\n\n"He was fast," the guard said.',
     "a guard"),
    # the guard named: himself, after "named", in apposition, by a later naming
    ('A guard, Ann Lyle, stopped the visitor at the gate.\n\n"He had no pass," the guard '
     "said.", "Ann Lyle"),
    ('A doorman called Tom Hale turned the singer away.\n\n"She was drunk," the doorman '
     "said.", "Tom Hale"),
    ('A guard named Tom Hale stopped the visitor, Ann Lyle, at the gate.\n\n"She had no '
     'pass," the guard said.', "Tom Hale"),
    ('A guard at the bank, Tom Hale, stopped the thief.\n\n"He was fast," the guard said.',
     "Tom Hale"),
    ("A guard stopped the visitor, Ann Lyle, at the gate. The guard was later named as Tom "
     'Hale.\n\n"She had no pass," the guard said.', "Tom Hale"),
    # the noun used of a named person, or the name met later: that person
    ('Tom Hale, a porter at the hotel, found the bag.\n\n"It was heavy," the porter said.',
     "Tom Hale"),
    ("Tom Hale works as a guard at the bank. He stopped the thief on Monday.\n\n"
     '"It was over in seconds," the guard said.', "Tom Hale"),
    ("A guard has been praised for stopping a robbery.\n\nTom Hale, 45, tackled the robber "
     'at the bank on Monday.\n\n"It was over fast," the guard said.', "Tom Hale"),
    ("A doorman who saved a child from a fire has been given an award.\n\nTom Hale ran into "
     'the burning flat in Leeds last May.\n\n"I did not think," the doorman said.', "Tom Hale"),
    ('A guard stopped the visitor, Ann Lyle, at the gate.\n\n"I had a pass," she said.',
     "Ann Lyle"),
]


@pytest.mark.parametrize(("text", "speaker"), UNLISTED_INTRODUCED)
def test_an_unlisted_noun_introduced_is_not_the_name_of_its_object(text: str, speaker: str):
    assert [s for _, s in said(text)] == [speaker]


# "Speaking to Sam Cole Ann Roe said" (no comma): two full names back to back are two
# people, the second speaking (name_runs.two_people), never one four-word speaker.
TWO_PEOPLE = [
    ('Speaking to Sam Cole Ann Roe said the plan was "a mess".', "Ann Roe"),
    ('Speaking to Tom Hale Jim Bell said the deal was "dead".', "Jim Bell"),
    ('Talking to Ann Kite Tom Hale said the vote was "a farce".', "Tom Hale"),
    ('Speaking to Elton John Tom Hale said the show was "a triumph".', "Tom Hale"),
    ('Speaking to Sam Cole, Ann Roe said the plan was "a mess".', "Ann Roe"),
    ('Speaking to the BBC Ann Roe said the plan was "a mess".', "Ann Roe"),
    ('Morgan Stanley Dean Witter said profits rose by "a healthy margin".',
     "Morgan Stanley Dean Witter"),
    ('Speaking on Monday, Anna Maria Rosa Lopez said the plan was "a mess".',
     "Anna Maria Rosa Lopez"),
    # after "said" one person follows: a double given name and a middle name (revNT27's N7)
    ('"The fence must go," said Ann Marie Rose Smith, who lives next door.',
     "Ann Marie Rose Smith"),
    ('"It was a fair result," said Carlos Alberto Julio Perez, the coach.',
     "Carlos Alberto Julio Perez"),
    ('"Nobody warned us," said Mary Jane Grace Hale.', "Mary Jane Grace Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), TWO_PEOPLE)
def test_two_full_names_back_to_back_are_two_people(text: str, speaker: str) -> None:
    assert [s for _, s in said(text)] == [speaker]


# "Ann Roe thanked the doctor." then "the doctor said": the doctor is a second participant
# of the sentence that names Ann Roe, not Ann Roe (introduced_names.described_apart); the
# description stays itself unless the sentence makes the noun hers (apposition, "is",
# "as", "became", "named", the name right after it).
DESCRIBED_APART = [
    ('Ann Roe thanked the doctor.\n\n"I was glad to help," the doctor said.', "the doctor"),
    ('The doctor treated Ann Roe at the scene.\n\n"She was lucky," the doctor said.',
     "the doctor"),
    ('Ann Roe thanked the doctor Tom Hale had sent.\n\n"I was glad to help," the doctor '
     "said.", "the doctor"),
    ('Tom Hale told the judge Ann Roe was lying.\n\n"I have no doubt," the judge said.',
     "the judge"),
    ('Ann Roe and the doctor spoke to the family.\n\n"We are hopeful," the doctor said.',
     "the doctor"),
    ('Tom Hale is suing the doctor who treated him.\n\n"I did nothing wrong," the doctor '
     "said.", "the doctor"),
    ('Ann Roe thanked the doctor and the nurse.\n\n"It is our job," the nurse said.',
     "the nurse"),
    ('Tom Hale sacked the coach on Monday.\n\n"I am disappointed," the coach said.',
     "the coach"),
    ('Tom Hale met the minister in London.\n\n"We had a good talk," the minister said.',
     "the minister"),
    ('The judge jailed Ann Roe for two years.\n\n"She showed no remorse," the judge said.',
     "the judge"),
    # a clause of the name's own that acts on the description, or names her otherwise
    ('Rebels attacked the minister over the cuts, but Ann Roe defended him in the debate.'
     '\n\n"He has done well," the minister said.', "the minister"),
    ('Police arrested the driver at the scene, and Ann Roe, a passenger, was taken to '
     'hospital.\n\n"I was going slowly," the driver said.', "the driver"),
    ('Voters booed the senator in Ohio, and Ann Roe praised her for standing firm.\n\n'
     '"I will not back down," the senator said.', "the senator"),
    ('The doctor treated the boy at the scene, and Ann Roe thanked the crew.\n\n"He was '
     'lucky," the doctor said.', "the doctor"),
    ('Ann Roe praised the staff - the doctor had saved her life.\n\n"She was lucky," the '
     'doctor said.', "the doctor"),
]
DESCRIBED_AS_HERS = [
    'Ann Roe, the doctor, treated the boy.\n\n"He was lucky," the doctor said.',
    'Ann Roe is the doctor at the clinic.\n\n"We are busy," the doctor said.',
    'Ann Roe works as the doctor at the clinic.\n\n"We are busy," the doctor said.',
    'Police thanked the doctor, Ann Roe, for her help.\n\n"We are busy," the doctor said.',
    'Ann Roe became the doctor for the team in May.\n\n"We are busy," the doctor said.',
    'Ann Roe, who is the doctor at the clinic, saw the boy.\n\n"We are busy," the doctor said.',
    'Ann Roe has been the doctor for the team since 2001.\n\n"We are busy," the doctor said.',
    'Ann Roe was named the doctor of the year.\n\n"We are busy," the doctor said.',
    'Ann Roe, 45, the doctor who found the bug, spoke first.\n\n"We are busy," the doctor said.',
    'The doctor who treated the boy was Ann Roe.\n\n"We are busy," the doctor said.',
    'The doctor, named as Ann Roe, treated the boy.\n\n"We are busy," the doctor said.',
    'The new doctor at the clinic, Ann Roe, saw the boy.\n\n"We are busy," the doctor said.',
    'Ann Roe, the club doctor, saw the boy.\n\n"We are busy," the doctor said.',
    'Dr Ann Roe treated the boy.\n\n"We are busy," the doctor said.',
    'The doctor, Dr Ann Roe, treated the boy.\n\n"We are busy," the doctor said.',
    # the noun after a preposition is no participant: "the race for governor"
    'Ann Roe won the race for governor in May.\n\n"We are busy," the governor said.',
    # the described one answering in a clause of her own, or in an aside (revNT27's N6)
    'Council leaders blamed the mayor for the floods, but Ann Roe said the drains were not '
    'hers to mend.\n\n"The money was never there," the mayor said.',
    'Critics mocked the coach after the cup exit; Ann Roe shrugged it off.\n\n"We will be '
    'back," the coach said.',
    'Ann Roe - the nurse who raised the alarm - was thanked by the board.\n\n"I only did my '
    'job," the nurse said.',
    'Investors grilled Ann Roe, then the director of Acme, about the losses.\n\n"We made '
    'mistakes," the director said.',
]


@pytest.mark.parametrize(("text", "speaker"), DESCRIBED_APART)
def test_a_description_met_beside_a_named_person_is_not_that_person(text: str, speaker: str):
    assert [s for _, s in said(text)] == [speaker]


@pytest.mark.parametrize("text", DESCRIBED_AS_HERS)
def test_a_description_the_sentence_makes_hers_is_still_the_named_person(text: str) -> None:
    assert [s for _, s in said(text)] == ["Ann Roe"]
