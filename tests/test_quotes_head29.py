"""Speakers, twenty-ninth round (issue 10; task head29): tweet credit lines, headline
speakers that are a bare role or party, partial quotes after "branded" and "found".

An embedded tweet is printed as its text in quotation marks, then a credit line with the
author's handle and the date ("— Ann Lind (@annlind) September 19, 2016"); the credit
names the speaker of the quotation right before it, as a plain "— Ann Lind" credit line
does. Every sentence was written for this test; the names are invented.
"""

from __future__ import annotations

import pytest
from warreader.index.articles.reader import read_article
from warreader.index.quotes import extract_quotes

from tests.quote_support import kinds_of, quotes_of, said, speakers
from tests.test_quotes_uk28 import _headline_kinds

_LEAD = 'Ann Lee spoke at the rally. "We will win," she said.'


@pytest.mark.parametrize(
    "credit",
    [
        "— Kurt Brandt (@kbrandt) September 19, 2016",
        "— Kurt Brandt (@kbrandt) 19 September 2016",
        "— Kurt M. Brandt, Jr. (@kbrandt) Oct 3, 2016",
        "— Kurt Brandt (@kbrandt)",
    ],
)
def test_tweet_credit_line_names_the_quotation_before_it(credit):
    # r26: the tweet's words were carried from Ann Lee (or given to no one).
    found = speakers(_LEAD, '"This is the start of something."', credit)
    assert found[0] == "Ann Lee"
    assert found[1] is not None and found[1].endswith("Brandt")


def test_tweet_credit_after_a_picture_link_and_in_the_same_paragraph():
    # r26: the link after the tweet's words, or the credit in its paragraph, hid the credit.
    linked = '"This is the start." pic.twitter.com/xYz12'
    credit = "— Kurt Brandt (@kbrandt) September 19, 2016"
    assert speakers(_LEAD, linked, credit)[1] == "Kurt Brandt"
    assert speakers(_LEAD, linked + " " + credit)[1] == "Kurt Brandt"


def test_tweet_credit_of_a_body_with_its_handle():
    credit = "— Harbour News (@harbournews) September 19, 2016"
    assert speakers(_LEAD, '"Ferries resume at noon."', credit)[1] == "Harbour News"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a quotation with its own cue keeps its speaker
        ('Ann Lee spoke at the rally.', '"We will win," she said.'),
        # narrative between the quotation and the credit line
        (_LEAD, '"This is the start."', "The crowd cheered for a long time."),
        # a quotation inside a sentence of narrative
        (_LEAD, 'Tom Pike called it "the start" of a campaign.'),
    ],
)
def test_tweet_credit_line_credits_no_quotation_it_does_not_follow(paragraphs):
    credit = "— Kurt Brandt (@kbrandt) September 19, 2016"
    assert "Kurt Brandt" not in speakers(*paragraphs, credit)


def test_tweet_credit_line_after_no_quotation_gives_nothing():
    credit = "— Kurt Brandt (@kbrandt) September 19, 2016"
    assert speakers("Ann Lee spoke at the rally.", "We will win. pic.twitter.com/x1", credit) == []


_TWEETED_ARTICLE = (
    "Harbour vote splits the town\n\n"
    "Ann Lee, the mayor, spoke at the rally on Monday night and promised a new ferry "
    'timetable. "We will win," she said.\n\n'
    "Many on social media were quick to answer her.\n\n"
    '"The ferry has been late every day this month and nobody at the town hall cares,"\n\n'
    "{credit}\n\n"
    'Tom Pike, who runs the ferry, said the timetable was "under review" this week.\n'
)


@pytest.mark.parametrize(
    "credit",
    ["— Kurt Brandt (@kbrandt) September 19, 2016", "— Kurt M. Brandt, Jr. (@kbrandt) Oct 3, 2016"],
)
def test_tweet_credit_line_in_a_file_is_kept_as_its_own_paragraph(tmp_path, credit):
    # r26: the reader dropped the credit line as a subhead (or joined it to the next
    # paragraph), so the tweet went to Ann Lee and "under review" to nobody named.
    path = tmp_path / "tweet.txt"
    path.write_text(_TWEETED_ARTICLE.format(credit=credit), encoding="utf-8")
    article = read_article(path)
    assert credit in [p.text for p in article.paragraphs]
    found = [q.speaker for q in extract_quotes(article) if q.kind == "quote"]
    assert found[0] == "Ann Lee" and found[1].endswith("Brandt") and found[2] == "Tom Pike"


