"""What is a quotation and where it starts and ends: rules found on unseen news
(issue 10, extraction). Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_a_markup_attribute_value_is_no_quotation():
    text = (
        '<post author="@harbournews" date="May 4, 2019">The ferry runs again.</post>\n\n'
        'The captain said the crossing was "calm as a pond."'
    )
    assert [(q.kind, q.text) for q in quotes_of(text)] == [("quote", "calm as a pond.")]


def test_a_speakers_labelling_verb_makes_the_quoted_label_a_quote():
    text = (
        'Critic Paul Vane called the film "a slow, cold drama."\n\n'
        'Senator Ada Kell referred to the mayor as "Mister Bread," a name he dislikes.\n\n'
        'The town voted on a scheme called "Green Streets" last year.\n\n'
        'The levy has long been called "the harbour tax" by locals.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {
        "a slow, cold drama.": "quote",
        "Mister Bread,": "quote",
        "Green Streets": "term",
        "the harbour tax": "term",
    }
    assert said(text) == [("a slow, cold drama.", "Paul Vane"), ("Mister Bread,", "Ada Kell")]


def test_a_capitalised_phrase_where_a_title_stands_is_a_term():
    text = (
        '"We will win," Ada Kell told NBC\'s "Morning Hour."\n\n'
        'Kell said on "Sunday Live" that "the plan is dead."\n\n'
        'He is the author of "The Long Road Home," a memoir.\n\n'
        'She walked in to chants of "Go Kell! Go Kell!" from the hall.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds["Morning Hour."] == "term"
    assert kinds["Sunday Live"] == "term"
    assert kinds["The Long Road Home,"] == "term"
    assert kinds["Go Kell! Go Kell!"] == "quote"
    assert said(text)[:2] == [("We will win,", "Ada Kell"), ("the plan is dead.", "Ada Kell")]


def test_quotations_listed_after_a_quote_are_quotes_too():
    text = 'Senator Ada Kell said the budget was "reckless" and "cruel" on Monday.'
    assert said(text) == [("reckless", "Ada Kell"), ("cruel", "Ada Kell")]


def test_a_labelling_verb_after_a_pronoun_or_name_quotes_without_a_speech_event():
    text = (
        'He mocked Tom Reyes, who he dubbed "the tin mayor."\n\n'
        'Donors were upset after Kell called the landlords "greedy crooks" last year.\n\n'
        'The council has deemed Friday "Clean Harbour Day" this year.\n\n'
        'A show on Channel 4 called "Harbour Lives" began on Monday.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {
        "the tin mayor.": "quote",
        "greedy crooks": "quote",
        "Clean Harbour Day": "term",
        "Harbour Lives": "term",
    }


def test_quoted_words_in_reported_speech_are_a_quote_not_a_term():
    text = (
        "Lena Voss, 31, a ferry pilot from Hull, said the new pier was a "
        '"lasting disgrace" to the town.\n\n'
        'The pilot was told her licence was under "urgent" review.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {"lasting disgrace": "quote", "urgent": "term"}


def test_single_marks_inside_a_doubled_single_mark_passage_are_nested():
    text = (
        "''When I told them, 'The pier stays shut,' nobody argued,'' Mr. Lund said.\n\n"
        "Critics called the plan 'a waste of money' on Monday."
    )
    assert [q.text for q in quotes_of(text)] == ["a waste of money"]


def test_a_curly_pair_inside_a_straight_quoted_passage_is_nested():
    text = (
        'Lund wrote: "The council is not about “Fair Play” any more. It is about money."'
        '\n\n"We tried," Lund said. “Then we left.”'
    )
    assert said(text) == [
        ("The council is not about “Fair Play” any more. It is about money.", "Lund"),
        ("We tried,", "Lund"),
        ("Then we left.", "Lund"),
    ]


def test_a_capitalised_phrase_after_a_work_noun_and_a_comma_is_its_title():
    text = (
        'The mayor, she wrote in her memoir, "Salt and Iron," was a bully.\n\n'
        'Lund said the plan was "a slow disaster," and left.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {"Salt and Iron,": "term", "a slow disaster,": "quote"}


def test_chanted_and_cried_words_are_quotes_of_whoever_shouted_them():
    text = (
        'Protesters outside the hall were chanting "Close the pier" for an hour.\n\n'
        'The actor was greeted by cries of "Lena, Lena" by the ever loyal crowd.'
    )
    assert [q.kind for q in quotes_of(text)] == ["quote", "quote"]
    assert said(text)[1] == ("Lena, Lena", "the ever loyal crowd")


def test_a_short_capitalised_sentence_after_a_quote_goes_on_with_the_speech():
    text = '"There is one name on every ballot," Ada Kell told the hall. "Tom Reyes."'
    assert said(text) == [
        ("There is one name on every ballot,", "Ada Kell"),
        ("Tom Reyes.", "Ada Kell"),
    ]


def test_a_quoted_word_opening_a_reported_clause_is_a_quote():
    text = (
        'Senator Ada Kell warned that the "flood" was coming within a year.\n\n'
        '"Blog" was the word of the year in the magazine.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {"flood": "quote", "Blog": "term"}


def test_a_paragraph_opening_on_a_closing_shaped_mark_opens_a_quotation():
    text = "\u201d \u2026 the pier is ours,\u201d Lund said on Monday."
    assert said(text) == [("\u2026 the pier is ours,", "Lund")]


def test_quoted_words_owned_by_a_person_are_that_persons_quote():
    text = (
        'Kell thanked Lund for his "steady and patient" help.\n\n'
        'Voters laughed at Kell\'s "dry harbour" remark on Tuesday.\n\n'
        'The crew sang Kell\'s "Harbour Song" at dawn.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {
        "steady and patient": "quote",
        "dry harbour": "quote",
        "Harbour Song": "term",
    }


def test_a_speaker_noun_that_casts_something_as_quoted_words_quotes_them():
    text = (
        'The council rejected the plan as "reckless and vain" on Monday.\n\n'
        'The harbour was long known as "the Old Basin" to sailors.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {"reckless and vain": "quote", "the Old Basin": "term"}


def test_a_calling_verb_quotes_its_complement_however_long_its_object():
    text = (
        "Mayor Ada Kell called the plan to sell the old pier to a developer "
        '"a scandal in slow motion" on Tuesday.\n\n'
        'Her deputy, Tom Reyes, calls the ferry timetable a "mess."\n\n'
        'A new cafe on the pier, a place locals have long called "the Shed," opens soon.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {"a scandal in slow motion": "quote", "mess.": "quote", "the Shed,": "term"}
    assert said(text)[0] == ("a scandal in slow motion", "Ada Kell")


def test_a_stray_mark_after_a_quotation_and_its_attribution_closes_nothing():
    text = (
        '"The pier stays shut until spring," Kell said, pointing at the gate."\n\n'
        '"We tried hard." Then we went home to bed," Reyes said.'
    )
    assert said(text) == [
        ("The pier stays shut until spring,", "Kell"),
        ("We tried hard.", "Reyes"),
        ("Then we went home to bed,", "Reyes"),
    ]


def test_a_doubled_opening_mark_opens_once():
    text = '"“We will reopen the pier by June,” Kell said on Friday.'
    assert said(text) == [("We will reopen the pier by June,", "Kell")]


def test_a_speech_verb_after_its_subject_reports_the_quoted_words_of_its_sentence():
    text = (
        'Kell on Tuesday described her plan to open a "floating market" on the quay.\n\n'
        'Kell thinks the pier fits her vision of a "living harbour" for the town.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {"floating market": "quote", "living harbour": "term"}


def test_what_a_crowd_calls_cries_or_cheers_is_a_quote():
    text = (
        'There were loud calls of "Save our pier" as Kell walked past.\n\n'
        'Fishermen are crying "betrayal" over the new quotas.\n\n'
        'The band got the crowd to cheer for "Mayor Kell for ever."\n\n'
        'The ferry made the crowd shout back at her, "Keep it running," all evening.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {
        "Save our pier": "quote",
        "betrayal": "quote",
        "Mayor Kell for ever.": "quote",
        "Keep it running,": "quote",
    }
