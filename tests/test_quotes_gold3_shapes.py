"""Shapes found on the fourth BBC set (bbc-dev3), bbc-dev2 and the dev set, on text we wrote."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_a_stray_comma_after_a_name_that_follows_a_quotation_keeps_the_name_speaking():
    text = (
        "Ferry fares rise\n\n"
        "The island's board raised fares on Monday.\n\n"
        '"The board has kept its promise," harbour master Colm Reilly told the Courier. '
        "Some traders were less pleased. "
        '"If a family takes the ferry twice a week this will hurt," fishmonger Aoife '
        'Brennan, told the Courier. "Prices will follow."'
    )
    assert said(text) == [
        ("The board has kept its promise,", "Colm Reilly"),
        ("If a family takes the ferry twice a week this will hurt,", "Aoife Brennan"),
        ("Prices will follow.", "Aoife Brennan"),
    ]


def test_a_name_after_a_preposition_after_a_quotation_is_no_stray_comma_speaker():
    text = (
        "Ferry fares rise\n\n"
        'The rise marks "the end of cheap crossings" for Tom Varga, said Colm Reilly. '
        'She mocked his "odd" friend Ivo Darren, cited in the report.'
    )
    assert said(text)[0] == ("the end of cheap crossings", "Colm Reilly")


def test_a_quoted_name_after_known_as_the_before_a_noun_is_a_term():
    text = (
        "Ferry fares rise\n\n"
        "The mayor said boats must pay their way. The board follows what is known as "
        'the "one in, one out" rule for its fleet, she said.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds["one in, one out"] == "term"


def test_a_name_after_a_preposition_after_a_comma_quotation_is_no_speaker():
    text = (
        "Ferry fares rise\n\n"
        "The board raised fares.\n\n"
        '"Good," harbour master Colm Reilly said. "It is a blow," for Tom Varga, said '
        "Aoife Brennan."
    )
    assert said(text)[1] == ("It is a blow,", "Aoife Brennan")


def test_an_inverted_cue_before_the_name_is_no_job_of_the_stray_comma_rule():
    text = (
        "Ferry fares rise\n\n"
        '"The fares had to rise," said Ann Roe, explaining that fuel costs more.'
    )
    (quote,) = [q for q in quotes_of(text) if q.kind == "quote"]
    assert (quote.speaker, quote.role) == ("Ann Roe", None)


def test_single_marks_in_the_body_of_a_double_marked_article_make_terms():
    text = (
        "Pier 'on the brink'\n\n"
        '"We will not sell," said harbour master Colm Reilly. More visitors are arriving '
        "'on the hop', he said, and the council backs what it calls a 'slow tide' plan.\n\n"
        "A ferry hand said: 'It is all talk.'"
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds["on the hop"] == "term"
    assert kinds["slow tide"] == "term"
    assert kinds["We will not sell,"] == "quote"
    assert kinds["It is all talk."] == "quote"  # a sentence in single marks stays a quote


def test_single_marks_stay_quotes_where_the_article_has_no_double_marks():
    text = (
        "Pier sale\n\n"
        "Colm Reilly said the sale was 'a disgrace' and would be fought."
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds["a disgrace"] == "quote"


def test_a_countrys_minister_is_the_person_the_next_sentence_names_with_a_speech_verb():
    text = (
        "Pier sale\n\n"
        "The pier may be sold.\n\n"
        "Meanwhile, Norway's fisheries minister has said the sale was \"a grave error\" "
        "unless the town paid. Ingrid Solberg said she would raise it at the next council."
    )
    assert said(text) == [("a grave error", "Ingrid Solberg")]


def test_a_ministers_words_go_to_the_name_opening_the_next_paragraph():
    text = (
        "Pier sale\n\n"
        "Norway's fisheries minister sought to calm fears, saying the risk was \"low,\" "
        "and he thanked the harbour board.\n\n"
        "Ingrid Solberg said the town would keep its pier."
    )
    assert said(text) == [("low,", "Ingrid Solberg")]


def test_a_name_met_before_the_ministers_words_is_someone_else():
    text = (
        "Pier sale\n\n"
        "Ingrid Solberg, the mayor, wants the pier kept. Norway's fisheries minister has "
        "said the sale was \"a grave error\". Ingrid Solberg said she agreed."
    )
    assert said(text)[0][1] != "Ingrid Solberg"


def test_a_cueless_quote_after_an_according_to_sentence_is_the_outer_sources():
    text = (
        "Pier probe\n\n"
        "According to a statement from Mr Dunn's office, the harbour clerk admitted he "
        'told skippers to pay cash. The cash was then "hidden in the fish accounts". '
        "The board said nothing."
    )
    assert said(text) == [("hidden in the fish accounts", "Dunn's office")]


def test_a_document_from_a_possessive_owner_is_issued_by_what_the_owner_owns():
    text = (
        "Pier probe\n\n"
        "The pier board gave an \"incomplete\" answer, according to a report from the "
        "Harbour Authority's chief auditor to the council."
    )
    assert said(text) == [("incomplete", "Harbour Authority's chief auditor")]


def test_a_short_form_speaks_by_the_full_name_the_article_spells_out_anywhere():
    # (the rule is far_names.full_names_by_short, merged from attr-gold4)
    text = (
        "Rates rise\n\n"
        "Rates are to rise again.\n\n"
        "The Harbour Reserve has raised its key rate by a quarter point. Firms hired more "
        "staff in October.\n\n"
        "The Har's rate committee voted for the rise. The Har has been easing rates up "
        "since June.\n\n"
        'The Har noted that future rises would come at a "measured" pace.'
    )
    assert said(text) == [("measured", "Harbour Reserve")]


def test_those_with_a_postmodifier_after_an_inverted_verb_speak_as_a_group():
    text = (
        "Pier talks\n\n"
        'Talks on the pier sale have been "making steady headway" say those behind the '
        "deal.\n\n"
        '"We are close," said those close to the talks on Monday.'
    )
    assert said(text) == [
        ("making steady headway", "those behind the deal"),
        ("We are close,", "those close to the talks"),
    ]


def test_those_without_a_postmodifier_after_a_verb_is_no_speaker():
    text = "Pier talks\n\nThe mayor said those were \"lies\" and left."
    assert said(text) == [("lies", "the mayor")]


def test_an_opening_participle_phrase_names_no_subject_of_a_coordinated_cue():
    text = (
        "Gala night\n\n"
        "Rooting for Ann Stone was Cate Blake, herself nominated.\n\n"
        "Shivering in a long Armani dress, the actress stopped to sign autographs and "
        'joked: "It is tight but I love it." Others came too.'
    )
    assert said(text) == [("It is tight but I love it.", "Cate Blake")]


def test_a_name_ending_in_ing_still_opens_its_sentence_as_the_subject():
    text = 'Pier talks\n\nFlo Manning said the pier "must stay" open.'
    assert said(text) == [("must stay", "Flo Manning")]


def test_a_passage_left_open_ends_at_a_nested_close_an_attribution_follows():
    text = (
        "Fares\n\n"
        'Costs will stay high. "In view of dear fuel, the board is likely to '
        "'wait and see', the company said in its report. Fares rose last year. The board "
        'warned that costs could rise. "The rise is a challenge," it noted.'
    )
    quotes = [q for q in quotes_of(text) if q.kind == "quote"]
    assert [q.text for q in quotes] == [
        "In view of dear fuel, the board is likely to 'wait and see'",
        "The rise is a challenge,",
    ]


def test_a_passage_left_open_without_a_nested_quote_runs_on():
    text = (
        "Fares\n\n"
        'Costs will stay high. "In view of dear fuel, the board will wait, the company '
        "said in its report. Fares rose last year."
    )
    (quote,) = [q for q in quotes_of(text) if q.kind == "quote"]
    assert quote.text.endswith("Fares rose last year.")
