"""Plain text saved from a browser or a text browser (issue 14): the article is found
between menus, link lists, comment threads, teasers, pitches and footers. Pages written
for these tests; the benchmark itself is scored by bench/bench_cleaning.py.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from warreader.index.articles import read_article
from warreader.index.articles.segment import split_units

from tests.cleaning_support import BODY, LEAD, paragraph_texts

DUMP_HEAD = """\
Skip to content
  • Home
  • News
  • Sport

Northern rail line to reopen after floods

By Ann Example
Tuesday, 4 June 2024

"""


def _dump(tmp_path: Path, *parts: list[str]) -> list[str]:
    """Body paragraphs warreader reads from a dump: a menu, then ``parts`` in order."""
    path = tmp_path / "dump.txt"
    blocks = [textwrap.fill(b, 78) if len(b) > 78 else b for part in parts for b in part]
    path.write_text(DUMP_HEAD + "\n\n".join(blocks) + "\n", encoding="utf-8")
    return paragraph_texts(path)


def _comment(n: int) -> list[str]:
    return [
        f"reader_{n}",
        f"{n + 1} days ago at 07:{10 + n} am",
        f"Comment number {n} says the trains were always better than the buses, that the "
        f"council took far too long to decide, and that the valley deserved a proper "
        f"service years ago when the bridges were first found to be failing.",
        f"Rating: {9 - n} Votes",
    ]


def test_dump_comment_thread_longer_than_the_article_goes(tmp_path):
    """A comments heading followed by stamp lines (a time, "Rating: 7 Votes") ends the
    article even when the thread holds more text than the article."""
    thread = [line for n in range(6) for line in _comment(n)]
    texts = _dump(tmp_path, [LEAD, *BODY], ["[ 48 comments ]", "Top Rated Comments"], thread)
    assert texts == [LEAD, *BODY]


TEASERS = [
    ("Bus fares rise again in the valley",
     "Operators blamed fuel prices for the third increase in as many years."),
    ("Council approves new budget for schools",
     "Head teachers welcomed the money but said that it would not cover the deficit."),
    ("Flood defences: what happens next",
     "The agency will publish its plans for the river banks before the winter."),
    ("Valley choir wins national award",
     "The choir of forty singers beat twelve others in the final on Saturday night."),
]


def test_dump_more_from_list_of_teasers_goes(tmp_path):
    """"More from ..." opens other stories (a headline and a one-sentence summary each):
    the article ends there although the summaries are sentences."""
    teasers = [line for pair in TEASERS for line in pair]
    texts = _dump(tmp_path, [LEAD, *BODY], ["More from the Valley Courier"], teasers)
    assert texts == [LEAD, *BODY]


def test_dump_related_box_inside_the_article_keeps_the_rest(tmp_path):
    """A "Related" box of links in the middle: the article goes on after it."""
    box = ["Related", "  • Bus fares rise again in the valley", "  • Council approves budget"]
    texts = _dump(tmp_path, [LEAD, BODY[0]], box, BODY[1:])
    assert texts == [LEAD, *BODY]


def test_dump_teaser_cards_after_the_article_go(tmp_path):
    """Other stories' cards with no heading above them (a picture, a headline, a writer,
    a date, then a one-sentence summary): three or more in a row end the article."""
    cards = [line for n, (head, summary) in enumerate(TEASERS)
             for line in (f"[teaser-{n}.jpg]", head, "Jo Example", f"Monday {n + 3} June 2024",
                          summary)]
    texts = _dump(tmp_path, [LEAD, *BODY], cards)
    assert texts == [LEAD, *BODY]


def test_dump_subheads_with_one_paragraph_each_stay(tmp_path):
    """A list article (a subhead, then one paragraph) is not a list of teasers."""
    parts = [line for n, body in enumerate(BODY) for line in (f"{n + 1}. Step {n + 1}", body)]
    texts = _dump(tmp_path, [LEAD], parts)
    assert texts[0] == LEAD and all(b in texts for b in BODY)


def test_dump_sign_off_bio_and_newsletter_pitch_go(tmp_path):
    """After the article: how to reach the writer, the writer's bio, a newsletter pitch."""
    tail = [
        "Email Ann Example at ann@courier.example or follow her on Twitter @annexample.",
        "Ann Example is a Staff Writer at the Valley Courier covering transport.",
        "Never miss a story. Sign up for our morning newsletter: no spam, we promise.",
    ]
    texts = _dump(tmp_path, [LEAD, *BODY], tail)
    assert texts == [LEAD, *BODY]


