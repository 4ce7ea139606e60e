"""A headline's label names who says its quotations: "Ann Hale: Tom Pike 'Not Fit ...'"
(the quotation not right after the colon), "Port Chief On Hale: '...'" (the name ends at
"on"), "Tom Pike Praises ...: '...'" (and at a title-case verb), "Port Challenger Ann
Hale:" (the end of the label the body writes). Synthetic headlines throughout."""

from __future__ import annotations

from warreader.index.model import Article, Paragraph
from warreader.index.quotes import extract_quotes

from tests.quote_support import said

_BODY = (
    "Harbour board chair Ann Hale spoke to the county council on Tuesday, and port chief "
    "Tom Pike answered her. Governor Mary Fenn and the saboteur Luis Vega were there."
)


def _headline_said(headline: str, body: str = _BODY) -> list[tuple[str, str | None]]:
    """(quoted words, speaker) of the quotes of ``headline``, read as an article's stated
    headline over ``body``."""
    text = headline + "\n\n" + body
    article = Article(
        id="t",
        path="t.txt",
        title=headline,
        paragraphs=[Paragraph(body, len(headline) + 2, len(text))],
        headline=Paragraph(headline, 0, len(headline)),
    )
    quotes = extract_quotes(article)
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.speaker) for q in quotes if q.paragraph == -1 and q.kind == "quote"]


def test_a_label_speaks_for_a_quotation_further_on_in_the_headline():
    headline = "Dr. Ann Hale: Tom Pike 'Not Fit To Run The Harbour Board Of This County.'"
    assert _headline_said(headline) == [
        ("Not Fit To Run The Harbour Board Of This County.", "Ann Hale")
    ]


def test_a_label_speaks_for_each_quotation_after_its_colon():
    headline = (
        "County Gov Fenn: Pike Is 'Trying To Sink The Harbour With His Plans,' "
        "'That Has Been His Aim All Along.'"
    )
    said = _headline_said(headline)
    assert [text for text, _ in said] == [
        "Trying To Sink The Harbour With His Plans,",
        "That Has Been His Aim All Along.",
    ]
    assert all(speaker is not None and speaker.endswith("Fenn") for _, speaker in said)


def test_a_lower_case_clause_after_the_label_keeps_the_label_speaking():
    headline = "Hale: Figures show Pike 'out of his depth on the night ferries.'"
    # (a surname alone in a headline stays the surname, as "Hale: '...'" did before)
    assert _headline_said(headline) == [("out of his depth on the night ferries.", "Hale")]


def test_the_label_ends_before_on_and_its_topic():
    headline = "Fenn on Pike Releasing His Harbour Board Emails: 'I Expect He Will Do It Soon.'"
    assert _headline_said(headline) == [("I Expect He Will Do It Soon.", "Fenn")]


def test_a_described_person_before_on_is_the_speaker():
    headline = "Port Chief On Hale: 'We Do Not Pay Guests To Speak At Our Meetings.'"
    assert _headline_said(headline) == [
        ("We Do Not Pay Guests To Speak At Our Meetings.", "Port Chief")
    ]


def test_a_title_case_headline_verb_ends_the_label_name():
    assert _headline_said("Pike Addresses Harbour Fire: 'This Must Stop Now.'") == [
        ("This Must Stop Now.", "Pike")
    ]
    headline = "Tom Pike Praises Harbour Board Chair Ann Hale: 'A Very Good Leader.'"
    assert _headline_said(headline) == [("A Very Good Leader.", "Tom Pike")]


def test_the_label_is_the_name_the_body_writes_after_a_description():
    headline = "Port Challenger Ann Hale: Sack Pike, 'Close The Gates On The Night Ferry Men.'"
    assert _headline_said(headline) == [("Close The Gates On The Night Ferry Men.", "Ann Hale")]


def test_section_words_and_a_cue_after_the_colon_are_no_label():
    assert _headline_said("The Latest: Pike 'will not seek another term as chief.'") == [
        ("will not seek another term as chief.", None)
    ]
    said = _headline_said("Hale: port says new timetable 'is final and will not change.'")
    assert said and all(speaker != "Hale" for _, speaker in said)
    said = _headline_said("Hale: Pike says the plan 'is dead and buried for good.'")
    assert said == [("is dead and buried for good.", "Pike")]


def test_a_label_in_the_first_paragraph_of_a_body_is_read_as_before():
    # the rule is the headline's: a body paragraph with the same shape is not relabelled
    text = "Hale: Figures show Pike 'out of his depth on the night ferries.'\n\n" + _BODY
    assert said(text) == [("out of his depth on the night ferries.", None)]
