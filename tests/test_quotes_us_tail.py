"""The US-2016 tail of the huntus26 hunt (usfix26): each rule's positive cases and the near
misses of the same surface shape where it must not fire. Sentences written for this test.

A. A person's name before "of"/"from" and a place ("Senator Orrin Hatch of Utah", "Rand
   Paul of Kentucky") is cut from the place whatever the given name
   (name_runs._split_after_person: a title, or two person-shaped words before a US state
   or a country), so a "he" is the senator, never Utah; bodies stay whole ("Bank of
   England", "Boy Scouts of America", "Attorney General of Texas").
B. A name in apposition to a kin or job noun after a possessive is a person of the noun's
   sex even after a preposition ("arrived with his wife, Melania.") or after the name
   ("Melania, his wife."). A one-word given name alone ("Hillary spoke in Ohio.") is no
   he/she antecedent: usfix26's rule for it was withdrawn after review (revLU26: storms
   are named so, "Katrina destroyed ...", and surnames too, "Murray blocked the bill").
C. A bare "one"/"another"/"a third" speaker is one of the group opening the sentence
   before ("Two Clinton aides ...": "one of two Clinton aides"); with no group it keeps
   its own words, an unnamed source's description.
D. A sentence adverb opening a sentence ("Privately, they ...", "Separately, it ...")
   names nobody (lexicon.SENTENCE_OPENERS).
"""

from __future__ import annotations

import pytest

from tests.quote_support import said

A_POS = [('Senator Orrin Hatch of Utah was angry. "We had a good talk," he said.', ['Orrin Hatch']),
 ('Gov. Nikki Haley of South Carolina spoke on Monday. "We had a good talk," she said.',
  ['Nikki Haley']),
 ('Rep. Tulsi Gabbard of Hawaii spoke on Monday. "We had a good talk," she said.',
  ['Tulsi Gabbard']),
 ('Gov. Asa Hutchinson of Arkansas met Mr. Trump. "We need to act," he said.',
  ['Asa Hutchinson']),
 ('Rand Paul of Kentucky dropped out on Wednesday. "It has been an honor," he said.',
  ['Rand Paul']),
 ('Sen. Bolt Farnum of Idaho voted against the bill. "It is a bad deal," he said.',
  ['Bolt Farnum']),
 ('Zeb Quarley of Montana voted against the bill on Friday. "It is a bad deal," he said.',
  ['Zeb Quarley']),
 ('Rep. Dax Whitlow from Ohio spoke first. "We will fight this," he said.', ['Dax Whitlow'])]

A_NEAR = [('The Bank of England raised rates on Thursday. "Inflation is too high," it said.',
  ['Bank of England']),
 ('Tom Hale of Acme spoke to staff. "We are doing well," he said.', ['Tom Hale']),
 ('Ann Roe of the University of Utah led the study. "The data are clear," she said.',
  ['Ann Roe']),
 ('Officials of the United States of America met on Monday. "Talks went well," said Ann Roe, a '
  'diplomat.',
  ['Ann Roe']),
 ('The Boy Scouts of America changed its rules. "This is the right step," said Tom Hale, its '
  'president.',
  ['Tom Hale']),
 ('Planned Parenthood of Indiana sued the state. "The law is cruel," said Ann Roe, its '
  'director.',
  ['Ann Roe']),
 ('The Attorney General of Texas filed suit. "We will win in court," said Tom Hale, a '
  'spokesman.',
  ['Tom Hale']),
 ('The Supreme Court of Ohio ruled on Monday. Ann Roe, the plaintiff, was pleased. "Justice '
  'was done," she said.',
  ['Ann Roe']),
 ('The Church of England voted on Monday. "It was a long debate," said Tom Hale, a bishop.',
  ['Tom Hale']),
 ('The Islamic Republic of Iran denied the claim. "The charge is baseless," said Tom Hale, a '
  'spokesman.',
  ['Tom Hale']),
 ('Senator Orrin Hatch of Utah met Ann Roe. "He was kind," she said.', ['Ann Roe']),
 ('Gov. Nikki Haley of South Carolina met Tom Hale. "She was tough," he said.', ['Tom Hale']),
 ('The State of Texas sued the government. "We will prevail," said Ann Roe, a lawyer.',
  ['Ann Roe']),
 ('The National Guard of Texas was called in. "We are ready," said Tom Hale, a colonel.',
  ['Tom Hale']),
 ('The Governor General of Canada opened the session. "We serve all," she said.', ['Canada']),
 ('Ann Roe praised the People of Ohio on Monday. "They are strong," she said.', ['Ann Roe']),
 ('Miss Teen Tracy of Ohio was crowned. "I am thrilled," said Ann Roe, her mother.',
  ['Ann Roe']),
 ('Tom Hale, who teaches at the University of North Carolina, disagreed. "It is wrong," he '
  'said.',
  ['Tom Hale']),
 ('Planned Parenthood of Indiana sued the state on Monday. "The law is cruel," it said.',
  ['Planned Parenthood']),
 ('The Islamic Republic of Iran denied the claim. "The charge is baseless," it said.',
  ['Iran']),
 ('Tom Hale met Zeb Quarley of Montana and Ann Roe. "It was useful," she said.', ['Ann Roe'])]

