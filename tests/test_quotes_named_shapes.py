"""Named speakers in sentence shapes other than "X said" (issue 10, NAME-resolved lines):
labels before a colon, and the subject of the clause a cue belongs to. Every case is text
written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_a_colon_label_naming_two_people_or_a_bracketed_party_names_the_first():
    text = (
        "GRAIN COUNTS WERE EARLY, NOT WRONG - Tess Hale and Ann Pike: \u201cThe counts "
        "ended a week before the harvest.\u201d [Farm Post.]\n\n"
        "The harvest turned late -More from Hale and Pike: \u201cOur own data shows "
        "the turn.\u201d [Farm Post.]\n\n"
        'Rep. Dan Ross (R-Iowa):"Who gave you that figure for the mills?"'
    )
    assert said(text) == [
        ("The counts ended a week before the harvest.", "Tess Hale"),
        ("Our own data shows the turn.", "Tess Hale"),
        ("Who gave you that figure for the mills?", "Dan Ross"),
    ]


def test_a_past_verb_with_an_object_after_an_appositive_is_the_main_verb_not_an_aside():
    text = (
        "Former Idaho mayor Tim Marsh (R), a Hale backer, praised Lopez for her budget, "
        'calling it "a rare feat" at the fair.\n\n'
        "Huma Vance, vice chairwoman for Hale\u2019s governor campaign, emailed donors on "
        "Monday, telling them, \u201cWe are proud of the count.\u201d\n\n"
        "Dora Vance, a court clerk, filed in the county court, stated that the levy was "
        '"out of date."'
    )
    assert said(text) == [
        ("a rare feat", "Tim Marsh"),
        ("We are proud of the count.", "Huma Vance"),
        ("out of date.", "Dora Vance"),
    ]


def test_a_quotation_signed_off_with_a_dash_and_a_name_is_that_persons():
    text = (
        "Tom Grady left the council in the spring.\n\n"
        "\u201cThe levy is unfair to every farm in the valley.\u201d \u2015 Dora Vance\n\n"
        '"The mill must stay open." \u2014 Kurt Brandt, on Twitter\n\n'
        'Grady said the mill was "the best in Leeds."--Kim Hale.'
    )
    assert said(text) == [
        ("The levy is unfair to every farm in the valley.", "Dora Vance"),
        ("The mill must stay open.", "Kurt Brandt"),
        ("the best in Leeds.", "Tom Grady"),
    ]


def test_a_paragraph_of_quotation_alone_quotes_the_person_the_paragraph_before_is_about():
    text = (
        "\u201cThe rain came late,\u201d Dan Ross said of the harvest.\n\n"
        "Tom Hale is hopeful about the valley, in part because he sees the new dam as a "
        "gift.\n\n"
        "\u201cNot only can the farms recover, they can grow.\u201d\n\n"
        "Voices like those from the farm lobby carried weight in the budget talks.\n\n"
        "\u201cWe will see a levy on every mill by spring.\u201d"
    )
    assert said(text) == [
        ("The rain came late,", "Dan Ross"),
        ("Not only can the farms recover, they can grow.", "Tom Hale"),
        ("We will see a levy on every mill by spring.", None),
    ]


def test_a_colon_after_a_main_clause_follows_its_subject_not_a_cue_in_the_opening_clause():
    text = (
        "When Hale suggested that the mill would close, Pike fired back at once: "
        "\u201cIf they close it, we will buy it.\u201d\n\n"
        "After Pike spoke, Hale told reporters: \u201cWe will see.\u201d"
    )
    assert said(text) == [
        ("If they close it, we will buy it.", "Pike"),
        ("We will see.", "Hale"),
    ]


def test_initials_make_a_person_before_of_a_place():
    text = "Board chairman T.J. Hale of North Dakota said he was \u201cstunned\u201d by the levy."
    assert said(text) == [("stunned", "T.J. Hale")]


def test_of_two_people_the_first_named_speaks_past_a_role_and_a_both_aside():
    text = (
        '"We can only wonder what the plan is," state farm chief Tom Hale and House '
        "Speaker Dan Ross, both Greens, said in a statement.\n\n"
        "Ann Pike and Carl Ames issued a statement describing the talks as a "
        "\u201cgood step toward a deal.\u201d"
    )
    assert said(text) == [
        ("We can only wonder what the plan is,", "Tom Hale"),
        ("good step toward a deal.", "Ann Pike"),
    ]


def test_less_common_reporting_verbs_are_cues():
    text = (
        '"The mill is finished," Hale griped.\n\n'
        '"We will win the county," crowed Dan Ross, the mayor.\n\n'
        'Ann Pike confided that the levy was "a mistake from the start."'
    )
    assert said(text) == [
        ("The mill is finished,", "Hale"),
        ("We will win the county,", "Dan Ross"),
        ("a mistake from the start.", "Ann Pike"),
    ]


def test_by_and_a_gerund_is_a_manner_not_the_agent():
    text = (
        "Hale, however, interjected by hitting Ross for using the levy to "
        '"turn farms into parking lots for his mills" in the valley.\n\n'
        'A bill described by campaigning farmer Tom Hale as "theft" passed.'
    )
    assert said(text) == [
        ("turn farms into parking lots for his mills", "Tom Hale"),  # the one Hale named
        ("theft", "Tom Hale"),
    ]


def test_a_name_in_apposition_to_an_object_before_a_participle_is_not_its_subject():
    text = (
        "Sen. Tom Hale (I-Vt.) went on a radio show to discuss his remarks about his "
        'rival, Dora Pike, saying "on her worst day" she beats them all.'
    )
    assert said(text) == [("on her worst day", "Tom Hale")]


def test_a_quotation_sentence_after_a_sentence_about_a_person_is_that_persons():
    text = (
        "The vote on the levy is next week. Asked whether it would pass, Tom Hale was "
        'blunt. "No chance. The farms will not have it."\n\n'
        "The levy was drafted in March. \u201cIt was a rushed job,\u201d a spokesman said."
    )
    assert said(text) == [
        ("No chance. The farms will not have it.", "Tom Hale"),
        ("It was a rushed job,", "a spokesman"),
    ]


def test_a_quotation_sentence_after_he_was_blunt_is_the_persons_he_refers_to():
    text = (
        "Tom Hale spoke to the growers on Monday. He was blunt. "
        '"No chance. The farms will not have it."'
    )
    found = [(q.text, q.speaker, q.via) for q in quotes_of(text)]
    assert found == [("No chance. The farms will not have it.", "Tom Hale", "pronoun")]


def test_a_paragraph_of_quotation_alone_after_she_pauses_is_hers():
    text = (
        '"I am calling from the Hale campaign," Ann Pike said into the phone.\n\n'
        "The clerk across the room waved.\n\n"
        "She pauses.\n\n"
        '"Well, thank you so much."'
    )
    assert said(text)[-1] == ("Well, thank you so much.", "Ann Pike")
