"""Attribution shapes found reading news pages from outlets the engine never saw (issue 10,
eleventh round, attr-web12; twelfth round, web13 and web14). Every case is text written
for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_a_manner_adverb_between_speaker_and_verb_after_a_question_mark():
    text = (
        "Ana Ruiz waited outside the court for six hours.\n\n"
        '"Can we go home now?" Ana Ruiz tearfully asked.\n\n'
        '"Is it over?" Tom Bell quietly asked before the doors closed.'
    )
    assert said(text) == [
        ("Can we go home now?", "Ana Ruiz"),
        ("Is it over?", "Tom Bell"),
    ]


def test_a_manner_adverb_between_speaker_and_verb_after_an_exclamation_mark():
    text = '"Get down, all of you!" Sergeant Joe Marsh angrily shouted.'
    assert said(text) == [("Get down, all of you!", "Joe Marsh")]


def test_an_adverb_does_not_join_a_new_sentence_after_a_full_stop():
    # "Mara Kent quickly said the vote ..." is a sentence of its own: the full stop ends
    # the quotation's sentence, so the name does not claim it.
    text = (
        "The hall was full by noon.\n\n"
        '"We have nothing to add." Mara Kent quickly said the vote would go ahead.'
    )
    assert ("We have nothing to add.", "Mara Kent") not in said(text)


def test_the_present_tense_of_shouting_verbs_reports_speech():
    text = (
        "The video shows officers running up the stairs.\n\n"
        '"Police! Open the door!" an officer shouts.\n\n'
        '"Please stay calm," a woman whispers behind him.'
    )
    assert said(text) == [
        ("Police! Open the door!", "an officer"),
        ("Please stay calm,", "a woman"),
    ]


def test_shouts_as_a_noun_gives_no_speaker():
    text = 'Neighbours heard loud shouts of "Get out!" from the flat on Friday.'
    assert said(text) == [("Get out!", None)]


def test_a_repeated_definite_description_is_the_unnamed_speaker_it_repeats():
    # "the patient" spoke unnamed; a doctor named since does not become "the patient".
    text = (
        "A man fell ill after buying new pillows, according to a case report.\n\n"
        '"I could barely climb the stairs," the patient said in the report.\n\n'
        'Dr. Owen Hale, a lung doctor in Leeds, ran a scan. "It happens more than we '
        'think," Hale said.\n\n'
        "The patient recovered within a year, Hale said.\n\n"
        '"I feel fine now," the patient wrote in the report.'
    )
    assert said(text) == [
        ("I could barely climb the stairs,", "the patient"),
        ("It happens more than we think,", "Owen Hale"),
        ("I feel fine now,", "the patient"),
    ]


def test_a_definite_description_still_names_the_person_known_by_that_job():
    text = (
        '"We will not close the school," a council spokesman said.\n\n'
        "Tom Pell, the council spokesman, later met parents.\n\n"
        '"Nothing is decided," the spokesman said.'
    )
    assert said(text)[-1] == ("Nothing is decided,", "Tom Pell")


def test_a_possessive_owner_does_not_run_into_a_name_of_unknown_given_name():
    text = (
        'The Daily Courier’s Ishaan Varkey wrote that the deal was "a gamble."\n\n'
        'Lakeside Union Party’s Nachman Oded said: "We must vote against it."'
    )
    assert said(text) == [
        ("a gamble.", "Ishaan Varkey"),
        ("We must vote against it.", "Nachman Oded"),
    ]


def test_a_possessive_owner_still_keeps_its_own_body_and_title():
    text = (
        'Ruritania’s Defence Ministry said the drill was "routine."\n\n'
        'Ruritania’s Prime Minister Anna Holm called it "a provocation."'
    )
    assert said(text) == [
        ("routine.", "Ruritania’s Defence Ministry"),
        ("a provocation.", "Anna Holm"),
    ]


def test_the_statement_is_its_issuers_who_said_in_a_statement():
    # "X said in a statement" and "In a statement, X said": a later "the statement" is
    # X's words (a document speaks for whoever put it out).
    text = (
        "In a statement, Harbor Films said it would appeal. "
        '"We will fight this ruling," the statement said.\n\n'
        "Kestrel United said in a statement on Monday that the manager had left.\n\n"
        '"He leaves with our thanks," the statement added.'
    )
    assert said(text) == [
        ("We will fight this ruling,", "Harbor Films"),
        ("He leaves with our thanks,", "Kestrel United"),
    ]


def test_it_after_an_issued_document_is_whoever_wrote_it():
    # "the report said" is Price's report: a later "It" is the report, so Price.
    text = (
        "The charge is explained in a report written by Officer Dana Price.\n\n"
        "The report said the van was speeding and said a witness saw it.\n\n"
        '"The van ran the light," Price wrote in the report. It added: "Nobody was hurt."'
    )
    assert said(text) == [
        ("The van ran the light,", "Dana Price"),
        ("Nobody was hurt.", "Dana Price"),
    ]


def test_a_statement_nobody_is_said_to_have_issued_speaks_for_itself():
    text = (
        "Ann Cole met the board on Friday. The club did not comment.\n\n"
        '"The talks are over," a statement on the website said.'
    )
    assert said(text) == [("The talks are over,", "a statement on the website")]


def test_the_field_of_an_office_before_a_given_name_is_no_part_of_the_name():
    # "Chief of Staff", "Chancellor of the Exchequer": the words after "of" up to the
    # given name are the office's, so the name starts at the given name.
    text = (
        '"We will not move," Chief of Staff Ann Kerrow said on Monday.\n\n'
        '"The figures are sound," Chancellor of the Exchequer Tom Bell told MPs.\n\n'
        'Deputy Director of Public Prosecution Eva-Marie Lund said: "The case is closed."'
    )
    quotes = [q for q in quotes_of(text) if q.kind == "quote"]
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Ann Kerrow", "Chief of Staff"),
        ("Tom Bell", "Chancellor of the Exchequer"),
        ("Eva-Marie Lund", "Deputy Director of Public Prosecution"),
    ]


def test_a_peer_or_prince_after_an_office_keeps_the_name_as_before():
    # No given name inside the words after "of" (a title word is none): nothing moves.
    text = (
        '"We back the plan," Secretary of State Mara Dunn said.\n\n'
        '"Yes," the Archbishop of Canterbury Rowan Hale said.'
    )
    assert said(text) == [("We back the plan,", "Mara Dunn"), ("Yes,", "Rowan Hale")]


def test_the_man_after_one_man_is_that_unnamed_man_not_the_person_named():
    # "One man in the crowd" is nobody named; "the man" repeats him, not Tom Reed.
    text = (
        "Tom Reed spoke to a crowd in Leeds on Friday.\n\n"
        "One man in the crowd, angry about the closures, interrupted Reed's speech.\n\n"
        '"You closed our school," the man shouted.'
    )
    assert said(text) == [("You closed our school,", "one man")]


def test_she_after_the_unnamed_woman_is_that_woman():
    text = (
        "Mara Dunn, the mayor, opened the new clinic on Monday.\n\n"
        "One woman who waited two years for a place was first in line. "
        '"I had given up," said the woman, who did not give her name.\n\n'
        '"Now my son can see a doctor," she said.'
    )
    assert said(text) == [
        ("I had given up,", "one woman"),
        ("Now my son can see a doctor,", "one woman"),
    ]


def test_an_unnamed_officer_in_the_same_paragraph_is_the_officer():
    text = (
        "Tom Hale, the ambassador, died in the fire. A second police officer at the scene "
        'backed the account. "Nobody could have reached him," the officer said.'
    )
    assert said(text) == [("Nobody could have reached him,", "a second police officer")]


def test_a_person_named_nearer_than_the_unnamed_one_keeps_the_description():
    # "a young actor" is two paragraphs up; Ben Oduya is named in this paragraph.
    text = (
        "Critics complained when a young actor was cast as the king.\n\n"
        "The studio did not comment.\n\n"
        'Stage star Ben Oduya then staged a fake audition. "Act more royal," the actor '
        "told the hopefuls."
    )
    assert said(text) == [("Act more royal,", "Ben Oduya")]



def test_a_surname_speaker_takes_the_full_name_given_later():
    text = (
        '"Every bid is welcome," Marsh said on a call with reporters.\n\n'
        "The agency chose three firms in May.\n\n"
        '"Rides are cheaper than rockets," the agency\'s Colin Marsh said.'
    )
    assert said(text) == [
        ("Every bid is welcome,", "Colin Marsh"),
        ("Rides are cheaper than rockets,", "Colin Marsh"),
    ]


def test_a_surname_two_people_share_stays_a_surname():
    text = (
        '"We will win," Hale said at the rally.\n\n'
        "Ann Hale and her brother Tom Hale both spoke later."
    )
    assert said(text) == [("We will win,", "Hale")]


def test_comments_before_its_speaker_reports_speech_as_commented_does():
    # The present tense of an invertible verb, as "says" beside "said" (web14).
    text = (
        "The choir will sing in six cities next spring.\n\n"
        '"We have waited a long time for this," comments Ruth Vane in a statement. '
        '"Every city on the list asked for us."\n\n'
        '"The new hall sounds wonderful," comments Omar Haddad of the city council.'
    )
    assert said(text) == [
        ("We have waited a long time for this,", "Ruth Vane"),
        ("Every city on the list asked for us.", "Ruth Vane"),
        ("The new hall sounds wonderful,", "Omar Haddad"),
    ]


def test_comments_as_a_noun_after_a_quoted_word_keeps_its_owner():
    # "comments" here is a noun with no name after it: the quoted word stays its owner's.
    text = 'Ruth Vane spoke at noon. Her "careless" comments drew anger in the hall.'
    assert said(text) == [("careless", "Ruth Vane")]
