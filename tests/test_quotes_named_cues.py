"""Named speakers, fifth round (issue 10, NAME-resolved lines): cues the engine misread or
missed. Every case is text written for this test."""

from __future__ import annotations

from warreader.index.quotes.sentences import sentence_bounds

from tests.quote_support import said


def test_a_phrasal_cue_reports_after_a_question_mark_and_before_a_manner():
    text = (
        "Omar Vance met Dora Pell at the ferry in May.\n\n"
        "\u201cLook at the rain on the pier,\u201d Pell said with a grin.\n\n"
        "\u201cIt rains every May, right?\u201d Vance went on, as though she had not spoken.\n\n"
        "\u201cThe boats are all wet because the roof leaks,\u201d Vance shot back with a shrug."
    )
    assert said(text) == [
        ("Look at the rain on the pier,", "Dora Pell"),
        ("It rains every May, right?", "Omar Vance"),
        ("The boats are all wet because the roof leaks,", "Omar Vance"),
    ]


def test_a_phrasal_cue_after_a_full_stop_starts_a_sentence_that_answers_the_quotation():
    text = (
        "At the spring fete, Vance teased Pell, calling her \u201ca sleepy warden.\u201d "
        "Pell fired back in July, faulting Vance for \u201cthe leaky sluices\u201d of his "
        "parish."
    )
    assert said(text) == [("a sleepy warden.", "Vance"), ("the leaky sluices", "Pell")]


def test_state_as_a_noun_is_no_reporting_verb():
    text = (
        "Rosa Kell took the chess title in a famously rainy state.\n\n"
        "\u201cWe want a gardener, not a painter.\u201d\n\n"
        "Kell trained with Ivo Brandt, who sorted old state ferry logs: \u201cIvo is a "
        "magician with maps.\u201d\n\n"
        "\u201cWe will not pay the levy,\u201d the farmers state in their letter."
    )
    assert said(text) == [
        ("We want a gardener, not a painter.", "Rosa Kell"),
        ("Ivo is a magician with maps.", "Rosa Kell"),
        ("We will not pay the levy,", "the farmers"),
    ]


def test_a_name_between_a_headings_dash_and_a_colon_labels_the_quotation():
    text = (
        "Bakers concur - Tess Hale: \u201cThe oldest trick is a plain one: proof the dough "
        "twice.\u201d [Oven Weekly.]\n\n"
        "Judges take a share of the fault in the cake row - CrumbWatch: \u201cTasters are "
        "sorry for the mix-up.\u201d [Oven Weekly.]"
    )
    assert said(text) == [
        ("The oldest trick is a plain one: proof the dough twice.", "Tess Hale"),
        ("Tasters are sorry for the mix-up.", "CrumbWatch"),
    ]


def test_a_campaign_owned_by_a_name_speaks_as_that_campaign_past_an_aside():
    text = (
        "Dora Pell and Ann Ruiz opened the flower show in May.\n\n"
        "Sen. Dora Pell\u2019s campaign, for instance, said she would \u201cjoin the "
        "parade\u201d but \u201chas no plans to march at the front,\u201d while Ruiz "
        "hinted she would stay home.\n\n"
        "The canal boaters visited Grady in June.\n\n"
        "Grady\u2019s campaign put out a leaflet saying Pell owes \u201cthe boaters a "
        "refund.\u201d"
    )
    assert said(text) == [
        ("join the parade", "the Pell campaign"),
        ("has no plans to march at the front,", "the Pell campaign"),
        ("the boaters a refund.", "the Grady campaign"),
    ]


def test_a_verb_coordinated_in_a_later_clause_takes_that_clauses_subject():
    text = (
        "Dale Horn on Tuesday painted the lighthouse blue, while Omar Vance, the "
        'retired harbour pilot, suggested we "paint it red" and said the keeper should '
        "decide.\n\n"
        "A club of walkers asked for a new stile on the path, and the village trust the "
        'Hedge Society warmly welcomed the idea and said it would "fund" the work.\n\n'
        "Alpine traders think Ruiz has formed a league with Kent, Devon, and a new Essex "
        "where Marsh may lead \u201cfor a while\u201d, and concede that they are outvoted."
    )
    assert said(text) == [
        ("paint it red", "Omar Vance"),
        ("fund", "Hedge Society"),
        ("for a while", "Alpine traders"),
    ]


def test_a_capitalised_pronoun_after_a_question_or_exclamation_mark_opens_a_new_sentence():
    text = (
        "When Dora Pell retired from the choir, Omar Ruiz sent her a card, greeting her warmly and "
        "telling her, \u201cyou sang like a lark!\u201d She wrote back that it had been "
        'a "joy to take part."'
    )
    assert said(text) == [
        ("you sang like a lark!", "Omar Ruiz"),
        ("joy to take part.", "Dora Pell"),
    ]


def test_a_family_name_written_first_names_its_person_alone():
    text = (
        "Premier Lin Haodong arrived in Tromso on Monday.\n\n"
        'The two ports, Lin said, now share a "rare opening" to expand.\n\n'
        "\u201cWe will build the quay together,\u201d Lin added."
    )
    assert said(text) == [
        ("rare opening", "Lin Haodong"),
        ("We will build the quay together,", "Lin Haodong"),
    ]


def test_a_long_aside_between_dashes_keeps_the_subject_before_it():
    text = (
        "On Friday, Ruiz \u2014 tipped by the Courier as the likeliest pick of the rowing "
        "club for the captaincy \u2014 told Dan Hale of Radio Fen that \u201cthe oars are "
        "in good hands.\u201d"
    )
    assert said(text) == [("the oars are in good hands.", "Ruiz")]


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
        "\u201cThe fence was his, but the gate was not,\u201d according to a sworn "
        "statement filed by parish surveyor Dan Ross.\n\n"
        "Ruiz wrote to the bakery, threatening \u201ca long quarrel,\u201d according to a copy "
        "of the letter shown to the Courier."
    )
    assert said(text) == [
        ("The fence was his, but the gate was not,", "Dan Ross"),
        ("a long quarrel,", "a copy of the letter"),  # shown to the Courier: no author
    ]


def test_a_short_aside_and_a_manner_after_by_leave_the_subject_speaking():
    text = (
        "A man later identified as Eli Ruiz-Day, of the cycling club Spokewise, asked whether "
        "Pell would ban cars from the square.\n\n"
        "Pell, plainly weary, answered by waving a map at the man, saying the "
        "Ruiz team was confusing the square with the market lane.\n\n"
        "\u201cI walk across that square every day. I know where the lanes are.\u201d"
    )
    assert said(text) == [
        ("I walk across that square every day. I know where the lanes are.", "Pell")
    ]


def test_characterising_something_as_a_phrase_quotes_the_one_who_characterised_it():
    text = (
        "The Valley Courier characterized many anglers\u2019 mood about the new weir as a "
        "\u201cslow drift from gloom to quiet cheer.\u201d"
    )
    assert said(text) == [("slow drift from gloom to quiet cheer.", "Valley Courier")]
