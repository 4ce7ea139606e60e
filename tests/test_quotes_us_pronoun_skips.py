"""Whom a "he said" after a quotation skips, found on US political news of 2016 (issue 10,
eighteenth round). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said

_HALE_SPOKE = '"We can win this," Tom Hale told the paper in 2013.\n\n'


def test_a_dash_aside_between_two_pieces_of_a_quotation_is_no_speaker():
    # The aside glosses the quoted words: Hale is what Marr speaks about, as if named
    # inside the quotation, though Hale spoke earlier and is the nearer man.
    text = _HALE_SPOKE + (
        "Hale's pollster, Tom Marr, says his man has the cash and the time. "
        '"I do not think the old view" -- that Hale is seen as a city snob -- "is going to '
        'last," he says. "The mayor would build support fast."'
    )
    assert said(text)[1:] == [
        ("I do not think the old view", "Tom Marr"),
        ("is going to last,", "Tom Marr"),
        ("The mayor would build support fast.", "Tom Marr"),
    ]


def test_an_aside_that_closes_the_sentence_is_not_a_gloss():
    # A dash aside after the last piece, no quotation resuming: it glosses nothing, and
    # the pronoun still skips the man the quotation itself names.
    text = _HALE_SPOKE + (
        'Tom Marr was blunt. "Hale will not last," he says - and Marr should know.'
    )
    assert said(text)[1:] == [("Hale will not last,", "Tom Marr")]


def test_a_name_modifying_a_noun_in_the_quotation_may_be_the_speaker():
    # "the peaceful Hale supporters": a candidate speaks of his own supporters so; the
    # name as a modifier is no third person the "he" must skip.
    text = (
        '"The protest was calm," said Tom Vane, a local organiser.\n\n'
        'When Jim Hale held rallies he met crowds of protesters. "Everyone saw the flags," he '
        "tweeted on May 2. After his rally in Leeds the candidate went further. "
        '"Many of the thugs who attacked the peaceful Hale supporters were paid," he tweeted.'
    )
    assert said(text)[-1] == (
        "Many of the thugs who attacked the peaceful Hale supporters were paid,",
        "Jim Hale",
    )


def test_a_name_the_quotation_speaks_of_is_still_skipped():
    text = (
        '"The protest was calm," said Tom Vane, a local organiser.\n\n'
        'Jim Hale met the crowd. "Vane said the Hale camp paid them," he said.'
    )
    assert said(text)[-1] == ("Vane said the Hale camp paid them,", "Jim Hale")


def test_a_she_nobody_fits_is_the_subject_the_given_name_list_made_a_man():
    # "Marty" is a man's name in the list; the "She" after "Venn is calmer" says otherwise,
    # and the woman's gender holds for the next paragraph's "she said" too.
    text = (
        '"We will win on the doorsteps," said Marty Venn, chair of the parents\' council.\n\n'
        '"It is a trap for the town," Dorsey told RADIO Ohio last week.\n\n'
        "Venn is calmer about it. She said she would rather see the cash go to the library.\n\n"
        '"They are trying to block a good school," she said.'
    )
    assert said(text)[-1] == ("They are trying to block a good school,", "Marty Venn")


def test_a_he_nobody_fits_is_not_a_woman_an_honorific_names():
    # "Ms" is no guess from a given name: the woman keeps her gender, and the "he" is not
    # her, though "Marty" alone would be a man's name.
    text = 'Ms Marty Venn is calmer about it. "They are trying to block a school," he said.'
    assert said(text)[-1][1] != "Marty Venn"


def test_a_verb_coordinated_after_an_opening_clause_is_the_main_clauses():
    # "asked" in the opening when-clause is Pike's (or the writer's "I"); "and said" after
    # the clause's comma belongs to the main clause, whose subject is "he".
    assert said(
        'When Ann Pike asked Tom Hale about it, he looked at her and said, "Never."'
    ) == [("Never.", "Tom Hale")]
    assert said(
        "Last month, when I asked Tom Hale if he would ever back Ann Pike, he looked into my "
        'camera, raised his brow and said, "I will back YOU!"'
    ) == [("I will back YOU!", "Tom Hale")]


def test_a_verb_coordinated_inside_the_opening_clause_stays_its_subjects():
    assert said('When Ann Pike asked him about it and said "Never," Tom Hale left.') == [
        ("Never,", "Ann Pike")
    ]
