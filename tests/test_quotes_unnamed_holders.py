"""An unnamed person described by a job and where it is held, then an aside before the
verb ("A Ukrainian officer in Kupiansk, who asked not to be named, said"; "A senior
official at the ministry, speaking on condition of anonymity, said"): the person speaks,
described in full, never the place or the body the phrase ends on (unnamed_holders).
Sentences written for this test; the near misses keep a named person, an owner's
person, a definite description and a relative clause about someone else."""

from __future__ import annotations

import pytest

from tests.quote_support import said

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Claims\n\nA Ukrainian officer in Kupiansk, who asked not to be named, said: "
         f"{L}The claim is invented.{R}", "A Ukrainian officer in Kupiansk"),
        ("Claims\n\nA senior official at the ministry, speaking on condition of anonymity, "
         f"said: {L}The claim is invented.{R}", "A senior official at the ministry"),
        (f"Claims\n\nA Reuters reporter in Kyiv, who saw the strike, said: {L}The building "
         f"collapsed.{R}", "A Reuters reporter in Kyiv"),
        ("Claims\n\nA Dunn aide in Kyiv, who asked not to be named, said: "
         f"{L}The talks failed.{R}", "A Dunn aide in Kyiv"),
        ("Claims\n\nUkraine's army did not comment. A Ukrainian officer in the area, who asked "
         f"not to be named, said the claim was {L}invented{R}.", "A Ukrainian officer in the area"),
        ("Claims\n\nAn officer with the 47th brigade, who asked not to be named, said: "
         f"{L}The claim is invented.{R}", "An officer with the 47th brigade"),
        ("Claims\n\nIn Kupiansk, a soldier at the checkpoint, who gave only his first name, "
         f"said: {L}We ran out of shells.{R}", "a soldier at the checkpoint"),
        ("Claims\n\nA soldier from the brigade, who gave only his first name, said the road "
         f"was cut. {L}We walk at night,{R} he said.", "A soldier from the brigade"),
    ],
)
def test_the_unnamed_holder_speaks_not_the_place(text, speaker):
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Claims\n\nIvo Dunn, a teacher in Kupiansk, who lost his home last year, said: "
         f"{L}We will rebuild.{R}", "Ivo Dunn"),
        ("Claims\n\nAnn Pike, an officer with the 47th brigade, who asked for her rank to be "
         f"withheld, said: {L}We will hold.{R}", "Ann Pike"),
        (f"Claims\n\nAnn Pike met a soldier at the checkpoint, who said little. {L}We are "
         f"tired,{R} she said.", "Ann Pike"),
        ("Claims\n\nThe commander of a unit in Kupiansk, Ivo Dunn, who has served since 2014, "
         f"said: {L}We will hold.{R}", "Ivo Dunn"),
        ("Claims\n\nA soldier spoke of Kupiansk, which was shelled overnight, and said: "
         f"{L}It is hell.{R}", "A soldier"),
        ("Claims\n\nThe ministry, which employs an official in Kupiansk, said: "
         f"{L}The claim is false.{R}", "the ministry"),
        (f"Claims\n\nA spokesman for Ivo Dunn said: {L}The claim is invented.{R}",
         "A spokesman for Ivo Dunn"),
        ("Claims\n\nA friend of Ann Pike, who asked not to be named, said: "
         f"{L}She is innocent.{R}", "A friend of Ann Pike"),
        (f"Claims\n\nA man in Kyiv said: {L}We slept in the metro.{R}", "A man in Kyiv"),
        ("Claims\n\nAnn Pike met a Ukrainian officer in the area, who asked not to be named. "
         f"{L}The claim is invented,{R} she said.", "Ann Pike"),
        ("Claims\n\nA Ukrainian officer in the area said the claim was false. Ivo Dunn, the "
         f"local mayor, agreed. {L}It is invented,{R} he said.", "Ivo Dunn"),
        (f"Claims\n\nThe officer in charge, Ivo Dunn, said: {L}The claim is invented.{R}",
         "Ivo Dunn"),
        (f"Claims\n\nAn aide to Ivo Dunn told reporters: {L}The claim is invented.{R}",
         "An aide to Ivo Dunn"),
        ("Claims\n\nA Russian soldier in Bakhmut was killed, the ministry said. "
         f"{L}The shelling was heavy,{R} it said.", "the ministry"),
        ("Claims\n\nA Ukrainian in Kupiansk, Ivo Dunn, said: "
         f"{L}The claim is invented.{R}", "Ivo Dunn"),
        ("Claims\n\nAnn Pike, a nurse in the town, who worked through the night, said: "
         f"{L}We ran out of bandages.{R}", "Ann Pike"),
        ("Claims\n\nIvo Dunn, a doctor with the charity, who arrived on Monday, said the clinic "
         f"was full. {L}We cannot cope,{R} he said.", "Ivo Dunn"),
        ("Claims\n\nA soldier at the checkpoint, who gave only his first name, said the road "
         f"was closed. Ann Pike, a driver, disagreed. {L}I drove it today,{R} she said.",
         "Ann Pike"),
    ],
)
def test_other_shapes_keep_their_speaker(text, speaker):
    assert said(text)[-1][1] == speaker