def test_dump_newsletter_pitch_inside_the_article_goes(tmp_path):
    offer = ("Get the Valley Courier delivered through your letterbox every week. 12 issues "
             "for £9.99. Click here for more information.")
    pitch = "News alerts and special reports, delivered weekday mornings to your inbox."
    kept = ("The rail company continued to sign up new subscribers to its season tickets "
            "throughout the spring, a spokesman said.")
    texts = _dump(tmp_path, [LEAD, BODY[0], pitch, BODY[1], kept, offer, *BODY[2:]])
    assert texts == [LEAD, BODY[0], BODY[1], kept, *BODY[2:]]


def test_dump_article_run_together_again_goes(tmp_path):
    """A page's hidden copy of the article (its paragraphs run together in one block,
    after a summary) is said before: the article is kept once."""
    summary = "The valley's railway is coming back, eighteen months from now."
    copy = " ".join([summary, LEAD, *BODY])
    texts = _dump(tmp_path, [LEAD, *BODY], ["Tags: rail, council"], [copy])
    assert texts == [LEAD, *BODY]


def test_dump_teasers_above_the_article_go(tmp_path):
    """A site's list of stories above the article (a picture, then a headline run into
    its one-sentence summary): the article starts at its paragraphs in a row."""
    cards = [line for n, (head, summary) in enumerate(TEASERS)
             for line in (f"[thumb_{n}]", head + summary)]
    head = ["Northern rail line to reopen after floods", "By Ann Example", "4 June 2024"]
    path = tmp_path / "dump.txt"
    path.write_text("\n\n".join(["  • Home", *cards, *head, LEAD, *BODY]), encoding="utf-8")
    article = read_article(path)
    assert article.title == head[0]
    assert [p.text for p in article.paragraphs] == [LEAD, *BODY]


def test_dump_photo_captions_with_credits_go(tmp_path):
    captions = [
        "FILE PHOTO: The old bridge over the river in the valley, June 2, 2024. REUTERS/Jo Doe",
        "Workers inspect the damaged line north of the station. Credit: Valley Courier",
    ]
    texts = _dump(tmp_path, [LEAD, captions[0], *BODY[:2], captions[1], *BODY[2:]])
    assert texts == [LEAD, *BODY]


def test_dump_prose_without_its_last_full_stop_is_the_article(tmp_path):
    """A page whose one long paragraph lost its final full stop is still the article;
    the teasers of other pages after it are not."""
    prose = " ".join([LEAD, BODY[0], BODY[1], "And so the trains will run again"])
    teasers = [line for pair in TEASERS for line in pair]
    texts = _dump(tmp_path, [prose], ["You may also like..."], teasers)
    assert texts == [prose]


def test_dump_wire_photo_caption_goes(tmp_path):
    caption = ("In this June 2, 2024, file photo, workers inspect the damaged line north of "
               "the station.")
    texts = _dump(tmp_path, [LEAD, caption, *BODY])
    assert texts == [LEAD, *BODY]


def test_dump_you_may_like_in_other_languages_ends_the_article(tmp_path):
    teasers = [line for pair in TEASERS for line in pair]
    for marker in ("Você pode gostar...", "Das könnte Sie auch interessieren",
                   "Related coverage from Valley Courier: Transport:"):
        texts = _dump(tmp_path, [LEAD, *BODY], [marker], teasers)
        assert texts == [LEAD, *BODY], marker


def test_dump_legal_footer_does_not_outweigh_a_short_article(tmp_path):
    """A footer of disclaimers (long sentences) is chrome, not a rival article."""
    footer = [
        "The information provided on this website is for general guidance only and is not "
        "a substitute for the advice of a qualified professional in any circumstances.",
        "*These statements have not been evaluated by any authority and are not meant to "
        "diagnose, treat or cure anything at all, whatever you may have been told.",
        "Valley Courier and the Courier logo are registered trademarks of Valley Media Ltd "
        "in the United Kingdom and in other countries around the world.",
    ]
    texts = _dump(tmp_path, [LEAD, BODY[0]], ["About us   Contact"], footer)
    assert texts == [LEAD, BODY[0]]


