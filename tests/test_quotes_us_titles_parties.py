"""US political shapes found by the invented probe (tests/fixtures/probe-us, scored with
``bench/score_quotes.py --probeus``).

A title written short before a name ("Sen.", "Rep.", "Gov.") makes the name a person's
whatever its given name, and "the governor" may then refer to "Gov. Loretta Banfield"
(short_titles.job_words, name_shapes.names_a_job); a short title says only yes to a job, so
"the presumptive majority leader" may still be a senator. A party's member described ("the
Ohio Republican", "the 44-year-old Democrat", "said the New York Democrat") is a
description of a politician, not a name (mentions.PARTY_MEMBERS, inverted.inverted_speaker).
Sentences written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_short_title_makes_a_person_of_an_unlisted_given_name():
    text = (
        "Gov. Loretta Banfield signed the budget on Thursday. "
        "“Nobody got everything,” the governor said."
    )
    assert said(text) == [("Nobody got everything,", "Loretta Banfield")]
    for title, noun in (("Sen.", "senator"), ("Rep.", "congresswoman")):
        text = (
            f"{title} Zelda Okonjo voted against the bill. "
            f"“It was a giveaway,” the {noun} said."
        )
        assert said(text) == [("It was a giveaway,", "Zelda Okonjo")]


def test_without_a_title_an_unlisted_subject_is_the_description_as_a_listed_one_is():
    # The lexicon lacks "Loretta"; the sentence's subject is still the person "the
    # governor" most likely means, as it is with a given name the lexicon lists (sixteenth
    # round, names19: the list no longer decides who may be a person).
    for name in ("Loretta Banfield", "Mary Banfield"):
        text = f"{name} signed the budget on Thursday. “Nobody got everything,” the governor said."
        assert said(text) == [("Nobody got everything,", name)]


def test_a_short_title_does_not_bar_another_job():
    text = (
        "Sen. Orrin Vasquez of Nevada, the likely majority leader next year, would not say "
        "how the party would rank the bill, saying only that “it matters a great deal” to "
        "voters."
    )
    assert said(text) == [("it matters a great deal", "Orrin Vasquez")]


def test_a_party_member_described_is_the_politician_named_before():
    before = "Sen. Russell Tamblyn voted against the trade bill on Friday. "
    for description in ("the Ohio Republican", "the Republican", "the 44-year-old Republican"):
        text = before + f"“This deal sells out Ohio,” {description} said."
        assert said(text) == [("This deal sells out Ohio,", "Russell Tamblyn")], description


def test_an_inverted_party_member_described_is_the_politician():
    text = (
        "“Rents are crushing families,” said Rep. Maxine Tolliver. "
        "“We need to build,” added the New York Democrat."
    )
    assert said(text) == [
        ("Rents are crushing families,", "Maxine Tolliver"),
        ("We need to build,", "Maxine Tolliver"),
    ]


def test_with_nobody_named_the_description_speaks_for_itself():
    text = "“We need to build,” said the New York Democrat."
    assert said(text) == [("We need to build,", "the New York Democrat")]


def test_a_party_word_inside_a_longer_description_keeps_it():
    text = "“They have been slow,” said a senior Republican National Committee member."
    assert said(text) == [
        ("They have been slow,", "a senior Republican National Committee member")
    ]
