"""Reading saved articles (.txt, .md, .html) into clean :class:`~index.model.Article` s.

Modules, one job each:
  decoding     bytes -> text (UTF-8, else cp1252/latin-1 with a warning); size and
               binary checks; :class:`ArticleError`
  segment      text -> units (candidate paragraphs), Markdown markup removed
  mapped       text pieces that keep every character's raw offset
  patterns     chrome, caption, byline, bio and contributor patterns
  metadata     date lines (dateutil), derived titles
  harvest      date, author and outlet from dropped lines (bylines, bios, sign-ups)
  clean        units -> headline, date, author, outlet and body paragraphs
  html_reader  saved web pages via trafilatura
  reader       one file -> Article
  loader       files and folders -> Articles, reporting what was skipped
"""

from __future__ import annotations

from warreader.index.articles.decoding import MAX_BYTES, ArticleError, read_source_text
from warreader.index.articles.loader import iter_article_files, load_articles
from warreader.index.articles.reader import SUFFIXES, article_id, read_article

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "ArticleError",
    "article_id",
    "iter_article_files",
    "load_articles",
    "read_article",
    "read_source_text",
]