def test_dump_author_box_of_addresses_goes(tmp_path):
    """An author box below the standfirst: a handle and an address alone."""
    box = ["  • @annexample", "  • ann.example@courier.example"]
    texts = _dump(tmp_path, [LEAD], box, BODY)
    assert texts == [LEAD, *BODY]


def test_korean_lines_broken_inside_words_join_without_a_space():
    """A text browser breaks Hangul anywhere: a line filled to the width and broken
    inside a word joins the next without a space; a line broken at a space (a few
    columns short of the width) keeps it."""
    run = "오늘아침시의회는북부철도노선을다시열기로결정했습니다" * 8  # one long word
    full = [run[i : i + 39] for i in range(0, 39 * 5, 39)]  # 78 columns a line
    short = "시의회는 " * 7  # a break at a space: 62 columns, and the next word is long
    lines = [*full, short.rstrip(), "철도노선을다시열기로 결정했습니다."]
    units = split_units("\n".join(lines) + "\n")
    assert [u.text for u in units] == ["".join(full) + short + lines[-1]]


def test_dump_list_the_last_paragraph_introduces_stays(tmp_path):
    """An article ending "The dates:" goes on with its list (short lines, links and
    pictures between them dropped); what follows the list does not."""
    lead_in = "The replacement bus service will call at these stops until the trains return:"
    stops = ["June 10 -- Market Square, Northtown", "June 14 -- Station Road, Millbridge",
             "June 17 -- The Green, Eastfield", "June 20 -- High Street, Valley End"]
    parts = [stops[0], "[bus_stop.jpg]", *stops[1:]]
    texts = _dump(tmp_path, [LEAD, *BODY, lead_in], parts, ["About us   Contact   Privacy"])
    assert texts == [LEAD, *BODY, lead_in, *stops]


def test_dump_dated_list_under_a_heading_after_the_article_stays(tmp_path):
    """A short heading right after the article ("Tour dates") followed by three or more
    lines that each start with a date or a number: the list is the article's."""
    dates = ["June 10 – Northtown, Market Square", "June 14 – Millbridge, Station Road",
             "June 17 – Eastfield, The Green"]
    texts = _dump(tmp_path, [LEAD, *BODY], ["Replacement bus dates", *dates],
                  ["Most read", "Bus fares rise again", "Council approves new budget"])
    assert texts == [LEAD, *BODY, "Replacement bus dates", *dates]


def test_dump_more_stories_like_this_ends_the_article(tmp_path):
    """"Want more stories like this?" and its e-mail pitch open the site's feed."""
    feed = [line for pair in TEASERS for line in pair]
    pitch = ["Want more stories like this?",
             "Every day we send an email with the top stories from the Valley Courier."]
    texts = _dump(tmp_path, [LEAD, *BODY], pitch, ["[ ] Subscribe"], feed)
    assert texts == [LEAD, *BODY]


def test_dump_list_of_staff_names_goes(tmp_path):
    """A masthead's bulleted names between long paragraphs are chrome, not a list of
    the article's (a list of short points stays)."""
    staff = ["  • Ann Example", "  • Bob Sample", "  • Carla Demo", "  • Dan Test"]
    points = ["  • Two bridges to be rebuilt", "  • Buses until then", "  • Fares unchanged"]
    texts = _dump(tmp_path, [LEAD, BODY[0]], staff, [BODY[1], BODY[2]], points, [BODY[3]])
    assert texts == [LEAD, BODY[0], BODY[1], BODY[2], *(p.strip() for p in points), BODY[3]]


def test_dump_time_stamp_lines_go_and_give_the_date(tmp_path):
    """A page's stamp line (published and updated times, or a byline and a time, split
    by "|") is not article text; its date is the article's."""
    path = tmp_path / "dump.txt"
    stamp = "By Courier Staff | June 4, 2024 at 2:26 PM - Updated June 4 at 4:46 PM"
    head = ["Northern rail line to reopen after floods", stamp]
    path.write_text("\n\n".join(["  • Home", *head, LEAD, *BODY, "Published: June 5, 2024, "
                                 "6:18 p.m. Updated: June 5, 2024, 7:10 p.m."]), encoding="utf-8")
    article = read_article(path)
    assert article.date == "2024-06-04"
    assert [p.text for p in article.paragraphs] == [LEAD, *BODY]