B_POS = [
 ('Donald Trump arrived with his wife, Melania. "He is a good man," she said.', ['Melania']),
 ('Tom Hale appeared with his wife, Ann, in Leeds. "He will never quit," she said.', ['Ann']),
 ('Tom Hale arrived with Melania, his wife. "He is kind," she said.', ['Melania']),
 ('Tom Hale came with his wife, Zorelle, to the rally. "He works hard," she said.',
  ['Zorelle']),
 ('Ann Roe sat with her husband, Bram, at the dinner. "She deserved it," he said.', ['Bram'])]

B_NEAR = [
 # a given name alone names no he/she (revLU26: "Katrina destroyed ...", "Murray blocked ...")
 ('Hillary spoke in Ohio on Monday.\n\n"We will win," she said.', [None]),
 ('Governor Ann Cole ordered the beaches closed. Irene flooded the coast the next day.\n\n'
  '"Stay inside," she said.', ['Ann Cole']),
 ('Tom Hale spoke on Monday. Murray blocked the bill.\n\n"This is obstruction," he said.',
  ['Tom Hale']),
 ('Tom Hale arrived with his wife, Ann Roe, on Monday. "He is tired," she said.', ['Ann Roe']),
 ('Tom Hale arrived with his wife, Ann, and his sister, Jane. "We are proud," Jane said.',
  ['Jane']),
 ('Tom Hale flew with his wife to Georgia. "It was a long trip," she said.', [None]),
 ('Donald Trump spoke with his daughter, Ivanka, and son Eric. "He is ready," she said.',
  ['Ivanka']),
 ('Tom Hale arrived with his wife, Ann. "It is a big day," he said.', ['Tom Hale']),
 ('Tom Hale arrived with his wife, Ann. Later Mary Cole spoke. "It went well," she said.',
  ['Mary Cole']),
 ('Georgia voted on Tuesday.\n\n"We won the state," she said.', [None]),
 ('Tom Hale campaigned in Virginia.\n\n"It is close," she said.', [None]),
 ('Jordan closed its border on Monday.\n\n"We must be safe," he said.', [None]),
 ('Chelsea won on Saturday.\n\n"We played well," he said.', [None]),
 ('Will the plan work? Nobody knows.\n\n"It might," he said.', [None]),
 ('Bill supporters rallied on Monday.\n\n"It must pass," he said.', [None]),
 ('Mark the date: Monday.\n\n"It will be big," he said.', [None]),
 ('Paris hosted the talks.\n\n"They went well," she said.', [None]),
 ('Hillary supporters gathered in Ohio.\n\n"She will win," one woman said.', ['one woman']),
 ('Hillary spoke in Ohio on Monday.\n\n"She is wrong," he said.', [None]),
 ('Hillary spoke in Ohio. Ann Roe answered her.\n\n"That is false," she said.', ['Ann Roe']),
 ('Florence hosted the summit on Monday.\n\n"It was a success," she said.', [None]),
 ('Ann Roe met Tom Hale and his wife, Mary, on Monday. "They are kind," she said.',
  ['Ann Roe']),
 ('Hillary spoke in Ohio. Ann Roe spoke in Iowa.\n\n"We won," she said.', ['Ann Roe']),
 ('Melania arrived late. Donald Trump spoke for an hour.\n\n"We will win," he said.',
  ['Donald Trump']),
 ('Hillary attacked Trump. Ann Roe, a voter, disagreed.\n\n"She is wrong," she said.',
  ['Ann Roe']),
 ('Grace prevailed at the meeting.\n\n"It was close," she said.', [None]),
 ('Sharon met Abbas on Monday.\n\n"We will talk," she said.', [None]),
 ('Tom Hale attacked Hillary on Monday.\n\n"She is a liar," he said.', ['Tom Hale']),
 ('Hillary aides gathered in Ohio on Monday.\n\n"We will win," she said.', [None]),
 ('Tom Hale lived in Lorraine. Later Lorraine changed.\n\n"It is home," she said.', [None]),
 ('Bernie spoke in Vermont on Friday. Ann Roe introduced him.\n\n"He is our hope," she said.',
  ['Ann Roe'])]

C_POS = [('Two Clinton aides described the mood as grim. "Nobody is sleeping," one said.',
  ['one of two Clinton aides']),
 ('Several voters said they were undecided. "I do not trust either," one said. "Me neither," '
  'another added.',
  ['one of several voters', 'another of several voters']),
 ('Three nurses spoke to the BBC. "We are tired," one said. "We are unpaid," another said. "We '
  'want change," a third said.',
  ['one of three nurses', 'another of three nurses', 'a third of three nurses'])]

