"""Article clean-up on pages written for these tests (issue 14's causes, each general).

HTML: text trafilatura already cut out keeps its lead, short lines, Markdown-like
characters and scripts without spaces; chrome still goes. Plain text saved from a
browser or a text browser: the article is found between menus, link lists, comments
and footers. (The benchmark itself is scored by bench/bench_cleaning.py.)
"""

from __future__ import annotations

import textwrap
from html import escape
from pathlib import Path

from warreader.index.articles import read_article
from warreader.index.articles.clean import analyse
from warreader.index.articles.patterns import word_count
from warreader.index.articles.segment import split_units

LEAD = (
    "The regional council voted on Tuesday evening to reopen the northern rail line, "
    "which has been closed since the floods of last spring washed away two bridges."
)
BODY = [
    "Engineers said the repairs would take at least eighteen months and cost more than "
    "the council had set aside for all of its transport projects this year.",
    "Residents of the valley, who have relied on a replacement bus service ever since, "
    "welcomed the decision but asked for a firm date for the first trains.",
    "The council leader said the timetable would be published once the contracts for "
    "the bridge work had been signed, probably before the end of the summer.",
    "Opposition members argued that the money would be better spent on the roads, "
    "which they said carried far more people than the railway ever had.",
]


def _page(tmp_path: Path, title: str, blocks: list[str], name: str = "page.html") -> Path:
    """A saved web page: menu, the article (raw HTML blocks), a footer."""
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(title)} | Valley Courier</title>"
        f"<meta property='og:title' content='{escape(title)}'>"
        "<meta property='og:site_name' content='Valley Courier'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{escape(title)}</h1>{''.join(blocks)}</article>"
        "<footer><p>Copyright 2024 Valley Courier. All rights reserved.</p></footer>"
        "</body></html>"
    )
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _texts(path: Path) -> list[str]:
    return [p.text for p in read_article(path).paragraphs]


def test_text_length_counts_words_in_every_script():
    assert word_count("The council voted to reopen the line.") == 7
    chinese = "市议会周二晚间投票决定重新开放北部铁路线。"
    assert word_count(chinese) >= 8  # one run of characters, no spaces, still a sentence
    assert word_count("시의회는 화요일 저녁 북부 철도 노선을 다시 열기로 결정했다.") == 9


def test_chinese_and_japanese_pages_keep_their_text(tmp_path):
    zh = [
        "市议会周二晚间投票决定重新开放北部铁路线，该线路自去年春天洪水冲毁两座桥梁以来一直关闭。",
        "工程师表示，修复工作至少需要十八个月，费用超过议会今年为所有交通项目预留的资金。",
        "山谷居民自那时起一直依靠替代巴士服务，他们对这一决定表示欢迎，但要求确定首班列车的日期。",
    ]
    ja = [
        "地域議会は火曜日の夜、去年の春の洪水で二つの橋が流されて以来閉鎖されている北部の鉄道路線を再開することを決めました。",
        "技術者によると、修理には少なくとも十八か月かかり、費用は議会が今年すべての交通事業に用意した額を上回るということです。",
        "谷の住民はそれ以来代替バスに頼ってきましたが、決定を歓迎し、最初の列車の日付をはっきりさせるよう求めました。",
    ]
    for name, title, paragraphs in (("zh.html", "北部铁路线将重新开放", zh),
                                    ("ja.html", "北部の鉄道路線が再開へ", ja)):
        path = _page(tmp_path, title, [_p(t) for t in paragraphs], name)
        texts = _texts(path)
        assert texts[0] == paragraphs[0] and texts[-1] == paragraphs[-1]
    plain = tmp_path / "zh.txt"
    plain.write_text("北部铁路线将重新开放\n\n" + "\n\n".join(zh) + "\n", encoding="utf-8")
    article = read_article(plain)
    assert article.title == "北部铁路线将重新开放"
    assert [p.text for p in article.paragraphs] == zh


def test_wrapped_chinese_lines_join_without_a_space():
    text = "\n".join(
        ["北部铁路线将重新开放", ""]
        + ["市议会周二晚间投票决定重新开放北部铁路线该线路自去年春天洪水冲毁两座桥梁以来一直关"] * 6
        + ["闭。"]
    )
    units = split_units(text)
    assert any("一直关市议会" in u.text and " " not in u.text for u in units)


