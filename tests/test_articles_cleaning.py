"""Article clean-up on pages written for these tests (issue 14's causes, each general).

HTML: text trafilatura already cut out keeps its lead, short lines, Markdown-like
characters and scripts without spaces; chrome still goes. Plain text saved from a
browser or a text browser: the article is found between menus, link lists, comments
and footers. (The benchmark itself is scored by bench/bench_cleaning.py.)
"""

from __future__ import annotations

import textwrap

from warreader.index.articles import read_article
from warreader.index.articles.clean import analyse
from warreader.index.articles.patterns import credit_line, word_count
from warreader.index.articles.segment import split_units
from warreader.index.quotes import extract_quotes

from tests.cleaning_support import BODY, LEAD, para, paragraph_texts, saved_page


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
        path = saved_page(tmp_path, title, [para(t) for t in paragraphs], name)
        texts = paragraph_texts(path)
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
    blocks = [para(LEAD), *map(para, BODY[:2]), para("Best wishes from the valley"), para(BODY[2])]
    article = read_article(saved_page(tmp_path, title, blocks))
    texts = [p.text for p in article.paragraphs]
    assert article.title == title and not article.title_derived
    assert texts[0] == LEAD and texts[1] == BODY[0]
    assert "Best wishes from the valley" in texts and texts[-1] == BODY[2]


def test_html_keeps_subheads_bullets_and_dates(tmp_path):
    blocks = [
        para(LEAD), para(BODY[0]),
        "<h2>But the bridges are not the only problem</h2>",
        para(BODY[1]),
        "<p>Key points:</p><ul><li>Two bridges to be rebuilt</li>"
        "<li>Eighteen months of work</li><li>Buses until then</li></ul>",
        para(BODY[2]),
        "<p>Public meetings:</p><ul><li>June 9 -- Town Hall, Millbrook</li>"
        "<li>June 10 -- Library, Eastford</li></ul>",
        para(BODY[3]),
    ]
    texts = paragraph_texts(saved_page(tmp_path, "Northern rail line to reopen", blocks))
    for line in ("But the bridges are not the only problem", "Key points:",
                 "Two bridges to be rebuilt", "Buses until then", "June 10 -- Library, Eastford"):
        assert any(line in t for t in texts), line
    assert texts[-1] == BODY[3]


def test_html_text_is_not_treated_as_markdown(tmp_path):
    code = "The fix starts with from __future__ import annotations at the top of each module."
    grades = "Ratings of CCI** and CCI*** apply to the two largest events of the season."
    blocks = [para(LEAD), para(grades), para(BODY[0]), para(code), para(BODY[1])]
    texts = paragraph_texts(saved_page(tmp_path, "Northern rail line to reopen", blocks))
    assert grades in texts and code in texts


def test_html_chrome_still_goes(tmp_path):
    chrome = [
        "Get the day's top headlines delivered to your inbox every morning by subscribing.",
        "Follow Valley Courier on Instagram, Facebook, Twitter and YouTube.",
    ]
    related = "".join(f"<li><a href='/{n}'>{t}</a></li>" for n, t in enumerate(
        ["Bus fares rise again in the valley", "Council approves new budget",
         "Flood defences: what happens next"]))
    blocks = [para("Northern rail line will reopen, council says"), para(LEAD), *map(para, BODY),
              para(chrome[0]), "<ul><li>Share on Twitter</li></ul>", para(chrome[1]),
              f"<ul>{related}</ul>"]
    texts = paragraph_texts(saved_page(tmp_path, "Northern rail line to reopen", blocks))
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


def test_short_closing_sentences_stay_in_the_article(tmp_path):
    """A last paragraph of four to seven words ("The bank declined to comment.") weighs
    nothing against the long ones above it, but it is the article's end, not chrome;
    a short sentence, then a short quotation after it, stay too."""
    lead = ("The central bank raised interest rates by a quarter of a point on Thursday, "
            "its third rise this year, citing stubborn inflation in services.")
    for ending in (["The bank declined to comment."],
                   ["Markets agree with the forecast.", '"Rates will rise soon," she said.']):
        path = tmp_path / "a.txt"
        path.write_text("Rates rise again\n\n" + lead + "\n\n" + "\n\n".join(ending) + "\n",
                        encoding="utf-8")
        assert [p.text for p in read_article(path).paragraphs] == [lead, *ending]
    path.write_text("Rates rise again\n\n" + lead + "\n\nShare this.\n\nRead more.\n",
                    encoding="utf-8")
    assert [p.text for p in read_article(path).paragraphs] == [lead]  # labels still go


MENU_DISH = ("Lentil soup with two slices of wholemeal bread and a green salad dressed "
             "with lemon juice and olive oil")


def test_html_keeps_a_long_line_said_again_in_another_part(tmp_path):
    """A recipe's dish on two days' menus is article twice, not a repeat to drop."""
    blocks = [para(LEAD), "<h2>Monday</h2>", para(MENU_DISH), para(BODY[0]),
              "<h2>Thursday</h2>", para(MENU_DISH), para(BODY[1])]
    texts = paragraph_texts(saved_page(tmp_path, "Northern rail line to reopen", blocks))
    assert texts.count(MENU_DISH) == 2


