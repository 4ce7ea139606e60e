"""Speakers reached through coreference (issue 10): who a "he", a "she" or a carried
quotation refers to, by salience (subjects, recency, who spoke last, agreement), never
by a listed name. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import said


def test_he_refers_to_a_speaker_whose_given_name_the_lexicon_does_not_know():
    text = (
        "Mayor Tom Hale opened the new market on Saturday.\n\n"
        "Zorvan Telik, 41, came to the town in 2011 and recalled his first winter there. "
        '"Nobody knew my name," Telik said.\n\n'
        '"Now they queue for my bread," he said.'
    )
    assert said(text)[-1] == ("Now they queue for my bread,", "Zorvan Telik")


def test_he_is_not_the_person_a_quotation_names_with_a_possessive():
    text = (
        "Her chief of staff, Dan Ruiz, said Governor Alma Brooks expects the bill to pass. "
        "Ben Coyle, the state treasurer, said the vote would be close.\n\n"
        '"Nobody doubts that Coyle\'s numbers add up," he said.'
    )
    assert said(text)[-1] == ("Nobody doubts that Coyle's numbers add up,", "Dan Ruiz")


def test_a_pronoun_refers_back_from_itself_not_from_its_distant_verb():
    text = (
        "Senator Omar Lund kept his word on the vote. Last spring, he backed Tim Ward "
        'over Rob Kent and said, "I will never regret that choice."'
    )
    assert said(text) == [("I will never regret that choice.", "Omar Lund")]


def test_a_subject_pronoun_keeps_its_person_the_topic_over_a_later_object():
    text = (
        "Senator Ruth Dale defended her record on Monday. It is not as if she never "
        "backed anyone - she was a loyal ally of Mayor Lisa Grant.\n\n"
        '"I campaigned in every county," she said.'
    )
    assert said(text) == [("I campaigned in every county,", "Ruth Dale")]



def test_a_persons_campaign_speaks_as_the_campaign_named_after_that_person():
    text = (
        "Senator Ann Moro spoke in Dover on Friday. Moro's campaign said the new "
        'advert was "a cheap stunt by a desperate rival."\n\n'
        "Governor Ed Pike did not reply. His campaign said the advert "
        '"speaks for itself."'
    )
    assert said(text) == [
        ("a cheap stunt by a desperate rival.", "the Moro campaign"),
        ("speaks for itself.", "the Pike campaign"),
    ]


def test_a_campaign_owned_by_no_person_keeps_its_owners_words():
    text = 'Labour won the seat in May. Labour\'s campaign said the vote was "a fair one."'
    assert said(text) == [("a fair one.", "Labour's campaign")]


def test_a_name_in_apposition_to_a_noun_for_a_person_is_that_persons():
    text = (
        "Mayor Rick Soto will speak first on Monday. His sister, Zelka, will open the "
        "evening.\n\n"
        '"We are ready for the crowd," she said.'
    )
    assert said(text) == [("We are ready for the crowd,", "Zelka")]


def test_a_name_qualifying_a_job_before_a_name_is_not_the_subject():
    text = (
        "Senator Omar Lund toured the valley on Monday.\n\n"
        "Lund adviser Karl Voss, a veteran of three races, made the same case. "
        '"We are far ahead," he said.'
    )
    assert said(text) == [("We are far ahead,", "Karl Voss")]


def test_a_name_after_a_preposition_is_an_object_whatever_follows_it():
    text = (
        "Last week Maria Voss, who chairs the county party, lent her support to Clara Dunn "
        "recently in a move to settle the contest.\n\n"
        '"It is time to settle it," she said.'
    )
    assert said(text) == [("It is time to settle it,", "Maria Voss")]


def test_a_place_opening_a_job_after_an_appositive_comma_is_no_person():
    text = (
        "One delegate, Ohio party chairwoman Maria Voss, lent her support to Clara Dunn "
        'recently in a move to settle the contest.\n\n"It is time to settle it," she said.'
    )
    assert said(text) == [("It is time to settle it,", "Maria Voss")]


def test_he_with_nobody_known_to_fit_takes_a_subject_of_no_known_kind():
    text = (
        "Zorvan Telik, 29, still shares a flat with his brother in Dover.\n\n"
        '"Who shares a bunk bed at 29?" he said.'
    )
    assert said(text) == [("Who shares a bunk bed at 29?", "Zorvan Telik")]


def test_a_place_before_a_title_in_a_name_is_not_named_by_the_quotation():
    text = (
        "Virginia Gov. Tom Pike signed the order on Friday in Richmond.\n\n"
        '"Today Virginia opens its doors to them," he said.'
    )
    [(words, speaker)] = said(text)
    assert speaker is not None and speaker.endswith("Tom Pike")


def test_a_description_takes_the_organisation_whose_name_holds_its_head_word():
    text = (
        "The Senate Ethics Committee met on Monday. Later, Brightwater Holdings filed "
        "new papers in the case, and Norvale Group joined it.\n\n"
        'The committee said the claims were "without merit and badly timed."'
    )
    [(words, speaker)] = said(text)
    assert speaker == "Senate Ethics Committee"


def test_a_given_name_as_written_decides_gender_before_its_spelling_key():
    text = (
        "Terry Vance opened the meeting in Dover on Tuesday.\n\n"
        '"We balanced the books this year," he said.'
    )
    assert said(text) == [("We balanced the books this year,", "Terry Vance")]


def test_gov_and_speaker_are_titles_before_a_name():
    text = (
        "Gov. Dale Rourke signed the bill on Friday. House Speaker Nina Falk was away.\n\n"
        '"Like I said in March, this law protects families," he said.'
    )
    assert said(text) == [("Like I said in March, this law protects families,", "Dale Rourke")]


def test_she_refers_to_an_unnamed_person_a_definite_description_introduced():
    text = (
        "Crowds gathered outside on Saturday.\n\n"
        "The Harbour Museum spokeswoman said the doors would open at noon. "
        '"We expect a long queue," she added.'
    )
    assert said(text) == [("We expect a long queue,", "the Harbour Museum spokeswoman")]


def test_an_unnamed_persons_description_is_no_antecedent_of_another_description():
    text = (
        "According to the night manager of the depot, the fire began at dawn.\n\n"
        '"Nobody was hurt," said the depot chief.'
    )
    assert said(text) == [("Nobody was hurt,", "the depot chief")]


def test_he_with_nobody_known_to_fit_takes_a_one_word_name_that_has_spoken():
    text = (
        "Zorvan said the gates of the depot were shut at ten.\n\n"
        '"We had no choice," he said.'
    )
    assert said(text) == [("We had no choice,", "Zorvan")]


def test_he_refers_to_a_name_of_no_known_kind_opening_an_earlier_sentence_of_its_paragraph():
    text = (
        '"The harbour will reopen in May," said Mayor Tom Hale.\n\n'
        "Orvek Brannoc met the ferry crews on Tuesday and listened to Hale's plan. "
        '"We have heard that promise before," he said.'
    )
    assert said(text)[-1] == ("We have heard that promise before,", "Orvek Brannoc")


def test_a_word_that_only_ever_opens_sentences_is_no_antecedent_of_he():
    text = (
        '"The harbour will reopen in May," said Mayor Tom Hale.\n\n'
        "Sometimes the ferry crews wait for a week. "
        '"We have heard that promise before," he said.'
    )
    assert said(text)[-1] == ("We have heard that promise before,", "Tom Hale")


def test_a_country_opening_a_sentence_is_no_antecedent_of_he():
    text = (
        '"The harbour will reopen in May," said Mayor Tom Hale.\n\n'
        "Mexico has sent the ferry crews back to Mexico twice. "
        '"We have heard that promise before," he said.'
    )
    assert said(text)[-1] == ("We have heard that promise before,", "Tom Hale")


def test_a_name_opening_the_pronouns_own_sentence_is_what_was_said_of():
    text = (
        '"The harbour will reopen in May," said Mayor Tom Hale.\n\n'
        'Orvek Brannoc is "a ghost town in winter," he said.'
    )
    assert said(text)[-1] == ("a ghost town in winter,", "Tom Hale")


def test_a_name_seen_after_in_is_a_place_and_no_antecedent_of_he():
    text = (
        '"The harbour will reopen in May," said Mayor Tom Hale.\n\n'
        "The ferry crews docked in Port Arvel on Monday. Port Arvel has waited for years. "
        '"We have heard that promise before," he said.'
    )
    assert said(text)[-1] == ("We have heard that promise before,", "Tom Hale")


def test_he_opening_a_reported_clause_makes_its_subject_a_man_a_later_he_refers_to():
    text = (
        "Senator Tom Hale met donors in Dover with Brannoc on Monday.\n\n"
        "Brannoc said that he backs no candidate this year.\n\n"
        '"I give to people, not parties," he said.'
    )
    assert said(text) == [("I give to people, not parties,", "Brannoc")]


def test_he_after_a_named_object_in_no_reported_clause_leaves_the_subject_unsexed():
    text = (
        "Senator Tom Hale met donors in Dover with Brannoc on Monday.\n\n"
        "Brannoc met Hale to learn whether he backs a candidate this year.\n\n"
        '"I give to people, not parties," he said.'
    )
    assert said(text) == [("I give to people, not parties,", "Tom Hale")]


def test_one_who_speaks_in_a_subordinate_clause_does_not_outrank_the_main_subject():
    text = (
        "Senator Omar Lund shrugged when reporter Dan Ruiz asked about the budget.\n\n"
        '"We will find the money," he said.'
    )
    assert said(text) == [("We will find the money,", "Omar Lund")]


def test_one_who_speaks_in_a_main_clause_stays_the_likeliest_he():
    text = (
        "Senator Omar Lund shrugged, and reporter Dan Ruiz asked about the budget.\n\n"
        '"Where will the money come from?" he said.'
    )
    assert said(text) == [("Where will the money come from?", "Dan Ruiz")]


def test_a_description_a_person_owns_is_never_that_person():
    text = (
        "Will the senator run again? Tom Hale toured three farms in Dover on Friday.\n\n"
        "(On Saturday, Hale's campaign manager said she believes the senator will keep "
        'farming "until ninety.")'
    )
    assert said(text) == [("until ninety.", "Hale's campaign manager")]


def test_the_speaker_closing_a_sentence_outranks_a_speaker_inside_what_it_reports():
    text = (
        "Mayor Tom Hale opened the market on Saturday.\n\n"
        "Hale is expected to win again in May, which he promises to do, Omar Lund said.\n\n"
        '"Nobody runs against him," he said.'
    )
    assert said(text)[-1] == ("Nobody runs against him,", "Omar Lund")


def test_he_goes_on_from_a_name_of_no_known_kind_that_spoke_in_the_paragraph_before():
    text = (
        '"The harbour will reopen in May," said Mayor Tom Hale.\n\n'
        '"Nobody believes it," Brannoc told the crowd that met Brannoc at the quay.\n\n'
        '"We have heard that promise before," he said.'
    )
    assert said(text)[-1] == ("We have heard that promise before,", "Brannoc")


def test_a_country_that_spoke_in_the_paragraph_before_is_no_antecedent_of_he():
    text = (
        '"The harbour will reopen in May," said Mayor Tom Hale.\n\n'
        'The ferries come from Mexico. "Nobody believes it," Mexico said in a statement.\n\n'
        '"We have heard that promise before," he said.'
    )
    assert said(text)[-1] == ("We have heard that promise before,", "Tom Hale")


def test_a_name_after_a_discourse_word_still_opens_its_sentence():
    text = (
        '"The harbour will reopen in May," said Mayor Tom Hale.\n\n'
        "Meanwhile Orvek Brannoc, who runs the ferry, spoke about the long wait. "
        '"We have heard that promise before," he said.'
    )
    assert said(text)[-1] == ("We have heard that promise before,", "Orvek Brannoc")


def test_a_name_taking_a_plural_verb_is_a_group_and_no_antecedent_of_he():
    text = (
        '"The harbour will reopen in May," said Mayor Tom Hale.\n\n'
        "Port Arvel were beaten again on Saturday. "
        '"We have heard that promise before," he said.'
    )
    assert said(text)[-1] == ("We have heard that promise before,", "Tom Hale")


def test_a_subject_that_fits_in_the_paragraph_outranks_a_later_name_of_no_known_kind():
    text = (
        "Ann Cole left Arvelco in May after ten years.\n\n"
        "Ann Cole ran the Dover office. Arvelco said the pay-off was fair. "
        '"I wanted a change," she said.'
    )
    assert said(text)[-1] == ("I wanted a change,", "Ann Cole")


def test_a_pronoun_opening_a_subordinate_clause_is_its_sentences_subject():
    text = (
        "Governor Paul Kemble opened the new harbour on Friday.\n\n"
        "Ostrander dismissed the ferry plan in March, when he told the council that the route "
        'was "a waste of public money."'
    )
    assert said(text) == [("a waste of public money.", "Ostrander")]


def test_a_plural_pronoun_does_not_make_a_sentence_opener_a_name_seen_inside():
    text = (
        "Senator Rob Tanner, a Dover Republican, argued that the agency is not needed. "
        "Regional boards can run the checks, they said.\n\n"
        'To think otherwise, "you must doubt every council in the county," he said.'
    )
    assert said(text) == [("you must doubt every council in the county,", "Rob Tanner")]


def test_a_name_in_apposition_to_a_job_is_a_person_a_later_he_can_be():
    text = (
        "Senator Hal Brandt won the primary in May.\n\n"
        "Ozzane Kirrup, the party chairman, this week opened a new website for voters.\n\n"
        '"The site explains every rule," he said.'
    )
    assert said(text) == [("The site explains every rule,", "Ozzane Kirrup")]


def test_like_opening_a_sentence_starts_no_name():
    text = (
        "Vesna Orlik sued the college in 2010.\n\n"
        "Like Orlik, the former student, Tomasz Rusk wants no more fights with the college.\n\n"
        '"I am 76, and I do not want it," he said.'
    )
    assert said(text) == [("I am 76, and I do not want it,", "Tomasz Rusk")]


def test_a_bare_job_after_an_opening_place_makes_the_place_no_person():
    text = (
        "Mayor Ed Wynn visited the flooded school.\n\n"
        "In Lagos, blogger Femi Adeyoke is recruiting helpers. One helper calls himself "
        'Tunde. In a post, Tunde asks: "Have you seen a bus inside a house?" '
        'He concludes: "Keep writing."'
    )
    assert said(text)[-1] != ("Keep writing.", "Lagos")


def test_a_given_name_after_title_words_gives_the_persons_gender():
    text = (
        '"Well done, team," Chief of Staff Piotr Lindqvist wrote in a July email.\n\n'
        "Lindqvist was replying to a note from Undersecretary for Trade Affairs Greta "
        'Halvorsen, reporting that the convoy had crossed the border. "Convoy crossed at dawn. '
        'One more small win," she wrote.'
    )
    speaker = said(text)[-1][1]
    assert speaker is not None and speaker.endswith("Greta Halvorsen")


def test_a_persons_name_before_of_and_a_place_is_the_person_not_the_place():
    text = (
        "Senator Tom Ayles of Ohio spoke first, and the crowd cheered. Ayles's chief rival, "
        "Sen. Ross Pell of Vermont, missed the dinner. Instead he held a rally at which he "
        'vowed that he would be "a neighbour to every miner."'
    )
    assert said(text) == [("a neighbour to every miner.", "Ross Pell")]


def test_an_organisation_described_by_a_nationality_and_a_business_stays_an_it():
    text = (
        '"We cannot put a figure on it," said Rolf Anker, deputy head of Nordre Re\'s storm unit. '
        "He expected his own company's claims to be smaller. Korvex, a big German reinsurer, "
        "said it did not know yet what its losses would be. However, it said the floods were "
        'unlikely to have a "serious" impact on its business.'
    )
    assert said(text)[-1] == ("serious", "Korvex")


def test_an_adjective_opening_a_sentence_is_no_topic_for_a_reported_he():
    text = (
        "Anton Vale scored twice for Madrid on Sunday.\n\n"
        "Recent speculation has linked Vale with a move home, but the striker said he is not "
        'ready to return. He added: "I love it here."'
    )
    assert said(text) == [("I love it here.", "Anton Vale")]


def test_a_name_with_a_job_written_inside_it_is_a_person():
    text = (
        "Critics recalled earlier rows over copied recipes. Former House speaker Orrin "
        "Tallow noted that both Governor Ada Kress and Mayor Bo Lind had weathered such fusses."
        "\n\n"
        'Of the fuss over the recipe, he said, "It is a storm in a teacup."'
    )
    speaker = said(text)[0][1]
    assert speaker is not None and speaker.endswith("Orrin Tallow")


def test_a_name_after_a_lower_case_job_noun_is_a_person():
    text = (
        "Morvan Says Governor Ed Pike Should Visit Senator Lou Kemp.\n\n"
        "Radio talk host Trask Morvan used his show on Friday to hail what he called the "
        '"bold" invitation Pike had sent.'
    )
    assert said(text) == [("bold", "Trask Morvan")]


def test_an_auxiliary_opening_a_question_starts_no_name():
    text = (
        "Farm worker Ike Okafor asked Governor Lyle Brandt about wages at the meeting. "
        "Brandt spoke briefly about the new fund.\n\n"
        "Was Okafor pleased with Brandt's answer?\n\n"
        '"Only partly," he said.'
    )
    assert said(text) == [("Only partly,", "Ike Okafor")]


def test_will_opening_a_question_is_no_given_name():
    text = (
        "Game over. Will Pruett quit now?\n\n"
        "Dale Pruett has lost every primary since March.\n\n"
        'Pruett said, "We go on."'
    )
    assert said(text) == [("We go on.", "Dale Pruett")]


def test_surmised_and_mocks_are_reporting_verbs_of_a_pronoun():
    text = (
        "At the fair in Dover, 12-year-old Lena Sipp held up a drawing. Her father, Brad, 41, "
        "doubted that most judges had looked at it.\n\n"
        '"Judges like big paintings," he surmised. "Size always wins," she mocks.'
    )
    assert said(text) == [
        ("Judges like big paintings,", "Brad"),
        ("Size always wins,", "Lena Sipp"),
    ]


def test_the_speaker_of_a_conference_is_a_person_who_says_a_quotation():
    text = (
        "Pastor Joel Varney shared a recording of a seminar where he was lecturing in Leeds.\n\n"
        '"Welcome, neighbours," the conference speaker says from the stage.'
    )
    speaker = said(text)[0][1]
    assert speaker is not None and speaker.endswith("Joel Varney")


def test_a_title_case_headline_run_gets_no_gender_from_a_given_name_inside_it():
    text = (
        "Kolb Backs Mark Ellery With Pike’s Nod.\n\n"
        "Governor Ross Pike has yet to back Ellery for the board.\n\n"
        'Pike told the Daily Star, "I admire Mark, but the timing is wrong."'
    )
    assert said(text) == [("I admire Mark, but the timing is wrong.", "Ross Pike")]
