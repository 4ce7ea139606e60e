"""A person's hover card behind a link (the name again, a picture, links to stories) is
not read into the sentence; every other element after a link stays (invented pages)."""

from __future__ import annotations

from warreader.index.articles import read_article
from warreader.index.quotes import extract_quotes

_FILLER = (
    "<p>The council met on Tuesday evening to discuss the harbour plan, which has been "
    "delayed twice since the spring because of rising costs and a dispute over the pier.</p>\n"
    "<p>Members of the public filled the gallery, and several local traders asked for "
    "the vote to be postponed until the autumn so that the new figures could be read.</p>\n"
)

_CARD = (
    '<span class="card"><img src="/img/ann.jpg" alt=""><a class="name" href="/people/ann-webb">'
    'Ann Webb</a><a href="/news/1">Webb backs ferry deal</a> <a href="/news/2">Council vote '
    "delayed again</a> MORE</span>"
)


def _read(tmp_path, body: str):
    page = tmp_path / "harbour.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour vote delayed</title>"
        "</head><body><article><h1>Harbour vote delayed</h1>\n"
        + _FILLER + body + _FILLER.replace("Tuesday", "Monday")
        + "</article></body></html>\n",
        encoding="utf-8",
    )
    return read_article(page)


def page_source(tmp_path) -> str:
    return (tmp_path / "harbour.html").read_text(encoding="utf-8")


def _quotes(article) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(article) if q.kind == "quote"]


# --- the card is left out --------------------------------------------------------

def test_a_card_after_a_name_link_is_left_out_of_the_sentence(tmp_path):
    body = (
        '<p>Rep. <span class="people"><a href="/people/ann-webb">Ann Webb</a>' + _CARD
        + "</span> (D-Ohio) said the delay was &ldquo;a shame for the town.&rdquo;</p>\n"
    )
    article = _read(tmp_path, body)
    assert "Rep. Ann Webb (D-Ohio) said the delay" in article.body
    assert "MORE" not in article.body and "ferry deal" not in article.body
    assert _quotes(article) == [("a shame for the town.", "Ann Webb")]
    quote = next(q for q in extract_quotes(article) if q.kind == "quote")
    source = page_source(tmp_path)
    assert source[quote.start : quote.end] == "a shame for the town."


def test_a_card_without_a_picture_but_with_story_links_is_left_out(tmp_path):
    body = (
        '<p>Council leader <a href="/people/tom-bell">Tom Bell</a><span>Tom Bell'
        '<a href="/news/3">Bell quits transport post</a> MORE</span> opened the meeting.</p>\n'
        "<p>&ldquo;We will not be rushed,&rdquo; he said.</p>\n"
    )
    article = _read(tmp_path, body)
    assert "Council leader Tom Bell opened the meeting." in article.body
    assert _quotes(article) == [("We will not be rushed,", "Tom Bell")]


def test_a_pronoun_after_the_card_binds_to_the_name_not_to_the_card(tmp_path):
    body = (
        '<p>Rep. <a href="/people/ann-webb">Ann Webb</a>' + _CARD
        + " (D-Ohio) linked the delay to the pier dispute.</p>\n"
        "<p>She added, &ldquo;We must finish what we started.&rdquo;</p>\n"
    )
    article = _read(tmp_path, body)
    assert "Ann WebbAnn Webb" not in article.body
    assert _quotes(article) == [("We must finish what we started.", "Ann Webb")]


# --- near misses: an element after a link that is no card stays ------------------

def _kept(tmp_path, body: str, text: str) -> None:
    article = _read(tmp_path, body)
    assert text in " ".join(article.body.split()), article.body


def test_other_words_after_the_link_stay(tmp_path):
    _kept(tmp_path, '<p>Praise came from <a href="/a">Ann Webb</a><span> and <a href="/b">'
          "Tom Bell</a> of the harbour board</span> on Friday.</p>\n",
          "Ann Webb and Tom Bell of the harbour board on Friday.")


