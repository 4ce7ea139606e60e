"""The seventeenth round: attribution read the same whatever the order of the cue, the
house's courtesy titles or the length of a description (the mechanisms that the transfer
variants of bench/transfer_cues.py showed). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_long_description_before_the_verb_is_one_new_speaker():
    # An article and up to four modifiers, lower-case or capitalised, make one noun
    # phrase: not the head noun alone, resolved to the last person named.
    for subject in (
        "a former senior harbour enforcement official",
        "one former GOP leadership aide",
        "one unaligned Florida Republican strategist",
    ):
        text = f'Mayor Brian Fell spoke first. "There was a delay," {subject} said.'
        assert said(text) == [("There was a delay,", subject)]
        inverted = f'Mayor Brian Fell spoke first. "There was a delay," said {subject}.'
        assert said(inverted) == [("There was a delay,", subject)]


def test_an_article_next_to_the_phrase_is_no_reach_over_a_clause():
    text = (
        "Senator Ann Roe caused a stir when an Ohio voter asked if she would run.\n\n"
        '"What a fine idea," she said.'
    )
    assert said(text) == [("What a fine idea,", "Ann Roe")]


def test_a_given_name_ending_like_a_peoples_word_speaks_before_says():
    # "Korean claims" is a people's word before a noun; "Dean says" is a name.
    for surname, verb in (("Dean", "says"), ("Dean", "warns"), ("Julian", "says")):
        text = (
            f"Port deal\n\nThe harbour firm's chief executive Rick {surname} signed the deal.\n\n"
            f'"The port will double in size," {surname} {verb}. "We waited," {verb} {surname}.'
        )
        assert said(text) == [
            ("The port will double in size,", f"Rick {surname}"),
            ("We waited,", f"Rick {surname}"),
        ]


def test_an_adjunct_after_an_inverted_verb_is_no_part_of_the_speaker():
    text = (
        "Fees probe\n\nThe Harbour Commission opened an inquiry into ferry fees.\n\n"
        '"We aim to protect travellers," said the Commission in a statement. "Fees are '
        'too high," said the Harbour Board on Monday.'
    )
    assert said(text) == [
        ("We aim to protect travellers,", "Harbour Commission"),
        ("Fees are too high,", "Harbour Board"),
    ]


def test_a_surname_after_a_capitalised_owner_is_the_person_named_in_full():
    # US style drops "Mr": "Petrocorp's Raha said" is Subir Raha, as "said Petrocorp's
    # Raha" and "Petrocorp's Mr Raha said" already were.
    head = "Gas deal\n\nTalks were held with Petrocorp chairman Subir Raha on Monday.\n\n"
    for cue in (
        'Petrocorp\'s Raha said they could work together. "Our cash flow is good," he said.',
        '"Our cash flow is good," Petrocorp\'s Raha told reporters.',
    ):
        assert said(head + cue) == [("Our cash flow is good,", "Subir Raha")]
    text = 'Cup tie\n\nArsenal manager Ann Wenger was pleased.\n\n"We won," Arsenal\'s Wenger said.'
    assert said(text) == [("We won,", "Ann Wenger")]
    body = 'Pay talks\n\n"No deal," Russia\'s Ministry said.'
    assert said(body) == [("No deal,", "Russia's Ministry")]  # a body keeps its owner
    body = 'Pay talks\n\n"No deal," Ruritania\'s Treasury said.'
    assert said(body) == [("No deal,", "Ruritania's Treasury")]  # review mend W5


def test_a_preposition_after_lower_case_words_may_be_a_postmodifier():
    # Only after a name is an adjunct opener the verb's: "the advice on the Trust's website"
    # is one phrase, read as before the round (not cut to "the advice", which speaks for
    # nobody, so that the person named before took the quotation).
    text = (
        "Ferry guide\n\nTom Reeve runs the ferry desk.\n\n"
        '"Check the tide first," says the advice on Harbour Trust\'s website.'
    )
    [(quote, speaker)] = said(text)
    assert quote == "Check the tide first," and speaker.endswith("Harbour Trust")  # no Reeve