def test_html_lead_survives_a_short_sign_off_line(tmp_path):
    """No headline hunt in HTML text: a short line without a full stop is not a title."""
    title = "Northern rail line to reopen"
    blocks = [_p(LEAD), *map(_p, BODY[:2]), _p("Best wishes from the valley"), _p(BODY[2])]
    article = read_article(_page(tmp_path, title, blocks))
    texts = [p.text for p in article.paragraphs]
    assert article.title == title and not article.title_derived
    assert texts[0] == LEAD and texts[1] == BODY[0]
    assert "Best wishes from the valley" in texts and texts[-1] == BODY[2]


def test_html_keeps_subheads_bullets_and_dates(tmp_path):
    blocks = [
        _p(LEAD), _p(BODY[0]),
        "<h2>But the bridges are not the only problem</h2>",
        _p(BODY[1]),
        "<p>Key points:</p><ul><li>Two bridges to be rebuilt</li>"
        "<li>Eighteen months of work</li><li>Buses until then</li></ul>",
        _p(BODY[2]),
        "<p>Public meetings:</p><ul><li>June 9 -- Town Hall, Millbrook</li>"
        "<li>June 10 -- Library, Eastford</li></ul>",
        _p(BODY[3]),
    ]
    texts = _texts(_page(tmp_path, "Northern rail line to reopen", blocks))
    for line in ("But the bridges are not the only problem", "Key points:",
                 "Two bridges to be rebuilt", "Buses until then", "June 10 -- Library, Eastford"):
        assert any(line in t for t in texts), line
    assert texts[-1] == BODY[3]


def test_html_text_is_not_treated_as_markdown(tmp_path):
    code = "The fix starts with from __future__ import annotations at the top of each module."
    grades = "Ratings of CCI** and CCI*** apply to the two largest events of the season."
    blocks = [_p(LEAD), _p(grades), _p(BODY[0]), _p(code), _p(BODY[1])]
    texts = _texts(_page(tmp_path, "Northern rail line to reopen", blocks))
    assert grades in texts and code in texts


def test_html_chrome_still_goes(tmp_path):
    chrome = [
        "Get the day's top headlines delivered to your inbox every morning by subscribing.",
        "Follow Valley Courier on Instagram, Facebook, Twitter and YouTube.",
    ]
    related = "".join(f"<li><a href='/{n}'>{t}</a></li>" for n, t in enumerate(
        ["Bus fares rise again in the valley", "Council approves new budget",
         "Flood defences: what happens next"]))
    blocks = [_p("Northern rail line will reopen, council says"), _p(LEAD), *map(_p, BODY),
              _p(chrome[0]), "<ul><li>Share on Twitter</li></ul>", _p(chrome[1]),
              f"<ul>{related}</ul>"]
    texts = _texts(_page(tmp_path, "Northern rail line to reopen", blocks))
    assert texts == [LEAD, *BODY]


BROWSER_DUMP = """\
Skip to content
Valley Courier

  • Home
  • News
  • Sport
  • Business
  • Weather

Search: [ ]
Subscribe Sign In

Northern rail line to reopen after floods

By Ann Example
Tuesday, 4 June 2024

{lead}

{b0}

  • Two bridges to be rebuilt
  • Eighteen months of work
  • Buses until then

{b1}

{b2}

{b3}

  • Share on Twitter
  • Share on Facebook
  • Share via Email

Related stories

  • Bus fares rise again in the valley
  • Council approves new budget
  • Flood defences: what happens next

3 Comments

  1. railfan99 says:
June 4, 2024 at 9:12 pm
About time too. The trains were always more reliable than the buses ever were and I am
glad the council finally listened to the people who live here.

  2. roadfirst says:
June 5, 2024 at 7:03 am
Waste of money.

About us   Contact   Advertise   Privacy policy
© 2024 Valley Courier. All rights reserved.
"""


