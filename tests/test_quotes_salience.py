"""Attribution rules that generalise (issue 10): who speaks by the sentence's structure,
not by a listed phrase. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_subject_of_a_sentence_without_a_speech_verb_speaks_its_quote():
    text = (
        "The vote is close. Senator Jane Miller estimated that there are "
        '"at least forty members who will never change their minds."'
    )
    assert said(text) == [("at least forty members who will never change their minds.",
                           "Jane Miller")]


def test_subject_rule_reaches_a_pronoun_and_an_opening_phrase():
    text = (
        "Governor Tom Reyes toured the site on Monday.\n\n"
        'After the tour, he derided "the lazy critics" of the plan.'
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("quote", "Tom Reyes")]


def test_labelling_verb_makes_a_named_subjects_phrase_a_quote():
    text = 'Judge Ann Patel called the recording "distasteful" in court.'
    assert said(text) == [("distasteful", "Ann Patel")]


def test_a_title_in_a_sentence_without_a_speaker_stays_a_term():
    text = 'The film "Cold Harbour" opened in Leeds on Friday.'
    assert [(q.kind, q.speaker) for q in quotes_of(text)] == [("term", None)]


def test_words_after_the_verb_of_an_appositive_subject_are_what_was_said():
    text = (
        "Rosa Kline, a professor of history at Lakeside College, said towns such as "
        'Ashford and Millbrook "have a longer memory" than the cities.'
    )
    assert said(text) == [("have a longer memory", "Rosa Kline")]


def test_a_sentence_whose_quotation_took_an_event_lends_only_that_one():
    text = (
        '"Your bakery is superb," Mayor Carl Dunn assured Bea Holt, after Holt assured Dunn '
        'that her customers trusted him. "I will keep coming back."'
    )
    assert said(text) == [("Your bakery is superb,", "Carl Dunn"),
                          ("I will keep coming back.", "Carl Dunn")]


def test_a_question_closing_a_quotation_does_not_end_the_sentence_before_its_speaker():
    text = '"Do they not understand what the treaty says?" Mayor Rita Gomez said.'
    assert said(text) == [("Do they not understand what the treaty says?", "Rita Gomez")]
    text = '"We won!" Coach Dan Ortiz said after the final whistle.'
    assert said(text) == [("We won!", "Dan Ortiz")]


def test_an_unnamed_source_after_an_inverted_verb_keeps_its_whole_description():
    text = '"We need more," said one county Green leader.'
    assert said(text) == [("We need more,", "one county Green leader")]
    text = '"The ledger was altered," said a retired senior harbour security official.'
    assert said(text) == [("The ledger was altered,", "a retired senior harbour security official")]


def test_a_document_noun_that_is_also_a_verb_speaks_after_a_determiner():
    text = 'Governor Ann Lee sent an email to donors. "We need more," the email said.'
    quotes = quotes_of(text)
    assert [(q.speaker, q.mention) for q in quotes] == [("Ann Lee", "the email")]


def test_more_verbs_invert_and_a_calling_participle_takes_the_clause_subject():
    text = '"Match report," tweeted campaign spokesman Alex Corder.'
    assert said(text) == [("Match report,", "Alex Corder")]
    text = 'Senator Ted Morris brushed off the matter, calling it a "clerical slip" on Friday.'
    assert said(text) == [("clerical slip", "Ted Morris")]


def test_a_name_right_before_a_colon_labels_the_quotation():
    text = "COUNT TOO SLOW - Mark Belmont: \"The count ran too slowly.\""
    assert said(text) == [("The count ran too slowly.", "Mark Belmont")]
    quotes = quotes_of('Irene Vale, Harbour News: "The hearing was a muddle."')
    assert [(q.speaker, q.role) for q in quotes] == [("Irene Vale", "Harbour News")]
    quotes = quotes_of('In a statement on Monday: "We are sorry."')
    assert [q.speaker for q in quotes] == [None]


def test_a_bare_surname_is_the_first_person_the_article_named_with_it():
    text = (
        "Senator Maria Ortega campaigned in Ohio on Monday.\n\n"
        "Her brother, Luis Ortega, joined her at two stops.\n\n"
        '"We will win this state," Ortega said.'
    )
    assert said(text) == [("We will win this state,", "Maria Ortega")]


def test_a_party_and_state_code_between_name_and_verb_is_no_role():
    text = '"That is not our view," Senate Majority Leader Wes Harlan, R-Ky., said.'
    assert said(text) == [("That is not our view,", "Wes Harlan")]


def test_a_credit_line_after_a_paragraph_of_quotation_names_its_speaker():
    text = (
        "The claims, checked:\n\n"
        '"Nearly every new job is moving to the coast."\n\n'
        "- Ruth Calder.\n\n"
        "The figure is outdated."
    )
    assert said(text) == [("Nearly every new job is moving to the coast.", "Ruth Calder")]
    quotes = quotes_of('"Deficits will return."\n\n— Dean Barker, Center for Policy Research')
    assert [(q.speaker, q.role) for q in quotes] == [("Dean Barker", "Center for Policy Research")]


def test_a_bare_surname_is_a_person_even_when_the_full_name_comes_later():
    text = (
        'Brandt conceded that his choice was tactical. "With one eye on spring," he said.\n\n'
        "Later in the day, Senator Tobias Brandt flew home.\n\n"
        "The plane was late. The crowd waited. The band played. The rain stopped.\n\n"
        '"It was a long day," an aide said.'
    )
    assert said(text)[0] == ("With one eye on spring,", "Tobias Brandt")


def test_a_person_of_a_place_speaks_not_the_place():
    text = 'Republican Rep. Lena Zeller of New York, a party loyalist, said "it will help."'
    quotes = quotes_of(text)
    assert [(q.speaker, q.role) for q in quotes] == [("Lena Zeller", "party loyalist")]
    text = 'Governor Mark Bell of Kansas said "we will win."'
    assert said(text) == [("we will win.", "Mark Bell")]
    assert said('The Bank of England said "rates will rise."') == [
        ("rates will rise.", "Bank of England")
    ]


def test_an_appositive_ending_in_town_and_state_is_one_aside():
    text = (
        "Rhoda Bergen, a beekeeper from Tilden, Nebraska, said the county fair was dull. "
        '"I am sorry to admit it," she said.'
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Rhoda Bergen"]
    assert quotes[0].role == "beekeeper from Tilden, Nebraska"


def test_a_speech_verb_inside_a_reported_clause_does_not_take_the_quote():
    text = 'Ms Carla Brook said Mr Dennis Hale had not mentioned "anything unusual" to her.'
    assert said(text) == [("anything unusual", "Carla Brook")]


def test_the_subject_of_a_quoted_predicate_is_not_the_pronoun_that_reports_it():
    text = (
        "Speaking in court, Mr Bernard Eves rejected claims he pressured Scott Sellers.\n\n"
        'Mr Sellers "made the accounting decisions," he told the court.'
    )
    assert said(text) == [("made the accounting decisions,", "Bernard Eves")]


def test_the_newspaper_is_a_publication_the_article_named_never_another_organisation():
    text = (
        "The Northern Exchange plans a deal, newspaper reports claim. The Weekly Herald "
        "said the exchange's plan was evidence of caution.\n\n"
        'The newspaper also claimed that the chief was "increasingly frustrated" with talks.'
    )
    assert said(text) == [("increasingly frustrated", "Weekly Herald")]


def test_an_unnamed_publication_speaks_as_itself_and_it_refers_back_to_it():
    text = (
        "The Walkman came third in a list of gadgets.\n\n"
        '"We included only mobile items," said the magazine.\n\n'
        '"In the end, we tried to find what makes a gadget," it concluded.'
    )
    assert [s for _, s in said(text)] == ["the magazine", "the magazine"]


def test_branding_something_as_a_phrase_after_an_auxiliary_is_a_quote():
    text = (
        "Assistant coach Henk Ter Borg has branded the club's expected complaint to the "
        'league as "pathetic".'
    )
    assert said(text) == [("pathetic", "Henk Ter Borg")]


def test_a_relative_clause_and_afterwards_between_speaker_and_verb():
    text = (
        "Model Carla Ruiz and actor Jon Eddy left the house on Friday.\n\n"
        "Carla Ruiz, who left in the fourth eviction having gained 5% of the vote, "
        'afterwards said: "I am so glad I\'m out."'
    )
    assert said(text) == [("I am so glad I'm out.", "Carla Ruiz")]


def test_who_issued_a_document_speaks_through_its_participle():
    text = (
        "Group president Jessica Maddox issued a statement saying the remark "
        "\"has no place\" here."
    )
    assert said(text) == [("has no place", "Jessica Maddox")]


def test_as_someone_put_it():
    text = (
        'As Nina Platt, the No. 2 on the board, put it: "This budget will not be '
        'balanced."'
    )
    assert said(text) == [("This budget will not be balanced.", "Nina Platt")]
    assert said('"We will win," as Senator Ann Lee put it.') == [("We will win,", "Ann Lee")]


def test_a_name_and_verb_ending_the_clause_after_a_full_stop_keep_the_sentence():
    text = "“Judges, if you are watching, check the scores.” Garner said. Then he left."
    assert said(text) == [("Judges, if you are watching, check the scores.", "Garner")]
    text = "“Turkey will not be a burden.” Mr Karger said the comic might help."
    assert said(text) == [("Turkey will not be a burden.", None)]
    text = '"It is a phenomenon." Mr Babinet said: "Today you use radio."'
    assert [s for _, s in said(text)] == [None, "Babinet"]


def test_more_manners_of_speaking_are_cues():
    text = "“What a harvest!” beamed Orla Finch of Dover, Delaware."
    assert said(text) == [("What a harvest!", "Orla Finch")]
    assert said("“I would say this,” Ted Marsh answered.") == [("I would say this,", "Ted Marsh")]


def test_unnamed_sources_described_by_their_relation_to_someone():
    assert said('"We will see," one Dunmore confidant said.') == [
        ("We will see,", "one Dunmore confidant")
    ]
    assert said('"We will see," said one Dunmore ally.') == [("We will see,", "one Dunmore ally")]


def test_a_headline_in_capitals_is_no_speaker():
    text = 'PANEL RULES FOR THE FOUNDER\n\n"We will appeal," the group says.'
    assert said(text) == [("We will appeal,", "the group")]


def test_a_campaign_or_an_ad_named_after_someone_speaks_as_itself():
    text = 'The Dunmore campaign sent an email saying that "the results show a two-way race."'
    assert said(text) == [("the results show a two-way race.", "the Dunmore campaign")]
    text = (
        "Senator Ann Lee of the Labour Party spoke first.\n\n"
        '"We will win," the Dunmore campaign said.'
    )
    assert said(text) == [("We will win,", "the Dunmore campaign")]
