"""A quotation that ends its own sentence with a full stop, then its speaker named with an
aside between commas before the verb: '"…" Tom Osei, the defence lawyer, said.' The
sentence goes on to the cue, as it does without the aside ('"…" Tom Osei said.') and after
a question or exclamation mark, but only when the verb ends the sentence (perhaps with
"later" or a phrase of time) and the quotation opened it: after a full stop, "X, the Y,
said ..." with a reported clause, a new quotation or anything else may be X's own new
statement, and a quotation after 'Hale told the court:' is Hale's. Every sentence is
invented for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said

OSEI, HALE, RUIZ = "Tom Osei", "Ben Hale", "Ana Ruiz"
OPENING = "The trial entered its third week.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (OPENING + '"We will appeal." Tom Osei, the defence lawyer, said.', "We will appeal.",
         OSEI),
        (OPENING + '"He said it twice." Mr. Osei, the defence lawyer, said later.',
         "He said it twice.", "Osei"),
        (OPENING + '"We will appeal." Tom Osei, the defence lawyer, said on Friday.',
         "We will appeal.", OSEI),
        (OPENING + '"We will appeal." Tom Osei, the defence lawyer, said in a statement.',
         "We will appeal.", OSEI),
        (OPENING + '"We will appeal." Tom Osei, a friend of Ben Hale, said.', "We will appeal.",
         OSEI),
        (OPENING + '"We will appeal. We will win." Tom Osei, the defence lawyer, said.',
         "We will appeal. We will win.", OSEI),
        (OPENING + '"She will appeal." Tom Osei, her lawyer, said.', "She will appeal.", OSEI),
        ('The shelter opened its doors at dusk.\n\n"We are ready for the cold." Ana Ruiz, the '
         'shelter manager, added.', "We are ready for the cold.", RUIZ),
        ('The polls closed at ten.\n\n"It is too early to tell." Lena Park, the party\'s '
         'election chief, said.', "It is too early to tell.", "Lena Park"),
        ('The strike began at dawn.\n\n"The strike is legal." Unite, the largest union, said.',
         "The strike is legal.", "Unite"),
        ('Ben Hale, the prosecutor, spoke first.\n\n"The verdict is sound," he said. "We will '
         'appeal." Tom Osei, the defence lawyer, said.', "We will appeal.", OSEI),
        (OPENING + '"We will appeal." Tom Osei said later.', "We will appeal.", OSEI),
    ],
)
def test_a_cue_with_an_aside_ending_the_sentence_after_a_stop_is_the_quotations(
    text, words, speaker
):
    assert dict(said(text))[words] == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the cue's own verb ends the sentence: as with the comma and the plain name
        (OPENING + '"We will appeal," Tom Osei, the defence lawyer, said.', "We will appeal,",
         OSEI),
        (OPENING + '"We will appeal." Tom Osei said.', "We will appeal.", OSEI),
        # a reported clause after the verb: a statement of its own, someone else reacting
        ('Mayor Ben Hale said the bridge must close. "It is not safe for anyone." Ana Ruiz, '
         'the city engineer, said she disagreed.', "It is not safe for anyone.", HALE),
        ('Mayor Ben Hale spoke to reporters on Monday.\n\n"The bridge must close." Ana Ruiz, '
         'the city engineer, said that the report was wrong.', "The bridge must close.", HALE),
        ('Ben Hale, the prosecutor, said the case was strong. "We will win." Tom Osei, the '
         'defence lawyer, said he doubted it.', "We will win.", HALE),
        ('Ben Hale, the prosecutor, spoke first.\n\n"The verdict is sound." Tom Osei, the '
         'defence lawyer, said later that week he would appeal.', "The verdict is sound.", None),
        ('Tom Osei said the family would fight on.\n\n"We will appeal." Ama Osei, his sister, '
         'said she hoped he was right.', "We will appeal.", OSEI),
        ('Ben Hale spoke after the hearing.\n\n"We will appeal." Sara Lin, his deputy, said '
         'he was tired.', "We will appeal.", HALE),
        ('Transport minister Ben Hale spoke on Monday. "The strike is illegal." Unite, the '
         'largest union, said it would fight the ruling.', "The strike is illegal.", HALE),
        # a question put to the person named next, or no cue at all
        ('The council met again on Tuesday.\n\n"Will you resign?" Ana Ruiz, the mayor, was '
         'asked.', "Will you resign?", None),
        ('The council met again on Tuesday.\n\n"Will you resign?" Ana Ruiz, the mayor, shook '
         'her head.', "Will you resign?", None),
        (OPENING + '"Will you appeal?" Tom Osei, the defence lawyer, was asked by reporters.',
         "Will you appeal?", None),
        ('Ben Hale, the prosecutor, spoke after the hearing.\n\n"We will appeal." Mr. Osei, '
         'the defence lawyer, was not in court.', "We will appeal.", None),
        (OPENING + '"We will appeal." Tom Osei, the defence lawyer, denied saying that.',
         "We will appeal.", None),
        (OPENING + '"We will appeal." Tom Osei, the defence lawyer, said nothing.',
         "We will appeal.", None),
        (OPENING + '"We will appeal." Tom Osei, the defence lawyer, told her.',
         "We will appeal.", None),
        (OPENING + '"We will appeal." Tom Osei, the defence lawyer, was told.',
         "We will appeal.", None),
        (OPENING + '"We will appeal." Tom Osei, the defence lawyer, heard.',
         "We will appeal.", None),
        (OPENING + '"We will appeal." Tom Osei, the defence lawyer, and Ben Hale, the '
         'prosecutor, said nothing more.', "We will appeal.", None),
        (OPENING + '"We will appeal." Tom Osei\'s lawyer, Ben Hale, said.', "We will appeal.",
         None),
        # a document quoted, a quotation with its own cue before it, the verb opening another
        ('The letter from the firm was short. It read: "We will appeal." Tom Osei, the defence '
         'lawyer, said it was genuine.', "We will appeal.", None),
        ('Ben Hale told the court: "The verdict is sound." Tom Osei, the defence lawyer, said '
         'later.', "The verdict is sound.", HALE),
        ('Ben Hale, the prosecutor, said: "The verdict is sound." "We will appeal." Tom Osei, '
         'the defence lawyer, said.', "The verdict is sound.", HALE),
        (OPENING + '"We will appeal." Tom Osei, the defence lawyer, said, "and we will win."',
         "We will appeal.", None),
        (OPENING + '"We will appeal." Tom Osei, the defence lawyer, said later, "and we will '
         'win."', "We will appeal.", None),
    ],
)
def test_near_misses_of_the_aside_after_a_stop_keep_mains_speaker(text, words, speaker):
    assert dict(said(text))[words] == speaker


# Review revDQ: after a full stop and an aside, a phrase of time that runs on into a
# reported clause, or a gesture, is the named person's own new sentence, not the cue of
# the quotation before it (which stays the earlier speaker's).
BERG = "Ann Berg spoke first.\n\n"


@pytest.mark.parametrize(
    "tail",
    [
        "Tom Osei, the prosecutor, said on Monday that he would not oppose bail.",
        "Tom Osei, the prosecutor, said in a statement that the case was strong.",
        "Tom Osei, the prosecutor, said in court he had no further questions.",
        "Tom Osei, the prosecutor, smiled.",
        "Tom Osei, the prosecutor, laughed.",
    ],
)
def test_a_reported_clause_or_gesture_after_the_aside_is_no_cue(tail: str) -> None:
    found = dict(said(BERG + '"The money was never mine." ' + tail))
    assert "The money was never mine." in found
    assert found["The money was never mine."] != OSEI


@pytest.mark.parametrize("verb", ["agreed", "objected", "protested", "scoffed", "denied it"])
def test_a_reaction_after_the_aside_is_no_cue(verb: str) -> None:
    # review revM23: only a verb of saying takes the quotation before it
    found = dict(said(BERG + f'"The money was never mine." Tom Osei, the prosecutor, {verb}.'))
    assert found["The money was never mine."] != OSEI
