"""Hover cards: a person's card that a page hides behind a link to their name.

Some outlets follow each link to a person with a card the browser shows only on hover:
the name again, a picture, links to recent stories, "MORE". Extraction cannot see the
page's style sheet, so it reads the card as running text and the sentence becomes
"Rep. Ann WebbAnn WebbWebb backs ferry deal ... MORE (D-Ohio) said"; the name run then
glues the card into the person's name and a later pronoun binds to that junk name.

A card is an element that follows a link with nothing but whitespace between, is no
link itself, opens with the link's text (a name: two or more capitalised words) as whole
words, and holds a link or a picture of its own. Only a page whose extracted text shows a
name written twice in a row (:func:`doubled_name`) is looked at, so other pages are read
exactly as before; its cards are dropped from the parsed page (their tail text kept) and
the page is extracted again (:func:`without_cards`).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_WORD = r"[A-Z][\w.'’-]*"
_NAME = re.compile(rf"{_WORD}(?: {_WORD}){{1,4}}")
_DOUBLED = re.compile(rf"\b({_WORD}(?: {_WORD}){{1,4}}) ?\1(?![a-z0-9])")


def doubled_name(text: str) -> bool:
    """Does ``text`` hold a name of two or more capitalised words written twice in a row
    ("Ann WebbAnn Webb", "Ann Webb Ann Webb"), the trace a hover card leaves?"""
    return _DOUBLED.search(text) is not None


def _flat(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _card(link: HtmlElement) -> HtmlElement | None:
    """The hover card that follows ``link``, or ``None``."""
    name = _flat(link)
    if not _NAME.fullmatch(name) or (link.tail or "").strip():
        return None
    card = link.getnext()
    if card is None or not isinstance(card.tag, str) or card.tag == "a":
        return None
    text = _flat(card)
    if not text.startswith(name):
        return None
    after = text[len(name) : len(name) + 1]
    if after and not (after.isspace() or after.isupper()):
        return None  # "Ann Webber", "Ann Webb's": the name goes on
    if not any(True for _ in card.iterdescendants("a", "img")):
        return None
    return card


def without_cards(tree: HtmlElement) -> int:
    """Drop every hover card from ``tree`` in place, keeping the text after each; returns
    how many were dropped."""
    cards = [card for link in tree.iter("a") if (card := _card(link)) is not None]
    for card in cards:
        link = card.getprevious()
        link.tail = (link.tail or "") + (card.tail or "")
        card.getparent().remove(card)
    return len(cards)
