"""The invented probes' builder and its check, shared by every probe under
``tests/fixtures/`` (``probe-us``, ``probe-war``): each probe's ``source.txt`` holds blocks
that open with ``### family``, then a headline, a blank line and paragraphs; each quoted
span is written ``[[words|speaker]]`` (speaker ``-`` for a term, empty for a quote nobody
is credited with). The build writes one article a block (``articles/NNN-family.txt``) and
one gold record a span, in the dev set's format (``tests/fixtures/devset/README.md``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

SPAN = re.compile(r"\[\[(.*?)\|(.*?)\]\]", re.S)


def blocks(source: str) -> list[tuple[str, str]]:
    """(family, marked-up text) for each block of the source."""
    out: list[tuple[str, str]] = []
    lines = [ln for ln in source.splitlines() if not ln.startswith("# ")]
    family, body = "", []
    for line in lines + ["### end"]:
        if line.startswith("### "):
            if family:
                out.append((family, "\n".join(body).strip() + "\n"))
            family, body = line[4:].strip(), []
        else:
            body.append(line)
    return out


def unmark(marked: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """The plain text and its spans (start, end, words, speaker)."""
    parts: list[str] = []
    spans: list[tuple[int, int, str, str]] = []
    pos = 0
    length = 0
    for m in SPAN.finditer(marked):
        before = marked[pos:m.start()]
        parts.append(before)
        length += len(before)
        words, speaker = m.group(1), m.group(2).strip()
        spans.append((length, length + len(words), words, speaker))
        parts.append(words)
        length += len(words)
        pos = m.end()
    parts.append(marked[pos:])
    return "".join(parts), spans


def build(probe: Path, gold_name: str) -> int:
    """Write the articles of the probe in folder ``probe`` and its gold file
    ``gold_name``; returns the number of records."""
    art_dir = probe / "articles"
    art_dir.mkdir(exist_ok=True)
    for old in art_dir.glob("*.txt"):
        old.unlink()
    key_prefix = f"tests/fixtures/{probe.name}/articles/"
    records: list[dict] = []
    for i, (family, marked) in enumerate(blocks((probe / "source.txt").read_text("utf-8")), 1):
        name = f"{i:03d}-{family}.txt"
        text, spans = unmark(marked)
        (art_dir / name).write_text(text, encoding="utf-8")
        for start, end, words, speaker in spans:
            assert text[start:end] == words
            term = speaker == "-"
            records.append({
                "article": key_prefix + name, "start": start, "end": end, "text": words,
                "kind": "term" if term else "quote",
                "speaker": None if term or not speaker else speaker,
                "role": None, "mention": None, "cue": None,
            })
    with (probe / gold_name).open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(records)


def built_from_source(probe: Path, gold_name: str) -> tuple[int, list[dict]]:
    """Assert that the articles of the probe in ``probe`` are what the build makes of its
    source, and that its gold has one record a marked span; returns (blocks, gold)."""
    found_blocks = blocks((probe / "source.txt").read_text("utf-8"))
    names = [f"{i:03d}-{family}.txt" for i, (family, _) in enumerate(found_blocks, 1)]
    found = sorted(p.name for p in (probe / "articles").glob("*.txt"))
    assert found == sorted(names)  # (as text: "1000-..." sorts before "101-...")
    spans = 0
    for name, (_, marked) in zip(names, found_blocks, strict=True):
        text, found = unmark(marked)
        assert (probe / "articles" / name).read_text("utf-8") == text
        spans += len(found)
    gold = [json.loads(line) for line in (probe / gold_name).open(encoding="utf-8")]
    assert len(gold) == spans
    return len(found_blocks), gold