# A headline whose speaker is a bare role, party or body ("says MP", "says union",
# "Tories tell"): the lead's own quotation of the same words says who it is.
def _headline_speaker(*paragraphs: str) -> str | None:
    found = _headline_kinds(*paragraphs)
    assert found and found[0][0] == "quote", found
    return found[0][1]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # r26: 'union'
            (
                "Dock staff 'betrayed', says union",
                'The leader of the ferry workers has said staff have been "betrayed" by the '
                "port's owners.",
                'Tom Pike said: "We will ballot our members."',
            ),
            "Tom Pike",  # the lead's description, named by the next paragraph (fwd29)
        ),
        (  # r26: 'Tory'
            (
                "Harbour plan 'shameful', says Tory",
                'Tory leader Tom Pike called the harbour plan "shameful" on Monday.',
                'Labour said it was "the right call".',
            ),
            "Tom Pike",
        ),
        (  # r26: 'MP' (the subject said, not the minister it names)
            (
                "MP says minister 'misled' House",
                'Labour MP Tom Pike said the minister had "misled" the House over the deal.',
                '"He must apologise," Mr Pike said.',
            ),
            "Tom Pike",
        ),
        (  # r26: 'Tories'
            (
                "'Cut the ferry fares', Tories tell mayor",
                "The Conservatives have set out plans to halve fares for pensioners.",
                '"Families have paid enough," said Tom Pike, their transport spokesman.',
            ),
            "Conservatives",
        ),
    ],
)
def test_headline_bare_noun_takes_the_leads_speaker_of_its_words(paragraphs, speaker):
    assert _headline_speaker(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the lead's speaker of the words is of another party
        (
            (
                "Harbour plan 'reckless', says Tory",
                'A Labour MP, Tom Pike, has called the harbour plan "reckless".',
                '"It will cost jobs," he said.',
            ),
            "Tory",
        ),
        # the lead's speaker denies the words: a minister is no union
        (
            (
                "Reform 'a betrayal', says union",
                'Ministers said the reform was not "a betrayal" of workers.',
                'Union leader Tom Pike said: "We will fight it."',
            ),
            "union",
        ),
        # a sitting minister is no MP; a defendant no judge
        (
            (
                "'Misled', says MP",
                'The minister, Ann Roe, said she had not "misled" anyone.',
                '"I stand by every word," she said.',
            ),
            "MP",
        ),
        (
            (
                "'Not guilty', says judge",
                'The defendant, Tom Pike, told the court he was "not guilty".',
                "The trial continues.",
            ),
            "judge",
        ),
        # the words are another body's; the minister named later is not taken for them
        (
            (
                "Pay rise 'too small', says minister",
                'Unions said the pay rise was "too small" for low-paid workers.',
                'Employment Minister Ann Roe said: "It is a start."',
            ),
            "minister",
        ),
        # the party named beside another speaker of the words
        (
            (
                "Harbour plan 'flawed', says Tory",
                'Ann Roe said the harbour plan was "flawed", and Tory leader Tom Pike agreed.',
                '"It cannot work," he said.',
            ),
            "Tory",
        ),
        # a shadow minister is no minister
        (
            (
                "Ferry fares 'will rise', says minister",
                "Fares on the harbour ferries are set to rise in the spring.",
                'Shadow transport minister Ann Roe said fares "will rise" again.',
            ),
            "minister",
        ),
        # two parties in the lead
        (
            (
                "Harbour plan 'shameful', says Tory",
                "Tory MP Ann Roe welcomed the plan, but Liberal Democrat Tom Hale called it "
                '"shameful".',
                '"We expected better," he said.',
            ),
            "Tory",
        ),
    ],
)
def test_headline_bare_noun_keeps_itself_when_the_lead_speaker_does_not_fit(paragraphs, speaker):
    assert _headline_speaker(*paragraphs) == speaker


