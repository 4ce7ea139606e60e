"""Quoted names, titles and slogans that modify a noun are terms; a quoted word owned by
the person a closing attribution speaks about is the speaker's: rules of issue 10's fifth
extraction round. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import kinds_of, said


def test_a_capitalised_quotation_modifying_a_noun_is_a_term():
    text = (
        "The “Sea Dogs” star posted a long message on her blog.\n\n"
        'Kell wore a "Keep the Ferries Running" hat and said he was proud.\n\n'
        'The pier was shut before a "No-Frills" barbecue run by the council.'
    )
    assert kinds_of(text) == {
        "Sea Dogs": "term",
        "Keep the Ferries Running": "term",
        "No-Frills": "term",
    }


def test_a_capitalised_quotation_before_an_apposition_or_a_verb_is_not_read_as_a_modifier():
    # Not between a determiner and the noun it modifies: the rule leaves these alone.
    text = (
        'Mayor Ida Fenn called it the "Long Tide," the worst flood in memory.\n\n'
        'Ruud said the "Harbour Pact" in the north was "a sham."'
    )
    kinds = kinds_of(text)
    assert kinds["Long Tide,"] == "quote"
    assert kinds["a sham."] == "quote"


def test_a_pseudonym_or_a_moniker_names_no_speech():
    text = (
        "Kell wrote under the pseudonym “Captain Salt,” but nobody was fooled.\n\n"
        'Dunn, who earned the moniker "Iron Ida" at the port, said she was "delighted."'
    )
    assert kinds_of(text) == {"Captain Salt,": "term", "Iron Ida": "term", "delighted.": "quote"}


def test_an_owned_word_before_a_copula_is_the_closing_speakers():
    text = (
        "Dunn’s “blunders” are costly, Mayor Ida Fenn said Monday in Leeds.\n\n"
        '"Ferry" was the word of the year, the editors said.'
    )
    assert said(text) == [("blunders", "Ida Fenn")]
    assert kinds_of(text)["Ferry"] == "term"


def test_a_capitalised_quotation_after_a_verb_of_performing_or_in_a_role_is_a_title():
    text = (
        'Silverman said, "Here is Mr Tom Hale," who then went on to perform "Bridge Over '
        'the Water."\n\n'
        "Dunn joked about Kell's latest turn as a grumpy skipper in \"The Long Tide.\"\n\n"
        "On Sunday on the Harbour channel’s “Morning Tides,” Mayor Ida Fenn said the pier "
        "was safe."
    )
    assert kinds_of(text) == {
        "Here is Mr Tom Hale,": "quote",
        "Bridge Over the Water.": "term",
        "The Long Tide.": "term",
        "Morning Tides,": "term",
    }


def test_a_capitalised_quotation_listed_after_a_title_is_a_title():
    text = (
        "Kell, who had roles in “The Green Pier,” “Ferry 13,” and “Salt Lake: The Boat That "
        "Sank Twice,” had no praise for Dunn.\n\n"
        'The band played new hits including "La Marea" and "Puerto Viejo (Mar)."\n\n'
        'Tom Hale called the mayor a "fraud" and a "Liar."'
    )
    assert kinds_of(text) == {
        "The Green Pier,": "term",
        "Ferry 13,": "term",
        "Salt Lake: The Boat That Sank Twice,": "term",
        "La Marea": "term",
        "Puerto Viejo (Mar).": "term",
        "fraud": "quote",
        "Liar.": "quote",
    }


def test_a_nickname_inside_a_persons_name_is_a_term():
    text = (
        'Antonio "Big A" Kell, chairman of the harbour board, said the pier was "safe."\n\n'
        'He sang with Milt Hale and David "Fathead" Ross for years.\n\n'
        '"Never," Anna "Bo" Lind replied.'
    )
    assert kinds_of(text) == {
        "Big A": "term",
        "safe.": "quote",
        "Fathead": "term",
        "Never,": "quote",
        "Bo": "term",
    }
    # The speaker is the surname after the nickname (the given name before it is not
    # joined to it yet).
    assert said(text) == [("safe.", "Kell"), ("Never,", "Lind")]


def test_a_long_capitalised_name_after_a_determiner_is_a_term_whatever_follows():
    text = (
        "Mayor Ida Fenn visited the docks on Monday.\n\n"
        'She will present an "Action Plan for the Growth of Leeds" to the council.'
    )
    assert kinds_of(text) == {"Action Plan for the Growth of Leeds": "term"}
