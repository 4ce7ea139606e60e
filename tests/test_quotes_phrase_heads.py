"""Speakers, twenty-second round (issue 10; task heads25): the head of a speaker phrase
speaks, not a name inside its modifiers. A place, a body or a person after "of", "to",
"from", "at", "for" or "in" is the modifier of the description that opens the clause ("A
visitor to Kyiv", "a cousin of all four Moss sisters", "Residents of Kharkiv"), even when
the lexicons do not know the head noun; a name run that follows a clause-opening
preposition ("Speaking to the BBC Tom Hale said", "Ambassador to Ruritania Wei Lin said")
is cut before the person's given name. Review revH25's mends: an organisation named by a
plural for people before its member's role and name, things shaped like people's nouns,
places holding a given name, and a headline with no stop (no sentence of its own). Every
sentence was
written for this test (places and bodies are real names, the people and sentences
invented); the near misses kept the right speaker on the round's start and must keep it."""

from __future__ import annotations

import pytest

from tests.quote_support import said

# Each failed on the round's start (main 0999d7c).
POSITIVES = [
    pytest.param("Crowds gathered in the square on Sunday.\n\nA visitor to Kyiv, who asked "
                 "not to be named, said: \"I have never seen anything like this.\"",
                 ["A visitor to Kyiv"], id="p01_visitor_to_kyiv"),
    pytest.param("The funeral was held on Friday.\n\nA cousin of all four Moss sisters said: "
                 "\"They were inseparable as children.\"",
                 ["A cousin of all four Moss sisters"], id="p02_cousin_of_moss_sisters"),
    pytest.param("The band will tour again next year.\n\nSpeaking to the BBC Tom Hale said: "
                 "\"We missed the road more than we expected.\"",
                 ["Tom Hale"], id="p03_speaking_to_bbc"),
    pytest.param("Talks broke down late on Monday.\n\nAmbassador to Ruritania Wei Lin said: "
                 "\"We are ready to return to the table.\"",
                 ["Wei Lin"], id="p06_ambassador_title_name"),
    pytest.param("The debate over fees continued.\n\nWriting in the Times Ann Roe said: "
                 "\"Students deserve better.\"",
                 ["Ann Roe"], id="p09_writing_in_times_noComma"),
    pytest.param("The minister was pressed on the plan.\n\nAsked about the BBC Tom Hale said: "
                 "\"It is a great institution.\"",
                 ["Tom Hale"], id="p10_asked_about_bbc"),
    pytest.param("The funeral was held on Friday.\n\nA cousin of Ann Roe said: \"She was "
                 "always laughing.\"\n\nAnn Roe's brother, Tom, added: \"We will miss her.\"",
                 ["A cousin of Ann Roe", "Tom"], id="n23_cousin_of_ann_roe_named_later"),
    pytest.param("The author turned ninety on Sunday.\n\nA visitor to Ann Roe's home said: "
                 "\"She was in great spirits.\"",
                 ["A visitor to Ann Roe's home"], id="n31_visitor_to_ann_roe_home"),
    pytest.param("Shelling continued overnight.\n\nThe people of Kharkiv said: \"We are not "
                 "leaving.\"",
                 ["the people of Kharkiv"], id="n33_people_of_kharkiv"),
    pytest.param("Sirens sounded all night.\n\nIn Kyiv Ann Roe said: \"We are used to it.\"",
                 ["Ann Roe"], id="m05_in_kyiv_person"),
    pytest.param("The wedding was held in June.\n\nA guest at the wedding of Tom Hale said: "
                 "\"It was beautiful.\"",
                 ["A guest at the wedding of Tom Hale"], id="m10_guest_at_wedding"),
    pytest.param("The band will tour again.\n\nIn an interview with the BBC Tom Hale said: "
                 "\"We missed it.\"",
                 ["Tom Hale"], id="m19_interview_with_bbc_name"),
    pytest.param("The council met.\n\nEnvoy to the UN Ann Roe said: \"We will veto it.\"",
                 ["Ann Roe"], id="m20_envoy_to_un_named_reuters"),
    pytest.param("The fire spread quickly.\n\nA passer-by in Leeds said: \"The smoke was "
                 "everywhere.\"",
                 ["A passer-by in Leeds"], id="m21_passers_by"),
    pytest.param("The budget was published.\n\nResponding to Labour Ann Roe said: \"Their "
                 "sums do not add up.\"",
                 ["Ann Roe"], id="c02_responding_to_labour"),
    pytest.param("The season ended.\n\nSpeaking at Leeds United Tom Hale said: \"We will be "
                 "back.\"",
                 ["Tom Hale"], id="c08_leeds_united"),
    pytest.param("The summit ended.\n\nSpeaking to reporters in Washington Ann Roe said: \"We "
                 "made progress.\"",
                 ["Ann Roe"], id="c09_reporters_in_washington"),
]

