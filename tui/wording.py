"""Counts in words, the same everywhere on screen: "1 quote", "14 quotes", "4 terms",
"100,000 articles" (thousands separated, as the article list's footer writes them)."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """``count`` and ``word``, in the plural (``many``, default word + "s") unless 1."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def quotes_and_terms(quotes: int, terms: int = 0, quoted: bool = False) -> str:
    """"14 quotes · 4 terms" (the terms left out when there are none); ``quoted``: "4
    quoted terms", where a first reader meets the count (ux29 #8: "728 terms" said
    nothing of scare quotes)."""
    text = plural(quotes, "quote")
    word = "quoted term" if quoted else "term"
    return f"{text} · {plural(terms, word)}" if terms else text


def article_kinds() -> str:
    """The file types read as articles, in words: ".txt, .md, ... and .htm files"."""
    from warreader.index.articles import SUFFIXES

    return f"{', '.join(SUFFIXES[:-1])} and {SUFFIXES[-1]} files"


def no_articles_found(paths) -> str:
    """What an empty corpus was searched for and where: "no articles found in PATHS
    (warreader reads .txt, ... and .htm files, in folders and their subfolders)"."""
    from warreader.index.paths import shown_path

    where = ", ".join(shown_path(p) for p in paths)
    return (f"no articles found in {where} (warreader reads {article_kinds()},"
            " in folders and their subfolders)")
