"""One small case for every speaker-phrase pattern the engine handles: asides and
affiliations between commas, roles, appositives, owners, descriptions and clauses between
a speaker and the verb (the quotation-mark and resolution patterns are in
test_quotes_patterns.py)."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_affiliation_between_commas_keeps_the_person_as_speaker():
    quotes = quotes_of(
        '"The resources are not up to the ambitions," Jean-Michel Lemetayer, from the FNSEA '
        "agricultural union, told the Associated Press."
    )
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Jean-Michel Lemetayer", "from the FNSEA agricultural union")
    ]


def test_name_after_said_that_opens_a_clause_is_no_inverted_speaker():
    text = (
        "Ray Charles died in June.\n\n"
        "Former Manfred Mann singer Paul Jones, who sang on 1960s hits, said Charles was one "
        'of his heroes. "I\'m quite sure my own writing was influenced by him," he told BBC News.'
    )
    assert said(text) == [("I'm quite sure my own writing was influenced by him,", "Paul Jones")]


def test_object_of_with_is_not_the_subject_of_the_cue():
    text = (
        "Carib Chief Charles Williams said talks with Disney's producers revealed there was "
        '"a strong element of cannibalism in the script".'
    )
    assert said(text) == [("a strong element of cannibalism in the script", "Charles Williams")]


def test_indefinite_source_keeps_its_determiner():
    text = 'Another correspondent wrote: "I believe the game is addictive."'
    assert said(text) == [("I believe the game is addictive.", "Another correspondent")]


def test_name_between_commas_after_a_description_is_the_speaker():
    text = (
        "The novel claims Jesus married Mary Magdalene. The Bishop of Durham, the Rt Rev Dr "
        'Tom Wright, described the novel as a "great thriller".\n\n'
        'Writing his message, the Bishop said: "Conspiracy theories are always fun."'
    )
    assert said(text)[-1] == ("Conspiracy theories are always fun.", "Tom Wright")


def test_participle_clause_between_commas_is_skipped_to_the_subject():
    text = (
        "Conte said he stood by it. Her lawsuit, filed in the US District Court, said she "
        '"has never taken banned drugs".'
    )
    quotes = quotes_of("Marion Jones won three gold medals.\n\n" + text)
    assert [q.speaker for q in quotes if q.kind == "quote"] == ["Marion Jones"]


def test_employer_possessive_before_a_name_becomes_the_role():
    for text in (
        '"The Aurora issue had been an ongoing one," says Deutsche Bank\'s Simon Champion.',
        '"The Aurora issue had been an ongoing one," Deutsche Bank\'s Simon Champion said.',
    ):
        quotes = quotes_of(text)
        assert [(q.speaker, q.role) for q in quotes] == [("Simon Champion", "Deutsche Bank")]


def test_plural_possessive_keeps_the_organisation_whole():
    text = (
        "Nigel McCune from the Musicians' Union said British musicians are \"disadvantaged\" "
        "compared to their US counterparts."
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.role) for q in quotes] == [("Nigel McCune", "from Musicians' Union")]


def test_affiliation_then_comma_before_the_cue():
    text = (
        '"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics '
        "Association, told the BBC News website."
    )
    assert said(text) == [("Everything is going digital,", "Kirsten Pfeifer")]


def test_capitalised_cue_opening_the_sentence_before_a_colon():
    text = 'Observes Mr Hadi: "The economy at present marks a big divide."'
    assert said(text) == [("The economy at present marks a big divide.", "Hadi")]


def test_owner_inside_a_document_phrase_speaks_for_it():
    text = 'Prosecutors said the case was open. Mr Tanzi\'s statement said: "I did not know."'
    assert said(text) == [("I did not know.", "Tanzi")]


def test_colon_after_a_name_or_its_clause_introduces_the_speaker():
    text = (
        "- Southampton boss Harry Redknapp: \"We know they can give us problems.\"\n\n"
        'Johansson was more restrained in his assessment: "I have to improve my serve."'
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.role, q.cue) for q in quotes] == [
        ("Harry Redknapp", "Southampton boss", ":"),
        ("Johansson", None, ":"),
    ]


def test_colon_after_a_reporting_verb_keeps_the_verb_as_cue():
    assert [(q.speaker, q.cue) for q in quotes_of('Mr Smith told reporters: "We know."')] == [
        ("Smith", "told")
    ]


def test_quoted_as_saying_names_the_one_quoted():
    assert said('"A deal doesn\'t seem likely," Reuters quoted one trader as saying.') == [
        ("A deal doesn't seem likely,", "one trader")
    ]
    text = 'Officials met Mr Putin. "We will fight," the agency quoted him as saying.'
    assert said(text) == [("We will fight,", "Putin")]


def test_any_ly_adverb_may_stand_between_speaker_and_verb():
    assert said('An angry Beattie initially said: "He would have stayed down."') == [
        ("He would have stayed down.", "Beattie")
    ]


def test_commented_and_responded_invert_like_said():
    text = '"Skype\'s success is well-known," commented Broadreach chief executive Magnus Kingsley.'
    quotes = quotes_of(text)
    assert [(q.speaker, q.role, q.cue) for q in quotes] == [
        ("Magnus Kingsley", "Broadreach chief executive", "commented")
    ]


def test_role_followed_by_a_short_aside():
    text = (
        "Mr Shin-Bae Kim, chief executive of SK Telecom, also at 3GSM, said: "
        '"We have plans to integrate TV with mobile internet services."'
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Shin-Bae Kim", "chief executive of SK Telecom")
    ]


def test_name_between_commas_is_no_aside_to_skip():
    text = (
        "The head of the NHTCU, Acting Detective Chief Superintendent, Mick Deats, said: "
        '"This is a warning."'
    )
    assert said(text) == [("This is a warning.", "Mick Deats")]


def test_long_job_title_without_article():
    text = (
        "Paul Randle, Microsoft Windows Client product manager, responded to the figures: "
        '"We certainly respect that."'
    )
    assert said(text) == [("We certainly respect that.", "Paul Randle")]


def test_the_words_of_a_denied_claim_are_not_the_deniers():
    text = 'Allies vehemently deny Russia\'s claim that Ukraine will deploy a "dirty bomb".'
    assert [(q.kind, q.speaker) for q in quotes_of(text)] == [("term", None)]


def test_pronoun_speaker_is_not_the_person_the_quote_names():
    text = (
        "Manchester United manager Alex Ferguson spoke on Monday. Ferguson's own goalscoring "
        "talisman Ruud van Nistelrooy is fit again, but the Scot admitted he was unsure "
        "whether to start the Dutchman, who has not played for three months.\n\n"
        '"Ruud is the best striker in Europe," he said.'
    )
    assert said(text) == [("Ruud is the best striker in Europe,", "Alex Ferguson")]


def test_department_named_with_a_list_of_subjects():
    text = 'A Department for Culture, Media and Sport spokeswoman said: "We are aware."'
    assert said(text) == [
        ("We are aware.", "A Department for Culture, Media and Sport spokeswoman")
    ]
    text = '"We are aware," said the Department of Trade and Industry.'
    assert said(text) == [("We are aware,", "Department of Trade and Industry")]


def test_unnamed_source_spells_out_an_acronym_the_article_introduced():
    text = (
        "The Royal Academy of Dance runs exams. "
        'A spokeswoman for the RAD said: "We are aware."\n\n'
        "An FA statement was issued. The Football Association fined him. "
        'An FA statement said: "He accepts the fine."'
    )
    assert said(text) == [
        ("We are aware.", "A spokeswoman for the Royal Academy of Dance"),
        ("He accepts the fine.", "A Football Association statement"),
    ]


def test_description_of_another_country_is_not_resolved_to_a_rival():
    text = (
        "Russian Defense Minister Sergei Shoigu was in Minsk on Thursday.\n\n"
        "At the same time, Ukraine’s defense minister sought again to project calm, saying "
        "the probability of an invasion was “low,” and he welcomed a change."
    )
    quotes = quotes_of(text)
    assert [(q.kind, q.speaker, q.role) for q in quotes] == [
        ("quote", "Ukraine’s defense minister", None)
    ]


def test_portfolio_words_stay_in_a_spokesmans_role():
    quotes = quotes_of('Liberal Democrat home affairs spokesman Mark Oaten said: "This is spin."')
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Mark Oaten", "Liberal Democrat home affairs spokesman")
    ]


def test_someone_elses_spokesman_is_not_an_earlier_spokesman():
    text = (
        'Liberal Democrat home affairs spokesman Mark Oaten said: "This is spin."\n\n'
        'The prime minister\'s official spokesman said: "We stand by the figures."'
    )
    assert said(text)[-1] == (
        "We stand by the figures.",
        "the prime minister's official spokesman",
    )


def test_his_son_is_the_son_named_before_not_the_father():
    text = (
        "The tapes include banter between Presley and engineer Thorne Nogar.\n\n"
        '"We\'ve had them for a lot of years," Nogar\'s son Stephen, 57, said. Nogar, who '
        'died in 1994, made two tapes. "He called them his ass-saver tapes," his son said.'
    )
    assert said(text)[-1] == ("He called them his ass-saver tapes,", "Stephen")


def test_paragraph_opening_quote_goes_on_from_the_last_speaker_across_narrative():
    text = (
        '"I knew the percentages of Gavin reaching it were higher," Jones said.\n\n'
        '"His defence was superb. "I\'m glad he\'s Welsh." Victory over England will fuel '
        "expectations. But they now face three away fixtures. "
        '"People want to see Wales back at the top," said a proud coach Mike Ruddock.'
    )
    assert [s for _, s in said(text)] == ["Jones", "Jones", "Jones", "Mike Ruddock"]


def test_day_between_subject_and_verb():
    text = "The European Union on Wednesday called for “concrete” steps from Moscow."
    assert said(text) == [("concrete", "European Union")]
    assert said('Mike Friday said it was "great".') == [("great", "Mike Friday")]


def test_participle_after_a_time_phrase_takes_the_clause_subject():
    text = (
        "Mr Magnier issued a statement late on Friday saying that he remained "
        '"a long-term investor" in the club.'
    )
    assert said(text) == [("a long-term investor", "Magnier")]


def test_document_opening_a_long_subject_speaks():
    text = (
        "The Russian readout of Cohen's phone conversation with Lavrov on Tuesday mentioned "
        'that the latter "informed his Israeli counterpart about certain aspects."'
    )
    assert said(text) == [
        ("informed his Israeli counterpart about certain aspects.", "the Russian readout")
    ]


def test_sentence_opening_pronoun_keeps_its_person_the_subject():
    text = (
        "Alicia Molik beat Nadia Petrova 6-3 6-2 to reach the fourth round. She will now meet "
        'Venus Williams. "Bring it on," said the 23-year-old.'
    )
    assert said(text) == [("Bring it on,", "Alicia Molik")]


def test_the_company_is_the_one_word_business_that_spoke_not_a_country():
    text = (
        "AstraZeneca said its US sales had risen. The UK market was flat.\n\n"
        'The company said Mr Patterson would make "substantial changes".'
    )
    assert said(text)[-1] == ("substantial changes", "AstraZeneca")


def test_capitalised_plural_opening_a_sentence_is_a_group_not_a_business():
    text = (
        "Marsh said profits fell. Analysts said the figures were \"disappointing\".\n\n"
        '"We will recover," the company said.'
    )
    assert said(text) == [("disappointing", "Analysts"), ("We will recover,", "Marsh")]


def test_organisation_named_x_of_y_stays_whole():
    text = 'The British Chambers of Commerce said it was "concerned".'
    assert said(text) == [("concerned", "British Chambers of Commerce")]


def test_relative_clause_without_commas_before_the_verb():
    text = (
        "TV presenter Cat Deeley has resigned as host of the show.\n\n"
        "The 28-year-old host who also presents Stars In Their Eyes said she wanted a change. "
        '"I\'ve had a great few years," she said.'
    )
    assert said(text) == [("I've had a great few years,", "Cat Deeley")]
    text = 'He called for measures to help women who he said "are most likely to retire poor".'
    assert [q.mention for q in quotes_of(text)] == ["he"]


def test_report_subject_is_no_sentence_opener():
    text = (
        "Around 23 million Britons will miss out, predicts the report. The idea that the "
        'divide will evaporate is "wishful thinking", the report concludes.'
    )
    assert said(text) == [("wishful thinking", "the report")]


def test_inverted_description_the_lexicon_does_not_know_whole():
    assert said('"It will not be a pretty game," said the lock forward.') == [
        ("It will not be a pretty game,", "the lock forward")
    ]
    assert said('"We had to show character," said the national team coach.') == [
        ("We had to show character,", "the national team coach")
    ]


def test_inverted_owner_description_then_name():
    text = (
        '"We asked ourselves if we should cancel," said the festival\'s executive director, '
        "Craig Prater."
    )
    assert [(q.speaker, q.role) for q in quotes_of(text)] == [
        ("Craig Prater", "festival's executive director")
    ]


def test_which_clause_after_a_role_or_a_parenthesis():
    text = (
        "Nick Davies, spokesman for the IAAF, which handed out the bans, said: "
        '"We are happy."'
    )
    assert said(text) == [("We are happy.", "Nick Davies")]
    text = (
        "A spokesman for the World Summit for the Information Society (WSIS), which is meeting "
        'in Geneva, told the BBC: "The divide is real."'
    )
    assert said(text) == [
        ("The divide is real.", "A spokesman for the World Summit for the Information Society")
    ]


def test_said_then_a_clause_with_a_past_verb_is_not_inverted():
    text = (
        "Ard Jan Vetham, Capgemini's principal consultant, said the survey showed that "
        'shops needed to inform people. "Acceptance will come," he said.'
    )
    assert said(text) == [("Acceptance will come,", "Ard Jan Vetham")]
    text = '"Currently it is sensible," said one analyst quoted by the AFP news agency.'
    assert said(text) == [("Currently it is sensible,", "one analyst")]


def test_surname_ending_in_an_is_no_nationality():
    assert said('"He is considered the best," Millan says.') == [
        ("He is considered the best,", "Millan")
    ]


def test_nationality_is_a_role_before_a_person_not_inside_a_name():
    text = (
        "Justine Henin-Hardenne lost again. The Belgian faces a tough Australian Open "
        'title defence next month. "I will be heading to Australia," she said.\n\n'
        '"I played well," said American Robby Ginepri.'
    )
    assert [(q.speaker, q.role) for q in quotes_of(text) if q.kind == "quote"] == [
        ("Justine Henin-Hardenne", None),
        ("Robby Ginepri", "American"),
    ]


def test_described_as_frames_the_subjects_words():
    assert said('Mr Howard described the plans as "a disgrace".') == [("a disgrace", "Howard")]
    assert said('Rifkin likened the challenge to a "musical Rubik\'s cube".') == [
        ("musical Rubik's cube", "Rifkin")
    ]
    text = (
        "Sharon Osbourne lost her jewels, including a sapphire bought for their daughters "
        'described by Sharon as "absolutely pure".'
    )
    assert said(text) == [("absolutely pure", "Sharon Osbourne")]


def test_a_bare_given_name_is_the_one_person_who_has_it():
    text = (
        "Serena Williams beat Elena Dementieva.\n\n"
        '"I feel great," said Serena.\n\n'
        'Sir Paul McCartney will play. "It is an honour," Sir Paul said.'
    )
    assert said(text) == [
        ("I feel great,", "Serena Williams"),
        ("It is an honour,", "Paul McCartney"),
    ]


def test_ampersand_names_are_one_word():
    text = (
        'But B&B said the sector "continues to grow". Stuart Rose, head of M&S, said: '
        '"We are bringing in ranges."'
    )
    assert [(q.speaker, q.role) for q in quotes_of(text)] == [
        ("B&B", None),
        ("Stuart Rose", "head of M&S"),
    ]


def test_possessive_after_said_that_owns_nothing_is_no_speaker():
    text = (
        "Steel analyst Peter Fish, director of Sheffield-based consulting group MEPS, said the "
        'extent of CVRD\'s price rise was "uncharted territory".'
    )
    assert said(text) == [("uncharted territory", "Peter Fish")]


def test_name_before_a_comma_in_an_introductory_phrase_is_no_appositive():
    text = (
        "Reacting to a comment by All England Club chairman Tim Phillips, the American said: "
        '"I think it is highly insulting."'
    )
    assert [q.mention for q in quotes_of(text)] == ["the American"]
    text = '"They should seize the moment," Mr Prettejohn, Lloyd\'s chief executive said.'
    assert said(text) == [("They should seize the moment,", "Prettejohn")]


def test_plural_possessive_inside_single_marks_is_an_apostrophe():
    text = "'We will not back down,' Mr Starmer said. 'It's the voters' choice.'"
    assert said(text) == [
        ("We will not back down,", "Starmer"),
        ("It's the voters' choice.", "Starmer"),
    ]
    text = "Another 'contentious' film, Mr Dams said, was \"Downfall\"."
    assert [q.text for q in quotes_of(text)] == ["contentious", "Downfall"]


def test_long_descriptions_keep_their_modifiers():
    text = "Biden's national security adviser Jake Sullivan told reporters: \"We are ready.\""
    assert [(q.speaker, q.role) for q in quotes_of(text)] == [
        ("Jake Sullivan", "Biden national security adviser")
    ]
    text = '"It is tense," a Ukrainian military intelligence official told CNN.'
    assert said(text) == [("It is tense,", "a Ukrainian military intelligence official")]


def test_place_after_in_is_no_subject_but_with_before_a_participle_is():
    text = (
        "The Regent Street Association said shops in central London were also expecting "
        'the "best Christmas ever".'
    )
    assert said(text) == [("best Christmas ever", "Regent Street Association")]
    text = 'Berlin welcomed it, with finance minister Hans Eichel saying it was "on track".'
    assert said(text) == [("on track", "Hans Eichel")]


def test_dash_aside_between_speaker_and_verb():
    text = (
        "DJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead, but has "
        'admitted it is going through a "fallow patch".'
    )
    assert said(text) == [("fallow patch", "Norman Cook")]
    text = (
        '"LG Card will not need more aid," Laah Chong-gyu, executive director of Korea '
        "Development Bank - one of the firm's creditors - said."
    )
    assert said(text) == [("LG Card will not need more aid,", "Laah Chong-gyu")]


def test_passive_agent_that_is_a_group_noun():
    text = (
        'Rock star Ozzy Osbourne has been praised by police for "very courageously" '
        "tackling a burglar."
    )
    assert said(text) == [("very courageously", "police")]
    text = '"She respects that," said Kidman\'s publicist Wendy Day.'
    assert [(q.speaker, q.role) for q in quotes_of(text)] == [
        ("Wendy Day", "Kidman's publicist")
    ]
