"""revW's review of wire22 (wire layout, one sentence a paragraph; the reviewer's invented
text, as written): the quotations that wire22's three withdrawn rules gave to the wrong
person. wire_topics.thing_subject read plurals of people ("Rebels", "Tenants", "Greens")
as things and carried the quotation after them to the earlier speaker; wire_lending.
lent_across lent a speaker's cue to the next paragraph's words of documents, laws,
banners, chants and other people; wire_lending.heard_last made one who asked, urged,
accused, denied or reported another's words (or a body: Moscow, NATO) the last voice.
Each last quotation gets no speaker, or the right other one where there is one; never
the earlier speaker nor the asker. A street or building named on a given name ("Victoria
Road") introduces no person, so the speaker is still carried over it.
"""

from __future__ import annotations

import pytest

from tests.quote_support import said

_VANCE = '"We will keep the plant open," Dr Dora Vance told the Valley Post.'
_PETRENKO = '"The talks are going well," Colonel Ivan Petrenko told reporters in Kyiv.'
_FILLER = "The plant employs 400 people."

THING = {
    "A04_rebels": (
        _PETRENKO,
        "The rebels hold the hills east of the town.",
        "Rebels shelled the town overnight.",
        '"We will not give up a single village."',
    ),
    "A06_militants": (
        _PETRENKO,
        "The militants crossed the border in May.",
        "Militants still hold the bridge.",
        '"Kyiv has no right to this land."',
    ),
    "A07_migrants": (
        _VANCE,
        "Hundreds of migrants work at the plant.",
        "Migrants make up half the staff.",
        '"Without this job I have nothing."',
    ),
    "A08_tenants": (
        _VANCE,
        "The plant's houses are rented to tenants.",
        "Tenants have been given notice.",
        '"We have nowhere else to go."',
    ),
    "A10_locals": (
        _VANCE,
        "Many locals remember the plant opening.",
        "Locals are worried.",
        '"This town will die without it."',
    ),
    "A11_greens": (
        _VANCE,
        "The plant burns coal and gas, and greens have long campaigned against it.",
        "Greens are in the local coalition.",
        '"Coal has no future here."',
    ),
    "A13_hostages": (
        _PETRENKO,
        "Four hostages were freed on Monday.",
        "Hostages were held in a cellar for a month.",
        '"We thought we would never see our families again."',
    ),
    "T03_rebels": (
        '"The rebels are losing ground every day," Colonel Ivan Petrenko told reporters in Kyiv.',
        "Rebels shelled the town overnight.",
        '"We will not give up a single village."',
    ),
    "T04_rebels_3back": (
        '"The rebels are losing ground every day," Colonel Ivan Petrenko told reporters in Kyiv.',
        "The town lies on the river.",
        "Rebels shelled it overnight.",
        '"We will not give up a single village."',
    ),
    "T05_migrants": (
        '"Prices will fall and migrants will keep their jobs," Dr Dora Vance told the Valley Post.',
        "Migrants make up half the staff.",
        '"Without this job I have nothing."',
    ),
    "T06_militants": (
        '"The militants are losing," Colonel Ivan Petrenko said.',
        "Militants control the bridge.",
        '"Kyiv has no right to this land."',
    ),
    "T08_hostages": (
        '"The hostages are safe," Colonel Ivan Petrenko said.',
        "Hostages were freed on Monday.",
        '"We thought we would die there."',
    ),
    "T09_tenants": (
        '"The tenants will be rehoused," Dr Dora Vance said.',
        "Tenants were given notice in May.",
        '"We have nowhere else to go."',
    ),
    "T10_locals": (
        '"The locals will thank us," Dr Dora Vance said.',
        "Locals are not so sure.",
        '"This town will die without the plant."',
    ),
    "T11_greens_party": (
        '"The greens have got this wrong," Dr Dora Vance said.',
        "Greens hold four seats on the council.",
        '"Coal has no future here."',
    ),
    "T12_landlords": (
        '"The landlords will do well," Dr Dora Vance said.',
        "Landlords have raised rents twice.",
        '"The market sets the rent, not us."',
    ),
    "T13_households": (
        '"The households will pay more," Dr Dora Vance said.',
        "Households face bills of 2,000 pounds.",
        '"We cannot afford to heat the house."',
    ),
    "T14_kurds": (
        '"The kurds are our friends," Colonel Ivan Petrenko said.',
        "Kurds make up a third of the town.",
        '"We only want to be left in peace."',
    ),
    "T15_moderates": (
        '"The moderates will win," Dr Dora Vance said.',
        "Moderates lead the polls.",
        '"We will vote the plan down."',
    ),
    "T16_guerrillas": (
        '"The guerrillas are finished," Colonel Ivan Petrenko said.',
        "Guerrillas attacked a convoy on Monday.",
        '"We will fight until the last man."',
    ),
    "T17_businesses": (
        '"Local businesses will survive," Dr Dora Vance said.',
        "Businesses are less sure.",
        '"We will lose half our customers."',
    ),
    "T19_crowds": (
        '"The crowds will go home," Dr Dora Vance said.',
        "Crowds gathered at the gates.",
        '"Save our plant, save our jobs."',
    ),
    "L03_rebels_see": (
        '"The rebels are losing," Colonel Ivan Petrenko told reporters.',
        'Rebels see the talks as "a trap set by Kyiv and its friends".',
    ),
}
LENT = {
    "F03_words_of_critic": (
        _VANCE,
        'It is, in the words of one critic, "a plan doomed to fail from the start".',
    ),
    "F06_under_licence": (
        _VANCE,
        'Under the 1998 licence, the plant "must be inspected every year by the regulator".',
    ),
    "F08_banners": (
        _VANCE,
        'Banners on the fence read "Save our plant, save our jobs, save our town".',
    ),
    "F13_law": (_VANCE, 'By law, the plant "must give workers six months notice of any closure".'),
    "L07_deal": (_VANCE, 'The 1998 deal promised "jobs for life for every worker at the plant".'),
    "L08_graffiti": (
        _VANCE,
        'Graffiti on the wall reads "the plant dies and the valley dies with it".',
    ),
    "L09_poster_colon": (
        _VANCE,
        'Every window bore a poster: "No to closure, yes to jobs in the valley".',
    ),
    "L15_their_view": (
        _VANCE,
        'In their view, the plan is "a con from start to finish and a waste".',
    ),
    "L18_chant": (
        _VANCE,
        'Outside, the chant was "Vance out, Vance out, Vance out of the valley".',
    ),
    "X5_credit_next_para": (
        _VANCE,
        'The plan is "a con from start to finish and a waste of money".',
        "Those were the words of union leader Tom Reed.",
    ),
}
HEARD = {
    "D04_moscow_heard": (
        _PETRENKO,
        "Moscow has denied sending troops.",
        "The talks resumed in May.",
        '"Kyiv is not serious about peace."',
    ),
    "D05_nato_heard_then_filler": (
        _VANCE,
        "NATO has warned that the region is unstable.",
        _FILLER,
        '"The plant must close by 2030."',
    ),
    "E02_asker_filler": (
        _VANCE,
        "Energy Minister Paul Grant asked Dr Vance whether the plant was safe.",
        _FILLER,
        '"It is perfectly safe."',
    ),
    "E03_reporter_asked": (
        _VANCE,
        "Reporter Paul Grant asked her whether the plant was safe.",
        _FILLER,
        '"It is perfectly safe."',
    ),
    "E04_said_nothing": (
        _VANCE,
        "Energy Minister Paul Grant, when asked, said nothing.",
        _FILLER,
        '"The plant is a danger to everyone."',
    ),
    "E09_hearsay": (
        _VANCE,
        "Union leader Sam Okafor said Energy Minister Paul Grant had told him"
        " the plant would close.",
        _FILLER,
        '"I will not let it happen."',
    ),
    "E12_accused": (
        _VANCE,
        "Energy Minister Paul Grant accused Dr Vance of hiding the figures.",
        _FILLER,
        '"I have hidden nothing."',
    ),
    "E13_grant_denied_saying": (
        _VANCE,
        "Energy Minister Paul Grant denied telling staff the plant would close.",
        _FILLER,
        '"The plant is a danger to everyone."',
    ),
    "H02_hearsay_base_right_filler": (
        _VANCE,
        "Dr Vance said Energy Minister Paul Grant had told her the plant was unsafe.",
        _FILLER,
        '"We will prove him wrong."',
    ),
    "H05_stopped_short": (
        _VANCE,
        "Energy Minister Paul Grant stopped short of saying the plant would close.",
        _FILLER,
        '"The plant must close by 2030."',
    ),
    "H06_denied_saying": (
        _VANCE,
        "Energy Minister Paul Grant denied saying the plant would close.",
        _FILLER,
        '"The plant must close by 2030."',
    ),
    "H07_asker_2back": (
        _VANCE,
        "Energy Minister Paul Grant asked Dr Vance whether the plant was safe.",
        _FILLER,
        '"It is perfectly safe."',
    ),
    "H08_asked_vance_base": (
        _VANCE,
        "Dr Vance was asked by Energy Minister Paul Grant whether the plant was safe.",
        _FILLER,
        '"It is perfectly safe."',
    ),
    "H09_urged": (
        _VANCE,
        "Energy Minister Paul Grant urged Dr Vance to reconsider.",
        _FILLER,
        '"My mind is made up."',
    ),
    "H11_body_named_reacts": (
        _PETRENKO,
        "Moscow said the talks were a sham.",
        "The next round is due in May.",
        '"We are ready to talk."',
    ),
    "H13_interviewer_filler": (
        _VANCE,
        "Presenter Paul Grant told her the figures did not add up.",
        _FILLER,
        '"The figures are correct."',
    ),
}
STREET = {
    "I01_victoria_road": (
        _VANCE,
        "The plant opened in 1998.",
        "The plant stands on Victoria Road.",
        '"The plant must close by 2030."',
    ),
    "I05_grace_street": (
        _VANCE,
        "The plant opened in 1998.",
        "The plant is on Grace Street, by the river.",
        '"The plant must close by 2030."',
    ),
}