# Right on the round's start; the new readings must leave them alone.
NEAR_MISSES = [
    pytest.param("Talks broke down late on Monday.\n\nFreedonia's ambassador to Ruritania "
                 "warned: \"There will be consequences for the border.\"",
                 ["Freedonia's ambassador to Ruritania"], id="p05_ambassador_to_ruritania"),
    pytest.param("The flood waters rose overnight.\n\nA resident of Leeds said: \"The water "
                 "came up to the windows.\"",
                 ["A resident of Leeds"], id="p07_resident_of_leeds"),
    pytest.param("Aid has been slow to arrive.\n\nA worker at Oxfam, who was at the scene, "
                 "said: \"People are desperate.\"",
                 ["A worker at Oxfam"], id="p08_worker_at_oxfam"),
    pytest.param("The army denied the report.\n\nA spokesman for the Ministry of Defence "
                 "said: \"No troops were moved.\"",
                 ["A spokesman for the Ministry of Defence"], id="p11_spokesman_for_ministry"),
    pytest.param("The strikes hit power stations.\n\nOfficials in Kyiv said: \"Repairs will "
                 "take weeks.\"",
                 ["Officials in Kyiv"], id="p12_officials_in_kyiv"),
    pytest.param("The band will tour again next year.\n\nTom Hale of Leeds said: \"We missed "
                 "the road.\"",
                 ["Tom Hale"], id="n01_tom_hale_of_leeds"),
    pytest.param("The singer has cancelled the show.\n\nA spokesman for Tom Hale said: \"He "
                 "is resting at home.\"",
                 ["A spokesman for Tom Hale"], id="n02_spokesman_for_tom_hale"),
    pytest.param("The search continued on Monday.\n\nThe mother of Ann Roe said: \"We just "
                 "want her home.\"",
                 ["the mother of Ann Roe"], id="n03_mother_of_ann_roe"),
    pytest.param("The search continued on Monday.\n\nAnn Roe's mother said: \"We just want "
                 "her home.\"",
                 ["Ann Roe's mother"], id="n04_ann_roes_mother"),
    pytest.param("The resignation came as a surprise.\n\nA friend of the Prime Minister said: "
                 "\"He had been thinking about it for months.\"",
                 ["A friend of the Prime Minister"], id="n05_friend_of_pm"),
    pytest.param("The talks collapsed on Friday.\n\nMoscow said: \"The West is to blame.\"",
                 ["Moscow"], id="n06_moscow_said"),
    pytest.param("The strikes hit power stations overnight.\n\nOfficials in Kyiv said: "
                 "\"Repairs will take weeks.\"",
                 ["Officials in Kyiv"], id="n07_officials_in_kyiv_said_named"),
    pytest.param("Aid has been slow to arrive.\n\nThe head of Oxfam said: \"We need safe "
                 "access now.\"",
                 ["the head of Oxfam"], id="n08_head_of_oxfam"),
    pytest.param("The vote was close.\n\nThe BBC's Tom Hale said: \"Nobody expected this "
                 "result.\"",
                 ["Tom Hale"], id="n09_bbcs_tom_hale"),
    pytest.param("The band will tour again next year.\n\nSpeaking in Leeds, Tom Hale said: "
                 "\"We missed the road.\"",
                 ["Tom Hale"], id="n10_speaking_in_leeds"),
    pytest.param("The trial ended on Friday.\n\nAsked about Ann Roe, Tom Hale said: \"She is "
                 "a good friend.\"",
                 ["Tom Hale"], id="n11_asked_about_ann_roe"),
    pytest.param("The debate over fees continued.\n\nWriting in the Times, Ann Roe said: "
                 "\"Students deserve better.\"",
                 ["Ann Roe"], id="n12_writing_in_times"),
    pytest.param("The summit opened on Monday.\n\nSecretary of State Ann Roe said: \"We are "
                 "here to listen.\"",
                 ["Ann Roe"], id="n13_secretary_of_state"),
    pytest.param("Russia launched new strikes.\n\nKyiv said the attack was a war crime. "
                 "\"Civilians were the target,\" it added.",
                 ["Kyiv"], id="n14_kyiv_said_government"),
    pytest.param("The row deepened.\n\nA spokesman for the Prime Minister said: \"There will "
                 "be no U-turn.\"",
                 ["A spokesman for the Prime Minister"], id="n15_spokesman_for_pm"),
    pytest.param("The band will tour again next year.\n\nSpeaking to reporters, Tom Hale "
                 "said: \"We missed the road.\"",
                 ["Tom Hale"], id="n16_speaking_to_reporters_name"),
    pytest.param("Crowds filled the square.\n\n\"I came on the first train,\" said Ann Roe, "
                 "from Leeds.",
                 ["Ann Roe"], id="n18_ann_roe_from_leeds_after"),
    pytest.param("The strike began at dawn.\n\nMayor of London Sadiq Khan said: \"This is "
                 "unacceptable.\"",
                 ["Sadiq Khan"], id="n19_mayor_of_london_name"),
    pytest.param("The UN agency gave an update on Tuesday. Kharkiv will receive more food "
                 "next week, it said.\n\nTom Hale, who runs a warehouse there, was cautious. "
                 "\"We have heard this before,\" he said.",
                 ["Tom Hale"], id="n20_agency_it_said_person_between"),
    pytest.param("Foreign Minister Tom Hale spoke on Monday. Kharkiv would be rebuilt within "
                 "a year, he said.\n\n\"We will not abandon the city,\" he added.",
                 ["Tom Hale"], id="n21_minister_he_place_subject"),
    pytest.param("The study was published on Monday.\n\nProfessor Ann Roe, of Oxford "
                 "University, said: \"The results were clear.\"",
                 ["Ann Roe"], id="n22_professor_at_oxford_name"),
    pytest.param("The row deepened.\n\nSpeaking on BBC Radio 4's Today programme, Ann Roe "
                 "said: \"There will be no U-turn.\"",
                 ["Ann Roe"], id="n24_speaking_on_radio_4"),
    pytest.param("The band will tour again next year.\n\nSpeaking to the BBC, Tom Hale said: "
                 "\"We missed the road.\"",
                 ["Tom Hale"], id="n25_speaking_to_bbc_name_comma"),
    pytest.param("Talks broke down late on Monday.\n\nThe ambassador to Ruritania, Wei Lin, "
                 "said: \"We are ready to return.\"",
                 ["Wei Lin"], id="n26_ambassador_to_x_named_after"),
    pytest.param("The council met on Monday.\n\nRussia's ambassador to the UN, Vassily "
                 "Nebenzia, said: \"These claims are false.\"",
                 ["Vassily Nebenzia"], id="n27_russia_ambassador_to_un"),
    pytest.param("The result was announced overnight.\n\nThe leader of the Green Party, Ann "
                 "Roe, said: \"This is a historic night.\"",
                 ["Ann Roe"], id="n28_leader_of_party_name"),
    pytest.param("The meeting ran late.\n\nChief of Staff Tom Hale said: \"We made progress.\"",
                 ["Tom Hale"], id="n29_chief_of_staff_name"),
    pytest.param("Tom Hale won the seat on Friday.\n\nSpeaking to the BBC, he said: \"I am "
                 "humbled.\"",
                 ["Tom Hale"], id="n30_he_told_bbc_pronoun"),
    pytest.param("The case was adjourned.\n\n\"My client denies every charge,\" a lawyer for "
                 "Tom Hale said.",
                 ["a lawyer for Tom Hale"], id="n32_a_lawyer_for_tom_hale_quote_first"),
    pytest.param("The row deepened.\n\nA letter from Tom Hale said: \"I will not resign.\"",
                 ["Tom Hale"], id="m01_letter_from_name"),
    pytest.param("The vote was delayed.\n\nA number of Labour MPs said: \"We cannot back "
                 "this.\"",
                 ["Labour MPs"], id="m02_number_of_mps"),
    pytest.param("Prices rose again.\n\nThe newest figures from the Office for National "
                 "Statistics said: \"Inflation is 4%.\"",
                 ["Office for National Statistics"], id="m03_figures_from_ons"),
    pytest.param("The talks ended early.\n\nAfter meeting Vladimir Putin, Tom Hale said: \"We "
                 "made no progress.\"",
                 ["Tom Hale"], id="m06_after_meeting_putin"),
    pytest.param("A visitor to Kyiv spoke to Tom Hale on Monday.\n\n\"It was moving,\" he "
                 "said.",
                 ["Tom Hale"], id="m07_visitor_he_said"),
    pytest.param("The inquest opened on Monday.\n\nA relative of the victim, Ann Roe, said: "
                 "\"We want answers.\"",
                 ["Ann Roe"], id="m08_relative_of_victim_named"),
    pytest.param("Ann Roe won the seat.\n\nSpeaking to Sky News, she said: \"I am delighted.\"",
                 ["Ann Roe"], id="m09_speaking_to_sky_news_named_pronoun"),
    pytest.param("The match ended in a draw.\n\nA lifelong fan of Arsenal, Tom Hale, said: "
                 "\"We deserved more.\"",
                 ["Tom Hale"], id="m11_fan_of_arsenal_named"),
    pytest.param("The club was fined.\n\nThe rules of the Premier League say: \"No club may "
                 "field an ineligible player.\"",
                 ["Premier League"], id="m12_rules_of_league"),
    pytest.param("The store reopened.\n\nSpeaking at the John Lewis store Ann Roe said: \"We "
                 "are back.\"",
                 ["Ann Roe"], id="m13_speaking_at_john_lewis"),
    pytest.param("The funeral was held on Friday.\n\nThe son of Tom Hale, Jack, said: \"He "
                 "was a good man.\"",
                 ["Jack"], id="m15_the_son_of_tom_hale_name"),
    pytest.param("A visitor to Kyiv met Ann Roe.\n\n\"It was moving,\" she said.",
                 ["Ann Roe"], id="m18_a_man_she_said_other_gender"),
    pytest.param("The will was read out.\n\nThe will of Tom Hale said: \"My house goes to my "
                 "son.\"",
                 ["Tom Hale"], id="m22_friend_quote_of_document"),
    pytest.param("The book divided readers.\n\nA critic of Tom Hale, who reviewed the book, "
                 "said: \"It is dull.\"",
                 ["A critic of Tom Hale"], id="m23_critic_of_tom_hale_who"),
    pytest.param("Talks continued.\n\nTalks with Russia, Ann Roe said, \"are going nowhere.\"",
                 ["Ann Roe"], id="m24_talks_with_russia_name"),
    pytest.param("The fire destroyed the house.\n\nThe father of two Tom Hale said: \"We lost "
                 "everything.\"",
                 ["Tom Hale"], id="c10_father_of_two"),
    pytest.param("Ann Roe met Tom Hale in Leeds.\n\nSpeaking to Tom Hale afterwards, she "
                 "said: \"He was charming.\"",
                 ["Ann Roe"], id="c12_object_person_pronoun_after"),
    pytest.param("The charity opened a school.\n\nThe head of the Tom Hale Foundation said: "
                 "\"This is a proud day.\"",
                 ["the head of the Tom Hale Foundation"], id="c13_hale_foundation"),
]


