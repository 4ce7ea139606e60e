"""Metadata read from lines that are dropped from the body: dates, authors, outlets.

Bylines ("By M. K. Bhadrakumar") and date lines rank first; an author name line
followed by a bio ("Cedric is a journalist ... writer for Bulletin News") next;
contributor notes ("Pannett reported from Sydney, Rauhala from Brussels ...") and
sign-up blocks naming the outlet ("... news stories from Stars and Stripes") last.
"""

from __future__ import annotations

from warreader.index.articles import patterns as P
from warreader.index.articles.metadata import clean_name, parse_date_line, stamp_date
from warreader.index.articles.segment import Unit


class Harvest:
    """Collects metadata candidates; the lowest rank wins, then the first seen."""

    def __init__(self) -> None:
        self.best: dict[str, tuple[int, str]] = {}

    def offer(self, field: str, value: str | None, rank: int) -> None:
        if value and (field not in self.best or rank < self.best[field][0]):
            self.best[field] = (rank, value)

    def get(self, field: str) -> str | None:
        return self.best[field][1] if field in self.best else None

    def harvest(self, units: list[Unit], kinds: list[str | None], i: int) -> None:
        """Read date, author and outlet from a unit that is being dropped."""
        text = units[i].text
        if kinds[i] == "date":
            self.offer("date", parse_date_line(text) or stamp_date(text), 0)
        elif kinds[i] == "byline":
            match = P.BYLINE.match(text)
            self.offer("author", clean_name(match["name"]), 0)
            self.offer("outlet", match["outlet"] and match["outlet"].strip(), 0)
        elif P.BIO.match(text):
            prev = units[i - 1].text if i else ""
            if P.NAME_LINE.match(prev):
                self.offer("author", prev, 1)
            role = P.ROLE_FOR.search(text)
            self.offer("outlet", role and role["outlet"].rstrip("."), 1)
        elif P.CONTRIBUTED.search(text):
            names = [m["name"] for m in P.REPORTED_FROM.finditer(text.split(". ")[0])]
            self.offer("author", ", ".join(names), 2)
        elif kinds[i] == "chrome" and P.SIGNUP.search(text):
            source = P.FROM_OUTLET.search(text)
            self.offer("outlet", source and source["outlet"].rstrip("."), 2)
