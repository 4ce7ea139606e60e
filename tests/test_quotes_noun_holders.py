"""A description opening a sentence or speaking ("The billionaire was gracious in defeat",
""...," the striker said") names the one person the article introduced with that noun,
before or after the name: "the billionaire Jim Bell", "US tycoon Jim Bell", "the veteran
striker Jim Bell" (``sighted_roles._premodifier_role``, ``noun_holders``), as an
apposition already did ("Jim Bell, a billionaire,"). Sentences written for this test. The
near misses: two people with the noun, the noun of a thing ("the billionaire's yacht",
"The billionaire class"), a pronoun of the other sex, someone else introduced with the
noun in between ("Another billionaire, Sam Cole,", "a second billionaire"), a former
holder ("Former striker"), the name opening a clause ("the coach Tom Hale had hired"), the
noun qualifying a thing before a verb-like word ("The billionaire vote split"), another
person seen in between ("Tom Hale, his lawyer, was present.").
"""

from __future__ import annotations

import pytest

from tests.quote_support import said

HOLDERS = [
    (  # a1
        'Tom Hale beat Jim Bell, a billionaire, by 300 votes.\n\nThe billionaire was '
        'gracious in defeat. "The voters have spoken," he said.',
        ['Jim Bell'],
    ),
    (  # p1a
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nThe billionaire was '
        'gracious in defeat. "The voters have spoken," he said.',
        ['Jim Bell'],
    ),
    (  # p1b
        'Tom Hale beat the billionaire Jim Bell by 300 votes. The billionaire was gracious '
        'in defeat. "The voters have spoken," he said.',
        ['Jim Bell'],
    ),
    (  # p1c
        'Tom Hale criticised Labour MP Jim Bell over the vote.\n\nThe MP hit back on '
        'Tuesday. "He has his facts wrong," he said.',
        ['Jim Bell'],
    ),
    (  # p1d
        'Manager Tom Hale signed the veteran striker Jim Bell from Porto on Friday.\n\nThe '
        'striker arrived in London on Saturday. "I am delighted to be here," he said.',
        ['Jim Bell'],
    ),
    (  # p1e
        'Sam Cole sold the club to US tycoon Jim Bell last year.\n\nThe tycoon has since '
        'sacked the manager. "We needed a fresh start," he said.',
        ['Jim Bell'],
    ),
    (  # p1f
        'Tom Hale thanked the banker Jim Bell for his support. The banker smiled. "It was '
        'the least I could do," he said.',
        ['Jim Bell'],
    ),
    (  # p1g
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\n"The voters have spoken," '
        'the billionaire said.',
        ['Jim Bell'],
    ),
    (  # p1h
        'Ann Roe lost to the billionaire Sue Bell in the final round.\n\nThe billionaire '
        'was asked by reporters whether she would stand again. "I have not decided," she '
        'said.',
        ['Sue Bell'],
    ),
    (  # p1i
        'Tom Hale beat the billionaire Jim Bell by 300 votes, the pollster Sam Cole '
        'said.\n\nThe pollster had predicted a narrow race. "Bell spent too little time in '
        'the city," he said.',
        ['Sam Cole'],
    ),
    (  # m13
        'The striker Tom Hale scored twice against the goalkeeper Jim Bell.\n\nThe '
        'goalkeeper was furious. "The second was offside," he said.',
        ['Jim Bell'],
    ),
    (  # m16
        'Ann Roe interviewed the singer Tom Hale for the radio.\n\nThe singer was relaxed. '
        '"I love this city," he said.',
        ['Tom Hale'],
    ),
    (  # m9
        'Police arrested the driver Tom Hale on Monday. The driver denied the charge. "I '
        'was not drinking," he said.',
        ['Tom Hale'],
    ),
    (  # s1
        'Manager Tom Hale signed the veteran striker Jim Bell on Friday. "I am delighted," '
        'the striker said.',
        ['Jim Bell'],
    ),
    (  # s2
        'Ann Roe interviewed the banker Jim Bell and the singer Tom Hale on Monday. "Rates '
        'will rise," the banker said.',
        ['Jim Bell'],
    ),
]

