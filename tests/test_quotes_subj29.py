"""Speakers, twenty-ninth round (issue 10; task subj29): salience of the grammatical subject.

A name that opens the last clause of a sentence after "but" ("The presenter tried to move
on, but Roe kept going") is the next "she"'s antecedent, also when the sentence holds no
quotation and is only glanced at; a relative clause on the phrase a sentence opens with
("A local spokesman who introduced Tom Hale at a rally in Leeds on Saturday received ...,
after telling") holds no subject of the sentence, so a participle after it is that
phrase's, never a name inside the relative clause (nobody when the phrase is no speaker
the engine knows). The name after "but" may carry an apposition ("but Ann Roe, the
deputy, kept talking"), and a colon closing such a clause introduces its subject's words
("..., but Tom Hale was firm: "...""), not one who only watched. Every sentence was written
for this test; the names are invented.
"""

from __future__ import annotations

from tests.quote_support import speakers

_ROE = "Ann Roe appeared on the programme on Monday."


def test_the_subject_after_but_is_the_next_she():
    # r26 and f4f64f56: "Jane Kell" (the first clause's subject of a glanced sentence).
    assert speakers(
        _ROE,
        'The presenter, Jane Kell, tried to move on, but Roe kept going. "They are all lying,"'
        " she said.",
    ) == ["Ann Roe"]


def test_the_refuser_after_but_is_the_next_she():
    # r26 and f4f64f56: "Jane Kell".
    assert speakers(
        "Ann Roe and Jane Kell met on Monday.",
        'Kell wanted to talk about taxes, but Roe refused. "That is a private matter," she said.',
    ) == ["Ann Roe"]


def test_a_man_after_but_leaves_she_to_the_first_subject():
    assert speakers(
        _ROE,
        'Jane Kell tried to move on, but Tom Hale kept going. "They are all lying," she said.',
    ) == ["Jane Kell"]


def test_a_subordinate_clause_after_but_opens_no_clause_of_its_own():
    assert speakers(
        "Ann Roe and Jane Kell met on Monday.",
        "Kell wanted to talk about taxes, but when Roe arrived the room was empty. "
        '"That is a private matter," she said.',
    ) == ["Jane Kell"]


def test_an_owner_after_but_is_no_subject():
    assert speakers(
        "Ann Roe and Jane Kell met on Monday.",
        'Kell wanted to talk about taxes, but Roe\'s aides refused. "That is a private matter,"'
        " she said.",
    ) == ["Jane Kell"]


def test_a_participle_after_a_relative_clause_is_the_opening_phrases():
    # r26 and f4f64f56: "Leeds" (a place inside the relative clause).
    assert speakers(
        "A local spokesman who introduced Tom Hale at a rally in Leeds on Saturday received "
        'applause after telling the crowd the party had "taken voters for granted."'
    ) == ["A local spokesman"]


def test_a_participle_after_a_relative_clause_on_an_unknown_noun_is_nobodys():
    # r26 and f4f64f56: "Leeds".
    assert speakers(
        "A local pastor who introduced Tom Hale at a rally in Leeds on Saturday received "
        'applause after telling the crowd the party had "taken voters for granted."'
    ) == [None]


def test_a_body_with_a_relative_clause_issues_its_own_statement():
    # r26 and f4f64f56: "Ann Roe" (the relative clause's subject).
    assert speakers(
        "The firm, which Ann Roe founded in Leeds in 1990, issued a statement on Monday, "
        'saying the claims were "untrue."'
    ) == ["the firm"]


def test_a_named_subject_with_a_relative_clause_keeps_its_participle():
    assert speakers(
        "Tom Hale, who met Ann Roe in Leeds on Monday, criticised the plan, calling it "
        '"a disgrace."'
    ) == ["Tom Hale"]


def test_a_relative_clause_on_the_object_leaves_the_subject():
    assert speakers(
        "Ann Roe praised the volunteers who had come from Leeds on Monday, telling them they "
        'had "saved the day."'
    ) == ["Ann Roe"]


def test_so_that_opens_no_relative_clause():
    assert speakers(
        "So that is why the rebels around Tom Hale keep telling voters the plan is "
        '"a disaster."'
    ) == ["the rebels"]


def test_a_name_after_but_with_an_apposition_is_the_next_she():
    # r26 and f4f64f56: "Jane Kell".
    assert speakers(
        "Jane Kell chaired the meeting.",
        "Kell tried to close the session, but Ann Roe, the deputy, kept talking. "
        '"This is not finished," she said.',
    ) == ["Ann Roe"]


def test_a_man_with_an_apposition_after_but_leaves_she_to_the_first_subject():
    assert speakers(
        "Jane Kell chaired the meeting.",
        "Kell tried to close the session, but Tom Hale, the deputy, kept talking. "
        '"This is not finished," she said.',
    ) == ["Jane Kell"]


def test_a_colon_after_but_introduces_the_last_clauses_subject():
    # r26 and f4f64f56: "Ann Roe" (the sentence's opener).
    assert speakers(
        'Ann Roe wanted more time, but Tom Hale was firm: "This is finished."'
    ) == ["Tom Hale"]


def test_a_colon_after_one_who_watched_is_not_the_watchers():
    assert speakers(
        'Ann Roe stood at the lectern, while Tom Hale watched: "We will not give up."'
    ) == ["Ann Roe"]


def test_a_described_name_after_but_is_the_next_she():
    # r26 and f4f64f56: "Ann Roe" (the first clause's subject).
    assert speakers(
        _ROE,
        "Roe kept going, but the presenter, Jane Kell, stopped her. "
        '"We have to go to a break," she said.',
    ) == ["Jane Kell"]


def test_a_described_man_after_but_leaves_she_to_the_first_subject():
    assert speakers(
        _ROE,
        "Roe kept going, but the presenter, Tom Hale, stopped her. "
        '"We have to go to a break," she said.',
    ) == ["Ann Roe"]
