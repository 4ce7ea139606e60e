"""Named speakers, fifth round (issue 10, NAME-resolved lines): cues the engine misread or
missed. Every case is text written for this test."""

from __future__ import annotations

from warreader.index.quotes.sentences import sentence_bounds

from tests.quote_support import said


def test_a_phrasal_cue_reports_after_a_question_mark_and_before_a_manner():
    text = (
        "Omar Vance met Dora Pell at the ferry in May.\n\n"
        "\u201cLook at the rain on the pier,\u201d Pell said with a grin.\n\n"
        "\u201cIt rains every May, right?\u201d Vance went on, as if he had not heard her.\n\n"
        "\u201cThe boats are all wet because the roof leaks,\u201d Vance shot back with a laugh."
    )
    assert said(text) == [
        ("Look at the rain on the pier,", "Dora Pell"),
        ("It rains every May, right?", "Omar Vance"),
        ("The boats are all wet because the roof leaks,", "Omar Vance"),
    ]


def test_a_phrasal_cue_after_a_full_stop_starts_a_sentence_that_answers_the_quotation():
    text = (
        "Early in the race, Vance mocked Pell, calling her \u201ca tired mayor.\u201d "
        "Pell fired back in June, attacking Vance for \u201cthe empty promises\u201d of his "
        "campaign."
    )
    assert said(text) == [("a tired mayor.", "Vance"), ("the empty promises", "Pell")]


def test_state_as_a_noun_is_no_reporting_verb():
    text = (
        "Rosa Kell won the vote in a solidly Green state.\n\n"
        "\u201cWe need a builder, not a talker.\u201d\n\n"
        "Kell worked with Ivo Brandt, who cleaned up state tax data: \u201cIvo is a wizard "
        "with numbers.\u201d\n\n"
        "\u201cWe will not pay the levy,\u201d the farmers state in their letter."
    )
    assert said(text) == [
        ("We need a builder, not a talker.", "Rosa Kell"),
        ("Ivo is a wizard with numbers.", "Rosa Kell"),
        ("We will not pay the levy,", "the farmers"),
    ]


def test_a_name_between_a_headings_dash_and_a_colon_labels_the_quotation():
    text = (
        "Growers agree - Tess Hale: \u201cThe best lesson was a simple one: keep counting "
        "late.\u201d [Farm Post.]\n\n"
        "The press shares blame in the grain overhype - FarmPoll: \u201cCounters are taking "
        "heat for the miss.\u201d [Farm Post.]"
    )
    assert said(text) == [
        ("The best lesson was a simple one: keep counting late.", "Tess Hale"),
        ("Counters are taking heat for the miss.", "FarmPoll"),
    ]


def test_a_campaign_owned_by_a_name_speaks_as_that_campaign_past_an_aside():
    text = (
        "Dora Pell and Ann Ruiz spoke at the fair in May.\n\n"
        "Sen. Dora Pell\u2019s campaign, for example, said she would \u201cback the "
        "nominee\u201d but \u201cis not planning to endorse anyone,\u201d while Ruiz "
        "suggested she would wait.\n\n"
        "The mill workers met Grady in June.\n\n"
        "Grady\u2019s campaign sent out a note saying Pell owes \u201cthe farmers an "
        "apology.\u201d"
    )
    assert said(text) == [
        ("back the nominee", "the Pell campaign"),
        ("is not planning to endorse anyone,", "the Pell campaign"),
        ("the farmers an apology.", "the Grady campaign"),
    ]


def test_a_verb_coordinated_in_a_later_clause_takes_that_clauses_subject():
    text = (
        "Dale Horn on Monday signed an order to block the barges, while Omar Vance, the "
        'former Idaho governor, proposed we "stop the boats" and said the mayor should '
        "resign.\n\n"
        "A group of farmers called for a boycott of the fair, and the rural charity the "
        'Grain Fund strongly denounced the plan and said it would "return" the money.\n\n'
        "Gulf traders believe Ruiz has joined a pact with Iran, Russia, and a new Syria "
        "where Assad may stay \u201cfor now\u201d, and admit that they are powerless."
    )
    assert said(text) == [
        ("stop the boats", "Omar Vance"),
        ("return", "Grain Fund"),
        ("for now", "Gulf traders"),
    ]


def test_a_capitalised_pronoun_after_a_question_or_exclamation_mark_opens_a_new_sentence():
    text = (
        "After Dora Pell lost the vote, Omar Ruiz wrote to her, calling her by name and telling "
        "her, \u201cyou are the best mayor we have had!\u201d She replied to him that it "
        'was an "honour to serve."'
    )
    assert said(text) == [
        ("you are the best mayor we have had!", "Omar Ruiz"),
        ("honour to serve.", "Dora Pell"),
    ]


def test_a_family_name_written_first_names_its_person_alone():
    text = (
        "Premier Lin Haodong arrived in Tromso on Monday.\n\n"
        'The two ports, Lin said, now have a "golden chance" to grow.\n\n'
        "\u201cWe will build the quay together,\u201d Lin added."
    )
    assert said(text) == [
        ("golden chance", "Lin Haodong"),
        ("We will build the quay together,", "Lin Haodong"),
    ]


def test_a_long_aside_between_dashes_keeps_the_subject_before_it():
    text = (
        "On Friday, Ruiz \u2014 named by the Courier as the leading choice of the farm "
        "lobby for the seat \u2014 told Dan Hale of Radio Fen that \u201cit is an honour "
        "to be asked.\u201d"
    )
    assert said(text) == [("it is an honour to be asked.", "Ruiz")]


def test_a_full_stop_after_a_unit_letter_ends_the_sentence():
    text = (
        "To cut costs, the mill said it would halve its payout to save $2.5m. Looking "
        "ahead, Mr Hale forecast steady growth. Ann B. Ruiz agreed."
    )
    assert [text[a:b].strip() for a, b in sentence_bounds(text, [])] == [
        "To cut costs, the mill said it would halve its payout to save $2.5m.",
        "Looking ahead, Mr Hale forecast steady growth.",
        "Ann B. Ruiz agreed.",
    ]


def test_a_document_filed_or_written_by_a_person_speaks_for_that_person():
    text = (
        "\u201cThere was cause to hold him, but not to charge him,\u201d according to a court "
        "document filed by county attorney Dan Ross.\n\n"
        "Ruiz wrote to the mill, threatening \u201ca major lawsuit,\u201d according to a copy "
        "of the letter seen by the Courier."
    )
    assert said(text) == [
        ("There was cause to hold him, but not to charge him,", "Dan Ross"),
        ("a major lawsuit,", "a copy of the letter"),  # seen by the Courier: no author
    ]


def test_a_short_aside_and_a_manner_after_by_leave_the_subject_speaking():
    text = (
        "A woman later named as Eva Ruiz-Day, of the green group Leafwatch, asked whether "
        "Pell would give up gifts from mills.\n\n"
        "Pell, clearly frustrated, responded by pointing a finger at the woman, saying the "
        "Ruiz campaign was mixing up gifts from workers with gifts from firms.\n\n"
        "\u201cI have money from people who work for mills. I am so tired of it.\u201d"
    )
    assert said(text) == [
        ("I have money from people who work for mills. I am so tired of it.", "Pell")
    ]


def test_characterising_something_as_a_phrase_quotes_the_one_who_characterised_it():
    text = (
        "The Valley Courier characterized many farmers\u2019 view of the new dam as a "
        "\u201cslow thaw from anger to grudging hope.\u201d"
    )
    assert said(text) == [("slow thaw from anger to grudging hope.", "Valley Courier")]