def test_headline_mp_is_never_a_body_with_those_initials():
    # r26: "MP" was read as the initials of the Metropolitan Police.
    found = _headline_speaker(
        "MP says police 'ignored' warnings",
        "A Labour MP has said police ignored warnings about gang violence on an estate.",
        'The Metropolitan Police said: "We take every report seriously."',
    )
    assert found == "MP"


# Partial quotes after "branded" and "found": a described subject with a clause between
# it and its verb ("The former MP, expelled from the party, branded ..."), and a report's
# finding in its own words, are quotes, not terms.
_LEAD_PARA = "Tom Hale, the member for Eastport, spoke at the harbour meeting on Monday."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('The former MP, expelled from the party last year, branded the plan "a disaster".',
         "Tom Hale"),
        # no minister named before: the description speaks as itself
        ('The minister, who was sacked in May, branded the decision "a betrayal".',
         "the minister"),
    ],
)
def test_described_subject_past_a_clause_brands_in_its_own_words(sentence, speaker):
    # r26: a term, or a quote of no one.
    assert kinds_of(_LEAD_PARA + "\n\n" + sentence) == {
        sentence.split('"')[1]: "quote"
    }
    assert speakers(_LEAD_PARA, sentence) == [speaker]


def test_report_by_its_author_finds_in_its_words():
    # r26: "ignored for months" a term.
    found = speakers(
        "The harbour report was published on Tuesday.",
        "The report, written by former inspector Ann Roe, found that warnings from staff "
        'had been "ignored for months".',
    )
    assert found == ["Ann Roe"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ('The fans, delighted with the result, have dubbed the new stadium "the Bowl".', "term"),
        ('The owners, based in Leeds, have branded the cattle "H" with a hot iron.', "term"),
        ('The campaign, backed by Ann Roe, launched its so-called "green deal".', "term"),
        ('The club, founded in 1901, is known as "the Magpies".', "term"),
    ],
)
def test_names_given_past_a_clause_stay_terms(sentence, kind):
    assert kinds_of(_LEAD_PARA + "\n\n" + sentence)[sentence.split('"')[1]] == kind


def test_an_appositive_name_keeps_the_subjects_name():
    # the clause rule is not read past an appositive that names the subject itself
    found = speakers(
        "The bishop, the Rt Rev Tom Hale, described the film as a \"great thriller\" but "
        '"lousy history".'
    )
    assert found and all(s == "Tom Hale" for s in found)


def test_a_passive_past_a_clause_is_not_the_subjects_words():
    found = said(
        "The former MP, expelled from the party last year, was branded \"a traitor\" by "
        "colleagues."
    )
    assert found and found[0][1] != "the former MP" and "MP" not in (found[0][1] or "")


def test_on_twitter_sign_off_is_no_role():
    # r26: the role "on Twitter".
    found = quotes_of('Ann Lee spoke.\n\n"We will win this fight." — Kurt Brandt, on Twitter')
    assert [(q.speaker, q.role) for q in found] == [("Kurt Brandt", None)]
    found = quotes_of('Ann Lee spoke.\n\n"We will win this fight."\n\n— Kurt Brandt, Ferry Users')
    assert [(q.speaker, q.role) for q in found] == [("Kurt Brandt", "Ferry Users")]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # head29's tip: Alan Drew, the first MP of the lead (bblind29's H02)
            (
                "School plan 'a con', says MP",
                'Conservative MP Alan Drew said the plan was "well meant but unfunded".',
                'Lib Dem MP Sue Pym said the scheme was "a con" and should be scrapped.',
            ),
            "Sue Pym",
        ),
        (  # head29's tip: Ann Rook, the first judge (bblind29's supplement H03)
            (
                "Sentence 'far too lenient', says judge",
                'Judge Ann Rook jailed Tom Pike for two years, citing his "genuine remorse".',
                'Retired judge Sir Alan Platt said the sentence was "far too lenient".',
            ),
            "Alan Platt",
        ),
        (  # the words said further on by a rival who does not fit: the noun stays
            (
                "Move 'political', says MP",
                'Ministers denied the move was "political".',
                "Labour MP Ann Hale had said the timing was suspicious.",
            ),
            "MP",
        ),
    ],
)
def test_a_later_paragraph_repeating_the_headlines_words_says_who(paragraphs, speaker):
    assert _headline_speaker(*paragraphs) == speaker
