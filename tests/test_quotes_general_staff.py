"""A country's general staff speaks as a body ("Ukraine's general staff said", "the
Russian General Staff said ... it said"), although "staff" alone is people ("hospital
staff", "the chief of staff") and "General" a title ("General Oleh Marchenko"). Only the
two words together are the body (org_lex.compound_body). Sentences written for this
test; the near misses put "staff" or "General" in every other use and must keep their
speakers."""

from __future__ import annotations

import pytest

from tests.quote_support import said

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Strike reported\n\n{L}A command post was struck near Tokmak,{R} Ukraine's general "
         "staff said.", "Ukraine's general staff"),
        (f"Strike reported\n\n{L}A command post was struck near Tokmak,{R} Ukraine's General "
         "Staff said in its evening update.", "Ukraine's General Staff"),
        ("Fighting in the east\n\nUkraine's general staff said on Telegram that its troops had "
         f"repelled 31 attacks near Kupiansk. {L}The enemy is regrouping,{R} it said.",
         "Ukraine's general staff"),
        ("Claims from Moscow\n\nThe Russian General Staff said its forces had taken a village "
         f"near Avdiivka. {L}Our units continue to advance,{R} it said.",
         "Russian General Staff"),
        (f"Drone attack\n\n{L}Fifty drones were destroyed overnight,{R} the general staff said.",
         "the general staff"),
    ],
)
def test_a_general_staff_speaks_as_a_body(text, speaker):
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Talks in Kyiv\n\nThe president's chief of staff, Tom Varley, met reporters on Monday. "
         f"{L}We are ready to talk,{R} the chief of staff said.", "Tom Varley"),
        (f"Talks in Kyiv\n\n{L}We are ready to talk,{R} Chief of Staff Andriy Yermak said.",
         "Andriy Yermak"),
        (f"Aid package\n\n{L}The money will flow,{R} White House Chief of Staff Tom Varley said.",
         "Tom Varley"),
        (f"Pentagon view\n\n{L}Ukraine can hold the line,{R} said General Mark Milley, who leads "
         "the Joint Chiefs of Staff.", "Mark Milley"),
        (f"Hospital hit\n\nHospital staff said the ward was full. {L}We have no beds left,{R} "
         "said Dr Ann Pike, the chief surgeon.", "Ann Pike"),
        ("Plant evacuated\n\nStaff at the plant were evacuated after the strike. "
         f"{L}It was chaos,{R} one worker said.", "one worker"),
        ("Fighting in the east\n\nUkraine's general staff said on Telegram that 40 attacks were "
         f"repelled. Colonel Ivo Dunn, a brigade commander, disagreed. {L}We lost ground this "
         f"week,{R} he said.", "Ivo Dunn"),
        ("Fighting in the east\n\nUkraine's general staff said 40 attacks were repelled. Olena "
         f"Shevchuk, a military analyst, said the figure was plausible. {L}The pressure is "
         f"enormous,{R} she said.", "Olena Shevchuk"),
        ("Meeting in Moscow\n\nThe general staff of Russia's army met in Moscow on Friday. "
         f"{L}We will reach our goals,{R} said Defence Minister Tom Varley.", "Tom Varley"),
        ("Front line\n\nA General Staff officer, who asked not to be named, said: "
         f"{L}The reserves are exhausted.{R}", "A General Staff officer"),
        ("Front line\n\nThe general staff's spokesman, Andriy Kovalchuk, said: "
         f"{L}The situation is under control.{R}", "Andriy Kovalchuk"),
        ("Bridge attack\n\nReporters asked the general staff whether the bridge had fallen. "
         f"{L}It still stands,{R} said Colonel Ivo Dunn.", "Ivo Dunn"),
        ("Strike on depot\n\nUkraine's general staff did not comment. "
         f"{L}We saw the flash from our window,{R} a resident said.", "a resident"),
        ("War of words\n\nRussia's defence ministry accused Ukraine's general staff of lying "
         f"about its losses. {L}This is a crude fabrication,{R} it said.",
         "Russia's defence ministry"),
        ("Front line\n\nA spokesman for the General Staff, Colonel Ivo Dunn, said on Monday that "
         f"the line held. {L}We are holding,{R} he said.", "Ivo Dunn"),
        (f"At the front\n\nStaff Sergeant Tom Varley said: {L}We sleep in shifts.{R}",
         "Tom Varley"),
        ("Newsroom\n\nThe newspaper's staff voted to strike. "
         f"{L}We have had enough,{R} said Ann Pike, a reporter.", "Ann Pike"),
        ("Visit to the front\n\nGeneral Oleh Marchenko met his staff near Kharkiv. "
         f"{L}We need more shells,{R} the general said.", "Oleh Marchenko"),
        ("Front line\n\nGeneral Ivo Dunn and his staff arrived in Kharkiv on Monday. "
         f"{L}The city will hold,{R} he said.", "Ivo Dunn"),
        ("General Staff reports attacks\n\nOlena Shevchuk, a spokeswoman for the eastern "
         f"command, said the attacks had failed. {L}They lost many men,{R} she said.",
         "Olena Shevchuk"),
    ],
)
def test_staff_or_general_elsewhere_keeps_its_speaker(text, speaker):
    assert said(text)[-1][1] == speaker