@pytest.mark.parametrize(("text", "speakers"), POSITIVES)
def test_the_head_of_the_phrase_speaks(text, speakers):
    assert [speaker for _, speaker in said(text)] == speakers


@pytest.mark.parametrize(("text", "speakers"), NEAR_MISSES)
def test_near_misses_keep_their_speaker(text, speakers):
    assert [speaker for _, speaker in said(text)] == speakers


# A headline with no full stop ends a sentence, but the lead's first sentence read after it
# bars the clause's opener only when it tells of a statement ("Kyiv gave an update", "Naftogaz
# issued a statement"): those bodies report the "it" (as with no headline; each named the
# clause's opener on main 1784193).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("in brief\n\nKyiv gave an update on Tuesday. Kharkiv will receive more food next "
         "week, it said.\n\n\"Convoys are already on the road,\" it added.", "Kyiv"),
        ("ODESA (Reuters) -\n\nUkrenergo released a statement at noon. Kharkiv will get "
         "power back by Friday, it said.\n\n\"Crews are working around the clock,\" it added.",
         "Ukrenergo"),
    ],
)
def test_a_headline_ends_a_sentence_before_a_statement(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


# Review revH25 F3: a firm that acts in the lead's first sentence after a headline with no
# stop does not bar the clause's opener, a firm acting in its own clause, which reports it
# (main 4746fc1 gave the first sentence's firm, or the strike's union).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Grocers and drillers trim costs\n\nLidl raised bread prices this week. "
         "Centrica will shut two depots near Hull, it said.\n\n\"Nobody wanted this,\" it "
         "added.", "Centrica"),
        ("\"We are not going anywhere\"\n\nUnison called a walkout on Friday. "
         "Centrica will shut two depots near Hull, it said.\n\n\"Nobody wanted this,\" it "
         "added.", "Centrica"),
    ],
)
def test_an_unstopped_headline_is_no_sentence(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


# Near misses: a name that spoke or acts in its own clause keeps the "it"; a person named
# after keeps the "she"; a body named before is the reporter.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kyiv gave an update on Tuesday. Kharkiv will receive more food next week, it "
         "said.\n\n\"Convoys are already on the road,\" it added.", "Kyiv"),
        ("Aeroflot cut flights on Monday. Kyiv will lose 40 routes, it said.\n\n\"We regret "
         "the disruption,\" it added.", "Aeroflot"),
        ("Kyiv said on Monday the attack was a war crime.\n\n\"Civilians were the "
         "target,\" it added.", "Kyiv"),
        ("The UN agency gave an update on Tuesday. Kharkiv will receive more food next week, "
         "it said. The city's mayor, Ann Roe, welcomed the news.\n\n\"We are grateful,\" she "
         "said.", "Ann Roe"),
        ("Shell will cut 500 jobs in Aberdeen this year, it said.\n\n\"We regret the "
         "impact,\" it added.", "Shell"),
        ("Germany will send more tanks to Ukraine, it said.\n\n\"We stand with Kyiv,\" it "
         "added.", "Germany"),
        ("The UN agency gave an update on Tuesday. Kharkiv will receive more food next week, "
         "it said.\n\nKharkiv's council said: \"We need more.\"", "Kharkiv's council"),
    ],
)
def test_reported_clause_near_misses(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


# Written after the code (not blind): documents whose nouns end like a person's ("a reminder",
# "a checklist", "a decree", "a guarantee") keep their issuer as the speaker, as on the
# round's start; a person's noun the lexicon lacks ("a trainee at Acme") is the speaker; a
# titled person after the preposition is no run to cut.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rain is expected.\n\nA reminder from the Met Office said: \"Take care on the "
         "roads.\"", "Met Office"),
        ("The decree was signed.\n\nA decree from the Kremlin said: \"Reservists will be "
         "called up.\"", "Kremlin"),
        ("A checklist from the NHS says: \"Wash your hands.\"", "NHS"),
        ("A guarantee from Acme says: \"Your money is safe.\"", "Acme"),
        ("A trainee at Acme said: \"We learn fast.\"", "A trainee at Acme"),
        # a titled person after the preposition is its object, not a run to cut
        ("The plan was leaked.\n\nSeveral aides to Governor Ann Roe said: \"It will not "
         "pass.\"", "Several aides to Governor Ann Roe"),
        ("The plan was leaked.\n\nSpeaking to Senator Ann Roe, Tom Hale said: \"It will not "
         "pass.\"", "Tom Hale"),
    ],
)
def test_documents_shaped_like_people_keep_their_issuer(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


# Review revH25 (each named the description or a wrong run on main 4746fc1). F1: an
# organisation named by a plural for people ("Friends of ...", "Doctors for ...") before
# its member's role and name is no group: the named member speaks, and the quotes after go
# on with her.
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The bypass plan was approved.\n\nFriends of the Earth organiser Jo Brand said: "
         "\"This is a dark day for the valley.\"", ["Jo Brand"]),
        ("The clinic closed in May.\n\nVeterans for Fair Care founder Sam Lowe said: \"Patients "
         "will suffer.\"\n\n\"We will appeal,\" he added.", ["Sam Lowe", "Sam Lowe"]),
        ("\"The vote was rigged,\" Parents for Safer Streets chairwoman Ruth Kemp said on Monday.",
         ["Ruth Kemp"]),
    ],
)
def test_an_organisation_named_by_people_before_a_member(text, speakers):
    assert [s for _, s in said(text)] == speakers


