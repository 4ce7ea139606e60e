"""A British secretary of state and the chancellor are ministers: "Home Secretary Tom
Varley ..." then ""...," the minister said" is Varley (``ministers.ministerial``), unless
the description names another portfolio; and a former minister may be described by
another office held before ("Former cabinet minister Tom Varley ..." then "the former
transport secretary", ``ministers.former_office``). Near misses keep what the engine gave
before these rules: a union's general secretary, a press secretary, a shadow one,
Germany's chancellor, a vice-chancellor, another portfolio, a minister named between, a
former captain, a description without "former". Offices of other countries, a bare
"Chancellor" or "Secretary of State", a university's chancellor, "the former minister" for
a sitting secretary, a former minister of a named office or of another country for
another office, two secretaries, or a secretary beside a minister by title: no guess
(:func:`test_no_foreign_or_uncertain_office_is_the_minister`). Every name and sentence is
invented."""

from __future__ import annotations

import pytest

from tests.quote_support import said

_SPEAKS = "\n\n\"The plan will work,\" the {description} said."


@pytest.mark.parametrize(
    ("opening", "description", "speaker"),
    [
        ("Home Secretary Tom Varley has defended the identity cards bill.", "minister",
         "Tom Varley"),
        ("Tom Varley, the Chancellor of the Exchequer, has defended the budget.", "minister",
         "Tom Varley"),
        ("Labour chancellor Tom Varley has defended the budget on Monday.", "minister",
         "Tom Varley"),
        ("Tom Varley, the Home Secretary, has defended the bill.", "cabinet minister",
         "Tom Varley"),
        ("Health Secretary Ann Colley visited the new hospital.", "minister", "Ann Colley"),
        ("Home Secretary Ruth Okafor met Ian Marsh, a Labour MP, at the port.", "minister",
         "Ruth Okafor"),
        ("Former Labour cabinet minister Tom Varley has attacked the road tolls.",
         "former transport secretary", "Tom Varley"),
        ("Former minister Ann Colley criticised the school reforms.",
         "former education secretary", "Ann Colley"),
        ("Tom Varley, a former cabinet minister, has attacked the tolls.", "former chancellor",
         "Tom Varley"),
        ("Former Tory minister Tom Varley attacked the plan. Health Secretary Ann Colley "
         "defended it.", "former health secretary", "Tom Varley"),
        ("Former cabinet minister Tom Varley attacked the plan.\n\nAnn Colley, a Labour MP, "
         "said she backed it.", "former chancellor", "Tom Varley"),
    ],
)
def test_a_ministers_office_is_the_minister_a_description_names(opening, description, speaker):
    text = opening + _SPEAKS.format(description=description)
    assert said(text) == [("The plan will work,", speaker)]


@pytest.mark.parametrize(
    ("opening", "description", "speaker"),
    [
        ("Union general secretary Tom Varley has attacked the pay offer.", "minister",
         "the minister"),
        ("Press secretary Ann Colley briefed reporters on Monday.", "minister", "the minister"),
        ("White House press secretary Tom Varley spoke on Monday.", "minister", "the minister"),
        ("Shadow Home Secretary Tom Varley has attacked the bill.", "minister", "the minister"),
        ("German Chancellor Tom Varley met French leaders on Monday.", "minister",
         "the minister"),
        ("Vice-chancellor Tom Varley of Leeds University defended the fees.", "minister",
         "the minister"),
        ("Home Secretary Tom Varley opened the new police station.", "health minister",
         "the health minister"),
        ("Home Secretary Tom Varley met Ann Colley, the immigration minister, on Monday.",
         "minister", "Ann Colley"),
        ("Former England captain Tom Varley has attacked the new rules.", "former chancellor",
         "the former chancellor"),
        ("Former shadow minister Tom Varley has attacked the road tolls.", "former chancellor",
         "the former chancellor"),
        ("Ex-minister Tom Varley has attacked the pay offer.", "former general secretary",
         "the former general secretary"),
        ("Former cabinet minister Tom Varley has attacked the road tolls.",
         "transport secretary", "the transport secretary"),
        ("Health Secretary Tom Varley has attacked the road tolls.",
         "former transport secretary", "the former transport secretary"),
        ("Former chancellor Ann Colley and former minister Tom Varley spoke at the meeting.",
         "former chancellor", "Ann Colley"),
    ],
)
def test_no_other_office_makes_its_holder_the_minister(opening, description, speaker):
    text = opening + _SPEAKS.format(description=description)
    assert said(text) == [("The plan will work,", speaker)]


@pytest.mark.parametrize(
    ("opening", "description", "speaker"),
    [
        ("Secretary of State Ruth Okafor landed in Warsaw for talks on grain.", "minister",
         "the minister"),
        ("US Defense Secretary Ruth Okafor toured the depot near Rzeszow.", "minister",
         "the minister"),
        ("American Energy Secretary Ruth Okafor toured a gas plant in Texas.", "minister",
         "the minister"),
        ("Indian Home Secretary Ravi Menon ordered extra patrols in the capital.", "minister",
         "the minister"),
        ("Chancellor Dieter Falk promised howitzers to Kyiv after a long debate.", "minister",
         "the minister"),
        ("Dieter Falk, the chancellor of the technical university, opened a laboratory.",
         "minister", "the minister"),
        ("Defence Secretary Ruth Okafor inspected the barracks on Friday.", "former minister",
         "the former minister"),
        ("Former Polish minister Jan Wolski toured the border crossing.",
         "former defence secretary", "the former defence secretary"),
        ("Former Transport Secretary Ruth Okafor opened the bridge.", "former chancellor",
         "the former chancellor"),
        ("Former prime minister Ruth Okafor opened the bridge.", "former home secretary",
         "the former home secretary"),
        ("Justice Secretary Ruth Okafor sat beside Culture Secretary Ian Marsh at the launch.",
         "minister", "the minister"),
        ("Foreign Secretary Ian Marsh greeted Lithuanian Foreign Minister Ona Vaitkus.",
         "minister", "Ona Vaitkus"),
        ("Home Secretary Ruth Okafor toured the port with Ian Marsh on Friday.", "minister",
         "the minister"),
    ],
)
def test_no_foreign_or_uncertain_office_is_the_minister(opening, description, speaker):
    text = opening + _SPEAKS.format(description=description)
    assert said(text) == [("The plan will work,", speaker)]
