"""Where an article came from on the web: the URL a saved page states, if any.

Saved web pages name their address in the head (``<link rel="canonical">``, ``og:url``;
trafilatura reads those). Saved text pages have it on a labelled line near the top or
the bottom: ``URL: https://...``, ``Source: ...``, ``Original URL: ...``, ``Saved from:
...``, a Markdown front-matter ``url:``, or a bare address as the file's first line.
Only absolute ``http``/``https`` addresses count: a ``javascript:`` or ``file:`` link in
a hostile file is never offered to a browser.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

MAX_URL = 2048
"""Longer "addresses" are not taken (browsers and servers refuse them anyway)."""

EDGE_LINES = 12
"""How many non-blank lines at the top and at the bottom of a text file are looked at."""

_LABEL = (r"(?:original\s+|source\s+|canonical\s+|article\s+)?(?:url|link|address)"
          r"|source|canonical|permalink|saved\s+from|retrieved\s+from|originally\s+at"
          r"|(?:first\s+)?published\s+at|web")
_LABELLED = re.compile(
    rf"^\s*(?:[-*>#]\s*)*\**(?:{_LABEL})\**\s*[:=]\s*\**\s*<?(?P<url>https?://[^\s<>\"]+)>?\**\s*$",
    re.IGNORECASE,
)
_BARE = re.compile(r"^\s*<?(?P<url>https?://[^\s<>\"]+)>?\s*$", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"^\[[^\]\n]*\]\((?P<url>https?://[^\s)]+)\)$", re.IGNORECASE)


def clean_url(candidate: str | None) -> str | None:
    """``candidate`` if it is an absolute http(s) address fit to hand to a browser, else
    None (relative, another scheme, no host, white space or control characters inside,
    or over :data:`MAX_URL` characters). Surrounding white space is dropped."""
    if not candidate:
        return None
    url = candidate.strip()
    if not url or len(url) > MAX_URL or any(c.isspace() or not c.isprintable() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def is_url_line(line: str) -> bool:
    """Whether ``line`` is nothing but a stated address (``URL: https://...``, or a bare
    address): page metadata, never a headline or body text."""
    return bool(_LABELLED.match(line) or _BARE.match(line) or _MARKDOWN_LINK.match(line.strip()))


def _edge_lines(text: str) -> list[str]:
    """The first and the last :data:`EDGE_LINES` non-blank lines of ``text``."""
    head: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            head.append(line)
            if len(head) == EDGE_LINES:
                break
    tail: list[str] = []
    for line in reversed(text.rsplit("\n", 200)[-200:]):
        if line.strip():
            tail.append(line)
            if len(tail) == EDGE_LINES:
                break
    return head + tail


def url_from_text(text: str) -> str | None:
    """The address a saved text or Markdown page states on a labelled line near its top
    or bottom (``URL: https://...``), or as a bare address on its first line; None when
    it states none."""
    lines = _edge_lines(text)
    for line in lines:
        match = _LABELLED.match(line.rstrip("\r"))
        if match and (url := clean_url(match["url"].rstrip(".,;"))):
            return url
    if lines:
        first = lines[0].strip().strip("\r")
        match = _BARE.match(first) or _MARKDOWN_LINK.match(first)
        if match:
            return clean_url(match["url"])
    return None