NEAR_MISSES = [
    (  # n1
        'The billionaire Tom Hale beat Jim Bell, another billionaire, by 300 votes.\n\nThe '
        'billionaire was gracious in victory. "The voters have spoken," he said.',
        ['Tom Hale'],
    ),
    (  # n2
        "Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nThe billionaire's yacht "
        'stayed in the harbour. "Money cannot buy a seat," Hale said.',
        ['Tom Hale'],
    ),
    (  # n3
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nThe billionaire class has '
        'lost its grip on this city, Hale told supporters. "This is a win for ordinary '
        'people," he added.',
        ['Tom Hale'],
    ),
    (  # n5
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nAnother billionaire, Sam '
        'Cole, had funded Hale\'s campaign. The billionaire was delighted. "Money well '
        'spent," he said.',
        ['Sam Cole'],
    ),
    (  # n7
        'Ann Roe beat the billionaire Jim Bell by 300 votes.\n\nThe billionaire left the '
        'hall early. "The voters have chosen change," she said.',
        ['Ann Roe'],
    ),
    (  # n8
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nHale thanked the '
        'billionaire for a clean race. "He fought hard," he said.',
        ['Tom Hale'],
    ),
    (  # n9
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nThe senator was gracious '
        'in victory. "The voters have spoken," he said.',
        ['Tom Hale'],
    ),
    (  # n12
        'Chelsea signed the striker Jim Bell from Porto and the striker Tom Hale from '
        'Ajax.\n\nThe striker Sam Cole has left for Leeds. "I needed to play every week," '
        'he said.',
        ['Sam Cole'],
    ),
    (  # n13
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nSam Cole, a billionaire '
        'from Leeds, backed the winner. The billionaire was in the hall. "Tom ran a fine '
        'race," he said.',
        ['Sam Cole'],
    ),
    (  # n14
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nThe billionaire vote went '
        'to Hale, according to Ann Roe. "They wanted change," she said.',
        ['Ann Roe'],
    ),
    (  # n15
        "Tom Hale met Jim Bell, the billionaire's lawyer, on Monday.\n\nThe billionaire "
        'stayed in London. "We made some progress," Hale said.',
        ['Tom Hale'],
    ),
    (  # n16
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nThe victory was a shock. '
        '"Nobody gave us a chance," he said.',
        ['Tom Hale'],
    ),
    (  # n17
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nThe billionaire Sam Cole, '
        'who backed Hale, was in the hall. "Tom ran a fine race," he said.',
        ['Sam Cole'],
    ),
    (  # n18
        'Tom Hale beat the billionaire Jim Bell by 300 votes in Leeds.\n\nIn York, the '
        'billionaire Sam Cole lost to Ann Roe. The billionaire was gracious in defeat. '
        '"The voters have spoken," he said.',
        ['Sam Cole'],
    ),
    (  # n19
        "Tom Hale, the striker, scored twice as Leeds beat the striker Jim Bell's old "
        'club.\n\nThe striker was delighted. "It was a special day," he said.',
        ['Tom Hale'],
    ),
    (  # m3
        'Former striker Jim Bell criticised Tom Hale on Monday.\n\nThe striker hit back. '
        '"He never played at this level," he said.',
        ['Tom Hale'],
    ),
    (  # m7
        'The billionaire Jim Bell sued the striker Tom Hale on Monday.\n\n"It is a shabby '
        'move," the striker said.',
        ['Tom Hale'],
    ),
    (  # m17
        'Tom Hale met the mayor Jim Bell in Leeds. The mayor is a former striker.\n\n"We '
        'talked about football," Hale said. "The striker in him never left," he added.',
        ['Tom Hale', 'Tom Hale'],
    ),
    (  # x1
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nThe billionaire tax will '
        'go, the new mayor promised. "Everyone must pay their share," he said.',
        ['Tom Hale'],
    ),
    (  # x2
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nThe billionaire vote '
        'split three ways. "We won the working people," he said.',
        ['Tom Hale'],
    ),
    (  # x2b
        'Tom Hale beat Jim Bell, a billionaire, by 300 votes.\n\nThe billionaire vote '
        'split three ways. "We won the working people," he said.',
        ['Tom Hale'],
    ),
    (  # x3
        'The striker Jim Bell missed a penalty. Tom Hale, a striker too, scored '
        'twice.\n\n"It was my day," the striker said.',
        ['Tom Hale'],
    ),
    (  # x4
        'Tom Hale said the billionaire Jim Bell had lost.\n\nThe billionaire was not at '
        'the count. "He ran away," Hale said. "He always does," he added.',
        ['Tom Hale', 'Tom Hale'],
    ),
    (  # x6
        'Ann Roe, the chairwoman, thanked the banker Jim Bell.\n\nThe banker smiled. "It '
        'was nothing," she said.',
        ['Ann Roe'],
    ),
    (  # x7
        "Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nBell's wife, Ann, was in "
        'the hall. The billionaire left early. "I am proud of him," she said.',
        ['Ann'],
    ),
    (  # x8
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nThe billionaire Sue Cole, '
        'who funded Hale, watched. The billionaire smiled. "Money well spent," she said.',
        ['Sue Cole'],
    ),
    (  # x5
        'Police questioned the driver Jim Bell on Monday. Tom Hale, his lawyer, was '
        'present.\n\nThe driver was released. "My client is innocent," he said.',
        ['Tom Hale'],
    ),
    (  # x5b
        'Police questioned Jim Bell, the driver, on Monday. Tom Hale, his lawyer, was '
        'present.\n\nThe driver was released. "My client is innocent," he said.',
        ['Tom Hale'],
    ),
]

# Shapes whose right speaker (an unnamed coach, lawyer, judge, another billionaire) the
# engine does not give, where the rule must not give the holder either.
NOT_THE_HOLDER = [
    (  # m1
        'Jim Bell fired the coach Tom Hale had hired in May.\n\nThe coach left on Friday. '
        '"I was not given a chance," he said.',
        'Tom Hale',
    ),
    (  # m2
        'Ann Roe praised the lawyer Tom Hale hired last year.\n\n"We will appeal," the '
        'lawyer said.',
        'Tom Hale',
    ),
    (  # m10
        'Jim Bell told the judge Tom Hale was lying.\n\n"He made it all up," the judge '
        'said.',
        'Tom Hale',
    ),
    (  # n6
        'Tom Hale beat the billionaire Jim Bell by 300 votes.\n\nA second billionaire, '
        'from Texas, also lost his race. The billionaire was gracious in defeat. "The '
        'voters have spoken," he said.',
        'Jim Bell',
    ),
    (  # s3
        'Tom Hale fired the coach Jim Bell had hired in May.\n\n"I was not given a '
        'chance," the coach said.',
        'Jim Bell',
    ),
]


@pytest.mark.parametrize(("text", "speakers"), HOLDERS)
def test_the_description_names_the_person_introduced_with_its_noun(text, speakers):
    assert [s for _, s in said(text)] == speakers


@pytest.mark.parametrize(("text", "speakers"), NEAR_MISSES)
def test_near_misses_keep_their_speaker(text, speakers):
    assert [s for _, s in said(text)] == speakers


@pytest.mark.parametrize(("text", "holder"), NOT_THE_HOLDER)
def test_near_misses_never_go_to_the_holder(text, holder):
    assert holder not in [s for _, s in said(text)]
