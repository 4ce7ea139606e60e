"""Review revW2 of the general staff and unnamed holder rules: "staff" alone is people
and speaks as the round before had it ("the staff said"), only "general staff" is a body;
an unnamed holder ("a soldier in Kupiansk, who ..., said") speaks only through a cue after
its aside, never through a verb inside it ("who asked not to be named" is no speech), and
only when it opens its clause: not as a named person's appositive after an age ("Tom Hale,
61, a farmer near Izium, who ..., said"), an object, nor an item listed after a colon.
Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Kitchen\n\nThe staff said on Friday: {L}The kitchen is closed.{R}", "the staff"),
        (f"Lifts\n\n{L}The lifts have failed,{R} the staff said.", "the staff"),
        (f"Raid\n\n{L}Nine drones were shot down,{R} Ukraine's general staff said on Sunday.",
         "Ukraine's general staff"),
        (f"Raid\n\nA member of the general staff said: {L}The raid failed.{R}",
         "A member of the general staff"),
        (f"Water\n\nA nurse at the clinic, who gave her first name only, said: {L}We have no "
         f"water.{R}", "A nurse at the clinic"),
        ("Kupiansk\n\nA soldier in Kupiansk, who asked not to be named, told Ann Pike the town "
         f"had fallen. {L}We ran,{R} he said.", "A soldier in Kupiansk"),
    ],
)
def test_the_staff_and_the_unnamed_holder_speak(text, speaker):
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an age, then the named person's description and an aside: the name speaks
        ("Farm\n\nTom Hale, 61, a farmer near Izium, who lost his barn, said: "
         f"{L}The shells came at night.{R}", "Tom Hale"),
        ("Port\n\nIvo Dunn, 38, an engineer from Odesa, who fled in March, said the port was "
         f"shut. {L}We left everything,{R} he said.", "Ivo Dunn"),
        ("Court\n\nMira Sol, 45, a medic with the brigade, who was wounded twice, told the "
         f"court: {L}I saw it.{R}", "Mira Sol"),
        ("Ward\n\nAnn Pike, 50, a surgeon at the hospital, who operated all night, said the "
         f"ward was full. {L}We had no beds,{R} she said.", "Ann Pike"),
        ("Border\n\nAt the border, Ivo Dunn, 33, a guard with the unit, who asked for his "
         f"rank to be withheld, said: {L}Nobody crossed.{R}", "Ivo Dunn"),
        # a verb inside the aside is no speech: a later pronoun finds the named person
        ("Prison\n\nA guard at the prison, who asked not to be named, was questioned by Ann "
         f"Pike. {L}It was a lie,{R} she said.", "Ann Pike"),
        ("Church\n\nA priest in the village, who asked for his name to be withheld, showed "
         f"Ann Pike the church. {L}It burned for hours,{R} she said.", "Ann Pike"),
        ("Lviv\n\nA doctor in Lviv, speaking on condition of anonymity, was quoted by Ann "
         f"Pike. {L}It is a scandal,{R} she wrote.", "Ann Pike"),
        ("Bakhmut\n\nA medic in Bakhmut, who asked not to be named, was photographed by Tom "
         f"Hale. {L}He did not sleep,{R} Hale said.", "Tom Hale"),
        ("Road\n\nA driver from the convoy, who asked for help, was rescued by Ann Pike. "
         f"{L}The road was mined,{R} she said.", "Ann Pike"),
        # an item listed after a colon, an object after an opening phrase
        (f"Kherson\n\nIvo Dunn saw two men: a soldier in Kherson, who asked not to be named, "
         f"and a boy. {L}They were hungry,{R} he said.", "Ivo Dunn"),
        ("Base\n\nAnn Pike interviewed two people: a cook at the base, who asked not to be "
         f"named, and a driver. {L}Both were scared,{R} she said.", "Ann Pike"),
        ("Gate\n\nTom Hale spoke to three witnesses: a guard at the gate, speaking on "
         f"condition of anonymity, a cook and a driver. {L}None saw the blast,{R} he said.",
         "Tom Hale"),
        ("Train\n\nOn the train, Ann Pike met a conscript from Poltava, who asked not to be "
         f"named. {L}He was nineteen,{R} she said.", "Ann Pike"),
    ],
)
def test_an_appositive_an_aside_verb_or_a_listed_person_is_no_holder(text, speaker):
    assert said(text)[-1][1] == speaker
