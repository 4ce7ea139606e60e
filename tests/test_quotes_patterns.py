"""One small case for every quotation and attribution pattern the engine handles."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_curly_quote_with_verb_after_name():
    text = "“We are ready,” Mr Howard said."
    assert said(text) == [("We are ready,", "Howard")]


def test_inverted_verb_before_name_with_appositive_role():
    quotes = quotes_of("“We are ready,” said Navy Capt. Mike Kafka, a Pentagon spokesman.")
    assert quotes[0].speaker == "Mike Kafka"
    assert quotes[0].role == "Pentagon spokesman"
    assert quotes[0].cue == "said"


def test_straight_marks_and_apostrophes_are_not_marks():
    text = "Russia's envoy said: \"They're wrong about the conscripts' pay.\" Nothing more."
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["They're wrong about the conscripts' pay."]


def test_split_quote_shares_the_speaker():
    text = (
        "Defence Secretary Lloyd Austin spoke in Brussels.\n\n"
        "“Some troops are moving closer,” he said. “We see more aircraft.”"
    )
    assert said(text) == [
        ("Some troops are moving closer,", "Lloyd Austin"),
        ("We see more aircraft.", "Lloyd Austin"),
    ]


def test_multi_paragraph_quote_keeps_its_speaker():
    text = (
        "Foreign Minister Sergey Lavrov told Tass:\n\n"
        "“The regime is flooded with weapons.\n\n"
        "“Westerners prefer to remain above the fray.”"
    )
    speakers = {s for _, s in said(text)}
    assert speakers == {"Sergey Lavrov"}
    assert len(said(text)) == 2


def test_mark_reopened_without_closing_ends_the_first_quote():
    text = "“Troops are moving closer to the border. “We see them,” he explained, Austin said."
    texts = [q.text for q in quotes_of(text)]
    assert texts[0] == "Troops are moving closer to the border."
    assert texts[1] == "We see them,"


def test_stray_mark_does_not_flip_later_quotes():
    text = (
        "The minister spoke” at length.\n\n"
        "“Prices will rise,” the chancellor Gordon Brown said.\n\n"
        "Nothing else “happened” here."
    )
    quotes = quotes_of(text)
    assert ("Prices will rise,", "Gordon Brown") in [(q.text, q.speaker) for q in quotes]
    assert all("at length" not in q.text for q in quotes)


def test_nested_single_quote_is_part_of_the_outer_quote():
    text = "Lavrov said: “Westerners prefer to remain ‘above the fray’ and do nothing.”"
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert "‘above the fray’" in quotes[0].text


def test_colon_introduction_in_previous_paragraph():
    text = (
        "Lieutenant General Sergey Sevryukov told reporters:\n\n"
        "“It has already become obvious that phones were the cause.”"
    )
    assert said(text) == [
        ("It has already become obvious that phones were the cause.", "Sergey Sevryukov")
    ]


def test_according_to():
    quotes = quotes_of(
        "The kindergarten shelling is a “major provocation”, according to "
        "Ukrainian President Volodymyr Zelenskyy."
    )
    assert quotes[0].kind == "quote"
    assert quotes[0].speaker == "Volodymyr Zelenskyy"
    assert quotes[0].role == "Ukrainian President"
    assert quotes[0].cue == "according to"


def test_partial_quote_in_reported_speech():
    text = (
        "Joe Biden spoke at the White House.\n\n"
        "He stated that the US has “reason to think” that Russia is lying."
    )
    quotes = quotes_of(text)
    assert quotes[0].kind == "quote" and quotes[0].speaker == "Joe Biden"
    assert quotes[0].mention == "He"


def test_scare_quotes_and_labels_are_terms():
    quotes = quotes_of("Officials stopped using the term “imminent” about a “false-flag” plot.")
    assert [q.kind for q in quotes] == ["term", "term"]
    assert all(q.speaker is None for q in quotes)


def test_pronoun_follows_gender_and_recency():
    text = (
        "Anastasia Kuznetsova, 24, met Viktor Petrov in the square.\n\n"
        "“Some people are celebrating,” she said."
    )
    assert said(text) == [("Some people are celebrating,", "Anastasia Kuznetsova")]


def test_the_president_resolves_to_the_previous_speaker():
    text = (
        "“We would host a summit,” President Recep Tayyip Erdoğan said after talks with "
        "Zelenskyy in Kyiv. “We act to reduce tensions,” the president said."
    )
    assert [s for _, s in said(text)] == ["Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"]


def test_surname_and_honorific_resolve_to_the_full_name():
    text = (
        "Jens Stoltenberg, the chairman of NATO, spoke on Monday.\n\n"
        "Mr. Stoltenberg stated on Twitter that “NATO allies deny this assertion.”"
    )
    quote = quotes_of(text)[0]
    assert quote.speaker == "Jens Stoltenberg"
    assert quote.mention == "Mr. Stoltenberg"
    assert quote.role == "chairman of NATO"


def test_role_is_split_from_the_name():
    quote = quotes_of("“We warned,” Kremlin spokesperson Dmitry Peskov responded.")[0]
    assert (quote.speaker, quote.role, quote.cue) == (
        "Dmitry Peskov",
        "Kremlin spokesperson",
        "responded",
    )


def test_organisation_and_document_speak():
    text = (
        "Washington, London, and Paris also issued a rare unified statement.\n\n"
        "“We reject Russia’s false assertions,” the statement reads."
    )
    assert said(text) == [("We reject Russia’s false assertions,", "Washington, London and Paris")]


def test_report_resolves_to_who_reported():
    text = (
        "Rochan Consulting, an analytical group, reported Wednesday that trains arrived.\n\n"
        "“There is no indication that troops are being withdrawn,” the report said."
    )
    assert said(text)[0][1] == "Rochan Consulting"


def test_unnamed_source_keeps_its_description_and_is_a_he_later():
    text = (
        "“It was the word of the year,” a spokesman for the Oxford University Press said.\n\n"
        "“Now we get words that derive from it,” he said."
    )
    speakers = [s for _, s in said(text)]
    assert speakers[0].startswith("a spokesman for the Oxford University Press")
    assert speakers[1] == speakers[0]


def test_possessive_is_not_a_speaker():
    quotes = quotes_of("Russia’s claims of a “dirty bomb” were dismissed in London.")
    assert quotes[0].kind == "term" and quotes[0].speaker is None


def test_aliases_from_config_give_the_canonical_name():
    quotes = quotes_of(
        "“We fight on,” President Zelensky said.", aliases={"Volodymyr Zelenskyy": ["Zelensky"]}
    )
    assert quotes[0].speaker == "Volodymyr Zelenskyy"


def test_passive_agent_speaks():
    text = "Fletcher was described as a “consummate professional” by broadcaster Michael Pointon."
    assert said(text) == [("consummate professional", "Michael Pointon")]


def test_colon_after_verb_belongs_to_the_next_quote():
    text = (
        'Reminded that Ferguson called him "a disgrace", Wenger added: '
        '"I don\'t respond to anything."'
    )
    assert said(text) == [("a disgrace", "Ferguson"), ("I don't respond to anything.", "Wenger")]


def test_speaker_between_commas():
    text = (
        "The UN's relief coordinator, Jan Egeland, said that \"this may be the worst "
        'disaster in recent history."'
    )
    assert said(text)[0][1] == "Jan Egeland"


def test_single_marks_as_outer_quotation_marks():
    text = "‘We will fight on,’ the minister, Ben Wallace, said. ‘There is no other way.’"
    assert [s for _, s in said(text)] == ["Ben Wallace", "Ben Wallace"]


def test_news_agency_speaks():
    text = ("Russia would use drones, The Associated Press (AP) said, citing an official.\n\n"
            "“The plan is real,” the AP said.")
    speakers = [q.speaker for q in quotes_of(text)]
    assert speakers == ["Associated Press"]


def test_according_to_an_organisation():
    quote = quotes_of("The attack would be “sudden and violent”, according to the "
                      "Security Council.")[0]
    assert quote.speaker == "Security Council" and quote.cue == "according to"


def test_ministry_nominal_resolves_to_the_organisation():
    text = ("Russia's Defense Ministry released a video on Wednesday.\n\n"
            "“The troops are returning to their bases,” the ministry said.")
    assert said(text) == [("The troops are returning to their bases,", "Defense Ministry")]


def test_accents_are_kept_for_display_and_folded_for_matching():
    from warreader.index.model import Quote
    from warreader.index.quotes.speakers import SpeakerDirectory

    directory = SpeakerDirectory()
    directory.add("a", Quote("x", 0, 1, speaker="Recep Tayyip Erdoğan"))
    directory.add("b", Quote("y", 0, 1, speaker="Erdogan"))
    assert directory.canonical("Erdogan") == "Recep Tayyip Erdoğan"
    [summary] = directory.summaries()
    assert summary.quote_count == 2 and summary.articles == ["a", "b"]


def test_variant_spellings_merge_across_the_corpus():
    from warreader.index.model import Quote
    from warreader.index.quotes.speakers import SpeakerDirectory

    directory = SpeakerDirectory()
    for article, name in [("a", "Volodymyr Zelenskyy"), ("b", "Volodymyr Zelensky"),
                          ("c", "Sergey Lavrov"), ("d", "Sergei Lavrov"), ("e", "Lavrov")]:
        directory.add(article, Quote("x", 0, 1, speaker=name))
    assert directory.canonical("Zelensky") == directory.canonical("Volodymyr Zelenskyy")
    assert directory.canonical("Sergei Lavrov") == directory.canonical("Lavrov")
    assert len(directory.summaries()) == 2


def test_cue_and_mention_explain_the_attribution():
    quote = quotes_of("“It is over,” Mr. Stoltenberg told reporters.")[0]
    assert (quote.mention, quote.cue) == ("Mr. Stoltenberg", "told")


def test_quotation_reopened_straight_after_another_keeps_the_speaker():
    text = (
        'Mr Babinet said: "Today you use radio to discover music."\n\n'
        '"Certainly, we have a problem with battery. "You will have all of your music."'
    )
    assert [s for _, s in said(text)] == ["Babinet", "Babinet", "Babinet"]


def test_possessive_is_a_last_resort_antecedent():
    text = (
        "It was Bill Conti's 17th turn at the helm of the orchestra.\n\n"
        '"The excitement is a live performance," he says.'
    )
    assert said(text) == [("The excitement is a live performance,", "Bill Conti")]


def test_went_on_to_say_is_speech_but_refused_to_say_is_not():
    text = ('Ronnie Corbett spoke to the Radio Times.\n\n'
            'Corbett goes on to criticise "reality programmes where people are filmed".')
    assert said(text) == [("reality programmes where people are filmed", "Ronnie Corbett")]


def test_paragraph_opening_on_a_quotation_follows_the_previous_speech_event():
    text = (
        "We are in a different phase now, argues Mr Donofrio, a technology leader.\n\n"
        '"In the dotcom era, there was something new every five minutes."'
    )
    assert said(text) == [("In the dotcom era, there was something new every five minutes.",
                           "Donofrio")]


def test_documents_speak_and_it_follows_them():
    text = ('The lawsuit said Willis has endured "extreme mental pain and suffering." '
            'It said the producers "had a duty to Willis to ensure his safety."')
    assert [s for _, s in said(text)] == ["the lawsuit", "the lawsuit"]


def test_inverted_speaker_after_a_team_and_role():
    quote = quotes_of('"We can win," said England sevens coach Mike Friday.')[0]
    assert (quote.speaker, quote.role) == ("Mike Friday", "England sevens coach")


def test_missing_opening_mark_starts_the_quote_at_its_sentence():
    text = ("Speaking to reporters Mr Molyneux said the honour was a surprise. It's come "
            'completely out of the blue," he said, "I never would have guessed."')
    texts = [q.text for q in quotes_of(text)]
    assert texts[0] == "It's come completely out of the blue,"


def test_words_before_a_name_are_a_role_only_when_they_name_a_job():
    quote = quotes_of('Speaking to the BBC News website Mr Molyneux said: "It is a surprise."')[0]
    assert quote.speaker == "Molyneux" and quote.role is None


def test_nationality_descriptions_resolve_to_the_person():
    text = ('Tottenham manager Martin Jol was pleased.\n\n'
            '"We had the initiative," said the Dutchman.')
    assert said(text) == [("We had the initiative,", "Martin Jol")]


def test_claims_by_a_person_are_theirs():
    text = ('Tony Blair has dismissed claims by Tory leader Michael Howard that Labour had '
            'run a "smear campaign".')
    quote = quotes_of(text)[0]
    assert (quote.kind, quote.speaker, quote.role) == ("quote", "Michael Howard", "Tory leader")


def test_a_job_description_skips_people_with_another_job():
    text = (
        "Tony Blair has dismissed claims by Tory leader Michael Howard that Labour lied.\n\n"
        'At his press conference, the prime minister said: "That is not right at all."'
    )
    assert said(text) == [("That is not right at all.", "Tony Blair")]


def test_shadow_and_home_are_part_of_a_role():
    quote = quotes_of('Shadow home secretary David Davis added: "We have lost control."')[0]
    assert (quote.speaker, quote.role) == ("David Davis", "Shadow home secretary")


def test_role_is_learnt_from_a_sentence_without_speech():
    # The sentence naming the role has no reporting verb: it is only glanced at, and the
    # role before the name must still be learnt.
    text = (
        "Kremlin spokesman Dmitry Peskov arrived in Minsk on Monday.\n\n"
        "“We are here to listen,” he said."
    )
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.role) == ("Dmitry Peskov", "Kremlin spokesman")


def test_appositive_role_is_learnt_from_a_sentence_without_speech():
    text = (
        "Jens Stoltenberg, the secretary general of Nato, arrived in Kyiv.\n\n"
        "“We stand with Ukraine,” he said."
    )
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.role) == ("Jens Stoltenberg", "secretary general of Nato")


def test_a_sentence_opening_preposition_is_no_name():
    text = (
        "Under the deal, Reuters will keep its name and its editors.\n\n"
        "“We are pleased with the outcome,” it said."
    )
    assert said(text) == [("We are pleased with the outcome,", "Reuters")]


def test_a_name_ending_a_sentence_only_glanced_at_keeps_its_full_form():
    text = (
        "Shoigu met with Belarusian President Alexander Lukashenko. Speaking about the "
        "drills, Lukashenko said the goal was “to reinforce the border with Ukraine.”"
    )
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.role) == ("Alexander Lukashenko", "Belarusian President")


def test_an_acronym_names_the_organisation_spelled_out_before():
    text = (
        "Figures from the World Tourism Organisation show a 45% rise in revenues.\n\n"
        "“India continues to post excellent results,” the WTO said."
    )
    assert said(text) == [("India continues to post excellent results,",
                           "World Tourism Organisation")]


def test_a_glanced_name_is_not_run_into_the_next_word():
    # "Rod Stewart also won": the particle "al" (as in "bin Laden al ...") must not take
    # the start of "also" into the name.
    text = (
        "Rod Stewart also won the first Grammy of his career, for Stardust... The Great "
        "American Songbook. In 2003, Stewart said he was “astounded” he had never won."
    )
    assert [q.speaker for q in quotes_of(text) if q.kind == "quote"] == ["Rod Stewart"]


def test_closing_mark_after_a_space_still_meets_its_inverted_cue():
    text = ('"The situation is bad for savers, " said Carlos Baez Silva, president of AARA.')
    quotes = quotes_of(text)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("The situation is bad for savers,", "Carlos Baez Silva", "said")
    ]


def test_appositive_job_whose_first_word_is_no_job_word():
    text = 'John Gill, managing director of Aviva, said it had "partly compensated for losses".'
    quotes = quotes_of(text)
    assert [(q.speaker, q.role, q.kind) for q in quotes] == [
        ("John Gill", "managing director of Aviva", "quote")
    ]


def test_appositive_participle_clause_is_no_role():
    text = (
        "Ellen Simonetti, known as Queen of the Sky, lost her job.\n\n"
        '"I was really shocked," she said.'
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.role) for q in quotes] == [("Ellen Simonetti", None)]


def test_a_group_speaks_under_its_plural_description():
    assert said('"It is viable to take down almost any website," said the researchers.') == [
        ("It is viable to take down almost any website,", "the researchers")
    ]
    quotes = quotes_of('US officials said the strike was "a grave mistake".')
    assert [(q.speaker, q.kind) for q in quotes] == [("US officials", "quote")]


def test_an_advert_or_a_bill_speaks_as_a_document():
    assert said('"Captain Archer needs your help!" the advert said.') == [
        ("Captain Archer needs your help!", "the advert")
    ]
