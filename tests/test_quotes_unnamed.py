"""Unnamed and collective sources: the phrase a reporter reads as the source ("the
crowd", "an organiser at the back", "one veteran aide to the bishop") is the quote's
mention, whole, and groups speak as groups."""

from __future__ import annotations

from tests.quote_support import quotes_of


def _mentions(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.mention) for q in quotes_of(text) if q.kind == "quote"]


def test_a_crowd_answering_a_speaker_is_the_speaker_of_its_shout():
    text = (
        "The mayor spoke for an hour.\n\n"
        '"Who pays for the bridge?" the mayor asked.\n\n'
        '"The city!" the crowd yelled.\n\n'
        '"Never!" the audience shouted back.'
    )
    assert _mentions(text)[1:] == [
        ("The city!", "the crowd", "the crowd"),
        ("Never!", "the audience", "the audience"),
    ]


def test_a_heckler_is_a_person_who_speaks():
    assert _mentions('A heckler yelled: "Go home!"') == [("Go home!", "A heckler", "A heckler")]


def test_a_description_with_its_postmodifier_after_an_opening_quote_speaks():
    text = (
        "The council met on Monday.\n\n"
        '"Who will pay for it?" a union organiser at the back asked.'
    )
    assert _mentions(text)[0][2] == "a union organiser at the back"


def test_an_unnamed_aide_to_someone_is_not_the_one_served():
    assert _mentions('"It was a mess," one veteran aide to the bishop said.') == [
        ("It was a mess,", "one veteran aide to the bishop", "one veteran aide to the bishop")
    ]


def test_a_letter_from_an_issuer_after_an_opening_quote_is_still_the_issuers():
    text = '"The offer stands," the letter from Brightwater said.'
    assert _mentions(text)[0][1] == "Brightwater"


def test_an_unnamed_source_after_said_keeps_its_affiliation():
    text = '"Fares will fall," said one veteran adviser to the harbour master.'
    assert _mentions(text)[0][2] == "one veteran adviser to the harbour master"


def test_a_source_after_said_keeps_its_relative_clause_to_the_sentence_end():
    text = '"It is too late," said a senior official who ran the harbour talks.'
    assert _mentions(text)[0][2] == "a senior official who ran the harbour talks"


def test_time_and_setting_after_an_unnamed_source_are_not_part_of_it():
    text = (
        '"It is too late," said a source familiar with the talks on Tuesday.\n\n'
        '"We are ready," said a senior official in a statement.\n\n'
        '"Nobody asked us," said a farmer from Brook Vale speaking at the gate.'
    )
    assert [m for _, _, m in _mentions(text)] == [
        "a source familiar with the talks",
        "a senior official",
        "a farmer from Brook Vale",
    ]


def test_a_noun_in_ing_closes_a_postmodifier():
    text = '"No cargo was lost," said engineers with knowledge of the night crossing.'
    assert _mentions(text)[0][2] == "engineers with knowledge of the night crossing"


def test_a_postmodifier_never_ends_on_an_article_before_a_title():
    text = '"We were ignored," said the editors of the "Harbour Review".'
    assert _mentions(text)[0][2] == "the editors"


def test_a_quantifier_opening_a_clause_is_an_unnamed_source():
    text = (
        "Voters in the valley were split. Several said the dam was "
        '"a disaster for the valley."\n\n'
        'One farmer said the rain was late. Another said, "We need the rain."\n\n'
        'The mayor waved. "Out!" some chanted.'
    )
    assert [(m, via) for _, m, via in [(q.text, q.mention, q.via) for q in quotes_of(text)]] == [
        ("Several", "description"),
        ("Another", "description"),
        ("some", "description"),
    ]


def test_a_quantifier_inside_a_phrase_is_no_speaker():
    text = 'No one said the dam was "a disaster for the valley."'
    assert all(q.mention != "one" for q in quotes_of(text))


def test_an_owned_description_opening_the_sentence_speaks_a_participle_clause():
    text = (
        "The senator spoke first.\n\n"
        'Her press officer kept up the criticism, saying the rival was "soft on crime."'
    )
    assert _mentions(text)[0][2] == "Her press officer"


def test_an_owner_alone_opening_the_sentence_is_no_subject():
    text = 'Her remarks drew fire from the council, saying the plan was "weak on trade."'
    assert _mentions(text)[0][2] != "Her"


def test_a_description_then_later_is_still_the_subject():
    text = (
        "The governor gave a speech.\n\n"
        "A union official later softened the message, saying the strike "
        '"was a last resort."'
    )
    assert _mentions(text)[0][2] == "A union official"


def test_responding_by_saying_is_no_passive_agent():
    text = 'A museum director replied by insisting the loan was "never in doubt."'
    assert _mentions(text)[0][1:] == ("A museum director", "A museum director")