def test_html_article_copied_whole_is_kept_once(tmp_path):
    """An extractor that returns the article twice (a print copy below the page) gives
    one copy: a run of eight or more long paragraphs said before, in the same order."""
    more = [f"Paragraph {n} of the council's statement sets out the cost of the bridge "
            f"number {n} and the months of work it will need." for n in range(1, 6)]
    article = [LEAD, *BODY, *more]
    blocks = [*map(para, article), para("Printed from the Valley Courier."), *map(para, article)]
    texts = paragraph_texts(saved_page(tmp_path, "Northern rail line to reopen", blocks))
    assert [t for t in texts if t in article] == article


def test_html_drops_the_title_said_again_inside_the_text(tmp_path):
    title = "Ten things you need to know about the northern rail line today"
    blocks = [para(LEAD), para(BODY[0]), para(title), para(BODY[1]), para(title), para(BODY[2])]
    texts = paragraph_texts(saved_page(tmp_path, title, blocks))
    assert title not in texts and texts == [LEAD, *BODY[:3]]


def test_html_keeps_the_closing_rights_line_of_the_article(tmp_path):
    """A wire story's closing rights line is part of what was published (as the
    article-extraction-benchmark's bodies hold it); a bio after the body still goes."""
    rights = "© 2024 Associated Press. All Rights Reserved."
    blocks = [para(LEAD), *map(para, BODY), para(rights)]
    texts = paragraph_texts(saved_page(tmp_path, "Northern rail line to reopen", blocks))
    assert texts == [LEAD, *BODY, rights]


def test_html_front_page_gives_its_first_story_not_the_teasers(tmp_path):
    """A blog's front page read whole: the first story, then other stories' summaries cut
    off with an ellipsis; three or more of those end the article."""
    teasers = [f"Story {n}: the valley's {w} committee met again this week to discuss the "
               f"plans for the coming year, and members said that they would need more "
               f"time before they could …" for n, w in enumerate(["parks", "roads", "schools"])]
    blocks = [para(LEAD), *map(para, BODY), *map(para, teasers)]
    texts = paragraph_texts(saved_page(tmp_path, "Northern rail line to reopen", blocks))
    assert texts == [LEAD, *BODY]


def test_html_two_paragraphs_trailing_off_stay(tmp_path):
    trailing = [f"The council leader paused for a long while before saying that the money "
                f"had been found, that the work would start soon, and that {w} …"
                for w in ("then", "perhaps")]
    blocks = [para(LEAD), para(trailing[0]), *map(para, BODY), para(trailing[1])]
    texts = paragraph_texts(saved_page(tmp_path, "Northern rail line to reopen", blocks))
    assert texts == [LEAD, trailing[0], *BODY, trailing[1]]


# Debate digests: each quotation credited on a line of its own ("- Okafor.").
_DIGEST = (
    "What the candidates said in the harbour debate\n\n"
    "Grace Okafor and Ada Lindqvist, the two candidates for mayor, met at the harbour "
    "hall on Tuesday night.\n\n"
    '"The ferry timetable has not changed since my grandmother ran the kiosk."\n\n'
    "- Okafor.\n\n"
    '"Nobody on this stage has a plan for the sea wall, and the tide will not wait."\n\n'
    "- Lindqvist.\n"
)


def _digest(tmp_path, more: str = ""):
    """The digest above, then ``more``, read as an article with its quotes' speakers."""
    path = tmp_path / "digest.txt"
    path.write_text(_DIGEST + more, encoding="utf-8")
    article = read_article(path)
    return article, [q.speaker for q in extract_quotes(article)]


def test_a_credit_line_said_again_stays_with_its_quotation(tmp_path):
    """The same credit coming back later is not a repeat to drop: without it the
    quotation above it went to whoever was credited before."""
    article, speakers = _digest(
        tmp_path,
        '\n"We will publish the harbour accounts every quarter, line by line."\n\n'
        "- Okafor.\n\n"
        "The count begins at nine on Thursday morning in the old customs house, and the "
        "result is expected before noon.\n",
    )
    assert article.body.count("- Okafor.") == 2
    assert speakers[-1] is not None and speakers[-1].endswith("Okafor")
    assert speakers[1] is not None and speakers[1].endswith("Lindqvist")


def test_a_name_alone_on_its_line_is_a_credit_and_a_one_word_credit_is_not():
    assert credit_line("- Okafor.") and credit_line("\u2014 Ada Lindqvist")
    assert credit_line("Tomas Brennan.")
    assert not credit_line("Getty.") and not credit_line("9:05 p.m.")
    assert not credit_line("The council said no.")


def test_a_dashed_credit_under_the_last_quotation_ends_the_article(tmp_path):
    """The article's last line, "- Lindqvist.", under a quotation, is not tail to trim:
    it says who spoke the quotation above it."""
    article, speakers = _digest(tmp_path)
    assert article.body.endswith("- Lindqvist.")
    assert speakers[-1] is not None and speakers[-1].endswith("Lindqvist")
