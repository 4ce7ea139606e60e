"""A reported question and the answer after it (issue 10, the fourteenth round): "Kell
asked Ames whether he would resign." then '"Never," he said.' is Ames's answer, so the
asker is passed over for the "he" of the next sentence. Every case is text written for
this test."""

from __future__ import annotations

import pytest

from tests.quote_support import said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tom Kell asked Frank Ames whether he would resign. "Never," he said.', "Frank Ames"),
        (  # the answer opening the next paragraph
            'Tom Kell asked Frank Ames whether he would resign.\n\n"Never," he replied.',
            "Frank Ames",
        ),
        (
            "Last month, the Gazette's Tom Kell asked Frank Ames about the loans.\n\n"
            '"I did nothing wrong," he said.',
            "Frank Ames",
        ),
        (
            'Reporter Tom Kell asked Frank Ames why the port had closed. "The money ran '
            'out," he said.',
            "Frank Ames",
        ),
        ('Greta Lind asked Ann Cole if the union would strike. "Not this year," she said.',
         "Ann Cole"),
        (  # the one asked is a pronoun: the topic it names answers
            "Tom Kell clashed with Frank Ames at question time. Mr Ames asked him whether "
            'the bill would pass. "It will," he said.',
            "Tom Kell",
        ),
        (  # asked by someone: the subject answers
            'Frank Ames was asked by Tom Kell whether he would resign. "Never," he said.',
            "Frank Ames",
        ),
        (
            "Frank Ames was questioned by Tom Kell about the loans. "
            '"I have nothing to hide," he said.',
            "Frank Ames",
        ),
        (  # an unnamed asker
            "When a reporter asked Frank Ames about the loans, he was calm. "
            '"I did nothing wrong," he said.',
            "Frank Ames",
        ),
        (  # asked by an unnamed questioner (the fifteenth round): the subject answers
            'Frank Ames was asked by a reporter whether he would resign. "Never," he said.',
            "Frank Ames",
        ),
        (
            "Ann Cole was asked by an NBC reporter why the plan had failed. "
            '"The money ran out," she said.',
            "Ann Cole",
        ),
        (  # a role before the asker's name, and an adjunct between the verb and "by"
            "Frank Ames was asked on the radio by presenter Tom Kell whether he would quit. "
            '"Never," he said.',
            "Frank Ames",
        ),
        (  # the passive question opening its sentence: the main clause's subject answers
            "Asked by a moderator what he would do first, Frank Ames did not hesitate. "
            '"Cut the fuel duty," he said.',
            "Frank Ames",
        ),
        (
            "Frank Ames faced the committee. Asked by a journalist about the loans, the "
            'minister was curt. "I did nothing wrong," he said.',
            "Frank Ames",
        ),
        (
            "Frank Ames was questioned by police about the loans for two hours. "
            '"I did nothing wrong," he said.',
            "Frank Ames",
        ),
        (  # asked by someone described, in an opening adjunct: the subject answers
            "Asked by a moderator what he would do first, Frank Ames did not hesitate. "
            '"Cut taxes," he said.',
            "Frank Ames",
        ),
        (
            "Asked by the moderator where she would cut first, Ann Cole did not "
            'blink. "Defence," she replied.',
            "Ann Cole",
        ),
    ],
)
def test_the_person_asked_answers(text, speaker):
    assert said(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a request, no question
        'Tom Kell asked Frank Ames to resign. "It is time," he said.',
        # the asker goes on asking
        'Tom Kell asked Frank Ames whether he would resign. "Will you go?" he asked.',
        # asked by him to do something: a request, no question
        'Frank Ames was asked by Tom Kell to stand down. "It is time," he said.',
        # the asker asks again
        'Frank Ames was asked by Tom Kell whether he would resign. "Will you go?" he asked.',
        # the question two sentences back: someone spoke between
        'Tom Kell asked Frank Ames whether he would resign. Kell then left the room. '
        '"It is over," he said.',
    ],
)
def test_the_asker_speaks_when_no_answer_follows(text):
    assert said(text)[-1][1] == "Tom Kell"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('When a reporter asked Dana Whitlock whether Tom Tamblyn was on her short list, '
         'she said: "I am not going to get into names."', "Dana Whitlock"),
        ('When Tom Kell asked Bob Ames whether he would resign, he said: "Never."', "Bob Ames"),
        ('After a reporter asked Ms Whitlock whether the plan was dead, she said the talks '
         'were "going well".', "Whitlock"),
    ],
)
def test_the_person_asked_in_an_opening_clause_answers_in_the_main_clause(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the one asked is of the other sex: the asker speaks
        ('When Tom Kell asked Ann Ames about the loans, he said: "I want the truth."',
         "Tom Kell"),
        # a request, no question
        ('When Tom Kell asked Ann Ames to resign, he said: "It is time."', "Tom Kell"),
        # not an opening clause; the asked named by a pronoun; a name, not a pronoun
        ('Tom Kell asked Ann Ames whether she would resign, and she said: "Never."',
         "Ann Ames"),
        ('When Tom Kell asked her whether she would resign, Ann Ames said: "Never."',
         "Ann Ames"),
        ('When she asked Bob Ames whether he would resign, Ann Kell said: "Tell us."',
         "Ann Kell"),
        # a body or people asked, not a named person
        ('When Tom Kell asked the board whether it would act, he said: "We need answers."',
         "Tom Kell"),
        ('When Tom Kell asked reporters whether they had read it, he said: "Read it."',
         "Tom Kell"),
        # the asker goes on
        ('As Tom Kell asked Bob Ames whether he would stay, he added: "Answer me."',
         "Tom Kell"),
    ],
)
def test_near_misses_of_an_opening_question_keep_the_speaker(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # mendR (revC findings 2 and 4): an opener that puts no question before an answer
        ('Because Ken Dale asked Rob Finch about the bills, he said: "I want answers."',
         "Ken Dale"),
        ('When Ken Dale asked Rob Finch about the bills; he said: "I want answers."',
         "Ken Dale"),
        # the one asked reacted in between: the asker goes on
        ('When Ken Dale asked Rob Finch about the bills, and Finch shrugged, he said: '
         '"Then we wait."', "Ken Dale"),
        # a request of a man by a man, no question
        ('When Ken Dale asked Rob Finch to step aside, he said: "It is time."', "Ken Dale"),
        # the main clause addresses or names the one asked
        ('When Ken Dale asked Rob Finch about the bills, he told him: "You know the '
         'answer."', "Ken Dale"),
        ('When Ann Dale asked Sue Finch about the bills, she told her: "You know the '
         'answer."', "Ann Dale"),
        ('After Ken Dale asked Rob Finch about the bills, he told the press Finch had been '
         '"slippery".', "Ken Dale"),
        # a verb of pressing, not of answering; another verb before the cue
        ('When Ken Dale asked Rob Finch about the bills, he insisted: "We need the truth."',
         "Ken Dale"),
        ('When Ken Dale asked Rob Finch whether he had paid, he warned: "This will come '
         'out."', "Ken Dale"),
        ('After Ken Dale asked Rob Finch whether he had paid, he faced the hall and said: '
         '"You all heard."', "Ken Dale"),
        # the question in the sentence before: the same guards
        ('Ken Dale asked Rob Finch about the bills. He told him: "You know the answer."',
         "Ken Dale"),
        ('Ken Dale asked Rob Finch about the bills. He later told the press Finch had been '
         '"slippery".', "Ken Dale"),
        ('Ken Dale asked Rob Finch whether he had paid. "Tell me the truth," he insisted.',
         "Ken Dale"),
    ],
)
def test_the_asker_keeps_words_that_press_or_address_the_one_asked(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'When Ken Dale asked Rob Finch whether he had paid, he said: "Every penny."',
        'After Ken Dale asked Rob Finch about the bills, he replied: "They are settled."',
        'When Ken Dale asked Rob Finch whether he had paid, he later told reporters: '
        '"Every penny."',
        'When Ken Dale asked Rob Finch whether he had paid, he admitted: "Not all of it."',
        'Ken Dale asked Rob Finch whether he had paid. He told reporters: "Every penny."',
    ],
)
def test_a_verb_of_answering_gives_the_one_asked(text):
    assert [s for _, s in said(text)] == ["Rob Finch"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # mendR (revC finding 5): "Once" opens a clause, never a name
        ('Once Ken Dale asked Rob Finch whether he had paid, he said: "Every penny."',
         "Rob Finch"),
        ('Once Ken Dale had left the hall, he said: "We start now."', "Ken Dale"),
        ('Once Ken Dale had asked Rob Finch about the bills, he insisted: "Pay it back."',
         "Ken Dale"),
    ],
)
def test_once_opens_a_question_clause_and_no_name(text, speaker):
    assert [s for _, s in said(text)] == [speaker]
