"""Descriptions that speak ("said the Leeds player", "the New Zealander said") resolved
to the person the article named earlier. A full name written only inside a quotation
("... so did Tom Hale") is no sighting, but it tells that a bare "Hale" outside the
quotation is a person (sightings.NameReading._know_quoted_people, entities.Registry
.quoted_people): the subject of the sentence before, not a passive agent ("ruled out by
Brian Moss"), is then the description's person. A nationality noun of two words ("the
New Zealander", "the Northern Irishman") is a description, not a name
(lexicon.TWO_WORD_NATIONALITIES, mentions.build). Sentences written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said

_FOUL = (
    "Wales lost to France at home on Sunday.\n\n"
    'Ann Dee said the umpire had missed a clear foul. "I saw it, and so did Tom Hale," '
    "Dee said.\n\n"
    "Hale was also unhappy that his goal had been ruled out by Brian Moss. "
    '"I was onside by a yard," said the Leeds player. "We work on that move every week."'
)


def test_a_surname_named_in_full_inside_a_quotation_is_the_description():
    assert said(_FOUL) == [
        ("I saw it, and so did Tom Hale,", "Ann Dee"),
        ("I was onside by a yard,", "Hale"),
        ("We work on that move every week.", "Hale"),
    ]


def test_without_the_quoted_full_name_the_agent_stays():
    # Nothing says "Hale" is a person: the only person in reach is the agent.
    text = _FOUL.replace("so did Tom Hale", "so did the crowd")
    assert [s for _, s in said(text)][1:] == ["Brian Moss", "Brian Moss"]



def test_a_nationality_noun_of_two_words_is_a_description():
    # "the New Zealander" is no organisation's name: the person before it speaks.
    for noun in ("New Zealander", "Northern Irishman", "South African"):
        text = (
            "Peter Dale won the cup in Auckland on Sunday. "
            f'"It was a long week," said the {noun}.'
        )
        quotes = [q for q in quotes_of(text) if q.kind == "quote"]
        assert [(q.speaker, q.mention) for q in quotes] == [("Peter Dale", f"the {noun}")]


def test_a_nationality_of_two_words_still_opens_a_name():
    text = 'New Zealander Peter Dale said: "It was a long week."'
    assert [q.speaker for q in quotes_of(text) if q.kind == "quote"] == ["Peter Dale"]


def test_a_given_name_of_two_known_ones_joined_by_a_hyphen_is_a_person():
    # "Jean-Henri" is in no list, but "Jean" and "Henri" are: Brasseur is a person, the
    # subject before "the youngster", not the coach who spoke before him.
    text = (
        "France coach Paul Dore believes his team will win on Sunday. "
        '"We will be ready," said the French coach. Meanwhile, Lyon centre Jean-Henri '
        'Brasseur is delighted with his first call-up. "It is a dream," the youngster said.'
    )
    assert said(text) == [
        ("We will be ready,", "Paul Dore"),
        ("It is a dream,", "Jean-Henri Brasseur"),
    ]


def test_a_hyphenated_given_name_of_a_woman_is_a_person_too():
    text = (
        'Ana Ruiz won the final. "It feels good," said Ruiz. Anna-Lena Groll was the '
        'stronger player. "It was my first final," said the German.'
    )
    assert said(text)[1] == ("It was my first final,", "Anna-Lena Groll")


def test_full_names_inside_quotations_are_read_at_every_word_start():
    # know_quoted_people: a known given name opening a word, then a capitalised word that
    # is no given name. Matches overlap ("Jones Anna Vukovic": Jones Anna opens on no
    # given name, Anna Vukovic does); a capital inside a word ("xLena", "2Dora",
    # "Dora_Lena") opens none; words outside the quotation are not read.
    from warreader.index.quotes.marks import find_spans
    from warreader.index.quotes.sightings import know_quoted_people

    text = (
        'She said: "Mark Cueto Okafor met Jones Anna Vukovic, xLena Smith, 2Dora Jones and '
        'Dora_Lena Brandt." Outside it, Lena Okafor.'
    )
    known: dict[str, str] = {}
    know_quoted_people(text, find_spans([text]), known)
    assert known == {"cueto": "m", "vukovic": "f"}
