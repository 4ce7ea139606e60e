"""A capitalised word that only qualifies a noun for a person ("chief Democratic rival")
is no person's name, and the job noun before it no role of one (issue 10, attr-casing10).
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_a_party_adjective_between_a_job_noun_and_a_noun_is_no_person():
    text = (
        "Notes from the hall\n\n"
        "Smith's chief Liberal rival, Sen. Harriet Vane of Dorset, stayed away from the "
        'forum. Instead she told a crowd that she would be "a voice for every village."'
    )
    assert said(text) == [("a voice for every village.", "Harriet Vane")]


def test_a_former_party_minister_in_apposition_keeps_his_name():
    text = (
        "Notes from the hall\n\n"
        "The former Labour minister, Tom Pryce, left the forum early. He said the deal was "
        '"a poor bargain for farmers."'
    )
    assert said(text) == [("a poor bargain for farmers.", "Tom Pryce")]


def test_a_job_noun_before_a_name_still_gives_the_role():
    text = (
        "Notes from the hall\n\n"
        "Radio host Rush Carver spoke first. He called the plan \"a scandal.\""
    )
    assert said(text) == [("a scandal.", "Rush Carver")]


def test_a_capitalised_adjective_after_a_before_a_noun_is_no_subject():
    text = (
        "Letters\n\n"
        "The tune is such a bore that I have a Pavlovian reaction to it where I run off "
        'and shout "stop it now" until the radio is off.'
    )
    assert said(text) == [("stop it now", None)]


def test_an_indefinite_party_member_before_a_verb_is_still_the_subject():
    text = "Notes from the hall\n\nLater a Democrat warned of \"a long winter.\""
    assert said(text) == [("a long winter.", "Democrat")]
