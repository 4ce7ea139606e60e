"""A short quoted phrase is someone's words, not a term, when the sentence says whose:
rules of issue 10's fourth extraction round. Every case is text written for this test."""

from __future__ import annotations

from tests.quote_support import quotes_of, said


def test_a_capitalised_marker_word_inside_a_name_marks_no_term():
    text = (
        'Mayor Ida Fenn said on Friday that the remark by Prof. Alan Book "was careless '
        'and unkind."\n\n'
        'The council printed the book "Harbour Days" last year.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {"was careless and unkind.": "quote", "Harbour Days": "term"}
    assert said(text) == [("was careless and unkind.", "Ida Fenn")]


def test_made_clear_reports_the_phrase_of_its_subject():
    text = (
        'Councillor Rosa Mbeki backed the budget, though she made it clear that the board has '
        '"grave doubts" about the tram line.\n\n'
        'Ferry captain Olaf Brandt made clear his wish to "start again" at the port.\n\n'
        'The market hall sells "heritage" cheese.'
    )
    assert said(text) == [("grave doubts", "Rosa Mbeki"), ("start again", "Olaf Brandt")]
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {"grave doubts": "quote", "start again": "quote", "heritage": "term"}


def test_a_quoted_phrase_in_a_relative_clause_after_a_quote_is_the_same_speakers():
    text = 'Olaf Brandt called the auditor a "paid stooge" who had "fiddled" the port accounts.'
    assert said(text) == [("paid stooge", "Olaf Brandt"), ("fiddled", "Olaf Brandt")]


def test_a_predicate_after_a_copula_or_modal_is_its_speaking_subjects_words():
    text = (
        'On Monday, a Harbour Line spokeswoman was "content" that the timetable stayed '
        "private.\n\n"
        'Lena Ruud would "never sell" the old pier to a developer.\n\n'
        'According to two bloggers, Mayor Ian Dunn was "livid" at the vote.\n\n'
        'The bridge toll is "temporary" for now.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {
        "content": "quote",
        "never sell": "quote",
        "livid": "quote",  # the bloggers' word, credited by "according to"
        "temporary": "term",
    }
    assert said(text) == [
        ("content", "a Harbour Line spokeswoman"),
        ("never sell", "Lena Ruud"),
        ("livid", "two bloggers"),  # not Dunn: he is spoken about
    ]


def test_a_casting_verb_with_as_quotes_what_its_speaking_subject_calls_something():
    text = (
        'Kell refers to the mayor, an old friend, as "Mister Ian," while Dunn refers to '
        'her as "Ada."\n\n'
        "Ada Kell has built her campaign on the harbour, portraying the ferry owners, above "
        'all, as "pirates" and worse.\n\n'
        'The levy is often described as a "tax on tourists" by critics.\n\n'
        'The ferry line sold the cabins as "luxury suites" last year.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {
        "Mister Ian,": "quote",
        "Ada.": "term",  # Dunn's, and no speech verb names him: never given to Kell
        "pirates": "quote",
        "tax on tourists": "quote",  # the passive's "by" agent says it (given_words)
        "luxury suites": "term",
    }
    assert said(text) == [
        ("Mister Ian,", "Ada Kell"),  # the surname takes the one full name given later
        ("pirates", "Ada Kell"),
        ("tax on tourists", "critics"),
    ]


def test_an_attribution_closing_the_sentence_after_a_comma_reports_its_relative_clauses():
    text = (
        'Kell is a "calm skipper" who has won twice, the editorial board writes.\n\n'
        'So are a "small number" of firms who usually back the fair, Ada Kell said.\n\n'
        'Ann Pike, who had "no doubts" about it, said the pier is safe.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {"calm skipper": "quote", "small number": "quote", "no doubts": "term"}
    assert said(text) == [
        ("calm skipper", "the editorial board"),
        ("small number", "Ada Kell"),
    ]


def test_quoted_words_after_a_persons_speech_noun_are_that_persons():
    text = (
        'The row began with Ian Dunn\'s recent claim that "hundreds" of ferries sank.\n\n'
        'Ada Kell met the unions. Voters liked her pledge to be "fair" in the talks.\n\n'
        'Dunn\'s call for "a full stop" on ferries drew anger.\n\n'
        'Nobody checked Kell\'s claim that Dunn hid a "slush fund" abroad.\n\n'
        'Rosa Pike called Dunn\'s remarks on the pier a "new low."'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {
        "hundreds": "quote",
        "fair": "quote",
        "a full stop": "quote",
        "slush fund": "term",
        "new low.": "quote",
    }
    assert said(text) == [
        ("hundreds", "Ian Dunn"),
        ("fair", "Ada Kell"),
        ("a full stop", "Ian Dunn"),
        ("new low.", "Rosa Pike"),
    ]


def test_a_speech_nouns_complement_may_open_on_a_copula_or_hold_a_determined_quote():
    text = (
        'But Ada Kell\'s boldest claim is that the inquiry is a "witch hunt" in all but '
        "name.\n\n"
        'Many followed Ian Dunn\'s dictum that the port board was an "evil empire" bent '
        "on profit.\n\n"
        'While Omar Lund\'s clarion call for a "revolution" draws crowds, few vote.\n\n'
        'Nobody checked Kell\'s claim that Dunn hid a "slush fund" abroad.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {
        "witch hunt": "quote",
        "evil empire": "quote",
        "revolution": "quote",
        "slush fund": "term",  # the object of a verb in the claim: a thing it names
    }
    assert said(text) == [
        ("witch hunt", "Ada Kell"),
        ("evil empire", "Ian Dunn"),
        ("revolution", "Omar Lund"),
    ]


def test_a_quoted_word_opening_a_reported_clause_after_an_owner_is_a_quote():
    text = (
        'Ada Kell said on Monday that Dunn\'s "judgement" was poor.\n\n'
        '"Tidalism" was the word of the year.'
    )
    kinds = {q.text: q.kind for q in quotes_of(text)}
    assert kinds == {"judgement": "quote", "Tidalism": "term"}
    assert said(text) == [("judgement", "Ada Kell")]


def test_a_casting_verb_after_a_catenative_is_its_speaking_subjects():
    # "began to describe", "tried to paint": the subject of the finite verb casts.
    text = (
        'The spokesman began to describe the new levy as "daylight robbery" on Monday.\n\n'
        'Ms Ona Varga tried to paint the ferry cuts as "reckless" during the hustings.\n\n'
        'Mr Ivo Dunn started to refer to the pier as "my little Venice" last summer.'
    )
    assert said(text) == [
        ("daylight robbery", "the spokesman"),
        ("reckless", "Ona Varga"),
        ("my little Venice", "Ivo Dunn"),
    ]


def test_a_catenative_casting_verb_needs_a_speaking_subject_and_an_active_to():
    # Near misses: a subject that cannot speak, a passive, a verb between "to" and the
    # catenative, a noun before "to", a catenative that is not in the list (refused).
    text = (
        'The old chart began to depict the bay as a "safe anchorage" for ships.\n\n'
        'The film tried to portray the town as a "ghost town" after the mine shut.\n\n'
        'Mayor Ida Fenn began to be described as a "reformer" in the spring.\n\n'
        'Ms Ona Varga tried hard to paint the ferry cuts as "reckless" at the hustings.\n\n'
        'Mr Ivo Dunn started a campaign to portray the rival as "weak" on crime.\n\n'
        'The report began to frame the crisis as a "slow burn" in its second chapter.\n\n'
        'Mr Ivo Dunn refused to describe the strike as "illegal" when asked.\n\n'
        'Mr Ivo Dunn stopped to describe the view as "stunning" to the tourists.\n\n'
        'The exhibition started to present the siege as a "tragedy" of errors.'
    )
    assert said(text) == []


def test_a_catenative_after_have_casts_for_its_subject():
    # "has begun to", "had tried to": the auxiliary is the finite verb.
    text = (
        'Ms Tova Rill has begun to paint the harbour plan as "a vanity project".\n\n'
        'Mr Odo Brack had tried to portray the bypass as "a lifeline" for months.'
    )
    assert said(text) == [("a vanity project", "Tova Rill"), ("a lifeline", "Odo Brack")]


def test_a_denied_or_nobodys_cast_is_nobodys_words():
    # Near misses: a negation before the finite verb, plain or catenative ("never",
    # "never once", "hardly"), and a subject of nobody ("Few", "Few critics").
    text = (
        'Ms Tova Rill never painted the harbour plan as "a vanity project".\n\n'
        'Ms Tova Rill never tried to paint the marina as "a white elephant".\n\n'
        'Mr Odo Brack never once tried to label the toll as "theft".\n\n'
        'Mr Odo Brack hardly began to portray the bypass as "a lifeline" before he quit.\n\n'
        'Few began to label the levy as "robbery" until the bills arrived.\n\n'
        'Few critics tried to portray the dam as "a folly" back then.'
    )
    assert said(text) == []


def test_as_before_a_quotation_that_opens_a_clause_means_while():
    # Near misses: "as "…" rang out": the quotation is the subject of its own clause.
    text = (
        'Riot officers began to attack the marchers as "No more cuts" echoed down the road.\n\n'
        'Guards tried to attack the gate as "Open up" rang across the square.\n\n'
        'Police attacked the marchers as "Hands off" was chanted.'
    )
    assert said(text) == []
