"""A sentence-case headline's first word is capitalised only because it comes first:
"Format wars could 'confuse users'", "Camera phones are 'must-haves'" and "Security
warning over 'FBI virus'" are no words of "Format", "Camera" or "Security" when the body
never writes that word as a name; a name the body writes ("Hale backs ...") or a verb no
noun spells ("Tokyo says ...") still speaks. Synthetic headlines throughout."""

from __future__ import annotations

import pytest
from warreader.index.model import Article, Paragraph
from warreader.index.quotes import extract_quotes

_BODY = (
    "Makers of disc players are fighting over the next format, and shoppers are unsure. "
    "Port chief Tom Hale said on Tuesday that the new rules were fair."
)


def _headline_quotes(headline: str, body: str = _BODY) -> list[tuple[str, str, str | None]]:
    """(quoted words, kind, speaker) of the quoted words of ``headline`` over ``body``."""
    text = headline + "\n\n" + body
    article = Article(id="t", path="t.txt", title=headline,
                      paragraphs=[Paragraph(body, len(headline) + 2, len(text))],
                      headline=Paragraph(headline, 0, len(headline)))
    return [(q.text, q.kind, q.speaker) for q in extract_quotes(article) if q.paragraph == -1]


@pytest.mark.parametrize(
    "headline",
    ["Format wars could 'confuse users'", "Camera phones are 'must-haves'",
     "Security warning over 'fake bank emails'", "Disc makers 'set for price war'"],
)
def test_a_headlines_first_word_that_the_body_never_names_speaks_nothing(headline):
    ((_, _, speaker),) = _headline_quotes(headline)
    assert speaker is None


def test_a_name_the_body_writes_still_speaks():
    ((_, kind, speaker),) = _headline_quotes("Hale says new rules 'fair to all'")
    assert (kind, speaker) == ("quote", "Hale")


def test_a_verb_no_noun_spells_keeps_its_speaker():
    body = "Prices were stable last month, the government said."
    ((_, kind, speaker),) = _headline_quotes("Tokyo says deflation 'controlled'", body)
    assert (kind, speaker) == ("quote", "Tokyo")


def test_a_label_before_a_colon_keeps_its_speaker():
    body = "The port's chief rejected the offer on Tuesday."
    ((_, kind, speaker),) = _headline_quotes("Hale: 'We will not sell the port'", body)
    assert (kind, speaker) == ("quote", "Hale")


@pytest.mark.parametrize(
    ("headline", "body", "speaker"),
    [
        ("Zelensky vows 'victory' over invaders",
         "Zelensky told parliament on Monday that the army would hold.", "Zelensky"),
        ("Syrskyi warns of 'difficult weeks' ahead",
         "Syrskyi said the front line was under heavy pressure.", "Syrskyi"),
        ("Kyiv warns of 'catastrophe'", "Kyiv has said the dam must not be hit.", "Kyiv"),
    ],
)
def test_a_name_the_body_writes_only_opening_its_sentences_still_speaks(
    headline, body, speaker
):
    ((_, kind, found),) = _headline_quotes(headline, body)
    assert (kind, found) == ("quote", speaker)
