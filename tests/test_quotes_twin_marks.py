"""A closing double mark typed as two closing single marks ("“…,’’ Tom Bell told us") ends
its quotation, so the reporting clause after it names the speaker; doubled single marks
that nest, stand after a word, or quote a whole passage (''…'') are left as they were.
Invented sentences throughout."""

from warreader.index.model import Article, Paragraph
from warreader.index.quotes import extract_quotes
from warreader.index.quotes.twin_marks import with_twin_closings


def _quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    paras, at = [], 0
    for text in paragraphs:
        paras.append(Paragraph(text, at, at + len(text)))
        at += len(text) + 2
    article = Article(id="t", path="t.txt", title="t", paragraphs=paras)
    return [(q.text, q.speaker) for q in extract_quotes(article) if q.kind == "quote"]


def test_twin_closing_after_a_comma_ends_the_quote_before_its_speaker():
    assert _quotes(
        "The council met on Monday.",
        "“The ferry timetable is a shambles,’’ Tom Bell, head of the island council, "
        "told the BBC. “We need a new one.”",
    ) == [("The ferry timetable is a shambles,", "Tom Bell"), ("We need a new one.", "Tom Bell")]


def test_twin_closings_throughout_a_paragraph():
    assert _quotes(
        "The verdict came late.",
        "“We will appeal,’’ said Mary Clarke. “The ruling is wrong.’’",
    ) == [("We will appeal,", "Mary Clarke"), ("The ruling is wrong.", "Mary Clarke")]


def test_twin_closing_at_a_stop_ends_a_partial_quote():
    found = _quotes(
        "Maria Lopez spoke at noon.",
        "Maria Lopez said that “the bridge will open in spring.’’ She added that the budget "
        "“is fine and fully funded.’’",
    )
    assert found == [
        ("the bridge will open in spring.", "Maria Lopez"),
        ("is fine and fully funded.", "Maria Lopez"),
    ]


def test_the_rewrite_keeps_every_offset():
    text = "“It was a stunt,’’ Tom Bell said."
    (out,) = with_twin_closings([text])
    assert out == "“It was a stunt,”  Tom Bell said." and len(out) == len(text)


def test_near_misses_are_left_as_they_were():
    untouched = [
        "“He told me ‘‘never again’’ and walked off,” said Ann Webb.",  # nested pair
        "“I spoke to the ‘‘experts’’ and they all agreed,” said Lee Chan.",
        "“The players’’ union has not replied to us,” said Sam Hill.",  # after a word
        "“We won in the end,” said Joe Hart. The fans sang ‘‘Glory days,’’ all night.",
        "The shop sign read ‘‘Closed for good.’’ and Ann Webb went home.",  # none open
        "''We are ready,'' said Paul Green.",  # straight doubled singles: another style
        "“It was a ‘‘disaster,’’ frankly,” said Tom Bell.",  # nested, then closed
    ]
    assert with_twin_closings(untouched) == untouched


def test_the_speaker_not_another_person_named_after_the_clause():
    # After a nested ‘‘…’’ the rule stands back (the quotation runs on as before); the
    # other person named after the closing clause does not take it; a question put to
    # someone keeps its asker.
    assert _quotes(
        "Tom Bell spoke.", "“It was a ‘‘disaster’’, frankly,’’ said Tom Bell. “Nobody came.”"
    ) == [
        ("It was a ‘‘disaster’’, frankly,’’ said Tom Bell.", "Tom Bell"),
        ("Nobody came.", "Tom Bell"),
    ]
    assert _quotes(
        "The trial opened.",
        "“I am not guilty of anything,’’ said the defendant, Tom Hale, as his lawyer Ruth Kay "
        "looked on.",
    ) == [("I am not guilty of anything,", "Tom Hale")]
    assert _quotes(
        "Jane Doe left the hall.", "“Will you resign now?’’ a reporter asked Jane Doe."
    ) == [("Will you resign now?", "a reporter")]
    assert _quotes(
        "The letter said “the council failed in its duty.’’ Tom Bell, who wrote it, refused "
        "to comment."
    ) == [("the council failed in its duty.", "the letter")]


def test_a_twin_closing_a_nested_title_leaves_the_quotation_to_its_own_closing_mark():
    # review revR: the curly mark later closes the quotation; the pair closed the title
    assert _quotes(
        "The concert ended late.",
        "“The choir sang ‘Abide with Me,’’ and then the lights went out,” said Ruth Dale.",
    ) == [("The choir sang ‘Abide with Me,’’ and then the lights went out,", "Ruth Dale")]
    assert _quotes(
        "The match was stopped.",
        "Owen Pryce said: “Fans chanted ‘Off!’’ at the linesman, and he walked away.”",
    ) == [("Fans chanted ‘Off!’’ at the linesman, and he walked away.", "Owen Pryce")]
