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
        'Governor Ann Marlow posted a message on Twitter reading "Thank you, Ohio" at '
        "midnight.\n\n"
        'After the vote, Tom Reyes released a radio advert calling the plan "a disgrace."\n\n'
        'The film shows footage of Carla Wynn saying "we will build it."'
    )
    assert said(text) == [
        ("Thank you, Ohio", "Ann Marlow"),
        ("a disgrace.", "Tom Reyes"),
        ("we will build it.", "Carla Wynn"),
    ]


def test_a_subject_with_a_bracketed_aside_and_a_day_speaks_a_coordinated_verb():
    text = (
        "Sen. Tom Grady (R-Iowa) on Wednesday played down the attack and said it was "
        '"a storm in a teacup."'
    )
    assert said(text) == [("a storm in a teacup.", "Tom Grady")]


def test_one_of_a_group_is_an_appositive_and_a_reflexive_keeps_its_subject():
    text = (
        'The novelist Mario Lima, one of the signatories, said the comments were "intolerable."'
        '\n\nSenator Ted Ruiz campaigned hard. Ruiz himself said on Tuesday that "the only way '
        'to win is to ask."'
    )
    assert said(text) == [
        ("intolerable.", "Mario Lima"),
        ("the only way to win is to ask.", "Ted Ruiz"),
    ]
    text = (
        '"We need more storage," Rita Dorn, from Acme\'s Film Laboratories, one of the '
        "pioneers of the format, told reporters."
    )
    assert said(text) == [("We need more storage,", "Rita Dorn")]


def test_a_speaker_with_an_aside_after_an_exclamation_keeps_the_sentence_going():
    text = (
        "Officials met on Monday.\n\n"
        '"Perpetual motion!" Rep. Glenn Tamson, R-Pa., said of the swirl of events.\n\n'
        '"Do they not see it?" Nadia Dech, the fifth seed, said after the match.'
    )
    assert said(text) == [
        ("Perpetual motion!", "Glenn Tamson"),
        ("Do they not see it?", "Nadia Dech"),
    ]


def test_the_first_of_two_people_speaking_together_stands_for_both():
    text = (
        '"It is not known," experts David Albers and Serena Kell of the Institute wrote.\n\n'
        'David Albers and Serena Kell said the plan was "a gamble."\n\n'
        'Russia and Serena Kell\'s old employer said the deal was "done."'
    )
    assert [s for _, s in said(text)][:2] == ["David Albers", "David Albers"]


def test_more_nouns_for_people_make_unnamed_speakers():
    text = (
        "Officials met on Monday.\n\n"
        '"I was curious," the Republican nominee said at a rally.\n\n'
        '"It is a serious problem," said a person close to the family.\n\n'
        'Another commenter wrote, "We all know how she feels."'
    )
    assert said(text) == [
        ("I was curious,", "the Republican nominee"),
        ("It is a serious problem,", "a person"),
        ("We all know how she feels.", "Another commenter"),
    ]


def test_phrasal_reporting_verbs_need_their_particle():
    text = (
        "Ann Marlow spoke at length on Monday.\n\n"
        '"And it is a bit worrying to me," she went on.\n\n'
        'Tom Reyes shot back, "She never called them out."\n\n'
        "Tom Reyes went on a long diet of 'super size' meals."
    )
    assert [(q.text, q.kind, q.speaker) for q in quotes_of(text)] == [
        ("And it is a bit worrying to me,", "quote", "Ann Marlow"),
        ("She never called them out.", "quote", "Tom Reyes"),
        ("super size", "term", None),
    ]


def test_a_time_phrase_opening_the_sentence_is_not_its_subject():
    text = (
        "Hours later, Tom Reyes returned the compliment to Adel, telling reporters, "
        '"He was very charming."'
    )
    assert said(text) == [("He was very charming.", "Tom Reyes")]


def test_a_name_before_a_description_with_a_relative_clause_is_named_in_the_cue():
    text = '"It was a mistake," Ann Silver, the analyst who founded a website tweeted on Monday.'
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.mention, quote.via) == ("Ann Silver", "Ann Silver", "named")


def test_a_paragraph_ending_on_a_colon_introduces_the_next_ones_quotation():
    text = (
        "The plan was late.\n\n"
        "After the vote, Governor Ann Marlow issued the following statement:\n\n"
        '"It was a mistake from the start and we regret it."\n\n'
        "Tom Reyes spoke at length on Monday.\n\n"
        "He then addressed the supporters again:\n\n"
        '"We will be back next year, and we will win."'
    )
    assert [(s, q.via) for q in quotes_of(text) for s in [q.speaker]] == [
        ("Ann Marlow", "colon"),
        ("Tom Reyes", "colon"),
    ]


def test_a_credit_line_may_give_a_surname_the_article_named():
    text = (
        "Senator Tom Reyes spoke in Leeds.\n\n"
        '"The idea that I would cut the budget is just not accurate."\n\n'
        "- Reyes.\n\n"
        '"Prices will rise again next year, and nobody is ready."\n\n'
        "- Reuters."
    )
    assert said(text) == [
        ("The idea that I would cut the budget is just not accurate.", "Tom Reyes"),
        ("Prices will rise again next year, and nobody is ready.", None),
    ]


def test_a_glanced_he_refers_to_the_subject_of_the_sentence_before_it():
    text = (
        "President Tom Reyes has an admirer in the diplomat Sir Peter Westlake.\n\n"
        "Westlake, who will retire soon, praised Reyes's presidency in an interview "
        "published Saturday. He currently serves as ambassador.\n\n"
        '"I think the legacy does not look bad," he told a newspaper.'
    )
    assert said(text) == [("I think the legacy does not look bad,", "Peter Westlake")]