def test_a_passive_agent_after_by_still_speaks():
    text = 'The plan was described by Mr Hale as "a folly."'
    assert _mentions(text)[0][1] == "Hale"


def test_a_source_speaking_to_an_outlet_is_the_speaker_not_the_outlet():
    text = 'A dock worker talking to the Gazette said, "Nobody told us."'
    assert _mentions(text)[0][1:] == ("A dock worker", "A dock worker")


def test_a_pronoun_with_a_contracted_verb_is_the_pronoun():
    text = (
        'Tom Hale spoke on Monday. He’s hoping the ferry will be "back by spring."'
        '\n\nThe two farmers nodded. They’re saying the fair is "a circus."'
    )
    found = _mentions(text)
    assert found[0][1:] == ("Tom Hale", "He")
    assert found[1][2] == "They"


def test_a_described_subject_with_an_unlisted_adjective_speaks_its_participle():
    text = (
        'The retired skipper gave little away on Sunday, saying the boat was "not for sale."'
    )
    assert _mentions(text)[0][2] == "The retired skipper"


def test_first_between_subject_and_verb_is_an_adverb():
    text = 'The treasurer first said she had never seen "the second ledger" at all.'
    assert _mentions(text)[0][2] == "The treasurer"


def test_a_named_organisation_with_a_verb_and_object_stays_the_subject():
    text = (
        "The Harbour Workers Union released a statement on Friday, saying the plan is "
        '"another example of reckless spending."'
    )
    assert _mentions(text)[0][1] == "Harbour Workers Union"


def test_those_surveyed_are_a_group_that_speaks():
    text = 'Most voters backed the dam. Of the rest, those surveyed said it was "a waste of money."'
    assert _mentions(text)[0][1:] == ("those surveyed", "those surveyed")


def test_backers_of_a_measure_are_its_speakers():
    text = 'Backers of the harbour levy say it will "pay for itself."'
    assert _mentions(text)[0][2] == "Backers of the harbour levy"


def test_a_description_is_never_the_person_named_in_its_own_postmodifier():
    text = (
        "Ann Ray toured the docks on Monday.\n\n"
        'The Green candidate for the Ray seat told reporters he was "ready to serve."'
    )
    found = _mentions(text)[0]
    assert found[2] == "The Green candidate for the Ray seat"
    assert found[1] != "Ann Ray"


def test_a_share_of_those_polled_is_a_group_source():
    text = (
        "The harbour poll was taken in May. About three in 10 said the ferry was "
        '"too slow."\n\n'
        'In the same survey, 33% said the fares were "a scandal."\n\n'
        'Some 40 per cent of farmers said the quay was "falling apart."'
    )
    assert [(sp, m) for _, sp, m in _mentions(text)] == [
        ("About three in 10", "About three in 10"),
        ("33%", "33%"),
        ("Some 40 per cent of farmers", "Some 40 per cent of farmers"),
    ]


def test_per_cent_without_a_figure_is_no_share():
    text = 'The mayor said per cent said nothing; Tom Hale said it was "odd."'
    assert all(q.mention != "per cent" for q in quotes_of(text))


def test_an_adverb_between_commas_leaves_the_subject_speaking():
    text = 'The two councillors, meanwhile, insist that "the rule was never applied."'
    assert _mentions(text)[0][2] == "The two councillors"


def test_the_two_and_a_crowd_crying_out_are_speakers():
    text = (
        "Two councillors wrote to the board.\n\n"
        '"Your ruling has no basis," the two write.\n\n'
        'The mayor asked for patience. "Never!" the crowd cried out.'
    )
    assert [m for _, _, m in _mentions(text)] == ["the two", "the crowd"]


def test_a_demonstrative_source_keeps_its_determiner():
    text = 'Two sources spoke to us. "The vote is lost," this source told the Gazette.'
    assert _mentions(text)[0][2] == "this source"


def test_a_group_keeps_its_quantifier_and_its_coordinated_plural():
    text = (
        "The parade reached the square at noon.\n\n"
        'In Leeds, many farmers and traders were chanting "Open the mills."\n\n'
        'Some officials said the plan was "dead."'
    )
    assert [m for _, _, m in _mentions(text)] == ["many farmers and traders", "Some officials"]


def test_two_names_joined_by_and_are_still_not_one_phrase():
    text = 'Tom Hale and Ann Ray said the plan was "dead."'
    assert _mentions(text)[0][2] != "Tom Hale and Ann Ray"


def test_a_hyphenated_job_noun_heads_a_description_and_a_role():
    text = (
        'The Green front-runner and former mayor of Leeds said the plan was "dead."\n\n'
        'Radio co-host Ann Ray said it was "a farce."'
    )
    found = _mentions(text)
    assert found[0][2] == "The Green front-runner and former mayor of Leeds"
    assert found[1][1] == "Ann Ray"