# F1 near misses: a plural for people before its place or side is still the group, and a
# lower-case plural before a role and name is the group too.
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Water was cut off again.\n\nResidents of Mariupol said: \"We boil snow.\"",
         ["Residents of Mariupol"]),
        ("The match was called off.\n\nThe gates stayed shut and fans of Burnley striker Sam "
         "Lowe said: \"We want answers.\"", ["fans of Burnley striker Sam Lowe"]),
    ],
)
def test_groups_by_place_or_side_stay_groups(text, speakers):
    assert [s for _, s in said(text)] == speakers


# F2: a head shaped like a person's noun but naming a thing from a body ("the latest
# figures", "a flier", "the posters", "a tracker") gives the body or person it comes from.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rents kept climbing.\n\nThe latest figures from the Bank of England said: \"Costs "
         "are easing.\"", "Bank of England"),
        ("The campaign began.\n\nA flier from Ruth Kemp read: \"Vote for change.\"",
         "Ruth Kemp"),
        ("The rally drew thousands.\n\nThe posters from Unison read: \"Fair pay now.\"",
         "Unison"),
        ("Prices were tracked weekly.\n\nA tracker from the Resolution Foundation said: "
         "\"Bills doubled.\"", "Resolution Foundation"),
        ("The contract was signed.\n\nThe tender from the Home Office said: \"Bids close in "
         "June.\"", "Home Office"),
    ],
)
def test_things_shaped_like_people_give_their_source(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


# F2/F5 near misses: a people's noun of the list still speaks as the description ("ruler" was
# listed as a thing on main 4746fc1).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The talks opened in Doha.\n\nThe ruler of Sharjah said: \"We want calm.\"",
         "the ruler of Sharjah"),
        ("Shelling hit the plant again.\n\nA monitor for the IAEA said: \"The risk is "
         "real.\"", "A monitor for the IAEA"),
    ],
)
def test_people_of_the_list_speak_as_described(text, speaker):
    assert [s for _, s in said(text)] == [speaker]


# F4: a place whose name holds a given name ("St Louis", "Lake Victoria", "Fort William")
# before the speaker's name is not cut inside; a person as the object gives no run to cut.
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The tour reached the Midwest.\n\nSpeaking in St Louis Jo Brand said: \"The crowd "
         "was huge.\"", ["Jo Brand"]),
        ("The ferry sank.\n\nSpeaking at Lake Victoria Sam Lowe said: \"We heard shouting.\"",
         ["Sam Lowe"]),
        ("The storm hit the Highlands.\n\nSpeaking in Fort William Ruth Kemp said: \"Roads "
         "are closed.\"", ["Ruth Kemp"]),
        ("The talks ended.\n\nSpeaking with Mary Jo Kemp Sam Lowe said: \"It went well.\"",
         [None]),
    ],
)
def test_places_holding_given_names_are_not_cut(text, speakers):
    assert [s for _, s in said(text)] == speakers