C_NEAR = [('Two officials spoke on Monday. "It is over," one of them said.', ['two officials']),
 ('Tom Hale spoke on Monday. One thing is clear, he said: "We will win."', ['Tom Hale']),
 ('Two aides were asked about the plan. "It is news to me," Tom Hale said. No one said more.',
  ['Tom Hale']),
 ('Two aides met on Monday. "It is over," one official said.', ['one official']),
 ('Tom Hale spoke on Monday. "It is over," one said.', ['one']),
 ('Two aides met Ann Roe on Monday. She left early. "It is over," one said.', ['one']),
 ('Police questioned two men. "We did nothing," one said.', ['one']),
 ('Two aides met on Monday.\n\n"It is over," one said.', ['one']),
 ('Two aides met on Monday. "It is over," one, Tom Hale, said.', ['Tom Hale']),
 ('Two aides met on Monday. "It is over," said another aide, Tom Hale.', ['Tom Hale']),
 ('A senior aide met reporters. "It is over," one said.', ['one']),
 ('Two aides met on Monday. One said he was tired. "We must rest," he said.', [None]),
 ('Tom Hale was the one who spoke. "It is over," he said.', ['Tom Hale']),
 ('Two aides described the talks. The report was sharp. "It is over," one said.', ['one']),
 ('Two unions spoke. "We will strike," one said. "We mean it," they added.',
  ['one of two unions', 'one of two unions']),
 ('Two nurses quit the Pellton Health Trust. "We are exhausted," one said. "We are reviewing '
  'staff levels," it said.',
  ['one', 'Pellton Health Trust'])]

D_POS = [('Republican leaders met on Tuesday. Privately, they called the nominee "a disaster."',
  ['Republican leaders']),
 ('The company reported a loss. Separately, it announced job cuts.\n\n"We must act," it said.',
  ['the company']),
 ('Mr. Ryan and Mr. Trump met for an hour. Afterward they issued a statement calling the talks '
  '"positive."',
  ['Ryan']),
 ('Acme Corp cut its forecast. Moreover, it warned of "tough times ahead."', ['Acme Corp']),
 ('Tom Hale left early. Apparently, he was "furious" at the vote.', ['Tom Hale'])]

D_NEAR = [('Will Wright spoke on Monday. "Games are art," he said.', ['Will Wright']),
 ('The firm cut jobs. Separately, Ann Roe said the plan was "a mistake."', ['Ann Roe']),
 ('The talks ended. Privately, Tom Hale told aides they were "a farce."', ['Tom Hale']),
 ('Tonight Show host Jimmy Fallon joked about it. "It was wild," he said.', ['Jimmy Fallon']),
 ('Gerald Early wrote about the race. "It matters," Early said.', ['Early']),
 ('The vote failed. Again, Tom Hale blamed "the rebels."', ['Tom Hale']),
 ('Ann Roe spoke in Leeds. Elsewhere, Tom Hale said the plan was "dead."', ['Tom Hale']),
 ('Frank Hale spoke on Monday. "It was fine," he said.', ['Frank Hale']),
 ('Clearly, the plan is "dead," Tom Hale said.', ['Tom Hale']),
 ('Likewise Ltd posted a loss. "It was a hard year," it said.', ['Likewise Ltd']),
 ('Tom Hale praised Ann Roe. Publicly, she said nothing. "I am busy," she told reporters.',
  ['Ann Roe']),
 ('Initially, Tom Hale backed the deal. "It was good," he said.', ['Tom Hale']),
 ('Eventually, the council agreed. "We had no choice," it said.', ['the council']),
 ('Shortly after, Ann Roe resigned. "I am done," she said.', ['Ann Roe'])]

CASES = [
    *(pytest.param(t, s, id=f"A-{n}") for n, (t, s) in enumerate(A_POS)),
    *(pytest.param(t, s, id=f"A-near-{n}") for n, (t, s) in enumerate(A_NEAR)),
    *(pytest.param(t, s, id=f"B-{n}") for n, (t, s) in enumerate(B_POS)),
    *(pytest.param(t, s, id=f"B-near-{n}") for n, (t, s) in enumerate(B_NEAR)),
    *(pytest.param(t, s, id=f"C-{n}") for n, (t, s) in enumerate(C_POS)),
    *(pytest.param(t, s, id=f"C-near-{n}") for n, (t, s) in enumerate(C_NEAR)),
    *(pytest.param(t, s, id=f"D-{n}") for n, (t, s) in enumerate(D_POS)),
    *(pytest.param(t, s, id=f"D-near-{n}") for n, (t, s) in enumerate(D_NEAR)),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_of_the_us2016_tail_and_their_near_misses(text, speakers):
    assert [speaker for _, speaker in said(text)] == speakers
