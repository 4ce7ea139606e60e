"""An office's qualifier tells two people apart (fourteenth round, the UK political probe):
"the shadow chancellor" is not the chancellor, "the chancellor" not the shadow one, "the
deputy prime minister" not the prime minister, "the former education secretary" not the
one in office. A description goes to a person whose role holds its office with the same
qualifiers ("shadow", "deputy", "former" or "ex-", "vice"), never to one whose role holds
other ones; a person with no role stays a candidate. Invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_support import said

_CABINET = "Chancellor Gordon Brierley defended the budget."
_SHADOW = "Shadow chancellor Oliver Letham attacked it."

CASES = [
    (  # the office without "shadow" after the shadow holder spoke last
        f'{_CABINET} {_SHADOW}\n\n"It is a con," said Mr Letham.\n\n'
        'The chancellor replied: "The shadow chancellor is wrong."',
        "Gordon Brierley",
    ),
    (  # "the shadow chancellor" after the chancellor spoke last
        'Shadow chancellor Oliver Letham attacked the budget. Chancellor Gordon Brierley '
        'defended it.\n\n"It is fair," said Mr Brierley.\n\n'
        'The shadow chancellor replied: "It is a con."',
        "Oliver Letham",
    ),
    (  # a partial quotation, the office of two words
        'Home Secretary Charles Clewes defended the bill. "It is needed," he said.\n\n'
        'Shadow home secretary David Danby said: "It is a mess."\n\n'
        'The home secretary said the Tories were "soft on crime".',
        "Charles Clewes",
    ),
    (  # the roles given in appositions
        "Oliver Letham, the shadow chancellor, attacked the budget. Gordon Brierley, the "
        'chancellor, defended it on Monday.\n\n"It is fair," said Mr Brierley.\n\n'
        'The shadow chancellor said: "It is a con."',
        "Oliver Letham",
    ),
    (  # "deputy": the prime minister named without a role is still a candidate
        "Deputy Prime Minister John Prescombe defended the plans. Tony Blakeley was in "
        'Brussels.\n\n"The case has not gone away," Mr Prescombe said.\n\n'
        'The prime minister said: "John has my full support."',
        "Tony Blakeley",
    ),
    (  # "former", and "ex-" read as "former"
        "Former education secretary Estelle Morrissey criticised the plans. Education "
        'Secretary Ruth Kellett said: "Academies work."\n\n'
        'The ex-education secretary said: "It is a two-tier system."',
        "Estelle Morrissey",
    ),
    (
        "Education Secretary Ruth Kellett defended the plans. Former education secretary "
        'Estelle Morrissey criticised them.\n\n"It is a two-tier system," Ms Morrissey '
        'said.\n\nThe education secretary said: "Academies work."',
        "Ruth Kellett",
    ),
    (  # "the deputy leader" is not the leader who spoke last
        "Labour leader Tony Blakeley and deputy Labour leader John Prescombe spoke at the "
        'rally. "We will win," Mr Blakeley said.\n\nThe deputy leader said: "Every vote '
        'counts."',
        "John Prescombe",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_a_description_goes_to_the_holder_of_its_office_with_its_qualifiers(text, speaker):
    assert said(text)[-1][1] == speaker


def test_the_same_office_without_qualifiers_still_resolves():
    found = said(
        'Chancellor Gordon Brierley spoke in Leeds. "Growth is strong," he said.\n\n'
        'Tory leader Michael Harwood said: "Taxes are too high."\n\n'
        'The chancellor replied: "They are lower than in 1997."'
    )
    assert found[-1][1] == "Gordon Brierley"
