"""Shared helpers of the search tests: a tiny article format and a fake parser.

The fake parser stands in for the article reader and the quote extractor so the
search engine is tested on its own: line 1 is the title, an optional ``Date:`` line,
then paragraphs separated by blank lines; a quote is ``“words,” said Name Surname``.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from array import array
from pathlib import Path

from warreader.index.corpus import Corpus
from warreader.index.model import Article, Paragraph, Quote
from warreader.index.search.indexer import ParseFailure

ALIASES = {"Volodymyr Zelenskyy": ["Zelensky", "Zelenskiy"], "Sergey Lavrov": ["Sergei Lavrov"]}
_QUOTE = re.compile(r"“([^”]+?),?” (?:said|says) ((?:[A-Z][\w’'-]+ ?)+)")


def fake_parse(path: str) -> tuple[Article, list[Quote]]:
    """Parse the test format (raises ParseFailure for empty files)."""
    raw = Path(path).read_text(encoding="utf-8")
    if not raw.strip():
        raise ParseFailure("empty file")
    title, _, rest = raw.partition("\n")
    article = Article(id=hashlib.sha1(path.encode()).hexdigest()[:12], path=path, title=title)
    pos = len(title) + 1
    for block in rest.strip("\n").split("\n\n"):
        start = raw.index(block, pos) if block else pos
        pos = start + len(block)
        if block.startswith("Date: "):
            article.date = block[6:16]
        elif block.startswith("By: "):
            article.author = block[4:].strip()
        elif block.startswith("Outlet: "):
            article.outlet = block[8:].strip()
        elif block.strip():
            block = block.rstrip("\n")
            article.paragraphs.append(Paragraph(block, start, start + len(block)))
    quotes = []
    for i, p in enumerate(article.paragraphs):
        for m in _QUOTE.finditer(p.text):
            quotes.append(Quote(text=m.group(1), start=p.start + m.start(1),
                                end=p.start + m.end(1), speaker=m.group(2).strip(), cue="said",
                                paragraph=i, para_start=m.start(1), para_end=m.end(1)))
    return article, quotes


def parse_under_utf8_name(scratch: Path):
    """A :func:`fake_parse` for files whose names are not UTF-8: it reads the bytes
    through a copy under a plain name in ``scratch``, then gives the article the real
    path and the id of its bytes."""

    def read(path: str) -> tuple[Article, list[Quote]]:
        plain = scratch / "plain.txt"
        plain.write_bytes(Path(path).read_bytes())
        article, quotes = fake_parse(str(plain))
        article.id = hashlib.sha1(os.fsencode(path)).hexdigest()[:12]
        article.path = path
        return article, quotes

    return read


def fake_lister(paths: list[Path]) -> list[str]:
    """Every .txt file under ``paths``, resolved, sorted."""
    out = []
    for p in paths:
        p = Path(p)
        out.extend([p] if p.is_file() else sorted(p.rglob("*.txt")))
    return sorted(str(f.resolve()) for f in out)


def write(folder: Path, name: str, title: str, *paragraphs: str, date: str | None = None,
          author: str | None = None, outlet: str | None = None) -> Path:
    """Write one test article; returns its path."""
    head = [f"Date: {date}" if date else "", f"By: {author}" if author else "",
            f"Outlet: {outlet}" if outlet else ""]
    blocks = [title, ""] + [f"{h}\n" for h in head if h] + ["\n\n".join(paragraphs)]
    path = folder / name
    path.write_text("\n".join(blocks) + "\n", encoding="utf-8")
    return path


def open_corpus(folder: Path, index_dir: Path, aliases=None) -> Corpus:
    """A corpus over ``folder`` using the fake parser."""
    return Corpus.open([folder], index_dir, ALIASES if aliases is None else aliases,
                       parse=fake_parse, lister=fake_lister)


BONDAR_LINE = "We will not give up a single village in the east of the country"


def two_outlet_corpus(folder: Path) -> Path:
    """Two articles of two outlets quoting Olena Bondar with :data:`BONDAR_LINE`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, outlet in (("a.txt", "Kyiv Daily"), ("b.txt", "Wire Service")):
        write(folder, name, f"Front line report from {outlet}",
              f"“{BONDAR_LINE},” said Olena Bondar in Kharkiv.",
              "Shelling went on through the night.", date="2023-05-02", outlet=outlet)
    return folder


def renamed_parse(path: str) -> tuple[Article, list[Quote]]:
    """The fake parser of another engine: the same files, another speaker."""
    article, quotes = fake_parse(path)
    for q in quotes:
        q.speaker = "Olena Bondarenko" if q.speaker == "Olena Bondar" else q.speaker
    return article, quotes


def small_corpus(folder: Path) -> Path:
    """Three articles covering names, phrases, dates and quotes."""
    folder.mkdir(parents=True, exist_ok=True)
    write(folder, "a.txt", "Kyiv braces for invasion",
          "Officials warned of a false-flag operation near the border.",
          "“We will defend every city,” said Volodymyr Zelenskyy on Thursday.",
          date="2022-02-24", author="Anna Kowalska", outlet="Kyiv Independent")
    write(folder, "b.txt", "Moscow denies plans",
          "“There is no plan to invade,” said Sergei Lavrov in Moscow.",
          "Diplomats were running out of time, one analyst noted.",
          date="2022-01-15", author="John Smith", outlet="The Daily Planet")
    write(folder, "c.txt", "Talks in Turkey",
          "“Peace needs courage,” said Zelensky after the talks.",
          "NATO allies discussed a false flag scenario again.",
          date="2023-03-10")
    return folder


WORKER = r'''
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import tests.search_support as s
folder, index_dir, marker, delay, rebuild = sys.argv[2:7]

def slow_parse(path):
    Path(marker).touch()
    time.sleep(float(delay))
    return s.fake_parse(path)

corpus = s.Corpus.open([Path(folder)], Path(index_dir), s.ALIASES, parse=slow_parse,
                       lister=s.fake_lister)
report = corpus.refresh(rebuild=rebuild == "1")
print(json.dumps({"read": report.files_read, "notices": report.notices}))
'''


def worker_command(repo: Path, folder: Path, index_dir: Path, marker: Path, delay: float,
                   rebuild: bool = False) -> list[str]:
    """argv of a subprocess that refreshes the index slowly (for kill/lock tests)."""
    import sys

    return [sys.executable, "-c", WORKER, str(repo), str(folder),
            str(index_dir), str(marker), str(delay), "1" if rebuild else "0"]


def many_articles(folder: Path, n: int) -> Path:
    """``n`` small articles mentioning a counter word, for the slow-writer tests."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        write(folder, f"{i:03d}.txt", f"Bulletin {i}", f"Shelling reported in sector {i}.",
              f"“Stay in shelters,” said Oleksandr Kovalenko in bulletin {i}.")
    return folder


def scribble_pages(path: Path) -> None:
    """Make every stored ranking of the pages file at ``path`` name a document past any
    index (the file reads, but its pages are wrong: it must be set aside)."""
    db = sqlite3.connect(path)
    db.execute("UPDATE pages SET docs = ?, scores = ?", (array("I", [10**6]).tobytes(),
                                                        array("d", [1.0]).tobytes()))
    db.commit()
    db.close()
