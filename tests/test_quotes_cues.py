"""Cue rules for named speakers found on unseen news (issue 10): who a reporting verb
names, and when a word is no cue at all. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_a_person_from_town_and_state_speaks_not_the_state():
    text = (
        'Lena Marsh of Dayton, North Dakota says she hopes the mill "will stay open."\n\n'
        "Ruth Amos, 41, of Fargo, N.D., who was among the first to arrive, said the hall "
        'was "too small."\n\n'
        "Later, outside the Leeds Rowing Club by Mabel's Corner Cafe, Ortiz said Kemp "
        'is "not fit to lead."'
    )
    assert said(text) == [
        ("will stay open.", "Lena Marsh"),
        ("too small.", "Ruth Amos"),
        ("not fit to lead.", "Ortiz"),
    ]


def test_state_before_a_job_is_a_noun_and_an_aside_after_a_name_is_skipped():
    text = (
        "Ohio state delegate Ruth Amos, wearing a green scarf with small bells that "
        'jingled as she walked, said the vote could be a "disaster" if the party splits.'
    )
    assert said(text) == [("disaster", "Ruth Amos")]


def test_continue_to_be_in_a_reported_clause_is_no_cue():
    text = (
        'Ortiz said she is sure Kemp will continue to be "a friend to farmers."\n\n'
        'Kemp continued to insist that the mill was "safe."'
    )
    assert said(text) == [("a friend to farmers.", "Ortiz"), ("safe.", "Kemp")]


def test_a_name_before_later_is_the_subject_of_a_coordinated_cue():
    text = (
        "When Ortiz later turned to the floods and said she would \"rebuild every bridge,\" "
        "the hall cheered.\n\n"
        'Hours later, Ortiz went on the radio and said she would "rebuild every road."'
    )
    assert said(text) == [
        ("rebuild every bridge,", "Ortiz"),
        ("rebuild every road.", "Ortiz"),
    ]


def test_a_bracketed_party_and_a_comma_before_the_verb_keep_the_name():
    text = (
        'On Tuesday, after winning Oregon, Gov. Ann Marlow (D-OR), said, "We will not '
        'fold."\n\n'
        'Tom Hale, chairman of River Watch (a local charity), tweeted: "The dam is leaking."'
    )
    speakers = [s or "" for _, s in said(text)]
    assert speakers[0].endswith("Ann Marlow") and speakers[1] == "Tom Hale"


def test_a_relative_clause_with_inner_commas_leaves_its_antecedent_the_speaker():
    text = (
        'Kemp, meanwhile, who holds no such post, said that the rule is "plain wrong."\n\n'
        "Paul Dorn, who keeps goats on a farm past the old mill, Elmwood, said he "
        'still "hopes for rain."'
    )
    assert said(text) == [("plain wrong.", "Kemp"), ("hopes for rain.", "Paul Dorn")]


def test_a_cue_participle_after_a_comma_is_the_clause_subjects():
    text = (
        "Sen. Ted Ruiz (R-Utah) would not talk about the ferry, responding that he is "
        '"done with boats."'
    )
    assert said(text) == [("done with boats.", "Ted Ruiz")]


def test_said_of_someone_names_the_topic_and_the_name_after_the_quote_speaks():
    text = (
        '"She kept the orchard alive," Pell, after a short silence, said of Ortiz. '
        '"I owe her a pie."'
    )
    assert said(text) == [
        ("She kept the orchard alive,", "Pell"),
        ("I owe her a pie.", "Pell"),
    ]


def test_a_bare_cue_word_after_a_and_an_adjective_is_a_noun():
    text = (
        "Kemp sent a Marlow-style reply on the mayor's usual forum, posting to "
        'him, "you are a bore."\n\n'
        "The hour was so late that a spokesman for the Kite Club could only quip: "
        '"I suppose breakfast was booked."'
    )
    assert said(text) == [
        ("you are a bore.", "Kemp"),
        ("I suppose breakfast was booked.", "a spokesman for the Kite Club"),
    ]


def test_the_main_clause_subject_follows_an_opening_phrase():
    text = (
        "After the Leeds fire, Ortiz released a short video calling it \"absurd\" "
        'that nobody "owns a ladder."'
    )
    assert said(text) == [("absurd", "Ortiz"), ("owns a ladder.", "Ortiz")]


def test_foreseen_speech_in_a_reported_clause_is_the_reporters():
    text = (
        "Asked about Kemp, Mayor Ann Marlow said she expected that voters will say "
        '"no" to the plan.'
    )
    assert said(text) == [("no", "Ann Marlow")]


def test_secretary_of_state_is_a_job_not_a_cue():
    text = (
        "Kemp and the secretary of state met on Monday. \"We will win,\" the former "
        "secretary of state said.\n\n"
        'Marlow hired Kemp. "We will win," his chief of staff said.'
    )
    assert [q.mention for q in quotes_of(text) if q.kind == "quote"] == [
        "the former secretary of state",
        "his chief of staff",
    ]


def test_a_description_keeps_its_article_and_adjectives():
    text = (
        "Tom Hale runs a brewery in Reno.\n\n"
        '"The hops came early," the brewing magnate told a reporter.\n\n'
        '"We will win," the Senate rules clerk said.'
    )
    assert [q.mention for q in quotes_of(text) if q.kind == "quote"] == [
        "the brewing magnate",
        "the Senate rules clerk",
    ]


def test_a_subject_after_an_opening_participle_phrase_speaks_without_a_cue():
    text = (
        "Ann Marlow met voters in Leeds. Borrowing an old slogan, the former mayor talked "
        'about saving the "parks we planted."'
    )
    assert said(text) == [("parks we planted.", "Ann Marlow")]


def test_an_unnamed_source_with_a_postmodifier_speaks_as_the_whole_description():
    text = (
        "Senator Ortiz left the hall early.\n\n"
        "Another source familiar with the senator's thinking said she was \"not amused.\"\n\n"
        'But an aide familiar with the review said, "Nobody was fired."'
    )
    assert [q.mention for q in quotes_of(text) if q.kind == "quote"] == [
        "Another source familiar with the senator's thinking",
        "an aide familiar with the review",
    ]


def test_a_description_before_a_preposition_speaks_not_the_preposition_object():
    text = (
        "Senator Ortiz left the hall early.\n\n"
        'But an aide close to the campaign said, "Nobody was fired."\n\n'
        'Officials in Leeds said the road was "closed."'
    )
    assert [q.mention for q in quotes_of(text) if q.kind == "quote"] == [
        "an aide close to the campaign",
        "Officials in Leeds",
    ]


def test_a_source_credited_with_according_to_is_the_outer_speaker():
    text = (
        'On Monday, Ortiz said she was "happy to see" the result, according to The Leeds '
        "Gazette.\n\n"
        'According to the Harbor Post, Kemp said: "There will be no deal."'
    )
    assert said(text) == [
        ("happy to see", "Leeds Gazette"),
        ("There will be no deal.", "Harbor Post"),
    ]


def test_a_cue_inside_a_reported_clause_gives_way_to_the_reporting_one():
    text = (
        "Later in the show, Marlow stated of the audit that the Harbor Board's report "
        '"was not good."\n\n'
        'Kemp praised gardener Ann Lee, who has vowed to skip the show because of its "muddy '
        'lawns."'
    )
    assert said(text) == [("was not good.", "Marlow"), ("muddy lawns.", "Ann Lee")]


def test_a_who_clause_without_its_closing_comma_keeps_the_name():
    text = '"We will win," Ann Lusk, who is chairman of Harbor Watch said in a statement.'
    assert said(text) == [("We will win,", "Ann Lusk")]


def test_an_owned_name_is_the_subject_of_a_verb_without_cue():
    text = "Leeds's Mayor Ann Marlow hailed the deal as a \"breakthrough.\""
    assert said(text) == [("breakthrough.", "Ann Marlow")]


def test_more_from_a_name_labels_the_quotation():
    text = 'What it means for the vote - More from Lusk: "The tide is turning."'
    assert said(text) == [("The tide is turning.", "Lusk")]


def test_a_role_then_a_second_aside_leave_the_person_the_speaker():
    text = (
        "Tom Reyes, chairman of the board of River Partners, the group's funding arm, said "
        'it would act only if "a buyer appears."'
    )
    assert said(text) == [("a buyer appears.", "Tom Reyes")]


def test_tells_reporters_is_a_verb_and_testified_reports_speech():
    text = (
        "A senior pollster, Tom Hale, tells reporters that whatever the weather on "
        "Sunday, Ortiz's turnout will be large enough to \"fill the square.\"\n\n"
        "One of the bakery's head cooks, Ray Dorn, later testified at the hearing that "
        '"none of the flour" was bought by Kemp.'
    )
    assert said(text) == [
        ("fill the square.", "Tom Hale"),
        ("none of the flour", "Ray Dorn"),
    ]


def test_a_bracketed_party_between_subject_and_verb_keeps_the_subject():
    text = "Gov. Ann Marlow (R) blamed the league's \"two sleepy referees.\""
    assert [s or "" for _, s in said(text)][0].endswith("Ann Marlow")


def test_pointed_out_is_a_strong_cue_and_opined_reports_speech():
    text = (
        'As LeedsPolitics\' Ray Dorn pointed out in May, "the rules can change."\n\n'
        '"Bring a warm coat," opined the Evening Post.'
    )
    assert said(text) == [
        ("the rules can change.", "Ray Dorn"),
        ("Bring a warm coat,", "Evening Post"),
    ]


def test_an_owner_then_job_words_then_a_name_after_the_verb():
    text = '"This is a first," said Ortiz\'s top foreign policy aide Ray Dorn.'
    assert said(text) == [("This is a first,", "Ray Dorn")]


def test_a_name_then_an_unclosed_role_of_an_organisation_speaks():
    text = (
        "Ray Dorn, the communications director for the Leeds Harbor Party said the vote "
        'was "final."'
    )
    assert said(text) == [("final.", "Ray Dorn")]


def test_said_the_capitalised_description_keeps_the_whole_description():
    text = (
        'Ann Marlow spoke first. "We will win," said the Senate minority leader.\n\n'
        '"We will win," said the BBC reporter John Smith.'
    )
    quotes = [q for q in quotes_of(text) if q.kind == "quote"]
    assert [q.mention for q in quotes] == ["the Senate minority leader", "BBC reporter John Smith"]
    assert quotes[1].speaker == "John Smith"


def test_a_dateline_is_no_subject_and_a_role_under_someone_is_no_name():
    text = (
        "YORK, May 9 (UPI) — A spokesman for the council called a report suggesting the "
        'pier was sold "nonsense."\n\n'
        "Pelham, the chief engineer under former Governor Ann Marlow, criticized the bridge, "
        'which a review said was "unsafe."'
    )
    assert said(text) == [
        ("nonsense.", "A spokesman for the council"),
        ("unsafe.", "Pelham"),
    ]


def test_a_trailing_reported_credit_is_the_outer_speaker():
    text = (
        'Ann Marlow noted that the levy is "central" to the plan, reported the Leeds '
        "Gazette."
    )
    assert said(text) == [("central", "Leeds Gazette")]


def test_a_title_case_headline_verb_ends_a_name():
    # a headline's capitalised verb is never part of a name: "Marta Lind Says Omar Vega"
    # is two people, and "Vega claimed" below is Omar Vega's, not a five-word name's
    text = (
        "Marta Lind Says Omar Vega ‘Makes The Harbour Poorer.’\n\n"
        "Harbour board chair Marta Lind is the latest of several critics who have "
        "faulted transport chief Omar Vega as the vote nears.\n"
        'Vega\'s plans are "reckless," Lind said Tuesday, noting the chief "never listens."\n\n'
        'Vega claimed the berths were a "tremendous waste," and he added that the harbour '
        'is "a relic."'
    )
    assert said(text) == [
        ("reckless,", "Marta Lind"),
        ("never listens.", "Marta Lind"),
        ("tremendous waste,", "Omar Vega"),
        ("a relic.", "Omar Vega"),
    ]


def test_an_age_before_a_second_aside_leaves_the_person_the_speaker():
    # "Name, 45, a teacher, said": the age is an aside like the role after it
    text = (
        'Omar Vega, 45, a teacher from Leeds, said the plan was "a disgrace."\n\n'
        'Lena Marsh, 61, of Dayton, said the hall was "far too small."'
    )
    assert said(text) == [("a disgrace.", "Omar Vega"), ("far too small.", "Lena Marsh")]
    assert quotes_of(text)[0].role == "teacher from Leeds"


def test_a_sentence_adverb_between_speaker_and_verb_keeps_the_speaker():
    text = 'Lena Marsh however said the vote was "rigged," and Omar Vega nonetheless said "no."'
    assert said(text) == [("rigged,", "Lena Marsh"), ("no.", "Omar Vega")]
