"""A question quoted as put to a named person, then its answer (issue 10, the twenty-third
round, huntuk26 family 19): 'Mr Paxman asked Mr Howard: "Did you threaten him?"' then
'"No," he said.' is Howard's answer when his honorific or given name fits the pronoun;
the asker keeps a question to a group, to a body, to no one, to someone of the other
sex, every cue that is not an answer, and a quotation that does not read as one (it
opens with no "No", "Never", "I" or "We" and is longer than two words, or speaks of a
"he" who may be the one asked: the mend of the revBT26 review). Every case is text
written for this test."""

from __future__ import annotations

import pytest

from tests.quote_support import speakers


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (['Mr Paxman asked Mr Howard: "Did you threaten him?"', '"No," he said.'],
         ["Paxman", "Howard"]),
        (['Mr Paxman asked Mr Howard: "Did you threaten him?" "No," he said.'],
         ["Paxman", "Howard"]),
        (['One voter asked Mr Blair: "Why did you go to war?"',
          '"Because it was right," he replied.'], ["One voter", "Blair"]),
        (['The presenter asked Tom Hale: "Will you stand again?"',
          '"I have not decided," he said.'], ["the presenter", "Tom Hale"]),
        (['Ms Roe asked Ms Kelly: "Will you resign?"', '"Never," she said.'],
         ["Roe", "Kelly"]),
        (['During the debate Mr Cole asked Mr Bright: "Where is the money coming from?"',
          '"From savings," he said. "We have costed every pledge."'],
         ["Cole", "Bright", "Bright"]),
    ],
)
def test_the_one_asked_answers_a_quoted_question(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (['Mr Paxman asked the audience: "Who agrees with Mr Howard?"',
          '"Nobody, it seems," he said.'], ["Paxman", "Paxman"]),
        (['Mr Paxman asked Mr Howard: "Did you threaten him?"',
          'Tom Hale, watching in the studio, said: "He never answers."'],
         ["Paxman", "Tom Hale"]),
        (['Mr Howard asked: "Who believes the prime minister now?"',
          '"Nobody does," he said.'], ["Howard", "Howard"]),
        (['Mr Paxman asked Mr Howard: "Did you threaten him?" He added: "It is a simple '
          'question."'], ["Paxman", "Paxman"]),
        (['Mr Paxman asked Ms Kelly: "Will you resign?"', '"It is a fair question," he said.'],
         ["Paxman", "Paxman"]),
        (['Ms Roe asked Mr Cole: "Will you resign?"', '"It is a fair question," she said.'],
         ["Roe", "Roe"]),
        (['Mr Paxman asked Mr Howard: "Did you threaten him?"',
          '"I asked you a question," he insisted.'], ["Paxman", "Paxman"]),
        (['Mr Paxman asked Mr Howard: "Did you threaten him?"',
          'He then told him: "Answer the question."'], ["Paxman", "Paxman"]),
        (['Mr Paxman asked Mr Howard: "Did you threaten him?"',
          'Mr Blair laughed. "Of course he did," he said.'], ["Paxman", "Blair"]),
        (['Mr Paxman asked Downing Street: "Will the prime minister resign?"',
          '"It seems not," he said.'], ["Paxman", "Paxman"]),
        (['Mr Paxman asked about Mr Howard: "Did he threaten anyone?"', '"He did," he said.'],
         ["Paxman", "Paxman"]),
        (['Mr Paxman asked Mr Howard: "Did you threaten him?"', '"No," he told Mr Paxman.'],
         ["Paxman", "Howard"]),
        (['Tom Hale asked Ann Roe: "Where is Mr Cole?"', '"He has gone home," she said.'],
         ["Tom Hale", "Ann Roe"]),
        (['Mr Blair asked Mr Howard: "Where are your policies?"',
          '"The Tories have none," he added.'], ["Blair", "Blair"]),
        (['Mr Paxman asked Mr Howard: "Did you threaten him?" Mr Howard said: "No."'],
         ["Paxman", "Howard"]),
        (['Mr Paxman asked Mr Howard a simple question.', '"It is a disgrace," he said.'],
         ["Paxman"]),
        (['Mr Vane asked Mr Pike: "Why did the budget fail?"',
          '"The treasury hid the figures," he said.'], ["Vane", "Vane"]),
        (['Tom Vane asked Mr Pike: "Who signed the order?"',
          '"He signed it himself," he said later.'], ["Tom Vane", "Tom Vane"]),
        (['Mr Vane asked Mr Pike: "Is the bridge safe?"', '"Of course it is safe," he said.'],
         ["Vane", "Vane"]),
        (['Mr Vane asked Mr Pike: "Is the bridge safe?"', '"Ask the engineers," he said.'],
         ["Vane", "Vane"]),
        (['Mr Vane asked Mr Pike: "Did he see the report?"',
          '"He saw it," he said, "and he ignored it."'], ["Vane", "Vane", "Vane"]),
        (['Ann Roe asked the minister, Tom Hale: "Is the plan dead?"',
          'Mr Cole said: "It is." "It never lived," he added.'], ["Ann Roe", "Cole", "Cole"]),
    ],
)
def test_the_asker_keeps_what_is_no_answer_to_a_quoted_question(paragraphs, expected):
    assert speakers(*paragraphs) == expected