def test_the_name_repeated_after_words_between_stays(tmp_path):
    _kept(tmp_path, '<p>Praise came from <a href="/a">Ann Webb</a>, <span>Ann Webb and '
          '<a href="/b">her deputy</a></span> said on Friday.</p>\n',
          "Ann Webb, Ann Webb and her deputy said on Friday.")


def test_a_second_link_with_the_same_name_stays(tmp_path):
    _kept(tmp_path, '<p>Read more from <a href="/a">Ann Webb</a> <a href="/b">Ann Webb '
          "on the ferry deal</a> in our archive of interviews.</p>\n",
          "Ann Webb Ann Webb on the ferry deal in our archive")


def test_the_name_going_on_as_a_possessive_stays(tmp_path):
    _kept(tmp_path, '<p>The plan was drawn up by <a href="/a">Ann Webb</a><span>Ann Webb’s '
          '<a href="/d">deputy</a> and the clerk</span> over the summer.</p>\n',
          "Ann Webb’s deputy and the clerk over the summer.")


def test_a_one_word_link_repeated_with_a_link_stays(tmp_path):
    _kept(tmp_path, '<p>The vote was covered by <a href="/n">Harbourside</a><span>'
          'Harbourside readers sent <a href="/l">letters</a> all week</span> to the paper.</p>\n',
          "HarboursideHarbourside readers sent letters all week to the paper.")


def test_the_name_repeated_with_no_link_or_picture_stays(tmp_path):
    _kept(tmp_path, '<p>The motion of <a href="/a">Ann Webb</a><em>Ann Webb, the harbour '
          "councillor,</em> was read aloud by the clerk at the meeting.</p>\n",
          "Ann Webb, the harbour councillor, was read aloud")


def test_a_name_in_the_next_list_item_stays(tmp_path):
    _kept(tmp_path, '<ul><li><a href="/a">Ann Webb</a></li><li>Ann Webb moved the motion '
          'and <a href="/m">the minutes</a> record her words</li></ul>\n',
          "Ann Webb moved the motion and the minutes record her words")


def test_a_name_opening_the_next_paragraph_stays(tmp_path):
    _kept(tmp_path, '<p>Councillor <a href="/a">Ann Webb</a></p>\n<p>Ann Webb said the '
          '<a href="/r">report</a> on the pier would be published in June.</p>\n',
          "Ann Webb said the report on the pier would be published in June.")


def test_the_name_later_in_the_element_stays(tmp_path):
    _kept(tmp_path, '<p>A letter from <a href="/a">Ann Webb</a><span>, backed by allies of '
          'Ann Webb and <a href="/b">Tom Bell</a>,</span> reached the board.</p>\n',
          "backed by allies of Ann Webb and Tom Bell, reached the board.")


def test_a_lower_case_link_repeated_stays(tmp_path):
    _kept(tmp_path, '<p>The plan went to <a href="/c">the harbour board</a><span>the harbour '
          'board and <a href="/t">the town council</a></span> for a vote in June.</p>\n',
          "the harbour board and the town council for a vote in June.")


def test_a_longer_name_opening_with_the_link_text_stays(tmp_path):
    _kept(tmp_path, '<p>The report by <a href="/a">Ann Webb</a><span>Ann Webber and '
          '<a href="/b">Tom Bell</a></span> was published on Friday.</p>\n',
          "Ann Webber and Tom Bell was published on Friday.")


def test_a_link_inside_the_element_that_follows_a_name_in_text_stays(tmp_path):
    _kept(tmp_path, '<p>Ann Webb <span>Ann Webb <a href="/b">wrote to the board</a></span> '
          "on the first day of the inquiry into the pier.</p>\n",
          "wrote to the board on the first day of the inquiry")


def test_a_quote_after_a_cardless_name_link_keeps_its_speaker(tmp_path):
    body = ('<p>&ldquo;The pier must close,&rdquo; said <a href="/a">Ann Webb</a>'
            '<span>, the harbour master, <a href="/r">in a report</a></span>.</p>\n')
    article = _read(tmp_path, body)
    assert _quotes(article) == [("The pier must close,", "Ann Webb")]
