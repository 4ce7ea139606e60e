"""Names the list of given names lacks, seventeenth round (attr20).

A news lead describes someone ("A senior official warned ...") and the next paragraph
names him with a speech verb; with a listed given name the lead's quotation went to the
named person, with an unlisted one it stayed with the description. And a two-word name of
no known kind that the text itself shows is no person ("Marrow Banks prided themselves",
"Kessel Harbour has made itself a hub") was still the "he" or "she" of a later quotation when
nobody else fitted. All names here are invented, and the test checks the list lacks them.
"""

from __future__ import annotations

import pytest
from warreader.index.quotes import name_lex

from tests.quote_support import said


def test_the_invented_names_are_not_in_the_list() -> None:
    names = name_lex.first_names()
    invented = ("Tavo", "Quillan", "Kessel", "Marrow", "Visual")
    assert [n for n in invented if n.lower() in names] == []
    assert "john" in names


@pytest.mark.parametrize("name", ["John Harker", "Tavo Brindle", "Quillan Ostrava"])
def test_a_lead_description_named_in_the_next_paragraph(name: str) -> None:
    text = (
        'A senior official warned the deal was "close to collapse".\n\n'
        f"{name}, a senior official at the ministry, said talks would resume on Monday."
    )
    assert said(text) == [("close to collapse", name)]


@pytest.mark.parametrize("name", ["John Harker"])
def test_a_possessive_job_named_right_after_with_a_speech_verb(name: str) -> None:
    text = (
        "Ruritania's defence minister called the risk of an attack \"low\" on Friday.\n\n"
        f'{name} told reporters the army was ready. "We are prepared," he said.'
    )
    assert said(text) == [("low", name), ("We are prepared,", name)]


def test_an_unlisted_name_with_no_speech_verb_names_nobody_the_lead_described() -> None:
    # Only a speech verb tells a person from a place or a band the list lacks too.
    text = (
        'A senior official warned the deal was "close to collapse".\n\n'
        "Kessel Harbour reopened on Monday after the talks."
    )
    assert said(text) == [("close to collapse", "A senior official")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marrow Banks prided themselves on the album.",
        "Kessel Harbour has made itself a hub for shipping.",
    ],
)
def test_a_name_its_own_clause_makes_no_person_is_no_he_or_she(sentence: str) -> None:
    text = f'{sentence} "We have waited a long time," she said.'
    assert said(text) == [("We have waited a long time,", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tavo Brindle doubled his exports last year.",
        "Tavo Brindle reopened the border on Monday.",
        "Tavo Brindle defended herself on Monday.",
    ],
)
def test_an_unlisted_person_is_still_the_she(sentence: str) -> None:
    text = f'{sentence} "We have waited a long time," she said.'
    assert said(text) == [("We have waited a long time,", "Tavo Brindle")]


@pytest.mark.parametrize(
    "second",
    [
        "Kessel Gazette reported that the official spoke on condition of anonymity.",
        "Marrow Pravda reported that troops were pulling back from the river.",
    ],
)
def test_an_unlisted_name_without_a_person_noun_is_no_lead_official(second: str) -> None:
    # Review mend R3: an outlet the list lacks reports after the lead; only an appositive
    # with a person noun ("Tavo Brindle, a senior official at the ministry,") names the
    # lead's unnamed official.
    text = f'A senior official has warned that the offensive will "take months".\n\n{second}'
    assert said(text) == [("take months", "A senior official")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tavo Brindle visited its headquarters in Kessel on Monday. '
            '"The enemy is regrouping," he said.',
            "Tavo Brindle",
        ),
        (
            'Tavo Brindle watched the recruits prove themselves at the range. '
            '"They are ready," he added.',
            "Tavo Brindle",
        ),
        (
            'The company named a new chief. Tavo Brindle joined its board in 2019. '
            '"It was an honour," she said.',
            "Tavo Brindle",
        ),
    ],
)
def test_its_after_the_verb_or_a_far_reflexive_leaves_a_person(text: str, speaker: str) -> None:
    # Review mend R4: "its" after a verb points back to a body named earlier, and a
    # "themselves" past the verb's object is bound by that object ("the recruits").
    assert said(text) == [(text.split('"')[1], speaker)]