# The right other speaker, where the text gives one: the person addressed, who answers,
# or the one the next paragraph credits.
RIGHT_OTHER = {
    "X5_credit_next_para": "Tom Reed",
    "E09_hearsay": "Sam Okafor",
    "H02_hearsay_base_right_filler": "Dora Vance",
    "E02_asker_filler": "Dora Vance",
    "E03_reporter_asked": "Dora Vance",
    "E12_accused": "Dora Vance",
    "H07_asker_2back": "Dora Vance",
    "H08_asked_vance_base": "Dora Vance",
    "H09_urged": "Dora Vance",
    "H13_interviewer_filler": "Dora Vance",
}


def _last(paras: tuple[str, ...]) -> str | None:
    return said("\n\n".join(paras))[-1][1]


@pytest.mark.parametrize("name", sorted(THING))
def test_a_plural_of_people_opening_narration_is_no_thing_to_carry_over(name: str) -> None:
    assert _last(THING[name]) is None


@pytest.mark.parametrize("name", sorted(LENT))
def test_a_documents_banners_or_anothers_words_borrow_no_cue(name: str) -> None:
    assert _last(LENT[name]) in (None, RIGHT_OTHER.get(name))


@pytest.mark.parametrize("name", sorted(HEARD))
def test_an_asker_denier_reporter_or_body_is_not_the_last_voice(name: str) -> None:
    assert _last(HEARD[name]) in (None, RIGHT_OTHER.get(name))


@pytest.mark.parametrize("name", sorted(STREET))
def test_a_street_named_on_a_given_name_keeps_the_carry(name: str) -> None:
    assert _last(STREET[name]) == "Dora Vance"