def test_browser_dump_keeps_the_article_only(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text(
        BROWSER_DUMP.format(lead=LEAD, b0=BODY[0], b1=BODY[1], b2=BODY[2], b3=BODY[3]),
        encoding="utf-8",
    )
    article = read_article(path)
    texts = [p.text for p in article.paragraphs]
    assert article.title == "Northern rail line to reopen after floods"
    assert (article.date, article.author) == ("2024-06-04", "Ann Example")
    assert texts[0] == LEAD and texts[-1] == BODY[3]
    assert "• Eighteen months of work" in texts  # a list inside the article stays
    joined = "\n".join(texts).lower()
    for chrome in ("share on", "related", "bus fares", "comments", "railfan", "about time",
                   "privacy", "sign in", "weather"):
        assert chrome not in joined, chrome


def test_text_browser_wrapping_joins_paragraphs_not_lists():
    """Lines wrapped at a fixed width join into paragraphs; list lines never join."""
    paragraphs = [LEAD, *BODY]
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    listing = "  • Home\n  • News\n  • Sport"
    text = f"Northern rail line to reopen\n\n{wrapped}\n{listing}\n"
    units = split_units(text)
    texts = [u.text for u in units]
    assert texts[1:6] == paragraphs
    assert texts[6:] == ["• Home", "• News", "• Sport"]
    parsed = analyse(units)
    assert parsed.title == "Northern rail line to reopen"
    assert [m.text for m in parsed.paragraphs] == paragraphs


def test_a_short_closing_quotation_stays_in_the_article(tmp_path):
    """The article's run of long paragraphs ends before a short last paragraph; when that
    paragraph is a quotation it is still the article's (and its quote is not lost)."""
    from warreader.index.articles import read_article

    path = tmp_path / "a.txt"
    path.write_text(
        "Minister quits\n\n"
        "The minister resigned on Monday after a long row over the budget and the war.\n\n"
        "She had led the ministry for three years and had many critics in parliament.\n\n"
        "\"It is over,\" Mary Jones told reporters.\n",
        encoding="utf-8",
    )
    paragraphs = [p.text for p in read_article(path).paragraphs]
    assert paragraphs[-1] == "\"It is over,\" Mary Jones told reporters."


MENU_DISH = ("Lentil soup with two slices of wholemeal bread and a green salad dressed "
             "with lemon juice and olive oil")


def test_html_keeps_a_long_line_said_again_in_another_part(tmp_path):
    """A recipe's dish on two days' menus is article twice, not a repeat to drop."""
    blocks = [_p(LEAD), "<h2>Monday</h2>", _p(MENU_DISH), _p(BODY[0]),
              "<h2>Thursday</h2>", _p(MENU_DISH), _p(BODY[1])]
    texts = _texts(_page(tmp_path, "Northern rail line to reopen", blocks))
    assert texts.count(MENU_DISH) == 2


def test_html_article_copied_whole_is_kept_once(tmp_path):
    """An extractor that returns the article twice (a print copy below the page) gives
    one copy: a run of eight or more long paragraphs said before, in the same order."""
    more = [f"Paragraph {n} of the council's statement sets out the cost of the bridge "
            f"number {n} and the months of work it will need." for n in range(1, 6)]
    article = [LEAD, *BODY, *more]
    blocks = [*map(_p, article), _p("Printed from the Valley Courier."), *map(_p, article)]
    texts = _texts(_page(tmp_path, "Northern rail line to reopen", blocks))
    assert [t for t in texts if t in article] == article


def test_html_drops_the_title_said_again_inside_the_text(tmp_path):
    title = "Ten things you need to know about the northern rail line today"
    blocks = [_p(LEAD), _p(BODY[0]), _p(title), _p(BODY[1]), _p(title), _p(BODY[2])]
    texts = _texts(_page(tmp_path, title, blocks))
    assert title not in texts and texts == [LEAD, *BODY[:3]]


def test_html_keeps_the_closing_rights_line_of_the_article(tmp_path):
    """A wire story's closing rights line is part of what was published (as the
    article-extraction-benchmark's bodies hold it); a bio after the body still goes."""
    rights = "© 2024 Associated Press. All Rights Reserved."
    blocks = [_p(LEAD), *map(_p, BODY), _p(rights)]
    texts = _texts(_page(tmp_path, "Northern rail line to reopen", blocks))
    assert texts == [LEAD, *BODY, rights]


def test_html_front_page_gives_its_first_story_not_the_teasers(tmp_path):
    """A blog's front page read whole: the first story, then other stories' summaries cut
    off with an ellipsis; three or more of those end the article."""
    teasers = [f"Story {n}: the valley's {w} committee met again this week to discuss the "
               f"plans for the coming year, and members said that they would need more "
               f"time before they could …" for n, w in enumerate(["parks", "roads", "schools"])]
    blocks = [_p(LEAD), *map(_p, BODY), *map(_p, teasers)]
    texts = _texts(_page(tmp_path, "Northern rail line to reopen", blocks))
    assert texts == [LEAD, *BODY]


def test_html_two_paragraphs_trailing_off_stay(tmp_path):
    trailing = [f"The council leader paused for a long while before saying that the money "
                f"had been found, that the work would start soon, and that {w} …"
                for w in ("then", "perhaps")]
    blocks = [_p(LEAD), _p(trailing[0]), *map(_p, BODY), _p(trailing[1])]
    texts = _texts(_page(tmp_path, "Northern rail line to reopen", blocks))
    assert texts == [LEAD, trailing[0], *BODY, trailing[1]]


# Text dumps (as `w3m -dump` or a browser's "save as text" writes them): what follows
# the article often holds more text than the article itself.

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
    return _texts(path)


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
