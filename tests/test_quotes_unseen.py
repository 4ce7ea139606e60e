"""Attribution rules found on news the engine had not seen (issue 10, second round).
Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_a_bare_surname_names_the_first_person_the_article_gave_it():
    text = (
        "Mary Holt opened her campaign in Leeds on Monday.\n\n"
        '"We will win this seat," Holt said.\n\n'
        "The crowd was small. The weather was poor. Rain fell all day.\n\n"
        "Her husband, former mayor Tom Holt, was not there. The hall was cold. Tea ran "
        "out early. The band left at nine. Few stayed on.\n\n"
        'Voters were "tired of waiting," one organiser said.'
    )
    assert said(text)[0] == ("We will win this seat,", "Mary Holt")


def test_more_reporting_verbs_take_their_speaker():
    text = (
        '"The budget is a fraud," Senator Lena Ortiz charged.\n\n'
        '"We were told nothing," remembered Paul Kemp, a former aide.\n\n'
        'Ortiz elaborated: "Every figure in it was wrong."'
    )
    assert said(text) == [
        ("The budget is a fraud,", "Lena Ortiz"),
        ("We were told nothing,", "Paul Kemp"),
        ("Every figure in it was wrong.", "Lena Ortiz"),
    ]


def test_a_participle_after_an_object_is_the_clause_subjects_speech():
    text = (
        'Governor Ann Marlow put a note on her blog reading "The bridge stays open" at '
        "midnight.\n\n"
        'After the vote, Tom Reyes released a short video calling the plan "a disgrace."\n\n'
        'The film shows footage of Carla Wynn saying "we will fix the roads."'
    )
    assert said(text) == [
        ("The bridge stays open", "Ann Marlow"),
        ("a disgrace.", "Tom Reyes"),
        ("we will fix the roads.", "Carla Wynn"),
    ]


def test_a_subject_with_a_bracketed_aside_and_a_day_speaks_a_coordinated_verb():
    text = (
        "Sen. Tom Grady (R-Iowa) on Wednesday shrugged off the delay and said it was "
        '"a fuss about nothing."'
    )
    assert said(text) == [("a fuss about nothing.", "Tom Grady")]


def test_one_of_a_group_is_an_appositive_and_a_reflexive_keeps_its_subject():
    text = (
        'The painter Mario Lima, one of the founders, said the new rules were "absurd."'
        '\n\nSenator Ted Ruiz toured the docks. Ruiz himself said on Tuesday that "the harbour '
        'needs a second crane."'
    )
    assert said(text) == [
        ("absurd.", "Mario Lima"),
        ("the harbour needs a second crane.", "Ted Ruiz"),
    ]
    text = (
        '"We need more storage," Rita Dorn, from Acme\'s Film Laboratories, one of the '
        "pioneers of the format, told reporters."
    )
    assert said(text) == [("We need more storage,", "Rita Dorn")]


def test_a_speaker_with_an_aside_after_an_exclamation_keeps_the_sentence_going():
    text = (
        "Officials met on Monday.\n\n"
        '"Another delay!" Rep. Glenn Tamson, R-Ore., said of the ferry timetable.\n\n'
        '"Do they not see it?" Nadia Dech, the fifth seed, said after the match.'
    )
    assert said(text) == [
        ("Another delay!", "Glenn Tamson"),
        ("Do they not see it?", "Nadia Dech"),
    ]


def test_the_first_of_two_people_speaking_together_stands_for_both():
    text = (
        '"The samples are too small," chemists David Albers and Serena Kell of the Institute '
        'wrote.\n\n'
        'David Albers and Serena Kell said the method was "not yet proven."\n\n'
        'Norway and Serena Kell\'s old employer said the licence was "signed."'
    )
    assert [s for _, s in said(text)][:2] == ["David Albers", "David Albers"]


def test_more_nouns_for_people_make_unnamed_speakers():
    text = (
        "Officials met on Monday.\n\n"
        '"The ferry must run on Sundays," the Green nominee said at a meeting.\n\n'
        '"Nobody has asked the fishermen," said a person close to the harbour board.\n\n'
        'Another commenter wrote, "My bus has been late every day this week."'
    )
    assert said(text) == [
        ("The ferry must run on Sundays,", "the Green nominee"),
        ("Nobody has asked the fishermen,", "a person close to the harbour board"),
        ("My bus has been late every day this week.", "Another commenter"),
    ]


def test_phrasal_reporting_verbs_need_their_particle():
    text = (
        "Ann Marlow spoke at length on Monday.\n\n"
        '"And the pier will need new timber too," she went on.\n\n'
        'Tom Reyes shot back, "The pier was rebuilt only last spring."\n\n'
        "Tom Reyes went on a long tour of 'heritage' lighthouses."
    )
    assert [(q.text, q.kind, q.speaker) for q in quotes_of(text)] == [
        ("And the pier will need new timber too,", "quote", "Ann Marlow"),
        ("The pier was rebuilt only last spring.", "quote", "Tom Reyes"),
        ("heritage", "term", None),
    ]


def test_a_time_phrase_opening_the_sentence_is_not_its_subject():
    text = (
        "Hours later, Tom Reyes thanked the crew at Adel, telling reporters, "
        '"They worked through the night."'
    )
    assert said(text) == [("They worked through the night.", "Tom Reyes")]


def test_a_name_before_a_description_with_a_relative_clause_is_named_in_the_cue():
    text = '"It was a mistake," Ann Copper, the baker who runs a blog tweeted on Monday.'
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.mention, quote.via) == ("Ann Copper", "Ann Copper", "named")


def test_a_paragraph_ending_on_a_colon_introduces_the_next_ones_quotation():
    text = (
        "The plan was late.\n\n"
        "After the vote, Governor Ann Marlow issued the following statement:\n\n"
        '"It was a mistake from the start and we regret it."\n\n'
        "Tom Reyes spoke at length on Monday.\n\n"
        "He then turned to the harbour workers:\n\n"
        '"We will be back next year, and we will win."'
    )
    assert [(s, q.via) for q in quotes_of(text) for s in [q.speaker]] == [
        ("Ann Marlow", "colon"),
        ("Tom Reyes", "colon"),
    ]


def test_a_credit_line_may_give_a_surname_the_article_named():
    text = (
        "Senator Tom Reyes spoke in Leeds.\n\n"
        '"I have never voted to close a single lighthouse."\n\n'
        "- Reyes.\n\n"
        '"Prices will rise again next year, and nobody is ready."\n\n'
        "- Reuters."
    )
    assert said(text) == [
        ("I have never voted to close a single lighthouse.", "Tom Reyes"),
        ("Prices will rise again next year, and nobody is ready.", None),
    ]


def test_a_glanced_he_refers_to_the_subject_of_the_sentence_before_it():
    text = (
        "Mayor Tom Reyes has a fan in the engineer Sir Peter Westlake.\n\n"
        "Westlake, who is due to retire, praised Reyes's harbour plan on the radio on "
        "Monday. He is at present the harbour master.\n\n"
        '"The new wall will hold for a century," he told listeners.'
    )
    assert said(text) == [("The new wall will hold for a century,",
                           "Peter Westlake")]
